"""Polish numerals in the case and gender their sentence needs, from the SGJP dictionary.

morfeusz2 bundles the dictionary: `generate(lemma)` gives every form of a word with its
tags ("num:pl:gen.loc:m1.m2.m3.f.n:congr:ncol"), `analyse(word)` a word's readings. One
Morfeusz instance is made on first use (loading takes ~0.1 s) and every lookup is cached:
office texts repeat the same few words.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import morfeusz2
from num2words import num2words

__all__ = [
    "GOVERNS", "LABEL_LEMMAS", "Reading", "after_label", "cardinal", "count_noun", "counted", "governed_cases", "is_known",
    "noun_form", "noun_readings", "numeral_case", "numeral_for", "ordinal", "readings",
]

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")

# The case(s) a preposition governs, most likely first.
GOVERNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        "do dla od około ok powyżej poniżej ciągu trakcie spośród bez u podczas wśród według "
        "zamiast oprócz koło obok blisko naprzeciw wobec brak".split(), ("gen",)),
    "z": ("gen", "inst"), "ze": ("gen", "inst"),
    "o": ("loc", "acc"), "w": ("loc", "acc"), "we": ("loc", "acc"), "na": ("loc", "acc"),
    "przy": ("loc",), "po": ("loc", "acc"), "przez": ("acc",), "ponad": ("acc",),
    "za": ("acc", "inst"), "pod": ("inst", "acc"), "nad": ("inst",), "przed": ("inst",),
    "między": ("inst",), "pomiędzy": ("inst",), "dzięki": ("dat",), "ku": ("dat",),
    # nouns of a measure whose amount follows in the genitive: "w wysokości 3 000 zł" -> "trzech
    # tysięcy złotych", "o wartości 200 zł", "w cenie 15 zł", "w terminie 14 dni"
    **dict.fromkeys("wysokości wartości cenie kwocie kwoty terminie okresie".split(), ("gen",)),
    # session twenty-four: what is missing is in the genitive ("brakuje 99 gr" -> "dziewięćdziesięciu dziewięciu
    # groszy"; was the nominative, unwarned)
    **dict.fromkeys("brakuje brakowało zabraknie zabrakło".split(), ("gen",)),
    # session twenty-five: an age reached is in the genitive ("z dniem ukończenia 18 lat" -> "osiemnastu lat"; was the
    # nominative, unwarned)
    **dict.fromkeys("ukończenia ukończeniu ukończenie".split(), ("gen",)),
}
# Verbs whose object is an amount: negated, the amount is in the genitive ("nie przekracza 262%"
# -> "dwustu sześćdziesięciu dwóch procent", "nie otrzyma 500 zł").
_AMOUNT_VERBS = frozenset("przekraczać przekroczyć mieć otrzymywać otrzymać wynosić dostawać dostać "
                          "płacić zapłacić pobierać pobrać osiągać osiągnąć".split())
_NEGATED = re.compile(r"(?<!\w)nie\s+(\w+)\s*$", re.I)
# Session twenty-one: a negated modal before the amount verb ("nie może przekroczyć 823 zł" -> "ośmiuset dwudziestu trzech
# złotych"; was the accusative, unwarned): the negation reaches the infinitive's object.
_NEGATED_MODAL = re.compile(r"(?<!\w)nie\s+(?:może|mogą|można|powinien|powinna|powinno|powinny|musi|muszą)\s+(\w+)\s*$",
                            re.I)


@lru_cache(maxsize=1)
def _morfeusz() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz()


@lru_cache(maxsize=4096)
def _forms(lemma: str) -> tuple[tuple[str, str, str], ...]:
    """(form, lemma as tagged, tag) for every form of lemma."""
    return tuple((f, lem, tag) for f, lem, tag, *_ in _morfeusz().generate(lemma))


class Reading(NamedTuple):
    lemma: str
    pos: str          # subst, adj, num, ...
    number: str       # sg / pl ("" when the tag has none)
    cases: frozenset
    gender: str       # m1, m2, m3, f, n
    collective: bool  # "dzieci" counts with "troje", not "trzy"
    name: bool        # a first name ("Jana Pawła II")
    archaic: bool = False  # marked old or obsolete by the dictionary ("Dzień" as a feminine noun)


_ARCHAIC = frozenset({"daw.", "przest."})


@lru_cache(maxsize=16384)
def readings(word: str) -> tuple[Reading, ...]:
    """Every dictionary reading of one word; () for unknown words."""
    out = []
    for _start, _end, (_form, lemma, tag, quals, marks) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if len(parts) < 4 or parts[0] not in {"subst", "depr", "adj", "ppas", "pact", "num", "ger"}:
            out.append(Reading(lemma, parts[0], "", frozenset(), "", False, False))
            continue
        gender = parts[3].split(".")[0]
        out.append(Reading(
            lemma.split(":")[0], parts[0], parts[1].split(".")[0], frozenset(parts[2].split(".")),
            gender, "col" in parts[4:], "imię" in quals,
            bool(_ARCHAIC & {m for mark in marks for m in mark.split(",")})))
    return tuple(out)


def noun_readings(word: str) -> tuple[Reading, ...]:
    return tuple(r for r in readings(word) if r.pos in {"subst", "depr"})


def is_known(word: str) -> bool:
    """Whether the dictionary knows the word as anything but an abbreviation."""
    return any(r.pos not in {"ign", "brev", "romandig"} for r in readings(word))


def _fits(tag: str, pos: str, number: str | None, case: str, gender: str | None) -> bool:
    parts = tag.split(":")
    if parts[0] != pos or len(parts) < 3:
        return False
    if number and number not in parts[1].split("."):
        return False
    if case not in parts[2].split("."):
        return False
    return not gender or len(parts) < 4 or gender in parts[3].split(".")


@lru_cache(maxsize=8192)
def _inflect(word: str, pos: str, number: str | None, case: str, gender: str | None,
             want: tuple[str, ...] = ()) -> str | None:
    """word (a lemma) in the given form; `want` tag parts (col, ncol, congr, rec) preferred."""
    found = [(f, tag) for f, _lem, tag in _forms(word) if _fits(tag, pos, number, case, gender)]
    if not found:
        return None
    def rank(item):
        form, tag = item
        parts = set(tag.split(":"))
        return (-sum(w in parts for w in want), form in _RARE, (form, tag) in _colloquial(word))
    return sorted(found, key=rank)[0][0]


@lru_cache(maxsize=4096)
def _colloquial(lemma: str) -> frozenset:
    """(form, tag) pairs the dictionary marks colloquial ("pot."): "pięćset gram" is said "gramów"
    by an announcer, so the standard form comes first."""
    return frozenset((f, tag) for f, _lem, tag, _names, quals in _morfeusz().generate(lemma)
                     if any(q.startswith("pot.") for q in quals))


_RARE = frozenset({"dwu", "dwom", "obu", "dwuch"})  # correct, but clerks say "dwóch", "dwóm"


def noun_form(word: str, number: str, case: str) -> str:
    """A noun of the text in another number and case ("osoby" -> pl gen "osób"); unknown words unchanged."""
    nouns = noun_readings(word)
    if not nouns:
        return word
    r = nouns[0]
    form = _inflect(r.lemma, r.pos, number, case, r.gender)
    return _like(form, word) if form else word


def _like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _gender_of(gender: str) -> str:
    return gender if gender in {"m1", "m2", "m3", "f", "n"} else "m3"


@lru_cache(maxsize=8192)
def cardinal(n: int, case: str = "nom", gender: str = "m3", collective: bool = False,
             personal_rec: bool = True) -> str:
    """n as a cardinal in a case and gender: cardinal(2, "nom", "f") -> "dwie";
    cardinal(22, "gen") -> "dwudziestu dwóch"; collective: cardinal(3, "nom", "n", True) -> "troje".
    personal_rec: masculine-personal nominative "dwóch (panów)" rather than "dwaj (panowie)"."""
    gender = _gender_of(gender)
    if n == 0 and case not in {"nom", "acc", "voc"}:
        return _inflect("zero", "subst", "sg", case, "n") or "zero"  # "od 0%" -> "od zera procent"
    words = num2words(n, lang="pl").split()
    if n == 1:
        return _inflect("jeden", "adj", "sg", case, gender) or "jeden"
    plain = case in {"nom", "acc", "voc"} and gender not in {"m1"} and not collective
    if plain:
        if gender == "f" and words[-1] == "dwa":
            words[-1] = "dwie"
        return " ".join(words)
    out = []
    for i, w in enumerate(words):
        last = i == len(words) - 1
        if w == "jeden" and last:
            out.append(w)  # "dwudziestu jeden osób": a final "jeden" never inflects
        elif w in _BIG or w.startswith(("tysi", "milion", "miliard")):
            out.append(_big(w, words[i - 1] if i else None, case))
        else:
            want = ("col",) if collective and last else ("ncol",)
            if collective and last:
                pass  # "czworgiem dzieci": the collective form, whatever its agreement tag
            elif gender == "m1" and case in {"nom", "voc"}:
                want += ("rec",) if personal_rec else ("congr",)
            else:
                want += ("congr",)
            form = _inflect(w, "num", "pl", case, "n" if collective and last else gender, want)
            out.append(_HUNDREDS_STANDARD.get(form, form) or w)
    return " ".join(out)


_BIG = {"tysiąc": "tysiąc", "milion": "milion", "miliard": "miliard"}
# Session twenty-five: the dictionary's first masculine-personal form of three and four hundred is the rare
# "trzechset", "czterechset"; the standard one is "trzystu", "czterystu" ("350 odbiorców" -> "trzystu pięćdziesięciu")
_HUNDREDS_STANDARD = {"trzechset": "trzystu", "czterechset": "czterystu"}


def _big(word: str, count_word: str | None, case: str) -> str:
    """tysiąc / milion after its count, in the case of the whole numeral."""
    lemma = next((b for b in ("tysiąc", "milion", "miliard") if word.startswith(b[:5])), word)
    if case in {"nom", "acc", "voc"}:
        return word
    number = "pl" if count_word else "sg"
    return _inflect(lemma, "subst", number, case, None) or word


@lru_cache(maxsize=8192)
def ordinal(n: int, case: str = "nom", gender: str = "m3", number: str = "sg") -> str:
    """n as an ordinal: ordinal(3, "loc", "n") -> "trzecim"; ordinal(21, "gen") -> "dwudziestego pierwszego"."""
    gender = _gender_of(gender)
    words = num2words(n, lang="pl", to="ordinal").split()
    out = []
    for w in words:
        form = _inflect(w, "adj", number, case, gender)
        out.append(form or w)
    return " ".join(out)


def numeral_case(n: int, noun: Reading, governed: tuple[str, ...] = ()) -> str:
    """The case of a numeral before a noun reading, given the cases a preposition allows."""
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    options = []
    for case in noun.cases:
        if case == "gen" and n != 1 and not few:
            options += ["nom", "acc", "gen"]  # "pięć osób" and "dla pięciu osób"
        else:
            options.append(case)
    for case in governed:
        if case in options:
            return case
    if governed:
        return governed[0]
    return "nom" if "nom" in options else (options[0] if options else "nom")


def _noun_fits(n: int, r: Reading) -> bool:
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    if n == 1:
        return r.number == "sg"
    if r.number != "pl":
        return False
    if few:
        return True
    return True  # 5+: genitive plural after nom/acc, or the oblique case itself


# Nouns an office numbers with an ordinal ("II piętro", "III kwartał"): read after a Roman numeral
# (ivr/spoken/roman.py), and preferred when one written form is two nouns ("2 tury").
ORDINAL_NOUNS = frozenset(
    "piętro klasa kwartał półrocze edycja etap tura wiek stopień miejsce grupa semestr rok "
    "rozdział część kadencja sesja zjazd nagroda liga tom wydanie dział próg turnus "
    "rata termin instancja runda transza nabór filar posiedzenie moduł dawka".split())  # "II rata", "(I termin)", "I posiedzenie";
# round fourteen: a programme's "Moduł I"; round sixteen: a vaccine's "I dawka", "po II dawce"
# Round twenty: an anniversary is numbered too ("z okazji XXX rocznicy" -> "trzydziestej rocznicy", "w II rocznicę" ->
# "w drugą rocznicę"; were left, and warned).
ORDINAL_NOUNS = ORDINAL_NOUNS | frozenset({"rocznica"})
# Round twenty-four: a contest, a festival, a tournament and a review are numbered by their editions ("w VII konkursie" ->
# "w siódmym konkursie", "na III turniej"; were left, and warned).
ORDINAL_NOUNS = ORDINAL_NOUNS | frozenset({"konkurs", "festiwal", "turniej", "przegląd"})
# Session twenty-five: a series' meetings and trainings are numbered too ("III spotkanie z cyklu" -> "trzecie spotkanie",
# "na II szkolenie"; were left, and warned).
ORDINAL_NOUNS = ORDINAL_NOUNS | frozenset({"spotkanie", "szkolenie"})


def _pick(n: int, noun: str, governed: tuple[str, ...]) -> Reading | None:
    best = _best(n, noun, governed)
    return best[0] if best else None


def _best(n: int, noun: str, governed: tuple[str, ...]) -> list[Reading]:
    """The noun's readings that fit a count of n, best first; the first ties the best score."""
    fits = [r for r in noun_readings(noun) if _noun_fits(n, r) and r.cases]
    if not fits:
        return []
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    def score(r: Reading):
        case = numeral_case(n, r, governed)
        ok_governed = not governed or case in governed
        # after 5+ in the nominative the noun must be genitive plural
        agrees = n == 1 or few or case not in {"nom", "acc"} or "gen" in r.cases
        if few and case in {"nom", "acc"}:
            agrees = bool({"nom", "acc"} & r.cases)
        # "2 tury": "tura" (f, an office's round) before "tur" (m2, the aurochs): when a form is two
        # nouns, the one the office numbers (the Roman numerals' nouns: tura, rata, edycja…) wins
        # "2 sztuki": "sztuka" (f) before "sztuk" (m3, marked old by the dictionary): "dwie sztuki", not "dwa"
        # session twenty-one: "40 słoików": a thing before a person when the dictionary has the word as both (was
        # "czterdziestu słoików", as of people)
        personal_twin = r.gender == "m1" and any(o.lemma == r.lemma and o.gender in {"m2", "m3"} for o in fits)
        return (not ok_governed, not agrees, r.archaic, r.name, r.lemma not in ORDINAL_NOUNS, personal_twin)
    ranked = sorted(fits, key=score)
    return [r for r in ranked if score(r) == score(ranked[0])]


def counted(n: int, noun: str, governed: tuple[str, ...] = ()) -> str | None:
    """n and its noun as said: counted(2, "osoby") -> "dwie osoby", counted(3, "osób", ("gen",))
    -> "trzech osób"; None when the dictionary does not know the noun."""
    numeral = numeral_for(n, noun, governed)
    return f"{numeral} {noun}" if numeral else None


def numeral_for(n: int, noun: str, governed: tuple[str, ...] = ()) -> str | None:
    """The numeral for n agreeing with the noun after it ("osoby" -> "dwie"), or None when
    the noun is not one the dictionary knows."""
    r = _pick(n, noun, governed)
    if r is None:
        return None
    case = numeral_case(n, r, governed)
    rec = "gen" in r.cases and case in {"nom", "acc"}  # "dwóch panów", "dwaj panowie"
    return cardinal(n, case, r.gender, r.collective, personal_rec=rec)


_WORD = re.compile(r"(\w+)\.?\s*$")
_PREPOSITION_BEFORE_ABOUT = re.compile(r"(?<!\w)(o|na|po|przez|za)\s+(?:około|ok\.)\s*$", re.I)
# Round twenty-one: "wys." after a preposition is "wysokości", whose amount is in the genitive (as in full, above);
# "wys. 2 m" with no preposition is "wysokość", as before.
_OF_HEIGHT = re.compile(r"(?<!\w)(?:[wW]e?|[oO]|do|od)\s+wys\.\s*$")


def governed_cases(before: str) -> tuple[str, ...]:
    """The cases the preposition just before a position governs ("dla " -> ("gen",)); () if none."""
    m = _WORD.search(before[-25:])
    if not m:
        return ()
    found = GOVERNS.get(m.group(1).lower(), ())
    if m.group(1).lower() in {"około", "ok"} and (outer := _PREPOSITION_BEFORE_ABOUT.search(before[-30:])) and (
            outer_cases := GOVERNS.get(outer[1].lower(), ())):
        return outer_cases  # session twenty-one: "wzrosną o ok. 10%" -> "o około dziesięć procent" ("około" an adverb)
    if m.group(1) == "wys" and _OF_HEIGHT.search(before[-25:]):
        return ("gen",)  # round twenty-one: "w wys. 85 tys. zł" -> "w wysokości osiemdziesięciu pięciu tysięcy"
    if not found and (negated := _NEGATED.search(before[-40:])) and any(
            r.pos == "fin" and r.lemma.split(":")[0] in _AMOUNT_VERBS for r in readings(negated[1].lower())):
        return ("gen",)
    if not found and (modal := _NEGATED_MODAL.search(before[-50:])) and any(
            r.pos == "inf" and r.lemma.split(":")[0] in _AMOUNT_VERBS for r in readings(modal[1].lower())):
        return ("gen",)
    if not found and m.group(1).lower().startswith("nie") and any(
            r.pos == "pact" and r.lemma.split(":")[0] in _AMOUNT_VERBS for r in readings(m.group(1).lower())):
        return ("gen",)  # session twenty-two: "o dochodzie nieprzekraczającym 100%" -> "stu procent" (was "sto")
    return found


def count_noun(n: int, lemma: str, case: str, gender: str | None = None) -> str:
    """A dictionary noun (lemma) in the form a count needs: 1 -> sg, 2-4 -> pl, 5+ -> gen pl in nom/acc."""
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    if n == 1:
        number, noun_case = "sg", case
    elif case in {"nom", "acc", "voc"} and not few:
        number, noun_case = "pl", "gen"
    else:
        number, noun_case = "pl", case
    return _inflect(lemma, "subst", number, noun_case, gender) or lemma


def noun_gender(lemma: str) -> str:
    r = noun_readings(lemma)
    return r[0].gender if r else "m3"


# Nouns a number after them labels ("artykuł 17", "ustęp 1", "pokój 12"): that number is said
# as it is, agreeing with nothing after it ("ust. 1 ustawy" is "ustęp jeden ustawy").
LABEL_LEMMAS = frozenset(
    "artykuł ustęp punkt paragraf pozycja numer pokój lokal sala budynek mieszkanie dom ulica "
    "aleja plac osiedle rozdział tom strona załącznik litera wewnętrzny telefon linia autobus "
    "kod rok dziennik "
    "podpunkt".split())  # round twenty-five: "ppkt 2" -> "podpunkt dwa"
_LABEL_WORD = re.compile(r"(\w+)\.?\s+$")


def after_label(text: str, pos: int) -> bool:
    """Whether the number at pos labels the noun before it: "artykułu 17", "pokój 4"."""
    m = _LABEL_WORD.search(text, max(0, pos - 30), pos)
    if m and any(r.lemma.split(":")[0].lower() in LABEL_LEMMAS for r in readings(m[1].lower())):
        return True
    if not (m and m[1].lower() in {"i", "oraz", "lub", "albo"}) and not text[max(0, pos - 3):pos].rstrip().endswith(","):
        return False  # no list before: the cheap test first (a count is tried for every number)
    listed = _LISTED_LABEL.search(text, max(0, pos - 50), pos)  # "pokoje nr 2 i 3 interesanci": all label
    return bool(listed) and any(r.lemma.split(":")[0].lower() in LABEL_LEMMAS for r in readings(listed[1].lower()))


# A label, then numbers of a list: "nr 2 i 3", "pokoje 4, 5 oraz 6".
_LISTED_LABEL = re.compile(r"(\w+)\.?\s+(?:[0-9]{1,4}[a-z]?(?:\s*,\s*|\s+(?:i|oraz|lub|albo)\s+))+$")
