"""Rounds one hundred and twenty and one hundred and twenty-one of issue 23 (bench/fresh120: a new writer's calls in a
busy home, the caller interrupted and talking to the room; bench/fresh121: another given only the terse brief, younger
callers in slang). A key said three times before a remark to the room is that key; someone "do opieki" is care; slang yeses at the read-back ("okej", "dokładnie ten") and
"callback"; "zabijcie mnie, ale …" and "zabiłem się z tym wnioskiem" are figures of speech. Played through the real
/voice webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind,
not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_rules import not_danger, same, say_in

# -- a key insisted on before a remark to the room (understand.Sayings._said_again_first) ----------------------------


@pytest.mark.parametrize("node, words, key", [
    ("benefits", "dwójka tak dwójka dwójka babcia mówi", "dwójka"),
    ("main", "zero zero no zero mówię przecież zosia cicho bądź", "zero"),
])
def test_a_key_insisted_on_before_a_remark_is_that_key(make_app, post, node, words, key):
    assert same(make_app, post, node, words, key)  # was not understood


@pytest.mark.parametrize("words", ["trzy trzy razy dzwoniłam", "dwa dwa tygodnie czekam"])
def test_a_stammered_count_is_no_key(make_app, post, words):
    assert not same(make_app, post, "main", words, words.split()[0])


# -- words of these rounds (the word lists) ----------------------------------------------------------------------------

def test_someone_to_look_after_grandfather_is_care(make_app, post):
    assert same(make_app, post, "about", "dziadek potrzebuje kogoś do opieki", "opieka w domu")  # was not understood


@pytest.mark.parametrize("words", ["no jasne numer jest okej", "dokładnie ten dzwońcie śmiało"])
def test_slang_yes_at_the_read_back(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


def test_callback_in_english_is_the_call_back(make_app, post):
    assert same(make_app, post, "main", "proszę o callback", "proszę oddzwonić", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "zabijcie mnie ale nie rozumiem tych papierów połączcie mnie z kimś",
    "zabiłam się z tym wnioskiem o zasiłek",
])
def test_figures_of_speech_of_killing_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_threat_on_a_condition_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie zabije jak nie dam mu pieniędzy") == danger_open(app)
