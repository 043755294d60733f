"""Twilio webhook signature checks."""
from __future__ import annotations

import functools
import hmac
import logging

from flask import abort, current_app, request, url_for
from twilio.request_validator import RequestValidator

log = logging.getLogger(__name__)


def signed_url(req, public: str | None) -> str:
    """The URL Twilio signed: the public base URL when set (behind a proxy or tunnel),
    with the query string exactly as it arrived."""
    base = public or req.host_url.rstrip("/")
    query = req.query_string.decode("latin-1")
    return base + req.root_path + req.path + (f"?{query}" if query else "")


def public_url(endpoint: str, **values) -> str:
    """An absolute URL Twilio can fetch, under IVR_PUBLIC_URL when set."""
    public = current_app.config["IVR_SETTINGS"].public_url
    if public:
        return public + url_for(endpoint, **values)
    return url_for(endpoint, _external=True, **values)


@functools.lru_cache(maxsize=4)
def _validator(auth_token: str) -> RequestValidator:
    """One validator per token, not one per request."""
    return RequestValidator(auth_token)


def signature_valid(validator: RequestValidator, url: str, form, signature: str) -> bool:
    """Whether Twilio signed this URL and form. The URL as it arrived is what Twilio signs: one
    HMAC decides the usual request. Only when that fails does the library's own check run, which
    also tries the URL with and without the port (Twilio's signing has differed there), so every
    request the library accepts is still accepted."""
    if hmac.compare_digest(validator.compute_signature(url, form).encode(), signature.encode()):
        return True
    return validator.validate(url, form, signature)


def twilio_signed(view):
    """Refuse a webhook request that Twilio did not sign (403)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        settings = current_app.config["IVR_SETTINGS"]
        req = request._get_current_object()  # the request itself, not its proxy: read several times here
        if req.mimetype.startswith("multipart/"):
            abort(415)  # Twilio posts url-encoded forms; a multipart body is never parsed (nor spooled)
        if settings.dev_unsigned:
            return view(*args, **kwargs)
        signature = req.headers.get("X-Twilio-Signature", "")
        if not settings.auth_token or not signature or not signature_valid(
            _validator(settings.auth_token), signed_url(req, settings.public_url), req.form, signature
        ):
            log.warning("refused an unsigned or wrongly signed request to %s", req.path)
            abort(403)
        return view(*args, **kwargs)

    return wrapper
