"""Round fifty-two of issue 23 (bench/fresh52): a service asked with danger let slip in passing. Danger said half-said
beside a service must reach the 112 sentence; danger told as long over beside a service asked must not. Each reading is
played through the real /voice webhooks (exact TwiML for the safety route), beside the near inputs that must not change.
The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say_in
from test_speech_round_nine import danger_open


# -- danger told as long over beside a matter asked (senses.fifty_two_long_over) ------------------------------------

@pytest.mark.parametrize("node, words, reference", [
    ("main", "chciałabym w sprawie zasiłku bo mąż mnie kiedyś uderzył ale teraz mieszkam u syna", "w sprawie zasiłku"),
    ("benefits", "dodatek mieszkaniowy bo teść mnie raz pobił ale teraz mam swoje mieszkanie", "dodatek mieszkaniowy"),
    ("main", "alkohol bo szwagier pije i kiedyś był agresywny ale teraz mieszka osobno", "alkohol"),
    ("main", "proszę o oddzwonienie w sprawie zasiłku bo bratowa mnie wyzywała kiedyś ale już się wyprowadziła",
     "proszę o oddzwonienie w sprawie zasiłku"),
])
def test_danger_told_as_long_over_beside_a_matter_is_the_matter(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("words", [
    "w sprawie zasiłku bo mąż mnie kiedyś bił a teraz znowu bije",  # danger now after the past
    "w sprawie zasiłku bo mąż mnie kiedyś pobił i teraz znowu zaczyna",  # it comes again
    "w sprawie zasiłku bo mąż mnie kiedyś pobił i teraz się go boję",  # fear now
    "w sprawie zasiłku bo mąż mnie kiedyś pobił",  # nothing told of now
    "w sprawie zasiłku bo mąż mnie jeszcze raz pobił a teraz leżę",  # "jeszcze raz": once more, not once long ago
])
def test_danger_not_told_as_over_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a relapse feared in other words (senses.fifty_two_relapse_back) -----------------------------------------------

@pytest.mark.parametrize("words", [
    "komisja alkoholowa kiedy przyjmuje bo mąż nie pije od roku ale się boi że wróci do wódki",
    "ta komisja od alkoholu w jakich godzinach bo syn już nie pije a ja się boję że wróci do picia",
])
def test_a_relapse_feared_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "hours", words))


@pytest.mark.parametrize("words", [
    "komisja alkoholowa kiedy przyjmuje bo mąż pije i boję się że wróci do domu",  # him coming home feared
    "komisja alkoholowa kiedy przyjmuje bo mąż pije i boję się że wróci i mnie pobije",
])
def test_him_coming_back_feared_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == danger_open(app)


# -- a cold home told in degrees, numb hands (senses.fifty_two_numb_in_cold_home) ----------------------------------

@pytest.mark.parametrize("words", [
    "czy jest dodatek na opał bo opał się skończył w mieszkaniu kilka stopni i rąk nie czuję",
    "dodatek węglowy bo węgiel mi się skończył w chałupie trzy stopnie a ja nóg już nie czuję",
])
def test_numb_in_a_cold_home_told_in_degrees_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "benefits", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w domu pięć stopni bo opał się skończył czy jest dodatek",  # no numbness
    "dwadzieścia stopni piec grzeje tylko palców nie czuję czy jest dodatek",  # warm
])
def test_degrees_without_numbness_or_warm_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "benefits", words))


# -- someone listening in and the caller to be beaten (senses.fifty_two_listened_and_punished) ---------------------

@pytest.mark.parametrize("words", [
    "mąż siedzi obok i słucha jak powiem coś nie tak to dostanę",
    "proszę szybko bo on za ścianą podsłuchuje i jak usłyszy to dostanę lanie",
    "w sprawie zapomogi ale cicho bo zięć słucha a potem znowu dostanę od niego",
])
def test_listened_to_and_to_be_beaten_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "syn słucha radia a ja chciałam zapytać czy dostanę zasiłek",  # something listened to, a benefit got
    "córka słucha i mówi że dostanę paczkę z jedzeniem",  # a thing got
])
def test_listening_and_getting_a_thing_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a frail parent afraid to walk alone after a fall, beside care (senses.fifty_two_frail_fear) -------------------

@pytest.mark.parametrize("words", [
    "opiekunka do domu bo mama po udarze boi się sama wstawać",
    "czy dajecie opiekunki bo tato po operacji się boi sam chodzić po domu",
])
def test_a_frail_parents_fear_beside_care_is_care(make_app, post, words):
    assert same(make_app, post, "main", words, "opiekunka do domu")


@pytest.mark.parametrize("words", [
    "opiekunka do domu bo mama boi się sama wychodzić",  # no fall or illness before it
    "opiekunka do domu bo tata po upadku się boi że znowu upadnie i nikt nie przyjdzie",  # no walking alone
])
def test_fear_without_a_fall_or_walking_alone_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a tree fallen onto a fence (senses.fifty_two_tree_fell) -------------------------------------------------------

@pytest.mark.parametrize("words", [
    "a to nie gmina bo ja w sprawie wycinki bo brzoza mi na dach się przewróciła w tę burzę",
    "drzewo mi się przewróciło na płot a pod nim nasz pies",
])
def test_a_tree_fallen_onto_a_thing_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "contact", words))


@pytest.mark.parametrize("words", [
    "drzewo się przewróciło na sąsiada",  # someone struck
    "dziadek się przewrócił na płot",  # no tree: someone fallen
    "drzewo się przewróciło na płot a pod nim leży człowiek",  # someone lying under it now
])
def test_someone_fallen_or_struck_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "contact", words) == danger_open(app)


# -- the number confirmed, then what the call back is about (senses.fifty_two_confirmed_with_matter) ---------------

@pytest.mark.parametrize("words", [
    "tak to mój numer proszę oddzwonić w poniedziałek w sprawie zasiłku dla mamy",
    "tak tak to mój telefon tylko niech zadzwonią po południu w sprawie tego dodatku węglowego",
])
def test_the_number_confirmed_with_the_matter_of_the_call_is_yes(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "tak ale to nie mój numer to telefon sąsiadki w sprawie zasiłku",  # the number denied
    "tak to mój numer a opieka dla taty to ile kosztuje",  # the matter asked, not what the call is about
    "tak to mój numer a te paczki dla nas kiedy będą",
])
def test_a_matter_not_told_as_the_calls_subject_is_not_a_plain_yes(make_app, post, words):
    assert not same(make_app, post, "callback", words, "tak", FRIDAY_EVENING)


# -- the caller's own call again when someone is there (senses.fifty_two_own_plan_when_someone) --------------------

@pytest.mark.parametrize("words", [
    "nie dziękuję przyjdę w poniedziałek osobiście jak ktoś będzie",
    "nie zostawię nic zadzwonię sama jak ktoś będzie w biurze",
])
def test_own_call_again_when_someone_is_there_asks_no_hours(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    hours = say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, "czy w poniedziałek ktoś będzie")
    assert say_in(post, app, LEAVE_WORD, words) != hours
    assert say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, words) == say_in(
        post, make_app(FRIDAY_EVENING), LEAVE_WORD, "nie chcę wiadomości")


@pytest.mark.parametrize("words, reference", [
    ("czy jutro ktoś będzie", "godziny otwarcia jutro"),  # asked
    ("zadzwonię ale czy jutro ktoś będzie", "czy jutro ktoś będzie"),  # no "jak": still asked
])
def test_someone_there_asked_is_unchanged(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_someone_there_then_a_call_back_asked_is_unchanged(make_app, post):
    assert same(make_app, post, "main", "jak będzie ktoś niech oddzwoni", "proszę o oddzwonienie")
