"""Session twenty-six and rounds one hundred and twenty-six and one hundred and twenty-seven of issue 23
(bench/fresh126: a new writer's older women afraid of someone in their own family; bench/fresh127: another given
only the terse brief, callers who correct themselves or ask two things at once). A clerk only named beside another
wish ("numer do pani Radzimskiej", "przyjdę do pani Kasi, do widzenia") is who the wish is about, not a person asked
for; what a caller says after correcting herself ("a właściwie", "a nie, wróćmy") is what she asks. Played through
the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of
each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import same, say_in


@pytest.mark.parametrize("node, words, reference", [
    ("main", "jaki jest numer telefonu do pani radzimskiej", "numer telefonu"),
    ("hours", "a gdzie siedzi ta pani kierownik na jakiej ulicy", "adres"),
    ("main", "wyślijcie mi esemesa z adresem do tej pani kierownik bo nie zapamiętam", "proszę o esemes"),
    ("hours", "dobrze to przyjdę do pani radzimskiej w poniedziałek dziękuję do widzenia",
     "dziękuję do widzenia"),
    ("main", "w czym mi może pomóc ta pani z ośrodka bo sąsiadka mi ją poleciła", "w czym pomaga ośrodek"),
])
def test_a_clerk_only_named_beside_a_wish_is_that_wish(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)  # was put through


@pytest.mark.parametrize("words", [
    "chciałabym porozmawiać z panią kierownik o godzinach",
    "czy jest pani ania bo chciałam zapytać o adres",
    "a z panią kierowniczką mogę bezpośrednio bo ja już trzeci raz dzwonię",
    "pani wiśniewska z ośrodka",
    "niech ktoś żywy odbierze bo nie rozumiem co pani mówi",
])
def test_a_clerk_asked_for_or_anyone_asked_for_is_still_put_through(make_app, post, words):
    assert "<Dial" in say_in(post, make_app(TUESDAY_OPEN), "main", words)


@pytest.mark.parametrize("node, words, reference, moment", [
    ("main", "ja chciałam wiedzieć czy wy dajecie ten opał a właściwie to w ogóle w czym wy pomagacie",
     "w czym pomaga ośrodek", TUESDAY_OPEN),
    ("leave_word", "zostawić wiadomość to może a nie wróćmy jednak do głównego menu", "do głównego menu",
     FRIDAY_EVENING),
])
def test_what_is_said_after_a_correction_is_asked(make_app, post, node, words, reference, moment):
    assert same(make_app, post, node, words, reference, moment)  # the first wish, or danger for "nie wróćmy"


@pytest.mark.parametrize("words, reference", [
    ("a czym wy się właściwie zajmujecie", "w czym pomaga ośrodek"),  # "właściwie" alone corrects nothing
    ("ja mam problem z piciem to znaczy mąż a właściwie to ja też i nie wiem gdzie się leczyć", "alkohol"),
])
def test_near_corrections_keep_their_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_someone_who_has_not_come_home_is_still_danger(make_app, post):
    assert takes_the_safety_route(make_app, post, "main", "mąż nie wrócił do domu od wczoraj")


@pytest.mark.parametrize("words", [
    "ja w sprawie dodatku na opał ale on mi zabrał leki od serca i nie odda dopóki nie podpiszę",
    "on mi komórkę rozbił dzwonię z budki i nie wiem czy mogę wracać do domu",
])
def test_medicine_taken_away_and_a_phone_smashed_are_danger(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)
