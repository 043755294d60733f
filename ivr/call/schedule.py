"""Live opening status of the office, in Warsaw time.

Weekly hours come from content as data; closed on Polish public holidays
(from the `holidays` package) and on extra closure days staff list.

All reasoning is done on Warsaw wall-clock dates and times; moments are built
with datetime.combine(..., tzinfo=WARSAW) so zoneinfo picks the UTC offset
(opening hours never fall in the 2-3 am DST gap or fold).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from ivr.common.polish import MONTH_GENITIVE, WEEKDAY_ON

WARSAW = ZoneInfo("Europe/Warsaw")

# How far ahead next_opening() looks before giving up (e.g. no hours at all).
HORIZON_DAYS = 400

STAFF_CLOSURE_REASON = "dzień wolny"

# Christmas Eve is a statutory day off in Poland from 2025.
CHRISTMAS_EVE_FROM = 2025
CHRISTMAS_EVE_NAME = "Wigilia Bożego Narodzenia"


@dataclass(frozen=True)
class Hours:
    """One opening interval on a weekday, Warsaw wall-clock times."""

    opens: dt.time
    closes: dt.time

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError(f"opening {self.opens} must be before closing {self.closes}")


@dataclass(frozen=True)
class Status:
    is_open: bool
    until: dt.datetime | None  # when open: today's closing moment
    next_open: dt.datetime | None  # when closed: next opening moment, None beyond the horizon


@lru_cache(maxsize=None)
def _holiday_names(year: int) -> Mapping[dt.date, str]:
    """Polish public holidays of one year as a plain dict (fast lookups per request)."""
    names = dict(holidays.country_holidays("PL", years=year, language="pl"))
    # Older releases of `holidays` predate the 2025 Christmas Eve law.
    if year >= CHRISTMAS_EVE_FROM:
        names.setdefault(dt.date(year, 12, 24), CHRISTMAS_EVE_NAME)
    return names


def holiday_name(day: dt.date) -> str | None:
    return _holiday_names(day.year).get(day)


def to_warsaw(moment: dt.datetime) -> dt.datetime:
    """Aware -> Warsaw; naive means Warsaw wall time.

    Naive times are normalised through UTC so a time in the spring-forward gap
    (02:30 that never happened) becomes a real moment (03:30).
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=WARSAW).astimezone(dt.timezone.utc)
    return moment.astimezone(WARSAW)


def _at(day: dt.date, t: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, t, tzinfo=WARSAW)


class Schedule:
    def __init__(self, weekly: Mapping[int, Hours], closures: Iterable[dt.date] = ()):
        bad = [k for k in weekly if k not in range(7)]
        if bad:
            raise ValueError(f"weekday keys must be 0 (Monday) .. 6 (Sunday), got {bad}")
        self._weekly: dict[int, Hours] = dict(weekly)
        self._closures: frozenset[dt.date] = frozenset(closures)
        # Answers that depend only on the day, remembered: every call asks them several times a
        # request, and a schedule never changes (new content makes a new Schedule).
        self._day_hours: dict[dt.date, Hours | None] = {}
        self._opening_after: dict[dt.date, dt.datetime | None] = {}

    @property
    def key(self) -> tuple:
        """What the schedule is made of, hashable: two schedules of one key answer alike."""
        return tuple(sorted(self._weekly.items())), self._closures

    def hours_on(self, day: dt.date) -> Hours | None:
        """The day's hours, or None when closed for any reason."""
        try:
            return self._day_hours[day]
        except KeyError:
            pass
        hours = self._weekly.get(day.weekday())
        if hours is None or day in self._closures or holiday_name(day) is not None:
            hours = None
        return _remember(self._day_hours, day, hours)

    def is_open_day(self, day: dt.date) -> bool:
        return self.hours_on(day) is not None

    def closed_reason(self, day: dt.date) -> str | None:
        """Holiday name (Polish) or staff closure; None for ordinary days incl. weekends."""
        name = holiday_name(day)
        if name is not None:
            return name
        if day in self._closures:
            return STAFF_CLOSURE_REASON
        return None

    def status(self, now: dt.datetime) -> Status:
        local = to_warsaw(now)
        hours = self.hours_on(local.date())
        if hours is not None and hours.opens <= local.time() < hours.closes:
            return Status(True, _at(local.date(), hours.closes), None)
        return Status(False, None, self._next_opening_local(local))

    def next_opening(self, now: dt.datetime) -> dt.datetime | None:
        """First opening moment strictly after `now`."""
        return self._next_opening_local(to_warsaw(now))

    def _next_opening_local(self, local: dt.datetime) -> dt.datetime | None:
        if not self._weekly:  # nothing to find; skip the 400-day scan
            return None
        today = local.date()
        hours = self.hours_on(today)
        if hours is not None and local.time() < hours.opens:
            return _at(today, hours.opens)
        try:
            return self._opening_after[today]
        except KeyError:
            pass
        for day in _days(today + dt.timedelta(days=1), HORIZON_DAYS):
            hours = self.hours_on(day)
            if hours is not None:
                return _remember(self._opening_after, today, _at(day, hours.opens))
        return _remember(self._opening_after, today, None)

    def openings(self, start: dt.date, days: int) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        """(opens, closes) moments of every open day in [start, start + days)."""
        for day in _days(start, days):
            hours = self.hours_on(day)
            if hours is not None:
                yield _at(day, hours.opens), _at(day, hours.closes)


REMEMBERED_DAYS = 1024  # per kind of answer; beyond it the memory starts again (days asked about are few)


def _remember(memory: dict, day: dt.date, value):
    if len(memory) >= REMEMBERED_DAYS:
        memory.clear()
    memory[day] = value
    return value


def _days(start: dt.date, count: int) -> Iterator[dt.date]:
    day = start
    for _ in range(count):
        yield day
        if day == dt.date.max:
            return
        day += dt.timedelta(days=1)


def now_in_warsaw(clock: Callable[[], dt.datetime] | None = None) -> dt.datetime:
    """Current Warsaw time; `clock` lets tests inject a fixed moment."""
    if clock is None:
        return dt.datetime.now(WARSAW)
    return to_warsaw(clock())


def when_phrase(moment: dt.datetime, now: dt.datetime) -> str:
    """Written Polish day of `moment` relative to `now`: dziś, jutro, w środę, 28 grudnia [2027]."""
    moment, now = to_warsaw(moment), to_warsaw(now)
    delta = (moment.date() - now.date()).days
    if delta == 0:
        return "dziś"
    if delta == 1:
        return "jutro"
    # A bare weekday is unambiguous only within the coming week.
    if 2 <= delta <= 6:
        return WEEKDAY_ON[moment.weekday()]
    text = f"{moment.day} {MONTH_GENITIVE[moment.month]}"
    if moment.year != now.year:
        text += f" {moment.year}"
    return text


def clock_text(moment: dt.datetime) -> str:
    """Written Warsaw time, e.g. "8:00", "15:00", "7:30"."""
    local = to_warsaw(moment)
    return f"{local.hour}:{local.minute:02d}"
