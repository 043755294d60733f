"""The caller's number as Twilio gives it: is it hidden, can we call it back, how is it written.

Which numbers exist, their type and their grouping come from `phonenumbers`
(Google's libphonenumber). Hidden numbers reach Twilio as words or as the keypad
spelling of a word ("+266696687" is A-N-O-N-Y-M-O-U-S), so they look like
numbers but are not.
"""
from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

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
POLAND = 48
# The only numbers the line calls back or texts (issue 34, N8): a person's own phone. Premium
# and shared-cost numbers, personal (forwarding) numbers, UAN, pagers, voicemail, toll-free
# (inbound only) and numbers of unknown type could cost the office dearly or reach no person.
_PERSONAL_PHONES = frozenset({PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
# VoIP only in Poland: Polish VoIP numbers (39…) are residents' home phones, billed like a
# landline; abroad, VoIP ranges are a usual vehicle of toll fraud and their price is unknown.
_POLISH_VOIP = PhoneNumberType.VOIP
# Satellite and other numbers of no country (+870, +881, +882, +883): the most expensive of all.
_NO_COUNTRY = "001"
_SEPARATORS = re.compile(r"[\s\-()]")


def parse(number: str | None) -> PhoneNumber | None:
    """The number, if it is a valid international one ("+48 606 902 915" too); else None."""
    cleaned = _SEPARATORS.sub("", number or "")
    if cleaned.lower() in HIDDEN or not cleaned.startswith("+") or not cleaned[1:].isdigit():
        return None
    try:
        parsed = phonenumbers.parse(cleaned, None)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def callable_number(number: str | None) -> str | None:
    """The number in E.164 form when a person can call it back (a landline or a mobile, see
    is_personal_phone), else None.
    Spaces, dashes and brackets are dropped: '+48 606 902 915' -> '+48606902915'."""
    parsed = parse(number)
    if parsed is None or not is_personal_phone(parsed):
        return None
    return phonenumbers.format_number(parsed, PhoneNumberFormat.E164)


def is_personal_phone(parsed: PhoneNumber) -> bool:
    """A landline or a mobile (a Polish VoIP number too); never a satellite number."""
    if phonenumbers.region_code_for_number(parsed) in (None, _NO_COUNTRY):
        return False
    kind = phonenumbers.number_type(parsed)
    return kind in _PERSONAL_PHONES or (kind == _POLISH_VOIP and parsed.country_code == POLAND)


def is_hidden(number: str | None) -> bool:
    """True unless `number` (outer spaces aside) is already a callable E.164 number.

    Stricter than callable_number: what is sent to Twilio's REST API (the info SMS)
    must be the caller's number exactly as Twilio gave it, never a rewritten guess."""
    value = (number or "").strip()
    return callable_number(value) != value


def reading_groups(parsed: PhoneNumber) -> list[str]:
    """The digit groups a number is read in: a Polish one in its national grouping
    (mobile 606 902 915, landline 61 817 61 30); a foreign one its country code first,
    then its own groups, none longer than three digits (1512 -> 15 12)."""
    if parsed.country_code == POLAND:
        return phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL).split()
    international = phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)
    country, *rest = re.findall(r"\d+", international)
    return [country, *(part for group in rest for part in _at_most_three(group))]


def _at_most_three(digits: str) -> list[str]:
    """Threes from the left; a lone last digit joins the one before (1234 -> 12 34)."""
    parts = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    if len(parts) > 1 and len(parts[-1]) == 1:
        pair = parts[-2] + parts[-1]
        parts[-2:] = [pair[:2], pair[2:]]
    return parts


def written_groups(number: str | None) -> str | None:
    """How a number is written for reading back, in its groups: '+48606902915' ->
    '606 902 915', '+48618176130' -> '61 817 61 30'. A foreign number keeps its country
    code: 'plus 49, 15, 12, 345, 67, 89'. None for a number we cannot call back."""
    if callable_number(number) is None:
        return None
    parsed = parse(number)
    groups = reading_groups(parsed)
    if parsed.country_code == POLAND:
        return " ".join(groups)
    return ", ".join([f"plus {groups[0]}", *groups[1:]])


def contact_number(number: str | None, international: bool = False) -> str | None:
    """The E.164 number the line may call or text on its own account: a landline or a mobile
    (see is_personal_phone), in Poland unless `international` (IVR_CALLBACK_INTERNATIONAL,
    the one setting for "Oddzwoń" and SMS replies alike); else None."""
    found = callable_number(number)
    if found is None or (not found.startswith(f"+{POLAND}") and not international):
        return None
    return found


# How the line can reach a caller again (issue 24): what its menus may offer.
WITHHELD, LANDLINE, PHONE, ABROAD, UNREACHABLE = "hidden", "landline", "phone", "abroad", "unreachable"
CAN_CALL_BACK = frozenset({LANDLINE, PHONE})  # "Oddzwoń" will ring it
CAN_TEXT = frozenset({PHONE})  # the key-5 SMS may go there


def phone_kind(number: str | None, international: bool = False) -> str:
    """What the caller's number allows, from `phonenumbers` alone (no network lookup):
    WITHHELD (no number, or Twilio's words or keypad spellings for one), LANDLINE (a Polish
    fixed line: a call back, but no SMS), PHONE (a mobile, FIXED_LINE_OR_MOBILE or Polish VoIP:
    a call back and an SMS), ABROAD (a foreign phone while IVR_CALLBACK_INTERNATIONAL is off),
    UNREACHABLE (premium-rate, shared-cost, toll-free, satellite, invalid: neither)."""
    value = (number or "").strip()
    if not value or _SEPARATORS.sub("", value).lower() in HIDDEN:
        return WITHHELD
    parsed = parse(value)
    if parsed is None or not is_personal_phone(parsed):
        return UNREACHABLE
    if parsed.country_code != POLAND:
        return PHONE if international else ABROAD
    return LANDLINE if phonenumbers.number_type(parsed) == PhoneNumberType.FIXED_LINE else PHONE
