"""ffmpeg's libraries inside the process (PyAV): decode gTTS's MP3, run an audio filter chain,
write the mu-law WAV a prompt is published as.

The audio build used to start the bundled ffmpeg binary for each of these steps: about eight
processes per prompt, each costing 50-90 ms to start on this machine, far more than the work.
The same decoders, filters and muxer run here in process, and give the same bytes as the
binary's command lines they replace (tests/test_libav.py compares them), so a build's output
and its content hashes do not change.

Every failure is raised as ffmpeg.FfmpegError, as the binary's failures were.
"""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Sequence

import av
import av.filter

from ivr.audio.ffmpeg import FfmpegError

# Bytes per sample of the formats used here (packed mono).
WIDTH = {"s16": 2, "flt": 4}


def _frame(data: bytes, fmt: str, rate: int) -> av.AudioFrame:
    frame = av.AudioFrame(format=fmt, layout="mono", samples=len(data) // WIDTH[fmt])
    frame.planes[0].update(data)
    frame.sample_rate, frame.pts, frame.time_base = rate, 0, Fraction(1, rate)
    return frame


def _samples(frame: av.AudioFrame, width: int) -> bytes:
    return bytes(frame.planes[0])[: frame.samples * width]  # a plane may be padded past the samples


def filter_pcm(data: bytes, fmt: str, rate: int, filters: Sequence[tuple[str, str]],
               out_fmt: str, out_rate: int) -> bytes:
    """Packed mono PCM through a chain of ffmpeg audio filters ((name, arguments) pairs, as in
    `-af name=arguments,...`), converted to `out_fmt` at `out_rate`, as the binary's
    `-f FMT -ar RATE -ac 1 -i pipe:0 -af ... -ar OUT_RATE -f OUT_FMT pipe:1` does."""
    if len(data) % WIDTH[fmt]:
        raise FfmpegError(f"{len(data)} bytes are not whole {fmt} samples")
    try:
        graph = av.filter.Graph()
        nodes = [graph.add_abuffer(format=fmt, sample_rate=rate, layout="mono", time_base=Fraction(1, rate))]
        nodes += [graph.add(name, args) for name, args in filters]
        if out_rate != rate:
            nodes.append(graph.add("aresample", str(out_rate)))
        nodes.append(graph.add("aformat", f"sample_fmts={out_fmt}:sample_rates={out_rate}:channel_layouts=mono"))
        nodes.append(graph.add("abuffersink"))
        graph.link_nodes(*nodes).configure()
        out: list[bytes] = []
        for frame in (_frame(data, fmt, rate), None) if data else (None,):
            graph.push(frame)
            while True:
                try:
                    out.append(_samples(graph.pull(), WIDTH[out_fmt]))
                except (av.BlockingIOError, av.EOFError):
                    break
        return b"".join(out)
    except av.FFmpegError as exc:
        raise FfmpegError(f"ffmpeg filters failed: {exc}") from exc


def mulaw_wav(s16: bytes, rate: int) -> bytes:
    """16-bit mono PCM as a G.711 mu-law WAV file, bit-exact (no encoder tag), as the binary's
    `-c:a pcm_mulaw -fflags +bitexact -flags +bitexact -map_metadata -1 -f wav` writes it."""
    buffer = io.BytesIO()
    try:
        with av.open(buffer, "w", format="wav", options={"fflags": "+bitexact"}) as container:
            stream = container.add_stream("pcm_mulaw", rate=rate, layout="mono")
            stream.codec_context.flags |= av.codec.context.Flags.bitexact
            for frame in ((_frame(s16, "s16", rate),) if s16 else ()) + (None,):
                for packet in stream.encode(frame):
                    container.mux(packet)
    except av.FFmpegError as exc:
        raise FfmpegError(f"writing the WAV failed: {exc}") from exc
    return buffer.getvalue()


def decode_mp3(data: bytes) -> tuple[bytes, int, int]:
    """Samples (packed 16-bit), sample rate and channel count of an MP3, decoded by ffmpeg's
    fixed-point "mp3" decoder, the one `-acodec mp3 -i ...` (pydub's `codec="mp3"`) chose."""
    try:
        decoder = av.CodecContext.create("mp3", "r")
        frames = []
        with av.open(io.BytesIO(data), "r", format="mp3") as container:
            stream = container.streams.audio[0]
            for packet in container.demux(stream):  # the last, empty packet flushes the decoder
                frames += decoder.decode(packet)
    except (av.FFmpegError, IndexError) as exc:
        raise FfmpegError(f"cannot decode the MP3: {exc}") from exc
    if not frames:
        raise FfmpegError("the MP3 holds no audio")
    rate, channels = frames[0].sample_rate, len(frames[0].layout.channels)
    if frames[0].format.name in ("s16", "s16p") and channels == 1:
        return b"".join(_samples(frame, 2) for frame in frames), rate, channels
    # Other layouts or formats: packed 16-bit, interleaved, as the binary's pcm_s16le output.
    packed = av.AudioResampler(format="s16", layout=frames[0].layout.name, rate=rate)
    out = [_samples(f, 2 * channels) for frame in frames for f in packed.resample(frame)]
    out += [_samples(f, 2 * channels) for f in packed.resample(None)]
    return b"".join(out), rate, channels
