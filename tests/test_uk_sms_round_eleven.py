"""Issue 33, round eleven of Ukrainian SMS understanding (docs/sms.md, "Round eleven"): each general rule with texts of
its family it must catch (not the tuning rows of bench/sms_texts_uk.tsv themselves) and the near texts it must leave
alone, and the rules through the real /sms webhook with the exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import (ADDICTION, CONTACT, DANGER, HELP, HOURS_OPEN, MENU, PRIVACY_CALLBACK, SAVED_TUESDAY, STOP,
                         THANKS, post_sms)

from ivr.textline.script import text_language, to_cyrillic


# -- danger ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # cannot live like this (as the Polish "tak żyć"), also in Latin letters and in Russian
    "я так більше не можу жити, не можу так жити",
    "не можу так більше жити, чоловік забирає все",
    "ne mozhu bilshe tak zhyty",
    "не могу больше так жить",
    # not wanting to wake up, to fall asleep and not wake
    "не хочу більше прокидатися",
    "хочеться заснути і не прокинутись",
    "я не хочу просыпаться утром",
    # ending it all said ahead, with the means taken
    "тато сказав що покінчить з усім, взяв мотузку",
    "я все закінчу, таблетки поруч",
    "брат написав що все закінчить, забрав ремінь з шафи",
    "ja bilshe ne mozhu, tabletky pryhotuvala",
    # someone chasing the family, hitting out
    "співмешканець ганяється за нами по подвір'ю",
    "він кидається на мене з кулаками",
    "муж гоняет нас по квартире",
    # hiding in the home from someone there
    "ми з малими сховалися у ванній, він стукає і кричить",
    "я заперлась у спальні, чоловік п'яний ломиться",
    "сидимо в машині під будинком, він погрожує",
    # a farewell with an apology for everything
    "простіть мене за все, прощавайте",
    "вибачте за все. це моє останнє повідомлення",
    "простите меня за всё, без меня всем будет лучше",
    # alone, the other order: someone who lives alone and is unreachable since a time
    "дід сам живе, не відповідає з учора",
    # a child molested
    "вітчим пристає до моєї дитини",
    "сосед пристает к ребенку",
    # a cry for help as the whole message (as the Polish "pomocy!!!")
    "Рятуйте!!!",
    "допоможіть, благаю",
    "помогите срочно",
    # Russian as many write it: beating, a fall, pills swallowed
    "отчим избивает маму",
    "дедушка упал в ванной и не встает",
    "дочь наглоталась таблеток",
])
def test_round_eleven_danger_in_its_kinds(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body", [
    # getting up early is no wish not to wake up
    "не хочу так рано прокидатися, щоб їхати до вас, коли ви працюєте?",
    # things that end are no one ending it all; ending papers is not either
    "коли все закінчиться, поїдемо додому, дякую вам",
    "коли все закінчиться з документами, я прийду",
    "я все закінчу з заявою завтра і принесу",
    # a belt or tablets alone: no despair
    "у мене багато таблеток, чи є допомога на ліки?",
    # locked in alone, by oneself
    "син закрився в кімнаті і не виходить, не хоче йти в школу",
    # an apology alone, a goodbye alone
    "вибачте за все що турбувала, дякую вам",
    "дякую, прощавайте",
    # help with something named is no cry
    "допоможіть заповнити заяву на засілок",
    # help asked for without the police
    "брат вживає наркотики, як допомогти без поліції",
])
def test_round_eleven_near_texts_are_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


# -- stop, thanks, call-back ----------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # no longer the writer's number
    ("це вже не мій номер", "stop"),
    ("цей номер більше не мій, не турбуйте", "stop"),
    ("этот номер уже не мой", "stop"),
    # a Polish stop phrase beside Ukrainian
    ("proszę nie wysyłać więcej SMS, де ви знаходитесь", "stop"),
    ("nie piszcie do mnie більше", "stop"),
    # somebody else's number asked about is no stop
    ("моя мама каже що це не її номер, чи ви маєте її номер?", "contact"),
    # health blessed to the staff, in Russian too, and a first name after "пани"
    ("дай вам Боже здоров'я за все", "thanks"),
    ("спасибо, дай Бог здоровья", "thanks"),
    ("Господь дай вам здоров'я, продукти отримали", "thanks"),
    ("спасибо пани Ольге, всё получили", "thanks"),
    # health asked about is still a question
    ("дякую, скажіть де можна оформити страховку на здоров'я", "help"),
    # asked to ring the writer
    ("можете мені набрати? я не маю грошей на рахунку", "callback"),
    ("хай хтось мене набере після обіду", "callback"),
    # thanks for a call made is no call-back asked for, unless one is asked after it
    ("дякую, що передзвонили", "thanks"),
    ("спасибо что перезвонили", "thanks"),
    ("дякую, пані Ірина мені вчора зателефонувала", "thanks"),
    ("дякую що передзвонили, але передзвоніть ще раз завтра", "callback"),
    ("могли б ви мені набрати завтра", "callback"),
    # "не турбуйте мене", a mailing cancelled
    ("не турбуйте мене більше смсками", "stop"),
    ("скасуйте цю розсилку", "stop"),
    ("вибачте що турбую, коли працюєте?", "hours"),
    # a pronoun between ("не треба мі більше писати", Polish "mi")
    ("ne treba mi bilshe pysaty", "stop"),
    ("не треба нам більше писати", "stop"),
    # what the help brought, told after the thanks; cold told with a question is still asked about
    ("дякуємо, дрова привезли, тепер тепло вдома", "thanks"),
    ("дякую, але вдома холодно, тепер що робити?", "heating"),
])
def test_round_eleven_stop_thanks_and_call_back(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- what is asked about --------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # what number this is asks for no phone number; a number asked for still does
    ("що це за номер?", "menu"),
    ("чий це номер? мені писали", "menu"),
    ("дайте номер керівника", "contact"),
    # what to bring, an application for help, the kinds of help (as the Polish "co zabrać")
    ("що треба взяти з собою на засілок", "help"),
    ("що брати з собою, коли прийду?", "hours+help"),
    ("хочу подати заяву на допомогу", "help"),
    ("які види допомоги є для біженців", "help"),
    # nothing to pay the flat with
    ("нема чим платити за квартиру, що робити", "help"),
    ("нечем платить за квартиру", "help"),
    # the office's e-mail; the post office is another office's matter
    ("на яку пошту відправити скан заяви?", "contact"),
    ("яка ваша пошта? хочу надіслати документи", "contact"),
    ("де найближча пошта?", "menu"),
    # "де" beside the hours asks for the address too (as "gdzie"), beside someone to talk to about a topic not
    ("коли працюєте і де ви?", "hours+contact"),
    ("де ви і до котрої відкриті", "hours+contact"),
    ("де можна поговорити з психологом про алкоголь чоловіка", "addiction"),
    ("де можна поговорити з кимось", "contact"),
    # "opieka", the office's popular name, names no care beside Ukrainian
    ("opieka в понеділок працює?", "hours"),
    ("чи пані з опіки сьогодні є? дайте телефон", "hours+contact"),
    ("потрібна опіка для бабусі, вона лежача", "care"),
    # closing for lunch is the hours, no meals
    ("ви закриваєтесь на обід?", "hours"),
    ("а на обід ви зачиняєтесь?", "hours"),
    ("чи даєте обіди для дітей", "food"),
    # a worker coming to someone's home is the help of a visit; coming to the office is the hours
    ("хочу щоб до бабусі приходила соціальна працівниця", "help"),
    ("чи може соціальний працівник приходити до тата, він після інсульту", "help"),
    ("можна прийти до вас у четвер?", "hours"),
    # papers brought asked about with "коли" are the hours
    ("коли можна принести довідки?", "hours"),
    # a child who will not go to school: the social worker's matter
    ("донька не хоче ходити до школи, що робити", "help"),
    # the office working on a day ahead, "ви" left out; not someone else working
    ("чи будете працювати 2 січня", "hours"),
    ("будете відкриті завтра?", "hours"),
    # the e-mail as spelt, the office to be found; furniture is material help
    ("скиньте ваш емейл", "contact"),
    ("як знайти ваш офіс? я біля костелу", "contact"),
    ("чи можна отримати меблі для кімнати", "help"),
    # support beside the drinking named is its support; support alone is still help
    ("чи є група підтримки для дружин, чиї чоловіки п'ють", "addiction"),
    ("потрібна підтримка, ми після евакуації", "help"),
    # drinking as Russian writers name it
    ("муж бухает каждый день, куда обратиться", "addiction"),
    ("сын спился, помогите закодировать", "addiction"),
])
def test_round_eleven_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- Latin letters --------------------------------------------------------------------------------

def test_a_soft_sign_left_out_after_l_and_no_abbreviation_before_a_word():
    assert to_cyrillic("bilshe") == "більше"
    assert to_cyrillic("mozu") == "можу"  # not "мозу", a form of the abbreviation МОЗ
    assert to_cyrillic("mozhu") == "можу"
    assert to_cyrillic("hodyny") == "години" and to_cyrillic("pidkazhit") == "підкажіть"  # as before


def test_a_soft_sign_left_out_before_o():
    assert to_cyrillic("sohodni") == "сьогодні" and to_cyrillic("vsoho") == "всього"
    assert to_cyrillic("dobre") == "добре" and to_cyrillic("robota") == "робота"  # no soft sign where none is


@pytest.mark.parametrize("body", ["wolne miejsca w piątek?", "Polski numer telefonu poproszę", "bardzo dziękuję, wszystko dotarło"])
def test_polish_texts_stay_polish(body):
    assert text_language(body) == "pl"


@pytest.mark.parametrize("body,topic", [
    ("ne mozu bilshe, tabletky vzhe v ruci", "danger"),
    ("a vy bilshe ne pracjujete po subotah?", "hours"),
    ("bilshe ne pyshit meni", "stop"),
    ("vy sohodni vidkryti?", "hours"),
])
def test_latin_ukrainian_with_the_new_readings(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("не можу так більше жити", [DANGER]),
    ("простіть за все, прощайте", [DANGER]),
    ("я закрилась у ванній, він п'яний і кричить", [DANGER]),
    ("вибачте за все що турбувала, дякую вам", [THANKS]),
    ("спасибо, дай Бог здоровья", [THANKS]),
    ("що взяти з собою на засілок?", [HELP]),
    ("на яку пошту надіслати документи?", [CONTACT]),
    ("ви закриваєтесь на обід?", [HOURS_OPEN]),
    ("коли працюєте і де ви?", [HOURS_OPEN, CONTACT]),
    ("де можна поговорити з психологом про алкоголь", [ADDICTION]),
    ("де купити квиток на потяг", [MENU]),
    ("Рятуйте!!!", [DANGER]),
    ("що це за номер?", [MENU]),
])
def test_round_eleven_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_a_number_no_longer_the_writers_stops_the_texts_through_the_webhook(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "це вже не мій номер") == [STOP]


def test_asked_to_ring_the_writer_is_saved_through_the_webhook(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "можете мені набрати? не розумію польську") == [
        SAVED_TUESDAY, PRIVACY_CALLBACK]
