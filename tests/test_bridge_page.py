""""Oddzwoń" on the staff messages page: the button, the staff member's phone, the status
the page follows (JSON), the one-click "done", and the refusals (sign-in, CSRF, settings)."""
from __future__ import annotations

import re

import pytest

from conftest import FRIDAY_EVENING
from fake_twilio import CallDriver
from messages_helpers import CALLER, db_url, line_settings, make_line, sleeps, twilio  # noqa: F401
from test_staff_pages import PASSWORD, sign_in, token

STAFF_PHONE = "+48600300400"
OFFICE = "+48618176130"


@pytest.fixture
def calls(twilio):
    return twilio.register_calls()


@pytest.fixture
def staff_line(make_line, calls):
    def make(**changes):
        app = make_line(**changes)
        app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
        return app
    return make


def new_item(app, number=CALLER) -> int:
    return app.extensions["ivr"].messages.store.request_callback(number, FRIDAY_EVENING).id


def page(client) -> str:
    return client.get("/staff/messages").get_data(as_text=True)


def save_phone(client, number: str, choice: str = "komorka"):
    return client.post("/staff/messages/phone", data={
        "csrf_token": token(page(client)), "telefon": choice, "numer": number}, follow_redirects=True)


def call_back(client, item: int):
    return client.post(f"/staff/messages/{item}/call", data={"csrf_token": token(page(client))})


def call_button(html: str, item: int) -> bool:
    return f'action="/staff/messages/{item}/call"' in html


def test_a_button_for_each_callable_item_and_none_for_hidden_numbers(staff_line):
    app = staff_line(office_phone=OFFICE)
    store = app.extensions["ivr"].messages.store
    request = new_item(app)
    message = store.note_recording("RE" + "2" * 32, now=FRIDAY_EVENING, number="+48618176131", duration=9, url="u").id
    hidden = store.note_recording("RE" + "3" * 32, now=FRIDAY_EVENING, number="hidden", duration=4, url="u").id
    abroad = new_item(app, "+4915123456789")
    html = page(sign_in(app))
    assert call_button(html, request) and call_button(html, message)
    assert not call_button(html, hidden) and not call_button(html, abroad)
    assert "Numer ukryty albo niepełny – nie można oddzwonić." in html
    assert "Numer zagraniczny – oddzwanianie za granicę jest wyłączone" in html
    # The office landline is the phone until the staff member saves another.
    assert "Najpierw zadzwonimy na 61 817 61 30." in html


def test_the_staff_member_saves_the_phone_they_are_at(staff_line):
    app = staff_line()
    item = new_item(app)
    client = sign_in(app)
    html = page(client)
    assert not call_button(html, item) and "proszę najpierw wybrać swój telefon" in html
    refused = save_phone(client, "12345").get_data(as_text=True)
    assert "Na ten numer nie można dzwonić." in refused
    saved = save_phone(client, "600 300 400").get_data(as_text=True)
    assert "Zapisano telefon do oddzwaniania: 600 300 400." in saved and call_button(saved, item)
    assert app.extensions["ivr"].messages.bridge.store.saved_phone("anna") == STAFF_PHONE


def test_oddzwon_rings_the_staff_phone_and_the_item_follows_the_call(staff_line, calls):
    app = staff_line()
    item = new_item(app)
    client = sign_in(app)
    save_phone(client, STAFF_PHONE)
    response = call_back(client, item)
    assert response.status_code == 303
    assert calls.calls[-1]["_form"]["To"] == STAFF_PHONE
    html = page(client)
    assert "Dzwonimy na Pana/Pani telefon. Proszę odebrać." in html
    assert "Połączenie: <strong>Dzwonię do pracownika</strong>" in html
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in html  # refreshes itself without JS
    # Disabled while the call runs, and why is written next to it.
    assert re.search(rf'<button type="submit" class="button" disabled aria-describedby="oddzwon-{item}-trwa">Oddzwoń', html)
    assert f'id="oddzwon-{item}-trwa">Przycisk jest nieaktywny, bo połączenie w tej sprawie już trwa.' in html

    status = lambda: client.get(f"/staff/messages/{item}/call-status.json").get_json()  # noqa: E731
    assert status()["label"] == "Dzwonię do pracownika" and status()["active"] is True
    call = CallDriver(app, calls.calls[-1])
    call.answer()
    call.press("1")
    assert status()["label"] == "Łączę z mieszkańcem"
    call.resident_answers()
    assert status()["label"] == "Rozmowa trwa"
    call.resident_ends("completed", talk=95)
    call.hang_up(100)
    found = status()
    assert found["active"] is False and found["label"] == "Zakończona (1 min 35 s)"
    assert found["attempts"] == [{"when": "27 listopada 2026, 18:00", "login": "anna", "label": "Zakończona (1 min 35 s)"}]

    html = page(client)
    assert "noscript" not in html
    assert "27 listopada 2026, 18:00, anna: Zakończona (1 min 35 s)" in html
    assert "Rozmowa odbyta – oznacz jako załatwione" in html
    done = client.post(f"/staff/messages/{item}/done", data={"csrf_token": token(html)}, follow_redirects=True)
    assert "Oznaczono jako załatwione." in done.get_data(as_text=True)
    assert app.extensions["ivr"].messages.store.get(item).status == "done"


def test_refused_without_sign_in_or_csrf_token(staff_line, calls):
    app = staff_line(office_phone=OFFICE)
    item = new_item(app)
    anonymous = app.test_client()
    assert anonymous.post(f"/staff/messages/{item}/call").status_code in (400, 401)
    assert anonymous.get(f"/staff/messages/{item}/call-status.json").status_code == 401
    client = sign_in(app)
    assert client.post(f"/staff/messages/{item}/call", data={}).status_code == 400
    assert client.post("/staff/messages/phone", data={"telefon": "komorka", "numer": STAFF_PHONE}).status_code == 400
    assert calls.calls == []
    assert client.get("/staff/messages/999/call-status.json").status_code == 404


def test_without_the_line_number_the_button_says_what_is_missing(staff_line, calls):
    app = staff_line(office_phone=OFFICE, line_number=None)
    item = new_item(app)
    client = sign_in(app)
    html = page(client)
    assert not call_button(html, item)
    assert f'aria-describedby="oddzwon-{item}-brak">Oddzwoń</button>' in html
    assert "brakuje numeru infolinii (IVR_LINE_NUMBER)" in html
    assert f'id="oddzwon-{item}-brak">Przycisk jest nieaktywny. Oddzwanianie przez infolinię jest niedostępne' in html
    flashed = client.post(f"/staff/messages/{item}/call", data={"csrf_token": token(html)}, follow_redirects=True)
    assert "IVR_LINE_NUMBER" in flashed.get_data(as_text=True) and calls.requests == []


def test_without_twilio_credentials_the_button_says_what_is_missing(staff_line):
    app = staff_line(office_phone=OFFICE, account_sid="")
    new_item(app)
    assert "brakuje danych konta Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)" in page(sign_in(app))
