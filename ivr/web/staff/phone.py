"""The phone simulator page: a whole call played through the line's real webhooks.

The page keeps the keys pressed so far in its URL; each press replays the call
from the start with every key so far (ivr.web.simulator.CallSimulator, as
`ivr call` does), on a private copy of the line whose clock is the chosen
moment. That copy never texts or calls anyone: it has no Twilio account and no
line number. What a simulated caller leaves (a message, a call-back request) is
kept in the simulator's own SQLite file beside the line's data
(`simulator.sqlite3`), shared by every thread and worker process, listed on the
page under "Symulator" and never in the staff's inbox or their SMS alerts.

A call keeps one CallSid across its replays (the page's `call` field), and its
recordings get RecordingSids made from it, so a replay of the same call finds the
message it left the first time instead of leaving it again.
"""
from __future__ import annotations

import fcntl
import re
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


class _NobodyTold:
    """The simulated line's staff notice: what a simulated caller leaves never reaches a staff mobile."""

    def notify(self, now: datetime) -> str:
        return "nothing"


def _moment(args: Mapping[str, str], now: datetime) -> tuple[datetime, list[str]]:
    errors = []
    day, clock = now.date(), now.time().replace(second=0, microsecond=0)
    if args.get("date"):
        from ivr.spoken.dates import FORMATS, DateProblem, parse_date

        try:
            day = parse_date(args["date"], now.date(), relative=True)
        except DateProblem as problem:
            errors.append(f"„{problem.text}” – taki dzień nie istnieje." if problem.impossible
                          else f"„{problem.text}” nie jest datą. Proszę wpisać datę, {FORMATS}.")
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


SIMULATOR_DATABASE = "simulator.sqlite3"
CALL_ID = re.compile(r"^[0-9a-f]{16}$")


def simulator_folder(settings) -> Path:
    """Where the simulator keeps its database: beside the line's SQLite file (the instance
    folder), or beside the recordings' folder when the line runs on PostgreSQL."""
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent
    return Path(settings.recordings_dir).resolve().parent


def call_id(args: Mapping[str, str]) -> str:
    """The simulated call's id from the page, or a new one (first visit, "Rozłącz")."""
    given = args.get("call", "")
    if CALL_ID.match(given) and args.get("action") != "reset":
        return given
    return secrets.token_hex(8)


class _Sandbox:
    """A private copy of the line for one content version, built once per process and reused
    for every press: no Twilio account, no line number, the simulator's own database file.
    Its clock is set to the moment each replay asks for."""

    def __init__(self, runtime, create_app):
        self.content = runtime.content
        self._folder = tempfile.TemporaryDirectory(prefix="ivr-staff-simulator-")
        self._moment: datetime | None = None
        self._lock = threading.Lock()
        folder = simulator_folder(runtime.settings)
        folder.mkdir(parents=True, exist_ok=True)
        settings = replace(
            runtime.settings,
            auth_token=f"staff-simulator-{secrets.token_hex(8)}", account_sid="", line_number=None,
            staff_mobile=None, dev_unsigned=False, public_url=None,
            database_url=f"sqlite:///{folder / SIMULATOR_DATABASE}",
            recordings_dir=Path(self._folder.name) / "recordings", spool_file=None,  # its spool stays private too
            stats=False, keep_misses=False,  # never counted or kept
        )
        # Worker processes start their sandboxes at the same moment: one migrates the file at a time.
        with open(folder / (SIMULATOR_DATABASE + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self.app = create_app(settings, clock=lambda: self._moment or datetime.now(WARSAW))
        self.app.extensions["ivr"].info_sms = _PretendSms()
        self.app.extensions["ivr"].messages.notifier = _NobodyTold()
        self.store = self.app.extensions["ivr"].messages.store

    def call(self, moment: datetime, dial_status: str, inputs, call: str, lang: str = "pl") -> list:
        from ivr.web.simulator import CallSimulator

        with self._lock:  # one replay at a time: the clock is shared
            self._moment = moment
            return CallSimulator(self.app, dial_status=dial_status, call_sid=f"CAsim{call}",
                                 stable_recordings=True, lang=lang).call(inputs)

    def left(self) -> list:
        """What simulated callers left, newest first."""
        return list(reversed(self.store.listing(include_done=True)))

    def clear(self) -> int:
        items = self.store.listing(include_done=True)
        for item in items:
            self.store.remove(item.id)
        return len(items)

    def close(self) -> None:
        self.store.engine.dispose()
        self._folder.cleanup()


_sandboxes: dict[str, _Sandbox] = {}
_sandboxes_lock = threading.Lock()


def _sandbox(runtime) -> _Sandbox:
    """The sandbox for the line's current content (a new one after every save)."""
    key = str(runtime.settings.content_dir)
    with _sandboxes_lock:
        sandbox = _sandboxes.get(key)
        if sandbox is None or sandbox.content is not runtime.content:
            if sandbox is not None:
                sandbox.close()
            sandbox = _sandboxes[key] = _Sandbox(runtime, current_app.extensions["ivr_factory"])
        return sandbox


def simulate(args: Mapping[str, str], runtime) -> dict:
    """Everything the simulator page shows for the request's arguments."""
    from ivr.web.simulator import inputs_from

    moment, errors = _moment(args, runtime.now())
    keys = _keys(args)
    call = call_id(args)
    # "Połączenie po ukraińsku": the call starts in Ukrainian, as after key 8 or from a +380 number.
    lang = "uk" if args.get("jezyk") == "uk" else "pl"
    dial_status = args.get("dial", "no-answer")
    if dial_status not in DIAL_STATUSES:
        dial_status = "no-answer"
    page = {
        "date": moment.date().isoformat(), "time": moment.strftime("%H:%M"), "keys": keys,
        "keys_spoken": [key_name(k) for k in keys], "dial": dial_status, "dial_statuses": DIAL_STATUSES,
        "errors": errors, "turns": [], "ended": False, "problem": None, "keypad": KEYS,
        "key_name": key_name, "actions": ACTIONS, "silence": SILENCE, "call": call, "left": [],
        "ukrainian": lang == "uk", "ukrainian_offered": "uk" in getattr(runtime, "lines", {}),
    }
    try:
        sandbox = _sandbox(runtime)
    except ContentError as exc:
        page["problem"] = f"Treść w pliku nie daje się wczytać, więc rozmowy nie można odtworzyć: {exc}"
        return page
    try:
        turns = sandbox.call(moment, dial_status, inputs_from(keys), call, lang)
    except Exception as exc:  # noqa: BLE001 - shown to staff; the real line is not affected
        current_app_logger().exception("phone simulator failed")
        page["problem"] = f"Symulacja rozmowy nie powiodła się: {exc}"
        return page
    page["left"] = simulated_items(sandbox)
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


def simulated_items(sandbox: _Sandbox) -> list[dict]:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return [{"kind": item.kind, "created_at": item.created_at, "duration": item.duration, "number": item.number}
                for item in sandbox.left()]
    except SQLAlchemyError:
        current_app_logger().exception("the simulator's list cannot be read")
        return []


def clear_simulated(runtime) -> int:
    """"Wyczyść listę": removes what simulated callers left; returns how many."""
    return _sandbox(runtime).clear()


def current_app_logger():
    from flask import current_app

    return current_app.logger
