"""Issue 34, low findings of the review, each with the input that broke it:

- N7: the "Oddzwoń" hourly limit is atomic: parallel starts by one staff member in real
  threads, on a SQLite file and on PostgreSQL, never pass it;
- N12: a RecordingUrl over 300 characters keeps the message (PostgreSQL refused the row),
  the column is TEXT after migration 0006, whose SQLite rebuild keeps every row and index;
- N14: a bridge webhook without a CallSid is refused and changes nothing.
(N8, number classes, is in test_sms_budget.py; N4 and N12's statistics in test_bounded_work.py
and test_stats_rollup.py; N5 and N13 in test_sign_in_limits.py.)"""
from __future__ import annotations

import itertools
import threading
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, insert, inspect, select

from conftest import FRIDAY_EVENING
from fake_twilio import CallDriver
from ivr.database.engine import Database, head_revision
from ivr.database.schema import callback_bridges, messages
from ivr.messages.bridge import CallBridge, CallUrls
from ivr.messages.bridge_store import BridgeStore
from ivr.messages.store import MESSAGE, Store
from messages_helpers import LINE_NUMBER, db_url, line_settings, make_line, sleeps, twilio, twilio_post  # noqa: F401
from test_bridge import STAFF_PHONE, new_item, said, start
from test_messages_flow import recorded_fields

LONG_URL = "https://api.twilio.com/2010-04-01/Accounts/AC" + "0" * 32 + "/Recordings/RE" + "5" * 32 + "?x=" + "y" * 300


# ---------------------------------------------------------------- N7


class FakeCalls:
    """The REST client's calls.create, counting what would ring."""

    def __init__(self):
        self.placed = []
        self._numbers = itertools.count()
        self._lock = threading.Lock()

    def create(self, **kwargs):
        with self._lock:
            self.placed.append(kwargs)
            return type("Call", (), {"sid": f"CA{next(self._numbers):032x}"})()


@pytest.mark.parametrize("per_hour", [10, 3])
def test_parallel_oddzwon_starts_never_pass_the_hourly_limit(db_url, per_hour):  # noqa: F811
    store = Store(db_url)
    store.upgrade()
    calls = FakeCalls()
    client = type("Client", (), {"calls": calls})()
    bridge = CallBridge(BridgeStore(store), store, lambda: client, LINE_NUMBER, per_hour=per_hour)
    items = [store.request_callback(f"+486069029{n:02d}", FRIDAY_EVENING - timedelta(hours=2)).id for n in range(40)]
    start_together = threading.Barrier(len(items))
    results = []

    def press(item_id):
        start_together.wait()
        results.append(bridge.start(item_id, "anna", STAFF_PHONE, lambda n: CallUrls(f"https://x/{n}/a", f"https://x/{n}/s"),
                                     FRIDAY_EVENING))

    threads = [threading.Thread(target=press, args=(item,)) for item in items]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert len(results) == len(items)
        assert sum(r.ok for r in results) == per_hour  # before: up to 49 of 10 under threaded workers
        assert len(calls.placed) == per_hour
        assert {r.code for r in results if not r.ok} == {"limit"}
        said = {10: "10 połączeń", 3: "3 połączenia"}[per_hour]  # Polish: 2-4 take "połączenia"
        assert all(f"uruchomiono już {said} –" in r.message for r in results if not r.ok)
        with store.engine.connect() as connection:
            assert len(connection.execute(select(callback_bridges.c.id)).all()) == per_hour
        # Another staff member has a limit of their own: an item anna could not call is free for piotr.
        busy = {r.attempt.message_id for r in results if r.ok}
        free = next(item for item in items if item not in busy)
        assert bridge.start(free, "piotr", STAFF_PHONE, lambda n: CallUrls("https://x/a", "https://x/s"), FRIDAY_EVENING).ok
    finally:
        store.engine.dispose()


# ---------------------------------------------------------------- N12


def test_a_recording_url_over_300_characters_keeps_the_message(make_app, db_url, post):  # noqa: F811
    app = make_app(FRIDAY_EVENING, database_url=db_url)
    assert len(LONG_URL) > 300
    body = post(app, "/voice/recorded?node=leave_word&miss=0&rounds=1",
                {**recorded_fields(), "RecordingUrl": LONG_URL}).get_data(as_text=True)
    store = app.extensions["ivr"].messages.store
    try:
        [row] = store.listing()
        assert (row.kind, row.duration) == (MESSAGE, 7)
        assert row.recording_url == LONG_URL  # within MAX_RECORDING_URL: kept whole
        assert "zapisana" in body or "Dziękujemy" in body
        # Longer than any real one, or not https: the message is kept, the URL is not.
        for odd in ("https://api.twilio.com/" + "a" * 600, "javascript:alert(1)", "https://a b"):
            message = store.note_recording("RE" + "6" * 32, now=FRIDAY_EVENING, number="+48606902915", duration=3, url=odd)
            assert message.recording_url is None
    finally:
        store.engine.dispose()


def test_the_column_takes_a_long_url_after_the_migration(db_url):  # noqa: F811
    database = Database(db_url)
    database.upgrade()
    try:
        with database.engine.begin() as connection:
            connection.execute(insert(messages).values(kind=MESSAGE, created_at=FRIDAY_EVENING, status="new",
                                                       recording_sid="RE" + "7" * 32, recording_url="https://" + "u" * 2000))
            stored = connection.execute(select(messages.c.recording_url)).scalar_one()
        assert len(stored) == 2008
        assert head_revision() == "0011"
    finally:
        database.engine.dispose()


def test_the_sqlite_rebuild_keeps_rows_and_indexes(tmp_path):
    from alembic import command
    from alembic.config import Config

    from ivr.database.engine import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    with engine.begin() as connection:
        message_id = connection.execute(insert(messages).values(
            kind=MESSAGE, number="+48606902915", created_at=FRIDAY_EVENING, status="new",
            recording_sid="RE" + "8" * 32, recording_url="https://api.twilio.com/x")).inserted_primary_key[0]
        connection.execute(insert(callback_bridges).values(
            message_id=message_id, login="anna", staff_phone=STAFF_PHONE, state="completed", started_at=FRIDAY_EVENING))
    before = {index["name"] for index in inspect(engine).get_indexes("messages")}
    engine.dispose()
    database = Database(url)
    assert database.upgrade() == "0011"
    try:
        with database.engine.connect() as connection:
            assert connection.execute(select(messages.c.number, messages.c.recording_url)).one() == (
                "+48606902915", "https://api.twilio.com/x")
            assert connection.execute(select(callback_bridges.c.message_id)).scalar_one() == message_id
        found = inspect(database.engine)
        assert {index["name"] for index in found.get_indexes("messages")} == before
        assert [c["type"].__class__.__name__ for c in found.get_columns("messages") if c["name"] == "recording_url"] == ["TEXT"]
        with pytest.raises(Exception):  # the unique RecordingSid still holds
            with database.engine.begin() as connection:
                connection.execute(insert(messages).values(kind=MESSAGE, created_at=FRIDAY_EVENING, status="new",
                                                           recording_sid="RE" + "8" * 32))
    finally:
        database.engine.dispose()


# ---------------------------------------------------------------- N14


@pytest.fixture
def calls(twilio):  # noqa: F811
    return twilio.register_calls()


@pytest.mark.parametrize("missing", ["", "CA123", "XX" + "0" * 32])
def test_a_bridge_webhook_without_a_callsid_is_refused_and_changes_nothing(make_line, calls, missing):  # noqa: F811
    app = make_line()
    result = start(app, new_item(app))
    assert result.ok
    driver = CallDriver(app, calls.calls[-1])
    bridge = app.extensions["ivr"].messages.bridge
    attempt = result.attempt.id

    def form(**fields):
        return {"AccountSid": "AC" + "0" * 32, "CallSid": missing, **fields}

    # The whisper would give the resident's number to whoever asks.
    answer = twilio_post(app, f"/bridge/{attempt}/answer", form(CallStatus="in-progress")).get_data(as_text=True)
    assert "Nie łączymy" in answer and "sześćset sześć" not in answer and "<Gather" not in answer
    # Pressing 1 without a CallSid: no <Dial> to the resident.
    key = twilio_post(app, f"/bridge/{attempt}/key", form(Digits="1")).get_data(as_text=True)
    assert "<Dial" not in key and "+48606902915" not in key
    assert twilio_post(app, f"/bridge/{attempt}/status", form(CallStatus="completed")).status_code == 400
    resident = {"AccountSid": "AC" + "0" * 32, "ParentCallSid": missing, "CallStatus": "completed", "CallDuration": "60"}
    assert twilio_post(app, f"/bridge/{attempt}/resident", resident).status_code == 400
    assert bridge.store.get(attempt).state == "calling_staff"  # nothing moved
    # The real call, with its CallSid, still goes through.
    assert "sześćset sześć" in said(driver.answer())
