"""Rounds one hundred and twenty-two and one hundred and twenty-three of issue 23 (bench/fresh122: a new writer's
country life in the villages; bench/fresh123: another given only the terse brief, angry and complaining callers).
Danger as these callers said it (dogs that bit a boy, "po co mi to życie … i będzie koniec"); figures of speech and
oaths are no danger ("psia krew", "zabija mnie ta susza", "do grobu mnie wpędzą", a letter to be written to the
office); an oath between a key said twice is a filler. Played through the real /voice webhooks with the near inputs
that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_rules import not_danger, same, say_in


@pytest.mark.parametrize("words", [
    "psy sąsiada pogryzły chłopaka na drodze",
    "po co mi to życie jak żony nie ma",
    "pójdę do stodoły i będzie koniec i tyle",
])
def test_danger_said_by_these_callers(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "czekam i czekam na ten zasiłek psia krew",
    "zabija mnie ta susza wszystko spalone",
    "te ceny nawozów do grobu mnie wpędzą",
    "chcę napisać list do ośrodka jaki jest adres",
])
def test_oaths_and_figures_of_speech_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_blood_beside_an_oath_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "krew mu leci z głowy psia krew") == danger_open(app)


def test_an_oath_between_a_key_said_twice_is_a_filler(make_app, post):
    assert same(make_app, post, "main", "zero do jasnej cholery zero", "zero")  # was not understood
