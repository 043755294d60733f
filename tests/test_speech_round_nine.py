"""Round nine of issue 23 (bench/fresh9): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import CLOSED_UNTIL, HEAD, LEAVE_WORD, check, dial, gather, item, say, say_in, says
from test_speech_round_eight import not_understood, pressed

from ivr.call.understand import Matcher, Sayings


def danger_open(app) -> str:
    return dial(app, "danger", "transfer", danger=1)


def takes_the_safety_route(make_app, post, node, words, moment=TUESDAY_OPEN) -> bool:
    """The words lead to the safety route while open (the 112 sentence, then a person) in that node of a fresh line."""
    app = make_app(moment)
    return say_in(post, app, node, words) == danger_open(app)


def goodbye(app) -> str:
    return HEAD + says(app, "goodbye") + "<Hangup /></Response>"


def about_menu(app) -> str:
    return gather(app, "about", says(app, "menu_about"))


def benefits_item(app) -> str:
    return gather(app, "benefits", says(app, "info_benefits", "menu_benefits"))


# -- words the recogniser split -----------------------------------------------------------------------

@pytest.mark.parametrize("words", ["a czym się zajmuje ta o pieka społeczna", "to jaką po moc można u was dostać"])
def test_a_word_split_by_the_recogniser_is_one_word_again(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == about_menu(app)


def test_a_piece_before_a_word_of_the_lists_stays_two_words():
    # "o piece" (about stoves) is no "opiece" (care): the stove is a word of the lists by itself.
    matcher = Matcher({"care": ["opieka"], "heating": ["piece"]}, rejoin=True)
    assert [m.choice for m in matcher.scores("pytam o piece")] == ["heating"]
    assert [m.choice for m in matcher.scores("pytam o pieka")] == ["care"]
    # Without `rejoin` (the text line) nothing is joined.
    assert Matcher({"care": ["opieka"]}).scores("pytam o pieka") == []


def test_joined_words_keep_the_callers_word_count_for_the_rules_after_them():
    # "nie" right before the joined word still denies a negatable choice: the positions are the words as said.
    matcher = Matcher({"addiction": ["nałóg"]}, rejoin=True, negatable=("addiction",))
    assert [m.choice for m in matcher.scores("to jest na łóg")] == ["addiction"]
    assert matcher.scores("to nie na łóg") == []
    assert matcher.spans("mąż ma na łóg") == [("addiction", 2, 4, 100.0)]


# -- word order, pleas, people in the room ------------------------------------------------------------

def test_a_danger_phrase_said_the_other_way_round_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "przy piecu coś gazem śmierdzi") == danger_open(app)


def test_a_phrase_with_a_quantifier_is_not_turned_round(make_app, post):
    # "dzieci same" (children alone) is danger; "same dzieci" (only children) is not.
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "na obiady chodzą same dzieci z naszej wsi") == item(app, "food", "info_food")
    assert say_in(post, app, "main", "dzieci same od rana") == danger_open(app)


def test_a_childs_plea_not_to_be_beaten_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "hours", "za ścianą dziecko krzyczy nie bij tato nie bij")
    inner = (says(app, "danger", "danger_helpline") + say(app, "status_closed", **CLOSED_UNTIL)
             + say(app, "menu_leave_word"))
    assert body == gather(app, LEAVE_WORD, inner, danger=1)


def test_a_denial_is_still_a_denial_and_do_not_be_afraid_is_no_plea(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "syn pije ale nie bije") == item(app, "addiction", "info_addiction")
    assert say_in(post, app, "main", "nie bój się pytam o zasiłek") == benefits_item(app)


def test_words_said_to_someone_in_the_room_ask_for_nothing(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # "zamknij" is a form of "zamknąć" as "zamknięte" (the hours) is: said as "ty" it is said to Janek.
    assert say_in(post, app, "main", "janek zamknij drzwi") == not_understood(app)
    words = "janek zamknij drzwi bo ciągnie proszę pani opał na zimę czy gmina coś daje"
    assert say_in(post, app, "about", words) == item(app, "heating", "info_heating")


def test_the_line_spoken_to_still_hears_its_words(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # A question to the line beside words to someone in the room; a request in the imperative to the line.
    hours = say_in(post, app, "main", "zosia zamknij okno proszę pani do której jesteście dzisiaj")
    assert hours == say_in(post, app, "main", "do której jesteście dzisiaj")
    assert "info_hours" not in hours and say(app, "info_hours") in hours
    assert say_in(post, app, "hours", "powtórz") == say_in(post, app, "hours", "proszę powtórzyć")


# -- danger in this round's fields; hyperbole and another office ---------------------------------------

@pytest.mark.parametrize("words", [
    "starszy pan siedzi na ławce na mrozie w samej koszuli", "byk mnie przygniótł w oborze",
    "noga chyba złamana leżę w stodole", "zięć powiedział że spali chałupę", "on stoi pod domem z kanistrem",
    "dzieci pochowały się w stodole", "mąż rzuca czym popadnie",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_slept_is_no_arson_and_a_funeral_no_hiding(make_app, post):
    # "spali" is also "they slept"; "pochowali" (without "się") buried someone.
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "dzieci już spali jak pytałam o obiady") == item(app, "food", "info_food")
    assert say_in(post, app, "main", "babcię pochowali w zeszłym tygodniu") == not_understood(app)


@pytest.mark.parametrize("words", ["te ceny to mnie wykończą", "ten kogut mnie kiedyś wykończy"])
def test_hyperbole_of_prices_and_someday_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


def test_a_person_who_will_finish_the_caller_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "on mnie wykończy") == danger_open(app)


def test_farm_subsidies_are_another_offices_matter_but_a_subsidy_for_electricity_is_heating(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "dopłaty do hektarów z agencji kiedy będą") == not_understood(app)
    assert say_in(post, app, "main", "dopłata do prądu") == item(app, "heating", "info_heating")


# -- refusals, plans, a message, a call back -------------------------------------------------------------

def test_nothing_to_be_sent_is_refused_and_a_plain_request_is_not(make_app, post):
    app = make_app(FRIDAY_EVENING)
    refused = say_in(post, app, "hours", "nie trzeba nic wysyłać")
    # The same answer as a word the line does not know at all: not understood, nothing sent.
    assert refused == say_in(post, app, "hours", "abrakadabra")
    assert say(app, "not_understood") in refused
    asked = say_in(post, app, "hours", "nie wiem nic proszę wysłać esemesa")
    assert asked == say_in(post, app, "hours", "proszę wysłać esemesa")
    assert say(app, "not_understood") not in asked


def test_a_day_in_the_callers_own_plan_asks_no_hours(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "callback", "nie trzeba oddzwaniać sama przyjdę w poniedziałek")
    assert say(app, "not_understood") in body and say(app, "info_hours") not in body
    # A time asked beside the plan is still the hours, that day first.
    open_app = make_app(TUESDAY_OPEN)
    assert say_in(post, open_app, "main", "przyjdę w czwartek do której jesteście") == say_in(
        post, open_app, "main", "do której jesteście w czwartek")
    assert say_in(post, open_app, "main", "czy mogę przyjść w czwartek") == say_in(
        post, open_app, "main", "w czwartek do której")
    # A question about the day, the plan its reason: the hours of that day.
    assert say_in(post, open_app, "main", "czy w czwartek jesteście bo przyjdę") == say_in(
        post, open_app, "main", "w czwartek do której")


def test_nobody_there_beside_a_message_is_its_reason(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "main", "chciałabym zostawić wiadomość bo teraz nikogo nie ma")
    assert "<Record" in body and body == say_in(post, app, "main", "chciałabym zostawić wiadomość")


def test_nobody_there_alone_is_still_a_person_and_never_a_recording_while_open(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czy nikogo nie ma w biurze") == dial(app, "transfer")
    assert "<Record" not in say_in(post, app, "main", "bo teraz nikogo nie ma")


def test_a_call_back_from_a_named_person_is_the_call_back(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, "niech pani kierownik do mnie zadzwoni")
    assert body == say_in(post, app, LEAVE_WORD, "niech ktoś do mnie zadzwoni") and "<Dial" not in body
    holiday = say_in(post, app, "main", "czy ktoś może do mnie oddzwonić bo teraz nie mam jak rozmawiać")
    assert holiday == say_in(post, app, "main", "czy ktoś może do mnie oddzwonić")


def test_put_through_first_and_a_call_back_only_if_not_is_a_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "proszę mnie połączyć z kierowniczką a jak jej nie ma to niech oddzwoni"
    assert say_in(post, app, "main", words) == dial(app, "transfer")


def test_the_one_who_will_hear_the_message_is_its_addressee(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, "nagram się niech pani kierowniczka odsłucha po świętach")
    assert "<Record" in body and body == say_in(post, app, LEAVE_WORD, "nagram się")


def test_a_person_preferred_to_a_message_is_a_transfer_while_open(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "wolę porozmawiać z panią kierowniczką niż nagrać wiadomość")
    assert body == dial(app, "transfer") and "<Record" not in body


# -- repeat, back, goodbye ------------------------------------------------------------------------------

def test_all_of_it_again_is_no_goodbye(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "about", "za szybko pani mówi jeszcze raz to wszystko poproszę")
    assert "<Hangup" not in body and body == say_in(post, app, "about", "za szybko pani mówi")
    assert say_in(post, app, "about", "proszę jeszcze raz to wszystko") == say_in(post, app, "about", "jeszcze raz")
    assert say_in(post, app, "about", "jeszcze raz proszę pani to wszystko") == say_in(post, app, "about", "jeszcze raz")


@pytest.mark.parametrize("words", ["dziękuję to wszystko", "jeszcze raz dziękuję to wszystko"])
def test_that_is_all_after_thanks_is_still_a_goodbye(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "about", words) == goodbye(app)


def test_a_request_with_being_lost_as_its_reason_is_done(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "cofnij na sam początek bo się pogubiłam") == gather(
        app, "main", says(app, "menu_main"))
    assert say_in(post, app, "hours", "proszę powtórzyć bo nic nie rozumiem") == say_in(
        post, app, "hours", "proszę powtórzyć")


def test_being_lost_said_first_is_still_a_sign_of_being_lost(make_app, post):
    app = make_app(TUESDAY_OPEN)
    lost = gather(app, "main", says(app, "help", "menu_main", pause=True), miss=1, lost=1)
    assert say_in(post, app, "main", "pogubiłam się") == lost
    assert say_in(post, app, "main", "pogubiłam się cofnij") == lost


# -- a question before "bo"; the caller's own phone ----------------------------------------------------------

def test_a_question_before_bo_names_the_need(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "czy jest jakaś zapomoga jednorazowa bo nie mam z czego żyć"
    assert say_in(post, app, "main", words) == benefits_item(app)


def test_general_words_before_bo_name_no_need(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "czy jest jakaś pomoc od gminy na wymianę pieca bo na gaz chcę przejść"
    assert say_in(post, app, "main", words) == item(app, "heating", "info_heating")


def test_the_callers_own_phone_confirms_the_number(make_app, post):
    app = make_app(FRIDAY_EVENING)
    yes = say_in(post, app, "callback", "tak")
    assert say(app, "not_understood") not in yes
    assert say_in(post, app, "callback", "tak tak proszę pani to jest mój telefon komórkowy") == yes
    assert say_in(post, app, "callback", "no ja to ja ten numer mój") == yes


def test_the_offices_number_is_still_the_address_card_and_whose_number_is_no_yes(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "jaki jest numer telefonu komórkowego do was") == item(app, "contact", "info_contact")
    closed = make_app(FRIDAY_EVENING)
    asked = say_in(post, closed, "callback", "a skąd wy macie mój numer")
    assert asked != say_in(post, closed, "callback", "tak") and say(closed, "not_understood") in asked


# -- keys ---------------------------------------------------------------------------------------------------

def test_a_key_after_a_correction_is_that_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "piątek wybieram znaczy ten numer pięć") == pressed(post, app, "about", "5")


def test_a_correction_of_a_detail_leaves_the_request(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "proszę wysłać godziny esemesem do córki znaczy na ten telefon"
    assert say_in(post, app, "hours", words) == say_in(post, app, "hours", "proszę wysłać godziny esemesem")


def test_a_key_chosen_at_the_end_of_a_remark_is_that_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "a co to jest ta trójka no dobra niech będzie trzy"
    assert say_in(post, app, "main", words) == pressed(post, app, "main", "3")


@pytest.mark.parametrize("words,key", [("no to może jednak czwórka", "4"), ("w takim razie dwójka", "2")])
def test_a_key_after_a_change_of_mind_is_that_key(make_app, post, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == pressed(post, app, "main", key)


@pytest.mark.parametrize("words", ["mam trzy pytania", "co to jest ta trójka", "trzy razy dzwoniłam",
                                   "jednak trzy razy dzwoniłam"])
def test_a_number_in_a_sentence_is_still_no_key(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == not_understood(app)


@pytest.mark.parametrize("words,key", [("ósemkę proszę dla ukraińców", "8"), ("gwiazdka ta z rogu", "*")])
def test_a_key_described_after_it_is_that_key(make_app, post, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == pressed(post, app, "main", key)


def test_a_described_key_needs_the_key_first_and_few_words_after():
    sayings = Sayings({"3": ["trzy"], "8": ["osiem", "ósemka"]}, ["proszę", "ta", "niech będzie", "no", "dobra"])
    assert sayings.described("ósemkę proszę dla ukraińców") == "8"
    assert sayings.described("dla ukraińców ósemka") is None
    assert sayings.described("trzy dla mnie to za dużo pytań na raz") is None
    assert sayings.chosen_last("no dobra niech będzie trzy") == "3"
    assert sayings.chosen_last("ja mam trzy") is None  # no verb of choosing
