"""The staff guide, "Instrukcja dla pracowników": docs/instrukcja-dla-pracownikow.md shown on the
staff pages (markdown-it, raw HTML off), with its screenshots from docs/ (instrukcja-*.png only).
The same file is the printable guide in the repository."""
from __future__ import annotations

import re

from flask import abort, render_template, send_from_directory, url_for
from markupsafe import Markup

from ivr.config import ROOT
from ivr.web.staff.blueprint import bp

DOCS = ROOT / "docs"
GUIDE = DOCS / "instrukcja-dla-pracownikow.md"
IMAGE = re.compile(r"^instrukcja-[a-z0-9-]+\.png$")


def guide_html() -> Markup:
    from markdown_it import MarkdownIt

    text = GUIDE.read_text(encoding="utf-8")
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    # The screenshots sit next to the file in docs/; on the page they are served below /staff/instrukcja/.
    html = re.sub(r'src="(instrukcja-[a-z0-9-]+\.png)"',
                  lambda m: f'src="{url_for("staff.guide_image", name=m[1])}"', html)
    return Markup(html)


@bp.get("/instrukcja")
def guide():
    return render_template("staff/guide.html", guide=guide_html())


@bp.get("/instrukcja/<name>")
def guide_image(name: str):
    if not IMAGE.match(name) or not (DOCS / name).is_file():
        abort(404)
    return send_from_directory(DOCS, name, mimetype="image/png", max_age=3600)
