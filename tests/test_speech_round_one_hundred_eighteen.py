"""Rounds one hundred and eighteen and one hundred and nineteen of issue 23 (bench/fresh118: a new writer's sudden
illness and accidents at home beside everyday health talk; bench/fresh119: another given only the terse brief, money
and papers). A letter that came ("przysłali rachunek") asks for no text message; danger as these callers said it (a
slurred tongue, a fall from the chair at the table, an eviction ordered today, not lasting till morning, lying down
never to get up); a heart attack or a stroke told as over ("po tym zawale") is no danger. Played through the real
/voice webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind,
not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_rules import not_danger, same, say_in

# -- a letter that came is no SMS asked for (flow: SEND_SMS told in the past) ----------------------------------------


def test_a_bill_that_came_asks_for_no_text(make_app, post):
    assert not same(make_app, post, "main", "z gazowni przysłali za duży rachunek", "proszę wysłać esemesa")


def test_a_text_asked_for_is_still_the_sms(make_app, post):
    assert same(make_app, post, "main", "przyślijcie mi to na telefon", "proszę wysłać esemesa")


# -- danger as these callers said it (the word lists) ----------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "dziadkowi się język plącze i gada bez sensu a rano był zdrowy",
    "mama zsunęła się z krzesła przy obiedzie i tak dziwnie chrapie",
    "komornik przyszedł i każe się wynosić z domu dzisiaj",
    "nie wytrzymam do rana w tym zimnie",
    "odmówili mi i najlepiej się położyć i już nigdy nie wstawać",
])
def test_danger_said_by_these_callers(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- an illness told as over (not meant) ------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "tata wrócił ze szpitala po tym zawale i już chodzi na spacery",
    "ja po tym udarze już dobrze się czuję",
])
def test_an_illness_told_as_over_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_heart_attack_now_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż chyba ma zawał leży i się trzyma za serce") == danger_open(app)
