"""Round fifty-eight of issue 23 (bench/fresh58): questions about the office itself (its hours, where it is and how to
get there, its head, the commission, an SMS of what was read), with danger hidden in such questions and the hours of
other places as negatives. Each reading is played through the real /voice webhooks (exact TwiML for a few items and
for the safety route), beside the near inputs that must not change. The sentences are this round's own phrasings of
each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import (addiction, contact, dial, hours_item, not_danger, same, say_in,
                               understood_as_nothing)
from test_speech_round_nine import danger_open


# -- a letter to be written to the office (senses.fifty_eight_letter_to_office) -------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("jak się nazywa kierowniczka bo chcę do niej list napisać", "jak się nazywa kierowniczka"),
    ("kto u was jest kierownikiem bo ja do pani kierownik list napiszę", "kto u was jest kierownikiem"),
])
def test_a_letter_to_be_written_to_the_head_is_the_address_card(make_app, post, words, reference):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert body == contact(app)
    assert same(make_app, post, "main", words, reference)


def test_a_letter_to_the_office_about_a_benefit_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "chcę napisać list do was w sprawie zasiłku"))


@pytest.mark.parametrize("words", [
    "listy napisałam do was wszystkich i żegnam się",  # written: the farewell letters
    "napiszę list do dzieci i będzie spokój",  # no addressee of the office
    "listy napisałam, wszystko rozdałam",  # another danger phrase
    "chcę napisać list do pani kierownik bo mąż mnie bije",  # danger told beside the letter
])
def test_farewell_letters_and_danger_beside_a_letter_stay_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- "to wszystko" given to the caller (senses.fifty_eight_everything_given) ----------------------------------------

@pytest.mark.parametrize("words", [
    "czy mogłaby mi pani to wszystko esemesem wysłać",
    "proszę nam to wszystko przysłać smsem na komórkę",
])
def test_everything_sent_to_me_is_the_sms_not_a_goodbye(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę wysłać esemesa")
    app = make_app(TUESDAY_OPEN)
    assert "<Hangup" not in say_in(post, app, "main", words)


@pytest.mark.parametrize("words", [
    "to wszystko, dziękuję",
    "no to już wszystko",
    "nam to wszystko pani powiedziała, to wszystko, do widzenia",  # a farewell beside the dative: still a goodbye
])
def test_that_is_all_is_still_a_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert "<Hangup" in say_in(post, app, "main", words)


# -- the same hours asked for another body of the line (senses.fifty_eight_same_hours_of_another) --------------------

@pytest.mark.parametrize("words", [
    "a ta komisja od picia to też w tych godzinach przyjmuje",
    "komisja alkoholowa też w tych samych godzinach jest czy nie",
])
def test_the_commission_in_the_same_hours_is_the_addiction_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == addiction(app)
    assert same(make_app, post, "hours", words, "komisja alkoholowa", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "a w tych godzinach to mogę przyjść z papierami",  # no other body
    "komisja przyjmuje w tych godzinach?",  # no "też"
])
def test_the_hours_named_back_without_another_body_also_kept_stay_the_hours(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) != addiction(app)


def test_a_day_asked_of_the_commission_is_not_the_addiction_item(make_app, post):
    app = make_app(TUESDAY_OPEN)  # fresh22 labels "w jakie dni przyjmuje" in the hours item as the hours
    assert say_in(post, app, "hours", "a ta komisja to w jakie dni przyjmuje") != addiction(app)


# -- when a worker is in (senses.fifty_eight_when_someone_in) ------------------------------------------------------

@pytest.mark.parametrize("words", [
    "kiedy ta pani z opieki jest w biurze bo ja ją chcę złapać",
    "kiedy pani kierownik będzie na miejscu",
    "kiedy będzie pani kierownik",
])
def test_when_a_worker_is_in_is_the_hours(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == hours_item(app)


@pytest.mark.parametrize("words", [
    "czy pani z opieki jest",  # no "kiedy": a person
    "proszę mnie połączyć z panią kierownik, kiedy ona jest",  # put through asked
])
def test_a_worker_asked_for_now_is_still_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == dial(app, "transfer")


def test_when_a_worker_is_in_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "kiedy pani z opieki będzie w biurze bo mąż mnie bije") == danger_open(app)


# -- what the office is for (senses.fifty_eight_what_you_are_for) --------------------------------------------------

@pytest.mark.parametrize("node", ["main", "contact", "hours"])
@pytest.mark.parametrize("words", ["a od czego wy właściwie jesteście", "do czego wy jesteście, bo nie wiem"])
def test_what_you_are_for_is_the_about_menu(make_app, post, node, words):
    assert same(make_app, post, node, words, "czym się zajmujecie")


@pytest.mark.parametrize("words", [
    "od czego zacząć",  # no "jesteście"
    "od czego jest ten zasiłek celowy",  # a benefit, not the office
])
def test_what_for_of_other_things_is_not_the_about_menu(make_app, post, words):
    assert not same(make_app, post, "main", words, "czym się zajmujecie")


# -- how far the office is (senses.fifty_eight_how_far_asked) -------------------------------------------------------

@pytest.mark.parametrize("words", [
    "czy od przystanku jest daleko do was",
    "a jak to blisko was jest od kościoła",
])
def test_how_far_the_office_is_is_the_address_card(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == contact(app)


@pytest.mark.parametrize("words", [
    "mam blisko was",  # no question
    "czy daleko do apteki",  # not the office
])
def test_nearness_not_asked_of_the_office_is_not_the_address(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != contact(app)


# -- the way asked before another office's matter (senses.fifty_eight_way_asked_before_reason) --------------------

def test_the_way_asked_before_a_driving_licence_is_the_address(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "którędy do was dojść bo prawo jazdy mi zabrali"
    assert say_in(post, app, "main", words) == contact(app)
    assert same(make_app, post, "main", words, "jak do was dojść", moment=FRIDAY_EVENING)


def test_the_driving_licence_asked_before_the_reason_is_not_understood(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "gdzie się wyrabia prawo jazdy bo mi się skończyło")


# -- the library and the shops by name (prompts/pl.toml elsewhere) ------------------------------------------------

@pytest.mark.parametrize("moment", [TUESDAY_OPEN, CHRISTMAS_EVE])
@pytest.mark.parametrize("words", [
    "do której jest otwarta biblioteka",
    "czy lidl w święto jest zamknięty",
    "biedronka dzisiaj do której",
])
def test_the_hours_of_the_library_or_a_shop_are_not_the_office_hours(make_app, post, moment, words):
    assert understood_as_nothing(make_app, post, "main", words, moment=moment)


def test_a_matter_of_the_line_beside_the_library_is_kept(make_app, post):
    assert same(make_app, post, "main", "czy w bibliotece pomogą mi z wnioskiem o zasiłek", "wniosek o zasiłek")
