"""Round fifty-six of issue 23 (bench/fresh56): callers from rural Wielkopolska speaking the regional and the old way,
heard through a recogniser that mishears. Each reading is played through the real /voice webhooks (exact TwiML for the
safety route and for a few items), beside the near inputs that must not change. The sentences are this round's own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, NOTHING_SAID, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- nothing to put in one's mouth (prompts/pl.toml, danger) -------------------------------------------------------

def test_nothing_to_put_in_the_mouth_is_danger_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "nie mamy co do gęby włożyć od trzech dni") == danger_open(app)


@pytest.mark.parametrize("node, words", [
    ("contact", "dzieciom nie mam co do ust włożyć i tylko wodę pijemy"),  # a drinking word beside it: still danger
    ("benefits", "ani grosza i nie ma co do pyska włożyć"),
])
def test_nothing_to_eat_said_as_the_mouth_is_danger_after_hours(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, node, words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "w telewizji mówili że ludzie nie mają co do gęby włożyć",  # a screen's story
    "dawno temu nie mieliśmy co do ust włożyć ale teraz jest dobrze",  # long ago, over
])
def test_nothing_to_eat_told_from_a_screen_or_long_ago_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a key given ("dam", prompts/pl.toml key_filler) ---------------------------------------------------------------

@pytest.mark.parametrize("node, words, key", [
    ("main", "no to ja dam dwójkę", "2"),
    ("about", "tej dam trójkę", "3"),
    ("benefits", "dam jedynkę", "1"),
])
def test_a_key_given_is_that_key(make_app, post, node, words, key):
    assert same(make_app, post, node, words, key)


@pytest.mark.parametrize("words", [
    "dam znać jutro",  # no key named
    "dam znać za dwa dni",  # a figure inside a sentence
])
def test_dam_around_other_things_is_no_key(make_app, post, words):
    assert not any(same(make_app, post, "about", words, key) for key in "12345")


# -- regional little words are no story (flow.FIFTY_SIX_REGIONAL_LITTLE_WORDS) -------------------------------------

@pytest.mark.parametrize("node, words, reference", [
    ("contact", "a w czwartek to tyż jesteście czy ino do środy bo sąsiad mnie podwiezie",
     "a w czwartek jesteście"),
    ("about", "w poniedziałek jeno do której tyż otwarte bo syn mnie zawiezie", "w poniedziałek do której"),
])
def test_a_day_asked_in_regional_words_is_that_days_hours(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


def test_a_long_story_with_regional_words_is_still_asked_about(make_app, post):
    words = "tyż sąsiad wczoraj ino krzyczał na podwórku potem pojechał autem do miasta wieczorem"
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main",
                                                       "sąsiad wczoraj krzyczał na podwórku potem pojechał autem do miasta")


# -- help given to people is no person asked for (senses.fifty_six_given_to_people) --------------------------------

@pytest.mark.parametrize("words", ["o ten zasiłek celowy co go dają ludziom w biedzie",
                                   "zasiłek stały co go dają ludziom starszym"])
def test_a_benefit_given_to_people_is_the_benefits(make_app, post, words):
    assert same(make_app, post, "main", words, "zasiłek")


@pytest.mark.parametrize("words", ["dajcie człowieka", "chcę pogadać z żywym człowiekiem", "dajcie mi do człowieka"])
def test_a_person_asked_for_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę z pracownikiem")


# -- a parcel by post is no food aid (senses.fifty_six_parcel_by_post) ---------------------------------------------

@pytest.mark.parametrize("words", [
    "kurier nie przywiózł paczki",
    "listonosz miał przynieść paczkę z zamówieniem",
    "paczka z allegro gdzieś przepadła",
])
def test_a_parcel_posted_is_not_food(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != topic(app, "food")


@pytest.mark.parametrize("words", ["czy będzie paczka na święta", "paczki żywnościowe na poczcie odbieramy",
                                   "paczka z banku żywności"])
def test_a_food_parcel_is_still_food(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "food")


# -- someone there asked with words between (senses.fifty_six_someone_there_between) -------------------------------

@pytest.mark.parametrize("words", [
    "czy ktoś tam u was jeszcze będzie siedział koło piątej",
    "koło szóstej to ktoś tam jeszcze będzie",
    "a na wieczór ktoś u was w biurze jest",
])
def test_someone_there_at_an_hour_is_the_hours(make_app, post, words):
    assert same(make_app, post, "about", words, "godziny otwarcia", FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "ktoś tam u was jeszcze będzie siedział",  # no hour: unchanged
    "czy ktoś tam u was jeszcze jest",  # no hour: unchanged
])
def test_someone_with_other_words_between_is_unchanged(make_app, post, words):
    assert not same(make_app, post, "about", words, "godziny otwarcia", FRIDAY_EVENING)


# -- a matter denied with a verb of calling (senses.fifty_six_not_calling_about) -----------------------------------

@pytest.mark.parametrize("words", ["ja nie o pieniądze dzwonię tylko paszport wyrobić",
                                   "a ja nie o węgiel pytam tylko o pit"])
def test_a_matter_denied_with_a_verb_of_calling_is_not_that_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "benefits", words)
    assert body not in (topic(app, "benefits"), topic(app, "heating"))


@pytest.mark.parametrize("words, node", [
    ("ja o pieniądze dzwonię", "benefits"),  # no denial
    ("nie o pieniądze dzwonię", "benefits"),  # "nie" first: it may be an answer, then the matter
])
def test_a_matter_not_denied_is_unchanged(make_app, post, words, node):
    assert same(make_app, post, "main", words, "zasiłek")


# -- nobody there found out, then refused (senses.fifty_six_nobody_then_refused) ----------------------------------

@pytest.mark.parametrize("words", ["aha to nikogo nie ma no to nie nagrywam nic",
                                   "nikt nie odbiera to ja nie będę mówić do maszyny"])
def test_nobody_there_then_refused_is_no_person(make_app, post, words):
    assert same(make_app, post, LEAVE_WORD, words, NOTHING_SAID, FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["a to nikogo nie ma", "czy nikogo nie ma bo nie mogę się dodzwonić"])
def test_nobody_there_without_a_refusal_is_unchanged(make_app, post, words):
    assert not same(make_app, post, LEAVE_WORD, words, NOTHING_SAID, FRIDAY_EVENING)


def test_nobody_there_then_a_message_is_still_the_message(make_app, post):
    assert same(make_app, post, LEAVE_WORD, "nikogo nie ma to zostawię wiadomość", "zostawię wiadomość",
                FRIDAY_EVENING)


# -- the caller's own number not known at the read-back (senses.fifty_six_own_number_unknown) ----------------------

@pytest.mark.parametrize("words", ["to nie mój telefon tylko sąsiadki a ja nie pamiętam swojego numeru",
                                   "nie ten numer to wnuczka dała a ja nie wiem jaki mój jest"])
def test_another_number_the_caller_cannot_give_is_not_asked_to_be_typed(make_app, post, words):
    assert same(make_app, post, "callback", words, NOTHING_SAID, FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["nie to nie mój numer", "to nie ten numer"])
def test_another_number_said_plainly_still_asks_to_type_it(make_app, post, words):
    assert same(make_app, post, "callback", words, "nie", FRIDAY_EVENING)


# -- a matter named after "o" before "bo" (flow.Line._fifty_six_about_before_because) ------------------------------

@pytest.mark.parametrize("words", ["ja o zasiłek bo emerytura mała i na rachunki nie starcza",
                                   "dzwonię o zapomogę bo na prąd i węgiel brakuje"])
def test_a_matter_named_first_after_o_is_asked_the_reason_after_bo(make_app, post, words):
    assert same(make_app, post, "about", words, "zasiłek")


@pytest.mark.parametrize("words, matter", [
    ("ja o węgiel bo zimno a zasiłku nie mam", "heating"),  # the matter before "bo" is the coal
    ("ja w sprawie rachunków za prąd bo zasiłek za mały", "heating"),  # no "o": unchanged
])
def test_other_matters_before_bo_are_unchanged(make_app, post, words, matter):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == topic(app, matter)


def test_danger_after_bo_still_wins(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "ja o zasiłek bo mąż mnie bije i wszystko zabiera") == danger_open(app)
