"""What the official cloud voices (Azure, Google Cloud) share: one POST per sentence with
`requests`, retries, the meaning of each HTTP status, and the audio check.

- 200: the body (or its JSON field) must be the 8 kHz mu-law we asked for (telephone_audio).
- 401 / 403 (and Google's "API key not valid"): the key or the account is refused. Never
  retried; the build stops asking this engine at once (`stops_engine`) and falls back.
- 429: rate or quota limit. Retried after `Retry-After` when it is short, else with backoff;
  still 429 at the end: unavailable, and the build stops asking this engine.
- 5xx, no connection, a timeout, a body cut short: retried with exponential backoff and full
  jitter; unavailable at the end (the build's circuit breaker counts these).
- any other status (400: a wrong voice name or SSML): permanent for this sentence.

Each refusal carries a Polish sentence for the staff (the build summary and the staff page)
and is logged once in precise English: status, endpoint, the provider's own message, and
which setting to check. The key itself is never logged nor put in a URL.
"""
from __future__ import annotations

import logging
import random as _random
import threading
import time
from email.utils import parsedate_to_datetime
from typing import Callable
from urllib.parse import urlsplit

import requests

from ivr.audio.telephone_audio import TruncatedAudio, decode  # first: points pydub at the bundled ffmpeg
from ivr.audio.engine_errors import EngineError, EngineUnavailable
from pydub import AudioSegment

log = logging.getLogger(__name__)

TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
RETRIES = 3
BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0
MAX_RETRY_AFTER_S = 30.0  # a longer Retry-After is a quota, not a burst: give up for this build
SLOTS = 4  # requests in flight per engine
USER_AGENT = "ivr-ops-kleszczewo"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def endpoint(value: str | None, default: str) -> str:
    """An https endpoint (sovereign clouds, proxies), or plain http on loopback (local fakes):
    the key is never sent in clear text over a network."""
    value = (value or "").strip()
    if not value:
        return default
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        return value
    if parts.scheme == "http" and parts.hostname in LOOPBACK:
        return value
    raise ValueError(f"speech endpoint {value!r} must be https (or http on 127.0.0.1 for tests)")


def retry_after(response: requests.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    value = (response.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def staff_message(provider: str, status: int, key_setting: str) -> str:
    """The Polish sentence staff see for a refusal."""
    if status == 401:
        return (f"Naturalny głos {provider} jest niedostępny: dostawca nie przyjął klucza dostępu. "
                f"Proszę przekazać administratorowi, że trzeba sprawdzić klucz ({key_setting}).")
    if status == 403:
        return (f"Naturalny głos {provider} jest niedostępny: dostawca odmówił dostępu (brak uprawnień, "
                "wyłączona usługa albo wyczerpany limit na koncie). Proszę przekazać administratorowi, "
                "że trzeba sprawdzić konto u dostawcy.")
    return (f"Naturalny głos {provider} chwilowo odmawia: przekroczono limit zapytań lub znaków. "
            "Proszę spróbować nagrać komunikaty ponownie za kilka minut; jeśli to się powtarza, "
            "administrator powinien sprawdzić limit na koncie.")


class CloudEngine:
    """One official voice. Subclasses say how a sentence becomes a request and where the
    audio is in the answer; this class sends it, retries and checks the audio."""

    name = "cloud"
    provider = "?"  # in clerk's words: "Azure", "Google Cloud"
    key_setting = "?"  # the environment variable of the key, for messages
    allow_raw = False  # headerless mu-law accepted as well as a WAV

    def __init__(self, url: str, voice: str, price_per_million: float | None, *, timeout=TIMEOUT,
                 retries: int = RETRIES, backoff: float = BACKOFF_S, sleep: Callable[[float], None] = time.sleep,
                 random: Callable[[], float] = _random.random, session: requests.Session | None = None):
        self.url, self.voice, self.price_per_million = url, voice, price_per_million
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._sleep, self._random = sleep, random
        self.session = session or requests.Session()
        self._slots = threading.BoundedSemaphore(SLOTS)
        self._logged: set[int] = set()
        self._log_lock = threading.Lock()

    # -- what subclasses provide

    @property
    def voice_key(self) -> str:
        raise NotImplementedError

    def request(self, sentence: str) -> tuple[dict, bytes]:
        """Headers and body of the synthesis request."""
        raise NotImplementedError

    def audio_of(self, response: requests.Response) -> bytes:
        """The audio bytes of a 200 answer (raise TruncatedAudio for a body cut short)."""
        return response.content

    def refusal_status(self, response: requests.Response) -> int:
        """The status as this module reads it (Google says 400 for a bad key: 401 here)."""
        return response.status_code

    def error_detail(self, response: requests.Response) -> str:
        return " ".join(response.text.split())[:300] or "(empty body)"

    def billed_characters(self, sentence: str) -> int:
        return len(" ".join(sentence.split()))

    # -- the request

    def synthesize(self, sentence: str) -> AudioSegment:
        if not any(ch.isalnum() for ch in sentence):
            raise EngineError(f"nothing to speak in {sentence!r}")
        headers, body = self.request(sentence)
        headers = {"User-Agent": USER_AGENT, **headers}
        last = "no attempt"
        for attempt in range(self.retries + 1):
            wait = None
            try:
                with self._slots:
                    response = self.session.post(self.url, headers=headers, data=body, timeout=self.timeout)
                    if response.status_code == 200:
                        return decode(self.audio_of(response), self.name, allow_raw=self.allow_raw)
            except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
                last = f"{type(exc).__name__}: {exc}"
            except TruncatedAudio as exc:
                last = str(exc)
            else:
                status = self.refusal_status(response)
                detail = self.error_detail(response)
                if status in (401, 403):
                    self._log_refusal(status, detail)
                    raise EngineError(f"{self.name}: HTTP {response.status_code} refused: {detail}",
                                      staff_message=staff_message(self.provider, status, self.key_setting),
                                      stops_engine=True, status=status)
                if status == 429:
                    wait = retry_after(response)
                    last = f"HTTP 429: {detail}"
                    if wait is not None and wait > MAX_RETRY_AFTER_S:
                        self._log_refusal(429, f"{detail} (Retry-After {wait:.0f} s)")
                        raise EngineUnavailable(f"{self.name}: HTTP 429, Retry-After {wait:.0f} s: {detail}",
                                                staff_message=staff_message(self.provider, 429, self.key_setting),
                                                stops_engine=True, status=429)
                elif status >= 500:
                    last = f"HTTP {status}: {detail}"
                else:
                    raise EngineError(f"{self.name}: HTTP {status}: {detail}", status=status)
            if attempt == self.retries:
                break
            self._sleep(wait if wait is not None else self._delay(attempt))
        if last.startswith("HTTP 429"):
            self._log_refusal(429, last)
            raise EngineUnavailable(f"{self.name} unavailable after {self.retries + 1} attempts: {last}",
                                    staff_message=staff_message(self.provider, 429, self.key_setting),
                                    stops_engine=True, status=429)
        raise EngineUnavailable(f"{self.name} unavailable after {self.retries + 1} attempts: {last}")

    def _delay(self, attempt: int) -> float:
        return self._random() * min(MAX_BACKOFF_S, self.backoff * 2 ** attempt)

    def _log_refusal(self, status: int, detail: str) -> None:
        with self._log_lock:
            if status in self._logged:
                return
            self._logged.add(status)
        what = {401: "rejected the key", 403: "denied access", 429: "is rate- or quota-limiting us"}[status]
        check = {401: f"check {self.key_setting} (and the region/endpoint it belongs to)",
                 403: "check the account: API enabled, billing, free-tier quota, key restrictions",
                 429: "retry later; if it persists raise the quota or lower --jobs"}[status]
        log.error("%s text-to-speech %s: HTTP %d from %s (voice %s): %s; %s",
                  self.provider, what, status, self.url, self.voice, detail, check)
