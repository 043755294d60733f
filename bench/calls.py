"""Whole paced calls against the deployed configuration, with faults; loopback only, bounded.

gunicorn runs with deploy/gunicorn.conf.py (gthread) and `ivr worker` beside it; Twilio's
REST API is a fake on 127.0.0.1 (bench/fake_twilio_api.py, IVR_TWILIO_API_URL). N callers
play whole calls, a turn every 1-3 s, signed like Twilio: the greeting, hours, key 5 (an
SMS), a spoken choice, then a message (Record action + Twilio's recording callback) or a
call-back request, and the call's status callback. Each caller number is new per call.

Each scenario runs for --seconds; then callers stop, the fault ends, and the worker gets up
to --drain seconds to store what the spool holds. Printed per scenario: requests, errors,
p50/p99/max, requests over 15 s (Twilio's limit), messages and call-back requests told
"saved" against those kept (database + spool), SMS told "zostanie wysłany" against those
the fake API received, the machine's load and the generator's CPU share. The first
scenario is the baseline; the others print their p50/p99 as ratios to it.

    .venv/bin/python bench/calls.py --callers 30 --seconds 60 --scenarios none,slow-api,db-lock

Scenarios: none; slow-api (every API answer after --api-delay s, 4 by default); hang-api
(the API holds its answers for 10 min from a third of the run for --hang-for s);
db-lock (a second connection holds BEGIN EXCLUSIVE on the SQLite database from a third of
the run for --lock-for s, 20 by default); kill-workers (every --kill-every s a gunicorn
worker and the ivr worker get SIGKILL; the ivr worker is restarted as systemd would).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.webhook import TOKEN, _free_port, _signature, _wait_for  # noqa: E402

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
LINE = "+48618000000"
STAFF = "+48600100200"
TWILIO_LIMIT = 15.0
SCENARIOS = ("none", "slow-api", "hang-api", "db-lock", "kill-workers")


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: list = field(default_factory=list)
    errors: int = 0
    told_messages: set = field(default_factory=set)  # RecordingSids told "saved"
    told_callbacks: set = field(default_factory=set)  # numbers told "saved"
    told_sms: set = field(default_factory=set)  # numbers told the SMS "zostanie wysłany"
    sms_refused: int = 0
    error_samples: list = field(default_factory=list)

    def add(self, seconds: float, ok: bool, what: str = "") -> None:
        with self.lock:
            self.latencies.append(seconds)
            self.errors += not ok
            if not ok and len(self.error_samples) < 5:
                self.error_samples.append(what)


def _post(_unused, port, path, form, tally) -> str:
    body = urlencode(form)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": _signature(f"http://127.0.0.1:{port}", path, form)}
    start = time.perf_counter()
    text, ok, status = "", False, None
    # A connection per request, as Twilio makes them: turns are seconds apart, longer than
    # gunicorn keeps an idle connection.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        status = response.status
        text = response.read().decode()
        ok = response.status in (200, 204) and (response.status == 204 or "<Response>" in text)
    except (OSError, http.client.HTTPException):
        pass
    finally:
        conn.close()
    tally.add(time.perf_counter() - start, ok, f"{path.split('?')[0]} -> {status}")
    return text


def _caller(n: int, port: int, deadline: float, tally: Tally, said: dict, seed: int) -> None:
    rng = random.Random(seed * 1000 + n)
    conn = [None]
    call = 0

    def pace():
        time.sleep(rng.uniform(1.0, 3.0))
        return time.monotonic() < deadline

    while time.monotonic() < deadline:
        call += 1
        number = f"+48600{n:03d}{call % 1000:03d}"
        sid_call = f"CA{seed:04x}{n:014x}{call:014x}"
        base = {"CallSid": sid_call, "From": number, "To": LINE}
        menu = "/voice/answer?node=main&miss=0&rounds=0"
        _post(conn, port, "/voice", base, tally)
        if not pace():
            break
        _post(conn, port, menu, {**base, "Digits": "1"}, tally)
        if not pace():
            break
        text = _post(conn, port, menu, {**base, "Digits": "5"}, tally)
        if said["sms_sent"] in text:
            with tally.lock:
                tally.told_sms.add(number)
        elif said["sms_failed"] in text:
            with tally.lock:
                tally.sms_refused += 1
        if not pace():
            break
        _post(conn, port, menu, {**base, "SpeechResult": "adres", "Confidence": "0.9"}, tally)
        if not pace():
            break
        _post(conn, port, menu, {**base, "Digits": "7"}, tally)
        if not pace():
            break
        if call % 2:
            _post(conn, port, "/voice/answer?node=leave_word&miss=0&rounds=0", {**base, "Digits": "1"}, tally)
            if not pace():
                break
            sid = f"RE{seed:04x}{n:014x}{call:014x}"
            url = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{sid}"
            text = _post(conn, port, "/voice/recorded?node=leave_word&miss=0&rounds=0", {
                **base, "RecordingSid": sid, "RecordingDuration": "7", "Digits": "#", "RecordingUrl": url}, tally)
            if said["record_saved"] in text:
                with tally.lock:
                    tally.told_messages.add(sid)
            _post(conn, port, "/voice/recording", {
                "AccountSid": ACCOUNT_SID, "CallSid": sid_call, "RecordingSid": sid, "RecordingUrl": url,
                "RecordingStatus": "completed", "RecordingDuration": "7"}, tally)
        else:
            _post(conn, port, "/voice/answer?node=leave_word&miss=0&rounds=0", {**base, "Digits": "2"}, tally)
            if not pace():
                break
            text = _post(conn, port, "/voice/answer?node=callback&miss=0&rounds=0", {**base, "Digits": "1"}, tally)
            if said["callback_saved"] in text:
                with tally.lock:
                    tally.told_callbacks.add(number)
        _post(conn, port, "/voice/status", {**base, "CallStatus": "completed", "CallDuration": "60"}, tally)
        if not pace():
            break


def _hold_lock(database: Path, at: float, seconds: float, log: list) -> None:
    time.sleep(at)
    connection = sqlite3.connect(database, timeout=60, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")  # readers and writers of every other connection wait
    log.append(f"database locked (BEGIN EXCLUSIVE) for {seconds:.0f} s from {at:.0f} s")
    time.sleep(seconds)
    connection.execute("ROLLBACK")
    connection.close()


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class Line:
    """gunicorn with the deploy config, `ivr worker`, and the fake API, on loopback."""

    def __init__(self, work: Path, api_args: list[str], worker_threads: int):
        self.work = work
        self.port, self.api_port = _free_port(), _free_port()
        self.database = work / "ivr.sqlite3"
        self.env = {
            **os.environ, "PYTHONPATH": str(ROOT), "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "IVR_DEV_UNSIGNED": "0", "IVR_PUBLIC_URL": "", "IVR_LINE_NUMBER": LINE, "IVR_STAFF_MOBILE": STAFF,
            "IVR_SECRET_KEY": "bench-secret-" + "x" * 32, "IVR_DATABASE_URL": f"sqlite:///{self.database}",
            "IVR_INSTANCE_DIR": str(work), "IVR_AUDIO_DIR": str(work / "audio"),
            "IVR_RECORDINGS_DIR": str(work / "recordings"), "IVR_TWILIO_API_URL": f"http://127.0.0.1:{self.api_port}",
            "IVR_BIND": f"127.0.0.1:{self.port}", "IVR_LOG_FORMAT": "text",
        }
        self.api = subprocess.Popen([sys.executable, str(ROOT / "bench" / "fake_twilio_api.py"), "--port",
                                     str(self.api_port), "--token", TOKEN, *api_args],
                                    stdout=subprocess.PIPE, text=True)
        self.log = open(work / "server.log", "w")
        self.server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", str(ROOT / "deploy" / "gunicorn.conf.py")],
                                       cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log)
        self.worker_threads = worker_threads
        self.worker = self._start_worker()
        _wait_for(self.port, 60)
        _wait_for(self.api_port, 30)
        self._wait_ready(120)

    def _wait_ready(self, seconds: float) -> None:
        """Until every gunicorn worker has built the app: /healthz answers on fresh connections."""
        end, answered = time.monotonic() + seconds, 0
        while time.monotonic() < end and answered < 10:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/healthz")
                answered += conn.getresponse().status == 200
                conn.close()
            except (OSError, http.client.HTTPException):
                time.sleep(0.5)
        time.sleep(3)  # the second worker, and the ivr worker's migration check

    def _start_worker(self):
        return subprocess.Popen([sys.executable, "-m", "ivr", "worker", "--threads", str(self.worker_threads)],
                                cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log)

    def keep_worker_up(self) -> None:
        if self.worker.poll() is not None:  # systemd's Restart=always
            self.worker = self._start_worker()

    def kill_some(self, rng: random.Random) -> str:
        children = _children(self.server.pid)
        if children:
            os.kill(rng.choice(children), signal.SIGKILL)
        self.worker.kill()
        self.worker.wait()
        self.worker = self._start_worker()
        return f"killed a gunicorn worker of {len(children)} and the ivr worker"

    def stop(self) -> dict:
        if self.log.closed:
            return {}
        for process in (self.server, self.worker):
            process.send_signal(signal.SIGTERM)
        for process in (self.server, self.worker):
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
        self.api.send_signal(signal.SIGTERM)
        try:
            out, _ = self.api.communicate(timeout=10)
            received = json.loads(out.strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, ValueError, IndexError):
            self.api.kill()
            received = {}
        self.log.close()
        return received


def _kept(database: Path, spool_dir: Path) -> tuple[set, set, int]:
    """Messages (RecordingSids) and call-back numbers in the database or still in the spool."""
    from ivr.jobs.spool import Spool

    with sqlite3.connect(database, timeout=60) as db:
        sids = {r[0] for r in db.execute("SELECT recording_sid FROM messages WHERE kind = 'message'")}
        numbers = {r[0] for r in db.execute("SELECT number FROM messages WHERE kind = 'callback'")}
    spool = Spool(spool_dir / "spool.jsonl")
    waiting = 0
    for path in [spool.path, *spool.batches()]:
        if path.exists():
            for record in Spool.read(path):
                waiting += 1
                sids.add(record.get("recording_sid"))
                numbers.add(record.get("number"))
    return sids, numbers, waiting


def _sms_jobs_open(database: Path) -> int:
    with sqlite3.connect(database, timeout=60) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'jobs'").fetchone():
            return 0
        return db.execute("SELECT COUNT(*) FROM jobs WHERE kind = 'sms' AND state IN ('pending', 'running')").fetchone()[0]


def _spool_drained(work: Path, database: Path) -> bool:
    from ivr.jobs.spool import Spool

    spool = Spool(work / "spool.jsonl")
    if spool.waiting():
        return False
    with sqlite3.connect(database, timeout=60) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'jobs'").fetchone():
            return True
        open_keeps = db.execute("SELECT COUNT(*) FROM jobs WHERE kind IN ('keep_message', 'keep_callback') "
                                "AND state IN ('pending', 'running')").fetchone()[0]
    return open_keeps == 0


def _cpu_times() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine."""
    fields = [float(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def run(scenario: str, args, said: dict, seed: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"ivr-calls-{scenario}-"))
    third = args.seconds / 3
    api_args = []
    if scenario == "slow-api":
        api_args = ["--delay", str(args.api_delay)]
    elif scenario == "hang-api":
        api_args = ["--hang-from", str(third + 5), "--hang-for", str(args.hang_for)]
    line = Line(work, api_args, args.worker_threads)
    try:
        return _measure(scenario, args, said, seed, work, line)
    finally:
        line.stop()  # whatever happened: no process is left behind
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _measure(scenario, args, said, seed, work, line) -> dict:
    third = args.seconds / 3
    tally, events = Tally(), []
    load_before = os.getloadavg()
    usage_before = resource.getrusage(resource.RUSAGE_SELF)
    busy0, total0 = _cpu_times()
    started = time.monotonic()
    deadline = started + args.seconds
    threads = [threading.Thread(target=_caller, args=(n, line.port, deadline, tally, said, seed), daemon=True)
               for n in range(args.callers)]
    if scenario == "db-lock":
        threads.append(threading.Thread(target=_hold_lock, args=(line.database, third, args.lock_for, events), daemon=True))
    for thread in threads:
        thread.start()
    rng = random.Random(seed)
    next_kill = started + args.kill_every
    while time.monotonic() < deadline:
        time.sleep(0.5)
        line.keep_worker_up()
        if scenario == "kill-workers" and time.monotonic() >= next_kill:
            events.append(line.kill_some(rng))
            next_kill += args.kill_every
    for thread in threads:
        thread.join(timeout=60)
    wall = time.monotonic() - started
    usage_after = resource.getrusage(resource.RUSAGE_SELF)
    busy1, total1 = _cpu_times()
    load_after = os.getloadavg()
    drain_end = time.monotonic() + args.drain
    while time.monotonic() < drain_end and not _spool_drained(work, line.database):
        line.keep_worker_up()
        time.sleep(1)
    sms_open = _sms_jobs_open(line.database)
    received = line.stop()  # its counts; stopping twice is harmless
    sids, numbers, still_spooled = _kept(line.database, work)
    generator_cpu = (usage_after.ru_utime + usage_after.ru_stime) - (usage_before.ru_utime + usage_before.ru_stime)
    machine_busy = (busy1 - busy0) / os.sysconf("SC_CLK_TCK")
    lat = sorted(tally.latencies) or [0.0]
    pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]  # noqa: E731
    return {
        "scenario": scenario, "events": events, "error_samples": tally.error_samples, "requests": len(tally.latencies), "errors": tally.errors,
        "p50": pick(0.5), "p99": pick(0.99), "max": lat[-1], "over15": sum(x > TWILIO_LIMIT for x in lat),
        "told_messages": len(tally.told_messages), "lost_messages": len(tally.told_messages - sids),
        "told_callbacks": len(tally.told_callbacks), "lost_callbacks": len(tally.told_callbacks - numbers),
        "still_spooled": still_spooled, "told_sms": len(tally.told_sms), "sms_refused": tally.sms_refused,
        "sms_received": received.get("messages", 0) - received.get("sms_to", []).count(STAFF),
        "sms_open": sms_open, "api": received,
        "load": (load_before, load_after), "generator_cpu": generator_cpu / wall,
        "generator_share": generator_cpu / machine_busy if machine_busy else 0.0, "wall": wall, "work": str(work),
    }


def report(result: dict, baseline: dict | None, args) -> None:
    r = result
    print(f"\n== {r['scenario']}: {args.callers} paced callers, {args.seconds:.0f} s, gunicorn deploy/gunicorn.conf.py "
          f"(gthread), ivr worker --threads {args.worker_threads}, fake Twilio API on loopback")
    for event in r["events"][:3]:
        print(f"   fault: {event}")
    if len(r["events"]) > 3:
        print(f"   fault: … {len(r['events'])} times in all")
    ratio = ""
    if baseline and baseline is not r and baseline["p50"] and baseline["p99"]:
        ratio = f"  (x{r['p50'] / baseline['p50']:.1f} / x{r['p99'] / baseline['p99']:.1f} the baseline)"
    print(f"   requests           : {r['requests']} ({r['requests'] / r['wall']:.1f}/s), errors {r['errors']}"
          + (f" (e.g. {', '.join(r['error_samples'][:3])})" if r["errors"] else ""))
    print(f"   latency p50 / p99  : {r['p50'] * 1000:.0f} ms / {r['p99'] * 1000:.0f} ms (max {r['max'] * 1000:.0f} ms){ratio}")
    print(f"   over 15 s          : {r['over15']}")
    print(f"   messages           : told saved {r['told_messages']}, lost {r['lost_messages']}")
    print(f"   call-back requests : told saved {r['told_callbacks']}, lost {r['lost_callbacks']}"
          f" (still in the spool after the drain: {r['still_spooled']})")
    print(f"   SMS (key 5)        : told 'zostanie wysłany' {r['told_sms']}, told not sent {r['sms_refused']}; "
          f"the API received {r['sms_received']}, still queued {r['sms_open']}")
    print(f"   load average       : {r['load'][0][0]:.2f} -> {r['load'][1][0]:.2f} ({os.cpu_count()} CPUs)")
    print(f"   generator CPU      : {r['generator_cpu'] * 100:.1f}% of one core, "
          f"{r['generator_share'] * 100:.1f}% of the machine's busy time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--callers", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--scenarios", default="none,slow-api,db-lock")
    parser.add_argument("--api-delay", type=float, default=4.0)
    parser.add_argument("--hang-for", type=float, default=20.0)
    parser.add_argument("--lock-for", type=float, default=20.0)
    parser.add_argument("--kill-every", type=float, default=10.0)
    parser.add_argument("--drain", type=float, default=60.0, help="seconds the worker gets to empty the spool")
    parser.add_argument("--worker-threads", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep each run's folder (database, spool, server.log)")
    args = parser.parse_args()
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown or args.callers > 300 or args.seconds > 600:
        raise SystemExit(f"scenarios from {SCENARIOS}; at most 300 callers and 600 s")
    scratch = tempfile.mkdtemp(prefix="ivr-calls-said-")
    os.environ.update({"IVR_AUDIO_DIR": f"{scratch}/audio", "IVR_STATS": "0", "IVR_DATABASE_URL": f"sqlite:///{scratch}/x.sqlite3",
                       "IVR_RECORDINGS_DIR": f"{scratch}/recordings"})
    from ivr import create_app

    app = create_app()
    catalogue = app.extensions["ivr"].catalogue  # what callers hear, as the line says it
    app.extensions["ivr"].messages.store.engine.dispose()
    shutil.rmtree(scratch, ignore_errors=True)
    said = {name: catalogue.entry(name).spoken for name in ("record_saved", "callback_saved", "sms_sent", "sms_failed")}
    print(f"bench/calls.py at {time.strftime('%Y-%m-%d %H:%M:%S')}, load {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
    baseline = None
    for n, scenario in enumerate(scenarios):
        result = run(scenario, args, said, args.seed + n)
        baseline = baseline or result
        report(result, baseline, args)


if __name__ == "__main__":
    main()
