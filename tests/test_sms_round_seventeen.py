"""Issue 27, round seventeen of SMS understanding (docs/sms.md, "Round seventeen"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev18) and the near texts that must not
change, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import ADDICTION, DANGER, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # a small child shut out of its home, on the stairs or at the door, without a coat or barefoot, is danger (round
    # nine's CHILD_EXPOSED, now also indoors on the stairs and with the door not opened to it)
    ("mały sąsiadów siedzi na klatce w samej koszulce i płacze", "danger"),
    ("dzieci sąsiadów stoją pod drzwiami bez kurtek, matka ich nie wpuszcza", "danger"),
    ("chłopczyk z trzeciego piętra boso na schodach, ojciec pijany nie otwiera", "danger"),
    ("dziewczynka sąsiadów bez czapki pod drzwiami od godziny", "danger"),
    # near: a coat missing, or children on the stairs, with nothing of the other sign, is not
    ("dziecko bez kurtki poszło do szkoły, czy jest zasiłek na ubrania", "help"),
    ("dzieci bawią się na klatce, czy jutro jesteście", "hours"),
    ("synek nie ma kurtki na zimę, czy są paczki z ubraniami", "help"),
    ("dzieci sąsiadów zawsze bez czapki chodzą do szkoły, czy dajecie ubrania", "help"),
    ("dziecko zostawiło kurtkę pod drzwiami, do której jesteście", "hours"),
    # a family signing with its surname after a sentence mark is who writes, as a first name is
    ("Dziękujemy za opał, rodzina Nowaków", "thanks"),
    ("Wesołych świąt dla całej opieki. Rodzina Kaczmarków", "thanks"),
    ("dziekujemy za pomoc przy mamie. Panstwo Nowakowie", "thanks"),
    ("Dziękujemy serdecznie! Państwo Kowalscy", "thanks"),
    # near: the family inside the sentence, or a question beside the signature, is read as before
    ("Rodzina Nowaków nie ma co jeść od trzech dni", "danger"),
    ("dziękuję, a rodzina Kowalskich dostała już opał?", "heating"),
    ("czy rodzina zastępcza dostanie zasiłek. Rodzina Nowaków", "help"),
    ("jak dojechać? Rodzina Nowaków", "contact"),
    # work skipped beside drinking is the drinking's sign, no job asked about
    ("syn pije i nie chodzi do pracy, jak go namówić na leczenie", "addiction"),
    ("mąż chla i do roboty nie chodzi, co robić", "addiction"),
    ("ojciec pije, nie poszedł do pracy od tygodnia, gdzie jest terapia", "addiction"),
    # near: a job lost, or work missed with money asked, still asks about work or money
    ("mąż pije i stracił pracę, co możemy dostać", "help+addiction"),
    ("nie chodzę do pracy bo jestem chora, czy jest zasiłek", "help"),
    ("straciłem pracę, gdzie urząd pracy", "help"),
    ("jutro idziecie do roboty?", "hours"),
    # only whether this is the office, by its popular names, its number or its village: the keyword list, which names
    # the office
    ("czy to ośrodek pomocy społecznej?", "menu"),
    ("Dzień dobry, to OPS Kleszczewo?", "menu"),
    ("czy to jest dobry numer do opieki", "menu"),
    ("czy tu jest ops", "menu"),
    # near: anything asked beside it is read as before
    ("czy to opieka daje opał?", "help"),
    ("czy to numer do opieki? proszę o adres", "contact"),
    ("numer do opieki poproszę", "contact"),
    ("czy opieka pomaga przy opale", "help"),
    ("czy to opieka społeczna przyjmuje w piątek?", "hours"),
    # the joy a thanked help brought, told in a part of its own, and when the thing was done, are part of the thanks
    ("dziękuję za paczkę, dzieci bardzo się ucieszyły", "thanks"),
    ("Dziękujemy za wizytę pani Ani u taty w piątek, tata był bardzo zadowolony", "thanks"),
    ("dziekuje za opal przed swietami, babcia szczesliwa", "thanks"),
    ("dziękuję za paczkę wczoraj, wnuki były zadowolone", "thanks"),
    # near: joy not thanked for, denied, or beside a question or another matter, is read as before
    ("mama szczęśliwa bo dostała opiekunkę, ile to kosztuje", "care"),
    ("dziękuję za wizytę, tata zadowolony, a kiedy pani przyjdzie znowu", "hours+help"),
    ("dziękuję za paczkę, dzieci się ucieszyły, mąż znowu pije", "food+addiction"),
    ("dziękuję za paczkę, ale mama nie była zadowolona, czy jest coś innego", "food"),
    ("dziękuję za paczkę przed świętami, a kiedy będzie następna", "food"),
    ("dziękuję, a czy w piątek jesteście", "hours"),
])
def test_round_seventeen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: a child shut out stays danger with or without a coat named, and harm beside a thanks or a
    # family's signature stays danger
    "dziecko sąsiadów siedzi na klatce boso, mróz",
    "dziękuję za paczkę, mama zadowolona, ale mąż znowu mnie bije",
    "mąż mnie bije. Rodzina Nowaków",
    "syn pije, nie chodzi do pracy i grozi, że mnie zabije",
])
def test_round_seventeen_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("dzieci sąsiadów stoją pod drzwiami bez kurtek, matka ich nie wpuszcza", [DANGER]),
    ("Dziękujemy za opał, rodzina Nowaków", [THANKS]),
    ("mąż chla i do roboty nie chodzi, co robić", [ADDICTION]),
    ("czy to ośrodek pomocy społecznej?", [MENU]),
    ("dziękuję za paczkę, dzieci bardzo się ucieszyły", [THANKS]),
])
def test_round_seventeen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_seventeen_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.which_office is not None and UKRAINIAN.which_office is None
    assert POLISH.joy and UKRAINIAN.joy == frozenset()
    assert POLISH.thanked_when is not None and UKRAINIAN.thanked_when is None
