"""Issue 33: a text with no letter in it ("👍", "?", "🙏🙏") does not say its writer's language, so the line answers it
in the language of the sender's number, as a call from that number starts: Ukrainian from a +380 number (when the
office answers numbers abroad and the Ukrainian line is offered), Polish from any other. A text with letters is
answered in the language it is written in, whatever the number. Through the real /sms webhook, exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_ten import MENU as MENU_PL
from test_sms_round_ten import THANKS as THANKS_PL
from test_sms_uk import HOURS_OPEN, MENU, THANKS, post_sms
from ivr.textline.script import wordless

UKRAINIAN_NUMBER = "+380501234567"
POLISH_NUMBER = "+48606902915"


@pytest.mark.parametrize("body", ["👍", "🙏🙏🙏", "❤️❤️", "👍👍 !"])
def test_thanks_without_words_from_a_ukrainian_number_is_answered_in_ukrainian(make_app, body):
    app = make_app(TUESDAY_OPEN, callback_international=True)
    assert post_sms(app, body, UKRAINIAN_NUMBER) == [THANKS]
    assert post_sms(app, body, POLISH_NUMBER) == [THANKS_PL]


@pytest.mark.parametrize("body", ["?", "???", "...", "112?"])
def test_a_text_without_words_from_a_ukrainian_number_gets_the_ukrainian_menu(make_app, body):
    app = make_app(TUESDAY_OPEN, callback_international=True)
    assert post_sms(app, body, UKRAINIAN_NUMBER) == [MENU]
    assert post_sms(app, body, POLISH_NUMBER) == [MENU_PL]


@pytest.mark.parametrize("body", ["Dziękuję bardzo", "👍 dziękuję", "ok"])
def test_a_polish_text_from_a_ukrainian_number_stays_polish(make_app, body):
    # written in Polish (letters): answered in Polish, the number does not change it
    assert post_sms(make_app(TUESDAY_OPEN, callback_international=True), body, UKRAINIAN_NUMBER) == [THANKS_PL]
    [hours] = post_sms(make_app(TUESDAY_OPEN, callback_international=True), "godziny?", UKRAINIAN_NUMBER)
    assert hours.startswith("Teraz otwarte do 15:00.")


def test_a_ukrainian_text_from_a_polish_number_stays_ukrainian(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "години?", POLISH_NUMBER) == [HOURS_OPEN]


def test_without_uk_toml_a_wordless_text_from_a_ukrainian_number_is_answered_in_polish(make_app, content_dir):
    (content_dir / "uk.toml").unlink()  # Ukrainian not offered: the line answers in Polish, never an error
    assert post_sms(make_app(TUESDAY_OPEN, callback_international=True), "👍", UKRAINIAN_NUMBER) == [THANKS_PL]


def test_a_failure_on_a_wordless_text_is_apologised_for_in_the_number_s_language(make_app, monkeypatch):
    app = make_app(TUESDAY_OPEN, callback_international=True)
    monkeypatch.setattr(app.extensions["ivr"].textlines.lines["uk"], "answer", lambda *args: 1 / 0)
    assert post_sms(app, "👍", UKRAINIAN_NUMBER) == [
        "Вибачте, сталася тимчасова проблема. Спробуйте ще раз за кілька хвилин."]


@pytest.mark.parametrize("body,expected", [
    ("👍", True), ("?", True), ("112 ???", True), ("🙏🙏", True), ("", True),
    ("ok", False), ("ГОДИНИ", False), ("a?", False), ("ё", False), ("ą!", False),
])
def test_wordless_means_no_letter_of_any_alphabet(body, expected):
    assert wordless(body) is expected
