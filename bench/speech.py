"""How long understanding one spoken answer takes, against a key press, in the same process.

Reads every utterance of the corpora (bench/utterances.tsv, bench/heldout, bench/blind if
present) into Line.interpret() as a webhook does, alternately with the same number of key
presses (the baseline), several rounds; prints the time per answer of each, their ratio,
the first pass with empty caches (lemmas, names, each matcher's word cache), the time to
build the line (its matchers), and the machine's load.

Run: .venv/bin/python bench/speech.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from bench.understanding import corpora
    from ivr.call import understand
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.call.flow import Input, Line, State
    from ivr.call.schedule import Schedule

    content = load_content(ROOT / "prompts")
    schedule = Schedule(content.weekly, content.closures)
    catalogue = Catalogue(content, schedule, date(2026, 12, 1))
    started = time.perf_counter()
    line = Line(content, schedule, catalogue)
    build = time.perf_counter() - started
    rows = [u for corpus in corpora().values() for u in corpus]
    said = [(State(u.menu), Input(speech=u.text, confidence=0.9)) for u in rows]
    pressed = [(State(u.menu), Input(digits="1")) for u in rows]

    def one_pass(inputs) -> float:
        t = time.perf_counter()
        for state, given in inputs:
            line.interpret(state, given)
        return (time.perf_counter() - t) / len(inputs)

    understand.lemmas.cache_clear()
    understand.is_name.cache_clear()
    understand.is_first_name.cache_clear()
    for matcher in set(line._matchers.values()):
        matcher._memo.clear()
    cold = one_pass(said)
    speech, keys = [], []
    for _ in range(args.rounds):  # alternately, so a change of load hits both
        keys.append(one_pass(pressed))
        speech.append(one_pass(said))
    key_us, speech_us = statistics.median(keys) * 1e6, statistics.median(speech) * 1e6
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{len(rows)} answers, {args.rounds} rounds; line built in {build * 1000:.0f} ms")
    print(f"key press (baseline)   {key_us:8.1f} µs per answer")
    print(f"speech, warm caches    {speech_us:8.1f} µs per answer   ratio {speech_us / key_us:6.1f}")
    print(f"speech, first pass     {cold * 1e6:8.1f} µs per answer   ratio {cold * 1e6 / key_us:6.1f}")


if __name__ == "__main__":
    main()
