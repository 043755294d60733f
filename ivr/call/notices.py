"""Notices staff add for a span of days, and the closures the line announces by itself.

Pure: (notices, schedule, moment) -> what a caller hears after the live status and what
the hours SMS adds. A notice is heard from its first to its last day inclusive (Warsaw
dates). A working day (Monday to Friday, one the office normally opens) in the coming
week on which the office is closed, for a public holiday or a staff closure day, is
announced too, grouped into runs of consecutive days, unless the status sentence already
says it: when the office is closed now, the days before it opens again are covered by
"zapraszamy w poniedziałek".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Iterable, Sequence

from ivr.call.phrases import WEEKDAY_SHORT
from ivr.call.schedule import Schedule, to_warsaw
from ivr.common.polish import MONTH_GENITIVE, WEEKDAY_GENITIVE, WEEKDAY_NOMINATIVE, WEEKDAY_ON

# How far ahead closures are announced, in days after today.
CLOSURE_HORIZON_DAYS = 7
WORKING_DAYS = range(5)  # Monday to Friday
WORKING_DAYS_SET = frozenset(WORKING_DAYS)


@dataclass(frozen=True)
class Notice:
    text: str  # written form, as staff wrote it (also what the SMS carries)
    first: date  # first day it is heard
    last: date  # last day it is heard, inclusive
    spoken: str | None = None  # staff's hand-written spoken form, if any

    def active_on(self, day: date) -> bool:
        return self.first <= day <= self.last

    def expired_on(self, day: date) -> bool:
        return self.last < day


@dataclass(frozen=True)
class ClosureRun:
    """Consecutive closed working days."""

    first: date
    last: date


def pair_dates(polish: Sequence, other: Sequence) -> list[int | None]:
    """For each Polish notice's dates, the index of its translation in `other`, or None.

    A translation is the notice of the other file with the same first and last day; two Polish
    notices of the same days pair with the translations of those days in the files' order."""
    taken: set[int] = set()
    found: list[int | None] = []
    for dates in polish:
        match = next((i for i, theirs in enumerate(other) if theirs == dates and i not in taken), None)
        if match is not None:
            taken.add(match)
        found.append(match)
    return found


def _dates(notice: Notice) -> tuple[date, date]:
    return notice.first, notice.last


def translations_of(polish: Sequence[Notice], other: Sequence[Notice]) -> list[Notice | None]:
    """Each Polish notice's translation among `other` (pair_dates), or None."""
    pairs = pair_dates([_dates(n) for n in polish], [_dates(n) for n in other])
    return [other[i] if i is not None else None for i in pairs]


def untranslated_on(polish: Sequence[Notice], other: Sequence[Notice], day: date) -> tuple[Notice, ...]:
    """The Polish notices heard on `day` that have no translation: their callers hear only that
    there is news in Polish."""
    return tuple(n for n, t in zip(polish, translations_of(polish, other)) if t is None and n.active_on(day))


def active_notices(notices: Iterable[Notice], day: date) -> tuple[Notice, ...]:
    """The notices heard on `day`, in the order staff listed them."""
    return tuple(notice for notice in notices if notice.active_on(day))


def current_or_later(notices: Iterable[Notice], day: date) -> tuple[Notice, ...]:
    """The notices still to be heard from `day` on (what the audio build records)."""
    return tuple(notice for notice in notices if not notice.expired_on(day))


def coming_closures(schedule: Schedule, weekly_days: Iterable[int], now: datetime) -> tuple[ClosureRun, ...]:
    """Runs of closed working days in the coming week that the status sentence does not
    already cover. `weekly_days` are the weekdays the office normally opens."""
    local = to_warsaw(now)
    today = local.date()
    normally_open = frozenset(weekly_days) & WORKING_DAYS_SET
    status = schedule.status(local)
    if status.is_open:
        covered_until = today
    elif status.next_open is None:
        return ()  # nothing known to open: the status says so, nothing to add
    else:
        covered_until = status.next_open.date()
    return _closed_runs(schedule, normally_open, today, covered_until)


@lru_cache(maxsize=256)  # a schedule never changes: the same day's runs for every call of that day
def _closed_runs(schedule: Schedule, normally_open: frozenset[int], today: date,
                 covered_until: date) -> tuple[ClosureRun, ...]:
    runs: list[ClosureRun] = []
    for offset in range(1, CLOSURE_HORIZON_DAYS + 1):
        day = today + timedelta(days=offset)
        if day <= covered_until or day.weekday() not in normally_open or schedule.is_open_day(day):
            continue
        if runs and runs[-1].last == day - timedelta(days=1):
            runs[-1] = ClosureRun(runs[-1].first, day)
        else:
            runs.append(ClosureRun(day, day))
    return tuple(runs)


def _day_words(day: date) -> str:
    """'31 grudnia' (written; the normalizer reads it as a date)."""
    return f"{day.day} {MONTH_GENITIVE[day.month]}"


def closure_days_text(runs: Sequence[ClosureRun]) -> str:
    """Written days for the spoken closure sentence: 'w czwartek, 31 grudnia,' or
    'od środy, 24 grudnia, do piątku, 26 grudnia,'; runs joined with 'oraz'."""
    parts = []
    for run in runs:
        if run.first == run.last:
            parts.append(f"{WEEKDAY_ON[run.first.weekday()]}, {_day_words(run.first)},")
        else:
            parts.append(
                f"od {WEEKDAY_GENITIVE[run.first.weekday()]}, {_day_words(run.first)}, "
                f"do {WEEKDAY_GENITIVE[run.last.weekday()]}, {_day_words(run.last)},"
            )
    return " oraz ".join(parts)


def _short_date(day: date) -> str:
    return f"{day.day}.{day.month:02d}"


def closure_days_short(runs: Sequence[ClosureRun]) -> str:
    """Written days for SMS: 'śr. 24.12', 'śr.–pt. 24–26.12', 'czw.–pt. 31.12–1.01'."""
    parts = []
    for run in runs:
        first, last = run.first, run.last
        if first == last:
            parts.append(f"{WEEKDAY_SHORT[first.weekday()]} {_short_date(first)}")
            continue
        days = f"{WEEKDAY_SHORT[first.weekday()]}–{WEEKDAY_SHORT[last.weekday()]}"
        if first.month == last.month:
            dates = f"{first.day}–{_short_date(last)}"
        else:
            dates = f"{_short_date(first)}–{_short_date(last)}"
        parts.append(f"{days} {dates}")
    return ", ".join(parts)


def closure_days_full(runs: Sequence[ClosureRun]) -> str:
    """Written days for SMS, in full (issue 27): 'czwartek 24 i piątek 25 grudnia',
    'od środy 23 do piątku 25 grudnia', 'czwartek 31 grudnia i piątek 1 stycznia'; the month
    once after the last day that has it."""
    days: list[tuple[str, date]] = []  # (words without the month, the day)
    for run in runs:
        if run.first == run.last or run.last - run.first == timedelta(days=1):
            days += [(f"{WEEKDAY_NOMINATIVE[d.weekday()]} {d.day}", d) for d in (run.first, run.last)][:1 + (run.first != run.last)]
        else:
            days.append((f"od {WEEKDAY_GENITIVE[run.first.weekday()]} {run.first.day}"
                         + ("" if run.first.month == run.last.month else f" {MONTH_GENITIVE[run.first.month]}")
                         + f" do {WEEKDAY_GENITIVE[run.last.weekday()]} {run.last.day}", run.last))
    words = []
    for index, (text, day) in enumerate(days):
        following = days[index + 1][1] if index + 1 < len(days) else None
        words.append(text if following is not None and following.month == day.month and following.year == day.year
                     else f"{text} {MONTH_GENITIVE[day.month]}")
    return ", ".join(words[:-1]) + " i " + words[-1] if len(words) > 1 else "".join(words)


def news_message(closed_template: str, runs: Sequence[ClosureRun], notices: Sequence[Notice],
                 days_text=None) -> str | None:
    """The SMS that follows the GODZINY reply and the info SMS when there is news: the
    closure line ('Nieczynne: czwartek 24 i piątek 25 grudnia.') and the notices, one a line; None without news.
    `days_text`: the closure days in another language (default closure_days_full, Polish)."""
    lines = [closed_template.format(dni=(days_text or closure_days_full)(runs))] if runs else []
    lines += [notice.text for notice in notices]
    return "\n".join(lines) or None
