"""Call-back bridges ("Oddzwoń" on the messages page) and the staff members' phones.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ACTIVE = sa.text("state IN ('calling_staff', 'connecting', 'in_call')")


def upgrade() -> None:
    op.create_table(
        "callback_bridges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
        sa.Column("login", sa.String(40), nullable=False),
        sa.Column("staff_phone", sa.String(32), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_call_sid", sa.String(64), unique=True),
        sa.Column("staff_answered_at", sa.DateTime(timezone=True)),
        sa.Column("resident_answered_at", sa.DateTime(timezone=True)),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
        sa.Column("duration", sa.Integer),
    )
    op.create_index("ix_callback_bridges_message", "callback_bridges", ["message_id"])
    op.create_index("ix_callback_bridges_login_started", "callback_bridges", ["login", "started_at"])
    op.create_index(
        "ux_callback_bridges_active", "callback_bridges", ["message_id"], unique=True,
        sqlite_where=ACTIVE, postgresql_where=ACTIVE,
    )
    op.create_table(
        "staff_phones",
        sa.Column("login", sa.String(32), primary_key=True),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("staff_phones")
    op.drop_index("ux_callback_bridges_active", table_name="callback_bridges")
    op.drop_index("ix_callback_bridges_login_started", table_name="callback_bridges")
    op.drop_index("ix_callback_bridges_message", table_name="callback_bridges")
    op.drop_table("callback_bridges")
