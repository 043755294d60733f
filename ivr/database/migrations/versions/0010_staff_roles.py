"""Roles of staff accounts: "admin" (accounts, the access log, residents' data requests) or
"staff" (the daily work). The oldest existing account becomes the admin; a line with no
account yet gets its admin from the first `ivr staff add`.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_accounts") as batch:
        batch.add_column(sa.Column("role", sa.String(10), nullable=False, server_default="staff"))
    op.execute(
        "UPDATE staff_accounts SET role = 'admin' WHERE login = "
        "(SELECT login FROM staff_accounts ORDER BY created_at, login LIMIT 1)"
    )


def downgrade() -> None:
    with op.batch_alter_table("staff_accounts") as batch:
        batch.drop_column("role")
