"""Round thirty-six of issue 23 (bench/fresh36): older callers from Wielkopolska as the recogniser hears them (dialect
words, a word cut off, words run together, voices in the room). Each reading is played through the real /voice
webhooks (exact TwiML for the safety route and for a few items), beside the near inputs that must not change. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import CALLER, not_danger, same, say, say_in, topic, url
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


def pressed(make_app, post, node, key, moment=TUESDAY_OPEN) -> str:
    app = make_app(moment)
    return post(app, url(node).replace("&amp;", "&"), {"From": CALLER, "Digits": key}).get_data(as_text=True)


# -- someone not come out for days, the house gone quiet (senses.not_out_for_days) ---------------------------------

def test_a_neighbour_not_out_for_days_with_a_dog_howling_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "sąsiad od trzech dni nie wychodzi z domu a pies u niego cały czas wyje"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("hours", "starsza pani obok drugi dzień nie wyszła z chałupy i światła u niej nie widać"),
    ("main", "dziadek z naprzeciwka od wczoraj nie wychodzi i telefonu też nie odbiera"),
    ("benefits", "ciotka co sama mieszka cały tydzień nie wyszła z domu a kot tak skowyczy za drzwiami"),
])
def test_not_out_for_days_and_a_sign_of_the_house_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mama trzeci dzień nie wychodzi z domu bo ślisko czy ktoś by jej zakupy zrobił",  # no sign of the house
    "ja od tygodnia nie wychodzę z domu bo mnie nogi bolą",  # the caller, no one else
    "pies sąsiada wyje trzeci dzień i spać nie daje",  # a dog howling, no one not come out
])
def test_not_out_without_a_sign_or_of_the_caller_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- words of the lists (prompts/pl.toml) --------------------------------------------------------------------------

@pytest.mark.parametrize("words", ["nie mamy co do gara włożyć", "od wczoraj nic do gara włożyć nie ma a dzieci płaczą"])
def test_nothing_to_put_in_the_pot_said_with_gar_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_new_pot_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "kupiłam nowy gar do kuchni"))


@pytest.mark.parametrize("words, key", [("trójkę ino", "3"), ("no ino czwórka", "4"), ("ino dwa", "2")])
def test_ino_around_a_key_is_that_key(make_app, post, words, key):
    assert say_in(post, make_app(TUESDAY_OPEN), "main", words) == pressed(make_app, post, "main", key)


def test_ino_inside_a_sentence_is_no_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "ino dwa razy dzwoniłam w sprawie węgla") == topic(app, "heating")


# -- whose number is asked (senses.number_of_person) ---------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "poproszę numer do pani kierowniczki"),
    ("main", "jaki jest telefon do tej pracownicy co do nas jeździ"),
    ("main", "proszę o numer telefonu wprost do tej pani kierownik"),
    ("main", "a jaki jest ten telefon do pani kierownik"),  # a phone asked what it is: its number
])
def test_the_number_of_a_person_is_the_address_card(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, "contact")


@pytest.mark.parametrize("words", [
    "proszę połączyć z panią kierownik",
    "chcę porozmawiać z kierowniczką a jaki numer do was",  # a talk asked outside the number
    "telefon do kierowniczki",  # a phone not asked what it is: her, a person (issue 23; tests/test_flow.py)
    "ja bym chciała telefon do pani kierownik",
])
def test_a_person_asked_for_is_still_a_transfer(make_app, post, words):
    assert same(make_app, post, "main", words, "z kimś z ośrodka")


# -- help for a matter named after "na" (senses.help_for_matter) ---------------------------------------------------

@pytest.mark.parametrize("words, matter", [
    ("na opał czy u was jest jaka pomoc", "heating"),
    ("na jedzenie dla dzieci czy jest jaka pomoc", "food"),
])
def test_help_for_a_matter_is_that_matters_item(make_app, post, words, matter):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, matter)


def test_help_with_no_matter_is_still_what_the_office_does(make_app, post):
    assert same(make_app, post, "main", "jaka pomoc jest u was", "w czym pomagacie")


# -- two hours weighed with "czy" (senses.hours_weighed) -----------------------------------------------------------

@pytest.mark.parametrize("words", [
    "a w czwartek to do piętnastej czy do szesnastej bo ja tego nie pamiętam i nie chcę jechać na darmo",
    "a w czwartek to od siódmej czy od ósmej bo sąsiadka mówiła inaczej a ja nie wiem komu wierzyć",
])
def test_two_hours_weighed_ask_the_hours_of_that_day(make_app, post, words):
    assert same(make_app, post, "main", words, "w czwartek")


def test_a_story_with_an_hour_and_no_question_is_no_hours(make_app, post):
    words = "w czwartek o ósmej przyszedł listonosz z rentą a potem poszłam do sklepu po chleb i mleko"
    assert not same(make_app, post, "main", words, "w czwartek")


# -- another office's matter as what the call is about (senses.matter_elsewhere_first) -----------------------------

@pytest.mark.parametrize("words", [
    "dzwonię w sprawie dowodu osobistego bo syn jedzie do pracy za granicę",
    "ja w sprawie tego paszportu bo wnuk chce jechać do roboty",
])
def test_another_offices_matter_before_bo_is_not_the_work_after_it(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert body != topic(app, "programmes") and not_danger(app, body) and "<Dial" not in body


def test_the_lines_matter_before_bo_is_still_answered(make_app, post):
    assert same(make_app, post, "main", "w sprawie zasiłku bo dowód mi ukradli", "zasiłek")


# -- the phone as a thing in the caller's hand (senses.phone_as_thing) ---------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "sprawdzam czy ten telefon w ogóle działa"),
    ("contact", "dziadku odłóż ten telefon"),
    ("contact", "wyłącz ten telefon"),
])
def test_the_phone_as_a_thing_is_no_address_card(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, node, words)
    assert body != topic(app, "contact") and body != say_in(post, make_app(TUESDAY_OPEN), node, "adres")


@pytest.mark.parametrize("words", ["jaki macie telefon", "proszę podać telefon bo ten co mam już nie działa"])
def test_the_offices_phone_asked_is_still_the_address_card(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "contact")


# -- the caller's own phone at the read-back (senses.own_phone_named) ----------------------------------------------

@pytest.mark.parametrize("words", ["no to ten od mojej komórki", "to jest numer mojego telefonu"])
def test_the_callers_own_phone_named_at_the_read_back_confirms(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["to nie jest numer mojej komórki", "dzwonię z innej komórki nie z mojej",
                                   "a skąd wy macie numer mojej komórki"])
def test_another_phone_at_the_read_back_does_not_confirm(make_app, post, words):
    assert not same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


# -- a body of the line said to receive (senses.hours_of_another; pl.toml not_meant "budynek opieki") --------------

@pytest.mark.parametrize("words", [
    "czy ta komisja od alkoholu przyjmuje w budynku opieki",
    "komisja alkoholowa czy ona tam u was przyjmuje",
])
def test_a_commission_said_to_receive_is_the_addiction_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "addiction")


@pytest.mark.parametrize("words, reference", [
    ("czy komisja przyjmuje w środę", "w środę"),  # a day asked: the hours of that day, as before
    ("czy przyjmujecie dzisiaj", "dzisiaj"),  # the office's own
])
def test_receiving_on_a_day_is_still_the_hours(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- an acronym declined as a word (understand._acronym_bases) -----------------------------------------------------

@pytest.mark.parametrize("words", ["czy tatę można dać do dpsu", "jak załatwić mamie miejsce w dpsie"])
def test_dps_declined_is_care(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "care")


def test_a_word_of_the_dictionary_is_no_acronym(make_app, post):
    assert not same(make_app, post, "main", "przeczytałam to w opisie", "w czym pomagacie")


# -- a verb and its pronoun run together (understand._unglued) -----------------------------------------------------

@pytest.mark.parametrize("words", ["przekręćciedomnie wieczorem", "zadzwońciedomnie jutro bo mam sprawę"])
def test_a_call_back_run_together_is_the_call_back(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę oddzwonić", moment=FRIDAY_EVENING)


def test_a_talk_run_together_asks_for_a_person(make_app, post):
    assert same(make_app, post, "main", "porozmawiajcieznami", "z kimś z ośrodka", moment=FRIDAY_EVENING)


def test_a_pronoun_alone_is_nothing(make_app, post):
    assert not same(make_app, post, "main", "domnie", "proszę oddzwonić", moment=FRIDAY_EVENING)


# -- food told as plenty (senses.plenty_told) ----------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "na wigilię tyle jedzenia naszykowałam że pół zostało na drugi dzień",
    "wczoraj tyle jedzenia synowa przywiozła że lodówka się nie domyka",
])
def test_plenty_of_food_told_is_no_food_aid(make_app, post, words):
    assert not same(make_app, post, "main", words, "jedzenie", moment=CHRISTMAS_EVE)


@pytest.mark.parametrize("words", ["potrzebuję dużo jedzenia dla dzieci czy są paczki", "tyle jedzenia to my nie mamy"])
def test_food_needed_is_still_food_aid(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "food")
