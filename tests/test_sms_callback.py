"""Issue 27: a call-back asked for by SMS, thanks and greetings, stop/start and the
do-not-text list, and every reply within its segment limit."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from conftest import FRIDAY_EVENING, MONDAY_OPEN, TUESDAY_OPEN, edit_content, sign
from ivr.call.content import SMS_LONGEST_CALLBACK_DAY, SMS_OPTIONAL_TEXTS, ContentError, load_content
from ivr.common.sms_segments import segments
from ivr.config import ROOT
from ivr.database.schema import jobs
from ivr.jobs.queue import JobQueue
from ivr.jobs.worker import Worker
from ivr.messages import work
from ivr.messages.desk import NOTIFY_STAFF
from ivr.messages.outbound import InfoSender
from ivr.messages.staff_notice import notice_text
from ivr.messages.store import CALLBACK, DONE, SMS_CHANNEL
from ivr.runtime import make_schedule
from ivr.textline.replies import MAX_REPLY_SEGMENTS, TextLine

SENDER = "+48606902915"
PRIVACY_CALLBACK = ("Numer i treść SMS-a zapisujemy tylko po to, żeby oddzwonić. Administrator danych: OPS w "
                    "Kleszczewie. Więcej: proszę wysłać RODO.")


def post_sms(app, body: str, sender: str = SENDER):
    form = {"MessageSid": "SM123", "From": sender, "To": "+48225550100", "Body": body}
    response = app.test_client().post("/sms", data=form, headers={"X-Twilio-Signature": sign("http://localhost/sms", form)})
    assert response.status_code == 200
    return [child.text or "" for child in ET.fromstring(response.get_data())]


def staff_jobs(app) -> int:
    store = app.extensions["ivr"].messages.store
    with store.engine.connect() as connection:
        return len(connection.execute(select(jobs.c.id).where(jobs.c.kind == NOTIFY_STAFF)).all())


@pytest.fixture(scope="module")
def textline():
    content = load_content(ROOT / "prompts")
    return TextLine(content, make_schedule(content))


# -- call-back by SMS -------------------------------------------------------------------------


def test_a_call_back_by_sms_is_a_request_with_its_text_and_a_staff_alert(make_app):
    app = make_app(TUESDAY_OPEN)
    body = "Dzień dobry, proszę o telefon na 600 100 200. Nowak"
    assert post_sms(app, body) == [
        "Prośba o telefon zapisana. Pracownik ośrodka zadzwoni jutro, w środę 2 grudnia. "
        "Numer z wiadomości przekażemy pracownikowi.",
        PRIVACY_CALLBACK,  # issue 30: why the number and the text are kept, in an SMS of its own
    ]
    [row] = app.extensions["ivr"].messages.store.listing()
    assert (row.kind, row.number, row.channel, row.sms_text) == (CALLBACK, SENDER, SMS_CHANNEL, body)
    assert row.by_sms and staff_jobs(app) == 1
    # the number in the text is kept only in the note: no request, no call for it
    assert all(item.number == SENDER for item in app.extensions["ivr"].messages.store.listing(include_done=True))
    assert notice_text([row]) == "Prośba o oddzwonienie (SMS) na infolinii OPS, od 606 *** 915."


@pytest.mark.parametrize("body", [
    "czy ktoś może do mnie zadzwonić", "zadzwońcie proszę", "proszę o kontakt", "oddzwońcie",
    "moj nr 601234567", "prosze o oddzwonienie", "czekam na telefon od was", "Proszę o pilny kontakt",
])
def test_ways_of_asking_to_be_called(textline, body):
    assert textline.answer(body, TUESDAY_OPEN).topic == "callback"


@pytest.mark.parametrize("body", ["gdzie mogę zadzwonić", "nr do ośrodka", "numer telefonu", "kiedy mogę zadzwonić?"])
def test_asking_for_a_number_is_not_a_call_back(textline, body):
    assert textline.answer(body, TUESDAY_OPEN).topic != "callback"


def test_once_per_number_per_day(make_app, settings):
    app = make_app(TUESDAY_OPEN)
    post_sms(app, "zadzwońcie do mnie")
    second = post_sms(app, "proszę o kontakt, to pilne")
    assert second == ["Prośba o telefon z tego numeru jest już zapisana. Pracownik zadzwoni jutro, w środę 2 grudnia."]
    store = app.extensions["ivr"].messages.store
    [row] = store.listing(include_done=True)
    assert staff_jobs(app) == 1
    store.mark_done(row.id)  # called back: the same day is still once
    assert post_sms(app, "zadzwońcie")[0].startswith("Prośba o telefon z tego numeru jest już zapisana.")
    assert len(store.listing(include_done=True)) == 1
    # the next day a new request
    next_day = make_app(TUESDAY_OPEN + timedelta(days=1))
    assert post_sms(next_day, "zadzwońcie")[0] == "Prośba o telefon zapisana. Pracownik ośrodka zadzwoni jutro, w czwartek 3 grudnia."
    assert len(store.listing(include_done=True)) == 2


def test_the_reply_names_the_next_working_day(make_app):
    # Friday evening: the office calls on Monday, not "tomorrow"
    assert post_sms(make_app(FRIDAY_EVENING), "proszę zadzwonić") == [
        "Prośba o telefon zapisana. Pracownik ośrodka zadzwoni w poniedziałek 30 listopada.", PRIVACY_CALLBACK]


def test_a_failed_store_says_so_and_gives_the_phone(make_app, monkeypatch):
    app = make_app(TUESDAY_OPEN)
    from sqlalchemy.exc import OperationalError

    def broken(*args, **kwargs):
        raise OperationalError("x", {}, Exception("locked"))

    monkeypatch.setattr(app.extensions["ivr"].messages.store, "request_sms_callback", broken)
    assert post_sms(app, "zadzwońcie") == ["Przepraszamy, prośby nie udało się zapisać. Proszę zadzwonić: tel. 61 817 61 30."]


# -- thanks, greetings, stop and start -------------------------------------------------------


@pytest.mark.parametrize("body", [
    "dziękuję pani serdecznie", "👍", "🙏🙏", "Szczęść Boże", "Bóg zapłać", "pozdrawiam", "dzien dobry",
    "Dziękuję bardzo, Halina", "ok dzieki", "Dziękuję bardzo za pomoc", "Dziękuję za informację, pozdrawiam",
])
def test_thanks_in_any_form_gets_one_short_segment(textline, body):
    reply = textline.answer(body, TUESDAY_OPEN)
    assert reply.topic == "thanks" and reply.texts == ("Dziękujemy. Pozdrawiamy – OPS w Kleszczewie.",)
    assert segments(reply.text) == 1


@pytest.mark.parametrize("body", ["proszę więcej nie pisać", "wypisz mnie", "nie chcę SMS-ów", "stop proszę",
                                  "Proszę nie wysyłać wiadomości", "proszę usunąć mój numer",
                                  "nie chcę dostawać wiadomości", "nie życzę sobie sms"])
def test_a_polish_stop_puts_the_number_on_the_list_and_the_key5_sms_honours_it(make_app, body):
    app = make_app(TUESDAY_OPEN)
    runtime = app.extensions["ivr"]
    assert post_sms(app, body) == ["Dobrze, nie będziemy już pisać. Aby to zmienić, proszę wysłać START."]
    assert runtime.messages.opted_out(SENDER)
    # key 5 during a call from that number: no SMS job is queued
    queue = JobQueue(runtime.messages.store)
    sender = InfoSender(queue, "+48225550100", text=lambda: "info", opted_out=runtime.messages.opted_out)
    assert sender.send_info(SENDER, TUESDAY_OPEN) == "failed"
    assert queue.counts().pending == 0
    # another number still gets it
    assert sender.send_info("+48606111222", TUESDAY_OPEN) == "sent"
    assert queue.counts().pending == 1


def test_the_running_line_wires_the_list_into_key5(make_app, monkeypatch):
    app = make_app(TUESDAY_OPEN, account_sid="AC" + "0" * 32, line_number="+48225550100")
    runtime = app.extensions["ivr"]
    post_sms(app, "proszę nie pisać")
    assert runtime.info_sms.send_info(SENDER, TUESDAY_OPEN) == "failed"
    assert runtime.info_sms.send_info("+48606111222", TUESDAY_OPEN) == "sent"


@pytest.mark.parametrize("body,reply", [
    ("START", []), ("start", []),  # Twilio answers START itself; the list is lifted all the same
    ("proszę pisać", ["Dobrze, znów odpowiadamy na SMS-y. Proszę pisać: GODZINY, ADRES."]),
])
def test_start_lifts_the_list(make_app, body, reply):
    app = make_app(TUESDAY_OPEN)
    post_sms(app, "wypisz mnie")
    assert app.extensions["ivr"].messages.opted_out(SENDER)
    assert post_sms(app, body) == reply
    assert not app.extensions["ivr"].messages.opted_out(SENDER)


def test_key_five_in_a_call_honours_a_stop_sent_by_sms(make_app, post):
    # through both webhooks: "proszę nie pisać" by SMS, then key 5 in a call from that number
    app = make_app(TUESDAY_OPEN, account_sid="AC" + "0" * 32, line_number="+48225550100")
    jobs_now = app.extensions["ivr"].messages.jobs
    sentence = app.extensions["ivr"].catalogue.entry("sms_failed").spoken
    post_sms(app, "proszę więcej nie pisać")
    five = {"Digits": "5", "From": SENDER}
    body = post(app, "/voice/answer?node=main&miss=0&rounds=0", five).get_data(as_text=True)
    assert sentence in body and jobs_now.counts().pending == 0  # the caller is told; nothing is queued
    post_sms(app, "START")
    body = post(app, "/voice/answer?node=main&miss=0&rounds=0", {**five, "CallSid": "CA124"}).get_data(as_text=True)
    assert sentence not in body and jobs_now.counts().pending >= 1


def test_twilio_stop_keyword_also_puts_the_number_on_the_list(make_app):
    app = make_app(TUESDAY_OPEN)
    assert post_sms(app, "STOP") == []
    assert app.extensions["ivr"].messages.opted_out(SENDER)


def test_the_worker_drops_a_queued_sms_to_a_number_on_the_list(make_app):
    app = make_app(TUESDAY_OPEN)
    desk = app.extensions["ivr"].messages
    queue = JobQueue(desk.store)
    queue.enqueue("sms", {"to": SENDER, "body": "info"})
    desk.store.opt_out(SENDER, TUESDAY_OPEN)
    sent = []
    client = SimpleNamespace(messages=SimpleNamespace(create=lambda **kw: sent.append(kw) or SimpleNamespace(sid="SM1")))
    worker = Worker(queue, None, work.handlers(desk, SimpleNamespace(line_number="+48225550100"),
                                               client_factory=lambda: client), name="t")
    assert worker.work_one() and sent == []
    queue.enqueue("sms", {"to": "+48606111222", "body": "info"})
    assert worker.work_one() and [m["to"] for m in sent] == ["+48606111222"]


@pytest.mark.parametrize("body,topic", [
    ("dziękuję, a jakie są godziny", "hours"),  # a thanks with a question: the answer
    ("dziękuję, a czy jest pomoc na opał", "heating"),
    ("nie chcę dostawać zasiłku tylko pracy", "help"),  # no stop without texting words
    ("czekam na adres", "contact"),
    ("proszę o numer telefonu", "contact"),  # a number asked for, not a call
    ("o której dziś zamykacie", "hours"),  # an hours word is no near help word
    ("adres i godzny", "contact+hours"),  # a typo beside another topic still counts
    ("nie rozumiem", "menu"),  # lost, not thankful: the keyword list helps ("rozumiem" alone thanks)
    ("nic nie rozumiem", "menu"),
])
def test_near_phrases_are_not_thanks_stop_or_another_topic(make_app, textline, body, topic):
    assert set(textline.answer(body, TUESDAY_OPEN).topic.split("+")) == set(topic.split("+"))
    app = make_app(TUESDAY_OPEN)
    post_sms(app, body)
    assert not app.extensions["ivr"].messages.opted_out(SENDER)
    assert app.extensions["ivr"].messages.store.listing(include_done=True) == []


# -- replies within their limits ---------------------------------------------------------------


def test_every_new_reply_within_its_segment_limit(textline):
    for name in SMS_OPTIONAL_TEXTS:
        limit = 1 if name in ("stop", "start") else 3
        text = textline.texts[name].format(kiedy=SMS_LONGEST_CALLBACK_DAY,
                                           status="Teraz zamknięte, otwieramy w poniedziałek o 8:00.")
        assert segments(text) <= limit, name
    for result in ("saved", "kept", "failed"):
        assert segments(textline.callback_reply(result, FRIDAY_EVENING, other_number=True)) <= 3


@pytest.mark.parametrize("body", [
    "pomoc", "alkohol", "opieka nad mamą", "obiady", "węgiel na zimę", "800 plus", "mąż mnie bije",
    "GODZINY ADRES POMOC", "godziny adres pomoc alkohol opieka", "czy w piątek jesteście", "czy jutro przyjmujecie",
])
def test_topic_replies_end_with_a_way_forward_within_the_budget(textline, body):
    for moment in (MONDAY_OPEN, FRIDAY_EVENING, TUESDAY_OPEN):
        reply = textline.answer(body, moment)
        assert all(segments(text) <= 3 for text in reply.texts)
        assert sum(map(segments, reply.texts)) <= MAX_REPLY_SEGMENTS
        ways = ("61 817 61 30", "Pozostałe", "Godziny otwarcia", "pon. 8–16", "Nieczynne")
        assert all(any(way in text for way in ways) for text in reply.texts), reply.texts


@pytest.mark.parametrize("body", ["GODZINY ADRES POMOC", "GODZINY ADRES POMOC ALKOHOL", "adres, pomoc i alkohol"])
def test_several_keywords_none_dropped(textline, body):
    from conftest import warsaw

    for moment in (TUESDAY_OPEN, FRIDAY_EVENING, warsaw(2026, 12, 21, 10, 0)):  # the last: a week with closures
        reply = textline.answer(body, moment)
        assert len(reply.topic.split("+")) == len(body.split()) - body.count(" i ") and not reply.left_out
        assert sum(map(segments, reply.texts)) <= MAX_REPLY_SEGMENTS
        assert not any(text.startswith("Pozostałe") for text in reply.texts)
        assert any("Alkohol" in text or "alkohol" in text for text in reply.texts) == ("alkohol" in body.lower())


def test_danger_reply_with_112_and_the_helpline_from_the_content(textline):
    assert textline.answer("mąż mnie bije", TUESDAY_OPEN).texts == (
        "W niebezpieczeństwie proszę dzwonić pod 112. Przemoc w rodzinie: Niebieska Linia 800 120 002, "
        "bezpłatnie, całą dobę.\nOPS: tel. 61 817 61 30.",)


def test_a_day_asked_about_comes_first(textline):
    assert textline.answer("czy w piątek jesteście", TUESDAY_OPEN).text.startswith("W piątek 4 grudnia: 7:00–15:00.\n")
    assert textline.answer("czy jutro przyjmujecie", FRIDAY_EVENING).text.startswith("W sobotę 28 listopada: nieczynne.\n")


def test_a_feast_day_asked_about_is_answered_for_its_date():
    """Christmas Eve is a public holiday from 2025 (the pinned `holidays`); New Year's Eve is a
    working Thursday in 2026; after the feast has passed this year, next year's is meant."""
    from conftest import warsaw
    from ivr.call.content import load_content
    from ivr.config import ROOT
    from ivr.runtime import make_schedule
    from ivr.textline.replies import TextLine

    content = load_content(ROOT / "prompts")
    line = TextLine(content, make_schedule(content))
    assert line.answer("czy w wigilię jesteście", TUESDAY_OPEN).text.startswith("W czwartek 24 grudnia: nieczynne.\n")
    assert line.answer("czy jest dyżur w wigilie", TUESDAY_OPEN).text.startswith("W czwartek 24 grudnia: nieczynne.\n")
    assert line.answer("czy w sylwestra pracujecie", TUESDAY_OPEN).text.startswith("W czwartek 31 grudnia: 7:00–15:00.\n")
    after = warsaw(2026, 12, 28, 9, 0)
    assert line.answer("czy w Trzech Króli otwarte", after).text.startswith("W środę 6 stycznia: nieczynne.\n")


def test_prompts_check_names_a_reply_over_three_segments(content_dir, settings, monkeypatch):
    from click.testing import CliRunner

    from ivr.cli import main

    edit_content(content_dir, "care = \"\"\"\n", "care = \"\"\"\n" + "Bardzo długi tekst o opiece. " * 8 + "\n")
    with pytest.raises(ContentError, match=r"sms\.care"):
        load_content(content_dir)
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("IVR_DATABASE_URL", settings.database_url)
    result = CliRunner().invoke(main, ["prompts", "check", "--quiet"])
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code != 0 and "sms.care" in output and "Traceback" not in output, output


def test_a_call_back_reply_is_checked_as_sent_with_the_other_number_note(content_dir):
    # 170 characters with Polish letters fit in 3 SMS alone, not with the longest day and the note
    padding = "Prośba o telefon zapisana. " + "Dziękujemy za cierpliwość. " * 4
    edit_content(content_dir, 'callback_saved = "Prośba o telefon zapisana.', f'callback_saved = "{padding}')
    with pytest.raises(ContentError, match=r"sms\.callback_saved") as refused:
        load_content(content_dir)
    from ivr.web.staff.editing import polish_message, split_error

    key, detail = split_error(refused.value, content_dir / "pl.toml")
    assert key == "sms.callback_saved"
    assert polish_message(detail).startswith(
        "Odpowiedź jest za długa: z najdłuższą datą („jutro, w poniedziałek 30 października”) i zdaniem o innym "
        "numerze w SMS-ie zajęłaby 4 SMS-y, a może zajmować najwyżej 3 SMS-y")


# Texts residents send, through the webhook at moments that change the replies (open, closed,
# a week with closures and its news SMS): every SMS within 3 segments, every set within 6.
WEBHOOK_BODIES = [
    "godziny", "adres", "pomoc", "alkohol", "GODZINY ADRES POMOC", "godziny adres pomoc alkohol opieka obiady",
    "czy w piątek jesteście", "czy jutro przyjmujecie", "opieka nad mamą", "obiady dla taty", "węgiel na zimę",
    "800 plus", "mąż mnie bije", "proszę o telefon 600 100 200", "dziękuję pani serdecznie", "👍",
    "proszę więcej nie pisać", "proszę pisać", "x", "nr do ośrodka",
]


@pytest.mark.parametrize("moment", ["open", "closed", "closures"])
def test_every_reply_through_the_webhook_within_its_segment_limits(make_app, moment):
    from conftest import warsaw

    at = {"open": TUESDAY_OPEN, "closed": FRIDAY_EVENING, "closures": warsaw(2026, 12, 21, 10, 0)}[moment]
    app = make_app(at)
    for index, body in enumerate(WEBHOOK_BODIES):
        texts = post_sms(app, body, sender=f"+4860690{index:04d}")  # one number each: under the hourly limit
        assert texts, body
        assert all(1 <= segments(text) <= 3 for text in texts), (body, texts)
        assert sum(map(segments, texts)) <= MAX_REPLY_SEGMENTS, (body, texts)


# -- dates in full ---------------------------------------------------------------------------------


@pytest.mark.parametrize("runs,text", [
    ([("2026-12-24", "2026-12-25")], "czwartek 24 i piątek 25 grudnia"),
    ([("2026-12-24", "2026-12-24")], "czwartek 24 grudnia"),
    ([("2026-12-23", "2026-12-25")], "od środy 23 do piątku 25 grudnia"),
    ([("2026-12-31", "2027-01-01"), ("2027-01-06", "2027-01-06")], "czwartek 31 grudnia, piątek 1 i środa 6 stycznia"),
])
def test_closed_days_in_full(runs, text):
    from datetime import date

    from ivr.call.notices import ClosureRun, closure_days_full

    assert closure_days_full([ClosureRun(date.fromisoformat(a), date.fromisoformat(b)) for a, b in runs]) == text


def test_the_hours_reply_names_closed_days_in_full(textline):
    from conftest import warsaw

    assert textline.answer("godziny", warsaw(2026, 12, 21, 10, 0)).texts[-1] == "Nieczynne: czwartek 24 i piątek 25 grudnia."


def test_a_missed_call_told_by_sms_is_a_call_back_request(make_app):
    """Round seven: "dzwonił ktoś od was, nie zdążyłam odebrać" asks to be called again; a parcel not
    collected does not."""
    app = make_app(TUESDAY_OPEN)
    body = "dzwonil ktos od was, nie zdazylam odebrac, prosze jeszcze raz"
    assert post_sms(app, body)[0].startswith("Prośba o telefon zapisana.")
    [row] = app.extensions["ivr"].messages.store.listing()
    assert (row.kind, row.number, row.sms_text) == (CALLBACK, SENDER, body)
    assert staff_jobs(app) == 1
    post_sms(app, "nie zdazylam odebrac paczki, kiedy moge przyjsc", sender="+48606111222")
    assert len(app.extensions["ivr"].messages.store.listing()) == 1
