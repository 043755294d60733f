"""What callers said that the line did not understand ("Nierozpoznane"), so staff can teach it
new words.

Kept only when the office switches it on (IVR_KEEP_MISSES=1), for 14 days, as the text and
the menu it was said in: never the caller's number, and a long run of digits in the text (a
number said aloud) is cut out. `purge()` deletes what is older (the statistics' daily
purge runs it too). How many misses each menu had comes from the call statistics
(`misses_by_menu`), which need no text at all.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from ivr.database.engine import Database
from ivr.database.schema import call_events, speech_misses
from ivr.stats.record import ENTER, MISS, START
from ivr.stats.rollup import moment
from ivr.stats.tally import local

log = logging.getLogger(__name__)

KEEP = timedelta(days=14)
TEXT_LENGTH = 200
NOT_UNDERSTOOD = "not_understood"
_DIGITS = re.compile(r"\+?\d[\d\s\-./]{4,}\d")  # six or more digits in a row (spaces allowed): a number
PRIVACY_NOTE = (
    "Gdy włączone jest zapisywanie nierozpoznanych wypowiedzi, infolinia przechowuje przez 14 dni "
    "treść wypowiedzi, której nie zrozumiała, i menu, w którym ją wypowiedziano – bez numeru telefonu "
    "i bez innych danych dzwoniącego – aby pracownicy mogli nauczyć ją nowych słów. Po 14 dniach "
    "wpisy są usuwane."
)


@dataclass(frozen=True)
class Miss:
    id: int
    at: datetime
    node: str
    text: str


def clean(text: str) -> str:
    """The words as kept: one line, no number said aloud, at most TEXT_LENGTH characters."""
    text = " ".join((text or "").split())
    text = _DIGITS.sub("…", text)
    return text[:TEXT_LENGTH]


class MissBook:
    """The kept misses, in the line's database; `enabled` is IVR_KEEP_MISSES."""

    def __init__(self, db: Database, enabled: bool):
        self.db = db
        self.enabled = enabled

    def note(self, node: str, text: str, at: datetime) -> bool:
        """Keep one miss (when switched on). Never raises: a caller's call is never troubled."""
        text = clean(text)
        if not self.enabled or not text.strip(" …"):
            return False
        try:
            self.db.ensure_ready()
            with self.db.engine.begin() as connection:
                connection.execute(insert(speech_misses).values(at=at, node=node[:40], text=text))
        except SQLAlchemyError as exc:
            log.error("a miss was not kept: database error %s", type(exc).__name__)
            return False
        return True

    def recent(self, now: datetime) -> list[Miss]:
        """The last 14 days, newest first."""
        self.db.ensure_ready()
        m = speech_misses.c
        query = select(m.id, m.at, m.node, m.text).where(m.at >= now - KEEP).order_by(m.at.desc(), m.id.desc())
        with self.db.engine.connect() as connection:
            return [Miss(*row) for row in connection.execute(query)]

    def get(self, miss_id: int) -> Miss | None:
        self.db.ensure_ready()
        m = speech_misses.c
        with self.db.engine.connect() as connection:
            row = connection.execute(select(m.id, m.at, m.node, m.text).where(m.id == miss_id)).first()
        return Miss(*row) if row else None

    def remove(self, miss_id: int) -> None:
        with self.db.engine.begin() as connection:
            connection.execute(delete(speech_misses).where(speech_misses.c.id == miss_id))

    def purge(self, now: datetime) -> int:
        """Delete what is older than 14 days; how many."""
        self.db.ensure_ready()
        with self.db.engine.begin() as connection:
            return connection.execute(delete(speech_misses).where(speech_misses.c.at < now - KEEP)).rowcount


def misses_by_menu(db: Database, since: date, until: date, name: str = NOT_UNDERSTOOD) -> Counter:
    """From the call statistics: how many misses of `name` each menu had (the menu the caller
    was in when the miss happened), for calls that started in the period (Warsaw dates)."""
    db.ensure_ready()
    start, end = moment(since), moment(until + timedelta(days=1))
    e = call_events.c
    started = select(e.call_key).where(e.kind == START, e.at >= start, e.at < end)
    query = select(e.call_key, e.at, e.kind, e.name, e.node).where(
        and_(e.call_key.in_(started), or_(e.kind.in_((ENTER, MISS)), e.node.is_not(None)))
    ).order_by(e.id)
    calls: dict[str, list] = {}
    with db.engine.connect() as connection:
        for row in connection.execute(query):
            calls.setdefault(row.call_key, []).append(row)
    found: Counter = Counter()
    for events in calls.values():
        where = "main"
        for event in sorted(events, key=lambda r: local(r.at)):
            if event.kind == MISS and event.name == name:
                found[where] += 1
            if event.kind == ENTER:
                where = event.name
            if event.node:
                where = event.node
    return found
