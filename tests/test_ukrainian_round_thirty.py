"""Issue 33, round thirty of Ukrainian understanding on the phone (bench/fresh30/uk-utterances.tsv): each reading
through the real webhooks with the Ukrainian line (/voice/answer, exact TwiML compared with the key pressed, the plain
request or the reply spelled out), beside the near inputs that must not change. The readings: danger told as a
situation (a child left alone, a baby cold who no longer cries, put out on the street, the caller hiding); a Polish
thing is no Polish asked ("без польської мови", "на польські права"); "шоб", "якшо" of mixed speech; "працюєте" alone
as the hours, not "працюю", nor "ви з ними працюєте"; the caller who dialled wrong; a message or a call refused with
words between; a worker to talk with the family; nobody answering as the reason the number is asked; an SMS sent
before; a key said two ways; a call-back wished with "щоб"; a hardship that is over; words of mixed speech ("до
відзеня", "осємсет", "сочяльни", "запомогу", "дім для старих", "програє", a visit by "зайти")."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import HEAD, MOBILE, gather, say_uk
from test_ukrainian_round_six import pressed, said, safety_route
from test_ukrainian_round_twenty_eight import item_of_about, no_danger, not_understood, recording

TRANSFER_DIAL = ('<Dial action="/voice/dial-done?rounds=0&amp;lang=uk" method="POST" timeout="25">'
                 "+48618176130</Dial></Response>")


# -- danger told as a situation ------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "сусід малу свою лишає саму в квартирі і кудись іде",  # a child left alone
    "вона дітей лишає самих на ніч а сама іде",
    "у нас світла нема а мала вся холодна і навіть не плаче",  # a baby cold who no longer cries
    "дитина вже навіть не плаче тільки спить",
    "чоловік виставив нас на вулицю з дітьми а надворі мороз",  # put out on the street
    "свекруха виставила мене на вулицю вночі",
    "я ховаюся в сусідів бо він мене шукає",  # the caller hiding
    "ми з дітьми ховаємось у ванній",
])
def test_danger_told_as_a_situation_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


def test_danger_told_as_a_situation_at_the_read_back_takes_the_safety_route(make_app, post):
    """"Не мій номер" at the read-back is another number, but hiding told beside it is danger."""
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "callback", "то не мій номер я з чужого дзвоню я ховаюся від нього", caller=MOBILE) == said(
        post, app, "callback", "він мене б'є", caller=MOBILE)


@pytest.mark.parametrize("speech, plain", [
    ("я ховаю гроші на зиму бо опалення дороге", "опалення"),  # hiding money, not oneself
    ("в хаті холодно нема чим топити", "опалення"),  # cold at home: heating
    ("на вулиці мороз а в хаті холодно", "опалення"),  # out in the street: the weather
])
def test_near_words_of_the_situations_are_no_danger(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", speech)
    assert no_danger(heard)
    assert heard == said(post, app, "main", plain)


# -- a Polish thing is no Polish asked -----------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "мені водійські права обміняти на польські це до вас",
    "чи беруть на роботу без польської мови",
    "машину на польські номери зареєструвати",
])
def test_a_polish_thing_named_is_no_switch_to_polish(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", speech)
    assert 'language="uk-UA"' in heard and 'language="pl-PL"' not in heard


@pytest.mark.parametrize("speech", ["польською будь ласка", "можна по-польськи", "переключіть на польську"])
def test_polish_asked_still_switches(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "8")


def test_a_polish_pension_is_the_benefit_asked_beside_it(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "польської пенсії нема чи можна якусь запомогу") == item_of_about(post, app, "2")


# -- "шоб", "якшо" ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "хочу шоб хтось приїхав",
    "мама сама живе хочу шоб хтось до неї зайшов",  # a visit by "зайти"
    "якшо можна шоб хтось до нас зайти міг",
])
def test_a_visit_in_mixed_speech_is_social_work(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == item_of_about(post, app, "1")


def test_a_visit_refused_in_mixed_speech_is_no_request(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "не треба шоб хтось до нас зайшов") == not_understood(app)


# -- "працюєте" alone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "а коли ви взагалі працюєте бо я пізно з роботи",
    "а ви ще працюєте чи вже пішли додому",
    "в субботу работаете или нет",
])
def test_you_work_alone_asks_the_hours(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "1")


@pytest.mark.parametrize("speech, plain", [
    ("треба в уряд праці зареєструватися як безробітна ви з ними працюєте", "безробітна"),  # works with them
    ("ви працюєте з біженцями чи тільки з поляками допомога біженцям", "допомога біженцям"),
    ("мені потрібна опікунка бо я працюю", "опікунка"),  # I work: the reason
    ("я не працюю бо в мене операція була чи є якась грошова допомога", "грошова допомога"),
])
def test_you_work_with_someone_or_i_work_is_no_hours(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


# -- dialled wrong ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("node, speech", [
    ("main", "ой я не туди попала де квитки купити"),
    ("main", "вибачте не туди подзвонив мені треба квитки на свята"),
    ("main", "мабуть не той номер мені треба адресу лікарні"),
])
def test_the_caller_who_dialled_wrong_asks_nothing_here(make_app, post, node, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, node, speech) == not_understood(app)


def test_dialled_wrong_beside_danger_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "я не туди попала мабуть але він мене б'є") == safety_route(app)


@pytest.mark.parametrize("speech, plain", [
    ("я туди попала де засілок дають", "засілок"),  # got through: the matter is asked
    ("туди де засілок оформляють мені треба", "засілок"),
])
def test_no_wrong_number_said_keeps_the_matter(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_not_the_number_at_the_read_back_is_still_another_number(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "callback", "ні це не той номер", caller=MOBILE) == pressed(
        post, app, "callback", "2", caller=MOBILE)


# -- a message or a call refused with words between ------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "та ні я не вмію ці повідомлення записувати",
    "не хочу повідомлення записувати",
])
def test_a_message_refused_with_its_name_between_starts_no_recording(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" not in said(post, app, "leave_word", speech, caller=MOBILE)


def test_a_message_asked_still_records(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "leave_word", "хочу повідомлення записати", caller=MOBILE) == recording(app)


@pytest.mark.parametrize("speech", [
    "я не просила шоб мені дзвонили я кнопку не ту натиснула",
    "я ж не просила мені дзвонити",
])
def test_a_call_not_asked_for_at_the_read_back_is_no_yes(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "callback", speech, caller=MOBILE)
    assert heard != pressed(post, app, "callback", "1", caller=MOBILE)
    assert say_uk(app, "not_understood") in heard


@pytest.mark.parametrize("speech", ["так дзвоніть", "так мій номер"])
def test_yes_at_the_read_back_is_still_yes(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "callback", speech, caller=MOBILE) == pressed(post, app, "callback", "1", caller=MOBILE)


# -- a worker to talk with the family -------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "син не слухається хочу шоб хтось з ним поговорив",
    "в сім'ї сварки я не справляюся хочу щоб хтось з нами поговорив",
])
def test_someone_to_talk_with_the_family_is_social_work(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == item_of_about(post, app, "1")


@pytest.mark.parametrize("speech", [
    "я не справляюся хочу щоб хтось зі мною поговорив",  # with the caller: a talk
    "хочу поговорити з працівником",
])
def test_a_talk_with_the_caller_is_still_a_transfer(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == HEAD + say_uk(app, "transfer") + TRANSFER_DIAL


# -- nobody answering as the reason ----------------------------------------------------------------------------------


def test_the_number_asked_because_nobody_answers_is_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", "дайте мені номер мобільний бо ніхто не бере трубку") == said(
        post, app, "main", "номер мобільний")


def test_someone_asked_because_nobody_answers_is_still_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "чи є хтось бо ніхто не бере трубку") == HEAD + say_uk(
        app, "transfer") + TRANSFER_DIAL


# -- an SMS sent before ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "на дітей виплата мені відмову прислали",
    "вісімсот плюс мені відмову надіслали",
])
def test_a_text_sent_before_is_the_matter_not_an_sms(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", speech) == said(post, app, "main", "вісімсот плюс")


def test_an_sms_asked_is_still_an_sms(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", "пришліть мені смс", caller=MOBILE) == pressed(post, app, "main", "5",
                                                                               caller=MOBILE)


# -- a key said two ways ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech, digits", [("п'ять п'ятірка мені", "5"), ("одиничка один", "1"), ("два двійка", "2")])
def test_a_key_said_two_ways_is_the_key(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", speech) == pressed(post, app, "about", digits)


@pytest.mark.parametrize("speech", ["два три", "п'ять років"])
def test_two_keys_or_a_figure_are_no_key(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", speech) != pressed(post, app, "about", "2")
    assert said(post, app, "about", speech) != pressed(post, app, "about", "5")


# -- a call-back wished with "щоб" -----------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "а можна шоб мені завтра подзвонили бо я на роботі",
    "можна щоб пані мені сама подзвонила ввечері",
])
def test_a_call_back_wished_is_a_call_back(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", speech, caller=MOBILE) == said(post, app, "main", "передзвоніть мені",
                                                                 caller=MOBILE)


@pytest.mark.parametrize("speech", [
    "не треба шоб мені завтра дзвонили",  # refused
    "хочу щоб він подзвонив синові",  # a call to someone else
])
def test_a_call_back_refused_or_for_someone_else_is_none(make_app, post, speech):
    app = make_app(FRIDAY_EVENING)
    assert said(post, app, "main", speech, caller=MOBILE) != said(post, app, "main", "передзвоніть мені",
                                                                 caller=MOBILE)


def test_a_call_back_wished_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "можна щоб мені подзвонили бо він мене б'є") == safety_route(app)


# -- a hardship that is over -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "торік нам не було чим топити пані з опіки помогла а тепер вже все в нас добре",
    "торік не було чим платити за світло а тепер все в нас гаразд",
])
def test_a_hardship_over_and_all_well_asks_nothing(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", speech)
    assert no_danger(heard)
    assert heard != said(post, app, "main", "опалення")
    assert heard != said(post, app, "main", "продуктова допомога")


def test_a_need_after_the_hardship_over_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "торік не було чим топити а тепер все добре але цього року знову нема вугілля"
                ) == said(post, app, "main", "опалення")


def test_danger_beside_all_well_now_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "торік було важко а тепер він мене б'є і все добре каже") == safety_route(app)


# -- words of mixed speech -------------------------------------------------------------------------------------------


def test_goodbye_in_polish_words_hangs_up(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "contact", "ну добре дзєнькую до відзеня") == said(post, app, "contact", "до побачення")


@pytest.mark.parametrize("node, speech, digits", [
    ("benefits", "я ще не отримувала тих осємсет", "1"),  # "osiemset": 800+
])
def test_eight_hundred_in_polish_is_the_child_benefit(make_app, post, node, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, node, speech) == pressed(post, app, node, digits)


@pytest.mark.parametrize("speech, digits", [
    ("мені потрібна працовніца сочяльна", "1"),  # "pracownica socjalna"
    ("бабуся все забуває чи є дім для старих", "5"),  # a home for the old: care
    ("син гроші програє в ігри на телефоні", None),  # gambling: addiction
])
def test_words_of_mixed_speech_are_their_topics(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    if digits is None:
        assert said(post, app, "about", speech) == said(post, app, "about", "азартні ігри")
    else:
        assert said(post, app, "about", speech) == pressed(post, app, "about", digits)


def test_programmes_are_still_programmes(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "які програми допомоги є") == said(post, app, "main", "безробіття")
