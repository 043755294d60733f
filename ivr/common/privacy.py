"""Callers' numbers never reach the logs or staff texts whole."""
from __future__ import annotations

import re

import phonenumbers

from ivr.common.callerid import POLAND, parse


def mask_number(number: str | None) -> str:
    """'+48606902915' -> '606 *** 915', '+4915123456789' -> '+49 *** 789' (the country
    says nothing of the person); other text keeps only its last three digits."""
    parsed = parse(number)
    if parsed is not None:
        national = phonenumbers.national_significant_number(parsed)
        if parsed.country_code == POLAND:
            return f"{national[:3]} *** {national[-3:]}"
        return f"+{parsed.country_code} *** {national[-3:]}"
    digits = re.sub(r"\D", "", number or "")
    return f"*** {digits[-3:]}" if len(digits) >= 6 else "hidden"
