"""The loop of `ivr worker`: drain the spool into the job table, then work due jobs.

Handlers are given per kind (ivr.messages.work); a handler returns when its job is done,
raises PermanentError when trying again cannot help (Twilio refused the number), and any
other exception to be tried again after the backoff. `stop` (SIGTERM) is honoured between
jobs: the job in hand is finished, none is abandoned half-way.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
from typing import Callable, Mapping

from sqlalchemy.exc import SQLAlchemyError

from ivr.jobs.queue import JobQueue, NewJob
from ivr.jobs.spool import Spool

log = logging.getLogger(__name__)

Handler = Callable[[dict], None]
IDLE_SECONDS = 1.0  # between looks at an empty queue
HOUSEKEEPING_SECONDS = 60.0
SPOOL_KEY = "spool:"


class PermanentError(Exception):
    """Trying this job again cannot help: it is failed at once, for a person to look at."""


def worker_id() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


class Worker:
    def __init__(self, queue: JobQueue, spool: Spool | None, handlers: Mapping[str, Handler], *,
                 name: str | None = None, housekeeping: Callable[[], None] | None = None,
                 idle: float = IDLE_SECONDS, housekeeping_every: float = HOUSEKEEPING_SECONDS):
        self.queue = queue
        self.spool = spool
        self.handlers = dict(handlers)
        self.name = name or worker_id()
        self.housekeeping = housekeeping
        self.idle = idle
        self.housekeeping_every = housekeeping_every
        self._last_housekeeping = float("-inf")

    def run(self, stop: threading.Event) -> None:
        log.info("worker %s started (%s)", self.name, ", ".join(sorted(self.handlers)))
        while not stop.is_set():
            busy = self.step()
            if not busy:
                stop.wait(self.idle)
        log.info("worker %s stopped", self.name)

    def step(self) -> bool:
        """One round: the spool, housekeeping when due, one job. True when a job was worked."""
        try:
            self.drain_spool()
            self._maybe_housekeeping()
            return self.work_one()
        except SQLAlchemyError as exc:  # the database is down or locked: wait and try again
            log.warning("worker: database unavailable (%s)", type(exc).__name__)
            return False
        except OSError as exc:  # the spool's folder: reported, tried again next round
            log.error("worker: spool unavailable (%s)", exc.strerror or type(exc).__name__)
            return False

    def drain_spool(self) -> int:
        """Store every spooled record as a job (once, whatever happens); the records stored."""
        if self.spool is None:
            return 0
        self.spool.take()
        stored = 0
        for batch in self.spool.batches():
            records = self.spool.read(batch)
            self.queue.enqueue_many(
                NewJob(record["kind"], record, dedupe_key=SPOOL_KEY + record["id"][:64]) for record in records)
            batch.unlink(missing_ok=True)  # only once every line is in the database
            stored += len(records)
            log.info("spool: %d record(s) stored as jobs", len(records))
        return stored

    def _maybe_housekeeping(self) -> None:
        if self.housekeeping is None or time.monotonic() - self._last_housekeeping < self.housekeeping_every:
            return
        self._last_housekeeping = time.monotonic()
        try:
            self.housekeeping()
            self.queue.prune()
        except Exception:  # noqa: BLE001 - housekeeping never stops the jobs
            log.exception("worker housekeeping failed")

    def work_one(self) -> bool:
        job = self.queue.claim(self.name)
        if job is None:
            return False
        handler = self.handlers.get(job.kind)
        if handler is None:
            self.queue.fail(job, self.name, f"no handler for job kind {job.kind!r}", permanent=True)
            return True
        try:
            handler(job.payload)
        except PermanentError as exc:
            self.queue.fail(job, self.name, str(exc) or type(exc).__name__, permanent=True)
        except Exception as exc:  # noqa: BLE001 - any failure is tried again after the backoff
            self.queue.fail(job, self.name, _reason(exc))
        else:
            self.queue.complete(job, self.name)
            log.info("job %s (%s) done", job.id, job.kind)
        return True


def _reason(exc: BaseException) -> str:
    """The class and first line, without URLs (they may carry an account id)."""
    import re

    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {re.sub(r'https?://[^ ]+', '<url>', text)}"[:200]
