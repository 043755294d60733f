"""A fast, offline stand-in engine (ToneEngine), and a build script that uses a slow one.

Run as a script by the SIGKILL test:

    python tests/slow_build.py CONTENT_DIR AUDIO_DIR VOICE DELAY_S JOBS

builds the whole catalogue of CONTENT_DIR into AUDIO_DIR with a ToneEngine whose voice key is
VOICE (a new VOICE makes every prompt new) and that sleeps DELAY_S per sentence. It prints
"ready" when the build starts (after the imports) and a summary when it ends.
"""
from __future__ import annotations

import functools
import hashlib
import math
import sys
import threading
import time
from array import array
from datetime import date
from pathlib import Path

from ivr.audio import ffmpeg  # noqa: F401  (first: quiet pydub import, pydub pointed at ffmpeg)
from pydub import AudioSegment  # noqa: E402

TODAY = date(2026, 11, 27)


class ToneEngine:
    """Each sentence becomes a short, speech-like burst of tones (deterministic per sentence)."""

    name = "tone"

    def __init__(self, voice: str = "v1", delay: float = 0.0, rate: int = 16000):
        self.voice_key = f"tone:{voice}"
        self.delay, self.rate = delay, rate
        self.calls: list[str] = []
        self._lock = threading.Lock()

    def synthesize(self, sentence: str) -> AudioSegment:
        with self._lock:
            self.calls.append(sentence)
        if self.delay:
            time.sleep(self.delay)
        seed = int(hashlib.sha256(sentence.encode()).hexdigest()[:6], 16)
        words = max(1, len(sentence.split()))
        # One 180 ms "syllable" per word, 40 ms apart, in one of a few pitches.
        pcm = b"".join(_syllable(300 + 100 * ((seed + w) % 8), self.rate) for w in range(words))
        return AudioSegment(pcm, sample_width=2, frame_rate=self.rate, channels=1)


@functools.cache
def _syllable(freq: int, rate: int) -> bytes:
    n = rate * 180 // 1000
    samples = array("h", (int(9000 * math.sin(math.pi * i / n) * math.sin(2 * math.pi * freq * i / rate))
                          for i in range(n)))
    samples.extend([0] * (rate * 40 // 1000))
    return samples.tobytes()


def catalogue(content_dir: Path, today: date = TODAY):
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.runtime import make_schedule

    content = load_content(content_dir)
    return Catalogue(content, make_schedule(content), today)


def main(argv: list[str]) -> int:
    from ivr.audio.build import build

    content_dir, audio_dir, voice, delay, jobs = argv
    engine = ToneEngine(voice, float(delay))
    prompts = catalogue(Path(content_dir))
    print("ready", flush=True)  # imports done: the build itself starts now
    report = build(prompts, Path(audio_dir), "espeak", jobs=int(jobs), engines={"espeak": engine})
    print(f"built={len(report.built)} reused={len(report.reused)} failed={len(report.failed)}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
