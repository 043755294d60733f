"""The web entry point: the Flask app factory, Twilio's webhooks (voice, SMS, audio,
health), the staff pages under /staff, and the call simulator that drives the webhooks
with signed requests (`ivr call`, the staff phone).

May import: any area (ivr.call, ivr.audio, ivr.messages, ivr.staff, ivr.stats, ivr.textline),
ivr.runtime and the shared helpers. Nothing below imports it.
"""
from ivr.web.app import create_app

__all__ = ["create_app"]
