"""The app factory: one Flask app of the line, with its blueprints."""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Callable

from flask import Flask, Response, request

from ivr.call import twiml
from ivr.config import Settings
from ivr.runtime import Runtime
from ivr.web.request import Request
from ivr.web.rendered import RenderCache
from ivr.web.routing import KeptRule

log = logging.getLogger(__name__)

APOLOGY = "Przepraszamy, wystąpił chwilowy problem. Zaraz wrócimy do głównego menu."
# Twilio's webhook forms are a few kB; a larger body is refused (413) before it is read.
# The staff pages raise the limit for their own requests (ivr.web.staff.auth.guard).
WEBHOOK_MAX_BODY = 64 * 1024


class LineFlask(Flask):
    url_rule_class = KeptRule  # url_for's builders compiled once per process (ivr.web.routing)


def create_app(settings: Settings | None = None, clock: Callable[[], datetime] | None = None) -> Flask:
    """Build the line. Broken content raises ContentError here: the line does not start."""
    settings = settings or Settings.from_env()
    app = LineFlask(__name__)
    app.request_class = Request  # url-encoded webhooks parsed without a parser object per request
    app.config["IVR_SETTINGS"] = settings
    app.config["SECRET_KEY"] = settings.secret_key or None
    app.config["MAX_CONTENT_LENGTH"] = WEBHOOK_MAX_BODY
    if settings.dev_unsigned:
        log.warning("IVR_DEV_UNSIGNED is on: Twilio signatures are NOT checked. Never use this in production.")
    elif not settings.auth_token:
        log.warning("TWILIO_AUTH_TOKEN is not set: every webhook request will be refused (403).")
    if settings.trusted_proxies:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Only the client address: signatures are checked against IVR_PUBLIC_URL, not forwarded hosts.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies, x_proto=0, x_host=0)
    runtime = app.extensions["ivr"] = Runtime(settings, clock)
    app.extensions["ivr_rendered"] = RenderCache()  # rendered TwiML (ivr.web.voice)
    app.extensions["ivr_factory"] = create_app  # the staff phone builds private lines with it
    # Every worker process follows the content file, so a save in one reaches them all.
    app.before_request(runtime.reload_if_changed)

    from ivr.web import audio, bridge, front, health, privacy, sms, voice

    app.register_blueprint(voice.bp)
    app.register_blueprint(audio.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(privacy.bp)  # /prywatnosc: the public privacy notice
    app.register_blueprint(sms.bp)
    app.register_blueprint(front.bp)  # the public page at /
    app.register_blueprint(bridge.bp)  # "Oddzwoń": the staff phone's call-back bridge
    from ivr.web.staff import init_app as init_staff_pages; init_staff_pages(app)  # noqa: E702  (/staff)
    app.register_error_handler(Exception, _on_error)
    return app


def _on_error(exc: Exception):
    from werkzeug.exceptions import HTTPException

    if isinstance(exc, HTTPException):
        return exc
    log.exception("webhook failed on %s", request.path)
    if request.path.startswith("/voice"):
        # The caller hears an apology and the main menu, never silence or an error.
        body = twiml.apology(APOLOGY, retry_url="/voice/answer?node=main&miss=1")
        return Response(body, mimetype="text/xml")
    return Response("Internal error\n", status=500, mimetype="text/plain")
