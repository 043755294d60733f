"""SSML for the official cloud voices: one sentence of spoken Polish in a <speak> document.

Pace and pauses (the content file's [voice] table, issue 25) arrive as `rate` (1.0 = the
provider's normal pace, 0.9 = ten per cent slower) and `clause_break_ms` (a pause after each
comma, semicolon, colon or dash inside the sentence). Without them the text goes as it is:
the provider's own pace and pauses. Pauses between sentences and menu options are not SSML's
business: the build joins sentences with its own silences, as for every engine.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

SSML_NS = "http://www.w3.org/2001/10/synthesis"
LANGUAGE = "pl-PL"
MIN_RATE, MAX_RATE = 0.5, 2.0  # both providers accept at least this range
MAX_BREAK_MS = 5000
_CLAUSE_END = re.compile(r"([,;:–—])\s+")


def _rate(rate: float) -> str:
    if not MIN_RATE <= rate <= MAX_RATE:
        raise ValueError(f"speaking rate {rate} outside {MIN_RATE}-{MAX_RATE}")
    return f"{round(rate * 100)}%"


def body(sentence: str, rate: float | None = None, clause_break_ms: int | None = None) -> str:
    """The escaped text of one sentence, with its optional prosody and clause breaks."""
    text = escape(" ".join(sentence.split()))
    if clause_break_ms:
        if not 0 < clause_break_ms <= MAX_BREAK_MS:
            raise ValueError(f"break of {clause_break_ms} ms outside 1-{MAX_BREAK_MS}")
        text = _CLAUSE_END.sub(lambda m: f'{m.group(1)}<break time="{clause_break_ms}ms"/> ', text)
    if rate is not None and rate != 1.0:
        text = f"<prosody rate={quoteattr(_rate(rate))}>{text}</prosody>"
    return text


def speak(sentence: str, voice: str | None = None, *, lang: str = LANGUAGE, rate: float | None = None,
          clause_break_ms: int | None = None) -> str:
    """A complete SSML document. Azure needs the <voice> element (and the namespace);
    Google takes the voice in its JSON and a bare <speak>."""
    inner = body(sentence, rate, clause_break_ms)
    if voice is None:
        return f"<speak>{inner}</speak>"
    return (f'<speak version="1.0" xmlns="{SSML_NS}" xml:lang={quoteattr(lang)}>'
            f"<voice name={quoteattr(voice)}>{inner}</voice></speak>")
