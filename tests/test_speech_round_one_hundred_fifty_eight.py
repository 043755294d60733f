"""Rounds one hundred and fifty-eight to one hundred and sixty-one of issue 23 (bench/fresh158: danger told while
leaving word or a number after hours; bench/fresh159, given only the terse brief: health emergencies of the very old,
in village speech, beside health talk that is none; bench/fresh160: children in danger told by others; bench/fresh161:
danger played down and apologised for). Someone sent somewhere ("syna wyślę z papierami", "gdzie by go na terapię
wysłać") is no text message; "przepraszam, że tak mówię" is sorry for saying it, not "just saying"; a child barefoot
on the road, a child locked up with a swollen face, speech slurred, an arm that will not move, "nikt za mną nie
zapłacze" are danger. Played through the real /voice webhooks with the near inputs that must not change. The
sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING
from test_speech_round_forty_one import danger_said
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import same, say_in


def test_someone_sent_to_treatment_is_no_text_message(make_app, post):
    assert same(make_app, post, "about", "mąż pije gdzie by go na terapię wysłać", "mąż pije gdzie jest terapia")


def test_a_son_sent_with_the_papers_is_no_text_message(make_app, post):
    assert same(make_app, post, "main", "po świętach syna wyślę z papierami a jaki jest adres", "jaki jest adres")


def test_the_address_asked_to_be_sent_is_still_a_text_message(make_app, post):
    assert same(make_app, post, "main", "proszę wysłać mi adres bo syn przyjedzie", "proszę wysłać mi adres")


def test_sorry_for_saying_it_keeps_the_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "benefits", "nie mam co jeść przepraszam że tak mówię")


def test_just_saying_still_takes_the_words_back(make_app, post):
    assert not takes_the_safety_route(make_app, post, "benefits", "zabiję go ja tak tylko mówię")


@pytest.mark.parametrize("words", [
    "mały od sąsiadów chodzi boso po drodze",
    "matka ją zamyka a dzisiaj miała spuchniętą buzię",
])
def test_a_child_in_danger_told_by_others_is_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)


@pytest.mark.parametrize("words", ["mowa mi się plącze od pół godziny", "nie mogę prawą ręką ruszyć"])
def test_signs_of_a_stroke_after_hours_are_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert danger_said(app, say_in(post, app, "main", words))


def test_no_one_to_cry_for_the_caller_is_danger(make_app, post):
    app = make_app(CHRISTMAS_EVE)
    assert danger_said(app, say_in(post, app, "leave_word", "nikt za mną nie zapłacze"))


def test_not_at_home_tomorrow_in_a_message_is_still_the_message(make_app, post):
    assert same(make_app, post, "leave_word", "chcę zostawić wiadomość że jutro mnie nie będzie w domu",
                "chcę zostawić wiadomość", FRIDAY_EVENING)


def test_a_text_message_to_a_son_is_still_a_text_message(make_app, post):
    # the message named beside the son ("esemesa"): not a son sent anywhere
    assert same(make_app, post, "main", "wyślijcie esemesa do syna z adresem", "wyślijcie esemesa z adresem")
