"""Rounds eighty-six and eighty-seven of issue 23 (bench/fresh86: a new writer's callers phoning when the office is
closed, at night and on the holidays; bench/fresh87: another given only the terse brief, old villagers near Poznań
speaking the regional dialect). Surviving until the office opens, a threat for when someone comes back, a heart
stabbing and darkness before the eyes, a call asked for someone else, the tram ("bimba"), the social workers asked
about, the dialect's money ("bejmy"); played through the real /voice webhooks with the near inputs that must not
change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_rules import not_danger, same, say_in, understood_as_nothing
from test_speech_round_ten import danger_closed


@pytest.mark.parametrize("node, words", [
    ("hours", "no to do poniedziałku to ja nie wiem czy dożyję do poniedziałku tak zimno w izbie"),  # was heating
    ("contact", "zapisałam adres ale on powiedział że jak wróci z gospody to mnie wykończy"),  # was "repeat"
    ("main", "serce mnie tak kłuje i ciemno mi się robi w oczach"),  # was not understood
])
def test_danger_after_hours_takes_the_safety_route_exact_twiml(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "czy dożyję do emerytury to nie wiem ale pytam o zasiłek",  # a saying beside a matter
    "ta robota to mnie wykończy",  # a figure of speech
])
def test_near_words_are_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_call_asked_for_someone_else_is_a_call_back(make_app, post):
    # was the address card
    assert same(make_app, post, "main", "czy mogłaby pani do niej zatelefonować po świętach", "proszę oddzwonić",
                FRIDAY_EVENING)


def test_the_tram_is_another_office_s_matter(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "o której bimba jedzie do poznania", FRIDAY_EVENING)


def test_the_social_workers_asked_about_are_social_work_and_asked_for_a_person(make_app, post):
    assert same(make_app, post, "about", "jak to jest z tymi pracownikami socjalnymi przychodzą czy nie",
                "praca socjalna")
    assert same(make_app, post, "main", "chcę porozmawiać z pracownikami socjalnymi", "z kimś z ośrodka")


def test_the_dialect_s_money_is_benefits(make_app, post):
    assert same(make_app, post, "main", "jakie bejmy od gminy się należą na leki", "zasiłek")
