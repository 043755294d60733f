"""Texting a caller the facts (key 5): the webhook only queues the SMS as jobs; the worker
sends them against a fake of Twilio's Messages endpoint. The caller hears it "zostanie
wysłany" only once the jobs are stored."""
from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
import responses
from sqlalchemy.exc import OperationalError

from conftest import MONDAY_OPEN, TOKEN, say_xml
from fake_twilio import ACCOUNT_SID, FakeTwilio
from ivr.common.callerid import is_hidden
from ivr.common.sms_segments import fits
from ivr.jobs.queue import JobQueue, utc_now
from ivr.jobs.worker import Worker
from ivr.messages import work
from ivr.messages.bridge import CallBridge
from ivr.messages.outbound import InfoSender, MemoryLimiter
from ivr.messages.store import Store

CALLER = "+48606111222"
LINE = "+48225550100"
GERMAN_MOBILE = "+4915123456789"
INFO = "Ośrodek Pomocy Społecznej\nul. Poznańska 5, 63-005 Kleszczewo"


@pytest.fixture
def fake():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeTwilio(mock, auth_token=TOKEN).register_messages()


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'ivr.sqlite3'}")
    yield store
    store.engine.dispose()


@pytest.fixture
def queue(store):
    return JobQueue(store)


def sender(queue, **kwargs) -> InfoSender:
    kwargs.setdefault("line_number", LINE)
    kwargs.setdefault("text", lambda: INFO)
    return InfoSender(queue, **kwargs)


def deliver(store, fake, later: timedelta = timedelta(0), line_number: str | None = LINE) -> int:
    """What `ivr worker` does: send every SMS job due (`later`: that much later). Jobs worked."""
    settings = SimpleNamespace(line_number=line_number)
    worker = Worker(JobQueue(store, clock=lambda: utc_now() + later), None,
                    work.handlers(None, settings, client_factory=fake.client), name="test")
    done = 0
    while worker.work_one():
        done += 1
    return done


# -- InfoSender: queued in the request, sent by the worker ------------------------------------


def test_the_request_only_queues_and_the_worker_sends_from_the_line_number(queue, store, fake, caplog):
    caplog.set_level(logging.INFO)
    assert sender(queue).send_info(CALLER, MONDAY_OPEN) == "sent"
    assert fake.requests == []  # nothing leaves the webhook
    assert queue.counts().pending == 1
    assert deliver(store, fake) == 1
    [request] = fake.posts()
    assert request.url == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert request.form == {"To": CALLER, "From": LINE, "Body": INFO}
    assert (request.username, request.password) == (ACCOUNT_SID, TOKEN)
    assert queue.counts().pending == 0 and queue.counts().failed == 0
    assert "606111222" not in caplog.text and "606 *** 222" in caplog.text


@pytest.mark.parametrize("mode,code", [("invalid_number", "21211"), ("not_mobile", "21614")])
def test_a_number_twilio_refuses_fails_for_good_at_once_and_is_visible(queue, store, fake, caplog, mode, code):
    fake.fail_next(mode)
    assert sender(queue).send_info(CALLER, MONDAY_OPEN) == "sent"
    deliver(store, fake)
    assert queue.counts().failed == 1 and queue.counts().pending == 0
    [(_, kind, attempts, error)] = queue.failed_jobs()
    assert kind == "sms" and attempts == 1 and f"Twilio error {code}" in error
    assert deliver(store, fake, later=timedelta(days=1)) == 0  # never tried again
    assert "606111222" not in caplog.text


@pytest.mark.parametrize("mode", ["server_error", "connection_error"])
def test_a_passing_failure_is_tried_again_after_the_backoff(queue, store, fake, mode):
    fake.fail_next(mode)
    assert sender(queue).send_info(CALLER, MONDAY_OPEN) == "sent"
    assert deliver(store, fake) == 1 and fake.messages == []
    assert deliver(store, fake) == 0  # not due yet: the backoff
    assert deliver(store, fake, later=timedelta(minutes=1)) == 1
    assert len(fake.messages) == 1 and queue.counts().pending == 0


def test_without_a_line_number_the_worker_fails_the_job_for_good(queue, store, fake):
    assert sender(queue).send_info(CALLER, MONDAY_OPEN) == "sent"
    deliver(store, fake, line_number=None)
    assert queue.counts().failed == 1 and fake.requests == []


def test_the_facts_then_the_news_as_two_jobs(queue, store, fake):
    info = sender(queue, news=lambda now: "Nieczynne: czw.–pt. 24–25.12.")
    assert info.send_info(CALLER, MONDAY_OPEN) == "sent"
    assert deliver(store, fake) == 2
    assert [r.form["Body"] for r in fake.posts()] == [INFO, "Nieczynne: czw.–pt. 24–25.12."]


def test_a_database_that_does_not_take_the_jobs_is_failed_and_not_counted(store, fake, caplog):
    class Locked:
        def enqueue_many(self, jobs):
            list(jobs)
            raise OperationalError("INSERT", {}, Exception("database is locked"))

    limiter = MemoryLimiter()
    assert sender(Locked(), limiter=limiter).send_info(CALLER, MONDAY_OPEN) == "failed"
    # Not counted against the hour: the caller may press 5 again at once.
    assert sender(JobQueue(store), limiter=limiter).send_info(CALLER, MONDAY_OPEN + timedelta(seconds=20)) == "sent"
    assert "606111222" not in caplog.text


@pytest.mark.parametrize("number", [
    "anonymous", "Anonymous", "ANONYMOUS", "Restricted", "unknown", "Private", "Unavailable",
    "+266696687", "+7378742833", "+86282452253", "+2562533", "+8656696",
    "", "   ", "not a number", "+48", "606902915", "48606902915", "+48 606 902 915", "+0486069029",
    "+4860690291512345",
])
def test_a_hidden_number_is_not_texted(queue, number):
    assert is_hidden(number)
    assert sender(queue).send_info(number, MONDAY_OPEN) == "hidden_number"
    assert queue.counts().pending == 0


def bridge_rule(store, international: bool):
    """The destination rule of "Oddzwoń" itself (CallBridge.phone_number)."""
    return CallBridge.from_settings(SimpleNamespace(
        account_sid="", auth_token="", line_number=LINE, office_phone=None, callback_international=international,
        callback_per_hour=10), store).phone_number


def test_key_five_follows_the_call_back_destination_rule(queue, store):
    poland_only = sender(queue, destination=bridge_rule(store, international=False))
    assert poland_only.send_info(GERMAN_MOBILE, MONDAY_OPEN) == "abroad"
    assert queue.counts().pending == 0
    assert poland_only.send_info(CALLER, MONDAY_OPEN) == "sent"
    abroad_allowed = sender(queue, destination=bridge_rule(store, international=True))
    assert abroad_allowed.send_info(GERMAN_MOBILE, MONDAY_OPEN) == "sent"
    assert queue.counts().pending == 2


def test_one_sms_per_caller_per_hour(queue, store, fake):
    info = sender(queue)
    assert info.send_info(CALLER, MONDAY_OPEN) == "sent"
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(minutes=30)) == "already_sent"
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(minutes=59, seconds=59)) == "already_sent"
    assert info.send_info("+48606333444", MONDAY_OPEN + timedelta(minutes=5)) == "sent"  # another caller
    assert info.send_info(CALLER, MONDAY_OPEN + timedelta(hours=1)) == "sent"
    deliver(store, fake)
    assert [r.form["To"] for r in fake.posts()] == [CALLER, "+48606333444", CALLER]


def test_not_configured_is_failed_with_a_log_line(queue, caplog):
    assert sender(queue, line_number=None).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "IVR_LINE_NUMBER is not set" in caplog.text
    assert InfoSender(None, LINE, lambda: INFO).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "TWILIO_ACCOUNT_SID" in caplog.text
    assert queue.counts().pending == 0


def test_a_broken_limiter_is_failed_never_raised(queue, caplog):
    class Broken:
        def allow(self, number, now):
            raise RuntimeError("database gone")

        def release(self, number, now):
            raise RuntimeError("database gone")

    assert sender(queue, limiter=Broken()).send_info(CALLER, MONDAY_OPEN) == "failed"
    assert "606111222" not in caplog.text and queue.counts().pending == 0


def test_the_worker_makes_its_client_once(queue, store, fake):
    made = []

    def factory():
        made.append(1)
        return fake.client()

    info = sender(queue)
    info.send_info(CALLER, MONDAY_OPEN)
    info.send_info("+48606333444", MONDAY_OPEN)
    worker = Worker(queue, None, work.handlers(None, SimpleNamespace(line_number=LINE), client_factory=factory))
    while worker.work_one():
        pass
    assert len(made) == 1 and len(fake.messages) == 2


# -- MemoryLimiter ---------------------------------------------------------------------------


def test_limiter_lets_one_of_many_simultaneous_presses_through():
    limiter = MemoryLimiter()
    results = []
    start = threading.Barrier(32)

    def press():
        start.wait()
        results.append(limiter.allow(CALLER, MONDAY_OPEN))

    threads = [threading.Thread(target=press) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1 and len(results) == 32


def test_limiter_release_only_undoes_its_own_allow():
    limiter = MemoryLimiter()
    assert limiter.allow(CALLER, MONDAY_OPEN)
    limiter.release(CALLER, MONDAY_OPEN + timedelta(minutes=1))  # not that allow: ignored
    assert not limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=2))
    limiter.release(CALLER, MONDAY_OPEN)
    assert limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=3))


def test_limiter_memory_is_bounded():
    limiter = MemoryLimiter(max_numbers=10)
    for i in range(100):
        assert limiter.allow(f"+48600000{i:03d}", MONDAY_OPEN + timedelta(minutes=i))
        assert len(limiter._last) <= 10
    # The most recent numbers are still limited.
    assert not limiter.allow("+48600000099", MONDAY_OPEN + timedelta(minutes=100))


# -- end to end: key 5 during a call -----------------------------------------------------------


def gather_open(action: str, hints: str) -> str:
    return (
        f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
    )


def spoken(app, prompt_id):
    return app.extensions["ivr"].catalogue.entry(prompt_id).spoken


@pytest.fixture
def line_app(make_app, fake):
    return make_app(MONDAY_OPEN, account_sid=ACCOUNT_SID, line_number=LINE)


def press_five(app, post, caller="+48606902915"):
    return post(app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "5", "From": caller})


def test_key_five_queues_the_sms_says_it_will_be_sent_and_the_worker_sends_it(line_app, post, fake):
    from messages_helpers import work_jobs

    app = line_app
    response = press_five(app, post)
    assert response.status_code == 200
    assert fake.requests == []  # the webhook never waits on Twilio's API
    hints = ", ".join(app.extensions["ivr"].line.start(MONDAY_OPEN).hints)
    action = "/voice/answer?node=main&amp;miss=0&amp;rounds=0"
    assert response.get_data(as_text=True) == (
        '<?xml version="1.0" encoding="UTF-8"?><Response>'
        + gather_open(action, hints)
        + say_xml(spoken(app, "sms_sent"))
        + say_xml(spoken(app, "menu_main"))
        + "</Gather>"
        + f'<Redirect method="POST">{action}</Redirect>'
        + "</Response>"
    )
    assert "zostanie wysłany" in app.extensions["ivr"].catalogue.entry("sms_sent").text
    work_jobs(app)
    [request] = fake.posts()
    assert request.form == {"To": "+48606902915", "From": LINE, "Body": app.extensions["ivr"].textline.info()}
    assert fits(request.form["Body"])


def test_key_five_twice_in_an_hour_sends_one_sms(line_app, post, fake):
    from messages_helpers import work_jobs

    press_five(line_app, post)
    body = press_five(line_app, post).get_data(as_text=True)
    assert spoken(line_app, "sms_already_sent") in body and spoken(line_app, "menu_main") in body
    work_jobs(line_app)
    assert len(fake.posts()) == 1


def test_key_five_from_a_hidden_number(line_app, post, fake):
    body = press_five(line_app, post, caller="anonymous").get_data(as_text=True)
    assert spoken(line_app, "sms_hidden_number") in body
    assert line_app.extensions["ivr"].messages.jobs.counts().pending == 0


def test_key_five_from_abroad_is_refused_unless_the_setting_allows(make_app, post, fake):
    app = make_app(MONDAY_OPEN, account_sid=ACCOUNT_SID, line_number=LINE)
    body = press_five(app, post, caller=GERMAN_MOBILE).get_data(as_text=True)
    assert spoken(app, "sms_abroad") in body and spoken(app, "sms_sent") not in body
    assert app.extensions["ivr"].messages.jobs.counts().pending == 0
    allowed = make_app(MONDAY_OPEN, account_sid=ACCOUNT_SID, line_number=LINE, callback_international=True)
    assert spoken(allowed, "sms_sent") in press_five(allowed, post, caller=GERMAN_MOBILE).get_data(as_text=True)


def test_key_five_with_the_database_locked_never_says_it_will_be_sent(line_app, post, fake, settings):
    """The job cannot be stored: the caller hears the honest sentence, and no SMS goes later."""
    from messages_helpers import work_jobs

    line_app.extensions["ivr"].messages.jobs.counts()  # the tables exist
    database = settings.database_url.removeprefix("sqlite:///")
    blocker = sqlite3.connect(database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        body = press_five(line_app, post).get_data(as_text=True)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert spoken(line_app, "sms_failed") in body and spoken(line_app, "sms_sent") not in body
    assert "<Gather" in body
    work_jobs(line_app)
    assert fake.requests == []


def test_key_five_without_a_line_number(make_app, post, fake, caplog):
    app = make_app(MONDAY_OPEN, account_sid=ACCOUNT_SID, line_number=None)
    body = press_five(app, post).get_data(as_text=True)
    assert spoken(app, "sms_failed") in body
    assert "IVR_LINE_NUMBER is not set" in caplog.text
    assert fake.requests == []
