"""The staff access log on the staff pages: every access to callers' data and every change
is recorded (record_access), and admins read it at /staff/audit (ivr.staff.access_log)."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import g, render_template, request
from sqlalchemy.exc import SQLAlchemyError

from ivr.call.schedule import WARSAW
from ivr.web.staff.blueprint import bp, services

log = logging.getLogger(__name__)

# Successful forms that change what the line says or does: one "settings_changed" entry each.
SETTINGS_ENDPOINTS = {
    "staff.prompt_edit", "staff.hours", "staff.history_restore", "staff.audio_build", "staff.notices_new",
    "staff.notices_edit", "staff.notices_delete", "staff.misses_add", "staff.misses_remove",
}


def record_access(action: str, number: str | None = None, detail: str = "") -> None:
    """One entry for the signed-in staff member. A log that cannot be written is logged loudly
    but never stops the staff's work (the entry's absence is itself in the server's log)."""
    audit = services().audit
    if audit is None:
        return
    try:
        audit.record(g.staff, action, number, detail)
    except SQLAlchemyError as exc:
        log.error("access log not written (%s): %s by %s", type(exc).__name__, action, g.staff)


@bp.after_request
def record_settings_change(response):
    if (request.method == "POST" and request.endpoint in SETTINGS_ENDPOINTS and getattr(g, "staff", None)
            and response.status_code in (200, 302, 303) and not _form_errors(response)):
        record_access("settings_changed", detail=request.path[:200])
    return response


def _form_errors(response) -> bool:
    """A form shown again with its errors (200) changed nothing."""
    return response.status_code == 200 and b"error-message" in response.get_data()


@bp.get("/audit")
def audit():
    """The access log, newest first; ?dni=N: the last N days (default 30)."""
    days = request.args.get("dni", "30")
    days = int(days) if days.isdigit() and 0 < int(days) <= 3650 else 30
    since = datetime.now(WARSAW) - timedelta(days=days)
    entries = services().audit.entries(since)
    record_access("viewed_log", detail=f"{days} dni")
    return render_template("staff/audit.html", entries=entries, days=days)
