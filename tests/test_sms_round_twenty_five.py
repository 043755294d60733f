"""Issue 27, round twenty-five of SMS understanding (docs/sms.md, "Round twenty-five"): each general reading of a kind
of writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev26) and the
near texts that must not change, danger kept beside the new readings, and the readings played through the real /sms
webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # a parent raising children alone is no child left alone; near: children alone at home, crying
    ("mam troje dzieci, sama je wychowuję, czy jest jakiś dodatek", "help"),
    ("dwoje dzieci, sam wychowuję, jaka pomoc mi przysługuje", "help"),
    ("samotnie wychowuję dzieci, gdzie jest ośrodek", "contact+help"),
    ("dzieci same w domu od rana, płaczą", "danger"),
    # afraid to phone beside not managing a phone or texts is no danger; near: afraid to phone alone
    ("tata nie umie obsługiwać komórki i boi się dzwonić, jaki numer stacjonarny", "contact"),
    ("babcia nie potrafi pisać smsów, boi się zadzwonić, podajcie adres", "contact"),
    ("boję się dzwonić", "danger"),
    # "gdzie przyjmuje" before who receives asks where that one sits; near: "gdzie jest", when it receives
    ("gdzie przyjmuje psycholog dla dzieci", "contact+addiction"),
    ("a gdzie przyjmuje ta komisja od picia", "contact+addiction"),
    ("gdzie jest komisja", "addiction"),
    ("kiedy przyjmuje komisja", "hours+addiction"),
    ("gdzie przyjmuje wnioski o zasiłek", "help"),
    # calm after a visit thanked for is part of the thanks; near: calm beside a matter asked, or denied
    ("dziękuję za odwiedziny u taty, tata spokojniejszy", "thanks"),
    ("dziękujemy za wizytę u babci, babcia zadowolona i spokojniejsza", "thanks"),
    ("dziękuję za wizytę, mama spokojniejsza i potrzebna opiekunka", "help"),
    # a sentence that only thanks beside another that asks: what was thanked for is not asked; near: one sentence
    ("Dziękuję za paczkę z żywnością. Do której jesteście jutro?", "hours"),
    ("Dziękuję za pomoc z zasiłkiem. Kiedy mogę przyjść?", "hours"),
    ("dziękuję za pomoc przy wniosku, a czy jesteście jutro?", "hours+care"),
    ("Dziękuję za pomoc. Czy jest też pomoc na opał?", "heating"),
    # the writer's own coming called off and moved, asking nothing, is an arrangement; near: called off alone, or asked
    ("dziś nie dojadę, będę dopiero we wtorek", "menu"),
    ("jutro nie przyjdę na komisję, przyjdę w piątek", "menu"),
    ("nie przyjdę dziś po paczkę", "hours+food"),
    ("jutro nie przyjdę, czy mogę przyjść w piątek?", "hours"),
])
def test_round_twenty_five_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: a fear of phoning beside a harm or a controlling partner, children alone beside raising
    # them alone, a harm told in a thanks or beside a moved visit
    "mama nie umie pisać smsów, boi się dzwonić bo ojciec ją bije",
    "boję się dzwonić, bo on sprawdza telefon",
    "sama wychowuję dzieci, a dziś same w domu od rana płaczą",
    "Dziękuję za pomoc z wnioskiem. Mąż mnie bije, co robić?",
    "dziękuję za wizytę, mama zadowolona i głodna",
    "nie przyjdę, on mnie bije, przyjdę jak ucieknę",
    "jutro nie przyjdę, przyjdę w piątek, nie chcę już żyć",
])
def test_round_twenty_five_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_five_never_makes_a_refusal_a_request(lines):
    # texts refused stay refused; a moved visit beside a call asked is still the call asked
    assert read(lines, "nie piszcie już do mnie") == ("stop", "pl")
    assert read(lines, "jutro nie przyjdę, przyjdę w piątek, proszę o telefon") == ("callback", "pl")
    assert read(lines, "jutro nie przyjdę, przyjdę w piątek, nie dzwońcie")[0] not in ("callback", "start")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("tata nie umie obsługiwać komórki i boi się dzwonić, jaki numer stacjonarny", [CONTACT]),
    ("boję się dzwonić, bo on sprawdza telefon", [DANGER]),
    ("dziękujemy za wizytę u babci, babcia zadowolona i spokojniejsza", [THANKS]),
    ("dziś nie dojadę, będę dopiero we wtorek", [MENU]),
])
def test_round_twenty_five_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_twenty_five_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.thanks_apart and not UKRAINIAN.thanks_apart
    assert POLISH.own_coming_moved is not None and UKRAINIAN.own_coming_moved is None
