"""Faithful local fakes of the two official speech APIs, as real HTTP servers on 127.0.0.1.

Azure AI Speech (REST):
  POST /cognitiveservices/v1 with Ocp-Apim-Subscription-Key, Content-Type application/ssml+xml,
  X-Microsoft-OutputFormat; the SSML must be <speak xml:lang=...><voice name=...>text</voice></speak>
  with a known voice. Answers 200 with the audio as the body (audio/x-wav, RIFF, 8 kHz mono
  mu-law); 401 with Azure's "Access denied" JSON for a wrong key; 400 for a wrong header,
  SSML or voice. GET /cognitiveservices/voices/list: the Polish voices.
Google Cloud Text-to-Speech (v1):
  POST /v1/text:synthesize with the key in X-Goog-Api-Key (or ?key=); JSON with input.ssml
  (or input.text), voice.languageCode/name, audioConfig.audioEncoding/sampleRateHertz.
  Answers {"audioContent": base64 of a WAV (header included, as Google documents for MULAW)};
  errors as Google's JSON {"error": {"code", "message", "status", "details"}}: a wrong key is
  400 INVALID_ARGUMENT with reason API_KEY_INVALID. GET /v1/voices?languageCode=pl-PL.

The audio is real speech: espeak-ng Polish of the requested text, resampled to 8 kHz.
Every request is recorded (`calls`); outcomes can be queued (`fail_next`) or fixed
(`fail_always`): 401, 403, 429, 500, 503 (int), ("retry_after", seconds) for a 429 with
Retry-After, "timeout" (holds the answer `hold` seconds), "cut" (Content-Length promises more
than is sent), "truncated_wav" (a WAV whose data chunk is shorter than its header says),
"mp3", "stereo", "rate16k", "raw" (headerless mu-law), "no_audio" (Google: JSON without
audioContent; Azure: an empty 200), "html" (a 200 HTML page).

    python tests/fake_cloud_tts.py azure|google [--port 8913]   (for trying the CLI by hand)
"""
from __future__ import annotations

import argparse
import base64
import functools
import json
import struct
import threading
import time
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from ivr.audio import ffmpeg  # noqa: F401  (first: quiet audioop/pydub import)

import audioop  # noqa: E402

KEY = "fake-key-0123456789"
AZURE_VOICES = ["pl-PL-ZofiaNeural", "pl-PL-AgnieszkaNeural", "pl-PL-MarekNeural",
                "uk-UA-PolinaNeural", "uk-UA-OstapNeural"]
GOOGLE_VOICES = ["pl-PL-Wavenet-A", "pl-PL-Wavenet-B", "pl-PL-Standard-A", "pl-PL-Chirp3-HD-Achernar",
                 "uk-UA-Standard-A", "uk-UA-Wavenet-A"]


def locale(voice: str | None) -> str:
    """'uk-UA-PolinaNeural' -> 'uk-UA': the language a voice speaks."""
    return "-".join((voice or "").split("-")[:2])
SSML_NS = "{http://www.w3.org/2001/10/synthesis}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
AZURE_401 = {"error": {"code": "401", "message": "Access denied due to invalid subscription key or wrong API endpoint. "
                       "Make sure to provide a valid key for an active subscription and use a correct regional API "
                       "endpoint for your resource."}}
GOOGLE_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL",
                 503: "UNAVAILABLE"}


@dataclass
class Call:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes
    text: str = ""  # the words the fake spoke
    outcome: object = None


@functools.cache
def speech_pcm(text: str, rate: int = 8000) -> bytes:
    """Polish espeak-ng speech of `text`, 16-bit mono at `rate` (cached: espeak gives the same bytes
    for the same text, and a whole catalogue's build asks for each sentence again in every test)."""
    from ivr.audio.engines import EspeakEngine

    seg = EspeakEngine().synthesize(text)
    pcm, _ = audioop.ratecv(seg.raw_data, 2, 1, seg.frame_rate, rate, None)
    return pcm


def wav(payload: bytes, tag: int, bits: int, rate: int = 8000, channels: int = 1, extended: bool = False,
        declared: int | None = None) -> bytes:
    """A RIFF/WAVE file; `extended` writes the 18-byte fmt (cbSize) and a fact chunk, as
    non-PCM WAVs usually have; `declared` overrides the data chunk's size (a lie)."""
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    chunks = b"fmt " + struct.pack("<I", len(fmt) + (2 if extended else 0)) + fmt + (b"\0\0" if extended else b"")
    if extended:
        chunks += b"fact" + struct.pack("<II", 4, len(payload) // max(1, block))
    size = len(payload) if declared is None else declared
    chunks += b"data" + struct.pack("<I", size) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def mulaw_wav(text: str, extended: bool) -> bytes:
    return wav(audioop.lin2ulaw(speech_pcm(text), 2), 7, 8, extended=extended)


def audio_for(outcome, text: str, extended: bool) -> bytes:
    """The audio bytes of a 200 answer for an audio-shaped outcome."""
    if outcome == "truncated_wav":
        good = mulaw_wav(text, extended)
        return good[:len(good) // 2]
    if outcome == "mp3":
        return b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 200
    if outcome == "stereo":
        mono = audioop.lin2ulaw(speech_pcm(text), 2)
        return wav(b"".join(bytes([b, b]) for b in mono), 7, 8, channels=2)
    if outcome == "rate16k":
        return wav(audioop.lin2ulaw(speech_pcm(text, 16000), 2), 7, 8, rate=16000)
    if outcome == "raw":
        return audioop.lin2ulaw(speech_pcm(text), 2)
    if outcome == "no_audio":
        return b""
    return mulaw_wav(text, extended)


@dataclass
class FakeCloudTTS:
    provider: str  # "azure" | "google"
    key: str = KEY
    hold: float = 2.0  # how long "timeout" holds an answer
    calls: list[Call] = field(default_factory=list)
    _queue: deque = field(default_factory=deque)
    _always: object = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    # -- control

    def fail_next(self, *outcomes) -> None:
        with self._lock:
            self._queue.extend(outcomes)

    def fail_always(self, outcome) -> None:
        with self._lock:
            self._always = outcome

    def recover(self) -> None:
        with self._lock:
            self._queue.clear()
            self._always = None

    def _outcome(self):
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            return self._always

    def synth_calls(self) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == "POST"]

    def spoken(self) -> list[str]:
        return [c.text for c in self.synth_calls() if c.outcome is None]

    # -- the server

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        return self.base + ("/cognitiveservices/v1" if self.provider == "azure" else "/v1/text:synthesize")

    def start(self) -> "FakeCloudTTS":
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        # poll_interval: how long stop() waits for the loop to notice (0.5 s by default, per test).
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"fake-{self.provider}",
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeCloudTTS":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Refuse(Exception):
    def __init__(self, status: int, body: dict | str, headers: dict | None = None):
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}


def _handler(fake: FakeCloudTTS):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str, headers: dict | None = None,
                  length: int | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()

        def _json(self, status: int, body, headers: dict | None = None) -> None:
            self._send(status, json.dumps(body).encode(), "application/json; charset=UTF-8", headers)

        def _record(self, method: str) -> Call:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            call = Call(method, parts.path, parse_qs(parts.query), dict(self.headers.items()), body)
            with fake._lock:
                fake.calls.append(call)
            return call

        def _refusal(self, status: int, message: str, reason: str | None = None) -> _Refuse:
            if fake.provider == "azure":
                return _Refuse(status, AZURE_401 if status == 401 else message)
            error = {"code": status, "message": message, "status": GOOGLE_STATUS.get(status, "UNKNOWN")}
            if reason:
                error["details"] = [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": reason,
                                     "domain": "googleapis.com"}]
            return _Refuse(status, {"error": error})

        def _check_key(self, call: Call) -> None:
            if fake.provider == "azure":
                if call.headers.get("Ocp-Apim-Subscription-Key") != fake.key:
                    raise self._refusal(401, "")
            else:
                key = call.headers.get("X-Goog-Api-Key") or (call.query.get("key") or [None])[0]
                if key != fake.key:
                    raise self._refusal(400, "API key not valid. Please pass a valid API key.", "API_KEY_INVALID")

        def _answer_refusal(self, refuse: _Refuse) -> None:
            if isinstance(refuse.body, dict):
                self._json(refuse.status, refuse.body, refuse.headers)
            else:
                self._send(refuse.status, refuse.body.encode(), "text/plain", refuse.headers)

        def do_GET(self) -> None:  # noqa: N802 - the voice lists (doctor --online)
            call = self._record("GET")
            try:
                self._check_key(call)
                if fake.provider == "azure" and call.path == "/cognitiveservices/voices/list":
                    self._json(200, [{"Name": f"Microsoft Server Speech Text to Speech Voice ({locale(v)}, {v[6:]})",
                                      "ShortName": v, "Locale": locale(v), "VoiceType": "Neural"} for v in AZURE_VOICES])
                elif fake.provider == "google" and call.path == "/v1/voices":
                    lang = (call.query.get("languageCode") or [""])[0]
                    self._json(200, {"voices": [{"languageCodes": [locale(v)], "name": v, "ssmlGender": "FEMALE",
                                                 "naturalSampleRateHertz": 24000}
                                                for v in GOOGLE_VOICES if not lang or lang == locale(v)]})
                else:
                    self._send(404, b"not found", "text/plain")
            except _Refuse as refuse:
                self._answer_refusal(refuse)

        def do_POST(self) -> None:  # noqa: N802
            call = self._record("POST")
            try:
                self._check_key(call)
                if fake.provider == "azure":
                    text = self._azure_text(call)
                else:
                    text = self._google_text(call)
                call.text = text
                outcome = call.outcome = fake._outcome()
                self._answer(outcome, text)
            except _Refuse as refuse:
                call.outcome = call.outcome or refuse.status
                self._answer_refusal(refuse)

        # -- request validation, as each provider does it

        def _azure_text(self, call: Call) -> str:
            if call.path != "/cognitiveservices/v1":
                raise _Refuse(404, "not found")
            if call.headers.get("Content-Type", "").split(";")[0].strip() != "application/ssml+xml":
                raise _Refuse(415, "Unsupported Media Type")
            if call.headers.get("X-Microsoft-OutputFormat") != "riff-8khz-8bit-mono-mulaw":
                raise _Refuse(400, "unexpected output format")
            if not call.headers.get("User-Agent"):
                raise _Refuse(400, "User-Agent required")
            try:
                root = ET.fromstring(call.body.decode("utf-8"))
            except (ET.ParseError, UnicodeDecodeError):
                raise _Refuse(400, "invalid SSML") from None
            voice = root.find(f"{SSML_NS}voice")
            if root.tag != f"{SSML_NS}speak" or voice is None or root.get(XML_LANG) != locale(voice.get("name")) \
                    or root.get("version") != "1.0":
                raise _Refuse(400, "invalid SSML")
            if voice.get("name") not in AZURE_VOICES:
                raise _Refuse(400, f"unsupported voice {voice.get('name')}")
            return " ".join("".join(voice.itertext()).split())

        def _google_text(self, call: Call) -> str:
            if call.path != "/v1/text:synthesize":
                raise _Refuse(404, "not found")
            try:
                body = json.loads(call.body)
                source, voice, config = body["input"], body["voice"], body["audioConfig"]
            except (ValueError, KeyError, TypeError):
                raise self._refusal(400, "Invalid JSON payload received.") from None
            if len(source) != 1 or not ({"text", "ssml"} & set(source)):
                raise self._refusal(400, "Either `input.text` or `input.ssml` must be set.")
            if voice.get("name") not in GOOGLE_VOICES or voice.get("languageCode") != locale(voice.get("name")):
                raise self._refusal(400, f"Voice '{voice.get('name')}' does not exist. Is it misspelled?")
            if config.get("audioEncoding") != "MULAW" or config.get("sampleRateHertz") != 8000:
                raise self._refusal(400, "unexpected audio config for this fake")
            if "ssml" in source:
                try:
                    root = ET.fromstring(source["ssml"])
                except ET.ParseError:
                    raise self._refusal(400, "Invalid SSML.") from None
                if root.tag != "speak":
                    raise self._refusal(400, "Invalid SSML.")
                return " ".join("".join(root.itertext()).split())
            return " ".join(source["text"].split())

        # -- the answer

        def _answer(self, outcome, text: str) -> None:
            if isinstance(outcome, tuple) and outcome[0] == "retry_after":
                raise _Refuse(429, {"error": {"code": 429, "message": "Too many requests",
                                              "status": "RESOURCE_EXHAUSTED"}} if fake.provider == "google"
                              else "Too many requests", {"Retry-After": str(outcome[1])})
            if isinstance(outcome, int):
                if outcome == 429 and fake.provider == "azure":
                    raise _Refuse(429, "Too many requests")
                raise self._refusal(outcome, {401: "Unauthorized", 403: "The caller does not have permission",
                                              429: "Quota exceeded", 500: "Internal error",
                                              503: "The service is currently unavailable."}.get(outcome, "error"))
            if outcome == "timeout":
                time.sleep(fake.hold)
            if outcome == "html":
                return self._send(200, b"<html><body>Service maintenance</body></html>", "text/html")
            audio = audio_for(outcome, text, extended=fake.provider == "google")
            if fake.provider == "azure":
                body, content_type = audio, "audio/x-wav"
            elif outcome == "no_audio":
                body, content_type = b"{}", "application/json; charset=UTF-8"
            else:
                body = json.dumps({"audioContent": base64.b64encode(audio).decode()}).encode()
                content_type = "application/json; charset=UTF-8"
            if outcome == "cut":
                self._send(200, body[:len(body) // 2], content_type, length=len(body))
                self.close_connection = True
                return
            self._send(200, body, content_type)

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("provider", choices=["azure", "google"])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    fake = FakeCloudTTS(args.provider)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), _handler(fake))
    fake._server = server
    variable = "IVR_AZURE_TTS_URL" if args.provider == "azure" else "IVR_GOOGLE_TTS_URL"
    key = "IVR_AZURE_SPEECH_KEY" if args.provider == "azure" else "IVR_GOOGLE_TTS_KEY"
    print(f"{variable}={fake.url} {key}={fake.key}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
