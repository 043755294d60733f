"""A faithful fake of Google Translate's TTS endpoint for the `responses` library.

gTTS 2.5 POSTs `f.req=<url-quoted JSON>&` to
https://translate.google.<tld>/_/TranslateWebserverUi/data/batchexecute, where the JSON is
[[["jQ1olc", "[text, lang, speed, \"null\"]", null, "generic"]]]. Google answers with the
batchexecute envelope: an anti-XSSI prefix, then length-prefixed JSON chunks; gTTS scans the
lines for "jQ1olc" and base64-decodes the string inside `"[\"...\"]"`. This fake parses the
request the same way and answers in that format with REAL MP3 audio (espeak-ng speech of the
requested text, encoded by the bundled ffmpeg/libmp3lame, 24 kHz mono like Google's).

Every text requested is recorded; failures can be queued per call:
429 / 500 / 503 / 403 / 404 (HTTP status), "connection", "timeout", "no_audio" (200 without audio).
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import urllib.parse
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

import requests
import responses

try:  # works whether or not tests/ is a package
    from tests.audio_helpers import mp3, speech
except ImportError:
    from audio_helpers import mp3, speech

URL = re.compile(r"https://translate\.google\.[a-z.]+/_/TranslateWebserverUi/data/batchexecute")
RPC_ID = "jQ1olc"


@dataclass
class Call:
    text: str
    lang: str
    slow: object
    timeout: object
    url: str
    outcome: object


def parse_request(body: str | bytes) -> tuple[str, str, object]:
    """Text, language and speed from a gTTS request body, as Google would read it."""
    if isinstance(body, bytes):
        body = body.decode()
    form = urllib.parse.parse_qs(body, strict_parsing=False)
    rpc = json.loads(form["f.req"][0])
    rpc_id, params, _, _ = rpc[0][0]
    if rpc_id != RPC_ID:
        raise ValueError(f"unexpected rpc {rpc_id}")
    text, lang, speed, _ = json.loads(params)
    return text, lang, speed


def envelope(audio: bytes | None) -> str:
    """A batchexecute response; audio None is Google's 'no audio' answer (e.g. unknown language)."""
    payload = json.dumps([base64.b64encode(audio).decode("ascii")]) if audio is not None else None
    chunk = json.dumps([["wrb.fr", RPC_ID, payload, None, None, None, "generic"],
                        ["di", 45], ["af.httprm", 44, "-5061419962328226521", 8]], separators=(",", ":"))
    tail = json.dumps([["e", 4, None, None, len(chunk) + 40]], separators=(",", ":"))
    return f")]}}'\n\n{len(chunk) + 1}\n{chunk}\n{len(tail) + 1}\n{tail}\n"


@dataclass
class FakeGoogleTTS:
    delay: float = 0.0  # seconds each answer takes (to observe concurrency)
    calls: list[Call] = field(default_factory=list)
    max_in_flight: int = 0
    _queue: deque = field(default_factory=deque)
    _always: object = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _in_flight: int = 0

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.calls]

    def fail(self, *outcomes) -> None:
        """Answer the next calls with these failures, in order; then succeed."""
        self._queue.extend(outcomes)

    def fail_always(self, outcome) -> None:
        self._always = outcome

    def register(self, rsps: responses.RequestsMock) -> None:
        rsps.add_callback(responses.POST, URL, callback=self._answer)

    def _next_outcome(self):
        with self._lock:
            return self._queue.popleft() if self._queue else self._always

    def _answer(self, request):
        text, lang, slow = parse_request(request.body)
        outcome = self._next_outcome()
        with self._lock:
            self.calls.append(Call(text, lang, slow, request.req_kwargs.get("timeout"), request.url, outcome))
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            if self.delay:
                time.sleep(self.delay)
            return self._respond(text, outcome)
        finally:
            with self._lock:
                self._in_flight -= 1

    @staticmethod
    def _respond(text: str, outcome):
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if outcome == "connection":
            raise requests.exceptions.ConnectionError("fake: connection refused")
        if outcome == "timeout":
            raise requests.exceptions.ReadTimeout("fake: read timed out")
        if outcome == "no_audio":
            return 200, headers, envelope(None)
        if isinstance(outcome, int):
            return outcome, {"Content-Type": "text/html; charset=UTF-8"}, f"<html>Error {outcome}</html>"
        seg = speech(text)
        return 200, headers, envelope(mp3(seg.raw_data, seg.frame_rate))


@contextmanager
def fake_google_tts(delay: float = 0.0) -> Iterator[FakeGoogleTTS]:
    """Intercept all `requests` traffic; anything but the TTS endpoint (and loopback) fails as unreachable."""
    fake = FakeGoogleTTS(delay=delay)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.register(rsps)
        rsps.add_passthru(re.compile(r"http://127\.0\.0\.1:\d+/"))  # real local fakes (tests/fake_cloud_tts.py)
        yield fake
