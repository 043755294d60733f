"""Rounds seventy-six and seventy-seven of issue 23 (bench/fresh76: a new writer's callers who call for someone else;
bench/fresh77: another given only the terse brief). Insulin run out, a farewell to everyone, a phone taken away, love
sent to the children; someone's own phone (`senses.phone_as_device`); a message for someone named
(`senses.message_for_someone`); a key said "for grandma". Played through the real /voice webhooks with the near inputs
that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in, understood_as_nothing
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_insulin_run_out_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "babci skończyła się insulina a sama mieszka") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "dziadek nie ma już insuliny od wczoraj a sam mieszka"),
    ("about", "ja się już ze wszystkimi pożegnałem i dzisiaj to zakończę"),  # a farewell to everyone
    ("main", "powiedzcie dzieciom że je kocham"),  # love sent to the children, as a farewell
])
def test_insulin_a_farewell_and_love_sent_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mam troje wnucząt i bardzo je kocham a pytam o paczki",  # love told, a matter asked
    "proszę przekazać moim dzieciom że dostaną paczki",  # a message for the children
])
def test_love_told_and_a_message_for_children_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_someone_elses_phone_asks_for_no_number(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "to nie jest mój telefon to telefon taty", FRIDAY_EVENING)


@pytest.mark.parametrize("node, words, reference, moment", [
    ("leave_word", "wiadomość dla pani basi że dzwoniła córka pani nowickiej", "zostawić wiadomość",
     FRIDAY_EVENING),  # was a person ("pani nowickiej", a surname)
    ("main", "jaki jest wasz telefon", "numer telefonu", TUESDAY_OPEN),  # the office's phone: still asked
    ("main", "proszę połączyć z panią anią", "z kimś z ośrodka", TUESDAY_OPEN),  # no message: still a person
])
def test_a_message_for_someone_is_the_message(make_app, post, node, words, reference, moment):
    assert same(make_app, post, node, words, reference, moment)


def test_a_key_said_for_dad(make_app, post):
    assert same(make_app, post, "leave_word", "gwiazdkę mam wcisnąć dla taty", "gwiazdka", FRIDAY_EVENING)
