"""Round fourteen of issue 23 (bench/fresh14): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The sentences are
this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood
from test_speech_round_nine import about_menu, benefits_item, danger_open, goodbye
from test_speech_round_ten import danger_closed
from test_speech_rules import LEAVE_WORD, addiction, care, check, contact, dial, heating, programmes, say_in

from ivr.call import senses


# -- danger: the fields of this round ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    # food withheld, said in the inverted order ("jeść nie daje" beside "nie daje jeść")
    "synowa babci jeść nie daje, ona cała chuda leży",
    "dziadkowi nikt jeść nie daje od paru dni",
    "nam ojczym jeść nie daje jak wypije",
    # children alone, named with a dialect word of Wielkopolska or Silesia
    "szczuny same od rana w chałupie, matki nie widać",
    "bajtle same zostały, a ojciec gdzieś wyjechał",
    # a person kept in a shed, a sty or a cellar
    "syn trzyma ojca w szopie za domem",
    "brat trzyma dziadka w chlewie, bo mówi, że śmierdzi",
    "zamyka babcię w komórce na noc",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_in_this_rounds_fields_after_hours_gives_the_helpline(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, "teściowej jeść nie dają") == danger_closed(app)
    assert say_in(post, app, LEAVE_WORD, "brat trzyma matkę w oborze") == danger_closed(app)


@pytest.mark.parametrize("words,expected", [
    # "sama siedzi" (an old woman alone all day) is care, as before: the plural of children is not widened to "sam"
    ("babcia sama całe dnie siedzi i potrzebuje opiekunki", care),
    # food given: "jeść daje" is no danger word
    ("sąsiadka mamie jeść daje, ale potrzebna opiekunka", care),
])
def test_the_near_inputs_of_this_rounds_fields_are_no_danger(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


# -- drunk at the wheel --------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "szwagier przyjechał pijany jak bela, wsadził dzieci do samochodu i odjechał",
    "mąż po pijanemu wsiadł do auta z synkiem",
    "ojciec pijana w sztok, a siada za kierownicę",
    "sąsiad pijany jeździ ciągnikiem po wsi z wnukiem",
])
def test_someone_drunk_with_a_vehicle_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż pije, ale do samochodu pijany nie wsiada",
    "syn pije od lat i sprzedał samochód na wódkę",
    "ojciec był pijany, więc wróciłam autobusem",
    "auto mam, a mąż pijany co wieczór, czy jest jakaś terapia",
])
def test_drinking_beside_a_car_that_is_not_driven_drunk_is_the_addiction_item(make_app, post, words):
    # "nie" between the drunk word and the car, drinking ("pije") not being drunk, a car before the drunk word.
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == addiction(app)


def test_drunk_at_the_wheel_reads_only_forward_and_stops_at_nie():
    words = ["zięć", "pijany", "zabrał", "dzieci", "do", "auta"]
    assert senses.drunk_at_the_wheel(words, [("addiction", 1, 2, 100.0)], "addiction")
    words = ["zięć", "pijany", "nie", "wsiada", "do", "auta"]
    assert not senses.drunk_at_the_wheel(words, [("addiction", 1, 2, 100.0)], "addiction")
    words = ["zięć", "pije", "i", "jeździ", "autem"]
    assert not senses.drunk_at_the_wheel(words, [("addiction", 1, 2, 100.0)], "addiction")
    assert senses.may_be_drunk(["maz", "po", "pijanemu"]) and not senses.may_be_drunk(["maz", "pije"])


# -- a joke doubted ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "syn pije i mówi, że się powiesi, nie wiem, czy on żartuje",
    "brat gada, że się zabije, czy żartuje, czy nie, nie wiem",
    "nie jestem pewna, czy to żart, ale mąż pije i grozi, że mnie zabije",
])
def test_danger_beside_a_joke_the_caller_doubts_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == danger_open(app)


def test_danger_told_as_a_joke_is_still_asked_about_not_the_safety_route(make_app, post):
    # Said, not doubted: the words of a joke keep their round-eight reading ("is anyone in danger?").
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "wnuk mówi, że się zabije z tej nudy, ale to żartem") == check(app)
    assert say_in(post, app, "main", "syn pije i mówi, że się zabije, ale żartuje") == addiction(app)


# -- a figure of speech said to be one ------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "córka mówi, że się zabije, jak nie dostanie tego roweru, no tak się mówi",
    "wnuczek krzyczy, że zabije brata o tę zabawkę, tak się tylko gada u dzieci",
])
def test_danger_said_with_tak_sie_mowi_is_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)


@pytest.mark.parametrize("words", [
    "mąż mówi, że mnie zabije, niby tak się mówi, ale ja się go boję",
    "syn grozi, że się powiesi, nie wiem, czy tak się tylko mówi",
    "córka krzyczy, że się zabije, a ja jej mówię, że tak się nie mówi",
    "mąż mnie bije, jak to się mówi, po pijaku",
])
def test_tak_sie_mowi_beside_fear_or_doubt_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a blessing that greets, and "to wszystko" inside a sentence ---------------------------------------------


def test_a_blessing_said_first_greets_and_the_matter_after_it_is_answered(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "szczęść boże, ja w sprawie zasiłku dla siebie") == benefits_item(app)
    assert say_in(post, app, "main", "no szczęść boże pani, dzwonię o ten dodatek węglowy") == heating(app)


@pytest.mark.parametrize("words", [
    "szczęść boże", "dziękuję za dodatek, szczęść boże", "szczęść boże, to wszystko", "no to szczęść boże pani",
])
def test_a_blessing_alone_at_the_end_or_beside_another_goodbye_still_takes_leave(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == goodbye(app)


@pytest.mark.parametrize("words", [
    "przez to wszystko mąż pije coraz więcej",
    "syn chleje, a to wszystko się wali na moją głowę",
])
def test_to_wszystko_after_a_preposition_or_before_sie_is_part_of_the_sentence(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == addiction(app)


@pytest.mark.parametrize("words", ["dziękuję za to wszystko", "to wszystko, dziękuję", "nie, to wszystko"])
def test_to_wszystko_as_the_whole_answer_is_still_the_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == goodbye(app)


# -- near negatives: a man jailed, property insurance, an inheritance, the phone as a toy ------------------------


def test_a_man_jailed_is_no_closing_hour_and_old_threats_are_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "pięć lat temu brat groził mamie, ale go zamknęli") == check(app)


def test_closing_hours_and_someone_locked_in_are_unchanged(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "o której zamykacie") == say_in(post, app, "main", "godziny otwarcia")
    assert say_in(post, app, "main", "zamknęli go w piwnicy") == danger_open(app)
    assert say_in(post, app, "main", "ojciec go zamknął w szopie") == danger_open(app)


@pytest.mark.parametrize("words", ["ubezpieczenie samochodu mi podrożało", "a ubezpieczenie domu mi wypłaciło za dach"])
def test_property_insurance_is_no_health_insurance(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_health_insurance_is_still_the_programmes_item(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie mam ubezpieczenia zdrowotnego") == programmes(app)
    assert say_in(post, app, "main", "ubezpieczenie") == programmes(app)


@pytest.mark.parametrize("words", ["gdzie się załatwia spadek po mamie", "do którego notariusza z testamentem, gdzie to"])
def test_an_inheritance_or_a_notary_is_another_offices_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_an_inheritance_beside_a_matter_of_the_line_is_that_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "spadek po mężu mały, a ja o zasiłek") == benefits_item(app)
    assert say_in(post, app, "main", "gdzie jesteście") == contact(app)


@pytest.mark.parametrize("words", ["wnuczek się bawił telefonem", "to mąż usiadł na telefonie i nacisnął"])
def test_the_phone_as_a_thing_handled_asks_no_number(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


@pytest.mark.parametrize("words", ["jak się z wami skontaktować telefonem", "jaki jest wasz telefon"])
def test_the_phone_asked_for_is_still_the_address_card(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == contact(app)


# -- "kto żywy", "właściwie" in a question of what the office does -----------------------------------------------

def test_kto_zywy_asks_for_a_person(make_app, post):
    # "kto" for "ktoś", as the countryside says it: "jest tam kto żywy?"
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "halo, jest tam u was kto żywy") == dial(app, "transfer")


def test_checking_the_line_or_asking_who_is_no_person(make_app, post):
    # The first corpus's design: "halo, jest tam ktoś?" checks the line (a miss, not a transfer); "kto jest" alone
    # asks nothing.
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "halo halo, jest tam kto") == not_understood(app)
    assert say_in(post, app, "main", "kto jest w domu") == not_understood(app)


@pytest.mark.parametrize("words", ["a czym się właściwie zajmujecie", "czym wy tam się zajmujecie właściwie"])
def test_wlasciwie_in_a_question_of_what_the_office_does_is_the_about_menu(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == about_menu(app)
