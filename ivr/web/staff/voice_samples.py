"""Voice samples on the simulator page: one sentence of the greeting in each voice this server
can use (ivr.audio.samples), so staff hear them before choosing. Recording runs in a
background thread (it calls the providers); the page only lists and plays what exists."""
from __future__ import annotations

import logging
import threading

from flask import abort, current_app, flash, redirect, send_from_directory, url_for

from ivr.web.staff.blueprint import bp

log = logging.getLogger(__name__)
_running = threading.Lock()


def listed(runtime) -> list[dict]:
    """The samples that exist, best voice first, in a clerk's words."""
    from ivr.audio.samples import available
    from ivr.audio.voices import voice_label

    order = ["azure", "google", "gtts", "espeak"]
    found = available(runtime.settings.audio_dir)
    return [{"engine": name, "label": voice_label(name), "url": url_for("staff.voice_sample", name=found[name])}
            for name in sorted(found, key=lambda n: order.index(n) if n in order else len(order))]


@bp.post("/simulator/voices")
def voice_samples_record():
    runtime = current_app.extensions["ivr"]
    if not _running.acquire(blocking=False):
        flash("Próbki głosów są już nagrywane. Proszę odświeżyć stronę za chwilę.", "info")
        return redirect(url_for("staff.simulator", _anchor="glosy")), 303
    from ivr.audio.samples import sample_sentence

    sentence, audio_dir = sample_sentence(runtime.catalogue), runtime.settings.audio_dir

    def work() -> None:
        from ivr.audio.samples import record

        try:
            record(audio_dir, sentence)
        except Exception:  # noqa: BLE001 - the page shows what exists; the log has why
            log.exception("recording voice samples failed")
        finally:
            _running.release()

    threading.Thread(target=work, name="ivr-voice-samples", daemon=True).start()
    flash("Nagrywanie próbek głosów rozpoczęte. Za kilka sekund proszę odświeżyć stronę.", "success")
    return redirect(url_for("staff.simulator", _anchor="glosy")), 303


@bp.get("/simulator/voices/<name>")
def voice_sample(name: str):
    from ivr.audio.samples import NAME, folder

    runtime = current_app.extensions["ivr"]
    base = folder(runtime.settings.audio_dir)
    if not NAME.match(name) or not (base / name).is_file():
        abort(404)
    return send_from_directory(base, name, mimetype="audio/wav", max_age=60)
