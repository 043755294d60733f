"""Round forty-nine of issue 23 (bench/fresh49): callers who say no, correct themselves or wander off-topic: figures of
speech, past troubles, other offices, and danger hidden behind a "no". A night not to be lived through, doubted ("nie
wiem, czy dożyję do rana"), someone driven out into the cold ("wyrzucił matkę na mróz") and pills hoarded ("tabletek
nazbierałam") are danger; the weather or the little ones as the killer ("ten mróz mnie zabije", "wnuki mnie wykończą")
is a figure of speech; a matter or an action not wanted ("nie chciałam godziny, to ja znam", "wiadomości to ja nie będę
zostawiać"), the caller's phone as a place ("przy telefonie"), a day when not to be called ("nie dzwońcie dzisiaj"),
what the call is not about ("o dzieci nie chodzi"), a thing looked for aloud ("długopis spadł, gdzie on jest") and a
fair or a market (`elsewhere`: "jarmark", "targ", "kiermasz", "dożynki") ask for nothing of the line. Each reading is
played through the real /voice webhooks (exact TwiML for a few answers), beside the near inputs that must not change.
The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in, topic, understood_as_nothing
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a night not to be lived through (senses.forty_nine_survival_doubted) ------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "ja chyba nie dożyję do jutra w tej chałupie"),
    ("hours", "tato mówi że nie dożyje do wieczora"),
    ("leave_word", "nic nie zostawię bo nie wiem czy mama dożyje do wieczora"),
    ("benefits", "nie o pieniądze chodzi tylko czy ja dożyję do rana w tym zimnie"),
])
def test_a_night_not_to_be_lived_through_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_a_night_not_to_be_lived_through_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "leave_word", "nie wiem czy dożyję do rana") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "jak dożyję to przyjdę do was w poniedziałek"),  # no doubt, no near time: the old joke
    ("main", "nie wiem czy dożyję wiosny, taka jestem stara"),  # a season: a sigh, no night to get through
    ("about", "babcia dożyła do rana i rano zmarła, to było dawno"),  # the past
])
def test_living_on_said_of_a_season_or_the_past_is_no_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, node, words))


# -- driven out into the cold (senses.forty_nine_driven_into_cold) -------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "ona ojca wystawiła na mróz i drzwi zamknęła"),
    ("hours", "syn wyrzucił babcię na śnieg w samych kapciach"),
])
def test_someone_driven_out_into_the_cold_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("node, words", [
    ("main", "taki ziąb że psa się nie wygania na mróz"),  # the verb denied: a saying of the weather
    ("main", "wyrzuciłam te stare gazety i zimno się zrobiło"),  # no "na" with the cold after the verb
])
def test_driving_out_denied_or_of_things_is_no_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, node, words))


def test_driven_out_told_from_the_television_is_asked_about_not_danger_at_once(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "w telewizji pokazywali jak syn wyrzucił matkę na mróz"))


# -- the weather or the little ones as the killer (senses.forty_nine_figure_of_killing) ----------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "te wnuki mnie wykończą z tym hałasem"),
    ("about", "te dzieciaki mnie wykończą, całe popołudnie biegają"),
    ("hours", "zabije mnie ta pogoda, raz ciepło raz zimno"),
])
def test_the_weather_or_the_little_ones_killing_is_a_figure_of_speech(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, node, words))


def test_the_frost_as_the_killer_beside_coal_is_the_heating_item(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "ten mróz mnie wykończy, czy jest jakiś dodatek na opał") == topic(app, "heating")


@pytest.mark.parametrize("node, words", [
    ("main", "on mnie zabije jak wróci"),
    ("main", "wnuk mnie zabije jak mu nie dam pieniędzy"),  # one grandson: a grown man
    ("main", "mąż mnie zabije i jeszcze ten mróz"),  # the man is the subject
    ("main", "dzieci same w domu i mróz je zabije"),  # not "mnie": children alone in the cold
    ("main", "ten mróz mnie zabije, nie mam czym palić i z łóżka nie wstanę"),  # the cold of the helpless
])
def test_a_person_killing_or_the_cold_of_the_helpless_is_still_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


# -- a matter or an action not wanted (senses.forty_nine_not_wanted) -----------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("hours", "nie chciałam adresu"),
    ("contact", "godzin to ja nie pytałam"),
    ("leave_word", "wiadomości to ja nie będę nagrywać"),
    ("main", "nie nie adres to ja znam na pamięć"),
])
def test_a_matter_or_a_message_not_wanted_asks_for_nothing(make_app, post, node, words):
    assert understood_as_nothing(make_app, post, node, words)


@pytest.mark.parametrize("node, words, reference", [
    ("main", "godziny to ja nie znam", "godziny otwarcia"),  # not known: asked
    ("main", "nie wiem, jakie są godziny", "godziny otwarcia"),  # "wiem" is no word of wanting
    ("leave_word", "wiadomość to ja zostawię", "zostawię wiadomość"),
    ("main", "nie chciałam adresu, tylko godziny", "godziny otwarcia"),  # the other matter is asked
])
def test_a_matter_asked_or_not_known_is_still_answered(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


def test_danger_beside_a_matter_not_wanted_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "nie chciałam godzin, mąż mnie bije") == danger_open(app)


# -- the caller's phone as a place (senses.forty_nine_by_the_phone) -------------------------------------------------

def test_a_card_by_the_phone_is_no_number_asked(make_app, post):
    assert understood_as_nothing(make_app, post, "contact", "ja mam zapisane na kartce przy telefonie")


def test_the_phone_number_asked_is_still_the_address_card(make_app, post):
    assert same(make_app, post, "main", "jaki jest wasz telefon", "numer telefonu")


# -- the day when not to be called (senses.forty_nine_when_not_to_call) --------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("callback", "nie dzwońcie w niedzielę"),
    ("callback", "tylko proszę nie dzwonić jutro rano"),
])
def test_a_day_when_not_to_be_called_asks_no_hours(make_app, post, node, words):
    assert understood_as_nothing(make_app, post, node, words, moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words, reference", [
    ("nie dzwońcie, ale o której jutro otwieracie", "o której jutro otwieracie"),  # a time asked
    ("czy w niedzielę jesteście", "czy w niedzielę jesteście otwarci"),
])
def test_a_day_asked_beside_a_refused_call_is_still_the_hours(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- what the call is not about (senses.forty_nine_not_about_it) ---------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("benefits", "o mamę mi nie chodzi"),
    ("main", "o to nie chodzi proszę pani"),
])
def test_what_the_call_is_not_about_is_no_one_who_cannot_walk(make_app, post, node, words):
    assert understood_as_nothing(make_app, post, node, words)


@pytest.mark.parametrize("words", [
    "tata już nie chodzi od zimy",  # someone who cannot walk
    "o lasce już nie chodzi, tylko leży",  # "o" with the locative: how one walks
])
def test_someone_who_cannot_walk_is_still_care(make_app, post, words):
    assert same(make_app, post, "main", words, "opiekunka")


def test_not_about_the_money_is_still_the_other_matter(make_app, post):
    assert same(make_app, post, "main", "nie chodzi o pieniądze, tylko mama nie chodzi", "opiekunka")


# -- a thing looked for aloud (senses.forty_nine_thing_looked_for) -------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("contact", "okulary mi gdzieś wypadły, gdzie one są"),
    ("hours", "kartka mi spadła pod szafkę, no gdzie to jest"),
])
def test_a_thing_dropped_and_looked_for_is_no_address_asked(make_app, post, node, words):
    assert understood_as_nothing(make_app, post, node, words)


@pytest.mark.parametrize("words", [
    "przenieśli ośrodek, gdzie on jest teraz",  # nothing dropped: the office looked for
    "zgubiłam kartkę z adresem, gdzie wy jesteście",  # "wy": the office
])
def test_the_office_looked_for_is_still_the_address(make_app, post, words):
    assert same(make_app, post, "main", words, "gdzie jest ośrodek")


# -- a fair or a market (prompts/pl.toml `elsewhere`: "jarmark", "targ", "kiermasz", "dożynki") ---------------------

@pytest.mark.parametrize("words", [
    "czy w sobotę będzie ten jarmark",
    "a kiermasz w niedzielę czy będzie",
])
def test_a_fair_on_a_day_is_no_hours_question(make_app, post, words):
    assert understood_as_nothing(make_app, post, "hours", words, moment=FRIDAY_EVENING)


def test_a_fair_beside_a_matter_of_the_line_keeps_the_matter(make_app, post):
    words = "na jarmark nie pojadę, bo nie mam na opał, czy jest dodatek"
    assert same(make_app, post, "main", words, "dodatek na opał")


def test_danger_told_at_a_fair_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "na jarmarku mąż mnie pobił i grozi że mnie zabije") == danger_open(app)


@pytest.mark.parametrize("words", [
    "mama nie chce opiekunki, co robić",  # another's will, told
    "syn pije i nie chce się leczyć",
])
def test_another_s_will_is_no_refusal(make_app, post, words):
    assert not understood_as_nothing(make_app, post, "main", words)


def test_a_call_back_asked_then_a_recording_refused_is_still_the_call_back(make_app, post):
    assert same(make_app, post, "leave_word", "proszę oddzwonić, nie trzeba nagrywać", "proszę oddzwonić",
                moment=FRIDAY_EVENING)


def test_a_matter_known_with_more_asked_after_it_is_still_the_matter(make_app, post):
    assert not understood_as_nothing(make_app, post, "main", "zasiłek celowy to ja wiem, że jest, ale jak go dostać")


# -- pills hoarded (senses.forty_nine_pills_hoarded) ---------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "nie nie pomocy nie trzeba ja sobie tabletek nazbierałam"),
    ("hours", "mam tabletki nazbierane w szufladzie i dziś je wezmę"),
])
def test_pills_hoarded_are_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "nazbierało mi się tabletek, gdzie oddać przeterminowane",  # gathered of themselves
    "uzbierałam na leki dla męża, ale nie starcza, czy jest zasiłek",  # money saved for them
    "zbieram tabletki z podłogi, bo mi się rozsypały",  # picked up
])
def test_pills_gathered_saved_for_or_picked_up_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))
