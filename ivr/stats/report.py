"""The figures of a period (Warsaw dates, both inclusive), from the events still kept and
the daily counts of older ones: `ivr stats`, `ivr stats --json` and the staff page.

`db` is an ivr.database.engine.Database (the line's: `runtime.stats.db`)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, or_, select

from ivr.database.engine import Database
from ivr.database.schema import call_events, call_stats_daily
from ivr.stats.record import START
from ivr.stats.tally import WARSAW, Counts, Row, tally

TRANSFER_RESULTS = {"answered": "transfer_answered", "busy": "transfer_busy",
                    "no_answer": "transfer_no_answer", "failed": "transfer_failed"}


def moment(day: date) -> datetime:
    """Warsaw midnight at the start of `day`, in UTC."""
    return datetime.combine(day, time(), WARSAW).astimezone(timezone.utc)


def counts(db: Database, since: date, until: date) -> Counts:
    """Every (day, metric, name) count of the period, events and daily counts together."""
    db.ensure_ready()
    start, end = moment(since), moment(until + timedelta(days=1))
    e = call_events.c
    started = select(e.call_key).where(e.kind == START, e.at >= start, e.at < end)
    query = select(e.call_key, e.at, e.kind, e.name, e.value, e.node).where(or_(
        e.call_key.in_(started),
        and_(e.call_key.is_(None), e.at >= start, e.at < end),
    )).order_by(e.id)  # the order they happened in, also within one request
    d = call_stats_daily.c
    daily = select(d.day, d.metric, d.name, d.count).where(d.day >= since, d.day <= until)
    with db.engine.connect() as connection:
        found = tally(Row(*row) for row in connection.execute(query))
        for day, metric, name, count in connection.execute(daily):
            found[(day, metric, name)] += count
    return Counter({key: n for key, n in found.items() if since <= key[0] <= until})


def _by(found: Counts, metric: str) -> Counter:
    by_name: Counter = Counter()
    for (_, m, name), n in found.items():
        if m == metric:
            by_name[name] += n
    return by_name


def median(histogram: Counter) -> float | int | None:
    """The median of values given as {value: how many}; None when empty."""
    values = sorted((int(v), n) for v, n in histogram.items() if n > 0)
    total = sum(n for _, n in values)
    if not total:
        return None
    wanted = [(total - 1) // 2, total // 2]  # the middle one, or the middle two
    found, seen = [], 0
    for value, n in values:
        while wanted and wanted[0] < seen + n:
            found.append(value)
            wanted.pop(0)
        seen += n
    middle = sum(found) / 2
    return int(middle) if middle == int(middle) else middle


def summary(db: Database, since: date, until: date) -> dict:
    """The `ivr stats --json` object of the period."""
    return summarize(counts(db, since, until), since, until)


def summarize(found: Counts, since: date, until: date) -> dict:
    inputs, misses, outcomes = _by(found, "inputs"), _by(found, "misses"), _by(found, "outcomes")
    by_weekday = Counter()
    for (day, metric, _), n in found.items():
        if metric == "calls":
            by_weekday[day.isoweekday()] += n
    by_hour = _by(found, "calls_by_hour")
    bridges = _by(found, "bridges")
    return {
        "since": since.isoformat(),
        "until": until.isoformat(),
        "calls": sum(_by(found, "calls").values()),
        "items": _sorted(_by(found, "items")),
        "key_inputs": inputs["key"],
        "speech_inputs": inputs["speech"],
        "no_input": inputs["none"],
        "wrong_key": misses["wrong_key"],
        "not_understood": misses["not_understood"],
        "transfers": {name: outcomes[outcome] for name, outcome in TRANSFER_RESULTS.items()},
        "messages": outcomes["message"],
        "callbacks": outcomes["callback"],
        "sms_sent": outcomes["sms_sent"],
        "goodbyes": outcomes["goodbye"],
        "hangups": _sorted(_by(found, "hangups")),
        "by_hour": {str(h): by_hour[str(h)] for h in range(24)},
        "by_weekday": {str(w): by_weekday[w] for w in range(1, 8)},
        "median_duration_s": median(_by(found, "durations")),
        "sms_received": _sorted(_by(found, "sms_received")),
        "callbacks_made": bridges["started"],
        "callbacks_answered": bridges["completed"],
    }


def _sorted(by_name: Counter) -> dict[str, int]:
    """Most first, then by name: a stable order for people and for tests."""
    return {name: n for name, n in sorted(by_name.items(), key=lambda kv: (-kv[1], kv[0])) if n}


@dataclass(frozen=True)
class Figures:
    """What the staff page shows, from one read of the database."""
    summary: dict
    calls_per_day: list[tuple[date, int]]
    transfers_by_hour: dict[int, dict[str, int]]


def figures(db: Database, since: date, until: date) -> Figures:
    found = counts(db, since, until)
    return Figures(summarize(found, since, until), days_of(found, since, until), transfers_of(found))


def calls_per_day(db: Database, since: date, until: date) -> list[tuple[date, int]]:
    """Every day of the period with its calls, zeros included."""
    return days_of(counts(db, since, until), since, until)


def days_of(found: Counts, since: date, until: date) -> list[tuple[date, int]]:
    per_day = Counter({day: n for (day, metric, _), n in found.items() if metric == "calls"})
    return [(since + timedelta(days=i), per_day[since + timedelta(days=i)]) for i in range((until - since).days + 1)]


def transfers_by_hour(db: Database, since: date, until: date) -> dict[int, dict[str, int]]:
    """0..23 -> {"answered": n, "not_answered": n}: transfers by the hour they ended."""
    return transfers_of(counts(db, since, until))


def transfers_of(found: Counts) -> dict[int, dict[str, int]]:
    table = {hour: {"answered": 0, "not_answered": 0} for hour in range(24)}
    for name, n in _by(found, "transfers_by_hour").items():
        hour, result = name.split(":")
        table[int(hour)][result] += n
    return table
