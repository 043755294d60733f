"""Round forty-six of issue 23 (bench/fresh46): hard lives that are no emergency now (debts, letters from the court,
a husband or son who drinks but harms no one, a divorce) beside the same homes with harm now. Danger words said of
such a life (`senses.forty_six_hard_life_not_danger`: fear of the letters, a threat to go to the police, "wykończy
mnie tym piciem", a mother alone with her children) and the social worker named beside a hard life
(`senses.forty_six_worker_for_matter`). Each reading is played through the real /voice webhooks (exact TwiML for the
safety route and for a few answers), beside the near inputs that must not change. The sentences are this round's own
phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import dial, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- fear of the letters (senses.forty_six_hard_life_not_danger) ---------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "ja się boję tego listu z banku bo tam coś o długu piszą"),
    ("benefits", "dostałam wezwanie od komornika i się boję otwierać kopertę kto mi pomoże"),
    ("main", "przyszedł nakaz z sądu za czynsz i się boję że nas wyeksmitują"),
])
def test_fear_of_the_letters_is_no_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, node, words))


@pytest.mark.parametrize("words", [
    "boję się go bo przyszło pismo z sądu o rozwód a on krzyczy",  # the fear is of him
    "boję się męża i jeszcze ten list z banku",
    "przyszło pismo z sądu a mąż nas wyrzucił z domu",  # thrown out by him, not evicted by "them"
])
def test_fear_of_a_person_beside_letters_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_fear_of_the_letters_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert not_danger(app, say_in(post, app, "main", "boję się tych listów z windykacji"))
    assert say_in(post, app, "main", "boję się go, pismo z sądu przyszło") == danger_closed(app)


# -- a threat to go to the police -----------------------------------------------------------------------------------

def test_a_threat_to_report_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "sąsiadka się kłóci o miedzę i grozi że pójdzie do sądu chcę żeby ktoś to wyjaśnił"
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", ["sąsiad grozi że mnie zabije", "grozi mi nożem a ja nie pójdę na policję"])
def test_a_threat_of_harm_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- "wykończy mnie tym piciem" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "mąż mnie wykończy tym gadaniem ale ktoś z opieki mógłby do nas przyjść",
    "syn pije ale nie bije tylko śpi on mnie wykończy tym piciem",
])
def test_worn_out_by_an_activity_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


@pytest.mark.parametrize("words", ["on mnie wykończy", "wykończy mnie nożem", "syn pije i bije on mnie wykończy"])
def test_worn_out_without_an_activity_or_with_beating_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a mother alone with her children ---------------------------------------------------------------------------

def test_alone_with_the_children_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", "synowa z dwójką dzieci sama została po rozwodzie"))


@pytest.mark.parametrize("words", ["dzieci same siedzą od rana", "u tych z naprzeciwka dzieciaki same od wczoraj",
                                   "wyrzucił nas i zostałam na ulicy z dziećmi"])
def test_children_alone_are_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- the social worker named beside a hard life (senses.forty_six_worker_for_matter) --------------------------------

@pytest.mark.parametrize("words", [
    "przyszło wypowiedzenie z mieszkania i chciałabym porozmawiać z pracownikiem socjalnym",
    "jestem po rozwodzie i nie daję rady chcę się umówić na rozmowę z pracownikiem socjalnym",
])
def test_the_worker_named_beside_a_hard_life_is_the_social_work_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "social_work")


@pytest.mark.parametrize("words", ["proszę mnie połączyć z pracownikiem socjalnym",
                                   "chcę porozmawiać z pracownikiem socjalnym"])
def test_the_worker_asked_for_alone_is_still_a_transfer(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert same(make_app, post, "main", words, "chcę rozmawiać z pracownikiem")
