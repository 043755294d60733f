"""Phone numbers in written Polish, said in their type's groups (phonenumbers decides)."""
from __future__ import annotations

import pytest

from ivr.spoken.normalize import normalize
from ivr.spoken.phone_numbers import phone_numbers, read_phone_number, say_digits

OFFICE = "sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści"
MOBILE = "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"
WARSAW = "dwadzieścia dwa, sto dwadzieścia trzy, czterdzieści pięć, sześćdziesiąt siedem"
TOLL_FREE = "osiemset, sto, sto"

# written -> (type, spoken)
NUMBERS = [
    # The office's landline in every way it is written.
    ("61 817 61 30", "fixed_line", OFFICE),
    ("618176130", "fixed_line", OFFICE),  # no spaces: still 2-3-2-2, as a landline is
    ("61-817-61-30", "fixed_line", OFFICE),
    ("61 8176130", "fixed_line", OFFICE),
    ("(61) 817 61 30", "fixed_line", OFFICE),
    ("(61) 8176130", "fixed_line", OFFICE),
    ("(061) 817-61-30", "fixed_line", OFFICE),  # the design's example, with the obsolete 0
    ("(061) 8176130", "fixed_line", OFFICE),
    ("061 817 61 30", "fixed_line", OFFICE),
    ("0618176130", "fixed_line", OFFICE),
    ("+48 61 817 61 30", "fixed_line", OFFICE),
    ("+48618176130", "fixed_line", OFFICE),
    ("+48 (61) 817 61 30", "fixed_line", OFFICE),
    ("(+48) 61 817 61 30", "fixed_line", OFFICE),
    ("0048 61 817 61 30", "fixed_line", OFFICE),
    ("+48-61-817-61-30", "fixed_line", OFFICE),
    # The office's mobile.
    ("606 902 915", "mobile", MOBILE),  # the design's example
    ("606902915", "mobile", MOBILE),  # no spaces: 3-3-3, as a mobile is
    ("606-902-915", "mobile", MOBILE),
    ("606 90 29 15", "mobile", MOBILE),  # grouped like a landline, said like a mobile
    ("0606 902 915", "mobile", MOBILE),
    ("0606902915", "mobile", MOBILE),
    ("+48 606 902 915", "mobile", MOBILE),
    ("+48606902915", "mobile", MOBILE),
    ("(+48) 606 902 915", "mobile", MOBILE),
    ("0048 606 902 915", "mobile", MOBILE),
    ("0048606902915", "mobile", MOBILE),
    # Other landlines and mobiles, zeros inside groups.
    ("22 123 45 67", "fixed_line", WARSAW),
    ("221234567", "fixed_line", WARSAW),
    ("(022) 123-45-67", "fixed_line", WARSAW),
    ("61 817 05 30", "fixed_line", "sześćdziesiąt jeden, osiemset siedemnaście, zero pięć, trzydzieści"),
    ("12 345 00 09", "fixed_line", "dwanaście, trzysta czterdzieści pięć, zero zero, zero dziewięć"),
    ("501 234 567", "mobile", "pięćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem"),
    ("600 000 099", "mobile", "sześćset, zero zero zero, zero dziewięćdziesiąt dziewięć"),
    ("451234567", "mobile", "czterysta pięćdziesiąt jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem"),
    # Toll-free, shared-cost, premium-rate, VoIP: 3-3-3.
    ("800 100 100", "toll_free", TOLL_FREE),
    ("800100100", "toll_free", TOLL_FREE),
    ("0 800 100 100", "toll_free", TOLL_FREE),
    ("0800 100 100", "toll_free", TOLL_FREE),
    ("+48 800 100 100", "toll_free", TOLL_FREE),
    ("801 234 567", "shared_cost", "osiemset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem"),
    ("701 234 567", "premium_rate", "siedemset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem"),
    ("39 123 45 67", "voip", "trzysta dziewięćdziesiąt jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem"),
    # Short service numbers, in their own groups.
    ("112", "short", "sto dwanaście"),
    ("997", "short", "dziewięćset dziewięćdziesiąt siedem"),
    ("998", "short", "dziewięćset dziewięćdziesiąt osiem"),
    ("999", "short", "dziewięćset dziewięćdziesiąt dziewięć"),
    ("986", "short", "dziewięćset osiemdziesiąt sześć"),
    ("116 111", "short", "sto szesnaście, sto jedenaście"),
    ("116111", "short", "sto szesnaście, sto jedenaście"),
    ("116 123", "short", "sto szesnaście, sto dwadzieścia trzy"),
    ("116123", "short", "sto szesnaście, sto dwadzieścia trzy"),
    ("19115", "short", "dziewiętnaście, sto piętnaście"),
    # Foreign numbers: "plus" and the country code, then their own groups.
    ("+49 30 1234567", "fixed_line",
     "plus czterdzieści dziewięć, trzydzieści, sto dwadzieścia trzy, czterdzieści pięć, sześćdziesiąt siedem"),
    ("+44 20 7946 0958", "fixed_line",
     "plus czterdzieści cztery, dwadzieścia, siedemdziesiąt dziewięć, czterdzieści sześć, zero dziewięć, pięćdziesiąt osiem"),
    ("0049 151 23456789", "mobile",
     "plus czterdzieści dziewięć, piętnaście, dwanaście, trzysta czterdzieści pięć, sześćdziesiąt siedem, "
     "osiemdziesiąt dziewięć"),
]

NOT_NUMBERS = [
    "63-005",  # a postal code
    "2026",  # a year
    "19 500",  # an amount
    "5",
    "8:00-16:00",
    "2026-12-31",
    "123 456",  # six digits that are no service number
    "618 176 13",  # eight digits
    "61 817 61 30 12",  # eleven
    "000 000 000",  # no such range
    "+48 61 817 61",  # too short with a country code
    "+999 123 456 789",  # no such country
]


@pytest.mark.parametrize("written, kind, spoken", NUMBERS)
def test_every_written_form(written, kind, spoken):
    reading = read_phone_number(written)
    assert reading is not None, written
    assert (reading.kind, reading.spoken) == (kind, spoken)
    assert phone_numbers(f"Tel. {written}, proszę.") == f"Tel. {spoken}, proszę."


def test_the_table_is_big_enough():
    assert len(NUMBERS) >= 40 and len({kind for _, kind, _ in NUMBERS}) >= 7


@pytest.mark.parametrize("written", NOT_NUMBERS)
def test_digits_that_are_not_phone_numbers_are_left_alone(written):
    assert read_phone_number(written) is None
    assert phone_numbers(f"Mamy {written} tu.") == f"Mamy {written} tu."


@pytest.mark.parametrize("text", ["116 111 zł", "19115 zł, 19115%", "116123 złotych", "1999 r.", "19115 roku", "606 902 915 zł"])
def test_amounts_and_years_are_not_read_as_numbers(text):
    assert phone_numbers(text) == text


def test_several_numbers_and_brackets_in_one_sentence():
    text = "Proszę dzwonić: 606 902 915 lub (061) 817-61-30 (w godzinach pracy), w nagłych razach 112."
    assert phone_numbers(text) == (
        f"Proszę dzwonić: {MOBILE} lub {OFFICE} (w godzinach pracy), w nagłych razach sto dwanaście."
    )
    assert phone_numbers("(tel. 618176130)") == f"(tel. {OFFICE})"


def test_the_whole_normalizer_uses_this_rule():
    assert normalize("tel. kom. 606902915") == f"telefon komórkowy {MOBILE}"
    assert normalize("Telefon zaufania dla dzieci: 116 111.") == "Telefon zaufania dla dzieci: sto szesnaście, sto jedenaście."


def test_groups_with_leading_zeros():
    assert [say_digits(g) for g in ("05", "00", "000", "099", "30")] == [
        "zero pięć", "zero zero", "zero zero zero", "zero dziewięćdziesiąt dziewięć", "trzydzieści"]


def test_long_runs_of_digits_are_left_alone():
    # One way to split digits into groups: 40 digits do not make the pattern backtrack for ever.
    for text in ("1" * 40 + "x", "12 " * 200 + "x", "(1)" * 200 + "x"):
        assert phone_numbers(text) == text
