"""Written Ukrainian sentences built from data (opening hours, live status, closures): the
counterpart of ivr.call.phrases and ivr.call.notices' day texts for the Ukrainian line.

Written forms ("з 8:00 до 16:00"): SMS sends them as they are, and the Ukrainian spoken form
(ivr.spoken.ukrainian) turns them into words for the voice. The facts themselves (hours,
closures) come from the same Schedule and [hours] as the Polish line.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Mapping, Sequence

from ivr.call.notices import ClosureRun
from ivr.call import phrases
from ivr.call.phrases import day_runs, time_text
from ivr.call.schedule import Hours, Schedule, Status, to_warsaw
from ivr.common.ukrainian import MONTH_GENITIVE, WEEKDAY_ACCUSATIVE, WEEKDAY_GENITIVE, WEEKDAY_NOMINATIVE, WEEKDAY_ON

TODAY, TOMORROW = "сьогодні", "завтра"
# When the office will call back (callback_saved's {kiedy}), besides the status's own days.
CALLBACK_TODAY, CALLBACK_NEXT_WORKING_DAY = "сьогодні або в найближчий робочий день", "в найближчий робочий день"
# The usual short weekdays (as on a Ukrainian timetable), Monday first.
WEEKDAY_SHORT = ("пн", "вт", "ср", "чт", "пт", "сб", "нд")
# The longest day a call-back SMS can name (the Polish SMS_LONGEST_CALLBACK_DAY's counterpart).
LONGEST_CALLBACK_DAY = "завтра, у понеділок 30 листопада"


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _days(first: int, last: int) -> str:
    if first == last:
        return WEEKDAY_ON[first]
    if last == first + 1:
        return f"{WEEKDAY_ON[first]} і {WEEKDAY_ACCUSATIVE[last]}"
    return f"з {WEEKDAY_GENITIVE[first]} по {WEEKDAY_ACCUSATIVE[last]}"


def hours_sentences(weekly: Mapping[int, Hours]) -> list[str]:
    """'У понеділок з 8:00 до 16:00.', 'З вівторка по п'ятницю з 7:00 до 15:00.'"""
    return [_capital(f"{_days(first, last)} з {time_text(h.opens)} до {time_text(h.closes)}.")
            for first, last, h in day_runs(weekly)]


def _short_days(first: int, last: int) -> str:
    return WEEKDAY_SHORT[first] if first == last else f"{WEEKDAY_SHORT[first]}–{WEEKDAY_SHORT[last]}"


def short_hours(weekly: Mapping[int, Hours]) -> str:
    """Weekly hours as short written lines: 'Пн 8:00–16:00', 'Вт–пт 7:00–15:00'."""
    return "\n".join(_capital(f"{_short_days(first, last)} {time_text(h.opens)}–{time_text(h.closes)}")
                     for first, last, h in day_runs(weekly))


def hours_line(weekly: Mapping[int, Hours]) -> str:
    """Weekly hours in one short line for the end of an SMS: 'пн 8–16, вт–пт 7–15'."""
    def hour(moment) -> str:
        return f"{moment.hour}" if moment.minute == 0 else f"{moment.hour}:{moment.minute:02d}"

    return ", ".join(f"{_short_days(first, last)} {hour(h.opens)}–{hour(h.closes)}" for first, last, h in day_runs(weekly))


def _date(day: date, with_year: bool = False) -> str:
    text = f"{day.day} {MONTH_GENITIVE[day.month]}"
    return f"{text} {day.year} року" if with_year else text


def when_phrase(moment: datetime, now: datetime) -> str:
    """Written Ukrainian day of `moment` relative to `now`: сьогодні, завтра, у середу, 28 грудня [2027 року]."""
    moment, now = to_warsaw(moment), to_warsaw(now)
    delta = (moment.date() - now.date()).days
    if delta == 0:
        return TODAY
    if delta == 1:
        return TOMORROW
    if 2 <= delta <= 6:
        return WEEKDAY_ON[moment.weekday()]
    return _date(moment.date(), moment.year != now.year)


def status_values(status: Status, now: datetime) -> dict[str, str]:
    """The placeholders of the Ukrainian status sentences: the Polish ones, the day in Ukrainian."""
    return phrases.status_values(status, now, when=when_phrase)


def closed_today_values(schedule: Schedule, weekly: Mapping[int, Hours], now: datetime) -> dict[str, str] | None:
    """As ivr.call.phrases.closed_today_values, in Ukrainian: "у понеділок, 14 грудня,"."""
    from ivr.call.phrases import closed_today_values as polish

    values = polish(schedule, weekly, now)
    if values is None:
        return None
    opens = to_warsaw(schedule.next_opening(now))
    when = when_phrase(opens, now)
    if (opens.date() - to_warsaw(now).date()).days >= 2:
        when = f"{WEEKDAY_ON[opens.weekday()]}, {_date(opens.date())},"
    return {"kiedy": when, "godzina": values["godzina"]}


def day_label(day: int) -> str:
    """The subject of the answer for one day: 'У четвер'."""
    return _capital(WEEKDAY_ON[day])


TOMORROW_LABEL = _capital(TOMORROW)


def closure_days_text(runs: Sequence[ClosureRun]) -> str:
    """Written days for the spoken closure sentence: 'у четвер, 31 грудня,' or
    'з середи, 24 грудня, по п'ятницю, 26 грудня,'; runs joined with 'а також'."""
    parts = []
    for run in runs:
        if run.first == run.last:
            parts.append(f"{WEEKDAY_ON[run.first.weekday()]}, {_date(run.first)},")
        else:
            parts.append(f"з {WEEKDAY_GENITIVE[run.first.weekday()]}, {_date(run.first)}, "
                         f"по {WEEKDAY_ACCUSATIVE[run.last.weekday()]}, {_date(run.last)},")
    return " а також ".join(parts)


def closure_days_full(runs: Sequence[ClosureRun]) -> str:
    """Written days for SMS, in full: 'четвер 24 і п'ятниця 25 грудня', 'з середи 23 по п'ятницю 25 грудня';
    the month once after the last day that has it."""
    days: list[tuple[str, date]] = []
    for run in runs:
        if run.first == run.last or run.last - run.first == timedelta(days=1):
            for d in dict.fromkeys((run.first, run.last)):
                days.append((f"{WEEKDAY_NOMINATIVE[d.weekday()]} {d.day}", d))
        else:
            days.append((f"з {WEEKDAY_GENITIVE[run.first.weekday()]} {run.first.day}"
                         + ("" if run.first.month == run.last.month else f" {MONTH_GENITIVE[run.first.month]}")
                         + f" по {WEEKDAY_ACCUSATIVE[run.last.weekday()]} {run.last.day}", run.last))
    words = []
    for index, (text, day) in enumerate(days):
        following = days[index + 1][1] if index + 1 < len(days) else None
        same = following is not None and following.month == day.month and following.year == day.year
        words.append(text if same else f"{text} {MONTH_GENITIVE[day.month]}")
    return ", ".join(words[:-1]) + " і " + words[-1] if len(words) > 1 else "".join(words)
