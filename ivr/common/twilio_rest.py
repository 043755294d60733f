"""Twilio's REST client, built one way for every part of the line that talks to Twilio."""
from __future__ import annotations

TWILIO_API = "https://api.twilio.com"


def has_credentials(settings) -> bool:
    return bool(settings.account_sid and settings.auth_token)


def api_url(settings) -> str:
    """Twilio's API, or the loopback fake of the tests and benches (Settings.twilio_api_url)."""
    return getattr(settings, "twilio_api_url", None) or TWILIO_API


def rest_client(settings, timeout: float):
    """A twilio.rest.Client for the account in `settings`, with a request timeout: its
    default is none, and a hung request would hold a caller or a worker indefinitely."""
    from twilio.base.exceptions import TwilioException
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    base = api_url(settings)

    class _OnlyTwilio(TwilioHttpClient):
        """Requests go to Twilio's API (or the loopback fake) and nowhere else: a list page's
        link to the next page (`meta.next_page_url`) is followed as given by the library, with
        the account's credentials, so a link to another host is refused, not sent."""

        def request(self, method, url, *args, **kwargs):
            if url.startswith(TWILIO_API + "/"):
                url = base + url[len(TWILIO_API):]
            elif not url.startswith(base + "/"):
                raise TwilioException("a Twilio link pointed to another host; request not sent")
            return super().request(method, url, *args, **kwargs)

    http_client = _OnlyTwilio(timeout=timeout)
    return Client(settings.account_sid, settings.auth_token, http_client=http_client)


def error_reason(exc: Exception) -> str:
    """Why a request to Twilio failed, for the logs, without the number (Twilio's messages may quote it)."""
    from twilio.base.exceptions import TwilioRestException

    if isinstance(exc, TwilioRestException):
        return f"Twilio error {exc.code} (HTTP {exc.status})"
    return type(exc).__name__


def permanent(exc: Exception) -> bool:
    """Twilio refused the request itself (a bad number, not a mobile): trying again cannot help."""
    from twilio.base.exceptions import TwilioRestException

    return isinstance(exc, TwilioRestException) and 400 <= (exc.status or 0) < 500 and exc.status != 429
