"""Mastering: telephone format, level, peaks, silences, band-limiting, determinism (offline)."""

from __future__ import annotations

import math

import pytest
from pydub import AudioSegment

from ivr.audio.engines import EspeakEngine, GttsEngine
from ivr.audio.engines import render
from ivr.audio.mastering import MasteringSettings, master, measure, trim

try:  # works whether or not tests/ is a package
    from tests.audio_helpers import (
        LEAD_MS, PEAK_DBFS, PROMPTS, TAIL_MS, TARGET_DBOV, quiet_gaps_ms, speech, tone, tone_level_db,
        wav_samples,
    )
    from tests.fake_google_tts import fake_google_tts
except ImportError:
    from audio_helpers import (
        LEAD_MS, PEAK_DBFS, PROMPTS, TAIL_MS, TARGET_DBOV, quiet_gaps_ms, speech, tone, tone_level_db,
        wav_samples,
    )
    from fake_google_tts import fake_google_tts

S = MasteringSettings(tempo=1.0)  # level and silences at the engine's own speed; the tempo is tested below
MULAW_PEAK_TOLERANCE_DB = 0.1
EDGE_TOLERANCE_MS = 60


@pytest.fixture(scope="module")
def prompt_wav() -> bytes:
    return master([speech(PROMPTS[0]), speech(PROMPTS[1])], [S.sentence_pause_ms], S)


def test_output_is_8khz_mono_mulaw_wav(prompt_wav):
    m = measure(prompt_wav)
    assert prompt_wav[:4] == b"RIFF" and prompt_wav[8:12] == b"WAVE"
    assert (m["sample_rate"], m["channels"], m["format_tag"], m["codec"], m["bits"]) == (8000, 1, 7, "pcm_mulaw", 8)
    assert b"LIST" not in prompt_wav  # -map_metadata -1 / bitexact: no encoder tag


@pytest.mark.parametrize("gain_db", [0.0, 10.0, -20.0])
def test_active_level_on_target_for_loud_and_quiet_input(gain_db):
    sentences = [speech(PROMPTS[0]).apply_gain(gain_db), speech(PROMPTS[2]).apply_gain(gain_db)]
    m = measure(master(sentences, [S.option_pause_ms], S))
    assert abs(m["active_level_dbov"] - TARGET_DBOV) <= 1.0
    assert m["peak_dbfs"] <= PEAK_DBFS + MULAW_PEAK_TOLERANCE_DB


def test_level_is_consistent_across_prompts():
    levels = [measure(master([speech(p)], [], S))["active_level_dbov"] for p in PROMPTS]
    assert all(abs(lv - TARGET_DBOV) <= 1.0 for lv in levels), levels
    assert max(levels) - min(levels) <= 1.0, levels


def test_dbov_convention_with_a_sine():
    # 0 dBov = RMS of full scale, so a sine at -26 dBov has its amplitude at -26 + 3.01 dBFS;
    # checked by an independent (Goertzel) measurement of the 1 kHz component. As in P.56 the
    # 200 ms hangover after the tone counts as active: 3 s of tone are averaged over 3.2 s.
    samples, rate = wav_samples(master([tone([1000], 3000)], [], S))
    steady = samples[rate: 2 * rate]
    expected = TARGET_DBOV + 3.01 + 10 * math.log10(3.2 / 3.0)
    assert abs(tone_level_db(steady, rate, 1000) - expected) <= 0.3


def test_peaks_are_limited_while_level_stays_on_target():
    # Speech with clicks 20 dB above it: plain gain would push them over -3 dBFS.
    clicks = tone([1000], 8, amp=1.0)
    seg = speech(PROMPTS[3]).apply_gain(-20)
    seg = seg.overlay(clicks, position=400).overlay(clicks, position=1500)
    m = measure(master([seg], [], S))
    assert m["peak_dbfs"] <= PEAK_DBFS + MULAW_PEAK_TOLERANCE_DB
    assert abs(m["active_level_dbov"] - TARGET_DBOV) <= 1.0


def test_lead_and_tail_silence(prompt_wav):
    m = measure(prompt_wav)
    assert abs(m["lead_silence_ms"] - LEAD_MS) <= EDGE_TOLERANCE_MS
    assert abs(m["tail_silence_ms"] - TAIL_MS) <= EDGE_TOLERANCE_MS


def test_engine_silence_is_trimmed_before_adding_ours():
    padded = AudioSegment.silent(700, frame_rate=22050) + speech(PROMPTS[2]) + AudioSegment.silent(900, frame_rate=22050)
    m = measure(master([padded], [], S))
    assert abs(m["lead_silence_ms"] - LEAD_MS) <= EDGE_TOLERANCE_MS
    assert abs(m["tail_silence_ms"] - TAIL_MS) <= EDGE_TOLERANCE_MS


@pytest.mark.parametrize("pause_ms", [500, 800])
def test_pause_between_sentences(pause_ms):
    # Short sentences without commas: no pause inside a sentence comes near 500 ms.
    wav = master([speech("Wybierz jeden."), speech("Wybierz dwa.")], [pause_ms], S)
    longest = max(quiet_gaps_ms(wav))
    assert abs(longest - pause_ms) <= EDGE_TOLERANCE_MS


def test_trim_removes_engine_silence_only():
    core = tone([440], 1000)
    trimmed = trim(AudioSegment.silent(300, frame_rate=22050) + core + AudioSegment.silent(500, frame_rate=22050))
    assert abs(len(trimmed) - len(core)) <= 10
    assert len(trim(AudioSegment.silent(500, frame_rate=22050))) == 0


def test_band_limit_removes_5khz_before_resampling():
    # Equal 1 kHz and 5 kHz tones: without an anti-alias filter 5 kHz folds to 3 kHz at 8 kHz.
    wav = master([tone([1000, 5000], 2000)], [], S)
    samples, rate = wav_samples(wav)
    steady = samples[rate // 2: rate // 2 + rate]  # one second well inside the tone
    wanted = tone_level_db(steady, rate, 1000)
    alias = tone_level_db(steady, rate, 3000)
    assert wanted - alias >= 30


def test_highpass_removes_hum():
    wav = master([tone([1000, 100], 2000)], [], S)
    samples, rate = wav_samples(wav)
    steady = samples[rate // 2: rate // 2 + rate]
    assert tone_level_db(steady, rate, 1000) - tone_level_db(steady, rate, 100) >= 15


def test_deterministic_bytes():
    sentences = [speech(PROMPTS[0]), speech(PROMPTS[1])]
    assert master(sentences, [500], S) == master(sentences, [500], S)


def test_silence_in_gives_silence_out():
    m = measure(master([AudioSegment.silent(300, frame_rate=22050)], [], S))
    assert m["active_level_dbov"] == -math.inf
    assert m["sample_rate"] == 8000


def test_pause_count_must_match():
    with pytest.raises(ValueError):
        master([speech(PROMPTS[0]), speech(PROMPTS[1])], [], S)
    with pytest.raises(ValueError):
        master([], [], S)


def test_settings_key_covers_every_setting():
    assert S.key() == MasteringSettings(tempo=1.0).key()
    assert S.key() != MasteringSettings(target_dbov=-24.0).key()
    assert S.key() != MasteringSettings(tempo=1.0, option_pause_ms=1200).key()


def test_render_with_espeak():
    wav = render(["Dzień dobry.", "Wybierz jeden."], EspeakEngine(), S)
    m = measure(wav)
    assert m["format_tag"] == 7 and abs(m["active_level_dbov"] - TARGET_DBOV) <= 1.0
    assert 1.5 < m["duration_s"] < 5


def test_render_with_gtts_through_fake_google():
    with fake_google_tts() as google:
        wav = render(["Dzień dobry.", "Wybierz jeden."], GttsEngine(sleep=lambda s: None), S)
    assert google.texts == ["Dzień dobry.", "Wybierz jeden."]
    m = measure(wav)
    assert m["format_tag"] == 7 and abs(m["active_level_dbov"] - TARGET_DBOV) <= 1.0
    assert abs(m["lead_silence_ms"] - LEAD_MS) <= EDGE_TOLERANCE_MS


# ---------------------------------------------------------------- the meter against signals of known level

def _wav(samples: list[int], rate: int = 8000) -> bytes:
    """16-bit PCM mono WAV written by the standard library, not by the code under test."""
    import io
    import wave
    from array import array

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array("h", samples).tobytes())
    return out.getvalue()


def _sine(amplitude: int, seconds: float, freq: int = 1000, rate: int = 8000) -> list[int]:
    return [round(amplitude * math.sin(2 * math.pi * freq * n / rate)) for n in range(int(seconds * rate))]


@pytest.mark.parametrize("amplitude", [16384, 3277, 328])  # half, a tenth and a hundredth of full scale
def test_the_meter_reads_a_steady_sine_at_its_known_level(amplitude):
    # A sine's mean power is amplitude^2 / 2: at half scale 10*log10(0.125) = -9.03 dBov.
    level_dbov = 10 * math.log10((amplitude / 32768) ** 2 / 2)
    m = measure(_wav(_sine(amplitude, 2.0)))
    assert abs(m["active_level_dbov"] - level_dbov) <= 0.02
    assert abs(m["peak_dbfs"] - 20 * math.log10(amplitude / 32768)) <= 0.01
    assert m["duration_s"] == 2.0


def test_a_full_scale_square_wave_is_0_dbov():
    square = [32767 if (n // 4) % 2 == 0 else -32767 for n in range(16000)]  # 1 kHz at 8 kHz
    m = measure(_wav(square))
    assert abs(m["active_level_dbov"] - 0.0) <= 0.01 and abs(m["peak_dbfs"] - 0.0) <= 0.01


def test_the_meter_counts_speech_and_its_200_ms_hangover_but_not_the_silence_after():
    # 1 s of tone, then 2 s of silence: as in P.56, 200 ms after the burst count as active,
    # so the level is the tone's power spread over 1.2 s; the other 1.8 s do not count.
    m = measure(_wav(_sine(16384, 1.0) + [0] * 16000))
    assert abs(m["active_level_dbov"] - (-9.031 + 10 * math.log10(1.0 / 1.2))) <= 0.02


def test_edge_silences_of_a_known_signal():
    m = measure(_wav([0] * 4000 + _sine(16384, 1.0) + [0] * 2400))  # 500 ms, tone, 300 ms
    assert abs(m["lead_silence_ms"] - 500) <= 5 and abs(m["tail_silence_ms"] - 300) <= 5


# ---------------------------------------------------------------- tempo ([voice] tempo, ffmpeg atempo)


@pytest.mark.parametrize("tempo", [0.85, 0.68])
def test_tempo_stretches_speech_and_keeps_the_pitch(tempo):
    # A 2 s 1 kHz tone: at tempo t it lasts 2/t s, still at 1 kHz (atempo keeps the pitch).
    slow = MasteringSettings(tempo=tempo)
    samples, rate = wav_samples(master([tone([1000], 2000)], [], slow))
    active = len(samples) / rate - (LEAD_MS + TAIL_MS) / 1000
    assert abs(active - 2.0 / tempo) <= 0.06
    steady = samples[rate // 2: rate // 2 + rate]
    assert tone_level_db(steady, rate, 1000) - max(tone_level_db(steady, rate, f) for f in (800, 1200)) >= 20


def test_tempo_keeps_the_set_pauses_and_edges():
    # The silences are cut before atempo and stretched back: a caller hears the pause that is set.
    slow = MasteringSettings(tempo=0.7)
    wav = master([speech("Wybierz jeden."), speech("Wybierz dwa.")], [1000], slow)
    assert abs(max(quiet_gaps_ms(wav)) - 1000) <= EDGE_TOLERANCE_MS
    m = measure(wav)
    assert abs(m["lead_silence_ms"] - LEAD_MS) <= EDGE_TOLERANCE_MS
    assert abs(m["tail_silence_ms"] - TAIL_MS) <= EDGE_TOLERANCE_MS
    assert abs(m["active_level_dbov"] - TARGET_DBOV) <= 1.0


def test_tempo_is_part_of_the_key():
    assert MasteringSettings(tempo=0.85).key() != MasteringSettings(tempo=0.9).key()
