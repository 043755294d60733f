"""Round nineteen of issue 23 (bench/fresh19): the general rules added for a new writer's callers (a night after a
row at home, a parent's discharge from hospital, no coal, a worried neighbour, grandparents raising grandchildren, a
man ashamed after losing his job, a drinking husband, a confusing letter, the office before the bus, a caller who
forgot the menu's numbers), each played through the real /voice webhooks with exact TwiML, beside the input that
would break each rule. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import check, child_benefit, heating, say_in, social_work

from ivr.call import senses


# -- danger: someone alone not opening the door or not seen for days (senses.shut_in_for_days) ---------------

@pytest.mark.parametrize("words", [
    "sąsiadka mieszka sama i od dwóch dni jakoś cicho tam u niej i nie otwiera",
    "pani kowalska od wczoraj nie otworzyła drzwi a gazet nikt nie zabrał",
    "od kilku dni go nie widać a on mieszka zupełnie sam",
    "nie widziałam jej od przedwczoraj a zawsze rano wychodzi po chleb",
])
def test_someone_shut_in_for_days_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_someone_shut_in_for_days_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "wujek od trzech dni nikomu nie otwiera a w piecu zimno") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "od trzech dni nie otwieracie a ja muszę złożyć wniosek",  # the office, not someone
    "od roku nie otwiera listów z banku i nie wiem co robić",  # a year, not days
    "od tygodnia nie widać poprawy u mamy potrzebuje opiekunki",  # no person unseen
    "otwiera pani od ósmej czy od dziewiątej",  # no days, no "nie"
])
def test_closed_or_unseen_without_someone_for_days_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_shut_in_for_days_reads_a_door_or_a_person_unseen_and_days():
    assert senses.shut_in_for_days("od dwóch dni dziadek nie otwiera".split())
    assert senses.shut_in_for_days("od wczoraj jej nie widać".split())
    assert not senses.shut_in_for_days("od dwóch dni dziadek otwiera".split())  # no "nie"
    assert not senses.shut_in_for_days("od dwóch dni nie otworzyłam okna".split())  # the caller
    assert not senses.shut_in_for_days("od miesiąca nie otwiera".split())  # a month: a state
    assert not senses.shut_in_for_days("od trzech dni nie widać słońca".split())  # no person


# -- danger: others better off without the caller (senses.better_without_me) ----------------------------------

@pytest.mark.parametrize("words", [
    "żona by sobie poradziła lepiej beze mnie naprawdę",
    "ja tylko przeszkadzam dzieciom byłoby łatwiej beze mnie",
    "czasem myślę że wszystkim będzie lepiej bez mnie",
])
def test_others_better_off_without_the_caller_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "lepiej będzie jak córka pojedzie beze mnie do urzędu",  # a clause of going between
    "beze mnie nie załatwią tego wniosku to ja przyjdę",  # no "better"
    "czy lepiej przyjść z mężem czy można bez mnie złożyć",  # a question of how to come
])
def test_better_without_me_said_of_errands_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_better_without_me_reads_better_beside_without_me():
    assert senses.better_without_me("rodzinie lepiej by było beze mnie".split())
    assert senses.better_without_me("beze mnie im będzie lżej".split())
    assert not senses.better_without_me("lepiej jak pojadą beze mnie".split())
    assert not senses.better_without_me("lepiej zrobią to beze mnie".split())  # a verb between


# -- a message for a worker: the worker named after "dla" is whom it is for (Line._person_only_addressed) --------

@pytest.mark.parametrize("words", [
    "chcę nagrać wiadomość dla pracownika socjalnego z naszej gminy",
    "zostawię wiadomość dla pani pracownik socjalnej od nas ze wsi",
])
def test_a_message_for_a_social_worker_is_the_message(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "main", words)
    assert "<Record" in body and body == say_in(post, app, "main", "chcę zostawić wiadomość")


@pytest.mark.parametrize("words", [
    "dostałam wiadomość od pracownika socjalnego i chcę z nim porozmawiać o pomocy",  # a message received
    "potrzebuję pracownika socjalnego dla mamy",  # no message
])
def test_a_social_worker_not_addressed_by_a_message_is_still_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == social_work(app)


# -- a day asked before "bo", the way there after it (senses.day_asked_before_reason) -------------------------

@pytest.mark.parametrize("words", [
    "proszę mi powiedzieć czy w piątek będziecie bo ja dojeżdżam pociągiem z daleka i rzadko jeździ",
    "chciałam się upewnić czy w piątek jesteście otwarci bo mam autobus tylko rano i potem dopiero wieczorem",
])
def test_a_day_asked_before_the_way_there_is_the_hours_of_that_day(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "czy w piątek jesteście")


@pytest.mark.parametrize("words", [
    "czy w piątek mogę jechać autobusem za darmo bo jestem emerytką",  # the bus asked before "bo"
    "bo w piątek jadę pociągiem do sanatorium czy dostanę na bilet",  # no question before "bo"
])
def test_the_way_there_asked_is_no_question_about_the_hours(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != say_in(post, app, "main", "czy w piątek jesteście")


def test_day_asked_before_reason_reads_the_day_before_bo_and_the_other_matter_after():
    spans = [("when", 2, 4, 90.0), ("elsewhere", 7, 9, 96.0)]
    words = "czy w piątek jesteście bo mam jechać autobusem stąd".split()
    assert senses.day_asked_before_reason(words, spans, "elsewhere", "when", frozenset({"czy"}))
    assert not senses.day_asked_before_reason(words, [("when", 2, 4, 90.0), ("elsewhere", 1, 2, 96.0)],
                                              "elsewhere", "when", frozenset({"czy"}))  # the other matter first


# -- what was heard said back, taken in, then another request (senses.echoed_before) ---------------------------

@pytest.mark.parametrize("words,asked", [
    ("aha czyli w środę do siedemnastej rozumiem a teraz proszę wrócić do menu", "proszę wrócić do menu"),
    ("w czwartek od ósmej zapisałam dobrze a może pani jeszcze raz powtórzyć", "może pani jeszcze raz powtórzyć"),
])
def test_a_day_said_back_then_a_request_is_the_request(make_app, post, words, asked):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == say_in(post, app, "hours", asked)


@pytest.mark.parametrize("words", [
    "proszę wrócić do menu bo w środę to jak jest",  # the day after the request
    "w środę do siedemnastej dobrze",  # no request after
])
def test_a_day_not_said_back_before_a_request_is_unchanged(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) != say_in(post, app, "hours", "proszę wrócić do menu")


def test_echoed_before_reads_the_choice_then_taking_in_then_a_request():
    words = "w poniedziałek dobrze proszę wrócić".split()
    spans = [("when", 0, 2, 90.0), ("back", 4, 5, 100.0)]
    assert senses.echoed_before(words, spans, "when", ("back",))
    assert not senses.echoed_before("w poniedziałek proszę wrócić".split(), [("when", 0, 2, 90.0), ("back", 3, 4, 100.0)],
                                    "when", ("back",))  # nothing taken in


# -- who raises the children told beside a matter (senses.raising_told) ---------------------------------------

@pytest.mark.parametrize("words", [
    "dziadek jestem wnuczkę mam na wychowaniu od małego i czy na nią dostanę osiemset plus bo ja ją wychowuję",
    "wnuki są u nas na wychowaniu bo syn siedzi to czy możemy dostać osiemset plus i te papiery jak",
])
def test_grandchildren_in_ones_care_beside_the_child_benefit_is_the_child_benefit(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == child_benefit(app)


@pytest.mark.parametrize("words", [
    "mam problem z wychowaniem wnuka nie słucha mnie wcale",  # trouble raising him
    "wnuki mam na wychowaniu i nie daję rady z nimi",  # not coping beside it
])
def test_trouble_raising_children_is_still_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == social_work(app)


def test_raising_told_reads_in_ones_care_or_the_caller_raising():
    words = "mam wnuki na wychowaniu".split()
    assert senses.raising_told(words, [("social_work", 3, 4, 96.0)], "social_work")
    assert senses.raising_told("ja je wychowuję".split(), [("social_work", 2, 3, 90.0)], "social_work")
    assert not senses.raising_told("problem z wychowaniem".split(), [("social_work", 2, 3, 96.0)], "social_work")


# -- ZUS named for a pension without another office's words (senses.zus_for_pension, round eighteen's) --------

@pytest.mark.parametrize("words", [
    "czy to pomoc społeczna czy zus bo chodzi mi o emeryturę za ten miesiąc",
    "ja do zusu dzwonię w sprawie renty bo nie przyszła",
])
def test_zus_for_a_pension_alone_is_another_office(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) in (not_understood(app), check(app))


@pytest.mark.parametrize("words,expected", [
    ("zus wstrzymał osiemset plus a ja żyję z renty", child_benefit),  # the benefit named
    ("renta z zusu mała czy jest jakiś dodatek na opał", heating),  # a matter of the line named
])
def test_zus_beside_the_benefit_or_a_matter_is_still_that(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


# -- the caller forgot the menu and asks for it again (senses.forgot_and_asked_again) --------------------------

@pytest.mark.parametrize("words", [
    "nie pamiętam już co było pod którym numerem od opału chyba trzy proszę powtórzyć",
    "zapomniałem gdzie był ten zasiłek czy to dwa czy cztery może pani jeszcze raz",
])
def test_a_menu_forgotten_and_asked_again_is_read_again(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "proszę powtórzyć")


@pytest.mark.parametrize("words", [
    "proszę powtórzyć bo nie pamiętam co było od opału",  # the matter after the request: the matter
    "zapomniałam jak jest z opałem czy jest jakiś dodatek na węgiel",  # no repeat asked
])
def test_a_matter_after_the_request_or_without_it_is_the_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == heating(app)


def test_forgot_and_asked_again_reads_forgetting_then_the_request_last():
    words = "zapomniałam co od opału proszę powtórzyć".split()
    assert senses.forgot_and_asked_again(words, [("heating", 3, 4, 96.0), ("repeat", 5, 6, 100.0)], "repeat")
    assert not senses.forgot_and_asked_again("co od opału proszę powtórzyć".split(),
                                             [("heating", 2, 3, 96.0), ("repeat", 4, 5, 100.0)], "repeat")  # no forgetting
