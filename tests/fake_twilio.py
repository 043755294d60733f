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
ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
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
        form = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        username = password = None
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            username, _, password = base64.b64decode(auth[6:]).decode("utf-8").partition(":")
        recorded = Recorded(request.method, request.url, form, username, password, dict(request.headers))
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
    return self


def _add_recording(self: FakeTwilio, sid: str, audio: bytes) -> str:
    """A recording left on Twilio; returns its RecordingUrl (no extension, as Twilio sends it)."""
    self.recordings[sid] = audio
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
