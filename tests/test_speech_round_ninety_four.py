"""Rounds ninety-four and ninety-five of issue 23 (bench/fresh94: a new writer's gruff rural men and worn-out carers;
bench/fresh95: another given only the terse brief, callers who cannot talk freely: whispering, interrupted, talking
to someone in the room). A carer frightened of herself, a threat against two lives, someone left lying in a nappy,
hiding in the bathroom, shivering in a house gone cold; a goodbye said to someone in the room before a question; the
office's hours asked of "you" beside a shop; played through the real /voice webhooks with the near inputs that must
not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import HEAD, not_danger, same, say_in, says, understood_as_nothing
from test_speech_round_ten import danger_closed

UNSPOKEN_DANGER = [
    "wczoraj w nocy stałam nad nim z poduszką w rękach",  # was not understood
    "jak nikt nie przyjdzie to ja ją i siebie gazem",  # was not understood
    "ojciec leży w pampersie od rana i nikt nie przychodzi",  # was the care item
    "siedzę z dziećmi w łazience zamknięta bo on pijany",  # was not understood
    "w chałupie zimno węgla nie ma czym palić a matka leży i drży",  # was the heating item
]


@pytest.mark.parametrize("words", UNSPOKEN_DANGER)
def test_danger_said_without_its_words_takes_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "zabija mnie ten krzyż jak rąbię drzewo",  # the back that hurts, a saying
    "mąż nie daje rady teściowej ani przewinąć ani podnieść",  # care asked for, no one left lying
    "zimno w domu a nie mam na opał",  # a cold house, no one frail in it
])
def test_near_sayings_are_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_goodbye_said_to_someone_in_the_room_before_a_question_is_no_goodbye(make_app, post):
    assert same(make_app, post, "main", "zaraz już kończę mamo halo kiedy wypłacacie zasiłki", "zasiłki")  # was the
    # goodbye: the call ended
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "no to do widzenia już wiem kiedy przyjść") == (
        HEAD + says(app, "goodbye") + "<Hangup /></Response>")  # the time is known: still the farewell


def test_the_office_s_hours_asked_of_you_beside_a_shop_named(make_app, post):
    assert same(make_app, post, "main", "stoję w kolejce w sklepie do której dziś jesteście otwarci",
                "do której dziś jesteście otwarci")  # was not understood: another place's matter
    assert understood_as_nothing(make_app, post, "main", "do której jest otwarty sklep")


def test_a_house_number_asked_and_a_text_to_the_mobile(make_app, post):
    assert same(make_app, post, "main", "to na poznańskiej tak pod którym numerem", "adres")  # was not understood
    assert same(make_app, post, "contact", "niech to przyjdzie na komórkę jako wiadomość", "proszę o esemes")  # was
    # the message
