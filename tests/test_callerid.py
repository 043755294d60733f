"""Caller numbers as Twilio gives them: callable, hidden, read back in groups, masked (phonenumbers)."""
from __future__ import annotations

import pytest

from ivr.common.callerid import callable_number, is_hidden, parse, written_groups
from ivr.common.privacy import mask_number

# From as Twilio gives it -> (callable E.164 or None, read back, masked).
CALLERS = [
    # Polish numbers of every type, as Twilio gives them.
    ("+48606902915", "+48606902915", "606 902 915", "606 *** 915"),  # mobile
    ("+48618176130", "+48618176130", "61 817 61 30", "618 *** 130"),  # landline, Poznań area
    ("+48221234567", "+48221234567", "22 123 45 67", "221 *** 567"),  # landline, Warsaw
    ("+48451234567", "+48451234567", "451 234 567", "451 *** 567"),  # mobile, a newer range
    ("+48391234567", "+48391234567", "391 234 567", "391 *** 567"),  # VoIP: a Polish home phone (issue 34, N8)
    # Written with spaces, dashes or brackets: callable, read back, but see is_hidden below.
    ("+48 606 902 915", "+48606902915", "606 902 915", "606 *** 915"),
    ("+48 (61) 817-61-30", "+48618176130", "61 817 61 30", "618 *** 130"),
    # Foreign numbers: the country code first, then their own groups of at most three digits.
    ("+4915123456789", "+4915123456789", "plus 49, 15, 12, 345, 67, 89", "+49 *** 789"),  # German mobile
    ("+14155552671", "+14155552671", "plus 1, 415, 555, 26, 71", "+1 *** 671"),  # US
    ("+442079460958", "+442079460958", "plus 44, 20, 79, 46, 09, 58", "+44 *** 958"),  # London
    ("+380441234567", "+380441234567", "plus 380, 44, 123, 45, 67", "+380 *** 567"),  # Kyiv
    # Premium-rate: a real number, but the office would pay for calling it back.
    ("+48701234567", None, None, "701 *** 567"),
    # Issue 34, N8: only landlines and mobiles; toll-free, shared-cost and other classes are no one's phone.
    ("+48800123456", None, None, "800 *** 456"),  # toll-free
    ("+48801234567", None, None, "801 *** 567"),  # shared cost
    # Hidden: words and Twilio's keypad spellings of them.
    ("anonymous", None, None, "hidden"),
    ("Restricted", None, None, "hidden"),
    ("UNAVAILABLE", None, None, "hidden"),
    ("+266696687", None, None, "*** 687"),  # A-N-O-N-Y-M-O-U-S: no real number, never read back
    ("+7378742833", None, None, "*** 833"),  # RESTRICTED
    ("+8656696", None, None, "*** 696"),  # UNKNOWN
    ("", None, None, "hidden"),
    (None, None, None, "hidden"),
    # Short numbers and a SIP or client caller: nobody to call back.
    ("112", None, None, "hidden"),
    ("+48112", None, None, "hidden"),
    ("client:anna", None, None, "hidden"),
    ("sip:606902915@example.pl", None, None, "*** 915"),
    # Malformed: no plus, too short, too long, letters, a range that does not exist.
    ("606902915", None, None, "*** 915"),
    ("48606902915", None, None, "*** 915"),
    ("+48", None, None, "hidden"),
    ("+4860690291", None, None, "*** 291"),
    ("+4860690291512345", None, None, "*** 345"),
    ("+48 606 9O2 915", None, None, "*** 915"),
    ("+48123", None, None, "hidden"),
    ("+48000000000", None, None, "*** 000"),
    ("+0486069029", None, None, "*** 029"),
]


@pytest.mark.parametrize("number, callable_, written, masked", CALLERS)
def test_caller_numbers(number, callable_, written, masked):
    assert callable_number(number) == callable_
    assert written_groups(number) == written
    assert mask_number(number) == masked
    assert is_hidden(number) == (callable_ is None or callable_ != (number or "").strip())


def test_the_tables_cover_every_kind_of_caller():
    assert len(CALLERS) >= 15
    assert sum(c is None for _, c, _, _ in CALLERS) >= 15


def test_only_a_number_exactly_as_twilio_gives_it_is_sent_an_sms():
    assert not is_hidden("+48606902915") and not is_hidden(" +48618176130 ")
    assert is_hidden("+48 606 902 915") and is_hidden("+48 (61) 817-61-30")


def test_masking_never_shows_a_whole_number():
    for number, _callable, _written, masked in CALLERS:
        digits = "".join(ch for ch in number or "" if ch.isdigit())
        if len(digits) >= 6:
            assert digits not in masked.replace(" ", "") and digits[-7:] not in masked.replace(" ", "")


def test_parse_knows_the_type_but_not_hidden_numbers():
    assert parse("+48606902915").country_code == 48
    assert parse("+266696687") is None and parse("anonymous") is None and parse("+48 606 902 91") is None
