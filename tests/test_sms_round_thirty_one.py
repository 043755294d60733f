"""Issue 27, round thirty-one of SMS understanding (docs/sms.md, "Round thirty-one"): a question first, the danger on the
way (an ordinary question, then a danger now told without its name), and the same shape with no danger now (over,
handled, a worry about the future). Each general reading with texts of its family it must catch (written for these
tests, not the tuning rows of set dev33) and the near texts that must not change, danger kept beside the new readings,
and the readings played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_eleven import PRIVACY_CALLBACK, SAVED
from test_sms_round_ten import CONTACT, DANGER, HELP, HOURS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body", [
    # a small child sick now: a fever or the runs, with drowsiness or no drinking
    "czy są pieluchy z opieki? synek 5 miesięcy od nocy wymiotuje, nic nie chce pić i śpi cały czas",
    "jak się zapisać na paczki? mały ma 3 latka, gorączka od rana, tylko leży i nic nie pije",
    "gdzie jest ośrodek? niemowlę ma biegunkę od wczoraj, suche usta i nawet nie płacze",
    # an engine running in a shut garage with someone in it
    "do której jesteście? brat siedzi w aucie w zamkniętym garażu, silnik pracuje od pół godziny",
    "czy komisja przyjmuje jutro? mąż zamknął się w garażu i włączył silnik w samochodzie",
    # someone drunk at the wheel with a child
    "jaki numer do komisji? zięć pijany wsiadł do auta z dzieckiem i odjechał",
    "gdzie zgłosić pijaka? sąsiad wypity siedzi za kierownicą, a obok jego mały syn",
    # a wound gone bad with a high fever
    "czy jest opiekunka dla taty? po operacji ma 39,5 stopni, a rana ropieje",
    "kiedy jesteście? babcia ma ranę na nodze, rana spuchła i śmierdzi, gorączka 40 st",
    # not up and dazed
    "jaki adres opieki? wujek od rana nie wstał z łóżka i mówi jak przez sen",
    "co oferujecie dla starszych? mama nie wstaje, nie kontaktuje, jest splątana",
    # the writer writing in hiding from someone drunk or raging
    "czy w piątek jesteście? piszę z łazienki, mąż pijany wali w meble",
    "do której dziś? piszę po cichu, on krzyczy w kuchni że nikt stąd nie wyjdzie",
    # no longer anyone's burden, said as the end
    "kiedy przyjmuje psycholog? tata powiedział, że już nie będzie nikomu ciężarem, i wyszedł z domu",
    "syn napisał, że nie będzie już wam ciężarem",
    # a fallen face with speech gone or a limb out of control
    "czy pani z opieki przyjedzie? dziadkowi opadł kącik ust, nic nie mówi od rana",
    "komu zgłosić sprawę babci? twarz jej opadła na jedną stronę, prawa ręka jej lata",
    # someone drunk smoking in bed
    "gdzie jest GKRPA? ojciec pijany pali w łóżku, kołdra już raz się tliła",
    "jak zgłosić na leczenie? brat pije i zasypia z papierosem w łóżku, wczoraj przypalił poduszkę",
])
def test_round_thirty_one_reads_the_danger_on_the_way(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body,topic", [
    # near the sick child: a fever with the child lively, a child who does not cry, a fever of the writer's
    ("czy są paczki? mały ma gorączkę, ale je i bawi się", "food"),
    ("mała 4 miesiące już nie płacze w nocy, czy jest becikowe?", "help"),
    # near the engine: a car started with the garage open, or the engine repaired
    ("do której jesteście? mąż naprawia silnik w garażu", "hours"),
    # near the drunk at the wheel: driving told as over, with no child
    ("jak zgłosić na komisję? sąsiad jeździł pijany, ale zabrali mu prawo jazdy", "addiction"),
    # near the wound: a wound that heals, no fever
    ("czy jest opiekunka dla mamy po operacji? rana się ładnie goi", "care"),
    # near "not up": the flu with the doctor been, nothing of the mind
    ("do której jesteście? teściowa nie wstała wczoraj przez grypę, ale lekarz był i już chodzi", "hours"),
    # near writing in hiding: quietly because a child sleeps
    ("piszę po cichu bo mały śpi, do której jesteście?", "hours"),
    # near the burden: no burden in a home ("w DPS nie będzie nikomu ciężarem"), asking for the home (care)
    ("mama mówi, że w DPS nie będzie nikomu ciężarem, jak to załatwić?", "care"),
])
def test_round_thirty_one_near_the_new_danger(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # a fear for the season or the money ahead
    ("czy jest pomoc na opał? na razie mam węgiel, ale boję się, że na marzec nie starczy", "heating"),
    ("co dajecie dla starszych? tata sobie radzi, ale boję się, co będzie za parę lat", "help"),
    ("jest dodatek do prądu? boję się, że zimą rachunek będzie za duży", "help"),
    ("czy jest pomoc na opał dla mamy? boję się, że jak przyjdą mrozy, to sama nie napali", "heating"),
    # a harm told over by the recovery after it, the question asked first
    ("do której dziś? mama wczoraj zasłabła, ale zabrali ją do szpitala i już lepiej. muszę zanieść dokumenty", "hours"),
    ("gdzie jesteście? brat przewrócił się w zeszłym tygodniu, ale już zdrowy, chcę tylko coś podpisać", "contact"),
    ("czy komisja ma kogoś do rozmowy o piciu? syn przedawkował w zeszłym miesiącu, wzywali pogotowie, ale już zdrowy",
     "addiction"),
    # a harm told as settled
    ("jakie są zasiłki dla samotnej matki? były mi groził, ale to się skończyło, sąd dał mi mieszkanie", "help"),
    ("zadzwońcie do mnie proszę. w październiku była u nas awantura, ale mąż z nami nie mieszka", "callback"),
    # "nikogo" denied; a return to drinking kept off
    ("czy komisja może skierować na leczenie? brat pije, ale nie bije nikogo", "addiction"),
    ("kiedy jest terapeuta? tata trzeźwy od wiosny i chce pogadać, żeby do picia nie wrócić", "addiction"),
    # water frozen
    ("czy pomagacie przy rurach? zeszłej zimy zamarzła woda w rurach", "help"),
    # a hospital's discharge is no stop
    ("jak załatwić opiekunkę? mamę wypisują ze szpitala w poniedziałek", "hours+care"),
    ("tata ma wypis w piątek, a sam nie da rady, czy jest opieka?", "hours+care"),
    # a trip to the chemist's told asks none of its hours
    ("czy jutro jesteście? żona pojechała do apteki, a ja chcę oddać wniosek", "hours"),
    # the fuel had with the warmth it brought
    ("jaki macie adres? u mamy było zimno, ale sąsiad przywiózł drewna i już ciepło", "contact"),
])
def test_round_thirty_one_reads_no_danger_now(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # near texts, read as before
    ("wypiszcie mnie z tych smsów", "stop"),
    ("proszę mnie wypisać", "stop"),
    ("do której jest apteka?", "menu"),
    ("czy jest pomoc na opał? węgla nie ma", "heating"),
    ("dostałam węgiel, ale czy jest jeszcze dodatek?", "help"),
])
def test_round_thirty_one_near_texts_as_before(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger kept beside the new readings: the fear's matter is a person's harm, the harm goes on, the danger now
    "boję się, że jak wróci zimą pijany, to znowu mnie pobije",
    "boję się że na luty nie starczy opału, a dziś mąż mnie uderzył",
    "były ma zakaz zbliżania, ale stoi pod domem i wali w drzwi",
    "groził mi, ale to się skończyło. dziś znowu przyszedł pijany i grozi",
    "mąż z nami nie mieszka, ale przychodzi i bije",
    "do której dziś? tata wczoraj zasłabł, już lepiej, ale teraz nie oddycha",
    "syn nie wrócił do domu od wczoraj",
    "dziadek zamarzł w szopie",
    "woda zamarzła, babcia siedzi w zimnie i trzęsie się cała",
    "boję się, że jak przyjdą mrozy, to mama zamarznie",
    "czy komisja przyjmuje w grudniu? syn powiedział, że już nie będzie nikomu ciężarem, i poszedł do lasu",
])
def test_round_thirty_one_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_thirty_one_never_makes_a_refusal_a_request(lines):
    assert read(lines, "wypisz mnie, nie chcę smsów") == ("stop", "pl")
    assert read(lines, "proszę więcej nie pisać, mama już po wypisie") == ("stop", "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("gdzie jest ośrodek? niemowlę ma biegunkę od wczoraj, suche usta i nawet nie płacze", [DANGER]),
    ("do której jesteście? brat siedzi w aucie w zamkniętym garażu, silnik pracuje od pół godziny", [DANGER]),
    ("syn napisał, że nie będzie już wam ciężarem", [DANGER]),
    ("gdzie jesteście? brat przewrócił się w zeszłym tygodniu, ale już zdrowy, chcę tylko coś podpisać", [CONTACT]),
    ("co dajecie dla starszych? tata sobie radzi, ale boję się, co będzie za parę lat", [HELP]),
    ("do której dziś? mama wczoraj zasłabła, ale zabrali ją do szpitala i już lepiej. muszę zanieść dokumenty",
     ["Teraz otwarte do 15:00.\n" + HOURS]),
])
def test_round_thirty_one_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_round_thirty_one_call_back_beside_a_harm_settled_through_the_webhook(make_app):
    replies = post_sms(make_app(TUESDAY_OPEN), "zadzwońcie do mnie proszę. w październiku była u nas awantura, ale mąż z nami nie mieszka")
    assert replies[0].startswith(SAVED) and replies[-1] == PRIVACY_CALLBACK
