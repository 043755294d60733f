"""The text line: several questions in one SMS each get their answer; a thank-you gets one short SMS."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import FRIDAY_EVENING, TUESDAY_OPEN, edit_content
from ivr.call.content import ContentError, load_content
from ivr.common.sms_segments import count, fits
from ivr.config import ROOT
from ivr.runtime import make_schedule
from ivr.textline.replies import TextLine
from test_sms import XML, messages, post_sms


@pytest.fixture(scope="module")
def content():
    return load_content(ROOT / "prompts")


@pytest.fixture(scope="module")
def textline(content):
    return TextLine(content, make_schedule(content))


@pytest.mark.parametrize("body,topics", [
    ("prosze o adres i godziny otwarcia", ("hours", "contact")),
    ("Dzień dobry, do której jesteście otwarci i gdzie jest ośrodek?", ("hours", "contact")),
    ("mąż pije, kiedy mogę przyjść", ("hours", "addiction")),
    ("potrzebuję zasiłku, podajcie telefon", ("contact", "help")),
    ("Potrzebuję pomocy z alkoholem", ("addiction",)),  # "pomoc" only says that help is wanted
    ("pomoc", ("help",)),
])
def test_each_thing_asked_for_gets_its_answer(textline, content, body, topics):
    reply = textline.answer(body, FRIDAY_EVENING)
    assert reply.topic == "+".join(topics)
    expected = tuple(textline.hours(FRIDAY_EVENING) if t == "hours" else content.sms[t] for t in topics)
    assert reply.texts == expected
    assert all(fits(text) for text in reply.texts)
    if "hours" in topics:
        assert reply.texts[0].startswith("Teraz zamknięte, otwieramy w poniedziałek o 8:00.")


@pytest.mark.parametrize("body", [
    "ok", "OK dziekuje", "Dziękuję", "dzięki!", "dziękuję bardzo", "Okej, dziękuję, do widzenia", "super, pozdrawiam",
    "dobrze dziękuję", "Dziekuje pieknie",
])
def test_a_thank_you_gets_one_short_sms(textline, content, body):
    reply = textline.answer(body, TUESDAY_OPEN)
    assert reply.topic == "thanks" and reply.texts == (content.sms["thanks"],)
    assert reply.text == "Dziękujemy. Pozdrawiamy – OPS w Kleszczewie." and count(reply.text).count == 1


@pytest.mark.parametrize("body,topic", [
    ("dziękuję, a do której jesteście otwarci?", "hours"),  # a question, not a thank-you
    ("ok a adres?", "contact"), ("dzień dobry, mam pytanie o coś", "menu"), ("tak", "menu"),
])
def test_a_thank_you_with_a_question_gets_the_answer(textline, body, topic):
    assert textline.answer(body, TUESDAY_OPEN).topic == topic


def test_several_answers_exact_twiml(make_app, content):
    app = make_app(TUESDAY_OPEN)
    body = post_sms(app, {"Body": "prosze o adres i godziny otwarcia"}).get_data(as_text=True)
    hours = ("Teraz otwarte do 15:00.\nGodziny otwarcia:\nPon. 8:00–16:00\nWt.–pt. 7:00–15:00\n"
             "W soboty, niedziele i święta nieczynne.")
    contact = ("Ośrodek Pomocy Społecznej w Kleszczewie\nul. Poznańska 5, 63-005 Kleszczewo\nTel. 61 817 61 30\n"
               "Tel. kom. 606 902 915\nKierownik ośrodka: Mirosława Radzimska")
    assert body == XML + f"<Response><Message>{hours}</Message><Message>{contact}</Message></Response>"


def test_thanks_exact_twiml(make_app):
    body = post_sms(make_app(), {"Body": "ok dziekuje"}).get_data(as_text=True)
    assert body == XML + "<Response><Message>Dziękujemy. Pozdrawiamy – OPS w Kleszczewie.</Message></Response>"


def test_a_thank_you_longer_than_one_sms_is_refused(content_dir):
    edit_content(content_dir, 'thanks = "Dziękujemy.', 'thanks = "Dziękujemy bardzo serdecznie za wiadomość i pozdrawiamy.')
    with pytest.raises(ContentError, match=r"\[sms.thanks\] must fit in one SMS: it takes 2"):
        load_content(content_dir)


def test_ivr_sms_prints_each_reply(content_dir, monkeypatch):
    from ivr.cli import main

    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    result = CliRunner(mix_stderr=False).invoke(main, ["sms", "prosze o adres i godziny otwarcia", "--at", "2026-12-01 10:00"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Teraz otwarte do 15:00.\nGodziny otwarcia:\n")
    assert result.stdout.endswith("Kierownik ośrodka: Mirosława Radzimska\n")
    assert "--- SMS 1 z 2" in result.stderr and "--- SMS 2 z 2" in result.stderr
    thanks = CliRunner(mix_stderr=False).invoke(main, ["sms", "ok dziekuje"])
    assert thanks.stdout == "Dziękujemy. Pozdrawiamy – OPS w Kleszczewie.\n"
    assert "części SMS: 1" in thanks.stderr
