"""Where sign-in sends a clerk back to (`next`): only a page of the staff area, never
another site. Each target here passes every rule but the one its name gives."""
from __future__ import annotations

import re

import pytest

from conftest import MONDAY_OPEN

PASSWORD = "dobre-haslo-123"


@pytest.fixture
def app(make_app):
    app = make_app(MONDAY_OPEN)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


def sign_in_to(app, target: str) -> str:
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)[1]
    response = client.post("/staff/login", data={
        "login": "anna", "password": PASSWORD, "csrf_token": csrf, "next": target})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


@pytest.mark.parametrize("target", [
    "//evil.example/staff",  # protocol-relative: the path starts with /staff, only the host gives it away
    "//evil.example/staff/hours",
    "https://evil.example/staff/hours",  # the scheme and the host
    "https:/staff/hours",  # a scheme alone, no host
])
def test_a_next_on_another_host_goes_home(app, target):
    assert sign_in_to(app, target) == "/staff/"


def test_a_next_inside_the_staff_pages_is_followed(app):
    assert sign_in_to(app, "/staff/hours?x=1") == "/staff/hours?x=1"
