"""Voice webhooks: thin glue between Twilio's form fields, the flow and TwiML."""
from __future__ import annotations

import logging

from flask import Blueprint, Response, after_this_request, current_app, request, url_for
from sqlalchemy.exc import SQLAlchemyError

from ivr.call import twiml
from ivr.call.flow import Input, Play, State, Step
from ivr.common.privacy import mask_number
from ivr.web.security import public_url, twilio_signed

log = logging.getLogger(__name__)
bp = Blueprint("voice", __name__, url_prefix="/voice")

MAX_FIELD = 500  # longer speech results are cut: nobody says that much to a menu


def _line():
    return current_app.extensions["ivr"]


def _field(name: str) -> str:
    return request.form.get(name, "", type=str)[:MAX_FIELD]


def _confidence() -> float | None:
    try:
        value = float(request.form.get("Confidence", ""))
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


def _state() -> State:
    args = request.args
    return State.parse(args.get("node"), args.get("miss"), args.get("rounds"))


def _next_url(state: State) -> str:
    return url_for("voice.answer", node=state.node, miss=state.miss, rounds=state.rounds)


def _audio_url(play: Play) -> str | None:
    name = _line().audio.file_for(play.id, play.spoken)
    return public_url("audio.serve", name=name) if name else None


def _record_url(state: State) -> str:
    return url_for("voice.recorded", node=state.node, miss=state.miss, rounds=state.rounds)


def _render(step: Step) -> Response:
    if step.action == "sms":
        result = _line().info_sms.send_info(_field("From"), _line().now())
        log.info("info SMS to %s: %s", mask_number(_field("From")), result)
        step = _line().line.after_sms(result, step.state)
    if step.action == "callback":
        step = _line().line.after_callback(_keep_callback_request(), step.state, _field("From"))
    body = twiml.voice(
        step,
        next_url=_next_url(step.state),
        dial_url=url_for("voice.dial_done", rounds=step.state.rounds),
        audio_url=_audio_url,
        record_url=_record_url(step.state),
        recording_callback=public_url("voice.recording_status"),
    )
    return Response(body, mimetype="text/xml")


def _keep_callback_request() -> str:
    services = _line()
    now = services.now()
    result = services.messages.request_callback(_field("From"), now)
    log.info("call-back request from %s: %s", mask_number(_field("From")), result)
    if result == "saved":
        # The staff SMS goes once the caller has their answer: they never wait for Twilio's API.
        _after_response(lambda: services.messages.notify_staff(now))
    return result


def _after_response(work) -> None:
    @after_this_request
    def attach(response: Response) -> Response:
        response.call_on_close(work)
        return response


@bp.post("")
@twilio_signed
def incoming():
    services = _line()
    log.info("call from %s", mask_number(_field("From")))
    return _render(services.line.start(services.now()))


@bp.post("/answer")
@twilio_signed
def answer():
    services = _line()
    given = Input(digits=_field("Digits"), speech=_field("SpeechResult"), confidence=_confidence(), caller=_field("From"))
    return _render(services.line.handle(_state(), given, services.now()))


@bp.post("/dial-done")
@twilio_signed
def dial_done():
    services = _line()
    return _render(services.line.after_dial(_field("DialCallStatus"), services.now(), _state(), _field("From")))


@bp.post("/recorded")
@twilio_signed
def recorded():
    """The Record verb's action, and its fallback redirect when nothing was recorded."""
    services = _line()
    result = services.messages.message_left(
        _field("From"), _field("RecordingSid"), _field("RecordingUrl"), _field("RecordingDuration"), services.now()
    )
    log.info("message from %s: %s", mask_number(_field("From")), result)
    if result == "saved":
        now = services.now()
        _after_response(lambda: services.messages.notify_staff(now))  # told at once, the caller not kept waiting
    return _render(services.line.after_record(result, _state(), _field("From")))


@bp.post("/recording")
@twilio_signed
def recording_status():
    """Twilio's recording status callback: no caller waits on it. The message is
    brought home, Twilio's copy deleted, the staff told."""
    services = _line()
    try:
        result = services.messages.recording_ready(
            _field("RecordingSid"), _field("RecordingUrl"), _field("RecordingStatus"),
            _field("RecordingDuration"), services.now(),
        )
    except SQLAlchemyError as exc:
        log.error("recording callback: database error %s; the recording stays on Twilio", type(exc).__name__)
        return Response("database unavailable\n", status=503, mimetype="text/plain")
    log.info("recording callback: %s", result)
    return Response(status=204)
