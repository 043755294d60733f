"""One archive (tar.gz) of everything the office cannot make again: the database (a
consistent snapshot: SQLite's online backup API, or pg_dump), prompts/ with its history,
the callers' recordings and the published audio with its manifest.

    backup.json              what the archive holds (format, time, database kind)
    database/ivr.sqlite3     or database/ivr.pgdump (pg_dump's custom format)
    prompts/                 pl.toml and history/
    recordings/              the messages' WAV files
    audio/                   manifest.json and the files it names

The database is taken first and the files after it, so every recording a row names is
already complete on disk when it is copied.

The archive is then encrypted as a whole (ivr.operations.backup_cipher) with a key derived from
the recordings key, when the line has one (IVR_RECORDINGS_KEY or IVR_SECRET_KEY); `restore`
opens it with the same secrets, and still takes a plain archive made before.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tarfile
import tempfile
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Iterator

from sqlalchemy.engine import URL, make_url

from ivr.common.files import inside
from ivr.config import Settings
from ivr.operations.restored_database import RECORDING_FILE

log = logging.getLogger(__name__)

FORMAT = 1
INFO = "backup.json"
SQLITE_FILE, PG_FILE = "database/ivr.sqlite3", "database/ivr.pgdump"
NAME_PREFIX = "ivr-backup-"
STAGING_PREFIX = ".ivr-backup-"  # the folder a backup is put together in, next to the archive
STALE_STAGING = timedelta(hours=6)
RESTORED_BY = "kopia-zapasowa"
_CONTENT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.toml$")  # pl.toml (and a language's file)  # the history's author of content put back by `ivr restore --force`


class BackupError(RuntimeError):
    """Why a backup or restore cannot be done (in Polish, for the administrator)."""


class NotEmpty(BackupError):
    """The restore would overwrite data: `--force` needed."""


@dataclass(frozen=True)
class Summary:
    path: Path
    database: str
    recordings: int
    history: int
    audio: int
    encrypted: bool = False  # the archive as a whole (ivr.operations.backup_cipher)


# -- the database -------------------------------------------------------------------------

def _url(settings: Settings) -> URL:
    return make_url(settings.database_url)


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI for pg_dump / pg_restore, and the password in the environment
    (never on a command line others can read in ps)."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    # URL.create, not url.set(password=None): set() leaves a field it is given None for as it was,
    # which put the password on pg_dump's command line.
    plain = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                       database=url.database, query=url.query)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise BackupError(f"Brak programu {command[0]}: sudo apt-get install postgresql-client") from None
    except subprocess.CalledProcessError as exc:
        raise BackupError(f"{command[0]} zakończył się błędem: {exc.stderr.strip()[:500]}") from None


def snapshot_database(settings: Settings, folder: Path) -> str:
    """Write a consistent copy of the database into `folder`; returns its kind."""
    url = _url(settings)
    target = folder / (SQLITE_FILE if url.get_backend_name() == "sqlite" else PG_FILE)
    target.parent.mkdir(parents=True, exist_ok=True)
    if url.get_backend_name() == "sqlite":
        if not url.database or not Path(url.database).is_file():
            raise BackupError(f"Nie ma pliku bazy {url.database}.")
        # The online backup API: a consistent copy even while the line writes to it.
        source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True, timeout=15)
        copy = sqlite3.connect(target)
        try:
            with copy:
                source.backup(copy)
        finally:
            copy.close()
            source.close()
        return "sqlite"
    uri, env = _libpq(url)
    # pg_dump reads in one repeatable-read transaction: a consistent snapshot.
    _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target), uri], env)
    return "postgresql"


def _database_has_tables(settings: Settings) -> bool:
    from sqlalchemy import inspect

    from ivr.database.engine import make_engine

    url = _url(settings)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        return False
    engine = make_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            return bool(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _drop_tables(settings: Settings) -> None:
    from sqlalchemy import MetaData

    from ivr.database.engine import make_engine

    engine = make_engine(settings.database_url)
    try:
        existing = MetaData()
        existing.reflect(engine)
        existing.drop_all(engine)
    finally:
        engine.dispose()


def restore_database(settings: Settings, folder: Path, kind: str) -> None:
    url = _url(settings)
    here = "sqlite" if url.get_backend_name() == "sqlite" else "postgresql"
    if kind != here:
        raise BackupError(f"Kopia zawiera bazę {kind}, a IVR_DATABASE_URL wskazuje bazę {here}: "
                          "proszę odtwarzać do bazy tego samego rodzaju.")
    if here == "sqlite":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{folder / SQLITE_FILE}?mode=ro", uri=True)
        target = sqlite3.connect(url.database, timeout=15)
        try:
            with target:
                source.backup(target)  # replaces the whole database, in one step
        finally:
            target.close()
            source.close()
        return
    _drop_tables(settings)
    uri, env = _libpq(url)
    _run(["pg_restore", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
          "--dbname", uri, str(folder / PG_FILE)], env)


# -- the files ----------------------------------------------------------------------------

def _files(folder: Path) -> list[Path]:
    """Regular files under `folder`, without the hidden temporaries of atomic writes."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _audio_files(audio_dir: Path) -> list[Path]:
    """The manifest and the audio files it names (old, unreferenced files are left out)."""
    from ivr.audio.index import AUDIO_NAME, MANIFEST, read_manifest

    manifest = audio_dir / MANIFEST
    if not manifest.is_file():
        return []
    named = {str(entry.get("file")) for entry in read_manifest(audio_dir)["prompts"].values() if isinstance(entry, dict)}
    # Only audio file names: a manifest naming "../..." cannot pull another file into the archive.
    named = {name for name in named if AUDIO_NAME.match(name)}
    return [audio_dir / name for name in sorted(named) if (audio_dir / name).is_file()
            and not (audio_dir / name).is_symlink()] + [manifest]


def _copy_into(files: list[Path], base: Path, target: Path) -> None:
    for path in files:
        destination = target / path.relative_to(base)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)


# -- backup ---------------------------------------------------------------------------------

def archive_path(path: Path, now: datetime) -> Path:
    """PATH itself, or a new dated file inside PATH when it is a folder."""
    if path.is_dir():
        return path / f"{NAME_PREFIX}{now.astimezone(timezone.utc):%Y%m%d-%H%M%S}.tar.gz"
    return path


def backup(settings: Settings, path: Path, now: datetime | None = None, keep: int | None = None) -> Summary:
    """Write one archive of the line's data to `path` (whole or not at all)."""
    now = now or datetime.now(timezone.utc)
    target = archive_path(Path(path), now)
    if not target.parent.is_dir():
        raise BackupError(f"Folder {target.parent} nie istnieje.")
    _remove_stale_staging(target.parent)
    with _stop_cleanly(), tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=target.parent) as staging:  # removed on any exit
        staging = Path(staging)
        kind = snapshot_database(settings, staging)
        content, recordings = Path(settings.content_dir), Path(settings.recordings_dir)
        audio = Path(settings.audio_dir)
        _copy_into(_files(content), content, staging / "prompts")
        _copy_into(_files(recordings), recordings, staging / "recordings")
        _copy_into(_audio_files(audio), audio, staging / "audio")
        info = {"format": FORMAT, "created_at": now.astimezone(timezone.utc).isoformat(), "database": kind}
        (staging / INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
        partial = staging / "archive.tar.gz"
        with tarfile.open(partial, "w:gz") as tar:
            for item in [INFO, "database", "prompts", "recordings", "audio"]:
                if (staging / item).exists():
                    tar.add(staging / item, arcname=item)
        os.chmod(partial, 0o600)  # callers' voices and numbers: for the service user only
        key = _archive_key(settings)
        if key is not None:
            from ivr.operations.backup_cipher import encrypt_file

            encrypt_file(partial, staging / "archive.enc", key)
            partial = staging / "archive.enc"
        else:
            log.warning("backup not encrypted: neither IVR_RECORDINGS_KEY nor IVR_SECRET_KEY is set")
        os.replace(partial, target)
        summary = replace(_summary(target, staging, kind), encrypted=key is not None)
    if keep and Path(path).is_dir():
        _keep_newest(Path(path), keep)
    return summary


def _archive_key(settings: Settings) -> bytes | None:
    """The archive's key, from the recordings key; None when the line has no key at all."""
    from ivr.common.sealed import KeyMissing, Sealer
    from ivr.operations.backup_cipher import archive_key

    try:
        return archive_key(Sealer.from_settings(settings))
    except KeyMissing:
        return None


def _opened(settings: Settings, path: Path, folder: Path) -> Path:
    """The tar.gz to restore: `path` itself when plain (a backup made before encryption),
    else decrypted into `folder` with the key from this server's secrets."""
    from ivr.operations.backup_cipher import ArchiveKeyError, decrypt_file, is_encrypted

    if not is_encrypted(path):
        return path
    key = _archive_key(settings)
    if key is None:
        raise BackupError("Kopia jest zaszyfrowana, a nie ustawiono IVR_RECORDINGS_KEY ani IVR_SECRET_KEY: proszę "
                          "wpisać do /etc/ivr/ivr.env wartości z serwera, na którym ją zrobiono. Nic nie zmieniono.")
    opened = folder / "archive.tar.gz"
    try:
        decrypt_file(path, opened, key)
    except ArchiveKeyError as exc:
        raise BackupError(f"Kopii nie da się odszyfrować: {exc}. Nic nie zmieniono.") from None
    return opened


@contextmanager
def _stop_cleanly() -> Iterator[None]:
    """SIGTERM (systemctl stop, a timeout) ends the backup through its finally blocks, so its
    temporary folder goes too; Python's default would end the process on the spot."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _remove_stale_staging(folder: Path) -> None:
    """The staging folders of backups that were killed (SIGKILL, power loss): no finally
    ran for them. One older than STALE_STAGING cannot belong to a backup still running
    (the timer runs one a night; a manual one takes minutes)."""
    cutoff = time.time() - STALE_STAGING.total_seconds()
    for stale in folder.glob(f"{STAGING_PREFIX}*"):
        try:
            if stale.is_dir() and not stale.is_symlink() and stale.lstat().st_mtime < cutoff:
                shutil.rmtree(stale)
                log.warning("removed the temporary folder of an interrupted backup: %s", stale)
        except OSError as exc:
            log.error("cannot remove %s: %s", stale, exc)


def _summary(path: Path, folder: Path, kind: str) -> Summary:
    return Summary(path, kind, len(_files(folder / "recordings")),
                   len(_files(folder / "prompts" / "history")), len(_files(folder / "audio")))


def _keep_newest(folder: Path, keep: int) -> None:
    archives = sorted(p for p in folder.glob(f"{NAME_PREFIX}*.tar.gz") if p.is_file() and not p.is_symlink())
    for old in archives[:-keep]:
        if inside(old, folder):
            old.unlink(missing_ok=True)


# -- restore ----------------------------------------------------------------------------------

def _occupied(settings: Settings) -> list[str]:
    """What a restore would overwrite."""
    from ivr.audio.index import MANIFEST
    from ivr.call.content import CONTENT_FILE

    found = []
    if (Path(settings.content_dir) / CONTENT_FILE).exists():
        found.append(str(Path(settings.content_dir) / CONTENT_FILE))
    if _files(Path(settings.recordings_dir)):
        found.append(str(settings.recordings_dir))
    if (Path(settings.audio_dir) / MANIFEST).exists():
        found.append(str(Path(settings.audio_dir) / MANIFEST))
    if _database_has_tables(settings):
        found.append("baza danych (IVR_DATABASE_URL)")
    return found


def _allowed(name: PurePosixPath, now: datetime) -> bool:
    """Whether a member's name is one the backup layout has (see the module's doc)."""
    from ivr.audio.index import AUDIO_NAME, MANIFEST
    from ivr.staff.content_store import HISTORY_DIR, ContentStore

    parts = name.parts
    if parts in ((INFO,), tuple(SQLITE_FILE.split("/")), tuple(PG_FILE.split("/"))):
        return True
    if parts[0] == "prompts":
        if len(parts) == 2:
            return bool(_CONTENT_NAME.match(parts[1]))
        # A kept version: a name the content store reads as one, dated no later than now.
        # Every language's versions (uk.<time>.<login>.toml since the staff pages edit uk.toml).
        from ivr.call.languages import LANGUAGES

        return (len(parts) == 3 and parts[1] == HISTORY_DIR
                and any(ContentStore(Path("."), lang=code).entry(parts[2], latest=now + timedelta(days=1)) is not None
                        for code in LANGUAGES))
    if parts[0] == "recordings":
        return len(parts) == 2 and bool(RECORDING_FILE.match(parts[1]))
    if parts[0] == "audio":
        return len(parts) == 2 and (parts[1] == MANIFEST or bool(AUDIO_NAME.match(parts[1])))
    return False


def _check_manifest(unpacked: Path) -> None:
    """The restored manifest names only audio files (the line serves and backs up what it names)."""
    from ivr.audio.index import AUDIO_NAME, MANIFEST

    manifest = unpacked / "audio" / MANIFEST
    if not manifest.is_file():
        return
    try:
        prompts = json.loads(manifest.read_text(encoding="utf-8")).get("prompts", {})
    except (ValueError, AttributeError) as exc:
        raise BackupError(f"audio/{MANIFEST} w kopii jest uszkodzony ({exc}).") from None
    for entry in (prompts.values() if isinstance(prompts, dict) else []):
        name = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not AUDIO_NAME.match(name):
            raise BackupError(f"audio/{MANIFEST} w kopii wskazuje plik {str(name)[:100]!r}, który nie jest nagraniem komunikatu.")


def restore(settings: Settings, path: Path, force: bool = False, now: datetime | None = None) -> Summary:
    """Put an archive's data back into the configured folders and database.

    The archive is hostile until checked (ivr.operations.archive, restored_database):
    nothing is written anywhere before every member's header has passed, nothing of the
    line's is replaced before the content, the manifest and the database have passed."""
    from ivr.call.content import CONTENT_FILE, ContentError
    from ivr.operations.archive import UnsafeArchive, extract, scan
    from ivr.operations.restored_database import BadDatabase, check_pgdump, check_sqlite
    from ivr.staff.content_store import ContentStore

    path = Path(path)
    now = now or datetime.now(timezone.utc)
    if not path.is_file():
        raise BackupError(f"Nie ma pliku {path}.")
    occupied = _occupied(settings)
    if occupied and not force:
        raise NotEmpty("Odtworzenie nadpisałoby: " + "; ".join(occupied) + ". Aby je zastąpić kopią, proszę dodać --force.")
    with tempfile.TemporaryDirectory(prefix="ivr-restore-") as opened_in, \
            tempfile.TemporaryDirectory(prefix="ivr-restore-") as unpacked:
        shown, path = path, _opened(settings, path, Path(opened_in))
        try:
            members = scan(path, lambda name: _allowed(name, now))
        except UnsafeArchive as exc:
            raise BackupError(f"Kopia odrzucona, nic nie zmieniono: {exc}.") from None
        except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
            raise BackupError(f"{shown} nie jest kopią zapasową linii ({exc}).") from None
        unpacked = Path(unpacked)
        try:
            extract(path, members, unpacked)
            info = json.loads((unpacked / INFO).read_text(encoding="utf-8"))
        except UnsafeArchive as exc:
            raise BackupError(f"Kopia odrzucona, nic nie zmieniono: {exc}.") from None
        except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError) as exc:
            raise BackupError(f"{shown} nie jest kopią zapasową linii ({exc}).") from None
        if not isinstance(info, dict) or info.get("format") != FORMAT:
            raise BackupError(f"Nieznany format kopii: {info.get('format') if isinstance(info, dict) else info!r}.")
        kind = info.get("database")
        if kind not in ("sqlite", "postgresql") or not (unpacked / (SQLITE_FILE if kind == "sqlite" else PG_FILE)).is_file():
            raise BackupError("Kopia nie zawiera bazy danych.")
        try:
            text = (unpacked / "prompts" / CONTENT_FILE).read_text(encoding="utf-8")
            ContentStore(unpacked / "prompts").validate(text)
        except (OSError, UnicodeDecodeError) as exc:
            raise BackupError(f"Kopia nie zawiera czytelnego pliku prompts/{CONTENT_FILE} ({exc}).") from None
        except ContentError as exc:
            raise BackupError(f"Treści w kopii nie wczytują się: {exc}") from None
        _check_manifest(unpacked)
        try:
            if kind == "sqlite":
                check_sqlite(unpacked / SQLITE_FILE)
            else:
                check_pgdump(unpacked / PG_FILE, _libpq(_url(settings))[1])
        except BadDatabase as exc:
            raise BackupError(f"Kopia odrzucona, nic nie zmieniono: {exc}.") from None
        recordings = Path(settings.recordings_dir)
        if kind == "sqlite":
            _point_into(unpacked / SQLITE_FILE, recordings)  # before it replaces the live database
        restore_database(settings, unpacked, kind)
        _restore_content(settings, unpacked / "prompts", text)
        _copy_into(_files(unpacked / "recordings"), unpacked / "recordings", recordings)
        _relocate_recordings(settings, recordings)
        _restore_audio(unpacked / "audio", Path(settings.audio_dir))
        return _summary(shown, unpacked, kind)


def _point_into(database: Path, recordings: Path) -> None:
    """In the unpacked SQLite copy: every message's file path into the recordings folder."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            rows = connection.execute("SELECT id, file_path FROM messages WHERE file_path IS NOT NULL").fetchall()
            for row_id, stored in rows:
                connection.execute("UPDATE messages SET file_path = ? WHERE id = ?",
                                   (str(recordings / Path(stored).name), row_id))
    finally:
        connection.close()


def _restore_content(settings: Settings, source: Path, text: str) -> None:
    """History is merged (no version is lost); pl.toml is saved through the content store
    when there is one already, so the text it replaces stays in the history."""
    from ivr.call.content import CONTENT_FILE
    from ivr.common.files import write_atomic
    from ivr.staff.content_store import HISTORY_DIR, ContentStore

    content_dir = Path(settings.content_dir)
    history = [p for p in _files(source) if p.parent.name == HISTORY_DIR]
    for version in history:
        destination = content_dir / HISTORY_DIR / version.name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if not destination.exists():
            shutil.copy2(version, destination)
    current = content_dir / CONTENT_FILE
    if current.exists():
        store = ContentStore(content_dir)
        store.save(text, store.read().version, RESTORED_BY)
    else:
        content_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(current, text)
    _restore_translations(content_dir, source)


def _restore_translations(content_dir: Path, source: Path) -> None:
    """Each translation in the backup (uk.toml) put back like pl.toml: through its store when
    the file is there (the replaced text stays in the history); one that does not load with the
    restored pl.toml is logged and left as it is (its backed-up versions are in the history)."""
    from ivr.call.content import ContentError
    from ivr.call.languages import LANGUAGES
    from ivr.common.files import write_atomic
    from ivr.staff.content_store import ContentStore

    for code, language in LANGUAGES.items():
        backed_up = source / language.file
        if code == "pl" or not backed_up.is_file():
            continue
        text = backed_up.read_text(encoding="utf-8")
        store = ContentStore(content_dir, lang=code)
        try:
            if store.path.exists():
                store.save(text, store.read().version, RESTORED_BY)
            else:
                store.validate(text)
                write_atomic(store.path, text)
        except ContentError as exc:
            log.warning("restore: %s from the backup does not load and was not put back: %s", language.file, exc)


def _relocate_recordings(settings: Settings, recordings: Path) -> None:
    """Rows name their recording's full path: point every one at the folder it was restored
    to. A name that is not a Twilio recording's (only possible from a PostgreSQL dump, whose
    rows cannot be read before pg_restore) is cleared: no row may name a file elsewhere."""
    from sqlalchemy import select, update

    from ivr.database.engine import make_engine
    from ivr.database.schema import messages

    engine = make_engine(settings.database_url)
    try:
        with engine.begin() as db:
            for row in db.execute(select(messages.c.id, messages.c.file_path).where(messages.c.file_path.is_not(None))).all():
                name = Path(row.file_path).name
                moved = str(recordings / name) if RECORDING_FILE.match(name) else None
                if moved is None:
                    log.warning("message %s named a file that is no recording: its path is cleared", row.id)
                if moved != row.file_path:
                    db.execute(update(messages).where(messages.c.id == row.id).values(file_path=moved))
    finally:
        engine.dispose()


def _restore_audio(source: Path, audio_dir: Path) -> None:
    """The audio files first and the manifest last, so a running line never reads a
    manifest naming a file not yet there."""
    from ivr.audio.index import MANIFEST
    from ivr.common.files import write_atomic

    files = _files(source)
    audio_dir.mkdir(parents=True, exist_ok=True)
    _copy_into([p for p in files if p.name != MANIFEST], source, audio_dir)
    if (source / MANIFEST).is_file():
        write_atomic(audio_dir / MANIFEST, (source / MANIFEST).read_bytes())
