"""Round forty-seven of issue 23 (bench/fresh47): what callers say right after an item or a menu was read: asking to
hear it again or to go back in their own words, look-alike sentences that ask for neither, and danger. Said to someone
in the room (a first name with the familiar "ty"), a repeat refused ("nie trzeba powtarzać"), what the line said not
caught ("nie wiem, co pani powiedziała"), a second reading asked (`repeat`: "przeczytać drugi raz", "powiedzieć drugi
raz") and the place to go back to ("wrócić tam, gdzie ..."). Each reading is played through the real /voice webhooks
(exact TwiML for a few answers), beside the near inputs that must not change. The sentences are this round's own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, not_danger, same, say_in, understood_as_nothing
from test_speech_round_nine import danger_open

# -- said to someone in the room (senses.forty_seven_said_aside, forty_seven_name_aside_only) ----------------------

@pytest.mark.parametrize("node, words", [
    ("main", "janek przycisz to radio bo dziadek rozmawia przez telefon"),
    ("hours", "marysiu nie słyszę co do mnie mówisz podejdź bliżej"),
    ("benefits", "mówię ci jurek jeszcze raz że tam nie pojadę"),
])
def test_words_said_to_someone_in_the_room_ask_for_nothing(make_app, post, node, words):
    assert understood_as_nothing(make_app, post, node, words)


def test_said_aside_in_the_main_menu_exact_reply_is_the_not_understood_one(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "main", "kasiu zamknij drzwi bo babcia rozmawia przez telefon")
    assert body == check(app)  # a long answer understood as nothing: "is anyone in danger?"
    assert not_danger(app, body)


@pytest.mark.parametrize("node, words, reference", [
    ("hours", "basiu proszę jeszcze raz powtórzyć", "proszę powtórzyć"),  # a name, but no "ty": the line spoken to
    ("hours", "powtórz bo nie słyszę", "proszę powtórzyć"),  # no name: the line asked to repeat
    ("hours", "janek cicho bądź, proszę pani, proszę jeszcze raz powtórzyć", "proszę powtórzyć"),  # turned back
    ("main", "chcę porozmawiać z panią kasią", "chcę porozmawiać z panią Kasią"),
    ("main", "kasiu ścisz radio, dzwonię w sprawie zasiłku celowego", "zasiłek celowy"),
])
def test_the_line_spoken_to_still_repeats_transfers_and_answers(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)
    assert not understood_as_nothing(make_app, post, node, words)


def test_danger_said_beside_a_name_aside_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "kasiu chodź tu, tata mnie bije") == danger_open(app)


# -- a repeat refused (senses.forty_seven_repeat_refused) ----------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("hours", "nie trzeba powtarzać już wiem"),
    ("benefits", "nie musi pani już tego powtarzać"),
    ("contact", "dziękuję, nie potrzeba powtarzać"),
])
def test_a_repeat_refused_is_no_repeat(make_app, post, node, words):
    assert not same(make_app, post, node, words, "proszę powtórzyć")


@pytest.mark.parametrize("node, words", [
    ("hours", "nie trzeba dzwonić, proszę powtórzyć"),  # another verb between: the repeat is asked
    ("hours", "trzeba powtórzyć, bo nie usłyszałam"),  # no "nie" before "trzeba"
])
def test_a_repeat_asked_beside_another_refusal_still_repeats(make_app, post, node, words):
    assert same(make_app, post, node, words, "proszę powtórzyć")


def test_danger_after_a_refused_repeat_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "nie trzeba powtarzać, syn mnie bije") == danger_open(app)


# -- what the line said not caught (senses.forty_seven_what_was_said_not_known) -----------------------------------

@pytest.mark.parametrize("node, words", [
    ("hours", "nie wiem co pani mówiła proszę jeszcze raz"),
    ("benefits", "ja nie rozumiem co pani powiedziała powtórzy pani"),
])
def test_not_knowing_what_the_line_said_is_a_repeat(make_app, post, node, words):
    assert same(make_app, post, node, words, "proszę powtórzyć")


def test_not_knowing_what_was_said_after_hours_exact_reply_is_the_repeat(make_app, post):
    words = "nie wiem co pani powiedziała, proszę jeszcze raz"
    assert same(make_app, post, "hours", words, "proszę powtórzyć", moment=FRIDAY_EVENING)
    assert not same(make_app, post, "hours", words, "nie wiem", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "nie wiem co wybrać",  # what to choose: lost
    "nie rozumiem, proszę powtórzyć",  # no "co" after it: lost, as before
])
def test_being_lost_stays_being_lost(make_app, post, words):
    assert same(make_app, post, "hours", words, "nie wiem")


# -- a second reading asked (prompts/pl.toml `repeat`: "przeczytać drugi raz", "powiedzieć drugi raz") -------------

@pytest.mark.parametrize("node, words", [
    ("about", "a może pani to przeczytać drugi raz"),
    ("hours", "proszę to powiedzieć drugi raz"),
])
def test_a_second_reading_asked_is_a_repeat(make_app, post, node, words):
    assert same(make_app, post, node, words, "proszę powtórzyć")


@pytest.mark.parametrize("node, words, reference", [
    ("hours", "sąsiadka mi powiedziała drugi raz że nie ma zasiłku", "zasiłek"),  # the matter told wins
    ("main", "drugi raz mnie pobił i boję się", "mąż mnie bije"),  # danger stays danger
])
def test_a_second_time_told_keeps_its_matter(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


# -- the place to go back to (senses.forty_seven_back_to_where) ----------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("contact", "czy można wrócić tam gdzie był cały wybór"),
    ("hours", "proszę cofnąć tam gdzie był ten wybór na początku"),
])
def test_going_back_to_where_the_choice_was_is_the_way_back(make_app, post, node, words):
    assert same(make_app, post, node, words, "wróć do menu")


@pytest.mark.parametrize("words, reference", [
    ("wróć do menu, gdzie jest ośrodek", "gdzie jest ośrodek"),  # no "tam" after the way back: the address asked
    ("gdzie tam jest ośrodek", "gdzie jest ośrodek"),
])
def test_the_address_asked_beside_a_way_back_is_still_the_address(make_app, post, words, reference):
    assert same(make_app, post, "hours", words, reference)


def test_danger_beside_a_way_back_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "wrócić tam gdzie mąż mnie bije") == danger_open(app)
