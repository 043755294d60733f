"""Written Polish sentences built from data (opening hours, live status).

They are written forms ("od 8:00 do 16:00"): SMS sends them as they are, and
the spoken-form normalizer turns them into words for the voice.
"""
from __future__ import annotations

from datetime import datetime, time
from typing import Mapping

from ivr.common.polish import MONTH_GENITIVE, WEEKDAY_GENITIVE, WEEKDAY_ON
from ivr.call.schedule import Hours, Schedule, Status, clock_text, to_warsaw, when_phrase

# When the office will call back (callback_saved's {kiedy}), besides the status's own days.
CALLBACK_TODAY, CALLBACK_NEXT_WORKING_DAY = "dziś albo w najbliższy dzień pracy", "w najbliższy dzień pracy"


def time_text(t: time) -> str:
    """Written time of day: '8:00', '7:30'."""
    return f"{t.hour}:{t.minute:02d}"


def day_runs(weekly: Mapping[int, Hours]) -> list[tuple[int, int, Hours]]:
    """Group consecutive weekdays with the same hours: [(first, last, hours)]."""
    runs: list[tuple[int, int, Hours]] = []
    for day in range(7):
        hours = weekly.get(day)
        if hours is None:
            continue
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == hours:
            runs[-1] = (runs[-1][0], day, hours)
        else:
            runs.append((day, day, hours))
    return runs


def hours_sentences(weekly: Mapping[int, Hours]) -> list[str]:
    """'W poniedziałek od 8:00 do 16:00.', 'Od wtorku do piątku od 7:00 do 15:00.'"""
    sentences = []
    for first, last, hours in day_runs(weekly):
        if first == last:
            days = WEEKDAY_ON[first]
        elif last == first + 1:
            days = f"{WEEKDAY_ON[first]} i {WEEKDAY_ON[last].split(' ', 1)[1]}"
        else:
            days = f"od {WEEKDAY_GENITIVE[first]} do {WEEKDAY_GENITIVE[last]}"
        sentence = f"{days} od {time_text(hours.opens)} do {time_text(hours.closes)}."
        sentences.append(sentence[0].upper() + sentence[1:])
    return sentences


def closed_today_values(schedule: Schedule, weekly: Mapping[int, Hours], now: datetime) -> dict[str, str] | None:
    """On a holiday or a staff closure day, during the usual hours of that weekday: the values of
    status_closed_today ({kiedy} with the date when the next opening is more than a day away:
    "w poniedziałek, 14 grudnia"); else None."""
    local = to_warsaw(now)
    usual = weekly.get(local.weekday())
    if usual is None or not usual.opens <= local.time() < usual.closes or schedule.hours_on(local.date()) is not None:
        return None
    opens = schedule.next_opening(now)
    if opens is None:
        return None
    opens = to_warsaw(opens)
    when = when_phrase(opens, now)
    if (opens.date() - local.date()).days >= 2:
        when = f"{WEEKDAY_ON[opens.weekday()]}, {opens.day} {MONTH_GENITIVE[opens.month]},"
    return {"kiedy": when, "godzina": clock_text(opens)}


def status_values(status: Status, now: datetime, when=None) -> dict[str, str]:
    """The placeholders of the status sentences: {godzina} and {kiedy}; `when` words the next
    opening day in another language (default: Polish, when_phrase)."""
    if status.is_open:
        return {"godzina": clock_text(status.until)}
    if status.next_open is None:
        return {}
    return {"godzina": clock_text(status.next_open), "kiedy": (when or when_phrase)(status.next_open, now)}


def day_sentence(label: str, hours: Hours | None) -> tuple[str, dict[str, str]]:
    """The prompt and values of the answer for one day ("W czwartek", "Jutro"): open from/to, or closed."""
    if hours is None:
        return "hours_day_closed", {"dzien": label}
    return "hours_day", {"dzien": label, "od": time_text(hours.opens), "do": time_text(hours.closes)}


def status_prompt_id(status: Status) -> str:
    if status.is_open:
        return "status_open"
    return "status_closed" if status.next_open is not None else "status_closed_unknown"


# The usual written abbreviations of the weekdays, Monday first.
WEEKDAY_SHORT = ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.")

def hours_line(weekly: Mapping[int, Hours]) -> str:
    """Weekly hours in one short line for the end of an SMS: 'pon. 8–16, wt.–pt. 7–15'."""
    def hour(moment) -> str:
        return f"{moment.hour}" if moment.minute == 0 else f"{moment.hour}:{moment.minute:02d}"

    parts = []
    for first, last, hours in day_runs(weekly):
        days = WEEKDAY_SHORT[first] if first == last else f"{WEEKDAY_SHORT[first]}–{WEEKDAY_SHORT[last]}"
        parts.append(f"{days} {hour(hours.opens)}–{hour(hours.closes)}")
    return ", ".join(parts)


def short_hours(weekly: Mapping[int, Hours]) -> str:
    """Weekly hours as short written lines, as on an office door: 'Pon. 8:00–16:00', 'Wt.–pt. 7:00–15:00'."""
    lines = []
    for first, last, hours in day_runs(weekly):
        days = WEEKDAY_SHORT[first] if first == last else f"{WEEKDAY_SHORT[first]}–{WEEKDAY_SHORT[last]}"
        line = f"{days} {time_text(hours.opens)}–{time_text(hours.closes)}"
        lines.append(line[0].upper() + line[1:])
    return "\n".join(lines)
