"""Rounds seventy-four and seventy-five of issue 23 (bench/fresh74: a new writer's winter and night; bench/fresh75:
another given only the terse brief). Things that freeze are no person freezing (`senses.thing_froze`), a story from a
screen told on with "znowu" is no danger now (`Line._danger_now_after`), accidents in the callers' words, the phone in
the caller's hand (`senses.phone_as_device`), the caller's own things looked for (`senses.where_own_things`), played
through the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in, understood_as_nothing
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_a_child_fallen_into_a_pond_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "wnuczek wpadł do stawu i nie wychodzi") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "dziadek leży przywalony drzewem",  # trapped
    "mama zamarza w zimnym domu",  # a person freezing: as before
    "woda w wiadrze zamarzła a babcia w tym pokoju śpi",  # a room below freezing, someone in it
    "w telewizji mówili o mrozach ale mąż mnie bije",  # after a screen, danger now: as before
])
def test_trapped_freezing_and_danger_after_a_screen_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "szyby nam zamarzły od środka a pytam o dodatek węglowy",  # panes frozen (was danger)
    "w radiu mówili że znowu ktoś zamarzł na przystanku",  # the story told on, in the past (was danger)
    "przywaliło mi auto na parkingu a pytam o węgiel",  # a collision, no one trapped
])
def test_frozen_panes_a_story_and_a_collision_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("node, words, moment", [
    ("main", "chwileczkę gdzie ja mam okulary", FRIDAY_EVENING),  # was the address
    ("main", "wnuczek mi nastawił ten telefon", TUESDAY_OPEN),  # was the address
])
def test_own_things_and_the_phone_in_hand_ask_nothing(make_app, post, node, words, moment):
    assert understood_as_nothing(make_app, post, node, words, moment)


@pytest.mark.parametrize("node, words, reference, moment", [
    ("main", "proszę mi to wysłać na komórkę wiadomością", "proszę wysłać esemesa", TUESDAY_OPEN),  # was a message
    ("leave_word", "a to gwiazdkę mam powiedzieć", "gwiazdka", FRIDAY_EVENING),  # a key with "mam powiedzieć"
    ("main", "gdzie ja mam przyjść", "adres", TUESDAY_OPEN),  # where to come: still the address
    ("main", "gdzie mam wniosek złożyć", "adres", TUESDAY_OPEN),  # still the address
])
def test_own_words_lead_where_the_plain_ones_do(make_app, post, node, words, reference, moment):
    assert same(make_app, post, node, words, reference, moment)


def test_my_own_number_confirmed_is_no_address_card(make_app, post):
    assert not same(make_app, post, "callback", "tak to jest numer do mnie", "adres", FRIDAY_EVENING)
    assert same(make_app, post, "callback", "tak to jest numer do mnie", "tak", FRIDAY_EVENING)
