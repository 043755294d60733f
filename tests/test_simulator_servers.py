"""The staff simulator under real servers: the threaded `ivr serve` (every request in its own
thread) and gunicorn with two worker processes. A message or call-back request left in the
simulator is kept, said to be kept, listed under "Symulator" once, and never in the inbox.

Only 127.0.0.1, a free port, a bounded number of requests, each with a timeout."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from ivr.config import ROOT

PASSWORD = "dobre-haslo-123"
CLOSED = "date=2026-11-27&time=18:00"  # a Friday evening: 0 offers a message (1) or a call back (2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environment(tmp_path: Path, content_dir: Path) -> dict:
    from ivr.messages.store import Store
    from ivr.staff.accounts import StaffAccounts

    instance = tmp_path / "instance"
    url = f"sqlite:///{instance / 'ivr.sqlite3'}"
    store = Store(url)
    StaffAccounts(store).add("anna", PASSWORD)
    store.engine.dispose()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("IVR_", "TWILIO_"))}
    return {**env, "IVR_INSTANCE_DIR": str(instance), "IVR_DATABASE_URL": url, "IVR_CONTENT_DIR": str(content_dir),
            "IVR_AUDIO_DIR": str(tmp_path / "audio"), "IVR_RECORDINGS_DIR": str(instance / "recordings"),
            "IVR_SECRET_KEY": "test-secret-" + "x" * 20, "IVR_STATS": "0"}


def _start(command: list[str], env: dict, base: str, log: Path) -> subprocess.Popen:
    with open(log, "wb") as handle:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    end = time.monotonic() + 60
    while time.monotonic() < end:
        try:
            if requests.get(base + "/healthz", timeout=2).status_code == 200:
                return server
        except requests.RequestException:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.3)
    _stop(server)
    pytest.fail(f"the server did not start:\n{log.read_text(errors='replace')[-3000:]}")


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def _signed_in(base: str) -> requests.Session:
    session = requests.Session()
    page = session.get(base + "/staff/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
    response = session.post(base + "/staff/login", timeout=30, allow_redirects=False,
                            data={"login": "anna", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302, response.text
    return session


def _press(session: requests.Session, base: str, query: str) -> str:
    # A new connection each time ("Connection: close"): a threaded server gives it a new thread.
    response = session.get(f"{base}/staff/simulator?{CLOSED}&{query}", timeout=60, headers={"Connection": "close"})
    assert response.status_code == 200
    return response.text


def _copy(session: requests.Session) -> requests.Session:
    """A session of its own for a thread, signed in as `session` is."""
    copy = requests.Session()
    copy.cookies.update(session.cookies)
    return copy


def _play_and_check(base: str) -> requests.Session:
    """One call leaves a message, replayed press by press; a second asks for a call back."""
    session = _signed_in(base)
    html = _press(session, base, "keys=0&key=1")
    call = re.search(r'name="call" value="([0-9a-f]{16})"', html)[1]
    pages = [html] + [_press(session, base, f"keys=01&call={call}&key={key}") for key in "*9*9"]
    pages.append(_press(session, base, "keys=02&key=1"))
    for html in pages:
        assert "nie udało się zapisać" not in html
        assert html.count("Wiadomość głosowa (7 s)") == 1, html
    assert "wiadomość została zapisana" in pages[0]
    assert "Prośba o oddzwonienie –" in pages[-1]
    inbox = session.get(base + "/staff/messages?wszystkie=1", timeout=30).text
    assert "Wiadomość głosowa" not in inbox and "Prośba o oddzwonienie –" not in inbox
    return session


def test_simulator_under_the_threaded_ivr_serve(tmp_path, content_dir):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    server = _start([sys.executable, "-m", "ivr", "serve", "--port", str(port)],
                    _environment(tmp_path, content_dir), base, log)
    try:
        _play_and_check(base)
    finally:
        _stop(server)
    assert "phone simulator failed" not in log.read_text(errors="replace")


def test_simulator_across_two_gunicorn_workers(tmp_path, content_dir):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "gunicorn.log"
    server = _start([sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--timeout", "60",
                     "--access-logfile", "-", "--access-logformat", "served-by %(p)s %(U)s", "ivr:create_app()"],
                    _environment(tmp_path, content_dir), base, log)
    try:
        session = _play_and_check(base)
        # Both workers must have played a part; press on (bounded) until the log shows two. Three presses at
        # once each round: one after another, a loaded machine let one worker take every connection (a sync
        # worker serves one request at a time, so a press arriving while it is busy goes to the other).
        for _ in range(20):
            with ThreadPoolExecutor(3) as pool:
                pages = list(pool.map(lambda _: _press(_copy(session), base, "keys=01&call=00000000000000ff&key=*"),
                                      range(3)))
            assert not any("nie udało się zapisać" in html for html in pages)
            workers = set(re.findall(r"served-by <?(\d+)>? /staff/simulator", log.read_text(errors="replace")))
            if len(workers) >= 2:
                break
        assert len(workers) >= 2, "one worker served every press"
        html = _press(session, base, "keys=0")
        assert html.count("Wiadomość głosowa (7 s)") == 2  # the first call's and the one above
    finally:
        _stop(server)
    assert "phone simulator failed" not in log.read_text(errors="replace")
