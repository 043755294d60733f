"""A build without Google (issue 31): one quick probe decides, not five retries per prompt, and
a build in which nothing can get better changes no file. Google is a local port here: one that
takes connections and hangs up, or one that never answers; no real network."""
from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from ivr.audio.build import build, read_manifest
from ivr.audio.engines import EngineUnavailable, EspeakEngine, GttsEngine, gtts_base_url
from ivr.call.catalogue import Entry

ENTRIES = [Entry("alpha", "Dzień dobry.", "Dzień dobry."), Entry("beta", "Do widzenia państwu.", "Do widzenia państwu.")]


class LocalPort:
    """A TCP listener on 127.0.0.1 that counts connections and either hangs up at once
    (`answer=False`: no HTTP answer at all) or holds them open without a word (`hang=True`)."""

    def __init__(self, hang: bool = False):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.hang, self.connections, self.held = hang, 0, []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            if self.hang:
                self.held.append(conn)
            else:
                conn.close()

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def google_away(monkeypatch):
    port = LocalPort()
    monkeypatch.setenv("IVR_GTTS_URL", port.url)
    yield port
    port.close()


def files_of(folder: Path) -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_unreachable_google_is_asked_once_per_build_not_retried_per_prompt(tmp_path, google_away):
    report = build(ENTRIES, tmp_path, "auto", engines={"gtts": GttsEngine(sleep=lambda s: None),
                                                        "espeak": EspeakEngine()}, probe=True)
    assert report.fell_back == ["alpha", "beta"] and report.ok
    assert google_away.connections == 1  # the probe; without it: 5 tries of each sentence
    assert report.requests == 0
    assert "quick check" in report.errors["alpha"]


def test_without_the_probe_the_same_build_retries(tmp_path, google_away):
    """The probe is what saves the retries (the control of the test above)."""
    build(ENTRIES, tmp_path, "auto", engines={"gtts": GttsEngine(sleep=lambda s: None, retries=2),
                                              "espeak": EspeakEngine()})
    assert google_away.connections >= 3


def test_a_build_in_which_nothing_can_improve_changes_no_file(tmp_path, google_away):
    engines = {"gtts": GttsEngine(sleep=lambda s: None), "espeak": EspeakEngine()}
    first = build(ENTRIES, tmp_path, "auto", engines=engines, probe=True)
    assert first.published and first.fell_back == ["alpha", "beta"]
    before = files_of(tmp_path)
    again = build(ENTRIES, tmp_path, "auto", engines=engines, probe=True)
    assert not again.published
    assert files_of(tmp_path) == before
    assert google_away.connections == 2  # one probe per build


def test_a_changed_text_is_still_rebuilt_on_the_fallback_voice(tmp_path, google_away):
    engines = {"gtts": GttsEngine(sleep=lambda s: None), "espeak": EspeakEngine()}
    build(ENTRIES, tmp_path, "auto", engines=engines, probe=True)
    edited = [ENTRIES[0], Entry("beta", "Do usłyszenia.", "Do usłyszenia.")]
    report = build(edited, tmp_path, "auto", engines=engines, probe=True)
    assert report.published
    assert read_manifest(tmp_path)["prompts"]["beta"]["spoken"] == "Do usłyszenia."


def test_nothing_to_build_asks_nobody(tmp_path, google_away):
    engines = {"gtts": GttsEngine(sleep=lambda s: None), "espeak": EspeakEngine()}
    build(ENTRIES, tmp_path, "espeak", engines=engines)
    build(ENTRIES, tmp_path, "espeak", engines=engines, probe=True)
    assert google_away.connections == 0


def test_the_probe_gives_up_on_a_port_that_never_answers(monkeypatch):
    silent = LocalPort(hang=True)
    monkeypatch.setenv("IVR_GTTS_URL", silent.url)
    try:
        with pytest.raises(EngineUnavailable):
            GttsEngine().probe(timeout=0.3)
        assert silent.connections == 1
    finally:
        silent.close()


def test_the_probe_passes_when_google_answers(monkeypatch):
    """A reachable fake (an HTTP 503 is an answer): the build goes on to ask Google for real."""
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Busy(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(503)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Busy)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    monkeypatch.setenv("IVR_GTTS_URL", f"http://127.0.0.1:{server.server_port}")
    try:
        GttsEngine().probe(timeout=2)
    finally:
        server.shutdown()


@pytest.mark.parametrize("value, expected", [
    ("http://127.0.0.1:8123", "http://127.0.0.1:8123"),
    ("http://localhost:8123/", "http://localhost:8123"),
    ("https://translate.google.com", None),
    ("http://example.com:80", None),
    ("http://127.0.0.1:8123/elsewhere", None),
    ("http://127.0.0.1:notaport", None),
    ("", None),
])
def test_only_a_loopback_address_replaces_google(value, expected):
    assert gtts_base_url(value) == expected


def test_google_itself_without_the_setting(monkeypatch):
    monkeypatch.delenv("IVR_GTTS_URL", raising=False)
    assert GttsEngine().base_url is None
    assert os.environ.get("IVR_GTTS_URL") is None
