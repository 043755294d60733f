"""Rounds one hundred and seventy-four to one hundred and seventy-seven of issue 23 (bench/fresh174: the read-back of
the number and leaving word; bench/fresh175, given only the terse brief: a message or a call-back thought aloud;
bench/fresh176: widows and widowers alone in winter; bench/fresh177, given only the terse brief: angry callers). A
message or a call-back put off until another matter is heard ("najpierw … a potem zostawię wiadomość", "zanim poproszę
o oddzwonienie, …") starts no recording and saves no call-back: the other matter is read; danger lasting "od zeszłej
zimy" (since then) is danger now; a mouth dropped on one side is a stroke. Played through the real /voice webhooks with
exact TwiML where it matters, and with the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import same, say_in


def test_a_message_put_off_until_the_benefits_starts_no_recording(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "najpierw posłucham o zasiłkach a potem może zostawię wiadomość")
    assert "<Record" not in body
    assert same(make_app, post, "main", "najpierw posłucham o zasiłkach a potem może zostawię wiadomość",
                "o zasiłkach")


def test_a_call_back_put_off_until_the_office_is_told_is_the_office(make_app, post):
    assert same(make_app, post, "main", "zanim poproszę o oddzwonienie to chcę wiedzieć w czym wy pomagacie",
                "w czym wy pomagacie")


@pytest.mark.parametrize("words,reference", [
    ("najpierw zostawię wiadomość", "zostawię wiadomość"),  # no "potem": asked now
    ("zanim zapomnę proszę o oddzwonienie", "proszę o oddzwonienie"),  # the request after the clause
    ("najpierw posłucham a potem zostawię wiadomość", "zostawię wiadomość"),  # nothing else heard
])
def test_a_message_or_call_back_asked_now_is_unchanged(make_app, post, words, reference):
    assert same(make_app, post, "leave_word", words, reference, moment=FRIDAY_EVENING)


def test_a_text_message_after_the_hours_is_still_the_text_message(make_app, post):
    assert same(make_app, post, "main", "najpierw godziny a potem esemes z adresem", "esemes z adresem")


def test_danger_lasting_since_last_winter_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main",
                                  "sąsiad od zeszłej zimy siedzi w zimnym domu i nic nie je")


def test_danger_of_last_winter_told_as_over_is_still_no_danger(make_app, post):
    assert not takes_the_safety_route(make_app, post, "main", "zeszłej zimy nic nie jadł a teraz już dobrze")


def test_a_mouth_dropped_on_one_side_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "tacie usta opadły z jednej strony")
