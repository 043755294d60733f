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
