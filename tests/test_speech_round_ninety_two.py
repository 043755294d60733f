"""Rounds ninety-two and ninety-three of issue 23 (bench/fresh92: a new writer's callers who hint at what is wrong
rather than name it; bench/fresh93: another given only the terse brief, callers who talk to the line as to a person at
the counter). Food withheld and a cellar threatened, things given away and farewells phoned round, lying unwashed and
unable to get up, a child in socks on the snow, "po co mam się dalej męczyć"; a plan told, then thanks, as the
farewell; a key followed by "będzie dla mnie"; played through the real /voice webhooks with the near inputs that must
not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import HEAD, gather, not_danger, say_in, says, understood_as_nothing
from test_speech_round_ten import danger_closed

HINTED_DANGER = [
    "zięć mi wczoraj jeść nie dał i dzisiaj też",  # was not understood
    "powiedziała że jak się poskarżę to mnie w piwnicy zamknie",  # was not understood
    "dziadek rozdał wszystkie swoje rzeczy i mówi że już go nie zobaczymy",  # was not understood
    "teściowa dzwoniła się żegnać do wszystkich",  # was the goodbye: the call ended
    "wszystko mi jedno po co mam się dalej męczyć",  # was not understood
    "z łóżka sama nie wstanę a nikt nie przychodzi",  # was not understood
    "mały stoi na dworze w samych skarpetkach",  # was not understood
]


@pytest.mark.parametrize("words", HINTED_DANGER)
def test_danger_hinted_at_takes_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "aż mnie krew zalewa jak sąsiad w niedzielę kosiarką jeździ",  # the saying, no blood
    "boimy się że nam nie wybaczy jak go oddamy do domu opieki",  # a worry about a decision, no fear of anyone
])
def test_the_sayings_near_hinted_danger_are_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


GOODBYE = HEAD + "{}<Hangup /></Response>"


@pytest.mark.parametrize("words", ["dobrze to ja przyjdę jutro z rana dziękuję", "to zadzwonię w poniedziałek dziękuję bardzo"])
def test_a_plan_told_then_thanks_ends_the_call(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == GOODBYE.format(says(app, "goodbye"))  # was not understood


def test_thanks_before_a_question_or_without_a_plan_is_no_farewell(make_app, post):
    app = make_app(TUESDAY_OPEN)
    contact = gather(app, "contact", says(app, "info_contact", "reserved_keys"))
    assert say_in(post, app, "hours", "przyjdę jutro dziękuję a gdzie to jest") == contact
    assert understood_as_nothing(make_app, post, "hours", "syn ma kłopot dziękuję")
    assert understood_as_nothing(make_app, post, "hours", "dobrze to ja przyjdę jutro z rana")


def test_a_key_then_it_will_do_for_me_is_that_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    addiction = gather(app, "addiction", says(app, "info_addiction", "reserved_keys"))
    assert say_in(post, app, "main", "to chyba ta czwórka będzie dla mnie") == addiction  # was not understood
    assert understood_as_nothing(make_app, post, "main", "będzie dla mnie")
