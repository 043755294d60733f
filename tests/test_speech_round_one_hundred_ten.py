"""Rounds one hundred and ten and one hundred and eleven of issue 23 (bench/fresh110: a new writer's calls about
drinking, gambling and drugs in the family and the commission; bench/fresh111: another given only the terse brief,
callers phoning a second or third time). A drunk father who cannot be woken in a house gone cold and a drunk driver
with children are danger; a mother drinking alone at home, a neighbour's carols that are over, "grałem w telefonie",
"ten, co mam, nie odpowiada" are not; the same lady as last time; a message passed on to the social worker. Played
through the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import not_danger, same, say_in


def test_a_drunk_father_who_cannot_be_woken_and_a_drunk_driver_take_the_safety_route(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "ojciec pijany śpi nie idzie go dobudzić a dzieci marzną") == danger_closed(app)
    assert say_in(post, app, "main", "mój chłop wypił i wyjechał autem z dziećmi") == danger_closed(app)
    # were the heating item and the address item


def test_drinking_told_that_is_no_danger_now(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "mama pije sama w domu chcę jej pomóc wyjść z nałogu")
    assert not_danger(app, body)  # was the safety route ("sama w domu")
    assert same(make_app, post, "main", "mama pije sama w domu chcę jej pomóc wyjść z nałogu", "alkohol")
    assert say_in(post, app, "main", "dziecko zostało samo w domu") == danger_open(app)  # a child alone: still danger
    body = say_in(post, app, "main", "sąsiad pijany kolędy śpiewał ale już poszedł spać teraz cicho")
    assert not_danger(app, body)  # was the safety route


def test_gambling_on_the_phone_is_no_question_of_our_phone(make_app, post):
    assert same(make_app, post, "main", "mam długi przez hazard grałem w telefonie czy jest pomoc", "hazard")
    # was the address card


def test_our_number_that_does_not_answer_is_the_address_card(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "hours", "a jaki jest numer do ośrodka bo ten co mam nie odpowiada")
    assert not_danger(app, body)  # was the safety route ("nie odpowiada")
    assert same(make_app, post, "hours", "a jaki jest numer do ośrodka bo ten co mam nie odpowiada",
                "numer telefonu", moment=FRIDAY_EVENING)


def test_the_same_lady_as_last_time_is_a_person(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" in say_in(post, app, "about", "chciałabym z tą samą panią co ostatnio")  # was not understood


def test_a_message_passed_on_to_the_social_worker_is_the_message(make_app, post):
    assert same(make_app, post, "about", "chciałam przekazać pracownikowi socjalnemu że czwartek mi nie pasuje",
                "chcę zostawić wiadomość", moment=FRIDAY_EVENING)  # was the social work item
