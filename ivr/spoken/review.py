"""What staff see before saving a text: its spoken form and every piece the rules
left unsaid, each with a short Polish suggestion.

One function, `review(text, acronyms)`, for every place that shows this: the
staff prompt and notice pages, `ivr say`, `ivr prompts check` and `ivr prompts build`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ivr.spoken.normalize import leftovers, normalize

__all__ = ["Leftover", "Review", "review", "suggestion"]


@dataclass(frozen=True)
class Leftover:
    text: str        # the piece as it stands in the spoken form, e.g. "XX" or "pok."
    suggestion: str  # what the clerk can do, in Polish


@dataclass(frozen=True)
class Review:
    spoken: str
    leftovers: tuple[Leftover, ...]

    @property
    def clean(self) -> bool:
        return not self.leftovers


_WRITE_OUT = "Proszę napisać to słowami albo podać wymowę w polu „Wymowa”."


def suggestion(piece: str) -> str:
    """A short Polish suggestion for one leftover piece."""
    return f"„{piece}”: {_WRITE_OUT}"


def review(text: str, acronyms: Mapping[str, str] | None = None) -> Review:
    """The spoken form of `text` and what in it the voice cannot say right."""
    spoken = normalize(text, acronyms) if text.strip() else ""
    return Review(spoken, tuple(Leftover(p, suggestion(p)) for p in leftovers(spoken)))
