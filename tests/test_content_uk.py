"""The Ukrainian content (prompts/uk.toml): same keys as pl.toml, facts only from pl.toml, and the
checks that name every missing translation and every placeholder or number that differs."""
from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from ivr.call.content import OPTIONAL_PROMPTS, REQUIRED_PROMPTS, TRANSLATION_PROMPTS, SMS_OPTIONAL_TEXTS, SMS_TEXTS, WORD_CHOICES, ContentError, load_content
from ivr.call.content_errors import describe
from ivr.call.translations import MISSING, NOTICE, NUMBERS, PLACEHOLDERS, compare, compare_files
from ivr.cli import main as cli
from ivr.config import ROOT
from tests.conftest import edit_content


def edit_uk(content_dir: Path, old: str, new: str) -> None:
    path = content_dir / "uk.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def drop_uk_prompt(content_dir: Path, prompt_id: str) -> None:
    """Remove one [prompts.<id>] table from the copy of uk.toml."""
    path = content_dir / "uk.toml"
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"\n\[prompts\.{prompt_id}\]\ntext = (\"\"\"\n.*?\n\"\"\"|\".*?\")\n", re.DOTALL)
    assert len(pattern.findall(text)) == 1
    path.write_text(pattern.sub("\n", text, count=1), encoding="utf-8")


@pytest.fixture
def cli_content(monkeypatch, content_dir, tmp_path):
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("IVR_AUDIO_DIR", str(tmp_path / "audio"))
    monkeypatch.setattr("ivr.call.catalogue.number_groups", lambda: [])  # no 1111 pieces here
    return content_dir


# ---------------------------------------------------------------- the real file


def test_the_real_ukrainian_file_has_every_key_of_the_polish_one():
    polish = tomllib.loads((ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8"))
    ukrainian = tomllib.loads((ROOT / "prompts" / "uk.toml").read_text(encoding="utf-8"))
    # Every Polish prompt, and the sentences only a translation has (a notice without its text).
    assert set(polish["prompts"]) == set(REQUIRED_PROMPTS) | set(OPTIONAL_PROMPTS)
    assert set(ukrainian["prompts"]) == set(polish["prompts"]) | set(TRANSLATION_PROMPTS)
    assert set(ukrainian["sms"]) == set(polish["sms"]) == set(SMS_TEXTS) | set(SMS_OPTIONAL_TEXTS)
    assert set(ukrainian["words"]) == set(polish["words"])
    assert compare(polish, ukrainian) == []
    assert compare_files(ROOT / "prompts", "uk") == []


def test_the_real_ukrainian_file_loads_with_the_polish_facts():
    polish = load_content(ROOT / "prompts")
    ukrainian = load_content(ROOT / "prompts", lang="uk")
    assert polish.lang == "pl" and ukrainian.lang == "uk"
    assert ukrainian.office == polish.office and ukrainian.weekly == polish.weekly
    assert ukrainian.closures == polish.closures and ukrainian.voice == polish.voice
    assert ukrainian.values["adres"] == polish.values["adres"] == "ul. Poznańska 5, 63-005 Kleszczewo"
    # The office's name in Polish, explained in Ukrainian, once.
    assert "Центр соціальної допомоги (Ośrodek Pomocy Społecznej)" in ukrainian.text("greeting")
    info = ukrainian.text("info_hours")
    assert "У понеділок з 8:00 до 16:00." in info and "З вівторка по п'ятницю з 7:00 до 15:00." in info
    assert ukrainian.sms["info"].count("Пн 8:00–16:00") == 1
    assert "пн 8–16, вт–пт 7–15" in ukrainian.sms["help"]
    # No Polish word of the hours slipped into the Ukrainian texts.
    assert not re.search(r"poniedzia|wtorek|piątek", info + ukrainian.sms["info"])


def test_a_fact_changed_in_pl_toml_changes_the_ukrainian_texts_too(content_dir):
    edit_content(content_dir, 'mobile = "606 902 915"', 'mobile = "606 111 222"')
    edit_content(content_dir, 'wtorek = "7:00-15:00"', 'wtorek = "7:30-15:00"')
    ukrainian = load_content(content_dir, lang="uk")
    assert "606 111 222" in ukrainian.text("info_contact") and "606 902 915" not in ukrainian.text("info_contact")
    assert "У вівторок з 7:30 до 15:00." in ukrainian.text("info_hours")
    assert "606 111 222" in ukrainian.sms["info"]


def test_a_fact_written_in_uk_toml_is_refused(content_dir):
    path = content_dir / "uk.toml"
    path.write_text('[office]\nname = "X"\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"\[office\] facts are written only in pl.toml") as caught:
        load_content(content_dir, lang="uk")
    assert "uk.toml" in str(caught.value)
    assert "tylko w pliku pl.toml" in describe(caught.value)


def test_polish_default_is_unchanged(content_dir):
    """load_content(dir) is the Polish content, whatever uk.toml holds."""
    (content_dir / "uk.toml").write_text("not toml [", encoding="utf-8")
    content = load_content(content_dir)
    assert content.lang == "pl" and content.text("greeting").startswith("Dzień dobry")


# ---------------------------------------------------------------- the loader refuses a gap


def test_a_missing_ukrainian_prompt_stops_the_ukrainian_content(content_dir):
    drop_uk_prompt(content_dir, "transfer_busy")
    with pytest.raises(ContentError, match=r"uk.toml: \[prompts.transfer_busy\] missing in uk") as caught:
        load_content(content_dir, lang="uk")
    assert describe(caught.value).endswith(
        "[prompts.transfer_busy]: Brak tłumaczenia (po ukraińsku): każdy tekst z pliku pl.toml musi mieć "
        "tłumaczenie, inaczej dzwoniący nie usłyszałby tego komunikatu w swoim języku.")
    load_content(content_dir)  # the Polish line is not touched


def test_a_missing_ukrainian_sms_is_not_filled_with_polish(content_dir):
    edit_uk(content_dir, 'help_short = "Соціальна і матеріальна допомога, виплати: тел. {telefon}."\n', "")
    with pytest.raises(ContentError, match=r"\[sms.help_short\] missing in uk"):
        load_content(content_dir, lang="uk")


# ---------------------------------------------------------------- compare: every gap named


def test_compare_names_a_missing_key_a_placeholder_and_a_number_that_differ(content_dir):
    drop_uk_prompt(content_dir, "goodbye")
    edit_uk(content_dir, "Мобільний телефон: {telefon_komorkowy}.\nПовторюємо.",
            "Мобільний телефон: 606 902 915.\nПовторюємо.")
    edit_uk(content_dir, "номер екстреної допомоги 112.", "номер екстреної допомоги 911.")
    edit_uk(content_dir, 'key_hash = ["решітка", "решітку", "дієз"]\n', "")
    gaps = compare_files(content_dir, "uk")
    found = {(gap.key, gap.kind) for gap in gaps}
    assert found == {
        ("prompts.goodbye", MISSING),
        ("prompts.info_contact", PLACEHOLDERS),
        ("prompts.info_contact", NUMBERS),
        ("prompts.danger", NUMBERS),
        ("words.key_hash", MISSING),
    }
    placeholders = next(g for g in gaps if g.kind == PLACEHOLDERS)
    assert placeholders.polish == ("adres", "adres", "kierownik", "telefon", "telefon", "telefon_komorkowy",
                                   "telefon_komorkowy")
    assert placeholders.other == ("adres", "adres", "kierownik", "telefon", "telefon", "telefon_komorkowy")
    danger = next(g for g in gaps if g.key == "prompts.danger")
    assert (danger.polish, danger.other) == (("112",), ("911",))


def test_a_polish_notice_without_a_ukrainian_one_is_a_warning(content_dir):
    with open(content_dir / "pl.toml", "a", encoding="utf-8") as f:
        f.write('\n[[notices]]\ntext = "W sobotę 12 grudnia odbędzie się zbiórka żywności."\n'
                'from = 2026-12-08\nto = 2026-12-12\n')
    gaps = compare_files(content_dir, "uk")
    assert [(g.key, g.kind, g.is_error) for g in gaps] == [("notices.1", NOTICE, False)]
    with open(content_dir / "uk.toml", "a", encoding="utf-8") as f:
        f.write('\n[[notices]]\ntext = "У суботу, 12 грудня, відбудеться збір продуктів."\n'
                'from = 2026-12-08\nto = 2026-12-12\n')
    assert compare_files(content_dir, "uk") == []
    assert load_content(content_dir, lang="uk").notices[0].text.startswith("У суботу")


# ---------------------------------------------------------------- ivr prompts check / build


def test_check_passes_with_the_real_files(cli_content):
    result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "check"])
    assert result.exit_code == 0, result.output + result.stderr
    assert re.search(r"^Tłumaczenie po ukraińsku \(uk.toml\): \d+ komunikatów, z uwagami: 0, braki: 0\.$",
                     result.output, re.MULTILINE)
    assert "[uk:greeting]\n  napisane:  Добрий день." in result.output


def test_check_reports_every_missing_key_and_differing_placeholder(cli_content, caplog):
    drop_uk_prompt(cli_content, "goodbye")
    edit_uk(cli_content, 'contact_short = "OPS, {adres}. Тел. {telefon}, моб. {telefon_komorkowy}."',
            'contact_short = "OPS, {adres}. Тел. {telefon}."')
    with caplog.at_level(logging.WARNING):
        result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "check", "--quiet"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "Tłumaczenie po ukraińsku (uk.toml): braki i różnice względem pl.toml: 2, ogłoszenia bez tłumaczenia: 0." in lines
    assert "  - [prompts.goodbye] brak tekstu po ukraińsku" in lines
    assert ("  - [sms.contact_short] inne znaczniki niż po polsku: po polsku {adres}, {telefon}, {telefon_komorkowy}, "
            "po ukraińsku {adres}, {telefon}") in lines
    # The missing prompt also stops the Ukrainian content from loading: said, not a traceback.
    assert any(line.startswith("Tłumaczenie po ukraińsku się nie wczytuje: ") and "[prompts.goodbye]" in line
               for line in lines)
    assert "tłumaczenie uk.toml ma 2 błędy" in result.stderr
    assert "translation uk.toml: [prompts.goodbye] missing in uk" in caplog.text  # English in the log


def test_build_refuses_when_a_prompt_has_no_ukrainian_text(cli_content, tmp_path, caplog):
    drop_uk_prompt(cli_content, "menu_main")
    with caplog.at_level(logging.ERROR):
        result = CliRunner(mix_stderr=False).invoke(cli, ["prompts", "build", "--engine", "espeak"])
    assert result.exit_code == 2
    polish = [line for line in result.stderr.splitlines() if line.startswith("Nie można nagrać")]
    assert len(polish) == 1 and polish[0].startswith(
        "Nie można nagrać komunikatów: tłumaczenie po ukraińsku jest niepełne albo błędne: ")
    assert "[prompts.menu_main]: Brak tłumaczenia (po ukraińsku)" in polish[0]
    assert "build refused: translation uk.toml does not load" in caplog.text
    assert not (tmp_path / "audio" / "manifest.json").exists()  # nothing was built
