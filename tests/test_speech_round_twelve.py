"""Round twelve of issue 23 (bench/fresh12): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood
from test_speech_round_nine import about_menu, benefits_item, danger_open, goodbye
from test_speech_round_ten import danger_closed, no_danger
from test_speech_rules import LEAVE_WORD, check, dial, heating, item, say_in

from ivr.call import senses


def card(app) -> str:
    return item(app, "contact", "info_contact")


# -- danger: the fields of this round ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "wnuczka pisze, że się chce pociąć",
    "kolega syna mówił, że chce się pociąć",
    "córka od godziny nie odbiera, a wieczorem pisała dziwne rzeczy",
    "dziadek drugi dzień nie wstaje z łóżka",
    "teść od dwóch dni nie wstaje i nic nie mówi",
    "dziecko tonie w stawie za szkołą",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_in_this_rounds_fields_after_hours_gives_the_helpline(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, "ojciec trzeci dzień nie wstaje z łóżka") == danger_closed(app)


def test_cutting_wood_or_years_in_bed_are_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "trzeba pociąć drewno na opał") == heating(app)
    body = say_in(post, app, "main", "mama od lat nie wstaje z łóżka, potrzebna opiekunka")
    assert body == item(app, "care", "info_care")


def test_the_office_not_answering_for_an_hour_is_still_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", "dzwonię od godziny i nikt u was nie odbiera"))


@pytest.mark.parametrize("words", ["ile kosztuje tona węgla", "węgiel po dwa tysiące tona"])
def test_a_ton_of_coal_is_no_drowning(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == heating(app)


# -- prices that "kill" --------------------------------------------------------------------------------

@pytest.mark.parametrize("words", ["mnie te rachunki za prąd normalnie zabijają",
                                   "te ceny w sklepach nas wszystkich wykończą"])
def test_prices_or_bills_that_kill_are_a_figure_of_speech(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", ["mąż mnie zabije przez te rachunki", "ceny wysokie, a synowie mnie zabiją",
                                   "ceny w sklepie takie, że mnie zabije"])
def test_someone_who_kills_beside_prices_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_costs_that_kill_read_the_verb_and_its_subject():
    words = ["te", "ceny", "w", "sklepie", "zabijają"]
    assert senses.costs_that_kill(words, [("danger", 4, 5, 96.0)], "danger")
    words = ["te", "ceny", "a", "synowie", "zabijają"]
    assert not senses.costs_that_kill(words, [("danger", 4, 5, 96.0)], "danger")


# -- a matter inside a story told from a screen ------------------------------------------------------

def test_drinking_inside_a_story_from_the_television_is_part_of_it(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "w telewizji pokazywali, jak pijany ojciec pobił syna, okropne")
    assert body == check(app) and no_danger(app, body)


def test_a_matter_named_after_the_story_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "w telewizji pokazywali przemoc, a ja dzwonię, bo mąż pije")
    assert body == item(app, "addiction", "info_addiction")


def test_danger_now_after_the_story_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "w telewizji pokazywali, jak pijany bił żonę, a teraz mąż mnie bije")
    assert body == danger_open(app)


# -- the phone as a device -----------------------------------------------------------------------------

def test_a_phone_that_rang_asks_for_no_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "hours", "ojej, jak ten telefon zadzwonił, to aż podskoczyłam")
    assert body != card(app)
    assert body == say_in(post, app, "hours", "ojej, aż podskoczyłam")


def test_the_offices_phone_asked_for_is_still_the_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "jaki jest telefon do was") == card(app)


def test_device_did_reads_a_past_tense_other_than_byl():
    assert senses.device_did(["telefon", "mi", "się", "rozładował"], [("contact", 0, 1, 100.0)], "contact")
    assert not senses.device_did(["telefon", "był", "zajęty"], [("contact", 0, 1, 100.0)], "contact")
    assert not senses.device_did(["jaki", "telefon"], [("contact", 1, 2, 100.0)], "contact")


# -- "to wszystko" as what is to be done ---------------------------------------------------------------

def test_everything_to_be_done_is_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "syn potrzebuje, żeby ktoś mu doradził i pomógł to wszystko ogarnąć")
    assert body == item(app, "social_work", "info_social_work")


def test_that_is_all_is_still_the_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "to wszystko, dziękuję") == goodbye(app)
    closed = make_app(FRIDAY_EVENING)
    assert say_in(post, closed, LEAVE_WORD, "nie chcę nic zostawiać, do widzenia") == goodbye(closed)


# -- "nie o X, tylko o Y" ------------------------------------------------------------------------------

def test_a_matter_denied_for_another_is_not_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "to nie o opał ani nie o dzieci, tylko o zwykły zasiłek celowy")
    assert body == benefits_item(app)


def test_a_matter_after_nie_without_tylko_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie nie o opał mi chodzi") == heating(app)


# -- "tylko tak" is no "yes" --------------------------------------------------------------------------

def test_just_so_is_no_yes_at_the_read_back(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "callback", "ja tylko tak dzwoniłam, czy to działa")
    assert "callback_saved" not in body and body == say_in(post, app, "callback", "czy to działa")


def test_yes_at_the_read_back_still_confirms(make_app, post):
    app = make_app(TUESDAY_OPEN)
    confirmed = say_in(post, app, "callback", "tak")
    assert say_in(post, make_app(TUESDAY_OPEN), "callback", "tak, proszę dzwonić") == confirmed
    assert say_in(post, make_app(TUESDAY_OPEN), "callback", "ja tak myślę, że to ten numer") == confirmed


# -- what the office does, where it is after mass, someone who comes to help -------------------------

def test_what_the_office_deals_with_is_the_about_menu(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "a co wy właściwie załatwiacie, bo nie wiem") == about_menu(app)
    assert say_in(post, app, "main", "czy wy załatwiacie dowody osobiste") == not_understood(app)


def test_after_mass_is_a_time_not_the_church(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "gdzie jesteście, bo po mszy chciałam podejść") == card(app)
    assert say_in(post, app, "main", "o której jest msza") == not_understood(app)


def test_someone_to_come_and_help_at_home_is_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "czy jest ktoś, kto by przychodził pomagać mamie, bo ja pracuję")
    assert body == item(app, "care", "info_care")


# -- the hours or the address to be received on the phone -----------------------------------------------

@pytest.mark.parametrize("words", ["czy można godziny otwarcia dostać na telefon", "chciałabym dostać adres na komórkę"])
def test_hours_or_address_to_be_received_on_the_phone_are_the_sms(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "proszę wysłać esemesa z adresem")


def test_a_message_received_in_the_past_sends_nothing(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "dostałam na telefon wiadomość z godzinami")
    assert body == say_in(post, app, "main", "jakie są godziny")


def test_receiving_reads_an_infinitive_before_on_the_phone():
    assert senses.asked_to_receive_on_phone(["dostać", "te", "godziny", "na", "telefon"])
    assert not senses.asked_to_receive_on_phone(["dostałam", "na", "telefon"])
    assert not senses.asked_to_receive_on_phone(["dostać", "zasiłek", "i", "potem", "na", "telefon"])
