"""The public page at / in chromium: axe-core and reflow at 320 px, without and with the
privacy notice's page (/prywatnosc, added by the data-protection work) that it then links."""
from __future__ import annotations

import threading

import pytest

from tests.browser.accessibility import REFLOW_WIDTH, assert_accessible, reflow_problems

expect = pytest.importorskip("playwright.sync_api").expect


def serve(app):
    from werkzeug.serving import make_server

    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, name="front-test-server", daemon=True)
    thread.start()
    return httpd, thread


@pytest.mark.parametrize("privacy_page", [False, True], ids=["without-privacy-page", "with-privacy-page"])
def test_front_page_is_accessible_and_links_what_exists(browser, make_app, privacy_page):
    from conftest import MONDAY_OPEN

    app = make_app(MONDAY_OPEN, line_number="+48618176100")
    if privacy_page:
        app.add_url_rule("/prywatnosc", "test_privacy", lambda: (
            '<!doctype html><html lang="pl"><head><title>Prywatność</title></head>'
            '<body><main><h1>Informacja o przetwarzaniu danych</h1></main></body></html>'))
    httpd, thread = serve(app)
    context = browser.new_context(base_url=f"http://127.0.0.1:{httpd.server_port}", locale="pl-PL", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto("/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Infolinia – Ośrodek Pomocy Społecznej w Kleszczewie")
        expect(page.locator("#teraz")).to_have_text("Ośrodek jest teraz otwarty, do godziny 16:00.")
        assert_accessible(page, "front page")
        privacy = page.get_by_role("link", name="Informacja o przetwarzaniu danych osobowych")
        expect(privacy).to_have_count(1 if privacy_page else 0)
        page.get_by_role("link", name="Strony dla pracowników").click()
        expect(page).to_have_url(f"http://127.0.0.1:{httpd.server_port}/staff/login?next=/staff/")
        if privacy_page:
            page.goto("/")
            privacy.click()
            expect(page.get_by_role("heading", level=1)).to_have_text("Informacja o przetwarzaniu danych")
        page.set_viewport_size({"width": REFLOW_WIDTH, "height": 256})
        page.goto("/")
        assert reflow_problems(page) == []
    finally:
        context.close()
        httpd.shutdown()
        thread.join(10)
