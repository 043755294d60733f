"""GET /audio/<name>: built prompt audio, immutable by its content-hash name."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("audio", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.get("/audio/<name>")
def serve(name: str):
    runtime = current_app.extensions["ivr"]
    # Only names a manifest publishes: no path tricks, no stray files.
    if not runtime.audio.is_servable(name):
        abort(404)
    response = send_from_directory(runtime.audio.audio_dir, name, mimetype="audio/wav", conditional=True, etag=True)
    response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response
