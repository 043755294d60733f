"""The line's app plus one bare Flask route, served together by gunicorn for bench/webhook.py."""
from flask import Response

from ivr import create_app

app = create_app()

BARE = '<?xml version="1.0" encoding="UTF-8"?><Response><Say>ok</Say></Response>'


@app.post("/bare")
def bare():
    return Response(BARE, mimetype="text/xml")
