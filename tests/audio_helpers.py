"""Signal helpers for the speech tests: tones, cached espeak speech, MP3 encoding, analysis.

Pure Python (no numpy in the environment); import ivr.audio.ffmpeg first so pydub finds ffmpeg.
"""

from __future__ import annotations

import functools
import math
from array import array

from ivr.audio import ffmpeg  # first: quiet pydub/audioop import, pydub pointed at ffmpeg

import audioop  # noqa: E402
from ivr.audio.engines import EspeakEngine
from ivr.audio.mastering import _parse_wav, _to_linear16
from pydub import AudioSegment

# The levels and silences the design asks for (shared/design/audio.md, "Telephone audio"), written
# here, not read from MasteringSettings: a changed default must fail the tests, not move them.
TARGET_DBOV = -26.0  # "ITU-T P.56 tools normalize to -26 dBov"
PEAK_DBFS = -3.0  # "peaks at or below -3 dBFS"
LEAD_MS = 200  # "about 0.2 s before a prompt"
TAIL_MS = 450  # "0.4-0.5 s after"

PROMPTS = [
    "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie.",
    "Biuro jest czynne od poniedziałku do piątku, od ósmej do szesnastej.",
    "Aby poznać godziny pracy, wybierz jeden.",
    "Wnioski o świadczenia przyjmujemy na miejscu i przez internet.",
    "Nasz adres to ulica Poznańska pięć, sześćdziesiąt trzy, zero zero pięć Kleszczewo.",
]


def tone(freqs: list[float], ms: int, rate: int = 22050, amp: float = 0.3) -> AudioSegment:
    """Sum of equal-amplitude sines, peak about amp * full scale."""
    n = rate * ms // 1000
    k = [2 * math.pi * f / rate for f in freqs]
    scale = amp * 32767 / len(freqs)
    samples = array("h", (int(scale * sum(math.sin(w * i) for w in k)) for i in range(n)))
    return AudioSegment(samples.tobytes(), sample_width=2, frame_rate=rate, channels=1)


@functools.cache
def _espeak_pcm(text: str) -> tuple[bytes, int]:
    seg = EspeakEngine().synthesize(text)
    return seg.raw_data, seg.frame_rate


def speech(text: str) -> AudioSegment:
    """Real espeak-ng Polish speech (cached: AudioSegments are immutable, the bytes are reused)."""
    raw, rate = _espeak_pcm(text)
    return AudioSegment(raw, sample_width=2, frame_rate=rate, channels=1)


@functools.cache
def mp3(raw: bytes, rate: int) -> bytes:
    """Encode s16le mono PCM like Google's TTS answer: 24 kHz mono MP3, 32 kbit/s (libmp3lame)."""
    return ffmpeg.run([
        "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
        "-ar", "24000", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "32k",
        "-fflags", "+bitexact", "-map_metadata", "-1", "-f", "mp3", "pipe:1",
    ], stdin=raw)


def wav_samples(wav: bytes) -> tuple[list[int], int]:
    """Decoded 16-bit samples and sample rate of a (mu-law or PCM) WAV."""
    fmt, payload = _parse_wav(wav)
    return array("h", _to_linear16(fmt, payload)).tolist(), fmt["sample_rate"]


def tone_level_db(samples: list[int], rate: int, freq: float) -> float:
    """Amplitude (dBFS) of one frequency component, by the Goertzel algorithm."""
    w = 2 * math.pi * freq / rate
    c = 2 * math.cos(w)
    s1 = s2 = 0.0
    for v in samples:
        s1, s2 = v + c * s1 - s2, s1
    power = max(s1 * s1 + s2 * s2 - c * s1 * s2, 0.0)
    amp = 2 * math.sqrt(power) / len(samples) / 32768
    return 20 * math.log10(amp) if amp > 0 else -math.inf


def quiet_gaps_ms(wav: bytes, window_ms: int = 5, rel_db: float = 45.0) -> list[float]:
    """Lengths of quiet stretches BETWEEN loud parts (window RMS below peak - rel_db)."""
    fmt, payload = _parse_wav(wav)
    pcm, rate = _to_linear16(fmt, payload), fmt["sample_rate"]
    threshold = audioop.max(pcm, 2) * 10 ** (-rel_db / 20)
    win = rate * window_ms // 1000 * 2
    loud = [audioop.rms(pcm[i:i + win], 2) >= threshold for i in range(0, len(pcm), win)]
    first, last = loud.index(True), len(loud) - 1 - loud[::-1].index(True)
    gaps, run = [], 0
    for flag in loud[first:last + 1]:
        if flag:
            if run:
                gaps.append(run * window_ms)
            run = 0
        else:
            run += 1
    return gaps
