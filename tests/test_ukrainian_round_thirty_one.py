"""Issue 33, round thirty-one of Ukrainian understanding on the phone (bench/fresh31/uk-utterances.tsv): time and days.
Each reading through the real webhooks with the Ukrainian line (/voice/answer, exact TwiML compared with the key
pressed, the plain request or the reply spelled out), beside the near inputs that must not change. The readings: a knife
taken (danger); danger after words of long ago with a word of now between; Friday written without its apostrophe, and a
word heard as a list has it is no misspelling of another; a day or an hour asked with "чи" inside a long answer; a
thing refused after it is named; the caller's own call and own plan; the prices of a thing told; the caller's own
timetable; the phone as a device; drinking over beside words of long ago; words of the hours ("до вас прийти", "в який
день", "ви на місці", "хтось у вас є"), of a call-back ("задзвоніть до мене"), and what is no danger or no other
office's matter ("кров здавати", "я на пенсії", "то вже давно")."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import MOBILE, gather, say_uk
from test_ukrainian_round_six import pressed, said, safety_route
from test_ukrainian_round_twenty_eight import danger_asked, no_danger, not_understood, recording


def hours_of_day(post, app, node, day_speech):
    """The hours of a day as the plain question about it gives them."""
    return said(post, app, node, day_speech)


# -- danger ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "він сказав що до ранку мене не буде і забрав ножа з кухні",
    "чоловік схопив ножа і кричить",
    "вона забрала ножа і пішла до нього",
])
def test_a_knife_taken_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "він мене бив то вже давно а тепер знову б'є",
    "років тому він мене бив а зараз погрожує",
    "по телевізору показували а тепер він мене б'є",
])
def test_danger_after_long_ago_with_now_between_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "чоловік напився і впав у дворі але то вже давно він три роки не п'є",  # over: asked, no safety route
    "по телевізору показували шо знов обстріл і людей побило",  # "знов" inside what was shown
    "по телевізору сьогодні показували як чоловік б'є жінку",
])
def test_danger_long_ago_or_on_a_screen_is_asked_about(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == danger_asked(app)


def test_danger_long_ago_in_the_hours_item_is_asked_about_then_no_is_no_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "hours", "минулої зими чоловік напився і впав у дворі але то вже давно він три роки не п'є")
    assert no_danger(heard) and say_uk(app, "danger_check_intro") in heard


def test_for_a_long_time_is_still_danger_now(make_app, post):
    """Round six: "вже давно" alone (for a long time) is danger now; only "то вже давно" (that was long ago) is over."""
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "він мене вже давно б'є") == safety_route(app)


# -- Friday without its apostrophe -----------------------------------------------------------------------------------


@pytest.mark.parametrize("speech, plain", [
    ("в пятницю ви до котрої", "в п'ятницю до котрої"),
    ("а в пятницю працюєте", "в п'ятницю до котрої"),
])
def test_friday_without_its_apostrophe_is_friday(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_a_drunkard_is_still_addiction(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "мій чоловік п'яниця") == pressed(post, app, "main", "4")


# -- a day or an hour asked with "чи" in a long answer ---------------------------------------------------------------


@pytest.mark.parametrize("speech, plain", [
    ("мамо тихо я зараз спитаю мама питає чи в понеділок ви з восьмої чи з сьомої бо вона плутає",
     "в понеділок з котрої"),
    ("завтра пятниця ви до третьої чи як у понеділок до четвертої я не пам'ятаю", "завтра до котрої"),
    ("сусідка каже що ви в четвер до п'ятнадцятої чи вона щось плутає бабуся старенька", "в четвер до котрої"),
])
def test_a_day_asked_with_chy_in_a_long_answer_is_that_days_hours(make_app, post, speech, plain):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_days_told_in_a_story_without_chy_ask_no_hours(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "я в суботу і в неділю працюю на фермі а вдень сплю от такий у мене графік")
    assert heard != pressed(post, app, "main", "1")
    assert say_uk(app, "info_hours") not in heard


# -- refused after it is named ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "ні повідомлення я не хочу скажіть тільки коли після різдва можна прийти",
    "повідомлення мені не треба",
])
def test_a_message_refused_after_it_is_named_records_nothing(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" not in said(post, app, "leave_word", speech, caller=MOBILE)


def test_a_message_named_then_a_call_refused_still_records(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", "повідомлення не треба передзвонювати", caller=MOBILE) == recording(app)


def test_the_hours_asked_after_the_message_refused(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", "ні повідомлення я не хочу скажіть тільки коли після різдва можна прийти",
                caller=MOBILE) == said(post, app, "leave_word", "коли можна прийти", caller=MOBILE)


# -- the caller's own call and own plan ------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "я пізніше сам передзвоню коли буду вдома",
    "ні ні не треба мені передзвонювати я сама завтра подзвоню",
])
def test_the_callers_own_call_asks_no_call_back_nor_hours(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "leave_word", speech, caller=MOBILE)
    assert heard == gather(app, "uk", "leave_word", say_uk(app, "not_understood") + say_uk(
        app, "menu_leave_word"), miss=1) or say_uk(app, "info_hours") not in heard
    assert heard != pressed(post, app, "leave_word", "2", caller=MOBILE)


@pytest.mark.parametrize("speech", ["передзвоніть мені пізніше", "хай мені подзвонять"])
def test_a_call_back_asked_is_still_a_call_back(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", speech, caller=MOBILE) == pressed(post, app, "leave_word", "2",
                                                                         caller=MOBILE)


def test_a_plan_beside_a_question_of_the_day_still_asks_the_hours(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", "чи ви в понеділок відчинені бо я прийду") == said(
        post, app, "main", "в понеділок до котрої")


# -- prices, own timetable, the phone as a device ---------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "ціни на газ знову піднімуть",
    "казали що ціни на вугілля знов піднімуть",
])
def test_the_prices_of_a_thing_told_ask_nothing(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == not_understood(app)


def test_a_need_beside_the_prices_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "ціни на вугілля такі що нема чим топити") == said(post, app, "main", "опалення")


@pytest.mark.parametrize("speech", ["от такий у мене графік", "у мене графік на фермі такий"])
def test_the_callers_own_timetable_is_no_hours(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) != pressed(post, app, "main", "1")


@pytest.mark.parametrize("speech", ["який у вас графік", "графік роботи"])
def test_the_offices_timetable_is_the_hours(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "1")


@pytest.mark.parametrize("speech", [
    "онук ставки робить на футбол і цілу ніч сидить в телефоні",
    "зять на ставки гроші ставить і ночами в телефоні",
])
def test_someone_sitting_in_a_phone_is_the_matter_not_the_address(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "4")


def test_the_offices_phone_asked_is_still_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "дайте номер телефону") == pressed(post, app, "main", "2")


# -- words of the hours, a call-back, no danger ----------------------------------------------------------------------


@pytest.mark.parametrize("speech, plain", [
    ("а завтра можна до вас прийти бо сьогодні маршрутка вже поїхала і я не встигаю", "завтра до котрої"),
    ("в який день краще приходити", "години роботи"),
    ("скажіть коли ви є на місці", "години роботи"),
])
def test_words_of_the_hours(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_someone_there_on_a_day_is_that_days_hours(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "hours", "а в неділю хтось у вас є бо я тільки тоді можу приїхати син везе") == said(
        post, app, "hours", "в неділю до котрої")


@pytest.mark.parametrize("speech", ["задзвоньце до мене завтра", "задзвоніть мені ввечері"])
def test_a_call_back_in_polish_words_is_a_call_back(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", speech, caller=MOBILE) == pressed(post, app, "leave_word", "2",
                                                                         caller=MOBILE)


def test_blood_given_for_tests_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "в п'ятницю аналізи кров здавати")
    assert no_danger(heard)


def test_blood_told_as_bleeding_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "в нього кров іде з голови") == safety_route(app)


def test_retired_is_no_pension_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "я на пенсії скажіть коли ви є на місці") == said(post, app, "main",
                                                                                   "години роботи")


@pytest.mark.parametrize("speech", ["хай мені завтра подзвонять", "нехай мені пані ввечері подзвонить"])
def test_a_call_back_wished_with_khai_and_words_between_is_a_call_back(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", speech, caller=MOBILE) == pressed(post, app, "leave_word", "2",
                                                                         caller=MOBILE)


@pytest.mark.parametrize("speech", ["хай він синові подзвонить", "не треба хай мені дзвонять"])
def test_khai_for_someone_else_or_refused_is_no_call_back(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", speech, caller=MOBILE) != pressed(post, app, "leave_word", "2",
                                                                         caller=MOBILE)
