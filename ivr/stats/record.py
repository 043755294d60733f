"""Recording the events of calls, never at the caller's expense.

A webhook calls `CallStats.event(call_sid, kind, name, at, value, node)` (through a
`Turn`, one per request): the event is appended to an in-memory queue (microseconds) and a writer thread stores the queue in one
transaction every FLUSH_SECONDS. A database failure loses those statistics, logged, and
never reaches a call; a full queue drops new events.

For tests and seeding, `record(db, call_sid, kind, name, at=..., value=...)` writes one
event at once and `record_daily(db, day, metric, name, count)` adds to the daily counts
(past years). Kinds and names:

    START     ""                                  a call came in (its Warsaw time gives hour and weekday)
    ENTER     node as in ivr.call.flow            main, about, hours, contact, addiction, social_work,
                                                  benefits, programmes, food, leave_word, callback, done;
                                                  and the choices that are no menu: person (a transfer),
                                                  message (recording one), sms (key 5)
    INPUT     key | speech | none                 value 1: understood, 0: a miss
    MISS      no_input | wrong_key | not_understood | lost (a sign of confusion: "nie rozumiem",
              "halo", a repeat asked twice in a row)
    OUTCOME   sms_sent (sms_already_sent, sms_hidden_number, sms_failed), message, callback, goodbye,
              transfer_answered | transfer_busy | transfer_no_answer | transfer_failed
    DURATION  ""                                  value: seconds (Twilio's status callback, CallDuration)
    SMS       topic of ivr.textline (hours, contact, help, addiction, thanks, menu, carrier); no call
    BRIDGE    started | a final bridge state (completed = answered): a staff call-back; no call
    LANGUAGE  uk | pl                             the call is in that language from now on: at the start
                                                  when it is not Polish, and at every switch (key 8, a name)

Any event may also carry `node`: the node the caller entered right after it, as an ENTER
would (the webhooks store one row per turn that way: the input and where it led). The
call's last node entered is where its caller hung up, unless the line ended it (goodbye,
an answered transfer).
"""
from __future__ import annotations

import atexit
import collections
import logging
import os
import threading
import weakref
from datetime import date, datetime, timezone
from typing import NamedTuple

from sqlalchemy.exc import SQLAlchemyError

from ivr.common.privacy import derived_key, keyed_hash
from ivr.database.engine import Database, upsert
from ivr.database.schema import call_events, call_stats_daily

log = logging.getLogger(__name__)

START, ENTER, INPUT, MISS, OUTCOME, DURATION, SMS, BRIDGE, LANGUAGE = (
    "start", "enter", "input", "miss", "outcome", "duration", "sms", "bridge", "lang",
)
KINDS = frozenset({START, ENTER, INPUT, MISS, OUTCOME, DURATION, SMS, BRIDGE, LANGUAGE})
CALL_KINDS = KINDS - {SMS, BRIDGE}  # only with a CallSid
NAME_LENGTH = 40

FLUSH_SECONDS = 1.0
MAX_QUEUED = 20_000  # a database down for long: memory stays bounded, the newest are dropped
KEY_PURPOSE = "call-stats"


def call_key(key: bytes, call_sid: str) -> str:
    return keyed_hash(key, call_sid)


def stats_key(secret: str | bytes) -> bytes:
    """The key of the CallSid hashes, derived from the app's secret."""
    return derived_key(secret or "ivr-ops-kleszczewo", KEY_PURPOSE)


class Event(NamedTuple):
    call_sid: str | None
    at: datetime  # aware
    kind: str
    name: str = ""
    value: int | None = None
    node: str | None = None  # the node the caller entered after this event


def write_events(db: Database, key: bytes, events: list[Event]) -> None:
    """Store events in one transaction (raises SQLAlchemyError).

    The rows go straight to the driver's executemany, each moment bound once by the column's
    own type (UtcDateTime) and each CallSid hashed once: SQLAlchemy's per-row processing
    was most of the cost, and the writer shares the CPU with the webhooks."""
    if not events:
        return
    db.ensure_ready()
    with db.engine.begin() as connection:
        dialect = connection.dialect
        bind_time = call_events.c.at.type.bind_processor(dialect) or (lambda value: value)
        keys: dict[str, str] = {}
        times: dict[datetime, object] = {}
        rows = []
        for sid, at, kind, name, value, node in events:
            hashed = None
            if sid:
                hashed = keys.get(sid) or keys.setdefault(sid, call_key(key, sid))
            bound = times.get(at)
            if bound is None:
                bound = times[at] = bind_time(at)
            rows.append((hashed, bound, kind, name[:NAME_LENGTH], value, node and node[:NAME_LENGTH]))
        connection.exec_driver_sql(_insert_sql(dialect.paramstyle), rows)


def _insert_sql(paramstyle: str) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"  # SQLite; PostgreSQL (psycopg)
    columns = ("call_key", "at", "kind", "name", "value", "node")
    return f"INSERT INTO {call_events.name} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"


def record(db: Database, call_sid: str | None, kind: str, name: str = "", *, at: datetime,
           value: int | None = None, node: str | None = None, secret: str | bytes = "test-secret") -> None:
    """Write one event now (tests, seeding). `node`: the caller then entered it (as an ENTER
    would say). `secret` is the app's secret (IVR_SECRET_KEY)."""
    if kind not in KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    write_events(db, stats_key(secret), [Event(call_sid, at, kind, name, value, node)])


def record_daily(db: Database, day: date, metric: str, name: str, count: int) -> None:
    """Add to one daily count (see ivr.stats.tally for metrics and names)."""
    add_daily(db, [(day, metric, name, count)])


def add_daily(db: Database, counts) -> None:
    """Add (day, metric, name, count) rows to the daily counts, in one transaction."""
    db.ensure_ready()
    with db.engine.begin() as connection:
        add_daily_in(connection, counts)


def add_daily_in(connection, counts) -> None:
    """The same, inside the caller's transaction (the purge folds and deletes in one)."""
    rows = [{"day": day, "metric": metric, "name": name[:NAME_LENGTH], "count": count}
            for day, metric, name, count in counts if count]
    if not rows:
        return
    statement = upsert(connection)(call_stats_daily)  # the connection's dialect: SQLite or PostgreSQL
    # One statement for every row (executemany): a day of counts is a hundred rows or more.
    connection.execute(statement.on_conflict_do_update(
        index_elements=["day", "metric", "name"],
        set_={"count": call_stats_daily.c.count + statement.excluded.count},
    ), rows)


# The recorders whose writer thread runs (`stop_writers()` ends them all: the tests, after each).
_WRITERS: "weakref.WeakSet[CallStats]" = weakref.WeakSet()


def stop_writers() -> None:
    """Stop every running writer thread, storing what each has queued."""
    for recorder in list(_WRITERS):
        recorder.stop()


class CallStats:
    """The line's recorder: events queue in memory and a writer thread stores them in batches.
    `enabled=False` records nothing (IVR_STATS=0, the simulators); `db` is still where the
    figures are read (ivr.stats.report)."""

    def __init__(self, db: Database | None, key: bytes, flush_seconds: float = FLUSH_SECONDS, enabled: bool = True):
        self.db = db
        self._enabled = enabled and db is not None
        self.key = key
        self.flush_seconds = flush_seconds
        self._queue: collections.deque[Event] = collections.deque()
        self._wake = threading.Event()
        self._writer_pid: int | None = None
        self._start_lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._dropped = 0
        self._stopping = False
        self._exit_flush = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    def event(self, call_sid: str | None, kind: str, name: str = "", at: datetime | None = None,
              value: int | None = None, node: str | None = None) -> None:
        """Queue one event; never raises, never waits for the database."""
        if not self._enabled or (kind in CALL_KINDS and not call_sid):
            return
        try:
            if len(self._queue) >= MAX_QUEUED:
                self._dropped += 1
                return
            self._queue.append(Event(call_sid, at or datetime.now(timezone.utc), kind, name, value, node))
            if self._writer_pid != os.getpid():
                self._start_writer()
        except Exception:  # noqa: BLE001 - a statistic is never worth a turn of a call
            log.exception("statistics event lost")

    def turn(self, call_sid: str, at: datetime) -> "Turn":
        """The events of one webhook request of a call."""
        return Turn(self.event, call_sid, at)

    def flush(self) -> int:
        """Store what is queued now; the number of events stored (0 when the database failed)."""
        with self._flush_lock:
            batch = []
            while self._queue:
                batch.append(self._queue.popleft())
            if not batch:
                return 0
            try:
                write_events(self.db, self.key, batch)
            except SQLAlchemyError as exc:
                log.error("statistics: %d events lost, database error %s", len(batch), type(exc).__name__)
                return 0
            except Exception:  # noqa: BLE001 - the writer thread must live on
                log.exception("statistics: %d events lost", len(batch))
                return 0
            if self._dropped:
                log.error("statistics: %d events dropped while the queue was full", self._dropped)
                self._dropped = 0
            return len(batch)

    def _start_writer(self) -> None:
        """One writer per process (a gunicorn worker forked after start-up gets its own)."""
        with self._start_lock:
            if self._writer_pid == os.getpid():
                return
            self._writer_pid = os.getpid()
            self._stopping = False
            threading.Thread(target=self._write_forever, name="ivr-stats-writer", daemon=True).start()
            if not self._exit_flush:
                atexit.register(self.flush)
                self._exit_flush = True
            _WRITERS.add(self)

    def stop(self) -> int:
        """Store what is queued and end the writer thread (a line shut down, a test done); the
        next event starts a new one. The number of events stored."""
        with self._start_lock:
            self._stopping = True
            self._writer_pid = None
            self._wake.set()
            _WRITERS.discard(self)
        return self.flush()

    def _write_forever(self) -> None:
        while not self._stopping:
            self._wake.wait(self.flush_seconds)
            self._wake.clear()
            if self._stopping:
                return
            self.flush()


class Turn:
    """The events of one webhook request: its CallSid and moment bound once. The node the
    caller enters rides on the event before it, so a usual turn is one row (the input and
    where it led); `done()` hands what is left to the recorder's queue."""

    def __init__(self, event, call_sid: str, at: datetime):
        self._event, self._call_sid, self._at = event, call_sid, at
        self._last: list | None = None  # [kind, name, value, node], not queued yet

    def note(self, kind: str, name: str = "", value: int | None = None) -> None:
        self.done()
        self._last = [kind, name, value, None]

    def enter(self, node: str) -> None:
        if self._last is not None and self._last[3] is None:
            self._last[3] = node
        else:
            self.note(ENTER, node)

    def done(self) -> None:
        if self._last is not None:
            kind, name, value, node = self._last
            self._event(self._call_sid, kind, name, self._at, value, node)
            self._last = None
