"""GET /audio/<file>, absolute <Play> URLs, and a running line picking up a new build."""
from __future__ import annotations

import pytest

import ivr.audio.index
from ivr.audio.index import RECHECK_SECONDS, AudioIndex
from ivr.audio.build import build

try:  # works whether or not tests/ is a package
    from tests.conftest import MONDAY_OPEN
    from tests.slow_build import ToneEngine
except ImportError:
    from conftest import MONDAY_OPEN
    from slow_build import ToneEngine

PUBLIC = "https://ops.example.org"


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def runtime(app):
    return app.extensions["ivr"]


def build_greeting(app, voice: str = "v1") -> str:
    """Build the app's greeting with the tone engine; return its file name."""
    rt = runtime(app)
    entry = rt.catalogue.entry("greeting")
    report = build([entry], rt.settings.audio_dir, "espeak", engines={"espeak": ToneEngine(voice)})
    assert report.ok
    return next(r.file for r in report.results if r.id == "greeting")


def look_now(app) -> None:
    runtime(app).audio.refresh()  # do not wait for the next 2-second check


@pytest.fixture
def served(make_app):
    app = make_app(MONDAY_OPEN)
    name = build_greeting(app)
    look_now(app)
    return app, name


def test_audio_is_served_as_immutable_wav(served):
    app, name = served
    response = app.test_client().get(f"/audio/{name}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "audio/wav"
    assert response.data == (runtime(app).settings.audio_dir / name).read_bytes()
    assert response.headers["ETag"] == f'"{name.split(".")[-2]}"'
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert int(response.headers["Content-Length"]) == len(response.data)


def test_a_cached_copy_is_confirmed_with_304(served):
    app, name = served
    client = app.test_client()
    etag = client.get(f"/audio/{name}").headers["ETag"]
    again = client.get(f"/audio/{name}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    other = client.get(f"/audio/{name}", headers={"If-None-Match": '"0123456789abcdef0123"'})
    assert other.status_code == 200 and other.data


def test_head_request(served):
    app, name = served
    response = app.test_client().head(f"/audio/{name}")
    assert response.status_code == 200 and response.headers["Content-Type"] == "audio/wav"


@pytest.mark.parametrize("path", [
    "/audio/greeting.0123456789abcdef0123.wav",  # the right shape, but never built
    "/audio/manifest.json",
    "/audio/.build.lock",
    "/audio/{tmp}",
    "/audio/{name}.tmp",
    "/audio/../manifest.json",
    "/audio/..%2fmanifest.json",
    "/audio/%2e%2e/manifest.json",
    "/audio/%2e%2e%2fmanifest.json",
    "/audio/%2e%2e%2f{outside}",
    "/audio/..%5c{outside}",
    "/audio/%5c{name}",
    "/audio/{name_backslash}",
    "/audio//etc/passwd",
    "/audio/%2fetc%2fpasswd",
    "/audio/%2Fetc%2Fpasswd",
    "/audio/C:%5cWindows%5cwin.ini",
    "/audio/{upper}",
    "/audio/{name}%00",
    "/audio/{name}/",
    "/audio/",
    "/audio/.",
    "/audio/..",
])
def test_anything_but_a_built_file_is_404(served, path):
    app, name = served
    audio_dir = runtime(app).settings.audio_dir
    tmp = f".{name}.123.abcd.tmp"
    (audio_dir / tmp).write_bytes(b"RIFF....WAVE")
    outside = "secret.0123456789abcdef0123.wav"
    (audio_dir.parent / outside).write_bytes(b"RIFF....WAVE")
    url = path.format(name=name, tmp=tmp, outside=outside, upper=name.upper(),
                      name_backslash=name.replace(".", "\\", 1))
    response = app.test_client().get(url)
    assert response.status_code == 404, url


def test_play_urls_are_absolute_under_the_public_url(make_app, post):
    app = make_app(MONDAY_OPEN, public_url=PUBLIC)
    name = build_greeting(app)
    look_now(app)
    body = post(app, "/voice", base=PUBLIC).get_data(as_text=True)
    assert f"<Play>{PUBLIC}/audio/{name}</Play>" in body
    local = make_app(MONDAY_OPEN)
    body = post(local, "/voice").get_data(as_text=True)
    assert f"<Play>http://localhost/audio/{name}</Play>" in body
    assert local.test_client().get(f"/audio/{name}").status_code == 200


def test_a_running_line_picks_up_a_new_build(make_app, post, monkeypatch):
    app = make_app(MONDAY_OPEN)
    clock = Clock()
    runtime(app).audio = AudioIndex(runtime(app).settings.audio_dir, clock=clock)  # the line's index, on a test clock
    greeting = runtime(app).catalogue.entry("greeting").spoken
    body = post(app, "/voice").get_data(as_text=True)
    assert "<Play>" not in body and greeting in body  # no audio yet: the fallback voice says it

    reads = []
    real_read = ivr.audio.index.read_manifest
    monkeypatch.setattr(ivr.audio.index, "read_manifest", lambda d: reads.append(d) or real_read(d))
    first = build_greeting(app, "v1")
    clock.now += RECHECK_SECONDS / 2
    assert "<Play>" not in post(app, "/voice").get_data(as_text=True)  # not looked yet
    clock.now += RECHECK_SECONDS / 2 + 0.01
    body = post(app, "/voice").get_data(as_text=True)
    assert f"/audio/{first}</Play>" in body and len(reads) == 1
    for _ in range(5):  # read once: later requests use the loaded manifest
        post(app, "/voice")
    clock.now += 10
    post(app, "/voice")
    assert len(reads) == 1  # the manifest did not change: only its stat was looked at

    second = build_greeting(app, "v2")  # e.g. another voice: new file, same words
    assert second != first
    clock.now += RECHECK_SECONDS + 0.01
    body = post(app, "/voice").get_data(as_text=True)
    assert f"/audio/{second}</Play>" in body and len(reads) == 2
    # A call that started before the new build still gets its file.
    assert app.test_client().get(f"/audio/{first}").status_code == 200


def test_a_manifest_entry_without_its_file_falls_back_to_the_voice(make_app, post):
    app = make_app(MONDAY_OPEN)
    name = build_greeting(app)
    look_now(app)
    assert f"/audio/{name}</Play>" in post(app, "/voice").get_data(as_text=True)
    built = app.test_client().get("/healthz").get_json()["audio"]
    (runtime(app).settings.audio_dir / name).unlink()  # the manifest still lists it
    look_now(app)
    body = post(app, "/voice").get_data(as_text=True)
    assert "<Play>" not in body and runtime(app).catalogue.entry("greeting").spoken in body
    assert app.test_client().get("/healthz").get_json()["audio"] == built - 1
