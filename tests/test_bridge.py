""""Oddzwoń": the whole bridge against the fake Twilio Calls API and its webhooks (CallDriver
posts them, signed, following the TwiML the line answers), on SQLite and PostgreSQL."""
from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from conftest import FRIDAY_EVENING
from fake_twilio import CallDriver
from messages_helpers import CALLER, LINE_NUMBER, db_url, line_settings, make_line, sleeps, twilio, twilio_post  # noqa: F401
from ivr.messages import bridge_store as states
from ivr.messages.bridge import describe
from ivr.web.bridge import call_urls

STAFF_PHONE = "+48600300400"
SAID = "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"


@pytest.fixture
def calls(twilio):
    return twilio.register_calls()


def bridge_of(app):
    return app.extensions["ivr"].messages.bridge


def new_item(app, number: str = CALLER) -> int:
    return app.extensions["ivr"].messages.store.request_callback(number, FRIDAY_EVENING).id


def start(app, item_id: int, login: str = "anna", phone: str = STAFF_PHONE, now=FRIDAY_EVENING):
    with app.test_request_context():
        return bridge_of(app).start(item_id, login, phone, call_urls, now)


def state(app, result) -> str:
    return bridge_of(app).store.get(result.attempt.id).state


def said(root) -> str:
    return " ".join(say.text for say in root.iter("Say"))


@pytest.fixture
def placed(make_line, calls):
    """A line, an item, and the staff phone ringing: (app, result, driver)."""
    app = make_line()
    result = start(app, new_item(app))
    assert result.ok, result.message
    return app, result, CallDriver(app, calls.calls[-1])


# -- the REST call ---------------------------------------------------------------------


def test_the_staff_phone_is_rung_first_from_the_line_number(placed, calls):
    app, result, _ = placed
    form = calls.calls[-1]["_form"]
    assert form["To"] == STAFF_PHONE and form["From"] == LINE_NUMBER
    assert form["Url"] == f"http://localhost/bridge/{result.attempt.id}/answer"
    assert form["StatusCallback"] == f"http://localhost/bridge/{result.attempt.id}/status"
    assert calls.calls[-1]["_events"] == ["answered", "completed"] and form["Timeout"] == "30"
    assert CALLER not in str(form)  # the resident's number never travels in the call's URLs
    attempt = bridge_of(app).store.get(result.attempt.id)
    assert attempt.state == states.CALLING_STAFF and attempt.login == "anna"
    assert attempt.staff_call_sid == calls.calls[-1]["sid"] and attempt.started_at == FRIDAY_EVENING
    assert describe(attempt) == "Dzwonię do pracownika"


# -- the six ways a bridge goes -------------------------------------------------------------


def test_staff_answers_presses_1_and_the_resident_answers(placed):
    app, result, call = placed
    whisper = call.answer()
    assert whisper.find("Gather").get("numDigits") == "1"
    assert f"Połączenie z mieszkańcem, numer {SAID}. Proszę nacisnąć jeden, aby połączyć." in said(whisper)
    assert state(app, result) == states.CALLING_STAFF

    dial = call.press("1").find("Dial")
    assert dial.get("callerId") == LINE_NUMBER and dial.find("Number").text == CALLER
    assert describe(bridge_of(app).store.get(result.attempt.id)) == "Łączę z mieszkańcem"

    call.resident_answers()
    assert describe(bridge_of(app).store.get(result.attempt.id)) == "Rozmowa trwa"

    end = call.resident_ends("completed", talk=95)
    assert end.find("Hangup") is not None and said(end) == ""
    call.hang_up(duration=110)
    attempt = bridge_of(app).store.get(result.attempt.id)
    assert attempt.state == states.COMPLETED and attempt.duration == 95
    assert describe(attempt) == "Zakończona (1 min 35 s)"


@pytest.mark.parametrize("key", [None, "2", "*"])
def test_staff_does_not_press_1_and_nobody_is_dialled(placed, key):
    app, result, call = placed
    call.answer()
    after = call.press(key)
    assert after.find("Dial") is None and after.find("Hangup") is not None
    assert "Nie łączymy z mieszkańcem" in said(after)
    call.hang_up(duration=12)
    assert state(app, result) == states.CANCELLED


def test_staff_hangs_up_during_the_whisper(placed):
    app, result, call = placed
    call.answer()
    call.hang_up(duration=3)
    assert state(app, result) == states.CANCELLED
    # A late "1" (Twilio retrying the Gather action) dials nobody.
    assert call.press("1").find("Dial") is None


def test_a_key_pressed_twice_dials_the_resident_once(placed):
    """Twilio may post the Gather action twice (a retry, or the key pressed again): one Dial only."""
    app, result, call = placed
    call.answer()
    assert call.press("1").find("Dial") is not None
    again = twilio_post(app, f"/bridge/{result.attempt.id}/key", {**call._base("in-progress"), "Digits": "1"})
    assert again.status_code == 200 and b"<Dial" not in again.data  # no second call to the resident
    assert state(app, result) == states.CONNECTING


@pytest.mark.parametrize("status, expected, label", [
    ("no-answer", states.STAFF_NO_ANSWER, "Nie odebrał pracownik"),
    ("busy", states.STAFF_BUSY, "Zajęte (telefon pracownika)"),
    ("failed", states.FAILED, "Nie udało się połączyć"),
])
def test_staff_does_not_answer(placed, status, expected, label):
    app, result, call = placed
    call.not_answered(status)
    attempt = bridge_of(app).store.get(result.attempt.id)
    assert attempt.state == expected and describe(attempt) == label and attempt.ended_at is not None


@pytest.mark.parametrize("outcome, expected, words", [
    ("busy", states.RESIDENT_BUSY, "Numer mieszkańca jest zajęty."),
    ("no-answer", states.RESIDENT_NO_ANSWER, "Mieszkaniec nie odebrał."),
])
def test_resident_busy_or_not_answering(placed, outcome, expected, words):
    app, result, call = placed
    call.answer()
    call.press("1")
    end = call.resident(outcome)
    assert words in said(end) and end.find("Hangup") is not None
    call.hang_up(duration=40)
    attempt = bridge_of(app).store.get(result.attempt.id)
    assert attempt.state == expected and attempt.duration is None


def test_staff_hangs_up_while_the_resident_talks_before_dial_reports(placed):
    """Twilio's callbacks in another order: the staff call's end first, <Dial>'s exact length later."""
    app, result, call = placed
    call.answer()
    call.press("1")
    call.resident_answers()
    call.hang_up(duration=60)
    assert state(app, result) == states.COMPLETED
    call.resident_ends("completed", talk=51)
    assert bridge_of(app).store.get(result.attempt.id).duration == 51


# -- safety ----------------------------------------------------------------------------------


def test_one_bridge_per_item_at_a_time(placed, calls):
    app, result, call = placed
    again = start(app, result.attempt.message_id, login="piotr")
    assert not again.ok and again.code == "active" and len(calls.calls) == 1
    call.not_answered()
    assert start(app, result.attempt.message_id, login="piotr").ok and len(calls.calls) == 2
    attempts = bridge_of(app).attempts([result.attempt.message_id], FRIDAY_EVENING)[result.attempt.message_id]
    assert [(a.login, a.state) for a in attempts] == [("piotr", states.CALLING_STAFF), ("anna", states.STAFF_NO_ANSWER)]


def test_at_most_n_bridges_per_staff_member_per_hour(make_line, calls):
    """The limit counts the whole past hour: call-backs spread over it, not all at one instant."""
    app = make_line(callback_per_hour=2)
    items = [new_item(app, f"+4860690291{i}") for i in range(6)]
    minutes = lambda m: FRIDAY_EVENING + timedelta(minutes=m)  # noqa: E731
    for item, at in ((items[0], 0), (items[1], 50)):  # the first at :00, the second 50 minutes later
        assert start(app, item, now=minutes(at)).ok
        CallDriver(app, calls.calls[-1]).not_answered()
    refused = start(app, items[2], now=minutes(59))  # both are within the past hour
    assert not refused.ok and refused.code == "limit" and "2 połączenia –" in refused.message
    assert not start(app, items[2], now=minutes(60)).ok  # the first is exactly an hour old: still counted
    assert len(calls.calls) == 2
    assert start(app, items[2], login="piotr", now=minutes(59)).ok  # another staff member has their own limit
    CallDriver(app, calls.calls[-1]).not_answered()
    # An hour and a second after the first, only it has left the window: one more, not two.
    later = FRIDAY_EVENING + timedelta(hours=1, seconds=1)
    assert start(app, items[3], now=later).ok
    CallDriver(app, calls.calls[-1]).not_answered()
    assert start(app, items[4], now=later + timedelta(minutes=5)).code == "limit"  # :50 and 1:00:01 count
    assert start(app, items[4], now=minutes(110) + timedelta(seconds=1)).ok  # :50 has left the window too


def test_hidden_and_incomplete_numbers_are_never_called(make_line, calls):
    app = make_line()
    store = app.extensions["ivr"].messages.store
    hidden = store.note_recording("RE" + "1" * 32, now=FRIDAY_EVENING, number="hidden", duration=5, url="u").id
    for item in (hidden, new_item(app, "+266696687"), new_item(app, "+4860690")):
        result = start(app, item)
        assert not result.ok and result.code == "not_callable"
    assert calls.calls == []


def test_numbers_abroad_are_refused_unless_allowed(make_line, calls):
    app = make_line()
    abroad = new_item(app, "+4915123456789")
    result = start(app, abroad)
    assert not result.ok and "IVR_CALLBACK_INTERNATIONAL" in result.message
    staff_abroad = start(app, new_item(app), phone="+4915123456780")
    assert not staff_abroad.ok and staff_abroad.code == "bad_staff_phone"
    assert calls.calls == []
    allowed = make_line(callback_international=True)
    assert start(allowed, abroad).ok and calls.calls[-1]["_form"]["To"] == STAFF_PHONE


def test_unsigned_or_foreign_webhooks_change_nothing(placed, calls):
    app, result, call = placed
    url = f"http://localhost/bridge/{result.attempt.id}/answer"
    form = call._base("in-progress")
    assert app.test_client().post(url, data=form).status_code == 403
    assert app.test_client().post(url, data=form, headers={"X-Twilio-Signature": "bad"}).status_code == 403
    forged = CallDriver(app, calls.calls[-1], auth_token="someone-elses-token")
    with pytest.raises(AssertionError, match="403"):
        forged.answer()
    # Signed, but about another call: ignored.
    other = {**form, "CallSid": "CA" + "9" * 32}
    response = twilio_post(app, f"/bridge/{result.attempt.id}/key", {**other, "Digits": "1"})
    assert b"<Dial" not in response.data
    assert state(app, result) == states.CALLING_STAFF


def test_missing_settings_are_named_and_nothing_is_called(make_line, calls):
    no_number = make_line(line_number=None)
    refused = start(no_number, new_item(no_number))
    assert not refused.ok and "IVR_LINE_NUMBER" in refused.message and "TWILIO" not in refused.message
    no_account = make_line(account_sid="")
    refused = start(no_account, new_item(no_account))
    assert "TWILIO_ACCOUNT_SID" in refused.message and "IVR_LINE_NUMBER" not in refused.message
    assert calls.calls == [] and calls.requests == []


def test_a_call_twilio_refuses_is_kept_as_failed(make_line, calls):
    app = make_line()
    calls.fail_call_next("unverified_from")
    result = start(app, new_item(app))
    assert not result.ok and result.code == "twilio" and result.attempt.state == states.FAILED
    assert "ustawień konta infolinii" in result.message and "sprawdzić ten numer" not in result.message
    assert start(app, result.attempt.message_id).ok  # the item is free again


@pytest.mark.parametrize("failure, told, not_told", [
    ("connection_error", "Nie udało się połączyć z Twilio – proszę spróbować za chwilę.", "numer"),
    ("server_error", "Twilio chwilowo nie przyjmuje połączeń – proszę spróbować za chwilę.", "numer"),
    ("invalid_number", "Twilio nie może zadzwonić na Pana/Pani telefon", "administratora"),
])
def test_twilio_errors_are_told_as_what_they_are(make_line, calls, failure, told, not_told):
    """Only a refused number is the staff member's to check; Twilio out of reach is said as that."""
    app = make_line()
    calls.fail_call_next(failure)
    result = start(app, new_item(app))
    assert not result.ok and result.code == "twilio" and told in result.message
    assert not_told not in result.message


def test_numbers_are_masked_in_the_logs(placed, caplog):
    caplog.set_level(logging.DEBUG)
    app, result, call = placed
    call.answer()
    call.press("1")
    call.resident("busy")
    start(app, result.attempt.message_id)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "bridge" in logged
    for digits in ("606902915", "600300400", "606 902 915"):
        assert digits not in logged


def test_statistics_hook_hears_each_start_and_end(make_line, calls):
    app = make_line()
    heard = []
    bridge_of(app).subscribe(lambda attempt: heard.append((attempt.active, attempt.state)))
    bridge_of(app).subscribe(lambda attempt: 1 / 0)  # a broken listener breaks nothing
    start(app, new_item(app))
    call = CallDriver(app, calls.calls[-1])
    call.answer()
    call.press("1")
    call.resident("completed", talk=30)
    call.hang_up(40)
    assert heard == [(True, states.CALLING_STAFF), (False, states.COMPLETED)]


def test_an_attempt_twilio_fell_silent_on_ends_as_lost(placed):
    app, result, _ = placed
    bridge = bridge_of(app)
    bridge.attempts([result.attempt.message_id], FRIDAY_EVENING + timedelta(minutes=5))
    assert state(app, result) == states.CALLING_STAFF
    bridge.attempts([result.attempt.message_id], FRIDAY_EVENING + timedelta(minutes=11))
    assert state(app, result) == states.LOST
    assert start(app, result.attempt.message_id, now=FRIDAY_EVENING + timedelta(minutes=12)).ok


def test_purge_removes_the_attempts_with_the_item(placed):
    app, result, call = placed
    call.not_answered()
    desk = app.extensions["ivr"].messages
    assert desk.purge(FRIDAY_EVENING + timedelta(days=31)).removed == 1
    assert desk.bridge.store.get(result.attempt.id) is None
