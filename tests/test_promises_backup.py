"""The promises of `ivr backup` / `ivr restore` (ivr.operations.backup) that the round trips in
test_backup.py and the hostile archives in test_restore_hostile.py leave open: the exact words of
every refusal, the archive's key, its dated name and backup.json in UTC whatever the server's
zone, the clean-up of killed backups at its very edge, the pruning of old archives next to a
folder or a link, the rows pointed at the restored recordings before the live database is
replaced, a translation that does not load, and the PostgreSQL tools' command line. Each test
tries the input that would break its promise (issue 35)."""
from __future__ import annotations

import io
import json
import logging
import os
import re
import sqlite3
import tarfile
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path, PurePosixPath

import pytest
from sqlalchemy.engine import make_url

from fake_twilio import make_wav

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)
SID = "RE" + "a" * 32
CALLER = "+48606902915"


@pytest.fixture
def source(settings, tmp_path, content_dir):
    """A line with a stored message and its WAV, a call-back request, one saved content
    version (two history files: the shipped text and anna's) and published audio."""
    from ivr.messages.store import Store
    from ivr.staff.content_store import ContentStore

    line = replace(settings, database_url=f"sqlite:///{tmp_path / 'a' / 'ivr.sqlite3'}",
                   recordings_dir=tmp_path / "a" / "recordings", audio_dir=tmp_path / "a" / "audio")
    store = Store(line.database_url)
    message = store.note_recording(SID, now=NOW, number=CALLER, duration=7, url="https://api.twilio.com/x")
    line.recordings_dir.mkdir(parents=True)
    wav = line.recordings_dir / f"{SID}.wav"
    wav.write_bytes(make_wav(2))
    store.mark_stored(message.id, str(wav))
    store.request_callback("+48600100200", NOW)
    store.engine.dispose()
    contents = ContentStore(content_dir)
    snapshot = contents.read()
    contents.save(snapshot.text.replace("Dzień dobry, tu Ośrodek", "Dzień dobry, mówi Ośrodek", 1), snapshot.version, "anna")
    line.audio_dir.mkdir()
    (line.audio_dir / "greeting.0123456789abcdef.wav").write_bytes(make_wav(1))
    (line.audio_dir / "manifest.json").write_text(json.dumps(
        {"prompts": {"greeting": {"file": "greeting.0123456789abcdef.wav", "spoken": "x", "engine": "gtts"}}}))
    return line


def empty_place(settings, base: Path):
    """Folders and a database that do not exist yet, several levels deep."""
    return replace(settings, database_url=f"sqlite:///{base / 'db' / 'deep' / 'ivr.sqlite3'}",
                   content_dir=base / "c" / "deep" / "prompts", audio_dir=base / "a" / "deep" / "audio",
                   recordings_dir=base / "r" / "deep" / "recordings")


def without_keys(settings):
    return replace(settings, secret_key="", recordings_key="")


def plain_members(path: Path, settings) -> dict[str, bytes | None]:
    """The archive's members by name, opened with the settings' key when it is encrypted."""
    from ivr.common.sealed import Sealer
    from ivr.operations.backup_cipher import archive_key, decrypt_file, is_encrypted

    if is_encrypted(path):
        with tempfile.TemporaryDirectory() as folder:
            plain = Path(folder) / "plain.tar.gz"
            decrypt_file(path, plain, archive_key(Sealer.from_settings(settings)))
            return plain_members(plain, settings)
    with tarfile.open(path, "r:gz") as tar:
        return {info.name: (tar.extractfile(info).read() if info.isfile() else None) for info in tar.getmembers()}


def plain_archive(source, tmp_path: Path, changes: dict[str, bytes | None], name="changed.tar.gz") -> Path:
    """A plain (unencrypted) backup of `source` with members replaced (bytes), added, or
    removed (None), as a backup made before encryption would be."""
    made = __import__("ivr.operations.backup", fromlist=["backup"]).backup(source, tmp_path / "made.tar.gz", now=NOW)
    members = plain_members(made.path, source)
    for member, data in changes.items():
        if data is None:
            members.pop(member, None)
        else:
            members[member] = data
    out = tmp_path / name
    with tarfile.open(out, "w:gz") as tar:
        for member, data in members.items():
            if data is None:
                continue
            info = tarfile.TarInfo(member)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return out


def message_paths(settings) -> dict[int, str | None]:
    from ivr.messages.store import Store

    store = Store(settings.database_url)
    try:
        return {m.id: m.file_path for m in store.listing(include_done=True) if m.kind != "callback"}
    finally:
        store.engine.dispose()


@pytest.fixture
def in_warsaw(monkeypatch):
    """The server's clock in Warsaw's zone (one hour ahead of UTC in December)."""
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- the archive: its key, its name, what it says of itself ------------------------------------------

def test_a_line_with_a_key_writes_an_encrypted_archive_and_says_so(source, tmp_path):
    from ivr.operations.backup import Summary, backup
    from ivr.operations.backup_cipher import is_encrypted

    target = tmp_path / "kopia.tar.gz"
    summary = backup(source, target, now=NOW)
    assert is_encrypted(target)
    with pytest.raises(tarfile.TarError):  # not readable as a plain tar.gz by anyone who finds it
        tarfile.open(target, "r:gz").getmembers()
    # One recording, two versions in the history, the audio file and its manifest.
    assert summary == Summary(target, "sqlite", 1, 2, 2, encrypted=True)


def test_a_line_without_a_key_writes_a_plain_archive_with_a_warning(source, tmp_path, caplog):
    from ivr.operations.backup import Summary, backup
    from ivr.operations.backup_cipher import is_encrypted

    target = tmp_path / "kopia.tar.gz"
    with caplog.at_level(logging.WARNING, logger="ivr.operations.backup"):
        summary = backup(without_keys(source), target, now=NOW)
    assert not is_encrypted(target)
    assert summary == Summary(target, "sqlite", 1, 2, 2, encrypted=False)
    assert [r.getMessage() for r in caplog.records if r.name == "ivr.operations.backup"] == [
        "backup not encrypted: neither IVR_RECORDINGS_KEY nor IVR_SECRET_KEY is set"]


def test_the_dated_name_and_backup_json_are_in_utc_on_a_server_in_warsaw(source, tmp_path, in_warsaw):
    from ivr.operations.backup import backup

    folder = tmp_path / "kopie"
    folder.mkdir()
    two_thirty_utc = datetime(2026, 12, 1, 2, 30, tzinfo=timezone.utc)  # 03:30 in Warsaw
    summary = backup(source, folder, now=two_thirty_utc)
    assert summary.path == folder / "ivr-backup-20261201-023000.tar.gz"
    info = plain_members(summary.path, source)["backup.json"].decode("ascii")
    assert info == '{\n  "format": 1,\n  "created_at": "2026-12-01T02:30:00+00:00",\n  "database": "sqlite"\n}'


def test_a_backup_into_a_missing_folder_is_refused_with_the_folder_named(source, tmp_path):
    from ivr.operations.backup import BackupError, backup

    missing = tmp_path / "nie-ma" / "kopia.tar.gz"
    with pytest.raises(BackupError) as caught:
        backup(source, missing, now=NOW)
    assert str(caught.value) == f"Folder {tmp_path / 'nie-ma'} nie istnieje."


def test_a_line_whose_database_file_is_missing_is_refused_with_the_file_named(source, tmp_path):
    from ivr.operations.backup import BackupError, backup

    gone = tmp_path / "nowhere" / "ivr.sqlite3"
    with pytest.raises(BackupError) as caught:
        backup(replace(source, database_url=f"sqlite:///{gone}"), tmp_path / "kopia.tar.gz", now=NOW)
    assert str(caught.value) == f"Nie ma pliku bazy {gone}."
    assert not gone.exists()  # the read-only copy never creates it


def test_the_backup_is_put_together_in_a_hidden_folder_beside_the_archive(source, tmp_path, monkeypatch):
    """Beside the archive (same file system: the final rename is atomic) and named so that the
    next run can find it if this one is killed."""
    from ivr.operations import backup as module

    seen = []
    real = module.snapshot_database
    monkeypatch.setattr(module, "snapshot_database", lambda settings, folder: seen.append(folder) or real(settings, folder))
    folder = tmp_path / "kopie"
    folder.mkdir()
    module.backup(source, folder / "kopia.tar.gz", now=NOW)
    [staging] = seen
    assert staging.parent == folder and staging.name.startswith(".ivr-backup-")
    assert not staging.exists()


def test_audio_the_manifest_names_but_that_is_missing_or_a_link_is_left_out(source, tmp_path):
    from ivr.operations.backup import backup

    outside = tmp_path / "outside.wav"
    outside.write_bytes(b"not the line's")
    (source.audio_dir / "linked.0123456789abcdef.wav").symlink_to(outside)
    (source.audio_dir / "manifest.json").write_text(json.dumps({"prompts": {
        "greeting": {"file": "greeting.0123456789abcdef.wav"},
        "gone": {"file": "gone.0123456789abcdef.wav"},
        "linked": {"file": "linked.0123456789abcdef.wav"}}}))
    summary = backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    audio = sorted(name for name in plain_members(summary.path, source) if name.startswith("audio/"))
    assert audio == ["audio/greeting.0123456789abcdef.wav", "audio/manifest.json"]


# -- killed backups and old archives ---------------------------------------------------------------

def test_a_staging_folder_exactly_six_hours_old_is_kept_and_an_older_one_removed(tmp_path, monkeypatch, caplog):
    from ivr.operations import backup as module

    now = 1_800_000_000.0
    monkeypatch.setattr(module.time, "time", lambda: now)
    edge, older = tmp_path / ".ivr-backup-edge", tmp_path / ".ivr-backup-older"
    for folder, age in ((edge, 6 * 3600), (older, 6 * 3600 + 1)):
        folder.mkdir()
        os.utime(folder, (now - age, now - age))
    with caplog.at_level(logging.WARNING, logger="ivr.operations.backup"):
        module._remove_stale_staging(tmp_path)
    assert edge.exists() and not older.exists()
    assert [r.getMessage() for r in caplog.records] == [
        f"removed the temporary folder of an interrupted backup: {older}"]


def test_a_staging_folder_that_cannot_be_removed_is_logged_and_the_others_still_go(tmp_path, monkeypatch, caplog):
    from ivr.operations import backup as module

    stuck, other = tmp_path / ".ivr-backup-stuck", tmp_path / ".ivr-backup-other"
    for folder in (stuck, other):
        folder.mkdir()
        os.utime(folder, (time.time() - 7 * 3600,) * 2)
    real = module.shutil.rmtree

    def refuse(path, *args, **kwargs):
        if Path(path) == stuck:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(module.shutil, "rmtree", refuse)
    with caplog.at_level(logging.WARNING, logger="ivr.operations.backup"):
        module._remove_stale_staging(tmp_path)
    assert stuck.exists() and not other.exists()
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.ERROR, f"cannot remove {stuck}: [Errno 13] Permission denied: '{stuck}'"),
        (logging.WARNING, f"removed the temporary folder of an interrupted backup: {other}")] or \
        [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, f"removed the temporary folder of an interrupted backup: {other}"),
        (logging.ERROR, f"cannot remove {stuck}: [Errno 13] Permission denied: '{stuck}'")]


def test_pruning_keeps_the_newest_and_never_touches_a_folder_or_a_link_named_like_an_archive(source, tmp_path, monkeypatch):
    from ivr.operations import backup as module

    folder = tmp_path / "kopie"
    folder.mkdir()
    (folder / "ivr-backup-20200101-000000.tar.gz").mkdir()  # a folder with an archive's name
    elsewhere = tmp_path / "elsewhere.tar.gz"
    elsewhere.write_bytes(b"another archive")
    (folder / "ivr-backup-20200102-000000.tar.gz").symlink_to(elsewhere)
    for day in (1, 2, 3):
        module.backup(source, folder, now=datetime(2026, 12, day, 2, 30, tzinfo=timezone.utc), keep=2)
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [
        "ivr-backup-20200101-000000.tar.gz", "ivr-backup-20200102-000000.tar.gz",
        "ivr-backup-20261202-023000.tar.gz", "ivr-backup-20261203-023000.tar.gz"]
    assert (folder / "ivr-backup-20200101-000000.tar.gz").is_dir()
    assert (folder / "ivr-backup-20200102-000000.tar.gz").is_symlink() and elsewhere.is_file()


def test_pruning_an_archive_another_run_removed_first_is_no_error(source, tmp_path, monkeypatch):
    """Two backups pruning the same folder at once: the file listed is gone by the time it is deleted."""
    from ivr.operations import backup as module

    folder = tmp_path / "kopie"
    folder.mkdir()
    module.backup(source, folder, now=datetime(2026, 12, 1, 2, 30, tzinfo=timezone.utc))
    real_inside = module.inside

    def removed_meanwhile(path, base):
        path.unlink(missing_ok=True)  # the other run was quicker
        return real_inside(path, base)

    monkeypatch.setattr(module, "inside", removed_meanwhile)
    summary = module.backup(source, folder, now=datetime(2026, 12, 2, 2, 30, tzinfo=timezone.utc), keep=1)
    assert [p.name for p in folder.glob("ivr-backup-*")] == [summary.path.name]


# -- restore: every refusal in its own words ------------------------------------------------------

def test_a_missing_archive_is_named(source, tmp_path):
    from ivr.operations.backup import BackupError, restore

    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), tmp_path / "brak.tar.gz")
    assert str(caught.value) == f"Nie ma pliku {tmp_path / 'brak.tar.gz'}."


def test_a_restore_over_a_whole_line_names_all_it_would_overwrite(source, tmp_path):
    from ivr.operations.backup import NotEmpty, backup, restore

    made = backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    with pytest.raises(NotEmpty) as caught:
        restore(source, made.path)
    assert str(caught.value) == (
        f"Odtworzenie nadpisałoby: {source.content_dir / 'pl.toml'}; {source.recordings_dir}; "
        f"{source.audio_dir / 'manifest.json'}; baza danych (IVR_DATABASE_URL). "
        "Aby je zastąpić kopią, proszę dodać --force.")


def test_an_encrypted_archive_without_a_key_here_is_refused_with_what_to_do(source, tmp_path):
    from ivr.operations.backup import BackupError, backup, restore

    made = backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    with pytest.raises(BackupError) as caught:
        restore(without_keys(empty_place(source, tmp_path / "b")), made.path)
    assert str(caught.value) == (
        "Kopia jest zaszyfrowana, a nie ustawiono IVR_RECORDINGS_KEY ani IVR_SECRET_KEY: proszę wpisać do "
        "/etc/ivr/ivr.env wartości z serwera, na którym ją zrobiono. Nic nie zmieniono.")
    assert not (tmp_path / "b").exists()


def test_an_archive_encrypted_with_another_key_is_refused_with_the_reason(source, tmp_path):
    from ivr.operations.backup import BackupError, backup, restore

    made = backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    with pytest.raises(BackupError) as caught:
        restore(replace(empty_place(source, tmp_path / "b"), secret_key="another-secret"), made.path)
    assert str(caught.value) == (
        "Kopii nie da się odszyfrować: kopia jest zaszyfrowana innym kluczem (IVR_RECORDINGS_KEY albo "
        "IVR_SECRET_KEY z serwera, na którym ją zrobiono). Nic nie zmieniono.")


@pytest.mark.parametrize("info, words", [
    (b"[1]", "Nieznany format kopii: [1]."),
    (b'{"format": 2, "database": "sqlite"}', "Nieznany format kopii: 2."),
    (b'{"database": "sqlite"}', "Nieznany format kopii: None."),
    (b'{"format": 1, "database": "oracle"}', "Kopia nie zawiera bazy danych."),
    (b'{"format": 1, "database": "postgresql"}', "Kopia nie zawiera bazy danych."),  # only the SQLite file is in it
])
def test_an_archive_of_another_format_or_without_its_database_is_refused(source, tmp_path, info, words):
    from ivr.operations.backup import BackupError, restore

    archive = plain_archive(source, tmp_path, {"backup.json": info})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    assert str(caught.value) == words
    assert not (tmp_path / "b").exists()


def test_a_sqlite_archive_without_its_database_file_is_refused(source, tmp_path):
    from ivr.operations.backup import BackupError, restore

    archive = plain_archive(source, tmp_path, {"database/ivr.sqlite3": None})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    assert str(caught.value) == "Kopia nie zawiera bazy danych."


def test_an_archive_whose_backup_json_is_not_json_is_named_as_no_backup(source, tmp_path):
    from ivr.operations.backup import BackupError, restore

    archive = plain_archive(source, tmp_path, {"backup.json": b"to nie json"})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    with pytest.raises(ValueError) as reason:
        json.loads("to nie json")
    assert str(caught.value) == f"{archive} nie jest kopią zapasową linii ({reason.value})."


def test_an_archive_refused_while_unpacking_says_nothing_was_changed(source, tmp_path, monkeypatch):
    from ivr.operations.archive import UnsafeArchive
    from ivr.operations.backup import BackupError, restore

    def refuse(*args, **kwargs):
        raise UnsafeArchive("recordings/x: zmienił się w trakcie czytania")

    archive = plain_archive(source, tmp_path, {})
    monkeypatch.setattr("ivr.operations.archive.extract", refuse)
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    assert str(caught.value) == "Kopia odrzucona, nic nie zmieniono: recordings/x: zmienił się w trakcie czytania."


def test_an_archive_without_pl_toml_is_refused_with_the_file_named(source, tmp_path):
    from ivr.operations.backup import BackupError, restore

    archive = plain_archive(source, tmp_path, {"prompts/pl.toml": None})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    message = str(caught.value)
    assert message.startswith("Kopia nie zawiera czytelnego pliku prompts/pl.toml ([Errno 2] No such file or directory: ")
    assert message.endswith("/prompts/pl.toml').")


def test_an_archive_whose_pl_toml_does_not_load_is_refused_with_the_reason(source, tmp_path):
    from ivr.call.content import ContentError
    from ivr.operations.backup import BackupError, restore
    from ivr.staff.content_store import ContentStore

    broken = (source.content_dir / "pl.toml").read_text(encoding="utf-8") + "\n[niedokończona\n"
    with pytest.raises(ContentError) as reason:
        ContentStore(source.content_dir).validate(broken)
    archive = plain_archive(source, tmp_path, {"prompts/pl.toml": broken.encode("utf-8")})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    # The reason names the unpacked copy's file (a temporary folder), then what is wrong with it.
    where, what = str(reason.value).split("/prompts/pl.toml", 1)
    assert where == str(source.content_dir.parent)
    assert re.fullmatch(re.escape("Treści w kopii nie wczytują się: ") + r"/\S+/ivr-restore-\w+/prompts/pl\.toml"
                        + re.escape(what), str(caught.value))


def test_a_damaged_manifest_in_the_archive_is_named(source, tmp_path):
    from ivr.operations.backup import BackupError, restore

    archive = plain_archive(source, tmp_path, {"audio/manifest.json": b"{prompts"})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    with pytest.raises(ValueError) as reason:
        json.loads("{prompts")
    assert str(caught.value) == f"audio/manifest.json w kopii jest uszkodzony ({reason.value})."


def test_a_manifest_naming_a_long_strange_file_shows_its_first_hundred_characters(source, tmp_path):
    from ivr.operations.backup import BackupError, restore

    name = "../" + "x" * 97 + "TAIL-NOT-SHOWN"
    manifest = json.dumps({"prompts": {"greeting": {"file": name}}}).encode()
    archive = plain_archive(source, tmp_path, {"audio/manifest.json": manifest})
    with pytest.raises(BackupError) as caught:
        restore(empty_place(source, tmp_path / "b"), archive)
    assert str(caught.value) == (f"audio/manifest.json w kopii wskazuje plik {('../' + 'x' * 97)!r}, "
                                 "który nie jest nagraniem komunikatu.")


def test_a_manifest_without_prompts_restores(source, tmp_path):
    from ivr.operations.backup import restore

    archive = plain_archive(source, tmp_path, {"audio/manifest.json": b"{}"})
    place = empty_place(source, tmp_path / "b")
    restore(place, archive)
    assert (place.audio_dir / "manifest.json").read_bytes() == b"{}"


def test_a_sqlite_copy_is_not_restored_into_postgresql(settings, tmp_path):
    from ivr.operations.backup import BackupError, restore_database

    with pytest.raises(BackupError) as caught:
        restore_database(replace(settings, database_url="postgresql+psycopg://ivr@/ivr?host=/nowhere"), tmp_path, "sqlite")
    assert str(caught.value) == ("Kopia zawiera bazę sqlite, a IVR_DATABASE_URL wskazuje bazę postgresql: "
                                 "proszę odtwarzać do bazy tego samego rodzaju.")


def test_the_restore_unpacks_in_temporary_folders_named_for_it(source, tmp_path, monkeypatch):
    """An administrator finding a leftover folder in /tmp after a crash can tell what it was."""
    from ivr.operations import archive as unpacking
    from ivr.operations.backup import restore

    seen = []
    real = unpacking.extract
    monkeypatch.setattr(unpacking, "extract", lambda path, members, folder: seen.append((path, folder)) or real(path, members, folder))
    made = __import__("ivr.operations.backup", fromlist=["backup"]).backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    restore(empty_place(source, tmp_path / "b"), made.path)
    [(opened, unpacked)] = seen
    assert opened.parent.name.startswith("ivr-restore-") and unpacked.name.startswith("ivr-restore-")
    assert opened.parent != unpacked and not unpacked.exists() and not opened.exists()


# -- restore: what it puts back ---------------------------------------------------------------------

def test_a_restore_into_folders_that_do_not_exist_yet_creates_them_and_says_what_it_restored(source, tmp_path):
    from ivr.operations.backup import Summary, backup, restore

    made = backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    place = empty_place(source, tmp_path / "b")
    summary = restore(place, made.path)
    assert summary == Summary(made.path, "sqlite", 1, 2, 2)
    assert Path(place.database_url.removeprefix("sqlite:///")).is_file()
    assert (place.recordings_dir / f"{SID}.wav").read_bytes() == make_wav(2)
    assert (place.audio_dir / "greeting.0123456789abcdef.wav").read_bytes() == make_wav(1)


def test_a_line_never_edited_restores_its_content_into_a_new_deep_folder(settings, tmp_path):
    """No history in the archive (nobody saved on the staff pages): the content folder is made."""
    from ivr.messages.store import Store
    from ivr.operations.backup import backup, restore

    line = replace(settings, database_url=f"sqlite:///{tmp_path / 'a.sqlite3'}")
    store = Store(line.database_url)
    store.request_callback(CALLER, NOW)
    store.engine.dispose()
    made = backup(line, tmp_path / "kopia.tar.gz", now=NOW)
    assert not any(name.startswith("prompts/history/") for name in plain_members(made.path, line))
    place = empty_place(line, tmp_path / "b")
    restore(place, made.path)
    assert (place.content_dir / "pl.toml").read_text(encoding="utf-8") == (line.content_dir / "pl.toml").read_text(encoding="utf-8")


def test_rows_point_into_the_recordings_folder_before_the_live_database_is_replaced(source, tmp_path, monkeypatch):
    """At no moment does the restored database name a file in another server's folder."""
    from ivr.operations import backup as module

    made = module.backup(source, tmp_path / "kopia.tar.gz", now=NOW)
    place = empty_place(source, tmp_path / "b")
    real = module.restore_database
    seen = []

    def replaced(settings, folder, kind):
        real(settings, folder, kind)
        seen.append(message_paths(settings))

    monkeypatch.setattr(module, "restore_database", replaced)
    module.restore(place, made.path)
    assert [set(paths.values()) for paths in seen] == [{str(place.recordings_dir / f"{SID}.wav")}]


def test_restored_rows_are_pointed_at_the_restored_recordings_and_a_foreign_path_is_cleared(settings, tmp_path, caplog):
    """_relocate_recordings, as after pg_restore (no SQLite copy to edit first): a recording's
    name in another server's folder is moved into ours, one that names no recording is cleared,
    a message whose recording was never downloaded keeps none, one already in place is left."""
    from sqlalchemy import create_engine, text

    from ivr.messages.store import Store
    from ivr.operations.backup import _relocate_recordings

    line = replace(settings, database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}")
    recordings = tmp_path / "recordings"
    store = Store(line.database_url)
    sids = ["RE" + c * 32 for c in "bcde"]
    ids = [store.note_recording(sid, now=NOW, number=CALLER, duration=5, url="https://api.twilio.com/x").id for sid in sids]
    store.engine.dispose()
    paths = {ids[0]: f"/srv/old/recordings/{sids[0]}.wav", ids[1]: "/etc/passwd",
             ids[2]: None, ids[3]: str(recordings / f"{sids[3]}.wav")}
    engine = create_engine(line.database_url)
    with engine.begin() as db:
        for row_id, path in paths.items():
            db.execute(text("UPDATE messages SET file_path = :p WHERE id = :i"), {"p": path, "i": row_id})
    engine.dispose()
    with caplog.at_level(logging.WARNING, logger="ivr.operations.backup"):
        _relocate_recordings(line, recordings)
    assert message_paths(line) == {ids[0]: str(recordings / f"{sids[0]}.wav"), ids[1]: None, ids[2]: None,
                                   ids[3]: str(recordings / f"{sids[3]}.wav")}
    assert [r.getMessage() for r in caplog.records] == [
        f"message {ids[1]} named a file that is no recording: its path is cleared"]


def test_an_archive_without_a_translation_restores_polish_alone(source, tmp_path):
    from ivr.operations.backup import restore

    archive = plain_archive(source, tmp_path, {"prompts/uk.toml": None})
    place = empty_place(source, tmp_path / "b")
    restore(place, archive)
    assert (place.content_dir / "pl.toml").is_file() and not (place.content_dir / "uk.toml").exists()


@pytest.mark.parametrize("already_there", [False, True], ids=["into an empty place", "over a translation with --force"])
def test_a_translation_that_does_not_load_is_logged_and_left_as_it_was(source, tmp_path, caplog, already_there):
    from ivr.call.content import ContentError
    from ivr.operations.backup import restore
    from ivr.staff.content_store import ContentStore

    broken = "[office\n"
    with pytest.raises(ContentError) as reason:
        ContentStore(source.content_dir, lang="uk").validate(broken)
    archive = plain_archive(source, tmp_path, {"prompts/uk.toml": broken.encode("utf-8")})
    place = empty_place(source, tmp_path / "b")
    if already_there:
        place.content_dir.mkdir(parents=True)
        (place.content_dir / "uk.toml").write_bytes((source.content_dir / "uk.toml").read_bytes())
    with caplog.at_level(logging.WARNING, logger="ivr.operations.backup"):
        restore(place, archive, force=True)
    # The reason names the file where it was put back.
    said = str(reason.value).replace(str(source.content_dir), str(place.content_dir))
    assert str(place.content_dir) in said
    assert [r.getMessage() for r in caplog.records if r.name == "ivr.operations.backup"] == [
        f"restore: uk.toml from the backup does not load and was not put back: {said}"]
    assert (place.content_dir / "uk.toml").exists() is already_there
    if already_there:
        assert (place.content_dir / "uk.toml").read_bytes() == (source.content_dir / "uk.toml").read_bytes()


# -- which names an archive may hold -----------------------------------------------------------------

@pytest.mark.parametrize("name, allowed", [
    ("backup.json", True),
    ("database/ivr.sqlite3", True),
    ("database/ivr.pgdump", True),
    ("database/other.sqlite3", False),
    (f"recordings/{SID}.wav", True),
    (f"recordings/{SID}.wav/inside", False),
    ("recordings/notes.txt", False),
    ("audio/manifest.json", True),
    ("audio/manifest.json/inside", False),
    ("audio/greeting.0123456789abcdef.wav", True),
    ("audio/greeting.0123456789abcdef.wav/inside", False),
    ("prompts/pl.toml", True),
    ("prompts/uk.toml", True),
    ("prompts/history/pl.20261201-213000-000000.anna.toml", True),   # 12 hours after the restore's clock
    ("prompts/history/uk.20261201-213000-000000.anna.toml", True),
    ("prompts/history/pl.20261202-213000-000000.anna.toml", False),  # 36 hours after: a wrong clock
    ("prompts/history/pl.20261202-093000-000000.anna.toml", True),   # a day after, to the second
    ("prompts/history/pl.20261202-093000-000001.anna.toml", False),
])
def test_an_archive_may_hold_only_the_names_of_the_backup_layout(name, allowed):
    from ivr.operations.backup import _allowed

    assert _allowed(PurePosixPath(name), NOW) is allowed


# -- the PostgreSQL tools' command line ---------------------------------------------------------------

def test_pg_tools_get_the_address_without_the_password_and_the_password_in_their_environment(monkeypatch):
    from ivr.operations.backup import _libpq

    monkeypatch.setenv("IVR_PROBE", "kept")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    uri, env = _libpq(make_url("postgresql+psycopg://ivr:tajne-haslo@db.gmina.local:5433/ivr?sslmode=require"))
    assert uri == "postgresql://ivr@db.gmina.local:5433/ivr?sslmode=require"
    assert env["PGPASSWORD"] == "tajne-haslo" and env["IVR_PROBE"] == "kept"
    assert "PGPASSWORD" not in os.environ  # the process's own environment is not changed
    uri, env = _libpq(make_url("postgresql+psycopg://ivr@/ivr?host=/run/postgresql"))
    assert uri == "postgresql://ivr@/ivr?host=%2Frun%2Fpostgresql" and "PGPASSWORD" not in env


def test_a_missing_pg_tool_is_named_with_how_to_install_it():
    from ivr.operations.backup import BackupError, _run

    with pytest.raises(BackupError) as caught:
        _run(["ivr-no-such-pg-tool"], dict(os.environ))
    assert str(caught.value) == "Brak programu ivr-no-such-pg-tool: sudo apt-get install postgresql-client"


def test_a_failing_pg_tool_is_named_with_its_own_words_cut_to_500_characters():
    from ivr.operations.backup import BackupError, _run

    words = "pg_dump: error: " + "x" * 600
    env = {"PATH": os.environ["PATH"], "IVR_WORDS": words}
    with pytest.raises(BackupError) as caught:
        _run(["sh", "-c", 'printf "  %s\\n" "$IVR_WORDS" >&2; exit 3'], env)
    assert str(caught.value) == f"sh zakończył się błędem: {words[:500]}"


def test_a_pg_tool_that_succeeds_prints_nothing_of_its_own(capfd):
    from ivr.operations.backup import _run

    _run(["sh", "-c", "echo out; echo err >&2"], dict(os.environ))
    assert capfd.readouterr() == ("", "")


PG_URL = "postgresql+psycopg://ivr:tajne-haslo@db.gmina.local:5433/ivr"


def test_pg_dump_and_pg_restore_get_the_password_only_in_their_environment(settings, tmp_path, monkeypatch):
    """The command lines (which `ps` shows to every user) hold the address without the password;
    the password travels in PGPASSWORD."""
    from ivr.operations import backup as module

    ran = []
    monkeypatch.setattr(module, "_run", lambda command, env: ran.append((command, env)))
    monkeypatch.setattr(module, "_drop_tables", lambda settings: ran.append(("drop", settings.database_url)))
    line = replace(settings, database_url=PG_URL)
    assert module.snapshot_database(line, tmp_path) == "postgresql"
    module.restore_database(line, tmp_path, "postgresql")
    address = "postgresql://ivr@db.gmina.local:5433/ivr"
    [(dump, dump_env), drop, (restore, restore_env)] = ran
    assert dump == ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file",
                    str(tmp_path / "database" / "ivr.pgdump"), address]
    assert drop == ("drop", PG_URL)  # the tables go first: pg_restore writes into an empty database
    assert restore == ["pg_restore", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                       "--dbname", address, str(tmp_path / "database" / "ivr.pgdump")]
    assert dump_env["PGPASSWORD"] == restore_env["PGPASSWORD"] == "tajne-haslo"
    assert dump_env["PATH"] == os.environ["PATH"]


def test_a_postgresql_dump_is_checked_with_the_password_in_the_environment(source, tmp_path, monkeypatch):
    from ivr.operations import backup as module
    from ivr.operations.restored_database import BadDatabase

    checked = []

    def check(path, env):
        checked.append((path.name, path.read_bytes(), env.get("PGPASSWORD")))
        raise BadDatabase("sprawdzone")

    monkeypatch.setattr("ivr.operations.restored_database.check_pgdump", check)
    monkeypatch.setattr(module, "_database_has_tables", lambda settings: False)
    archive = plain_archive(source, tmp_path, {"database/ivr.sqlite3": None, "database/ivr.pgdump": b"PGDMP dump",
                                               "backup.json": b'{"format": 1, "database": "postgresql"}'})
    place = replace(empty_place(source, tmp_path / "b"), database_url=PG_URL)
    with pytest.raises(module.BackupError) as caught:
        module.restore(place, archive)
    assert str(caught.value) == "Kopia odrzucona, nic nie zmieniono: sprawdzone."
    assert checked == [("ivr.pgdump", b"PGDMP dump", "tajne-haslo")]
