"""Polish agreement at its edges (issue 35): the forms a rule gets wrong only for some numbers.

- the locative of years whose ordinal ends in "trzeci" (and "drugi"): "w 2023 r." is
  "dwudziestym trzecim roku", not "trzeciym";
- the plural after 12-14 (also 112-114) is the "many" form, although 2-4 take the "few" form:
  "dwanaście kilometrów" but "dwadzieścia dwa kilometry";
- hours written with a dot and no weekday before them: "kasa 9.10-11.10" is a time of day,
  while "8.12-9.12" with nothing before it stays a range of dates."""
from __future__ import annotations

import pytest

from ivr.common.polish import plural
from ivr.spoken.normalize import normalize


@pytest.mark.parametrize("written, spoken", [
    ("w 2023 r.", "w dwa tysiące dwudziestym trzecim roku"),
    ("W 2013 roku", "W dwa tysiące trzynastym roku"),
    ("w 1993 r.", "w tysiąc dziewięćset dziewięćdziesiątym trzecim roku"),
    ("w 2003 r.", "w dwa tysiące trzecim roku"),
    ("Wypłata w 2033 r.", "Wypłata w dwa tysiące trzydziestym trzecim roku."),
    # Beside them, the other endings: "drugim", "pierwszym" (also soft), "szóstym" (hard).
    ("w 2022 r.", "w dwa tysiące dwudziestym drugim roku"),
    ("w 2021 r.", "w dwa tysiące dwudziestym pierwszym roku"),
    ("w 2026 r.", "w dwa tysiące dwudziestym szóstym roku"),
])
def test_the_locative_of_years(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("12 km", "dwanaście kilometrów"),
    ("13 km", "trzynaście kilometrów"),
    ("14 km", "czternaście kilometrów"),
    ("112 km", "sto dwanaście kilometrów"),
    ("13 zł", "trzynaście złotych"),
    ("14 zł", "czternaście złotych"),
    ("12 osób", "dwanaście osób"),
    ("dla 13 osób", "dla trzynastu osób"),
    # Beside them, 22-24: the "few" form.
    ("22 km", "dwadzieścia dwa kilometry"),
    ("24 zł", "dwadzieścia cztery złote"),
    ("2 km", "dwa kilometry"),
])
def test_the_plural_after_twelve_to_fourteen(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("n, form", [
    (1, "komunikat"), (2, "komunikaty"), (4, "komunikaty"), (5, "komunikatów"), (11, "komunikatów"),
    (12, "komunikatów"), (13, "komunikatów"), (14, "komunikatów"), (15, "komunikatów"),
    (22, "komunikaty"), (112, "komunikatów"), (114, "komunikatów"), (122, "komunikaty"), (0, "komunikatów"),
])
def test_the_plural_of_counts_staff_read(n, form):
    assert plural(n, "komunikat", "komunikaty", "komunikatów") == form


@pytest.mark.parametrize("written, spoken", [
    ("Czynne 8.00-12.00", "Czynne od ósmej do dwunastej"),
    ("Przerwa 11.15–11.45", "Przerwa od jedenastej piętnaście do jedenastej czterdzieści pięć"),
    ("kasa 9.10-11.10", "kasa od dziewiątej dziesięć do jedenastej dziesięć"),
    ("w godzinach 8.10–10.10", "w godzinach od ósmej dziesięć do dziesiątej dziesięć"),
    ("Spotkanie 14.30–16.00", "Spotkanie od czternastej trzydzieści do szesnastej"),
    ("Spotkanie o 9.30 w świetlicy.", "Spotkanie o dziewiątej trzydzieści w świetlicy."),
    ("od 8.15 do 9.45", "od ósmej piętnaście do dziewiątej czterdzieści pięć"),
    # Minutes of at most 12 with no word that says "hours": a range of dates (8 to 9 December).
    ("Zapraszamy 8.12–9.12.", "Zapraszamy od ósmego grudnia do dziewiątego grudnia."),
])
def test_hours_with_a_dot_and_no_weekday_before_them(written, spoken):
    assert normalize(written) == spoken
