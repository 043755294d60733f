""""Oddzwoń" in a real browser: the click rings the staff phone (fake Twilio), and the item's
status follows Twilio's webhooks without a reload, then offers "done" in one click."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
import responses

from conftest import FRIDAY_EVENING
from fake_twilio import ACCOUNT_SID, AUTH_TOKEN, CallDriver, FakeTwilio
from tests.browser.conftest import PASSWORD

expect = pytest.importorskip("playwright.sync_api").expect

CALLER = "+48606902915"


@pytest.fixture
def calls():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeTwilio(mock).register_calls()


@pytest.fixture
def staff_app(settings, calls):
    from ivr.web import create_app

    app = create_app(replace(
        settings, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, line_number="+48618000000",
        office_phone="+48618176130", staff_mobile=None,
    ), clock=lambda: FRIDAY_EVENING)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


def test_click_oddzwon_and_follow_the_call(signed_in, staff_app, calls):
    page = signed_in
    item = staff_app.extensions["ivr"].messages.store.request_callback(CALLER, FRIDAY_EVENING).id
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wiadomości", exact=True).click()
    expect(page.locator("main")).to_contain_text("Najpierw zadzwonimy na 61 817 61 30.")
    page.get_by_role("button", name=re.compile("^Oddzwoń na numer 606 902 915")).click()

    status = page.locator(f"#oddzwon-{item}-stan")
    expect(status).to_have_text("Połączenie: Dzwonię do pracownika")
    assert calls.calls[-1]["_form"]["To"] == "+48618176130"
    page.evaluate("window.sameDocument = true")  # gone if the page reloads

    call = CallDriver(staff_app, calls.calls[-1])
    call.answer()
    call.press("1")
    expect(status).to_have_text("Połączenie: Łączę z mieszkańcem")
    call.resident_answers()
    expect(status).to_have_text("Połączenie: Rozmowa trwa")
    assert page.evaluate("window.sameDocument === true")  # followed by polling, not by reloading

    call.resident_ends("completed", talk=95)
    call.hang_up(100)
    expect(status).to_have_text("Połączenie: Zakończona (1 min 35 s)")
    expect(page.locator(".attempts")).to_contain_text("27 listopada 2026, 18:00, anna: Zakończona (1 min 35 s)")
    page.get_by_role("button", name="Rozmowa odbyta – oznacz jako załatwione").click()
    expect(page.get_by_role("status").first).to_contain_text("Oznaczono jako załatwione.")
    assert staff_app.extensions["ivr"].messages.store.get(item).status == "done"
