"""Shared pieces of the messages tests: a database on SQLite, and on PostgreSQL when
IVR_TEST_POSTGRES_URL names a server (each test gets an empty schema of its own),
and a line wired to the fake Twilio.

    IVR_TEST_POSTGRES_URL=postgresql+psycopg://postgres@/ivr_test?host=/tmp/pg&port=5432
"""
from __future__ import annotations

import os
import uuid
from dataclasses import replace

import pytest
import responses
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

POSTGRES_ENV = "IVR_TEST_POSTGRES_URL"
STAFF_MOBILE = "+48600100200"
LINE_NUMBER = "+48618000000"
CALLER = "+48606902915"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """An empty database: a SQLite file, or a fresh schema on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'ivr.sqlite3'}"  # the folder does not exist yet
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def twilio():
    """The fake Twilio (Messages and Recordings); any other request fails as if offline."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeTwilio(mock).register_messages().register_recordings()


@pytest.fixture
def line_settings(settings, db_url, tmp_path):
    """The test line's settings with the database, the fake Twilio's account and a staff mobile."""
    return replace(
        settings, database_url=db_url, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN,
        staff_mobile=STAFF_MOBILE, line_number=LINE_NUMBER, recordings_dir=tmp_path / "recordings",
    )


def desk_of(app):
    return app.extensions["ivr"].messages


def dispose(app) -> None:
    """Close the line's database connections. The statistics are flushed first: their writer
    thread lives on (one per recorder, daemon) and would open a new connection after the
    dispose to store what was still queued, held for the rest of the run (on PostgreSQL a few
    hundred tests then exhaust the server: "too many clients already")."""
    app.extensions["ivr"].stats.flush()
    desk_of(app).store.engine.dispose()


@pytest.fixture
def sleeps():
    """The waits between download tries, recorded instead of slept."""
    return []


@pytest.fixture
def make_line(line_settings, sleeps):
    from conftest import FRIDAY_EVENING
    from ivr.web import create_app

    apps = []

    def make(at=FRIDAY_EVENING, **changes):
        app = create_app(replace(line_settings, **changes), clock=lambda: at)
        desk_of(app).keeper.sleep = sleeps.append
        apps.append(app)
        return app

    yield make
    for app in apps:
        dispose(app)


def work_jobs(app, after=None, limit: int = 100) -> int:
    """What `ivr worker` does next: drain the spool, then work every job due (`after`: that
    much later, so retries are due). The jobs worked."""
    from datetime import timedelta

    from ivr.jobs.queue import JobQueue, utc_now
    from ivr.jobs.worker import Worker
    from ivr.messages import work

    runtime = app.extensions["ivr"]
    desk = runtime.messages
    shift = after or timedelta(0)
    worker = Worker(JobQueue(desk.store, clock=lambda: utc_now() + shift), desk.spool,
                    work.handlers(desk, runtime.settings, clock=runtime.now), name="test-worker")
    done = 0
    while done < limit and worker.step():  # a database that is down: nothing worked
        done += 1
    return done


def twilio_post(app, path: str, form: dict, close: bool = True):
    """POST exactly these fields, signed as Twilio signs them; then, with `close`, the
    worker works the jobs the request queued (as `ivr worker` would, moments later)."""
    from conftest import BASE, sign

    response = app.test_client().post(path, data=form, headers={"X-Twilio-Signature": sign(BASE + path, form)})
    response.get_data()
    if close:
        response.close()
        work_jobs(app)
    return response
