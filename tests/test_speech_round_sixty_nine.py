"""Rounds sixty-nine and seventy of issue 23 (bench/fresh69, fresh70: new writers given only a terse brief, the menus as
heard and the destinations). The office named beside a matter (`Line._office_only_named`), and the new entries of the
word lists, played through the real /voice webhooks with the near inputs that must not change. The sentences are these
rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


@pytest.mark.parametrize("node, words, reference", [
    ("main", "chodzi mi o zasiłek z ośrodka", "zasiłek"),  # was the "what the office does" item
    ("about", "pytam o świadczenia pieniężne z ośrodka", "zasiłek"),  # was the about menu again
    ("main", "czy obiady wydajecie w ośrodku", "obiady"),
    ("main", "opiekunka z ośrodka dla mamy", "opiekunka"),
])
def test_the_office_named_beside_a_matter_is_the_matter(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("words, reference", [
    ("pomoc z ośrodka", "czym się zajmujecie"),  # only the office's words: what it does
    ("w czym pomaga ośrodek", "czym się zajmujecie"),  # a phrase of its own
])
def test_the_office_alone_is_still_what_it_does(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_a_threat_not_to_leave_the_house_alive_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "zięć mówi że jak wrócę do domu to stamtąd żywa nie wyjdę"
    assert say_in(post, app, "about", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("benefits", "syn dzwoni że się ze mną żegna i wyłączył telefon"),  # a farewell
    ("main", "zimno w chałupie a dziadek leży i już nic nie mówi"),  # lying, no longer speaking
])
def test_a_farewell_or_one_lying_silent_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "przepraszam pierwszy raz rozmawiam z maszyną i nie wiem jak",  # a remark about the machine
    "sąsiadka się ze mną pożegnała i poszła a ja pytam o obiady",  # "pożegnać się" in passing, no farewell for good
])
def test_a_remark_about_the_machine_or_a_neighbour_leaving_is_no_danger_nor_a_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert not_danger(app, body) and "<Dial" not in body


# -- session twenty, the lead's own probes of danger (not a writer's set): danger begun again after the past
# (senses.again_after_the_past), a plural "nie możemy jej dobudzić", pills of no name, barefoot in the frost --------

def test_danger_told_as_past_then_begun_again_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "w zeszłym roku mnie bił a teraz znowu zaczął"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "babcia zjadła jakieś tabletki i nie możemy jej dobudzić"),
    ("about", "dziecko sąsiadów chodzi boso po mrozie i płacze"),
    ("main", "kiedyś pił i bił a ostatnio znowu to samo"),
])
def test_pills_the_frost_and_violence_again_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w zeszłym roku mnie bił a teraz jest spokój i pytam o zasiłek",  # nothing again
    "lata temu mnie bił ale już dawno nie a teraz znowu pytam o zasiłek",  # the caller's own errand again
])
def test_the_past_with_peace_now_or_an_errand_again_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("node, words", [
    ("main", "ojciec jak wypije to do mamy z pięściami"),  # fists
    ("about", "on nigdzie mnie nie puszcza i zabrał klucze"),  # kept in
    ("main", "sąsiad od kilku dni się nie pokazuje a listy leżą w skrzynce"),  # unseen for days
    ("main", "w piecu coś syczy i czuć dziwny zapach"),  # gas or fumes
    ("contact", "dzwonię z ukrycia bo jak usłyszy że dzwonię to będzie źle"),  # calling in hiding
    ("main", "babcia mówi że to jej ostatnie święta i że to ostatnie święta w ogóle"),  # a farewell
])
def test_the_leads_second_probes_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w ostatnie święta byłam u córki a teraz pytam o zasiłek",  # last Christmas, no farewell
    "choroba trzyma mnie w domu potrzebuję opiekunki",  # kept home by illness
])
def test_last_christmas_or_illness_at_home_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_the_helpline_asked_for_after_hours_gives_112_and_the_helpline_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "jaki jest numer do niebieskiej linii") == danger_closed(app)
