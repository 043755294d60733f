"""Issue 33: the Ukrainian line in a call, through the real webhooks (signed like Twilio's
requests), with exact TwiML: a +380 caller starts in Ukrainian, key 8 or the language's name
switches for the rest of the call, the live status in Ukrainian at the moments the Polish status
tests cover, the safety route, and a broken uk.toml that leaves the Polish line as it was."""
from __future__ import annotations

import json

import pytest

from conftest import TOKEN, CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN, say_xml, warsaw
from ivr.call.flow import State

MOBILE = "+48606902915"
UKRAINIAN = "+380501234567"  # a Ukrainian mobile
PAUSE = '<Pause length="1" />'  # between prompts for a caller who is struggling
HEAD = '<?xml version="1.0" encoding="UTF-8"?><Response>'
SAY_UK = '<Say language="uk-UA" voice="Google.uk-UA-Standard-A">'
OFFER_UK = "Українською — натисніть вісім."
OFFER_PL = "Po polsku – proszę nacisnąć osiem."


def entry(app, lang, prompt_id, **values):
    return app.extensions["ivr"].lines[lang].catalogue.entry(prompt_id, values or None)


def say_uk(app, prompt_id, **values) -> str:
    """The Ukrainian voice saying a prompt of uk.toml (no audio built)."""
    return say_xml(entry(app, "uk", prompt_id, **values).spoken).replace(
        '<Say language="pl-PL" voice="Polly.Ewa">', SAY_UK)


def say_pl(app, prompt_id, **values) -> str:
    return say_xml(entry(app, "pl", prompt_id, **values).spoken)


def url(node="main", miss=0, rounds=0, lang="uk", danger=0, lost=0) -> str:
    return (f"/voice/answer?node={node}&amp;miss={miss}&amp;rounds={rounds}" + (f"&amp;lost={lost}" if lost else "")
            + ("&amp;danger=1" if danger else "")
            + (f"&amp;lang={lang}" if lang != "pl" else ""))


def gather(app, lang, node, inner, **state) -> str:
    action = url(node, lang=lang, **state)
    hints = ", ".join(app.extensions["ivr"].lines[lang]._hints[node])
    speech = {"pl": "pl-PL", "uk": "uk-UA"}[lang]
    return (
        HEAD + f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        f'language="{speech}" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
        + inner + f'</Gather><Redirect method="POST">{action}</Redirect></Response>'
    )


def body(post, app, path, caller=MOBILE, **form) -> str:
    return post(app, path.replace("&amp;", "&"), {"From": caller, **form}).get_data(as_text=True)


# The live status in Ukrainian, written and spoken, at the moments of the Polish status tests.
STATUSES = [
    (TUESDAY_OPEN, "status_open", {"godzina": "15:00"}, "person_hint_open", "menu_main_no_sms",
     "Центр зараз відчинений, до 15:00.", "Центр зараз відчинений, до п'ятнадцятої."),
    (FRIDAY_EVENING, "status_closed", {"kiedy": "у понеділок", "godzina": "8:00"}, "person_hint_closed",
     "menu_main_closed_no_sms", "Центр зараз зачинений. Запрошуємо у понеділок з 8:00.",
     "Центр зараз зачинений. Запрошуємо у понеділок з восьмої."),
    (CHRISTMAS_EVE, "status_closed_today", {"kiedy": "у понеділок, 28 грудня", "godzina": "8:00"},
     "person_hint_closed", "menu_main_closed_no_sms",
     "Сьогодні центр, як виняток, не працює. Запрошуємо у понеділок, 28 грудня, з 8:00.",
     "Сьогодні центр, як виняток, не працює. Запрошуємо у понеділок, двадцять восьмого грудня, з восьмої."),
]


@pytest.mark.parametrize("at,status,values,hint,menu,text,spoken", STATUSES)
def test_a_ukrainian_number_hears_the_ukrainian_line_first_with_polish_on_key_8(
        make_app, post, at, status, values, hint, menu, text, spoken):
    app = make_app(at)
    assert entry(app, "pl", "language_offer").text == OFFER_PL
    assert entry(app, "uk", status, **values).text == text
    assert entry(app, "uk", status, **values).spoken == spoken
    first = body(post, app, "/voice", UKRAINIAN)
    # A +380 number cannot get the SMS (abroad): the menu without key 5; the Polish offer last, in Polish.
    inner = (say_uk(app, "greeting") + say_uk(app, status, **values) + say_uk(app, hint)
             + say_uk(app, menu) + say_pl(app, "language_offer"))
    assert first == gather(app, "uk", "main", inner)
    assert "lang=uk" in first and 'language="uk-UA"' in first


def test_a_polish_callers_opening_ends_with_the_ukrainian_offer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    first = body(post, app, "/voice", MOBILE)
    inner = (say_pl(app, "greeting") + say_pl(app, "status_open", godzina="15:00") + say_pl(app, "person_hint_open")
             + say_pl(app, "menu_main") + SAY_UK + '<prosody rate="85%">' + OFFER_UK + "</prosody></Say>")
    assert first == gather(app, "pl", "main", inner)
    assert "lang=" not in first  # a Polish call's URLs are as they always were


@pytest.mark.parametrize("form", [{"Digits": "8"}, {"SpeechResult": "po ukraińsku", "Confidence": "0.9"},
                                  {"SpeechResult": "Proszę po ukraińsku", "Confidence": "0.8"},
                                  {"SpeechResult": "українською", "Confidence": "0.8"}])
def test_key_8_or_asking_for_ukrainian_switches_a_polish_call(make_app, post, form):
    app = make_app(TUESDAY_OPEN)
    switched = body(post, app, url(lang="pl"), MOBILE, **form)
    inner = say_uk(app, "status_open", godzina="15:00") + say_uk(app, "menu_main") + say_pl(app, "language_offer")
    assert switched == gather(app, "uk", "main", inner)
    # The rest of the call is Ukrainian: key 2 there is the address card in Ukrainian.
    contact = body(post, app, url(lang="uk"), MOBILE, Digits="2")
    assert contact == gather(app, "uk", "contact", say_uk(app, "info_contact") + say_uk(app, "reserved_keys"))


@pytest.mark.parametrize("form", [{"Digits": "8"}, {"SpeechResult": "польською", "Confidence": "0.9"},
                                  {"SpeechResult": "вісімка", "Confidence": "0.9"}])
def test_key_8_or_asking_for_polish_switches_a_ukrainian_call_back(make_app, post, form):
    app = make_app(FRIDAY_EVENING)
    switched = body(post, app, url(lang="uk"), UKRAINIAN, **form)
    status = say_pl(app, "status_closed", kiedy="w poniedziałek", godzina="8:00")
    offer = SAY_UK + '<prosody rate="85%">' + OFFER_UK + "</prosody></Say>"
    assert switched == gather(app, "pl", "main", status + say_pl(app, "menu_main_closed_no_sms") + offer)


def test_key_8_after_an_item_of_the_main_menu_switches_too(make_app, post):
    app = make_app(TUESDAY_OPEN)
    switched = body(post, app, url("hours", lang="pl"), MOBILE, Digits="8")
    assert switched.startswith(HEAD + f'<Gather action="{url(lang="uk")}"')


def test_key_8_keeps_its_meaning_elsewhere(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # The message menu: the privacy notice, in the caller's language.
    privacy = body(post, app, url("leave_word", lang="uk"), UKRAINIAN, Digits="8")
    menu = "menu_leave_word_hidden"  # a +380 number cannot be called back
    assert privacy == gather(app, "uk", "privacy", say_uk(app, "privacy_notice") + say_uk(app, menu))
    # Another menu: a wrong key, in that language.
    wrong = body(post, app, url("about", lang="uk"), UKRAINIAN, Digits="8")
    assert wrong == gather(app, "uk", "about", say_uk(app, "wrong_key") + say_uk(app, "menu_about"), miss=1)


def test_saying_one_does_not_speak_a_language_is_no_switch(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = body(post, app, url(lang="uk"), UKRAINIAN, SpeechResult="я не розумію польською", Confidence="0.9")
    # Not understood (a sign of being lost: the help, in Ukrainian), never switched to Polish.
    assert heard == gather(app, "uk", "main", say_uk(app, "help") + PAUSE + say_uk(app, "menu_main_no_sms"),
                           miss=1, lost=1)


def test_danger_in_ukrainian_takes_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    heard = body(post, app, url(lang="uk"), UKRAINIAN, SpeechResult="чоловік мене б'є", Confidence="0.9")
    assert heard == (HEAD + say_uk(app, "danger") + say_uk(app, "transfer")
                     + '<Dial action="/voice/dial-done?rounds=0&amp;danger=1&amp;lang=uk" method="POST" timeout="25">'
                     + "+48618176130</Dial></Response>")
    # Unanswered: 112 and the helpline again, in Ukrainian, then a message.
    done = body(post, app, "/voice/dial-done?rounds=0&danger=1&lang=uk", UKRAINIAN, DialCallStatus="no-answer")
    inner = "".join(say_uk(app, p) for p in ("transfer_no_answer", "danger", "danger_helpline", "transfer_retry",
                                               "menu_leave_word_hidden"))
    assert done == gather(app, "uk", "leave_word", inner, danger=1)


def test_danger_after_hours_in_ukrainian_gives_the_helpline_and_when_the_office_opens(make_app, post):
    app = make_app(FRIDAY_EVENING)
    heard = body(post, app, url(lang="uk"), UKRAINIAN, SpeechResult="мені погрожують, я боюся", Confidence="0.9")
    inner = (say_uk(app, "danger") + say_uk(app, "danger_helpline")
             + say_uk(app, "status_closed", kiedy="у понеділок", godzina="8:00") + say_uk(app, "menu_leave_word_hidden"))
    assert heard == gather(app, "uk", "leave_word", inner, danger=1)


def test_ukrainian_speech_is_understood_by_the_same_precedence(make_app, post):
    app = make_app(TUESDAY_OPEN)
    person = body(post, app, url(lang="uk"), UKRAINIAN, SpeechResult="з'єднайте з працівником", Confidence="0.9")
    assert person.startswith(HEAD + say_uk(app, "transfer") + '<Dial action="/voice/dial-done?rounds=0&amp;lang=uk"')
    hours = body(post, app, url(lang="uk"), UKRAINIAN, SpeechResult="до котрої ви працюєте в п'ятницю",
                 Confidence="0.9")
    day = say_uk(app, "hours_day", dzien="У п'ятницю", od="7:00", do="15:00")
    assert hours.startswith(HEAD + f'<Gather action="{url("hours")}"') and day in hours
    bye = body(post, app, url(lang="uk"), UKRAINIAN, SpeechResult="дякую, до побачення", Confidence="0.9")
    assert bye == HEAD + say_uk(app, "goodbye") + "<Hangup /></Response>"


def test_untrusted_language_values_are_polish(make_app, post):
    app = make_app(TUESDAY_OPEN)
    for odd in ("xx", "UK", "uk ", "../uk", ""):
        assert State.from_query({"node": "main", "lang": odd}).lang == "pl"
        heard = body(post, app, f"/voice/answer?node=main&miss=0&rounds=0&lang={odd}", MOBILE, Digits="2")
        assert 'language="pl-PL"' in heard and "lang=" not in heard


def test_built_ukrainian_audio_is_played_from_its_namespace(make_app, post, settings):
    app = make_app(TUESDAY_OPEN)
    greeting = entry(app, "uk", "greeting")
    folder = settings.audio_dir / "uk"
    folder.mkdir(parents=True)
    name = f"greeting.{'a' * 16}.wav"
    (folder / name).write_bytes(b"RIFF")
    (folder / "manifest.json").write_text(json.dumps(
        {"prompts": {"greeting": {"file": name, "spoken": greeting.spoken}}}), encoding="utf-8")
    app = make_app(TUESDAY_OPEN)
    first = body(post, app, "/voice", UKRAINIAN)
    assert first.startswith(HEAD + f'<Gather action="{url()}"')
    assert f"<Play>http://localhost/audio/uk/{name}</Play>" + say_uk(app, "status_open", godzina="15:00") in first


def test_a_broken_uk_toml_leaves_the_polish_line_unchanged(make_app, post, content_dir, caplog):
    (content_dir / "uk.toml").write_text("[prompts\nthis is no TOML", encoding="utf-8")
    app = make_app(TUESDAY_OPEN)
    assert "uk" not in app.extensions["ivr"].lines
    assert "the uk line is not offered" in caplog.text
    first = body(post, app, "/voice", MOBILE)
    inner = (say_pl(app, "greeting") + say_pl(app, "status_open", godzina="15:00") + say_pl(app, "person_hint_open")
             + say_pl(app, "menu_main"))
    assert first == gather(app, "pl", "main", inner)  # no offer of a line that is not there
    # A +380 caller hears the Polish line; key 8 is a wrong key; a URL still naming uk is Polish.
    assert body(post, app, "/voice", UKRAINIAN).startswith(HEAD + f'<Gather action="{url(lang="pl")}"')
    wrong = body(post, app, url(lang="pl"), MOBILE, Digits="8")
    assert wrong == gather(app, "pl", "main", say_pl(app, "wrong_key") + say_pl(app, "menu_main"), miss=1)
    assert body(post, app, url(lang="uk"), MOBILE, Digits="8") == wrong
    said = body(post, app, url(lang="pl"), MOBILE, SpeechResult="po ukraińsku", Confidence="0.9")
    assert said == gather(app, "pl", "main", say_pl(app, "not_understood") + say_pl(app, "menu_main"), miss=1)


def test_a_missing_uk_toml_leaves_the_polish_line_unchanged(make_app, post, content_dir):
    (content_dir / "uk.toml").unlink()
    app = make_app(warsaw(2026, 12, 1, 9, 0))
    assert set(app.extensions["ivr"].lines) == {"pl"}
    assert OFFER_UK not in body(post, app, "/voice", MOBILE)


def test_key_5_in_a_ukrainian_call_texts_the_facts_in_ukrainian(make_app, post):
    import responses

    from fake_twilio import ACCOUNT_SID, FakeTwilio
    from messages_helpers import work_jobs

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        fake = FakeTwilio(mocked, auth_token=TOKEN).register_messages()
        app = make_app(TUESDAY_OPEN, account_sid=ACCOUNT_SID, line_number="+48225550100")
        heard = body(post, app, url(lang="uk"), MOBILE, Digits="5")  # a Polish mobile that chose Ukrainian
        assert heard == gather(app, "uk", "main", say_uk(app, "sms_sent") + say_uk(app, "menu_main"))
        work_jobs(app)
        [request] = fake.posts()
        info = app.extensions["ivr"].lines["uk"].content.sms["info"]
        assert request.form == {"To": MOBILE, "From": "+48225550100", "Body": info}
        assert "Kleszczewo" in info and any("а" <= c <= "я" for c in info)
