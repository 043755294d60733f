"""Phone numbers in written Polish, said in the groups their type calls for.

`phonenumbers` (Google's libphonenumber) decides whether digits are a number,
which type it is and how it is grouped: a landline 61 817 61 30, a mobile or
toll-free number 606 902 915 / 800 100 100, however it was written (spaces,
dashes, brackets, +48 or 0048, the obsolete leading 0, or no spaces at all).
Short service numbers (112, 997, 19 115, 116 111) are said in their own groups;
its shortnumberinfo tells them. Groups are said as numbers, a leading zero as
"zero", with commas between them: a short pause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from num2words import num2words
from phonenumbers import PhoneNumber, PhoneNumberType, shortnumberinfo

from ivr.common.callerid import POLAND, reading_groups

# Digits that may be a number: an optional country code (+48, (+48), 0048), then
# groups of digits, each maybe in brackets, apart by one space or dash.
_GROUP = r"(?:\([0-9]+\)|[0-9]+)"
_CANDIDATE = re.compile(
    # Not after a bracket's close or inside a word, figure or date; an opening bracket may stand before the number
    # (session twenty-three: "do OPS (606 902 915)" was read as millions).
    r"(?<![\w+:.,/)-])"
    r"(?P<intl>\((?:\+|00)[1-9][0-9]{0,2}\)[ -]?|(?:\+|00)(?=[1-9]))?"
    # Each further group follows a space or dash, or touches a bracket: one way to split
    # the digits, so a long run of digits cannot make the regex backtrack for ever.
    rf"(?P<body>{_GROUP}(?:[ -]{_GROUP}|[ -]?\([0-9]+\)|(?<=\))[0-9]+)*)"
    r"(?![\w%°]|[.,:/-][0-9])"
)
# Amounts and years are not numbers to call, even when their digits are ("19 500 zł").
_UNIT_AFTER = re.compile(r"\s*(?:zł|%|°|r\.|rok)")  # also "złotych", "roku"
_SHORT_MAX = 6  # digits of the longest short number (116 111)
# An extension right after the number ("tel. 61 817 61 30 wewn. 2", its abbreviation already said in full): a pause
# before it, as between the number's groups, so that "trzydzieści" and "wewnętrzny dwa" are not run together.
_EXTENSION_NEXT = re.compile(r"\s+wewnętrzn\w*\s+[0-9]")


@dataclass(frozen=True)
class PhoneReading:
    kind: str  # "mobile", "fixed_line", "toll_free", ... as phonenumbers types them, or "short"
    groups: tuple[str, ...]  # digit groups, in the order they are said
    country: str | None = None  # the country code said first ("plus 49"), None for Polish numbers

    @property
    def spoken(self) -> str:
        words = [say_digits(group) for group in self.groups]
        if self.country:
            words.insert(0, f"plus {say_digits(self.country)}")
        return ", ".join(words)


def say_digits(digits: str) -> str:
    """A digit group as spoken: leading zeros as "zero", the rest as a number ("05" -> "zero pięć")."""
    rest = digits.lstrip("0")
    words = ["zero"] * (len(digits) - len(rest))
    if rest:
        words.append(num2words(int(rest), lang="pl"))
    return " ".join(words)


def read_phone_number(written: str) -> PhoneReading | None:
    """How a number written in any usual way is said; None when it is not a phone number."""
    match = _CANDIDATE.fullmatch(written.strip())
    return _reading(match) if match else None


def phone_numbers(text: str) -> str:
    """Every phone number of a text in its spoken groups; other digits are left alone."""
    def say(match: re.Match) -> str:
        if _UNIT_AFTER.match(text, match.end()):
            return match[0]
        reading = _reading(match)
        if not reading:
            return match[0]
        return reading.spoken + ("," if _EXTENSION_NEXT.match(text, match.end()) else "")
    return _CANDIDATE.sub(say, text)


def _reading(match: re.Match) -> PhoneReading | None:
    body = match["body"]
    digits = re.sub(r"\D", "", body)
    if match["intl"]:
        return _international(re.sub(r"\D", "", match["intl"]).removeprefix("00") + digits)
    if len(digits) == 10 and digits.startswith("0"):
        digits = digits[1:]  # the obsolete trunk 0: (061) 817-61-30
    if len(digits) == 9:
        return _polish(phonenumbers.parse(digits, "PL"))
    if 3 <= len(digits) <= _SHORT_MAX and "-" not in body:
        return _short(digits, body)
    return None


def _international(digits: str) -> PhoneReading | None:
    """+48 61 817 61 30 like a Polish number; +49 30 1234567 with "plus 49" first."""
    try:
        number = phonenumbers.parse(f"+{digits}", None)
    except phonenumbers.NumberParseException:
        return None
    if number.country_code == POLAND:
        return _polish(number)
    if not phonenumbers.is_valid_number(number):
        return None
    first, *groups = reading_groups(number)
    return PhoneReading(_kind(number), tuple(groups), country=first)


def _kind(number: PhoneNumber) -> str:
    return PhoneNumberType.to_string(phonenumbers.number_type(number)).lower()


def _polish(number: PhoneNumber) -> PhoneReading | None:
    if not phonenumbers.is_valid_number(number):
        return None
    return PhoneReading(_kind(number), tuple(reading_groups(number)))


def _short(digits: str, written: str) -> PhoneReading | None:
    """112, 997, 19115, 116 111 / 116111; written as one block, or six digits as 3-3."""
    groups = written.split()
    if len(groups) > 1 and [len(g) for g in groups] != [3, 3]:
        return None  # "19 500" is an amount, not the number 19500
    number = phonenumbers.parse(digits, "PL")
    if not shortnumberinfo.is_valid_short_number_for_region(number, "PL"):
        return None
    if len(digits) <= 3:
        parts = [digits]
    else:
        cut = len(digits) - 3  # 19 115, 116 111
        parts = [digits[:cut], digits[cut:]]
    return PhoneReading("short", tuple(parts))


# Round nineteen: the trunk 0 written apart from its area code inside the brackets, "(0-61) 841 07 21", "(0 61)
# 8410721": one group, "(061)", as phone_numbers() reads it (was "od zera do sześćdziesięciu jeden"); seven digits
# must follow, so "(0-6) lat" or "(0-18)" stay spans.
_TRUNK_APART = re.compile(r"\(0[- ](?P<area>[1-9][0-9])\)(?=[ -]?(?:[0-9][ -]?){6}[0-9](?![0-9]))")


def trunk_prefix(text: str) -> str:
    """"(0-61) 841 07 21" -> "(061) 841 07 21"."""
    return _TRUNK_APART.sub(lambda m: f"(0{m['area']})", text)


# Round nineteen: a premium-rate SMS number, which is no number to call, written in groups after "SMS na nr" ("SMS na
# nr 70 990"): said group by group ("siedemdziesiąt, dziewięćset dziewięćdziesiąt"), not as an amount ("siedemdziesiąt
# tysięcy …"). A number phonenumbers knows (a mobile, a short number) is left to phone_numbers(); one group, as before.
_SMS_NUMBER = re.compile(r"(?<![\w-])(?P<lead>(?:SMS|sms|esemes)\s+(?:na|pod)\s+(?:numer|nr\.?)\s*)"
                         r"(?P<digits>[0-9]{2,3}(?: [0-9]{2,3})+)(?![0-9]|[.,][0-9])")


def sms_numbers(text: str) -> str:
    """"SMS na numer 70 990" -> "SMS na numer siedemdziesiąt, dziewięćset dziewięćdziesiąt"."""
    def say(m: re.Match) -> str:
        if read_phone_number(m["digits"]) is not None or _UNIT_AFTER.match(m.string, m.end()):
            return m[0]  # a number to call, or an amount ("SMS na nr 12 345 zł"?)
        return m["lead"] + ", ".join(say_digits(group) for group in m["digits"].split())
    return _SMS_NUMBER.sub(say, text)

