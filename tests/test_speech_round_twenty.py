"""Round twenty of issue 23 (bench/fresh20): the general rules added for a new writer's callers answering the line's
questions in each menu (agreeing and refusing, correcting themselves, asking for something else, keys, not catching
it, thanks, mumbles, danger told only when asked a simple question), each played through the real /voice webhooks
with exact TwiML, beside the input that would break each rule. The sentences are this round's own phrasings of each
kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import say_in


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
