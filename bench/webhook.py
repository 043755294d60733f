"""Webhook throughput under gunicorn on loopback, against a bare Flask route in the same server.

Honest figures: the 1-minute load average is read before the run, and above 1.5 the bench
refuses to report a ratio (under contention both sides slow down and the ratio flatters the
heavier one); `--loaded` runs anyway and labels every figure LOADED. The bare route and
ours run alternately, `--rounds` (3) rounds each, and the median and the spread (lowest to
highest) of each are printed with the load before and after.

The load generator is wrk (Debian's /usr/bin/wrk) when installed, otherwise a
multi-process Python client; its own CPU share is printed, so a saturated client
shows. Prints both throughputs, their ratio (aim: >= 0.8), and the in-process time
per request of each. Run: .venv/bin/python bench/webhook.py [--seconds 5] [--rounds 3] [--python] [--loaded]
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
import statistics
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


MAX_LOAD = 1.5  # 1-minute load average above which no ratio is reported


def refusal(load: float, loaded: bool) -> str | None:
    """Why the bench will not report a ratio at this load average, or None when it may."""
    if load <= MAX_LOAD or loaded:
        return None
    return (f"load average {load:.2f} over the last minute is above {MAX_LOAD}: other work shares the CPUs, "
            "both routes slow down and the ratio flatters the heavier one, so no ratio is reported. "
            "Run it on a quiet machine, or with --loaded to measure anyway (every figure then says LOADED).")


def spread(values: list[float]) -> tuple[float, float, float]:
    """The median, the lowest and the highest of the rounds' values."""
    if not values:
        raise ValueError("no rounds")
    return statistics.median(values), min(values), max(values)


def describe(values: list[float], unit: str, digits: int = 0) -> str:
    """'2201 requests/s (median of 3; 2150-2290, ±3%)': the spread as the half-range against the median."""
    middle, low, high = spread(values)
    half = (high - low) / 2 / middle if middle else 0.0
    unit = f" {unit}" if unit else ""
    return (f"{middle:.{digits}f}{unit} (median of {len(values)}; {low:.{digits}f}-{high:.{digits}f}, "
            f"±{half:.0%})")


def in_process(n: int = 2000, rounds: int = 1) -> tuple[list[float], list[float]]:
    """Microseconds per request of the webhook and of the bare route, with Flask's test client,
    `rounds` alternating rounds of `n` requests each."""
    os.environ.update(TWILIO_AUTH_TOKEN=TOKEN, IVR_DEV_UNSIGNED="0")
    import importlib

    module = importlib.import_module("bench.webhook_app")
    client = module.app.test_client()
    results: dict[str, list[float]] = {WEBHOOK: [], "/bare": []}
    headers = {path: {"X-Twilio-Signature": _signature("http://localhost", path, FORM)} for path in results}
    for path in results:
        client.post(path, data=FORM, headers=headers[path])  # warm up
    for _ in range(rounds):
        for path in ("/bare", WEBHOOK):
            start = time.perf_counter()
            for _ in range(n):
                client.post(path, data=FORM, headers=headers[path])
            results[path].append((time.perf_counter() - start) / n * 1e6)
    return results[WEBHOOK], results["/bare"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of each route")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--python", action="store_true", help="the Python multi-process client even if wrk is installed")
    parser.add_argument("--loaded", action="store_true",
                        help=f"run even when the load average is above {MAX_LOAD}; every figure is labelled LOADED")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    reason = refusal(load_before[0], args.loaded)
    if reason:
        print(f"bench/webhook.py: not run: {reason}", file=sys.stderr)
        return 2
    label = "LOADED " if load_before[0] > MAX_LOAD else ""
    args.wrk = None if args.python else shutil.which("wrk")
    port = _free_port()
    env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN, "IVR_DEV_UNSIGNED": "0", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-k", "gthread", "--threads", "2",
         "-b", f"127.0.0.1:{port}", "--log-level", "warning", "bench.webhook_app:app"],
        cwd=ROOT, env=env,
    )
    rates: dict[str, list[float]] = {"/bare": [], WEBHOOK: []}
    shares: dict[str, list[float]] = {"/bare": [], WEBHOOK: []}
    try:
        _wait_for(port)
        _throughput(args, port, "/bare", 1.0)  # warm up both workers
        _throughput(args, port, WEBHOOK, 1.0)
        for _ in range(args.rounds):
            for path in ("/bare", WEBHOOK):
                rate, share = _throughput(args, port, path, args.seconds)
                rates[path].append(rate)
                shares[path].append(share)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    hook_us, bare_us = in_process(rounds=args.rounds)
    load_after = os.getloadavg()
    ratios = [hook / bare for hook, bare in zip(rates[WEBHOOK], rates["/bare"])]
    client = f"wrk ({args.wrk})" if args.wrk else "Python multi-process client"
    loads = lambda load: " / ".join(f"{x:.2f}" for x in load)  # noqa: E731
    print(f"load average (1, 5, 15 min) before: {loads(load_before)}, after: {loads(load_after)}"
          + ("  -- LOADED: figures below are not comparable with a quiet machine's" if label else ""))
    print(f"gunicorn, 2 workers, {client}, {args.connections} connections, {args.seconds:.0f} s per round, "
          f"{args.rounds} alternating rounds per route, loopback:")
    print(f"  {label}bare Flask route : {describe(rates['/bare'], 'requests/s')}"
          f"   (load generator: {statistics.median(shares['/bare']):.0%} of the machine's CPU)")
    print(f"  {label}/voice/answer    : {describe(rates[WEBHOOK], 'requests/s')}"
          f"   (load generator: {statistics.median(shares[WEBHOOK]):.0%}; signed, full flow and TwiML)")
    print(f"  {label}ratio            : {statistics.median(rates[WEBHOOK]) / statistics.median(rates['/bare']):.2f}"
          f" of the medians; per round {describe(ratios, '', 2)}  (aim >= 0.8)")
    print("in process (Flask test client):")
    print(f"  {label}bare Flask route : {describe(bare_us, 'us/request')}")
    print(f"  {label}/voice/answer    : {describe(hook_us, 'us/request')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
