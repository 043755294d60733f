"""Issue 33, round thirty-three of Ukrainian understanding on the phone (bench/fresh33/uk-utterances.tsv): callers
answering what the line just said. Each reading through the real webhooks with the Ukrainian line (/voice/answer,
exact TwiML compared with the key pressed, the plain request or the reply spelled out), beside the near inputs that
must not change. The readings: dark thoughts and doing something with oneself (danger); a wish that an abuser stopped
("аби він не бив", danger); prices that will kill (a figure); the need asked before "бо" on the Ukrainian line; "дом
опєки" (care); holiday wishes and "спасибо" (goodbye); a word named as it is said in Polish (no switch); a key said
again after "ой, кажу"; a key before a verb of pressing; the number told as given; where others do a thing; nobody
there as the caller expected; a day acknowledged; a word's meaning asked; something to say to the workers where a
message is offered; the item's matter asked again with not hearing as the reason; a translation (another office's)."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import MOBILE, say_uk
from test_ukrainian_round_six import pressed, said, safety_route
from test_ukrainian_round_twenty_eight import no_danger, not_understood, recording


# -- danger ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "мені погані думки в голову лізуть вже тиждень",
    "в мене думки погані весь час",
    "я вже не знаю що з собою зробити сил нема",
])
def test_dark_thoughts_take_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


def test_things_taken_with_oneself_are_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(said(post, app, "main", "скажіть що з собою взяти як прийду"))


@pytest.mark.parametrize("speech", [
    "хочу щоб він мене більше не бив",
    "аби вона не била дітей",
    "нехай він нам не погрожує",
])
def test_a_wish_that_an_abuser_stopped_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", speech) == safety_route(app)


@pytest.mark.parametrize("speech", ["хочу щоб він не пив", "він не б'є тільки п'є"])
def test_drinking_wished_away_or_beating_denied_is_no_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(said(post, app, "main", speech))


@pytest.mark.parametrize("speech", ["ці рахунки мене вб'ють скоро", "ціни нас вб'ють ну та що поробиш"])
def test_prices_that_will_kill_are_a_figure(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(said(post, app, "benefits", speech))


@pytest.mark.parametrize("speech", ["ціни мене вб'ють а він мене б'є", "він мене вб'є"])
def test_killing_told_of_a_person_is_still_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "benefits", speech) == safety_route(app)


# -- the need asked before "бо", care, goodbye ------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "догляд для бабусі бо ми вже не даємо ради",
    "дом опєки для мами бо ми вже не справляємося",
])
def test_the_need_asked_before_bo_is_the_item(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", speech) == said(post, app, "about", "догляд")


def test_the_words_before_bo_are_what_is_asked_in_either_order(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "about", "ми вже не даємо ради бо бабуся вже з ліжка не встає")
    assert heard == said(post, app, "about", "не даємо ради") != said(post, app, "about", "догляд")


@pytest.mark.parametrize("speech", ["дякую і зі святом вас", "спасибо дякую вам і з праздником"])
def test_holiday_wishes_are_goodbye(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", speech) == said(post, app, "hours", "до побачення")


def test_thanks_then_a_question_is_the_question(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", "спасибо а ще скажіть де ви знаходитесь") == pressed(post, app, "main", "2")


# -- a word named in Polish, keys -------------------------------------------------------------------------------------


def test_a_word_named_as_it_is_said_in_polish_switches_nothing(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "гроші на дітей чи як це по-польськи називається") == said(
        post, app, "about", "гроші на дітей")


def test_polish_asked_still_switches(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "говоріть польською") == pressed(post, app, "main", "8")


@pytest.mark.parametrize("speech, key", [("три ой кажу три", "3"), ("ну то нуль ой нуль", "0")])
def test_a_key_said_again_after_a_correction_is_the_key(make_app, post, speech, key):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", key)


def test_two_keys_after_a_correction_are_none(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "два ой кажу три") == not_understood(app)


def test_a_key_before_a_verb_of_pressing_is_the_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "п'ятірку то натиснути") == pressed(post, app, "main", "5")


def test_a_figure_before_a_verb_of_pressing_is_no_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "два рази натиснула і нічого") == not_understood(app)


# -- told, not asked -------------------------------------------------------------------------------------------------


def test_the_number_told_as_given_is_no_address(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", "сусідка мені цей номер дала") == not_understood(
        app, menu="menu_main_closed_no_sms")


def test_the_number_asked_is_still_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "дайте номер телефону") == pressed(post, app, "main", "2")


@pytest.mark.parametrize("speech", ["а де англійську вчать не знаєте", "а де тут вчать англійську"])
def test_where_others_do_a_thing_is_no_address(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert say_uk(app, "info_contact") not in said(post, app, "hours", speech)


@pytest.mark.parametrize("speech", ["де ви знаходитесь", "а де вони знаходяться"])
def test_where_the_office_is_is_the_address_card(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "2")


def test_where_food_is_given_is_the_food(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "а де тут обіди дають") == said(post, app, "main", "обіди")


def test_nobody_there_as_expected_asks_for_no_one(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "hours", "я так і знала що ніхто не відповідає")
    assert heard != said(post, app, "hours", "чи є хтось")
    assert say_uk(app, "transfer_closed") not in heard


def test_someone_asked_for_is_still_a_person(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_uk(app, "transfer_closed") in said(post, app, "hours", "чи є хтось")


def test_a_day_acknowledged_asks_no_hours(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "hours", "а в суботу вас нема ну що ж")
    assert heard != said(post, app, "hours", "в суботу до котрої")


@pytest.mark.parametrize("speech", ["в суботу до котрої ясно", "в суботу"])
def test_a_day_asked_is_still_that_days_hours(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", speech) == said(post, app, "hours", "в суботу до котрої")


@pytest.mark.parametrize("speech", ["а що значить зворотний дзвінок", "а що то означає повідомлення"])
def test_a_words_meaning_asked_chooses_nothing(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "leave_word", speech, caller=MOBILE)
    assert "<Record" not in heard and heard != pressed(post, app, "leave_word", "2", caller=MOBILE)


def test_a_topics_meaning_asked_is_its_item(make_app, post):
    """The item explains the topic: asking what it means is asking for it."""
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "а що то значить вісімсот плюс") == said(post, app, "about", "вісімсот плюс")


def test_a_message_said_is_still_recorded(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", "так повідомлення", caller=MOBILE) == recording(app)


# -- a message to say, asked again, a translation ---------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["так можна їм щось сказати", "добре я хочу їм розповісти що сталося"])
def test_something_to_say_to_them_is_the_message(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", speech, caller=MOBILE) == recording(app)


@pytest.mark.parametrize("speech", ["не хочу їм нічого сказати", "я не знаю що сказати"])
def test_nothing_to_say_records_nothing(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" not in said(post, app, "leave_word", speech, caller=MOBILE)


@pytest.mark.parametrize("speech", [
    "до котрої в п'ятницю повторіть бо я не розчула",
    "в понеділок до котрої ще раз бо я погано чую",
])
def test_the_hours_asked_again_for_not_hearing_are_read_again(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", speech) == said(post, app, "hours", "повторіть")


@pytest.mark.parametrize("speech", ["в понеділок до котрої", "в понеділок до котрої ще раз бо мені треба на автобус"])
def test_a_day_asked_again_for_another_reason_is_that_days_hours(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", speech) == said(post, app, "main", "в понеділок до котрої")


def test_a_translation_is_another_offices_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "можете перекласти довідку на польський бо в урзенді не приймають") == not_understood(
        app, node="about", menu="menu_about")


def test_a_translator_to_talk_with_a_worker_is_still_a_person(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "перекладач потрібен щоб з працівником поговорити") == said(
        post, app, "main", "з'єднайте з працівником")
