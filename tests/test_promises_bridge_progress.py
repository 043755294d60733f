"""Issue 35, call-back bridge: every branch of Twilio's progress webhooks, each at its own
instant. The line's clock moves between the webhooks (a call-back takes minutes, not one
instant), so a time taken from the wrong webhook, or none, shows. Each test checks the exact
resulting state, the exact words staff read for it (describe(), as on the staff page) and
the exact TwiML the staff phone gets, through the real signed webhooks (ivr/web/bridge.py).

Twilio's webhooks of one bridge, in the order Twilio usually posts them:
  /status in-progress   the staff phone answered (status callback of the staff call)
  /answer               what the staff phone plays (the whisper, or the polite end)
  /key                  the key pressed during the whisper
  /resident <status>    the resident's leg (status callback of <Number>, ParentCallSid)
  /dial-done            <Dial>'s action: the resident's leg is over
  /status completed     the staff call is over
Twilio does not promise that order: each test below posts one order on purpose.
"""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import text

from conftest import FRIDAY_EVENING
from fake_twilio import CallDriver
from messages_helpers import CALLER, LINE_NUMBER, db_url, dispose, line_settings, sleeps, twilio  # noqa: F401
from ivr.messages import bridge_store as states
from ivr.messages.bridge import describe
from ivr.web.bridge import call_urls

STAFF_PHONE = "+48600300400"
SAID = "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"  # CALLER, as the whisper says it
WHISPER = f"Połączenie z mieszkańcem, numer {SAID}. Proszę nacisnąć jeden, aby połączyć."
CANCELLED_WORDS = "Nie łączymy z mieszkańcem. Do usłyszenia."
OTHER_CALL = "CA" + "9" * 32

T0 = FRIDAY_EVENING  # "Oddzwoń" pressed
ANSWERED = T0 + timedelta(seconds=14)  # the staff phone answered
PRESSED = T0 + timedelta(seconds=23)  # the key
RESIDENT_PICKED_UP = T0 + timedelta(seconds=41)
RESIDENT_HUNG_UP = T0 + timedelta(minutes=2, seconds=16)  # 95 s after picking up
STAFF_HUNG_UP = T0 + timedelta(minutes=2, seconds=19)


class Clock:
    """The line's clock, moved by the test between webhooks."""

    def __init__(self, at):
        self.at = at

    def __call__(self):
        return self.at


@pytest.fixture
def calls(twilio):
    return twilio.register_calls()


@pytest.fixture
def line(line_settings, sleeps, calls):
    """A line on a clock the test moves, an item, and the staff phone ringing since T0:
    (app, clock, attempt id, driver of the staff phone's call)."""
    from ivr.web import create_app

    clock = Clock(T0)
    app = create_app(replace(line_settings), clock=clock)
    app.extensions["ivr"].messages.keeper.sleep = sleeps.append
    desk = app.extensions["ivr"].messages
    item = desk.store.request_callback(CALLER, T0 - timedelta(hours=1)).id
    with app.test_request_context():
        result = desk.bridge.start(item, "anna", STAFF_PHONE, call_urls, T0)
    assert result.ok, result.message
    yield app, clock, result.attempt.id, CallDriver(app, calls.calls[-1])
    dispose(app)


def attempt_of(app, attempt_id):
    return app.extensions["ivr"].messages.bridge.store.get(attempt_id)


def said(root) -> list[str]:
    return [say.text for say in root.iter("Say")]


def verbs(root) -> list[str]:
    return [child.tag for child in root]


def is_end(root, words: str | None) -> bool:
    """The polite end: the words (if any), then Hangup, and nothing else."""
    return verbs(root) == (["Say", "Hangup"] if words else ["Hangup"]) and said(root) == ([words] if words else [])


def post(call, path: str, form: dict):
    """A signed webhook of this bridge, with exactly these fields."""
    return call.post(f"http://localhost/bridge/{path}", form)


def document(call, path: str, form: dict):
    return ET.fromstring(post(call, path, form).get_data())


def staff_status(call, attempt_id, status: str, **extra) -> None:
    post(call, f"{attempt_id}/status", {**call._base(status), "CallbackSource": "call-progress-events", **extra})


def resident_status(call, attempt_id, status: str, duration: int | None = None, parent: str | None = None) -> None:
    form = {"AccountSid": call.call["account_sid"], "CallSid": "CA" + "5" * 32,
            "ParentCallSid": parent or call.call["sid"], "CallStatus": status, "Direction": "outbound-dial",
            "From": LINE_NUMBER, "To": CALLER, "CallbackSource": "call-progress-events"}
    if duration is not None:
        form["CallDuration"] = str(duration)
    post(call, f"{attempt_id}/resident", form)


def dial_done(call, attempt_id, status: str, duration: int = 0, sid: str | None = None):
    form = {**call._base("in-progress"), "DialCallSid": "CA" + "5" * 32, "DialCallStatus": status,
            "DialCallDuration": str(duration)}
    if sid:
        form["CallSid"] = sid
    return document(call, f"{attempt_id}/dial-done", form)


def press(call, attempt_id, digits: str | None, sid: str | None = None):
    form = call._base("in-progress")
    if digits is not None:
        form["Digits"] = digits
    if sid:
        form["CallSid"] = sid
    return document(call, f"{attempt_id}/key", form)


def answer(call, attempt_id, sid: str | None = None):
    form = call._base("in-progress")
    if sid:
        form["CallSid"] = sid
    return document(call, f"{attempt_id}/answer", form)


def connecting(line):
    """The staff phone answered at ANSWERED and pressed 1 at PRESSED: the resident is being dialled."""
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    staff_status(call, attempt_id, "in-progress")
    answer(call, attempt_id)
    clock.at = PRESSED
    dial = press(call, attempt_id, "1")
    assert dial.find("Dial") is not None
    return app, clock, attempt_id, call


def in_call(line):
    """…and the resident picked up at RESIDENT_PICKED_UP."""
    app, clock, attempt_id, call = connecting(line)
    clock.at = RESIDENT_PICKED_UP
    resident_status(call, attempt_id, "in-progress")
    return app, clock, attempt_id, call


# -- the staff phone answers -------------------------------------------------------------------------


def test_the_whisper_is_played_and_the_answer_time_is_the_answer_webhooks_own(line):
    """Twilio may fetch the call's Url before (or without) the answered status callback."""
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    whisper = answer(call, attempt_id)
    assert verbs(whisper) == ["Gather", "Say", "Hangup"] and said(whisper) == [WHISPER, WHISPER, CANCELLED_WORDS]
    assert whisper.find("Gather").get("action") == f"/bridge/{attempt_id}/key"
    attempt = attempt_of(app, attempt_id)
    assert attempt.staff_answered_at == ANSWERED and attempt.state == states.CALLING_STAFF
    assert describe(attempt) == "Dzwonię do pracownika" and attempt.ended_at is None
    # The answered status callback, arriving later, does not move the first answer.
    clock.at = ANSWERED + timedelta(seconds=2)
    staff_status(call, attempt_id, "in-progress")
    assert attempt_of(app, attempt_id).staff_answered_at == ANSWERED


def test_the_answered_status_callback_records_the_answer_and_the_whisper_keeps_it(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    staff_status(call, attempt_id, "in-progress")
    attempt = attempt_of(app, attempt_id)
    assert attempt.staff_answered_at == ANSWERED and attempt.state == states.CALLING_STAFF
    clock.at = ANSWERED + timedelta(seconds=1)
    assert said(answer(call, attempt_id))[0] == WHISPER
    assert attempt_of(app, attempt_id).staff_answered_at == ANSWERED


def test_an_answer_after_the_attempt_ended_plays_the_polite_end_and_records_nothing(line):
    app, clock, attempt_id, call = line
    clock.at = T0 + timedelta(seconds=30)
    staff_status(call, attempt_id, "no-answer", CallDuration="0")  # Twilio gave up ringing
    clock.at = T0 + timedelta(seconds=31)
    assert is_end(answer(call, attempt_id), CANCELLED_WORDS)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.STAFF_NO_ANSWER and attempt.staff_answered_at is None
    assert attempt.ended_at == T0 + timedelta(seconds=30)


def test_an_answer_for_an_unknown_attempt_or_another_call_plays_the_polite_end(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    assert is_end(answer(call, attempt_id + 1), CANCELLED_WORDS)
    assert is_end(answer(call, attempt_id, sid=OTHER_CALL), CANCELLED_WORDS)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CALLING_STAFF and attempt.staff_answered_at is None


def test_an_item_whose_number_is_gone_when_the_staff_phone_answers_connects_nobody(line):
    """The whisper has no number to say and the key dials nobody: the staff member hears the polite end."""
    app, clock, attempt_id, call = line
    desk = app.extensions["ivr"].messages
    item = attempt_of(app, attempt_id).message_id
    with desk.store.engine.begin() as db:  # the item's number only: the attempt stays
        db.execute(text("UPDATE messages SET number = NULL WHERE id = :id"), {"id": item})
    clock.at = ANSWERED
    assert is_end(answer(call, attempt_id), CANCELLED_WORDS)
    clock.at = PRESSED
    assert is_end(press(call, attempt_id, "1"), CANCELLED_WORDS)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CANCELLED and attempt.ended_at == PRESSED


# -- the key -----------------------------------------------------------------------------------------


def test_key_1_dials_the_resident_with_the_lines_number_and_its_status_callbacks(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id)
    clock.at = PRESSED
    dial = press(call, attempt_id, "1")
    assert verbs(dial) == ["Say", "Dial"] and said(dial) == ["Łączymy."]
    number = dial.find("Dial/Number")
    assert dial.find("Dial").attrib == {"action": f"/bridge/{attempt_id}/dial-done", "callerId": LINE_NUMBER,
                                        "method": "POST", "timeout": "30"}
    assert number.text == CALLER and number.get("statusCallbackEvent") == "answered completed"
    assert number.get("statusCallback") == f"http://localhost/bridge/{attempt_id}/resident"
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CONNECTING and describe(attempt) == "Łączę z mieszkańcem"
    assert attempt.ended_at is None


def test_a_key_posted_with_spaces_around_the_1_still_dials(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id)
    assert press(call, attempt_id, " 1 ").find("Dial/Number").text == CALLER
    assert attempt_of(app, attempt_id).state == states.CONNECTING


@pytest.mark.parametrize("digits", [None, "", "2", "0", "11", "#"])
def test_any_other_key_cancels_at_the_moment_of_the_key(line, digits):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id)
    clock.at = PRESSED
    assert is_end(press(call, attempt_id, digits), CANCELLED_WORDS)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CANCELLED and attempt.ended_at == PRESSED
    assert describe(attempt) == "Anulowane – bez połączenia z mieszkańcem"
    # A 1 after that (Twilio retrying) dials nobody and changes nothing.
    clock.at = PRESSED + timedelta(seconds=3)
    assert is_end(press(call, attempt_id, "1"), CANCELLED_WORDS)
    assert attempt_of(app, attempt_id).ended_at == PRESSED


def test_a_key_pressed_twice_dials_once_and_the_second_changes_nothing(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id)
    clock.at = PRESSED
    assert press(call, attempt_id, "1").find("Dial") is not None
    clock.at = PRESSED + timedelta(seconds=2)
    assert is_end(press(call, attempt_id, "1"), CANCELLED_WORDS)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CONNECTING and attempt.ended_at is None
    # …nor does another key then: the resident is being dialled, nothing is cancelled.
    assert is_end(press(call, attempt_id, "2"), CANCELLED_WORDS)
    assert attempt_of(app, attempt_id).state == states.CONNECTING


def test_a_key_of_another_call_or_attempt_neither_dials_nor_cancels(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id)
    clock.at = PRESSED
    assert is_end(press(call, attempt_id, "1", sid=OTHER_CALL), CANCELLED_WORDS)
    assert is_end(press(call, attempt_id, "2", sid=OTHER_CALL), CANCELLED_WORDS)
    assert is_end(press(call, attempt_id + 1, "1"), CANCELLED_WORDS)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CALLING_STAFF and attempt.ended_at is None
    assert press(call, attempt_id, "1").find("Dial") is not None  # the real call still can


def test_the_log_tells_each_step_with_the_numbers_masked(line, caplog):
    caplog.set_level(logging.INFO, logger="ivr.messages.bridge")
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    dial_done(call, attempt_id, "completed", 95)
    logged = [r.getMessage() for r in caplog.records if r.name == "ivr.messages.bridge"]
    assert logged == [f"bridge {attempt_id}: connecting resident 606 *** 915", f"bridge {attempt_id}: completed"]


# -- the resident's leg (status callbacks of <Number>) ------------------------------------------------


def test_the_resident_picking_up_is_the_call_starting_at_that_moment(line):
    app, clock, attempt_id, call = connecting(line)
    clock.at = RESIDENT_PICKED_UP
    resident_status(call, attempt_id, "in-progress")
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.IN_CALL and describe(attempt) == "Rozmowa trwa"
    assert attempt.resident_answered_at == RESIDENT_PICKED_UP and attempt.ended_at is None
    # A repeated answered event keeps the first moment.
    clock.at = RESIDENT_PICKED_UP + timedelta(seconds=5)
    resident_status(call, attempt_id, "in-progress")
    assert attempt_of(app, attempt_id).resident_answered_at == RESIDENT_PICKED_UP


def test_the_resident_picking_up_before_any_key_moves_nothing(line):
    """Only a bridge that is dialling the resident can be in a call with them."""
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    resident_status(call, attempt_id, "in-progress")
    assert attempt_of(app, attempt_id).state == states.CALLING_STAFF


@pytest.mark.parametrize("status", ["initiated", "ringing", "queued", "", "in progress"])
def test_a_resident_status_that_ends_nothing_changes_nothing(line, status):
    app, clock, attempt_id, call = connecting(line)
    clock.at = RESIDENT_PICKED_UP
    resident_status(call, attempt_id, status, duration=7)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CONNECTING and attempt.ended_at is None
    assert attempt.resident_answered_at is None and attempt.duration is None


@pytest.mark.parametrize("status, expected, label", [
    ("busy", states.RESIDENT_BUSY, "Zajęte (mieszkaniec)"),
    ("no-answer", states.RESIDENT_NO_ANSWER, "Nie odebrał mieszkaniec"),
    ("failed", states.FAILED, "Nie udało się połączyć"),
    ("canceled", states.CANCELLED, "Anulowane – bez połączenia z mieszkańcem"),
])
def test_the_resident_leg_ending_unanswered_ends_the_attempt_then(line, status, expected, label):
    app, clock, attempt_id, call = connecting(line)
    ended = PRESSED + timedelta(seconds=31)
    clock.at = ended
    resident_status(call, attempt_id, status, duration=0)
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, describe(attempt), attempt.ended_at, attempt.duration) == (expected, label, ended, None)


@pytest.mark.parametrize("status", ["completed", "answered"])
def test_the_resident_leg_completed_ends_the_call_with_twilios_length(line, status):
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    resident_status(call, attempt_id, status, duration=95)
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.COMPLETED, RESIDENT_HUNG_UP, 95)
    assert describe(attempt) == "Zakończona (1 min 35 s)"


def test_a_completed_resident_leg_without_a_usable_length_ends_without_one(line):
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    resident_status(call, attempt_id, "completed", duration=None)
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.COMPLETED, RESIDENT_HUNG_UP, None)
    assert describe(attempt) == "Zakończona"


def test_a_resident_status_of_another_call_is_ignored(line):
    app, clock, attempt_id, call = connecting(line)
    clock.at = RESIDENT_PICKED_UP
    resident_status(call, attempt_id, "in-progress", parent=OTHER_CALL)
    resident_status(call, attempt_id, "busy", duration=0, parent=OTHER_CALL)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CONNECTING and attempt.resident_answered_at is None
    resident_status(call, attempt_id + 1, "busy", duration=0)
    assert attempt_of(app, attempt_id).state == states.CONNECTING


# -- <Dial>'s end (its action) -----------------------------------------------------------------------


def test_dial_done_after_a_call_says_nothing_more_and_keeps_twilios_length(line):
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    assert is_end(dial_done(call, attempt_id, "completed", 95), None)
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.COMPLETED, RESIDENT_HUNG_UP, 95)
    assert attempt.resident_answered_at == RESIDENT_PICKED_UP


@pytest.mark.parametrize("status, expected, words", [
    ("busy", states.RESIDENT_BUSY, "Numer mieszkańca jest zajęty. Do usłyszenia."),
    ("no-answer", states.RESIDENT_NO_ANSWER, "Mieszkaniec nie odebrał. Do usłyszenia."),
    ("failed", states.FAILED, "Nie udało się połączyć z mieszkańcem. Do usłyszenia."),
    ("canceled", states.CANCELLED, None),  # the staff member hung up: nobody to say it to
    ("something-new", states.FAILED, "Nie udało się połączyć z mieszkańcem. Do usłyszenia."),
    ("", states.FAILED, "Nie udało się połączyć z mieszkańcem. Do usłyszenia."),
])
def test_dial_done_without_a_call_tells_the_staff_member_why(line, status, expected, words):
    app, clock, attempt_id, call = connecting(line)
    ended = PRESSED + timedelta(seconds=33)
    clock.at = ended
    assert is_end(dial_done(call, attempt_id, status, 0), words)
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (expected, ended, None)


def test_dial_done_after_the_resident_status_callback_keeps_the_first_end(line):
    app, clock, attempt_id, call = connecting(line)
    clock.at = PRESSED + timedelta(seconds=31)
    resident_status(call, attempt_id, "busy", duration=0)
    clock.at = PRESSED + timedelta(seconds=32)
    assert is_end(dial_done(call, attempt_id, "busy"), "Numer mieszkańca jest zajęty. Do usłyszenia.")
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.RESIDENT_BUSY and attempt.ended_at == PRESSED + timedelta(seconds=31)


def test_dial_done_of_another_call_or_attempt_changes_nothing_and_ends_politely(line):
    app, clock, attempt_id, call = connecting(line)
    clock.at = PRESSED + timedelta(seconds=33)
    assert is_end(dial_done(call, attempt_id, "busy", sid=OTHER_CALL), None)
    assert is_end(dial_done(call, attempt_id + 1, "busy"), None)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CONNECTING and attempt.ended_at is None


def test_twilios_exact_length_replaces_the_estimate_but_not_the_end(line):
    """The staff call's end came first (an estimate from the resident's answer); <Dial>'s
    exact length, later, wins; the moment the call ended stays."""
    app, clock, attempt_id, call = in_call(line)
    clock.at = STAFF_HUNG_UP
    staff_status(call, attempt_id, "completed", CallDuration="125")
    estimate = attempt_of(app, attempt_id)
    assert (estimate.state, estimate.ended_at, estimate.duration) == (states.COMPLETED, STAFF_HUNG_UP, 98)
    clock.at = STAFF_HUNG_UP + timedelta(seconds=4)
    assert is_end(dial_done(call, attempt_id, "completed", 95), None)
    exact = attempt_of(app, attempt_id)
    assert (exact.state, exact.ended_at, exact.duration) == (states.COMPLETED, STAFF_HUNG_UP, 95)
    # A completed report without a length keeps the estimate.
    resident_status(call, attempt_id, "completed", duration=None)
    assert attempt_of(app, attempt_id).duration == 95


def test_a_late_unanswered_report_does_not_undo_a_finished_call(line):
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    dial_done(call, attempt_id, "completed", 95)
    clock.at = RESIDENT_HUNG_UP + timedelta(seconds=3)
    resident_status(call, attempt_id, "busy", duration=0)
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.COMPLETED, RESIDENT_HUNG_UP, 95)


# -- the staff call's own status callback ---------------------------------------------------------------


@pytest.mark.parametrize("status, expected, label", [
    ("no-answer", states.STAFF_NO_ANSWER, "Nie odebrał pracownik"),
    ("busy", states.STAFF_BUSY, "Zajęte (telefon pracownika)"),
    ("failed", states.FAILED, "Nie udało się połączyć"),
    ("canceled", states.FAILED, "Nie udało się połączyć"),
])
def test_the_staff_phone_not_answering_ends_the_attempt_then(line, status, expected, label):
    app, clock, attempt_id, call = line
    ended = T0 + timedelta(seconds=30)
    clock.at = ended
    staff_status(call, attempt_id, status, CallDuration="0")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, describe(attempt), attempt.ended_at) == (expected, label, ended)
    assert attempt.staff_answered_at is None and attempt.duration is None


@pytest.mark.parametrize("status", ["no-answer", "busy", "failed", "canceled"])
def test_a_staff_leg_failure_after_the_key_does_not_end_the_dialling(line, status):
    app, clock, attempt_id, call = connecting(line)
    clock.at = PRESSED + timedelta(seconds=5)
    staff_status(call, attempt_id, status)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CONNECTING and attempt.ended_at is None


@pytest.mark.parametrize("status", ["initiated", "ringing", "queued", "", "answered"])
def test_a_staff_status_that_ends_nothing_changes_nothing(line, status):
    app, clock, attempt_id, call = line
    clock.at = T0 + timedelta(seconds=5)
    staff_status(call, attempt_id, status)
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CALLING_STAFF and attempt.ended_at is None and attempt.staff_answered_at is None


def test_the_staff_member_hanging_up_before_the_key_cancels_then(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id)
    clock.at = PRESSED
    staff_status(call, attempt_id, "completed", CallDuration="9")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.CANCELLED, PRESSED, None)
    assert describe(attempt) == "Anulowane – bez połączenia z mieszkańcem"


def test_the_staff_member_hanging_up_while_the_resident_rings_cancels_then(line):
    app, clock, attempt_id, call = connecting(line)
    hung_up = PRESSED + timedelta(seconds=12)
    clock.at = hung_up
    staff_status(call, attempt_id, "completed", CallDuration="21")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.CANCELLED, hung_up, None)
    # <Dial>'s own report, after: the resident was never reached, nothing changes.
    clock.at = hung_up + timedelta(seconds=1)
    assert is_end(dial_done(call, attempt_id, "canceled"), None)
    assert attempt_of(app, attempt_id).ended_at == hung_up


def test_the_staff_member_hanging_up_during_the_call_estimates_its_length_from_the_answer(line):
    app, clock, attempt_id, call = in_call(line)
    clock.at = STAFF_HUNG_UP
    staff_status(call, attempt_id, "completed", CallDuration="125")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at) == (states.COMPLETED, STAFF_HUNG_UP)
    assert attempt.duration == (STAFF_HUNG_UP - RESIDENT_PICKED_UP).seconds == 98
    assert describe(attempt) == "Zakończona (1 min 38 s)"


def test_a_call_without_a_recorded_answer_time_is_estimated_at_nothing_not_refused(line):
    """An attempt in a call whose answer time was never written (a row from before the column
    was filled): the staff call's end still finishes it, with a length of 0, not an error."""
    app, clock, attempt_id, call = connecting(line)
    store = app.extensions["ivr"].messages.bridge.store
    assert store.move(attempt_id, states.IN_CALL, {states.CONNECTING})
    clock.at = STAFF_HUNG_UP
    staff_status(call, attempt_id, "completed", CallDuration="125")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.COMPLETED, STAFF_HUNG_UP, 0)


def test_the_staff_calls_end_after_the_call_ended_changes_nothing(line):
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    dial_done(call, attempt_id, "completed", 95)
    clock.at = STAFF_HUNG_UP
    staff_status(call, attempt_id, "completed", CallDuration="125")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.state, attempt.ended_at, attempt.duration) == (states.COMPLETED, RESIDENT_HUNG_UP, 95)


def test_a_staff_status_of_another_call_or_attempt_is_ignored(line):
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    form = {**call._base("no-answer"), "CallSid": OTHER_CALL}
    post(call, f"{attempt_id}/status", form)
    post(call, f"{attempt_id}/status", {**form, "CallStatus": "in-progress"})
    staff_status(call, attempt_id + 1, "no-answer")
    attempt = attempt_of(app, attempt_id)
    assert attempt.state == states.CALLING_STAFF and attempt.staff_answered_at is None


# -- the whole call, each step at its own moment -----------------------------------------------------


def test_a_whole_call_back_records_each_moment_of_its_own_webhook(line):
    app, clock, attempt_id, call = in_call(line)
    clock.at = RESIDENT_HUNG_UP
    resident_status(call, attempt_id, "completed", duration=95)
    clock.at = RESIDENT_HUNG_UP + timedelta(seconds=1)
    assert is_end(dial_done(call, attempt_id, "completed", 95), None)
    clock.at = STAFF_HUNG_UP
    staff_status(call, attempt_id, "completed", CallDuration="125")
    attempt = attempt_of(app, attempt_id)
    assert (attempt.started_at, attempt.staff_answered_at, attempt.resident_answered_at, attempt.ended_at) == (
        T0, ANSWERED, RESIDENT_PICKED_UP, RESIDENT_HUNG_UP)
    assert (attempt.state, attempt.duration, describe(attempt)) == (states.COMPLETED, 95, "Zakończona (1 min 35 s)")


# -- an attempt Twilio fell silent on: lost after its state's own time, not before -----------------------


def silent_for(app, attempt_id, after: timedelta) -> str:
    """The staff page looks at the item `after` the start: the attempt's state then."""
    bridge = app.extensions["ivr"].messages.bridge
    attempt = attempt_of(app, attempt_id)
    found = bridge.attempts([attempt.message_id], T0 + after)[attempt.message_id]
    assert [a.id for a in found] == [attempt_id]
    return found[0].state


def test_a_ringing_staff_phone_is_lost_after_ten_minutes_of_silence(line, caplog):
    caplog.set_level(logging.WARNING, logger="ivr.messages.bridge")
    app, clock, attempt_id, call = line
    assert silent_for(app, attempt_id, timedelta(minutes=10)) == states.CALLING_STAFF  # exactly 10: not yet
    assert caplog.records == []
    lost_at = timedelta(minutes=10, seconds=1)
    assert silent_for(app, attempt_id, lost_at) == states.LOST
    attempt = attempt_of(app, attempt_id)
    assert attempt.ended_at == T0 + lost_at and describe(attempt) == "Stan nieznany – brak wiadomości od Twilio"
    assert [r.getMessage() for r in caplog.records] == [
        f"bridge {attempt_id}: no word from Twilio since {T0.astimezone(attempt.started_at.tzinfo)}, marked lost"]
    # Twilio's late word changes nothing now.
    clock.at = T0 + timedelta(minutes=11)
    staff_status(call, attempt_id, "no-answer")
    assert attempt_of(app, attempt_id).state == states.LOST


def test_a_resident_being_dialled_is_lost_after_fifteen_minutes_not_ten(line):
    app, clock, attempt_id, call = connecting(line)
    assert silent_for(app, attempt_id, timedelta(minutes=11)) == states.CONNECTING
    assert silent_for(app, attempt_id, timedelta(minutes=15)) == states.CONNECTING
    assert silent_for(app, attempt_id, timedelta(minutes=15, seconds=1)) == states.LOST
    assert attempt_of(app, attempt_id).ended_at == T0 + timedelta(minutes=15, seconds=1)


def test_a_call_in_progress_is_lost_only_after_twilios_longest_call(line):
    app, clock, attempt_id, call = in_call(line)
    assert silent_for(app, attempt_id, timedelta(minutes=16)) == states.IN_CALL
    assert silent_for(app, attempt_id, timedelta(hours=4, minutes=5)) == states.IN_CALL
    assert silent_for(app, attempt_id, timedelta(hours=4, minutes=5, seconds=1)) == states.LOST


def test_an_ended_attempt_is_never_lost(line):
    app, clock, attempt_id, call = line
    clock.at = T0 + timedelta(seconds=30)
    staff_status(call, attempt_id, "busy")
    assert silent_for(app, attempt_id, timedelta(hours=5)) == states.STAFF_BUSY
    assert attempt_of(app, attempt_id).ended_at == T0 + timedelta(seconds=30)


# -- the bridge's own guard: a webhook must name the attempt's call ------------------------------------------


def test_the_bridge_itself_ignores_a_webhook_naming_no_call_even_before_the_call_is_placed(line, caplog):
    """Issue 34, N14, below the web layer: an attempt whose REST call has not returned yet has
    no CallSid; a webhook without one (or a malformed one) must not be taken for its own."""
    caplog.set_level(logging.WARNING, logger="ivr.messages.bridge")
    app = line[0]
    desk = app.extensions["ivr"].messages
    bridge = desk.bridge
    item = desk.store.request_callback("+48606902917", T0 - timedelta(minutes=30)).id  # another resident
    attempt = bridge.store.open(item, "anna", STAFF_PHONE, T0)
    assert attempt.staff_call_sid is None
    for sid in ("", None, "CA123", "CA" + "A" * 32, "XX" + "0" * 32, "CA" + "0" * 32 + "\n"):
        assert bridge.staff_answered(attempt.id, sid, ANSWERED) is None
        assert bridge.key_pressed(attempt.id, sid, "1", PRESSED) is None
        assert bridge.dial_ended(attempt.id, sid, "busy", "0", PRESSED) is None
        bridge.resident_progress(attempt.id, sid, "in-progress", "", PRESSED)
        bridge.staff_progress(attempt.id, sid, "busy", PRESSED)
    kept = bridge.store.get(attempt.id)
    assert (kept.state, kept.staff_answered_at, kept.resident_answered_at, kept.ended_at) == (
        states.CALLING_STAFF, None, None, None)
    assert {r.getMessage() for r in caplog.records} == {f"bridge {attempt.id}: webhook without a valid CallSid ignored"}
    # A well-formed CallSid is taken for the attempt's own while it has none yet (Twilio's first webhook).
    assert bridge.key_pressed(attempt.id, "CA" + "0" * 32, "1", PRESSED) == "+48606902917"


def test_webhooks_of_another_call_or_an_unknown_attempt_are_logged_as_such(line, caplog):
    caplog.set_level(logging.WARNING, logger="ivr.messages.bridge")
    app, clock, attempt_id, call = line
    clock.at = ANSWERED
    answer(call, attempt_id, sid=OTHER_CALL)
    answer(call, attempt_id + 7)
    assert [r.getMessage() for r in caplog.records] == [
        f"bridge {attempt_id}: webhook of another call ignored", f"bridge webhook for unknown attempt {attempt_id + 7}"]


# -- starting a bridge: every outcome, with the exact words staff read -------------------------------------

OFFICE = "+48618176130"
NOT_CONFIGURED = ("Oddzwanianie przez infolinię jest niedostępne: w ustawieniach brakuje {}. "
                  "Proszę poprosić administratora o ich uzupełnienie.")
ACCOUNT_SETTINGS = "danych konta Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)"
LINE_SETTING = "numeru infolinii (IVR_LINE_NUMBER)"
BAD_STAFF_PHONE = "Nie można zadzwonić na podany telefon pracownika. Proszę podać pełny numer, np. +48 600 100 200."


@pytest.fixture
def new_line(line_settings, sleeps, calls):
    """Lines with changed settings, each on its own clock at T0."""
    from ivr.web import create_app

    apps = []

    def make(**changes):
        app = create_app(replace(line_settings, **changes), clock=Clock(T0))
        app.extensions["ivr"].messages.keeper.sleep = sleeps.append
        apps.append(app)
        return app

    yield make
    for app in apps:
        dispose(app)


def item_of(app, number: str = CALLER) -> int:
    return app.extensions["ivr"].messages.store.request_callback(number, T0 - timedelta(hours=1)).id


def start(app, item: int, phone: str | None = STAFF_PHONE, now=T0, login: str = "anna"):
    with app.test_request_context():
        return app.extensions["ivr"].messages.bridge.start(item, login, phone, call_urls, now)


def refused(result) -> tuple:
    return result.ok, result.code, result.message, result.attempt


@pytest.mark.parametrize("changes, lacking", [
    ({"account_sid": ""}, ACCOUNT_SETTINGS),
    ({"auth_token": ""}, ACCOUNT_SETTINGS),
    ({"line_number": None}, LINE_SETTING),
    ({"line_number": ""}, LINE_SETTING),
    ({"account_sid": "", "line_number": None}, f"{ACCOUNT_SETTINGS} oraz {LINE_SETTING}"),
])
def test_a_line_without_its_settings_names_exactly_what_is_missing(new_line, calls, changes, lacking):
    app = new_line(**changes)
    message = NOT_CONFIGURED.format(lacking)
    assert app.extensions["ivr"].messages.bridge.missing() == message
    assert refused(start(app, item_of(app))) == (False, "not_configured", message, None)
    assert calls.calls == []


def test_a_configured_line_misses_nothing(new_line):
    assert new_line().extensions["ivr"].messages.bridge.missing() is None


def test_an_item_that_is_gone_is_said_so(new_line, calls):
    app = new_line()
    assert refused(start(app, 4321)) == (
        False, "no_item", "Nie znaleziono tej pozycji – mogła zostać już usunięta.", None)
    assert calls.calls == []


@pytest.mark.parametrize("number, words", [
    ("+48700123456", "To nie jest numer stacjonarny ani komórkowy (np. numer o podwyższonej opłacie, infolinia "
                     "albo telefon satelitarny) – na takie numery nie oddzwaniamy."),
    ("+881612345678", "To nie jest numer stacjonarny ani komórkowy (np. numer o podwyższonej opłacie, infolinia "
                      "albo telefon satelitarny) – na takie numery nie oddzwaniamy."),
    ("+4860690", "Numer ukryty albo niepełny – nie można oddzwonić."),
    ("+4915123456789", "Numer zagraniczny – oddzwanianie za granicę jest wyłączone w ustawieniach "
                       "(IVR_CALLBACK_INTERNATIONAL)."),
])
def test_an_item_the_line_may_not_call_is_refused_with_the_reason(new_line, calls, number, words):
    app = new_line()
    assert app.extensions["ivr"].messages.bridge.refusal(number) == words
    assert refused(start(app, item_of(app, number))) == (False, "not_callable", words, None)
    assert calls.calls == []


def test_a_callable_number_has_no_refusal(new_line):
    bridge = new_line().extensions["ivr"].messages.bridge
    assert bridge.refusal(CALLER) is None and bridge.refusal(OFFICE) is None
    assert new_line(callback_international=True).extensions["ivr"].messages.bridge.refusal("+4915123456789") is None


@pytest.mark.parametrize("phone", [None, "", "600300400", "+48700123456", "+4915123456780"])
def test_a_staff_phone_the_line_may_not_call_is_refused(new_line, calls, phone):
    app = new_line()
    words = BAD_STAFF_PHONE + " Numery zagraniczne są wyłączone w ustawieniach."
    assert refused(start(app, item_of(app), phone)) == (False, "bad_staff_phone", words, None)
    assert calls.calls == []


def test_with_calls_abroad_allowed_the_refusal_does_not_blame_the_setting(new_line, calls):
    app = new_line(callback_international=True)
    assert refused(start(app, item_of(app), "+48700123456")) == (False, "bad_staff_phone", BAD_STAFF_PHONE, None)
    assert start(app, item_of(app), "+4915123456780").ok and calls.calls[-1]["_form"]["To"] == "+4915123456780"


def test_a_started_bridge_tells_staff_to_answer_and_asks_twilio_for_post_webhooks(new_line, calls):
    app = new_line()
    result = start(app, item_of(app))
    assert (result.ok, result.code, result.message) == (True, "started", "Dzwonimy na Pana/Pani telefon. Proszę odebrać.")
    form = calls.calls[-1]["_form"]
    assert form["Method"] == "POST" and form["StatusCallbackMethod"] == "POST"
    attempt = result.attempt
    assert (attempt.state, attempt.login, attempt.staff_phone, attempt.started_at, attempt.staff_call_sid) == (
        states.CALLING_STAFF, "anna", STAFF_PHONE, T0, calls.calls[-1]["sid"])


def test_a_second_start_on_the_same_item_is_refused_while_the_first_lasts(new_line, calls):
    app = new_line()
    item = item_of(app)
    assert start(app, item).ok
    again = start(app, item, now=T0 + timedelta(minutes=10), login="piotr")
    assert refused(again) == (False, "active", "Połączenie w tej sprawie już trwa. Proszę poczekać na jego koniec.", None)
    # Silent for more than ten minutes: the start itself marks it lost and rings again (no page view needed).
    later = T0 + timedelta(minutes=10, seconds=1)
    assert start(app, item, now=later, login="piotr").ok and len(calls.calls) == 2
    first = app.extensions["ivr"].messages.bridge.store.for_messages([item])[item][-1]
    assert (first.login, first.state, first.ended_at) == ("anna", states.LOST, later)


@pytest.mark.parametrize("per_hour, words", [(1, "1 połączenie"), (2, "2 połączenia"), (4, "4 połączenia"),
                                             (5, "5 połączeń"), (12, "12 połączeń")])
def test_the_hourly_limit_is_the_setting_and_is_said_with_the_count(new_line, calls, per_hour, words):
    app = new_line(callback_per_hour=per_hour)
    for minute in range(per_hour):
        result = start(app, item_of(app, f"+486069029{minute:02d}"), now=T0 + timedelta(minutes=minute * 4))
        assert result.ok
        CallDriver(app, calls.calls[-1]).not_answered()
    over = start(app, item_of(app, "+48606902999"), now=T0 + timedelta(minutes=59))
    assert refused(over) == (False, "limit", f"W ciągu ostatniej godziny uruchomiono już {words} – to najwięcej, "
                                             "ile można. Proszę spróbować później.", None)
    assert len(calls.calls) == per_hour


def test_a_call_twilio_refuses_ends_at_once_as_failed(new_line, calls):
    app = new_line()
    calls.fail_call_next("server_error")
    result = start(app, item_of(app), now=T0 + timedelta(seconds=5))
    assert (result.ok, result.code) == (False, "twilio")
    assert result.message == "Twilio chwilowo nie przyjmuje połączeń – proszę spróbować za chwilę."
    assert (result.attempt.state, result.attempt.ended_at) == (states.FAILED, T0 + timedelta(seconds=5))
    assert result.attempt.staff_call_sid is None


# -- the staff member's own phone --------------------------------------------------------------------------


@pytest.mark.parametrize("typed, found", [
    ("600 300 400", STAFF_PHONE), ("600300400", STAFF_PHONE), (" 600-300-400 ", STAFF_PHONE),
    ("+48 600 300 400", STAFF_PHONE), ("  +48600300400\t", STAFF_PHONE), ("61 817 61 30", OFFICE),
    ("+4915123456780", None), ("12345", None), ("", None), ("   ", None), (None, None), ("700 123 456", None),
])
def test_a_typed_phone_may_leave_out_poland_s_code(new_line, typed, found):
    assert new_line().extensions["ivr"].messages.bridge.typed_phone(typed) == found


def test_a_typed_phone_abroad_is_taken_only_when_allowed(new_line):
    bridge = new_line(callback_international=True).extensions["ivr"].messages.bridge
    assert bridge.typed_phone(" +49 151 2345 6780 ") == "+4915123456780"


def test_the_phone_rung_is_the_saved_one_else_the_office(new_line):
    bridge = new_line(office_phone=OFFICE).extensions["ivr"].messages.bridge
    assert bridge.phone_for("anna") == OFFICE
    assert bridge.save_phone("anna", "12345", T0) is None and bridge.store.saved_phone("anna") is None
    assert bridge.save_phone("anna", "600 300 400", T0) == STAFF_PHONE
    assert bridge.store.saved_phone("anna") == STAFF_PHONE
    assert bridge.phone_for("anna") == STAFF_PHONE and bridge.phone_for("piotr") == OFFICE
    assert new_line(office_phone=None).extensions["ivr"].messages.bridge.phone_for("piotr") is None
    assert new_line(office_phone="+48700123456").extensions["ivr"].messages.bridge.phone_for("piotr") is None
    # A phone abroad saved while calls abroad were allowed is not rung once they are not: the office is.
    abroad = new_line(office_phone=OFFICE, callback_international=True).extensions["ivr"].messages.bridge
    assert abroad.save_phone("ewa", "+4915123456780", T0) == "+4915123456780"
    assert abroad.phone_for("ewa") == "+4915123456780"
    assert bridge.phone_for("ewa") == OFFICE


def test_twilios_refusal_of_the_staff_phone_names_that_phone(new_line, calls):
    app = new_line()
    calls.fail_call_next("invalid_number")
    result = start(app, item_of(app))
    assert (result.ok, result.code, result.attempt.state) == (False, "twilio", states.FAILED)
    assert result.message == (f"Twilio nie może zadzwonić na Pana/Pani telefon ({STAFF_PHONE}). Proszę sprawdzić "
                              "ten numer w polu „Mój telefon do oddzwaniania”.")


def test_the_staff_page_waits_for_twilio_at_most_ten_seconds(new_line, calls):
    """A hung request to Twilio's REST API would hold the staff member's page (and a worker) forever."""
    app = new_line()
    assert start(app, item_of(app)).ok
    created = [call for call in calls.mock.calls if call.request.url.endswith("/Calls.json")]
    assert len(created) == 1 and created[0].request.req_kwargs["timeout"] == 10


def test_the_log_tells_who_rang_which_phone_and_why_twilio_refused_with_numbers_masked(new_line, calls, caplog):
    caplog.set_level(logging.INFO, logger="ivr.messages.bridge")
    app = new_line()
    placed = start(app, item_of(app))
    calls.fail_call_next("server_error")
    failed = start(app, item_of(app, "+48606902917"), now=T0 + timedelta(minutes=1))
    logged = [r.getMessage() for r in caplog.records if r.name == "ivr.messages.bridge"]
    assert logged == [
        f"bridge {placed.attempt.id}: item {placed.attempt.message_id}, anna rings staff phone 600 *** 400",
        f"bridge {failed.attempt.id}: call to staff phone 600 *** 400 not placed: Twilio error 20500 (HTTP 500)",
        f"bridge {failed.attempt.id}: failed",
    ]


def test_a_failing_statistics_listener_is_logged_and_the_call_goes_on(new_line, calls, caplog):
    caplog.set_level(logging.INFO, logger="ivr.messages.bridge")
    app = new_line()
    bridge = app.extensions["ivr"].messages.bridge
    heard = []

    def broken(attempt):
        raise RuntimeError("statistics down")

    bridge.subscribe(broken)
    bridge.subscribe(heard.append)
    result = start(app, item_of(app))
    assert result.ok and [(a.id, a.state) for a in heard] == [(result.attempt.id, states.CALLING_STAFF)]
    failures = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in failures] == ["bridge listener failed"]
    assert failures[0].exc_info[0] is RuntimeError


def test_a_bridge_built_by_hand_refuses_calls_abroad_and_allows_ten_an_hour(new_line, calls):
    """The constructor's defaults are the documented ones (IVR_CALLBACK_INTERNATIONAL off, 10 an hour)."""
    from ivr.messages.bridge import CallBridge

    app = new_line()
    configured = app.extensions["ivr"].messages.bridge
    bridge = CallBridge(configured.store, configured.messages, configured._factory, LINE_NUMBER)
    assert bridge.phone_number("+4915123456780") is None and bridge.office_phone is None
    assert bridge.missing() is None
    started = []
    for n in range(11):
        item = item_of(app, f"+486069029{n:02d}")
        with app.test_request_context():
            started.append(bridge.start(item, "anna", STAFF_PHONE, call_urls, T0 + timedelta(minutes=n)).code)
        if started[-1] == "started":
            CallDriver(app, calls.calls[-1]).not_answered()
    assert started == ["started"] * 10 + ["limit"]
