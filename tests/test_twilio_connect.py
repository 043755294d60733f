"""`ivr twilio connect` against the fake IncomingPhoneNumbers API."""
from __future__ import annotations

import pytest
import responses
from click.testing import CliRunner

from fake_twilio import ACCOUNT_SID, DEMO_SMS_URL, DEMO_VOICE_URL, FakeTwilio

TOKEN32 = "0123456789abcdef" * 2
PUBLIC = "https://infolinia.example.pl"
LINE = "+48618000000"


@pytest.fixture
def twilio():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake = FakeTwilio(mock, auth_token=TOKEN32).register_numbers()
        fake.add_number(LINE)
        fake.add_number("+48618000001", voice_url="https://other.example.org/voice")
        yield fake


def connect(*args, public=PUBLIC, token=TOKEN32, line=LINE):
    from ivr.cli import main

    env = {"IVR_PUBLIC_URL": public, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": token, "IVR_LINE_NUMBER": line}
    return CliRunner(mix_stderr=False).invoke(main, ["twilio", "connect", *args], env=env)


def the_line(twilio) -> dict:
    return next(n for n in twilio.numbers.values() if n["phone_number"] == LINE)


def test_connect_sets_every_webhook_with_post_and_prints_before_and_after(twilio):
    result = connect()
    assert result.exit_code == 0, result.output + result.stderr
    number = the_line(twilio)
    assert (number["voice_url"], number["voice_method"]) == (f"{PUBLIC}/voice", "POST")
    assert (number["sms_url"], number["sms_method"]) == (f"{PUBLIC}/sms", "POST")
    assert (number["status_callback"], number["status_callback_method"]) == (f"{PUBLIC}/voice/status", "POST")
    [update] = twilio.number_updates()
    assert update.form == {"VoiceUrl": f"{PUBLIC}/voice", "SmsUrl": f"{PUBLIC}/sms", "StatusCallback": f"{PUBLIC}/voice/status"}
    assert f"{DEMO_VOICE_URL}  →  {PUBLIC}/voice" in result.output
    assert f"{DEMO_SMS_URL}  →  {PUBLIC}/sms" in result.output
    assert f"(puste)  →  {PUBLIC}/voice/status" in result.output
    assert "POST  (bez zmian)" in result.output
    assert result.output.splitlines()[-1] == f"Zmieniono: 3. Numer kieruje połączenia i SMS do {PUBLIC}."
    # The office's other number is left alone.
    other = next(n for n in twilio.numbers.values() if n["phone_number"] == "+48618000001")
    assert other["voice_url"] == "https://other.example.org/voice"


def test_connect_twice_changes_nothing_the_second_time(twilio):
    assert connect().exit_code == 0
    again = connect()
    assert again.exit_code == 0
    assert len(twilio.number_updates()) == 1
    assert again.output.splitlines()[-1] == f"Nic do zmiany: numer już kieruje połączenia i SMS do {PUBLIC}."


def test_dry_run_shows_the_changes_and_makes_none(twilio):
    result = connect("--dry-run")
    assert result.exit_code == 0
    assert twilio.number_updates() == []
    assert the_line(twilio)["voice_url"] == DEMO_VOICE_URL
    assert f"{DEMO_VOICE_URL}  →  {PUBLIC}/voice" in result.output
    assert "Próba (--dry-run): nic nie zmieniono. Zmian do wprowadzenia: 3." in result.output


def test_connect_fixes_a_method_and_clears_a_twiml_app_that_would_override_the_urls(twilio):
    number = the_line(twilio)
    number.update(voice_url=f"{PUBLIC}/voice", voice_method="GET", voice_application_sid="AP" + TOKEN32)
    result = connect()
    assert result.exit_code == 0, result.output
    [update] = twilio.number_updates()
    assert update.form["VoiceMethod"] == "POST" and update.form["VoiceApplicationSid"] == ""
    assert number["voice_application_sid"] == "" and number["voice_method"] == "POST"


@pytest.mark.parametrize("public", ["http://infolinia.example.pl", "", "infolinia.example.pl", "https://x.example.pl/?a=1"])
def test_connect_refuses_a_public_url_that_is_not_https(twilio, public):
    result = connect(public=public)
    assert result.exit_code == 2
    assert "IVR_PUBLIC_URL" in result.stderr and "https://" in result.stderr
    assert twilio.requests == []  # Twilio was not even asked


def test_connect_says_when_the_number_is_not_in_the_account(twilio):
    result = connect(line="+48618009999")
    assert result.exit_code == 2
    assert f"Numer +48618009999 nie należy do konta {ACCOUNT_SID}." in result.stderr
    assert twilio.number_updates() == []


def test_connect_with_a_wrong_token_reports_twilio_refusal(twilio):
    result = connect(token="f" * 32)
    assert result.exit_code == 2
    assert "Twilio odmówił (HTTP 401, błąd 20003: Authenticate)." in result.stderr
