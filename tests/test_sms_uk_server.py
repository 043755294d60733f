"""Issue 33: Ukrainian SMS under the threaded `ivr serve` (every request in its own thread):
the first Ukrainian texts arrive together, while the Ukrainian dictionary is loaded for the
first time, and each gets its exact Ukrainian answer (and a Polish text its Polish one).

Only 127.0.0.1, a free port, 8 requests in parallel, each with a timeout."""
from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
import xml.etree.ElementTree as ET

import requests
from twilio.request_validator import RequestValidator

from test_simulator_servers import _environment, _free_port, _start, _stop
from test_sms_uk import CONTACT, HELP

TOKEN = "server-auth-token"
TEXTS = [("adresa", CONTACT), ("АДРЕСА", CONTACT), ("Де ви знаходитесь?", CONTACT), ("dopomoha", HELP),
         ("Нужна помощь", HELP), ("допомога", HELP), ("Pidkazhit adresu OPS Kleszczewo", CONTACT)]


def test_ukrainian_texts_in_parallel_under_the_threaded_ivr_serve(tmp_path, content_dir):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**_environment(tmp_path, content_dir), "TWILIO_AUTH_TOKEN": TOKEN}
    server = _start([sys.executable, "-m", "ivr", "serve", "--port", str(port)], env, base, tmp_path / "serve.log")

    def send(number: int, body: str) -> list[str]:
        form = {"MessageSid": f"SM{number:032d}", "From": f"+486069{number:05d}", "To": "+48225550100", "Body": body}
        signature = RequestValidator(TOKEN).compute_signature(base + "/sms", form)
        response = requests.post(base + "/sms", data=form, timeout=60,
                                 headers={"X-Twilio-Signature": signature, "Connection": "close"})
        assert response.status_code == 200
        return [child.text or "" for child in ET.fromstring(response.content)]

    try:
        bodies = [*TEXTS, ("adres", None)]
        with ThreadPoolExecutor(len(bodies)) as pool:
            replies = list(pool.map(send, range(len(bodies)), [body for body, _ in bodies]))
    finally:
        _stop(server)
    for (body, expected), got in zip(bodies, replies):
        if expected is None:  # the Polish text, answered in Polish meanwhile
            assert got[0].startswith("Ośrodek Pomocy Społecznej w Kleszczewie\nul. Poznańska 5"), got
        else:
            assert got == [expected], body
