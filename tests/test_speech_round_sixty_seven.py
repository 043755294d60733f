"""Rounds sixty-seven and sixty-eight of issue 23 (bench/fresh67: money and practical help asked for in the callers' own
words, which help they mean clear only from the story; bench/fresh68: the caller unsure on the phone, short answers and
half sentences in every menu). The new entries of the word lists played through the real /voice webhooks, and the near
inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open


@pytest.mark.parametrize("node, words, reference", [
    ("main", "mam piec kaflowy a drzewo się kończy czy jest dopłata do drzewa", "dodatek węglowy"),
    ("main", "zalegam za prund i boję się że odetną", "dodatek węglowy"),
    ("about", "zostaje mi sto złotych czy należy się jakieś wsparcie z pieniędzy", "zasiłek"),
    ("about", "okulary się zbiły a bez okularów nic nie widzę czy jest zapomoga", "zasiłek"),
    ("main", "czy gmina daje kogoś co przyjdzie umyć i nakarmić mamę", "opiekunka"),
    ("main", "tata już nie poznaje ludzi jak załatwić miejsce w de pe es", "opiekunka"),
    ("main", "po operacji jestem i potrzebuję żeby mnie ktoś doglądał", "opiekunka"),
    ("about", "mam sprawę w sądzie i nie wiem jak pismo napisać", "praca socjalna"),
    ("main", "synowa nie daje mi widzieć wnuków potrzebuję porady co robić", "praca socjalna"),
    ("main", "lekarz nie przyjmie bo nie mam ubezpieczenia a mam wizytę u specjalisty", "urząd pracy"),
    ("main", "syn grał w automaty i ma długi gdzie się to leczy", "alkohol"),
    ("benefits", "te pieniądze na wnuki", "osiemset plus"),
    ("hours", "opieratorkę poproszę", "operator"),
])
def test_the_callers_own_words_reach_the_item(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("words", [
    "zalegam z rachunkami i boję się że mi odetną prąd",  # fear of a cut-off: a bill, no danger
    "bez okularów nie widzę a potrzebuję nowe czy jest zapomoga",  # poor sight without glasses
    "mąż pije i gdzie mogę pójść porozmawiać o tym",  # where to go and talk: the commission, no transfer asked
])
def test_a_bill_glasses_or_a_place_to_talk_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "nic nie widzę i głowa mnie boli",  # sudden blindness: still danger
    "boję się męża bo mnie bije",  # fear of a person: still danger
])
def test_the_same_words_said_of_danger_stay_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("node, words, reference", [
    ("main", "to ja bym prosiła tę trzy", "trzy"),
    ("callback", "a no to ten dobry", "tak"),
    ("hours", "do menu z powrotem", "menu"),
])
def test_short_answers_of_the_unsure(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("node, words, reference", [
    ("leave_word", "nie nie będę nic nagrywać zwariować można z tymi automatami", "kalafior rower parasol"),
    ("callback", "nie nie trzeba dzwonić ja sobie jakoś poradzę", "kalafior rower parasol"),
])
def test_answering_machines_and_managing_alone_are_no_item(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference, moment=FRIDAY_EVENING)
