"""Rounds eighty-four and eighty-five of issue 23 (bench/fresh84: a new writer's callers calling for someone else;
bench/fresh85: another given only the terse brief, impatient, suspicious or ashamed callers). A face drooping to one
side and threats and jumps in the callers' own words, the phone someone will not go to (`senses.phone_as_device`),
documents sent by post, the caller's own seasonal worker; played through the real /voice webhooks with the near
inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_rules import not_danger, same, say_in
from test_speech_round_ten import danger_closed


@pytest.mark.parametrize("words", [
    "dziadek od rana dziwnie mówi i buzia mu się na jedną stronę opuściła",  # a stroke told sideways
    "siostra pisze że dziś się z mostu rzuci",
    "mąż mówi że jak zobaczy ten telefon to mnie ubije",
])
def test_new_words_of_danger_take_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "mama ubije pianę na ciasto",  # whipping cream
    "rachunki za prąd mamę zabijają normalnie",  # a figure of speech
])
def test_near_words_are_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


def test_the_phone_someone_will_not_go_to_asks_no_address(make_app, post):
    # was the address card: "telefonu" heard as the office's number asked
    assert same(make_app, post, "main", "mama do telefonu nie podejdzie bo głucha a pyta czy dodatek grzewczy jest bo "
                "w tym roku nic nie słyszała", "dodatek grzewczy")
    assert same(make_app, post, "main", "jaki jest wasz telefon", "adres i telefon")  # asked: still the card


def test_documents_sent_by_post_ask_the_address(make_app, post):
    # "pocztą" was another office's matter (the post office): not understood
    assert same(make_app, post, "main", "chcę wysłać pocztą dokumenty mamy jaki jest adres", "adres")


def test_the_callers_own_seasonal_worker_is_no_person_asked(make_app, post):
    assert same(make_app, post, "main", "mam pracownika sezonowego i on pyta o dodatek węglowy", "dodatek węglowy")
    assert same(make_app, post, "main", "chcę porozmawiać z pracownikiem", "z kimś z ośrodka")  # still a person
