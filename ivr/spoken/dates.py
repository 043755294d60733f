"""Dates as people write them, read in one place: the staff forms (closure days, notices,
statistics, simulator) and anything else that takes a typed date.

    "2026-12-07", "07.12.2026", "7.12", "7/12", "7 grudnia", "7 grudnia 2026 r.",
    "7 XII", "7.XII.2026", "7 grudzień", "7 grudnia" without Polish letters ("7 wrzesnia")

A date without a year is the next such day from the base day (today, or the first day of a
notice for its last day). With `relative=True` (a notice's days) also:

    "dziś", "dzisiaj", "jutro", "pojutrze",
    "od poniedziałku", "w piątek", "wtorek" (the next such weekday after the base day),
    "do końca miesiąca", "koniec miesiąca" (the base day's month),
    "do końca tygodnia" (the base day's Sunday), "do końca roku"

Leading "od", "do", "w", "we" are ignored. Months come from the same table the spoken form
says them with (ivr.common.polish.MONTH_GENITIVE); Roman months from ivr.spoken.roman.
`written()` says a date back the way the page confirms it: "poniedziałek, 7 grudnia 2026".
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from ivr.common.polish import MONTH_GENITIVE
from ivr.spoken.roman import roman_value

__all__ = ["DateProblem", "date_parts", "parse_date", "written", "WEEKDAY_NOMINATIVE", "FORMATS",
           "WRITTEN_DATE", "unplaced_dates"]

FORMATS = "np. 7 grudnia, 7 XII, 7.12, 07.12.2026 albo 2026-12-07"
WEEKDAY_NOMINATIVE = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MONTH_NOMINATIVE = ("", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                    "wrzesień", "październik", "listopad", "grudzień")


class DateProblem(ValueError):
    """A date that cannot be used; `impossible` when it is well written but no such day exists."""

    def __init__(self, text: str, impossible: bool):
        super().__init__(text)
        self.text = text
        self.impossible = impossible


def _plain(text: str) -> str:
    """Lower case, no Polish letters: "Września" and "wrzesnia" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_MONTHS = {_plain(name): n for n, name in enumerate(MONTH_GENITIVE) if name}
_MONTHS |= {_plain(name): n for n, name in enumerate(MONTH_NOMINATIVE) if name}
# The weekday as written after "od", "do", "w" and alone (accusative, genitive, nominative).
_WEEKDAYS = {}
for _n, _forms in enumerate((
    ("poniedzialek", "poniedzialku"), ("wtorek", "wtorku"), ("sroda", "srode", "srody"),
    ("czwartek", "czwartku"), ("piatek", "piatku"), ("sobota", "sobote", "soboty"),
    ("niedziela", "niedziele", "niedzieli"),
)):
    _WEEKDAYS.update({form: _n for form in _forms})

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}))?\.?")
_ROMAN_MONTH = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
_ROMAN = re.compile(rf"(\d{{1,2}})\s*[. ]\s*({_ROMAN_MONTH})(?:\s*[. ]\s*(\d{{4}}))?\.?")
_WORDS = re.compile(r"(\d{1,2})\.?\s+([a-z]+)(?:\s+(\d{4}))?")
_YEAR_MARK = re.compile(r"(?<=\d)\s*(?:r\.?|roku)$")
_THIS_YEAR = re.compile(r"(?<=[a-z\d])\s*(?:br\.?|b\.r\.|biezacego roku)$")

# Dates inside running text that only this parser can place (the normalizer says them):
# the ISO form "2027-01-15" and a Roman month, "15 I 2027 r.", "7.VIII.2026", "7 XII". Written
# Roman months are upper case ("5 i 12" is a list); a lone "I" needs a year, a dot, a comma, a
# closing bracket or "br." after it ("czw. 7 I, w godz.", "do 4 I)", "od 2 I br.").
_ROMAN_UPPER = "XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I"
# Round twenty: a lone "I" also before an opening bracket or a preposition of time or place ("w sob. 9 I o godz. 15",
# "do 30 I w godz. pracy", "23–24 I (sob.–ndz.)"; were "dziewięć I", left, and warned); before a noun it numbers ("pok.
# 12 I piętro") or a capitalised name as before.
_LONE_I_BEFORE = r"|\s*\(|\s+(?:o|w|we|od|do|na|przy|po|godz\.|g\.)(?![\w.])"
WRITTEN_DATE = re.compile(
    r"(?<![\w.,/-])(?:[12]\d{3}-\d{1,2}-\d{1,2}(?!/[0-9])"
    rf"|\d{{1,2}}(?:\.\s?|\s)(?:{_ROMAN_UPPER})(?:(?:\.\s?|\s)[12]\d{{3}}(?!\d)|(?!\w)(?<!\sI)|(?<=I)(?=\.|\s*$|\s*[),;]|,|\s+(?:br\.|b\.\s?r\.|ub\.\s?r\.|bieżącego\s+roku|ubiegłego\s+roku){_LONE_I_BEFORE})))"
    r"(?![\w-])(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])")  # "8 X Bieg Seniora" is an edition
_LEAD = re.compile(r"^(?:od|do|w|we|na)\s+")


def date_parts(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of a written date, without a base day; None when the text is
    no date or no such day exists ("31.02"). The normalizer says dates with it."""
    plain = _plain(" ".join(text.split())).strip().rstrip(",;")
    plain = _LEAD.sub("", _YEAR_MARK.sub("", plain).strip())
    parts = _parts(plain)
    if parts is None:
        return None
    day, month, year = parts
    try:
        date(year or 2024, month, day)  # a leap year: "29 II" is a day
    except ValueError:
        return None
    return parts


def _parts(plain: str) -> tuple[int, int, int | None] | None:
    for pattern, month_of in ((_ISO, None), (_NUMERIC, int), (_ROMAN, lambda m: roman_value(m.upper())),
                              (_WORDS, _MONTHS.get)):
        match = pattern.fullmatch(plain)
        if not match:
            continue
        if pattern is _ISO:
            year, month, day = (int(g) for g in match.groups())
            return day, month, year
        month = month_of(match[2])
        if month is None:
            return None
        return int(match[1]), month, int(match[3]) if match[3] else None
    return None


def unplaced_dates(text: str) -> list[str]:
    """Written dates in text that name no day ("2027-02-31", "31 II 2027"): staff are warned."""
    return [m[0] for m in WRITTEN_DATE.finditer(text) if date_parts(m[0]) is None]


def parse_date(text: str, base: date, relative: bool = False) -> date:
    """The day the writer means (see the module's doc); DateProblem when there is none."""
    shown = " ".join((text or "").split())
    plain = _plain(shown).strip().rstrip(",;")
    this_year = bool(_THIS_YEAR.search(plain))  # "7 grudnia br.": this year's, even if it has passed
    plain = _THIS_YEAR.sub("", plain).strip()
    plain = _YEAR_MARK.sub("", plain).strip()
    plain = _LEAD.sub("", plain)
    if not plain:
        raise DateProblem(shown, impossible=False)
    if relative:
        found = _relative(plain, base)
        if found is not None:
            return found
    parts = _parts(plain)
    if parts is None:
        raise DateProblem(shown, impossible=False)
    day, month, year = parts
    if year is not None:
        return _day(year, month, day, shown)
    if this_year:
        return _day(base.year, month, day, shown)
    return _next(day, month, base, shown)


def _relative(plain: str, base: date) -> date | None:
    if plain in ("dzis", "dzisiaj", "dzisiejszego dnia"):
        return base
    if plain == "jutra" or plain == "jutro":
        return base + timedelta(days=1)
    if plain == "pojutrze":
        return base + timedelta(days=2)
    if plain in _WEEKDAYS or (plain.startswith(("najblizsz", "przyszl")) and plain.split()[-1] in _WEEKDAYS):
        weekday = _WEEKDAYS[plain.split()[-1]]
        return base + timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
    if re.fullmatch(r"(?:konca|koniec) (?:tego )?miesiaca", plain):
        return base.replace(day=calendar.monthrange(base.year, base.month)[1])
    if re.fullmatch(r"(?:konca|koniec) (?:tego )?tygodnia", plain):
        return base + timedelta(days=6 - base.weekday())
    if re.fullmatch(r"(?:konca|koniec) (?:tego )?roku", plain):
        return date(base.year, 12, 31)
    return None


def _day(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(shown, impossible=True) from None


def _next(day: int, month: int, base: date, shown: str) -> date:
    """This year's day, or next year's when it has passed; 29 February waits for a leap year."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise DateProblem(shown, impossible=True)
    for year in range(base.year, base.year + 9):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= base:
            return found
    raise DateProblem(shown, impossible=True)


def written(day: date) -> str:
    """"poniedziałek, 7 grudnia 2026"."""
    return f"{WEEKDAY_NOMINATIVE[day.weekday()]}, {day.day} {MONTH_GENITIVE[day.month]} {day.year}"
