"""Round fifty-seven of issue 23 (bench/fresh57): debts, arrears, cut-offs, the bailiff, eviction, a lost job. A threat
by an office or a creditor with its penalty named ("grożą odcięciem") is arrears told, not danger; going onto the
railway tracks is danger; instalments ("na raty") are no goodbye. Each reading is played through the real /voice
webhooks (exact TwiML for the safety route and the goodbye), beside the near inputs that must not change. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import LEAVE_WORD, NOTHING_SAID, not_danger, same, say_in
from test_speech_round_nine import danger_open, goodbye
from test_speech_round_ten import danger_closed


# -- a penalty threatened by an office or a creditor (senses.fifty_seven_penalty_threatened) ------------------------

@pytest.mark.parametrize("words, reference", [
    ("administracja grozi nam sądem za czynsz czy jest jakiś zasiłek celowy", "czy jest jakiś zasiłek celowy"),
    ("elektrownia grozi mi odcięciem prądu czy jest dodatek osłonowy", "czy jest dodatek osłonowy"),
    ("gazownia już grozi wyłączeniem a ja chciałam o dodatek na ogrzewanie", "chciałam o dodatek na ogrzewanie"),
    ("bank grozi komornikiem i chciałabym zapytać o zasiłek okresowy", "chciałabym zapytać o zasiłek okresowy"),
])
def test_a_penalty_threatened_is_the_matter_asked(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


@pytest.mark.parametrize("words", [
    "czy jest jakiś zasiłek celowy bo grozi nam eksmisja z mieszkania",
    "właściciel grozi licytacją domu za długi a ja pytam o pracownika socjalnego",
])
def test_a_penalty_threatened_beside_a_matter_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", [
    "grozi nam eksmisja z mieszkania",  # nothing else asked: the first corpus's danger
    "właściciel grozi licytacją domu",
])
def test_a_penalty_threatened_alone_stays_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "sąsiad grozi mi nożem",  # a weapon, not a penalty
    "mąż grozi że mnie zabije jak pójdę do sądu",  # a threat of harm
    "spółdzielnia grozi sądem a syn mnie bije",  # another danger word
    "grozi mi i się boję wyjść z domu",  # nothing named after it
])
def test_a_threat_of_harm_stays_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- onto the railway tracks (senses.fifty_seven_onto_tracks) -------------------------------------------------------

@pytest.mark.parametrize("words", [
    "syn napisał że pójdzie na tory bo nie ma wyjścia z tymi długami",
    "mąż wyszedł z domu i mówi że się rzuci na tory",
    "sąsiad się położył na torach za wsią",
])
def test_onto_the_tracks_is_danger_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_onto_the_tracks_in_a_message_after_hours_is_danger_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "zostawiam wiadomość bo szwagier dzwonił że idzie na tory i przeprasza"
    assert say_in(post, app, LEAVE_WORD, words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "mąż pracuje na torach na kolei i pytam o dodatek mieszkaniowy",  # work on the tracks
    "pociąg stał na torach dwie godziny i się spóźniłam na wizytę",  # a train
    "on na pewno nie pójdzie na tory on tylko tak gada o zasiłek pytam",  # denied
])
def test_the_tracks_otherwise_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- instalments are no goodbye (senses.fifty_seven_instalments_not_goodbye) ---------------------------------------

@pytest.mark.parametrize("node, words, reference", [
    ("main", "czy można ten dodatek osłonowy a na raty to nie", "czy można ten dodatek osłonowy"),
    ("benefits", "o zasiłek celowy bo pralkę kupiłam na raty", "o zasiłek celowy"),
])
def test_instalments_are_not_a_goodbye(make_app, post, node, words, reference):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) != goodbye(app)
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("words", ["to na razie dziękuję", "dobrze to na razie do widzenia"])
def test_na_razie_is_still_a_goodbye_exact_twiml(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == goodbye(app)


# -- the caller's own living alone told beside a matter (senses.fifty_seven_living_alone_told) ---------------------

@pytest.mark.parametrize("node, words, reference", [
    ("main", "o zasiłek celowy bo ja sama mieszkam", "o zasiłek celowy"),
    ("main", "o zasiłek okresowy bo ja mieszkam zupełnie sam", "o zasiłek okresowy"),
    ("contact", "a jeszcze o zasiłku celowym bo ja sama mieszkam", "a jeszcze o zasiłku celowym"),
])
def test_living_alone_told_beside_a_matter_is_that_matter(make_app, post, node, words, reference):
    assert same(make_app, post, node, words, reference)


@pytest.mark.parametrize("node, words", [
    ("main", "zasiłek celowy a mama sama mieszka"),  # another's living alone: care for her
    ("main", "potrzebuję opiekunki bo sama mieszkam a jeszcze o zasiłek celowy"),  # care asked
    ("contact", "a jeszcze o zasiłku celowym bo mama sama mieszka"),
    ("main", "ja sama mieszkam"),  # no other matter
])
def test_another_living_alone_or_care_asked_is_still_care(make_app, post, node, words):
    assert same(make_app, post, node, words, "chodzi o opiekę w domu")


@pytest.mark.parametrize("words", [
    "o zasiłek celowy bo mama sama mieszka",
    "o zasiłek celowy bo sama mieszkam i potrzebuję opiekunki",
])
def test_the_matter_named_before_bo_is_asked_whoever_lives_alone(make_app, post, words):
    """Merged with round fifty-six, whose reading takes the matter said before "bo" as the one asked ("ja o zapomogę,
    bo …"): a benefit named first and the living alone after "bo" is the benefit, the reason given after it."""
    assert same(make_app, post, "main", words, "chodzi o zasiłek")


# -- another office's hours or number (senses.fifty_seven_another_office) ------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "podałaby pani numer telefonu do komornika"),
    ("main", "a do spółdzielni w jakich godzinach się dzwoni"),
    ("main", "ma pani numer do zusu bo chcę zapytać o emeryturę"),
    ("hours", "a do sądu to w jakich godzinach można dzwonić"),
])
def test_another_offices_hours_or_number_is_not_understood(make_app, post, node, words):
    assert same(make_app, post, node, words, NOTHING_SAID)


@pytest.mark.parametrize("words, reference", [
    ("jaki macie numer telefonu bo do sądu już mam", "jaki macie numer telefonu"),  # this office named
    ("w jakich godzinach jesteście bo potem idę do sądu", "w jakich godzinach jesteście"),  # no "do" beside them
    ("w jakich godzinach u was bo do komornika muszę iść", "w jakich godzinach u was"),
])
def test_this_offices_hours_or_number_beside_another_office_stay(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- nothing wanted, a complaint told (senses.fifty_seven_nothing_wanted) ------------------------------------------

@pytest.mark.parametrize("words", [
    "ten węgiel taki drogi że szok ja tylko tak dzwonię się wyżalić nic nie chcę od pani",
    "opał drożeje co miesiąc ale nic nie chcę tak sobie mówię",
    "ceny węgla straszne nic nie chcemy od was",
])
def test_nothing_wanted_is_no_matter_asked(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert body != say_in(post, make_app(TUESDAY_OPEN), "main", "dodatek węglowy") and not_danger(app, body)
    assert "node=danger_check" in body or body == say_in(post, make_app(TUESDAY_OPEN), "main", NOTHING_SAID)


@pytest.mark.parametrize("words", [
    "nic nie chcę tylko dodatek węglowy",  # a matter after "tylko"
    "czy jest dodatek węglowy bo nic nie chcę za darmo",  # a question
    "nic nie chcę płacić za ten opał",  # what is not wanted is named
])
def test_a_matter_asked_beside_nothing_wanted_stays(make_app, post, words):
    assert same(make_app, post, "main", words, "dodatek węglowy")


def test_danger_beside_nothing_wanted_stays_danger_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "mąż mnie bije ale nic nie chcę od was") == danger_closed(app)


# -- work lost for the care or to be gone back to, beside care (senses.fifty_seven_work_for_care) ------------------

@pytest.mark.parametrize("words", [
    "mama leży w łóżku czy może przychodzić opiekunka żebym mogła do pracy wracać",
    "mama leży w łóżku a ja pracę straciłam czy może przychodzić opiekunka żebym mogła do pracy wracać",
])
def test_work_beside_care_is_care(make_app, post, words):
    assert same(make_app, post, "main", words, "potrzebuję opiekunki do mamy")


@pytest.mark.parametrize("words", [
    "mama leży w łóżku potrzebuję opiekunki a ja straciłam pracę i szukam pracy",  # a job sought too
    "straciłam pracę i szukam pracy",  # no care asked
])
def test_a_job_sought_stays_programmes(make_app, post, words):
    assert same(make_app, post, "main", words, "szukam pracy")
