"""Rounds one hundred and six and one hundred and seven of issue 23 (bench/fresh106: a new writer's very hard-of-hearing
callers and the relatives helping them; bench/fresh107: another given only the terse brief, working-age people in a
crisis: eviction, debts, a violent partner, a child on drugs). A family evicted into the frost with nowhere to sleep and
a son's head cut by a thrown plate are danger; "ludziom w kryzysie" asks what the office does; a wish that opens the
call is no goodbye; "jeszcze raz od początku" repeats; the head's phone asked after her title; a key shouted with "czy
pani słyszy"; "do tego dojdzie" is no way to the office. Played through the real /voice webhooks with the near inputs
that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import HEAD, not_danger, same, say_in, says, understood_as_nothing


def test_evicted_with_nowhere_to_sleep_and_a_head_cut_by_a_plate_take_the_safety_route(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "wyeksmitowali nas z dziećmi i nie mamy gdzie spać") == danger_closed(app)
    assert say_in(post, app, "hours", "rzucił talerzem w córkę i ma rozciętą głowę") == danger_closed(app)
    # were the address item and the addiction item


def test_people_in_crisis_in_general_ask_what_the_office_does(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "jaką pomoc daje ośrodek ludziom w kryzysie")
    assert not_danger(app, body)  # was the safety route
    assert same(make_app, post, "main", "jaką pomoc daje ośrodek ludziom w kryzysie", "w czym pomagacie")
    assert say_in(post, app, "main", "jestem w kryzysie") == danger_open(app)  # the caller's own: still danger


def test_a_wish_that_opens_the_call_is_no_goodbye(make_app, post):
    words = "wesołych świąt życzę zdrówka i tak sobie dzwonię bo sama siedzę"
    assert understood_as_nothing(make_app, post, "main", words, moment=FRIDAY_EVENING)  # was the goodbye: hung up
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "dziękuję życzę zdrowia do widzenia") == (
        HEAD + says(app, "goodbye") + "<Hangup /></Response>")  # a wish at the end: still the farewell


def test_once_more_from_the_beginning_repeats(make_app, post):
    assert same(make_app, post, "benefits", "teraz lepiej proszę jeszcze raz od początku", "proszę powtórzyć",
                moment=FRIDAY_EVENING)  # was back to the main menu
    assert same(make_app, post, "benefits", "wróćmy do początku", "powrót do menu głównego",
                moment=FRIDAY_EVENING)  # no request to repeat: back, as before


def test_the_heads_phone_asked_after_her_title_is_the_address_card(make_app, post):
    assert same(make_app, post, "hours", "a telefon do pani kierownik jaki jest", "numer telefonu")  # was put through
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" in say_in(post, app, "main", "telefon do kierowniczki")  # not asked what it is: as before


def test_a_key_shouted_with_can_you_hear_me(make_app, post):
    assert same(make_app, post, "main", "cztery mówię cztery głośno czy pani słyszy cztery", "cztery",
                moment=FRIDAY_EVENING)  # was a request to repeat


def test_it_came_to_this_is_no_way_to_the_office(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "wstydzę się że tu dzwonię nie myślałam że do tego dojdzie",
                                 moment=FRIDAY_EVENING)  # was the address item
    assert same(make_app, post, "main", "jak do was dojdę", "jak do was dojechać", moment=FRIDAY_EVENING)
