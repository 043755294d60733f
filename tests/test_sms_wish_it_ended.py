"""A wish that it all ended, written with nothing asked ("Nie mam siły. Chcę tylko, żeby to wszystko się skończyło"), gets
the danger reply (session 14, found in round thirty-one's report: it got the keyword list). A wish that one matter ended
(the renovation, the winter) is read as before. Through the real /sms webhook, exact replies."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_sms_round_ten import DANGER, MENU
from test_sms_uk import post_sms


@pytest.mark.parametrize("body", [
    "Nie mam siły. chcę tylko, żeby to wszystko się skończyło",
    "chcialabym zeby to wszystko sie juz skonczylo",
    "niech to wszystko się skończy. przepraszam",
    "Niech się to wszystko skończy.",
])
def test_a_wish_that_it_all_ended_is_danger(make_app, body):
    assert post_sms(make_app(TUESDAY_OPEN), body) == [DANGER]
    assert post_sms(make_app(FRIDAY_EVENING), body) == [DANGER]


@pytest.mark.parametrize("body", ["chcę żeby ten remont się skończył", "niech ta kolejka się skończy"])
def test_a_wish_that_one_matter_ended_is_no_danger(make_app, body):
    assert post_sms(make_app(TUESDAY_OPEN), body) == [MENU]
