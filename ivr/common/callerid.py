"""The caller's number as Twilio gives it: is it hidden, can we call it back, how is it written.

Hidden numbers reach Twilio as words or as the keypad spelling of a word
("+266696687" is A-N-O-N-Y-M-O-U-S), so they look like numbers but are not.
"""
from __future__ import annotations

import re

# What Twilio puts in From when the caller's number is withheld: words (any case),
# or their keypad spellings.
HIDDEN = frozenset({
    "anonymous", "restricted", "unavailable", "unknown", "private", "blocked", "withheld",
    "+266696687",  # ANONYMOUS
    "+7378742833",  # RESTRICTED
    "+2562533",  # BLOCKED
    "+8656696",  # UNKNOWN
    "+86282452253",  # UNAVAILABLE
})
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")
# Polish mobile ranges: said 606 902 915; everything else is a landline, said 61 817 61 30.
_PL_MOBILE = ("45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")
_PL_THREES = ("80", "70")  # free and premium lines: 800 123 456


def callable_number(number: str | None) -> str | None:
    """The number in E.164 form when a person can call it back, else None.
    Spaces, dashes and brackets are dropped: '+48 606 902 915' -> '+48606902915'."""
    cleaned = re.sub(r"[\s\-()]", "", number or "")
    if cleaned.lower() in HIDDEN or not _E164.match(cleaned):
        return None
    if cleaned.startswith("+48") and len(cleaned) != 12:
        return None
    return cleaned


def is_hidden(number: str | None) -> bool:
    """True unless `number` (outer spaces aside) is already a callable E.164 number.

    Stricter than callable_number: what is sent to Twilio's REST API (the info SMS)
    must be the caller's number exactly as Twilio gave it, never a rewritten guess."""
    value = (number or "").strip()
    return callable_number(value) != value


def written_groups(number: str | None) -> str | None:
    """How a number is written for reading back, in its Polish groups: '+48606902915' ->
    '606 902 915', '+48618176130' -> '61 817 61 30'. A foreign number keeps its country
    code: 'plus 49, 151, 234, 567, 89'. None for a hidden number."""
    cleaned = callable_number(number)
    if cleaned is None:
        return None
    if cleaned.startswith("+48"):
        local = cleaned[3:]
        if local.startswith(_PL_MOBILE + _PL_THREES):
            return f"{local[:3]} {local[3:6]} {local[6:]}"
        return f"{local[:2]} {local[2:5]} {local[5:7]} {local[7:]}"
    digits = cleaned[1:]
    country, rest = _country_code(digits)
    groups = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    return ", ".join([f"plus {country}", *groups])


def _country_code(digits: str) -> tuple[str, str]:
    """A good-enough split for reading aloud: one digit for +1 and +7, else two."""
    size = 1 if digits[0] in "17" else 2
    return digits[:size], digits[size:]
