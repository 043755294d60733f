"""Webhook throughput under gunicorn on loopback, against a bare Flask route in the same server.

The load generator is wrk (Debian's /usr/bin/wrk) when installed, otherwise a
multi-process Python client; its own CPU share is printed, so a saturated client
shows. Prints both throughputs, their ratio (aim: >= 0.8), and the in-process time
per request of each. Run: .venv/bin/python bench/webhook.py [--seconds 5] [--python]
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TOKEN = "bench-token"
FORM = {"CallSid": "CAbench", "From": "+48606902915", "Digits": "1"}
WEBHOOK = "/voice/answer?node=main&miss=0&rounds=0"


def _signature(base: str, path: str, form: dict) -> str:
    from twilio.request_validator import RequestValidator

    return RequestValidator(TOKEN).compute_signature(base + path, form)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _client(port: int, path: str, seconds: float, counter) -> None:
    body = urlencode(FORM)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": _signature(f"http://127.0.0.1:{port}", path, FORM),
    }
    conn = http.client.HTTPConnection("127.0.0.1", port)
    done, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status}")
        done += 1
    with counter.get_lock():
        counter.value += done


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _python_throughput(port: int, path: str, seconds: float, clients: int) -> float:
    counter = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=_client, args=(port, path, seconds, counter)) for _ in range(clients)]  # one connection each
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return counter.value / seconds


WRK_SCRIPT = """wrk.method = "POST"
wrk.body = {body!r}
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Twilio-Signature"] = {signature!r}
"""


def _wrk_throughput(wrk: str, port: int, path: str, seconds: float, connections: int) -> float:
    import tempfile

    script = WRK_SCRIPT.format(body=urlencode(FORM), signature=_signature(f"http://127.0.0.1:{port}", path, FORM))
    script = script.replace("'", '"')
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as handle:
        handle.write(script)
        handle.flush()
        out = subprocess.run([wrk, "-t2", f"-c{connections}", f"-d{seconds:.0f}s", "-s", handle.name,
                              f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise SystemExit(f"{path}: wrk saw non-2xx answers:\n{out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])


def _throughput(args, port: int, path: str, seconds: float) -> tuple[float, float]:
    """Requests/s, and the load generator's CPU share of the machine meanwhile."""
    before, start = _children_cpu(), time.perf_counter()
    if args.wrk:
        rate = _wrk_throughput(args.wrk, port, path, seconds, args.connections)
    else:
        rate = _python_throughput(port, path, seconds, args.connections)
    share = (_children_cpu() - before) / ((time.perf_counter() - start) * (os.cpu_count() or 1))
    return rate, share


def _wait_for(port: int, timeout: float = 30) -> None:
    end = time.time() + timeout
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


def in_process(n: int = 2000) -> tuple[float, float]:
    """Microseconds per request of the webhook and of the bare route, with Flask's test client."""
    os.environ.update(TWILIO_AUTH_TOKEN=TOKEN, IVR_DEV_UNSIGNED="0")
    import importlib

    module = importlib.import_module("bench.webhook_app")
    client = module.app.test_client()
    results = []
    for path in (WEBHOOK, "/bare"):
        headers = {"X-Twilio-Signature": _signature("http://localhost", path, FORM)}
        client.post(path, data=FORM, headers=headers)  # warm up
        start = time.perf_counter()
        for _ in range(n):
            client.post(path, data=FORM, headers=headers)
        results.append((time.perf_counter() - start) / n * 1e6)
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--python", action="store_true", help="the Python multi-process client even if wrk is installed")
    args = parser.parse_args()
    args.wrk = None if args.python else shutil.which("wrk")
    port = _free_port()
    env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN, "IVR_DEV_UNSIGNED": "0", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-k", "gthread", "--threads", "2",
         "-b", f"127.0.0.1:{port}", "--log-level", "warning", "bench.webhook_app:app"],
        cwd=ROOT, env=env,
    )
    try:
        _wait_for(port)
        _throughput(args, port, "/bare", 1.0)  # warm up both workers
        _throughput(args, port, WEBHOOK, 1.0)
        bare, bare_share = _throughput(args, port, "/bare", args.seconds)
        webhook, hook_share = _throughput(args, port, WEBHOOK, args.seconds)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    hook_us, bare_us = in_process()
    client = f"wrk ({args.wrk})" if args.wrk else "Python multi-process client"
    print(f"gunicorn, 2 workers, {client}, {args.connections} connections, {args.seconds:.0f} s each, loopback:")
    print(f"  bare Flask route : {bare:8.0f} requests/s   (load generator: {bare_share:4.0%} of the machine's CPU)")
    print(f"  /voice/answer    : {webhook:8.0f} requests/s   (load generator: {hook_share:4.0%}; signed, full flow and TwiML)")
    print(f"  ratio            : {webhook / bare:8.2f}  (aim >= 0.8)")
    print("in process (Flask test client):")
    print(f"  bare Flask route : {bare_us:8.0f} us/request")
    print(f"  /voice/answer    : {hook_us:8.0f} us/request")


if __name__ == "__main__":
    main()
