"""Every staff page, one line each, for the accessibility and reflow tests (test_accessibility).

A new staff page is one more StaffPage line here. `prepare` fills the app with what the page
shows (history, messages, built audio) and returns the values its `path` is formatted with.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from flask import Flask


def with_audio(app: Flask, built_audio: Path) -> dict:
    """Current audio for every prompt: each one has its player."""
    shutil.copytree(built_audio, app.extensions["ivr"].settings.audio_dir, dirs_exist_ok=True)
    return {}


def with_history(app: Flask, built_audio: Path) -> dict:
    """Three saved versions (the first save also keeps the one before it)."""
    store = app.extensions["ivr_staff"].store
    previous = "Dziękujemy za telefon. Do widzenia."
    for text in ("Do usłyszenia.", "Do widzenia.", previous):
        snapshot = store.read()
        assert previous in snapshot.text
        content, _entry = store.save(snapshot.text.replace(previous, text, 1), snapshot.version, "anna")
        app.extensions["ivr"].load_saved(content)
        previous = text
    return {"oldest": store.history()[-1].name}


def with_messages(app: Flask, built_audio: Path) -> dict:
    """A voice message still downloading, one stored, and a call-back request."""
    runtime = app.extensions["ivr"]
    store = runtime.messages.store
    now = datetime(2026, 11, 30, 9, 15, tzinfo=timezone.utc)
    store.note_recording("RE" + "a" * 32, now=now, number="+48606902915", duration=42)
    stored = store.note_recording("RE" + "b" * 32, now=now, number="+48618176130", duration=75)
    recording = Path(runtime.settings.recordings_dir) / "stored.wav"
    recording.parent.mkdir(parents=True, exist_ok=True)
    recording.write_bytes(b"")
    store.mark_stored(stored.id, str(recording))
    store.request_callback("+48501234567", now)
    return {}


def with_notices(app: Flask, built_audio: Path) -> dict:
    """An active, an upcoming and an expired notice (the staff app's day is 30 November 2026)."""
    from ivr.staff.content_store import replace_tables
    from datetime import date

    store = app.extensions["ivr_staff"].store
    snapshot = store.read()
    rows = [
        {"text": "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności.", "from": date(2026, 11, 25), "to": date(2026, 12, 5)},
        {"text": "Zapraszamy na Dzień Seniora w piątek o 16:00.", "from": date(2026, 12, 10), "to": date(2026, 12, 11)},
        {"text": "Stary komunikat.", "from": date(2026, 11, 1), "to": date(2026, 11, 2)},
    ]
    content, _entry = store.save(replace_tables(snapshot.text, "notices", rows), snapshot.version, "anna")
    app.extensions["ivr"].load_saved(content)
    return {}


# A piece the normalizer leaves whatever its rules (see tests/test_staff_pronunciation.py).
LEFTOVER_GOODBYE = "Dziękujemy za telefon ~~ do widzenia."
LEFTOVER_WRONG_KEY = "Przepraszamy ~~ nie ma takiego wyboru."


def with_prompt_warning(app: Flask, built_audio: Path) -> dict:
    """"Nieprawidłowy klawisz" saved with a piece the voice may say wrong: its page and the list
    show the warning. Not the goodbye, which with_history edits (the CSP test runs every prepare)."""
    from ivr.staff.content_store import set_values

    store = app.extensions["ivr_staff"].store
    snapshot = store.read()
    text = set_values(snapshot.text, {"prompts.wrong_key.text": LEFTOVER_WRONG_KEY})
    if text != snapshot.text:
        content, _entry = store.save(text, snapshot.version, "anna")
        app.extensions["ivr"].load_saved(content)
    return {}


def with_ukrainian_history(app: Flask, built_audio: Path) -> dict:
    """A Ukrainian text saved on the staff pages: uk.toml's own history (issue 33)."""
    store = app.extensions["ivr_staff"].store_for("uk")
    snapshot = store.read()
    content, _entry = store.save(snapshot.text.replace("Дякуємо за дзвінок.", "Дякуємо, що зателефонували.", 1),
                                 snapshot.version, "anna")
    return {"oldest": store.history()[-1].name}


def with_stats(app: Flask, built_audio: Path) -> dict:
    """Five calls in November 2026: every chart of the last 30 days has bars."""
    from stats_helpers import seed_calls

    seed_calls(app.extensions["ivr"].stats.db)
    return {}


def with_misses(app: Flask, built_audio: Path) -> dict:
    """"Nierozpoznane" switched on, with one utterance kept (and the statistics of a few calls)."""
    book = app.extensions["ivr_misses"]
    book.enabled = True
    book.note("about", "czy wydajecie worki z marchewką", datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc))
    with_stats(app, built_audio)
    return {}


@dataclass(frozen=True)
class StaffPage:
    name: str
    path: str
    signed_in: bool = True
    prepare: Callable[[Flask, Path], dict] | None = None


STAFF_PAGES = [
    StaffPage("front", "/", signed_in=False),  # the public page (ivr/web/front.py)
    StaffPage("sign-in", "/staff/login", signed_in=False),
    StaffPage("home", "/staff/", prepare=with_history),
    StaffPage("prompts", "/staff/prompts", prepare=with_audio),
    StaffPage("prompt-edit", "/staff/prompts/menu", prepare=with_audio),
    StaffPage("prompt-edit-warnings", "/staff/prompts/wrong_key", prepare=with_prompt_warning),
    StaffPage("prompts-warnings", "/staff/prompts", prepare=with_prompt_warning),
    StaffPage("hours", "/staff/hours"),
    StaffPage("notices", "/staff/notices", prepare=with_notices),
    StaffPage("notice-edit", "/staff/notices/1", prepare=with_notices),
    StaffPage("notice-new", "/staff/notices/new"),
    StaffPage("audio", "/staff/audio", prepare=with_audio),
    StaffPage("simulator", "/staff/simulator?date=2026-11-30&time=10:00&keys=1&key=2", prepare=with_audio),
    StaffPage("messages", "/staff/messages?wszystkie=1", prepare=with_messages),
    StaffPage("stats", "/staff/stats?okres=30", prepare=with_stats),
    StaffPage("stats-error", "/staff/stats?okres=wlasny&od=2026-12-01&do=2026-11-01"),
    StaffPage("guide", "/staff/instrukcja"),
    StaffPage("misses", "/staff/misses", prepare=with_misses),
    StaffPage("misses-off", "/staff/misses"),
    StaffPage("simulator-message-left", "/staff/simulator?date=2026-11-27&time=18:00&keys=0&key=1"),
    StaffPage("history", "/staff/history", prepare=with_history),
    StaffPage("history-version", "/staff/history/{oldest}", prepare=with_history),
    # Issue 33: the two languages side by side, a sentence only Ukrainian has, a call in Ukrainian.
    StaffPage("prompt-edit-two-languages", "/staff/prompts/menu_main", prepare=with_audio),
    StaffPage("prompt-edit-ukrainian-only", "/staff/prompts/notice_in_polish"),
    StaffPage("simulator-ukrainian", "/staff/simulator?date=2026-11-30&time=10:00&jezyk=uk&keys=1&key=2", prepare=with_audio),
    StaffPage("history-ukrainian", "/staff/history?jezyk=uk", prepare=with_ukrainian_history),
    StaffPage("history-version-ukrainian", "/staff/history/{oldest}", prepare=with_ukrainian_history),
]
