"""messages.recording_url as TEXT: on PostgreSQL a RecordingUrl over 300 characters made the
insert fail, and the caller's message was lost (issue 34, N12). The store also keeps only a
sane URL (ivr.messages.store.MAX_RECORDING_URL); the URL is never followed anyway.

On SQLite the table is rebuilt by Alembic's batch mode (copy, drop, rename; its indexes too).
SQLite's foreign keys are not switched on here, so rows of `callback_bridges` that refer to
the messages are kept as they are.

Revision ID: 0006_recording_url_text
Revises: 0005
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_recording_url_text"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("recording_url", type_=sa.Text(), existing_type=sa.String(300))


def downgrade() -> None:
    op.execute("UPDATE messages SET recording_url = NULL WHERE length(recording_url) > 300")
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("recording_url", type_=sa.String(300), existing_type=sa.Text())
