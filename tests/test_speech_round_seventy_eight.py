"""Rounds seventy-eight and seventy-nine of issue 23 (bench/fresh78: a new writer's after-hours choices of a message, a
call-back or an SMS; bench/fresh79: another given only the terse brief). "Tak będzie lepiej" after a choice of the
line's (`senses.choice_better`), laundry hung (`senses.thing_hung`), a phone number dictated with "osiemset"
(`senses.eight_hundred_dictated`), one's own things looked for, "cofnij to wszystko" (`senses.said_with_infinitive`),
played through the real /voice webhooks with the near inputs that must not change. The sentences are these rounds'
own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in, understood_as_nothing
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def test_a_farewell_note_is_still_danger_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "napisał na kartce że przeprasza i tak będzie lepiej i wyszedł"
    assert say_in(post, app, "main", words) == danger_closed(app)


def test_hanging_oneself_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "chcę się powiesić") == danger_open(app)


@pytest.mark.parametrize("node, words", [
    ("callback", "nie oddzwaniajcie jednak zostawię wiadomość tak będzie lepiej"),  # a choice (was danger)
    ("hours", "taki wiatr że prania nie mogę powiesić"),  # laundry (was danger)
])
def test_the_better_choice_and_laundry_are_no_danger(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, node, words))


@pytest.mark.parametrize("node, words, moment", [
    ("main", "mój numer to sześćdziesiąt jeden osiemset siedemnaście", TUESDAY_OPEN),  # was 800+
    ("main", "czekaj gdzie moje okulary", FRIDAY_EVENING),  # was the address
])
def test_a_number_dictated_and_own_things_ask_nothing(make_app, post, node, words, moment):
    assert understood_as_nothing(make_app, post, node, words, moment)


@pytest.mark.parametrize("node, words, reference, moment", [
    ("callback", "nie oddzwaniajcie jednak zostawię wiadomość tak będzie lepiej", "zostawię wiadomość", FRIDAY_EVENING),
    ("main", "cofnij to wszystko od początku", "wróć", TUESDAY_OPEN),  # was goodbye
    ("leave_word", "wolę jak zadzwonicie", "proszę oddzwonić", FRIDAY_EVENING),  # was not understood
    ("main", "osiemset plus", "świadczenie na dziecko", TUESDAY_OPEN),  # the benefit: still asked
    ("main", "dziękuję to wszystko", "do widzenia", TUESDAY_OPEN),  # still the goodbye
])
def test_own_words_lead_where_the_plain_ones_do(make_app, post, node, words, reference, moment):
    assert same(make_app, post, node, words, reference, moment)
