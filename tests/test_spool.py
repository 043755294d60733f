"""The spool: what the database cannot take in time is kept in a local file, fsync'd, and
the worker stores it once. Under a real threaded server with the SQLite database locked by
another connection, a message and a call-back request are answered "saved" from the spool,
and nothing is lost or doubled once the worker drains it."""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace

import pytest
import requests
from werkzeug.serving import make_server

from conftest import FRIDAY_EVENING, sign
from fake_twilio import ACCOUNT_SID, AUTH_TOKEN
from messages_helpers import LINE_NUMBER, STAFF_MOBILE, twilio, work_jobs  # noqa: F401 - fixture
from ivr.jobs.spool import Spool
from ivr.messages.store import CALLBACK, MESSAGE

SID = "RE" + "a" * 32
MESSAGE_CALLER = "+48606902915"
CALLBACK_CALLER = "+48606111222"
RECORDED = "/voice/recorded?node=leave_word&miss=0&rounds=0"
CALLBACK_PATH = "/voice/answer?node=callback&miss=0&rounds=0"
FIVE = "/voice/answer?node=main&miss=0&rounds=0"


# -- the file ---------------------------------------------------------------------------------


def test_append_keeps_one_json_line_per_record(tmp_path):
    spool = Spool(tmp_path / "instance" / "spool.jsonl")  # the folder is made when needed
    first = spool.append("keep_callback", {"number": CALLBACK_CALLER})
    second = spool.append("keep_message", {"recording_sid": SID})
    assert first and second and first != second
    lines = spool.path.read_text().splitlines()
    assert len(lines) == 2 and spool.waiting() == 2
    batch = spool.take()
    assert not spool.path.exists() and [r["id"] for r in Spool.read(batch)] == [first, second]
    assert spool.batches() == [batch] and spool.waiting() == 2


def test_a_torn_last_line_never_swallows_the_next_record(tmp_path):
    spool = Spool(tmp_path / "spool.jsonl")
    spool.append("keep_callback", {"number": "+48606000001"})
    with open(spool.path, "ab") as handle:
        handle.write(b'{"id":"torn","kind":"keep_cal')  # a crash mid-write: never acknowledged
    kept = spool.append("keep_callback", {"number": "+48606000002"})
    records = Spool.read(spool.take())
    assert [r["number"] for r in records] == ["+48606000001", "+48606000002"] and records[1]["id"] == kept


def test_an_unwritable_spool_says_so_and_never_raises(tmp_path):
    (tmp_path / "spool.jsonl").mkdir()  # a folder where the file should be
    assert Spool(tmp_path / "spool.jsonl").append("keep_callback", {"number": CALLBACK_CALLER}) is None


def test_records_appended_while_the_worker_takes_the_spool_are_all_kept_once(tmp_path):
    spool = Spool(tmp_path / "spool.jsonl")
    written, taken = [], []
    stop = threading.Event()

    def writer(n):
        for i in range(50):
            written.append(spool.append("keep_callback", {"number": f"+48606{n:03d}{i:03d}"}))

    def taker():
        while not stop.is_set():
            batch = spool.take()
            if batch:
                taken.extend(r["id"] for r in Spool.read(batch))
                batch.unlink()

    drain = threading.Thread(target=taker)
    drain.start()
    writers = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    drain.join()
    batch = spool.take()
    if batch:
        taken.extend(r["id"] for r in Spool.read(batch))
    assert None not in written and len(written) == 200
    assert sorted(taken) == sorted(written)  # nothing lost, nothing twice


# -- under a real threaded server, the database locked ---------------------------------------


@pytest.fixture
def line(make_app, settings, twilio):  # noqa: F811 - the fake Twilio gets the staff SMS
    app = make_app(FRIDAY_EVENING, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, line_number=LINE_NUMBER,
                   staff_mobile=STAFF_MOBILE)
    app.extensions["ivr"].messages.jobs.counts()  # migrated before the lock
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    twilio.mock.add_passthru(base)  # the requests to the line itself are real
    yield app, base
    server.shutdown()
    thread.join(timeout=10)
    app.extensions["ivr"].messages.store.engine.dispose()


def signed_post(base: str, path: str, form: dict) -> requests.Response:
    return requests.post(base + path, data=form, headers={"X-Twilio-Signature": sign(base + path, form, AUTH_TOKEN)},
                         timeout=30)


class Locked:
    """Another connection holds the SQLite database exclusively (a long migration, a backup)."""

    def __init__(self, database_url: str):
        self.path = database_url.removeprefix("sqlite:///")

    def __enter__(self):
        self.connection = sqlite3.connect(self.path, isolation_level=None)
        self.connection.execute("BEGIN EXCLUSIVE")
        return self

    def __exit__(self, *exc):
        self.connection.execute("ROLLBACK")
        self.connection.close()


def spoken(app, prompt_id, **values):
    return app.extensions["ivr"].catalogue.entry(prompt_id, values or None).spoken


def rows(app):
    return app.extensions["ivr"].messages.store.listing(include_done=True)


def test_with_the_database_locked_callers_are_answered_saved_from_the_spool(line, settings):
    app, base = line
    message = {"CallSid": "CA1", "From": MESSAGE_CALLER, "RecordingSid": SID, "RecordingDuration": "9", "Digits": "#",
               "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}"}
    callback = {"CallSid": "CA2", "From": CALLBACK_CALLER, "Digits": "1"}
    five = {"CallSid": "CA3", "From": "+48606333444", "Digits": "5"}
    answers = {}
    with Locked(settings.database_url):
        threads = [threading.Thread(target=lambda k=k, p=p, f=f: answers.__setitem__(k, signed_post(base, p, f)))
                   for k, p, f in (("message", RECORDED, message), ("callback", CALLBACK_PATH, callback), ("five", FIVE, five))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        # While the lock still holds: every caller has an answer, and the two records are in the spool.
        spooled = Spool.read(app.extensions["ivr"].messages.spool.path)
    assert all(a.status_code == 200 and a.text.startswith("<?xml") for a in answers.values())
    assert spoken(app, "record_saved") in answers["message"].text
    assert spoken(app, "callback_saved", kiedy="w poniedziałek") in answers["callback"].text
    # The SMS job could not be stored: the caller is told so, never that it will be sent.
    assert spoken(app, "sms_failed") in answers["five"].text and spoken(app, "sms_sent") not in answers["five"].text
    assert sorted(r["kind"] for r in spooled) == ["keep_callback", "keep_message"]
    assert rows(app) == []

    work_jobs(app)  # the lock is gone: the worker stores them
    kept = {(m.kind, m.number) for m in rows(app)}
    assert kept == {(MESSAGE, MESSAGE_CALLER), (CALLBACK, CALLBACK_CALLER)}
    assert app.extensions["ivr"].messages.store.by_recording(SID).duration == 9
    assert not app.extensions["ivr"].messages.spool.path.exists()
    assert app.extensions["ivr"].messages.spool.batches() == []


def test_a_drain_interrupted_before_the_batch_is_removed_stores_nothing_twice(line, settings):
    app, base = line
    with Locked(settings.database_url):
        signed_post(base, CALLBACK_PATH, {"CallSid": "CA2", "From": CALLBACK_CALLER, "Digits": "1"})
    desk = app.extensions["ivr"].messages
    batch = desk.spool.take()
    copy = batch.read_bytes()
    work_jobs(app)  # stores the batch and removes it
    batch.write_bytes(copy)  # as if the worker was killed before the removal
    work_jobs(app)
    assert [m.number for m in rows(app)] == [CALLBACK_CALLER]
    # A caller the office has dealt with meanwhile is not brought back by a replay either.
    desk.store.mark_done(rows(app)[0].id)
    batch.write_bytes(copy)
    work_jobs(app)
    assert len(rows(app)) == 1


def test_when_neither_the_database_nor_the_spool_can_keep_it_the_caller_hears_so(line, settings):
    app, base = line
    spool = app.extensions["ivr"].messages.spool
    spool.path.mkdir(parents=True)  # the spool cannot be written
    with Locked(settings.database_url):
        answer = signed_post(base, CALLBACK_PATH, {"CallSid": "CA2", "From": CALLBACK_CALLER, "Digits": "1"})
    assert answer.status_code == 200
    assert "została zapisana" not in answer.text and spoken(app, "callback_failed") in answer.text


def test_a_database_that_hangs_past_the_budget_still_gets_the_caller_an_answer(line, monkeypatch):
    """A statement that never returns (a hung connection, no lock timeout): when the request's
    budget is spent the message goes to the spool and the caller hears it is saved."""
    from ivr.web import budget

    app, base = line
    desk = app.extensions["ivr"].messages
    release = threading.Event()
    real = desk.store.note_recording

    def hung(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(budget, "REQUEST_BUDGET", 2.0)
    monkeypatch.setattr(desk.store, "note_recording", hung)
    form = {"CallSid": "CA1", "From": MESSAGE_CALLER, "RecordingSid": SID, "RecordingDuration": "9", "Digits": "#",
            "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}"}
    try:
        answer = signed_post(base, RECORDED, form)
    finally:
        release.set()  # the hung statement finishes late: the same row the spool makes (by RecordingSid)
    assert answer.status_code == 200 and spoken(app, "record_saved") in answer.text
    assert [r["recording_sid"] for r in Spool.read(desk.spool.path)] == [SID]
    monkeypatch.undo()
    work_jobs(app)
    assert [(m.kind, m.recording_sid) for m in rows(app)] == [(MESSAGE, SID)]


def test_within_gives_the_fallback_for_work_that_fails_or_overruns(make_app):
    from ivr.web import budget

    app = make_app()
    stop = threading.Event()
    with app.test_request_context("/voice"):
        budget.start()
        assert budget.within(lambda: "done", "fallback") == "done"
        assert budget.within(lambda: 1 / 0, "fallback") == "fallback"
        assert budget.within(lambda: stop.wait(30) or "late", "fallback", limit=0.2) == "fallback"
    stop.set()
