"""Round twenty-one of issue 23 (bench/fresh21): the general rules added for a new writer's callers' first
sentences after the main menu, in the about and benefits submenus and after hours in leave_word, where people name
their problem rather than the menu's words, each played through the real /voice webhooks with exact TwiML, beside
the input that would break each rule. The sentences are this round's own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import say_in

from ivr.call import senses


# -- a verb of pouring or washing with a person beaten (senses.beating_someone) --------------------------------

@pytest.mark.parametrize("words", [
    "teść jak sobie popije to leje synową",
    "sąsiad znowu swoją żonę lał pasem",
    "on pierze chłopaka po pijaku",
    "ojczym tłucze mi syna",
])
def test_a_person_poured_on_or_washed_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_person_beaten_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "leave_word", "brat jak przyjdzie pijany to leje bratową") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "leje mi się woda z sufitu chodzi o remont",  # "się": pouring
    "pierze synowi koszule bo już nie daje rady chodzi o opiekunkę",  # the son in the dative
    "leję zupę dla wnuczki a nie mam z czego zapłacić za prąd",  # a preposition before the person
])
def test_pouring_or_washing_a_thing_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_beating_someone_reads_the_verb_and_an_accusative_person():
    assert senses.beating_someone("jak wypije to leje matkę".split())
    assert senses.beating_someone("syna mi lał".split())
    assert senses.beating_someone("tłucze ją codziennie".split())
    assert not senses.beating_someone("leje wodę do wiadra".split())
    assert not senses.beating_someone("leje psa".split())  # an animal
    assert not senses.beating_someone("leje się z dachu na córkę".split())
    assert not senses.beating_someone("leje zupę dla syna".split())
    assert not senses.beating_someone("pierze ubrania córki".split())
