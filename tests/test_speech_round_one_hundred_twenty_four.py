"""Rounds one hundred and twenty-four and one hundred and twenty-five of issue 23 (bench/fresh124: a new writer's people
who lost their home; bench/fresh125: another given only the terse brief, particular people and roles asked for or
named). A clerk named only by her name as the subject of a past verb of telling ("pani Ewa mówiła, że …", "pani Kasia
mi mówiła") is told of, not asked for, as round thirty-two reads "pani z opieki przyszła"; "no i się zaczęło" after
being told to call "jak się zacznie" is danger. Played through the real /voice webhooks with the near inputs that must
not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_rules import same, say_in


@pytest.mark.parametrize("words, reference", [
    ("pani ewa mówiła że dodatek węglowy można u was złożyć", "dodatek węglowy"),
    ("zasiłek okresowy pani kasia mi mówiła żeby zapytać", "zasiłek"),
    ("tu pani ania mówiła że jest dodatek węglowy", "dodatek węglowy"),  # round thirty-seven had it put through
])
def test_a_clerk_told_of_by_name_is_the_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)  # was put through


@pytest.mark.parametrize("words", ["chcę rozmawiać z panią kasią", "czy pani ewa jest dzisiaj"])
def test_a_clerk_asked_for_by_name_is_still_put_through(make_app, post, words):
    assert "<Dial" in say_in(post, make_app(TUESDAY_OPEN), "main", words)


def test_it_has_started_as_she_was_told_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "kazała dzwonić jak się zacznie no i się zaczęło") == danger_open(app)
