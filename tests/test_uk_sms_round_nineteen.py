"""Issue 33, round nineteen of Ukrainian SMS understanding (docs/sms.md, "Round nineteen" of the Ukrainian section): each
general rule with texts of its family it must catch (written for these tests, not the tuning rows of set dev19 in
bench/sms_texts_uk.tsv; each fails on the code before the round) and the near texts it must leave alone (each answered
the same before the round), danger first. Every answer is checked to be in Ukrainian where the text is."""
from __future__ import annotations

import pytest

from ivr.textline.script import text_language, to_cyrillic
from ivr.textline.ukrainian import prepare_uk, signature_uk
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared


# -- danger: a stroke's limb, someone not woken, pills with drink, he hears or has come, fleeing with the children -----

@pytest.mark.parametrize("body", [
    # a stroke's limb that no longer obeys, a face drawn aside
    "у тата права рука не слухається і говорить дивно",
    "мамі погано, ліва нога не слухається",
    "у бабусі обличчя перекосило, що робити",
    "у мужа рука не слушается, лицо перекосило",
    # someone who cannot be woken
    "бабуся спить і не можу її розбудити",
    "ne mozhu rozbudyty babusju",
    # all the pills swallowed with drink or a farewell
    "прийняв усі ліки з горілкою",
    "з'їла всю упаковку таблеток, прощайте",
    "вона випила цілу пачку снодійного з вином",
    # the writer cannot call because he hears
    "не можу говорити, він слухає",
    "не можу зараз подзвонити, чоловік почує",
    "не могу позвонить, муж услышит",
    # he has come and the writer asks not to be written back or called
    "чоловік повернувся, не пишіть мені",
    "він вже вдома, не дзвоніть",
    "муж пришел, не звоните",
    # no way home and a night's place asked with the children
    "додому не можу повернутися, де переночувати з дитиною?",
    "не можемо йти додому, чи є де переночувати з дітьми",
])
def test_danger_of_the_round(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body,topic", [
    # someone who does not obey, a stroke long past
    ("син не слухається, що робити?", "help"),
    ("у тата рука не слухається після інсульту, чи є опікунка?", "care"),
    # not woken for school or on time
    ("не можу розбудити сина в школу, що робити?", "menu"),
    ("не можу добудитися чоловіка вчасно на роботу", "menu"),
    # a course of pills finished
    ("прийняла всі ліки, що лікар виписав, тепер треба новий рецепт", "menu"),
    # nobody listening: he hears badly
    ("не можу говорити по телефону, чоловік погано чує, напишіть години", "hours+contact"),
    # a stop asked alone, his coming told with a question and no silence asked
    ("не пишіть мені більше", "stop"),
    ("чоловік прийшов, коли ви працюєте?", "hours"),
    # stuck on the way, not fleeing
    ("не можу додому доїхати, де переночувати з дитиною?", "contact"),
])
def test_near_texts_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- an animal gone missing is no person missing -----------------------------------------------------------------------

def test_an_animal_gone_missing_is_no_danger(lines):
    assert read(lines, "наш пес пропав вчора, хто бачив?") == ("menu", "uk")
    assert prepare_uk("пропав кіт, сірий") == "кіт, сірий"
    assert prepare_uk("собака наша загубилася") == "собака наша "


@pytest.mark.parametrize("body", [
    "пропала дитина, допоможіть",
    "син пропав вчора",
    "син пропав, собака теж",
])
def test_a_person_gone_missing_stays_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


# -- Latin Ukrainian: the apostrophe after a labial, a soft "ц", "-ую" after a Polish stem -------------------------------

@pytest.mark.parametrize("written,cyrillic", [
    ("pju", "п'ю"),
    ("pracujete", "працюєте"),
    ("vjizd", "в'їзд"),
    ("cukor", "цукор"),  # a hard "цу" that is a word stays
])
def test_latin_read(written, cyrillic):
    assert to_cyrillic(written) == cyrillic


@pytest.mark.parametrize("body,topic", [
    ("a pracujete v pjatnycu do 15?", "hours"),
    ("v pjatnycu vy pracujete?", "hours"),
    ("dziekuju za pomoc", "thanks"),
    ("dziekuju, vse otrymala", "thanks"),
    ("potrzebuju pomocy z zasilkiem", "help"),
])
def test_latin_ukrainian_answered_in_ukrainian(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", ["pracuje pan jutro?", "dziękuję bardzo za pomoc", "potrzebuję pomocy z zasiłkiem"])
def test_polish_stays_polish(body):
    assert text_language(body) == "pl"


# -- the writer's own drinking ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "ja pju kozhen den, de likuvatysja?",
    "ja pju kozhnyj den i ne mozhu perestaty",
    "я п'ю вже тиждень, не можу зупинитися",
])
def test_own_drinking_is_the_addiction(lines, body):
    assert read(lines, body) == ("addiction", "uk")


@pytest.mark.parametrize("body,topic", [
    ("p'ju liky vid tysku, de vzjaty recept?", "contact"),
    ("я п'ю чай і думаю, коли ви працюєте", "hours"),
    ("я не п'ю, це чоловік", "menu"),
])
def test_what_is_drunk_or_not_drinking_is_no_addiction(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- thanks: the New Year, Christmas Eve, the countries blessed, a signature without punctuation -----------------------

@pytest.mark.parametrize("body", [
    "С Новым годом вас, дорогие!",
    "з новим роком вас і всіх працівників, щоб мир був",
    "З Вігілією вас, добрі люди",
    "СПАСИБІ ЗІ СВЯТАМИ ХАЙ БОГ БЕРЕЖЕ УКРАЇНУ І ПОЛЬЩУ ОЛЬГА ІВАНІВНА",
    "спасибі вам добрі люди зі святом і польщі миру",
    "ДЯКУЮ ЗА ВУГІЛЛЯ ХАЙ БОГ БЕРЕЖЕ ОКСАНА ПЕТРІВНА",
])
def test_wishes_and_thanks_of_the_round(lines, body):
    assert read(lines, body) == ("thanks", "uk")


@pytest.mark.parametrize("body,topic", [
    ("З новим роком, коли ви працюєте?", "hours"),
    ("з кожним роком все важче платити за квартиру", "help"),
])
def test_a_year_asked_about_stays(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_a_signature_without_punctuation():
    text = "ДЯКУЮ ВАМ ХАЙ БОГ БЕРЕЖЕ ВАС ОКСАНА ПЕТРІВНА"
    assert text[signature_uk(text):] == "ОКСАНА ПЕТРІВНА"
    assert signature_uk("дякую за все") is None
    assert signature_uk("дякую вам за вугілля") is None  # no first name and patronymic or surname


# -- what is asked: a pram or a wheelchair, where a body sits, insurance beside the addiction, an unknown number -------

@pytest.mark.parametrize("body,topic", [
    # coming in with a pram or a wheelchair asks no care
    ("коли можна прийти з візком і де ви?", "hours+contact"),
    # where a body sits, in which building or room
    ("де сидить психолог і до котрої він приймає?", "hours+contact+addiction"),
    ("в якому кабінеті подають на засілок?", "contact+help"),
    # no insurance beside the addiction's treatment
    ("кодування від алкоголю без страховки можна у вас?", "addiction"),
    ("чи лікують від алкоголю якщо немає страховки?", "addiction"),
    # a number the writer does not know
    ("хто це пише? номер незнайомий", "menu"),
    ("мені дзвонили з незнайомого номера, це ви?", "menu"),
    # another institution asked whether it is this number
    ("це садок? донька сьогодні не прийде", "menu"),
])
def test_what_is_asked_in_the_round(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    ("мама на візку, чи є опікунка?", "care"),
    ("потрібен візок для тата", "care"),
    ("чоловік сидить вдома і п'є", "addiction"),
    ("страховки нема, де лікуватися?", "help"),
    ("чоловік п'є, а мені потрібна медична страховка", "help+addiction"),
    ("який ваш номер телефону?", "contact"),
    ("це школа? коли можна прийти по допомогу на шкільні речі?", "hours+help"),
])
def test_near_questions_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- a call-back by its noun, the writer's number with words between; a call declined with no thanks -------------------

@pytest.mark.parametrize("body,topic", [
    ("можна дзвінок від соцпрацівника?", "callback"),
    ("хочу дзвінок від вас завтра", "callback"),
    ("мій номер той самий, з якого я пишу, можна дзвінок?", "callback"),
    ("не треба передзвонювати, я вже все знаю", "menu"),
])
def test_calls_read_in_the_round(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    ("хочу дзвінок до вас зробити, який номер?", "contact"),
    ("не треба передзвонювати, дякую", "thanks"),
    ("Не дзвоніть, тільки пишіть", "menu"),
])
def test_near_calls_stay(lines, body, topic):
    assert read(lines, body) == (topic, "uk")
