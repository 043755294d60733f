"""Residents' data requests (issue 30, point 3): `ivr privacy export/erase NUMBER` and the
admin page, with the audio on disk and on a fake Twilio reached through IVR_TWILIO_API_URL
(the loopback fake of bench/, a real HTTP server)."""
from __future__ import annotations

import json
import re
import sys
import threading
import zipfile
from datetime import datetime, timedelta, timezone
from http.server import ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, insert, select

from fake_twilio import make_wav
from ivr.common.sealed import Sealer
from ivr.database.schema import callback_bridges, sms_sent
from ivr.messages.store import DbLimiter, Store
from ivr.staff.access_log import AccessLog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import fake_twilio_api  # noqa: E402

ACCOUNT = "AC" + "0123456789abcdef" * 2
TOKEN = "f" * 32
NUMBER = "+48606902915"
OTHER = "+48618176130"
NOW = datetime.now(timezone.utc)


@pytest.fixture
def fake_api():
    state = fake_twilio_api.State(TOKEN, 0.0, None, 0.0)
    server = ThreadingHTTPServer(("127.0.0.1", 0), fake_twilio_api.handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", state
    server.shutdown()
    server.server_close()


@pytest.fixture
def held(settings, tmp_path):
    """Two messages and a call-back request (with an attempt) from NUMBER, an SMS limit, and one message from OTHER."""
    store = Store(settings.database_url)
    sealer = Sealer.from_settings(settings)
    settings.recordings_dir.mkdir(parents=True, exist_ok=True)
    audio = {}
    for n, (number, seconds) in enumerate(((NUMBER, 3), (NUMBER, 5), (OTHER, 2))):
        sid = "RE" + str(n + 1) * 32
        message = store.note_recording(sid, now=NOW - timedelta(days=2), number=number, duration=seconds)
        path = settings.recordings_dir / f"{sid}.wav"
        audio[message.id] = make_wav(seconds)
        sealer.write(path, audio[message.id])
        store.mark_stored(message.id, str(path))
        store.mark_remote_deleted(message.id, NOW)
    callback = store.request_callback(NUMBER, NOW)
    with store.engine.begin() as db:
        db.execute(insert(callback_bridges).values(message_id=callback.id, login="anna", staff_phone=OTHER,
                                                   state="completed", started_at=NOW, duration=60))
    DbLimiter(store, settings.secret_key).allow(NUMBER, NOW)  # the key-5 SMS sent an hour ago
    DbLimiter(store, settings.secret_key).allow(OTHER, NOW)
    store.engine.dispose()
    return audio


def env_of(settings, api) -> dict:
    return {"IVR_DATABASE_URL": settings.database_url, "IVR_RECORDINGS_DIR": str(settings.recordings_dir),
            "IVR_SECRET_KEY": settings.secret_key, "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": TOKEN,
            "IVR_TWILIO_API_URL": api}


def ivr(env, *args, **kwargs):
    from ivr.cli import main

    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False, **kwargs)


def test_export_writes_the_report_and_the_audio_beside_it(settings, held, fake_api, tmp_path):
    out = tmp_path / "wniosek"
    result = ivr(env_of(settings, fake_api[0]), "privacy", "export", "606 902 915", "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads((out / "dane.json").read_text())
    assert data["number"] == NUMBER
    assert [i["kind"] for i in data["items"]] == ["message", "message", "callback"]
    assert len(data["attempts"]) == 1 and data["attempts"][0]["login"] == "anna"
    assert [s["purpose"] for s in data["sms_limits"]] == ["info"]
    for item in data["items"][:2]:
        assert (out / item["audio_file"]).read_bytes() == held[item["id"]]  # decrypted for the resident
        assert "file_path" not in item
    assert sorted(p.name for p in out.iterdir()) == sorted(["dane.json", "raport.txt", *(i["audio_file"] for i in data["items"][:2])])
    report = (out / "raport.txt").read_text()
    assert "Numer telefonu: +48606902915" in report and "wiadomość głosowa" in report and "prośba o oddzwonienie" in report
    assert "Statystyki połączeń nie zawierają numerów telefonów." in report
    assert "618176130" not in report + json.dumps(data)  # nothing of the other number
    assert [(e.actor, e.action, e.item) for e in AccessLog(settings.database_url).entries()] == [("cli", "exported", "606 *** 915")]
    assert fake_api[1].counts["deletes"] == 0  # an export changes nothing
    as_json = ivr(env_of(settings, fake_api[0]), "privacy", "export", NUMBER, "--out", str(tmp_path / "b"), "--json")
    assert json.loads(as_json.output.split("Zapisano w folderze")[0])["number"] == NUMBER


def test_erase_removes_everything_of_the_number_here_and_on_twilio(settings, held, fake_api):
    api, state = fake_api
    result = ivr(env_of(settings, api), "privacy", "erase", "606902915", "--yes")
    assert result.exit_code == 0, result.output
    assert ("Usunięto: pozycji 3, nagrań na dysku 2, nagrań na Twilio 2, prób oddzwonienia 1, limitów SMS 1, "
            "wpisów na liście „nie wysyłać SMS” 0, czekających zadań 0. Statystyki połączeń nie zawierają numerów: bez zmian.") in result.output
    assert state.counts["deletes"] == 2  # DELETE .../Recordings/RE….json on the fake, with the account's credentials
    assert state.counts["refused"] == 0
    store = Store(settings.database_url)
    [left] = store.listing(include_done=True)
    assert left.number == OTHER and Path(left.file_path).exists()
    assert sorted(p.name for p in settings.recordings_dir.iterdir()) == [Path(left.file_path).name]
    with store.engine.connect() as db:
        assert db.execute(select(func.count()).select_from(callback_bridges)).scalar_one() == 0
        assert db.execute(select(func.count()).select_from(sms_sent)).scalar_one() == 1  # OTHER's
    again = ivr(env_of(settings, api), "privacy", "export", NUMBER, "--out", str(settings.recordings_dir.parent / "po"))
    assert "nie przechowuje wiadomości ani próśb" in again.output
    actions = [(e.action, e.item) for e in AccessLog(settings.database_url).entries()]
    assert ("erased", "606 *** 915") in actions


def test_erase_keeps_what_twilio_did_not_delete_and_says_so(settings, held, fake_api):
    env = {**env_of(settings, fake_api[0]), "TWILIO_AUTH_TOKEN": "0" * 32}  # the fake refuses (401)
    result = ivr(env, "privacy", "erase", NUMBER, "--yes")
    assert result.exit_code == 1 and "nagranie na Twilio nieusunięte" in result.output
    store = Store(settings.database_url)
    assert len([m for m in store.listing(include_done=True) if m.number == NUMBER and m.kind == "message"]) == 2
    assert all(Path(m.file_path).exists() for m in store.listing(include_done=True) if m.file_path)


def test_erase_asks_first_and_a_bad_number_is_refused(settings, held, fake_api):
    result = ivr(env_of(settings, fake_api[0]), "privacy", "erase", NUMBER, input="nie\n")
    assert "Nic nie usunięto." in result.output and len(Store(settings.database_url).listing(include_done=True)) == 4
    bad = ivr(env_of(settings, fake_api[0]), "privacy", "export", "abc")
    assert bad.exit_code == 2 and "nie jest numerem telefonu" in bad.output


def test_the_admin_page_exports_a_zip_and_erases(make_app, settings, held, monkeypatch):
    from test_rodo_roles import signed_in
    from test_staff_pages import PASSWORD, token

    app = make_app()
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = signed_in(app, "anna")
    page = client.get("/staff/privacy?numer=606902915").get_data(as_text=True)
    assert "Wiadomości i prośby o oddzwonienie: 3\n(w tym prośby wysłane SMS-em: 0)." in page
    assert "Na liście „nie wysyłać SMS”: nie." in page
    response = client.post("/staff/privacy/export", data={"csrf_token": token(page), "numer": NUMBER})
    assert response.status_code == 200 and response.mimetype == "application/zip"
    names = zipfile.ZipFile(BytesIO(response.data)).namelist()
    assert "dane.json" in names and "raport.txt" in names and len([n for n in names if n.endswith(".wav")]) == 2
    refused = client.post("/staff/privacy/erase", data={"csrf_token": token(page), "numer": NUMBER})
    assert refused.status_code == 400 and "zaznaczyć potwierdzenie" in refused.get_data(as_text=True)
    # No Twilio credentials in this app: the recordings stay (Twilio first), the call-back request goes.
    done = client.post("/staff/privacy/erase", data={"csrf_token": token(page), "numer": NUMBER, "potwierdzam": "tak"})
    html = done.get_data(as_text=True)
    assert "Usunięto: pozycji 1" in html and "nagranie na Twilio nieusunięte" in html
    actions = [(e.actor, e.action) for e in AccessLog(settings.database_url).entries()]
    assert ("anna", "exported") in actions and ("anna", "erased") in actions


def test_a_backup_restored_on_a_clean_instance_plays_with_the_kept_secrets_only(settings, held, tmp_path, make_app):
    """Point 6 in part: the recordings travel as ciphertext; the restore needs the keys kept apart."""
    from dataclasses import replace

    from test_rodo_roles import signed_in
    from test_staff_pages import PASSWORD

    env = {"IVR_DATABASE_URL": settings.database_url, "IVR_RECORDINGS_DIR": str(settings.recordings_dir),
           "IVR_CONTENT_DIR": str(settings.content_dir), "IVR_AUDIO_DIR": str(settings.audio_dir),
           "IVR_SECRET_KEY": settings.secret_key}
    made = ivr(env, "backup", str(tmp_path / "kopia.tar.gz"))
    assert made.exit_code == 0, made.output
    assert "IVR_RECORDINGS_KEY" in made.output and "IVR_SECRET_KEY" in made.output and "osobno" in made.output
    import tarfile

    from ivr.operations.backup_cipher import archive_key, decrypt_file, is_encrypted

    assert is_encrypted(tmp_path / "kopia.tar.gz")  # the archive as a whole too (tests/test_rodo_backup.py)
    decrypt_file(tmp_path / "kopia.tar.gz", tmp_path / "otwarta.tar.gz", archive_key(Sealer.from_settings(settings)))
    with tarfile.open(tmp_path / "otwarta.tar.gz") as archive:
        for member in archive.getmembers():
            if member.name.startswith("recordings/"):
                assert b"RIFF" not in archive.extractfile(member).read()  # ciphertext only in the backup
    clean = tmp_path / "nowy"
    fresh = replace(settings, database_url=f"sqlite:///{clean / 'ivr.sqlite3'}", recordings_dir=clean / "recordings",
                    content_dir=clean / "prompts", audio_dir=clean / "audio")
    fresh_env = {**env, "IVR_DATABASE_URL": fresh.database_url, "IVR_RECORDINGS_DIR": str(fresh.recordings_dir),
                 "IVR_CONTENT_DIR": str(fresh.content_dir), "IVR_AUDIO_DIR": str(fresh.audio_dir)}
    restored = ivr(fresh_env, "restore", str(tmp_path / "kopia.tar.gz"))
    assert restored.exit_code == 0, restored.output
    [first_id] = [i for i in held][:1]
    for secret, status in ((settings.secret_key, 200), ("another-secret-key", 503)):
        app = make_app(**{f: getattr(fresh, f) for f in ("database_url", "recordings_dir", "content_dir", "audio_dir")},
                       secret_key=secret)
        if not app.extensions["ivr_staff"].accounts.list():
            app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
        response = signed_in(app, "anna").get(f"/staff/messages/{first_id}/audio")
        assert response.status_code == status
        if status == 200:
            assert response.data == held[first_id]


# -- the SMS line's data (issue 27): call-backs asked for by SMS, the do-not-text list ---------


@pytest.fixture
def texted(make_app, settings):
    """Through the real SMS webhook: NUMBER asks for a call-back, then not to be texted; OTHER asks not to be texted."""
    from conftest import TUESDAY_OPEN
    from test_sms_callback import post_sms

    app = make_app(TUESDAY_OPEN)
    assert post_sms(app, "Proszę o telefon w sprawie zasiłku. Kowalska", sender=NUMBER)
    post_sms(app, "proszę nie pisać", sender=NUMBER)
    post_sms(app, "proszę nie pisać", sender=OTHER)
    store = app.extensions["ivr"].messages.store
    assert store.opted_out(NUMBER) and store.opted_out(OTHER)
    store.engine.dispose()
    return app


def test_export_names_the_call_back_asked_by_sms_and_the_do_not_text_entry(settings, texted, fake_api, tmp_path):
    out = tmp_path / "wniosek"
    result = ivr(env_of(settings, fake_api[0]), "privacy", "export", "606902915", "--out", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads((out / "dane.json").read_text())
    [request] = data["items"]
    assert request["kind"] == "callback" and request["channel"] == "sms"
    assert request["sms_text"] == "Proszę o telefon w sprawie zasiłku. Kowalska"  # the resident's own words, for them
    assert [entry["number"] for entry in data["do_not_text"]] == [NUMBER]
    assert "sms-reply-0" in [limit["purpose"] for limit in data["sms_limits"]]  # the SMS line's replies to this number
    report = (out / "raport.txt").read_text()
    assert "prośba o oddzwonienie wysłana SMS-em" in report
    assert "treść SMS-a: „Proszę o telefon w sprawie zasiłku. Kowalska”" in report
    assert "na liście numerów, na które infolinia nie wysyła SMS-ów" in report
    assert "618176130" not in report + json.dumps(data)  # OTHER's entry stays out


def test_the_admin_page_counts_the_sms_request_and_the_do_not_text_entry(settings, texted):
    from test_rodo_roles import signed_in
    from test_staff_pages import PASSWORD, token

    texted.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = signed_in(texted, "anna")
    page = client.get("/staff/privacy?numer=606902915").get_data(as_text=True)
    assert "Wiadomości i prośby o oddzwonienie: 1\n(w tym prośby wysłane SMS-em: 1)." in page
    assert "Na liście „nie wysyłać SMS”: tak." in page
    done = client.post("/staff/privacy/erase", data={"csrf_token": token(page), "numer": NUMBER, "potwierdzam": "tak"})
    assert "wpisów na liście „nie wysyłać SMS” 1" in done.get_data(as_text=True)
    assert not texted.extensions["ivr"].messages.store.opted_out(NUMBER)


def test_erase_removes_the_sms_request_the_do_not_text_entry_and_the_reply_limits(settings, texted, fake_api):
    from ivr.database.schema import sms_optout

    store = Store(settings.database_url)
    with store.engine.connect() as db:
        limits_before = db.execute(select(func.count()).select_from(sms_sent)).scalar_one()
    check = ivr(env_of(settings, fake_api[0]), "privacy", "erase", NUMBER, input="nie\n")
    assert "(w tym prośby SMS-em: 1)" in check.output and "lista „nie wysyłać SMS”: 1" in check.output
    result = ivr(env_of(settings, fake_api[0]), "privacy", "erase", NUMBER, "--yes")
    assert result.exit_code == 0, result.output
    assert "Usunięto: pozycji 1," in result.output and "wpisów na liście „nie wysyłać SMS” 1" in result.output
    assert store.listing(include_done=True) == []
    assert not store.opted_out(NUMBER) and store.opted_out(OTHER)  # only this number's entry
    with store.engine.connect() as db:
        assert [row.number for row in db.execute(select(sms_optout))] == [OTHER]
        limits_after = db.execute(select(func.count()).select_from(sms_sent)).scalar_one()
    assert limits_after < limits_before and limits_after >= 1  # OTHER's reply limit stays
    again = ivr(env_of(settings, fake_api[0]), "privacy", "export", NUMBER, "--out", str(settings.recordings_dir.parent / "po"))
    assert "nie wysyła SMS-ów" not in again.output and "nie przechowuje wiadomości ani próśb" in again.output
