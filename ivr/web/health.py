"""GET /healthz for monitoring: the content is loaded (from the file or a kept fallback) and how much audio is built."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    runtime = current_app.extensions["ivr"]
    built = sum(1 for entry in runtime.catalogue if runtime.audio.file_for(entry.id, entry.spoken))
    # 200 either way, for the phone line's sake; "fallback": pl.toml is broken, a kept version answers.
    return jsonify(status="ok", prompts=len(runtime.catalogue), audio=built, content=runtime.content_source)
