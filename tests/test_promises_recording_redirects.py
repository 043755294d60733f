"""Issue 35, credentials and hosts: Twilio answers a recording's media URL with a redirect to
where the audio is stored. Whatever host the redirect names, the account's credentials stay
with api.twilio.com: the download follows it without them (and a hostile host gets nothing
it can use). A transport adapter answers like Twilio; requests and RecordingKeeper run
unchanged above it. No request leaves the machine."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
import requests
from requests.adapters import HTTPAdapter

from fake_twilio import ACCOUNT_SID, AUTH_TOKEN, make_wav
from ivr.common.sealed import Sealer, new_key, parse_key
from ivr.messages.recordings import RecordingKeeper
from ivr.messages.store import Store

SID = "RE" + "4" * 32
NOW = datetime(2026, 12, 4, 18, 0, tzinfo=timezone.utc)


class TwilioWithStorage(HTTPAdapter):
    """api.twilio.com redirects the media to `location`; that host serves the WAV; DELETE on
    api.twilio.com answers 204. Every request is kept with whether it carried credentials."""

    def __init__(self, location: str, body: bytes):
        super().__init__()
        self.location, self.body, self.sent = location, body, []

    def send(self, request, **kwargs):
        self.sent.append((request.method, request.url, request.headers.get("Authorization")))
        response = requests.Response()
        response.request, response.url = request, request.url
        twilio = request.url.startswith("https://api.twilio.com/2010-04-01/")
        if twilio and request.method == "GET":
            response.status_code = 302
            response.headers["Location"] = self.location
        elif twilio and request.method == "DELETE":
            response.status_code = 204
        else:
            response.status_code = 200
            response.headers["Content-Length"] = str(len(self.body))
            response.raw = __import__("io").BytesIO(self.body)
        return response


@pytest.mark.parametrize("location", [
    "https://media.example-storage.com/recordings/x.wav",  # storage elsewhere, as Twilio does
    "https://evil.example/steal",
    "https://api.twilio.com.evil.example/x.wav",  # a look-alike
    "http://api.twilio.com/x.wav",  # Twilio's own host, in clear: the token would cross the network readable
])
def test_a_media_redirect_elsewhere_is_followed_without_the_credentials(tmp_path, location):
    store = Store(f"sqlite:///{tmp_path / 'ivr.sqlite3'}")
    store.upgrade()
    message = store.note_recording(SID, now=NOW, number="+48606902915", duration=7, url="u")
    adapter = TwilioWithStorage(location, make_wav(7))
    session = requests.Session()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    sealer = Sealer(parse_key(new_key()))  # recordings are kept encrypted (issue 30)
    keeper = RecordingKeeper(store, tmp_path / "recordings", ACCOUNT_SID, AUTH_TOKEN, session=session,
                             sleep=lambda s: None, sealer=sealer)
    assert keeper.keep(message, NOW)  # the audio arrived and Twilio's copy was deleted
    with_credentials = {url for _, url, authorization in adapter.sent if authorization}
    assert with_credentials == {
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.wav",
        f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{SID}.json",
    }
    assert (location.split("#")[0], None) in {(url, a) for _, url, a in adapter.sent}
    assert sealer.read(tmp_path / "recordings" / f"{SID}.wav") == make_wav(7)
    store.engine.dispose()
