"""Pronunciation warnings where staff edit a prompt: the spoken form and every leftover next to
the field, "Sprawdź wymowę" shows them without saving, a save with warnings is allowed and
leads back to them.

The expected warnings come from review() itself: the normalizer's rules may grow, but a piece
it leaves is shown on the page, and "~~" stays a leftover whatever the rules say.
"""
from __future__ import annotations

import re

import pytest
from markupsafe import escape

from conftest import MONDAY_OPEN
from ivr.spoken.review import review
from test_staff_pages import PASSWORD, errors_of, prompt_form, sign_in

TEXT_KEY = "prompts.goodbye.text"
SPOKEN_KEY = "prompts.goodbye.spoken"
WITH_LEFTOVER = "Dziękujemy za telefon ~~ do widzenia."
CLEAN = "Dziękujemy za telefon. Do usłyszenia."
WARNING = "Uwaga: głos może źle przeczytać"


@pytest.fixture
def app(make_app):
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return sign_in(app)


def acronyms(app):
    return app.extensions["ivr"].content.acronyms


def shown_spoken(html: str) -> str:
    return re.search(r'<section class="pronunciation".*?<p class="text-block spoken">(.*?)</p>', html, re.DOTALL)[1]


def described_by(html: str, field_id: str) -> list[str]:
    tag = re.search(rf'<textarea id="{field_id}"[^>]*>', html)[0]
    found = re.search(r'aria-describedby="([^"]*)"', tag)
    return found[1].split() if found else []


def post(client, action, **fields):
    form = {**prompt_form(client, "goodbye"), **fields, "action": action}
    return client.post("/staff/prompts/goodbye", data=form)


def test_the_leftover_used_here_is_one(app):
    assert review(WITH_LEFTOVER, acronyms(app)).leftovers
    assert not review(CLEAN, acronyms(app)).leftovers


def test_the_edit_page_shows_the_spoken_form_of_the_saved_text_and_two_submit_buttons(client):
    html = client.get("/staff/prompts/goodbye").get_data(as_text=True)
    assert shown_spoken(html) == "Dziękujemy za telefon. Do widzenia."
    assert WARNING not in html and 'id="wymowa-uwagi"' not in html
    assert '<button type="submit" name="action" value="check" class="button secondary">Sprawdź wymowę</button>' in html
    assert '<button type="submit" name="action" value="save" class="button">Zapisz zmiany</button>' in html


def test_check_shows_the_warnings_next_to_the_field_and_saves_nothing(app, client, content_dir):
    before = (content_dir / "pl.toml").read_bytes()
    response = post(client, "check", **{TEXT_KEY: WITH_LEFTOVER})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert (content_dir / "pl.toml").read_bytes() == before
    assert app.extensions["ivr_staff"].store.history() == []
    expected = review(WITH_LEFTOVER, acronyms(app))
    assert f">{escape(WITH_LEFTOVER)}</textarea>" in html  # the typed text stays in the field
    assert shown_spoken(html) == escape(expected.spoken)
    assert f"<h3>{WARNING} ten fragment</h3>" in html or f"<h3>{WARNING} te fragmenty</h3>" in html
    for leftover in expected.leftovers:
        assert f"<li><code>{escape(leftover.text)}</code> – " in html
    # The warnings belong to the field the voice reads (here the text), by aria-describedby.
    assert "wymowa-uwagi" in described_by(html, "pole-prompts-goodbye-text")
    assert "wymowa-uwagi" not in described_by(html, "pole-prompts-goodbye-spoken")
    assert 'id="wymowa-uwagi"' in html
    assert 'class="pronunciation" id="wymowa" aria-labelledby="wymowa-tytul" tabindex="-1" autofocus' in html


def test_the_suggestion_is_shown_with_its_piece(app, client):
    html = post(client, "check", **{TEXT_KEY: WITH_LEFTOVER}).get_data(as_text=True)
    items = re.findall(r"<li><code>(.*?)</code> – (.*?)</li>", html)
    assert items and all(advice.strip() and not advice.startswith("„") for _piece, advice in items)
    suggestion = review(WITH_LEFTOVER, acronyms(app)).leftovers[0].suggestion
    assert str(escape(suggestion)).endswith(items[0][1])


def test_with_a_spoken_form_the_warnings_are_about_it(app, client, content_dir):
    before = (content_dir / "pl.toml").read_bytes()
    html = post(client, "check", **{TEXT_KEY: CLEAN, SPOKEN_KEY: WITH_LEFTOVER}).get_data(as_text=True)
    assert shown_spoken(html) == escape(review(WITH_LEFTOVER, acronyms(app)).spoken)
    assert "wymowa-uwagi" in described_by(html, "pole-prompts-goodbye-spoken")
    assert "wymowa-uwagi" not in described_by(html, "pole-prompts-goodbye-text")
    assert (content_dir / "pl.toml").read_bytes() == before


def test_check_of_a_clean_text_says_so(client, content_dir):
    before = (content_dir / "pl.toml").read_bytes()
    html = post(client, "check", **{TEXT_KEY: CLEAN}).get_data(as_text=True)
    assert shown_spoken(html) == CLEAN
    assert "Głos przeczyta cały tekst słowami – bez uwag." in html and WARNING not in html
    assert "wymowa-uwagi" not in described_by(html, "pole-prompts-goodbye-text")
    assert (content_dir / "pl.toml").read_bytes() == before


def test_check_shows_what_a_save_would_refuse_and_saves_nothing(client, content_dir):
    before = (content_dir / "pl.toml").read_bytes()
    response = post(client, "check", **{TEXT_KEY: "Do widzenia pod adresem {adress}."})
    assert response.status_code == 422
    assert "Nieznany znacznik {adress}" in errors_of(response.get_data(as_text=True))["pole-prompts-goodbye-text"]
    assert (content_dir / "pl.toml").read_bytes() == before


def test_a_text_with_warnings_is_saved_and_the_page_after_shows_them(app, client, content_dir):
    response = post(client, "save", **{TEXT_KEY: WITH_LEFTOVER})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/staff/prompts/goodbye?zapisano=1#zapisano")
    assert WITH_LEFTOVER in (content_dir / "pl.toml").read_text(encoding="utf-8")
    assert app.extensions["ivr"].content.prompts["goodbye"].text == WITH_LEFTOVER
    html = client.get("/staff/prompts/goodbye").get_data(as_text=True)
    assert "Zapisano zmiany" in html
    assert '<p class="flash flash-warning" role="status">' in html and "Głos może źle przeczytać" in html
    assert WARNING in html and "wymowa-uwagi" in described_by(html, "pole-prompts-goodbye-text")
    for leftover in review(WITH_LEFTOVER, acronyms(app)).leftovers:
        assert f"<code>{escape(leftover.text)}</code>" in html


def test_a_clean_save_goes_back_to_the_list_as_before(client, content_dir):
    response = post(client, "save", **{TEXT_KEY: CLEAN})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/staff/prompts?zapisano=goodbye#zapisano")
    assert CLEAN in (content_dir / "pl.toml").read_text(encoding="utf-8")


def test_a_check_keeps_the_version_the_form_was_opened_on(app, client, content_dir):
    """A check between someone else's save and one's own must not hide the conflict."""
    form = {**prompt_form(client, "goodbye"), TEXT_KEY: CLEAN}
    store = app.extensions["ivr_staff"].store
    snapshot = store.read()
    store.save(snapshot.text.replace("Dziękujemy za telefon. Do widzenia.", "Do widzenia.", 1), snapshot.version, "jan")
    html = client.post("/staff/prompts/goodbye", data={**form, "action": "check"}).get_data(as_text=True)
    assert f'name="base" value="{form["base"]}"' in html
    assert client.post("/staff/prompts/goodbye", data={**form, "action": "save"}).status_code == 409


@pytest.mark.parametrize("prompt_id, name, value", [
    ("status_open", "godzina", "16:00"),
    ("status_closed", "kiedy", "jutro"),
    ("callback_number", "numer", "606 902 915"),
    ("closure", "dni", "w poniedziałek, 30 listopada,"),  # the pages' day: Monday 30 November 2026
])
def test_call_time_placeholders_are_previewed_with_an_example(client, prompt_id, name, value):
    html = client.get(f"/staff/prompts/{prompt_id}").get_data(as_text=True)
    assert f"<code>{{{name}}}</code> – „{value}”" in html
    spoken = shown_spoken(html)
    assert "{" not in spoken and "}" not in spoken
    assert WARNING not in html  # the shipped prompts say everything in words


def test_static_placeholders_are_previewed_with_the_office_values(app, client):
    html = client.get("/staff/prompts/info_contact").get_data(as_text=True)
    # The same words the line says (the catalogue fills the same values).
    assert shown_spoken(html) == escape(app.extensions["ivr"].catalogue.entry("info_contact").spoken)
    assert "{" not in shown_spoken(html) and WARNING not in html


def test_the_list_of_prompts_marks_the_ones_with_warnings(app, client):
    assert "Uwaga: głos może źle przeczytać" not in client.get("/staff/prompts").get_data(as_text=True)
    post(client, "save", **{TEXT_KEY: WITH_LEFTOVER})
    html = client.get("/staff/prompts").get_data(as_text=True)
    assert html.count('<p class="warning"><strong>Uwaga: głos może źle przeczytać</strong>') == 1
    section = html[html.index('id="komunikat-goodbye"'):]
    section = section[:section.index("</section>")]
    for leftover in review(WITH_LEFTOVER, acronyms(app)).leftovers:
        assert f"<code>{escape(leftover.text)}</code>" in section
