"""Calls seeded through the statistics' recording API (ivr.stats.record), for the staff page's tests."""
from __future__ import annotations

from datetime import timedelta

from conftest import warsaw
from ivr.stats import record as r


def seed_calls(db) -> None:
    """Five calls in November 2026 (Warsaw time):
    - 30.11 10:05 keys 1 (hours), then hung up in the hours item, 40 s;
    - 30.11 10:20 key 0, transfer answered, 95 s;
    - 30.11 14:10 speech to the person, transfer busy, then a message;
    - 29.11 (Sunday) 9:00 wrong key, then hung up in the main menu;
    - 2.11 8:30 key 3 (about), then 2 (benefits), call-back requested.
    """
    def call(sid, start, *steps, seconds=None):
        r.record(db, sid, r.START, at=start)
        r.record(db, sid, r.ENTER, "main", at=start)
        for n, (kind, name, *rest) in enumerate(steps, 1):
            r.record(db, sid, kind, name, at=start + timedelta(seconds=5 * n), value=rest[0] if rest else None)
        if seconds:
            r.record(db, sid, r.DURATION, at=start + timedelta(seconds=seconds), value=seconds)

    call("CA1", warsaw(2026, 11, 30, 10, 5), (r.INPUT, "key", 1), (r.ENTER, "hours"), seconds=40)
    call("CA2", warsaw(2026, 11, 30, 10, 20), (r.INPUT, "key", 1), (r.ENTER, "person"),
         (r.OUTCOME, "transfer_answered"), seconds=95)
    call("CA3", warsaw(2026, 11, 30, 14, 10), (r.INPUT, "speech", 1), (r.ENTER, "person"),
         (r.OUTCOME, "transfer_busy"), (r.ENTER, "leave_word"), (r.ENTER, "message"), (r.OUTCOME, "message"))
    call("CA4", warsaw(2026, 11, 29, 9, 0), (r.INPUT, "key", 0), (r.MISS, "wrong_key"))
    call("CA5", warsaw(2026, 11, 2, 8, 30), (r.INPUT, "key", 1), (r.ENTER, "about"), (r.INPUT, "key", 1),
         (r.ENTER, "benefits"), (r.ENTER, "leave_word"), (r.ENTER, "callback"), (r.OUTCOME, "callback"))
