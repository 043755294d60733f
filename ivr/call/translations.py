"""Do two languages' content files agree? What `ivr prompts check` reports for a translation.

Compared with pl.toml, key by key:
- every prompt, SMS text and word list of pl.toml must be in the translation ("missing");
- a prompt or SMS text must have the same placeholders ("placeholders": {telefon} in Polish
  and not in Ukrainian means the Ukrainian caller hears no number);
- the numbers written in a text must be the same ("numbers": 112, 800 plus, a street number
  written in pl.toml must not be another in the translation);
- a notice of pl.toml needs a notice with the same dates ("notice"): without one the caller
  of that language only hears that there is news in Polish (a warning, not an error);
- a key only the translation has is named too ("extra"): the loader rejects it anyway.

The loader (load_content(dir, lang)) refuses a translation without a prompt the line can play;
this module names every difference at once, for staff, in Polish (`polish_line`).
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ivr.call.content import CONTENT_FILE, TRANSLATION_PROMPTS, ContentError, read_raw
from ivr.call.languages import LANGUAGES
from ivr.call.notices import pair_dates

MISSING, PLACEHOLDERS, NUMBERS, NOTICE, EXTRA = "missing", "placeholders", "numbers", "notice", "extra"
# Kinds that make `ivr prompts check` fail: the caller would hear something wrong or nothing.
ERRORS = (MISSING, PLACEHOLDERS, NUMBERS, EXTRA)
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Gap:
    key: str  # "prompts.greeting", "sms.menu", "words.danger", "notices.1"
    kind: str  # MISSING, PLACEHOLDERS, NUMBERS, NOTICE, EXTRA
    polish: tuple[str, ...] = ()  # what pl.toml has (placeholders or numbers)
    other: tuple[str, ...] = ()  # what the translation has

    @property
    def is_error(self) -> bool:
        return self.kind in ERRORS

    def english(self, lang: str) -> str:
        """For logs."""
        if self.kind == MISSING:
            return f"[{self.key}] missing in {lang}"
        if self.kind == EXTRA:
            return f"[{self.key}] in {lang} only, not in {CONTENT_FILE}"
        if self.kind == NOTICE:
            return f"[{self.key}] notice of {CONTENT_FILE} has no {lang} notice with the same dates"
        return f"[{self.key}] {self.kind} differ: pl {list(self.polish)}, {lang} {list(self.other)}"


def _placeholders(text: str) -> tuple[str, ...]:
    """Every placeholder, as often as it stands there (the number said twice must stay twice)."""
    try:
        return tuple(sorted(name for _, name, _, _ in string.Formatter().parse(text) if name))
    except ValueError:
        return ("{?}",)  # broken braces: the loader names them


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(sorted(_NUMBER.findall(text)))


def _texts(section: Any, prompts: bool) -> dict[str, str]:
    """key -> text of [prompts] (their `text`) or [sms]."""
    if not isinstance(section, Mapping):
        return {}
    found = {}
    for key, value in section.items():
        text = value.get("text") if prompts and isinstance(value, Mapping) else value
        if isinstance(text, str):
            found[key] = text
        elif key not in found:
            found[key] = ""
    return found


def _notice_dates(raw: Mapping) -> list[tuple[str, str]]:
    notices = raw.get("notices", [])
    if not isinstance(notices, list):
        return []
    return [(str(n.get("from")), str(n.get("to"))) for n in notices if isinstance(n, Mapping)]


def compare(polish: Mapping[str, Any], other: Mapping[str, Any]) -> list[Gap]:
    """Every difference of a translation's raw TOML from pl.toml's, in the file's order."""
    gaps: list[Gap] = []
    for section, prompts in (("prompts", True), ("sms", False)):
        ours, theirs = _texts(polish.get(section), prompts), _texts(other.get(section), prompts)
        for key, text in ours.items():
            name = f"{section}.{key}"
            if key not in theirs or not theirs[key].strip():
                gaps.append(Gap(name, MISSING))
                continue
            for kind, measure in ((PLACEHOLDERS, _placeholders), (NUMBERS, _numbers)):
                if measure(text) != measure(theirs[key]):
                    gaps.append(Gap(name, kind, measure(text), measure(theirs[key])))
        own = TRANSLATION_PROMPTS if section == "prompts" else ()
        gaps += [Gap(f"{section}.{key}", MISSING) for key in own if not theirs.get(key, "").strip()]
        gaps += [Gap(f"{section}.{key}", EXTRA) for key in theirs if key not in ours and key not in own]
    words, their_words = polish.get("words") or {}, other.get("words") or {}
    for key in words:
        if not their_words.get(key):
            gaps.append(Gap(f"words.{key}", MISSING))
    gaps += [Gap(f"words.{key}", EXTRA) for key in their_words if key not in words]
    ours = _notice_dates(polish)
    for number, (dates, match) in enumerate(zip(ours, pair_dates(ours, _notice_dates(other))), start=1):
        if match is None:  # two Polish notices of the same days need two translations
            gaps.append(Gap(f"notices.{number}", NOTICE, dates))
    return gaps


def compare_files(content_dir: Path | str, lang: str) -> list[Gap]:
    """The gaps of prompts/<lang>.toml against prompts/pl.toml (ContentError if one cannot be read)."""
    content_dir = Path(content_dir)
    return compare(read_raw(content_dir / CONTENT_FILE), read_raw(content_dir / LANGUAGES[lang].file))


def translations(content_dir: Path | str) -> list[str]:
    """The languages besides Polish whose file is in the content folder."""
    return [code for code, language in LANGUAGES.items()
            if code != "pl" and (Path(content_dir) / language.file).is_file()]


def polish_line(gap: Gap, lang: str) -> str:
    """One gap in Polish, for staff."""
    language = LANGUAGES[lang].name_pl_locative
    shown = lambda items: ", ".join(items) or "brak"  # noqa: E731
    if gap.kind == MISSING:
        return f"[{gap.key}] brak tekstu {language}"
    if gap.kind == EXTRA:
        return f"[{gap.key}] jest tylko {language}, nie ma go w pl.toml (proszę usunąć albo dodać po polsku)"
    if gap.kind == PLACEHOLDERS:
        return (f"[{gap.key}] inne znaczniki niż po polsku: po polsku {shown(['{' + p + '}' for p in gap.polish])}, "
                f"{language} {shown(['{' + p + '}' for p in gap.other])}")
    if gap.kind == NUMBERS:
        return f"[{gap.key}] inne liczby niż po polsku: po polsku {shown(gap.polish)}, {language} {shown(gap.other)}"
    first, last = gap.polish
    return (f"[{gap.key}] ogłoszenie z dni {first} – {last} nie ma wersji {language}: "
            "dzwoniący usłyszą tylko, że jest informacja po polsku")


__all__ = ["Gap", "compare", "compare_files", "polish_line", "translations", "ContentError"]
