"""Azure AI Speech, text to speech by its REST API (no SDK).

    POST https://{region}.tts.speech.microsoft.com/cognitiveservices/v1
    Ocp-Apim-Subscription-Key: <key>
    Content-Type: application/ssml+xml
    X-Microsoft-OutputFormat: riff-8khz-8bit-mono-mulaw
    <speak version="1.0" xmlns=... xml:lang="pl-PL"><voice name="pl-PL-ZofiaNeural">...</voice></speak>

The answer's body is the audio itself: a RIFF/WAVE file, 8 kHz mono mu-law.
Settings: IVR_AZURE_SPEECH_KEY, IVR_AZURE_SPEECH_REGION, IVR_AZURE_VOICE,
IVR_AZURE_TTS_URL (another endpoint: sovereign clouds, a local fake),
IVR_AZURE_PRICE_PER_MILLION (US$ per million characters, for the build's cost estimate).
"""
from __future__ import annotations

import os

import requests

from ivr.audio import ssml
from ivr.audio.cloud import USER_AGENT, CloudEngine, endpoint

DEFAULT_VOICE = "pl-PL-ZofiaNeural"
OUTPUT_FORMAT = "riff-8khz-8bit-mono-mulaw"
DEFAULT_PRICE = 15.0  # US$ per million characters, neural voices, pay as you go (check your contract)
KEY, REGION, VOICE, URL, PRICE = ("IVR_AZURE_SPEECH_KEY", "IVR_AZURE_SPEECH_REGION", "IVR_AZURE_VOICE",
                                  "IVR_AZURE_TTS_URL", "IVR_AZURE_PRICE_PER_MILLION")
VOICE_OF_LANGUAGE = {"uk": "IVR_AZURE_VOICE_UK"}  # another language's voice setting


def synthesis_url(region: str) -> str:
    return f"https://{region}.tts.speech.microsoft.com/cognitiveservices/v1"


def configured(env=os.environ) -> bool:
    return bool(env.get(KEY, "").strip() and (env.get(REGION, "").strip() or env.get(URL, "").strip()))


def price(env=os.environ) -> float:
    try:
        return max(0.0, float(env.get(PRICE, "") or DEFAULT_PRICE))
    except ValueError:
        return DEFAULT_PRICE


class AzureEngine(CloudEngine):
    name = "azure"
    provider = "Azure"
    key_setting = KEY

    def __init__(self, key: str, region: str = "", voice: str = DEFAULT_VOICE, url: str | None = None,
                 price_per_million: float | None = DEFAULT_PRICE, rate: float | None = None,
                 clause_break_ms: int | None = None, **options):
        if not key:
            raise ValueError(f"Azure speech needs {KEY}")
        if not (region or url):
            raise ValueError(f"Azure speech needs {REGION} (or {URL})")
        super().__init__(endpoint(url, synthesis_url(region) if region else ""), voice, price_per_million, **options)
        self._key = key
        self.rate, self.clause_break_ms = rate, clause_break_ms

    @classmethod
    def from_env(cls, env=os.environ, voice: str | None = None, **options) -> "AzureEngine":
        """From the settings; `voice` (another language's) wins over IVR_AZURE_VOICE."""
        return cls(env.get(KEY, "").strip(), env.get(REGION, "").strip(),
                   voice or env.get(VOICE, "").strip() or DEFAULT_VOICE,
                   env.get(URL, "").strip() or None, price(env), **options)

    @property
    def language(self) -> str:
        """The SSML xml:lang: the voice's locale when it is one of the line's other languages
        (uk-UA-PolinaNeural: uk-UA), else Polish, as always."""
        from ivr.call.languages import LANGUAGES

        locale = "-".join(self.voice.split("-")[:2])
        return locale if locale in {language.speech for language in LANGUAGES.values()} else ssml.LANGUAGE

    @property
    def voice_key(self) -> str:
        return f"azure:{self.voice}:{OUTPUT_FORMAT}:rate={self.rate}:break={self.clause_break_ms}"

    def request(self, sentence: str) -> tuple[dict, bytes]:
        document = ssml.speak(sentence, self.voice, lang=self.language, rate=self.rate,
                              clause_break_ms=self.clause_break_ms)
        return {
            "Ocp-Apim-Subscription-Key": self._key,
            "Content-Type": "application/ssml+xml",
            "X-Microsoft-OutputFormat": OUTPUT_FORMAT,
        }, document.encode("utf-8")

    def voices_url(self) -> str:
        return self.url.rsplit("/cognitiveservices/", 1)[0] + "/cognitiveservices/voices/list"

    def check(self) -> tuple[int | None, str]:
        """One free request (the voice list) for `ivr doctor --online`: (status, detail)."""
        try:
            response = self.session.get(self.voices_url(), headers={"Ocp-Apim-Subscription-Key": self._key,
                                                                    "User-Agent": USER_AGENT},
                                        timeout=self.timeout)
        except requests.RequestException as exc:
            return None, type(exc).__name__
        if response.status_code != 200:
            return response.status_code, self.error_detail(response)
        try:
            names = {v.get("ShortName") for v in response.json() if isinstance(v, dict)}
        except (ValueError, TypeError, AttributeError):
            return 200, "unreadable voice list"
        return 200, "voice found" if self.voice in names else f"no voice {self.voice}"
