"""Round sixty-two of issue 23 (bench/fresh62): calls at night, at weekends and on holidays, danger told by relatives
and neighbours. Each reading is played through the real /voice webhooks (exact TwiML for the safety route), beside the
near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a child crying with nobody there (senses.sixty_two_child_crying_alone) -----------------------------------------

def test_a_child_crying_alone_at_night_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "za ścianą maluch ryczy od godziny a tam nikogo nie ma rodzice pojechali"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("leave_word", "u sąsiadów dzieci płaczą od wieczora a nikogo nie ma w domu"),
    ("main", "dziecko na górze płacze i płacze a tam chyba nikt nie mieszka teraz nikt nie otwiera"),
])
def test_a_child_crying_with_nobody_there_is_danger(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "wnuczek płacze bo ząbkuje a ja nie wiem co robić",  # crying, nobody missing
    "nikogo nie ma w domu dziecko jest u babci",  # nobody home, no crying
    "w filmie dziecko płacze a nikogo nie ma",  # a screen story
])
def test_crying_with_someone_there_nobody_home_or_a_film_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- the word list's new entries (prompts/pl.toml [speech] danger) ------------------------------------------------

@pytest.mark.parametrize("words", [
    "dziadek wyszedł w kapciach jeszcze za dnia i go nie ma",  # wandered off
    "babcia ma sklerozę nikt nie wie gdzie poszła",  # lost
    "on nie pamięta gdzie mieszka i chodzi po wsi",  # lost
    "prąd wysiadł i w chałupie ciemno i zimno a ja sama",  # a cold dark house, alone
])
def test_wandered_off_lost_or_a_cold_dark_house_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)

