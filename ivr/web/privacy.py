"""GET /prywatnosc: the public privacy notice (RODO art. 13), the same text callers hear
under key 8 of the message menu (`privacy_notice` in the content file, which staff edit)."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template

bp = Blueprint("privacy", __name__)


@bp.get("/prywatnosc")
def notice():
    content = current_app.extensions["ivr"].content
    text = content.prompts["privacy_notice"].text
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    response = current_app.make_response(render_template(
        "privacy.html", title=paragraphs[0] if paragraphs else "Informacja o ochronie danych osobowych",
        paragraphs=paragraphs[1:], office=content.office.name))
    response.headers["Cache-Control"] = "no-cache"
    response.headers.setdefault("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'")
    return response
