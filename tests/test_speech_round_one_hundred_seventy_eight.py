"""Rounds one hundred and seventy-eight to one hundred and eighty-one of issue 23 (bench/fresh178: callers just told
the office is closed; bench/fresh179, given only the terse brief: bare answers of a word or two; bench/fresh180: other
offices' matters mixed with the office's own; bench/fresh181, given only the terse brief: an older person's neglect
told by neighbours, beside gossip). The office's state remarked on ("zamknięte, no trudno, ale …", "dobrze, że jeszcze
czynne, bo …") is no question of the hours when another matter is asked; "człowiek!" said alone asks for a person;
no electricity nor fuel, a farewell letter "że go już nie będzie" are danger. Played through the real /voice webhooks
with the near inputs that must not change. The sentences are these rounds' own phrasings, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import NOTHING_SAID, same


@pytest.mark.parametrize("words,reference", [
    ("zamknięte no trudno ale w czym wy pomagacie", "w czym wy pomagacie"),
    ("skoro zamknięte to chociaż powiedzcie czy jest zapomoga", "czy jest zapomoga"),
])
def test_the_closing_remarked_on_then_a_matter_is_the_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference, moment=FRIDAY_EVENING)


def test_open_remarked_on_then_a_matter_is_the_matter(make_app, post):
    assert same(make_app, post, "main", "dobrze że jeszcze czynne bo ja o zasiłek okresowy", "o zasiłek okresowy")


@pytest.mark.parametrize("words,reference", [
    ("czy w czwartek jest czynne bo chcę przyjść z wnioskiem o zasiłek", "czy w czwartek jest czynne"),
    ("skoro zamknięte to kiedy otwieracie", "kiedy otwieracie"),
])
def test_the_state_asked_is_still_the_hours(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference, moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["człowiek", "człowieka proszę", "no jakiegoś człowieka"])
def test_a_human_asked_for_alone_is_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę z pracownikiem")


def test_a_human_in_a_sentence_is_no_person(make_app, post):
    assert same(make_app, post, "main", "człowiek się gubi w tym wszystkim", NOTHING_SAID)


@pytest.mark.parametrize("words", [
    "sąsiad nie ma prądu ani opału a mróz",
    "syn napisał że przeprasza i że go już nie będzie",
])
def test_cold_without_fuel_and_a_farewell_are_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


def test_absent_for_the_holidays_is_no_farewell(make_app, post):
    assert not takes_the_safety_route(make_app, post, "main", "syn mówi że go nie będzie w święta")
