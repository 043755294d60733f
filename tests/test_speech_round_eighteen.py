"""Round eighteen of issue 23 (bench/fresh18): the general rules added for a new writer's callers (a deaf farmer, a
widow, a son, a Silesian speaker, a teenager, a man who has been drinking, a woman with a stammer, a bad line), each
played through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import check, heating, say_in

from ivr.call import senses


# -- danger: someone out in the cold (senses.out_in_the_cold) -------------------------------------------------

@pytest.mark.parametrize("words", [
    "tata siedzi na podwórku w samym szlafroku a jest minus osiem",
    "babcia od rana chodzi po ogrodzie a mróz straszny",
    "dziadek stoi w ogrodzie i nie chce wrócić do mieszkania a jest zimno",
])
def test_someone_out_in_the_cold_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_someone_out_in_the_cold_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "teściowa od godziny siedzi na tarasie w szlafroku a jest ziąb") \
        == danger_closed(app)


@pytest.mark.parametrize("words", [
    "stoję od rana na przystanku a jest mróz kiedy jesteście otwarci",  # the caller, not another
    "jest mróz a mama nie ma węgla od wczoraj",  # nobody outside: the coal
    "mama siedzi na balkonie od rana bo jest ciepło",  # no cold
    "jak jest mróz to dziadek nie siedzi na podwórku",  # denied
])
def test_cold_or_someone_outside_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_out_in_the_cold_reads_staying_outside_said_of_another():
    assert senses.out_in_the_cold("mama stoi na balkonie od godziny a mróz".split())
    assert senses.out_in_the_cold("dziadek leży na śniegu boso a zimno".split())
    assert not senses.out_in_the_cold("stoję na balkonie od godziny a mróz".split())  # the caller
    assert not senses.out_in_the_cold("mama stoi na balkonie a mróz".split())  # no time, clothes or refusal


# -- danger: someone not eating for days (senses.not_eating_for_days), a Silesian "niy" too ------------------

@pytest.mark.parametrize("words", [
    "ojciec od trzech dni nie je tylko pije wodę",
    "sąsiadka już drugi dzień nie chce jeść i nie wstaje",
    "starka niy chce jeść od przedwczoraj a doma zimno",
])
def test_someone_not_eating_for_days_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "babcia nie je mięsa od lat a potrzebuje obiadów",  # years, not days
    "dziecko nie chce jeść od rana",  # hours, not days
    "dziadek je co dwa dni ciepły obiad z waszej stołówki",  # no negation
])
def test_not_eating_for_hours_or_years_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_not_eating_for_days_reads_a_negation_and_days():
    assert senses.not_eating_for_days("mama od wczoraj nic nie jadła".split())
    assert senses.not_eating_for_days("ona niy chce jeść już dwa dni".split())
    assert not senses.not_eating_for_days("mama je od dwóch dni zupę".split())
    assert not senses.not_eating_for_days("nie je co dwa dni".split())
