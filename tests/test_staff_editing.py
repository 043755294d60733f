"""Form fields <-> content: loader errors placed on their fields and said in Polish."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ivr.config import ROOT
from ivr.call.content import ContentError
from ivr.web.staff.editing import display_value, edit, field_label, normalize_text, polish_message, split_error

PATH = Path("/srv/prompts/pl.toml")
TEXT = (ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("english, polish", [
    ("'16:00-8' must look like \"8:00-16:00\"", "„16:00-8” – godziny należy wpisać w postaci 8:00-16:00."),
    ("'8' is not a time like 8:00", "„8” nie jest godziną w postaci 8:00."),
    ("'24:00' is not a valid time", "„24:00” nie jest poprawną godziną (godziny 0–23, minuty 0–59)."),
    ("opening 16:00 is not before closing 08:00",
     "Godzina otwarcia (16:00) musi być wcześniejsza niż godzina zamknięcia (8:00)."),
    ("no opening hours on any day", "Ośrodek musi być otwarty przynajmniej w jeden dzień tygodnia."),
    ("'31.12.2026' is not a date like \"2026-12-31\"", "„31.12.2026” nie jest datą w postaci RRRR-MM-DD, np. 2026-12-31."),
    ("missing text", "Tekst nie może być pusty."),
    ("text too long (2001 characters, at most 2000)", "Tekst jest za długi: ma 2001 znaków, a może mieć najwyżej 2000."),
    ("text too long (2002 characters, at most 2000)", "Tekst jest za długi: ma 2002 znaki, a może mieć najwyżej 2000."),
    ("unknown placeholder {adress}", "Nieznany znacznik {adress}. Dozwolone znaczniki są wymienione przy polu."),
    ("must contain {godzina}", "Tekst musi zawierać znacznik {godzina}."),
    ("broken braces { }: Single '}' encountered in format string",
     "Nawiasy klamrowe { } nie są sparowane. Służą tylko do znaczników, np. {adres}."),
    ("must be an international number like +48618176130",
     "Numer należy wpisać w formacie międzynarodowym, np. +48618176130."),
    ("too long for one reply: 4 SMS (UCS-2, 210 characters); at most 3 SMS, which is 201 characters with Polish letters",
     "Odpowiedź jest za długa: zajęłaby 4 SMS-y, a może zajmować najwyżej 3 SMS-y, czyli 201 znaków z polskimi literami."),
    ("control character U+0001 at position 5 is not allowed",
     "Tekst zawiera niedozwolony znak sterujący (U+0001) na pozycji 5. Proszę go usunąć."),
    ("placeholder {adres:a>100000} is not allowed: write just {name}",
     "Znacznik {adres:a>100000} jest niedozwolony: znacznik wpisuje się bez dodatków, np. {adres}."),
    ("something new", "Błąd w treści: something new"),
])
def test_loader_messages_in_polish(english, polish):
    assert polish_message(english) == polish


def test_split_error_takes_the_key_from_the_loader_message():
    error = ContentError(f"{PATH}: [hours.poniedzialek] opening 16:00 is not before closing 08:00")
    assert split_error(error, PATH) == ("hours.poniedzialek", "opening 16:00 is not before closing 08:00")
    assert split_error(ContentError(f"{PATH}: not valid TOML: x"), PATH) == ("", "not valid TOML: x")


def test_field_labels_name_places_staff_know():
    assert field_label("prompts.greeting.text") == "Komunikat „Powitanie”, tekst"
    assert field_label("hours.sroda") == "Godziny otwarcia: środa"
    assert field_label("hours.closures") == "Dodatkowe dni zamknięcia"
    assert field_label("office.name") == "[office.name]"


def test_form_values_and_text_normalization():
    raw = tomllib.loads(TEXT)
    assert display_value(raw, "hours.poniedzialek") == "8:00-16:00"
    assert display_value(raw, "hours.sobota") == ""
    assert display_value(raw, "prompts.menu_main.text").startswith("Godziny otwarcia – proszę nacisnąć jeden.\n")
    assert normalize_text("  a  \r\nb\r\n\r\n") == "a\nb"


def test_edit_without_changes_changes_nothing():
    raw = tomllib.loads(TEXT)
    result = edit(TEXT, PATH, {"prompts.menu_main.text": display_value(raw, "prompts.menu_main.text").replace("\n", "\r\n")})
    assert result.ok and result.text is None and not result.changed


def test_edit_changes_only_the_field_and_keeps_the_rest_of_the_file():
    result = edit(TEXT, PATH, {"prompts.goodbye.text": "Do widzenia.", "hours.sobota": "9:00-12:00"})
    assert result.ok
    expected = TEXT.replace('text = "Dziękujemy za telefon. Do widzenia."', 'text = "Do widzenia."')
    expected = expected.replace('piatek = "7:00-15:00"\n', 'piatek = "7:00-15:00"\nsobota = "9:00-12:00"\n')
    assert result.text == expected
    assert result.content.prompts["goodbye"].text == "Do widzenia."


def test_a_multi_line_text_is_written_as_lines():
    result = edit(TEXT, PATH, {"prompts.goodbye.text": "Dziękujemy.\nDo widzenia."})
    assert 'text = """\nDziękujemy.\nDo widzenia.\n"""' in result.text


def test_an_error_outside_the_form_is_general():
    # An hours change that breaks another part is reported, not hidden.
    raw = tomllib.loads(TEXT)
    result = edit(TEXT, PATH, {f"hours.{day}": "" for day in ("poniedzialek", "wtorek", "sroda", "czwartek", "piatek")})
    assert not result.ok and result.errors == {}
    assert result.general == ["Godziny otwarcia: Ośrodek musi być otwarty przynajmniej w jeden dzień tygodnia."]
    assert raw == tomllib.loads(TEXT)


@pytest.mark.parametrize("text, words", [
    ("Test\x01", "znak sterujący (U+0001)"),
    ("Dzień dobry {adres:a>100000}", "Znacznik {adres:a>100000} jest niedozwolony"),
])
def test_the_editor_refuses_what_would_break_the_twiml_or_the_length(text, words):
    result = edit(TEXT, PATH, {"prompts.goodbye.text": text})
    assert not result.ok and result.text is None
    assert words in result.errors["prompts.goodbye.text"]
