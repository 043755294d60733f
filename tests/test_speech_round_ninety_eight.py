"""Rounds ninety-eight and ninety-nine of issue 23 (bench/fresh98: a new writer's emergencies told by laypeople, what
they see, hear and smell; bench/fresh99: another given only the terse brief, old people ashamed of what their own
family does to them). A threat against a baby, a farewell with the dog given away, a car running in a closed garage,
the pension card taken, left locked in without food or medicines, a threat to be put in a home if they tell, papers
signed under orders; played through the real /voice webhooks with the near inputs that must not change. The
sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING
from test_speech_rules import not_danger, same, say_in
from test_speech_round_ten import danger_closed

HIDDEN_DANGER = [
    "napisał że małego wyrzuci przez okno",  # was not understood
    "wszystko pozałatwiałam psa oddałam sąsiadce",  # was not understood
    "brat siedzi w aucie w garażu i nie chce wyjść",  # was not understood
    "wnuk zabrał mi kartę od emerytury",  # was the benefits item
    "na święta jestem sama zamknięta w mieszkaniu",  # was the hours
    "syn nie zostawił leków na cukrzycę",  # was not understood
    "mówi że jak się poskarżę to mnie odda do domu starców",  # was not understood
    "córka kazała mi podpisać papiery na dom",  # was not understood
]


@pytest.mark.parametrize("words", HIDDEN_DANGER)
def test_danger_hidden_in_a_few_words_takes_the_safety_route_exact_twiml(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "umieram ze śmiechu jak stary z telefonem walczy zaraz go przez okno wyrzuci",  # the phone, a joke
    "koty się biły w nocy na podwórku",  # cats (was danger)
])
def test_near_words_are_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", words))


def test_someone_asked_to_the_phone_is_a_person(make_app, post):
    assert same(make_app, post, "hours", "może mi pani kogoś dać do telefonu bo ja tej maszyny nie słyszę",
                "z człowiekiem proszę")  # was the contact card
