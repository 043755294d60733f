"""The public page at `/` (ivr/web/front.py): Polish, the office's facts from the content file,
open now or when it opens, links to the staff pages and to the privacy notice (/prywatnosc)."""
from __future__ import annotations

import re

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, MONDAY_OPEN, edit_content


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.get_data(as_text=True)))


def test_front_page_is_polish_with_the_office_from_the_content_file(make_app, content_dir):
    edit_content(content_dir, 'landline = "61 817 61 30"', 'landline = "61 000 11 22"')
    client = make_app(MONDAY_OPEN, line_number="+48618176100").test_client()
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert '<html lang="pl">' in html
    text = text_of(response)
    assert "Infolinia – Ośrodek Pomocy Społecznej w Kleszczewie" in text
    assert "61 000 11 22" in text  # read from the content file, not written into the page
    assert "Infolinia (telefon i SMS): 61 817 61 00" in text
    assert 'href="tel:618176100"' in html
    assert "Not Found" not in html


def test_front_page_says_open_now_and_until_when(make_app):
    text = text_of(make_app(MONDAY_OPEN).test_client().get("/"))
    assert "Ośrodek jest teraz otwarty, do godziny 16:00." in text


def test_front_page_says_closed_and_when_it_opens(make_app):
    text = text_of(make_app(FRIDAY_EVENING).test_client().get("/"))
    assert "Ośrodek jest teraz zamknięty. Otwieramy w poniedziałek o godzinie 8:00." in text


def test_front_page_names_a_holiday(make_app):
    text = text_of(make_app(CHRISTMAS_EVE).test_client().get("/"))
    assert "Ośrodek jest teraz zamknięty (dziś: Wigilia Bożego Narodzenia)." in text


def test_front_page_follows_the_hours_the_staff_saved(make_app, content_dir):
    edit_content(content_dir, 'poniedzialek = "8:00-16:00"', 'poniedzialek = "8:00-9:00"')
    text = text_of(make_app(MONDAY_OPEN).test_client().get("/"))
    assert "Ośrodek jest teraz zamknięty. Otwieramy jutro o godzinie 7:00." in text
    assert "poniedziałek 8:00–9:00" in text


def test_front_page_links_the_staff_pages(make_app):
    html = make_app(MONDAY_OPEN).test_client().get("/").get_data(as_text=True)
    assert 'href="/staff/"' in html
    assert 'href="/staff/instrukcja"' in html


def test_front_page_links_the_privacy_notice_which_opens(make_app):
    # /prywatnosc is the line's own page since issue 30: linked, and the link leads to the notice.
    client = make_app(MONDAY_OPEN).test_client()
    html = client.get("/").get_data(as_text=True)
    assert '<a href="/prywatnosc">Informacja o przetwarzaniu danych osobowych</a>' in html
    notice = client.get("/prywatnosc")
    assert notice.status_code == 200
    assert "Prezesa Urzędu Ochrony Danych Osobowych" in text_of(notice)


def test_front_page_links_a_page_only_when_it_exists(make_app):
    from ivr.web.front import has_route

    app = make_app(MONDAY_OPEN)
    assert has_route(app, "/prywatnosc") and not has_route(app, "/nie-ma-takiej-strony")


def test_front_page_shows_nothing_secret(make_app, settings):
    app = make_app(MONDAY_OPEN, secret_key="s3cr3t-key-for-the-sessions-0123456789",
                   auth_token="0123456789abcdef0123456789abcdef", account_sid="AC" + "f" * 32,
                   staff_mobile="+48601234567")
    app.extensions["ivr_staff"].accounts.add("anna", "a-long-password-1")
    html = app.test_client().get("/").get_data(as_text=True)
    for secret in ("s3cr3t", "0123456789abcdef", "AC" + "f" * 32, "601 234 567", "601234567", "anna",
                   str(settings.database_url), str(settings.content_dir)):
        assert secret not in html, secret


def test_front_page_needs_no_staff_secret_and_no_twilio_signature(make_app):
    response = make_app(MONDAY_OPEN, secret_key="").test_client().get("/")
    assert response.status_code == 200
    assert "Ośrodek jest teraz otwarty" in text_of(response)


def test_front_page_runs_no_script(make_app):
    response = make_app(MONDAY_OPEN).test_client().get("/")
    assert "script-src 'none'" in response.headers["Content-Security-Policy"]
    assert "<script" not in response.get_data(as_text=True)
