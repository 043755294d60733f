"""Rounds one hundred and forty-two to one hundred and forty-five of issue 23 (bench/fresh142: a new writer's people
afraid for someone else's life now; bench/fresh143: another given only the terse brief, keys and words mixed;
bench/fresh144: carers of a parent with dementia; bench/fresh145: another terse, reports in one breath, misheard).
Danger told by what a relative did or said (everything settled, a note left on the table, an engine running in the
garage, a mother-in-law gone out of the gate), a caller who wants to stop drinking. Played through the real /voice
webhooks with the near inputs that must not change. The sentences are these rounds' own phrasings of each kind, not
the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import takes_the_safety_route
from test_speech_rules import not_danger, same, say_in


@pytest.mark.parametrize("words", [
    "brat powiedział że już wszystko pozałatwiał i teraz nie odbiera",
    "wnuczka zostawiła kartkę na stole i wyszła",
    "chłopak w wodzie na stawie",
])
def test_danger_told_by_what_someone_did(make_app, post, words):
    assert takes_the_safety_route(make_app, post, "main", words)  # was not understood or another item


@pytest.mark.parametrize("node, words, moment", [
    ("contact", "a można tam zostawić taką kartkę znaczy wiadomość na tej sekretarce", FRIDAY_EVENING),
    ("main", "mąż siedzi w garażu i naprawia auto", TUESDAY_OPEN),
    ("about", "janek zamknij drzwi bo ciągnie", TUESDAY_OPEN),
])
def test_near_words_are_no_danger(make_app, post, node, words, moment):
    app = make_app(moment)
    assert not_danger(app, say_in(post, app, node, words))


def test_a_call_back_split_by_the_recogniser_is_still_a_call_back(make_app, post):
    assert same(make_app, post, "main", "niech ktoś do mnie od dzwoni jutro", "niech ktoś do mnie oddzwoni jutro",
                FRIDAY_EVENING)


def test_wanting_to_stop_drinking_is_the_addiction_item(make_app, post):
    assert same(make_app, post, "main", "ja chcę przestać pić gdzie mi pomogą", "alkohol")

