"""Round twenty-three of issue 23 (bench/fresh23): the general rules added for a new writer's callers, danger said
indirectly across its whole field, its near misses (danger words not happening now: the past, prison, a joke, a figure
of speech) and upset callers going elsewhere, each played through the real /voice webhooks with exact TwiML, beside
the input that would break each rule. The sentences are this round's own phrasings of each kind, not the corpus
rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed, no_danger
from test_speech_rules import LEAVE_WORD, check, same, say_in

from ivr.call import senses


# -- danger told as over: weeks or months ago, in childhood, in prison, calm now (prompts/pl.toml not_now) ---------

@pytest.mark.parametrize("words, reference", [
    ("ojciec nas lał jak byłam mała a ja teraz dzwonię o dodatek węglowy", "dodatek węglowy"),
    ("brat groził mi nożem w zeszłym miesiącu ale siedzi w więzieniu a ja chciałam o obiady dla dzieci",
     "obiady"),
])
def test_danger_told_as_over_beside_a_matter_is_that_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_danger_told_as_over_alone_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "teść mnie straszył w zeszłym miesiącu ale teraz mam spokój") == check(app)


@pytest.mark.parametrize("words", [
    "nie mam spokoju bo syn mnie bije",  # "nie" right before the words of calm: not over
    "on mnie zabije ja nie żartuję",  # a joke denied
])
def test_the_words_of_over_denied_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_way_back_beside_danger_told_as_over_does_not_put_it_aside(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "mąż mnie pobił w zeszłym roku i nie wiem czy mam wrócić do domu"  # "wrócić" is no way back to the menu
    assert say_in(post, app, "main", words) == check(app)
    assert say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, words) == danger_closed(make_app(FRIDAY_EVENING))


@pytest.mark.parametrize("words", [
    "mąż mnie pobił w zeszłym roku i boję się wrócić do domu",
    "brat mi groził w zeszłym miesiącu a ja się boję",
])
def test_fear_after_danger_told_as_over_is_danger_now(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_fear_after_reads_a_word_of_fear_after_the_telling():
    words = "w zeszłym tygodniu mnie pobił i boję się".split()
    assert senses.fear_after(words, [("not_now", 0, 3, 100.0), ("danger", 4, 5, 100.0), ("danger", 6, 8, 100.0)],
                             "not_now", "danger")
    words = "w serialu ją otruł strach się bać".split()  # no fear now
    assert not senses.fear_after(words, [("not_now", 0, 2, 100.0), ("danger", 3, 4, 100.0), ("danger", 6, 7, 100.0)],
                                 "not_now", "danger")
    words = "boję się bo w zeszłym tygodniu mnie pobił".split()  # the fear before the telling
    assert not senses.fear_after(words, [("danger", 0, 2, 100.0), ("not_now", 3, 6, 100.0), ("danger", 7, 8, 100.0)],
                                 "not_now", "danger")


# -- slurred speech, then cut off (senses.whispered_and_cut_off) --------------------------------------------------

@pytest.mark.parametrize("words", [
    "siostra dzwoniła mówiła bardzo niewyraźnie a potem się rozłączyła",
    "mama niewyraźnie mówiła i nagle się rozłączyła",
])
def test_slurred_speech_cut_off_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_slurred_speech_reads_a_verb_of_another_and_a_call_cut_off():
    assert senses.whispered_and_cut_off("brat mówił niewyraźnie i się rozłączył".split())
    assert not senses.whispered_and_cut_off("mówiła niewyraźnie bo ma nową protezę".split())  # nothing cut off
    assert not senses.whispered_and_cut_off("ja mówię niewyraźnie bo mnie rozłączyło".split())  # the caller's own


# -- lost outside in the cold or the dark (senses.lost_outside) ---------------------------------------------------

@pytest.mark.parametrize("words", [
    "nie wiem już jak wrócić a tu mróz i nikogo nie ma",
    "ja nie wiem gdzie jestem ciemno wszędzie i zimno mi",
])
def test_lost_outside_in_the_cold_is_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "nie wiem gdzie jestem co mam nacisnąć",  # lost in the menu
    "zimno u mnie w domu nie wiem co robić chodzi o opał",  # cold at home, the way not lost
])
def test_lost_in_the_menu_or_cold_at_home_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


def test_lost_outside_reads_the_way_lost_and_the_cold():
    assert senses.lost_outside("nie wiem jak dojść do domu a ciemno".split())
    assert not senses.lost_outside("nie wiem jak dojść do ośrodka".split())  # no cold or dark
    assert not senses.lost_outside("zgubiłam się w tych numerach a w domu zimno".split())


# -- a call made in secret before someone comes back (senses.talking_in_secret) ------------------------------------

@pytest.mark.parametrize("words", [
    "nie mogę teraz rozmawiać bo mąż za chwilę wróci",
    "ja nie mogę głośno mówić on zaraz tu przyjdzie",
])
def test_a_call_in_secret_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nie mogę teraz rozmawiać proszę oddzwonić później",  # no one coming
    "mąż zaraz wróci to szybko zapytam do której jesteście",  # nothing the caller cannot say
    "nie mogę długo gadać bo zaraz wracam do pracy",  # the caller comes back
])
def test_no_one_coming_back_or_the_caller_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


# -- feeling faint (prompts/pl.toml danger, not_meant) -------------------------------------------------------------

@pytest.mark.parametrize("words", ["od rana mi słabo i w głowie się kręci", "zrobiło mi się słabo w kuchni"])
def test_feeling_faint_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "słabo mi idzie wypełnianie wniosku o zasiłek",  # things going badly
    "ja słabo słyszę proszę powtórzyć",  # hearing
])
def test_doing_badly_or_hearing_badly_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


# -- someone failing, "już prawie nie" (prompts/pl.toml danger) -----------------------------------------------------

@pytest.mark.parametrize("words", [
    "mama już prawie nie gada", "dziadek już prawie nie mówi", "tata już prawie nie je",
])
def test_someone_failing_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_hardly_speaking_a_language_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", "wnuk prawie nie mówi po polsku chodzi o szkołę"))


# -- hunger denied after its word (prompts/pl.toml not_meant) ------------------------------------------------------

def test_hunger_denied_after_its_word_is_the_matter(make_app, post):
    assert same(make_app, post, "main", "głodny nie jestem ale chciałbym obiady z gminy", "obiady")


def test_hunger_said_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "jestem głodna i nie mam za co kupić obiadu") == danger_open(app)


# -- machines feared; danger denied with "nie że" (senses.fear_of_doing, senses.danger_denied) -------------------

def test_machines_feared_are_no_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert no_danger(app, say_in(post, app, LEAVE_WORD, "nie będę nic nagrywać boję się tego automatu"))
    assert say_in(post, app, LEAVE_WORD, "boję się tego automatu bo mąż mnie bije") == danger_closed(app)


def test_danger_denied_with_nie_ze_before_a_matter_is_the_matter(make_app, post):
    assert same(make_app, post, "main", "to nie że głodujemy tylko chciałam o paczki żywnościowe", "obiady")


def test_another_danger_word_beside_nie_ze_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie że mnie bije ale wyzywa chodzi o zasiłek") == danger_open(app)


# -- one bill said to kill, a singular verb (senses.costs_that_kill) ----------------------------------------------

def test_one_bill_said_to_kill_is_the_matter(make_app, post):
    assert same(make_app, post, "main", "ta opłata za węgiel to mnie chyba wykończy pytam o dodatek węglowy",
                "dodatek węglowy")


def test_someone_killing_over_a_bill_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż przez ten rachunek mnie zabije") == danger_open(app)
    assert say_in(post, app, "main", "rachunek przyszedł a mąż mnie zabije") == danger_open(app)


# -- danger words said not to be meant: "ja tak mówię", "się śmiejemy" (senses.in_jest_from) ----------------------

@pytest.mark.parametrize("words", [
    "wnuk mówi że mnie zabije jak mu znowu sweter zrobię i się śmiejemy",
    "zabiję tego sąsiada bo znowu auto postawił pod bramą ja tak tylko mówię",
])
def test_danger_words_said_not_to_be_meant_are_asked_about(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == check(app)


@pytest.mark.parametrize("words", [
    "on tak mówi że mnie zabije",  # said by another
    "zabiję go ja tak mówię ale on mnie naprawdę bije",  # danger after the saying
    "mąż mnie bije i się śmieje",  # he laughs, not we
])
def test_danger_said_by_another_or_after_the_saying_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# Found in the lead's review of the merge: harm the caller turns on themselves, or told against them, played down ("ja
# tak tylko mówię") is how people in danger speak of it; it is never waved away (self-harm not even when laughed at).
@pytest.mark.parametrize("words", [
    "nie chce mi się żyć ja tak tylko mówię",
    "powieszę się w tej stodole ja tak mówię",
    "on mnie zabije ja tak tylko mówię",
    "skończę ze sobą i się śmiejemy",
    "mąż nas pozabija ja tak tylko gadam",
])
def test_harm_to_oneself_or_against_the_caller_played_down_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_in_jest_is_never_read_beside_self_harm_or_harm_told_against_the_caller():
    words = "nie chce mi się żyć ja tak tylko mówię".split()
    assert senses.in_jest_from(words, [("danger", 0, 5, 100.0)], "danger") is None
    words = "on mnie zabije ja tak mówię".split()
    assert senses.in_jest_from(words, [("danger", 2, 3, 100.0)], "danger") is None  # "mnie" beside it
    words = "wnuk mówi że mnie zabije i się śmiejemy".split()  # laughed at together: still a joke
    assert senses.in_jest_from(words, [("danger", 4, 5, 100.0)], "danger") == 6


def test_in_jest_reads_the_first_person_after_every_danger_word():
    words = "zabiję go ja tak mówię".split()
    assert senses.in_jest_from(words, [("danger", 0, 1, 100.0)], "danger") == 2
    words = "on tak mówi że mnie zabije".split()
    assert senses.in_jest_from(words, [("danger", 5, 6, 100.0)], "danger") is None


# -- a fear of the office's matters (senses.fear_of_loss) ----------------------------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("boję się że coś źle wypełniłam w tym wniosku o dodatek węglowy", "dodatek węglowy"),
    ("boję się że mi odbiorą osiemset plus", "osiemset plus"),
])
def test_a_fear_of_the_offices_matters_is_the_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "boję się że mnie zabije",
    "boję się że on mi zabierze dzieci",  # one person
    "boję się że przedawkowałam",  # no paperwork
])
def test_a_fear_of_someone_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a person's phrase heard with words between does not cross a clause (flow.BOUNDED) ----------------------------

def test_a_person_phrase_does_not_cross_a_clause(make_app, post):
    assert same(make_app, post, "about", "sąsiadka nie daje rady czy pracownik socjalny może pomóc",
                "praca socjalna")


@pytest.mark.parametrize("words", ["proszę dać mi pracownika", "dajcie mi jakiegoś pracownika"])
def test_a_person_asked_for_with_words_between_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "z pracownikiem")


# -- "pogadać"; a person before "ja nic nie chcę" (prompts/pl.toml person, Line._speech_choice) --------------------

def test_pogadac_asks_for_a_person(make_app, post):
    assert same(make_app, post, "main", "chciałabym żeby ktoś ze mną pogadał", "z pracownikiem")


def test_talk_before_wanting_nothing_asks_no_one_and_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    person = say_in(post, make_app(TUESDAY_OPEN), "main", "z pracownikiem")
    assert say_in(post, app, "main", "ja tak tylko dzwonię pogadać ja nic nie chcę") != person
    assert say_in(post, app, "main", "mąż mnie bije chcę z kimś pogadać") == danger_open(app)


# -- lost told first as the reason of a request after "bo" (Line._lost_only_as_reason) -----------------------------

def test_lost_then_a_request_after_bo_is_the_request(make_app, post):
    words = "nic nie rozumiem z tych numerów bo się śpieszę proszę wrócić do początku"
    assert same(make_app, post, "hours", words, "wróć do menu")


@pytest.mark.parametrize("words", ["pogubiłam się bo nie wiem co nacisnąć", "pogubiłam się proszę wrócić"])
def test_lost_without_a_request_after_bo_is_still_lost(make_app, post, words):
    assert not same(make_app, post, "hours", words, "wróć do menu")


# -- a matter said not to be one for the office (understand.REFUSAL_BRIDGE) ---------------------------------------

def test_a_matter_said_not_for_the_office_is_refused(make_app, post):
    app = make_app(FRIDAY_EVENING)
    care = say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, "potrzebuję opiekunki")
    assert say_in(post, app, LEAVE_WORD, "to nie jest sprawa dla opieki ja tylko tak dzwonię") != care
    assert say_in(post, app, LEAVE_WORD, "nie wiem czy to jest sprawa dla opieki ale mama potrzebuje opiekunki") \
        == care
    assert say_in(post, app, LEAVE_WORD, "to nie jest sprawa dla opieki tylko policji mąż mnie bije") \
        == danger_closed(app)


# -- someone to talk with the family (senses.talk_with_us) --------------------------------------------------------

def test_someone_to_talk_with_us_is_social_work(make_app, post):
    assert same(make_app, post, "main", "syn nie chodzi do szkoły chcę żeby ktoś z nami porozmawiał",
                "praca socjalna")


def test_talking_with_the_caller_alone_is_still_a_person(make_app, post):
    assert same(make_app, post, "main", "syn nie chodzi do szkoły chcę z panią porozmawiać", "z pracownikiem")


def test_talk_with_us_reads_a_verb_of_talking_beside_z_nami():
    words = "żeby ktoś z nami porozmawiał".split()
    assert senses.talk_with_us(words, [("person", 4, 5, 100.0)], "person")
    words = "chcę z panią porozmawiać".split()
    assert not senses.talk_with_us(words, [("person", 3, 4, 100.0)], "person")


# -- the office's own name is no care (prompts/pl.toml about: "do pomocy społecznej") ------------------------------

def test_the_offices_name_beside_another_offices_matter_is_not_understood(make_app, post):
    app = make_app(TUESDAY_OPEN)  # a long story not understood: "is anyone in danger?"
    words = "mąż zamiast do skarbówki zadzwonił do pomocy społecznej bo chciał pit złożyć"
    assert say_in(post, app, "main", words) == check(app)


def test_someone_to_help_is_still_care(make_app, post):
    assert same(make_app, post, "main", "dzwonię do pomocy społecznej bo potrzebuję kogoś do pomocy przy mamie",
                "potrzebuję opiekunki")
