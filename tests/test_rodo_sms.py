"""Issue 30 on the SMS line: a call-back asked for by SMS is told why its number and text are
kept and who holds them (a second SMS, once), and the notice is sent by SMS to whoever asks
("RODO", "dane osobowe", "ochrona danych"), its retention period from the settings."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from ivr.call.content import load_content
from ivr.common.sms_segments import segments
from ivr.config import ROOT
from ivr.runtime import make_schedule
from ivr.textline.replies import MAX_REPLY_SEGMENTS, TextLine
from test_sms_callback import post_sms

PRIVACY_CALLBACK = ("Numer i treść SMS-a zapisujemy tylko po to, żeby oddzwonić. Administrator danych: OPS w Kleszczewie. "
                    "Więcej: proszę wysłać RODO.")


@pytest.fixture(scope="module")
def textline():
    content = load_content(ROOT / "prompts")
    return TextLine(content, make_schedule(content))


def test_a_call_back_asked_by_sms_gets_the_privacy_sentence_once(make_app):
    app = make_app(TUESDAY_OPEN)
    first = post_sms(app, "Proszę o telefon w sprawie zasiłku")
    assert first == ["Prośba o telefon zapisana. Pracownik ośrodka zadzwoni jutro, w środę 2 grudnia.", PRIVACY_CALLBACK]
    again = post_sms(app, "Proszę o telefon jeszcze raz")  # kept, not saved again: told already
    assert len(again) == 1 and "już zapisana" in again[0]
    with_number = post_sms(app, "Zadzwońcie na 600 100 200", sender="+48606902916")
    assert with_number[-1] == PRIVACY_CALLBACK and "Numer z wiadomości przekażemy" in with_number[0]
    assert sum(map(segments, with_number)) <= MAX_REPLY_SEGMENTS


@pytest.mark.parametrize("body", ["RODO", "rodo?", "Proszę o informację o ochronie danych osobowych",
                                  "co z moimi danymi osobowymi", "klauzula informacyjna", "Polityka prywatności"])
def test_the_notice_is_sent_by_sms_on_request(textline, body):
    assert textline.topics(body) == ("privacy",)
    reply = textline.answer(body, TUESDAY_OPEN)
    texts = reply.texts
    assert len(texts) == 2 and sum(map(segments, texts)) <= MAX_REPLY_SEGMENTS
    assert all(segments(text) <= 3 for text in texts)
    joined = " ".join(texts)
    for fact in ("Administrator danych: Ośrodek Pomocy Społecznej w Kleszczewie", "ul. Poznańska 5", "przez 30 dni",
                 "prawo dostępu", "usunięcia", "Prezesa UODO"):
        assert fact in joined, fact


@pytest.mark.parametrize("body,topic", [
    ("jakie dane są potrzebne do wniosku", "help"),  # "dane" alone asks about a form, not about privacy
    ("STOP", "carrier"), ("proszę nie pisać", "stop"), ("proszę o telefon", "callback"),
    ("mąż mnie bije, ochrona", "danger"),
])
def test_other_messages_are_not_taken_for_a_privacy_request(textline, body, topic):
    assert textline.topics(body) != ("privacy",)


def test_the_sms_notice_goes_through_the_webhook_with_the_retention_from_the_settings(make_app, monkeypatch):
    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "21")
    app = make_app(TUESDAY_OPEN)
    texts = post_sms(app, "RODO")
    assert len(texts) == 2 and "przez 21 dni" in texts[1]
    assert app.extensions["ivr"].messages.store.listing(include_done=True) == []  # asking keeps nothing
