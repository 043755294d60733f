"""Residents' data requests on the staff pages, for admins only (ADMIN_ENDPOINTS): export
everything held about a number as a ZIP (report and audio), or erase it
(ivr.operations.data_requests, the same code as `ivr privacy`)."""
from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from flask import current_app, g, render_template, request, send_file

from ivr.operations.data_requests import DataRequests, RequestError
from ivr.web.staff.blueprint import bp


def _requests() -> DataRequests:
    runtime = current_app.extensions["ivr"]
    return DataRequests(current_app.config["IVR_SETTINGS"], runtime.messages)


@bp.get("/privacy")
def privacy():
    number = request.args.get("numer", "").strip()[:40]
    held, error = None, None
    if number:
        try:
            held = _requests().find(number)
        except RequestError as exc:
            error = str(exc)
    return render_template("staff/privacy.html", number=number, held=held, error=error, erased=None)


@bp.post("/privacy/export")
def privacy_export():
    number = request.form.get("numer", "").strip()[:40]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            held, folder = _requests().export(number, Path(tmp), g.staff)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(folder.iterdir()):
                    archive.write(path, path.name)
    except RequestError as exc:
        return render_template("staff/privacy.html", number=number, held=None, error=str(exc), erased=None), 400
    buffer.seek(0)
    name = f"dane-{held.number.lstrip('+')}-{datetime.now():%Y%m%d}.zip"
    response = send_file(buffer, mimetype="application/zip", as_attachment=True, download_name=name)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/privacy/erase")
def privacy_erase():
    number = request.form.get("numer", "").strip()[:40]
    if request.form.get("potwierdzam") != "tak":
        held = None
        try:
            held = _requests().find(number)
        except RequestError:
            pass
        return render_template("staff/privacy.html", number=number, held=held, erased=None,
                               error="Aby usunąć dane, proszę zaznaczyć potwierdzenie."), 400
    try:
        held, erased = _requests().erase(number, g.staff)
    except RequestError as exc:
        return render_template("staff/privacy.html", number=number, held=None, error=str(exc), erased=None), 400
    return render_template("staff/privacy.html", number=number, held=None, error=None, erased=erased)
