"""Round eleven of issue 23 (bench/fresh11): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood
from test_speech_round_nine import about_menu, benefits_item, danger_open
from test_speech_round_ten import danger_closed, no_danger
from test_speech_rules import LEAVE_WORD, check, dial, heating, item, say_in

from ivr.call import senses
from ivr.call.understand import Matcher


def line(app):
    return app.extensions["ivr"].line


# -- danger: the fields of this round ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "ojciec znowu pijany leje mamę w pokoju",
    "sąsiad po pijaku leje żonę, słychać krzyki",
    "brat powiedział, że weźmie wszystkie leki naraz",
    "ona chce łyknąć tabletki naraz",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_in_this_rounds_fields_after_hours_gives_the_helpline(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "babcia mówi, że połknie wszystkie lekarstwa") == danger_closed(app)


def test_rain_pouring_is_no_beating(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", "leje jak z cebra, nie dojdę dziś do was"))


@pytest.mark.parametrize("words", ["z głodu nie umrę, ale na opał nie starcza",
                                   "głodna nie chodzę, tylko rachunki za prąd mnie martwią"])
def test_not_dying_of_hunger_is_no_hunger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == heating(app)


def test_dying_of_hunger_said_without_nie_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie mam co jeść, z głodu umrę") == danger_open(app)


# -- "now" beside a screen -------------------------------------------------------------------------------

def test_a_now_right_after_a_screen_is_when_it_was_shown(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "w wiadomościach dziś mówili, że ktoś kogoś pobił, straszne")
    assert body == check(app)  # a long telling not understood: "is anyone in danger?", not the safety route
    assert no_danger(app, body)


def test_danger_after_a_later_now_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "w telewizji pokazywali przemoc, a dzisiaj mąż mnie pobił")
    assert body == danger_open(app)


# -- a refusal said after its word ---------------------------------------------------------------------

def test_a_refusal_after_its_word_refuses_it(make_app, post):
    app = make_app(FRIDAY_EVENING)
    callback = say_in(post, app, LEAVE_WORD, "proszę o telefon")
    assert say_in(post, app, LEAVE_WORD, "proszę o telefon, wiadomości nie trzeba") == callback
    body = say_in(post, app, LEAVE_WORD, "zostawię wiadomość, oddzwaniać nie trzeba")
    assert "<Record" in body and body == say_in(post, app, LEAVE_WORD, "zostawię wiadomość")


def test_an_infinitive_after_the_refusal_is_what_is_refused(make_app, post):
    app = make_app(FRIDAY_EVENING)
    callback = say_in(post, app, LEAVE_WORD, "proszę o telefon")
    assert say_in(post, app, LEAVE_WORD, "proszę oddzwonić, nie trzeba nagrywać") == callback


def test_postposed_refusals_in_the_matcher():
    matcher = Matcher({"message": ["wiadomość"], "callback": ["oddzwonić"]}, refusable=("message", "callback"))
    assert matcher.scores("oddzwaniać nie ma kto") == []
    assert matcher.scores("wiadomości nie potrzeba") == []
    assert [m.choice for m in matcher.scores("wiadomość nie trzeba nagrywać")] == ["message"]
    assert [m.choice for m in matcher.scores("wiadomość, nie trzeba")] == ["message"]  # a pause between
    assert [m.choice for m in Matcher({"message": ["wiadomość"]}).scores("wiadomości nie trzeba")] == ["message"]


# -- a verb in the past tense is no typo ----------------------------------------------------------------

def test_a_past_tense_of_another_verb_is_no_typo():
    matcher = Matcher({"sms": ["przesłać"]})
    assert matcher.scores("ja tyle przeszłam") == []
    assert [m.choice for m in matcher.scores("proszę przesłać")] == ["sms"]


def test_what_the_caller_went_through_asks_no_text_message(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "tyle przeszłam w życiu") == not_understood(app)


# -- whom to talk to about a matter ---------------------------------------------------------------------

def test_whom_to_talk_to_about_a_named_matter_is_that_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "wnuk chyba bierze narkotyki, z kim mogę porozmawiać")
    assert body == item(app, "addiction", "info_addiction")
    assert say_in(post, app, "main", "w sprawie opału z kim rozmawiać") == heating(app)


@pytest.mark.parametrize("words", ["chcę z kimś porozmawiać w sprawie opału", "z kim mogę porozmawiać"])
def test_someone_asked_for_or_whom_alone_is_still_a_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == dial(app, "transfer")


def test_whom_to_ask_reads_only_z_kim():
    spans = [("person", 3, 4, 100.0)]
    assert senses.whom_to_ask(["z", "kim", "mogę", "porozmawiać"], spans, "person")
    assert not senses.whom_to_ask(["chcę", "z", "kimś", "porozmawiać"], spans, "person")


# -- another office's money, what a benefit is for, the question at the end -----------------------------

@pytest.mark.parametrize("words", ["pytam o dopłaty z agencji rolnej", "zasiłek z krusu mi nie przyszedł"])
def test_money_from_another_office_is_that_offices_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_money_from_the_office_is_still_the_benefits(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "zasiłek z opieki mi nie przyszedł") == benefits_item(app)


def test_what_a_benefit_named_by_its_kind_is_for_is_the_benefit(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "chodzi mi o zasiłek okresowy na rachunki") == benefits_item(app)


@pytest.mark.parametrize("words", ["zasiłek na opał", "czy jest jakiś dodatek na ogrzewanie"])
def test_a_plain_benefit_or_an_allowance_for_heating_is_the_heating(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == heating(app)


def test_a_question_with_czy_at_the_end_of_a_story_is_what_is_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "mąż stracił pracę, ja chora, czy można dostać jakąś zapomogę")
    assert body == benefits_item(app)


def test_wondering_or_a_reason_leaves_the_question_at_the_end_unread(make_app):
    flow = line(make_app(TUESDAY_OPEN))
    assert flow._asked_at_end("main", "mama chora, czy jest jakiś zasiłek").choice == "benefits"
    assert flow._asked_at_end("main", "mama chora, nie wiem czy jest jakiś zasiłek") is None
    assert flow._asked_at_end("main", "mama chora, czy jest jakiś zasiłek, bo nie mam za co żyć") is None


# -- a test call, advice, what residents call about -------------------------------------------------------

def test_a_test_call_asks_for_nothing(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "dzwonię tylko sprawdzić, czy ten numer działa") == not_understood(app)
    assert say_in(post, app, "main", "tylko sprawdzam, czy jest jeszcze zasiłek celowy") == benefits_item(app)


def test_a_number_saved_in_ones_phone_is_no_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    card = say_in(post, app, "contact", "jaki jest numer telefonu")
    assert say_in(post, app, "contact", "wnuczka zapisała w telefonie wasz numer") != card


def test_someone_to_advise_what_to_do_is_social_work(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "potrzebuję kogoś, kto poradzi, co robić z synem")
    assert body == item(app, "social_work", "info_social_work")
    assert say_in(post, app, "main", "co wy robicie w ośrodku") == about_menu(app)


def test_the_worker_who_comes_and_helps_with_papers_is_social_work(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "about", "pani, która przychodzi do domu i pomaga w papierach")
    assert body == item(app, "social_work", "info_social_work")


def test_what_is_done_at_the_office_is_the_about_menu(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "contact", "jakie sprawy się u was załatwia") == about_menu(app)


def test_soup_is_a_meal(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czy jest gdzieś ciepła zupa dla starszych") == item(app, "food", "info_food")


def test_gambling_on_machines_is_an_addiction_and_a_broken_machine_is_not(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "mąż całymi dniami przesiaduje na automatach")
    assert body == item(app, "addiction", "info_addiction")
    assert say_in(post, app, "main", "zepsuł się automat") == not_understood(app)
