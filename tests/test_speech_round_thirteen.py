"""Round thirteen of issue 23 (bench/fresh13): the general rules added for a new writer's callers, mostly danger
said indirectly, each played through the real /voice webhooks with exact TwiML, beside the input that would break
each rule. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood
from test_speech_round_nine import about_menu, benefits_item, danger_open
from test_speech_round_ten import danger_closed, no_danger
from test_speech_rules import LEAVE_WORD, check, child_benefit, heating, item, say_in

from ivr.call import senses


# -- danger: the fields of this round ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "babcia poszła na cmentarz i teraz dzwoni, że nie wie którędy do domu, a już ciemno",
    "dziadek zabłądził w lesie, a mróz idzie",
    "jestem na przystanku i nie mogę trafić do domu, nogi mi nie idą",
    "były mąż wali w okno i krzyczy, żeby mu otworzyć",
    "teściowa chce mi dziecko siłą zabrać, stoi w drzwiach",
    "już mnie nic nie trzyma na tym świecie",
    "na strychu wisi lina, a ojciec mówi, że to już koniec",
    "u nas jeść nie ma co od trzech dni",
    "w mieszkaniu tak zimno, że ręce mi grabieją, a mama leży",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_in_this_rounds_fields_after_hours_gives_the_helpline(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, "mąż od godziny wali w bramę i grozi") == danger_closed(app)
    assert say_in(post, app, LEAVE_WORD, "mama nie wie którędy do domu") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "którędy do was dojechać od kościoła", "czekam na linii już pół godziny", "linia cały czas zajęta",
    "kupiłam grabie do liści", "nogi mnie bolą, potrzebna opiekunka",
])
def test_the_way_asked_a_phone_line_or_a_rake_are_no_danger(make_app, post, words):
    # "lina" and "grabieją" alone would take "linii" and "grabie" as near words: only the phrases are danger.
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


# -- danger told as over now --------------------------------------------------------------------------

def test_violence_from_a_husband_dead_for_years_is_the_matter_named(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "mąż mnie bił, ale od lat nie żyje, a ja teraz chciałam o zasiłek stały")
    assert body == benefits_item(app)


def test_drinking_given_up_years_ago_is_no_danger_beside_a_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "ojciec kiedyś bił matkę, ale już pięć lat nie pije, a ja o dodatek na opał")
    assert body == heating(app)


def test_a_fall_all_well_now_is_the_matter_named(make_app, post):
    # "ale" after the words of what is over: only danger said after it is danger now.
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "mama upadła, teraz już dobrze, ale potrzebna opiekunka")
    assert body == item(app, "care", "info_care")


def test_danger_over_with_no_matter_asks_whether_anyone_is_in_danger(make_app, post):
    # The design's answer to danger told as over without a matter: "is anyone in danger?" where a matter is asked.
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "sąsiad upadł, ale już wszystko się wyjaśniło") == check(app)


@pytest.mark.parametrize("words", [
    "sąsiad od wczoraj nie wstaje i chyba nie żyje",
    "mąż już nie pije, ale dzisiaj mnie pobił",
    "w zeszłym tygodniu mnie pobił, a teraz znowu bije",
    "w zeszłym tygodniu mnie pobił i boję się",
    "już dobrze, ale mąż mnie bije",
    "ojciec lata nie pije, ale bije mamę",
    "było już dobrze, a on znowu mnie bije",
])
def test_danger_now_beside_the_over_words_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż mnie bije, już dobrze nie jest",
    "ojciec znowu pije i bije, teraz spokój nie ma",
])
def test_the_words_of_what_is_over_denied_leave_danger_now(make_app, post, words):
    # "już dobrze nie jest" says it is not fine: the safety route at once, not the "is anyone in danger?" question.
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_all_well_and_no_drinking_told_after_it_stays_over(make_app, post):
    # Only "nie jest", "nie ma" deny the words of what is over: "już dobrze, nie pije" is still told as over.
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "ojciec kiedyś bił, ale już dobrze nie pije, a ja o dodatek na opał")
    assert body == heating(app)


def test_someone_who_has_not_been_found_alive_is_still_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "sąsiad chyba nie żyje, leży na podłodze") == danger_open(app)
    assert say_in(post, app, "main", "dziadek od wczoraj nie wstaje z łóżka") == danger_open(app)


# -- burdens that "kill" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "zabijają mnie te schody na trzecie piętro",
    "te rachunki za gaz to mnie chyba zabiją",
    "nerwy mnie zabijają przez te papiery",
])
def test_burdens_that_kill_are_a_figure_of_speech(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "zabiją mnie synowie przez te rachunki",
    "zabiją mnie, ci sąsiedzi, za te schody",
    "rachunki to pół biedy, ale oni mnie zabiją",
])
def test_people_who_kill_beside_burdens_are_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_costs_that_kill_read_the_burden_after_the_verb_and_a_resuming_to():
    assert senses.costs_that_kill(["zabijają", "mnie", "te", "schody"], [("danger", 0, 1, 96.0)], "danger")
    assert not senses.costs_that_kill(["zabijają", "mnie", "synowie"], [("danger", 0, 1, 96.0)], "danger")
    words = ["ceny", "za", "prąd", "to", "mnie", "zabiją"]
    assert senses.costs_that_kill(words, [("danger", 5, 6, 96.0)], "danger")


# -- danger named only to deny it ----------------------------------------------------------------------------

def test_danger_denied_before_a_matter_is_that_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "ja nie w sprawie przemocy, broń boże, tylko o osiemset plus")
    assert body == child_benefit(app)
    body = say_in(post, app, "main", "to nie o przemoc chodzi, tylko o dodatek na węgiel")
    assert body == heating(app)


@pytest.mark.parametrize("words", [
    "to nie o zasiłek, mąż mnie bije",
    "nie w sprawie zasiłku, tylko o przemoc w domu",
    "nie w sprawie przemocy, ale syn mnie bije, a dzwonię o osiemset plus",
])
def test_danger_not_denied_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_denied_with_no_matter_after_is_unchanged(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie w sprawie przemocy") == danger_open(app)


# -- an animal threatened ------------------------------------------------------------------------------

def test_killing_an_animal_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "zabiję tego psa sąsiada, jak znowu kury pogoni, a dzwonię o opał")
    assert body == heating(app)
    assert no_danger(app, say_in(post, app, "main", "trzeba zabić te szczury w piwnicy"))


@pytest.mark.parametrize("words", [
    "on mnie zabije jak psa", "zabije sąsiada, jak mu psa otruje", "zabiję się", "zabił psa i teraz mnie straszy",
])
def test_a_person_beside_an_animal_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_animal_killed_reads_the_object_right_after_the_verb():
    assert senses.animal_killed(["zabiję", "tego", "kota"], [("danger", 0, 1, 96.0)], "danger")
    assert not senses.animal_killed(["zabije", "mnie", "jak", "psa"], [("danger", 0, 1, 96.0)], "danger")
    assert not senses.animal_killed(["zabije", "sąsiada"], [("danger", 0, 1, 96.0)], "danger")


def test_about_menu_is_unchanged(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czym wy się zajmujecie") == about_menu(app)
