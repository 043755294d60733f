"""A broken pl.toml never takes the line down at a (re)start: the newest kept version that
loads answers, /healthz says so; only with no good content at all does the line refuse."""
from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import sign
from ivr.call.content import ContentError
from ivr.config import ROOT
from ivr.staff.content_store import ContentStore


def keep_versions(content_dir: Path) -> str:
    """Two kept versions: the older good, the newest broken too (it must be skipped)."""
    store = ContentStore(content_dir)
    snapshot = store.read()
    edited = snapshot.text.replace("Dziękujemy za telefon. Do widzenia.", "Do widzenia, dziękujemy.", 1)
    store.save(edited, snapshot.version, "anna")
    broken_kept = store.history_dir / "pl.29990101-000000-000000.anna.toml"
    broken_kept.write_text("[broken\n", encoding="utf-8")
    return edited


def test_a_starting_line_falls_back_to_the_newest_good_kept_version(content_dir, make_app, post, caplog):
    keep_versions(content_dir)
    with open(content_dir / "pl.toml", "a", encoding="utf-8") as handle:
        handle.write("[broken")
    caplog.set_level(logging.ERROR)
    app = make_app()
    assert "the content file does not load" in caplog.text
    health = app.test_client().get("/healthz")
    assert health.status_code == 200 and health.get_json()["content"] == "fallback"
    assert app.extensions["ivr"].content.text("goodbye") == "Do widzenia, dziękujemy."
    assert post(app, "/voice").status_code == 200


def test_the_line_leaves_the_fallback_when_the_file_is_fixed(content_dir, make_app, monkeypatch):
    edited = keep_versions(content_dir)
    (content_dir / "pl.toml").write_text("[broken", encoding="utf-8")
    app = make_app()
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)
    (content_dir / "pl.toml").write_text(edited, encoding="utf-8")
    assert app.test_client().get("/healthz").get_json()["content"] == "file"


def test_with_no_good_content_at_all_the_line_refuses_to_start(content_dir, make_app):
    (content_dir / "history").mkdir()
    (content_dir / "history" / "pl.20260101-000000-000000.anna.toml").write_text("[broken\n", encoding="utf-8")
    (content_dir / "pl.toml").write_text("[broken", encoding="utf-8")
    with pytest.raises(ContentError):
        make_app()


# -- a real gunicorn: break the file, kill -9 a worker -------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 2.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read()


def _wait(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def _workers(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def test_gunicorn_survives_a_broken_file_and_a_killed_worker(content_dir, tmp_path):
    keep_versions(content_dir)
    port = _free_port()
    env = {**os.environ, "IVR_CONTENT_DIR": str(content_dir), "IVR_AUDIO_DIR": str(tmp_path / "audio"),
           "IVR_DATABASE_URL": f"sqlite:///{tmp_path / 'ivr.sqlite3'}", "TWILIO_AUTH_TOKEN": "t",
           "IVR_DEV_UNSIGNED": "0", "IVR_PUBLIC_URL": ""}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning",
         "ivr:create_app()"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert _wait(lambda: _get(base + "/healthz")[0] == 200, 30)
        assert _wait(lambda: len(_workers(server.pid)) == 2, 10)
        with open(content_dir / "pl.toml", "a", encoding="utf-8") as handle:
            handle.write("[broken")
        time.sleep(2.5)  # the running workers notice and keep their content
        before = _workers(server.pid)
        os.kill(before[0], signal.SIGKILL)
        assert _wait(lambda: len(set(_workers(server.pid)) - set(before)) == 1, 30), "no new worker"
        assert server.poll() is None, "gunicorn's master shut down"
        for _ in range(6):  # both workers, the new one included, answer calls
            form = {"CallSid": "CA1", "From": "+48606902915"}
            data = urllib.parse.urlencode(form).encode()
            request = urllib.request.Request(base + "/voice", data=data, headers={
                "X-Twilio-Signature": sign(base + "/voice", form, "t")})
            with urllib.request.urlopen(request, timeout=5) as response:
                assert response.status == 200 and b"<Response>" in response.read()
            status, body = _get(base + "/healthz")
            assert status == 200 and b'"content":"fallback"' in body.replace(b" ", b"")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)



