"""Issue 35: the promises of staff account management (roles, unlock, sign-out, removal, the
list of accounts, the session stamp), each tried with the input that would break it: a login
written with capitals and spaces, a second account whose rows must stay, the last admin."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from messages_helpers import db_url  # noqa: F401  (fixture: SQLite, and PostgreSQL when configured)
from ivr.database.schema import sign_in_failures
from ivr.staff.accounts import AccountError, StaffAccounts

from test_staff_accounts import LOCK_MINUTES, PASSWORD, clock  # noqa: F401 (fixture; documented limits)

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)  # the shared clock fixture's start


@pytest.fixture
def accounts(db_url, clock):  # noqa: F811
    found = StaffAccounts(db_url, clock=clock)
    found.add("anna", PASSWORD)  # the first account: an admin
    found.add("bartek", PASSWORD)
    return found


def _rows(accounts, login):
    with accounts.store.engine.connect() as db:
        return {(r.address, r.failures, r.locked_until is not None) for r in db.execute(
            select(sign_in_failures).where(sign_in_failures.c.login == login))}


def _fail(accounts, login, times, address="10.0.0.1"):
    for _ in range(times):
        assert not accounts.authenticate(login, "zle-haslo-123", address).ok


# ---------------------------------------------------------------- roles

def test_role_of_reads_the_stored_role_by_the_written_login(accounts):
    assert accounts.role_of("anna") == "admin"
    assert accounts.role_of(" Bartek ") == "staff"  # the login as a clerk may type it
    assert accounts.role_of("nikt") is None


def test_set_role_promotes_and_demotes_and_normalizes_the_login(accounts):
    accounts.set_role(" BARTEK ", "admin")
    assert accounts.role_of("bartek") == "admin"
    accounts.set_role("Anna", "staff")  # two admins: one may stop being one
    assert accounts.role_of("anna") == "staff"
    assert accounts.role_of("bartek") == "admin"
    assert [a.role for a in accounts.list()] == ["staff", "admin"]


def test_the_last_admin_cannot_stop_being_one(accounts):
    with pytest.raises(AccountError) as refused:
        accounts.set_role("anna", "staff")
    assert str(refused.value) == ("To jedyne konto administratora: najpierw proszę nadać rolę admin "
                                  "innemu kontu.")
    assert accounts.role_of("anna") == "admin"
    accounts.set_role("anna", "admin")  # staying admin is no demotion
    assert accounts.role_of("anna") == "admin"


def test_set_role_refuses_an_unknown_role_or_login_with_its_words(accounts):
    with pytest.raises(AccountError) as refused:
        accounts.set_role("bartek", "root")
    assert str(refused.value) == "Rola musi być „admin” albo „staff”."
    with pytest.raises(AccountError) as refused:
        accounts.set_role(" Nikt ", "admin")
    assert str(refused.value) == "Nie ma konta „nikt”."
    assert accounts.role_of("bartek") == "staff"


# ---------------------------------------------------------------- unlock, password, sign-out

def test_unlock_lifts_only_this_logins_locks_and_keeps_its_known_addresses(accounts):
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.9").ok  # a known address of anna
    _fail(accounts, "anna", 5)
    _fail(accounts, "bartek", 5)
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").locked
    accounts.unlock(" ANNA ")
    anna = _rows(accounts, "anna")
    assert anna and all(address.startswith("ok:") for address, _f, _l in anna)  # the known address stays
    assert all(not locked for _a, _f, locked in anna)
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").ok
    assert any(locked for _a, _f, locked in _rows(accounts, "bartek"))  # another login stays locked
    assert accounts.authenticate("bartek", PASSWORD, "10.0.0.1").locked


def test_unlock_clears_the_failure_count_so_five_more_are_allowed(accounts):
    _fail(accounts, "anna", 4)
    accounts.unlock("anna")
    _fail(accounts, "anna", 4)  # 4 after the unlock, not 8: not locked
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").ok


def test_unlock_of_an_unknown_login_is_refused(accounts):
    with pytest.raises(AccountError) as refused:
        accounts.unlock("nikt")
    assert str(refused.value) == "Nie ma konta „nikt”."


def test_a_new_password_ends_sessions_unlocks_and_works(accounts):
    stamp = accounts.session_stamp("anna")
    _fail(accounts, "anna", 5)
    accounts.set_password(" Anna ", "nowe-haslo-456")
    assert accounts.session_stamp("anna") != stamp
    assert accounts.authenticate("anna", "nowe-haslo-456", "10.0.0.1").ok
    assert not accounts.authenticate("anna", PASSWORD, "10.0.0.2").ok
    with pytest.raises(AccountError) as refused:
        accounts.set_password("anna", "krotkie")
    assert str(refused.value) == "Hasło musi mieć co najmniej 10 znaków."
    with pytest.raises(AccountError):
        accounts.set_password("nikt", "nowe-haslo-456")


def test_sign_out_changes_only_this_accounts_stamp(accounts):
    anna, bartek = accounts.session_stamp("anna"), accounts.session_stamp("bartek")
    accounts.end_sessions(" ANNA ")
    assert accounts.session_stamp("anna") not in {anna, None}
    assert accounts.session_stamp("bartek") == bartek
    accounts.end_sessions("anna")
    assert len({anna, accounts.session_stamp("anna")}) == 2
    with pytest.raises(AccountError) as refused:
        accounts.end_sessions("nikt")
    assert str(refused.value) == "Nie ma konta „nikt”."


def test_the_session_stamp_is_stable_per_account_and_absent_for_none(accounts):
    stamp = accounts.session_stamp("anna")
    assert stamp == accounts.session_stamp(" Anna ") and len(stamp) == 32
    assert stamp != accounts.session_stamp("bartek")  # two accounts, same password, two stamps
    assert accounts.session_stamp("nikt") is None


# ---------------------------------------------------------------- removal and the list

def test_remove_deletes_the_account_and_its_failures_only(accounts):
    _fail(accounts, "anna", 2)
    _fail(accounts, "bartek", 2)
    accounts.remove(" Bartek ")
    assert [a.login for a in accounts.list()] == ["anna"]
    assert _rows(accounts, "bartek") == set()
    assert _rows(accounts, "anna")
    assert accounts.session_stamp("bartek") is None
    with pytest.raises(AccountError) as refused:
        accounts.remove(" Bartek ")
    assert str(refused.value) == "Nie ma konta „bartek”."


def test_the_list_shows_the_worst_count_and_the_latest_lock_of_each_login(accounts, clock):
    with accounts.store.engine.begin() as db:
        for address, failures, until in (("a1", 2, T0 + timedelta(minutes=5)), ("a2", 4, T0 + timedelta(minutes=20)),
                                          ("a3", 1, None)):
            db.execute(insert(sign_in_failures).values(login="bartek", address=address, failures=failures,
                                                       last_at=T0, locked_until=until))
    listed = {a.login: a for a in accounts.list()}
    assert [a.login for a in accounts.list()] == ["anna", "bartek"]
    assert listed["bartek"].failures == 4
    assert listed["bartek"].locked_until.replace(tzinfo=timezone.utc) == T0 + timedelta(minutes=20)
    assert listed["anna"].failures == 0 and listed["anna"].locked_until is None
    assert (listed["anna"].role, listed["bartek"].role) == ("admin", "staff")


def test_a_refused_attempt_reports_the_lock_it_hit_or_a_fresh_one(accounts, clock):
    _fail(accounts, "anna", 5)
    clock.now = T0 + timedelta(minutes=3)
    refused = accounts.authenticate("anna", PASSWORD, "10.0.0.1")
    assert refused.locked_until.replace(tzinfo=timezone.utc) == T0 + timedelta(minutes=LOCK_MINUTES)
    clock.now = T0 + timedelta(minutes=LOCK_MINUTES + 1)  # the lock ran out: signing in works again
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").ok


def test_the_list_is_by_login_and_each_login_has_its_own_counts(db_url, clock):  # noqa: F811
    accounts = StaffAccounts(db_url, clock=clock)
    for login in ("zofia", "adam", "marta"):  # added out of order
        accounts.add(login, PASSWORD)
    with accounts.store.engine.begin() as db:
        for login, failures, minutes in (("zofia", 3, 5), ("adam", 1, 20), ("marta", 2, None)):
            db.execute(insert(sign_in_failures).values(
                login=login, address="a1", failures=failures, last_at=T0,
                locked_until=T0 + timedelta(minutes=minutes) if minutes else None))
    listed = accounts.list()
    assert [a.login for a in listed] == ["adam", "marta", "zofia"]
    assert [a.failures for a in listed] == [1, 2, 3]
    assert [a.locked_until and a.locked_until.replace(tzinfo=timezone.utc) for a in listed] == [
        T0 + timedelta(minutes=20), None, T0 + timedelta(minutes=5)]


def test_a_lock_starts_its_count_afresh(accounts):
    _fail(accounts, "anna", 5)
    [anna] = [a for a in accounts.list() if a.login == "anna"]
    assert anna.failures == 0  # the five failures became the lock
    assert anna.locked_until.replace(tzinfo=timezone.utc) == T0 + timedelta(minutes=LOCK_MINUTES)


def _row(accounts, login, address, last_at, locked_until=None, failures=1):
    with accounts.store.engine.begin() as db:
        db.execute(insert(sign_in_failures).values(login=login, address=address, failures=failures,
                                                   last_at=last_at, locked_until=locked_until))


def _addresses(accounts, login):
    with accounts.store.engine.connect() as db:
        return sorted(r.address for r in db.execute(select(sign_in_failures).where(sign_in_failures.c.login == login)))


def test_a_lock_forgets_old_counts_but_not_recent_ones_known_addresses_or_running_locks(accounts, clock):
    day = timedelta(days=1)
    _row(accounts, "bartek", "old", T0 - day - timedelta(seconds=1))  # older than a day, no lock: forgotten
    _row(accounts, "bartek", "old-lock-over", T0 - 2 * day, locked_until=T0 - timedelta(minutes=1))  # forgotten
    _row(accounts, "bartek", "exactly-a-day", T0 - day)  # not older than a day: kept
    _row(accounts, "bartek", "recent", T0 - timedelta(hours=1))  # kept
    _row(accounts, "bartek", "old-still-locked", T0 - 2 * day, locked_until=T0 + timedelta(minutes=5))  # kept
    _row(accounts, "bartek", "ok:known", T0 - 2 * day, failures=0)  # a known address, 2 days old: kept
    _row(accounts, "bartek", "ok:known-long-ago", T0 - timedelta(days=31), failures=0)  # past 30 days: forgotten
    _fail(accounts, "anna", 5)  # anna's lock runs the clean-up
    assert _addresses(accounts, "bartek") == sorted(
        ["exactly-a-day", "recent", "old-still-locked", "ok:known"])


def test_a_known_address_is_remembered_without_a_failure(accounts):
    """The row that remembers an address a login signed in from counts no failure: the list shows
    the worst count of the login's rows, and a remembered address must not add one."""
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.7").ok
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.8").ok
    known = [(address, failures) for address, failures, _l in _rows(accounts, "anna") if address.startswith("ok:")]
    assert len(known) == 2 and all(failures == 0 for _a, failures in known)
    [anna] = [a for a in accounts.list() if a.login == "anna"]
    assert anna.failures == 0


def test_an_overlong_login_is_refused_and_counted_under_its_first_32_characters(accounts):
    long_login = "b" * 32 + "x" * 968  # a thousand characters typed or pasted into the field
    result = accounts.authenticate(long_login, "zle-haslo-123", "10.0.0.1")
    assert not result.ok and result.login == "b" * 32
    assert _rows(accounts, "b" * 32)  # no row under a key longer than the column (PostgreSQL: varchar(32))


def test_a_known_address_locks_too_and_the_right_password_is_then_refused(accounts, clock):
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.5").ok  # the office's computer, now known
    _fail(accounts, "anna", 5, address="10.0.0.5")  # five wrong ones from it: locked from there
    clock.now = T0 + timedelta(minutes=3)
    refused = accounts.authenticate(" Anna ", PASSWORD, "10.0.0.5")
    assert refused.ok is False and refused.login == "anna" and not refused.address_locked
    assert refused.locked_until.replace(tzinfo=timezone.utc) == T0 + timedelta(minutes=LOCK_MINUTES)


def test_five_failures_from_five_unknown_addresses_lock_the_login_everywhere_new(accounts, clock):
    for n in range(5):
        _fail(accounts, "anna", 1, address=f"198.51.100.{n}")  # one failure each: no address reaches 5
    clock.now = T0 + timedelta(minutes=4)
    refused = accounts.authenticate("anna", PASSWORD, "198.51.100.99")
    assert refused.ok is False and refused.login == "anna" and not refused.address_locked
    assert refused.locked_until.replace(tzinfo=timezone.utc) == T0 + timedelta(minutes=LOCK_MINUTES)


def test_an_address_that_tried_twenty_logins_is_locked_for_every_login(accounts, clock):
    for n in range(20):  # documented: 20 failures of any logins from one address within 15 minutes
        assert not accounts.authenticate(f"ktos{n}", "zle-haslo-123", "203.0.113.66").ok
    clock.now = T0 + timedelta(minutes=2)
    refused = accounts.authenticate(" Bartek ", PASSWORD, "203.0.113.66")
    assert refused.ok is False and refused.login == "bartek" and refused.address_locked
    # the address's count is never stamped with a lock: it refuses until 15 minutes pass without a try
    assert refused.locked_until.replace(tzinfo=timezone.utc) == clock.now + timedelta(minutes=LOCK_MINUTES)
    assert accounts.authenticate("bartek", PASSWORD, "203.0.113.67").ok  # another address is not locked


def test_a_right_password_from_a_new_address_costs_the_login_no_attempt(accounts):
    for n in range(4):
        _fail(accounts, "anna", 1, address=f"198.51.100.{n}")  # four failures: one short of the lock
    for n in range(3):  # right passwords from new addresses each: none of them counts as a failure
        assert accounts.authenticate("anna", PASSWORD, f"192.0.2.{n}").ok
    [anna] = [a for a in accounts.list() if a.login == "anna"]
    assert anna.failures == 4 and anna.locked_until is None


def test_an_address_known_for_another_login_is_new_for_this_one(accounts):
    assert accounts.authenticate("bartek", PASSWORD, "10.0.0.44").ok  # bartek's computer
    _fail(accounts, "anna", 4, address="198.51.100.7")  # anna: 4 failures counted against her account
    _fail(accounts, "anna", 1, address="10.0.0.44")  # the fifth, from bartek's computer: new to anna
    refused = accounts.authenticate("anna", PASSWORD, "192.0.2.200")
    assert refused.locked and not refused.ok


def test_an_address_is_known_for_thirty_days_and_not_at_the_thirtieth_days_instant(accounts, clock):
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.45").ok  # known from T0
    clock.now = T0 + timedelta(days=30) - timedelta(minutes=1)
    _fail(accounts, "anna", 4, address="198.51.100.8")  # 4 against the account, within the lock's window
    clock.now = T0 + timedelta(days=30)  # exactly 30 days after: no longer a known address
    _fail(accounts, "anna", 1, address="10.0.0.45")  # so this failure counts against the account too
    assert accounts.authenticate("anna", PASSWORD, "192.0.2.201").locked


# ---------------------------------------------------------------- the words and limits of the forms

def test_a_login_or_password_out_of_bounds_is_refused_in_full_words(accounts):
    with pytest.raises(AccountError) as refused:
        accounts.add("Ż", PASSWORD)
    assert str(refused.value) == ("Login musi mieć od 2 do 32 znaków: małe litery bez polskich znaków, cyfry, kropka, "
                                  "łącznik lub podkreślenie; pierwszy znak musi być literą.")
    accounts.add("ola", "a" * 10)  # exactly the shortest allowed
    with pytest.raises(AccountError) as refused:
        accounts.add("ela", "a" * 9)
    assert str(refused.value) == "Hasło musi mieć co najmniej 10 znaków."
    accounts.add("iza", "a" * 200)  # exactly the longest allowed
    with pytest.raises(AccountError) as refused:
        accounts.add("ula", "a" * 201)
    assert str(refused.value) == "Hasło może mieć najwyżej 200 znaków."


def test_no_login_is_no_account_even_one_named_like_a_placeholder(accounts):
    accounts.add("xxxx", PASSWORD)
    assert not accounts.authenticate(None, PASSWORD, "10.0.0.1").ok
    assert accounts.role_of(None) is None


# ---------------------------------------------------------------- the window of the count

def test_failures_minutes_apart_still_add_up_to_the_lock(accounts, clock):
    for minutes in (0, 10, 20, 30, 40):  # each within 15 minutes of the one before
        clock.now = T0 + timedelta(minutes=minutes)
        _fail(accounts, "anna", 1)
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").locked


def test_a_count_left_alone_for_15_minutes_starts_again_at_one(accounts, clock):
    _fail(accounts, "anna", 4)
    clock.now = T0 + timedelta(minutes=20)
    _fail(accounts, "anna", 4)  # 1..4 again, not 5..8: no lock
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").ok


def test_a_lock_ends_at_its_very_instant(accounts, clock):
    _fail(accounts, "anna", 5)
    clock.now = T0 + timedelta(minutes=LOCK_MINUTES)
    assert accounts.authenticate("anna", PASSWORD, "10.0.0.1").ok


def test_a_new_account_is_described_as_stored(accounts):
    made = accounts.add(" Nowa ", PASSWORD)
    assert (made.login, made.created_at, made.failures, made.locked_until, made.role) == ("nowa", T0, 0, None, "staff")
    [listed] = [a for a in accounts.list() if a.login == "nowa"]
    assert listed.created_at.replace(tzinfo=timezone.utc) == made.created_at


def test_a_wrong_password_is_a_plain_refusal(accounts):
    refused = accounts.authenticate(" Anna ", "zle-haslo-123", "10.0.0.1")
    assert refused.ok is False and refused.login == "anna" and refused.locked_until is None
    assert not refused.busy and not refused.address_locked
