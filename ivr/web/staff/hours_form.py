"""The hours form, read as clerks type it: one field per weekday and one per closure day.

Times like "7.00-15.00", "8-16" or "7–15" are saved as "7:00-15:00"; dates like
"31 grudnia", "31 XII", "31.12.2026", "31.12" (the next such day) or "2026-12-31" are saved
as "2026-12-31" (ivr.spoken.dates reads them all).
Every bad closure date is reported next to its own field, all at once.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Mapping

from ivr.call.content import WEEKDAY_KEYS
from ivr.staff.clerk_input import DateProblem, closure_date, interval

DAY_KEYS = [f"hours.{day}" for day in WEEKDAY_KEYS]
CLOSURES = "hours.closures"  # the content key: a list of ISO dates
CLOSURE_PREFIX = CLOSURES + "."  # one form field per day: hours.closures.1, hours.closures.2 ...
EMPTY_CLOSURE_FIELDS = 3  # room for new days each time the form is shown
FORMATS = "np. 31 grudnia, 31 XII, 31.12, 31.12.2026 albo 2026-12-31"


def closure_keys(form: Mapping[str, str]) -> list[str]:
    """The closure fields of a submitted form, in their order on the page."""
    keys = [k for k in form if k.startswith(CLOSURE_PREFIX) and k[len(CLOSURE_PREFIX):].isdigit()]
    return sorted(keys, key=lambda k: int(k[len(CLOSURE_PREFIX):]))


def read(form: Mapping[str, str], today: date) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(content fields for the editor, errors by form field in Polish, values to show again)."""
    shown = {key: interval(form.get(key, "").strip()) for key in DAY_KEYS}
    entries = [(key, form.get(key, "")) for key in closure_keys(form)]
    # The old single textarea (one date a line) still works.
    entries += [(CLOSURES, line) for line in form.get(CLOSURES, "").splitlines()]
    days: list[str] = []
    errors: dict[str, str] = {}
    for key, value in entries:
        shown[key] = value.strip() if key != CLOSURES else shown.get(key, "") + value.strip() + "\n"
        if not value.strip():
            continue
        try:
            days.append(closure_date(value, today).isoformat())
        except DateProblem as problem:
            errors.setdefault(key, date_message(problem))
    content = {key: shown[key] for key in DAY_KEYS}
    content[CLOSURES] = "\n".join(sorted(set(days)))
    return content, errors, shown


def date_message(problem: DateProblem) -> str:
    if problem.impossible:
        return f"„{problem.text}” – taki dzień nie istnieje. Proszę sprawdzić dzień i miesiąc."
    return f"„{problem.text}” nie jest datą. Proszę wpisać datę, {FORMATS}."


def closure_fields(values: Mapping[str, str]) -> list[tuple[str, str]]:
    """(field key, value) of every closure field to show, then a few empty ones."""
    keys = closure_keys(values)
    if keys:
        fields = [(key, values[key]) for key in keys]
    else:  # from the content: ISO dates, shown as clerks write them
        fields = [(f"{CLOSURE_PREFIX}{i}", _written(line.strip()))
                  for i, line in enumerate((l for l in values.get(CLOSURES, "").splitlines() if l.strip()), 1)]
    last = max((int(k[len(CLOSURE_PREFIX):]) for k, _ in fields), default=0)
    return fields + [(f"{CLOSURE_PREFIX}{last + i}", "") for i in range(1, EMPTY_CLOSURE_FIELDS + 1)]


def _written(iso: str) -> str:
    found = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{found[3]}.{found[2]}.{found[1]}" if found else iso
