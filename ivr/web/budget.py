"""A bounded time for each webhook: whatever the database or a lock does, the caller gets
an answer well inside Twilio's 15 s.

Each voice request has REQUEST_BUDGET seconds from its start. Work that may wait (a
database write, an SMS job) runs through `within()`: in a small shared thread pool, given
at most what is left of the budget (less a reserve to render and send the answer). If it
has not finished by then, `within()` returns its fallback and the request answers anyway:
the message or call-back request goes to the spool, the SMS is reported as not sent. The
work itself may still finish later; everything it does is idempotent against the spool
(a message by its RecordingSid, a call-back request by the caller's open request).
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Callable, TypeVar

from flask import g

log = logging.getLogger(__name__)

T = TypeVar("T")

REQUEST_BUDGET = 8.0  # seconds from the request's start to its answer, at most
RESERVE = 0.5  # kept back to write the spool and render the answer
POOL_THREADS = 16

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:  # one pool per process (after gunicorn's fork, made on first use)
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=POOL_THREADS, thread_name_prefix="ivr-budget")
        return _pool


def start() -> None:
    """The request's clock starts (a before_request hook of the voice webhooks)."""
    g.ivr_deadline = time.monotonic() + REQUEST_BUDGET


def remaining() -> float:
    deadline = g.get("ivr_deadline")
    if deadline is None:
        start()
        deadline = g.ivr_deadline
    return deadline - time.monotonic()


def within(work: Callable[[], T], fallback: T, limit: float | None = None, what: str = "work") -> T:
    """`work()` if it finishes within the request's budget (and `limit`), else `fallback`.
    `work` runs in another thread: it must not touch the request; bind its values first.
    An exception in `work` is logged and gives the fallback too."""
    timeout = remaining() - RESERVE
    if limit is not None:
        timeout = min(timeout, limit)
    if timeout <= 0:
        log.error("%s skipped: the request's time is up", what)
        return fallback
    future = _executor().submit(work)
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        log.error("%s did not finish in %.1f s: the caller is answered without it", what, timeout)
    except Exception:  # noqa: BLE001 - the caller is answered whatever happened
        log.exception("%s failed", what)
    return fallback
