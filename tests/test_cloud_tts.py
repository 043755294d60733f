"""The official neural voices (Azure Speech, Google Cloud TTS) against local HTTP fakes of their
REST APIs (tests/fake_cloud_tts.py): the exact request, every kind of answer, and the build's
fallback chain and rebuild. The real code path runs: only the endpoint URL points at 127.0.0.1."""
from __future__ import annotations

import json
import logging
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from ivr.audio import ssml
from ivr.audio.azure_tts import AzureEngine
from ivr.audio.build import BREAKER_FAILURES, auto_chain, build
from ivr.audio.cloud import MAX_RETRY_AFTER_S, endpoint
from ivr.audio.engine_errors import EngineError, EngineUnavailable
from ivr.audio.engines import EspeakEngine, GttsEngine
from ivr.audio.google_tts import GoogleCloudEngine
from ivr.audio.mastering import measure
from ivr.audio.telephone_audio import BadAudio, decode
from ivr.call.catalogue import Entry
from ivr.cli import main as cli

try:  # works whether or not tests/ is a package
    from tests.fake_cloud_tts import KEY, SSML_NS, XML_LANG, FakeCloudTTS, mulaw_wav, wav
    from tests.fake_google_tts import fake_google_tts
    from tests.slow_build import catalogue
    from tests.test_build import SMALL, cli_env, manifest  # noqa: F401  (fixture)
except ImportError:
    from slow_build import catalogue
    from fake_cloud_tts import KEY, SSML_NS, XML_LANG, FakeCloudTTS, mulaw_wav, wav
    from fake_google_tts import fake_google_tts
    from test_build import SMALL, cli_env, manifest  # noqa: F401

SENTENCE = "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie."


@pytest.fixture
def azure():
    with FakeCloudTTS("azure") as fake:
        yield fake


@pytest.fixture
def google():
    with FakeCloudTTS("google") as fake:
        yield fake


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def azure_engine(fake, **options) -> AzureEngine:
    options.setdefault("sleep", Sleeps())
    return AzureEngine(fake.key if "key" not in options else options.pop("key"), url=fake.url, **options)


def google_engine(fake, **options) -> GoogleCloudEngine:
    options.setdefault("sleep", Sleeps())
    return GoogleCloudEngine(fake.key if "key" not in options else options.pop("key"), url=fake.url, **options)


ENGINES = {"azure": azure_engine, "google": google_engine}


@pytest.fixture(params=["azure", "google"])
def provider(request):
    """(fake server, engine factory) for each official voice."""
    with FakeCloudTTS(request.param) as fake:
        yield fake, ENGINES[request.param]


# ---------------------------------------------------------------- SSML

def test_ssml_without_pace_is_the_plain_escaped_sentence():
    assert ssml.speak("Tom & Jerry <3  razem.") == "<speak>Tom &amp; Jerry &lt;3 razem.</speak>"
    doc = ssml.speak("Dzień dobry.", "pl-PL-ZofiaNeural")
    root = ET.fromstring(doc)
    assert root.tag == f"{SSML_NS}speak" and root.get(XML_LANG) == "pl-PL" and root.get("version") == "1.0"
    assert root.find(f"{SSML_NS}voice").get("name") == "pl-PL-ZofiaNeural"
    assert "prosody" not in doc and "break" not in doc


def test_ssml_takes_rate_and_clause_breaks_for_the_voice_issue():
    doc = ssml.speak("Proszę nacisnąć jeden, albo dwa.", rate=0.9, clause_break_ms=300)
    assert doc == '<speak><prosody rate="90%">Proszę nacisnąć jeden,<break time="300ms"/> albo dwa.</prosody></speak>'
    assert ssml.speak("Tak.", rate=1.0) == "<speak>Tak.</speak>"
    with pytest.raises(ValueError):
        ssml.speak("Tak.", rate=0.1)
    with pytest.raises(ValueError):
        ssml.speak("Tak, nie.", clause_break_ms=60_000)


# ---------------------------------------------------------------- the exact requests

def test_azure_request_is_the_documented_one(azure):
    engine = azure_engine(azure, voice="pl-PL-MarekNeural")
    audio = engine.synthesize("Zasiłek & <pomoc>  dla   seniorów.")
    (call,) = azure.synth_calls()
    assert call.path == "/cognitiveservices/v1"
    assert call.headers["Ocp-Apim-Subscription-Key"] == KEY
    assert call.headers["Content-Type"] == "application/ssml+xml"
    assert call.headers["X-Microsoft-OutputFormat"] == "riff-8khz-8bit-mono-mulaw"
    assert call.headers["User-Agent"]
    root = ET.fromstring(call.body.decode("utf-8"))
    voice = root.find(f"{SSML_NS}voice")
    assert root.get(XML_LANG) == "pl-PL" and voice.get("name") == "pl-PL-MarekNeural"
    assert voice.text == "Zasiłek & <pomoc> dla seniorów."  # escaped on the wire, whole words back
    assert audio.frame_rate == 8000 and audio.sample_width == 2 and len(audio) > 500
    assert engine.billed_characters("Zasiłek & <pomoc>  dla   seniorów.") == len("Zasiłek & <pomoc> dla seniorów.")


def test_azure_default_url_is_the_regional_endpoint():
    engine = AzureEngine("k", region="westeurope")
    assert engine.url == "https://westeurope.tts.speech.microsoft.com/cognitiveservices/v1"
    assert engine.voice == "pl-PL-ZofiaNeural"
    assert engine.voices_url() == "https://westeurope.tts.speech.microsoft.com/cognitiveservices/voices/list"
    with pytest.raises(ValueError):
        AzureEngine("k")  # neither region nor URL
    with pytest.raises(ValueError):
        AzureEngine("", region="westeurope")


def test_google_request_is_the_documented_one_and_the_key_is_not_in_the_url(google):
    engine = google_engine(google, voice="pl-PL-Wavenet-B")
    audio = engine.synthesize(SENTENCE)
    (call,) = google.synth_calls()
    assert call.path == "/v1/text:synthesize" and call.query == {}
    assert call.headers["X-Goog-Api-Key"] == KEY
    assert json.loads(call.body) == {
        "input": {"ssml": f"<speak>{SENTENCE}</speak>"},
        "voice": {"languageCode": "pl-PL", "name": "pl-PL-Wavenet-B"},
        "audioConfig": {"audioEncoding": "MULAW", "sampleRateHertz": 8000},
    }
    assert audio.frame_rate == 8000 and len(audio) > 1000
    assert engine.billed_characters(SENTENCE) == len(f"<speak>{SENTENCE}</speak>")  # Google bills the tags


def test_the_voice_setting_reaches_the_provider(monkeypatch, azure, google):
    monkeypatch.setenv("IVR_AZURE_SPEECH_KEY", KEY)
    monkeypatch.setenv("IVR_AZURE_TTS_URL", azure.url)
    monkeypatch.setenv("IVR_AZURE_VOICE", "pl-PL-AgnieszkaNeural")
    monkeypatch.setenv("IVR_GOOGLE_TTS_KEY", KEY)
    monkeypatch.setenv("IVR_GOOGLE_TTS_URL", google.url)
    monkeypatch.setenv("IVR_GOOGLE_VOICE", "pl-PL-Standard-A")
    AzureEngine.from_env().synthesize("Tak.")
    GoogleCloudEngine.from_env().synthesize("Tak.")
    assert b'name="pl-PL-AgnieszkaNeural"' in azure.synth_calls()[0].body
    assert json.loads(google.synth_calls()[0].body)["voice"]["name"] == "pl-PL-Standard-A"


def test_a_wrong_voice_name_is_a_permanent_error_asked_once(provider):
    fake, make = provider
    engine = make(fake, voice="pl-PL-NoSuchVoice")
    with pytest.raises(EngineError) as err:
        engine.synthesize("Tak.")
    assert not isinstance(err.value, EngineUnavailable) and err.value.status == 400
    assert len(fake.synth_calls()) == 1


def test_the_key_is_only_sent_over_https_or_to_loopback():
    assert endpoint("https://tts.example.gov/cognitiveservices/v1", "x") == "https://tts.example.gov/cognitiveservices/v1"
    assert endpoint("http://127.0.0.1:9/v1/text:synthesize", "x") == "http://127.0.0.1:9/v1/text:synthesize"
    assert endpoint("", "https://default") == "https://default"
    for bad in ("http://tts.example.com/v1", "ftp://127.0.0.1/", "westeurope"):
        with pytest.raises(ValueError):
            endpoint(bad, "x")


# ---------------------------------------------------------------- answers

def test_good_audio_is_real_speech_of_the_requested_length(provider):
    fake, make = provider
    short = make(fake).synthesize("Tak.")
    long = make(fake).synthesize(SENTENCE)
    assert len(long) > 2 * len(short) and long.rms > 100


@pytest.mark.parametrize("outcome", ["mp3", "stereo", "rate16k", "no_audio", "html"])
def test_a_wrong_format_is_refused_clearly_and_not_retried(provider, outcome):
    fake, make = provider
    fake.fail_always(outcome)
    with pytest.raises(BadAudio) as err:
        make(fake).synthesize("Tak.")
    assert fake.provider in str(err.value)
    assert any(word in str(err.value) for word in ("MP3", "mono", "8000 Hz", "without audio", "audioContent",
                                                   "HTML", "not JSON"))
    assert len(fake.synth_calls()) == 1


def test_google_headerless_mulaw_is_accepted_but_azure_must_send_riff(azure, google):
    google.fail_next("raw")
    assert len(google_engine(google).synthesize(SENTENCE)) > 1000
    azure.fail_next("raw")
    with pytest.raises(BadAudio, match="expected a mu-law WAV"):
        azure_engine(azure).synthesize(SENTENCE)


def test_decode_accepts_pcm16_and_streamed_headers_and_refuses_silence():
    pcm = b"".join(int(8000 * ((i % 16) - 8) / 8).to_bytes(2, "little", signed=True) for i in range(4000))
    assert len(decode(wav(pcm, 1, 16), "google")) == 500  # 4000 samples at 8 kHz
    streamed = mulaw_wav("Tak.", extended=False)
    streamed = streamed[:40] + b"\xff\xff\xff\xff" + streamed[44:]  # data size unknown when the header was sent
    assert len(decode(streamed, "azure")) > 100
    with pytest.raises(BadAudio, match="silence"):
        decode(wav(b"\xff" * 4000, 7, 8), "azure")
    with pytest.raises(BadAudio, match="too short"):
        decode(wav(b"\x00" * 40, 7, 8), "azure")
    with pytest.raises(BadAudio, match="format tag 3"):
        decode(wav(b"\x00" * 4000, 3, 32), "azure")


def test_401_is_not_retried_stops_the_engine_and_speaks_polish_to_staff(provider, caplog):
    fake, make = provider
    engine = make(fake, key="wrong-key")
    with caplog.at_level(logging.ERROR, logger="ivr.audio.cloud"), pytest.raises(EngineError) as err:
        engine.synthesize("Tak.")
    assert len(fake.synth_calls()) == 1 and engine._sleep == []
    assert err.value.status == 401 and err.value.stops_engine
    assert err.value.staff_message.startswith("Naturalny głos ") and "klucza" in err.value.staff_message
    (record,) = caplog.records
    text = record.getMessage()
    assert "HTTP 401" in text and fake.url in text and engine.key_setting in text
    assert "wrong-key" not in text and "Traceback" not in caplog.text


def test_403_stops_the_engine_with_a_polish_message(provider):
    fake, make = provider
    fake.fail_always(403)
    with pytest.raises(EngineError) as err:
        make(fake).synthesize("Tak.")
    assert err.value.status == 403 and err.value.stops_engine and "odmówił dostępu" in err.value.staff_message
    assert len(fake.synth_calls()) == 1


def test_429_waits_as_retry_after_says_then_succeeds(provider):
    fake, make = provider
    fake.fail_next(("retry_after", 2), ("retry_after", 1))
    engine = make(fake)
    assert len(engine.synthesize("Tak.")) > 100
    assert engine._sleep == [2.0, 1.0] and len(fake.synth_calls()) == 3


def test_429_with_a_long_retry_after_gives_up_at_once(provider):
    fake, make = provider
    fake.fail_always(("retry_after", int(MAX_RETRY_AFTER_S) + 60))
    engine = make(fake)
    with pytest.raises(EngineUnavailable) as err:
        engine.synthesize("Tak.")
    assert err.value.stops_engine and err.value.status == 429 and "limit" in err.value.staff_message
    assert len(fake.synth_calls()) == 1 and engine._sleep == []


def test_429_without_retry_after_backs_off_and_ends_unavailable(provider):
    fake, make = provider
    fake.fail_always(429)
    engine = make(fake, retries=2)
    with pytest.raises(EngineUnavailable) as err:
        engine.synthesize("Tak.")
    assert err.value.status == 429 and err.value.stops_engine
    assert len(fake.synth_calls()) == 3 and len(engine._sleep) == 2


@pytest.mark.parametrize("outcome", [500, 503, "cut", "truncated_wav"])
def test_transient_failures_are_retried_then_succeed(provider, outcome):
    fake, make = provider
    fake.fail_next(outcome, outcome)
    engine = make(fake)
    assert len(engine.synthesize("Tak.")) > 100
    assert len(fake.synth_calls()) == 3 and len(engine._sleep) == 2


def test_5xx_that_persists_is_unavailable_for_the_breaker(provider):
    fake, make = provider
    fake.fail_always(503)
    with pytest.raises(EngineUnavailable) as err:
        make(fake, retries=1).synthesize("Tak.")
    assert not err.value.stops_engine and err.value.staff_message is None
    assert len(fake.synth_calls()) == 2


def test_a_timeout_is_retried(provider):
    fake, make = provider
    fake.hold = 1.5
    fake.fail_next("timeout")
    engine = make(fake, timeout=(2.0, 0.4))
    assert len(engine.synthesize("Tak.")) > 100
    assert len(fake.synth_calls()) == 2


def test_google_invalid_key_is_a_400_that_means_401(google):
    engine = google_engine(google, key="nope")
    with pytest.raises(EngineError) as err:
        engine.synthesize("Tak.")
    assert err.value.status == 401 and "API_KEY_INVALID" in str(err.value)


# ---------------------------------------------------------------- doctor's key check

def test_key_check_is_one_free_request_naming_the_voice(provider):
    fake, make = provider
    assert make(fake).check() == (200, "voice found")
    assert make(fake, voice="pl-PL-Nobody").check() == (200, "no voice pl-PL-Nobody")
    status, _detail = make(fake, key="bad").check()
    assert status == 401
    assert not fake.synth_calls() and len(fake.calls) == 3  # voice lists only: nothing billed


# ---------------------------------------------------------------- the build

def chain_engines(azure):
    """Engines for a build: the fake Azure, gTTS (its fake via `responses`), espeak."""
    return {"azure": azure_engine(azure, retries=1), "gtts": GttsEngine(sleep=lambda s: None, retries=1),
            "espeak": EspeakEngine()}


def test_auto_means_the_configured_official_voice_first(monkeypatch):
    for name in ("IVR_AZURE_SPEECH_KEY", "IVR_AZURE_SPEECH_REGION", "IVR_AZURE_TTS_URL", "IVR_GOOGLE_TTS_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert auto_chain() == ["gtts", "espeak"]
    monkeypatch.setenv("IVR_GOOGLE_TTS_KEY", "k")
    assert auto_chain() == ["google", "gtts", "espeak"]
    monkeypatch.setenv("IVR_AZURE_SPEECH_KEY", "k")
    assert auto_chain() == ["google", "gtts", "espeak"]  # a key without a region is not configured
    monkeypatch.setenv("IVR_AZURE_SPEECH_REGION", "westeurope")
    assert auto_chain() == ["azure", "google", "gtts", "espeak"]


def test_auto_build_records_everything_with_the_official_voice(tmp_path, azure):
    report = build(SMALL, tmp_path, "auto", jobs=2, engines=chain_engines(azure))
    assert report.built == [e.id for e in SMALL] and report.ok and not report.notices
    prompts = manifest(tmp_path)["prompts"]
    assert {p["engine"] for p in prompts.values()} == {"azure"} and not any(p["fallback"] for p in prompts.values())
    sent = azure.spoken()
    assert report.characters["azure"] == sum(len(t) for t in sent) and report.prices["azure"] == 15.0
    assert report.cost("azure") == pytest.approx(report.characters["azure"] * 15.0 / 1e6)
    for p in prompts.values():
        got = measure((tmp_path / p["file"]).read_bytes())
        assert (got["sample_rate"], got["codec"]) == (8000, "pcm_mulaw") and -27.5 < got["active_level_dbov"] < -24.5


def test_fallback_chain_then_rebuild_when_the_better_voice_returns(tmp_path, azure):
    azure.fail_always(503)
    with fake_google_tts() as gtts_fake:
        first = build(SMALL, tmp_path, "auto", jobs=2, engines=chain_engines(azure))
    assert first.fell_back == [e.id for e in SMALL]
    assert {manifest(tmp_path)["prompts"][e.id]["engine"] for e in SMALL} == {"gtts"}
    assert all(p["fallback"] and p["fallback_reason"].startswith("azure:") for p in manifest(tmp_path)["prompts"].values())
    # The breaker: Azure is asked at most BREAKER_FAILURES sentences (each with its own retry).
    assert len(azure.synth_calls()) <= (BREAKER_FAILURES + 2) * 2
    assert gtts_fake.calls and first.characters["gtts"] > 0

    # Azure and Google both down: the robot voice, marked as a fallback.
    edited = [Entry("alpha", "Nowe.", "Zupełnie nowe słowa."), *SMALL[1:]]
    with fake_google_tts() as gtts_fake:
        gtts_fake.fail_always("connection")
        second = build(edited, tmp_path, "auto", jobs=2, engines=chain_engines(azure))
    assert second.fell_back == [e.id for e in edited]
    prompts = manifest(tmp_path)["prompts"]
    assert prompts["alpha"]["engine"] == "espeak" and prompts["alpha"]["fallback"]
    assert prompts["gamma"]["engine"] == "gtts"  # its gTTS file is reused, not re-requested

    # Azure is back: every prompt recorded by a lower engine is rebuilt with it.
    azure.recover()
    before = len(azure.synth_calls())
    with fake_google_tts() as gtts_fake:
        third = build(edited, tmp_path, "auto", jobs=2, engines=chain_engines(azure))
    assert third.built == [e.id for e in edited] and not gtts_fake.calls
    assert {p["engine"] for p in manifest(tmp_path)["prompts"].values()} == {"azure"}
    assert len(azure.synth_calls()) > before
    # And then nothing is asked again.
    again = build(edited, tmp_path, "auto", jobs=2, engines=chain_engines(azure))
    assert again.reused == [e.id for e in edited] and not again.characters


def test_a_refused_key_stops_azure_at_once_and_tells_staff(tmp_path, azure):
    engines = chain_engines(azure)
    engines["azure"] = azure_engine(azure, key="revoked")
    with fake_google_tts():
        report = build(SMALL, tmp_path, "auto", jobs=1, engines=engines)
    assert len(azure.synth_calls()) == 1  # one refusal, then the build stops asking
    assert report.fell_back == [e.id for e in SMALL]
    assert len(report.notices) == 1
    assert "nie przyjął klucza" in report.notices[0]


# ---------------------------------------------------------------- the CLI, as the issue's "Done when"

def official_env(monkeypatch, fake) -> None:
    if fake.provider == "azure":
        monkeypatch.setenv("IVR_AZURE_SPEECH_KEY", fake.key)
        monkeypatch.setenv("IVR_AZURE_TTS_URL", fake.url)
    else:
        monkeypatch.setenv("IVR_GOOGLE_TTS_KEY", fake.key)
        monkeypatch.setenv("IVR_GOOGLE_TTS_URL", fake.url)


@pytest.mark.parametrize("name", ["azure", "google"])
def test_cli_builds_the_whole_catalogue_with_an_official_voice(cli_env, monkeypatch, name):
    content, audio = cli_env
    with FakeCloudTTS(name) as fake:
        official_env(monkeypatch, fake)
        result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "build", "--engine", name, "--jobs", "4"])
    assert result.exit_code == 0, result.output + result.stderr
    n = len(catalogue(content))
    prompts = manifest(audio)["prompts"]
    assert len(prompts) == n and {p["engine"] for p in prompts.values()} == {name}
    assert not any(p["fallback"] for p in prompts.values())
    assert f"Zbudowano: {n}, bez zmian: 0, głos zapasowy (espeak): 0, błędy: 0." in result.output
    label = "naturalny głos (Azure)" if name == "azure" else "naturalny głos (Google Cloud)"
    assert f"Dzwoniący słyszą: {label} – {n} komunikatów." in result.output
    assert f"Wysłane znaki: {name} " in result.output and "szacunkowy koszt" in result.output


def test_cli_auto_with_a_bad_key_falls_back_with_a_polish_notice(cli_env, monkeypatch, azure):
    content, audio = cli_env
    official_env(monkeypatch, azure)
    monkeypatch.setenv("IVR_AZURE_SPEECH_KEY", "wrong")
    monkeypatch.setenv("IVR_TTS_ENGINE", "auto")
    with fake_google_tts():
        result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "build", "--jobs", "2"])
    assert result.exit_code == 0, result.output + result.stderr
    assert "Uwaga: Naturalny głos Azure jest niedostępny: dostawca nie przyjął klucza dostępu." in result.stderr
    assert "Głosem zapasowym (gtts) nagrano" in result.output and "bo Azure nie zadziałał" in result.output
    assert "Traceback" not in result.output + result.stderr
    assert {p["engine"] for p in manifest(audio)["prompts"].values()} == {"gtts"}


def test_cli_explains_an_official_voice_chosen_without_its_key(cli_env, monkeypatch):
    for name in ("IVR_AZURE_SPEECH_KEY", "IVR_AZURE_SPEECH_REGION", "IVR_AZURE_TTS_URL"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "build", "--engine", "azure"])
    assert result.exit_code != 0 and "IVR_AZURE_SPEECH_KEY" in result.stderr and "Traceback" not in result.stderr
    monkeypatch.setenv("IVR_TTS_ENGINE", "polly")
    result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "build"])
    assert result.exit_code != 0 and "IVR_TTS_ENGINE" in result.stderr


def test_doctor_online_checks_each_configured_key(azure, google):
    from ivr.operations.online import voice_checks

    assert list(voice_checks({})) == []  # nothing configured: nothing to check
    env = {"IVR_AZURE_SPEECH_KEY": KEY, "IVR_AZURE_TTS_URL": azure.url,
           "IVR_GOOGLE_TTS_KEY": "expired", "IVR_GOOGLE_TTS_URL": google.url}
    az, gc = list(voice_checks(env))
    assert az.ok and az.name == "Głos Azure" and "pl-PL-ZofiaNeural" in az.detail
    assert not gc.ok and gc.name == "Głos Google Cloud" and "HTTP 401" in gc.detail and "IVR_GOOGLE_TTS_KEY" in gc.fix
    (wrong_voice,) = voice_checks({"IVR_AZURE_SPEECH_KEY": KEY, "IVR_AZURE_TTS_URL": azure.url,
                                   "IVR_AZURE_VOICE": "pl-PL-Nobody"})
    assert not wrong_voice.ok and "pl-PL-Nobody" in wrong_voice.detail and "IVR_AZURE_VOICE" in wrong_voice.fix
    (down,) = voice_checks({"IVR_GOOGLE_TTS_KEY": KEY, "IVR_GOOGLE_TTS_URL": "http://127.0.0.1:9/v1/text:synthesize"})
    assert not down.ok and "brak połączenia" in down.detail
    assert not azure.synth_calls() and not google.synth_calls()  # nothing billed


# ---------------------------------------------------------------- hearing each voice before choosing

def test_samples_record_one_sentence_per_voice_and_keep_them(tmp_path, monkeypatch, azure):
    from ivr.audio.samples import available, record

    official_env(monkeypatch, azure)
    with fake_google_tts():
        assert record(tmp_path, "Dzień dobry.") == {"azure": None, "gtts": None, "espeak": None}
    found = available(tmp_path)
    assert set(found) == {"azure", "gtts", "espeak"}
    for name in found.values():
        got = measure((tmp_path / "samples" / name).read_bytes())
        assert (got["sample_rate"], got["codec"]) == (8000, "pcm_mulaw")
    calls = len(azure.synth_calls())
    azure.fail_always(503)
    with fake_google_tts() as gtts_fake:
        again = record(tmp_path, "Dzień dobry.")
    assert again == {"azure": None, "gtts": None, "espeak": None} and len(azure.synth_calls()) == calls
    assert not gtts_fake.calls and available(tmp_path) == found  # unchanged words: nothing asked
    with fake_google_tts():
        changed = record(tmp_path, "Zapraszamy.", ["azure", "espeak"])
    assert changed["azure"] and changed["espeak"] is None  # Azure down: its old sample stays
    assert available(tmp_path)["azure"] == found["azure"] and available(tmp_path)["espeak"] != found["espeak"]


def test_simulator_page_plays_each_voice_in_clerks_words(make_app, monkeypatch, azure):
    import time as _time

    from ivr.web.staff import voice_samples

    try:
        from tests.conftest import MONDAY_OPEN
        from tests.test_staff_pages import PASSWORD, sign_in, token
    except ImportError:
        from conftest import MONDAY_OPEN
        from test_staff_pages import PASSWORD, sign_in, token

    official_env(monkeypatch, azure)
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(app)
    html = client.get("/staff/simulator").get_data(as_text=True)
    assert "Jak brzmią głosy" in html and "Nie ma jeszcze próbek głosów." in html
    with fake_google_tts():
        response = client.post("/staff/simulator/voices", data={"csrf_token": token(html)})
        assert response.status_code == 303
        deadline = _time.monotonic() + 60
        while voice_samples._running.locked() and _time.monotonic() < deadline:
            _time.sleep(0.1)
    html = client.get("/staff/simulator").get_data(as_text=True)
    assert html.index("Naturalny głos (Azure)") < html.index("Naturalny głos Google") < html.index("Głos robota (espeak)")
    greeting = azure.spoken()[0]
    assert greeting.startswith("Dzień dobry")  # the greeting's own first sentence
    urls = re.findall(r'<audio controls preload="none" src="([^"]+)" aria-label="Próbka', html)
    assert len(urls) == 3
    sample = client.get(urls[0])
    assert sample.status_code == 200 and sample.mimetype == "audio/wav"
    assert client.get("/staff/simulator/voices/..%2Fmanifest.json").status_code == 404
    assert app.test_client().get(urls[0]).status_code in (302, 401)  # staff only


def test_nagrania_page_offers_the_configured_voice_and_shows_a_refusal_in_polish(make_app, monkeypatch, azure):
    try:
        from tests.conftest import MONDAY_OPEN
        from tests.test_staff_pages import PASSWORD, sign_in, token
    except ImportError:
        from conftest import MONDAY_OPEN
        from test_staff_pages import PASSWORD, sign_in, token

    for name in ("IVR_AZURE_SPEECH_KEY", "IVR_AZURE_SPEECH_REGION", "IVR_AZURE_TTS_URL", "IVR_GOOGLE_TTS_KEY"):
        monkeypatch.delenv(name, raising=False)
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(app)
    html = client.get("/staff/audio").get_data(as_text=True)
    assert "(Azure)" not in html and 'value="azure"' not in html  # no key: not offered
    official_env(monkeypatch, azure)
    html = client.get("/staff/audio").get_data(as_text=True)
    assert "Tylko naturalny głos (Azure)" in html and "Automatycznie: naturalny głos (Azure), a gdy" in html

    engines = chain_engines(azure)
    engines["azure"] = azure_engine(azure, key="revoked")
    jobs = app.extensions["ivr_staff"].builds
    jobs.build_fn = lambda entries, audio_dir, engine, progress=None, lang="pl": build(SMALL, audio_dir, engine, progress=progress, lang=lang,
                                                                             engines=engines)
    with fake_google_tts():
        response = client.post("/staff/audio/build", data={"csrf_token": token(html), "engine": "auto"})
        assert response.status_code == 303
        jobs.wait(60)
    page = client.get("/staff/audio").get_data(as_text=True)
    assert "Naturalny głos Azure jest niedostępny: dostawca nie przyjął klucza dostępu." in page
    assert "Wysłane do dostawców znaki: gtts " in page and "Traceback" not in page
    assert "revoked" not in page


def test_auto_skips_a_misconfigured_official_voice(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("IVR_AZURE_SPEECH_KEY", "k")
    monkeypatch.setenv("IVR_AZURE_TTS_URL", "http://tts.example.com/cognitiveservices/v1")  # key in clear text
    with caplog.at_level(logging.ERROR), fake_google_tts():
        report = build(SMALL[:1], tmp_path, "auto", engines={"gtts": GttsEngine(sleep=lambda s: None)})
    assert report.built == ["alpha"] and report.results[0].engine == "gtts"
    assert "azure is misconfigured" in caplog.text and "https" in caplog.text
