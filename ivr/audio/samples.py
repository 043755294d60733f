"""One sentence in each available voice, so staff can hear them before choosing.

`record(audio_dir, sentence)` records the sentence with every voice this server can use (the
configured official voices, Google's free voice, espeak), mastered as the line plays prompts,
into `audio/samples/<engine>.<hash>.wav`. A sample whose words and voice are unchanged is kept
without asking the provider again; a voice that fails keeps its previous sample, if any.
The folder is apart from the prompts: the build's garbage collection never touches it.
Runs from `ivr prompts samples` or a background thread of the staff pages, never in a request.
"""
from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path
from typing import Callable, Sequence

from ivr.common.files import write_atomic

log = logging.getLogger(__name__)

FOLDER = "samples"
NAME = re.compile(r"^(?P<engine>[a-z]+)\.(?P<hash>[0-9a-f]{16})\.wav$")


def sample_sentence(catalogue) -> str:
    """The first sentence of the greeting (else of the first prompt): real words of this line."""
    from ivr.audio.build import plan

    entries = list(catalogue)
    entry = next((e for e in entries if e.id == "greeting"), entries[0] if entries else None)
    sentences = plan(entry.spoken)[0] if entry else []
    return sentences[0] if sentences else "Dzień dobry."


def folder(audio_dir: Path | str) -> Path:
    return Path(audio_dir) / FOLDER


def available(audio_dir: Path | str) -> dict[str, str]:
    """engine -> file name of its newest sample."""
    found: dict[str, tuple[float, str]] = {}
    base = folder(audio_dir)
    if not base.is_dir():
        return {}
    for path in base.iterdir():
        match = NAME.match(path.name)
        if match and path.is_file():
            stamp = path.stat().st_mtime
            if match["engine"] not in found or stamp > found[match["engine"]][0]:
                found[match["engine"]] = (stamp, path.name)
    return {engine: name for engine, (_, name) in found.items()}


def record(audio_dir: Path | str, sentence: str, engine_names: Sequence[str] | None = None,
           make: Callable | None = None) -> dict[str, str | None]:
    """Record `sentence` in each voice; engine -> None when it worked, else the English reason."""
    from ivr.audio.build import auto_chain, render_prompt
    from ivr.audio.engines import make_engine

    make = make or make_engine
    base = folder(audio_dir)
    base.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, str | None] = {}
    for name in engine_names or auto_chain():
        try:
            engine = make(name)
            digest = hashlib.sha256(f"{engine.voice_key}\0{sentence}".encode("utf-8")).hexdigest()[:16]
            path = base / f"{name}.{digest}.wav"
            if not path.is_file():
                write_atomic(path, render_prompt(sentence, engine))
            for old in base.glob(f"{name}.*.wav"):
                if old != path:
                    old.unlink(missing_ok=True)
            path.touch()
            outcome[name] = None
        except Exception as exc:  # noqa: BLE001 - one voice failing leaves the others
            log.warning("voice sample of %s failed: %s", name, exc)
            outcome[name] = str(exc)[:300] or type(exc).__name__
    return outcome
