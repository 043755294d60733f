"""The statistics writer thread: stop() stores what is queued and ends the thread; the next
event starts a new one. The tests stop every writer after each test (tests/conftest.py): a run
that left one per line accumulated about 900 threads and starved the test thread."""
from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from ivr.database.engine import Database
from ivr.database.schema import call_events
from ivr.stats.record import CallStats, stop_writers


def _writers() -> int:
    return sum(t.name == "ivr-stats-writer" and t.is_alive() for t in threading.enumerate())


def _stored(db) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(call_events)).scalar_one()


def _wait(condition, seconds=10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_stop_stores_the_queue_ends_the_thread_and_the_next_event_starts_one(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'ivr.sqlite3'}")
    db.upgrade()
    stats = CallStats(db, b"k" * 32, flush_seconds=3600)  # the writer would not flush by itself now
    before = _writers()
    stats.event("CA" + "1" * 32, "start")
    assert _writers() == before + 1
    assert stats.stop() == 1 and _stored(db) == 1
    assert _wait(lambda: _writers() == before)
    stats.event("CA" + "1" * 32, "key", "1")
    assert _writers() == before + 1  # a stopped recorder still records
    stop_writers()
    assert _wait(lambda: _writers() == before) and _stored(db) == 2
    db.engine.dispose()
