"""Clock times as clerks write them, rewritten to "H:MM" so that the times rule says them:
"pn. 8-16" (after a weekday or "godzinach"), "o 7.10" (any dotted minutes after "o"),
"od 15:30 do 17" (a bare number next to a time is an hour)."""
from __future__ import annotations

import re

from ivr.common.polish import MONTH_GENITIVE, WEEKDAY_GENITIVE, WEEKDAY_NOMINATIVE
from ivr.spoken.inflection import readings

__all__ = ["hours"]

_H = r"(?:[01]?[0-9]|2[0-4])"
_T = rf"{_H}(?:[:.][0-5][0-9])?"
_WEEKDAY_FORMS = set(WEEKDAY_NOMINATIVE) | set(WEEKDAY_GENITIVE) | {
    "środę", "sobotę", "niedzielę", "poniedziałki", "wtorki", "środy", "czwartki", "piątki",
    "soboty", "niedziele"}
# Words after which a range of numbers is a range of hours.
_HOUR_CONTEXT = _WEEKDAY_FORMS | {
    "godzinach", "godziny", "czynne", "czynny", "czynna", "otwarte", "otwarty", "otwarta",
    "dyżur", "dyżury", "przyjęcia", "przyjmuje", "przyjmujemy", "pracy", "otwarcia", "przyjęć",
    "pracuje", "pracujemy", "kasa", "dyżuruje", "urzędowania", "interesantów", "klientów"}
# Session twenty-one: words before "po", "przed" or "około" and one number of the office day that make it an hour
# ("trwa do ok. 17", "wracają przed 14"); not before "od" or "do" ("trwa od 1 do 3 dni" counts days).
_TIME_OF_DAY_CONTEXT = _HOUR_CONTEXT | {"trwa", "trwają", "zaczyna", "zaczynamy", "kończy", "kończymy", "wracają", "wraca",
                                        "wracamy",
                                        # round thirty-five: a trip's times ("wyjazd o 8.15, powrót ok. 17")
                                        "powrót", "wyjazd", "przyjazd", "odjazd", "zbiórka", "zakończenie"}
_RANGE = re.compile(
    rf"(?<![\w:.,/-])(?P<t1>{_T})(?P<sep>\s*[-–—]\s*|\s+do\s+)(?P<t2>{_T})(?![\w:/-]|[.,][0-9]|\s?%)")
# "przyjmujemy do 15. dnia": a number with a full stop before a lowercase word is an ordinal.
# Session twenty-one: "po" and "przed" after an hours word too ("przyjmuje w pon. po 15." -> "po piętnastej"; was "po
# piętnaście", unwarned), and "około" after one of these or alone ("trwa do ok. 17." -> "do około siedemnastej").
_SINGLE = re.compile(rf"(?<![\w])(?P<p>(?:(?:[oO]d|[dD]o|[pP]o|[pP]rzed)\s+)?około|[oO]d|[dD]o|[oO]|[pP]o|[pP]rzed)\s+"
                     rf"(?P<t>{_H})(?![\w:/-]|[.,][0-9]|\s?%|\.\s+[a-ząćęłńóśźż])")
_AT = re.compile(rf"(?<![\w])(?P<o>[oO])\s+(?P<t>{_H}[.][0-5][0-9])(?![\w:/-]|[.,][0-9])")


def _sure(t: str) -> bool:
    """A time beyond doubt: 8:00, 7.30, 9.45 (a date never has a month above 12)."""
    if ":" in t:
        return True
    if "." in t:
        minutes = int(t.split(".")[1])
        return minutes == 0 or minutes > 12
    return False


def _clock(t: str) -> str:
    hour, _, minutes = t.replace(".", ":").partition(":")
    return f"{int(hour)}:{minutes or '00'}"


def _valid(t: str) -> bool:
    hour, _, minutes = t.replace(".", ":").partition(":")
    return int(hour) < 24 or (int(hour) == 24 and minutes in {"", "00"})


def _before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)(?:[.:,]|\.?\),?)?\s*(?:od\s+)?$", text[max(0, pos - 30):pos])  # "12.03 (czwartek) o 17"
    return m.group(1).lower() if m else ""


_OD_BEFORE = re.compile(r"(?<!\w)[oO]d\s+$")
_WORD_AFTER = re.compile(r"\s*(\w+)")


def _office_hours(m: re.Match) -> bool:
    """"od 9 do 12" with nothing counted after it: the hours of an office day (5 to 23),
    not "od 9 do 12 lat" nor "od 1 do 3"."""
    if m["sep"].strip() != "do" or not _OD_BEFORE.search(m.string[max(0, m.start() - 5):m.start()]):
        return False
    h1, h2 = (int(t.replace(".", ":").partition(":")[0]) for t in (m["t1"], m["t2"]))
    return 5 <= h1 < h2 <= 23 and _nothing_counted_after(m.string, m.end())


def _nothing_counted_after(text: str, end: int) -> bool:
    """No noun after a number ("od 9, sala 3", "od 9 w sali"), so it counts nothing."""
    after = _WORD_AFTER.match(text, end)
    if after and not after[1].isdigit():
        return not any(r.pos in {"subst", "depr", "brev", "ign", "ger"} and r.lemma not in _NOT_COUNTED
                       for r in readings(after[1].lower()))
    return not after or text[end:].lstrip()[:1] in {"", ",", ".", ";", ")", "!", "?", "–", "-"}


def _counts_what_follows(text: str, end: int) -> bool:
    """A plural noun right after a range, which the range counts ("5-10 dni", "2-3 osoby"); not a noun in the
    singular ("9-12 dyżur") nor a label with its own number after it ("8-12 pok. 3", "16-18 sale 2 i 3")."""
    after = _WORD_AFTER.match(text, end)
    if not after or after[1].isdigit() or re.match(r"\s*\w+\.?,?\s+\d", text[end:]):
        return False
    return any(r.pos == "subst" and r.number == "pl" for r in readings(after[1].lower()))


# A day just named before "od 9": "12 grudnia" (already said), "12 grudnia 2026 r." (its year
# said, ending in "roku"), or a short date not yet said ("3.01.", "14.12.2026").
_DAY_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(MONTH_GENITIVE)})(?:\s+[\w\s]{{0,60}}?\broku)?|\b\d{{1,2}}\.\d{{1,2}}(?:\.\d{{2,4}})?\.?(?:\s*r\.)?)"
    r",?\s+[oO]d\s+$")


# A day right before "o 10": "12 grudnia o 10", "3.01. o 9".
_DAY_BEFORE_AT = re.compile(
    rf"(?:\b(?:{'|'.join(m for m in MONTH_GENITIVE if m)})(?:\s+[\w\s]{{0,60}}?\broku)?"
    r"|\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\.?(?:\s*r\.)?),?\s+[oO]\s+$")


# The same day right before a range: "pon. 18.01, 9-12" (a timetable's line).
_DAY_BEFORE_RANGE = re.compile(_DAY_BEFORE_AT.pattern.removesuffix(r",?\s+[oO]\s+$") + r",\s+$")


# Words after which a range of office-day hours (5 to 23) that counts nothing is hours: "codziennie 9-13",
# "2. środa miesiąca, 16-18" (a weekday of the month named just before).
_DAILY = frozenset({"codziennie", "miesiąca"})


def _daily_hours(m: re.Match) -> bool:
    if _before(m.string, m.start()) not in _DAILY:
        return False
    h1, h2 = (int(t.replace(".", ":").partition(":")[0]) for t in (m["t1"], m["t2"]))
    return 5 <= h1 < h2 <= 23 and _nothing_counted_after(m.string, m.end())


def _day_hours(m: re.Match) -> bool:
    """"18.01, 9-12": a range of office-day hours (5 to 23) right after a date, counting nothing."""
    if not m.string[max(0, m.start() - 3):m.start()].rstrip().endswith(",") or not _DAY_BEFORE_RANGE.search(
            m.string, max(0, m.start() - 90), m.start()):
        return False
    h1, h2 = (int(t.replace(".", ":").partition(":")[0]) for t in (m["t1"], m["t2"]))
    return 5 <= h1 < h2 <= 23 and _nothing_counted_after(m.string, m.end())


def _after_a_day(m: re.Match) -> bool:
    """"Dyżur 12 grudnia od 9." is from nine o'clock: "od" an hour of the office day (5 to 23)
    right after a date, with nothing counted after it (not "od 10 osób")."""
    return (m["p"].lower() == "od" and 5 <= int(m["t"]) <= 23
            and _DAY_BEFORE.search(m.string, max(0, m.start() - 90), m.end() - len(m["t"])) is not None
            and _nothing_counted_after(m.string, m.end()))


# Round thirty-five: a trip's departure and return "o 7" ("autokar odjeżdża o 7 sprzed ośrodka") is an hour too.
_TRIP_TIMES = frozenset({"odjeżdża", "odjeżdżamy", "wyjeżdża", "wyjeżdżamy", "wyjazd", "odjazd", "przyjazd", "powrót",
                         "zbiórka", "wraca", "wracamy", "wracają"})
# Session twenty-one: what starts, ends or takes place "o 9" ("zebranie zaczyna się o 9 w pok. 4" -> "o dziewiątej"; was
# "o dziewięć", warned).
_STARTS_BEFORE = re.compile(r"(?<!\w)(?:zaczyna|zacznie|rozpoczyna|rozpocznie|odbędzie|odbywa|kończy|zakończy|skończy)"
                            r"\s+się\s+$", re.I)


# Words after "od 9 do 12" that count nothing ("w", "oraz", "każdego").
_NOT_COUNTED = frozenset({"w", "z", "i", "o", "a", "u"})


# What joins a second range of hours to the first: "8-12 i 13-15", "8-12, 13-15", "8-12 oraz 13-15".
_JOINED = re.compile(r"\s*(?:,|;|\bi\b|\boraz\b|\ba\b|,\s*(?:i|oraz|a)\b)\s*$")


def _joined_hours(m: re.Match, previous_end: int | None) -> bool:
    """The second of two ranges of hours ("w poniedziałki 8-12 i 13-15"): joined right after a range already
    read as hours, itself within an office day (5 to 23) and counting nothing."""
    if previous_end is None or not _JOINED.fullmatch(m.string, previous_end, m.start()):
        return False
    h1, h2 = (int(t.replace(".", ":").partition(":")[0]) for t in (m["t1"], m["t2"]))
    return 5 <= h1 < h2 <= 23 and not _counts_what_follows(m.string, m.end())


# Round seventeen: a word between an hours word and its range that only narrows it ("czynna tylko 9-13").
_ONLY = frozenset({"tylko", "jedynie", "wyłącznie"})
_WORD_BEFORE_ONLY = re.compile(r"(\w+)[ \t]+(?:tylko|jedynie|wyłącznie)[ \t]+$", re.I)


def _only_hours(m: re.Match) -> bool:
    """"kasa czynna tylko 9-13": "tylko", "jedynie", "wyłącznie" between an hours word and a range of office-day
    hours (5 to 23) that counts nothing; was "dziewięć-trzynaście", warned."""
    if _before(m.string, m.start()) not in _ONLY:
        return False
    word = _WORD_BEFORE_ONLY.search(m.string, max(0, m.start() - 40), m.start())
    if not word or word[1].lower() not in _HOUR_CONTEXT:
        return False
    h1, h2 = (int(t.replace(".", ":").partition(":")[0]) for t in (m["t1"], m["t2"]))
    return 5 <= h1 < h2 <= 23 and not _counts_what_follows(m.string, m.end())


# Round seventeen: words that name hours outright, so that "w godz. 8-12.10" stays a range of hours.
_HOURS_NAMED = frozenset({"godz", "godzinach", "godziny", "godzina", "godzinie"})


def _day_span(m: re.Match) -> bool:
    """"przyjmujemy 15-16.01": a bare first number and a second whose dotted part is a month (01 to 12, two digits),
    both days of a month, is a span of days (was "od piętnastej do szesnastej zero jeden", unwarned), unless an hours
    word names them ("w godz. 8-12.10")."""
    t1, t2 = m["t1"], m["t2"]
    if "." not in t2 or "." in t1 or ":" in t1 or _sure(t2) or m["sep"].strip() == "do":
        return False
    day, _, month = t2.partition(".")
    return 1 <= int(t1) < int(day) <= 31 and 1 <= int(month) <= 12 and _before(m.string, m.start()) not in _HOURS_NAMED


def hours(text: str) -> str:
    """pn. 8-16 -> poniedziałek 8:00-16:00; o 7.10 -> o 7:10; od 15:30 do 17 -> od 15:30 do 17:00."""
    last_hours_end: list[int | None] = [None]

    def hour_range(m: re.Match) -> str:
        said = _hour_range(m)
        last_hours_end[0] = m.end() if said != m[0] else None
        return said

    def _hour_range(m: re.Match) -> str:
        t1, t2 = m["t1"], m["t2"]
        if not (_valid(t1) and _valid(t2)):
            return m[0]
        if _day_span(m):
            return m[0]  # round seventeen: "przyjmujemy 15-16.01" is a span of days, the dates rule says it
        # after an hours word, a range that counts what follows is a count ("przyjmujemy 5-10 dni rob.": days)
        if not (_sure(t1) or _sure(t2) or _before(m.string, m.start()) in _HOUR_CONTEXT
                and not _counts_what_follows(m.string, m.end())
                or _office_hours(m) or _day_hours(m) or _daily_hours(m) or _joined_hours(m, last_hours_end[0])
                or _only_hours(m)):
            return m[0]
        if "." in t1 and not _sure(t1) or "." in t2 and not _sure(t2):
            if _before(m.string, m.start()) not in _HOUR_CONTEXT:
                return m[0]  # "1.07-31.08" is a range of dates
        return f"{_clock(t1)}{m['sep']}{_clock(t2)}"

    def single(m: re.Match) -> str:  # "czynne do 12" is an hour
        if m["p"].lower() == "o":  # "w czwartek o 10", "12 grudnia o 10": after a day, with nothing counted
            at_hour = 5 <= int(m["t"]) <= 23 and _nothing_counted_after(m.string, m.end()) and (
                _before(m.string, m.start()) in _WEEKDAY_FORMS | _DAILY | _TRIP_TIMES or _DAY_BEFORE_AT.search(
                    m.string, max(0, m.start() - 90), m.start() + 2) is not None  # "co 2. czwartek miesiąca o 16"
                or _STARTS_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None)
            return f"{m['p']} {_clock(m['t'])}" if at_hour else m[0]
        if m["p"].lower() in {"po", "przed"} or "około" in m["p"].lower():  # an hours word right before, nothing counted
            at_hour = (_valid(m["t"]) and 5 <= int(m["t"]) <= 23 and _nothing_counted_after(m.string, m.end())
                       and _before(m.string, m.start()) in _TIME_OF_DAY_CONTEXT)
            return f"{m['p']} {_clock(m['t'])}" if at_hour else m[0]
        if _valid(m["t"]) and (_before(m.string, m.start()) in _HOUR_CONTEXT or _after_a_day(m)):
            return f"{m['p']} {_clock(m['t'])}"
        return m[0]

    text = _SINGLE.sub(single, _RANGE.sub(hour_range, text))
    return _AT.sub(lambda m: f"{m['o']} {_clock(m['t'])}" if _valid(m["t"]) else m[0], text)
