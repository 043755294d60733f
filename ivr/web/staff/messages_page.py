"""Messages and call-back requests callers left: list, listen, mark as dealt with.

Built on ivr.messages.store.Store (listing, get, mark_done). A message's audio is the
local copy ivr.messages.recordings keeps in the recordings folder, served here only to
signed-in staff and never cached.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import abort, current_app, flash, redirect, render_template, request, send_file, url_for
from sqlalchemy.exc import SQLAlchemyError

from ivr.common.callerid import written_groups
from ivr.common.polish import minutes_seconds
from ivr.web.staff.blueprint import bp

log = logging.getLogger(__name__)

KIND_LABELS = {"message": "Wiadomość głosowa", "callback": "Prośba o oddzwonienie"}
STATUS_LABELS = {
    "pending download": "Nagranie jest jeszcze pobierane",
    "new": "Do załatwienia",
    "done": "Załatwione",
}


def message_store():
    """The line's message store (the runtime's: one database engine per process)."""
    return current_app.extensions["ivr"].messages.store


def open_count() -> int | None:
    try:
        return len(message_store().listing())
    except SQLAlchemyError as exc:
        log.error("messages not readable: %s", type(exc).__name__)
        return None


def duration_text(seconds: int | None) -> str:
    return minutes_seconds(seconds) if seconds else "—"


def number_text(number: str | None) -> str:
    """A Polish number in its usual groups (606 902 915, 61 817 61 30); others as stored."""
    if not number:
        return "numer ukryty"
    return (written_groups(number) if number.startswith("+48") else None) or number


@bp.get("/messages")
def messages():
    show_all = request.args.get("wszystkie") == "1"
    try:
        items = message_store().listing(include_done=show_all)
    except SQLAlchemyError as exc:
        log.error("messages not readable: %s", type(exc).__name__)
        return render_template("staff/messages.html", items=None, show_all=show_all), 503
    items = sorted(items, key=lambda m: (m.created_at, m.id), reverse=True)  # newest first
    return render_template(
        "staff/messages.html", items=items, show_all=show_all, kinds=KIND_LABELS, statuses=STATUS_LABELS,
        duration_text=duration_text, number_text=number_text,
    )


@bp.get("/messages/<int:message_id>/audio")
def message_audio(message_id: int):
    message = message_store().get(message_id)
    if message is None or not message.file_path:
        abort(404)
    folder = Path(current_app.config["IVR_SETTINGS"].recordings_dir).resolve()
    path = Path(message.file_path).resolve()
    if folder not in path.parents or not path.is_file():
        abort(404)  # only files the recordings keeper wrote, in its folder
    response = send_file(path, mimetype="audio/wav", conditional=True, download_name=f"wiadomosc-{message_id}.wav")
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/messages/<int:message_id>/done")
def message_done(message_id: int):
    if message_store().mark_done(message_id):
        flash("Oznaczono jako załatwione.", "success")
    else:
        flash("Nie znaleziono tej pozycji – mogła zostać już usunięta.", "error")
    return redirect(url_for("staff.messages", wszystkie=request.form.get("wszystkie") or None)), 303
