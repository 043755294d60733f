"""Callers' numbers never reach the logs or staff texts whole."""
from __future__ import annotations

import re


def mask_number(number: str | None) -> str:
    """'+48606902915' -> '606 *** 915'; other numbers keep only their last three digits."""
    digits = re.sub(r"\D", "", number or "")
    if len(digits) < 6:
        return "hidden"
    if len(digits) == 11 and digits.startswith("48"):
        return f"{digits[2:5]} *** {digits[-3:]}"
    return f"*** {digits[-3:]}"
