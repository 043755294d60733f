"""Issue 33, round twenty-seven of Ukrainian understanding on the phone (bench/fresh27/uk-utterances.tsv): each
reading through the real webhooks with the Ukrainian line (/voice/answer, exact TwiML compared with the key pressed
or the plain request), beside the near inputs that must not change. The readings: danger said in new ways (nothing
to live for, not living till the morning, he will find me everywhere, asked not to be searched for, coming to deal
with us) and someone gone and not back since a recent time; other offices' matters (a pension through ZUS, a driving
licence); the words of the fields (the environmental interview, financial support, "дітячі", "дом опєкі", the
committee's GKRPA, a question about the office with words between, where to press, being called back, a message
that the caller rang, "значить" beside a key); a person named after "для" beside a message; the worker named as the
someone who would help; where to turn with a matter told; "це все" after an imperative; a key before "бо"."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import HEAD, MOBILE, gather, say_uk, url
from test_ukrainian_round_six import pressed, said, safety_route


def no_danger(heard: str) -> bool:
    return "<Dial" not in heard and "112" not in heard


def not_understood(app) -> str:
    return gather(app, "uk", "main", say_uk(app, "not_understood") + say_uk(app, "menu_main_no_sms"), miss=1)


def item_of_about(post, app, digits: str) -> str:
    """The item of the "what the office does" menu under `digits`, as reached from the main menu."""
    return pressed(post, app, "about", digits).replace(url("about"), url("main"))


# -- danger ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "я одна залишилась і мені немає вже для чого жити",  # nothing to live for, a word between
    "нема для кого жити діти загинули",
    "я до ранку не доживу він так сказав",  # not living till the morning
    "я втекла від нього але він скрізь знайде",  # he will find me everywhere
    "сестра лишила записку щоб її не шукали",  # asked not to be searched for
    "сусід обіцяв що прийде сьогодні розібратися зі мною",  # coming to deal with the caller
])
def test_danger_said_in_these_ways_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "син учора пішов з дому і не повернувся",  # yesterday
    "донька зранку пішла до школи і не прийшла",  # this morning, "не прийшла"
    "мама малої поїхала два дні тому і не вернулась",  # days, the surzhyk "вернулась"
])
def test_someone_gone_and_not_back_since_a_recent_time_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "чоловік поїхав на заробітки і не повернувся вже три роки",  # gone for years: a story
    "він пішов і не повернувся",  # no time said
    "вона вчора пішла і не хоче повертатися",  # no "не" before a verb of coming back
    "я до пенсії не доживу з такими цінами",  # a complaint, no threat
    "допоможіть розібратися з документами на засілок",  # documents to sort out
])
def test_near_words_of_the_new_danger_readings_are_no_danger(make_app, post, speech):
    assert no_danger(said(post, make_app(TUESDAY_OPEN), "main", speech))


def test_a_gone_person_told_from_a_screen_is_asked_about_not_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "по телевізору показували як син учора пішов з дому і не повернувся")
    assert heard != safety_route(app)
    assert no_danger(heard)


# -- other offices' matters -------------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["а пенсію через зус можна оформити", "де обміняти права водійські українські"])
def test_a_pension_through_zus_or_a_driving_licence_is_another_offices_matter(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == not_understood(app)


def test_the_800_plus_through_zus_is_still_the_child_benefit(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "вісімсот плюс через зус подавати чи у вас") == said(post, app, "main",
                                                                                       "вісімсот плюс")


# -- the words of the fields --------------------------------------------------------------------------


def test_the_environmental_interview_as_heard_is_social_work(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "мені треба пройти те шродовіскове") == item_of_about(post, app, "1")


@pytest.mark.parametrize("speech,plain", [
    ("нам потрібна матеріальна підтримка", "засілок"),  # support with money: the benefits, not social work
    ("а ці дітячі скільки дають", "вісімсот плюс"),  # "дітячі" for "дитячі"
    ("на кожну дитину щось платять", "вісімсот плюс"),
])
def test_money_and_childrens_money_said_so_are_the_benefits(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_the_polish_care_home_as_heard_is_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "дідусеві потрібен дом опєкі") == item_of_about(post, app, "5")
    assert said(post, app, "main", "тато сам жити не може") == item_of_about(post, app, "5")


def test_the_committee_by_its_letters_is_the_addiction_help(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "до гекаерпеа як потрапити") == pressed(post, app, "main", "4")
    assert said(post, app, "main", "алкогольна комісія гкрпа мені заяву на сина подати") == pressed(post, app, "main",
                                                                                                   "4")


def test_a_question_about_the_office_with_words_between_is_what_it_does(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "а ви чим тут взагалі займаєтеся") == pressed(post, app, "main", "3")


def test_where_to_press_is_a_sign_of_being_lost_not_the_address(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "ой а де натискати")
    assert heard == said(post, app, "main", "не знаю що натиснути")
    assert heard != pressed(post, app, "main", "2")


def test_being_dialled_back_is_a_call_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "main", "наберіть мене пізніше бо я зараз в автобусі", caller=MOBILE)
    assert heard == said(post, app, "main", "передзвоніть", caller=MOBILE)
    # the caller dialling the office is no call-back
    assert said(post, app, "main", "я наберу вас пізніше", caller=MOBILE) != said(post, app, "main", "передзвоніть",
                                                                                  caller=MOBILE)


def test_a_message_that_the_caller_rang_records(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" in said(post, app, "leave_word", "скажіть їм що я дзвонив зранку", caller=MOBILE)
    assert "<Record" not in said(post, app, "main", "я вже дзвонила вчора що мені не прийшли гроші", caller=MOBILE)


@pytest.mark.parametrize("speech,digits", [("два значить", "2"), ("три три значить", "3")])
def test_a_key_with_a_filler_is_the_key(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", digits)


# -- a person after "для", the worker as the someone ---------------------------------------------------


def test_a_message_for_a_named_person_records(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "leave_word", "я хочу записати повідомлення для пана тараса", caller=MOBILE)
    assert heard == said(post, app, "leave_word", "повідомлення", caller=MOBILE)
    assert "<Record" in heard


@pytest.mark.parametrize("speech", [
    "повідомлення для пані олени а краще з'єднайте з працівником",  # put through asked too
    "не хочу повідомлення з'єднайте з пані оленою",  # the person after "з", no "для"
])
def test_a_person_asked_for_beside_a_message_is_still_no_recording(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" not in said(post, app, "leave_word", speech, caller=MOBILE)


def test_the_worker_named_as_the_someone_who_would_help_is_social_work(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "не справляюся сама треба щоб хтось порадив ну пані працівниця")
    assert heard == item_of_about(post, app, "1")
    assert "<Dial" not in heard


@pytest.mark.parametrize("speech", [
    "не справляюся треба щоб хтось порадив з'єднайте з працівницею",  # put through asked
    "не справляюся хочу поговорити з працівницею",  # no "щоб хтось"
])
def test_a_worker_asked_to_talk_to_is_still_a_transfer(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", speech)
    assert heard.startswith(HEAD + say_uk(app, "transfer") + '<Dial action="/voice/dial-done?rounds=0&amp;lang=uk"')


# -- where to turn, "це все", a key before "бо" ----------------------------------------------------------


def test_where_to_turn_with_a_matter_told_is_the_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "онук у ставки все програє куди звертатися") == pressed(post, app, "main", "4")


@pytest.mark.parametrize("speech", ["з якими справами можна до вас звертатися", "куди звертатися"])
def test_turning_to_the_office_with_no_matter_is_still_what_it_does(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "3")


def test_all_of_it_after_an_imperative_is_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "надішліть мені це все смскою", caller=MOBILE)
    assert "<Hangup" not in heard
    assert heard == said(post, app, "main", "надішліть смс", caller=MOBILE)
    for goodbye in ("дякую це все", "добре це все до побачення"):
        assert "<Hangup" in said(post, app, "main", goodbye)


@pytest.mark.parametrize("speech,digits", [("три бо я тут новенька", "3"), ("ну один бо нам треба", "1")])
def test_a_key_then_its_reason_after_because_is_the_key(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", digits)


def test_more_than_a_key_before_because_is_no_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "маю одне питання бо я новенька") != pressed(post, app, "main", "1")
