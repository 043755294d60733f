"""The Nagrania page's tempo and pauses ([voice]): shown, previewed, checked, saved, rebuilt."""
from __future__ import annotations

import re
import threading

import pytest

from conftest import MONDAY_OPEN
from test_staff_pages import PASSWORD, errors_of, sign_in, token, base_of

from ivr.audio.build import BuildReport, PromptResult, build
from ivr.audio.speech_rate import rates


@pytest.fixture
def app(make_app, monkeypatch):
    monkeypatch.setattr("ivr.call.catalogue.number_groups", lambda: ["606"])  # one piece of a number
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return sign_in(app)


def voice_form(client) -> dict:
    html = client.get("/staff/audio").get_data(as_text=True)
    form = {"csrf_token": token(html), "base": base_of(html)}
    for name, value in re.findall(r'<input type="text" id="[^"]+" name="(voice\.[^"]+)" value="([^"]*)"', html):
        form[name] = value
    return form


class Capture:
    """Stands in for the build: keeps the entries it was asked to record."""

    def __init__(self):
        self.entries = None  # the Polish ones
        self.by_lang = {}  # every language's (the staff build records Ukrainian too)
        self.done = threading.Event()

    def __call__(self, entries, audio_dir, engine, progress=None, lang="pl"):
        self.by_lang[lang] = list(entries)
        self.entries = self.by_lang.get("pl")
        results = [PromptResult(e.id, "built", engine=engine) for e in entries]
        for result in results:
            progress(result)
        if lang != "pl":  # the last language of a staff build
            self.done.set()
        return BuildReport(results, published=True)


def test_the_page_shows_the_settings_as_a_clerk_writes_them(client):
    form = voice_form(client)
    assert {k: form[k] for k in form if k.startswith("voice.")} == {
        "voice.tempo": "0,85", "voice.sentence_pause_ms": "600", "voice.option_pause_ms": "900",
        "voice.dictation_pause_ms": "1000"}
    page = client.get("/staff/audio").get_data(as_text=True)
    assert "Tempo mowy" in page and "Przerwa przy dyktowaniu" in page and "kartkę" in page


def test_a_saved_change_marks_every_prompt_and_records_them_all_anew(app, client, settings):
    capture = Capture()
    jobs = app.extensions["ivr_staff"].builds
    jobs.build_fn = capture
    form = voice_form(client) | {"voice.tempo": "0,9", "voice.dictation_pause_ms": "1200", "action": "save"}
    response = client.post("/staff/audio/voice", data=form, follow_redirects=True)
    assert response.status_code == 200
    assert "Zapisano nowe tempo i przerwy" in response.get_data(as_text=True)
    text = (settings.content_dir / "pl.toml").read_text(encoding="utf-8")
    assert "tempo = 0.9\n" in text and "dictation_pause_ms = 1200\n" in text
    assert "# tempo: 1.0 is the voice's own speed" in text  # the file's comments stay
    assert capture.done.wait(10)
    jobs.wait(10)
    catalogue = list(app.extensions["ivr"].catalogue)
    assert [e.id for e in capture.entries] == [e.id for e in catalogue] + ["number.606"]  # and the pieces
    assert all(e.pace.tempo in (0.9, 0.72) and e.pace.dictation_pause_ms in (1200, 1800) for e in capture.entries)
    assert capture.entries[-1].pace.dictation_pause_ms == 1200
    assert sum(e.pace.slow for e in capture.entries) == sum(e.id.endswith(".slow") for e in catalogue) > 0


def test_an_unchanged_form_records_nothing(app, client):
    capture = Capture()
    app.extensions["ivr_staff"].builds.build_fn = capture
    response = client.post("/staff/audio/voice", data=voice_form(client) | {"action": "save"}, follow_redirects=True)
    assert "Nic nie zmieniono" in response.get_data(as_text=True)
    assert not capture.done.wait(0.5)


@pytest.mark.parametrize("key,value,message", [
    ("voice.tempo", "2", "Wartość musi być między 0,6 a 1,2."),
    ("voice.tempo", "szybko", "Należy wpisać liczbę"),
    ("voice.dictation_pause_ms", "1,5", "liczbę całkowitą milisekund"),
    ("voice.option_pause_ms", "100", "między 300 a 2500"),
])
def test_a_wrong_value_is_refused_next_to_its_field(app, client, settings, key, value, message):
    capture = Capture()
    app.extensions["ivr_staff"].builds.build_fn = capture
    before = (settings.content_dir / "pl.toml").read_text(encoding="utf-8")
    response = client.post("/staff/audio/voice", data=voice_form(client) | {key: value, "action": "save"})
    assert response.status_code == 422
    errors = errors_of(response.get_data(as_text=True))
    assert message in errors[f"pole-{key.replace('.', '-').replace('_', '-')}"]
    assert (settings.content_dir / "pl.toml").read_text(encoding="utf-8") == before
    assert not capture.done.wait(0.3)


def test_check_shows_the_pace_a_new_tempo_gives_before_saving(app, client, settings):
    runtime = app.extensions["ivr"]
    entries = [e for e in runtime.catalogue if e.id in ("greeting", "no_input", "not_understood")]
    build(entries, settings.audio_dir, "espeak", jobs=1)
    runtime.audio.refresh()
    measured = sorted(r.per_second for r in rates(
        {e.id: {"file": f, "spoken": e.spoken} for e in entries
         for f in [runtime.audio.file_for(e.id, e.spoken)]}, settings.audio_dir).values())
    page = client.get("/staff/audio").get_data(as_text=True)
    median = f"{measured[1]:.1f}".replace(".", ",")
    assert f"połowa komunikatów nie szybciej niż <strong>{median} sylaby/s</strong>" in page

    before = (settings.content_dir / "pl.toml").read_text(encoding="utf-8")
    form = voice_form(client) | {"voice.tempo": "1,0", "action": "preview"}
    response = client.post("/staff/audio/voice", data=form)
    html = response.get_data(as_text=True)
    expected = f"{measured[1] * 1.0 / 0.85:.1f}".replace(".", ",")
    assert response.status_code == 200 and f"około {expected} sylaby/s" in html
    assert 'value="1,0"' in html  # the form keeps what was typed
    assert (settings.content_dir / "pl.toml").read_text(encoding="utf-8") == before  # nothing saved


def test_the_prompt_page_shows_the_slow_variant_staff_can_listen_to(client):
    page = client.get("/staff/prompts/info_hours").get_data(as_text=True)
    # Once per language: Polish, then the Ukrainian column (issue 33).
    polish, ukrainian = page.split('id="jezyk-uk"')
    assert polish.count("Wolniej – tak słyszy ten komunikat dzwoniący") == 1
    assert ukrainian.count("Wolniej – tak słyszy ten komunikat dzwoniący") == 1
    assert "Wolniej – tak słyszy" not in client.get("/staff/prompts/greeting").get_data(as_text=True)
