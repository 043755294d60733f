"""Round forty-two of issue 23 (bench/fresh42): night, weekend and holiday calls of people alone and frightened. Someone
not come out since a named day, a cold house with someone sick in it, someone who stopped eating, no bread or milk for
a child, "pomocy" cried alone; beside them a danger phrase heard across a goodbye, "X czy tylko Y", the caller's own
coming when the office is open, a past month and the police having dealt with it. Each reading is played through the
real /voice webhooks (exact TwiML for the safety route and for a few items), beside the near inputs that must not
change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open, goodbye
from test_speech_round_ten import danger_closed


# -- not come out since a named day (senses.not_out_since_named_day) -----------------------------------------------

def test_not_out_since_the_holidays_with_a_dog_howling_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "dzwonię bo sąsiad od wigilii z domu nie wychodzi a pies u niego wyje całą noc"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "pani z naprzeciwka od świąt nie wyszła z chałupy i w oknach u niej światła nie ma"),
    ("hours", "babcia od piątku nie wychodzi z domu i nie otwiera nikomu"),
    ("about", "wujek od niedzieli na podwórko nie wychodzi a kot mu miauczy i pies wyje"),
])
def test_not_out_since_a_named_day_with_a_sign_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mama od świąt nie wychodzi z domu bo na dworze ślisko",  # no sign of the house gone quiet
    "ja od piątku nie wychodzę bo mnie nogi bolą a pies wyje",  # the caller, not another
])
def test_not_out_since_a_named_day_without_a_sign_or_of_the_caller_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_not_out_since_a_named_day_on_a_screen_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "w telewizji pokazywali jak sąsiad od świąt nie wychodził a pies wył"
    assert say_in(post, app, "main", words) == check(app)


# -- a cold house with someone sick in it (senses.cold_and_sick) ---------------------------------------------------

def test_a_cold_house_with_someone_shaking_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "chodzi o opał bo nie mam czym napalić w domu zimno a dziadek cały się trzęsie"
    assert say_in(post, app, "benefits", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "w piecu nie pali się od wczoraj zimno jak w psiarni a babcia chora leży"),
    ("heating", "węgiel się skończył w chałupie zimno a mąż leży chory w łóżku"),
    ("benefits", "drewna nie ma zimno w izbie a teściowa się trzęsie pod kołdrą"),
])
def test_a_cold_house_with_someone_sick_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "zimno w domu nie mamy czym palić czy jest dodatek węglowy",  # no one sick
    "mąż chory leży czy jest jakaś opiekunka",  # no cold
    "zimno węgla nie ma aż mi się ręce trzęsą",  # the caller's own hands
])
def test_a_cold_house_or_someone_sick_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- stopped eating for days (senses.stopped_eating_for_days) ------------------------------------------------------

def test_stopped_eating_for_days_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "tata przestał jeść od czterech dni i tylko śpi"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "teściowa od tygodnia nic nie bierze do ust"),
    ("care", "w sprawie opiekunki bo babcia przestała całkiem jeść już trzeci dzień"),
    ("hours", "do której jesteście bo mąż od wczoraj nic do ust nie bierze"),
])
def test_stopped_eating_for_days_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż przestał jeść mięso od tygodnia bo lekarz kazał",  # a diet: a food named
    "tata przestał pić trzy dni temu i chciałbym zapytać o terapię",  # drinking stopped, not eating
    "mama przestała jeść słodycze czy są obiady dla seniorów",  # no days
])
def test_stopped_eating_a_food_or_drinking_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- no bread or milk for a child (senses.no_food_for_child) -------------------------------------------------------

def test_no_milk_for_a_baby_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "benefits", "w sprawie zasiłku bo nie mam już mleka dla małej") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "nie mamy ani chleba ani niczego dla dzieci"),
    ("food", "od rana nie ma jedzenia dla synka"),
])
def test_no_food_for_a_child_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w sklepie nie ma chleba od dwóch dni",  # no child
    "nie ma mleka modyfikowanego w aptece",  # no child, a shop's matter
    "mam mleko dla małego ale chciałam o paczki",  # no "nie"
])
def test_no_food_in_a_shop_or_food_there_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- "pomocy" cried alone (senses.help_cried) ----------------------------------------------------------------------

def test_help_cried_alone_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "pomocy") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "ludzie pomocy"),
    ("about", "pomocy pomocy szybko"),
    ("hours", "o boże pomocy"),
])
def test_help_cried_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "potrzebuję pomocy",
    "pomocy w sprawie opału",
    "chciałam zapytać o zakres pomocy",
])
def test_help_asked_for_in_a_sentence_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a danger phrase heard across a goodbye (senses.danger_into_goodbye) -------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("leave_word", "to już nic nie chcę do widzenia"),
    ("leave_word", "nic nie nagram do widzenia"),
    ("main", "dziękuję nic więcej nie chcę do widzenia"),
])
def test_nothing_wanted_then_goodbye_is_the_goodbye_exact_twiml(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) == goodbye(app)


@pytest.mark.parametrize("words", [
    "nic nie widzę do widzenia",  # the danger phrase whole, before the goodbye
    "córka napisała że się ze mną żegna i nie odbiera",  # a one-word goodbye that is the danger phrase's own
    "chyba skończę to wszystko jeszcze dziś",  # the goodbye "to wszystko" is the danger phrase's own words
    "skończę to wszystko do widzenia",  # the danger phrase whole, then the goodbye
])
def test_danger_before_or_inside_a_goodbye_stays_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "leave_word", words) == danger_closed(app)


# -- "X czy tylko Y" (senses.only_the_other) -----------------------------------------------------------------------

@pytest.mark.parametrize("node, words, asked", [
    ("benefits", "a obiady to też dajecie czy tylko pieniądze", "food"),
    ("main", "a na węgiel też coś dajecie czy jedynie zasiłki", "heating"),
    ("about", "opiekunkę też załatwiacie czy tylko te pieniądze", "care"),
])
def test_the_matter_asked_before_czy_tylko_is_answered(make_app, post, node, words, asked):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, asked)


def test_czy_tylko_with_no_other_matter_is_unchanged(make_app, post):
    assert same(make_app, post, "main", "czy tylko pieniądze dajecie", "pieniądze dajecie")


# -- the caller's own coming when open (senses.own_coming_when_open) -----------------------------------------------

@pytest.mark.parametrize("words", [
    "nie trzeba oddzwaniać przyjdę jak będzie otwarte",
    "nie nie sama podjadę jak będzie czynne",
])
def test_own_coming_when_open_is_no_hours_question(make_app, post, words):
    assert same(make_app, post, "callback", words, "nie trzeba oddzwaniać", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words, reference", [
    ("kiedy będzie otwarte", "godziny otwarcia"),  # asked
    ("przyjdę a do której jest otwarte", "godziny otwarcia"),  # asked, no "jak"
])
def test_hours_asked_stay_the_hours(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- a past month and the police having dealt with it (prompts/pl.toml, not_now) -----------------------------------

@pytest.mark.parametrize("words", [
    "to było w maju jak mi sąsiad groził siekierą",
    "ukradli mi portfel na targu ale policja już to załatwiła",
])
def test_danger_told_as_over_alone_is_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)


def test_danger_told_as_over_beside_a_matter_is_the_matter(make_app, post):
    words = "to było w kwietniu jak mnie pobił teraz chodzi mi o dodatek węglowy"
    assert same(make_app, post, "main", words, "chodzi mi o dodatek węglowy")


@pytest.mark.parametrize("words", [
    "to było w marcu jak mnie pobił a teraz znowu bije",  # danger now after it
    "mąż mnie bije a policja już była i nic",  # the police came, nothing dealt with
    "w lutym mnie pobił i boję się",  # a month without "było"
])
def test_danger_now_beside_a_past_month_or_the_police_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- session 16's mend: a month to come is not over (senses.only_to_come) -------------------------------------------
# The months above are list entries, matched by lemma: "było w październiku" also matched "będzie w październiku".

@pytest.mark.parametrize("node, words", [
    ("main", "mąż mnie bije a sprawa w sądzie będzie w październiku"),
    ("about", "on mi grozi że mnie zabije a rozprawa będzie dopiero w grudniu"),
    ("benefits", "syn mnie bije a ta komisja będzie w marcu"),
])
def test_danger_beside_a_month_to_come_is_danger_at_once(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_danger_beside_a_month_to_come_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "sąsiad mi grozi nożem a rozprawa będzie w styczniu") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "mąż mnie bił ale to było w październiku",  # the past: still asked about
    "to było w maju jak mi sąsiad groził siekierą",
    "to było w maju jak mi sąsiad groził siekierą a następna sprawa będzie w czerwcu",  # one span past: over
])
def test_danger_beside_a_month_past_is_still_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)
