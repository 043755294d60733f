"""The public page at / in chromium: axe-core and reflow at 320 px, with the privacy notice's
page (/prywatnosc, issue 30) that it links."""
from __future__ import annotations

import threading

import pytest

from tests.browser.accessibility import REFLOW_WIDTH, assert_accessible, reflow_problems

expect = pytest.importorskip("playwright.sync_api").expect


def serve(app):
    from werkzeug.serving import make_server

    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="front-test-server",
                              daemon=True)
    thread.start()
    return httpd, thread


def test_front_page_is_accessible_and_links_the_privacy_notice(browser, make_app):
    from conftest import MONDAY_OPEN

    app = make_app(MONDAY_OPEN, line_number="+48618176100")
    httpd, thread = serve(app)
    context = browser.new_context(base_url=f"http://127.0.0.1:{httpd.server_port}", locale="pl-PL", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto("/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Infolinia – Ośrodek Pomocy Społecznej w Kleszczewie")
        expect(page.locator("#teraz")).to_have_text("Ośrodek jest teraz otwarty, do godziny 16:00.")
        assert_accessible(page, "front page")
        privacy = page.get_by_role("link", name="Informacja o przetwarzaniu danych osobowych")
        expect(privacy).to_have_count(1)
        page.get_by_role("link", name="Strony dla pracowników").click()
        expect(page).to_have_url(f"http://127.0.0.1:{httpd.server_port}/staff/login?next=/staff/")
        page.goto("/")
        privacy.click()
        expect(page).to_have_url(f"http://127.0.0.1:{httpd.server_port}/prywatnosc")
        expect(page.get_by_role("heading", level=1)).to_have_text("Informacja o ochronie danych osobowych.")
        assert_accessible(page, "privacy notice")
        page.set_viewport_size({"width": REFLOW_WIDTH, "height": 256})
        for path in ("/", "/prywatnosc"):
            page.goto(path)
            assert reflow_problems(page) == [], path
    finally:
        context.close()
        httpd.shutdown()
        thread.join(10)
