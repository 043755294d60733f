"""Issue 33, round twenty of Ukrainian SMS understanding (docs/sms.md, "Round twenty" of the Ukrainian section): each
general reading with texts of its family it must catch (written for these tests, not the tuning rows of set dev20 in
bench/sms_texts_uk.tsv; each fails on the code before the round) and the near texts it must leave alone (each answered
the same before the round), danger first. Every answer is checked to be in Ukrainian where the text is."""
from __future__ import annotations

import pytest

from ivr.textline.ukrainian import prepare_uk
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared


# -- danger: nobody needs me with words between, a limb that already no longer obeys, a child told by its age alone ----

@pytest.mark.parametrize("body", [
    # "nobody needs me" with words between, beside the apology for everything
    "нікому я вже не потрібен. простіть за все",
    "вибачте мені за все, я нікому тут не потрібна",
    "никому я здесь не нужна, простите за все",
    # a limb that already (or at all) no longer obeys
    "у мами рука вже не слухається, і говорить погано",
    "у діда нога зовсім не слухається з ранку",
    "у мужа рука уже не слушается",
    # a child told by its age, left alone, since the morning or crying
    "я на роботі застрягла, вдома молодший 6 років сам з ранку",
    "донька 7 років сама вдома і плаче, я не можу доїхати",
])
def test_danger_of_the_round(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body,topic", [
    # the apology alone, "nobody needs" a thing, despair without a farewell: as before
    ("вибачте за все що турбую, коли ви працюєте?", "hours"),
    ("нікому ці папери не потрібні, вибачте", "menu"),
    # someone who does not obey, a limb after a stroke long past
    ("син вже не слухається, що робити?", "help"),
    ("у тата рука вже не слухається після інсульту, чи є опікунка?", "care"),
    # a grown son, a child's age with nobody left alone
    ("старший син 25 років живе сам з ранку до вечора на роботі", "menu"),
    ("син 10 років сам ходить до школи, чи є допомога на форму?", "help"),
])
def test_near_texts_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    "він казав що вб'є, я нікому тут не потрібна, вибачте за все",
    "чоловік п'яний б'є, не хочу писати подробиці, рятуйте",
])
def test_danger_stays_danger_beside_the_readings(lines, body):
    assert read(lines, body) == ("danger", "uk")


# -- what is asked: details not written, the Russian past after "чтобы", other offices, which days --------------------

@pytest.mark.parametrize("body,topic", [
    # the details the writer will not write are no stop
    ("син п'є, не хочу писати подробиці", "addiction"),
    ("чи є допомога на вугілля? не хочу писати тут деталі", "help"),
    # the Russian past after "чтобы мне" asks for a call
    ("можно чтобы мне позвонили завтра?", "callback"),
    ("хочу чтобы мне позвонили, вопрос по документам", "callback"),
    # the family doctor in Russian and a bank account are another office's matter
    ("где принимает семейный врач?", "menu"),
    ("як відкрити рахунок в банку без прописки?", "menu"),
    # which days, asked beside coming, are the hours
    ("куди приходити і в які дні, щоб подати заяву?", "hours+contact"),
    ("в какие дни можно прийти?", "hours"),
])
def test_what_is_asked(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    # a stop asked stays a stop
    ("не хочу писати", "stop"),
    ("не пишіть мені більше", "stop"),
    ("не хочу більше отримувати ці смс", "stop"),
    # a call told as made, or thanked for, asks for none
    ("спасибо что мне позвонили", "thanks"),
    ("мне позвонили из школы, что делать?", "menu"),
    # help asked on a bank account stays help (read as a heating bill before the round: "рахунок" is a bill too)
    ("чи можна допомогу на рахунок в банку?", "help"),
    ("чи можна допомогу отримати на рахунок в банку?", "help"),
    # which days he drinks asks no hours
    ("в які дні він п'є, не знаю", "addiction"),
])
def test_near_requests_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_a_refusal_does_not_become_a_request(lines):
    # a call declined beside the details not written: no call-back
    assert read(lines, "не треба мені дзвонити, не хочу писати подробиці") != ("callback", "uk")
    assert read(lines, "не звоните мне, я не могу говорить")[0] != "callback"


# -- addiction: ill in quotation marks ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    'чоловік знову "хворіє" третій день, що робити?',
    "батько «хворіє» після кожної зарплати, куди звернутися?",
    'муж опять "болеет" после праздников, что делать',
])
def test_ill_in_quotation_marks_is_the_drinking(lines, body):
    assert read(lines, body) == ("addiction", "uk")


@pytest.mark.parametrize("body,topic", [
    ("чоловік хворіє, чи є опікунка?", "care"),
    ("мама хворіє, потрібна допомога з ліками", "help"),
])
def test_ill_without_quotation_marks_stays_ill(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- thanks: the worker praised, "Nekhai"/"Khai", the Polish "opieka" in Latin letters ---------------------------------

@pytest.mark.parametrize("body", [
    "дякую за допомогу, пані дуже добра людина",
    "дякую за допомогу, пані золота людина, все пояснила",
    "Diakuju za dopomohu. Khai Boh berezhe",
    "Diakuju pani z opieki za dopomohu. Nekhai Boh berezhe",
])
def test_thanks_of_the_round(lines, body):
    assert read(lines, body) == ("thanks", "uk")


@pytest.mark.parametrize("body,topic", [
    # praise beside a question is the question
    ("дякую, пані добра людина, а коли ви працюєте?", "hours"),
    ("дякую, а є допомога на ліки?", "help"),
    ("pani z opieki, koly vy pratsiujete?", "hours"),
])
def test_praise_beside_a_question_is_the_question(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_readings_in_prepare():
    assert "хай бог" in prepare_uk("Khai Boh berezhe")
    assert "нехай бог" in prepare_uk("Nekhai Boh berezhe")
    assert "з опіки" in prepare_uk("pani z opieki")
    assert "п'є" in prepare_uk('чоловік "хворіє"')
    assert "п'є" not in prepare_uk("чоловік хворіє")
