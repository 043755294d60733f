"""Issue 33, round twenty-five of Ukrainian SMS understanding, a safety round (docs/sms.md, "Round twenty-five" of the
Ukrainian section): each general reading with texts of its family it must catch (written for these tests, not the tuning rows
of sets dev29 and dev30 in bench/sms_texts_uk.tsv; each fails on the code before the round) and the near texts it must leave
alone (each answered the same before the round), danger first, and a few through the real /sms webhook with the exact
replies. Every answer is checked to be in Ukrainian where the text is."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from ivr.textline.script import text_language
from ivr.textline.ukrainian import prepare_uk
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import DANGER, HOURS_OPEN, MENU, post_sms


# -- short danger, often only hinted ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # he or they here or come again, the whole short text
    "вони знову приїхали",
    "он опять пришел",
    "колишній знову під дверима",
    # the harm's verb left out, the whole text
    "отчим опять нас",
    "тато знову мене",
    # not able to live any more; why live
    "навіщо мені жити",
    "я вже не можу більше жити",
    # wanting to end it all, the text ending there
    "хочеться все закінчити",
    "хочу вже все закінчити нарешті",
    # a farewell asking forgiveness
    "простіть мене, прощавайте",
    "пробачте всі. прощаюсь",
    # writing from someone else's phone, he took one's own
    "пишу з телефону сусідки, чоловік відібрав мобільний",
    # on a roof or a bridge, the whole short text
    "я зараз на даху",
    # a rattling breath with something wrong
    "дід хрипить і не реагує",
    "мама хрипит, что-то не то",
    # a door being broken in (Russian written)
    "двери выбивает",
    # someone old unreachable for days; unreachable with the door shut
    "дідусь другий день не відповідає",
    "мама з учора не бере трубку, двері зачинені",
    # a child alone out in the frost
    "малий сам на морозі під магазином",
    # nobody needs the writer, and let it be so
    "нікому я не потрібна, мені вже все одно",
    "нікому не потрібен, хай так і буде",
    # someone blue in the cold
    "в хаті нема опалення, дитина вже синя",
    # a killing told as what he says he will do
    "сказав що мене задушить",
    # sleeping in a car or outdoors, with children or put out
    "спимо в машині з дітьми, вигнали",
    "живемо в машині з дітьми",
    # a farewell with the decision that it is best so
    "я вирішив що так буде краще. прощавайте",
    # not being there, someone entrusted
    "мене вже не буде, подбайте про кота",
    # everything given away and a letter left for someone
    "все роздала, записку залишила для сина",
    # a medicine out with the mind going
    "інсулін закінчився, тато не впізнає нас",
    # someone called to come, or danger's word said again, as the whole text
    "приїдьте хтось швидко",
    "газ газ газ",
    # gone from home and still not answering
    "донька пішла з дому і досі не відповідає, телефон вимкнений",
    # the pills of the medicine chest swallowed
    "ковтнула всі пігулки з аптечки",
    # the gas opened beside despair
    "сил нема. відкрила газ",
    # no feast to come, the pills readied
    "у мене не буде різдва. таблетки вже відклала",
    # a joke claimed and doubted
    "брат написав що проковтнув усі пігулки з горілкою, каже жартує але я не знаю",
    # in Latin letters and in Russian
    "vin znovu tut",
    "ne mozhu bilshe zhyty",
    "не могу больше жить",
    "хочу всё закончить",
    "прощайте все простите",
    "вин знову маму",
    "сказал что задушит",
    "никому я не нужна пусть будет так",
    "бабушка третий день не открывает",
    "ребенок один на морозе",
])
def test_danger_of_the_round(lines, body):
    assert read(lines, body) == ("danger", "uk")


def test_apostrophe_word_is_ukrainian(lines):
    # "бʼє" (the modifier apostrophe inside) is a Cyrillic word of two letters: answered in Ukrainian, danger
    assert text_language("бʼє") == "uk"
    assert text_language("пʼє") == "uk"
    assert read(lines, "бʼє") == ("danger", "uk")
    assert text_language("ok dzięki") == "pl"


@pytest.mark.parametrize("body,topic", [
    # a thanks, a question, nobody come again
    ("пані знову прийшла, дякую", "thanks"),
    # with a verb and more after it
    ("він знову маму питав про вас", "menu"),
    # where or with what one cannot live
    ("не можу жити в цій квартирі", "help"),
    ("не можу більше жити без вашої допомоги", "help"),
    # a task to finish
    ("хочу все закінчити з документами", "menu"),
    ("хочу все закінчити сьогодні бо завтра їду", "hours"),
    # the polite leave
    ("дякую, прощавайте", "thanks"),
    ("вибачте за турботу, прощавайте", "menu"),
    ("простіть якщо що не так, прощавайте", "menu"),
    # a phone broken, nobody took it
    ("пишу з чужого телефону бо мій розбився", "contact"),
    # the way asked from a bridge
    ("я на мосту біля Біедронки, куди далі?", "menu"),
    # a wheeze asked about
    ("у дитини хрипить в грудях, чи є педіатр?", "menu"),
    # a door broken in the past
    ("вибили двері минулого року, чи є допомога на ремонт", "help"),
    # someone old not opening, no time
    ("бабця не відкриває, мабуть спить", "menu"),
    # the office unanswered and shut
    ("ваш телефон не відповідає з ранку, двері зачинені", "hours+contact"),
    # a child playing outdoors
    ("дитина сама грається надворі", "menu"),
    # loneliness with a question
    ("нікому я не потрібна, чи є клуб для літніх?", "menu"),
    # a blue blanket in the cold
    ("в хаті холодно, купили синю ковдру", "help"),
    # nobody saying it
    ("ця спека мене задушить", "menu"),
    # a night in the car, nothing else
    ("ночую в машині бо на роботі далеко", "menu"),
    # a street by its name is an address, not a night outdoors
    ("ми живемо на вулиці Шкільній з дітьми, де ви?", "contact"),
    # a move decided
    ("вирішила переїхати до сестри, так буде краще, прощавайте", "contact"),
    # not at home, keys entrusted
    ("завтра мене не буде вдома, подбайте про ключі", "hours"),
    ("мене не буде, подбайте про маму поки я в лікарні", "menu"),
    # things given away, a letter to the office
    ("роздала все що зібрали, листа залишила вам у скриньці", "menu"),
    # a medicine out, a prescription asked
    ("ліки закінчились, де взяти рецепт?", "contact"),
    # a visit asked for a day, not someone called to come now
    ("приїдьте до мами в четвер", "hours"),
    # gas named once
    ("газ", "heating"),
    # no feast because of work
    ("у мене цього року не буде свят, бо працюю, таблетки для мами купила", "hours"),
])
def test_near_texts_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    # danger read before the round stays danger
    "стукає в двері кричить що вб'є",
    "кричить шо заріже",
    "малий ковтнув усі таблетки що були вдома",
    "він мене вбʼє",
    "вже не можу так жити",
    "ламає двері",
    "болить так що аж помираю",
    "холодно, малий посинів",
    "не хочу жити",
])
def test_danger_stays_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


# -- no danger where none is meant ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # a thing that "kills", with the other apostrophes
    ("ця робота мене вбʼє 😅", "menu"),
    ("ці папери мене вбʼють, де подати заяву?", "contact"),
    # "dying" of a thing told first, "such that"
    ("черги такі що аж вмираю 😂", "menu"),
    ("спека така що я помираю, ви працюєте сьогодні?", "hours"),
])
def test_no_danger_where_none_was_meant(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- the other rows' readings -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # "today" spoken short
    ("сёдня працюете?", "hours"),
    ("ви сёдня працюете до 15?", "hours"),
    # the greeting asked too, then only whether this is the office
    ("Привіт? Це ОПС?", "menu"),
    # the late hour apologised for: no hours asked
    ("Вибачте за пізню годину, чоловік п'є, куди звернутися?", "addiction"),
])
def test_other_readings(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_readings():
    assert "вб'є" not in prepare_uk("ця черга мене вбʼє").replace("ʼ", "'")
    assert "помираю" not in prepare_uk("ціни такі шо аж помираю")
    assert "помираю" in prepare_uk("болить так що аж помираю")
    assert "сьогодні" in prepare_uk("ви сьодня працюете?")
    assert prepare_uk("Алло? Це опіка?") == "?"


# -- through the webhook ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("вони знову приїхали", [DANGER]),
    ("бʼє", [DANGER]),
    ("Дякую вам за все. Я вирішила що так буде краще. Прощайте", [DANGER]),
    ("черги такі що аж вмираю 😂", [MENU]),
    ("ви сьодня працюете?", [HOURS_OPEN]),
])
def test_round_twenty_five_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
