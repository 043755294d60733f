"""What clerks type into the hours form: times and dates read the way they mean them."""
from __future__ import annotations

from datetime import date

import pytest

from ivr.call.content import ContentError
from ivr.staff.clerk_input import DateProblem, closure_date, interval
from ivr.web.staff.editing import polish_message

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("typed,meant", [
    ("7.00-15.00", "7:00-15:00"), ("7:00 - 15:00", "7:00-15:00"), ("8-16", "8:00-16:00"), ("7–15", "7:00-15:00"),
    ("07.30 — 15.30", "7:30-15:30"), ("od 8 do 16", "8:00-16:00"), ("8:00-16:00", "8:00-16:00"),
    ("7−15", "7:00-15:00"),  # a minus sign
])
def test_intervals(typed, meant):
    assert interval(typed) == meant


@pytest.mark.parametrize("typed", ["7", "7.00", "abc", "", "8-16-18", "7.0-15"])
def test_what_is_no_interval_is_left_for_the_loader_to_explain(typed):
    assert interval(typed) == typed


@pytest.mark.parametrize("typed,meant", [
    ("31.12.2026", date(2026, 12, 31)), ("31.12", date(2026, 12, 31)), ("2026-12-31", date(2026, 12, 31)),
    ("1.1", date(2027, 1, 1)), ("2.12", date(2026, 12, 2)), ("1.12", date(2027, 12, 1)),
    ("29.02", date(2028, 2, 29)), (" 5/1/2027 ", date(2027, 1, 5)), ("24.12.", date(2026, 12, 24)),
    ("31 grudnia", date(2026, 12, 31)), ("7 XII", date(2026, 12, 7)),  # the one parser: ivr.spoken.dates
])
def test_dates(typed, meant):
    assert closure_date(typed, TODAY) == meant


@pytest.mark.parametrize("typed,impossible", [
    ("2026-02-30", True), ("30.02.2026", True), ("31.04", True), ("12/31/2026", True), ("0.1.2027", True),
    ("jutro", False), ("2026/12/31", False), ("31 grudnika", False), ("", False),
    ("od poniedziałku", False),  # relative days are a notice's, not a closure day's
])
def test_bad_dates(typed, impossible):
    with pytest.raises(DateProblem) as problem:
        closure_date(typed, TODAY)
    assert problem.value.impossible is impossible


def test_an_impossible_date_in_the_file_is_called_impossible(content_dir):
    from conftest import edit_content
    from ivr.call.content import load_content

    edit_content(content_dir, "closures = []", 'closures = ["2026-02-30"]')
    with pytest.raises(ContentError, match=r"\[hours.closures\] '2026-02-30' is no real day"):
        load_content(content_dir)
    assert polish_message("'2026-02-30' is no real day") == (
        "„2026-02-30” – taki dzień nie istnieje (proszę sprawdzić dzień i miesiąc).")
