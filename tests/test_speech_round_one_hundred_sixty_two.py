"""Rounds one hundred and sixty-two to one hundred and sixty-five of issue 23 (bench/fresh162, given only the terse
brief: relatives and neighbours telling of someone else; bench/fresh163: a matter named and taken back; bench/fresh164,
given only the terse brief: short, broken or cried words; bench/fresh165: letters and text messages received). No
strength left to live, a handful of pills, an arm that hangs or will not work and a tongue that will not obey (a
stroke), someone who seems not to know where he is, shaking all over, "on tu idzie", "pomóżcie" cried alone, "nie chce
mi się już żyć" are danger; a fear that is not meant is none after a television story either; "nie, czekaj" and "ale
nie, właściwie" correct the matter named before them. Played through the real
/voice webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind,
not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_round_forty_one import danger_said
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import NOTHING_SAID, same, say_in


@pytest.mark.parametrize("words", [
    "mama mówi że już nie ma siły żyć",
    "syn napisał mi że brak mu siły żyć",
])
def test_no_strength_left_to_live_is_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


def test_living_said_again_with_already_inside_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert danger_said(app, say_in(post, app, "hours", "godziny wiem ale nie chce mi się już żyć"))


def test_a_handful_of_pills_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "wnuczka pokazała mi tabletek całą garść")


@pytest.mark.parametrize("words", [
    "dziadkowi ręka mu opada i mówi jakoś dziwnie",
    "mama dzwoniła że ręka jej nie działa",
    "tata mówi ale język mu nie słucha",
])
def test_signs_of_a_stroke_in_another_are_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


def test_an_old_man_who_seems_lost_and_shakes_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main",
                                  "pan na przystanku jakby nie wiedział gdzie jest i cały się trzęsie")


def test_a_hand_that_has_not_worked_for_years_is_no_danger(make_app, post):
    # the caller's own hand, long ago: the stroke's words are said of another ("mu", "jej")
    assert same(make_app, post, "main", "ręka mi nie działa od lat i nie mogę wypełnić wniosku", NOTHING_SAID)


def test_someone_who_does_not_know_where_i_am_is_no_danger(make_app, post):
    assert same(make_app, post, "main", "córka nie wie gdzie ja teraz jestem a chcę zapytać o godziny",
                "chcę zapytać o godziny")


def test_he_is_coming_here_cried_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert danger_said(app, say_in(post, app, "hours", "halo halo on tu idzie"))


@pytest.mark.parametrize("words", ["pomóżcie", "pomóżcie mi", "ludzie pomóżcie"])
def test_help_me_cried_alone_is_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


def test_help_me_with_a_matter_is_the_matter(make_app, post):
    assert same(make_app, post, "main", "pomóżcie mi z wnioskiem o zasiłek", "wniosek o zasiłek")


@pytest.mark.parametrize("words", [
    "w telewizji mówili o pożarze a ja teraz się boję że nie zdążę z wnioskiem",  # after "teraz"
    "w telewizji mówili o pożarze a ja się boję że nie zdążę z wnioskiem",  # a fear after the story
])
def test_a_fear_that_is_not_meant_after_a_television_story_is_no_danger(make_app, post, words):
    # "boję się, że nie zdążę" is a fear of not being in time (not_meant)
    assert not takes_the_safety_route(make_app, post, "main", words)


def test_a_fear_after_a_television_story_is_still_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "w telewizji mówili o pożarze a ja teraz się boję męża")


def test_afraid_to_answer_the_phone_of_a_man_who_beats_is_still_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "mąż mnie bije i boję się odbierać telefony od niego")


def test_locked_in_by_her_husband_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "sąsiadka mówi że mąż ją zamknął w domu")


@pytest.mark.parametrize("words,reference", [
    ("o opiekę pytam nie czekaj najpierw o zasiłek celowy", "o zasiłek celowy"),
    ("o posiłki może ale nie właściwie o zasiłek celowy", "o zasiłek celowy"),
])
def test_a_matter_corrected_is_the_matter_said_after(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)
