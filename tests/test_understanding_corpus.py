"""The caller-utterance corpora (bench/utterances.tsv, bench/heldout, bench/fresh, and
bench/blind once it is added; IVR_BENCH_SKIP_BLIND=1 leaves it out while tuning) through the
real webhooks."""
from __future__ import annotations

import pytest

from bench.understanding import BLIND, HELDOUT, accuracy, corpora, load_corpus, report, run


@pytest.fixture(scope="module")
def found():
    return corpora()


@pytest.fixture(scope="module")
def results(found):
    everything = run([u for corpus in found.values() for u in corpus])
    by_corpus, start = {}, 0
    for name, corpus in found.items():
        by_corpus[name] = everything[start:start + len(corpus)]
        start += len(corpus)
    return by_corpus


def test_the_corpora_are_big_varied_and_partly_held_out(found):
    corpus = load_corpus()
    assert len(corpus) >= 150
    assert sum(u.kind == "neg" for u in corpus) >= 30
    assert {u.moment for u in corpus} == {"open", "closed", "holiday"}
    assert {"main", "about", "leave_word", "callback", "done", "hours"} <= {u.menu for u in corpus}
    # Held-out rows, never tuned on: the first corpus's own and the issue-23 set (and the blind one).
    assert sum(u.set == "held" for u in corpus) >= 70
    assert sum(u.set != "dev" for c in found.values() for u in c) >= 140
    held = load_corpus(HELDOUT)
    assert len(held) >= 60 and {u.set for u in held} == {"held"}
    assert sum(u.expected == "danger" for u in held) >= 10


@pytest.mark.parametrize("name", ["first", "held-out", "fresh"])
def test_each_corpus_is_understood_at_95_percent_and_danger_always(found, results, name):
    rows = results[next(n for n in found if n.startswith(name))]
    assert accuracy(rows) >= 0.95, report(rows, show_held=True)
    danger = [r for r in rows if r.utterance.expected == "danger"]
    assert accuracy(danger) == 1.0, report(danger, show_held=True)


# The blind corpus is below issue 23's target (95 %, danger 100 %; the issue stays open): as
# measured on 2026-12-05 it is 264/281 with danger 26/27. This holds that level so no change
# makes it worse; its rows are never printed (they must not guide tuning).
BLIND_FLOOR, BLIND_DANGER_FLOOR = 264 / 281, 26 / 27


def test_the_blind_corpus_does_not_fall_below_its_measured_level(found, results):
    matching = [n for n in found if n.startswith("blind")]
    if not matching:
        pytest.skip("the blind corpus has not been added yet" if not BLIND.exists() else "left out (IVR_BENCH_SKIP_BLIND=1)")
    rows = results[matching[0]]
    danger = [r for r in rows if r.utterance.expected == "danger"]
    assert accuracy(rows) >= BLIND_FLOOR - 1e-9, f"blind corpus: {accuracy(rows):.1%} (rows not shown)"
    assert accuracy(danger) >= BLIND_DANGER_FLOOR - 1e-9, f"blind danger: {accuracy(danger):.1%} (rows not shown)"


def test_no_tuning_negative_triggers_anything_it_does_not_mean(results):
    negatives = [r for rows in results.values() for r in rows if r.utterance.kind == "neg" and r.utterance.set == "dev"]
    assert accuracy(negatives) == 1.0, report(negatives)


def test_nothing_starts_a_recording_during_opening_hours_unless_asked(results):
    unasked = [r for rows in results.values() for r in rows if r.unasked_recording]
    assert not unasked, report(unasked, show_held=True, show_blind=True)


def test_the_reader_tells_destinations_apart(results):
    # The bench must be able to fail: every destination it reads is one the corpus expects somewhere.
    got = {r.got for rows in results.values() for r in rows}
    assert {"miss", "person", "message", "goodbye", "confirm", "callback", "sms", "repeat", "back", "hours",
            "danger", "care", "heating", "child_benefit", "food"} <= got
