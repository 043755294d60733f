"""The counting behind `ivr stats`: events of a call tallied on its start day, daily counts of
past years, the median, the retention cutoff, and the recording API the staff page's tests
seed with. SQLite and PostgreSQL (IVR_TEST_POSTGRES_URL)."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest

from conftest import warsaw
from messages_helpers import db_url  # noqa: F401 - fixture
from ivr.database.engine import Database
from ivr.stats import record as r
from ivr.stats.purge import cutoff_day, purge
from ivr.stats.report import calls_per_day, figures, median, summary, transfers_by_hour


@pytest.fixture
def db(db_url):  # noqa: F811
    database = Database(db_url)
    database.upgrade()
    yield database
    database.engine.dispose()


def a_call(db, sid, start, *steps, seconds=None):
    """START, ENTER main, then (kind, name[, value]) steps 5 s apart."""
    r.record(db, sid, r.START, at=start)
    r.record(db, sid, r.ENTER, "main", at=start)
    for number, step in enumerate(steps, 1):
        kind, name, *value = step
        r.record(db, sid, kind, name, at=start + timedelta(seconds=5 * number), value=value[0] if value else None)
    if seconds is not None:
        r.record(db, sid, r.DURATION, at=start + timedelta(seconds=seconds), value=seconds)


def test_a_call_counts_on_the_day_it_started_even_past_midnight(db):
    late = warsaw(2026, 11, 30, 23, 59, 55)
    a_call(db, "CA1", late, (r.INPUT, "key", 1), (r.ENTER, "hours"), (r.OUTCOME, "transfer_busy"))
    monday = summary(db, date(2026, 11, 30), date(2026, 11, 30))
    assert monday["calls"] == 1 and monday["items"] == {"hours": 1, "main": 1} and monday["key_inputs"] == 1
    assert monday["transfers"]["busy"] == 1 and monday["by_hour"]["23"] == 1 and monday["by_weekday"]["1"] == 1
    assert monday["hangups"] == {"hours": 1} and monday["median_duration_s"] == 15
    assert summary(db, date(2026, 12, 1), date(2026, 12, 1))["calls"] == 0
    # The transfer ended after midnight: counted in the hour it ended, on the call's day.
    assert transfers_by_hour(db, date(2026, 11, 30), date(2026, 11, 30))[0] == {"answered": 0, "not_answered": 1}


def test_warsaw_days_not_utc_days(db):
    # 00:30 in Warsaw on 1 December is still 30 November in UTC.
    a_call(db, "CA1", warsaw(2026, 12, 1, 0, 30))
    assert [n for _, n in calls_per_day(db, date(2026, 11, 30), date(2026, 12, 1))] == [0, 1]
    assert summary(db, date(2026, 12, 1), date(2026, 12, 1))["by_hour"]["0"] == 1


def test_a_call_whose_start_was_lost_is_not_counted(db):
    r.record(db, "CA-orphan", r.ENTER, "hours", at=warsaw(2026, 11, 30, 10, 0))
    assert summary(db, date(2026, 11, 30), date(2026, 11, 30))["calls"] == 0


def test_each_item_counts_callers_not_visits(db):
    start = warsaw(2026, 11, 30, 10, 0)
    a_call(db, "CA1", start, (r.ENTER, "hours"), (r.ENTER, "main"), (r.ENTER, "hours"))
    a_call(db, "CA2", start, (r.ENTER, "contact"))
    found = summary(db, date(2026, 11, 30), date(2026, 11, 30))
    assert found["items"] == {"main": 2, "contact": 1, "hours": 1}
    assert found["hangups"] == {"contact": 1, "hours": 1}


def test_calls_the_line_ended_are_no_hang_ups(db):
    start = warsaw(2026, 11, 30, 10, 0)
    a_call(db, "CA1", start, (r.ENTER, "person"), (r.OUTCOME, "transfer_answered"))
    a_call(db, "CA2", start, (r.OUTCOME, "goodbye"))
    a_call(db, "CA3", start, (r.ENTER, "person"), (r.OUTCOME, "transfer_no_answer"), (r.ENTER, "leave_word"))
    found = summary(db, date(2026, 11, 30), date(2026, 11, 30))
    assert found["hangups"] == {"leave_word": 1} and found["goodbyes"] == 1
    assert found["transfers"] == {"answered": 1, "busy": 0, "no_answer": 1, "failed": 0}


def test_twilios_call_duration_wins_over_first_to_last(db):
    start = warsaw(2026, 11, 30, 10, 0)
    a_call(db, "CA1", start, (r.ENTER, "hours"), seconds=80)
    a_call(db, "CA2", start, (r.ENTER, "hours"), (r.ENTER, "main"), (r.ENTER, "contact"))  # 15 s
    a_call(db, "CA3", start, (r.ENTER, "hours"))  # 5 s
    assert summary(db, date(2026, 11, 30), date(2026, 11, 30))["median_duration_s"] == 15


@pytest.mark.parametrize("histogram, expected", [
    ({}, None), ({"7": 1}, 7), ({"1": 1, "4": 1}, 2.5), ({"3": 2, "10": 1}, 3), ({"0": 1, "2": 1, "9": 2}, 5.5),
    ({"60": 5, "5": 4}, 60), ({"5": 0}, None),
])
def test_median_of_a_histogram(histogram, expected):
    assert median(Counter(histogram)) == expected


def test_daily_counts_of_past_years_add_to_the_events(db):
    r.record_daily(db, date(2024, 3, 4), "calls", "", 5)
    r.record_daily(db, date(2024, 3, 4), "calls_by_hour", "9", 5)
    r.record_daily(db, date(2024, 3, 4), "items", "hours", 3)
    r.record_daily(db, date(2024, 3, 4), "items", "hours", 1)  # adds up
    r.record_daily(db, date(2024, 3, 4), "durations", "40", 5)
    r.record_daily(db, date(2024, 3, 4), "transfers_by_hour", "9:answered", 2)
    r.record_daily(db, date(2024, 3, 4), "outcomes", "transfer_answered", 2)
    r.record_daily(db, date(2024, 3, 4), "sms_received", "hours", 7)
    a_call(db, "CA1", warsaw(2026, 11, 30, 10, 0), (r.ENTER, "hours"), seconds=10)
    found = summary(db, date(2024, 1, 1), date(2026, 12, 31))
    assert found["calls"] == 6 and found["items"] == {"hours": 5, "main": 1}
    assert found["by_hour"]["9"] == 5 and found["by_hour"]["10"] == 1 and found["by_weekday"]["1"] == 6  # both Mondays
    assert found["median_duration_s"] == 40 and found["sms_received"] == {"hours": 7}
    assert found["transfers"]["answered"] == 2
    assert transfers_by_hour(db, date(2024, 3, 4), date(2024, 3, 4))[9] == {"answered": 2, "not_answered": 0}
    assert calls_per_day(db, date(2024, 3, 3), date(2024, 3, 5)) == [
        (date(2024, 3, 3), 0), (date(2024, 3, 4), 5), (date(2024, 3, 5), 0)]
    assert summary(db, date(2024, 3, 5), date(2026, 11, 29))["calls"] == 0


@pytest.mark.parametrize("now, cutoff", [
    (warsaw(2027, 12, 28, 3, 30), date(2026, 11, 28)),
    (warsaw(2027, 3, 31, 3, 30), date(2026, 2, 28)),  # no 31 February: the month's last day
    (warsaw(2028, 1, 1, 0, 30), date(2026, 12, 1)),  # just after midnight in Warsaw, still 31 Dec in UTC
    (datetime(2027, 12, 31, 23, 30, tzinfo=timezone.utc), date(2026, 12, 1)),
])
def test_thirteen_months_back(now, cutoff):
    assert cutoff_day(now) == cutoff


def test_purge_folds_whole_calls_and_sms(db):
    old, kept = warsaw(2025, 10, 1, 23, 59, 58), warsaw(2025, 11, 2, 9, 0)
    a_call(db, "CA-old", old, (r.INPUT, "speech", 1), (r.ENTER, "benefits"), (r.MISS, "no_input"))  # ends on 2 Oct
    a_call(db, "CA-new", kept, (r.INPUT, "key", 0), (r.MISS, "wrong_key"))
    r.record(db, None, r.SMS, "addiction", at=old)
    r.record(db, None, r.BRIDGE, "started", at=old)
    r.record(db, None, r.BRIDGE, "completed", at=old)
    r.record(db, "CA-lost", r.ENTER, "hours", at=old)  # its start was never stored
    before = summary(db, date(2025, 1, 1), date(2025, 12, 31))
    report = purge(db, warsaw(2026, 11, 2, 3, 30))
    assert (report.cutoff, report.calls, report.events) == (date(2025, 10, 2), 1, 9)
    assert summary(db, date(2025, 1, 1), date(2025, 12, 31)) == before
    assert summary(db, date(2025, 10, 1), date(2025, 10, 1))["items"] == {"benefits": 1, "main": 1}
    assert summary(db, date(2025, 10, 1), date(2025, 10, 1))["callbacks_answered"] == 1
    assert before["calls"] == 2 and before["wrong_key"] == 1 and before["sms_received"] == {"addiction": 1}
    again = purge(db, warsaw(2026, 11, 2, 3, 30))
    assert (again.calls, again.events) == (0, 0)


def test_record_refuses_an_unknown_kind(db):
    with pytest.raises(ValueError):
        r.record(db, "CA1", "clicked", at=warsaw(2026, 11, 30, 10, 0))


def test_the_recorder_skips_events_without_a_call_and_when_switched_off(db):
    stats = r.CallStats(db, r.stats_key("s"), flush_seconds=3600)
    stats.event("CA1", r.START, at=warsaw(2026, 11, 30, 10, 0))
    stats.event("", r.ENTER, "main")  # no CallSid: not a call of ours
    stats.event(None, r.SMS, "hours", at=warsaw(2026, 11, 30, 10, 0))
    assert stats.flush() == 2 and stats.flush() == 0
    assert summary(db, date(2026, 11, 30), date(2026, 11, 30))["sms_received"] == {"hours": 1}
    off = r.CallStats(None, b"k")
    off.event("CA1", r.START)
    assert not off.enabled and off.flush() == 0


def test_an_event_may_carry_the_node_entered_after_it(db):
    start = warsaw(2026, 11, 30, 10, 0)
    r.record(db, "CA1", r.START, at=start, node="main")
    r.record(db, "CA1", r.INPUT, "key", at=start + timedelta(seconds=5), value=1, node="sms")
    # Same moment (one request): the order they were written decides where the caller is.
    r.record(db, "CA1", r.OUTCOME, "sms_sent", at=start + timedelta(seconds=5), node="main")
    r.record(db, "CA1", r.INPUT, "key", at=start + timedelta(seconds=9), value=1, node="about")
    found = summary(db, date(2026, 11, 30), date(2026, 11, 30))
    assert found["items"] == {"about": 1, "main": 1, "sms": 1} and found["sms_sent"] == 1
    assert found["hangups"] == {"about": 1} and found["key_inputs"] == 2 and found["median_duration_s"] == 9


def test_the_pages_one_read_gives_the_same_figures_as_each_function(db):
    a_call(db, "CA1", warsaw(2026, 11, 30, 9, 0), (r.INPUT, "key", 0), (r.ENTER, "person"), (r.OUTCOME, "transfer_answered"))
    a_call(db, "CA2", warsaw(2026, 11, 28, 14, 0), (r.INPUT, "key", 0), (r.OUTCOME, "transfer_no_answer"))
    since, until = date(2026, 11, 27), date(2026, 11, 30)
    found = figures(db, since, until)
    assert found.summary == summary(db, since, until) and found.summary["calls"] == 2
    assert found.calls_per_day == calls_per_day(db, since, until) and len(found.calls_per_day) == 4
    assert found.transfers_by_hour == transfers_by_hour(db, since, until)
    assert found.transfers_by_hour[9]["answered"] == 1 and found.transfers_by_hour[14]["not_answered"] == 1
