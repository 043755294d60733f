"""Numerals from the SGJP dictionary (morfeusz2): case, gender, agreement with a noun."""
import pytest

from ivr.spoken.inflection import cardinal, count_noun, counted, governed_cases, noun_form, numeral_for, ordinal


@pytest.mark.parametrize(("n", "case", "gender", "spoken"), [
    (2, "nom", "f", "dwie"), (2, "nom", "m3", "dwa"), (22, "nom", "f", "dwadzieścia dwie"),
    (3, "gen", "f", "trzech"), (10, "gen", "f", "dziesięciu"), (90, "gen", "m3", "dziewięćdziesięciu"),
    (21, "gen", "f", "dwudziestu jeden"), (150, "gen", "f", "stu pięćdziesięciu"),
    (500, "gen", "m3", "pięciuset"), (2000, "gen", "m3", "dwóch tysięcy"), (1500, "gen", "m3", "tysiąca pięciuset"),
    (2, "inst", "f", "dwiema"), (1, "acc", "f", "jedną"), (1, "nom", "n", "jedno"), (1, "gen", "m3", "jednego"),
    (5, "nom", "f", "pięć"), (1000, "nom", "m3", "tysiąc"),
])
def test_cardinal(n, case, gender, spoken):
    assert cardinal(n, case, gender) == spoken


def test_collective_and_personal_numerals():
    assert cardinal(3, "nom", "n", collective=True) == "troje"
    assert cardinal(2, "gen", "n", collective=True) == "dwojga"
    assert cardinal(2, "nom", "m1") == "dwóch"
    assert cardinal(2, "nom", "m1", personal_rec=False) == "dwaj"


@pytest.mark.parametrize(("n", "case", "gender", "number", "spoken"), [
    (1, "nom", "n", "sg", "pierwsze"), (2, "loc", "n", "sg", "drugim"), (3, "nom", "f", "sg", "trzecia"),
    (21, "gen", "m3", "sg", "dwudziestego pierwszego"), (20, "nom", "f", "sg", "dwudziesta"),
    (4, "loc", "m3", "sg", "czwartym"), (15, "gen", "m3", "sg", "piętnastego"), (2, "nom", "n", "pl", "drugie"),
])
def test_ordinal(n, case, gender, number, spoken):
    assert ordinal(n, case, gender, number) == spoken


@pytest.mark.parametrize(("n", "noun", "governed", "spoken"), [
    (2, "osoby", (), "dwie"), (1, "paczkę", (), "jedną"), (1, "paczka", (), "jedna"), (22, "osoby", (), "dwadzieścia dwie"),
    (3, "osób", ("gen",), "trzech"), (10, "osób", ("gen",), "dziesięciu"), (2, "lat", ("gen",), "dwóch"),
    (3, "miesięcy", ("gen",), "trzech"), (5, "osób", (), "pięć"), (4, "dzieci", (), "czworo"),
    (3, "pracowników", (), "trzech"), (2, "pracownicy", (), "dwaj"), (2, "wnioski", (), "dwa"),
    (2, "osobami", ("gen", "inst"), "dwiema"), (2, "osoby", ("loc", "acc"), "dwie"), (1, "miejsce", (), "jedno"),
])
def test_numeral_for(n, noun, governed, spoken):
    assert numeral_for(n, noun, governed) == spoken


@pytest.mark.parametrize(("n", "noun", "governed", "spoken"), [
    (2, "osoby", (), "dwie osoby"), (1, "paczkę", (), "jedną paczkę"), (22, "osoby", (), "dwadzieścia dwie osoby"),
    (3, "osób", ("gen",), "trzech osób"), (10, "osób", ("gen",), "dziesięciu osób"),
])
def test_counted(n, noun, governed, spoken):
    assert counted(n, noun, governed) == spoken


def test_counted_needs_a_known_noun():
    assert counted(2, "xyzzy") is None and numeral_for(2, "xyzzy") is None


@pytest.mark.parametrize(("before", "cases"), [
    ("dla ", ("gen",)), ("ok. ", ("gen",)), ("około ", ("gen",)), ("w ciągu ", ("gen",)), ("powyżej ", ("gen",)),
    ("poniżej ", ("gen",)), ("do ", ("gen",)), ("od ", ("gen",)), ("z ", ("gen", "inst")), ("o ", ("loc", "acc")),
    ("w ", ("loc", "acc")), ("na ", ("loc", "acc")), ("Ośrodek ", ()), ("", ()),
])
def test_governed_cases(before, cases):
    assert governed_cases(before) == cases


def test_nouns():
    assert noun_form("osoby", "pl", "gen") == "osób"
    assert noun_form("dni", "pl", "gen") == "dni"
    assert noun_form("xyzzy", "pl", "gen") == "xyzzy"
    assert count_noun(5, "kilometr", "nom") == "kilometrów"
    assert count_noun(3, "stopień", "loc") == "stopniach"
    assert count_noun(2, "złoty", "nom") == "złote"
    assert count_noun(1, "grosz", "nom") == "grosz"
