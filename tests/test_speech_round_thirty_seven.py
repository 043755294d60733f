"""Round thirty-seven of issue 23 (bench/fresh37): callers who correct themselves, change their mind, answer with a
question or bury the request after a preamble. Each reading is played through the real /voice webhooks (exact TwiML
for the safety route and for a few items), beside the near inputs that must not change. The sentences are this round's
own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, not_danger, same, say, say_in, topic
from test_speech_round_eight import pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a building on fire, "się" before its noun (senses.building_burning) -------------------------------------------

def test_a_barn_burning_said_with_sie_first_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "about", "dzwonię w sprawie paczki a tu u sąsiada się obora pali") == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "u nas na wsi się dom pali a dziadek w środku"),
    ("benefits", "się cała stodoła pali u sąsiada"),
    ("hours", "dzwonię w sprawie zasiłku a tu się chałupa pali"),
])
def test_a_building_burning_with_sie_first_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "u nas się węglem pali w piecu czy jest dodatek węglowy",  # the fuel, no building
    "u nas się w piecu pali drewnem czy jest dodatek",  # the stove
    "się dom ociepla czy jest na to dofinansowanie",  # no verb of burning
])
def test_heating_with_sie_is_no_fire(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- fear of the machine denied after it (senses.fear_denied_after) ------------------------------------------------

@pytest.mark.parametrize("words", [
    "boję się tego automatu to znaczy nie boję się po prostu nie lubię",
    "ja się boję tej sekretarki nie no nie boję się tylko wolę żeby oddzwonili",
])
def test_fear_of_the_machine_taken_back_is_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, LEAVE_WORD, words))


@pytest.mark.parametrize("words", [
    "boję się tych maszyn a mąż mnie bije",  # danger beside the machine
    "nie boję się maszyn boję się męża",  # a person feared
])
def test_fear_of_a_person_beside_a_machine_stays_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, words) == danger_closed(app)


# -- "i tak" is "anyway" (senses.yes_as_anyway) --------------------------------------------------------------------

@pytest.mark.parametrize("words", ["ja i tak nie odbieram obcych numerów", "i tak zadzwonię sama jutro"])
def test_i_tak_at_the_read_back_is_no_yes(make_app, post, words):
    assert not same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)
    assert same(make_app, post, "callback", words, "kartofle", moment=FRIDAY_EVENING)  # not understood


@pytest.mark.parametrize("words", ["tak i proszę dzwonić", "no i tak zgadza się", "tak to mój numer"])
def test_a_yes_at_the_read_back_still_confirms(make_app, post, words):
    assert same(make_app, post, "callback", words, "tak", moment=FRIDAY_EVENING)


# -- the caller's own name (senses.own_name_told) ------------------------------------------------------------------

def test_the_callers_own_name_then_the_coal_is_the_heating_item_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "tu pani krysia z kleszczewa czy jest dodatek węglowy") == topic(app, "heating")


@pytest.mark.parametrize("words, reference", [
    ("mówi pan józef z nowinek pytam o zasiłek okresowy", "zasiłek okresowy"),
    ("dzień dobry ja jestem pani basia chodzi o opiekunkę dla mamy", "opiekunka dla mamy"),
    ("jestem pan tadek i dzwonię w sprawie opału", "opał"),
])
def test_the_callers_own_name_is_no_person_asked(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)
    assert not same(make_app, post, "main", words, "z kimś z ośrodka")


@pytest.mark.parametrize("words", [
    "proszę z panią anią w sprawie opału",  # a person asked by name
    "czy jest pani basia bo chodzi o opał",
    "a pani ania jest dzisiaj bo chodzi o dodatek węglowy",  # session 25: "tu pani ania mówiła, że …" is told of
    # (tests/test_speech_round_one_hundred_twenty_four.py), so the named one asked for is asked here
])
def test_a_name_asked_for_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "z kimś z ośrodka")


# -- a choice taken back (senses.taken_back) -----------------------------------------------------------------------

@pytest.mark.parametrize("node, words, reference", [
    ("about", "dodatek węglowy to nie bo mamy pompę ciepła pytam o zasiłek celowy", "zasiłek celowy"),
    (LEAVE_WORD, "wiadomość to nie ja chciałam zapytać o dodatek węglowy", "dodatek węglowy"),
    (LEAVE_WORD, "nagrać się a nie lepiej niech ktoś oddzwoni", "proszę oddzwonić"),
    (LEAVE_WORD, "oddzwonić znaczy nie ja tu nagram wiadomość", "zostawię wiadomość"),
])
def test_a_choice_taken_back_leaves_the_one_asked_after(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference, moment=FRIDAY_EVENING)


@pytest.mark.parametrize("node, words, reference", [
    ("about", "zasiłek nie przyszedł w tym miesiącu", "zasiłek"),  # a verb after "nie": no retraction
    ("about", "zasiłek to nie wiem jaki mi się należy", "zasiłek"),
    (LEAVE_WORD, "zostawię wiadomość żeby oddzwonili", "zostawię wiadomość"),  # nothing taken back
])
def test_a_nie_that_takes_nothing_back_changes_nothing(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference, moment=FRIDAY_EVENING)


def test_danger_taken_back_is_never_read(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, LEAVE_WORD, "wiadomość to nie mąż mnie bije") == danger_closed(app)


# -- a preference said with "lepiej" (senses.preferred_other) ------------------------------------------------------

@pytest.mark.parametrize("words, reference", [
    ("nie umiem mówić na sekretarkę niech raczej ktoś zadzwoni", "proszę oddzwonić"),
    ("niech oddzwonią a jak nie to lepiej nagram wiadomość", "zostawię wiadomość"),
])
def test_the_choice_preferred_wins_in_the_message_menu(make_app, post, words, reference):
    assert same(make_app, post, LEAVE_WORD, words, reference, moment=FRIDAY_EVENING)


def test_a_message_preferred_records(make_app, post):
    body = say_in(post, make_app(FRIDAY_EVENING), LEAVE_WORD, "niech oddzwonią a jak nie to lepiej nagram wiadomość")
    assert "<Record" in body


# -- a topic acknowledged, then another asked (senses.acknowledged_then_other) -------------------------------------

@pytest.mark.parametrize("words", [
    "godziny rozumiem tylko ja chciałam o pieniądze zapytać",
    "godziny okej ale ja właściwie dzwonię o pieniądze",
])
def test_the_hours_acknowledged_then_money_asked_is_the_benefits_item(make_app, post, words):
    assert same(make_app, post, "hours", words, "pieniądze")
    assert not same(make_app, post, "hours", words, "godziny")


@pytest.mark.parametrize("words", ["godziny dobrze", "dobrze ale godziny jeszcze raz"])
def test_the_hours_alone_or_asked_again_are_unchanged(make_app, post, words):
    assert same(make_app, post, "hours", words, "godziny")


# -- "nie wiem, gdzie" beside a matter (senses.where_not_known) ----------------------------------------------------

def test_not_knowing_where_to_get_treatment_is_the_addiction_item_exact_twiml(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "problem z piciem mam i nie wiem gdzie się leczyć") == topic(app, "addiction")


def test_not_knowing_where_to_take_a_benefit_paper_is_the_benefits(make_app, post):
    assert same(make_app, post, "main", "dostałam decyzję o zasiłku i nie wiem gdzie to zanieść", "zasiłek")


@pytest.mark.parametrize("words", ["nie wiem gdzie jesteście", "zasiłek gdzie złożyć"])
def test_where_asked_is_still_the_address(make_app, post, words):
    assert same(make_app, post, "main", words, "adres")


# -- "nie o X chodzi" (senses.not_about_it) ------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "to nie o pieniądze chodzi proszę wrócić do menu",
    "nie o zasiłek mi chodziło chcę wrócić na początek",
])
def test_money_denied_then_the_way_back_is_the_main_menu(make_app, post, words):
    assert same(make_app, post, "benefits", words, "menu")


@pytest.mark.parametrize("words", ["o pieniądze mi chodzi", "nie o pieniądze mi chodzi"])
def test_money_alone_denied_or_not_stays_as_it_was(make_app, post, words):
    assert same(make_app, post, "benefits", words, "pieniądze")


# -- the phone as a device (senses.on_this_device) -----------------------------------------------------------------

def test_no_star_on_this_phone_then_star_said_is_the_star(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "nie mam gwiazdki na tym telefonie więc mówię gwiazdka"
    assert say_in(post, app, "main", words) == pressed(post, make_app(TUESDAY_OPEN), "main", "*")


@pytest.mark.parametrize("words", ["jaki jest telefon do was", "proszę podać telefon"])
def test_the_offices_phone_asked_is_still_the_address(make_app, post, words):
    assert same(make_app, post, "main", words, "adres")


# -- a key corrected after "nie" (Line._key_after_no) --------------------------------------------------------------

@pytest.mark.parametrize("words, key", [
    ("gwiazdka a może krzyżyk nie gwiazdka ta z gwiazdką", "*"),
    ("trójka nie czwórka", "4"),
])
def test_a_key_corrected_after_nie_is_the_key_said_last(make_app, post, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == pressed(post, make_app(TUESDAY_OPEN), "main", key)


@pytest.mark.parametrize("words, reference", [
    ("nie wiem może trójka", "trójka"),  # unsure, no correction: as before
    ("dwójka nie", "kartofle"),  # nothing after the "nie"
])
def test_no_key_after_nie_corrects_nothing(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- not caught, the part named, then asked again (senses.missed_named_then_asked) ---------------------------------

@pytest.mark.parametrize("words", [
    "nie dosłyszałam do której w piątek niech pani powtórzy",
    "nie usłyszałam od której we wtorek jeszcze raz proszę",
])
def test_the_part_missed_then_asked_again_repeats_the_hours(make_app, post, words):
    assert same(make_app, post, "hours", words, "proszę powtórzyć")


def test_the_part_missed_without_a_request_is_that_days_answer(make_app, post):
    assert not same(make_app, post, "hours", "nie dosłyszałam od której w piątek", "proszę powtórzyć")


# -- "pomyliłam się" beside a way back (senses.lost_only_as_mistake) -----------------------------------------------

@pytest.mark.parametrize("words", ["pomyliłam się chcę wrócić do głównego menu",
                                   "nie to nie to pomyliłem się chcę wrócić do tego pierwszego"])
def test_a_mistake_with_the_way_back_is_the_way_back(make_app, post, words):
    assert same(make_app, post, "about", words, "menu")


@pytest.mark.parametrize("words", ["pogubiłam się cofnij", "pomyliłam się", "nie wiem pomyliłam się chcę wrócić"])
def test_being_lost_is_still_lost(make_app, post, words):
    assert same(make_app, post, "about", words, "pogubiłam się")


# -- a matter named inside a figure of speech (senses.named_in_a_saying) -------------------------------------------

@pytest.mark.parametrize("words", [
    "te rachunki za prąd mnie zabiją tak się tylko mówi ja dzwonię w sprawie paszportu",
    "ten opał to mnie wykończy tak się tylko mówi a ja w sprawie emerytury z zusu",
])
def test_the_coal_inside_a_saying_then_another_offices_matter_is_no_heating(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert body != topic(app, "heating") and not_danger(app, body)


@pytest.mark.parametrize("words", [
    "te rachunki za prąd mnie wykończą tak się tylko mówi ale czy jest dodatek węglowy",  # asked after the saying
    "w telewizji mówili o dodatku węglowym czy mi się należy",  # a screen, no saying
    "te ceny za opał to mnie zabijają",  # round twenty-nine: the fuel in the figure is the heating item
])
def test_the_coal_asked_stays_the_heating_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "heating")
