"""The audio build started from the staff pages: in a background thread, one at a time.

The build itself is ivr.audio.build.build (incremental, atomic, locked per audio
folder). This module runs it outside the request, and records its progress in
`<audio>/.staff-build.json` (written atomically), so every worker process of
the line shows the same progress. A second start while a build runs, in this
process or another, does not start another build.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from ivr.common.files import write_atomic

log = logging.getLogger(__name__)

STATUS_FILE = ".staff-build.json"
ENGINE_CHOICES = ("auto", "azure", "google", "gtts", "espeak")
# Prompt results named in the summary, at most.
MAX_LISTED = 20
PROGRESS_AT_ONCE = 20  # the first results written to the status file each
PROGRESS_PER_S = 4  # then at most this many writes a second


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class BuildJob:
    def __init__(self, runtime, build_fn: Callable | None = None):
        self.runtime = runtime
        self.audio_dir = Path(runtime.settings.audio_dir)
        self.build_fn = build_fn
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ starting

    def start(self, engine: str, login: str) -> bool:
        """Start a build in the background; False when one is running already."""
        if engine not in ENGINE_CHOICES:
            raise ValueError(f"unknown engine {engine!r}")
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False
            if self._locked_elsewhere():
                return False
            plan = self._plan()
            status = {
                "state": "running", "engine": engine, "login": login, "started_at": _now(),
                "finished_at": None, "total": sum(len(entries) for _, _, entries in plan), "done": 0,
                "languages": [lang for lang, _, _ in plan],
                "counts": {}, "failed": [], "fell_back": [], "error": None, "pid": os.getpid(),
            }
            self._write(status)
            self._thread = threading.Thread(
                target=self._run, args=(plan, engine, status), name="ivr-staff-build", daemon=True
            )
            self._thread.start()
            return True

    def _plan(self) -> list[tuple[str, Path, list]]:
        """(language, its audio folder, its entries): Polish, then every translation the line
        offers now (audio/uk/), each with the pieces of dictated numbers."""
        from ivr.audio.index import language_audio_dir

        catalogue = self.runtime.catalogue
        plan = [("pl", self.audio_dir, [*catalogue, *catalogue.number_pieces()])]
        for lang, line in getattr(self.runtime, "lines", {}).items():
            if lang != "pl":
                plan.append((lang, language_audio_dir(self.audio_dir, lang),
                             [*line.catalogue, *line.catalogue.number_pieces()]))
        return plan

    def running(self) -> bool:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return True
        return self._locked_elsewhere()

    def wait(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    # ------------------------------------------------------------ status

    def status(self) -> dict:
        """The last build's status for the pages (state idle | running | done | failed | interrupted)."""
        try:
            status = json.loads((self.audio_dir / STATUS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            status = None
        if not isinstance(status, dict):
            status = {"state": "idle"}
        if status.get("state") == "running" and not self._alive(status):
            status["state"] = "interrupted"  # the process running it ended midway
        total, done = int(status.get("total") or 0), int(status.get("done") or 0)
        status["percent"] = round(100 * done / total) if total else 0
        status["running"] = status["state"] == "running"
        return status

    # ------------------------------------------------------------ the build

    def _run(self, plan: list, engine: str, status: dict) -> None:
        from ivr.audio.build import BuildLocked, build

        build_fn = self.build_fn or build
        counts: dict[str, int] = {}
        done_lock = threading.Lock()
        last = [0.0]

        def progress(result) -> None:
            with done_lock:
                status["done"] += 1
                counts[result.status] = counts.get(result.status, 0) + 1
                status["counts"] = dict(counts)
                # A build with the 1111 pieces of numbers reports over a thousand results, most
                # reused at once: the first ones shown as they come, then at most PROGRESS_PER_S a second.
                now = time.monotonic()
                if status["done"] <= PROGRESS_AT_ONCE or now - last[0] >= 1 / PROGRESS_PER_S:
                    last[0] = now
                    self._write(status)

        reports = []
        try:
            for lang, audio_dir, entries in plan:
                extra = {} if lang == "pl" else {"lang": lang}  # Polish: the build's default voices and folder
                reports.append(build_fn(entries, audio_dir, engine, progress=progress, **extra))
        except BuildLocked:
            status.update(state="failed", error="locked")
        except Exception as exc:  # noqa: BLE001 - staff see that it failed; the log has why
            log.exception("audio build from the staff pages failed")
            status.update(state="failed", error=str(exc)[:300] or type(exc).__name__)
        else:
            characters: dict[str, int] = {}
            costs: dict[str, float] = {}
            for report in reports:
                for k, v in getattr(report, "characters", {}).items():
                    if k != "espeak" and v:
                        characters[k] = characters.get(k, 0) + v
                for k in getattr(report, "prices", {}):
                    if (c := report.cost(k)) is not None and report.characters.get(k):
                        costs[k] = round(costs.get(k, 0) + c, 4)
            status.update(
                state="done",
                counts={
                    name: sum(len(getattr(report, name)) for report in reports)
                    for name in ("built", "reused", "fell_back", "kept", "failed")
                },
                failed=[f for report in reports for f in report.failed][:MAX_LISTED],
                fell_back=[f for report in reports for f in report.fell_back][:MAX_LISTED],
                published=all(report.published for report in reports),
                notices=list(dict.fromkeys(n for report in reports for n in getattr(report, "notices", []))),
                characters=characters,
                costs=costs,
                elapsed_s=round(sum(report.elapsed_s for report in reports), 1),
                done=sum(len(report.results) for report in reports),
            )
            status["total"] = max(status["total"], status["done"])
        status["finished_at"] = _now()
        self.runtime.audio.refresh()  # this process plays the new audio now, not at its next check
        for audio in getattr(self.runtime, "audios", {}).values():
            audio.refresh()
        self._write(status)

    def _alive(self, status: dict) -> bool:
        """Whether the build a status file describes is still running (without touching its lock)."""
        pid = status.get("pid")
        if pid == os.getpid():
            with self._lock:
                return self._thread is not None and self._thread.is_alive()
        if not isinstance(pid, int) or pid <= 0:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def _locked_elsewhere(self) -> bool:
        """Another process holds the build lock of the audio folder."""
        from ivr.audio.build import LOCK_NAME

        path = self.audio_dir / LOCK_NAME
        if not path.exists():
            return False
        fd = os.open(path, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)

    def _write(self, status: dict) -> None:
        self.audio_dir.mkdir(parents=True, exist_ok=True)
        # ".part", not the build's ".tmp", so the build's clean-up of its own leftovers
        # never takes this file's temporary file.
        write_atomic(self.audio_dir / STATUS_FILE, json.dumps(status, ensure_ascii=False), tmp_suffix=".part")
