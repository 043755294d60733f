"""A faithful fake of Twilio's REST API for tests, on top of `responses`.

It answers at the real URLs, checks HTTP Basic auth and the form fields the way
Twilio does, and answers with Twilio's JSON shapes, so the real
`twilio.rest.Client` runs unchanged against it. No request leaves the machine.

    with responses.RequestsMock() as mock:
        twilio = FakeTwilio(mock).register_messages()
        twilio.fail_next("invalid_number")      # or "server_error", "connection_error"
        ... code under test uses twilio.client() or its own Client(sid, token) ...
        assert twilio.messages[0]["to"] == "+48..."

Extending it (e.g. Recordings): add a `register_recordings()` that calls
`self._route(method, path_regex, handler)`; a handler gets a `Recorded` request
and returns (status, json_body) or raises like `_messages_create` does.
"""
from __future__ import annotations

import base64
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Callable
from urllib.parse import parse_qs

import requests
import responses

from ivr.common.sms_segments import count

API = "https://api.twilio.com"
API_VERSION = "2010-04-01"
ACCOUNT_SID = "AC" + "5e0b7d2c9a4f1e8361d7c0b9a2f4e6d8"  # random-looking: `ivr doctor` refuses the docs' examples
AUTH_TOKEN = "test-auth-token"
MAX_BODY = 1600
_E164 = re.compile(r"^\+[1-9]\d{1,14}$")

FAILURES = ("invalid_number", "not_mobile", "server_error", "connection_error")


@dataclass
class Recorded:
    method: str
    url: str
    form: dict[str, str]
    username: str | None
    password: str | None
    headers: dict[str, str] = field(default_factory=dict)
    multi: dict[str, list[str]] = field(default_factory=dict)  # every value of a repeated field


class TwilioError(Exception):
    """Raised by a handler: answered as Twilio's error JSON."""

    def __init__(self, status: int, code: int, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict:
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


class FakeTwilio:
    def __init__(self, mock: responses.RequestsMock, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN):
        self.mock = mock
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.requests: list[Recorded] = []  # every request that reached the fake, in order
        self.messages: list[dict] = []  # every message created, as Twilio returned it
        self._failures: list[str] = []

    # -- set-up ----------------------------------------------------------------

    @property
    def account_url(self) -> str:
        return f"{API}/{API_VERSION}/Accounts/{self.account_sid}"

    def client(self):
        from twilio.rest import Client

        return Client(self.account_sid, self.auth_token)

    def register_messages(self) -> "FakeTwilio":
        """POST .../Messages.json (create) and GET .../Messages/SM....json (fetch)."""
        self._route("POST", r"/Messages\.json", self._messages_create)
        self._route("GET", r"/Messages/(SM[0-9a-f]{32})\.json", self._messages_fetch)
        return self

    def fail_next(self, mode: str, times: int = 1) -> None:
        """Make the next message create(s) fail: see FAILURES."""
        if mode not in FAILURES:
            raise ValueError(f"unknown failure mode {mode!r}; one of {FAILURES}")
        self._failures.extend([mode] * times)

    def posts(self, suffix: str = "/Messages.json") -> list[Recorded]:
        return [r for r in self.requests if r.method == "POST" and r.url.split("?")[0].endswith(suffix)]

    # -- plumbing --------------------------------------------------------------

    def _route(self, method: str, path: str, handler: Callable[[Recorded, re.Match], tuple[int, dict]]) -> None:
        pattern = re.compile(re.escape(API) + r"/" + API_VERSION + r"/Accounts/(AC[0-9a-zA-Z]+)" + path + r"(\?.*)?$")

        def callback(request):
            recorded = self._record(request)
            match = pattern.match(request.url)
            try:
                self._authenticate(recorded, match.group(1))
                status, body = handler(recorded, match)
            except TwilioError as error:
                status, body = error.status, error.body()
            return status, {"Content-Type": "application/json"}, json.dumps(body)

        self.mock.add_callback(method, pattern, callback=callback)

    def _record(self, request) -> Recorded:
        raw = request.body or ""
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8")
        multi = parse_qs(raw, keep_blank_values=True)
        form = {k: v[-1] for k, v in multi.items()}
        username = password = None
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            username, _, password = base64.b64decode(auth[6:]).decode("utf-8").partition(":")
        recorded = Recorded(request.method, request.url, form, username, password, dict(request.headers), multi)
        self.requests.append(recorded)
        return recorded

    def _authenticate(self, request: Recorded, account_sid: str) -> None:
        if request.username != self.account_sid or request.password != self.auth_token:
            raise TwilioError(401, 20003, "Authenticate")
        if account_sid != self.account_sid:
            raise TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{account_sid} was not found")

    # -- Messages ----------------------------------------------------------------

    def _messages_create(self, request: Recorded, match: re.Match) -> tuple[int, dict]:
        form = request.form
        if self._failures:
            mode = self._failures.pop(0)
            if mode == "connection_error":
                raise requests.exceptions.ConnectionError("Connection refused by the fake Twilio")
            if mode == "server_error":
                raise TwilioError(500, 20500, "An internal server error has occurred")
            if mode == "invalid_number":
                raise TwilioError(400, 21211, f"Invalid 'To' Phone Number: {form.get('To', '')}")
            if mode == "not_mobile":
                raise TwilioError(400, 21614, f"'To' number {form.get('To', '')} is not a valid mobile number")
        to, sender, body = form.get("To"), form.get("From"), form.get("Body")
        if not to:
            raise TwilioError(400, 21604, "A 'To' phone number is required.")
        if not sender and not form.get("MessagingServiceSid"):
            raise TwilioError(400, 21603, "A 'From' phone number is required.")
        if not body and not form.get("MediaUrl"):
            raise TwilioError(400, 21602, "Message body is required.")
        if not _E164.match(to):
            raise TwilioError(400, 21211, f"Invalid 'To' Phone Number: {to}")
        if sender and not _E164.match(sender):
            raise TwilioError(400, 21212, f"Invalid From Number (caller ID): {sender}")
        if body and len(body) > MAX_BODY:
            raise TwilioError(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
        message = self._message(to, sender, body or "")
        self.messages.append(message)
        return 201, message

    def _messages_fetch(self, request: Recorded, match: re.Match) -> tuple[int, dict]:
        sid = match.group(2)
        for message in self.messages:
            if message["sid"] == sid:
                return 200, message
        raise TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}.json was not found")

    def _message(self, to: str, sender: str | None, body: str) -> dict:
        sid = "SM" + secrets.token_hex(16)
        now = format_datetime(datetime.now(timezone.utc))
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}.json"
        return {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": sender,
            "messaging_service_sid": None,
            "num_media": "0",
            "num_segments": str(max(1, count(body).count)),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued",
            "subresource_uris": {"media": uri.replace(".json", "/Media.json")},
            "to": to,
            "uri": uri,
        }


# -- Recordings (messages callers leave: ivr/recordings.py) ------------------------------------
#
#     twilio = FakeTwilio(mock).register_recordings()
#     url = twilio.add_recording(sid, make_wav(7))        # what a <Record> left on Twilio
#     twilio.fail_media_next("truncated")                 # or "cut", "server_error", "connection_error"
#     ... code under test downloads url + ".wav", then DELETEs .../Recordings/{sid}.json
#     assert sid not in twilio.recordings                 # deleted on Twilio
#
# Media requires HTTP Basic auth here, as with "Enforce HTTP Auth on Media URLs" (what an
# office that keeps callers' voices should switch on). Failure modes of a media GET:
#   "truncated"        Content-Length of the whole file, half the body: the connection closes early
#   "cut"              the connection resets in the middle of the body
#   "server_error"     500 with Twilio's error JSON
#   "connection_error" no connection at all

MEDIA_FAILURES = ("truncated", "cut", "server_error", "connection_error")
DELETE_FAILURES = ("server_error", "connection_error")


def make_wav(seconds: float, rate: int = 8000) -> bytes:
    """A valid mono 16-bit PCM WAV file, as Twilio serves a recording."""
    import io
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(int(seconds * rate) * 2))
    return buffer.getvalue()


def _cut_body(data: bytes, limit: int):
    """A body whose connection resets after `limit` bytes."""
    import io

    class Raw(io.RawIOBase):
        position = 0

        def readable(self):
            return True

        def readinto(self, target):
            if self.position >= limit:
                raise ConnectionResetError("Connection reset by peer (fake Twilio)")
            size = min(len(target), limit - self.position)
            target[:size] = data[self.position:self.position + size]
            self.position += size
            return size

    return io.BufferedReader(Raw())


def _register_recordings(self: FakeTwilio) -> FakeTwilio:
    """GET .../Recordings/RE... (and .wav): the audio; DELETE .../Recordings/RE....json: 204."""
    self.recordings = {}  # sid -> WAV bytes still on Twilio
    self.deleted_recordings = []  # sids deleted, in order
    self._media_failures = []
    self._delete_failures = []
    self._route_raw("GET", r"/Recordings/(RE[0-9a-f]{32})(\.wav)?", self._recordings_media)
    self._route_raw("DELETE", r"/Recordings/(RE[0-9a-f]{32})\.json", self._recordings_delete)
    self.recording_calls = {}  # recording sid -> its call sid
    self.known_calls = {}  # call sid -> Twilio's Call resource (to, from, direction)
    self._route("GET", r"/Recordings\.json", self._recordings_list)
    self._route("GET", r"/Calls/(CA[0-9a-f]{32})\.json", self._calls_fetch)
    return self


def _add_call(self: FakeTwilio, call_sid: str, to: str, caller: str) -> str:
    """A call that came in to `to` (a line's number) from `caller`."""
    self.known_calls[call_sid] = {
        "sid": call_sid, "account_sid": self.account_sid, "to": to, "from": caller, "direction": "inbound",
        "status": "completed", "api_version": API_VERSION,
        "uri": f"/{API_VERSION}/Accounts/{self.account_sid}/Calls/{call_sid}.json",
    }
    return call_sid


def _recording_resource(self: FakeTwilio, sid: str) -> dict:
    """A recording as Twilio's REST API describes it (duration in seconds, as a string)."""
    import wave
    import io

    with wave.open(io.BytesIO(self.recordings[sid])) as audio:
        seconds = round(audio.getnframes() / audio.getframerate())
    created = format_datetime(datetime(2026, 11, 27, 17, 0, 5, tzinfo=timezone.utc), usegmt=False).replace("-0000", "+0000")
    return {
        "account_sid": self.account_sid, "api_version": API_VERSION, "call_sid": self.recording_calls.get(sid),
        "conference_sid": None, "date_created": created, "date_updated": created, "start_time": created,
        "duration": str(seconds), "sid": sid, "price": None, "price_unit": "USD", "status": "completed",
        "channels": 1, "source": "RecordVerb", "error_code": None, "encryption_details": None,
        "media_url": f"{self.account_url}/Recordings/{sid}",
        "uri": f"/{API_VERSION}/Accounts/{self.account_sid}/Recordings/{sid}.json",
        "subresource_uris": {
            "add_on_results": f"/{API_VERSION}/Accounts/{self.account_sid}/Recordings/{sid}/AddOnResults.json",
            "transcriptions": f"/{API_VERSION}/Accounts/{self.account_sid}/Recordings/{sid}/Transcriptions.json",
        },
    }


def _recordings_list(self: FakeTwilio, request: Recorded, match: re.Match) -> tuple[int, dict]:
    """GET .../Recordings.json, newest first, paged like Twilio (PageSize, Page, next_page_uri)."""
    from urllib.parse import urlsplit

    query = {k: v[-1] for k, v in parse_qs(urlsplit(request.url).query).items()}
    size = min(int(query.get("PageSize", 50)), 1000)
    page = int(query.get("Page", 0))
    sids = list(reversed(list(self.recordings)))
    chunk = sids[page * size:(page + 1) * size]
    base = f"/{API_VERSION}/Accounts/{self.account_sid}/Recordings.json"
    more = (page + 1) * size < len(sids)
    return 200, {
        "recordings": [self._recording_resource(sid) for sid in chunk],
        "first_page_uri": f"{base}?PageSize={size}&Page=0",
        "next_page_uri": f"{base}?PageSize={size}&Page={page + 1}&PageToken=PA{page + 1}" if more else None,
        "previous_page_uri": f"{base}?PageSize={size}&Page={page - 1}" if page else None,
        "page": page, "page_size": size, "start": page * size, "end": page * size + len(chunk) - 1,
        "uri": f"{base}?PageSize={size}&Page={page}",
    }


def _calls_fetch(self: FakeTwilio, request: Recorded, match: re.Match) -> tuple[int, dict]:
    sid = match.group(2)
    if sid not in self.known_calls:
        raise TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{self.account_sid}/Calls/{sid}.json was not found")
    return 200, self.known_calls[sid]


def _add_recording(self: FakeTwilio, sid: str, audio: bytes, call_sid: str | None = None) -> str:
    """A recording left on Twilio (of the call `call_sid`); returns its RecordingUrl (no
    extension, as Twilio sends it)."""
    self.recordings[sid] = audio
    if call_sid:
        self.recording_calls[sid] = call_sid
    return f"{self.account_url}/Recordings/{sid}"


def _fail_media_next(self: FakeTwilio, mode: str, times: int = 1) -> None:
    if mode not in MEDIA_FAILURES:
        raise ValueError(f"unknown failure mode {mode!r}; one of {MEDIA_FAILURES}")
    self._media_failures.extend([mode] * times)


def _fail_delete_next(self: FakeTwilio, mode: str, times: int = 1) -> None:
    if mode not in DELETE_FAILURES:
        raise ValueError(f"unknown failure mode {mode!r}; one of {DELETE_FAILURES}")
    self._delete_failures.extend([mode] * times)


def _media_gets(self: FakeTwilio) -> list[Recorded]:
    return [r for r in self.requests if r.method == "GET" and "/Recordings/" in r.url]


def _deletes(self: FakeTwilio) -> list[Recorded]:
    return [r for r in self.requests if r.method == "DELETE"]


def _route_raw(self: FakeTwilio, method: str, path: str, handler) -> None:
    """Like _route, but the handler returns (status, headers, body) itself: audio, or no content."""
    pattern = re.compile(re.escape(API) + r"/" + API_VERSION + r"/Accounts/(AC[0-9a-zA-Z]+)" + path + r"(\?.*)?$")

    def callback(request):
        recorded = self._record(request)
        match = pattern.match(request.url)
        try:
            self._authenticate(recorded, match.group(1))
            return handler(recorded, match)
        except TwilioError as error:
            return error.status, {"Content-Type": "application/json"}, json.dumps(error.body())

    self.mock.add_callback(method, pattern, callback=callback)


def _not_found(self: FakeTwilio, sid: str, suffix: str) -> TwilioError:
    return TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{self.account_sid}/Recordings/{sid}{suffix} was not found")


def _next_failure(failures: list) -> str | None:
    """Take the next planned failure; raise it if it is one every endpoint fails alike."""
    mode = failures.pop(0) if failures else None
    if mode == "connection_error":
        raise requests.exceptions.ConnectionError("Connection refused by the fake Twilio")
    if mode == "server_error":
        raise TwilioError(500, 20500, "An internal server error has occurred")
    return mode


def _recordings_media(self: FakeTwilio, request: Recorded, match: re.Match):
    sid = match.group(2)
    mode = _next_failure(self._media_failures)
    if sid not in self.recordings:
        raise self._not_found(sid, match.group(3) or "")
    audio = self.recordings[sid]
    headers = {"Content-Type": "audio/x-wav", "Content-Length": str(len(audio))}
    if mode == "truncated":
        return 200, headers, audio[: len(audio) // 2]
    if mode == "cut":
        return 200, headers, _cut_body(audio, len(audio) // 3)
    return 200, headers, audio


def _recordings_delete(self: FakeTwilio, request: Recorded, match: re.Match):
    sid = match.group(2)
    _next_failure(self._delete_failures)
    if sid not in self.recordings:
        raise self._not_found(sid, ".json")
    del self.recordings[sid]
    self.deleted_recordings.append(sid)
    return 204, {}, b""


# Appended to the class, so the Messages part above stays exactly as it was.
FakeTwilio.register_recordings = _register_recordings
FakeTwilio.add_recording = _add_recording
FakeTwilio.fail_media_next = _fail_media_next
FakeTwilio.fail_delete_next = _fail_delete_next
FakeTwilio.media_gets = _media_gets
FakeTwilio.deletes = _deletes
FakeTwilio._route_raw = _route_raw
FakeTwilio._not_found = _not_found
FakeTwilio._recordings_media = _recordings_media
FakeTwilio._recordings_delete = _recordings_delete


# -- Calls (the call-back bridge, "Oddzwoń": ivr/messages/bridge.py) -------------------------
#
#     twilio = FakeTwilio(mock).register_calls()
#     ... code under test POSTs .../Calls.json (To, From, Url, StatusCallback, StatusCallbackEvent...)
#     call = CallDriver(app, twilio.calls[-1])        # Twilio's voice engine for that call
#     call.answer(); call.press("1"); call.resident("completed", talk=95)
#
# Create is checked as Twilio checks it (To, From, one of Url/Twiml/ApplicationSid, E.164
# numbers, an absolute Url, a whole Timeout, known StatusCallbackEvent values). Failure modes
# of the next create: see CALL_FAILURES.

CALL_FAILURES = ("invalid_number", "unverified_from", "server_error", "connection_error")
CALL_EVENTS = ("initiated", "ringing", "answered", "completed")


def _register_calls(self: FakeTwilio) -> FakeTwilio:
    """POST .../Calls.json (create)."""
    self.calls = []  # every call created, as Twilio returned it, plus "_form"/"_events" of the request
    self._call_failures = []
    self._route("POST", r"/Calls\.json", self._calls_create)
    return self


def _fail_call_next(self: FakeTwilio, mode: str, times: int = 1) -> None:
    if mode not in CALL_FAILURES:
        raise ValueError(f"unknown failure mode {mode!r}; one of {CALL_FAILURES}")
    self._call_failures.extend([mode] * times)


def _calls_create(self: FakeTwilio, request: Recorded, match: re.Match) -> tuple[int, dict]:
    form = request.form
    mode = _next_failure(self._call_failures)
    to, sender = form.get("To", ""), form.get("From", "")
    if mode == "invalid_number":
        raise TwilioError(400, 21211, f"Invalid 'To' Phone Number: {to}")
    if mode == "unverified_from":
        raise TwilioError(400, 21210, f"The source phone number provided, {sender}, is not yet verified for your account.")
    if not to:
        raise TwilioError(400, 21201, "No 'To' number is specified")
    if not sender:
        raise TwilioError(400, 21213, "No 'From' number is specified")
    if not (form.get("Url") or form.get("Twiml") or form.get("ApplicationSid")):
        raise TwilioError(400, 21205, "Url parameter is required.")
    if not _E164.match(to):
        raise TwilioError(400, 21211, f"Invalid 'To' Phone Number: {to}")
    if not _E164.match(sender):
        raise TwilioError(400, 21212, f"Invalid From Number (caller ID): {sender}")
    for name in ("Url", "StatusCallback"):
        if form.get(name) and not re.match(r"^https?://[^/]+", form[name]):
            raise TwilioError(400, 21205, f"{name} is not a valid URL: {form[name]}")
    if "Timeout" in form and not form["Timeout"].isdigit():
        raise TwilioError(400, 21208, "Invalid Timeout")
    events = [e for value in request.multi.get("StatusCallbackEvent", []) for e in value.split()]
    if any(e not in CALL_EVENTS for e in events):
        raise TwilioError(400, 21626, f"Invalid StatusCallbackEvent: {', '.join(events)}")
    call = self._call(to, sender)
    self.calls.append({**call, "_form": dict(form), "_events": events or ["completed"]})
    return 201, call


def _call(self: FakeTwilio, to: str, sender: str) -> dict:
    sid = "CA" + secrets.token_hex(16)
    now = format_datetime(datetime.now(timezone.utc))
    uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Calls/{sid}.json"
    return {
        "account_sid": self.account_sid, "annotation": None, "answered_by": None, "api_version": API_VERSION,
        "caller_name": None, "date_created": now, "date_updated": now, "direction": "outbound-api",
        "duration": None, "end_time": None, "forwarded_from": None, "from": sender, "from_formatted": sender,
        "group_sid": None, "parent_call_sid": None, "phone_number_sid": "PN" + secrets.token_hex(16),
        "price": None, "price_unit": "USD", "queue_time": "0", "sid": sid, "start_time": None, "status": "queued",
        "subresource_uris": {"recordings": uri.replace(".json", "/Recordings.json")}, "to": to, "to_formatted": to,
        "trunk_sid": None, "uri": uri,
    }


FakeTwilio.register_calls = _register_calls
FakeTwilio.fail_call_next = _fail_call_next
FakeTwilio._calls_create = _calls_create
FakeTwilio._call = _call


class CallDriver:
    """Twilio's voice engine for one call the app created through the REST API: it posts the
    webhooks Twilio would post, in Twilio's order, signed, and follows the TwiML answered
    (Gather action, Dial action, Number statusCallback) instead of knowing the app's URLs.

    `app` is a Flask app (its test client is used, with absolute URLs, so the signature is
    computed on exactly the URL requested, as Twilio does)."""

    def __init__(self, app, call: dict, auth_token: str = AUTH_TOKEN):
        self.app = app
        self.call = call
        self.form = call["_form"]
        self.token = auth_token
        self.document_url = self.form.get("Url")
        self.twiml = None  # the last TwiML document, as an ElementTree root
        self.child_sid = None

    # -- plumbing --------------------------------------------------------------

    def _base(self, status: str) -> dict:
        return {
            "AccountSid": self.call["account_sid"], "ApiVersion": API_VERSION, "CallSid": self.call["sid"],
            "CallStatus": status, "Direction": "outbound-api", "From": self.call["from"], "To": self.call["to"],
        }

    def post(self, url: str, form: dict):
        from twilio.request_validator import RequestValidator

        signature = RequestValidator(self.token).compute_signature(url, form)
        response = self.app.test_client().post(url, data=form, headers={"X-Twilio-Signature": signature})
        assert response.status_code in (200, 204), (url, response.status_code, response.get_data(as_text=True))
        return response

    def _document(self, url: str, form: dict):
        import xml.etree.ElementTree as ET

        response = self.post(url, form)
        assert response.mimetype == "text/xml", response.mimetype
        self.document_url = url
        self.twiml = ET.fromstring(response.get_data())
        return self.twiml

    def _absolute(self, url: str) -> str:
        from urllib.parse import urljoin

        return urljoin(self.document_url, url)

    def _status(self, event: str, status: str, **extra) -> None:
        if event in self.call["_events"] and self.form.get("StatusCallback"):
            self.post(self.form["StatusCallback"], {**self._base(status), "CallbackSource": "call-progress-events", **extra})

    # -- what happens on the phone -------------------------------------------------

    def ring(self) -> None:
        self._status("initiated", "initiated")
        self._status("ringing", "ringing")

    def answer(self):
        """The phone is answered: the answered event, then Twilio fetches the call's Url."""
        self.ring()
        self._status("answered", "in-progress")
        return self._document(self.form["Url"], self._base("in-progress"))

    def not_answered(self, status: str = "no-answer") -> None:
        """Nobody answers (or busy, failed): only the completed event, with that status."""
        self.ring()
        self._status("completed", status, CallDuration="0")

    def press(self, digits: str | None):
        """A key during the current <Gather> (None: nothing pressed before its timeout)."""
        gather = self.twiml.find("Gather")
        assert gather is not None, "no <Gather> to press a key in"
        if digits is None and gather.get("actionOnEmptyResult") != "true":
            return self.twiml  # Twilio goes on with the verbs after the Gather
        form = self._base("in-progress")
        if digits is not None:
            form["Digits"] = digits
        return self._document(self._absolute(gather.get("action")), form)

    def resident(self, outcome: str, talk: int = 0):
        """The <Dial>ed party: "completed" (answered, talked `talk` s), "busy", "no-answer", "failed"."""
        if outcome == "completed":
            self.resident_answers()
        return self.resident_ends(outcome, talk)

    def _dialled(self):
        dial = self.twiml.find("Dial")
        assert dial is not None, "no <Dial> in the current TwiML"
        number = dial.find("Number")
        if self.child_sid is None:
            self.child_sid = "CA" + secrets.token_hex(16)
        child = {
            "AccountSid": self.call["account_sid"], "ApiVersion": API_VERSION, "CallSid": self.child_sid,
            "ParentCallSid": self.call["sid"], "Direction": "outbound-dial",
            "From": dial.get("callerId") or self.call["from"], "To": number.text.strip(),
            "CallbackSource": "call-progress-events",
        }
        return dial, number, (number.get("statusCallbackEvent") or "completed").split(), child

    def resident_answers(self) -> None:
        """The resident picks up: the Number's answered event."""
        dial, number, events, child = self._dialled()
        if "answered" in events and number.get("statusCallback"):
            self.post(self._absolute(number.get("statusCallback")), {**child, "CallStatus": "in-progress"})

    def resident_ends(self, outcome: str, talk: int = 0):
        """The resident's leg ends: the Number's completed event, then <Dial>'s action."""
        dial, number, events, child = self._dialled()
        if "completed" in events and number.get("statusCallback"):
            self.post(self._absolute(number.get("statusCallback")), {**child, "CallStatus": outcome, "CallDuration": str(talk)})
        form = {**self._base("in-progress"), "DialCallSid": self.child_sid, "DialCallStatus": outcome,
                "DialCallDuration": str(talk if outcome == "completed" else 0)}
        return self._document(self._absolute(dial.get("action")), form)

    def hang_up(self, duration: int = 0) -> None:
        """The staff call ends (the staff member hangs up, or the TwiML ends)."""
        self._status("completed", "completed", CallDuration=str(duration))
FakeTwilio.add_call = _add_call
FakeTwilio._recording_resource = _recording_resource
FakeTwilio._recordings_list = _recordings_list
FakeTwilio._calls_fetch = _calls_fetch
# -- Accounts and IncomingPhoneNumbers (`ivr doctor --online`, `ivr twilio connect`) ----------
#
#     twilio = FakeTwilio(mock).register_numbers()
#     number = twilio.add_number("+48618000000")          # as bought: Twilio's demo webhooks
#     twilio.account_status = "suspended"                 # GET .../Accounts/AC....json says so
#     ... code under test lists .../IncomingPhoneNumbers.json?PhoneNumber=... and POSTs
#         .../IncomingPhoneNumbers/PN....json with VoiceUrl, SmsUrl, StatusCallback, ...
#     assert twilio.numbers[number["sid"]]["voice_url"] == "https://line.example.org/voice"
#
# The JSON is Twilio's (2010-04-01): an Account, a page of incoming_phone_numbers, one
# IncomingPhoneNumber. Unknown or badly formed update fields are refused as Twilio does.

DEMO_VOICE_URL = "https://demo.twilio.com/welcome/voice/"
DEMO_SMS_URL = "https://demo.twilio.com/welcome/sms/reply"
# Form field of an update -> key of the resource's JSON.
NUMBER_FIELDS = {
    "FriendlyName": "friendly_name", "VoiceUrl": "voice_url", "VoiceMethod": "voice_method",
    "VoiceFallbackUrl": "voice_fallback_url", "VoiceFallbackMethod": "voice_fallback_method",
    "VoiceApplicationSid": "voice_application_sid", "SmsUrl": "sms_url", "SmsMethod": "sms_method",
    "SmsFallbackUrl": "sms_fallback_url", "SmsFallbackMethod": "sms_fallback_method",
    "SmsApplicationSid": "sms_application_sid", "StatusCallback": "status_callback",
    "StatusCallbackMethod": "status_callback_method", "VoiceCallerIdLookup": "voice_caller_id_lookup",
    "TrunkSid": "trunk_sid",
}
_URL_FIELDS = {"VoiceUrl", "VoiceFallbackUrl", "SmsUrl", "SmsFallbackUrl", "StatusCallback"}
_METHOD_FIELDS = {"VoiceMethod", "VoiceFallbackMethod", "SmsMethod", "SmsFallbackMethod", "StatusCallbackMethod"}


def _register_numbers(self: FakeTwilio) -> FakeTwilio:
    """GET .../Accounts/AC....json, GET .../IncomingPhoneNumbers.json, POST .../IncomingPhoneNumbers/PN....json."""
    self.numbers = {}  # sid -> the IncomingPhoneNumber JSON, as Twilio holds it
    self.account_status = "active"
    self._route("GET", r"\.json", self._account_fetch)
    self._route("GET", r"/IncomingPhoneNumbers\.json", self._numbers_list)
    self._route("POST", r"/IncomingPhoneNumbers/(PN[0-9a-f]{32})\.json", self._number_update)
    return self


def _add_number(self: FakeTwilio, phone_number: str, **fields) -> dict:
    """A number in the account, with what the console gives a new number unless `fields` say otherwise."""
    sid = "PN" + secrets.token_hex(16)
    now = format_datetime(datetime.now(timezone.utc))
    uri = f"/{API_VERSION}/Accounts/{self.account_sid}/IncomingPhoneNumbers/{sid}.json"
    number = {
        "account_sid": self.account_sid, "address_requirements": "none", "address_sid": None,
        "api_version": API_VERSION, "beta": False, "bundle_sid": None,
        "capabilities": {"fax": False, "mms": True, "sms": True, "voice": True},
        "date_created": now, "date_updated": now, "emergency_address_sid": None,
        "emergency_address_status": "unregistered", "emergency_status": "Active",
        "friendly_name": phone_number, "identity_sid": None, "origin": "twilio", "phone_number": phone_number,
        "sid": sid, "sms_application_sid": "", "sms_fallback_method": "POST", "sms_fallback_url": "",
        "sms_method": "POST", "sms_url": DEMO_SMS_URL, "status": "in-use", "status_callback": "",
        "status_callback_method": "POST",
        "subresource_uris": {"assigned_add_ons": uri.replace(".json", "/AssignedAddOns.json")},
        "trunk_sid": None, "uri": uri, "voice_application_sid": "", "voice_caller_id_lookup": False,
        "voice_fallback_method": "POST", "voice_fallback_url": None, "voice_method": "POST",
        "voice_receive_mode": "voice", "voice_url": DEMO_VOICE_URL,
    }
    number.update(fields)
    self.numbers[sid] = number
    return number


def _account_fetch(self: FakeTwilio, request: Recorded, match: re.Match) -> tuple[int, dict]:
    uri = f"/{API_VERSION}/Accounts/{self.account_sid}"
    return 200, {
        "auth_token": self.auth_token, "date_created": "Thu, 04 Sep 2025 08:00:00 +0000",
        "date_updated": "Thu, 04 Sep 2025 08:00:00 +0000", "friendly_name": "OPS Kleszczewo",
        "owner_account_sid": self.account_sid, "sid": self.account_sid, "status": self.account_status,
        "subresource_uris": {name: f"{uri}/{name}.json" for name in ("IncomingPhoneNumbers", "Messages", "Recordings", "Calls")},
        "type": "Full", "uri": f"{uri}.json",
    }


def _query(request: Recorded) -> dict[str, str]:
    query = request.url.partition("?")[2]
    return {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}


def _number_matches(pattern: str, phone_number: str) -> bool:
    """Twilio's PhoneNumber filter: digits of a whole or partial number, '*' any one digit."""
    wanted = re.sub(r"[^\d*]", "", pattern)
    regex = re.compile(re.escape(wanted).replace(r"\*", r"\d"))
    return bool(regex.search(re.sub(r"\D", "", phone_number)))


def _numbers_list(self: FakeTwilio, request: Recorded, match: re.Match) -> tuple[int, dict]:
    query = _query(request)
    size = int(query.get("PageSize", "50"))
    found = [n for n in self.numbers.values()
             if ("PhoneNumber" not in query or _number_matches(query["PhoneNumber"], n["phone_number"]))
             and ("FriendlyName" not in query or query["FriendlyName"] == n["friendly_name"])]
    page = found[:size]
    uri = f"/{API_VERSION}/Accounts/{self.account_sid}/IncomingPhoneNumbers.json"
    filters = "".join(f"{k}={v}&" for k, v in query.items() if k not in {"PageSize", "Page", "PageToken"})
    return 200, {
        "end": max(len(page) - 1, 0), "first_page_uri": f"{uri}?{filters}PageSize={size}&Page=0",
        "incoming_phone_numbers": page, "next_page_uri": None, "page": 0, "page_size": size,
        "previous_page_uri": None, "start": 0, "uri": f"{uri}?{filters}PageSize={size}&Page=0",
    }


def _number_update(self: FakeTwilio, request: Recorded, match: re.Match) -> tuple[int, dict]:
    sid = match.group(2)
    number = self.numbers.get(sid)
    if number is None:
        raise TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{self.account_sid}/IncomingPhoneNumbers/{sid}.json was not found")
    changes = {}
    for name, value in request.form.items():
        if name not in NUMBER_FIELDS:
            raise TwilioError(400, 20001, f"Unknown parameter {name}")
        if name in _URL_FIELDS and value and not re.match(r"^https?://[^\s/]+", value):
            raise TwilioError(400, 21502, f"{name} is not valid")
        if name in _METHOD_FIELDS and value.upper() not in {"GET", "POST"}:
            raise TwilioError(400, 20001, f"{name} must be GET or POST")
        changes[NUMBER_FIELDS[name]] = value.upper() if name in _METHOD_FIELDS else value
    number.update(changes)
    number["date_updated"] = format_datetime(datetime.now(timezone.utc))
    return 200, number


def _number_updates(self: FakeTwilio) -> list[Recorded]:
    return [r for r in self.requests if r.method == "POST" and "/IncomingPhoneNumbers/" in r.url]


FakeTwilio.register_numbers = _register_numbers
FakeTwilio.add_number = _add_number
FakeTwilio.number_updates = _number_updates
FakeTwilio._account_fetch = _account_fetch
FakeTwilio._numbers_list = _numbers_list
FakeTwilio._number_update = _number_update
