"""Round thirty-four of issue 23 (bench/fresh34): roundabout requests of older residents, who tell what they need or
what happened and never use the office's words. Each reading is played through the real /voice webhooks (exact TwiML
for the safety route and for a few items), beside the near inputs that must not change. The sentences are this round's
own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a farewell, then no one reached (senses.farewell_unreached) ---------------------------------------------------

def test_a_farewell_then_a_phone_not_answered_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "syn wieczorem przysłał wiadomość że chce się z nami pożegnać a teraz ma wyłączony telefon"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("callback", "wnuczka w nocy pisała że się z wszystkimi żegna i nie odbiera"),
    ("hours", "mąż rano mówił że chciałby się z dziećmi pożegnać i nie wiem gdzie on teraz jest"),
    ("main", "córka w nocy napisała że chce się ze mną pożegnać a telefon ma wyłączony"),
])
def test_a_farewell_then_no_one_reached_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "syn wyjeżdża do niemiec i chce się z nami pożegnać w niedzielę",  # reached: no one missing
    "chciałam się z panią pożegnać bo pani nie odbiera",  # the caller's own goodbye
    "chcę się już pożegnać nie wiem gdzie jest ta kartka z numerem",  # a thing not found, the caller's own goodbye
])
def test_a_farewell_reached_or_the_callers_own_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- "gdzie" opening a relative clause (senses.where_relative) -----------------------------------------------------

@pytest.mark.parametrize("words", [
    "proszę wrócić tam gdzie był początek",
    "niech pani cofnie na ten początek gdzie było wszystko od nowa",
])
def test_back_to_where_it_was_is_back_not_the_address(make_app, post, words):
    assert same(make_app, post, "benefits", words, "menu")


@pytest.mark.parametrize("node, words, reference", [
    ("main", "gdzie jesteście", "adres"),  # the address asked
    ("main", "zasiłek gdzie złożyć", "gdzie jesteście"),  # a question after its topic: the address, as before
])
def test_gdzie_asked_is_unchanged(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


# -- "gdzie" before the caller's own past verb (senses.where_own_past) ---------------------------------------------

@pytest.mark.parametrize("words", [
    "gdzie ja ten papier zostawiłam",
    "a gdzie ja tę kartkę włożyłem ciągle gdzieś coś chowam",
])
def test_thinking_aloud_where_one_put_a_thing_is_no_address(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) != say_in(post, make_app(TUESDAY_OPEN), "hours", "adres")


@pytest.mark.parametrize("words", ["gdzie ja mam przyjść", "gdzie mam to złożyć"])
def test_where_to_go_is_still_the_address(make_app, post, words):
    assert same(make_app, post, "main", words, "adres")


# -- the caller's own work told as a reason (senses.own_work_told) -------------------------------------------------

@pytest.mark.parametrize("words", [
    "kto by mi tatę przypilnował jak ja w pracy",
    "potrzebna opieka dla mamy jak ja w pracy",
    "kto by mamę przypilnował jak ja w robocie",
])
def test_the_callers_own_work_beside_care_is_care(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "care")


@pytest.mark.parametrize("words", [
    "jak ja w pracy",  # no other matter: the work is all that is named
    "czy pomożecie w pracy bo mama potrzebuje opieki",  # asked before "bo"
])
def test_work_asked_for_is_unchanged(make_app, post, words):
    assert same(make_app, post, "main", words, "szukam pracy")


# -- a condition said of anyone (senses.said_of_anyone) ------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "czy gmina dopłaca do opału jeśli ktoś sam mieszka",
    "słyszałam że dajecie na węgiel jak kto sam mieszka",
])
def test_whom_the_coal_is_for_is_the_heating_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


@pytest.mark.parametrize("words", [
    "jak ktoś sam mieszka to czy jest pomoc w domu",  # the need named outside the condition
    "węgla nie potrzebuje mama sama mieszka i potrzebuje opieki",  # her own need, beside the coal
])
def test_a_need_of_ones_own_stays_care(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "care")


# -- words of the lists (prompts/pl.toml) --------------------------------------------------------------------------

def test_someone_to_get_in_touch_asks_the_call_back(make_app, post):
    assert same(make_app, post, "main", "niech ktoś się do mnie odezwie jutro", "proszę oddzwonić")
    assert same(make_app, post, "main", "żeby ktoś od was do mnie się odezwał",
                "proszę oddzwonić", moment=FRIDAY_EVENING)


def test_someone_asked_for_is_still_a_person(make_app, post):
    assert same(make_app, post, "main", "czy ktoś od was jest", "z kimś z ośrodka")


def test_not_a_penny_for_food_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie mam ani grosza i nie mam co jeść") == danger_open(app)


def test_a_medical_board_is_another_offices_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "wzywają mnie na komisję lekarską w sprawie renty")
    assert body != topic(app, "addiction") and body == say_in(post, make_app(TUESDAY_OPEN), "main", "paszport")


def test_the_drinking_board_is_still_addiction(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "kiedy jest komisja w sprawie picia męża") == topic(app, "addiction")


@pytest.mark.parametrize("words, reference", [
    ("czy w piątek rano ktoś u was jest", "czy w piątek rano ktoś jest"),
    ("czy jutro u was ktoś będzie", "czy jutro ktoś będzie"),
])
def test_someone_there_on_a_day_asks_the_hours(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference, moment=FRIDAY_EVENING)
    assert not same(make_app, post, "main", words, "czy ktoś u was jest", moment=FRIDAY_EVENING)  # not a person


def test_someone_there_with_no_day_asks_for_a_person(make_app, post):
    assert same(make_app, post, "main", "czy ktoś u was jest", "czy ktoś jest")


@pytest.mark.parametrize("words", [
    "żeby pani przekazała tej pani od węgla że dzwoniłam",
    "niech pani przekaże komuś z opieki że jestem chora i nie przyjdę",
])
def test_a_word_to_pass_on_records_in_the_message_menu(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, words)
    assert body == say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, "zostawię wiadomość") and "<Record" in body


def test_danger_beside_a_word_to_pass_on_stays_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "żeby pani przekazała że mąż mnie bije"
    assert say(app, "danger") in say_in(post, app, LEAVE_WORD, words)
