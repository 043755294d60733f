"""The voice webhooks: exact TwiML, signatures, malformed input, audio or fallback voice."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from conftest import FRIDAY_EVENING, MONDAY_OPEN, TOKEN, TUESDAY_OPEN, sign, say_xml



def gather_open(action: str, hints: str) -> str:
    return (
        f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
    )


def spoken(app, prompt_id, **values):
    return app.extensions["ivr"].catalogue.entry(prompt_id, values or None).spoken


def test_incoming_call_exact_twiml(make_app, post):
    app = make_app(MONDAY_OPEN)
    response = post(app, "/voice")
    assert response.status_code == 200
    assert response.mimetype == "text/xml"
    line = app.extensions["ivr"].line
    hints = ", ".join(line.start(MONDAY_OPEN).hints)
    action = "/voice/answer?node=main&amp;miss=0&amp;rounds=0"
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        + gather_open(action, hints)
        + say_xml(spoken(app, "greeting"))
        + say_xml(spoken(app, "status_open", godzina="16:00"))
        + say_xml(spoken(app, "person_hint_open"))
        + say_xml(spoken(app, "menu_main"))
        # Issue 33: after the menu, the Ukrainian line offered in its own voice.
        + '<Say language="uk-UA" voice="Google.uk-UA-Standard-A"><prosody rate="85%">'
        + "Українською — натисніть вісім.</prosody></Say>"
        + "</Gather>"
        + f'<Redirect method="POST">{action}</Redirect>'
        + "</Response>"
    )
    assert response.get_data(as_text=True) == expected


def test_transfer_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    response = post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "0"})
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        + say_xml(spoken(app, "transfer"))
        + '<Dial action="/voice/dial-done?rounds=0" method="POST" timeout="25">+48618176130</Dial>'
        + "</Response>"
    )
    assert response.get_data(as_text=True) == expected


def test_completed_transfer_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    response = post(app, "/voice/dial-done", {"DialCallStatus": "completed"})
    assert response.get_data(as_text=True) == (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        + say_xml(spoken(app, "goodbye")) + "<Hangup /></Response>"
    )


def test_struggling_caller_gets_pauses_between_prompts(make_app, post):
    app = make_app(MONDAY_OPEN)
    body = post(app, "/voice/answer?node=main&miss=1&rounds=0", {}).get_data(as_text=True)
    assert '<Pause length="1" />' in body
    assert "node=main&amp;miss=2" in body


@pytest.mark.parametrize("state", ["node=main&miss=0", "node=hours&miss=0", "node=about&miss=1"])
def test_unanswered_transfer_offers_a_message_or_a_call_back(make_app, post, state):
    app = make_app(TUESDAY_OPEN)
    for status, said in (("busy", "transfer_busy"), ("no-answer", "transfer_no_answer"),
                         ("failed", "transfer_failed"), ("canceled", "transfer_failed")):
        body = post(app, "/voice/dial-done?" + state, {"DialCallStatus": status}).get_data(as_text=True)
        assert spoken(app, said) in body and spoken(app, "menu_leave_word") in body
        assert "<Gather" in body and "node=leave_word" in body and "<Hangup" not in body


# -- signatures ---------------------------------------------------------------


def test_missing_signature_is_refused(make_app):
    app = make_app()
    assert app.test_client().post("/voice", data={"CallSid": "CA1"}).status_code == 403


def test_wrong_signature_is_refused(make_app):
    app = make_app()
    response = app.test_client().post("/voice", data={"CallSid": "CA1"}, headers={"X-Twilio-Signature": "bad"})
    assert response.status_code == 403


def test_signature_with_another_token_is_refused(make_app, post):
    assert post(make_app(), "/voice", token="another-token").status_code == 403


def test_signature_over_changed_fields_is_refused(make_app):
    app = make_app()
    signature = sign("http://localhost/voice/answer", {"Digits": "1"})
    response = app.test_client().post("/voice/answer", data={"Digits": "2"}, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


@pytest.mark.parametrize("path", ["/voice", "/voice/answer?node=main", "/voice/dial-done"])
def test_every_voice_webhook_checks_signatures(make_app, path):
    assert make_app().test_client().post(path, data={"Digits": "1"}).status_code == 403


def test_behind_a_proxy_signatures_use_the_public_url(make_app, post):
    app = make_app(public_url="https://ops.example.org")
    assert post(app, "/voice", base="https://ops.example.org").status_code == 200
    assert post(app, "/voice", base="http://localhost").status_code == 403


def test_no_auth_token_refuses_everything(make_app, post):
    app = make_app(auth_token="")
    assert post(app, "/voice").status_code == 403


def test_development_switch_allows_unsigned_requests(make_app, caplog):
    app = make_app(dev_unsigned=True)
    assert "NOT checked" in caplog.text
    assert app.test_client().post("/voice").status_code == 200


# -- malformed input ----------------------------------------------------------


MALFORMED = [
    ("/voice/answer", {}),
    ("/voice/answer?node=nowhere&miss=x&rounds=-1", {"Digits": "1"}),
    ("/voice/answer?node=main&miss=99999999999", {"Digits": "1"}),
    ("/voice/answer?node=main", {"Digits": "x" * 10000}),
    ("/voice/answer?node=main", {"SpeechResult": "ą" * 10000, "Confidence": "nan"}),
    ("/voice/answer?node=main", {"SpeechResult": "\x00\ud7ff\U0010ffff", "Confidence": "-3"}),
    ("/voice/answer?node=main", {"Digits": "<Say>hack</Say>"}),
    ("/voice/answer?node=main", {"Unknown": "field", "Digits": ""}),
    ("/voice/dial-done", {"DialCallStatus": "💥" * 500}),
    ("/voice", {"From": "not a number" * 100}),
]


@pytest.mark.parametrize("path,form", MALFORMED)
def test_malformed_input_gets_a_re_prompt_never_an_error(make_app, post, path, form):
    response = post(make_app(TUESDAY_OPEN), path, form)
    assert response.status_code == 200
    root = ET.fromstring(response.get_data())
    assert root.tag == "Response" and root.find("Gather") is not None


def test_a_failure_inside_the_flow_apologises_and_continues(make_app, post, monkeypatch):
    app = make_app()

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    for stage in ("interpret", "respond"):  # reading the input, or the step it leads to
        monkeypatch.setattr(app.extensions["ivr"].line, stage, broken)
    response = post(app, "/voice/answer?node=main", {"Digits": "1"})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "Przepraszamy" in body and "<Redirect" in body


field_values = st.text(max_size=300) | st.sampled_from(
    ["0", "1", "9", "*", "#", "", "completed", "busy", "7", "RE123", "https://api.twilio.com/x/Recordings/RE123"]
)
form_strategy = st.dictionaries(
    st.sampled_from([
        "Digits", "SpeechResult", "Confidence", "DialCallStatus", "From", "CallSid", "X",
        "RecordingSid", "RecordingUrl", "RecordingDuration", "RecordingStatus",
    ]) | st.text(max_size=20),
    field_values,
    max_size=6,
)
query_strategy = st.dictionaries(st.sampled_from(["node", "miss", "rounds", "x"]), st.text(max_size=20), max_size=3)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["/voice", "/voice/answer", "/voice/dial-done", "/voice/recorded"]),
    form=form_strategy,
    query=query_strategy,
)
def test_random_fields_never_break_a_webhook(make_app_once, path, form, query):
    response = _signed_random_post(make_app_once, path, form, query)
    assert response.status_code == 200, response.get_data(as_text=True)
    root = ET.fromstring(response.get_data())
    assert root.tag == "Response"
    assert any(root.find(verb) is not None for verb in ("Gather", "Dial", "Hangup", "Record"))


@hsettings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(form=form_strategy, query=query_strategy)
def test_random_fields_never_break_the_recording_callback(make_app_once, form, query):
    import responses

    # Nothing leaves the machine: any download attempt meets a refused connection.
    with responses.RequestsMock(assert_all_requests_are_fired=False):
        response = _signed_random_post(make_app_once, "/voice/recording", form, query)
    assert response.status_code < 500, response.get_data(as_text=True)


def _signed_random_post(app, path, form, query):
    from urllib.parse import urlencode

    # Surrogates cannot travel in a real form post.
    form = {k.encode("utf-8", "replace").decode(): v.encode("utf-8", "replace").decode() for k, v in form.items()}
    query = {k: v.encode("utf-8", "replace").decode() for k, v in query.items()}
    full = path + ("?" + urlencode(query) if query else "")
    headers = {"X-Twilio-Signature": sign("http://localhost" + full, form)}
    return app.test_client().post(full, data=form, headers=headers)


@pytest.fixture
def make_app_once(make_app):
    return make_app(TUESDAY_OPEN)


# -- audio or fallback voice ---------------------------------------------------


def publish(app, prompt_id, values=None, name=None):
    runtime = app.extensions["ivr"]
    entry = runtime.catalogue.entry(prompt_id, values)
    audio_dir = runtime.settings.audio_dir
    audio_dir.mkdir(parents=True, exist_ok=True)
    name = name or f"{entry.id}.{'ab' * 8}.wav"
    (audio_dir / name).write_bytes(b"RIFF----WAVEfmt ")
    manifest = {"prompts": {entry.id: {"file": name, "spoken": entry.spoken}}}
    (audio_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    runtime.audio.refresh()  # look again now, not in two seconds
    return name


def test_built_audio_is_played_with_an_absolute_url(make_app, post):
    app = make_app(MONDAY_OPEN, public_url="https://ops.example.org")
    name = publish(app, "greeting")
    body = post(app, "/voice", base="https://ops.example.org").get_data(as_text=True)
    assert f"<Play>https://ops.example.org/audio/{name}</Play>" in body
    assert spoken(app, "greeting") not in body  # played, not said
    assert spoken(app, "menu_main") in body  # not built yet: said


def test_stale_audio_is_not_played(make_app, post):
    app = make_app(MONDAY_OPEN)
    runtime = app.extensions["ivr"]
    name = publish(app, "greeting")
    manifest = json.loads((runtime.settings.audio_dir / "manifest.json").read_text())
    manifest["prompts"]["greeting"]["spoken"] = "stary tekst"
    (runtime.settings.audio_dir / "manifest.json").write_text(json.dumps(manifest))
    runtime.audio.refresh()
    body = post(app, "/voice").get_data(as_text=True)
    assert name not in body and spoken(app, "greeting") in body


def test_a_broken_manifest_falls_back_to_the_voice(make_app, post):
    app = make_app(MONDAY_OPEN)
    runtime = app.extensions["ivr"]
    publish(app, "greeting")
    (runtime.settings.audio_dir / "manifest.json").write_text("{not json")
    runtime.audio.refresh()
    body = post(app, "/voice").get_data(as_text=True)
    assert spoken(app, "greeting") in body


def test_healthz(make_app):
    response = make_app().test_client().get("/healthz")
    assert response.status_code == 200
    data = response.get_json()
    assert data["status"] == "ok" and data["prompts"] > 20 and data["audio"] == 0 and data["content"] == "file"


def test_callers_numbers_are_masked_in_logs(make_app, post, caplog):
    import logging

    caplog.set_level(logging.INFO)
    post(make_app(), "/voice", {"From": "+48606902915"})
    assert "606902915" not in caplog.text
    assert "606 *** 915" in caplog.text


def test_transfer_result_keeps_the_callers_rounds(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = post(app, "/voice/dial-done?rounds=1", {"DialCallStatus": "no-answer"}).get_data(as_text=True)
    assert "rounds=1" in body and "<Gather" in body


# -- hostile bodies --------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/sms", "/voice", "/voice/recording"])
def test_a_multipart_body_is_refused_unread(make_app, path, monkeypatch):
    import werkzeug.formparser

    def never(*args, **kwargs):
        raise AssertionError("the multipart body was parsed")

    monkeypatch.setattr(werkzeug.formparser.MultiPartParser, "parse", never)
    app = make_app()
    response = app.test_client().post(path, data={"Body": "x", "file": (io.BytesIO(b"x" * 1000), "a.bin")},
                                      headers={"X-Twilio-Signature": "fake"}, content_type="multipart/form-data")
    assert response.status_code == 415


@pytest.mark.parametrize("path", ["/sms", "/voice/answer"])
def test_a_body_over_64_kib_is_refused_before_it_is_read(make_app, path):
    app = make_app()
    body = b"Body=" + b"x" * (64 * 1024)
    response = app.test_client().post(path, data=body, headers={"X-Twilio-Signature": "fake"},
                                      content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413


def test_a_normal_twilio_form_still_passes(make_app, post):
    assert post(make_app(), "/voice", {"Body": "x" * 2000}).status_code == 200


def test_twiml_is_rendered_once_per_step_and_again_after_a_content_change(make_app, post, monkeypatch, content_dir):
    import ivr.call.twiml

    renders = []
    real = ivr.call.twiml.voice
    monkeypatch.setattr(ivr.call.twiml, "voice", lambda *a, **k: renders.append(1) or real(*a, **k))
    app = make_app()
    first = [post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "2"}).get_data(as_text=True) for _ in range(3)]
    assert len(set(first)) == 1 and len(renders) == 1
    runtime = app.extensions["ivr"]
    from conftest import edit_content
    from ivr.call.content import load_content

    edit_content(content_dir, "Adres ośrodka: {adres}.", "Nasz adres: {adres}.")
    runtime.load_saved(load_content(content_dir))
    post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "2"})
    assert len(renders) == 2  # the new content's step is a new key
    assert "Nasz adres" in post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "2"}).get_data(as_text=True)
