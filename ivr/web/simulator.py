"""Play a whole call through the real webhooks, as Twilio would, and record what the caller hears.

Used by `ivr call`, the tests and the staff phone preview. Requests are signed
with the line's auth token, so the signature check runs as in production.
"""
from __future__ import annotations

import hashlib
import uuid
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from typing import Iterable
from urllib.parse import urlsplit

from flask import Flask
from twilio.request_validator import RequestValidator

CALLER = "+48606000111"
LINE = "+48618000000"
MAX_TURNS = 60
SILENCE = "_"  # in a key sequence: the caller says and presses nothing
MESSAGE_SECONDS = 7  # a simulated message; silence at the beep records nothing


@dataclass
class Turn:
    input: str | None
    heard: list[str] = field(default_factory=list)
    audio: list[str | None] = field(default_factory=list)
    action: str = "hangup"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class CallerInput:
    """One thing the caller does when asked: a key, words, or nothing."""

    digits: str = ""
    speech: str = ""

    def label(self) -> str:
        if self.speech:
            return f"mówi: {self.speech}"
        return f"naciska: {self.digits}" if self.digits else "cisza"


def inputs_from(press: str = "", say: Iterable[str] = ()) -> list[CallerInput]:
    """Spoken inputs first, then each key of `press` ('_' is silence)."""
    inputs = [CallerInput(speech=text) for text in say]
    inputs += [CallerInput() if key == SILENCE else CallerInput(digits=key) for key in press if not key.isspace()]
    return inputs


class CallSimulator:
    def __init__(self, app: Flask, caller: str = CALLER, dial_status: str = "no-answer", call_sid: str = "CAsimulated",
                 stable_recordings: bool = False, lang: str | None = None):
        self.app = app
        # A call started in a language ("uk"): the webhook URL names it, as /voice?lang=uk does.
        self.start = f"/voice?lang={lang}" if lang and lang != "pl" else "/voice"
        # Stable: the n-th recording of a call gets the same RecordingSid at every replay of it
        # (the staff simulator replays a call from the start at every press).
        self.stable_recordings = stable_recordings
        self._recordings = 0
        self.call_sid = call_sid  # Twilio's CallSid of this call (the statistics tie its events by it)
        self.client = app.test_client()
        self.caller = caller
        self.dial_status = dial_status
        settings = app.config["IVR_SETTINGS"]
        self.validator = RequestValidator(settings.auth_token)
        self.base = settings.public_url or "http://localhost"
        self.manifest_text = {}

    def post(self, url: str, fields: dict[str, str]) -> str:
        path = _path(url)
        form = {"CallSid": self.call_sid, "From": self.caller, "To": LINE, **fields}
        signature = self.validator.compute_signature(self.base + path, form)
        response = self.client.post(path, data=form, headers={"X-Twilio-Signature": signature})
        body = response.get_data(as_text=True)
        response.close()  # as a server does: work left for after the response runs now
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
        return body

    def call(self, inputs: Iterable[CallerInput]) -> list[Turn]:
        pending = list(inputs)
        turns: list[Turn] = []
        body, label = self.post(self.start, {}), None
        while len(turns) < MAX_TURNS:
            turn, next_request = self._turn(body, label)
            turns.append(turn)
            if next_request is None:
                break
            url, kind = next_request
            if kind == "gather":
                if not pending:
                    break  # the caller hangs up
                given = pending.pop(0)
                fields = {"Digits": given.digits} if given.digits else {}
                if given.speech:
                    fields = {"SpeechResult": given.speech, "Confidence": "0.9"}
                body, label = self.post(url, fields), given.label()
            elif kind == "dial":
                body, label = self.post(url, {"DialCallStatus": self.dial_status}), f"przełączenie: {self.dial_status}"
            elif kind == "record":
                if pending and pending[0] == CallerInput():
                    pending.pop(0)  # silence at the beep: Twilio posts nothing and follows the Redirect
                    body, label = self.post(url, {}), "nagranie: cisza"
                else:
                    body, label = self.post(url, self.recording()), f"nagranie: wiadomość, {MESSAGE_SECONDS} s"
            else:
                body, label = self.post(url, {}), None
        return turns

    def recording(self) -> dict[str, str]:
        """The Record action's fields for a message of MESSAGE_SECONDS, as Twilio sends them."""
        account = self.app.config["IVR_SETTINGS"].account_sid or "AC" + "0" * 32
        self._recordings += 1
        if self.stable_recordings:
            sid = "RE" + hashlib.sha256(f"{self.call_sid}/{self._recordings}".encode()).hexdigest()[:32]
        else:
            sid = "RE" + uuid.uuid4().hex
        return {
            "RecordingSid": sid,
            "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{account}/Recordings/{sid}",
            "RecordingDuration": str(MESSAGE_SECONDS),
        }

    def _turn(self, body: str, label: str | None) -> tuple[Turn, tuple[str, str] | None]:
        root = ET.fromstring(body)
        turn = Turn(input=label)
        for element in root.iter():
            if element.tag == "Say":
                turn.heard.append("".join(element.itertext()).strip())  # inside SSML <prosody>, <break>
                turn.audio.append(None)
            elif element.tag == "Play":
                url = (element.text or "").strip()
                turn.heard.append(self._spoken_of(url))
                turn.audio.append(url)
        for tag, kind in (("Gather", "gather"), ("Dial", "dial"), ("Record", "record")):
            found = root.find(tag)
            if found is not None:
                turn.action = kind
                return turn, (found.get("action"), kind)
        if root.find("Hangup") is not None:
            return turn, None
        redirect = root.find("Redirect")
        if redirect is not None:
            turn.action = "redirect"
            return turn, ((redirect.text or "").strip(), "redirect")
        return turn, None

    def _spoken_of(self, url: str) -> str:
        """The words in a played file, from the published manifest."""
        name = _path(url).rsplit("/", 1)[-1]
        runtime = self.app.extensions["ivr"]
        for entry in runtime.audio.entries():
            if entry.get("file") == name:
                return entry.get("spoken", name)
        return name


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def format_turns(turns: list[Turn]) -> str:
    """A transcript to read aloud."""
    lines = []
    for number, turn in enumerate(turns, 1):
        lines.append(f"— {number}. {turn.input or 'połączenie'} → {turn.action}")
        for heard, audio in zip(turn.heard, turn.audio):
            source = "nagranie" if audio else "lektor Twilio"
            lines.extend(f"   [{source}] {line}" for line in heard.splitlines())
    return "\n".join(lines)
