"""The audio build's in-process ffmpeg (ivr/audio/libav.py, PyAV) gives the same bytes as the ffmpeg
binary's command lines it replaced, so builds and their content hashes do not change; and it fails
with ffmpeg.FfmpegError (a gTTS answer it cannot decode: EngineError), never with a crash."""
from __future__ import annotations

import math
from array import array
from pathlib import Path

import pytest

from ivr.audio import ffmpeg, libav
from ivr.audio.engine_errors import EngineError
from ivr.audio.engines import GttsEngine
from ivr.audio.mastering import DEFAULT_SETTINGS, _band_limit, _encode, master, measure

try:  # works whether or not tests/ is a package
    from tests.audio_helpers import mp3, speech
except ImportError:
    from audio_helpers import mp3, speech

SPEECH = speech("Ośrodek Pomocy Społecznej w Kleszczewie, ulica Poznańska pięć.")


def _binary_band_limit(pcm: bytes, rate: int, tempo: float) -> bytes:
    """The command line mastering ran before (issue 32): tempo, telephone band, 8 kHz float."""
    chain = (f"atempo={tempo:.4f}," if tempo != 1.0 else "") + "highpass=f=300,lowpass=f=3400"
    return ffmpeg.run(["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0", "-af", chain,
                       "-ar", "8000", "-ac", "1", "-f", "f32le", "-c:a", "pcm_f32le", "pipe:1"], stdin=pcm)


def _binary_encode(band: bytes, gain_db: float, limit: float, tmp_path: Path) -> bytes:
    out = tmp_path / "prompt.wav"
    ffmpeg.run(["-f", "f32le", "-ar", "8000", "-ac", "1", "-i", "pipe:0",
                "-af", f"volume=volume={gain_db:.4f}dB:precision=double,"
                       f"alimiter=limit={limit:.6f}:level=false:latency=true:attack=5:release=50",
                "-ar", "8000", "-ac", "1", "-c:a", "pcm_mulaw", "-fflags", "+bitexact", "-flags", "+bitexact",
                "-map_metadata", "-1", "-f", "wav", str(out)], stdin=band)
    return out.read_bytes()


@pytest.mark.parametrize("tempo", [1.0, 0.85])
def test_band_limiting_in_process_is_the_binarys_sound(tempo):
    """Without a tempo change the very bytes; with one, the same samples to within -90 dBFS: the binary
    (ffmpeg 9) and PyAV's libraries (ffmpeg 8) round atempo's overlap-add differently."""
    settings = DEFAULT_SETTINGS.__class__(**{**DEFAULT_SETTINGS.__dict__, "tempo": tempo})
    assert (settings.highpass, settings.lowpass, settings.sample_rate) == (300, 3400, 8000)
    ours = _band_limit(SPEECH.raw_data, SPEECH.frame_rate, settings)
    binary = _binary_band_limit(SPEECH.raw_data, SPEECH.frame_rate, tempo)
    assert len(ours) == len(binary) > 4 * 8000  # more than a second of speech at 8 kHz
    if tempo == 1.0:
        assert ours == binary
    else:
        assert max(abs(a - b) for a, b in zip(array("f", ours), array("f", binary))) < 10 ** (-90 / 20)


@pytest.mark.parametrize("gain_db, limit", [(6.0, 0.7), (-3.5, 0.9), (20.0, 0.3)])
def test_the_final_pass_in_process_writes_the_binarys_wav(tmp_path, gain_db, limit):
    band = _band_limit(SPEECH.raw_data, SPEECH.frame_rate, DEFAULT_SETTINGS)
    limit_dbfs = 20 * math.log10(limit)
    ours = _encode(band, gain_db, limit_dbfs, DEFAULT_SETTINGS)
    assert ours == _binary_encode(band, gain_db, float(f"{limit:.6f}"), tmp_path)
    assert measure(ours)["sample_rate"] == 8000 and ours[:4] == b"RIFF" and b"Lavf" not in ours


def test_an_mp3_decodes_in_process_to_the_binarys_samples():
    encoded = mp3(SPEECH.raw_data, SPEECH.frame_rate)
    pcm, rate, channels = libav.decode_mp3(encoded)
    binary = ffmpeg.run(["-acodec", "mp3", "-i", "pipe:0", "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"], stdin=encoded)
    assert (rate, channels) == (24000, 1) and pcm == binary


def test_a_whole_prompt_is_mastered_to_target_in_process():
    wav = master([SPEECH, speech("Proszę nacisnąć jeden.")], [700])
    got = measure(wav)
    assert got["sample_rate"] == 8000
    assert abs(got["active_level_dbov"] - DEFAULT_SETTINGS.target_dbov) <= 0.3
    assert got["peak_dbfs"] <= DEFAULT_SETTINGS.peak_dbfs


@pytest.mark.parametrize("garbage", [b"not an mp3 at all" * 40, b"\xff\xfb" + bytes(300), b"ID3" + bytes(10)])
def test_garbage_from_google_is_an_engine_error_not_a_crash(garbage):
    with pytest.raises(ffmpeg.FfmpegError):
        libav.decode_mp3(garbage)
    with pytest.raises(EngineError, match="cannot decode gTTS audio"):
        GttsEngine._decode(garbage)


def test_a_torn_sample_or_a_bad_filter_is_an_ffmpeg_error():
    with pytest.raises(ffmpeg.FfmpegError, match="not whole"):
        libav.filter_pcm(b"\x00\x01\x02", "s16", 16000, [], "flt", 8000)
    with pytest.raises(ffmpeg.FfmpegError):
        libav.filter_pcm(bytes(3200), "s16", 16000, [("highpass", "f=oops")], "flt", 8000)


def test_silence_in_silence_out():
    silent = array("h", [0] * 16000).tobytes()
    band = libav.filter_pcm(silent, "s16", 16000, [("highpass", "f=300")], "flt", 8000)
    assert len(band) == 4 * 8000 and not any(array("f", band))
    assert libav.filter_pcm(b"", "s16", 16000, [], "flt", 8000) == b""
