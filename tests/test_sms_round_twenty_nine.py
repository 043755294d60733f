"""Issue 27, round twenty-nine of SMS understanding (docs/sms.md, "Round twenty-nine"): texts that tell a bit of the
resident's situation beside what they need (ivr/textline/situation.py). Each general reading with texts of its family it
must catch (written for these tests, not the tuning rows of set dev31) and the near texts that must not change, danger
kept beside the new readings, and the readings played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import ADDICTION, CONTACT, DANGER, HOURS, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body", [
    # the house cold (no fuel, a cold stove, a few degrees indoors) beside someone who stopped eating or drinking
    "piec zimny, w domu 9 stopni, tata nie chce jeść ani pić",
    "nie ma czym palić, w izbie zimno jak diabli, dziadek od rana nie je",
    "opału już nie mamy, mama leży i nie je od dwóch dni",
    "Nie mamy opału od kilku dni, w kuchni zimno. Babcia nic nie je od wczoraj.",
])
def test_round_twenty_nine_reads_cold_and_not_eating_as_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body", [
    # living itself too hard, in the word order the danger list's "nie dam rady dalej żyć" did not hold
    "nie dam rady żyć",
    "nie daję już rady tak żyć, wszystko mi jedno",
    "nic nie chcę już, nie dam rady żyć. nie trzeba odpisywać",
])
def test_round_twenty_nine_reads_living_too_hard_as_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body,topic", [
    # near it: living on an income
    ("za 1400 zł nie dam rady żyć, czy jest zasiłek", "help"),
    ("nie dam rady żyć za tę rentę, proszę o pomoc", "help"),
    ("z tej renty nie dam rady żyć", "menu"),
])
def test_round_twenty_nine_near_living_too_hard(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # near the cold and not eating: the fuel asked beside a child who will not eat meat; the cold alone; not eating alone
    ("nie mamy opału, czy jest dodatek węglowy? dziecko nie je mięsa", "heating"),
    ("piec zimny od rana, czy ktoś przywiezie węgiel", "heating"),
    ("mama nie chce jeść, czy jest opiekunka", "care"),
])
def test_round_twenty_nine_near_the_cold_house(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # a fracture told as over ("po złamaniu"): a care need, no danger
    ("mama jest po złamaniu nogi, potrzebuje opiekunki do domu", "care"),
    ("tata po złamaniu ręki, czy można dostać pomoc w domu", "care"),
    # a thanks or greeting with a story, asking nothing
    ("Dziękuję za pomoc z dokumentami do DPS, tata już przyjęty. Z poważaniem, Marek", "thanks"),
    ("Dziękuję za pomoc. Nie trzeba odpisywać.", "thanks"),
    ("Dziękuję za paczkę, dzieci się cieszyły jak nie wiem. Wesołych Świąt!", "thanks"),
    ("Szczęść Boże, nic nie potrzebuję, tylko chciałam napisać. Halina", "thanks"),
    # a harm told as over, the writer saying they write only to thank
    ("Dawno temu mąż mnie bił, teraz jest spokój. Piszę tylko, żeby podziękować pani Ani.", "thanks"),
    # the only question whether the text reached the office, beside a story
    ("Nie wiem czy dobrze piszę. Czy to opieka społeczna?", "menu"),
    ("Nie wiem, czy dobrze trafiłam, syn mi dał ten numer. Czy to jest gmina?", "menu"),
    # someone there asked beside the matter named: the hours too
    ("Mam pytanie o 800+. Czy jest ktoś jutro?", "hours+child_benefit"),
    ("Zasiłek stały nie przyszedł w tym miesiącu. Czy w piątek ktoś będzie na miejscu?", "hours+help"),
    # the writer's hearing by phone is why they write, not the number asked
    ("nie słyszę przez telefon, dlatego piszę. do której jesteście?", "hours"),
    ("przez telefon nic nie słyszę, proszę o godziny", "hours"),
    # a call that does not go through is no one who does not leave the house
    ("proszę o numer, bo na stacjonarny mi nie wychodzi", "contact"),
    ("na komórkę nie wychodzi mi połączenie, jaki jest inny numer?", "contact"),
    # "leży" beside the drinking: lying drunk, no care need
    ("syn pije i leży całe dni, czy komisja coś poradzi", "addiction"),
    # the writer's reason after "bo" naming another office's place or matter: why a time suits, not that matter
    ("do której jesteście, bo muszę jeszcze na pocztę", "hours"),
    ("czy jutro jesteście? bo po południu idę do kościoła", "hours"),
    ("kiedy mogę przyjść? rano, bo po południu krowy", "hours"),
    ("gdzie jest ośrodek, bo muszę jeszcze do apteki", "contact"),
])
def test_round_twenty_nine_reads_the_situation_apart(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # near the thanks with a story: a question or a matter beside it is read as before
    ("Dziękuję za paczkę, wnuki się cieszyły jak nie wiem. A kiedy będzie następna?", "food"),
    ("Dziękuję za pomoc, nic nie potrzebuję, ale mąż znowu pije", "addiction"),
    ("dziękuję za paczkę, sprawa załatwiona, ale potrzebny jeszcze opał", "help"),
    ("Z poważaniem. Proszę o adres ośrodka.", "contact"),
    # near the harm over: a matter asked beside it
    ("Kiedyś mąż pił i bił, teraz jest spokój. Jak zgłosić brata do komisji?", "addiction"),
    # near the office doubt: a matter asked or named beside it
    ("Nie wiem czy dobrze piszę, potrzebuję opału. Czy to gmina?", "heating"),
    ("Czy to gmina? Mąż pije i nie wiem co robić.", "addiction"),
    # near someone there: someone who would help, told that nobody answers, someone for a matter
    ("dzwonię od rana o zasiłek i nikt nie odbiera", "help"),
    ("czy ktoś od 800+ będzie jutro?", "child_benefit"),
    # near the hearing and the call: the number asked in words stays asked; not leaving the house is care
    ("nie słyszę przez telefon, podajcie numer komórki do pani kierownik", "contact"),
    ("nie słyszę dobrze, proszę o telefon do ośrodka", "contact"),
    ("mama nie wychodzi z domu, potrzebuje opiekunki", "care"),
    # near the reason: the other office's matter asked ("pytam o", its own question), or asked alone
    ("czy jutro jesteście, bo pytam o pasterkę", "menu"),
    ("o której pasterka, bo chcę iść", "menu"),
    ("gdzie wyrobić dowód, bo mi się kończy", "menu"),
    # a matter of the office's own in the reason is read as before
    ("do której jesteście, bo mąż pije i nie wiem co robić", "hours+addiction"),
    ("gdzie jesteście, bo syn znowu pije pod sklepem", "contact+addiction"),
    # near "leży": lying after a stroke beside the drinking, or lying alone, is care
    ("mąż pije, a teściowa leży po udarze, potrzebna opiekunka", "care+addiction"),
    ("mama leży, czy jest opiekunka", "care"),
])
def test_round_twenty_nine_near_texts_as_before(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger kept beside the new readings: a fracture now, lying on the floor; a harm now beside "only to thank"
    "mama upadła i złamała biodro, leży",
    "jestem po złamaniu biodra, leżę na podłodze i nie mogę wstać",
    "mąż mnie bije, piszę tylko żeby podziękować",
    "już nic nie chcę, nie chce mi się żyć. nie trzeba odpisywać",
])
def test_round_twenty_nine_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_nine_never_makes_a_refusal_a_request(lines):
    # a refusal stays a refusal beside the new readings
    assert read(lines, "nic nie potrzebuję, proszę więcej nie pisać") == ("stop", "pl")
    assert read(lines, "nie słyszę przez telefon, proszę nie dzwonić")[0] not in ("callback", "start")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("piec zimny, w pokoju 7 stopni, dziadek nie chce jeść ani pić", [DANGER]),
    ("Dziękuję za pomoc. Nie trzeba odpisywać.", [THANKS]),
    ("Nie wiem czy dobrze piszę. Czy to opieka społeczna?", [MENU]),
    ("nie słyszę przez telefon, dlatego piszę. do której jesteście?", ["Teraz otwarte do 15:00.\n" + HOURS]),
    ("proszę o numer, bo na stacjonarny mi nie wychodzi", [CONTACT]),
    ("syn pije i leży całe dni, czy komisja coś poradzi", [ADDICTION]),
    ("do której jesteście, bo muszę jeszcze na pocztę", ["Teraz otwarte do 15:00.\n" + HOURS]),
])
def test_round_twenty_nine_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
