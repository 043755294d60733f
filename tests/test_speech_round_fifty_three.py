"""Round fifty-three of issue 23 (bench/fresh53): older people living alone speaking of their body and home in winter,
in danger now or only sounding so. A neighbour not come out with the house gone quiet, the caller unable to get up,
one who no longer knows whether they ate must reach the 112 sentence; the next winter feared beside a care home asked
and a talk told in a message must not. Each reading is played through the real /voice webhooks (exact TwiML for the
safety route), beside the near inputs that must not change. The sentences are this round's own phrasings of each kind,
not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say_in
from test_speech_round_nine import danger_open


# -- someone not come out since a time, the house gone quiet (senses.fifty_three_quiet_house) ----------------------

@pytest.mark.parametrize("words", [
    "sąsiadka od niedzieli nie wyszła z domu zasłony ma zasunięte cały czas",
    "dziadek z końca wsi od wczoraj się nie pokazuje a na śniegu przy furtce żadnych śladów",
    "pan od kur od rana nie wychodzi a rolety opuszczone do dziś",
    "ta starsza pani od trzech dni się nie pokazuje i na podwórku nie ma śladów",
])
def test_not_come_out_and_the_house_gone_quiet_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "sąsiadka od niedzieli nie wychodzi bo ślisko na drodze",  # no sign of the house
    "sąsiad od rana się nie pokazuje pojechał do córki i rolety spuszczone",  # gone away
    "od wczoraj nie wychodzę z domu rolety mam spuszczone bo mnie oczy bolą",  # the caller
    "rolety spuszczone i nie ma żadnych śladów na śniegu",  # no one not come out
])
def test_no_one_not_come_out_or_gone_away_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- not knowing whether one has eaten (senses.fifty_three_unsure_eaten) -------------------------------------------

@pytest.mark.parametrize("words", [
    "ja już nie pamiętam czy ja coś jadłam wczoraj a dziś tylko herbata",
    "jestem sama i nie wiem czy w ogóle jadłam od rana",
    "nie wiem kiedy ja jadłem ostatnio ciepłe",
])
def test_not_knowing_whether_one_has_eaten_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nie wiem czy zjem tę paczkę z banku żywności sama",  # no past
    "nie pamiętam czy jadłam ten ser z paczki czy on dobry",  # a thing eaten, a taste recalled
    "nie wiem czy pani jadła już obiad ja dzwonię o paczkę żywnościową",  # said to another
    "chodzi o opiekę nad mamą bo ona sama siedzi i nie pamięta czy jadła",  # another's, beside care (earlier sets)
])
def test_eating_told_otherwise_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- unable to get up (prompts/pl.toml: "nie mogę się podnieść", "nie może się podnieść") --------------------------

@pytest.mark.parametrize("words", [
    "proszę pani ja nie mogę się podnieść z podłogi od wieczora",
    "tata leży w łóżku i nie może się podnieść a ja jestem w pracy",
])
def test_unable_to_get_up_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_lifting_a_thing_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "nie mogę podnieść worka z węglem czy jest dodatek węglowy"))


# -- the next winter feared beside a care home asked (senses.fifty_three_winter_fear) ------------------------------

@pytest.mark.parametrize("words, reference", [
    ("chciałam zapytać o dom opieki bo się boję następnej zimy sama", "chciałam zapytać o dom opieki"),
    ("opieka w domu dla mnie bo ja się boję tej zimy w chałupie", "opieka w domu dla mnie"),
])
def test_a_winter_feared_beside_care_is_care(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "boję się tej zimy sama w chałupie bo nie mam czym palić",  # no care asked
    "o dom opieki pytam bo boję się zimy a syn mnie bije",  # another danger phrase
    "o dom opieki pytam bo się boję syna",  # a person feared, no winter
])
def test_a_winter_feared_without_care_or_beside_danger_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a talk told in the past in a message (senses.fifty_three_talk_told_past) ---------------------------------------

def test_a_talk_told_in_a_message_is_the_message(make_app, post):
    words = "chcę zostawić wiadomość dla pani z opieki że dzwonił nowak w sprawie tego co rozmawialiśmy w piątek"
    reference = "chcę zostawić wiadomość"
    assert same(make_app, post, LEAVE_WORD, words, reference, moment=FRIDAY_EVENING)
    assert same(make_app, post, "main", "dzwonię w sprawie zasiłku tak jak rozmawialiśmy ostatnio",
                "dzwonię w sprawie zasiłku")


@pytest.mark.parametrize("words", [
    "rozmawiałam już z automatem a teraz chcę porozmawiać z pracownikiem",  # a talk asked too
    "rozmawiałam z panią kierownik i chcę jeszcze raz",  # a person named
    "chciałabym żeby ktoś ze mną czasem pogadał",  # a wish, not a talk told
])
def test_a_person_asked_beside_a_talk_told_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "chcę porozmawiać z pracownikiem")


# -- a past told as only a memory (senses.fifty_three_only_remembering, fifty_three_told_before_remembering) ---------

@pytest.mark.parametrize("node, words", [
    ("main", "brat mi kiedyś groził lata temu ale go policja zabrała i teraz spokój ja tylko tak wspominam"),
    ("about", "ojciec nas bił dawno temu ale potem przestał i już nie żyje to ja tylko sobie wspominam"),
])
def test_a_past_told_as_only_a_memory_is_no_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, node, words))


def test_a_matter_inside_the_memory_is_not_asked_but_one_after_it_is(make_app, post):
    app = make_app(FRIDAY_EVENING)
    told = "szwagier mi groził o pieniądze z emerytury lata temu ale teraz spokój ja tylko tak wspominam"
    assert not same(make_app, post, "main", told, "pieniądze z emerytury", moment=FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", told))
    asked = told + " ale chciałam zapytać o zasiłek celowy"
    assert same(make_app, post, "main", asked, "chciałam zapytać o zasiłek celowy", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "lata temu mnie bił ja tylko wspominam a teraz znowu bije",  # danger after the memory
    "lata temu mnie bił a teraz znowu bije",  # no memory said
])
def test_danger_after_the_memory_or_without_it_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- aches blamed on the weather told as killing (senses.fifty_three_weather_aches) ---------------------------------

@pytest.mark.parametrize("words", [
    "ta pogoda mnie wykończy w krzyżu strzyka od rana",
    "zabija mnie to zimno stawy mnie rwą jak nigdy",
])
def test_aches_blamed_on_the_weather_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "zabija mnie ten mróz jestem sama w domu",  # no aches: the cold itself
    "zabija mnie ten mróz kości łamią a syn mnie bije",  # another danger phrase
])
def test_the_cold_itself_or_beside_danger_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- the cold told, the home heated after all (senses.fifty_three_warm_after_all) -----------------------------------

def test_cold_told_with_the_stove_heating_asks_no_heating(make_app, post):
    words = "zimno u mnie w domu bo okna stare ale napaliłam w piecu i siedzę w swetrze"
    heating = say_in(post, make_app(TUESDAY_OPEN), "main", "dodatek węglowy")
    assert say_in(post, make_app(TUESDAY_OPEN), "main", words) != heating
    assert not same(make_app, post, "main", words, "zimno u mnie w domu")


@pytest.mark.parametrize("words", [
    "zimno u mnie w domu ale piec nie grzeje",  # denied
    "zimno ale piec grzeje słabo czy jest dodatek węglowy",  # the allowance named
])
def test_cold_with_the_stove_not_heating_or_an_allowance_named_is_heating(make_app, post, words):
    assert same(make_app, post, "main", words, "dodatek węglowy") or same(make_app, post, "main", words, "zimno u mnie w domu")
