"""Messages left at once under a real server (issue 32): gunicorn as deployed (deploy/gunicorn.conf.py: two
worker processes of eight threads each) on one SQLite file, whose writes take turns across the processes
(ivr/database/sqlite_writes.py). Many callers' Record actions arrive at the same moment: every caller hears
"saved" and every message is kept, with its staff notice's job beside it (one commit each), and no answer is
an error page. The turn's order itself is tested in process (tests/test_sqlite_writes.py); this is the
deployed server around it.

Only 127.0.0.1, a free port, a bounded number of requests, each with a timeout."""
from __future__ import annotations

import json
import os
import sqlite3
import threading

import requests

from conftest import sign
from test_bridge_servers import _start
from test_simulator_servers import _free_port, _stop

TOKEN = "messages-token"
CALLERS = 48
RECORDINGS = "https://api.twilio.com/2010-04-01/Accounts/AC" + "0" * 32 + "/Recordings/"
SAVED = "Dziękujemy, wiadomość została zapisana."


def _leave_together(base: str) -> list[tuple[int, str]]:
    path = "/voice/recorded"
    start, answers = threading.Barrier(CALLERS), []

    def leave(n: int) -> None:
        sid = f"RE{n:032d}"
        form = {"CallSid": f"CA{n:032d}", "From": f"+48606{n:06d}", "RecordingSid": sid, "RecordingUrl": RECORDINGS + sid,
                "RecordingDuration": "9", "Digits": "#"}
        headers = {"X-Twilio-Signature": sign(base + path, form, TOKEN)}
        start.wait(timeout=30)
        response = requests.post(base + path, data=form, headers=headers, timeout=30)
        answers.append((response.status_code, response.text))

    threads = [threading.Thread(target=leave, args=(n,)) for n in range(CALLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers


def test_messages_left_at_once_on_the_deployed_gunicorn_are_all_saved_and_kept(tmp_path):
    database = tmp_path / "ivr.sqlite3"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("IVR_", "TWILIO_"))}
    env.update({"IVR_DATABASE_URL": f"sqlite:///{database}", "IVR_AUDIO_DIR": str(tmp_path / "audio"), "IVR_STATS": "0",
                "IVR_INSTANCE_DIR": str(tmp_path / "instance"), "IVR_RECORDINGS_DIR": str(tmp_path / "rec"),
                "TWILIO_AUTH_TOKEN": TOKEN, "IVR_DEV_UNSIGNED": "0", "IVR_PUBLIC_URL": "",
                "IVR_BIND": f"127.0.0.1:{port}", "IVR_WORKERS": "2", "IVR_THREADS": "8"})
    log = tmp_path / "gunicorn.log"
    server = _start(env, base, log)
    try:
        answers = _leave_together(base)
    finally:
        _stop(server)
    assert len(answers) == CALLERS, log.read_text(errors="replace")[-3000:]
    assert all(status == 200 and SAVED in text for status, text in answers), answers
    with sqlite3.connect(database) as connection:
        stored = {row[0] for row in connection.execute("SELECT recording_sid FROM messages")}
        notices = connection.execute("SELECT count(*) FROM jobs WHERE kind = 'notify_staff'").fetchone()[0]
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    spool = tmp_path / "instance" / "spool.jsonl"
    spooled = {json.loads(line)["recording_sid"] for line in spool.read_text().splitlines()} if spool.exists() else set()
    assert stored | spooled == {f"RE{n:032d}" for n in range(CALLERS)}  # told "saved": kept, every one
    assert notices == len(stored)  # each stored message with its notice's job, in one commit
    assert mode == "wal"
