"""What one commit costs on this machine's disk, by SQLite journal mode (issue 32, ivr/database/sqlite_writes.py).

The line's SQLite file is in WAL mode with synchronous=FULL: every commit is synced to disk, so a message
told "saved" survives a power cut. This prints the milliseconds per small committed INSERT for the old
rollback journal, for WAL as the line uses it, and (for comparison only) WAL with synchronous=NORMAL, in
alternating rounds in one session, each as a ratio to the rollback journal, with the load average.

    .venv/bin/python bench/sqlite_commits.py [--commits 300 --rounds 3]
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

MODES = (("rollback journal (before)", "DELETE", "FULL"), ("WAL, synchronous FULL (the line)", "WAL", "FULL"),
         ("WAL, synchronous NORMAL (not used)", "WAL", "NORMAL"))


def per_commit_ms(folder: Path, journal: str, synchronous: str, commits: int) -> float:
    path = folder / f"{journal}-{synchronous}-{time.monotonic_ns()}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA journal_mode={journal}")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    start = time.perf_counter()
    for i in range(commits):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t (body) VALUES (?)", (f"message {i}",))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed / commits * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    before = os.getloadavg()
    results: dict[str, list[float]] = {name: [] for name, _, _ in MODES}
    with tempfile.TemporaryDirectory(prefix="ivr-commits-", dir=Path.cwd()) as folder:  # the disk the line uses
        for _ in range(args.rounds):
            for name, journal, synchronous in MODES:
                results[name].append(per_commit_ms(Path(folder), journal, synchronous, args.commits))
    after = os.getloadavg()
    print(f"load average: {before[0]:.2f} before, {after[0]:.2f} after ({os.cpu_count()} CPUs)"
          + ("  LOADED: the figures are a loaded machine's" if before[0] > 1.5 else ""))
    baseline = statistics.median(results[MODES[0][0]])
    for name, values in results.items():
        median = statistics.median(values)
        print(f"  {name:36} {median:7.3f} ms per commit (rounds {min(values):.3f}-{max(values):.3f}), "
              f"ratio {median / baseline:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
