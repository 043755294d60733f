"""Round forty-eight of issue 23 (bench/fresh48): callers asking for a human being in many indirect ways, and the near
misses: a person of another office asked for (a doctor, a priest, ZUS), someone asked to speak ("niech mi ktoś
odpowie"), "ja bym z nią chciała" (the verb of talking left out), "z panią z opieki" in the instrumental, the number
confirmed with the call asked of the office, "z kimkolwiek, kto tam jest" (a relative clause, no question who), a man
of blessed memory ("świętej pamięci") in a past told, and a sickness told beside another matter. Each reading is
played through the real /voice webhooks (exact TwiML for a few answers), beside the near inputs that must not change.
The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, dial, not_danger, same, say_in, understood_as_nothing
from test_speech_round_nine import danger_open

# -- a person of another office (senses.forty_eight_other_office_person; `elsewhere` "lekarz rodzinny") -------------

@pytest.mark.parametrize("node, words", [
    ("main", "proszę mnie połączyć z doktorem"),
    ("main", "chciałabym pogadać z proboszczem w sprawie pogrzebu"),
    ("about", "czy mogę porozmawiać z panem z krusu bo emerytura nie przyszła"),
    ("main", "niech mnie pani przełączy z lekarzem rodzinnym"),
    ("main", "przełączcie mnie do pana doktora"),
])
def test_a_person_of_another_office_is_no_transfer(make_app, post, node, words):
    assert understood_as_nothing(make_app, post, node, words)


def test_a_doctor_asked_for_exact_reply_is_no_transfer_and_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "proszę mnie połączyć z doktorem")
    assert "<Dial" not in body and not_danger(app, body)


@pytest.mark.parametrize("words", [
    "proszę mnie połączyć z panią z opieki, bo lekarz tak kazał",  # the office's person named, the doctor is why
    "chcę porozmawiać z kimś, a nie z lekarzem",  # the doctor refused
    "chcę pogadać, bo jutro jadę do lekarza",  # the doctor in another clause
    "chcę porozmawiać o dojazdach do lekarza",  # the doctor is where, not whom
])
def test_the_offices_person_beside_a_doctor_is_still_a_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == dial(app, "transfer")


def test_danger_beside_a_doctor_asked_for_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "połącz mnie z lekarzem, mąż mnie bije") == danger_open(app)


def test_the_family_benefit_is_still_the_benefits(make_app, post):
    assert same(make_app, post, "main", "chodzi mi o zasiłek rodzinny", "zasiłek")


# -- someone asked to speak (senses.forty_eight_someone_to_speak) --------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "niech się wreszcie ktoś odezwie"),
    ("about", "niech ktoś mi w końcu odpowie"),
    ("hours", "to niech człowiek do mnie coś powie a nie ta maszyna"),
])
def test_someone_asked_to_speak_is_a_transfer_exact_twiml(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == dial(app, "transfer")


@pytest.mark.parametrize("words, reference", [
    ("niech mi ktoś powie, do której jesteście otwarci", "do której jesteście otwarci"),  # a question after it
    ("ja tego nie zapiszę, niech ktoś oddzwoni i mi powie", "proszę oddzwonić"),  # the call back asked
])
def test_a_question_or_a_call_back_after_niech_ktos_powie_is_unchanged(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", ["niech nikt do mnie nie mówi", "niech ktoś mu powie, że tak nie można"])
def test_no_one_or_someone_else_spoken_to_is_no_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, "main", words)


def test_danger_after_niech_ktos_odpowie_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "niech ktoś odpowie, bo syn mnie bije") == danger_open(app)


# -- the verb of talking left out (senses.forty_eight_with_her_wanted) ---------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "podobno jest tam taka miła pani od tego, to ja bym z nią chciała"),
    ("about", "chciałabym z nim, jeśli można, tak od razu"),
])
def test_with_her_wanted_is_a_transfer(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == dial(app, "transfer")


@pytest.mark.parametrize("words", [
    "chciałabym z nią pojechać do lekarza",  # the verb said: going, not talking
    "ja z nim nie chcę",  # refused
    "martwię się co z nim będzie, chciałabym żeby ktoś przyszedł",  # another clause, "żeby" after the wanting
    "chciałam tylko podziękować, zostańcie z panem bogiem",
])
def test_with_her_and_another_verb_or_refused_is_no_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, "main", words)


# -- "z panią z opieki" (prompts/pl.toml `person`) -----------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "czy mogę z panem z ośrodka"),
    ("contact", "a nie dałoby się od razu z panią z opieki, bo ja nie mam czym pisać"),
])
def test_z_pania_z_opieki_is_a_transfer(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == dial(app, "transfer")


def test_wishes_to_the_ladies_of_the_office_stay_a_goodbye(make_app, post):
    assert same(make_app, post, "main", "chciałam tylko złożyć życzenia paniom z opieki, do widzenia", "do widzenia")


def test_z_pania_z_opieki_after_hours_records_nothing(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert "<Record" not in say_in(post, app, "main", "chciałabym z panią z ośrodka")


# -- the number confirmed, the call asked of the office (senses.someone_asked_to_call in the call-back menu) -------

def test_yes_and_the_office_asked_to_call_is_the_confirmation(make_app, post):
    assert same(make_app, post, "callback", "tak, to mój numer, niech pan z ośrodka jutro zadzwoni", "tak",
                moment=FRIDAY_EVENING)


def test_yes_but_a_talk_now_is_still_a_person(make_app, post):
    assert same(make_app, post, "callback", "tak, ale wolę teraz porozmawiać z panią z opieki",
                "chcę porozmawiać z pracownikiem", moment=FRIDAY_EVENING)
    assert not same(make_app, post, "callback", "tak, ale wolę teraz porozmawiać z panią z opieki", "tak",
                    moment=FRIDAY_EVENING)


# -- "kto" opening a relative clause (senses.forty_eight_who_relative) ----------------------------------------------

def test_anyone_who_is_there_is_a_person_not_the_address_card(make_app, post):
    words = "a może pani połączyć z kimkolwiek, kto tam jest"
    assert same(make_app, post, "leave_word", words, "proszę połączyć z pracownikiem", moment=FRIDAY_EVENING)
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == dial(app, "transfer")


def test_who_is_the_head_is_still_the_address_card(make_app, post):
    assert same(make_app, post, "main", "kto tam jest kierownikiem", "kto jest kierownikiem")
    assert not same(make_app, post, "main", "kto tam jest kierownikiem", "proszę połączyć z pracownikiem")


# -- a man of blessed memory (prompts/pl.toml `not_now`: "świętej pamięci", "ale to dawno") -------------------------

@pytest.mark.parametrize("words", [
    "mój świętej pamięci ojciec bił matkę",
    "teść pił i bił ale to dawno",
])
def test_harm_told_of_the_dead_or_long_ago_is_asked_about_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert body == check(app)
    assert not_danger(app, body)


@pytest.mark.parametrize("words", [
    "mąż świętej pamięci bił mnie, a teraz syn mnie bije",  # danger now after the past
    "syn mnie bije, ale to dawno nie było tak źle",  # "dawno" of how bad, the beating is now
])
def test_harm_now_beside_the_past_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a sickness told beside another matter (senses.forty_eight_sick_only_told) -------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("zięcia zwolnili z pracy, nie ma ubezpieczenia, a jest chory", "ubezpieczenie"),
    ("straciłam pracę, a mąż chory", "ubezpieczenie"),
])
def test_a_sickness_told_beside_another_matter_is_that_matter(make_app, post, words, reference):
    assert same(make_app, post, "about", words, reference)
    assert not same(make_app, post, "about", words, "opieka w domu")


def test_a_sickness_beside_the_fuel_is_still_the_heating(make_app, post):
    assert same(make_app, post, "about", "mama chora, a opał się kończy", "opał")


@pytest.mark.parametrize("words", ["mąż chory, potrzebuje opieki", "mama chora"])
def test_a_sickness_with_care_asked_or_alone_is_still_care(make_app, post, words):
    assert same(make_app, post, "about", words, "opieka w domu")
