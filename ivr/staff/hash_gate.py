"""At most one password-hash check at a time on the machine, so staff sign-ins (or someone
guessing passwords from many addresses) never take the CPU the phone webhooks need
(issue 34, N5: 48 guessers raised callers' p50 from 2 ms to 1.15 s).

A scrypt check costs about 0.1–0.4 s of one core. The gate is a lock file (`fcntl.flock`)
shared by every worker process of the line (named after its database and, for SQLite, kept
beside the database file, so it is cleaned up with the instance), behind a semaphore
of the process's own threads. A sign-in that cannot get the gate within WAIT_SECONDS is not
checked at all: the page asks to try again in a moment (503), nothing is counted.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

WAIT_SECONDS = 2.0
_POLL = 0.01


class HashGate:
    def __init__(self, name: str, folder: Path | None = None, wait: float | None = None):
        digest = hashlib.sha256(name.encode()).hexdigest()[:16]
        self.path = Path(folder or tempfile.gettempdir()) / f"ivr-hash-gate-{os.getuid()}-{digest}.lock"
        self.wait = WAIT_SECONDS if wait is None else wait
        self._threads = threading.BoundedSemaphore(1)

    @classmethod
    def for_database(cls, url) -> "HashGate":
        """The gate of one line's database: for SQLite the lock file sits beside the database
        file (a folder the line owns), otherwise in the temporary folder."""
        from sqlalchemy.engine import make_url

        parsed = make_url(str(url))
        folder = None
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            parent = Path(parsed.database).resolve().parent
            if parent.is_dir() and os.access(parent, os.W_OK):
                folder = parent
        return cls(str(url), folder=folder)

    @contextmanager
    def slot(self) -> Iterator[bool]:
        """Yields True while this thread holds the machine's one slot, False when it could not
        get it in time (then do not check the password)."""
        deadline = time.monotonic() + self.wait
        if not self._threads.acquire(timeout=self.wait):
            yield False
            return
        try:
            fd = self._lock_file(deadline)
            if fd is None:
                yield False
                return
            try:
                yield True
            finally:
                if fd >= 0:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                    os.close(fd)
        finally:
            self._threads.release()

    def _lock_file(self, deadline: float) -> int | None:
        """The locked file's descriptor; -1 when no lock file can be made (this process's
        threads are still limited); None when another process held it until the deadline."""
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError as exc:
            log.warning("sign-in hash gate: no lock file %s (%s); limiting this process only", self.path, exc)
            return -1
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return None
                time.sleep(_POLL)
