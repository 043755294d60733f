"""Messages and call-back requests callers leave, and the SMS rate limit.

Only what the staff need is kept about a caller: the number, the time, the
length of a message, where its audio is, and whether it has been dealt with.
The tables are in ivr.database.schema.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import Connection, and_, delete, func, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from ivr.database.engine import Database, upsert
from ivr.database.schema import callback_bridges, messages, sms_optout, sms_sent

log = logging.getLogger(__name__)

# Kinds and states of what callers leave.
MESSAGE, CALLBACK = "message", "callback"
PENDING, NEW, DONE = "pending download", "new", "done"
OPEN_STATES = (PENDING, NEW)
NUMBER_GRACE = timedelta(minutes=2)
SMS_CHANNEL = "sms"  # a call-back asked for by SMS
MAX_SMS_TEXT = 1600


@dataclass(frozen=True)
class Message:
    id: int
    kind: str
    number: str | None
    created_at: datetime
    duration: int | None
    status: str
    file_path: str | None
    recording_sid: str | None
    recording_url: str | None
    attempts: int
    remote_deleted_at: datetime | None
    notified_at: datetime | None
    channel: str | None = None  # SMS_CHANNEL, or None for the phone
    sms_text: str | None = None

    @property
    def by_sms(self) -> bool:
        return self.channel == SMS_CHANNEL

    @property
    def needs_download(self) -> bool:
        return self.kind == MESSAGE and self.file_path is None and self.remote_deleted_at is None

    @property
    def needs_remote_delete(self) -> bool:
        return self.kind == MESSAGE and self.file_path is not None and self.remote_deleted_at is None


# Twilio's RecordingUrl is kept for reference only (the audio is fetched by RecordingSid):
# an https URL of a sane length, else nothing. A longer one lost the message on PostgreSQL
# (issue 34, N12); the column is TEXT since migration 0006 as well.
MAX_RECORDING_URL = 500


def sane_recording_url(url: str | None) -> str | None:
    url = (url or "").strip()
    if not url.startswith("https://") or len(url) > MAX_RECORDING_URL or any(ch.isspace() for ch in url):
        return None
    return url


class Store(Database):
    """Messages and call-back requests; every method is one short transaction."""

    # -- what callers leave -----------------------------------------------------

    def note_recording(
        self, recording_sid: str, *, now: datetime, number: str | None = None,
        duration: int | None = None, url: str | None = None, also: Callable[[Connection], object] | None = None,
    ) -> Message:
        """Record a message by its RecordingSid, once: the Record action and Twilio's
        status callback both call this, in either order and as often as Twilio retries.
        `also(connection)` runs in the same transaction (the staff notice's job: one commit)."""
        self.ensure_ready()
        insert = upsert(self.engine)
        statement = insert(messages).values(
            kind=MESSAGE, number=number or None, created_at=now, duration=duration,
            status=PENDING, recording_sid=recording_sid, recording_url=sane_recording_url(url),
        )
        excluded = statement.excluded
        statement = statement.on_conflict_do_update(
            index_elements=[messages.c.recording_sid],
            set_={
                "number": func.coalesce(messages.c.number, excluded.number),
                "duration": func.coalesce(excluded.duration, messages.c.duration),
                "recording_url": func.coalesce(messages.c.recording_url, excluded.recording_url),
            },
        )
        with self.engine.begin() as connection:
            connection.execute(statement)
            row = connection.execute(select(messages).where(messages.c.recording_sid == recording_sid)).one()
            if also is not None:
                also(connection)
        return Message(**row._mapping)

    def request_callback(self, number: str, now: datetime) -> Message:
        """A call-back request; a second one while the first is still open is the same request."""
        self.ensure_ready()
        with self.engine.begin() as connection:
            open_request = connection.execute(
                select(messages).where(
                    messages.c.kind == CALLBACK, messages.c.number == number, messages.c.status.in_(OPEN_STATES)
                ).order_by(messages.c.id).limit(1)
            ).first()
            if open_request:
                return Message(**open_request._mapping)
            new_id = connection.execute(
                messages.insert().values(kind=CALLBACK, number=number, created_at=now, status=NEW)
            ).inserted_primary_key[0]
            row = connection.execute(select(messages).where(messages.c.id == new_id)).one()
        return Message(**row._mapping)

    def request_sms_callback(self, number: str, text: str, now: datetime, day_start: datetime) -> tuple[Message, bool]:
        """A call-back asked for by SMS, with the SMS text: (the request, True when new). Once per
        number per day (since `day_start`, the Warsaw midnight) and never beside an open request of
        the same number: then the request kept is returned with False."""
        self.ensure_ready()
        with self.engine.begin() as connection:
            kept = connection.execute(
                select(messages).where(
                    messages.c.kind == CALLBACK, messages.c.number == number,
                    or_(messages.c.status.in_(OPEN_STATES),
                        and_(messages.c.channel == SMS_CHANNEL, messages.c.created_at >= day_start)),
                ).order_by(messages.c.id).limit(1)
            ).first()
            if kept:
                return Message(**kept._mapping), False
            new_id = connection.execute(messages.insert().values(
                kind=CALLBACK, number=number, created_at=now, status=NEW, channel=SMS_CHANNEL,
                sms_text=text[:MAX_SMS_TEXT],
            )).inserted_primary_key[0]
            row = connection.execute(select(messages).where(messages.c.id == new_id)).one()
        return Message(**row._mapping), True

    # -- the do-not-text list ------------------------------------------------------

    def opt_out(self, number: str, now: datetime) -> None:
        """The number asked not to be texted: kept until it asks again (START, "proszę pisać")."""
        self.ensure_ready()
        insert = upsert(self.engine)
        with self.engine.begin() as connection:
            connection.execute(insert(sms_optout).values(number=number, since=now).on_conflict_do_nothing(
                index_elements=[sms_optout.c.number]))

    def opt_in(self, number: str) -> bool:
        """The number may be texted again; True when it was on the list."""
        self.ensure_ready()
        with self.engine.begin() as connection:
            return connection.execute(delete(sms_optout).where(sms_optout.c.number == number)).rowcount > 0

    def opted_out(self, number: str) -> bool:
        self.ensure_ready()
        with self.engine.connect() as connection:
            return connection.execute(select(sms_optout.c.number).where(sms_optout.c.number == number)).first() is not None

    # -- the recordings' way to local storage -----------------------------------

    def get(self, message_id: int) -> Message | None:
        self.ensure_ready()
        with self.engine.connect() as connection:
            row = connection.execute(select(messages).where(messages.c.id == message_id)).first()
        return Message(**row._mapping) if row else None

    def by_recording(self, recording_sid: str) -> Message | None:
        self.ensure_ready()
        with self.engine.connect() as connection:
            row = connection.execute(select(messages).where(messages.c.recording_sid == recording_sid)).first()
        return Message(**row._mapping) if row else None

    def unfinished_recordings(self) -> list[Message]:
        """Messages whose audio is not yet local, or whose Twilio copy is not yet deleted."""
        self.ensure_ready()
        query = select(messages).where(
            messages.c.kind == MESSAGE, messages.c.recording_sid.is_not(None), messages.c.remote_deleted_at.is_(None)
        ).order_by(messages.c.id)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def count_failed_download(self, message_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(messages).where(messages.c.id == message_id).values(attempts=messages.c.attempts + 1)
            )

    def mark_stored(self, message_id: int, file_path: str) -> None:
        """The local copy is complete and verified: a pending message becomes new."""
        with self.engine.begin() as connection:
            connection.execute(update(messages).where(messages.c.id == message_id).values(file_path=file_path))
            connection.execute(
                update(messages).where(messages.c.id == message_id, messages.c.status == PENDING).values(status=NEW)
            )

    def mark_remote_deleted(self, message_id: int, now: datetime) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(messages).where(messages.c.id == message_id).values(remote_deleted_at=now)
            )

    # -- staff ------------------------------------------------------------------

    def listing(self, include_done: bool = False) -> list[Message]:
        self.ensure_ready()
        query = select(messages).order_by(messages.c.created_at, messages.c.id)
        if not include_done:
            query = query.where(messages.c.status != DONE)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def mark_done(self, message_id: int) -> bool:
        self.ensure_ready()
        with self.engine.begin() as connection:
            result = connection.execute(update(messages).where(messages.c.id == message_id).values(status=DONE))
        return result.rowcount == 1

    def reopen(self, message_id: int) -> bool:
        """Undo "done" (the staff page's "Cofnij"): new again, or still downloading when its audio is not home."""
        self.ensure_ready()
        with self.engine.begin() as connection:
            found = connection.execute(select(messages.c.kind, messages.c.file_path).where(
                messages.c.id == message_id, messages.c.status == DONE)).first()
            if found is None:
                return False
            status = PENDING if found.kind == MESSAGE and found.file_path is None else NEW
            connection.execute(update(messages).where(messages.c.id == message_id).values(status=status))
        return True

    def older_than(self, cutoff: datetime) -> list[Message]:
        self.ensure_ready()
        query = select(messages).where(messages.c.created_at < cutoff).order_by(messages.c.id)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def remove(self, message_id: int) -> None:
        """The item and its call-back attempts (SQLite does not enforce the foreign key's cascade)."""
        with self.engine.begin() as connection:
            connection.execute(delete(callback_bridges).where(callback_bridges.c.message_id == message_id))
            connection.execute(delete(messages).where(messages.c.id == message_id))

    def unnotified(self, now: datetime) -> list[Message]:
        """Open items the staff have not been told about. A message once its length and
        the caller's number are known (the Record action brings the number; Twilio's
        status callback may come first), or after NUMBER_GRACE without a number."""
        self.ensure_ready()
        number_known = or_(messages.c.number.is_not(None), messages.c.created_at <= now - NUMBER_GRACE)
        query = select(messages).where(
            messages.c.notified_at.is_(None),
            messages.c.status.in_(OPEN_STATES),
            or_(messages.c.kind == CALLBACK, and_(messages.c.kind == MESSAGE, messages.c.duration > 0, number_known)),
        ).order_by(messages.c.created_at, messages.c.id)
        with self.engine.connect() as connection:
            return [Message(**row._mapping) for row in connection.execute(query)]

    def mark_notified(self, ids: list[int], now: datetime) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(messages).where(messages.c.id.in_(ids), messages.c.notified_at.is_(None)).values(notified_at=now)
            )


class DbLimiter:
    """At most one SMS per number per window (an hour by default), kept in the database;
    the ivr.messages.outbound.Limiter protocol (allow, release).

    `allow()` answers and, when it says yes, counts the SMS as sent, in one
    statement: two requests at the same moment cannot both get a yes. Numbers
    are stored only as a keyed hash, and only for a day.
    """

    KEEP = timedelta(days=1)  # longer than any window

    def __init__(self, store: Store, secret: bytes | str, window: timedelta = timedelta(hours=1), purpose: str = "info"):
        self.store = store
        self.secret = secret.encode() if isinstance(secret, str) else secret
        self.window = window
        self.purpose = purpose

    def _key(self, number: str) -> str:
        digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        return hmac.new(self.secret, f"{self.purpose}:{digits}".encode(), hashlib.sha256).hexdigest()

    def allow(self, number: str, now: datetime) -> bool:
        """Yes, and the SMS counts as sent at `now`; no when one went within the window.
        With the database down it says yes: the caller gets the SMS they asked for."""
        try:
            return self._allow(number, now)
        except SQLAlchemyError as exc:
            log.error("SMS limit not checked: database error %s", type(exc).__name__)
            return True

    def _allow(self, number: str, now: datetime) -> bool:
        self.store.ensure_ready()
        insert = upsert(self.store.engine)
        statement = insert(sms_sent).values(number_hash=self._key(number), sent_at=now)
        statement = statement.on_conflict_do_update(
            index_elements=[sms_sent.c.number_hash],
            set_={"sent_at": statement.excluded.sent_at},
            where=sms_sent.c.sent_at <= now - self.window,
        ).returning(sms_sent.c.number_hash)  # a row only when inserted or renewed (rowcount is unreliable here)
        with self.store.engine.begin() as connection:
            allowed = connection.execute(statement).first() is not None
            connection.execute(delete(sms_sent).where(sms_sent.c.sent_at < now - self.KEEP))
        return allowed

    def release(self, number: str, now: datetime) -> None:
        """The send allowed at `now` failed: do not count it (ivr.messages.outbound.Limiter)."""
        try:
            self.store.ensure_ready()
            with self.store.engine.begin() as connection:
                connection.execute(
                        delete(sms_sent).where(sms_sent.c.number_hash == self._key(number), sms_sent.c.sent_at == now)
                )
        except SQLAlchemyError as exc:
            log.error("SMS limit not released: database error %s", type(exc).__name__)
