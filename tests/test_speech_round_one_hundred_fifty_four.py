"""Rounds one hundred and fifty-four to one hundred and fifty-seven of issue 23 (bench/fresh154: long life stories
with the need in the middle and a courtesy last; bench/fresh155: fear said quietly, given only the terse brief;
bench/fresh156: speech heard badly, words broken apart; bench/fresh157: nights, Sundays and holidays in trouble). A
word the recogniser broke anywhere is one word again; the hours asked before "bo" of "you" or impersonally are the
hours; a hedge before "he is joking" is doubt, so the danger stands; a wish or a greeting after a question ends the
telling, the question is answered; a name inside the message ("nagra, że Stanisław Nowak pyta") is no one asked for;
a hand that "flew", a pillow pressed, being locked in a room are danger. Played through the real /voice webhooks with
the near inputs that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING
from test_speech_round_forty_one import danger_said
from test_speech_round_nine import goodbye, takes_the_safety_route
from test_speech_rules import same, say_in, understood_as_nothing


def test_a_word_broken_anywhere_is_one_word_again(make_app, post):
    assert same(make_app, post, "main", "czy są jeszcze pacz ki na święta", "czy są jeszcze paczki na święta")
    assert same(make_app, post, "leave_word", "chcę zosta wić wiado mość", "chcę zostawić wiadomość", FRIDAY_EVENING)


def test_two_words_that_together_are_no_word_of_the_lists_stay_apart(make_app, post):
    # "pani ki": "paniki" is a word of the dictionary, of no list; nothing asked either way
    assert understood_as_nothing(make_app, post, "main", "ma pani ki")


def test_the_hours_asked_impersonally_before_a_reason_are_the_hours(make_app, post):
    assert same(make_app, post, "about", "od której się przyjmuje bo ja autobusem jadę", "od której się przyjmuje",
                FRIDAY_EVENING)


def test_another_office_s_hours_before_a_reason_are_not_the_office_s(make_app, post):
    assert not same(make_app, post, "main", "do której jest otwarty urząd gminy bo muszę podatek zapłacić",
                    "od której się przyjmuje")


def test_a_hedge_before_a_joke_keeps_the_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "hours", "mąż mówi że mnie zabije on chyba żartuje ale ja nie śpię")


def test_a_threat_told_as_a_joke_is_still_no_danger(make_app, post):
    assert not takes_the_safety_route(make_app, post, "hours", "mąż mówi że mnie zabije ale to żartem")


def test_a_wish_after_a_question_answers_the_question(make_app, post):
    assert same(make_app, post, "main", "czy gmina daje dodatek na opał a tak to wszystkiego najlepszego",
                "czy gmina daje dodatek na opał")


def test_a_greeting_after_what_is_known_or_a_farewell_is_still_a_goodbye(make_app, post):
    app = make_app()
    assert say_in(post, app, "main", "o dodatek na opał to już wiem pozdrawiam") == goodbye(app)
    assert say_in(post, app, "main", "dobrze to przyjdę po ten dodatek na opał do widzenia") == goodbye(app)


def test_a_name_inside_the_message_is_no_one_asked_for(make_app, post):
    assert same(make_app, post, "leave_word", "niech pani nagra że stanisław nowak pyta o węgiel",
                "niech pani nagra wiadomość", FRIDAY_EVENING)


def test_a_person_asked_for_by_name_while_leaving_word_is_still_put_through(make_app, post):
    assert not same(make_app, post, "leave_word", "chcę rozmawiać ze stanisławą nowak", "niech pani nagra wiadomość",
                    FRIDAY_EVENING)


def test_a_blow_said_as_a_hand_that_flew_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "contact", "dzisiaj mu ręka poleciała ale to nic")


def test_a_pillow_pressed_at_night_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "hours", "syn mówi że mnie w nocy poduszką przyciśnie")


def test_locked_in_a_room_is_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "ona mnie dzisiaj zamknęła w pokoju i pojechała")


def test_locked_in_a_room_is_danger_on_a_holiday_too(make_app, post):
    app = make_app(CHRISTMAS_EVE)
    assert danger_said(app, say_in(post, app, "callback", "ona mnie dzisiaj zamknęła w pokoju i pojechała"))
