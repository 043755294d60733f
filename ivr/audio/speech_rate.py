"""How fast a built prompt speaks: syllables per second of active speech.

- Syllables: Polish syllables counted as vowel nuclei in the spoken form (a ą e ę i o ó u y;
  an "i" before another vowel only softens the consonant: "się", "nie", "pracownikiem").
- Active speech: the file's length without its pauses of PAUSE_MIN_S or more (frames of 10 ms
  more than SILENCE_BELOW_PEAK_DB under the loudest frame count as silence).

`ivr prompts status`, the build summary, the staff pages and bench/speech_rate.py all use this.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from ivr.audio import ffmpeg  # noqa: F401  (quiet audioop import)

import audioop  # noqa: E402
from ivr.audio.mastering import _parse_wav, _to_linear16  # noqa: E402

VOWELS = frozenset("aąeęioóuy")
PAUSE_MIN_S = 0.150
FRAME_S = 0.010
SILENCE_BELOW_PEAK_DB = 40.0
FAST = 4.5  # flagged above this many syllables a second
AIM = 4.0  # the defaults aim at a median at or below this


def syllables(text: str) -> int:
    letters = [c for c in text.lower()]
    count = 0
    for i, c in enumerate(letters):
        if c in VOWELS:
            if c == "i" and i + 1 < len(letters) and letters[i + 1] in VOWELS:
                continue
            count += 1
    return count


def active_seconds(wav: bytes) -> float:
    """Seconds of the WAV that are not inside a pause of PAUSE_MIN_S or longer."""
    fmt, payload = _parse_wav(wav)
    pcm = _to_linear16(fmt, payload)
    rate = fmt["sample_rate"]
    step = max(1, round(rate * FRAME_S)) * 2
    levels = []
    for start in range(0, len(pcm) - step + 1, step):
        rms = audioop.rms(pcm[start:start + step], 2)
        levels.append(20 * math.log10(rms) if rms else -math.inf)
    if not levels:
        return 0.0
    threshold = max(levels) - SILENCE_BELOW_PEAK_DB
    min_run = round(PAUSE_MIN_S / FRAME_S)
    silent, run = 0, 0
    for level in levels + [math.inf]:
        if level < threshold:
            run += 1
        else:
            if run >= min_run:
                silent += run
            run = 0
    return (len(levels) - silent) * FRAME_S


@dataclass(frozen=True)
class Rate:
    id: str
    syllables: int
    speech_s: float  # active speech
    duration_s: float  # the whole file

    @property
    def per_second(self) -> float:
        return self.syllables / self.speech_s if self.speech_s > 0 else 0.0

    @property
    def fast(self) -> bool:
        return self.per_second > FAST


def rate_of(prompt_id: str, spoken: str, wav: bytes) -> Rate:
    fmt, payload = _parse_wav(wav)
    duration = len(payload) * 8 / fmt["bits"] / fmt["sample_rate"] / max(1, fmt["channels"])
    return Rate(prompt_id, syllables(spoken), active_seconds(wav), duration)


def rates(prompts: Mapping[str, Mapping], audio_dir: Path | str) -> dict[str, Rate]:
    """The rate of every prompt of a manifest ("spoken" and "file" of each) whose file is readable."""
    audio_dir = Path(audio_dir)
    found = {}
    for prompt_id, entry in prompts.items():
        try:
            wav = (audio_dir / str(entry.get("file"))).read_bytes()
            found[prompt_id] = rate_of(prompt_id, str(entry.get("spoken", "")), wav)
        except (OSError, ValueError):
            continue
    return found


def summary(found: Iterable[Rate]) -> tuple[float, Rate] | None:
    """(median syllables a second, the fastest prompt), or None without any prompt."""
    found = [r for r in found if r.speech_s > 0]
    if not found:
        return None
    return statistics.median(r.per_second for r in found), max(found, key=lambda r: r.per_second)


def per_second_pl(value: float) -> str:
    """'4,2 sylaby/s' for the Polish pages and commands."""
    return f"{value:.1f}".replace(".", ",") + " sylaby/s"
