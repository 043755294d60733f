"""Issue 24: calls that are truthful, short and finished. Each point played through the real
webhooks (signed like Twilio's requests) with exact TwiML, for the open, closed, holiday,
landline, hidden-number and foreign-number cases."""
from __future__ import annotations

import re

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN, say_xml, warsaw
from ivr.call.flow import LEAVE_WORD

MOBILE = "+48606902915"
LANDLINE = "+48618176130"
HIDDEN = "anonymous"
FOREIGN = "+4915123456789"  # a German mobile
PREMIUM = "+48701234567"  # Polish shared-cost / premium range
SAY = '<Say language="pl-PL" voice="Polly.Ewa">'
HEAD = '<?xml version="1.0" encoding="UTF-8"?><Response>'
PAUSE = '<Pause length="1" />'
OPEN_UNTIL = {"godzina": "15:00"}  # Tuesday
CLOSED_UNTIL = {"kiedy": "w poniedziałek", "godzina": "8:00"}  # Friday evening


def spoken(app, prompt_id, **values):
    return app.extensions["ivr"].catalogue.entry(prompt_id, values or None).spoken


def say(app, prompt_id, **values) -> str:
    return say_xml(spoken(app, prompt_id, **values))


def says(app, *prompt_ids, pause=False) -> str:
    return (PAUSE if pause else "").join(say(app, p) for p in prompt_ids)


def offer(app) -> str:
    """The end of every opening turn (issue 33): the Ukrainian line offered on key 8, in its voice."""
    spoken = app.extensions["ivr"].lines["uk"].catalogue.entry("language_offer").spoken
    return ('<Say language="uk-UA" voice="Google.uk-UA-Standard-A"><prosody rate="85%">' + spoken
            + "</prosody></Say>")


def url(node, miss=0, rounds=0, lost=0, danger=0) -> str:
    extra = (f"&amp;lost={lost}" if lost else "") + ("&amp;danger=1" if danger else "")
    return f"/voice/answer?node={node}&amp;miss={miss}&amp;rounds={rounds}{extra}"


def gather(app, node, inner, **state) -> str:
    action = url(node, **state)
    hints = ", ".join(app.extensions["ivr"].line._hints[node])
    return (
        HEAD + f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
        + inner + f'</Gather><Redirect method="POST">{action}</Redirect></Response>'
    )


def hangup(app, *prompt_ids) -> str:
    return HEAD + says(app, *prompt_ids) + "<Hangup /></Response>"


def dial(app, *prompt_ids, danger=0) -> str:
    done = "/voice/dial-done?rounds=0" + ("&amp;danger=1" if danger else "")
    return (HEAD + says(app, *prompt_ids)
            + f'<Dial action="{done}" method="POST" timeout="25">+48618176130</Dial></Response>')


def body(post, app, path, caller=MOBILE, **form) -> str:
    return post(app, path.replace("&amp;", "&"), {"From": caller, **form}).get_data(as_text=True)


# -- first, the safety route: an unanswered transfer says the emergency numbers again ----------------


@pytest.mark.parametrize("status,failure", [("no-answer", "transfer_no_answer"), ("busy", "transfer_busy"),
                                            ("failed", "transfer_failed")])
def test_danger_whose_transfer_is_not_answered_hears_112_and_the_helpline_again(make_app, post, status, failure):
    app = make_app(TUESDAY_OPEN)
    first = body(post, app, url("main"), SpeechResult="mąż mnie bije", Confidence="0.9")
    assert first == dial(app, "danger", "transfer", danger=1)
    done = body(post, app, "/voice/dial-done?rounds=0&danger=1", DialCallStatus=status)
    inner = says(app, failure, "danger", "danger_helpline", "transfer_retry", "menu_leave_word")
    assert done == gather(app, LEAVE_WORD, inner, danger=1)
    assert "800 120 002" in app.extensions["ivr"].catalogue.entry("danger_helpline").text


def test_danger_transfer_unanswered_when_the_office_has_just_closed(make_app, post):
    app = make_app(warsaw(2026, 12, 1, 15, 1))  # Tuesday, closed at 15:00 while the caller waited
    done = body(post, app, "/voice/dial-done?rounds=0&danger=1", DialCallStatus="no-answer")
    status = say(app, "status_closed", kiedy="jutro", godzina="7:00")
    inner = says(app, "transfer_no_answer", "danger", "danger_helpline") + status + say(app, "menu_leave_word")
    assert done == gather(app, LEAVE_WORD, inner, danger=1)


def test_an_ordinary_unanswered_transfer_has_no_emergency_numbers(make_app, post):
    app = make_app(TUESDAY_OPEN)
    done = body(post, app, "/voice/dial-done?rounds=0", DialCallStatus="no-answer")
    assert done == gather(app, LEAVE_WORD, says(app, "transfer_no_answer", "transfer_retry", "menu_leave_word"))
    assert spoken(app, "danger") not in done


def test_a_retried_transfer_still_carries_the_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    again = body(post, app, url(LEAVE_WORD, danger=1), Digits="0")
    assert again == dial(app, "transfer", danger=1)


# -- 1. menus that match the moment and the phone ----------------------------------------------------

OPENING_MENUS = [
    # (moment, caller, person hint, main menu)
    (TUESDAY_OPEN, MOBILE, "person_hint_open", "menu_main"),
    (TUESDAY_OPEN, LANDLINE, "person_hint_open", "menu_main_no_sms"),
    (TUESDAY_OPEN, HIDDEN, "person_hint_open", "menu_main_no_sms"),
    (TUESDAY_OPEN, FOREIGN, "person_hint_open", "menu_main_no_sms"),
    (FRIDAY_EVENING, MOBILE, "person_hint_closed", "menu_main_closed"),
    (FRIDAY_EVENING, LANDLINE, "person_hint_closed", "menu_main_closed_no_sms"),
    (FRIDAY_EVENING, HIDDEN, "person_hint_closed", "menu_main_closed_no_sms"),
    (FRIDAY_EVENING, FOREIGN, "person_hint_closed", "menu_main_closed_no_sms"),
]


@pytest.mark.parametrize("at,caller,hint,menu", OPENING_MENUS)
def test_the_opening_offers_only_what_works_now_for_this_phone(make_app, post, at, caller, hint, menu):
    app = make_app(at)
    status = (say(app, "status_open", **OPEN_UNTIL) if at == TUESDAY_OPEN
              else say(app, "status_closed", **CLOSED_UNTIL))
    assert body(post, app, "/voice", caller) == gather(app, "main", say(app, "greeting") + status + says(app, hint, menu)
                                                              + offer(app))


def test_on_a_holiday_the_menu_leaves_word_instead_of_a_conversation(make_app, post):
    app = make_app(CHRISTMAS_EVE)
    said = body(post, app, "/voice", LANDLINE)
    assert says(app, "person_hint_closed", "menu_main_closed_no_sms") in said
    assert spoken(app, "menu_main") not in said and "Rozmowa z pracownikiem" not in said


def test_after_hours_no_menu_or_trailer_promises_a_conversation(line):
    for prompt in ("menu_main_closed", "menu_main_closed_no_sms", "menu_benefits_closed", "reserved_keys_closed"):
        text = line.catalogue.entry(prompt).text
        assert re.search(r"wiadomość dla pracowników – (proszę nacisnąć )?zero", text.lower()), prompt
        assert "porozmawiać" not in text and "Rozmowa" not in text
    for prompt in ("menu_main_no_sms", "menu_main_closed_no_sms"):
        assert "SMS" not in line.catalogue.entry(prompt).text and "pięć" not in line.catalogue.entry(prompt).text


@pytest.mark.parametrize("at,trailer,menu", [(TUESDAY_OPEN, "reserved_keys", "menu_benefits"),
                                             (FRIDAY_EVENING, "reserved_keys_closed", "menu_benefits_closed"),
                                             (CHRISTMAS_EVE, "reserved_keys_closed", "menu_benefits_closed")])
def test_the_trailer_and_the_benefits_menu_match_the_moment(make_app, post, at, trailer, menu):
    app = make_app(at)
    assert body(post, app, url("main"), Digits="2") == gather(app, "contact", says(app, "info_contact", trailer))
    assert body(post, app, url("about"), Digits="2") == gather(app, "benefits", says(app, "info_benefits", menu))


@pytest.mark.parametrize("caller,reason", [(LANDLINE, "sms_landline"), (HIDDEN, "sms_hidden_number"),
                                           (FOREIGN, "sms_abroad"), (PREMIUM, "sms_unreachable")])
def test_key_five_where_no_sms_can_go_says_so_kindly_and_reads_the_address_twice(make_app, post, caller, reason):
    app = make_app(TUESDAY_OPEN)
    said = body(post, app, url("main"), caller, Digits="5")
    assert said == gather(app, "contact", says(app, reason, "sms_instead", "info_contact", "reserved_keys"))
    assert app.extensions["ivr"].messages.jobs.counts().pending == 0  # nothing queued for Twilio
    assert spoken(app, "info_contact").count("Adres ośrodka") == 2
    assert "teraz" not in app.extensions["ivr"].catalogue.entry(reason).text


def test_a_landline_gets_no_sms_said_in_words_either(make_app, post):
    app = make_app(FRIDAY_EVENING)
    said = body(post, app, url("main"), LANDLINE, SpeechResult="proszę wysłać SMS z adresem", Confidence="0.9")
    assert said == gather(app, "contact", says(app, "sms_landline", "sms_instead", "info_contact", "reserved_keys_closed"))


def test_a_foreign_number_gets_the_sms_menu_when_international_call_backs_are_on(make_app, post):
    app = make_app(TUESDAY_OPEN, callback_international=True)
    assert says(app, "person_hint_open", "menu_main") in body(post, app, "/voice", FOREIGN)


# -- 2. a finished answer ------------------------------------------------------------------------------


def asked(app, node, inner) -> str:
    return gather(app, node, inner).replace(f"node={node}&amp;miss=0&amp;rounds=0",
                                             f"node={node}&amp;miss=0&amp;rounds=0&amp;asked=1")


@pytest.mark.parametrize("at,trailer,menu", [(TUESDAY_OPEN, "reserved_keys", "menu_main"),
                                             (FRIDAY_EVENING, "reserved_keys_closed", "menu_main_closed"),
                                             (CHRISTMAS_EVE, "reserved_keys_closed", "menu_main_closed")])
def test_hear_the_hours_then_silence_is_asked_once_then_let_go(make_app, post, at, trailer, menu):
    app = make_app(at)
    hours = body(post, app, url("main"), Digits="1")
    assert hours.endswith(says(app, "info_hours", trailer) + "</Gather>" + hours.split("</Gather>")[1])
    assert spoken(app, trailer).startswith("Jeśli to wszystko, można się już rozłączyć.")
    first = body(post, app, url("hours"))
    assert first == asked(app, "main", says(app, "anything_else", menu))
    second = body(post, app, url("main") + "&asked=1")
    assert second == hangup(app, "goodbye")


@pytest.mark.parametrize("caller,menu", [(LANDLINE, "menu_main_no_sms"), (HIDDEN, "menu_main_no_sms"),
                                         (FOREIGN, "menu_main_no_sms")])
def test_silence_after_an_answer_for_other_phones(make_app, post, caller, menu):
    app = make_app(TUESDAY_OPEN)
    assert body(post, app, url("contact"), caller) == asked(app, "main", says(app, "anything_else", menu))


def test_a_key_after_the_question_goes_on_as_usual(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert body(post, app, url("main") + "&asked=1", Digits="2") == gather(
        app, "contact", says(app, "info_contact", "reserved_keys"))
    # A wrong key there is an ordinary miss (the next silence is no goodbye).
    assert body(post, app, url("main") + "&asked=1", Digits="6") == gather(
        app, "main", says(app, "wrong_key", "menu_main"), miss=1)


def test_silence_in_a_menu_that_was_no_answer_is_still_the_ladder(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert body(post, app, url("main")) == gather(app, "main", says(app, "no_input", "menu_main"), miss=1)


def test_nothing_contradicts_you_may_hang_up_after_a_saved_message(make_app, post):
    app = make_app(FRIDAY_EVENING)
    form = {"RecordingSid": "RE" + "b" * 32, "RecordingUrl": "https://api.twilio.com/rec", "RecordingDuration": "7"}
    said = body(post, app, "/voice/recorded?node=leave_word&miss=0&rounds=0", **form)
    assert said == gather(app, "done", says(app, "record_saved", "may_hang_up", "menu_done"))
    assert "Proszę wybrać teraz" not in app.extensions["ivr"].catalogue.entry("menu_done").text
    app.extensions["ivr"].messages.store.engine.dispose()


# -- 3. a call-back the caller can correct ----------------------------------------------------------


def typing(app, inner, miss=0) -> str:
    action = url("callback_type", miss=miss)
    return (HEAD + f'<Gather action="{action}" actionOnEmptyResult="true" finishOnKey="#" input="dtmf" '
            'method="POST" numDigits="9" timeout="10">'
            + inner + f'</Gather><Redirect method="POST">{action}</Redirect></Response>')


def said_back(spoken_number: str) -> str:
    """The read-back of the caller's own number (issue 25: its fixed words, the number between them;
    here no pieces are built, so Twilio's voice says the number with a pause at each group)."""
    number = say_xml(spoken_number)
    return say_xml("Oddzwonimy na numer, z którego Państwo dzwonią:") + number + say_xml("Powtarzamy:") + number


def readback(app, number_digits, written) -> str:
    return gather(app, "callback", say(app, "callback_typed_number", numer=written) + say(app, "menu_callback")).replace(
        "rounds=0", f"rounds=0&amp;number={number_digits}")


@pytest.mark.parametrize("answer", [{"SpeechResult": "nie", "Confidence": "0.9"},
                                    {"SpeechResult": "to nie ten numer", "Confidence": "0.9"},
                                    {"SpeechResult": "nie, nie zgadza się", "Confidence": "0.9"},
                                    {"SpeechResult": "no nie", "Confidence": "0.9"},
                                    {"Digits": "2"}])
def test_no_at_the_read_back_offers_to_type_another_number(make_app, post, answer):
    app = make_app(FRIDAY_EVENING)
    offer = body(post, app, url(LEAVE_WORD), Digits="2")
    assert offer == gather(app, "callback", said_back("sześćset sześć, dziewięćset dwa, dziewięćset piętnaście.")
                           + says(app, "privacy_callback", "menu_callback"))
    assert body(post, app, url("callback"), **answer) == typing(app, say(app, "menu_callback_type"))
    assert "wiadomość" in app.extensions["ivr"].catalogue.entry("menu_callback_type").text  # a message stays an option


def test_yes_at_the_read_back_still_confirms(make_app, post):
    app = make_app(FRIDAY_EVENING)
    saved = body(post, app, url("callback"), SpeechResult="tak, zgadza się", Confidence="0.9")
    assert saved == gather(app, "done", say(app, "callback_saved", kiedy="w poniedziałek") + says(app, "may_hang_up", "menu_done"))
    app.extensions["ivr"].messages.store.engine.dispose()


@pytest.mark.parametrize("typed,written", [("501234567", "501 234 567"), ("501234567#", "501 234 567"),
                                           ("618176130", "61 817 61 30")])
def test_a_typed_number_is_read_back_in_groups_and_kept_on_1(make_app, post, typed, written):
    from ivr.messages.store import CALLBACK as CALLBACK_KIND

    app = make_app(FRIDAY_EVENING)
    digits = typed.rstrip("#")
    said = body(post, app, url("callback_type"), HIDDEN, Digits=typed)  # even from a hidden number
    assert said == readback(app, digits, written)
    assert body(post, app, url("callback") + f"&number={digits}", HIDDEN, Digits="9") == said  # 9: read again
    kept = body(post, app, url("callback") + f"&number={digits}", HIDDEN, Digits="1")
    assert kept == gather(app, "done", say(app, "callback_saved", kiedy="w poniedziałek") + says(app, "may_hang_up", "menu_done"))
    [row] = app.extensions["ivr"].messages.store.listing()
    assert (row.kind, row.number) == (CALLBACK_KIND, f"+48{digits}")
    app.extensions["ivr"].messages.store.engine.dispose()


@pytest.mark.parametrize("typed", ["123", "70123456", "701234567", "800123456", "12345678901", "5012345*7"])
def test_a_number_that_cannot_be_called_is_refused_and_asked_again(make_app, post, typed):
    app = make_app(FRIDAY_EVENING)
    said = body(post, app, url("callback_type"), Digits=typed)
    assert said == typing(app, says(app, "callback_type_invalid", "menu_callback_type"), miss=1)


def test_a_forged_number_in_the_url_is_not_confirmed(make_app, post):
    app = make_app(FRIDAY_EVENING)
    kept = body(post, app, url("callback") + "&number=701234567", HIDDEN, Digits="1")  # premium: dropped
    assert kept == gather(app, LEAVE_WORD, says(app, "callback_hidden", "menu_leave_word_hidden"))
    assert app.extensions["ivr"].messages.store.listing() == []


def test_star_while_typing_goes_back_to_the_main_menu(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert body(post, app, url("callback_type"), Digits="*") == gather(app, "main", say(app, "menu_main_closed"))


@pytest.mark.parametrize("at,when", [(TUESDAY_OPEN, "dziś albo w najbliższy dzień pracy"), (FRIDAY_EVENING, "w poniedziałek"),
                                     (CHRISTMAS_EVE, "w poniedziałek")])
def test_the_call_back_is_promised_for_a_day(make_app, post, at, when):
    app = make_app(at)
    kept = body(post, app, url("callback"), LANDLINE, Digits="1")
    assert kept == gather(app, "done", say(app, "callback_saved", kiedy=when) + says(app, "may_hang_up", "menu_done"))
    assert f"oddzwoni {when}, w godzinach pracy" in app.extensions["ivr"].catalogue.entry("callback_saved", {"kiedy": when}).text
    app.extensions["ivr"].messages.store.engine.dispose()


@pytest.mark.parametrize("caller,reason", [(FOREIGN, "callback_abroad"), (PREMIUM, "callback_unreachable"),
                                           ("+48123", "callback_unreachable"), (HIDDEN, "callback_hidden")])
def test_no_call_back_promised_to_numbers_the_staff_cannot_call(make_app, post, caller, reason):
    app = make_app(FRIDAY_EVENING)
    leave = body(post, app, url("main"), caller, Digits="0")
    assert leave == gather(app, LEAVE_WORD, say(app, "transfer_closed") + say(app, "status_closed", **CLOSED_UNTIL)
                           + say(app, "menu_leave_word_hidden"))
    refused = body(post, app, url(LEAVE_WORD), caller, Digits="2")
    assert refused == gather(app, LEAVE_WORD, says(app, reason, "menu_leave_word_hidden"))
    confirmed = body(post, app, url("callback"), caller, Digits="1")
    assert confirmed == refused and app.extensions["ivr"].messages.store.listing() == []
    text = app.extensions["ivr"].catalogue.entry(reason).text
    assert ("ukryty" in text) == (caller == HIDDEN)
    app.extensions["ivr"].messages.store.engine.dispose()


def test_a_foreign_number_is_offered_a_call_back_when_international_call_backs_are_on(make_app, post):
    app = make_app(FRIDAY_EVENING, callback_international=True)
    offer = body(post, app, url(LEAVE_WORD), FOREIGN, Digits="2")
    assert offer == gather(app, "callback", said_back(
        "plus czterdzieści dziewięć, piętnaście, dwanaście, trzysta czterdzieści pięć, sześćdziesiąt siedem, "
        "osiemdziesiąt dziewięć.") + says(app, "privacy_callback", "menu_callback"))


# -- 4. the way to a person stays early ------------------------------------------------------------

FOOD = "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności."
SENIOR = "Zapraszamy na Dzień Seniora w piątek o 16:00 w świetlicy."


def add_notices(content_dir, *notices) -> None:
    path = content_dir / "pl.toml"
    extra = "".join(f'\n[[notices]]\ntext = "{t}"\nfrom = {a}\nto = {b}\n' for t, a, b in notices)
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


def notice(app, text) -> str:
    catalogue = app.extensions["ivr"].catalogue
    [entry] = [e for e in catalogue if e.id.startswith("notice.") and e.text == text]
    return say_xml(entry.spoken)


def test_a_closure_and_two_notices_the_person_hint_first_then_one_item(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-21", "2026-12-23"), (SENIOR, "2026-12-21", "2026-12-23"))
    app = make_app(warsaw(2026, 12, 21, 10, 0))  # Monday; closed 24-25 December
    closure = say(app, "closure", dni="od czwartku, 24 grudnia, do piątku, 25 grudnia,")
    opening = body(post, app, "/voice")
    assert opening == gather(app, "main", say(app, "greeting") + say(app, "status_open", godzina="16:00")
                             + say(app, "person_hint_open") + closure + says(app, "more_news", "menu_main") + offer(app))
    hours = body(post, app, url("main"), Digits="1")  # all the news is under the hours item
    assert hours == gather(app, "hours", say(app, "status_open", godzina="16:00") + closure + say(app, "notice_lead")
                           + notice(app, FOOD) + notice(app, SENIOR) + says(app, "info_hours", "reserved_keys"))


@pytest.mark.parametrize("caller,menu", [(MOBILE, "menu_main"), (LANDLINE, "menu_main_no_sms")])
def test_two_notices_one_before_the_menu(make_app, post, content_dir, caller, menu):
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"), (SENIOR, "2026-12-10", "2026-12-11"))
    app = make_app(warsaw(2026, 12, 10, 10, 0))
    opening = body(post, app, "/voice", caller)
    assert opening == gather(app, "main", say(app, "greeting") + say(app, "status_open", godzina="15:00")
                             + says(app, "person_hint_open", "notice_lead") + notice(app, FOOD)
                             + says(app, "more_news", menu) + offer(app))
    again = body(post, app, url("main"), caller, Digits="9")
    assert again == gather(app, "main", say(app, "notice_lead") + notice(app, FOOD) + says(app, "more_news", menu))


def test_one_notice_alone_needs_no_pointer(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"))
    app = make_app(warsaw(2026, 12, 11, 18, 0))  # Friday evening
    opening = body(post, app, "/voice")
    assert opening == gather(app, "main", say(app, "greeting") + say(app, "status_closed", **CLOSED_UNTIL)
                             + says(app, "person_hint_closed", "notice_lead") + notice(app, FOOD)
                             + say(app, "menu_main_closed") + offer(app))


# -- 6. recording for older callers ----------------------------------------------------------------


@pytest.mark.parametrize("at,caller", [(FRIDAY_EVENING, MOBILE), (CHRISTMAS_EVE, LANDLINE), (TUESDAY_OPEN, HIDDEN),
                                       (FRIDAY_EVENING, FOREIGN)])
def test_a_message_waits_10_s_of_silence_and_asks_for_a_name_then_a_number(make_app, post, at, caller):
    app = make_app(at)
    said = body(post, app, url(LEAVE_WORD, rounds=1), caller, Digits="1")
    action = "/voice/recorded?node=leave_word&amp;miss=0&amp;rounds=1"
    assert said == (
        HEAD + says(app, "privacy_before_beep", "record_intro")  # the data sentence, then the ask (issue 30)
        + f'<Record action="{action}" finishOnKey="1234567890*#" maxLength="120" method="POST" playBeep="true" '
        'recordingStatusCallback="http://localhost/voice/recording" recordingStatusCallbackMethod="POST" timeout="10" />'
        + f'<Redirect method="POST">{action}</Redirect></Response>')
    ask = [line for line in app.extensions["ivr"].catalogue.entry("record_intro").text.splitlines() if "imię" in line]
    assert len(ask) == 1 and ask[0].index("imię") < ask[0].index("numer telefonu") and ask[0].count(".") == 1


# -- 5. say what today is -------------------------------------------------------------------------


@pytest.mark.parametrize("at,caller,kiedy,godzina", [
    (CHRISTMAS_EVE, MOBILE, "w poniedziałek, 28 grudnia,", "8:00"),  # Thursday; Friday a holiday too
    (warsaw(2026, 11, 11, 9, 0), LANDLINE, "jutro", "7:00"),  # Independence Day, a Wednesday
])
def test_a_holiday_in_the_usual_hours_is_said_as_an_exception(make_app, post, at, caller, kiedy, godzina):
    app = make_app(at)
    menu = "menu_main_closed" if caller == MOBILE else "menu_main_closed_no_sms"
    status = say(app, "status_closed_today", kiedy=kiedy, godzina=godzina)
    assert body(post, app, "/voice", caller) == gather(app, "main", say(app, "greeting") + status
                                                      + says(app, "person_hint_closed", menu) + offer(app))
    text = app.extensions["ivr"].catalogue.entry("status_closed_today", {"kiedy": kiedy, "godzina": godzina}).text
    assert text.startswith("Dziś ośrodek jest wyjątkowo nieczynny.")


def test_a_staff_closure_day_in_the_usual_hours(make_app, post, content_dir):
    from conftest import edit_content

    edit_content(content_dir, "closures = []", 'closures = ["2026-12-11"]')  # Friday
    app = make_app(warsaw(2026, 12, 11, 9, 30))
    status = say(app, "status_closed_today", kiedy="w poniedziałek, 14 grudnia,", godzina="8:00")
    assert "czternastego grudnia, od ósmej" in status
    assert body(post, app, "/voice", FOREIGN) == gather(app, "main", say(app, "greeting") + status
                                                       + says(app, "person_hint_closed", "menu_main_closed_no_sms")
                                                       + offer(app))


def test_outside_the_usual_hours_of_a_holiday_the_usual_status(make_app, post):
    app = make_app(warsaw(2026, 12, 24, 18, 0))  # Christmas Eve evening: closed as every evening
    assert say(app, "status_closed", kiedy="w poniedziałek", godzina="8:00") in body(post, app, "/voice")


# -- 7. shorter turns ------------------------------------------------------------------------------


@pytest.mark.parametrize("at,caller,node,keys", [
    (TUESDAY_OPEN, MOBILE, "main", "keys_main"),
    (FRIDAY_EVENING, MOBILE, "main", "keys_main_closed"),
    (CHRISTMAS_EVE, LANDLINE, "main", "keys_main_closed_no_sms"),
    (TUESDAY_OPEN, HIDDEN, "main", "keys_main_no_sms"),
    (FRIDAY_EVENING, FOREIGN, LEAVE_WORD, "keys_leave_word_hidden"),
    (FRIDAY_EVENING, MOBILE, LEAVE_WORD, "keys_leave_word"),
    (FRIDAY_EVENING, MOBILE, "benefits", "keys_benefits_closed"),
    (TUESDAY_OPEN, LANDLINE, "about", "keys_about"),
    (TUESDAY_OPEN, MOBILE, "callback", "keys_callback"),
])
def test_the_second_miss_gives_the_help_then_only_the_keys_in_one_line(make_app, post, at, caller, node, keys):
    app = make_app(at)
    help_ = {"main": "help", "about": "help_about", "benefits": "help_benefits", "callback": "help_callback",
             LEAVE_WORD: "help_leave_word_hidden" if caller == FOREIGN else "help_leave_word"}[node]
    said = body(post, app, url(node, miss=1), caller)
    assert said == gather(app, node, says(app, "no_input", help_, keys, pause=True), miss=2)
    text = app.extensions["ivr"].catalogue.entry(keys).text
    assert "\n" not in text and "proszę nacisnąć" not in text  # one line, not the whole menu


def test_the_keys_lines_are_shorter_than_their_menus(line):
    for keys, menu in [("keys_main", "menu_main"), ("keys_main_closed_no_sms", "menu_main_closed_no_sms"),
                       ("keys_about", "menu_about"), ("keys_leave_word", "menu_leave_word")]:
        assert len(line.catalogue.entry(keys).spoken.split()) < len(line.catalogue.entry(menu).spoken.split()) / 2


def test_no_two_main_options_begin_alike(line):
    for menu in ("menu_main", "menu_main_closed", "menu_main_no_sms", "menu_main_closed_no_sms"):
        options = [l.split(" – ")[0] for l in line.catalogue.entry(menu).text.splitlines() if " – " in l]
        firsts = [o.split()[0].lower() for o in options]
        assert len(firsts) == len(set(firsts)), (menu, options)
