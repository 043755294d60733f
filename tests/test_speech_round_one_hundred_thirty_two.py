"""Rounds one hundred and thirty-two and one hundred and thirty-three of issue 23 (bench/fresh132: a new writer's danger
never named, only what the caller sees, hears or feels; bench/fresh133: another given only the terse brief, callers at
the end of their strength). Being lost told first, then the way back asked for in so many words ("ja się pogubiłem,
cofnij mnie do tego pierwszego menu") goes back to the main menu; a goodbye before taking one's life said without its
words ("nie będzie do kogo dzwonić, ja już wszystko postanowiłam") is danger. Played through the real /voice webhooks
with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import not_danger, same, say_in


@pytest.mark.parametrize("words", [
    "ja się pogubiłem cofnij mnie do tego pierwszego menu",
    "pogubiłam się niech pani wróci do tego głównego menu",
])
def test_lost_then_the_way_back_asked_for_goes_back(make_app, post, words):
    assert same(make_app, post, "about", words, "powrót do menu głównego")  # was "not understood"


def test_lost_with_no_request_is_still_a_sign_of_being_lost(make_app, post):
    assert same(make_app, post, "about", "pogubiłam się nie wiem czy wracać do menu", "pogubiłam się")


def test_a_goodbye_before_taking_ones_life_is_danger(make_app, post):
    words = "nie trzeba oddzwaniać bo do jutra to już nie będzie do kogo dzwonić ja już wszystko postanowiłam"
    assert takes_the_safety_route(make_app, post, "main", words)


def test_a_call_back_refused_alone_is_still_no_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "callback", "nie nie trzeba oddzwaniać do jutra"))
