"""Twilio's REST client, built one way for every part of the line that talks to Twilio."""
from __future__ import annotations


def has_credentials(settings) -> bool:
    return bool(settings.account_sid and settings.auth_token)


def rest_client(settings, timeout: float):
    """A twilio.rest.Client for the account in `settings`, with a request timeout: its
    default is none, and a hung request would hold a caller or a worker indefinitely."""
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    return Client(settings.account_sid, settings.auth_token, http_client=TwilioHttpClient(timeout=timeout))


def error_reason(exc: Exception) -> str:
    """Why a request to Twilio failed, for the logs, without the number (Twilio's messages may quote it)."""
    from twilio.base.exceptions import TwilioRestException

    if isinstance(exc, TwilioRestException):
        return f"Twilio error {exc.code} (HTTP {exc.status})"
    return type(exc).__name__
