"""Round twenty-nine of issue 23 (bench/fresh29): danger told inside an ordinary call, understated or as an aside, and
texts that only sound alarming. Each reading is played through the real /voice webhooks (exact TwiML for the safety
route), beside the near inputs that must not change. The sentences are this round's own phrasings of each kind, not
the corpus rows."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, check, dial, not_danger, same, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def said_danger(app, body: str) -> bool:
    """The safety route's 112 sentence first (on a holiday, as after hours)."""
    return say(app, "danger") in body and body.index(say(app, "danger")) < body.index("</Say>") + len("</Say>")


def person_open(app) -> str:
    return dial(app, "transfer")


# -- words of danger (prompts/pl.toml danger) --------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "dzwonię w sprawie zasiłku ale jak wróci to mnie znowu skatuje"),  # "skatować"
    ("benefits", "o ten zasiłek pytam a leki mam wszystkie odliczone na stole"),  # the pills all, the other order
    ("food", "w sprawie paczek dzwonię bo w lodówce nic a do wypłaty tydzień"),  # an empty fridge
    ("about", "pytam o pracę ale sznurek już naszykowany leży w szopie"),  # a rope prepared
    ("care", "chodzi o opiekunkę bo nikt do niego od środy nie zajrzał a on leżący"),  # nobody looked in
])
def test_words_of_danger_told_as_an_aside_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_a_word_of_danger_told_as_an_aside_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "hours", "dobrze zapamiętam a tabletki mam wszystkie wysypane") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "tabletki mi się wysypały na podłogę czy apteka jest otwarta"),  # pills spilt, not all laid out
    ("heating", "sznurek do snopków mam przygotowany czy jest dodatek węglowy"),  # twine, not "sznur"
    ("main", "lodówka mi się zepsuła czy jest na to jakiś zasiłek"),  # no fridge empty
])
def test_near_words_are_no_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, node, words))


# -- sudden sight loss (senses.sudden_sight_loss) ----------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "to ja jutro przyjdę tylko tak mówię że nie widzę na lewe oko od rana",
    "mąż nagle nie widzi na jedno oko i mówi że go głowa boli",
    "a jeszcze powiem że od wczoraj nie widzę na prawe oko",
])
def test_sight_lost_lately_or_with_the_head_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "contact", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nie widzę na jedno oko od urodzenia czy jest dofinansowanie do okularów",  # no recent time, no head
    "nie widzę tych cyferek mam słabe oczy",  # no eye seen on
])
def test_sight_weak_for_long_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- fumes in the house (senses.fumes_inside) ----------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "pytam o węgiel a piec tak dymi że w głowie mi się kręci",
    "w sprawie opału dzwonię bo kopci ten piec i głowa nam pęka",
    "piec nam dymi od rana a ja taka senna jestem",
])
def test_a_smoking_stove_and_a_sign_of_fumes_is_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "heating", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "piec dymi potrzebny nowy czy jest dodatek",  # no sign of fumes breathed
    "piec nie dymi a głowa mnie boli od tych rachunków",  # no smoke
    "dzieci spać poszły a piec dymi trzeba komin czyścić",  # going to sleep is no drowsiness
])
def test_smoke_or_a_headache_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a machine without power (senses.device_without_power) ---------------------------------------------------------

@pytest.mark.parametrize("words", [
    "dziadek ma koncentrator tlenu a odcięli nam prąd",
    "mama jest na tlenie i bateria w tym urządzeniu się kończy a prądu nie ma",
])
def test_someone_on_a_machine_without_power_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "benefits", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "dziadek na tlenie a prąd drogi czy jest dodatek",  # the power not lost
    "odcięli prąd czy jest jakaś pomoc",  # no one on a machine
])
def test_a_machine_or_the_power_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a dark house since (senses.dark_house_since) ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "od wigilii nie widziałem światła u sąsiadki a ona sama mieszka",
    "ten samotny pan od piątku nie widać żeby się u niego w oknie świeciło",
])
def test_a_house_without_light_since_days_is_danger(make_app, post, words):
    app = make_app(CHRISTMAS_EVE)
    assert said_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "od wigilii nie widziałam syna pojechał do anglii",  # no sign of a house
    "od piątku nie widziałam nikogo z opieki drzwi zamknięte",  # a door is no sign of life
    "nie widzę światła na tej klatce czy to do gminy",  # no time since
])
def test_someone_not_seen_without_a_dark_house_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a child left alone for long (senses.left_alone_for_long) -------------------------------------------------------

@pytest.mark.parametrize("words", [
    "godziny słyszałam tylko powiem że synowa zostawia to maleństwo samo całymi dniami",
    "a synowa zostawiła małe samo na całą noc i poszła",
])
def test_a_child_left_alone_for_long_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "zostawia je same na chwilę jak idzie do sklepu",  # a while
    "zostawiam to samo pismo co ostatnio",  # the same thing
    "córka zostawia mnie samą na cały dzień bo pracuje potrzebuję opiekunki",  # a grown-up: care
])
def test_left_for_a_while_or_a_grown_up_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_grown_up_left_alone_is_still_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "córka zostawia mnie samą na cały dzień bo pracuje potrzebuję opiekunki"
    assert say_in(post, app, "main", words) == topic(app, "care")


# -- done with it (senses.done_with_it) ----------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "a zresztą już nie mogę zrobię to w nocy i będzie spokój",
    "nie mogę już ja zrobię to dziś i nie będę nikomu przeszkadzać",
])
def test_a_plan_said_without_its_words_is_danger(make_app, post, words):
    app = make_app(CHRISTMAS_EVE)
    assert said_danger(app, say_in(post, app, "about", words))


@pytest.mark.parametrize("words", [
    "już nie mogę tego wypełnić zrobię to jutro i będzie spokój",  # a thing she cannot do
    "zrobię to sama nie chcę nikomu przeszkadzać",  # no one who cannot go on
    "już nie mogę, zrobię to sama i nie będę nikomu przeszkadzać",  # done herself
])
def test_doing_a_thing_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- danger again, the time of long ago only the last time (Line._danger_said_again) -------------------------------

def test_danger_said_to_come_again_is_danger_beside_a_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "dzwonię w sprawie pracy bo jak się dowie to znowu mnie pobije jak w zeszłym miesiącu"
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_said_to_come_again_in_the_call_back_menu(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "tak to mój numer ale niech dzwonią rano bo on znów nas pobije jak w zeszłym tygodniu"
    assert say_in(post, app, "callback", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "w serialu znowu ją pobił jak w zeszłym tygodniu i dzwonię w sprawie zasiłku",  # another, on a screen
    "lata temu mnie bił a dzwonię w sprawie zasiłku",  # no "znowu"
])
def test_danger_of_another_or_long_ago_stays_beside_the_matter(make_app, post, words):
    assert same(make_app, post, "main", words, "dzwonię w sprawie zasiłku")


# -- a need beside prison (Line._need_beside_prison) ---------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "w sprawie zasiłku bo mąż w więzieniu a w lodówce nic",
    "syn w areszcie a dzieci głodne czy jest zasiłek",
])
def test_a_need_now_beside_someone_in_prison_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "benefits", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "bił mnie ale teraz siedzi w więzieniu dzwonię w sprawie zasiłku",  # violence: over
    "w zeszłym roku głodowaliśmy dzwonię w sprawie zasiłku",  # no prison
])
def test_violence_ended_by_prison_and_hunger_long_ago_stay_over(make_app, post, words):
    assert same(make_app, post, "main", words, "dzwonię w sprawie zasiłku")


# -- costs said to kill everyone (senses.costs_that_kill) -----------------------------------------------------------

def test_costs_said_to_kill_everyone_are_no_danger_and_the_fuel_named_gets_its_item(make_app, post):
    # the lead's decision at the merge: a caller who says the fuel's prices are killing everyone hears the heating
    # item (what the office can do about it), not "is anyone in danger?" nor "not understood"
    app = make_app(TUESDAY_OPEN)
    words = "te ceny za opał to mnie normalnie zabijają człowieka i tyle"
    assert say_in(post, app, "main", words) == topic(app, "heating")


def test_the_matter_asked_after_the_figure_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "te ceny mnie zabijają czy jest dodatek węglowy") == topic(app, "heating")


@pytest.mark.parametrize("words", [
    "zabijają człowieka a mąż mnie bije",  # someone after
    "oni zabijają człowieka na ulicy",  # no prices
])
def test_killing_without_prices_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- help that came, told as over; a habit said to kill (prompts/pl.toml not_now, not_meant) ----------------------

def test_a_faint_the_doctor_already_saw_is_asked_about_not_the_safety_route(make_app, post):
    app = make_app(CHRISTMAS_EVE)
    words = "myślałam że to przychodnia bo tata zasłabł w sklepie ale już lekarz był i wszystko dobrze przepraszam"
    assert say_in(post, app, "about", words) == check(app)


def test_the_call_back_confirmed_after_an_attempt_now_treated(make_app, post):
    words = "tak to mój numer chodzi o syna co chciał sobie coś zrobić ale już jest po leczeniu to w sprawie papierów"
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("node, words", [
    ("main", "mama upadła lekarz jest w drodze"),  # help not yet there
    ("main", "syn jest po leczeniu ale znowu pije i mnie bije"),  # danger again after it
    ("callback", "tak to mój numer mąż jest po leczeniu ale znowu mnie bije"),
])
def test_danger_beside_help_not_yet_there_or_again_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "teściowa mnie zabije tym swoim gadaniem ha ha dzwonię po esemesa z adresem",
    "mąż mnie udusi tym chrapaniem ale ja w sprawie esemesa z godzinami",
])
def test_a_habit_said_to_kill_is_a_figure_of_speech(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę o esemesa z adresem i godzinami")


@pytest.mark.parametrize("words", ["mąż mnie udusi tym paskiem", "on mnie wykończy tym biciem"])
def test_a_thing_or_blows_said_to_kill_stay_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- the worker named before a talk with the family (senses.talk_with_us) ------------------------------------------

@pytest.mark.parametrize("words", [
    "chciałabym żeby ktoś z pracowników socjalnych z nami porozmawiał o synu",
    "żeby pracownica socjalna z nami w domu porozmawiała",
])
def test_the_worker_named_before_a_talk_with_the_family_is_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "social_work")


@pytest.mark.parametrize("words", [
    "chcę porozmawiać z pracownikiem socjalnym",  # no "z nami"
    "proszę połączyć z pracownikiem socjalnym niech z nami porozmawia",  # put through first
])
def test_a_worker_asked_for_is_still_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == person_open(app)


# -- a person after "żeby" right after the message asked (Line._person_only_addressed) -----------------------------

@pytest.mark.parametrize("words", [
    "chcę zostawić wiadomość żeby pani kierownik do mnie przyszła pogadać",
    "to zostawię wiadomość żeby ktoś z pracowników przyjechał porozmawiać o mamie",
])
def test_a_person_asked_for_inside_the_message_records(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, words)
    assert body == say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, "zostawię wiadomość") and "<Record" in body


def test_a_person_before_the_message_or_a_message_refused_is_still_a_person(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "proszę połączyć z panią kierownik a jak nie ma zostawię wiadomość") == \
        person_open(app)
    assert say_in(post, app, "main", "nie chcę zostawiać wiadomości żeby ktoś ze mną porozmawiał") == person_open(app)
    closed = make_app(FRIDAY_EVENING)
    assert say_in(post, closed, LEAVE_WORD, "mąż mnie bije zostawię wiadomość żeby ktoś przyjechał") == \
        danger_closed(closed)
