"""The staff sentences written blind for issue 28 (bench/blind/spoken.tsv), held at their level of
2026-12-05: 84/150 said exactly as the writer would read them, 19 of the 66 others warned, 2
right ones warned (docs/spoken-form.md). Never printed: the rows must not guide tuning."""
from __future__ import annotations

import os

import pytest

from bench.normalize import BLIND, BLIND2, load_set, score_set

# Scored again after the titles, tonnes and decades (built from the judge's kinds, not the rows):
# 96 right; of the 54 others 40 unwarned (with the acronym endings and the fresh kinds of session 4). Held as "unwarned wrong ones at most": a warned wrong
# output that becomes right must not fail the test.
# After round five (session 7, 2026-12-06): 104 right, 40 unwarned wrong ones, 2 false warnings.
# After round six (session 9): 106 right, 39 unwarned wrong ones, 2 false warnings; after round seven 108, 38, 2.
RIGHT_FLOOR, UNWARNED_WRONG_CEILING, FALSE_WARNINGS_CEILING = 108, 38, 2
# The second blind set (bench/blind/spoken-2.tsv, 120 sentences by a writer beside round six, given only a brief of how
# clerks write and announcers read): before round six 33 right (78 the same words), 72 unwarned wrong ones, 0 false
# warnings; after it 33 right (83 the same words), 77 unwarned wrong ones (the same words: 29 before and after), 0 false
# warnings. Most of its exact misses differ in punctuation only, so the same-words figure is held too.
# After round seven: 34 right (86 the same words), 76 unwarned wrong ones (the same words: 25), 0 false warnings.
# After round eight (session 10, scored by the lead after the merge): 35 right (88 the same words), 75 unwarned wrong
# ones (the same words: 23), 0 false warnings; the first set unchanged (108 right, 38 unwarned, 2 false).
# After round nine: 36 right (89 the same words), 74 unwarned wrong ones (the same words: 22), 0 false warnings; the
# same after round ten; after round eleven (session 11): 37 right (90 the same words), 74 unwarned (the same words: 22).
# After round thirteen (session 14, scored by the lead after the merge): 38 right (92 the same words), 73 unwarned wrong
# ones (the same words: 20), 0 false warnings; the first set unchanged. After round fourteen: 39 right (93 the same
# words), 73 unwarned wrong ones (the same words: 20), 0 false warnings; the first set unchanged.
RIGHT2_FLOOR, SAME_WORDS2_FLOOR, UNWARNED_WRONG2_CEILING, FALSE_WARNINGS2_CEILING = 39, 93, 73, 0


def test_the_blind_staff_sentences_do_not_fall_below_their_measured_level():
    if not BLIND.exists() or os.environ.get("IVR_BENCH_SKIP_BLIND") == "1":
        pytest.skip("blind set absent or left out (IVR_BENCH_SKIP_BLIND=1)")
    result = score_set(load_set(BLIND))
    assert result["n"] == 150
    assert result["right"] >= RIGHT_FLOOR, f"blind spoken: {result['right']}/150 right (rows not shown)"
    unwarned = result["wrong"] - result["wrong_warned"]
    assert unwarned <= UNWARNED_WRONG_CEILING, f"blind spoken: {unwarned} wrong ones without a warning"
    assert result["false_warned"] <= FALSE_WARNINGS_CEILING, f"blind spoken: {result['false_warned']} false warnings"


def test_the_second_blind_set_does_not_fall_below_its_measured_level():
    if not BLIND2.exists() or os.environ.get("IVR_BENCH_SKIP_BLIND") == "1":
        pytest.skip("blind set absent or left out (IVR_BENCH_SKIP_BLIND=1)")
    result = score_set(load_set(BLIND2))
    assert result["n"] == 120
    assert result["right"] >= RIGHT2_FLOOR, f"blind spoken-2: {result['right']}/120 right (rows not shown)"
    assert result["words_right"] >= SAME_WORDS2_FLOOR, f"blind spoken-2: {result['words_right']}/120 the same words"
    unwarned = result["wrong"] - result["wrong_warned"]
    assert unwarned <= UNWARNED_WRONG2_CEILING, f"blind spoken-2: {unwarned} wrong ones without a warning"
    assert result["false_warned"] <= FALSE_WARNINGS2_CEILING, f"blind spoken-2: {result['false_warned']} false warnings"
