"""Issue 33: a caller who names the language of the line they are already on ("українською" on the Ukrainian line,
"вісім бо я українка" where key 8 would switch to Polish, "po polsku" on the Polish line) is where they asked to be:
what they were hearing comes again, in that language, as key 9 plays it, never "we did not understand" and never a
switch to the other language. Through the real /voice/answer webhook, exact TwiML compared with key 9 pressed."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_ukrainian_calls import MOBILE, UKRAINIAN, body, gather, say_pl, say_uk, url
from test_ukrainian_round_six import safety_route


def spoken(post, app, node, speech, lang, caller):
    return body(post, app, url(node, lang=lang), caller, SpeechResult=speech, Confidence="0.9")


def key_9(post, app, node, lang, caller):
    return body(post, app, url(node, lang=lang), caller, Digits="9")


@pytest.mark.parametrize("speech", [
    "українською",
    "українською будь ласка",
    "по-українськи",
    "вісім бо я українка",  # key 8 said with the reason: the caller thinks 8 is Ukrainian
    "вісімка я з україни",
    "я українець",
])
@pytest.mark.parametrize("at", [TUESDAY_OPEN, FRIDAY_EVENING])
def test_naming_ukrainian_on_the_ukrainian_line_plays_the_menu_again_in_ukrainian(make_app, post, speech, at):
    app = make_app(at)
    heard = spoken(post, app, "main", speech, "uk", UKRAINIAN)
    assert heard == key_9(post, app, "main", "uk", UKRAINIAN)
    assert 'language="uk-UA"' in heard and say_uk(app, "not_understood") not in heard
    assert url("main", lang="uk") in heard  # the call stays Ukrainian


def test_naming_ukrainian_after_an_item_plays_the_item_again(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "hours", "українською", "uk", UKRAINIAN)
    assert heard == key_9(post, app, "hours", "uk", UKRAINIAN)
    assert url("hours", lang="uk") in heard


def test_naming_polish_on_the_polish_line_plays_the_menu_again_in_polish(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "main", "po polsku proszę", "pl", MOBILE)
    assert heard == key_9(post, app, "main", "pl", MOBILE)
    assert say_pl(app, "not_understood") not in heard


@pytest.mark.parametrize("speech,lang,caller,to", [
    ("вісім", "uk", UKRAINIAN, "pl"),  # the key alone still switches, as pressing 8 does
    ("вісім бо я полька", "uk", UKRAINIAN, "pl"),  # the other language's speaker: the key's switch
    ("польською", "uk", UKRAINIAN, "pl"),
    ("osiem bo jestem ukrainką", "pl", MOBILE, "uk"),  # on the Polish line the reason agrees with the key
    ("po ukraińsku", "pl", MOBILE, "uk"),
])
def test_the_other_language_named_or_key_8_alone_still_switches(make_app, post, speech, lang, caller, to):
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "main", speech, lang, caller)
    assert heard == key_8(post, app, lang, caller)
    assert heard.startswith(gather(app, to, "main", "")[:120].split("<Gather")[0])
    assert url("main", lang=to) in heard


def key_8(post, app, lang, caller):
    return body(post, app, url("main", lang=lang), caller, Digits="8")


@pytest.mark.parametrize("speech", [
    "добрий день а де тут можна оформити паспорт український",  # a thing of the country, not the language
    "а пенсію українську можна тут получати",
])
def test_the_countrys_adjective_is_not_the_language_named(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    for node in ("main", "benefits"):
        assert spoken(post, app, node, speech, "uk", UKRAINIAN) != key_9(post, app, node, "uk", UKRAINIAN)


def test_a_longer_story_not_understood_with_the_caller_named_is_still_not_understood(make_app, post):
    # A story not understood: the line asks whether anyone is in danger, as without the caller named (not the menu
    # again, where a lost caller would go round and round).
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "main", "я з україни мені треба щоб хтось пояснив ці папери бо я нічого не знаю", "uk",
                   UKRAINIAN)
    assert heard != key_9(post, app, "main", "uk", UKRAINIAN)
    assert "node=danger_check" in heard


@pytest.mark.parametrize("speech", ["я не розумію українською", "не українською"])
def test_ukrainian_named_beside_a_no_is_not_taken_for_a_request(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "main", speech, "uk", UKRAINIAN)
    assert heard != key_9(post, app, "main", "uk", UKRAINIAN)


def test_danger_beside_the_language_named_is_still_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "main", "українською будь ласка мене чоловік б'є", "uk", UKRAINIAN)
    assert heard == safety_route(app)


def test_a_matter_beside_the_language_named_is_that_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "main", "українською скажіть години роботи", "uk", UKRAINIAN)
    assert heard == body(post, app, url("main", lang="uk"), UKRAINIAN, Digits="1")


def test_the_language_named_to_is_anyone_in_danger_is_unclear_and_takes_the_safety_route(make_app, post):
    # "Is anyone in danger?": anything unclear is the safe side; naming the language answers nothing.
    app = make_app(TUESDAY_OPEN)
    heard = spoken(post, app, "danger_check", "українською", "uk", UKRAINIAN)
    assert heard == spoken(post, app, "danger_check", "е-е ну", "uk", UKRAINIAN)
    assert heard != key_9(post, app, "danger_check", "uk", UKRAINIAN)
