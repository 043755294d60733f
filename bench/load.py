"""N concurrent full calls through gunicorn on loopback, for a bounded time, signed like Twilio.

Each simulated caller plays calls over and over until the time is up: the greeting, keys,
a spoken choice, then either a message (the Record action) or a call-back request.
Prints requests, errors (non-200 or no TwiML), p50/p99 latency, and what callers were
told was saved against what the database holds. `--lock-at S --lock-for 10` holds a
write lock on the SQLite database in the middle of the run, from another process's
connection, as a long migration or a backup would. Loopback only; every loop is bounded
by the deadline.

    .venv/bin/python bench/load.py --callers 200 --seconds 60
    .venv/bin/python bench/load.py --callers 200 --seconds 60 --lock-at 20 --lock-for 10

`--paced` is the way calls really arrive: an open-loop generator (bench/paced.py). Each
simulated call makes one request every 8 s, on the clock (never "after the previous
answer"), through whole journeys: the greeting with the office's status, a menu, an item,
a spoken request to leave a message, the recording, the status callback. 2,000 concurrent
calls (250 requests/s) for 60 s against gunicorn with deploy/gunicorn.conf.py, 2 workers.

    .venv/bin/python bench/load.py --paced [--calls 2000 --seconds 60 --interval 8] [--json]
"""
from __future__ import annotations

import argparse
import http.client
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.webhook import TOKEN, _free_port, _signature, _wait_for  # noqa: E402

SID_DIGITS = "0123456789abcdef"


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors = 0
        self.told_message = self.told_callback = 0


def _post(conn, port, path, form, tally):
    body = urlencode(form)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": _signature(f"http://127.0.0.1:{port}", path, form)}
    start = time.perf_counter()
    try:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode()
        ok = response.status == 200 and "<Response>" in text
    except (OSError, http.client.HTTPException):
        conn.close()
        text, ok = "", False
    with tally.lock:
        tally.latencies.append(time.perf_counter() - start)
        tally.errors += not ok
    return text


def _caller(number: int, port: int, deadline: float, tally: Tally, saved: dict) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    caller = f"+48600{number:06d}"
    call = 0
    while time.monotonic() < deadline:
        call += 1
        base = {"CallSid": f"CA{number:016x}{call:016x}", "From": caller}
        _post(conn, port, "/voice", base, tally)
        _post(conn, port, "/voice/answer?node=main&miss=0&rounds=0", {**base, "Digits": "1"}, tally)
        _post(conn, port, "/voice/answer?node=main&miss=0&rounds=0", {**base, "SpeechResult": "adres", "Confidence": "0.9"}, tally)
        _post(conn, port, "/voice/answer?node=main&miss=0&rounds=0", {**base, "Digits": "7"}, tally)
        _post(conn, port, "/voice/answer?node=leave_word&miss=0&rounds=0", {**base, "Digits": "1" if call % 2 else "2"}, tally)
        if call % 2:
            sid = "RE" + f"{number:016x}{call:016x}"
            text = _post(conn, port, "/voice/recorded?node=leave_word&miss=0&rounds=0", {
                **base, "RecordingSid": sid, "RecordingDuration": "7", "Digits": "#",
                "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/AC{'0' * 32}/Recordings/{sid}"}, tally)
            told = saved["record_saved"] in text
            with tally.lock:
                tally.told_message += told
        else:
            text = _post(conn, port, "/voice/answer?node=callback&miss=0&rounds=0", {**base, "Digits": "1"}, tally)
            told = saved["callback_saved"] in text
            with tally.lock:
                tally.told_callback += told
    conn.close()


def _hold_lock(database: Path, at: float, seconds: float) -> None:
    time.sleep(at)
    connection = sqlite3.connect(database, timeout=30, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")  # a write lock: every writer waits
    print(f"  (database write lock held for {seconds:.0f} s)", flush=True)
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


def main() -> None:
    if "--paced" in sys.argv[1:]:
        from bench.paced import main as paced

        sys.exit(paced([arg for arg in sys.argv[1:] if arg != "--paced"]))
    parser = argparse.ArgumentParser()
    parser.add_argument("--callers", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--lock-at", type=float, default=None, help="seconds into the run")
    parser.add_argument("--lock-for", type=float, default=10.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ivr-load-"))
    database = work / "ivr.sqlite3"
    env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN, "IVR_DEV_UNSIGNED": "0", "PYTHONPATH": str(ROOT),
           "IVR_DATABASE_URL": f"sqlite:///{database}", "IVR_AUDIO_DIR": str(work / "audio"),
           "IVR_RECORDINGS_DIR": str(work / "recordings"), "TWILIO_ACCOUNT_SID": "", "IVR_STAFF_MOBILE": "",
           "IVR_LINE_NUMBER": "", "IVR_PUBLIC_URL": ""}
    os.environ.update({k: env[k] for k in ("IVR_DATABASE_URL", "IVR_AUDIO_DIR", "TWILIO_AUTH_TOKEN")})
    from ivr import create_app

    catalogue = create_app().extensions["ivr"].catalogue  # the texts callers are told, as the line says them
    saved = {name: catalogue.entry(name).spoken for name in ("record_saved", "callback_saved")}
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "-k", "gthread", "--threads", "16",
         "-b", f"127.0.0.1:{port}", "--log-level", "warning", "--timeout", "60", "ivr:create_app()"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )
    tally = Tally()
    try:
        _wait_for(port)
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=_caller, args=(n, port, deadline, tally, saved), daemon=True)
                   for n in range(args.callers)]
        if args.lock_at is not None:
            threads.append(threading.Thread(target=_hold_lock, args=(database, args.lock_at, args.lock_for), daemon=True))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 120)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    with sqlite3.connect(database) as db:
        kept = dict(db.execute("SELECT kind, COUNT(*) FROM messages GROUP BY kind").fetchall())
    latencies = sorted(tally.latencies)
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(f"{args.callers} callers, {args.seconds:.0f} s, gunicorn {args.workers} workers, loopback"
          + (f", database locked for {args.lock_for:.0f} s at {args.lock_at:.0f} s" if args.lock_at is not None else ""))
    print(f"  requests          : {len(latencies)} ({len(latencies) / args.seconds:.0f}/s)")
    print(f"  errors            : {tally.errors}")
    print(f"  latency p50 / p99 : {pick(0.5):.0f} ms / {pick(0.99):.0f} ms (max {latencies[-1] * 1000:.0f} ms)")
    print(f"  messages          : told saved {tally.told_message}, in the database {kept.get('message', 0)}")
    print(f"  call-backs        : told saved {tally.told_callback}, in the database {kept.get('callback', 0)}"
          " (one open request per caller number)")


if __name__ == "__main__":
    main()
