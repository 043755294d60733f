"""Issue 27: the staff Wiadomości page lists a call-back asked for by SMS, marked "SMS", with
its text, and "Oddzwoń" rings the staff phone for it (never the other number in the text)."""
from __future__ import annotations

from datetime import datetime, time

from conftest import FRIDAY_EVENING
from messages_helpers import CALLER, db_url, line_settings, make_line, sleeps, twilio  # noqa: F401
from test_bridge_page import calls, call_back, call_button, page, save_phone, staff_line  # noqa: F401
from test_staff_pages import sign_in

STAFF_PHONE = "+48601222333"
TEXT = "Proszę o telefon, mój syn ma numer 512 345 678 <b>"


def test_an_sms_call_back_is_listed_marked_sms_and_oddzwon_rings_the_staff_phone(staff_line, calls):  # noqa: F811
    app = staff_line()
    store = app.extensions["ivr"].messages.store
    day_start = datetime.combine(FRIDAY_EVENING.date(), time(0), tzinfo=FRIDAY_EVENING.tzinfo)
    request, new = store.request_sms_callback(CALLER, TEXT, FRIDAY_EVENING, day_start)
    assert new
    client = sign_in(app)
    save_phone(client, STAFF_PHONE)
    html = page(client)
    assert '<span class="tag">SMS</span>' in html
    assert "Proszę o telefon, mój syn ma numer 512 345 678 &lt;b&gt;" in html  # the text, escaped
    assert call_button(html, request.id)
    assert call_back(client, request.id).status_code == 303
    dialled = [call["_form"]["To"] for call in calls.calls]
    assert dialled == [STAFF_PHONE]  # the staff phone first; the number in the text is never dialled
    assert "+48512345678" not in dialled
