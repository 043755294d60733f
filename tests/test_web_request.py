"""ivr.web.request: the line's request class parses what werkzeug's does, the same way, and refuses what
werkzeug refuses (a body over the limit, an untrusted host); only the parser object and the repeated host
URL are saved."""
from __future__ import annotations

import io
from urllib.parse import quote_plus, urlencode

import pytest
from flask import Flask
from flask import Request as FlaskRequest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.exceptions import RequestEntityTooLarge, SecurityError
from werkzeug.test import EnvironBuilder

from ivr.web.request import Request

APP = Flask(__name__)


def _environ(body: bytes, content_type: str = "application/x-www-form-urlencoded") -> dict:
    return EnvironBuilder(method="POST", path="/voice/answer", query_string="node=main", data=body,
                          content_type=content_type).get_environ()


def _both(environ: dict):
    """The form and files as werkzeug's own class and ours parse the same request."""
    ours = Request({**environ, "wsgi.input": io.BytesIO(environ["wsgi.input"].getvalue())})
    theirs = FlaskRequest({**environ, "wsgi.input": io.BytesIO(environ["wsgi.input"].getvalue())})
    return ours, theirs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=12), st.text(max_size=40)), max_size=8))
def test_any_url_encoded_form_is_parsed_as_werkzeug_parses_it(pairs):
    body = urlencode(pairs).encode()
    with APP.app_context():
        ours, theirs = _both(_environ(body))
        assert list(ours.form.items(multi=True)) == list(theirs.form.items(multi=True))
        assert type(ours.form) is type(theirs.form)
        assert not ours.files and not theirs.files


@pytest.mark.parametrize("body", [
    b"Digits=1&Digits=2&SpeechResult=", b"SpeechResult=do+kt%C3%B3rej", b"a=%zz&b=%", b"=&&x", b"From=%2B48606902915",
    b"SpeechResult=" + quote_plus("żółć ąę").encode(), b"a", b"",
])
def test_twilio_like_and_malformed_bodies_are_parsed_the_same(body):
    with APP.app_context():
        ours, theirs = _both(_environ(body))
        assert list(ours.form.items(multi=True)) == list(theirs.form.items(multi=True))


def test_a_body_not_in_utf8_gives_the_empty_form_werkzeug_gives():
    with APP.app_context():
        ours, theirs = _both(_environ(b"SpeechResult=\xff\xfe&Digits=1"))
        assert not ours.form and not theirs.form


def test_a_body_over_the_limit_is_refused_as_werkzeug_refuses_it():
    environ = _environ(b"SpeechResult=" + b"a" * 200)
    ours, _ = _both(environ)
    ours.max_content_length = 100
    with pytest.raises(RequestEntityTooLarge):
        ours.form


def test_a_multipart_body_takes_flasks_own_way_with_its_files():
    environ = EnvironBuilder(method="POST", path="/voice/answer",
                             data={"a": "b", "plik": (io.BytesIO(b"x"), "plik.txt")}).get_environ()
    with APP.app_context():
        ours = Request(environ)
        assert ours.form["a"] == "b" and ours.files["plik"].read() == b"x"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:8000", "ivr.example.pl", "xn--kleszczewo-ops.pl:443", "[::1]:5000"])
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_the_host_url_is_werkzeugs_for_every_scheme_and_host(scheme, host):
    environ = EnvironBuilder(path="/voice", base_url=f"{scheme}://{host}").get_environ()
    assert Request(environ).host_url == FlaskRequest(environ).host_url


def test_an_untrusted_host_is_still_refused_on_every_request():
    environ = EnvironBuilder(path="/voice", base_url="http://evil.example").get_environ()
    good = EnvironBuilder(path="/voice", base_url="http://ivr.example.pl").get_environ()
    for _ in range(2):  # the second time too: the host URL is remembered, the check is not
        trusted = Request(good)
        trusted.trusted_hosts = ["ivr.example.pl"]
        assert trusted.host_url == "http://ivr.example.pl/"
        untrusted = Request(environ)
        untrusted.trusted_hosts = ["ivr.example.pl"]
        with pytest.raises(SecurityError):
            untrusted.host_url


def test_the_line_uses_this_request_class(make_app):
    assert make_app().request_class is Request
