"""Call statistics: events of each call (a keyed hash of the CallSid, never a number or
speech), and the daily counts they are folded into after 13 months.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("call_key", sa.String(32)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(40), nullable=False, server_default=""),
        sa.Column("value", sa.Integer),
        sa.Column("node", sa.String(40)),
    )
    op.create_index("ix_call_events_at", "call_events", ["at"])
    op.create_index("ix_call_events_call", "call_events", ["call_key"])
    op.create_table(
        "call_stats_daily",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("metric", sa.String(24), primary_key=True),
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("call_stats_daily")
    op.drop_index("ix_call_events_call", "call_events")
    op.drop_index("ix_call_events_at", "call_events")
    op.drop_table("call_events")
