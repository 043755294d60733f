"""bench/understanding.py counts an answer right where the caller ends up where they wanted: the place itself, the main
menu's "again" for "back", and (session 14) an item asked for in that very item, read again ("repeat" by the reader).
Through the real webhooks: the item asked in its own node plays the same TwiML as "powtórz" there (but for the
repeat's mark for the next turn)."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from bench.understanding import Result, Utterance, _equivalent


def result(menu: str, expected: str, got: str) -> Result:
    return Result(Utterance(set="t", kind="pos", menu=menu, moment="open", text="x", expected=expected), got)


@pytest.mark.parametrize("menu", ["contact", "hours", "about", "benefits"])
def test_an_item_asked_in_itself_and_read_again_is_right(menu):
    assert _equivalent(result(menu, menu, "repeat"))


@pytest.mark.parametrize("menu,expected,got", [
    ("main", "contact", "repeat"),  # the main menu read again is no address
    ("contact", "hours", "repeat"),  # another item asked, this one read again
    ("hours", "danger", "repeat"),
    ("contact", "contact", "miss"),
    ("main", "main", "repeat"),  # no item "main": only the main menu's own rule
])
def test_other_places_are_not_made_right(menu, expected, got):
    assert not _equivalent(result(menu, expected, got))


def test_the_address_asked_in_the_address_item_sounds_as_powtorz_there(make_app, post):
    app = make_app(TUESDAY_OPEN)
    asked = post(app, "/voice/answer?node=contact", {"SpeechResult": "a jaki jest adres", "Confidence": "0.9"})
    again = post(app, "/voice/answer?node=contact", {"SpeechResult": "powtórz", "Confidence": "0.9"})
    # the same words and the same next question; "powtórz" only marks the repeat for the next turn (again=1)
    assert "<Say" in asked.get_data(as_text=True) and "again=1" in again.get_data(as_text=True)
    assert asked.get_data(as_text=True) == again.get_data(as_text=True).replace("&amp;again=1", "")
