"""What an office clerk types into the hours form, read the way they mean it.

Opening hours: "7.00", "7:00 - 15:00", "8-16", "7–15" all become the content file's
"7:00-15:00". Dates: "31.12.2026", "31.12" (the next 31 December), "2026-12-31".
Pure functions; the content loader still validates what comes out.
"""
from __future__ import annotations

import re
from datetime import date

__all__ = ["DateProblem", "interval", "closure_date"]

_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?"
# Any dash (hyphen, en dash, em dash, minus) between two times, spaces allowed; "od 8 do 16" too.
_INTERVAL = re.compile(rf"^\s*(?:od\s+)?{_CLOCK}\s*(?:[-\u2010-\u2015\u2212]|do)\s*{_CLOCK}\s*$", re.IGNORECASE)
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DOTTED = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?\s*\.?\s*$")


def interval(text: str) -> str:
    """"7.00-15.00" -> "7:00-15:00"; text that is no interval comes back as it was (the loader explains)."""
    found = _INTERVAL.match(text or "")
    if not found:
        return text
    opens_h, opens_m, closes_h, closes_m = found.groups()
    return f"{int(opens_h)}:{opens_m or '00'}-{int(closes_h)}:{closes_m or '00'}"


class DateProblem(ValueError):
    """A closure date that cannot be saved; `impossible` when it is well written but no such day exists."""

    def __init__(self, text: str, impossible: bool):
        super().__init__(text)
        self.text = text
        self.impossible = impossible


def closure_date(text: str, today: date) -> date:
    """The day a clerk means: "31.12.2026", "2026-12-31", or "31.12" (the next such day from today)."""
    iso = _ISO.match(text)
    dotted = _DOTTED.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif dotted:
        day, month = int(dotted[1]), int(dotted[2])
        year = int(dotted[3]) if dotted[3] else None
    else:
        raise DateProblem(text.strip(), impossible=False)
    if year is None:
        return _next(day, month, today, text)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(text.strip(), impossible=True) from None


def _next(day: int, month: int, today: date, text: str) -> date:
    """This year's day, or next year's when it has passed; 29.02 waits for a leap year."""
    for year in range(today.year, today.year + 9):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    raise DateProblem(text.strip(), impossible=True)
