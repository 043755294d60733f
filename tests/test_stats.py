"""Call statistics from scripted calls through the real, signed webhooks, compared with
the exact `ivr stats --json`; simulated calls add nothing; a database failure never
changes what a caller hears. SQLite and PostgreSQL (IVR_TEST_POSTGRES_URL)."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select, text

from conftest import FRIDAY_EVENING, MONDAY_OPEN
from messages_helpers import db_url, line_settings, make_line, sleeps, twilio  # noqa: F401 - fixtures
from ivr.database.schema import call_events
from ivr.web.simulator import CallerInput, CallSimulator, inputs_from

TICK = timedelta(seconds=10)  # each webhook request comes 10 s after the one before


class Clock:
    """The line's clock: set to a call's start, then 10 s later at every request."""

    def __init__(self, at):
        self.at = at

    def __call__(self):
        return self.at

    def tick(self):
        self.at += TICK


class PretendSms:
    def send_info(self, number, now):
        return "sent"


class Recording(CallSimulator):
    """The simulator, keeping every TwiML body it got."""

    def __init__(self, *args, bodies: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.bodies = bodies

    def post(self, url, fields):
        body = super().post(url, fields)
        self.bodies.append(body)
        return body


@pytest.fixture
def line(make_app, settings, db_url):  # noqa: F811
    clock = Clock(MONDAY_OPEN)
    from ivr.web import create_app

    app = create_app(replace(settings, database_url=db_url, staff_mobile=None, line_number=None), clock=clock)
    app.before_request(clock.tick)
    app.extensions["ivr"].info_sms = PretendSms()
    app.clock = clock
    yield app
    app.extensions["ivr"].messages.store.engine.dispose()


def play(app, sid, start, inputs, dial="no-answer", bodies=None):
    """One call from `start`; the caller hangs up when their inputs run out."""
    app.clock.at = start - TICK
    simulator = Recording(app, dial_status=dial, call_sid=sid, bodies=bodies if bodies is not None else [])
    return simulator.call(inputs)


def keys(press):
    return inputs_from(press)


def say(*words):
    return [CallerInput(speech=w) for w in words]


def at(moment, minutes):
    return moment + timedelta(minutes=minutes)


# Every outcome, hang-ups at several nodes, keys, speech and silence.
CALLS = [
    # sid, start, inputs, how a transfer ends
    ("CA-a", at(MONDAY_OPEN, 0), keys("1"), "no-answer"),  # hours, hangs up there
    ("CA-b", at(MONDAY_OPEN, 5), say("do której jest otwarte") + keys("*"), "no-answer"),  # speech, back: hangs up in main
    ("CA-c", at(MONDAY_OPEN, 60), keys("0"), "completed"),  # a person answers: the line ends the call
    ("CA-d", at(MONDAY_OPEN, 90), keys("021_"), "busy"),  # busy, a call back kept, silence: goodbye
    ("CA-e", at(FRIDAY_EVENING, 0), keys("01"), "no-answer"),  # closed: a message, hangs up after it
    ("CA-f", at(FRIDAY_EVENING, 10), keys("6_"), "no-answer"),  # a wrong key (7 is "wolniej", 8 Ukrainian), silence, hangs up in main
    ("CA-g", at(MONDAY_OPEN, 120), keys("5") + say("dziękuję, do widzenia"), "no-answer"),  # SMS, then goodbye
    ("CA-h", at(MONDAY_OPEN, 150), keys("0"), "no-answer"),  # nobody answers: hangs up at the choice
    ("CA-i", at(MONDAY_OPEN, 180), keys("0"), "canceled"),  # failed
    ("CA-j", at(MONDAY_OPEN, 240), say("xyzzy qwerty") + keys("32"), "no-answer"),  # not understood, benefits
]
SMS = ["godziny", "prosze o adres i godziny otwarcia", "dziękuję", "STOP"]

EXPECTED = {
    "languages": {"pl": 10, "uk": 0},  # every call here is Polish (tests/test_stats_languages.py: both)
    "since": "2026-11-01",
    "until": "2026-11-30",
    "calls": 10,
    "items": {"main": 10, "leave_word": 4, "person": 4, "done": 2, "hours": 2, "about": 1, "benefits": 1,
              "callback": 1, "message": 1, "sms": 1},
    "key_inputs": 14,
    "speech_inputs": 3,
    "no_input": 2,
    "wrong_key": 1,
    "not_understood": 1,
    "lost": 0,
    "transfers": {"answered": 1, "busy": 1, "no_answer": 1, "failed": 1},
    "messages": 1,
    "callbacks": 1,
    "sms_sent": 1,
    "goodbyes": 2,
    "hangups": {"leave_word": 2, "main": 2, "benefits": 1, "done": 1, "hours": 1},
    "by_hour": {str(h): {10: 2, 11: 2, 12: 2, 13: 1, 14: 1, 18: 2}.get(h, 0) for h in range(24)},
    "by_weekday": {"1": 8, "2": 0, "3": 0, "4": 0, "5": 2, "6": 0, "7": 0},
    # 95 s from Twilio's status callback for CA-a; the rest first to last event:
    # 20, 20, 50, 30, 20, 20, 20, 20, 30 -> the median of ten is 20.
    "median_duration_s": 20,
    "sms_received": {"hours": 2, "carrier": 1, "contact": 1, "thanks": 1},
    "callbacks_made": 0,
    "callbacks_answered": 0,
}


def run_calls(app, post_status=True, bodies=None):
    for sid, start, inputs, dial in CALLS:
        play(app, sid, start, inputs, dial, bodies)
    if post_status:
        status(app, "CA-a", "completed", "95")
    for body in SMS:
        sms(app, body, bodies)
    app.extensions["ivr"].stats.flush()


def signed(app, path, form):
    from conftest import BASE, sign

    response = app.test_client().post(path, data=form, headers={"X-Twilio-Signature": sign(BASE + path, form)})
    body = response.get_data(as_text=True)
    response.close()
    return response.status_code, body


def status(app, sid, call_status, duration):
    code, _ = signed(app, "/voice/status", {"CallSid": sid, "CallStatus": call_status, "CallDuration": duration})
    assert code == 204


def sms(app, body, bodies=None):
    code, xml = signed(app, "/sms", {"From": "+48606902915", "Body": body, "MessageSid": "SM1"})
    assert code == 200
    if bodies is not None:
        bodies.append(xml)


def ivr(db_url, *args, monkeypatch):  # noqa: F811
    from ivr.cli import main

    monkeypatch.setenv("IVR_DATABASE_URL", db_url)
    result = CliRunner(mix_stderr=False).invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output + result.stderr
    return result


def stats_json(db_url, monkeypatch, since="2026-11-01", until="2026-11-30"):  # noqa: F811
    return json.loads(ivr(db_url, "stats", "--since", since, "--until", until, "--json", monkeypatch=monkeypatch).stdout)


def test_scripted_calls_give_exactly_the_expected_statistics(line, db_url, monkeypatch):  # noqa: F811
    run_calls(line)
    assert stats_json(db_url, monkeypatch) == EXPECTED


def test_the_period_is_warsaw_days_inclusive(line, db_url, monkeypatch):  # noqa: F811
    run_calls(line)
    friday = stats_json(db_url, monkeypatch, "2026-11-27", "2026-11-27")
    assert friday["calls"] == 2 and friday["by_weekday"]["5"] == 2 and friday["messages"] == 1
    monday = stats_json(db_url, monkeypatch, "2026-11-30", "2026-12-06")
    assert monday["calls"] == 8 and monday["transfers"] == {"answered": 1, "busy": 1, "no_answer": 1, "failed": 1}
    assert stats_json(db_url, monkeypatch, "2026-11-28", "2026-11-29")["calls"] == 0


def test_a_sign_of_confusion_is_counted_as_a_miss(line, db_url, monkeypatch):  # noqa: F811
    # Said, then a repeat asked twice in a row (the second is a sign of being lost too).
    play(line, "CA-l", MONDAY_OPEN, say("nie rozumiem") + keys("1") + say("proszę powtórzyć", "proszę powtórzyć"))
    line.extensions["ivr"].stats.flush()
    found = stats_json(db_url, monkeypatch)
    assert (found["lost"], found["not_understood"], found["speech_inputs"]) == (2, 0, 3)


def test_without_the_status_callback_the_length_is_first_to_last_event(line, db_url, monkeypatch):  # noqa: F811
    play(line, "CA-x", MONDAY_OPEN, keys("3_"))  # /voice, 3, silence: 20 s
    line.extensions["ivr"].stats.flush()
    assert stats_json(db_url, monkeypatch)["median_duration_s"] == 20
    status(line, "CA-x", "completed", "47")
    line.extensions["ivr"].stats.flush()
    assert stats_json(db_url, monkeypatch)["median_duration_s"] == 47


def test_a_status_callback_that_is_not_completed_gives_no_length(line, db_url, monkeypatch):  # noqa: F811
    play(line, "CA-x", MONDAY_OPEN, keys("3_"))
    status(line, "CA-x", "in-progress", "300")
    status(line, "CA-x", "completed", "nonsense")
    line.extensions["ivr"].stats.flush()
    assert stats_json(db_url, monkeypatch)["median_duration_s"] == 20


def test_the_status_callback_is_signed(line):
    code, _ = signed(line, "/voice/status", {"CallSid": "CA-a", "CallStatus": "completed", "CallDuration": "5"})
    assert code == 204
    response = line.test_client().post("/voice/status", data={"CallSid": "CA-a", "CallStatus": "completed"})
    assert response.status_code == 403


def test_no_number_and_no_speech_is_stored(line, db_url):  # noqa: F811
    run_calls(line)
    store = line.extensions["ivr"].messages.store
    with store.engine.connect() as connection:
        rows = [" ".join(map(str, row)) for row in connection.execute(select(call_events))]
    assert len(rows) > 40
    everything = "\n".join(rows)
    for secret in ("606", "606000111", "CA-a", "którejj", "której", "xyzzy", "dziękuję", "godziny", "STOP"):
        assert secret not in everything, secret
    keys_ = {row.split()[1] for row in rows if row.split()[1] != "None"}
    assert len(keys_) == len(CALLS)  # one keyed hash per call


def test_the_call_key_depends_on_the_secret(line, make_app):
    from ivr.stats.record import call_key, stats_key

    assert call_key(stats_key("a"), "CA1") != call_key(stats_key("b"), "CA1")
    assert call_key(stats_key("a"), "CA1") == call_key(stats_key("a"), "CA1")
    assert line.extensions["ivr"].stats.key == stats_key("test-secret")


def test_ivr_call_adds_nothing(line, db_url, monkeypatch, content_dir):  # noqa: F811
    run_calls(line)
    before = stats_json(db_url, monkeypatch)
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    ivr(db_url, "call", "--at", "2026-11-30 10:00", "--press", "1*0", monkeypatch=monkeypatch)
    ivr(db_url, "call", "--at", "2026-11-27 18:00", "--press", "01", monkeypatch=monkeypatch)
    assert stats_json(db_url, monkeypatch) == before


def test_the_staff_phone_simulator_adds_nothing(line, db_url, monkeypatch):  # noqa: F811
    from test_staff_pages import PASSWORD, sign_in
    from ivr.web.staff import phone

    line.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    client = sign_in(line)
    for keys_ in ("", "1", "10", "05"):
        page = client.get(f"/staff/simulator?date=2026-11-30&time=10:00&keys={keys_}")
        assert page.status_code == 200
    sandbox = phone._sandboxes[str(line.config["IVR_SETTINGS"].content_dir)]
    assert not sandbox.app.extensions["ivr"].stats.enabled
    line.extensions["ivr"].stats.flush()
    assert stats_json(db_url, monkeypatch)["calls"] == 0


def test_a_statistics_database_failure_leaves_every_twiml_unchanged(line, make_app, settings, db_url, caplog):  # noqa: F811
    healthy: list[str] = []
    run_calls(line, bodies=healthy)
    # The same calls on a line whose statistics tables are gone: every write fails.
    from ivr.web import create_app

    clock = Clock(MONDAY_OPEN)
    broken = create_app(replace(settings, database_url=db_url, staff_mobile=None, line_number=None), clock=clock)
    broken.before_request(clock.tick)
    broken.extensions["ivr"].info_sms = PretendSms()
    broken.clock = clock
    store = broken.extensions["ivr"].messages.store
    with store.engine.begin() as connection:
        connection.execute(text("DROP TABLE call_events"))
        # The same resident texts again: the first run's replies must not count against the hourly limit.
        connection.execute(text("DELETE FROM sms_sent"))
    failing: list[str] = []
    try:
        run_calls(broken, bodies=failing)
        assert broken.extensions["ivr"].stats.flush() == 0
    finally:
        store.engine.dispose()
    assert len(healthy) > 30
    assert failing == healthy
    assert "statistics" in caplog.text and "events lost" in caplog.text


def test_with_the_whole_database_down_callers_hear_the_same(make_app, settings, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the database folder should be")
    bodies = {}
    for name, url in (("ok", f"sqlite:///{tmp_path / 'ok.sqlite3'}"), ("down", f"sqlite:///{blocked / 'x' / 'ivr.sqlite3'}")):
        from ivr.web import create_app

        clock = Clock(MONDAY_OPEN)
        app = create_app(replace(settings, database_url=url), clock=clock)
        app.before_request(clock.tick)
        app.clock = clock
        bodies[name] = []
        play(app, "CA-1", MONDAY_OPEN, keys("1*3" "4" "*9_2_0"), bodies=bodies[name])
        app.extensions["ivr"].stats.flush()  # fails quietly on "down"
        app.extensions["ivr"].messages.store.engine.dispose()
    assert bodies["down"] == bodies["ok"] and len(bodies["ok"]) > 8


def test_events_are_written_by_the_writer_thread_not_the_request(line, db_url):  # noqa: F811
    import time

    stats = line.extensions["ivr"].stats
    stats.flush_seconds = 0.05
    play(line, "CA-t", MONDAY_OPEN, keys("1"))
    store = line.extensions["ivr"].messages.store
    deadline = time.monotonic() + 10
    count = 0
    while time.monotonic() < deadline:
        with store.engine.connect() as connection:
            count = connection.execute(select(func.count()).select_from(call_events)).scalar()
        if count == 2:  # start (then main), the key (then hours)
            break
        stats._wake.set()
        time.sleep(0.05)
    assert count == 2


def test_switched_off_it_records_nothing(make_app, post):
    app = make_app(MONDAY_OPEN, stats=False)
    assert post(app, "/voice").status_code == 200
    stats = app.extensions["ivr"].stats
    assert not stats.enabled and not stats._queue


def test_staff_call_backs_are_counted(make_line, twilio, db_url, monkeypatch):  # noqa: F811
    """Through the real "Oddzwoń" bridge (fake Twilio): one answered, one the resident did not answer."""
    from fake_twilio import CallDriver
    from test_bridge import new_item, start

    calls = twilio.register_calls()
    app = make_line()
    for outcome in ("completed", "no-answer"):
        assert start(app, new_item(app)).ok
        call = CallDriver(app, calls.calls[-1])
        call.answer()
        call.press("1")
        call.resident(outcome, talk=30 if outcome == "completed" else 0)
        call.hang_up(40)
    app.extensions["ivr"].stats.flush()
    found = stats_json(db_url, monkeypatch)
    assert (found["callbacks_made"], found["callbacks_answered"], found["calls"]) == (2, 1, 0)


def test_human_output_is_a_polish_table(line, db_url, monkeypatch):  # noqa: F811
    run_calls(line)
    out = ivr(db_url, "stats", "--since", "2026-11-01", "--until", "2026-11-30", monkeypatch=monkeypatch).stdout
    assert out.startswith("Statystyki infolinii 01.11.2026–30.11.2026\n")
    lines = out.splitlines()
    assert any(line_.split() == ["Połączenia", "10"] for line_ in lines)
    assert any(line_.split() == ["Mediana", "długości", "połączenia", "20", "s"] for line_ in lines)
    assert any(line_.split() == ["Przełączenia:", "zajęte", "1"] for line_ in lines)
    assert "Gdzie się rozłączyli:" in out and "Adres i telefony" not in out.split("Gdzie się rozłączyli:")[1].split("\n\n")[0]
    assert "GODZINY" in out and "pon. 8" in out and "pt. 2" in out


def test_dates_are_checked(db_url, monkeypatch):  # noqa: F811
    from ivr.cli import main

    monkeypatch.setenv("IVR_DATABASE_URL", db_url)
    result = CliRunner(mix_stderr=False).invoke(main, ["stats", "--since", "1.12.2026"])
    assert result.exit_code == 2 and "RRRR-MM-DD" in result.stderr
    result = CliRunner(mix_stderr=False).invoke(main, ["stats", "--since", "2026-12-02", "--until", "2026-12-01"])
    assert result.exit_code == 2


def test_purge_folds_old_calls_and_keeps_every_figure(line, db_url, monkeypatch):  # noqa: F811
    run_calls(line)
    store = line.extensions["ivr"].messages.store
    before = stats_json(db_url, monkeypatch)
    # 13 months after Friday 27 November, the Friday calls and SMS... are not old enough yet.
    out = ivr(db_url, "stats", "purge", "--at", "2027-12-27 12:00", monkeypatch=monkeypatch).stdout
    assert "27.11.2026" in out and ": 0 " in out
    # A day later the Friday's two calls go; the Monday's stay as events.
    out = ivr(db_url, "stats", "purge", "--at", "2027-12-28 12:00", monkeypatch=monkeypatch).stdout
    assert "(połączeń: 2)" in out
    assert stats_json(db_url, monkeypatch) == before
    ivr(db_url, "stats", "purge", "--at", "2028-06-01 12:00", monkeypatch=monkeypatch)
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(call_events)).scalar() == 0
    assert stats_json(db_url, monkeypatch) == before
    assert stats_json(db_url, monkeypatch, "2026-11-27", "2026-11-27")["calls"] == 2
    # Purging again changes nothing.
    ivr(db_url, "stats", "purge", "--at", "2028-06-01 12:00", monkeypatch=monkeypatch)
    assert stats_json(db_url, monkeypatch) == before


def test_report_api_per_day_and_transfers_by_hour(line, db_url):  # noqa: F811
    from ivr.stats.report import calls_per_day, transfers_by_hour

    run_calls(line)
    db = line.extensions["ivr"].stats.db
    days = calls_per_day(db, date(2026, 11, 26), date(2026, 11, 30))
    assert days == [(date(2026, 11, 26), 0), (date(2026, 11, 27), 2), (date(2026, 11, 28), 0),
                    (date(2026, 11, 29), 0), (date(2026, 11, 30), 8)]
    by_hour = transfers_by_hour(db, date(2026, 11, 30), date(2026, 11, 30))
    assert by_hour[11] == {"answered": 1, "not_answered": 1}
    assert by_hour[12] == {"answered": 0, "not_answered": 1} and by_hour[13] == {"answered": 0, "not_answered": 1}
    assert sum(v["answered"] + v["not_answered"] for v in by_hour.values()) == 4 and set(by_hour) == set(range(24))
