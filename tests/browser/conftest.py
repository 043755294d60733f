"""Browser tests of the staff pages: Debian's chromium driven by Playwright (sync API),
against the app served on 127.0.0.1 (a free port) from a background thread.

Skipped, with the reason, where /usr/bin/chromium is missing (a developer machine);
CI installs it (.ci/run). Playwright's own browser downloads are never used.
"""
from __future__ import annotations

import fcntl
import os
import tempfile
import threading
from pathlib import Path

import pytest

from conftest import run_folder

# Debian's chromium; IVR_CHROMIUM may point elsewhere on a developer machine.
CHROMIUM = Path(os.environ.get("IVR_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
PASSWORD = "dobre-haslo-123"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    reason = None
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium); CI installs it"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright package is not installed (pip install -e '.[test]')"
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the staff pages in a real browser (chromium)")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield found
        found.close()


@pytest.fixture
def staff_app(make_app):
    from conftest import MONDAY_OPEN

    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.fixture
def server(staff_app):
    from werkzeug.serving import make_server

    httpd = make_server("127.0.0.1", 0, staff_app, threaded=True)
    # poll_interval: how long shutdown() waits for the loop to notice (0.5 s by default, paid by
    # every browser test's teardown); the server answers requests at once either way.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="staff-test-server",
                              daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(10)


@pytest.fixture(scope="session")
def built_audio(tmp_path_factory, line) -> Path:
    """The real content's audio, built once with the offline voice, for pages that show players.

    Once per run, not once per xdist worker: the first worker that needs it builds it under a
    file lock in the run's shared temporary folder (the parent of each worker's own), the others
    wait and use the same files. Tests only read it (staff_pages.with_audio copies it)."""
    from ivr.audio.build import build

    root = run_folder(tmp_path_factory)
    folder = root / "built-audio-espeak"
    with open(root / "built-audio-espeak.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not folder.is_dir():
            partial = Path(tempfile.mkdtemp(prefix="built-audio-", dir=root))
            report = build(line.catalogue, partial, "espeak")
            assert not report.failed, report.failed
            partial.rename(folder)  # whole or not there: a failed build leaves the next worker to try
    return folder


@pytest.fixture
def page(browser, server):
    # bypass_csp: the tests inject axe-core (tests/browser/accessibility.py); the pages' own
    # policy is checked in a context without it (test_accessibility).
    context = browser.new_context(base_url=server, locale="pl-PL", viewport={"width": 1280, "height": 900},
                                  bypass_csp=True)
    context.set_default_timeout(15_000)
    found = context.new_page()
    yield found
    context.close()


def sign_in(page, next_path: str = "/staff/") -> None:
    page.goto(next_path)
    page.get_by_label("Login").fill("anna")
    page.get_by_label("Hasło").fill(PASSWORD)
    page.get_by_role("button", name="Zaloguj się").click()
    page.wait_for_url(lambda url: "/staff/login" not in url)


@pytest.fixture
def signed_in(page):
    sign_in(page)
    return page
