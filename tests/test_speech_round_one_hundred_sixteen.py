"""Rounds one hundred and sixteen and one hundred and seventeen of issue 23 (bench/fresh116: a new writer's men calling
bluntly; bench/fresh117: another given only the terse brief, answers to the after-hours offer and the number read
back). At the read-back: another number said aloud is a number to type, a doubt taken back ("to telefon sąsiadki, ale
może być") is a yes, "jaki numer, nie dosłyszałam" asks the number again; a worker asked to talk with a relative is the
social workers' item; danger said as men and frightened grandmothers say it. Played through the real /voice webhooks
with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_rules import same, say_in

# -- the read-back (flow, CALLBACK; senses.number_dictated, senses.accepted_after_all) -------------------------------

OTHER = "nie to nie ten numer"  # the line's "type the number" step


@pytest.mark.parametrize("words", ["nie lepiej na komórkę córki pięćset sześć sto dwadzieścia trzy czterysta",
                                   "proszę na mój sześćset jeden dwieście dwa sto trzy"])
def test_another_number_said_aloud_is_a_number_to_type(make_app, post, words):
    assert same(make_app, post, "callback", words, OTHER, moment=FRIDAY_EVENING)  # was SMS, 800+ or not understood


def test_two_numbers_in_a_sentence_are_no_phone_number(make_app, post):
    assert not same(make_app, post, "callback", "dzwońcie między drugą a trzecią", OTHER, moment=FRIDAY_EVENING)


def test_a_doubt_taken_back_is_a_yes(make_app, post):
    assert same(make_app, post, "callback", "to telefon syna ale może być on mi przekaże", "tak",
                moment=FRIDAY_EVENING)  # was "type another number"


def test_a_doubt_said_last_is_still_another_number(make_app, post):
    assert same(make_app, post, "callback", "może być ale to telefon sąsiadki", OTHER, moment=FRIDAY_EVENING)


def test_which_number_not_heard_asks_the_read_back_again(make_app, post):
    assert same(make_app, post, "callback", "jaki numer nie dosłyszałam proszę powtórzyć", "proszę powtórzyć",
                moment=FRIDAY_EVENING)  # was the address card
    assert not same(make_app, post, "callback", "jaki numer nie dosłyszałam proszę powtórzyć", "adres i telefon",
                    moment=FRIDAY_EVENING)


# -- a worker asked to talk with a relative (senses.talk_with_another) -----------------------------------------------

def test_someone_to_talk_with_a_relative_is_social_work(make_app, post):
    assert same(make_app, post, "main", "chodzi o to żeby ktoś z mamą pogadał bo ona się zamknęła w sobie",
                "pracownik socjalny")  # was put through


@pytest.mark.parametrize("words", ["niech ktoś ze mną porozmawia", "czy ktoś porozmawia"])
def test_someone_to_talk_with_the_caller_is_still_a_person(make_app, post, words):
    assert "<Dial" in say_in(post, make_app(TUESDAY_OPEN), "main", words)


# -- danger as these callers said it (the word lists) ----------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "wnuczka wyszła na lód na rzece i jej nie widać",
    "sąsiadka mówi że dziecko nie może jej obudzić",
    "zięć wybił szybę i krzyczy że tu wejdzie",
    "powiem tylko że już dłużej nie dam rady",
])
def test_danger_said_by_these_callers(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_ones_own_illness_not_coping_long_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "rozchorowałam się i długo nie dam rady się nią opiekować") != danger_open(app)
