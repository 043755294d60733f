"""Issue 33, round twenty-eight of Ukrainian understanding on the phone (bench/fresh28/uk-utterances.tsv): each
reading through the real webhooks with the Ukrainian line (/voice/answer, exact TwiML compared with the key pressed,
the plain request or the reply spelled out), beside the near inputs that must not change. The readings: someone lying
or not getting up with nobody coming to them (danger); news watched and "на світі" (no danger now, no light); the
worker by the office's popular name ("пані з опіки"); a visit asked ("щоб хтось прийшов", "до нас прийти") and
refused; family troubles in the other order; a kind of help named beside "допомога для біженців"; the words
"зазілек", "енергетичний", "надиктувати"; an imperative of writing down where a message is offered; "да" for "так";
someone told of who does not talk ("син ні з ким не розмовляє") is no talk asked; neither one thing nor another
needed ("не треба ні вісімсот плюс ні того додатку") asks for nothing."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import HEAD, MOBILE, gather, say_uk, url
from test_ukrainian_round_six import pressed, said, safety_route

TRANSFER_DIAL = ('<Dial action="/voice/dial-done?rounds=0&amp;lang=uk" method="POST" timeout="25">'
                 "+48618176130</Dial></Response>")


def no_danger(heard: str) -> bool:
    return "<Dial" not in heard and "112" not in heard


def not_understood(app, node="main", menu="menu_main_no_sms") -> str:
    return gather(app, "uk", node, say_uk(app, "not_understood") + say_uk(app, menu), miss=1)


def danger_asked(app) -> str:
    """"Is anyone in danger?" after a long story not understood."""
    return gather(app, "uk", "danger_check", say_uk(app, "danger_check_intro") + say_uk(app, "menu_danger_check"))


def item_of_about(post, app, digits: str) -> str:
    """The item of the "what the office does" menu under `digits`, as reached from the main menu."""
    return pressed(post, app, "about", digits).replace(url("about"), url("main"))


def recording(app) -> str:
    """The message being recorded, asked for where it is offered (leave_word)."""
    action = "/voice/recorded?node=leave_word&amp;miss=0&amp;rounds=0&amp;lang=uk"
    return (HEAD + say_uk(app, "privacy_before_beep") + say_uk(app, "record_intro")
            + f'<Record action="{action}" finishOnKey="1234567890*#" maxLength="120" method="POST" playBeep="true" '
            'recordingStatusCallback="http://localhost/voice/recording" recordingStatusCallbackMethod="POST" '
            f'timeout="10" /><Redirect method="POST">{action}</Redirect></Response>')


# -- someone lying, nobody coming ---------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "дід лежить третій день і ніхто до нього не приходить",
    "мама не встає а ніхто за нею не доглядає",
    "сусідка вже не піднімається з ліжка ніхто до неї не заходить",
    "ніхто до бабці не ходить а вона лежить сама",  # the nobody first
])
def test_someone_lying_with_nobody_coming_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "бабуся живе сама ніхто до неї не ходить чи є опікунка",  # nobody coming, no one down: care
    "мама лежача ніхто до неї не ходить потрібна опікунка",  # bedridden by the adjective: care
    "тато лежить у лікарні і ніхто до нього не ходить",  # looked after in a hospital
    "тато лежить після операції вдома і донька до нього ходить",  # someone comes
])
def test_nobody_coming_or_lying_alone_is_care_not_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", speech)
    assert no_danger(heard)
    assert heard == item_of_about(post, app, "5")


def test_someone_lying_with_nobody_coming_told_from_a_screen_is_no_safety_route(make_app, post):
    assert no_danger(said(post, make_app(TUESDAY_OPEN), "main",
                          "по телевізору показували бабусю яка лежить і ніхто до неї не ходить"))


# -- news watched, "на світі" ------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "я вчора дивилася новини там показували як чоловік убив жінку",
    "дивився новини про те як сина побили страшне",
    "по телевізору казали що чоловік жінку побив жах що робиться на світі",  # "на світі" is no light
])
def test_danger_told_from_the_news_is_asked_about_not_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == danger_asked(app)


def test_danger_beside_the_news_said_yes_to_takes_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "дивилася новини а тут чоловік мене б'є") == danger_asked(app)
    assert said(post, app, "danger_check", "так") == safety_route(app)


@pytest.mark.parametrize("speech", [
    "у мене погані новини чоловік мене б'є",  # news not watched
    "він мене б'є і нікого в мене нема на світі",  # "на світі" beside danger
])
def test_danger_beside_news_or_the_world_still_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


def test_no_light_is_still_heating(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "у нас нема світла") == said(post, app, "main", "опалення")


# -- the worker by the office's name ---------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["пані з опіки можна", "а пана з опіки покличте"])
def test_the_worker_by_the_offices_popular_name_is_a_transfer(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == HEAD + say_uk(app, "transfer") + TRANSFER_DIAL


@pytest.mark.parametrize("speech,digits", [
    ("мамі потрібна опіка", "5"),  # care, no title
    ("пані з опіки може до нас прийти", "1"),  # the worker asked to come: a visit
])
def test_care_or_the_worker_asked_to_come_is_no_transfer(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == item_of_about(post, app, digits)


def test_a_message_for_the_worker_by_the_offices_name_records(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", "залишити повідомлення для пані з опіки", caller=MOBILE) == recording(app)


def test_a_call_back_by_the_worker_by_the_offices_name_is_a_call_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", "хай пані з опіки мені передзвонить", caller=MOBILE) == said(
        post, app, "main", "передзвоніть", caller=MOBILE)


# -- a visit, family troubles ---------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "хай хтось прийде подивиться",  # come and look
    "хочу щоб хтось прийшов",
    "а можна щоб ви до нас прийшли",  # the place before the verb
    "у нас у родині проблеми",  # troubles in the family, the other order
    "в сім'ї проблеми не знаю що робити",
])
def test_a_visit_asked_or_family_troubles_are_social_work(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == item_of_about(post, app, "1")


@pytest.mark.parametrize("speech", ["не треба щоб хтось прийшов", "не хочу щоб хтось до нас прийшов",
                                    "не треба до нас прийти"])
def test_a_visit_refused_is_no_request(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == not_understood(app)


def test_a_visit_asked_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "хочу щоб хтось прийшов бо він мене б'є") == safety_route(app)


# -- someone who does not talk ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["син ні з ким не розмовляє не ходить в школу",
                                    "підліток вдома ні з ким не розмовляє і в нього проблеми з поведінкою"])
def test_someone_who_does_not_talk_is_told_not_a_transfer(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == item_of_about(post, app, "1")


@pytest.mark.parametrize("speech", ["я не розмовляю польською",  # the caller, not someone told of
                                    "син не розмовляє зі мною хочу поговорити з працівником"])  # a talk asked too
def test_the_caller_not_talking_or_a_talk_asked_is_still_a_transfer(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == HEAD + say_uk(app, "transfer") + TRANSFER_DIAL


# -- neither one nor the other ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["мені не треба ні вугілля ні опалу", "та ні не хочу ні засілку ні вісімсот плюс"])
def test_neither_one_nor_the_other_needed_asks_for_nothing(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == not_understood(app)


@pytest.mark.parametrize("speech,plain", [
    ("не треба ні засілку ні вугілля тільки обіди для дітей", "обіди для дітей"),  # what is needed after them
    ("не треба ні вісімсот плюс", "вісімсот плюс"),  # one "ні": not read as a refusal
    ("нам не дають ні вісімсот плюс ні засілку", "вісімсот плюс"),  # not given, no needing denied
])
def test_a_need_beside_neither_nor_or_not_given_is_still_asked(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_neither_nor_beside_danger_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "не треба ні засілку ні вугілля він мене б'є") == safety_route(app)


# -- a kind of help for refugees ---------------------------------------------------------------------------------


@pytest.mark.parametrize("speech,plain", [
    ("чи є фінансова допомога для біженців", "засілок"),
    ("продуктова допомога українцям є", "продуктові набори"),
])
def test_a_kind_of_help_for_refugees_is_that_help(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


@pytest.mark.parametrize("speech", ["яка допомога для біженців є", "допомога біженцям"])
def test_help_for_refugees_with_no_kind_is_still_what_the_office_does(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "3")


# -- words of the fields ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["я хочу дізнатися про зазілек", "зазілок сталий"])
def test_zasilek_heard_with_a_z_is_the_benefits(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", "засілок")


def test_the_energy_allowance_is_heating(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "benefits", "додатек енергетичний") == pressed(post, app, "benefits", "2")
    assert said(post, app, "main", "а енергетичний бон ще є") == said(post, app, "main", "опалення")


@pytest.mark.parametrize("speech", ["можна я надиктую", "я хочу надиктувати пані кілька слів",
                                    "запишіть мене будь ласка", "ну то запиши мене"])
def test_dictating_or_asking_to_be_written_down_where_a_message_is_offered_records(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", speech, caller=MOBILE) == recording(app)


def test_writing_down_refused_or_done_or_said_elsewhere_does_not_record(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" not in said(post, app, "leave_word", "ні не записуйте", caller=MOBILE)
    assert "<Hangup" in said(post, app, "leave_word", "я все записала", caller=MOBILE)
    # only where a message is offered: in the main menu a bare "запишіть" is not understood
    assert said(post, app, "main", "так запишіть будь ласка", caller=MOBILE) == gather(
        app, "uk", "main", say_uk(app, "not_understood") + say_uk(app, "menu_main_closed"), miss=1)


# -- "да" ------------------------------------------------------------------------------------------------------------


def _read_back(post, make_app, speech="", digits=""):
    app = make_app(FRIDAY_EVENING)
    if digits:
        return pressed(post, app, "callback", digits, caller=MOBILE)
    return said(post, app, "callback", speech, caller=MOBILE)


@pytest.mark.parametrize("speech", ["ага да мій", "да да"])
def test_da_at_the_read_back_is_yes(make_app, post, speech):
    assert _read_back(post, make_app, speech) == _read_back(post, make_app, digits="1")


def test_da_then_no_at_the_read_back_is_no(make_app, post):
    assert _read_back(post, make_app, "да ні") == _read_back(post, make_app, digits="2")


def test_da_to_is_anyone_in_danger_still_takes_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "danger_check", "да") == safety_route(app)
