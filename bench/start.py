"""The second start's build without Google (issue 31): the quick probe against the old path
(no probe: every prompt asks Google with its retries), run alternately in one session.

Google is a closed local port (IVR_GTTS_URL), so nothing leaves the machine. The audio folder
is built once on the fallback voice first; each round then times one build of each kind on a
copy of it and prints wall time, CPU time, the load average and the ratio.

    .venv/bin/python bench/start.py --rounds 3
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ["IVR_GTTS_URL"] = f"http://127.0.0.1:{closed_port()}"

    from ivr.audio.build import build
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.call.schedule import now_in_warsaw
    from ivr.config import ROOT
    from ivr.runtime import make_schedule

    content = load_content(ROOT / "prompts")
    entries = list(Catalogue(content, make_schedule(content), now_in_warsaw().date()))
    with tempfile.TemporaryDirectory(prefix="ivr-bench-start-") as tmp:
        seed = Path(tmp) / "seed"
        build(entries, seed, "auto", probe=True)  # every prompt on the fallback voice
        print(f"{len(entries)} prompts; Google: a closed port on 127.0.0.1")
        totals = {"probe": [], "retries": []}
        for round_ in range(1, args.rounds + 1):
            for kind in ("retries", "probe") if round_ % 2 else ("probe", "retries"):
                folder = Path(tmp) / f"{kind}-{round_}"
                shutil.copytree(seed, folder)
                load = os.getloadavg()[0]
                wall, cpu = time.perf_counter(), time.process_time()
                report = build(entries, folder, "auto", probe=(kind == "probe"))
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                totals[kind].append(wall)
                print(f"round {round_} {kind:8s} wall {wall:6.2f} s  cpu {cpu:5.2f} s  load {load:5.2f}  "
                      f"published {report.published}")
        probe, retries = sum(totals["probe"]), sum(totals["retries"])
        print(f"probe / retries (wall, summed): {probe:.2f} s / {retries:.2f} s = {probe / retries:.2f}")


if __name__ == "__main__":
    main()
