"""The Twilio signature check (ivr/web/security.py): only a request Twilio signed with the
account's token reaches a webhook, and the URLs Twilio is given are the public ones.

These are the tests `make mutate` runs against ivr/web/security.py (tools/mutate.py)."""
from __future__ import annotations

import io

import pytest

from conftest import BASE, sign

PUBLIC = "https://ops.example.org"
WEBHOOKS = ["/voice", "/sms", "/voice/answer?node=main"]


def signed_post(app, path: str, form: dict, token: str, base: str = BASE, **kwargs):
    headers = {"X-Twilio-Signature": sign(base + path, form, token)}
    return app.test_client().post(path, data=form, headers=headers, **kwargs)


FORM = {"CallSid": "CA123", "From": "+48606902915", "Body": "godziny", "Digits": "1"}


@pytest.mark.parametrize("path", WEBHOOKS)
def test_a_request_signed_with_the_token_is_answered(make_app, path):
    assert signed_post(make_app(), path, FORM, "test-auth-token").status_code == 200


@pytest.mark.parametrize("path", WEBHOOKS)
def test_a_request_signed_with_the_empty_key_is_refused_when_no_token_is_set(make_app, path):
    # Without a token the validator would check HMACs made with the empty key: anyone can make those.
    app = make_app(auth_token="")
    assert signed_post(app, path, FORM, "").status_code == 403


def test_a_request_signed_with_the_empty_key_is_refused_when_a_token_is_set(make_app):
    assert signed_post(make_app(), "/voice", FORM, "").status_code == 403


def test_no_signature_header_is_refused_and_logged_with_the_path(make_app, caplog):
    response = make_app().test_client().post("/voice", data=FORM)
    assert response.status_code == 403
    assert "refused an unsigned or wrongly signed request to /voice" in caplog.text


def test_an_empty_signature_header_is_refused(make_app):
    response = make_app().test_client().post("/voice", data=FORM, headers={"X-Twilio-Signature": ""})
    assert response.status_code == 403


def test_a_signature_made_for_other_fields_is_refused(make_app):
    app = make_app()
    headers = {"X-Twilio-Signature": sign(BASE + "/voice/answer", {**FORM, "Digits": "2"})}
    assert app.test_client().post("/voice/answer", data=FORM, headers=headers).status_code == 403


def test_each_token_has_its_own_validator(make_app):
    # The validators are cached per token: a second line with another token must not reuse the first one's.
    first, second = make_app(auth_token="token-one"), make_app(auth_token="token-two")
    assert signed_post(first, "/voice", FORM, "token-one").status_code == 200
    assert signed_post(second, "/voice", FORM, "token-one").status_code == 403
    assert signed_post(second, "/voice", FORM, "token-two").status_code == 200


# -- the URL that was signed -----------------------------------------------------------------


def test_the_query_string_is_signed_exactly_as_it_arrived(make_app):
    app = make_app()
    path = "/voice/answer?node=main&x=a%20b&y=%C5%BC"
    assert signed_post(app, path, FORM, "test-auth-token").status_code == 200
    # The same query written another way, or dropped, is another URL: Twilio did not sign it.
    headers = {"X-Twilio-Signature": sign(BASE + "/voice/answer?node=main&x=a+b&y=%C5%BC", FORM)}
    assert app.test_client().post(path, data=FORM, headers=headers).status_code == 403
    headers = {"X-Twilio-Signature": sign(BASE + "/voice/answer", FORM)}
    assert app.test_client().post(path, data=FORM, headers=headers).status_code == 403


def test_a_path_without_a_query_is_signed_without_a_question_mark(make_app):
    app = make_app()
    headers = {"X-Twilio-Signature": sign(BASE + "/voice?", FORM)}
    assert app.test_client().post("/voice", data=FORM, headers=headers).status_code == 403


def test_behind_a_proxy_the_public_url_is_what_twilio_signed(make_app):
    app = make_app(public_url=PUBLIC)
    assert signed_post(app, "/voice", FORM, "test-auth-token", base=PUBLIC).status_code == 200
    assert signed_post(app, "/voice", FORM, "test-auth-token", base=BASE).status_code == 403


def test_a_line_mounted_under_a_prefix_signs_the_prefix_too(make_app):
    app = make_app()
    overrides = {"environ_overrides": {"SCRIPT_NAME": "/linia"}}
    assert signed_post(app, "/voice", FORM, "test-auth-token", base=BASE + "/linia", **overrides).status_code == 200
    assert signed_post(app, "/voice", FORM, "test-auth-token", base=BASE, **overrides).status_code == 403


def test_a_signature_over_the_public_url_with_its_default_port_is_accepted(make_app):
    # Twilio's signing has differed on the port: the URL with ":443" is signed for the same request.
    app = make_app(public_url=PUBLIC)
    assert signed_post(app, "/voice", FORM, "test-auth-token", base=PUBLIC + ":443").status_code == 200
    assert signed_post(app, "/voice", FORM, "test-auth-token", base=PUBLIC + ":8443").status_code == 403


class CountingValidator:
    """The library's validator, counting how often its slower two-URL check runs."""

    def __init__(self, token: str):
        from twilio.request_validator import RequestValidator

        self.inner, self.slow_checks = RequestValidator(token), 0

    def compute_signature(self, url, form):
        return self.inner.compute_signature(url, form)

    def validate(self, url, form, signature):
        self.slow_checks += 1
        return self.inner.validate(url, form, signature)


def test_the_url_as_it_arrived_is_checked_with_one_hmac_and_the_port_variants_only_after_it():
    from ivr.web.security import signature_valid

    url = "https://ops.example.org/voice/answer?node=main&miss=0"
    validator = CountingValidator("test-auth-token")
    assert signature_valid(validator, url, FORM, sign(url, FORM, "test-auth-token"))
    assert validator.slow_checks == 0
    with_port = "https://ops.example.org:443/voice/answer?node=main&miss=0"
    assert signature_valid(validator, url, FORM, sign(with_port, FORM, "test-auth-token"))
    assert validator.slow_checks == 1
    # Neither the URL nor its port variants: refused after both checks.
    assert not signature_valid(validator, url, FORM, sign(url + "&miss=1", FORM, "test-auth-token"))
    assert not signature_valid(validator, url, {**FORM, "Digits": "2"}, sign(url, FORM, "test-auth-token"))
    assert not signature_valid(validator, url, FORM, sign(url, FORM, "another-token"))
    assert not signature_valid(validator, url, FORM, "ż" + sign(url, FORM, "test-auth-token")[1:])
    assert validator.slow_checks == 5


# -- the development switch and hostile bodies -----------------------------------------------


def test_the_development_switch_lets_an_unsigned_request_through(make_app):
    assert make_app(dev_unsigned=True).test_client().post("/voice", data=FORM).status_code == 200


@pytest.mark.parametrize("dev_unsigned", [False, True])
def test_a_multipart_body_is_refused_even_with_the_development_switch(make_app, dev_unsigned):
    app = make_app(dev_unsigned=dev_unsigned)
    body = {"CallSid": "CA1", "file": (io.BytesIO(b"x" * 100), "a.bin")}
    response = app.test_client().post("/voice", data=body, content_type="multipart/form-data",
                                      headers={"X-Twilio-Signature": "anything"})
    assert response.status_code == 415


# -- URLs handed to Twilio -------------------------------------------------------------------


def test_urls_given_to_twilio_are_under_the_public_url_when_set(make_app):
    from ivr.web.security import public_url

    app = make_app(public_url=PUBLIC)
    with app.test_request_context("/voice", base_url="http://10.0.0.5:8000"):
        assert public_url("audio.serve", name="greeting.wav") == PUBLIC + "/audio/greeting.wav"


def test_urls_given_to_twilio_are_absolute_on_the_request_host_otherwise(make_app):
    from ivr.web.security import public_url

    app = make_app()
    with app.test_request_context("/voice", base_url="http://line.example:8000"):
        assert public_url("audio.serve", name="greeting.wav") == "http://line.example:8000/audio/greeting.wav"
