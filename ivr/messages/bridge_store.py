"""The call-back bridges' rows ("Oddzwoń") and the phone each staff member is at.

Every state change is one UPDATE guarded by the states it may come from, so
Twilio's callbacks, arriving in any order and as often as Twilio retries, move
an attempt forward once and never back. The tables are in ivr.database.schema.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError

from ivr.database.engine import Database, upsert
from ivr.database.schema import BRIDGE_ACTIVE_STATES, callback_bridges, staff_phones

# The states of an attempt. The first three are "active": at most one per item.
CALLING_STAFF, CONNECTING, IN_CALL = BRIDGE_ACTIVE_STATES
COMPLETED = "completed"  # the staff member and the resident talked
STAFF_NO_ANSWER, STAFF_BUSY = "staff_no_answer", "staff_busy"
RESIDENT_NO_ANSWER, RESIDENT_BUSY = "resident_no_answer", "resident_busy"
CANCELLED = "cancelled"  # the staff member did not press 1, or hung up before the resident answered
FAILED = "failed"  # Twilio refused or could not place a call
LOST = "lost"  # no word from Twilio for far too long
ACTIVE = frozenset(BRIDGE_ACTIVE_STATES)


class AlreadyActive(Exception):
    """The item already has a bridge in progress."""


class LimitReached(Exception):
    """The staff member started `per_hour` bridges within the hour already."""

    def __init__(self, started: int):
        super().__init__(started)
        self.started = started


@dataclass(frozen=True)
class Attempt:
    id: int
    message_id: int
    login: str
    staff_phone: str
    state: str
    started_at: datetime
    staff_call_sid: str | None
    staff_answered_at: datetime | None
    resident_answered_at: datetime | None
    ended_at: datetime | None
    duration: int | None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE


def _lock_key(login: str) -> int:
    """A signed 64-bit key of a staff login, for pg_advisory_xact_lock."""
    return int.from_bytes(hashlib.sha256(f"callback-bridges:{login}".encode()).digest()[:8], "big", signed=True)


class BridgeStore:
    """On the line's database (the messages store's engine: one per process)."""

    def __init__(self, database: Database):
        self.database = database

    @property
    def _engine(self):
        self.database.ensure_ready()
        return self.database.engine

    # -- attempts ---------------------------------------------------------------

    def open(self, message_id: int, login: str, staff_phone: str, now: datetime,
             per_hour: int | None = None, since: datetime | None = None) -> Attempt:
        """A new attempt, ringing the staff phone; AlreadyActive if the item has one;
        LimitReached if `login` started `per_hour` attempts since `since` already.

        The count and the insert are one statement (INSERT … SELECT … WHERE count < limit),
        and on PostgreSQL the staff member's attempts are serialised by a transaction-level
        advisory lock first: parallel requests in any worker cannot pass the limit together
        (issue 34, N7: check-then-insert let 49 through instead of 10)."""
        c = callback_bridges.c
        values = {"message_id": message_id, "login": login, "staff_phone": staff_phone,
                  "state": CALLING_STAFF, "started_at": now}
        columns = list(values)
        row = select(*(literal(value, type_=c[name].type).label(name) for name, value in values.items()))
        if per_hour is not None:
            started = (select(func.count()).select_from(callback_bridges)
                       .where(c.login == login, c.started_at >= since).scalar_subquery())
            row = row.where(started < per_hour)
        try:
            with self._engine.begin() as db:
                if per_hour is not None and db.dialect.name == "postgresql":
                    db.execute(select(func.pg_advisory_xact_lock(_lock_key(login))))
                new_id = db.execute(insert(callback_bridges).from_select(columns, row)
                                    .returning(c.id)).scalar_one_or_none()
        except IntegrityError:
            raise AlreadyActive(message_id) from None
        if new_id is None:
            raise LimitReached(self.started_by(login, since))
        return self.get(new_id)

    def get(self, attempt_id: int) -> Attempt | None:
        with self._engine.connect() as db:
            row = db.execute(select(callback_bridges).where(callback_bridges.c.id == attempt_id)).first()
        return Attempt(**row._mapping) if row else None

    def for_messages(self, message_ids: list[int]) -> dict[int, list[Attempt]]:
        """Each item's attempts, newest first."""
        found: dict[int, list[Attempt]] = {}
        if not message_ids:
            return found
        query = select(callback_bridges).where(callback_bridges.c.message_id.in_(message_ids)).order_by(
            callback_bridges.c.started_at.desc(), callback_bridges.c.id.desc())
        with self._engine.connect() as db:
            for row in db.execute(query):
                found.setdefault(row.message_id, []).append(Attempt(**row._mapping))
        return found

    def started_by(self, login: str, since: datetime) -> int:
        query = select(func.count()).select_from(callback_bridges).where(
            callback_bridges.c.login == login, callback_bridges.c.started_at >= since)
        with self._engine.connect() as db:
            return db.execute(query).scalar_one()

    def move(self, attempt_id: int, to_state: str, from_states, **values) -> bool:
        """Move to `to_state` only from one of `from_states`; True when this call moved it."""
        with self._engine.begin() as db:
            done = db.execute(update(callback_bridges).where(
                callback_bridges.c.id == attempt_id, callback_bridges.c.state.in_(tuple(from_states)),
            ).values(state=to_state, **values))
        return done.rowcount == 1

    def fill(self, attempt_id: int, column: str, value) -> None:
        """Set a column that is still empty (a first answer time, a duration Twilio reports late)."""
        target = callback_bridges.c[column]
        with self._engine.begin() as db:
            db.execute(update(callback_bridges).where(
                callback_bridges.c.id == attempt_id, target.is_(None)).values({column: value}))

    def stale(self, state: str, before: datetime) -> list[Attempt]:
        query = select(callback_bridges).where(
            callback_bridges.c.state == state, callback_bridges.c.started_at < before)
        with self._engine.connect() as db:
            return [Attempt(**row._mapping) for row in db.execute(query)]

    # -- the phone a staff member is at -------------------------------------------

    def saved_phone(self, login: str) -> str | None:
        query = select(staff_phones.c.number).where(staff_phones.c.login == login)
        with self._engine.connect() as db:
            return db.execute(query).scalar_one_or_none()

    def save_phone(self, login: str, number: str, now: datetime) -> None:
        statement = upsert(self._engine)(staff_phones).values(login=login, number=number, saved_at=now)
        statement = statement.on_conflict_do_update(
            index_elements=[staff_phones.c.login], set_={"number": number, "saved_at": now})
        with self._engine.begin() as db:
            db.execute(statement)
