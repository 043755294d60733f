"""Signing in and out, and the guard every staff request passes."""
from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from flask import (
    Response, abort, current_app, flash, g, redirect, render_template, request, session, url_for,
)
from flask_wtf.csrf import CSRFError

from ivr.call.schedule import WARSAW
from ivr.staff.accounts import LOCK_MINUTES
from ivr.web.staff.blueprint import ADMIN_ENDPOINTS, SESSION_HOURS, STAFF_MAX_BODY, bp, csrf, services

PUBLIC_ENDPOINTS = {"staff.login"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@bp.before_request
def guard():
    """No secret key: off. Then who is signed in; anonymous use refused; CSRF on every form."""
    request.max_content_length = STAFF_MAX_BODY  # before any form is read
    if not current_app.config["IVR_SETTINGS"].secret_key or not current_app.secret_key:
        return Response(render_template("staff/disabled.html"), status=503)
    g.staff = _signed_in()
    if g.staff is None and request.endpoint not in PUBLIC_ENDPOINTS:
        if request.method in ("GET", "HEAD") and not _wants_json():
            return redirect(url_for("staff.login", next=request.full_path.rstrip("?")))
        abort(401)
    g.role = services().accounts.role_of(g.staff) if g.staff else None
    if request.endpoint in ADMIN_ENDPOINTS and g.role != "admin":
        abort(403)  # the role is read from the database on every request, never from the session
    csrf.protect()  # GET/HEAD pass; POST etc. need the token of this session


@bp.after_request
def headers(response: Response) -> Response:
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    )
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cache-Control", "no-store")
    return response


@bp.errorhandler(CSRFError)
def csrf_refused(exc: CSRFError):
    return render_template("staff/error.html", title="Formularz wygasł", message=(
        "Ze względów bezpieczeństwa ten formularz nie został przyjęty: brakuje w nim kodu "
        "zabezpieczającego albo kod wygasł (np. strona była długo otwarta). Proszę wrócić do "
        "poprzedniej strony, odświeżyć ją i spróbować jeszcze raz."
    )), 400


@bp.errorhandler(401)
def unauthorized(exc):
    if _wants_json():
        return {"error": "Trzeba się zalogować."}, 401
    return render_template("staff/error.html", title="Trzeba się zalogować", message=(
        "Ta czynność jest dostępna tylko dla zalogowanych pracowników."
    ), sign_in=True), 401


@bp.errorhandler(403)
def forbidden(exc):
    if _wants_json():
        return {"error": "Ta czynność jest dostępna tylko dla administratora."}, 403
    return render_template("staff/error.html", title="Tylko dla administratora", message=(
        "Ta strona jest dostępna tylko dla konta z rolą administratora. Jeśli potrzebują Państwo "
        "tej czynności, proszę zwrócić się do administratora infolinii."
    )), 403


@bp.errorhandler(404)
def not_found(exc):
    return render_template("staff/error.html", title="Nie ma takiej strony", message=(
        "Nie znaleziono tej strony. Proszę wrócić do strony głównej."
    )), 404


def _wants_json() -> bool:
    return request.path.endswith(".json") or request.accept_mimetypes.best == "application/json"


def _signed_in() -> str | None:
    login = session.get("login")
    if not login:
        return None
    signed_in_at = session.get("at")
    if not isinstance(signed_in_at, (int, float)) or time.time() - signed_in_at > SESSION_HOURS * 3600:
        session.clear()  # sessions last SESSION_HOURS from signing in, however often used
        return None
    stamp = services().accounts.session_stamp(login)
    if stamp is None or stamp != session.get("stamp"):
        session.clear()  # the account was removed, its password changed, or it signed out
        return None
    return login


def _safe_next(target: str | None) -> str:
    """Only a path inside the staff pages: never another site."""
    if target:
        parts = urlsplit(target)
        if (not parts.scheme and not parts.netloc and parts.path.startswith("/staff")
                and "\\" not in target and not _CONTROL.search(target)):
            return target
    return url_for("staff.home")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if g.staff and request.method == "GET":
        return redirect(url_for("staff.home"))
    error = None
    login_value = ""
    status = 200
    if request.method == "POST":
        login_value = request.form.get("login", "").strip()[:64]
        result = services().accounts.authenticate(login_value, request.form.get("password", ""), request.remote_addr)
        if result.ok:
            session.clear()
            session.permanent = True
            session["login"] = result.login
            session["at"] = int(time.time())
            session["stamp"] = services().accounts.session_stamp(result.login)
            flash(f"Zalogowano jako {result.login}.", "success")
            return redirect(_safe_next(request.form.get("next")))
        status = 401
        if result.busy:
            # Another sign-in holds the machine's one password check: the phone line comes first.
            error = "Logowanie jest teraz zajęte. Proszę spróbować za chwilę."
            response = current_app.make_response((render_template(
                "staff/login.html", error=error, login_value=login_value, next=request.values.get("next", "")
            ), 503))
            response.headers["Retry-After"] = "5"
            return response
        if result.address_locked:
            until = result.locked_until.astimezone(WARSAW)
            error = (
                "Z tego komputera było zbyt wiele nieudanych prób logowania. Ze względów bezpieczeństwa "
                f"logowanie z niego jest wstrzymane do godziny {until:%H:%M}. Proszę spróbować ponownie później."
            )
        elif result.locked:
            until = result.locked_until.astimezone(WARSAW)
            error = (
                f"Po {_failures_text()} nieudanych próbach logowania konto zostało zablokowane na "
                f"{LOCK_MINUTES} minut, do godziny {until:%H:%M}. Proszę spróbować ponownie później "
                "albo poprosić administratora o odblokowanie."
            )
        else:
            error = "Nieprawidłowy login lub hasło. Proszę spróbować jeszcze raz."
    return render_template(
        "staff/login.html", error=error, login_value=login_value, next=request.values.get("next", "")
    ), status


def _failures_text() -> str:
    from ivr.staff.accounts import MAX_FAILURES

    return {3: "trzech", 4: "czterech", 5: "pięciu", 10: "dziesięciu"}.get(MAX_FAILURES, str(MAX_FAILURES))


@bp.post("/logout")
def logout():
    services().accounts.end_sessions(g.staff)  # a copy of the cookie stops working too
    session.clear()
    flash("Wylogowano. Do zobaczenia!", "success")
    return redirect(url_for("staff.login"))


def current_login() -> str:
    return g.staff



@bp.errorhandler(Exception)
def unexpected(exc):
    from werkzeug.exceptions import HTTPException

    if isinstance(exc, HTTPException):
        return exc
    current_app.logger.exception("staff page failed: %s", request.path)
    return render_template("staff/error.html", title="Wystąpił błąd", message=(
        "Przepraszamy, coś poszło nie tak i tej czynności nie wykonano. Proszę spróbować ponownie; "
        "jeśli błąd się powtarza, proszę zwrócić się do administratora."
    )), 500
