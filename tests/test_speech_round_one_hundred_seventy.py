"""Rounds one hundred and seventy to one hundred and seventy-three of issue 23 (bench/fresh170, given only the terse
brief: callers who hear badly or are on a bad line, misheard both ways; bench/fresh171: younger relatives in a hurry;
bench/fresh172: a crisis beside practical questions; bench/fresh173, given only the terse brief: villages, names and
wrong numbers). A cry for help said twice in a row is a cry whatever is heard beside it ("bije" misheard as "pije");
breath that cannot be caught and everything given away are danger. Played through the real /voice webhooks with the
near inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import same


@pytest.mark.parametrize("words", [
    "pomocy pomocy on tu wszedł",
    "halo pomocy pomocy syn mnie pije",
])
def test_a_cry_said_twice_is_danger_whatever_is_beside_it(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


@pytest.mark.parametrize("words", [
    "czy to ośrodek pomocy społecznej bo potrzebuję pomocy z wnioskiem",
    "pomocy społecznej szukam w sprawie pomocy dla mamy",
])
def test_help_named_twice_apart_is_no_cry(make_app, post, words):
    assert not takes_the_safety_route(make_app, post, "main", words)


@pytest.mark.parametrize("words", [
    "mąż nie może złapać tchu",
    "babcia wszystko pooddawała wnukom i nie odbiera",
])
def test_breath_lost_and_everything_given_away_are_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)
