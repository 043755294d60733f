"""Seconds of audio a caller hears before the facts they called for, from the built audio.

Builds the opening prompts offline with espeak (no network) into a throwaway folder, takes
the opening the flow plays (greeting, live status, person hint, main menu) for an open, a
closed and a holiday moment, and prints from the recordings' lengths when the status
sentence ends, when the person hint starts and ends, and when the first option of the
main menu starts. Also the whole turn a silent caller gets outside opening hours (the
wrap-up, aim: at most about 45 s). Aims with the gTTS voice: status <= 8 s, person hint
<= 12 s; espeak speaks at its own pace, so its figures are reported as they are.

Run: .venv/bin/python bench/time_to_information.py
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.audio import ffmpeg  # noqa: E402,F401  (first: pydub pointed at the bundled ffmpeg)


def wav_seconds(wav: bytes) -> float:
    """Length of a WAV file: its data chunk's size over the byte rate of its fmt chunk."""
    pos, byte_rate, data = 12, None, None
    while pos + 8 <= len(wav):
        chunk, size = wav[pos:pos + 4], int.from_bytes(wav[pos + 4:pos + 8], "little")
        if chunk == b"fmt ":
            byte_rate = int.from_bytes(wav[pos + 16:pos + 20], "little")
        elif chunk == b"data":
            data = size
        pos += 8 + size + (size & 1)
    if not byte_rate or data is None:
        raise ValueError("not a WAV file with fmt and data chunks")
    return data / byte_rate


def _moments() -> dict[str, datetime]:
    from ivr.call.schedule import WARSAW

    return {
        "open": datetime(2026, 12, 1, 10, 0, tzinfo=WARSAW),  # Tuesday, open 7-15
        "closed": datetime(2026, 11, 27, 18, 0, tzinfo=WARSAW),  # Friday evening
        "holiday": datetime(2026, 12, 25, 10, 0, tzinfo=WARSAW),  # Christmas Day
    }


def main() -> None:
    import logging

    from ivr.audio.build import build
    from ivr.audio.index import AudioIndex
    from ivr.call.catalogue import Catalogue, Entry
    from ivr.call.content import load_content
    from ivr.call.flow import Input, Line, State
    from ivr.runtime import make_schedule

    logging.disable(logging.WARNING)
    content = load_content(ROOT / "prompts")
    schedule = make_schedule(content)
    moments = _moments()
    catalogue = Catalogue(content, schedule, min(moments.values()).date())
    line = Line(content, schedule, catalogue)
    turns = {name: line.opening(at) for name, at in moments.items()}
    wrap_up = line.handle(State("main", miss=2), Input(caller="+48606902915"), moments["closed"]).prompts
    plays = {p.id: p for p in (*sum(turns.values(), ()), *wrap_up)}
    entries = [Entry(p.id, p.text, p.spoken) for p in plays.values()]

    with tempfile.TemporaryDirectory(prefix="ivr-tti-") as folder:
        report = build(entries, folder, engine_name="espeak", jobs=2)
        index = AudioIndex(Path(folder))

        def seconds(play) -> float:
            name = index.file_for(play.id, play.spoken)
            if name is None:
                raise SystemExit(f"no recording built for {play.id} ({report})")
            return wav_seconds((Path(folder) / name).read_bytes())

        print("Seconds of built audio (espeak, offline) a caller hears before each point of the opening:")
        print(f"{'moment':8} {'status ends':>12} {'hint starts':>12} {'hint ends':>10} {'1st option':>11}   words to hint end")
        for name, plays in turns.items():
            lengths = [seconds(p) for p in plays]  # greeting, status, person hint, menu
            status_end = lengths[0] + lengths[1]
            hint_end = status_end + lengths[2]
            words = sum(len(p.spoken.split()) for p in plays[:3])
            print(f"{name:8} {status_end:12.1f} {status_end:12.1f} {hint_end:10.1f} {hint_end:11.1f}   {words}")
        total = sum(seconds(p) for p in wrap_up)
        words = sum(len(p.spoken.split()) for p in wrap_up)
        print(f"\nSilent caller outside hours, the whole wrap-up turn: {total:.1f} s ({words} words; "
              f"'Proszę przygotować kartkę' said {sum(p.text.count('Proszę przygotować kartkę') for p in wrap_up)}x)")
        print("gTTS estimate at ~2.4 words/s: "
              + ", ".join(f"{n} hint ends {sum(len(p.spoken.split()) for p in t[:3]) / 2.4:.1f} s" for n, t in turns.items())
              + f"; wrap-up {words / 2.4:.1f} s")


if __name__ == "__main__":
    main()
