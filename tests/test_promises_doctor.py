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
from test_doctor import Usage, good, built_audio, plenty  # noqa: F401 - fixtures
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


# -- the whole report in the administrator's words ------------------------------------------------

GIB = 1024 ** 3


def _newest_migration() -> str:
    from ivr.config import ROOT

    return max(p.name[:4] for p in (ROOT / "ivr" / "database" / "migrations" / "versions").glob("[0-9]*.py"))


def test_a_good_set_up_is_reported_check_by_check_in_these_words(good):
    from fake_twilio import ACCOUNT_SID
    from test_doctor import LINE, MOBILE, PUBLIC, SECRET64, entries_of

    asked = []

    def disk(path):
        asked.append(path)
        return Usage(100 * GIB, 0, int(3.5 * GIB))

    n = len(entries_of(good.content_dir))
    assert n % 10 >= 5 or n % 100 in (12, 13, 14)  # "komunikatów" below holds for this count
    settings = ("IVR_WORKERS, IVR_THREADS, IVR_CALLBACK_PER_HOUR, IVR_TRUSTED_PROXIES, IVR_BIND, IVR_STATS, "
                "IVR_KEEP_MISSES, IVR_CALLBACK_INTERNATIONAL, IVR_DEV_UNSIGNED, IVR_ACCESS_LOG, IVR_LOG_FORMAT")
    assert [c.line() for c in Doctor(good, disk_usage=disk, environ={}).checks()] == [
        f"✓ Treści: {good.content_dir / 'pl.toml'} jest poprawny, {n} komunikatów",
        f"✓ Nagrania komunikatów: wszystkie {n} aktualne",
        "✓ Głos zapasowy (espeak): żaden komunikat nie jest nagrany głosem zapasowym",
        f"✓ Baza danych: {good.database_url} odpowiada",
        f"✓ Wersja bazy danych: najnowsza ({_newest_migration()})",
        "✓ Konta pracowników: 1 konto",
        "✓ Zadania (ivr worker): Zadania w kolejce: 0; nieudane: 0",
        f"✓ Folder nagrań wiadomości: {good.recordings_dir} pozwala na zapis",
        f"✓ Folder nagrań komunikatów: {good.audio_dir} pozwala na zapis",
        f"✓ Folder treści: {good.content_dir} pozwala na zapis",
        f"✓ Wolne miejsce na dysku: 3.5 GB wolne na {good.recordings_dir}",
        f"✓ Ustawienia liczbowe i wyboru: poprawne ({settings})",
        "✓ TWILIO_AUTH_TOKEN: ustawiony",
        f"✓ TWILIO_ACCOUNT_SID: {ACCOUNT_SID}",
        f"✓ IVR_PUBLIC_URL: {PUBLIC}",
        f"✓ IVR_SECRET_KEY: ustawiony ({len(SECRET64)} znaki)",
        "✓ Klucz nagrań (IVR_RECORDINGS_KEY): nie jest ustawiony: klucz jest wyprowadzony z IVR_SECRET_KEY "
        "(tę wartość trzeba przechowywać także poza serwerem)",
        "✓ Nagrania zaszyfrowane: wszystkie",
        f"✓ IVR_LINE_NUMBER: {LINE}",
        f"✓ IVR_STAFF_MOBILE: {MOBILE}",
        "✓ Tryb deweloperski (IVR_DEV_UNSIGNED): wyłączony",
    ]
    assert [str(p) for p in asked] == [str(good.recordings_dir)]


def test_free_space_is_measured_on_the_nearest_folder_that_exists(good, tmp_path):
    from ivr.operations.doctor import Doctor

    asked = []

    def disk(path):
        asked.append(str(path))
        return Usage(100 * GIB, 0, 400 * 1024 ** 2)  # 400 MiB: under the documented 500 MiB

    missing = tmp_path / "not" / "yet"
    check = next(c for c in Doctor(replace(good, recordings_dir=missing), disk_usage=disk).checks()
                 if c.name == "Wolne miejsce na dysku")
    assert asked == [str(tmp_path)]
    assert check.ok is False
    assert check.detail == f"tylko 0.4 GB wolne na {tmp_path} (potrzeba co najmniej 500 MB)"
    assert check.fix == "zwolnić miejsce (stare kopie zapasowe, journalctl --vacuum-size=200M) albo powiększyć dysk"


FOLDER_FIX = ("sudo install -d -o ivr -g ivr {path} (albo poprawić {variable}); ten folder musi też być w "
              "ReadWritePaths usługi ivr.service")


@pytest.mark.parametrize("field, name, variable", [
    ("recordings_dir", "Folder nagrań wiadomości", "IVR_RECORDINGS_DIR"),
    ("audio_dir", "Folder nagrań komunikatów", "IVR_AUDIO_DIR"),
    ("content_dir", "Folder treści", "IVR_CONTENT_DIR"),
])
def test_a_missing_folder_is_named_with_its_setting_and_the_command_that_makes_it(good, tmp_path, field, name, variable):
    missing = tmp_path / "no-such-folder"
    checks = Doctor(replace(good, **{field: missing}), disk_usage=plenty).checks()
    [check] = [c for c in checks if c.name == name]
    assert (check.ok, check.detail) == (False, f"{missing} nie istnieje")
    assert check.fix == FOLDER_FIX.format(path=missing, variable=variable)


@pytest.mark.parametrize("count, words", [
    (1, "1 plik WAV nie jest zaszyfrowany"), (3, "3 pliki WAV nie są zaszyfrowane"),
    (5, "5 plików WAV nie jest zaszyfrowanych"), (12, "12 plików WAV nie jest zaszyfrowanych"),
])
def test_plain_recordings_are_counted_in_correct_polish(good, count, words):
    from fake_twilio import make_wav

    for i in range(count):
        (good.recordings_dir / f"RE{i:032d}.wav").write_bytes(make_wav(1))
    [check] = [c for c in Doctor(good, disk_usage=plenty).checks() if c.name == "Nagrania zaszyfrowane"]
    assert (check.ok, check.detail, check.fix) == (False, words, "uruchomić ivr recordings encrypt")


@pytest.mark.parametrize("key, words", [
    ("k" * 31 + "Q", None), ("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7", "ustawiony (34 znaki)"),
    ("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a", "ustawiony (37 znaków)"),
])
def test_the_secret_keys_length_is_said_in_correct_polish(good, key, words):
    [check] = [c for c in Doctor(replace(good, secret_key=key), disk_usage=plenty).checks() if c.name == "IVR_SECRET_KEY"]
    if words:
        assert (check.ok, check.detail) == (True, words)
    for short, said in (("a1b", "3 znaki"), ("a1b2c", "5 znaków")):
        [check] = [c for c in Doctor(replace(good, secret_key=short), disk_usage=plenty).checks() if c.name == "IVR_SECRET_KEY"]
        assert check.detail == f"za krótki ({said}, potrzeba co najmniej 32)"


TWILIO_FIX = "wpisać wartość z konsoli Twilio (Account Info na stronie głównej konsoli) w pliku /etc/ivr/ivr.env, potem: sudo systemctl restart ivr"


def test_mistyped_twilio_credentials_say_what_they_should_look_like(good):
    from test_doctor import TOKEN32

    checks = {c.name: c for c in Doctor(replace(good, auth_token=TOKEN32[:-1] + "X", account_sid="SK" + TOKEN32),
                                        disk_usage=plenty).checks()}
    assert checks["TWILIO_AUTH_TOKEN"].line() == (
        f"✗ TWILIO_AUTH_TOKEN: ma zły format (oczekiwano: 32 znaki 0-9 a-f) — Naprawa: {TWILIO_FIX}")
    assert checks["TWILIO_ACCOUNT_SID"].line() == (
        f"✗ TWILIO_ACCOUNT_SID: ma zły format (oczekiwano: AC i 32 znaki 0-9 a-f) — Naprawa: {TWILIO_FIX}")


URL_FIX = ("ustawić adres https, pod którym Caddy wystawia linię (domena urzędu), w pliku /etc/ivr/ivr.env, "
           "potem: sudo systemctl restart ivr")
KEY_FIX = ('wpisać wynik python3 -c "import secrets; print(secrets.token_hex(32))" w pliku /etc/ivr/ivr.env, '
           "potem: sudo systemctl restart ivr")


def _check(settings, name):
    [check] = [c for c in Doctor(settings, disk_usage=plenty).checks() if c.name == name]
    return check


def test_the_example_domain_is_refused_in_both_languages_with_its_fix(good):
    assert _check(replace(good, public_url="https://infolinia.example.pl"), "IVR_PUBLIC_URL").line() == (
        "✗ IVR_PUBLIC_URL: https://infolinia.example.pl to adres z przykładu, nie adres tej linii "
        f"(the example's domain, not the line's) — Naprawa: {URL_FIX}")


def test_a_secret_key_of_exactly_32_characters_is_long_enough_and_checked_for_examples(good):
    assert _check(replace(good, secret_key="9e107d9d372bb6826bd81d3542a419d6"), "IVR_SECRET_KEY").line() == (
        "✓ IVR_SECRET_KEY: ustawiony (32 znaki)")
    assert _check(replace(good, secret_key="changeme" * 4), "IVR_SECRET_KEY").line() == (
        "✗ IVR_SECRET_KEY: ustawiony, ale to wartość z przykładu albo łatwa do odgadnięcia "
        f"(an example or guessable value) — Naprawa: {KEY_FIX}")
    assert _check(replace(good, secret_key="9e107d9d372bb6826bd81d3542a419d"), "IVR_SECRET_KEY").line() == (
        f"✗ IVR_SECRET_KEY: za krótki (31 znaków, potrzeba co najmniej 32) — Naprawa: {KEY_FIX}")


def test_an_account_sid_is_judged_on_what_follows_its_ac(good):
    # the placeholder run starts right after "AC": only the part after exactly two letters shows it
    check = _check(replace(good, account_sid="AC0123456789abcdef9e107d9d372bb682"), "TWILIO_ACCOUNT_SID")
    assert check.line() == ("✗ TWILIO_ACCOUNT_SID: ma dobry format, ale to wartość z przykładu "
                            f"(an example value, not the account's) — Naprawa: {TWILIO_FIX}")


NUMBER_FIX = "w postaci międzynarodowej, np. +48618176130, w pliku /etc/ivr/ivr.env, potem: sudo systemctl restart ivr"
LINE_FIX = f"wpisać numer linii kupiony w Twilio {NUMBER_FIX}"
MOBILE_FIX = f"wpisać numer komórki pracownika, który dostaje powiadomienia {NUMBER_FIX}"
RECORDINGS_KEY_FIX = ("wpisać wynik `ivr recordings new-key` jako IVR_RECORDINGS_KEY w pliku /etc/ivr/ivr.env, potem: "
                      "sudo systemctl restart ivr i zachować kopię klucza poza serwerem (bez niego nagrań z kopii "
                      "zapasowej nie da się odtworzyć)")
BUILD = "ivr prompts build"


def _failing_lines(breakage, n, settings):
    """What the administrator reads for each broken set-up of test_doctor.BROKEN, computed here."""
    from sqlalchemy.engine import make_url

    database = make_url(settings.database_url).database
    return {
        "audio of an older text": [f"✗ Nagrania komunikatów: aktualne {n - 1} z {n} (brak: 0, nieaktualne: 1); "
                                   f"pozostałe czyta lektor Twilio — Naprawa: {BUILD}"],
        "no audio at all": [f"✗ Nagrania komunikatów: aktualne 0 z {n} (brak: {n}, nieaktualne: 0); "
                            f"pozostałe czyta lektor Twilio — Naprawa: {BUILD}"],
        "database file missing": [f"✗ Baza danych: plik {database} nie istnieje — Naprawa: ivr db upgrade",
                                  "✗ Zadania (ivr worker): nie sprawdzono: nie ma bazy danych — Naprawa: ivr db upgrade"],
        "database not migrated": [f"✗ Wersja bazy danych: 0001, najnowsza to {_newest_migration()} — Naprawa: ivr db upgrade"],
        "no staff account": ["✗ Konta pracowników: nie ma żadnego konta do stron /staff — Naprawa: ivr staff add LOGIN"],
        "recordings folder is a file": [
            f"✗ Folder nagrań wiadomości: {settings.recordings_dir} nie jest folderem — Naprawa: "
            + FOLDER_FIX.format(path=settings.recordings_dir, variable="IVR_RECORDINGS_DIR")],
        "no auth token": [f"✗ TWILIO_AUTH_TOKEN: nie jest ustawiony — Naprawa: {TWILIO_FIX}"],
        "no public URL": [f"✗ IVR_PUBLIC_URL: nie jest ustawiony — Naprawa: {URL_FIX}"],
        "public URL over http": [f"✗ IVR_PUBLIC_URL: http://infolinia.example.pl nie jest adresem https:// — Naprawa: {URL_FIX}"],
        "no secret key": [f"✗ IVR_SECRET_KEY: nie jest ustawiony — Naprawa: {KEY_FIX}",
                          "✗ Klucz nagrań (IVR_RECORDINGS_KEY): nie jest ustawiony, a nie ma też IVR_SECRET_KEY — "
                          f"Naprawa: {RECORDINGS_KEY_FIX}"],
        "short secret key": [f"✗ IVR_SECRET_KEY: za krótki (8 znaków, potrzeba co najmniej 32) — Naprawa: {KEY_FIX}"],
        "line number with spaces": [f"✗ IVR_LINE_NUMBER: +48 61 800 00 00 nie jest numerem w postaci +48… bez spacji "
                                    f"— Naprawa: {LINE_FIX}"],
        "no line number": [f"✗ IVR_LINE_NUMBER: nie jest ustawiony — Naprawa: {LINE_FIX}"],
        "staff mobile in national form": [f"✗ IVR_STAFF_MOBILE: 600100200 nie jest numerem w postaci +48… bez spacji "
                                          f"— Naprawa: {MOBILE_FIX}"],
        "staff mobile is the line": [f"✗ IVR_STAFF_MOBILE: to numer samej linii: powiadomienia nie dotrą do nikogo "
                                     f"— Naprawa: {MOBILE_FIX}"],
        "recordings key is the example": ["✗ Klucz nagrań (IVR_RECORDINGS_KEY): to klucz z przykładu: każdy, kto zna "
                                          f"przykład, odczyta nagrania — Naprawa: {RECORDINGS_KEY_FIX}"],
        "recordings key malformed": ["✗ Klucz nagrań (IVR_RECORDINGS_KEY): ma zły format (IVR_RECORDINGS_KEY must be "
                                     f"64 hex digits or the base64 of 32 bytes) — Naprawa: {RECORDINGS_KEY_FIX}"],
        "a plain recording left": ["✗ Nagrania zaszyfrowane: 1 plik WAV nie jest zaszyfrowany — Naprawa: uruchomić "
                                   "ivr recordings encrypt"],
        "development switch on": ["✗ Tryb deweloperski (IVR_DEV_UNSIGNED): włączony: linia przyjmuje niepodpisane "
                                  "żądania od każdego — Naprawa: usunąć IVR_DEV_UNSIGNED albo wpisać "
                                  "IVR_DEV_UNSIGNED=0 w pliku /etc/ivr/ivr.env, potem: sudo systemctl restart ivr"],
    }.get(breakage)


@pytest.mark.parametrize("breakage", [
    "audio of an older text", "no audio at all", "database file missing", "database not migrated", "no staff account",
    "recordings folder is a file", "no auth token", "no public URL", "public URL over http", "no secret key",
    "short secret key", "line number with spaces", "no line number", "staff mobile in national form",
    "staff mobile is the line", "recordings key is the example", "recordings key malformed", "a plain recording left",
    "development switch on"])
def test_each_broken_set_up_is_reported_in_exactly_these_words(good, tmp_path, breakage):
    from test_doctor import BROKEN, entries_of

    n = len(entries_of(good.content_dir))
    settings = BROKEN[breakage][0](good, tmp_path)
    got = [c.line() for c in Doctor(settings, disk_usage=plenty).checks() if not c.ok]
    assert got == _failing_lines(breakage, n, settings)


def test_a_set_recordings_key_passes_as_set(good):
    from ivr.common.sealed import new_key

    assert _check(replace(good, recordings_key=new_key()), "Klucz nagrań (IVR_RECORDINGS_KEY)").line() == (
        "✓ Klucz nagrań (IVR_RECORDINGS_KEY): ustawiony")


def test_a_bad_setting_leaves_no_line_saying_the_settings_are_right(good):
    checks = list(Doctor(good, disk_usage=plenty, environ={"IVR_WORKERS": "dwa"}).checks())
    assert "Ustawienia liczbowe i wyboru" not in [c.name for c in checks]
    assert [c.ok for c in checks if c.name == "IVR_WORKERS"] == [False]


def test_a_secret_with_eight_distinct_characters_is_not_taken_for_a_placeholder(good):
    assert _check(replace(good, secret_key="abcdefg1" * 4), "IVR_SECRET_KEY").line() == "✓ IVR_SECRET_KEY: ustawiony (32 znaki)"
    assert _check(replace(good, secret_key="abcdefa1" * 4), "IVR_SECRET_KEY").ok is False  # seven: a placeholder
    assert _check(replace(good, secret_key="a"), "IVR_SECRET_KEY").detail == "za krótki (1 znak, potrzeba co najmniej 32)"


def test_an_empty_database_file_answers_but_is_not_migrated_and_has_no_accounts(good, tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()  # a file of no bytes is an empty SQLite database
    url = f"sqlite:///{empty}"
    lines = [c.line() for c in Doctor(replace(good, database_url=url), disk_usage=plenty).checks()
             if c.name in ("Baza danych", "Wersja bazy danych", "Konta pracowników")]
    assert lines == [f"✓ Baza danych: {url} odpowiada",
                     f"✗ Wersja bazy danych: pusta, najnowsza to {_newest_migration()} — Naprawa: ivr db upgrade",
                     "✗ Konta pracowników: nie ma żadnego konta do stron /staff — Naprawa: ivr staff add LOGIN"]


class _Refusing:
    """An engine whose connection fails with the given error."""

    def __init__(self, error):
        self.error = error

    def connect(self):
        raise self.error

    def dispose(self):
        pass


DB_FIX = ("sprawdzić IVR_DATABASE_URL w pliku /etc/ivr/ivr.env, potem: sudo systemctl restart ivr, "
          "i czy serwer bazy działa")


def test_a_database_that_does_not_answer_is_named_with_the_drivers_first_line_cut_and_without_secrets(good, monkeypatch):
    from sqlalchemy.exc import ArgumentError, OperationalError

    from ivr.database import engine

    url = "postgresql+psycopg://ivr:Tajne-Haslo-7@db.example/ivr"
    shown = "postgresql+psycopg://ivr:***@db.example/ivr"
    first = "password authentication failed for Tajne-Haslo-7 " + "x" * 300
    cases = [
        (OperationalError("SELECT 1", {}, Exception(first + "\nsecond line")),
         first[:200].replace("Tajne-Haslo-7", "***")),  # the driver's own first line, cut, then masked
        (ArgumentError("no such driver"), "no such driver"),  # an error of SQLAlchemy's own, with no driver's
    ]
    for error, reason in cases:
        monkeypatch.setattr(engine, "make_engine", lambda *args, error=error, **kwargs: _Refusing(error))
        check = _check(replace(good, database_url=url), "Baza danych")
        assert check.line() == f"✗ Baza danych: {shown} nie odpowiada ({reason}) — Naprawa: {DB_FIX}"


def test_free_space_is_said_in_gigabytes_of_1024_cubed(good):
    [check] = [c for c in Doctor(good, disk_usage=lambda p: Usage(200 * GIB, 0, 100 * GIB)).checks()
               if c.name == "Wolne miejsce na dysku"]
    assert check.detail == f"100.0 GB wolne na {good.recordings_dir}"


def test_each_folder_is_tried_with_a_hidden_file_of_its_own_and_a_refusal_is_named(good, monkeypatch):
    from ivr.operations import doctor

    tried = []

    class Trying:
        def __init__(self, dir=None, prefix=None, **kwargs):
            tried.append((str(dir), prefix))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(doctor.tempfile, "NamedTemporaryFile", Trying)
    list(Doctor(good, disk_usage=plenty).folders())
    assert tried == [(str(good.recordings_dir), ".ivr-doctor-"), (str(good.audio_dir), ".ivr-doctor-"),
                     (str(good.content_dir), ".ivr-doctor-")]
    for error, said in ((PermissionError(13, "Odmowa dostępu"), "Odmowa dostępu"), (OSError("dysk pełny"), "dysk pełny")):
        def refusing(*args, error=error, **kwargs):
            raise error
        monkeypatch.setattr(doctor.tempfile, "NamedTemporaryFile", refusing)
        [first, *_] = list(Doctor(good, disk_usage=plenty).folders())
        assert (first.ok, first.detail) == (False, f"{good.recordings_dir} nie pozwala na zapis ({said})")


WORKER_FIX = "sprawdzić, czy działa sudo systemctl status ivr-worker, i jego dziennik: journalctl -u ivr-worker"


@pytest.mark.parametrize("counts, spooled, ok", [
    ((1, 0, 15 * 60), 0, True),  # waiting exactly a quarter of an hour: not yet stuck
    ((1, 0, 15 * 60 + 1), 0, False),  # a second more: stuck
    ((0, 0, None), 2, False),  # messages waiting in the spool file for the database
    ((0, 1, None), 0, False),  # a job given up
])
def test_the_worker_check_fails_on_a_stuck_job_a_spooled_message_or_a_failed_job(good, monkeypatch, counts, spooled, ok):
    from datetime import timedelta

    from ivr.jobs import queue, spool
    from ivr.jobs.summary import polish_summary

    pending, failed_jobs, age = counts
    given = queue.Counts(pending, failed_jobs, None if age is None else timedelta(seconds=age))
    monkeypatch.setattr(queue.JobQueue, "counts", lambda self: given)
    monkeypatch.setattr(spool.Spool, "waiting", lambda self: spooled)
    [check] = list(Doctor(good, disk_usage=plenty).jobs())
    assert (check.name, check.ok, check.detail) == ("Zadania (ivr worker)", ok, polish_summary(given, spooled))
    assert check.fix == ("" if ok else WORKER_FIX)


def test_a_database_without_the_jobs_table_is_named_with_its_fix(good, tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    [check] = list(Doctor(replace(good, database_url=f"sqlite:///{empty}"), disk_usage=plenty).jobs())
    assert check.line() == ("✗ Zadania (ivr worker): nie sprawdzono: baza danych nie odpowiada albo nie ma tabeli "
                            "zadań — Naprawa: najpierw naprawić bazę danych (ivr db upgrade)")


def _on_espeak(audio_dir, ids):
    import json

    path = audio_dir / "manifest.json"
    manifest = json.loads(path.read_text())
    for pid in ids:
        manifest["prompts"][pid].update(engine="espeak", fallback=True)
    path.write_text(json.dumps(manifest))


@pytest.mark.parametrize("count", [5, 6])
def test_prompts_on_the_fallback_voice_are_named_five_at_most(good, count):
    from test_doctor import entries_of

    entries = entries_of(good.content_dir)
    ids = [e.id for e in entries][:count]
    _on_espeak(good.audio_dir, ids)
    check = _check(good, "Głos zapasowy (espeak)")
    named = ", ".join(ids[:5]) + (", …" if count > 5 else "")
    assert check.line() == (f"✗ Głos zapasowy (espeak): {count} z {len(entries)} komunikatów nagrano głosem zapasowym "
                            f"({named}) — Naprawa: ivr prompts build, gdy serwer ma dostęp do Google (nocny timer "
                            "ivr-prompts-build robi to sam)")


def test_broken_content_is_reported_with_its_fix_and_the_audio_left_unchecked(good):
    _broken(good)
    lines = [c.line() for c in Doctor(replace(good, shipped_content_dir=good.content_dir), disk_usage=plenty).checks()
             if c.name in ("Treści", "Nagrania komunikatów")]
    assert lines[0].endswith(" — Naprawa: proszę poprawić plik (ivr prompts check pokaże błąd) albo przywrócić dobrą "
                             "wersję na stronie „Historia zmian”")
    assert lines[1:] == ["✗ Nagrania komunikatów: nie sprawdzono, bo treści się nie wczytują — Naprawa: najpierw "
                         "poprawić treści"]


@pytest.mark.parametrize("count, word", [(1, "komunikat"), (3, "komunikaty"), (12, "komunikatów"), (22, "komunikaty")])
def test_the_number_of_prompts_is_said_in_correct_polish(good, monkeypatch, count, word):
    from ivr.call import catalogue
    from test_doctor import entries_of

    some = entries_of(good.content_dir)[:count]
    monkeypatch.setattr(catalogue, "Catalogue", lambda *args: iter(some))
    check = _check(good, "Treści")
    assert check.line() == f"✓ Treści: {good.content_dir / 'pl.toml'} jest poprawny, {count} {word}"


@pytest.mark.parametrize("more, said", [(1, "2 konta"), (4, "5 kont")])
def test_the_number_of_staff_accounts_is_said_in_correct_polish(good, more, said):
    from ivr.staff.accounts import StaffAccounts

    accounts = StaffAccounts(good.database_url)
    for i in range(more):
        accounts.add(f"pracownik{i}", "dobre-haslo-123")
    accounts.store.engine.dispose()
    assert _check(good, "Konta pracowników").line() == f"✓ Konta pracowników: {said}"
