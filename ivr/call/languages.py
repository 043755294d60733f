"""The languages the line speaks, and what differs between them, in one place.

Each language has its own content file (prompts/pl.toml, prompts/uk.toml) with the same keys;
the facts (address, numbers, hours, closures, [voice]) live only in the Polish file. What a
language adds is here: its written day and hour phrases (the status, the hours, the closures),
its spoken form (ivr.spoken.for_language), and the voices that read it (the audio build's
engines and Twilio's <Say> fallback). The flow carries the chosen language's code.

Adding a language: docs/languages.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

import phonenumbers

from ivr.call import phrases, phrases_uk
from ivr.call import notices
from ivr.common import polish, ukrainian
from ivr.common.callerid import parse as parse_number

DEFAULT = "pl"


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1: the content file's name, the audio namespace, the call state's value
    name_pl: str  # for staff: "ukraiński"
    name_pl_locative: str  # "po ukraińsku"
    speech: str  # BCP 47 for Twilio's speech recognition and <Say>: "uk-UA"
    say_voice: str  # Twilio's voice for the <Say> fallback
    gtts: str  # gTTS language code
    espeak: str  # espeak-ng voice name
    azure_voice: str  # default Azure neural voice (IVR_AZURE_VOICE[_UK] overrides)
    google_voice: str  # default Google Cloud voice (IVR_GOOGLE_VOICE[_UK] overrides)
    # Written phrases built from data.
    hours_sentences: Callable
    short_hours: Callable
    hours_line: Callable
    status_values: Callable
    closed_today_values: Callable
    closure_days_text: Callable
    closure_days_full: Callable
    today: str
    tomorrow: str
    weekday_on: tuple[str, ...]
    month_genitive: tuple[str, ...]
    year_word: str  # after a year in a written date ("2099 року"); "" in Polish
    day_labels: tuple[str, ...]  # "W czwartek" / "У четвер"
    tomorrow_label: str
    callback_today: str
    callback_next_working_day: str
    longest_callback_day: str  # the longest {kiedy} of a call-back SMS

    @property
    def file(self) -> str:
        return f"{self.code}.toml"

    @property
    def say(self) -> dict[str, str]:
        """The attributes of Twilio's <Say> for this language."""
        return {"language": self.speech, "voice": self.say_voice}


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


POLISH = Language(
    code="pl", name_pl="polski", name_pl_locative="po polsku", speech="pl-PL", say_voice="Polly.Ewa",
    gtts="pl", espeak="pl", azure_voice="pl-PL-ZofiaNeural", google_voice="pl-PL-Wavenet-A",
    hours_sentences=phrases.hours_sentences, short_hours=phrases.short_hours, hours_line=phrases.hours_line,
    status_values=phrases.status_values, closed_today_values=phrases.closed_today_values,
    closure_days_text=notices.closure_days_text, closure_days_full=notices.closure_days_full,
    today="dziś", tomorrow="jutro", weekday_on=polish.WEEKDAY_ON, month_genitive=polish.MONTH_GENITIVE, year_word="",
    day_labels=tuple(_capital(day) for day in polish.WEEKDAY_ON), tomorrow_label="Jutro",
    callback_today=phrases.CALLBACK_TODAY, callback_next_working_day=phrases.CALLBACK_NEXT_WORKING_DAY,
    longest_callback_day="jutro, w poniedziałek 30 października",
)

UKRAINIAN = Language(
    code="uk", name_pl="ukraiński", name_pl_locative="po ukraińsku", speech="uk-UA",
    say_voice="Google.uk-UA-Standard-A",
    gtts="uk", espeak="uk", azure_voice="uk-UA-PolinaNeural", google_voice="uk-UA-Standard-A",
    hours_sentences=phrases_uk.hours_sentences, short_hours=phrases_uk.short_hours, hours_line=phrases_uk.hours_line,
    status_values=phrases_uk.status_values, closed_today_values=phrases_uk.closed_today_values,
    closure_days_text=phrases_uk.closure_days_text, closure_days_full=phrases_uk.closure_days_full,
    today=phrases_uk.TODAY, tomorrow=phrases_uk.TOMORROW, weekday_on=ukrainian.WEEKDAY_ON,
    month_genitive=ukrainian.MONTH_GENITIVE, year_word=" року",
    day_labels=tuple(phrases_uk.day_label(day) for day in range(7)), tomorrow_label=phrases_uk.TOMORROW_LABEL,
    callback_today=phrases_uk.CALLBACK_TODAY, callback_next_working_day=phrases_uk.CALLBACK_NEXT_WORKING_DAY,
    longest_callback_day=phrases_uk.LONGEST_CALLBACK_DAY,
)

LANGUAGES: Mapping[str, Language] = {language.code: language for language in (POLISH, UKRAINIAN)}
CODES = tuple(LANGUAGES)


def language(code: str | None) -> Language:
    """The language of a code; an unknown or empty one is Polish (the line's own language)."""
    return LANGUAGES.get((code or DEFAULT).strip().lower(), POLISH)


def say_attributes(code: str | None) -> dict[str, str]:
    """Twilio <Say> attributes of the fallback voice for a language: for Ukrainian
    {"language": "uk-UA", "voice": "Google.uk-UA-Standard-A"}."""
    return language(code).say


# A caller whose number is of these regions hears that language's line first (the other
# language offered on key 8): +380 numbers, Ukraine.
REGION_LANGUAGES = {"UA": "uk"}


def caller_language(number: str | None) -> str:
    """The language a call starts in: Ukrainian for a valid Ukrainian number (+380), else Polish."""
    parsed = parse_number(number)
    if parsed is None:
        return DEFAULT
    return REGION_LANGUAGES.get(phonenumbers.region_code_for_number(parsed) or "", DEFAULT)
