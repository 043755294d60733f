"""A memory for pure functions of short texts.

The word lists' thousands of entries are folded (and otherwise prepared) again each time a line is
built from the content: at every start, every content change, and in the tests, every app made.
A text up to SHORT characters (a word list's entry, a word) is remembered; a longer one (what a
caller said or a resident wrote) is computed anew, so the memory stays small whatever arrives."""
from __future__ import annotations

import functools
from typing import Callable

SHORT = 64  # characters: longer than any entry of a word list
REMEMBERED = 32_768  # texts per function: more than the word lists of every language together


def short_texts_remembered(function: Callable[[str], str]) -> Callable[[str], str]:
    """`function` with its results for short texts remembered (it must depend on the text alone)."""
    remembered = functools.lru_cache(maxsize=REMEMBERED)(function)

    @functools.wraps(function)
    def wrapper(text: str) -> str:
        return remembered(text) if len(text) <= SHORT else function(text)

    wrapper.cache_info = remembered.cache_info  # type: ignore[attr-defined]
    wrapper.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    return wrapper
