"""The staff page "Ogłoszenia": list, add, edit, delete notices; dates as clerks type them;
the spoken form and warnings before saving; saved with history; heard on the line."""
from __future__ import annotations

import re
import tomllib

import pytest
from markupsafe import escape

from conftest import warsaw
from ivr.spoken.review import review
from test_staff_pages import PASSWORD, base_of, errors_of, sign_in, token

TODAY = warsaw(2026, 12, 2, 10, 0)  # Wednesday
FOOD = "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności."


@pytest.fixture
def app(make_app):
    app = make_app(TODAY)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return sign_in(app)


def new_form(client) -> dict:
    html = client.get("/staff/notices/new").get_data(as_text=True)
    return {"csrf_token": token(html), "base": base_of(html)}


def add(client, text=FOOD, first="8.12", last="12.12", spoken="", action="save"):
    form = {**new_form(client), "text": text, "from": first, "to": last, "spoken": spoken, "action": action}
    return client.post("/staff/notices/new", data=form)


def saved_notices(content_dir) -> list[dict]:
    return tomllib.loads((content_dir / "pl.toml").read_text(encoding="utf-8")).get("notices", [])


def test_the_page_is_in_the_navigation_and_says_when_there_are_none(client):
    home = client.get("/staff/").get_data(as_text=True)
    assert 'href="/staff/notices"' in home and ">Ogłoszenia<" in home
    html = client.get("/staff/notices").get_data(as_text=True)
    assert html.count('<p class="note">Brak.</p>') == 3


def test_anonymous_visitors_cannot_add_a_notice(app, content_dir):
    response = app.test_client().post("/staff/notices/new", data={"text": FOOD, "from": "8.12", "to": "12.12"})
    assert response.status_code in (302, 401)
    assert saved_notices(content_dir) == []


def test_a_form_without_its_csrf_token_is_refused(client, content_dir):
    form = {**new_form(client), "text": FOOD, "from": "8.12", "to": "12.12"}
    del form["csrf_token"]
    assert client.post("/staff/notices/new", data=form).status_code == 400
    assert saved_notices(content_dir) == []


@pytest.mark.parametrize("first, last, saved_first, saved_last", [
    ("8.12", "12.12", "2026-12-08", "2026-12-12"),
    ("08.12.2026", "12.12.2026", "2026-12-08", "2026-12-12"),
    ("2026-12-08", "2026-12-12", "2026-12-08", "2026-12-12"),
    ("28.12", "2.01", "2026-12-28", "2027-01-02"),  # the last day without a year follows the first
    ("1.12", "3.12", "2027-12-01", "2027-12-03"),  # 1 December has passed: the next one
    ("7 grudnia", "12 grudnia 2026", "2026-12-07", "2026-12-12"),  # as the help text promises (ivr.spoken.dates)
    ("7 XII", "12.XII", "2026-12-07", "2026-12-12"),
    ("07.12.2026", "12 grudzień", "2026-12-07", "2026-12-12"),
])
def test_dates_as_clerks_type_them(client, content_dir, first, last, saved_first, saved_last):
    response = add(client, first=first, last=last)
    assert response.status_code == 303, response.get_data(as_text=True)
    [notice] = saved_notices(content_dir)
    assert (notice["from"].isoformat(), notice["to"].isoformat()) == (saved_first, saved_last)
    assert notice["text"] == FOOD and "spoken" not in notice


def test_a_saved_notice_is_listed_heard_on_the_line_and_kept_in_history(app, client, content_dir, post):
    assert add(client).status_code == 303
    html = client.get("/staff/notices").get_data(as_text=True)
    upcoming = html.split("Zaplanowane")[1].split("Minęły")[0]
    assert "Od 8 grudnia 2026 do 12 grudnia 2026" in upcoming and FOOD in upcoming
    assert "Brak nagrania: ten komunikat czyta lektor Twilio." in upcoming
    history = app.extensions["ivr_staff"].store.history()
    assert history and history[0].login == "anna"
    # The running line uses it at once.
    app.extensions["ivr"].clock = lambda: warsaw(2026, 12, 9, 10, 0)
    runtime = app.extensions["ivr"]
    step = runtime.line.start(warsaw(2026, 12, 9, 10, 0))
    assert [p.text for p in step.prompts][3:5] == ["Ważna informacja.", FOOD]  # after the person hint


@pytest.mark.parametrize("first, last, field, message", [
    ("", "12.12", "pole-from", "Proszę podać datę."),
    ("8.13", "12.12", "pole-from", "„8.13” – taki dzień nie istnieje."),
    ("30.02.2027", "12.12", "pole-from", "„30.02.2027” – taki dzień nie istnieje."),
    ("kiedyś", "12.12", "pole-from", "„kiedyś” nie jest datą."),
    ("8.12", "32 grudnia", "pole-to", "„32 grudnia” – taki dzień nie istnieje."),
    ("12.12", "8.12.2026", "pole-to", "przed pierwszym dniem"),
])
def test_bad_dates_are_shown_at_their_field(client, content_dir, first, last, field, message):
    response = add(client, first=first, last=last)
    assert response.status_code == 422
    errors = errors_of(response.get_data(as_text=True))
    assert message in errors[field], errors
    assert saved_notices(content_dir) == []


def test_every_bad_field_is_reported_at_once(client):
    errors = errors_of(add(client, text="", first="x", last="").get_data(as_text=True))
    assert set(errors) == {"pole-text", "pole-from", "pole-to"}


def test_a_too_long_notice_is_refused_with_the_reason(client, content_dir):
    response = add(client, text="Raz. Dwa. Trzy. Cztery.")
    assert response.status_code == 422
    assert errors_of(response.get_data(as_text=True))["pole-text"] == (
        "Tekst jest za długi: ma 4 zdania, a może mieć najwyżej 3 – tyle dzwoniący zapamiętają.")
    assert saved_notices(content_dir) == []


# "~~" stays a leftover whatever the normalizer's rules: the expected words come from review().
WITH_LEFTOVER = "Zbiórka żywności ~~ w sali nr 5."


def test_check_shows_the_spoken_form_and_warnings_without_saving(app, client, content_dir):
    expected = review(WITH_LEFTOVER, app.extensions["ivr"].content.acronyms)
    assert expected.leftovers and expected.spoken != WITH_LEFTOVER  # "nr 5" is said in words
    response = add(client, text=WITH_LEFTOVER, action="check")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    spoken = re.search(r'<p class="text-block spoken">(.*?)</p>', html)[1]
    assert spoken == escape(expected.spoken)
    assert "Uwaga: głos może źle przeczytać" in html
    for leftover in expected.leftovers:
        assert f"<code>{escape(leftover.text)}</code>" in html
    tag = re.search(r'<textarea id="pole-text"[^>]*>', html)[0]
    assert 'aria-describedby="wymowa-uwagi ' in tag and 'id="wymowa-uwagi"' in html
    assert saved_notices(content_dir) == []
    clean = add(client, text=FOOD, action="check").get_data(as_text=True)
    assert "bez uwag" in clean and "Uwaga: głos może źle przeczytać" not in clean


def test_a_notice_with_warnings_is_saved_and_its_page_shows_them(client, content_dir):
    response = add(client, text=WITH_LEFTOVER)
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/staff/notices/1?zapisano=1#zapisano")
    assert [n["text"] for n in saved_notices(content_dir)] == [WITH_LEFTOVER]
    html = client.get("/staff/notices/1").get_data(as_text=True)
    assert "Zapisano ogłoszenie" in html and '<p class="flash flash-warning" role="status">' in html
    assert "Uwaga: głos może źle przeczytać" in html
    # Without warnings: the list, at the saved notice, with the message next to it.
    location = add(client).headers["Location"]
    assert location.endswith("/staff/notices?zapisano=2#zapisano")
    listing = client.get(location).get_data(as_text=True)
    assert listing.split('id="komunikat-2"')[1].split("</article>")[0].count('id="zapisano"') == 1


def test_edit_and_delete(client, content_dir):
    add(client)
    add(client, text="Dzień Seniora w piątek o 16:00.", first="10.12", last="11.12")
    html = client.get("/staff/notices/1").get_data(as_text=True)
    assert f">{FOOD}</textarea>" in html and 'value="8.12.2026"' in html
    form = {"csrf_token": token(html), "base": base_of(html), "text": FOOD.replace("sobotę", "niedzielę"),
            "from": "8.12", "to": "13.12", "spoken": "", "action": "save"}
    assert client.post("/staff/notices/1", data=form).status_code == 303
    first, second = saved_notices(content_dir)
    assert "niedzielę" in first["text"] and first["to"].isoformat() == "2026-12-13"
    assert second["text"] == "Dzień Seniora w piątek o 16:00."
    html = client.get("/staff/notices").get_data(as_text=True)
    form = {"csrf_token": token(html), "base": base_of(html)}
    asked = client.post("/staff/notices/1/delete", data=form)  # asked once, nothing deleted yet
    page = asked.get_data(as_text=True)
    assert asked.status_code == 200 and "Czy na pewno usunąć to ogłoszenie?" in page and "niedzielę" in page
    assert 'name="confirmed" value="1"' in page and "Historia zmian" in page
    assert len(saved_notices(content_dir)) == 2
    response = client.post("/staff/notices/1/delete", data={**form, "confirmed": "1"}, follow_redirects=True)
    assert "można je przywrócić na stronie „Historia zmian”" in response.get_data(as_text=True)
    assert [n["text"] for n in saved_notices(content_dir)] == ["Dzień Seniora w piątek o 16:00."]
    assert client.get("/staff/notices/2").status_code == 404


def test_a_save_over_a_newer_version_is_refused(client, content_dir):
    form = {**new_form(client), "text": FOOD, "from": "8.12", "to": "12.12", "action": "save"}
    path = content_dir / "pl.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited by hand\n", encoding="utf-8")
    response = client.post("/staff/notices/new", data=form)
    assert response.status_code == 409
    assert "ktoś inny zapisał nowszą wersję" in response.get_data(as_text=True)
    assert saved_notices(content_dir) == []


def test_the_simulator_plays_the_notice_on_its_days(client):
    add(client)
    html = client.get("/staff/simulator", query_string={"date": "2026-12-09", "time": "10:00"}).get_data(as_text=True)
    assert FOOD in html
    other = client.get("/staff/simulator", query_string={"date": "2026-12-14", "time": "10:00"}).get_data(as_text=True)
    assert FOOD not in other


def test_relative_days_are_shown_back_before_saving(client, content_dir):
    """"od poniedziałku" and "do końca miesiąca": the page says the days it understood, as dates
    in the fields, and saves only when the clerk saves again."""
    response = add(client, first="od poniedziałku", last="do końca miesiąca")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and saved_notices(content_dir) == []
    assert "Proszę sprawdzić daty przed zapisaniem" in html
    assert "<strong>Od: poniedziałek, 7 grudnia 2026</strong>" in html
    assert "<strong>Do: czwartek, 31 grudnia 2026</strong>" in html
    assert 'name="from" value="7.12.2026"' in html and 'name="to" value="31.12.2026"' in html
    form = {"csrf_token": token(html), "base": base_of(html), "text": FOOD, "from": "7.12.2026", "to": "31.12.2026",
            "spoken": "", "action": "save"}
    assert client.post("/staff/notices/new", data=form).status_code == 303
    [notice] = saved_notices(content_dir)
    assert (notice["from"].isoformat(), notice["to"].isoformat()) == ("2026-12-07", "2026-12-31")


def test_every_date_field_says_its_day_in_words(client):
    add(client, first="7 grudnia", last="12.12")
    html = client.get("/staff/notices/1").get_data(as_text=True)
    assert '<p class="understood" id="pole-from-rozumiane">Od: poniedziałek, 7 grudnia 2026</p>' in html
    assert 'aria-describedby="pole-from-rozumiane pole-from-podpowiedz"' in html
    assert "Do: sobota, 12 grudnia 2026" in html
