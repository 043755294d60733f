"""Round sixteen of issue 23 (bench/fresh16): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The sentences are
this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import care, check, programmes, say_in

from ivr.call import senses


# -- danger: someone down, not getting up for hours (senses.down_since) ---------------------------------------

@pytest.mark.parametrize("words", [
    "dziadek od kilku godzin siedzi w ogrodzie na ławce i nie wstaje",
    "sąsiadka od południa leży pod płotem i się nie podnosi",
    "babcia od nocy na podłodze w kuchni nie wstała i tylko woła",
])
def test_someone_not_getting_up_for_hours_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_someone_not_getting_up_for_hours_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "teściowa od rana w łazience nie wstała i tylko woła") == danger_closed(app)


@pytest.mark.parametrize("words,expected", [
    ("mama od roku nie wstaje z łóżka potrzebna opiekunka", care),  # bedridden for a year: care
    ("tata po udarze od miesiąca nie wstaje potrzebna opiekunka", care),  # a month, not hours
    ("syn wstaje od rana do pracy a ja chciałam o pracę dla siebie", programmes),  # no "nie"
])
def test_not_getting_up_for_months_or_getting_up_is_no_danger(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


def test_down_since_reads_a_time_of_hours_or_days():
    assert senses.down_since("leży na podwórku od godziny i nie wstaje".split())
    assert senses.down_since("od wczoraj w łazience leży i nie wstała".split())
    assert not senses.down_since("od roku nie wstaje".split())
    assert not senses.down_since("leży od godziny i wstaje".split())
    assert not senses.down_since("nie wstaje z łóżka".split())  # no time since


# -- danger: children left alone since hours (senses.children_alone) ------------------------------------------

@pytest.mark.parametrize("words", [
    "wnuki sąsiadki od rana same siedzą w chałupie a matki nigdzie",
    "szkraby sąsiadki od dwóch dni same siedzą w chałupie",
    "maluchy naprzeciwko od wczoraj same zostały i płaczą",
])
def test_children_alone_since_hours_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_children_alone_since_hours_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "dzieci obok od południa same siedzą i nikt nie przychodzi") \
        == danger_closed(app)


@pytest.mark.parametrize("words", [
    "wnuki od wczoraj chodzą same do szkoły",  # going, not staying
    "wnuki siedzą same przy lekcjach od roku",  # no time of hours or days
    "dzieci od wczoraj nie siedzą same bo babcia przyjechała",  # denied
])
def test_children_doing_things_alone_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_children_alone_reads_staying_and_a_time_since():
    assert senses.children_alone("dzieci u sąsiadów od wczoraj same siedzą".split())
    assert not senses.children_alone("dzieci same chodzą od wczoraj do szkoły".split())
    assert not senses.children_alone("dzieci od roku same siedzą przy lekcjach".split())


# -- near negative: eager to work (not_meant) -----------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "mój chłop to się pali do roboty jak nigdy",
    "wnuk tak się pali do nauki że aż miło",
])
def test_eager_to_work_is_no_fire(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_eager_for_work_still_asks_for_work_and_a_fire_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "syn się pali do pracy w gminie czy macie jakąś robotę") == programmes(app)
    assert say_in(post, app, "main", "w kuchni się pali do sufitu") == danger_open(app)
    assert say_in(post, app, "main", "u sąsiada się pali stodoła") == danger_open(app)


# -- an emergency service said not to be needed (senses.danger_denied widened) --------------------------------

@pytest.mark.parametrize("words,expected", [
    ("to pilne ale nie tak żeby policja proszę z kierowniczką połączyć", "person"),
    ("nie aż tak żeby karetka ale z pracownikiem chcę porozmawiać", "person"),
    ("sprawa ważna ale nie żeby zaraz pogotowie ja o opiekunkę dla mamy pytam", "care"),
])
def test_a_service_said_not_needed_before_a_matter_is_that_matter(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    wanted = say_in(post, app, "main", "proszę połączyć z pracownikiem") if expected == "person" else care(app)
    assert say_in(post, app, "main", words) == wanted
    assert wanted != danger_open(app)


@pytest.mark.parametrize("words", [
    "nie żeby karetka",  # no matter after it
    "nie żeby mnie bił ale proszę z pracownikiem połączyć",  # not a service: the violence is not denied here
    "nie żeby karetka ale mąż mnie bije proszę z kimś połączyć",  # danger said beside it
    "trzeba karetkę ale najpierw proszę z kierowniczką",  # a service needed
])
def test_a_service_needed_or_danger_beside_it_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- near negatives: one who is well again, a stay in hospital that is over (not_meant) -----------------------

@pytest.mark.parametrize("words", [
    "teściowa leżała w szpitalu miesiąc i zdrowa jest dzięki bogu",
    "brat już zdrowy jest po operacji tak tylko dzwonię",
    "córka wyszła zdrowa ze szpitala chwała bogu",
])
def test_one_well_again_after_hospital_is_no_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    # not understood, or (a story) "is anyone in danger?": no item read
    assert say_in(post, app, "main", words) in (not_understood(app), check(app))


@pytest.mark.parametrize("words,expected", [
    ("mama leży w szpitalu a jak wróci potrzebna opiekunka", care),  # lying there now
    ("tata leżał w szpitalu a teraz leży w domu i potrzebuje opiekunki", care),  # care asked after it
    ("mąż już zdrowy a ja straciłam pracę i nie mam ubezpieczenia zdrowotnego", programmes),  # insurance asked
])
def test_care_or_insurance_asked_beside_a_stay_that_is_over_is_still_asked(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)
