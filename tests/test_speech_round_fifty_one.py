"""Round fifty-one of issue 23 (bench/fresh51): lost and confused callers, and those who did not catch something
(a request to repeat against a sign of being lost), with danger told in a neighbour's story. Each reading is played
through the real /voice webhooks (exact TwiML for the safety route), beside the near inputs that must not change.
The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a child crying for hours, the only grown-up there drunk (senses.fifty_one_child_with_drunk_only) ---------------

def test_a_child_crying_all_night_beside_a_drunk_father_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "za ścianą maluch płacze całą noc a matka zalana śpi na kanapie"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "u sąsiadów dziecko krzyczy od rana a ojciec pijany leży w sieni"),
    ("hours", "wnuczek woła cały dzień a tam tylko dziadek nietrzeźwy w kuchni"),
    ("about", "dziecko obok płacze całą noc a w domu tylko matka pijana"),
])
def test_a_child_crying_for_hours_with_a_drunk_grown_up_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "dziecko płakało całą noc a ojciec pijany wrócił nad ranem",  # the crying over
    "dziecko płacze całą noc bo ząbkuje",  # no one drunk
    "dziecko płacze całą noc a mąż nie jest pijany",  # drunk denied
    "dziecko płacze całą noc a ojciec był pijany wczoraj",  # drunk then, not now
    "w serialu dziecko płacze całą noc a ojciec pijany leży",  # a TV story
])
def test_a_child_crying_without_a_drunk_grown_up_now_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a part of what was read missed, the reading asked again (senses.fifty_one_missed_part_asked) --------------------

@pytest.mark.parametrize("node, words", [
    ("hours", "jeszcze raz proszę bo mi się środa z czwartkiem pomieszała"),
    ("hours", "o której w piątek bo nie dosłyszałam niech pani powtórzy"),
    ("hours", "uciekło mi to o sobocie niech pani przeczyta znowu"),
    ("about", "usłyszałam tylko coś o pracowniku socjalnym a reszty nie proszę jeszcze raz"),
    ("callback", "jaki numer pan powiedział bo nie dosłyszałam końca"),
    ("leave_word", "co pani mówiła o wiadomości bo mi coś przerwało proszę powtórzyć"),
])
def test_a_part_missed_and_asked_again_repeats_the_item(make_app, post, node, words):
    assert same(make_app, post, node, words, "proszę powtórzyć")


@pytest.mark.parametrize("node, words, reference", [
    ("main", "nie dosłyszałam proszę o numer telefonu", "numer telefonu"),  # a matter asked for
    ("about", "chcę rozmawiać z pracownikiem", "chcę rozmawiać z pracownikiem"),  # a person asked, no repeat
    ("main", "jeszcze raz proszę", "proszę powtórzyć"),  # a plain repeat stays a repeat
])
def test_a_matter_asked_beside_a_miss_is_unchanged(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


def test_nie_doslyszalam_then_the_number_asked_in_main_is_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie dosłyszałam proszę o numer telefonu") != say_in(
        post, make_app(TUESDAY_OPEN), "main", "proszę powtórzyć")


@pytest.mark.parametrize("words", [
    "raz jeszcze proszę",
    "niech pani przeczyta znowu",
    "proszę powiedzieć ponownie",
])
def test_raz_jeszcze_and_read_again_are_a_repeat(make_app, post, words):
    assert same(make_app, post, "hours", words, "proszę powtórzyć")


def test_once_more_in_a_danger_story_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "jak on raz jeszcze mnie uderzy to nie wiem co zrobię") == danger_open(app)


# -- a matter named, then something else meant (senses.fifty_one_other_thing_meant) --------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "nie o godziny mi chodzi ale o coś innego"),
    ("benefits", "jaki dodatek węglowy mnie chodziło o coś innego"),
    ("hours", "ta pani mówi o adresie a ja w sprawie czegoś innego dzwonię"),
])
def test_a_matter_set_aside_for_something_else_is_not_that_matter(make_app, post, node, words):
    assert same(make_app, post, node, words, "banany pomarańcze")


@pytest.mark.parametrize("node, words, reference", [
    ("main", "osiemset plus i coś innego jeszcze", "osiemset plus"),  # one more matter
    ("main", "dodatek węglowy a poza tym coś innego też", "dodatek węglowy"),  # one more matter
    ("main", "nie chodzi o nic innego tylko o opał", "opał"),  # nothing else
])
def test_a_matter_with_something_more_is_still_that_matter(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


def test_danger_beside_something_else_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie bije a ja dzwonię w sprawie czegoś innego") == danger_open(app)


# -- lost in the call: "chyba nie tu", "gdzie ja zadzwoniłam" (the lost list; senses.fifty_one_call_told_past) -------

@pytest.mark.parametrize("node, words", [
    ("hours", "o rety to chyba nie tu"),
    ("main", "a gdzie ja zadzwoniłam"),
    ("about", "jezus maria gdzie ja się dodzwoniłam"),
])
def test_a_caller_unsure_where_they_called_is_a_sign_of_being_lost(make_app, post, node, words):
    assert same(make_app, post, node, words, "nie wiem")


def test_a_call_told_in_the_past_is_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Hangup" not in say_in(post, app, "main", "a gdzie ja zadzwoniłam")


@pytest.mark.parametrize("words", ["to ja zadzwonię jutro", "dobrze to ja jeszcze zadzwonię"])
def test_a_call_to_come_is_still_a_goodbye(make_app, post, words):
    assert same(make_app, post, "main", words, "do widzenia")


# -- whether the line records (senses.fifty_one_recorded_asked) ----------------------------------------------------

def test_asking_whether_the_call_is_recorded_starts_no_recording(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "main", "halo czy to jest nagrane bo ja nie wiem")
    assert "<Record" not in body
    assert same(make_app, post, "main", "halo czy to jest nagrane bo ja nie wiem", "nie wiem", FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["chcę nagrać wiadomość", "czy mogę nagrać wiadomość"])
def test_a_message_asked_for_still_records(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert same(make_app, post, "main", words, "zostawić wiadomość", FRIDAY_EVENING)


# -- list entries: "zacząć od nowa" (back), "weterynarz" (elsewhere) -----------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "zacznijmy od nowa proszę"),
    ("hours", "to może zacznę od nowa bo nie tam weszłam"),
])
def test_starting_again_is_back_to_the_main_menu(make_app, post, node, words):
    assert same(make_app, post, node, words, "wróć do menu")


def test_starting_life_again_beside_violence_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie bije a ja chcę zacząć od nowa") == danger_open(app)


@pytest.mark.parametrize("node, words", [
    ("contact", "to chyba nie jest numer do weterynarza"),
    ("main", "jaki jest numer do weterynarza"),
])
def test_the_vets_number_is_another_service(make_app, post, node, words):
    assert same(make_app, post, node, words, "rozkład jazdy pks")


def test_the_offices_number_is_still_the_address_card(make_app, post):
    assert same(make_app, post, "main", "jaki jest wasz numer telefonu", "numer telefonu")
