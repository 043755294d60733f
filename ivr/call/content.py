"""Load and validate what the line says (prompts/pl.toml, prompts/uk.toml) into plain dataclasses.

Each language has its own file with the same keys; the facts ([office], [hours], [voice])
are written only in the Polish file, and `load_content(dir, lang="uk")` takes them from
there, so the languages cannot disagree (ivr.call.languages holds what differs).

Every error names the file and the key, so staff can find and fix it; the
line refuses to start with broken content rather than say something wrong.
"""
from __future__ import annotations

import re
import string
import threading
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Mapping

from ivr.call.languages import DEFAULT as DEFAULT_LANGUAGE, LANGUAGES, Language, language as language_of
from ivr.call.notices import ClosureRun, Notice, active_notices, news_message
from ivr.call.schedule import Hours
from ivr.common.pace import DEFAULT_PACE, Pace, from_table, problems as pace_problems
from ivr.common.sms_segments import MAX_SEGMENTS, count
from ivr.spoken import for_language

CONTENT_FILE = "pl.toml"
# Sections only the Polish file has: the facts every language reads from there.
FACT_SECTIONS = ("office", "hours", "voice")

# Weekday keys in [hours], Monday first (ASCII so staff need no quoting).
WEEKDAY_KEYS = ("poniedzialek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela")

OFFICE_KEYS = ("name", "address", "landline", "mobile", "head", "transfer_number")

# Placeholders filled from [office] and [hours] when the content is loaded.
STATIC_PLACEHOLDERS = {
    "adres": "address",
    "telefon": "landline",
    "telefon_komorkowy": "mobile",
    "kierownik": "head",
    "godziny": None,  # built from [hours]
    # How long callers' data is kept, from the settings (IVR_KEEP_MESSAGES_DAYS, IVR_KEEP_AUDIT_DAYS):
    # the privacy notice says exactly what the purge does.
    "okres_wiadomosci": None,
    "okres_rejestru": None,
}
# Placeholders filled at call time, allowed only in the status sentences.
RUNTIME_PLACEHOLDERS = {
    "status_open": {"godzina"},
    "status_closed": {"godzina", "kiedy"},
    "status_closed_today": {"godzina", "kiedy"},  # a holiday or a closure day, in the usual hours
    "callback_number": {"numer"},  # the caller's number, read back for a call-back request
    "callback_typed_number": {"numer"},  # a number the caller typed for the call back
    "callback_saved": {"kiedy"},  # when the office will call back
    "closure": {"dni"},  # the closed working days of the coming week
    "hours_day": {"dzien", "od", "do"},  # the day a caller asked about, and its hours
    "hours_day_closed": {"dzien"},
}

REQUIRED_PROMPTS = (
    "greeting", "status_open", "status_closed", "status_closed_unknown", "status_closed_today",
    "person_hint_open", "person_hint_closed",
    "menu_main", "menu_main_closed", "menu_main_no_sms", "menu_main_closed_no_sms", "menu_about", "menu_benefits",
    "menu_benefits_closed", "reserved_keys_closed",
    "info_hours", "info_contact", "info_addiction",
    "info_social_work", "info_benefits", "info_programmes", "info_food",
    "info_care", "info_heating", "info_child_benefit", "hours_day", "hours_day_closed",
    "danger", "danger_helpline", "lost_closed", "danger_check_intro", "menu_danger_check",
    "reserved_keys", "no_input", "wrong_key", "not_understood", "back_to_menu", "anything_else",
    "keys_main", "keys_main_closed", "keys_main_no_sms", "keys_main_closed_no_sms", "keys_about", "keys_benefits", "keys_benefits_closed", "keys_leave_word", "keys_leave_word_hidden", "keys_callback",
    "help", "help_about", "help_benefits", "help_leave_word", "help_leave_word_hidden", "help_callback",
    "transfer", "transfer_closed", "transfer_failed", "transfer_no_answer", "transfer_busy", "transfer_retry",
    "sms_sent", "sms_already_sent", "sms_hidden_number", "sms_abroad", "sms_failed",
    "sms_landline", "sms_unreachable", "sms_instead", "callback_abroad", "callback_unreachable",
    "menu_callback_type", "help_callback_type", "callback_typed_number", "callback_type_invalid",
    "goodbye", "closed_wrap_up",
    "menu_leave_word", "menu_leave_word_hidden", "may_hang_up", "menu_done", "record_intro", "record_saved", "record_empty", "record_failed",
    "callback_number", "menu_callback", "callback_saved", "callback_hidden", "callback_failed",
    "closure", "notice_lead", "more_news",
    # Data protection (RODO art. 13): the sentence before the beep, the one before a call-back
    # request, and the full notice (key 8 in the message menu, the public page /prywatnosc).
    "privacy_before_beep", "privacy_callback", "privacy_notice",
)
# Prompts a content file may leave out (added after offices had edited their files); the flow
# plays them only when present. language_offer: one sentence in this file's language offering
# it on key 8, played by the line of the other language (issue 33).
OPTIONAL_PROMPTS = ("language_offer",)
# Prompts only a translation has (pl.toml refuses them): what its callers hear when a notice of
# the day has no text in their language: that there is news in Polish, and key 0 for a person
# (while closed, key 0 leaves a message: its own wording, as the menus have).
TRANSLATION_PROMPTS = ("notice_in_polish", "notice_in_polish_closed")

# A key said as a word: key -> its [words] list.
KEY_WORDS = {**{str(d): f"key_{d}" for d in range(10)}, "*": "key_star", "#": "key_hash"}

WORD_CHOICES = (
    "danger", "hours", "when", "where", "who", "contact", "about", "addiction",
    "social_work", "benefits", "child_benefit", "heating", "care", "programmes", "food", "sms",
    "person", "repeat", "lost", "back", "slower",
    "message", "callback", "confirm", "other_number", "goodbye",
    # Said alone only (see [words] in the content file).
    "repeat_alone", "lost_alone", "goodbye_alone", "no_alone", "thanks",
    *KEY_WORDS.values(), "key_filler",
    # Sounds of hesitation, dropped before matching ("do yyy której" is "do której").
    "hesitation",
)

# Word lists a content file may leave out (added after offices had edited their files).
OPTIONAL_WORD_CHOICES = (
    # Asking whether someone is there: a person, but the hours when a day or time is named.
    "present",
    # Matters of other offices (taxes, ID cards, buses, the weather): not understood here,
    # even beside a word of the hours or the address ("o której jest autobus").
    "elsewhere",
    # Said alone to "is anyone in danger?" after a long story the line did not understand: no
    # danger (besides every word of `no_alone`); anything else there takes the safety route.
    "no_danger",
    # Issue 23, round five. Phrases that share a danger word but mean no danger ("dzwony biją",
    # "boję się burzy"); danger told from a screen or long ago ("w telewizji", "lat temu"): asked
    # about instead of the safety route; a worker coming to the caller ("przyjść do mnie").
    "not_meant", "not_now", "visit",
)

# SMS replies of the text line ([sms]); written forms, sent as they are.
SMS_TEXTS = (
    "thanks", "menu", "hours", "status_open", "status_closed", "status_closed_unknown",
    "contact", "help", "addiction", "info", "closed_days",
)
# Replies added in issue 27: optional in a content file (an older file gets these defaults,
# which use only placeholders every file has); each must fit in MAX_SEGMENTS SMS, the
# one-line ones (thanks, stop, start) in one.
SMS_OPTIONAL_TEXTS = {
    "callback_saved": "Prośba o telefon zapisana. Pracownik ośrodka zadzwoni {kiedy}.",
    "callback_kept": "Prośba o telefon z tego numeru jest już zapisana. Pracownik zadzwoni {kiedy}.",
    "callback_other_number": "Numer z wiadomości przekażemy pracownikowi.",
    "callback_failed": "Przepraszamy, prośby nie udało się zapisać. Proszę zadzwonić: tel. {telefon}.",
    "stop": "Dobrze, nie będziemy już pisać. Aby to zmienić, proszę wysłać START.",
    # Data protection (issue 30): the sentence after a call-back asked for by SMS (its own SMS),
    # and the notice sent to whoever writes RODO, in two SMS (the full text: /prywatnosc, the office).
    "privacy_callback": "Numer i treść SMS-a zapisujemy tylko po to, żeby oddzwonić. Administrator danych: OPS w Kleszczewie. Więcej: proszę wysłać RODO.",
    "privacy": "Administrator danych: Ośrodek Pomocy Społecznej w Kleszczewie, {adres}, tel. {telefon}. Dane z infolinii służą tylko do zajęcia się sprawą i oddzwonienia.",
    "privacy_rights": "Wiadomości i prośby przechowujemy przez {okres_wiadomosci}. Mają Państwo prawo dostępu do danych, ich usunięcia, sprzeciwu i skargi do Prezesa UODO. Więcej w ośrodku.",
    "start": "Dobrze, znów odpowiadamy na SMS-y. Proszę pisać: GODZINY, ADRES.",
    "hours_short": "{status}\n{godziny_w_linii}.",
    "contact_short": "OPS, {adres}. Tel. {telefon}, kom. {telefon_komorkowy}.",
    "help_short": "Pomoc socjalna, materialna i świadczenia: tel. {telefon}.",
    "addiction_short": "Alkohol, narkotyki: komisja GKRPA w budynku OPS, tel. {telefon}.",
    "danger": "W niebezpieczeństwie proszę dzwonić pod {numer_alarmowy}. Przemoc w rodzinie: Niebieska Linia {niebieska_linia}, bezpłatnie, całą dobę.",
    "care": "Opieka w domu albo miejsce w domu pomocy społecznej (DPS): najpierw przychodzi pracownik socjalny. Proszę pytać w ośrodku.\nTel. {telefon}, {godziny_w_linii}.",
    "food": "O posiłki dla seniorów i dzieci oraz pomoc żywnościową prosimy pytać pracownika socjalnego.\nTel. {telefon}, {godziny_w_linii}.",
    "heating": "O dodatki na ogrzewanie i energię prosimy pytać pracownika ośrodka: powie, co można dostać i jak złożyć wniosek.\nTel. {telefon}, {godziny_w_linii}.",
    "child_benefit": "Świadczenie 800 plus wypłaca ZUS, wniosek składa się przez internet. W innych sprawach rodziny pomoże ośrodek.\nTel. {telefon}, {godziny_w_linii}.",
}
# Replies that must fit in one SMS.
SMS_ONE_SEGMENT = ("thanks", "stop", "start")
# Filled when a reply is made; required in these texts, allowed nowhere else in [sms].
SMS_RUNTIME_PLACEHOLDERS = {
    "callback_saved": {"kiedy"},
    "callback_kept": {"kiedy"},
    "hours": {"status"},
    "hours_short": {"status"},
    "status_open": {"godzina"},
    "status_closed": {"godzina", "kiedy"},
    "closed_days": {"dni"},
}
# Besides the static placeholders, [sms] texts may use the short weekly hours, the hours in
# one line ("pon. 8–16, wt.–pt. 7–15") and the emergency and helpline numbers, taken from the
# written [prompts] danger and danger_helpline (one source for the phone and the SMS).
SMS_SHORT_HOURS = "godziny_krotko"
SMS_HOURS_LINE = "godziny_w_linii"
# Without such a prompt (an older file) the national numbers themselves.
SMS_DANGER_NUMBERS = {
    "numer_alarmowy": ("danger", r"\b11\d\b", "112"),
    "niebieska_linia": ("danger_helpline", r"\b800 ?\d{3} ?\d{3}\b", "800 120 002"),
}

MAX_TEXT = 2000
# Characters no text (and no key) may hold:
# - control characters: C0 other than tab and newline (CR too: a TOML line end is "\n"),
#   DEL and C1;
# - unpaired surrogates;
# - every Unicode noncharacter: U+FDD0..U+FDEF and the last two code points of each plane
#   (U+FFFE, U+FFFF, U+1FFFE ... U+10FFFF).
# Controls, surrogates, U+FFFE and U+FFFF make TwiML that is not well-formed XML (every call
# would fail); the other noncharacters are not meant for interchange (an SMS, a voice).
_NONCHARACTERS = "\\ufdd0-\\ufdef" + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(17))
_FORBIDDEN_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARACTERS + "]")
_PLACEHOLDER_NAME = re.compile(r"^[a-z_]+\Z")
# A notice callers can keep in mind: a few short sentences.
MAX_NOTICE_SENTENCES = 3
MAX_NOTICE_TEXT = 400
NOTICE_KEYS = {"text", "from", "to", "spoken"}
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_E164 = re.compile(r"^\+\d{8,15}$")


class ContentError(ValueError):
    """Content that must not go on the line; the message names file and key."""


@dataclass(frozen=True)
class Office:
    name: str
    address: str
    landline: str
    mobile: str
    head: str
    transfer_number: str


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str  # written form, static placeholders filled
    spoken: str | None = None  # staff's hand-written spoken form, if any


@dataclass(frozen=True)
class Content:
    office: Office
    weekly: Mapping[int, Hours]
    closures: tuple[date, ...]
    acronyms: Mapping[str, str]
    words: Mapping[str, tuple[str, ...]]
    prompts: Mapping[str, Prompt]
    values: Mapping[str, str]  # the static placeholders' written values
    source: Path = field(compare=False)
    sms: Mapping[str, str] = field(default_factory=dict)  # [sms] texts, static placeholders filled
    notices: tuple[Notice, ...] = ()  # [[notices]], in the file's order, expired ones included
    voice: Pace = DEFAULT_PACE  # [voice]: tempo and pauses (ivr.common.pace)
    lang: str = DEFAULT_LANGUAGE  # the language of the texts ("pl", "uk"); facts are always pl.toml's

    @property
    def language(self) -> Language:
        return language_of(self.lang)

    def text(self, prompt_id: str, **values: str) -> str:
        """The written text of a prompt, with call-time placeholders filled."""
        return _fill(self.prompts[prompt_id].text, values)

    def spoken_source(self, prompt_id: str, **values: str) -> str:
        """What the spoken form is made from: staff's hand-written spoken form if
        any, else the written text (the normalizer leaves spoken words as they are)."""
        prompt = self.prompts[prompt_id]
        return _fill(prompt.spoken or prompt.text, values)


def _fill(text: str, values: Mapping[str, str]) -> str:
    return text.format(**values) if values else text


# Content parsed from the same file texts, kept: every app, worker start, content check and
# reload of the same files would parse and check them again (about a tenth of a second each).
# Parsing is a function of the texts and of the retention settings the privacy notice states
# (both in the key); only content that loads is kept, and each load gets its own file's path.
# Bounded: staff saves make new texts.
PARSED_LIMIT = 8
_PARSED: dict[tuple[str, ...], Content] = {}
_PARSED_LOCK = threading.Lock()


def load_content(content_dir: Path, lang: str = DEFAULT_LANGUAGE) -> Content:
    """The content of one language; every language but Polish takes the facts from pl.toml."""
    path = Path(content_dir) / CONTENT_FILE
    text = read_text(path)
    if lang == DEFAULT_LANGUAGE:
        return _parsed((lang, _settings_key(lang), text), path, lambda: parse_content(_toml(path, text), path))
    if lang not in LANGUAGES:
        raise ContentError(f"{path}: unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    own = Path(content_dir) / LANGUAGES[lang].file
    own_text = read_text(own)
    return _parsed((lang, _settings_key(lang), text, own_text), own,
                   lambda: parse_content(with_facts(_toml(own, own_text), _toml(path, text), own), own, lang=lang))


def _settings_key(lang: str) -> str:
    """What parsing takes from the settings rather than the files: the retention periods."""
    return repr(sorted(retention_values(lang).items()))


def _parsed(key: tuple[str, ...], source: Path, parse) -> Content:
    """The content of these texts, parsed once (a failure is raised each time, never kept)."""
    with _PARSED_LOCK:
        kept = _PARSED.get(key)
    if kept is None:
        kept = parse()
        with _PARSED_LOCK:
            while len(_PARSED) >= PARSED_LIMIT:
                _PARSED.pop(next(iter(_PARSED)))  # the oldest
            _PARSED[key] = kept
    return kept if kept.source == source else replace(kept, source=source)


def read_raw(path: Path) -> dict:
    """A content file's TOML; ContentError says why it cannot be read."""
    return _toml(path, read_text(path))


def _toml(path: Path, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path}: not valid TOML: {exc}") from None


def with_facts(raw: Mapping[str, Any], polish: Mapping[str, Any], path: Path) -> dict:
    """Another language's file with the facts of the Polish one: a fact written there is an
    error (it could disagree with pl.toml)."""
    for section in FACT_SECTIONS:
        if section in raw:
            raise _Where(path).error(section, "facts are written only in pl.toml: remove this section")
    return {**raw, **{section: polish[section] for section in FACT_SECTIONS if section in polish}}


def read_text(path: Path) -> str:
    """The content file's text; ContentError says why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{path}: the content file is missing") from None
    except IsADirectoryError:
        raise ContentError(f"{path}: cannot be read: it is a folder, not a file") from None
    except PermissionError:
        raise ContentError(f"{path}: cannot be read: no permission to read it") from None
    except OSError as exc:
        raise ContentError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    except UnicodeDecodeError as exc:
        raise ContentError(f"{path}: not UTF-8 text ({exc.reason})") from None


def parse_content(raw: Mapping[str, Any], path: Path, lang: str = DEFAULT_LANGUAGE) -> Content:
    where = _Where(path, language_of(lang))
    _check_every_string(where, raw)
    where.only_keys(raw, "", {"office", "hours", "acronyms", "words", "prompts", "sms", "notices", "voice"})
    office = _office(where, _table(where, raw, "office"))
    weekly, closures = _hours(where, _table(where, raw, "hours"))
    acronyms = _acronyms(where, _table(where, raw, "acronyms"))
    words = _words(where, _table(where, raw, "words"))
    prompts, values = _prompts(where, _table(where, raw, "prompts"), office, weekly)
    sms = _sms(where, _table(where, raw, "sms"), {**values, **_danger_numbers(prompts)}, weekly)
    notices = _notices(where, raw.get("notices", []), acronyms)
    _check_notices_sms(where, sms, notices)
    voice = _voice(where, raw.get("voice", {}))
    content = Content(office, weekly, closures, acronyms, words, prompts, values, path, sms, notices, voice,
                      lang=where.language.code)
    _check_filling(where, content)
    return content


class _Where:
    """Builds error messages that point at file and key."""

    def __init__(self, path: Path, language: Language | None = None):
        self.path = path
        self.language = language or language_of(DEFAULT_LANGUAGE)

    @property
    def polish(self) -> bool:
        return self.language.code == DEFAULT_LANGUAGE

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(f"{self.path}: [{key}] {message}" if key else f"{self.path}: {message}")

    def only_keys(self, table: Mapping, key: str, allowed: set[str]) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            name = f"{key}.{unknown[0]}" if key else unknown[0]
            raise self.error(name, f"unknown key (allowed: {', '.join(sorted(allowed))})")


def _table(where: _Where, raw: Mapping, key: str) -> Mapping:
    value = raw.get(key)
    if not isinstance(value, Mapping):
        raise where.error(key, "missing section" if value is None else "must be a section")
    return value


def _text(where: _Where, value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, "missing text" if value in (None, "") else "must be text")
    _check_characters(where, value, key)
    _check_length(where, value, key)
    return value.strip()


def _check_characters(where: _Where, value: str, key: str) -> None:
    bad = _FORBIDDEN_CHARACTER.search(value)
    if bad:
        point = ord(bad[0])
        kind = ("control character" if point < 0xA0 else
                "unpaired surrogate" if 0xD800 <= point <= 0xDFFF else "noncharacter")
        raise where.error(key, f"{kind} U+{point:04X} at position {bad.start() + 1} is not allowed")


def _check_every_string(where: _Where, value: Any, key: str = "") -> None:
    """Every key and every text anywhere in the file, also where no other check looks
    (the names of [acronyms], unknown keys, lists): no forbidden character."""
    if isinstance(value, str):
        _check_characters(where, value, key)
    elif isinstance(value, Mapping):
        for name, item in value.items():
            inner = f"{key}.{name}" if key else str(name)
            _check_characters(where, str(name), inner)
            _check_every_string(where, item, inner)
    elif isinstance(value, list):
        for number, item in enumerate(value, start=1):
            _check_every_string(where, item, f"{key}.{number}" if isinstance(item, Mapping) else key)


def _check_length(where: _Where, value: str, key: str) -> None:
    if len(value) > MAX_TEXT:
        raise where.error(key, f"text too long ({len(value)} characters, at most {MAX_TEXT})")


def _office(where: _Where, table: Mapping) -> Office:
    where.only_keys(table, "office", set(OFFICE_KEYS))
    # The office's details are put into other texts: no placeholder, no brace in them.
    values = {k: _no_placeholders(where, _text(where, table.get(k), f"office.{k}"), f"office.{k}") for k in OFFICE_KEYS}
    if not _E164.match(values["transfer_number"]):
        raise where.error("office.transfer_number", "must be an international number like +48618176130")
    return Office(**values)


def _clock(where: _Where, value: str, key: str) -> time:
    match = _TIME.match(value)
    if not match:
        raise where.error(key, f"{value!r} is not a time like 8:00")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise where.error(key, f"{value!r} is not a valid time")
    return time(hour, minute)


def _interval(where: _Where, value: Any, key: str) -> Hours:
    if not isinstance(value, str) or value.count("-") != 1:
        raise where.error(key, f"{value!r} must look like \"8:00-16:00\"")
    opens, closes = (_clock(where, part, key) for part in value.split("-"))
    if opens >= closes:
        raise where.error(key, f"opening {opens:%H:%M} is not before closing {closes:%H:%M}")
    return Hours(opens, closes)


def _hours(where: _Where, table: Mapping) -> tuple[dict[int, Hours], tuple[date, ...]]:
    where.only_keys(table, "hours", set(WEEKDAY_KEYS) | {"closures"})
    weekly = {
        day: _interval(where, table[key], f"hours.{key}")
        for day, key in enumerate(WEEKDAY_KEYS)
        if key in table
    }
    if not weekly:
        raise where.error("hours", "no opening hours on any day")
    closures = table.get("closures", [])
    if not isinstance(closures, list):
        raise where.error("hours.closures", "must be a list of dates like \"2026-12-31\"")
    days = []
    for item in closures:
        try:
            days.append(item if isinstance(item, date) else date.fromisoformat(str(item)))
        except ValueError:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(item)):  # well written, but no such day: 2026-02-30
                raise where.error("hours.closures", f"{item!r} is no real day") from None
            raise where.error("hours.closures", f"{item!r} is not a date like \"2026-12-31\"") from None
    return weekly, tuple(sorted(set(days)))


def _voice(where: _Where, table: Any) -> Pace:
    """[voice]: optional; each key optional, within ivr.common.pace.LIMITS."""
    if not isinstance(table, Mapping):
        raise where.error("voice", "must be a section")
    found = pace_problems(dict(table))
    if found:
        name = sorted(found)[0]
        raise where.error(f"voice.{name}", found[name])
    return from_table(dict(table))


def _acronyms(where: _Where, table: Mapping) -> dict[str, str]:
    return {k: _no_placeholders(where, _text(where, v, f"acronyms.{k}"), f"acronyms.{k}") for k, v in table.items()}


def _words(where: _Where, table: Mapping) -> dict[str, tuple[str, ...]]:
    where.only_keys(table, "words", set(WORD_CHOICES) | set(OPTIONAL_WORD_CHOICES))
    words = {}
    for choice in (*WORD_CHOICES, *OPTIONAL_WORD_CHOICES):
        value = table.get(choice)
        key = f"words.{choice}"
        if value is None and choice in OPTIONAL_WORD_CHOICES:
            continue
        if not isinstance(value, list) or not value:
            raise where.error(key, "missing list of words")
        words[choice] = tuple(_no_placeholders(where, _text(where, w, key), key) for w in value)
    return words


def _placeholders(where: _Where, text: str, key: str) -> set[str]:
    """The names of the text's placeholders; only bare {name}: no format spec, conversion,
    attribute or index (they could blow a text up far past MAX_TEXT)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise where.error(key, f"broken braces {{ }}: {exc}") from None
    if any("{" in literal or "}" in literal for literal, _, _, _ in parsed):
        # "{{" and "}}" would come back as single braces when a call-time value is filled in.
        raise where.error(key, "broken braces { }: doubled braces are not allowed")
    fields = [(name, spec, conversion) for _, name, spec, conversion in parsed if name is not None]
    for name, spec, conversion in fields:
        if spec or conversion or not _PLACEHOLDER_NAME.match(name):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise where.error(key, f"placeholder {shown} is not allowed: write just {{name}}")
    return {name for name, _, _ in fields}


def _no_placeholders(where: _Where, text: str, key: str) -> str:
    """A text that is used as it is (or put into other texts): any {name} in it is unknown."""
    names = _placeholders(where, text, key)
    if names:
        raise where.error(key, f"unknown placeholder {{{sorted(names)[0]}}}")
    return text


def _check_filling(where: _Where, content: Content) -> None:
    """Fill every text as the line does at call time, with sample values: nothing the
    loader let through may fail there (KeyError, a stray brace)."""
    for prompt_id, prompt in content.prompts.items():
        sample = {name: "1" for name in RUNTIME_PLACEHOLDERS.get(prompt_id, set())}
        for part, text in (("text", prompt.text), ("spoken", prompt.spoken)):
            if text is not None:
                _try_filling(where, f"prompts.{prompt_id}.{part}", text, sample)
    for name, text in content.sms.items():
        _try_filling(where, f"sms.{name}", text, {n: "1" for n in SMS_RUNTIME_PLACEHOLDERS.get(name, set())})


def _try_filling(where: _Where, key: str, text: str, sample: Mapping[str, str]) -> None:
    try:
        text.format(**sample)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise where.error(key, f"cannot be filled in ({type(exc).__name__}: {exc})") from None


def _fill_static(where: _Where, text: str, key: str, allowed: set[str], values: Mapping[str, str]) -> str:
    names = _placeholders(where, text, key)
    unknown = names - set(STATIC_PLACEHOLDERS) - allowed
    if unknown:
        raise where.error(key, f"unknown placeholder {{{sorted(unknown)[0]}}}")
    # Keep call-time placeholders for later; fill the static ones now.
    keep = {name: "{" + name + "}" for name in allowed}
    filled = text.format(**values, **keep)
    _check_length(where, filled, key)
    return filled


def period_text(days: int) -> str:
    """30 -> "30 dni", 730 -> "2 lata", 365 -> "1 rok": how long, as the notice says it."""
    from ivr.common.polish import plural

    if days % 365 == 0:
        years = days // 365
        return f"{years} {plural(years, 'rok', 'lata', 'lat')}"
    return f"{days} {plural(days, 'dzień', 'dni', 'dni')}"


def period_text_uk(days: int) -> str:
    """30 -> "30 днів", 730 -> "2 роки", 365 -> "1 рік": the same, in Ukrainian."""
    from ivr.common.ukrainian import plural

    if days % 365 == 0:
        years = days // 365
        return f"{years} {plural(years, 'рік', 'роки', 'років')}"
    return f"{days} {plural(days, 'день', 'дні', 'днів')}"


def retention_values(lang: str = "pl") -> dict[str, str]:
    """The retention periods the privacy notice states, from the same settings the purges use,
    worded in the content's language."""
    from ivr.config import Settings

    settings = Settings.from_env()
    period = period_text_uk if lang == "uk" else period_text
    return {"okres_wiadomosci": period(settings.keep_messages_days),
            "okres_rejestru": period(settings.keep_audit_days)}


def _prompts(
    where: _Where, table: Mapping, office: Office, weekly: Mapping[int, Hours]
) -> tuple[dict[str, Prompt], dict[str, str]]:
    own = () if where.polish else TRANSLATION_PROMPTS
    missing = [p for p in (*REQUIRED_PROMPTS, *own) if p not in table]
    if missing:
        raise where.error(f"prompts.{missing[0]}", "missing text" if where.polish else _untranslated(where))
    where.only_keys(table, "prompts", {*REQUIRED_PROMPTS, *OPTIONAL_PROMPTS, *own})
    values = {name: getattr(office, attr) for name, attr in STATIC_PLACEHOLDERS.items() if attr}
    values["godziny"] = "\n".join(where.language.hours_sentences(weekly))
    values.update(retention_values(where.language.code))
    prompts = {}
    for prompt_id in (*REQUIRED_PROMPTS, *own, *(p for p in OPTIONAL_PROMPTS if p in table)):
        entry = table[prompt_id]
        key = f"prompts.{prompt_id}"
        if not isinstance(entry, Mapping):
            raise where.error(key, "must be a section with text = \"...\"")
        where.only_keys(entry, key, {"text", "spoken"})
        runtime = RUNTIME_PLACEHOLDERS.get(prompt_id, set())
        text = _fill_static(where, _text(where, entry.get("text"), f"{key}.text"), f"{key}.text", runtime, values)
        missing_runtime = runtime - _placeholders(where, text, f"{key}.text")
        if missing_runtime:
            raise where.error(f"{key}.text", f"must contain {{{sorted(missing_runtime)[0]}}}")
        spoken = entry.get("spoken")
        if spoken is not None:
            spoken = _fill_static(where, _text(where, spoken, f"{key}.spoken"), f"{key}.spoken", runtime, values)
        prompts[prompt_id] = Prompt(prompt_id, text, spoken)
    return prompts, values


def _untranslated(where: _Where) -> str:
    return f"missing in {where.language.code} (every text of pl.toml needs a translation)"


def _sms(where: _Where, table: Mapping, values: Mapping[str, str], weekly: Mapping[int, Hours]) -> dict[str, str]:
    """The text line's replies: same checks as the prompts, and each must fit in
    at most MAX_SEGMENTS SMS (the hours reply with every live status it can get)."""
    where.only_keys(table, "sms", set(SMS_TEXTS) | set(SMS_OPTIONAL_TEXTS))
    values = {**values, SMS_SHORT_HOURS: where.language.short_hours(weekly),
              SMS_HOURS_LINE: where.language.hours_line(weekly)}
    texts = {}
    for name in (*SMS_TEXTS, *SMS_OPTIONAL_TEXTS):
        key = f"sms.{name}"
        # A default stands in for a missing optional reply only in Polish (it is Polish text).
        default = SMS_OPTIONAL_TEXTS.get(name) if where.polish else None
        if name not in table and not where.polish:
            raise where.error(key, _untranslated(where))
        text = _text(where, table.get(name, default), key)
        runtime = SMS_RUNTIME_PLACEHOLDERS.get(name, set())
        names = _placeholders(where, text, key)
        unknown = names - set(values) - runtime
        if unknown:
            raise where.error(key, f"unknown placeholder {{{sorted(unknown)[0]}}}")
        missing = runtime - names
        if missing:
            raise where.error(key, f"must contain {{{sorted(missing)[0]}}}")
        texts[name] = text.format(**values, **{n: "{" + n + "}" for n in runtime})
        _check_length(where, texts[name], key)
    _check_sms_length(where, texts)
    return texts


def _danger_numbers(prompts: Mapping[str, Prompt]) -> dict[str, str]:
    """{numer_alarmowy} and {niebieska_linia} for [sms], from the written danger prompts."""
    found = {}
    for name, (prompt_id, pattern, default) in SMS_DANGER_NUMBERS.items():
        prompt = prompts.get(prompt_id)
        match = re.search(pattern, prompt.text) if prompt else None
        found[name] = match.group(0) if match else default
    return found


def _check_segments(where: _Where, key: str, text: str, note: str = "") -> None:
    size = count(text)
    if size.count > MAX_SEGMENTS:
        raise where.error(key, (
            f"too long for one reply{note}: {size.count} SMS ({size.encoding}, {size.units} characters); "
            f"at most {MAX_SEGMENTS} SMS, which is {size.limit} characters"
            + (" with Polish letters" if size.encoding == "UCS-2" else "")
        ))


def _longest_status(texts: Mapping[str, str], language: Language | None = None) -> str:
    """Every form the live status can take, at its longest (any day word, a late time):
    the longest, so one fix is enough."""
    language = language or language_of(DEFAULT_LANGUAGE)
    days = [language.today, language.tomorrow, *language.weekday_on,
            *(f"30 {month} 2099{language.year_word}" for month in language.month_genitive[1:])]
    statuses = [texts["status_open"].format(godzina="23:59"), texts["status_closed_unknown"]]
    statuses += [texts["status_closed"].format(kiedy=day, godzina="23:59") for day in days]
    sizes = {s: count(texts["hours"].format(status=s)) for s in statuses}
    return max(statuses, key=lambda s: (sizes[s].count, sizes[s].units))


# The longest day a call-back reply can name (ivr.textline.replies.day_text), or its fallback
# when no working day is in sight ("w najbliższy dzień pracy ośrodka" is shorter).
SMS_LONGEST_CALLBACK_DAY = language_of(DEFAULT_LANGUAGE).longest_callback_day  # "jutro, w poniedziałek 30 października"


# The longest closure line a week can bring: two runs, one across a year's end.
_LONGEST_CLOSURES = (ClosureRun(date(2026, 12, 31), date(2027, 1, 1)), ClosureRun(date(2027, 1, 6), date(2027, 1, 6)))


def _check_sms_length(where: _Where, texts: Mapping[str, str]) -> None:
    def check(key: str, text: str, note: str = "") -> None:
        _check_segments(where, key, text, note)

    longest_day = where.language.longest_callback_day
    for name in ("menu", "contact", "help", "addiction", "info", *SMS_OPTIONAL_TEXTS):
        text = (texts[name].format(kiedy=longest_day, status=_longest_status(texts, where.language))
                if name in SMS_RUNTIME_PLACEHOLDERS else texts[name])
        if name in ("callback_saved", "callback_kept"):  # as sent when the SMS names another number
            check(f"sms.{name}", text + " " + texts["callback_other_number"],
                  " as sent with the longest day and the note about another number")
            continue
        check(f"sms.{name}", text)
    for name in SMS_ONE_SEGMENT:  # a thank-you or a stop must not cost the resident more than one SMS
        size = count(texts[name])
        if size.count > 1:
            raise where.error(f"sms.{name}", f"must fit in one SMS: it takes {size.count} ({size.units} characters)")
    status = _longest_status(texts, where.language)
    check("sms.hours", texts["hours"].format(status=status), f" with the status \"{status}\"")
    closed = news_message(texts["closed_days"], _LONGEST_CLOSURES, (), where.language.closure_days_full)
    check("sms.closed_days", closed or "")


def _notice_date(where: _Where, value: Any, key: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    if value is None:
        raise where.error(key, "missing date")
    raise where.error(key, f"{value!r} is not a date like 2026-12-31")


def _notices(where: _Where, value: Any, acronyms: Mapping[str, str]) -> tuple[Notice, ...]:
    """[[notices]]: text, from, to (inclusive), optional spoken form; a few sentences each."""
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise where.error("notices", "must be a list of [[notices]] tables")
    notices = []
    for number, table in enumerate(value, start=1):
        key = f"notices.{number}"
        where.only_keys(table, key, NOTICE_KEYS)
        text = _no_placeholders(where, _text(where, table.get("text"), f"{key}.text"), f"{key}.text")
        first = _notice_date(where, table.get("from"), f"{key}.from")
        last = _notice_date(where, table.get("to"), f"{key}.to")
        if last < first:
            raise where.error(f"{key}.to", f"the last day {last.isoformat()} is before the first day {first.isoformat()}")
        spoken = table.get("spoken")
        if spoken is not None:
            spoken = _no_placeholders(where, _text(where, spoken, f"{key}.spoken"), f"{key}.spoken")
        for field_key, words in ((f"{key}.text", text), (f"{key}.spoken", spoken)):
            if words is None:
                continue
            if len(words) > MAX_NOTICE_TEXT:
                raise where.error(field_key, f"notice too long ({len(words)} characters, at most {MAX_NOTICE_TEXT})")
            # Counted as spoken: "ul." or "pok." ends no sentence.
            sentences = _sentences(where, words, acronyms)
            if sentences > MAX_NOTICE_SENTENCES:
                raise where.error(field_key, f"notice too long ({sentences} sentences, at most {MAX_NOTICE_SENTENCES})")
        notices.append(Notice(text, first, last, spoken))
    return tuple(notices)


def _check_notices_sms(where: _Where, texts: Mapping[str, str], notices: tuple[Notice, ...]) -> None:
    """The notices of a day travel in one SMS after the GODZINY reply and the info SMS
    (key 5), with the closures of the coming week: each set of notices heard together
    must fit in MAX_SEGMENTS, beside the longest closure line."""
    changes = sorted({n.first for n in notices})
    for day in changes:
        active = active_notices(notices, day)
        newest = max(notices.index(n) for n in active) + 1
        news = news_message(texts["closed_days"], _LONGEST_CLOSURES, active, where.language.closure_days_full) or ""
        _check_segments(where, f"notices.{newest}.text", news, f" with the notices of {day.isoformat()}")


def _sentences(where: _Where, text: str, acronyms: Mapping[str, str]) -> int:
    """How many sentences the voice says for a text, in the file's language."""
    return len(for_language(where.language.code).sentences(text, acronyms))
