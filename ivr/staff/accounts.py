"""Staff accounts for the staff pages: passwords and the lock-out after failed sign-ins.

Kept in the line's database (table `staff_accounts`, Alembic migration 0002 in
ivr/database/migrations), so every worker process and every host sees the same accounts
and the same failure counts. Passwords are hashed with werkzeug.security
(scrypt). MAX_FAILURES failed sign-ins in a row lock a login for LOCK_MINUTES;
while locked, even the right password is refused (and not checked).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from ivr.database.engine import Database
from ivr.database.schema import staff_accounts

LOGIN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 200
MAX_FAILURES = 5
LOCK_MINUTES = 15

# Checked when the login does not exist, so a wrong login takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not the password of anyone")


class AccountError(ValueError):
    """A request the accounts cannot do; the message is Polish, for staff."""


@dataclass(frozen=True)
class Account:
    login: str
    created_at: datetime
    failures: int
    locked_until: datetime | None


@dataclass(frozen=True)
class SignIn:
    ok: bool
    login: str
    locked_until: datetime | None = None  # set when the login is locked out

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


def normalize_login(login: str) -> str:
    return (login or "").strip().lower()


def check_login(login: str) -> str:
    login = normalize_login(login)
    if not LOGIN.fullmatch(login):
        raise AccountError(
            "Login musi mieć od 2 do 32 znaków: małe litery bez polskich znaków, cyfry, kropka, "
            "łącznik lub podkreślenie; pierwszy znak musi być literą."
        )
    return login


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Hasło musi mieć co najmniej {MIN_PASSWORD} znaków.")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"Hasło może mieć najwyżej {MAX_PASSWORD} znaków.")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class StaffAccounts:
    def __init__(self, store: Database | str, clock: Callable[[], datetime] = _utcnow):
        self.store = Database(store) if isinstance(store, str) else store
        self._clock = clock

    @property
    def _engine(self):
        self.store.ensure_ready()  # runs the migrations once per process
        return self.store.engine

    # ------------------------------------------------------------ managing

    def add(self, login: str, password: str) -> Account:
        login = check_login(login)
        check_password(password)
        now = self._clock()
        try:
            with self._engine.begin() as db:
                db.execute(insert(staff_accounts).values(
                    login=login, password_hash=generate_password_hash(password), created_at=now, failures=0,
                ))
        except IntegrityError:
            raise AccountError(f"Konto „{login}” już istnieje.") from None
        return Account(login, now, 0, None)

    def set_password(self, login: str, password: str) -> None:
        check_password(password)
        self._update(login, password_hash=generate_password_hash(password), failures=0, locked_until=None)

    def unlock(self, login: str) -> None:
        self._update(login, failures=0, locked_until=None)

    def remove(self, login: str) -> None:
        with self._engine.begin() as db:
            gone = db.execute(delete(staff_accounts).where(staff_accounts.c.login == normalize_login(login)))
        if gone.rowcount != 1:
            raise AccountError(f"Nie ma konta „{normalize_login(login)}”.")

    def list(self) -> list[Account]:
        query = select(staff_accounts).order_by(staff_accounts.c.login)
        with self._engine.connect() as db:
            return [
                Account(row.login, row.created_at, row.failures, row.locked_until)
                for row in db.execute(query)
            ]

    def _update(self, login: str, **values) -> None:
        login = normalize_login(login)
        with self._engine.begin() as db:
            done = db.execute(update(staff_accounts).where(staff_accounts.c.login == login).values(**values))
        if done.rowcount != 1:
            raise AccountError(f"Nie ma konta „{login}”.")

    # ------------------------------------------------------------ signing in

    def authenticate(self, login: str, password: str) -> SignIn:
        """Check a password; count failures (atomically); refuse while locked out."""
        login = normalize_login(login)[:32]
        password = (password or "")[:MAX_PASSWORD]
        table = staff_accounts
        where = table.c.login == login
        with self._engine.begin() as db:
            row = db.execute(select(table).where(where).with_for_update()).first()
            if row is None:
                check_password_hash(_DUMMY_HASH, password)
                return SignIn(False, login)
            now = self._clock()
            if row.locked_until is not None and row.locked_until > now:
                return SignIn(False, login, row.locked_until)
            if check_password_hash(row.password_hash, password):
                db.execute(update(table).where(where).values(failures=0, locked_until=None))
                return SignIn(True, login)
            # Counted in the database, so failures at the same moment all count.
            db.execute(update(table).where(where).values(failures=table.c.failures + 1, locked_until=None))
            failures = db.execute(select(table.c.failures).where(where)).scalar_one()
            if failures >= MAX_FAILURES:
                until = now + timedelta(minutes=LOCK_MINUTES)
                db.execute(update(table).where(where).values(failures=0, locked_until=until))
                return SignIn(False, login, until)
            return SignIn(False, login)

    def session_stamp(self, login: str) -> str | None:
        """A value that changes with the password: a session made before a password
        change (or for a removed account) is no longer valid. None: no such account."""
        query = select(staff_accounts.c.password_hash).where(staff_accounts.c.login == normalize_login(login))
        with self._engine.connect() as db:
            found = db.execute(query).scalar_one_or_none()
        if found is None:
            return None
        return hashlib.sha256(f"staff-session:{found}".encode()).hexdigest()[:32]
