"""Retention: events older than 13 months are folded into daily counts and deleted.

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
from ivr.stats.report import moment
from ivr.stats.tally import Row, local, tally

log = logging.getLogger(__name__)

KEEP_MONTHS = 13


@dataclass(frozen=True)
class PurgeReport:
    cutoff: date  # events of calls that started before this Warsaw day are gone
    events: int  # events folded and deleted
    calls: int


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
    """Fold and delete, in one transaction: either all of it happens or none."""
    db.ensure_ready()
    cutoff = cutoff_day(now, months)
    before = moment(cutoff)
    e = call_events.c
    old_calls = select(e.call_key).where(e.kind == START, e.at < before)
    folded = or_(e.call_key.in_(old_calls), and_(e.call_key.is_(None), e.at < before))
    with db.engine.begin() as connection:
        query = select(e.call_key, e.at, e.kind, e.name, e.value, e.node).where(folded).order_by(e.id)
        rows = [Row(*row) for row in connection.execute(query)]
        counts = tally(rows)
        add_daily_in(connection, [(day, metric, name, n) for (day, metric, name), n in counts.items()])
        deleted = connection.execute(delete(call_events).where(folded)).rowcount
        # Events of calls whose start was never stored cannot be counted; they go too.
        deleted += connection.execute(delete(call_events).where(e.at < before)).rowcount
    calls = sum(n for (_, metric, _), n in counts.items() if metric == "calls")
    log.info("statistics purge: %d events of %d calls before %s folded into daily counts", deleted, calls, cutoff)
    return PurgeReport(cutoff, deleted, calls)

