"""Messages from Twilio to local storage: download (Basic auth) -> verify -> store -> delete on
Twilio, against the fake Twilio REST API; failures halfway, retries, duplicate callbacks, and
the staff SMS. Runs on SQLite, and on PostgreSQL when IVR_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from conftest import FRIDAY_EVENING
from fake_twilio import ACCOUNT_SID, AUTH_TOKEN, make_wav
from messages_helpers import (  # noqa: F401 - fixtures
    CALLER, LINE_NUMBER, STAFF_MOBILE, db_url, desk_of, line_settings, make_line, sleeps, twilio, twilio_post,
    work_jobs,
)
from ivr.common.sealed import Sealer
from ivr.messages.recordings import check_wav, DownloadError, twilio_media_url
from ivr.messages.staff_notice import notice_text
from ivr.database.schema import messages
from ivr.messages.store import CALLBACK, MESSAGE, NEW, PENDING, Message

SID = "RE" + "1" * 32
SID2 = "RE" + "2" * 32
SID3 = "RE" + "3" * 32
RECORDED = "/voice/recorded?node=leave_word&miss=0&rounds=0"


def record_action(app, twilio, sid=SID, seconds=7, caller=CALLER):
    """The Record verb ends: Twilio posts its action with the recording's fields."""
    url = twilio.add_recording(sid, make_wav(seconds))
    form = {"CallSid": "CA1", "From": caller, "To": LINE_NUMBER, "RecordingSid": sid, "RecordingUrl": url,
            "RecordingDuration": str(seconds), "Digits": "#"}
    response = twilio_post(app, RECORDED, form)
    assert response.status_code == 200
    return url


def status_callback(app, sid=SID, seconds=7, status="completed", url=None):
    """Twilio's recording status callback: no From, no To."""
    form = {
        "AccountSid": ACCOUNT_SID, "CallSid": "CA1", "RecordingSid": sid,
        "RecordingUrl": url or f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{sid}",
        "RecordingStatus": status, "RecordingDuration": str(seconds), "RecordingChannels": "1",
        "RecordingSource": "RecordVerb", "RecordingStartTime": "Fri, 27 Nov 2026 17:00:05 +0000",
    }
    return twilio_post(app, "/voice/recording", form)


def rows(app) -> list[Message]:
    store = desk_of(app).store
    with store.engine.connect() as connection:
        return [Message(**row._mapping) for row in connection.execute(select(messages).order_by(messages.c.id))]


def leftovers(directory):
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".")) if directory.exists() else []


# -- the whole way ---------------------------------------------------------------------


def test_download_verify_store_then_delete_on_twilio(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio)
    audio = twilio.recordings[SID]
    response = status_callback(app)
    assert response.status_code == 204

    [get] = twilio.media_gets()
    [delete] = twilio.deletes()
    assert get.url == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.wav"
    assert (get.username, get.password) == (ACCOUNT_SID, AUTH_TOKEN)
    assert delete.url == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.json"
    assert (delete.username, delete.password) == (ACCOUNT_SID, AUTH_TOKEN)
    assert twilio.requests.index(get) < twilio.requests.index(delete)
    assert SID not in twilio.recordings and twilio.deleted_recordings == [SID]

    path = line_settings.recordings_dir / f"{SID}.wav"
    on_disk = path.read_bytes()
    assert on_disk[:4] != b"RIFF" and b"RIFF" not in on_disk and audio[44:1044] not in on_disk  # only ciphertext
    assert Sealer.from_settings(line_settings).read(path) == audio
    assert leftovers(line_settings.recordings_dir) == []
    [row] = rows(app)
    assert (row.kind, row.number, row.duration, row.status) == (MESSAGE, CALLER, 7, NEW)
    assert row.file_path == str(path) and row.remote_deleted_at is not None and row.attempts == 0


def test_staff_are_told_at_once_with_a_masked_number(make_line, twilio):
    app = make_line()
    record_action(app, twilio, seconds=125)
    [sms] = twilio.messages
    assert sms["to"] == STAFF_MOBILE and sms["from"] == LINE_NUMBER
    assert sms["body"] == "Nowa wiadomość na infolinii OPS, 2 min, od 606 *** 915."
    status_callback(app, seconds=125)
    assert len(twilio.messages) == 1  # told once


def test_a_callback_delivered_twice_changes_nothing_the_second_time(make_line, twilio):
    app = make_line()
    record_action(app, twilio)
    assert status_callback(app).status_code == 204
    before = len(twilio.requests)
    assert status_callback(app).status_code == 204
    assert len(twilio.requests) == before  # no second download, no second delete, no second SMS
    assert len(rows(app)) == 1 and len(twilio.messages) == 1


def test_a_message_from_a_hidden_number(make_line, twilio):
    app = make_line()
    record_action(app, twilio, caller="anonymous")
    status_callback(app)
    [row] = rows(app)
    assert row.number == "hidden" and row.status == NEW
    assert [m["body"] for m in twilio.messages] == ["Nowa wiadomość na infolinii OPS, 7 s, od numeru ukrytego."]


def test_the_status_callback_may_come_before_the_record_action(make_line, twilio):
    app = make_line()
    url = twilio.add_recording(SID, make_wav(7))
    status_callback(app, url=url)
    [row] = rows(app)
    assert row.number is None and row.status == NEW and twilio.messages == []  # staff wait for the number
    form = {"CallSid": "CA1", "From": CALLER, "RecordingSid": SID, "RecordingUrl": url, "RecordingDuration": "7"}
    twilio_post(app, RECORDED, form)
    [row] = rows(app)
    assert row.number == CALLER and row.status == NEW
    assert [m["body"] for m in twilio.messages] == ["Nowa wiadomość na infolinii OPS, 7 s, od 606 *** 915."]


# -- failures halfway ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["truncated", "cut", "server_error", "connection_error"])
def test_a_failed_download_is_retried_inside_the_callback_without_duplicates(make_line, twilio, line_settings, sleeps, mode):
    app = make_line()
    record_action(app, twilio)
    audio = twilio.recordings[SID]
    twilio.fail_media_next(mode)
    assert status_callback(app).status_code == 204
    assert len(twilio.media_gets()) == 2 and len(twilio.deletes()) == 1
    assert sleeps == [0.5]
    [row] = rows(app)
    assert row.status == NEW and row.attempts == 1
    assert Sealer.from_settings(line_settings).read(line_settings.recordings_dir / f"{SID}.wav") == audio
    assert leftovers(line_settings.recordings_dir) == []


def test_a_download_that_keeps_failing_stays_pending_and_fetch_finishes_it(make_line, twilio, line_settings, sleeps):
    app = make_line()
    record_action(app, twilio)
    twilio.fail_media_next("cut", times=2)
    twilio.fail_media_next("truncated")
    assert status_callback(app).status_code == 204
    assert len(twilio.media_gets()) == 3 and twilio.deletes() == []  # Twilio's copy is kept
    assert sleeps == [0.5, 1.0]
    [row] = rows(app)
    assert row.status == PENDING and row.file_path is None and row.attempts == 3
    assert SID in twilio.recordings
    assert not (line_settings.recordings_dir / f"{SID}.wav").exists()
    assert leftovers(line_settings.recordings_dir) == []

    report = desk_of(app).fetch(FRIDAY_EVENING + timedelta(minutes=5))
    assert (report.stored, report.deleted, report.pending) == (1, 1, [])
    [row] = rows(app)
    assert row.status == NEW and row.remote_deleted_at is not None
    assert SID not in twilio.recordings and len(twilio.deletes()) == 1


def test_a_whole_but_broken_wav_is_not_kept_and_twilio_keeps_its_copy(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio)
    twilio.recordings[SID] = b"RIFF\xff\xff\x00\x00WAVE" + bytes(100)  # header size does not match
    status_callback(app)
    assert twilio.deletes() == [] and rows(app)[0].status == PENDING
    assert list(line_settings.recordings_dir.iterdir()) == []


def test_a_failed_delete_keeps_the_local_copy_and_fetch_deletes_without_downloading_again(make_line, twilio):
    app = make_line()
    record_action(app, twilio)
    twilio.fail_delete_next("server_error")
    status_callback(app)
    [row] = rows(app)
    assert row.status == NEW and row.file_path and row.remote_deleted_at is None
    report = desk_of(app).fetch(FRIDAY_EVENING)
    assert (report.stored, report.deleted) == (0, 1)
    assert len(twilio.media_gets()) == 1 and len(twilio.deletes()) == 2
    assert rows(app)[0].remote_deleted_at is not None


def test_a_recording_already_gone_from_twilio_counts_as_deleted(make_line, twilio):
    keeper = desk_of(make_line()).keeper
    assert keeper.delete_remote(SID3)  # 404: nothing left there


def test_the_credentials_go_only_to_twilio(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio)
    status_callback(app, url=f"https://evil.example/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}")
    assert all(r.url.startswith("https://api.twilio.com/") for r in twilio.requests)
    assert rows(app)[0].status == NEW


def test_an_empty_recording_is_not_kept_anywhere(make_line, twilio):
    app = make_line()
    twilio.add_recording(SID, make_wav(0))
    assert status_callback(app, seconds=0).status_code == 204
    assert rows(app) == [] and twilio.deleted_recordings == [SID] and twilio.media_gets() == []


@pytest.mark.parametrize("status", ["absent", "failed", "in-progress", ""])
def test_other_recording_states_are_ignored(make_line, twilio, status):
    app = make_line()
    assert status_callback(app, status=status).status_code == 204
    assert rows(app) == [] and twilio.requests == []


@pytest.mark.parametrize("sid", ["", "RE123", "../../etc/passwd", "RE" + "g" * 32])
def test_odd_recording_sids_are_ignored(make_line, twilio, sid):
    app = make_line()
    assert status_callback(app, sid=sid).status_code == 204
    assert rows(app) == [] and twilio.requests == []


def test_the_recording_webhook_checks_signatures(make_line, twilio):
    app = make_line()
    response = app.test_client().post("/voice/recording", data={"RecordingSid": SID, "RecordingStatus": "completed"})
    assert response.status_code == 403 and rows(app) == []


def test_a_database_that_is_down_keeps_the_callback_in_the_spool_else_answers_503(make_line, twilio, tmp_path):
    from ivr.jobs.spool import Spool

    blocked = tmp_path / "file"
    blocked.write_text("x")
    app = make_line(database_url=f"sqlite:///{blocked}/ivr.sqlite3")
    assert status_callback(app).status_code == 204
    spool = desk_of(app).spool  # the worker took it aside, and keeps it while the database is down
    [record] = [r for path in [spool.path, *spool.batches()] if path.exists() for r in Spool.read(path)]
    assert record["kind"] == "recording_ready" and record["recording_sid"] == SID
    unwritable = tmp_path / "no-spool"
    unwritable.mkdir()
    app = make_line(database_url=f"sqlite:///{blocked}/ivr.sqlite3", spool_file=unwritable)
    assert status_callback(app).status_code == 503  # Twilio keeps it; `ivr messages fetch` finds it later


def test_a_spooled_recording_callback_is_handled_by_the_worker(make_line, twilio, line_settings):
    from ivr.jobs.spool import Spool

    app = make_line()
    url = twilio.add_recording(SID, make_wav(7))
    desk_of(app).spool_recording_ready(SID, url, "completed", "7", FRIDAY_EVENING)
    assert Spool.read(desk_of(app).spool.path)
    work_jobs(app)
    [message] = rows(app)
    assert message.file_path and message.remote_deleted_at is not None


def test_without_credentials_the_message_waits_on_twilio(make_line, twilio):
    app = make_line(account_sid="")
    record_action(app, twilio)
    status_callback(app)
    assert rows(app)[0].status == PENDING and twilio.media_gets() == []


# -- staff notices -------------------------------------------------------------------------


def test_at_most_one_staff_sms_per_ten_minutes_then_a_summary(make_line, twilio):
    app = make_line(at=FRIDAY_EVENING)
    record_action(app, twilio, sid=SID, seconds=30)
    assert len(twilio.messages) == 1
    later = make_line(at=FRIDAY_EVENING + timedelta(minutes=4))
    record_action(later, twilio, sid=SID2, seconds=65, caller="+48501234567")
    twilio_post(later, "/voice/answer?node=callback&miss=0&rounds=0", {"From": "+48618176130", "Digits": "1"})
    assert len(twilio.messages) == 1  # held back
    desk_of(later).fetch(FRIDAY_EVENING + timedelta(minutes=11))
    assert len(twilio.messages) == 2
    assert twilio.messages[1]["body"] == (
        "Nowe na infolinii OPS: 1 wiadomość i 1 prośba o oddzwonienie. "
        "Ostatnia od 618 *** 130. Szczegóły: ivr messages list."
    )
    assert desk_of(later).notify_staff(FRIDAY_EVENING + timedelta(minutes=30)) == "nothing"


def test_a_failed_staff_sms_never_reaches_the_caller_and_is_tried_again(make_line, twilio):
    app = make_line()
    twilio.fail_next("server_error")
    response = twilio_post(app, "/voice/answer?node=callback&miss=0&rounds=0", {"From": CALLER, "Digits": "1"})
    assert response.status_code == 200 and "Dziękujemy" in response.get_data(as_text=True)
    assert twilio.messages == []
    assert desk_of(app).notify_staff(FRIDAY_EVENING + timedelta(minutes=10)) == "sent"
    assert twilio.messages[0]["body"] == "Prośba o oddzwonienie na infolinii OPS, od 606 *** 915."


def test_without_a_staff_mobile_nothing_is_sent(make_line, twilio):
    app = make_line(staff_mobile=None)
    record_action(app, twilio)
    assert twilio.messages == [] and desk_of(app).notify_staff(FRIDAY_EVENING) == "not_configured"


@pytest.mark.parametrize("counts,expected", [
    ((2, 0), "2 wiadomości"),
    ((5, 0), "5 wiadomości"),
    ((0, 2), "2 prośby o oddzwonienie"),
    ((0, 5), "5 próśb o oddzwonienie"),
    ((0, 12), "12 próśb o oddzwonienie"),
    ((0, 22), "22 prośby o oddzwonienie"),
    ((3, 1), "3 wiadomości i 1 prośba o oddzwonienie"),
])
def test_summary_texts_count_in_polish(counts, expected):
    from conftest import MONDAY_OPEN

    def item(kind, number="+48606902915"):
        return Message(0, kind, number, MONDAY_OPEN, 60, NEW, None, None, None, 0, None, None)

    items = [item(MESSAGE)] * counts[0] + [item(CALLBACK)] * counts[1]
    assert notice_text(items) == f"Nowe na infolinii OPS: {expected}. Ostatnia od 606 *** 915. Szczegóły: ivr messages list."


@pytest.mark.parametrize("seconds,length", [(7, "7 s"), (59, "59 s"), (60, "1 min"), (89, "1 min"), (90, "2 min"), (120, "2 min")])
def test_message_lengths_for_the_staff(seconds, length):
    from conftest import MONDAY_OPEN

    message = Message(1, MESSAGE, "anonymous", MONDAY_OPEN, seconds, NEW, None, None, None, 0, None, None)
    assert notice_text([message]) == f"Nowa wiadomość na infolinii OPS, {length}, od numeru ukrytego."


# -- retention and the fetch command ----------------------------------------------------------


def test_purge_deletes_on_twilio_what_never_came_home(make_line, twilio):
    app = make_line()
    record_action(app, twilio)
    twilio.fail_media_next("connection_error", times=3)
    status_callback(app)
    record_action(app, twilio, sid=SID2)
    twilio.fail_media_next("connection_error", times=3)
    status_callback(app, sid=SID2)
    twilio.fail_delete_next("server_error")
    report = desk_of(app).purge(FRIDAY_EVENING + timedelta(days=31))
    assert report.removed == 1 and len(report.kept) == 1  # the one Twilio would not delete stays, to try again
    assert len(twilio.recordings) == 1 and len(rows(app)) == 1


def test_ivr_messages_fetch_command(make_line, twilio, line_settings, monkeypatch):
    app = make_line()
    record_action(app, twilio)
    twilio.fail_media_next("truncated", times=3)
    status_callback(app)
    for name, value in (("IVR_DATABASE_URL", line_settings.database_url), ("IVR_RECORDINGS_DIR", str(line_settings.recordings_dir)),
                        ("TWILIO_ACCOUNT_SID", ACCOUNT_SID), ("TWILIO_AUTH_TOKEN", AUTH_TOKEN),
                        ("IVR_STAFF_MOBILE", STAFF_MOBILE), ("IVR_LINE_NUMBER", LINE_NUMBER),
                        ("IVR_SECRET_KEY", line_settings.secret_key)):
        monkeypatch.setenv(name, value)
    from ivr.cli import main

    result = CliRunner().invoke(main, ["messages", "fetch"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Pobrano: 1. Usunięto z Twilio: 1." in result.output
    assert rows(app)[0].status == NEW and twilio.recordings == {}


# -- small parts ------------------------------------------------------------------------------


def test_media_url_is_built_from_the_recording_sid_only():
    assert twilio_media_url(ACCOUNT_SID, SID) == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}"
    for bad in ("RE" + "A" * 32, SID + "\n", SID + "/../x", "RE123", "", "CA" + "1" * 32):
        with pytest.raises(ValueError):
            twilio_media_url(ACCOUNT_SID, bad)


@pytest.mark.parametrize("url", [
    f"https://localhost:18443\\@api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}",
    f"https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}",
    f"https://evil.example/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}",
    f"https://api.twilio.com.evil.example/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}",  # look-alikes
    f"https://api-twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}",
    f"https://evil.example/?https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}",
])
def test_credentials_go_only_to_api_twilio_com_whatever_recording_url_says(make_line, twilio, url):
    app = make_line()
    twilio.add_recording(SID, make_wav(7))
    assert status_callback(app, url=url).status_code == 204
    assert [r.url for r in twilio.requests if r.username] == [
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.wav",
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.json",
    ]
    assert rows(app)[0].status == NEW


def test_check_wav(tmp_path):
    good = tmp_path / "good.wav"
    good.write_bytes(make_wav(1))
    check_wav(good, len(make_wav(1)))
    check_wav(good, None)
    with pytest.raises(DownloadError):
        check_wav(good, len(make_wav(1)) + 1)
    for body in (b"", b"RIFF", b"RIFX" + make_wav(1)[4:], make_wav(1)[:-10]):
        bad = tmp_path / "bad.wav"
        bad.write_bytes(body)
        with pytest.raises(DownloadError):
            check_wav(bad, None)


def test_nothing_about_the_caller_in_the_logs(make_line, twilio, caplog):
    caplog.set_level(logging.DEBUG)
    app = make_line()
    record_action(app, twilio)
    twilio.fail_media_next("cut")
    status_callback(app)
    twilio_post(app, "/voice/answer?node=callback&miss=0&rounds=0", {"From": CALLER, "Digits": "1"})
    twilio_post(app, "/voice/answer?node=leave_word&miss=0&rounds=0", {"From": CALLER, "Digits": "2"})
    assert "606902915" not in caplog.text and "606 902 915" not in caplog.text
    assert "606 *** 915" in caplog.text


def test_rows_are_counted_once_per_recording_across_the_whole_call(make_line, twilio):
    app = make_line()
    record_action(app, twilio)
    record_action(app, twilio)  # Twilio retries the action
    status_callback(app)
    status_callback(app)
    store = desk_of(app).store
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(messages)).scalar() == 1


def test_fetch_takes_in_this_lines_recordings_whose_callback_never_made_a_row(make_line, twilio, line_settings):
    """E.g. the database was locked during both the Record action and the status callback."""
    app = make_line()
    ours = twilio.add_call("CA" + "a" * 32, LINE_NUMBER, CALLER)
    other = twilio.add_call("CA" + "b" * 32, "+48611111111", "+48600000001")  # another number of the account
    twilio.add_recording(SID, make_wav(9), call_sid=ours)
    twilio.add_recording(SID2, make_wav(4), call_sid=other)
    from ivr.messages import recordings
    recordings_page = recordings.LIST_PAGE
    try:
        recordings.LIST_PAGE = 1  # one recording per page: the paging is followed
        report = desk_of(app).fetch(FRIDAY_EVENING)
    finally:
        recordings.LIST_PAGE = recordings_page
    assert report.found == 1 and report.stored == 1 and report.deleted == 1 and not report.unlisted
    [row] = rows(app)
    assert (row.kind, row.recording_sid, row.number, row.duration, row.status) == (MESSAGE, SID, CALLER, 9, NEW)
    assert list(twilio.recordings) == [SID2]  # not ours: left alone
    assert len([r for r in twilio.requests if r.url.split("?")[0].endswith("/Recordings.json")]) == 2
    assert [m["body"] for m in twilio.messages] == ["Nowa wiadomość na infolinii OPS, 9 s, od 606 *** 915."]
    assert desk_of(app).fetch(FRIDAY_EVENING).found == 0  # once only


# -- the paging links of Twilio's list, and the API base setting ------------------------------


class PagingSession:
    """Answers every GET with one page of Twilio's Recordings list whose next_page_uri is `link`
    (once); records where the credentials went."""

    def __init__(self, link):
        self.link, self.sent = link, []

    def get(self, url, auth=None, timeout=None):
        import requests

        self.sent.append((url, auth))
        response = requests.Response()
        response.status_code = 200
        page = {"recordings": [{"sid": SID, "status": "completed"}],
                "next_page_uri": self.link if len(self.sent) == 1 else None}
        response._content = __import__("json").dumps(page).encode()
        return response


@pytest.mark.parametrize("link", [
    "https://evil.example/2010-04-01/Accounts/AC1/Recordings.json?Page=1",
    "//evil.example/2010-04-01/Accounts/AC1/Recordings.json?Page=1",
    "https://api.twilio.com.evil.example/2010-04-01/Accounts/AC1/Recordings.json?Page=1",
    "https://api-twilio.com/2010-04-01/Accounts/AC1/Recordings.json?Page=1",
    ".evil.example/2010-04-01/Accounts/AC1/Recordings.json",
    "@evil.example/2010-04-01/Accounts/AC1/Recordings.json",
])
def test_a_paging_link_from_twilio_never_takes_the_credentials_elsewhere(tmp_path, link):
    from ivr.messages.recordings import RecordingKeeper

    session = PagingSession(link)
    keeper = RecordingKeeper(None, tmp_path, ACCOUNT_SID, AUTH_TOKEN, session=session)
    assert [r["sid"] for r in keeper.remote_recordings()] == [SID]
    assert [url for url, _ in session.sent] == [
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings.json?PageSize=100"]


def test_a_twilio_paging_link_is_followed_on_api_twilio_com(tmp_path):
    from ivr.messages.recordings import RecordingKeeper

    session = PagingSession(f"/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings.json?PageSize=100&Page=1&PageToken=PA1")
    keeper = RecordingKeeper(None, tmp_path, ACCOUNT_SID, AUTH_TOKEN, session=session)
    assert len(keeper.remote_recordings()) == 2
    assert [url for url, _ in session.sent][1] == (
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings.json?PageSize=100&Page=1&PageToken=PA1")
    assert all(auth == (ACCOUNT_SID, AUTH_TOKEN) for _, auth in session.sent)


@pytest.mark.parametrize("value, expected", [
    (None, "https://api.twilio.com"),
    ("", "https://api.twilio.com"),
    ("http://127.0.0.1:18443", "http://127.0.0.1:18443"),
    ("http://localhost:18443/", "http://localhost:18443"),
    ("http://[::1]:18443", "http://[::1]:18443"),
    ("https://evil.example", "https://api.twilio.com"),
    ("http://api.twilio.com.evil.example", "https://api.twilio.com"),
    ("http://api-twilio.com", "https://api.twilio.com"),
    ("http://127.0.0.1.evil.example:18443", "https://api.twilio.com"),
    ("http://localhost.evil.example", "https://api.twilio.com"),
    ("http://10.0.0.5:18443", "https://api.twilio.com"),
    ("http://127.0.0.1:18443@evil.example", "https://api.twilio.com"),
    ("http://evil.example#@127.0.0.1", "https://api.twilio.com"),
    ("http://127.0.0.1:18443/x", "https://api.twilio.com"),
    ("ftp://127.0.0.1", "https://api.twilio.com"),
])
def test_the_fake_api_setting_takes_only_loopback(monkeypatch, value, expected):
    """IVR_TWILIO_API_URL may point the credentials at a fake on this machine, nowhere else."""
    from ivr.config import _api_url

    assert _api_url(value) == expected
