"""Issue 34, N5 and N13: staff sign-in cannot be used against callers.

- a per-account lock as well as per address: rotating addresses no longer buys more guesses;
- a good sign-in on one account resets no other account's failures;
- an unknown login costs exactly one hash, like a known one;
- at most one password hash is checked at a time on the machine (threads and worker
  processes): a sign-in over the cap gets "Proszę spróbować za chwilę" (503) at once;
- the stored address is an HMAC keyed with the secret.
SQLite and PostgreSQL (IVR_TEST_POSTGRES_URL) where a database is involved."""
from __future__ import annotations

import hashlib
import ipaddress
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

import ivr.staff.accounts as module
from ivr.common.privacy import derived_key, keyed_hash
from ivr.database.schema import sign_in_failures
from ivr.staff.accounts import KEY_PURPOSE, StaffAccounts
from ivr.staff.hash_gate import HashGate
from messages_helpers import db_url  # noqa: F401 - fixture
from test_staff_accounts import PASSWORD, Clock
from test_staff_pages import token

MAX_FAILURES = 5  # the documented threshold (docs/staff-pages.md, "Security"), not the code's constant

WRONG = "zle-haslo-123"


@pytest.fixture
def hashes(monkeypatch) -> list[str]:
    """Every password hash checked (the cost an attacker can impose)."""
    checked: list[str] = []
    real = module.check_password_hash

    def counting(stored, password):
        checked.append(stored)
        return real(stored, password)

    monkeypatch.setattr(module, "check_password_hash", counting)
    return checked


@pytest.fixture
def accounts(db_url, tmp_path):  # noqa: F811
    found = StaffAccounts(db_url, clock=Clock(), secret="s" * 40, gate=HashGate(db_url, folder=tmp_path, wait=0.3))
    found.add("anna", PASSWORD)
    found.add("jan", PASSWORD)
    return found


def addresses(count: int, first: str = "203.0.113.1") -> list[str]:
    start = ipaddress.ip_address(first)
    return [str(start + n) for n in range(count)]


def test_rotating_addresses_get_five_guesses_at_an_account_not_five_each(accounts, hashes):
    results = [accounts.authenticate("anna", f"zgadywane-{n}", address) for n, address in enumerate(addresses(40))]
    assert len(hashes) == MAX_FAILURES  # before: 40 checks, five per address
    assert all(r.locked for r in results[MAX_FAILURES - 1:])
    assert not any(r.ok for r in results)
    # The right password from yet another new address is refused unchecked while the lock lasts.
    assert accounts.authenticate("anna", PASSWORD, "192.0.2.50").locked and len(hashes) == MAX_FAILURES
    # The lock is the account's, shown by `ivr staff list`.
    assert [a.login for a in accounts.list() if a.locked_until] == ["anna"]


def test_the_usual_office_computer_is_not_locked_out_with_the_account(accounts, hashes):
    office = "198.51.100.7"
    assert accounts.authenticate("anna", PASSWORD, office).ok
    for address in addresses(10):
        accounts.authenticate("anna", WRONG, address)
    assert accounts.authenticate("anna", PASSWORD, "192.0.2.50").locked
    assert accounts.authenticate("anna", PASSWORD, office).ok
    # The office computer still has its own limit of five.
    for _ in range(MAX_FAILURES):
        accounts.authenticate("anna", WRONG, office)
    assert accounts.authenticate("anna", PASSWORD, office).locked


def test_a_good_sign_in_on_one_account_resets_no_other_accounts_failures(accounts, hashes):
    # Someone who knows jan's password tries anna's between jan's sign-ins, from one address and from several.
    attacker = "203.0.113.77"
    for _ in range(MAX_FAILURES - 1):
        assert not accounts.authenticate("anna", WRONG, attacker).ok
        assert accounts.authenticate("jan", PASSWORD, attacker).ok
    assert accounts.authenticate("anna", WRONG, attacker).locked  # the fifth failure locks

    accounts.add("ewa", PASSWORD)
    for address in addresses(MAX_FAILURES - 1, "198.51.100.20"):
        accounts.authenticate("jan", WRONG, address)
        assert accounts.authenticate("ewa", PASSWORD, address).ok  # ewa's good sign-ins from the same addresses
    assert accounts.authenticate("jan", WRONG, "198.51.100.99").locked  # jan's account-wide count held


def test_an_unknown_login_costs_one_hash_like_a_known_one(accounts, hashes):
    for n in range(MAX_FAILURES):
        before = len(hashes)
        known = accounts.authenticate("anna", WRONG, f"203.0.113.{n}")
        after_known = len(hashes)
        unknown = accounts.authenticate("nikt", WRONG, f"203.0.113.{n}")
        assert after_known - before == len(hashes) - after_known == 1
        assert (known.ok, known.locked, known.address_locked) == (unknown.ok, unknown.locked, unknown.address_locked)
    # Locked: neither is checked any more, both answered alike.
    before = len(hashes)
    known, unknown = accounts.authenticate("anna", WRONG, "192.0.2.1"), accounts.authenticate("nikt", WRONG, "192.0.2.1")
    assert len(hashes) == before and known.locked and unknown.locked


def test_the_stored_address_is_keyed_with_the_secret(accounts, db_url):  # noqa: F811
    address = "203.0.113.42"
    accounts.authenticate("anna", WRONG, address)
    with accounts.store.engine.connect() as connection:
        stored = {row[0] for row in connection.execute(select(sign_in_failures.c.address))}
    assert keyed_hash(derived_key("s" * 40, KEY_PURPOSE), f"staff-sign-in:{address}") in stored
    # The unkeyed hash of every address of the network is no match: it cannot be tried back.
    tried = {hashlib.sha256(f"staff-sign-in:{ip}".encode()).hexdigest()
             for ip in ipaddress.ip_network("203.0.113.0/24")}
    tried |= {h[:32] for h in tried}
    assert not (stored & tried)
    # Another secret, another key: the same address is another row.
    other = StaffAccounts(db_url, clock=Clock(), secret="t" * 40, gate=accounts.gate)
    other.authenticate("anna", WRONG, address)
    with accounts.store.engine.connect() as connection:
        assert len({row[0] for row in connection.execute(select(sign_in_failures.c.address))} - stored) == 1


# ---------------------------------------------------------------- the cap on hash checks


def test_parallel_sign_ins_never_check_two_hashes_at_once(accounts, monkeypatch):
    """Real threads: each check sleeps, the gate must keep them one at a time; those that
    wait longer than the gate allows are answered busy, unchecked and uncounted."""
    running, most = [0], [0]
    lock = threading.Lock()
    real = module.check_password_hash

    def slow(stored, password):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.1)
        with lock:
            running[0] -= 1
        return real(stored, password)

    monkeypatch.setattr(module, "check_password_hash", slow)
    start = threading.Barrier(6)
    results = []

    def sign_in(n):
        start.wait()
        results.append(accounts.authenticate("jan" if n % 2 else "anna", PASSWORD, f"198.51.100.{n}"))

    threads = [threading.Thread(target=sign_in, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert most[0] == 1
    assert len(results) == 6 and all(r.ok or r.busy for r in results)
    assert any(r.busy for r in results) and any(r.ok for r in results)  # 6 x 0.1 s does not fit in 0.3 s
    assert all(not r.locked for r in results)


def _hold_gate(path) -> subprocess.Popen:
    """Another process (a worker checking a password) holding the gate until told to stop."""
    code = ("import fcntl, os, sys\n"
            f"fd = os.open({str(path)!r}, os.O_CREAT | os.O_RDWR, 0o600)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "sys.stdin.readline()\n")
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_sign_in_while_another_process_checks_a_password_is_busy_and_counted_nowhere(accounts, hashes):
    holder = _hold_gate(accounts.gate.path)
    try:
        started = time.monotonic()
        result = accounts.authenticate(" Anna ", WRONG, "203.0.113.5")
        assert result.busy and result.ok is False and not result.locked
        assert result.login == "anna"  # the page names the login it could not check yet
        assert time.monotonic() - started < 5  # the gate's wait (0.3 s here), not a long queue
        assert hashes == []
        with accounts.store.engine.connect() as connection:
            assert connection.execute(select(sign_in_failures.c.failures)).all() == []
    finally:
        holder.communicate("\n", timeout=10)
    assert accounts.authenticate("anna", PASSWORD, "203.0.113.5").ok


def test_under_gunicorn_every_worker_waits_for_the_one_check_and_says_so_in_polish(tmp_path, content_dir):
    from ivr.database.engine import Database
    from test_logs import _gunicorn

    url = f"sqlite:///{tmp_path / 'instance' / 'ivr.sqlite3'}"
    StaffAccounts(url).add("anna", PASSWORD)
    gate_path = HashGate.for_database(Database(url).engine.url).path
    assert gate_path.parent == tmp_path / "instance"  # beside the database, not in /tmp
    process, base = _gunicorn(tmp_path, content_dir, IVR_WORKERS="2")
    try:
        holder = _hold_gate(gate_path)
        try:
            for _ in range(4):  # whichever worker takes it
                session = requests.Session()
                page = session.get(base + "/staff/login", timeout=10).text
                response = session.post(base + "/staff/login", data={
                    "login": "anna", "password": PASSWORD, "csrf_token": token(page)}, timeout=20, allow_redirects=False)
                assert response.status_code == 503
                assert "Logowanie jest teraz zajęte. Proszę spróbować za chwilę." in response.text
                assert response.headers["Retry-After"] == "5"
        finally:
            holder.communicate("\n", timeout=10)
        session = requests.Session()
        page = session.get(base + "/staff/login", timeout=10).text
        response = session.post(base + "/staff/login", data={
            "login": "anna", "password": PASSWORD, "csrf_token": token(page)}, timeout=20, allow_redirects=False)
        assert response.status_code == 302
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_the_gate_lock_file_lies_beside_a_sqlite_database_and_in_the_temporary_folder_otherwise(tmp_path):
    import tempfile

    beside = HashGate.for_database(f"sqlite:///{tmp_path / 'ivr.sqlite3'}")
    assert beside.path.parent == tmp_path
    assert beside.path.name.startswith("ivr-hash-gate-")
    other = HashGate.for_database("postgresql://ivr@localhost/ivr")
    assert other.path.parent == Path(tempfile.gettempdir())
    # Two lines on one machine never share a gate; the same database always does.
    assert beside.path != HashGate.for_database(f"sqlite:///{tmp_path / 'other.sqlite3'}").path
    assert beside.path == HashGate.for_database(f"sqlite:///{tmp_path / 'ivr.sqlite3'}").path
