"""Issue 33: notices in two languages. A clerk gives a notice on the staff page "Ogłoszenia" with an
optional Ukrainian text (kept in uk.toml with the same days, saved with the Polish one: both or
neither). Through the real /voice webhook, with exact TwiML: a Ukrainian caller hears the
Ukrainian text, or, when there is none, one sentence that there is news in Polish and that key 0
reaches a person (while closed: leaves a message)."""
from __future__ import annotations

import re
import tomllib
from html import unescape

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN, say_xml
from ivr.call.translations import NOTICE, compare
from ivr.staff.content_store import ContentStore
from test_staff_pages import PASSWORD, sign_in, token
from test_ukrainian_calls import MOBILE, SAY_UK, UKRAINIAN, body, gather, say_pl, say_uk, url

POLISH = "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności."
UKRAINIAN_TEXT = "У суботу перед школою в Kleszczewo відбудеться збір продуктів."
OPEN_SENTENCE = "Є важливе оголошення польською мовою. Щоб дізнатися про нього від працівника, натисніть нуль."
CLOSED_SENTENCE = ("Є важливе оголошення польською мовою. Працівників зараз немає: щоб залишити їм повідомлення, "
                   "натисніть нуль.")


def staff_app(make_app, at):
    app = make_app(at)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app, sign_in(app)


def notice_form(client, path="/staff/notices/new") -> dict:
    html = client.get(path).get_data(as_text=True)
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    form |= {k: unescape(v) for k, v in re.findall(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.DOTALL)}
    form |= dict(re.findall(r'<input type="text" id="[^"]+" name="([^"]+)" value="([^"]*)"', html))
    return form


def add_notice(client, first, last, text_uk="", text=POLISH):
    form = notice_form(client) | {"text": text, "from": first, "to": last, "text_uk": text_uk, "action": "save"}
    response = client.post("/staff/notices/new", data=form)
    assert response.status_code == 303, response.get_data(as_text=True)


def notices_of(settings, name):
    return tomllib.loads((settings.content_dir / name).read_text(encoding="utf-8")).get("notices", [])


def say_spoken(spoken: str, lang: str) -> str:
    xml = say_xml(spoken)
    return xml.replace('<Say language="pl-PL" voice="Polly.Ewa">', SAY_UK) if lang == "uk" else xml


def test_without_a_ukrainian_text_ukrainian_callers_hear_one_sentence_and_key_0_is_a_person(make_app, post, settings):
    app, client = staff_app(make_app, TUESDAY_OPEN)
    add_notice(client, "30.11.2026", "2.12.2026")
    assert notices_of(settings, "uk.toml") == []  # nothing written in Ukrainian
    runtime = app.extensions["ivr"]
    assert runtime.lines["uk"].catalogue.entry("notice_in_polish").text == OPEN_SENTENCE
    first = body(post, app, "/voice", UKRAINIAN)
    inner = (say_uk(app, "greeting") + say_uk(app, "status_open", godzina="15:00") + say_uk(app, "person_hint_open")
             + say_uk(app, "notice_in_polish") + say_uk(app, "menu_main_no_sms") + say_pl(app, "language_offer"))
    assert first == gather(app, "uk", "main", inner)
    assert POLISH not in first  # the Polish text is not read in the Ukrainian voice
    # Key 0 there: a person, as the sentence says.
    assert "<Dial" in body(post, app, url(lang="uk"), UKRAINIAN, Digits="0")
    # The Polish caller hears the notice itself, as before.
    polish = body(post, app, "/voice", MOBILE)
    notice = runtime.catalogue.notice(runtime.content.notices[0])
    assert say_pl(app, "notice_lead") + say_spoken(notice.spoken, "pl") in polish
    assert "notice_in_polish" not in polish and "польською" not in polish


def test_while_closed_the_sentence_says_key_0_leaves_a_message(make_app, post):
    app, client = staff_app(make_app, FRIDAY_EVENING)
    add_notice(client, "27.11.2026", "30.11.2026")
    assert app.extensions["ivr"].lines["uk"].catalogue.entry("notice_in_polish_closed").text == CLOSED_SENTENCE
    first = body(post, app, "/voice", UKRAINIAN)
    inner = (say_uk(app, "greeting") + say_uk(app, "status_closed", kiedy="у понеділок", godzina="8:00")
             + say_uk(app, "person_hint_closed") + say_uk(app, "notice_in_polish_closed")
             + say_uk(app, "menu_main_closed_no_sms") + say_pl(app, "language_offer"))
    assert first == gather(app, "uk", "main", inner)
    # Key 0 while closed: the message menu (a +380 number cannot be called back), no transfer.
    zero = body(post, app, url(lang="uk"), UKRAINIAN, Digits="0")
    assert "<Dial" not in zero and say_uk(app, "menu_leave_word_hidden") in zero


def test_with_a_ukrainian_text_ukrainian_callers_hear_it(make_app, post, settings):
    app, client = staff_app(make_app, TUESDAY_OPEN)
    add_notice(client, "30.11.2026", "2.12.2026", text_uk=UKRAINIAN_TEXT)
    assert [n["text"] for n in notices_of(settings, "uk.toml")] == [UKRAINIAN_TEXT]
    assert [str(n["from"]) for n in notices_of(settings, "uk.toml")] == ["2026-11-30"]
    line = app.extensions["ivr"].lines["uk"]
    notice = line.catalogue.notice(line.content.notices[0])
    first = body(post, app, "/voice", UKRAINIAN)
    inner = (say_uk(app, "greeting") + say_uk(app, "status_open", godzina="15:00") + say_uk(app, "person_hint_open")
             + say_uk(app, "notice_lead") + say_spoken(notice.spoken, "uk")
             + say_uk(app, "menu_main_no_sms") + say_pl(app, "language_offer"))
    assert first == gather(app, "uk", "main", inner)
    assert "польською мовою" not in first
    # Both files were saved by anna, each kept in its history.
    assert ContentStore(settings.content_dir).history()[0].login == "anna"
    assert ContentStore(settings.content_dir, lang="uk").history()[0].login == "anna"


def test_editing_moves_the_ukrainian_text_with_its_days_clearing_removes_it_deleting_takes_both(make_app, settings):
    app, client = staff_app(make_app, TUESDAY_OPEN)
    add_notice(client, "30.11.2026", "2.12.2026", text_uk=UKRAINIAN_TEXT)
    form = notice_form(client, "/staff/notices/1")
    assert form["text_uk"] == UKRAINIAN_TEXT  # shown in the Polish notice's form
    client.post("/staff/notices/1", data=form | {"to": "4.12.2026", "action": "save"})
    assert [(str(n["from"]), str(n["to"]), n["text"]) for n in notices_of(settings, "uk.toml")] == [
        ("2026-11-30", "2026-12-04", UKRAINIAN_TEXT)]
    listed = client.get("/staff/notices").get_data(as_text=True)
    assert UKRAINIAN_TEXT in listed and "Brak tekstu po ukraińsku" not in listed
    # Cleared: gone from uk.toml, and the list says what Ukrainian callers hear instead, in Polish.
    client.post("/staff/notices/1", data=notice_form(client, "/staff/notices/1") | {"text_uk": "", "action": "save"})
    assert notices_of(settings, "uk.toml") == []
    listed = client.get("/staff/notices").get_data(as_text=True)
    assert "Brak tekstu po ukraińsku. Dzwoniący po ukraińsku usłyszą tylko" in listed
    assert OPEN_SENTENCE.replace("'", "&#39;") in listed and "Jest ważne ogłoszenie po polsku." in listed
    # Given again, then the Polish notice deleted: its Ukrainian text goes with it.
    client.post("/staff/notices/1", data=notice_form(client, "/staff/notices/1") | {"text_uk": UKRAINIAN_TEXT, "action": "save"})
    assert len(notices_of(settings, "uk.toml")) == 1
    html = client.get("/staff/notices").get_data(as_text=True)
    bases = dict(re.findall(r'<input type="hidden" name="(base(?:_uk)?)" value="([^"]*)"', html))
    response = client.post("/staff/notices/1/delete", data={"csrf_token": token(html), **bases, "confirmed": "1"})
    assert response.status_code == 303
    assert notices_of(settings, "pl.toml") == [] and notices_of(settings, "uk.toml") == []
    # Nothing lost: the Ukrainian text is in uk.toml's history.
    store = ContentStore(settings.content_dir, lang="uk")
    assert any(UKRAINIAN_TEXT in store.read_version(e.name) for e in store.history())


def test_a_conflict_in_uk_toml_writes_neither_file(make_app, settings):
    app, client = staff_app(make_app, TUESDAY_OPEN)
    form = notice_form(client) | {"text": POLISH, "from": "30.11.2026", "to": "2.12.2026", "text_uk": UKRAINIAN_TEXT,
                                  "action": "save"}
    path = settings.content_dir / "uk.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Добрий день.", "Вітаємо.", 1), encoding="utf-8")
    polish = (settings.content_dir / "pl.toml").read_bytes()
    uk = path.read_bytes()
    response = client.post("/staff/notices/new", data=form)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "Nie zapisano: w tym czasie ktoś inny zapisał nowszą wersję treści." in html
    assert UKRAINIAN_TEXT in html and POLISH in html  # the clerk's texts stay in the form
    assert (settings.content_dir / "pl.toml").read_bytes() == polish and path.read_bytes() == uk


def test_a_ukrainian_text_too_long_is_refused_at_its_field(make_app, settings):
    app, client = staff_app(make_app, TUESDAY_OPEN)
    before = (settings.content_dir / "pl.toml").read_bytes()
    form = notice_form(client) | {"text": POLISH, "from": "30.11.2026", "to": "2.12.2026",
                                  "text_uk": "Дуже довге оголошення. " * 40, "action": "save"}
    response = client.post("/staff/notices/new", data=form)
    assert response.status_code == 422
    assert 'id="pole-text-uk-blad"' in response.get_data(as_text=True)
    assert (settings.content_dir / "pl.toml").read_bytes() == before and notices_of(settings, "uk.toml") == []


def test_a_notice_written_in_uk_toml_by_hand_is_shown_as_the_translation(make_app, settings):
    app, client = staff_app(make_app, TUESDAY_OPEN)
    add_notice(client, "30.11.2026", "2.12.2026")
    path = settings.content_dir / "uk.toml"
    path.write_text(path.read_text(encoding="utf-8")
                    + f'\n[[notices]]\ntext = "{UKRAINIAN_TEXT}"\nfrom = 2026-11-30\nto = 2026-12-02\n', encoding="utf-8")
    assert notice_form(client, "/staff/notices/1")["text_uk"] == UKRAINIAN_TEXT


@pytest.mark.parametrize("ukrainian,gaps", [
    ([], ["notices.1", "notices.2"]),
    ([("2026-11-30", "2026-12-02")], ["notices.2"]),  # two Polish notices of the same days need two
    ([("2026-11-30", "2026-12-02")] * 2, []),
])
def test_each_polish_notice_needs_its_own_translation(ukrainian, gaps):
    polish = {"notices": [{"text": "a", "from": "2026-11-30", "to": "2026-12-02"}] * 2}
    other = {"notices": [{"text": "б", "from": first, "to": last} for first, last in ukrainian]}
    assert [g.key for g in compare(polish, other) if g.kind == NOTICE] == gaps
