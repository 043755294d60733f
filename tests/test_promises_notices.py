"""The promises of ivr.call.notices that the call and SMS tests reach only through whole replies:
each Polish notice paired with its own Ukrainian translation (two notices of the same days each
with its own), the notices heard without a translation, the closure days written in full for
SMS at every shape of run (one day, two, a longer run, across a month and a year), the closure
line in another language's words, and the closed days found while the office is closed (issue 35)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ivr.call.notices import (ClosureRun, Notice, closure_days_full, coming_closures, news_message, pair_dates,
                              translations_of, untranslated_on)

WARSAW = ZoneInfo("Europe/Warsaw")
DEC = {day: date(2026, 12, day) for day in range(1, 32)}


def notice(text: str, first: date, last: date) -> Notice:
    return Notice(text, first, last)


def test_each_polish_notice_pairs_with_the_translation_of_its_own_days():
    polish = [(DEC[1], DEC[3]), (DEC[7], DEC[7]), (DEC[10], DEC[12])]
    other = [(DEC[10], DEC[12]), (DEC[1], DEC[3]), (DEC[2], DEC[3])]
    assert pair_dates(polish, other) == [1, None, 0]


def test_two_notices_of_the_same_days_each_take_their_own_translation_in_order():
    same = (DEC[24], DEC[24])
    assert pair_dates([same, same, same], [same, (DEC[1], DEC[1]), same]) == [0, 2, None]
    assert pair_dates([same], []) == [None]
    assert pair_dates([], [same]) == []


def test_translations_of_gives_the_notice_itself_or_none():
    polish = [notice("Nieczynne 24 grudnia.", DEC[24], DEC[24]), notice("Zebranie.", DEC[2], DEC[4]),
              notice("Zbiórka.", DEC[24], DEC[24])]
    ukrainian = [notice("Збір.", DEC[24], DEC[24]), notice("Зачинено 24 грудня.", DEC[24], DEC[24])]
    assert translations_of(polish, ukrainian) == [ukrainian[0], None, ukrainian[1]]


def test_untranslated_on_names_only_the_notices_heard_that_day_without_a_translation():
    heard_translated = notice("Nieczynne w Wigilię.", DEC[20], DEC[24])
    heard_alone = notice("Zebranie w czwartek.", DEC[21], DEC[22])
    not_yet = notice("Zbiórka.", DEC[23], DEC[30])
    over = notice("Stare.", DEC[1], DEC[20])
    polish = [heard_translated, heard_alone, not_yet, over]
    ukrainian = [notice("Зачинено.", DEC[20], DEC[24])]
    assert untranslated_on(polish, ukrainian, DEC[21]) == (heard_alone,)
    assert untranslated_on(polish, ukrainian, DEC[22]) == (heard_alone,)  # its last day: still heard
    assert untranslated_on(polish, ukrainian, DEC[23]) == (not_yet,)
    assert untranslated_on(polish, [], DEC[20]) == (heard_translated, over)


@pytest.mark.parametrize("runs, words", [
    ([ClosureRun(DEC[24], DEC[24])], "czwartek 24 grudnia"),
    ([ClosureRun(DEC[24], DEC[25])], "czwartek 24 i piątek 25 grudnia"),
    ([ClosureRun(DEC[23], DEC[25])], "od środy 23 do piątku 25 grudnia"),
    ([ClosureRun(DEC[31], date(2027, 1, 1))], "czwartek 31 grudnia i piątek 1 stycznia"),
    ([ClosureRun(DEC[28], date(2027, 1, 8))], "od poniedziałku 28 grudnia do piątku 8 stycznia"),
    ([ClosureRun(DEC[24], DEC[25]), ClosureRun(DEC[31], date(2027, 1, 1))],
     "czwartek 24, piątek 25, czwartek 31 grudnia i piątek 1 stycznia"),
    ([ClosureRun(DEC[7], DEC[7]), ClosureRun(DEC[9], DEC[11])], "poniedziałek 7 i od środy 9 do piątku 11 grudnia"),
    # The same month of another year is another month: each says its own.
    ([ClosureRun(DEC[31], DEC[31]), ClosureRun(date(2027, 12, 1), date(2027, 12, 1))],
     "czwartek 31 grudnia i środa 1 grudnia"),
    ([], ""),
])
def test_closure_days_are_written_in_full_with_the_month_once_after_its_last_day(runs, words):
    assert closure_days_full(runs) == words


def test_the_closure_line_uses_the_given_language_s_words_or_the_polish_ones():
    runs = [ClosureRun(DEC[24], DEC[25])]
    notices = [notice("Zbiórka żywności w sobotę.", DEC[20], DEC[26])]
    assert news_message("Nieczynne: {dni}.", runs, notices) == (
        "Nieczynne: czwartek 24 i piątek 25 grudnia.\nZbiórka żywności w sobotę.")
    assert news_message("Зачинено: {dni}.", runs, [], days_text=lambda given: f"{len(given)} період") == (
        "Зачинено: 1 період.")
    assert news_message("Nieczynne: {dni}.", [], notices) == "Zbiórka żywności w sobotę."
    assert news_message("Nieczynne: {dni}.", [], []) is None


@pytest.fixture(scope="module")
def schedule():
    from ivr.call.content import load_content
    from ivr.runtime import make_schedule

    content = load_content(Path(__file__).resolve().parent.parent / "prompts")
    return make_schedule(content), content.weekly


def test_closed_in_the_evening_the_coming_closed_days_after_the_next_opening_are_found(schedule):
    """Tuesday 22 December 2026 at 20:00: the office opens on Wednesday (the status says so);
    Christmas Eve (a public holiday from 2025) and Christmas Day are closed working days after it."""
    line, weekly = schedule
    closures = coming_closures(line, weekly, datetime(2026, 12, 22, 20, 0, tzinfo=WARSAW))
    assert closures == (ClosureRun(DEC[24], DEC[25]),)


def test_closed_with_no_opening_known_adds_nothing(schedule):
    from ivr.call.schedule import Schedule

    _line, weekly = schedule
    never = Schedule({}, ())
    assert coming_closures(never, weekly, datetime(2026, 12, 22, 20, 0, tzinfo=WARSAW)) == ()
