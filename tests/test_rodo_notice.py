"""The layered privacy notice (issue 30, point 1): a sentence before the beep and before a
call-back request, the full notice under key 8 of the message menu and on the public page
/prywatnosc, its retention periods from the same settings the purge uses."""
from __future__ import annotations

import re

from conftest import FRIDAY_EVENING
from ivr.call.flow import CALLBACK, LEAVE_WORD, PRIVACY, Input, State

CALLER = "+48606902915"


def ids(step) -> list[str]:
    return [p.id.split(".")[0] for p in step.prompts]


def press(line, node, digits, caller=CALLER):
    return line.handle(State(node), Input(digits=digits, caller=caller), FRIDAY_EVENING)


def test_the_notice_comes_before_the_beep_and_names_the_controller(line):
    step = press(line, LEAVE_WORD, "1")
    assert step.action == "record"
    first = step.prompts[0]
    assert first.id.startswith("privacy_before_beep")
    assert "nagrana" in first.text and "Ośrodek Pomocy Społecznej w Kleszczewie" in first.text
    assert "klawiszem osiem" in first.text and "w ośrodku" in first.text
    # The words "speak after the beep" come last: nothing is said between them and the beep.
    assert step.prompts[-1].text.endswith("Proszę mówić po sygnale.")


def test_a_message_left_by_speech_hears_the_notice_too(line):
    step = line.handle(State(LEAVE_WORD), Input(speech="chcę zostawić wiadomość", confidence=0.9, caller=CALLER), FRIDAY_EVENING)
    assert step.action == "record" and ids(step)[0] == "privacy_before_beep"


def test_the_call_back_request_says_why_the_number_is_kept(line):
    step = press(line, LEAVE_WORD, "2")
    assert step.state.node == CALLBACK
    # the read-back (its words, the number, twice), then the data sentence, then the choice
    assert ids(step) == ["callback_number", "number", "callback_number", "number", "privacy_callback", "menu_callback"]
    assert "tylko po to, żeby oddzwonić" in step.prompts[4].text
    assert "Ośrodek Pomocy Społecznej w Kleszczewie" in step.prompts[4].text


def test_key_eight_plays_the_full_notice_then_the_message_menu_works(line):
    for caller in (CALLER, "anonymous"):
        step = press(line, LEAVE_WORD, "8", caller)
        assert step.state.node == PRIVACY and ids(step)[0] == "privacy_notice"
        assert ids(step)[-1] == ("menu_leave_word" if caller == CALLER else "menu_leave_word_hidden")
    text = step.prompts[0].text
    for fact in ("Administratorem danych jest Ośrodek Pomocy Społecznej w Kleszczewie", "ul. Poznańska 5",
                 "inspektora ochrony danych", "30 dni", "2 lata", "prawo dostępu", "usunięcia",
                 "Prezesa Urzędu Ochrony Danych Osobowych"):
        assert fact in text, fact
    assert press(line, PRIVACY, "1").action == "record"  # then a message, as the menu says
    assert ids(press(line, PRIVACY, "9"))[0] == "privacy_notice"
    menu = line.catalogue.entry("menu_leave_word").text
    assert "Informacja o ochronie danych – proszę nacisnąć osiem." in menu
    assert "proszę nacisnąć osiem" in line.catalogue.entry("menu_leave_word_hidden").text


def test_retention_periods_come_from_the_settings(monkeypatch, settings):
    from ivr.call.content import load_content

    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "14")
    monkeypatch.setenv("IVR_KEEP_AUDIT_DAYS", "365")
    text = load_content(settings.content_dir).prompts["privacy_notice"].text
    assert "przez 14 dni" in text and "przez 1 rok" in text and "30 dni" not in text
    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "zero")  # a typo keeps the default, never "no limit"
    assert "przez 30 dni" in load_content(settings.content_dir).prompts["privacy_notice"].text


def test_the_purge_default_is_the_period_the_notice_states(monkeypatch, settings, tmp_path):
    from datetime import datetime, timedelta, timezone

    from click.testing import CliRunner

    from ivr.cli import main
    from ivr.messages.store import Store

    store = Store(settings.database_url)
    now = datetime.now(timezone.utc)
    old = store.request_callback("+48606902915", now - timedelta(days=20))
    recent = store.request_callback("+48618176130", now - timedelta(days=10))
    env = {"IVR_DATABASE_URL": settings.database_url, "IVR_RECORDINGS_DIR": str(tmp_path / "rec"),
           "IVR_SECRET_KEY": "s" * 40, "IVR_KEEP_MESSAGES_DAYS": "30"}
    assert CliRunner().invoke(main, ["messages", "purge"], env=env).exit_code == 0
    assert store.get(old.id) is not None
    env["IVR_KEEP_MESSAGES_DAYS"] = "14"
    result = CliRunner().invoke(main, ["messages", "purge"], env=env)
    assert result.exit_code == 0 and "Usunięto: 1." in result.output
    assert store.get(old.id) is None and store.get(recent.id) is not None


def test_the_public_page_shows_the_same_notice_without_signing_in(make_app, monkeypatch):
    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "21")
    app = make_app()
    response = app.test_client().get("/prywatnosc")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "<h1>Informacja o ochronie danych osobowych.</h1>" in html
    assert "przez 21 dni" in html and "Prezesa Urzędu Ochrony Danych Osobowych" in html
    # The SMS line's data too (issue 27): call-backs asked for by SMS with their text, the do-not-text list.
    assert "także te wysłane SMS-em razem z treścią SMS-a, przechowujemy przez 21 dni" in html
    assert "żeby nie wysyłać Państwu SMS-ów, zapisujemy numer na liście" in html
    notice = app.extensions["ivr"].content.prompts["privacy_notice"].text
    for line in notice.strip().splitlines()[1:]:
        assert f"<p>{line.strip()}</p>" in html
    assert not re.search(r"\{[a-z_]+\}", html)  # every placeholder filled


def test_the_notice_is_a_text_staff_edit(make_app):
    from test_staff_pages import PASSWORD, token

    app = make_app()
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    client.post("/staff/login", data={"login": "anna", "password": PASSWORD, "csrf_token": token(page)})
    html = client.get("/staff/prompts/privacy_notice").get_data(as_text=True)
    assert "Ochrona danych: pełna informacja" in html and "{okres_wiadomosci}" in html
