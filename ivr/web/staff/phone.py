"""The phone simulator page: a whole call played through the line's real webhooks.

The page keeps the keys pressed so far in its URL; each press replays the call
from the start with every key so far (ivr.web.simulator.CallSimulator, as
`ivr call` does), on a private copy of the line whose clock is the chosen
moment. That copy never texts or calls anyone and keeps nothing: it has no
Twilio account, no line number, and an in-memory database.
"""
from __future__ import annotations

import secrets
import tempfile
import threading
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Mapping

from flask import current_app
from urllib.parse import urlsplit

from ivr.call.content import ContentError
from ivr.call.schedule import WARSAW

KEYS = "123456789*0#"
SILENCE = "_"
MAX_KEYS = 40
DIAL_STATUSES = {
    "no-answer": "nikt nie odbiera",
    "busy": "numer zajęty",
    "completed": "pracownik odebrał i rozmowa się odbyła",
}
ACTIONS = {
    "gather": "Linia czeka na wybór.",
    "dial": "Linia łączy z pracownikiem ośrodka.",
    "record": "Linia nagrywa wiadomość.",
    "sms": "Linia wysyła SMS.",
    "hangup": "Linia kończy połączenie.",
    "redirect": "Linia przechodzi dalej.",
}
KEY_NAMES = {"*": "gwiazdka", "#": "krzyżyk", SILENCE: "cisza (bez wyboru)"}


class _PretendSms:
    """The simulated line "sends" the info SMS without sending anything."""

    def send_info(self, number: str, now: datetime) -> str:
        return "sent"


def _moment(args: Mapping[str, str], now: datetime) -> tuple[datetime, list[str]]:
    errors = []
    day, clock = now.date(), now.time().replace(second=0, microsecond=0)
    if args.get("date"):
        try:
            day = date.fromisoformat(args["date"])
        except ValueError:
            errors.append("Data musi mieć postać RRRR-MM-DD, np. 2026-12-24.")
    if args.get("time"):
        try:
            clock = time.fromisoformat(args["time"]).replace(second=0, microsecond=0)
        except ValueError:
            errors.append("Godzina musi mieć postać GG:MM, np. 9:30.")
    return datetime.combine(day, clock, tzinfo=WARSAW), errors


def _keys(args: Mapping[str, str]) -> str:
    keys = "".join(k for k in args.get("keys", "") if k in KEYS or k == SILENCE)
    action = args.get("action", "")
    pressed = args.get("key", "")
    if action == "reset":
        keys = ""
    elif action == "undo":
        keys = keys[:-1]
    elif pressed and len(pressed) == 1 and (pressed in KEYS or pressed == SILENCE):
        keys += pressed
    return keys[:MAX_KEYS]


def key_name(key: str) -> str:
    return KEY_NAMES.get(key, key)


def input_label(label: str | None) -> str:
    """What the caller did before a turn, as the page says it."""
    if not label:
        return "Początek połączenia"
    kind, _, value = label.partition(": ")
    if kind == "naciska":
        return f"Naciśnięto klawisz {key_name(value)}"
    if kind == "przełączenie":
        return f"Łączenie z pracownikiem: {DIAL_STATUSES.get(value, value)}"
    if kind == "mówi":
        return f"Powiedziano: {value}"
    if label == "cisza":
        return "Cisza – bez wyboru"
    return label


class _Sandbox:
    """A private copy of the line for one content version, built once and reused for
    every press: no Twilio account, no line number, an in-memory database. Its clock
    is set to the moment each replay asks for."""

    def __init__(self, runtime, create_app):
        self.content = runtime.content
        self._folder = tempfile.TemporaryDirectory(prefix="ivr-staff-simulator-")
        self._moment: datetime | None = None
        self._lock = threading.Lock()
        settings = replace(
            runtime.settings,
            auth_token=f"staff-simulator-{secrets.token_hex(8)}", account_sid="", line_number=None,
            staff_mobile=None, dev_unsigned=False, public_url=None, database_url="sqlite://",
            recordings_dir=Path(self._folder.name) / "recordings", spool_file=None,  # its spool stays private too
            stats=False,  # never counted
        )
        self.app = create_app(settings, clock=lambda: self._moment or datetime.now(WARSAW))
        self.app.extensions["ivr"].info_sms = _PretendSms()

    def call(self, moment: datetime, dial_status: str, inputs) -> list:
        from ivr.web.simulator import CallSimulator

        with self._lock:  # one replay at a time: the clock is shared
            self._moment = moment
            return CallSimulator(self.app, dial_status=dial_status).call(inputs)


_sandboxes: dict[str, _Sandbox] = {}
_sandboxes_lock = threading.Lock()


def _sandbox(runtime) -> _Sandbox:
    """The sandbox for the line's current content (a new one after every save)."""
    key = str(runtime.settings.content_dir)
    with _sandboxes_lock:
        sandbox = _sandboxes.get(key)
        if sandbox is None or sandbox.content is not runtime.content:
            sandbox = _sandboxes[key] = _Sandbox(runtime, current_app.extensions["ivr_factory"])
        return sandbox


def simulate(args: Mapping[str, str], runtime) -> dict:
    """Everything the simulator page shows for the request's arguments."""
    from ivr.web.simulator import inputs_from

    moment, errors = _moment(args, runtime.now())
    keys = _keys(args)
    dial_status = args.get("dial", "no-answer")
    if dial_status not in DIAL_STATUSES:
        dial_status = "no-answer"
    page = {
        "date": moment.date().isoformat(), "time": moment.strftime("%H:%M"), "keys": keys,
        "keys_spoken": [key_name(k) for k in keys], "dial": dial_status, "dial_statuses": DIAL_STATUSES,
        "errors": errors, "turns": [], "ended": False, "problem": None, "keypad": KEYS,
        "key_name": key_name, "actions": ACTIONS, "silence": SILENCE,
    }
    try:
        sandbox = _sandbox(runtime)
    except ContentError as exc:
        page["problem"] = f"Treść w pliku nie daje się wczytać, więc rozmowy nie można odtworzyć: {exc}"
        return page
    try:
        turns = sandbox.call(moment, dial_status, inputs_from(keys))
    except Exception as exc:  # noqa: BLE001 - shown to staff; the real line is not affected
        current_app_logger().exception("phone simulator failed")
        page["problem"] = f"Symulacja rozmowy nie powiodła się: {exc}"
        return page
    page["turns"] = [
        {
            "input": input_label(turn.input),
            "action": turn.action,
            "heard": [
                {"text": heard, "url": urlsplit(url).path if url else None}
                for heard, url in zip(turn.heard, turn.audio)
            ],
        }
        for turn in turns
    ]
    last = turns[-1] if turns else None
    # The simulator stops at a question when the keys run out; any other end is the call's end.
    page["ended"] = last is None or last.action != "gather"
    page["used_keys"] = len(turns) - 1
    return page


def current_app_logger():
    from flask import current_app

    return current_app.logger
