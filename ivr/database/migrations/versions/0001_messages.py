"""Messages, call-back requests and the SMS rate limit.

Revision ID: 0001
Revises:
Create Date: 2026-06-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("number", sa.String(32)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration", sa.Integer),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("file_path", sa.String(500)),
        sa.Column("recording_sid", sa.String(64), unique=True),
        sa.Column("recording_url", sa.String(300)),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("remote_deleted_at", sa.DateTime(timezone=True)),
        sa.Column("notified_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_messages_status_created", "messages", ["status", "created_at"])
    op.create_table(
        "sms_sent",
        sa.Column("number_hash", sa.String(64), primary_key=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sms_sent")
    op.drop_index("ix_messages_status_created", table_name="messages")
    op.drop_table("messages")
