"""Issue 33, round ten of Ukrainian SMS understanding (docs/sms.md, "Round ten"): each general rule with texts of
its family it must catch (not the tuning rows of bench/sms_texts_uk.tsv themselves) and the near texts it must
leave alone, and the rules through the real /sms webhook with the exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import CONTACT, DANGER, HELP, HOURS_OPEN, MENU, PRIVACY_CALLBACK, SAVED_TUESDAY, THANKS, post_sms

from ivr.call.understand_uk import UkrainianMatcher
from ivr.textline.ukrainian import prepare_uk


# -- danger ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # cold at home together with no food
    "я одна, в квартирі дуже холодно, нема чим топити і хліба нема",
    "не топлю вже тиждень, холодно, нічого їсти",
    "мерзну, нема що їсти, допоможіть",
    # someone old or alone, unreachable since a time
    "бабуся живе сама, не відповідає на телефон з учора, я в Кракові",
    "мама стара, не бере трубку вже два дні",
    "дідусь 84 роки не відкриває двері з ранку",
    # tired of living, also in Latin letters and in Russian
    "я втомилася жити, нікому не потрібна",
    "vtomyvsia zhyty, vse",
    "устала жить, сил больше нет",
    # not breathing, blue lips, unconscious (Russian, as many write)
    "муж не дышит, что делать",
    "у сына синие губы и он задыхается",
    "бабушка без сознания, помогите",
    # thrown out, sleeping rough; a child not home for the night
    "я вагітна, мене вигнав чоловік, ночую на вокзалі",
    "ми з дітьми спимо на вулиці",
    "донька 15 років не прийшла ночувати",
    # gone from home and not back, since a time or with the phone off
    "син пішов з дому три дні тому і не повертається",
    "чоловік вийшов з дому вчора ввечері, не вернувся, телефон вимкнений",
])
def test_round_ten_danger_in_its_kinds(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body", [
    # cold alone, no food alone: help (heating, food), only both together are danger
    "в квартирі холодно, чи можна допомогу на опалення",
    "хліба нема в магазині, де ваш банк їжі",
    "не топлю, бо маю газове опалення, чи є доплата",
    # the office's phone unanswered (a time, no person), someone not answering without since when: no danger
    "ваш телефон не відповідає з ранку, коли ви працюєте?",
    "мама стара, не відповідає на смс, бо не вміє читати",
    "бабуся живе сама і не бере трубку, коли я на роботі, можна доглядальницю?",
    # tired of the queue is no danger
    "втомилась від черги, коли можна прийти без черги?",
    # breathing fine
    "ребенок дышит нормально, температура спала, спасибо",
    # dismissed from work is no one thrown out of home
    "мене вигнали з роботи, чи є допомога",
    "вигнали мене з роботи, що робити",
    # gone to work and back in the evening; back already
    "чоловік пішов з дому на роботу і не вертається до вечора, коли ви працюєте?",
    "син вийшов з дому зранку, вже повернувся, дякую",
    # threatened with a court or a fine is no threat to life
    "школа погрожує судом, бо дитина не ходить на уроки",
    "хазяїн погрожує виселенням, чи є допомога на житло",
])
def test_round_ten_near_texts_are_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


# -- what names no topic where it stands ----------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # a part-time job is no betting; betting is still the addiction
    ("працюю на півставки, грошей мало, чи є допомога?", "help"),
    ("син програє все на ставки в інтернеті", "addiction"),
    # "до обіду" is a time of day, not the meals; lunches asked for still are
    ("ви в суботу до обіду працюєте?", "hours"),
    ("чи даєте обіди для дітей?", "food"),
    # a workplace's closing is no office hours; the office's closing still is
    ("після закриття заводу ми без роботи і без грошей", "help"),
    ("до котрої ви відчинені сьогодні?", "hours"),
    # "з якими питаннями" asks what the office does
    ("з якими питаннями можна до вас звертатися?", "help"),
    ("з якої години ви працюєте?", "hours"),
    # how the sender came by the number; the office's number asked for still is the contact
    ("мені дали ваш номер у школі, хто ви?", "menu"),
    ("дайте ваш номер телефону", "contact"),
])
def test_round_ten_words_in_passing(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- other offices, surzhyk, "коли" beside collecting, "де ви" ------------------------------------

@pytest.mark.parametrize("body,topic", [
    # another office's matter gets the keyword list
    ("де продовжити паспорт?", "menu"),
    ("де оформити карту побиту?", "menu"),
    ("де можна зробити посвідку на проживання", "menu"),
    # unless papers for this office or the way to it are asked about
    ("адреса для листа, хочу відправити заяву поштою", "contact"),
    ("як до вас дійти від пошти?", "contact"),
    # surzhyk "є" for "е" in a word that is no word as written; a missing apostrophe stays what it was
    ("чи можна отримати аліменти, батько не платить алімєнтів", "help"),
    ("чоловік пє кожен день", "addiction"),
    # surzhyk "получить": what one can get
    ("шо можна получить від вас?", "help"),
    # "коли" beside collecting or coming: the hours too
    ("коли можна забрати продукти?", "hours+food"),
    ("коли засідає комісія з алкоголю?", "addiction"),
    ("коли буде видача продуктів?", "hours+food"),
    ("чи буде роздача продуктів?", "food"),  # no "коли": the food only
    # where you are beside a topic: the address too
    ("підкажіть де ви і чи даєте вугілля", "contact+heating"),
    # a job lost through drinking is no question about work
    ("син п'є, через горілку втратив роботу, куди звернутися", "addiction"),
    ("втратив роботу, чи є допомога", "help"),
    # debts for the flat, an eviction, housing; winter things for the children
    ("маю борги за квартиру, що робити", "help"),
    ("нас виселяють з квартири", "help"),
    ("зимові куртки для дітей даєте?", "help"),
])
def test_round_ten_ukrainian_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    # a thanks with the resident's own plan to come on a day
    ("дякую, все зрозуміла, прийду в понеділок", "thanks"),
    ("спасибо, понял, зайду завтра", "thanks"),
    # whom the help was for
    ("Пані Оксано, дякуємо, ви нам дуже допомогли", "thanks"),
    ("ви нам допоможете з вугіллям?", "heating"),
    # what the help was with, after "допомогли"; whom the thanks is for
    ("щиро дякую ви мені дуже допомогли з документами", "thanks"),
    ("дякую, ви допомогли, а коли наступна видача?", "hours+help"),
    ("дякуємо всім працівникам центру за турботу", "thanks"),
    ("дякую, а де центр?", "contact"),
    # what arrived, before or after the verb, beside a thanks; not what did not arrive
    ("отримала вугілля, дякую", "thanks"),
    ("продуктовий пакунок прийшов, дякуємо", "thanks"),
    ("я ще не отримала вугілля, дякую", "heating"),
    ("пакунок не прийшов, дякую", "food"),
    # asking when to come is still the hours
    ("дякую, а коли можна прийти в понеділок?", "hours"),
])
def test_round_ten_thanks_with_a_plan_to_come(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    # a call-back asked for someone else
    ("зв'яжіться будь ласка з мамою, вона чекає дзвінка", "callback"),
    ("тато чекає на ваш дзвінок", "callback"),
    ("хай хтось зв'яжеться з нею, вона не говорить польською", "callback"),
    # where to call to reach someone is no call-back
    ("куди можна подзвонити щоб зв'язатися з ними?", "menu"),
    # someone else's call awaited, no one asked to call: no call-back either
    ("чекаю дзвінка від сина з України", "menu"),
])
def test_round_ten_call_back_for_someone_else(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_surzhyk_ye_is_read_as_e_only_where_that_makes_a_word(lines):
    assert "аліментів" in prepare_uk("нема алімєнтів")
    assert "п'є" in prepare_uk("він п'є") and "пє" in prepare_uk("він пє")  # short, a missing apostrophe: as written
    assert read(lines, "кєровнік") == ("contact", "uk")  # a listed spelling is still understood
    assert "отримати" in prepare_uk("можна получить")


def test_the_ukrainian_matcher_spans_count_the_words_it_reads():
    matcher = UkrainianMatcher({"other": ["закордонний паспорт"], "topic": ["паспорт"]})
    words = matcher.words("Де, будь ласка, закордонний паспорт?")
    assert words[matcher.spans("Де, будь ласка, закордонний паспорт?")[0][1]] in ("закордонний", "паспорт")
    spans = {(choice, " ".join(words[start:end])) for choice, start, end, _ in
             matcher.spans("Де, будь ласка, закордонний паспорт?")}
    assert ("other", "закордонний паспорт") in spans and ("topic", "паспорт") in spans
    # scores are as before: the longer phrase covers the shorter one
    assert [m.choice for m in matcher.scores("закордонний паспорт")] == ["other"]


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("мама живе сама, 80 років, не відповідає з учора", [DANGER]),
    ("холодно, не топлю, хліба нема", [DANGER]),
    ("устала жить", [DANGER]),
    ("де продовжити закордонний паспорт?", [MENU]),
    ("дякую, зрозуміла, прийду в середу", [THANKS]),
    ("з якими питаннями можна до вас звертатися?", [HELP]),
    ("ви до обіду працюєте?", [HOURS_OPEN]),
    ("скажіть де ви знаходитесь, мені дали цей номер", [CONTACT]),
])
def test_round_ten_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_a_call_back_for_someone_else_is_saved_through_the_webhook(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "зв'яжіться з мамою будь ласка, вона чекає дзвінка") == [
        SAVED_TUESDAY, PRIVACY_CALLBACK]


# -- Russian in Latin letters; Polish-style "dzi" -------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    ("zdravstvujte, kogda vy otkryty?", "hours"),
    ("gde nahoditsja vash ofis", "contact"),
    ("pozhalujsta perezvonite mne", "callback"),
    ("muzh b'et menja i detej", "danger"),
    ("muzh menya bjet", "danger"),  # "bjet": Russian "бьёт"
    ("ne pishite mne bolshe", "stop"),  # "bolshe": a soft sign left out after "l"
    ("spasibo za pomoshch", "thanks"),  # "pomoshch": a soft sign left out at the end
    ("dziakuju za dopomohu", "thanks"),  # Polish-style "dzia" for "дя"
])
def test_russian_in_latin_letters_gets_the_ukrainian_answer(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    # one word that reads as Russian among Polish ones (a typo, a laugh) does not make a text Russian
    "w czym wy pomagacie wogule",
    "zabijaja mnie te ceny w biedronce haha",
    "maz pjie codzinnie co robic",
    "gdzie sa dzieci z dziadkiem",  # Polish "dzi" stays Polish
    "spasibo",  # a single Russian word alone: too little to tell (the Polish thanks)
])
def test_a_polish_text_with_a_russian_looking_word_stays_polish(lines, body):
    assert read(lines, body)[1] == "pl"


@pytest.mark.parametrize("body,replies", [
    ("kogda vy rabotaete?", [HOURS_OPEN]),
    ("muzh menya bjet", [DANGER]),
])
def test_russian_in_latin_letters_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


# -- the matter named in Polish beside where or when ---------------------------------------------

@pytest.mark.parametrize("body,topic", [
    ("dodatek osłonowy де подати?", "contact+heating"),
    ("de mozhna podaty wniosek na dodatek mieszkaniowy", "contact+help"),
    # the office's name or work in Polish names no matter
    ("де ваш ośrodek pomocy?", "contact"),
    ("години роботи ośrodka", "hours"),
    ("hodyny roboty OPS", "hours"),
])
def test_a_matter_named_in_polish_is_added_to_where_or_when(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    ("не хочу отримувати ці смс", "stop"),
    ("зупиніть розсилку будь ласка", "stop"),
    ("остановите рассылку", "stop"),
    # stopping something else is no stop
    ("зупиніть мене, якщо я помиляюсь: ви працюєте в суботу?", "hours"),
])
def test_round_ten_stop_in_more_words(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_a_thanks_for_what_arrived_with_a_question_is_no_thanks(lines):
    topic, lang = read(lines, "отримала вугілля, дякую, а де отримати продукти?")
    assert topic not in ("thanks", "menu") and lang == "uk"
