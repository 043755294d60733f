"""Words typed without their Polish letters (issue 28): "sie" for "się" and "ze" for "że" are said right
(a rule of normalize()); another word the dictionary knows only with one Polish letter ("przysluguje",
"odbedzie") is warned, since the voice would say it as written."""
from __future__ import annotations

import re

from ivr.spoken.inflection import readings

__all__ = ["polish_letters", "unpolished_words"]

_SIE = re.compile(r"(?<![\w-])sie(?![\w-])")
# "ze" is the preposition "z" before two consonants ("ze szkoły", "ze mną", "ze względu") and in "ze sobą";
# at a clause's start (after a comma) before a vowel or a consonant and a vowel ("Przypominamy, ze kolejne")
# it is "że" typed without its dot.
_ZE = re.compile(r"(?:(?<=,)|(?<=^))(?P<sp>\s*)(?P<z>[zZ])e(?=\s+(?P<next>[a-ząćęłńóśźż]{2,})(?![\w-]))", re.M)
_VOWELS = frozenset("aąeęioóuy")


def polish_letters(text: str) -> str:
    """"sie" -> "się"; "ze" before a vowel or a consonant and a vowel -> "że"."""
    if "sie" in text:
        text = _SIE.sub("się", text)
    if "ze " in text or "Ze " in text:
        text = _ZE.sub(lambda m: m["sp"] + ("Ż" if m["z"] == "Z" else "ż") + "e"
                       if (m["next"][0] in _VOWELS or m["next"][1] in _VOWELS) and m["next"] != "sobą" else m[0], text)
    return text


# Session twenty-one: a capitalised word too ("Zasilek celowy", "Swieto Trzech Kroli": were left unwarned).
_PLAIN = re.compile(r"(?<![\w.@/{-])[A-Za-z][a-z]{3,19}(?![\w@/}-]|\.\w)")  # not a placeholder: "{dzien}"
_POLISH_OF = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "żź"}
# At most this many unknown words of a text are tried letter by letter: the check's work stays bounded
# on long texts of nonsense (the bench's "roman and dots").
_MOST_TRIED = 12


def _known(word: str) -> bool:
    """Known as a word of its own: not an abbreviation, not unknown, not a name glued to a prefix
    ("odbedzie" read as "od" + the name "Beda")."""
    return any(r.pos not in {"ign", "brev", "romandig"} and not any(c.isupper() for c in r.lemma.split(":")[0][1:])
               for r in readings(word))


def unpolished_words(spoken: str) -> list[str]:
    """Words of the spoken form that are no words, but are with one Polish letter ("przysluguje")."""
    found: list[str] = []
    tried = 0
    for m in _PLAIN.finditer(spoken):
        word = m[0]
        lower = word.lower()
        if _known(word) or _known(lower) or (len(word) <= 5 and spoken[m.end():m.end() + 1] == "."):
            continue  # a short word before its period is an abbreviation ("Mies.", "godz."), warned as one
        tried += 1
        if tried > _MOST_TRIED:
            break
        if _one_letter_away(lower) or _two_letters_away(lower):
            found.append(word)
    return list(dict.fromkeys(found))


def _variants(word: str) -> list[str]:
    """The word with one of its letters in its Polish form ("zasilek" -> "ząsilek", …, "zasiłek", …)."""
    return [word[:i] + p + word[i + 1:] for i, c in enumerate(word) for p in _POLISH_OF.get(c, "")]


def _one_letter_away(word: str) -> bool:
    return any(_known(variant) for variant in _variants(word))


def _two_letters_away(word: str) -> bool:
    """Session twenty-one: two Polish letters left out ("swiadczen" for "świadczeń", "swieto" for "święto"); tried for
    words of six to twelve letters, so the work stays bounded and a short abbreviation ("godz", "mies") is not taken
    for a word two letters away."""
    if not 6 <= len(word) <= 12:
        return False
    return any(_known(twice) for once in _variants(word) for twice in _variants(once) if twice != word)
