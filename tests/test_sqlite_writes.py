"""Writes to a SQLite database (ivr/database/sqlite_writes.py, issue 32): WAL mode, one writer per process
holding SQLite's write lock from its first statement, a bounded wait for the turn, and a message stored with
its staff notice's job in one commit."""
from __future__ import annotations

import os
import sqlite3
import threading
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from ivr.database.engine import Database
from ivr.database.schema import jobs, messages
from ivr.jobs.queue import JobQueue
from ivr.messages.desk import NOTIFY_STAFF, UNSTORED
from ivr.messages.store import Store

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
SID = "RE" + "a" * 32
URL = "https://api.twilio.com/2010-04-01/Accounts/AC" + "0" * 32 + "/Recordings/" + SID


@pytest.fixture
def path(tmp_path):
    return tmp_path / "db" / "ivr.sqlite3"


@pytest.fixture
def store(path):
    store = Store(f"sqlite:///{path}", timeout=0.3)
    store.ensure_ready()
    yield store
    store.engine.dispose()


def raw(path, timeout: float = 0.0) -> sqlite3.Connection:
    """Another process's connection: it knows nothing of this process's lock."""
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def test_the_database_file_is_in_wal_mode(store, path):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert raw(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # kept in the file


def test_a_write_transaction_holds_the_write_lock_from_its_start(store, path):
    """With the driver's lazy BEGIN, a transaction that has only read holds no write lock, and another
    writer slips in and makes its later write fail; BEGIN IMMEDIATE holds it before any statement."""
    with store.engine.begin():
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            raw(path).execute("BEGIN IMMEDIATE")
    other = raw(path)
    other.execute("BEGIN IMMEDIATE")  # free again once the transaction ends
    other.execute("ROLLBACK")


def test_a_read_does_not_take_the_write_lock(store, path):
    with store.engine.connect() as connection:
        connection.execute(select(messages)).all()  # an open read transaction
        other = raw(path)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO messages (kind, status, created_at) VALUES ('message', 'new', '2026-12-07')")
        other.execute("COMMIT")  # WAL: a reader never holds up a writer's commit


def test_a_reader_of_the_past_sees_its_snapshot_while_a_write_commits(store):
    with store.engine.connect() as reader:
        before = reader.execute(select(messages)).all()
        store.note_recording(SID, now=NOW, number="+48606902915", duration=4)
        assert reader.execute(select(messages)).all() == before  # its transaction's snapshot
    with store.engine.connect() as fresh:
        assert len(fresh.execute(select(messages)).all()) == len(before) + 1


def test_threads_of_one_process_write_in_turn_and_none_fails(path):
    """Sixteen threads each read then write in one transaction (a read-then-write that the driver's lazy
    BEGIN turned into a lock upgrade, failing at once when another writer was in between). The wait for a
    turn is long here (a loaded CI machine): this is about order, the bound has its own test."""
    store = Store(f"sqlite:///{path}", timeout=60)
    store.ensure_ready()
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(10):
                with store.engine.begin() as connection:
                    count = connection.execute(text("SELECT count(*) FROM messages")).scalar()
                    connection.execute(messages.insert().values(
                        kind="callback", number=f"+486069{n:02d}{i:03d}", status="new", created_at=NOW,
                        sms_text=str(count)))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with store.engine.connect() as connection:
        counts = sorted(int(row.sms_text) for row in connection.execute(select(messages.c.sms_text)))
    assert counts == list(range(160))  # each saw every write before it: serialised, none lost
    store.engine.dispose()


def test_waiting_for_the_turn_is_bounded_and_says_so(store):
    """Another thread holds the turn longer than the engine's timeout: an SQLAlchemyError (callers keep the
    work elsewhere: a message goes to the spool), not a wait without end."""
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with store.engine.begin():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(10)
        with pytest.raises(SQLAlchemyError, match="no turn to write"):
            store.note_recording(SID, now=NOW, number="+48606902915", duration=4)
    finally:
        release.set()
        holder.join(10)
    store.note_recording(SID, now=NOW, number="+48606902915", duration=4)  # its turn came


def test_the_same_thread_may_nest_a_write(store):
    with store.engine.begin() as outer:
        outer.execute(text("SELECT 1"))
        with pytest.raises(SQLAlchemyError):  # SQLite's own lock then: bounded, not a deadlock
            with store.engine.begin() as inner:
                inner.execute(text("SELECT 1"))


def test_a_message_and_its_staff_notice_are_one_commit(line_settings_sqlite):
    from ivr.messages.desk import MessageDesk

    desk = MessageDesk.from_settings(line_settings_sqlite, timeout=0.3)
    assert desk.message_left("+48606902915", SID, URL, "7", NOW) == "saved"
    with desk.store.engine.connect() as connection:
        assert connection.execute(select(messages.c.recording_sid)).scalars().all() == [SID]
        assert connection.execute(select(jobs.c.kind)).scalars().all() == [NOTIFY_STAFF]


def test_a_message_whose_notice_cannot_be_queued_is_not_half_stored(line_settings_sqlite):
    """The job's insert fails: neither row is kept and the desk says UNSTORED, so the webhook keeps the
    message in the spool and the worker stores both later (not a message nobody is told of)."""
    from ivr.messages.desk import MessageDesk

    desk = MessageDesk.from_settings(line_settings_sqlite, timeout=0.3)
    desk.store.ensure_ready()
    with desk.store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TRIGGER no_jobs BEFORE INSERT ON jobs BEGIN SELECT RAISE(ABORT, 'full'); END")
    assert desk.message_left("+48606902915", SID, URL, "7", NOW) == UNSTORED
    with desk.store.engine.connect() as connection:
        assert connection.execute(select(messages)).all() == []
        assert connection.execute(select(jobs)).all() == []


def test_a_plain_queue_still_stores_its_jobs(store):
    queue = JobQueue(store)
    assert queue.enqueue(NOTIFY_STAFF, {}) is not None
    assert queue.counts().pending == 1


@pytest.fixture
def line_settings_sqlite(settings, tmp_path):
    from dataclasses import replace

    return replace(settings, database_url=f"sqlite:///{tmp_path / 'db' / 'ivr.sqlite3'}",
                   recordings_dir=tmp_path / "recordings")


def test_two_databases_have_their_own_turns(tmp_path):
    first, second = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}", 0.3), Database(f"sqlite:///{tmp_path / 'b.sqlite3'}", 0.3)
    with first.engine.begin() as one:
        one.execute(text("CREATE TABLE t (x)"))
        with second.engine.begin() as two:  # not held up by the other file's writer
            two.execute(text("CREATE TABLE t (x)"))


def test_another_process_holding_the_turn_is_waited_for_and_the_wait_is_bounded(store, path):
    """Another process (here: another open file, which flock treats alike) has the turn: a write waits for
    it, at most the engine's timeout, and goes ahead once it is free."""
    import fcntl

    with open(f"{path}.write.lock", "a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)
        with pytest.raises(SQLAlchemyError, match="no turn to write"):
            store.note_recording(SID, now=NOW, number="+48606902915", duration=4)
        fcntl.flock(other, fcntl.LOCK_UN)
    assert store.note_recording(SID, now=NOW, number="+48606902915", duration=4).recording_sid == SID


def _write_in_turn(url: str, first: int, count: int) -> None:
    store = Store(url, timeout=60)  # a loaded machine: the order is tested, not the bound
    for i in range(first, first + count):
        with store.engine.begin() as connection:
            seen = connection.execute(text("SELECT count(*) FROM messages")).scalar()
            connection.execute(messages.insert().values(
                kind="callback", number=f"+48606{i:06d}", status="new", created_at=NOW, sms_text=str(seen)))
    from ivr.database.sqlite_writes import write_turn

    turn = write_turn(os.path.abspath(url.removeprefix("sqlite:///")))
    if turn._handle[0] != os.getpid():  # the parent's open lock file, shared: flock would let both in
        raise SystemExit(3)


def test_processes_forked_after_first_use_write_in_turn_and_none_fails(store, path):
    """gunicorn forks its workers from one process: four processes forked after the parent used its turn
    read-then-write 50 times each; none fails, each saw every write before it, and each took the file
    lock on a lock file it opened itself (the parent's open file, shared, would let them all in at once)."""
    import multiprocessing

    with store.engine.begin() as connection:  # the parent has used its turn (and its lock file) first
        connection.execute(text("SELECT 1"))
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_in_turn, args=(f"sqlite:///{path}", n * 1000, 50)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]
    with store.engine.connect() as connection:
        seen = sorted(int(value) for value in connection.execute(select(messages.c.sms_text)).scalars())
    assert seen == list(range(200))  # serialised across processes: each saw every write before it
