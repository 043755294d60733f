"""A quiet start (issue 31): `ivr serve` prints one short summary (where the line listens, the
staff pages, the voice and the number of prompts, the database, warnings) and nothing of
Alembic or the development server; --verbose shows the rest. Under the real threaded server."""
from __future__ import annotations

import runpy
import sys

import requests

from ivr.common import logs
from ivr.config import ROOT

try:
    from tests.test_simulator_servers import _environment, _free_port, _start, _stop
except ImportError:
    from test_simulator_servers import _environment, _free_port, _start, _stop


def serve(tmp_path, content_dir, *extra, env_changes=None):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / f"serve{len(extra)}.log"
    env = {**_environment(tmp_path, content_dir), "TWILIO_AUTH_TOKEN": "", **(env_changes or {})}
    server = _start([sys.executable, "-m", "ivr", "serve", "--port", str(port), *extra], env, base, log)
    return server, base, log


def test_a_start_prints_one_short_summary_and_answers_slash_in_polish(tmp_path, content_dir):
    server, base, log = serve(tmp_path, content_dir)
    try:
        front = requests.get(base + "/", timeout=30)
        requests.get(base + "/healthz", timeout=30)
    finally:
        _stop(server)
    assert front.status_code == 200 and "Ośrodek Pomocy Społecznej w Kleszczewie" in front.text
    assert "Ośrodek jest teraz" in front.text
    lines = log.read_text(errors="replace").splitlines()
    assert lines[0] == f"Infolinia OPS Kleszczewo: {base}/ (webhooki Twilio: {base}/voice, {base}/sms)", lines
    assert lines[1] == f"Strony pracowników: {base}/staff/"
    assert lines[2].startswith("Dzwoniący słyszą: lektor Twilio – ")  # nothing built in this folder
    assert lines[3] == f"Baza danych: sqlite:///{tmp_path / 'instance' / 'ivr.sqlite3'}"
    assert lines[4] == "Uwaga: TWILIO_AUTH_TOKEN is not set: every webhook request will be refused (403)."
    assert lines[5].startswith("Więcej szczegółów: ivr serve --verbose")
    text = "\n".join(lines)
    for noise in ("alembic", "setup plugin", "Running on", "development server", "GET /", "Serving Flask app"):
        assert noise not in text, noise
    assert len(lines) <= 7, text  # the summary, and at most the shutdown's own line


def test_verbose_shows_the_migrations_and_the_requests(tmp_path, content_dir):
    server, base, log = serve(tmp_path, content_dir, "--verbose")
    try:
        requests.get(base + "/", timeout=30)
    finally:
        _stop(server)
    text = log.read_text(errors="replace")
    assert "alembic.runtime.migration" in text and '"GET / HTTP/1.1" 200' in text
    assert "setup plugin" not in text  # Alembic's plugin lines are noise even then
    assert "Więcej szczegółów" not in text


def test_the_access_log_of_ivr_serve_follows_ivr_access_log(tmp_path, content_dir):
    server, base, log = serve(tmp_path, content_dir, env_changes={"IVR_ACCESS_LOG": "1"})
    try:
        requests.get(base + "/", timeout=30)
    finally:
        _stop(server)
    text = log.read_text(errors="replace")
    assert '"GET / HTTP/1.1" 200' in text and "alembic" not in text


def gunicorn_settings(monkeypatch, value: str | None) -> dict:
    if value is None:
        monkeypatch.delenv("IVR_ACCESS_LOG", raising=False)
    else:
        monkeypatch.setenv("IVR_ACCESS_LOG", value)
    return runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))


def test_gunicorns_access_log_follows_its_configuration(monkeypatch):
    off = gunicorn_settings(monkeypatch, None)
    assert off["accesslog"] is None and off["logconfig_dict"]["loggers"]["gunicorn.access"]["handlers"] == []
    on = gunicorn_settings(monkeypatch, "1")
    assert on["accesslog"] == "-" and on["logconfig_dict"]["loggers"]["gunicorn.access"]["handlers"] == ["stderr"]


def test_alembics_plugin_lines_are_held_back_everywhere():
    assert "alembic.runtime.plugins" in logs.QUIET_LOGGERS
    assert logs.gunicorn_config()["loggers"]["alembic.runtime.plugins"] == {"level": "WARNING"}


def test_collected_warnings_are_kept_not_printed(capsys):
    import logging

    logs.configure(level=logging.INFO)
    with logs.collected_warnings() as caught:
        logging.getLogger("ivr.test").warning("call from +48606902915 failed")
        logging.getLogger("ivr.test").info("not a warning")
    assert caught.messages == ["call from 606 *** 915 failed"]
    assert "failed" not in capsys.readouterr().err
    logging.getLogger("ivr.test").warning("after the block")
    assert "after the block" in capsys.readouterr().err
