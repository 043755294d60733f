"""Issue 30, point 6: `ivr backup` encrypts the archive as a whole (AES-GCM in chunks, key
derived from the recordings key); `ivr restore` on a clean instance opens it with the same
secrets, refuses without them or with others (nothing changed), and refuses a damaged,
reordered or cut archive."""
from __future__ import annotations

import os
import tarfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from fake_twilio import make_wav
from ivr.common.sealed import Sealer
from ivr.operations import backup_cipher
from ivr.operations.backup_cipher import ArchiveKeyError, archive_key, decrypt_file, encrypt_file

NUMBER = "+48606902915"


@pytest.fixture
def line(settings, tmp_path, content_dir):
    """A line with a message (sealed audio) and a call-back request."""
    from datetime import datetime, timezone

    from ivr.messages.store import Store

    store = Store(settings.database_url)
    message = store.note_recording("RE" + "a" * 32, now=datetime.now(timezone.utc), number=NUMBER, duration=3)
    settings.recordings_dir.mkdir(parents=True, exist_ok=True)
    path = settings.recordings_dir / f"RE{'a' * 32}.wav"
    Sealer.from_settings(settings).write(path, make_wav(3))
    store.mark_stored(message.id, str(path))
    store.request_callback("+48600100200", datetime.now(timezone.utc))
    store.engine.dispose()
    return settings


def env_of(settings, **more) -> dict:
    env = {"IVR_DATABASE_URL": settings.database_url, "IVR_RECORDINGS_DIR": str(settings.recordings_dir),
           "IVR_CONTENT_DIR": str(settings.content_dir), "IVR_AUDIO_DIR": str(settings.audio_dir),
           "IVR_SECRET_KEY": settings.secret_key, "IVR_RECORDINGS_KEY": ""}
    return {**env, **more}


def ivr(env, *args):
    from ivr.cli import main

    return CliRunner(mix_stderr=False).invoke(main, list(args), env=env, catch_exceptions=False)


def clean(settings, base: Path):
    return replace(settings, database_url=f"sqlite:///{base / 'ivr.sqlite3'}", recordings_dir=base / "recordings",
                   content_dir=base / "prompts", audio_dir=base / "audio")


def test_the_archive_is_encrypted_and_restores_on_a_clean_instance_with_the_secrets(line, tmp_path):
    from ivr.messages.store import Store

    archive = tmp_path / "kopia.tar.gz"
    made = ivr(env_of(line), "backup", str(archive))
    assert made.exit_code == 0, made.output + made.stderr
    assert "Kopia jest zaszyfrowana w całości" in made.output and "NIE jest zaszyfrowana" not in made.stderr
    data = archive.read_bytes()
    assert data.startswith(backup_cipher.MAGIC) and oct(archive.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(tarfile.TarError):
        tarfile.open(archive).close()  # not a tar.gz any more: nothing readable without the key
    for plain in (b"RIFF", b"SQLite format 3", b"backup.json", b"606902915", "Kleszczew".encode()):
        assert plain not in data
    fresh = clean(line, tmp_path / "nowy")
    restored = ivr(env_of(fresh), "restore", str(archive))
    assert restored.exit_code == 0, restored.output + restored.stderr
    [message, request] = sorted(Store(fresh.database_url).listing(include_done=True), key=lambda m: m.kind, reverse=True)
    assert message.number == NUMBER and request.kind == "callback"
    assert Sealer.from_settings(fresh).read(Path(message.file_path)) == make_wav(3)  # the audio plays there


@pytest.mark.parametrize("secrets,said", [
    ({"IVR_SECRET_KEY": ""}, "Kopia jest zaszyfrowana, a nie ustawiono IVR_RECORDINGS_KEY ani IVR_SECRET_KEY"),
    ({"IVR_SECRET_KEY": "another-secret-of-another-line"}, "zaszyfrowana innym kluczem"),
    ({"IVR_RECORDINGS_KEY": "ab" * 32}, "zaszyfrowana innym kluczem"),
])
def test_a_restore_without_the_secrets_is_refused_and_changes_nothing(line, tmp_path, secrets, said):
    archive = tmp_path / "kopia.tar.gz"
    assert ivr(env_of(line), "backup", str(archive)).exit_code == 0
    fresh = clean(line, tmp_path / "nowy")
    refused = ivr(env_of(fresh, **secrets), "restore", str(archive))
    assert refused.exit_code != 0 and said in refused.output + refused.stderr
    assert "Nic nie zmieniono" in refused.output + refused.stderr
    assert not (tmp_path / "nowy").exists()  # no database, no folder, nothing written


def test_without_any_key_the_backup_is_written_and_says_it_is_not_encrypted(line, tmp_path):
    archive = tmp_path / "kopia.tar.gz"
    made = ivr(env_of(line, IVR_SECRET_KEY=""), "backup", str(archive))
    assert made.exit_code == 0 and "NIE jest zaszyfrowana" in made.stderr
    with tarfile.open(archive) as tar:  # a plain archive, restorable as before
        assert "backup.json" in tar.getnames()


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(backup_cipher, "CHUNK", 1024)


def test_a_damaged_reordered_or_cut_archive_does_not_open(tmp_path, small_chunks):
    key = archive_key(Sealer.from_values("", "test-secret"))
    plain = tmp_path / "a.tar.gz"
    plain.write_bytes(os.urandom(5000))  # five chunks: 4 whole and a short last one
    sealed = tmp_path / "a.enc"
    encrypt_file(plain, sealed, key)
    decrypt_file(sealed, tmp_path / "back", key)
    assert (tmp_path / "back").read_bytes() == plain.read_bytes()

    data = sealed.read_bytes()
    header, body = data[:backup_cipher.HEADER], data[backup_cipher.HEADER:]
    size = 4 + 1024 + backup_cipher.TAG
    chunks = [body[i:i + size] for i in range(0, 4 * size, size)] + [body[4 * size:]]
    assert b"".join(chunks) == body and len(chunks) == 5
    flipped = bytearray(data)
    flipped[backup_cipher.HEADER + 100] ^= 1
    for name, bad in [("flipped", bytes(flipped)),
                      ("swapped", header + chunks[1] + chunks[0] + b"".join(chunks[2:])),
                      ("cut at a chunk", header + b"".join(chunks[:4])),
                      ("cut inside", data[:-10])]:
        (tmp_path / name).write_bytes(bad)
        with pytest.raises(ArchiveKeyError):
            decrypt_file(tmp_path / name, tmp_path / "out", key)


def test_an_encrypted_archive_with_a_crafted_member_is_still_refused_before_anything_is_written(line, tmp_path):
    """Decryption proves who made the archive, not that it is safe: the checks of
    tests/test_restore_hostile.py run on what it holds."""
    from test_restore_hostile import file_info, members_of, rebuild

    archive = tmp_path / "kopia.tar.gz"
    assert ivr(env_of(line), "backup", str(archive)).exit_code == 0
    crafted = rebuild(archive, members_of(archive) + [file_info("prompts/../../escaped.txt", b"x")], tmp_path / "c.tar.gz")
    sealed = tmp_path / "c.enc"
    encrypt_file(crafted, sealed, archive_key(Sealer.from_settings(line)))
    refused = ivr(env_of(clean(line, tmp_path / "nowy")), "restore", str(sealed))
    assert refused.exit_code != 0 and "niedozwolona nazwa" in refused.output + refused.stderr
    assert not (tmp_path / "nowy").exists() and not (tmp_path.parent / "escaped.txt").exists()
