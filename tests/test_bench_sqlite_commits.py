"""bench/sqlite_commits.py (issue 32): each journal mode committed in turn, a figure per mode as a ratio to the
rollback journal, with the load average. No figure is timed here: only that the report is whole."""
from __future__ import annotations

import re

from bench import sqlite_commits


def test_the_report_names_every_mode_with_its_ratio_and_the_load(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert sqlite_commits.main(["--commits", "5", "--rounds", "2"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^load average: \d+\.\d\d before, \d+\.\d\d after", out, re.M)
    for name, _, _ in sqlite_commits.MODES:
        assert re.search(rf"{re.escape(name)}\s+\d+\.\d+ ms per commit \(rounds [\d.]+-[\d.]+\), ratio \d+\.\d\d", out)
    assert re.search(r"rollback journal \(before\).*ratio 1\.00", out)
    assert list(tmp_path.iterdir()) == []  # its databases are gone
