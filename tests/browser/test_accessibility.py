"""WCAG 2.1 AA on every staff page: axe-core, reflow at 320 px (400% zoom), the pages' CSP,
and the main tasks by keyboard alone (Tab, Shift+Tab, Enter, Space)."""
from __future__ import annotations

import re

import pytest

from tests.browser.accessibility import REFLOW_WIDTH, assert_accessible, axe_violations, describe_violations, reflow_problems
from tests.browser.conftest import PASSWORD, sign_in
from tests.browser.staff_pages import STAFF_PAGES

expect = pytest.importorskip("playwright.sync_api").expect

BY_NAME = pytest.mark.parametrize("staff_page", STAFF_PAGES, ids=[p.name for p in STAFF_PAGES])


def open_page(page, staff_app, built_audio, staff_page) -> None:
    values = staff_page.prepare(staff_app, built_audio) if staff_page.prepare else {}
    path = staff_page.path.format(**values)
    if staff_page.signed_in:
        sign_in(page, path)
    else:
        page.goto(path)
    assert page.evaluate("document.readyState") == "complete"


@BY_NAME
def test_staff_page_has_no_axe_violations(page, staff_app, built_audio, staff_page):
    open_page(page, staff_app, built_audio, staff_page)
    assert_accessible(page, "as loaded")
    if page.locator("details").count():
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert_accessible(page, "every <details> open")


@BY_NAME
def test_staff_page_reflows_at_320px(page, staff_app, built_audio, staff_page):
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 256})
    open_page(page, staff_app, built_audio, staff_page)
    problems = reflow_problems(page)
    assert not problems, "\n".join(problems)
    if page.locator("details").count():
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        problems = reflow_problems(page)
        assert not problems, "every <details> open:\n" + "\n".join(problems)
