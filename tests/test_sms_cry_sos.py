"""A cry for help as the whole text, session 14 (docs/sms.md, "A cry for help"): "SOS" in any spelling and the Russian
cry in Latin letters ("pomogite", "pomogite srochno") get the danger reply, as "pomocy!!!" does; before, the menu. SOS
beside a matter asked or as a word of a sentence is read as before. Through the real /sms webhook, exact replies."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_sms_round_ten import DANGER, MENU
from test_sms_uk import post_sms


@pytest.mark.parametrize("body", ["SOS", "sos!!!", "S.O.S.", "SOS SOS SOS", "sos pomocy", "SOS pilnie", "pomogite",
                                  "pomogite srocno", "POMOGITE!!!"])
def test_a_cry_as_the_whole_text_is_danger(make_app, body):
    assert post_sms(make_app(TUESDAY_OPEN), body) == [DANGER]
    assert post_sms(make_app(FRIDAY_EVENING), body) == [DANGER]


@pytest.mark.parametrize("body", ["SOS w sprawie biletu?", "sos do makaronu", "sosna przewrócona na drodze?"])
def test_sos_beside_other_words_is_no_cry(make_app, body):
    assert post_sms(make_app(TUESDAY_OPEN), body) != [DANGER]


def test_an_unknown_short_text_still_gets_the_menu(make_app):
    assert post_sms(make_app(TUESDAY_OPEN), "sosy") == [MENU]
