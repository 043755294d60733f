"""Issue 34, N6 (inbound SMS line) and N8 (number classes): replies within a segment budget,
at most REPLIES_PER_HOUR reply sets per sender per hour (also for parallel messages, under
real threads, SQLite file and PostgreSQL), and only to Polish landlines and mobiles unless
IVR_CALLBACK_INTERNATIONAL allows others. A message left without a reply still counts in the
statistics, and the log says why."""
from __future__ import annotations

import itertools
import logging
import threading

import pytest

from conftest import FRIDAY_EVENING, MONDAY_OPEN, TUESDAY_OPEN, warsaw
from ivr.call.content import load_content
from ivr.common.callerid import callable_number, contact_number
from ivr.common.sms_segments import segments
from ivr.config import ROOT
from ivr.messages.sms_replies import REPLIES_PER_HOUR
from ivr.runtime import make_schedule
from ivr.textline.replies import KEYWORDS, MAX_REPLY_SEGMENTS, TextLine, left_out_hint
from messages_helpers import db_url  # noqa: F401 - fixture
from test_sms import messages, post_sms

EVERYTHING = "godziny, adres, zasiłki i alkohol"


@pytest.fixture(scope="module")
def textline():
    content = load_content(ROOT / "prompts")
    return TextLine(content, make_schedule(content))


def cost(texts) -> int:
    return sum(segments(text) for text in texts)


def test_a_message_naming_every_keyword_costs_at_most_the_budget(textline):
    reply = textline.answer(EVERYTHING, FRIDAY_EVENING)
    assert reply.topic == "hours+contact+help+addiction"
    everything = [textline.hours(FRIDAY_EVENING), *(textline.texts[t] for t in ("contact", "help", "addiction"))]
    assert cost(everything) >= 9  # what one SMS in used to cost
    assert cost(reply.texts) <= MAX_REPLY_SEGMENTS
    # the first thing asked for, whole or (issue 27) in its short form so that more answers fit
    assert reply.texts[0] == textline.short("hours", "", FRIDAY_EVENING)
    # issue 27: several keywords each get an answer, none dropped: all four in their short forms
    assert reply.left_out == ()
    assert reply.texts == tuple(textline.short(t, "", FRIDAY_EVENING) for t in ("hours", "contact", "help", "addiction"))


def test_what_does_not_fit_even_in_short_forms_is_named_in_the_hint(textline):
    # a week with closures (the news SMS after the hours), and care has no short form
    moment = warsaw(2026, 12, 21, 10, 0)
    reply = textline.answer("godziny, adres, opieka nad mamą i alkohol", moment)
    assert cost(reply.texts) <= MAX_REPLY_SEGMENTS
    assert reply.left_out and reply.texts[-1] == left_out_hint(reply.left_out) and segments(reply.texts[-1]) == 1
    assert reply.texts[1] == textline.news(moment)  # the hours whole with their news, first


@pytest.mark.parametrize("moment", [FRIDAY_EVENING, TUESDAY_OPEN, warsaw(2026, 12, 21, 10, 0)])  # the last: closures ahead
def test_every_combination_of_questions_stays_within_the_budget(textline, moment):
    words = {"hours": "godziny", "contact": "adres", "help": "zasiłki", "addiction": "alkohol"}
    for size in range(1, 5):
        for topics in itertools.combinations(words, size):
            reply = textline.answer(" i ".join(words[t] for t in topics), moment)
            first = [textline.hours(moment)] + ([textline.news(moment)] if textline.news(moment) else []) \
                if topics[0] == "hours" else [textline.texts[topics[0]]]
            # several answers that would not fit whole: the short hours and address (issue 27)
            shorter = [textline.short(topics[0], first[0], moment), *first[1:]]
            assert list(reply.texts[:len(first)]) in (first, shorter), topics
            assert cost(reply.texts) <= max(MAX_REPLY_SEGMENTS, cost(first) + 1), topics
            answered = [t for t in topics if t not in reply.left_out]
            assert answered[0] == topics[0] and set(answered) | set(reply.left_out) == set(topics)
            if reply.left_out:
                assert reply.texts[-1] == left_out_hint(reply.left_out) and segments(reply.texts[-1]) == 1
    # The hint is always one segment. The hours, first in order, are never left out.
    for size in range(1, 4):
        for topics in itertools.combinations([t for t in KEYWORDS if t != "hours"], size):
            assert segments(left_out_hint(topics)) == 1


def test_the_usual_two_questions_still_get_both_answers(textline):
    reply = textline.answer("prosze o adres i godziny otwarcia", TUESDAY_OPEN)
    assert reply.left_out == () and len(reply.texts) == 2


# ---------------------------------------------------------------- the webhook


@pytest.fixture
def app(make_app, db_url, monkeypatch):  # noqa: F811
    app = make_app(MONDAY_OPEN, database_url=db_url)
    topics = []
    monkeypatch.setattr(app.extensions["ivr"].stats, "event", lambda call, kind, name, at=None, *a: topics.append(name))
    app.topics = topics
    return app


def test_at_most_five_reply_sets_per_sender_per_hour_then_silence_and_a_log_line(app, caplog):
    caplog.set_level(logging.INFO, logger="ivr.web.sms")
    replies = [messages(post_sms(app, {"Body": "godziny"})) for _ in range(REPLIES_PER_HOUR + 3)]
    assert all(replies[:REPLIES_PER_HOUR]) and replies[REPLIES_PER_HOUR:] == [[]] * 3
    assert app.topics == ["hours"] * (REPLIES_PER_HOUR + 3)  # every message counted all the same
    assert "SMS from 606 *** 915: no reply, over the limit of 5 replies per hour" in caplog.text
    assert "606902915" not in caplog.text
    assert messages(post_sms(app, {"Body": "godziny", "From": "+48501234567"}))  # another resident: answered


def test_parallel_messages_from_one_number_get_at_most_five_replies(app):
    """Real threads, one test client each: the limit is counted in the database atomically."""
    start = threading.Barrier(12)
    answered = []

    def send():
        start.wait()
        answered.append(bool(messages(post_sms(app, {"Body": "adres"}))))

    threads = [threading.Thread(target=send) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answered) == 12 and sum(answered) == REPLIES_PER_HOUR


@pytest.mark.parametrize("sender, why", [
    ("+4915123456789", "abroad"),  # a German mobile
    ("+14155552671", "abroad"),
    ("+48801234567", "class"),  # shared cost
    ("+48701234567", "class"),  # premium rate
    ("+48800123456", "class"),  # toll-free
    ("+881612345678", "class"),  # satellite (Iridium)
    ("+870772123456", "class"),  # satellite (Inmarsat)
    ("+447012345678", "class"),  # UK personal number
    ("anonymous", "class"),
    ("OPS-INFO", "class"),  # an alphanumeric sender: a machine, never answered (no reply loops)
])
def test_replies_go_only_to_polish_landlines_and_mobiles(app, sender, why, caplog):
    caplog.set_level(logging.INFO, logger="ivr.web.sms")
    assert messages(post_sms(app, {"Body": "godziny", "From": sender})) == []
    assert app.topics == ["hours"]
    assert "no reply, not a landline or mobile number in Poland" in caplog.text


def test_a_setting_allows_replies_abroad_but_never_to_other_classes(make_app, db_url):  # noqa: F811
    app = make_app(MONDAY_OPEN, database_url=db_url, callback_international=True)
    assert messages(post_sms(app, {"Body": "godziny", "From": "+4915123456789"}))
    assert messages(post_sms(app, {"Body": "godziny", "From": "+48391234567"}))  # Polish VoIP: a home phone
    for sender in ("+4918012345678", "+881612345678", "+445612345678", "+48801234567"):  # shared cost, satellite, UK VoIP
        assert messages(post_sms(app, {"Body": "godziny", "From": sender})) == [], sender


# ---------------------------------------------------------------- N8: number classes


@pytest.mark.parametrize("number, expected", [
    ("+48606902915", "+48606902915"),  # mobile
    ("+48618176130", "+48618176130"),  # landline
    ("+48391234567", "+48391234567"),  # Polish VoIP: billed like a landline, a resident's home phone
    ("+4915123456789", "+4915123456789"),  # German mobile
    ("+4932123456789", "+4932123456789"),  # German landline
    ("+14155552671", "+14155552671"),  # US: fixed line or mobile
    ("+48801234567", None),  # shared cost
    ("+48701234567", None),  # premium rate
    ("+48800123456", None),  # toll-free: inbound only, no one's phone
    ("+4918012345678", None),  # German shared cost
    ("+448712345678", None),  # UK premium
    ("+447012345678", None),  # UK personal (forwarding) number
    ("+445612345678", None),  # UK VoIP: abroad, a toll-fraud vehicle
    ("+881612345678", None),  # satellite, Iridium (libphonenumber calls it "mobile")
    ("+870772123456", None),  # satellite, Inmarsat
    ("+883510012345", None),  # international networks
])
def test_only_landlines_and_mobiles_are_called_back_or_texted(number, expected):
    assert callable_number(number) == expected
    assert contact_number(number, international=True) == expected
    assert contact_number(number) == (expected if expected and expected.startswith("+48") else None)


def test_oddzwon_with_calls_abroad_on_refuses_shared_cost_personal_and_satellite_numbers(make_app, db_url):  # noqa: F811
    app = make_app(MONDAY_OPEN, database_url=db_url, callback_international=True)
    bridge = app.extensions["ivr"].messages.bridge
    assert bridge.international
    for number in ("+48801234567", "+447012345678", "+881612345678", "+4918012345678"):
        assert bridge.phone_number(number) is None
        assert "nie oddzwaniamy" in bridge.refusal(number)
    assert bridge.refusal("+4915123456789") is None and bridge.refusal("+48606902915") is None


def test_the_apology_after_a_failure_also_goes_only_to_numbers_the_line_answers(app, monkeypatch):
    def broken(*args):
        raise RuntimeError("content trouble")

    monkeypatch.setattr(app.extensions["ivr"].textline, "answer", broken)
    assert messages(post_sms(app, {"Body": "godziny", "From": "+881612345678"})) == []
    assert messages(post_sms(app, {"Body": "godziny"})) == [
        "Przepraszamy, wystąpił chwilowy problem. Proszę spróbować ponownie za kilka minut."]
