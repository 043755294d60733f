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
import xml.etree.ElementTree as ET
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


def test_with_no_good_content_at_all_the_line_refuses_to_start(content_dir, make_app, tmp_path):
    (content_dir / "history").mkdir()
    (content_dir / "history" / "pl.20260101-000000-000000.anna.toml").write_text("[broken\n", encoding="utf-8")
    (content_dir / "pl.toml").write_text("[broken", encoding="utf-8")
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "pl.toml").write_text("[broken too", encoding="utf-8")
    with pytest.raises(ContentError):
        make_app(shipped_content_dir=shipped)


# -- H1: no history (a fresh deploy), an unreadable file, an unknown placeholder in [office] ----

def _office_placeholder(content_dir: Path) -> None:
    text = (content_dir / "pl.toml").read_text(encoding="utf-8")
    assert 'address = "ul. Poznańska 5, 63-005 Kleszczewo"' in text
    (content_dir / "pl.toml").write_text(text.replace('address = "ul. Poznańska 5, 63-005 Kleszczewo"',
                                                      'address = "ul. Poznańska {numer_domu}, 63-005 Kleszczewo"'), encoding="utf-8")


def _folder_in_its_place(content_dir: Path) -> None:
    (content_dir / "pl.toml").unlink()
    (content_dir / "pl.toml").mkdir()


def _symlink_loop(content_dir: Path) -> None:
    (content_dir / "pl.toml").unlink()
    (content_dir / "pl.toml").symlink_to(content_dir / "pl.toml")


def _broken_toml(content_dir: Path) -> None:
    with open(content_dir / "pl.toml", "a", encoding="utf-8") as handle:
        handle.write("[broken")


def _noncharacter(content_dir: Path) -> None:
    text = (content_dir / "pl.toml").read_text(encoding="utf-8")
    (content_dir / "pl.toml").write_text(text.replace("Dziękujemy za telefon. Do widzenia.",
                                                      "Dziękujemy za telefon.\uFFFE Do widzenia.", 1), encoding="utf-8")


BREAKAGES = {
    "broken TOML": (_broken_toml, "nie jest poprawnym plikiem TOML"),
    "a folder in place of pl.toml": (_folder_in_its_place, "pod jego nazwą jest folder"),
    "a symlink loop": (_symlink_loop, "Nie da się odczytać pliku z treścią"),
    "an unknown placeholder in [office]": (_office_placeholder, "Nieznany znacznik {numer_domu}"),
    "U+FFFE in a prompt": (_noncharacter, "niedozwolony znak (U+FFFE)"),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_with_no_history_a_broken_file_falls_back_to_the_shipped_content(content_dir, make_app, post, caplog, breakage):
    BREAKAGES[breakage][0](content_dir)
    assert not (content_dir / "history").exists()  # a fresh deploy: nothing kept yet
    caplog.set_level(logging.ERROR)
    app = make_app()
    runtime = app.extensions["ivr"]
    assert runtime.content_fallback.used.kind == "shipped"
    assert "the line uses the content shipped with the release" in caplog.text
    assert app.test_client().get("/healthz").get_json()["content"] == "fallback"
    answer = post(app, "/voice")
    assert answer.status_code == 200 and "Ośrodek Pomocy Społecznej" in answer.get_data(as_text=True)
    ET.fromstring(answer.get_data())  # well-formed TwiML


def test_a_permission_denied_file_falls_back_too(content_dir, make_app, monkeypatch):
    """The tests run as root, who may read a 0000 file: the refusal is made by hand, on this path only."""
    real = Path.read_text

    def refuse(self, *args, **kwargs):
        if self == content_dir / "pl.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    runtime = make_app().extensions["ivr"]
    assert runtime.content_source == "fallback" and "no permission" in runtime.content_fallback.problem


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_file_that_breaks_while_running_is_ignored(content_dir, make_app, post, monkeypatch, breakage):
    app = make_app()
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)
    BREAKAGES[breakage][0](content_dir)
    answer = post(app, "/voice")
    assert answer.status_code == 200 and "Ośrodek Pomocy Społecznej" in answer.get_data(as_text=True)
    runtime = app.extensions["ivr"]
    assert runtime.content_source == "fallback" and runtime.content_fallback.used.kind == "kept"


def test_the_staff_pages_warn_in_polish_while_the_line_falls_back(content_dir, make_app):
    from test_staff_pages import PASSWORD, sign_in

    _office_placeholder(content_dir)
    app = make_app()
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(app)
    for page in ("/staff/", "/staff/prompts", "/staff/history"):
        html = client.get(page).get_data(as_text=True)
        assert "Pliku z treścią pl.toml nie da się wczytać (pole [office.address]): Nieznany znacznik {numer_domu}." in html, page
        assert "na treści dostarczonej z programem przy instalacji" in html


def test_the_staff_warning_names_the_kept_version_in_use(content_dir, make_app):
    from test_staff_pages import PASSWORD, sign_in

    keep_versions(content_dir)
    _broken_toml(content_dir)
    app = make_app()
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    html = sign_in(app).get("/staff/").get_data(as_text=True)
    assert "na ostatniej dobrej wersji z historii zmian" in html and "anna)" in html


def test_staff_pages_over_a_folder_in_place_of_the_file_answer_in_polish(content_dir, make_app):
    from test_staff_pages import PASSWORD, sign_in

    _folder_in_its_place(content_dir)
    app = make_app()
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(app)
    for page in ("/staff/prompts/greeting", "/staff/hours", "/staff/history"):
        response = client.get(page)
        assert response.status_code == 503, page
        assert "pod jego nazwą jest folder" in response.get_data(as_text=True)


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_prompts_check_and_doctor_report_it_in_polish_without_a_traceback(content_dir, settings, monkeypatch, breakage):
    from click.testing import CliRunner

    from ivr.cli import main

    BREAKAGES[breakage][0](content_dir)
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("IVR_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("IVR_AUDIO_DIR", str(settings.audio_dir))
    monkeypatch.setenv("IVR_RECORDINGS_DIR", str(settings.recordings_dir))
    expected = BREAKAGES[breakage][1]
    for args in (["prompts", "check"], ["doctor"]):
        result = CliRunner().invoke(main, args)
        output = result.output + (result.stderr if result.stderr_bytes is not None else "")
        assert result.exit_code != 0 and not isinstance(result.exception, (KeyError, ValueError, OSError)), output
        assert "Traceback" not in output and expected in output, (args, output)


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





@pytest.mark.parametrize("breakage", ["an unknown placeholder in [office]", "a folder in place of pl.toml"])
def test_gunicorn_on_a_fresh_deploy_with_a_broken_file_stays_up(content_dir, tmp_path, breakage):
    """H1: no history yet and pl.toml broken before the start: the workers boot on the shipped
    content; gunicorn's master does not exit."""
    BREAKAGES[breakage][0](content_dir)
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
        assert _wait(lambda: _get(base + "/healthz")[0] == 200 or server.poll() is not None, 60)
        assert server.poll() is None, "gunicorn's master shut down"
        status, body = _get(base + "/healthz")
        assert b'"content":"fallback"' in body.replace(b" ", b"")
        form = {"CallSid": "CA1", "From": "+48606902915"}
        request = urllib.request.Request(base + "/voice", data=urllib.parse.urlencode(form).encode(), headers={
            "X-Twilio-Signature": sign(base + "/voice", form, "t")})
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200 and "Ośrodek Pomocy Społecznej" in response.read().decode()
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=30)
    assert b"the line uses the content shipped with the release" in errors
