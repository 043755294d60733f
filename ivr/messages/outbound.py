"""Texting a caller the office's facts during a call (main menu, key 5).

InfoSender.send_info(number, now) returns one of flow.SMS_RESULTS and never raises: the
caller hears what happened and the call goes on. The webhook never talks to Twilio: "sent"
means the SMS jobs are stored in the database (the worker sends them, ivr.messages.work),
so the caller is told it "zostanie wysłany" only once that is durable. At most one such SMS
per number per hour (a Limiter decides); hidden numbers are not texted, and only numbers
"Oddzwoń" may ring get one (Poland, unless IVR_CALLBACK_INTERNATIONAL): `destination` is
the call-back bridge's own rule (CallBridge.phone_number), not a second one.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Callable, Protocol

from ivr.common.callerid import callable_number, is_hidden
from ivr.common.privacy import mask_number
from ivr.common.twilio_rest import has_credentials
from ivr.jobs.queue import JobQueue, NewJob

log = logging.getLogger(__name__)

__all__ = ["InfoSender", "Limiter", "MemoryLimiter", "SMS"]

SENT, ALREADY_SENT, HIDDEN_NUMBER, ABROAD, FAILED = "sent", "already_sent", "hidden_number", "abroad", "failed"
SMS = "sms"  # the job kind: one SMS from the line's number (ivr.messages.work)
SMS_ATTEMPTS = 6  # 15 s, 30 s, 1 min, 2 min, 4 min: a caller's SMS is worth nothing a day later

WINDOW = timedelta(hours=1)
# Seconds the worker waits for Twilio's REST API per SMS.
SEND_TIMEOUT = 10.0


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
        queue: JobQueue | None,
        line_number: str | None,
        text: Callable[[], str],
        limiter: Limiter | None = None,
        news: Callable[[datetime], str | None] = lambda now: None,
        destination: Callable[[str], str | None] = callable_number,
        opted_out: Callable[[str], bool] = lambda number: False,
    ):
        """queue: where the SMS jobs go (None: Twilio is not configured); line_number: the
        sender, the line's own number; text: the SMS body; news: a second SMS at that moment
        (closures, notices), or None; destination: the number in E.164 form when the line may
        text it, else None; opted_out: the number (E.164) is on the do-not-text list."""
        self._queue = queue
        self._opted_out = opted_out
        self._line_number = line_number
        self._text = text
        self._news = news
        self._destination = destination
        self.limiter = limiter if limiter is not None else MemoryLimiter()

    @classmethod
    def from_settings(cls, settings, queue: JobQueue, text: Callable[[], str], limiter: Limiter | None = None,
                      news: Callable[[datetime], str | None] = lambda now: None,
                      destination: Callable[[str], str | None] = callable_number,
                      opted_out: Callable[[str], bool] = lambda number: False) -> "InfoSender":
        return cls(queue if has_credentials(settings) else None, settings.line_number, text, limiter, news, destination,
                   opted_out)

    def send_info(self, number: str, now: datetime, text: Callable[[], str] | None = None,
                  news: Callable[[datetime], str | None] | None = None) -> str:
        """Queue the SMS with the address, phone numbers and hours: one of flow.SMS_RESULTS.
        text, news: this call's own (the caller's language, issue 33) instead of the line's."""
        try:
            return self._send_info((number or "").strip(), now, text or self._text, news or self._news)
        except Exception:  # noqa: BLE001 - e.g. a limiter that broke: the call goes on
            log.exception("info SMS to %s failed unexpectedly", mask_number(number))
            return FAILED

    def _send_info(self, number: str, now: datetime, text: Callable[[], str],
                   news_of: Callable[[datetime], str | None]) -> str:
        if is_hidden(number):
            return HIDDEN_NUMBER
        destination = self._destination(number)
        if destination is None:
            log.info("info SMS to %s not sent: not a number the line texts (abroad or not a phone)", mask_number(number))
            return ABROAD
        if self._opted_out(destination):
            log.info("info SMS to %s not sent: the number asked not to be texted", mask_number(number))
            return FAILED
        if self._queue is None or not self._line_number:
            missing = "IVR_LINE_NUMBER" if self._queue else "TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN"
            log.error("info SMS to %s not sent: %s is not set", mask_number(number), missing)
            return FAILED
        if not self.limiter.allow(number, now):
            return ALREADY_SENT
        texts = [text()]
        try:
            news = news_of(now)
        except Exception:  # noqa: BLE001 - the facts go without the news
            log.exception("the news SMS could not be written")
            news = None
        if news:
            texts.append(news)
        try:
            self._queue.enqueue_many(NewJob(SMS, {"to": number, "body": body}, max_attempts=SMS_ATTEMPTS) for body in texts)
        except Exception as exc:  # noqa: BLE001 - not stored: the caller hears so, and may try again
            log.warning("info SMS to %s not queued: %s", mask_number(number), type(exc).__name__)
            self.limiter.release(number, now)
            return FAILED
        log.info("info SMS to %s queued", mask_number(number))
        return SENT
