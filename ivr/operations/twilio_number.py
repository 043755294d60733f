"""The line's Twilio number and where its webhooks point, through Twilio's REST API
(IncomingPhoneNumbers): what `ivr doctor --online` compares and `ivr twilio connect` sets."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ivr.common.twilio_rest import rest_client

TIMEOUT = 15.0
# Field of the IncomingPhoneNumber resource -> (what staff read, the wanted value's path or method).
WEBHOOKS = {
    "voice_url": ("Połączenia przychodzące (voice URL)", "/voice"),
    "voice_method": ("Metoda dla połączeń", "POST"),
    "sms_url": ("SMS przychodzące (SMS URL)", "/sms"),
    "sms_method": ("Metoda dla SMS", "POST"),
    "status_callback": ("Stan rozmów (status callback)", "/voice/status"),
    "status_callback_method": ("Metoda dla stanu rozmów", "POST"),
    # A TwiML App on the number would override the URLs above: Twilio ignores them then.
    "voice_application_sid": ("Aplikacja TwiML dla połączeń (ma być pusta)", ""),
    "sms_application_sid": ("Aplikacja TwiML dla SMS (ma być pusta)", ""),
}


class NotHttps(ValueError):
    """IVR_PUBLIC_URL is missing or not an https:// address Twilio can reach."""


@dataclass(frozen=True)
class Setting:
    field: str
    label: str
    before: str
    wanted: str

    @property
    def changes(self) -> bool:
        return self.before != self.wanted


def require_https(public_url: str | None) -> str:
    """The public base URL without a trailing slash, or NotHttps saying what is wrong."""
    url = (public_url or "").strip().rstrip("/")
    if not url:
        raise NotHttps("nie jest ustawiony")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise NotHttps(f"{url} nie jest adresem https://")
    if parts.query or parts.fragment:
        raise NotHttps(f"{url} nie może zawierać ? ani #")
    return url


def wanted(public_url: str) -> dict[str, str]:
    """Every webhook setting of the number as the line needs it."""
    return {name: (public_url + value if value.startswith("/") else value) for name, (_, value) in WEBHOOKS.items()}


def current(number) -> dict[str, str]:
    """The number's webhook settings (Twilio's None and '' alike as '')."""
    return {name: getattr(number, name) or "" for name in WEBHOOKS}


def compare(number, public_url: str) -> list[Setting]:
    found, target = current(number), wanted(public_url)
    return [Setting(name, WEBHOOKS[name][0], found[name], target[name]) for name in WEBHOOKS]


def client_for(settings):
    return rest_client(settings, timeout=TIMEOUT)


def find_number(client, phone_number: str):
    """The account's IncomingPhoneNumber for this exact number, or None."""
    for number in client.incoming_phone_numbers.list(phone_number=phone_number, limit=20):
        if number.phone_number == phone_number:
            return number
    return None


def apply(number, settings: list[Setting]):
    """Set what differs in one update; returns the number as Twilio now has it."""
    changes = {s.field: s.wanted for s in settings if s.changes}
    return number.update(**changes) if changes else number


def refusal(exc) -> str:
    """What Twilio said, for a TwilioRestException or the plain TwilioException a failed list page raises."""
    import json

    status, code, message = getattr(exc, "status", None), getattr(exc, "code", None), getattr(exc, "msg", None)
    response = exc.args[1] if len(exc.args) > 1 else None
    if status is None and response is not None:
        status = getattr(response, "status_code", None)
        try:
            body = json.loads(getattr(response, "text", "") or "{}")
        except ValueError:
            body = {}
        code, message = body.get("code"), body.get("message")
    return f"HTTP {status}, błąd {code}: {message or exc}"


def status_of(exc) -> int | None:
    response = exc.args[1] if len(exc.args) > 1 else None
    return getattr(exc, "status", None) or getattr(response, "status_code", None)
