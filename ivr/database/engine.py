"""Engines for the line's database and its migrations.

SQLAlchemy Core on SQLite (a file in instance/, the default) or PostgreSQL
(IVR_DATABASE_URL=postgresql+psycopg://...). The schema belongs to the Alembic
migrations in ivr/database/migrations/; `upgrade()` brings any database to the
newest version in place, at start-up and by `ivr db upgrade`.
"""
from __future__ import annotations

import contextlib
import fcntl
import functools
import logging
import threading
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from ivr.database import sqlite_writes

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# How long a statement may wait for a lock (SQLite busy_timeout, PostgreSQL lock and statement
# timeouts), for the commands and the worker.
BUSY_TIMEOUT_SECONDS = 5
# The same for the webhooks' connections: short, so that a request has time left, within its
# budget (ivr.web.budget), to keep what it must in the spool and answer the caller.
WEBHOOK_TIMEOUT_SECONDS = 2


def make_engine(url: str, timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    """An engine for the URL whose statements wait at most `timeout` seconds for a lock
    (and, on PostgreSQL, run at most that long); a SQLite file's folder is created first."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # reported when the database is first used
                log.error("cannot create the database folder %s: %s", Path(parsed.database).parent, exc.strerror)
        # Wait for a writer in another worker instead of failing at once, but not for long; one
        # writer per process, holding the write lock from its first statement (sqlite_writes).
        engine = create_engine(url, connect_args={"timeout": timeout}, hide_parameters=True)
        return sqlite_writes.configure(engine, timeout)
    # hide_parameters: an error message never carries a caller's number into the logs.
    if parsed.get_backend_name() == "postgresql":
        # Connecting, waiting for a pooled connection, a lock or a statement: each bounded.
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True, pool_size=10, max_overflow=10,
                               pool_timeout=timeout, connect_args={"connect_timeout": max(1, int(timeout + 0.5))})
        event.listen(engine, "connect", lambda connection, record: _postgres_timeouts(connection, timeout))
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _postgres_timeouts(connection, timeout: float) -> None:
    milliseconds = int(timeout * 1000)
    with connection.cursor() as cursor:
        cursor.execute(f"SET statement_timeout = {milliseconds}")
        cursor.execute(f"SET lock_timeout = {milliseconds}")
    connection.commit()


# Alembic's context is one per process: migrations in two threads at once would mix them.
_MIGRATING = threading.Lock()
_ADVISORY_KEY = 0x1C0_2026  # pg_advisory_xact_lock: one migration at a time on a PostgreSQL server


def upgrade(engine: Engine) -> str:
    """Run the migrations up to the newest; returns the database's revision.

    One at a time, whatever starts at once (gunicorn's workers, `ivr worker`): a thread
    lock, and across processes a file lock beside a SQLite file (SQLite commits each
    CREATE at once, so two half-runs would leave tables without a revision) or an advisory
    lock on PostgreSQL. The second finds the work done."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _MIGRATING, _file_lock(engine):
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                from sqlalchemy import text

                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_KEY})
            # Already at the newest revision (every restart, every worker after the first):
            # one SELECT, not Alembic's environment and every migration script loaded again.
            if MigrationContext.configure(connection).get_current_revision() != _head(str(MIGRATIONS)):
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision() or ""


@contextlib.contextmanager
def _file_lock(engine: Engine):
    """An exclusive lock on '<database>.migrate.lock' for a SQLite file; nothing otherwise."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    try:
        handle = open(f"{database}.migrate.lock", "a")
    except OSError:  # a read-only folder: the migration itself will say what is wrong
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def head_revision() -> str:
    """The newest migration in ivr/migrations/versions."""
    return _head(str(MIGRATIONS))


@functools.lru_cache(maxsize=4)
def _head(location: str) -> str:
    """The newest revision of the migrations at `location`, read once per process (the
    scripts are part of the installed code: an upgrade restarts the processes)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", location)
    return ScriptDirectory.from_config(config).get_current_head() or ""


def upsert(engine: Engine):
    """INSERT with ON CONFLICT for the engine's dialect (SQLite and PostgreSQL both have it)."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


class Database:
    """One database URL: its engine, migrated once per process before first use."""

    def __init__(self, url: str, timeout: float = BUSY_TIMEOUT_SECONDS):
        self.engine = make_engine(url, timeout)
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
