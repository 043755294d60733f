"""Issue 35, credentials and hosts: the account's credentials go to Twilio's API and nowhere else,
also through the twilio library's REST client (`ivr doctor --online`, `ivr twilio connect`, the
call-back bridge, SMS). Twilio's list pages carry a link to the next page (`meta.next_page_url`,
`next_page_uri`); the library follows such a link as given, with the account's credentials.
A page that points elsewhere must not take them there.

The transport (requests.Session.send) is replaced by a recorder that answers like Twilio; the
library and ivr/common/twilio_rest.py run unchanged above it. No request leaves the machine."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
import requests
from twilio.base.exceptions import TwilioException

from ivr.operations import twilio_number

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "9e107d9d372bb6826bd81d3542a419d6"
LINE = "+48618176130"
TWILIO = "https://api.twilio.com"
LOOPBACK = "http://127.0.0.1:18443"  # the tests' fake API (IVR_TWILIO_API_URL)


class Transport:
    """Answers every request the twilio library sends: the first list page holds no matching number
    and links to `link`; everything sent is kept with whether it carried credentials."""

    def __init__(self, link_field: str, link: str):
        self.link_field, self.link, self.sent = link_field, link, []

    def send(self, prepared, **kwargs):
        self.sent.append((prepared.url, "Authorization" in prepared.headers))
        page = {"incoming_phone_numbers": [], "page": 0, "page_size": 20}
        if len(self.sent) == 1:
            if self.link_field == "meta":
                page["meta"] = {"key": "incoming_phone_numbers", "next_page_url": self.link}
            else:
                page["next_page_uri"] = self.link
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps(page).encode()
        response.headers["Content-Type"] = "application/json"
        response.url = prepared.url
        response.request = prepared
        return response


def settings(base: str | None) -> SimpleNamespace:
    return SimpleNamespace(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, twilio_api_url=base)


def hosts_with_credentials(transport: Transport) -> set[str]:
    return {requests.utils.urlparse(url).netloc for url, credentials in transport.sent if credentials}


HOSTILE = [
    ("meta", "https://evil.example/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1"),
    ("meta", "https://api.twilio.com.evil.example/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1"),
    ("meta", "https://api-twilio.com/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1"),
    ("meta", "https://api.twilio.com@evil.example/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json"),
    ("meta", "http://api.twilio.com/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1"),  # in clear
    ("meta", "http://127.0.0.1:18444/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1"),  # another port
]


@pytest.mark.parametrize("base", [None, LOOPBACK], ids=["api.twilio.com", "loopback fake"])
@pytest.mark.parametrize("field, link", HOSTILE)
def test_a_paging_link_elsewhere_gets_no_credentials_from_the_rest_client(monkeypatch, base, field, link):
    transport = Transport(field, link)
    monkeypatch.setattr(requests.Session, "send", lambda session, prepared, **kw: transport.send(prepared, **kw))
    client = twilio_number.client_for(settings(base))
    try:
        twilio_number.find_number(client, LINE)
        refused = None
    except TwilioException as exc:
        refused = exc
    expected = requests.utils.urlparse(base or TWILIO).netloc
    assert hosts_with_credentials(transport) == {expected}, transport.sent
    assert len(transport.sent) == 1  # the hostile page was never asked for at all
    # The doctor and `ivr twilio connect` report a TwilioException as Twilio's refusal.
    assert isinstance(refused, TwilioException)


@pytest.mark.parametrize("base", [None, LOOPBACK], ids=["api.twilio.com", "loopback fake"])
@pytest.mark.parametrize("field, link", [
    ("uri", "/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1&PageToken=PA1"),
    ("meta", "https://api.twilio.com/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1&PageToken=PA1"),
])
def test_a_paging_link_on_twilio_is_still_followed(monkeypatch, base, field, link):
    transport = Transport(field, link)
    monkeypatch.setattr(requests.Session, "send", lambda session, prepared, **kw: transport.send(prepared, **kw))
    client = twilio_number.client_for(settings(base))
    assert twilio_number.find_number(client, LINE) is None  # both pages read, no such number
    assert len(transport.sent) == 2
    expected = requests.utils.urlparse(base or TWILIO).netloc
    assert hosts_with_credentials(transport) == {expected}
    assert transport.sent[1][0].endswith("/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1&PageToken=PA1")
