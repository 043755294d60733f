"""Rounds one hundred and twenty-eight to one hundred and thirty-one of issue 23 (bench/fresh128: a new writer's
bystanders in a medical or household emergency; bench/fresh129: another given only the terse brief, clipped answers
misheard; bench/fresh130: neighbours and relatives calling about someone else; bench/fresh131: callers meeting an
automated line for the first time). "Nie chodziło mi o pomoc" is what a matter is about, not someone who cannot
walk; a letter to send is no text message; danger told by a bystander in new words; "nic nie widzę" while looking
for one's glasses is no sudden blindness. Played through the real /voice webhooks with the near inputs that must not
change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import not_danger, same, say_in, understood_as_nothing


def test_what_it_was_not_about_is_no_care(make_app, post):
    words = "nie chodziło mi o żadną pomoc tylko autobus nie przyjechał"
    assert understood_as_nothing(make_app, post, "main", words)


def test_someone_who_cannot_walk_is_still_care(make_app, post):
    assert same(make_app, post, "main", "tata już nie chodzi", "opieka w domu")


def test_a_letter_to_send_is_no_text_message(make_app, post):
    assert same(make_app, post, "about", "nie nie o pomoc nie chodziło tylko o adres ośrodka bo ja mam list wysłać",
                "adres")  # was the offer of a text message


def test_the_address_asked_to_be_sent_is_still_a_text_message(make_app, post):
    assert same(make_app, post, "main", "proszę wysłać mi adres", "proszę o esemes")


@pytest.mark.parametrize("words", [
    "stary sąsiad nie pali w piecu od kilku dni leży pod pierzyną i ledwo gada",
    "mama wyszła po chleb trzy godziny temu a ona nie pamięta drogi do domu",
    "wnuczek pisał do kolegi że jutro go już nie będzie",
    "ciotka leży zmoczona wody przy łóżku nie ma i woła pić",
])
def test_danger_told_by_a_bystander(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)  # was care, a repeat, or not understood


def test_lost_glasses_are_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "czekaj zosia gdzie są moje okulary bo ja tu nic nie widzę na tej kartce"
    assert not_danger(app, say_in(post, app, "main", words))

