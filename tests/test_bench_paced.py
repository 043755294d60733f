"""bench/load.py --paced (issue 32): the open-loop generator against a real gunicorn on
127.0.0.1 (deploy/gunicorn.conf.py, 2 workers), a few calls for a few seconds. The report's
fields are checked, and that every message the callers were told is saved is kept. No figure
is timed: the verdict is checked on given figures."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bench import paced
from ivr.config import ROOT


@pytest.fixture(scope="module")
def report() -> dict:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "load.py"), "--paced", "--calls", "6", "--interval", "0.2",
         "--seconds", "5", "--json"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_the_report_has_every_figure(report):
    for figure in ("latency_ms", "wait_ms", "lag_ms"):
        assert set(report[figure]) == {"p50", "p99", "max"}
        assert all(isinstance(value, float) for value in report[figure].values())
        assert report[figure]["p50"] <= report[figure]["p99"] <= report[figure]["max"]
    assert report["calls"] == 6 and report["workers"] == 2 and report["planned_rate"] == pytest.approx(30)
    assert len(report["load_before"]) == 3 and len(report["load_after"]) == 3
    assert 0 <= report["generator_cpu_core"] and 0 <= report["server_cpu_machine"]
    assert report["bottleneck"] in (None, "generator", "server")
    assert report["verdict"]


def test_whole_journeys_run_without_errors(report):
    assert report["errors"] == 0, report["error_samples"]
    assert report["off_script"] == 0, report["error_samples"]
    # Each call made several requests (status, menu, item, ask, message, status callback...).
    assert report["requests"] >= 6 * 5
    assert report["journeys"] >= 1


def test_every_message_told_saved_is_kept(report):
    messages = report["messages"]
    assert messages["told_saved"] >= 1
    assert messages["not_told_saved"] == 0
    assert messages["kept"] == messages["kept_database"] + messages["kept_spool"]
    assert messages["told_saved"] == messages["kept"]


def test_the_printed_report_names_saved_against_kept(report):
    text = paced.describe(report)
    told = report["messages"]["told_saved"]
    assert f"told saved {told}, kept {told}" in text
    assert "latency p50 / p99" in text and "generator CPU" in text and "load average" in text
    assert report["verdict"] in text


def _figures(lag_p99: float, core: float, peak: int, pool: int = 128) -> dict:
    return {"lag_ms": {"p99": lag_p99}, "generator_cpu_core": core, "peak_in_flight": peak, "pool": pool,
            "load_after": [9.0, 5.0, 3.0], "cores": 2}


def test_the_verdict_blames_the_generator_when_its_core_is_full():
    who, why = paced.verdict(_figures(lag_p99=1.0, core=0.95, peak=10))
    assert who == "generator" and "95%" in why


def test_the_verdict_blames_the_generator_when_it_falls_behind_with_threads_free():
    who, why = paced.verdict(_figures(lag_p99=150.0, core=0.10, peak=10))
    assert who == "generator" and "fell behind" in why and "150 ms" in why


def test_the_verdict_blames_the_server_when_every_thread_waits_on_it():
    who, why = paced.verdict(_figures(lag_p99=150.0, core=0.10, peak=128))
    assert who == "server" and "all 128" in why


def test_a_generator_on_schedule_leaves_the_figures_to_the_server():
    who, why = paced.verdict(_figures(lag_p99=paced.LATE * 1000 - 1, core=0.5, peak=40))
    assert who is None and "kept its schedule" in why


def test_the_next_url_is_read_from_gather_record_or_redirect():
    assert paced._next_url('<Response><Gather action="/voice/answer?node=main&amp;miss=0" input="dtmf speech">'
                           '</Gather></Response>') == "/voice/answer?node=main&miss=0"
    assert paced._next_url('<Response><Record action="/voice/recorded?node=leave_word" maxLength="120" />'
                           '</Response>') == "/voice/recorded?node=leave_word"
    assert paced._next_url("<Response><Redirect>/voice/answer?node=about</Redirect></Response>") == \
        "/voice/answer?node=about"
    assert paced._next_url("<Response><Hangup /></Response>") is None


def test_the_report_breaks_the_latency_down_by_step(report):
    steps = report["latency_by_step_ms"]
    assert set(steps) <= set(paced.STEP_NAMES) and {"status", "menu", "message"} <= set(steps)
    assert sum(d["n"] for d in steps.values()) == report["requests"]
    assert all(d["p50"] <= d["p99"] <= d["max"] <= report["latency_ms"]["max"] for d in steps.values())
    text = paced.describe(report)
    assert all(f"    {step:<17}: " in text for step in steps)


def test_slow_answers_are_counted_per_second_of_the_run():
    bunched = {0: [0.01] * 50, 1: [0.5, 0.3, 0.02], 2: [0.01] * 40, 7: [0.2]}
    assert paced._slow_seconds(bunched) == {"1": 2, "7": 1}
    assert paced._slow_seconds({0: [0.01, 0.09]}) == {}
    text = paced.describe({**_report_figures(), "slow_seconds": {"1": 2, "7": 1}})
    assert "over 100 ms        : in 2 of the run's seconds (1s: 2, 7s: 1)" in text


def _report_figures() -> dict:
    ms = {"p50": 1.0, "p99": 2.0, "max": 3.0}
    return {"calls": 1, "interval": 8.0, "planned_rate": 0.1, "seconds": 1.0, "workers": 2, "load_before": [0, 0, 0],
            "load_after": [0, 0, 0], "cores": 2, "requests": 1, "rate": 1.0, "journeys": 0, "errors": 0,
            "error_samples": [], "off_script": 0, "latency_ms": ms, "wait_ms": ms, "lag_ms": ms,
            "over_twilio_limit": 0, "messages": {"told_saved": 0, "kept": 0, "kept_database": 0, "kept_spool": 0,
                                                   "not_told_saved": 0},
            "generator_cpu_core": 0.1, "generator_cpu_machine": 0.05, "server_cpu_machine": 0.1,
            "peak_in_flight": 1, "pool": 128, "verdict": "v", "latency_by_step_ms": {}}
