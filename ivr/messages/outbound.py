"""Texting a caller the office's facts during a call (main menu, key 5).

InfoSender.send_info(number, now) returns one of flow.SMS_RESULTS and never
raises: the caller hears what happened and the call goes on. At most one such
SMS per number per hour (a Limiter decides); hidden numbers are not texted.
The Twilio client comes from a factory, so tests can point it at a fake.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Callable, Protocol

from ivr.common.callerid import is_hidden
from ivr.common.privacy import mask_number
from ivr.common.twilio_rest import error_reason, has_credentials, rest_client

log = logging.getLogger(__name__)

__all__ = ["InfoSender", "Limiter", "MemoryLimiter"]

SENT, ALREADY_SENT, HIDDEN_NUMBER, FAILED = "sent", "already_sent", "hidden_number", "failed"

WINDOW = timedelta(hours=1)
# Seconds to wait for Twilio's REST API: the caller is on the line, and Twilio
# gives the voice webhook 15 s in all.
SEND_TIMEOUT = 5.0


class Limiter(Protocol):
    """Decides whether a number may get the info SMS now (one per number per window)."""

    def allow(self, number: str, now: datetime) -> bool:
        """True, and the number counts as texted at `now`; False if it was texted recently."""

    def release(self, number: str, now: datetime) -> None:
        """The send allowed at `now` failed: do not count it, so the caller may try again."""


class MemoryLimiter:
    """Per process, thread-safe. Forgets numbers once their window has passed."""

    def __init__(self, window: timedelta = WINDOW, max_numbers: int = 10_000):
        self.window = window
        self.max_numbers = max_numbers
        self._last: dict[str, datetime] = {}
        self._lock = threading.Lock()

    def allow(self, number: str, now: datetime) -> bool:
        with self._lock:
            last = self._last.get(number)
            if last is not None and now - last < self.window:
                return False
            if len(self._last) >= self.max_numbers:
                self._forget_old(now)
            self._last[number] = now
            return True

    def release(self, number: str, now: datetime) -> None:
        with self._lock:
            if self._last.get(number) == now:
                del self._last[number]

    def _forget_old(self, now: datetime) -> None:
        self._last = {n: t for n, t in self._last.items() if now - t < self.window}
        if len(self._last) >= self.max_numbers:  # a flood within one window: keep the newest half
            newest = sorted(self._last.items(), key=lambda item: item[1])[len(self._last) // 2:]
            self._last = dict(newest)


class InfoSender:
    def __init__(
        self,
        client_factory: Callable[[], object] | None,
        line_number: str | None,
        text: Callable[[], str],
        limiter: Limiter | None = None,
        news: Callable[[datetime], str | None] = lambda now: None,
    ):
        """client_factory: returns a twilio.rest.Client (None: not configured);
        line_number: the sender, the line's own number; text: the SMS body;
        news: a second SMS at that moment (closures, notices), or None."""
        self._factory = client_factory
        self._line_number = line_number
        self._text = text
        self._news = news
        self.limiter = limiter if limiter is not None else MemoryLimiter()
        self._client = None
        self._client_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings, text: Callable[[], str], limiter: Limiter | None = None,
                      news: Callable[[datetime], str | None] = lambda now: None) -> "InfoSender":
        factory = (lambda: rest_client(settings, SEND_TIMEOUT)) if has_credentials(settings) else None
        return cls(factory, settings.line_number, text, limiter, news)

    def send_info(self, number: str, now: datetime) -> str:
        """Text the caller the address, phone numbers and hours: one of flow.SMS_RESULTS."""
        try:
            return self._send_info((number or "").strip(), now)
        except Exception:  # noqa: BLE001 - e.g. a limiter that broke: the call goes on
            log.exception("info SMS to %s failed unexpectedly", mask_number(number))
            return FAILED

    def _send_info(self, number: str, now: datetime) -> str:
        if is_hidden(number):
            return HIDDEN_NUMBER
        if self._factory is None or not self._line_number:
            missing = "IVR_LINE_NUMBER" if self._factory else "TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN"
            log.error("info SMS to %s not sent: %s is not set", mask_number(number), missing)
            return FAILED
        if not self.limiter.allow(number, now):
            return ALREADY_SENT
        try:
            message = self._client_once().messages.create(to=number, from_=self._line_number, body=self._text())
        except Exception as exc:  # noqa: BLE001 - a failed SMS must never end the call
            log.warning("info SMS to %s failed: %s", mask_number(number), error_reason(exc))
            self.limiter.release(number, now)
            return FAILED
        log.info("info SMS to %s queued as %s", mask_number(number), getattr(message, "sid", "?"))
        self._send_news(number, now)
        return SENT

    def _send_news(self, number: str, now: datetime) -> None:
        """The news of the day after the facts; a failure here leaves the facts sent."""
        try:
            news = self._news(now)
            if news:
                self._client_once().messages.create(to=number, from_=self._line_number, body=news)
        except Exception as exc:  # noqa: BLE001 - the caller already has the facts
            log.warning("news SMS to %s failed: %s", mask_number(number), error_reason(exc))

    def _client_once(self):
        with self._client_lock:
            if self._client is None:
                self._client = self._factory()
            return self._client

