"""Issue 33, round twenty-four of Ukrainian understanding on the phone (bench/fresh24/uk-utterances.tsv): each
reading through the real webhooks with the Ukrainian line (/voice/answer, exact TwiML compared with the key pressed
or the plain request), beside the near inputs that must not change. The readings: food missing said either way
round, a threat of the end, someone not getting up since a time (danger); a key said beside a verb of pressing; a yes
denied at the read-back; a family doctor and a bus's time as other offices' matters; Russian words of a message, a
refusal, a person, who, a call-back and the hours, and the office asked whether it works today; "бувайте" as a
farewell; the number's words at the read-back; a message asked first where it is offered; a psychologist or a lawyer
as the addiction committee's help; a worker asked to see how the caller lives; "це все" as the object of a request;
the police asked for as the place dialled by mistake; a topic's word echoed between phrases of not hearing; goods
priced in a shop; documents for another office's matter; the head of another institution the caller meant to call."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import HEAD, MOBILE, gather, say_uk, url
from test_ukrainian_round_six import pressed, said, safety_route


def no_danger(heard: str) -> bool:
    return "<Dial" not in heard and "112" not in heard


# -- danger ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "в мене їсти вдома нема що вже другий день",  # food missing, the verb first ("нема що їсти" the other way round)
    "в мене пенсії ще нема і їсти нічого третій день",
    "він сказав якщо я розповім то мені кінець",  # a threat of the end
    "тато з ранку не встає і мовчить",  # someone not getting up since a time
    "бабуся вже три дні не встає з ліжка",
])
def test_danger_said_in_these_ways_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "їсти є що а от з опаленням біда",  # food there, the heating asked
    "мені кінець кінцем сказали прийти з документами",  # "after all", no threat
])
def test_near_words_of_the_new_danger_phrases_are_no_danger(make_app, post, speech):
    assert no_danger(said(post, make_app(TUESDAY_OPEN), "main", speech))


def test_someone_not_getting_up_with_no_time_said_is_still_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "мама вже не встає з ліжка потрібна опікунка")
    assert heard == pressed(post, app, "about", "5").replace(url("about"), url("main"))


# -- a key beside a verb of pressing ---------------------------------------------------------------


@pytest.mark.parametrize("speech,digits", [
    ("добре зараз я натисну одиничку", "1"),  # after a verb of pressing, in the first person
    ("ну тисни двійку", "2"),  # an imperative
    ("четвірку тицни бабусю", "4"),  # the key right before the verb
    ("ой як довго давайте нуль", "0"),  # "давайте" and a key last
])
def test_a_key_said_beside_a_verb_of_pressing_is_the_key(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", digits)


@pytest.mark.parametrize("speech,digits", [("я два рази натискала і нічого не вийшло", "2"),
                                           ("натиснула три а воно не працює", "3")])
def test_a_figure_of_something_else_beside_pressing_is_no_key(make_app, post, speech, digits):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) != pressed(post, app, "main", digits)


# -- the read-back of the number ------------------------------------------------------------------


def _read_back(post, make_app, speech):
    return said(post, make_app(FRIDAY_EVENING), "callback", speech, caller=MOBILE)


@pytest.mark.parametrize("speech", ["ні не дзвоніть", "ні не так"])
def test_a_yes_denied_at_the_read_back_is_no_yes(make_app, post, speech):
    assert _read_back(post, make_app, speech) != _read_back(post, make_app, "так")
    assert _read_back(post, make_app, "так дзвоніть") == _read_back(post, make_app, "так")


@pytest.mark.parametrize("speech", ["так це мій мобільний номер", "так так мій мобільний"])
def test_the_callers_own_mobile_at_the_read_back_confirms(make_app, post, speech):
    assert _read_back(post, make_app, speech) == _read_back(post, make_app, "так")


def test_the_number_asked_again_at_the_read_back_is_read_again(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "callback", "прочитайте ще раз той номер будь ласка", caller=MOBILE)
    assert heard == said(post, app, "callback", "повторіть", caller=MOBILE)
    assert "61 817" not in heard  # not the office's address card


def test_the_office_number_asked_elsewhere_is_still_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "а який у вас номер телефону")
    assert heard == pressed(post, app, "main", "2")


# -- another office's matter ------------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["де мені записатися до лікаря на завтра", "о котрій їде автобус на гнєзно"])
def test_a_doctor_or_a_bus_is_another_offices_matter(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == gather(app, "uk", "main", say_uk(app, "not_understood")
                                                     + say_uk(app, "menu_main_no_sms"), miss=1)


def test_the_way_to_the_office_by_bus_is_still_the_address(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "як до вас доїхати автобусом") == pressed(post, app, "main", "2")


# -- Russian words, the hours, a farewell ------------------------------------------------------------


def test_a_message_asked_in_russian_records_and_refused_in_russian_does_not(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" in said(post, app, "leave_word", "я хочу оставить сообщение для работника", caller=MOBILE)
    for refused in ("я не буду оставлять сообщение", "не надо никакого сообщения"):
        assert "<Record" not in said(post, app, "leave_word", refused, caller=MOBILE)


def test_a_live_person_asked_in_russian_is_put_through(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "мне нужен живой человек")
    assert heard.startswith(HEAD + say_uk(app, "transfer") + '<Dial action="/voice/dial-done?rounds=0&amp;lang=uk"')


def test_who_the_head_is_asked_in_russian_is_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "скажите кто ваша начальница и её фамилия") == pressed(post, app, "main", "2")


def test_a_call_back_asked_in_russian_reads_the_number_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "leave_word", "пусть позвонят мне на этот номер", caller=MOBILE)
    assert heard == said(post, app, "leave_word", "передзвоніть", caller=MOBILE)


@pytest.mark.parametrize("speech,plain", [("до скольки вы работаете", "години роботи"),
                                          ("а працюєте чи ні", "години роботи")])
def test_the_hours_asked_in_russian_or_whether_the_office_works_are_the_hours(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_the_callers_own_work_today_beside_a_call_back_is_the_call_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = said(post, app, "main", "я сьогодні працюю до п'ятої передзвоніть пізніше", caller=MOBILE)
    assert heard == said(post, app, "main", "передзвоніть", caller=MOBILE)


def test_a_farewell_said_last_is_a_goodbye_and_its_verb_is_not(make_app, post):
    app = make_app(TUESDAY_OPEN)
    goodbye = said(post, app, "contact", "до побачення")
    assert "<Hangup" in goodbye
    assert said(post, app, "contact", "зрозуміла завтра прийду бувайте") == goodbye
    assert "<Hangup" not in said(post, app, "contact", "ну так буває в житті")


# -- a message asked first, the matters of help ------------------------------------------------------


def test_a_message_asked_first_where_it_is_offered_records(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" in said(post, app, "leave_word", "хочу залишити повідомлення для пані з опіки про опалення",
                             caller=MOBILE)
    # refused, or a matter named first: no recording
    assert "<Record" not in said(post, app, "leave_word", "не хочу залишати повідомлення питання про опалення",
                                 caller=MOBILE)


def test_a_psychologist_asked_for_is_the_addiction_help_not_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "можна мені поговорити з психологом") == pressed(post, app, "main", "4")
    heard = said(post, app, "main", "хочу поговорити з працівником")
    assert heard.startswith(HEAD + say_uk(app, "transfer") + '<Dial action="/voice/dial-done?rounds=0&amp;lang=uk"')


def test_a_worker_asked_to_see_how_the_caller_lives_is_social_work(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "треба щоб хтось прийшов і подивився як ми живемо")
    assert heard == pressed(post, app, "about", "1").replace(url("about"), url("main"))


def test_all_of_it_asked_for_is_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "а можна це все есемескою надіслати", caller=MOBILE)
    assert "<Hangup" not in heard
    assert heard == said(post, app, "main", "надішліть смс", caller=MOBILE)
    for goodbye in ("дякую це все", "це все що я хотіла знати"):
        assert "<Hangup" in said(post, app, "main", goodbye)


# -- the police dialled by mistake -------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["алло це поліція ой ні я помилилася", "це поліція а вибачте я не туди подзвонила"])
def test_the_police_asked_for_by_mistake_is_no_danger(make_app, post, speech):
    assert no_danger(said(post, make_app(TUESDAY_OPEN), "main", speech))


@pytest.mark.parametrize("speech", ["алло це поліція мене чоловік б'є", "викличте поліцію я не туди потрапила",
                                    "алло це поліція допоможіть"])
def test_the_police_with_danger_or_asked_to_come_is_still_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


# -- a word half heard, echoed -------------------------------------------------------------------------


def test_a_topic_echoed_between_phrases_of_not_hearing_asks_again(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "як яке опалення не розчула повторіть")
    assert heard == said(post, app, "main", "повторіть")


@pytest.mark.parametrize("speech", [
    "яке опалення мені належить повторіть ще раз",  # the question goes on after the topic: asked
    "допомога на опалення не чую ще раз",  # no echoing question word
])
def test_a_topic_asked_beside_not_hearing_is_still_the_topic(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) != said(post, app, "main", "повторіть")


# -- a price told, documents for another office ---------------------------------------------------------


def _not_understood(app, post, speech):
    return said(post, app, "main", speech) == gather(app, "uk", "main", say_uk(app, "not_understood")
                                                     + say_uk(app, "menu_main_no_sms"), miss=1)


def test_goods_priced_in_a_shop_are_no_request(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert _not_understood(app, post, "масло вже по дев'ять злотих ну що за ціни")
    assert _not_understood(app, post, "горілка вже по тридцять злотих")


@pytest.mark.parametrize("speech,plain", [
    ("хліб по сім злотих а пенсія мала чи є продуктова допомога", "продуктова допомога"),  # the help asked too
    ("на дітей ті вісімсот злотих де подавати", "вісімсот плюс"),  # a benefit's amount, not goods
    ("рахунок за світло прийшов на тисячу злотих", "рахунок за світло"),  # a bill's amount
])
def test_an_amount_beside_a_request_keeps_the_request(make_app, post, speech, plain):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == said(post, app, "main", plain)


def test_documents_asked_for_another_offices_matter_are_that_offices(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert _not_understood(app, post, "де оформити песель і які документи потрібні")
    # documents of the office's own benefit are still the benefits
    assert said(post, app, "main", "які документи треба на засілок") == said(post, app, "main", "засілок")


# -- the head of another place called ----------------------------------------------------------------


def test_the_head_of_another_institution_called_is_no_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", "я дзвоню до лікарні дайте мені секретарку")
    assert "<Dial" not in heard
    assert _not_understood(app, post, "я дзвоню до лікарні дайте мені секретарку")


@pytest.mark.parametrize("speech", ["я дзвоню в школу а там не відповідають з'єднайте з працівником",  # no title
                                    "з'єднайте мене з директором центру"])  # no other place called
def test_a_worker_or_the_offices_head_asked_for_is_still_a_transfer(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    heard = said(post, app, "main", speech)
    assert heard.startswith(HEAD + say_uk(app, "transfer") + '<Dial action="/voice/dial-done?rounds=0&amp;lang=uk"')
