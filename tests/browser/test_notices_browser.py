"""Notices in a real browser: add one on "Ogłoszenia", see its spoken form, save, and hear it
in the phone simulator on one of its days (and not the day after)."""
from __future__ import annotations

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

FOOD = "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności."


def test_a_notice_added_on_the_staff_pages_is_heard_in_the_simulator(signed_in):
    page = signed_in
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Ogłoszenia", exact=True).click()
    page.get_by_role("link", name="Dodaj ogłoszenie").click()
    page.get_by_label("Treść ogłoszenia").fill(FOOD)
    page.get_by_label("Pierwszy dzień").fill("1.12.2026")
    page.get_by_label("Ostatni dzień").fill("5.12.2026")
    page.get_by_role("button", name="Sprawdź wymowę").click()
    expect(page.locator(".pronunciation")).to_contain_text("bez uwag")
    page.get_by_role("button", name="Zapisz ogłoszenie").click()
    expect(page.locator(".flash-success")).to_contain_text("Zapisano ogłoszenie")
    expect(page.get_by_role("heading", name="Od 1 grudnia 2026 do 5 grudnia 2026")).to_be_visible()

    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Symulator rozmowy", exact=True).click()
    page.get_by_label("Dzień połączenia").fill("2026-12-03")
    page.get_by_label("Godzina połączenia").fill("10:00")
    page.get_by_role("button", name="Odtwórz rozmowę od początku").click()
    now = page.locator(".sim-now")
    expect(now).to_contain_text("Ważna informacja.")
    expect(now).to_contain_text(FOOD)
    page.get_by_label("Dzień połączenia").fill("2026-12-07")
    page.get_by_role("button", name="Odtwórz rozmowę od początku").click()
    expect(now).to_contain_text("Ośrodek jest teraz otwarty")
    expect(now).not_to_contain_text(FOOD)
