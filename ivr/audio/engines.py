"""Speech engines: each turns ONE sentence of already-normalized spoken Polish into audio.

- GttsEngine: Google Translate's voice through gTTS (network; retried; may be unavailable).
- EspeakEngine: espeak-ng from the espeakng-loader wheel via ctypes (offline, robotic).
- AzureEngine, GoogleCloudEngine (azure_tts, google_tts): the official neural voices under a
  contract, by their REST APIs (cloud.py has their shared retries and refusals).

Fallback policy (gTTS, else espeak per prompt) belongs to the build; this module only raises
EngineUnavailable for "Google could not be reached" and EngineError for everything permanent.
"""

from __future__ import annotations

import ctypes
import io
import os
import random as _random
import re
import threading
import time
from typing import Callable, Protocol, Sequence, runtime_checkable

import requests
from gtts import gTTS, gTTSError
from gtts.lang import tts_langs
from gtts.tokenizer import pre_processors

from ivr.audio import ffmpeg  # noqa: F401  (points pydub at the bundled ffmpeg)
from ivr.audio import libav
from ivr.audio.ffmpeg import FfmpegError
from ivr.audio import azure_tts, google_tts
from ivr.audio.azure_tts import AzureEngine
from ivr.audio.google_tts import GoogleCloudEngine
from ivr.audio.engine_errors import EngineError, EngineUnavailable  # noqa: F401  (re-exported)
from ivr.audio.mastering import DEFAULT_SETTINGS, MasteringSettings, master, trim
from pydub import AudioSegment




def is_unavailable(exc: BaseException) -> bool:
    return isinstance(exc, EngineUnavailable)


@runtime_checkable
class Engine(Protocol):
    """An engine may also set `paces_itself = True` (SSML prosody): the build then calls
    synthesize(sentence, tempo=...) with the prompt's [voice] tempo (ivr.common.pace) and
    mastering skips atempo."""

    name: str
    voice_key: str  # everything about the voice that shapes the sound, for content hashes

    def synthesize(self, sentence: str) -> AudioSegment: ...


# ---------------------------------------------------------------- gTTS

GOOGLE_MAX_CHARS = 100  # gTTS.GOOGLE_TTS_MAX_CHARS: longer text is cut into separately spoken pieces
PIECE_PAUSE_MS = 250
MAX_BACKOFF_S = 8.0
# gTTS without its English rules: `abbreviations` deletes a sentence-final period after words
# ending in e.g. "st" ("To jest most." -> "To jest most"), `word_sub` knows English only.
GTTS_PRE_PROCESSORS = [pre_processors.tone_marks, pre_processors.end_of_line]

# How long one quick check that Google answers may take before a build gives up on it (the
# build's probe, ivr.audio.build): a build without network then takes seconds, not retries.
PROBE_TIMEOUT_S = 2.0
PROBE_TEXT = "Dzień dobry."
# Google's endpoint on loopback instead (IVR_GTTS_URL=http://127.0.0.1:PORT): only tests and
# bench/ set it, with a local fake or a closed port; any other value is ignored.
GTTS_URL_ENV = "IVR_GTTS_URL"
GTTS_PATH = "/_/TranslateWebserverUi/data/batchexecute"


def gtts_base_url(value: str | None = None) -> str | None:
    """IVR_GTTS_URL when it is plain http on loopback (no path), else None (Google itself)."""
    from urllib.parse import urlsplit

    value = (os.environ.get(GTTS_URL_ENV, "") if value is None else value).strip().rstrip("/")
    if not value:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (a bad port raises)
    except ValueError:
        return None
    if parts.scheme == "http" and parts.hostname in {"127.0.0.1", "localhost", "::1"} and not parts.path:
        return value
    return None


class _LocalGTTS(gTTS):
    """gTTS sending its requests to a local base URL instead of translate.google.<tld>."""

    base_url = ""

    def _prepare_requests(self):
        prepared = super()._prepare_requests()
        for request in prepared:
            request.prepare_url(self.base_url + GTTS_PATH, None)
        return prepared


# Google rate-limits bursts (429): at most this many requests in flight per process.
GOOGLE_SLOTS = threading.BoundedSemaphore(4)


def gtts_text(piece: str) -> str:
    """The text gTTS actually sends for `piece` (its pre-processors add a space after , . ! ? etc.)."""
    text = piece.strip()
    for pp in GTTS_PRE_PROCESSORS:
        text = pp(text)
    return text.strip()


def _fits(piece: str, limit: int = GOOGLE_MAX_CHARS) -> bool:
    return len(gtts_text(piece)) <= limit


def _pack(units: list[str], limit: int = GOOGLE_MAX_CHARS) -> list[str]:
    """Greedily join units with spaces into pieces that fit; a unit too long alone stays alone."""
    pieces: list[str] = []
    for unit in units:
        if pieces and _fits(f"{pieces[-1]} {unit}", limit):
            pieces[-1] = f"{pieces[-1]} {unit}"
        else:
            pieces.append(unit)
    return pieces


def _pack_balanced(words: list[str]) -> list[str]:
    """As few pieces as greedy packing needs, but of even length ("100 + 21" sounds broken)."""
    greedy = _pack(words)
    total = len(gtts_text(" ".join(words)))
    for limit in range(-(-total // len(greedy)), GOOGLE_MAX_CHARS):
        pieces = _pack(words, limit)
        if len(pieces) == len(greedy) and all(_fits(p, limit) for p in pieces):
            return pieces
    return greedy


def _hard_cut(word: str) -> list[str]:
    """Last resort for a 'word' longer than a request (never happens with real text)."""
    pieces, rest = [], word
    while not _fits(rest):
        cut = GOOGLE_MAX_CHARS
        while cut > 1 and not _fits(rest[:cut]):
            cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces + ([rest] if rest else [])


def split_for_google(sentence: str) -> list[str]:
    """Split at clause punctuation, then spaces, into pieces gTTS sends as ONE request each."""
    sentence = " ".join(sentence.split())
    if _fits(sentence):
        return [sentence]
    clauses = [c for c in re.split(r"(?<=[,;:–—])\s+", sentence) if c]
    pieces: list[str] = []
    for clause in _pack(clauses):
        if _fits(clause):
            pieces.append(clause)
            continue
        for chunk in _pack_balanced(clause.split(" ")):
            pieces.extend([chunk] if _fits(chunk) else _hard_cut(chunk))
    return pieces


def _status(exc: gTTSError) -> int | None:
    return exc.rsp.status_code if exc.rsp is not None else None


def _is_transient(exc: Exception) -> bool:
    if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
        return True
    if isinstance(exc, gTTSError):
        status = _status(exc)
        # rsp None: gTTS caught a requests exception, i.e. no connection / timeout.
        return status is None or status == 429 or status >= 500
    return False


class GttsEngine:
    name = "gtts"

    def __init__(self, lang: str = "pl", tld: str = "com", timeout: float = 10.0, retries: int = 4,
                 backoff: float = 0.5, sleep: Callable[[float], None] = time.sleep,
                 random: Callable[[], float] = _random.random):
        if lang not in tts_langs():
            raise ValueError(f"gTTS does not support language {lang!r}")
        self.lang, self.tld, self.timeout = lang, tld, timeout
        self.retries, self.backoff = retries, backoff
        self._sleep, self._random = sleep, random
        self.voice_key = f"gtts:{lang}:{tld}"
        self.base_url = gtts_base_url()

    def probe(self, timeout: float = PROBE_TIMEOUT_S) -> None:
        """One short request, no retries, bounded by `timeout` (name lookup included): raises
        EngineUnavailable when Google cannot be reached, so a build need not retry every prompt."""
        outcome: list[BaseException | None] = []

        def ask() -> None:
            try:
                self._request(PROBE_TEXT, timeout=timeout)
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001  (reported to the caller below)
                outcome.append(exc)

        asker = threading.Thread(target=ask, name="ivr-gtts-probe", daemon=True)
        asker.start()
        asker.join(timeout + 0.5)
        if not outcome:
            raise EngineUnavailable(f"gTTS did not answer within {timeout:g} s")
        exc = outcome[0]
        # Only no answer at all decides: a 429 or 5xx means Google is there (the build's own
        # retries deal with it), and a permanent error shows in the build anyway.
        no_answer = isinstance(exc, (requests.ConnectionError, requests.Timeout)) or (
            isinstance(exc, gTTSError) and exc.rsp is None)
        if no_answer:
            raise EngineUnavailable(f"gTTS unreachable: {exc}") from exc

    def synthesize(self, sentence: str) -> AudioSegment:
        # gTTS refuses (AssertionError) text that is only punctuation.
        pieces = [p for p in split_for_google(sentence) if any(ch.isalnum() for ch in p)]
        if not pieces:
            raise EngineError(f"nothing to speak in {sentence!r}")
        audio = [trim(self._decode(self._fetch(p))) for p in pieces]
        out = audio[0]
        for seg in audio[1:]:
            out = out + AudioSegment.silent(PIECE_PAUSE_MS, frame_rate=out.frame_rate) + seg
        return out

    def _request(self, piece: str, timeout: float | None = None) -> bytes:
        cls = gTTS
        if self.base_url:
            cls = type("LocalGTTS", (_LocalGTTS,), {"base_url": self.base_url})
        tts = cls(piece, lang=self.lang, tld=self.tld, lang_check=False,
                  pre_processor_funcs=GTTS_PRE_PROCESSORS, timeout=self.timeout if timeout is None else timeout)
        # Guard: exactly one request of <= 100 characters, or gTTS would cut the audio itself.
        if len(tts.get_bodies()) != 1:
            raise EngineError(f"piece would be split by gTTS: {piece!r}")
        buf = io.BytesIO()
        with GOOGLE_SLOTS:
            tts.write_to_fp(buf)
        return buf.getvalue()

    def _delay(self, attempt: int) -> float:
        """Exponential backoff with full jitter: uniform in [0, backoff * 2**attempt], capped."""
        return self._random() * min(MAX_BACKOFF_S, self.backoff * 2 ** attempt)

    def _fetch(self, piece: str) -> bytes:
        for attempt in range(self.retries + 1):
            try:
                return self._request(piece)
            except (gTTSError, requests.ConnectionError, requests.Timeout) as exc:
                if not _is_transient(exc):
                    raise EngineError(f"gTTS failed permanently for {piece!r}: {exc}") from exc
                if attempt == self.retries:
                    raise EngineUnavailable(f"gTTS unavailable after {attempt + 1} attempts: {exc}") from exc
                self._sleep(self._delay(attempt))
        raise AssertionError("unreachable")

    @staticmethod
    def _decode(mp3: bytes) -> AudioSegment:
        if not mp3:
            raise EngineError("gTTS returned no audio")
        try:
            pcm, rate, channels = libav.decode_mp3(mp3)
        except FfmpegError as exc:
            raise EngineError(f"cannot decode gTTS audio: {exc}") from exc
        return AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=channels)


# ---------------------------------------------------------------- espeak-ng

AUDIO_OUTPUT_SYNCHRONOUS = 2
POS_CHARACTER = 1
ESPEAK_CHARS_UTF8 = 1
ESPEAK_RATE = 1
EE_OK = 0

# int callback(short *wav, int numsamples, espeak_EVENT *events); return 0 to continue.
_SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Espeak:
    """The process-wide espeak-ng library: global state, so initialize once and synthesize under a lock."""

    def __init__(self) -> None:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.argtypes = []
        lib.espeak_Synchronize.restype = ctypes.c_int
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        lib.espeak_Info.restype = ctypes.c_char_p

        self.version = lib.espeak_Info(None).decode()
        data_path = espeakng_loader.get_data_path().encode()
        self.sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path, 0)
        if self.sample_rate <= 0:
            raise EngineError(f"espeak_Initialize failed ({self.sample_rate})")
        self._chunks: list[bytes] = []
        self._callback = _SYNTH_CALLBACK(self._collect)  # keep a reference: C holds only the pointer
        lib.espeak_SetSynthCallback(self._callback)
        self._lib = lib
        self._voice: tuple[str, int] | None = None
        self.lock = threading.Lock()

    def _collect(self, wav, numsamples, events) -> int:
        if numsamples > 0 and wav:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def _use_voice(self, voice: str, rate: int) -> None:
        if self._voice == (voice, rate):
            return
        if self._lib.espeak_SetVoiceByName(voice.encode()) != EE_OK:
            raise EngineError(f"espeak-ng has no voice {voice!r}")
        self._lib.espeak_SetParameter(ESPEAK_RATE, rate, 0)
        self._voice = (voice, rate)

    def synth(self, text: str, voice: str, rate: int) -> bytes:
        """16-bit mono PCM at self.sample_rate."""
        data = text.encode("utf-8")
        with self.lock:
            self._use_voice(voice, rate)
            self._chunks = []
            err = self._lib.espeak_Synth(data, len(data) + 1, 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, None, None)
            self._lib.espeak_Synchronize()
            if err != EE_OK:
                raise EngineError(f"espeak_Synth failed ({err})")
            return b"".join(self._chunks)


_espeak: _Espeak | None = None
_espeak_init_lock = threading.Lock()


def _espeak_lib() -> _Espeak:
    global _espeak
    with _espeak_init_lock:
        if _espeak is None:
            _espeak = _Espeak()
        return _espeak


class EspeakEngine:
    name = "espeak"

    def __init__(self, rate: int = 150, voice: str = "pl"):
        self.rate, self.voice = rate, voice

    @property
    def voice_key(self) -> str:
        # The library version shapes the sound too: an upgrade must give new content hashes.
        return f"espeak:{self.voice}:rate={self.rate}:v{_espeak_lib().version}"

    def synthesize(self, sentence: str) -> AudioSegment:
        lib = _espeak_lib()
        pcm = lib.synth(" ".join(sentence.split()), self.voice, self.rate)
        if not pcm:
            raise EngineError(f"espeak-ng produced no audio for {sentence!r}")
        return AudioSegment(data=pcm, sample_width=2, frame_rate=lib.sample_rate, channels=1)


# ---------------------------------------------------------------- factory

OFFICIAL = {"azure": azure_tts, "google": google_tts}  # paid voices under contract, best first


def configured_official(env=os.environ) -> list[str]:
    """The official engines whose key (and region) are set, best first."""
    return [name for name, module in OFFICIAL.items() if module.configured(env)]


def language_options(name: str, lang: str) -> dict:
    """What an engine needs to speak a language other than Polish: gTTS's language code, the
    espeak-ng voice, the cloud voice (IVR_AZURE_VOICE_UK / IVR_GOOGLE_VOICE_UK, else the
    language's default neural voice, e.g. uk-UA-PolinaNeural / uk-UA-Standard-A)."""
    from ivr.call.languages import language

    spoken = language(lang)
    if spoken.code == "pl":
        return {}
    if name == "gtts":
        return {"lang": spoken.gtts}
    if name == "espeak":
        return {"voice": spoken.espeak}
    if name == "azure":
        setting = azure_tts.VOICE_OF_LANGUAGE.get(spoken.code, "")
        return {"voice": os.environ.get(setting, "").strip() or spoken.azure_voice}
    if name == "google":
        setting = google_tts.VOICE_OF_LANGUAGE.get(spoken.code, "")
        return {"voice": os.environ.get(setting, "").strip() or spoken.google_voice}
    return {}


def make_engine(name: str, lang: str = "pl", **options) -> Engine:
    """An engine by name; `lang` ("pl", "uk") chooses its voice (Polish by default)."""
    engines = {"gtts": GttsEngine, "espeak": EspeakEngine, "azure": AzureEngine.from_env,
               "google": GoogleCloudEngine.from_env}
    try:
        make = engines[name]
    except KeyError:
        raise ValueError(f"unknown speech engine {name!r} (known: {', '.join(engines)})") from None
    return make(**{**language_options(name, lang), **options})


def render(sentences: Sequence[str], engine: Engine, settings: MasteringSettings = DEFAULT_SETTINGS,
           pauses_ms: Sequence[int] | None = None) -> bytes:
    """Synthesize each sentence with `engine` and master them into one prompt."""
    if pauses_ms is None:
        pauses_ms = [settings.sentence_pause_ms] * (len(sentences) - 1)
    return master([engine.synthesize(s) for s in sentences], pauses_ms, settings)
