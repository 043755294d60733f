"""Round twenty-one of issue 23 (bench/fresh21): the general rules added for a new writer's callers' first
sentences after the main menu, in the about and benefits submenus and after hours in leave_word, where people name
their problem rather than the menu's words, each played through the real /voice webhooks with exact TwiML, beside
the input that would break each rule. The sentences are this round's own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import say_in

from ivr.call import senses


# -- a verb of pouring or washing with a person beaten (senses.beating_someone) --------------------------------

@pytest.mark.parametrize("words", [
    "teść jak sobie popije to leje synową",
    "sąsiad znowu swoją żonę lał pasem",
    "on pierze chłopaka po pijaku",
    "ojczym tłucze mi syna",
])
def test_a_person_poured_on_or_washed_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_person_beaten_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "leave_word", "brat jak przyjdzie pijany to leje bratową") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "leje mi się woda z sufitu chodzi o remont",  # "się": pouring
    "pierze synowi koszule bo już nie daje rady chodzi o opiekunkę",  # the son in the dative
    "leję zupę dla wnuczki a nie mam z czego zapłacić za prąd",  # a preposition before the person
])
def test_pouring_or_washing_a_thing_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_beating_someone_reads_the_verb_and_an_accusative_person():
    assert senses.beating_someone("jak wypije to leje matkę".split())
    assert senses.beating_someone("syna mi lał".split())
    assert senses.beating_someone("tłucze ją codziennie".split())
    assert not senses.beating_someone("leje wodę do wiadra".split())
    assert not senses.beating_someone("leje psa".split())  # an animal
    assert not senses.beating_someone("leje się z dachu na córkę".split())
    assert not senses.beating_someone("leje zupę dla syna".split())
    assert not senses.beating_someone("pierze ubrania córki".split())


# -- a living person rather than a machine, either word order (prompts/pl.toml person) ------------------------

@pytest.mark.parametrize("words", [
    "niech mnie pani da na człowieka żywego",
    "proszę kogoś a nie maszynę",
    "halo dajcie kogoś a nie automat",
])
def test_a_living_person_rather_than_a_machine_is_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "z pracownikiem")


def test_a_machine_of_another_kind_is_no_person_and_danger_beside_it_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    person = say_in(post, make_app(TUESDAY_OPEN), "main", "z pracownikiem")
    assert say_in(post, app, "main", "zepsuła mi się maszyna do szycia") != person
    assert say_in(post, app, "main", "człowieka żywego proszę bo mąż mnie bije") == danger_open(app)


# -- children who do not go to school, a problem with the family (prompts/pl.toml social_work) -----------------

@pytest.mark.parametrize("words", [
    "mam problem z rodziną i nie wiem do kogo się zwrócić",
    "wnuki do szkoły nie chodzą już od miesiąca",
])
def test_school_missed_or_a_problem_with_the_family_is_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "praca socjalna")


def test_someone_who_does_not_walk_is_still_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    care = say_in(post, make_app(TUESDAY_OPEN), "main", "potrzebuję opiekunki")
    assert say_in(post, app, "main", "tata już nie chodzi potrzebny ktoś do pomocy") == care


# -- "to wszystko nie to": everything offered is wrong, no goodbye (prompts/pl.toml not_meant) -----------------

@pytest.mark.parametrize("menu", ["about", "benefits"])
def test_all_of_it_is_not_it_is_no_goodbye(make_app, post, menu):
    app = make_app(TUESDAY_OPEN)
    goodbye = say_in(post, make_app(TUESDAY_OPEN), menu, "to wszystko dziękuję")
    assert say_in(post, app, menu, "to wszystko nie to chodzi mi o paszport") != goodbye
    assert say_in(post, app, menu, "to wszystko nie tak ja chciałam coś innego") != goodbye


def test_that_is_all_is_still_goodbye_and_danger_beside_it_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "to wszystko dziękuję") == say_in(post, make_app(TUESDAY_OPEN), "main",
                                                                      "do widzenia")
    assert say_in(post, app, "about", "to wszystko nie to on mnie bije") == danger_open(app)


# -- a worker asked to come, and what she would do there (senses.worker_to_come) -------------------------------

@pytest.mark.parametrize("words", [
    "wnuk ma kłopoty czy pani z opieki by mogła przyjść z nim porozmawiać",
    "mam problem z córką czy pani z opieki mogłaby przyjechać porozmawiać z córką",
])
def test_a_worker_asked_to_come_and_talk_is_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "praca socjalna")


@pytest.mark.parametrize("words", [
    "kiedy pani kierownik przyjdzie bo chcę z nią porozmawiać",  # no infinitive of coming: when she is in
    "chcę z pracownikiem porozmawiać o synu",  # no coming
])
def test_a_worker_asked_for_without_coming_is_still_no_visit(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != say_in(post, make_app(TUESDAY_OPEN), "main", "praca socjalna")


def test_a_worker_asked_to_come_because_of_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czy pani z opieki może przyjść bo mąż mnie bije") == danger_open(app)


def test_worker_to_come_reads_a_person_then_an_infinitive_of_coming():
    words = "pani z opieki mogła przyjść z nim porozmawiać".split()
    spans = [("person", 0, 3, 100.0), ("social_work", 5, 7, 100.0), ("person", 6, 7, 100.0)]
    assert senses.worker_to_come(words, spans, "person", "social_work")
    words = "pani z opieki przyjdzie z nim porozmawiać".split()  # no infinitive
    spans = [("person", 0, 3, 100.0), ("social_work", 4, 6, 100.0)]
    assert not senses.worker_to_come(words, spans, "person", "social_work")


# -- "o której" / "w której godzinie" a day, then the way there after "bo" (flow.TIME_QUESTION_WORDS) -----------

@pytest.mark.parametrize("question, reason", [
    ("o której w piątek otwieracie", "bo jadę autobusem"),
    ("w której godzinie jutro będzie otwarte", "bo ja busem dojeżdżam"),
])
def test_the_time_of_a_day_asked_before_the_bus_is_the_hours(make_app, post, question, reason):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", f"{question} {reason}") == say_in(post, make_app(TUESDAY_OPEN), "main", question)


def test_the_bus_asked_before_bo_is_still_another_offices_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "o której jutro jedzie autobus bo muszę do was dojechać"
    assert say_in(post, app, "main", words) != say_in(post, make_app(TUESDAY_OPEN), "main", "godziny otwarcia")
    assert say_in(post, app, "main", "o której jutro bo jadę autobusem a mąż mnie bije") == danger_open(app)
