"""The caller-utterance corpus (bench/utterances.tsv) through the real webhooks."""
from __future__ import annotations

import pytest

from bench.understanding import accuracy, load_corpus, report, run


@pytest.fixture(scope="module")
def results():
    return run(load_corpus())


def test_the_corpus_is_big_varied_and_partly_held_out():
    corpus = load_corpus()
    assert len(corpus) >= 150
    assert sum(u.kind == "neg" for u in corpus) >= 30
    assert sum(u.set == "held" for u in corpus) >= 0.3 * len(corpus)
    assert {u.moment for u in corpus} == {"open", "closed", "holiday"}
    assert {"main", "about", "leave_word", "callback", "done", "hours"} <= {u.menu for u in corpus}


def test_at_least_95_percent_of_the_corpus_is_understood(results):
    assert accuracy(results) >= 0.95, report(results, show_held=True)


def test_no_negative_triggers_anything_it_does_not_mean(results):
    negatives = [r for r in results if r.utterance.kind == "neg"]
    assert accuracy(negatives) == 1.0, report(negatives, show_held=True)


def test_the_reader_tells_destinations_apart(results):
    # The bench must be able to fail: every destination it reads is one the corpus expects somewhere.
    got = {r.got for r in results}
    assert {"miss", "person", "message", "goodbye", "confirm", "callback", "sms", "repeat", "back", "hours"} <= got
