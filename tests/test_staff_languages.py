"""Issue 33, staff pages in two languages, through the real staff pages (a signed-in clerk):
the prompt editor shows Polish and Ukrainian side by side, a missing Ukrainian text is flagged in
plain Polish, saving one language leaves the other file byte for byte, and uk.toml has the same
guarantees as pl.toml (validation, placeholders kept, conflict, history)."""
from __future__ import annotations

import re
from html import unescape

import pytest

from conftest import MONDAY_OPEN
from ivr.staff.content_store import ContentStore
from test_staff_pages import PASSWORD, sign_in, token

UK_TEXT_KEY = "uk.prompts.greeting.text"
NEW_UK = "Добрий день. Ви зателефонували до Центру соціальної допомоги (Ośrodek Pomocy Społecznej) у Kleszczewo."


@pytest.fixture
def app(make_app, monkeypatch):
    monkeypatch.setattr("ivr.call.catalogue.number_groups", lambda: [])
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return sign_in(app)


def forms(html: str) -> dict[str, dict]:
    """Each language's form on the prompt page: jezyk -> its fields (hidden and textareas)."""
    found = {}
    for form in re.findall(r"<form method=\"post\".*?</form>", html, re.DOTALL):
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
        fields |= {k: unescape(v) for k, v in re.findall(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.DOTALL)}
        if "jezyk" in fields:
            found[fields["jezyk"]] = fields
    return found


def read(settings, name: str) -> bytes:
    return (settings.content_dir / name).read_bytes()


def test_the_editor_shows_both_languages_side_by_side(client):
    html = client.get("/staff/prompts/greeting").get_data(as_text=True)
    both = forms(html)
    assert set(both) == {"pl", "uk"}
    assert both["pl"]["prompts.greeting.text"].startswith("Dzień dobry")
    assert both["uk"][UK_TEXT_KEY].startswith("Добрий день. Це Центр соціальної допомоги")
    assert html.index("Po polsku") < html.index("Po ukraińsku")  # Polish | Ukrainian
    assert 'class="languages"' in html and "Brak tekstu po ukraińsku" not in html
    assert "Nie trzeba go rozumieć, aby go zapisać" in html  # said kindly to a clerk who does not read Ukrainian
    # Each column its own spoken form, in its own language.
    assert "Tak to powie głos po ukraińsku" in html and 'id="wymowa-uk"' in html and 'id="wymowa"' in html


def test_saving_ukrainian_keeps_polish_byte_for_byte_and_the_line_uses_it(app, client, settings, post):
    polish = read(settings, "pl.toml")
    uk = forms(client.get("/staff/prompts/greeting").get_data(as_text=True))["uk"]
    response = client.post("/staff/prompts/greeting", data={**uk, UK_TEXT_KEY: NEW_UK, "action": "save"})
    assert response.status_code == 302, response.get_data(as_text=True)
    assert read(settings, "pl.toml") == polish
    text = read(settings, "uk.toml").decode()
    assert f'text = "{NEW_UK}"' in text and "# The same keys as pl.toml" in text  # comments stay
    # Kept in the history as uk.<time>.anna.toml (the version before it as _plik).
    history = ContentStore(settings.content_dir, lang="uk").history()
    assert history[0].login == "anna" and history[0].name.startswith("uk.") and history[1].by_hand
    assert ContentStore(settings.content_dir).history() == []  # pl.toml's history untouched
    # The running Ukrainian line says it now: a +380 caller hears the new greeting.
    twiml = post(app, "/voice", {"From": "+380501234567"}).get_data(as_text=True)
    assert "Ви зателефонували до Центру" in twiml
    listed = client.get("/staff/prompts").get_data(as_text=True)
    assert NEW_UK.split(" (")[0] in listed


def test_saving_polish_keeps_ukrainian_byte_for_byte(client, settings):
    uk_before = read(settings, "uk.toml")
    pl = forms(client.get("/staff/prompts/greeting").get_data(as_text=True))["pl"]
    response = client.post("/staff/prompts/greeting", data={**pl, "prompts.greeting.text": "Dzień dobry. Tu OPS.", "action": "save"})
    assert response.status_code == 302
    assert read(settings, "uk.toml") == uk_before
    assert 'text = "Dzień dobry. Tu OPS."' in read(settings, "pl.toml").decode()
    assert ContentStore(settings.content_dir, lang="uk").history() == []


def test_a_ukrainian_text_without_the_polish_placeholder_is_refused(client, settings):
    before = read(settings, "uk.toml")
    uk = forms(client.get("/staff/prompts/status_open").get_data(as_text=True))["uk"]
    response = client.post("/staff/prompts/status_open",
                           data={**uk, "uk.prompts.status_open.text": "Центр зараз відчинений.", "action": "save"})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Tekst musi zawierać znacznik {godzina}." in html  # the loader's own rule, as for Polish
    assert 'id="pole-uk-prompts-status-open-text-blad"' in html  # next to the Ukrainian field
    assert read(settings, "uk.toml") == before
    # A placeholder the loader allows but the Polish text does not have: the caller would hear
    # something the Polish caller does not. Refused by the comparison with pl.toml.
    uk = forms(client.get("/staff/prompts/greeting").get_data(as_text=True))["uk"]
    response = client.post("/staff/prompts/greeting",
                           data={**uk, UK_TEXT_KEY: NEW_UK + " Тел. {telefon}.", "action": "save"})
    assert response.status_code == 422
    assert "Inne znaczniki niż po polsku: po polsku brak, po ukraińsku {telefon}." in response.get_data(as_text=True)
    assert read(settings, "uk.toml") == before
    # A number changed is refused the same way (112 is 112 in every language).
    uk = forms(client.get("/staff/prompts/danger").get_data(as_text=True))["uk"]
    changed = uk["uk.prompts.danger.text"].replace("112", "113")
    response = client.post("/staff/prompts/danger", data={**uk, "uk.prompts.danger.text": changed, "action": "save"})
    assert response.status_code == 422 and "Inne liczby niż po polsku: po polsku 112, po ukraińsku 113." in response.get_data(as_text=True)
    assert read(settings, "uk.toml") == before


def test_an_empty_ukrainian_text_is_refused_not_saved(client, settings):
    before = read(settings, "uk.toml")
    uk = forms(client.get("/staff/prompts/greeting").get_data(as_text=True))["uk"]
    response = client.post("/staff/prompts/greeting", data={**uk, UK_TEXT_KEY: "  ", "action": "save"})
    assert response.status_code == 422
    assert read(settings, "uk.toml") == before


def test_a_ukrainian_conflict_keeps_both_texts(client, settings):
    uk = forms(client.get("/staff/prompts/greeting").get_data(as_text=True))["uk"]
    path = settings.content_dir / "uk.toml"
    by_hand = path.read_text(encoding="utf-8").replace("Добрий день.", "Вітаємо.", 1)
    path.write_text(by_hand, encoding="utf-8")  # someone else, meanwhile
    response = client.post("/staff/prompts/greeting", data={**uk, UK_TEXT_KEY: NEW_UK, "action": "save"})
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "Ktoś zapisał zmiany przed Państwem" in html and NEW_UK in html  # the clerk's text, to copy
    assert path.read_text(encoding="utf-8") == by_hand  # nothing overwritten
    assert forms(html)["uk"][UK_TEXT_KEY].startswith("Вітаємо.")  # the form now shows the newer version


def test_check_shows_the_ukrainian_spoken_form_and_saves_nothing(client, settings):
    before = read(settings, "uk.toml")
    uk = forms(client.get("/staff/prompts/danger").get_data(as_text=True))["uk"]
    response = client.post("/staff/prompts/danger", data={**uk, "action": "check"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    spoken = html.split('id="wymowa-uk"')[1].split("</section>")[0]
    assert "сто дванадцять" in spoken  # 112 read in Ukrainian, not "sto dwanaście"
    assert read(settings, "uk.toml") == before


def test_a_missing_ukrainian_text_is_flagged_in_plain_polish(make_app, settings):
    path = settings.content_dir / "uk.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '[prompts.language_offer]\ntext = "Українською — натисніть вісім."\n', ""), encoding="utf-8")
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(app)
    listed = client.get("/staff/prompts").get_data(as_text=True)
    assert "Brak tekstu po ukraińsku: 1" in listed
    section = listed.split('id="komunikat-language_offer"')[1].split("</section>")[0]
    assert "Brak tekstu po ukraińsku." in section and "nieobowiązkowy" in section
    html = client.get("/staff/prompts/language_offer").get_data(as_text=True)
    assert "Brak tekstu po ukraińsku." in html and 'class="missing-translation"' in html
    # Filling it in saves it into uk.toml (the optional prompt is added to the file).
    uk = forms(html)["uk"]
    response = client.post("/staff/prompts/language_offer",
                           data={**uk, "uk.prompts.language_offer.text": "Українською — натисніть вісім.", "action": "save"})
    assert response.status_code == 302
    assert "Brak tekstu po ukraińsku" not in client.get("/staff/prompts").get_data(as_text=True)


def test_a_required_missing_text_says_the_line_is_polish_only(make_app, settings):
    path = settings.content_dir / "uk.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[prompts.goodbye]")
    end = text.index("\n[", start + 1)
    path.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    app = make_app(MONDAY_OPEN)
    assert "uk" not in app.extensions["ivr"].lines  # the loader refuses an incomplete translation
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(app)
    section = client.get("/staff/prompts").get_data(as_text=True).split('id="komunikat-goodbye"')[1].split("</section>")[0]
    assert "Brak tekstu po ukraińsku." in section and "słyszą ją po polsku" in section
    html = client.get("/staff/prompts/goodbye").get_data(as_text=True)
    assert "Infolinia nie mówi teraz po ukraińsku" in html


def test_the_ukrainian_history_lists_and_restores_a_version(client, settings):
    original = read(settings, "uk.toml")
    polish = read(settings, "pl.toml")
    uk = forms(client.get("/staff/prompts/greeting").get_data(as_text=True))["uk"]
    assert client.post("/staff/prompts/greeting", data={**uk, UK_TEXT_KEY: NEW_UK, "action": "save"}).status_code == 302
    page = client.get("/staff/history?jezyk=uk").get_data(as_text=True)
    assert "Historia zmian tekstów po ukraińsku" in page
    older = ContentStore(settings.content_dir, lang="uk").history()[1]
    assert f"/staff/history/{older.name}" in page
    assert older.name not in client.get("/staff/history").get_data(as_text=True)  # the Polish history is its own
    version = client.get(f"/staff/history/{older.name}").get_data(as_text=True)
    assert 'href="/staff/history?jezyk=uk">Wróć do historii zmian tekstów po ukraińsku</a>' in version
    response = client.post(f"/staff/history/{older.name}/restore",
                           data={"csrf_token": token(version), "base": re.search(r'name="base" value="([^"]+)"', version)[1]})
    assert response.status_code == 303 and "jezyk=uk" in response.headers["Location"]
    assert read(settings, "uk.toml") == original and read(settings, "pl.toml") == polish
    assert len(ContentStore(settings.content_dir, lang="uk").history()) == 3  # the restore is a version too


# ---------------------------------------------------------------- the simulator


def test_the_simulator_plays_a_call_in_ukrainian(app, client):
    uk = app.extensions["ivr"].lines["uk"]
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00").get_data(as_text=True)
    assert '<label for="sim-jezyk">Połączenie po ukraińsku</label>' in html
    assert 'name="jezyk" value="uk" ' in html and "checked" not in html.split('id="sim-jezyk"')[1].split(">")[0]
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00&jezyk=uk").get_data(as_text=True)
    assert 'id="sim-jezyk" name="jezyk" value="uk" checked' in html  # kept for the next press
    assert uk.catalogue.entry("greeting").spoken in html
    assert "Центр зараз відчинений, до шістнадцятої." in html  # Monday 30 November, open 8-16
    assert "Ośrodek jest teraz otwarty" not in html
    offer = app.extensions["ivr"].catalogue.entry("language_offer")
    assert offer.text == "Po polsku – proszę nacisnąć osiem." and offer.spoken in html  # as the real call's first turn
    # A key pressed: the call goes on in Ukrainian (the address in Ukrainian under key 2).
    html = client.get("/staff/simulator?date=2026-11-30&time=10:00&jezyk=uk&keys=&key=2").get_data(as_text=True)
    assert "Naciśnięto klawisz 2" in html and 'name="keys" value="2"' in html
    assert uk.catalogue.entry("info_contact").spoken.split("\n")[0] in html


def test_a_webhook_url_naming_ukrainian_starts_there_and_an_unknown_one_is_polish(make_app, post):
    from test_ukrainian_calls import MOBILE, body, gather, say_pl, say_uk

    app = make_app(MONDAY_OPEN)
    first = body(post, app, "/voice?lang=uk", MOBILE)
    inner = (say_uk(app, "greeting") + say_uk(app, "status_open", godzina="16:00") + say_uk(app, "person_hint_open")
             + say_uk(app, "menu_main") + say_pl(app, "language_offer"))
    assert first == gather(app, "uk", "main", inner)
    assert body(post, app, "/voice?lang=xx", MOBILE) == body(post, app, "/voice", MOBILE)
    assert 'language="pl-PL"' in body(post, app, "/voice?lang=xx", MOBILE)


def test_the_sentences_only_ukrainian_has_are_edited_in_one_column(client, settings):
    listed = client.get("/staff/prompts").get_data(as_text=True)
    section = listed.split('id="komunikat-notice_in_polish"')[1].split("</section>")[0]
    assert "Tego tekstu nie ma po polsku" in section and "польською мовою" in section
    html = client.get("/staff/prompts/notice_in_polish").get_data(as_text=True)
    assert set(forms(html)) == {"uk"} and "Po polsku" not in html
    polish = read(settings, "pl.toml")
    uk = forms(html)["uk"]
    # A digit in it is fine: there is no Polish text to compare it with.
    new = "Є важливе оголошення польською мовою. Щоб поговорити з працівником, натисніть 0."
    response = client.post("/staff/prompts/notice_in_polish",
                           data={**uk, "uk.prompts.notice_in_polish.text": new, "action": "save"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)
    assert f'text = "{new}"' in read(settings, "uk.toml").decode() and read(settings, "pl.toml") == polish
    # Polish has no such prompt: a form posted for it is refused, nothing written.
    response = client.post("/staff/prompts/notice_in_polish",
                           data={**uk, "jezyk": "pl", "prompts.notice_in_polish.text": "x", "action": "save"})
    assert response.status_code == 400 and read(settings, "pl.toml") == polish
