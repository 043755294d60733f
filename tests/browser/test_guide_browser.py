"""The staff guide (docs/instrukcja-dla-pracownikow.md): linked from the home page, shown on the
staff pages with its screenshots, printable; the screenshots are headless chromium at 1280 and
375 px, each under 150 KB. `IVR_UPDATE_SCREENSHOT=1` writes them to docs/ (else to a temporary
folder, so their size is checked on every run)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from ivr.config import ROOT
from tests.browser.accessibility import assert_accessible
from tests.browser.conftest import sign_in
from tests.browser.staff_pages import with_audio, with_misses

expect = pytest.importorskip("playwright.sync_api").expect

GUIDE = ROOT / "docs" / "instrukcja-dla-pracownikow.md"
MAX_BYTES = 150 * 1024
PHONE = {"width": 375, "height": 740}


def guide_images() -> list[str]:
    return re.findall(r"!\[[^\]]+\]\((instrukcja-[a-z0-9-]+\.png)\)", GUIDE.read_text(encoding="utf-8"))


def test_the_guide_is_linked_from_home_and_shown_with_its_pictures(signed_in):
    page = signed_in
    page.get_by_role("link", name="Instrukcja dla pracowników").click()
    page.wait_for_url("**/staff/instrukcja")
    expect(page.locator("h1")).to_have_text("Instrukcja dla pracowników")
    expect(page.get_by_role("heading", name="3. Ogłoszenie na wybrane dni (np. na przyszły tydzień)")).to_be_visible()
    images = page.locator(".guide img")
    assert images.count() == len(guide_images()) >= 3
    for index in range(images.count()):
        image = images.nth(index)
        image.scroll_into_view_if_needed()
        expect(image).to_have_attribute("alt", re.compile(r".{20,}"))
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), image.get_attribute("src")
    assert_accessible(page, "the guide")
    # Printed: no header, menu or footer.
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".guide h1")).to_be_visible()
    assert page.request.get("/staff/instrukcja/../../README.md").status == 404
    assert page.request.get("/staff/instrukcja/staff.png").status == 404  # only the guide's own pictures


def _shoot(page, path: Path, clip_to: str | None = None) -> None:
    if clip_to:
        box = page.locator(clip_to).bounding_box()
        top = max(0, page.evaluate("scrollY") + box["y"] - 16)
        page.screenshot(path=str(path), full_page=True, clip={
            "x": 0, "y": top, "width": page.viewport_size["width"], "height": min(700, box["height"] + 32)})
    else:
        page.screenshot(path=str(path))


def test_screenshots_for_the_guide_are_small(page, staff_app, built_audio, tmp_path):
    folder = ROOT / "docs" if os.environ.get("IVR_UPDATE_SCREENSHOT") else tmp_path
    with_audio(staff_app, built_audio)
    with_misses(staff_app, built_audio)
    page.set_viewport_size({"width": 1280, "height": 720})
    sign_in(page, "/staff/")
    _shoot(page, folder / "instrukcja-strona-glowna.png")

    page.goto("/staff/prompts/goodbye")
    page.get_by_label("Tekst", exact=True).fill("Dziękujemy za telefon. Do usłyszenia.")
    page.get_by_role("button", name="Zapisz zmiany").click()
    expect(page.locator("#zapisano")).to_be_focused()
    _shoot(page, folder / "instrukcja-zapisano.png")

    page.set_viewport_size(PHONE)
    page.goto("/staff/notices/new")
    page.get_by_label("Treść ogłoszenia").fill("W sobotę przed szkołą odbędzie się zbiórka żywności.")
    page.get_by_label("Pierwszy dzień").fill("od poniedziałku")
    page.get_by_label("Ostatni dzień").fill("do końca miesiąca")
    page.get_by_role("button", name="Zapisz ogłoszenie").click()
    expect(page.locator("#daty-do-sprawdzenia")).to_be_visible()
    page.locator("#daty-do-sprawdzenia").scroll_into_view_if_needed()
    _shoot(page, folder / "instrukcja-ogloszenie-telefon.png")

    page.goto("/staff/")
    page.get_by_role("button", name="Menu").click()
    _shoot(page, folder / "instrukcja-menu-telefon.png")

    for name in guide_images():
        shot = folder / name
        assert shot.is_file(), name
        assert shot.stat().st_size < MAX_BYTES, (name, shot.stat().st_size)
        assert (ROOT / "docs" / name).is_file() and (ROOT / "docs" / name).stat().st_size < MAX_BYTES, name
