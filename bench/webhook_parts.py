"""Where a webhook's time goes, in process: CPU microseconds per request of the bare Flask route, a route
that only checks Twilio's signature (`/signed`), and `/voice/answer`, each called through the app's WSGI
callable (no test client, no server), in alternating rounds, with the load average before and after.

The differences are the parts: `/signed` - bare is the signature with its form; `/voice/answer` - `/signed`
is the flow, the statistics and the TwiML. Run from a checkout, and from the code to compare with in turn:

    .venv/bin/python bench/webhook_parts.py [--requests 2000] [--rounds 7]
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.webhook import FORM, TOKEN, WEBHOOK, _signature  # noqa: E402

ROUTES = ("/bare", "/signed?node=main", WEBHOOK)
BASE = "http://127.0.0.1:8000"


def environ(path: str, body: bytes) -> dict:
    route, _, query = path.partition("?")
    return {"REQUEST_METHOD": "POST", "PATH_INFO": route, "QUERY_STRING": query, "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1:8000",
            "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
            "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
            "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
            "HTTP_X_TWILIO_SIGNATURE": _signature(BASE, path, FORM)}


def measure(requests: int = 2000, rounds: int = 7) -> dict[str, list[float]]:
    """CPU microseconds per request of each route, one figure per round."""
    os.environ.update(TWILIO_AUTH_TOKEN=TOKEN, IVR_DEV_UNSIGNED="0")
    from bench.webhook_app import app

    body = urlencode(FORM).encode()

    def answered(status, headers, exc_info=None):
        if not status.startswith("200"):
            raise RuntimeError(f"{status}: the route did not answer 200")

    def run(path: str, count: int) -> None:
        first = environ(path, body)
        for _ in range(count):
            request = dict(first)
            request["wsgi.input"] = io.BytesIO(body)
            b"".join(app(request, answered))

    for path in ROUTES:
        run(path, 200)  # warm up
    results: dict[str, list[float]] = {path: [] for path in ROUTES}
    for _ in range(rounds):
        for path in ROUTES:
            start = time.process_time()
            run(path, requests)
            results[path].append((time.process_time() - start) / requests * 1e6)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000, help="requests per route and round")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    before = os.getloadavg()
    results = measure(args.requests, args.rounds)
    after = os.getloadavg()
    median = {path: statistics.median(values) for path, values in results.items()}
    print(f"load average (1, 5, 15 min) before: {' / '.join(f'{x:.2f}' for x in before)}, "
          f"after: {' / '.join(f'{x:.2f}' for x in after)}")
    print(f"CPU us per request, in process (WSGI), median of {args.rounds} alternating rounds of {args.requests}:")
    for path in ROUTES:
        values = results[path]
        print(f"  {path:<42} {median[path]:6.0f}  ({min(values):.0f}-{max(values):.0f})")
    bare, signed, ours = (median[path] for path in ROUTES)
    print(f"  the signature with its form (signed - bare): {signed - bare:.0f}; the flow, statistics and TwiML "
          f"(answer - signed): {ours - signed:.0f}; ratio bare / answer: {bare / ours:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
