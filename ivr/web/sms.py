"""The text line's webhook: a resident's SMS in, one SMS reply per thing asked for out (TwiML <Message>),
and after the hours one with the news of the day (closures, notices)."""
from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request

from ivr.call import twiml
from ivr.common.privacy import mask_number
from ivr.stats.record import SMS
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
    sender = mask_number(request.form.get("From", "", type=str)[:100])
    try:
        runtime = current_app.extensions["ivr"]
        reply = runtime.textline.answer(body, runtime.now())
    except Exception:  # noqa: BLE001 - the resident gets an apology, never silence
        log.exception("SMS from %s: no reply could be made", sender)
        return _xml(twiml.message(APOLOGY))
    # The topic only, never the message: residents may write about their lives.
    log.info("SMS from %s: %s", sender, reply.topic)
    for topic in reply.topic.split("+"):  # what was asked for, for the statistics (never who, never the words)
        runtime.stats.event(None, SMS, topic, runtime.now())
    return _xml(twiml.message(*reply.texts))


def _xml(body: str) -> Response:
    return Response(body, mimetype="text/xml")
