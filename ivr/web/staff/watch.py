"""Keep a running line on the content file's current version, in every worker process.

A save from the staff pages switches the process that saved at once
(`loaded`); the others notice the changed file on their next request (a stat at
most every RECHECK_SECONDS) and load it. A file that does not load (broken by a
hand edit) is logged and ignored: the line keeps the content it has.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from ivr.content import Content, ContentError, load_content

log = logging.getLogger(__name__)

RECHECK_SECONDS = 2.0


class ContentWatcher:
    def __init__(self, runtime, path: Path, clock=time.monotonic):
        self.runtime = runtime
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.Lock()
        self._checked = clock()
        self._stamp = self._file_stamp()

    def _file_stamp(self) -> tuple | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def loaded(self, content: Content) -> None:
        """This process saved `content`: switch the line to it now."""
        with self._lock:
            self.runtime.load(content)
            self._stamp = self._file_stamp()
            self._checked = self._clock()

    def check(self) -> None:
        now = self._clock()
        if now - self._checked < RECHECK_SECONDS:
            return
        with self._lock:
            if now - self._checked < RECHECK_SECONDS:
                return
            self._checked = now
            stamp = self._file_stamp()
            if stamp is None or stamp == self._stamp:
                return
            self._stamp = stamp
            try:
                content = load_content(self.path.parent)
            except ContentError as exc:
                log.error("the content file changed but does not load; the line keeps its content: %s", exc)
                return
            self.runtime.load(content)
            log.info("the content file changed: the line now uses it")
