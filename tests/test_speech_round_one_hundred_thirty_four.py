"""Rounds one hundred and thirty-four to one hundred and thirty-seven of issue 23 (bench/fresh134: a new writer's
stories full of numbers that are not keys; bench/fresh135: another given only the terse brief, danger hedged or
softened; bench/fresh136: callers who misheard the menu; bench/fresh137: another terse, very old people with failing
memory). What a care home takes from a pension ("zabierają całą emeryturę") is its fee, not someone robbing the
caller; "nie chodzi do roboty" is where someone does not go, not someone who cannot walk; a message "dla tych
pracowników" is for them; danger told in new words. Played through the real /voice webhooks with the near inputs
that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import not_danger, same, say_in


def test_a_care_homes_fee_is_the_care_item(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "ile się płaci za dom pomocy społecznej bo podobno zabierają całą emeryturę"
    assert not_danger(app, say_in(post, app, "about", words))  # was the safety route
    assert same(make_app, post, "about", words, "dom pomocy społecznej")


def test_a_son_who_takes_the_pension_is_still_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "syn mi zabiera całą emeryturę i nie mam za co żyć")


def test_not_going_to_work_is_no_care(make_app, post):
    assert same(make_app, post, "main", "mąż pije i nie chodzi do roboty", "mąż pije")  # was the care item


def test_a_message_for_the_workers_is_a_message(make_app, post):
    assert same(make_app, post, "main", "nagram wiadomość dla tych pracowników bo teraz nikogo nie ma",
                "nagram wiadomość", FRIDAY_EVENING)  # was "put through" (after hours: the message offer)


@pytest.mark.parametrize("words", [
    "dzisiaj je wezmę wszystkie naraz",
    "nikomu już nie będę ciężarem",
    "zięć rzuca garnkami po kuchni",
    "w piwnicy woda leci po ścianie i przy skrzynce iskrzy",
])
def test_danger_in_new_words(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)
