"""How fast the built prompts speak: syllables per second of active speech, per prompt.

Reads any built audio folder (its manifest.json: each prompt's spoken form and file) and prints
a table, slowest first, prompts above 4.5 syllables a second flagged; then the median and the
maximum of the normal prompts (the slow "wolniej" variants and the number pieces apart), the
seconds until the person hint (greeting + live status, as a caller hears them), and the length
of the hours item at the set tempo and slowed. Works on an offline (espeak) build here, and on a
gTTS build on a machine with internet.

Run: .venv/bin/python bench/speech_rate.py [AUDIO_DIR] [--top N]
     (AUDIO_DIR defaults to IVR_AUDIO_DIR / audio/)
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("audio_dir", nargs="?", default=None)
    parser.add_argument("--top", type=int, default=0, help="print only the N fastest prompts (0: all)")
    args = parser.parse_args()

    from ivr.audio.index import read_manifest
    from ivr.audio.speech_rate import FAST, rates
    from ivr.config import Settings

    audio_dir = Path(args.audio_dir) if args.audio_dir else Settings.from_env().audio_dir
    prompts = read_manifest(audio_dir)["prompts"]
    found = rates(prompts, audio_dir)
    if not found:
        sys.exit(f"no built prompts in {audio_dir}")
    normal = {k: r for k, r in found.items() if not k.endswith(".slow") and not k.startswith("number.")}
    slow = {k: r for k, r in found.items() if k.endswith(".slow")}
    pieces = {k: r for k, r in found.items() if k.startswith("number.")}

    rows = sorted(normal.values(), key=lambda r: r.per_second, reverse=True)
    if args.top:
        rows = rows[:args.top]
    print(f"{'prompt':44} {'syll':>5} {'speech s':>8} {'file s':>7} {'syll/s':>7}")
    for r in rows:
        flag = "  FAST" if r.fast else ""
        print(f"{r.id[:44]:44} {r.syllables:5d} {r.speech_s:8.2f} {r.duration_s:7.2f} {r.per_second:7.2f}{flag}")

    values = [r.per_second for r in normal.values() if r.speech_s > 0]
    print()
    print(f"audio: {audio_dir}  engine: {read_manifest(audio_dir).get('engine')}")
    print(f"normal prompts: {len(values)}  median {statistics.median(values):.2f} syll/s  "
          f"max {max(values):.2f}  above {FAST}: {sum(v > FAST for v in values)}")
    if slow:
        sv = [r.per_second for r in slow.values() if r.speech_s > 0]
        longer = [slow[k].duration_s / normal[k[:-5]].duration_s for k in slow if k[:-5] in normal]
        print(f"slow variants: {len(sv)}  median {statistics.median(sv):.2f} syll/s  max {max(sv):.2f}  "
              f"length vs normal: min {min(longer):.2f}x, median {statistics.median(longer):.2f}x")
    if pieces:
        size = sum((audio_dir / str(prompts[k]["file"])).stat().st_size for k in pieces)
        print(f"number pieces: {len(pieces)}  {size / 1e6:.2f} MB  "
              f"median {statistics.median(r.duration_s for r in pieces.values()):.2f} s each")
    greeting = found.get("greeting")
    status = [r for k, r in normal.items() if k.startswith("status_open")]
    if greeting and status:
        before = greeting.duration_s + statistics.median(r.duration_s for r in status)
        print(f"seconds until the person hint (greeting + status while open): {before:.1f}")
    hours, hours_slow = found.get("info_hours"), found.get("info_hours.slow")
    if hours:
        line = f"hours item: {hours.duration_s:.1f} s at the set tempo"
        if hours_slow:
            line += f", {hours_slow.duration_s:.1f} s slowed ({hours_slow.duration_s / hours.duration_s:.2f}x)"
        print(line)
    print(f"load: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
