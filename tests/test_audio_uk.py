"""The audio of both languages: the Ukrainian catalogue built offline (espeak-ng 'uk') into its own
namespace (audio/uk/), the same mastering and content-hash names, the Polish names untouched;
the Ukrainian voices of gTTS and of the official services (through their local fakes); serving
/audio/uk/<file>; Twilio's <Say> fallback voice for Ukrainian."""
from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
from datetime import date

import pytest
import responses

from ivr.audio.build import build, content_hash, entry_settings
from ivr.audio.engines import EspeakEngine, make_engine
from ivr.audio.index import AUDIO_NAME, MANIFEST, language_audio_dir
from ivr.call.catalogue import Catalogue, piece_entry
from ivr.call.content import TRANSLATION_PROMPTS, load_content
from ivr.call.languages import LANGUAGES, say_attributes
from ivr.call.twiml import SAY
from ivr.config import ROOT
from ivr.runtime import make_schedule

try:  # works whether or not tests/ is a package
    from tests.fake_cloud_tts import SSML_NS, XML_LANG, FakeCloudTTS
    from tests.fake_google_tts import FakeGoogleTTS
except ImportError:
    from fake_cloud_tts import SSML_NS, XML_LANG, FakeCloudTTS
    from fake_google_tts import FakeGoogleTTS

DAY = date(2026, 12, 21)
IDS = ("greeting", "status_open.16-00", "status_closed.8-00.u-ponedilok", "info_contact", "menu_main",
       "callback_number.part0")


def entries(lang: str):
    content = load_content(ROOT / "prompts", lang=lang)
    catalogue = Catalogue(content, make_schedule(content), DAY)
    picked = [catalogue.entries[i] for i in IDS if i in catalogue.entries]
    return content, picked + [piece_entry(content, "606")]


def telephone_wav(path) -> tuple[int, int, int]:
    """(format tag, channels, sample rate) of a WAV file."""
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    fmt = data.index(b"fmt ") + 8
    tag, channels, rate = struct.unpack("<HHI", data[fmt:fmt + 8])
    return tag, channels, rate


@pytest.fixture(scope="module")
def both_built(tmp_path_factory):
    """The Polish and the Ukrainian prompts built offline with the real espeak-ng, each into its folder."""
    audio = tmp_path_factory.mktemp("both") / "audio"
    polish_content, polish = entries("pl")
    ukrainian_content, ukrainian = entries("uk")
    polish_report = build(polish, audio, "espeak", jobs=2)
    ukrainian_report = build(ukrainian, language_audio_dir(audio, "uk"), "espeak", jobs=2, lang="uk")
    return audio, (polish, polish_report), (ukrainian, ukrainian_report)


def test_the_ukrainian_catalogue_has_every_variant_the_polish_one_has():
    polish = load_content(ROOT / "prompts")
    ukrainian = load_content(ROOT / "prompts", lang="uk")
    pl = Catalogue(polish, make_schedule(polish), DAY)
    uk = Catalogue(ukrainian, make_schedule(ukrainian), DAY)
    # The same variants, and the sentences only a translation has (a notice without its text).
    assert len(uk) == len(pl) + len(TRANSLATION_PROMPTS)
    prefixes = lambda cat: sorted(e.id.split(".")[0] + (".slow" if e.id.endswith(".slow") else "") for e in cat  # noqa: E731
                                  if e.id not in TRANSLATION_PROMPTS)
    assert prefixes(uk) == prefixes(pl)
    assert all(p in uk.entries for p in TRANSLATION_PROMPTS)
    assert all(AUDIO_NAME.match(f"{e.id}.{'0' * 20}.wav") for e in uk)  # ids make file names
    assert uk.entries["status_closed.8-00.u-ponedilok"].spoken == "Центр зараз зачинений. Запрошуємо у понеділок з восьмої."
    assert not [e.id for e in uk if e.leftovers]


def test_both_languages_build_offline_into_their_own_namespaces(both_built):
    audio, (polish, polish_report), (ukrainian, ukrainian_report) = both_built
    assert polish_report.ok and ukrainian_report.ok
    assert len(ukrainian_report.built) == len(ukrainian)
    pl_manifest = json.loads((audio / MANIFEST).read_text(encoding="utf-8"))
    uk_manifest = json.loads((audio / "uk" / MANIFEST).read_text(encoding="utf-8"))
    assert set(pl_manifest["prompts"]) == {e.id for e in polish}
    assert set(uk_manifest["prompts"]) == {e.id for e in ukrainian}
    for entry in ukrainian:
        found = uk_manifest["prompts"][entry.id]
        assert found["spoken"] == entry.spoken and found["engine"] == "espeak"
        # The same content-hash names, with the Ukrainian voice in the hash.
        voice = EspeakEngine(voice="uk")
        assert found["file"] == f"{entry.id}.{content_hash(entry.spoken, voice.voice_key, entry_settings(entry, voice))}.wav"
        assert "espeak:uk:" in voice.voice_key
        # The same mastering: 8 kHz mono mu-law for the telephone.
        assert telephone_wav(audio / "uk" / found["file"]) == (7, 1, 8000)
        assert not (audio / found["file"]).exists()  # not in the Polish folder
    # The same id in both languages: two different files, each in its place.
    assert pl_manifest["prompts"]["greeting"]["file"] != uk_manifest["prompts"]["greeting"]["file"]


def test_the_polish_names_do_not_change_and_a_polish_build_keeps_the_ukrainian_audio(both_built, tmp_path):
    audio, (polish, _), (ukrainian, _) = both_built
    before = json.loads((audio / MANIFEST).read_text(encoding="utf-8"))["prompts"]
    voice = EspeakEngine()  # Polish: the voice key the Polish names were always made with
    for entry in polish:
        assert before[entry.id]["file"] == f"{entry.id}.{content_hash(entry.spoken, voice.voice_key, entry_settings(entry, voice))}.wav"
    uk_files = sorted(p.name for p in (audio / "uk").iterdir())
    again = build(polish, audio, "espeak", jobs=2)  # a Polish build again: nothing to do
    assert again.reused == [e.id for e in polish] and not again.removed
    assert sorted(p.name for p in (audio / "uk").iterdir()) == uk_files


def test_the_ukrainian_build_asks_gtts_for_ukrainian(tmp_path, monkeypatch):
    monkeypatch.setattr("time.sleep", lambda s: None)
    _content, picked = entries("uk")
    fake = FakeGoogleTTS()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.register(rsps)
        report = build(picked[:2], language_audio_dir(tmp_path / "audio", "uk"), "gtts", jobs=1, lang="uk")
    assert report.ok and report.built == [e.id for e in picked[:2]]
    assert fake.calls and {call.lang for call in fake.calls} == {"uk"}
    assert fake.calls[0].text.startswith("Добрий день.")


@pytest.mark.parametrize("provider, default_voice, setting", [
    ("azure", "uk-UA-PolinaNeural", "IVR_AZURE_VOICE_UK"),
    ("google", "uk-UA-Standard-A", "IVR_GOOGLE_VOICE_UK"),
])
def test_the_official_voices_speak_ukrainian(provider, default_voice, setting, monkeypatch):
    with FakeCloudTTS(provider) as fake:
        if provider == "azure":
            monkeypatch.setenv("IVR_AZURE_SPEECH_KEY", fake.key)
            monkeypatch.setenv("IVR_AZURE_TTS_URL", fake.url)
            monkeypatch.setenv("IVR_AZURE_VOICE", "pl-PL-MarekNeural")  # the Polish setting does not leak in
        else:
            monkeypatch.setenv("IVR_GOOGLE_TTS_KEY", fake.key)
            monkeypatch.setenv("IVR_GOOGLE_TTS_URL", fake.url)
            monkeypatch.setenv("IVR_GOOGLE_VOICE", "pl-PL-Wavenet-B")
        engine = make_engine(provider, lang="uk", sleep=lambda s: None)
        assert engine.voice == default_voice
        audio = engine.synthesize("Добрий день.")
        assert audio.frame_rate == 8000 and len(audio) > 100
        other = "uk-UA-OstapNeural" if provider == "azure" else "uk-UA-Wavenet-A"
        monkeypatch.setenv(setting, other)
        assert make_engine(provider, lang="uk").voice == other
        assert make_engine(provider).voice in ("pl-PL-MarekNeural", "pl-PL-Wavenet-B")  # Polish unchanged
        (call,) = fake.synth_calls()
        if provider == "azure":
            root = ET.fromstring(call.body.decode("utf-8"))
            assert root.get(XML_LANG) == "uk-UA" and root.find(f"{SSML_NS}voice").get("name") == default_voice
        else:
            body = json.loads(call.body)
            assert body["voice"] == {"languageCode": "uk-UA", "name": default_voice}
        assert call.text == "Добрий день."


def test_the_say_fallback_voice_of_each_language():
    assert say_attributes("uk") == {"language": "uk-UA", "voice": "Google.uk-UA-Standard-A"}
    assert say_attributes("pl") == SAY  # the Polish <Say> as the line has it
    assert say_attributes(None) == SAY and say_attributes("xx") == SAY
    assert LANGUAGES["uk"].speech == "uk-UA"


@pytest.fixture
def served_uk(make_app, both_built):
    import shutil

    from tests.conftest import MONDAY_OPEN

    app = make_app(MONDAY_OPEN)
    audio_dir = app.extensions["ivr"].audio.audio_dir
    shutil.copytree(both_built[0] / "uk", language_audio_dir(audio_dir, "uk"))
    name = json.loads((both_built[0] / "uk" / MANIFEST).read_text(encoding="utf-8"))["prompts"]["greeting"]["file"]
    return app, name


def test_ukrainian_audio_is_served_under_its_namespace(served_uk):
    app, name = served_uk
    client = app.test_client()
    response = client.get(f"/audio/uk/{name}")
    assert response.status_code == 200 and response.headers["Content-Type"] == "audio/wav"
    assert response.headers["ETag"] == f'"{name.split(".")[-2]}"'
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    for path in (f"/audio/{name}", f"/audio/pl/{name}", f"/audio/xx/{name}", "/audio/uk/manifest.json",
                 "/audio/uk/..%2fmanifest.json", "/audio/uk/greeting.0123456789abcdef0123.wav", "/audio/uk/"):
        assert client.get(path).status_code == 404, path


def test_cli_builds_the_ukrainian_audio_into_its_namespace(monkeypatch, content_dir, tmp_path):
    from click.testing import CliRunner

    from ivr.cli import main as cli

    audio = tmp_path / "audio"
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("IVR_AUDIO_DIR", str(audio))
    monkeypatch.setattr("ivr.call.catalogue.number_groups", lambda: [])  # the 1111 pieces take minutes
    result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "build", "--lang", "uk", "--engine", "espeak",
                                                      "--jobs", "2"])
    assert result.exit_code == 0, result.output + result.stderr
    manifest = json.loads((audio / "uk" / MANIFEST).read_text(encoding="utf-8"))
    assert not (audio / MANIFEST).exists()  # --lang uk: the Polish audio is not touched
    n = len(manifest["prompts"])
    assert n > 150 and all(p["engine"] == "espeak" for p in manifest["prompts"].values())
    assert f"Po ukraińsku ({audio / 'uk'}):" in result.output
    assert f"Zbudowano: {n}, bez zmian: 0, " in result.output
