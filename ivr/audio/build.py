"""Build the audio of every prompt the line can play: incremental, parallel, atomic.

One prompt -> one file, `audio/<id>.<hash>.wav`, where `hash` covers everything that shapes the
sound (spoken text, the engine's voice key, the mastering settings, this module's segmentation
version). A file name therefore never changes meaning, so:

- Incremental: a prompt whose file for the wanted engine already exists is reused without a
  single engine call, whether the previous manifest names it or a killed build left it behind.
- Parallel: sentences are synthesized by a pool of `jobs` threads (gTTS further bounds its own
  concurrency), the same sentence is requested once per build, and mastering runs in a separate
  small pool so requests keep flowing while finished prompts are mastered.
- Atomic: every file is written to a temporary name in the audio folder, fsynced and renamed;
  the manifest is written the same way, LAST. A build killed at any moment leaves the previous
  manifest and every file it names untouched; a running line keeps playing it.

Engines (`engine_name`):
- "azure", "google": an official neural voice (Azure Speech, Google Cloud TTS) only.
- "gtts": Google's voice only; a prompt Google cannot do fails.
- "espeak": the offline robotic voice only.
- "auto": a chain, best first: the configured official voices (their key is set), gTTS, then
  espeak. Per prompt the next engine of the chain takes over when one fails in ANY way
  (unreachable, 429 or 5xx after retries, 401/403, a changed endpoint, undecodable audio).
  Such entries are marked `"fallback": true, "engine": <the one that recorded it>`. Their hash
  is that engine's, so the next auto build never finds them up to date and asks the best
  engine again: a prompt recorded by a lower engine is rebuilt when the better one is back.
  After BREAKER_FAILURES requests in a row to one engine ended "unreachable" (each after its
  own retries), the rest of that build skips it, so a build without network takes seconds,
  not minutes of timeouts; a refused key or exhausted quota (`stops_engine`) skips it at once.

When every engine fails for a prompt: if the previous manifest has audio with the SAME spoken
text (e.g. an older fallback recording, or audio from before a mastering change) it stays
published ("kept"). A previous entry with OTHER words is not published again: stale audio would
tell callers old facts, while the line's <Say> fallback voice reads the current text. Its file
stays on disk (as unreferenced, until garbage collection) so calls in progress keep working.
Entries whose id is no longer in the catalogue are dropped the same way.

Garbage collection: the manifest's "unreferenced" map records since when each audio file in the
folder is named by no manifest. Files unreferenced for longer than `keep_unreferenced` (24 h)
are deleted after the new manifest is published; files the current manifest names never are.
A build that changes nothing does not rewrite the manifest (its "built_at" is the last publish).
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import queue
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from ivr.audio.index import AUDIO_NAME, MANIFEST, language_audio_dir, read_manifest  # noqa: F401  (language_audio_dir: used with build())
from ivr.call.catalogue import NUMBER_PREFIX, Entry
from ivr.common.files import fsync_dir, write_atomic
from ivr.audio.engines import OFFICIAL, Engine, EngineError, EngineUnavailable, configured_official, make_engine
from ivr.audio.mastering import DEFAULT_SETTINGS, MasteringSettings, master
from ivr.spoken.pauses import plan as pause_plan

log = logging.getLogger(__name__)

# Bump when the segmentation into sentences/pauses changes: it shapes the sound too.
BUILD_VERSION = 2  # 2: dictation pauses between the groups of a number
MANIFEST_VERSION = 1
HASH_CHARS = 20
DEFAULT_JOBS = 4
ENGINES = ("auto", "azure", "google", "gtts", "espeak")
KEEP_UNREFERENCED = timedelta(hours=24)
BREAKER_FAILURES = 3
LOCK_NAME = ".build.lock"
TMP_SUFFIX = ".tmp"  # of write_atomic's temporary files, which _remove clears after a killed build

# PromptResult.status values
BUILT, REUSED, FELL_BACK, KEPT, FAILED = "built", "reused", "fell_back", "kept", "failed"


class BuildError(RuntimeError):
    pass


class BuildLocked(BuildError):
    """Another build is running on the same audio folder."""


@dataclass(frozen=True)
class PromptResult:
    id: str
    status: str  # built | reused | fell_back | kept | failed
    engine: str | None = None
    file: str | None = None
    error: str | None = None

    @property
    def has_audio(self) -> bool:
        return self.status != FAILED


@dataclass
class BuildReport:
    results: list[PromptResult]
    removed: list[str] = field(default_factory=list)  # files deleted by garbage collection
    published: bool = False  # a new manifest was written
    requests: int = 0  # sentences sent to the main engine (before its own retries)
    elapsed_s: float = 0.0
    characters: dict[str, int] = field(default_factory=dict)  # engine -> characters it was sent (billed count)
    prices: dict[str, float] = field(default_factory=dict)  # engine -> US$ per million characters (paid engines)
    notices: list[str] = field(default_factory=list)  # Polish, for staff: a refused key, a quota

    def cost(self, engine: str) -> float | None:
        """Estimated US$ for the characters sent to a paid engine in this build."""
        price = self.prices.get(engine)
        return None if price is None else self.characters.get(engine, 0) * price / 1_000_000

    def _ids(self, status: str) -> list[str]:
        return [r.id for r in self.results if r.status == status]

    @property
    def built(self) -> list[str]:
        return self._ids(BUILT)

    @property
    def reused(self) -> list[str]:
        return self._ids(REUSED)

    @property
    def fell_back(self) -> list[str]:
        return self._ids(FELL_BACK)

    @property
    def kept(self) -> list[str]:
        """Every engine failed; the previous audio with the same words stays published."""
        return self._ids(KEPT)

    @property
    def failed(self) -> list[str]:
        """No audio at all: the line reads these with its fallback voice."""
        return self._ids(FAILED)

    @property
    def errors(self) -> dict[str, str]:
        return {r.id: r.error for r in self.results if r.error and r.status in (KEPT, FAILED, FELL_BACK)}

    @property
    def ok(self) -> bool:
        return not self.failed


# ---------------------------------------------------------------- pure helpers

def plan(spoken: str, settings: MasteringSettings = DEFAULT_SETTINGS) -> tuple[list[str], list[int]]:
    """Sentences of a spoken form and the pause after each but the last: lines are menu
    options / blocks (option_pause_ms between them), sentences within a line sentence_pause_ms,
    the groups of a dictated number dictation_pause_ms (ivr.spoken.pauses)."""
    return pause_plan(spoken, settings)


def paces_itself(engine: Engine) -> bool:
    """An engine that slows speech itself (SSML prosody) gets the tempo instead of atempo:
    its synthesize(sentence, tempo=...) speaks at that tempo."""
    return bool(getattr(engine, "paces_itself", False))


def entry_settings(entry: Entry, engine: Engine, settings: MasteringSettings = DEFAULT_SETTINGS) -> MasteringSettings:
    """The mastering of one prompt: `settings` with the prompt's own tempo and pauses. A piece of
    a dictated number has no silence before it and the dictation pause after it: played in a row,
    the pieces are the number dictated group by group."""
    own = settings.with_pace(entry.pace, paces_itself(engine))
    if entry.id.startswith(NUMBER_PREFIX):
        own = replace(own, lead_ms=0, tail_ms=entry.pace.dictation_pause_ms)
    return own


def _synthesize_with(engine: Engine, sentence: str, tempo: float):
    return engine.synthesize(sentence, tempo=tempo) if paces_itself(engine) else engine.synthesize(sentence)


def content_hash(spoken: str, voice_key: str, settings: MasteringSettings = DEFAULT_SETTINGS) -> str:
    digest = hashlib.sha256()
    for part in (f"build-v{BUILD_VERSION}", voice_key, settings.key(), spoken):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:HASH_CHARS]


def audio_name(prompt_id: str, digest: str) -> str:
    return f"{prompt_id}.{digest}.wav"


def render_prompt(spoken: str, engine: Engine, settings: MasteringSettings = DEFAULT_SETTINGS,
                  tempo: float | None = None) -> bytes:
    """Mastered WAV of one spoken form with one engine, sentence by sentence (as the build does).
    `tempo`: what an engine that paces itself speaks at (settings.tempo is then 1.0)."""
    sentences, pauses = plan(spoken, settings)
    if not sentences:
        raise EngineError("nothing to say")
    tempo = settings.tempo if tempo is None else tempo
    return master([_synthesize_with(engine, s, tempo) for s in sentences], pauses, settings)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_stamp(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _is_audio_file(path: Path) -> bool:
    """A complete file at its final name (renames are atomic; this guards against odd leftovers)."""
    try:
        with open(path, "rb") as f:
            head = f.read(12)
    except OSError:
        return False
    return len(head) == 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE"


@contextlib.contextmanager
def _build_lock(audio_dir: Path) -> Iterator[None]:
    """One build per audio folder at a time (the kernel drops the lock if the build is killed)."""
    fd = os.open(audio_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build is running in {audio_dir}") from None
        yield
    finally:
        os.close(fd)


# ---------------------------------------------------------------- the build

@dataclass
class _Job:
    entry: Entry
    sentences: list[str]
    pauses: list[int]
    digest: str
    old: dict | None  # previous manifest entry of this id
    settings: MasteringSettings = DEFAULT_SETTINGS  # with this prompt's tempo and pauses
    pending: int = 0
    futures: list[Future] = field(default_factory=list)


class _Builder:
    def __init__(self, audio_dir: Path, primary: Engine, fallbacks: Sequence[Engine],
                 settings: MasteringSettings, jobs: int, stamp: str):
        self.audio_dir = audio_dir
        self.primary, self.fallbacks = primary, list(fallbacks)
        self.chain = [primary, *self.fallbacks]
        self.characters: dict[str, int] = {}
        self.notices: list[str] = []
        self.settings = settings
        self.stamp = stamp
        self.results: queue.Queue = queue.Queue()
        self.entries: dict[str, dict] = {}  # id -> new manifest entry
        self.requests = 0
        self._lock = threading.Lock()
        self._sentences: dict[str, Future] = {}
        self._streak: dict[str, int] = {}
        self._open: set[str] = set()  # engines this build no longer asks
        self._skip_reasons: dict[str, str] = {}  # why, when not "unreachable or refused earlier"
        self._synth_pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="ivr-synth")
        self._master_pool = ThreadPoolExecutor(max_workers=max(1, min(jobs, os.cpu_count() or 1)),
                                               thread_name_prefix="ivr-master")

    def close(self, wait: bool) -> None:
        self._synth_pool.shutdown(wait=wait, cancel_futures=True)
        self._master_pool.shutdown(wait=wait, cancel_futures=True)

    # -- the main engine, sentence by sentence

    def start(self, job: _Job) -> None:
        with self._lock:
            job.futures = [self._sentence(s, job.entry.pace.tempo) for s in job.sentences]
            job.pending = len(job.futures)
        for future in job.futures:
            future.add_done_callback(lambda _f, job=job: self._sentence_done(job))

    def _sentence(self, sentence: str, tempo: float) -> Future:
        # The same sentence is asked for once per build (per tempo, for an engine that paces itself).
        key = (sentence, tempo if paces_itself(self.primary) else None)
        found = self._sentences.get(key)
        if found is None:
            found = self._sentences[key] = self._synth_pool.submit(self._synthesize, sentence, tempo)
        return found

    def skip_primary(self, reason: str) -> None:
        """The main engine is not asked at all in this build (the probe found it unreachable)."""
        with self._lock:
            self._open.add(self.primary.name)
            self._skip_reasons[self.primary.name] = reason

    def _synthesize(self, sentence: str, tempo: float):
        return self._call(self.primary, sentence, tempo)

    def _call(self, engine: Engine, sentence: str, tempo: float):
        """One sentence from one engine (at `tempo` when it paces itself), through that engine's
        circuit breaker."""
        name = engine.name
        if name in self._open:
            reason = self._skip_reasons.get(name, "unreachable or refused earlier in this build")
            raise EngineUnavailable(f"{name} skipped: {reason}")
        if engine is self.primary:
            with self._lock:
                self.requests += 1
        try:
            audio = _synthesize_with(engine, sentence, tempo)
        except EngineError as exc:
            with self._lock:
                if exc.staff_message and exc.staff_message not in self.notices:
                    self.notices.append(exc.staff_message)
                later = self.chain.index(engine) < len(self.chain) - 1 if engine in self.chain else False
                if exc.stops_engine and name not in self._open:
                    self._open.add(name)
                    log.warning("%s refused (%s): the rest of this build does not ask it", name, exc)
                elif isinstance(exc, EngineUnavailable):
                    self._streak[name] = self._streak.get(name, 0) + 1
                    if self._streak[name] >= BREAKER_FAILURES and later and name not in self._open:
                        self._open.add(name)
                        log.info("%s unreachable %d times in a row: the rest of this build skips it",
                                 name, self._streak[name])
            raise
        billed = getattr(engine, "billed_characters", None)
        with self._lock:
            self._streak[name] = 0
            self.characters[name] = self.characters.get(name, 0) + (billed(sentence) if billed else len(sentence))
        return audio

    def _sentence_done(self, job: _Job) -> None:
        try:
            with self._lock:
                job.pending -= 1
                last = job.pending == 0
            if last:
                self._master_pool.submit(self._guarded, job, self._finish)
        except BaseException as exc:  # never leave the main thread waiting
            self._post(job, FAILED, error=f"internal error: {exc!r}")

    def _guarded(self, job: _Job, step: Callable[[_Job], None]) -> None:
        try:
            step(job)
        except BaseException as exc:  # noqa: BLE001 - every prompt must report
            log.exception("building %s failed", job.entry.id)
            self._post(job, FAILED, error=f"internal error: {exc!r}")

    def _finish(self, job: _Job) -> None:
        errors = [f.exception() for f in job.futures if f.exception() is not None]
        if not errors:
            try:
                wav = master([f.result() for f in job.futures], job.pauses, job.settings)
                name = audio_name(job.entry.id, job.digest)
                write_atomic(self.audio_dir / name, wav, tmp_suffix=TMP_SUFFIX)
            except Exception as exc:  # ffmpeg, disk...
                errors = [exc]
            else:
                self._publish(job, name, job.digest, self.primary.name, fallback=False)
                self._post(job, BUILT, engine=self.primary.name, file=name)
                return
        self._after_failure(job, f"{self.primary.name}: {_describe(errors[0])}")

    # -- after the main engine failed

    def _after_failure(self, job: _Job, error: str) -> None:
        for fallback in self.fallbacks:
            try:
                settings = entry_settings(job.entry, fallback, self.settings)
                digest = content_hash(job.entry.spoken, fallback.voice_key, settings)
                name = audio_name(job.entry.id, digest)
                path = self.audio_dir / name
                old = job.old
                if (old and old.get("file") == name and old.get("fallback") and old.get("spoken") == job.entry.spoken
                        and _is_audio_file(path)):
                    # Nothing better this time: the entry stays as it was (a build in which nothing
                    # can improve changes no file, the manifest included).
                    with self._lock:
                        self.entries[job.entry.id] = dict(old, text=job.entry.text)
                    self._post(job, FELL_BACK, engine=fallback.name, file=name, error=error)
                    return
                if not _is_audio_file(path):
                    sentences, pauses = plan(job.entry.spoken, settings)
                    tempo = job.entry.pace.tempo
                    wav = master([self._call(fallback, s, tempo) for s in sentences], pauses, settings)
                    write_atomic(path, wav, tmp_suffix=TMP_SUFFIX)
            except Exception as exc:
                error = f"{error}; {fallback.name}: {_describe(exc)}"
            else:
                self._publish(job, name, digest, fallback.name, fallback=True, reason=error)
                self._post(job, FELL_BACK, engine=fallback.name, file=name, error=error)
                return
        old = job.old
        if old and old.get("spoken") == job.entry.spoken and _is_audio_file(self.audio_dir / str(old.get("file"))):
            with self._lock:
                self.entries[job.entry.id] = dict(old, text=job.entry.text)
            self._post(job, KEPT, engine=old.get("engine"), file=old["file"], error=error)
        else:
            self._post(job, FAILED, error=error)

    def _publish(self, job: _Job, name: str, digest: str, engine: str, fallback: bool, reason: str | None = None) -> None:
        entry = manifest_entry(job.entry, name, digest, engine, fallback, self.stamp)
        if reason:
            entry["fallback_reason"] = reason
        with self._lock:
            self.entries[job.entry.id] = entry

    def _post(self, job: _Job, status: str, **kw) -> None:
        self.results.put(PromptResult(job.entry.id, status, **kw))


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def manifest_entry(entry: Entry, name: str, digest: str, engine: str, fallback: bool, built_at: str) -> dict:
    return {
        "id": entry.id,
        "file": name,
        "hash": digest,
        "spoken": entry.spoken,
        "text": entry.text,
        "engine": engine,
        "fallback": fallback,
        "built_at": built_at,
        "pace": entry.pace.key(),
    }


def auto_chain(engines: Mapping[str, Engine] | None = None) -> list[str]:
    """What "auto" means here: the configured official voices, gTTS, espeak."""
    official = [n for n in OFFICIAL if (engines is not None and n in engines) or n in configured_official()]
    return [*official, "gtts", "espeak"]


def _resolve_engines(engine_name: str, engines: Mapping[str, Engine] | None,
                     lang: str = "pl") -> tuple[Engine, list[Engine]]:
    if engine_name not in ENGINES:
        raise ValueError(f"unknown engine {engine_name!r} (choose from {', '.join(ENGINES)})")

    def get(name: str) -> Engine:
        if engines is not None and name in engines:
            return engines[name]
        return make_engine(name) if lang == "pl" else make_engine(name, lang=lang)

    if engine_name == "auto":
        chain = []
        for name in auto_chain(engines):
            try:
                chain.append(get(name))
            except ValueError as exc:  # a misconfigured official voice: the rest of the chain still works
                log.error("speech engine %s is misconfigured, auto skips it: %s", name, exc)
        primary, *fallbacks = chain
        return primary, fallbacks
    return get(engine_name), []


def build(catalogue: Iterable[Entry], audio_dir: Path | str, engine_name: str = "auto", jobs: int = DEFAULT_JOBS,
          settings: MasteringSettings = DEFAULT_SETTINGS, progress: Callable[[PromptResult], None] | None = None,
          engines: Mapping[str, Engine] | None = None, *, keep_unreferenced: timedelta = KEEP_UNREFERENCED,
          clock: Callable[[], datetime] = _utcnow, probe: bool = False, lang: str = "pl") -> BuildReport:
    """Build every prompt of `catalogue` into `audio_dir` and publish a new manifest.

    `progress` is called once per prompt, from the calling thread. `engines` maps "gtts" /
    "espeak" to engine objects (default: make_engine). Raises BuildLocked when another build
    holds the folder. With `probe` (the `ivr prompts build` command), when there is anything to
    build and a fallback engine, the main engine is first asked once, quickly (its `probe()`, about
    2 s at most, no retries); if it cannot be reached, this build does not ask it again.
    `lang` chooses the engines' voices (gTTS "uk", espeak "uk", the Ukrainian neural voices);
    the caller passes that language's folder (language_audio_dir) and catalogue.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    started = time.perf_counter()
    audio_dir = Path(audio_dir)
    audio_dir.mkdir(parents=True, exist_ok=True)
    primary, fallbacks = _resolve_engines(engine_name, engines, lang)
    entries = list(catalogue)
    with _build_lock(audio_dir):
        now = clock()
        previous = read_manifest(audio_dir)
        old_prompts = {k: v for k, v in previous["prompts"].items() if isinstance(v, dict)}
        builder = _Builder(audio_dir, primary, fallbacks, settings, jobs, _stamp(now))
        report = BuildReport([])
        todo: list[_Job] = []
        voice_key = primary.voice_key
        for entry in entries:
            old = old_prompts.get(entry.id)
            own = entry_settings(entry, primary, settings)
            digest = content_hash(entry.spoken, voice_key, own)
            name = audio_name(entry.id, digest)
            sentences, pauses = plan(entry.spoken, own)
            if not AUDIO_NAME.match(name) or not sentences:
                why = "nothing to say" if sentences == [] else f"id {entry.id!r} cannot be a file name"
                result = PromptResult(entry.id, FAILED, error=why)
            elif _is_audio_file(audio_dir / name):
                reused = dict(old) if old and old.get("file") == name else None
                if reused is None:  # on disk but not in the manifest: e.g. left by a killed build
                    built_at = datetime.fromtimestamp((audio_dir / name).stat().st_mtime, timezone.utc)
                    reused = manifest_entry(entry, name, digest, primary.name, False, _stamp(built_at))
                # The name is the main engine's hash: this IS its audio (even if an auto build
                # once made it as a fallback and the main engine is now espeak).
                reused.update(text=entry.text, spoken=entry.spoken, engine=primary.name, fallback=False,
                              pace=entry.pace.key())
                reused.pop("fallback_reason", None)
                builder.entries[entry.id] = reused
                result = PromptResult(entry.id, REUSED, engine=reused.get("engine"), file=name)
            else:
                todo.append(_Job(entry, sentences, pauses, digest, old, own))
                continue
            report.results.append(result)
            if progress:
                progress(result)
        if probe and todo and fallbacks and callable(getattr(primary, "probe", None)):
            try:
                primary.probe()
            except EngineUnavailable as exc:
                log.info("%s unreachable at the quick check: this build uses %s (%s)", primary.name,
                         fallbacks[0].name, exc)
                builder.skip_primary(f"unreachable at the quick check before this build ({_describe(exc)})")
        try:
            for job in todo:
                builder.start(job)
            for _ in todo:
                result = builder.results.get()
                report.results.append(result)
                if progress:
                    progress(result)
        except BaseException:
            builder.close(wait=False)  # nothing is published: the previous manifest stays
            raise
        builder.close(wait=True)
        report.requests = builder.requests
        report.characters = dict(builder.characters)
        report.prices = {e.name: e.price_per_million for e in builder.chain
                         if getattr(e, "price_per_million", None) is not None}
        report.notices = list(builder.notices)

        order = {e.id: i for i, e in enumerate(entries)}
        report.results.sort(key=lambda r: order.get(r.id, len(order)))
        prompts = {e.id: builder.entries[e.id] for e in entries if e.id in builder.entries}
        referenced = {p["file"] for p in prompts.values()}
        previously = {p.get("file") for p in old_prompts.values()}
        unreferenced, doomed = _unreferenced(audio_dir, referenced, previously, previous.get("unreferenced"),
                                             now, keep_unreferenced)
        manifest = {
            "version": MANIFEST_VERSION,
            "built_at": _stamp(now),
            "engine": engine_name,
            "settings": settings.key(),
            "prompts": prompts,
            "unreferenced": unreferenced,
        }
        unchanged = (previous.get("prompts") == prompts and previous.get("unreferenced") == unreferenced
                     and previous.get("settings") == manifest["settings"] and (audio_dir / MANIFEST).is_file())
        if not unchanged:
            # Reused files may come from a build killed before its folder fsync: make every name
            # durable before the manifest names it.
            fsync_dir(audio_dir)
            write_atomic(audio_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                         tmp_suffix=TMP_SUFFIX)
            report.published = True
        report.removed = _remove(audio_dir, doomed)
    report.elapsed_s = time.perf_counter() - started
    return report


# ---------------------------------------------------------------- garbage collection

def _unreferenced(audio_dir: Path, referenced: set[str], previously: set, before: object, now: datetime,
                  keep: timedelta) -> tuple[dict[str, str], list[str]]:
    """The new "unreferenced" map, and the files to delete once the manifest is published."""
    before = before if isinstance(before, dict) else {}
    still: dict[str, str] = {}
    doomed: list[str] = []
    for path in sorted(audio_dir.iterdir()):
        name = path.name
        if name in referenced or not AUDIO_NAME.match(name) or not path.is_file():
            continue
        since = _parse_stamp(before.get(name))
        if since is None:
            if name in previously:
                since = now  # the previous manifest named it until now
            else:  # never named by a manifest we know (a killed build's file): as old as the file
                since = min(now, datetime.fromtimestamp(path.stat().st_mtime, timezone.utc))
        if now - since >= keep:
            doomed.append(name)
        else:
            still[name] = _stamp(since)
    return still, doomed


def _remove(audio_dir: Path, doomed: Sequence[str]) -> list[str]:
    removed = []
    for name in doomed:
        try:
            (audio_dir / name).unlink()
            removed.append(name)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove %s: %s", name, exc)
    # Temporary files of killed builds (we hold the lock: no build is writing any now).
    for path in audio_dir.glob(f".*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


# ---------------------------------------------------------------- status

@dataclass
class StatusReport:
    total: int
    missing: list[str] = field(default_factory=list)  # no audio: the fallback voice reads it
    stale: list[str] = field(default_factory=list)  # audio of an older text: not played
    espeak: list[tuple[str, bool]] = field(default_factory=list)  # (id, fallback) on the robotic voice
    engines: dict[str, tuple[str, bool]] = field(default_factory=dict)  # id -> (engine, fallback) of current audio
    # Built at an older [voice] tempo or pauses: played until the next build records them anew.
    old_pace: list[str] = field(default_factory=list)
    files: dict[str, dict] = field(default_factory=dict)  # id -> manifest entry, for prompts with audio
    # The pieces of dictated numbers, apart from the prompts: how many, how many have current audio.
    pieces: int = 0
    pieces_built: int = 0

    @property
    def current(self) -> int:
        return self.total - len(self.missing) - len(self.stale)


def status(catalogue: Iterable[Entry], audio_dir: Path | str) -> StatusReport:
    """Which prompts the line cannot play from audio, or plays with the offline voice."""
    audio_dir = Path(audio_dir)
    prompts = read_manifest(audio_dir)["prompts"]
    entries = list(catalogue)
    report = StatusReport(sum(not e.id.startswith(NUMBER_PREFIX) for e in entries))
    for entry in entries:
        found = prompts.get(entry.id)
        if entry.id.startswith(NUMBER_PREFIX):
            report.pieces += 1
            current = (isinstance(found, dict) and found.get("spoken") == entry.spoken
                       and _is_audio_file(audio_dir / str(found.get("file"))))
            report.pieces_built += bool(current)
            continue
        if not isinstance(found, dict) or not _is_audio_file(audio_dir / str(found.get("file"))):
            report.missing.append(entry.id)
        elif found.get("spoken") != entry.spoken:
            report.stale.append(entry.id)
        else:
            report.engines[entry.id] = (str(found.get("engine")), bool(found.get("fallback")))
            report.files[entry.id] = found
            if found.get("pace") != entry.pace.key():
                report.old_pace.append(entry.id)
            if found.get("engine") == "espeak":
                report.espeak.append((entry.id, bool(found.get("fallback"))))
    return report
