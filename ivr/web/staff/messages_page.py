"""Messages and call-back requests callers left: list, listen, call back, mark as dealt with.

Built on ivr.messages.store.Store (listing, get, mark_done). A message's audio is the
local copy ivr.messages.recordings keeps in the recordings folder, served here only to
signed-in staff and never cached. "Oddzwoń" starts a call-back bridge
(ivr.messages.bridge): the line rings the staff member's phone, then the resident; the
item shows the bridge's state, which the page follows through a small JSON endpoint.
"""
from __future__ import annotations

import io
import logging
import time
from pathlib import Path

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, send_file, session, url_for
from sqlalchemy.exc import SQLAlchemyError

from ivr.common.callerid import written_groups
from ivr.common.polish import minutes_seconds
from ivr.common.sealed import SealError, recordings_sealer
from ivr.messages.bridge import describe
from ivr.web.bridge import call_urls
from ivr.web.staff.audit_page import record_access
from ivr.web.staff.auth import current_login
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


def call_bridge():
    return current_app.extensions["ivr"].messages.bridge


def _now():
    return current_app.extensions["ivr"].now()


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
    bridge = call_bridge()
    attempts = bridge.attempts([m.id for m in items], _now())
    phone = bridge.phone_for(current_login())
    return render_template(
        "staff/messages.html", items=items, show_all=show_all, kinds=KIND_LABELS, statuses=STATUS_LABELS,
        duration_text=duration_text, number_text=number_text, attempts=attempts, describe=describe,
        refusal=bridge.refusal, missing=bridge.missing(), phone=phone, office_phone=bridge.office_phone,
        saved_phone=bridge.store.saved_phone(current_login()),
        any_active=any(a.active for found in attempts.values() for a in found), undo=undo_offer(),
    )


@bp.get("/messages/<int:message_id>/audio")
def message_audio(message_id: int):
    message = message_store().get(message_id)
    if message is None or not message.file_path:
        abort(404)
    settings = current_app.config["IVR_SETTINGS"]
    folder = Path(settings.recordings_dir).resolve()
    path = Path(message.file_path).resolve()
    if folder not in path.parents or not path.is_file():
        abort(404)  # only files the recordings keeper wrote, in its folder
    sealer = recordings_sealer(settings)
    try:
        if sealer is None:
            raise SealError("no recordings key")
        audio = sealer.read(path)  # decrypted in memory, never written anywhere
    except (OSError, SealError) as exc:
        log.error("message %s: recording does not open: %s", message_id, exc)
        return render_template("staff/error.html", title="Nagrania nie można otworzyć", message=(
            "Nagranie jest zaszyfrowane kluczem, którego serwer teraz nie ma, albo plik jest uszkodzony. "
            "Proszę zwrócić się do administratora (ivr doctor)."
        )), 503
    download = request.args.get("pobierz") == "1"
    record_access("downloaded" if download else "played", message.number, f"wiadomość nr {message_id}")
    response = send_file(io.BytesIO(audio), mimetype="audio/wav", as_attachment=download,
                         download_name=f"wiadomosc-{message_id}.wav")
    response.headers["Cache-Control"] = "no-store"
    return response


UNDO_SECONDS = 60  # "Cofnij" after "Oznacz jako załatwione" is offered this long


def undo_offer() -> int | None:
    """The item this staff member marked done in the last minute, which "Cofnij" can reopen."""
    offer = session.get("undo_done")
    if isinstance(offer, dict) and isinstance(offer.get("id"), int) and time.time() < offer.get("until", 0):
        return offer["id"]
    return None


@bp.post("/messages/<int:message_id>/done")
def message_done(message_id: int):
    item = message_store().get(message_id)
    if message_store().mark_done(message_id):
        record_access("done", item.number if item else None, f"nr {message_id}")
        session["undo_done"] = {"id": message_id, "until": time.time() + UNDO_SECONDS}
        flash("Oznaczono jako załatwione. Pozycja zniknęła z listy do załatwienia, ale nie została usunięta: "
              "widać ją po wybraniu „Pokaż także załatwione”. Przez minutę można to cofnąć przyciskiem „Cofnij” "
              "poniżej.", "success")
    else:
        flash("Nie znaleziono tej pozycji – mogła zostać już usunięta.", "error")
    return redirect(url_for("staff.messages", wszystkie=request.form.get("wszystkie") or None)), 303


@bp.post("/messages/<int:message_id>/undo-done")
def message_undo_done(message_id: int):
    if undo_offer() != message_id:
        flash("Minęła minuta na cofnięcie. Pozycja jest na liście „Pokaż także załatwione”.", "error")
    elif message_store().reopen(message_id):
        item = message_store().get(message_id)
        record_access("undone", item.number if item else None, f"nr {message_id}")
        flash("Cofnięto: pozycja znów jest do załatwienia.", "success")
    else:
        flash("Nie znaleziono tej pozycji – mogła zostać już usunięta.", "error")
    session.pop("undo_done", None)
    return redirect(url_for("staff.messages", wszystkie=request.form.get("wszystkie") or None)), 303


# ---------------------------------------------------------------- "Oddzwoń"


def _back():
    return redirect(url_for("staff.messages", wszystkie=request.form.get("wszystkie") or None)), 303


@bp.post("/messages/phone")
def message_phone():
    """Save the phone the staff member is at: the office landline or a work mobile."""
    bridge = call_bridge()
    choice = request.form.get("telefon", "")
    number = bridge.office_phone if choice == "biuro" else request.form.get("numer", "")[:40]
    if choice == "biuro" and not number:
        flash("Numer telefonu w biurze nie jest ustawiony (IVR_OFFICE_PHONE). Proszę podać telefon komórkowy.", "error")
    elif bridge.save_phone(current_login(), number, _now()) is None:
        flash("Na ten numer nie można dzwonić. Proszę podać pełny numer, np. 600 100 200 albo +48 600 100 200."
              + ("" if bridge.international else " Numery zagraniczne są wyłączone w ustawieniach."), "error")
    else:
        flash(f"Zapisano telefon do oddzwaniania: {number_text(bridge.phone_for(current_login()))}.", "success")
    return _back()


@bp.post("/messages/<int:message_id>/call")
def message_call(message_id: int):
    """Ring the staff member's phone; pressing 1 there connects the resident."""
    bridge = call_bridge()
    result = bridge.start(message_id, current_login(), bridge.phone_for(current_login()), call_urls, _now())
    if result.ok:
        item = message_store().get(message_id)
        record_access("called_back", item.number if item else None, f"nr {message_id}")
    flash(result.message, "success" if result.ok else "error")
    return _back()


@bp.get("/messages/<int:message_id>/call-status.json")
def message_call_status(message_id: int):
    """The item's bridge state for the page to follow (newest attempt first)."""
    if message_store().get(message_id) is None:
        abort(404)
    when = current_app.jinja_env.filters["when"]
    found = call_bridge().attempts([message_id], _now()).get(message_id, [])
    latest = found[0] if found else None
    return jsonify({
        "state": latest.state if latest else None,
        "label": describe(latest) if latest else None,
        "active": bool(latest and latest.active),
        "attempts": [{"when": when(a.started_at), "login": a.login, "label": describe(a)} for a in found],
    })
