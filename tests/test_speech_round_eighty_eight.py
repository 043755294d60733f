"""Rounds eighty-eight and eighty-nine of issue 23 (bench/fresh88: a new writer's old voices as speech recognition
hears them on a bad line; bench/fresh89: another given only the terse brief, working-age people in a hard patch). A
key word split apart by the recogniser (`Sayings.match`), "jutro mnie już nie będzie" beside giving up
(`senses.gone_from_this_world`), a car left running in a closed garage, an apology passed to the family, coming back
from a rehab; played through the real /voice webhooks with the near inputs that must not change. The sentences are
these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_rules import not_danger, same, say_in
from test_speech_round_ten import danger_closed


@pytest.mark.parametrize("words, reference", [
    ("jedyn ka", "jedynka"),  # was not understood
    ("gwiazd ka", "gwiazdka"),
    ("pią t ka", "piątka"),
])
def test_a_key_split_by_the_recogniser_is_that_key(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_short_words_glued_are_no_key(make_app, post):
    assert not same(make_app, post, "main", "do mnie", "jedynka")


@pytest.mark.parametrize("words", [
    "nie wiem po co dzwonię bo i tak jutro mnie już nie będzie",  # was not understood
    "siedzę w garażu z włączonym silnikiem",
    "niech pani powie żonie że przepraszam",
])
def test_a_farewell_told_calmly_takes_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


def test_an_absence_with_no_giving_up_is_no_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", "i tak jutro mnie już nie będzie w domu proszę dzwonić w piątek"))


def test_back_from_a_rehab_is_the_commission(make_app, post):
    # was social work (a support group)
    assert same(make_app, post, "main", "wróciłem z odwyku i szukam grupy wsparcia żeby nie wrócić do picia",
                "problem z alkoholem")
