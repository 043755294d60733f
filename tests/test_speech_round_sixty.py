"""Round sixty of issue 23 (bench/fresh60): callers who ask two or three things in one breath or change their mind
mid-sentence. Each reading is played through the real /voice webhooks (exact TwiML for the safety route), beside the
near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say_in
from test_speech_round_eight import pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a person left out in the cold (senses.sixty_left_in_cold) ------------------------------------------------------

def test_children_left_in_the_frost_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "ten z naprzeciwka znowu zostawił dzieci na mrozie a sam poszedł do baru"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("hours", "aha zapisałam a jeszcze jedno sąsiadka malucha zostawiła na śniegu przed blokiem i nie wraca"),
    ("main", "ojciec zostawił chłopaków na tym mrozie pod sklepem i gdzieś poszedł"),
    ("benefits", "ona babcię zostawia na zimnie w komórce całymi dniami"),
])
def test_a_person_left_in_the_cold_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "zostawiłam rower na mrozie przed sklepem",  # a thing left, no person
    "nie zostawił ich na mrozie zabrał do domu",  # denied
    "syn zostawił dzieci u babci bo ma nocną zmianę",  # left with someone, no cold
    "w filmie matka zostawiła dziecko na mrozie",  # a screen story
    "dawno temu ojciec zostawił nas na śniegu",  # long ago
])
def test_a_thing_a_denial_or_a_story_left_in_the_cold_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a door shut since a named day (senses.sixty_shut_since_named_day) ----------------------------------------------

def test_a_neighbour_shut_in_since_the_feast_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "nie chcę nic nagrywać tylko dziadek z góry od wigilii nie otwiera i telewizor gra cały czas"
    assert say_in(post, app, "leave_word", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "sąsiad od niedzieli nie otwiera a mieszka sam",
    "mama od piątku nie otwiera mi drzwi a ma klucz w zamku",
    "ta staruszka z parteru od świąt już nie otwiera",
])
def test_someone_shut_in_since_a_named_day_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "sklep od niedzieli nie otwiera bo remont",  # no person: a shop
    "od poniedziałku nie otwieracie a mama pyta o zasiłek",  # the office
    "sąsiadka od świąt otwiera dopiero o dziesiątej",  # no "nie"
    "w serialu sąsiadka od świąt nie otwiera",  # a screen story
])
def test_a_shop_the_office_or_a_story_shut_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a key said last after a remark with "nie" (Line._sixty_key_said_last) -----------------------------------------

@pytest.mark.parametrize("node, words, key", [
    ("main", "czwórka a nie chwileczkę nie o to mi chodzi to dwójka", "2"),
    ("benefits", "dwa albo nie nie tamto tylko jedyneczka", "1"),
    ("about", "trzy poproszę a nie czekam jeszcze raz piątkę", "5"),
])
def test_a_key_said_last_after_a_remark_with_nie_is_the_key(make_app, post, node, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == pressed(post, make_app(TUESDAY_OPEN), node, key)


@pytest.mark.parametrize("node, words, reference", [
    ("about", "to dwójka o pieniądze znaczy o zasiłek ale nie starcza do pierwszego", "zasiłek"),  # a date, not a key
    ("main", "nie wiem może trójka", "trójka"),  # no key before the "nie": unsure, as before
])
def test_a_date_or_no_key_before_nie_changes_nothing(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


# -- a request withdrawn, nothing asked instead (senses.sixty_withdrawn) -------------------------------------------

@pytest.mark.parametrize("words", [
    "nagram wiadomość a nie jednak nie",
    "zostawię tę wiadomość no jednak nie nie trzeba",
    "wiadomość zostawić chciałam ale rozmyśliłem się nie będę nic nagrywać",
])
def test_a_message_withdrawn_records_nothing(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, words)
    assert "<Record" not in body
    assert same(make_app, post, LEAVE_WORD, words, "kalafior rower parasol", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "zostawię wiadomość jednak nie wiem jak się nagrywa",  # unsure how, still asked
    "wiadomość nagram nie będę się rozmyślać",  # no withdrawal
])
def test_a_message_still_asked_records(make_app, post, words):
    assert "<Record" in say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, words)


def test_a_call_back_withdrawn_for_a_message_is_the_message(make_app, post):
    assert same(make_app, post, LEAVE_WORD, "niech oddzwonią a jednak nie lepiej nagram wiadomość", "zostawię wiadomość",
                moment=FRIDAY_EVENING)


# -- the line's recording asked about (senses.sixty_recording_asked_about) -----------------------------------------

@pytest.mark.parametrize("words", [
    "halo co to jest za nagranie ja chciałam z kimś z opieki",
    "a co to za automat mi odpowiada",
])
def test_the_recording_asked_about_after_hours_records_nothing(make_app, post, words):
    assert "<Record" not in say_in(post, make_app(FRIDAY_EVENING), "main", words)


@pytest.mark.parametrize("words", ["chcę zostawić nagranie", "nagranie"])
def test_a_message_asked_for_in_the_main_menu_still_records(make_app, post, words):
    assert same(make_app, post, "main", words, "zostawię wiadomość", moment=FRIDAY_EVENING)
