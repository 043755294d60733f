"""Text to its spoken form, per language, behind one interface: `for_language(code)`.

Polish (normalize.py and its rule modules): the rules the voices need (numbers, dates, hours,
abbreviations, phone numbers, Roman numerals, units, contacts), numerals inflected from the
SGJP dictionary (morfeusz2, in inflection.py), and the leftovers check staff are warned with
(review.py). Ukrainian: ukrainian.py, the same shape for the Ukrainian line's texts.

May import: ivr.common only.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Spoken:
    """One language's spoken form: review(text, acronyms) -> Review (spoken form and leftovers),
    normalize(text, acronyms) -> str, sentences(text, acronyms) -> list of spoken sentences."""

    code: str
    review: Callable
    normalize: Callable
    sentences: Callable


def for_language(code: str | None) -> Spoken:
    """The spoken form of a language ("pl", "uk"); Polish for an unknown or empty code."""
    if code == "uk":
        from ivr.spoken import ukrainian

        return Spoken("uk", ukrainian.review, ukrainian.normalize, ukrainian.sentences)
    from ivr.spoken.normalize import normalize, split_sentences
    from ivr.spoken.review import review

    return Spoken("pl", review, normalize, lambda text, acronyms=None: split_sentences(normalize(text, acronyms)))
