"""The call flow as pure functions: every menu path, the miss ladders, the transfer, speech."""
from __future__ import annotations

import re

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, MONDAY_OPEN, TUESDAY_OPEN, warsaw
from ivr.call.flow import CALLBACK, ITEMS, LEAVE_WORD, MENUS, Input, State


def ids(step) -> list[str]:
    return [p.id.split(".")[0] for p in step.prompts]


CALLER = "+48606902915"


def key(line, node, digits, at=MONDAY_OPEN, **state):
    return line.handle(State(node, **state), Input(digits=digits, caller=CALLER), at)


def test_call_starts_with_greeting_status_and_main_menu(line):
    step = line.start(MONDAY_OPEN)
    assert ids(step) == ["greeting", "status_open", "person_hint_open", "menu_main"]
    assert step.prompts[1].text == "Ośrodek jest teraz otwarty, do 16:00."
    assert step.action == "gather" and step.state == State("main")


def test_closed_status_says_when_we_open(line):
    step = line.start(FRIDAY_EVENING)
    assert step.prompts[1].text == "Ośrodek jest teraz zamknięty. Zapraszamy w poniedziałek od 8:00."
    assert step.prompts[1].id == "status_closed.8-00.w-poniedzialek"


def test_holiday_status(line):
    # Christmas Eve 2026 is Thursday; 25 Dec Friday; next opening Monday 28 Dec 8:00.
    # Issue 24: a holiday in the usual hours is said as an exception, the next opening with its date.
    assert line.start(CHRISTMAS_EVE).prompts[1].text == (
        "Dziś ośrodek jest wyjątkowo nieczynny. Zapraszamy w poniedziałek, 28 grudnia, od 8:00."
    )


MAIN_PATHS = [
    ("1", "hours", ["status_open", "info_hours", "reserved_keys"]),
    ("2", "contact", ["info_contact", "reserved_keys"]),
    ("3", "about", ["menu_about"]),
    ("4", "addiction", ["info_addiction", "reserved_keys"]),
]


def test_key_five_asks_the_web_layer_to_send_the_facts_by_sms(line):
    step = key(line, "main", "5", rounds=1)
    assert step.action == "sms" and step.prompts == () and step.state == State("main", rounds=1)


@pytest.mark.parametrize("result", ["sent", "already_sent", "hidden_number", "failed", "weird"])
def test_after_the_sms_the_caller_hears_what_happened_and_the_menu(line, result):
    step = line.after_sms(result, State("main"))
    expected = f"sms_{result}" if result != "weird" else "sms_failed"
    assert ids(step) == [expected, "menu_main"] and step.action == "gather"


@pytest.mark.parametrize("digit,node,played", MAIN_PATHS)
def test_main_menu_keys(line, digit, node, played):
    step = key(line, "main", digit)
    assert step.state == State(node)
    assert ids(step) == played
    assert step.action == "gather"


ABOUT_PATHS = [
    ("1", "social_work", "info_social_work"),
    ("3", "programmes", "info_programmes"),
    ("4", "food", "info_food"),
    ("5", "care", "info_care"),
]


@pytest.mark.parametrize("digit,node,prompt", ABOUT_PATHS)
def test_about_submenu_keys(line, digit, node, prompt):
    step = key(line, "about", digit)
    assert step.state == State(node)
    assert ids(step) == [prompt, "reserved_keys"]


def test_benefits_are_a_menu_of_their_own_after_the_general_facts(line):
    step = key(line, "about", "2")
    assert step.state == State("benefits") and ids(step) == ["info_benefits", "menu_benefits"]
    assert ids(key(line, "benefits", "1")) == ["info_child_benefit", "reserved_keys"]
    assert ids(key(line, "benefits", "2")) == ["info_heating", "reserved_keys"]
    assert ids(key(line, "heating", "1")) == ["info_child_benefit", "reserved_keys"]  # the menu's keys after its item


def test_no_menu_has_more_than_five_options(line):
    assert all(len(menu.options) <= 5 for menu in MENUS.values())


@pytest.mark.parametrize("node", sorted(MENUS) + sorted(ITEMS))
def test_star_goes_to_main_menu_from_everywhere(line, node):
    step = key(line, node, "*")
    assert ids(step) == ["menu_main"] and step.state == State("main")


@pytest.mark.parametrize("node", sorted(MENUS) + sorted(ITEMS))
def test_nine_repeats_where_the_caller_is(line, node):
    step = key(line, node, "9")
    assert step.state.node == node
    expected = [*MENUS[node].intro, MENUS[node].prompt] if node in MENUS else [
        "status_open" if p == "@status" else p for p in ITEMS[node].prompts if p != "@news"  # no news that day
    ] + ["reserved_keys"]
    if node == CALLBACK:
        # the caller's number again (the fixed words, the number, twice), the data sentence, then the choice
        expected = ["callback_number", "number", "callback_number", "number", "privacy_callback"] + expected
    if node == "privacy":
        expected[-1] = "menu_leave_word"  # after the privacy notice, the message menu again
    assert ids(step) == expected


@pytest.mark.parametrize("node", sorted(MENUS) + sorted(ITEMS))
def test_zero_dials_the_office_during_opening_hours(line, node):
    step = key(line, node, "0", at=TUESDAY_OPEN)
    assert step.action == "dial" and step.dial == "+48618176130"
    assert ids(step) == ["transfer"]


def test_zero_outside_hours_says_when_we_open_and_offers_a_message_or_a_call_back(line):
    step = key(line, "main", "0", at=FRIDAY_EVENING)
    assert step.action == "gather" and step.state == State(LEAVE_WORD)
    assert ids(step) == ["transfer_closed", "status_closed", "menu_leave_word"]
    assert step.prompts[1].text == "Ośrodek jest teraz zamknięty. Zapraszamy w poniedziałek od 8:00."


def test_after_an_item_the_menu_keys_still_work(line):
    assert key(line, "contact", "1").state == State("hours")
    assert key(line, "food", "5").state == State("care")


def test_reserved_keys_are_said_after_every_item(line):
    # Issue 24: the answer is finished first, then the keys in one line (not three sentences).
    finished, keys = line.catalogue.entry("reserved_keys").text.splitlines()
    assert finished == "Jeśli to wszystko, można się już rozłączyć."
    assert "– dziewięć" in keys and "– gwiazdka" in keys and "rozmowa z pracownikiem – zero" in keys


@pytest.mark.parametrize("menu", sorted(set(MENUS) - {"done", "callback_type"}))  # callback_type: a number typed
def test_menus_have_at_most_five_numbered_options_option_first(line, menu):
    lines = line.catalogue.entry(MENUS[menu].prompt).text.splitlines()
    # Key 8 of the message menu (the privacy notice) is a reserved-style key, outside the numbered options.
    numbered = [l for l in lines if re.search(r"proszę nacisnąć (jeden|dwa|trzy|cztery|pięć)\.$", l)]
    words = ["jeden", "dwa", "trzy", "cztery", "pięć"]
    assert 1 <= len(numbered) <= 5
    assert [l.rsplit(" ", 1)[1].rstrip(".") for l in numbered] == words[: len(numbered)]
    assert all(" – proszę nacisnąć " in l and not l.startswith("Proszę") for l in numbered)
    assert lines[-1] == "Proszę wybrać teraz."
    assert len([k for k in MENUS[menu].options if k != "8"]) == len(numbered)


def test_phone_numbers_and_hours_are_said_twice_after_a_warning(line):
    for prompt, needle in (("info_contact", "61 817 61 30"), ("info_hours", "od 8:00 do 16:00")):
        text = line.catalogue.entry(prompt).text
        assert text.startswith("Proszę przygotować kartkę.")
        assert text.count(needle) == 2


# -- the miss ladders --------------------------------------------------------


def silence(line, state, at=MONDAY_OPEN):
    return line.handle(state, Input(), at)


def test_silence_ladder_during_opening_hours_ends_with_a_person(line):
    first = silence(line, State("main"))
    assert ids(first) == ["no_input", "menu_main"] and first.state == State("main", miss=1)
    assert not first.slow
    second = silence(line, first.state)
    # Issue 24: after the help only the menu's keys in one line, not the whole menu again.
    assert ids(second) == ["no_input", "help", "keys_main"] and second.state == State("main", miss=2)
    assert second.slow
    third = silence(line, second.state)
    assert third.action == "dial" and third.dial == "+48618176130"
    assert third.state.rounds == 1  # carried through the transfer


def test_a_silent_caller_during_opening_hours_is_not_transferred_forever(line):
    # Transfer after the first ladder, nobody answers, the caller stays silent again.
    dialled = silence(line, State("main", miss=2))
    unanswered = line.after_dial("no-answer", TUESDAY_OPEN, dialled.state)
    assert unanswered.state.rounds == 1
    state = unanswered.state
    for _ in range(2):
        state = silence(line, state, TUESDAY_OPEN).state
    last = silence(line, state, TUESDAY_OPEN)
    assert last.action == "hangup" and ids(last) == ["info_contact", "goodbye"]


@pytest.mark.parametrize("miss", ["²", "٣", "-1", "x", "999", ""])
def test_odd_state_parameters_start_from_zero(miss):
    assert State.parse("main", miss, miss) == State("main")


def test_key_zero_keeps_the_callers_rounds(line):
    step = key(line, "main", "0", at=TUESDAY_OPEN, rounds=1)
    assert step.action == "dial" and step.state.rounds == 1


def test_silence_ladder_outside_hours_gives_hours_and_numbers_then_offers_a_message(line):
    state = State("main", miss=2)
    step = silence(line, state, FRIDAY_EVENING)
    assert step.action == "gather" and step.state == State(LEAVE_WORD, rounds=1)
    assert ids(step) == ["no_input", "status_closed", "closed_wrap_up", "menu_leave_word"]


def test_a_silent_line_is_let_go_after_two_whole_ladders(line):
    step = silence(line, State("main", miss=2, rounds=1), FRIDAY_EVENING)
    assert step.action == "hangup"
    assert ids(step) == ["info_contact", "goodbye"]


def test_wrong_keys_never_hang_up(line):
    state = State("main")
    for _ in range(12):
        step = key(line, state.node, "6", at=FRIDAY_EVENING, miss=state.miss, rounds=state.rounds)
        assert step.action == "gather"
        assert ids(step)[0] == "wrong_key"
        state = step.state


@pytest.mark.parametrize("digits", ["6", "8", "#", "12", "a", "٣", "🙂"])
def test_unknown_keys_re_prompt(line, digits):
    step = key(line, "main", digits)
    assert ids(step) == ["wrong_key", "menu_main"] and step.state == State("main", miss=1)


def test_silence_after_an_item_returns_to_its_menu(line):
    step = silence(line, State("food"))
    assert ids(step) == ["anything_else", "menu_about"] and step.state == State("about", asked=1)


def test_a_good_choice_resets_the_ladder(line):
    assert key(line, "main", "2", miss=2).state == State("contact")


# -- transfer results ----------------------------------------------------------


def test_completed_transfer_says_goodbye(line):
    step = line.after_dial("completed", TUESDAY_OPEN)
    assert step.action == "hangup" and ids(step) == ["goodbye"]


@pytest.mark.parametrize("status", ["busy", "no-answer", "failed", "canceled", "", "nonsense"])
def test_unanswered_transfer_offers_a_message_or_a_call_back(line, status):
    step = line.after_dial(status, TUESDAY_OPEN)
    assert step.action == "gather" and step.state == State(LEAVE_WORD)
    said = {"busy": "transfer_busy", "no-answer": "transfer_no_answer"}.get(status, "transfer_failed")
    # While the office is open: no status ("nobody answers" + "we are open" contradict), 0 tries again.
    assert ids(step) == [said, "transfer_retry", "menu_leave_word"]


# -- speech --------------------------------------------------------------------

PHRASES = [
    ("chciałabym wiedzieć, do której jest otwarte", "hours"),
    ("godziny otwarcia", "hours"),
    ("Godziny", "hours"),
    ("godzin", "hours"),
    ("kiedy jesteście otwarci", "hours"),
    ("czy ośrodek jest dziś czynny", "hours"),
    ("od ktorej otwieracie", "hours"),
    ("a do której pracujecie", "hours"),
    ("czy jest zamknięte w sobotę", "hours"),
    ("otwarte", "hours"),
    ("godzny otwarca", "hours"),
    ("adres", "contact"),
    ("jaki jest adres", "contact"),
    ("gdzie jesteście", "contact"),
    ("a gdzie to jest", "contact"),
    ("na jakiej ulicy", "contact"),
    ("numer telefonu", "contact"),
    ("telefon do kierowniczki", "person"),  # the head of the office is a person (issue 23)
    ("adress", "contact"),
    ("jak dojechać, dojazd", "contact"),
    ("kontakt", "contact"),
    ("alkohol", "addiction"),
    ("mąż ma problem z alkoholem", "addiction"),
    ("uzależnienie", "addiction"),
    ("syn jest uzależniony od narkotyków", "addiction"),
    ("komisja alkoholowa", "addiction"),
    ("potrzebuję psychologa", "addiction"),
    ("porada prawnika", "addiction"),
    ("alkochol", "addiction"),
    ("terapia", "addiction"),
    ("pomoc społeczna", "about"),
    ("w czym pomaga ośrodek", "about"),
    ("zasiłek", "benefits"),
    ("chodzi mi o zasiłki", "benefits"),
    ("świadczenia", "benefits"),
    ("pracownik", "person"),
    ("chcę rozmawiać z pracownikiem", "person"),
    ("proszę mnie połączyć z kimś", "person"),
    ("z człowiekiem proszę", "person"),
    ("konsultant", "person"),
    ("chciałbym porozmawiać z urzędnikiem", "person"),
    ("powtórz", "repeat"),
    ("proszę powtórzyć", "repeat"),
    ("jeszcze raz proszę", "repeat"),
    ("menu", "back"),
    ("wróć do początku", "back"),
]


def _target(step):
    if step.action == "dial" or ids(step)[0] in ("transfer", "transfer_closed"):
        return "person"
    return step.state.node


@pytest.mark.parametrize("phrase,expected", PHRASES)
def test_speech_in_the_main_menu(line, phrase, expected):
    step = line.handle(State("main"), Input(speech=phrase, confidence=0.8), TUESDAY_OPEN)
    if expected == "repeat":
        assert ids(step) == ["menu_main"]
    elif expected == "back":
        assert ids(step) == ["menu_main"] and step.state == State("main")
    else:
        assert _target(step) == expected


SUBMENU_PHRASES = [
    ("praca socjalna", "social_work"),
    ("jak pomaga pracownik socjalny", "social_work"),
    ("wypłata świadczeń", "benefits"),
    ("bezrobocie", "programmes"),
    ("urząd pracy", "programmes"),
    ("zbiórka żywności", "food"),
    ("jedzenie", "food"),
    ("godziny", "hours"),
    ("adres", "contact"),
]


@pytest.mark.parametrize("phrase,expected", SUBMENU_PHRASES)
def test_speech_in_the_about_submenu(line, phrase, expected):
    step = line.handle(State("about"), Input(speech=phrase, confidence=0.8), TUESDAY_OPEN)
    assert step.state.node == expected


@pytest.mark.parametrize("phrase", ["", "   ", "tak", "dzień dobry", "asdfgh", "🙂🙂", "x" * 10000])
def test_speech_without_a_match_re_prompts(line, phrase):
    step = line.handle(State("main"), Input(speech=phrase), TUESDAY_OPEN)
    assert ids(step)[0] in ("not_understood", "no_input")
    assert step.state.miss == 1


def test_low_confidence_speech_is_not_trusted(line):
    step = line.handle(State("main"), Input(speech="adres", confidence=0.05), TUESDAY_OPEN)
    assert ids(step) == ["not_understood", "menu_main"]


def test_gather_hints_come_from_the_content_words(line):
    hints = line.start(MONDAY_OPEN).hints
    assert "godziny" in hints and "adres" in hints and "alkohol" in hints and "pracownik" in hints
    assert len(hints) <= 100


def test_the_evening_before_a_holiday(line):
    # Wednesday 23 Dec 2026 after closing: 24, 25, 26, 27 closed -> Monday 28 Dec.
    step = line.start(warsaw(2026, 12, 23, 16, 30))
    assert step.prompts[1].text == "Ośrodek jest teraz zamknięty. Zapraszamy w poniedziałek od 8:00."


def test_before_opening_today(line):
    step = line.start(warsaw(2026, 12, 1, 6, 15))
    assert step.prompts[1].text == "Ośrodek jest teraz zamknięty. Zapraszamy dziś od 7:00."


def test_after_closing_tomorrow(line):
    step = line.start(warsaw(2026, 11, 30, 16, 0))
    assert step.prompts[1].text == "Ośrodek jest teraz zamknięty. Zapraszamy jutro od 7:00."


# --- item steps remembered per minute (issue 32) ------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _fresh_line(line):
    from ivr.call.flow import Line

    return Line(line.content, line.schedule, line.catalogue)


# Moments around every edge of the week's hours and of Christmas, down to the microsecond.
_EDGES = st.builds(
    lambda day, hour, minute, second, micro: warsaw(2026, 12, day, hour, minute).replace(second=second, microsecond=micro),
    st.integers(20, 31), st.sampled_from([0, 6, 7, 8, 14, 15, 16, 23]), st.sampled_from([0, 1, 29, 59]),
    st.sampled_from([0, 1, 59]), st.sampled_from([0, 999_999]))


@settings(max_examples=150, deadline=None)
@given(moments=st.lists(_EDGES, min_size=1, max_size=8), rounds=st.integers(0, 2))
def test_an_item_remembered_for_its_minute_is_the_item_said_anew(line, moments, rounds):
    # One Line serves every call: an item's step kept for its minute must be the step a new Line
    # makes at that very moment (the status, the closures, the news, the after-hours wording).
    items = [node for node in ITEMS if node != "privacy"]
    for moment in moments + moments[::-1]:
        fresh = _fresh_line(line)
        for node in items:
            assert line._enter(node, moment, rounds=rounds) == fresh._item(node, moment, rounds, None)


def _line_with(line, weekly):
    import dataclasses

    from ivr.call.catalogue import Catalogue
    from ivr.call.flow import Line
    from ivr.runtime import make_schedule

    content = dataclasses.replace(line.content, weekly=weekly)
    schedule = make_schedule(content)
    return Line(content, schedule, Catalogue(content, schedule, MONDAY_OPEN.date()))


def test_the_status_item_changes_at_the_closing_minute_not_before(line):
    before, at = warsaw(2026, 12, 7, 15, 59).replace(second=59, microsecond=999_999), warsaw(2026, 12, 7, 16, 0)
    assert "status_open" in ids(line._enter("hours", before))
    assert "status_closed" in ids(line._enter("hours", at))
    assert "status_open" in ids(line._enter("hours", before))


@settings(max_examples=100, deadline=None)
@given(minutes=st.lists(st.integers(7 * 60 + 25, 7 * 60 + 35), min_size=2, max_size=10),
       seconds=st.sampled_from([0, 59]))
def test_with_hours_on_the_half_hour_each_minute_is_its_own(line, minutes, seconds):
    # 7:30-15:30: the status turns at 7:30, inside an hour; a step kept for 7:29 must not answer 7:30.
    import datetime as dt

    from ivr.call.schedule import Hours

    half = _line_with(line, {day: Hours(dt.time(7, 30), dt.time(15, 30)) for day in range(5)})
    for minute in minutes:
        moment = warsaw(2026, 12, 8, minute // 60, minute % 60).replace(second=seconds)
        assert half._enter("hours", moment) == _fresh_line(half)._item("hours", moment, 0, None)
        assert ("status_open" in ids(half._enter("hours", moment))) == (minute >= 7 * 60 + 30)


def test_hours_with_seconds_are_never_remembered_by_the_minute(line):
    import datetime as dt

    from ivr.call.schedule import Hours

    odd = _line_with(line, {day: Hours(dt.time(8, 0, 30), dt.time(15)) for day in range(5)})
    early, late = warsaw(2026, 12, 7, 8, 0).replace(second=10), warsaw(2026, 12, 7, 8, 0).replace(second=40)
    assert "status_closed" in ids(odd._enter("hours", early))
    assert "status_open" in ids(odd._enter("hours", late))
    assert not odd._items


def test_the_privacy_notice_is_never_remembered(line):
    line._enter("privacy", MONDAY_OPEN, caller="+48606902915")
    assert not any(key[0] == "privacy" for key in line._items)


def test_the_remembered_items_stay_bounded(line):
    from ivr.call.flow import REMEMBERED_ITEMS

    for minute in range(2 * REMEMBERED_ITEMS):
        line._enter("hours", MONDAY_OPEN + __import__("datetime").timedelta(minutes=minute))
    assert 0 < len(line._items) <= REMEMBERED_ITEMS


def test_items_remembered_by_many_threads_at_once_are_each_the_item_said_anew(line, monkeypatch):
    # gunicorn's threads share a Line (and its schedule): with a memory of 3 items, cleared again and again while
    # 8 threads fill it, every step any thread gets must still be the one a new Line makes at that moment.
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    import ivr.call.flow as flow
    import ivr.call.schedule as schedule

    monkeypatch.setattr(flow, "REMEMBERED_ITEMS", 3)
    monkeypatch.setattr(schedule, "REMEMBERED_DAYS", 3)
    moments = [warsaw(2026, 12, 21, 6, 0) + dt.timedelta(minutes=7 * k) for k in range(0, 1400, 13)]
    shared = _fresh_line(line)
    expected = {(node, m): _fresh_line(line)._item(node, m, 0, None) for node in ("hours", "contact") for m in moments}

    def call(job):
        node, moment = job
        return shared._enter(node, moment) == expected[job]

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(call, list(expected) * 3))
