"""The text line's webhook: a resident's SMS in, one SMS reply per thing asked for out (TwiML <Message>),
and after the hours one with the news of the day (closures, notices)."""
from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request

from ivr.call import twiml
from ivr.common.callerid import contact_number
from ivr.common.privacy import mask_number
from ivr.messages.sms_replies import REPLIES_PER_HOUR, ReplyLimit
from ivr.stats.record import SMS
from ivr.textline.replies import MAX_REPLY_SEGMENTS
from ivr.web.security import twilio_signed

log = logging.getLogger(__name__)
bp = Blueprint("sms", __name__)

# Twilio's longest message body; anything longer is not a real SMS.
MAX_BODY = 1600
APOLOGY = "Przepraszamy, wystąpił chwilowy problem. Proszę spróbować ponownie za kilka minut."


@bp.post("/sms")
@twilio_signed
def incoming():
    body = request.form.get("Body", "", type=str)[:MAX_BODY]
    number = request.form.get("From", "", type=str)[:100]
    sender = mask_number(number)
    runtime = current_app.extensions["ivr"]
    try:
        reply = runtime.textline.answer(body, runtime.now())
        texts = reply.texts
        refusal = _no_reply(number, runtime) if texts else None
    except Exception:  # noqa: BLE001 - the resident gets an apology, never silence
        log.exception("SMS from %s: no reply could be made", sender)
        answered = contact_number(number, _settings().callback_international)
        return _xml(twiml.message(APOLOGY) if answered else twiml.message())
    # The topic only, never the message: residents may write about their lives.
    log.info("SMS from %s: %s", sender, reply.topic)
    if refusal:
        log.warning("SMS from %s: no reply, %s", sender, refusal)
        texts = ()
    elif reply.left_out:
        log.info("SMS from %s: %s left out of the reply (over %d segments)", sender, "+".join(reply.left_out),
                 MAX_REPLY_SEGMENTS)
    for topic in reply.topic.split("+"):  # what was asked for, for the statistics (never who, never the words)
        runtime.stats.event(None, SMS, topic, runtime.now())
    return _xml(twiml.message(*texts))


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
