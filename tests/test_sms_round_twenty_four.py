"""Issue 27, round twenty-four of SMS understanding (docs/sms.md, "Round twenty-four"): each general reading of a kind
of writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev25) and the
near texts that must not change, danger kept beside the new readings, and the readings played through the real /sms
webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import ADDICTION, CONTACT, DANGER, HOURS, MENU
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # "tylko" inside a danger phrase ("leży i tylko jęczy" is "leży i jęczy"); near: lying in bed asking for care
    ("tata leży i tylko jęczy od rana", "danger"),
    ("babcia leży i tylko stęka, nie wiem co robić", "danger"),
    ("mama leży tylko w łóżku, potrzebna opiekunka", "care"),
    # the stove or heating broken is no fuel beside small children cold or ill; near: the broken stove alone
    ("piec się zepsuł, dzieci śpią w kurtkach, mały kaszle", "danger"),
    ("ogrzewanie nie działa od wczoraj, maluchy chodzą w czapkach i kaszlą", "danger"),
    ("kocioł nie działa, mała śpi w kurtce i ma gorączkę", "danger"),
    ("piec zepsuty, czy gmina pomoże z naprawą", "help"),
    # someone not getting up in a house without fuel or heating; near: not getting up alone, no fuel alone
    ("nie ma opału, dziadek już nie wstaje z łóżka", "danger"),
    ("ogrzewanie padło, tata nie wstaje od dwóch dni", "danger"),
    ("tata nie wstaje z łóżka, potrzebna opiekunka", "care"),
    ("nie mamy czym palić, czy jest pomoc na opał", "heating"),
    # someone old not seen for days and not opening; near: a worker or a son not seen, nobody unreachable
    ("starsza sąsiadka, nie widziałam jej trzy dni, nie otwiera", "danger"),
    ("nie widziałam pani z opieki od tygodnia, kiedy przyjdzie?", "hours"),
    ("nie widziałem syna dwa tygodnie, mieszka w Poznaniu, jak dostać pomoc", "help"),
    # "him" raging at home and calls refused; near: calls refused alone, shouting with no call refused
    ("partner wrzeszczy od godziny, proszę nie dzwonić", "danger"),
    ("on się drze w kuchni, nie oddzwaniajcie", "danger"),
    ("proszę nie dzwonić, tylko napisać godziny", "hours"),
    ("syn krzyczy przez sen, czy jest psycholog dla dzieci", "addiction"),
    # a text asked with what it should tell is that; near: texts asked alone (start)
    ("proszę o sms z godzinami", "hours"),
    ("proszę o smsa z adresem", "contact"),
    ("proszę o sms", "start"),
    # "przyjmuje też" before a day asks the hours; near: whom one accepts
    ("czy psycholog przyjmuje też w soboty?", "hours+addiction"),
    ("czy komisja przyjmuje również w każdy czwartek", "hours+addiction"),
    ("czy komisja przyjmuje też rodziny", "addiction"),
    # a name and a second-person verb is meant for someone close; near: the office asked beside it
    ("Tomek zrobisz zakupy jak będziesz wracał", "menu"),
    ("Kasia zrobisz zakupy? a do której jesteście", "hours+care"),
    # a fear of losing a home or a job is no danger; near: beside a harm or children feared lost
    ("syn pije, boję się, że stracimy mieszkanie, gdzie jest komisja", "addiction"),
    ("mąż pije, boję się że stracę pracę przez niego, co robić", "addiction"),
    # a bill's cut-off or a bailiff threatened is no danger
    ("grożą nam odcięciem gazu, czy pomożecie z rachunkiem", "heating"),
    ("przyszedł rachunek 900 zł, straszą komornikiem, czy jest pomoc", "help"),
    # where and the days or hours asked together ask the place too; near: where alone beside the matter
    ("gdzie jest komisja i w jakie dni przyjmuje", "hours+contact+addiction"),
    ("gdzie się zgłosić po paczkę i w jakich godzinach", "hours+contact+food"),
    ("gdzie jest komisja", "addiction"),
    # what the office handles asked about another office's matter is that office's; near: this office's matter
    ("czy u was można załatwić paszport?", "menu"),
    ("czy u was można załatwić zasiłek celowy", "help"),
    ("co można u was załatwić", "help"),
])
def test_round_twenty_four_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: a fear of loss or a threat beside a harm, children feared lost, a threat to the writer,
    # someone lying and not getting up, a call refused beside a blow
    "boję się, że stracę mieszkanie, bo mąż mnie bije",
    "boję się że stracę dzieci, on grozi",
    "mąż grozi mi, nie zapłaciłam rachunku",
    "grożą mi że mnie pobiją za długi",
    "boję się, że stracę mieszkanie, a on mówi że mnie zabije",
    "mama leży i nie wstaje od wczoraj",
    "czy u was można załatwić paszport? mąż mnie bije",
    "Tomek zrobisz zakupy? on mnie bije, pomocy",
])
def test_round_twenty_four_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_four_never_makes_a_refusal_a_request(lines):
    # texts and calls refused stay refused, whatever else the text asks
    assert read(lines, "nie piszcie już do mnie") == ("stop", "pl")
    assert read(lines, "proszę nie dzwonić, tylko napisać godziny")[0] not in ("callback", "start")
    assert read(lines, "proszę o sms z godzinami")[0] != "start"


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("ogrzewanie padło, babcia już nie wstaje", [DANGER]),
    ("partner wrzeszczy w pokoju, proszę nie oddzwaniać", [DANGER]),
    ("Tomek zrobisz zakupy jak będziesz wracał", [MENU]),
    ("czy u was można załatwić paszport?", [MENU]),
    ("proszę o sms z adresem", [CONTACT]),
    ("czy komisja przyjmuje też w czwartki?", ["W czwartek 3 grudnia: 7:00–15:00.\nTeraz otwarte do 15:00.\n" + HOURS,
                                               ADDICTION]),
])
def test_round_twenty_four_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_twenty_four_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.handled_asked is not None and UKRAINIAN.handled_asked is None
