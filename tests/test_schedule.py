"""Opening status in Warsaw time. Expected weekdays checked with `calendar`:
2026-12-23 Wed, 24 Thu, 25 Fri, 26 Sat, 27 Sun, 28 Mon; 2026-12-31 Thu;
2027-01-01 Fri, 2027-01-04 Mon; 2027-03-29 Mon; 2026-03-29 and 2026-10-25 Sun.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivr.call.schedule import (
    WARSAW,
    Hours,
    Schedule,
    Status,
    clock_text,
    now_in_warsaw,
    when_phrase,
)

UTC = timezone.utc

# As content would supply it: Monday 8-16, Tuesday-Friday 7-15.
WEEKLY = {
    0: Hours(dt.time(8), dt.time(16)),
    **{wd: Hours(dt.time(7), dt.time(15)) for wd in range(1, 5)},
}


def w(y, mo, d, h=0, mi=0, fold=0):
    """Aware Warsaw moment."""
    return datetime(y, mo, d, h, mi, tzinfo=WARSAW, fold=fold)


@pytest.fixture(scope="module")
def sched():
    return Schedule(WEEKLY)


# (now as naive Warsaw wall time, expected is_open, expected until or next_open)
STATUS_CASES = [
    # Monday 2026-11-16 (ordinary week) around 8:00 and 16:00.
    ("mon 7:59", datetime(2026, 11, 16, 7, 59), False, w(2026, 11, 16, 8)),
    ("mon 8:00", datetime(2026, 11, 16, 8, 0), True, w(2026, 11, 16, 16)),
    ("mon 15:59", datetime(2026, 11, 16, 15, 59), True, w(2026, 11, 16, 16)),
    ("mon 16:00", datetime(2026, 11, 16, 16, 0), False, w(2026, 11, 17, 7)),
    ("mon 0:00", datetime(2026, 11, 16, 0, 0), False, w(2026, 11, 16, 8)),
    # Tuesday around 7:00 and 15:00.
    ("tue 6:59", datetime(2026, 11, 17, 6, 59), False, w(2026, 11, 17, 7)),
    ("tue 7:00", datetime(2026, 11, 17, 7, 0), True, w(2026, 11, 17, 15)),
    ("tue 14:59", datetime(2026, 11, 17, 14, 59), True, w(2026, 11, 17, 15)),
    ("tue 15:00", datetime(2026, 11, 17, 15, 0), False, w(2026, 11, 18, 7)),
    ("tue 23:59", datetime(2026, 11, 17, 23, 59, 59), False, w(2026, 11, 18, 7)),
    # Friday evening and the weekend -> Monday 8:00.
    ("fri 15:00", datetime(2026, 11, 20, 15, 0), False, w(2026, 11, 23, 8)),
    ("fri 22:00", datetime(2026, 11, 20, 22, 0), False, w(2026, 11, 23, 8)),
    ("sat noon", datetime(2026, 11, 21, 12, 0), False, w(2026, 11, 23, 8)),
    ("sun noon", datetime(2026, 11, 22, 12, 0), False, w(2026, 11, 23, 8)),
    # Holidays falling on working days.
    ("1 Jan 2026 thu", datetime(2026, 1, 1, 10), False, w(2026, 1, 2, 7)),
    ("6 Jan 2026 tue", datetime(2026, 1, 6, 10), False, w(2026, 1, 7, 7)),
    ("easter mon 2027", datetime(2027, 3, 29, 10), False, w(2027, 3, 30, 7)),
    ("easter mon 2026", datetime(2026, 4, 6, 9), False, w(2026, 4, 7, 7)),
    ("1 May 2026 fri", datetime(2026, 5, 1, 10), False, w(2026, 5, 4, 8)),
    ("3 May 2027 mon", datetime(2027, 5, 3, 10), False, w(2027, 5, 4, 7)),
    ("corpus christi 2026", datetime(2026, 6, 4, 10), False, w(2026, 6, 5, 7)),
    ("15 Aug 2025 fri", datetime(2025, 8, 15, 10), False, w(2025, 8, 18, 8)),
    ("1 Nov 2027 mon", datetime(2027, 11, 1, 10), False, w(2027, 11, 2, 7)),
    ("11 Nov 2026 wed", datetime(2026, 11, 11, 10), False, w(2026, 11, 12, 7)),
    ("24 Dec 2026 thu", datetime(2026, 12, 24, 10), False, w(2026, 12, 28, 8)),
    ("25 Dec 2026 fri", datetime(2026, 12, 25, 10), False, w(2026, 12, 28, 8)),
    ("26 Dec 2025 fri", datetime(2025, 12, 26, 10), False, w(2025, 12, 29, 8)),
    # Day before the Christmas run: open, then closed until Monday 28th.
    ("23 Dec 2026 14:00", datetime(2026, 12, 23, 14), True, w(2026, 12, 23, 15)),
    ("23 Dec 2026 evening", datetime(2026, 12, 23, 19), False, w(2026, 12, 28, 8)),
    # Year end: 31 Dec 2026 is an ordinary Thursday; 1 Jan 2027 Friday is a holiday.
    ("31 Dec 2026 10:00", datetime(2026, 12, 31, 10), True, w(2026, 12, 31, 15)),
    ("31 Dec 2026 23:59", datetime(2026, 12, 31, 23, 59), False, w(2027, 1, 4, 8)),
    ("1 Jan 2027 0:00", datetime(2027, 1, 1, 0, 0), False, w(2027, 1, 4, 8)),
    # DST nights (Sundays): naive wall times in the gap and in the fold.
    ("spring gap 2:30", datetime(2026, 3, 29, 2, 30), False, w(2026, 3, 30, 8)),
    ("autumn fold 2:30", datetime(2026, 10, 25, 2, 30), False, w(2026, 10, 26, 8)),
    ("autumn fold 2:30 second", datetime(2026, 10, 25, 2, 30, fold=1), False, w(2026, 10, 26, 8)),
]


@pytest.mark.parametrize(
    "now, is_open, moment", [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES]
)
def test_status_naive_warsaw(sched, now, is_open, moment):
    expected = Status(True, moment, None) if is_open else Status(False, None, moment)
    assert sched.status(now) == expected
    # Same wall time given as an aware Warsaw datetime behaves the same.
    assert sched.status(now.replace(tzinfo=WARSAW)) == expected


@pytest.mark.parametrize(
    "now, is_open, moment", [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES]
)
def test_status_same_moment_in_utc(sched, now, is_open, moment):
    aware = now.replace(tzinfo=WARSAW)
    assert sched.status(aware.astimezone(UTC)).is_open is is_open


# Aware UTC inputs: (utc moment, expected is_open, expected until/next_open)
UTC_CASES = [
    # 2026-11-16 is CET (+1): 07:00 UTC = 08:00 Warsaw Monday opening.
    ("winter mon 06:59Z", datetime(2026, 11, 16, 6, 59, tzinfo=UTC), False, w(2026, 11, 16, 8)),
    ("winter mon 07:00Z", datetime(2026, 11, 16, 7, 0, tzinfo=UTC), True, w(2026, 11, 16, 16)),
    ("winter mon 15:00Z", datetime(2026, 11, 16, 15, 0, tzinfo=UTC), False, w(2026, 11, 17, 7)),
    # 2026-06-15 Monday is CEST (+2): 06:00 UTC = 08:00 Warsaw.
    ("summer mon 06:00Z", datetime(2026, 6, 15, 6, 0, tzinfo=UTC), True, w(2026, 6, 15, 16)),
    ("summer mon 13:59Z", datetime(2026, 6, 15, 13, 59, tzinfo=UTC), True, w(2026, 6, 15, 16)),
    ("summer mon 14:00Z", datetime(2026, 6, 15, 14, 0, tzinfo=UTC), False, w(2026, 6, 16, 7)),
    # UTC date differs from Warsaw date: 23:30Z Sunday = 00:30 Monday Warsaw.
    ("sun 23:30Z", datetime(2026, 11, 22, 23, 30, tzinfo=UTC), False, w(2026, 11, 23, 8)),
    # 23:30Z 31 Dec 2026 is already 2027 in Warsaw (a holiday).
    ("new year 23:30Z", datetime(2026, 12, 31, 23, 30, tzinfo=UTC), False, w(2027, 1, 4, 8)),
    # DST change moments: 01:00Z is 02:00->03:00 CEST in March, 03:00->02:00 CET in October.
    ("spring 00:59Z", datetime(2026, 3, 29, 0, 59, tzinfo=UTC), False, w(2026, 3, 30, 8)),
    ("spring 01:30Z", datetime(2026, 3, 29, 1, 30, tzinfo=UTC), False, w(2026, 3, 30, 8)),
    ("autumn 00:30Z", datetime(2026, 10, 25, 0, 30, tzinfo=UTC), False, w(2026, 10, 26, 8)),
    ("autumn 01:30Z", datetime(2026, 10, 25, 1, 30, tzinfo=UTC), False, w(2026, 10, 26, 8)),
    # Mondays after the DST changes open at 8:00 local in the new offset.
    ("mon after spring 05:59Z", datetime(2026, 3, 30, 5, 59, tzinfo=UTC), False, w(2026, 3, 30, 8)),
    ("mon after spring 06:00Z", datetime(2026, 3, 30, 6, 0, tzinfo=UTC), True, w(2026, 3, 30, 16)),
    ("mon after autumn 06:59Z", datetime(2026, 10, 26, 6, 59, tzinfo=UTC), False, w(2026, 10, 26, 8)),
    ("mon after autumn 07:00Z", datetime(2026, 10, 26, 7, 0, tzinfo=UTC), True, w(2026, 10, 26, 16)),
]


@pytest.mark.parametrize(
    "now, is_open, moment", [c[1:] for c in UTC_CASES], ids=[c[0] for c in UTC_CASES]
)
def test_status_utc_input(sched, now, is_open, moment):
    expected = Status(True, moment, None) if is_open else Status(False, None, moment)
    got = sched.status(now)
    assert got == expected
    shown = got.until or got.next_open
    assert shown.tzinfo is WARSAW


def test_dst_moments_have_right_offsets(sched):
    spring = sched.next_opening(datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
    autumn = sched.next_opening(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert spring.utcoffset() == timedelta(hours=2)
    assert spring.astimezone(UTC) == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert autumn.utcoffset() == timedelta(hours=1)
    assert autumn.astimezone(UTC) == datetime(2026, 10, 26, 7, 0, tzinfo=UTC)


def test_other_timezone_input(sched):
    # 02:00 in New York (EST, -5) on Mon 16 Nov 2026 = 08:00 Warsaw.
    ny = datetime(2026, 11, 16, 2, 0, tzinfo=dt.timezone(timedelta(hours=-5)))
    assert sched.status(ny) == Status(True, w(2026, 11, 16, 16), None)


# --- holidays and closures ------------------------------------------------

HOLIDAYS = [
    (date(2026, 1, 1), "Nowy Rok"),
    (date(2027, 1, 1), "Nowy Rok"),
    (date(2026, 1, 6), "Święto Trzech Króli"),
    (date(2027, 3, 29), "Poniedziałek Wielkanocny"),
    (date(2026, 5, 1), "Święto Państwowe"),
    (date(2026, 5, 3), "Święto Narodowe Trzeciego Maja"),
    (date(2026, 6, 4), "Dzień Bożego Ciała"),
    (date(2026, 8, 15), "Wniebowzięcie Najświętszej Marii Panny"),
    (date(2026, 11, 1), "Uroczystość Wszystkich Świętych"),
    (date(2026, 11, 11), "Narodowe Święto Niepodległości"),
    (date(2026, 12, 24), "Wigilia Bożego Narodzenia"),
    (date(2026, 12, 25), "Boże Narodzenie (pierwszy dzień)"),
    (date(2026, 12, 26), "Boże Narodzenie (drugi dzień)"),
]


@pytest.mark.parametrize("day, name", HOLIDAYS, ids=[d.isoformat() for d, _ in HOLIDAYS])
def test_holiday_closed_with_polish_name(sched, day, name):
    assert not sched.is_open_day(day)
    assert sched.closed_reason(day) == name


def test_christmas_eve_only_from_2025(sched):
    # 24 Dec 2024 was a Tuesday and an ordinary working day.
    assert sched.is_open_day(date(2024, 12, 24))
    assert sched.closed_reason(date(2024, 12, 24)) is None
    for year in (2025, 2030, 2040):
        assert sched.closed_reason(date(year, 12, 24)) == "Wigilia Bożego Narodzenia"


def test_ordinary_days_have_no_reason(sched):
    assert sched.is_open_day(date(2026, 12, 31))
    assert sched.closed_reason(date(2026, 12, 31)) is None
    assert sched.closed_reason(date(2026, 11, 21)) is None  # Saturday: closed, but no special reason
    assert not sched.is_open_day(date(2026, 11, 21))


def test_staff_closure_day():
    s = Schedule(WEEKLY, closures=[date(2026, 11, 17)])  # a Tuesday
    assert not s.is_open_day(date(2026, 11, 17))
    assert s.closed_reason(date(2026, 11, 17)) == "dzień wolny"
    assert s.status(datetime(2026, 11, 16, 16)) == Status(False, None, w(2026, 11, 18, 7))
    assert s.status(datetime(2026, 11, 17, 10)) == Status(False, None, w(2026, 11, 18, 7))


def test_holiday_name_wins_over_staff_closure():
    s = Schedule(WEEKLY, closures=[date(2026, 11, 11)])
    assert s.closed_reason(date(2026, 11, 11)) == "Narodowe Święto Niepodległości"


def test_closures_push_next_opening_beyond_a_week():
    # Staff close 28-31 Dec 2026 (bridging Christmas to New Year): from 23 Dec
    # evening the next opening is Monday 4 Jan 2027, 12 days away.
    s = Schedule(WEEKLY, closures=[date(2026, 12, d) for d in range(28, 32)])
    now = w(2026, 12, 23, 19)
    st_ = s.status(now)
    assert st_ == Status(False, None, w(2027, 1, 4, 8))
    assert when_phrase(st_.next_open, now) == "4 stycznia 2027"


def test_no_hours_at_all_is_closed_forever():
    s = Schedule({})
    assert s.status(datetime(2026, 11, 16, 10)) == Status(False, None, None)
    assert s.next_opening(datetime(2026, 11, 16, 10)) is None
    assert list(s.openings(date(2026, 1, 1), 366)) == []


def test_all_days_closed_by_staff_gives_none_within_horizon():
    start = date(2026, 11, 16)
    s = Schedule(WEEKLY, closures=[start + timedelta(days=i) for i in range(401)])
    assert s.next_opening(datetime(2026, 11, 16, 7)) is None


def test_openings_lists_intervals():
    s = Schedule(WEEKLY)
    got = list(s.openings(date(2026, 12, 21), 14))  # Mon 21 Dec 2026 .. Sun 3 Jan 2027
    assert got == [
        (w(2026, 12, 21, 8), w(2026, 12, 21, 16)),
        (w(2026, 12, 22, 7), w(2026, 12, 22, 15)),
        (w(2026, 12, 23, 7), w(2026, 12, 23, 15)),
        (w(2026, 12, 28, 8), w(2026, 12, 28, 16)),
        (w(2026, 12, 29, 7), w(2026, 12, 29, 15)),
        (w(2026, 12, 30, 7), w(2026, 12, 30, 15)),
        (w(2026, 12, 31, 7), w(2026, 12, 31, 15)),
    ]


def test_hours_must_be_ordered():
    with pytest.raises(ValueError):
        Hours(dt.time(15), dt.time(7))
    with pytest.raises(ValueError):
        Schedule({7: Hours(dt.time(7), dt.time(15))})


# --- clock ----------------------------------------------------------------

def test_now_in_warsaw_with_injected_clock():
    got = now_in_warsaw(lambda: datetime(2026, 6, 15, 6, 0, tzinfo=UTC))
    assert got == w(2026, 6, 15, 8) and got.tzinfo is WARSAW
    assert now_in_warsaw(lambda: datetime(2026, 6, 15, 8, 0)) == w(2026, 6, 15, 8)


def test_now_in_warsaw_real_clock():
    got = now_in_warsaw()
    assert got.tzinfo is WARSAW
    assert abs(got - datetime.now(UTC)) < timedelta(seconds=5)


# --- wording --------------------------------------------------------------

NOW = w(2026, 11, 16, 18)  # Monday evening
WHEN_CASES = [
    (w(2026, 11, 16, 20), NOW, "dziś"),
    (w(2026, 11, 17, 7), NOW, "jutro"),
    (w(2026, 11, 18, 7), NOW, "w środę"),
    (w(2026, 11, 19, 7), NOW, "w czwartek"),
    (w(2026, 11, 20, 7), NOW, "w piątek"),
    (w(2026, 11, 21, 7), NOW, "w sobotę"),
    (w(2026, 11, 22, 7), NOW, "w niedzielę"),
    (w(2026, 11, 23, 8), NOW, "23 listopada"),  # 7 days: a bare weekday would be ambiguous
    (w(2026, 11, 18, 7), w(2026, 11, 16, 18), "w środę"),
    (w(2026, 11, 24, 7), w(2026, 11, 19, 18), "we wtorek"),
    (w(2026, 11, 23, 8), w(2026, 11, 19, 18), "w poniedziałek"),
    (w(2026, 12, 28, 8), w(2026, 12, 23, 19), "w poniedziałek"),
    (w(2027, 1, 4, 8), w(2026, 12, 31, 23), "w poniedziałek"),
    (w(2027, 1, 1, 8), w(2026, 12, 31, 23), "jutro"),
    (w(2027, 1, 14, 8), w(2026, 12, 31, 23), "14 stycznia 2027"),
    (w(2026, 12, 28, 8), w(2026, 12, 1, 9), "28 grudnia"),
    (w(2027, 12, 28, 8), w(2026, 12, 1, 9), "28 grudnia 2027"),
    # Compared in Warsaw, not UTC: 23:30Z Monday is already Tuesday in Warsaw.
    (w(2026, 11, 17, 7), datetime(2026, 11, 16, 23, 30, tzinfo=UTC), "dziś"),
    (datetime(2026, 11, 17, 6, 0, tzinfo=UTC), w(2026, 11, 16, 23, 59), "jutro"),
]


@pytest.mark.parametrize("moment, now, expected", WHEN_CASES)
def test_when_phrase(moment, now, expected):
    assert when_phrase(moment, now) == expected


@pytest.mark.parametrize(
    "moment, expected",
    [
        (w(2026, 11, 16, 8), "8:00"),
        (w(2026, 11, 16, 15), "15:00"),
        (w(2026, 11, 16, 7, 30), "7:30"),
        (w(2026, 11, 16, 0, 5), "0:05"),
        (datetime(2026, 6, 15, 5, 0, tzinfo=UTC), "7:00"),  # CEST
        (datetime(2026, 11, 16, 6, 0, tzinfo=UTC), "7:00"),  # CET
    ],
)
def test_clock_text(moment, expected):
    assert clock_text(moment) == expected


# --- properties -----------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(now=moments)
def test_status_is_consistent(now):
    s = Schedule(WEEKLY)
    st_ = s.status(now)
    local = now.astimezone(WARSAW)
    if st_.is_open:
        assert st_.next_open is None and local < st_.until
        assert st_.until.date() == local.date()
    else:
        assert st_.until is None and st_.next_open > now
        assert s.status(st_.next_open).is_open
        # Nothing opens in between: the open days before next_open are over.
        for opens, closes in s.openings(local.date(), (st_.next_open.date() - local.date()).days):
            assert closes <= now


def test_christmas_eve_added_if_package_lacks_it(monkeypatch):
    # Simulate an older `holidays` release without the 2025 Christmas Eve law.
    import holidays

    import ivr.call.schedule as schedule

    real = holidays.country_holidays

    def without_eve(*args, **kwargs):
        h = real(*args, **kwargs)
        return {d: n for d, n in h.items() if (d.month, d.day) != (12, 24)}

    monkeypatch.setattr(holidays, "country_holidays", without_eve)
    schedule._holiday_names.cache_clear()
    try:
        s = Schedule(WEEKLY)
        assert s.closed_reason(date(2026, 12, 24)) == "Wigilia Bożego Narodzenia"
        assert s.closed_reason(date(2024, 12, 24)) is None
    finally:
        schedule._holiday_names.cache_clear()


# --- edges (issue 35) ---------------------------------------------------------


def test_christmas_eve_is_a_holiday_in_the_pinned_holidays_release_itself():
    # The rule changed in 2025: the installed `holidays` (pyproject's pin) must know both sides
    # of the change, so the line does not depend on the fallback below for the years it serves.
    import holidays

    eve_2025 = holidays.country_holidays("PL", years=2025, language="pl")
    assert eve_2025.get(date(2025, 12, 24)) == "Wigilia Bożego Narodzenia"
    assert date(2024, 12, 24) not in holidays.country_holidays("PL", years=2024, language="pl")
    s = Schedule(WEEKLY)
    # Wednesday 24 December 2025: the first Christmas Eve off; the office opens on Monday 29th.
    assert not s.is_open_day(date(2025, 12, 24))
    assert s.status(datetime(2025, 12, 23, 16)) == Status(False, None, w(2025, 12, 29, 8))


def test_the_christmas_eve_fallback_starts_exactly_in_2025(monkeypatch):
    import holidays

    import ivr.call.schedule as schedule

    real = holidays.country_holidays
    monkeypatch.setattr(holidays, "country_holidays", lambda *a, **k: {
        d: n for d, n in real(*a, **k).items() if (d.month, d.day) != (12, 24)})
    schedule._holiday_names.cache_clear()
    try:
        s = Schedule(WEEKLY)
        assert s.closed_reason(date(2025, 12, 24)) == "Wigilia Bożego Narodzenia"  # the first year
        assert s.closed_reason(date(2024, 12, 24)) is None and s.is_open_day(date(2024, 12, 24))
    finally:
        schedule._holiday_names.cache_clear()


def test_next_opening_at_the_very_opening_moment_is_the_next_day():
    # "Strictly after": at 8:00 sharp on Monday the office has just opened; the next opening is Tuesday 7:00.
    s = Schedule(WEEKLY)
    assert s.next_opening(w(2026, 11, 16, 8)) == w(2026, 11, 17, 7)
    assert s.next_opening(w(2026, 11, 16, 7, 59)) == w(2026, 11, 16, 8)


def test_a_bad_weekday_key_is_named_in_the_error():
    with pytest.raises(ValueError, match=r"0 \(Monday\) \.\. 6 \(Sunday\), got \[7\]"):
        Schedule({7: Hours(dt.time(7), dt.time(15))})


def test_hours_name_both_times_when_out_of_order():
    with pytest.raises(ValueError, match="opening 15:00:00 must be before closing 07:00:00"):
        Hours(dt.time(15), dt.time(7))
    with pytest.raises(ValueError):
        Hours(dt.time(8), dt.time(8))  # an empty interval is no opening either


class _NoOffset(dt.tzinfo):
    """A tzinfo that does not know its offset: Python treats such a datetime as naive."""

    def utcoffset(self, moment):
        return None

    def dst(self, moment):
        return None


def test_a_moment_whose_zone_has_no_offset_is_warsaw_wall_time():
    moment = datetime(2026, 11, 16, 10, 0, tzinfo=_NoOffset())
    assert Schedule(WEEKLY).status(moment) == Status(True, w(2026, 11, 16, 16), None)
    assert clock_text(moment) == "10:00"


# --- answers remembered per day (issue 32) -----------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.datetimes(min_value=datetime(2026, 12, 1), max_value=datetime(2027, 1, 15)), min_size=1, max_size=12))
def test_a_schedule_asked_again_answers_as_a_new_one(moments):
    # One schedule serves every call: what it remembers of a day (its hours, the next opening
    # after it) must never change an answer, whatever the order of the moments asked about.
    closures = [date(2026, 12, d) for d in (28, 29, 30, 31)] + [date(2027, 1, 7)]
    reused = Schedule(WEEKLY, closures=closures)
    for moment in moments + moments[::-1]:
        fresh = Schedule(WEEKLY, closures=closures)
        assert reused.status(moment) == fresh.status(moment)
        assert reused.next_opening(moment) == fresh.next_opening(moment)
        assert reused.hours_on(moment.date()) == fresh.hours_on(moment.date())


def test_before_and_after_the_day_s_hours_the_remembered_next_opening_is_not_today():
    s = Schedule(WEEKLY)
    assert s.status(w(2026, 12, 7, 19)) == Status(False, None, w(2026, 12, 8, 7))  # Monday evening: Tuesday 7:00
    assert s.status(w(2026, 12, 7, 6)) == Status(False, None, w(2026, 12, 7, 8))  # the same Monday at 6: today 8:00
    assert s.status(w(2026, 12, 7, 19)) == Status(False, None, w(2026, 12, 8, 7))


def test_the_memory_of_days_stays_bounded():
    from ivr.call.schedule import REMEMBERED_DAYS

    s = Schedule(WEEKLY)
    for offset in range(3 * REMEMBERED_DAYS):
        s.status(datetime(2026, 1, 1, 20) + timedelta(days=offset))
    assert 0 < len(s._day_hours) <= REMEMBERED_DAYS and 0 < len(s._opening_after) <= REMEMBERED_DAYS
