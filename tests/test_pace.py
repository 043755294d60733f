"""The [voice] settings: loading, the pauses they give, the slow variant, and what a change marks stale."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import edit_content

from ivr.audio.build import content_hash, entry_settings, plan, status
from ivr.audio.build import build as build_audio
from ivr.audio.engines import EspeakEngine
from ivr.audio.index import AudioIndex
from ivr.call.catalogue import Catalogue, Entry, slow_id
from ivr.call.content import ContentError, load_content
from ivr.call.content_errors import describe
from ivr.call.schedule import Schedule
from ivr.common.pace import DEFAULT_PACE, SLOW_PAUSES, SLOW_TEMPO, Pace, pace_for
from ivr.spoken.pauses import dictation_pieces

def without_voice(content_dir) -> None:
    """The content file without its [voice] table (comments included)."""
    path = content_dir / "pl.toml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("[voice]"), text.index("[acronyms]")
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def catalogue_of(content_dir) -> Catalogue:
    content = load_content(content_dir)
    return Catalogue(content, Schedule(content.weekly, content.closures), date(2026, 12, 1))


# ---------------------------------------------------------------- loading


def test_the_content_file_sets_tempo_and_pauses(content_dir):
    assert load_content(content_dir).voice == DEFAULT_PACE  # the file states the defaults
    edit_content(content_dir, "tempo = 0.85", "tempo = 0.9")
    edit_content(content_dir, "dictation_pause_ms = 1000", "dictation_pause_ms = 1500")
    voice = load_content(content_dir).voice
    assert (voice.tempo, voice.sentence_pause_ms, voice.option_pause_ms, voice.dictation_pause_ms) == (0.9, 600, 900, 1500)


def test_without_a_voice_table_the_defaults_apply(content_dir):
    without_voice(content_dir)
    assert load_content(content_dir).voice == DEFAULT_PACE


@pytest.mark.parametrize("old,new,key,polish", [
    ("tempo = 0.85", "tempo = 2.0", "voice.tempo", "Wartość musi być między 0,6 a 1,2."),
    ("tempo = 0.85", "tempo = 0.3", "voice.tempo", "między 0,6 a 1,2"),
    ("tempo = 0.85", 'tempo = "wolno"', "voice.tempo", "Należy wpisać liczbę"),
    ("tempo = 0.85", "tempo = true", "voice.tempo", "Należy wpisać liczbę"),
    ("dictation_pause_ms = 1000", "dictation_pause_ms = 5000", "voice.dictation_pause_ms", "między 500 a 3000"),
    ("sentence_pause_ms = 600", "sentence_pause_ms = 0.6", "voice.sentence_pause_ms", "liczbę całkowitą milisekund"),
    ("option_pause_ms = 900", "option_pause_ms = 900\nspeed = 2", "voice.speed", "Nieznany klucz"),
    ("\n[office]\n", "\nvoice = 0.85\n[office]\n", "voice", "To musi być sekcja."),
])
def test_bad_voice_settings_name_the_key_in_polish(content_dir, old, new, key, polish):
    if key == "voice":
        without_voice(content_dir)
    edit_content(content_dir, old, new)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    assert f"[{key}]" in str(caught.value)
    assert polish in describe(caught.value)


# ---------------------------------------------------------------- pauses


def test_pauses_come_from_the_pace():
    pace = Pace(sentence_pause_ms=700, option_pause_ms=1100, dictation_pause_ms=1300)
    pieces, pauses = plan("Proszę przygotować kartkę.\nTelefon: sześćdziesiąt jeden, osiemset siedemnaście, "
                          "sześćdziesiąt jeden, trzydzieści. Dziękujemy.\nKoniec, to wszystko.", pace)
    assert pieces == ["Proszę przygotować kartkę.", "Telefon: sześćdziesiąt jeden,", "osiemset siedemnaście,",
                      "sześćdziesiąt jeden,", "trzydzieści.", "Dziękujemy.", "Koniec, to wszystko."]
    # After "kartkę" the dictation pause (longer than an option's), the groups apart, then as usual.
    assert pauses == [1300, 1300, 1300, 1300, 700, 1100]


def test_only_commas_between_number_groups_are_dictation_pauses():
    assert dictation_pieces("Adres: ulica Poznańska pięć, sześćdziesiąt trzy, zero zero pięć Kleszczewo.") == [
        "Adres: ulica Poznańska pięć,", "sześćdziesiąt trzy,", "zero zero pięć Kleszczewo."]
    # A comma in prose, even beside a number, stays inside the sentence.
    assert dictation_pieces("Dzień dobry, tu ośrodek.") == ["Dzień dobry, tu ośrodek."]
    assert dictation_pieces("Mamy dwa, a nawet trzy pokoje.") == ["Mamy dwa, a nawet trzy pokoje."]


def test_the_slow_pace_is_slower_with_longer_pauses():
    slow = pace_for(DEFAULT_PACE, slow=True)
    assert slow.slow and slow.tempo == pytest.approx(DEFAULT_PACE.tempo * SLOW_TEMPO)
    assert slow.sentence_pause_ms == round(DEFAULT_PACE.sentence_pause_ms * SLOW_PAUSES)
    assert slow.dictation_pause_ms == round(DEFAULT_PACE.dictation_pause_ms * SLOW_PAUSES)
    assert pace_for(DEFAULT_PACE) == DEFAULT_PACE
    assert pace_for(slow, slow=True) == slow  # never slowed twice
    assert pace_for(Pace(dictation_pause_ms=3000), slow=True).dictation_pause_ms == 3000  # never over 3 s


# ---------------------------------------------------------------- the catalogue and stale marking


def test_every_item_and_menu_has_a_slow_variant_with_the_same_words(content_dir):
    catalogue = catalogue_of(content_dir)
    for prompt_id in ("info_hours", "info_contact", "menu_main", "menu_about", "help", "reserved_keys"):
        normal, slow = catalogue.entries[prompt_id], catalogue.entries[slow_id(prompt_id)]
        assert slow.spoken == normal.spoken and slow.pace == pace_for(normal.pace, slow=True)
    assert slow_id("greeting") not in catalogue.entries  # not an item nor a menu


def test_a_changed_voice_setting_changes_every_prompts_hash(content_dir):
    engine = EspeakEngine()
    before = {e.id: content_hash(e.spoken, "v", entry_settings(e, engine)) for e in catalogue_of(content_dir)}
    edit_content(content_dir, "sentence_pause_ms = 600", "sentence_pause_ms = 650")
    after = {e.id: content_hash(e.spoken, "v", entry_settings(e, engine)) for e in catalogue_of(content_dir)}
    assert before.keys() == after.keys()
    assert all(before[k] != after[k] for k in before)


def test_a_voice_change_marks_audio_stale_keeps_it_playing_and_the_build_redoes_it(tmp_path):
    entries = [Entry("greeting", "Dzień dobry.", "Dzień dobry."),
               Entry("menu", "Menu.", "Godziny – jeden.\nAdres – dwa.")]
    audio = tmp_path / "audio"
    first = build_audio(entries, audio, "espeak", jobs=1)
    assert sorted(first.built) == ["greeting", "menu"]
    assert status(entries, audio).old_pace == []

    faster = [replace(e, pace=Pace(tempo=0.95)) for e in entries]
    report = status(faster, audio)
    assert report.old_pace == ["greeting", "menu"] and not report.stale and not report.missing
    # Same words: the line goes on playing the old recordings until the build is done.
    assert AudioIndex(audio).file_for("greeting", "Dzień dobry.") == first.results[0].file

    second = build_audio(faster, audio, "espeak", jobs=1)
    assert sorted(second.built) == ["greeting", "menu"]
    assert status(faster, audio).old_pace == []
    assert AudioIndex(audio).file_for("greeting", "Dzień dobry.") != first.results[0].file


# ---------------------------------------------------------------- the fallback voice (SSML)


def test_say_carries_the_tempo_and_breaks_between_the_groups_of_a_number():
    from twilio.twiml.voice_response import VoiceResponse

    from ivr.call.twiml import say

    response = VoiceResponse()
    say(response, "Proszę przygotować kartkę.\nTelefon: sześćdziesiąt jeden, osiemset siedemnaście. Dzień dobry, tu ośrodek.",
        Pace(tempo=0.9, dictation_pause_ms=1200))
    assert str(response) == (
        '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="pl-PL" voice="Polly.Ewa">'
        '<prosody rate="90%">Proszę przygotować kartkę.\n<break time="1200ms" />'
        'Telefon: sześćdziesiąt jeden, <break time="1200ms" />osiemset siedemnaście. Dzień dobry, tu ośrodek.'
        '</prosody></Say></Response>')


def test_say_of_a_slow_call_is_slower_and_text_is_escaped():
    from twilio.twiml.voice_response import VoiceResponse

    from ivr.call.twiml import say

    response = VoiceResponse()
    say(response, "A & B <x>", pace_for(Pace(tempo=1.0), slow=True))
    assert '<prosody rate="80%">A &amp; B &lt;x&gt;</prosody>' in str(response)


@pytest.mark.parametrize("spoken", [
    "Powtarzamy: osiemset, sto dwadzieścia, zero zero dwa.",
    "Proszę przygotować kartkę.\nAdres: ulica Poznańska pięć, sześćdziesiąt trzy, zero zero pięć Kleszczewo.\n",
    "Dzień dobry, tu ośrodek, dwa, trzy.",
    "",
])
def test_the_chunks_give_back_the_spoken_form_exactly(spoken):
    from ivr.spoken.pauses import spoken_chunks

    assert "".join(text for text, _ in spoken_chunks(spoken, DEFAULT_PACE)) == spoken


# ---------------------------------------------------------------- an engine that slows speech itself


class PacingEngine:
    """A stand-in for an SSML engine (issue 26): speaks at the tempo it is given (a tone here)."""

    name = "pacing"
    voice_key = "pacing:v1"
    paces_itself = True

    def __init__(self):
        self.tempos = []

    def synthesize(self, sentence, tempo=1.0):
        from audio_helpers import tone

        self.tempos.append((sentence, tempo))
        return tone([1000], round(1000 / tempo))


def test_an_engine_that_slows_speech_itself_gets_the_tempo_instead_of_atempo(tmp_path):
    engine = PacingEngine()
    normal = Entry("info_x", "Zdanie.", "Zdanie.")
    slow = replace(normal, id="info_x.slow", pace=pace_for(normal.pace, slow=True))
    assert entry_settings(normal, engine).tempo == 1.0 and entry_settings(normal, EspeakEngine()).tempo == 0.85
    report = build_audio([normal, slow], tmp_path / "audio", "gtts", jobs=1, engines={"gtts": engine})
    assert sorted(report.built) == ["info_x", "info_x.slow"]
    assert sorted(engine.tempos) == [("Zdanie.", 0.68), ("Zdanie.", 0.85)]  # asked once per tempo
    from ivr.audio.mastering import measure

    index = AudioIndex(tmp_path / "audio")
    lengths = {pid: measure((tmp_path / "audio" / index.file_for(pid, "Zdanie.")).read_bytes())["duration_s"]
               for pid in ("info_x", "info_x.slow")}
    # Not stretched again by atempo: the engine's own length plus the lead and tail silences.
    assert abs(lengths["info_x"] - (1 / 0.85 + 0.65)) <= 0.05
    assert abs(lengths["info_x.slow"] - (1 / 0.68 + 0.65)) <= 0.05
