"""Rounds eighty-two and eighty-three of issue 23 (bench/fresh82: a new writer's frightened callers and the people
around them; bench/fresh83: another given only the terse brief, callers who hear badly). Someone lying on a floor
further along the sentence, silent, or after a fall told after it (`senses.lying_hurt`), lying wet (`lying_in_dirt`), a
key said after a verb of pressing whatever follows (`Sayings.pressed`), new words of danger and of sayings that are
none, a message asked as "niech zapiszą", played through the real /voice webhooks with the near inputs that must not
change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_rules import not_danger, same, say_in
from test_speech_round_ten import danger_closed


@pytest.mark.parametrize("words", [
    "teść leży w łazience od godziny na podłodze i nic nie mówi",  # the floor six words on, silent (was hours)
    "babcia leży w piwnicy bo zeszła po węgiel i spadła i ruszyć się nie może",  # a fall told after, cannot move
    "ciocia leży w łóżku cała mokra i płacze",  # lying wet (was care)
])
def test_someone_lying_hurt_or_wet_after_hours_takes_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "teść leży w łazience od godziny na podłodze i jakoś się trzyma",  # no sign: not the safety route
    "ciocia leży w łóżku i płacze",  # neither wet nor dirty
    "pranie leży mokre",  # a thing
])
def test_lying_without_a_sign_or_a_person_is_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "ja już chyba coś głupiego zrobię",
    "siedzę w szopie i sznurek mam w ręku",
    "myślę żeby z mostu skoczyć",
    "piec gazowy syczy i śmierdzi",
    "od wczoraj nie je nie pije",
])
def test_new_words_of_danger_take_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "żona mnie kiedyś zabije tymi kawałami",  # a figure of speech
    "daj okulary bo nic nie widzę",  # glasses, not sudden blindness
    "ja się boję co będzie na wiosnę z opałem",  # a worry about the future
])
def test_sayings_that_sound_like_danger_are_not(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_key_after_a_verb_of_pressing_is_that_key_whatever_follows(make_app, post):
    assert same(make_app, post, "main", "naciskam cztery ale nic nie piszczy", "cztery")
    assert same(make_app, post, "benefits", "to naciskam tę gwiazdkę co ona mówi", "gwiazdka")


def test_a_count_of_presses_is_no_key(make_app, post):
    assert not same(make_app, post, "main", "naciskam dwa razy i nic", "dwa")


def test_niech_zapisza_after_hours_leaves_a_message(make_app, post):
    assert same(make_app, post, "main", "niech zapiszą że dzwonił kowalski w sprawie zasiłku",
                "chcę zostawić wiadomość", FRIDAY_EVENING)


def test_not_liking_to_be_recorded_starts_no_recording(make_app, post):
    assert not same(make_app, post, "leave_word", "nagrywać się nie lubię", "nagrać się", FRIDAY_EVENING)
