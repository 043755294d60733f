"""The "Tak to powie głos" block of the editing pages: the spoken form of a text as typed,
before it is saved, and every piece the voice may say wrong (ivr.spoken.review).

A prompt's text may hold placeholders: the static ones ({adres}, {godziny}) get the
office's real values, the call-time ones ({godzina}, {kiedy}, {numer}, {dni}) an example,
named on the page, so the preview is a whole sentence as a caller hears it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Mapping

from ivr.call.catalogue import review_lines
from ivr.call.content import MAX_NOTICE_TEXT, MAX_TEXT, Content
from ivr.call.notices import ClosureRun, closure_days_text
from ivr.call.phrases import time_text
from ivr.common.callerid import written_groups
from ivr.common.polish import plural
from ivr.spoken.review import Leftover, Review

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
EXAMPLE_CALLER = "+48606902915"
# The flash message after saving a text that has warnings.
WARNED_SAVE = ("Głos może źle przeczytać niektóre fragmenty tekstu – są wymienione niżej, w części "
               "„Tak to powie głos”. Proszę je poprawić albo podać wymowę.")


def example_values(content: Content, prompt_id: str, today: date) -> dict[str, str]:
    """Call-time placeholder -> an example value, from the office's own hours, in the content's language."""
    hours = content.weekly[min(content.weekly)]
    language = content.language
    polish = language.code == "pl"
    tomorrow = "jutro" if polish else language.tomorrow
    examples = {
        "status_open": {"godzina": time_text(hours.closes)},
        "status_closed": {"kiedy": tomorrow, "godzina": time_text(hours.opens)},
        "status_closed_today": {"kiedy": tomorrow, "godzina": time_text(hours.opens)},
        "callback_number": {"numer": written_groups(EXAMPLE_CALLER) or ""},
        "callback_typed_number": {"numer": written_groups(EXAMPLE_CALLER) or ""},
        "callback_saved": {"kiedy": tomorrow},
        "closure": {"dni": (closure_days_text if polish else language.closure_days_text)([ClosureRun(today, today)])},
        "hours_day": {"dzien": "W czwartek" if polish else language.day_labels[3],
                      "od": time_text(hours.opens), "do": time_text(hours.closes)},
        "hours_day_closed": {"dzien": "W sobotę" if polish else language.day_labels[5]},
    }
    return examples.get(prompt_id, {})


def fill(text: str, values: Mapping[str, str]) -> str:
    """The placeholders with their values; an unknown one stays as typed (the form says why)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), text)


@dataclass(frozen=True)
class TooLong:
    """A text over its limit is not normalized (issue 34, N4: a pasted 400k characters took
    the workers down): the block says so instead. Shaped like a Review for the template."""
    length: int
    limit: int
    spoken: str = ""
    leftovers: tuple[Leftover, ...] = ()

    @property
    def clean(self) -> bool:
        return True

    @property
    def message(self) -> str:
        characters = plural(self.length, "znak", "znaki", "znaków")
        return (f"Tekst jest za długi, by sprawdzić wymowę: ma {self.length} {characters}, a może mieć "
                f"najwyżej {self.limit}. Proszę go skrócić.")


def _over(limit: int, *texts: str) -> TooLong | None:
    longest = max(len(text) for text in texts)
    return TooLong(longest, limit) if longest > limit else None


def prompt_review(content: Content, prompt_id: str, text: str, spoken: str,
                  examples: Mapping[str, str]) -> Review | TooLong:
    """What the voice makes of a prompt's fields as typed: the spoken form if given, else the text.
    Over the loader's limit (as typed, or with the placeholders filled) nothing is normalized."""
    too_long = _over(MAX_TEXT, text.strip(), spoken.strip())
    if too_long:
        return too_long
    source = fill(spoken.strip() or text, {**content.values, **examples})
    return _over(MAX_TEXT, source.strip()) or review_lines(source, content.acronyms, content.lang)


def notice_review(content: Content, text: str, spoken: str) -> Review | TooLong:
    """What the voice makes of a notice as typed (one paragraph, like the line says it);
    over the notice limit nothing is normalized."""
    too_long = _over(MAX_NOTICE_TEXT, text.strip(), spoken.strip())
    if too_long:
        return too_long
    reviewed = review_lines(spoken.strip() or text, content.acronyms, content.lang)
    return Review(reviewed.spoken.replace("\n", " "), reviewed.leftovers)


def advice(leftover: Leftover) -> str:
    """The suggestion without its leading „piece”: – the page shows the piece itself."""
    prefix = f"„{leftover.text}”: "
    return leftover.suggestion[len(prefix):] if leftover.suggestion.startswith(prefix) else leftover.suggestion
