"""Issue 27, round thirteen of SMS understanding (docs/sms.md, "Round thirteen"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev13) and the near texts that would
break it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import ADDICTION, CONTACT, DANGER, HEATING, HELP, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # bills or prices that "kill" the writer are a figure of speech; a person who will kill is danger
    ("te opłaty mnie zabijają, czy jest jakaś pomoc", "help"),
    ("raty mnie dobijają, czy dostanę zasiłek", "help"),
    ("czynsz mnie zabija", "menu"),
    ("mąż mnie zabije", "danger"),
    ("zabije mnie jak się dowie", "danger"),
    # a past winter or year told is over; a danger now, or one that goes on, stays danger
    ("zeszłego roku sąsiadka zamarzła, czy dajecie opał starszym", "heating"),
    ("ubiegłej zimy dziadek zamarzł, czy ktoś przychodzi do starszych sprawdzić", "help"),
    ("sąsiadka zamarza, nie ma opału", "danger"),
    ("zeszłej zimy mnie pobił, a teraz znowu grozi", "danger"),
    ("w zeszłym roku mnie pobił, teraz przychodzi pod dom", "danger"),
    # not wanting to be in this world is danger; the world named otherwise, or a death told, is not
    ("nie chcę już być na tym świecie", "danger"),
    ("nie chce tu byc na tym swiecie", "danger"),
    ("mama odeszła z tego świata, czy jest zasiłek pogrzebowy", "help"),
    ("najlepsza babcia na świecie", "menu"),
    ("straszne rzeczy dzieją się na tym świecie", "menu"),
    ("czy w święta jesteście", "hours"),
    # a phone played with asks for no number; the number asked for still is
    ("sorry, wnuk się bawił moim telefonem", "menu"),
    ("mała bawiła się komórką", "menu"),
    ("bawił się telefonem, a jaki macie numer?", "contact"),
    ("jaki jest telefon do was", "contact"),
    ("podajcie wasz numer", "contact"),
    # a pension raised by ZUS is ZUS's matter; ZUS paying 800+, or a small pension beside a benefit, is this office's
    ("czy ZUS podniesie rentę w marcu", "menu"),
    ("ile wyniesie waloryzacja emerytury", "menu"),
    ("czy ZUS wypłaca 800 plus", "child_benefit"),
    ("czy dostanę zasiłek, bo emerytura mała", "help"),
    # his pay lost to drink or gambling, and someone to talk with the drinker, say no more than the addiction; a
    # benefit asked for beside them is help too
    ("mąż przepija całą wypłatę, czy jest terapia", "addiction"),
    ("brat przegrywa wypłatę w zakładach, co robić", "addiction"),
    ("żeby ktoś porozmawiał z mężem o piciu", "addiction"),
    ("syn pije, czy ktoś z nim pogada", "addiction"),
    ("syn przegrał wypłatę w kasynie, a ja potrzebuję zasiłku", "help+addiction"),
    ("tata pije, żeby ktoś z nim porozmawiał i czy dostanę zasiłek", "help+addiction"),
    ("kiedy wypłata zasiłku", "help"),
    # nothing to live on is money asked for, also beside the drinking; nothing to eat stays danger
    ("mąż pije, nie mamy za co żyć", "help+addiction"),
    ("nie mam z czego żyć, renta nie przyszła", "help"),
    ("nie mam co jeść", "danger"),
    # the office named with "ten", "wasz" between is where it is, beside a topic too
    ("a gdzie jest wasze biuro i czy pomagacie z węglem", "contact+heating"),
    ("gdzie jest ta opieka", "contact"),
    # "co", "który" right before what arrived is "which"; a question after a thanks still asks
    ("dziękuję za węgiel, co przywieźli wczoraj", "thanks"),
    ("dziękuję za opał, który przywieźli", "thanks"),
    ("dziękuję za paczkę co dostałam", "thanks"),
    # help received told in the past beside a thanks, asking nothing; denied, asked on, or danger now, it is not
    ("pani Basia bardzo nam pomogła przy wniosku, dziękujemy", "thanks"),
    ("mama już nie pije, terapia pomogła, dziękuję", "thanks"),
    ("dwa lata temu mąż mnie bił, pani z ośrodka mi pomogła, dziękuję", "thanks"),
    ("nikt mi nie pomógł, dziękuję", "help"),
    ("pomogliście z opałem, dziękuję, a kiedy następna dostawa?", "heating"),
    ("komisja pomogła, dziękuję, potrzebuję jeszcze pomocy z synem", "addiction"),
    ("mąż mnie bije, pani Ania mi pomogła, dziękuję", "danger"),
    ("w zeszłym roku mnie pobił, dziękuję", "help"),
    ("chcę tylko podziękować pani Ani", "thanks"),
    # a call-back declined beside a thanks asks nothing; without a thanks round ten's keyword list; asked, a call-back
    ("nie trzeba dzwonić, wszystko załatwione, dziękuję", "thanks"),
    ("nie trzeba oddzwaniać, dziękuję za pomoc z zasiłkiem", "thanks"),
    ("proszę nie dzwonić, pomoc już dostałam, dziękuję", "thanks"),
    ("Proszę nie dzwonić, dziękuję, ale proszę o godziny", "hours"),
    ("nie trzeba oddzwaniać, już wiem", "menu"),
    ("proszę nie dzwonić, dziękuję, jaki jest adres?", "contact"),
    ("dziękuję, proszę zadzwonić", "callback"),
])
def test_round_thirteen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("te rachunki mnie zabijają, czy jest jakaś pomoc?", [HEATING]),  # bills: the energy allowance
    ("zeszłej zimy sąsiad zamarzł, czy dajecie węgiel starszym", [HEATING]),
    ("nie chcę już być na tym świecie", [DANGER]),
    ("przepraszam, wnuczek bawił się telefonem", [MENU]),
    ("czy ZUS podniesie emeryturę od marca", [MENU]),
    ("ojciec przegrywa wypłatę na automatach, co robić", [ADDICTION]),
    ("żona pije, nie mamy z czego żyć", [HELP, ADDICTION]),
    ("gdzie jest ten ośrodek?", [CONTACT]),
    ("dziękuję za opał, co przywieźli", [THANKS]),
    ("w zeszłym roku syn mnie bił, pani kierownik bardzo pomogła, dziękuję", [THANKS]),
    ("nie trzeba już oddzwaniać, dziękuję za pomoc z wnioskiem", [THANKS]),
])
def test_round_thirteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_thirteen_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.helped and UKRAINIAN.helped == frozenset()
    assert POLISH.relative and UKRAINIAN.relative == frozenset()
    assert POLISH.requests and UKRAINIAN.requests == frozenset()
