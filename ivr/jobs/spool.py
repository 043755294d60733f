"""A local append-only spool: what a caller was told is saved, when the database could not
take it in time.

One JSON object per line, appended under an exclusive lock (flock), fsync'd (the file and,
when it is new, its folder) before `append` returns True: only then may the caller hear
"saved". The worker `take`s the spool by renaming it, under the same lock, to a batch file,
so a writer never appends to a file already read; it stores each line as a job whose dedupe
key is the line's id (idempotent: a batch read twice is stored once), and deletes the batch
only when every line is in the database.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

from ivr.common.files import fsync_dir

log = logging.getLogger(__name__)

BATCH_PREFIX = ".draining-"


class Spool:
    def __init__(self, path: Path):
        self.path = Path(path)

    @property
    def folder(self) -> Path:
        return self.path.parent

    def append(self, kind: str, fields: dict) -> str | None:
        """Keep one record durably; its id, or None when it could not be written (never raises)."""
        record = {"id": uuid.uuid4().hex, "kind": kind, "spooled_at": datetime.now(timezone.utc).isoformat(), **fields}
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        try:
            self._append(line)
        except OSError as exc:
            log.error("spool %s: record not written (%s)", self.path, exc.strerror or type(exc).__name__)
            return None
        log.warning("database unavailable in time: a %s was kept in the spool %s", kind, self.path.name)
        return record["id"]

    def _append(self, line: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    current = os.stat(self.path)
                except FileNotFoundError:
                    current = None
                if current is None or current.st_ino != os.fstat(fd).st_ino:
                    continue  # the worker took this file meanwhile: append to the new one
                size = os.fstat(fd).st_size
                if size and _last_byte(fd, size) != b"\n":
                    line = b"\n" + line  # a torn line (a crash mid-write) never swallows this one
                os.write(fd, line)
                os.fsync(fd)
                if size == 0:
                    fsync_dir(self.folder)  # a new file: its name is durable too
                return
            finally:
                os.close(fd)  # releases the lock

    def take(self) -> Path | None:
        """Move the current spool aside as a batch (None when it is empty or absent)."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_size == 0:
                return None
            batch = self.folder / f"{BATCH_PREFIX}{self.path.name}.{uuid.uuid4().hex[:12]}"
            os.rename(self.path, batch)
            fsync_dir(self.folder)
            return batch
        finally:
            os.close(fd)

    def batches(self) -> list[Path]:
        """Every batch not yet stored (a drain interrupted by a kill leaves one), oldest first."""
        found = self.folder.glob(f"{BATCH_PREFIX}{self.path.name}.*") if self.folder.is_dir() else []
        return sorted(found, key=lambda p: p.stat().st_mtime_ns)

    @staticmethod
    def read(batch: Path) -> list[dict]:
        """The records of a batch; a torn line (never acknowledged: written without its fsync) is skipped."""
        records = []
        for number, raw in enumerate(batch.read_bytes().splitlines(), 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError:
                log.error("spool %s: line %d is not whole, skipped", batch.name, number)
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str) and isinstance(record.get("kind"), str):
                records.append(record)
        return records

    def waiting(self) -> int:
        """Records in the spool and its batches, not yet in the database."""
        files = [self.path, *self.batches()] if self.path.exists() else self.batches()
        return sum(len(self.read(f)) for f in files if f.exists())


def _last_byte(fd: int, size: int) -> bytes:
    return os.pread(fd, 1, size - 1)
