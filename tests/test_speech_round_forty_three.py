"""Round forty-three of issue 23 (bench/fresh43): callers who hear badly and are unsure what the line said, with danger
mentioned in passing. Hands numb in a house gone cold, the recording feared, the hours said back and taken in before a
person is asked for, a topic the caller did not ask about, a ringing not heard, an item half heard and asked again,
"czy gdzie" closing the answer, a key said again with insistence, a visit to one of the family. Each reading is played
through the real /voice webhooks (exact TwiML for the safety route and for a few items), beside the near inputs that
must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, dial, not_danger, same, say_in, topic
from test_speech_round_nine import about_menu, danger_open
from test_speech_round_ten import danger_closed


# -- numb with cold (senses.forty_three_numb_with_cold) -----------------------------------------------------------

def test_numb_hands_in_a_house_gone_cold_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "w chałupie zimno piec zgasł wczoraj a ja już nóg nie czuję"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "węgla nie ma w piecu nie pali się zimno i palców nie czuję"),
    ("hours", "mróz jak diabli opał się skończył i rąk już nie czuję"),
    ("benefits", "yyy to ten opał bo piec mi wygasł zimno jak w psiarni i stóp nie czuję wcale"),
])
def test_numb_hands_or_feet_in_a_house_gone_cold_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "jak piec zgasł zeszłej zimy to rąk nie czułam",  # the past
    "zimno trochę ale piec pali tylko nóg nie czuję od cukrzycy",  # the stove burning
    "zimno w domu bo piec stary czy jest dodatek na opał",  # no numbness
])
def test_numbness_told_as_past_or_with_the_stove_burning_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_cold_house_without_numbness_is_still_the_heating_item(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "zimno w domu bo piec stary czy jest dodatek na opał") == topic(app, "heating")


# -- the recording feared (senses.forty_three_fear_of_the_line) --------------------------------------------------

@pytest.mark.parametrize("node, words", [
    (LEAVE_WORD, "nie będę nic nagrywać boję się tego"),
    (LEAVE_WORD, "żadnych wiadomości nie zostawię ja się tego boję"),
    ("callback", "nie trzeba oddzwaniać boję się tego"),
])
def test_fear_of_the_recording_itself_is_no_danger(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, node, words))


@pytest.mark.parametrize("words", [
    "nie chcę wiadomości bo zięć się wścieka ja się go boję",  # someone feared
    "nie zostawię wiadomości boję się tego co on zrobi",  # what he will do
    "syn pije a ja się tego boję",  # no thing of the line
    "nie chcę zostawiać wiadomości bo mąż usłyszy boję się tego bo on mnie bije",  # danger beside it
])
def test_fear_of_someone_or_of_what_he_does_stays_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, words) == danger_closed(app)


# -- the hours taken in, then a person (senses.forty_three_time_taken_in) ----------------------------------------

def test_the_hours_said_back_then_a_person_connects_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "od siódmej do piętnastej dobrze to proszę z kimś z ośrodka"
    assert say_in(post, app, "hours", words) == dial(app, "transfer")


@pytest.mark.parametrize("words", [
    "do piętnastej aha rozumiem a teraz proszę połączyć z panią kierownik",
    "siódma do piętnastej jasne to niech mnie pani połączy z pracownikiem",
])
def test_the_hours_said_back_and_taken_in_then_a_person_is_the_person(make_app, post, words):
    assert same(make_app, post, "hours", words, "proszę połączyć z pracownikiem")


@pytest.mark.parametrize("words", [
    "dobrze a kiedy przyjmuje kierowniczka",  # the time asked after the word of taking in
    "do której jest kierowniczka",  # no word of taking in
])
def test_when_a_person_can_be_found_is_still_the_hours(make_app, post, words):
    assert not same(make_app, post, "hours", words, "proszę połączyć z pracownikiem")


# -- a topic not asked (senses.forty_three_not_asked) ------------------------------------------------------------

@pytest.mark.parametrize("node, words, reference", [
    ("hours", "o godziny nie pytałam tylko gdzie was znaleźć", "gdzie jesteście"),
    ("hours", "nie pytałam o godziny ja chciałam o zasiłek", "zasiłek"),
    ("contact", "adresu nie pytam tylko do której dziś otwarte", "do której dziś otwarte"),
])
def test_a_topic_denied_as_the_question_gives_the_other(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


def test_godzin_nie_pytalam_then_what_you_help_with_is_the_about_item_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "godzin nie pytałam tylko w czym wy pomagacie ludziom"
    assert say_in(post, app, "hours", words) == about_menu(app)


def test_a_topic_asked_again_is_unchanged(make_app, post):
    assert same(make_app, post, "hours", "pytałam o godziny a do której dziś", "do której dziś")


# -- a ringing not heard (senses.forty_three_hearing_a_thing) ----------------------------------------------------

@pytest.mark.parametrize("words", [
    "nie trzeba dzwonić ja i tak nie odbieram bo nie słyszę dzwonka",
    "nie nie ja nie słyszę dzwonka w kuchni więc i tak nie odbiorę",
])
def test_a_ringing_not_heard_is_no_request_to_repeat(make_app, post, words):
    assert not same(make_app, post, "callback", words, "nie słyszę", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["nie słyszę tego numeru", "nie słyszę co pani mówi"])
def test_not_hearing_the_line_is_still_a_request_to_repeat(make_app, post, words):
    assert same(make_app, post, "callback", words, "proszę powtórzyć", moment=FRIDAY_EVENING)


# -- an item half heard, asked again (senses.forty_three_recalled_then_repeat) -----------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "czy to była pomoc społeczna bo mi trzeszczy powtórzy pani"),
    ("about", "to były zasiłki czy co niech pani powie jeszcze raz"),
    ("benefits", "że jak to był ten ośrodek czy nie bo szumi niech pani przeczyta jeszcze raz"),
])
def test_an_item_half_heard_then_asked_again_repeats(make_app, post, node, words):
    assert same(make_app, post, node, words, "proszę powtórzyć")


def test_an_item_asked_with_jeszcze_raz_as_again_is_the_item(make_app, post):
    words = "to był zasiłek celowy czy można go jeszcze raz dostać"
    assert same(make_app, post, "about", words, "zasiłek celowy")


# -- "czy gdzie" closing the answer (senses.forty_three_or_elsewhere) --------------------------------------------

@pytest.mark.parametrize("words", [
    "halo halo kto mówi czy ja do opieki się dodzwoniłam czy gdzie",
    "halo kto mówi czy ja dobrze trafiłam do ośrodka czy gdzie",
])
def test_czy_gdzie_closing_the_answer_is_no_address(make_app, post, words):
    assert not same(make_app, post, "main", words, "gdzie jesteście", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["czy gdzie jest ten ośrodek", "to jest w tym budynku przy poczcie czy gdzie"])
def test_czy_gdzie_asking_where_the_office_is_is_still_the_address(make_app, post, words):
    assert same(make_app, post, "main", words, "gdzie jesteście")


# -- a key said again with insistence (prompts/pl.toml key_filler) -----------------------------------------------

@pytest.mark.parametrize("node, words, key", [
    ("about", "dwójka dwójka słyszy pan", "dwa"),
    ("main", "cztery przecież mówiłam cztery", "cztery"),
    ("benefits", "jedynka powiedziałem przecież jedynka", "jeden"),
])
def test_a_key_said_with_insistence_is_the_key(make_app, post, node, words, key):
    assert same(make_app, post, node, words, key)


def test_a_number_inside_a_real_sentence_is_still_no_key(make_app, post):
    assert same(make_app, post, "main", "mówiłam przecież że mam jedno pytanie o adres", "adres")


# -- a visit to one of the family (prompts/pl.toml visit) --------------------------------------------------------

@pytest.mark.parametrize("words", [
    "żeby ktoś z opieki przyszedł do córki bo ona sobie nie radzi",
    "niech pani socjalna przyjdzie do wnuka",
    "chciałabym żeby pani socjalna przyszła do syna",
])
def test_a_worker_asked_to_come_to_one_of_the_family_is_the_social_workers(make_app, post, words):
    assert same(make_app, post, "hours", words, "pracownik socjalny", moment=FRIDAY_EVENING)


def test_a_worker_asked_to_the_phone_is_still_a_person(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "żeby pani kierownik przyszła do telefonu") == dial(app, "transfer")
