"""Round forty of issue 23 (bench/fresh40): callers who ring about someone else (a neighbour, a relative, a tenant) in a
long, unsure story. Danger told of another: a small child with no grown-up for hours or in the dark, someone outside in
the frost in thin clothes or who cannot be woken, someone lying cold or mumbling in a house gone cold, breathing weakly.
Beside it, the words of the lists inside such a telling: whose kin a name is, to whom a message is passed, someone who
came back, a journey to work, the caller's own talk with another, figures of speech hidden or of prices, a noun after its
owner, "jeszcze raz" in a condition, nothing needed, the unseen seen after all, a call asked of the office with words
between, farm payments of another office. Each reading is played through the real /voice webhooks (exact TwiML for the
safety route and a few items), beside the near inputs that must not change. The sentences are this round's own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a small child with no grown-up for hours or in the dark (senses.child_with_no_grown_up) ------------------------

def test_a_child_crying_for_hours_with_no_grown_up_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "u sąsiadów maluch płacze od dobrej godziny w oknie a dorosłych nie ma nigdzie"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("node, words", [
    ("main", "dziewczynka sąsiadów stoi przy płocie i woła już ze trzy godziny a dorosłych żadnych nie widać"),
    ("about", "chłopczyk za ścianą krzyczy w nocy i płacze a dorosłego nie ma"),
])
def test_a_child_with_no_grown_up_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "dziecko płacze bo dorosłych nie ma w pokoju poszli po herbatę",  # no hours, no dark
    "dorosłych nie ma w domu od rana ale dzieci są w szkole",  # no child crying or staying alone
])
def test_grown_ups_away_for_a_while_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- someone outside in the frost, exposed or not waking (senses.out_in_frost_exposed) ------------------------------

def test_someone_on_a_bench_in_thin_clothes_in_the_frost_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "na ławce pod sklepem leży pijak w samej koszulce a minus piętnaście"
    assert say_in(post, app, "main", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "pod sklepem na ławce śpi chłop a minus dziesięć budzę go a on nic",  # cannot be woken
    "na ławce w parku siedzi babcia w samej bluzce a mróz straszny",  # thin clothes
])
def test_someone_outside_in_the_frost_exposed_or_not_waking_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "na przystanku stoi pan w samej bluzie ale ciepło dzisiaj",  # no frost
    "mróz okropny a dziadek śpi w łóżku przy piecu i budzę go na obiad a on nic",  # not outside
])
def test_thin_clothes_or_sleep_without_frost_outside_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- someone lying cold or mumbling in a house gone cold (senses.cold_and_confused) ---------------------------------

@pytest.mark.parametrize("node, words", [
    ("care", "w domu zimno bo piec wygasł a babcia leży zimna jak lód"),
    ("main", "u wujka w chałupie zimno w piecu nie palone a on leży i coś mamrocze do siebie"),
])
def test_lying_cold_or_mumbling_in_a_cold_house_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_the_stove_cold_beside_someone_in_bed_is_the_heating(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "dziadek leży w łóżku piec zimny czy jest dodatek węglowy"  # the stove is cold, no sign of the one lying
    assert say_in(post, app, "main", words) == topic(app, "heating")


def test_mumbling_in_a_warm_house_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "mama mamrocze przez sen ale w domu ciepło"))


# -- breathing weakly (prompts/pl.toml, danger) ----------------------------------------------------------------------

@pytest.mark.parametrize("words", ["sąsiadka słabo oddycha i leży", "teść leży w kuchni oddycha ale słabo"])
def test_breathing_weakly_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_weak_at_a_task_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "słabo mi idzie z tym wnioskiem"))


# -- a name told as whose kin, or to whom a message is passed (senses.name_of_kin) ---------------------------------

def test_a_name_told_as_whose_kin_is_the_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "jestem córką pani haliny i chodzi o opiekunkę dla mamy") == topic(app, "care")


def test_a_message_passed_on_to_a_name_records_after_hours(make_app, post):
    words = "zostawię wiadomość proszę przekazać panu józefowi że dokumenty są gotowe"
    assert same(make_app, post, "leave_word", words, "zostawię wiadomość", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["proszę z panią haliną", "czy jest pani halina"])
def test_a_name_asked_for_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę połączyć z pracownikiem")


# -- someone who came back (senses.came_back_told) -------------------------------------------------------------------

def test_someone_who_came_back_is_no_way_back(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "dzwoniłam w sprawie sąsiada ale już się znalazł wrócił wieczorem do domu"
    assert say_in(post, app, "main", words) == check(app)


@pytest.mark.parametrize("words", ["chcę wrócić do menu", "proszę wrócić do początku"])
def test_asking_to_go_back_still_goes_back(make_app, post, words):
    assert same(make_app, post, "about", words, "menu")


# -- a journey to work (senses.journey_to_work_told) -----------------------------------------------------------------

def test_a_journey_to_work_is_no_job_asked_for(make_app, post):
    assert same(make_app, post, "main", "córka jedzie do roboty do holandii a ja w sprawie zasiłku", "zasiłek")


def test_work_looked_for_is_still_the_programmes(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "szukam pracy dla syna") == topic(app, "programmes")


# -- the caller's own talk with another (senses.own_talk_with_another) ----------------------------------------------

@pytest.mark.parametrize("words", [
    "nie trzeba nic nagrywać jutro sama do niej pójdę i z nią pogadam",
    "żadnej wiadomości nie zostawię bo to o brata chodzi pogadam z nim sama w niedzielę",
])
def test_the_callers_own_talk_with_another_is_no_person(make_app, post, words):
    assert same(make_app, post, "leave_word", words, "nie chcę żadnej wiadomości", moment=FRIDAY_EVENING)


@pytest.mark.parametrize("words", ["chciałabym porozmawiać z panią kierownik", "to ja porozmawiam z kimś z ośrodka"])
def test_talk_with_the_office_is_still_a_person(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę połączyć z pracownikiem")


# -- figures of speech hidden or of prices (senses.hidden_or_costs) --------------------------------------------------

def test_figures_of_speech_hidden_and_of_prices_are_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "ta praca mnie kiedyś wykończy a te ceny na rynku to ludzi normalnie zabijają"
    assert not_danger(app, say_in(post, app, "main", words))


def test_a_figure_of_speech_beside_danger_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "to mnie wykończy a mąż mnie bije") == danger_open(app)


# -- a noun after its owner (senses.noun_after_owner) ----------------------------------------------------------------

def test_a_soul_after_its_owner_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "chciałam mszę zamówić za jego duszę ale to nie parafia"))


def test_strangling_said_of_someone_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "on ją dusi za szyję") == danger_open(app)


# -- "jeszcze raz" in a condition (senses.again_in_a_condition) ------------------------------------------------------

def test_once_more_in_a_condition_is_no_repeat(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "mąż się denerwuje że jak syn jeszcze raz samochodu nie odda na czas to on mu kluczyki zabierze"
    assert say_in(post, app, "main", words) == check(app)


def test_once_more_in_a_short_condition_is_not_understood(make_app, post):
    assert same(make_app, post, "hours", "a jak ktoś jeszcze raz przyjdzie to co mam powiedzieć", "kalafior")


@pytest.mark.parametrize("words", ["jeszcze raz proszę", "proszę jeszcze raz"])
def test_a_plain_request_to_repeat_still_repeats(make_app, post, words):
    assert same(make_app, post, "hours", words, "proszę powtórzyć")


# -- nothing needed, told (senses.nothing_needed_told) ---------------------------------------------------------------

def test_nothing_needed_told_is_no_request(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "sąsiad pije od zawsze ale nic nie trzeba robić tak sobie gadamy"
    assert say_in(post, app, "main", words) == check(app)


def test_nothing_to_pay_is_still_the_matter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "a za obiady nic nie trzeba płacić") == topic(app, "food")


def test_nothing_needed_beside_danger_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż mnie bije ale nic nie trzeba") == danger_open(app)


# -- the unseen seen after all, "to wszystko w porządku" (senses.seen_after_all, all_well_not_goodbye) -------------

def test_the_unseen_seen_after_all_is_no_danger_and_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "sąsiadki od wczoraj nie widziałam a światło u niej a nie teraz widzę idzie z wiadrem to wszystko w porządku"
    assert say_in(post, app, "main", words) == check(app)


def test_the_unseen_seen_lying_stays_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "sąsiadki od wczoraj nie widziałam a światło u niej a teraz widzę że leży i nie wstaje"
    assert say_in(post, app, "main", words) == danger_open(app)


def test_that_is_all_is_still_a_goodbye(make_app, post):
    assert same(make_app, post, "hours", "to wszystko dziękuję", "do widzenia")


# -- a call asked of the office with words between (senses.someone_asked_to_call) -----------------------------------

@pytest.mark.parametrize("words", [
    "niech ktoś z ośrodka zadzwoni do mojego syna",
    "niech ktoś z gminy zadzwoni do mojej mamy w sprawie opału",
])
def test_a_call_asked_of_the_office_is_the_call_back(make_app, post, words):
    assert same(make_app, post, "main", words, "proszę o telefon")


@pytest.mark.parametrize("words", ["niech córka zadzwoni do was", "ktoś z opieki dzwonił wczoraj do mnie"])
def test_a_call_of_someone_else_or_told_is_no_call_back(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != say_in(post, app, "main", "proszę o telefon")


# -- farm payments and the agency are another office's (prompts/pl.toml, elsewhere) ---------------------------------

def test_farm_payments_are_another_offices(make_app, post):
    assert same(make_app, post, "about", "dopłaty do ziemi kto się tym zajmuje", "kalafior")


def test_farm_payments_asked_in_a_long_answer_are_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)  # not the benefits: another office's matter, a long answer, so the danger question
    assert say_in(post, app, "main", "czy wy pomagacie z wnioskiem w agencji rolnej o dopłaty do ziemi") == check(app)


def test_farm_payments_beside_a_benefit_of_the_line_is_the_benefit(make_app, post):
    assert same(make_app, post, "main", "dopłaty do ziemi a też zasiłek celowy", "zasiłek celowy")


# -- nowhere to live, but sheltered at the caller's now (senses.sheltered_now) --------------------------------------

def test_nowhere_to_live_but_sheltered_now_is_the_social_workers(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "syn nie ma gdzie mieszkać na razie u nas nocuje czy jest jakieś mieszkanie socjalne"
    assert say_in(post, app, "main", words) == topic(app, "social_work")


@pytest.mark.parametrize("words", [
    "nie mam gdzie spać",  # the caller, no one sheltering
    "brat nie ma gdzie się podziać śpi u mnie ale mnie bije",  # another danger word
    "córka nie ma gdzie się podziać bo ją mąż wyrzucił",  # not sheltered
])
def test_nowhere_to_live_not_sheltered_stays_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)
