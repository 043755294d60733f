"""How many replies the SMS line sends one number (issue 34, N6): at most REPLIES_PER_HOUR
reply sets per sender within any hour, kept in the database like the key-5 SMS limit (a keyed
hash of the number, for a day), so every worker agrees.

The limit is REPLIES_PER_HOUR slots of DbLimiter, each allowing one reply per hour: a reply
takes the first free slot, in one statement per slot, so parallel messages from one number
can never get more than REPLIES_PER_HOUR replies between them.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from ivr.messages.store import DbLimiter, Store

REPLIES_PER_HOUR = 5
WINDOW = timedelta(hours=1)


class ReplyLimit:
    def __init__(self, store: Store, secret: bytes | str, per_hour: int = REPLIES_PER_HOUR):
        self.per_hour = per_hour
        self._slots = [DbLimiter(store, secret, WINDOW, f"sms-reply-{n}") for n in range(per_hour)]

    def allow(self, number: str, now: datetime) -> bool:
        """Yes, and the reply counts as sent; no when the number had REPLIES_PER_HOUR within
        the hour. With the database down it says yes (DbLimiter): the resident gets the answer."""
        return any(slot.allow(number, now) for slot in self._slots)
