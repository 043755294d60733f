"""Telling the staff at once that a caller left a message or asked for a call back.

One SMS to the staff mobile (IVR_STAFF_MOBILE) through Twilio's REST client, at
most one per STAFF_WINDOW: what arrives meanwhile is summed up in the next SMS
(sent by the next message, or by `ivr messages fetch`). The number is masked;
staff read it whole in `ivr messages list`. A failed SMS never reaches the caller.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Callable, Sequence

from ivr.common.callerid import callable_number
from ivr.common.polish import plural
from ivr.common.privacy import mask_number
from ivr.messages.store import CALLBACK, MESSAGE, DbLimiter, Message, Store
from ivr.common.twilio_rest import rest_client

log = logging.getLogger(__name__)

STAFF_WINDOW = timedelta(minutes=10)

Send = Callable[[str, str], None]  # (to, body)


def twilio_sender(settings, timeout: float = 10) -> Send:
    """Send from the line's number with Twilio's REST client (Messages resource)."""
    client = rest_client(settings, timeout)

    def send(to: str, body: str) -> None:
        client.messages.create(to=to, from_=settings.line_number, body=body)

    return send


def _length(seconds: int | None) -> str:
    seconds = seconds or 0
    if seconds < 60:
        return f"{seconds} s"
    return f"{int(seconds / 60 + 0.5)} min"


def _from(number: str | None) -> str:
    return f"od {mask_number(number)}" if callable_number(number) else "od numeru ukrytego"


def notice_text(items: Sequence[Message]) -> str:
    """The SMS for the staff about what callers left since the last one."""
    if len(items) == 1:
        item = items[0]
        if item.kind == MESSAGE:
            return f"Nowa wiadomość na infolinii OPS, {_length(item.duration)}, {_from(item.number)}."
        if item.by_sms:
            return f"Prośba o oddzwonienie (SMS) na infolinii OPS, {_from(item.number)}."
        return f"Prośba o oddzwonienie na infolinii OPS, {_from(item.number)}."
    messages = sum(item.kind == MESSAGE for item in items)
    callbacks = sum(item.kind == CALLBACK for item in items)
    parts = []
    if messages:
        parts.append(f"{messages} {plural(messages, 'wiadomość', 'wiadomości', 'wiadomości')}")
    if callbacks:
        parts.append(f"{callbacks} {plural(callbacks, 'prośba', 'prośby', 'próśb')} o oddzwonienie")
    return (
        f"Nowe na infolinii OPS: {' i '.join(parts)}. "
        f"Ostatnia {_from(items[-1].number)}. Szczegóły: ivr messages list."
    )


class StaffNotifier:
    def __init__(self, store: Store, limiter: DbLimiter, staff_mobile: str | None, send: Send | None):
        self.store = store
        self.limiter = limiter
        self.staff_mobile = staff_mobile
        self.send = send

    def notify(self, now: datetime) -> str:
        """'sent', 'nothing' new, 'held' by the rate limit, 'not_configured' or 'failed'. Never raises."""
        try:
            return self._notify(now)
        except Exception:  # noqa: BLE001 - telling the staff must never break a caller's request
            log.exception("staff notice failed")
            return "failed"

    def _notify(self, now: datetime) -> str:
        items = self.store.unnotified(now)
        if not items:
            return "nothing"
        if not self.staff_mobile or self.send is None:
            log.warning("IVR_STAFF_MOBILE, IVR_LINE_NUMBER or Twilio credentials not set: staff not told of %d item(s)", len(items))
            return "not_configured"
        if not self.limiter.allow(self.staff_mobile, now):
            log.info("staff notice held back (one per %s): %d item(s) waiting", STAFF_WINDOW, len(items))
            return "held"
        self.send(self.staff_mobile, notice_text(items))
        self.store.mark_notified([item.id for item in items], now)
        log.info("staff told of %d item(s)", len(items))
        return "sent"
