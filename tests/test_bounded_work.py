"""Issue 34, N4: bounded work. A staff form checks its length limit before anything normalizes
the text (400k pasted characters took both workers down), and the normalizer is linear in the
length of its input: the inputs that made a rule rescan the text, or int() choke, are tried here
(the growth itself is shown by `python -m bench.normalize`, not timed in a test)."""
from __future__ import annotations

import random
import re

import pytest

import ivr.spoken.normalize as normalize_module
from conftest import warsaw
from ivr.call.content import MAX_NOTICE_TEXT, MAX_TEXT
from ivr.spoken.normalize import leftover_pieces, normalize
from test_staff_pages import PASSWORD, base_of, errors_of, prompt_form, sign_in, token

PASTED = "Dziś jest 1 grudnia, 24–26.12 nieczynne – – – " * 9000  # about 400k characters


@pytest.fixture
def normalized(monkeypatch) -> list[int]:
    """The length of every text a rule pass is applied to, wherever it is called from."""
    lengths: list[int] = []
    real = normalize_module.apply_rules

    def counting(text, *args, **kwargs):
        lengths.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(normalize_module, "apply_rules", counting)
    return lengths


@pytest.fixture
def client(make_app):
    app = make_app(warsaw(2026, 12, 2, 10, 0))
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return sign_in(app)


def _notice_form(client) -> dict:
    html = client.get("/staff/notices/new").get_data(as_text=True)
    return {"csrf_token": token(html), "base": base_of(html)}


@pytest.mark.parametrize("action", ["save", "check"])
@pytest.mark.parametrize("field", ["text", "spoken"])
def test_a_pasted_400k_notice_is_refused_before_it_is_normalized(client, content_dir, normalized, action, field):
    assert len(PASTED) > 400_000
    fields = {"text": "Zbiórka żywności w sobotę.", "spoken": "", field: PASTED}
    form = {**_notice_form(client), **fields, "from": "8.12", "to": "12.12", "action": action}
    before = (content_dir / "pl.toml").read_bytes()
    normalized.clear()
    response = client.post("/staff/notices/new", data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert max(normalized, default=0) <= MAX_NOTICE_TEXT  # the short text may be reviewed, never the paste
    message = errors_of(html)[f"pole-{field}"]
    assert message.startswith(f"Tekst jest za długi: ma {len(PASTED.strip())} znaków")
    assert "Tekst jest za długi, by sprawdzić wymowę" in html
    assert (content_dir / "pl.toml").read_bytes() == before
    assert PASTED.strip()[:200] in html  # nothing the clerk typed is lost: it is in the field again


@pytest.mark.parametrize("action", ["save", "check"])
@pytest.mark.parametrize("field", ["text", "spoken"])
def test_a_pasted_400k_prompt_is_refused_before_it_is_normalized(client, content_dir, normalized, action, field):
    form = {**prompt_form(client, "goodbye"), f"prompts.goodbye.{field}": PASTED, "action": action}
    before = (content_dir / "pl.toml").read_bytes()
    normalized.clear()
    response = client.post("/staff/prompts/goodbye", data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert max(normalized, default=0) <= MAX_TEXT
    assert "Tekst jest za długi" in errors_of(html)[f"pole-prompts-goodbye-{field}"]
    assert (content_dir / "pl.toml").read_bytes() == before


def test_placeholders_that_fill_a_prompt_past_its_limit_are_not_normalized(client, content_dir, normalized):
    # 1,800 characters as typed, far more once {godziny} holds the week's hours.
    typed = "{godziny} " * 180
    assert len(typed.strip()) <= MAX_TEXT
    form = {**prompt_form(client, "goodbye"), "prompts.goodbye.text": typed, "action": "check"}
    normalized.clear()
    response = client.post("/staff/prompts/goodbye", data=form)
    assert max(normalized, default=0) <= MAX_TEXT
    assert "Tekst jest za długi, by sprawdzić wymowę" in response.get_data(as_text=True)


def test_a_notice_at_its_limit_is_still_reviewed(client, normalized):
    text = ("Zbiórka żywności odbędzie się w sobotę przed szkołą w Kleszczewie " * 10)[:MAX_NOTICE_TEXT]
    form = {**_notice_form(client), "text": text, "spoken": "", "from": "8.12", "to": "12.12", "action": "check"}
    normalized.clear()
    html = client.post("/staff/notices/new", data=form).get_data(as_text=True)
    assert normalized and "za długi" not in html


# ---------------------------------------------------------------- the normalizer on long input


@pytest.mark.parametrize("tail", ["°C", " km", " osoby", " zł", "%", ",5 km", " r.", "", "+"])
def test_thousands_of_digits_are_read_not_a_crash(tail):
    # int() refuses more than 4,300 digits; a pasted run of digits before a unit was a 500.
    spoken = normalize("do " + "9" * 5000 + tail)
    assert not re.search(r"\d", spoken)
    assert spoken.count("dziewięć") >= 5000


def test_a_date_far_into_a_long_text_still_knows_dzis_jest():
    # dates() now looks back a few words for "dziś jest", not to the start of the text.
    text = "Ala ma kota. " * 8000 + "Dziś jest 1 grudnia."
    assert normalize(text).endswith("Dziś jest pierwszy grudnia.")
    assert normalize("Termin: 1 grudnia. " * 3000).count("pierwszego grudnia") == 3000


def test_the_date_lookback_is_bounded(monkeypatch):
    """Each date's look-back for "dziś jest" reads a window, not the text up to the date:
    before, a text of N dates read N²/2 characters in total."""
    windows: list[int] = []
    real = normalize_module._NOMINATIVE_DATE_AFTER

    class Recording:
        def search(self, string, pos=0, endpos=None):
            windows.append((len(string) if endpos is None else endpos) - pos)
            return real.search(string, pos, len(string) if endpos is None else endpos)

    monkeypatch.setattr(normalize_module, "_NOMINATIVE_DATE_AFTER", Recording())
    normalize("Termin 1 grudnia, 12.12 i 24.12.2026 r. " * 2000)
    assert len(windows) >= 6000
    assert max(windows) <= normalize_module._NOMINATIVE_WINDOW


_OLD_SPACED_DASH = re.compile(r"\s+[-–—]++\s+|\s*+[–—]++\s+|\s+[–—]++\s*")


def test_the_dash_rule_says_what_it_said_before_on_dash_and_space_soup():
    """The spaced-dash pattern was rescanned from every dash of a run (quadratic on "––––…");
    the bounded one must replace exactly the same pieces."""
    new = normalize_module._DASHES[1][0]
    rng = random.Random(34)
    for _ in range(3000):
        text = "".join(rng.choice("––—- ab") for _ in range(rng.randrange(1, 25)))
        assert new.sub(", ", text) == _OLD_SPACED_DASH.sub(", ", text), repr(text)
    long_run = "a " + "–" * 100_000 + " b"
    assert new.sub(", ", long_run) == "a, b"


def test_symbols_in_symbol_soup_are_each_reported_once_at_their_first_place():
    # One scan instead of text.index() per distinct symbol (quadratic on 100k of garbage).
    soup = "".join(chr(c) for c in range(0x2190, 0x2300)) * 3
    pieces = leftover_pieces("Ala " + soup)
    symbols = [piece for piece, kind in pieces if kind == "symbol"]
    expected = [ch for ch in dict.fromkeys(soup) if normalize_module.unicodedata.category(ch)
                in normalize_module._SYMBOL_CATEGORIES]
    assert symbols == expected
    assert len(symbols) > 300

