"""What callers said that the line did not understand ("Nierozpoznane"): the text and the
menu, never a number; kept 14 days, only with IVR_KEEP_MISSES=1.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "speech_misses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("node", sa.String(40), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
    )
    op.create_index("ix_speech_misses_at", "speech_misses", ["at"])


def downgrade() -> None:
    op.drop_index("ix_speech_misses_at", "speech_misses")
    op.drop_table("speech_misses")
