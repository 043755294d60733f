"""Words run together (round ten of the SMS line, issue 27): "czyjestesciejutroczynni" is
"czy jestescie jutro czynni". Some residents type a whole message without a space (a small
keyboard, a stiff finger, a space key that does not take); the line reads such a run of letters as
the most likely sequence of Polish words before it looks for anything in it.

The likelihood of a word is its frequency in Polish (wordfreq's Polish list, the most frequent of
its spellings with the Polish letters restored: "osrodka" is "ośrodka"); the split is the one whose
words are most likely together (the Viterbi path over unigram frequencies). A run is split only
when it is long (a real Polish word rarely has JOINED_LENGTH letters), is no word of the dictionary
itself (morfeusz2: "najserdeczniejsze" stays whole) and splits wholly into known words.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ivr.textline.script import is_polish_word

__all__ = ["JOINED_LENGTH", "load", "split_joined", "unjoin"]

# A run of Latin letters at least this long may be several words written together.
JOINED_LENGTH = 12
# A run this long is left as it is (each position tries LONGEST_WORD lengths: bounded work for a long text).
LONGEST_RUN = 80
LONGEST_WORD = 16
# Below this Zipf frequency (about once in 30 million words) a "word" is too rare to be written in an SMS.
RARE = 1.5
# A split into many short pieces is no Polish sentence but a word of another language or a name cut up
# ("peredzvonyty" is no "pe red z von y ty"): at least this many letters a word on average, and no one-letter
# word but Polish ones.
MEAN_LETTERS = 3.5
# Each word more costs this much besides its rarity: of two nearly as likely splits, the one of fewer words
# ("mąż mnie bije", not "ma z mnie bije").
WORD_COST = 0.5
ONE_LETTER_WORDS = frozenset("aiouwz")
RUN = re.compile(r"[a-ząćęłńóśźż]{%d,}" % JOINED_LENGTH, re.IGNORECASE)


WITHOUT_POLISH_LETTERS = str.maketrans("ąćęłńóśźż", "acelnoszz")


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """Polish words without their Polish letters -> the frequency of the likeliest of them ("osrodka": "ośrodka")."""
    import wordfreq

    folded: dict[str, float] = {}
    least = 10 ** (RARE - 9)
    for word, frequency in wordfreq.get_frequency_dict("pl").items():
        if frequency < least:
            continue
        key = word.translate(WITHOUT_POLISH_LETTERS)
        if frequency > folded.get(key, 0.0):
            folded[key] = frequency
    return folded


def load() -> None:
    """Read the frequency list now (about a second and 30 MB): a serving process does it as it starts,
    so that the first text with words run together does not wait for it (ivr serve, gunicorn's
    post_worker_init). Elsewhere (commands, tests) it is read when first needed."""
    _frequencies()


def _zipf(word: str) -> float | None:
    """The Zipf frequency of the likeliest Polish word written `word` (Polish letters or not), or None."""
    frequency = _frequencies().get(word.translate(WITHOUT_POLISH_LETTERS), 0.0)
    return math.log10(frequency) + 9 if frequency else None


def split_joined(run: str) -> list[str] | None:
    """The likeliest words `run` (lower-case letters) is made of, or None when it is not made of known words."""
    if len(run) > LONGEST_RUN:
        return None
    best: list[tuple[float, list[str]] | None] = [None] * (len(run) + 1)
    best[0] = (0.0, [])
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - LONGEST_WORD), end):
            if best[start] is None:
                continue
            zipf = _zipf(run[start:end])
            if zipf is None or zipf < RARE:
                continue
            cost = best[start][0] + 9 - zipf + WORD_COST  # -log10 of the word's probability, and a word more
            if best[end] is None or cost < best[end][0]:
                best[end] = (cost, [*best[start][1], run[start:end]])
    found = best[-1]
    if found is None or len(found[1]) < 2:
        return None
    words = found[1]
    if len(run) / len(words) < MEAN_LETTERS or any(len(w) == 1 and w not in ONE_LETTER_WORDS for w in words):
        return None
    return words


def unjoin(body: str) -> str:
    """The text with each long run of letters that is no word read as the words it is made of."""
    def split(match: re.Match) -> str:
        run = match.group(0)
        if match.start() > 0 and run[0].isupper() and run[1:].islower():
            return run  # a name inside the text ("w Sroslawnowie", "p. Adamczakowej")
        if is_polish_word(run) or _zipf(run.lower()) is not None:
            return run
        words = split_joined(run.lower())
        return " ".join(words) if words else run

    return RUN.sub(split, body)
