"""Round fifty-nine of issue 23 (bench/fresh59): danger said the shy, coded way beside talk that only sounds close. A
caller shut or hidden in a room while a row goes on, and a call to be hidden from someone at home for fear of him, are
danger; bruises explained by a treatment, a fire that is over, and fear of bills beside a matter asked are not. Each
reading is played through the real /voice webhooks (exact TwiML for the safety route), beside the near inputs that
must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import not_danger, same, say_in
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- hiding in a room while a row goes on (senses.fifty_nine_hiding_in_room) -----------------------------------------

def test_hidden_in_the_cellar_during_a_row_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "mama płacze a my z bratem jesteśmy w piwnicy schowani") == \
        danger_closed(app)


@pytest.mark.parametrize("words", [
    "mama płacze w kuchni a my jesteśmy schowani w szafie",
    "tata wrzeszczy na babcię a ja siedzę zamknięta w pokoju z siostrą",
    "on znowu krzyczy i coś się rozbiło a ja się schowałem w łazience",
    "słychać jak ojciec tłucze talerze a ja jestem w ubikacji zamknięta",
])
def test_hidden_in_a_room_during_a_row_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "w jakich godzinach jesteście otwarci bo łazienka u was była zamknięta",  # no row
    "dziecko płacze a ja chciałam zapytać o godziny otwarcia",  # no one shut in a room
    "wnuk krzyczy bo pokój nie jest zamknięty a ja pytam o zasiłek rodzinny",  # denied
])
def test_a_room_closed_or_a_cry_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- a call hidden from him (senses.fifty_nine_call_hidden_from_him) -------------------------------------------------

def test_a_call_hidden_from_him_at_the_read_back_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "callback", "tak ale proszę nie dzwonić kiedy mąż jest w domu bo wtedy jest źle") == \
        danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("callback", "dobrze tylko niech pani nie oddzwania jak on jest bo mi zabrania z kimkolwiek gadać"),
    ("main", "proszę nie dzwonić do mnie gdy konkubent jest w domu bo wtedy jest bardzo źle"),
])
def test_a_call_hidden_for_fear_of_him_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "tak ale niech pani nie dzwoni jak mąż jest w domu bo śpi po nocce",  # no consequence feared
    "tak tylko proszę nie dzwonić rano bo jestem w pracy",  # no one of the house
])
def test_a_call_timed_for_no_fear_is_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "callback", words))


# -- bruises of a treatment, a fire that is over (senses.fifty_nine_bruises_of_treatment, fifty_nine_fire_over) -------

@pytest.mark.parametrize("words, reference", [
    ("mam siniaki na rękach od kroplówek a chciałam zapytać o zasiłek stały", "chciałam zapytać o zasiłek stały"),
    ("po tym pożarze w zeszłym roku chcielibyśmy o zasiłek celowy", "chcielibyśmy o zasiłek celowy"),
    ("po pożarze domu jaki zasiłek celowy można dostać", "jaki zasiłek celowy można dostać"),
])
def test_a_treatment_or_a_fire_over_is_the_matter_asked(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "mam siniaki od męża",  # a person, no treatment
    "mam siniaki od bicia",
    "po zastrzyku krew leci i nie staje",  # another danger phrase
    "pożar u sąsiada się pali stodoła",  # a fire now
    "po pożarze znowu się tli w stodole",  # a fire again now
])
def test_bruises_of_a_person_or_a_fire_now_stay_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- fear of bills (senses.fifty_nine_fear_of_bills) ----------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "boję się że renty nie starczy na wszystko czy jest zasiłek okresowy",
    "boję się tych rachunków za prąd czy jest dodatek osłonowy",
])
def test_fear_of_bills_beside_a_matter_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "boję się męża bo zabiera mi pieniądze a chciałam o zasiłek",  # someone feared, a danger phrase
    "boję się wracać do domu",  # nothing of money, no matter
    "boję się że nie starczy na czynsz",  # nothing else asked
])
def test_fear_of_someone_or_alone_stays_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- the closing told as the reason for a message (senses.fifty_nine_closed_told) ------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("a można coś nagrać dla opieki bo już jest zamknięte a ja w sprawie dodatku mieszkaniowego",
     "chciałabym nagrać wiadomość"),
    ("czy da się nagrać dla opieki bo już zamknięte a mnie chodzi o zasiłek okresowy", "chciałabym nagrać wiadomość"),
    ("chciałabym nagrać wiadomość bo już jest zamknięte", "chciałabym nagrać wiadomość"),
])
def test_the_closing_told_is_the_message_asked(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference, FRIDAY_EVENING)


@pytest.mark.parametrize("words", [
    "czy już zamknięte bo chciałam nagrać wiadomość",  # asked
    "do której jest otwarte bo chcę zostawić wiadomość",  # the hours asked
])
def test_the_closing_asked_is_still_the_hours(make_app, post, words):
    assert not same(make_app, post, "main", words, "chciałabym nagrać wiadomość", FRIDAY_EVENING)


# -- the one who sent the caller (senses.fifty_nine_sent_by_someone) -------------------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("pani kierownik skierowała mnie do pracownika socjalnego w sprawie asystenta rodziny",
     "w sprawie asystenta rodziny"),
    ("sołtys mówił a pani z gminy kazała dzwonić do pracownika socjalnego o asystenta rodziny",
     "w sprawie asystenta rodziny"),
])
def test_the_one_who_sent_is_no_person_asked(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "proszę połączyć z panią kierownik w sprawie asystenta rodziny",  # no one sending
    "pani kierownik kazała więc proszę połączyć z pracownikiem socjalnym w sprawie asystenta rodziny",  # a transfer
    # asked beside the one who sent
])
def test_a_person_asked_for_is_still_put_through(make_app, post, words):
    assert not same(make_app, post, "main", words, "w sprawie asystenta rodziny")
