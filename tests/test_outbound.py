"""Texting a caller the facts (key 5), against a fake of Twilio's Messages endpoint."""
from __future__ import annotations

import logging
import threading
from datetime import timedelta

import pytest
import responses
from twilio.rest import Client

from conftest import MONDAY_OPEN, TOKEN
from fake_twilio import ACCOUNT_SID, FakeTwilio
from ivr.common.callerid import is_hidden
from ivr.messages.outbound import InfoSender, MemoryLimiter
from ivr.common.sms_segments import fits

CALLER = "+48606111222"
LINE = "+48225550100"
INFO = "Ośrodek Pomocy Społecznej\nul. Poznańska 5, 63-005 Kleszczewo"
SAY = '<Say language="pl-PL" voice="Polly.Ewa">'


@pytest.fixture
def fake():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeTwilio(mock, auth_token=TOKEN).register_messages()


def sender(fake, **kwargs) -> InfoSender:
    kwargs.setdefault("line_number", LINE)
    kwargs.setdefault("text", lambda: INFO)
    return InfoSender(fake.client, **kwargs)


# -- InfoSender against the fake -------------------------------------------------------------


def test_sends_the_info_from_the_line_number(fake, caplog):
    caplog.set_level(logging.INFO)
    assert sender(fake).send_info(CALLER, MONDAY_OPEN) == "sent"
    [request] = fake.posts()
    assert request.url == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert request.form == {"To": CALLER, "From": LINE, "Body": INFO}
    assert (request.username, request.password) == (ACCOUNT_SID, TOKEN)
    [message] = fake.messages
    assert message["sid"].startswith("SM") and message["status"] == "queued"
    assert message["to"] == CALLER and message["from"] == LINE and message["num_segments"] == "1"
    assert "606111222" not in caplog.text and "606 *** 222" in caplog.text


@pytest.mark.parametrize("mode,code", [("invalid_number", "21211"), ("not_mobile", "21614"), ("server_error", "20500")])
def test_twilio_errors_are_failed_never_raised(fake, caplog, mode, code):
    fake.fail_next(mode)
    assert sender(fake).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert len(fake.posts()) == 1 and fake.messages == []
    assert f"Twilio error {code}" in caplog.text
    assert "606111222" not in caplog.text  # Twilio's message quotes the number; the log does not


def test_a_connection_error_is_failed(fake, caplog):
    fake.fail_next("connection_error")
    assert sender(fake).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "ConnectionError" in caplog.text


def test_an_unreachable_twilio_is_failed():
    # No route registered at all: `responses` refuses the connection, as a dead network would.
    with responses.RequestsMock():
        client = lambda: Client(ACCOUNT_SID, TOKEN)  # noqa: E731
        assert InfoSender(client, LINE, lambda: INFO).send_info(CALLER, MONDAY_OPEN) == "failed"


def test_wrong_credentials_are_failed(fake, caplog):
    client = lambda: Client(ACCOUNT_SID, "rotated-token")  # noqa: E731
    assert InfoSender(client, LINE, lambda: INFO).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert fake.messages == [] and "Twilio error 20003 (HTTP 401)" in caplog.text


def test_a_failure_in_the_client_factory_is_failed():
    def broken():
        raise RuntimeError("no client")

    assert InfoSender(broken, LINE, lambda: INFO).send_info(CALLER, MONDAY_OPEN) == "failed"


def test_a_failed_send_does_not_count_against_the_hourly_limit(fake):
    info = sender(fake)
    fake.fail_next("server_error")
    assert info.send_info(CALLER, MONDAY_OPEN) == "failed"
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(seconds=20)) == "sent"
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(minutes=1)) == "already_sent"
    assert len(fake.posts()) == 2 and len(fake.messages) == 1


@pytest.mark.parametrize("number", [
    "anonymous", "Anonymous", "ANONYMOUS", "Restricted", "unknown", "Private", "Unavailable",
    "+266696687", "+7378742833", "+86282452253", "+2562533", "+8656696",
    "", "   ", "not a number", "+48", "606902915", "48606902915", "+48 606 902 915", "+0486069029",
    "+4860690291512345",
])
def test_a_hidden_number_is_not_texted(fake, number):
    assert is_hidden(number)
    assert sender(fake).send_info(number, MONDAY_OPEN) == "hidden_number"
    assert fake.requests == []


def test_one_sms_per_caller_per_hour(fake):
    info = sender(fake)
    assert info.send_info(CALLER, MONDAY_OPEN) == "sent"
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(minutes=30)) == "already_sent"
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(minutes=59, seconds=59)) == "already_sent"
    assert info.send_info("+48606333444", MONDAY_OPEN + timedelta(minutes=5)) == "sent"  # another caller
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(hours=1)) == "sent"
    assert [r.form["To"] for r in fake.posts()] == [CALLER, "+48606333444", CALLER]


def test_not_configured_is_failed_with_a_log_line(fake, caplog):
    assert sender(fake, line_number=None).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "IVR_LINE_NUMBER is not set" in caplog.text
    assert InfoSender(None, LINE, lambda: INFO).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "TWILIO_ACCOUNT_SID" in caplog.text
    assert fake.requests == []


def test_a_broken_limiter_is_failed_never_raised(fake, caplog):
    class Broken:
        def allow(self, number, now):
            raise RuntimeError("database gone")

        def release(self, number, now):
            raise RuntimeError("database gone")

    assert sender(fake, limiter=Broken()).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "606111222" not in caplog.text and fake.requests == []


def test_the_client_is_made_once(fake):
    made = []

    def factory():
        made.append(1)
        return fake.client()

    info = InfoSender(factory, LINE, lambda: INFO)
    info.send_info(CALLER, MONDAY_OPEN)
    info.send_info("+48606333444", MONDAY_OPEN)
    assert len(made) == 1 and len(fake.messages) == 2


# -- MemoryLimiter ---------------------------------------------------------------------------


def test_limiter_lets_one_of_many_simultaneous_presses_through():
    limiter = MemoryLimiter()
    results = []
    start = threading.Barrier(32)

    def press():
        start.wait()
        results.append(limiter.allow(CALLER, MONDAY_OPEN))

    threads = [threading.Thread(target=press) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1 and len(results) == 32


def test_limiter_release_only_undoes_its_own_allow():
    limiter = MemoryLimiter()
    assert limiter.allow(CALLER, MONDAY_OPEN)
    limiter.release(CALLER, MONDAY_OPEN + timedelta(minutes=1))  # not that allow: ignored
    assert not limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=2))
    limiter.release(CALLER, MONDAY_OPEN)
    assert limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=3))


def test_limiter_memory_is_bounded():
    limiter = MemoryLimiter(max_numbers=10)
    for i in range(100):
        assert limiter.allow(f"+48600000{i:03d}", MONDAY_OPEN + timedelta(minutes=i))
        assert len(limiter._last) <= 10
    # The most recent numbers are still limited.
    assert not limiter.allow("+48600000099", MONDAY_OPEN + timedelta(minutes=100))


# -- end to end: key 5 during a call -----------------------------------------------------------


def gather_open(action: str, hints: str) -> str:
    return (
        f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
    )


def spoken(app, prompt_id):
    return app.extensions["ivr"].catalogue.entry(prompt_id).spoken


@pytest.fixture
def line_app(make_app, fake):
    return make_app(MONDAY_OPEN, account_sid=ACCOUNT_SID, line_number=LINE)


def press_five(app, post, caller="+48606902915"):
    return post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "5", "From": caller})


def test_key_five_texts_the_caller_once_and_says_so(line_app, post, fake):
    app = line_app
    response = press_five(app, post)
    assert response.status_code == 200
    [request] = fake.posts()
    assert request.form == {"To": "+48606902915", "From": LINE, "Body": app.extensions["ivr"].textline.info()}
    assert fits(request.form["Body"])
    hints = ", ".join(app.extensions["ivr"].line.start(MONDAY_OPEN).hints)
    action = "/voice/answer?node=main&amp;miss=0&amp;rounds=0"
    assert response.get_data(as_text=True) == (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        + gather_open(action, hints)
        + SAY + spoken(app, "sms_sent") + "</Say>"
        + SAY + spoken(app, "menu_main") + "</Say>"
        + "</Gather>"
        + f'<Redirect method="POST">{action}</Redirect>'
        + "</Response>"
    )


def test_key_five_twice_in_an_hour_sends_one_sms(line_app, post, fake):
    press_five(line_app, post)
    body = press_five(line_app, post).get_data(as_text=True)
    assert spoken(line_app, "sms_already_sent") in body and spoken(line_app, "menu_main") in body
    assert len(fake.posts()) == 1


def test_key_five_from_a_hidden_number(line_app, post, fake):
    body = press_five(line_app, post, caller="anonymous").get_data(as_text=True)
    assert spoken(line_app, "sms_hidden_number") in body
    assert fake.requests == []


@pytest.mark.parametrize("mode", ["invalid_number", "server_error", "connection_error"])
def test_key_five_when_twilio_fails(line_app, post, fake, mode):
    fake.fail_next(mode)
    response = press_five(line_app, post)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert spoken(line_app, "sms_failed") in body and "<Gather" in body


def test_key_five_without_a_line_number(make_app, post, fake, caplog):
    app = make_app(MONDAY_OPEN, account_sid=ACCOUNT_SID, line_number=None)
    body = press_five(app, post).get_data(as_text=True)
    assert spoken(app, "sms_failed") in body
    assert "IVR_LINE_NUMBER is not set" in caplog.text
    assert fake.requests == []
