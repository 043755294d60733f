""""Nierozpoznane": what callers said that the line did not understand, kept only with
IVR_KEEP_MISSES=1, never with a number, deleted after 14 days; one click teaches the line
the words through the content store; the counts per menu come from the statistics."""
from __future__ import annotations

import re
import tomllib
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from conftest import MONDAY_OPEN
from test_staff_pages import PASSWORD, sign_in, token

UNKNOWN = "czy wydajecie worki z marchewką"  # not a word of any [words] list
CALLER = "+48606902915"


@pytest.fixture
def app(make_app):
    app = make_app(MONDAY_OPEN, keep_misses=True)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


def say(post, app, text: str, node: str = "main", call: str = "CA1"):
    response = post(app, f"/voice/answer?node={node}&miss=0&rounds=0",
                    {"SpeechResult": text, "Confidence": "0.9", "CallSid": call, "From": CALLER})
    body = response.get_data(as_text=True)
    response.close()  # as a server does: the miss is kept after the answer went out
    return body


def kept(app):
    return app.extensions["ivr_misses"].recent(MONDAY_OPEN)


def test_off_by_default_nothing_is_kept_and_the_page_says_how_to_switch_it_on(make_app, post):
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    say(post, app, UNKNOWN)
    assert app.extensions["ivr_misses"].enabled is False
    app.extensions["ivr_misses"].enabled = True  # only to read the table: nothing is in it
    assert kept(app) == []
    app.extensions["ivr_misses"].enabled = False
    html = sign_in(app).get("/staff/misses").get_data(as_text=True)
    assert "Zapisywanie nierozpoznanych wypowiedzi jest wyłączone" in html and "IVR_KEEP_MISSES=1" in html
    assert "bez numeru telefonu" in html and "Po 14 dniach" in html  # the sentence for the privacy notice


def test_a_miss_is_kept_with_its_menu_and_never_a_number(app, post):
    say(post, app, UNKNOWN, node="about")
    say(post, app, "yyy 606 902 915 marchewka worki")
    say(post, app, "godziny otwarcia")  # understood: not kept
    found = kept(app)
    assert sorted((m.node, m.text) for m in found) == [("about", UNKNOWN), ("main", "yyy … marchewka worki")]
    for miss in found:
        assert not re.search(r"\d{3}", miss.text) and "606" not in miss.text
    from sqlalchemy import text

    with app.extensions["ivr"].messages.store.engine.connect() as connection:
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(speech_misses)"))]
    assert columns == ["id", "at", "node", "text"]  # no column for a number


def test_the_page_lists_misses_and_one_click_teaches_the_line(app, post):
    say(post, app, UNKNOWN, node="about")
    client = sign_in(app)
    html = client.get("/staff/misses").get_data(as_text=True)
    assert f"„{UNKNOWN}”" in html and "w menu: W czym pomaga ośrodek (3)" in html
    [miss] = kept(app)
    # Every [words] list is a destination, by its Polish title.
    assert '<option value="food">Posiłki i pomoc żywnościowa</option>' in html and '<option value="key_1">Klawisz 1</option>' in html
    base = re.search(r'name="base" value="([^"]+)"', html)[1]
    response = client.post(f"/staff/misses/{miss.id}/add", data={
        "csrf_token": token(html), "base": base, "cel": "food", "slowa": "worki z marchewką"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Dodano „worki z marchewką” do listy „Posiłki i pomoc żywnościowa”" in page and "Historia zmian" in page
    saved = tomllib.loads((app.config["IVR_SETTINGS"].content_dir / "pl.toml").read_text(encoding="utf-8"))
    assert saved["words"]["food"][-1] == "worki z marchewką"
    assert app.extensions["ivr_staff"].store.history()[0].login == "anna"  # through the store: kept in history
    assert kept(app) == []
    # The line understands it now: the same words lead to the food collections.
    assert "żywności" in say(post, app, UNKNOWN, call="CA2").lower()
    assert kept(app) == []


def test_adding_from_a_stale_page_is_refused(app, post):
    say(post, app, UNKNOWN)
    client = sign_in(app)
    html = client.get("/staff/misses").get_data(as_text=True)
    [miss] = kept(app)
    store = app.extensions["ivr_staff"].store
    snapshot = store.read()
    store.save(snapshot.text.replace("Do widzenia.", "Do usłyszenia.", 1), snapshot.version, "ewa")
    base = re.search(r'name="base" value="([^"]+)"', html)[1]
    page = client.post(f"/staff/misses/{miss.id}/add", data={
        "csrf_token": token(html), "base": base, "cel": "food", "slowa": "marchewka"}, follow_redirects=True)
    assert "ktoś zapisał nowszą wersję" in page.get_data(as_text=True)
    assert "marchewka" not in tomllib.loads(store.read().text)["words"]["food"]
    assert len(kept(app)) == 1


def test_unknown_destination_and_removal(app, post):
    say(post, app, UNKNOWN)
    client = sign_in(app)
    html = client.get("/staff/misses").get_data(as_text=True)
    [miss] = kept(app)
    page = client.post(f"/staff/misses/{miss.id}/add", data={"csrf_token": token(html), "base": "x", "cel": "../prompts",
                                                              "slowa": "a"}, follow_redirects=True)
    assert "Proszę wybrać, dokąd mają prowadzić te słowa." in page.get_data(as_text=True)
    page = client.post(f"/staff/misses/{miss.id}/remove", data={"csrf_token": token(html)}, follow_redirects=True)
    assert "Usunięto wypowiedź z listy" in page.get_data(as_text=True) and kept(app) == []
    assert client.post(f"/staff/misses/{miss.id}/remove", data={"csrf_token": token(html)}).status_code == 404


def test_counts_per_menu_come_from_the_statistics(make_app, post):
    """Counted even with keeping switched off: the statistics hold no words."""
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    for call, keys in (("CA1", "3"), ("CA2", "3"), ("CA3", "")):  # two callers in "about", one in the main menu
        post(app, "/voice", {"CallSid": call, "From": CALLER}).close()
        for key in keys:
            post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": key, "CallSid": call, "From": CALLER}).close()
        say(post, app, UNKNOWN, node="about" if keys else "main", call=call)
    app.extensions["ivr"].stats.flush()
    from ivr.stats.misses import misses_by_menu

    counts = misses_by_menu(app.extensions["ivr"].stats.db, MONDAY_OPEN.date() - timedelta(days=13), MONDAY_OPEN.date())
    assert counts == {"about": 2, "main": 1}
    html = sign_in(app).get("/staff/misses").get_data(as_text=True)
    assert re.search(r"<th scope=\"row\">W czym pomaga ośrodek \(3\)</th><td>2</td>", html)


def test_deleted_after_14_days_by_the_daily_purge(app, settings, monkeypatch):
    from ivr.cli import main
    from ivr.stats.misses import MissBook

    book: MissBook = app.extensions["ivr_misses"]
    now = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
    book.note("main", "stare słowa", now - timedelta(days=15))
    book.note("main", "nowe słowa", now - timedelta(days=13))
    for name, value in {"IVR_DATABASE_URL": settings.database_url, "IVR_CONTENT_DIR": str(settings.content_dir)}.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(main, ["stats", "purge", "--at", "2026-11-30 10:00"])
    assert result.exit_code == 0, result.output
    assert "Nierozpoznane wypowiedzi starsze niż 14 dni: usunięto 1." in result.output
    assert [m.text for m in book.recent(now)] == ["nowe słowa"]
    book.enabled = False
    assert book.note("main", "wyłączone", now) is False  # switched off: nothing kept


def test_a_long_story_answered_with_the_danger_question_is_kept_too(app, post):
    story = "u nas w domu od tygodnia dzieją się dziwne rzeczy a sąsiedzi tylko patrzą przez okno"
    say(post, app, story)
    assert [(m.node, m.text) for m in kept(app)] == [("main", story)]
