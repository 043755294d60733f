"""Daily counts of closed days, so that a long period is read from a few rows per day instead of
every event of the year (issue 34, N12: 12 months took 4 s per page, on a phone worker).

A day is *rolled up* once its calls are over: its calls (by the day they started), SMS and
staff call-backs are tallied exactly as the report tallies events (ivr.stats.tally) and added
to `call_stats_daily`, with a marker row (metric ROLLED) in the same transaction. From then on
the report reads that day from the daily counts and ignores its events, which stay until the
13-month purge deletes them. The marker is inserted first: a second process rolling the same
day at the same moment fails on its primary key and adds nothing, so no day is counted twice.

Rolled up by `ivr stats purge` (the daily timer `ivr-stats-purge`, or cron): every day up to
the day before yesterday (Warsaw). An event that arrives later than that for a rolled day (a
status callback more than a day late) is not counted.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from ivr.database.engine import Database, upsert
from ivr.database.schema import call_events, call_stats_daily
from ivr.stats.record import START, add_daily_in
from ivr.stats.tally import WARSAW, Counts, Row, local, tally

log = logging.getLogger(__name__)

ROLLED = "rolled_up"  # the marker's metric in call_stats_daily: this day's events are counted there
OPEN_DAYS = 2  # today and yesterday are read from events (late status callbacks, calls past midnight)


def moment(day: date) -> datetime:
    """Warsaw midnight at the start of `day`, in UTC."""
    return datetime.combine(day, time(), WARSAW).astimezone(timezone.utc)


def last_closed_day(now: datetime) -> date:
    return local(now).date() - timedelta(days=OPEN_DAYS)


def rolled_days(connection: Connection, since: date, until: date) -> set[date]:
    d = call_stats_daily.c
    query = select(d.day).where(d.metric == ROLLED, d.day >= since, d.day <= until)
    return {row[0] for row in connection.execute(query)}


def events_of(connection: Connection, since: date, until: date) -> Counts:
    """The tally of the events of calls started in the period, and of SMS and call-backs in it."""
    start, end = moment(since), moment(until + timedelta(days=1))
    e = call_events.c
    started = select(e.call_key).where(e.kind == START, e.at >= start, e.at < end)
    query = select(e.call_key, e.at, e.kind, e.name, e.value, e.node).where(or_(
        e.call_key.in_(started),
        and_(e.call_key.is_(None), e.at >= start, e.at < end),
    )).order_by(e.id)  # the order they happened in, also within one request
    return tally(Row(*row) for row in connection.execute(query))


def roll_up_day(db: Database, day: date) -> bool:
    """Roll one day up; False when it already was (here or by another process)."""
    try:
        with db.engine.begin() as connection:
            connection.execute(insert(call_stats_daily).values(day=day, metric=ROLLED, name="", count=1))
            found = events_of(connection, day, day)
            add_daily_in(connection, [(d, metric, name, n) for (d, metric, name), n in found.items() if d == day])
    except IntegrityError:
        return False
    return True


def _mark_empty(db: Database, days: list[date]) -> None:
    """Markers for closed days without a single event (nothing to count, nothing to read)."""
    if not days:
        return
    with db.engine.begin() as connection:
        statement = upsert(connection)(call_stats_daily).values(
            [{"day": day, "metric": ROLLED, "name": "", "count": 1} for day in days])
        connection.execute(statement.on_conflict_do_nothing(index_elements=["day", "metric", "name"]))


def _next_event_day(db: Database, after: date) -> date | None:
    """The Warsaw day of the first event at or after the start of `after`."""
    with db.engine.connect() as connection:
        at = connection.execute(select(func.min(call_events.c.at)).where(call_events.c.at >= moment(after))).scalar()
    return local(at).date() if at is not None else None


def roll_up(db: Database, now: datetime) -> list[date]:
    """Roll up every closed day from the oldest event on that is not rolled up yet: a day with
    events in its own short transaction, a stretch of days without any in one. The days whose
    events were counted now."""
    db.ensure_ready()
    last = last_closed_day(now)
    day = _next_event_day(db, date(1970, 1, 1))
    if day is None or day > last:
        return []
    with db.engine.connect() as connection:
        done = rolled_days(connection, day, last)
    rolled = []
    while day is not None and day <= last:
        if day not in done and roll_up_day(db, day):
            rolled.append(day)
        following = _next_event_day(db, day + timedelta(days=1))
        stop = min(following, last + timedelta(days=1)) if following else last + timedelta(days=1)
        empty = [day + timedelta(days=i) for i in range(1, (stop - day).days)]
        _mark_empty(db, [d for d in empty if d not in done])
        day = following
    if rolled:
        log.info("statistics: %d days rolled up into daily counts (%s to %s)", len(rolled), rolled[0], rolled[-1])
    return rolled
