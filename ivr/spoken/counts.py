"""Numbers that count something: the numeral agrees with its noun and takes the case of the
preposition before it ("dla 3 osób" -> "dla trzech osób"), units (km, min., tys., °C),
ranges ("5-10 dni" -> "od pięciu do dziesięciu dni") and programmes ("500+")."""
from __future__ import annotations

import re

from ivr.spoken.inflection import (
    GOVERNS,
    _inflect,
    after_label,
    cardinal,
    count_noun,
    numeral_for,
    governed_cases,
    noun_form,
    noun_readings,
    readings,
)

__all__ = ["counts", "halves", "number_ranges", "one_apiece", "programmes", "temperatures", "unsure_counts", "unsure_rates",
           "units"]

_NUM = r"[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9]+"


# A longer run of digits is no count: the numbers rule reads it digit by digit. (int() of
# thousands of digits is slow, and raises beyond 4300: a pasted run of digits broke the page.)
_MAX_DIGITS = 15


def _int(digits: str) -> int:
    return int(digits.replace(" ", ""))


def _too_long(*parts: str | None) -> bool:
    return any(part and len(part) > _MAX_DIGITS + part.count(" ") for part in parts)


def _case(before: str, default: str = "nom") -> str:
    """The numeral's case after the text before it: a preposition's, else `default`.
    o/w/na before an amount take the accusative ("o pięć procent")."""
    cases = governed_cases(before)
    if not cases:
        return default
    return "acc" if "acc" in cases else cases[0]


def _fraction(whole: str, frac: str) -> str:
    return f"{cardinal(_int(whole))} przecinek {cardinal(int(frac)) if frac.lstrip('0') else 'zero'}"


# "500+" and "800 plus" (the programme's name written with the word: never "osiemsetny plus", the
# ordinal a number before a masculine noun would take).
_PROGRAMME = re.compile(r"(?<![\w.,+])([0-9]{1,4})(?:\+(?![\w+])|\s+(?=plus\b))")
_ALWAYS = re.compile(r"(?<![\w/])24\s?/\s?7(?![\w/])")
# "Senior+", "Opieka 75+"'s kin: a programme named by a capitalised word and a plus ("Dzienny Dom Senior+")
_NAMED_PROGRAMME = re.compile(r"(?<![\w+])(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,})\+(?![\w+])")


def programmes(text: str) -> str:
    """500+ -> pięćset plus, Seniorzy 60+ -> sześćdziesiąt plus, Senior+ -> Senior plus; 24/7 -> dwadzieścia
    cztery na siedem."""
    text = _ALWAYS.sub("dwadzieścia cztery na siedem", text)
    if "+" in text:
        text = _NAMED_PROGRAMME.sub(r"\g<name> plus", text)
    return _PROGRAMME.sub(lambda m: f"{cardinal(int(m[1]))}{' plus' if m[0].endswith('+') else ' '}", text)


# Session twenty-three: degrees written "st. C" as well as "°C" ("poniżej -10 st. C"), and a range before the sign
# ("zalecane 20–22 °C" -> "od dwudziestu do dwudziestu dwóch stopni Celsjusza"; was "dwadzieścia-dwadzieścia dwa").
_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?:(?P<first>[0-9]{1,2})\s?[-–—]\s?|(?P<minus>[-−–]\s?))?(?P<n>[0-9]+)(?:,(?P<frac>[0-9]+))?"
    r"\s?(?:°\s?(?P<c>C(?![a-zA-Z]))?|st\.\s?(?P<sc>C)(?![a-zA-Z]))")


def temperatures(text: str) -> str:
    """-5°C -> minus pięć stopni Celsjusza; przy 3°C -> przy trzech stopniach Celsjusza; -10 st. C as -10°C;
    20–22 °C -> od dwudziestu do dwudziestu dwóch stopni Celsjusza."""
    def say(m: re.Match) -> str:
        if _too_long(m["n"], m["frac"]):
            return m[0]
        celsius = " Celsjusza" if m["c"] or m["sc"] else ""
        if m["first"] and not m["frac"] and int(m["first"]) < int(m["n"]):
            od = "" if re.search(r"(?<!\w)(?:od|około|ok\.)\s*$", m.string[max(0, m.start() - 7):m.start()]) else "od "
            n = int(m["n"])
            return (f"{od}{cardinal(int(m['first']), 'gen')} do {cardinal(n, 'gen')} {count_noun(n, 'stopień', 'gen')}"
                    + celsius)
        if m["first"]:
            return m[0]
        minus = "minus " if m["minus"] else ""
        lead = " " if m["minus"] and m.start() and not m.string[m.start() - 1].isspace() else ""
        case = _case(m.string[max(0, m.start() - 30):m.start()])
        if m["frac"]:
            spoken = f"{_fraction(m['n'], m['frac'])} stopnia"
        else:
            n = int(m["n"])
            spoken = f"{cardinal(n, case)} {count_noun(n, 'stopień', case)}"
        return lead + minus + spoken + celsius
    return _TEMPERATURE.sub(say, text)


# Written unit -> the noun it stands for. "tys. zł" / "mln zł" end in "złotych" whatever the count.
_UNIT_NOUNS = {
    "tys.": "tysiąc", "tys": "tysiąc", "mln": "milion", "mld": "miliard", "km": "kilometr",
    "min.": "minuta", "min": "minuta", "gr": "grosz", "gr.": "grosz", "os.": "osoba",
    "godz.": "godzina", "m-cy": "miesiąc", "mies.": "miesiąc", "kg": "kilogram", "m": "metr",
    "cm": "centymetr", "mm": "milimetr", "m2": "metr", "m²": "metr", "m3": "metr", "m³": "metr",
    "g": "gram", "dag": "dekagram", "l": "litr", "ha": "hektar", "t": "tona", "h": "godzina",
    "szt.": "sztuka", "szt": "sztuka", "mp": "metr",  # round seven: "ok. 40 szt.", "3 mp" (of firewood)
    "tyg.": "tydzień", "tydz.": "tydzień",  # round eight: "co 2 tyg." -> "co dwa tygodnie"
    "kWh": "kilowatogodzina",  # session twenty-four: "limit 1 500 kWh" (was left, unwarned)
}
# Units said with an adjective after the noun: "metr kwadratowy".
_UNIT_ADJECTIVES = {"m2": "kwadratowy", "m²": "kwadratowy", "m3": "sześcienny", "m³": "sześcienny", "mp": "przestrzenny"}
_FEMININE_UNITS = frozenset({"minuta", "osoba", "godzina", "tona", "sztuka", "kilowatogodzina"})
_LARGE = frozenset({"tysiąc", "milion", "miliard"})
_LARGE_VALUE = {"tysiąc": 1_000, "milion": 1_000_000, "miliard": 1_000_000_000}
_UNIT = re.compile(  # "m" is no metre in "6 m.ż." ("miesiąca życia", round fourteen)
    rf"(?<![\w.,])(?P<n>{_NUM})(?:,(?P<frac>[0-9]+))?\s?"
    r"(?P<unit>tys\.|tys(?=\s+zł)|mln|mld|kWh|km|min\.?|gr\.?|os\.|godz\.|m-cy|mies\.|tyg\.|tydz\.|kg|m[23²³]|cm|mm|dag|ha|mp|szt\.?|m(?!-|\.\s?ż\.)|g|l|t(?!\.\s?j\.)|h)(?!\w)"  # round seventeen: "poz. 323 t.j." is no tonne
    r"(?P<zl>\s?zł\.?(?!\w))?")
# "ul. Kórnicka 14 m. 5": "m." between a house number and a number, after a street, is the flat.
_FLAT = re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,4})\s?m\.\s*(?=[0-9])")
_STREET_BEFORE = re.compile(r"(?<!\w)(?:ul|al|os|pl)\.|(?<!\w)(?:ulic|alej|osiedl|plac)\w*", re.I)


# The first number of a range and its dash, right before a unit's number: "2-" of "2-3 os.".
_RANGE_FIRST = re.compile(r"(?<![\w.,:/-])(?P<a>[0-9]{1,4})\s?[-–—]\s?$")


# "do 3 t węgla lub 5 m³ drewna": a measured amount after "lub", "albo", "i", "oraz" is the other of a pair and takes
# the case the preposition before the first gave ("do pięciu metrów"), when nothing but its noun comes between.
_PAIRED_AMOUNT = re.compile(
    rf"(?<!\w)(?P<prep>\w+|ok\.)\s+(?:{_NUM})(?:,[0-9]+)?\s?"
    r"(?:tys\.|mln|mld|km|min\.?|gr\.?|godz\.|tyg\.|kg|m[23²³]|cm|mm|dag|ha|mp|szt\.?|m|g|l|t|h|zł)(?!\w)"
    r"(?:\s+[a-ząćęłńóśźż]+)?\s+(?:lub|albo|i|oraz)\s+$")


# A preposition, then an adjective of a span before a measured amount: "z ostatnich 3 mies." (round thirteen); not
# a noun-like adjective of people ("dla chętnych 12 km": the distance is their own phrase's).
_SPAN_ADJECTIVES = frozenset("ostatni kolejny następny najbliższy poprzedni ubiegły pełny dodatkowy".split())
_ADJECTIVE_BETWEEN = re.compile(r"(?<!\w)(?P<prep>z|ze|do|od|dla|przez|w|we|po|za|około)\s+(?P<adj>[a-ząćęłńóśźż]{4,})\s+$", re.I)


# A noun of price right before a measured amount: the amount is what it is the price of (genitive).
_PRICE_OF = re.compile(r"(?<!\w)(?:[kK]oszt|[cC]ena|[sS]tawka|[rR]óżnica)\s+$")  # session twenty-two: "różnica 2 gr"


# Round sixteen: "l." after an age (a number or a range) of people named just before it is "lat", not litres:
# "dla dzieci 9-14 l.", "młodzież 13-17 l.", "osoby pow. 60 l.", before a stop, a bracket, a dash, a capital or a
# joining word; a litre is "l" with no period, "l." after anything else, or before what it measures ("dla dzieci
# 5 l. soku"), as before.
_AGE_YEARS = re.compile(r"(?<![\w.,])(?P<age>[0-9]{1,3}(?:\s?[-–—]\s?[0-9]{1,3})?)\s?l\.(?=[ \t]*(?:$|[,;:)–—-]|\n|[A-ZĄĆĘŁŃÓŚŹŻ])|[ \t]+(?:i|oraz|lub|albo|w|we|z|ze)\s)")
_AGED_PEOPLE_BEFORE = re.compile(
    r"(?<!\w)(?:dzie(?:ci|cka|ciom|ćmi)|młodzież\w*|wiek\w*|uczni\w*|uczest\w*|senior\w*|os(?:ób|oby|obom)"
    r"|chłop\w*|dziewcz\w*)(?:\s+(?:w\s+wieku|od|do|pow\.|powyżej|poniżej))?\s+$", re.I)


def _age_years(m: re.Match) -> str:
    if not _AGED_PEOPLE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) or max(
            int(n) for n in re.findall(r"[0-9]+", m["age"])) > 120:
        return m[0]
    return f"{m['age']} lat" + ("." if _sentence_ends(m) else "")


def units(text: str) -> str:
    """15 km -> piętnaście kilometrów; ok. 30 min. -> około trzydziestu minut; 3 tys. zł -> trzy tysiące złotych."""
    if "l." in text:
        text = _AGE_YEARS.sub(_age_years, text)
    def say(m: re.Match) -> str:
        if _too_long(m["n"], m["frac"]):
            return m[0]
        unit = m["unit"]
        lemma = _UNIT_NOUNS[unit]
        case = _case(m.string[max(0, m.start() - 30):m.start()])
        if case == "nom" and (between := _ADJECTIVE_BETWEEN.search(m.string, max(0, m.start() - 40), m.start())):
            # "z ostatnich 3 mies." -> "z ostatnich trzech miesięcy": the preposition's case across the adjective
            # that shares it (round thirteen; was "trzy miesiące")
            shared = [c for c in governed_cases(between["prep"] + " ") if any(
                r.pos == "adj" and r.number == "pl" and c in r.cases and r.lemma.split(":")[0] in _SPAN_ADJECTIVES
                for r in readings(between["adj"]))]
            case = shared[0] if shared and shared[0] != "nom" else case
        if case == "nom" and (pair := _PAIRED_AMOUNT.search(m.string, max(0, m.start() - 60), m.start())):
            case = _case(pair["prep"] + " ")
        if case == "nom" and not m["zl"] and lemma not in _LARGE and _PRICE_OF.search(m.string, max(0, m.start() - 12), m.start()):
            case = "gen"  # "koszt 1 godz." -> "koszt jednej godziny", "cena 1 kg" -> "cena jednego kilograma"
        if case == "nom" and _int(m["n"]) > 1 and lemma in _UNITS_OF_TIME and _PERIOD_OF.search(
                m.string, max(0, m.start() - 12), m.start()):
            case = "gen"  # session twenty-two: "na okres 12 m-cy" -> "dwunastu miesięcy" (was "dwanaście", unwarned)
        if case == "acc" and not m["frac"] and _int(m["n"]) == 1 and one_apiece(m.string, m.start()):
            case = "loc"  # round twenty-three: "po 1 l oleju" -> "po jednym litrze" (was "po jeden litr", unwarned)
        gender = "f" if lemma in _FEMININE_UNITS else "m3"
        adjective = _UNIT_ADJECTIVES.get(unit)
        if not m["frac"] and not m["zl"] and lemma not in _LARGE and not adjective and (
                first := _RANGE_FIRST.search(m.string, max(0, m.start() - 12), m.start())) and int(
                    first["a"]) < _int(m["n"]):
            # "2-3 os.", "5-10 km": the second number of a range; its unit's noun in the genitive plural, and the
            # range said by number_ranges ("od dwóch do trzech osób"; was "dwa-trzy osoby", warned) (round twelve)
            ending = "." if unit.endswith(".") and unit != "os." and _sentence_ends(m) else ""
            return f"{m['n']} {count_noun(5, lemma, 'gen', gender)}{ending}"
        if m["frac"] and lemma in _LARGE and len(m["frac"]) <= 3 and m["frac"] != "5":
            # "ok. 1,2 mln zł" -> "około miliona dwustu tysięcy złotych": the whole amount, in its case
            n = _int(m["n"]) * _LARGE_VALUE[lemma] + int(m["frac"]) * _LARGE_VALUE[lemma] // 10 ** len(m["frac"])
            spoken = cardinal(n, case)
            if m["zl"]:
                spoken += " złotych"
                if m["zl"].endswith(".") and _sentence_ends(m):
                    spoken += "."
            return spoken
        if m["frac"]:
            noun = count_noun(1, lemma, "gen")  # "dwa przecinek pięć kilometra"
            if adjective:
                noun += " " + (_inflect(adjective, "adj", "sg", "gen", "m3") or adjective)
            spoken = f"{_half(m['n'], gender, case) or _fraction(m['n'], m['frac'])} {noun}" if m["frac"] == "5" \
                else f"{_fraction(m['n'], m['frac'])} {noun}"
        else:
            n = _int(m["n"])
            spoken = f"{cardinal(n, case, gender)} {count_noun(n, lemma, case, gender)}"
            if adjective:
                spoken += " " + _count_adjective(n, adjective, case)
            if n == 1 and lemma in {"tysiąc", "milion", "miliard"} and case == "nom":
                spoken = count_noun(1, lemma, case)  # "tysiąc złotych", not "jeden tysiąc"
        if m["zl"]:
            spoken += " złotych"
            if m["zl"].endswith(".") and _sentence_ends(m):
                spoken += "."
        elif unit.endswith(".") and unit != "os." and _sentence_ends(m):
            spoken += "."
        return spoken
    def flat(m: re.Match) -> str:
        if not _STREET_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return m[0]
        return f"{cardinal(int(m['n']))} mieszkanie "
    if "m." in text:
        text = _FLAT.sub(flat, text)
    return _UNIT.sub(say, text)


# Round twenty-three: one unit after "po" is in the locative, one apiece or after one ("po 1 kg" -> "po jednym kilogramie",
# "po 1 godz." -> "po jednej godzinie"), as round twelve's "po 1-2 szt." -> "po jednej sztuce"; two or more stay accusative.
_ONE_APIECE = re.compile(r"(?<!\w)[pP]o\s+$")


def one_apiece(text: str, pos: int) -> bool:
    """Whether "po" stands just before pos: one of something after it is in the locative ("po jednym złotym")."""
    return bool(_ONE_APIECE.search(text, max(0, pos - 4), pos))


# A half after a number before a noun in the genitive singular: "1,5 tony" -> "półtorej tony",
# "2,5 roku" -> "dwa i pół roku" (units have their own rule above).
_HALF_NOUN = re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,3}),5\s+(?P<noun>[a-ząćęłńóśźż]{3,})(?!\w)")


def halves(text: str) -> str:
    """1,5 tony -> półtorej tony, 0,5 etatu -> pół etatu, 2,5 roku -> dwa i pół roku."""
    def say(m: re.Match) -> str:
        nouns = [r for r in noun_readings(m["noun"]) if r.number == "sg" and "gen" in r.cases]
        if not nouns:
            return m[0]  # no singular genitive after it: a decimal
        genders = {"f" if r.gender == "f" else "m3" for r in nouns}
        if len(genders) > 1:
            return m[0]
        case = _case(m.string[max(0, m.start() - 30):m.start()])
        return f"{_half(m['n'], genders.pop(), case)} {m['noun']}"
    return _HALF_NOUN.sub(say, text) if ",5 " in text else text


def _half(whole: str, gender: str, case: str) -> str | None:
    """n,5 as an announcer says it: 0,5 -> pół, 1,5 -> półtora (półtorej), 2,5 -> dwa i pół."""
    if _too_long(whole):
        return None
    n = _int(whole)
    if n == 0:
        return "pół"
    if n == 1:
        return "półtorej" if gender == "f" else "półtora"
    return f"{cardinal(n, case if case != 'nom' else 'nom', gender)} i pół"


def _count_adjective(n: int, adjective: str, case: str) -> str:
    """The adjective after a counted unit: 1 metr kwadratowy, 2 metry kwadratowe, 5 metrów kwadratowych."""
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    if n == 1:
        number, adj_case = "sg", case
    elif case in {"nom", "acc", "voc"} and not few:
        number, adj_case = "pl", "gen"
    else:
        number, adj_case = "pl", case
    return _inflect(adjective, "adj", number, adj_case, "m3") or adjective


def _sentence_ends(m: re.Match) -> bool:
    """Whether the period ending match m is also a full stop (see normalize._full_stop)."""
    if re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]").match(m.string, m.end()):
        return True
    return bool(re.compile(r"\s*$").match(m.string, m.end()) and re.match(r"\s*[A-ZĄĆĘŁŃÓŚŹŻ]", m.string))


_RANGE = re.compile(
    rf"(?<![\w.,:/-])(?P<a>[0-9]{{1,4}})\s?[-–—]\s?(?P<b>[0-9]{{1,4}})(?![\w.,:/-]|\s?%)"
    r"(?P<noun>\s+\w+)?")


def number_ranges(text: str) -> str:
    """5-10 dni -> od pięciu do dziesięciu dni; 2-4 tygodnie -> od dwóch do czterech tygodni."""
    def say(m: re.Match) -> str:
        a, b = int(m["a"]), int(m["b"])
        if a >= b or re.search(r"(?:^|\s)(?:od|do)\s*$", m.string[max(0, m.start() - 30):m.start()]):
            return m[0]
        # after a preposition that takes the genitive, no "od": "dla dwóch do trzech osób" (was "dla od dwóch")
        od = "" if _GENITIVE_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) else "od "
        noun = m["noun"] or ""
        if od and (either := _either_count(m, a, b, noun)):
            return either
        word = noun.strip()
        gender, collective = "m3", False
        # "w punktach 1-4 ustawy": units a label names, counting no noun after them
        readings = noun_readings(word) if word and not after_label(m.string, m.start()) else ()
        if readings:
            gender, collective = readings[0].gender, readings[0].collective
            noun = noun[: len(noun) - len(word)] + noun_form(word, "pl", "gen")
        if readings and a >= 2 and _EVERY_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
            # round twenty-five: "co 2-3 tyg." is "co dwa do trzech tygodni" (was "co od dwóch do trzech", unwarned)
            return f"{cardinal(a, 'acc', gender, collective)} do {cardinal(b, 'gen', gender, collective)}{noun}"
        first = cardinal(a, "gen", gender, collective)
        last = cardinal(b, "gen", gender, collective)
        return f"{od}{first} do {last}{noun}"
    return _RANGE.sub(say, text)


_EVERY_BEFORE = re.compile(r"(?<!\w)[cC]o\s+$")  # round twenty-five: "co 2-3 tygodnie", every two to three weeks


def _either_count(m: re.Match, a: int, b: int, noun: str) -> str | None:
    """A range after a preposition of another case, said as two counts in its case: "za 3-4 tygodnie" is "za trzy
    lub cztery tygodnie", "po 2-3 dniach" "po dwóch lub trzech dniach" ("za od trzech do czterech" is no Polish).
    The noun's own case where the preposition takes it, else the preposition's, the noun made to agree with the
    last count ("za 3-4 tyg." -> "tygodnie"). None when no preposition of another case is right before it, or its
    noun is not one the dictionary knows."""
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    word = noun.strip()
    nouns = noun_readings(word) if word else ()
    if not governed or governed == ("gen",) or not nouns or after_label(m.string, m.start()):
        return None
    plural = sorted([r for r in nouns if r.number == "pl"] or nouns, key=lambda r: r.archaic)  # "sztuka" before old "sztuk"
    case = next((c for c in governed if any(c in r.cases for r in plural)), _case(m.string[:m.start()]))
    r = next((r for r in plural if case in r.cases), plural[0])
    # "z dwojgiem lub trojgiem dzieci": a collective numeral in the instrumental takes its noun in the genitive
    written = _inflect(r.lemma, "subst", "pl", "gen", r.gender) if r.collective and case == "inst" else None
    written = written or count_noun(b, r.lemma, case, r.gender)
    last = numeral_for(b, written, (case,))
    first = numeral_for(a, count_noun(a, r.lemma, case, r.gender), (case,))
    if last is None or first is None:
        return None
    counted = f"{noun[: len(noun) - len(word)]}{written if written.lower() != word.lower() else word}"
    if a == 1 and case == "acc" and re.search(r"(?<!\w)[pP]o\s+$", m.string[max(0, m.start() - 4):m.start()]):
        # "po 1-2 szt.": one apiece takes the locative ("po jednej sztuce"), more the accusative ("po dwie sztuki")
        return f"{cardinal(1, 'loc', r.gender)} {count_noun(1, r.lemma, 'loc', r.gender)} lub po {last}{counted}"
    return f"{first} lub {last}{counted}"


_GENITIVE_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:[dD]la|[bB]ez|[oO]koło|[wW]śród|[sS]pośród|[wW] ciągu)\s+$")


_COUNT = re.compile(
    rf"(?<![\w.,:/+-])(?P<n>{_NUM})(?![\w.,:/+°-]|\s?%|,[0-9])(?:(?P<space>\s+)(?P<noun>\w+))?")
_MORE_AFTER = re.compile(r"\s+(?:więcej|mniej)\s+(\w+)")
_NOUN_AFTER_RANGE = re.compile(r"\s+do\s+[0-9]+\s+(\w+)")
_AFTER_LAT = re.compile(rf"(?<![\w.,])(?P<prep>\w+)\s+lat\s+(?P<n>[0-9]{{1,3}})(?![\w:/-]|[.,][0-9])")
# Round eighteen: the same before a colon that is no time's ("dzieci do lat 7: bezpłatnie", a price list's label;
# was "do lat siedem:", unwarned); "lat 7:30" stays a time.
_AFTER_LAT_COLON = re.compile(rf"(?<![\w.,])(?P<prep>\w+)\s+lat\s+(?P<n>[0-9]{{1,3}})(?=:(?![0-9]))")


# Words between a preposition and its count: "z co najmniej 4 dzieci" is "z czworgiem dzieci".
_MODIFIERS = re.compile(
    r"(?<!\w)(?:(?:co\s+)?(?:najmniej|najwyżej)|przynajmniej|aż|tylko|nawet|łącznie|maksymalnie|minimalnie|minimum"
    r"|mniej\s+więcej|prawie|blisko|niemal)\s+$")


def counts(text: str) -> str:
    """2 osoby -> dwie osoby, 1 paczkę -> jedną paczkę, dla 3 osób -> dla trzech osób;
    do lat 18 -> do lat osiemnastu."""
    def say(m: re.Match) -> str:
        if _too_long(m["n"]):
            return m[0]
        n = _int(m["n"])
        if n > 999_999 or (len(m["n"]) > 1 and m["n"].startswith("0")):
            return m[0]
        if after_label(m.string, m.start()):
            return m[0]  # "art. 17 ust. 1 ustawy": a label, counting nothing after it
        governed = governed_cases(_MODIFIERS.sub("", m.string[max(0, m.start() - 40):m.start()]))
        if not governed:
            governed = _paired_count_cases(m)
        noun = m["noun"] if m["noun"] and m["noun"].lower() not in GOVERNS else None  # "do" is also a note
        more = _MORE_AFTER.match(m.string, m.end()) if noun in {"i", "lub", "albo"} else None
        if more:  # "z 3 i więcej dzieci": the noun after "i więcej" is the one counted
            noun = more[1]
        if noun and governed == ("gen", "inst") and any(r.collective and "gen" in r.cases for r in noun_readings(noun)):
            governed = ("inst",)  # "z 4 dzieci": with them, "z czworgiem dzieci"
        if noun and governed and _MORE_THAN.search(m.string, max(0, m.start() - 8), m.start()) and not any(
                c in r.cases for r in noun_readings(noun) for c in governed):
            governed = ()  # round twenty-three: "ponad 20 rodzinom" -> "dwudziestu rodzinom", the noun's case
        if noun and not governed and n > 1 and _GROUP_OF.search(m.string, max(0, m.start() - 30), m.start()) and any(
                r.number == "pl" and "gen" in r.cases for r in noun_readings(noun)):
            governed = ("gen",)  # round twenty-three: "grupa min. 10 osób" -> "grupa minimum dziesięciu osób"
        if noun and not governed and n > 1 and _PERIOD_OF.search(m.string, max(0, m.start() - 12), m.start()) and any(
                r.number == "pl" and "gen" in r.cases and r.lemma in _UNITS_OF_TIME for r in noun_readings(noun)):
            governed = ("gen",)  # session twenty-one: "na okres 90 dni" -> "dziewięćdziesięciu dni" (a period of them)
        if noun and n > 1 and not more and (instead := _collective_with(n, noun, governed)):
            # session twenty-one: not across "i więcej" ("z 3 i więcej dziećmi" -> "z trzema i więcej dziećmi"; the
            # collective's genitive noun had been written over "i": "z trojgiem dzieci więcej dziećmi")
            return f"{instead[0]}{m['space']}{instead[1]}"
        numeral = numeral_for(n, noun, governed) if noun else None
        if numeral is None and noun and n > 1 and (shared := _count_across_adjective(n, noun, m, governed)):
            return f"{shared}{m['space']}{m['noun']}"
        if numeral is None and noun and governed and (people := [
                r for r in readings(noun.lower()) if r.pos in {"adj", "pact", "ppas"} and r.number == "pl"
                and governed[0] in r.cases and r.gender == "m1"]):
            # "przy 2 wstrzymujących się": people named by a participle, in the preposition's case
            numeral = cardinal(n, governed[0], people[0].gender)
            return f"{numeral}{m['space']}{m['noun']}"
        if more and numeral is not None:
            return f"{numeral}{m['space']}{m['noun']}"
        if numeral is None:
            if governed != ("gen",):
                return m[0]
            # "od 3 do 5 lat": a genitive preposition and no noun of its own; the range's noun tells the gender
            after = _NOUN_AFTER_RANGE.match(m.string, m.end("n"))
            nouns = noun_readings(after[1]) if after else ()
            gender = nouns[0].gender if nouns else "m3"
            collective = bool(nouns) and nouns[0].collective
            numeral = cardinal(n, "gen", gender, collective)
            return numeral + m[0][m.end("n") - m.start():]
        return f"{numeral}{m['space']}{m['noun']}"

    def after_lat(m: re.Match) -> str:
        cases = governed_cases(m["prep"])
        if not cases:
            return m[0]
        return m[0][: m.start("n") - m.start()] + cardinal(int(m["n"]), cases[0])

    text = _AFTER_LAT_COLON.sub(after_lat, text) if "lat " in text else text  # round eighteen
    return _COUNT.sub(say, _AFTER_LAT.sub(after_lat, text))


# A count after "i", "oraz", "lub", "albo" whose other half is a count after a preposition, with its noun between:
# "dla 12 rodzin i 5 osób" -> "dla dwunastu rodzin i pięciu osób" (was "i pięć osób", unwarned: "osób" is also the
# noun of "pięć" in the nominative, so the noun alone does not tell the case).
# Session twenty-one: an adjective may follow that noun ("dla 2 osób samotnych i 14 rodzin"; was "i czternaście rodzin").
_PAIRED_COUNT = re.compile(rf"(?<!\w)(?P<prep>\w+)\s+(?:{_NUM})\s+(?P<noun>[a-ząćęłńóśźż-]{{3,}})(?:\s+[a-ząćęłńóśźż]{{3,}})?"
                           r"\s+(?:i|oraz|lub|albo)\s+$")


def _paired_count_cases(m: re.Match) -> tuple[str, ...]:
    """The cases of the preposition before the count this one is paired with, when that count's noun is in one of
    them ("dla 12 rodzin i "); else ()."""
    pair = _PAIRED_COUNT.search(m.string, max(0, m.start() - 60), m.start())
    if not pair:
        return ()
    cases = governed_cases(pair["prep"] + " ")
    if "-" in pair["noun"] and not noun_readings(pair["noun"]):
        return cases  # session twenty-one: an acronym said by its letters ("dla 2 DPS i 1 ŚDS" -> "i jednego eś-de-es")
    return cases if any(c in r.cases for r in noun_readings(pair["noun"]) for c in cases) else ()


# Session twenty-one: a period or a deadline of a count of time ("na okres 90 dni", "termin 14 dni", "okres 3
# miesięcy"): the count in the genitive, a period of them; "okres 2027/2028" (a season, no noun) is not.
_UNITS_OF_TIME = frozenset({"dzień", "tydzień", "miesiąc", "rok", "lato", "godzina", "kwartał", "doba"})
_PERIOD_OF = re.compile(r"(?<!\w)(?:okres|okresu|okresem|termin|terminu|terminem)\s+$", re.I)


# Round twenty-three: "ponad" before a count is "more than", no preposition, where its noun is in a case "ponad" does
# not take ("przekazaliśmy ponad 20 rodzinom" -> "ponad dwudziestu rodzinom"; was "dwadzieścia rodzinom", unwarned).
_MORE_THAN = re.compile(r"(?<!\w)[pP]onad\s+$")
# Round twenty-three: a group of people counted ("grupa min. 10 osób", "dla grupy 15 dzieci") takes its count in the
# genitive, whatever the case of "grupa" (was "grupa minimum dziesięć osób", unwarned).
_GROUP_OF = re.compile(
    r"(?<!\w)[gG]rup(?:a|y|ie|ę|ą)\s+(?:(?:min\.|minimum|maks\.|maksymalnie|co\s+najmniej|co\s+najwyżej|najwyżej"
    r"|ok\.|około)\s+)?$")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _collective_with(n: int, noun: str, governed: tuple[str, ...]) -> tuple[str, str] | None:
    """Round twenty-three: "z 2 dziećmi" -> ("dwojgiem", "dzieci"): a collective numeral in the instrumental takes its
    noun in the genitive, as round twelve's "z dwojgiem lub trojgiem dzieci" (was "z dwojgiem dziećmi", unwarned).
    None unless the noun is a collective one written in the instrumental plural only, after a preposition of it."""
    if "inst" not in governed:
        return None
    nouns = noun_readings(noun)
    if any("gen" in r.cases for r in nouns):
        return None
    r = next((r for r in nouns if r.collective and r.number == "pl" and "inst" in r.cases), None)
    written = r and _inflect(r.lemma, "subst", "pl", "gen", r.gender)
    return (cardinal(n, "inst", r.gender, True), written) if written else None


def _count_across_adjective(n: int, adjective: str, m: re.Match, governed: tuple[str, ...]) -> str | None:
    """Round twenty-three: "i 12 samotnych seniorów" -> "dwunastu": a count before an adjective agrees with the noun
    after it (was "dwanaście samotnych seniorów", unwarned). None unless the word after the count is a plural adjective
    only and the next a plural noun the dictionary knows in one of its cases."""
    adjectives = readings(adjective.lower())
    if not adjectives or any(r.pos not in {"adj", "pact", "ppas"} for r in adjectives):
        return None
    after = _NEXT_WORD.match(m.string, m.end())
    nouns = noun_readings(after[1]) if after and after[1].lower() not in GOVERNS else ()
    shared = {c for a in adjectives if a.number == "pl" for r in nouns if r.number == "pl" for c in a.cases & r.cases}
    return numeral_for(n, after[1], governed) if shared else None


# "po 1 na gospodarstwo": a count after "po" whose noun is left out; its gender is the noun's
# ("po jednej paczce", "po jednym bilecie"), which no rule can see. A period or comma before a digit is
# a date's or a decimal's ("po 31.01.27"), no clause's end.
_PER_EACH_ALONE = re.compile(r"(?<!\w)[Pp]o\s+(?P<n>[0-9]{1,3})(?=\s+(?:na|dla|w|we|z|ze|do|od|za|przez|i|oraz|lub)(?!\w)|\s*[,.;:!?)](?![0-9])|\s*$)")


# "…w ciągu 1 m-ca, a w sprawie skomplikowanej – 2 m-cy": a count of two to four after a dash, its noun written in
# the genitive plural ("m-cy", not "m-ce"): a preposition left out ("w ciągu dwóch miesięcy") or a clerk's
# shorthand for "dwa miesiące"? The rules say the second (issue 28, round twelve).
_GENITIVE_AFTER_DASH = re.compile(r"[–—]\s*(?P<count>(?P<n>[0-9]{1,3})\s*m-cy)(?!\w)")


def unsure_counts(text: str) -> list[str]:
    """Counts of a written text whose numeral is a guess: "po 1" with its noun left out (its gender
    is the noun's, "po jednej paczce"); "– 2 m-cy" after a dash (a preposition left out?). Each as written,
    once, in order."""
    found = []
    for m in _PER_EACH_ALONE.finditer(text):
        n = _int(m["n"])
        if n % 10 in {1, 2} and n % 100 != 12:  # "jeden/jedna", "dwa/dwie": the gender shows
            found.append(m[0].strip())
    if "m-cy" in text:
        for m in _GENITIVE_AFTER_DASH.finditer(text):
            n = _int(m["n"])
            if n % 10 in {2, 3, 4} and n % 100 not in {12, 13, 14}:  # "dwa miesiące" or "dwóch miesięcy"
                found.append(m["count"])
    if "miesiąca" in text and _DAYS_OF_EVERY_MONTH.search(text):  # round twenty-three
        found += [m[0] for m in _BARE_DAY_OR_HOUR.finditer(text) if 1 <= int(m["n"]) <= 31]
    return list(dict.fromkeys(found))


# Round twenty-three: a bare "do 5" at a clause's end in a text that counts days of the month ("od 1 do 15 każdego
# miesiąca, a wnioski przyjmujemy do 5."): the rules say an hour ("do piątej"), the writer may mean the day ("do
# piątego"); staff are asked. An hour written as one ("do 15:00", "godz. do 12") is no question.
_BARE_DAY_OR_HOUR = re.compile(
    r"(?<![\w.])(?<!godz\. )(?<!godzin )(?:do|od|po|przed)\s+(?P<n>[0-9]{1,2})(?=\s*[,;!?)]|\.(?!\s*[0-9a-ząćęłńóśźż])|\s*$)")
_DAYS_OF_EVERY_MONTH = re.compile(r"[0-9]\s+(?:każdego|danego|bieżącego|kolejnego|następnego)\s+miesiąca(?!\w)", re.I)


# ", powyżej 0,80 zł za km" opening a clause after a limit ("do 15 km bezpłatny"): the price of what is above
# it ("osiemdziesiąt groszy", a nominative) or more than that price ("osiemdziesięciu groszy")? The rules
# say the second, as "powyżej" governs; staff are asked (issue 28, round eleven).
_RATE_AFTER_CLAUSE = re.compile(
    r"(?:^|[,;–—]\s*)(?P<rate>(?:[Pp]owyżej|[Pp]oniżej|[Pp]onad)\s+[0-9][0-9 ]*(?:,[0-9]{1,2})?\s?(?:zł|gr)\.?)"
    r"(?=\s*(?:za|/)\s*\w)")


def unsure_rates(text: str) -> list[str]:
    """Rates after "powyżej", "poniżej", "ponad" opening a clause: a price or a bound, a guess. Each as written."""
    return list(dict.fromkeys(m["rate"] for m in _RATE_AFTER_CLAUSE.finditer(text)))
