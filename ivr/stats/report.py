"""The figures of a period (Warsaw dates, both inclusive), from the daily counts of closed days
(ivr.stats.rollup) and older years (ivr.stats.purge), and the events of the last days:
`ivr stats`, `ivr stats --json` and the staff page.

`db` is an ivr.database.engine.Database (the line's: `runtime.stats.db`)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, select

from ivr.database.engine import Database
from ivr.database.schema import call_stats_daily
from ivr.stats.rollup import ROLLED, events_of, rolled_days
from ivr.stats.tally import Counts

TRANSFER_RESULTS = {"answered": "transfer_answered", "busy": "transfer_busy",
                    "no_answer": "transfer_no_answer", "failed": "transfer_failed"}


# The days a period may name: no statistics before 2000, none after the end of next year. Beyond
# them a date is a typo (9999-12-30 overflowed the day after it: a 500 on the staff page).
EARLIEST = date(2000, 1, 1)


def latest(today: date) -> date:
    return date(today.year + 1, 12, 31)


def in_range(day: date, today: date) -> bool:
    return EARLIEST <= day <= latest(today)


def counts(db: Database, since: date, until: date) -> Counts:
    """The (day, metric, name) counts of the period: the daily counts (days rolled up, and years
    folded by the purge), and the events of the days not rolled up yet (usually the last two,
    see ivr.stats.rollup), read per run of consecutive such days.

    Only "calls" is needed day by day (calls per day, per weekday); the daily counts of every
    other metric are summed by the database and carried on the period's first day."""
    db.ensure_ready()
    d = call_stats_daily.c
    in_period = and_(d.day >= since, d.day <= until)
    per_day = select(d.day, d.metric, d.name, d.count).where(in_period, d.metric == "calls")
    summed = (select(d.metric, d.name, func.sum(d.count)).where(in_period, d.metric.not_in(["calls", ROLLED]))
              .group_by(d.metric, d.name))
    found: Counts = Counter()
    with db.engine.connect() as connection:
        rolled = rolled_days(connection, since, until)
        days = [since + timedelta(days=i) for i in range((until - since).days + 1)]
        for first, last in _runs([day for day in days if day not in rolled]):
            found.update(events_of(connection, first, last))
        for day, metric, name, count in connection.execute(per_day):
            found[(day, metric, name)] += count
        for metric, name, count in connection.execute(summed):
            found[(since, metric, name)] += int(count)
    return Counter({key: n for key, n in found.items() if since <= key[0] <= until})


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


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
        # By the language each call ended in (ivr.stats.tally); the days before issue 33 are Polish.
        "languages": _languages(found),
        "items": _sorted(_by(found, "items")),
        "key_inputs": inputs["key"],
        "speech_inputs": inputs["speech"],
        "no_input": inputs["none"],
        "wrong_key": misses["wrong_key"],
        "not_understood": misses["not_understood"],
        "lost": misses["lost"],
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


def _languages(found: Counts) -> dict[str, int]:
    """Calls by language, Polish and Ukrainian always named; a call of a day counted before
    languages were (no "languages" count) is Polish."""
    by_language = _by(found, "languages")
    counted = sum(by_language.values())
    by_language["pl"] += sum(_by(found, "calls").values()) - counted
    return {"pl": by_language["pl"], "uk": by_language["uk"],
            **{k: n for k, n in sorted(by_language.items()) if k not in ("pl", "uk") and n}}


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
