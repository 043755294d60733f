"""Round sixty-three of issue 23 (bench/fresh63): people in crisis who can hardly speak, in short, broken or whispered
answers. The new entries of the word lists played through the real /voice webhooks, beside the near inputs that must
not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_a_body_found_cold_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "dziadek w kuchni siedzi zimny cały") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "babcia leży zimna cała",  # a body cold
    "tata nie budzi s",  # cut off: "nie budzi się"
])
def test_short_words_of_danger_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "proszę mówić głośniej nie słyszę",  # loud asked, no danger
    "zimno dziś w domu",  # cold told, no one cold and still
    "ta umowa nie budzi zaufania a pytam o zasiłek",  # "nie budzi" of no sleeper
    "nie mogę głośno mówić bo gardło mnie boli a pytam o zasiłek",  # a sore throat, no one near
])
def test_near_words_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", ["człowieka proszę", "proszę człowieka"])
def test_a_person_asked_in_two_words_is_put_through(make_app, post, words):
    assert same(make_app, post, "main", words, "z człowiekiem")
