"""Round fifty-five of issue 23 (bench/fresh55): grown children, grandchildren and neighbours calling about someone
else, heard through a recogniser that splits words. Each reading is played through the real /voice webhooks (exact
TwiML for the safety route and for a few items), beside the near inputs that must not change. The sentences are this
round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a dream is not now (prompts/pl.toml not_now) ------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "przyśniło mi się że u brata w stodole się pali"),
    ("hours", "śniło mi się w nocy że sąsiad leży i się nie rusza"),
    ("about", "miałam sen że chałupa się pali i całą noc nie spałam"),
])
def test_a_dream_of_fire_or_of_someone_down_is_no_danger(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, node, words))


@pytest.mark.parametrize("words", [
    "śniło mi się że się pali a teraz naprawdę czuć dym w kuchni",  # the dream told, then danger now
    "mąż mi się śnił a on mnie naprawdę bije i boję się",  # danger told beside the dream
])
def test_danger_told_beside_a_dream_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a word split by the recogniser (understand.Matcher._split) ----------------------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("od dzwońcie do mnie jutro", "oddzwońcie do mnie jutro"),  # a prefix split off a verb's other form
    ("niech ktoś od dzwoni", "niech ktoś oddzwoni"),  # as before
    ("za pomogę bym chciała jakąś", "zapomogę bym chciała jakąś"),  # the prefix and a verb make a list's noun
])
def test_a_prefix_split_off_is_joined_again(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_a_split_call_back_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, "od dzwońcie do mnie") == say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD,
                                                                            "proszę oddzwonić")


@pytest.mark.parametrize("words, reference", [
    ("potrzebuję pomocy z jedzeniem", "potrzebuję pomocy jedzenie"),  # "z" before a noun: no "zjedzeniem"
    ("nie dzwońcie do mnie", "nie"),  # no prefix: nothing joined
])
def test_a_preposition_before_a_noun_is_not_joined(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "to ja na pocztę gło sową",
    "powiem na tę pocztę gło sową wszystko",
])
def test_a_first_syllable_split_off_before_a_word_of_no_list_is_joined(make_app, post, words):
    assert same(make_app, post, LEAVE_WORD, words, "poczta głosowa", moment=FRIDAY_EVENING)


def test_a_split_word_refused_is_still_refused(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, "nie chcę żadnej poczty gło sowej")
    assert "<Record" not in body


# -- the one drunk is the only grown-up with the children (senses.fifty_five_drunk_alone_with_children) --------------

@pytest.mark.parametrize("words", [
    "szwagier zalany siedzi sam z dwójką dzieci a siostra w pracy",
    "ojciec pijany jak bela a sam został z maluchem w domu",
    "sąsiadka pijana a sama jest z dziećmi bo męża nie ma",
])
def test_a_drunk_grown_up_alone_with_children_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_drunk_grown_up_alone_with_children_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "zięć pijany w trupa i sam z wnukami w domu"
    assert say_in(post, app, "about", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "mąż pijany a ja sama z dziećmi i nie wiem gdzie iść po pomoc",  # the caller alone with them
    "był pijany wczoraj a dziś sam z dziećmi siedzi",  # the drinking over
    "on nie jest pijany siedzi sam z dziećmi",  # no one drunk
    "w telewizji pokazywali jak ojciec pijany sam z dziećmi jechał",  # a screen's story
])
def test_no_drunk_grown_up_alone_with_children_now_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- "co robić": what to do about a matter named (senses.fifty_five_what_to_do) --------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("wnuk w dopalaczach siedzi i co robić", "wnuk w dopalaczach siedzi"),
    ("syn ciągle pije i nie wiem co robić", "syn ciągle pije"),  # as before
])
def test_what_to_do_beside_a_matter_is_that_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_what_to_do_beside_drink_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "wnuk bierze narkotyki co robić") == say_in(post, make_app(TUESDAY_OPEN), "main",
                                                                                 "narkotyki")


@pytest.mark.parametrize("words", [
    "co wy robicie bo córka ma problem z alkoholem",  # the office's work asked
    "czym się zajmujecie",
])
def test_what_the_office_does_is_still_asked(make_app, post, words):
    assert same(make_app, post, "main", words, "w czym pomagacie")


# -- a sum in words is not the 800+ benefit (senses.fifty_five_sum_not_benefit) -------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("ile kosztuje dom opieki jak tata ma emeryturę tysiąc osiemset", "dom opieki"),
    ("dom opieki ile kosztuje jak mama ma rentę tysiąc pięćset", "dom opieki"),
])
def test_a_sum_of_money_is_not_the_child_benefit(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "osiemset plus dla wnuczki",
    "mam tysiąc złotych i osiemset plus na dziecko",  # the benefit after the sum
])
def test_the_child_benefit_is_still_the_child_benefit(make_app, post, words):
    assert same(make_app, post, "main", words, "osiemset plus")


# -- a request before "bo" (flow.Line._present_only_as_reason) ------------------------------------------------------

def test_a_number_requested_because_nobody_answers_is_the_address_card(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "poproszę numer komórki do ośrodka bo na ten stary nikt nie odbiera"
    assert say_in(post, app, "main", words) == topic(app, "contact")


def test_a_person_requested_because_nobody_answers_is_still_a_person(make_app, post):
    assert same(make_app, post, "main", "poproszę kogoś bo nikt nie odbiera", "z kimś żywym proszę")


# -- the office's working asked (senses.fifty_five_working_asked) ----------------------------------------------------

@pytest.mark.parametrize("words", [
    "czy wy tak normalnie pracujecie cały grudzień",
    "czy w okresie przedświątecznym pracujecie jak zwykle",
])
def test_whether_the_office_works_is_the_hours(make_app, post, words):
    assert same(make_app, post, "about", words, "godziny otwarcia")


@pytest.mark.parametrize("words", ["syn pracuje w gminie", "pracujecie tam wszyscy razem"])
def test_someone_elses_work_or_no_question_is_not_the_hours(make_app, post, words):
    assert not same(make_app, post, "about", words, "godziny otwarcia")


# -- the carer not coping beside care (senses.fifty_five_not_coping_with_care) --------------------------------------

@pytest.mark.parametrize("words", [
    "tata po udarze leżący a ja już nie daję rady",
    "babcia ma demencję i w nocy chodzi a my nie dajemy rady",
])
def test_not_coping_beside_care_is_care(make_app, post, words):
    assert same(make_app, post, "main", words, "opieka w domu")


@pytest.mark.parametrize("words", [
    "nie daję rady mama leżąca proszę o pracownika socjalnego",  # the worker asked
    "nie radzę sobie z synem",  # no care named
])
def test_not_coping_without_care_or_with_the_worker_asked_is_social_work(make_app, post, words):
    assert same(make_app, post, "main", words, "pracownik socjalny")


# -- someone's phone named is not the office's (senses.fifty_five_someones_phone) -----------------------------------

@pytest.mark.parametrize("words", [
    "dzwonię z telefonu córki",
    "a ja z komórki sąsiadki dzwonię",
])
def test_someones_phone_is_not_the_address_card(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != topic(app, "contact")


@pytest.mark.parametrize("words", ["jaki jest telefon do ośrodka", "numer telefonu poproszę"])
def test_the_offices_phone_is_still_the_address_card(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "contact")


def test_danger_is_kept_first_in_this_rounds_readings(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "sąsiad pijany siedzi sam z dziećmi a teraz bije żonę"
    assert say_in(post, app, "main", words) == danger_open(app)
    assert say(app, "danger") in say_in(post, make_app(TUESDAY_OPEN), "hours", "śniło mi się coś a teraz mąż mnie bije")
