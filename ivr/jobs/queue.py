"""The job table: enqueue, claim, complete, fail with retries and exponential backoff.

Safe across several worker processes and hosts: a job is claimed by one conditional UPDATE
(the row must still be claimable), so two workers never both get it; a claim is a lease,
and a job whose worker was killed is taken again once its lease has run out. Every method
is one short transaction.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable

from sqlalchemy import and_, delete, func, or_, select, update

from ivr.database.engine import Database, upsert
from ivr.database.schema import jobs

log = logging.getLogger(__name__)

PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"
MAX_ATTEMPTS = 8
BASE_DELAY = timedelta(seconds=15)  # before the second try; doubled for each one after
MAX_DELAY = timedelta(hours=1)
LEASE = timedelta(minutes=5)  # longer than any job takes (REST timeouts are seconds)
KEEP_DONE = timedelta(days=7)  # done jobs (payload emptied) are kept this long: dedupe keys hold


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    payload: dict
    attempts: int  # this try included
    max_attempts: int


@dataclass(frozen=True)
class NewJob:
    kind: str
    payload: dict
    dedupe_key: str | None = None
    delay: timedelta = timedelta(0)
    max_attempts: int = MAX_ATTEMPTS


@dataclass(frozen=True)
class Counts:
    pending: int  # waiting, or being worked
    failed: int  # given up: needs a person (see `ivr doctor`)
    oldest_pending: timedelta | None  # how long the oldest waiting job has waited


def backoff(attempts: int, base: timedelta = BASE_DELAY, cap: timedelta = MAX_DELAY) -> timedelta:
    """The wait after the `attempts`-th failed try: base, 2 base, 4 base…, at most `cap`."""
    return min(cap, base * 2 ** max(0, attempts - 1))


class JobQueue:
    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now,
                 base_delay: timedelta = BASE_DELAY, lease: timedelta = LEASE):
        self.database = database
        self.clock = clock
        self.base_delay = base_delay
        self.lease = lease

    @property
    def engine(self):
        return self.database.engine

    # -- producers -------------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict, *, dedupe_key: str | None = None,
                delay: timedelta = timedelta(0), max_attempts: int = MAX_ATTEMPTS) -> int | None:
        """Store a job; its id, or None when a job with this dedupe key exists already.
        Raises SQLAlchemyError when the database cannot take it (the caller decides)."""
        return self.enqueue_many([NewJob(kind, payload, dedupe_key, delay, max_attempts)])[0]

    def enqueue_many(self, new_jobs: Iterable[NewJob]) -> list[int | None]:
        """Several jobs in one transaction: all are stored, or none."""
        self.database.ensure_ready()
        with self.engine.begin() as connection:
            return self.add(connection, new_jobs)

    def add(self, connection, new_jobs: Iterable[NewJob]) -> list[int | None]:
        """The jobs stored within the caller's transaction on `connection` (a row and the job about
        it in one commit: kept together or not at all); their ids, None for a dedupe key taken."""
        now = self.clock()
        ids: list[int | None] = []
        insert = upsert(self.engine)
        for job in new_jobs:
            statement = insert(jobs).values(
                kind=job.kind, payload=json.dumps(job.payload, ensure_ascii=False), state=PENDING, attempts=0,
                max_attempts=job.max_attempts, run_after=now + job.delay, created_at=now, updated_at=now,
                dedupe_key=job.dedupe_key,
            ).on_conflict_do_nothing(index_elements=[jobs.c.dedupe_key]).returning(jobs.c.id)
            row = connection.execute(statement).first()
            ids.append(row[0] if row else None)
        return ids

    # -- workers ---------------------------------------------------------------------

    def _claimable(self, now: datetime):
        return or_(
            and_(jobs.c.state == PENDING, jobs.c.run_after <= now),
            and_(jobs.c.state == RUNNING, jobs.c.locked_until < now),  # its worker died
        )

    def claim(self, worker_id: str) -> Job | None:
        """The next due job, now leased to `worker_id`; None when nothing is due."""
        self.database.ensure_ready()
        now = self.clock()
        with self.engine.connect() as connection:
            candidates = connection.execute(
                select(jobs.c.id).where(self._claimable(now)).order_by(jobs.c.run_after, jobs.c.id).limit(10)
            ).scalars().all()
        for job_id in candidates:
            with self.engine.begin() as connection:
                taken = connection.execute(
                    update(jobs).where(jobs.c.id == job_id, self._claimable(now)).values(
                        state=RUNNING, locked_by=worker_id, locked_until=now + self.lease,
                        attempts=jobs.c.attempts + 1, updated_at=now)
                ).rowcount == 1
                if not taken:
                    continue  # another worker was first
                row = connection.execute(select(jobs).where(jobs.c.id == job_id)).one()
            job = Job(row.id, row.kind, _loads(row.payload), row.attempts, row.max_attempts)
            if job.attempts > job.max_attempts:  # its workers kept dying on it
                self.fail(job, worker_id, "worker stopped during the job too often", permanent=True)
                continue
            return job
        return None

    def complete(self, job: Job, worker_id: str) -> None:
        """Done: the payload (it may hold a caller's number) is emptied."""
        now = self.clock()
        with self.engine.begin() as connection:
            connection.execute(update(jobs).where(jobs.c.id == job.id, jobs.c.state == RUNNING).values(
                state=DONE, payload="{}", locked_by=None, locked_until=None, updated_at=now, last_error=None))

    def fail(self, job: Job, worker_id: str, error: str, permanent: bool = False) -> str:
        """A try failed: PENDING again after the backoff, or FAILED after the last try
        (or at once when `permanent`). Returns the new state."""
        now = self.clock()
        final = permanent or job.attempts >= job.max_attempts
        state = FAILED if final else PENDING
        values = dict(state=state, locked_by=None, locked_until=None, updated_at=now, last_error=error[:200])
        if not final:
            values["run_after"] = now + backoff(job.attempts, self.base_delay)
        with self.engine.begin() as connection:
            connection.execute(update(jobs).where(jobs.c.id == job.id, jobs.c.state == RUNNING).values(**values))
        if final:
            log.error("job %s (%s) failed for good after %d tries: %s", job.id, job.kind, job.attempts, error[:200])
        else:
            log.warning("job %s (%s) try %d of %d failed, again in %s: %s", job.id, job.kind, job.attempts,
                        job.max_attempts, values["run_after"] - now, error[:200])
        return state

    # -- what people see ---------------------------------------------------------------

    def counts(self) -> Counts:
        self.database.ensure_ready()
        now = self.clock()
        with self.engine.connect() as connection:
            by_state = dict(connection.execute(
                select(jobs.c.state, func.count()).where(jobs.c.state.in_((PENDING, RUNNING, FAILED)))
                .group_by(jobs.c.state)).all())
            oldest = connection.execute(
                select(func.min(jobs.c.created_at)).where(jobs.c.state.in_((PENDING, RUNNING)))).scalar()
        if isinstance(oldest, str):  # SQLite's MIN() loses the column type
            oldest = datetime.fromisoformat(oldest)
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=timezone.utc)
        return Counts(by_state.get(PENDING, 0) + by_state.get(RUNNING, 0), by_state.get(FAILED, 0),
                      max(timedelta(0), now - oldest) if oldest else None)

    def failed_jobs(self, limit: int = 20) -> list[tuple[int, str, int, str | None]]:
        """(id, kind, attempts, last error) of the jobs given up, newest first."""
        self.database.ensure_ready()
        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(
                select(jobs.c.id, jobs.c.kind, jobs.c.attempts, jobs.c.last_error)
                .where(jobs.c.state == FAILED).order_by(jobs.c.id.desc()).limit(limit))]

    def prune(self) -> int:
        """Forget done jobs older than KEEP_DONE."""
        with self.engine.begin() as connection:
            return connection.execute(delete(jobs).where(
                jobs.c.state == DONE, jobs.c.updated_at < self.clock() - KEEP_DONE)).rowcount


def _loads(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
