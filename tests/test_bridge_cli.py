"""`ivr messages call ID --from +48…`: the same bridge from a terminal, against the fake Twilio."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import FRIDAY_EVENING
from fake_twilio import ACCOUNT_SID, AUTH_TOKEN, CallDriver
from messages_helpers import CALLER, LINE_NUMBER, db_url, line_settings, make_line, sleeps, twilio  # noqa: F401

PUBLIC = "https://line.example.org"


@pytest.fixture
def calls(twilio):
    return twilio.register_calls()


@pytest.fixture
def cli_env(db_url, tmp_path, monkeypatch, content_dir):
    for name, value in {
        "IVR_DATABASE_URL": db_url, "IVR_CONTENT_DIR": str(content_dir), "IVR_AUDIO_DIR": str(tmp_path / "audio"),
        "IVR_RECORDINGS_DIR": str(tmp_path / "recordings"), "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "IVR_LINE_NUMBER": LINE_NUMBER, "IVR_PUBLIC_URL": PUBLIC,
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("IVR_STAFF_MOBILE", "IVR_DEV_UNSIGNED", "IVR_CALLBACK_INTERNATIONAL", "IVR_OFFICE_PHONE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def line(make_line, cli_env):
    """The line Twilio's webhooks reach, on the same database the command uses."""
    app = make_line(public_url=PUBLIC)
    return app


def ivr(*args):
    from ivr.cli import main

    return CliRunner(mix_stderr=False).invoke(main, list(args), catch_exceptions=False)


def test_call_rings_the_given_phone_and_follows_the_call(line, calls, monkeypatch):
    item = line.extensions["ivr"].messages.store.request_callback(CALLER, FRIDAY_EVENING).id
    steps = iter([
        lambda call: call.answer(),
        lambda call: call.press("1"),
        lambda call: call.resident_answers(),
        lambda call: (call.resident_ends("completed", talk=42), call.hang_up(45)),
    ])
    # Each step needs the TwiML of the one before: keep one driver for the whole call.
    driver = {}
    monkeypatch.setattr("ivr.cli.messages._sleep", lambda seconds: next(steps)(
        driver.setdefault("call", CallDriver(line, calls.calls[-1]))))
    result = ivr("messages", "call", str(item), "--from", "600 300 400", "--login", "anna")
    assert result.exit_code == 0, result.output + result.stderr
    form = calls.calls[-1]["_form"]
    assert form["To"] == "+48600300400" and form["From"] == LINE_NUMBER
    assert form["Url"] == f"{PUBLIC}/bridge/1/answer"
    assert result.output.splitlines() == [
        "Dzwonimy na Pana/Pani telefon. Proszę odebrać.", "Dzwonię do pracownika", "Łączę z mieszkańcem",
        "Rozmowa trwa", "Zakończona (42 s)",
    ]
    attempt = line.extensions["ivr"].messages.bridge.store.get(1)
    assert attempt.login == "anna" and attempt.duration == 42


def test_call_without_waiting_and_the_refusals(line, calls, monkeypatch):
    store = line.extensions["ivr"].messages.store
    item = store.request_callback(CALLER, FRIDAY_EVENING).id
    assert ivr("messages", "call", str(item), "--from", "+48600300400", "--no-wait").exit_code == 0
    busy = ivr("messages", "call", str(item), "--from", "+48600300400", "--no-wait")
    assert busy.exit_code == 1 and "już trwa" in busy.stderr
    abroad = ivr("messages", "call", str(item), "--from", "+4915123456780", "--no-wait")
    assert abroad.exit_code == 1 and "Numery zagraniczne są wyłączone" in abroad.stderr
    assert ivr("messages", "call", "999", "--from", "600300400").exit_code == 1
    assert len(calls.calls) == 1
    monkeypatch.delenv("IVR_PUBLIC_URL")
    no_url = ivr("messages", "call", str(item), "--from", "600300400")
    assert no_url.exit_code == 2 and "IVR_PUBLIC_URL" in no_url.stderr
