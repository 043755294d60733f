"""The call-back bridge under a real server: gunicorn as deployed (deploy/gunicorn.conf.py:
two worker processes of eight threads each) sharing one SQLite database. Twilio may post the
staff phone's key press several times at once (a retry while the first post is still being
answered, the key pressed again); across threads and processes only the guarded move in the
database stands between them, and a busy SQLite file must not turn any of the posts into an
error page. For each of several attempts, exactly one answer dials the resident, every answer
is TwiML with status 200, and the attempt ends "connecting".

Only 127.0.0.1, a free port, a bounded number of requests, each with a timeout."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone

import requests

from conftest import sign
from test_simulator_servers import _free_port, _stop
from ivr.config import ROOT
from ivr.messages import bridge_store as states

TOKEN = "bridge-token"
LINE = "+48618176199"
STAFF_PHONE = "+48600300400"
RESIDENTS = ["+48606902911", "+48606902912", "+48606902913", "+48606902914"]
PRESSES = 12


def _attempt(url: str, resident: str) -> int:
    """An item and its bridge attempt, ringing the staff phone (as `start` leaves it)."""
    from ivr.messages.bridge_store import BridgeStore
    from ivr.messages.store import Store

    store = Store(url)
    now = datetime.now(timezone.utc)
    bridges = BridgeStore(store)
    attempt = bridges.open(store.request_callback(resident, now).id, "anna", STAFF_PHONE, now)
    bridges.fill(attempt.id, "staff_call_sid", _staff_call(attempt.id))
    store.engine.dispose()
    return attempt.id


def _staff_call(attempt_id: int) -> str:
    return f"CA{attempt_id:032x}"


def _state(url: str, attempt_id: int) -> str:
    from ivr.messages.bridge_store import BridgeStore
    from ivr.messages.store import Store

    store = Store(url)
    try:
        return BridgeStore(store).get(attempt_id).state
    finally:
        store.engine.dispose()


def _start(env: dict, base: str, log) -> subprocess.Popen:
    with open(log, "wb") as handle:
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"], cwd=ROOT,
                                  env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    end = time.monotonic() + 60
    while time.monotonic() < end and server.poll() is None:
        try:
            if requests.get(base + "/healthz", timeout=2).status_code == 200:
                return server
        except requests.RequestException:
            time.sleep(0.3)
    _stop(server)
    raise AssertionError("gunicorn did not start:\n" + log.read_text(errors="replace")[-3000:])


def _press_together(base: str, attempt_id: int) -> list[tuple[int, str]]:
    """The staff member's "1" posted PRESSES times at the same moment, signed as Twilio signs."""
    path = f"/bridge/{attempt_id}/key"
    form = {"CallSid": _staff_call(attempt_id), "Digits": "1", "From": LINE, "To": STAFF_PHONE, "CallStatus": "in-progress"}
    headers = {"X-Twilio-Signature": sign(base + path, form, TOKEN)}
    start, answers = threading.Barrier(PRESSES), []

    def press():
        start.wait(timeout=30)
        response = requests.post(base + path, data=form, headers=headers, timeout=30)
        answers.append((response.status_code, response.text))

    threads = [threading.Thread(target=press) for _ in range(PRESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers


def test_the_same_key_posted_at_once_to_the_deployed_gunicorn_dials_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'ivr.sqlite3'}"
    attempts = [_attempt(url, resident) for resident in RESIDENTS]
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("IVR_", "TWILIO_"))}
    env.update({"IVR_DATABASE_URL": url, "IVR_AUDIO_DIR": str(tmp_path / "audio"), "IVR_STATS": "0",
                "IVR_INSTANCE_DIR": str(tmp_path / "instance"), "IVR_RECORDINGS_DIR": str(tmp_path / "rec"),
                "IVR_SECRET_KEY": "test-secret-" + "x" * 20, "TWILIO_AUTH_TOKEN": TOKEN,
                "IVR_DEV_UNSIGNED": "0", "IVR_PUBLIC_URL": "", "IVR_LINE_NUMBER": LINE,
                "IVR_BIND": f"127.0.0.1:{port}", "IVR_WORKERS": "2", "IVR_THREADS": "8"})
    log = tmp_path / "gunicorn.log"
    server = _start(env, base, log)
    try:
        for resident, attempt_id in zip(RESIDENTS, attempts):
            answers = _press_together(base, attempt_id)
            assert len(answers) == PRESSES, log.read_text(errors="replace")[-3000:]
            assert all(status == 200 and "<Response>" in text for status, text in answers), answers
            dialled = [text for _, text in answers if "<Dial" in text]
            assert len(dialled) == 1, (resident, answers)
            assert f">{resident}</Number>" in dialled[0]
            assert _state(url, attempt_id) == states.CONNECTING
    finally:
        _stop(server)
