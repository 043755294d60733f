"""Rounds ninety-six and ninety-seven of issue 23 (bench/fresh96: a new writer's callers in the Christmas and New Year
weeks; bench/fresh97: another given only the terse brief, teenagers and grandchildren calling for their grandparents).
A house gone cold around someone of a great age; "święta za pasem" and a dog lost when they fired on New Year's Eve
that are no danger; a young goodbye ("okej, ogarnięte, dzięki, to na razie"); played through the real /voice webhooks
with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import HEAD, not_danger, same, say_in, says
from test_speech_round_ten import danger_closed


def test_a_cold_house_around_someone_of_a_great_age_takes_the_safety_route_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "w piecu nie pali od wczoraj opału nie ma zimno a ojciec ma dziewięćdziesiąt lat"
    assert say_in(post, app, "main", words) == danger_closed(app)  # was the heating allowance


def test_a_great_age_without_a_cold_house_is_the_allowance(make_app, post):
    assert same(make_app, post, "main", "mama ma osiemdziesiąt lat i pyta o dodatek węglowy", "dodatek węglowy")
    assert same(make_app, post, "main", "zimno u nas a mama ma osiemdziesiąt dwa lata", "dodatek węglowy")  # no stove,
    # no fuel: the house's cold alone


def test_holiday_sayings_near_danger_words_are_no_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", "osiemset plus nie przyszło a święta za pasem"))  # was danger:
    # "pasem" (a belt)
    assert not_danger(app, say_in(post, app, "main", "pies mi uciekł jak w sylwestra strzelali"))  # was danger


def test_a_young_goodbye_ends_the_call(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "okej ogarnięte dzięki to na razie") == (
        HEAD + says(app, "goodbye") + "<Hangup /></Response>")  # was not understood


def test_the_line_called_recorded_starts_no_recording_while_open(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "serio to jakiś automat nagrany no nie wierzę")
    assert "<Record" not in body  # was a recording started during opening hours
    assert same(make_app, post, "leave_word", "chcę zostawić nagranie bo nie lubię automatu", "chcę zostawić wiadomość",
                moment=FRIDAY_EVENING)  # a message asked for, a machine named beside it: still the message
