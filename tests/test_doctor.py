"""`ivr doctor`: every broken set-up fails with the check that names it and its fix; a
correct one passes. The online checks run against the fake Twilio REST API and the line's
real /healthz."""
from __future__ import annotations

import os
import re

import json
import shutil
import tempfile
from collections import namedtuple
from dataclasses import replace
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from conftest import edit_content, run_folder
from fake_twilio import ACCOUNT_SID, FakeTwilio
from ivr.operations.doctor import Doctor

MIN_FREE_BYTES = 500 * 1024 ** 2  # the documented threshold (docs/deployment.md, "Deploying the line", step 7), not the code's

TOKEN32 = "7f3a9c1e5b2d8046e1c9a7b35d0f2e84"  # drawn at random: the doctor refuses the docs' examples
SECRET64 = "c4e1a97b02f35d8e6a1b9c0d7e2f4a3b5c6d8e9f0a1b2c3d4e5f60718293a4b5"
PUBLIC = "https://infolinia.kleszczewo.pl"
LINE = "+48618000000"
MOBILE = "+48600100200"
Usage = namedtuple("Usage", "total used free")


def plenty(path):
    return Usage(100 * 1024 ** 3, 0, 50 * 1024 ** 3)


def entries_of(content_dir: Path):
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.call.schedule import now_in_warsaw
    from ivr.runtime import make_schedule

    content = load_content(content_dir)
    return list(Catalogue(content, make_schedule(content), now_in_warsaw().date()))


@pytest.fixture(scope="module")
def built_audio(tmp_path_factory):
    """The real catalogue built once with a fast offline stand-in engine (not espeak).

    `make mutate` runs these tests once per mutant, each in a new process: with
    IVR_TEST_AUDIO_CACHE set (tools/mutate.py sets it) the build is kept there, under a key of
    today's date and every file it depends on, and read back instead of built again (30 s).
    Without it the run's shared temporary folder is the cache: this module and
    test_promises_doctor, on any xdist worker, share one build per run."""
    from slow_build import ToneEngine

    from ivr.audio.build import build
    from ivr.config import ROOT

    cache = os.environ.get("IVR_TEST_AUDIO_CACHE") or str(run_folder(tmp_path_factory) / "doctor-audio")
    kept = Path(cache) / _audio_key(ROOT) if cache else None
    if kept is not None and (kept / "audio").is_dir():
        return kept / "audio"
    audio = tmp_path_factory.mktemp("built") / "audio"
    assert build(entries_of(ROOT / "prompts"), audio, "gtts", engines={"gtts": ToneEngine()}).ok
    if kept is not None:
        Path(cache).mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(dir=cache))
        shutil.copytree(audio, partial / "audio")
        try:
            partial.rename(kept)  # whole or not at all; another process may have been first
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)
    return audio


def _audio_key(root: Path) -> str:
    """Today's date and the content of every file the stand-in build depends on."""
    import hashlib
    from datetime import date

    digest = hashlib.sha256(date.today().isoformat().encode())
    files = [*sorted((root / "prompts").rglob("*")), *sorted((root / "ivr").rglob("*.py")),
             Path(__file__).with_name("slow_build.py")]
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(root) if root in path.parents else path.name).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _link_wav_copy_rest(src, dst):
    """The audio files linked, not copied (no check writes them; 12 MB per test made a third of
    its time); the manifest, which some tests rewrite, copied."""
    if str(src).endswith(".wav"):
        try:
            return os.link(src, dst)
        except OSError:  # another file system
            pass
    return shutil.copy2(src, dst)


@pytest.fixture
def good(settings, tmp_path, built_audio):
    """A correct set-up: content, current audio, a migrated database with a staff account,
    writable folders and every setting well formed."""
    from ivr.staff.accounts import StaffAccounts

    shutil.copytree(built_audio, tmp_path / "audio", copy_function=_link_wav_copy_rest)
    (tmp_path / "recordings").mkdir()
    good = replace(settings, auth_token=TOKEN32, account_sid=ACCOUNT_SID, public_url=PUBLIC,
                   secret_key=SECRET64, line_number=LINE, staff_mobile=MOBILE, dev_unsigned=False)
    accounts = StaffAccounts(good.database_url)
    accounts.add("anna", "dobre-haslo-123")
    accounts.store.engine.dispose()
    return good


def run(settings, disk_usage=plenty):
    return list(Doctor(settings, disk_usage=disk_usage).checks())


def failures(checks):
    return {c.name: c for c in checks if not c.ok}


def test_a_correct_set_up_passes_every_check(good):
    checks = run(good)
    assert failures(checks) == {}
    assert len(checks) == 21  # with the recordings key and "every recording encrypted"
    assert all(c.line().startswith("✓ ") for c in checks)


def _broken_content(s, tmp):
    edit_content(s.content_dir, '"8:00-16:00"', '"25:00-16:00"')
    return s


def _stale_audio(s, tmp):
    edit_content(s.content_dir, "Dzień dobry, tu Ośrodek", "Dzień dobry, mówi Ośrodek")
    return s


def _espeak_audio(s, tmp):
    path = s.audio_dir / "manifest.json"
    manifest = json.loads(path.read_text())
    first = next(iter(manifest["prompts"].values()))
    first.update(engine="espeak", fallback=True)
    path.write_text(json.dumps(manifest))
    return s


def _no_audio(s, tmp):
    shutil.rmtree(s.audio_dir)
    s.audio_dir.mkdir()
    return s


def _database_down(s, tmp):
    return replace(s, database_url="postgresql+psycopg://ivr@/ivr?host=/nonexistent-socket-dir&port=1")


def _database_missing(s, tmp):
    return replace(s, database_url=f"sqlite:///{tmp / 'nowhere' / 'ivr.sqlite3'}")


def _database_old(s, tmp):
    from sqlalchemy import create_engine, text

    engine = create_engine(s.database_url)
    with engine.begin() as db:
        db.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    return s


def _no_staff(s, tmp):
    from ivr.staff.accounts import StaffAccounts

    accounts = StaffAccounts(s.database_url)
    accounts.remove("anna")
    accounts.store.engine.dispose()
    return s


def _recordings_is_a_file(s, tmp):
    shutil.rmtree(s.recordings_dir)
    s.recordings_dir.write_text("not a folder")
    return s


def _recordings_missing(s, tmp):
    return replace(s, recordings_dir=tmp / "no-such-folder")


def _plain_recording(s, tmp):
    from fake_twilio import make_wav

    (s.recordings_dir / ("RE" + "c" * 32 + ".wav")).write_bytes(make_wav(1))
    return s


BROKEN = {
    "content does not load": (_broken_content, "Treści", "ivr prompts check"),
    "audio of an older text": (_stale_audio, "Nagrania komunikatów", "ivr prompts build"),
    "no audio at all": (_no_audio, "Nagrania komunikatów", "ivr prompts build"),
    "a prompt on espeak": (_espeak_audio, "Głos zapasowy (espeak)", "ivr prompts build"),
    "database server down": (_database_down, "Baza danych", "IVR_DATABASE_URL"),
    "database file missing": (_database_missing, "Baza danych", "ivr db upgrade"),
    "database not migrated": (_database_old, "Wersja bazy danych", "ivr db upgrade"),
    "no staff account": (_no_staff, "Konta pracowników", "ivr staff add"),
    "recordings folder is a file": (_recordings_is_a_file, "Folder nagrań wiadomości", "install -d"),
    "recordings folder missing": (_recordings_missing, "Folder nagrań wiadomości", "ReadWritePaths"),
    "no auth token": (lambda s, t: replace(s, auth_token=""), "TWILIO_AUTH_TOKEN", "konsoli Twilio"),
    "auth token mistyped": (lambda s, t: replace(s, auth_token=TOKEN32[:-1] + "X"), "TWILIO_AUTH_TOKEN", "konsoli Twilio"),
    "account SID is an API key": (lambda s, t: replace(s, account_sid="SK" + TOKEN32), "TWILIO_ACCOUNT_SID", "konsoli Twilio"),
    "no public URL": (lambda s, t: replace(s, public_url=None), "IVR_PUBLIC_URL", "https"),
    "public URL over http": (lambda s, t: replace(s, public_url="http://infolinia.example.pl"), "IVR_PUBLIC_URL", "https"),
    "no secret key": (lambda s, t: replace(s, secret_key=""), "IVR_SECRET_KEY", "secrets.token_hex"),
    "short secret key": (lambda s, t: replace(s, secret_key="haslo123"), "IVR_SECRET_KEY", "secrets.token_hex"),
    "line number with spaces": (lambda s, t: replace(s, line_number="+48 61 800 00 00"), "IVR_LINE_NUMBER", "+48"),
    "no line number": (lambda s, t: replace(s, line_number=None), "IVR_LINE_NUMBER", "+48"),
    "staff mobile in national form": (lambda s, t: replace(s, staff_mobile="600100200"), "IVR_STAFF_MOBILE", "+48"),
    "staff mobile is the line": (lambda s, t: replace(s, staff_mobile=LINE), "IVR_STAFF_MOBILE", "+48"),
    "recordings key is the example": (lambda s, t: replace(s, recordings_key="0" * 64), "Klucz nagrań (IVR_RECORDINGS_KEY)", "ivr recordings new-key"),
    "recordings key malformed": (lambda s, t: replace(s, recordings_key="krotki-klucz"), "Klucz nagrań (IVR_RECORDINGS_KEY)", "ivr recordings new-key"),
    "a plain recording left": (_plain_recording, "Nagrania zaszyfrowane", "ivr recordings encrypt"),
    "development switch on": (lambda s, t: replace(s, dev_unsigned=True), "Tryb deweloperski (IVR_DEV_UNSIGNED)", "IVR_DEV_UNSIGNED=0"),
}


@pytest.mark.parametrize("breakage", BROKEN, ids=list(BROKEN))
def test_each_broken_set_up_fails_with_its_check_and_fix(good, tmp_path, breakage):
    breaker, name, fix = BROKEN[breakage]
    checks = run(breaker(good, tmp_path))
    bad = failures(checks)
    assert name in bad, [c.line() for c in checks]
    assert fix in bad[name].fix
    assert bad[name].line().startswith(f"✗ {name}: ") and "Naprawa:" in bad[name].line()
    # The set-up is broken in one way only: nothing unrelated fails with it.
    related = {"Nagrania komunikatów"} if name == "Treści" else {"Klucz nagrań (IVR_RECORDINGS_KEY)"} if name == "IVR_SECRET_KEY" else {"Konta pracowników", "Wersja bazy danych", "Zadania (ivr worker)"} if name == "Baza danych" else set()
    assert set(bad) - {name} <= related, sorted(bad)


def test_low_disk_space_fails(good):
    bad = failures(run(good, disk_usage=lambda path: Usage(10 * 1024 ** 3, 0, MIN_FREE_BYTES - 1)))
    assert set(bad) == {"Wolne miejsce na dysku"}
    assert "journalctl --vacuum-size" in bad["Wolne miejsce na dysku"].fix
    assert "500 MB" in bad["Wolne miejsce na dysku"].detail
    # Exactly the documented amount free is enough.
    assert not failures(run(good, disk_usage=lambda path: Usage(10 * 1024 ** 3, 0, MIN_FREE_BYTES)))


def test_the_doctor_changes_nothing_it_checks(good, tmp_path):
    checks = run(_database_missing(good, tmp_path))
    assert "Baza danych" in failures(checks)
    assert not (tmp_path / "nowhere").exists()  # no database (or folder) made by looking


# -- the command -----------------------------------------------------------------------

def env_of(s) -> dict[str, str]:
    return {
        "IVR_CONTENT_DIR": str(s.content_dir), "IVR_AUDIO_DIR": str(s.audio_dir),
        "IVR_RECORDINGS_DIR": str(s.recordings_dir), "IVR_DATABASE_URL": s.database_url,
        "IVR_PUBLIC_URL": s.public_url or "", "TWILIO_AUTH_TOKEN": s.auth_token, "TWILIO_ACCOUNT_SID": s.account_sid,
        "IVR_SECRET_KEY": s.secret_key, "IVR_LINE_NUMBER": s.line_number or "", "IVR_STAFF_MOBILE": s.staff_mobile or "",
        "IVR_DEV_UNSIGNED": "1" if s.dev_unsigned else "0",
    }


def doctor_cli(s, *args):
    from ivr.cli import main

    return CliRunner().invoke(main, ["doctor", *args], env=env_of(s))


def test_the_command_prints_one_line_per_check_and_exits_zero_when_all_pass(good):
    result = doctor_cli(good)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 22 and all(line.startswith("✓ ") for line in lines[:-1])
    assert lines[-1].startswith("Wszystko w porządku (21 sprawdzeń).")


def test_the_command_exits_non_zero_and_counts_what_to_fix(good):
    result = doctor_cli(replace(good, public_url="http://x.example.pl", dev_unsigned=True))
    assert result.exit_code == 1
    assert "✗ IVR_PUBLIC_URL: http://x.example.pl nie jest adresem https://" in result.output
    assert result.output.splitlines()[-1] == "Do poprawy: 2 z 21. Po poprawkach proszę uruchomić ivr doctor ponownie."


# -- online -------------------------------------------------------------------------------

@pytest.fixture
def online(good):
    """The fake Twilio with the line's number connected, and IVR_PUBLIC_URL/healthz answered by
    the real line's app (as Caddy would pass it on)."""
    from ivr.web import create_app

    app = create_app(good)
    client = app.test_client()

    def healthz(request):
        response = client.get("/healthz")
        return response.status_code, {"Content-Type": response.content_type}, response.get_data()

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        twilio = FakeTwilio(mock, auth_token=TOKEN32).register_numbers()
        mock.add_callback("GET", f"{PUBLIC}/healthz", callback=healthz)
        twilio.add_number(LINE, voice_url=f"{PUBLIC}/voice", sms_url=f"{PUBLIC}/sms", status_callback=f"{PUBLIC}/voice/status")
        twilio.add_number("+48618000001")  # another number of the office, left alone
        yield twilio, mock
    app.extensions["ivr"].messages.store.engine.dispose()


def online_run(settings):
    from ivr.operations.online import online_checks

    return list(online_checks(settings))


def test_online_checks_pass_on_a_connected_number(good, online):
    checks = online_run(good)
    assert [c.name for c in checks] == ["Dane logowania Twilio", "Numer linii w Twilio", "Webhook połączeń",
                                        "Webhook SMS", "Webhook stanu rozmów", "IVR_PUBLIC_URL/healthz"]
    assert failures(checks) == {}, [c.line() for c in checks]
    found = re.fullmatch(rf"{re.escape(PUBLIC)}/healthz odpowiada \(komunikaty: (\d+), nagrania: (\d+)\)", checks[-1].detail)
    assert found and int(found[1]) > 40 and found[1] == found[2], checks[-1].detail


def test_online_wrong_auth_token_fails_with_the_console_fix(good, online):
    bad = failures(online_run(replace(good, auth_token="f" * 32)))
    assert set(bad) == {"Dane logowania Twilio"}
    assert "403" in bad["Dane logowania Twilio"].detail and "Auth Token" in bad["Dane logowania Twilio"].fix


def test_online_suspended_account_fails(good, online):
    online[0].account_status = "suspended"
    bad = failures(online_run(good))
    assert set(bad) == {"Dane logowania Twilio"} and "suspended" in bad["Dane logowania Twilio"].detail


def test_online_number_not_in_the_account_fails(good, online):
    bad = failures(online_run(replace(good, line_number="+48618009999")))
    assert set(bad) == {"Numer linii w Twilio"}


@pytest.mark.parametrize("field, value, check", [
    ("voice_url", "https://demo.twilio.com/welcome/voice/", "Webhook połączeń"),
    ("voice_method", "GET", "Webhook połączeń"),
    ("voice_application_sid", "AP" + TOKEN32, "Webhook połączeń"),
    ("sms_url", "https://old-line.example.org/sms", "Webhook SMS"),
    ("status_callback", "", "Webhook stanu rozmów"),
])
def test_online_webhook_pointing_elsewhere_fails_with_twilio_connect(good, online, field, value, check):
    twilio = online[0]
    number = next(n for n in twilio.numbers.values() if n["phone_number"] == LINE)
    number[field] = value
    bad = failures(online_run(good))
    assert set(bad) == {check}
    assert bad[check].fix == "ivr twilio connect"
    assert (value or "puste") in bad[check].detail


def test_online_healthz_that_does_not_answer_fails(good, online):
    import requests

    mock = online[1]
    mock.replace("GET", f"{PUBLIC}/healthz", body=requests.ConnectionError("refused"))
    bad = failures(online_run(good))
    assert set(bad) == {"IVR_PUBLIC_URL/healthz"} and "systemctl status ivr caddy" in bad["IVR_PUBLIC_URL/healthz"].fix


def test_online_healthz_answered_by_something_else_fails(good, online):
    online[1].replace("GET", f"{PUBLIC}/healthz", body="<html>502 Bad Gateway</html>", status=502)
    bad = failures(online_run(good))
    assert set(bad) == {"IVR_PUBLIC_URL/healthz"} and "HTTP 502" in bad["IVR_PUBLIC_URL/healthz"].detail


def test_online_without_network_says_so(good):
    with responses.RequestsMock(assert_all_requests_are_fired=False):  # every request refused
        bad = failures(online_run(good))
    assert "brak połączenia z api.twilio.com" in bad["Twilio"].detail
    assert "IVR_PUBLIC_URL/healthz" in bad


def test_doctor_online_command_passes_on_a_good_set_up(good, online):
    result = doctor_cli(good, "--online")
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 28


# -- N15: no secret of the database URL in the report ----------------------------------------------

@pytest.mark.parametrize("url", [
    "postgresql+psycopg://ivr:Sekret-Haslo-1@127.0.0.1:1/ivr?connect_timeout=1",
    "postgresql+psycopg://ivr@127.0.0.1:1/ivr?password=Sekret-Haslo-1&connect_timeout=1",
    "postgresql+psycopg://ivr@127.0.0.1:1/ivr?sslpassword=Sekret-Haslo-1&connect_timeout=1",
])
def test_the_doctor_never_prints_a_database_password(good, url):
    from ivr.operations.doctor import masked_url

    from sqlalchemy.engine import make_url

    assert "Sekret-Haslo-1" not in masked_url(make_url(url)) and "***" in masked_url(make_url(url))
    lines = [check.line() for check in Doctor(replace(good, database_url=url), disk_usage=plenty).database()]
    assert lines and lines[0].startswith("✗ Baza danych: postgresql+psycopg://ivr")
    assert not any("Sekret-Haslo-1" in line for line in lines), lines


def test_the_masked_url_keeps_what_helps_to_find_the_database():
    from sqlalchemy.engine import make_url

    from ivr.operations.doctor import masked_url

    shown = masked_url(make_url("postgresql+psycopg://ivr:x@db.example/ivr?host=/run/postgresql&password=y"))
    assert shown == "postgresql+psycopg://ivr:***@db.example/ivr?host=%2Frun%2Fpostgresql&password=***"


@pytest.mark.parametrize("token, key", [
    ("9e107d9d372bb6826bd81d3542a419d6", "k" * 64),  # both good (the token unlike the account SID)
    ("9e107d9d372bb6826bd81d3542a419dX", "Sekret-krotki"),  # the token mistyped, the key too short
    ("9e107d9d372bb6826bd81d3542a419d60", "Z" * 64),  # one character too many
])
def test_the_doctor_never_prints_a_secret(good, token, key):
    """Neither the Twilio auth token nor the secret key, nor a telling part of either, reaches
    the report, whether the value is good or wrong."""
    password = "Sekret-Haslo-1"
    url = f"postgresql+psycopg://ivr:{password}@127.0.0.1:1/ivr?connect_timeout=1"
    result = doctor_cli(replace(good, auth_token=token, secret_key=key, database_url=url))
    assert "TWILIO_AUTH_TOKEN" in result.output and "IVR_SECRET_KEY" in result.output
    for secret in (token, key, password):
        parts = {secret[i:i + 6] for i in range(len(secret) - 5)}
        leaked = [part for part in parts if part in result.output]
        assert not leaked, (secret, leaked, result.output)


# -- issue 31: typos, the example domain and example secrets ----------------------------------------

TYPOS = {
    "IVR_WORKERS": ("dwa", "liczbą całkowitą większą od zera", "a whole number above zero"),
    "IVR_THREADS": ("0", "liczbą całkowitą większą od zera", "a whole number above zero"),
    "IVR_CALLBACK_PER_HOUR": ("10 na godzinę", "liczbą całkowitą większą od zera", "a whole number above zero"),
    "IVR_TRUSTED_PROXIES": ("jeden", "liczbą całkowitą: 0 albo więcej", "a whole number, 0 or more"),
    "IVR_BIND": ("127.0.0.1", "adresem i portem", "an address and a port"),
    "IVR_STATS": ("tak", "1 (włączone) albo 0 (wyłączone)", "1 (on) or 0 (off)"),
    "IVR_KEEP_MISSES": ("włączone", "1 (włączone) albo 0 (wyłączone)", "1 (on) or 0 (off)"),
    "IVR_CALLBACK_INTERNATIONAL": ("2", "1 (włączone) albo 0 (wyłączone)", "1 (on) or 0 (off)"),
    "IVR_DEV_UNSIGNED": ("nie", "1 (włączone) albo 0 (wyłączone)", "1 (on) or 0 (off)"),
    "IVR_ACCESS_LOG": ("tak", "1 (włączone) albo 0 (wyłączone)", "1 (on) or 0 (off)"),
    "IVR_LOG_FORMAT": ("xml", "jednym z: text, json", "one of: text, json"),
}


@pytest.mark.parametrize("variable", TYPOS, ids=list(TYPOS))
def test_the_doctor_names_a_mistyped_setting_in_polish_and_english(good, variable):
    value, polish, english = TYPOS[variable]
    checks = list(Doctor(good, disk_usage=plenty, environ={variable: value}).checks())
    bad = failures(checks)
    assert set(bad) == {variable}, sorted(bad)
    line = bad[variable].line()
    assert line.startswith(f"✗ {variable}: Błędne ustawienie {variable}=„{value}”: ma być {polish}")
    assert f"Bad setting {variable}={value!r}: must be {english}" in line
    assert "/etc/ivr/ivr.env" in bad[variable].fix


@pytest.mark.parametrize("variable, value", [("IVR_WORKERS", "4"), ("IVR_TRUSTED_PROXIES", "0"), ("IVR_BIND", "127.0.0.1:8000"),
                                             ("IVR_BIND", "[::1]:8000"), ("IVR_STATS", "off"), ("IVR_LOG_FORMAT", "JSON"),
                                             ("IVR_WORKERS", "")])
def test_well_written_settings_pass(good, variable, value):
    assert failures(list(Doctor(good, disk_usage=plenty, environ={variable: value}).checks())) == {}


def test_every_bad_setting_is_named_at_once(good):
    bad = failures(list(Doctor(good, disk_usage=plenty, environ={"IVR_WORKERS": "dwa", "IVR_TRUSTED_PROXIES": "jeden"}).checks()))
    assert set(bad) == {"IVR_WORKERS", "IVR_TRUSTED_PROXIES"}


@pytest.mark.parametrize("url", ["https://infolinia.example.pl", "https://example.com", "https://ivr.example.org/"])
def test_the_example_domain_fails(good, url):
    bad = failures(run(replace(good, public_url=url)))
    assert set(bad) == {"IVR_PUBLIC_URL"}
    assert "adres z przykładu" in bad["IVR_PUBLIC_URL"].detail


@pytest.mark.parametrize("field, value, name", [
    ("secret_key", "s" * 64, "IVR_SECRET_KEY"),
    ("secret_key", "tu-wpisz-sekret-" + "a1b2c3d4" * 4, "IVR_SECRET_KEY"),
    ("secret_key", "changeme-changeme-changeme-changeme", "IVR_SECRET_KEY"),
    ("auth_token", "0123456789abcdef" * 2, "TWILIO_AUTH_TOKEN"),
    ("auth_token", "0" * 32, "TWILIO_AUTH_TOKEN"),
    ("account_sid", "AC" + "0123456789abcdef" * 2, "TWILIO_ACCOUNT_SID"),
])
def test_example_secrets_fail_without_being_shown(good, field, value, name):
    checks = run(replace(good, **{field: value}))
    bad = failures(checks)
    assert set(bad) == {name}, sorted(bad)
    assert "przykład" in bad[name].detail
    if field != "account_sid":
        assert value not in "\n".join(c.line() for c in checks)
