"""Issue 33: the statistics count calls by language, from real calls through the signed webhooks.
A call counts once, in the language it ended in: a +380 caller who pressed 8 for Polish is a
Polish call, a Polish caller who pressed 8 for Ukrainian a Ukrainian one. Shown by `ivr stats`
(JSON and the Polish table) and on the staff statistics page; kept when the purge folds the
events into daily counts; days counted before languages were are Polish."""
from __future__ import annotations

import re

from conftest import MONDAY_OPEN
from messages_helpers import db_url, line_settings, make_line, sleeps, twilio  # noqa: F401 - fixtures
from ivr.stats.record import record, record_daily
from test_staff_pages import PASSWORD, sign_in
from test_stats import TICK, Recording, at, ivr, keys, line, stats_json  # noqa: F401 - the line fixture

POLISH_MOBILE = "+48606902915"
UKRAINIAN = "+380501234567"

# sid, caller, minutes after Monday 10:00, keys; the language the call ends in
CALLS = [
    ("CA-pl", POLISH_MOBILE, 0, "1", "pl"),  # Polish throughout
    ("CA-uk", UKRAINIAN, 5, "1", "uk"),  # a +380 number starts in Ukrainian
    ("CA-to-uk", POLISH_MOBILE, 10, "81", "uk"),  # key 8: Ukrainian for the rest of the call
    ("CA-to-pl", UKRAINIAN, 15, "81", "pl"),  # key 8 on the Ukrainian line: Polish
    ("CA-back", POLISH_MOBILE, 20, "88", "pl"),  # there and back: counted once, in Polish
]


def run(app):
    for sid, caller, minutes, pressed, _ in CALLS:
        app.clock.at = at(MONDAY_OPEN, minutes) - TICK
        Recording(app, caller=caller, call_sid=sid, bodies=[]).call(keys(pressed))
    app.extensions["ivr"].stats.flush()


def test_calls_are_counted_in_the_language_they_ended_in(line, db_url, monkeypatch):  # noqa: F811
    run(line)
    found = stats_json(db_url, monkeypatch)
    assert found["calls"] == 5
    assert found["languages"] == {"pl": 3, "uk": 2}
    # The Polish table of `ivr stats` says it too.
    out = ivr(db_url, "stats", "--since", "2026-11-01", "--until", "2026-11-30", monkeypatch=monkeypatch).stdout
    lines = [line_.split() for line_ in out.splitlines()]
    assert ["w", "tym", "po", "polsku", "3"] in lines and ["w", "tym", "po", "ukraińsku", "2"] in lines


def test_the_figures_by_language_survive_the_purge(line, db_url, monkeypatch):  # noqa: F811
    run(line)
    before = stats_json(db_url, monkeypatch)
    ivr(db_url, "stats", "purge", "--at", "2028-06-01 12:00", monkeypatch=monkeypatch)  # every event folded
    assert stats_json(db_url, monkeypatch) == before
    assert before["languages"] == {"pl": 3, "uk": 2}


def test_days_counted_before_languages_were_are_polish(line, db_url, monkeypatch):  # noqa: F811
    db = line.extensions["ivr"].stats.db
    from datetime import date

    record_daily(db, date(2026, 11, 2), "calls", "", 4)  # a day folded by an older version: no languages
    record(db, "CA-old", "start", at=at(MONDAY_OPEN, -60), secret=line.config["IVR_SETTINGS"].secret_key)
    found = stats_json(db_url, monkeypatch)
    assert found["calls"] == 5 and found["languages"] == {"pl": 5, "uk": 0}


def test_the_staff_statistics_page_shows_calls_by_language(line, db_url):  # noqa: F811
    run(line)
    line.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    html = sign_in(line).get("/staff/stats?okres=30").get_data(as_text=True)
    summary = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", html))
    assert summary["Połączenia"] == "5"
    assert summary["Rozmowy po polsku"] == "3" and summary["Rozmowy po ukraińsku"] == "2"
