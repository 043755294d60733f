"""Loading and validating prompts/pl.toml: errors name the file and the key."""
from __future__ import annotations

import re
from datetime import date, time

import pytest

from conftest import ROOT, edit_content

from ivr.call.content import OPTIONAL_PROMPTS, REQUIRED_PROMPTS, ContentError, load_content
from ivr.call.schedule import Hours


def test_real_content_loads(content_dir):
    content = load_content(content_dir)
    assert set(content.prompts) == set(REQUIRED_PROMPTS) | set(OPTIONAL_PROMPTS)
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


# The shipped list of words for "back", whole, as the content file holds it: the office and the rounds extend it.
BACK_LINE = next(line for line in (ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8").splitlines()
                 if line.startswith("back = ["))
BROKEN = [
    # (replace this, with this, the key the error must name, words in the message)
    ('poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-25:00"', "hours.poniedzialek", "not a valid time"),
    # The edges: "24:00" is no time of day (the day ends at 23:59), nor is minute 60.
    ('poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-24:00"', "hours.poniedzialek", "'24:00' is not a valid time"),
    ('czwartek = "7:00-15:00"', 'czwartek = "7:00-15:60"', "hours.czwartek", "'15:60' is not a valid time"),
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
    (BACK_LINE, "", "words.back", "missing list"),
    ("[acronyms]", "[acronym]", "acronym", "unknown key"),
    # Control characters make TwiML that is not well-formed XML.
    ("Dzień dobry,", "Dzień dobry,\\u0001", "prompts.greeting.text", "control character U+0001"),
    ("Dzień dobry,", "Dzień\\u001bdobry.", "prompts.greeting.text", "control character U+001B"),
    ('head = "Mirosława Radzimska"', 'head = "Mirosława\\u007fRadzimska"', "office.head", "control character U+007F"),
    ('back = ["menu",', 'back = ["me\\u0000nu",', "words.back", "control character U+0000"),
    # Only bare {name}: a format spec could blow a text up past the length limit.
    ("Dzień dobry,", "Dzień dobry {adres:a>100000}.", "prompts.greeting.text", "{adres:a>100000} is not allowed"),
    ("Dzień dobry,", "Dzień dobry {adres!r}.", "prompts.greeting.text", "{adres!r} is not allowed"),
    ("Dzień dobry,", "Dzień dobry {adres.upper}.", "prompts.greeting.text", "is not allowed"),
    ("Dzień dobry,", "Dzień dobry {adres[0]}.", "prompts.greeting.text", "is not allowed"),
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


def test_broken_content_with_no_good_content_anywhere_stops_the_line_from_starting(content_dir, make_app, tmp_path):
    edit_content(content_dir, 'poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-25:00"')
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "pl.toml").write_text("[broken", encoding="utf-8")
    with pytest.raises(ContentError):
        make_app(shipped_content_dir=shipped)


def test_unpaired_surrogate_is_refused_naming_the_key(content_dir):
    import tomllib

    from ivr.call.content import parse_content

    path = content_dir / "pl.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    raw["prompts"]["goodbye"]["text"] = "Do widzenia\ud800."
    with pytest.raises(ContentError, match=r"\[prompts\.goodbye\.text\] unpaired surrogate U\+D800"):
        parse_content(raw, path)


def test_length_is_checked_after_the_placeholders_are_filled(content_dir):
    from ivr.call.content import MAX_TEXT

    address = load_content(content_dir).office.address
    times = MAX_TEXT // len(address) + 1
    edit_content(content_dir, "Dzień dobry,", "Dzień dobry," + "{adres}" * times)
    with pytest.raises(ContentError, match=r"\[prompts\.greeting\.text\] text too long"):
        load_content(content_dir)


def test_the_first_and_last_minute_of_the_day_are_valid_hours(content_dir):
    edit_content(content_dir, 'poniedzialek = "8:00-16:00"', 'poniedzialek = "0:00-23:59"')
    hours = load_content(content_dir).weekly[0]
    assert (hours.opens, hours.closes) == (time(0, 0), time(23, 59))

# -- H1 / M3: unknown placeholders in every section, every noncharacter -----------------------

@pytest.mark.parametrize("old, new, key", [
    ('address = "ul. Poznańska 5, 63-005 Kleszczewo"', 'address = "ul. Poznańska {nr}, 63-005 Kleszczewo"', "office.address"),
    ('OPS = "o-pe-es"', 'OPS = "o-pe-{es}"', "acronyms.OPS"),
    ('hours = ["godziny",', 'hours = ["{godziny}",', "words.hours"),
    ('thanks = "Dziękujemy. Pozdrawiamy', 'thanks = "Dziękujemy {teraz}. Pozdrawiamy', "sms.thanks"),
])
def test_an_unknown_placeholder_is_refused_in_every_section(content_dir, old, new, key):
    edit_content(content_dir, old, new)
    with pytest.raises(ContentError, match=rf"\[{re.escape(key)}\] unknown placeholder"):
        load_content(content_dir)


def test_a_static_placeholder_in_office_is_refused_too(content_dir):
    """{adres} in [office] would be put into a prompt unfilled and raise KeyError at call time."""
    edit_content(content_dir, 'address = "ul. Poznańska 5, 63-005 Kleszczewo"', 'address = "{adres}"')
    with pytest.raises(ContentError, match=r"\[office\.address\] unknown placeholder \{adres\}"):
        load_content(content_dir)


def test_an_unknown_placeholder_in_a_notice_is_refused(content_dir):
    with open(content_dir / "pl.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[notices]]\ntext = "Jutro {cos} nieczynne."\nfrom = "2026-12-01"\nto = "2026-12-02"\n')
    with pytest.raises(ContentError, match=r"\[notices\.1\.text\] unknown placeholder \{cos\}"):
        load_content(content_dir)


@pytest.mark.parametrize("text", ["Dzień {{dobry}}", "Dzień }} dobry"])
def test_doubled_braces_are_refused(content_dir, text):
    edit_content(content_dir, 'text = "Dziękujemy za telefon. Do widzenia."', f'text = "{text}"')
    with pytest.raises(ContentError, match=r"\[prompts\.goodbye\.text\] broken braces"):
        load_content(content_dir)


NONCHARACTERS = ["\\uFFFE", "\\uFFFF", "\\uFDD0", "\\uFDEF", "\\U0001FFFE", "\\U0010FFFF", "\\u0085"]


@pytest.mark.parametrize("escape", NONCHARACTERS)
@pytest.mark.parametrize("where, old, key", [
    ("prompt", 'text = "Dziękujemy za telefon. Do widzenia."', "prompts.goodbye.text"),
    ("acronym name", 'OPS = "o-pe-es"', "acronyms.OPS"),
])
def test_every_noncharacter_is_refused(content_dir, escape, where, old, key):
    if where == "prompt":
        new = old.replace("Do widzenia.", f"Do {escape}widzenia.")
    else:
        new = f'"OPS{escape}" = "o-pe-es"'
        key = "acronyms.OPS"
    edit_content(content_dir, old, new)
    with pytest.raises(ContentError, match=r"(noncharacter|control character) U\+[0-9A-F]{4,6} at position \d+ is not allowed") as caught:
        load_content(content_dir)
    assert f"[{key}" in str(caught.value)


def test_a_noncharacter_in_a_notice_would_break_the_godziny_sms_and_is_refused(content_dir):
    with open(content_dir / "pl.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[notices]]\ntext = "Jutro nieczynne.\\uFFFF"\nfrom = "2026-12-01"\nto = "2026-12-02"\n')
    with pytest.raises(ContentError, match=r"\[notices\.1\.text\] noncharacter U\+FFFF"):
        load_content(content_dir)


@pytest.mark.parametrize("escape", NONCHARACTERS[:2])
def test_the_staff_form_refuses_a_noncharacter_in_polish(content_dir, escape):
    from ivr.call.content_errors import describe

    edit_content(content_dir, 'text = "Dziękujemy za telefon. Do widzenia."', f'text = "Do {escape}widzenia."')
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    assert "Tekst zawiera niedozwolony znak (U+FFF" in describe(caught.value)
