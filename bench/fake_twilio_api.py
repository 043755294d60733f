"""A fake of the Twilio REST API the line uses, on loopback, for bench/calls.py.

    python bench/fake_twilio_api.py --port 8911 [--delay 4] [--hang-from 20 --hang-for 20]

Answers as Twilio does: POST .../Messages.json (201, a message JSON), GET
.../Recordings/RE....wav (a whole WAV with its Content-Length), DELETE
.../Recordings/RE....json (204), GET .../Calls/CA....json (404). Checks HTTP Basic auth.
`--delay` holds every answer that long (a slow API); between --hang-from and
--hang-from + --hang-for seconds after start it holds answers for 10 minutes (a hanging
API: the client's timeout ends them). On SIGTERM it prints what it received as JSON.
"""
from __future__ import annotations

import argparse
import base64
import json
import re
import secrets
import signal
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

ACCOUNT = re.compile(r"^/2010-04-01/Accounts/(AC[0-9a-f]{32})/")


def wav(seconds: int = 2) -> bytes:
    data = b"\xff" * (8000 * seconds)
    fmt = struct.pack("<HHIIHH", 7, 1, 8000, 8000, 1, 8)  # mu-law, mono, 8 kHz
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


class State:
    def __init__(self, token: str, delay: float, hang_from: float | None, hang_for: float):
        self.token = token
        self.delay = delay
        self.hang_from, self.hang_for = hang_from, hang_for
        self.started = time.monotonic()
        self.lock = threading.Lock()
        self.counts = {"messages": 0, "downloads": 0, "deletes": 0, "other": 0, "refused": 0}
        self.bodies_to: list[str] = []

    def wait(self) -> None:
        elapsed = time.monotonic() - self.started
        if self.hang_from is not None and self.hang_from <= elapsed < self.hang_from + self.hang_for:
            time.sleep(600)
        elif self.delay:
            time.sleep(self.delay)

    def count(self, name: str, to: str | None = None) -> None:
        with self.lock:
            self.counts[name] += 1
            if to:
                self.bodies_to.append(to)


def handler(state: State):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def _authorized(self) -> str | None:
            match = ACCOUNT.match(self.path)
            header = self.headers.get("Authorization", "")
            if not match or not header.startswith("Basic "):
                return None
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            return match[1] if user == match[1] and password == state.token else None

        def _send(self, status: int, body: bytes = b"", kind: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def _refuse(self) -> None:
            state.count("refused")
            self._send(401, json.dumps({"code": 20003, "message": "Authenticate", "status": 401}).encode())

        def do_POST(self):  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            account = self._authorized()
            if account is None:
                return self._refuse()
            state.wait()
            if self.path.split("?")[0].endswith("/Messages.json"):
                state.count("messages", form.get("To"))
                sid = "SM" + secrets.token_hex(16)
                return self._send(201, json.dumps({
                    "sid": sid, "account_sid": account, "to": form.get("To"), "from": form.get("From"),
                    "body": form.get("Body"), "status": "queued", "num_segments": "1", "direction": "outbound-api",
                    "uri": f"/2010-04-01/Accounts/{account}/Messages/{sid}.json"}).encode())
            state.count("other")
            self._send(404, b"{}")

        def do_GET(self):  # noqa: N802
            if self._authorized() is None:
                return self._refuse()
            state.wait()
            if re.search(r"/Recordings/RE[0-9a-f]{32}\.wav$", self.path):
                state.count("downloads")
                return self._send(200, wav(), "audio/x-wav")
            state.count("other")
            self._send(404, json.dumps({"code": 20404, "message": "Not found", "status": 404}).encode())

        def do_DELETE(self):  # noqa: N802
            if self._authorized() is None:
                return self._refuse()
            state.wait()
            state.count("deletes")
            self._send(204)

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--hang-from", type=float, default=None)
    parser.add_argument("--hang-for", type=float, default=0.0)
    args = parser.parse_args()
    state = State(args.token, args.delay, args.hang_from, args.hang_for)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler(state))
    server.daemon_threads = True

    def stop(signum, frame):
        print(json.dumps({**state.counts, "sms_to": state.bodies_to}), flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    server.serve_forever()


if __name__ == "__main__":
    main()
