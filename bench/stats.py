"""The statistics of 12 months, read from events against daily counts (issue 34, N12).

    .venv/bin/python -m bench.stats [--calls-per-day 150] [--rounds 5]

Seeds two SQLite files with the same year of calls (each a start, the main menu, two turns,
an outcome and its length: 6 events), rolls up the closed days in one of them
(ivr.stats.rollup, as the daily `ivr stats purge` does) and reads the staff page's figures
of the last 12 months from each, alternately, round after round. Prints the median wall time
of each, their ratio, the load, and whether both gave the same figures.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from ivr.database.engine import Database
from ivr.stats import record as r
from ivr.stats.report import figures
from ivr.stats.rollup import roll_up
from ivr.stats.tally import WARSAW

TODAY = date(2026, 12, 5)
NODES = ["hours", "contact", "about", "benefits", "addiction", "person", "leave_word"]
OUTCOMES = ["goodbye", "transfer_answered", "transfer_busy", "message", "sms_sent"]


def seed(db: Database, calls_per_day: int) -> int:
    rng = random.Random(34)
    key = r.stats_key("bench")
    events: list[r.Event] = []
    count = 0
    for back in range(366, -1, -1):
        day = TODAY - timedelta(days=back)
        for n in range(calls_per_day):
            start = datetime.combine(day, datetime.min.time(), WARSAW) + timedelta(seconds=rng.randrange(7 * 3600, 17 * 3600))
            sid = f"CA{day:%Y%m%d}{n:05d}"
            events += [
                r.Event(sid, start, r.START), r.Event(sid, start, r.ENTER, "main"),
                r.Event(sid, start + timedelta(seconds=20), r.INPUT, "key", 1, rng.choice(NODES)),
                r.Event(sid, start + timedelta(seconds=50), r.INPUT, rng.choice(["key", "speech"]), 1, rng.choice(NODES)),
                r.Event(sid, start + timedelta(seconds=60), r.OUTCOME, rng.choice(OUTCOMES)),
                r.Event(sid, start + timedelta(seconds=90), r.DURATION, "", rng.randrange(30, 300)),
            ]
            count += 1
        if len(events) > 20_000:
            r.write_events(db, key, events)
            events = []
    r.write_events(db, key, events)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls-per-day", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        dbs = {name: Database(f"sqlite:///{Path(folder) / name}.sqlite3") for name in ("events", "daily")}
        for db in dbs.values():
            db.upgrade()
            calls = seed(db, args.calls_per_day)
        started = time.perf_counter()
        rolled = roll_up(dbs["daily"], datetime.combine(TODAY, datetime.min.time(), WARSAW) + timedelta(hours=4))
        print(f"{calls} calls ({calls * 6} events) over 367 days; roll-up of {len(rolled)} days took "
              f"{time.perf_counter() - started:.1f} s (once, by the daily timer)")
        since = date(TODAY.year - 1, TODAY.month + 1, 1) if TODAY.month < 12 else date(TODAY.year, 1, 1)
        times: dict[str, list[float]] = {name: [] for name in dbs}
        results = {}
        print(f"load before: {os.getloadavg()[0]:.2f}")
        for _ in range(args.rounds):
            for name, db in dbs.items():  # alternately, in the same session
                started = time.perf_counter()
                results[name] = figures(db, since, TODAY)
                times[name].append(time.perf_counter() - started)
        print(f"load after: {os.getloadavg()[0]:.2f}")
        events_s, daily_s = (statistics.median(times[name]) for name in ("events", "daily"))
        print(f"12 months ({since} – {TODAY}), median of {args.rounds}: from events {events_s * 1000:.0f} ms, "
              f"from daily counts {daily_s * 1000:.0f} ms, ratio {events_s / daily_s:.1f}x")
        same = results["events"] == results["daily"]
        print("same figures:", "yes" if same else "NO")
        for db in dbs.values():
            db.engine.dispose()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
