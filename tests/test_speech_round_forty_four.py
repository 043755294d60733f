"""Round forty-four of issue 23 (bench/fresh44): adult children and grandchildren calling from the city or abroad about
an elderly parent, in office words. A parent with dementia wandering out in the cold, a parent sitting in a house gone
cold, a parent not answering for days with someone asked to go there; beside them hours said as a length of time, the
conditions of a named matter, matters set aside ("to nas nie dotyczy"), another office's matter beside a price or a
person described, a call-back wished by nobody, a bad line, a matter closed and the forms of help offered. Each reading is played through
the real /voice webhooks (exact TwiML for the safety route and for a few items), beside the near inputs that must not
change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a parent with dementia wandering out in the cold (senses.wandering_with_dementia) ----------------------------

def test_dementia_wandering_in_the_cold_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "babcia ma demencję wychodzi z domu w kapciach i ucieka a na dworze minus osiem"
    assert say_in(post, app, "hours", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("about", "teściowa z alzheimerem cała zmarznięta wróciła a teraz znowu wychodzi"),
    ("about", "dziadek ma otępienie i chodzi po drodze w samym szlafroku a jest zimno"),
    ("main", "mama ma demencję i od rana wychodzi z domu w koszuli nocnej a mróz"),
])
def test_dementia_wandering_in_the_cold_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words, reference", [
    ("mama ma demencję i wychodzi sama do sklepu czy jest jakaś opiekunka", "czy jest jakaś opiekunka"),  # no cold
    ("mama ma demencję a w domu zimno czy jest dodatek węglowy", "czy jest dodatek węglowy"),  # no one going out
])
def test_dementia_without_the_cold_or_without_going_out_is_no_danger(make_app, post, words, reference):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))
    assert same(make_app, post, "main", words, reference)


# -- a parent sitting in a house gone cold (senses.sitting_in_the_cold) -------------------------------------------

def test_sitting_in_a_cold_house_for_days_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "w sprawie opału bo dziadek od trzech dni nie ma czym palić i siedzi w płaszczu w kuchni"
    assert say_in(post, app, "benefits", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "babcia od wczoraj bez prądu nie ma czym grzać i siedzi po ciemku w zimnie"),
    ("heating", "piec się zepsuł ciocia siedzi w kożuchu a w nocy ma być minus piętnaście"),
])
def test_sitting_in_a_cold_house_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mama siedzi w kurtce bo oszczędza na opale czy jest dodatek węglowy",  # no time since, no frost
    "siedzę w kurtce od tygodnia bo nie mam czym palić",  # the caller, not another
])
def test_sitting_in_a_coat_without_days_or_frost_or_of_the_caller_is_the_heating_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


# -- a parent not answering for days, someone asked to go (senses.unanswered_someone_sent) ------------------------

def test_not_answering_for_days_with_someone_asked_to_go_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "tata od trzech dni nie odbiera komórki niech ktoś tam podjedzie sprawdzić"
    assert say_in(post, app, "main", words) == danger_open(app)


def test_not_answering_for_days_who_always_answers_is_danger_after_hours(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "mama od przedwczoraj telefonu nie odbiera a zawsze odbiera"
    assert say_in(post, app, "about", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "mama od trzech dni nie odbiera bo pojechała do siostry",  # no one asked to go
    "od tygodnia nikt u was nie odbiera proszę kogoś wysłać",  # the office
])
def test_not_answering_with_a_reason_or_the_office_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_not_answering_on_a_screen_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "w serialu córka dzwoniła a matka od trzech dni nie odbiera i prosiła żeby ktoś tam pojechał"
    assert say_in(post, app, "main", words) == check(app)


# -- hours said as a length of time (senses.hours_as_duration) ----------------------------------------------------

@pytest.mark.parametrize("words", [
    "czy opiekunka może przychodzić do mamy na parę godzin dziennie",
    "potrzebna opiekunka do taty dwie godziny dziennie",
])
def test_hours_said_as_a_length_of_time_are_no_question_about_the_hours(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "care")


@pytest.mark.parametrize("words", ["w jakich godzinach jesteście", "do której godziny jest otwarte"])
def test_the_hours_asked_are_still_the_hours(make_app, post, words):
    assert same(make_app, post, "main", words, "godziny otwarcia")


# -- the conditions of a named matter (senses.conditions_of_matter) -----------------------------------------------

def test_a_certificate_asked_for_a_named_matter_is_that_matter_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "usługi opiekuńcze dla taty i czy potrzebne zaświadczenie"
    assert say_in(post, app, "about", words) == topic(app, "care")


def test_income_asked_for_a_named_benefit_stays_the_benefits(make_app, post):
    assert same(make_app, post, "main", "jaki dochód na zasiłek okresowy", "zasiłek okresowy")


# -- matters set aside (senses.not_concerning) --------------------------------------------------------------------

def test_matters_set_aside_leave_only_the_other_office(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "dodatek węglowy i te sprawy to nas nie dotyczy ja dzwonię w sprawie podatku rolnego"
    assert say_in(post, app, "main", words) == check(app)  # a long story of another office's matter: asked about
    assert same(make_app, post, "main", "zasiłki nas nie dotyczą, podatek rolny", "podatek rolny")


def test_a_matter_asked_whether_it_concerns_us_stays(make_app, post):
    assert same(make_app, post, "main", "czy dodatek węglowy nas dotyczy", "dodatek węglowy")


# -- another office's matter beside a price or a person described -------------------------

@pytest.mark.parametrize("words, reference", [
    ("gdzie się wyrabia paszport dla mamy która nie chodzi", "gdzie się wyrabia paszport"),  # the person described
])
def test_another_offices_matter_is_not_understood(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_a_price_beside_another_offices_matter_is_no_request(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "te ceny prądu to jakaś masakra ale ja w sprawie odbioru śmieci"
    assert say_in(post, app, "main", words) == check(app)  # a long story of another office's matter: asked about
    assert same(make_app, post, "main", "ceny opału, a ja w sprawie śmieci", "w sprawie śmieci")


@pytest.mark.parametrize("words, reference", [
    ("ceny węgla wysokie czy jest dodatek węglowy", "dodatek węglowy"),  # no other office: the heating
    ("opiekunka dla taty który nie chodzi", "opiekunka"),  # no other office: care
])
def test_without_another_office_the_matter_stays(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- a call-back wished by nobody (senses.call_back_not_wished) ---------------------------------------------------

def test_not_my_number_and_no_call_back_wished_asks_for_no_number(make_app, post):
    words = "to nie mój numer dzwonię od córki nie chcę żeby ktoś oddzwaniał"
    assert same(make_app, post, "callback", words, "nie trzeba oddzwaniać")
    assert not same(make_app, post, "callback", words, "nie ten numer")


def test_not_my_number_with_a_call_back_wished_still_offers_another(make_app, post):
    assert same(make_app, post, "callback", "to nie mój numer potrzebuję żeby ktoś oddzwonił", "nie ten numer")


# -- a bad line, a matter closed, the forms of help (prompts/pl.toml) ---------------------------------------------

def test_a_bad_line_is_no_person(make_app, post):
    assert same(make_app, post, "hours", "mam słabe połączenie proszę powtórzyć", "proszę powtórzyć")
    assert same(make_app, post, "main", "proszę o połączenie z pracownikiem", "pracownik")


def test_a_matter_closed_is_no_question_about_the_hours(make_app, post):
    assert not same(make_app, post, "main", "ja tylko mówię że ta sprawa zamknięta", "kiedy jest zamknięte")
    assert same(make_app, post, "main", "kiedy jest zamknięte", "godziny otwarcia")


def test_the_forms_of_help_offered_are_what_the_office_does(make_app, post):
    assert same(make_app, post, "main", "jakie formy wsparcia macie dla starszych", "czym się zajmujecie")
    assert not same(make_app, post, "main", "jakie formy wsparcia macie dla starszych", "wsparcie")
    assert same(make_app, post, "main", "wsparcie dla rodziny", "wsparcie")  # the word alone: unchanged
