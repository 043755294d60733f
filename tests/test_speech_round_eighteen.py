"""Round eighteen of issue 23 (bench/fresh18): the general rules added for a new writer's callers (a deaf farmer, a
widow, a son, a Silesian speaker, a teenager, a man who has been drinking, a woman with a stammer, a bad line), each
played through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import check, heating, say_in

from ivr.call import senses


# -- danger: someone out in the cold (senses.out_in_the_cold) -------------------------------------------------

@pytest.mark.parametrize("words", [
    "tata siedzi na podwórku w samym szlafroku a jest minus osiem",
    "babcia od rana chodzi po ogrodzie a mróz straszny",
    "dziadek stoi w ogrodzie i nie chce wrócić do mieszkania a jest zimno",
])
def test_someone_out_in_the_cold_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_someone_out_in_the_cold_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "teściowa od godziny siedzi na tarasie w szlafroku a jest ziąb") \
        == danger_closed(app)


@pytest.mark.parametrize("words", [
    "stoję od rana na przystanku a jest mróz kiedy jesteście otwarci",  # the caller, not another
    "jest mróz a mama nie ma węgla od wczoraj",  # nobody outside: the coal
    "mama siedzi na balkonie od rana bo jest ciepło",  # no cold
    "jak jest mróz to dziadek nie siedzi na podwórku",  # denied
])
def test_cold_or_someone_outside_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_out_in_the_cold_reads_staying_outside_said_of_another():
    assert senses.out_in_the_cold("mama stoi na balkonie od godziny a mróz".split())
    assert senses.out_in_the_cold("dziadek leży na śniegu boso a zimno".split())
    assert not senses.out_in_the_cold("stoję na balkonie od godziny a mróz".split())  # the caller
    assert not senses.out_in_the_cold("mama stoi na balkonie a mróz".split())  # no time, clothes or refusal


# -- danger: someone not eating for days (senses.not_eating_for_days), a Silesian "niy" too ------------------

@pytest.mark.parametrize("words", [
    "ojciec od trzech dni nie je tylko pije wodę",
    "sąsiadka już drugi dzień nie chce jeść i nie wstaje",
    "starka niy chce jeść od przedwczoraj a doma zimno",
])
def test_someone_not_eating_for_days_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "babcia nie je mięsa od lat a potrzebuje obiadów",  # years, not days
    "dziecko nie chce jeść od rana",  # hours, not days
    "dziadek je co dwa dni ciepły obiad z waszej stołówki",  # no negation
])
def test_not_eating_for_hours_or_years_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_not_eating_for_days_reads_a_negation_and_days():
    assert senses.not_eating_for_days("mama od wczoraj nic nie jadła".split())
    assert senses.not_eating_for_days("ona niy chce jeść już dwa dni".split())
    assert not senses.not_eating_for_days("mama je od dwóch dni zupę".split())
    assert not senses.not_eating_for_days("nie je co dwa dni".split())


# -- a key stammered, said in several words, or in Silesian (Sayings, destuttered, key_N of prompts/pl.toml) -----

@pytest.mark.parametrize("node,words,key", [
    ("main", "dwó dwó dwójka", "2"),
    ("about", "czwo czwórka", "4"),
    ("main", "p p piątka", "5"),
    ("about", "dwó dwójka bo to chyba to", "2"),  # a stammered key before its reason
    ("main", "dwójka no dwa dwa", "2"),  # the same key in several words
    ("about", "trzecia no trójka", "3"),
    ("main", "sztyry", "4"),  # Silesian numerals
    ("main", "no to jedyn", "1"),
    ("main", "piyńć", "5"),
])
def test_a_key_stammered_repeated_or_in_silesian_is_that_key(make_app, post, node, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == pressed(post, app, node, key)


@pytest.mark.parametrize("words", [
    "trzy cztery",  # two keys
    "dwa dwa pięć",
    "trzy trzy pytania",  # a word of no key
])
def test_two_keys_or_a_key_beside_another_word_are_no_key(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


@pytest.mark.parametrize("words,expected", [
    ("mam trzy trzy pytania o o opał", heating),  # a number stammered inside a sentence is no key
    ("dwa dwa razy dzwoniłam w sprawie opału", heating),
])
def test_a_number_stammered_inside_a_sentence_is_no_key(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


def test_destuttered_keeps_the_whole_word():
    from ivr.call.understand import destuttered
    assert destuttered(["je", "je", "jedynka"]) == ["jedynka"]
    assert destuttered(["o", "o", "osiem", "bo", "dla", "dla", "niej"]) == ["osiem", "bo", "dla", "niej"]
    assert destuttered(["trzy", "cztery"]) == ["trzy", "cztery"]


# -- a person demanded roughly ("dawaj człowieka": person of prompts/pl.toml) ---------------------------------

@pytest.mark.parametrize("words", [
    "nie gadaj tyle maszyno tylko dawaj człowieka",
    "no to dawaj tego człowieka w końcu",
])
def test_a_person_demanded_with_dawaj_is_a_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == say_in(post, app, "about", "z pracownikiem proszę")


def test_dawaj_beside_a_matter_is_that_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "dawaj ten opał na zimę") == heating(app)


# -- the caller at work is no question about work (not_meant of prompts/pl.toml) ------------------------------

@pytest.mark.parametrize("words", [
    "jestem teraz w pracy to proszę esemesem godziny",
    "proszę przysłać adres na komórkę bo w pracy jestem",
])
def test_the_caller_at_work_asks_for_the_sms(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "proszę wysłać esemesa z adresem")


@pytest.mark.parametrize("words", [
    "jestem w pracy ale szukam lepszej pracy",  # work asked for beside it
    "szukam pracy bo straciłam robotę",
])
def test_work_asked_for_is_still_the_programmes(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "szukam pracy")


# -- a goodbye after telling oneself nobody is there (Line._leave_after_nobody) --------------------------------

@pytest.mark.parametrize("words", [
    "aha to dzisiaj nikogo nie ma no to do widzenia",
    "no tak święto to nie ma nikogo trudno do usłyszenia",
])
def test_nobody_there_then_a_goodbye_is_the_goodbye(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert "<Hangup" in say_in(post, app, "main", words)


@pytest.mark.parametrize("words", [
    "do widzenia a czy jutro ktoś będzie",  # the goodbye first, the question after
    "czy ktoś jest do widzenia",  # a question, no "nikt"
    "nikogo nie ma",  # no goodbye
])
def test_someone_asked_for_is_still_asked_beside_a_goodbye(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert "<Hangup" not in say_in(post, app, "main", words)


# -- a relapse into drinking feared (senses.fear_of_relapse) --------------------------------------------------

@pytest.mark.parametrize("words", [
    "mąż wrócił z odwyku i ja się boję że zacznie znowu a gdzie ta komisja alkoholowa",
    "syn od pół roku trzeźwy ale boję się że znowu zacznie czy jest jakaś terapia dla uzależnionych",
])
def test_a_relapse_feared_is_the_drinking_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "komisja alkoholowa")


@pytest.mark.parametrize("words", [
    "mąż pije i boję się że zacznie znowu bić",  # beating feared
    "boję się go bo zaczął pić",  # him feared
    "syn pije i boję się że zacznie pić a potem mnie uderzy",  # danger beside it
])
def test_a_fear_of_harm_beside_drinking_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a drink named by its price (senses.priced) ---------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "ceny piwa teraz to jakiś szok",
    "koszt alkoholu na wesele córki to majątek",
])
def test_a_drink_named_by_its_price_is_no_drinking(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != say_in(post, app, "main", "komisja alkoholowa")


@pytest.mark.parametrize("words", [
    "mąż pije a ceny rosną",  # the drinking told apart from the price
    "cena wódki nie gra roli syn pije codziennie",
])
def test_drinking_told_beside_a_price_is_still_the_drinking(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "komisja alkoholowa")


# -- a story said to be over at its very end (senses.over_at_the_end) ----------------------------------------

@pytest.mark.parametrize("words", [
    "szwagier pijany rozbił wczoraj szybę w sklepie i przyjechała policja ale już po wszystkim",
    "pijany sąsiad groził sąsiadce ale już jest dobrze",
])
def test_drinking_inside_a_story_over_at_its_end_asks_about_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == check(app)


def test_a_matter_after_a_story_over_is_still_asked(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż pijany mnie pobił ale już po wszystkim a ja dzwonię w sprawie opału") \
        == heating(app)


def test_over_at_the_end_reads_the_telling_last():
    words = "sąsiad pijany wybił szybę ale już po wszystkim".split()
    spans = [("addiction", 1, 2, 100.0), ("danger", 2, 3, 100.0), ("not_now", 5, 8, 100.0)]
    assert senses.over_at_the_end(spans, "addiction", "not_now", "danger", words)
    words = "już po wszystkim a syn pije".split()
    spans = [("not_now", 0, 3, 100.0), ("addiction", 5, 6, 100.0)]
    assert not senses.over_at_the_end(spans, "addiction", "not_now", "danger", words)


def test_a_joke_at_the_end_is_no_story_over():
    words = "syn pije i mówi że się zabije ale żartuje".split()
    spans = [("addiction", 1, 2, 100.0), ("danger", 6, 8, 100.0), ("not_now", 9, 10, 100.0)]
    assert not senses.over_at_the_end(spans, "addiction", "not_now", "danger", words)


# -- ZUS named for a pension (senses.zus_for_pension) ---------------------------------------------------------

@pytest.mark.parametrize("words", [
    "zus zus emeryturę mi przysłał za małą z zusu pismo nie przyszło",
    "zus mi rentę obciął i dzwonię z zusu zapytać",
])
def test_zus_named_for_a_pension_is_another_office(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) in (not_understood(app), check(app))


@pytest.mark.parametrize("words", [
    "zus wstrzymał osiemset plus a renta z zusu przyszła",  # the benefit named
    "emerytura z zusu a pytam o zus na dziecko",
])
def test_the_child_benefit_named_beside_a_pension_is_still_asked(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "osiemset plus")


# -- the caller wanting nothing, said last (Line._wants_nothing) ----------------------------------------------

@pytest.mark.parametrize("words", [
    "tak se dzwonię bo mi smutno i zimno ale ja nic nie chcę",
    "opał mam obiady mam ja niczego nie potrzebuję",
])
def test_wanting_nothing_said_last_asks_nothing(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) in (not_understood(app), check(app))


@pytest.mark.parametrize("words,expected", [
    ("nic nie chcę tylko opał", heating),  # the matter after it
    ("ja nic nie chcę ale zimno a węgla nie ma", heating),
])
def test_a_matter_after_wanting_nothing_is_still_asked(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


def test_danger_beside_wanting_nothing_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "syn mnie bije ale ja nic nie chcę") == danger_open(app)
