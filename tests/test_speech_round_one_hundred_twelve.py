"""Rounds one hundred and twelve and one hundred and thirteen of issue 23 (bench/fresh112: a new writer's callers with
a disability or a long illness and their carers; bench/fresh113: another given only the terse brief, an ordinary day
with unusual but natural phrasings). The menu's own "pomoc przy problemach" is the addiction item, not care;
"bierze jakieś świństwa" is drugs; "jakie tam były te możliwości" asks to hear them again. Played through the real /voice webhooks with the near inputs that must not change. The sentences are
these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING
from test_speech_rules import same


def test_the_menus_own_words_of_the_addiction_item(make_app, post):
    assert same(make_app, post, "main", "uzależnienia i alkohol ta pomoc przy problemach", "alkohol",
                moment=FRIDAY_EVENING)  # was the care item ("pomoc przy")


def test_drugs_said_as_swinstwa(make_app, post):
    assert same(make_app, post, "about", "wnuk chyba bierze jakieś świństwa gdzie z tym iść", "narkotyki")
    # was the address card


def test_what_the_options_were_asks_to_hear_them_again(make_app, post):
    assert same(make_app, post, "about", "co co jakie tam były te możliwości", "proszę powtórzyć",
                moment=FRIDAY_EVENING)  # was not understood
