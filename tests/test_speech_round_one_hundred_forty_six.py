"""Rounds one hundred and forty-six to one hundred and forty-nine of issue 23 (bench/fresh146: a new writer's older
people in danger to their own life who say it in a resigned way; bench/fresh147: another given only the terse brief,
fire, gas, water and power described without naming the danger; bench/fresh148: children and teenagers; bench/fresh149:
another terse, someone not seen or reached). Danger said without its words (medicine stopped, pills heaped up, waiting
for the end, one's funeral paid, a child crying alone by the road, a car found in the ditch, water up to the knees,
black smoke from under the roof); kin called in the room ("mamo, ścisz") is no request to the line, until the caller
turns back with "halo". Played through the real /voice webhooks with the near inputs that must not change. The
sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import not_danger, say_in


@pytest.mark.parametrize("words", [
    "insuliny nie biorę już od tygodnia",
    "leżę pod pierzyną i czekam na koniec",
    "pogrzeb mam opłacony i garnitur naszykowany",
    "jak już będzie po wszystkim niech córka wie",
    "przy przystanku dziewczynka siedzi sama i płacze",
    "samochód w rowie a kierowcy nie ma",
    "w piwnicy woda po kolana",
    "u sąsiadki czarno dymi spod dachu",
])
def test_danger_said_without_its_words(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)  # was not understood or another item


@pytest.mark.parametrize("words", [
    "chcę z tym piciem skończyć gdzie mam iść",
    "w filmie dziecko się zgubiło w lesie zobacz",
])
def test_near_words_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_kin_called_in_the_room_is_no_request(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "benefits", "mamo ścisz ten telewizor bo nic nie słyszę")
    assert body != say_in(post, make_app(TUESDAY_OPEN), "benefits", "proszę powtórzyć")  # was a repeat


def test_turning_back_to_the_line_with_halo_still_asks(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "tato daj ja powiem halo czy mogę rozmawiać z kimś na żywo"
    assert "<Dial" in say_in(post, app, "main", words)
