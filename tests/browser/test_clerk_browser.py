"""The staff pages from a clerk's chair (issue 29), in chromium: a phone-sized header and menu,
the statistics led by their summary with tables behind "Pokaż tabelę", "Oddzwoń" that looks
disabled when it is, the simulator keeping a message, and notice dates in words."""
from __future__ import annotations

import re

import pytest

from tests.browser.accessibility import assert_accessible
from tests.browser.conftest import sign_in
from tests.browser.staff_pages import with_messages, with_stats

expect = pytest.importorskip("playwright.sync_api").expect

PHONE = {"width": 375, "height": 740}


def test_phone_header_is_compact_and_the_menu_opens_from_its_button(page):
    page.set_viewport_size(PHONE)
    sign_in(page, "/staff/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 170, header  # was 590 of 740 px
    button = page.get_by_role("button", name="Menu")
    expect(button).to_have_attribute("aria-expanded", "false")
    menu = page.get_by_role("navigation", name="Menu główne")
    expect(menu).to_be_hidden()
    assert_accessible(page, "phone, menu folded")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_role("link", name="Ogłoszenia")).to_be_visible()
    assert_accessible(page, "phone, menu open")
    menu.get_by_role("link", name="Statystyki").click()
    page.wait_for_url("**/staff/stats")
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")
    # On a wide screen there is no button and the menu is always there.
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Ogłoszenia")).to_be_visible()


def test_without_javascript_the_phone_menu_is_simply_shown(browser, server):
    context = browser.new_context(base_url=server, locale="pl-PL", java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    try:
        sign_in(page, "/staff/")
        expect(page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Ogłoszenia")).to_be_visible()
        expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    finally:
        context.close()


def test_statistics_on_a_phone_lead_with_the_summary_and_fold_the_tables(page, staff_app):
    with_stats(staff_app, None)
    page.set_viewport_size(PHONE)
    sign_in(page, "/staff/stats?okres=30")
    summary = page.locator(".stats-summary").bounding_box()
    assert summary["y"] < PHONE["height"], "the summary is in the first screen"
    period = page.locator(".stats-period-box").bounding_box()
    assert summary["y"] < period["y"]
    tables = page.locator("table.chart-table")
    assert tables.count() == 5
    for index in range(5):
        expect(tables.nth(index)).to_be_hidden()
    height = page.evaluate("document.documentElement.scrollHeight")
    unfolded = page.evaluate("""() => { const open = [...document.querySelectorAll('details.chart-data')];
        open.forEach(d => d.open = true); const h = document.documentElement.scrollHeight;
        open.forEach(d => d.open = false); return h; }""")
    assert height < 6000 and unfolded > height + 1500, (height, unfolded)  # was 7,000-10,000 px
    first = page.locator("#polaczenia")
    first.get_by_text("Pokaż tabelę").click()
    expect(first.locator("table")).to_be_visible()
    expect(first.get_by_role("columnheader").first).to_be_visible()  # a real table
    assert_accessible(page, "phone, one table shown")


def test_a_disabled_oddzwon_looks_disabled_and_the_phone_field_like_the_others(signed_in, staff_app):
    page = signed_in
    with_messages(staff_app, None)
    page.goto("/staff/messages")
    disabled = page.get_by_role("button", name="Oddzwoń").first
    expect(disabled).to_be_disabled()
    style = disabled.evaluate("b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).borderStyle, getComputedStyle(b).cursor]")
    enabled = page.get_by_role("button", name="Zapisz mój telefon").evaluate(
        "b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).borderStyle]")
    assert style[1] == "dashed" and style[2] == "not-allowed" and style[0] != "rgb(29, 94, 32)", style
    assert enabled[1] == "solid"
    why = page.locator("#" + disabled.get_attribute("aria-describedby"))
    expect(why).to_contain_text("Przycisk jest nieaktywny")
    field = page.get_by_label("Numer telefonu służbowego")
    box = field.bounding_box()
    size = field.evaluate("f => parseFloat(getComputedStyle(f).fontSize)")
    assert box["height"] >= 40 and size >= 18, (box, size)  # was 21 px high with 13 px text


def test_simulator_message_is_kept_and_listed_in_the_browser(signed_in):
    page = signed_in
    page.goto("/staff/simulator?date=2026-11-27&time=18:00")
    for key in ("0", "1"):
        page.locator(".keypad").get_by_role("button", name=key, exact=True).click()
    expect(page.locator(".sim-now")).to_contain_text("wiadomość została zapisana")
    expect(page.locator(".sim-left")).to_contain_text("Wiadomość głosowa (7 s)")
    page.locator(".keypad").get_by_role("button", name=re.compile(r"^\*")).click()  # a replay keeps one
    expect(page.locator(".sim-left li")).to_have_count(1)


def test_notice_dates_in_words_are_shown_back_before_saving(signed_in, staff_app):
    page = signed_in
    page.goto("/staff/notices/new")
    page.get_by_label("Treść ogłoszenia").fill("Zbiórka żywności przed szkołą w Kleszczewie.")
    page.get_by_label("Pierwszy dzień").fill("od poniedziałku")
    page.get_by_label("Ostatni dzień").fill("do końca miesiąca")
    page.get_by_role("button", name="Zapisz ogłoszenie").click()
    check = page.locator("#daty-do-sprawdzenia")
    expect(check).to_contain_text("Od: poniedziałek, 7 grudnia 2026")
    expect(check).to_contain_text("Do: czwartek, 31 grudnia 2026")
    assert not staff_app.extensions["ivr"].content.notices  # nothing saved before the check
    page.get_by_role("button", name="Zapisz ogłoszenie").click()
    saved = page.locator("#zapisano")
    expect(saved).to_contain_text("Zapisano ogłoszenie")
    expect(saved).to_be_focused()
    [notice] = staff_app.extensions["ivr"].content.notices
    assert (notice.first.isoformat(), notice.last.isoformat()) == ("2026-12-07", "2026-12-31")
