"""Issue 33, round twelve of Ukrainian SMS understanding (docs/sms.md, "Round twelve"): each general rule with texts of
its family it must catch (written for these tests, not the tuning rows of set dev12 in bench/sms_texts_uk.tsv) and the
near texts it must leave alone, and the rules through the real /sms webhook with the exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import ADDICTION, CONTACT, DANGER, HELP, HOURS_OPEN, MENU, STOP, THANKS, post_sms

from ivr.textline.ukrainian import prepare_uk, thing_word


# -- danger ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # nowhere to sleep tonight, nowhere to go; Russian too
    "нам з дітьми нема де ночувати",
    "хазяйка вигнала, ніде ночувати",
    "нам нікуди йти, на вулиці мороз",
    "негде ночевать с ребенком",
    "не маємо де ночувати",
    # no food in the other word order
    "їсти нема вже два дні",
    "грошей нема, їсти нічого",
    "еды нет совсем",
    # wishing one had never been; a "не" of an earlier sentence does not deny it
    "все набридло. краще б я не жила",
    "лучше бы меня не было",
    "не знаю. нічого не хочу. краще б мене не було",
    "не можу. Не хочу. Краще б я померла",
    # a fever by its figure, also in Latin letters
    "у малої температура 40, не збивається",
    "температура під 39 у сина вже добу",
    "temperatura 40 u donky",
    "у доньки 39.8 і не збивається",
    # freezing at home with someone ill or frail
    "вдома 10 градусів, дитина хворіє",
    "ми мерзнемо, немовля кашляє",
    "у квартирі всього 6 градусів, дід лежачий",
    # eating only bread or water, for days or with no money at all
    "ми вже тиждень їмо тільки хліб",
    "діти другий день їдять лише воду і хліб",
    "їмо тільки макарони, грошей нема зовсім",
    "вже третю добу їмо лише кашу на воді",
    # lying and crying or not eating, left alone all day
    "мама лежить і весь час плаче, вона сама цілими днями",
    "бабуся не встає, тільки плаче, цілий день одна",
    "мама лежит и все время плачет, она одна целыми днями",  # Russian, its "ы" read as "и"
    # the other rules in Russian
    "у ребенка температура 40 и не сбивается",
    "дети второй день едят только хлеб",
    "сын написал прощальное сообщение и не отвечает",
    # a farewell written by someone who cannot be reached
    "донька надіслала прощальне повідомлення і не бере трубку",
    "брат написав щось як прощання, телефон вимкнений",
    "чоловік прислав мені прощальне смс, не знаю де він",
    # a person doing the killing is never a figure of speech
    "чоловік мене вбиває, допоможіть",
    "він мене вб'є якщо дізнається",
    "сусід нас уб'є",
    "мене вб'є якщо піду до вас",
])
def test_round_twelve_danger_in_its_kinds(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body", [
    # a thing that "kills" the writer is a figure of speech
    "ця черга мене вбиває, коли ви працюєте?",
    "мене вбивають ці рахунки за газ, чи є допомога",
    "ці ціни мене вбивають",
    "эти цены меня убивают",
    "ця бюрократія мене доконає, де ви знаходитесь?",
    # a fever that was, the weather's heat
    "у сина була температура 39, тепер все добре, дякую",
    "температура 39 спала, дякую",
    "у сина була 39 і не збивалась, тепер 36.6, дякую",
    "на вулиці температура 40 градусів, ви працюєте?",
    # cold alone is heating, someone ill alone is care; cold out of doors is no home
    "вдома холодно, дитина кашляє, чи є допомога на вугілля?",
    "мерзну на зупинці, коли ви відкриваєтесь?",
    "бабуся лежача, вдома тепло, потрібна опікунка",
    # bread alone, without days or a lack; going somewhere ("їду") alone is no eating
    "діти їдять тільки хліб, суп не хочуть, чи є обіди в школі",
    "їду тільки з водою, другий день в дорозі, коли ви працюєте?",
    # someone bedridden alone all day, asked about care; crying alone all day without lying there
    "тато лежачий, не встає, сам цілий день поки я на роботі, чи є опікунка?",
    "малий тільки плаче, я з ним сама цілий день, чи є ясла?",
    # a goodbye said to a friend, a phone off on a flight
    "я попрощалася з подругою, вона летить, телефон вимкнений",
    # wishing one had come earlier
    "краще б я прийшла вчора, коли ви працюєте",
])
def test_round_twelve_near_texts_are_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


def test_a_thing_is_told_from_a_person():
    assert thing_word("зима") and thing_word("черга") and thing_word("рахунки") and thing_word("холод")
    assert not thing_word("чоловік") and not thing_word("він") and not thing_word("сусід") and not thing_word("хтось")
    assert prepare_uk("ця зима мене вбиває") == "ця зима"
    assert prepare_uk("він мене вб'є") == "він мене вб'є"


# -- stop, thanks, a wrong number -----------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # taken off the mailing, in Russian and Ukrainian
    ("уберите меня из рассылки", "stop"),
    ("приберіть мій номер з розсилки", "stop"),
    ("заберіть мене зі списку розсилки", "stop"),
    # a number taken off a form, or off a waiting list, is no stop
    ("приберіть номер телефону з заяви, в мене новий", "contact"),
    # a number written to by mistake names no phone number
    ("вибачте, помилився номером", "menu"),
    ("не той номер, вибачте", "menu"),
    ("вибачте, я помилково написала на цей номер", "menu"),
    ("вибачте, помилилась номером, а ви до котрої працюєте?", "hours"),
    ("дайте номер телефону керівника", "contact"),
    # whom the thanks is for, by what they did
    ("дякую всім хто нам допоміг з вугіллям", "thanks"),
    ("щиро дякую пані Олені і всім хто допоміг із заявою", "thanks"),
    # a question about who works is still a question; who this is, no thanks
    ("дякую всім хто працює в суботу?", "hours"),
    ("хто це", "menu"),
])
def test_round_twelve_stop_thanks_and_a_wrong_number(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    "приберіть мене зі списку на житло, ми переїхали",  # a waiting list, not the texts
    "уберите мой номер из заявления, у меня новый",
])
def test_taken_off_something_else_is_no_stop(lines, body):
    topic, lang = read(lines, body)
    assert topic != "stop" and lang == "uk"


# -- what is asked about --------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # the hours asked of "ви" beside a story of another office are this office's hours
    ("ну і черга в ужонді. до котрої ви сьогодні?", "hours"),
    ("в ужонді не пускають, а коли ви працюєте?", "hours"),
    ("до котрої сьогодні працюєте? бо в ужонді був", "hours"),
    ("очередь в уженде ужас. вы сегодня открыты?", "hours"),
    ("консульство працює в суботу? паспорт треба", "menu"),
    # another office's matter with its own hours is still not this office's
    ("може ви знаєте, коли ужонд продовжить карту побиту", "menu"),
    ("ужонд до котрої працює?", "menu"),
    # a meal asked for is meals
    ("де можна пообідати", "food"),
    ("де поїсти безкоштовно", "food"),
    ("где можно пообедать", "food"),
    # what is drunk away names no benefit; a benefit asked for beside it still does
    ("чоловік пропиває всю зарплату, куди звернутися", "addiction"),
    ("брат пропиває гроші на дітей, що робити", "addiction"),
    ("пропиває гроші на дітей, як отримати 800+ на себе", "child_benefit+addiction"),
    # any help at all asked for beside the hours and the address
    ("чи є якась допомога для пенсіонерів, де ви знаходитесь і коли приймаєте", "hours+contact+help"),
    ("коли працюєте? чи є якась допомога", "hours+help"),
    ("какая-то помощь есть? когда работаете", "hours+help"),
    # "допомога" alone beside the hours is still a weak word
    ("коли працюєте? дякую за допомогу", "hours"),
])
def test_round_twelve_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("нам з дітьми нема де ночувати", [DANGER]),
    ("не знаю. нічого не хочу. краще б мене не було", [DANGER]),
    ("у малої температура 40, не збивається", [DANGER]),
    ("ми мерзнемо, немовля кашляє", [DANGER]),
    ("ми вже тиждень їмо тільки хліб", [DANGER]),
    ("мама лежить і весь час плаче, вона сама цілими днями", [DANGER]),
    ("донька надіслала прощальне повідомлення і не бере трубку", [DANGER]),
    ("він мене вб'є якщо дізнається", [DANGER]),
    ("ця черга мене вбиває, коли ви працюєте?", [HOURS_OPEN]),
    ("уберите меня из рассылки", [STOP]),
    ("вибачте, помилився номером", [MENU]),
    ("дякую всім хто нам допоміг з вугіллям", [THANKS]),
    ("ну і черга в ужонді. до котрої ви сьогодні?", [HOURS_OPEN]),
    ("чоловік пропиває всю зарплату, куди звернутися", [ADDICTION]),
    ("коли працюєте? чи є якась допомога", [HOURS_OPEN, HELP]),
    ("дайте номер телефону керівника", [CONTACT]),
])
def test_round_twelve_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_a_meal_asked_for_gets_the_meals_text_through_the_webhook(make_app):
    replies = post_sms(make_app(TUESDAY_OPEN), "де можна пообідати безкоштовно?")
    assert len(replies) == 1 and replies[0].startswith("Про харчування")
