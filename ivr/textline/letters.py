"""Polish letters restored in a word written without them (round eleven, issue 27): "powiesze sie" is
"powieszę się" when morfeusz2 knows no word "powiesze" and its spellings with Polish letters are forms of one
word ("powieszę": "powiesić").

Most residents text without Polish letters; the matcher's lemma tier needs the dictionary's word, so a
danger said in a form no list holds ("powiesze sie", "zabije sie") would be missed. The text line reads
danger on the restored text too (ivr.textline.replies, `Rules.restore_letters`); the other topics are
read as before."""
from __future__ import annotations

import re
from functools import lru_cache

from ivr.spoken.inflection import readings
from ivr.textline.script import MAX_POLISH_SPELLINGS, MAX_WORD, POLISH_LETTERS

__all__ = ["restore_letters", "restored_word"]

# Words this short are left as written: too many of them are several words with Polish letters ("sie").
SHORTEST = 4


def _known(word: str) -> bool:
    return any(r.pos != "ign" for r in readings(word))


def polish_spellings(word: str) -> list[str] | None:
    """Every spelling of a word typed without Polish letters ("zadzwon": "zadzwon", "zadzwoń", "ządzwon", ...), the
    word itself among them; None when there would be more than MAX_POLISH_SPELLINGS."""
    made = [""]
    for letter in word:
        made = [m + c for m in made for c in POLISH_LETTERS.get(letter, letter)]
        if len(made) > MAX_POLISH_SPELLINGS:
            return None
    return made


def _lemmas(word: str) -> frozenset[str]:
    return frozenset(r.lemma for r in readings(word) if r.pos != "ign")


@lru_cache(maxsize=20_000)
def restored_word(word: str) -> str:
    """The one dictionary spelling of a lower-case ASCII word with Polish letters, or the word as written
    (known as written, too short or long, none or several spellings known)."""
    if not word.isascii() or not word.isalpha() or not SHORTEST <= len(word) <= MAX_WORD or _known(word):
        return word
    made = polish_spellings(word)
    if made is None:
        return word
    found = [(spelling, _lemmas(spelling)) for spelling in made if spelling != word and _known(spelling)]
    if not found:
        return word
    # several spellings of one word ("dziękuje", "dziękuję"; "powieszę" and "powieś-że"): the one that is a
    # form of the lemma all of them share; spellings of different words ("kąt", "kat") stay unread
    shared = frozenset.intersection(*(lemmas for _, lemmas in found))
    return next((spelling for spelling, _ in found), word) if shared else word


def restore_letters(text: str) -> str:
    """The text with each word written without Polish letters restored where only one spelling is a word."""
    def restore(match: re.Match) -> str:
        token = match.group(0)
        restored = restored_word(token.lower())
        return token if restored == token.lower() else restored

    return re.sub(r"[A-Za-z]+", restore, text)
