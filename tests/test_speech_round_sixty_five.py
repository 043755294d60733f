"""Rounds sixty-five and sixty-six of issue 23 (bench/fresh65: the whole range of the line said by callers of 75-90;
bench/fresh66: strong words that are no danger now beside danger said quietly). The new entries of the word lists
played through the real /voice webhooks, and the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_one_left_lying_who_only_moans_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "dziadek z naprzeciwka leży sam w zimnej izbie a on ino jęczy od rana"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "córka coś połknęła wzięła jakieś proszki i teraz śpi"),  # pills taken
    ("about", "mąż siedzi w fotelu i dziwnie oddycha a ja nie wiem co robić"),  # strange breathing
    ("callback", "to nie ma sensu pożegnałam się już z dziećmi"),  # a farewell
    ("callback", "dzwonię od kuzynki bo on wie gdzie jestem i zaraz przyjedzie"),  # hiding from one who knows where
    ("main", "rozbił mi telefon i nie wypuszcza z kuchni"),  # a phone smashed
])
def test_danger_said_quietly_goes_to_a_person_with_112(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż ciągle jęczy że renta mała czy jest jakiś zasiłek",  # a complaint, no "ino"
    "pożegnałam się z sąsiadką i poszłam do sklepu a teraz pytam o obiady",  # a goodbye to a neighbour
    "czy pani wie gdzie jestem zapisana na ten zasiłek",  # "wie gdzie jestem" with no "on"
    "zabić się można na tych schodach w gminie gdzie wy jesteście",  # a figure of speech about the stairs
    "syn głodny jak wilk po szkole a ja pytam o osiemset plus",  # hungry as a wolf: a growing boy
    "to dziecko mnie wykończy ciągle coś chce a ja o ten dodatek",  # a tired parent
    "niech ktoś oddzwoni po południu bo mąż po zawale leży w szpitalu",  # a heart attack that is over, in hospital
])
def test_figures_of_speech_and_what_is_over_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "chcę się zabić nie mam już siły",  # the figure's verb, said of oneself
    "mąż po zawale i teraz nie oddycha",  # over, then danger now
])
def test_the_same_words_as_danger_now_stay_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("node, words, reference", [
    ("main", "a z czym to można do opieki przyjść bo ja jeszcze nie byłam", "czym się zajmujecie"),
    ("main", "syn z więzienia wyszedł i nie wie jak żyć", "praca socjalna"),
    ("main", "wnuk nie ma szychty i nie ma kasy chorych", "urząd pracy"),
    ("main", "czy wydajecie mąkę i makaron", "ciepły posiłek"),
    ("main", "czy ktoś może do mnie jutro przedzwonić", "proszę oddzwonić"),
    ("about", "bo ja na jedno ucho głucha", "powtórz"),
    ("benefits", "jestem głuchy a aparatu nie założyłem", "powtórz"),
])
def test_the_callers_own_words_reach_the_item(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


def test_let_it_record_after_hours_is_a_message(make_app, post):
    assert same(make_app, post, "leave_word", "to ja powiem co trzeba niech to nagrywa", "zostawić wiadomość",
                moment=FRIDAY_EVENING)


def test_a_refusal_of_the_machine_never_starts_a_recording(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Record" not in say_in(post, app, "leave_word", "nie będę mówić na tą maszynę")


# -- "nie będzie" before a past verb with its own person ending (understand._own_person) ---------------------------------

def test_a_farewell_after_nie_bedzie_at_the_read_back_is_danger_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "to mój numer ale mnie jutro nie będzie pożegnałam się już z dziećmi"
    assert say_in(post, app, "callback", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż nie będzie bił bo wyjechał a ja pytam o zasiłek",  # "nie będzie" + a participle: denied, as before
    "on nie jest agresywny a ja pytam o opał",  # "nie jest" + an adjective: denied, as before
])
def test_nie_bedzie_before_a_participle_or_an_adjective_still_denies(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- "wszystko dobrze" is no "yes" to the call-back (not_meant), and still "no danger" at the question ------------------

def test_a_refused_call_back_with_all_is_well_keeps_no_request(make_app, post):
    words = "nie trzeba dzwonić wszystko dobrze"
    body = say_in(post, make_app(TUESDAY_OPEN), "callback", words)
    assert body == say_in(post, make_app(TUESDAY_OPEN), "callback", "kalafior rower parasol")  # asked again, not kept


def test_all_is_well_at_the_danger_question_is_still_no_danger(make_app, post):
    assert same(make_app, post, "danger_check", "wszystko dobrze", "nie nikt")
