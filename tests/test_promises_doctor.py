"""Issue 35: promises of `ivr doctor` that its mutation run found unheld, each tried with the
input that would break it: the exact words of a content file that does not load (and what the
line answers with meanwhile), the example domains at their edges, and the database's secrets
taken out of a driver's message whatever their order."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from conftest import edit_content
from test_doctor import good, built_audio, plenty  # noqa: F401 - fixtures
from ivr.operations.doctor import Doctor, failed, is_example_domain, passed, _without_secrets


def _content_check(settings):
    return next(Doctor(settings, disk_usage=plenty).content_and_audio())


def test_a_failed_check_is_false_and_a_passed_one_true_each_with_its_line():
    bad, fine = failed("Baza danych", "nie odpowiada", "sudo systemctl start postgresql"), passed("Treści", "poprawne")
    assert bad.ok is False and fine.ok is True
    assert bad.line() == "✗ Baza danych: nie odpowiada — Naprawa: sudo systemctl start postgresql"
    assert fine.line() == "✓ Treści: poprawne"


def _broken(settings):
    edit_content(settings.content_dir, '"8:00-16:00"', '"25:00-16:00"')


def test_broken_content_names_its_error_and_the_shipped_text_the_line_answers_with(good, tmp_path):
    from ivr.call.content import ContentError, load_content
    from ivr.call.content_errors import describe
    from ivr.config import ROOT

    _broken(good)
    with pytest.raises(ContentError) as error:
        load_content(good.content_dir)
    check = _content_check(replace(good, shipped_content_dir=ROOT / "prompts"))
    assert (check.name, check.ok) == ("Treści", False)
    assert check.detail == (f"{describe(error.value)} Linia odpowiada treścią dostarczoną z programem "
                            f"({ROOT / 'prompts' / 'pl.toml'}).")


def test_broken_content_with_a_kept_good_version_names_that_version(good):
    from ivr.call.content import CONTENT_FILE
    from ivr.staff.content_store import ContentStore, version_of

    store = ContentStore(good.content_dir)
    text = (Path(good.content_dir) / CONTENT_FILE).read_text(encoding="utf-8")
    store.save(text.replace("Dzień dobry, tu Ośrodek", "Dzień dobry, mówi Ośrodek"), version_of(text), "anna")
    names = [p.name for p in (Path(good.content_dir) / "history").glob("pl.*.toml")]  # the one before, the saved one
    kept = max(names, key=lambda name: name.split(".")[1])  # pl.<UTC time>.<login>.toml: the newest loads
    _broken(good)
    assert _content_check(good).detail.endswith(f" Linia odpowiada ostatnią dobrą wersją z historii zmian ({kept}).")


def test_broken_content_without_any_good_version_says_the_line_will_not_start(good, tmp_path, monkeypatch):
    from ivr.staff.content_store import ContentStore

    _broken(good)
    nothing = " Linia odpowiada — nie ma żadnej dobrej wersji: linia nie wystartuje."
    # the shipped text is the same folder (a developer's checkout)
    assert _content_check(replace(good, shipped_content_dir=good.content_dir)).detail.endswith(nothing)
    # the shipped text is broken too
    shipped = tmp_path / "shipped"
    shutil.copytree(good.content_dir, shipped)
    assert _content_check(replace(good, shipped_content_dir=shipped)).detail.endswith(nothing)
    # the history folder cannot be read: no kept version, the same words
    def unreadable(self):
        raise PermissionError("history")
    monkeypatch.setattr(ContentStore, "last_good", unreadable)
    assert _content_check(replace(good, shipped_content_dir=good.content_dir)).detail.endswith(nothing)


def test_content_that_loads_but_cannot_be_put_together_is_named_with_its_file_and_error(good, monkeypatch):
    from ivr.call import catalogue
    from ivr.call.content import CONTENT_FILE

    class Refusing:
        def __init__(self, *args):
            raise RuntimeError("brak komunikatu")

    monkeypatch.setattr(catalogue, "Catalogue", Refusing)
    detail = _content_check(replace(good, shipped_content_dir=good.content_dir)).detail
    assert detail == (f"{Path(good.content_dir) / CONTENT_FILE}: nie da się złożyć komunikatów "
                      "(RuntimeError: brak komunikatu) Linia odpowiada — nie ma żadnej dobrej wersji: linia nie wystartuje.")


@pytest.mark.parametrize("url, example", [
    ("https://infolinia.example.pl", True), ("https://example.com", True), ("https://ivr.example.org/", True),
    ("https://ivr.test", True), ("https://IVR.TEST.", True),  # the reserved TLDs, any case, a root dot
    ("https://ivr.invalid", True), ("https://ivr.localhost", True), ("http://localhost:8000", True),
    ("http://localhost.", True),
    ("https://example.ops.kleszczewo.pl", False),  # "example" only counts among the last three labels
    ("https://ops.kleszczewo.pl", False), ("https://testy.pl", False), ("https://mylocalhost.pl", False),
    ("https://invalid.pl", False), ("", False), (None, False),
])
def test_the_example_domains_at_their_edges(url, example):
    assert is_example_domain(url) is example


def test_a_drivers_message_loses_the_password_and_every_secret_parameter():
    url = make_url("postgresql+psycopg://ivr:Haslo-9@db/ivr?sslpassword=Klucz-7&token=T1&token=T2&host=/run/pg")
    text = "auth failed for Haslo-9 with Klucz-7, T1 or T2 at /run/pg"
    assert _without_secrets(text, url) == "auth failed for *** with ***, *** or *** at /run/pg"


def test_a_secret_inside_a_longer_one_does_not_leave_the_longer_ones_ends():
    # "s3cr" sorts after "As3cr9" and is shorter: only the longest first hides the whole longer one
    url = make_url("postgresql+psycopg://ivr:s3cr@db/ivr?api_key=As3cr9")
    assert _without_secrets("bad As3cr9 and s3cr", url) == "bad *** and ***"
    assert _without_secrets("nothing secret", make_url("postgresql+psycopg://ivr@db/ivr")) == "nothing secret"
