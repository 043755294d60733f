"""Round sixty-four of issue 23 (bench/fresh64): an ordinary matter asked with danger let slip in passing. The new
entries of the danger word list played through the real /voice webhooks beside a matter, and the near inputs that must
not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_a_parent_unreachable_beside_care_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "ja o opiekunkę dla taty ale od wczoraj nie mogę się do niego dodzwonić a mieszka sam"
    assert say_in(post, app, "about", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("benefits", "pytam o węgiel bo dzieci śpią w kurtkach a mróz taki"),  # a cold home with children
    ("about", "o te obiady dla mamy bo nikt do niej nie chodzi a ona nie wstaje"),  # left alone in bed
    ("about", "opieka dla ojca po udarze bo siedzi w fotelu i ręka mu zwisa"),  # a stroke now
])
def test_danger_let_slip_beside_a_matter_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nie mogę się do was dodzwonić od rana",  # the office not reached
    "chcę zamknąć drzwi bo ciągnie a opał drogi",  # a door, no one shut in
    "pralka mi leży w łazience zepsuta czy jest zapomoga",  # a thing lying in the bathroom
])
def test_the_office_unreachable_or_a_door_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- danger said with today's time, the past told after it (senses.sixty_four_today_before_past) --------------------

def test_a_threat_today_then_the_past_beside_a_matter_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "ja o tę komisję dla męża bo on pije a dzisiaj rano powiedział że mnie zabije a w zeszłym tygodniu mnie pobił"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "dzisiaj w telewizji mówili że ktoś kogoś pobił a ja o zasiłek pytam",  # the screen before the danger
    "w zeszłym tygodniu mnie pobił ale dzisiaj dzwonię o zasiłek",  # the past first, no danger said today
])
def test_the_screen_first_or_the_past_first_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))
