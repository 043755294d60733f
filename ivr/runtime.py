"""What a running line holds in memory: built at start-up from the content, and kept on
the content file's current version in every worker process."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from ivr.audio.index import AudioIndex, language_audio_dir
from ivr.call.catalogue import Catalogue
from ivr.config import Settings
from ivr.database.engine import WEBHOOK_TIMEOUT_SECONDS
from ivr.call.content import CONTENT_FILE, Content, ContentError, load_content
from ivr.call.flow import Line
from ivr.call.languages import LANGUAGES, caller_language
from ivr.messages.desk import MessageDesk
from ivr.messages.outbound import InfoSender
from ivr.call.schedule import Schedule, now_in_warsaw
from ivr.staff.content_store import ContentStore
from ivr.stats.record import BRIDGE, CallStats, stats_key
from ivr.textline.lines import TextLines

log = logging.getLogger(__name__)

# How often a request may look at the content file for a version another worker saved.
CONTENT_RECHECK_SECONDS = 2.0


def make_schedule(content: Content) -> Schedule:
    return Schedule(content.weekly, content.closures)


@dataclass(frozen=True)
class FallbackSource:
    """What the line answers with while pl.toml does not load."""

    kind: str  # "history": a kept version; "shipped": the release's content; "kept": what it had loaded
    name: str = ""
    saved_at: datetime | None = None
    login: str = ""

    @property
    def described(self) -> str:
        if self.kind == "history":
            return f"the kept version {self.name}"
        if self.kind == "shipped":
            return f"the content shipped with the release ({self.name})"
        return "the content it had loaded before"


@dataclass(frozen=True)
class ContentFallback:
    problem: str  # the loader's error (English; ivr.call.content_errors.describe gives it in Polish)
    used: FallbackSource


def _problem(exc: Exception) -> str:
    if isinstance(exc, ContentError):
        return str(exc)
    return f"the content cannot be rendered ({type(exc).__name__}: {exc})"


def same_folder(a: Path, b: Path) -> bool:
    """Whether two content folders are one (the developer's checkout: prompts/ is both)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# Lines built from the same contents on the same day, kept, as parsed content and text lines are
# (ivr.call.content, ivr.textline.lines): every app, worker start and content check of the same files would build
# the catalogues, call flows and their matchers again (most of making an app in the tests). A built line is
# read-only but for memories of what a moment or a text gives, the same for every caller (gunicorn's threads
# share one already). Found by equal contents (their fields compared by identity first: microseconds for content
# parsed from the same texts), the day and the call-back setting; a translation that does not render is warned
# about at every start that meets it, kept or not. Bounded: staff saves make new content.
BUILT_LIMIT = 8
_BUILT: list[tuple[tuple, tuple, list[tuple[str, str]]]] = []
_BUILT_LOCK = threading.Lock()


class Runtime:
    """Content, schedule, catalogue, flow and audio index of one line."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] | None = None):
        self.settings = settings
        self._clock = clock
        self.audio = AudioIndex(settings.audio_dir)
        # Every other language's audio, in its namespace (audio/uk/, served at /audio/uk/<file>).
        self.audios = {code: AudioIndex(language_audio_dir(settings.audio_dir, code)) for code in LANGUAGES if code != "pl"}
        # Messages, call-backs, SMS limits and jobs (database); statements wait at most a short
        # time for a lock: the webhooks answer within their budget whatever the database does.
        self.messages = MessageDesk.from_settings(settings, timeout=WEBHOOK_TIMEOUT_SECONDS)
        self.messages.start()
        # Call statistics: batched, in the same database (never simulated calls: stats off there).
        self.stats = CallStats(self.messages.store, stats_key(self._secret()), enabled=settings.stats)
        if self.messages.bridge is not None:
            self.messages.bridge.subscribe(self._bridge_attempt)
        # Key 5: queued as jobs, to the numbers "Oddzwoń" may ring (the bridge's own rule).
        self.info_sms = InfoSender.from_settings(settings, self.messages.jobs, text=lambda: self.textline.info(),
                                                 limiter=self.messages.info_limiter, news=lambda now: self.textline.news(now),
                                                 destination=self.messages.bridge.phone_number,
                                                 opted_out=self.messages.opted_out)
        self._content_path = Path(settings.content_dir) / CONTENT_FILE
        self._content_lock = threading.Lock()
        self._content_checked = time.monotonic()
        # Stamped before reading: a change made meanwhile is loaded at the first check.
        self._content_stamp = self._file_stamp()
        self.content_source = "file"  # or "fallback": the file is broken, a kept version is used
        self.content_fallback: ContentFallback | None = None  # why, and what the line uses instead
        # The Polish line is self.line; self.lines holds every language's (the Ukrainian one when
        # uk.toml loads: a missing or broken translation is logged and not offered, never more).
        (self.content, self.schedule, self.catalogue, self.line, self.textline, self.lines,
         self.textlines) = self._starting_content()

    def _secret(self) -> str:
        return self.settings.secret_key or self.settings.auth_token

    def _bridge_attempt(self, attempt) -> None:
        """A staff call-back ("Oddzwoń") started or ended: counted, without its numbers."""
        name = "started" if attempt.active else attempt.state
        self.stats.event(None, BRIDGE, name, attempt.started_at if attempt.active else (attempt.ended_at or self.now()))

    def _starting_content(self) -> tuple:
        """The content file; when it does not load or render, the newest kept version that
        does, else the content shipped with the release, so no (re)start of a worker ever
        takes the line down for content. Only when none of them loads does ContentError
        stop the process."""
        try:
            return self._built(load_content(self.settings.content_dir))  # renders too
        except Exception as exc:  # noqa: BLE001  (any failure to read or render falls back)
            problem = _problem(exc)
        for content, used in self._fallbacks():
            try:
                built = self._built(content)
            except Exception as exc:  # noqa: BLE001
                log.error("the fallback content %s does not render either: %s", used, _problem(exc))
                continue
            log.error("the content file does not load (%s); the line uses %s until it is fixed", problem, used.described)
            self.content_source = "fallback"
            self.content_fallback = ContentFallback(problem, used)
            return built
        log.critical("the content file does not load (%s), and neither does any kept version nor the shipped content",
                     problem)
        raise ContentError(problem)

    def _fallbacks(self) -> Iterator[tuple[Content, "FallbackSource"]]:
        """The newest good kept versions (history/), then the shipped content."""
        try:
            for content, entry in ContentStore(self.settings.content_dir).good_versions():
                yield content, FallbackSource("history", entry.name, entry.saved_at, entry.login)
        except OSError as exc:  # history/ cannot be read: go on to the shipped content
            log.error("the kept versions cannot be read: %s", exc)
        shipped = Path(self.settings.shipped_content_dir)
        if same_folder(shipped, Path(self.settings.content_dir)):
            return
        try:
            yield load_content(shipped), FallbackSource("shipped", str(shipped / CONTENT_FILE))
        except ContentError as exc:
            log.error("the shipped content does not load: %s", exc)

    def _built(self, content: Content) -> tuple:
        translations = self._translations(content)
        key = (content, tuple(translations.items()), self.now().date(), self.settings.callback_international)
        with _BUILT_LOCK:
            kept = next(((built, problems) for kept_key, built, problems in _BUILT if kept_key == key), None)
        if kept is None:
            kept = self._build(content, translations, key[2])  # a failure is raised each time, never kept
            with _BUILT_LOCK:
                while len(_BUILT) >= BUILT_LIMIT:
                    _BUILT.pop(0)  # the oldest
                _BUILT.append((key, *kept))
        built, problems = kept
        for code, problem in problems:
            log.warning("the %s line is not offered: %s", code, problem)
        return (content, *built[1:])  # the content as this load read it (its own file's path)

    def _build(self, content: Content, translations: dict[str, Content], day) -> tuple[tuple, list[tuple[str, str]]]:
        """The lines of the Polish content and of each translation that renders (those that do not: their problems)."""
        international = self.settings.callback_international
        schedule = make_schedule(content)
        catalogue = Catalogue(content, schedule, day)
        line = Line(content, schedule, catalogue, international)
        lines, problems = {content.lang: line}, []
        for code, translated in translations.items():
            try:
                translated_schedule = make_schedule(translated)
                lines[code] = Line(translated, translated_schedule, Catalogue(translated, translated_schedule, day),
                                   international)
            except Exception as exc:  # noqa: BLE001  (a translation never takes the Polish line down)
                problems.append((code, _problem(exc)))
        for each in lines.values():
            each.link(lines)
        # The text line in every language offered: a message is answered in its own (issue 33).
        textlines = TextLines.build({code: (each.content, each.schedule) for code, each in lines.items()})
        return (content, schedule, catalogue, line, textlines.polish, lines, textlines), problems

    def _translations(self, polish: Content) -> dict[str, Content]:
        """The content of every other language whose file loads, with the facts of the Polish content the line
        uses; a translation that does not is left out (warned)."""
        contents = {}
        for code in LANGUAGES:
            if code == polish.lang:
                continue
            try:
                content = load_content(self.settings.content_dir, lang=code)
                if content.office != polish.office or content.weekly != polish.weekly or content.closures != polish.closures:
                    # pl.toml on disk is not the content the line uses (a fallback): the facts
                    # would disagree, so the translation waits until pl.toml loads again.
                    raise ContentError("its facts differ from the Polish content the line uses")
                contents[code] = content
            except Exception as exc:  # noqa: BLE001  (a translation never takes the Polish line down)
                log.warning("the %s line is not offered: %s", code, _problem(exc))
        return contents

    def audio_of(self, lang: str) -> AudioIndex:
        """The audio index of a language (Polish: self.audio)."""
        return self.audios.get(lang, self.audio)

    def audio_generations(self) -> tuple[int, ...]:
        """The generation of every language's audio: a key for what was rendered from them."""
        return (self.audio.current_generation(), *(a.current_generation() for a in self.audios.values()))

    def sms_in(self, lang: str | None) -> tuple:
        """The key-5 SMS (facts, news) in a call's language: (None, None) for the line's own
        (Polish) texts, else the translation's info text and its news (closures, its notices)."""
        line = self.line_for(lang)
        if line is self.line:
            return None, None
        text = self.textlines[line.content.lang]  # the same info and news as its text line's
        return text.info, text.news

    def line_for(self, lang: str | None) -> Line:
        """The line of a call's language; Polish when that language is not offered (now)."""
        return self.lines.get(lang or "pl", self.line)

    def caller_line(self, number: str | None) -> Line:
        """The line a call starts in: Ukrainian for a Ukrainian number (+380), when offered."""
        return self.line_for(caller_language(number))

    def load(self, content: Content) -> None:
        """Switch to new content (validated already); calls in progress go on with the new texts."""
        built = self._built(content)  # all or nothing: a failure leaves the line as it was
        self.content, self.schedule, self.catalogue, self.line, self.textline, self.lines, self.textlines = built

    def load_saved(self, content: Content) -> None:
        """This process just wrote `content` to the content file: switch to it now, and do
        not load the file again for it."""
        with self._content_lock:
            self.load(content)
            self.content_source = "file"
            self.content_fallback = None
            self._content_stamp = self._file_stamp()
            self._content_checked = time.monotonic()

    def reload_if_changed(self) -> None:
        """Load the content file if it changed (another worker saved it, or a hand edit).

        Looks at the file's stat at most every CONTENT_RECHECK_SECONDS. A file that does not
        load or render (or is gone, or cannot be read) is logged and ignored: the line keeps
        the content it has."""
        now = time.monotonic()
        if now - self._content_checked < CONTENT_RECHECK_SECONDS:
            return
        with self._content_lock:
            if now - self._content_checked < CONTENT_RECHECK_SECONDS:
                return
            self._content_checked = now
            stamp = self._file_stamp()
            if stamp == self._content_stamp:
                return
            self._content_stamp = stamp
            try:
                content = load_content(self.settings.content_dir)
                self.load(content)
            except Exception as exc:  # noqa: BLE001  (never take the line down for content)
                problem = _problem(exc)
                log.error("the content file changed but does not load; the line keeps its content: %s", problem)
                self.content_source = "fallback"
                kept = self.content_fallback.used if self.content_fallback else FallbackSource("kept")
                self.content_fallback = ContentFallback(problem, kept)
                return
            self.content_source = "file"
            self.content_fallback = None
            log.info("the content file changed: the line now uses it")

    def _file_stamp(self) -> tuple | None:
        """pl.toml's stat (None: it cannot be read), with every translation's: a change to any is reloaded."""
        try:
            st = os.stat(self._content_path)
        except OSError:
            return None
        stamp: tuple = (st.st_mtime_ns, st.st_ino, st.st_size)
        for code, language in LANGUAGES.items():
            if code != "pl":
                try:
                    other = os.stat(self._content_path.parent / language.file)
                    stamp += ((other.st_mtime_ns, other.st_ino, other.st_size),)
                except OSError:
                    stamp += (None,)
        return stamp

    def now(self) -> datetime:
        return now_in_warsaw(self._clock)
