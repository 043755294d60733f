"""Rounds one hundred and sixty-six to one hundred and sixty-nine of issue 23 (bench/fresh166: ashamed or proud callers
talking around the matter; bench/fresh167, given only the terse brief: nights, weekends and holidays; bench/fresh168:
several matters in one breath with asides to the room; bench/fresh169, given only the terse brief: terse, rough
village men). A call refused at the read-back of the number is no yes; the signs of fumes from a stove, a fall from a
ladder with a leg gone numb, a man shut in a garage with the engine running, gas taps opened with a threat to blow the
house up, one side gone numb are danger; a widow who speaks to no one and a family that wants no police are not.
Played through the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_round_forty_one import danger_said
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import same, say_in


@pytest.mark.parametrize("words", [
    "nie nie nie trzeba do mnie dzwonić",
    "to nie tak ja się pomyliłam nie dzwońcie do mnie",
    "oddzwonić na ten numer nie nie musicie już dzwonić",
    "tak ale nie dzwońcie w ogóle",
])
def test_a_call_refused_at_the_read_back_is_no_yes(make_app, post, words):
    # no call-back saved against the caller's word: the read-back is not answered with a yes
    assert not same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "tak ale nie dzwońcie na stacjonarny tylko na ten",
    "tak tylko nie dzwońcie rano bo śpię",
    "tak dzwońcie ale nie dzwońcie przed dziesiątą",
])
def test_a_yes_with_a_limit_of_the_call_still_confirms(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "od pieca coś czuć rzygać się chce i w oczach się kręci",
    "z drabiny zleciałem i nogi nie czuję",
    "brat się zamknął w garażu z zapalonym silnikiem",
    "on odkręcił kurki w kuchence i mówi że wysadzi chałupę",
    "mąż ma jedną stronę twarzy jakby zdrętwiałą",
])
def test_danger_said_as_the_village_says_it_is_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


def test_a_fall_told_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert danger_said(app, say_in(post, app, "main", "mama zleciała ze schodka i nóg nie czuje"))


def test_speaking_to_no_one_since_the_funeral_is_no_danger(make_app, post):
    assert same(make_app, post, "main", "do nikogo się nie odzywam od pogrzebu czy ktoś z opieki może przyjść",
                "czy ktoś z opieki może przyjść")


def test_no_police_wanted_beside_drugs_is_the_addiction(make_app, post):
    assert same(make_app, post, "main", "wnuk bierze narkotyki ale nie chcę na policję", "wnuk bierze narkotyki")


def test_the_police_wanted_is_still_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "wnuk bierze narkotyki trzeba wezwać policję")
