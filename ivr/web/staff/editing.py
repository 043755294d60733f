"""Staff forms <-> the content file: field values, changes, and the loader's errors in Polish.

A form field is named after the content key it edits ("hours.poniedzialek",
"prompts.greeting.text"), which is also the key a ContentError names, so an
error lands next to its field. Validation is the loader's own (parse_content):
each changed field is first checked alone on top of the saved content, so every
wrong field gets its message at once, then all changes together.
"""
from __future__ import annotations

import ast
import copy
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Mapping

from ivr.call.content import STATIC_PLACEHOLDERS, WEEKDAY_KEYS, Content, ContentError, RUNTIME_PLACEHOLDERS, parse_content
from ivr.staff.content_store import REMOVE, set_values
from ivr.common.polish import plural

WEEKDAY_NAMES = {
    "poniedzialek": "Poniedziałek", "wtorek": "Wtorek", "sroda": "Środa", "czwartek": "Czwartek",
    "piatek": "Piątek", "sobota": "Sobota", "niedziela": "Niedziela",
}

PROMPT_TITLES = {
    "greeting": "Powitanie",
    "status_open": "Stan: ośrodek otwarty",
    "status_closed": "Stan: ośrodek zamknięty, z terminem otwarcia",
    "status_closed_unknown": "Stan: ośrodek zamknięty, bez terminu otwarcia",
    "person_hint_open": "Jak porozmawiać z pracownikiem (ośrodek otwarty)",
    "person_hint_closed": "Jak zostawić wiadomość (ośrodek zamknięty)",
    "menu_main": "Menu główne",
    "menu_about": "Menu „W czym pomaga ośrodek”",
    "info_hours": "Godziny otwarcia",
    "info_contact": "Adres i numery telefonów",
    "info_addiction": "Pomoc przy uzależnieniach (GKRPA)",
    "info_social_work": "Praca socjalna",
    "info_benefits": "Świadczenia",
    "info_programmes": "Bezrobocie, zdrowie i współpraca z urzędami",
    "info_food": "Posiłki, pomoc żywnościowa i zbiórki żywności",
    "menu_benefits": "Menu „Świadczenia i dodatki”",
    "help_benefits": "Wskazówki w menu „Świadczenia i dodatki”",
    "info_care": "Opieka w domu i dom pomocy społecznej",
    "info_heating": "Dodatki na ogrzewanie i energię",
    "info_child_benefit": "Świadczenie 800 plus (ZUS)",
    "hours_day": "Godziny w dniu, o który pyta dzwoniący",
    "hours_day_closed": "Dzień, o który pyta dzwoniący: nieczynne",
    "danger": "Zagrożenie: numer alarmowy 112",
    "danger_helpline": "Zagrożenie po godzinach: Niebieska Linia",
    "lost_closed": "Dzwoniący się pogubił (poza godzinami)",
    "reserved_keys": "Stałe klawisze: 9, gwiazdka i 0",
    "no_input": "Brak wyboru",
    "wrong_key": "Nieprawidłowy klawisz",
    "not_understood": "Niezrozumiała odpowiedź",
    "help": "Wskazówki, jak korzystać z menu głównego",
    "help_about": "Wskazówki w menu „W czym pomaga ośrodek”",
    "help_leave_word": "Wskazówki w menu wiadomości i oddzwonienia",
    "help_leave_word_hidden": "Wskazówki w menu wiadomości (numer ukryty)",
    "help_callback": "Wskazówki przy potwierdzaniu oddzwonienia",
    "back_to_menu": "Powrót do menu głównego",
    "transfer": "Łączenie z pracownikiem",
    "transfer_closed": "Połączenie z pracownikiem niemożliwe",
    "transfer_failed": "Połączenie z ośrodkiem nieudane",
    "transfer_no_answer": "Nikt nie odbiera",
    "transfer_busy": "Linia ośrodka zajęta",
    "transfer_retry": "Ponowna próba połączenia: klawisz 0",
    "sms_sent": "SMS wysłany",
    "sms_already_sent": "SMS był już wysłany",
    "sms_hidden_number": "SMS niemożliwy: numer ukryty",
    "sms_failed": "SMS niewysłany",
    "goodbye": "Pożegnanie",
    "closed_wrap_up": "Po trzecim braku wyboru poza godzinami: godziny i telefony dwa razy",
    "menu_leave_word": "Menu: wiadomość lub prośba o oddzwonienie",
    "menu_leave_word_hidden": "Menu: wiadomość (numer ukryty, bez oddzwonienia)",
    "may_hang_up": "Można się rozłączyć",
    "menu_done": "Krótkie menu po zapisaniu wiadomości lub prośby",
    "record_intro": "Nagrywanie wiadomości: wstęp",
    "record_saved": "Wiadomość zapisana",
    "record_empty": "Nic się nie nagrało",
    "record_failed": "Wiadomości nie zapisano",
    "callback_number": "Oddzwonienie: odczytanie numeru",
    "menu_callback": "Menu: potwierdzenie prośby o oddzwonienie",
    "callback_saved": "Prośba o oddzwonienie zapisana",
    "callback_hidden": "Oddzwonienie niemożliwe: numer ukryty",
    "callback_failed": "Prośby o oddzwonienie nie zapisano",
}

PLACEHOLDER_HELP = {
    "adres": "adres ośrodka",
    "telefon": "telefon stacjonarny",
    "telefon_komorkowy": "telefon komórkowy",
    "kierownik": "imię i nazwisko kierownika",
    "godziny": "godziny otwarcia, ułożone z tygodniowych godzin",
    "godzina": "godzina zamknięcia lub otwarcia, wstawiana w czasie rozmowy",
    "kiedy": "dzień otwarcia („jutro”, „w poniedziałek”…), wstawiany w czasie rozmowy",
    "numer": "numer dzwoniącego, odczytywany w czasie rozmowy",
    "dzien": "dzień, o który pyta dzwoniący („W czwartek”, „Jutro”), wstawiany w czasie rozmowy",
    "od": "godzina otwarcia w tym dniu, wstawiana w czasie rozmowy",
    "do": "godzina zamknięcia w tym dniu, wstawiana w czasie rozmowy",
}


def prompt_title(prompt_id: str) -> str:
    return PROMPT_TITLES.get(prompt_id, f"Komunikat „{prompt_id}”")


def placeholders_for(prompt_id: str) -> list[tuple[str, str]]:
    names = [*STATIC_PLACEHOLDERS, *sorted(RUNTIME_PLACEHOLDERS.get(prompt_id, ()))]
    return [(name, PLACEHOLDER_HELP.get(name, "")) for name in names]


def field_label(key: str) -> str:
    """Where a content key is, in words staff know."""
    parts = key.split(".")
    if parts[0] == "prompts" and len(parts) >= 2:
        what = {"text": "tekst", "spoken": "wymowa"}.get(parts[2] if len(parts) > 2 else "", "")
        return f"Komunikat „{prompt_title(parts[1])}”" + (f", {what}" if what else "")
    if parts[0] == "hours" and len(parts) == 2:
        if parts[1] == "closures":
            return "Dodatkowe dni zamknięcia"
        return f"Godziny otwarcia: {WEEKDAY_NAMES.get(parts[1], parts[1]).lower()}"
    if key == "hours":
        return "Godziny otwarcia"
    if parts[0] == "sms" and len(parts) == 2:
        return f"Odpowiedź SMS „{parts[1]}”"
    if parts[0] == "notices" and len(parts) >= 2:
        what = {"text": "treść", "from": "pierwszy dzień", "to": "ostatni dzień", "spoken": "wymowa"}.get(parts[-1], "")
        return f"Komunikat nr {parts[1]}" + (f", {what}" if what and len(parts) > 2 else "")
    return f"[{key}]"


# ---------------------------------------------------------------- form values


def normalize_text(value: str) -> str:
    """What a text field means: no CR, no trailing spaces on lines, no blank edges."""
    lines = (value or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _get(raw: Mapping, key: str) -> Any:
    node: Any = raw
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def display_value(raw: Mapping, key: str) -> str:
    """The text a form field shows for a content key."""
    value = _get(raw, key)
    if key == "hours.closures":
        items = value if isinstance(value, list) else []
        return "\n".join(v.isoformat() if isinstance(v, date) else str(v) for v in items)
    if value is None:
        return ""
    return normalize_text(value) if isinstance(value, str) else str(value)


def field_value(key: str, submitted: str) -> Any:
    """The content value a field's submitted text stands for; REMOVE for none."""
    value = normalize_text(submitted)
    if key == "hours.closures":
        return [line.strip() for line in value.split("\n") if line.strip()]
    if not value and (key.startswith("hours.") or key.endswith(".spoken")):
        return REMOVE  # an empty day is a closed day; an empty spoken form is none
    if "\n" in value:
        value += "\n"  # written as a block of lines between triple quotes
    return value


def _set(raw: dict, key: str, submitted: str) -> None:
    """Put one field's submitted value into the content data (in place)."""
    *parents, last = key.split(".")
    node = raw
    for part in parents:
        node = node.setdefault(part, {})
    value = field_value(key, submitted)
    if value is REMOVE:
        node.pop(last, None)
    else:
        node[last] = value


def changed_fields(raw: Mapping, submitted: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in submitted.items() if normalize_text(v) != display_value(raw, k)}


def apply(raw: Mapping, changes: Mapping[str, str]) -> dict:
    data = copy.deepcopy(dict(raw))
    for key, value in changes.items():
        _set(data, key, value)
    return data


# ---------------------------------------------------------------- editing


@dataclass
class Edit:
    """The outcome of applying a form to a content text."""

    text: str | None = None  # the new content text, when valid and changed
    content: Content | None = None
    errors: dict[str, str] = field(default_factory=dict)  # field -> Polish message
    general: list[str] = field(default_factory=list)  # errors not about a field of this form
    changed: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.general


def edit(base_text: str, path: Path, submitted: Mapping[str, str]) -> Edit:
    """Apply submitted fields to `base_text`, validating with the content loader."""
    raw = tomllib.loads(base_text)
    result = Edit(changed=changed_fields(raw, submitted))
    if not result.changed:
        return result
    fields = set(submitted)
    for key, value in result.changed.items():
        try:
            parse_content(apply(raw, {key: value}), path)
        except ContentError as exc:
            _place(result, exc, path, fields)
    if not result.ok:
        return result
    data = apply(raw, result.changed)
    values = {key: field_value(key, value) for key, value in result.changed.items()}
    text = set_values(base_text, values, order={"hours": WEEKDAY_KEYS})  # a reopened day among the others
    try:
        if tomllib.loads(text) != data:  # the writer must give back exactly the data
            raise RuntimeError("the TOML writer changed the content's data")
        result.content = parse_content(tomllib.loads(text), path)
    except ContentError as exc:
        _place(result, exc, path, fields)
        return result
    result.text = text
    return result


def _place(result: Edit, exc: ContentError, path: Path, fields: set[str]) -> None:
    key, message = split_error(exc, path)
    polish = polish_message(message)
    target = key if key in fields else f"{key}.text" if f"{key}.text" in fields else None
    if target:
        result.errors.setdefault(target, polish)
    else:
        where = f"{field_label(key)}: " if key else ""
        text = f"{where}{polish}"
        if text not in result.general:
            result.general.append(text)


def split_error(exc: ContentError | str, path: Path | None = None) -> tuple[str, str]:
    """(content key, message) of a loader error "<file>: [<key>] <message>"."""
    message = str(exc)
    if path is not None and message.startswith(f"{path}: "):
        message = message[len(f"{path}: "):]
    else:
        match = re.search(r": (?=\[)", message)
        if match:
            message = message[match.end():]
    found = re.match(r"^\[([^\]]+)\] (.*)$", message, re.DOTALL)
    if found:
        return found[1], found[2]
    return "", message


# ---------------------------------------------------------------- Polish messages


def _sms(n: int) -> str:
    return plural(n, "SMS", "SMS-y", "SMS-ów")


def _characters(n: int) -> str:
    return plural(n, "znak", "znaki", "znaków")


def _unrepr(token: str) -> str:
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError):
        return token
    return str(value)


def _clock(value: str) -> str:
    return value[1:] if len(value) == 5 and value.startswith("0") else value


def _day(iso: str) -> str:
    """'2026-12-08' -> '8.12.2026'."""
    year, month, day = iso.split("-")
    return f"{int(day)}.{month}.{year}"


def _quote(value: str) -> str:
    return f"„{value}”"


_REPR = r"('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)"

_RULES: list[tuple[re.Pattern, Any]] = [
    (re.compile(rf"^{_REPR} must look like \"8:00-16:00\"$"),
     lambda m: f"{_quote(_unrepr(m[1]))} – godziny należy wpisać w postaci 8:00-16:00."),
    (re.compile(rf"^{_REPR} is not a time like 8:00$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest godziną w postaci 8:00."),
    (re.compile(rf"^{_REPR} is not a valid time$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest poprawną godziną (godziny 0–23, minuty 0–59)."),
    (re.compile(r"^opening (\d\d:\d\d) is not before closing (\d\d:\d\d)$"),
     lambda m: f"Godzina otwarcia ({_clock(m[1])}) musi być wcześniejsza niż godzina zamknięcia ({_clock(m[2])})."),
    (re.compile(r"^no opening hours on any day$"),
     lambda m: "Ośrodek musi być otwarty przynajmniej w jeden dzień tygodnia."),
    (re.compile(r"^must be a list of dates like \"2026-12-31\"$"),
     lambda m: "Należy podać listę dat w postaci RRRR-MM-DD, np. 2026-12-31."),
    (re.compile(rf"^{_REPR} is not a date like \"2026-12-31\"$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest datą w postaci RRRR-MM-DD, np. 2026-12-31."),
    (re.compile(r"^must fit in one SMS: it takes (\d+) \((\d+) characters\)$"),
     lambda m: f"Podziękowanie musi się zmieścić w jednym SMS-ie, a zajęłoby {m[1]} {_sms(int(m[1]))} "
               f"({m[2]} {_characters(int(m[2]))})."),
    (re.compile(rf"^{_REPR} is no real day$"),
     lambda m: f"{_quote(_unrepr(m[1]))} – taki dzień nie istnieje (proszę sprawdzić dzień i miesiąc)."),
    (re.compile(r"^missing text$"), lambda m: "Tekst nie może być pusty."),
    (re.compile(r"^must be text$"), lambda m: "Należy wpisać tekst."),
    (re.compile(r"^text too long \((\d+) characters, at most (\d+)\)$"),
     lambda m: f"Tekst jest za długi: ma {m[1]} {_characters(int(m[1]))}, "
               f"a może mieć najwyżej {m[2]}."),
    (re.compile(r"^unknown placeholder \{(.*)\}$"),
     lambda m: f"Nieznany znacznik {{{m[1]}}}. Dozwolone znaczniki są wymienione przy polu."),
    (re.compile(r"^control character U\+([0-9A-F]{4}) at position (\d+) is not allowed$"),
     lambda m: f"Tekst zawiera niedozwolony znak sterujący (U+{m[1]}) na pozycji {m[2]}. Proszę go usunąć."),
    (re.compile(r"^unpaired surrogate U\+([0-9A-F]{4}) at position (\d+) is not allowed$"),
     lambda m: f"Tekst zawiera uszkodzony znak (U+{m[1]}) na pozycji {m[2]}. Proszę go usunąć."),
    (re.compile(r"^placeholder (\{.*\}) is not allowed: write just \{name\}$"),
     lambda m: f"Znacznik {m[1]} jest niedozwolony: znacznik wpisuje się bez dodatków, np. {{adres}}."),
    (re.compile(r"^must contain \{(.*)\}$"),
     lambda m: f"Tekst musi zawierać znacznik {{{m[1]}}}."),
    (re.compile(r"^broken braces \{ \}: .*$", re.DOTALL),
     lambda m: "Nawiasy klamrowe { } nie są sparowane. Służą tylko do znaczników, np. {adres}."),
    (re.compile(r"^must be an international number like (\S+)$"),
     lambda m: f"Numer należy wpisać w formacie międzynarodowym, np. {m[1]}."),
    (re.compile(r"^unknown key \(allowed: (.*)\)$"),
     lambda m: f"Nieznany klucz (dozwolone: {m[1]})."),
    (re.compile(r"^missing section$"), lambda m: "Brakuje tej sekcji."),
    (re.compile(r"^must be a section$"), lambda m: "To musi być sekcja."),
    (re.compile(r"^must be a section with text = \"\.\.\.\"$"),
     lambda m: "To musi być sekcja z tekstem (text = \"...\")."),
    (re.compile(r"^missing list of words$"), lambda m: "Brakuje listy słów."),
    (re.compile(r"^not valid TOML: (.*)$", re.DOTALL),
     lambda m: f"Plik nie jest poprawnym plikiem TOML ({m[1]})."),
    (re.compile(r"^the last day (\S+) is before the first day (\S+)$"),
     lambda m: f"Ostatni dzień ({_day(m[1])}) jest przed pierwszym dniem ({_day(m[2])})."),
    (re.compile(r"^notice too long \((\d+) sentences, at most (\d+)\)$"),
     lambda m: f"Komunikat jest za długi: ma {m[1]} {plural(int(m[1]), 'zdanie', 'zdania', 'zdań')}, "
               f"a może mieć najwyżej {m[2]} – tyle dzwoniący zapamiętają."),
    (re.compile(r"^notice too long \((\d+) characters, at most (\d+)\)$"),
     lambda m: f"Komunikat jest za długi: ma {m[1]} {_characters(int(m[1]))}, a może mieć najwyżej {m[2]}."),
    (re.compile(r"^missing date$"), lambda m: "Proszę podać datę."),
    (re.compile(rf"^{_REPR} is not a date like 2026-12-31$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest datą, np. 24.12.2026."),
    (re.compile(r"^must be a list of \[\[notices\]\] tables$"), lambda m: "Komunikaty muszą być tabelami [[notices]]."),
    (re.compile(r"^too long for one reply with the notices of (\S+): (\d+) SMS \(([^,]+), (\d+) characters\); "
                r"at most (\d+) SMS, which is (\d+) characters( with Polish letters)?$", re.DOTALL),
     lambda m: f"Z komunikatami z dnia {_day(m[1])} SMS z aktualnościami (po odpowiedzi GODZINY) zająłby "
               f"{m[2]} {_sms(int(m[2]))}, a może najwyżej {m[5]}, czyli {m[6]} {_characters(int(m[6]))}"
               + (" z polskimi literami" if m[7] else "") + ". Proszę skrócić komunikat."),
    (re.compile(r"^too long for one reply(?: with the status \"(.*)\")?: (\d+) SMS \(([^,]+), (\d+) characters\); "
                r"at most (\d+) SMS, which is (\d+) characters( with Polish letters)?$", re.DOTALL),
     lambda m: "Odpowiedź jest za długa"
               + (f" (ze stanem {_quote(m[1])})" if m[1] else "")
               + f": zajęłaby {m[2]} {_sms(int(m[2]))}, "
               + f"a może zajmować najwyżej {m[5]} {_sms(int(m[5]))}, "
               + f"czyli {m[6]} {_characters(int(m[6]))}"
               + (" z polskimi literami" if m[7] else "") + "."),
]


def polish_message(message: str) -> str:
    """The loader's (English) message in Polish for staff; unknown ones are shown as they are."""
    for pattern, make in _RULES:
        found = pattern.match(message.strip())
        if found:
            return make(found)
    return f"Błąd w treści: {message}"
