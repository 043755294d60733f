"""Retention: events older than 13 months are folded into daily counts and deleted; and the
daily roll-up of closed days (ivr.stats.rollup), which the same daily run does first.

A whole call is folded at once (by the day it started), so its hang-up node and length
stay right; the report adds the daily counts to what is still kept, so its figures do not
change when the events go."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, delete, or_, select

from ivr.database.engine import Database
from ivr.database.schema import call_events
from ivr.stats.record import START, add_daily_in
from ivr.stats.rollup import ROLLED, moment, roll_up, rolled_days
from ivr.stats.tally import Row, local, tally

log = logging.getLogger(__name__)

KEEP_MONTHS = 13


@dataclass(frozen=True)
class PurgeReport:
    cutoff: date  # events of calls that started before this Warsaw day are gone
    events: int  # events deleted (their counts are in the daily counts)
    calls: int
    rolled: int = 0  # days rolled up into daily counts by this run


def cutoff_day(now: datetime, months: int = KEEP_MONTHS) -> date:
    """The same day `months` months before `now` (Warsaw), or the month's last day."""
    today = local(now).date()
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    for day in range(today.day, 0, -1):
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def purge(db: Database, now: datetime, months: int = KEEP_MONTHS) -> PurgeReport:
    """Roll up the closed days (ivr.stats.rollup), then delete the events before the cutoff.
    The deletion is one transaction; a day before the cutoff not rolled up by then (another
    process holds it, or its rollup failed) is folded in that same transaction, so either all of
    it happens or none."""
    db.ensure_ready()
    rolled_now = roll_up(db, now)
    cutoff = cutoff_day(now, months)
    before = moment(cutoff)
    e = call_events.c
    old_calls = select(e.call_key).where(e.kind == START, e.at < before)
    folded = or_(e.call_key.in_(old_calls), and_(e.call_key.is_(None), e.at < before))
    with db.engine.begin() as connection:
        query = select(e.call_key, e.at, e.kind, e.name, e.value, e.node).where(folded).order_by(e.id)
        rows = [Row(*row) for row in connection.execute(query)]
        counts = tally(rows)
        days = {day for day, _, _ in counts}
        rolled = rolled_days(connection, min(days), max(days)) if days else set()
        unrolled = {key: n for key, n in counts.items() if key[0] not in rolled}
        add_daily_in(connection, [(day, metric, name, n) for (day, metric, name), n in unrolled.items()])
        add_daily_in(connection, [(day, ROLLED, "", 1) for day in sorted(days - rolled)])
        deleted = connection.execute(delete(call_events).where(folded)).rowcount
        # Events of calls whose start was never stored cannot be counted; they go too.
        deleted += connection.execute(delete(call_events).where(e.at < before)).rowcount
    calls = sum(1 for row in rows if row.kind == START)
    log.info("statistics purge: %d events of %d calls before %s deleted (%d days rolled up now)",
             deleted, calls, cutoff, len(rolled_now))
    return PurgeReport(cutoff, deleted, calls, len(rolled_now))
