"""Round twenty-five of issue 23 (bench/fresh25): the general readings added for a new writer's ordinary callers'
short answers, each played through the real /voice webhooks with exact TwiML, beside the near input that must not
change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import no_danger
from test_speech_rules import same, say_in


# -- someone stopped breathing (prompts/pl.toml danger) -----------------------------------------------------------

@pytest.mark.parametrize("words", [
    "dziadek chyba przestał oddychać",
    "mama przestała oddychać co robić",
    "dziecko przestało oddychać",
    "ona przestaje oddychać",
])
def test_someone_who_stopped_breathing_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_someone_who_stopped_breathing_is_danger_where_a_number_is_awaited(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "callback", "tata przestał oddychać co mam robić")
    assert not no_danger(app, body)


@pytest.mark.parametrize("words", [
    "przestał palić i lepiej oddycha",  # breathing better: no danger
    "mama oddycha spokojnie już śpi",
])
def test_breathing_told_well_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


# -- a key, then the caller unsure of its name (prompts/pl.toml key_filler) ---------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("gwiazdka czy jak to tam", "gwiazdka"),
    ("zero czy jak to się nazywa", "zero"),
    ("dwójka czy jak to się mówi", "dwójka"),
])
def test_a_key_then_unsure_of_its_name_is_that_key(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_unsure_of_a_name_alone_is_no_key(make_app, post):
    assert not same(make_app, post, "main", "czy jak to tam", "gwiazdka")
    assert not same(make_app, post, "main", "czy jak to tam", "zero")


# -- one key said again at the end, after a remark (understand.Sayings.chosen_last) ------------------------------

@pytest.mark.parametrize("words, reference", [
    ("halo nic nie słyszę tu hałas jedynka jedynka", "jedynka"),
    ("bo wnuczka mi kazała yyy dwójka dwójka", "dwójka"),
    ("u nas tak głośno wiatr wieje czwórka czwórka", "czwórka"),
])
def test_a_key_said_again_at_the_end_is_that_key(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "mam trzy pytania trzy",  # the key word said once at the end
    "pięć dwa pięć dwa",  # two keys said in turn: a number, no key insisted on
])
def test_no_key_said_again_alone_at_the_end_is_no_key(make_app, post, words):
    for key in ("trzy", "pięć", "dwa"):
        assert not same(make_app, post, "main", words, key)


def test_danger_before_a_key_said_again_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie bije jedynka jedynka") == danger_open(app)


# -- a worker asked to come, the place said first (prompts/pl.toml visit), and a visit refused -------------------

@pytest.mark.parametrize("words", [
    "a czy ta pani to może do nas przyjechać bo ja już nie chodzę",
    "czy ktoś może do domu przyjechać bo mama leży",
])
def test_a_worker_asked_to_come_the_place_said_first_is_social_work(make_app, post, words):
    assert same(make_app, post, "main", words, "czy pracownik socjalny może przyjechać do domu")


@pytest.mark.parametrize("words", [
    "nie trzeba do nas przyjeżdżać",
    "nie trzeba przyjechać do nas",  # the order of the earlier lists, refused too now
    "nie chcę żeby ktoś do nas przyjechał",
    "nie chcę żeby ktoś przyjechał do domu",
])
def test_a_visit_refused_is_no_request(make_app, post, words):
    assert not same(make_app, post, "main", words, "czy pracownik socjalny może przyjechać do domu")


def test_danger_beside_a_visit_refused_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie bije ale nie trzeba do nas przyjeżdżać") == danger_open(app)
