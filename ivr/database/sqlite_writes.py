"""Writes to a SQLite file: one writer per process at a time, each holding the write lock from its start.

SQLite lets one connection write at a time. Left to itself, a connection that finds the file locked
polls it, sleeping 1, 2, 5, 10 … up to 100 ms between tries; with gunicorn's threads and the
budget's threads all writing at once, a request that waited longest sleeps longest while new ones
slip in, and a caller leaving a message waited seconds for a 5 ms write (bench/load.py --paced:
message step p99 1.9 s, issue 32). And Python's sqlite3 starts a transaction lazily, as a reader,
so two transactions that read and then write can each find the other in the way, and one fails.

Here, for every engine on a SQLite database:
- a transaction opened with `engine.begin()` (how this code writes) first takes this process's lock
  for that database file, then starts with BEGIN IMMEDIATE, so it holds SQLite's write lock from its
  first statement: threads of one process queue on the lock and are woken in turn as it frees,
  without sleeping, and only one per process waits on SQLite for another process (the other
  gunicorn worker, `ivr worker`);
- a connection opened with `engine.connect()` (how this code reads) starts a plain BEGIN, as before.

The lock is waited for at most the engine's timeout; then sqlalchemy.exc.TimeoutError (an
SQLAlchemyError: callers already keep the work elsewhere, e.g. a message in the spool).
"""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading

from sqlalchemy import Engine, event
from sqlalchemy.exc import TimeoutError as LockTimeout

log = logging.getLogger(__name__)
_IMMEDIATE = "ivr_begin_immediate"
_locks: dict[str, threading.RLock] = {}
_locks_guard = threading.Lock()


def writer_lock(database: str) -> threading.RLock:
    """This process's lock for writes to the SQLite file `database` (one per file, whatever its engines)."""
    with _locks_guard:
        return _locks.setdefault(database, threading.RLock())


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
    lock = writer_lock(os.path.abspath(database) if file else ":memory:")

    @event.listens_for(engine, "connect")
    def _driver_leaves_transactions_to_us(dbapi_connection, record) -> None:
        dbapi_connection.isolation_level = None  # pysqlite's own lazy BEGIN off: the "begin" event below
        if file:
            _write_ahead_log(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        immediate = connection.info.pop(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    plain_begin = engine.begin

    @contextlib.contextmanager
    def begin():
        if not lock.acquire(timeout=timeout):
            raise LockTimeout(f"no turn to write to the database within {timeout:g} s")
        try:
            with engine.connect() as connection:
                connection.info[_IMMEDIATE] = True
                with connection.begin():
                    yield connection
        finally:
            lock.release()

    begin.plain = plain_begin  # the unlocked original, for tests
    engine.begin = begin
    return engine
