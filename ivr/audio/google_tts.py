"""Google Cloud Text-to-Speech by its REST API (v1, no SDK), with an API key.

    POST https://texttospeech.googleapis.com/v1/text:synthesize
    X-Goog-Api-Key: <key>
    {"input": {"ssml": "<speak>...</speak>"},
     "voice": {"languageCode": "pl-PL", "name": "pl-PL-Wavenet-A"},
     "audioConfig": {"audioEncoding": "MULAW", "sampleRateHertz": 8000}}

The answer is JSON {"audioContent": "<base64>"}; for MULAW the documentation says the audio
"also contains a WAV header"; headerless mu-law is accepted too. Errors are Google's JSON
{"error": {"code", "message", "status", "details": [{"reason": ...}]}}; an invalid key is
a 400 whose reason is API_KEY_INVALID (treated as 401).
Settings: IVR_GOOGLE_TTS_KEY, IVR_GOOGLE_VOICE, IVR_GOOGLE_TTS_URL,
IVR_GOOGLE_PRICE_PER_MILLION (US$ per million characters, for the build's cost estimate).
"""
from __future__ import annotations

import base64
import binascii
import json
import os

import requests

from ivr.audio import ssml
from ivr.audio.cloud import USER_AGENT, CloudEngine, endpoint
from ivr.audio.telephone_audio import BadAudio, TruncatedAudio

SYNTHESIZE_URL = "https://texttospeech.googleapis.com/v1/text:synthesize"
DEFAULT_VOICE = "pl-PL-Wavenet-A"
DEFAULT_PRICE = 16.0  # US$ per million characters (WaveNet list price at most; check your contract)
KEY, VOICE, URL, PRICE = "IVR_GOOGLE_TTS_KEY", "IVR_GOOGLE_VOICE", "IVR_GOOGLE_TTS_URL", "IVR_GOOGLE_PRICE_PER_MILLION"
VOICE_OF_LANGUAGE = {"uk": "IVR_GOOGLE_VOICE_UK"}  # another language's voice setting
KEY_REASONS = {"API_KEY_INVALID", "API_KEY_EXPIRED"}


def configured(env=os.environ) -> bool:
    return bool(env.get(KEY, "").strip())


def price(env=os.environ) -> float:
    try:
        return max(0.0, float(env.get(PRICE, "") or DEFAULT_PRICE))
    except ValueError:
        return DEFAULT_PRICE


def _error(response: requests.Response) -> dict:
    try:
        found = response.json().get("error")
    except (ValueError, AttributeError):
        return {}
    return found if isinstance(found, dict) else {}


class GoogleCloudEngine(CloudEngine):
    name = "google"
    provider = "Google Cloud"
    key_setting = KEY
    allow_raw = True

    def __init__(self, key: str, voice: str = DEFAULT_VOICE, url: str | None = None,
                 price_per_million: float | None = DEFAULT_PRICE, rate: float | None = None,
                 clause_break_ms: int | None = None, **options):
        if not key:
            raise ValueError(f"Google Cloud speech needs {KEY}")
        super().__init__(endpoint(url, SYNTHESIZE_URL), voice, price_per_million, **options)
        self._key = key
        self.rate, self.clause_break_ms = rate, clause_break_ms

    @classmethod
    def from_env(cls, env=os.environ, voice: str | None = None, **options) -> "GoogleCloudEngine":
        """From the settings; `voice` (another language's) wins over IVR_GOOGLE_VOICE."""
        return cls(env.get(KEY, "").strip(), voice or env.get(VOICE, "").strip() or DEFAULT_VOICE,
                   env.get(URL, "").strip() or None, price(env), **options)

    @property
    def voice_key(self) -> str:
        return f"google:{self.voice}:MULAW:8000:rate={self.rate}:break={self.clause_break_ms}"

    @property
    def language(self) -> str:
        return "-".join(self.voice.split("-")[:2]) or ssml.LANGUAGE

    def _ssml(self, sentence: str) -> str:
        return ssml.speak(sentence, rate=self.rate, clause_break_ms=self.clause_break_ms)

    def request(self, sentence: str) -> tuple[dict, bytes]:
        body = {
            "input": {"ssml": self._ssml(sentence)},
            "voice": {"languageCode": self.language, "name": self.voice},
            "audioConfig": {"audioEncoding": "MULAW", "sampleRateHertz": 8000},
        }
        headers = {"X-Goog-Api-Key": self._key, "Content-Type": "application/json; charset=utf-8"}
        return headers, json.dumps(body, ensure_ascii=False).encode("utf-8")

    def billed_characters(self, sentence: str) -> int:
        return len(self._ssml(sentence))  # Google counts the SSML tags too

    def audio_of(self, response: requests.Response) -> bytes:
        try:
            content = response.json()["audioContent"]
        except ValueError as exc:
            if response.content.lstrip().startswith(b"{"):  # JSON that stops midway: a cut connection
                raise TruncatedAudio(f"{self.name}: answer is not complete JSON ({exc})") from exc
            raise BadAudio(f"{self.name}: answer is not JSON: {response.text[:120]!r}") from exc
        except (KeyError, TypeError) as exc:
            raise BadAudio(f"{self.name}: answer without audioContent: {response.text[:200]!r}") from exc
        try:
            return base64.b64decode(content, validate=True)
        except (binascii.Error, TypeError, ValueError) as exc:
            raise BadAudio(f"{self.name}: audioContent is not base64 ({exc})") from exc

    def refusal_status(self, response: requests.Response) -> int:
        error = _error(response)
        reasons = {d.get("reason") for d in error.get("details") or [] if isinstance(d, dict)}
        if response.status_code == 400 and reasons & KEY_REASONS:
            return 401
        return response.status_code

    def error_detail(self, response: requests.Response) -> str:
        error = _error(response)
        if not error:
            return super().error_detail(response)
        reasons = [d.get("reason") for d in error.get("details") or [] if isinstance(d, dict) and d.get("reason")]
        text = f"{error.get('status', '')}: {error.get('message', '')}".strip(": ")
        return (text + (f" ({', '.join(reasons)})" if reasons else ""))[:300]

    def voices_url(self) -> str:
        return self.url.rsplit("/text:synthesize", 1)[0] + "/voices"

    def check(self) -> tuple[int | None, str]:
        """One free request (the Polish voice list) for `ivr doctor --online`: (status, detail)."""
        try:
            response = self.session.get(self.voices_url(), params={"languageCode": self.language},
                                        headers={"X-Goog-Api-Key": self._key, "User-Agent": USER_AGENT},
                                        timeout=self.timeout)
        except requests.RequestException as exc:
            return None, type(exc).__name__
        if response.status_code != 200:
            return self.refusal_status(response), self.error_detail(response)
        try:
            names = {v.get("name") for v in response.json().get("voices", []) if isinstance(v, dict)}
        except (ValueError, TypeError, AttributeError):
            return 200, "unreadable voice list"
        return 200, "voice found" if self.voice in names else f"no voice {self.voice}"
