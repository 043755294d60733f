"""What changed between two versions of the content, in a clerk's words, not as a TOML diff:
"Zmieniono tekst „Godziny otwarcia”: było „…” / jest „…”."

Both versions are read as data (tomllib) and compared key by key: prompts by their Polish
titles, opening hours by weekday, closure days and notices as dates in words, the [words]
lists as words added and removed, anything else by its place in the file.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from ivr.common.polish import MONTH_GENITIVE, plural
from ivr.web.staff.editing import WEEKDAY_NAMES, prompt_title, word_list_title

OFFICE_NAMES = {
    "name": "nazwę ośrodka", "address": "adres ośrodka", "landline": "telefon stacjonarny",
    "mobile": "telefon komórkowy", "head": "kierownika ośrodka", "transfer_number": "numer, z którym łączy klawisz 0",
}
MAX_SHOWN = 300  # characters of a text shown before "…"


@dataclass(frozen=True)
class Change:
    """One change: `what` in the accusative ("tekst „Powitanie”"), the text before and after (None: none)."""

    what: str
    before: str | None
    after: str | None

    @property
    def headline(self) -> str:
        """Without the texts: "Zmieniono tekst „Powitanie”"."""
        verb = "Dodano" if self.before is None else "Usunięto" if self.after is None else "Zmieniono"
        return f"{verb} {self.what}"

    @property
    def sentence(self) -> str:
        if self.before is None:
            return f"Dodano {self.what}: „{self.after}”."
        if self.after is None:
            return f"Usunięto {self.what} (było: „{self.before}”)."
        return f"Zmieniono {self.what}: było „{self.before}” / jest „{self.after}”."


def _short(value: Any) -> str:
    text = " ".join(_text(value).split())
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1].rstrip() + "…"


def _day(value: Any) -> str:
    if isinstance(value, date):
        return f"{value.day} {MONTH_GENITIVE[value.month]} {value.year}"
    return str(value)


def _text(value: Any) -> str:
    if isinstance(value, date):
        return _day(value)
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)


def changes(old_text: str, new_text: str) -> list[Change]:
    """Every change from `old_text` to `new_text` (two versions of pl.toml); [] when either is unreadable."""
    try:
        old, new = tomllib.loads(old_text), tomllib.loads(new_text)
    except tomllib.TOMLDecodeError:
        return []
    found: list[Change] = []
    for section in dict.fromkeys([*old, *new]):
        before, after = old.get(section), new.get(section)
        if before == after:
            continue
        if section == "prompts":
            found += _prompts(before or {}, after or {})
        elif section == "hours":
            found += _hours(before or {}, after or {})
        elif section == "notices":
            found += _notices(before or [], after or [])
        elif section == "words":
            found += _words(before or {}, after or {})
        elif section == "office":
            found += _pairs(before or {}, after or {}, lambda key: OFFICE_NAMES.get(key, f"dane ośrodka „{key}”"))
        elif section == "sms":
            found += _pairs(before or {}, after or {}, lambda key: f"odpowiedź SMS „{key}”")
        elif section == "acronyms":
            found += _pairs(before or {}, after or {}, lambda key: f"wymowę skrótu {key}")
        elif isinstance(before, Mapping) and isinstance(after, Mapping):
            found += _pairs(before, after, lambda key, s=section: f"ustawienie „{s}.{key}”")
        else:
            found.append(Change(f"ustawienie „{section}”", _short(before) if before is not None else None,
                                _short(after) if after is not None else None))
    return found


def _pairs(before: Mapping, after: Mapping, name) -> list[Change]:
    found = []
    for key in dict.fromkeys([*before, *after]):
        if before.get(key) != after.get(key):
            found.append(Change(name(key), _short(before[key]) if key in before else None,
                                _short(after[key]) if key in after else None))
    return found


def _prompts(before: Mapping, after: Mapping) -> list[Change]:
    found = []
    for prompt_id in dict.fromkeys([*before, *after]):
        old, new = before.get(prompt_id) or {}, after.get(prompt_id) or {}
        title = prompt_title(prompt_id)
        for field, what in (("text", f"tekst „{title}”"), ("spoken", f"wymowę tekstu „{title}”")):
            if old.get(field) != new.get(field):
                found.append(Change(what, _short(old[field]) if field in old else None,
                                    _short(new[field]) if field in new else None))
    return found


def _hours(before: Mapping, after: Mapping) -> list[Change]:
    found = []
    for key in dict.fromkeys([*WEEKDAY_NAMES, *before, *after]):
        if key == "closures" or before.get(key) == after.get(key):
            continue
        day = WEEKDAY_NAMES.get(key, key).lower()
        found.append(Change(f"godziny otwarcia ({day})", str(before.get(key) or "nieczynne"),
                            str(after.get(key) or "nieczynne")))
    old_days, new_days = set(before.get("closures") or []), set(after.get("closures") or [])
    for day in sorted(new_days - old_days, key=str):
        found.append(Change("dzień zamknięcia", None, _day(day)))
    for day in sorted(old_days - new_days, key=str):
        found.append(Change("dzień zamknięcia", _day(day), None))
    return found


def _notice(row: Mapping) -> str:
    return f"od {_day(row.get('from'))} do {_day(row.get('to'))}: {_short(row.get('text', ''))}"


def _notices(before: list, after: list) -> list[Change]:
    found = []
    old = [n for n in before if isinstance(n, Mapping)]
    new = [n for n in after if isinstance(n, Mapping)]
    for position in range(max(len(old), len(new))):
        a = old[position] if position < len(old) else None
        b = new[position] if position < len(new) else None
        if a == b:
            continue
        if a is not None and b is not None and a not in new and b not in old:
            found.append(Change("ogłoszenie", _notice(a), _notice(b)))
            continue
        if a is not None and a not in new:
            found.append(Change("ogłoszenie", _notice(a), None))
        if b is not None and b not in old:
            found.append(Change("ogłoszenie", None, _notice(b)))
    return found


def _words(before: Mapping, after: Mapping) -> list[Change]:
    found = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        title = word_list_title(key)
        if isinstance(old, list) and isinstance(new, list):
            added = [w for w in new if w not in old]
            removed = [w for w in old if w not in new]
            if added:
                found.append(Change(f"słowa rozpoznawane dla „{title}”", None, _short(added)))
            if removed:
                found.append(Change(f"słowa rozpoznawane dla „{title}”", _short(removed), None))
            continue
        found.append(Change(f"słowa rozpoznawane dla „{title}”", _short(old) if old is not None else None,
                            _short(new) if new is not None else None))
    return found


def summary(found: list[Change], most: int = 3) -> str:
    """A line for the list of versions: the first few changes without their texts."""
    if not found:
        return "bez zmian w treści"
    heads = list(dict.fromkeys(change.headline for change in found))
    shown = "; ".join(heads[:most])
    rest = len(heads) - most
    return shown + (f" i {rest} {plural(rest, 'inna zmiana', 'inne zmiany', 'innych zmian')}" if rest > 0 else "")
