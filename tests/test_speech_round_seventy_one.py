"""Round seventy-one of issue 23 (bench/fresh71: a new writer's callers as the phone's speech recogniser writes them
down). "Gdzie indziej" is no address asked (`senses.where_else`), the caller's own ringing phone is no number asked
(`senses.phone_as_device`), and the new entries of the word lists, played through the real /voice webhooks with the
near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_one_who_neither_eats_nor_drinks_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "babcia od rana nie je i nie pije a wnuczek się nią nie interesuje"
    assert say_in(post, app, "hours", words) == danger_closed(app)


def test_one_who_neither_eats_nor_drinks_while_open_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "ojciec leży i nie je i nie pije") == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż nie pije i nie bije",  # nothing of danger
    "tata już nie pije i nie je słodyczy bo ma cukrzycę",  # drinking over, a diet
])
def test_not_drinking_beside_not_eating_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("node, words, reference", [
    ("main", "zasiłek okresowy to u was czy gdzie indziej się składa", "zasiłek"),  # was the address
    ("main", "nie słyszałam telefonu jak dzwonił a pytam o zasiłek", "zasiłek"),  # was the address
    ("about", "nie nie to proszę do głównego", "powrót"),  # back to the main menu
])
def test_elsewhere_a_ringing_phone_and_to_the_main_menu(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("words, reference", [
    ("a gdzie wy jesteście", "adres"),  # where the office is: still asked
    ("jaki macie telefon", "numer telefonu"),  # the office's phone: still asked
    ("nie dosłyszałam numeru telefonu", "numer telefonu"),  # the number, not heard: asked again
])
def test_where_and_the_phone_asked_are_still_the_address(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)
