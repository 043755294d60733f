"""GET /audio/<name>: built prompt audio, immutable by its content-hash name; the audio of
another language in its own namespace, GET /audio/<lang>/<name> (audio/uk/ on disk)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory

from ivr.audio.index import AUDIO_NAME, language_audio_dir
from ivr.call.languages import LANGUAGES

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
    return _immutable(runtime.audio.audio_dir, name)


# Only the line's other languages ("uk"), and no slash merging: "/audio//etc/passwd" stays a 404.
_OTHER_LANGUAGES = ", ".join(code for code in LANGUAGES if code != "pl")


@bp.get(f"/audio/<any({_OTHER_LANGUAGES}):lang>/<name>", merge_slashes=False)
def serve_language(lang: str, name: str):
    """A translation's audio: only a language of the line (not Polish, whose URLs stay
    /audio/<name>) and only a name a build makes that exists in that language's folder."""
    if lang == "pl" or lang not in LANGUAGES or not AUDIO_NAME.match(name):
        abort(404)
    folder = language_audio_dir(current_app.extensions["ivr"].audio.audio_dir, lang)
    if not (folder / name).is_file():
        abort(404)
    return _immutable(folder, name)


def _immutable(folder, name: str):
    # "<id>.<content hash>.wav": the hash names the bytes, so it is the ETag on every server
    # (the default one mixes in the file's mtime, which differs between machines).
    content_hash = name.rsplit(".", 2)[-2]
    response = send_from_directory(folder, name, mimetype="audio/wav", conditional=True, etag=content_hash)
    response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response
