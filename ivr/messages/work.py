"""What `ivr worker` does with each kind of job of the messages area: the outbound Twilio
REST calls and slow work that left the webhooks (ivr.jobs).

    sms               one SMS to a caller (key 5: the facts, then the news of the day)
    notify_staff      the staff SMS about new messages and call-back requests
    keep_recording    download a message, verify it, delete Twilio's copy, tell the staff
    delete_recording  delete an empty recording on Twilio
    keep_message      a message the webhook kept in the spool, now stored
    keep_callback     a call-back request kept in the spool, now stored
    recording_ready   Twilio's recording callback kept in the spool, now handled

A handler returns when its job is done, raises PermanentError when trying again cannot
help, and anything else to be tried again after the backoff.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import Callable

from ivr.call.schedule import now_in_warsaw
from ivr.common.privacy import mask_number
from ivr.common.twilio_rest import error_reason, has_credentials, permanent, rest_client
from ivr.jobs.worker import Handler, PermanentError
from ivr.messages.desk import (
    DELETE_RECORDING, KEEP_RECORDING, NOTIFY_STAFF, SPOOLED_CALLBACK, SPOOLED_MESSAGE, SPOOLED_RECORDING, UNSTORED,
    MessageDesk,
)
from ivr.messages.outbound import SEND_TIMEOUT, SMS

log = logging.getLogger(__name__)


class TryAgain(Exception):
    """The job did not finish this time (the reason is logged where it happened)."""


def handlers(desk: MessageDesk, settings, clock: Callable[[], datetime] = now_in_warsaw,
             client_factory: Callable[[], object] | None = None) -> dict[str, Handler]:
    """The worker's handler for each kind of job, on this desk and these settings."""
    factory = client_factory or ((lambda: rest_client(settings, SEND_TIMEOUT)) if has_credentials(settings) else None)
    client = _Once(factory)

    def sms(payload: dict) -> None:
        to, body = payload.get("to"), payload.get("body")
        if not to or not body:
            raise PermanentError("an SMS job without a number or a text")
        if client.factory is None or not settings.line_number:
            raise PermanentError("TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN or IVR_LINE_NUMBER is not set")
        if desk is not None and desk.opted_out(str(to)):  # asked by SMS not to be texted after the job was queued
            log.info("SMS to %s dropped: the number asked not to be texted", mask_number(to))
            return
        try:
            message = client.get().messages.create(to=to, from_=settings.line_number, body=body)
        except Exception as exc:  # noqa: BLE001 - classified: refused for good, or tried again
            reason = error_reason(exc)
            log.warning("SMS to %s failed: %s", mask_number(to), reason)
            if permanent(exc):
                raise PermanentError(reason) from None
            raise TryAgain(reason) from None
        log.info("SMS to %s handed to Twilio as %s", mask_number(to), getattr(message, "sid", "?"))

    def notify_staff(payload: dict) -> None:
        if desk.notify_staff(clock()) == "failed":
            raise TryAgain("the staff SMS was not sent")

    def keep_recording(payload: dict) -> None:
        if not desk.keeper.configured:
            raise PermanentError("TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is not set (ivr messages fetch later)")
        if not desk.keep_recording(str(payload.get("recording_sid", "")), clock()):
            raise TryAgain("the recording is not home and deleted on Twilio yet")

    def delete_recording(payload: dict) -> None:
        if not desk.keeper.configured:
            raise PermanentError("TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is not set")
        if not desk.keeper.delete_remote(str(payload.get("recording_sid", ""))):
            raise TryAgain("the recording is not deleted on Twilio yet")

    def keep_message(payload: dict) -> None:
        result = desk.message_left(str(payload.get("number", "")), str(payload.get("recording_sid", "")),
                                   str(payload.get("url", "")), str(payload.get("duration", "")), _at(payload, clock))
        if result == UNSTORED:
            raise TryAgain("the database did not take the message")
        if result != "saved":
            raise PermanentError(f"a spooled message that cannot be kept ({result})")

    def recording_ready(payload: dict) -> None:
        desk.recording_ready(str(payload.get("recording_sid", "")), str(payload.get("url", "")),
                             str(payload.get("status", "")), str(payload.get("duration", "")), _at(payload, clock))

    def keep_callback(payload: dict) -> None:
        result = desk.request_callback(str(payload.get("number", "")), _at(payload, clock))
        if result == UNSTORED:
            raise TryAgain("the database did not take the call-back request")
        if result != "saved":
            raise PermanentError(f"a spooled call-back request that cannot be kept ({result})")

    return {
        SMS: sms, NOTIFY_STAFF: notify_staff, KEEP_RECORDING: keep_recording, DELETE_RECORDING: delete_recording,
        SPOOLED_MESSAGE: keep_message, SPOOLED_CALLBACK: keep_callback, SPOOLED_RECORDING: recording_ready,
    }


def housekeeping(desk: MessageDesk, clock: Callable[[], datetime] = now_in_warsaw) -> Callable[[], None]:
    """The worker's round every minute: a staff notice held back by its ten-minute limit goes
    once the limit allows (nothing is sent when there is nothing new)."""
    return lambda: desk.notify_staff(clock())


def _at(payload: dict, clock: Callable[[], datetime]) -> datetime:
    """When the caller left it (the spool keeps the webhook's moment)."""
    try:
        at = datetime.fromisoformat(str(payload.get("at", "")))
    except ValueError:
        return clock()
    return at if at.tzinfo else clock()


class _Once:
    """One REST client per worker, made on first use."""

    def __init__(self, factory):
        self.factory = factory
        self._client = None
        self._lock = threading.Lock()

    def get(self):
        with self._lock:
            if self._client is None:
                self._client = self.factory()
            return self._client
