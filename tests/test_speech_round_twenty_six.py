"""Round twenty-six of issue 23 (bench/fresh26): the general readings added for a new writer's ordinary callers, each
played through the real /voice webhooks with exact TwiML, beside the near input that must not change. The sentences
are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, check, dial, not_danger, same, say, say_in, topic
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def person_open(app) -> str:
    return dial(app, "transfer")


# -- someone in the house, the caller afraid to be overheard, and a plea (senses.overheard_and_pleading) ------------

OVERHEARD = [
    "mąż siedzi w kuchni i jak usłyszy że dzwonię to będzie źle pomóżcie",
    "on jest tutaj obok i jeśli się dowie to będzie źle pomóżcie mi",
    "ona jest w pokoju mówię cicho żeby nie słyszała przyjedźcie ktoś",
]


@pytest.mark.parametrize("words", OVERHEARD)
def test_someone_in_the_house_the_caller_afraid_to_be_heard_and_a_plea_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_afraid_to_be_heard_with_a_plea_is_danger_after_hours_in_an_item(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "syn leży w drugim pokoju jak usłyszy że z wami gadam to nie wiem co będzie pomóżcie"
    assert say_in(post, app, "hours", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "jak mama usłyszy że dzwonię do opieki to się zmartwi pomóżcie z wnioskiem",  # no one in the house now
    "mąż jest w drugim pokoju pomóżcie mi z wnioskiem o zasiłek",  # no fear of being heard
    "on jest w domu i jak usłyszy to się ucieszy",  # no plea
])
def test_without_all_three_it_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_danger_in_the_room_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "on jest w drugim pokoju i mnie bije pomóżcie") == danger_open(app)


# -- a child outside in the night, nobody at home (senses.child_out_at_night) --------------------------------------

@pytest.mark.parametrize("words", [
    "maluch stoi pod drzwiami o tej porze a u nich nikogo nie ma",
    "wnuczek sąsiadki siedzi pod drzwiami po ciemku a w domu nikogo nie ma",
    "dziecko sąsiadów błąka się na drodze w nocy a w domu u nich nikogo nie ma",
])
def test_a_child_outside_in_the_night_with_nobody_at_home_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_child_outside_in_the_night_is_danger_after_hours(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "dziecko sąsiadów chodzi po ulicy o tej porze a w domu u nich nikogo nie ma"
    assert say_in(post, app, "benefits", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "dzieci biegają boso po podwórku a w domu nikogo nie ma bo rodzice w polu",  # no night
    "dziecko płacze w nocy a nikogo nie ma do pomocy",  # not outside
    "w nocy dziecko wróciło z podwórka i już nikogo nie ma na dworze",  # nobody outside, not at home
])
def test_a_child_not_alone_outside_in_the_night_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a key asked where it is (understand.Sayings.looked_for) --------------------------------------------------------

@pytest.mark.parametrize("node, words, key", [
    ("main", "gdzie tu gwiazdka no gwiazdka", "*"),
    ("main", "a gdzie jest ta jedynka", "1"),
    ("about", "gdzie tu jest ta trójka", "3"),
])
def test_a_key_asked_where_it_is_is_that_key(make_app, post, node, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == pressed(post, make_app(TUESDAY_OPEN), node, key)


def test_a_key_asked_where_it_is_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "a gdzie jest ta jedynka") == say_in(post, make_app(TUESDAY_OPEN), "main",
                                                                         "godziny otwarcia")
    assert say_in(post, app, "about", "gdzie tu jest ta trójka") == topic(app, "programmes")


@pytest.mark.parametrize("words", ["gdzie jest ośrodek", "gdzie jest poznańska pięć", "gdzie"])
def test_where_without_a_key_alone_is_still_the_address(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "contact")


# -- nobody answering told after "bo" as the reason (Line._present_only_as_reason) ---------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "jaki jest adres bo nikogo nie ma pod telefonem"),
    ("main", "gdzie jesteście bo nikt nie odbiera"),
    ("hours", "a jaki macie numer komórkowy bo na stacjonarny nikt nie odbiera"),
])
def test_the_address_asked_with_nobody_answering_as_the_reason_is_the_address(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, "contact")


@pytest.mark.parametrize("words", [
    "czy ktoś jest bo nikt nie odbiera",  # someone asked before "bo"
    "nikt nie odbiera a jaki jest numer",  # no "bo"
])
def test_someone_asked_for_is_still_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == person_open(app)


# -- another office's matter: a doctor's appointment (prompts/pl.toml elsewhere) ----------------------------------

@pytest.mark.parametrize("words", [
    "czy mogę się zapisać na wizytę do lekarza",  # no worker's visit
    "gdzie się zapisuje do lekarza",  # no address of the office
])
def test_a_doctors_appointment_is_not_understood(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_a_doctors_appointment_with_nobody_answering_there_is_asked_about_not_put_through(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "czy u was można się zapisać do lekarza bo w ośrodku zdrowia nikogo nie ma"
    assert say_in(post, app, "main", words) == check(app)


def test_a_worker_coming_and_help_to_get_to_a_doctor_are_unchanged(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czy pani z opieki przyjdzie na wizytę do mamy") == topic(app, "social_work")
    assert say_in(post, app, "main", "mąż mnie pobił muszę iść do lekarza") == danger_open(app)


# -- who is in charge now (prompts/pl.toml who) --------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "a kto obecnie jest kierownikiem u was"),
    ("about", "kto teraz jest kierowniczką w ośrodku"),
])
def test_who_is_in_charge_now_is_the_address_card(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, "contact")


def test_the_head_asked_for_is_still_a_transfer_and_who_alone_nothing(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "chcę rozmawiać z kierowniczką") == person_open(app)
    assert say_in(post, app, "main", "kto teraz jest") != topic(app, "contact")


# -- sorting the family's life out (prompts/pl.toml social_work) ---------------------------------------------------

@pytest.mark.parametrize("words", [
    "syn stracił pracę i trzeba mu pomóc to wszystko poukładać",
    "zięć bez roboty długi a rodzina się sypie czy ktoś pomoże",
])
def test_a_family_to_be_set_in_order_is_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "social_work")


def test_work_alone_and_danger_beside_it_are_unchanged(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "syn bez pracy gdzie ma się zarejestrować") == topic(app, "programmes")
    assert say_in(post, app, "main", "mąż mnie bije trzeba to poukładać") == danger_open(app)


# -- the place of a thing said in a relative clause (senses.place_of_topic) ----------------------------------------

def test_the_place_said_in_a_relative_clause_tells_which_thing(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "paczki z żywnością co są w tym budynku przy gminie czy jeszcze są"
    assert say_in(post, app, "main", words) == topic(app, "food")


@pytest.mark.parametrize("words", ["paczki z żywnością a jaki jest adres", "co to za budynek"])
def test_the_address_asked_is_still_the_address(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "contact")


# -- the answering machine named with a demonstrative (prompts/pl.toml message), a verb of saying refused
# (understand.REFUSAL_BRIDGE) --------------------------------------------------------------------------------------

def after_hours(make_app, post, words) -> str:
    return say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, words)


@pytest.mark.parametrize("words", [
    "powiem na tę sekretarkę że dzwoniła nowakowa w sprawie węgla",
    "to ja powiem na tą sekretarkę że chodzi o obiady dla mamy",
    "to ja tylko powiem na ten nagrywacz że dzwoniła sąsiadka",
])
def test_the_answering_machine_named_with_a_demonstrative_records(make_app, post, words):
    body = after_hours(make_app, post, words)
    assert body == after_hours(make_app, post, "zostawię wiadomość") and "<Record" in body


def test_a_verb_of_saying_refused_records_nothing(make_app, post):
    assert after_hours(make_app, post, "nie chcę mówić na sekretarkę niech oddzwonią") == after_hours(
        make_app, post, "niech oddzwonią")
    assert "<Record" not in after_hours(make_app, post, "nie będę nic mówić na tę sekretarkę")
    assert "<Record" not in after_hours(make_app, post, "nie chcę gadać na ten nagrywacz")


def test_not_knowing_what_to_say_still_records_and_danger_stays_danger(make_app, post):
    assert after_hours(make_app, post, "nie wiem co mówić zostawię wiadomość") == after_hours(
        make_app, post, "zostawię wiadomość")
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, "mąż mnie bije powiem na tę sekretarkę") == danger_closed(app)
