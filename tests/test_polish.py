"""The hand-written grammar tables in ivr.common.polish, checked against num2words where it can."""
import pytest
from num2words import num2words

from ivr.common.polish import (
    DAY_GENITIVE,
    DAY_NOMINATIVE,
    HOUR_GENITIVE,
    HOUR_NOMINATIVE,
    HUNDREDS_GENITIVE,
    MONTH_GENITIVE,
    TENS_GENITIVE,
    THOUSANDS_GENITIVE,
    WEEKDAY_GENITIVE,
    WEEKDAY_NOMINATIVE,
    WEEKDAY_ON,
)


def test_table_sizes():
    assert len(HOUR_NOMINATIVE) == len(HOUR_GENITIVE) == 25  # 0-24
    assert len(DAY_NOMINATIVE) == len(DAY_GENITIVE) == 32  # 1-31, index 0 unused
    assert DAY_NOMINATIVE[0] == DAY_GENITIVE[0] == ""
    assert len(TENS_GENITIVE) == len(HUNDREDS_GENITIVE) == len(THOUSANDS_GENITIVE) == 10
    assert len(WEEKDAY_NOMINATIVE) == len(WEEKDAY_GENITIVE) == len(WEEKDAY_ON) == 7
    assert len(MONTH_GENITIVE) == 13


@pytest.mark.parametrize("day", range(1, 32))
def test_day_nominative_matches_num2words(day):
    assert DAY_NOMINATIVE[day] == num2words(day, lang="pl", to="ordinal")


@pytest.mark.parametrize("day", range(1, 32))
def test_day_genitive_is_nominative_with_genitive_endings(day):
    # -y -> -ego, -i -> -iego, word by word: dwudziesty drugi -> dwudziestego drugiego
    expected = " ".join(w[:-1] + "ego" if w.endswith("y") else w + "ego"
                        for w in DAY_NOMINATIVE[day].split())
    assert DAY_GENITIVE[day] == expected


@pytest.mark.parametrize("hour", range(1, 25))
def test_hour_nominative_is_feminine_ordinal(hour):
    # masculine -y -> -a, drugi -> druga, trzeci -> trzecia
    def feminine(word):
        if word.endswith("y"):
            return word[:-1] + "a"
        return word[:-1] + "a" if word.endswith("gi") else word + "a"
    masculine = num2words(hour, lang="pl", to="ordinal")
    assert HOUR_NOMINATIVE[hour] == " ".join(feminine(w) for w in masculine.split())


@pytest.mark.parametrize("hour", range(1, 25))
def test_hour_genitive_replaces_a_with_ej(hour):
    # ósma -> ósmej, druga -> drugiej, trzecia -> trzeciej
    def genitive(word):
        return word[:-1] + ("iej" if word.endswith("ga") else "ej")
    assert HOUR_GENITIVE[hour] == " ".join(genitive(w) for w in HOUR_NOMINATIVE[hour].split())


@pytest.mark.parametrize(
    ("table", "index", "form"),
    [
        (HOUR_NOMINATIVE, 8, "ósma"),
        (HOUR_GENITIVE, 8, "ósmej"),
        (HOUR_NOMINATIVE, 16, "szesnasta"),
        (HOUR_GENITIVE, 16, "szesnastej"),
        (HOUR_NOMINATIVE, 21, "dwudziesta pierwsza"),
        (HOUR_GENITIVE, 21, "dwudziestej pierwszej"),
        (HOUR_GENITIVE, 0, "zero"),  # midnight: "o zero trzydzieści"
        (DAY_NOMINATIVE, 24, "dwudziesty czwarty"),
        (DAY_GENITIVE, 24, "dwudziestego czwartego"),
        (DAY_GENITIVE, 3, "trzeciego"),
        (DAY_GENITIVE, 31, "trzydziestego pierwszego"),
        (TENS_GENITIVE, 9, "dziewięćdziesiątego"),
        (HUNDREDS_GENITIVE, 3, "trzechsetnego"),
        (THOUSANDS_GENITIVE, 2, "dwutysięcznego"),
    ],
)
def test_known_forms(table, index, form):
    assert table[index] == form


def test_existing_weekday_and_month_tables_unchanged():
    assert WEEKDAY_NOMINATIVE[0] == "poniedziałek"
    assert WEEKDAY_GENITIVE[4] == "piątku"
    assert WEEKDAY_ON[1] == "we wtorek"
    assert MONTH_GENITIVE[12] == "grudnia"
