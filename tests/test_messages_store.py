"""The messages database on SQLite and on PostgreSQL: migrations from empty, idempotent
recording rows, call-back requests, the SMS rate limit, and the staff commands."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, select

from conftest import MONDAY_OPEN, warsaw
from messages_helpers import CALLER, db_url  # noqa: F401 - fixture
from ivr.config import ROOT
from ivr.database.engine import head_revision
from ivr.database.schema import messages, sms_sent
from ivr.messages.store import CALLBACK, DONE, MESSAGE, NEW, PENDING, DbLimiter, Store

SID = "RE" + "a" * 32
SID2 = "RE" + "b" * 32
URL = f"https://api.twilio.com/2010-04-01/Accounts/AC{'0' * 32}/Recordings/{SID}"


@pytest.fixture
def store(db_url):
    store = Store(db_url)
    store.upgrade()
    yield store
    store.engine.dispose()


# -- migrations ------------------------------------------------------------------


def test_migrations_build_the_schema_from_an_empty_database(db_url):
    store = Store(db_url)
    try:
        assert not inspect(store.engine).get_table_names()
        assert store.upgrade() == head_revision() != ""
        tables = set(inspect(store.engine).get_table_names())
        assert {"messages", "sms_sent", "alembic_version"} <= tables
        columns = {c["name"] for c in inspect(store.engine).get_columns("messages")}
        assert columns == {c.name for c in messages.columns}
        assert {c["name"] for c in inspect(store.engine).get_columns("sms_sent")} == {"number_hash", "sent_at"}
        # A deployed database upgrades in place: running again changes nothing.
        assert store.upgrade() == head_revision()
    finally:
        store.engine.dispose()


def test_autogenerate_finds_the_migrations_complete(tmp_path):
    # A fresh interpreter: the metadata holds only the tables env.py itself brings in.
    script = textwrap.dedent("""
        import sys
        from alembic import command
        from alembic.config import Config
        from ivr.database.engine import MIGRATIONS
        from ivr.messages.store import Store

        Store(sys.argv[1]).upgrade()
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.set_main_option("sqlalchemy.url", sys.argv[1])
        command.check(config)  # raises when autogenerate would write a migration
    """)
    url = f"sqlite:///{tmp_path / 'ivr.sqlite3'}"
    result = subprocess.run([sys.executable, "-c", script, url], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_sqlite_file_and_its_folder_are_created_on_first_start(tmp_path):
    path = tmp_path / "instance" / "deeper" / "ivr.sqlite3"
    store = Store(f"sqlite:///{path}")
    store.upgrade()
    store.engine.dispose()
    assert path.is_file()


def test_the_app_upgrades_the_database_at_start(make_app, settings):
    app = make_app()
    store = app.extensions["ivr"].messages.store
    assert "messages" in inspect(store.engine).get_table_names()
    store.engine.dispose()


def test_a_database_that_is_down_does_not_stop_the_line(make_app, post, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    app = make_app(database_url=f"sqlite:///{blocked}/ivr.sqlite3")
    assert post(app, "/voice").status_code == 200


# -- messages -------------------------------------------------------------------------


def test_a_recording_is_one_row_however_often_twilio_reports_it(store):
    first = store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=7, url=URL)
    again = store.note_recording(SID, now=MONDAY_OPEN + timedelta(seconds=5), duration=7, url=URL)
    assert again.id == first.id
    assert again.number == CALLER and again.duration == 7 and again.status == PENDING
    assert again.created_at == MONDAY_OPEN
    with store.engine.connect() as connection:
        assert connection.execute(select(messages)).all().__len__() == 1


def test_the_status_callback_may_come_before_the_record_action(store):
    early = store.note_recording(SID, now=MONDAY_OPEN, duration=12, url=URL)
    assert early.number is None
    late = store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=12, url=URL)
    assert late.id == early.id and late.number == CALLER


def test_times_come_back_as_the_same_moment_in_utc(store):
    message = store.note_recording(SID, now=warsaw(2026, 7, 1, 23, 30), number=CALLER, duration=3, url=URL)
    assert message.created_at == datetime(2026, 7, 1, 21, 30, tzinfo=timezone.utc)
    assert message.created_at.tzinfo is not None


def test_naive_times_are_refused(store):
    with pytest.raises(Exception):
        store.note_recording(SID, now=datetime(2026, 1, 1), number=CALLER, duration=3, url=URL)


def test_stored_and_deleted_move_a_message_on(store):
    message = store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=7, url=URL)
    assert store.unfinished_recordings()[0].needs_download
    store.mark_stored(message.id, "/x/RE.wav")
    current = store.get(message.id)
    assert current.status == NEW and current.needs_remote_delete and not current.needs_download
    store.mark_remote_deleted(message.id, MONDAY_OPEN)
    assert store.unfinished_recordings() == []


def test_a_message_done_before_its_download_stays_done(store):
    message = store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=7, url=URL)
    store.mark_done(message.id)
    store.mark_stored(message.id, "/x/RE.wav")
    assert store.get(message.id).status == DONE


# -- call-back requests ---------------------------------------------------------------


def test_a_callback_request_is_kept_once_while_open(store):
    first = store.request_callback(CALLER, MONDAY_OPEN)
    again = store.request_callback(CALLER, MONDAY_OPEN + timedelta(minutes=3))
    assert again.id == first.id and first.kind == CALLBACK and first.status == NEW
    assert store.request_callback("+48501234567", MONDAY_OPEN).id != first.id
    store.mark_done(first.id)
    assert store.request_callback(CALLER, MONDAY_OPEN + timedelta(days=1)).id != first.id


def test_listing_shows_open_items_and_all_on_request(store):
    callback = store.request_callback(CALLER, MONDAY_OPEN)
    message = store.note_recording(SID, now=MONDAY_OPEN + timedelta(minutes=1), number=CALLER, duration=7, url=URL)
    assert store.mark_done(callback.id)
    assert [m.id for m in store.listing()] == [message.id]
    assert [m.id for m in store.listing(include_done=True)] == [callback.id, message.id]
    assert not store.mark_done(9999)


def test_the_staff_are_told_of_open_items_once(store):
    store.request_callback(CALLER, MONDAY_OPEN)
    store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=0, url=URL)  # length unknown yet
    store.note_recording(SID2, now=MONDAY_OPEN, number=CALLER, duration=9, url=URL)
    waiting = store.unnotified(MONDAY_OPEN)
    assert [(m.kind, m.duration) for m in waiting] == [(CALLBACK, None), (MESSAGE, 9)]
    store.mark_notified([m.id for m in waiting], MONDAY_OPEN)
    assert store.unnotified(MONDAY_OPEN) == []


def test_a_message_waits_a_little_for_the_callers_number(store):
    """Twilio's status callback may come before the Record action, which brings the number."""
    store.note_recording(SID, now=MONDAY_OPEN, duration=9, url=URL)
    assert store.unnotified(MONDAY_OPEN + timedelta(seconds=30)) == []
    assert len(store.unnotified(MONDAY_OPEN + timedelta(minutes=2))) == 1


def test_older_than_and_remove(store):
    old = store.request_callback(CALLER, MONDAY_OPEN - timedelta(days=31))
    new = store.request_callback("+48501234567", MONDAY_OPEN)
    assert [m.id for m in store.older_than(MONDAY_OPEN - timedelta(days=30))] == [old.id]
    store.remove(old.id)
    assert [m.id for m in store.listing(include_done=True)] == [new.id]


# -- the SMS rate limit ------------------------------------------------------------------


def test_one_info_sms_per_number_per_hour(store):
    limiter = DbLimiter(store, "secret")
    assert limiter.allow(CALLER, MONDAY_OPEN)
    assert not limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=59))
    assert limiter.allow("+48501234567", MONDAY_OPEN + timedelta(minutes=1))
    assert limiter.allow(CALLER, MONDAY_OPEN + timedelta(hours=1))
    assert not limiter.allow(CALLER, MONDAY_OPEN + timedelta(hours=1, minutes=5))


def test_the_limit_is_kept_across_processes_and_restarts(db_url):
    one, two = Store(db_url), Store(db_url)
    try:
        one.upgrade()
        assert DbLimiter(one, "secret").allow(CALLER, MONDAY_OPEN)
        assert not DbLimiter(two, "secret").allow(CALLER, MONDAY_OPEN + timedelta(minutes=10))
    finally:
        one.engine.dispose()
        two.engine.dispose()


def test_release_undoes_only_its_own_allow(store):
    limiter = DbLimiter(store, "secret")
    assert limiter.allow(CALLER, MONDAY_OPEN)
    limiter.release(CALLER, MONDAY_OPEN + timedelta(minutes=1))  # not that allow: ignored
    assert not limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=2))
    limiter.release(CALLER, MONDAY_OPEN)
    assert limiter.allow(CALLER, MONDAY_OPEN + timedelta(minutes=3))


def test_staff_and_info_limits_do_not_mix(store):
    info = DbLimiter(store, "secret", timedelta(hours=1), "info")
    staff = DbLimiter(store, "secret", timedelta(minutes=10), "staff")
    assert info.allow(CALLER, MONDAY_OPEN) and staff.allow(CALLER, MONDAY_OPEN)
    assert staff.allow(CALLER, MONDAY_OPEN + timedelta(minutes=10))
    assert not info.allow(CALLER, MONDAY_OPEN + timedelta(minutes=10))


def test_numbers_are_stored_only_as_keyed_hashes_and_only_for_a_day(store):
    limiter = DbLimiter(store, "secret")
    limiter.allow(CALLER, MONDAY_OPEN)
    with store.engine.connect() as connection:
        [row] = connection.execute(select(sms_sent)).all()
    assert "606" not in row.number_hash and len(row.number_hash) == 64
    limiter.allow("+48501234567", MONDAY_OPEN + timedelta(days=2))
    with store.engine.connect() as connection:
        assert len(connection.execute(select(sms_sent)).all()) == 1


def test_simultaneous_presses_get_one_yes(store):
    limiter = DbLimiter(store, "secret")
    results, start = [], threading.Barrier(8)

    def press():
        start.wait()
        results.append(limiter.allow(CALLER, MONDAY_OPEN))

    threads = [threading.Thread(target=press) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True]


def test_with_the_database_down_the_caller_still_gets_the_sms(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    limiter = DbLimiter(Store(f"sqlite:///{blocked}/ivr.sqlite3"), "secret")
    assert limiter.allow(CALLER, MONDAY_OPEN)
    limiter.release(CALLER, MONDAY_OPEN)  # no error either


# -- staff commands ------------------------------------------------------------------------


@pytest.fixture
def cli_env(db_url, tmp_path, monkeypatch, content_dir):
    monkeypatch.setenv("IVR_DATABASE_URL", db_url)
    monkeypatch.setenv("IVR_RECORDINGS_DIR", str(tmp_path / "recordings"))
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "IVR_STAFF_MOBILE", "IVR_LINE_NUMBER"):
        monkeypatch.delenv(name, raising=False)
    return db_url


def ivr(*args):
    from ivr.cli import main

    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_db_upgrade_command(cli_env):
    result = ivr("db", "upgrade")
    assert result.exit_code == 0, result.output
    assert f"(wersja {head_revision()})" in result.output
    store = Store(cli_env)
    assert "messages" in inspect(store.engine).get_table_names()
    store.engine.dispose()


def test_messages_list_shows_whole_numbers_under_polish_headings(cli_env, tmp_path):
    store = Store(cli_env)
    store.upgrade()
    message = store.note_recording(SID, now=warsaw(2026, 11, 30, 10, 5), number=CALLER, duration=125, url=URL)
    store.mark_stored(message.id, str(tmp_path / "recordings" / f"{SID}.wav"))
    callback = store.request_callback("+48618176130", warsaw(2026, 11, 30, 10, 7))
    done = store.request_callback("+48501234567", warsaw(2026, 11, 29, 9, 0))
    store.mark_done(done.id)
    store.note_recording(SID2, now=warsaw(2026, 11, 30, 10, 9), number="hidden", duration=8, url=URL)
    store.engine.dispose()

    result = ivr("messages", "list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["Nr", "Rodzaj", "Kiedy", "Numer", "Długość", "Stan", "Nagranie"]
    assert f"{message.id}" in lines[1] and "wiadomość" in lines[1] and "606 902 915" in lines[1]
    assert "2026-11-30 10:05" in lines[1] and "2:05" in lines[1] and "nowa" in lines[1] and f"{SID}.wav" in lines[1]
    assert "oddzwonienie" in lines[2] and "61 817 61 30" in lines[2] and "2026-11-30 10:07" in lines[2]
    assert "ukryty" in lines[3] and "czeka na pobranie" in lines[3] and "0:08" in lines[3]
    assert "501 234 567" not in result.output
    everything = ivr("messages", "list", "--all").output
    assert "501 234 567" in everything and "załatwiona" in everything


def test_messages_list_when_there_is_nothing(cli_env):
    result = ivr("messages", "list")
    assert result.exit_code == 0 and "Brak nowych wiadomości i próśb o oddzwonienie." in result.output


def test_messages_done(cli_env):
    store = Store(cli_env)
    store.upgrade()
    callback = store.request_callback(CALLER, MONDAY_OPEN)
    result = ivr("messages", "done", str(callback.id))
    assert result.exit_code == 0 and f"Sprawa nr {callback.id} jest załatwiona." in result.output
    assert store.get(callback.id).status == DONE
    missing = ivr("messages", "done", "999")
    assert missing.exit_code == 1 and "Nie ma sprawy nr 999." in missing.output
    store.engine.dispose()


def test_messages_purge_removes_old_rows_and_their_audio_together(cli_env, tmp_path):
    from ivr.call.schedule import now_in_warsaw

    now = now_in_warsaw()
    store = Store(cli_env)
    store.upgrade()
    audio = tmp_path / "recordings" / f"{SID}.wav"
    audio.parent.mkdir(parents=True)
    audio.write_bytes(b"RIFF")
    old = store.note_recording(SID, now=now - timedelta(days=40), number=CALLER, duration=7, url=URL)
    store.mark_stored(old.id, str(audio))
    store.mark_remote_deleted(old.id, now - timedelta(days=40))
    old_callback = store.request_callback(CALLER, now - timedelta(days=31))
    recent = store.request_callback("+48501234567", now - timedelta(days=2))

    result = ivr("messages", "purge", "--older-than", "30d")
    assert result.exit_code == 0, result.output
    assert "Usunięto: 2." in result.output
    assert not audio.exists()
    assert [m.id for m in store.listing(include_done=True)] == [recent.id]
    assert store.get(old.id) is None and store.get(old_callback.id) is None
    store.engine.dispose()


@pytest.mark.parametrize("value", ["30", "abc", "0d", "-3d", "10x"])
def test_purge_needs_a_sensible_age(cli_env, value):
    result = ivr("messages", "purge", "--older-than", value)
    if value == "30":
        assert result.exit_code == 0  # plain days
    else:
        assert result.exit_code != 0 and "--older-than" in result.output


def test_messages_fetch_without_credentials_says_so(cli_env):
    store = Store(cli_env)
    store.upgrade()
    store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=7, url=URL)
    store.engine.dispose()
    result = ivr("messages", "fetch")
    assert result.exit_code == 1
    assert "TWILIO_ACCOUNT_SID" in result.output


def test_a_log_never_holds_a_whole_number(store, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    store.request_callback(CALLER, MONDAY_OPEN)
    DbLimiter(store, "secret").allow(CALLER, MONDAY_OPEN)
    assert "606902915" not in caplog.text


def test_database_errors_reach_the_log_without_numbers(store, caplog, monkeypatch):
    """PostgreSQL quotes a failing row in its error text; only the error's class is logged."""
    import logging

    from sqlalchemy.exc import IntegrityError

    from ivr.messages.desk import MessageDesk

    def broken(*args, **kwargs):
        raise IntegrityError("INSERT ...", {}, Exception(f"Failing row contains (callback, {CALLER})"))

    caplog.set_level(logging.DEBUG)
    desk = MessageDesk(store, keeper=None, notifier=None, info_limiter=None)
    monkeypatch.setattr(store, "request_callback", broken)
    monkeypatch.setattr(store, "note_recording", broken)
    # Not stored: the web layer keeps it in the spool instead (tests/test_spool.py).
    assert desk.request_callback(CALLER, MONDAY_OPEN) == "unstored"
    assert desk.message_left(CALLER, SID, URL, "7", MONDAY_OPEN) == "unstored"
    assert "IntegrityError" in caplog.text and "606902915" not in caplog.text


def test_paths_in_the_database_are_plain_strings(store, tmp_path):
    message = store.note_recording(SID, now=MONDAY_OPEN, number=CALLER, duration=7, url=URL)
    store.mark_stored(message.id, str(tmp_path / "a.wav"))
    assert Path(store.get(message.id).file_path) == tmp_path / "a.wav"


def test_a_locked_database_gives_up_well_within_twilios_15_seconds(db_url):  # noqa: F811
    """A webhook's statement waits for a lock at most 2 s, then the request keeps what it must in
    the spool and answers (Twilio's limit is 15 s)."""
    from sqlalchemy import text

    from ivr.database.engine import WEBHOOK_TIMEOUT_SECONDS

    store = Store(db_url, WEBHOOK_TIMEOUT_SECONDS)
    with store.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            waits = [connection.execute(text("PRAGMA busy_timeout")).scalar_one() / 1000]
        else:
            waits = [connection.execute(text(f"SHOW {name}")).scalar_one() for name in ("statement_timeout", "lock_timeout")]
            waits = [int(w.rstrip("s")) if w.endswith("s") and not w.endswith("ms") else int(w.rstrip("ms")) / 1000 for w in waits]
    store.engine.dispose()
    assert all(0 < wait <= 2 for wait in waits), waits
