"""Call-backs asked for by SMS (issue 27): a request row says it came by SMS and keeps the
text for the staff; the numbers that asked not to be texted (the do-not-text list).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("channel", sa.String(8)))
        batch.add_column(sa.Column("sms_text", sa.Text))
    op.create_table(
        "sms_optout",
        sa.Column("number", sa.String(32), primary_key=True),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sms_optout")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("sms_text")
        batch.drop_column("channel")
