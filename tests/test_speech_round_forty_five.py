"""Round forty-five of issue 23 (bench/fresh45): callers who want a person, to leave word, a call back or the number,
in everyday words, and the refusals and danger said behind such a request. Not eaten for days said with the mouth,
fear said of anyone after a story from a screen, talking to no one wanted, a transfer asked beside an hour, "daj mi
kogoś" with words between, the cold outside the window, whom to talk to asked before the reason, the number of a
worker, and three list entries (`person`: "ktoś na żywo"; `message`: "zostawić jakąś wiadomość/informację",
"nagrywać się"). Each reading is played through the real /voice webhooks (exact TwiML for the safety route and for a
few answers), beside the near inputs that must not change. The sentences are this round's own phrasings of each kind,
not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, check, dial, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- not eaten for days, said with the mouth (senses.nothing_in_mouth_for_days) ------------------------------------

def test_nothing_in_the_mouth_for_days_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "tata od dwóch dni nic w ustach nie miał i tylko leży"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("hours", "babcia już trzeci dzień nic w ustach nie miała"),
    ("contact", "ja od wczoraj nic nie miałam w ustach"),
])
def test_nothing_in_the_mouth_for_days_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nic w ustach nie miałam od rana to zaraz coś zjem",  # hours, not days
    "mam w ustach gorzko od dwóch dni",  # no "nic": a taste
])
def test_a_morning_without_food_or_a_taste_in_the_mouth_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "hours", words))


# -- fear said of anyone after a story from a screen (senses.fear_of_anyone) ---------------------------------------

def test_anyones_fear_after_a_news_story_is_asked_about_not_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "w wiadomościach mówili że w mieście staruszkę pobili aż się człowiek boi"
    assert say_in(post, app, "hours", words) == check(app)


def test_the_callers_own_fear_after_a_past_beating_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "w zeszłym tygodniu mnie pobił i teraz się boję") == danger_open(app)


# -- talking to no one wanted (senses.no_one_wanted) ---------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "ja z nikim nie chcę rozmawiać tylko pytam"),
    ("hours", "nikogo nie potrzebuję do rozmowy dziękuję"),
])
def test_talking_to_no_one_wanted_is_no_transfer(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, node, words)


@pytest.mark.parametrize("words", [
    "nie ma tu nikogo żeby porozmawiać",  # no one there: a person wanted
    "chcę z kimś porozmawiać bo nikt nie odbiera",
])
def test_no_one_there_is_still_a_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == dial(app, "transfer")


def test_danger_beside_talking_to_no_one_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "z nikim nie chcę rozmawiać bo mąż mnie bije") == danger_open(app)


# -- a transfer asked beside an hour (senses.put_through_asked) ----------------------------------------------------

def test_put_through_beside_an_hour_is_a_transfer_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "do piętnastej to niech mnie pani połączy z pracownikiem"
    assert say_in(post, app, "hours", words) == dial(app, "transfer")


def test_when_one_can_be_put_through_is_still_the_hours(make_app, post):
    assert same(make_app, post, "main", "do której można się połączyć z kierowniczką", "godziny otwarcia")


# -- "daj mi kogoś" with words between (senses.someone_given) ------------------------------------------------------

def test_someone_given_with_words_between_is_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "daj mi tam szybciutko kogoś") == dial(app, "transfer")


def test_someone_given_on_a_holiday_offers_a_message_or_a_call_back(make_app, post):
    assert same(make_app, post, LEAVE_WORD, "nic nie zostawię daj mi pani tam kogoś kto ma dyżur w święta",
                "proszę z sekretariatem", moment=CHRISTMAS_EVE)


def test_daj_spokoj_is_no_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, "main", "daj spokój kogo to obchodzi")


# -- the cold outside the window (senses.cold_outside) -------------------------------------------------------------

@pytest.mark.parametrize("words", ["zimno dziś na dworze ale co poradzić zima", "ale zimno za oknem straszne"])
def test_the_cold_outside_is_no_heating(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != topic(app, "heating")


@pytest.mark.parametrize("words", ["zimno w domu a za oknem mróz", "zimno za oknem a nie mam czym palić"])
def test_the_cold_at_home_or_the_fuel_is_still_heating(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


# -- whom to talk to asked before the reason (senses.whom_asked_before_reason) -------------------------------------

def test_whom_to_talk_to_asked_first_is_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "z kim mogę o tym porozmawiać bo syn mi wnuki zostawił i sama je wychowuję"
    assert say_in(post, app, "benefits", words) == dial(app, "transfer")


def test_the_matter_first_then_whom_is_still_the_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, "benefits", "wnuki sama wychowuję z kim o tym porozmawiać")


# -- the number of a worker (senses.number_of_worker) --------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "poproszę numer telefonu do pracownicy socjalnej",
    "jaki jest telefon bezpośrednio do pracownika socjalnego",
])
def test_the_number_of_a_worker_is_the_address_card(make_app, post, words):
    assert same(make_app, post, "about", words, "numer telefonu")


@pytest.mark.parametrize("words", [
    "dzwonię do pracownika socjalnego w sprawie numeru",  # the number after the worker
    "jak się dostać do pracownika socjalnego",  # the way there, no number
])
def test_calling_or_reaching_a_worker_is_not_the_address_card(make_app, post, words):
    assert not same(make_app, post, "main", words, "numer telefonu")


# -- list entries: "ktoś na żywo", "zostawić jakąś wiadomość/informację", "nagrywać się" ----------------------------

def test_someone_live_is_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "czy może mnie ktoś na żywo wysłuchać") == dial(app, "transfer")


def test_a_match_watched_live_is_no_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, "main", "oglądam na żywo mecz")


@pytest.mark.parametrize("node, words", [
    ("main", "czy mogę zostawić jakąś informację"),
    (LEAVE_WORD, "dobrze to nagrywam się"),
])
def test_some_word_left_or_recording_oneself_records(make_app, post, node, words):
    assert "<Record" in say_in(post, make_app(FRIDAY_EVENING), node, words)


@pytest.mark.parametrize("node, words", [
    (LEAVE_WORD, "nie chcę się nagrywać"),  # refused
    (LEAVE_WORD, "ja nie potrafię się nagrywać"),  # what one cannot do (understand.REFUSAL_BRIDGE)
    ("main", "zostawiłam jakąś informację w sekretariacie"),  # told, during opening hours
])
def test_a_recording_refused_or_told_records_nothing(make_app, post, node, words):
    moment = TUESDAY_OPEN if node == "main" else FRIDAY_EVENING
    assert "<Record" not in say_in(post, make_app(moment), node, words)


# -- "gdzieś" after a verb (senses.somewhere_after_verb) -----------------------------------------------------------

def test_calling_somewhere_to_hear_a_voice_is_not_the_address(make_app, post):
    words = "odkąd mąż umarł to dzwonię gdzieś czasem żeby tylko głos usłyszeć i tyle"
    assert not same(make_app, post, "main", words, "gdzie jesteście")


@pytest.mark.parametrize("words", ["czy jesteście gdzieś koło kościoła", "gdzieś tu macie biuro"])
def test_somewhere_asked_of_the_office_is_still_the_address(make_app, post, words):
    assert same(make_app, post, "main", words, "gdzie jesteście")


def test_recording_oneself_not_possible_then_a_call_back_is_the_call_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    pressed = post(app, "/voice/answer?node=leave_word&miss=0&rounds=0", {"From": "+48606902915", "Digits": "2"})
    assert say_in(post, app, LEAVE_WORD, "nie umiem się nagrywać niech ktoś oddzwoni") == pressed.get_data(as_text=True)
