"""CPU time of one line's start (create_app: content, both languages' lines and text lines,
the database at its revision), this tree against a baseline commit, run alternately.

Every test that makes a line pays this, and so does each worker's start and each content
reload. Each round runs a fresh interpreter per tree that makes `--apps` lines, each on a new
copy of the content and a new SQLite file, and prints the CPU milliseconds per line after the
first (imports and the first line's one-off work left out), the load average and the ratio.
With --migrated each line's SQLite file is a copy of one migrated once, as the tests' lines are
(tests/conftest.py, migrated_template): the figure a test that makes a line pays. With --edited each
line's copy of the content has its greeting changed (as a clerk's saved prompt), so that nothing built from
an earlier content is kept: the figure of a content reload.

    .venv/bin/python bench/app_start.py [--baseline main] [--rounds 3] [--apps 8] [--migrated] [--edited]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import logging, shutil, sys, tempfile, time
from dataclasses import replace
from pathlib import Path
logging.disable(logging.WARNING)
from ivr.config import Settings
from ivr.web import create_app
apps = int(sys.argv[1])
source = Path(sys.argv[2])
template = None
if sys.argv[3] == "migrated":
    from ivr.database.engine import make_engine, upgrade
    template = Path(tempfile.mkdtemp(prefix="ivr-template-")) / "template.sqlite3"
    engine = make_engine(f"sqlite:///{template}")
    upgrade(engine)
    engine.dispose()
edited = sys.argv[4] == "edited"
made = 0
def one():
    global made
    made += 1
    folder = Path(tempfile.mkdtemp(prefix="ivr-start-"))
    if template is not None:
        shutil.copyfile(template, folder / "ivr.sqlite3")
    shutil.copytree(source, folder / "prompts", ignore=shutil.ignore_patterns("history"))
    if edited:  # a clerk's saved greeting: a content of its own, built anew
        texts = folder / "prompts" / "pl.toml"
        greeting = "w Kleszczewie."
        texts.write_text(texts.read_text(encoding="utf-8").replace(greeting, f"w Kleszczewie. Wersja {made}.", 1),
                         encoding="utf-8")
    settings = replace(Settings.from_env(), content_dir=folder / "prompts", audio_dir=folder / "audio",
                       recordings_dir=folder / "recordings", database_url=f"sqlite:///{folder / 'ivr.sqlite3'}",
                       public_url=None, auth_token="bench", dev_unsigned=False, secret_key="bench")
    start = time.process_time()
    app = create_app(settings)
    spent = time.process_time() - start
    app.extensions["ivr"].stats.flush()
    shutil.rmtree(folder, ignore_errors=True)
    return spent
one()
print(sum(one() for _ in range(apps)) / apps * 1000)
"""


def run(tree: Path, apps: int, migrated: bool = False, edited: bool = False) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("IVR_SECRET_KEY", None)
    out = subprocess.run([sys.executable, "-c", CHILD, str(apps), str(tree / "prompts"),
                          "migrated" if migrated else "new", "edited" if edited else "same"], cwd=tree, env=env,
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--apps", type=int, default=8)
    parser.add_argument("--migrated", action="store_true",
                        help="each line's database a copy of one migrated once, as in the tests")
    parser.add_argument("--edited", action="store_true",
                        help="each line's content with its greeting changed, as a clerk's save: built anew")
    args = parser.parse_args(argv)
    before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="ivr-baseline-") as folder:
        baseline = Path(folder) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(baseline), args.baseline], cwd=ROOT, check=True)
        try:
            ours, theirs = [], []
            for _ in range(args.rounds):
                theirs.append(run(baseline, args.apps, args.migrated, args.edited))
                ours.append(run(ROOT, args.apps, args.migrated, args.edited))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(baseline)], cwd=ROOT, check=False)
    after = os.getloadavg()
    loads = lambda load: " / ".join(f"{x:.2f}" for x in load)  # noqa: E731
    print(f"load average (1, 5, 15 min) before: {loads(before)}, after: {loads(after)}"
          + ("  -- LOADED: both sides slowed; the ratio is the figure to read" if before[0] > 1.5 else ""))
    print(f"CPU ms per line start, {args.apps} lines per round after a first, {args.rounds} alternating rounds"
          + (", each database a copy of one migrated once (as in the tests)" if args.migrated else "")
          + (", each content with its greeting changed (built anew)" if args.edited else "") + ":")
    print(f"  baseline {args.baseline:<10}: median {statistics.median(theirs):.0f} ms  ({', '.join(f'{x:.0f}' for x in theirs)})")
    print(f"  this tree          : median {statistics.median(ours):.0f} ms  ({', '.join(f'{x:.0f}' for x in ours)})")
    print(f"  ratio              : {statistics.median(ours) / statistics.median(theirs):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
