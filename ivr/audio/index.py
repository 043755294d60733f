"""Which prompts have built audio: audio/manifest.json, read once and reloaded after a build."""
from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import Mapping

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
RECHECK_SECONDS = 2.0  # how often a running line looks for a newly published manifest
# "<prompt id>.<content hash>.wav", as the build names files.
AUDIO_NAME = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9-]+)*\.[0-9a-f]{16,64}\.wav$")


def language_audio_dir(audio_dir: Path | str, lang: str = "pl") -> Path:
    """Where a language's audio and manifest live: Polish in the audio folder itself (its
    URLs /audio/<file> never change), every other language in its own namespace, a
    subfolder named by its code (audio/uk/, served as /audio/uk/<file>)."""
    audio_dir = Path(audio_dir)
    return audio_dir if lang == "pl" else audio_dir / lang


def read_manifest(audio_dir: Path) -> dict:
    """The published manifest, or an empty one when there is none or it is unreadable."""
    path = Path(audio_dir) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"prompts": {}}
    except (OSError, ValueError) as exc:
        log.error("cannot read %s (%s): the line uses its fallback voice", path, exc)
        return {"prompts": {}}
    if not isinstance(data, dict) or not isinstance(data.get("prompts"), dict):
        log.error("%s has no prompts: the line uses its fallback voice", path)
        return {"prompts": {}}
    return data


class AudioIndex:
    """Prompt id -> audio file name, for audio whose spoken form is still current."""

    def __init__(self, audio_dir: Path, clock=time.monotonic):
        self.audio_dir = Path(audio_dir)
        self._clock = clock
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._checked = float("-inf")
        self._prompts: Mapping[str, dict] = {}
        self.generation = 0  # raised at every read of the manifest: a key for what was rendered from it
        self._read_if_changed()

    def _manifest_stamp(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.audio_dir / MANIFEST)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def refresh(self) -> None:
        """Read the manifest now (e.g. right after a build), not at the next check."""
        with self._lock:
            self._checked = self._clock()
            self._read(self._manifest_stamp())

    def _read(self, stamp: tuple[int, int] | None) -> None:
        prompts = read_manifest(self.audio_dir)["prompts"]
        listed = {k: v for k, v in prompts.items() if isinstance(v, dict) and isinstance(v.get("file"), str)}
        # An entry whose file is gone would be a 404 for Twilio: the fallback voice reads it instead.
        self._prompts = {k: v for k, v in listed.items() if AUDIO_NAME.match(v["file"]) and (self.audio_dir / v["file"]).is_file()}
        missing = sorted(set(listed) - set(self._prompts))
        if missing:
            log.error("%d prompt(s) in %s have no audio file (e.g. %s): the fallback voice reads them",
                      len(missing), self.audio_dir / MANIFEST, missing[0])
        self._stamp = stamp
        self.generation += 1

    def _read_if_changed(self) -> None:
        stamp = self._manifest_stamp()
        if stamp != self._stamp or not all((self.audio_dir / v["file"]).is_file() for v in self._prompts.values()):
            self._read(stamp)

    def _maybe_refresh(self) -> None:
        now = self._clock()
        if now - self._checked < RECHECK_SECONDS:
            return
        with self._lock:
            if now - self._checked >= RECHECK_SECONDS:
                self._checked = now
                self._read_if_changed()

    def file_for(self, prompt_id: str, spoken: str) -> str | None:
        """The audio file of a prompt, if it was built from exactly this spoken form."""
        self._maybe_refresh()
        entry = self._prompts.get(prompt_id)
        if entry and entry.get("spoken") == spoken:
            return entry["file"]
        return None

    def current_generation(self) -> int:
        """The generation after looking for a newly published manifest (as file_for does)."""
        self._maybe_refresh()
        return self.generation

    def entries(self) -> list[dict]:
        self._maybe_refresh()
        return list(self._prompts.values())

    def entry(self, prompt_id: str) -> dict | None:
        self._maybe_refresh()
        return self._prompts.get(prompt_id)

    def is_servable(self, name: str) -> bool:
        """A built audio file: its name has the build's shape and it exists here.
        Files of older manifests stay servable, so calls in progress keep working."""
        return bool(AUDIO_NAME.match(name)) and (self.audio_dir / name).is_file()
