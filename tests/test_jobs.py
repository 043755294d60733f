"""The job table (ivr.jobs.queue) and the worker loop: retries with exponential backoff,
one claim per job across workers, a job that always fails ends failed and is shown, a
killed worker's job is taken again, and `ivr worker` stops cleanly on SIGTERM.
Runs on SQLite, and on PostgreSQL when IVR_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from messages_helpers import db_url  # noqa: F401 - fixture
from ivr.config import ROOT
from ivr.jobs.queue import DONE, FAILED, PENDING, JobQueue, NewJob, backoff
from ivr.jobs.summary import polish_summary
from ivr.jobs.worker import PermanentError, Worker
from ivr.database.schema import jobs
from ivr.messages.store import Store

T0 = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, at: datetime = T0):
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs) -> None:
        self.at += timedelta(**kwargs)


@pytest.fixture
def store(db_url):  # noqa: F811
    store = Store(db_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def queue(store, clock):
    return JobQueue(store, clock=clock)


def state_of(store, job_id):
    from sqlalchemy import select

    with store.engine.connect() as connection:
        return connection.execute(select(jobs).where(jobs.c.id == job_id)).one()


def test_backoff_doubles_up_to_its_cap():
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [15, 30, 60, 120]
    assert backoff(30) == timedelta(hours=1)


def test_a_failing_job_is_retried_after_a_growing_wait_then_done(queue, store, clock):
    tries = []

    def flaky(payload):
        tries.append(clock())
        if len(tries) < 3:
            raise ConnectionError("Twilio is slow today")

    worker = Worker(queue, None, {"flaky": flaky}, name="w1")
    job_id = queue.enqueue("flaky", {"n": 1})
    assert worker.work_one() and state_of(store, job_id).state == PENDING
    assert not worker.work_one()  # not due yet
    clock.advance(seconds=14)
    assert not worker.work_one()
    clock.advance(seconds=1)
    assert worker.work_one()  # the second try, 15 s after the first
    clock.advance(seconds=29)
    assert not worker.work_one()
    clock.advance(seconds=1)
    assert worker.work_one()  # the third, 30 s after the second
    row = state_of(store, job_id)
    assert row.state == DONE and row.attempts == 3 and row.payload == "{}"  # the payload is not kept
    assert [(b - a).total_seconds() for a, b in zip(tries, tries[1:])] == [15, 30]


def test_a_job_that_always_fails_ends_failed_and_is_visible(queue, store, clock):
    def broken(payload):
        raise RuntimeError("never works https://api.twilio.com/2010-04-01/Accounts/AC1")

    worker = Worker(queue, None, {"broken": broken}, name="w1")
    job_id = queue.enqueue("broken", {}, max_attempts=4)
    for _ in range(10):
        worker.work_one()
        clock.advance(hours=2)
    row = state_of(store, job_id)
    assert row.state == FAILED and row.attempts == 4
    assert "never works" in row.last_error and "api.twilio.com" not in row.last_error
    counts = queue.counts()
    assert counts.failed == 1 and counts.pending == 0
    assert queue.failed_jobs() == [(job_id, "broken", 4, row.last_error)]
    assert polish_summary(counts) == "Zadania w kolejce: 0; nieudane: 1"


def test_a_permanent_error_or_an_unknown_kind_fails_at_once(queue, store):
    def refused(payload):
        raise PermanentError("Twilio error 21211 (HTTP 400)")

    worker = Worker(queue, None, {"refused": refused}, name="w1")
    first, second = queue.enqueue("refused", {}), queue.enqueue("no-such-kind", {})
    assert worker.work_one() and worker.work_one()
    assert state_of(store, first).state == FAILED and state_of(store, first).attempts == 1
    assert "no handler" in state_of(store, second).last_error


def test_each_job_is_claimed_once_by_many_workers_at_the_same_time(db_url, clock):  # noqa: F811
    """Eight workers, each with its own database connection pool (as separate processes have),
    claim 40 jobs at the same moment: every job is worked exactly once."""
    setup = Store(db_url)
    JobQueue(setup, clock=clock).enqueue_many(NewJob("count", {"n": n}) for n in range(40))
    worked: list[int] = []
    lock = threading.Lock()

    def count(payload):
        with lock:
            worked.append(payload["n"])

    stores = [Store(db_url) for _ in range(8)]
    for s in stores:
        s.upgrade()  # Alembic's context is per process, not per thread: migrate before the race
    start = threading.Barrier(len(stores))
    errors = []

    def run(store, name):
        worker = Worker(JobQueue(store, clock=clock), None, {"count": count}, name=name)
        start.wait()
        try:
            for _ in range(200):
                if not worker.step() and not JobQueue(store, clock=clock).counts().pending:
                    break
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s, f"w{i}")) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert sorted(worked) == list(range(40))  # none twice, none lost
    for s in [setup, *stores]:
        s.engine.dispose()


def test_a_killed_workers_job_is_taken_again_after_its_lease(queue, store, clock):
    job_id = queue.enqueue("slow", {})
    taken = queue.claim("w-killed")  # claimed, then its worker died: never completed
    assert taken.id == job_id and queue.claim("w2") is None
    clock.advance(minutes=6)  # the lease (5 min) has run out
    again = queue.claim("w2")
    assert again.id == job_id and again.attempts == 2


def test_the_same_dedupe_key_is_one_job(queue):
    assert queue.enqueue("keep_message", {"a": 1}, dedupe_key="spool:abc") is not None
    assert queue.enqueue("keep_message", {"a": 1}, dedupe_key="spool:abc") is None
    assert queue.counts().pending == 1


def test_the_oldest_waiting_job_is_reported(queue, clock):
    queue.enqueue("a", {})
    clock.advance(seconds=40)
    queue.enqueue("b", {})
    counts = queue.counts()
    assert counts.pending == 2 and counts.oldest_pending == timedelta(seconds=40)
    assert polish_summary(counts) == "Zadania w kolejce: 2 (najstarsze czeka 40 s); nieudane: 0"


def test_done_jobs_are_forgotten_after_a_week(queue, store, clock):
    job_id = queue.enqueue("a", {})
    Worker(queue, None, {"a": lambda p: None}).work_one()
    clock.advance(days=6)
    assert queue.prune() == 0
    clock.advance(days=2)
    assert queue.prune() == 1
    with pytest.raises(Exception):
        state_of(store, job_id)


def test_ivr_worker_drains_and_stops_cleanly_on_sigterm(settings, tmp_path):
    env = {**os.environ, "IVR_DATABASE_URL": settings.database_url, "IVR_INSTANCE_DIR": str(tmp_path),
           "IVR_RECORDINGS_DIR": str(tmp_path / "recordings"), "IVR_CONTENT_DIR": str(settings.content_dir),
           "TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "", "PYTHONPATH": str(ROOT)}
    from ivr.jobs.spool import Spool

    Spool(tmp_path / "spool.jsonl").append("keep_callback", {"number": "+48606902915", "at": T0.isoformat()})
    worker = subprocess.Popen([sys.executable, "-m", "ivr", "worker"], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    store = Store(settings.database_url)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not store_has_callback(store):
            time.sleep(0.2)
        assert store_has_callback(store), "the spooled call-back request was not stored"
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
        store.engine.dispose()
    assert worker.returncode == 0, output
    assert "stopped" in output and "Traceback" not in output
    assert not (tmp_path / "spool.jsonl").exists() or (tmp_path / "spool.jsonl").stat().st_size == 0


def store_has_callback(store) -> bool:
    try:
        return any(m.kind == "callback" and m.number == "+48606902915" for m in store.listing())
    except Exception:  # noqa: BLE001 - not migrated yet
        return False


def test_doctor_and_the_staff_home_page_show_the_jobs(settings, make_app):
    from ivr.operations.doctor import Doctor

    app = make_app()
    queue = app.extensions["ivr"].messages.jobs
    queue.enqueue("sms", {"to": "+48606902915", "body": "x"})
    failed = queue.enqueue("never", {})
    job = queue.claim("w")
    while job is not None and job.id != failed:
        job = queue.claim("w")
    queue.fail(job, "w", "gave up", permanent=True)
    [check] = list(Doctor(settings).jobs())
    assert not check.ok and "Zadania w kolejce: 1" in check.detail and "nieudane: 1" in check.detail
    assert "ivr-worker" in check.fix
    from test_staff_pages import PASSWORD, sign_in

    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    html = sign_in(app).get("/staff/").get_data(as_text=True)
    assert "Zadania w kolejce: 1" in html and "nieudane: 1" in html


def test_processes_starting_at_once_migrate_a_fresh_database_once(tmp_path):
    """gunicorn's workers and `ivr worker` all start on a fresh deploy: one migrates, the
    others find it done (before, two half-runs left tables without a revision for good)."""
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    code = ("import sys; from ivr.database.engine import Database; from ivr.jobs.queue import JobQueue; "
            "d = Database(sys.argv[1]); print(d.upgrade()); JobQueue(d).counts()")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-c", code, url], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], [err for _, err in results]
    assert {out.strip() for out, _ in results} == {"0011"}
