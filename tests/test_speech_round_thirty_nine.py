"""Round thirty-nine of issue 23 (bench/fresh39): a service asked for with a danger happening now as the reason, beside
reasons that are no danger. A house gone cold told by its degrees or a child burning with fever, nothing to feed a child
with, gas smelled after it is named; and beside them a past season, feeling faint at a sight that is over, hunger
denied, a verb named then denied, a screen story told on, "kto tam jest". Each reading is played through the real
/voice webhooks (exact TwiML for the safety route and for a few items), beside the near inputs that must not change.
The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, not_danger, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a cold house told by its degrees, a child burning with fever (senses.cold_house_fever) -------------------------

def test_a_cold_house_by_its_degrees_with_a_feverish_child_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "chodzi o dodatek na opał bo w pokoju osiem stopni węgla nie ma a synek ma gorączkę"
    assert say_in(post, app, "benefits", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "w kuchni pięć stopni nie ma czym palić a wnuczka ma gorączkę"),
    ("heating", "piec wygasł zimno w domu a mały cały rozpalony i płacze"),
    ("benefits", "nie mamy czym napalić w piecu zimno a babcia cała gorąca"),
    ("about", "w domu dwanaście stopni opału brak a córeczka gorączkuje od rana"),
])
def test_a_cold_house_with_a_fever_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w domu dziesięć stopni bo węgla nie ma czy jest dodatek węglowy",  # no one frail
    "piec rozpalony ciepło w domu a mała ma gorączkę czy jest opiekunka",  # no cold
    "trzydzieści osiem stopni ma mała a w piecu palimy czy jest dodatek węglowy",  # a fever's degrees, no cold
])
def test_degrees_or_a_fever_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- nothing to feed a child with (senses.nothing_to_feed) ----------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "ja w sprawie paczki bo nie mam czym dzieci nakarmić"),
    ("about", "córka u mnie z wnukiem a my nie mamy czym ich karmić"),
    ("benefits", "zasiłek potrzebny bo nie ma czym małego nakarmić"),
])
def test_nothing_to_feed_a_child_with_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nie mam czym krów nakarmić bo siano się skończyło",  # the farm's animals
    "mam czym dzieci nakarmić ale chciałam o paczki",  # there is food
])
def test_feeding_animals_or_food_there_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- gas smelled after it is named (senses.gas_smelled) -------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "tata odkręcił gaz w kuchni i poszedł spać a teraz w całym domu czuć"),
    ("care", "w sprawie opiekunki bo mama zostawiła gaz a w sieni śmierdzi"),
])
def test_gas_smelled_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_gas_smelled_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "babcia puściła gaz z kuchenki i czuć go w przedpokoju") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "rachunek za gaz przyszedł wysoki czy jest dodatek",  # no smell
    "mamy kuchenkę na gaz z butli czy jest na to dodatek",  # no smell
])
def test_gas_with_no_smell_now_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a past season is long ago (prompts/pl.toml, not_now) -----------------------------------------------------------

@pytest.mark.parametrize("words", [
    "w sprawie węgla bo zeszłej zimy to nam woda w rurach zamarzła",
    "o opał pytam bo ubiegłej zimy był u nas pożar od komina",
])
def test_danger_of_a_past_season_beside_a_matter_is_the_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


def test_danger_now_after_a_past_season_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "zeszłej zimy było ciężko a teraz mąż mnie bije"
    assert say_in(post, app, "main", words) == danger_open(app)


# -- feeling faint at a sight that is over (senses.faint_at_a_sight) ------------------------------------------------

@pytest.mark.parametrize("words", [
    "w sprawie dodatku na ogrzewanie bo mi się słabo zrobiło jak przeczytałam rachunek",
    "o opał chodzi bo słabo mi się zrobiło jak zobaczyłem cenę węgla",
])
def test_faint_at_a_bill_is_the_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


@pytest.mark.parametrize("words", [
    "słabo mi się robi jak widzę ten rachunek",  # the present: it goes on
    "słabo mi się zrobiło jak zobaczyłam że on leży w sieni",  # a situation seen
])
def test_faint_now_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- hunger denied (senses.hunger_denied) ---------------------------------------------------------------------------

def test_hunger_denied_is_the_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "chodzi o obiady bo sama mieszkam i nie chce mi się gotować ale nie że głodny chodzę"
    assert say_in(post, app, "main", words) == topic(app, "food")


@pytest.mark.parametrize("words", [
    "chodzi o obiady bo dzieci głodne",  # hunger, not denied
    "nie że ja ale dzieci głodne chodzą",  # hunger after the denial of another thing
])
def test_hunger_not_denied_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a verb named then denied (senses.named_then_denied) ------------------------------------------------------------

def test_a_verb_named_then_denied_is_the_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "chodzi o alkohol bo szwagier pije ale bić to on nikogo nie bije"
    assert say_in(post, app, "main", words) == topic(app, "addiction")


@pytest.mark.parametrize("words", [
    "mąż pije i bić to bije",  # no denial
    "bić to on nie bije ale grozi nożem",  # another danger word
])
def test_a_verb_not_denied_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a screen story told on (senses.story_goes_on) ------------------------------------------------------------------

def test_a_past_verb_of_a_screen_story_is_part_of_it(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "chciałam tylko powiedzieć że w telewizji pokazywali jak ojciec syna pobił i w komórce zamknął okropne"
    assert say_in(post, app, "main", words) == check(app)


def test_the_office_closed_asked_after_a_story_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "w telewizji pokazywali jak ktoś kogoś pobił a teraz czy jesteście zamknięci"
    assert not_danger(app, say_in(post, app, "main", words))


# -- "kto tam jest" asks who (prompts/pl.toml, who) -----------------------------------------------------------------

def test_who_is_the_head_with_a_word_between_is_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "a kto tu jest kierowniczką teraz") == topic(app, "contact")


# -- old times are long ago (prompts/pl.toml, not_now) --------------------------------------------------------------

def test_danger_of_old_times_alone_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "w stanie wojennym sąsiada pobili na milicji takie to były czasy") == check(app)


def test_old_times_then_danger_now_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "to były dawne czasy ale teraz syn mnie bije") == danger_open(app)
