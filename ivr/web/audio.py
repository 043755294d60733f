"""GET /audio/<name>: built prompt audio, immutable by its content-hash name."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("audio", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.get("/audio/<name>")
def serve(name: str):
    runtime = current_app.extensions["ivr"]
    # Only names a build makes: no path tricks, no stray files, no manifest, no temp files.
    if not runtime.audio.is_servable(name):
        abort(404)
    # "<id>.<content hash>.wav": the hash names the bytes, so it is the ETag on every server
    # (the default one mixes in the file's mtime, which differs between machines).
    content_hash = name.rsplit(".", 2)[-2]
    response = send_from_directory(runtime.audio.audio_dir, name, mimetype="audio/wav",
                                   conditional=True, etag=content_hash)
    response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response
