"""`ivr backup` / `ivr restore`: a round trip into empty folders and an empty database, on
SQLite and on PostgreSQL (pg_dump / pg_restore), and a restore that would overwrite."""
from __future__ import annotations

import json
import os
import tarfile
import uuid
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fake_twilio import make_wav
from messages_helpers import POSTGRES_ENV

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)
CALLER = "+48606902915"


@pytest.fixture(params=["sqlite", "postgresql"])
def two_databases(request, tmp_path):
    """The line's database and an empty one to restore into: SQLite files, or two fresh
    PostgreSQL databases (pg_dump works on a whole database, as in production)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'a' / 'ivr.sqlite3'}", f"sqlite:///{tmp_path / 'b' / 'ivr.sqlite3'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    names = [f"ivr_bk_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as db:
        for name in names:
            db.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield tuple(make_url(base).set(database=name).render_as_string(hide_password=False) for name in names)
    finally:
        with admin.connect() as db:
            for name in names:
                db.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def folders(base: Path, settings, url):
    return replace(settings, database_url=url, content_dir=base / "prompts", audio_dir=base / "audio",
                   recordings_dir=base / "recordings")


@pytest.fixture
def line(settings, tmp_path, content_dir, two_databases):
    """A line with data: a stored message with its recording, a call-back request, a staff
    account, two saved content versions, and published audio."""
    from ivr.messages.store import Store
    from ivr.staff.accounts import StaffAccounts
    from ivr.staff.content_store import ContentStore

    source = replace(settings, database_url=two_databases[0], recordings_dir=tmp_path / "recordings")
    store = Store(source.database_url)
    message = store.note_recording("RE" + "a" * 32, now=NOW, number=CALLER, duration=7, url="https://api.twilio.com/x")
    source.recordings_dir.mkdir()
    wav = source.recordings_dir / f"RE{'a' * 32}.wav"
    wav.write_bytes(make_wav(7))
    store.mark_stored(message.id, str(wav))
    store.request_callback("+48600100200", NOW)
    store.engine.dispose()
    accounts = StaffAccounts(source.database_url)
    accounts.add("anna", "dobre-haslo-123")
    accounts.store.engine.dispose()
    contents = ContentStore(content_dir)
    snapshot = contents.read()
    edited = snapshot.text.replace("Dzień dobry, tu Ośrodek", "Dzień dobry, mówi Ośrodek", 1)
    assert edited != snapshot.text
    contents.save(edited, snapshot.version, "anna")
    audio = source.audio_dir
    audio.mkdir()
    (audio / "greeting.0123456789abcdef.wav").write_bytes(make_wav(1))
    (audio / "old.fedcba9876543210.wav").write_bytes(make_wav(1))  # no longer named by the manifest
    (audio / "manifest.json").write_text(json.dumps({"prompts": {"greeting": {"file": "greeting.0123456789abcdef.wav",
                                                                              "spoken": "x", "engine": "gtts"}}}))
    return source


def snapshot(settings):
    """What the office would miss: rows, content, history, recordings, audio."""
    from ivr.messages.store import Store
    from ivr.staff.accounts import StaffAccounts

    store = Store(settings.database_url)
    rows = [(m.kind, m.number, m.created_at, m.duration, m.status, m.recording_sid,
             Path(m.file_path).read_bytes() if m.file_path else None) for m in store.listing(include_done=True)]
    store.engine.dispose()
    accounts = StaffAccounts(settings.database_url)
    logins = [(a.login, a.created_at) for a in accounts.list()]
    accounts.store.engine.dispose()
    history = settings.content_dir / "history"
    return {
        "rows": rows, "logins": logins,
        "content": (settings.content_dir / "pl.toml").read_text(),
        "history": {p.name: p.read_text() for p in sorted(history.iterdir()) if not p.name.startswith(".")},  # not the lock
        "recordings": {p.name: p.read_bytes() for p in sorted(settings.recordings_dir.iterdir())},
        "audio": {p.name: p.read_bytes() for p in sorted(settings.audio_dir.iterdir())},
    }


def cli(settings, *args):
    from ivr.cli import main

    env = {"IVR_DATABASE_URL": settings.database_url, "IVR_CONTENT_DIR": str(settings.content_dir),
           "IVR_AUDIO_DIR": str(settings.audio_dir), "IVR_RECORDINGS_DIR": str(settings.recordings_dir)}
    return CliRunner(mix_stderr=False).invoke(main, list(args), env=env)


def test_backup_and_restore_into_an_empty_place_give_back_the_same_line(line, tmp_path, two_databases):
    before = snapshot(line)
    archive = tmp_path / "kopia.tar.gz"
    made = cli(line, "backup", str(archive))
    assert made.exit_code == 0, made.output + made.stderr
    assert made.output.startswith(f"Zapisano kopię {archive}: baza (")
    assert oct(archive.stat().st_mode & 0o777) == "0o600"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"backup.json", "prompts/pl.toml", f"recordings/RE{'a' * 32}.wav", "audio/manifest.json"} <= names
    assert "audio/old.fedcba9876543210.wav" not in names

    empty = folders(tmp_path / "new", line, two_databases[1])
    restored = cli(empty, "restore", str(archive))
    assert restored.exit_code == 0, restored.output + restored.stderr
    after = snapshot(empty)
    assert after["rows"] == before["rows"] and len(after["rows"]) == 2
    assert after["logins"] == before["logins"]
    assert after["content"] == before["content"] and "mówi Ośrodek" in after["content"]
    assert after["history"] == before["history"] and len(after["history"]) == 2
    assert after["recordings"] == before["recordings"]
    assert after["audio"] == {k: v for k, v in before["audio"].items() if not k.startswith("old.")}


def test_restored_rows_point_at_the_restored_recordings(line, tmp_path, two_databases):
    from ivr.messages.store import Store

    archive = tmp_path / "kopia.tar.gz"
    assert cli(line, "backup", str(archive)).exit_code == 0
    empty = folders(tmp_path / "new", line, two_databases[1])
    assert cli(empty, "restore", str(archive)).exit_code == 0
    store = Store(empty.database_url)
    [message] = [m for m in store.listing(include_done=True) if m.file_path]
    store.engine.dispose()
    assert Path(message.file_path).parent == empty.recordings_dir


def test_restore_refuses_to_overwrite_without_force(line, tmp_path):
    archive = tmp_path / "kopia.tar.gz"
    assert cli(line, "backup", str(archive)).exit_code == 0
    from ivr.staff.content_store import ContentStore

    contents = ContentStore(line.content_dir)
    current = contents.read()
    contents.save(current.text.replace("mówi Ośrodek", "Tu linia po kopii"), current.version, "anna")
    refused = cli(line, "restore", str(archive))
    assert refused.exit_code == 2
    assert "Odtworzenie nadpisałoby" in refused.stderr and "--force" in refused.stderr
    assert "Tu linia po kopii" in (line.content_dir / "pl.toml").read_text()  # untouched

    forced = cli(line, "restore", str(archive), "--force")
    assert forced.exit_code == 0, forced.stderr
    text_now = (line.content_dir / "pl.toml").read_text()
    assert "mówi Ośrodek" in text_now and "Tu linia po kopii" not in text_now
    # The replaced text is not lost: it stays in the history, and the restore is a version of its own.
    history = ContentStore(line.content_dir).history()
    assert history[0].login == "kopia-zapasowa"
    assert any("Tu linia po kopii" in ContentStore(line.content_dir).read_version(h.name) for h in history)


def test_restore_refuses_to_overwrite_a_database_with_data_alone_without_force(line, tmp_path):
    """Only the database holds data (no content file, recordings or audio manifest in place):
    restore still refuses without --force, and the stored message is kept."""
    import shutil

    from ivr.audio.index import MANIFEST
    from ivr.messages.store import Store

    archive = tmp_path / "kopia.tar.gz"
    assert cli(line, "backup", str(archive)).exit_code == 0
    (line.content_dir / "pl.toml").unlink()
    shutil.rmtree(line.recordings_dir)
    (line.audio_dir / MANIFEST).unlink(missing_ok=True)
    later = Store(line.database_url).request_callback("+48606902919", NOW)
    refused = cli(line, "restore", str(archive))
    assert refused.exit_code == 2, refused.stderr
    assert "baza danych (IVR_DATABASE_URL)" in refused.stderr and "--force" in refused.stderr
    assert Store(line.database_url).get(later.id) is not None  # the newer data is still there


def test_backup_into_a_folder_makes_dated_files_and_keeps_the_newest(line, tmp_path):
    from ivr.operations.backup import backup

    target = tmp_path / "backups"
    target.mkdir()
    for day in range(1, 5):
        backup(line, target, now=datetime(2026, 12, day, 2, 30, tzinfo=timezone.utc), keep=2)
    assert sorted(p.name for p in target.iterdir()) == ["ivr-backup-20261203-023000.tar.gz", "ivr-backup-20261204-023000.tar.gz"]


def test_restore_refuses_what_is_not_a_backup(line, tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not an archive")
    result = cli(folders(tmp_path / "new", line, f"sqlite:///{tmp_path / 'n.sqlite3'}"), "restore", str(bogus))
    assert result.exit_code == 2 and "nie jest kopią zapasową linii" in result.stderr


def test_ukrainian_texts_saved_on_the_staff_pages_are_backed_up_and_restored(line, tmp_path, two_databases):
    """uk.toml and its versions (prompts/history/uk.*.toml) travel with the backup: a restore
    accepts them and puts uk.toml back (issue 33: the staff pages edit it)."""
    from ivr.staff.content_store import ContentStore

    ukrainian = ContentStore(line.content_dir, lang="uk")
    current = ukrainian.read()
    ukrainian.save(current.text.replace("Добрий день.", "Вітаємо.", 1), current.version, "anna")
    saved = (line.content_dir / "uk.toml").read_text()
    versions = {p.name: p.read_text() for p in (line.content_dir / "history").glob("uk.*.toml")}
    assert len(versions) == 2  # the shipped text (by hand) and anna's
    archive = tmp_path / "kopia.tar.gz"
    assert cli(line, "backup", str(archive)).exit_code == 0
    empty = folders(tmp_path / "new", line, two_databases[1])
    restored = cli(empty, "restore", str(archive))
    assert restored.exit_code == 0, restored.output + restored.stderr
    assert (empty.content_dir / "uk.toml").read_text() == saved and "Вітаємо." in saved
    assert {p.name: p.read_text() for p in (empty.content_dir / "history").glob("uk.*.toml")} == versions
