"""The text line's webhook: a resident's SMS in, one SMS reply per thing asked for out (TwiML <Message>),
and after the hours one with the news of the day (closures, notices).

Issue 27: a request to be called back becomes a call-back request of the sender's number with
the SMS text (once a day; the staff are told by a job), and the reply says when the office will
call; a number written in the text is only kept in the note, never called. A request to stop
("proszę nie pisać", or Twilio's STOP) puts the number on the do-not-text list; START or
"proszę pisać" takes it off.

Issue 30: a call-back request kept from an SMS gets a second SMS saying why the number and the
text are kept and who holds them; "RODO" (or "dane osobowe", "ochrona danych") gets the notice."""
from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request
from sqlalchemy.exc import SQLAlchemyError

from ivr.call import twiml
from ivr.call.languages import caller_language
from ivr.common.callerid import contact_number
from ivr.common.privacy import mask_number
from ivr.messages.sms_replies import REPLIES_PER_HOUR, ReplyLimit
from ivr.stats.record import SMS
from ivr.textline.replies import CARRIER_START, CARRIER_STOP, MAX_REPLY_SEGMENTS, numbers_in
from ivr.web.security import twilio_signed

log = logging.getLogger(__name__)
bp = Blueprint("sms", __name__)

# Twilio's longest message body; anything longer is not a real SMS.
MAX_BODY = 1600
APOLOGY = "Przepraszamy, wystąpił chwilowy problem. Proszę spróbować ponownie za kilka minut."
# The same for a message in Ukrainian (Cyrillic, or Ukrainian in Latin letters: issue 33).
APOLOGIES = {"pl": APOLOGY, "uk": "Вибачте, сталася тимчасова проблема. Спробуйте ще раз за кілька хвилин."}


@bp.post("/sms")
@twilio_signed
def incoming():
    body = request.form.get("Body", "", type=str)[:MAX_BODY]
    number = request.form.get("From", "", type=str)[:100]
    sender = mask_number(number)
    runtime = current_app.extensions["ivr"]
    lang = "pl"
    try:
        # Answered in the message's language; a text with no letter in it ("👍", "?") in the language of the
        # sender's number, as a call from it starts (Ukrainian from +380, when offered). The staff see the text as sent.
        unwritten = caller_language(number)
        lang = runtime.textlines.language_of(body, unwritten)
        reply = runtime.textlines.answer(body, runtime.now(), unwritten)
        texts = reply.texts
        texts = _act(reply, body, number, runtime) or texts
        refusal = _no_reply(number, runtime) if texts else None
    except Exception:  # noqa: BLE001 - the resident gets an apology, never silence
        log.exception("SMS from %s: no reply could be made", sender)
        answered = contact_number(number, _settings().callback_international)
        return _xml(twiml.message(APOLOGIES.get(lang, APOLOGY)) if answered else twiml.message())
    # The topic only, never the message: residents may write about their lives.
    log.info("SMS from %s: %s (%s)", sender, reply.topic, reply.lang)
    if refusal:
        log.warning("SMS from %s: no reply, %s", sender, refusal)
        texts = ()
    elif reply.left_out:
        log.info("SMS from %s: %s left out of the reply (over %d segments)", sender, "+".join(reply.left_out),
                 MAX_REPLY_SEGMENTS)
    for topic in reply.topic.split("+"):  # what was asked for, for the statistics (never who, never the words)
        runtime.stats.event(None, SMS, topic, runtime.now())
    return _xml(twiml.message(*texts))


def _act(reply, body: str, number: str, runtime) -> tuple[str, ...]:
    """Do what a call-back, stop or start message asks; the reply texts when they depend on it
    (in the reply's language)."""
    topic, line = reply.topic, runtime.textlines[reply.lang]
    desk, now = runtime.messages, runtime.now()
    found = contact_number(number, _settings().callback_international)
    keyword = body.strip().upper()
    if topic in ("stop", "start") or (topic == "carrier" and keyword in CARRIER_STOP | CARRIER_START):
        if found is None:
            return ()
        stop = topic == "stop" or keyword in CARRIER_STOP
        try:
            desk.store.opt_out(found, now) if stop else desk.store.opt_in(found)
        except SQLAlchemyError as exc:  # the reply still goes; the log says the list was not changed
            log.error("do-not-text list not changed: database error %s", type(exc).__name__)
        log.info("SMS from %s: %s texting", mask_number(number), "stop" if stop else "start")
        return ()
    if topic != "callback":
        return ()
    result = desk.request_sms_callback(number, body, now)
    log.info("SMS call-back request from %s: %s", mask_number(number), result)
    other = any(n != found for n in numbers_in(body))
    text = line.callback_reply(result, now, other_number=other and result != "failed")
    if result == "saved":  # the number and the text are kept: who holds them and why (RODO art. 13, issue 30)
        return (text, line.texts["privacy_callback"])
    return (text,)


def _settings():
    return current_app.config["IVR_SETTINGS"]


def _no_reply(number: str, runtime) -> str | None:
    """Why this sender gets no reply (issue 34, N6), for the log; None: reply.
    Replies cost the office per segment: only Polish landlines and mobiles (others when
    IVR_CALLBACK_INTERNATIONAL=1), at most REPLIES_PER_HOUR reply sets per number per hour."""
    settings = _settings()
    found = contact_number(number, settings.callback_international)
    if found is None:
        return "not a landline or mobile number" + ("" if settings.callback_international else " in Poland")
    secret = settings.secret_key or settings.auth_token or "ivr-ops-kleszczewo"
    if not ReplyLimit(runtime.messages.store, secret).allow(found, runtime.now()):
        return f"over the limit of {REPLIES_PER_HOUR} replies per hour"
    return None


def _xml(body: str) -> Response:
    return Response(body, mimetype="text/xml")
