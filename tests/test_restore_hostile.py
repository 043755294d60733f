"""`ivr restore` treats an archive as hostile (N2, N3), `ivr messages purge` deletes only inside
the recordings folder and sweeps orphaned WAVs (N10), a killed backup leaves no temporary
folder. Every crafted archive is made here, in the test, from a real backup of a real line."""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from fake_twilio import make_wav

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)
SID = "RE" + "a" * 32
CALLER = "+48606902915"


@pytest.fixture
def source(settings, tmp_path, content_dir):
    """A line with a stored message (and its WAV), a call-back request, a saved version."""
    from ivr.messages.store import Store
    from ivr.staff.content_store import ContentStore

    line = replace(settings, database_url=f"sqlite:///{tmp_path / 'a' / 'ivr.sqlite3'}", recordings_dir=tmp_path / "a" / "recordings")
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
    return line


@pytest.fixture
def target(settings, tmp_path):
    """Empty folders and database to restore into."""
    base = tmp_path / "b"
    return replace(settings, database_url=f"sqlite:///{base / 'ivr.sqlite3'}", content_dir=base / "prompts",
                   audio_dir=base / "audio", recordings_dir=base / "recordings")


@pytest.fixture
def archive(source, tmp_path) -> Path:
    from ivr.operations.backup import backup

    return backup(source, tmp_path / "backup.tar.gz", now=NOW).path


def members_of(path: Path) -> list[tuple[tarfile.TarInfo, bytes | None]]:
    """The members of a backup; an encrypted one (issue 30) opened with the test settings' secret
    first, so the hostile archives below are plain tar.gz files, as a backup made before was."""
    from ivr.common.sealed import Sealer
    from ivr.operations.backup_cipher import archive_key, decrypt_file, is_encrypted

    if is_encrypted(path):
        with tempfile.TemporaryDirectory() as folder:  # outside tmp_path: the tests count its files
            plain = Path(folder) / "plain.tar.gz"
            decrypt_file(path, plain, archive_key(Sealer.from_values("", "test-secret")))
            return members_of(plain)
    with tarfile.open(path, "r:gz") as tar:
        return [(info, tar.extractfile(info).read() if info.isfile() else None) for info in tar.getmembers()]


def rebuild(path: Path, members, out: Path) -> Path:
    with tarfile.open(out, "w:gz") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return out


def file_info(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    return info, data


def link_info(name: str, target: str, kind=tarfile.SYMTYPE) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info, None


def outside_files(tmp_path: Path) -> set[str]:
    """Everything under tmp_path outside the restore target and the archives: nothing may appear."""
    return {str(p) for p in tmp_path.rglob("*") if "b" not in p.relative_to(tmp_path).parts[:1]}


def restore_of(target, path):
    from ivr.operations.backup import restore

    return restore(target, path)


# -- N2: the archive's members -------------------------------------------------------------------

def crafted(tmp_path: Path, archive: Path, extra) -> Path:
    return rebuild(archive, members_of(archive) + list(extra), tmp_path / "crafted.tar.gz")


def special(name: str, kind) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    return info, None


# What each crafted archive adds, and words the refusal must hold (the reason it names).
CRAFTS = {
    "absolute path": (lambda t: [file_info(str(t / "escaped.txt"), b"x")], "niedozwolona nazwa"),
    "dot-dot": (lambda t: [file_info("prompts/../../escaped.txt", b"x")], "niedozwolona nazwa"),
    "dot-dot at the start": (lambda t: [file_info("../escaped.txt", b"x")], "niedozwolona nazwa"),
    "symlink out, then a file through it": (lambda t: [link_info("recordings/evil", str(t)),
                                                       file_info("recordings/evil/escaped.txt", b"x")], "dowiązanie"),
    "hard link to a file outside": (lambda t: [link_info(f"recordings/{'RE' + 'b' * 32}.wav", str(t / "outside.txt"),
                                                         tarfile.LNKTYPE)], "dowiązanie"),
    "a device": (lambda t: [special("recordings/null", tarfile.CHRTYPE)], "plik specjalny"),
    "a FIFO": (lambda t: [special("recordings/fifo", tarfile.FIFOTYPE)], "plik specjalny"),
    "a dot-dot inside history": (lambda t: [file_info("prompts/history/../../../escaped.txt", b"x")], "niedozwolona nazwa"),
    "an unknown top folder": (lambda t: [file_info("etc/cron.d/ivr", b"* * * * * root sh\n")], "etc/cron.d/ivr: plik, którego"),
    "a second copy of pl.toml": (lambda t: [file_info("prompts/pl.toml", b"[office]\n")], "dwa razy"),
    "a backslash name": (lambda t: [file_info("recordings\\..\\..\\escaped.txt", b"x")], "niedozwolona nazwa"),
}


@pytest.mark.parametrize("craft", CRAFTS)
def test_a_crafted_member_is_refused_before_anything_is_written(tmp_path, archive, target, craft):
    from ivr.operations.backup import BackupError

    (tmp_path / "outside.txt").write_text("secret")
    before = outside_files(tmp_path)
    extra, words = CRAFTS[craft]
    path = crafted(tmp_path, archive, extra(tmp_path))
    before.add(str(path))
    with pytest.raises(BackupError, match="Kopia odrzucona, nic nie zmieniono") as caught:
        restore_of(target, path)
    assert words in str(caught.value)
    assert outside_files(tmp_path) == before
    assert not (tmp_path / "b").exists()  # not a folder, not a database file
    assert (tmp_path / "outside.txt").read_text() == "secret"


def test_the_cve_2025_4517_shape_is_refused(tmp_path, archive, target):
    """The published exploit's shape: a deep chain of symlinks whose resolved length passes
    PATH_MAX, then a link and a file through it. Refused at the first link."""
    from ivr.operations.backup import BackupError

    chain = []
    step = "d" * 200
    for level in range(16):
        chain.append((lambda i: (setattr(i, "type", tarfile.DIRTYPE), (i, None))[1])(tarfile.TarInfo("/".join([step] * (level + 1)))))
    chain.append(link_info("a", "/".join([step] * 16)))
    chain.append(link_info("escape", "a/" + "../" * 16 + str(tmp_path).lstrip("/")))
    chain.append(file_info("escape/escaped.txt", b"x"))
    path = rebuild(archive, chain + members_of(archive), tmp_path / "cve.tar.gz")
    with pytest.raises(BackupError, match="Kopia odrzucona") as caught:
        restore_of(target, path)
    assert "dowiązanie" in str(caught.value)
    assert not (tmp_path / "escaped.txt").exists()


def test_a_sparse_member_is_refused(tmp_path, archive, target):
    from ivr.operations.backup import BackupError

    info, data = file_info(f"recordings/{'RE' + 'c' * 32}.wav", b"x" * 10)
    info.type = tarfile.GNUTYPE_SPARSE
    path = tmp_path / "sparse.tar"
    # Written by hand: tarfile cannot write sparse members; the header is what restore sees.
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as tar:
        for member, content in members_of(archive):
            tar.addfile(member, io.BytesIO(content) if content is not None else None)
        tar.addfile(info, io.BytesIO(data))
    packed = tmp_path / "sparse.tar.gz"
    import gzip

    packed.write_bytes(gzip.compress(path.read_bytes()))
    with pytest.raises(BackupError, match="Kopia odrzucona") as caught:
        restore_of(target, packed)
    assert "sparse" in str(caught.value)


def zeros_member(name: str, size: int) -> bytes:
    """A gzip stream of a tar holding one member of `size` zero bytes, made from one
    compressed MiB repeated (gzip allows concatenated members): a few MB that expand to `size`."""
    info = tarfile.TarInfo(name)
    info.size = size
    header = info.tobuf(format=tarfile.GNU_FORMAT)
    mib = 1024 ** 2
    block = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = block.compress(bytes(mib)) + block.flush()
    body = b"".join([zeros] * (size // mib))
    tail = bytes(-size % 512) + bytes(1024)
    return gzip_of(header) + body + gzip_of(tail)


def gzip_of(data: bytes) -> bytes:
    block = zlib.compressobj(9, zlib.DEFLATED, 31)
    return block.compress(data) + block.flush()


def test_an_archive_that_would_expand_to_2_gib_is_refused_at_its_header(tmp_path, archive, target):
    """N3: a 2 MB archive that would expand to 2 GiB. The header is refused; its data is never
    decompressed, let alone written."""
    from ivr.operations.backup import BackupError

    path = tmp_path / "bomb.tar.gz"
    path.write_bytes(zeros_member(f"recordings/{'RE' + 'd' * 32}.wav", 2 * 1024 ** 3))
    assert path.stat().st_size < 4 * 1024 ** 2
    started = time.process_time()
    with pytest.raises(BackupError, match="najwyżej"):
        restore_of(target, path)
    assert not (tmp_path / "b").exists()
    assert time.process_time() - started < 60  # a bound on a hang, not a speed claim


def test_the_total_cap_counts_every_member(tmp_path, archive, target, monkeypatch):
    """Many members under the per-file cap that together pass the total: refused before writing."""
    from ivr.operations import archive as safe
    from ivr.operations.backup import BackupError

    monkeypatch.setattr(safe, "MAX_MEMBER_BYTES", 4 * 1024 ** 2)
    monkeypatch.setattr(safe, "MAX_TOTAL_BYTES", 10 * 1024 ** 2)
    path = tmp_path / "many.tar.gz"
    with open(path, "wb") as out:
        for n in range(4):
            member = zeros_member(f"recordings/RE{n:032x}.wav", 3 * 1024 ** 2)
            out.write(member[:-len(gzip_of(bytes(-3 * 1024 ** 2 % 512) + bytes(1024)))] if n < 3 else member)
    with pytest.raises(BackupError, match="ponad"):
        restore_of(target, path)
    assert not (tmp_path / "b").exists()


def test_the_occupied_check_comes_before_any_unpacking(tmp_path, archive, source, monkeypatch):
    from ivr.operations import backup as module

    monkeypatch.setattr("ivr.operations.archive.scan", lambda *a, **k: pytest.fail("unpacked before the check"))
    with pytest.raises(module.NotEmpty):
        module.restore(source, archive, now=NOW)


# -- N3: the archive's database ------------------------------------------------------------------------

def with_database(tmp_path: Path, archive: Path, change) -> Path:
    """The archive with its SQLite database changed by `change(connection)`."""
    members = members_of(archive)
    database = tmp_path / "edit.sqlite3"
    database.write_bytes(next(data for info, data in members if info.name == "database/ivr.sqlite3"))
    connection = sqlite3.connect(database)
    with connection:
        change(connection)
    connection.close()
    changed = [(info, data) if info.name != "database/ivr.sqlite3" else file_info(info.name, database.read_bytes())
               for info, data in members]
    return rebuild(archive, changed, tmp_path / "edited.tar.gz")


TRIGGER = ("CREATE TRIGGER reroute AFTER INSERT ON messages BEGIN "
           "UPDATE messages SET number = '+48999999999' WHERE id = NEW.id; END")
DATABASE_CHANGES = {
    "a trigger rewriting call-back numbers": (lambda c: c.execute(TRIGGER), "wyzwalacz"),
    "a view": (lambda c: c.execute("CREATE VIEW v AS SELECT number FROM messages"), "widok"),
    "an extra table": (lambda c: c.execute("CREATE TABLE extra (x)"), "zbędny obiekt: tabela extra"),
    "an extra index": (lambda c: c.execute("CREATE INDEX ix_extra ON messages (number)"), "indeks ix_extra"),
    "a changed column": (lambda c: c.execute("ALTER TABLE messages ADD COLUMN hook TEXT"), "inna budowa"),
    "alembic_version 9999": (lambda c: c.execute("UPDATE alembic_version SET version_num = '9999'"), "'9999'"),
    "no alembic_version row": (lambda c: c.execute("DELETE FROM alembic_version"), "zamiast jednej"),
    "a message naming pl.toml": (lambda c: c.execute("UPDATE messages SET file_path = '/srv/ivr/prompts/pl.toml'"),
                                 "nie jest nagraniem"),
}


@pytest.mark.parametrize("change", DATABASE_CHANGES)
def test_a_tampered_database_is_refused_before_it_replaces_the_live_one(tmp_path, archive, target, change):
    from ivr.operations.backup import BackupError

    edit, words = DATABASE_CHANGES[change]
    path = with_database(tmp_path, archive, edit)
    with pytest.raises(BackupError, match="Kopia odrzucona") as caught:
        restore_of(target, path)
    assert words in str(caught.value)
    assert not Path(target.database_url.removeprefix("sqlite:///")).exists()
    assert not (target.content_dir / "pl.toml").exists()


def test_the_untampered_archive_restores_and_points_rows_into_the_recordings_folder(tmp_path, archive, target):
    from ivr.messages.store import Store

    summary = restore_of(target, archive)
    assert summary.recordings == 1
    store = Store(target.database_url)
    paths = [m.file_path for m in store.listing(include_done=True) if m.file_path]
    store.engine.dispose()
    assert paths == [str(target.recordings_dir / f"{SID}.wav")]
    assert Path(paths[0]).read_bytes() == make_wav(2)


def test_a_row_pointing_elsewhere_is_pointed_into_the_recordings_folder(tmp_path, archive, target):
    """A valid recording name in another folder (another server's path): moved into ours."""
    from ivr.messages.store import Store

    path = with_database(tmp_path, archive, lambda c: c.execute(f"UPDATE messages SET file_path = '/etc/{SID}.wav' WHERE file_path IS NOT NULL"))
    restore_of(target, path)
    store = Store(target.database_url)
    assert [m.file_path for m in store.listing(include_done=True) if m.file_path] == [str(target.recordings_dir / f"{SID}.wav")]
    store.engine.dispose()


def test_a_history_file_dated_9999_is_refused(tmp_path, archive, target):
    from ivr.operations.backup import BackupError

    path = crafted(tmp_path, archive, [file_info("prompts/history/pl.99991231-235959-999999.anna.toml", b"x = 1\n")])
    with pytest.raises(BackupError, match="Kopia odrzucona") as caught:
        restore_of(target, path)
    assert "pl.99991231-235959-999999.anna.toml: plik, którego" in str(caught.value)


def test_a_manifest_naming_another_file_is_refused(tmp_path, archive, target):
    from ivr.operations.backup import BackupError

    manifest = json.dumps({"prompts": {"greeting": {"file": "../prompts/pl.toml"}}}).encode()
    members = [m for m in members_of(archive) if m[0].name != "audio/manifest.json"] + [file_info("audio/manifest.json", manifest)]
    path = rebuild(archive, members, tmp_path / "manifest.tar.gz")
    with pytest.raises(BackupError, match="nie jest nagraniem komunikatu"):
        restore_of(target, path)


# -- the content store survives a far-future history file ---------------------------------------------

def test_a_history_file_dated_9999_breaks_no_staff_save(content_dir):
    from ivr.staff.content_store import ContentStore

    store = ContentStore(content_dir)
    store.history_dir.mkdir()
    (store.history_dir / "pl.99991231-235959-999999.anna.toml").write_text("x = 1\n")
    (store.history_dir / "pl.20261399-000000-000000.anna.toml").write_text("x = 1\n")  # no 13th month
    snapshot = store.read()
    edited = snapshot.text.replace("Dzień dobry, tu Ośrodek", "Dzień dobry, mówi Ośrodek", 1)
    _content, entry = store.save(edited, snapshot.version, "anna")
    assert entry.saved_at.year < 9999
    names = [e.name for e in store.history()]
    assert names[0] == entry.name and not any("9999" in n or "1399" in n for n in names)
    again = store.read()
    store.save(again.text.replace("mówi", "tu", 1), again.version, "jan")  # and the next one too


# -- N10: the purge deletes only inside the recordings folder, and sweeps orphans -------------------------

@pytest.fixture
def desk(settings, tmp_path):
    from ivr.messages.desk import MessageDesk

    desk = MessageDesk.from_settings(replace(settings, recordings_dir=tmp_path / "recordings"))
    desk.store.upgrade()
    desk.keeper.directory.mkdir(parents=True)
    yield desk
    desk.store.engine.dispose()


def test_purge_never_deletes_a_file_outside_the_recordings_folder(desk, content_dir):
    """The N3 finding: a row whose path points at prompts/pl.toml made the purge delete it."""
    message = desk.store.note_recording(SID, now=NOW - timedelta(days=40), number=CALLER, duration=7, url="x")
    desk.store.mark_stored(message.id, str(content_dir / "pl.toml"))
    desk.store.mark_remote_deleted(message.id, NOW - timedelta(days=40))
    link = desk.keeper.directory / f"{'RE' + 'e' * 32}.wav"
    link.symlink_to(content_dir / "pl.toml")  # a link inside the folder to a file outside: not followed either
    other = desk.store.note_recording("RE" + "e" * 32, now=NOW - timedelta(days=40), number=CALLER, duration=7, url="x")
    desk.store.mark_stored(other.id, str(link))
    desk.store.mark_remote_deleted(other.id, NOW - timedelta(days=40))
    report = desk.purge(NOW - timedelta(days=30))
    assert report.removed == 2
    assert (content_dir / "pl.toml").is_file()


def test_purge_sweeps_old_orphaned_recordings_only(desk, tmp_path):
    folder = desk.keeper.directory
    old = NOW - timedelta(days=40)
    orphan = folder / f"{'RE' + '1' * 32}.wav"
    recent_orphan = folder / f"{'RE' + '2' * 32}.wav"
    kept = folder / f"{'RE' + '3' * 32}.wav"
    part = folder / ".download-abc.part"
    foreign = folder / "notes.txt"
    for path in (orphan, recent_orphan, kept, part, foreign):
        path.write_bytes(b"RIFF")
    for path in (orphan, kept, part, foreign):
        os.utime(path, (old.timestamp(), old.timestamp()))
    os.utime(recent_orphan, ((NOW - timedelta(days=1)).timestamp(),) * 2)
    row = desk.store.request_callback(CALLER, NOW)  # a row that is not old
    message = desk.store.note_recording("RE" + "3" * 32, now=NOW, number=CALLER, duration=3, url="x")
    desk.store.mark_stored(message.id, str(kept))
    outside = tmp_path / f"{'RE' + '4' * 32}.wav"
    outside.write_bytes(b"RIFF")
    os.utime(outside, (old.timestamp(), old.timestamp()))
    report = desk.purge(NOW - timedelta(days=30))
    assert report.orphans == 2 and not orphan.exists() and not part.exists()
    assert recent_orphan.exists() and kept.exists() and foreign.exists() and outside.exists()
    assert desk.store.get(row.id) is not None


# -- a killed backup leaves no temporary copy ---------------------------------------------------------------

def staging_folders(folder: Path) -> list[Path]:
    return sorted(folder.glob(".ivr-backup-*"))


def test_a_backup_killed_by_sigkill_leaves_a_folder_the_next_run_removes(source, tmp_path):
    from ivr.operations.backup import backup

    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".ivr-backup-killed"
    (stale / "database").mkdir(parents=True)
    (stale / "database" / "ivr.sqlite3").write_bytes(b"residents' numbers")
    hours_ago = time.time() - 7 * 3600
    os.utime(stale, (hours_ago, hours_ago))
    fresh = folder / ".ivr-backup-running"  # a backup running right now: left alone
    fresh.mkdir()
    backup(source, folder, now=NOW)
    assert staging_folders(folder) == [fresh]


def test_a_backup_stopped_by_sigterm_removes_its_temporary_folder(source, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    script = f"""
import sys, time
sys.path.insert(0, {str(Path(__file__).parent)!r})
from dataclasses import replace
from pathlib import Path
from ivr.config import Settings
from ivr.operations import backup as module
settings = replace(Settings.from_env(), database_url={source.database_url!r}, content_dir=Path({str(source.content_dir)!r}),
                   recordings_dir=Path({str(source.recordings_dir)!r}), audio_dir=Path({str(source.audio_dir)!r}))
def slow(*args):
    print("copying", flush=True)
    time.sleep(60)
module._copy_into = slow
module.backup(settings, Path({str(folder)!r}))
"""
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "copying"
        assert len(staging_folders(folder)) == 1
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode != 0
    assert staging_folders(folder) == [] and not list(folder.glob("*.tar.gz"))


def test_a_file_touched_into_the_far_future_breaks_no_staff_save(content_dir):
    """Its hand-edit copy would be named after its mtime: year 36812 has no name."""
    from ivr.staff.content_store import ContentStore

    store = ContentStore(content_dir)
    os.utime(store.path, (2 ** 40, 2 ** 40))
    snapshot = store.read()
    _content, entry = store.save(snapshot.text.replace("Dzień dobry, tu Ośrodek", "Dzień dobry, mówi Ośrodek", 1),
                                 snapshot.version, "anna")
    assert [e.login for e in store.history()] == ["anna", "_plik"]
