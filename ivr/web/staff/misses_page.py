"""Staff page "Nierozpoznane": what callers said that the line did not understand, in the
last 14 days (ivr.stats.misses; kept only with IVR_KEEP_MISSES=1, never with a number), and
how many misses each menu had (from the call statistics, always).

One click adds an utterance's words to a destination's word list ([words] in pl.toml),
through the content store like every other change: validated by the loader, kept in the
history, refused when someone saved in the meantime. Every string list in [words] is a
destination, with its Polish title (ivr.web.staff.editing.word_list_title).
"""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy.exc import SQLAlchemyError

from ivr.call.content import ContentError
from ivr.stats.labels import node_label
from ivr.stats.misses import KEEP, PRIVACY_NOTE, misses_by_menu
from ivr.staff.content_store import ConflictError, set_values
from ivr.web.staff.auth import current_login
from ivr.web.staff.blueprint import bp, services
from ivr.web.staff.editing import polish_message, split_error, word_list_title
from ivr.web.staff.pages import read_content

log = logging.getLogger(__name__)
MAX_PHRASE = 80


def _book():
    return current_app.extensions["ivr_misses"]


def _runtime():
    return current_app.extensions["ivr"]


def destinations(raw: dict) -> list[tuple[str, str]]:
    """(key, Polish title) of every word list in [words], as the file has them."""
    words = raw.get("words", {})
    return [(key, word_list_title(key)) for key, value in words.items()
            if isinstance(value, list) and all(isinstance(w, str) for w in value)]


@bp.get("/misses")
def misses():
    now = _runtime().now()
    _snapshot, raw = read_content()
    book = _book()
    try:
        found = book.recent(now) if book.enabled else []
    except SQLAlchemyError as exc:
        log.error("misses not readable: %s", type(exc).__name__)
        found = None
    try:
        today = now.date()
        by_menu = misses_by_menu(_runtime().stats.db, today - (KEEP - timedelta(days=1)), today)
    except SQLAlchemyError as exc:
        log.error("statistics not readable: %s", type(exc).__name__)
        by_menu = None
    return render_template(
        "staff/misses.html", enabled=book.enabled, misses=found, by_menu=by_menu, node_label=node_label,
        destinations=destinations(raw), base=_snapshot.version, privacy_note=PRIVACY_NOTE,
    )


@bp.post("/misses/<int:miss_id>/add")
def misses_add(miss_id: int):
    book = _book()
    miss = book.get(miss_id)
    if miss is None:
        abort(404)
    destination = request.form.get("cel", "")
    phrase = " ".join(request.form.get("slowa", "").split()).strip(" .,!?;:").lower()[:MAX_PHRASE]
    snapshot, raw = read_content()
    choices = dict(destinations(raw))
    if destination not in choices:
        flash("Proszę wybrać, dokąd mają prowadzić te słowa.", "error")
        return redirect(url_for("staff.misses", _anchor=f"wypowiedz-{miss_id}")), 303
    if not phrase:
        flash("Proszę wpisać słowa do dodania.", "error")
        return redirect(url_for("staff.misses", _anchor=f"wypowiedz-{miss_id}")), 303
    words = list(raw["words"][destination])
    title = choices[destination]
    if phrase in words:
        book.remove(miss_id)
        flash(f"Słowa „{phrase}” są już na liście „{title}”. Wypowiedź usunięto z listy nierozpoznanych.", "info")
        return redirect(url_for("staff.misses")), 303
    store = services().store
    try:
        content, _entry = store.save(set_values(snapshot.text, {f"words.{destination}": words + [phrase]}),
                                     request.form.get("base", ""), current_login())
    except ConflictError:
        flash("Nie dodano: w tym czasie ktoś zapisał nowszą wersję treści. Proszę spróbować jeszcze raz.", "error")
        return redirect(url_for("staff.misses")), 303
    except ContentError as exc:
        _key, message = split_error(exc, store.path)
        flash(f"Nie dodano słów „{phrase}”: {polish_message(message)}", "error")
        return redirect(url_for("staff.misses", _anchor=f"wypowiedz-{miss_id}")), 303
    _runtime().load_saved(content)
    book.remove(miss_id)
    flash(f"Dodano „{phrase}” do listy „{title}”. Infolinia już rozumie te słowa. Zmianę można cofnąć "
          "na stronie „Historia zmian”.", "success")
    return redirect(url_for("staff.misses")), 303


@bp.post("/misses/<int:miss_id>/remove")
def misses_remove(miss_id: int):
    if _book().get(miss_id) is None:
        abort(404)
    _book().remove(miss_id)
    flash("Usunięto wypowiedź z listy. Nie zmieniło to niczego w infolinii.", "success")
    return redirect(url_for("staff.misses")), 303
