"""Round fifty-four of issue 23 (bench/fresh54): short answers of unsure older callers in the submenus and in the
after-hours menus (the message, the call back). Each reading is played through the real /voice webhooks (exact TwiML
for the safety route and a few answers), beside the near inputs that must not change. The sentences are this round's
own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import NOTHING_SAID, not_danger, same, say_in
from test_speech_round_nine import danger_open, goodbye
from test_speech_round_ten import danger_closed


# -- a key asked for kindly (prompts/pl.toml, key_filler) --------------------------------------------------------

@pytest.mark.parametrize("node, words, key", [
    ("about", "pani da trójkę", "3"),
    ("about", "dwójka pani kochana", "2"),
    ("benefits", "da pani jedynkę", "1"),
    ("about", "złota pięć", "5"),
])
def test_a_key_asked_for_kindly_is_that_key(make_app, post, node, words, key):
    assert same(make_app, post, node, words, key)


@pytest.mark.parametrize("words", [
    "pani da mi chwilę pomyśleć",  # no key named
    "pani kochana ja nie wiem co nacisnąć",
    "kochana trzy razy dzwoniłam",  # a figure inside a sentence
])
def test_kind_words_around_other_things_are_no_key(make_app, post, words):
    assert not any(same(make_app, post, "about", words, key) for key in "12345")


# -- a hurry before someone comes back (senses.fifty_four_hurried_before_return) ---------------------------------

def test_a_hurried_message_before_he_comes_back_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "leave_word", "dobrze ale szybciutko bo on za chwilę wraca") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "prędko zanim mąż przyjdzie"),
    ("callback", "tak tylko szybko bo syn zaraz wróci"),
])
def test_a_hurry_before_someone_returns_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "mąż zaraz wróci to szybko zapytam o godziny",  # the hurry after: round twenty-three's own negative
    "szybko bo autobus zaraz przyjedzie",  # no one
    "szybko bo zaraz wrócę",  # the caller
    "szybko bo on zaraz wróci a chciałam zapytać o zasiłek stały",  # a matter after the return
])
def test_a_hurry_with_no_one_returning_or_a_matter_after_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- "dobrze" of how well (senses.fifty_four_well_as_manner) -----------------------------------------------------

@pytest.mark.parametrize("words", ["bo ja nie słyszę dobrze", "dobrze nie zrozumiałam", "nie pamiętam dobrze"])
def test_how_well_at_the_read_back_is_no_yes(make_app, post, words):
    assert not same(make_app, post, "callback", words, "tak", FRIDAY_EVENING)


def test_a_number_asked_again_as_one_hears_badly_is_read_again(make_app, post):
    assert same(make_app, post, "callback", "jaki pani numer przeczytała bo ja nie słyszę dobrze", "powtórz",
                FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["dobrze", "tak dobrze słyszę", "dobrze niech dzwonią"])
def test_dobrze_as_a_yes_is_unchanged(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", FRIDAY_EVENING)


# -- a refusal with the caller's own way (senses.fifty_four_refused_own_way) --------------------------------------

@pytest.mark.parametrize("node, words", [
    ("leave_word", "nie nie ja sama zadzwonię w poniedziałek"),
    ("callback", "nie trzeba ja już wiem wszystko"),
])
def test_a_refusal_with_the_callers_own_way_is_no_goodbye(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) != goodbye(app)
    assert same(make_app, post, node, words, NOTHING_SAID, FRIDAY_EVENING)


@pytest.mark.parametrize("node, words", [
    ("leave_word", "nie dziękuję ja zadzwonię jutro"),  # thanks
    ("callback", "nie trzeba ja zadzwonię do widzenia"),  # a farewell
    ("leave_word", "to ja zadzwonię"),  # no refusal first
])
def test_a_refusal_with_thanks_or_farewell_is_still_goodbye(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) == goodbye(app)


# -- "to wszystko powiem" (senses.fifty_four_everything_told) ----------------------------------------------------

def test_everything_the_caller_will_tell_is_no_goodbye(make_app, post):
    assert same(make_app, post, "main", "niech ktoś do mnie zadzwoni to wszystko wytłumaczę",
                "niech ktoś do mnie zadzwoni", FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["to wszystko dziękuję", "to wszystko"])
def test_that_is_all_is_still_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == goodbye(app)


# -- a call asked on the number read back (senses.fifty_four_call_this_number) ----------------------------------

@pytest.mark.parametrize("words", ["proszę dzwonić na ten numer", "zadzwońcie na tę komórkę", "a jakże dzwońcie na mój"])
def test_a_call_asked_on_this_number_is_yes(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["nie dzwońcie na ten", "dzwoniłam na ten numer", "czy dzwonić na ten numer",
                                   "dzwońcie na inny"])
def test_a_call_refused_told_or_asked_is_no_yes(make_app, post, words):
    assert not same(make_app, post, "callback", words, "tak", FRIDAY_EVENING)


def test_danger_beside_a_call_asked_stays_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "callback", "dzwońcie na ten bo mąż mnie bije") == danger_closed(app)


# -- the listener asked to pass it on (senses.fifty_four_passed_on) ----------------------------------------------

@pytest.mark.parametrize("words", ["ja powiem a pan to przekaże pracownicy", "przekażcie to tej pani z opieki"])
def test_words_to_be_passed_on_are_a_message(make_app, post, words):
    assert same(make_app, post, "leave_word", words, "zostawię wiadomość", FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["pani mi przekaże co trzeba", "pani przekazała mi że mam dzwonić",
                                   "nie dosłyszałam końca niech pani powtórzy"])
def test_passing_to_the_caller_past_or_again_is_no_message(make_app, post, words):
    assert not same(make_app, post, "leave_word", words, "zostawię wiadomość", FRIDAY_EVENING)


# -- the caller's own absence (senses.fifty_four_own_absence) ----------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("callback", "jutro mnie nie będzie w domu"),
    ("leave_word", "w sobotę wyjeżdżam do siostry"),
])
def test_a_day_of_the_callers_absence_asks_no_hours(make_app, post, node, words):
    assert same(make_app, post, node, words, NOTHING_SAID, FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["jadę w poniedziałek czy będzie otwarte", "w poniedziałek do której"])
def test_a_day_asked_is_still_the_hours(make_app, post, words):
    assert not same(make_app, post, "callback", words, NOTHING_SAID, FRIDAY_EVENING)


# -- a story from a screen (senses.fifty_four_story_on_screen) ---------------------------------------------------

@pytest.mark.parametrize("words", [
    "w radiu mówili że jakiś dziadek pił i się przewrócił okropne",
    "w gazecie pisali że babcia leżała sama tydzień",
])
def test_a_matter_word_inside_a_screen_story_asks_no_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "about", words)
    assert not_danger(app, body)
    assert not same(make_app, post, "about", words, "opiekunka")
    assert not same(make_app, post, "about", words, "alkohol")


@pytest.mark.parametrize("words, reference", [
    ("w telewizji mówili o dodatku węglowym", "dodatek węglowy"),  # no story: a matter named
    ("w telewizji mówili że opiekunki przysługują", "opiekunka"),  # no past verb in the matter
])
def test_a_matter_named_from_a_screen_is_still_the_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_a_screen_story_of_harm_is_still_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "w telewizji pokazywali że jakiś chłop żonę pobił i leżała sama straszne rzeczy"
    assert not_danger(app, say_in(post, app, "main", words))


# -- what was read slipped the caller's mind (senses.fifty_four_slipped_alone) -----------------------------------

@pytest.mark.parametrize("node, words", [
    ("benefits", "jakie tam były opcje bo mi uciekło"),
    ("hours", "wszystko mi z głowy wyleciało"),
    ("contact", "umknęło mi to"),
])
def test_what_was_read_slipped_is_read_again(make_app, post, node, words):
    assert same(make_app, post, node, words, "powtórz")


@pytest.mark.parametrize("words", ["pies mi uciekł", "kury mi uciekły", "nic mi nie uciekło"])
def test_a_thing_or_animal_run_off_is_no_repeat(make_app, post, words):
    assert not same(make_app, post, "hours", words, "powtórz")


@pytest.mark.parametrize("words", ["ja już nie wiem co miałam wyleciało mi z głowy",
                                   "co ja chciałam to mi uciekło"])
def test_the_callers_own_errand_forgotten_is_no_repeat(make_app, post, words):
    assert not same(make_app, post, "main", words, "powtórz", FRIDAY_EVENING)
