"""Issue 35: promises of the recording keeper that the mutation run found unheld, each tried
with the input that would break it (an unknown call on Twilio, a recording without a call)."""
from __future__ import annotations

from conftest import FRIDAY_EVENING
from fake_twilio import make_wav
from messages_helpers import (  # noqa: F401 - fixtures
    CALLER, LINE_NUMBER, db_url, desk_of, line_settings, make_line, sleeps, twilio,
)

SID = "RE" + "1" * 32
SID2 = "RE" + "2" * 32
SID3 = "RE" + "3" * 32
OURS = "CA" + "a" * 32
GONE = "CA" + "c" * 32  # a call Twilio no longer knows (404)


def _calls_asked(twilio) -> list[str]:
    return [r.url.split("?")[0].rsplit("/", 1)[-1] for r in twilio.requests if "/Calls/" in r.url]


def test_a_recording_whose_call_twilio_does_not_know_is_skipped_and_the_rest_taken_in(make_line, twilio):
    app = make_line()
    twilio.add_call(OURS, LINE_NUMBER, CALLER)
    twilio.add_recording(SID, make_wav(5), call_sid=GONE)  # Twilio answers 404 for its call
    twilio.add_recording(SID2, make_wav(6), call_sid=OURS)
    report = desk_of(app).fetch(FRIDAY_EVENING)
    assert not report.unlisted  # a 404 for one call is no failure to read the list
    assert report.found == 1 and report.stored == 1
    assert sorted(twilio.recordings) == [SID]  # the unknown one is left on Twilio, not taken
    assert f"{GONE}.json" in _calls_asked(twilio)


def test_a_recording_without_a_call_or_with_a_malformed_one_asks_twilio_nothing(make_line, twilio):
    app = make_line()
    twilio.add_recording(SID, make_wav(5))  # no call sid at all
    twilio.add_recording(SID3, make_wav(5), call_sid="CA../../Accounts")  # not a call sid
    report = desk_of(app).fetch(FRIDAY_EVENING)
    assert report.found == 0 and not report.unlisted
    assert _calls_asked(twilio) == []  # no request built from a missing or malformed sid
    assert sorted(twilio.recordings) == [SID, SID3]


def test_call_of_answers_none_for_an_unknown_call_and_refuses_a_malformed_sid(make_line, twilio):
    keeper = desk_of(make_line()).keeper
    twilio.add_call(OURS, LINE_NUMBER, CALLER)
    assert keeper.call_of(OURS)["from"] == CALLER
    assert keeper.call_of(GONE) is None
    for sid in ("", None, "CA123", "XX" + "a" * 32, OURS + "/../x"):
        assert keeper.call_of(sid) is None
    assert _calls_asked(twilio) == [f"{OURS}.json", f"{GONE}.json"]


def test_fetch_names_the_message_still_waiting_for_its_download(make_line, twilio, sleeps):
    from test_recordings import record_action, rows, status_callback

    app = make_line()
    record_action(app, twilio)
    twilio.fail_media_next("cut", times=3)
    status_callback(app)  # three attempts fail: the row waits
    twilio.fail_media_next("cut", times=3)
    report = desk_of(app).fetch(FRIDAY_EVENING)  # and fails again
    [row] = rows(app)
    assert report.pending == [row.id] and report.stored == 0 and report.deleted == 0


class _PageWithoutList:
    """Twilio answering a list page with no "recordings" key at all (an empty account's page)."""

    def __init__(self):
        self.sent = []

    def get(self, url, auth=None, timeout=None):
        import json

        import requests

        self.sent.append(url)
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps({"next_page_uri": None}).encode()
        return response


def test_a_list_page_without_recordings_is_an_empty_list_not_a_crash(tmp_path):
    from fake_twilio import ACCOUNT_SID, AUTH_TOKEN
    from ivr.messages.recordings import RecordingKeeper

    keeper = RecordingKeeper(None, tmp_path, ACCOUNT_SID, AUTH_TOKEN, session=_PageWithoutList())
    assert keeper.remote_recordings() == []


class _Answering:
    """A session answering every GET with one status and body (or raising), recording the call."""

    def __init__(self, status=200, body=b"{}", error=None):
        self.status, self.body, self.error, self.calls = status, body, error, []

    def get(self, url, auth=None, timeout=None):
        import requests

        self.calls.append({"url": url, "auth": auth, "timeout": timeout})
        if self.error:
            raise self.error
        response = requests.Response()
        response.status_code, response._content = self.status, self.body
        return response


def _keeper(tmp_path, session):
    from fake_twilio import ACCOUNT_SID, AUTH_TOKEN
    from ivr.messages.recordings import RecordingKeeper

    return RecordingKeeper(None, tmp_path, ACCOUNT_SID, AUTH_TOKEN, session=session)


def test_only_completed_recordings_are_listed(tmp_path):
    import json

    page = {"recordings": [{"sid": SID, "status": "completed"}, {"sid": SID2, "status": "processing"},
                           {"sid": SID3, "status": "absent"}, "not a recording", None],
            "next_page_uri": None}
    assert [r["sid"] for r in _keeper(tmp_path, _Answering(body=json.dumps(page).encode())).remote_recordings()] == [SID]


def test_every_request_to_twilio_has_a_time_limit(tmp_path):
    session = _Answering(body=b'{"recordings": [], "next_page_uri": null}')
    keeper = _keeper(tmp_path, session)
    keeper.remote_recordings()
    keeper.call_of("CA" + "a" * 32)
    assert len(session.calls) == 2
    for call in session.calls:  # a hung Twilio must not hang the fetch job for ever
        assert call["timeout"] == (5, 20)


def test_twilio_failures_are_named_in_the_log_words(tmp_path):
    import pytest
    import requests

    from ivr.messages.recordings import DownloadError

    cases = [
        (_Answering(status=404), "Twilio answered 404"),  # a missing list is a failure, not "nothing"
        (_Answering(status=500), "Twilio answered 500"),
        (_Answering(body=b"<html>"), "Twilio's answer is not JSON"),
        (_Answering(body=b"[1, 2]"), "Twilio's answer is not a JSON object"),
        (_Answering(error=requests.ConnectionError("refused by https://api.twilio.com/x?token=1\nmore")),
         "ConnectionError: refused by <url>"),
    ]
    for session, words in cases:
        with pytest.raises(DownloadError) as failed:
            _keeper(tmp_path, session).remote_recordings()
        assert str(failed.value) == words
    with pytest.raises(DownloadError) as failed:
        _keeper(tmp_path, _Answering(error=requests.Timeout())).remote_recordings()
    assert str(failed.value) == "Timeout: "


def test_a_delete_that_fails_again_at_fetch_is_still_pending(make_line, twilio):
    from test_recordings import record_action, rows, status_callback

    app = make_line()
    record_action(app, twilio)
    twilio.fail_delete_next("server_error", times=2)
    status_callback(app)  # stored here, the delete fails
    report = desk_of(app).fetch(FRIDAY_EVENING)  # the delete fails again
    [row] = rows(app)
    assert (report.deleted, report.pending) == (0, [row.id])
    assert row.remote_deleted_at is None and SID in twilio.recordings


def test_a_download_is_written_hidden_beside_its_final_place_then_renamed(make_line, twilio, line_settings, monkeypatch):
    """Hidden (a dot) and ".part": the backup skips it, the purge's clean-up knows it; in the same
    folder: the rename is atomic, so no half-written recording is ever seen under its name."""
    import os

    from test_recordings import record_action, status_callback
    from ivr.messages import recordings

    moves = []
    real = os.replace
    monkeypatch.setattr(recordings.os, "replace", lambda src, dst: moves.append((src, dst)) or real(src, dst))
    app = make_line()
    record_action(app, twilio)
    status_callback(app)
    [(src, dst)] = [(os.fspath(s), os.fspath(d)) for s, d in moves]
    folder = os.fspath(line_settings.recordings_dir)
    assert os.path.dirname(src) == folder == os.path.dirname(dst)
    name = os.path.basename(src)
    assert name.startswith(".download-") and name.endswith(".part")
    assert os.path.basename(dst) == f"{SID}.wav"


def test_the_operator_log_says_which_message_left_twilio(make_line, twilio, caplog):
    import logging

    from test_recordings import record_action, rows, status_callback

    app = make_line()
    record_action(app, twilio)
    with caplog.at_level(logging.INFO, logger="ivr.messages.recordings"):
        status_callback(app)
    [row] = rows(app)
    logged = [r.getMessage() for r in caplog.records]
    assert f"message {row.id}: Twilio's copy deleted" in logged
    size = __import__("os").path.getsize(row.file_path)  # the encrypted file as stored
    assert f"message {row.id}: stored locally ({size} bytes)" in logged


class _Streamed:
    def __init__(self, sizes):
        self.sizes, self.asked = sizes, []

    def iter_content(self, chunk_size=1):
        self.asked.append(chunk_size)
        for n in self.sizes:
            yield b"a" * n


def test_a_recording_is_read_in_bounded_chunks_up_to_the_limit_and_not_a_byte_more(monkeypatch):
    import pytest

    from ivr.messages import recordings
    from ivr.messages.recordings import DownloadError, RecordingKeeper

    monkeypatch.setattr(recordings, "MAX_RECORDING_BYTES", 10)
    exactly = _Streamed([4, 4, 2])
    assert RecordingKeeper._read_whole(exactly) == b"a" * 10  # at the limit: kept
    assert exactly.asked == [64 * 1024]  # streamed in 64 KiB chunks, never read whole at once
    with pytest.raises(DownloadError) as refused:
        RecordingKeeper._read_whole(_Streamed([4, 4, 3]))  # one byte over, counted over every chunk
    assert str(refused.value) == "recording larger than any message the line records"


def test_a_broken_download_is_named_in_exact_words():
    import struct

    import pytest

    from ivr.messages.recordings import DownloadError, check_wav

    def wav(riff_size: int, size: int) -> bytes:
        return b"RIFF" + struct.pack("<I", riff_size) + b"WAVE" + bytes(size - 12)

    cases = [
        (wav(92, 100), 120, "got 100 bytes of 120"),  # Twilio announced more than arrived
        (b"<html>not audio</html>", None, "not a WAV file"),
        (wav(100, 100), None, "WAV header says 108 bytes, file has 100"),
        (wav(0x80000000, 100), None, "WAV header says 2147483656 bytes, file has 100"),  # unsigned size
    ]
    for data, announced, words in cases:
        with pytest.raises(DownloadError) as refused:
            check_wav(data, announced)
        assert str(refused.value) == words
    check_wav(wav(92, 100), 100)  # whole: no error


class _Deleting:
    def __init__(self, error=None, status=204):
        self.error, self.calls, self.status = error, [], status

    def delete(self, url, auth=None, timeout=None):
        import requests

        self.calls.append(timeout)
        if self.error:
            raise self.error
        response = requests.Response()
        response.status_code = self.status
        return response


def test_a_delete_on_twilio_has_its_time_limit_and_a_failure_is_logged_with_its_reason(tmp_path, caplog):
    import logging

    import requests

    session = _Deleting()
    assert _keeper_with(tmp_path, session).delete_remote(SID)
    assert session.calls == [(5, 20)]
    failing = _Deleting(error=requests.ConnectionError("x" * 300))
    with caplog.at_level(logging.WARNING, logger="ivr.messages.recordings"):
        assert not _keeper_with(tmp_path, failing).delete_remote(SID)
    assert [r.getMessage() for r in caplog.records] == [
        f"recording {SID}: delete on Twilio failed: ConnectionError: " + "x" * 200]  # the reason cut at 200


def _keeper_with(tmp_path, session):
    from fake_twilio import ACCOUNT_SID, AUTH_TOKEN
    from ivr.messages.recordings import RecordingKeeper

    return RecordingKeeper(None, tmp_path, ACCOUNT_SID, AUTH_TOKEN, session=session)


def test_a_delete_twilio_refuses_is_not_done_and_its_answer_is_logged(tmp_path, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="ivr.messages.recordings"):
        assert not _keeper_with(tmp_path, _Deleting(status=500)).delete_remote(SID)
    assert [r.getMessage() for r in caplog.records] == [f"recording {SID}: delete on Twilio answered 500"]
    assert _keeper_with(tmp_path, _Deleting(status=404)).delete_remote(SID)  # already gone: done


def test_the_announced_size_is_read_from_the_header_whatever_its_case():
    import requests

    from ivr.messages.recordings import _content_length

    def answer(headers):
        response = requests.Response()
        response.headers.update(headers)
        return response

    assert _content_length(answer({"Content-Length": "120"})) == 120
    assert _content_length(answer({"content-length": "120"})) == 120
    assert _content_length(answer({})) is None  # not announced: only the WAV header is checked
    assert _content_length(answer({"Content-Length": "abc"})) is None


def test_keep_refuses_a_bad_sid_finishes_a_kept_one_and_names_missing_credentials(make_line, twilio, caplog):
    import logging
    from dataclasses import replace
    from datetime import datetime, timezone

    from test_recordings import record_action, rows, status_callback
    from ivr.messages.recordings import RecordingKeeper

    app = make_line()
    record_action(app, twilio)
    status_callback(app)
    [done] = rows(app)
    keeper = desk_of(app).keeper
    now = datetime(2026, 11, 27, 18, 5, tzinfo=timezone.utc)
    asked = len(twilio.requests)
    assert keeper.keep(done, now)  # stored and deleted before: Twilio's callback again is done
    assert not keeper.keep(replace(done, recording_sid="RE../../Accounts/x"), now)  # never fetched
    assert not keeper.keep(replace(done, recording_sid=""), now)
    assert len(twilio.requests) == asked
    unconfigured = RecordingKeeper(keeper.store, keeper.directory, "", "")
    pending = replace(done, file_path=None, remote_deleted_at=None)
    with caplog.at_level(logging.ERROR, logger="ivr.messages.recordings"):
        assert not unconfigured.keep(pending, now)
    assert [r.getMessage() for r in caplog.records] == [
        f"TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN missing: message {done.id} stays on Twilio"]
    caplog.clear()
    keyless = RecordingKeeper(keeper.store, keeper.directory, keeper.account_sid, keeper.auth_token,
                              session=keeper.session)  # no sealer: nowhere to keep it encrypted
    with caplog.at_level(logging.ERROR, logger="ivr.messages.recordings"):
        assert not keyless.keep(pending, now)
    assert [r.getMessage() for r in caplog.records] == [
        f"no recordings key (IVR_RECORDINGS_KEY or IVR_SECRET_KEY): message {done.id} stays on Twilio"]
    assert len(twilio.requests) == asked  # nothing was downloaded to be kept in plain


def test_each_failed_download_try_is_logged_with_its_number_and_reason(make_line, twilio, sleeps, caplog):
    import logging
    import re

    from test_recordings import record_action, rows, status_callback

    app = make_line()
    record_action(app, twilio)
    twilio.fail_media_next("cut", times=3)
    with caplog.at_level(logging.WARNING, logger="ivr.messages.recordings"):
        status_callback(app)
    [row] = rows(app)
    tries = [r.getMessage() for r in caplog.records if "download" in r.getMessage()]
    assert len(tries) == 3
    for n, line in enumerate(tries, 1):
        assert re.fullmatch(rf"message {row.id}: download {n} of 3 failed: [A-Za-z]+Error: .+", line), line


class _Media:
    """A session answering the media GETs in turn (status, body, announced size), recording how
    each was asked for; an exception in the list is raised instead."""

    def __init__(self, *answers):
        self.answers, self.calls = list(answers), []

    def get(self, url, auth=None, stream=False, timeout=None):
        import requests

        self.calls.append({"url": url, "auth": auth, "stream": stream, "timeout": timeout})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        status, body, announced = answer
        response = requests.Response()
        response.status_code, response._content, response._content_consumed = status, body, True
        if announced is not None:
            response.headers["Content-Length"] = str(announced)
        return response


class _Rows:
    """The store's two calls a download makes, recorded."""

    def __init__(self):
        self.failed, self.stored = [], []

    def count_failed_download(self, message_id):
        self.failed.append(message_id)

    def mark_stored(self, message_id, path):
        self.stored.append((message_id, path))


def _downloader(folder, session, sleep=None):
    from fake_twilio import ACCOUNT_SID, AUTH_TOKEN
    from ivr.common.sealed import Sealer, new_key, parse_key
    from ivr.messages.recordings import RecordingKeeper

    extra = {} if sleep is None else {"sleep": sleep}
    return RecordingKeeper(_Rows(), folder, ACCOUNT_SID, AUTH_TOKEN, session=session,
                           api_host="http://127.0.0.1:9", sealer=Sealer(parse_key(new_key())), **extra)


def _message(sid=SID):
    from types import SimpleNamespace

    return SimpleNamespace(id=7, recording_sid=sid)


def test_a_download_is_streamed_with_its_time_limit_from_the_configured_host_into_a_new_folder(tmp_path):
    from fake_twilio import ACCOUNT_SID, AUTH_TOKEN

    wav = make_wav(1)
    session = _Media((200, wav, len(wav)))
    folder = tmp_path / "not" / "yet" / "there"  # made with its parents on the first download
    keeper = _downloader(folder, session)
    assert keeper._download_with_retries(_message())
    [call] = session.calls
    assert call == {"url": f"http://127.0.0.1:9/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.wav",
                    "auth": (ACCOUNT_SID, AUTH_TOKEN), "stream": True, "timeout": (5, 20)}
    assert keeper.store.stored == [(7, str(folder / f"{SID}.wav"))]
    assert keeper.sealer.open((folder / f"{SID}.wav").read_bytes(), f"{SID}.wav") == wav


def test_a_download_refused_or_cut_short_is_retried_after_a_growing_wait_with_its_words(tmp_path, caplog):
    import logging

    wav = make_wav(1)
    waits = []
    session = _Media((500, b"", None), (200, wav[:-10], len(wav)), (200, wav, len(wav)))
    keeper = _downloader(tmp_path, session, sleep=waits.append)
    with caplog.at_level(logging.WARNING, logger="ivr.messages.recordings"):
        assert keeper._download_with_retries(_message())
    assert waits == [0.5, 1.0]  # the keeper's own sleep, doubled
    assert keeper.store.failed == [7, 7] and len(keeper.store.stored) == 1
    assert [r.getMessage() for r in caplog.records] == [
        "message 7: download 1 of 3 failed: DownloadError: Twilio answered 500",
        f"message 7: download 2 of 3 failed: DownloadError: got {len(wav) - 10} bytes of {len(wav)}"]


def test_a_malformed_recording_sid_is_refused_in_exact_words_before_any_url_is_built():
    import pytest

    from ivr.messages.recordings import twilio_media_url

    for sid in ("", "RE123", "RE" + "1" * 31 + "/", "XX" + "1" * 32):
        with pytest.raises(ValueError) as refused:
            twilio_media_url("AC" + "0" * 32, sid)
        assert str(refused.value) == "not a RecordingSid"
