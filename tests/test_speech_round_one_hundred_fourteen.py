"""Rounds one hundred and fourteen and one hundred and fifteen of issue 23 (bench/fresh114: a new writer's families with
children and grandparents raising grandchildren; bench/fresh115: another given only the terse brief, small talk first
and a clerk addressed by name). A clerk spoken to by name ("pani Krysiu, …") is not asked for; a verb of putting
through just before the person asks for the transfer beside an hour; "się" up to three words before "utopi" is a threat
to drown oneself; "tak, dziękuję" to the read-back books the call-back. Played through the real /voice webhooks with the near inputs that must not change. The sentences are
these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_rules import not_danger, same, say_in, understood_as_nothing


# -- a clerk spoken to by name (understand.called_by_name) -----------------------------------------------------------

def test_a_clerk_spoken_to_by_name_beside_a_matter_is_the_matter(make_app, post):
    words = "pani krysiu a ten dodatek węglowy to u was się składa"
    assert same(make_app, post, "main", words, "dodatek węglowy")  # was put through
    assert "<Dial" not in say_in(post, make_app(TUESDAY_OPEN), "main", words)


def test_small_talk_with_a_clerk_by_name_asks_for_nothing(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "dzień dobry pani jadziu co tam słychać u pani")


@pytest.mark.parametrize("words", ["chciałam z panią krysią porozmawiać", "czy pani jadzia jest dzisiaj"])
def test_a_clerk_asked_for_by_name_is_still_put_through(make_app, post, words):
    assert "<Dial" in say_in(post, make_app(TUESDAY_OPEN), "main", words)


# -- the verb of putting through before the person (senses.put_through_asked) ----------------------------------------

def test_put_through_asked_before_the_worker_beside_an_hour(make_app, post):
    body = say_in(post, make_app(TUESDAY_OPEN), "hours", "aha do piętnastej to niech mnie ktoś teraz połączy z "
                                                          "pracownikiem socjalnym")
    assert "<Dial" in body  # was the hours again


def test_when_one_can_be_put_through_is_still_the_hours(make_app, post):
    assert "<Dial" not in say_in(post, make_app(TUESDAY_OPEN), "hours", "do której można się połączyć z pracownikiem")


# -- "się" before "utopi" (senses.drowning_oneself) -------------------------------------------------------------------

def test_a_threat_to_drown_oneself_with_a_child_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "powiedziała że się z wnuczkiem utopi w rzece") == danger_open(app)


@pytest.mark.parametrize("words", ["człowiek się w papierach utopi czy jest jakiś zasiłek",
                                   "syn się w długach utopi"])
def test_drowning_in_papers_or_debts_before_the_verb_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a yes with thanks at the read-back (flow: the call-back booked) --------------------------------------------------

@pytest.mark.parametrize("words", ["tak tak dziękuję pani bardzo", "dobry numer dziękuję",
                                   "tak dziękuję nie trzeba nic więcej"])  # review: a "nie" after the yes too
def test_a_yes_with_thanks_books_the_call_back(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)  # was hung up on, nothing booked


def test_a_no_with_thanks_is_still_the_goodbye(make_app, post):
    assert same(make_app, post, "callback", "nie nie dziękuję", "do widzenia", moment=FRIDAY_EVENING)
