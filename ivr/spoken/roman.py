"""Roman numerals next to a noun they qualify, as ordinals in its gender and case:
"na II piętrze" -> "na drugim piętrze", "XXI wieku" -> "dwudziestego pierwszego wieku",
"klasy I–III" -> "klasy od pierwszej do trzeciej", "Jana Pawła II" -> "Jana Pawła Drugiego".
Anything else, a lone "I" above all (a conjunction), is left alone (and reported)."""
from __future__ import annotations

import re

from ivr.common.polish import MONTH_GENITIVE, WEEKDAY_NOMINATIVE
from ivr.spoken.inflection import ORDINAL_NOUNS, Reading, governed_cases, noun_readings, ordinal, readings

__all__ = ["ROMAN", "roman_numerals", "roman_value"]

ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_PAIR = re.compile(
    rf"(?<![\w.-])(?P<a>{ROMAN})(?:\s*[-–—]\s*(?P<b>{ROMAN}))?(?![\w-])")
# A span of Roman numerals is one of months after a noun of a period of the year ("okres", "sezon",
# "miesiące"), an adjective and a bracket allowed between, or before a year (said already, or in digits)
# with no noun before it ("(I-III 2027)"); "Turnusy I-III 2027" are numbered, not months.
_YEAR_AFTER = re.compile(r"\s+(?:(?:19|20)[0-9]{2}(?![0-9])|dwa tysiące|tysiąc dziewięćset)")
_PERIOD_BEFORE = re.compile(r"(?<!\w)(?:okres|sezon|miesiąc|miesięc)\w*(?:\s+[a-ząćęłńóśźż]+)?\s*\(?\s*$", re.I)
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# A capitalised word the dictionary does not know, with an adjective's ending, before the name's noun ("XXV
# Dekanalny Przegląd", round fourteen): an adjective, the numeral agreeing with the noun after it.
_UNKNOWN_ADJECTIVE = re.compile(r"(?:n|sk|ck|ow|ln|rn)(?:y|i|a|e|ego|ej|ym|ą|emu)$")


def roman_value(numeral: str) -> int:
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " "):
        v = _VALUES[ch]
        total += -v if nxt != " " and _VALUES[nxt] > v else v
    return total


def _noun(word: str, governed: tuple[str, ...]) -> Reading | None:
    found = [r for r in noun_readings(word) if r.lemma.lower() in ORDINAL_NOUNS]
    if not found:
        return None
    def rank(r: Reading):
        return (governed and not (set(governed) & r.cases), r.number != "sg", "nom" not in r.cases)
    return sorted(found, key=rank)[0]


def _case(r: Reading, governed: tuple[str, ...]) -> str:
    for c in (*governed, "nom", "gen", "acc", "loc", "inst", "dat"):
        if c in r.cases:
            return c
    return "nom"


# Two Roman months joined by "lub", "i", "albo", "oraz" after "z", "za", "od", "do", with nothing counted after them
# ("rachunek za prąd z XI lub XII •", "rachunki za gaz za XI i XII."): the months, "z" and "od", "do" taking the
# genitive, "za" the accusative ("za listopad i grudzień") (round thirteen; were left, and warned). Not after a
# class ("klasy z I i II").
_MONTH_NOMINATIVE = ("", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                     "październik", "listopad", "grudzień")
_MONTH_PAIR = re.compile(
    rf"(?<!\w)(?P<prep>[zZ]a|[zZ]|[oO]d|[dD]o)\s+(?P<a>{ROMAN})\s+(?P<join>lub|albo|i|oraz)\s+(?P<b>{ROMAN})"
    r"(?=\s*(?:[,.;:)•]|$))")
_CLASS_BEFORE = re.compile(r"(?<!\w)(?:kl\.|klas\w*)(?:\s+\S+){0,2}\s*$", re.I)


def _month_pair(m: re.Match) -> str:
    a, b = roman_value(m["a"]), roman_value(m["b"])
    if not (1 <= a <= 12 and 1 <= b <= 12) or a == b or _CLASS_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return m[0]
    months = _MONTH_NOMINATIVE if m["prep"].lower() == "za" else MONTH_GENITIVE
    prep = m["prep"] + ("e" if m["prep"] in {"z", "Z"} and months[a][:2] in {"st", "wr"} else "")  # "ze stycznia"
    return f"{prep} {months[a]} {m['join']} {months[b]}"


# A Roman month with no day, right after a preposition, before a year ("program na I 2027:", "w XII 2026 r."): the
# month in the preposition's case and the year's ordinal with "roku" (round fourteen; "I" was left, and warned).
_MONTH_OF_YEAR = re.compile(
    rf"(?<!\w)(?P<prep>[nN]a|[zZ]a|[wW]|[oO]d|[dD]o)\s+(?P<m>{ROMAN})\s+"
    r"(?:(?P<year>(?:19|20)[0-9]{2})(?![\w/-]|[.,:][0-9]|\s*r\b|\s*(?:[,/–—-]|na)\s*(?:19|20)[0-9]{2})|(?=(?:dwa tysiące|tysiąc dziewięćset)\s[\w ]{1,40}?\sroku(?!\w)))")
_MONTH_CASE = {"na": "acc", "za": "acc", "w": "loc", "od": "gen", "do": "gen"}
_SPAN_BEFORE = re.compile(rf"(?:[oO]d|[zZ])\s+(?:{ROMAN})\s+$")


def _month_of_year(m: re.Match) -> str:
    month = roman_value(m["m"])
    if not 1 <= month <= 12 or _SPAN_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return m[0]  # "od I do III 2027": a span of months, left (and warned) as before
    case = _MONTH_CASE[m["prep"].lower()]
    name = {"acc": _MONTH_NOMINATIVE[month], "gen": MONTH_GENITIVE[month]}.get(case) or _MONTH_LOCATIVE[month]
    return f"{m['prep']} {name} " + (f"{ordinal(int(m['year']), 'gen')} roku" if m["year"] else "")


# Round eighteen: a span of Roman months after "za", a year or none after it ("zaświadczenie o dochodach za X–XII
# 2026" -> "za okres od października do grudnia dwa tysiące dwudziestego szóstego roku"; was "za X XII dwa tysiące
# dwadzieścia sześć", warned): said as round twelve says "za okres X-XII 2026 r." ("za październik–grudzień" loses
# its dash when said, and "za październik grudzień" sounds like two months), the year's ordinal with "roku". Not
# after a class ("za kl. I–III"), nor months out of order or of no month, nor a span that ends by IV, which may number
# quarters or instalments ("Zaliczki za I-III 2027 r.", round eight's test: left as before).
_MONTH_SPAN_FOR = re.compile(
    rf"(?<!\w)(?P<prep>[zZ]a)\s+(?P<a>{ROMAN})\s*[-–—]\s*(?P<b>{ROMAN})"
    r"(?:\s+(?P<year>(?:19|20)[0-9]{2})(?P<r>\s*r\.?)?)?(?![\w/-]|[.,:][0-9])")


def _month_span_for(m: re.Match) -> str:
    a, b = roman_value(m["a"]), roman_value(m["b"])
    if not (1 <= a < b <= 12) or b <= 4 or _CLASS_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return m[0]
    said = f"{m['prep']} okres od {MONTH_GENITIVE[a]} do {MONTH_GENITIVE[b]}"
    if not m["year"]:
        return said
    full_stop = "." if m["r"] and m["r"].endswith(".") and re.match(r"\s*(?:$|[A-ZĄĆĘŁŃÓŚŹŻ])", m.string[m.end():]) else ""
    return f"{said} {ordinal(int(m['year']), 'gen')} roku{full_stop}"


_MONTH_LOCATIVE = ("", "styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu",
                   "październiku", "listopadzie", "grudniu")


# Round seventeen: one Roman month after "za" (what a bill or a benefit is for) with nothing numbered after it, before
# a stop or a verb ("faktury za XII składać do 15 stycznia" -> "za grudzień"; was "XII", warned), as round thirteen's
# pair "za XI i XII"; not after a class ("klasy za II"), nor before a noun ("za II kwartał", the numbered noun's).
_MONTH_ALONE = re.compile(rf"(?<!\w)(?P<prep>[zZ]a)\s+(?P<m>{ROMAN})(?=\s*(?:[,.;:)•]|$)|\s+(?P<verb>[a-ząćęłńóśźż]+)(?!\w))")
_LISTED_AFTER = re.compile(rf"\s*,\s*(?:{ROMAN})(?![\w-])")
_VERB_FORMS = frozenset({"inf", "fin", "impt", "praet", "pred", "imps", "bedzie",
                         "ppas"})  # round thirty-five: a participle ("Dyżur w XII przesunięty na 16.12")


def _month_alone(m: re.Match) -> str:
    month = roman_value(m["m"])
    if not 1 <= month <= 12 or _CLASS_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) or _LISTED_AFTER.match(
            m.string, m.end()):
        return m[0]  # "za X, XI i XII": a list, left (and warned) as before
    if m["verb"]:
        found = readings(m["verb"])
        if not found or not all(r.pos in _VERB_FORMS for r in found):
            return m[0]
        after = re.match(r"\s+(\w+)", m.string[m.end("verb"):m.end("verb") + 40])
        if any(r.pos == "ppas" for r in found) and after and any(r.pos == "subst" for r in readings(after[1].lower())):
            return m[0]  # "w II połączonej klasie": the participle is the next noun's
    return f"{m['prep']} {_MONTH_NOMINATIVE[month]}"


# Round twenty-five: the same after "w", "z", "od", "do" ("rachunki z XI należy dostarczyć" -> "z listopada", "w I –
# od 5." -> "w styczniu"; were "XI", "I", warned): "w" the locative, the others the genitive; a dash stops it too.
# Not after a class, before a list, a noun or a year (round fourteen's `w I 2027-2028` stays warned).
_MONTH_ALONE_AFTER = re.compile(
    rf"(?<!\w)(?P<prep>[wW]e?|[zZ]e?|[oO]d|[dD]o)\s+(?P<m>{ROMAN})(?=\s*(?:[,.;:)•–—]|$)|\s+(?P<verb>[a-ząćęłńóśźż]+)(?!\w))")


_MONTH_ALONE_HINT = re.compile(r"(?<!\w)(?:[wWzZ]e?|[oO]d|[dD]o) [IVX]")
_PUPILS_BEFORE = re.compile(r"(?<!\w)(?:[uU]czni\w*|[uU]czeń|[uU]czennic\w*|[sS]zkoł\w*)(?:\s+\S+){0,2}\s*$")


def _month_alone_after(m: re.Match) -> str:
    said = _month_alone(m)
    if said == m[0] or _PUPILS_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return m[0]  # "Uczniowie z I przyjdą": a class
    month, prep = roman_value(m["m"]), m["prep"].lower()
    if prep.startswith("w"):
        word, we = _MONTH_LOCATIVE[month], _MONTH_LOCATIVE[month].startswith(("w", "f"))
    else:
        word, we = MONTH_GENITIVE[month], prep.startswith("z") and MONTH_GENITIVE[month][:2] in {"st", "wr"}
    if prep in {"w", "we", "z", "ze"}:
        prep = prep[0] + ("e" if we else "")
    return f"{m['prep'][0] + prep[1:]} {word}"


# Session twenty-four: the month's first to fifth weekday, numbered in Roman ("dyżur w I czwartek miesiąca" -> "w
# pierwszy czwartek miesiąca"; was "I", unwarned), only before "miesiąca": "I" is also "and" in a text in capitals.
_WEEKDAY_OF_MONTH = re.compile(r"(?<![\w.])(?P<r>I|II|III|IV|V)\s+(?P<day>[a-ząćęłńóśźż]+)"
                               r"(?=\s+(?:każdego\s+)?miesiąca(?!\w))")


def _weekday_of_month(m: re.Match) -> str:
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    found = [r for r in noun_readings(m["day"]) if r.number == "sg" and r.lemma in WEEKDAY_NOMINATIVE]
    if not found:
        return m[0]  # no weekday ("w I kwartale miesiąca" is the ordinal rule's)
    r = sorted(found, key=lambda r: not (set(governed) & r.cases))[0]
    return f"{ordinal(roman_value(m['r']), _case(r, governed), r.gender)} {m['day']}"


def roman_numerals(text: str) -> str:
    """I piętro -> pierwsze piętro, w IV kwartale -> w czwartym kwartale, XX edycja -> dwudziesta edycja."""
    if "miesiąca" in text:
        text = _WEEKDAY_OF_MONTH.sub(_weekday_of_month, text)
    if " lub " in text or " i " in text or " albo " in text or " oraz " in text:
        text = _MONTH_PAIR.sub(_month_pair, text)
    text = _MONTH_SPAN_FOR.sub(_month_span_for, text) if "a " in text or "A " in text else text  # round eighteen
    text = _MONTH_OF_YEAR.sub(_month_of_year, text)
    if "za " in text or "Za " in text:
        text = _MONTH_ALONE.sub(_month_alone, text)  # round seventeen
    if _MONTH_ALONE_HINT.search(text):
        text = _MONTH_ALONE_AFTER.sub(_month_alone_after, text)  # round twenty-five
    def say(m: re.Match) -> str:
        a, b = m["a"], m["b"]
        before = m.string[max(0, m.start() - 40):m.start()]
        after = re.match(r"\s+(\w+)", m.string[m.end():m.end() + 40])
        prev = re.search(r"(\w+)\s+$", before)
        governed = governed_cases(before)
        if not b and prev and prev[1].lower() in {"nr", "numer", "numerem", "numeru", "numerze"} and re.match(
                r"\s*/\s*[0-9]", m.string[m.end():m.end() + 4]):
            return str(roman_value(a))  # "Uchwała nr XII/85/2026": a document number, said as numbers
        if b and roman_value(a) <= 12 and roman_value(b) <= 12 and not (prev and _noun(prev[1], ())) and (
                _PERIOD_BEFORE.search(before) and not (after and _noun(after[1], governed)) or not governed and _YEAR_AFTER.match(
                    m.string, m.end()) and re.search(r"(?:^|[(:])\s*$", before)):
            # "za okres X-XII 2026 r.", "w sezonie grzewczym (X–IV)", "w okresie VII–VIII" (the preposition
            # governs the period's noun, not the span: round twelve): a span of months
            return f"od {MONTH_GENITIVE[roman_value(a)]} do {MONTH_GENITIVE[roman_value(b)]}"
        if after and (r := _noun(after[1], governed)):  # "II piętro", "w XXI wieku"
            case = _case(r, governed)
            return _say(a, b, case, r.gender, r.number, start=(m.start() < 40 and not m.string[:m.start()].strip()) or before.rstrip()[-1:] in {".", "!", "?"})
        if not b and prev and after and after[1][:1].isupper() and (r := _part_before(prev, after[1])):
            return _say(a, None, r[1], r[0].gender, "sg")  # round twenty: "z rozdz. IV Regulaminu" -> "czwartym"
        start = not before.strip() or before.rstrip()[-1:] in {".", "!", "?", ":"}
        named = prev and prev[1][:1].isupper() and any(r.name for r in noun_readings(prev[1]))
        if after and after[1][:1].isupper() and not b and not named:
            # "X Bieg Seniora", "podczas III Pikniku": an edition before a capitalised name
            r = _common_noun(after[1].lower(), governed)
            if r is None and (any(a.pos == "adj" for a in readings(after[1].lower())) or _UNKNOWN_ADJECTIVE.search(
                    after[1]) and all(a.pos == "ign" for a in readings(after[1].lower()))):
                # "XV Gminny Przegląd": a capitalised adjective before the name's noun
                noun = re.match(r"\s+\w+\s+([A-ZĄĆĘŁŃÓŚŹŻ]\w+)", m.string[m.end():m.end() + 60])
                r = _common_noun(noun[1].lower(), governed, agreeing=after[1].lower()) if noun else None
            if r is not None:
                spoken = ordinal(roman_value(a), _case(r, governed), r.gender)
                return _capital(spoken) if start else spoken
        if prev and (r := _noun(prev[1], ())) and (b or r.number == "sg"):  # "klasy IV", "wiek XXI", "klas I–III";
            # one numeral after a plural ("Moduły I i II", round fourteen: "pierwszy i drugi"?) is left
            return _say(a, b, _case(r, ()) if not b else "gen", r.gender, "sg")
        if prev and not b and prev[1][:1].isupper():  # "Jana Pawła II"
            names = [r for r in noun_readings(prev[1]) if r.name and r.gender in {"m1", "f"} and r.number == "sg"]
            names = [r for r in names if r.gender == "m1"] or names  # "Pawła": Paweł, not a woman
            if names:
                r = sorted(names, key=lambda r: "gen" not in r.cases)[0] if "gen" in before[-30:] else names[0]
                case = "gen" if "gen" in r.cases and not {"nom"} & r.cases else _case(r, ())
                word = ordinal(roman_value(a), case, r.gender)
                return word[:1].upper() + word[1:]
        return m[0]
    return _PAIR.sub(say, _centuries(_century_pairs(text) if " w." in text else text))


# Round twenty: a part of a document numbered before the capitalised name of the document it divides, in the
# genitive ("z rozdz. IV Regulaminu", "w części II Programu"): the numeral is the part's, in its case ("rozdziałem
# czwartym", "w części drugiej"; was "czwartego Regulaminu", unwarned); an edition before a name ("X Bieg Seniora")
# and a year ("w tym roku X Bieg") as before.
_PART_NOUNS = frozenset("rozdział część dział tom moduł etap filar".split())


def _part_before(prev: re.Match, name: str) -> tuple[Reading, str] | None:
    if not any("gen" in r.cases for r in noun_readings(name) if r.number == "sg"):
        return None
    found = [r for r in noun_readings(prev[1]) if r.lemma.lower() in _PART_NOUNS and r.number == "sg"]
    if not found:
        return None
    governed = governed_cases(prev.string[:prev.start()] + " ")
    r = sorted(found, key=lambda r: bool(governed) and not (set(governed) & r.cases))[0]
    return r, _case(r, governed)


_CENTURY_CASES = {"nom": "wiek", "acc": "wiek", "gen": "wieku", "loc": "wieku", "inst": "wiekiem",
                  "dat": "wiekowi"}
_NOT_NOUNS = frozenset({"to", "ten", "ta", "tamten", "tamta", "co", "coś", "wszystko"})  # pronouns: "To XIX w."
_CENTURY = re.compile(rf"(?<![\w.-])(?P<a>{ROMAN})\s*w\.")


def _century_case(before: str) -> str:
    """The case a century takes after the words before it: a preposition's, after a noun the genitive ("Zabytek XIX
    w.", "w latach 50. XX w."), else the nominative."""
    case = next((c for c in governed_cases(before) if c in _CENTURY_CASES), None)
    if case is not None:
        return case
    prev = re.search(r"(\w+)\s*$", before)
    after_noun = prev and before.rstrip()[-1:].isalpha() and prev[1].lower() not in _NOT_NOUNS and any(
        r.pos in {"subst", "adj"} for r in readings(prev[1].lower()))
    return "gen" if after_noun else "nom"


def _century_said(spoken: str, m: re.Match, before: str) -> str:
    """A century's words in their place: capitalised at a sentence's start, with the full stop of "w." kept where the
    sentence ends there (at the text's end or before a capital)."""
    if not before.strip() or before.rstrip()[-1:] in {".", "!", "?"}:
        spoken = _capital(spoken)
    rest = m.string[m.end():]
    ends = not rest.strip() or re.match(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]", rest)
    return spoken + ("." if ends and (rest.strip() or m.string[:m.start()].strip()[:1].isupper()) else "")


def _centuries(text: str) -> str:
    """XIX w. -> dziewiętnasty wiek; w XIX w. -> w dziewiętnastym wieku; z XIX w. -> z dziewiętnastego wieku."""
    def say(m: re.Match) -> str:
        before = m.string[max(0, m.start() - 40):m.start()]
        case = _century_case(before)
        return _century_said(f"{ordinal(roman_value(m['a']), case, 'm3')} {_CENTURY_CASES[case]}", m, before)
    return _CENTURY.sub(say, text)


# Round twenty: two centuries joined before one "w." ("na przełomie XIX i XX w." -> "dziewiętnastego i dwudziestego
# wieku", "z XVII lub XVIII w."; the first was left, and warned, the second said alone), both in the case the single
# century takes there.
_CENTURY_PAIR = re.compile(rf"(?<![\w.-])(?P<a>{ROMAN})\s+(?P<join>i|oraz|lub|albo)\s+(?P<b>{ROMAN})\s*w\.")


def _century_pairs(text: str) -> str:
    def say(m: re.Match) -> str:
        before = m.string[max(0, m.start() - 40):m.start()]
        prev = re.search(r"(\w+)\s*$", before)
        if not (4 <= roman_value(m["a"]) < roman_value(m["b"]) <= 21) or prev and _noun(prev[1], ()):
            return m[0]  # "klasy I i II w. szkole", "Moduły IV i V w." : numbered, not centuries
        case = _century_case(before)
        return _century_said(f"{ordinal(roman_value(m['a']), case, 'm3')} {m['join']} "
                             f"{ordinal(roman_value(m['b']), case, 'm3')} {_CENTURY_CASES[case]}", m, before)
    return _CENTURY_PAIR.sub(say, text)


def _capital(spoken: str) -> str:
    return spoken[:1].upper() + spoken[1:]


def _common_noun(word: str, governed: tuple[str, ...], agreeing: str | None = None) -> Reading | None:
    """A common noun's singular reading ("bieg", "pikniku"), the governed case first; after an
    adjective ("Gminny Dzień") the readings in its gender and case first ("dzień" is also a rare feminine)."""
    found = [r for r in noun_readings(word) if r.number == "sg" and not r.name and r.lemma.islower()]
    if not found:
        return None
    if agreeing:
        forms = [(a.gender, a.cases) for a in readings(agreeing) if a.pos == "adj" and a.number == "sg"]
        agree = [r for r in found if any(g[:1] == r.gender[:1] and c & r.cases for g, c in forms)]
        found = agree or found
    return sorted(found, key=lambda r: (r.archaic, bool(governed) and not (set(governed) & r.cases),
                                        "nom" not in r.cases))[0]


def _say(a: str, b: str | None, case: str, gender: str, number: str, start: bool = False) -> str:
    if b:
        spoken = f"od {ordinal(roman_value(a), 'gen', gender)} do {ordinal(roman_value(b), 'gen', gender)}"
    else:
        spoken = ordinal(roman_value(a), case, gender, number)
    return spoken[:1].upper() + spoken[1:] if start else spoken
