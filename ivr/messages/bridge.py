""""Oddzwoń": the line rings the staff member's phone, then connects the resident.

The staff member presses "Oddzwoń" (staff page or `ivr messages call`). The line asks
Twilio's REST API (Calls resource) to ring the phone the staff member is at, from the
line's own number. When they answer, a whisper gives the resident's number; pressing 1
dials the resident with the line's number (IVR_LINE_NUMBER) as caller ID, so the resident
sees the number they called. Anything else, or hanging up, cancels.

CallBridge keeps every attempt (bridge_store) and moves it on Twilio's webhooks, which
the web layer (ivr/web/bridge.py) passes in; the TwiML itself is built in ivr.call.twiml.
Safety lives here: only callable numbers, none abroad unless allowed, one bridge per item
at a time, at most `per_hour` per staff member per hour; numbers are masked in the logs.

Statistics hook: `subscribe(listener)`; the listener gets the Attempt when it starts
(`attempt.active`) and once more when it ends (`attempt.state`, COMPLETED = answered).
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from ivr.common.callerid import callable_number, contact_number, parse, written_groups
from ivr.common.polish import minutes_seconds, plural
from ivr.common.privacy import mask_number
from ivr.common.twilio_rest import error_reason, has_credentials, rest_client
from ivr.messages.bridge_store import (
    ACTIVE, CALLING_STAFF, CANCELLED, COMPLETED, CONNECTING, FAILED, IN_CALL, LOST, RESIDENT_BUSY,
    RESIDENT_NO_ANSWER, STAFF_BUSY, STAFF_NO_ANSWER, AlreadyActive, Attempt, BridgeStore, LimitReached,
)
from ivr.messages.store import Message, Store

log = logging.getLogger(__name__)

__all__ = ["Attempt", "CallBridge", "CallUrls", "StartResult", "STATE_LABELS", "describe"]

STATE_LABELS = {
    CALLING_STAFF: "Dzwonię do pracownika",
    CONNECTING: "Łączę z mieszkańcem",
    IN_CALL: "Rozmowa trwa",
    COMPLETED: "Zakończona",
    STAFF_NO_ANSWER: "Nie odebrał pracownik",
    STAFF_BUSY: "Zajęte (telefon pracownika)",
    RESIDENT_NO_ANSWER: "Nie odebrał mieszkaniec",
    RESIDENT_BUSY: "Zajęte (mieszkaniec)",
    CANCELLED: "Anulowane – bez połączenia z mieszkańcem",
    FAILED: "Nie udało się połączyć",
    LOST: "Stan nieznany – brak wiadomości od Twilio",
}

# What the staff member hears (Twilio's Polish voice; the number in its groups).
WHISPER = "Połączenie z mieszkańcem, numer {numer}. Proszę nacisnąć jeden, aby połączyć."
SAY_CONNECTING = "Łączymy."
SAY_CANCELLED = "Nie łączymy z mieszkańcem. Do usłyszenia."
SAY_OUTCOME = {
    RESIDENT_BUSY: "Numer mieszkańca jest zajęty. Do usłyszenia.",
    RESIDENT_NO_ANSWER: "Mieszkaniec nie odebrał. Do usłyszenia.",
    FAILED: "Nie udało się połączyć z mieszkańcem. Do usłyszenia.",
}

CALL_SID = re.compile(r"CA[0-9a-f]{32}")  # Twilio's CallSid of the staff phone's call
STAFF_RING_SECONDS = 30  # the staff phone rings this long (the Calls resource's Timeout)
RESIDENT_RING_SECONDS = 30  # the resident's phone (<Dial timeout>)
REST_TIMEOUT = 10.0  # seconds for Twilio's REST API; the staff member waits for the page
HOUR = timedelta(hours=1)
# An attempt Twilio has said nothing about for this long is over (Twilio's calls last at most 4 h).
STALE = {CALLING_STAFF: timedelta(minutes=10), CONNECTING: timedelta(minutes=15), IN_CALL: timedelta(hours=4, minutes=5)}

# Twilio's final CallStatus / DialCallStatus values, for each leg.
_STAFF_LEG = {"busy": STAFF_BUSY, "no-answer": STAFF_NO_ANSWER, "failed": FAILED, "canceled": FAILED}
_RESIDENT_LEG = {
    "completed": COMPLETED, "answered": COMPLETED, "busy": RESIDENT_BUSY, "no-answer": RESIDENT_NO_ANSWER,
    "failed": FAILED, "canceled": CANCELLED,
}


def describe(attempt: Attempt) -> str:
    """'Rozmowa trwa', 'Zakończona (3 min 12 s)'…"""
    label = STATE_LABELS.get(attempt.state, attempt.state)
    if attempt.state == COMPLETED and attempt.duration is not None:
        return f"{label} ({minutes_seconds(attempt.duration)})"
    return label


@dataclass(frozen=True)
class CallUrls:
    """Where Twilio asks what the staff phone hears, and where it reports the call's progress."""
    answer: str
    status: str


@dataclass(frozen=True)
class StartResult:
    ok: bool
    code: str  # "started" or why not
    message: str  # Polish, for staff
    attempt: Attempt | None = None


def _seconds(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and int(value) < 24 * 3600 else None


# Twilio's error codes about the number called (the staff member's phone): only these are hers to check.
_TO_NUMBER_CODES = {21211, 21214, 21215, 21216, 21217, 13223, 13224, 13225}


def twilio_refusal(exc: Exception, phone: str) -> str:
    """Why Twilio did not place the call, as what it is: Twilio unreachable or busy, the line's
    account or number, or (only then) the staff member's own phone number."""
    from twilio.base.exceptions import TwilioRestException

    if not isinstance(exc, TwilioRestException):  # no answer from Twilio at all
        return "Nie udało się połączyć z Twilio – proszę spróbować za chwilę."
    if exc.code in _TO_NUMBER_CODES:
        return (f"Twilio nie może zadzwonić na Pana/Pani telefon ({phone}). Proszę sprawdzić ten numer "
                "w polu „Mój telefon do oddzwaniania”.")
    if exc.status in (401, 403) or exc.code in (20003, 20005, 21210, 21212):
        return ("Twilio odmówił połączenia z powodu ustawień konta infolinii (dane konta albo numer infolinii). "
                "Proszę zwrócić się do administratora.")
    return "Twilio chwilowo nie przyjmuje połączeń – proszę spróbować za chwilę."


class CallBridge:
    def __init__(
        self, store: BridgeStore, messages: Store, client_factory: Callable[[], object] | None,
        line_number: str | None, *, office_phone: str | None = None, international: bool = False, per_hour: int = 10,
    ):
        self.store = store
        self.messages = messages
        self._factory = client_factory
        self.line_number = line_number
        self.international = international
        self.per_hour = per_hour
        self.office_phone = self.phone_number(office_phone)
        self._client = None
        self._client_lock = threading.Lock()
        self._listeners: list[Callable[[Attempt], None]] = []

    @classmethod
    def from_settings(cls, settings, messages: Store) -> "CallBridge":
        factory = (lambda: rest_client(settings, REST_TIMEOUT)) if has_credentials(settings) else None
        return cls(
            BridgeStore(messages), messages, factory, settings.line_number, office_phone=settings.office_phone,
            international=settings.callback_international, per_hour=settings.callback_per_hour,
        )

    def subscribe(self, listener: Callable[[Attempt], None]) -> None:
        """Called with the Attempt when one starts and when it ends (statistics)."""
        self._listeners.append(listener)

    # -- what may be called ---------------------------------------------------------

    def missing(self) -> str | None:
        """Why the line cannot call back now (Polish, for staff), or None."""
        lacking = []
        if self._factory is None:
            lacking.append("danych konta Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)")
        if not self.line_number:
            lacking.append("numeru infolinii (IVR_LINE_NUMBER)")
        if not lacking:
            return None
        return (f"Oddzwanianie przez infolinię jest niedostępne: w ustawieniach brakuje {' oraz '.join(lacking)}. "
                "Proszę poprosić administratora o ich uzupełnienie.")

    def phone_number(self, number: str | None) -> str | None:
        """`number` in E.164 form if the line may call it: callable, and in Poland unless
        calls abroad are allowed (IVR_CALLBACK_INTERNATIONAL)."""
        return contact_number(number, self.international)

    def refusal(self, number: str | None) -> str | None:
        """Why an item's number gets no "Oddzwoń" (Polish), or None when it may be called."""
        if callable_number(number) is None:
            if parse(number) is not None:  # a real number, but no one's own phone (issue 34, N8)
                return ("To nie jest numer stacjonarny ani komórkowy (np. numer o podwyższonej opłacie, infolinia "
                        "albo telefon satelitarny) – na takie numery nie oddzwaniamy.")
            return "Numer ukryty albo niepełny – nie można oddzwonić."
        if self.phone_number(number) is None:
            return "Numer zagraniczny – oddzwanianie za granicę jest wyłączone w ustawieniach (IVR_CALLBACK_INTERNATIONAL)."
        return None

    def phone_for(self, login: str) -> str | None:
        """The phone a staff member saved, else the office landline."""
        return self.phone_number(self.store.saved_phone(login)) or self.office_phone

    def typed_phone(self, typed: str | None) -> str | None:
        """A staff member's phone as they typed it; a Polish number may come without its +48."""
        typed = (typed or "").strip()
        return self.phone_number(typed if typed.startswith("+") else "+48" + typed)

    def save_phone(self, login: str, number: str, now: datetime) -> str | None:
        """Save the phone a staff member is at; None when it cannot be called."""
        found = self.typed_phone(number)
        if found is not None:
            self.store.save_phone(login, found, now)
        return found

    # -- starting a bridge ---------------------------------------------------------

    def start(self, message_id: int, login: str, staff_phone: str | None, urls: Callable[[int], CallUrls],
              now: datetime) -> StartResult:
        """Ring the staff phone; the rest follows on Twilio's webhooks. Never raises for Twilio."""
        missing = self.missing()
        if missing:
            return StartResult(False, "not_configured", missing)
        message: Message | None = self.messages.get(message_id)
        if message is None:
            return StartResult(False, "no_item", "Nie znaleziono tej pozycji – mogła zostać już usunięta.")
        refusal = self.refusal(message.number)
        if refusal:
            return StartResult(False, "not_callable", refusal)
        phone = self.phone_number(staff_phone)
        if phone is None:
            return StartResult(False, "bad_staff_phone", (
                "Nie można zadzwonić na podany telefon pracownika. Proszę podać pełny numer, np. +48 600 100 200."
                + ("" if self.international else " Numery zagraniczne są wyłączone w ustawieniach.")))
        self.expire_stale(now)
        try:  # the hourly limit is counted in the insert itself: atomic across threads and workers
            attempt = self.store.open(message_id, login, phone, now, per_hour=self.per_hour, since=now - HOUR)
        except LimitReached as limit:
            return StartResult(False, "limit", (
                f"W ciągu ostatniej godziny uruchomiono już {limit.started} "
                f"{plural(limit.started, 'połączenie', 'połączenia', 'połączeń')} – to najwięcej, ile można. "
                "Proszę spróbować później."))
        except AlreadyActive:
            return StartResult(False, "active", "Połączenie w tej sprawie już trwa. Proszę poczekać na jego koniec.")
        self._tell(attempt)
        call_urls = urls(attempt.id)
        try:
            call = self._client_once().calls.create(
                to=phone, from_=self.line_number, url=call_urls.answer, method="POST",
                status_callback=call_urls.status, status_callback_method="POST",
                status_callback_event=["answered", "completed"], timeout=STAFF_RING_SECONDS,
            )
        except Exception as exc:  # noqa: BLE001 - a refused call is reported on the page, never an error page
            log.warning("bridge %s: call to staff phone %s not placed: %s", attempt.id, mask_number(phone), error_reason(exc))
            self._finish(attempt.id, FAILED, {CALLING_STAFF}, now)
            return StartResult(False, "twilio", twilio_refusal(exc, phone), self.store.get(attempt.id))
        self.store.fill(attempt.id, "staff_call_sid", getattr(call, "sid", None))
        log.info("bridge %s: item %s, %s rings staff phone %s", attempt.id, message_id, login, mask_number(phone))
        return StartResult(True, "started", "Dzwonimy na Pana/Pani telefon. Proszę odebrać.", self.store.get(attempt.id))

    # -- Twilio's webhooks -------------------------------------------------------------

    def staff_answered(self, attempt_id: int, call_sid: str, now: datetime) -> str | None:
        """The staff phone answered: the whisper to play, or None when nothing is to be connected."""
        attempt = self._own(attempt_id, call_sid)
        if attempt is None or attempt.state != CALLING_STAFF:
            return None
        self.store.fill(attempt_id, "staff_answered_at", now)
        written = written_groups(self._resident_of(attempt))
        return WHISPER.format(numer=written) if written else None

    def key_pressed(self, attempt_id: int, call_sid: str, digits: str, now: datetime) -> str | None:
        """The resident's number to dial when the staff member pressed 1; None: cancelled."""
        attempt = self._own(attempt_id, call_sid)
        if attempt is None:
            return None
        resident = self._resident_of(attempt)
        if digits.strip() == "1" and resident and self.store.move(attempt_id, CONNECTING, {CALLING_STAFF}):
            log.info("bridge %s: connecting resident %s", attempt_id, mask_number(resident))
            return resident
        self._finish(attempt_id, CANCELLED, {CALLING_STAFF}, now)
        return None

    def resident_progress(self, attempt_id: int, parent_sid: str, call_status: str, duration: str, now: datetime) -> None:
        """The status callback of the resident's leg (<Number statusCallback>)."""
        if self._own(attempt_id, parent_sid) is None:
            return
        if call_status == "in-progress":  # the "answered" event
            self.store.fill(attempt_id, "resident_answered_at", now)
            self.store.move(attempt_id, IN_CALL, {CONNECTING})
        elif call_status in _RESIDENT_LEG:
            self._resident_ended(attempt_id, _RESIDENT_LEG[call_status], _seconds(duration), now)

    def dial_ended(self, attempt_id: int, call_sid: str, dial_status: str, duration: str, now: datetime) -> Attempt | None:
        """<Dial>'s action: the resident's leg is over. The attempt as it ends."""
        if self._own(attempt_id, call_sid) is None:
            return None
        self._resident_ended(attempt_id, _RESIDENT_LEG.get(dial_status, FAILED), _seconds(duration), now)
        return self.store.get(attempt_id)

    def staff_progress(self, attempt_id: int, call_sid: str, call_status: str, now: datetime) -> None:
        """The status callback of the call to the staff phone."""
        attempt = self._own(attempt_id, call_sid)
        if attempt is None:
            return
        if call_status == "in-progress":
            self.store.fill(attempt_id, "staff_answered_at", now)
        elif call_status == "completed":
            # Answered, then hung up: whatever had not reached the resident is cancelled.
            self._finish(attempt_id, CANCELLED, {CALLING_STAFF, CONNECTING}, now)
            current = self.store.get(attempt_id)
            if current.state == IN_CALL:  # <Dial>'s own report is late: estimate until it comes
                talked = current.resident_answered_at or now
                self._finish(attempt_id, COMPLETED, {IN_CALL}, now, duration=int((now - talked).total_seconds()))
        elif call_status in _STAFF_LEG:
            self._finish(attempt_id, _STAFF_LEG[call_status], {CALLING_STAFF}, now)

    # -- the staff list ----------------------------------------------------------------

    def attempts(self, message_ids: list[int], now: datetime) -> dict[int, list[Attempt]]:
        """Each item's attempts, newest first (attempts Twilio fell silent on end first)."""
        self.expire_stale(now)
        return self.store.for_messages(message_ids)

    def expire_stale(self, now: datetime) -> None:
        for state, age in STALE.items():
            for attempt in self.store.stale(state, now - age):
                if self._finish(attempt.id, LOST, {state}, now):
                    log.warning("bridge %s: no word from Twilio since %s, marked lost", attempt.id, attempt.started_at)

    # -- helpers -------------------------------------------------------------------------

    def _resident_ended(self, attempt_id: int, state: str, seconds: int | None, now: datetime) -> None:
        extra = {"duration": seconds} if state == COMPLETED and seconds is not None else {}
        if not self._finish(attempt_id, state, {CONNECTING, IN_CALL}, now, **extra) and extra:
            self.store.move(attempt_id, COMPLETED, {COMPLETED}, **extra)  # Twilio's exact length wins over an estimate

    def _finish(self, attempt_id: int, state: str, from_states, now: datetime, **values) -> bool:
        moved = self.store.move(attempt_id, state, from_states, ended_at=now, **values)
        if moved:
            attempt = self.store.get(attempt_id)
            log.info("bridge %s: %s", attempt_id, state)
            self._tell(attempt)
        return moved

    def _tell(self, attempt: Attempt) -> None:
        for listener in self._listeners:
            try:
                listener(attempt)
            except Exception:  # noqa: BLE001 - statistics never break a call
                log.exception("bridge listener failed")

    def _own(self, attempt_id: int, call_sid: str) -> Attempt | None:
        """The attempt a webhook is about; None when unknown, when the webhook names no call
        (issue 34, N14: one without a CallSid was taken for the attempt's own), or when the
        call is not its call."""
        if not CALL_SID.fullmatch(call_sid or ""):
            log.warning("bridge %s: webhook without a valid CallSid ignored", attempt_id)
            return None
        attempt = self.store.get(attempt_id)
        if attempt is None:
            log.warning("bridge webhook for unknown attempt %s", attempt_id)
            return None
        if attempt.staff_call_sid and call_sid != attempt.staff_call_sid:
            log.warning("bridge %s: webhook of another call ignored", attempt_id)
            return None
        return attempt

    def _resident_of(self, attempt: Attempt) -> str | None:
        message = self.messages.get(attempt.message_id)
        return self.phone_number(message.number) if message else None

    def _client_once(self):
        with self._client_lock:
            if self._client is None:
                self._client = self._factory()
            return self._client

