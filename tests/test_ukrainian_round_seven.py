"""Issue 33, round seven of Ukrainian understanding: each general rule through the real webhooks
(/sms with the exact replies, /voice/answer with exact TwiML). The rules: Latin Ukrainian written
with Czech-style letters (š, ž, č); danger said indirectly (no food for the children, a farewell
letter, an old man left unfed and unwashed, "I can't talk, he is beside me", numb hands with heart
pain, a child screaming "не треба", a landlord threatening to break in and throw the family out);
a Russian stop and a wrong number in Russian; "наберіть мене" and "хтось зі мною зв'язався" as a
call-back; Easter and Christmas thanks and "пасиба"; a time on the clock with coming; a social
worker asked to come home in Russian; a Polish "godziny" beside a Ukrainian "дякую"; on the phone:
gas smelt in either word order, prices that "kill" are no danger, a Christmas goodbye, "щоб мені
хтось зателефонував", the environmental interview as Ukrainians say it."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_uk import (ADDICTION, CONTACT, DANGER, HELP, HOURS_OPEN, MENU, PRIVACY_CALLBACK, SAVED_TUESDAY, STOP,
                         THANKS, post_sms)
from test_ukrainian_calls import HEAD, url
from test_ukrainian_round_six import DIAL, pressed, said

from ivr.textline.script import to_cyrillic

FOOD = ("Про харчування для літніх людей і дітей та продуктову допомогу запитуйте соціального працівника.\n"
        "Тел. 61 817 61 30, пн 8–16, вт–пт 7–15.")


# -- the text line -------------------------------------------------------------------------------


def test_czech_style_latin_letters_are_read_into_cyrillic(make_app):
    assert to_cyrillic("nožem") == "ножем" and to_cyrillic("prošu") == "прошу" and to_cyrillic("čolovik") == "чоловік"
    text = "Prošu dopomohy, cholovik pjanyj z nožem hodyt po hati"
    assert post_sms(make_app(TUESDAY_OPEN), text) == [DANGER]


@pytest.mark.parametrize("text", [
    "Дітей нема чим годувати другий день, гроші не прийшли",
    "Донька написала прощальний лист і пішла, телефон вимкнений",
    "Свекор лежить у брудному, син його не годує і не миє",
    "Вдома не все добре. Я не можу говорити по телефону, він поруч",
    "мені погано серце болить руки німіють",
    'У сусідів дитина кричить "не треба", вже годину',
    "Хазяїн кричить що зламає двері і викине нас з дітьми на вулицю",
])
def test_danger_said_indirectly_in_an_sms_gets_112(make_app, text):
    assert post_sms(make_app(TUESDAY_OPEN), text) == [DANGER]


@pytest.mark.parametrize("text,expected", [
    # a deaf resident who cannot phone is no victim; a neighbour who lives "поруч" is no threat
    ("я не можу говорити по телефону, я глуха, де ви знаходитесь?", [CONTACT]),
    ("він поруч живе, сусід", [MENU]),
    # a baby crying at night is a question, not an emergency
    ("дитина кричить вночі, не спить", [MENU]),
])
def test_near_words_of_the_new_danger_phrases_are_no_danger(make_app, text, expected):
    assert post_sms(make_app(TUESDAY_OPEN), text) == expected


def test_a_russian_stop_and_a_wrong_number_in_russian_stop_the_texts(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "Хватит присылать сообщения") == [STOP]
    assert post_sms(make_app(TUESDAY_OPEN), "это не мой номер, я не знаю никакой опс") == [STOP]
    # "хватит пить" is about drinking, not about the texts
    assert post_sms(make_app(TUESDAY_OPEN), "хватит пить, муж пьет каждый день") == [ADDICTION]


@pytest.mark.parametrize("text", ["Дзвонити не можу. Наберіть мене на номер з якого пишу",
                                  "Хочу щоб зі мною хтось зв'язався по телефону"])
def test_dial_me_and_someone_to_contact_me_are_a_call_back(make_app, text):
    assert post_sms(make_app(TUESDAY_OPEN), text) == [SAVED_TUESDAY, PRIVACY_CALLBACK]


def test_asking_which_number_to_dial_is_no_call_back(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "на який номер вас набрати?") == [CONTACT]


@pytest.mark.parametrize("text", ["пасиба!!!!", "Христос воскрес! Дякуємо за все що для нас зробили ❤️",
                                  "З Різдвом Христовим! Христос народився!"])
def test_easter_and_christmas_thanks_are_thanked(make_app, text):
    assert post_sms(make_app(TUESDAY_OPEN), text) == [THANKS]


def test_a_thanks_with_a_question_still_gets_the_answer(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "дякую, а що для нас є з продуктів?") == [FOOD]


def test_a_time_on_the_clock_with_coming_is_the_hours(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "можна прийти о 14:30?") == [HOURS_OPEN]


def test_a_social_worker_asked_to_come_home_in_russian_is_help_not_the_address(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "социальный работник может прийти домой? я инвалид, не хожу") == [HELP]


def test_a_polish_keyword_beside_a_ukrainian_thanks_gets_both_answers(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "Godziny i adres prosze. дякую") == [HOURS_OPEN, CONTACT]


def test_where_you_are_and_food_are_both_answered(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "Де ви є і чи допомагаєте з їжею?") == [CONTACT, FOOD]


# -- the phone line ------------------------------------------------------------------------------


def test_gas_smelt_in_either_word_order_takes_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "hours", "тут газом пахне дуже сильно в підʼїзді")
    assert heard.startswith(HEAD) and heard.endswith(DIAL)
    assert heard == said(post, make_app(TUESDAY_OPEN), "hours", "тут пахне газом дуже сильно в підʼїзді")


def test_prices_that_kill_are_no_danger(make_app, post):
    heard = said(post, make_app(TUESDAY_OPEN), "benefits", "ой ці ціни мене просто вбивають за все платити і платити")
    assert "<Dial" not in heard and "112" not in heard


def test_a_christmas_goodbye_is_a_goodbye(make_app, post):
    heard = said(post, make_app(TUESDAY_OPEN), "main", "дякую вам з різдвом вас до свідання")
    assert heard == said(post, make_app(TUESDAY_OPEN), "main", "до побачення")


def test_someone_to_ring_me_is_a_call_back(make_app, post):
    heard = said(post, make_app(TUESDAY_OPEN), "main", "можна щоб мені хтось зателефонував я не все чую добре")
    assert heard == said(post, make_app(TUESDAY_OPEN), "main", "передзвоніть")


def test_the_environmental_interview_as_ukrainians_say_it_is_social_work(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "треба ту розмову зробити вивяд сьродовіскови для документів")
    assert heard == pressed(post, app, "about", "1").replace(url("about"), url("main"))


@pytest.mark.parametrize("text", ["Чоловік програє всі гроші в автомати, це до вас?",
                                  "Син грає в автомати, програв усе. Є у вас допомога від такої залежності?"])
def test_money_lost_to_gambling_is_addiction_only(make_app, text):
    assert post_sms(make_app(TUESDAY_OPEN), text) == [ADDICTION]


@pytest.mark.parametrize("text", ["чи дають гроші біженцям?", "які програми допомоги є?", "потрібна порада"])
def test_money_programmes_or_advice_alone_still_ask_for_help(make_app, text):
    assert post_sms(make_app(TUESDAY_OPEN), text) == [HELP]


@pytest.mark.parametrize("text", ["З Різдвом Христовим! Здоровя вам і вашим родинам. Галина", "Міцного здоров'я!"])
def test_health_wished_to_the_staff_is_a_thanks(make_app, text):
    assert post_sms(make_app(TUESDAY_OPEN), text) == [THANKS]


def test_health_asked_about_is_still_help(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "чи є допомога для здоров'я, страховка?") == [HELP]


def test_asking_whether_one_is_entitled_is_help(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "Я з України, чи маю право на щось?") == [HELP]


def test_a_social_worker_asked_to_come_home_is_a_visit_not_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "about", "мені б щоб соціальний працівник прийшов до нас додому поговорити")
    assert "<Dial" not in heard
    assert heard == pressed(post, app, "about", "1")


def test_a_day_with_are_you_there_from_a_time_is_the_hours_beside_a_topic(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "У вівторок ви з 7? хочу записатися до GKRPA") == [HOURS_OPEN, ADDICTION]
    # "ми з 2 дітьми": "we", not "you" asked about a time: no hours
    assert post_sms(make_app(TUESDAY_OPEN), "у вівторок ми з 2 дітьми, чоловік пє") == [ADDICTION]


CARE = ("Догляд удома або місце в будинку соціальної допомоги (DPS): спершу приходить соціальний працівник.\n"
        "Тел. 61 817 61 30, пн 8–16, вт–пт 7–15.")


def test_how_is_it_called_is_no_near_word_of_drinking(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "мама лежача, хто може доглядати вдома? як це називається") == [CARE]
