"""How many SMS segments a text is sent as (GSM 03.38 / 3GPP TS 23.038).

A text made only of GSM-7 characters is sent 7 bits a character: 160 in one
SMS, or 153 per segment when it needs more (each segment then carries a
header). Characters of the extension table (€ [ ] { } ^ ~ | \\ and form feed)
take two septets, and such a pair is never split across segments. Any other
character, Polish letters included, makes the whole text UCS-2: 70 UTF-16
code units in one SMS, 67 per segment when concatenated; a character outside
the Basic Multilingual Plane (most emoji) takes two units, never split.

Which characters are GSM-7 and how many septets each takes is the `gsm0338`
codec's answer; this module keeps only the segment arithmetic.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import gsm0338

__all__ = ["MAX_SEGMENTS", "Segments", "count", "segments", "fits", "GSM_BASIC", "GSM_EXTENSION"]

# What the line allows for one reply: longer texts cost more and arrive in pieces.
MAX_SEGMENTS = 3

GSM7, UCS2 = "GSM-7", "UCS-2"
GSM_SINGLE, GSM_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67

_CODEC = gsm0338.Codec()  # the default alphabet with its extension table
_ESCAPE = "\x1b"  # not a character of its own but the prefix of the extension table


def _decoded(raw: bytes) -> str | None:
    try:
        return _CODEC.decode(raw)[0]
    except UnicodeDecodeError:
        return None


# Both tables as the codec has them, for reference and tests.
GSM_BASIC = frozenset(c for code in range(128) if (c := _decoded(bytes([code]))) and c != _ESCAPE)
GSM_EXTENSION = frozenset(c for code in range(128) if (c := _decoded(bytes([0x1B, code]))) and c != _ESCAPE)


@lru_cache(maxsize=512)
def _septets(char: str) -> int | None:
    """Septets the codec needs for one character (2 for the extension table), None if not GSM-7."""
    if char == _ESCAPE:
        return None
    try:
        return len(_CODEC.encode(char)[0])
    except UnicodeEncodeError:
        return None


@dataclass(frozen=True)
class Segments:
    encoding: str  # "GSM-7" or "UCS-2"
    count: int  # SMS segments; 0 for an empty text
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)

    @property
    def limit(self) -> int:
        """Units that would fit in MAX_SEGMENTS segments of this encoding."""
        return (GSM_MULTI if self.encoding == GSM7 else UCS2_MULTI) * MAX_SEGMENTS


def count(text: str) -> Segments:
    """Encoding, segment count and size of one message body."""
    septets = [_septets(c) for c in text]
    if None not in septets:
        return Segments(GSM7, _pack(septets, GSM_SINGLE, GSM_MULTI), sum(septets))
    sizes = [2 if ord(c) > 0xFFFF else 1 for c in text]
    return Segments(UCS2, _pack(sizes, UCS2_SINGLE, UCS2_MULTI), sum(sizes))


def segments(text: str) -> int:
    return count(text).count


def fits(text: str, max_segments: int = MAX_SEGMENTS) -> bool:
    return count(text).count <= max_segments


def _pack(sizes: list[int], single: int, multi: int) -> int:
    """Segments needed: one if everything fits a single SMS, else fill segments
    of `multi` units in order, moving a two-unit character whole to the next."""
    total = sum(sizes)
    if total == 0:
        return 0
    if total <= single:
        return 1
    used, count_ = 0, 1
    for size in sizes:
        if used + size > multi:
            count_ += 1
            used = 0
        used += size
    return count_
