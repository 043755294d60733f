"""Writes to a SQLite file: one writer per process at a time, each holding the write lock from its start.

SQLite lets one connection write at a time. Left to itself, a connection that finds the file locked
polls it, sleeping 1, 2, 5, 10 … up to 100 ms between tries; with gunicorn's threads and the
budget's threads all writing at once, a request that waited longest sleeps longest while new ones
slip in, and a caller leaving a message waited seconds for a 5 ms write (bench/load.py --paced:
message step p99 1.9 s, issue 32). And Python's sqlite3 starts a transaction lazily, as a reader,
so two transactions that read and then write can each find the other in the way, and one fails.

Here, for every engine on a SQLite database:
- a transaction opened with `engine.begin()` (how this code writes) first takes its turn (WriteTurn):
  this process's lock for that database file, then an exclusive lock on '<database>.write.lock'
  shared with the other processes (the other gunicorn worker, `ivr worker`, the commands), looked at
  every half millisecond; then it starts with BEGIN IMMEDIATE, so it holds SQLite's write lock from
  its first statement and never meets SQLite's sleeping retries. Threads of one process are woken in
  turn as the lock frees; a process is not left behind by another's fresh writers;
- a connection opened with `engine.connect()` (how this code reads) starts a plain BEGIN, as before.

The lock is waited for at most the engine's timeout; then sqlalchemy.exc.TimeoutError (an
SQLAlchemyError: callers already keep the work elsewhere, e.g. a message in the spool).
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import threading
import time

from sqlalchemy import Engine, event
from sqlalchemy.exc import TimeoutError as LockTimeout

log = logging.getLogger(__name__)
_IMMEDIATE = "ivr_begin_immediate"
POLL_SECONDS = 0.0005  # how often a process waiting for another's turn looks again (SQLite's own: up to 0.1 s)


class WriteTurn:
    """Whose turn it is to write to one SQLite file: a thread lock within this process, and across
    processes an exclusive flock on '<database>.write.lock', looked at every half millisecond while
    another process writes. Re-entrant in one thread (the file lock is taken by the outermost turn)."""

    def __init__(self, database: str | None):
        self.lock = threading.RLock()
        self.path = f"{database}.write.lock" if database else None
        self._depth = 0
        self._handle: tuple[int, object] | None = None  # (pid, open file): a forked worker opens its own

    def acquire(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        if not self.lock.acquire(timeout=timeout):
            raise LockTimeout(f"no turn to write to the database within {timeout:g} s")
        try:
            if self._depth == 0:
                self._lock_file(deadline, timeout)
        except BaseException:
            self.lock.release()
            raise
        self._depth += 1

    def release(self) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._handle is not None:
                fcntl.flock(self._handle[1], fcntl.LOCK_UN)
        finally:
            self.lock.release()

    def _lock_file(self, deadline: float, timeout: float) -> None:
        handle = self._file()
        if handle is None:
            return
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"no turn to write to the database within {timeout:g} s") from None
                time.sleep(POLL_SECONDS)

    def _file(self):
        if self.path is None:
            return None
        if self._handle is None or self._handle[0] != os.getpid():
            try:
                self._handle = (os.getpid(), open(self.path, "a"))  # noqa: SIM115 - kept open for the process
            except OSError as exc:  # a read-only folder: SQLite's own lock alone, and the error comes from it
                log.warning("no write lock file %s (%s): SQLite's own lock only", self.path, exc.strerror)
                self.path = None
                return None
        return self._handle[1]


_turns: dict[str, WriteTurn] = {}
_turns_guard = threading.Lock()


def write_turn(database: str | None) -> WriteTurn:
    """The turn for the SQLite file `database` (None: in memory), one per file whatever its engines."""
    with _turns_guard:
        return _turns.setdefault(database or ":memory:", WriteTurn(database))


def _write_ahead_log(dbapi_connection) -> None:
    """The file in WAL mode (it stays so; a no-op once it is): readers never hold up a writer's
    commit, and a commit is one write to the log, synced, instead of the journal's three (1.3 ms
    -> 0.4 ms on this VM, bench/sqlite_commits.py). The database is then three files (ivr.sqlite3,
    -wal, -shm): copy it only with `ivr backup` (SQLite's backup API), never by copying the file."""
    try:
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as exc:  # e.g. another connection is busy switching it: the next one will
        log.warning("the database stays in its journal mode for now: %s", exc)


def configure(engine: Engine, timeout: float) -> Engine:
    """Give a SQLite engine the write policy above; returns the engine."""
    database = engine.url.database
    file = bool(database) and database != ":memory:" and not database.startswith("file:")
    turn = write_turn(os.path.abspath(database) if file else None)

    @event.listens_for(engine, "connect")
    def _driver_leaves_transactions_to_us(dbapi_connection, record) -> None:
        dbapi_connection.isolation_level = None  # pysqlite's own lazy BEGIN off: the "begin" event below
        if file:
            _write_ahead_log(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        immediate = connection.info.pop(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @contextlib.contextmanager
    def begin():
        turn.acquire(timeout)
        try:
            with engine.connect() as connection:
                connection.info[_IMMEDIATE] = True
                with connection.begin():
                    yield connection
        finally:
            turn.release()

    engine.begin = begin
    return engine
