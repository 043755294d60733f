"""Loading and validating prompts/pl.toml: errors name the file and the key."""
from __future__ import annotations

import re
from datetime import date, time

import pytest

from conftest import edit_content

from ivr.call.content import REQUIRED_PROMPTS, ContentError, load_content
from ivr.call.schedule import Hours


def test_real_content_loads(content_dir):
    content = load_content(content_dir)
    assert set(content.prompts) == set(REQUIRED_PROMPTS)
    assert content.weekly[0] == Hours(time(8), time(16))
    assert all(content.weekly[d] == Hours(time(7), time(15)) for d in range(1, 5))
    assert 5 not in content.weekly and 6 not in content.weekly
    assert content.office.transfer_number == "+48618176130"


def test_static_placeholders_are_filled(content_dir):
    content = load_content(content_dir)
    contact = content.prompts["info_contact"].text
    assert "ul. Poznańska 5, 63-005 Kleszczewo" in contact
    assert contact.count("61 817 61 30") == 2 and contact.count("606 902 915") == 2
    hours = content.prompts["info_hours"].text
    assert hours.count("W poniedziałek od 8:00 do 16:00.") == 2
    assert hours.count("Od wtorku do piątku od 7:00 do 15:00.") == 2
    assert hours.index("Proszę przygotować kartkę.") < hours.index("W poniedziałek")


def test_status_templates_keep_their_call_time_placeholders(content_dir):
    content = load_content(content_dir)
    assert content.text("status_open", godzina="15:00") == "Ośrodek jest teraz otwarty, do 15:00."
    assert content.text("status_closed", kiedy="jutro", godzina="7:00") == (
        "Ośrodek jest teraz zamknięty. Zapraszamy jutro od 7:00."
    )


BROKEN = [
    # (replace this, with this, the key the error must name, words in the message)
    ('poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-25:00"', "hours.poniedzialek", "not a valid time"),
    ('wtorek = "7:00-15:00"', 'wtorek = "15:00-7:00"', "hours.wtorek", "not before closing"),
    ('sroda = "7:00-15:00"', 'sroda = "7:00-15:00-16:00"', "hours.sroda", "must look like"),
    ('piatek = "7:00-15:00"', 'piatek = "siódma-15:00"', "hours.piatek", "not a time"),
    ('poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-16:00"\nsobotaa = "8:00-12:00"', "hours.sobotaa", "unknown key"),
    ("closures = []", 'closures = ["2026-13-01"]', "hours.closures", "no real day"),
    ("closures = []", 'closures = ["31.12.2026"]', "hours.closures", "not a date"),
    ("closures = []", 'closures = "jutro"', "hours.closures", "list of dates"),
    ('[prompts.goodbye]\ntext = "Dziękujemy za telefon. Do widzenia."', "", "prompts.goodbye", "missing text"),
    ('text = "Dziękujemy za telefon. Do widzenia."', 'text = ""', "prompts.goodbye.text", "missing text"),
    ('text = "Dziękujemy za telefon. Do widzenia."', 'txt = "Do widzenia."', "prompts.goodbye.txt", "unknown key"),
    ("[prompts.goodbye]", "[prompts.goodby]\ntext = \"x\"\n[prompts.goodbye]", "prompts.goodby", "unknown key"),
    ("Adres ośrodka: {adres}.", "Adres ośrodka: {adresik}.", "prompts.info_contact.text", "unknown placeholder {adresik}"),
    ("do {godzina}.", "do godziny.", "prompts.status_open.text", "must contain {godzina}"),
    ("Dzień dobry,", "Dzień dobry {,", "prompts.greeting.text", "broken braces"),
    ("Dzień dobry,", "Dzień dobry {godzina},", "prompts.greeting.text", "unknown placeholder {godzina}"),
    ('transfer_number = "+48618176130"', 'transfer_number = "61 817 61 30"', "office.transfer_number", "international"),
    ('head = "Mirosława Radzimska"', "", "office.head", "missing text"),
    ('hours = ["godziny",', 'hours = [1, "godziny",', "words.hours", "must be text"),
    ('back = ["menu", "główne menu", "początek", "wróć", "wrócić", "cofnij", "powrót", "wstecz"]', "", "words.back", "missing list"),
    ("[acronyms]", "[acronym]", "acronym", "unknown key"),
]


@pytest.mark.parametrize("old,new,key,words", BROKEN, ids=[b[2] + ":" + b[3] for b in BROKEN])
def test_broken_content_names_file_and_key(content_dir, old, new, key, words):
    edit_content(content_dir, old, new)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    message = str(caught.value)
    assert str(content_dir / "pl.toml") in message
    assert f"[{key}]" in message or key in message
    assert words in message


def test_not_toml_is_a_clear_error(content_dir):
    (content_dir / "pl.toml").write_text("[office\nname = ", encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(str(content_dir / "pl.toml")) + ".*not valid TOML"):
        load_content(content_dir)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ContentError, match="content file is missing"):
        load_content(tmp_path)


def test_binary_file_is_a_clear_error(content_dir):
    (content_dir / "pl.toml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ContentError, match="not UTF-8"):
        load_content(content_dir)


def test_closure_days_are_loaded_sorted_and_unique(content_dir):
    edit_content(content_dir, "closures = []", 'closures = ["2026-12-31", 2026-12-28, "2026-12-31"]')
    assert load_content(content_dir).closures == (date(2026, 12, 28), date(2026, 12, 31))


def test_a_closed_weekday_can_be_left_out(content_dir):
    edit_content(content_dir, 'sroda = "7:00-15:00"\n', "")
    weekly = load_content(content_dir).weekly
    assert 2 not in weekly and 1 in weekly


def test_broken_content_stops_the_line_from_starting(content_dir, make_app):
    edit_content(content_dir, 'poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-25:00"')
    with pytest.raises(ContentError):
        make_app()
