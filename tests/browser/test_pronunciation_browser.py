"""Pronunciation warnings in a real browser: a prompt edited to include a piece the voice may
say wrong shows the warning on "Sprawdź wymowę", before anything is saved, without JavaScript."""
from __future__ import annotations

import re

import pytest

from ivr.spoken.review import review
from tests.browser.accessibility import assert_accessible
from tests.browser.staff_pages import LEFTOVER_GOODBYE
from tests.browser.test_accessibility import tab_to

expect = pytest.importorskip("playwright.sync_api").expect


def content_file(app):
    return app.config["IVR_SETTINGS"].content_dir / "pl.toml"


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_check_shows_the_warning_before_saving(browser, server, staff_app, javascript):
    from tests.browser.conftest import sign_in

    context = browser.new_context(base_url=server, locale="pl-PL", bypass_csp=True, java_script_enabled=javascript)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        sign_in(page, "/staff/prompts/goodbye")
        before = content_file(staff_app).read_bytes()
        expected = review(LEFTOVER_GOODBYE, staff_app.extensions["ivr"].content.acronyms)
        assert expected.leftovers
        text = page.get_by_label("Tekst", exact=True)
        # The Polish column's block (#wymowa); the Ukrainian one beside it is #wymowa-uk (issue 33).
        expect(page.locator("#wymowa")).not_to_contain_text("Uwaga")
        text.fill(LEFTOVER_GOODBYE)
        tab_to(page, page.get_by_role("button", name="Sprawdź wymowę"))
        page.keyboard.press("Enter")

        warning = page.locator("#wymowa-uwagi")
        expect(warning.get_by_role("heading", level=3)).to_have_text(
            "Uwaga: głos może źle przeczytać " + ("ten fragment" if len(expected.leftovers) == 1 else "te fragmenty"))
        for leftover in expected.leftovers:
            expect(warning.locator("code", has_text=leftover.text).first).to_be_visible()
        expect(page.locator("#wymowa .spoken")).to_have_text(expected.spoken)
        expect(text).to_have_value(LEFTOVER_GOODBYE)  # the typed text is still there to fix
        expect(text).to_have_accessible_description(
            re.compile(r"^Uwaga: głos może źle przeczytać"))
        if javascript:  # the focus moves to what the button showed
            expect(page.locator("#wymowa")).to_be_focused()
        assert content_file(staff_app).read_bytes() == before
        assert staff_app.extensions["ivr_staff"].store.history() == []
        if javascript:
            assert_accessible(page, "pronunciation warnings shown")

        # Saved all the same, and the page after the save still shows the warning.
        page.get_by_role("button", name="Zapisz zmiany").click()
        expect(page.locator(".flash-success")).to_contain_text("Zapisano zmiany")
        expect(page.locator(".flash-warning")).to_contain_text("Głos może źle przeczytać")
        expect(page.locator("#wymowa-uwagi")).to_contain_text("Uwaga: głos może źle przeczytać")
        assert staff_app.extensions["ivr"].content.prompts["goodbye"].text == LEFTOVER_GOODBYE
        assert LEFTOVER_GOODBYE in content_file(staff_app).read_text(encoding="utf-8")
    finally:
        context.close()
