"""When nobody can answer: the choice of a message or a call back, in the flow (pure) and
through the webhooks (exact TwiML), the Record verb, the read-back of the caller's number,
hidden numbers, ladders, and the simulator."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import FRIDAY_EVENING, MONDAY_OPEN, TUESDAY_OPEN, say_xml
from ivr.common.callerid import HIDDEN as WITHHELD, callable_number, is_hidden, written_groups
from ivr.call.flow import CALLBACK, DONE, LEAVE_WORD, Input, State
from ivr.messages.store import CALLBACK as CALLBACK_KIND, MESSAGE, NEW, PENDING

CALLER = "+48606902915"
HIDDEN = ["+266696687", "+7378742833", "+2562533", "+8656696", "+86282452253",
          "anonymous", "Anonymous", "restricted", "", "   ", "not a number", "12345", "+48123", "+4860690291500"]
HEAD = '<?xml version="1.0" encoding="UTF-8"?><Response>'


# The read-back: its fixed words, the number, "Powtarzamy:", the number.
READBACK = ["callback_number", "number", "callback_number", "number"]


def ids(step) -> list[str]:
    return [p.id.split(".")[0] for p in step.prompts]


def press(line, node, digits, at=FRIDAY_EVENING, caller=CALLER, **state):
    return line.handle(State(node, **state), Input(digits=digits, caller=caller), at)


def silence(line, state, at=FRIDAY_EVENING):
    return line.handle(state, Input(caller=CALLER), at)


# -- how callers get here ----------------------------------------------------------------


def test_key_zero_outside_hours_says_when_we_open_and_offers_the_choice(line):
    step = press(line, "main", "0")
    assert ids(step) == ["transfer_closed", "status_closed", "menu_leave_word"]
    assert step.prompts[1].text == "Ośrodek jest teraz zamknięty. Zapraszamy w poniedziałek od 8:00."
    assert step.action == "gather" and step.state == State(LEAVE_WORD)


def test_key_zero_during_hours_still_dials_the_office(line):
    step = press(line, "main", "0", at=TUESDAY_OPEN)
    assert step.action == "dial" and step.dial == "+48618176130"


@pytest.mark.parametrize("status", ["busy", "no-answer", "failed", "canceled"])
def test_an_unanswered_transfer_offers_the_choice(line, status):
    step = line.after_dial(status, TUESDAY_OPEN, caller=CALLER)
    said = {"busy": "transfer_busy", "no-answer": "transfer_no_answer"}.get(status, "transfer_failed")
    assert ids(step) == [said, "transfer_retry", "menu_leave_word"]
    assert step.state == State(LEAVE_WORD)


def test_the_third_miss_outside_hours_gives_hours_and_numbers_then_the_choice(line):
    step = silence(line, State("main", miss=2))
    assert ids(step) == ["no_input", "status_closed", "closed_wrap_up", "menu_leave_word"]
    assert step.state == State(LEAVE_WORD, rounds=1)


def test_the_choice_is_a_small_menu_said_option_first(line):
    text = line.catalogue.entry("menu_leave_word").text.splitlines()
    assert text == [
        "Wiadomość dla pracowników ośrodka – proszę nacisnąć jeden.",
        "Prośba o oddzwonienie – proszę nacisnąć dwa.",
        "Informacja o ochronie danych – proszę nacisnąć osiem.",
        "Powrót do głównego menu – proszę nacisnąć gwiazdkę.",
        "Proszę wybrać teraz.",
    ]


# -- a message ------------------------------------------------------------------------------


def test_key_one_records_a_message(line):
    step = press(line, LEAVE_WORD, "1", rounds=1)
    assert step.action == "record" and ids(step) == ["privacy_before_beep", "record_intro"]
    assert step.state == State(LEAVE_WORD, rounds=1)
    assert "do dwóch minut" in step.prompts[-1].spoken and step.prompts[-1].text.endswith("Proszę mówić po sygnale.")


def test_a_kept_message_is_confirmed_then_the_menu(line):
    step = line.after_record("saved", State(LEAVE_WORD, rounds=1))
    assert ids(step) == ["record_saved", "may_hang_up", "menu_done"] and step.state == State(DONE, rounds=1)
    assert step.prompts[0].text == "Dziękujemy, wiadomość została zapisana."


@pytest.mark.parametrize("result,prompt", [("empty", "record_empty"), ("failed", "record_failed"), ("odd", "record_failed")])
def test_nothing_recorded_or_not_kept_offers_the_choice_again(line, result, prompt):
    step = line.after_record(result, State(LEAVE_WORD))
    assert ids(step) == [prompt, "menu_leave_word"] and step.state == State(LEAVE_WORD)


# -- a call back ------------------------------------------------------------------------------


def test_key_two_reads_the_number_back_twice_in_its_groups(line):
    step = press(line, LEAVE_WORD, "2")
    assert ids(step) == [*READBACK, "privacy_callback", "menu_callback"] and step.state == State(CALLBACK)
    # The fixed words as prompts of their own, the number between them read from its pieces (issue 25).
    assert [p.text for p in step.prompts[:4]] == ["Oddzwonimy na numer, z którego Państwo dzwonią:", "606 902 915",
                                                  "Powtarzamy:", "606 902 915"]
    number = step.prompts[1]
    assert number.spoken == "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście."
    assert [(p.id, p.spoken) for p in number.pieces] == [
        ("number.606", "sześćset sześć"), ("number.902", "dziewięćset dwa"), ("number.915", "dziewięćset piętnaście")]


def test_a_landline_is_read_in_its_own_groups(line):
    step = press(line, LEAVE_WORD, "2", caller="+48618176130")
    assert "61 817 61 30" == step.prompts[1].text
    assert step.prompts[1].spoken == "sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści."
    assert [p.id for p in step.prompts[1].pieces] == ["number.61", "number.817", "number.61", "number.30"]


WITHHELD_FROM = ["+266696687", "+7378742833", "+2562533", "+8656696", "+86282452253", "anonymous", "Anonymous",
                 "restricted", "", "   "]


@pytest.mark.parametrize("caller", HIDDEN)
def test_a_hidden_number_cannot_ask_for_a_call_back(line, caller):
    step = press(line, LEAVE_WORD, "2", caller=caller)
    # Told why, and offered only what works: a message. Only a withheld number is called
    # "ukryty" (issue 24); a number that is there but cannot be called is told so.
    said = "callback_hidden" if caller in WITHHELD_FROM else "callback_unreachable"
    assert ids(step) == [said, "menu_leave_word_hidden"] and step.state == State(LEAVE_WORD)
    assert ("numer jest ukryty" in step.prompts[0].text) == (caller in WITHHELD_FROM)


def test_key_one_confirms_the_request(line):
    step = press(line, CALLBACK, "1", rounds=1)
    assert step.action == "callback" and step.prompts == () and step.state == State(LEAVE_WORD, rounds=1)


def test_nine_reads_the_number_again(line):
    assert ids(press(line, CALLBACK, "9")) == [*READBACK, "privacy_callback", "menu_callback"]


@pytest.mark.parametrize("result,expected,node", [
    ("saved", ["callback_saved", "may_hang_up", "menu_done"], DONE),
    ("hidden_number", ["callback_hidden", "menu_leave_word"], LEAVE_WORD),
    ("failed", ["callback_failed", "menu_leave_word"], LEAVE_WORD),
    ("weird", ["callback_failed", "menu_leave_word"], LEAVE_WORD),
])
def test_after_keeping_the_request(line, result, expected, node):
    step = line.after_callback(result, State(LEAVE_WORD))
    assert ids(step) == expected and step.state.node == node


# -- star, nine, zero, wrong keys, silence ---------------------------------------------------------


@pytest.mark.parametrize("node", [LEAVE_WORD, CALLBACK])
def test_star_returns_to_the_main_menu(line, node):
    step = press(line, node, "*", rounds=1)
    assert ids(step) == ["menu_main_closed"] and step.state == State("main")


def test_nine_repeats_the_choice(line):
    step = press(line, LEAVE_WORD, "9")
    assert ids(step) == ["menu_leave_word"] and step.state == State(LEAVE_WORD)


@pytest.mark.parametrize("node", [LEAVE_WORD, CALLBACK])
def test_zero_during_hours_dials_from_here_too(line, node):
    assert press(line, node, "0", at=MONDAY_OPEN).action == "dial"


@pytest.mark.parametrize("node,menu", [(LEAVE_WORD, "menu_leave_word"), (CALLBACK, "menu_callback")])
@pytest.mark.parametrize("digits", ["3", "5", "6", "#", "12"])
def test_wrong_keys_re_prompt(line, node, menu, digits):
    step = press(line, node, digits)
    assert ids(step) == ["wrong_key", menu] and step.state == State(node, miss=1)


def test_the_ladder_here_is_the_same_ladder(line):
    first = silence(line, State(LEAVE_WORD))
    assert ids(first) == ["no_input", "menu_leave_word"] and first.state == State(LEAVE_WORD, miss=1)
    second = silence(line, first.state)
    assert ids(second) == ["no_input", "help_leave_word", "keys_leave_word"] and second.slow  # issue 24: keys only
    third = silence(line, second.state)
    assert ids(third) == ["no_input", "status_closed", "closed_wrap_up", "menu_leave_word"]
    assert third.state == State(LEAVE_WORD, rounds=1)
    assert silence(line, second.state, at=MONDAY_OPEN).action == "dial"


def test_a_silent_line_is_still_let_go(line):
    step = silence(line, State(LEAVE_WORD, miss=2, rounds=1))
    assert step.action == "hangup" and ids(step) == ["info_contact", "goodbye"]


def test_wrong_keys_here_never_hang_up(line):
    state = State(LEAVE_WORD)
    for _ in range(12):
        step = press(line, state.node, "6", miss=state.miss, rounds=state.rounds)
        assert step.action == "gather" and ids(step)[0] == "wrong_key"
        state = step.state


@pytest.mark.parametrize("phrase,node,expected", [
    ("chciałabym zostawić wiadomość", LEAVE_WORD, "record"),
    ("nagrać wiadomość", LEAVE_WORD, "record"),
    ("proszę oddzwonić", LEAVE_WORD, CALLBACK),
    ("tak", CALLBACK, "callback"),
    ("zgadza się", CALLBACK, "callback"),
    ("godziny", LEAVE_WORD, "hours"),
])
def test_speech_works_here_too(line, phrase, node, expected):
    step = line.handle(State(node), Input(speech=phrase, confidence=0.8, caller=CALLER), FRIDAY_EVENING)
    assert expected in (step.action, step.state.node)


# -- the caller's number ---------------------------------------------------------------------


@pytest.mark.parametrize("number,written", [
    ("+48606902915", "606 902 915"),
    ("+48 606 902 915", "606 902 915"),
    ("+48501234567", "501 234 567"),
    ("+48618176130", "61 817 61 30"),
    ("+48221234567", "22 123 45 67"),
    ("+4915123456789", "plus 49, 15, 12, 345, 67, 89"),  # its own groups, 1512 3456789
    ("+12025550123", "plus 1, 202, 555, 01, 23"),  # 202-555-0123
])
def test_numbers_are_written_in_their_groups(number, written):
    assert written_groups(number) == written


@pytest.mark.parametrize("number", sorted({*HIDDEN, *WITHHELD, "ANONYMOUS", "Restricted", "Private", "Unavailable",
                                            "+48", "606902915", "48606902915", "+0486069029", "+4860690291512345"}))
def test_hidden_numbers(number):
    assert callable_number(number) is None and written_groups(number) is None and is_hidden(number)


def test_only_a_number_exactly_as_twilio_gives_it_is_not_hidden():
    assert not is_hidden("+48606902915") and not is_hidden(" +48618176130 ") and not is_hidden("+14155552671")
    # Readable back, but not texted: the SMS goes only to the number exactly as Twilio gave it.
    assert callable_number("+48 606 902 915") == "+48606902915" and is_hidden("+48 606 902 915")


# -- through the webhooks: exact TwiML ------------------------------------------------------------


def spoken(app, prompt_id, **values):
    return app.extensions["ivr"].catalogue.entry(prompt_id, values or None).spoken


def says(app, *prompt_ids) -> str:
    return "".join(say_xml(spoken(app, p)) for p in prompt_ids)


def gather(app, node: str, inner: str, miss: int = 0, rounds: int = 0) -> str:
    action = f"/voice/answer?node={node}&amp;miss={miss}&amp;rounds={rounds}"
    hints = ", ".join(app.extensions["ivr"].line._hints[node])
    return (
        f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
        + inner + f'</Gather><Redirect method="POST">{action}</Redirect></Response>'
    )


def test_busy_transfer_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = post(app, "/voice/dial-done", {"DialCallStatus": "busy"}).get_data(as_text=True)
    assert body == HEAD + gather(app, LEAVE_WORD, says(app, "transfer_busy", "transfer_retry", "menu_leave_word"))


def test_closed_key_zero_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "0"}).get_data(as_text=True)
    status = say_xml(spoken(app, "status_closed", kiedy="w poniedziałek", godzina="8:00"))
    assert body == HEAD + gather(app, LEAVE_WORD, says(app, "transfer_closed") + status + says(app, "menu_leave_word"))


def test_record_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = post(app, "/voice/answer?node=leave_word&miss=1&rounds=1", {"Digits": "1"}).get_data(as_text=True)
    action = "/voice/recorded?node=leave_word&amp;miss=0&amp;rounds=1"
    assert body == (
        HEAD + says(app, "privacy_before_beep", "record_intro")
        + f'<Record action="{action}" finishOnKey="1234567890*#" maxLength="120" method="POST" playBeep="true" '
        'recordingStatusCallback="http://localhost/voice/recording" recordingStatusCallbackMethod="POST" timeout="10" />'
        + f'<Redirect method="POST">{action}</Redirect></Response>'
    )


def test_record_with_a_public_url_gives_twilio_an_absolute_callback(make_app, post):
    app = make_app(FRIDAY_EVENING, public_url="https://ops.example.org")
    body = post(app, "/voice/answer?node=leave_word", {"Digits": "1"}, base="https://ops.example.org").get_data(as_text=True)
    assert 'recordingStatusCallback="https://ops.example.org/voice/recording"' in body


def recorded_fields(sid="RE" + "5" * 32, seconds="7"):
    return {"RecordingSid": sid, "RecordingDuration": seconds, "Digits": "#",
            "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/AC{'0' * 32}/Recordings/{sid}"}


def test_message_recorded_exact_twiml_and_row(make_app, post):
    app = make_app(FRIDAY_EVENING)
    response = post(app, "/voice/recorded?node=leave_word&miss=0&rounds=1", recorded_fields())
    assert response.get_data(as_text=True) == HEAD + gather(app, DONE, says(app, "record_saved", "may_hang_up", "menu_done"), rounds=1)
    [row] = app.extensions["ivr"].messages.store.listing()
    assert (row.kind, row.number, row.duration, row.status) == (MESSAGE, CALLER, 7, PENDING)
    app.extensions["ivr"].messages.store.engine.dispose()


@pytest.mark.parametrize("fields", [
    {},  # the Redirect after an empty <Record>: Twilio posts nothing about a recording
    recorded_fields(seconds="0"),
    {**recorded_fields(), "RecordingUrl": ""},
    {**recorded_fields(), "RecordingDuration": "x"},
])
def test_empty_recording_exact_twiml(make_app, post, fields):
    app = make_app(FRIDAY_EVENING)
    body = post(app, "/voice/recorded?node=leave_word&miss=0&rounds=0", fields).get_data(as_text=True)
    assert body == HEAD + gather(app, LEAVE_WORD, says(app, "record_empty", "menu_leave_word"))
    assert app.extensions["ivr"].messages.store.listing() == []
    app.extensions["ivr"].messages.store.engine.dispose()


def test_a_recording_without_a_proper_sid_is_not_kept(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = post(app, "/voice/recorded?node=leave_word", recorded_fields(sid="RE../../x")).get_data(as_text=True)
    assert spoken(app, "record_failed") in body and app.extensions["ivr"].messages.store.listing() == []


def test_callback_offer_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = post(app, "/voice/answer?node=leave_word&miss=0&rounds=0", {"Digits": "2"}).get_data(as_text=True)
    number = say_xml("sześćset sześć, dziewięćset dwa, dziewięćset piętnaście.")
    readback = say_xml("Oddzwonimy na numer, z którego Państwo dzwonią:") + number + say_xml("Powtarzamy:") + number
    assert body == HEAD + gather(app, CALLBACK, readback + says(app, "privacy_callback", "menu_callback"))
    # No audio built: the fallback voice dictates the number slowly too, a second between its groups.
    assert ('<prosody rate="85%">sześćset sześć, <break time="1000ms" />'
            'dziewięćset dwa, <break time="1000ms" />dziewięćset piętnaście.</prosody>') in body


def test_callback_confirmed_exact_twiml_and_row(make_app, post):
    app = make_app(FRIDAY_EVENING)
    response = post(app, "/voice/answer?node=callback&miss=0&rounds=0", {"Digits": "1"})
    saved = say_xml(spoken(app, "callback_saved", kiedy="w poniedziałek"))  # issue 24: the day it calls
    assert response.get_data(as_text=True) == HEAD + gather(app, DONE, saved + says(app, "may_hang_up", "menu_done"))
    [row] = app.extensions["ivr"].messages.store.listing()
    assert (row.kind, row.number, row.status) == (CALLBACK_KIND, CALLER, NEW)
    post(app, "/voice/answer?node=callback&miss=0&rounds=0", {"Digits": "1"})  # pressed again: still one request
    assert len(app.extensions["ivr"].messages.store.listing()) == 1
    app.extensions["ivr"].messages.store.engine.dispose()


@pytest.mark.parametrize("caller", ["anonymous", "+266696687", ""])
def test_anonymous_callers_through_the_webhooks(make_app, post, caller):
    app = make_app(FRIDAY_EVENING)
    offer = post(app, "/voice/answer?node=leave_word", {"Digits": "2", "From": caller}).get_data(as_text=True)
    assert offer == HEAD + gather(app, LEAVE_WORD, says(app, "callback_hidden", "menu_leave_word_hidden"))
    # Even a made-up confirmation keeps nothing.
    confirm = post(app, "/voice/answer?node=callback", {"Digits": "1", "From": caller}).get_data(as_text=True)
    assert confirm == HEAD + gather(app, LEAVE_WORD, says(app, "callback_hidden", "menu_leave_word_hidden"))
    assert app.extensions["ivr"].messages.store.listing() == []


@pytest.mark.parametrize("path", ["/voice/recorded", "/voice/recording"])
def test_new_webhooks_check_signatures(make_app, path):
    app = make_app()
    assert app.test_client().post(path, data=recorded_fields()).status_code == 403
    assert app.extensions["ivr"].messages.store.listing() == []


# -- the simulator and `ivr call` ----------------------------------------------------------------


def test_the_simulator_leaves_a_message(make_app):
    from ivr.web.simulator import CallSimulator, inputs_from

    app = make_app(FRIDAY_EVENING)
    turns = CallSimulator(app, caller=CALLER).call(inputs_from("01*"))
    assert [t.action for t in turns] == ["gather", "gather", "record", "gather", "gather"]
    assert turns[3].input == "nagranie: wiadomość, 7 s"
    assert turns[3].heard[0] == "Dziękujemy, wiadomość została zapisana."
    [row] = app.extensions["ivr"].messages.store.listing()
    assert (row.number, row.duration) == (CALLER, 7)


def test_the_simulator_stays_silent_at_the_beep(make_app):
    from ivr.web.simulator import CallSimulator, inputs_from

    app = make_app(FRIDAY_EVENING)
    turns = CallSimulator(app).call(inputs_from("01_"))
    assert turns[3].input == "nagranie: cisza" and turns[3].heard[0] == "Przepraszamy, nic się nie nagrało."
    assert app.extensions["ivr"].messages.store.listing() == []


def test_ivr_call_shows_the_record_turn_and_keeps_nothing(monkeypatch, tmp_path, content_dir):
    from ivr.cli import main

    database = tmp_path / "staff.sqlite3"
    monkeypatch.setenv("IVR_DATABASE_URL", f"sqlite:///{database}")
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("IVR_AUDIO_DIR", str(tmp_path / "audio"))
    monkeypatch.setenv("IVR_STAFF_MOBILE", "+48600100200")
    result = CliRunner(mix_stderr=False).invoke(main, ["call", "--at", "2026-11-27 18:00", "--press", "01", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    turns = json.loads(result.output)
    assert [t["action"] for t in turns] == ["gather", "gather", "record", "gather"]
    assert turns[3]["input"] == "nagranie: wiadomość, 7 s"
    assert not database.exists()  # a simulated call never reaches the staff's list
    text = CliRunner().invoke(main, ["call", "--at", "2026-11-27 18:00", "--press", "02"]).output
    assert ("Oddzwonimy na numer, z którego Państwo dzwonią:\n"
            "   [lektor Twilio] sześćset sześć, zero zero zero, sto jedenaście.\n") in text
