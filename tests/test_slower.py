""""wolniej" (issue 25): the last item again from its slow recording, the rest of the call slow,
through the real webhooks, with audio built for the few prompts these calls play."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import FRIDAY_EVENING, MONDAY_OPEN

from ivr.audio.build import build
from ivr.audio.mastering import measure
from ivr.call.catalogue import slow_id
from ivr.call.flow import SLOWER, State

# What the hours item plays on Monday 10:00, and the main menu after "*".
PLAYED = ("status_open.16-00", "info_hours", "reserved_keys", "menu_main")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The normal and slow recordings of PLAYED, but reserved_keys without its slow one."""
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.config import ROOT
    from ivr.runtime import make_schedule

    content = load_content(ROOT / "prompts")
    catalogue = Catalogue(content, make_schedule(content), MONDAY_OPEN.date())
    wanted = {*PLAYED, *(slow_id(p) for p in PLAYED if p != "reserved_keys")}
    audio = tmp_path_factory.mktemp("slower") / "audio"
    report = build([e for e in catalogue if e.id in wanted], audio, "espeak", jobs=2)
    assert sorted(report.built) == sorted(wanted)
    return audio


@pytest.fixture
def app(make_app, built):
    return make_app(MONDAY_OPEN, audio_dir=built)


def turn(post, app, path, form):
    """(prompt ids played, Say texts, the next webhook's state) of one answer."""
    root = ET.fromstring(post(app, path, form).get_data())
    audio = app.extensions["ivr"].audio
    by_file = {e["file"]: e["id"] for e in audio.entries()}
    played = [by_file[el.text.rsplit("/", 1)[1]] for el in root.iter("Play")]
    said = [ET.tostring(el, encoding="unicode") for el in root.iter("Say")]
    action = root.find(".//Gather").get("action")
    return played, said, State.from_query({k: v[0] for k, v in parse_qs(urlsplit(action).query).items()}), action


@pytest.mark.parametrize("form", [{"Digits": "7"}, {"SpeechResult": "wolniej proszę", "Confidence": "0.9"},
                                  {"SpeechResult": "za szybko pani mówi", "Confidence": "0.9"},
                                  {"SpeechResult": "nie nadążam", "Confidence": "0.9"},
                                  {"SpeechResult": "głośniej", "Confidence": "0.9"},
                                  {"SpeechResult": "siódemka", "Confidence": "0.9"}])
def test_wolniej_after_an_item_replays_it_from_its_slow_recording(app, post, form):
    played, _, state, _ = turn(post, app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "1"})
    assert played == ["status_open.16-00", "info_hours", "reserved_keys"] and not state.slow
    played, said, state, action = turn(post, app, "/voice/answer?node=hours&miss=0&rounds=0", form)
    # The slow recordings where built; reserved_keys has none: its normal recording, never silence.
    assert played == ["status_open.16-00.slow", "info_hours.slow", "reserved_keys"] and said == []
    assert state == State("hours", slow=1) and "slow=1" in action


def test_the_rest_of_the_call_stays_slow(app, post):
    played, _, state, action = turn(post, app, "/voice/answer?node=hours&miss=0&rounds=0&slow=1", {"Digits": "*"})
    assert played == ["menu_main.slow"] and state.slow
    played, _, state, _ = turn(post, app, action, {"Digits": "1"})
    assert played == ["status_open.16-00.slow", "info_hours.slow", "reserved_keys"] and state.slow
    # A call that never asked hears the normal recordings.
    played, _, _, _ = turn(post, app, "/voice/answer?node=hours&miss=0&rounds=0", {"Digits": "*"})
    assert played == ["menu_main"]


def test_the_slow_recording_is_at_least_15_percent_longer(app, built):
    audio = app.extensions["ivr"].audio
    for prompt in ("info_hours", "menu_main", "status_open.16-00"):
        normal = measure((built / audio.entry(prompt)["file"]).read_bytes())["duration_s"]
        slow = measure((built / audio.entry(slow_id(prompt))["file"]).read_bytes())["duration_s"]
        assert slow >= 1.15 * normal, (prompt, normal, slow)


def test_without_slow_audio_the_fallback_voice_is_slower_too(make_app, post, tmp_path):
    app = make_app(FRIDAY_EVENING, audio_dir=tmp_path / "none")
    _, said, _, _ = turn(post, app, "/voice/answer?node=main&miss=0&rounds=0", {"Digits": "1"})
    assert all('<prosody rate="85%">' in s for s in said)
    _, said, state, _ = turn(post, app, "/voice/answer?node=hours&miss=0&rounds=0", {"Digits": "7"})
    # 0.8 of the tempo: 0.85 * 0.8 = 68 %; the hours' dictation pause half as long again.
    assert state.slow and said and all('<prosody rate="68%">' in s for s in said)
    assert '<break time="1500ms" />' in "".join(said)


def test_slow_outlives_a_transfer_and_a_message(line):
    slow = State("main", slow=1)
    after = line.after_dial("busy", MONDAY_OPEN, State.from_query({k: str(v) for k, v in slow.carried().items()}))
    assert after.state.slow and all(p.slow for p in after.prompts)
    assert line.after_record("saved", slow).state.slow
    assert line.respond(State("hours"), SLOWER, MONDAY_OPEN).state.slow
    assert not line.respond(State("hours"), "repeat", MONDAY_OPEN).state.slow


def test_staff_hear_the_slow_recordings_in_the_simulator(app):
    from ivr.web.simulator import CallSimulator, inputs_from

    turns = CallSimulator(app).call(inputs_from("17"))
    names = [url.rsplit("/", 1)[1] for url in turns[2].audio if url]
    assert [n.split(".")[0] + (".slow" if ".slow." in n else "") for n in names] == [
        "status_open.slow", "info_hours.slow", "reserved_keys"]
