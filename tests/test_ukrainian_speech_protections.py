"""Issue 33: the Ukrainian matcher has the Polish matcher's protections, through the real
/voice/answer webhook with lang=uk and exact TwiML: a danger word right after "не" does not
count ("п'є, але не б'є"), strict lists match by the word itself only (no near word starts the
safety route or names a day), and a person asked for by name is a person, never a topic."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_ukrainian_calls import HEAD, MOBILE, body, gather, say_uk, url

SPEECH = {"Confidence": "0.9"}


def said(post, app, words: str) -> str:
    return body(post, app, url(lang="uk"), MOBILE, SpeechResult=words, **SPEECH)


def pressed(post, app, key: str) -> str:
    return body(post, app, url(lang="uk"), MOBILE, Digits=key)


def not_understood(app) -> str:
    return gather(app, "uk", "main", say_uk(app, "not_understood") + say_uk(app, "menu_main"), miss=1)


def transfer(app) -> str:
    return HEAD + say_uk(app, "transfer") + '<Dial action="/voice/dial-done?rounds=0&amp;lang=uk"'


DANGER = '<Dial action="/voice/dial-done?rounds=0&amp;danger=1&amp;lang=uk"'


# -- a negation before a danger word ------------------------------------------------------------


def test_a_denied_danger_word_is_not_danger_but_the_topic_named(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # "the husband drinks, but does not beat": the addiction item, as key 4 gives it
    heard = said(post, app, "чоловік п'є, але не б'є")
    assert heard == pressed(post, app, "4") and DANGER not in heard


@pytest.mark.parametrize("words", ["я не боюся", "він ніколи не погрожував"])
def test_a_denied_danger_word_alone_is_not_understood_rather_than_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, words) == not_understood(app)


@pytest.mark.parametrize("words", ["чоловік мене б'є", "я боюся, він погрожує", "не знаю що робити, він б'є"])
def test_danger_said_plainly_still_takes_the_safety_route(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, words)
    assert heard.startswith(HEAD + say_uk(app, "danger") + say_uk(app, "transfer") + DANGER)


# -- strict lists: the word itself, never a near one ------------------------------------------------


@pytest.mark.parametrize("words", ["працівницький", "людинолюбство"])
def test_a_near_word_of_the_person_list_does_not_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, words) == not_understood(app)


def test_a_near_word_of_a_danger_word_does_not_start_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "голоднувато") == not_understood(app)  # no "голодна", by the word itself


def test_a_near_word_of_a_day_is_no_question_about_the_hours(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # "сьогоднішні" (today's) is no "сьогодні": not the hours item
    assert said(post, app, "сьогоднішні новини") == not_understood(app)
    assert said(post, app, "сьогодні") == pressed(post, app, "1")  # the day itself still is


def test_the_person_list_s_own_words_still_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "з'єднайте з працівницею").startswith(transfer(app))


# -- a person's name ---------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["з пані Оксаною", "можна з паном Тарасом", "пані Віра", "з пані Radzimska",
                                   "пані Годинська", "з паном Адресенко"])
def test_a_person_asked_for_by_name_is_a_transfer_never_a_topic(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, words).startswith(transfer(app))


def test_a_topic_word_without_a_title_before_it_is_still_the_topic(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "адреса") == pressed(post, app, "2")
