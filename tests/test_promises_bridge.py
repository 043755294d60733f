"""Issue 35, call-back bridge: a key pressed twice must not dial twice, also when Twilio's two
posts of the Gather action arrive at the same moment (a retry while the first is still being
answered). Real threads share the app and its database; the guarded move from "calling staff"
to "connecting" must let exactly one of them answer with <Dial>. The posts are held together
after each has read the attempt (as a slow database would), so the test does not depend on
the threads' luck: a check of the state read earlier would let every one of them dial."""
from __future__ import annotations

import threading

from test_bridge import bridge_of, calls, placed, state  # noqa: F401 - fixtures
from messages_helpers import db_url, line_settings, make_line, sleeps, twilio, twilio_post  # noqa: F401
from ivr.messages import bridge_store as states

PRESSES = 6


def test_the_same_key_posted_at_the_same_moment_dials_the_resident_once(placed):  # noqa: F811
    app, result, call = placed
    call.answer()
    form = {**call._base("in-progress"), "Digits": "1"}
    start, answers = threading.Barrier(PRESSES), []
    read_together = threading.Barrier(PRESSES)
    bridge = bridge_of(app)
    real = bridge._resident_of

    def slow_resident_of(attempt):  # between reading the attempt and moving it on
        try:
            read_together.wait(timeout=10)
        except threading.BrokenBarrierError:
            pass
        return real(attempt)

    bridge._resident_of = slow_resident_of

    def press():
        start.wait()
        response = twilio_post(app, f"/bridge/{result.attempt.id}/key", form, close=False)
        answers.append((response.status_code, b"<Dial" in response.data))

    threads = [threading.Thread(target=press) for _ in range(PRESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answers) == PRESSES and all(status == 200 for status, _ in answers)
    assert sum(dialled for _, dialled in answers) == 1, answers
    assert state(app, result) == states.CONNECTING


# -- what staff read about an attempt and about Twilio's refusal (each branch, exact words) ----------

from datetime import datetime, timezone  # noqa: E402

import pytest  # noqa: E402
from twilio.base.exceptions import TwilioRestException  # noqa: E402

from ivr.messages.bridge import STATE_LABELS, _seconds, describe, twilio_refusal  # noqa: E402
from ivr.messages.bridge_store import Attempt  # noqa: E402

PHONE = "+48600300400"
NUMBER_WRONG = (f"Twilio nie może zadzwonić na Pana/Pani telefon ({PHONE}). Proszę sprawdzić ten numer "
                "w polu „Mój telefon do oddzwaniania”.")
ACCOUNT = ("Twilio odmówił połączenia z powodu ustawień konta infolinii (dane konta albo numer infolinii). "
           "Proszę zwrócić się do administratora.")
BUSY = "Twilio chwilowo nie przyjmuje połączeń – proszę spróbować za chwilę."


def _refused(status: int, code: int | None) -> TwilioRestException:
    return TwilioRestException(status, "https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json", "refused", code)


def test_no_answer_from_twilio_at_all_is_said_as_such():
    assert twilio_refusal(ConnectionError("timed out"), PHONE) == "Nie udało się połączyć z Twilio – proszę spróbować za chwilę."


@pytest.mark.parametrize("code", [21211, 21214, 21215, 21216, 21217, 13223, 13224, 13225])
def test_only_the_codes_about_the_number_called_blame_the_staff_members_phone(code):
    assert twilio_refusal(_refused(400, code), PHONE) == NUMBER_WRONG


@pytest.mark.parametrize("status,code", [(401, None), (403, None), (400, 20003), (400, 20005), (400, 21210),
                                         (400, 21212)])
def test_the_accounts_refusals_send_staff_to_the_administrator(status, code):
    assert twilio_refusal(_refused(status, code), PHONE) == ACCOUNT


@pytest.mark.parametrize("status,code", [(500, None), (429, 20429), (400, 21218), (400, 13226), (404, 20404)])
def test_any_other_refusal_is_twilio_being_busy_not_the_staff_phone(status, code):
    assert twilio_refusal(_refused(status, code), PHONE) == BUSY


@pytest.mark.parametrize("value,seconds", [("95", 95), (" 7 ", 7), ("0", 0), ("86399", 86399), ("86400", None),
                                           ("", None), (None, None), ("-3", None), ("1.5", None), ("abc", None)])
def test_a_duration_from_twilio_is_whole_seconds_within_a_day(value, seconds):
    assert _seconds(value) == seconds


def _attempt(state: str, duration: int | None = None) -> Attempt:
    at = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)
    return Attempt(1, 1, "anna", PHONE, state, at, None, None, None, None, duration)


@pytest.mark.parametrize("state", sorted(STATE_LABELS))
def test_every_state_is_described_in_polish(state):
    assert describe(_attempt(state)) == STATE_LABELS[state]


def test_a_completed_call_says_how_long_it_lasted_and_only_a_completed_one():
    assert describe(_attempt(states.COMPLETED, 95)) == "Zakończona (1 min 35 s)"
    assert describe(_attempt(states.COMPLETED, 0)) == "Zakończona (0 s)"
    assert describe(_attempt(states.COMPLETED)) == "Zakończona"
    assert describe(_attempt(states.FAILED, 95)) == "Nie udało się połączyć"
    assert describe(_attempt("something-new")) == "something-new"
