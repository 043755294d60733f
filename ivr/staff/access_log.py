"""The staff access log (RODO art. 5(2) and 32): who did what, when, to which item.

Append-only: this module only inserts entries and, for retention, deletes those older than
IVR_KEEP_AUDIT_DAYS (2 years by default; `ivr messages purge`, the daily timer). Nothing
updates an entry. Callers' numbers are kept masked ("606 *** 915"), never whole.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, insert, select

from ivr.common.privacy import mask_number
from ivr.database.engine import Database
from ivr.database.schema import access_log

CLI = "cli"  # the actor of a command run on the server
ACTIONS = {
    "played": "odsłuchanie nagrania",
    "downloaded": "pobranie nagrania",
    "done": "oznaczenie jako załatwione",
    "undone": "cofnięcie „załatwione”",
    "called_back": "oddzwonienie (Oddzwoń)",
    "deleted": "usunięcie (okres przechowywania minął)",
    "exported": "wydanie danych mieszkańcowi (art. 15)",
    "erased": "usunięcie danych na żądanie (art. 17)",
    "account_added": "dodanie konta",
    "account_removed": "usunięcie konta",
    "account_password": "zmiana hasła konta",
    "account_unlocked": "odblokowanie konta",
    "account_role": "zmiana roli konta",
    "settings_changed": "zmiana ustawień lub treści",
    "viewed_log": "przejrzenie rejestru dostępu",
}


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    actor: str
    action: str
    item: str
    detail: str

    @property
    def action_text(self) -> str:
        return ACTIONS.get(self.action, self.action)


class AccessLog:
    def __init__(self, store: Database | str, clock=lambda: datetime.now(timezone.utc)):
        self.store = Database(store) if isinstance(store, str) else store
        self.clock = clock

    def record(self, actor: str, action: str, number: str | None = None, detail: str = "", item: str | None = None) -> None:
        """One entry; `number` is masked before it is kept, `item` (an account) is kept as given."""
        if action not in ACTIONS:
            raise ValueError(f"unknown access-log action {action!r}")
        shown = item if item is not None else (mask_number(number) if number else "")
        self.store.ensure_ready()
        with self.store.engine.begin() as db:
            db.execute(insert(access_log).values(at=self.clock(), actor=(actor or CLI)[:40], action=action,
                                                 item=shown[:40], detail=(detail or "")[:200]))

    def entries(self, since: datetime | None = None, limit: int = 1000) -> list[Entry]:
        """Newest first."""
        self.store.ensure_ready()
        query = select(access_log).order_by(access_log.c.at.desc(), access_log.c.id.desc()).limit(limit)
        if since is not None:
            query = query.where(access_log.c.at >= since)
        with self.store.engine.connect() as db:
            return [Entry(**row._mapping) for row in db.execute(query)]

    def purge(self, cutoff: datetime) -> int:
        """Retention: entries older than `cutoff` are deleted (the only delete there is)."""
        self.store.ensure_ready()
        with self.store.engine.begin() as db:
            return db.execute(delete(access_log).where(access_log.c.at < cutoff)).rowcount
