"""Round forty-one of issue 23 (bench/fresh41): ashamed callers who play danger down, euphemisms and half-sentences.
Each reading is played through the real /voice webhooks (exact TwiML for the safety route and for a few items), beside
the near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, check, not_danger, same, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def danger_said(app, body: str) -> bool:
    return say(app, "danger") in body


# -- the gas smelled before it is named (senses.gas_smelled_before) -------------------------------------------------

def test_gas_smelled_before_it_is_named_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "ja o ten dodatek do prądu ale śmierdzi u nas w przedpokoju gazem od wieczora"
    assert say_in(post, app, "benefits", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "od rana śmierdzi w całym mieszkaniu gazem a mama śpi"),
    ("benefits", "czuć u nas w łazience gazem i dzieci bolą głowy"),
])
def test_gas_smelled_before_it_is_named_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mama źle się czuje a rachunek za gaz przyszedł taki wysoki",  # feeling, not a smell
    "czuć było w kuchni gazem ale gazownik już naprawił",  # past
    "nie czuć u nas gazu ale rachunek wysoki",  # denied
])
def test_feeling_a_past_smell_or_none_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a house not heated, someone in it coughing (senses.cold_and_coughing) ------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "dziadek sam w chałupie nie pali bo nie ma czym zimno tam okropne i kaszle całą noc"),
    ("main", "u sąsiadki zimno jak w lodówce w piecu nie pali od tygodnia a ona choruje"),
])
def test_an_unheated_cold_house_with_someone_coughing_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_an_unheated_cold_house_with_someone_ill_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "u sąsiadki w domu zimno w piecu nie napalone od tygodnia a ona choruje"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "zimno w domu nie mam czym palić czy jest dodatek węglowy",  # no one ill
    "zimno w domu nie mam czym palić i kaszlę",  # the caller's own cough: the heating item
])
def test_a_cold_house_without_someone_else_ill_is_the_heating_item(make_app, post, words):
    assert same(make_app, post, "main", words, "dodatek węglowy")


def test_a_cough_in_a_warm_house_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "nie palimy w piecu bo ciepło a mama kaszle"))


# -- water withheld from someone frail (senses.drink_withheld) ------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "synowa nie daje dziadkowi pić a on leży w łóżku"),
    ("about", "babcia leżąca a córka nie daje jej picia cały dzień"),
])
def test_water_withheld_from_someone_frail_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_alcohol_withheld_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "żona mu nie daje pić wódki a dziadek się złości"))
    assert say_in(post, app, "main", "babcia leży w łóżku a syn ją bije") == danger_open(app)


# -- drowning oneself (senses.drowning_oneself) ---------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "to ja pójdę się utopić w rzece i tyle"),
    ("benefits", "po co mi to wszystko chyba się utopię w tej studni"),
    ("main", "bym się najchętniej utopiła jak o tym myślę"),
])
def test_drowning_oneself_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_drowning_in_debts_is_the_matter_asked(make_app, post):
    words = "można się utopić w tych długach czy jest jakiś zasiłek"
    assert same(make_app, post, "main", words, "zasiłek")


# -- a home the caller cannot go back to after he smashed things (senses.home_smashed) ------------------------------

def test_a_home_smashed_after_hours_in_the_call_back_menu_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "mąż mi wszystko potłukł w domu i nie mam jak tam wrócić"
    assert say_in(post, app, "callback", words) == danger_closed(app)


def test_a_home_smashed_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "mąż wszystko porozbijał w kuchni i nie mogę wrócić tam"
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "wnuk rozbił szklankę a ja już wracam do domu",  # the caller goes home
    "syn rozbił auto ale nie mogę narzekać bo nic mu się nie stało",  # no home left
])
def test_something_broken_without_a_home_left_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- gone by tomorrow, beside giving up (senses.gone_by_tomorrow) ---------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "wszystko mi jedno już jutro mnie nie będzie"),
    ("hours", "nie mam siły już mnie niedługo nie będzie chciałam tylko powiedzieć"),
])
def test_gone_by_tomorrow_beside_giving_up_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "jutro mnie już nie będzie w biurze wszystko jedno",  # a place: an absence
    "jutro mnie już nie będzie wyjeżdżam do córki wszystko mi jedno czy pani zadzwoni",  # leaving
    "jutro mnie już nie będzie proszę zadzwonić w piątek",  # no giving up
])
def test_an_absence_told_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- the hour checked, the way there the reason (senses.time_checked_before_reason) ---------------------------------

@pytest.mark.parametrize("words", [
    "a w czwartek to do piętnastej tak bo przyjadę autobusem",
    "w czwartek od siódmej prawda bo ja pociągiem przyjadę",
])
def test_an_hour_checked_before_the_way_there_is_that_days_hours(make_app, post, words):
    assert same(make_app, post, "hours", words, "w czwartek do której")



# -- a worker asked to come (senses.worker_asked_to_come) -----------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "chciałabym żeby pani z opieki przyszła porozmawiać z synem"),
    ("about", "mama prosi żeby pani z opieki wpadła kiedyś porozmawiać"),
    ("main", "niech pani z opieki przyjedzie kiedyś pogadać bo u nas kłótnie"),
    ("main", "chciałabym żeby pracownica kiedyś przyszła porozmawiać"),
])
def test_a_worker_asked_to_come_is_the_social_workers_item_exact_twiml(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, "social_work")


@pytest.mark.parametrize("words", [
    "żeby pani kierownik przyszła do telefonu",  # to the phone
    "chcę porozmawiać z panią z opieki",  # no coming
])
def test_a_worker_asked_to_the_phone_or_to_talk_is_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę z pracownikiem")


# -- cooking one cannot do, beside care (senses.cooking_within_care) ------------------------------------------------

def test_cooking_one_cannot_do_beside_care_is_care_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "tata sam się nie umyje i nie ugotuje sobie a ja w pracy"
    assert say_in(post, app, "about", words) == topic(app, "care")


def test_a_meal_named_is_still_food(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "czy są obiady dla taty bo sam nie ugotuje") == topic(app, "food")


# -- only to chat, nothing wanted (senses.only_to_chat) -------------------------------------------------------------

def test_only_to_chat_with_nothing_wanted_is_no_person(make_app, post):
    words = "nic mi nie trzeba ja tylko chciałam tak pogadać"
    assert not same(make_app, post, "main", words, "proszę z pracownikiem")


@pytest.mark.parametrize("words", [
    "nic nie trzeba tylko porozmawiać z panią kierownik",  # someone named
    "chcę z kimś pogadać",  # nothing refused
])
def test_talking_to_someone_asked_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę z pracownikiem")


# -- only venting (senses.only_venting) -----------------------------------------------------------------------------

def test_only_venting_asks_nothing(make_app, post):
    words = "emerytura mała ledwo starcza ale nie dzwonię o pieniądze tylko się pożaliłam"
    assert not same(make_app, post, "main", words, "zasiłek")


def test_help_for_another_or_danger_beside_venting_is_unchanged(make_app, post):
    assert same(make_app, post, "main", "nie dzwonię po pomoc dla siebie tylko dla sąsiadki potrzebuje zasiłku",
                "zasiłek")
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie dzwonię po pomoc tylko się wyżalić mąż mnie bije") == danger_open(app)


# -- the day of what happened (senses.day_of_past_event) ------------------------------------------------------------

@pytest.mark.parametrize("node, words, day", [
    ("about", "w sobotę pokłóciłam się z mężem ale już dobrze", "w sobotę"),
    ("hours", "w poniedziałek od ósmej byłam bo autobus się spóźnił", "w poniedziałek do której"),  # no tag: told
])
def test_a_day_of_what_happened_is_no_question_of_the_hours(make_app, post, node, words, day):
    assert not same(make_app, post, node, words, day)


@pytest.mark.parametrize("words", ["czy w sobotę jesteście", "w sobotę"])
def test_a_day_asked_is_still_the_hours(make_app, post, words):
    assert same(make_app, post, "about", words, "do której w sobotę")


# -- leaving a word (prompts/pl.toml, message: "zostawić słówko") ---------------------------------------------------

@pytest.mark.parametrize("node, words", [
    (LEAVE_WORD, "chciałabym zostawić słówko dla pracownicy że przyjdę jutro"),
    ("main", "to ja zostawię słówko dla pani kierownik"),
])
def test_leaving_a_word_records_a_message(make_app, post, node, words):
    assert same(make_app, post, node, words, "zostawię wiadomość", moment=FRIDAY_EVENING)


def test_having_a_word_with_someone_is_a_person(make_app, post):
    assert same(make_app, post, "main", "chciałabym zamienić słówko z panią kierownik", "proszę z pracownikiem")


# -- afraid to go in (senses.afraid_to_go_in) -----------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "siedzę w stodole bo boję się wejść on tam krzyczy"),
    ("about", "mama dzisiaj śpi w oborze bo boi się wejść do domu jak on pijany"),
])
def test_afraid_to_go_in_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_afraid_to_go_in_for_shame_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "straciłam pracę i siedzę pod domem bo boję się wejść co powiem mężowi gdzie jest urząd pracy"
    assert not_danger(app, say_in(post, app, "main", words))


def test_afraid_to_climb_is_the_matter_asked(make_app, post):
    words = "boję się wejść na drabinę żeby okno umyć czy jest pomoc w domu"
    assert same(make_app, post, "main", words, "opiekunka")


# -- holding the door against someone (senses.holding_the_door) -----------------------------------------------------

def test_holding_the_door_against_someone_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "ja trzymam drzwi a on chce wejść i dzieci płaczą") == danger_closed(app)


def test_blocking_the_door_against_someone_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "podparłam drzwi szafką bo on chce wejść do środka") == danger_open(app)


@pytest.mark.parametrize("words", [
    "trzymam drzwi bo pies chce wejść",  # an animal
    "trzymam drzwi otwarte bo kurier chce wejść z paczką",  # held open
])
def test_a_door_held_for_an_animal_or_open_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- the same again as last time (senses.again_as_last_time) --------------------------------------------------------

def test_again_as_last_time_is_danger_now_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "syn znowu taki jest jak w zeszłym miesiącu i wali w drzwi"
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w zeszłym tygodniu wali w drzwi a teraz spokój",  # no comparison
    "jak w zeszłym tygodniu pobił mnie to poszłam do lekarza",  # no "znowu"
])
def test_a_past_told_without_again_is_still_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)
