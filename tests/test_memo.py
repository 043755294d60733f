"""ivr.common.memo: short texts' results remembered, long texts' computed anew (the memory stays small)."""
from __future__ import annotations

from ivr.common.memo import REMEMBERED, SHORT, short_texts_remembered


def _counting():
    calls: list[str] = []

    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    return calls, short_texts_remembered(upper)


def test_a_short_text_is_computed_once_and_answered_the_same():
    calls, upper = _counting()
    assert [upper("zasiłek"), upper("zasiłek"), upper("opał")] == ["ZASIŁEK", "ZASIŁEK", "OPAŁ"]
    assert calls == ["zasiłek", "opał"]


def test_a_long_text_is_computed_every_time_and_never_kept():
    calls, upper = _counting()
    said = "dzień dobry proszę pani ja dzwonię w sprawie zasiłku dla mamy bo ona sama"  # what a caller says
    assert len(said) > SHORT
    assert upper(said) == upper(said) == said.upper()
    assert calls == [said, said]
    assert upper.cache_info().currsize == 0


def test_a_text_just_at_the_limit_is_remembered_one_over_it_is_not():
    calls, upper = _counting()
    upper("a" * SHORT), upper("a" * SHORT), upper("a" * (SHORT + 1)), upper("a" * (SHORT + 1))
    assert calls == ["a" * SHORT, "a" * (SHORT + 1), "a" * (SHORT + 1)]


def test_the_memory_is_bounded_however_many_short_texts_arrive():
    calls, upper = _counting()
    for number in range(REMEMBERED + 100):
        upper(f"słowo {number}")
    assert upper.cache_info().currsize == REMEMBERED
    upper("słowo 0")  # the oldest was let go: computed again
    assert calls.count("słowo 0") == 2


def test_the_folds_of_both_languages_answer_as_their_own_code():
    # The word lists' folds are remembered: each must still give exactly what the fold itself gives.
    from ivr.call.understand import fold
    from ivr.textline.ukrainian import fold_uk

    for text in ("Do KTÓREJ, 8:00?", "Zasiłek", "ą", "П’ятниця?", "ДО КОТРОЇ", "x" * (SHORT + 5)):
        assert fold(text) == fold.__wrapped__(text)
        assert fold_uk(text) == fold_uk.__wrapped__(text)
    assert fold("Do KTÓREJ, 8:00?") == "do ktorej"
    assert fold_uk("П’ятниця?") == "п'ятниця"
