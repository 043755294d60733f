"""The caller's number in the line's own voice (issue 25): pre-built pieces played in a row, the
fallback voice only when a piece is missing."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import FRIDAY_EVENING

from ivr.audio.build import build, status
from ivr.audio.mastering import measure
from ivr.call.catalogue import Catalogue, number_groups, number_groups_of, piece_id
from ivr.call.content import load_content
from ivr.config import ROOT
from ivr.runtime import make_schedule

CALLER = "+48606902915"  # read back as 606 902 915
FIXED = ["callback_number.part0", "callback_number.part1", "privacy_callback", "menu_callback"]  # privacy_callback: issue 30


def real_catalogue(pieces: bool) -> Catalogue:
    content = load_content(ROOT / "prompts")
    return Catalogue(content, make_schedule(content), FRIDAY_EVENING.date(), pieces=pieces)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The read-back's fixed words, the menu after it, and the pieces of 606 902 915 only."""
    catalogue = real_catalogue(pieces=True)
    wanted = {*FIXED, *(piece_id(g) for g in ("606", "902", "915"))}
    audio = tmp_path_factory.mktemp("pieces") / "audio"
    report = build([e for e in catalogue if e.id in wanted], audio, "espeak", jobs=2)
    assert sorted(report.built) == sorted(wanted)
    return audio


def readback(make_app, post, audio, caller=CALLER):
    app = make_app(FRIDAY_EVENING, audio_dir=audio)
    root = ET.fromstring(post(app, "/voice/answer?node=leave_word&miss=0&rounds=0", {"Digits": "2", "From": caller}).get_data())
    by_file = {e["file"]: e["id"] for e in app.extensions["ivr"].audio.entries()}
    heard = []
    for element in root.find("Gather"):
        if element.tag == "Play":
            heard.append(by_file[element.text.rsplit("/", 1)[1]])
        elif element.tag == "Say":
            heard.append("Say: " + ET.tostring(element, encoding="unicode"))
    return heard


def test_every_group_a_number_is_read_in_has_a_piece():
    groups = number_groups()
    assert len(groups) == 10 + 100 + 1000 + 1 and len(set(groups)) == len(groups)
    catalogue = real_catalogue(pieces=True)
    assert catalogue.piece("05").spoken == "zero pięć" and catalogue.piece("000").spoken == "zero zero zero"
    assert catalogue.piece("606").spoken == "sześćset sześć" and catalogue.piece("plus").spoken == "plus"
    assert all(piece_id(g) in catalogue.entries for g in groups)
    assert not any(e.id.startswith("number.") for e in real_catalogue(pieces=False))  # look-ups need none
    assert number_groups_of("61 817 05 30") == ["61", "817", "05", "30"]
    assert number_groups_of("plus 49, 15, 12, 345, 67, 89") == ["plus", "49", "15", "12", "345", "67", "89"]


def test_the_read_back_plays_only_built_audio_when_the_pieces_are_built(make_app, post, built):
    number = ["number.606", "number.902", "number.915"]
    assert readback(make_app, post, built) == [
        "callback_number.part0", *number, "callback_number.part1", *number, "privacy_callback", "menu_callback"]


def test_a_missing_piece_makes_the_fallback_voice_read_that_number(make_app, post, built):
    # 606 000 111: pieces 000 and 111 are not built; the fixed words still play.
    heard = readback(make_app, post, built, "+48606000111")
    said = ('Say: <Say language="pl-PL" voice="Polly.Ewa"><prosody rate="85%">sześćset sześć, <break time="1000ms" />'
            'zero zero zero, <break time="1000ms" />sto jedenaście.</prosody></Say>')
    assert heard == ["callback_number.part0", said, "callback_number.part1", said, "privacy_callback", "menu_callback"]


def test_a_piece_is_the_group_then_the_dictation_pause(built, make_app):
    app = make_app(FRIDAY_EVENING, audio_dir=built)
    entry = app.extensions["ivr"].audio.entry("number.606")
    got = measure((built / entry["file"]).read_bytes())
    assert got["lead_silence_ms"] <= 30  # the pause is after each group, not before
    assert abs(got["tail_silence_ms"] - 1000) <= 150  # [voice] dictation_pause_ms


def test_status_counts_the_pieces_apart_from_the_prompts(built):
    catalogue = real_catalogue(pieces=True)
    report = status(catalogue, built)
    assert report.pieces == 1111 and report.pieces_built == 3
    assert report.total == len(real_catalogue(pieces=False))
    assert not any(pid.startswith("number.") for pid in report.missing)
