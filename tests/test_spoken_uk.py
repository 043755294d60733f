"""The Ukrainian spoken form (ivr/spoken/ukrainian.py): what the Ukrainian line says, as a native
speaker says it. The table was checked by a reader of Ukrainian (see the report of issue 33)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from ivr.cli import main as cli
from ivr.spoken import for_language
from ivr.spoken.ukrainian import normalize, polish_word, review, sentences

CASES = [
    # Times of day: hours are feminine ordinals, minutes cardinals.
    ("о 7:30", "о сьомій тридцять"),
    ("о 8:00", "о восьмій"),
    ("о 9.45", "о дев'ятій сорок п'ять"),
    ("о 8:05", "о восьмій нуль п'ять"),
    ("о 13:00", "о тринадцятій"),
    ("о 23:00", "о двадцять третій"),
    ("до 16:00", "до шістнадцятої"),
    ("з 8:00 до 16:00", "з восьмої до шістнадцятої"),
    ("з 7:30 до 15:00", "з сьомої тридцять до п'ятнадцятої"),
    ("від 9:00", "від дев'ятої"),
    ("7:00–15:00", "з сьомої до п'ятнадцятої"),
    ("Зараз 8:00.", "Зараз восьма."),
    ("Центр зараз відчинений, до 16:00.", "Центр зараз відчинений, до шістнадцятої."),
    ("Центр зараз зачинений. Запрошуємо завтра з 7:00.", "Центр зараз зачинений. Запрошуємо завтра з сьомої."),
    ("Запрошуємо у понеділок, 14 грудня, з 8:00.", "Запрошуємо у понеділок, чотирнадцятого грудня, з восьмої."),
    ("У четвер центр працює з 7:00 до 15:00.", "У четвер центр працює з сьомої до п'ятнадцятої."),
    ("Зараз відчинено до 16:00.", "Зараз відчинено до шістнадцятої."),
    ("Зараз зачинено, відчиняємо у понеділок о 8:00.", "Зараз зачинено, відчиняємо у понеділок о восьмій."),
    # Dates: the day as a masculine genitive ordinal; after "по" the neuter accusative.
    ("5 грудня", "п'ятого грудня"),
    ("1 січня", "першого січня"),
    ("3 травня", "третього травня"),
    ("31 грудня", "тридцять першого грудня"),
    ("23 лютого", "двадцять третього лютого"),
    ("24.12", "двадцять четвертого грудня"),
    ("24.12.2026", "двадцять четвертого грудня дві тисячі двадцять шостого року"),
    ("28 грудня 2027 року", "двадцять восьмого грудня дві тисячі двадцять сьомого року"),
    ("у 2026 році", "у дві тисячі двадцять шостому році"),
    ("з 24 по 26 грудня", "з двадцять четвертого по двадцять шосте грудня"),
    ("з 2 до 4 січня", "з другого до четвертого січня"),
    ("по 1 травня", "по перше травня"),
    ("Увага: у четвер, 31 грудня, центр не працюватиме.", "Увага: у четвер, тридцять першого грудня, центр не працюватиме."),
    # Weekday ranges and short weekdays.
    ("пн–пт", "з понеділка по п'ятницю"),
    ("Вт–пт 7:00–15:00", "З вівторка по п'ятницю з сьомої до п'ятнадцятої"),
    ("Пн 8:00–16:00", "У понеділок з восьмої до шістнадцятої"),
    ("пн 8–16, вт–пт 7–15", "у понеділок з восьмої до шістнадцятої, з вівторка по п'ятницю з сьомої до п'ятнадцятої"),
    ("сб-нд", "з суботи по неділю"),
    ("З вівторка по п'ятницю з 7:00 до 15:00.", "З вівторка по п'ятницю з сьомої до п'ятнадцятої."),
    # Phone numbers in their groups, the postcode, the address.
    ("61 817 61 30", "шістдесят один, вісімсот сімнадцять, шістдесят один, тридцять"),
    ("606 902 915", "шістсот шість, дев'ятсот два, дев'ятсот п'ятнадцять"),
    ("800 120 002", "вісімсот, сто двадцять, нуль нуль два"),
    ("+48 606 902 915", "плюс сорок вісім, шістсот шість, дев'ятсот два, дев'ятсот п'ятнадцять"),
    ("(061) 817-61-30", "шістдесят один, вісімсот сімнадцять, шістдесят один, тридцять"),
    ("63-005", "шістдесят три, нуль нуль п'ять"),
    ("ul. Poznańska 5, 63-005 Kleszczewo",
     "вулиця Познанська п'ять, шістдесят три, нуль нуль п'ять, Клещево"),
    ("Тел. 61 817 61 30", "Телефон шістдесят один, вісімсот сімнадцять, шістдесят один, тридцять"),
    ("моб. 606 902 915", "мобільний шістсот шість, дев'ятсот два, дев'ятсот п'ятнадцять"),
    # Numbers.
    ("112", "сто дванадцять"),
    ("Виплата 800 плюс", "Виплата вісімсот плюс"),
    ("800+", "вісімсот плюс"),
    ("на вулиці Poznańska 5", "на вулиці Познанська п'ять"),
    ("05", "нуль п'ять"),
    ("20 %", "двадцять відсотків"),
    # Acronyms and Polish names (said the Polish way, written in Cyrillic).
    ("SMS з адресою", "есемес з адресою"),
    ("Скорочено – GKRPA.", "Скорочено – ґе-ка-ер-пе-а."),
    ("тобто ZUS.", "тобто зус."),
    ("Центр соціальної допомоги (Ośrodek Pomocy Społecznej) у гміні Kleszczewo.",
     "Центр соціальної допомоги, Осьродек Помоци Сполечней, у гміні Клещево."),
    ("пані Mirosława Radzimska", "пані Мірослава Радзімска"),
    ("«Akcja Lato» і «Dzień Seniora»", "Акця Лато і Дзєнь Сеньора"),
    ("«Блакитна лінія» (Niebieska Linia), безкоштовно", "Блакитна лінія, Нєбєска Ліня, безкоштовно"),
]


@pytest.mark.parametrize("written, spoken", CASES)
def test_spoken_ukrainian(written, spoken):
    assert normalize(written) == spoken
    assert review(written).leftovers == ()


def test_the_table_is_at_least_forty_cases():
    assert len(CASES) >= 40


def test_menu_lines_stay_lines():
    assert normalize("Години роботи – натисніть один.\nSMS – натисніть п'ять.") == (
        "Години роботи – натисніть один.\nесемес – натисніть п'ять.")


def test_a_content_table_of_acronyms_wins():
    assert normalize("Це OPS.", {"OPS": "опс"}) == "Це опс."
    assert normalize("Це OPS.", {}) == "Це OPS."  # an empty table: the acronym stays, and is warned
    assert [left.text for left in review("Це OPS.", {}).leftovers] == ["OPS"]


@pytest.mark.parametrize("written, pieces", [
    ("Кімната 4/5", ["4/5"]),  # a fraction or a room: no rule reads it
    ("о 25:00", ["25:00"]),  # no such time
    ("Пишіть на www.kleszczewo.pl", []),  # a Latin word: said the Polish way, not a leftover
    ("Дзвоніть ~ завжди", ["~"]),
    ("Це PFRONX.", ["PFRONX"]),  # an acronym not in the table
    ("Це 😀", ["😀"]),
])
def test_leftovers_are_warned_like_the_polish_ones(written, pieces):
    found = review(written, {})
    assert [left.text for left in found.leftovers] == pieces
    for left in found.leftovers:  # the same Polish suggestions the Polish texts get
        assert left.suggestion.startswith(f"„{left.text}”: ") or f"„{left.text}”" in left.suggestion


def test_polish_words_in_cyrillic():
    assert polish_word("Kleszczewo") == "Клещево"
    assert polish_word("Szczecin") == "Щецін"
    assert polish_word("Łódź") == "Лудзь"
    assert polish_word("Wrocław") == "Вроцлав"


def test_sentences_count_as_spoken():
    assert sentences("Тел. 61 817 61 30. Вул. Poznańska 5.") == [
        "Телефон шістдесят один, вісімсот сімнадцять, шістдесят один, тридцять.", "Вулиця Познанська п'ять."]


def test_for_language_gives_each_language_its_spoken_form():
    assert for_language("uk").review("о 8:00").spoken == "о восьмій"
    assert for_language("pl").review("o 8:00").spoken == "o ósmej"
    assert for_language(None).code == "pl"


def test_ivr_say_lang_uk_prints_the_spoken_form_and_warns_leftovers():
    result = CliRunner(mix_stderr=False).invoke(cli, ["say", "--lang", "uk", "Запрошуємо завтра з 8:00 ~"])
    assert result.exit_code == 0
    assert result.output == "Запрошуємо завтра з восьмої ~\n"
    assert "Uwaga, głos może źle przeczytać:" in result.stderr and "„~”" in result.stderr
    polish = CliRunner(mix_stderr=False).invoke(cli, ["say", "Zapraszamy jutro od 8:00"])
    assert polish.output == "Zapraszamy jutro od ósmej\n"  # Polish stays the default


def test_a_clerks_room_and_about_are_read_out():
    from ivr.spoken import for_language

    spoken = for_language("uk").review("центр працює до 12:00, кімн. 5, ок. 3 тис.", {}).spoken
    assert "кімната п'ять" in spoken and "кімн." not in spoken and "близько" in spoken
