"""Dates as people write them (ivr.spoken.dates): the one parser of the staff forms."""
from __future__ import annotations

from datetime import date

import pytest

from ivr.spoken.dates import DateProblem, date_parts, parse_date, written

MONDAY_30_NOV = date(2026, 11, 30)
WEDNESDAY_2_DEC = date(2026, 12, 2)


@pytest.mark.parametrize("typed", [
    "7 grudnia", "7 XII", "7.12", "07.12.2026", "2026-12-07", "7 grudnia 2026", "7 grudnia 2026 r.",
    "7 Grudnia", "7 grudzień", "07 xii", "7.XII.2026", "7 XII 2026", "7/12", "7-12-2026", " 7.12. ",
    "od 7 grudnia", "do 7.12", "7. grudnia",
])
def test_every_way_a_clerk_writes_7_december(typed):
    assert parse_date(typed, WEDNESDAY_2_DEC) == date(2026, 12, 7)


@pytest.mark.parametrize("typed,meant", [
    ("3 września", date(2027, 9, 3)), ("3 wrzesnia", date(2027, 9, 3)),  # without Polish letters
    ("1 stycznia", date(2027, 1, 1)), ("2 grudnia", date(2026, 12, 2)),  # today counts as the next such day
    ("1 grudnia", date(2027, 12, 1)), ("29 lutego", date(2028, 2, 29)), ("15 października", date(2027, 10, 15)),
    ("1 maja", date(2027, 5, 1)), ("1 IV", date(2027, 4, 1)), ("11 XI 2026", date(2026, 11, 11)),
])
def test_month_names_and_roman_months(typed, meant):
    assert parse_date(typed, WEDNESDAY_2_DEC) == meant


@pytest.mark.parametrize("typed,meant", [
    ("od poniedziałku", date(2026, 12, 7)), ("poniedziałek", date(2026, 12, 7)), ("w piątek", date(2026, 12, 4)),
    ("od środy", date(2026, 12, 9)),  # said on a Wednesday: next week's (today is "dziś")
    ("do niedzieli", date(2026, 12, 6)), ("we wtorek", date(2026, 12, 8)), ("od najbliższej soboty", date(2026, 12, 5)),
    ("do końca miesiąca", date(2026, 12, 31)), ("koniec miesiąca", date(2026, 12, 31)),
    ("do konca miesiaca", date(2026, 12, 31)), ("do końca tygodnia", date(2026, 12, 6)),
    ("do końca roku", date(2026, 12, 31)), ("od dziś", WEDNESDAY_2_DEC), ("dzisiaj", WEDNESDAY_2_DEC),
    ("od jutra", date(2026, 12, 3)), ("pojutrze", date(2026, 12, 4)),
])
def test_relative_days_of_a_notice(typed, meant):
    assert parse_date(typed, WEDNESDAY_2_DEC, relative=True) == meant


def test_end_of_the_month_of_the_base_day():
    """A notice's last day counts from its first: from 7 January, "do końca miesiąca" is 31 January."""
    assert parse_date("do końca miesiąca", date(2027, 1, 7), relative=True) == date(2027, 1, 31)
    assert parse_date("do końca miesiąca", date(2028, 2, 3), relative=True) == date(2028, 2, 29)


@pytest.mark.parametrize("typed", ["od poniedziałku", "do końca miesiąca", "jutro"])
def test_relative_days_only_where_asked(typed):
    with pytest.raises(DateProblem) as problem:
        parse_date(typed, WEDNESDAY_2_DEC)
    assert not problem.value.impossible


@pytest.mark.parametrize("typed,impossible", [
    ("30 lutego 2027", True), ("31 IV", True), ("32 grudnia", True), ("30.02.2026", True), ("2026-02-30", True),
    ("0 grudnia", True), ("7 XIII", False), ("7 grudnika", False), ("siódmego", False), ("", False),
    ("2026/12/07", False), ("7", False), ("grudnia", False), ("od", False),
])
def test_what_is_no_day(typed, impossible):
    with pytest.raises(DateProblem) as problem:
        parse_date(typed, WEDNESDAY_2_DEC, relative=True)
    assert problem.value.impossible is impossible
    assert problem.value.text == " ".join(typed.split())  # said back as typed


def test_written_back_with_the_weekday():
    assert written(date(2026, 12, 7)) == "poniedziałek, 7 grudnia 2026"
    assert written(date(2026, 12, 31)) == "czwartek, 31 grudnia 2026"


@pytest.mark.parametrize("typed,meant", [
    ("7 grudnia br.", date(2026, 12, 7)), ("1 grudnia br.", date(2026, 12, 1)),  # this year's, even if past
    ("30 XI b.r.", date(2026, 11, 30)), ("7 grudnia bieżącego roku", date(2026, 12, 7)),
])
def test_this_year_written_br(typed, meant):
    assert parse_date(typed, WEDNESDAY_2_DEC) == meant


@pytest.mark.parametrize("typed,parts", [
    ("2027-01-15", (15, 1, 2027)), ("15 I 2027", (15, 1, 2027)), ("7.VIII.2026", (7, 8, 2026)),
    ("7 XII", (7, 12, None)), ("5 stycznia", (5, 1, None)), ("29 II", (29, 2, None)),
    ("2027-02-31", None), ("31 II 2027", None), ("32 stycznia", None), ("kot", None),
])
def test_date_parts_the_normalizer_says(typed, parts):
    assert date_parts(typed) == parts
