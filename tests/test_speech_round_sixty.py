"""Round sixty of issue 23 (bench/fresh60): callers who ask two or three things in one breath or change their mind
mid-sentence. Each reading is played through the real /voice webhooks (exact TwiML for the safety route), beside the
near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a person left out in the cold (senses.sixty_left_in_cold) ------------------------------------------------------

def test_children_left_in_the_frost_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "ten z naprzeciwka znowu zostawił dzieci na mrozie a sam poszedł do baru"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("hours", "aha zapisałam a jeszcze jedno sąsiadka malucha zostawiła na śniegu przed blokiem i nie wraca"),
    ("main", "ojciec zostawił chłopaków na tym mrozie pod sklepem i gdzieś poszedł"),
    ("benefits", "ona babcię zostawia na zimnie w komórce całymi dniami"),
])
def test_a_person_left_in_the_cold_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "zostawiłam rower na mrozie przed sklepem",  # a thing left, no person
    "nie zostawił ich na mrozie zabrał do domu",  # denied
    "syn zostawił dzieci u babci bo ma nocną zmianę",  # left with someone, no cold
    "w filmie matka zostawiła dziecko na mrozie",  # a screen story
    "dawno temu ojciec zostawił nas na śniegu",  # long ago
])
def test_a_thing_a_denial_or_a_story_left_in_the_cold_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a door shut since a named day (senses.sixty_shut_since_named_day) ----------------------------------------------

def test_a_neighbour_shut_in_since_the_feast_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "nie chcę nic nagrywać tylko dziadek z góry od wigilii nie otwiera i telewizor gra cały czas"
    assert say_in(post, app, "leave_word", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "sąsiad od niedzieli nie otwiera a mieszka sam",
    "mama od piątku nie otwiera mi drzwi a ma klucz w zamku",
    "ta staruszka z parteru od świąt już nie otwiera",
])
def test_someone_shut_in_since_a_named_day_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "sklep od niedzieli nie otwiera bo remont",  # no person: a shop
    "od poniedziałku nie otwieracie a mama pyta o zasiłek",  # the office
    "sąsiadka od świąt otwiera dopiero o dziesiątej",  # no "nie"
    "w serialu sąsiadka od świąt nie otwiera",  # a screen story
])
def test_a_shop_the_office_or_a_story_shut_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))
