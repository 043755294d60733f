"""Rounds eighty and eighty-one of issue 23 (bench/fresh80: a new writer's callers whose Polish is not their first
language; bench/fresh81: another given only the terse brief, very old villagers). A call for help heard through the
wall, someone to talk with the family (`senses.someone_else_talks`), the caller's own phones
(`senses.phone_as_device`), the question "gdzie" said again at the end (`senses.where_own_past`), played through the
real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of
each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import same, say_in, understood_as_nothing
from test_speech_round_ten import danger_closed


def test_a_call_for_help_through_the_wall_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "sąsiadka za ścianą woła o pomoc i nie otwiera") == danger_closed(app)


@pytest.mark.parametrize("words, reference", [
    # someone to talk with the family, social work named: social work (was a person put through)
    ("syn nie chodzi do szkoły nie słucha ja nie daję rady potrzebuję żeby ktoś pomógł z rodziną porozmawiał",
     "pracownik socjalny"),
    ("niech ktoś ze mną porozmawia", "z kimś z ośrodka"),  # with the caller: still a person
    ("chcę porozmawiać z kimś", "z kimś z ośrodka"),  # still a person
])
def test_someone_to_talk_with_the_family_is_social_work(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("node, words, moment", [
    ("about", "czekaj gdzie ja te okulary położyłam no gdzie", TUESDAY_OPEN),  # was the address
    ("callback", "ja mam dwa telefony", FRIDAY_EVENING),  # was the address
])
def test_own_glasses_and_own_phones_ask_nothing(make_app, post, node, words, moment):
    assert not same(make_app, post, node, words, "adres", moment)


def test_the_office_asked_where_twice_is_still_the_address(make_app, post):
    assert same(make_app, post, "main", "a gdzie to jest no gdzie", "adres")
