"""Rounds ninety and ninety-one of issue 23 (bench/fresh90: a new writer's callers whose illness shapes how they talk;
bench/fresh91: another given only the terse brief, answers of one to five words). A heart that hurts said in three
words (and the saying "aż serce boli, jak się na to patrzy" that is none), a door about to be broken in told while
the number is confirmed; played through the real /voice webhooks with the near inputs that must not change. The
sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING
from test_speech_rules import not_danger, say_in
from test_speech_round_ten import danger_closed


def test_a_heart_that_hurts_takes_the_safety_route_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "serce boli bardzo") == danger_closed(app)  # was not understood


def test_the_saying_of_a_heart_that_hurts_is_no_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", "aż serce boli jak się na to patrzy"))


def test_a_door_about_to_be_broken_in_while_the_number_is_confirmed_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "callback", "tak to mój numer ale szybko bo on wali i mówi że je wyważy") == danger_closed(
        app)  # was the yes to the number
