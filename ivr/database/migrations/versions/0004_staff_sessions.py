"""Staff sessions end on the server (a session generation per account), and failed
sign-ins are counted per login and address, and per address.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_accounts") as table:
        table.add_column(sa.Column("session_generation", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "sign_in_failures",
        sa.Column("login", sa.String(32), primary_key=True),
        sa.Column("address", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failures")
    with op.batch_alter_table("staff_accounts") as table:
        table.drop_column("session_generation")
