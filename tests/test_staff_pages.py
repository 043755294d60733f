"""Staff pages through the Flask test client: sign-in, refusals, CSRF, editing, history, build, simulator, messages."""
from __future__ import annotations

import difflib
import re
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import MONDAY_OPEN
from ivr.staff.content_store import BY_HAND, version_of

PASSWORD = "dobre-haslo-123"

MAX_FAILURES = 5  # the documented lock-out threshold (docs/staff-pages.md, "Security"), not the code's constant


def token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def base_of(html: str) -> str:
    return re.search(r'name="base" value="([^"]+)"', html)[1]


def errors_of(html: str) -> dict[str, str]:
    """Field id -> its error message, as shown next to the field."""
    found = {}
    for match in re.finditer(r'<p class="error-message" id="(pole-[\w-]+)-blad"><span class="visually-hidden">Błąd: </span>(.*?)</p>', html):
        found[match[1]] = match[2]
    return found


@pytest.fixture
def app(make_app, monkeypatch):
    # The 1111 pieces of dictated numbers take minutes to build on a shared machine: none here
    # (tests/test_number_pieces.py, tests/test_staff_voice.py).
    monkeypatch.setattr("ivr.call.catalogue.number_groups", lambda: [])
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    app.extensions["ivr_staff"].accounts.add("jan", PASSWORD)
    return app


def sign_in(app, login="anna", password=PASSWORD):
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    response = client.post("/staff/login", data={"login": login, "password": password, "csrf_token": token(page)})
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


@pytest.fixture
def client(app):
    return sign_in(app)


def hours_form(client) -> dict:
    html = client.get("/staff/hours").get_data(as_text=True)
    form = {"csrf_token": token(html), "base": base_of(html)}
    for name, value in re.findall(r'<input type="text" id="[^"]+" name="([^"]+)" value="([^"]*)"', html):
        form[name] = value
    return form


def prompt_form(client, prompt_id="greeting") -> dict:
    html = client.get(f"/staff/prompts/{prompt_id}").get_data(as_text=True)
    fields = dict(re.findall(r'<textarea id="pole-[\w-]+" name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.DOTALL))
    return {"csrf_token": token(html), "base": base_of(html), **fields}


# ---------------------------------------------------------------- refusals


PAGES = ["/staff/", "/staff/prompts", "/staff/prompts/greeting", "/staff/hours", "/staff/history",
         "/staff/audio", "/staff/simulator", "/staff/messages"]
ACTIONS = ["/staff/prompts/greeting", "/staff/hours", "/staff/audio/build", "/staff/logout",
           "/staff/history/pl.20260101-000000-000000.anna.toml/restore", "/staff/messages/1/done"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_pages_go_to_sign_in(app, path):
    response = app.test_client().get(path)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/staff/login?next={path}"


@pytest.mark.parametrize("path", ACTIONS)
def test_anonymous_actions_are_refused(app, path):
    client = app.test_client()
    token_value = token(client.get("/staff/login").get_data(as_text=True))
    response = client.post(path, data={"csrf_token": token_value})
    assert response.status_code == 401
    assert "tylko dla zalogowanych" in response.get_data(as_text=True)


def test_anonymous_json_and_recordings_are_refused(app):
    response = app.test_client().get("/staff/audio/status.json")
    assert response.status_code == 401 and response.is_json
    assert app.test_client().get("/staff/messages/1/audio").status_code == 302


def test_a_form_without_its_csrf_token_is_refused(app, client):
    form = hours_form(client)
    del form["csrf_token"]
    form["hours.poniedzialek"] = "9:00-16:00"
    response = client.post("/staff/hours", data=form)
    assert response.status_code == 400
    assert "kodu zabezpieczającego" in response.get_data(as_text=True)
    assert "9:00-16:00" not in Path(app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text()
    # A token of another session is no better.
    other = sign_in(app, "jan")
    form["csrf_token"] = token(other.get("/staff/hours").get_data(as_text=True))
    assert client.post("/staff/hours", data=form).status_code == 400


def test_sign_in_without_csrf_token_is_refused(app):
    response = app.test_client().post("/staff/login", data={"login": "anna", "password": PASSWORD})
    assert response.status_code == 400


def test_twilio_webhooks_need_no_csrf_token(app, post):
    assert post(app, "/voice").status_code == 200


def test_without_a_secret_key_the_pages_refuse_to_work(make_app, post):
    app = make_app(MONDAY_OPEN, secret_key="")
    response = app.test_client().get("/staff/login")
    assert response.status_code == 503
    assert "IVR_SECRET_KEY" in response.get_data(as_text=True)
    assert app.test_client().post("/staff/login", data={"login": "a"}).status_code == 503
    assert post(app, "/voice").status_code == 200  # the line itself works


def test_pages_say_polish_and_forbid_framing(client):
    response = client.get("/staff/")
    html = response.get_data(as_text=True)
    assert '<html lang="pl">' in html and 'href="#tresc">Przejdź do treści' in html
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


# ---------------------------------------------------------------- signing in and out


def test_wrong_password_then_lock_out(app):
    client = app.test_client()
    for attempt in range(MAX_FAILURES):
        page = client.get("/staff/login").get_data(as_text=True)
        response = client.post("/staff/login", data={"login": "anna", "password": "zle-haslo-1", "csrf_token": token(page)})
        assert response.status_code == 401
    html = response.get_data(as_text=True)
    assert "Po pięciu nieudanych próbach logowania konto zostało zablokowane na 15 minut" in html
    page = client.get("/staff/login").get_data(as_text=True)
    response = client.post("/staff/login", data={"login": "anna", "password": PASSWORD, "csrf_token": token(page)})
    assert response.status_code == 401 and "zablokowane" in response.get_data(as_text=True)
    sign_in(app, "jan")  # other logins are not affected


def test_four_failures_do_not_lock_the_fifth_does(app):
    client = app.test_client()
    for attempt in range(1, 6):
        page = client.get("/staff/login").get_data(as_text=True)
        html = client.post("/staff/login", data={"login": "anna", "password": "zle-haslo-1",
                                                 "csrf_token": token(page)}).get_data(as_text=True)
        assert ("zablokowane" in html) == (attempt == 5), attempt
        assert ("Nieprawidłowy login lub hasło" in html) == (attempt < 5), attempt


@pytest.mark.parametrize("accept, json_answer", [
    ("application/json", True),
    ("text/html", False),
    ("text/html, application/json;q=0.5", False),
    ("application/json, text/html;q=0.5", True),
])
def test_an_anonymous_request_gets_json_only_when_it_asks_for_json(app, accept, json_answer):
    response = app.test_client().get("/staff/messages", headers={"Accept": accept})
    if json_answer:
        assert response.status_code == 401 and response.get_json() == {"error": "Trzeba się zalogować."}
    else:
        assert response.status_code == 302 and response.headers["Location"].startswith("/staff/login")


def test_wrong_password_message(app):
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    response = client.post("/staff/login", data={"login": "nikt", "password": "x", "csrf_token": token(page)})
    assert "Nieprawidłowy login lub hasło" in response.get_data(as_text=True)


def test_sign_in_returns_to_the_page_asked_for_but_never_elsewhere(app):
    for target, expected in (("/staff/hours", "/staff/hours"), ("//evil.example/x", "/staff/"),
                             ("https://evil.example/staff", "/staff/"), ("/voice", "/staff/")):
        client = app.test_client()
        page = client.get(f"/staff/login?next={target}").get_data(as_text=True)
        response = client.post("/staff/login", data={
            "login": "anna", "password": PASSWORD, "csrf_token": token(page), "next": target})
        assert response.headers["Location"] == expected


def test_sign_out(client):
    html = client.get("/staff/").get_data(as_text=True)
    response = client.post("/staff/logout", data={"csrf_token": token(html)})
    assert response.headers["Location"] == "/staff/login"
    assert client.get("/staff/").status_code == 302


def test_a_new_password_ends_older_sessions(app, client):
    assert client.get("/staff/").status_code == 200
    app.extensions["ivr_staff"].accounts.set_password("anna", "nowe-haslo-456")
    assert client.get("/staff/").status_code == 302


# ---------------------------------------------------------------- editing


def test_change_a_prompt_text(app, client):
    form = prompt_form(client)
    form["prompts.greeting.text"] = "Dzień dobry Państwu. Tu infolinia ośrodka pomocy w Kleszczewie."
    response = client.post("/staff/prompts/greeting", data=form)
    assert response.status_code == 302
    assert response.headers["Location"] == "/staff/prompts?zapisano=greeting#zapisano"
    # The running line speaks the new text at once.
    runtime = app.extensions["ivr"]
    assert runtime.content.prompts["greeting"].text.startswith("Dzień dobry Państwu.")
    assert runtime.catalogue.entry("greeting").text.startswith("Dzień dobry Państwu.")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Zapisano zmiany" in page and "Dzień dobry Państwu." in page
    # The message is next to the saved prompt (not at the top of the long list), focused, a live region.
    saved = page.split('<h2 id="komunikat-greeting" tabindex="-1">Powitanie</h2>')[1].split("</section>")[0]
    assert '<div class="flashes" id="zapisano" tabindex="-1" autofocus>' in saved and "Zapisano zmiany" in saved
    assert '<p class="flash flash-success" role="status">' in saved
    assert page.count("Zapisano zmiany") == 1 and "Historia zmian”" in saved
    text = (app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text()
    assert 'text = "Dzień dobry Państwu. Tu infolinia ośrodka pomocy w Kleszczewie."' in text
    assert text.startswith("# What the information line of OPS Kleszczewo says")  # comments kept
    assert [e.login for e in app.extensions["ivr_staff"].store.history()] == ["anna", BY_HAND]


def test_spoken_form_is_added_and_removed(app, client):
    form = prompt_form(client, "goodbye")
    form["prompts.goodbye.spoken"] = "Dziękujemy za telefon.\nDo widzenia!"
    assert client.post("/staff/prompts/goodbye", data=form).status_code == 302
    assert app.extensions["ivr"].content.prompts["goodbye"].spoken == "Dziękujemy za telefon.\nDo widzenia!"
    form = prompt_form(client, "goodbye")
    assert form["prompts.goodbye.spoken"].startswith("Dziękujemy za telefon.")
    form["prompts.goodbye.spoken"] = "  "
    assert client.post("/staff/prompts/goodbye", data=form).status_code == 302
    assert app.extensions["ivr"].content.prompts["goodbye"].spoken is None


def test_prompt_errors_are_shown_next_to_their_field(app, client):
    before = (app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text()
    form = prompt_form(client, "status_open")
    form["prompts.status_open.text"] = "Ośrodek jest otwarty, zapraszamy pod adres {adress}."
    form["prompts.status_open.spoken"] = "Otwarte {"
    response = client.post("/staff/prompts/status_open", data=form)
    assert response.status_code == 422
    errors = errors_of(response.get_data(as_text=True))
    assert errors["pole-prompts-status-open-text"] == "Nieznany znacznik {adress}. Dozwolone znaczniki są wymienione przy polu."
    assert errors["pole-prompts-status-open-spoken"].startswith("Nawiasy klamrowe { } nie są sparowane.")
    assert (app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text() == before
    # What was typed stays in the form.
    assert "zapraszamy pod adres {adress}." in response.get_data(as_text=True)


def test_required_placeholder_and_empty_text(client):
    form = prompt_form(client, "status_closed")
    form["prompts.status_closed.text"] = "Ośrodek jest zamknięty. Zapraszamy {kiedy}."
    errors = errors_of(client.post("/staff/prompts/status_closed", data=form).get_data(as_text=True))
    assert errors == {"pole-prompts-status-closed-text": "Tekst musi zawierać znacznik {godzina}."}
    form["prompts.status_closed.text"] = "   "
    errors = errors_of(client.post("/staff/prompts/status_closed", data=form).get_data(as_text=True))
    assert errors == {"pole-prompts-status-closed-text": "Tekst nie może być pusty."}


def test_hours_errors_every_wrong_field_at_once(app, client):
    form = hours_form(client)
    form.update({"hours.poniedzialek": "16:00-8:00", "hours.wtorek": "7-", "hours.sroda": "25:00-26:00",
                 "hours.closures.1": "31.12.2026", "hours.closures.2": "2026-02-30", "hours.closures.3": "jutro"})
    response = client.post("/staff/hours", data=form)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert errors_of(html) == {
        "pole-hours-poniedzialek": "Godzina otwarcia (16:00) musi być wcześniejsza niż godzina zamknięcia (8:00).",
        "pole-hours-wtorek": "„7” nie jest godziną w postaci 8:00.",
        "pole-hours-sroda": "„25:00” nie jest poprawną godziną (godziny 0–23, minuty 0–59).",
        # Every bad closure date, each next to its own field; a well-written impossible day is called impossible.
        "pole-hours-closures-2": "„2026-02-30” – taki dzień nie istnieje. Proszę sprawdzić dzień i miesiąc.",
        "pole-hours-closures-3": "„jutro” nie jest datą. Proszę wpisać datę, np. 31 grudnia, 31 XII, 31.12, 31.12.2026 albo 2026-12-31.",
    }
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="godziny-podpowiedz pole-hours-poniedzialek-blad"' in html
    assert 'href="#pole-hours-poniedzialek">Poniedziałek: Godzina otwarcia' in html  # the summary links to it
    assert 'href="#pole-hours-closures-2">Dzień zamknięcia nr 2: „2026-02-30”' in html
    # What the clerk typed stays in its field.
    assert 'name="hours.closures.3" value="jutro"' in html and 'name="hours.closures.1" value="31.12.2026"' in html


@pytest.mark.parametrize("typed,saved", [
    ("7.00-15.00", "7:00-15:00"), ("7:00 - 15:00", "7:00-15:00"), ("8-16", "8:00-16:00"), ("7–15", "7:00-15:00"),
    ("7.30—15.30", "7:30-15:30"), ("od 8 do 16", "8:00-16:00"),
])
def test_hours_as_clerks_type_them_are_saved_normalized(app, client, typed, saved):
    form = hours_form(client)
    form["hours.wtorek"] = typed
    response = client.post("/staff/hours", data=form)
    if saved == "7:00-15:00":  # the same hours: nothing to save
        assert response.status_code == 302
    else:
        assert response.status_code == 302, errors_of(response.get_data(as_text=True))
        text = (app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text()
        assert f'wtorek = "{saved}"' in text


def test_closure_dates_as_clerks_type_them(app, client, monkeypatch):
    import ivr.web.staff.pages as pages
    from datetime import datetime as real

    class Frozen(real):
        @classmethod
        def now(cls, tz=None):
            return real(2026, 12, 2, 12, 0, tzinfo=tz)

    monkeypatch.setattr(pages, "datetime", Frozen)
    form = hours_form(client)
    form.update({"hours.closures.1": "31.12.2026", "hours.closures.2": "2.11", "hours.closures.3": "2027-01-05"})
    assert client.post("/staff/hours", data=form).status_code == 302
    # "2.11" has passed this year (today is 2 December 2026): the next 2 November.
    assert [d.isoformat() for d in app.extensions["ivr"].content.closures] == ["2026-12-31", "2027-01-05", "2027-11-02"]
    html = client.get("/staff/hours").get_data(as_text=True)
    assert 'name="hours.closures.1" value="31.12.2026"' in html and 'name="hours.closures.4" value=""' in html
    # Emptying a field removes that day.
    form = hours_form(client)
    form["hours.closures.2"] = ""
    assert client.post("/staff/hours", data=form).status_code == 302
    assert [d.isoformat() for d in app.extensions["ivr"].content.closures] == ["2026-12-31", "2027-11-02"]
    # Month names and Roman months, as clerks write them (ivr.spoken.dates).
    form = hours_form(client)
    form.update({"hours.closures.5": "24 grudnia", "hours.closures.6": "7 I", "hours.closures.7": "2 stycznia 2027 r."})
    assert client.post("/staff/hours", data=form).status_code == 302
    assert [d.isoformat() for d in app.extensions["ivr"].content.closures] == [
        "2026-12-24", "2026-12-31", "2027-01-02", "2027-01-07", "2027-11-02"]


def test_every_day_closed_is_refused(client):
    form = hours_form(client)
    for day in ("poniedzialek", "wtorek", "sroda", "czwartek", "piatek"):
        form[f"hours.{day}"] = ""
    html = client.post("/staff/hours", data=form).get_data(as_text=True)
    assert "Ośrodek musi być otwarty przynajmniej w jeden dzień tygodnia." in html


def test_change_hours_and_closures(app, client):
    form = hours_form(client)
    form.update({"hours.poniedzialek": "8:00-17:00", "hours.piatek": "", "hours.sobota": "9:00-12:00",
                 "hours.closures": "2026-12-31\r\n2027-01-02\r\n"})
    assert client.post("/staff/hours", data=form).status_code == 302
    content = app.extensions["ivr"].content
    assert 4 not in content.weekly and content.weekly[5].opens.hour == 9
    assert [d.isoformat() for d in content.closures] == ["2026-12-31", "2027-01-02"]
    text = (app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text()
    assert 'czwartek = "7:00-15:00"\nsobota = "9:00-12:00"\n' in text
    assert "# One interval a day" in text and "# Extra days the office is closed" in text
    assert 'closures = ["2026-12-31", "2027-01-02"]' in text


def test_unchanged_form_saves_nothing(app, client):
    response = client.post("/staff/hours", data=hours_form(client), follow_redirects=True)
    assert "Nic nie zmieniono" in response.get_data(as_text=True)
    assert app.extensions["ivr_staff"].store.history() == []


def with_end_of_line_comments(text: str) -> str:
    """The content text with a comment at the end of every line that can carry one."""
    lines, inside = [], False
    for number, line in enumerate(text.splitlines()):
        if line.count('"""') == 1:
            inside = not inside
            if inside:  # the opening line of a text block
                lines.append(line)
                continue
        if not inside and line.strip() and not line.startswith("#"):
            line += f"  # line {number + 1}, kept"
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("field, value, old, new", [
    ("hours.wtorek", "8:00-15:00", 'wtorek = "7:00-15:00"', 'wtorek = "8:00-15:00"'),
    ("hours.closures", "2026-12-31", "closures = []", 'closures = ["2026-12-31"]'),
])
def test_a_save_changes_only_the_line_of_the_changed_value(app, client, field, value, old, new):
    path = app.config["IVR_SETTINGS"].content_dir / "pl.toml"
    before = with_end_of_line_comments(path.read_text(encoding="utf-8"))
    path.write_text(before, encoding="utf-8")  # by hand, between two page loads
    assert before.count("  # line ") > 100
    form = hours_form(client)
    form[field] = value
    assert client.post("/staff/hours", data=form).status_code == 302
    after = path.read_text(encoding="utf-8")
    changes = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    comment = re.search(rf"^{re.escape(old)}(  # line \d+, kept)$", before, re.MULTILINE)[1]
    assert changes == [f"-{old}{comment}", f"+{new}{comment}"]


def test_a_save_of_a_prompt_keeps_the_comments_of_the_file(app, client):
    path = app.config["IVR_SETTINGS"].content_dir / "pl.toml"
    before = with_end_of_line_comments(path.read_text(encoding="utf-8"))
    path.write_text(before, encoding="utf-8")
    form = prompt_form(client, "goodbye")
    form["prompts.goodbye.text"] = "Do widzenia.\nDziękujemy."
    assert client.post("/staff/prompts/goodbye", data=form).status_code == 302
    after = path.read_text(encoding="utf-8")
    changes = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    old = next(line for line in before.splitlines() if line.startswith('text = "Dziękujemy za telefon. Do widzenia."'))
    assert changes == [f"-{old}", '+text = """', "+Do widzenia.", "+Dziękujemy.", '+"""' + old[old.index("  # line"):]]


def test_two_staff_saving_at_once_cannot_overwrite_each_other(app, client):
    other = sign_in(app, "jan")
    mine, theirs = prompt_form(client), prompt_form(other)
    theirs["prompts.greeting.text"] = "Witamy w infolinii ośrodka."
    assert other.post("/staff/prompts/greeting", data=theirs).status_code == 302
    mine["prompts.greeting.text"] = "Dzień dobry, tu ośrodek."
    response = client.post("/staff/prompts/greeting", data=mine)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "ktoś inny zapisał nowszą wersję treści (jan," in html
    # The form now shows the newer version, with its base; my text is kept to copy.
    assert re.search(r'name="prompts.greeting.text"[^>]*>Witamy w infolinii ośrodka.</textarea>', html)
    assert re.search(r'readonly[^>]*>Dzień dobry, tu ośrodek.</textarea>', html)
    assert base_of(html) == version_of((app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text())
    assert app.extensions["ivr"].content.prompts["greeting"].text == "Witamy w infolinii ośrodka."


def test_a_hand_edit_of_the_file_also_counts_as_newer(app, client):
    form = prompt_form(client)
    path = app.config["IVR_SETTINGS"].content_dir / "pl.toml"
    path.write_text(path.read_text().replace("Dzień dobry,", "Dzień dobry!"))
    form["prompts.greeting.text"] = "Inny tekst."
    assert client.post("/staff/prompts/greeting", data=form).status_code == 409


def test_other_workers_follow_the_file(app, make_app, client, monkeypatch):
    import ivr.runtime

    other = make_app(MONDAY_OPEN)  # another worker process of the same line
    form = prompt_form(client)
    form["prompts.greeting.text"] = "Nowe powitanie."
    client.post("/staff/prompts/greeting", data=form)
    monkeypatch.setattr(ivr.runtime, "CONTENT_RECHECK_SECONDS", 0)  # look at the file now, not in two seconds
    other.test_client().get("/healthz")
    assert other.extensions["ivr"].content.prompts["greeting"].text == "Nowe powitanie."


def test_a_broken_hand_edit_does_not_stop_the_line(app, client, caplog, monkeypatch):
    import ivr.runtime

    path = app.config["IVR_SETTINGS"].content_dir / "pl.toml"
    path.write_text(path.read_text().replace('poniedzialek = "8:00-16:00"', 'poniedzialek = "8"'))
    monkeypatch.setattr(ivr.runtime, "CONTENT_RECHECK_SECONDS", 0)
    assert client.get("/staff/").status_code == 200
    assert app.extensions["ivr"].content.weekly[0].opens.hour == 8
    assert "does not load" in caplog.text


# ---------------------------------------------------------------- history


def test_history_lists_views_and_restores(app, client):
    form = prompt_form(client)
    form["prompts.greeting.text"] = "Nowe powitanie."
    client.post("/staff/prompts/greeting", data=form)
    store = app.extensions["ivr_staff"].store
    older = store.history()[-1]
    html = client.get("/staff/history").get_data(as_text=True)
    assert "obecna wersja" in html and "zmiana w pliku (poza stronami)" in html and ">anna<" in html
    # The list says what each version changed, in words.
    assert "Zmieniono tekst „Powitanie”</td>" in html and "najstarsza zachowana wersja" in html
    newer = store.history()[0]
    page = client.get(f"/staff/history/{newer.name}").get_data(as_text=True)
    assert ("Zmieniono tekst „Powitanie”: było „Dzień dobry," in page
            and "/ jest „Nowe powitanie.”.</li>" in page), page
    page = client.get(f"/staff/history/{older.name}").get_data(as_text=True)
    assert "To najstarsza zachowana wersja" in page
    assert "Co zmieni przywrócenie tej wersji" in page and "było „Nowe powitanie.” / jest „Dzień dobry," in page
    # The file's own diff is kept, behind a disclosure, for the technically minded.
    assert "Szczegóły techniczne: różnice w pliku pl.toml" in page
    assert "usunięto:</span> text = &#34;Nowe powitanie.&#34;" in page
    response = client.post(f"/staff/history/{older.name}/restore", data={"csrf_token": token(page), "base": base_of(page)})
    assert response.status_code == 303
    assert app.extensions["ivr"].content.prompts["greeting"].text.startswith("Dzień dobry,")
    assert [e.login for e in store.history()] == ["anna", "anna", BY_HAND]
    assert "Przywrócono wersję" in client.get("/staff/history").get_data(as_text=True)


def test_restore_from_a_stale_page_is_refused(app, client):
    form = prompt_form(client)
    form["prompts.greeting.text"] = "Pierwsza zmiana."
    client.post("/staff/prompts/greeting", data=form)
    store = app.extensions["ivr_staff"].store
    page = client.get(f"/staff/history/{store.history()[-1].name}").get_data(as_text=True)
    form = prompt_form(client)
    form["prompts.greeting.text"] = "Druga zmiana."
    client.post("/staff/prompts/greeting", data=form)
    response = client.post(f"/staff/history/{store.history()[-1].name}/restore",
                           data={"csrf_token": token(page), "base": base_of(page)}, follow_redirects=True)
    assert "Nie przywrócono" in response.get_data(as_text=True)
    assert app.extensions["ivr"].content.prompts["greeting"].text == "Druga zmiana."


def test_history_names_cannot_reach_other_files(client):
    for name in ("..%2Fpl.toml", "pl.toml", "pl.20260101-000000-000000.anna.toml"):
        assert client.get(f"/staff/history/{name}").status_code == 404


def test_a_file_broken_by_hand_is_explained_and_can_be_restored(app, client):
    form = prompt_form(client)
    form["prompts.greeting.text"] = "Nowe powitanie."
    client.post("/staff/prompts/greeting", data=form)
    path = app.config["IVR_SETTINGS"].content_dir / "pl.toml"
    path.write_text(path.read_text() + "\n[prompts.greeting\n")
    response = client.get("/staff/prompts")
    assert response.status_code == 503 and "Plik z treścią jest uszkodzony" in response.get_data(as_text=True)
    page = client.get("/staff/history").get_data(as_text=True)
    assert "zmiana w pliku (poza stronami)" in page
    store = app.extensions["ivr_staff"].store
    good = next(e for e in store.history() if e.login == "anna")
    page = client.get(f"/staff/history/{good.name}").get_data(as_text=True)
    client.post(f"/staff/history/{good.name}/restore", data={"csrf_token": token(page), "base": base_of(page)})
    assert client.get("/staff/prompts").status_code == 200
    assert app.extensions["ivr"].content.prompts["greeting"].text == "Nowe powitanie."


def test_unknown_staff_addresses_answer_in_polish(client, app, post):
    response = client.get("/staff/nie-ma-takiej")
    assert response.status_code == 404 and "Nie ma takiej strony" in response.get_data(as_text=True)
    assert app.test_client().get("/nothing").status_code == 404


# ---------------------------------------------------------------- audio build


class FakeBuild:
    """Stands in for ivr.audio.build.build: waits until released, reports one prompt at a time."""

    def __init__(self):
        self.calls = 0
        self.release = threading.Event()
        self.started = threading.Event()

    def __call__(self, entries, audio_dir, engine, progress=None, lang="pl"):
        from ivr.audio.build import BuildReport, PromptResult

        self.calls += 1
        self.langs = [*getattr(self, "langs", []), (lang, Path(audio_dir).name)]
        self.engine = engine
        results = []
        for number, entry in enumerate(entries):
            result = PromptResult(entry.id, "built" if number % 2 else "reused", engine=engine)
            results.append(result)
            progress(result)
            if number == 2:
                self.started.set()
                assert self.release.wait(10)
        return BuildReport(results, published=True)


def test_regenerate_runs_in_the_background_once(app, client):
    fake = FakeBuild()
    jobs = app.extensions["ivr_staff"].builds
    jobs.build_fn = fake
    html = client.get("/staff/audio").get_data(as_text=True)
    response = client.post("/staff/audio/build", data={"csrf_token": token(html), "engine": "espeak"})
    assert response.status_code == 303
    assert fake.started.wait(10)
    status = client.get("/staff/audio/status.json").get_json()
    runtime = app.extensions["ivr"]
    # Both languages: the Polish prompts, then the Ukrainian ones into audio/uk/.
    assert status["running"] and status["done"] == 3
    assert status["total"] == len(runtime.catalogue) + len(runtime.lines["uk"].catalogue)
    page = client.get("/staff/audio").get_data(as_text=True)
    assert "Trwa generowanie nagrań: gotowe 3 z" in page and '<meta http-equiv="refresh"' in page
    # A second press while it runs does not start another build.
    response = client.post("/staff/audio/build", data={"csrf_token": token(html), "engine": "espeak"}, follow_redirects=True)
    assert "Nagrania są już generowane" in response.get_data(as_text=True)
    fake.release.set()
    jobs.wait(10)
    assert fake.calls == 2 and fake.engine == "espeak"
    assert [lang for lang, _ in fake.langs] == ["pl", "uk"] and fake.langs[1][1] == "uk"
    status = client.get("/staff/audio/status.json").get_json()
    assert status["state"] == "done" and not status["running"] and status["login"] == "anna"
    total = status["total"]
    assert status["counts"] == {"built": total // 2, "reused": total - total // 2, "fell_back": 0, "kept": 0, "failed": 0}
    page = client.get("/staff/audio").get_data(as_text=True)
    assert "Wynik ostatniego generowania" in page and f"Nowe nagrania: <strong>{total // 2}</strong>" in page


def test_a_failed_build_is_reported(app, client):
    jobs = app.extensions["ivr_staff"].builds

    def broken(entries, audio_dir, engine, progress=None, lang="pl"):
        raise RuntimeError("ffmpeg nie działa")

    jobs.build_fn = broken
    html = client.get("/staff/audio").get_data(as_text=True)
    client.post("/staff/audio/build", data={"csrf_token": token(html), "engine": "auto"})
    jobs.wait(10)
    page = client.get("/staff/audio").get_data(as_text=True)
    assert "Generowanie się nie udało" in page and "ffmpeg nie działa" in page


def test_real_offline_build_then_play(app, client):
    jobs = app.extensions["ivr_staff"].builds
    html = client.get("/staff/audio").get_data(as_text=True)
    client.post("/staff/audio/build", data={"csrf_token": token(html), "engine": "espeak"})
    jobs.wait(120)
    status = jobs.status()
    assert status["state"] == "done" and status["counts"]["failed"] == 0 and status["counts"]["built"] == status["total"]
    # The list links each prompt to its own page, where its players are (one Tab stop, not three).
    listing = client.get("/staff/prompts").get_data(as_text=True)
    assert "<audio" not in listing
    pages = re.findall(r'<a href="(/staff/prompts/[a-z_]+)#nagranie">Posłuchaj nagrania', listing)
    assert len(pages) >= 20
    page = client.get(pages[0]).get_data(as_text=True)
    urls = re.findall(r'<audio controls preload="none" src="(/audio/[^"]+)"', page)
    assert urls
    response = client.get(urls[0])
    assert response.status_code == 200 and response.data[:4] == b"RIFF"


# ---------------------------------------------------------------- simulator


def test_simulator_plays_a_call_at_the_chosen_moment(client):
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00").get_data(as_text=True)
    assert "Ośrodek jest teraz otwarty, do szesnastej." in html
    assert "Linia czeka na wybór." in html
    html = client.get("/staff/simulator?date=2026-11-30&time=18:00&keys=&key=1").get_data(as_text=True)
    assert "Naciśnięto klawisz 1" in html and 'name="keys" value="1"' in html
    assert "zamknięty" in html and "Proszę przygotować kartkę." in html
    assert "Brak nagrania: ten fragment powie lektor Twilio" in html


def test_the_simulators_day_is_typed_as_clerks_write_it(client):
    html = client.get("/staff/simulator?date=30 listopada 2026&time=10:00").get_data(as_text=True)
    assert "Ośrodek jest teraz otwarty, do szesnastej." in html  # Monday 30 November, open 8-16
    field = re.search(r'<input type="(\w+)" id="sim-data"[^>]*>', html)
    assert field and field[1] == "text" and 'aria-describedby="sim-data-wskazowka"' in field[0]
    html = client.get("/staff/simulator?date=30 lutego&time=10:00").get_data(as_text=True)
    assert "„30 lutego” – taki dzień nie istnieje." in html


def test_simulator_keys_undo_reset_and_no_real_sms(client, app):
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00&keys=1&key=*").get_data(as_text=True)
    assert 'name="keys" value="1*"' in html and "Naciśnięto klawisz gwiazdka" in html
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00&keys=1*&action=undo").get_data(as_text=True)
    assert 'name="keys" value="1"' in html
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00&keys=1*&action=reset").get_data(as_text=True)
    assert 'name="keys" value=""' in html
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00&keys=5").get_data(as_text=True)
    assert "zostanie wysłany" in html  # pretended: the simulated line has no Twilio account
    html = client.get("/staff/simulator?date=2026-13-40&time=xx").get_data(as_text=True)
    assert "„2026-13-40” – taki dzień nie istnieje." in html
    html = client.get("/staff/simulator?date=kiedyś&time=10:00").get_data(as_text=True)
    assert "„kiedyś” nie jest datą. Proszę wpisać datę, np. 7 grudnia" in html
    # Any date as clerks write it (ivr.spoken.dates): 24 December 2026 is a public holiday.
    for written in ("24 grudnia", "24 XII 2026", "24.12.2026"):
        html = client.get(f"/staff/simulator?date={written}&time=10:00").get_data(as_text=True)
        assert 'value="2026-12-24"' in html and "nie jest datą" not in html


# ---------------------------------------------------------------- messages


def test_messages_list_play_and_done(app, client, tmp_path):
    from ivr.messages.store import Store

    settings = app.config["IVR_SETTINGS"]
    recordings = settings.recordings_dir
    store = Store(settings.database_url)
    now = datetime(2026, 11, 30, 9, 15, tzinfo=timezone.utc)
    message = store.note_recording("RE" + "a" * 32, now=now, number="+48606902915", duration=42,
                                   url="https://api.twilio.com/x")
    recordings.mkdir(parents=True, exist_ok=True)
    wav = recordings / "m1.wav"
    wav.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt ")
    store.mark_stored(message.id, str(wav))
    callback = store.request_callback("+48618176130", now)
    html = client.get("/staff/messages").get_data(as_text=True)
    assert "Wiadomość głosowa – 30 listopada 2026, 10:15" in html
    assert "606 902 915" in html and "42 s" in html and "Prośba o oddzwonienie" in html
    assert f'src="/staff/messages/{message.id}/audio"' in html
    audio = client.get(f"/staff/messages/{message.id}/audio")
    assert audio.status_code == 200 and audio.mimetype == "audio/wav" and audio.headers["Cache-Control"] == "no-store"
    response = client.post(f"/staff/messages/{callback.id}/done", data={"csrf_token": token(html)}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Oznaczono jako załatwione." in page and "Prośba o oddzwonienie –" not in page
    assert "Pokaż także załatwione" in page and "Przez minutę można to cofnąć" in page
    assert "Prośba o oddzwonienie –" in client.get("/staff/messages?wszystkie=1").get_data(as_text=True)
    # "Cofnij": the item is to be dealt with again.
    assert f'action="/staff/messages/{callback.id}/undo-done"' in page
    page = client.post(f"/staff/messages/{callback.id}/undo-done", data={"csrf_token": token(page)},
                       follow_redirects=True).get_data(as_text=True)
    assert "Cofnięto: pozycja znów jest do załatwienia." in page and "Prośba o oddzwonienie –" in page
    assert "undo-done" not in page  # offered once
    assert store.get(callback.id).status == "new"


def test_undo_done_only_within_a_minute_and_only_the_same_item(app, client, monkeypatch):
    import ivr.web.staff.messages_page as messages_page
    from ivr.messages.store import Store

    store = Store(app.config["IVR_SETTINGS"].database_url)
    now = datetime(2026, 11, 30, 9, 15, tzinfo=timezone.utc)
    first = store.request_callback("+48618176130", now)
    second = store.request_callback("+48606902915", now)
    html = client.get("/staff/messages").get_data(as_text=True)
    client.post(f"/staff/messages/{first.id}/done", data={"csrf_token": token(html)})
    client.post(f"/staff/messages/{second.id}/done", data={"csrf_token": token(html)})
    # Only the last one marked may be undone.
    page = client.post(f"/staff/messages/{first.id}/undo-done", data={"csrf_token": token(html)},
                       follow_redirects=True).get_data(as_text=True)
    assert "Minęła minuta na cofnięcie" in page and store.get(first.id).status == "done"
    client.post(f"/staff/messages/{first.id}/done", data={"csrf_token": token(html)})
    real = messages_page.time.time
    monkeypatch.setattr(messages_page.time, "time", lambda: real() + 61)
    page = client.post(f"/staff/messages/{first.id}/undo-done", data={"csrf_token": token(html)},
                       follow_redirects=True).get_data(as_text=True)
    assert "Minęła minuta na cofnięcie" in page and store.get(first.id).status == "done"


def test_message_audio_outside_the_recordings_folder_is_not_served(app, client, tmp_path):
    from ivr.messages.store import Store

    store = Store(app.config["IVR_SETTINGS"].database_url)
    message = store.note_recording("RE" + "b" * 32, now=datetime(2026, 11, 30, tzinfo=timezone.utc), duration=5)
    secret = tmp_path / "secret.wav"
    secret.write_bytes(b"RIFF")
    store.mark_stored(message.id, str(secret))
    assert client.get(f"/staff/messages/{message.id}/audio").status_code == 404


# ---------------------------------------------------------------- sessions and sign-in under attack


def session_cookie(response) -> str:
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    return cookie


def sign_in_response(app, **changes):
    client = app.test_client()
    page = client.get("/staff/login", **changes).get_data(as_text=True)
    return client, client.post("/staff/login", data={"login": "anna", "password": PASSWORD, "csrf_token": token(page)}, **changes)


def test_the_session_cookie_lasts_8_hours_lax_httponly_not_secure_on_http(app):
    _, response = sign_in_response(app)
    cookie = session_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    expires = datetime.strptime(re.search(r"Expires=([^;]+)", cookie)[1], "%a, %d %b %Y %H:%M:%S GMT")
    hours = (expires.replace(tzinfo=timezone.utc) - datetime.now(timezone.utc)).total_seconds() / 3600
    assert 7.9 < hours <= 8.0


def test_the_session_cookie_is_secure_behind_https(make_app):
    app = make_app(MONDAY_OPEN, public_url="https://ops.example.org")
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    # Over https Flask-WTF also wants a same-site Referer, as a browser sends it.
    _, response = sign_in_response(app, base_url="https://ops.example.org",
                                   headers={"Referer": "https://ops.example.org/staff/login"})
    assert "; Secure" in session_cookie(response)


def test_a_session_older_than_8_hours_ends_however_often_used(app, client, monkeypatch):
    import time as time_module

    assert client.get("/staff/").status_code == 200
    later = time_module.time() + 8 * 3600 + 1
    monkeypatch.setattr("ivr.web.staff.auth.time.time", lambda: later)
    assert client.get("/staff/").status_code == 302


def test_a_session_used_every_ten_minutes_still_ends_at_8_hours(app, client, monkeypatch):
    """The absolute limit (8 hours from sign-in) holds however constantly the session is used."""
    import time as time_module

    signed_in = time_module.time()
    now = [signed_in]
    monkeypatch.setattr("ivr.web.staff.auth.time.time", lambda: now[0])
    for minutes in range(0, 8 * 60, 10):  # a request every 10 minutes for 8 hours
        now[0] = signed_in + minutes * 60
        assert client.get("/staff/").status_code == 200, minutes
    now[0] = signed_in + 8 * 3600 - 5  # just before the limit: still in
    assert client.get("/staff/").status_code == 200
    now[0] = signed_in + 8 * 3600 + 5  # just after it: out, though used a moment ago
    assert client.get("/staff/").status_code == 302


def test_a_cookie_copied_before_sign_out_does_not_work_after_it(app, client):
    copy = app.test_client()
    copy.set_cookie("session", client.get_cookie("session").value)
    assert copy.get("/staff/").status_code == 200
    html = client.get("/staff/").get_data(as_text=True)
    client.post("/staff/logout", data={"csrf_token": token(html)})
    assert copy.get("/staff/").status_code == 302
    assert sign_in(app).get("/staff/").status_code == 200  # signing in again works


def test_a_next_with_cr_lf_goes_home_not_to_an_error(app):
    for target in ("/staff/hours\r\nSet-Cookie: x=1", "/staff/\nx", "/staff/\x00"):
        client = app.test_client()
        page = client.get("/staff/login").get_data(as_text=True)
        response = client.post("/staff/login", data={
            "login": "anna", "password": PASSWORD, "csrf_token": token(page), "next": target})
        assert response.status_code == 302 and response.headers["Location"] == "/staff/"


def wrong_password(app, login="anna", address="203.0.113.5"):
    client = app.test_client()
    page = client.get("/staff/login", environ_base={"REMOTE_ADDR": address}).get_data(as_text=True)
    return client.post("/staff/login", data={"login": login, "password": "zle-haslo-1", "csrf_token": token(page)},
                       environ_base={"REMOTE_ADDR": address})


def test_an_attacker_cannot_lock_out_staff_signing_in_from_elsewhere(app):
    # The office computer, where the staff member signed in before (issue 34: an address not
    # known to the account is locked with it; see test_sign_in_limits.py).
    client = app.test_client()
    page = client.get("/staff/login", environ_base={"REMOTE_ADDR": "198.51.100.7"}).get_data(as_text=True)
    assert client.post("/staff/login", data={"login": "anna", "password": PASSWORD, "csrf_token": token(page)},
                       environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code == 302
    for _ in range(MAX_FAILURES + 3):
        response = wrong_password(app)
    assert "zablokowane" in response.get_data(as_text=True)
    client = app.test_client()
    page = client.get("/staff/login", environ_base={"REMOTE_ADDR": "198.51.100.7"}).get_data(as_text=True)
    response = client.post("/staff/login", data={"login": "anna", "password": PASSWORD, "csrf_token": token(page)},
                           environ_base={"REMOTE_ADDR": "198.51.100.7"})
    assert response.status_code == 302


def test_an_unknown_login_is_answered_exactly_like_a_known_one(app):
    for attempt in range(MAX_FAILURES + 1):
        known, unknown = wrong_password(app, "anna", "203.0.113.5"), wrong_password(app, "nikt", "203.0.113.6")
        assert known.status_code == unknown.status_code == 401
        strip = lambda html: re.sub(r'value="[^"]*"', "", html)  # noqa: E731 (the login typed and the token)
        assert strip(known.get_data(as_text=True)) == strip(unknown.get_data(as_text=True)), attempt


def test_an_address_trying_many_logins_is_throttled(app):
    from ivr.staff.accounts import ADDRESS_MAX_FAILURES

    for number in range(ADDRESS_MAX_FAILURES):
        wrong_password(app, f"login{number}")
    html = wrong_password(app, "anna").get_data(as_text=True)
    assert "Z tego komputera było zbyt wiele nieudanych prób logowania" in html
    # The right password from that address waits too; from another address it works.
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    env = {"REMOTE_ADDR": "203.0.113.5"}
    response = client.post("/staff/login", data={"login": "jan", "password": PASSWORD, "csrf_token": token(page)}, environ_base=env)
    assert response.status_code == 401
    sign_in(app, "jan")


def test_staff_pages_accept_a_larger_body_than_the_webhooks(app, client, post):
    html = client.get("/staff/prompts/greeting").get_data(as_text=True)
    response = client.post("/staff/prompts/greeting", data={"csrf_token": token(html), "base": base_of(html),
                                                            "prompts.greeting.text": "x" * 100_000})
    assert response.status_code != 413


def test_simulator_keeps_a_message_once_per_call_apart_from_the_inbox(client, app):
    """A message left in the simulator is kept (in its own file), listed under "Symulator",
    kept once however often the call is replayed, and never in the staff's inbox."""
    from ivr.web.staff.phone import SIMULATOR_DATABASE, simulator_folder

    settings = app.config["IVR_SETTINGS"]
    html = client.get("/staff/simulator?date=2026-11-27&time=18:00&keys=0&key=1").get_data(as_text=True)
    call = re.search(r'name="call" value="([0-9a-f]{16})"', html)[1]
    assert "wiadomość została zapisana" in html and "nie udało się zapisać" not in html
    assert html.count("Wiadomość głosowa (7 s)") == 1
    for key in ("*", "9"):  # further presses replay the call, message included
        html = client.get(f"/staff/simulator?date=2026-11-27&time=18:00&keys=01&call={call}&key={key}").get_data(as_text=True)
        assert html.count("Wiadomość głosowa (7 s)") == 1
    html = client.get(f"/staff/simulator?date=2026-11-27&time=18:00&keys=02&call={call}&key=1").get_data(as_text=True)
    assert "Prośba o oddzwonienie –" in html and html.count("Wiadomość głosowa (7 s)") == 1
    assert (simulator_folder(settings) / SIMULATOR_DATABASE).exists()
    inbox = client.get("/staff/messages?wszystkie=1").get_data(as_text=True)
    assert "Wiadomość głosowa" not in inbox and "Prośba o oddzwonienie –" not in inbox
    assert app.extensions["ivr"].messages.store.listing(include_done=True) == []
    # A new call ("Rozłącz i zadzwoń od nowa") leaves a second message.
    html = client.get(f"/staff/simulator?date=2026-11-27&time=18:00&keys=01&call={call}&action=reset").get_data(as_text=True)
    new_call = re.search(r'name="call" value="([0-9a-f]{16})"', html)[1]
    assert new_call != call
    html = client.get(f"/staff/simulator?date=2026-11-27&time=18:00&keys=0&call={new_call}&key=1").get_data(as_text=True)
    assert html.count("Wiadomość głosowa (7 s)") == 2
    response = client.post("/staff/simulator/clear", data={"csrf_token": token(html)}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Wyczyszczono listę symulatora (3)" in page
    html = client.get("/staff/simulator?date=2026-11-27&time=18:00").get_data(as_text=True)
    assert "Wiadomość głosowa (" not in html


def test_simulator_keeps_messages_across_threads(client, app):
    """Each press in its own thread, as a threaded server runs them: the list stays whole."""
    results = []

    def press(keys, key):
        results.append(client.get(f"/staff/simulator?date=2026-11-27&time=18:00&keys={keys}&call=00000000000000aa&key={key}")
                       .get_data(as_text=True))

    for keys, key in (("0", "1"), ("01", "*"), ("02", "1")):
        thread = threading.Thread(target=press, args=(keys, key))
        thread.start()
        thread.join(60)
    assert "wiadomość została zapisana" in results[0]
    assert all("nie udało się zapisać" not in html for html in results)
    assert "Prośba o oddzwonienie –" in results[2] and "Wiadomość głosowa (7 s)" in results[2]


def test_voice_label_says_callers_hear_the_robot_when_google_was_down(app, client):
    """Google unreachable: every prompt is recorded by espeak, and the home and Nagrania pages
    say so in a clerk's words, with the one button that tries the natural voice again."""
    from fake_google_tts import fake_google_tts
    from ivr.audio.build import build

    runtime = app.extensions["ivr"]
    total = len(runtime.catalogue)
    with fake_google_tts() as google:
        google.fail_always("connection")
        report = build(runtime.catalogue, runtime.settings.audio_dir, "auto", jobs=2)
    assert len(report.fell_back) == total
    for path in ("/staff/", "/staff/audio"):
        html = client.get(path).get_data(as_text=True)
        assert f"Głos robota – gorsza jakość, bo Google był niedostępny</strong>: {total} z {total} komunikatów" in html
        assert "Naturalny głos Google</strong>" not in html
        assert f"część komunikatów ({total} z {total}) dzwoniący słyszą teraz głosem robota" in html
        assert "Spróbuj nagrać naturalnym głosem Google" in html
        assert "Aktualne nagrania ma" not in html
    # The button starts an ordinary build with the automatic choice (Google first).
    fake = FakeBuild()
    app.extensions["ivr_staff"].builds.build_fn = fake
    fake.release.set()
    response = client.post("/staff/audio/build", data={"csrf_token": token(html), "engine": "auto"})
    assert response.status_code == 303
    app.extensions["ivr_staff"].builds.wait(10)
    assert fake.calls == 2 and fake.engine == "auto"  # Polish and Ukrainian


def test_voice_label_with_no_audio_names_twilio_not_the_robot(client, app):
    total = len(app.extensions["ivr"].catalogue)
    html = client.get("/staff/").get_data(as_text=True)
    assert f"Lektor Twilio – czyta tekst na bieżąco, bo nie ma aktualnego nagrania</strong>: {total} z {total}" in html
    assert "głosem robota" not in html and "Spróbuj nagrać naturalnym głosem Google" in html


def test_plain_names_ogloszenia_and_teksty_infolinii(client):
    """The dated notices and the fixed prompts have names a clerk cannot mix up."""
    home = client.get("/staff/").get_data(as_text=True)
    nav = home.split('aria-label="Menu główne"')[1].split("</nav>")[0]
    assert ">Ogłoszenia<" in nav and ">Teksty infolinii<" in nav
    assert "Komunikaty<" not in nav and "Teksty komunikatów" not in nav


def test_every_prompt_has_a_polish_title_never_its_id(client):
    """Each prompt in the content file has its own title; the pages never fall back to the id."""
    import tomllib

    from ivr.config import ROOT
    from ivr.web.staff.editing import PROMPT_TITLES

    ids = tomllib.loads((ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8"))["prompts"]
    # And the sentences only the Ukrainian file has (issue 33), listed after them.
    ids = [*ids, *tomllib.loads((ROOT / "prompts" / "uk.toml").read_text(encoding="utf-8"))["prompts"].keys() - set(ids)]
    assert set(ids) <= set(PROMPT_TITLES), sorted(set(ids) - set(PROMPT_TITLES))
    html = client.get("/staff/prompts").get_data(as_text=True)
    shown = re.findall(r'<h2 id="komunikat-[a-z_]+" tabindex="-1">([^<]+)</h2>', html)
    assert len(shown) == len(ids) and not set(shown) & set(ids)
    assert "Komunikat „" not in html and "Wstęp do ogłoszeń" in html


def test_placeholders_are_shown_as_the_example_they_stand_for(client):
    html = client.get("/staff/prompts").get_data(as_text=True)
    status = html.split('id="komunikat-status_open"')[1].split("</section>")[0]
    text = status.split('<h3 class="small-heading">Tekst</h3>')[1].split("</p>")[0]
    assert "{godzina}" not in text and '<span class="example">' in text
    assert "Podkreślone fragmenty infolinia wstawia sama" in status and "godzina zamknięcia lub otwarcia" in status
    contact = html.split('id="komunikat-info_contact"')[1].split("</section>")[0]
    assert "{adres}" not in contact and "adres ośrodka" in contact
    assert not re.search(r'class="text-block">[^<]*\{[a-z_]+\}', html)  # no raw placeholder in any text


def test_history_in_words_for_hours_notices_words_and_office():
    from datetime import date

    from ivr.config import ROOT
    from ivr.staff.content_store import replace_tables, set_values
    from ivr.web.staff.history_words import changes, summary

    before = (ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8")
    after = set_values(before, {"hours.piatek": "7:00-13:00", "hours.closures": [date(2026, 12, 24)],
                                "office.landline": "61 000 00 00", "words.food": ["żywność", "jedzenie", "chleb"]})
    after = replace_tables(after, "notices", [{"text": "Zbiórka żywności.", "from": date(2026, 12, 7), "to": date(2026, 12, 12)}])
    found = [change.sentence for change in changes(before, after)]
    assert "Zmieniono godziny otwarcia (piątek): było „7:00-15:00” / jest „7:00-13:00”." in found
    assert "Dodano dzień zamknięcia: „24 grudnia 2026”." in found
    assert "Zmieniono telefon stacjonarny: było „61 817 61 30” / jest „61 000 00 00”." in found
    assert "Dodano słowa rozpoznawane dla „Posiłki i pomoc żywnościowa”: „chleb”." in found
    assert any(s.startswith("Usunięto słowa rozpoznawane dla „Posiłki i pomoc żywnościowa” (było: „zbiórka, paczka") for s in found)
    assert "Dodano ogłoszenie: „od 7 grudnia 2026 do 12 grudnia 2026: Zbiórka żywności.”." in found
    assert not any("[" in s or "=" in s for s in found)  # no TOML
    assert summary(changes(before, after), most=2).endswith("i 4 inne zmiany")
    assert changes(before, before) == [] and changes(before, "[broken") == []
