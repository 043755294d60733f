"""Twilio's webhooks of a call-back bridge ("Oddzwoń", ivr/messages/bridge.py).

The staff phone's call (placed through the REST API) asks /bridge/<id>/answer what to
play, posts the key to /key, and <Dial>'s end to /dial-done; /status and /resident are
the status callbacks of the staff's and the resident's legs. Every one is signed by
Twilio and checked like the line's other webhooks. The resident's number never travels
in a URL: it is read from the item in the database.
"""
from __future__ import annotations

import functools
import logging

from flask import Blueprint, Response, current_app, request, url_for

from ivr.call import twiml
from ivr.messages.bridge import (
    CALL_SID, RESIDENT_RING_SECONDS, SAY_CANCELLED, SAY_CONNECTING, SAY_OUTCOME, CallBridge, CallUrls,
)
from ivr.spoken.normalize import normalize
from ivr.web.security import public_url, twilio_signed

log = logging.getLogger(__name__)
bp = Blueprint("bridge", __name__, url_prefix="/bridge")

APOLOGY = "Przepraszamy, wystąpił problem i nie możemy teraz połączyć. Do usłyszenia."


def _bridge() -> CallBridge:
    return current_app.extensions["ivr"].messages.bridge


def _now():
    return current_app.extensions["ivr"].now()


def _field(name: str) -> str:
    return request.form.get(name, "", type=str)[:100]


def names_its_call(view):
    """Every bridge webhook names the staff phone's call (CallSid; ParentCallSid for the
    resident's leg): one that does not is refused before anything is looked up (issue 34,
    N14). A TwiML webhook gets the polite end (nobody is connected), a status callback 400.
    Applied under @twilio_signed: the signature is checked first."""
    @functools.wraps(view)
    def checked(*args, **kwargs):
        name = "ParentCallSid" if view.__name__ == "resident" else "CallSid"
        if CALL_SID.fullmatch(_field(name)):
            return view(*args, **kwargs)
        log.warning("bridge webhook %s without a valid %s refused", request.path, name)
        if view.__name__ in ("status", "resident"):
            return Response(status=400)
        return _twiml(twiml.bridge_end(normalize(SAY_CANCELLED)))
    return checked


def _twiml(body: str) -> Response:
    return Response(body, mimetype="text/xml")


def call_urls(attempt_id: int) -> CallUrls:
    """The URLs the staff phone's call is placed with (inside a request, or a request context)."""
    return CallUrls(
        answer=public_url("bridge.answer", attempt_id=attempt_id),
        status=public_url("bridge.status", attempt_id=attempt_id),
    )


@bp.post("/<int:attempt_id>/answer")
@twilio_signed
@names_its_call
def answer(attempt_id: int):
    whisper = _bridge().staff_answered(attempt_id, _field("CallSid"), _now())
    if whisper is None:
        return _twiml(twiml.bridge_end(normalize(SAY_CANCELLED)))
    key_url = url_for("bridge.key", attempt_id=attempt_id)
    return _twiml(twiml.bridge_whisper(normalize(whisper), key_url, normalize(SAY_CANCELLED)))


@bp.post("/<int:attempt_id>/key")
@twilio_signed
@names_its_call
def key(attempt_id: int):
    bridge = _bridge()
    resident = bridge.key_pressed(attempt_id, _field("CallSid"), _field("Digits"), _now())
    if resident is None:
        return _twiml(twiml.bridge_end(normalize(SAY_CANCELLED)))
    return _twiml(twiml.bridge_dial(
        normalize(SAY_CONNECTING), resident, caller_id=bridge.line_number,
        action_url=url_for("bridge.dial_done", attempt_id=attempt_id),
        status_url=public_url("bridge.resident", attempt_id=attempt_id), timeout=RESIDENT_RING_SECONDS,
    ))


@bp.post("/<int:attempt_id>/dial-done")
@twilio_signed
@names_its_call
def dial_done(attempt_id: int):
    attempt = _bridge().dial_ended(
        attempt_id, _field("CallSid"), _field("DialCallStatus"), _field("DialCallDuration"), _now())
    outcome = SAY_OUTCOME.get(attempt.state) if attempt else None
    return _twiml(twiml.bridge_end(normalize(outcome) if outcome else None))


@bp.post("/<int:attempt_id>/resident")
@twilio_signed
@names_its_call
def resident(attempt_id: int):
    _bridge().resident_progress(
        attempt_id, _field("ParentCallSid"), _field("CallStatus"), _field("CallDuration"), _now())
    return Response(status=204)


@bp.post("/<int:attempt_id>/status")
@twilio_signed
@names_its_call
def status(attempt_id: int):
    _bridge().staff_progress(attempt_id, _field("CallSid"), _field("CallStatus"), _now())
    return Response(status=204)


@bp.errorhandler(Exception)
def failed(exc):
    """The staff member hears an apology, never Twilio's English error message."""
    from werkzeug.exceptions import HTTPException

    if isinstance(exc, HTTPException):
        return exc
    log.exception("bridge webhook failed on %s", request.path)
    return _twiml(twiml.bridge_end(normalize(APOLOGY)))
