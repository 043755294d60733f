"""Callers' numbers never reach the logs or staff texts whole; keyed hashes tie records
together without keeping what they hash (call statistics, SMS limits)."""
from __future__ import annotations

import hashlib
import hmac
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


def derived_key(secret: str | bytes, purpose: str) -> bytes:
    """A key for one purpose, derived from the app's secret: a leaked hash of one purpose
    says nothing about another, and the secret itself is never stored."""
    secret = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(secret, f"ivr-key:{purpose}".encode(), hashlib.sha256).digest()


def keyed_hash(key: bytes, value: str) -> str:
    """HMAC-SHA256 of `value` (hex, 32 characters): ties records together without the value."""
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]
