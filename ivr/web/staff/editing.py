"""Staff forms <-> the content file: field values, changes, and the loader's errors in Polish.

A form field is named after the content key it edits ("hours.poniedzialek",
"prompts.greeting.text"), which is also the key a ContentError names, so an
error lands next to its field. Validation is the loader's own (parse_content):
each changed field is first checked alone on top of the saved content, so every
wrong field gets its message at once, then all changes together.
"""
from __future__ import annotations

import copy
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Mapping

from ivr.call.content import STATIC_PLACEHOLDERS, WEEKDAY_KEYS, Content, ContentError, RUNTIME_PLACEHOLDERS, parse_content
from ivr.call.content import parse_content as _parse_content
from ivr.staff.content_store import REMOVE, set_values
from ivr.call.content_errors import polish_message, split_error  # noqa: F401  (used by the pages)

WEEKDAY_NAMES = {
    "poniedzialek": "Poniedziałek", "wtorek": "Wtorek", "sroda": "Środa", "czwartek": "Czwartek",
    "piatek": "Piątek", "sobota": "Sobota", "niedziela": "Niedziela",
}

PROMPT_TITLES = {
    "greeting": "Powitanie",
    "privacy_before_beep": "Ochrona danych: zdanie przed nagraniem wiadomości",
    "privacy_callback": "Ochrona danych: zdanie przed prośbą o oddzwonienie",
    "privacy_notice": "Ochrona danych: pełna informacja (klawisz 8, strona /prywatnosc)",
    "closure": "Zapowiedź dni, w które ośrodek będzie nieczynny",
    "notice_lead": "Wstęp do ogłoszeń",
    "more_news": "Więcej ogłoszeń pod klawiszem 1",
    "notice_in_polish": "Tylko po ukraińsku: ogłoszenie dnia nie ma tekstu po ukraińsku (ośrodek otwarty: zero to pracownik)",
    "notice_in_polish_closed": "Tylko po ukraińsku: ogłoszenie dnia nie ma tekstu po ukraińsku (ośrodek zamknięty: zero to wiadomość)",
    "status_open": "Stan: ośrodek otwarty",
    "status_closed": "Stan: ośrodek zamknięty, z terminem otwarcia",
    "status_closed_unknown": "Stan: ośrodek zamknięty, bez terminu otwarcia",
    "status_closed_today": "Stan: dziś wyjątkowo nieczynne (święto lub dzień wolny ośrodka)",
    "person_hint_open": "Jak porozmawiać z pracownikiem (ośrodek otwarty)",
    "person_hint_closed": "Jak zostawić wiadomość (ośrodek zamknięty)",
    "menu_main": "Menu główne",
    "menu_main_closed": "Menu główne (ośrodek zamknięty: zero to wiadomość)",
    "menu_main_no_sms": "Menu główne bez SMS-a (telefon stacjonarny, numer ukryty lub zagraniczny)",
    "menu_main_closed_no_sms": "Menu główne bez SMS-a, ośrodek zamknięty",
    "menu_about": "Menu „W czym pomaga ośrodek”",
    "info_hours": "Godziny otwarcia",
    "info_contact": "Adres i numery telefonów",
    "info_addiction": "Pomoc przy uzależnieniach (GKRPA)",
    "info_social_work": "Praca socjalna",
    "info_benefits": "Świadczenia",
    "info_programmes": "Bezrobocie, zdrowie i współpraca z urzędami",
    "info_food": "Posiłki, pomoc żywnościowa i zbiórki żywności",
    "menu_benefits": "Menu „Świadczenia i dodatki”",
    "menu_benefits_closed": "Menu „Świadczenia i dodatki” (ośrodek zamknięty)",
    "help_benefits": "Wskazówki w menu „Świadczenia i dodatki”",
    "info_care": "Opieka w domu i dom pomocy społecznej",
    "info_heating": "Dodatki na ogrzewanie i energię",
    "info_child_benefit": "Świadczenie 800 plus (ZUS)",
    "hours_day": "Godziny w dniu, o który pyta dzwoniący",
    "hours_day_closed": "Dzień, o który pyta dzwoniący: nieczynne",
    "danger": "Zagrożenie: numer alarmowy 112",
    "danger_helpline": "Zagrożenie po godzinach: Niebieska Linia",
    "lost_closed": "Dzwoniący się pogubił (poza godzinami)",
    "danger_check_intro": "Długa wypowiedź niezrozumiana: wstęp do pytania",
    "menu_danger_check": "Pytanie, czy ktoś jest w niebezpieczeństwie",
    "language_offer": "Propozycja rozmowy w drugim języku (klawisz 8)",
    "reserved_keys": "Stałe klawisze: 9, gwiazdka i 0",
    "reserved_keys_closed": "Stałe klawisze: 9, gwiazdka i 0 (ośrodek zamknięty)",
    "no_input": "Brak wyboru",
    "wrong_key": "Nieprawidłowy klawisz",
    "not_understood": "Niezrozumiała odpowiedź",
    "help": "Wskazówki, jak korzystać z menu głównego",
    "help_about": "Wskazówki w menu „W czym pomaga ośrodek”",
    "help_leave_word": "Wskazówki w menu wiadomości i oddzwonienia",
    "help_leave_word_hidden": "Wskazówki w menu wiadomości (numer ukryty)",
    "help_callback": "Wskazówki przy potwierdzaniu oddzwonienia",
    "back_to_menu": "Powrót do menu głównego",
    "anything_else": "Cisza po odpowiedzi: czy możemy jeszcze pomóc",
    "keys_main": "Klawisze menu głównego w jednym zdaniu (po wskazówkach)",
    "keys_main_closed": "Klawisze menu głównego, ośrodek zamknięty",
    "keys_main_no_sms": "Klawisze menu głównego bez SMS-a",
    "keys_main_closed_no_sms": "Klawisze menu głównego bez SMS-a, ośrodek zamknięty",
    "keys_about": "Klawisze menu „W czym pomaga ośrodek”",
    "keys_benefits": "Klawisze menu „Świadczenia i dodatki”",
    "keys_benefits_closed": "Klawisze menu „Świadczenia i dodatki”, ośrodek zamknięty",
    "keys_leave_word": "Klawisze menu wiadomości i oddzwonienia",
    "keys_leave_word_hidden": "Klawisze menu wiadomości (bez oddzwonienia)",
    "keys_callback": "Klawisze przy potwierdzaniu oddzwonienia",
    "transfer": "Łączenie z pracownikiem",
    "transfer_closed": "Połączenie z pracownikiem niemożliwe",
    "transfer_failed": "Połączenie z ośrodkiem nieudane",
    "transfer_no_answer": "Nikt nie odbiera",
    "transfer_busy": "Linia ośrodka zajęta",
    "transfer_retry": "Ponowna próba połączenia: klawisz 0",
    "sms_sent": "SMS zostanie wysłany",
    "sms_already_sent": "SMS był już wysłany",
    "sms_hidden_number": "SMS niemożliwy: numer ukryty",
    "sms_abroad": "SMS niemożliwy: numer zagraniczny",
    "sms_failed": "SMS niewysłany",
    "sms_landline": "SMS niemożliwy: telefon stacjonarny",
    "sms_unreachable": "SMS niemożliwy na ten numer",
    "sms_instead": "Zamiast SMS-a: adres i telefony",
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
    "callback_abroad": "Oddzwonienie niemożliwe: numer zagraniczny",
    "menu_callback_type": "Oddzwonienie: wpisanie innego numeru",
    "help_callback_type": "Wskazówki przy wpisywaniu innego numeru",
    "callback_typed_number": "Oddzwonienie: odczytanie wpisanego numeru",
    "callback_type_invalid": "Oddzwonienie: wpisany numer nieprawidłowy",
    "callback_unreachable": "Oddzwonienie niemożliwe na ten numer",
}

PLACEHOLDER_HELP = {
    "adres": "adres ośrodka",
    "telefon": "telefon stacjonarny",
    "telefon_komorkowy": "telefon komórkowy",
    "kierownik": "imię i nazwisko kierownika",
    "godziny": "godziny otwarcia, ułożone z tygodniowych godzin",
    "okres_wiadomosci": "jak długo przechowujemy wiadomości (z ustawień, np. „30 dni”)",
    "okres_rejestru": "jak długo przechowujemy rejestr dostępu (z ustawień, np. „2 lata”)",
    "godzina": "godzina zamknięcia lub otwarcia, wstawiana w czasie rozmowy",
    "kiedy": "dzień otwarcia („jutro”, „w poniedziałek”…), wstawiany w czasie rozmowy",
    "numer": "numer dzwoniącego, odczytywany w czasie rozmowy",
    "dni": "dni, w które ośrodek będzie nieczynny, wstawiane w czasie rozmowy",
    "dzien": "dzień, o który pyta dzwoniący („W czwartek”, „Jutro”), wstawiany w czasie rozmowy",
    "od": "godzina otwarcia w tym dniu, wstawiana w czasie rozmowy",
    "do": "godzina zamknięcia w tym dniu, wstawiana w czasie rozmowy",
}


# The [words] lists: what a caller may say for each destination or role. A list not named here
# (added later) is shown by its key with a plain description, never as a bare id alone.
WORD_TITLES = {
    "hours": "Godziny otwarcia", "contact": "Adres i telefony", "about": "W czym pomaga ośrodek",
    "addiction": "Alkohol i uzależnienia", "social_work": "Praca socjalna", "benefits": "Świadczenia",
    "programmes": "Bezrobocie, zdrowie, urzędy", "food": "Posiłki i pomoc żywnościowa", "sms": "SMS z informacjami",
    "person": "Rozmowa z pracownikiem", "repeat": "Prośba o powtórzenie",
    "slower": "Prośba o wolniejsze mówienie („wolniej”, „za szybko”, „głośniej”; też klawisz 7)", "back": "Powrót do menu głównego",
    "message": "Zostawienie wiadomości", "callback": "Prośba o oddzwonienie", "confirm": "Potwierdzenie („tak”)",
    "other_number": "Inny numer do oddzwonienia („to nie ten numer”)", "no_alone": "„Nie” przy odczytaniu numeru",
    "goodbye": "Pożegnanie", "repeat_alone": "Prośba o powtórzenie (gdy to cała odpowiedź)",
    "goodbye_alone": "Podziękowanie na pożegnanie (gdy to cała odpowiedź)", "thanks": "Podziękowanie w SMS-ie",
    "key_star": "Klawisz gwiazdka", "key_hash": "Klawisz krzyżyk", "key_filler": "Słowa wokół numeru klawisza",
    "danger": "Przemoc, zagrożenie, kryzys (połączenie od razu, numer 112)",
    "when": "Pytanie o dzień lub porę („jutro”, „w czwartek”, „rano”)", "where": "Pytanie o miejsce („gdzie”)",
    "who": "Pytanie o osobę lub jej numer („kto jest”, „jak się nazywa”)",
    "lost": "Zagubienie („nie rozumiem”, „pogubiłam się”)", "lost_alone": "Zagubienie (gdy to cała odpowiedź)",
    "care": "Opieka w domu i dom pomocy społecznej", "heating": "Dodatek na ogrzewanie i energię",
    "child_benefit": "800 plus na dziecko",
    "present": "Pytanie, czy ktoś jest („czy ktoś jest”, „zastanę kogoś”); z dniem lub porą – godziny",
    "elsewhere": "Sprawy, którymi ośrodek się nie zajmuje (dowód, podatki, autobus)",
    "hesitation": "Dźwięki wahania, pomijane („yyy”, „eee”, „hmm”)",
    "no_danger": "„Nikomu nic nie grozi” (odpowiedź na pytanie o niebezpieczeństwo)",
    "not_now": "Nie teraz: w telewizji, w serialu, dawno temu (wtedy linia dopytuje o niebezpieczeństwo)",
    "not_meant": "Zwroty, w których groźne słowo nic nie znaczy („dzwony biją”, „boję się burzy”)",
    "visit": "Prośba o wizytę pracownika w domu („żeby pani przyszła do mnie”)",
    **{f"key_{n}": f"Klawisz {n}" for n in range(10)},
}


# The [voice] settings on the Nagrania page: key -> (label, explanation), in a clerk's words.
VOICE_FIELDS = {
    "voice.tempo": ("Tempo mowy",
                    "1 to zwykłe tempo głosu, 0,85 – o 15% wolniej (wysokość głosu się nie zmienia). "
                    "Można wpisać od 0,6 do 1,2. Starsze osoby lepiej rozumieją wolniejszą mowę."),
    "voice.sentence_pause_ms": ("Przerwa między zdaniami",
                                "W milisekundach (1000 to jedna sekunda), od 200 do 2000."),
    "voice.option_pause_ms": ("Przerwa między możliwościami w menu",
                              "W milisekundach, od 300 do 2500."),
    "voice.dictation_pause_ms": ("Przerwa przy dyktowaniu",
                                 "Między grupami cyfr numeru telefonu i kodu pocztowego oraz po „Proszę "
                                 "przygotować kartkę”, aby zdążyć zapisać. W milisekundach, od 500 do 3000."),
}
VOICE_KEYS = list(VOICE_FIELDS)


def word_list_title(key: str) -> str:
    return WORD_TITLES.get(key, f"Słowa dla wyboru „{key.replace('_', ' ')}”")


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
    if key in VOICE_FIELDS:
        return VOICE_FIELDS[key][0]
    if parts[0] == "sms" and len(parts) == 2:
        return f"Odpowiedź SMS „{parts[1]}”"
    if parts[0] == "notices" and len(parts) >= 2:
        what = {"text": "treść", "from": "pierwszy dzień", "to": "ostatni dzień", "spoken": "wymowa"}.get(parts[-1], "")
        return f"Ogłoszenie nr {parts[1]}" + (f", {what}" if what and len(parts) > 2 else "")
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
    if key.startswith("voice.") and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:g}".replace(".", ",")  # 0,85 as a clerk writes it
    return normalize_text(value) if isinstance(value, str) else str(value)


def field_value(key: str, submitted: str) -> Any:
    """The content value a field's submitted text stands for; REMOVE for none."""
    value = normalize_text(submitted)
    if key.startswith("voice."):
        return _number(value) if value else REMOVE  # empty: the default
    if key == "hours.closures":
        return [line.strip() for line in value.split("\n") if line.strip()]
    if not value and (key.startswith("hours.") or key.endswith(".spoken")):
        return REMOVE  # an empty day is a closed day; an empty spoken form is none
    if "\n" in value:
        value += "\n"  # written as a block of lines between triple quotes
    return value


def _number(value: str) -> Any:
    """'0,85' -> 0.85, '1000' -> 1000; anything else stays text (the loader says what is wrong)."""
    cleaned = value.replace(",", ".").replace(" ", "")
    try:
        number = float(cleaned)
    except ValueError:
        return value
    return int(number) if number.is_integer() and "." not in cleaned else number


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


def edit(base_text: str, path: Path, submitted: Mapping[str, str], lang: str = "pl",
         facts: Mapping | None = None) -> Edit:
    """Apply submitted fields to `base_text`, validating with the content loader. A translation
    (`lang` not Polish) is validated with `facts`, pl.toml's data, as the line loads it."""
    from ivr.call.content import with_facts

    def parse_content(data, path):
        if lang != "pl":
            data = with_facts(data, facts or {}, path)
        return _parse_content(data, path, lang=lang)

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
