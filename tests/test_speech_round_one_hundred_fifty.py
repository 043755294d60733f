"""Rounds one hundred and fifty to one hundred and fifty-three of issue 23 (bench/fresh150: a new writer's official
words half remembered; bench/fresh151: another given only the terse brief, answers to each submenu; bench/fresh152:
what is wanted said only at the end of a long story; bench/fresh153: another terse, the message or the call-back after
hours). "Nie mam jak dojechać" is the caller's own travel, not the way to the office; holiday wishes after thanks are
a goodbye; "słuch po niej zaginął" (no news of her) is no one missing now; a personal alarm ("teleopieka") is care at
home. Played through the real /voice webhooks with the near inputs that must not change. The sentences are these
rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import same


def test_no_way_to_get_there_is_no_question_of_the_way(make_app, post):
    words = "dzwonię bo chciałam zostawić dla pani ewy wiadomość że te papiery do zasiłku przyniosę w czwartek bo " \
        "wcześniej nie mam jak dojechać"
    assert same(make_app, post, "main", words, "chcę zostawić wiadomość", FRIDAY_EVENING)  # was the address card


def test_the_way_asked_is_still_the_address_card(make_app, post):
    assert same(make_app, post, "main", "jak mam do was dojechać", "adres")


def test_holiday_wishes_after_thanks_are_a_goodbye(make_app, post):
    assert same(make_app, post, "benefits", "to dziękuję bardzo i wesołych świąt", "dziękuję bardzo", CHRISTMAS_EVE)


def test_no_news_of_someone_for_years_is_no_danger(make_app, post):
    words = "córka wyjechała i słuch po niej zaginął a ja wychowuję wnuczkę osiemset plus"
    assert same(make_app, post, "benefits", words, "osiemset plus")  # was the safety route


def test_someone_gone_missing_now_is_still_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "syn zaginął od wczoraj nie wrócił")


def test_a_personal_alarm_is_care_at_home(make_app, post):
    assert same(make_app, post, "main", "czy gmina daje teleopiekę dla samotnych", "opieka w domu")
