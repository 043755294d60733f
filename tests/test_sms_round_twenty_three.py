"""Issue 27, round twenty-three of SMS understanding (docs/sms.md, "Round twenty-three"): each general reading of a kind
of writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev24) and the
near texts that must not change, danger kept beside the new readings, and the readings played through the real /sms
webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, HOURS, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # pills put by, and nobody left to live for, are danger; near: money put by, nobody to cook for
    ("tabletki mam odłożone w kuchni, jutro to zrobię", "danger"),
    ("odłożyłam tabletki, wszystkie, i czekam", "danger"),
    ("po śmierci męża nie mam dla kogo żyć", "danger"),
    ("nie ma już dla kogo żyć, dzieci daleko", "danger"),
    ("mam odłożone pieniądze na opał, kiedy składać wniosek", "help"),
    ("nie mam dla kogo gotować, czy paczki są dla samotnych", "food"),
    # the writer not wanting to wait in the frost asks the hours; near: someone out in the frost
    ("żebym nie musiała stać na mrozie, od której jesteście w piątek?", "hours"),
    ("do której jesteście? nie chcę czekać na mrozie", "hours"),
    ("mama stoi na mrozie pod drzwiami i nie chce wejść", "danger"),
    ("dziadek siedzi na mrozie, nie chce stać ani iść", "danger"),
    # someone afraid of the writer beside the writer's own drinking is the addiction; near: fear for someone else
    ("dzieci się mnie boją jak wypiję, chcę rzucić picie, gdzie iść", "addiction"),
    ("jestem alkoholikiem, żona się mnie boi, co robić", "addiction"),
    ("syn się mnie boi, bo mąż go bije", "danger"),
    ("chcę przestać pić, ale boję się męża", "danger"),
    # the office's genuine number asked beside a scam told is the number only; near: no scam told
    ("dostałam sms, że mam zapłacić blikiem za opał, jaki jest wasz oficjalny numer?", "contact"),
    ("ktoś się podszywa pod opiekę, podajcie prawdziwy numer", "contact"),
    ("jaki jest wasz prawdziwy numer, bo chcę zapytać o opał", "heating"),
    # all the ladies of the office greeted is a greeting; near: a matter asked beside it
    ("pozdrawiam wszystkie panie z ośrodka", "thanks"),
    ("pozdrawiamy serdecznie wszystkie panie z opieki, Wesołych Świąt", "thanks"),
    ("witam wszystkie panie z opieki, jest pomoc z opałem?", "help"),
    # betting with a word between is the addiction; near: a workplace ("zakład"), danger beside it
    ("mąż gra w te zakłady i długi robi", "addiction"),
    ("syn grał w jakieś zakłady, gdzie go wysłać na leczenie", "addiction"),
    ("mąż pracuje w zakładzie, do której jesteście", "hours"),
    ("mąż gra w jakieś zakłady i mnie bije", "danger"),
    # lying about drinking is no one bedridden; near: lying in bed drinking water, lying and not getting up
    ("ojciec tylko leży i pije, gdzie jest komisja", "addiction"),
    ("tata leży pijany cały dzień, jak mu pomóc", "addiction"),
    ("mama leży w łóżku i pije tylko wodę, potrzebna opiekunka", "care"),
    ("mama leży i nie wstaje od wczoraj", "danger"),
    # whether a number the writer has is still current asks the address card; near: a matter or another number current
    ("czy ten numer jest aktualny?", "contact"),
    ("czy numer z kartki jest jeszcze aktualny", "contact"),
    ("czy zasiłek jest nadal aktualny?", "help"),
    ("numer wniosku mam, czy on aktualny", "menu"),
    # who answers asked, or who the number is, the rest asking nothing, is the keyword list; near: a matter beside it,
    # a person asked to talk to
    ("czy piszę z żywym człowiekiem czy z botem", "menu"),
    ("kto to jest, mam ten numer zapisany jako opieka", "menu"),
    ("kto to jest? mam numer zapisany jako ośrodek", "menu"),
    ("kto to jest, do której jesteście?", "hours"),
    ("czy to bot? a jaki macie adres", "contact"),
    ("chcę porozmawiać z człowiekiem", "contact"),
    # what there was in the thing thanked for is part of the thanks; near: what there was not, a question
    ("dziękuję za paczkę, były nawet słodycze", "thanks"),
    ("dzięki za obiady, był też kompot", "thanks"),
    ("Bóg zapłać za opał, nawet drewno było", "thanks"),
    ("dziękuję za paczkę, nawet nie było cukru", "food"),
    ("dziękuję za paczkę, czy też były koce?", "help"),
    # tears of joy in a thanks are part of it; near: weeping with a lack told, nobody remembering
    ("dziękuję za paczkę, dzieci płakały ze szczęścia", "thanks"),
    ("dziękuję za paczkę, mama płakała całą noc, nie ma opału", "help"),
    ("dziękuję za paczkę, mama płakała, że nikt o niej nie pamięta", "food"),
    # the writer's own move told with its time asks no hours, where the writer is kept from someone asks no address;
    # near: the hours asked beside a move, the writer lost, the office's place asked
    ("wychodzę ze szpitala po świętach, od czego zacząć żeby dostać pomoc", "help"),
    ("wyprowadzam się po nowym roku do siostry, od czego zacząć z pomocą", "help"),
    ("nie chcę żeby on wiedział gdzie jestem, od czego zacząć żeby dostać pomoc", "help"),
    ("od czego zacząć żeby dostać pomoc? nie chcę żeby mąż wiedział gdzie jestem", "help"),
    ("czy po nowym roku jesteście otwarci?", "hours"),
    ("przeprowadzam się po nowym roku, do której jesteście?", "hours"),
    ("nie wiem gdzie jestem, zabłądziłam", "danger"),
    ("gdzie jesteście?", "contact"),
])
def test_round_twenty_three_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: a fear without its sign or beside a harm, the frost beside someone out in it, a move or a
    # who-answers question beside a harm, betting or drinking beside a threat
    "boję się oddzwonić na tamten numer bo on mnie znajdzie",
    "dzwonił niby pan z opieki, boję się oddzwaniać na tamten, mąż mnie bije",
    "boję się dzwonić na ten numer, on sprawdza telefon",
    "nie chce stać na mrozie, stoi na mrozie bo jej nie wpuszcza",
    "wyprowadzam się po świętach, mąż mnie bije",
    "kto to? pomocy on mnie bije",
    "mąż leży pijany i grozi, że mnie zabije",
    "dziękuję za paczkę, były nawet słodycze, ale mąż mnie bije",
    "chcę przestać pić, dzieci się mnie boją, a żona mnie bije",
])
def test_round_twenty_three_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_three_reads_no_danger_or_call_back_in_a_feared_number_after_a_scam(lines):
    # the number feared is no danger and asks no call-back, whatever the rest of the text is read as
    for body in ("dzwoniła pani niby z gopsu, że mam przelać pieniądze, boję się oddzwonić na ten numer",
                 "ktoś pisał, że jest z opieki i chce przelewu na konto, boimy się odpisać na ten numer"):
        assert read(lines, body)[0] not in ("danger", "callback")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("nie ma dla kogo żyć, tabletki mam odłożone", [DANGER]),
    ("czy to jakiś bot? 🤖", [MENU]),
    ("czy ten numer jest aktualny?", [CONTACT]),
    ("dziękuję za paczkę, były nawet słodycze", [THANKS]),
    ("od której jesteście? nie chcę czekać na mrozie", ["Teraz otwarte do 15:00.\n" + HOURS]),
])
def test_round_twenty_three_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_twenty_three_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.fear_not_danger and not UKRAINIAN.fear_not_danger
    assert POLISH.genuine_number is not None and UKRAINIAN.genuine_number is None
    assert POLISH.number_current is not None and UKRAINIAN.number_current is None
    assert POLISH.who_answers is not None and UKRAINIAN.who_answers is None
