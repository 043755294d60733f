"""Checks of a spoken form's grammar where the rules guessed: a number said in a case its
preposition never takes, or a title whose gender the name after it contradicts.

These read the SPOKEN form (what the voice will say), so they catch a wrong case whatever
rule produced it, including a digit no rule recognised and left in the nominative. Each piece
is returned as it stands in the spoken form, once, in order (see review.review).
"""
from __future__ import annotations

import re

from ivr.spoken.inflection import governed_cases, readings

__all__ = ["stray_places", "stray_periods", "unsure_agreement", "unsure_titles"]

# Prepositions that never take the nominative or the accusative: a cardinal after them must be
# declined ("do osiemnastu", "z trzema"); "dwa", "pięć", "sto" there is a case the rules left.
# ("przed", "między" take the accusative only of a place one goes to, never of a number.
# "na", "za", "w", "o", "po", "przez", "pod", "nad", "ponad" take the
# accusative too, "po pięć złotych", "w dwa tygodnie", so they are left out; so is "około", also an
# adverb: "wzrosną o około pięć procent".)
_NOT_ACCUSATIVE = frozenset(
    "z ze od do dla bez przy u wśród spośród według oprócz zamiast dzięki ku wobec obok podczas "
    "sprzed spod znad powyżej poniżej przed między pomiędzy".split())
# Nouns whose amount is in the genitive: "w wysokości pięciuset złotych", "o wartości dwustu złotych".
_AMOUNT_IN_GENITIVE = frozenset("wysokości kwocie kwoty wartości cenie ceny koszcie kosztu sumie sumy".split())
# Cardinals in the nominative (and accusative), never another case.
_NOMINATIVE_CARDINALS = frozenset(
    "zero jeden jedna jedno dwa dwie dwaj trzy trzej cztery czterej pięć sześć siedem osiem dziewięć dziesięć "
    "jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście "
    "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt "
    "sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset tysiąc tysiące".split())
# The stems of ordinals up to the hundreds, to tell "dwa tysiące dwudziestego" (a year) from a bare cardinal.
_ORDINAL_STEM = (r"(?:pierwsz|drug|trzec|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt|jedenast|dwunast|trzynast|"
                 r"czternast|piętnast|szesnast|siedemnast|osiemnast|dziewiętnast|dwudziest|trzydziest|czterdziest|"
                 r"pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt|setn|dwusetn|"
                 r"tysięczn)")
_ORDINAL = re.compile(_ORDINAL_STEM + r"(?:i?(?:y|a|e|ego|ej|emu|ym|m|ą|ych|ch|ymi|mi)|i)$")  # "drugiego", "trzecią"
# A date or ordinal in the genitive ("trzydziestego") right after a preposition that never takes
# the genitive: "po trzydziestym kwietnia", "przed dziesiątym maja", "między pierwszym a piątym",
# "za dwa tysiące dwudziesty siódmy rok" (the year's "dwa tysiące" is skipped).
_NOT_GENITIVE = frozenset("po przed między nad pod przy w we o za".split())
_GENITIVE_ORDINAL = re.compile(_ORDINAL_STEM + r"i?ego$")
# An hour in the nominative ("dziewiąta") after a preposition ("z dziewiąta", "między ósmą a
# dwunasta"): a preposition never takes the nominative.
_FEMININE_NOMINATIVE_ORDINAL = re.compile(_ORDINAL_STEM + r"i?a$")
_AND = frozenset("a i lub albo oraz".split())
_OBLIQUE_FEMININE_ORDINAL = re.compile(_ORDINAL_STEM + r"i?(?:ej|ą)$")
_ALL_PREPOSITIONS = _NOT_ACCUSATIVE | _NOT_GENITIVE | {"na", "za", "przez", "ponad"}
_WORD = re.compile(r"\w+")
_PAUSE = re.compile(r"[,;:.!?()–—\n]")
# "pan" before a woman's name in the nominative ("pan Mirosława Nowak") or "pani" before a man's
# name in the genitive or dative ("pani Nowaka", "pani Kowalskiemu"): the title's gender was a guess.
# After "u", "do", "od", "dla", "bez" a woman's name is in the genitive ("u pani Anny", "do pani Nowak"),
# never ending in "-a": "u pani Nowaka" is a man's.
_TITLE_MISMATCH = re.compile(
    r"\b(?:pan\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*a|pani\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*(?:skiego|ckiego|dzkiego|emu|owi)|"
    r"(?:(?<=\bod )|(?<=\bdo )|(?<=\bdla )|(?<=\bbez )|(?<=\bu ))pani\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*a)\b")

# A span of days after the singular "dniu" ("w dniu od pierwszego do piątego marca"): "w dniach".
_ONE_DAY_SPAN = re.compile(r"\b[Dd]niu\s+od\s+" + _ORDINAL_STEM + r"\w*(?:\s+\w+){0,3}?\s+do\s+" + _ORDINAL_STEM + r"\w*")


def _number_run(words: list[str], start: int) -> list[str]:
    """The number words from `start` on (cardinals and ordinals, as a year is said)."""
    run = []
    for w in words[start:start + 6]:
        if w in _NOMINATIVE_CARDINALS or _ORDINAL.match(w) or w in {"tysięcy", "tysiąca", "tysiącami"}:
            run.append(w)
        else:
            break
    return run


def _paused(spoken: str, matches: list[re.Match], i: int) -> bool:
    """Round seventeen: a pause (a dash said as a comma, a colon) between word i and the next, so the number after it
    is no object of the word ("powyżej – 10% nadwyżki" -> "powyżej, dziesięć procent": above that, ten percent)."""
    return bool(_PAUSE.search(spoken, matches[i].end(), matches[i + 1].start()))


def unsure_agreement(spoken: str) -> list[str]:
    """Pieces of a spoken form whose case or gender cannot be right: a preposition with a number in
    a case it never takes, an hour in the nominative joined to one declined, "pan"/"pani" against the
    name's gender. Each as it stands in the spoken form (the preposition with the number), once."""
    found = []
    matches = list(_WORD.finditer(spoken))
    words = [m[0] for m in matches]
    lower = [w.lower() for w in words]

    def _piece(first: int, last: int) -> str:  # the words first..last as they stand, commas and all
        return spoken[matches[first].start():matches[last].end()]

    for i, w in enumerate(lower[:-1]):
        nxt = lower[i + 1]
        if (w in _NOT_ACCUSATIVE or w in _AMOUNT_IN_GENITIVE) and not _paused(spoken, matches, i):
            run = _number_run(lower, i + 1)
            if run and any(r in _NOMINATIVE_CARDINALS for r in run) and not any(_ORDINAL.match(r) for r in run):
                found.append(_piece(i, i + len(run)))
                continue
        if w in _NOT_GENITIVE:
            run = _number_run(lower, i + 1)
            first = next((j for j, r in enumerate(run) if _ORDINAL.match(r)), None)
            if first is not None and _GENITIVE_ORDINAL.match(run[first]) and all(
                    r in {"dwa", "tysiące", "tysiąc"} for r in run[:first]):
                found.append(_piece(i, i + 1 + first))
                continue
        # A cardinal joined to a date's ordinal: "czternaście i piętnastego grudnia" (both are days).
        if w in _NOMINATIVE_CARDINALS and nxt in _AND and i + 2 < len(lower) and _GENITIVE_ORDINAL.match(lower[i + 2]):
            found.append(_piece(i, i + 2))
            continue
        if _FEMININE_NOMINATIVE_ORDINAL.match(nxt):
            if w in _ALL_PREPOSITIONS or (w in _AND and any(  # joined, with no comma between ("…, a druga zmiana")
                    _OBLIQUE_FEMININE_ORDINAL.match(lower[j]) and not _PAUSE.search(spoken, matches[j].end(), matches[i + 1].start())
                    for j in range(max(0, i - 3), i))):
                found.append(_piece(i, i + 1))
    found += [m[0] for m in _TITLE_MISMATCH.finditer(spoken)]
    found += [m[0] for m in _ONE_DAY_SPAN.finditer(spoken)]
    if "o " in spoken:  # round twenty-five
        found += [m[0] for m in _BARE_HOUR_AS_COUNT.finditer(spoken)]
    if "numer" in spoken:  # round twenty-three
        found += [m[0] for m in _ONE_ROOM_NUMBERED_TWICE.finditer(spoken)]
    return list(dict.fromkeys(found))


# Round twenty-three: one room said before two numbers joined by "i" ("w pok. nr 3 i 4" -> "w pokoju numer trzy i
# cztery"; round five's reading, which round seven keeps): the rooms are likely two ("w pokojach"), so staff are
# asked. "lub" (one room or the other) is no question.
_CARDINAL_WORD = "(?:" + "|".join(sorted(_NOMINATIVE_CARDINALS - {"tysiąc", "tysiące"}, key=len, reverse=True)) + ")"
_ONE_ROOM_NUMBERED_TWICE = re.compile(
    rf"(?<!\w)[Pp]ok(?:ój|oju|ojem) numer {_CARDINAL_WORD}(?: {_CARDINAL_WORD}){{0,2}} (?:i|oraz) {_CARDINAL_WORD}(?!\w)")


# Round twenty-five: a bare number up to 24 after "o" or "około" with no noun after it, only a preposition of place or a
# pause ("autokar odjeżdża o 7 sprzed ośrodka, powrót ok. 19;" -> "o siedem sprzed", "około dziewiętnastu;"): an
# hour ("o siódmej") said as a count (was unwarned). "wzrośnie o pięć procent", "około dwudziestu osób" have a noun.
_HOUR_CARDINAL = ("(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|dwanaście|"
                  "trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|dziewiętnaście|"
                  "dwadzieścia(?: jeden| dwa| trzy| cztery)?)")
_HOUR_CARDINAL_GENITIVE = ("(?:jednego|dwóch|trzech|czterech|pięciu|sześciu|siedmiu|ośmiu|dziewięciu|dziesięciu|"
                           "jedenastu|dwunastu|trzynastu|czternastu|piętnastu|szesnastu|siedemnastu|osiemnastu|"
                           "dziewiętnastu|dwudziestu(?: jeden| dwóch| trzech| czterech)?)")
_BARE_HOUR_AS_COUNT = re.compile(
    rf"(?<!\w)(?:o {_HOUR_CARDINAL}|około {_HOUR_CARDINAL_GENITIVE})"
    r"(?=\s*[;)]|\s*$|\s+(?:sprzed|spod|spode|przed|z|ze|na|w|we|przy|pod|od)\s)")


# A word with a full stop, then a cardinal in small letters: a unit or abbreviation expanded where it
# was something else ("nr 5 m. 3": "pięć metrów. trzy" for "mieszkanie trzy"); a sentence would start
# with a capital. A number before the full stop is an address's or a list's end ("pięć. sześćdziesiąt").
_WORD_STOP_NUMBER = re.compile(r"(?<!\w)(?P<word>[a-ząćęłńóśźż]{2,})\.[ \t]+(?P<number>[a-ząćęłńóśźż]+)(?!\w)")


def stray_periods(spoken: str) -> list[str]:
    """Pieces "word. number" of a spoken form where an expansion kept a full stop before a number
    in mid-sentence, as they stand, once, in order."""
    found = []
    for m in _WORD_STOP_NUMBER.finditer(spoken):
        if m["number"] in _NOMINATIVE_CARDINALS and m["word"] not in _NOMINATIVE_CARDINALS \
                and not _ORDINAL.match(m["word"]) and m["word"] not in {"tysięcy", "tysiące", "tysiąca"}:
            found.append(m[0])
    return list(dict.fromkeys(found))


# "p." before a surname alone, which is a man's and a woman's alike ("P. Pietrzak przyjmuje"): the rules say
# "pan", a guess. Read in the WRITTEN text: a first name after "p." ("p. Ewa Lis"), a woman's surname
# ("p. Kowalska") or an adjectival man's ("p. Kowalski") shows the gender.
_P_SURNAME = re.compile(r"(?<![\w.])[pP]\.\s*(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?![\w-]|\s+[A-ZĄĆĘŁŃÓŚŹŻ])")


def unsure_titles(text: str) -> list[str]:
    """"p." + a surname of either sex, as written ("P. Pietrzak"), once each, in order."""
    found = []
    for m in _P_SURNAME.finditer(text):
        own = readings(m["name"])
        if any(r.name or r.pos == "adj" for r in own):
            continue
        genders = {r.gender for r in own if r.pos == "subst" and "nom" in r.cases}
        governed = [c for c in governed_cases(text[max(0, m.start() - 25):m.start()]) if c not in {"nom", "acc"}]
        if len(governed) == 1 and not any(r.gender == "m1" and set(governed) & r.cases for r in own):
            continue  # "u p. Nowak": his would be "Nowaka", so the case shows a woman (after "z", "pani" or "panią"?)
        if {"f", "m1"} <= genders:
            found.append(m[0])
    return list(dict.fromkeys(found))


# Two proper names joined by a slash ("rejonu Krerowo/Nagradowice"): the rules say "lub", where the writer
# may mean "i" (both villages). Read in the WRITTEN text; common words ("Pan/Pani", "Druki/Wnioski") and
# acronyms ("ZUS/KRUS") are left to the rules.
_NAMES_SLASH = re.compile(r"(?<![\w/.])[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+/[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?![\w/])")


def stray_places(text: str) -> list[str]:
    """Two proper names (or words the dictionary does not know) joined by a slash, as written
    ("Krerowo/Nagradowice"), once each, in order."""
    found = [m[0] for m in _NAMES_SLASH.finditer(text)
             if not any(r.lemma[:1].islower() for w in m[0].split("/") for r in readings(w))]
    return list(dict.fromkeys(found))
