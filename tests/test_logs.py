"""Logs: one line per event, numbers masked, text or JSON; checked under a real gunicorn."""
from __future__ import annotations

import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from conftest import TOKEN, sign
from ivr.common import logs
from ivr.config import ROOT

CALLER = "+48606902915"


@pytest.fixture
def captured():
    """The root logger writing to a buffer through logs.configure; restored afterwards."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level

    def setup(fmt=None):
        buffer = io.StringIO()
        logs.configure(logging.INFO, fmt=fmt, stream=buffer)
        return buffer

    yield setup
    root.handlers[:], _ = saved[0], root.setLevel(saved[1])


def test_text_lines_mask_numbers_even_inside_a_traceback(captured):
    buffer = captured()
    log = logging.getLogger("ivr.test")
    log.info("call from %s", CALLER)
    try:
        raise ValueError(f"Invalid 'To' Phone Number: {CALLER}")
    except ValueError:
        log.exception("SMS failed")
    lines = buffer.getvalue().splitlines()
    assert lines[0] == "INFO ivr.test: call from 606 *** 915"
    assert len(lines) == 2, lines  # the traceback stays on its event's line
    assert "Traceback" in lines[1] and "606 *** 915" in lines[1]
    assert "606902915" not in buffer.getvalue()


def test_json_lines_are_one_object_per_event(captured):
    buffer = captured("json")
    log = logging.getLogger("ivr.test")
    log.warning("staff mobile %s unreachable", "+48600100200")
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("boom")
    events = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert [e["level"] for e in events] == ["WARNING", "ERROR"]
    assert events[0]["message"] == "staff mobile 600 *** 200 unreachable"
    assert events[0]["logger"] == "ivr.test" and events[0]["time"].endswith("+00:00")
    assert "ZeroDivisionError" in events[1]["exception"]


def test_the_environment_chooses_json_and_an_unknown_format_falls_back_to_text(captured, monkeypatch):
    monkeypatch.setenv(logs.FORMAT_ENV, "json")
    buffer = captured()
    logging.getLogger("ivr.test").info("x")
    assert json.loads(buffer.getvalue())["message"] == "x"
    monkeypatch.setenv(logs.FORMAT_ENV, "xml")
    buffer = captured()
    logging.getLogger("ivr.test").info("y")
    assert buffer.getvalue().splitlines()[-1] == "INFO ivr.test: y"


def test_configure_twice_does_not_double_lines(captured):
    captured()
    buffer = captured()
    logging.getLogger("ivr.test").info("once")
    assert buffer.getvalue() == "INFO ivr.test: once\n"


def test_number_masking_leaves_sids_and_times_alone():
    text = "message 12 RE0123456789abcdef0123456789abcdef at 2026-12-01 10:00 from +48606902915"
    assert logs.mask_numbers(text) == "message 12 RE0123456789abcdef0123456789abcdef at 2026-12-01 10:00 from 606 *** 915"


# -- a real gunicorn with deploy/gunicorn.conf.py -----------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gunicorn(tmp_path: Path, content_dir: Path, **env) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    environment = {
        **os.environ,
        "IVR_BIND": f"127.0.0.1:{port}", "IVR_WORKERS": "1",
        "IVR_CONTENT_DIR": str(content_dir), "IVR_AUDIO_DIR": str(tmp_path / "audio"),
        "IVR_INSTANCE_DIR": str(tmp_path / "instance"), "TWILIO_AUTH_TOKEN": TOKEN,
        "IVR_SECRET_KEY": "k" * 40, "IVR_PUBLIC_URL": "", "IVR_DEV_UNSIGNED": "0", **env,
    }
    environment.pop("IVR_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py")],
        cwd=tmp_path, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=5).status_code == 200:
                return process, base
        except requests.RequestException:
            time.sleep(0.2)
    process.kill()
    pytest.fail("gunicorn did not start: " + process.communicate()[1])


def _call_and_stop(process: subprocess.Popen, base: str) -> list[str]:
    form = {"CallSid": "CA123", "From": CALLER}
    response = requests.post(base + "/voice", data=form, headers={"X-Twilio-Signature": sign(base + "/voice", form)}, timeout=10)
    assert response.status_code == 200
    process.terminate()
    _, stderr = process.communicate(timeout=30)
    return stderr.splitlines()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_under_gunicorn_info_logs_reach_stderr_one_line_each_numbers_masked(tmp_path, content_dir, fmt):
    process, base = _gunicorn(tmp_path, content_dir, IVR_LOG_FORMAT=fmt)
    lines = _call_and_stop(process, base)
    assert not any("606902915" in line for line in lines)
    if fmt == "text":
        assert "INFO ivr.web.voice: call from 606 *** 915" in lines
        assert any(line.startswith("INFO gunicorn.error: Booting worker") for line in lines), lines
    else:
        events = [json.loads(line) for line in lines if line.strip()]  # every line is one object
        assert {"level": "INFO", "logger": "ivr.web.voice", "message": "call from 606 *** 915"}.items() <= next(
            e for e in events if e["logger"] == "ivr.web.voice").items()
        assert any(e["logger"] == "gunicorn.error" for e in events)


def test_under_the_deploy_config_gunicorn_keeps_no_access_log(tmp_path, content_dir):
    """N16: `accesslog = None` said no access log, yet one line per request reached the journal
    (gunicorn logs access whenever logconfig_dict is set)."""
    process, base = _gunicorn(tmp_path, content_dir)
    for _ in range(3):
        assert requests.get(base + "/healthz", timeout=10).status_code == 200
    lines = _call_and_stop(process, base)
    assert "INFO ivr.web.voice: call from 606 *** 915" in lines  # the line's own events still come
    assert not any("gunicorn.access" in line or "GET /healthz" in line or "POST /voice" in line for line in lines), lines


def test_the_access_log_can_still_be_switched_on():
    config = logs.gunicorn_config(access_log=True)
    assert config["loggers"]["gunicorn.access"]["handlers"] == ["stderr"]


def test_a_twilio_rest_call_logs_no_info_lines(captured):
    """N16: the Twilio client logged 12 INFO lines (method, URL, headers...) per REST call."""
    import responses
    from twilio.rest import Client

    buffer = captured()
    sid = "AC" + "0" * 32
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json",
                 json={"sid": "SM" + "0" * 32, "status": "queued"}, status=201)
        Client(sid, "t" * 32).messages.create(to=CALLER, from_="+48618000000", body="Godziny")
    assert "twilio.http_client" not in buffer.getvalue(), buffer.getvalue()
    logging.getLogger("twilio.http_client").warning("a real problem")
    assert "WARNING twilio.http_client: a real problem" in buffer.getvalue()


def test_gunicorn_config_quiets_the_twilio_client_too(captured):
    import logging.config

    twilio = logging.getLogger("twilio.http_client")
    twilio.setLevel(logging.NOTSET)
    logging.config.dictConfig(logs.gunicorn_config())
    assert not twilio.isEnabledFor(logging.INFO) and twilio.isEnabledFor(logging.WARNING)
    captured()  # the root logger as the other tests expect it (restored after this test)
