"""Round sixty-one of issue 23 (bench/fresh61): danger said by frightened, ashamed or confused older callers, beside talk
that only sounds close. Each reading is played through the real /voice webhooks (exact TwiML for the safety route),
beside the near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a threat that something will be done to the caller (senses.sixty_one_something_done_to_me) ------------------

def test_a_threat_reported_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "oni powiedzieli że jak wnuk nie odda pieniędzy to mnie coś zrobią i wrócą w nocy"
    assert say_in(post, app, "leave_word", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "ten pan z długami mówił że coś mi zrobi jak nie zapłacę"),
    ("benefits", "proszę pani oni mnie starej coś zrobią bo syn im winien"),
])
def test_something_to_be_done_to_me_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "on mi nic nie zrobi to dobry chłopak",  # denied
    "czy pani mi coś zrobi z tym wnioskiem o zasiłek",  # a matter arranged
])
def test_a_denial_or_a_matter_arranged_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- the word list's new entries (prompts/pl.toml [speech] danger) ------------------------------------------------

@pytest.mark.parametrize("words", [
    "synowa mnie z domu nie puszcza nawet do lekarza",  # kept at home
    "na korytarzu czuć gas a sąsiadka nie otwiera",  # "gaz" misheard
    "dzwoni ktoś w nocy i mówi że wie gdzie mieszkam",  # a threat by phone
    "mąż gaz odkręcił i poszedł spać a ja nie mogę zakręcić",  # gas left on
    "on zaraz wróci a ja nie mam gdzie iść z dziećmi",  # nowhere to go with the children
])
def test_kept_home_gas_a_threat_and_nowhere_to_go_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)
