"""Rounds one hundred and thirty-eight to one hundred and forty-one of issue 23 (bench/fresh138: a new writer's threats
told in old country words; bench/fresh139: another given only the terse brief, the sick calling for themselves;
bench/fresh140: young parents; bench/fresh141: another terse, someone angry at home now). "Ledwo do drzwi dojdę" is how
hard the caller walks, not the way to the office; "po tym złamaniu" is an injury that is over; "pies tak szczeka, że
nic nie słyszę" at the read-back is "so much that", no yes; a baby's fever with shaking and eyes rolling up is danger.
Played through the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open, takes_the_safety_route
from test_speech_rules import not_danger, same, say_in


def test_hardly_reaching_the_door_is_no_way_to_the_office(make_app, post):
    assert same(make_app, post, "main", "kto mi pomoże przy zakupach jak ja z laską ledwo do furtki dojdę",
                "pomoc przy zakupach")  # was the address card


def test_the_way_to_the_office_is_still_the_address_card(make_app, post):
    assert same(make_app, post, "main", "jak do was dojdę z przystanku", "adres")


def test_an_injury_that_is_over_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert same(make_app, post, "about", "czy mogę dostać obiady bo sama nie ugotuję po tym złamaniu ręki", "obiady")
    assert say_in(post, app, "main", "mama upadła i ma złamaną rękę") == danger_open(app)  # now: still danger


def test_so_much_that_is_no_yes_at_the_read_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "callback", "poczekaj kaśka bo pies tak szczeka że nic nie słyszę")
    assert body != say_in(post, make_app(FRIDAY_EVENING), "callback", "tak")  # was booked as a yes
    assert not_danger(app, body)


def test_a_yes_at_the_read_back_is_still_a_yes(make_app, post):
    assert same(make_app, post, "callback", "tak zgadza się że to mój numer", "tak", FRIDAY_EVENING)


def test_a_babys_fever_with_shaking_and_eyes_rolling_up_is_danger(make_app, post):
    words = "mały ma gorączkę i tak dziwnie się trzęsie a oczy mu uciekają do góry"
    assert takes_the_safety_route(make_app, post, "main", words)
