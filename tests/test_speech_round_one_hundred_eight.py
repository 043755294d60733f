"""Rounds one hundred and eight and one hundred and nine of issue 23 (bench/fresh108: a new writer's old village people
speaking in regional and old-fashioned Polish, with idioms, proud and ashamed to ask; bench/fresh109: another given
only the terse brief, answers of one to four words). "Sprał" is a beating; a winter that "will finish us off" is a
figure of speech; "jakiś grosz z opieki", "niech ktoś przekręci z powrotem", a key with "znaczy
się" or "mi pasuje", "mama sama", "numer dobry". Played through the real /voice webhooks with the near inputs that must
not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING
from test_speech_round_ten import danger_closed
from test_speech_rules import not_danger, same, say_in


def test_a_beating_said_sprał_takes_the_safety_route_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "on mnie wczoraj znowu sprał i mówi że wróci") == danger_closed(app)  # was not
    # understood


def test_a_winter_that_will_finish_us_off_is_a_figure_of_speech(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "hours", "ta zima nas wykończy mówię wam hehe")
    assert not_danger(app, body)  # was the safety route
    assert say_in(post, app, "main", "on mnie wykończy zaraz wróci z siekierą") == danger_closed(app)  # still danger


def test_a_penny_from_the_office_is_a_benefit(make_app, post):
    assert same(make_app, post, "about", "czy jakiś grosz z opieki się należy starym ludziom", "zasiłek",
                moment=FRIDAY_EVENING)  # was not understood


def test_ring_me_back_said_przekręci_is_the_call_back(make_app, post):
    assert same(make_app, post, "hours", "niech mi ktoś z rana przekręci z powrotem", "proszę oddzwonić",
                moment=FRIDAY_EVENING)  # was the SMS


def test_a_key_with_znaczy_sie_or_mi_pasuje(make_app, post):
    assert same(make_app, post, "about", "yyy trzy trójka znaczy się", "trzy")  # were not understood
    assert same(make_app, post, "about", "czwórka ta czwórka mi pasuje", "cztery")


def test_one_to_four_words(make_app, post):
    assert same(make_app, post, "about", "mama sama", "opieka w domu", moment=FRIDAY_EVENING)  # was not understood
    assert same(make_app, post, "callback", "numer dobry", "tak", moment=FRIDAY_EVENING)  # was not understood
