"""Voice webhooks: thin glue between Twilio's form fields, the flow and TwiML.

Each webhook also hands the call's events to the statistics (ivr.stats.record): queued in
memory, written by another thread, so they never change or delay what the caller hears.

Nothing here talks to Twilio's API or waits long: an SMS or a staff notice is a job for the
worker (ivr.jobs), and every database write runs within the request's budget
(ivr.web.budget). A message or call-back request the database does not take in time goes
to the spool; the caller hears "saved" only once it is durable in one or the other."""
from __future__ import annotations

import functools
import logging
from urllib.parse import parse_qsl

from flask import Blueprint, Response, current_app, request, url_for
from sqlalchemy.exc import SQLAlchemyError

from ivr.call import twiml
from ivr.call.catalogue import slow_id
from ivr.call.flow import MISSES, Input, Play, State, Step
from ivr.call.languages import DEFAULT as DEFAULT_LANGUAGE
from ivr.common.privacy import mask_number
from ivr.stats import record as stats
from ivr.messages.desk import UNSTORED
from ivr.web import budget

from ivr.web.misses import note_miss
from ivr.web.security import public_url, twilio_signed

log = logging.getLogger(__name__)
bp = Blueprint("voice", __name__, url_prefix="/voice")
bp.before_request(budget.start)

# Twilio's DialCallStatus -> the transfer's outcome in the statistics (anything else failed).
TRANSFER_OUTCOMES = {"completed": "transfer_answered", "busy": "transfer_busy", "no-answer": "transfer_no_answer"}
MAX_FIELD = 500  # longer speech results are cut: nobody says that much to a menu


def _line():
    return current_app.extensions["ivr"]


def _field(name: str, form=None) -> str:
    """A field of the webhook's form, cut to MAX_FIELD ("" when absent); `form`: the request's form,
    when a view reading several fields has it at hand (each `request` is a proxy's lookup)."""
    # Looked up with `in` first: a MultiDict's get() raises and catches an exception for each
    # field Twilio did not send (most requests lack several).
    if form is None:
        form = request.form
    return form[name][:MAX_FIELD] if name in form else ""


def _confidence(form=None) -> float | None:
    try:
        value = float(_field("Confidence", form))
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


def _state() -> State:
    return state_of(request.query_string)


@functools.lru_cache(maxsize=1024)
def state_of(query: bytes) -> State:
    """The call's state carried in the webhook's query string, parsed once per distinct string (a
    call's URLs repeat: the same few nodes and counters). Read as werkzeug reads `request.args`
    (the first value of each name); a string that is not UTF-8, which werkzeug refuses, is the
    main menu, as any other odd state is."""
    try:
        text = query.decode()
    except UnicodeDecodeError:
        return State()
    args: dict[str, str] = {}
    for name, value in parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote"):
        args.setdefault(name, value)
    return State.from_query(args)


def _next_url(state: State) -> str:
    return url_for("voice.answer", **state.query())


def _audio_url(play: Play) -> str | None:
    """The prompt's built audio: Polish at /audio/<file>, another language at /audio/<lang>/<file>."""
    if play.lang == "pl":
        name = audio_file(_line().audio, play)
        return public_url("audio.serve", name=name) if name else None
    name = audio_file(_line().audio_of(play.lang), play)
    return public_url("audio.serve_language", lang=play.lang, name=name) if name else None


def audio_file(audio, play: Play) -> str | None:
    """The built file of a prompt; in a slow call its slow variant, else its normal recording."""
    if play.slow:
        name = audio.file_for(slow_id(play.id), play.spoken)
        if name:
            return name
    return audio.file_for(play.id, play.spoken)


def _record_url(state: State) -> str:
    return url_for("voice.recorded", **state.query())


# Where the caller is while a step plays, for the statistics: its node, or the choice that
# is no menu (names as in ivr.call.flow). A hang-up step has none: the line ended the call.
_POSITIONS = {"dial": "person", "record": "message", "sms": "sms"}


def _position(step: Step) -> str | None:
    return step.state.node if step.action == "gather" else _POSITIONS.get(step.action)


def _turn(services, now, form=None) -> stats.Turn:
    """The statistics' events of this request: its CallSid and moment bound once."""
    return services.stats.turn(_field("CallSid", form), now)


def _render(step: Step, turn: stats.Turn, came_from: str | None = None) -> Response:
    """The step's TwiML; `came_from` is where the caller was (None: the call just came in)."""
    where = came_from
    for stage in _stages(step, turn):
        position = _position(stage)
        if position and position != where:
            turn.enter(position)
            where = position
        step = stage
    turn.done()
    return Response(_twiml(step), mimetype="text/xml")


def _stages(step: Step, turn: stats.Turn):
    """The step, and what it becomes once its side effect is done (an SMS sent, a call-back request kept)."""
    yield step
    if step.action == "sms":
        sender, number, now = _line().info_sms, _field("From"), _line().now()
        text, news = _line().sms_in(step.state.lang)  # the key-5 SMS in the call's language
        translated = {"text": text, "news": news} if text is not None else {}
        result = budget.within(lambda: sender.send_info(number, now, **translated), "failed", what="info SMS")
        log.info("info SMS to %s: %s", mask_number(_field("From")), result)
        turn.note(stats.OUTCOME, f"sms_{result}")
        yield _line().line_for(step.state.lang).after_sms(result, step.state, now, _field("From"))
    elif step.action == "callback":
        # The number the caller typed and confirmed, else the one they call from.
        result = _keep_callback_request(f"+48{step.state.number}" if step.state.number else _field("From"))
        if result == "saved":
            turn.note(stats.OUTCOME, "callback")
        yield _line().line_for(step.state.lang).after_callback(result, step.state, _field("From"), _line().now())


def _twiml(step: Step) -> str:
    """The step's TwiML, rendered once per step, base URL and audio version (ivr.web.rendered)."""
    app, req = current_app._get_current_object(), request._get_current_object()  # each read once, not per use
    services = app.extensions["ivr"]
    pace = services.line.content.voice
    key = (step, req.host_url, req.root_path, services.audio_generations(), pace)
    return app.extensions["ivr_rendered"].get(key, lambda: twiml.voice(
        step,
        next_url=_next_url(step.state),
        dial_url=url_for("voice.dial_done", **step.state.carried()),
        audio_url=_audio_url,
        record_url=_record_url(step.state),
        recording_callback=public_url("voice.recording_status"),
        pace=pace,
    ))


def _keep_callback_request(number: str) -> str:
    """'saved' once the request is in the database (the staff notice queued) or the spool."""
    desk, now = _line().messages, _line().now()
    result = budget.within(lambda: desk.request_callback(number, now), UNSTORED, what="call-back request")
    if result == UNSTORED:
        result = desk.spool_callback(number, now)
    log.info("call-back request from %s: %s", mask_number(number), result)
    return result


@bp.post("")
@twilio_signed
def incoming():
    services, now = _line(), _line().now()
    log.info("call from %s", mask_number(_field("From")))
    turn = _turn(services, now)
    turn.note(stats.START)
    # A Ukrainian number (+380) hears the Ukrainian line first, when it is offered. A webhook URL
    # naming a language (/voice?lang=uk: the staff simulator's "Połączenie po ukraińsku", or a
    # number of its own for that language) starts in it; Polish when it is not offered.
    asked = request.args.get("lang")
    line = services.line_for(asked) if asked else services.caller_line(_field("From"))
    if line.lang != DEFAULT_LANGUAGE:  # counted by language (a call without it is Polish)
        turn.note(stats.LANGUAGE, line.lang)
    return _render(line.start(now, _field("From")), turn)


@bp.post("/answer")
@twilio_signed
def answer():
    services = _line()
    now, form = services.now(), request.form
    given = Input(digits=_field("Digits", form), speech=_field("SpeechResult", form), confidence=_confidence(form),
                  caller=_field("From", form))
    state, turn = _state(), _turn(services, now, form)
    line = services.line_for(state.lang)  # the call's language, carried in the URL
    target = line.interpret(state, given)
    step = line.respond(state, target, now, given.caller)
    if step.state.lang != state.lang:  # key 8 or the language's name: the call goes on in it
        turn.note(stats.LANGUAGE, step.state.lang)
    _count_input(turn, given, target, lost=step.state.lost > state.lost)
    note_miss(state.node, given.speech, target)  # "Nierozpoznane": off unless IVR_KEEP_MISSES=1
    if step.action == "hangup":
        turn.note(stats.OUTCOME, "goodbye")
    return _render(step, turn, came_from=state.node)


def _count_input(turn: stats.Turn, given: Input, target: str, lost: bool = False) -> None:
    """Key, speech or none; understood or not (never the words themselves). A sign of
    confusion ("nie rozumiem", "halo", a repeat asked twice in a row) is a miss too."""
    kind = "key" if given.digits.strip() else "speech" if given.speech.strip() else "none"
    missed = target in MISSES or lost
    if missed:
        turn.note(stats.MISS, target if target in MISSES else "lost")
    turn.note(stats.INPUT, kind, 0 if missed else 1)


@bp.post("/dial-done")
@twilio_signed
def dial_done():
    services, now = _line(), _line().now()
    status, turn = _field("DialCallStatus"), _turn(services, now)
    turn.note(stats.OUTCOME, TRANSFER_OUTCOMES.get(status, "transfer_failed"))
    state = _state()
    return _render(services.line_for(state.lang).after_dial(status, now, state, _field("From")), turn,
                   came_from="person")


@bp.post("/recorded")
@twilio_signed
def recorded():
    """The Record verb's action, and its fallback redirect when nothing was recorded."""
    services, now = _line(), _line().now()
    desk = services.messages
    left = (_field("From"), _field("RecordingSid"), _field("RecordingUrl"), _field("RecordingDuration"), now)
    # Stored with its staff notice queued, or kept in the spool: only then is it "saved".
    result = budget.within(lambda: desk.message_left(*left), UNSTORED, what="message")
    if result == UNSTORED:
        result = desk.spool_message(*left)
    log.info("message from %s: %s", mask_number(_field("From")), result)
    turn = _turn(services, now)
    if result == "saved":
        turn.note(stats.OUTCOME, "message")
    state = _state()
    return _render(services.line_for(state.lang).after_record(result, state, _field("From")), turn,
                   came_from="message")


@bp.post("/recording")
@twilio_signed
def recording_status():
    """Twilio's recording status callback: no caller waits on it. The message is
    brought home, Twilio's copy deleted, the staff told: by a job, so this answers at once."""
    services = _line()
    ready = (_field("RecordingSid"), _field("RecordingUrl"), _field("RecordingStatus"), _field("RecordingDuration"),
             services.now())

    def note() -> str:
        try:
            return services.messages.recording_ready(*ready)
        except SQLAlchemyError as exc:
            log.error("recording callback: database error %s; the recording stays on Twilio", type(exc).__name__)
            return "unavailable"

    result = budget.within(note, "unavailable", what="recording callback")
    if result == "unavailable":
        if services.messages.spool_recording_ready(*ready):  # the worker handles it later
            return Response(status=204)
        # Neither kept: `ivr messages fetch` (its timer) finds it on Twilio later.
        return Response("database unavailable\n", status=503, mimetype="text/plain")
    log.info("recording callback: %s", result)
    return Response(status=204)


@bp.post("/status")
@twilio_signed
def call_status():
    """Twilio's call status callback (the number's "Call status changes"): the length of a
    finished call, for the statistics. No caller waits on it."""
    if _field("CallStatus") == "completed":
        seconds = _field("CallDuration").strip()
        if seconds.isdigit() and int(seconds) < 24 * 3600:
            turn = _turn(_line(), _line().now())
            turn.note(stats.DURATION, value=int(seconds))
            turn.done()
    return Response(status=204)
