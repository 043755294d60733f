"""Rounds one hundred and four and one hundred and five of issue 23 (bench/fresh104: a new writer's calls late in the
evening, at night and on holidays, when the office is closed; bench/fresh105: another given only the terse brief,
muddled answers that mix a key with words, change their mind or ask two things at once). A fever with confusion and a
room as cold as a kennel with someone shivering are danger now; a message passed on to someone by name, "to ja się już
rozłączam", "jaki macie komórkowy", "dobry jest" to the number read back, a key among impatient words, a husband the
caller cannot wash alone. Played through the real /voice webhooks with the near inputs that must not change. The
sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_ten import danger_closed
from test_speech_rules import HEAD, not_danger, same, say_in, says


def test_a_fever_with_confusion_takes_the_safety_route_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "babcia ma gorączkę aż parzy i od wieczora gada od rzeczy"
    assert say_in(post, app, "main", words) == danger_closed(app)  # was not understood
    assert say_in(post, app, "main", "dziadek majaczy i ma wysoką gorączkę") == danger_closed(app)
    # a fever alone, or confusion alone with an illness named: the matter, as before
    assert same(make_app, post, "main", "mama ma gorączkę czy jest opiekunka", "opiekunka", moment=FRIDAY_EVENING)
    body = say_in(post, app, "main", "babcia gada od rzeczy ma alzheimera potrzebuję opiekunki")
    assert not_danger(app, body)


def test_a_room_cold_as_a_kennel_with_someone_shivering_is_danger_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "u sąsiada zimno jak w psiarni on się cały trzęsie"
    assert say_in(post, app, "main", words) == danger_closed(app)  # was not understood (no stove named)
    body = say_in(post, app, "main", "zimno jak w psiarni a węgla nie ma czy jest dodatek")
    assert not_danger(app, body)  # no one frail: the allowance, as before


def test_a_message_passed_on_to_someone_by_name_is_the_message(make_app, post):
    assert same(make_app, post, "leave_word", "chciałam tylko przekazać pani basi że w czwartek mnie nie będzie",
                "wiadomość", moment=FRIDAY_EVENING)  # was a person (the choice offered again)
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" in say_in(post, app, "main", "chcę rozmawiać z panią basią")  # still put through


def test_hanging_up_with_juz_is_the_goodbye(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "dzisiaj święto to nic nie załatwię to ja się już rozłączam") == (
        HEAD + says(app, "goodbye") + "<Hangup /></Response>")  # was not understood
    assert "<Hangup" not in say_in(post, app, "main", "kasia nie ruszaj kabla bo się rozłączy")  # as before


def test_the_mobile_number_asked_by_its_adjective(make_app, post):
    assert same(make_app, post, "hours", "a jaki macie komórkowy", "numer komórkowy",
                moment=FRIDAY_EVENING)  # was not understood


def test_good_said_of_the_number_read_back_confirms_it(make_app, post):
    assert same(make_app, post, "callback", "no przecież z niego dzwonię dobry jest", "tak",
                moment=FRIDAY_EVENING)  # was not understood


def test_a_key_among_impatient_words(make_app, post):
    assert same(make_app, post, "main", "ile można czekać zero dawaj zero", "zero")  # was not understood


def test_a_husband_the_caller_cannot_wash_alone_is_care(make_app, post):
    assert same(make_app, post, "about", "sama go nie umyję czy ktoś mógłby przychodzić", "opieka w domu",
                moment=FRIDAY_EVENING)  # was not understood
