"""Issues 27 and 33, round eight of SMS understanding (docs/sms.md, "Round eight"): each general rule
with the texts it must catch and the near texts it must leave alone, in Polish and in Ukrainian, and a
few through the real /sms webhook with the exact replies."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TUESDAY_OPEN
from test_sms_uk import ADDICTION, CONTACT, DANGER, MENU, STOP, THANKS, post_sms

from ivr.call.content import load_content
from ivr.textline.lines import TextLines
from ivr.textline.script import text_language, to_cyrillic

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


@pytest.fixture(scope="module")
def lines():
    return TextLines.from_files(load_content(PROMPTS), PROMPTS)


def read(lines, body: str) -> tuple[str, str]:
    """What a text is answered with, and in which language, as /sms answers it."""
    reply = lines.answer(body, TUESDAY_OPEN)
    return reply.topic, reply.lang


# -- Polish -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # a child left alone with a sign that it is left (crying, since yesterday, nobody home) is danger
    ("dziecko u sasiadow samo od wczoraj placze za sciana", "danger"),
    ("maluch sasiadow sam na podworku caly dzien", "danger"),
    # a child's own errand is no danger, nor a child crying with its mother there
    ("czy dziecko moze samo odebrac paczke", "food"),
    # a farewell reported is danger; a goodbye of one's own is a thanks
    ("wnuk napisal ze sie zegna i nie odbiera", "danger"),
    ("dziekuje, zegnam", "thanks"),
    # a fire told as past (after it) asks for help; a fire now is danger
    ("jak dostac pomoc dla rodziny po pozarze domu w pazdzierniku", "help"),
    ("u sasiada pozar, dym idzie z dachu", "danger"),
    # thanks: a blessing after what it is for, "że ...", what was received, names signed together
    ("Dziekuje bardzo pani za pomoc z wnioskiem Szczęść Boże", "thanks"),
    ("dziekuje ze pani Ania przyszla do taty, on teraz spokojniejszy", "thanks"),
    ("Bóg zapłać za paczke, wszystko doszlo", "thanks"),
    ("zdrowych spokojnych swiat zyczy Halina i Jozef z Markowic", "thanks"),
    ("dzieki wielkie juz wszystko zalatwione z opalem", "thanks"),
    # ... a thanks that asks, says it is lost or names a matter after it is not
    ("dziekuje, ale nic nie rozumiem", "menu"),
    ("dziekuje, a kiedy jestescie", "hours"),
    ("dziekuje, maz znowu pije", "addiction"),
    ("dziekuje za pomoc z wnioskiem, czy jutro otwarte", "hours"),
    # stop with words between, consent withdrawn, "przestać pisać", a wrong number
    ("koniec z tymi wiadomosciami prosze", "stop"),
    ("nie zycze sobie wiecej zadnych smsow", "stop"),
    ("odwołuję zgodę na wiadomości", "stop"),
    ("prosze przestac pisac, to pomylka numeru", "stop"),
    # ... a visit called off or drinking stopped is no stop
    ("odwołuję wizytę pracownika", "help"),
    ("maz przestal pic", "addiction"),
    # a typo after "zadzw"; the office's own number written asks about it, never for a call to it
    ("prosze zadzwnoic", "callback"),
    ("mam nr 61 817 61 30 czy on jeszcze aktualny?", "contact"),
    ("prosze o telefon 600 100 200", "callback"),
    # where to find the office; care for a relative; medicines; clothes and blankets
    ("gdzie was szukac i jak zglosic ze ktos pije", "contact+addiction"),
    ("czy jutro jestescie i gdzie to dokladnie", "hours+contact"),
    ("gdzie dostac opal", "heating"),
    ("w jakich godzinach moge przyjsc porozmawiac o opiece dla taty", "hours+care"),
    ("czy pomagacie z lekami", "help"),
    ("potrzebuje cieplych ubran dla dzieci i kocow", "help"),
    ("mama nie umie sie ubrac", "care"),
    # fillers; money beside a named addiction; an inflected time of day beside it; a typo of "społecznej"
    ("co wy wlasciwie robicie w tym osrodku", "help"),
    ("wnuk gra na zakladach, przegral pieniadze od dziadkow", "addiction"),
    ("nie mam pieniedzy na rachunki", "heating"),
    ("sasiad pije od rana pod sklepem, kto sie tym zajmuje", "addiction"),
    ("czy jutro od rana jestescie", "hours"),
    ("numer tel do opieki spolecznj w Kleszczewie", "contact"),
    # two neighbouring letters swapped in a word of the lists, only where it is no word itself
    ("maz pjie codzinnie co robic", "addiction"),
    ("moja corka bjie mnie", "danger"),
    # "bez przerwy" is no lunch break, but a question about working without one is about the hours
    ("maz pije bez przerwy od tygodnia", "addiction"),
    ("czy pracujecie bez przerwy", "hours"),
])
def test_round_eight_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


# -- Ukrainian ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # thanks with what it is for, signed with names; health among other wishes; Polish thanks in Cyrillic
    ("Щиро дякую пані Марті за допомогу, дай Бог здоровя і вам і дітям. Людмила", "thanks"),
    ("З Новим роком, здоровя вам і терпіння! Ваша Марія Іванівна з Говажева", "thanks"),
    ("З Різдвом Христовим вас! Здоровя, миру і спокою", "thanks"),
    ("дзенкую 😊", "thanks"),
    ("Слава Богу, все вирішилось з документами, дякую що відповіли так швидко", "thanks"),
    ("spasybi velyke vam za vse, vy duzhe dobri liudy", "thanks"),
    # ... health asked about, or a thanks with a question, is not a thanks
    ("чи покриває страховка здоров'я ліки?", "help"),
    ("дякую, а коли ви працюєте?", "hours"),
    ("дякую, але нічого не зрозуміло", "menu"),
    # stop, despair with pills at hand, drinking the money away
    ("досить вже повідомлень, не хочу отримувати", "stop"),
    ("Сьогодні вночі він знову прийде. Я вже не витримую. таблеток у мене багато", "danger"),
    ("сил немає, мотузка вже готова", "danger"),
    # despair without the means, or pills without despair, is no danger
    ("не витримую цієї черги", "menu"),
    ("у мене багато таблеток, чи є допомога на ліки?", "help"),
    ("чоловік все пропиває, чи можете допомогти з рахунками", "heating+addiction"),
    # half an hour is no office hours; a phone one plays on is no phone number; "без перерви" no break
    ("Дайте номер мобільного, стаціонарний не відповідає вже пів години", "contact"),
    ("син грає в касино в телефоні, чи є у вас психолог?", "addiction"),
    ("дайте номер телефону", "contact"),
    ("tato pje vzhe misjac bez perervy, kudy zvernutysia", "addiction"),
    ("коли у вас перерва?", "hours"),
    # "коли засідає" beside a named topic asks about it (as "kiedy" does); "коли працюєте" is still the hours
    ("коли засідає комісія з алкоголю?", "addiction"),
    ("коли ви працюєте в п'ятницю?", "hours"),
    # someone to talk to beside a named topic; alone, a person is the address card
    ("Можна анонімно поговорити з кимось про алкоголь?", "addiction"),
    ("хочу поговорити з працівником", "contact"),
    # clothes and blankets; an advertisement; a near word that is a word itself is no typo
    ("Треба допомога з зимовим одягом для дітей і ковдрами, або скажіть де", "help"),
    ("Продам коляску дитячу, майже нова", "menu"),
    ("адреса для листа? хочу вислати документи поштою", "contact"),
    ("коли будуть виплати?", "help"),
    # Polish-style Latin without the dot of "ż"
    ("tato lezyt na pidlozi ne vstaye, ja ne mozu joho pidniaty", "danger"),
])
def test_round_eight_ukrainian_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_z_may_stand_for_zh_only_where_the_usual_reading_is_no_word():
    assert to_cyrillic("lezyt") == "лежить" and to_cyrillic("zhyty") == "жити"
    assert to_cyrillic("zavtra") == "завтра" and to_cyrillic("zaraz") == "зараз"


def test_a_child_crying_with_its_mother_there_is_no_danger(lines):
    assert read(lines, "dziecko placze w nocy, mama nie wie co robic")[0] != "danger"
    assert read(lines, "dziecko sasiadow chodzi samo do szkoly")[0] != "danger"  # alone, without a sign of being left
    assert read(lines, "wnuczka placze bo jest sama")[0] != "danger"  # a grandchild may be grown up, lonely


def test_a_text_asking_for_ukrainian_is_answered_in_ukrainian(lines):
    assert text_language("Hallo, moze byc po ukrainsku?") == "uk"
    assert read(lines, "Hallo, moze byc po ukrainsku?") == ("menu", "uk")
    # Ukrainians named as people ask nothing of the language
    assert text_language("czy pomagacie ukraincom? mam rodzine u siebie") == "pl"


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("дзенкую 😊❤️", [THANKS]),
    ("Сьогодні вночі він знову прийде. Я вже не витримую. таблеток у мене багато...", [DANGER]),
    ("Можна анонімно поговорити з кимось про алкоголь? я сама пю", [ADDICTION]),
    ("Дайте будь-ласка номер мобільного, стаціонарний не відповідає вже пів години", [CONTACT]),
    ("Hallo, moze byc po ukrainsku?", [MENU]),
    ("досить вже повідомлень, не хочу отримувати", [STOP]),
])
def test_round_eight_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_offices_own_number_is_never_taken_for_a_call_back(make_app):
    [reply] = post_sms(make_app(TUESDAY_OPEN), "mam nr 61 817 61 30 czy on jeszcze aktualny?", sender="+48600100200")
    assert reply == load_content(PROMPTS).sms["contact"]
