"""The online checks of `ivr doctor --online`: Twilio's REST API knows the account and the
line's number, the number's webhooks point at IVR_PUBLIC_URL, the line answers there, and the
key of each configured official voice (Azure, Google Cloud) works (one free request each)."""
from __future__ import annotations

import os
from typing import Iterator, Mapping

import requests

from ivr.config import Settings
from ivr.operations import twilio_number
from ivr.operations.doctor import IN_ENV_FILE, Check, failed, passed

HEALTHZ_TIMEOUT = 10.0
CONNECT = "ivr twilio connect"
# Check name -> the number's fields it covers.
WEBHOOK_CHECKS = {
    "Webhook połączeń": ("voice_url", "voice_method", "voice_application_sid"),
    "Webhook SMS": ("sms_url", "sms_method", "sms_application_sid"),
    "Webhook stanu rozmów": ("status_callback", "status_callback_method"),
}


def online_checks(settings: Settings, session: requests.Session | None = None) -> Iterator[Check]:
    from twilio.base.exceptions import TwilioException

    try:
        public_url = twilio_number.require_https(settings.public_url)
    except twilio_number.NotHttps as exc:
        public_url = None
        reason = str(exc)
    twilio = _twilio_checks(settings, public_url)
    try:
        yield from twilio
    except TwilioException as exc:
        yield failed("Twilio", f"Twilio odpowiada błędem ({twilio_number.refusal(exc)})",
                     "sprawdzić stan konta w konsoli Twilio; szczegóły błędu: https://www.twilio.com/docs/errors")
    except requests.RequestException as exc:
        yield failed("Twilio", f"brak połączenia z api.twilio.com ({type(exc).__name__})",
                     "sprawdzić połączenie serwera z internetem (DNS, zapora, HTTPS na zewnątrz)")
    if public_url is None:
        yield failed("IVR_PUBLIC_URL/healthz", f"nie sprawdzono: {reason}", f"ustawić IVR_PUBLIC_URL {IN_ENV_FILE}")
    else:
        yield healthz(public_url, session or requests.Session())


VOICE_FIXES = {
    "azure": ("IVR_AZURE_SPEECH_KEY i IVR_AZURE_SPEECH_REGION", "IVR_AZURE_VOICE",
              "portalu Azure (zasób Speech → Keys and Endpoint)"),
    "google": ("IVR_GOOGLE_TTS_KEY", "IVR_GOOGLE_VOICE", "konsoli Google Cloud (APIs & Services → Credentials)"),
}


def voice_checks(env: Mapping[str, str] = os.environ) -> Iterator[Check]:
    """One tiny free request (the voice list) per configured official voice: the key works and
    the provider knows the chosen voice."""
    from ivr.audio.engines import configured_official, make_engine
    from ivr.audio.voices import LABELS

    for name in configured_official(env):  # none configured: nothing to check (gTTS has no key)
        keys, voice_setting, where = VOICE_FIXES[name]
        title = "Głos " + LABELS["azure" if name == "azure" else "google_cloud"].split("(")[1].rstrip(")")
        try:
            engine = make_engine(name, env=env)
        except ValueError as exc:
            yield failed(title, f"błędne ustawienia ({exc})", f"poprawić {keys} {IN_ENV_FILE}")
            continue
        status, detail = engine.check()
        if status == 200 and detail == "voice found":
            yield passed(title, f"klucz działa, głos {engine.voice} jest dostępny")
        elif status == 200:
            yield failed(title, f"klucz działa, ale dostawca nie zna głosu {engine.voice}",
                         f"wpisać w {voice_setting} polski głos z README (część „Audio prompts”) {IN_ENV_FILE}")
        elif status == 401:
            yield failed(title, f"dostawca nie przyjmuje klucza (HTTP 401: {detail})",
                         f"skopiować klucz z {where} do {keys} {IN_ENV_FILE}")
        elif status in (403, 429):
            yield failed(title, f"dostawca odmawia (HTTP {status}: {detail})",
                         "sprawdzić konto u dostawcy: włączona usługa, rozliczenia, limity, ograniczenia klucza")
        elif status is None:
            yield failed(title, f"brak połączenia z {engine.voices_url()} ({detail})",
                         "sprawdzić połączenie serwera z internetem (DNS, zapora, HTTPS na zewnątrz)")
        else:
            yield failed(title, f"nieoczekiwana odpowiedź HTTP {status}: {detail}",
                         f"sprawdzić {keys} i adres usługi {IN_ENV_FILE}")


def _twilio_checks(settings: Settings, public_url: str | None) -> Iterator[Check]:
    from twilio.base.exceptions import TwilioException

    name = "Dane logowania Twilio"
    if not (settings.account_sid and settings.auth_token):
        yield failed(name, "nie sprawdzono: brak TWILIO_ACCOUNT_SID lub TWILIO_AUTH_TOKEN", f"uzupełnić je {IN_ENV_FILE}")
        return
    client = twilio_number.client_for(settings)
    try:
        account = client.api.v2010.accounts(settings.account_sid).fetch()
    except TwilioException as exc:
        if twilio_number.status_of(exc) in (401, 403, 404):
            yield failed(name, f"Twilio odrzuca TWILIO_ACCOUNT_SID i TWILIO_AUTH_TOKEN (HTTP {twilio_number.status_of(exc)}); "
                         "z takim tokenem każde połączenie dostanie 403",
                         f"skopiować Account SID i Auth Token z konsoli Twilio {IN_ENV_FILE}")
            return
        raise
    if account.status != "active":
        yield failed(name, f"konto {account.friendly_name} ma stan „{account.status}”",
                     "wyjaśnić stan konta w konsoli Twilio (Billing, Account)")
        return
    yield passed(name, f"konto {account.friendly_name} jest aktywne")
    name = "Numer linii w Twilio"
    if not settings.line_number:
        yield failed(name, "nie sprawdzono: brak IVR_LINE_NUMBER", f"wpisać numer linii {IN_ENV_FILE}")
        return
    number = twilio_number.find_number(client, settings.line_number)
    if number is None:
        yield failed(name, f"{settings.line_number} nie należy do konta {settings.account_sid}",
                     "sprawdzić IVR_LINE_NUMBER i konto w konsoli Twilio (Phone Numbers → Active numbers)")
        return
    yield passed(name, f"{number.phone_number} ({number.sid})")
    if public_url is None:
        for check in WEBHOOK_CHECKS:
            yield failed(check, "nie sprawdzono: IVR_PUBLIC_URL nie jest adresem https", f"ustawić IVR_PUBLIC_URL {IN_ENV_FILE}")
        return
    settings_by_field = {s.field: s for s in twilio_number.compare(number, public_url)}
    for check, fields in WEBHOOK_CHECKS.items():
        wrong = [settings_by_field[f] for f in fields if settings_by_field[f].changes]
        if wrong:
            found = "; ".join(f"{s.label}: {s.before or 'puste'} zamiast {s.wanted or 'puste'}" for s in wrong)
            yield failed(check, found, CONNECT)
        else:
            yield passed(check, settings_by_field[fields[0]].wanted)


def healthz(public_url: str, session: requests.Session) -> Check:
    """The line answers at its public address, through Caddy, as Twilio would reach it."""
    name = "IVR_PUBLIC_URL/healthz"
    url = public_url + "/healthz"
    try:
        response = session.get(url, timeout=HEALTHZ_TIMEOUT)
    except requests.RequestException as exc:
        return failed(name, f"{url} nie odpowiada ({type(exc).__name__})",
                      "sprawdzić: systemctl status ivr caddy; rekord DNS domeny; porty 80 i 443 otwarte")
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code != 200 or not isinstance(body, dict) or body.get("status") != "ok":
        return failed(name, f"{url} odpowiada HTTP {response.status_code}, nie stanem linii",
                      "sprawdzić: journalctl -u ivr -u caddy; czy Caddy przekazuje ruch do gunicorna (deploy/Caddyfile)")
    return passed(name, f"{url} odpowiada (komunikaty: {body.get('prompts')}, nagrania: {body.get('audio')})")
