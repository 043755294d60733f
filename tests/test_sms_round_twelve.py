"""Issue 27, round twelve of SMS understanding (docs/sms.md, "Round twelve"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev12) and the near texts that would
break it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_eleven import ADDICTION, PRIVACY_CALLBACK, SAVED
from test_sms_round_ten import CONTACT, DANGER, STOP, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # struck off the list as well as removed; another office's waiting list is no stop
    ("proszę skreślić ten numer z listy", "stop"),
    ("wykreślcie mnie z listy", "stop"),
    ("skreslcie moj numer", "stop"),
    ("prosze mnie wykreslic z listy oczekujacych na dps, mama zmarla", "care"),
    # asked to get in touch; told nobody did, or asked whether someone will, is no request of a call
    ("niech pani się do mnie odezwie", "callback"),
    ("prosze sie odezwac w sprawie opalu", "callback"),
    ("odezwijcie się jak będziecie mogli", "callback"),
    ("kierowniczka niech się odezwie", "callback"),
    ("czy ktos sie odezwie w sprawie wniosku?", "menu"),
    # a call declined by its noun, the rest asked; the verb still asks
    ("nie chcę żadnego oddzwaniania, proszę tylko godziny", "hours"),
    ("nie potrzebuje dzwonienia, wystarczy adres", "contact"),
    ("proszę oddzwonić", "callback"),
    # "+" between words joins them; after a figure it is the programme's
    ("adres + godziny", "hours+contact"),
    ("godziny+tel", "hours+contact"),
    ("czy 800+ dostanę na wnuczkę", "child_benefit"),
    # someone who handles a matter is whom to ask about it; someone in from a time asks the hours
    ("czy macie kogoś od uzależnień, czy jest ktoś od alkoholu", "addiction"),
    ("czy jest ktoś kto się zajmuje opałem", "help"),
    ("czy jest ktoś od 7", "hours"),
    ("czy jutro jest ktoś od rana", "hours"),
    # "dzięki" with whom it is owed to, and what was received, are what the thanks is for; a need beside it asks
    ("dzięki wam mam węgiel na zimę", "thanks"),
    ("dzięki pani Basi tata ma opiekunkę, Bóg zapłać", "thanks"),
    ("otrzymałam już zasiłek celowy, dziękuję bardzo", "thanks"),
    ("Wesołych Świąt Bożego Narodzenia dla pracowników GOPS", "thanks"),
    ("dziękuję, niech Bóg wynagrodzi", "thanks"),
    ("dzięki pani, ale potrzebuję jeszcze opału", "heating"),
    ("dostałam pismo, dziękuję, ale nie mam pieniędzy na opał", "help"),
    ("dzięki temu zasiłkowi przeżyję, a kiedy następny?", "help"),
    # a drooping face or a weak limb with slurred speech is a stroke; each alone is not
    ("mama ma krzywą twarz i mówi niewyraźnie", "danger"),
    ("dziadek nie może podnieść prawej ręki i bełkocze", "danger"),
    ("opadł mu kącik ust, nie może mówić", "danger"),
    ("mąż ma krzywe zęby, czy pomożecie z dentystą", "help"),
    ("obraz wisi krzywo", "menu"),
    # help asked in haste with him there or at the door; haste alone, or "on" there every day, is not
    ("pomocy pilnie on już tu jest", "danger"),
    ("szybko pomóżcie, on dobija się do drzwi", "danger"),
    ("proszę o szybką pomoc z wnioskiem", "help"),
    ("on tu jest codziennie, czy dostanę pomoc szybko", "help"),
    # a small child left outside on a balcony or before a shop in the cold; a pram alone, or play, is not
    ("mała 2 latka zostawiona na balkonie, minus 10", "danger"),
    ("dziecko 4 latka zostawione przed sklepem na mrozie", "danger"),
    ("zostawiłam wózek na balkonie, mróz", "menu"),
    ("mam minus na koncie, czy dostanę zasiłek", "help"),
])
def test_round_twelve_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("proszę skreślić mój numer", [STOP]),
    ("nie chcę oddzwaniania, tylko adres proszę", [CONTACT]),
    ("czy jest ktoś od alkoholu", [ADDICTION]),
    ("dzięki pani mama ma opiekunkę", [THANKS]),
    ("dostałam już przelew, dziękuję", [THANKS]),
    ("tata ma krzywą buzię i bełkocze", [DANGER]),
    ("ratunku szybko on stoi pod drzwiami", [DANGER]),
    ("sąsiadka zostawiła 3latka na balkonie, jest minus 5", [DANGER]),
])
def test_round_twelve_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


@pytest.mark.parametrize("body", ["niech pani się do mnie odezwie", "proszę się odezwać, sprawa opału"])
def test_asked_to_get_in_touch_is_a_saved_call_back(make_app, body):
    replies = post_sms(make_app(TUESDAY_OPEN), body)
    assert replies[0].startswith(SAVED) and replies[-1] == PRIVACY_CALLBACK


def test_plus_between_words_is_and_but_a_programme_stays():
    from ivr.textline.replies import prepare_polish

    assert prepare_polish("godz otwarcia + nr tel") == "godz otwarcia i nr tel"
    assert prepare_polish("adres+godziny") == "adres i godziny"
    assert prepare_polish("800+ na wnuka") == "800+ na wnuka"
    assert prepare_polish("opał + 800+") == "opał + 800+"  # beside a figure it stays


def test_the_ukrainian_rules_leave_round_twelve_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.someone_for is not None and UKRAINIAN.someone_for is None
    assert POLISH.thanks_to is not None and UKRAINIAN.thanks_to is None
    assert POLISH.received and UKRAINIAN.received == frozenset()
    assert UKRAINIAN.prepare is not POLISH.prepare
