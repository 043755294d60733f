"""What an office clerk types into the hours form, read the way they mean it.

Opening hours: "7.00", "7:00 - 15:00", "8-16", "7–15" all become the content file's
"7:00-15:00". Dates: "31.12.2026", "31.12" (the next 31 December), "2026-12-31",
"31 grudnia", "31 XII" (read by ivr.spoken.dates, the one date parser).
Pure functions; the content loader still validates what comes out.
"""
from __future__ import annotations

import re
from datetime import date

from ivr.spoken.dates import DateProblem, parse_date

__all__ = ["DateProblem", "interval", "closure_date"]

_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?"
# Any dash (hyphen, en dash, em dash, minus) between two times, spaces allowed; "od 8 do 16" too.
_INTERVAL = re.compile(rf"^\s*(?:od\s+)?{_CLOCK}\s*(?:[-\u2010-\u2015\u2212]|do)\s*{_CLOCK}\s*$", re.IGNORECASE)


def interval(text: str) -> str:
    """"7.00-15.00" -> "7:00-15:00"; text that is no interval comes back as it was (the loader explains)."""
    found = _INTERVAL.match(text or "")
    if not found:
        return text
    opens_h, opens_m, closes_h, closes_m = found.groups()
    return f"{int(opens_h)}:{opens_m or '00'}-{int(closes_h)}:{closes_m or '00'}"


def closure_date(text: str, today: date) -> date:
    """The day a clerk means: "31.12.2026", "2026-12-31", "31 grudnia", "31 XII", or "31.12"
    (the next such day from today). One parser for every typed date: ivr.spoken.dates."""
    return parse_date(text, today)
