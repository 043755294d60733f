"""Events -> counts per Warsaw day. The same counting serves the report (events still kept)
and the purge (events folded into daily counts), so folding never changes a figure.

Everything of a call counts on the day it started. Metrics and their names:

    calls               ""
    calls_by_hour       "0".."23"                 hour the call started
    items               node                      callers who reached it (once per call)
    inputs              key | speech | none
    misses              no_input | wrong_key | not_understood | lost
    outcomes            sms_sent, message, callback, goodbye, transfer_answered, ...
    transfers_by_hour   "<hour>:answered" | "<hour>:not_answered"
    hangups             node                      where callers hung up (calls the line did not end)
    durations           seconds                   one per call: Twilio's CallDuration, else first to last event
    sms_received        topic                     on the day the SMS came
    bridges             started | final state     staff call-backs ("Oddzwoń")
    languages           pl | uk                   the language the call ended in (a call that switched
                                                  counts once, in its last language; no LANGUAGE event: pl)
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable
from zoneinfo import ZoneInfo

from ivr.stats.record import BRIDGE, DURATION, ENTER, INPUT, LANGUAGE, MISS, OUTCOME, SMS, START

DEFAULT_LANGUAGE = "pl"  # a call without a LANGUAGE event (every call before issue 33) was Polish

WARSAW = ZoneInfo("Europe/Warsaw")
# The line ended these calls: nobody hung up on it.
ENDED_BY_LINE = frozenset({"goodbye", "transfer_answered"})
TRANSFER = "transfer_"


@dataclass(frozen=True)
class Row:
    call_key: str | None
    at: datetime
    kind: str
    name: str
    value: int | None
    node: str | None = None


Counts = Counter  # (day, metric, name) -> count


def local(at: datetime) -> datetime:
    return at.astimezone(WARSAW)


def tally(rows: Iterable[Row]) -> Counts:
    """Count the rows: calls grouped by their key, SMS and bridges on their own day.
    A call whose start event was lost is not counted."""
    counts: Counts = Counter()
    calls: dict[str, list[Row]] = {}
    for row in rows:
        if row.call_key is None:
            if row.kind == SMS:
                counts[(local(row.at).date(), "sms_received", row.name)] += 1
            elif row.kind == BRIDGE:
                counts[(local(row.at).date(), "bridges", row.name)] += 1
        else:
            calls.setdefault(row.call_key, []).append(row)
    for events in calls.values():
        _tally_call(sorted(events, key=lambda r: r.at), counts)
    return counts


def _tally_call(events: list[Row], counts: Counts) -> None:
    start = next((e for e in events if e.kind == START), None)
    if start is None:
        return
    started = local(start.at)
    day = started.date()
    counts[(day, "calls", "")] += 1
    counts[(day, "calls_by_hour", str(started.hour))] += 1
    entered = {e.name for e in events if e.kind == ENTER} | {e.node for e in events if e.node}
    for node in entered:
        counts[(day, "items", node)] += 1
    last_node, ended_by_line, duration, language = "main", False, None, DEFAULT_LANGUAGE
    for event in events:
        if event.kind == LANGUAGE and event.name:
            language = event.name
        elif event.kind == ENTER:
            last_node = event.name
        elif event.kind == INPUT:
            counts[(day, "inputs", event.name)] += 1
        elif event.kind == MISS:
            counts[(day, "misses", event.name)] += 1
        elif event.kind == OUTCOME:
            counts[(day, "outcomes", event.name)] += 1
            ended_by_line |= event.name in ENDED_BY_LINE
            if event.name.startswith(TRANSFER):
                answered = "answered" if event.name == "transfer_answered" else "not_answered"
                counts[(day, "transfers_by_hour", f"{local(event.at).hour}:{answered}")] += 1
        elif event.kind == DURATION and event.value is not None:
            duration = event.value
        if event.node:
            last_node = event.node
    counts[(day, "languages", language)] += 1
    if not ended_by_line:
        counts[(day, "hangups", last_node)] += 1
    if duration is None:
        duration = round((events[-1].at - events[0].at).total_seconds())
    counts[(day, "durations", str(max(0, duration)))] += 1


def days(counts: Counts) -> set[date]:
    return {day for day, _, _ in counts}
