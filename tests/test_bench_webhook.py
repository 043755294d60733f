"""bench/webhook.py's honesty (issue 32): no ratio from a loaded machine unless asked for, and
then every figure says LOADED; alternating rounds reported as median and spread. Nothing here
is timed: the measuring parts are replaced where a test is about the report, not the speed."""
from __future__ import annotations

import pytest

import bench.webhook as webhook


def test_a_load_above_the_limit_is_refused_with_the_reason():
    reason = webhook.refusal(1.51, loaded=False)
    assert reason is not None
    assert "1.51" in reason and "1.5" in reason and "--loaded" in reason
    assert "flatters the heavier one" in reason


def test_a_load_at_or_under_the_limit_or_an_explicit_loaded_run_is_allowed():
    assert webhook.refusal(1.5, loaded=False) is None
    assert webhook.refusal(0.2, loaded=False) is None
    assert webhook.refusal(9.0, loaded=True) is None


def test_the_refusal_happens_before_any_server_starts(monkeypatch, capsys):
    monkeypatch.setattr(webhook.os, "getloadavg", lambda: (3.2, 2.0, 1.0))

    def no_server(*args, **kwargs):
        raise AssertionError("gunicorn started on a loaded machine")

    monkeypatch.setattr(webhook.subprocess, "Popen", no_server)
    assert webhook.main(["--seconds", "1"]) == 2
    captured = capsys.readouterr()
    assert "ratio" not in captured.out
    assert "not run" in captured.err and "3.20" in captured.err


def test_median_and_spread_of_the_rounds():
    assert webhook.spread([2100.0, 2000.0, 2200.0]) == (2100.0, 2000.0, 2200.0)
    assert webhook.spread([4.0, 1.0, 3.0, 2.0]) == (2.5, 1.0, 4.0)  # an even count: the middle two's mean
    assert webhook.spread([7.0]) == (7.0, 7.0, 7.0)
    with pytest.raises(ValueError):
        webhook.spread([])
    # Half the range against the median: (2200 - 2000) / 2 / 2100 = 4.8 %.
    assert webhook.describe([2100.0, 2000.0, 2200.0], "requests/s") == \
        "2100 requests/s (median of 3; 2000-2200, ±5%)"
    assert webhook.describe([0.43, 0.40, 0.52], "", 2) == "0.43 (median of 3; 0.40-0.52, ±14%)"


class _FakeServer:
    def __init__(self, *args, **kwargs):
        self.stopped = False

    def send_signal(self, signum):
        self.stopped = True

    def wait(self, timeout=None):
        return 0


def _fake_measurements(monkeypatch, load):
    """The report around fixed rounds: bare 5000/5200/4800, ours 2000/2300/2100 requests/s."""
    rounds = {"/bare": iter([1, 5000, 5200, 4800]), webhook.WEBHOOK: iter([1, 2000, 2300, 2100])}
    order = []

    def throughput(args, port, path, seconds):
        order.append(path)
        return float(next(rounds[path])), 0.05

    monkeypatch.setattr(webhook.os, "getloadavg", lambda: load)
    monkeypatch.setattr(webhook.subprocess, "Popen", _FakeServer)
    monkeypatch.setattr(webhook, "_wait_for", lambda port: None)
    monkeypatch.setattr(webhook, "_throughput", throughput)
    monkeypatch.setattr(webhook, "in_process", lambda rounds: ([450.0, 460.0, 470.0], [200.0, 210.0, 190.0]))
    return order


def test_rounds_alternate_and_the_ratio_is_of_the_medians(monkeypatch, capsys):
    order = _fake_measurements(monkeypatch, (0.4, 0.5, 0.6))
    assert webhook.main(["--seconds", "1", "--python"]) == 0
    out = capsys.readouterr().out
    assert order[2:] == ["/bare", webhook.WEBHOOK] * 3  # after one warm-up of each
    assert "LOADED" not in out
    assert "before: 0.40 / 0.50 / 0.60" in out
    assert "5000 requests/s (median of 3; 4800-5200, ±4%)" in out
    assert "2100 requests/s (median of 3; 2000-2300, ±7%)" in out
    assert "ratio            : 0.42 of the medians" in out  # 2100 / 5000
    # Per round: 2000/5000, 2300/5200, 2100/4800 = 0.40, 0.44, 0.44.
    assert "per round 0.44 (median of 3; 0.40-0.44" in out
    assert "460 us/request (median of 3; 450-470" in out


def test_a_loaded_run_labels_every_figure(monkeypatch, capsys):
    _fake_measurements(monkeypatch, (2.7, 2.0, 1.0))
    assert webhook.main(["--seconds", "1", "--python", "--loaded"]) == 0
    out = capsys.readouterr().out
    figures = [line for line in out.splitlines() if "requests/s" in line or "us/request" in line or "ratio" in line]
    assert len(figures) == 5
    assert all("LOADED" in line for line in figures), out
    assert "before: 2.70" in out


def _bench_environment(tmp_path, content_dir) -> dict:
    import os

    env = {key: value for key, value in os.environ.items() if not key.startswith(("IVR_", "TWILIO_"))}
    return {**env, "IVR_INSTANCE_DIR": str(tmp_path / "instance"), "IVR_CONTENT_DIR": str(content_dir),
            "IVR_DATABASE_URL": f"sqlite:///{tmp_path / 'ivr.sqlite3'}", "IVR_AUDIO_DIR": str(tmp_path / "audio"),
            "IVR_RECORDINGS_DIR": str(tmp_path / "recordings"), "IVR_STATS": "0", "IVR_SECRET_KEY": "x" * 32}


def test_the_parts_bench_reports_each_route_and_the_parts_between_them(tmp_path, content_dir):
    import subprocess
    import sys

    from ivr.config import ROOT

    run = subprocess.run([sys.executable, "bench/webhook_parts.py", "--requests", "3", "--rounds", "1"], cwd=ROOT,
                         env=_bench_environment(tmp_path, content_dir), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    for route in ("/bare", "/signed?node=main", webhook.WEBHOOK):
        assert any(line.split()[0] == route for line in run.stdout.splitlines() if line.startswith("  /")), run.stdout
    assert "signed - bare" in run.stdout and "answer - signed" in run.stdout and "load average" in run.stdout


def test_the_signature_route_of_the_bench_refuses_an_unsigned_request(tmp_path, content_dir):
    # A route that skipped the check would make "the signature's part" a lie: it answers 200 only when signed.
    import subprocess
    import sys

    from ivr.config import ROOT

    script = ("import io, sys; from urllib.parse import urlencode; import bench.webhook_parts as p;"
              "from bench.webhook_app import app; body = urlencode(p.FORM).encode();"
              "e = p.environ('/signed?node=main', body); e['HTTP_X_TWILIO_SIGNATURE'] = 'forged';"
              "e['wsgi.input'] = io.BytesIO(body); seen = [];"
              "b''.join(app(e, lambda status, headers, exc=None: seen.append(status))); print(seen[0])")
    env = {**_bench_environment(tmp_path, content_dir), "TWILIO_AUTH_TOKEN": webhook.TOKEN, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().startswith("403"), run.stdout
