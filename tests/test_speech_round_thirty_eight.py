"""Round thirty-eight of issue 23 (bench/fresh38): winter in the countryside. Someone lying hurt on the ground, a house
gone cold with someone frail in it, someone living alone unheard for days, a plan to be gone said without its words, a
face drooping; and beside them a matter told with all well, a dative before "nie trzeba", "jest co jeść". Each reading
is played through the real /voice webhooks (exact TwiML for the safety route and for a few items), beside the near
inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, check, not_danger, same, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- someone lying hurt on the ground (senses.lying_hurt) -----------------------------------------------------------

def test_someone_lying_in_the_snow_who_cannot_be_lifted_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "dziadek od sąsiadów leży w zaspie przy drodze a ja go sama nie dźwignę"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "teść leży w błocie koło chlewu i nie da się go podnieść"),
    ("contact", "ten pijaczek leży w rowie za przystankiem i nie da rady go ruszyć"),
    ("hours", "brat zleciał z drabiny przy sadzie i leży na trawie i mówi że rąk nie czuje"),
    ("about", "mama leży na schodach przed domem i stęka a ja jej nie podniosę"),
])
def test_someone_lying_hurt_on_the_ground_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words, reference", [
    ("mama leży w łóżku od roku i sama jej nie podniosę do mycia", "opiekunka"),  # a bed: care
    ("worek węgla leży na podwórku i sama go nie uniosę", None),  # no person lying
    ("sąsiad leży na trawie w ogrodzie i się opala", None),  # no sign of hurt
])
def test_lying_in_bed_a_thing_lying_or_no_sign_is_no_danger(make_app, post, words, reference):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert not_danger(app, body)
    if reference:
        assert body == say_in(post, make_app(TUESDAY_OPEN), "main", reference)


# -- a house gone cold with someone frail in it (senses.cold_and_frail) ---------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "u dziadka w chałupie zimno bo opału brak i usta mu posiniały"),
    ("benefits", "nie mamy czym napalić w piecu w pokoju para z ust a synek ma gorączkę"),
    ("about", "w izbie zimno piec wygasł a dziadek ma gorączkę"),
    ("heating", "zero stopni w kuchni węgla nie ma a tata nie chce się ruszyć z fotela"),
])
def test_a_cold_house_with_someone_frail_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mam gorączkę i zimno mi czy jest dodatek na opał",  # the caller's own chills, a request
    "zimno w domu węgla nie mamy czy jest dodatek węglowy",  # no one frail
])
def test_cold_with_no_one_frail_is_the_heating_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


def test_a_fever_with_no_cold_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "córka ma gorączkę czy opiekunka może przyjść"))


# -- someone alone, unheard for days (senses.alone_unheard_for_days) ------------------------------------------------

def test_someone_alone_unheard_for_days_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "ciocia sama mieszka na kolonii i od czterech dni nie odbiera telefonu"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "sąsiad samotny a od tygodnia komin u niego nie dymi"),
    ("hours", "wujek samotny i od pięciu dni telefonu nie odbiera"),
])
def test_someone_alone_unheard_for_days_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "od trzech dni nie odbiera telefonu bo pojechał do córki",  # no one alone
    "sama mieszkam i od tygodnia nikt u was nie odbiera",  # the office not answering
    "mama sama mieszka i komin nie dymi bo ma ogrzewanie gazowe",  # no days
])
def test_no_one_alone_or_no_days_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- gone from this world, beside giving up (senses.gone_from_this_world) -------------------------------------------

@pytest.mark.parametrize("node, words", [
    (LEAVE_WORD, "po co mi to wszystko mnie niedługo nie będzie na tym świecie"),
    ("main", "mam dość do świąt to mnie już nie będzie na świecie"),
])
def test_gone_from_this_world_beside_giving_up_is_danger(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "jak mnie nie będzie na tym świecie po co mi ten dom zapiszę go wnukom",  # a condition: death in time
    "kto się zajmie synem jak mnie już nie będzie na tym świecie",  # no giving up
])
def test_planning_for_after_ones_death_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a face drooping (prompts/pl.toml, danger) ----------------------------------------------------------------------

@pytest.mark.parametrize("words", ["mamie twarz się opuściła na jedną stronę", "mężowi buzia się tak opuściła"])
def test_a_face_drooping_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "contact", words) == danger_open(app)


def test_leaving_home_is_no_face_drooping(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "córka opuściła dom i wyjechała do anglii"))


# -- a matter told with all well (senses.told_all_well) -------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "syn przywiózł węgiel kominiarz też był wszystko w porządku ja tak tylko mówię",
    "piec trochę słabo grzeje ale wnuk naprawi i wszystko dobrze chciałam tylko powiedzieć",
])
def test_a_matter_told_with_all_well_asks_nothing(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)


@pytest.mark.parametrize("words", [
    "wszystko dobrze tak tylko mówię ale czy jest dodatek węglowy",  # a question
    "zimno węgla nie ma ja tak tylko mówię",  # nothing is well
])
def test_a_question_or_no_all_well_keeps_the_heating_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


def test_danger_beside_all_well_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie bije ale wszystko dobrze ja tak tylko mówię") == danger_open(app)


# -- a dative before a postposed "nie trzeba" (understand.POSTPOSED_REFUSALS) ---------------------------------------

@pytest.mark.parametrize("words", ["opału mi nie trzeba syn przywiózł", "ogrzewania nam nie potrzeba"])
def test_a_matter_not_needed_with_a_dative_is_no_request(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != topic(app, "heating")


def test_another_matter_after_a_refused_one_is_answered(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "opału mi nie trzeba ale czy jest zasiłek na leki") == \
        say_in(post, make_app(TUESDAY_OPEN), "main", "zasiłek")


def test_a_matter_needed_with_a_dative_is_the_item(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "węgiel mi potrzebny") == topic(app, "heating")


# -- food there is no hunger (prompts/pl.toml, not_meant) -----------------------------------------------------------

def test_food_there_is_no_hunger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mamy co jeść ale nie mamy czym palić") == topic(app, "heating")
    assert say_in(post, app, "main", "czy jest co jeść w tej paczce") == topic(app, "food")


@pytest.mark.parametrize("words", ["nie mam co jeść", "nie mamy co jeść od wczoraj", "dzieci nie mają co jeść",
                                   "jeść nie mam co"])
def test_no_food_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- the way there (prompts/pl.toml, contact) -----------------------------------------------------------------------

def test_how_to_get_there_is_the_address(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "a jak ja się tam dostanę") == topic(app, "contact")


def test_getting_a_benefit_is_no_way_there(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czy można dostać zasiłek") != topic(app, "contact")


# -- a face gone numb, ice that broke (prompts/pl.toml, danger) -----------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "tacie twarz zdrętwiała z jednej strony"),
    ("contact", "na stawie pod synem zarwał się lód"),
    ("hours", "dziecko wpadło pod lód za szkołą"),
])
def test_a_face_gone_numb_or_ice_broken_is_danger_at_once(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_ice_broken_on_a_screen_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "w telewizji mówili że chłopak wpadł pod lód") == check(app)


def test_the_weather_breaking_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "załamała się pogoda i pada"))
