"""The front door, `/`: a public page in Polish for whoever opens the line's address.

It shows what a resident may read anywhere (the office's name, address and phone numbers
from the content file, the line's own number, the opening hours and whether the office is
open now) and links to the staff pages and, once that page exists, to the privacy notice
(/prywatnosc). Nothing secret: no settings, no counts, no names of staff accounts.
"""
from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template

import phonenumbers

from ivr.call.schedule import clock_text, when_phrase
from ivr.common.polish import WEEKDAY_NOMINATIVE

bp = Blueprint("front", __name__)

PRIVACY_PATH = "/prywatnosc"


def has_route(app, path: str) -> bool:
    """True when the app answers `path` (a page another part of the line may add)."""
    return any(rule.rule == path for rule in app.url_map.iter_rules())


def open_now_sentence(schedule, now) -> str:
    """'Ośrodek jest teraz otwarty, do 15:00.' or when it opens next, in plain Polish."""
    status = schedule.status(now)
    if status.is_open:
        return f"Ośrodek jest teraz otwarty, do godziny {clock_text(status.until)}."
    reason = schedule.closed_reason(now.date())
    why = f" (dziś: {reason})" if reason else ""
    if status.next_open is None:
        return f"Ośrodek jest teraz zamknięty{why}. Proszę zadzwonić, aby poznać godziny otwarcia."
    return (f"Ośrodek jest teraz zamknięty{why}. Otwieramy {when_phrase(status.next_open, now)} "
            f"o godzinie {clock_text(status.next_open)}.")


def national_form(number: str) -> str:
    """+48618176130 -> '61 817 61 30'; a number phonenumbers cannot read is shown as written."""
    try:
        parsed = phonenumbers.parse(number, "PL")
    except phonenumbers.NumberParseException:
        return number
    kind = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 48 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, kind)


def weekly_hours(content) -> list[tuple[str, str]]:
    rows = []
    for day, name in enumerate(WEEKDAY_NOMINATIVE):
        hours = content.weekly.get(day)
        rows.append((name, f"{hours.opens.hour}:{hours.opens.minute:02d}–{hours.closes.hour}:{hours.closes.minute:02d}"
                     if hours else "nieczynne"))
    return rows


@bp.get("/")
def index() -> Response:
    runtime = current_app.extensions["ivr"]
    settings = current_app.config["IVR_SETTINGS"]
    content, now = runtime.content, runtime.now()
    body = render_template(
        "front/index.html",
        office=content.office,
        line_number=national_form(settings.line_number) if settings.line_number else None,
        open_now=open_now_sentence(runtime.schedule, now),
        hours=weekly_hours(content),
        privacy=PRIVACY_PATH if has_route(current_app, PRIVACY_PATH) else None,
    )
    response = Response(body, mimetype="text/html")
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    # The open-now sentence changes with the clock: never cached for long.
    response.headers["Cache-Control"] = "no-cache"
    return response
