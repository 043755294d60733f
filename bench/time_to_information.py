"""Seconds of audio a caller hears before the facts they called for, from the built audio.

Builds the opening prompts offline with espeak (no network) into a throwaway folder, takes
the opening the flow plays (greeting, live status, person hint, main menu) for an open, a
closed and a holiday moment, and prints from the recordings' lengths when the status
sentence ends, when the person hint starts and ends, and when the first option of the
main menu starts. Also the whole turn a silent caller gets outside opening hours (the
wrap-up, aim: at most about 45 s). Aims with the gTTS voice: status <= 8 s, person hint
<= 12 s; espeak speaks at its own pace, so its figures are reported as they are.

Issue 24 adds: the seconds until the person hint on a day with a coming closure and two
notices (now: right after the status; before: after all the news, computed from the same
recordings); the words of the whole opening turn (menu included) per moment and phone; and
the length of a whole "hear the hours, then hang up" call (opening, key 1, the answer up to
"Jeśli to wszystko, można się już rozłączyć.").

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

    from dataclasses import replace as _replace
    from datetime import date

    from ivr.call.notices import Notice

    logging.disable(logging.WARNING)
    content = load_content(ROOT / "prompts")
    # Two notices of the day, heard on 21-23 December (a closure of 24-25 December is coming too).
    content = _replace(content, notices=(
        Notice("W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności.", date(2026, 12, 21), date(2026, 12, 23)),
        Notice("Zapraszamy na Dzień Seniora w piątek o 16:00 w świetlicy.", date(2026, 12, 21), date(2026, 12, 23)),
    ))
    schedule = make_schedule(content)
    moments = _moments()
    catalogue = Catalogue(content, schedule, min(moments.values()).date())
    line = Line(content, schedule, catalogue)
    turns = {name: line.opening(at) for name, at in moments.items()}
    news_day = datetime(2026, 12, 21, 10, 0, tzinfo=moments["open"].tzinfo)
    news_opening = line.opening(news_day)
    news_all = line._news(news_day)  # everything the opening used to read before the hint
    phones = {"mobile": "+48606902915", "landline": "+48618176130", "hidden": "anonymous"}
    openings = {(n, k): line.opening(at, c) for n, at in moments.items() for k, c in phones.items()}
    hours_call = {n: (*line.opening(at), *line.handle(State("main"), Input(digits="1"), at).prompts)
                  for n, at in moments.items()}
    wrap_up = line.handle(State("main", miss=2), Input(caller="+48606902915"), moments["closed"]).prompts
    plays = {p.id: p for p in (*sum(turns.values(), ()), *wrap_up, *news_opening, *news_all,
                               *sum(openings.values(), ()), *sum(hours_call.values(), ()))}
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
        hint_now = seconds(news_opening[0]) + seconds(news_opening[1])
        hint_before = hint_now + sum(seconds(p) for p in news_all)
        print(f"\nWith a coming closure and two notices of the day (21 Dec): the person hint starts at "
              f"{hint_now:.1f} s (before issue 24's order: {hint_before:.1f} s; ratio {hint_now / hint_before:.2f}); "
              f"news read before the menu: {len(news_opening) - 4} prompt(s) of {len(news_all)}")
        print("\nWords of the whole opening turn (greeting, status, hint, news, menu):")
        for (name, kind), plays_ in openings.items():
            print(f"  {name:8} {kind:9} {sum(len(p.spoken.split()) for p in plays_):4d} words, "
                  f"{sum(seconds(p) for p in plays_):5.1f} s")
        print("\nA whole 'hear the hours, then hang up' call, seconds of audio (opening + key 1 + the answer):")
        for name, plays_ in hours_call.items():
            print(f"  {name:8} {sum(seconds(p) for p in plays_):5.1f} s ({sum(len(p.spoken.split()) for p in plays_)} words)")
        print("gTTS estimate at ~2.4 words/s: "
              + ", ".join(f"{n} hint ends {sum(len(p.spoken.split()) for p in t[:3]) / 2.4:.1f} s" for n, t in turns.items())
              + f"; wrap-up {words / 2.4:.1f} s")


if __name__ == "__main__":
    main()
