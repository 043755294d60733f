"""Prompt build speed with an engine that takes a fixed time per request (no network).

Reports, for the whole catalogue:
- the full build's wall time against the ideal (requests x latency / jobs) (aim: within 1.3x);
- a plain sequential loop of gTTS-style saves (one request per sentence, each saved to a file,
  no parallelism, no mastering), as the naive script would do it;
- the no-op rebuild (nothing changed) (aim: under 1 s).

With --gtts-path the engine is the real GttsEngine whose HTTP request is replaced by the sleep
and a canned MP3, so splitting, MP3 decoding, trimming and its 4-request limit are all included.

Run: .venv/bin/python bench/build.py [--latency 0.05] [--jobs 4] [--gtts-path]
"""
from __future__ import annotations

import argparse
import math
import os
import resource
import sys
import tempfile
import threading
import time
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.audio import ffmpeg  # noqa: E402  (first: pydub pointed at the bundled ffmpeg)
from pydub import AudioSegment  # noqa: E402

RATE = 22050


def _tone(ms: int = 400, freq: float = 440.0) -> AudioSegment:
    n = RATE * ms // 1000
    samples = array("h", (int(8000 * math.sin(math.pi * i / n) * math.sin(2 * math.pi * freq * i / RATE))
                          for i in range(n)))
    return AudioSegment(samples.tobytes(), sample_width=2, frame_rate=RATE, channels=1)


class SleepEngine:
    """Sleeps `latency` per request and returns a short tone."""

    name = "bench"

    def __init__(self, latency: float, voice: str = "v1"):
        self.latency = latency
        self.voice_key = f"bench:{voice}"
        self.requests = 0
        self._lock = threading.Lock()
        self._audio = _tone()

    def synthesize(self, sentence: str) -> AudioSegment:
        with self._lock:
            self.requests += 1
        time.sleep(self.latency)
        return self._audio


def _gtts_engine(latency: float):
    """The real GttsEngine, its one HTTP request replaced by a sleep and a canned MP3."""
    from ivr.audio.engines import GOOGLE_SLOTS, GttsEngine

    mp3 = ffmpeg.run(["-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", "pipe:0", "-ar", "24000",
                      "-c:a", "libmp3lame", "-b:a", "32k", "-f", "mp3", "pipe:1"], stdin=_tone().raw_data)

    class BenchGtts(GttsEngine):
        requests = 0
        _lock = threading.Lock()

        def _request(self, piece: str) -> bytes:
            with self._lock:
                BenchGtts.requests += 1
            with GOOGLE_SLOTS:
                time.sleep(latency)
            return mp3

    engine = BenchGtts()
    engine.voice_key = "bench-gtts:v1"
    return engine


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the ffmpeg runs)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per request (default 0.05)")
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--gtts-path", action="store_true", help="go through GttsEngine (MP3 decoding, 4 slots)")
    args = parser.parse_args()

    from ivr.audio.build import build, plan
    from ivr.call.catalogue import Catalogue
    from ivr.config import Settings
    from ivr.call.content import load_content
    from ivr.runtime import make_schedule
    from ivr.call.schedule import now_in_warsaw

    settings = Settings.from_env()

    def make_catalogue() -> Catalogue:
        content = load_content(settings.content_dir)
        return Catalogue(content, make_schedule(content), now_in_warsaw().date())

    catalogue = make_catalogue()
    sentences = [s for e in catalogue for s in plan(e.spoken)[0]]
    if args.gtts_path:
        engine = _gtts_engine(args.latency)
        name = "gtts"
    else:
        engine = SleepEngine(args.latency)
        name = "espeak"  # the slot the bench engine takes; the build treats it as the only engine
    print(f"catalogue: {len(catalogue)} prompts, {len(sentences)} sentences ({len(set(sentences))} distinct); "
          f"latency {args.latency * 1000:.0f} ms per request; jobs {args.jobs}; "
          f"engine {'GttsEngine (request faked)' if args.gtts_path else 'sleep + tone'}")

    with tempfile.TemporaryDirectory(prefix="ivr-bench-") as tmp:
        audio = Path(tmp) / "audio"
        cpu, started = _cpu_seconds(), time.perf_counter()
        report = build(catalogue, audio, name, jobs=args.jobs, engines={name: engine})
        full = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu
        requests = type(engine).requests if args.gtts_path else engine.requests
        ideal = requests * args.latency / args.jobs
        cores = len(os.sched_getaffinity(0))
        against = (f"ideal {ideal:.2f} s = requests x latency / jobs; ratio {full / ideal:.2f}x, aim <= 1.3x" if ideal
                   else "no latency: the build's own work alone")
        print(f"full build:        {full:6.2f} s  ({len(report.built)} built, {requests} requests; {against})")
        print(f"  CPU used:        {cpu:6.2f} s  (decoding, filters and mastering; on {cores} cores at least "
              f"{cpu / cores:.2f} s; load average now {os.getloadavg()[0]:.1f})")

        started = time.perf_counter()
        for entry in catalogue:  # what a plain script does: one request and one file per sentence
            for i, sentence in enumerate(plan(entry.spoken)[0]):
                engine.synthesize(sentence).export(Path(tmp) / f"{entry.id}.{i}.wav", format="wav").close()
        sequential = time.perf_counter() - started
        print(f"sequential saves:  {sequential:6.2f} s  ({len(sentences)} requests, no mastering; "
              f"the build is {sequential / full:.1f}x faster)")

        before = type(engine).requests if args.gtts_path else engine.requests
        started = time.perf_counter()
        noop = build(catalogue, audio, name, jobs=args.jobs, engines={name: engine})
        rebuild = time.perf_counter() - started
        again = make_catalogue()
        with_catalogue = time.perf_counter() - started
        made = (type(engine).requests if args.gtts_path else engine.requests) - before
        print(f"no-op rebuild:     {rebuild:6.3f} s  ({len(noop.reused)} reused, {made} requests; aim < 1 s); "
              f"with making the catalogue {with_catalogue:.3f} s ({len(again)} prompts)")


if __name__ == "__main__":
    main()
