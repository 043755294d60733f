"""Check and decode the 8 kHz mu-law audio an official cloud voice sends back.

Accepted: a RIFF/WAVE file, mono, at the expected sample rate, G.711 mu-law (8 bit) or linear
PCM (16 bit); or, where the caller allows it, headerless mu-law bytes. Everything else (MP3,
Ogg, a JSON or HTML error page sent with status 200, stereo, another rate, a data chunk shorter
than its header says) is refused with a message naming what came back. A body cut short is
`TruncatedAudio`, which the engines retry like a dropped connection.
"""
from __future__ import annotations

import struct

from ivr.audio import ffmpeg  # noqa: F401  (first: imports audioop/pydub quietly)
from ivr.audio.engine_errors import EngineError

import audioop  # noqa: E402
from pydub import AudioSegment  # noqa: E402

WAVE_FORMAT_PCM = 1
WAVE_FORMAT_MULAW = 7
STREAMED_SIZES = {0, 0xFFFFFFFF}  # a header written before the length was known: data runs to the end
MIN_AUDIO_MS = 50
MAX_AUDIO_S = 120
_OTHER_FORMATS = {b"ID3": "MP3", b"OggS": "Ogg", b"fLaC": "FLAC", b"{": "JSON", b"<": "HTML/XML"}


class BadAudio(EngineError):
    """The answer is not the audio format we asked for."""


class TruncatedAudio(BadAudio):
    """The audio ends before its header says it should (a connection cut mid-answer)."""


def _what(data: bytes) -> str:
    for magic, name in _OTHER_FORMATS.items():
        if data.startswith(magic):
            return name
    return f"{len(data)} bytes starting {data[:8]!r}"


def _chunks(data: bytes, source: str) -> tuple[dict, bytes]:
    if len(data) < 12 or data[8:12] != b"WAVE":
        raise BadAudio(f"{source}: RIFF file that is not WAVE ({_what(data)})")
    fmt, payload, pos = None, None, 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        if cid == b"data":
            rest = data[pos + 8:]
            if size in STREAMED_SIZES:
                payload = rest
            elif len(rest) < size:
                raise TruncatedAudio(f"{source}: audio cut short ({len(rest)} of {size} bytes of its data chunk)")
            else:
                payload = rest[:size]
            break
        body = data[pos + 8:pos + 8 + size]
        if cid == b"fmt ":
            if len(body) < 16:
                raise TruncatedAudio(f"{source}: WAV header cut short")
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", body)
            fmt = {"tag": tag, "channels": channels, "rate": rate, "bits": bits}
        pos += 8 + size + (size & 1)
    if fmt is None:
        raise (TruncatedAudio if payload is None else BadAudio)(f"{source}: WAV without a fmt chunk")
    if payload is None:
        raise TruncatedAudio(f"{source}: WAV without a data chunk (cut short?)")
    return fmt, payload


def decode(data: bytes, source: str, rate: int = 8000, allow_raw: bool = False) -> AudioSegment:
    """16-bit mono AudioSegment of an answer; `source` names the engine in error messages."""
    if not data:
        raise BadAudio(f"{source}: answer without audio")
    if data.startswith(b"RIFF"):
        fmt, payload = _chunks(data, source)
        if fmt["channels"] != 1 or fmt["rate"] != rate:
            raise BadAudio(f"{source}: expected mono {rate} Hz, got {fmt['channels']} channel(s) at {fmt['rate']} Hz")
        if fmt["tag"] == WAVE_FORMAT_MULAW and fmt["bits"] == 8:
            pcm = audioop.ulaw2lin(payload, 2)
        elif fmt["tag"] == WAVE_FORMAT_PCM and fmt["bits"] == 16:
            pcm = payload[:len(payload) - len(payload) % 2]
        else:
            raise BadAudio(f"{source}: unsupported WAV encoding (format tag {fmt['tag']}, {fmt['bits']} bits); "
                           "expected mu-law 8 bit or PCM 16 bit")
    elif allow_raw and _what(data) == f"{len(data)} bytes starting {data[:8]!r}":
        pcm = audioop.ulaw2lin(data, 2)  # headerless mu-law, as requested
    else:
        raise BadAudio(f"{source}: expected a mu-law WAV, got {_what(data)}")
    seconds = len(pcm) / 2 / rate
    if seconds * 1000 < MIN_AUDIO_MS:
        raise BadAudio(f"{source}: audio too short ({seconds * 1000:.0f} ms)")
    if seconds > MAX_AUDIO_S:
        raise BadAudio(f"{source}: audio too long ({seconds:.0f} s) for one sentence")
    if audioop.max(pcm, 2) == 0:
        raise BadAudio(f"{source}: audio is pure silence")
    return AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1)
