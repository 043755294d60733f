"""The line's app plus one bare Flask route (and one that only checks the signature), served together by
gunicorn for bench/webhook.py and called in process by bench/webhook_parts.py."""
from flask import Response

from ivr import create_app
from ivr.web.security import twilio_signed

app = create_app()

BARE = '<?xml version="1.0" encoding="UTF-8"?><Response><Say>ok</Say></Response>'


@app.post("/bare")
def bare():
    return Response(BARE, mimetype="text/xml")


@app.post("/signed")
@twilio_signed
def signed():
    """The signature checked (its form parsed), nothing else: what a webhook pays before the flow."""
    return Response(BARE, mimetype="text/xml")
