"""Round thirty-two of issue 23 (bench/fresh32): callers who do not know they are telling a danger (they ring about
care, coal, the hours, the address, a message or a call-back and describe a danger now without its words), and the
same kinds of calls with no danger now. Each reading is played through the real /voice webhooks (exact TwiML for the
safety route and for a few items), beside the near inputs that must not change. The sentences are this round's own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a diabetic's signs (senses.diabetic_turn) ---------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("food", "w sprawie paczki bo tata ma cukrzycę i dzisiaj jest blady i się trzęsie"),
    ("benefits", "o zasiłek pytam a mama na insulinie cała spocona i nie wie gdzie jest"),
    ("main", "mąż cukrzyk i od południa taki dziwny i nie kontaktuje"),
])
def test_two_signs_of_a_diabetic_going_under_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż cukrzyk na insulinie czy jest jakiś zasiłek na leki",  # no sign
    "mama ma cukrzycę i się dużo poci czy jest dodatek",  # one sign
])
def test_diabetes_with_no_sign_or_one_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a child not picked up (senses.not_collected) ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "pytam o adres bo chłopczyk sąsiada u nas od rana ojciec miał przyjść i nie przyszedł a telefon nie odbiera",
    "mała z przedszkola u mnie siedzi już ciemno a matka nie przyszła i telefon wyłączony",
])
def test_a_child_nobody_came_for_and_no_answer_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "contact", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "czekałam od rana i nikt z opieki nie przyszedł a telefon nie odbiera",  # no child
    "mama miała przyjść po dziecko ale zadzwoniła że się spóźni",  # reached, no time gone
])
def test_nobody_come_without_a_child_or_the_parent_reached_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "contact", words))


# -- children left days ago (senses.left_alone_since) --------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "zięć pięć dni temu pojechał w trasę i zostawił chłopaków samych",
    "synowa cztery dni temu wyjechała i zostawiła je same",
    "córka dwa tygodnie temu wyjechała i zostawiła je same",
])
def test_children_left_alone_days_ago_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "dwa lata temu zostawiła je same i wyjechała a teraz są u mnie",  # years: no "tydzień/dni temu"
    "tydzień temu zostawiłam to samo pismo u was",  # the same thing
    "córka tydzień temu wyjechała i zostawiła mnie samą czy jest opiekunka",  # a grown-up: care
])
def test_left_years_ago_a_thing_or_a_grown_up_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a chimney fire, not remembering when one ate (prompts/pl.toml danger) -----------------------------------------

def test_a_chimney_fire_told_about_a_benefit_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "czy jest dodatek na czyszczenie komina bo w kominie się zapaliło i tak huczy"
    assert say_in(post, app, "benefits", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "zapaliła się sadza w kominie a mąż mówi że samo zgaśnie",
    "iskry lecą z komina na stodołę a ja o węgiel dzwonię",
    "dziadek sam mieszka i nie pamięta kiedy jadł coś ciepłego",
])
def test_a_chimney_fire_or_a_meal_forgotten_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "trzeba komin wyczyścić bo sadzy dużo czy gmina w tym pomoże",  # soot, no fire
    "nie pamiętam kiedy jest ta komisja",  # not a meal
])
def test_soot_or_a_date_forgotten_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- quietly, not a saying waved away (senses.in_jest_from) --------------------------------------------------------

@pytest.mark.parametrize("words", [
    "zostawiam wiadomość w sprawie komisji bo mąż mnie tak czasem szarpie jak wypije ja tak cicho mówię bo jest w domu",
    "nagrywam się o tę komisję alkoholową bo syn mnie jak wypije to popycha ja tak po cichu mówię bo śpi obok",
])
def test_danger_then_speaking_quietly_beside_a_matter_is_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, words) == danger_closed(app)


def test_danger_then_speaking_quietly_in_the_main_menu_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "w sprawie komisji alkoholowej bo mąż mnie jak wypije to szarpie ja tak szeptem mówię bo jest w kuchni"
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_saying_waved_away_is_still_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)  # round twenty-three's reading kept
    assert not_danger(app, say_in(post, app, "main", "zabiję tego listonosza ja tak tylko mówię dzwonię o zasiłek"))


# -- harm denied, a ton of fuel (senses.harm_denied, senses.noun_after_preposition) --------------------------------

@pytest.mark.parametrize("words", [
    "mąż pije ale krzywdy nikomu nie robi czy jest komisja alkoholowa",
    "syn popija ale krzywdy mi nie robi chodzi o leczenie odwykowe",
])
def test_harm_denied_beside_drinking_is_the_drinking_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "addiction")


@pytest.mark.parametrize("words", [
    "boję się żeby sobie krzywdy nie zrobił",  # a fear
    "czy on mi krzywdy nie zrobi jak wróci pijany",  # a question
    "krzywdy nie robi ale mnie bije jak wypije",  # another danger word
])
def test_harm_feared_or_danger_beside_it_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "syn przywiózł opał tonę i pół to jak jest z tym dodatkiem węglowym",
    "kupiłam tonę węgla czy dodatek węglowy jeszcze jest",
])
def test_a_ton_of_fuel_is_the_heating_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")


@pytest.mark.parametrize("words", ["ja tonę pomóżcie", "tonę węgla przywiózł a mąż mnie bije"])
def test_drowning_or_danger_beside_the_ton_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a return to drinking, after rehabilitation (prompts/pl.toml not_meant, not_now) -------------------------------

def test_a_message_that_he_should_not_go_back_to_drinking_records(make_app, post):
    words = "zostawiam wiadomość w sprawie męża co jest na odwyku żeby nie wrócił do nałogu"
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, words)
    assert body == say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, "zostawię wiadomość") and "<Record" in body


@pytest.mark.parametrize("words", [
    "syn nie wrócił do domu od wczoraj",
    "nie wrócił z odwyku i od wczoraj go nie ma",
])
def test_someone_not_come_back_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_fall_after_rehabilitation_beside_a_call_back_asks_the_call_back(make_app, post):
    words = "proszę oddzwonić w sprawie mamy co się przewróciła w kuchni ale już jest po rehabilitacji i chodzi"
    assert same(make_app, post, LEAVE_WORD, words, "proszę oddzwonić", moment=FRIDAY_EVENING)


def test_danger_again_after_rehabilitation_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "tata jest po rehabilitacji ale dzisiaj znowu upadł i nie może wstać"
    assert say_in(post, app, "main", words) == danger_open(app)


# -- at the number read back: a yes, then a request to read it again (senses.yes_but_again) ------------------------

@pytest.mark.parametrize("words", [
    "tak to mój numer ale proszę jeszcze raz powtórzyć",
    "no tak chyba się zgadza tylko niech pani jeszcze raz przeczyta bo nie dosłyszałam",
])
def test_a_yes_then_a_request_to_read_again_reads_the_number_again(make_app, post, words):
    assert same(make_app, post, "callback", words, "proszę powtórzyć", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["tak to mój numer", "tak zgadza się proszę dzwonić"])
def test_a_plain_yes_still_confirms(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


# -- "nie ten numer" with the call-back refused (senses.call_back_refused) ----------------------------------------

def test_not_this_number_and_no_call_back_wanted_asks_for_no_number(make_app, post):
    words = "nie nie ten numer ale nie trzeba oddzwaniać ja sama zadzwonię"
    assert same(make_app, post, "callback", words, "nie trzeba oddzwaniać")
    assert not same(make_app, post, "callback", words, "nie ten numer")


@pytest.mark.parametrize("words", [
    "nie to nie mój numer proszę nie dzwonić w nocy",  # when, not whether
    "nie ten numer nie oddzwaniajcie na ten numer",  # which number
])
def test_not_this_number_still_offers_another(make_app, post, words):
    assert same(make_app, post, "callback", words, "nie ten numer")


# -- a person told as what she once did (senses.person_told_in_past) -----------------------------------------------

def test_a_worker_who_once_came_is_told_and_the_hours_are_asked(make_app, post):
    words = "pani z opieki przyszła do taty jak chorował i bardzo pomogła a do której jesteście otwarci"
    assert same(make_app, post, "main", words, "do której jesteście otwarci")


def test_a_worker_who_once_came_on_a_holiday_is_no_transfer(make_app, post):
    words = "pani z opieki przyjechała do nas w zeszłym roku i pomogła a gdzie wy jesteście"
    assert same(make_app, post, "main", words, "gdzie wy jesteście", moment=CHRISTMAS_EVE)


@pytest.mark.parametrize("words, reference", [
    ("żeby pani z opieki przyszła do mamy", "żeby pracownik socjalny przyszedł do mamy"),  # a wish: a visit
    ("chcę rozmawiać z panią kierownik", "proszę połączyć z kierowniczką"),  # asked for
])
def test_a_worker_wished_or_asked_for_is_unchanged(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)
