"""Issue 23, session eighteen (found by round fifty-four's helper, outside its set): a story from a screen or from long
ago, then "a u mnie", "a tu" and danger at the caller's own place, is danger now. Before, the screen's words made the
whole answer a story: "w telewizji mówili, że ktoś się przewrócił, a u mnie sąsiad leży od rana i się nie rusza" got the
safety question, not the 112 sentence. Played through the real /voice webhooks (exact TwiML for the safety route, open
and closed), beside the near inputs that must stay a story. The sentences are written for this test, no corpus row."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed

TURNED_TO_HERE = [
    "w telewizji mówili że ktoś się przewrócił a u mnie sąsiad leży na podwórku od rana i się nie rusza",
    "w serialu pokazywali jak mąż bije żonę a u nas za ścianą sąsiad bije swoją co wieczór",
    "w radiu mówili o pożarze a tutaj u sąsiadów dym idzie z okna",
    "dawno temu mąż mnie bił i to minęło a tu teraz zięć grozi że mnie zabije",
    "w wiadomościach była przemoc w rodzinie i u mnie w domu syn mnie bije",
]


@pytest.mark.parametrize("words", TURNED_TO_HERE)
def test_danger_at_the_callers_place_after_a_story_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", TURNED_TO_HERE[:2])
def test_after_hours_too(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "w telewizji pokazywali pożar a u nas wszystko dobrze",  # no danger at the caller's place
    "w serialu ją bił a u nas też kiedyś tak było ale już dawno",  # the turn itself told as over
    "w telewizji mówili że u nas we wsi ktoś leżał na mrozie",  # no turn: where the story happened
    "w filmie go pobili a u mnie to tylko kolano boli",  # nothing of danger after the turn
])
def test_a_story_with_the_callers_place_but_no_danger_now_stays_a_story(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))
