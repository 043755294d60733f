"""Mutation testing of the guard modules: `make mutate [MODULES="call/schedule.py ..."]`.

Each guard module is mutated by mutmut and checked by ONLY its own test files (GUARDS
below, the one place that maps a module to its tests), so a module's run stays short
on a 2-core machine. Every module runs in its own scratch folder, .mutate/<module>/,
laid out anew each time (a fresh run: no stale result survives a change of code or
tests). Per module it prints the score (killed / non-equivalent mutants), and every
surviving mutant with its diff.

A survivor judged equivalent (no behaviour can tell it from the original) is listed in
EQUIVALENT with the mutated line it must show and why; it then leaves the denominator.
If the code moves and the named mutant no longer changes that line, the judgement no
longer applies and the survivor counts again.

    .venv/bin/python tools/mutate.py                      # every guard module
    .venv/bin/python tools/mutate.py call/schedule.py     # a subset (paths under ivr/)
    .venv/bin/python tools/mutate.py --list               # the mapping, nothing run
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ROOT / ".mutate"

# The guard modules (paths under ivr/) and the test files that hold their promises.
GUARDS: dict[str, list[str]] = {
    "web/security.py": ["tests/test_security.py"],
    "web/staff/auth.py": ["tests/test_staff_pages.py", "tests/test_staff_redirects.py", "tests/test_sign_in_limits.py"],
    "staff/accounts.py": ["tests/test_staff_accounts.py", "tests/test_sign_in_limits.py",
                          "tests/test_promises_sign_in.py", "tests/test_promises_accounts.py",
                          "tests/test_rodo_roles.py"],
    "messages/recordings.py": ["tests/test_recordings.py", "tests/test_promises_recording_redirects.py",
                               "tests/test_promises_recordings.py"],
    "messages/bridge.py": ["tests/test_bridge.py", "tests/test_low_findings.py", "tests/test_outbound.py",
                           "tests/test_sms_budget.py", "tests/test_promises_bridge.py", "tests/test_bridge_page.py",
                           "tests/test_bridge_cli.py", "tests/test_twilio_connect.py",
                           "tests/test_sms_callback_page.py",
                           "tests/test_promises_bridge_progress.py"],
    "operations/backup.py": ["tests/test_backup.py", "tests/test_restore_hostile.py", "tests/test_promises_backup.py"],
    "operations/doctor.py": ["tests/test_doctor.py", "tests/test_jobs.py", "tests/test_admin_traps.py",
                             "tests/test_promises_twilio_hosts.py", "tests/test_promises_doctor.py"],
    "call/notices.py": ["tests/test_notices.py", "tests/test_notices_uk.py", "tests/test_promises_notices.py"],
    "call/schedule.py": ["tests/test_schedule.py"],
}

# What the tests read from the project folder besides the package and the tests.
ALSO_COPY = ["prompts", "deploy", "bench"]


@dataclass(frozen=True)
class Equivalent:
    line: str  # the mutated line as mutmut's diff shows it after "+", stripped
    why: str


# Survivors judged equivalent, by mutant name (docs/development.md, "Mutation testing").
EQUIVALENT: dict[str, Equivalent] = {
    "ivr.web.security.x_signed_url__mutmut_5": Equivalent(
        'base = public or req.host_url.rstrip("XX/XX")',
        "also strips a trailing capital X, but Werkzeug lower-cases the host: host_url ends in a "
        "lower-case letter, a digit or ']' before its slash"),
    "ivr.web.security.x_signed_url__mutmut_9": Equivalent(
        'query = req.query_string.decode("LATIN-1")',
        "codec names are case-insensitive: the same codec"),
    "ivr.call.notices.x_coming_closures__mutmut_16": Equivalent(
        "for offset in range(CLOSURE_HORIZON_DAYS + 1):",
        "offset 0 is today, always skipped: covered_until is today or the next opening, never earlier"),
    "ivr.call.notices.x_coming_closures__mutmut_26": Equivalent(
        "if day < covered_until or day.weekday() not in normally_open or schedule.is_open_day(day):",
        "day == covered_until is either today (offsets start at 1) or the next opening's day, "
        "an open day that the is_open_day test skips anyway"),
    "ivr.web.staff.auth.x__failures_text__mutmut_2": Equivalent(
        "return {3: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, None)",
        "the default is never used: MAX_FAILURES (5) is a key of the table"),
    "ivr.web.staff.auth.x__failures_text__mutmut_4": Equivalent(
        "return {3: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, )",
        "the default is never used: MAX_FAILURES (5) is a key of the table"),
    "ivr.web.staff.auth.x__failures_text__mutmut_5": Equivalent(
        "return {4: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_6": Equivalent(
        "return {3: \"XXtrzechXX\", 4: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_7": Equivalent(
        "return {3: \"TRZECH\", 4: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_8": Equivalent(
        "return {3: \"trzech\", 5: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "a repeated key 5: the later entry, \"pięciu\", wins, as before"),
    "ivr.web.staff.auth.x__failures_text__mutmut_9": Equivalent(
        "return {3: \"trzech\", 4: \"XXczterechXX\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_10": Equivalent(
        "return {3: \"trzech\", 4: \"CZTERECH\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_14": Equivalent(
        "return {3: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 11: \"dziesięciu\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_15": Equivalent(
        "return {3: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 10: \"XXdziesięciuXX\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_16": Equivalent(
        "return {3: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 10: \"DZIESIĘCIU\"}.get(MAX_FAILURES, str(MAX_FAILURES))",
        "the entries for 3, 4 and 10 are never looked up: MAX_FAILURES is 5 (a module constant, not mutated)"),
    "ivr.web.staff.auth.x__failures_text__mutmut_17": Equivalent(
        "return {3: \"trzech\", 4: \"czterech\", 5: \"pięciu\", 10: \"dziesięciu\"}.get(MAX_FAILURES, str(None))",
        "the default is never used: MAX_FAILURES (5) is a key of the table"),
    "ivr.messages.recordings.xǁRecordingKeeperǁcall_of__mutmut_1": Equivalent(
        'if not CALL_SID.match(call_sid or "XXXX"):',
        "a missing call sid becomes another string that is no call sid either: None is answered alike"),
    "ivr.messages.recordings.xǁRecordingKeeperǁ_write_sealed__mutmut_27": Equivalent(
        "path.unlink(missing_ok=None)",
        "the temporary file exists whenever the except runs: it is made before the try and only "
        "os.replace, the last statement, moves it"),
    "ivr.messages.recordings.xǁRecordingKeeperǁ_write_sealed__mutmut_28": Equivalent(
        "path.unlink(missing_ok=False)",
        "the temporary file exists whenever the except runs: it is made before the try and only "
        "os.replace, the last statement, moves it"),
    "ivr.messages.bridge.x__seconds__mutmut_3": Equivalent(
        'value = (value or "XXXX").strip()',
        "no duration and an empty one both end as None: 'XXXX' is not digits, like ''"),
    "ivr.messages.bridge.xǁCallBridgeǁtyped_phone__mutmut_3": Equivalent(
        'typed = (typed or "XXXX").strip()',
        "nothing typed stays no phone: '+48XXXX' (letters read as keypad digits, '+489999') is no "
        "callable number, like '+48'"),
    "ivr.messages.bridge.xǁCallBridgeǁ_resident_ended__mutmut_7": Equivalent(
        "if not self._finish(attempt_id, state, {CONNECTING, IN_CALL}, now, **extra) or extra:",
        "the extra move (COMPLETED -> COMPLETED with the same duration) then also runs after a finish "
        "that already wrote that duration, or without a duration when the attempt is completed: "
        "it writes the values the row already holds"),
    "ivr.messages.bridge.xǁCallBridgeǁ_own__mutmut_4": Equivalent(
        'if not CALL_SID.fullmatch(call_sid or "XXXX"):',
        "a missing CallSid is refused either way: 'XXXX' is no CallSid, like ''"),
    'ivr.staff.accounts.xǁStaffAccountsǁset_password__mutmut_7': Equivalent(
        ')',
        'the session stamp hashes the password hash (a new random salt at every change) with the generation: any change of the generation, or none beside a new hash, ends every earlier session alike'),
    'ivr.staff.accounts.xǁStaffAccountsǁset_password__mutmut_11': Equivalent(
        'self._update(login, password_hash=generate_password_hash(password, ),',
        "werkzeug's default method is scrypt, which HASH_METHOD is in production (the tests lower only HASH_METHOD)"),
    'ivr.staff.accounts.xǁStaffAccountsǁset_password__mutmut_12': Equivalent(
        'session_generation=staff_accounts.c.session_generation - 1)',
        'the session stamp hashes the password hash (a new random salt at every change) with the generation: any change of the generation, or none beside a new hash, ends every earlier session alike'),
    'ivr.staff.accounts.xǁStaffAccountsǁset_password__mutmut_13': Equivalent(
        'session_generation=staff_accounts.c.session_generation + 2)',
        'the session stamp hashes the password hash (a new random salt at every change) with the generation: any change of the generation, or none beside a new hash, ends every earlier session alike'),
    'ivr.staff.accounts.xǁStaffAccountsǁend_sessions__mutmut_5': Equivalent(
        'self._update(login, session_generation=staff_accounts.c.session_generation - 1)',
        'the generation only ever changes by this step, so it never returns to an earlier value either way: every earlier stamp ends'),
    'ivr.staff.accounts.xǁStaffAccountsǁend_sessions__mutmut_6': Equivalent(
        'self._update(login, session_generation=staff_accounts.c.session_generation + 2)',
        'the generation only ever changes by this step, so it never returns to an earlier value either way: every earlier stamp ends'),
    'ivr.staff.accounts.xǁStaffAccountsǁunlock__mutmut_4': Equivalent(
        'self._update(login, locked_until=None)',
        'staff_accounts.failures and .locked_until are columns no code reads any more (the counts live in sign_in_failures); the update still refuses an unknown login'),
    'ivr.staff.accounts.xǁStaffAccountsǁunlock__mutmut_5': Equivalent(
        'self._update(login, failures=0, )',
        'staff_accounts.failures and .locked_until are columns no code reads any more (the counts live in sign_in_failures); the update still refuses an unknown login'),
    'ivr.staff.accounts.xǁStaffAccountsǁunlock__mutmut_6': Equivalent(
        'self._update(login, failures=1, locked_until=None)',
        'staff_accounts.failures and .locked_until are columns no code reads any more (the counts live in sign_in_failures); the update still refuses an unknown login'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_lock__mutmut_22': Equivalent(
        '.values(failures=0, locked_until=case((table.c.locked_until >= until, table.c.locked_until), else_=until))',
        'when the old lock ends exactly at the new one, keeping it or setting the new one writes the same instant'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_lock_of__mutmut_14': Equivalent(
        'return until if until is not None and until >= now else now + timedelta(minutes=LOCK_MINUTES)',
        'a lock ending exactly now refuses nothing (_reserve lets an attempt through when locked_until <= now), so this is never asked for it'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_remember__mutmut_13': Equivalent(
        'upsert(self.store.engine)(table).values(login=login, address=KNOWN + where, last_at=now)',
        'the column\'s server default is 0 (schema: failures server_default "0"): the same row'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_take_back__mutmut_12': Equivalent(
        'fewer = 0 if reset else case((table.c.failures > 0, table.c.failures - 1), else_=None)',
        'a count taken back was raised by _reserve just before (to at least 1, a stale one to 1), so the else is never reached'),
    'ivr.staff.accounts.x_address_key__mutmut_6': Equivalent(
        'return keyed_hash(key, f"staff-sign-in:{address or \'XXXX\'}")',
        "no address and an empty one still share one key, as before (both become 'XXXX' instead of ''): the key is an HMAC, never shown"),
    'ivr.staff.accounts.xǁStaffAccountsǁauthenticate__mutmut_6': Equivalent(
        'password = (password or "XXXX")[:MAX_PASSWORD]',
        "no password stays a wrong one: 'XXXX' is shorter than the 10 characters every password has"),
    'ivr.staff.accounts.xǁStaffAccountsǁ_take_back__mutmut_14': Equivalent(
        'fewer = 0 if reset else case((table.c.failures > 0, table.c.failures - 1), )',
        'a count taken back was raised by _reserve just before (to at least 1), so failures > 0 always holds here'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_take_back__mutmut_15': Equivalent(
        'fewer = 0 if reset else case((table.c.failures >= 0, table.c.failures - 1), else_=0)',
        'a count taken back was raised by _reserve just before (to at least 1), so failures > 0 always holds here'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_take_back__mutmut_16': Equivalent(
        'fewer = 0 if reset else case((table.c.failures > 1, table.c.failures - 1), else_=0)',
        'at 1, 1 - 1 and the else both give 0; below 1 it is never reached (_reserve raised the count just before)'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_take_back__mutmut_19': Equivalent(
        'fewer = 0 if reset else case((table.c.failures > 0, table.c.failures - 1), else_=1)',
        'a count taken back was raised by _reserve just before (to at least 1), so failures > 0 always holds here'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_authenticate__mutmut_20': Equivalent(
        'return SignIn(False, login, self._lock_of(None, where, now), address_locked=True)',
        "the address's own count (ANY_LOGIN) is never stamped with a lock (_lock is only called for a login), so _lock_of finds no locked_until there either way and answers now + 15 minutes"),
    'ivr.staff.accounts.xǁStaffAccountsǁ_authenticate__mutmut_21': Equivalent(
        'return SignIn(False, login, self._lock_of(ANY_LOGIN, None, now), address_locked=True)',
        "the address's own count (ANY_LOGIN) is never stamped with a lock (_lock is only called for a login), so _lock_of finds no locked_until there either way and answers now + 15 minutes"),
    'ivr.staff.accounts.xǁStaffAccountsǁ_authenticate__mutmut_106': Equivalent(
        'self._take_back(ANY_LOGIN, where, reset=None)',
        'None is falsy like False: _take_back takes one attempt back either way'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_authenticate__mutmut_114': Equivalent(
        'self._take_back(login, ANY_ADDRESS, reset=None)',
        'None is falsy like False: _take_back takes one attempt back either way'),
    'ivr.staff.accounts.xǁStaffAccountsǁ__init____mutmut_1': Equivalent(
        'def __init__(self, store: Database | str, clock: Callable[[], datetime] = _utcnow, secret: str | bytes = "XXXX",',
        'the address key only has to be one fixed secret when none is given (the commands never sign in from an address); any constant keeps counts apart per address, and the key is never shown'),
    'ivr.staff.accounts.xǁStaffAccountsǁ__init____mutmut_11': Equivalent(
        'self._address_key = derived_key(secret or "XXivr-no-secretXX", KEY_PURPOSE)',
        'the address key only has to be one fixed secret when none is given (the commands never sign in from an address); any constant keeps counts apart per address, and the key is never shown'),
    'ivr.staff.accounts.xǁStaffAccountsǁ__init____mutmut_12': Equivalent(
        'self._address_key = derived_key(secret or "IVR-NO-SECRET", KEY_PURPOSE)',
        'the address key only has to be one fixed secret when none is given (the commands never sign in from an address); any constant keeps counts apart per address, and the key is never shown'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_reserve__mutmut_20': Equivalent(
        'upsert(self.store.engine)(table).values(login=login, address=where, last_at=now)',
        'the column\'s server default is 0 (schema: failures server_default "0"): the same row'),
    'ivr.staff.accounts.xǁStaffAccountsǁadd__mutmut_23': Equivalent(
        'login=login, password_hash=generate_password_hash(password, method=HASH_METHOD), created_at=now, role=role,',
        'staff_accounts.failures is a column no code reads any more (the counts live in sign_in_failures)'),
    'ivr.staff.accounts.xǁStaffAccountsǁadd__mutmut_29': Equivalent(
        'login=login, password_hash=generate_password_hash(password, ), created_at=now, failures=0,',
        "werkzeug's default method is scrypt, which HASH_METHOD is in production (the tests lower only HASH_METHOD)"),
    'ivr.staff.accounts.xǁStaffAccountsǁadd__mutmut_30': Equivalent(
        'login=login, password_hash=generate_password_hash(password, method=HASH_METHOD), created_at=now, failures=1,',
        'staff_accounts.failures is a column no code reads any more (the counts live in sign_in_failures)'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_lock__mutmut_39': Equivalent(
        'or_(table.c.locked_until.is_(None), table.c.locked_until <= now)))',
        'a lock ending exactly now refuses nothing any more (_reserve: locked_until <= now passes) and its count is stale: keeping or forgetting the row is the same to the next attempt'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_lock__mutmut_43': Equivalent(
        'db.execute(delete(table).where(table.c.last_at < now - timedelta(days=KNOWN_DAYS)))',
        'a row that is not a known address and is older than 30 days was already deleted by the statement before (older than a day, its lock over: a lock lasts 15 minutes from its last attempt)'),
    'ivr.staff.accounts.xǁStaffAccountsǁ_lock__mutmut_47': Equivalent(
        'table.c.last_at <= now - timedelta(days=KNOWN_DAYS)))',
        'at exactly 30 days _known no longer counts the address (last > now - 30 days), so keeping or deleting its row changes nothing'),
    'ivr.messages.recordings.x_check_wav__mutmut_10': Equivalent(
        'header = data[:13]',
        'the header is the first 12 bytes: reading or slicing one more (or all) leaves the same 12 bytes checked, [8:13] of 12 bytes is [8:12]'),
    'ivr.messages.recordings.x_check_wav__mutmut_18': Equivalent(
        'header = handle.read(None)',
        'the header is the first 12 bytes: reading or slicing one more (or all) leaves the same 12 bytes checked, [8:13] of 12 bytes is [8:12]'),
    'ivr.messages.recordings.x_check_wav__mutmut_19': Equivalent(
        'header = handle.read(13)',
        'the header is the first 12 bytes: reading or slicing one more (or all) leaves the same 12 bytes checked, [8:13] of 12 bytes is [8:12]'),
    'ivr.messages.recordings.x_check_wav__mutmut_29': Equivalent(
        'if len(header) < 12 or header[:4] != b"RIFF" or header[8:13] != b"WAVE":',
        'the header is the first 12 bytes: reading or slicing one more (or all) leaves the same 12 bytes checked, [8:13] of 12 bytes is [8:12]'),
    'ivr.messages.recordings.xǁRecordingKeeperǁ_write_sealed__mutmut_5': Equivalent(
        'handle = tempfile.NamedTemporaryFile(dir=self.directory, prefix=".download-", suffix=".part", delete=None)',
        'None is falsy like False: the temporary file is kept for the rename either way'),
    'ivr.messages.recordings.xǁRecordingKeeperǁcall_of__mutmut_4': Equivalent(
        'if not CALL_SID.match(call_sid or "XXXX"):',
        'a missing call sid becomes another string that is no call sid either: None is answered alike'),
    'ivr.messages.recordings.x__content_length__mutmut_7': Equivalent(
        'value = response.headers.get("content-length", "")',
        "requests' headers are case-insensitive: the same header"),
    'ivr.messages.recordings.x__content_length__mutmut_8': Equivalent(
        'value = response.headers.get("CONTENT-LENGTH", "")',
        "requests' headers are case-insensitive: the same header"),
    "ivr.operations.doctor.x_is_example_domain__mutmut_8": Equivalent(
        'host = (urlsplit(url or "XXXX").hostname or "").lower().rstrip(".")',
        "no URL stays no host: 'XXXX' has no host either, like ''"),
    "ivr.operations.doctor.x_is_example_domain__mutmut_9": Equivalent(
        'host = (urlsplit(url or "").hostname or "XXXX").lower().rstrip(".")',
        "a URL without a host gives 'xxxx', one label that is no example, like ''"),
    "ivr.operations.doctor.x_is_example_domain__mutmut_10": Equivalent(
        'host = (urlsplit(url or "").hostname or "").lower().rstrip("XX.XX")',
        "also strips a trailing capital X, but the host is lower-cased just before"),
    "ivr.operations.doctor.xǁDoctorǁrecordings_key__mutmut_9": Equivalent(
        "if s.recordings_key.upper() == EXAMPLE_KEY:",
        "the example key is 64 zeros: upper- and lower-casing leave it the same"),
    "ivr.operations.doctor.xǁDoctorǁrecordings_key__mutmut_55": Equivalent(
        "plain = None",
        "a recordings folder that cannot be listed gives no plain file either way: None and [] are both falsy"),
    "ivr.operations.doctor.xǁDoctorǁsetting_formats__mutmut_1": Equivalent(
        "bad = None",
        "None before any bad setting is read only by 'if not bad', like False"),
    'ivr.messages.recordings.x_valid_sid__mutmut_4': Equivalent(
        'return bool(RECORDING_SID.match(recording_sid or "XXXX"))',
        "a missing sid stays invalid: 'XXXX' is no RecordingSid, like ''"),
    'ivr.messages.recordings.x__content_length__mutmut_9': Equivalent(
        'value = response.headers.get("Content-Length", "XXXX")',
        "no header stays no size: 'XXXX' is not digits, like ''"),
    "ivr.call.schedule.x_to_warsaw__mutmut_5": Equivalent(
        "moment = moment.replace(tzinfo=WARSAW).astimezone(None)",
        "the system zone instead of UTC in between: the same instant, then converted to Warsaw"),
    'ivr.operations.backup.x_snapshot_database__mutmut_8': Equivalent(
        'target.parent.mkdir(parents=None, exist_ok=True)',
        "'database/' is made once, directly inside the backup's new staging folder: its parent always exists and it never does before"),
    'ivr.operations.backup.x_snapshot_database__mutmut_9': Equivalent(
        'target.parent.mkdir(parents=True, exist_ok=None)',
        "'database/' is made once, directly inside the backup's new staging folder: its parent always exists and it never does before"),
    'ivr.operations.backup.x_snapshot_database__mutmut_10': Equivalent(
        'target.parent.mkdir(exist_ok=True)',
        "'database/' is made once, directly inside the backup's new staging folder: its parent always exists and it never does before"),
    'ivr.operations.backup.x_snapshot_database__mutmut_11': Equivalent(
        'target.parent.mkdir(parents=True, )',
        "'database/' is made once, directly inside the backup's new staging folder: its parent always exists and it never does before"),
    'ivr.operations.backup.x_snapshot_database__mutmut_12': Equivalent(
        'target.parent.mkdir(parents=False, exist_ok=True)',
        "'database/' is made once, directly inside the backup's new staging folder: its parent always exists and it never does before"),
    'ivr.operations.backup.x_snapshot_database__mutmut_13': Equivalent(
        'target.parent.mkdir(parents=True, exist_ok=False)',
        "'database/' is made once, directly inside the backup's new staging folder: its parent always exists and it never does before"),
    'ivr.operations.backup.x_snapshot_database__mutmut_24': Equivalent(
        'source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=None, timeout=15)',
        "Debian's SQLite is built with SQLITE_USE_URI=1: a 'file:' name is a URI with or without uri=True (checked: no file named 'file:...' appears, and mode=ro still refuses a write)"),
    'ivr.operations.backup.x_snapshot_database__mutmut_27': Equivalent(
        'source = sqlite3.connect(f"file:{url.database}?mode=ro", timeout=15)',
        "Debian's SQLite is built with SQLITE_USE_URI=1: a 'file:' name is a URI with or without uri=True (checked: no file named 'file:...' appears, and mode=ro still refuses a write)"),
    'ivr.operations.backup.x_snapshot_database__mutmut_29': Equivalent(
        'source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=False, timeout=15)',
        "Debian's SQLite is built with SQLITE_USE_URI=1: a 'file:' name is a URI with or without uri=True (checked: no file named 'file:...' appears, and mode=ro still refuses a write)"),
    'ivr.operations.backup.x_snapshot_database__mutmut_28': Equivalent(
        'source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True, )',
        'Connection.backup() retries by itself while the other database is locked (checked: with a timeout of 0.1 s, a backup into a database another process held with BEGIN EXCLUSIVE for 2 s finished after 2.1 s): the busy timeout never decides'),
    'ivr.operations.backup.x_snapshot_database__mutmut_30': Equivalent(
        'source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True, timeout=16)',
        'Connection.backup() retries by itself while the other database is locked (checked: with a timeout of 0.1 s, a backup into a database another process held with BEGIN EXCLUSIVE for 2 s finished after 2.1 s): the busy timeout never decides'),
    'ivr.operations.backup.x_restore_database__mutmut_27': Equivalent(
        'source = sqlite3.connect(f"file:{folder / SQLITE_FILE}?mode=ro", uri=None)',
        "Debian's SQLite is built with SQLITE_USE_URI=1: a 'file:' name is a URI with or without uri=True (checked: no file named 'file:...' appears, and mode=ro still refuses a write)"),
    'ivr.operations.backup.x_restore_database__mutmut_29': Equivalent(
        'source = sqlite3.connect(f"file:{folder / SQLITE_FILE}?mode=ro", )',
        "Debian's SQLite is built with SQLITE_USE_URI=1: a 'file:' name is a URI with or without uri=True (checked: no file named 'file:...' appears, and mode=ro still refuses a write)"),
    'ivr.operations.backup.x_restore_database__mutmut_31': Equivalent(
        'source = sqlite3.connect(f"file:{folder / SQLITE_FILE}?mode=ro", uri=False)',
        "Debian's SQLite is built with SQLITE_USE_URI=1: a 'file:' name is a URI with or without uri=True (checked: no file named 'file:...' appears, and mode=ro still refuses a write)"),
    'ivr.operations.backup.x_restore_database__mutmut_36': Equivalent(
        'target = sqlite3.connect(url.database, )',
        'Connection.backup() retries by itself while the other database is locked (checked: with a timeout of 0.1 s, a backup into a database another process held with BEGIN EXCLUSIVE for 2 s finished after 2.1 s): the busy timeout never decides'),
    'ivr.operations.backup.x_restore_database__mutmut_37': Equivalent(
        'target = sqlite3.connect(url.database, timeout=16)',
        'Connection.backup() retries by itself while the other database is locked (checked: with a timeout of 0.1 s, a backup into a database another process held with BEGIN EXCLUSIVE for 2 s finished after 2.1 s): the busy timeout never decides'),
    'ivr.operations.backup.x_backup__mutmut_3': Equivalent(
        'now = now or datetime.now(None)',
        'a naive local time is read as local by every astimezone(timezone.utc) that follows: the same instant'),
    'ivr.operations.backup.x_backup__mutmut_68': Equivalent(
        '(staging / INFO).write_text(json.dumps(info, indent=2), encoding=None)',
        'json.dumps escapes every non-ASCII character: the text is the same bytes in any encoding'),
    'ivr.operations.backup.x_backup__mutmut_70': Equivalent(
        '(staging / INFO).write_text(json.dumps(info, indent=2), )',
        'json.dumps escapes every non-ASCII character: the text is the same bytes in any encoding'),
    'ivr.operations.backup.x_backup__mutmut_78': Equivalent(
        '(staging / INFO).write_text(json.dumps(info, indent=2), encoding="UTF-8")',
        'codec names are case-insensitive: the same codec'),
    'ivr.operations.backup.x_backup__mutmut_81': Equivalent(
        'partial = staging / "XXarchive.tar.gzXX"',
        "the archive's name while it is put together in its private staging folder, renamed or removed with it"),
    'ivr.operations.backup.x_backup__mutmut_82': Equivalent(
        'partial = staging / "ARCHIVE.TAR.GZ"',
        "the archive's name while it is put together in its private staging folder, renamed or removed with it"),
    'ivr.operations.backup.x__opened__mutmut_15': Equivalent(
        'opened = folder / "XXarchive.tar.gzXX"',
        "the decrypted copy's name inside restore's private temporary folder, removed with it; messages name the archive given"),
    'ivr.operations.backup.x__opened__mutmut_16': Equivalent(
        'opened = folder / "ARCHIVE.TAR.GZ"',
        "the decrypted copy's name inside restore's private temporary folder, removed with it; messages name the archive given"),
    'ivr.operations.backup.x__check_manifest__mutmut_9': Equivalent(
        'prompts = json.loads(manifest.read_text(encoding="utf-8")).get("prompts", None)',
        'None is no dict, so the loop reads [] as it reads the values of {}: nothing'),
    'ivr.operations.backup.x__check_manifest__mutmut_11': Equivalent(
        'prompts = json.loads(manifest.read_text(encoding="utf-8")).get("prompts", )',
        'None is no dict, so the loop reads [] as it reads the values of {}: nothing'),
    'ivr.operations.backup.x__check_manifest__mutmut_13': Equivalent(
        'prompts = json.loads(manifest.read_text(encoding=None)).get("prompts", {})',
        'the line runs Python in UTF-8 mode (every deploy/ unit and the admin wrapper set PYTHONUTF8=1): the default encoding is UTF-8'),
    'ivr.operations.backup.x__check_manifest__mutmut_15': Equivalent(
        'prompts = json.loads(manifest.read_text(encoding="UTF-8")).get("prompts", {})',
        'codec names are case-insensitive: the same codec'),
    'ivr.operations.backup.x_restore__mutmut_60': Equivalent(
        'info = json.loads((unpacked / INFO).read_text(encoding=None))',
        'the line runs Python in UTF-8 mode (every deploy/ unit and the admin wrapper set PYTHONUTF8=1): the default encoding is UTF-8'),
    'ivr.operations.backup.x_restore__mutmut_63': Equivalent(
        'info = json.loads((unpacked / INFO).read_text(encoding="UTF-8"))',
        'codec names are case-insensitive: the same codec'),
    'ivr.operations.backup.x_restore__mutmut_96': Equivalent(
        'text = (unpacked / "prompts" / CONTENT_FILE).read_text(encoding=None)',
        'the line runs Python in UTF-8 mode (every deploy/ unit and the admin wrapper set PYTHONUTF8=1): the default encoding is UTF-8'),
    'ivr.operations.backup.x_restore__mutmut_102': Equivalent(
        'text = (unpacked / "prompts" / CONTENT_FILE).read_text(encoding="UTF-8")',
        'codec names are case-insensitive: the same codec'),
    'ivr.operations.backup.x__point_into__mutmut_6': Equivalent(
        'rows = connection.execute("select id, file_path from messages where file_path is not null").fetchall()',
        "SQL keywords and SQLite's names are case-insensitive: the same statement"),
    'ivr.operations.backup.x__point_into__mutmut_7': Equivalent(
        'rows = connection.execute("SELECT ID, FILE_PATH FROM MESSAGES WHERE FILE_PATH IS NOT NULL").fetchall()',
        "SQL keywords and SQLite's names are case-insensitive: the same statement"),
    'ivr.operations.backup.x__point_into__mutmut_13': Equivalent(
        'connection.execute("update messages set file_path = ? where id = ?",',
        "SQL keywords and SQLite's names are case-insensitive: the same statement"),
    'ivr.operations.backup.x__point_into__mutmut_14': Equivalent(
        'connection.execute("UPDATE MESSAGES SET FILE_PATH = ? WHERE ID = ?",',
        "SQL keywords and SQLite's names are case-insensitive: the same statement"),
    'ivr.operations.backup.x__restore_translations__mutmut_5': Equivalent(
        'if code == "XXplXX" or not backed_up.is_file():',
        'pl.toml is then saved again through its store with the very text _restore_content has just written: a save of the same text writes nothing'),
    'ivr.operations.backup.x__restore_translations__mutmut_6': Equivalent(
        'if code == "PL" or not backed_up.is_file():',
        'pl.toml is then saved again through its store with the very text _restore_content has just written: a save of the same text writes nothing'),
    'ivr.operations.backup.x__restore_translations__mutmut_10': Equivalent(
        'text = backed_up.read_text(encoding=None)',
        'the line runs Python in UTF-8 mode (every deploy/ unit and the admin wrapper set PYTHONUTF8=1): the default encoding is UTF-8'),
    'ivr.operations.backup.x__restore_translations__mutmut_12': Equivalent(
        'text = backed_up.read_text(encoding="UTF-8")',
        'codec names are case-insensitive: the same codec'),
    "ivr.messages.bridge.xǁCallBridgeǁstart__mutmut_186": Equivalent(
        'self.store.fill(attempt.id, "staff_call_sid", getattr(call, "sid", ))',
        "twilio's CallInstance always has the attribute sid (payload.get('sid'): None when Twilio's answer "
        "has none), so getattr never reaches its default"),
    'ivr.operations.backup.x__libpq__mutmut_22': Equivalent(
        'return plain.render_as_string(hide_password=None), env',
        'the URL was just made without a password (URL.create): there is nothing for hide_password to hide'),
    'ivr.operations.backup.x__libpq__mutmut_23': Equivalent(
        'return plain.render_as_string(hide_password=True), env',
        'the URL was just made without a password (URL.create): there is nothing for hide_password to hide'),
    'ivr.operations.backup.x__allowed__mutmut_35': Equivalent(
        'and any(ContentStore(Path("XX.XX"), lang=code).entry(parts[2], latest=now + timedelta(days=1)) is not None',
        "entry() reads only the name it is given and the language's prefix, never the folder"),
    "ivr.call.notices.x_closure_days_full__mutmut_46": Equivalent(
        'return ", ".join(words[:-1]) + " i " + words[-1] if len(words) > 1 else "XXXX".join(words)',
        "that branch joins at most one word: the separator is never written"),
}

KILLED = {1, 3, -24, 36}  # test failure, pytest internal error, CPU limit, timeout: each a detection
STATUS = {0: "survived", 5: "no tests", 33: "no tests", 34: "skipped", None: "not checked"}


def module_name(guard: str) -> str:
    return "ivr." + guard.removesuffix(".py").replace("/", ".")


TIMEOUT_CONSTANT = 10.0  # seconds added to a mutant's measured test time before x 15 (mutmut: 1)


def audio_cache(folder: Path) -> Path:
    """Where tests/test_doctor.py keeps its stand-in build for the mutants of one run."""
    cache = folder / ".audio-cache"
    cache.mkdir(exist_ok=True)
    return cache


def lay_out(guard: str) -> Path:
    """A scratch project for one module: links to the package, tests and data, and a
    pyproject.toml holding only this module's mutmut settings."""
    folder = SCRATCH / guard.replace("/", "_").removesuffix(".py")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in ["ivr", "tests", *ALSO_COPY]:
        (folder / name).symlink_to(ROOT / name)
    settings = {
        "source_paths": ["ivr"],
        "only_mutate": [f"ivr/{guard}"],
        "also_copy": ALSO_COPY,
        "pytest_add_cli_args_test_selection": GUARDS[guard],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-p", "mutmut_compat"],
        # mutmut times a mutant out at (its tests' measured call time + constant) x 15 s; the
        # measured time leaves out fixture set-up, which each mutant (a new process) pays again:
        # with the default constant 1 a 30 s module fixture made every mutant a false "timeout".
        "timeout_constant": TIMEOUT_CONSTANT,
    }
    lines = ["[tool.mutmut]"] + [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    (folder / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def mutant_diff(folder: Path, name: str) -> str:
    shown = subprocess.run([str(Path(sys.executable).parent / "mutmut"), "show", name], cwd=folder,
                           capture_output=True, text=True)
    return "\n".join(line for line in shown.stdout.splitlines() if not line.startswith("# "))


def changed_line(diff: str) -> str:
    added = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return " | ".join(added)


def run_module(guard: str, children: int) -> dict:
    folder = lay_out(guard)
    started = time.monotonic()
    log = folder / "mutmut.log"
    print(f"\n=== ivr/{guard}  (tests: {' '.join(GUARDS[guard])}; progress: {log.relative_to(ROOT)})", flush=True)
    with log.open("w") as out:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "tools"), os.environ.get("PYTHONPATH")])),
               "IVR_TEST_AUDIO_CACHE": str(audio_cache(folder))}  # a built catalogue kept across mutants
        code = subprocess.run([str(Path(sys.executable).parent / "mutmut"), "run", "--max-children", str(children)],
                              cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
    meta = folder / "mutants" / "ivr" / (guard + ".meta")
    if code != 0 or not meta.exists():
        print(f"mutmut failed (exit {code}); its output: {log}")
        print("\n".join(log.read_text(errors="replace").splitlines()[-30:]))
        return {"module": guard, "error": True}
    results = json.loads(meta.read_text())["exit_code_by_key"]
    killed, survivors, equivalent, other = [], [], [], []
    for name, exit_code in sorted(results.items()):
        if exit_code in KILLED:
            killed.append(name)
            continue
        diff = mutant_diff(folder, name)
        judged = EQUIVALENT.get(name)
        if exit_code == 0 and judged and judged.line == changed_line(diff):
            equivalent.append((name, judged.why))
        elif exit_code == 0:
            survivors.append((name, diff))
        else:
            other.append((name, STATUS.get(exit_code, f"exit {exit_code}"), diff))
    counted = len(results) - len(equivalent)
    score = 100.0 * len(killed) / counted if counted else 100.0
    for name, diff in survivors:
        print(f"\n--- SURVIVED {name}\n{diff}")
    for name, status, diff in other:
        print(f"\n--- {status.upper()} {name} (counts as not killed)\n{diff}")
    for name, why in equivalent:
        print(f"    equivalent {name}: {why}")
    seconds = time.monotonic() - started
    print(f"\nivr/{guard}: {score:.1f}% killed ({len(killed)}/{counted} non-equivalent; "
          f"{len(equivalent)} equivalent, {len(survivors)} survived, {len(other)} untested) in {seconds:.0f} s")
    return {"module": guard, "score": score, "killed": len(killed), "counted": counted,
            "equivalent": len(equivalent), "survived": len(survivors) + len(other), "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="guard modules, paths under ivr/ (default: all)")
    parser.add_argument("--children", type=int, default=os.cpu_count() or 2, help="parallel mutant runs")
    parser.add_argument("--threshold", type=float, default=90.0, help="lowest acceptable score, percent")
    parser.add_argument("--list", action="store_true", help="print the module -> tests mapping and stop")
    args = parser.parse_args(argv)
    modules = [m.removeprefix("ivr/") for m in args.modules] or list(GUARDS)
    unknown = [m for m in modules if m not in GUARDS]
    if unknown:
        parser.error(f"not a guard module: {', '.join(unknown)} (known: {', '.join(GUARDS)})")
    if args.list:
        for guard in modules:
            print(f"ivr/{guard}: {' '.join(GUARDS[guard])}")
        return 0
    load = os.getloadavg()
    print(f"mutation testing, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {args.children} children, "
          f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    summary = [run_module(guard, args.children) for guard in modules]
    print("\nmodule                         score   killed/counted  equivalent  survived")
    for row in summary:
        if row.get("error"):
            print(f"ivr/{row['module']:<27} ERROR")
        else:
            print(f"ivr/{row['module']:<27} {row['score']:5.1f}%  {row['killed']:>6}/{row['counted']:<7} "
                  f"{row['equivalent']:>10}  {row['survived']:>8}")
    failing = [row for row in summary if row.get("error") or row["score"] < args.threshold]
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
