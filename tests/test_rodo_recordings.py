"""Callers' recordings encrypted at rest (issue 30, point 2): only ciphertext on disk after a
download, staff play and download them decrypted in memory, `ivr recordings rekey`, the
migration step that encrypts plain files left from before, and no key: nothing downloaded."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from fake_twilio import make_wav
from messages_helpers import (  # noqa: F401 - fixtures
    CALLER, LINE_NUMBER, db_url, desk_of, line_settings, make_line, sleeps, twilio, twilio_post,
)
from test_recordings import SID, SID2, record_action, status_callback
from ivr.common.sealed import SealError, Sealer, new_key, parse_key
from ivr.messages.store import Store

PASSWORD = "dobre-haslo-123"


def staff_client(app, login="anna"):
    accounts = app.extensions["ivr_staff"].accounts
    if login not in {a.login for a in accounts.list()}:
        accounts.add(login, PASSWORD)
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
    assert client.post("/staff/login", data={"login": login, "password": PASSWORD, "csrf_token": token}).status_code == 302
    return client


def no_plain_riff(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"RIFF" not in path.read_bytes(), path.name


def test_a_download_leaves_only_ciphertext_and_staff_play_and_download_it(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio)
    audio = twilio.recordings[SID]
    assert status_callback(app).status_code == 204
    no_plain_riff(line_settings.recordings_dir)
    [message] = desk_of(app).store.listing()
    client = staff_client(app)
    played = client.get(f"/staff/messages/{message.id}/audio")
    assert played.status_code == 200 and played.data == audio and played.mimetype == "audio/wav"
    assert played.headers["Cache-Control"] == "no-store" and "attachment" not in played.headers.get("Content-Disposition", "")
    downloaded = client.get(f"/staff/messages/{message.id}/audio?pobierz=1")
    assert downloaded.data == audio
    assert downloaded.headers["Content-Disposition"].startswith("attachment") and f"wiadomosc-{message.id}.wav" in downloaded.headers["Content-Disposition"]
    page = client.get("/staff/messages").get_data(as_text=True)
    assert f"/staff/messages/{message.id}/audio?pobierz=1" in page
    # Decrypting wrote nothing to disk either.
    no_plain_riff(line_settings.recordings_dir)
    # Signed out: nothing.
    assert app.test_client().get(f"/staff/messages/{message.id}/audio").status_code == 302


def test_a_sealed_file_copied_over_another_messages_name_does_not_play(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio, sid=SID)
    status_callback(app, sid=SID)
    record_action(app, twilio, sid=SID2, seconds=3)
    status_callback(app, sid=SID2, seconds=3)
    first, second = desk_of(app).store.listing()
    folder = line_settings.recordings_dir
    (folder / f"{SID2}.wav").write_bytes((folder / f"{SID}.wav").read_bytes())
    client = staff_client(app)
    assert client.get(f"/staff/messages/{first.id}/audio").status_code == 200
    refused = client.get(f"/staff/messages/{second.id}/audio")
    assert refused.status_code == 503 and "Nagrania nie można otworzyć" in refused.get_data(as_text=True)


def test_another_key_does_not_open_a_recording(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio)
    status_callback(app)
    [message] = desk_of(app).store.listing()
    other = make_line(recordings_key=new_key())
    response = staff_client(other, "jan").get(f"/staff/messages/{message.id}/audio")
    assert response.status_code == 503 and b"RIFF" not in response.data


def test_without_any_key_the_message_waits_on_twilio(make_line, twilio, line_settings):
    app = make_line(secret_key="", recordings_key="")
    record_action(app, twilio)
    status_callback(app)
    assert SID in twilio.recordings and not twilio.deletes()
    assert not (line_settings.recordings_dir / f"{SID}.wav").exists()


def test_the_key_formats_and_the_derived_key():
    hex_key = new_key()
    assert len(parse_key(hex_key)) == 32
    import base64
    import os

    raw = os.urandom(32)
    assert parse_key(base64.urlsafe_b64encode(raw).decode()) == raw
    for bad in ("", "abc", "z" * 64, base64.urlsafe_b64encode(os.urandom(16)).decode()):
        with pytest.raises(SealError):
            parse_key(bad)
    derived = Sealer.from_values("", "secret-one")
    assert derived.key == Sealer.from_values("", "secret-one").key != Sealer.from_values("", "secret-two").key
    assert derived.key != "secret-one".encode()[:32]
    assert Sealer.from_values(hex_key, "secret-one").key == bytes.fromhex(hex_key)  # the own key wins


def cli(env: dict, *args):
    from ivr.cli import main

    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def env_of(settings) -> dict:
    return {"IVR_DATABASE_URL": settings.database_url, "IVR_RECORDINGS_DIR": str(settings.recordings_dir),
            "IVR_SECRET_KEY": settings.secret_key, "IVR_RECORDINGS_KEY": settings.recordings_key,
            "IVR_CONTENT_DIR": str(settings.content_dir)}


def test_rekey_re_encrypts_everything_and_can_be_run_again(make_line, twilio, line_settings, tmp_path):
    app = make_line()
    for sid, seconds in ((SID, 7), (SID2, 3)):
        record_action(app, twilio, sid=sid, seconds=seconds)
        status_callback(app, sid=sid, seconds=seconds)
    folder = line_settings.recordings_dir
    old = Sealer.from_settings(line_settings)
    plain = {p.name: old.read(p) for p in folder.iterdir()}
    key = new_key()
    key_file = tmp_path / "new.key"
    key_file.write_text(key + "\n")
    result = cli(env_of(line_settings), "recordings", "rekey", str(key_file))
    assert result.exit_code == 0, result.output
    assert "Zaszyfrowano nowym kluczem: 2. Bez zmian: 0." in result.output and "IVR_RECORDINGS_KEY" in result.output
    new = Sealer(parse_key(key))
    for path in folder.iterdir():
        assert new.read(path) == plain[path.name]
        with pytest.raises(SealError):
            old.read(path)
    no_plain_riff(folder)
    again = cli(env_of(replace(line_settings, recordings_key=key)), "recordings", "rekey", str(key_file))
    assert again.exit_code == 2 and "taki sam jak obecny" in again.output
    # An interrupted run (one file done) is finished by running it again with the old key.
    (folder / f"{SID}.wav").write_bytes(old.seal(plain[f"{SID}.wav"], f"{SID}.wav"))
    result = cli(env_of(line_settings), "recordings", "rekey", str(key_file))
    assert "Zaszyfrowano nowym kluczem: 1. Bez zmian: 1." in result.output
    # The line on the new key plays them.
    [first, _] = desk_of(app).store.listing()
    played = staff_client(make_line(recordings_key=key)).get(f"/staff/messages/{first.id}/audio")
    assert played.status_code == 200 and played.data == plain[f"{SID}.wav"]


def test_a_bad_new_key_changes_nothing(make_line, twilio, line_settings, tmp_path):
    app = make_line()
    record_action(app, twilio)
    status_callback(app)
    before = (line_settings.recordings_dir / f"{SID}.wav").read_bytes()
    key_file = tmp_path / "bad.key"
    key_file.write_text("not-a-key")
    result = cli(env_of(line_settings), "recordings", "rekey", str(key_file))
    assert result.exit_code == 2 and "Nowy klucz jest nieprawidłowy" in result.output
    assert (line_settings.recordings_dir / f"{SID}.wav").read_bytes() == before


def plain_message(settings, sid=SID, seconds=4) -> tuple[int, bytes]:
    """A message kept before encryption at rest: a plain WAV file and its row."""
    from datetime import datetime, timezone

    store = Store(settings.database_url)
    message = store.note_recording(sid, now=datetime(2026, 11, 30, tzinfo=timezone.utc), number=CALLER, duration=seconds)
    settings.recordings_dir.mkdir(parents=True, exist_ok=True)
    audio = make_wav(seconds)
    path = settings.recordings_dir / f"{sid}.wav"
    path.write_bytes(audio)
    store.mark_stored(message.id, str(path))
    store.engine.dispose()
    return message.id, audio


def test_the_migration_step_encrypts_plain_files_at_start_and_staff_still_play_them(line_settings, make_line):
    message_id, audio = plain_message(line_settings)
    app = make_line()  # the line's start: the schema upgraded, then plain recordings encrypted
    no_plain_riff(line_settings.recordings_dir)
    played = staff_client(app).get(f"/staff/messages/{message_id}/audio")
    assert played.status_code == 200 and played.data == audio
    assert desk_of(app).seal_plain_recordings().sealed == 0  # idempotent


def test_the_migration_step_by_command_and_without_a_key(line_settings):
    _, audio = plain_message(line_settings)
    env = env_of(line_settings)
    result = cli({**env, "IVR_SECRET_KEY": "", "IVR_RECORDINGS_KEY": ""}, "db", "upgrade")
    assert "Nagrania nie są szyfrowane" in result.output
    path = line_settings.recordings_dir / f"{SID}.wav"
    assert path.read_bytes() == audio  # no key: left as it was, never lost
    result = cli(env, "db", "upgrade")
    assert result.exit_code == 0 and "Zaszyfrowano nagrania zapisane wcześniej bez szyfrowania: 1." in result.output
    assert Sealer.from_settings(line_settings).read(path) == audio
    no_plain_riff(line_settings.recordings_dir)
    result = cli(env, "recordings", "encrypt")
    assert result.exit_code == 0 and "Zaszyfrowano: 0. Bez zmian: 1." in result.output
