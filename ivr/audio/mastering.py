"""Turn synthesized sentences into one telephone-ready prompt: 8 kHz mono G.711 mu-law WAV.

Pipeline (deterministic: same input, same bytes):
  1. trim each sentence's engine silence, join with the caller's pauses, add lead/tail silence;
  2. ffmpeg: high-pass + low-pass (telephone band), resample to 8 kHz (ffmpeg's resampler filters
     before decimating; pydub's set_frame_rate does not), output float so nothing clips yet;
  3. measure the active speech level AFTER band-limiting and set the gain for the target;
  4. ffmpeg: gain, look-ahead peak limiter, mu-law WAV; decode the result and re-check level and
     peak, correcting at most a few times (the limiter and mu-law quantization move both a bit).

Level convention: dBov = 10*log10(mean power / full scale^2), i.e. RMS relative to digital
full scale; a full-scale square wave is 0 dBov, a full-scale sine -3.01 dBov (as ITU-T G.191's
sv56). Peaks are in dBFS: 20*log10(max |sample| / full scale).

Active level, a simplified ITU-T P.56 (method B): P.56 gates samples on a 30 ms envelope with
200 ms hangover and picks the threshold that lies 15.9 dB below the mean power of the samples it
admits. Here the envelope is the RMS of 20 ms frames, the hangover is 10 frames (200 ms), and
the 15.9 dB margin is solved by fixed-point iteration. Not calibrated against sv56; what
matters is that every prompt is measured, and levelled, the same way. Because of the hangover,
up to 200 ms after each speech burst counts as active (as in P.56): a steady tone reads about
0.3 dB below its RMS over 3 s.
"""

from __future__ import annotations

import math
import struct
import sys
from array import array
from dataclasses import dataclass, fields, replace
from operator import mul
from typing import Sequence

from ivr.audio import ffmpeg  # noqa: F401  (first: imports audioop/pydub quietly and points pydub at ffmpeg)
from ivr.audio import libav
from ivr.common.pace import DEFAULT_PACE, Pace

import audioop  # noqa: E402  (stdlib up to 3.12; audioop-lts provides it on 3.13+)
from pydub import AudioSegment  # noqa: E402
from pydub.silence import detect_leading_silence  # noqa: E402


# Bump when the processing changes, so content hashes built from key() change too.
PIPELINE_VERSION = 2  # 2: tempo (atempo) and the dictation pause

FRAME_S = 0.020
HANGOVER_S = 0.200
P56_MARGIN_DB = 15.9
LEVEL_FLOOR_DBOV = -70.0  # frames below this never count as speech
LEVEL_TOLERANCE_DB = 0.3  # re-run the final pass when further off target than this
MULAW_HEADROOM_DB = 0.25  # mu-law decodes to interval midpoints: up to ~0.2 dB above input near -3 dBFS
MAX_GAIN_DB = 50.0
MAX_PASSES = 6

TRIM_RELATIVE_DB = 45.0
TRIM_FLOOR_DBFS = -60.0
TRIM_CHUNK_MS = 5
TRIM_FADE_MS = 5

WAVE_FORMAT_PCM = 1
WAVE_FORMAT_ALAW = 6
WAVE_FORMAT_MULAW = 7
_CODECS = {WAVE_FORMAT_PCM: "pcm_s16le", WAVE_FORMAT_ALAW: "pcm_alaw", WAVE_FORMAT_MULAW: "pcm_mulaw"}


@dataclass(frozen=True)
class MasteringSettings:
    lead_ms: int = 200
    tail_ms: int = 450
    sentence_pause_ms: int = DEFAULT_PACE.sentence_pause_ms
    option_pause_ms: int = DEFAULT_PACE.option_pause_ms
    dictation_pause_ms: int = DEFAULT_PACE.dictation_pause_ms
    tempo: float = DEFAULT_PACE.tempo  # ffmpeg atempo (pitch kept); 1.0 leaves the engine's speed
    highpass: int = 300
    lowpass: int = 3400
    target_dbov: float = -26.0
    peak_dbfs: float = -3.0
    sample_rate: int = 8000

    def key(self) -> str:
        """Every setting that shapes the output, for content hashes."""
        parts = ",".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))
        return f"master-v{PIPELINE_VERSION}:{parts}"

    def with_pace(self, pace: Pace, engine_paces_itself: bool = False) -> "MasteringSettings":
        """These settings with the tempo and pauses of `pace` ([voice], or its slow variant);
        tempo 1.0 when the engine already speaks at that tempo (SSML prosody)."""
        return replace(self, tempo=1.0 if engine_paces_itself else pace.tempo,
                       sentence_pause_ms=pace.sentence_pause_ms, option_pause_ms=pace.option_pause_ms,
                       dictation_pause_ms=pace.dictation_pause_ms)


DEFAULT_SETTINGS = MasteringSettings()


# ---------------------------------------------------------------- trimming and assembly

def trim(seg: AudioSegment) -> AudioSegment:
    """Cut the engine's leading/trailing silence (below peak-45 dB, but never below -60 dBFS)."""
    if len(seg) == 0 or seg.rms == 0:
        return seg[:0]
    threshold = max(seg.max_dBFS - TRIM_RELATIVE_DB, TRIM_FLOOR_DBFS)
    start = detect_leading_silence(seg, silence_threshold=threshold, chunk_size=TRIM_CHUNK_MS)
    end = len(seg) - detect_leading_silence(seg.reverse(), silence_threshold=threshold, chunk_size=TRIM_CHUNK_MS)
    if start >= end:
        return seg[:0]
    # A short fade so the cut (at most -45 dB re peak) cannot click.
    return seg[start:end].fade_in(TRIM_FADE_MS).fade_out(TRIM_FADE_MS)


def _as_mono16(seg: AudioSegment, rate: int) -> AudioSegment:
    seg = seg.set_channels(1).set_sample_width(2)
    # Only for mixed-rate input (normally one engine per prompt); upsampling, so no aliasing.
    return seg.set_frame_rate(rate) if seg.frame_rate != rate else seg


def _silence(ms: int, rate: int) -> bytes:
    return b"\x00\x00" * round(ms * rate / 1000)


def _assemble(sentences: Sequence[AudioSegment], pauses_ms: Sequence[int], settings: MasteringSettings) -> tuple[bytes, int]:
    """Return s16le mono PCM of s1 + pause + s2 ..., and its sample rate (lead and tail silence
    are added after the tempo, exactly). Pauses are cut to `tempo` of their length: atempo
    stretches them back to the set length."""
    rate = max(s.frame_rate for s in sentences)
    parts = []
    for i, seg in enumerate(sentences):
        if i:
            parts.append(_silence(round(pauses_ms[i - 1] * settings.tempo), rate))
        parts.append(trim(_as_mono16(seg, rate)).raw_data)
    return b"".join(parts), rate


def _float_silence(ms: int, rate: int) -> bytes:
    return b"\x00\x00\x00\x00" * round(ms * rate / 1000)


# ---------------------------------------------------------------- ffmpeg passes

def _floats(raw: bytes) -> array:
    samples = array("f", raw)
    if sys.byteorder != "little":
        samples.byteswap()
    return samples


def _band_limit(pcm: bytes, rate: int, settings: MasteringSettings) -> bytes:
    """Tempo (atempo keeps the pitch), telephone band and 8 kHz; float32 output keeps filter
    overshoot from clipping."""
    tempo = [("atempo", f"{settings.tempo:.4f}")] if settings.tempo != 1.0 else []
    return libav.filter_pcm(pcm, "s16", rate, [
        *tempo, ("highpass", f"f={settings.highpass}"), ("lowpass", f"f={settings.lowpass}"),
    ], "flt", settings.sample_rate)


def _encode(band: bytes, gain_db: float, limit_dbfs: float, settings: MasteringSettings) -> bytes:
    """Gain, peak limiter, mu-law WAV. alimiter's auto-level must be off or it re-normalizes to 0 dBFS."""
    limit = min(1.0, max(0.0625, 10 ** (limit_dbfs / 20)))
    pcm = libav.filter_pcm(band, "flt", settings.sample_rate, [
        ("volume", f"volume={gain_db:.4f}dB:precision=double"),
        ("alimiter", f"limit={limit:.6f}:level=false:latency=true:attack=5:release=50"),
    ], "s16", settings.sample_rate)
    return libav.mulaw_wav(pcm, settings.sample_rate)


def master(sentences: Sequence[AudioSegment], pauses_ms: Sequence[int],
           settings: MasteringSettings = DEFAULT_SETTINGS) -> bytes:
    """Master one prompt; pauses_ms[i] is the gap after sentences[i]. Returns mu-law WAV bytes."""
    if not sentences:
        raise ValueError("no sentences to master")
    if len(pauses_ms) != len(sentences) - 1:
        raise ValueError(f"need {len(sentences) - 1} pauses for {len(sentences)} sentences, got {len(pauses_ms)}")
    pcm, rate = _assemble(sentences, pauses_ms, settings)
    out_rate = settings.sample_rate
    band = (_float_silence(settings.lead_ms, out_rate) + _band_limit(pcm, rate, settings)
            + _float_silence(settings.tail_ms, out_rate))
    level = active_level_dbov(_floats(band), settings.sample_rate)
    gain = 0.0 if level == -math.inf else min(settings.target_dbov - level, MAX_GAIN_DB)
    limit = settings.peak_dbfs - MULAW_HEADROOM_DB
    wav, previous = b"", None
    for _ in range(MAX_PASSES):
        wav = _encode(band, gain, limit, settings)
        got = measure(wav)
        level = got["active_level_dbov"]
        if level == -math.inf:
            break  # silence in, silence out
        peak_over = got["peak_dbfs"] - settings.peak_dbfs
        if abs(settings.target_dbov - level) <= LEVEL_TOLERANCE_DB and peak_over <= 0:
            break
        gain, previous = _next_gain(gain, level, previous, settings.target_dbov), (gain, level)
        if peak_over > 0:
            limit -= peak_over + 0.1
    return wav


def _next_gain(gain: float, level: float, previous: tuple[float, float] | None, target: float) -> float:
    """Secant step: when the limiter eats loud frames, level rises slower than gain."""
    slope = 1.0
    if previous is not None and previous[0] != gain:
        slope = min(1.0, max(0.2, (level - previous[1]) / (gain - previous[0])))
    return min(gain + (target - level) / slope, MAX_GAIN_DB)


# ---------------------------------------------------------------- measurement

# 16-bit samples' squares to the squares of samples scaled to +-1.0: a power of two, so a frame's sum of
# squares of the integers times it is exactly the sum of the scaled samples' squares (each term and
# every partial sum of a frame is a whole number of 2**-30, far within a float's 53 bits).
SQUARED_16BIT_SCALE = 2.0 ** -30


def _frame_powers(samples: Sequence[float], frame_len: int, scale: float = 1.0) -> list[float]:
    powers = []
    for i in range(0, len(samples) - frame_len + 1, frame_len):
        frame = samples[i:i + frame_len]
        powers.append(sum(map(mul, frame, frame)) * scale / frame_len)
    return powers


def active_level_dbov(samples: Sequence[float], rate: int, scale: float = 1.0) -> float:
    """Simplified P.56 active speech level (see module docstring) of samples scaled to +-1.0, or of
    16-bit samples with scale=SQUARED_16BIT_SCALE (the same figure, without a float per sample)."""
    frame_len = max(1, round(rate * FRAME_S))
    powers = _frame_powers(samples, frame_len, scale)
    if not powers:
        return -math.inf
    levels = [10 * math.log10(p) if p > 0 else -math.inf for p in powers]
    hang = round(HANGOVER_S / FRAME_S)
    # Envelope with hangover: a frame is as "loud" as the loudest of itself and the 10 before it.
    envelope = [max(levels[max(0, i - hang):i + 1]) for i in range(len(levels))]
    threshold, count, level = LEVEL_FLOOR_DBOV, -1, -math.inf
    # Raising the threshold only drops frames below the current mean, so the level rises
    # monotonically and the active set shrinks until it settles.
    while True:
        active = [p for p, e in zip(powers, envelope) if e >= threshold]
        if not active or len(active) == count:
            return level if active else -math.inf
        count = len(active)
        level = 10 * math.log10(sum(active) / count)
        threshold = max(LEVEL_FLOOR_DBOV, level - P56_MARGIN_DB)


def _parse_wav(data: bytes) -> tuple[dict, bytes]:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a RIFF/WAVE file")
    fmt, payload, pos = None, None, 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body = data[pos + 8:pos + 8 + size]
        if cid == b"fmt ":
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", body)
            fmt = {"format_tag": tag, "channels": channels, "sample_rate": rate, "bits": bits}
        elif cid == b"data":
            payload = body
        pos += 8 + size + (size & 1)
    if fmt is None or payload is None:
        raise ValueError("WAV without fmt or data chunk")
    return fmt, payload


def _to_linear16(fmt: dict, payload: bytes) -> bytes:
    tag, bits = fmt["format_tag"], fmt["bits"]
    if tag == WAVE_FORMAT_MULAW:
        return audioop.ulaw2lin(payload, 2)
    if tag == WAVE_FORMAT_ALAW:
        return audioop.alaw2lin(payload, 2)
    if tag == WAVE_FORMAT_PCM and bits == 16:
        return payload
    raise ValueError(f"unsupported WAV format tag {tag} / {bits} bits")


def _edge_silence_ms(pcm: bytes, rate: int, peak: int, reverse: bool) -> float:
    """Silence before the first (or after the last) 5 ms window louder than peak-45 dB / -60 dBFS."""
    if peak == 0:
        return len(pcm) / 2 / rate * 1000
    threshold = max(peak * 10 ** (-TRIM_RELATIVE_DB / 20), 32768 * 10 ** (TRIM_FLOOR_DBFS / 20))
    win = max(1, round(rate * TRIM_CHUNK_MS / 1000)) * 2
    starts = range(0, len(pcm), win)
    for n, start in enumerate(reversed(starts) if reverse else starts):
        if audioop.rms(pcm[start:start + win], 2) >= threshold:
            if reverse:
                return (len(pcm) - start - len(pcm[start:start + win])) / 2 / rate * 1000
            return start / 2 / rate * 1000
    return len(pcm) / 2 / rate * 1000


def measure(wav_bytes: bytes) -> dict:
    """Format, duration, active level (dBov), peak (dBFS) and edge silences of a WAV (mono)."""
    fmt, payload = _parse_wav(wav_bytes)
    pcm = _to_linear16(fmt, payload)
    if fmt["channels"] != 1:
        pcm = audioop.tomono(pcm, 2, 0.5, 0.5)
    rate = fmt["sample_rate"]
    peak = audioop.max(pcm, 2) if pcm else 0
    samples = array("h", pcm) if sys.byteorder == "little" else _swapped16(pcm)
    return {
        "sample_rate": rate,
        "channels": fmt["channels"],
        "format_tag": fmt["format_tag"],
        "codec": _CODECS.get(fmt["format_tag"], f"tag{fmt['format_tag']}"),
        "bits": fmt["bits"],
        "duration_s": len(pcm) / 2 / rate,
        "active_level_dbov": active_level_dbov(samples, rate, SQUARED_16BIT_SCALE),
        "peak_dbfs": 20 * math.log10(peak / 32768) if peak else -math.inf,
        "lead_silence_ms": _edge_silence_ms(pcm, rate, peak, reverse=False),
        "tail_silence_ms": _edge_silence_ms(pcm, rate, peak, reverse=True),
    }


def _swapped16(pcm: bytes) -> array:
    samples = array("h", pcm)
    samples.byteswap()
    return samples
