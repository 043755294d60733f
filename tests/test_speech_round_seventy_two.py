"""Rounds seventy-two and seventy-three of issue 23 (bench/fresh72: a new writer's callers who find words hard;
bench/fresh73: another's rural Wielkopolska speech, slang and euphemisms). Hunger, despair and poisoning in the
callers' own words, water that is no drinking, "to wszystko" said of the world (`senses.said_inside_clause`), a place
in a care home asked (`senses.getting_into_care`), a phone that is not heard (`senses.phone_as_device`), played through
the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of
each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in, understood_as_nothing
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_empty_pots_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "w garach pusto od wczoraj i nie mam za co kupić chleba") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "mam dość chyba pójdę już na tamten świat"),  # despair, a euphemism
    ("about", "córka się czegoś nawąchała leży i piana jej leci"),  # poisoning
])
def test_despair_and_poisoning_in_own_words_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "babcia odeszła na tamten świat w zeszłym roku i pytam o zasiłek pogrzebowy",  # a death told, the past
    "piana leci z garnka jak gotuję a pytam o obiady",  # foam in a pot
])
def test_a_death_long_ago_and_foam_in_a_pot_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("node, words, reference, moment", [
    ("main", "ino wodę piję bo mi lekarz kazał a pytam o węgiel", "węgiel", TUESDAY_OPEN),  # was addiction
    ("main", "no to jedynkę biorę", "jeden", TUESDAY_OPEN),  # a key with "biorę"
    ("main", "no to co ta opieka w ogóle robi", "czym się zajmujecie", TUESDAY_OPEN),
    ("benefits", "dom spokojnej starości jak się tam dostać", "dom spokojnej starości", TUESDAY_OPEN),  # was the address
    ("main", "nie słyszę telefonu a pytam o zasiłek", "zasiłek", TUESDAY_OPEN),  # was the address
    ("leave_word", "niech ktoś do mnie zadryndo jutro", "proszę oddzwonić", FRIDAY_EVENING),  # a call-back, in dialect
])
def test_own_words_lead_where_the_plain_ones_do(make_app, post, node, words, reference, moment):
    assert same(make_app, post, node, words, reference, moment)


def test_to_wszystko_said_of_the_world_is_no_goodbye(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "straszne to wszystko co w telewizji pokazują")


@pytest.mark.parametrize("words, reference", [
    ("dobra to wszystko", "do widzenia"),  # still the goodbye
    ("jak się do was dostać", "adres"),  # still the address
    ("ona ma waszą ulotkę i pyta jaki macie telefon", "numer telefonu"),  # the office's phone, still asked
])
def test_the_goodbye_and_the_address_are_still_understood(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)
