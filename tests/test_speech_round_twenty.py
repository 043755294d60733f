"""Round twenty of issue 23 (bench/fresh20): the general rules added for a new writer's callers answering the line's
questions in each menu (agreeing and refusing, correcting themselves, asking for something else, keys, not catching
it, thanks, mumbles, danger told only when asked a simple question), each played through the real /voice webhooks
with exact TwiML, beside the input that would break each rule. The sentences are this round's own phrasings of each
kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import child_benefit, say_in

from ivr.call import senses


# -- agreeing at the read-back of the number: "niech będzie", "niech dzwonią" (prompts/pl.toml confirm) ---------

@pytest.mark.parametrize("words", [
    "no niech będzie",
    "a niech dzwonią ja odbiorę",
    "niech będzie proszę pani niech dzwonią",
])
def test_let_it_be_and_let_them_call_confirm_the_number(make_app, post, words):
    confirmed = say_in(post, make_app(FRIDAY_EVENING), "callback", "tak")
    assert say_in(post, make_app(FRIDAY_EVENING), "callback", words) == confirmed


@pytest.mark.parametrize("words", [
    "nie niech nie dzwonią",  # refused
    "nie nie trzeba niech nie dzwonią już",
])
def test_let_them_not_call_is_no_yes(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    confirmed = say_in(post, make_app(FRIDAY_EVENING), "callback", "tak")
    body = say_in(post, app, "callback", words)
    assert body != confirmed and "callback_saved" not in body


def test_let_them_call_another_number_is_still_another_number(make_app, post):
    app = make_app(FRIDAY_EVENING)
    other = say_in(post, app, "callback", "inny numer")
    assert say_in(post, make_app(FRIDAY_EVENING), "callback", "niech dzwonią ale na inny numer") == other


def test_danger_at_the_read_back_after_let_it_be_is_still_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "niech będzie ale szybko bo on mnie bije"
    assert say_in(post, app, "callback", words) == danger_closed(app)


# -- a key corrected, then an apology ("dwójka, znaczy jedynka, przepraszam": key_filler) ----------------------

@pytest.mark.parametrize("words", [
    "trójka znaczy jedynka przepraszam",
    "jedynka przepraszam",
    "przepraszam jedynka",
])
def test_an_apology_around_a_key_leaves_the_key(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "benefits", words) == pressed(post, app, "benefits", "1")


def test_an_apology_alone_is_no_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "benefits", "przepraszam") == say_in(post, make_app(TUESDAY_OPEN), "benefits", "hmm")
    assert say_in(post, app, "benefits", "przepraszam ale mąż mnie bije") == danger_open(app)


# -- the caller cannot talk now (senses.cannot_talk_now) ------------------------------------------------------

@pytest.mark.parametrize("words", [
    "nie teraz nie mogę teraz rozmawiać",
    "potem bo w tej chwili nie mogę rozmawiać",
])
def test_cannot_talk_now_at_the_read_back_is_no_person(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "callback", words)
    assert body == say_in(post, make_app(FRIDAY_EVENING), "callback", "hmm")
    assert body != say_in(post, make_app(FRIDAY_EVENING), "callback", "chcę porozmawiać z pracownikiem")


@pytest.mark.parametrize("words", [
    "chcę porozmawiać z kimś",  # no "nie"
    "nie mogę się dodzwonić chcę porozmawiać z pracownikiem",  # another verb negated
    "nie mogę długo rozmawiać proszę połączyć z pracownikiem",  # a person asked beside it
])
def test_wanting_to_talk_is_still_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "z pracownikiem")


def test_cannot_talk_because_of_him_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie mogę teraz rozmawiać on tu jest obok i mnie bije") == danger_open(app)


def test_cannot_talk_now_reads_nie_a_word_of_being_able_and_talking():
    assert senses.cannot_talk_now("teraz nie mogę rozmawiać".split(), [("person", 3, 4, 100.0)], "person")
    assert senses.cannot_talk_now("nie mam jak teraz gadać".split(), [("person", 4, 5, 100.0)], "person")
    assert not senses.cannot_talk_now("chcę rozmawiać".split(), [("person", 1, 2, 100.0)], "person")
    assert not senses.cannot_talk_now("nie teraz rozmawiać".split(), [("person", 2, 3, 100.0)], "person")  # no "mogę"


# -- what a message will say, after "że" (senses.message_tells) -----------------------------------------------

@pytest.mark.parametrize("words", [
    "to ja nagram wiadomość że chodzi o opał na zimę",
    "zostawię wiadomość że syn był chory i nie mógł przyjść po zasiłek",
])
def test_a_message_left_that_tells_a_matter_is_the_message(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "hours", words) == say_in(post, make_app(FRIDAY_EVENING), "hours", "zostawię wiadomość")


@pytest.mark.parametrize("words", [
    "zostawiłam wiadomość że chodzi o opał i nikt nie oddzwonił",  # a message left before
    "mąż zostawił wiadomość że chodzi o węgiel na zimę",  # someone else's message, in the past
])
def test_a_message_told_of_or_a_matter_first_is_not_the_message(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "hours", words) != say_in(post, make_app(FRIDAY_EVENING), "hours", "zostawię wiadomość")


def test_a_message_that_tells_danger_is_still_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "hours", "chcę zostawić wiadomość że mąż mnie bije") == danger_closed(app)


def test_message_tells_reads_a_verb_of_leaving_then_ze_then_the_matter():
    words = "zostawię wiadomość że chodzi o opał".split()
    spans = [("message", 0, 2, 100.0), ("heating", 5, 6, 100.0)]
    assert senses.message_tells(words, spans, "message", ["heating"])
    assert not senses.message_tells("zostawiłam wiadomość że chodzi o opał".split(), spans, "message", ["heating"])
    assert not senses.message_tells("dostałam wiadomość że chodzi o opał".split(), spans, "message", ["heating"])


# -- not caught, asked again: the item just read (senses.missed_and_asked_again) ----------------------------

@pytest.mark.parametrize("words", [
    "powtórzy pani bo nie usłyszałam do której w piątek",
    "jeszcze raz proszę bo nie zrozumiałam od której jesteście",
])
def test_a_request_to_repeat_what_was_not_caught_of_the_hours_reads_them_again(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == say_in(post, make_app(TUESDAY_OPEN), "hours", "jeszcze raz")


@pytest.mark.parametrize("words", [
    "jeszcze raz o której w poniedziałek",  # nothing missed: the day's hours
    "nie dosłyszałam o której w poniedziałek",  # no request to repeat
])
def test_a_day_asked_without_both_is_still_the_days_hours(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) != say_in(post, make_app(TUESDAY_OPEN), "hours", "jeszcze raz")


def test_a_missed_matter_other_than_the_item_is_that_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "jeszcze raz bo nie dosłyszałam co z zasiłkiem"
    assert say_in(post, app, "main", words) != say_in(post, make_app(TUESDAY_OPEN), "main", "jeszcze raz")


def test_missed_and_asked_again_reads_a_request_then_not_caught_then_the_item():
    words = "jeszcze raz bo nie dosłyszałam o której".split()
    spans = [("repeat", 0, 2, 100.0), ("repeat", 3, 5, 100.0), ("hours", 5, 7, 100.0)]
    assert senses.missed_and_asked_again(words, spans, "repeat", ("hours",))
    assert not senses.missed_and_asked_again(words, spans, "repeat", ("contact",))  # another matter
    assert not senses.missed_and_asked_again(words, spans[1:], "repeat", ("hours",))  # no request


# -- children in one's keeping beside a matter (senses.children_in_care) ---------------------------------------

@pytest.mark.parametrize("words", [
    "czy na wnuczkę co ją mam pod opieką dostanę osiemset plus",
    "osiemset plus na dzieci siostry które mam pod opieką gdzie to złożyć",
])
def test_children_in_ones_keeping_beside_the_child_benefit_is_the_child_benefit(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == child_benefit(app)


def test_care_without_children_is_still_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "mama jest pod opieką ale potrzebuje opiekunki do domu"
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "potrzebuję opiekunki")


def test_children_in_care_reads_pod_opieka_and_a_child_before_it():
    words = "wnuki mam pod opieką".split()
    assert senses.children_in_care(words, [("care", 3, 4, 100.0)], "care")
    assert not senses.children_in_care("mama jest pod opieką".split(), [("care", 3, 4, 100.0)], "care")
    assert not senses.children_in_care("wnuki i opieka".split(), [("care", 2, 3, 100.0)], "care")  # no "pod"
