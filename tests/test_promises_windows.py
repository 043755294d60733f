"""Issue 35, weak tests that start everything at the same instant: the SMS line's reply limit
(README, "SMS line": "At most 5 reply sets per sender per hour") tried with replies spread over
the hour, so a window shorter than an hour, or one that forgets the oldest reply early, fails.
The counts and minutes are worked out by hand from the documented rule, not read from the code.
SQLite, and PostgreSQL when IVR_TEST_POSTGRES_URL is set."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ivr.messages.sms_replies import ReplyLimit
from ivr.messages.store import Store
from messages_helpers import db_url  # noqa: F401 - fixture

REPLIES_PER_HOUR = 5  # README, "SMS line"
RESIDENT = "+48606902915"
NEIGHBOUR = "+48501234567"
START = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


@pytest.fixture
def limit(db_url):  # noqa: F811
    store = Store(db_url)
    store.upgrade()
    yield ReplyLimit(store, "secret")
    store.engine.dispose()


def test_five_replies_spread_over_the_hour_then_one_more_only_as_the_oldest_leaves(limit):
    # Replies at :00, :10, :20, :30, :40: five in the hour.
    assert all(limit.allow(RESIDENT, at(m)) for m in (0, 10, 20, 30, 40))
    # :59 - all five are within the past hour: refused; another resident is answered.
    assert not limit.allow(RESIDENT, at(59))
    assert limit.allow(NEIGHBOUR, at(59))
    # 1:00:01 - the :00 reply has left the hour: one reply, not more.
    assert limit.allow(RESIDENT, at(60) + timedelta(seconds=1))
    assert not limit.allow(RESIDENT, at(60) + timedelta(seconds=2))
    # 1:05 - :10 is still within the hour.
    assert not limit.allow(RESIDENT, at(65))
    # 1:10:01 - :10 has left it too: one more.
    assert limit.allow(RESIDENT, at(70) + timedelta(seconds=1))
    assert not limit.allow(RESIDENT, at(71))


def test_a_refused_message_does_not_push_the_window_on(limit):
    assert all(limit.allow(RESIDENT, at(m)) for m in range(REPLIES_PER_HOUR))  # :00 to :04
    for minute in (20, 40, 59):  # the resident keeps writing: refused, and not counted as replies
        assert not limit.allow(RESIDENT, at(minute))
    assert limit.allow(RESIDENT, at(60) + timedelta(seconds=1))  # :00 left the hour
