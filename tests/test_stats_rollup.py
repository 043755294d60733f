"""Issue 34, N12 (statistics): long periods are read from daily counts of closed days, with the
very same figures (`ivr stats --json` byte for byte), and impossible dates get a Polish message
instead of a 500. SQLite and PostgreSQL (IVR_TEST_POSTGRES_URL)."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, select

from conftest import MONDAY_OPEN, warsaw
from ivr.database.engine import Database
from ivr.database.schema import call_events, call_stats_daily
from ivr.stats import record as r
from ivr.stats.report import summary
from ivr.stats.rollup import ROLLED, roll_up, rolled_days
from messages_helpers import db_url  # noqa: F401 - fixture
from stats_helpers import seed_calls
from test_staff_pages import PASSWORD, sign_in
from test_stats_report import a_call

PERIODS = [("2026-11-01", "2026-12-03"), ("2025-12-01", "2026-11-30"), ("2026-11-29", "2026-11-30"),
           ("2026-11-30", "2026-11-30"), ("2026-12-01", "2026-12-02")]


@pytest.fixture
def db(db_url):  # noqa: F811
    database = Database(db_url)
    database.upgrade()
    yield database
    database.engine.dispose()


def seed(db) -> None:
    """Calls of November and early December 2026 with everything the tally looks at."""
    seed_calls(db)
    # Starts on 30 November at 23:59:50 Warsaw (22:59 UTC), ends on 1 December.
    a_call(db, "CA-late", warsaw(2026, 11, 30, 23, 59, 50), (r.INPUT, "key", 1), (r.ENTER, "hours"),
           (r.OUTCOME, "transfer_no_answer"), seconds=70)
    # 1 December, just after midnight in Warsaw: still 30 November in UTC.
    a_call(db, "CA-utc", warsaw(2026, 12, 1, 0, 30), (r.INPUT, "speech", 0), (r.MISS, "not_understood"))
    a_call(db, "CA-dec2", warsaw(2026, 12, 2, 11, 0), (r.INPUT, "key", 1), (r.ENTER, "contact"),
           (r.OUTCOME, "goodbye"))
    r.record(db, None, r.SMS, "hours", at=warsaw(2026, 11, 30, 12, 0))
    r.record(db, None, r.SMS, "menu", at=warsaw(2026, 12, 1, 0, 10))
    r.record(db, None, r.BRIDGE, "started", at=warsaw(2026, 11, 29, 9, 0))
    r.record(db, None, r.BRIDGE, "completed", at=warsaw(2026, 11, 29, 9, 5))
    r.record(db, "CA-lost", r.ENTER, "hours", at=warsaw(2026, 11, 30, 9, 0))  # its start was never stored
    r.record_daily(db, date(2026, 11, 15), "calls", "", 3)  # a count from elsewhere (a restored fold)
    r.record_daily(db, date(2026, 11, 15), "calls_by_hour", "9", 3)


def stats_json(db_url, monkeypatch, since, until) -> str:  # noqa: F811
    from ivr.cli import main

    monkeypatch.setenv("IVR_DATABASE_URL", db_url)
    result = CliRunner(mix_stderr=False).invoke(main, ["stats", "--since", since, "--until", until, "--json"],
                                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def purge_at(db_url, monkeypatch, at: str) -> str:  # noqa: F811
    from ivr.cli import main

    monkeypatch.setenv("IVR_DATABASE_URL", db_url)
    result = CliRunner(mix_stderr=False).invoke(main, ["stats", "purge", "--at", at], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def marked(db) -> set[date]:
    with db.engine.connect() as connection:
        return rolled_days(connection, date(2000, 1, 1), date(2100, 1, 1))


def test_stats_json_is_identical_before_and_after_the_days_are_rolled_up(db, db_url, monkeypatch):  # noqa: F811
    seed(db)
    before = {period: stats_json(db_url, monkeypatch, *period) for period in PERIODS}
    assert "\"calls\": 11," in before[PERIODS[0]]  # 5 + 3 calls, 3 from the daily counts; the lost one not

    # The daily run on 2 December at 4:00: closed are the days up to 30 November.
    assert "Dni zliczone teraz w sumach dziennych: 3." in purge_at(db_url, monkeypatch, "2026-12-02 04:00")
    assert max(marked(db)) == date(2026, 11, 30) and min(marked(db)) == date(2026, 11, 2)
    assert {period: stats_json(db_url, monkeypatch, *period) for period in PERIODS} == before

    # Later runs roll the rest; a second run the same day finds nothing to do.
    assert "Dni zliczone teraz w sumach dziennych: 2." in purge_at(db_url, monkeypatch, "2026-12-04 04:00")
    assert "Dni zliczone teraz w sumach dziennych: 0." in purge_at(db_url, monkeypatch, "2026-12-04 05:00")
    assert {period: stats_json(db_url, monkeypatch, *period) for period in PERIODS} == before

    # Thirteen months on, the events are deleted: still the same figures, nothing counted twice.
    purge_at(db_url, monkeypatch, "2028-01-10 04:00")
    with db.engine.connect() as connection:
        assert connection.execute(select(call_events.c.id)).first() is None
    assert {period: stats_json(db_url, monkeypatch, *period) for period in PERIODS} == before


def test_rolled_days_are_read_from_the_daily_counts_not_from_their_events(db):
    seed(db)
    year = (date(2025, 12, 1), date(2026, 11, 30))
    before = summary(db, *year)
    roll_up(db, warsaw(2026, 12, 5, 4, 0))
    # Were the report still reading their events, deleting them would change the figures.
    with db.engine.begin() as connection:
        connection.execute(delete(call_events))
    assert summary(db, *year) == before
    # The open days (today and yesterday) are still read from their events.
    a_call(db, "CA-today", warsaw(2026, 12, 5, 10, 0), (r.ENTER, "hours"))
    assert summary(db, date(2026, 12, 5), date(2026, 12, 5))["calls"] == 1


def test_days_without_calls_are_marked_too_and_nothing_after_the_last_closed_day(db):
    a_call(db, "CA1", warsaw(2026, 11, 2, 10, 0))
    a_call(db, "CA2", warsaw(2026, 11, 20, 10, 0))
    a_call(db, "CA3", warsaw(2026, 12, 4, 10, 0))  # open on 5 December
    rolled = roll_up(db, warsaw(2026, 12, 5, 4, 0))
    assert rolled == [date(2026, 11, 2), date(2026, 11, 20)]  # the days whose events were counted
    days = marked(db)
    assert min(days) == date(2026, 11, 2) and max(days) == date(2026, 12, 3) and len(days) == 32
    assert summary(db, date(2026, 11, 1), date(2026, 12, 5))["calls"] == 3


def test_rolling_up_in_parallel_threads_counts_each_day_once(db):
    """The gunicorn workers and the timer may roll at the same moment: the marker, inserted
    first in each day's transaction, lets only one of them count the day."""
    seed(db)
    period = (date(2026, 11, 1), date(2026, 12, 3))
    before = summary(db, *period)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def roll():
        try:
            start.wait()
            roll_up(db, warsaw(2026, 12, 5, 4, 0))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=roll) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert summary(db, *period) == before
    with db.engine.connect() as connection:
        markers = connection.execute(select(call_stats_daily.c.count).where(call_stats_daily.c.metric == ROLLED)).all()
    assert markers and all(count == 1 for (count,) in markers)


# ---------------------------------------------------------------- impossible dates


@pytest.fixture
def client(make_app):
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return sign_in(app)


@pytest.mark.parametrize("query, field", [
    ("od=9999-12-30&do=9999-12-31", "od"),  # the day after 9999-12-31 does not exist: was a 500
    ("od=2026-11-01&do=9999-12-31", "do"),
    ("od=0001-01-01&do=0001-01-02", "od"),  # Warsaw midnight of year 1 is before UTC's year 1
    ("od=1999-12-31&do=2000-01-01", "od"),
    ("od=2026-11-01&do=2028-01-01", "do"),
])
def test_impossible_dates_get_a_polish_message_not_a_500(client, query, field):
    response = client.get(f"/staff/stats?okres=wlasny&{query}")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "jest poza zakresem statystyk. Proszę podać datę od 1 stycznia 2000 do 31 grudnia 2027." in html
    assert f'href="#pole-{field}"' in html
    assert client.get(f"/staff/stats/polaczenia.csv?okres=wlasny&{query}").status_code == 400


def test_the_last_day_allowed_works(client):
    assert client.get("/staff/stats?okres=wlasny&od=2027-01-01&do=2027-12-31").status_code == 200


@pytest.mark.parametrize("args", [["--until", "9999-12-31"], ["--since", "0001-01-01", "--until", "0001-01-05"],
                                  ["--until", "0001-01-05"]])
def test_the_command_refuses_impossible_dates_in_polish(db_url, monkeypatch, args):  # noqa: F811
    from ivr.cli import main

    monkeypatch.setenv("IVR_DATABASE_URL", db_url)
    result = CliRunner(mix_stderr=False).invoke(main, ["stats", *args])
    assert result.exit_code == 2 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "jest poza zakresem statystyk (2000-01-01 – " in result.stderr
