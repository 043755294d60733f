"""Round fifteen of issue 23 (bench/fresh15): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The sentences are
this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import benefits_item, danger_open, goodbye
from test_speech_round_ten import danger_closed
from test_speech_rules import addiction, care, check, contact, food, heating, say_in, social_work

from ivr.call import senses
from ivr.call.understand import Sayings


# -- danger: the caller hiding in the house now (senses.hiding_now) ------------------------------------------

@pytest.mark.parametrize("words", [
    "my się z mamą w kuchni zamykamy jak ojciec wraca",
    "z córką na strychu siedzimy bo on szuka nas po domu",
    "ja się z wnukiem w łazience zamykam bo syn szaleje",
    "siedzę w szafie i mówię szeptem bo zięć krzyczy",
])
def test_the_caller_hiding_in_the_house_now_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_hiding_in_the_house_after_hours_or_beside_a_yes_to_the_number_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "callback", "tak to ten numer ale szybko bo my z dziećmi na strychu siedzimy") \
        == danger_closed(app)
    assert say_in(post, app, "main", "ukrywam się w łazience bo on zaraz wróci") == danger_closed(app)


@pytest.mark.parametrize("words,expected", [
    ("mąż pije a syn siedzi na strychu całymi dniami", addiction),  # not the caller
    ("jak mąż pił to siedziałam z dziećmi na strychu a teraz syn też pije", addiction),  # over: the past tense
    ("siedzę w kuchni sama i nie mam obiadów czy są posiłki", food),  # a room where one sits
    ("zamykam sklep o piętnastej", not_understood),  # no "się", no room
])
def test_the_near_inputs_of_hiding_are_no_danger(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


def test_hiding_now_reads_the_first_person_present_and_a_room():
    assert senses.hiding_now("ja się w łazience zamykam".split())
    assert senses.hiding_now("z dziećmi na strychu siedzę".split())
    assert not senses.hiding_now("ja się zamykam w sobie".split())
    assert not senses.hiding_now("ja się nie zamykam w łazience".split())
    assert not senses.hiding_now("ona się zamyka w łazience".split())
    assert not senses.hiding_now("siedzę w pokoju i czekam".split())  # sitting only in an attic, wardrobe, bathroom


# -- danger: someone left lying in dirt (senses.lying_in_dirt) ------------------------------------------------

@pytest.mark.parametrize("words", [
    "teść leży od rana cały zasikany i nikt do niego nie przychodzi",
    "sąsiadka leży w łóżku w swoich odchodach a syn pojechał",
    "babcia leży na tapczanie taka brudna od tygodnia",
])
def test_someone_left_lying_in_dirt_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mama leży w łóżku i potrzebna pomoc w myciu",
    "brudna pościel leży u mamy trzeba kogoś do sprzątania",  # the dirt before, a thing
    "mama leży w łóżku a pranie w koszu całe brudne potrzebna opiekunka",  # a thing, not her
])
def test_lying_beside_words_of_dirt_said_of_things_is_still_care(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == care(app)


# -- danger: ending it, said by one who cannot go on (senses.ending_it) -------------------------------------

@pytest.mark.parametrize("words", [
    "nie daję już rady z tym wszystkim dzisiaj to zakończę",
    "już nie daję rady proszę pani chyba to skończę dziś",
    "nie dam rady dłużej to zakończę w nocy",
])
def test_ending_it_beside_not_coping_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_ending_it_after_hours_in_the_message_menu_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "leave_word", "nie daję już rady i chyba dzisiaj to skończę") == danger_closed(app)


@pytest.mark.parametrize("words,expected", [
    ("to ja już zakończę dziękuję do widzenia", goodbye),  # ending the call, no one who cannot go on
    ("nie daję rady z wnukami zakończę tę rozmowę i proszę o pracownika socjalnego", social_work),  # a thing ended
    ("nie daję rady z papierami skończę wniosek jutro czy może przyjść pracownik socjalny", social_work),
])
def test_ending_a_call_or_a_thing_is_no_danger(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


# -- danger: the fields of this round -------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    # life not wanted, said in the inverted order ("żyć nie chce" beside "nie chce mi się żyć")
    "ja już proszę pani żyć nie chcę po tym wszystkim",
    "mamie się żyć nie chce od pogrzebu taty",
    "odechciało mi się żyć a do tego te rachunki",
    # a threat to wring one's head off
    "ukręci mi łeb jak się dowie że tu dzwoniłam",
    "zięć krzyczy że córce głowę ukręci",
    # nowhere to go
    "mąż kazał się wynosić a ja nie mam dokąd iść z dziećmi",
    # someone lying and moaning
    "dziadek leży na tapczanie i stęka z bólu od rana",
    "teść leży i jęczy cały czas",
    # not let out
    "mąż zamknął drzwi i mówi że nas nie wypuści",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words,expected", [
    ("chcę żyć normalnie z dziećmi a węgla nie ma czym kupić", heating),
    ("w piecu nie mam czym palić a mróz taki potrzebny dodatek na opał", heating),  # cold, no one lying there
    ("mama ciągle jęczy że jej się nudzi potrzebna opiekunka", care),  # a complaint, no one lying
    ("mam urwanie głowy z tymi papierami", not_understood),
])
def test_the_near_inputs_of_this_rounds_fields_are_no_danger(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


# -- near negatives: long ago, a figure of speech, an animal --------------------------------------------------

@pytest.mark.parametrize("words", [
    "za okupacji to nas niemcy bili a teraz człowiek narzeka",
    "za komuny to się głodowało a teraz wszystkiego pełno w sklepach",
])
def test_danger_told_of_times_long_ago_named_by_za_is_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)


def test_a_story_of_long_ago_lasts_until_a_teraz(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # the soup of the story is no food asked for
    assert say_in(post, app, "main", "za wojny to my głodowali zupę z pokrzyw babcia gotowała a teraz ludzie "
                                     "grymaszą") == check(app)
    # a matter named after "teraz" is still asked; danger after "teraz" is danger now
    assert say_in(post, app, "main", "w telewizji pokazywali jak dzieci głodują a teraz pytam o paczki "
                                     "żywnościowe dla mnie") == food(app)
    assert say_in(post, app, "main", "za wojny głodowali a teraz znowu nie mam co jeść") == danger_open(app)
    assert say_in(post, app, "main", "za komuny bił mnie ojciec a teraz mąż mnie bije") == danger_open(app)


@pytest.mark.parametrize("words", [
    "człowiek by się najchętniej powiesił jak widzi co ta gmina z drogami robi",
    "normalnie bym się powiesiła kiedy słyszę co w tej gminie wyprawiają",
])
def test_a_wish_to_die_said_at_a_sight_in_the_conditional_is_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)


@pytest.mark.parametrize("words", [
    "bym się powiesiła bo nie mam po co żyć",  # no sight: a reason
    "najchętniej bym się zabiła jak widzę że on znowu pije i bije dzieci",  # "że": a situation
    "powieszę się jak widzę tego drania jeszcze raz",  # no conditional
])
def test_a_wish_to_die_with_a_reason_or_a_situation_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_farm_animal_that_will_kill_is_no_danger_but_a_person_is(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "ten byk mnie kiedyś zabije mówię pani") == not_understood(app)
    assert say_in(post, app, "main", "ta krowa to mnie zabije jak tak kopie") == not_understood(app)
    assert say_in(post, app, "main", "krowa ryczy a mąż mnie zabije jak wróci") == danger_open(app)
    assert say_in(post, app, "main", "zabije mnie jak psa tak mówi") == danger_open(app)
    assert say_in(post, app, "main", "mąż mnie kiedyś zabije") == danger_open(app)


# -- near negatives: another office's matter, a wrong number, a proverb ---------------------------------------

@pytest.mark.parametrize("words", [
    "gdzie się oddaje gabaryty w gminie",
    "gdzie jest ta segregacja plastików",
    "zasiłek chorobowy z zusu kiedy przychodzi",
    "zasiłek pogrzebowy z zusu jak się starać",
])
def test_waste_and_zus_benefits_named_by_their_kind_are_another_offices_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_the_lines_benefits_and_hours_are_unchanged(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "zasiłek stały z opieki ile wynosi") == benefits_item(app)
    assert say_in(post, app, "main", "kiedy jesteście otwarci") == say_in(post, app, "main", "godziny otwarcia")


@pytest.mark.parametrize("words", ["halo to chyba nie tam gdzie trzeba się dodzwoniłam",
                                   "przepraszam źle się dodzwoniłam"])
def test_a_wrong_number_said_is_a_sign_of_being_lost_not_the_address(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "pomyliłam się")
    assert say_in(post, app, "main", words) != contact(app)


def test_where_you_are_is_still_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "gdzie jesteście bo chyba nie tam poszłam") == contact(app)


def test_a_proverb_is_no_sms_and_to_be_sent_is_still_one(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "bieda w chałupie to miłość oknem ucieka takie przysłowie")
    assert body == check(app)  # a story not understood, no SMS
    assert say_in(post, app, "main", "czy możecie przysłać godziny na komórkę") \
        == say_in(post, app, "main", "proszę wysłać godziny smsem")


# -- words split by the recogniser -----------------------------------------------------------------------------

def test_a_first_syllable_split_off_is_joined_again(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "chodzi mi o pracownika so cjalnego do mamy") == social_work(app)


def test_a_verb_heard_without_its_prefix_is_joined_again_only_when_together_exact(make_app, post):
    app = make_app(FRIDAY_EVENING)
    asked = say_in(post, app, "main", "proszę do mnie oddzwonić")
    assert say_in(post, app, "main", "to może pani do mnie od dzwoni jak będzie otwarte") == asked
    # "od dziesiątej", "dzwoni do was" stay what they are
    assert say_in(post, app, "main", "od dziesiątej do której jesteście otwarci") \
        == say_in(post, app, "main", "do której jesteście otwarci")


# -- a matter asked first, then others denied ------------------------------------------------------------------

def test_a_matter_asked_before_the_denied_ones_is_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "ja o zasiłek pytam nie o węgiel") == benefits_item(app)
    assert say_in(post, app, "main", "ja pytam o obiady dla mamy nie o zasiłek") == food(app)
    assert say_in(post, app, "main", "nie o węgiel chodzi") == heating(app)  # a plain denial: unchanged


# -- a visit asked with its place first; the way to the office ------------------------------------------------

@pytest.mark.parametrize("words", ["może by ktoś do nich przyszedł porozmawiał bo synowa sobie nie radzi z dziećmi",
                                   "czy ktoś by do taty przyszedł pogadał z nim bo on sam sobie nie radzi",
                                   "córka sobie nie radzi czy by ktoś do niej przyszedł porozmawiał"])
def test_a_visit_asked_with_the_place_first_is_the_social_workers_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == social_work(app)


def test_a_person_to_talk_to_now_is_still_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" in say_in(post, app, "main", "chcę porozmawiać z kimś z opieki teraz")
    assert say_in(post, app, "main", "syn do mnie przyszedł pijany i mnie bije") == danger_open(app)


@pytest.mark.parametrize("words", ["czy łatwo trafić do was z poznania",
                                   "na którym przystanku wysiąść żeby do was trafić",
                                   "a jak tam do was trafić od kościoła"])
def test_the_way_to_the_office_with_words_between_is_the_address_card(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == contact(app)


@pytest.mark.parametrize("words", ["o której jest autobus do poznania", "na którym przystanku wysiąść do kościoła"])
def test_a_bus_not_to_the_office_is_still_another_offices_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


# -- keys -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("node,words,key", [
    ("about", "to trójka bo o syna chodzi", "3"),
    ("about", "piątkę poproszę bo to o babcię", "5"),
    ("main", "ja wybieram osiem bo sąsiadka z ukrainy tu jest", "8"),
])
def test_a_key_with_its_reason_after_bo_is_that_key(make_app, post, node, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == pressed(post, app, node, key)


@pytest.mark.parametrize("words", ["jedno pytanie mam bo zapomniałam", "dwa lata temu bo ja już nie pamiętam"])
def test_a_number_before_bo_inside_a_sentence_is_no_key(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_gwiazda_is_the_star_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "gwiazda") == pressed(post, app, "main", "*")
    assert say_in(post, app, "main", "ta gwiazda") == pressed(post, app, "main", "*")


def test_a_key_before_bo_needs_the_key_alone_before_it():
    sayings = Sayings({"5": ["pięć", "piątka"], "1": ["jeden", "jedno"]}, ["proszę", "poproszę", "to", "ja"])
    assert sayings.chosen_before_because("piątkę poproszę bo to o mamę") == "5"
    assert sayings.chosen_before_because("mam jedno pytanie bo nie wiem") is None
    assert sayings.chosen_before_because("jedno bo jedno") == "1"
    assert sayings.chosen_before_because("bo piątka") is None
