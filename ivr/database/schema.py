"""Every table of the line's database, in one MetaData: what the Alembic migrations
build and what their drift check compares with. Times are kept as aware UTC."""
from __future__ import annotations

from datetime import timezone

from sqlalchemy import Column, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text, TypeDecorator, text


class UtcDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (no time zones) and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store keeps only aware times")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


metadata = MetaData()

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # MESSAGE | CALLBACK
    Column("number", String(32)),  # the caller's number as Twilio gave it; None when unknown
    Column("created_at", UtcDateTime(), nullable=False),
    Column("duration", Integer),  # seconds of a message
    Column("status", String(20), nullable=False),  # PENDING | NEW | DONE
    Column("file_path", String(500)),  # the local copy of a message, once complete and verified
    Column("recording_sid", String(64), unique=True),
    Column("recording_url", Text),  # informational only (never followed); TEXT since migration 0006_recording_url_text
    Column("attempts", Integer, nullable=False, server_default="0"),  # failed downloads so far
    Column("remote_deleted_at", UtcDateTime()),  # when Twilio's copy was deleted
    Column("notified_at", UtcDateTime()),  # when the staff were told
    Column("channel", String(8)),  # "sms": a call-back asked for by SMS (migration 0009); None: by phone
    Column("sms_text", Text),  # that SMS, for the staff
    Index("ix_messages_status_created", "status", "created_at"),
)

# The do-not-text list (issue 27): numbers (E.164) that asked by SMS not to be texted.
sms_optout = Table(
    "sms_optout",
    metadata,
    Column("number", String(32), primary_key=True),
    Column("since", UtcDateTime(), nullable=False),
)

sms_sent = Table(
    "sms_sent",
    metadata,
    Column("number_hash", String(64), primary_key=True),  # keyed hash of purpose and number
    Column("sent_at", UtcDateTime(), nullable=False),
)

staff_accounts = Table(
    "staff_accounts",
    metadata,
    Column("login", String(32), primary_key=True),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("failures", Integer, nullable=False, server_default="0"),  # failed sign-ins in a row
    Column("locked_until", UtcDateTime()),  # not used since 0003: locks are in sign_in_failures
    # Raised by a sign-out and a password change: every session made before ends (migration 0003).
    Column("session_generation", Integer, nullable=False, server_default="0"),
    # "admin" (accounts, the access log, data requests) or "staff" (the daily work); migration 0010.
    Column("role", String(10), nullable=False, server_default="staff"),
)

# Failed sign-ins, per (login, address) and per address (login "*"), for the lock-out
# and the throttling (migration 0003). Any login typed is counted, known or not, so an
# unknown login is answered exactly like a known one. `address` is a hash of the client's IP.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("login", String(32), primary_key=True),
    Column("address", String(64), primary_key=True),
    Column("failures", Integer, nullable=False, server_default="0"),  # attempts not yet proven right
    Column("locked_until", UtcDateTime()),
    Column("last_at", UtcDateTime(), nullable=False),
)

# "Oddzwoń": every call-back bridge a staff member started (the line rings their phone, then
# the resident). Kept with the item; removed with it (purge).
BRIDGE_ACTIVE_STATES = ("calling_staff", "connecting", "in_call")
_ACTIVE = text("state IN ('calling_staff', 'connecting', 'in_call')")

callback_bridges = Table(
    "callback_bridges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message_id", Integer, ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("login", String(40), nullable=False),  # the staff member who pressed "Oddzwoń"
    Column("staff_phone", String(32), nullable=False),  # E.164, the phone rung first
    Column("state", String(20), nullable=False),  # see ivr.messages.bridge
    Column("started_at", UtcDateTime(), nullable=False),
    Column("staff_call_sid", String(64), unique=True),  # the REST call to the staff phone
    Column("staff_answered_at", UtcDateTime()),
    Column("resident_answered_at", UtcDateTime()),
    Column("ended_at", UtcDateTime()),
    Column("duration", Integer),  # seconds the staff member and the resident talked
    Index("ix_callback_bridges_message", "message_id"),
    Index("ix_callback_bridges_login_started", "login", "started_at"),
    # At most one bridge per item at a time, held by the database itself (every worker, every host).
    Index("ux_callback_bridges_active", "message_id", unique=True, sqlite_where=_ACTIVE, postgresql_where=_ACTIVE),
)

staff_phones = Table(
    "staff_phones",
    metadata,
    Column("login", String(32), primary_key=True),
    Column("number", String(32), nullable=False),  # E.164: the office landline or a work mobile
    Column("saved_at", UtcDateTime(), nullable=False),
)

# Call statistics (ivr.stats, migration 0005). No number and no speech: a call is only a keyed
# hash of its CallSid, to tie its events together. Events are kept 13 months, then folded
# into daily counts (`ivr stats purge`) and deleted.
call_events = Table(
    "call_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("call_key", String(32)),  # keyed hash of the CallSid; None: not a call (an SMS, a staff call-back)
    Column("at", UtcDateTime(), nullable=False),
    Column("kind", String(16), nullable=False),  # see ivr.stats.record
    Column("name", String(40), nullable=False, server_default=""),
    Column("value", Integer),  # an input matched (1) or not (0); seconds of a call
    Column("node", String(40)),  # where the caller went next (one row per turn, usually)
    Index("ix_call_events_at", "at"),
    Index("ix_call_events_call", "call_key"),
)

# What is left of the events after 13 months: counts per Warsaw day (see ivr.stats.tally).
call_stats_daily = Table(
    "call_stats_daily",
    metadata,
    Column("day", Date, primary_key=True),
    Column("metric", String(24), primary_key=True),
    Column("name", String(40), primary_key=True),
    Column("count", Integer, nullable=False),
)

# Work that leaves the webhooks (ivr.jobs, migration 0007): outbound SMS, staff notices,
# recording downloads and deletions, records drained from the spool. Worked by `ivr worker`.
jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),  # what the worker does with it (ivr.messages.work)
    Column("payload", Text, nullable=False),  # JSON; emptied once the job is done (it may hold a number)
    Column("state", String(10), nullable=False),  # pending | running | done | failed
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("max_attempts", Integer, nullable=False),
    Column("run_after", UtcDateTime(), nullable=False),  # not before (the retry's backoff)
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("locked_by", String(64)),  # the worker running it
    Column("locked_until", UtcDateTime()),  # its lease: a killed worker's job is taken again after it
    Column("last_error", String(200)),
    Column("dedupe_key", String(80), unique=True),  # the same work enqueued twice is one job (spool lines)
    Index("ix_jobs_state_run_after", "state", "run_after"),
)

# "Nierozpoznane" (ivr.stats.misses, migration 0008): what callers said that the line did not
# understand, and the menu it was said in. Only with IVR_KEEP_MISSES=1; never a number (long
# runs of digits are cut out of the text too); deleted after 14 days.
speech_misses = Table(
    "speech_misses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("node", String(40), nullable=False),
    Column("text", String(200), nullable=False),
    Index("ix_speech_misses_at", "at"),
)

# The staff access log (ivr.staff.access_log, migration 0011): who did what to which item
# (the number masked), append-only, kept IVR_KEEP_AUDIT_DAYS (2 years) then purged.
access_log = Table(
    "access_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("actor", String(40), nullable=False),  # the staff login, or "cli"
    Column("action", String(24), nullable=False),  # see ivr.staff.access_log.ACTIONS
    Column("item", String(40), nullable=False, server_default=""),  # the masked number, or an account
    Column("detail", String(200), nullable=False, server_default=""),
    Index("ix_access_log_at", "at"),
)
