"""Rounds one hundred and one hundred and one of issue 23 (bench/fresh100: a new writer's ordinary winter week of calls
from the whole municipality; bench/fresh101: another given only the terse brief, slow callers who repeat and correct
themselves, stammer or mishear the menu). Someone gone out in slippers and not back, a disconnection told to someone in
the room that is no goodbye, "nie mogę długo mówić" beside a call-back asked, matters denied before the one asked;
played through the real /voice webhooks with the near inputs that must not change. The sentences are these rounds' own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import HEAD, not_danger, same, say_in, says, understood_as_nothing
from test_speech_round_ten import danger_closed


def test_someone_gone_out_in_slippers_and_not_back_takes_the_safety_route_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "dziadek poszedł w samych kapciach po chleb i do tej pory go nie ma"
    assert say_in(post, app, "main", words) == danger_closed(app)  # was not understood


def test_a_disconnection_told_to_someone_in_the_room_is_no_goodbye(make_app, post):
    assert understood_as_nothing(make_app, post, "about", "kasia nie ruszaj kabla bo się rozłączy",
                                 moment=FRIDAY_EVENING)  # was the goodbye: the call ended
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "to ja się rozłączam") == (
        HEAD + says(app, "goodbye") + "<Hangup /></Response>")  # the caller's own: still the farewell


def test_not_able_to_talk_long_beside_a_call_back_is_the_call_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "main", "oddzwońcie do mnie bo ja długo nie mogę mówić")
    assert not_danger(app, body)  # was the safety route
    assert same(make_app, post, "main", "oddzwońcie do mnie bo ja długo nie mogę mówić", "proszę oddzwonić",
                moment=FRIDAY_EVENING)
    assert say_in(post, app, "main", "nie mogę mówić on jest obok") == danger_closed(app)  # still danger


def test_matters_denied_before_the_one_asked(make_app, post):
    assert same(make_app, post, "main", "nie o dzieci i nie o opał ja o zasiłek", "zasiłek")  # was the heating item
    assert same(make_app, post, "main", "nie na dzieci ani nie na opał ja pytam o zasiłek", "zasiłek")
    assert same(make_app, post, "main", "nie mam na opał", "opał")  # no denial: as before
