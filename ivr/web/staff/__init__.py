"""Staff pages under /staff: edit what the line says, regenerate its audio, hear a call.

Server-rendered Polish pages (Jinja templates in ivr/web/templates/staff). Only
signed-in staff may use them: pages redirect to the sign-in form, actions and
JSON answer 401. Every form carries a CSRF token (Flask-WTF), checked for this
blueprint only: the Twilio webhooks are checked by their signatures instead.
Without IVR_SECRET_KEY the pages refuse to work (503) rather than sign
sessions with a weak key.

Part of the web entry point: may import any area and the shared helpers.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import Flask, current_app

from ivr.staff.access_log import AccessLog
from ivr.staff.accounts import StaffAccounts
from ivr.staff.content_store import ContentStore
from ivr.web.staff import audit_page, auth, guide_page, privacy_page, messages_page, misses_page, notices_page, pages, stats_page  # noqa: F401  (the routes, registered on bp)
from ivr.web.staff import voice_samples  # noqa: F401,E402  (the routes, registered on bp)
from ivr.web.staff.blueprint import SESSION_HOURS, StaffServices, bp, csrf
from ivr.web.staff.build_job import BuildJob

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    settings = app.config["IVR_SETTINGS"]
    runtime = app.extensions["ivr"]
    # Set, not setdefault: Flask defines these keys already (31 days, no SameSite).
    app.config.update(
        WTF_CSRF_CHECK_DEFAULT=False,  # CSRF is checked in this blueprint's before_request only (auth.guard)
        WTF_CSRF_TIME_LIMIT=SESSION_HOURS * 3600,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        SESSION_REFRESH_EACH_REQUEST=False,  # 8 hours from signing in, not from the last click
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=(settings.public_url or "").startswith("https://"),
    )
    csrf.init_app(app)
    from ivr.stats.misses import MissBook

    # "Nierozpoznane": what callers said that was not understood (the voice webhook keeps it).
    app.extensions["ivr_misses"] = MissBook(runtime.messages.store, settings.keep_misses)
    store = ContentStore(settings.content_dir)
    app.extensions["ivr_staff"] = StaffServices(
        store=store,
        # The line's database, one engine per process; client addresses keyed with the secret.
        accounts=StaffAccounts(runtime.messages.store, secret=settings.secret_key),
        builds=BuildJob(runtime),
        audit=AccessLog(runtime.messages.store),
    )
    if not settings.secret_key:
        log.warning("IVR_SECRET_KEY is not set: the staff pages (/staff) are switched off.")
    app.register_blueprint(bp)
    app.register_error_handler(404, _not_found)


def _not_found(exc):
    """Unknown addresses under /staff get a Polish page; elsewhere the usual answer."""
    from flask import render_template, request

    if request.path.startswith(bp.url_prefix + "/") and current_app.config["IVR_SETTINGS"].secret_key:
        return render_template("staff/error.html", title="Nie ma takiej strony", message=(
            "Nie znaleziono tej strony. Proszę wrócić do strony głównej."
        )), 404
    return exc

