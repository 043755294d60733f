"""Written Ukrainian (the Ukrainian line's texts) to its spoken form, before any voice sees it.

The counterpart of ivr.spoken.normalize for what the line says in Ukrainian: times and hour
ranges ("о 7:30" -> "о сьомій тридцять", "з 8:00 до 16:00" -> "з восьмої до шістнадцятої"),
dates ("5 грудня" -> "п'ятого грудня"), weekday ranges ("пн–пт" -> "з понеділка по п'ятницю"),
phone numbers in their groups, the postcode, the office's acronyms, a few abbreviations, and
the Polish proper names of places and streets (written in Polish, said the Polish way in
Cyrillic letters: "Kleszczewo" -> "Клещево"). Cardinals come from num2words (lang "uk"); the
ordinals of hours and days from ivr.common.ukrainian.

normalize() applies RULES in order, each a small `str -> str` function that leaves what it
does not recognise unchanged; review() adds what is still left unsaid (digits, Latin letters
of an unknown acronym, symbols), with the same Polish suggestions staff see for Polish texts.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from num2words import num2words

from ivr.common.ukrainian import (
    DAY_ACCUSATIVE,
    DAY_GENITIVE,
    HOUR_GENITIVE,
    HOUR_LOCATIVE,
    HOUR_NOMINATIVE,
    MONTH_GENITIVE,
    WEEKDAY_ACCUSATIVE,
    WEEKDAY_GENITIVE,
)

__all__ = ["DEFAULT_ACRONYMS", "RULES", "leftover_pieces", "normalize", "review", "sentences", "split_sentences"]

# The office acronyms as the Ukrainian voice says them, when no content table is given
# (uk.toml's [acronyms] holds the same and more).
DEFAULT_ACRONYMS: Mapping[str, str] = MappingProxyType({
    "OPS": "о-пе-ес", "GKRPA": "ґе-ка-ер-пе-а", "GOKiS": "гокіс", "ZUS": "зус", "DPS": "де-пе-ес",
    "SMS": "есемес", "NFZ": "ен-еф-зет", "PUP": "пе-у-пе",
})

_APOSTROPHE = "'"
_NUMBER = r"\d+"
_DASH = r"\s*[-–—]\s*"

# Short weekdays as on a Ukrainian timetable (Monday first), with or without a full stop.
_SHORT_DAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "нд")
_SHORT_DAY = r"(?:пн|вт|ср|чт|пт|сб|нд)\.?"

# Written abbreviations: word (case-insensitive, at a word start) -> spoken.
ABBREVIATIONS = {
    "тел.": "телефон", "моб.": "мобільний", "вул.": "вулиця", "ул.": "вулиця", "ul.": "вулиця",
    "al.": "алея", "pl.": "площа", "os.": "осєдле", "nr": "номер", "№": "номер", "напр.": "наприклад",
    "див.": "дивіться", "р.": "року", "грн": "гривень", "zł": "злотих",
    "кімн.": "кімната", "pok.": "кімната", "ок.": "близько",  # what a clerk types in a notice
}


def _words(n: int) -> str:
    return num2words(n, lang="uk")


def cardinal(digits: str) -> str:
    """'5' -> "п'ять"; leading zeros said one by one: '005' -> "нуль нуль п'ять"."""
    zeros = len(digits) - len(digits.lstrip("0"))
    rest = digits[zeros:]
    words = ["нуль"] * zeros + ([_words(int(rest))] if rest else [])
    return " ".join(words)


def _year(number: int, case: str) -> str:
    """The ordinal of a year in the genitive ('2027 року': "дві тисячі двадцять сьомого") or locative."""
    nominative = num2words(number, lang="uk", to="ordinal")
    *before, last = nominative.split()
    soft = last.endswith("ій")
    if case == "gen":
        last = last[:-2] + ("ього" if soft else "ого")
    else:
        last = last[:-2] + ("ьому" if soft else "ому")
    return " ".join([*before, last])


# ---------------------------------------------------------------- rules


def quotes(text: str) -> str:
    """Quotation marks are not said; a bracket is a pause: "лінія (Niebieska Linia), безкоштовно"."""
    text = re.sub(r"[«»„“”\"]", "", text)
    text = re.sub(r"\s*\(\s*", ", ", text)
    text = re.sub(r"\s*\)\s*([,.;:!?])", r"\1", text)
    text = re.sub(r"\s*\)\s*", ", ", text)
    return re.sub(r",\s*,", ",", text)


def acronyms(text: str, table: Mapping[str, str]) -> str:
    """Each acronym of the table, as a whole word, by its spoken form (longest first)."""
    if not table:
        return text
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    return pattern.sub(lambda m: table[m.group(1)], text)


def abbreviations(text: str) -> str:
    def expand(m: re.Match) -> str:
        written = m.group(0)
        spoken = ABBREVIATIONS[written.lower()]
        return spoken[0].upper() + spoken[1:] if written[0].isupper() else spoken

    keys = sorted(ABBREVIATIONS, key=len, reverse=True)
    pattern = "|".join(re.escape(k) + ("" if k.endswith(".") or not k[-1].isalpha() else r"(?!\w)") for k in keys)
    return re.sub(r"(?<![\w])(?:" + pattern + ")", expand, text, flags=re.IGNORECASE)


def _day_index(short: str) -> int:
    return _SHORT_DAYS.index(short.rstrip(".").lower())


def weekdays(text: str) -> str:
    """'пн–пт' -> "з понеділка по п'ятницю"; 'Пн 8:00' -> 'У понеділок 8:00'."""
    def day_range(m: re.Match) -> str:
        first, last = _day_index(m.group(1)), _day_index(m.group(2))
        said = f"з {WEEKDAY_GENITIVE[first]} по {WEEKDAY_ACCUSATIVE[last]}"
        return said[0].upper() + said[1:] if m.group(1)[0].isupper() else said

    def single(m: re.Match) -> str:
        said = f"у {WEEKDAY_ACCUSATIVE[_day_index(m.group(1))]}"
        return said[0].upper() + said[1:] if m.group(1)[0].isupper() else said

    text = re.sub(rf"(?<!\w)({_SHORT_DAY}){_DASH}({_SHORT_DAY})(?!\w)", day_range, text, flags=re.IGNORECASE)
    # A lone short weekday only before a time or an hour: "пт 7:00", "ср 8–16".
    return re.sub(rf"(?<!\w)({_SHORT_DAY})(?=\s+\d)", single, text, flags=re.IGNORECASE)


_CLOCK = r"([01]?\d|2[0-4]):([0-5]\d)"
# After "о" a full stop may part the hour and minutes too ("о 9.45"); elsewhere "24.12" is a date.
_CLOCK_AFTER_O = r"([01]?\d|2[0-4])[:.]([0-5]\d)"


def _clock(hour: str, minute: str, case: str) -> str:
    table = {"nom": HOUR_NOMINATIVE, "gen": HOUR_GENITIVE, "loc": HOUR_LOCATIVE}[case]
    said = table[int(hour)]
    if minute != "00":
        said += " " + cardinal(minute)
    return said


def times(text: str) -> str:
    """Times of day: 'з 8:00 до 16:00' -> 'з восьмої до шістнадцятої', 'о 7:30' -> 'о сьомій тридцять',
    '7:00–15:00' -> 'з сьомої до п'ятнадцятої', a bare '8:00' -> 'восьма'; hours of a range
    after a weekday: 'у понеділок 8–16' -> 'у понеділок з восьмої до шістнадцятої'."""
    def span(m: re.Match) -> str:
        return f"з {_clock(m.group(1), m.group(2), 'gen')} до {_clock(m.group(3), m.group(4), 'gen')}"

    text = re.sub(rf"(?<![\w:.]){_CLOCK}{_DASH}{_CLOCK}(?![\w:])", span, text)
    text = re.sub(rf"(?<!\w)(о|об)\s+{_CLOCK_AFTER_O}(?![\w:]|\.\d)",
                  lambda m: f"{m.group(1)} {_clock(m.group(2), m.group(3), 'loc')}", text, flags=re.IGNORECASE)

    def after(m: re.Match) -> str:
        word = m.group(1)
        case = "loc" if word.lower() in ("о", "об") else "gen"
        return f"{word} {_clock(m.group(2), m.group(3), case)}"

    text = re.sub(rf"(?<!\w)(о|об|з|із|від|до|після|близько|біля)\s+{_CLOCK}(?![\w:])", after, text, flags=re.IGNORECASE)
    text = re.sub(rf"(?<![\w:.]){_CLOCK}(?![\w:])", lambda m: _clock(m.group(1), m.group(2), "nom"), text)

    def hour_span(m: re.Match) -> str:
        first, last = int(m.group(2)), int(m.group(3))
        if not (0 < first < last <= 24):
            return m.group(0)
        return f"{m.group(1)} з {HOUR_GENITIVE[first]} до {HOUR_GENITIVE[last]}"

    days = "|".join(WEEKDAY_ACCUSATIVE)
    return re.sub(rf"((?:у|в|по)\s+(?:{days}))\s+(\d{{1,2}}){_DASH}(\d{{1,2}})(?![\w:])", hour_span, text,
                  flags=re.IGNORECASE)


def dates(text: str) -> str:
    """'5 грудня' -> "п'ятого грудня"; '24.12' and '24.12.2026' -> the same with the month
    (and the year); a year before 'року' / 'р.' / 'році' as an ordinal."""
    months = "|".join(MONTH_GENITIVE[1:])

    def day_form(preposition: str | None, day: int) -> str:
        return (DAY_ACCUSATIVE if (preposition or "").lower() == "по" else DAY_GENITIVE)[day]

    def day_span(m: re.Match) -> str:  # "з 24 по 26 грудня": the first day has no month of its own
        first, last = int(m.group(2)), int(m.group(4))
        if not (1 <= first <= 31 and 1 <= last <= 31):
            return m.group(0)
        return f"{m.group(1)} {DAY_GENITIVE[first]} {m.group(3)} {day_form(m.group(3), last)} {m.group(5)}"

    text = re.sub(rf"(?<!\w)(з|від)\s+(\d{{1,2}})\s+(по|до)\s+(\d{{1,2}})\s+({months})(?!\w)", day_span, text,
                  flags=re.IGNORECASE)

    def day_month(m: re.Match) -> str:
        day = int(m.group(2))
        if not 1 <= day <= 31:
            return m.group(0)
        return f"{m.group(1) or ''}{day_form(m.group(1) and m.group(1).strip(), day)} {m.group(3)}"

    text = re.sub(rf"(?<![\w.,])(по\s+)?(\d{{1,2}})\s+({months})(?!\w)", day_month, text, flags=re.IGNORECASE)

    def numeric(m: re.Match) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return m.group(0)
        said = f"{m.group(1) or ''}{day_form(m.group(1) and m.group(1).strip(), day)} {MONTH_GENITIVE[month]}"
        if m.group(4):
            said += f" {_year(int(m.group(4)), 'gen')} року"
        return said

    text = re.sub(r"(?<![\w.:,])(по\s+)?(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\w:]|\.\d)", numeric, text,
                  flags=re.IGNORECASE)

    def year(m: re.Match) -> str:
        case = "loc" if m.group(2).lower() == "році" else "gen"
        return f"{_year(int(m.group(1)), case)} {'році' if case == 'loc' else 'року'}"

    return re.sub(r"(?<![\w.,])(\d{4})\s+(року|році|р\.)(?!\w)", year, text, flags=re.IGNORECASE)


def postal_codes(text: str) -> str:
    """'63-005' -> "шістдесят три, нуль нуль п'ять"."""
    def say(m: re.Match) -> str:
        said = f"{cardinal(m.group(1))}, {cardinal(m.group(2))}"
        return said + ("," if m.group(3) else "")  # a pause before the town: "..., Клещево"

    return re.sub(r"(?<![\w-])(\d{2})-(\d{3})(?![\w-])(?=(\s+\w))?", say, text)


def phone_numbers(text: str) -> str:
    """A number written in groups is said group by group, each as a number, with a pause:
    '61 817 61 30' -> "шістдесят один, вісімсот сімнадцять, шістдесят один, тридцять";
    '+48 606 902 915' -> "плюс сорок вісім, шістсот шість, ..."; '(061) 817-61-30' drops the old 0."""
    def say(m: re.Match) -> str:
        written = m.group(0)
        groups = re.findall(r"\d+", written)
        if sum(len(g) for g in groups) < 7 or len(groups) < 3:
            return written
        if groups[0].startswith("0") and len(groups[0]) == 3 and written.lstrip().startswith("("):
            groups[0] = groups[0][1:]  # (061): the old trunk prefix
        said = ", ".join(cardinal(g) for g in groups)
        return ("плюс " + said) if written.startswith("+") else said

    return re.sub(r"(?<![\w+])(?:\+|\()?\d{2,3}\)?(?:[ -]\d{2,3}){2,4}(?![\w-])", say, text)


def numbers(text: str) -> str:
    """What digits are left, as cardinals: '112' -> "сто дванадцять", '800+' -> "вісімсот плюс"."""
    text = re.sub(r"(?<![\w])(\d+)\+", lambda m: f"{cardinal(m.group(1))} плюс", text)
    return re.sub(r"(?<![\w.,:/])\d{1,9}(?![\w/]|[.,:]\d)", lambda m: cardinal(m.group(0)), text)


# Polish letters -> Cyrillic, as Ukrainian writes Polish names (ł as л: Łódź -> Лодзь). Longest first.
_POLISH_SOUNDS = [
    ("szcz", "щ"), ("sz", "ш"), ("cz", "ч"), ("ch", "х"), ("rz", "ж"), ("dż", "дж"), ("dź", "дзь"),
    ("dzia", "дзя"), ("dzie", "дзє"), ("dzio", "дзьо"), ("dziu", "дзю"), ("dzi", "дзі"), ("dz", "дз"),
    ("cia", "ця"), ("cie", "цє"), ("cio", "цьо"), ("ciu", "цю"), ("ci", "ці"),
    ("sia", "ся"), ("sie", "сє"), ("sio", "сьо"), ("siu", "сю"), ("si", "сі"),
    ("zia", "зя"), ("zie", "зє"), ("zio", "зьо"), ("ziu", "зю"), ("zi", "зі"),
    ("nia", "ня"), ("nie", "нє"), ("nio", "ньо"), ("niu", "ню"),
    ("ia", "я"), ("ie", "є"), ("io", "ьо"), ("iu", "ю"),
    ("ja", "я"), ("je", "є"), ("jo", "йо"), ("ju", "ю"),
    ("a", "а"), ("ą", "он"), ("b", "б"), ("c", "ц"), ("ć", "ць"), ("d", "д"), ("e", "е"), ("ę", "ен"),
    ("f", "ф"), ("g", "ґ"), ("h", "х"), ("i", "і"), ("j", "й"), ("k", "к"), ("l", "л"), ("ł", "л"),
    ("m", "м"), ("n", "н"), ("ń", "нь"), ("o", "о"), ("ó", "у"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("ś", "сь"), ("t", "т"), ("u", "у"), ("w", "в"), ("y", "и"), ("z", "з"), ("ź", "зь"), ("ż", "ж"),
]
_POLISH_PATTERN = re.compile("|".join(re.escape(k) for k, _ in _POLISH_SOUNDS))
_POLISH_TABLE = dict(_POLISH_SOUNDS)
_LATIN_WORD = re.compile(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+")
# Whole names whose usual Ukrainian spelling reads better than the letters do.
POLISH_NAMES = {"Kleszczewo": "Клещево", "Kleszczewie": "Клещеві", "Poznańska": "Познанська",
                "Poznańskiej": "Познанській", "Poznań": "Познань", "Polska": "Польща"}


def polish_word(word: str) -> str:
    """A Polish word in Cyrillic letters, as a Pole says it: 'Radzimska' -> 'Радзімска'."""
    if word in POLISH_NAMES:
        return POLISH_NAMES[word]
    said = _POLISH_PATTERN.sub(lambda m: _POLISH_TABLE[m.group(0)], word.lower())
    return said[0].upper() + said[1:] if word[0].isupper() else said


def polish_names(text: str) -> str:
    """Latin words (Polish names of places, streets, offices) in Cyrillic; an unknown all-capital
    acronym is left as written (and warned: staff add it to [acronyms])."""
    def say(m: re.Match) -> str:
        word = m.group(0)
        if len(word) > 1 and word.isupper():
            return word
        return polish_word(word)

    return _LATIN_WORD.sub(say, text)


def symbols(text: str) -> str:
    text = re.sub(r"\s*%", " відсотків", text)
    text = re.sub(r"\s+&\s+", " і ", text)
    return text


def whitespace(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


RULES = (phone_numbers, quotes, abbreviations, weekdays, postal_codes, times, dates, numbers, symbols,
         polish_names, whitespace)


def normalize(text: str, acronym_table: Mapping[str, str] | None = None) -> str:
    """The spoken form of a Ukrainian text; lines (menu options) stay lines."""
    table = DEFAULT_ACRONYMS if acronym_table is None else acronym_table
    text = acronyms(text, table)
    for rule in RULES:
        text = rule(text)
    return text


# ---------------------------------------------------------------- sentences and leftovers

_BOUNDARY = re.compile(r"[.!?…]+[\"”»)]*(?=\s|$)|\n")


def split_sentences(text: str) -> list[str]:
    """Sentences of a spoken Ukrainian text (abbreviations are already words there)."""
    parts, start = [], 0
    for m in _BOUNDARY.finditer(text):
        parts.append(text[start:m.end()])
        start = m.end()
    parts.append(text[start:])
    return [" ".join(p.split()) for p in parts if p.strip(" \n.!?…")]


def sentences(text: str, acronym_table: Mapping[str, str] | None = None) -> list[str]:
    """The sentences the voice says for a written text."""
    return split_sentences(normalize(text, acronym_table))


_LEFTOVER = re.compile(r"(?P<digits>\d+(?:[.,:/]\d+)*)|(?P<acronym>\b[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻa-z]*[A-Z]\b)"
                       r"|(?P<letters>[A-Za-z]+)")
_PLAIN = re.compile(r"[\w\s.,;:!?…()\-–—'’ʼ]")


def leftover_pieces(spoken: str) -> list[tuple[str, str]]:
    """(piece, kind) of what the rules left unsaid: digits, an acronym not in the table, other
    Latin letters, a symbol; unique, in order (kinds as ivr.spoken.review names them)."""
    found, seen = [], set()
    for m in _LEFTOVER.finditer(spoken):
        piece = m.group(0)
        if piece not in seen:
            seen.add(piece)
            found.append((m.start(), piece, m.lastgroup))
    covered = set("".join(seen))  # "/" of "4/5" is named with its piece
    for i, ch in enumerate(spoken):
        if not _PLAIN.match(ch) and ch not in seen and ch not in covered:
            seen.add(ch)
            found.append((i, ch, "symbol"))
    return [(piece, kind) for _, piece, kind in sorted(found)]


def review(text: str, acronym_table: Mapping[str, str] | None = None):
    """The spoken form and the leftovers, as ivr.spoken.review.review gives them for Polish."""
    from ivr.spoken.review import Leftover, Review, suggestion

    spoken = normalize(text, acronym_table) if text.strip() else ""
    return Review(spoken, tuple(Leftover(p, suggestion(p, kind)) for p, kind in leftover_pieces(spoken)))
