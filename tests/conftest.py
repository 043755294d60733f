"""Small fixtures: a line at a chosen moment, signed Twilio requests."""
from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from twilio.request_validator import RequestValidator

from ivr.config import ROOT, Settings
from ivr.call.schedule import WARSAW

TOKEN = "test-auth-token"


def run_folder(tmp_path_factory) -> Path:
    """The run's own temporary folder, shared by every xdist worker (the parent of each worker's own
    folder, new per run), or the single process's: where a build made once per run is kept."""
    root = tmp_path_factory.getbasetemp()
    return root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root

BASE = "http://localhost"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """After each test, before its fixtures are torn down, stop the statistics writer threads it
    started (storing what they queued): each line's recorder has one, a daemon that would live
    for the rest of the run. A whole run left about 900 of them, and their wake-ups starved the
    test thread (load average 700, minutes per test)."""
    yield
    from ivr.stats.record import stop_writers

    stop_writers()


@pytest.fixture(autouse=True)
def cheap_password_hashes(request, monkeypatch):
    """Staff passwords hashed with a cheap method in tests: scrypt costs 0.1 s a hash on a quiet
    machine and 0.5 s under load, and every sign-in checks one (hundreds of tests, and every
    mutant of the sign-in code in `make mutate`). A test marked `real_password_hash` keeps
    scrypt: where the cost is the promise. Servers started as subprocesses keep it too."""
    if request.node.get_closest_marker("real_password_hash"):
        return
    import ivr.staff.accounts as accounts

    monkeypatch.setattr(accounts, "HASH_METHOD", "pbkdf2:sha256:1000")


@pytest.fixture(scope="session", autouse=True)
def migrated_template(tmp_path_factory):
    """A fresh SQLite file is copied from one migrated once per test process (each xdist worker
    has its own), instead of running every migration per test (~0.2 s each, 1 s under load).
    Only a file that does not exist yet is copied: a test that creates or inspects the database
    first (the migration tests, an older revision to upgrade) gets the real migrations. The real
    `upgrade` then runs on the copy too (finding it at the newest revision), as on a restart.
    Subprocesses (gunicorn, `ivr serve`) migrate for real."""
    import ivr.database.engine as engine_module

    real_upgrade = engine_module.upgrade
    template = tmp_path_factory.mktemp("migrated") / "template.sqlite3"
    engine = engine_module.make_engine(f"sqlite:///{template}")
    real_upgrade(engine)
    engine.dispose()

    def upgrade(engine):
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        if database and database != ":memory:" and not database.startswith("file:") and not os.path.exists(database):
            try:
                shutil.copyfile(template, database)
            except OSError:  # an unwritable folder: the real migration says what is wrong
                pass
        return real_upgrade(engine)

    engine_module.upgrade = upgrade
    yield template
    engine_module.upgrade = real_upgrade


def warsaw(*args) -> datetime:
    return datetime(*args, tzinfo=WARSAW)


# Moments used across tests (checked with `calendar`).
MONDAY_OPEN = warsaw(2026, 11, 30, 10, 0)  # Monday, open 8-16
TUESDAY_OPEN = warsaw(2026, 12, 1, 9, 0)  # Tuesday, open 7-15
FRIDAY_EVENING = warsaw(2026, 11, 27, 18, 0)  # closed until Monday 8:00
CHRISTMAS_EVE = warsaw(2026, 12, 24, 10, 0)  # Thursday, public holiday


def edit_content(content_dir: Path, old: str, new: str) -> None:
    """Replace one occurrence of `old` (which must be there) in a copy of pl.toml."""
    path = content_dir / "pl.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def content_dir(tmp_path) -> Path:
    """A private copy of the real content, safe to edit."""
    target = tmp_path / "prompts"
    # Without the staff pages' local history (untracked runtime data): tests start with none.
    shutil.copytree(ROOT / "prompts", target, ignore=shutil.ignore_patterns("history"))
    return target


@pytest.fixture
def settings(tmp_path, content_dir) -> Settings:
    return replace(
        Settings.from_env(),
        content_dir=content_dir,
        audio_dir=tmp_path / "audio",
        recordings_dir=tmp_path / "recordings",
        database_url=f"sqlite:///{tmp_path / 'ivr.sqlite3'}",
        public_url=None,
        auth_token=TOKEN,
        dev_unsigned=False,
        secret_key="test-secret",
    )


@pytest.fixture
def make_app(settings):
    from ivr.web import create_app

    def make(at: datetime = MONDAY_OPEN, **changes):
        return create_app(replace(settings, **changes), clock=lambda: at)

    return make


def sign(url: str, form: dict, token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, form)


@pytest.fixture
def post():
    """POST a form to the app as Twilio would, signed."""

    def do(app, path: str, form: dict | None = None, token: str = TOKEN, base: str = BASE):
        form = {"CallSid": "CA123", "From": "+48606902915", **(form or {})}
        headers = {"X-Twilio-Signature": sign(base + path, form, token)}
        return app.test_client().post(path, data=form, headers=headers)

    return do


@pytest.fixture(scope="session")
def line():
    """The call flow of the real content, for pure flow tests."""
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.call.flow import Line
    from ivr.runtime import make_schedule

    content = load_content(ROOT / "prompts")
    schedule = make_schedule(content)
    return Line(content, schedule, Catalogue(content, schedule, MONDAY_OPEN.date()))


def say_xml(spoken: str, rate: str = "85%", pause_ms: int = 1000) -> str:
    """The TwiML of Twilio's voice saying `spoken` at the line's pace ([voice] defaults): SSML
    <prosody rate>, and a <break> at each dictation pause (ivr.spoken.pauses, tested there)."""
    from ivr.common.pace import Pace
    from ivr.spoken.pauses import spoken_chunks

    inner = "".join(text + (f'<break time="{ms}ms" />' if ms else "")
                    for text, ms in spoken_chunks(spoken, Pace(dictation_pause_ms=pause_ms)))
    return f'<Say language="pl-PL" voice="Polly.Ewa"><prosody rate="{rate}">{inner}</prosody></Say>'
