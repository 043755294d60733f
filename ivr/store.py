"""The line's database: messages, call-back requests and the SMS rate limit.

SQLAlchemy Core on SQLite (a file in instance/, the default) or PostgreSQL
(IVR_DATABASE_URL=postgresql+psycopg://...). The schema belongs to the Alembic
migrations in ivr/migrations/; `upgrade()` brings any database to the newest
version in place, at start-up and by `ivr db upgrade`.

Only what the staff need is kept about a caller: the number, the time, the
length of a message, where its audio is, and whether it has been dealt with.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    TypeDecorator,
    and_,
    create_engine,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Kinds and states of what callers leave.
MESSAGE, CALLBACK = "message", "callback"
PENDING, NEW, DONE = "pending download", "new", "done"
OPEN_STATES = (PENDING, NEW)
NUMBER_GRACE = timedelta(minutes=2)


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
    Column("recording_url", String(300)),
    Column("attempts", Integer, nullable=False, server_default="0"),  # failed downloads so far
    Column("remote_deleted_at", UtcDateTime()),  # when Twilio's copy was deleted
    Column("notified_at", UtcDateTime()),  # when the staff were told
    Index("ix_messages_status_created", "status", "created_at"),
)

sms_sent = Table(
    "sms_sent",
    metadata,
    Column("number_hash", String(64), primary_key=True),  # keyed hash of purpose and number
    Column("sent_at", UtcDateTime(), nullable=False),
)


def schema() -> MetaData:
    """Every table of the line's database (what Alembic compares migrations with).

    Modules with tables of their own add them to `metadata` when imported: they are
    imported here, so no table is missing and looks dropped."""
    import ivr.staff_accounts  # noqa: F401  (staff_accounts)

    return metadata


@dataclass(frozen=True)
class Message:
    id: int
    kind: str
    number: str | None
    created_at: datetime
    duration: int | None
    status: str
    file_path: str | None
    recording_sid: str | None
    recording_url: str | None
    attempts: int
    remote_deleted_at: datetime | None
    notified_at: datetime | None

    @property
    def needs_download(self) -> bool:
        return self.kind == MESSAGE and self.file_path is None and self.remote_deleted_at is None

    @property
    def needs_remote_delete(self) -> bool:
        return self.kind == MESSAGE and self.file_path is not None and self.remote_deleted_at is None


def make_engine(url: str) -> Engine:
    """An engine for the URL; a SQLite file's folder is created first."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # reported when the database is first used
                log.error("cannot create the database folder %s: %s", Path(parsed.database).parent, exc.strerror)
        # Wait for a writer in another worker instead of failing at once.
        return create_engine(url, connect_args={"timeout": 15}, hide_parameters=True)
    # hide_parameters: an error message never carries a caller's number into the logs.
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def upgrade(engine: Engine) -> str:
    """Run the migrations up to the newest; returns the database's revision."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() or ""


def head_revision() -> str:
    """The newest migration in ivr/migrations/versions."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head() or ""


def _insert(engine: Engine):
    """INSERT with ON CONFLICT for the engine's dialect (SQLite and PostgreSQL both have it)."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


class Store:
    """Messages and call-back requests; every method is one short transaction."""

    def __init__(self, url: str):
        self.engine = make_engine(url)
        self._ready = False
        self._lock = threading.Lock()

    def upgrade(self) -> str:
        with self._lock:
            revision = upgrade(self.engine)
            self._ready = True
            return revision

    def ensure_ready(self) -> None:
        """Migrate once per process, before first use (again later if the database was down)."""
        if not self._ready:
            self.upgrade()

    # -- what callers leave -----------------------------------------------------

    def note_recording(
        self, recording_sid: str, *, now: datetime, number: str | None = None,
        duration: int | None = None, url: str | None = None,
    ) -> Message:
        """Record a message by its RecordingSid, once: the Record action and Twilio's
        status callback both call this, in either order and as often as Twilio retries."""
        self.ensure_ready()
        insert = _insert(self.engine)
        statement = insert(messages).values(
            kind=MESSAGE, number=number or None, created_at=now, duration=duration,
            status=PENDING, recording_sid=recording_sid, recording_url=url or None,
        )
        excluded = statement.excluded
        statement = statement.on_conflict_do_update(
            index_elements=[messages.c.recording_sid],
            set_={
                "number": func.coalesce(messages.c.number, excluded.number),
                "duration": func.coalesce(excluded.duration, messages.c.duration),
                "recording_url": func.coalesce(messages.c.recording_url, excluded.recording_url),
            },
        )
        with self.engine.begin() as connection:
            connection.execute(statement)
            row = connection.execute(select(messages).where(messages.c.recording_sid == recording_sid)).one()
        return Message(**row._mapping)

    def request_callback(self, number: str, now: datetime) -> Message:
        """A call-back request; a second one while the first is still open is the same request."""
        self.ensure_ready()
        with self.engine.begin() as connection:
            open_request = connection.execute(
                select(messages).where(
                    messages.c.kind == CALLBACK, messages.c.number == number, messages.c.status.in_(OPEN_STATES)
                ).order_by(messages.c.id).limit(1)
            ).first()
            if open_request:
                return Message(**open_request._mapping)
            new_id = connection.execute(
                messages.insert().values(kind=CALLBACK, number=number, created_at=now, status=NEW)
            ).inserted_primary_key[0]
            row = connection.execute(select(messages).where(messages.c.id == new_id)).one()
        return Message(**row._mapping)

    # -- the recordings' way to local storage -----------------------------------

    def get(self, message_id: int) -> Message | None:
        self.ensure_ready()
        with self.engine.connect() as connection:
            row = connection.execute(select(messages).where(messages.c.id == message_id)).first()
        return Message(**row._mapping) if row else None

    def by_recording(self, recording_sid: str) -> Message | None:
        self.ensure_ready()
        with self.engine.connect() as connection:
            row = connection.execute(select(messages).where(messages.c.recording_sid == recording_sid)).first()
        return Message(**row._mapping) if row else None

    def unfinished_recordings(self) -> list[Message]:
        """Messages whose audio is not yet local, or whose Twilio copy is not yet deleted."""
        self.ensure_ready()
        query = select(messages).where(
            messages.c.kind == MESSAGE, messages.c.recording_sid.is_not(None), messages.c.remote_deleted_at.is_(None)
        ).order_by(messages.c.id)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def count_failed_download(self, message_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(messages).where(messages.c.id == message_id).values(attempts=messages.c.attempts + 1)
            )

    def mark_stored(self, message_id: int, file_path: str) -> None:
        """The local copy is complete and verified: a pending message becomes new."""
        with self.engine.begin() as connection:
            connection.execute(update(messages).where(messages.c.id == message_id).values(file_path=file_path))
            connection.execute(
                update(messages).where(messages.c.id == message_id, messages.c.status == PENDING).values(status=NEW)
            )

    def mark_remote_deleted(self, message_id: int, now: datetime) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(messages).where(messages.c.id == message_id).values(remote_deleted_at=now)
            )

    # -- staff ------------------------------------------------------------------

    def listing(self, include_done: bool = False) -> list[Message]:
        self.ensure_ready()
        query = select(messages).order_by(messages.c.created_at, messages.c.id)
        if not include_done:
            query = query.where(messages.c.status != DONE)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def mark_done(self, message_id: int) -> bool:
        self.ensure_ready()
        with self.engine.begin() as connection:
            result = connection.execute(update(messages).where(messages.c.id == message_id).values(status=DONE))
        return result.rowcount == 1

    def older_than(self, cutoff: datetime) -> list[Message]:
        self.ensure_ready()
        query = select(messages).where(messages.c.created_at < cutoff).order_by(messages.c.id)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def remove(self, message_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(messages).where(messages.c.id == message_id))

    def unnotified(self, now: datetime) -> list[Message]:
        """Open items the staff have not been told about. A message once its length and
        the caller's number are known (the Record action brings the number; Twilio's
        status callback may come first), or after NUMBER_GRACE without a number."""
        self.ensure_ready()
        number_known = or_(messages.c.number.is_not(None), messages.c.created_at <= now - NUMBER_GRACE)
        query = select(messages).where(
            messages.c.notified_at.is_(None),
            messages.c.status.in_(OPEN_STATES),
            or_(messages.c.kind == CALLBACK, and_(messages.c.kind == MESSAGE, messages.c.duration > 0, number_known)),
        ).order_by(messages.c.created_at, messages.c.id)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def mark_notified(self, ids: list[int], now: datetime) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(messages).where(messages.c.id.in_(ids), messages.c.notified_at.is_(None)).values(notified_at=now)
            )


class DbLimiter:
    """At most one SMS per number per window (an hour by default), kept in the database;
    the ivr.outbound.Limiter protocol (allow, release).

    `allow()` answers and, when it says yes, counts the SMS as sent, in one
    statement: two requests at the same moment cannot both get a yes. Numbers
    are stored only as a keyed hash, and only for a day.
    """

    KEEP = timedelta(days=1)  # longer than any window

    def __init__(self, store: Store, secret: bytes | str, window: timedelta = timedelta(hours=1), purpose: str = "info"):
        self.store = store
        self.secret = secret.encode() if isinstance(secret, str) else secret
        self.window = window
        self.purpose = purpose

    def _key(self, number: str) -> str:
        digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        return hmac.new(self.secret, f"{self.purpose}:{digits}".encode(), hashlib.sha256).hexdigest()

    def allow(self, number: str, now: datetime) -> bool:
        """Yes, and the SMS counts as sent at `now`; no when one went within the window.
        With the database down it says yes: the caller gets the SMS they asked for."""
        try:
            return self._allow(number, now)
        except SQLAlchemyError as exc:
            log.error("SMS limit not checked: database error %s", type(exc).__name__)
            return True

    def _allow(self, number: str, now: datetime) -> bool:
        self.store.ensure_ready()
        insert = _insert(self.store.engine)
        statement = insert(sms_sent).values(number_hash=self._key(number), sent_at=now)
        statement = statement.on_conflict_do_update(
            index_elements=[sms_sent.c.number_hash],
            set_={"sent_at": statement.excluded.sent_at},
            where=sms_sent.c.sent_at <= now - self.window,
        ).returning(sms_sent.c.number_hash)  # a row only when inserted or renewed (rowcount is unreliable here)
        with self.store.engine.begin() as connection:
            allowed = connection.execute(statement).first() is not None
            connection.execute(delete(sms_sent).where(sms_sent.c.sent_at < now - self.KEEP))
        return allowed

    def release(self, number: str, now: datetime) -> None:
        """The send allowed at `now` failed: do not count it (ivr.outbound.Limiter)."""
        try:
            self.store.ensure_ready()
            with self.store.engine.begin() as connection:
                connection.execute(
                        delete(sms_sent).where(sms_sent.c.number_hash == self._key(number), sms_sent.c.sent_at == now)
                )
        except SQLAlchemyError as exc:
            log.error("SMS limit not released: database error %s", type(exc).__name__)
