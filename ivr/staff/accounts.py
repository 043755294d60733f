"""Staff accounts for the staff pages: passwords and the lock-out after failed sign-ins.

Kept in the line's database (table `staff_accounts`, Alembic migration 0002 in
ivr/database/migrations), so every worker process and every host sees the same accounts
and the same failure counts. Passwords are hashed with werkzeug.security
(scrypt).

Failed sign-ins (table `sign_in_failures`, migration 0003) are counted three ways, each
MAX_FAILURES (or ADDRESS_MAX_FAILURES) within LOCK_MINUTES locking for LOCK_MINUTES:

- per login *and address*: that login from that address;
- per login from every address that has not signed in to it lately (issue 34, N5: rotating
  addresses gave 619 guesses in 30 s): the account, for all of them. An address where the
  login signed in within KNOWN_DAYS is spared this lock (the row `ok:<address hash>`), so an
  attacker elsewhere cannot keep a real staff member locked out of the usual office computer;
- per address over all logins (ADDRESS_MAX_FAILURES).

Each attempt is counted in one guarded UPDATE *before* the password is checked, and a right
password takes its own attempt back (it resets only its own login's count from its own
address: never another account's, never the account-wide count): parallel attempts cannot
check more passwords than the limit, and no failure ever clears a lock. While locked, even
the right password is refused (and not checked). Any login typed is counted, known or not,
and an unknown login costs one password hash too: it is answered exactly like a known one.
At most one hash is checked at a time on the machine (ivr.staff.hash_gate); an attempt that
cannot get its turn within seconds is answered "busy" and counted nowhere.

Addresses are kept only as an HMAC keyed with the app's secret (IVR_SECRET_KEY): an IPv4
address cannot be recovered from the table by trying all of them.

Sessions end on the server: `session_stamp` changes with the password and with the
account's session generation, which a sign-out raises.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import and_, case, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from ivr.common.privacy import derived_key, keyed_hash
from ivr.database.engine import Database, upsert
from ivr.database.schema import sign_in_failures, staff_accounts
from ivr.staff.hash_gate import HashGate

LOGIN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 200
MAX_FAILURES = 5  # per login and address, within LOCK_MINUTES
ADDRESS_MAX_FAILURES = 20  # per address over all logins, within LOCK_MINUTES
LOCK_MINUTES = 15
ANY_LOGIN = "*"  # the login column of an address's own count (not a valid login)
ANY_ADDRESS = "*"  # the address column of a login's count from addresses it has not signed in from
KNOWN = "ok:"  # address column prefix: the login signed in from this address (last_at: when)
KNOWN_DAYS = 30
FORGET_AFTER = timedelta(days=1)  # counts older than this are deleted

# werkzeug's scrypt (N=2**15, r=8, p=1): about 0.1 s a hash on a quiet 2-core machine, on purpose.
# The tests lower it (tests/conftest.py, `cheap_password_hashes`) except where the cost is the promise.
HASH_METHOD = "scrypt"


@functools.lru_cache(maxsize=4)
def _dummy_hash(method: str) -> str:
    """Checked when the login does not exist, so a wrong login takes as long as a wrong password."""
    return generate_password_hash("not the password of anyone", method=method)


class AccountError(ValueError):
    """A request the accounts cannot do; the message is Polish, for staff."""


ADMIN, STAFF = "admin", "staff"
ROLES = (ADMIN, STAFF)


@dataclass(frozen=True)
class Account:
    login: str
    created_at: datetime
    failures: int
    locked_until: datetime | None
    role: str = STAFF


@dataclass(frozen=True)
class SignIn:
    ok: bool
    login: str
    locked_until: datetime | None = None  # set when the login (or the address) is locked out
    address_locked: bool = False  # the lock is on the address: too many failures of any login
    busy: bool = False  # not checked: another password check had the machine's one turn too long

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


KEY_PURPOSE = "staff-sign-in-address"


def address_key(address: str | None, key: bytes) -> str:
    """What is kept of a client's address: an HMAC keyed with the app's secret (32 hex
    characters), never the address, nor a plain hash one could reverse by trying every IPv4."""
    return keyed_hash(key, f"staff-sign-in:{address or ''}")


class StaffAccounts:
    def __init__(self, store: Database | str, clock: Callable[[], datetime] = _utcnow, secret: str | bytes = "",
                 gate: HashGate | None = None):
        self.store = Database(store) if isinstance(store, str) else store
        self._clock = clock
        # Without a secret the staff pages are off; the commands never sign in from an address.
        self._address_key = derived_key(secret or "ivr-no-secret", KEY_PURPOSE)
        self.gate = gate or HashGate.for_database(self.store.engine.url)

    @property
    def _engine(self):
        self.store.ensure_ready()  # runs the migrations once per process
        return self.store.engine

    # ------------------------------------------------------------ managing

    def add(self, login: str, password: str, admin: bool = False) -> Account:
        """A new account; the first account of the line is always an admin."""
        login = check_login(login)
        check_password(password)
        now = self._clock()
        try:
            with self._engine.begin() as db:
                first = db.execute(select(func.count()).select_from(staff_accounts)).scalar_one() == 0
                role = ADMIN if admin or first else STAFF
                db.execute(insert(staff_accounts).values(
                    login=login, password_hash=generate_password_hash(password, method=HASH_METHOD), created_at=now, failures=0,
                    role=role,
                ))
        except IntegrityError:
            raise AccountError(f"Konto „{login}” już istnieje.") from None
        return Account(login, now, 0, None, role)

    def role_of(self, login: str) -> str | None:
        with self._engine.connect() as db:
            return db.execute(select(staff_accounts.c.role).where(staff_accounts.c.login == normalize_login(login))).scalar()

    def set_role(self, login: str, role: str) -> None:
        """Make an account admin or staff; the last admin cannot stop being one."""
        if role not in ROLES:
            raise AccountError("Rola musi być „admin” albo „staff”.")
        login = normalize_login(login)
        with self._engine.begin() as db:
            current = db.execute(select(staff_accounts.c.role).where(staff_accounts.c.login == login)).scalar()
            if current is None:
                raise AccountError(f"Nie ma konta „{login}”.")
            admins = db.execute(select(func.count()).select_from(staff_accounts).where(staff_accounts.c.role == ADMIN)).scalar_one()
            if current == ADMIN and role != ADMIN and admins <= 1:
                raise AccountError("To jedyne konto administratora: najpierw proszę nadać rolę admin innemu kontu.")
            db.execute(update(staff_accounts).where(staff_accounts.c.login == login).values(role=role))

    def set_password(self, login: str, password: str) -> None:
        """A new password: unlocks the login and ends every session of the account."""
        check_password(password)
        self._update(login, password_hash=generate_password_hash(password, method=HASH_METHOD),
                     session_generation=staff_accounts.c.session_generation + 1)
        self.unlock(login)

    def unlock(self, login: str) -> None:
        """Lift the lock of a login from every address (the addresses it signed in from stay known)."""
        self._update(login, failures=0, locked_until=None)
        table = sign_in_failures
        with self._engine.begin() as db:
            db.execute(delete(table).where(table.c.login == normalize_login(login), ~table.c.address.startswith(KNOWN)))

    def end_sessions(self, login: str) -> None:
        """Sign-out: every session of the account ends, also a copy of its cookie."""
        self._update(login, session_generation=staff_accounts.c.session_generation + 1)

    def remove(self, login: str) -> None:
        with self._engine.begin() as db:
            gone = db.execute(delete(staff_accounts).where(staff_accounts.c.login == normalize_login(login)))
            db.execute(delete(sign_in_failures).where(sign_in_failures.c.login == normalize_login(login)))
        if gone.rowcount != 1:
            raise AccountError(f"Nie ma konta „{normalize_login(login)}”.")

    def list(self) -> list[Account]:
        """The accounts; locked_until: the latest lock of the login from any address."""
        failures = sign_in_failures
        locks = (
            select(failures.c.login, func.max(failures.c.failures).label("failures"),
                   func.max(failures.c.locked_until).label("locked_until"))
            .group_by(failures.c.login).subquery()
        )
        query = (
            select(staff_accounts.c.login, staff_accounts.c.created_at, locks.c.failures, locks.c.locked_until,
                   staff_accounts.c.role)
            .outerjoin(locks, locks.c.login == staff_accounts.c.login)
            .order_by(staff_accounts.c.login)
        )
        with self._engine.connect() as db:
            return [
                Account(row.login, row.created_at, row.failures or 0, row.locked_until, row.role)
                for row in db.execute(query)
            ]

    def _update(self, login: str, **values) -> None:
        login = normalize_login(login)
        with self._engine.begin() as db:
            done = db.execute(update(staff_accounts).where(staff_accounts.c.login == login).values(**values))
        if done.rowcount != 1:
            raise AccountError(f"Nie ma konta „{login}”.")

    # ------------------------------------------------------------ signing in

    def authenticate(self, login: str, password: str, address: str | None = None) -> SignIn:
        """Check a password from a client address; refuse while the login, the account or the
        address is locked, and answer busy when the machine's one hash check is taken too long."""
        login = normalize_login(login)[:32]
        password = (password or "")[:MAX_PASSWORD]
        where = address_key(address, self._address_key)
        with self.gate.slot() as turn:
            if not turn:
                return SignIn(False, login, busy=True)
            return self._authenticate(login, password, where)

    def _authenticate(self, login: str, password: str, where: str) -> SignIn:
        now = self._clock()
        if self._reserve(ANY_LOGIN, where, ADDRESS_MAX_FAILURES, now) is None:
            return SignIn(False, login, self._lock_of(ANY_LOGIN, where, now), address_locked=True)
        known = self._known(login, where, now)
        account = None
        if not known:
            account = self._reserve(login, ANY_ADDRESS, MAX_FAILURES, now)
            if account is None:
                return SignIn(False, login, self._lock_of(login, ANY_ADDRESS, now))
        attempt = self._reserve(login, where, MAX_FAILURES, now)
        if attempt is None:
            return SignIn(False, login, self._lock_of(login, where, now))
        query = select(staff_accounts.c.password_hash).where(staff_accounts.c.login == login)
        with self._engine.connect() as db:
            stored = db.execute(query).scalar_one_or_none()
        # An unknown login costs one hash too: it takes as long as a wrong password.
        right = check_password_hash(stored or _dummy_hash(HASH_METHOD), password) and stored is not None
        if right:
            self._take_back(login, where, reset=True)
            self._take_back(ANY_LOGIN, where, reset=False)
            if account is not None:
                self._take_back(login, ANY_ADDRESS, reset=False)
            self._remember(login, where, now)
            return SignIn(True, login)
        locked_until = None
        if account is not None and account >= MAX_FAILURES:
            locked_until = self._lock(login, ANY_ADDRESS, now)
        if attempt >= MAX_FAILURES:
            locked_until = self._lock(login, where, now)
        return SignIn(False, login, locked_until)

    def _known(self, login: str, where: str, now: datetime) -> bool:
        """Whether `login` signed in from `where` within KNOWN_DAYS."""
        table = sign_in_failures
        query = select(table.c.last_at).where(table.c.login == login, table.c.address == KNOWN + where)
        with self._engine.connect() as db:
            last = db.execute(query).scalar_one_or_none()
        return last is not None and last > now - timedelta(days=KNOWN_DAYS)

    def _remember(self, login: str, where: str, now: datetime) -> None:
        table = sign_in_failures
        with self._engine.begin() as db:
            db.execute(
                upsert(self.store.engine)(table).values(login=login, address=KNOWN + where, failures=0, last_at=now)
                .on_conflict_do_update(index_elements=["login", "address"], set_={"last_at": now})
            )

    def _reserve(self, login: str, where: str, limit: int, now: datetime) -> int | None:
        """Count one attempt of `login` from `where`, in one guarded UPDATE; the count
        reached, or None when locked (or `limit` attempts are already being checked)."""
        table = sign_in_failures
        key = and_(table.c.login == login, table.c.address == where)
        stale = table.c.last_at <= now - timedelta(minutes=LOCK_MINUTES)
        with self._engine.begin() as db:
            db.execute(
                upsert(self.store.engine)(table).values(login=login, address=where, failures=0, last_at=now)
                .on_conflict_do_nothing()
            )
            return db.execute(
                update(table)
                .where(key, or_(table.c.locked_until.is_(None), table.c.locked_until <= now),
                       or_(table.c.failures < limit, stale))
                .values(failures=case((stale, 1), else_=table.c.failures + 1), last_at=now)
                .returning(table.c.failures)
            ).scalar_one_or_none()

    def _lock(self, login: str, where: str, now: datetime) -> datetime:
        """Lock `login` from `where` (the address's own count when login is ANY_LOGIN).
        Only ever sets or extends a lock; old counts of anyone are forgotten here."""
        table = sign_in_failures
        until = now + timedelta(minutes=LOCK_MINUTES)
        with self._engine.begin() as db:
            db.execute(
                update(table).where(table.c.login == login, table.c.address == where)
                # A NULL lock compares as unknown, so it gets `until` too.
                .values(failures=0, locked_until=case((table.c.locked_until > until, table.c.locked_until), else_=until))
            )
            db.execute(delete(table).where(table.c.last_at < now - FORGET_AFTER, ~table.c.address.startswith(KNOWN),
                                           or_(table.c.locked_until.is_(None), table.c.locked_until < now)))
            db.execute(delete(table).where(table.c.address.startswith(KNOWN),
                                           table.c.last_at < now - timedelta(days=KNOWN_DAYS)))
        return until

    def _take_back(self, login: str, where: str, reset: bool) -> None:
        """A right password: its attempt was no failure (reset: nor were the ones before)."""
        table = sign_in_failures
        key = and_(table.c.login == login, table.c.address == where)
        fewer = 0 if reset else case((table.c.failures > 0, table.c.failures - 1), else_=0)
        with self._engine.begin() as db:
            db.execute(update(table).where(key).values(failures=fewer))

    def _lock_of(self, login: str, where: str, now: datetime) -> datetime:
        """Until when a refused attempt is locked out (the limit may still be being reached)."""
        table = sign_in_failures
        query = select(table.c.locked_until).where(table.c.login == login, table.c.address == where)
        with self._engine.connect() as db:
            until = db.execute(query).scalar_one_or_none()
        return until if until is not None and until > now else now + timedelta(minutes=LOCK_MINUTES)

    def session_stamp(self, login: str) -> str | None:
        """A value that changes with the password and at every sign-out: a session made
        before (or for a removed account) is no longer valid. None: no such account."""
        table = staff_accounts
        query = select(table.c.password_hash, table.c.session_generation).where(table.c.login == normalize_login(login))
        with self._engine.connect() as db:
            found = db.execute(query).first()
        if found is None:
            return None
        return hashlib.sha256(f"staff-session:{found.password_hash}:{found.session_generation}".encode()).hexdigest()[:32]
