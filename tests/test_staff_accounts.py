"""Staff accounts: hashed passwords, lock-out after failed sign-ins, the `ivr staff` commands."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from ivr.cli import main
from messages_helpers import db_url  # noqa: F401  (fixture: SQLite, and PostgreSQL when configured)
from ivr.staff.accounts import AccountError, StaffAccounts, staff_accounts

# The documented limits (docs/staff-pages.md, "Security"; issue 35), not the code's constants: a change of
# either in the code must fail these tests.
MAX_FAILURES = 5  # failures of a login from one address that lock it
LOCK_MINUTES = 15  # how long the lock lasts

PASSWORD = "dobre-haslo-123"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts(db_url, clock):  # noqa: F811
    found = StaffAccounts(db_url, clock=clock)
    found.add("anna", PASSWORD)
    return found


def test_password_is_stored_hashed(accounts):
    with accounts.store.engine.connect() as db:
        stored = db.execute(select(staff_accounts.c.password_hash)).scalar_one()
    assert PASSWORD not in stored and stored.startswith(("scrypt:", "pbkdf2:"))


def test_sign_in_with_the_right_password_only(accounts):
    assert accounts.authenticate("anna", PASSWORD).ok
    assert accounts.authenticate(" Anna ", PASSWORD).ok  # logins are lower case, trimmed
    assert not accounts.authenticate("anna", "zle-haslo-123").ok
    assert not accounts.authenticate("nikt", PASSWORD).ok


def test_logins_and_passwords_are_checked(accounts):
    with pytest.raises(AccountError, match="już istnieje"):
        accounts.add("anna", PASSWORD)
    for login in ("a", "1anna", "anna kowalska", "żaneta", "x" * 40, "an\nna"):
        with pytest.raises(AccountError, match="Login"):
            accounts.add(login, PASSWORD)
    with pytest.raises(AccountError, match="co najmniej"):
        accounts.add("jan", "krotkie")


def test_five_failures_lock_the_login_for_fifteen_minutes(accounts, clock):
    for _ in range(MAX_FAILURES - 1):
        result = accounts.authenticate("anna", "zle-haslo-123")
        assert not result.ok and not result.locked
    locked = accounts.authenticate("anna", "zle-haslo-123")
    assert locked.locked and locked.locked_until == clock.now + timedelta(minutes=LOCK_MINUTES)
    # Locked: even the right password is refused.
    clock.now += timedelta(minutes=LOCK_MINUTES - 1)
    assert accounts.authenticate("anna", PASSWORD).locked
    clock.now += timedelta(minutes=1, seconds=1)
    assert accounts.authenticate("anna", PASSWORD).ok


def test_the_lock_is_stored_not_kept_in_memory(accounts, db_url, clock):  # noqa: F811
    for _ in range(MAX_FAILURES):
        accounts.authenticate("anna", "zle-haslo-123")
    again = StaffAccounts(db_url, clock=clock)  # e.g. another worker, or after a restart
    assert again.authenticate("anna", PASSWORD).locked


def test_a_success_resets_the_count(accounts):
    for _ in range(MAX_FAILURES - 1):
        accounts.authenticate("anna", "zle-haslo-123")
    assert accounts.authenticate("anna", PASSWORD).ok
    for _ in range(MAX_FAILURES - 1):
        assert not accounts.authenticate("anna", "zle-haslo-123").locked


def test_unlock_and_new_password(accounts):
    for _ in range(MAX_FAILURES):
        accounts.authenticate("anna", "zle-haslo-123")
    accounts.unlock("anna")
    assert accounts.authenticate("anna", PASSWORD).ok
    stamp = accounts.session_stamp("anna")
    accounts.set_password("anna", "nowe-haslo-456")
    assert accounts.session_stamp("anna") != stamp  # sessions made with the old password end
    assert accounts.authenticate("anna", "nowe-haslo-456").ok


def test_remove_and_list(accounts):
    accounts.add("jan", PASSWORD)
    assert [a.login for a in accounts.list()] == ["anna", "jan"]
    accounts.remove("jan")
    assert accounts.session_stamp("jan") is None
    with pytest.raises(AccountError, match="Nie ma konta"):
        accounts.remove("jan")


# ---------------------------------------------------------------- the command


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("IVR_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("IVR_CONTENT_DIR", str(settings.content_dir))
    return settings


def test_staff_add_asks_the_password_twice(env):
    runner = CliRunner()
    result = runner.invoke(main, ["staff", "add", "ewa"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Utworzono konto „ewa”" in result.output
    assert PASSWORD not in result.output  # hidden input
    assert StaffAccounts(env.database_url).authenticate("ewa", PASSWORD).ok
    listed = runner.invoke(main, ["staff", "list"])
    assert listed.output.startswith("ewa (admin, utworzone ")


def test_staff_add_refuses_a_mistyped_or_short_password(env):
    runner = CliRunner()
    result = runner.invoke(main, ["staff", "add", "ewa"], input=f"{PASSWORD}\ninne-haslo-999\n{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0  # asked again after the mismatch
    result = runner.invoke(main, ["staff", "add", "olek"], input="krotkie\nkrotkie\n")
    assert result.exit_code == 2 and "co najmniej" in result.output
    result = runner.invoke(main, ["staff", "add", "Zła Nazwa"])
    assert result.exit_code == 2 and "Login" in result.output


def test_staff_unlock_password_remove(env):
    runner = CliRunner()
    runner.invoke(main, ["staff", "add", "ewa"], input=f"{PASSWORD}\n{PASSWORD}\n")
    for _ in range(MAX_FAILURES):
        StaffAccounts(env.database_url).authenticate("ewa", "zle-haslo-123")
    assert runner.invoke(main, ["staff", "list"]).output.count("zablokowane do") == 1
    assert runner.invoke(main, ["staff", "unlock", "ewa"]).exit_code == 0
    assert StaffAccounts(env.database_url).authenticate("ewa", PASSWORD).ok
    result = runner.invoke(main, ["staff", "password", "ewa"], input="nowe-haslo-456\nnowe-haslo-456\n")
    assert result.exit_code == 0 and StaffAccounts(env.database_url).authenticate("ewa", "nowe-haslo-456").ok
    kept = runner.invoke(main, ["staff", "remove", "ewa"], input="nie\n")  # asked once: anything but "tak" keeps it
    assert kept.exit_code == 0 and "Nie usunięto konta." in kept.output and "Tego nie można cofnąć" in kept.output
    assert StaffAccounts(env.database_url).authenticate("ewa", "nowe-haslo-456").ok
    removed = runner.invoke(main, ["staff", "remove", "ewa"], input="tak\n")
    assert removed.exit_code == 0 and "Usunięto konto „ewa”" in removed.output
    assert runner.invoke(main, ["staff", "remove", "ewa", "--yes"]).exit_code == 2


# ---------------------------------------------------------------- under attack


def test_parallel_wrong_passwords_check_at_most_the_limit_and_leave_the_login_locked(accounts, monkeypatch):
    import threading

    import ivr.staff.accounts as module

    checked = []
    real_check = module.check_password_hash

    def counting_check(stored, password):
        checked.append(password)
        return real_check(stored, password)

    assert accounts.authenticate("anna", PASSWORD, "198.51.100.7").ok  # the office computer, signed in before
    monkeypatch.setattr(module, "check_password_hash", counting_check)
    start = threading.Barrier(8)

    def attacker(number):
        start.wait()
        for attempt in range(8):
            accounts.authenticate("anna", f"zgadywane-{number}-{attempt}", "203.0.113.5")

    threads = [threading.Thread(target=attacker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(checked) <= MAX_FAILURES  # 64 tries, never more than the limit checked
    assert accounts.authenticate("anna", PASSWORD, "203.0.113.5").locked  # and the lock held
    assert accounts.authenticate("anna", PASSWORD, "198.51.100.7").ok  # the real staff member at the office
    assert accounts.authenticate("anna", PASSWORD, "192.0.2.99").locked  # a new address: the account is locked


def test_a_failure_never_clears_a_lock(accounts, clock):
    for _ in range(MAX_FAILURES):
        accounts.authenticate("anna", "zle-haslo-123")
    until = accounts.authenticate("anna", "zle-haslo-123").locked_until
    for _ in range(10):
        assert accounts.authenticate("anna", "zle-haslo-123").locked_until == until
    assert [a.locked_until for a in accounts.list()] == [until]


def test_unknown_logins_are_counted_and_locked_like_known_ones(accounts):
    results = [(accounts.authenticate("anna", "zle-haslo-123"), accounts.authenticate("nikt", "zle-haslo-123"))
               for _ in range(MAX_FAILURES + 1)]
    assert [(k.ok, k.locked) for k, _ in results] == [(u.ok, u.locked) for _, u in results]


def test_sign_out_and_new_password_end_every_session(accounts):
    stamp = accounts.session_stamp("anna")
    accounts.end_sessions("anna")
    assert accounts.session_stamp("anna") not in (None, stamp)
