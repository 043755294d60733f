"""Issue 27, round thirty of SMS understanding (docs/sms.md, "Round thirty"): texts written about someone else (a brother,
a mother or a neighbour far away, a parish priest, a family's greeting). Each general reading with texts of its family it
must catch (written for these tests, not the tuning rows of set dev32) and the near texts that must not change, danger
kept beside the new readings, and the readings played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_eleven import PRIVACY_CALLBACK, SAVED
from test_sms_round_ten import CONTACT, DANGER, HELP, HOURS, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body", [
    # everyone better off without the writer, or without him as he says it: a burden felt
    "wszystkim będzie lepiej beze mnie",
    "mysle ze rodzinie byloby lepiej beze mnie",
    "tata mówi, że wszystkim byłoby lepiej bez niego",
    "syn wypisuje mi takie rzeczy, że nam będzie lepiej bez niego. jestem w Anglii, co robić",
    "siostra napisala wczoraj ze calej rodzinie bedzie lepiej bez niej",
])
def test_round_thirty_reads_better_off_without_as_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body", [
    # the power cut where someone lives on oxygen or a machine
    "tata jest pod tlenem a od rana nie ma prądu",
    "u babci wyłączyli prąd, a ona ma koncentrator tlenu",
    "Mama na respiratorze w domu, prąd odcięty od wczoraj!!",
])
def test_round_thirty_reads_a_device_without_power_as_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body,topic", [
    # near "better off without": a wife about a violent husband gone; a thing one is better off without
    ("mama mówi, że dzieciom lepiej bez niego, odkąd się wyprowadził", "menu"),
    ("lepiej bez cukru, mówi lekarz. czy jest pomoc na leki?", "help"),
    # near the power cut: the bill asked, the device's cost asked
    ("odcięli prąd, czy jest pomoc na rachunki?", "heating"),
    ("mama ma koncentrator tlenu, czy jest dofinansowanie do prądu?", "help"),
])
def test_round_thirty_near_the_new_danger(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # a capitalised name mid-sentence is not mended to a list word by swapped letters ("z Tulc" is no "tłuc")
    ("mama z Tulc nie ma internetu, proszę o numer do pracownika", "contact"),
    ("Proszę o adres, jestem z Tulc", "contact"),
    # "wolę nie pisać" beside a call-back asked: no stop
    ("Proszę o telefon, wolę nie pisać o tym w smsie.", "callback"),
    ("Zadzwońcie proszę, wolę nie pisać szczegółów.", "callback"),
    # the office's street with the house number asked
    ("Poznańska, który numer?", "contact"),
    ("poznanska jaki nr", "contact"),
    # a day named in the question with someone there, or a coming or a filing
    ("czy w środę mogę złożyć wniosek o zasiłek", "hours+help"),
    ("czy dziś ktoś będzie od opału?", "hours+heating"),
    ("jutro będzie ktoś od 800+? brat chce złożyć", "hours+child_benefit"),
    # a visit asked for someone close
    ("czy ktoś z ośrodka odwiedzi mojego dziadka", "help"),
    ("Czy pracownik socjalny mógłby odwiedzić mamę? Mieszkam za granicą.", "help"),
    # the drinking long over beside another matter asked
    ("Kiedyś tata pił, ale od trzech lat nie pije. Czy dostanie pomoc na opał?", "heating"),
    ("Dawniej brat pił, od 2 lat trzeźwy. Czy może dostać zasiłek?", "help"),
    # the help for the old asked by whom it is for, beside other matters
    ("adres i godziny, i jaka jest pomoc dla seniorów?", "hours+contact+care"),
    # children's winter clothes lacking
    ("dzieci nie mają zimowych butów", "help"),
    ("syn pije, a wnuki nie mają ciepłych kurtek, czy komisja i opieka pomogą?", "help+addiction"),
    # a family signing a greeting
    ("Wesołych Świąt dla całego ośrodka od rodziny Kowalskich 🎄", "thanks"),
    ("Wesołych Świąt dla ośrodka od Nowaków", "thanks"),
])
def test_round_thirty_reads_texts_about_someone_else(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # near texts, read as before
    ("Maz mnie tulcze", "danger"),
    ("wolę nie pisać, nie chcę więcej smsów", "stop"),
    ("Poznańska, jaki numer telefonu?", "contact"),
    ("czy jutro przywiozą węgiel?", "heating"),
    ("ktoś od 800+?", "child_benefit"),
    ("jaki numer do pracownika socjalnego?", "contact"),
    ("chcę odwiedzić mamę, do której jesteście?", "hours"),  # the writer's own visit asks no help
    ("Kiedyś tata pił, od roku trzeźwy, ale znowu pije. Czy dostanie pomoc na opał?", "heating+addiction"),
    ("Dawniej pił, od 2 lat trzeźwy, czy jest jakaś terapia dla rodziny?", "addiction"),
    ("Przed laty pił, od 5 lat trzeźwy", "addiction"),
    ("czy paczki są od Kowalskich?", "food"),
])
def test_round_thirty_near_texts_as_before(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger kept beside the new readings
    "Kiedyś pił i bił, od 5 lat trzeźwy, a teraz znowu mnie bije",
    "mąż mnie bije, od Nowaków",
    "babcia leży na podłodze, niech ktoś ją odwiedzi",
    "czy jutro można złożyć wniosek? mąż mnie bije",
    "dzieci bez butów na mrozie same w domu",
])
def test_round_thirty_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_thirty_never_makes_a_refusal_a_request(lines):
    assert read(lines, "nie chcę więcej smsów, wolę nie pisać") == ("stop", "pl")
    assert read(lines, "proszę więcej nie pisać, od rodziny Nowaków") == ("stop", "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("wszystkim będzie lepiej beze mnie", [DANGER]),
    ("tata jest pod tlenem a od rana nie ma prądu", [DANGER]),
    ("mama z Tulc nie ma internetu, proszę o numer do pracownika", [CONTACT]),
    ("Poznańska, który numer?", [CONTACT]),
    ("Czy pracownik socjalny mógłby odwiedzić mamę? Mieszkam za granicą.", [HELP]),
    ("Wesołych Świąt dla całego ośrodka od rodziny Kowalskich 🎄", [THANKS]),
    ("czy w środę mogę złożyć wniosek o zasiłek", ["W środę 2 grudnia: 7:00–15:00.\nTeraz otwarte do 15:00.\n" + HOURS, HELP]),
])
def test_round_thirty_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_round_thirty_call_back_beside_writing_declined_through_the_webhook(make_app):
    replies = post_sms(make_app(TUESDAY_OPEN), "Proszę o telefon, wolę nie pisać o tym w smsie.")
    assert replies[0].startswith(SAVED) and replies[-1] == PRIVACY_CALLBACK
