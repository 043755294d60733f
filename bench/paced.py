"""Paced, open-loop load against gunicorn on loopback (`bench/load.py --paced`).

Calls arrive the way they really do: each simulated call makes one request every `interval`
seconds (8 by default), on the clock. The moment of a call's next request is fixed when the
previous one was due, never "after its answer": a slow server does not slow the generator
down, so its waits show (no coordinated omission). N calls are spread evenly over the first
interval, so the server sees a steady N / interval requests per second (2,000 calls: 250/s).

Each call is a whole journey, signed like Twilio, each step posted to the URL the previous
answer's TwiML names (as Twilio does): the greeting with the office's status (/voice), a menu
(key 3), an item (key 1), "chcę zostawić wiadomość" said (it leads to the recording), the
Record verb's action with a recording (the caller is told "saved", or not), and the call's
status callback. Then the next call on that line begins, an interval later.

gunicorn runs with deploy/gunicorn.conf.py (gthread, its logs to a file), `--workers` 2, on
127.0.0.1 with a fresh SQLite database. Printed: requests and their rate, errors, p50/p99/max
latency (sent -> answered) and the wait counted from each request's scheduled moment, the
generator's lag behind its schedule, every message told "saved" against those kept (database +
spool), the generator's own CPU (of one core: it is one Python process) and the server's, the
load average before and after, and a verdict on whether the generator was the bottleneck.

    .venv/bin/python bench/load.py --paced [--calls 2000 --seconds 60 --interval 8] [--json]
"""
from __future__ import annotations

import argparse
import heapq
import http.client
import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.webhook import TOKEN, _free_port, _signature, _wait_for  # noqa: E402

NEXT_URL = re.compile(r'<(?:Gather|Record)\b[^>]*\baction="([^"]+)"|<Redirect\b[^>]*>([^<]+)</Redirect>')
LATE = 0.020  # a p99 lag behind the schedule above this: the generator fell behind
BUSY_CORE = 0.80  # the generator's CPU above this share of its one core: it was saturated
TWILIO_TIMEOUT = 15.0  # Twilio gives up on a webhook after 15 s
RECORDING_BASE = "https://api.twilio.com/2010-04-01/Accounts/AC" + "0" * 32 + "/Recordings/"

# The journey of one call, one request per step (see the docstring).
STATUS, MENU, ITEM, ASK, MESSAGE, HANGUP = range(6)
STEP_NAMES = ("status", "menu", "item", "ask for a message", "message", "status callback")


@dataclass
class Call:
    line: int  # which simulated line (0 .. N-1)
    number: int = 0  # how many calls this line has made
    step: int = STATUS
    url: str = "/voice"
    began: float = 0.0
    ready: float = 0.0  # when the previous answer came: the next request cannot go before it

    @property
    def sid(self) -> str:
        return f"CA{self.line:016x}{self.number:016x}"

    @property
    def caller(self) -> str:
        return f"+48600{self.line:06d}"


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: list[float] = []  # sent -> answered
        self.by_step: dict[str, list[float]] = {}  # the same, per step of the journey
        self.by_second: dict[int, list[float]] = {}  # the same, per second of the run (when the slow ones came)
        self.start = time.monotonic()
        self.waits: list[float] = []  # scheduled -> answered
        self.lags: list[float] = []  # max(scheduled, previous answer) -> sent: the generator's own delay
        self.errors = 0
        self.error_samples: list[str] = []
        self.off_script = 0  # an answer that did not lead where a real caller's would
        self.journeys = 0
        self.told_saved = 0
        self.not_told_saved = 0
        self.in_flight = self.peak_in_flight = 0

    def add(self, due: float, ready: float, sent: float, answered: float, ok: bool, what: str,
            step: str = "") -> None:
        with self.lock:
            self.latencies.append(answered - sent)
            self.by_step.setdefault(step, []).append(answered - sent)
            self.by_second.setdefault(int(sent - self.start), []).append(answered - sent)
            self.waits.append(answered - due)
            self.lags.append(sent - max(due, ready))
            if not ok:
                self.errors += 1
                if len(self.error_samples) < 5:
                    self.error_samples.append(what)


def _form(call: Call) -> dict:
    base = {"CallSid": call.sid, "From": call.caller, "To": "+48618000000"}
    if call.step == MENU:
        return {**base, "Digits": "3"}
    if call.step == ITEM:
        return {**base, "Digits": "1"}
    if call.step == ASK:
        return {**base, "SpeechResult": "chcę zostawić wiadomość", "Confidence": "0.9"}
    if call.step == MESSAGE:
        sid = f"RE{call.line:016x}{call.number:016x}"
        return {**base, "RecordingSid": sid, "RecordingUrl": RECORDING_BASE + sid, "RecordingDuration": "12",
                "Digits": "#"}
    if call.step == HANGUP:
        return {**base, "CallStatus": "completed", "CallDuration": str(max(1, round(time.monotonic() - call.began)))}
    return base


def _send(port: int, path: str, form: dict) -> tuple[int | None, str]:
    """One signed POST on a new connection (turns are seconds apart, longer than keep-alive)."""
    body = urlencode(form)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": _signature(f"http://127.0.0.1:{port}", path, form)}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TWILIO_TIMEOUT)
    try:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read().decode()
    except (OSError, http.client.HTTPException):
        return None, ""
    finally:
        conn.close()


def _next_url(text: str) -> str | None:
    found = NEXT_URL.search(text)
    if not found:
        return None
    return (found[1] or found[2]).replace("&amp;", "&").strip()


class Generator:
    """Open loop: a scheduler thread hands each request to a thread pool at its moment."""

    def __init__(self, port: int, calls: int, interval: float, seconds: float, pool: int, saved_text: str,
                 first_line: int = 0):
        self.port, self.calls, self.interval, self.seconds = port, calls, interval, seconds
        self.first_line = first_line  # lines of another run get other numbers, CallSids and RecordingSids
        self.pool, self.saved_text = pool, saved_text
        self.tally = Tally()
        self.heap: list[tuple[float, int, Call]] = []
        self.cond = threading.Condition()
        self.deadline = 0.0

    def _schedule(self, due: float, call: Call) -> None:
        with self.cond:
            heapq.heappush(self.heap, (due, call.line, call))
            self.cond.notify()

    def run(self) -> None:
        start = time.monotonic() + 0.2
        self.deadline = start + self.seconds
        for line in range(self.calls):
            due = start + line * self.interval / self.calls
            self._schedule(due, Call(self.first_line + line, began=due))
        with ThreadPoolExecutor(self.pool, thread_name_prefix="paced") as pool:
            while True:
                with self.cond:
                    now = time.monotonic()
                    if now >= self.deadline:
                        break
                    if not self.heap or self.heap[0][0] > now:
                        wake = self.heap[0][0] if self.heap else self.deadline
                        self.cond.wait(min(wake, self.deadline) - now)
                        continue
                    due, _, call = heapq.heappop(self.heap)
                with self.tally.lock:
                    self.tally.in_flight += 1
                    self.tally.peak_in_flight = max(self.tally.peak_in_flight, self.tally.in_flight)
                pool.submit(self._fire, call, due)
        # The pool's `with` waited for every request in flight (each bounded by TWILIO_TIMEOUT).

    def _fire(self, call: Call, due: float) -> None:
        try:
            self._turn(call, due)
        finally:
            with self.tally.lock:
                self.tally.in_flight -= 1

    def _turn(self, call: Call, due: float) -> None:
        path = "/voice/status" if call.step == HANGUP else call.url
        form = _form(call)
        sent = time.monotonic()
        status, text = _send(self.port, path, form)
        answered = time.monotonic()
        expected = 204 if call.step == HANGUP else 200
        ok = status == expected and (expected == 204 or "<Response>" in text)
        self.tally.add(due, call.ready, sent, answered, ok, f"{STEP_NAMES[call.step]} {path.split('?')[0]} -> {status}",
                       STEP_NAMES[call.step])
        following = _next_url(text) if ok and call.step != HANGUP else None
        if call.step == MESSAGE:
            with self.tally.lock:
                if ok and self.saved_text in text:
                    self.tally.told_saved += 1
                else:
                    self.tally.not_told_saved += 1
        if call.step == HANGUP:
            with self.tally.lock:
                self.tally.journeys += 1
            call.step = len(STEP_NAMES)  # a new call below
        elif not ok:
            call.step = len(STEP_NAMES)  # the error is counted; the line starts a new call
        elif call.step == ASK and not (following or "").startswith("/voice/recorded"):
            with self.tally.lock:  # "chcę zostawić wiadomość" did not lead to the recording
                self.tally.off_script += 1
                if len(self.tally.error_samples) < 5:
                    self.tally.error_samples.append(f"off script after '{STEP_NAMES[call.step]}': {following}")
            call.step = len(STEP_NAMES)
        elif call.step != MESSAGE and following is None:
            with self.tally.lock:
                self.tally.off_script += 1
            call.step = len(STEP_NAMES)
        else:
            call.step += 1
            call.url = following or call.url
        if call.step == len(STEP_NAMES):
            call.number += 1
            call.step, call.url, call.began = STATUS, "/voice", due + self.interval
        call.ready = answered
        self._schedule(due + self.interval, call)


def _slow_seconds(by_second: dict[int, list[float]], limit: float = 0.1) -> dict[str, int]:
    """Seconds of the run in which some answer took longer than `limit`, and how many did: a tail
    spread over the whole run, or bunched in a few moments (a pause of the whole server)."""
    slow = {second: sum(1 for x in values if x > limit) for second, values in sorted(by_second.items())}
    return {str(second): count for second, count in slow.items() if count}


def _pick(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _kept_messages(database: Path, spool_file: Path) -> tuple[int, int]:
    """Messages in the database, and in the spool (the worker would store them later)."""
    from ivr.jobs.spool import Spool

    with sqlite3.connect(database, timeout=60) as db:
        in_db = db.execute("SELECT COUNT(*) FROM messages WHERE kind = 'message'").fetchone()[0]
    spool = Spool(spool_file)
    files = [f for f in (spool.path, *spool.batches()) if f.exists()]
    in_spool = sum(1 for f in files for record in Spool.read(f) if record["kind"] == "keep_message")
    return in_db, in_spool


def _wait_ready(port: int, seconds: float = 60) -> None:
    """Until both workers could have built the app: /healthz answers on fresh connections."""
    _wait_for(port, seconds)
    end, answered = time.monotonic() + seconds, 0
    while time.monotonic() < end and answered < 20:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/healthz")
            answered += conn.getresponse().status == 200
            conn.close()
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
    if answered < 20:
        raise SystemExit("gunicorn did not answer /healthz")


def verdict(report: dict) -> tuple[str | None, str]:
    """Who limited the run, and why, in a sentence: 'generator', 'server' or None."""
    lag, core = report["lag_ms"]["p99"], report["generator_cpu_core"]
    pool_full = report["peak_in_flight"] >= report["pool"]
    if core >= BUSY_CORE:
        return "generator", (f"THE GENERATOR WAS THE BOTTLENECK: it used {core:.0%} of its one core; "
                             "the server's figures are a lower bound (run the generator on another machine)")
    if lag > LATE * 1000 and not pool_full:
        return "generator", (f"THE GENERATOR WAS THE BOTTLENECK: it fell behind its schedule (p99 lag {lag:.0f} ms "
                             f"> {LATE * 1000:.0f} ms) with threads to spare: it did not get the CPU in time "
                             f"(load average {report['load_after'][0]:.1f} on {report['cores']} CPUs)")
    if lag > LATE * 1000:
        return "server", (f"the server was the bottleneck: all {report['pool']} generator threads waited on "
                          f"answers, so requests queued (p99 lag {lag:.0f} ms; waits count from the schedule)")
    return None, (f"the generator kept its schedule (p99 lag {lag:.1f} ms, {core:.0%} of one core): "
                  "the figures are the server's")


def run(calls: int, seconds: float, interval: float, workers: int, pool: int, keep: bool = False) -> dict:
    work = Path(tempfile.mkdtemp(prefix="ivr-paced-"))
    database, spool_file, port = work / "ivr.sqlite3", work / "spool.jsonl", _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TWILIO_AUTH_TOKEN": TOKEN, "IVR_DEV_UNSIGNED": "0",
           "IVR_PUBLIC_URL": "", "TWILIO_ACCOUNT_SID": "", "IVR_STAFF_MOBILE": "", "IVR_LINE_NUMBER": "",
           "IVR_SECRET_KEY": "bench-secret-" + "x" * 32, "IVR_DATABASE_URL": f"sqlite:///{database}",
           "IVR_INSTANCE_DIR": str(work), "IVR_SPOOL_FILE": str(spool_file), "IVR_AUDIO_DIR": str(work / "audio"),
           "IVR_RECORDINGS_DIR": str(work / "recordings"), "IVR_BIND": f"127.0.0.1:{port}",
           "IVR_WORKERS": str(workers), "IVR_LOG_FORMAT": "text", "IVR_ACCESS_LOG": "0"}
    # The words a caller hears once a message is kept, as the line says them; building the app
    # here also creates the database's tables before the workers start.
    saved_env = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        from ivr import create_app

        saved_text = create_app().extensions["ivr"].catalogue.entry("record_saved").spoken
    finally:
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    log = open(work / "server.log", "w")
    server_cpu0 = _cpu_seconds(resource.RUSAGE_CHILDREN)
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", str(ROOT / "deploy" / "gunicorn.conf.py")],
                              cwd=ROOT, env=env, stdout=log, stderr=log)
    generator = Generator(port, calls, interval, seconds, pool, saved_text)
    try:
        _wait_ready(port)
        # Warm-up, not counted: a few whole journeys, so each worker has rendered its steps once
        # (a deployed line's workers are warm). Their messages are subtracted from what is kept.
        warm = Generator(port, 8, 0.05, 1.5, 8, saved_text, first_line=calls)
        warm.run()
        warm_db, warm_spool = _kept_messages(database, spool_file)
        load_before = os.getloadavg()
        cpu0, wall0 = _cpu_seconds(resource.RUSAGE_SELF), time.monotonic()
        generator.run()
        cpu1, wall1 = _cpu_seconds(resource.RUSAGE_SELF), time.monotonic()
        load_after = os.getloadavg()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    server_cpu = _cpu_seconds(resource.RUSAGE_CHILDREN) - server_cpu0
    in_db, in_spool = _kept_messages(database, spool_file)
    in_db, in_spool = in_db - warm_db, in_spool - warm_spool
    tally, wall = generator.tally, wall1 - wall0
    cores = os.cpu_count() or 1
    report = {
        "calls": calls, "seconds": seconds, "interval": interval, "workers": workers, "pool": pool,
        "planned_rate": calls / interval, "requests": len(tally.latencies), "rate": len(tally.latencies) / wall,
        "errors": tally.errors, "error_samples": tally.error_samples, "off_script": tally.off_script,
        "journeys": tally.journeys,
        "latency_ms": {"p50": _pick(tally.latencies, 0.5), "p99": _pick(tally.latencies, 0.99),
                       "max": _pick(tally.latencies, 1.0)},
        "latency_by_step_ms": {step: {"n": len(values), "p50": _pick(values, 0.5), "p99": _pick(values, 0.99),
                                      "max": _pick(values, 1.0)} for step, values in tally.by_step.items()},
        "slow_seconds": _slow_seconds(tally.by_second),
        "wait_ms": {"p50": _pick(tally.waits, 0.5), "p99": _pick(tally.waits, 0.99), "max": _pick(tally.waits, 1.0)},
        "lag_ms": {"p50": _pick(tally.lags, 0.5), "p99": _pick(tally.lags, 0.99), "max": _pick(tally.lags, 1.0)},
        "over_twilio_limit": sum(1 for x in tally.waits if x >= TWILIO_TIMEOUT),
        "messages": {"told_saved": tally.told_saved, "not_told_saved": tally.not_told_saved,
                     "kept_database": in_db, "kept_spool": in_spool, "kept": in_db + in_spool},
        "generator_cpu_core": (cpu1 - cpu0) / wall, "generator_cpu_machine": (cpu1 - cpu0) / wall / cores,
        "server_cpu_machine": server_cpu / wall / cores, "cores": cores,
        "peak_in_flight": tally.peak_in_flight,
        "load_before": list(load_before), "load_after": list(load_after), "work": str(work),
    }
    report["bottleneck"], report["verdict"] = verdict(report)
    if not keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return report


def describe(r: dict) -> str:
    ms = lambda d: f"{d['p50']:.0f} ms / {d['p99']:.0f} ms (max {d['max']:.0f} ms)"  # noqa: E731
    m = r["messages"]
    lines = [
        f"paced, open loop: {r['calls']} calls, a request every {r['interval']:g} s each "
        f"({r['planned_rate']:.0f} requests/s planned), {r['seconds']:g} s, gunicorn {r['workers']} workers "
        "(deploy/gunicorn.conf.py), loopback",
        f"  load average       : {r['load_before'][0]:.2f} before, {r['load_after'][0]:.2f} after ({r['cores']} CPUs)",
        f"  requests           : {r['requests']} ({r['rate']:.0f}/s), {r['journeys']} whole journeys",
        f"  errors             : {r['errors']}" + (f" ({'; '.join(r['error_samples'])})" if r["error_samples"] else "")
        + (f", {r['off_script']} answers off the journey's script" if r["off_script"] else ""),
        f"  latency p50 / p99  : {ms(r['latency_ms'])}  (sent -> answered)",
        *(f"    {step:<17}: {ms(d)}  ({d['n']} requests)" for step, d in r.get("latency_by_step_ms", {}).items()),
        f"  over 100 ms        : in {len(r.get('slow_seconds', {}))} of the run's seconds"
        + (f" ({', '.join(f'{s}s: {n}' for s, n in list(r['slow_seconds'].items())[:12])}"
           + (", ..." if len(r["slow_seconds"]) > 12 else "") + ")" if r.get("slow_seconds") else ""),
        f"  wait p50 / p99     : {ms(r['wait_ms'])}  (from the scheduled moment; {r['over_twilio_limit']} over 15 s)",
        f"  generator lag      : {ms(r['lag_ms'])}  (due -> sent; due: scheduled, or the previous answer if later)",
        f"  messages           : told saved {m['told_saved']}, kept {m['kept']} (database {m['kept_database']}, "
        f"spool {m['kept_spool']}); not told saved {m['not_told_saved']}",
        f"  generator CPU      : {r['generator_cpu_core']:.0%} of one core ({r['generator_cpu_machine']:.0%} of the "
        f"machine); server {r['server_cpu_machine']:.0%} of the machine; at most {r['peak_in_flight']} requests "
        f"in flight or queued for {r['pool']} threads",
        f"  verdict            : {r['verdict']}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/load.py --paced")
    parser.add_argument("--calls", type=int, default=2000, help="concurrent calls")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--interval", type=float, default=8.0, help="seconds between a call's requests")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pool", type=int, default=128, help="generator threads (requests in flight at most)")
    parser.add_argument("--json", action="store_true", help="the report as one JSON object")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (server.log, database)")
    args = parser.parse_args(argv)
    if args.calls < 1 or args.seconds <= 0 or args.interval <= 0 or args.pool < 1:
        parser.error("--calls, --seconds, --interval and --pool must be positive")
    report = run(args.calls, args.seconds, args.interval, args.workers, args.pool, keep=args.keep)
    print(json.dumps(report, indent=1) if args.json else describe(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
