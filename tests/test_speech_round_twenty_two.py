"""Round twenty-two of issue 23 (bench/fresh22): the general rules added for a new writer's ten imagined callers
(an abuser in the room, an old woman in a cold house, a grandson calling for his grandmother, a drinker...), each
played through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The sentences
are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import say_in

from ivr.call import senses


# -- someone in the room listens, and the caller asks for someone to be sent (senses.overheard_and_sending) -----

@pytest.mark.parametrize("words", [
    "nie mogę dużo mówić ona tutaj jest przyślijcie kogoś",
    "udaję że rozmawiam z mamą proszę przysłać kogoś pod szóstkę",
    "mąż wszystko słyszy niech ktoś przyjedzie szybko",
    "on siedzi tu obok proszę przysłać kogoś do mnie",
])
def test_overheard_and_asking_for_someone_sent_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_overheard_and_asking_for_someone_sent_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    words = "udaję że zamawiam pizzę on słucha przyślijcie kogoś szybko"
    assert say_in(post, app, "leave_word", words) == danger_closed(app)


@pytest.mark.parametrize("words", [
    "proszę przysłać kogoś na wywiad w sprawie zasiłku",  # no one listening
    "mąż słucha radia a ja chciałabym żeby przysłali kogoś do mamy na wywiad",  # something else listened to
    "nie mogę teraz rozmawiać proszę zadzwonić później",  # nothing sent
    "on tu nie jest zameldowany czy można przysłać kogoś na wywiad",  # he is not here
    "on jest tu obok ze mną czy mogę przyjść szybko z wnioskiem o zasiłek",  # the caller's own coming
    "tata źle słyszy czy może przyjść ktoś z opieki na wywiad",  # how well he hears
])
def test_someone_sent_without_anyone_listening_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_overheard_and_sending_reads_both():
    assert senses.overheard_and_sending("on słucha proszę przysłać kogoś".split())
    assert senses.overheard_and_sending("udaję że dzwonię do siostry przyjedźcie szybko".split())
    assert senses.overheard_and_sending("ona jest tu obok przyślijcie policję".split())
    assert not senses.overheard_and_sending("on słucha proszę nie przysyłać nikogo".split())
    assert not senses.overheard_and_sending("on nie słucha proszę przysłać kogoś".split())
    assert not senses.overheard_and_sending("mówię cicho bo dziecko śpi proszę przysłać kogoś".split())
    assert not senses.overheard_and_sending("udaję że dzwonię do siostry".split())
    assert senses.overheard_and_sending("on słucha niech ktoś przyjedzie".split())
    assert not senses.overheard_and_sending("on tu jest a ja przyjdę szybko".split())


# -- someone who cannot get up in a house gone cold (senses.cold_and_down) -------------------------------------

@pytest.mark.parametrize("words", [
    "w piecu zgasło i zimno jak w psiarni a ja nie mogę się podnieść",
    "marznę bo nie ma czym w piecu palić a z łóżka nie wstanę",
    "u dziadka zimno bo drewna nie ma a on sam nie wstanie",
])
def test_someone_down_in_a_cold_house_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


@pytest.mark.parametrize("words", [
    "zimno się robi a nie mamy na węgiel czy jest dodatek",  # no one down
    "mama nie wstaje z łóżka potrzebna jest opiekunka",  # no cold
    "na dworze mróz a tata nie chce wstawać z łóżka rano potrzebna opiekunka",  # no stove: not the house
])
def test_cold_or_down_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_cold_and_down_reads_cold_stove_and_not_getting_up():
    assert senses.cold_and_down("zimno piec zgasł a ja nie wstanę".split())
    assert not senses.cold_and_down("zimno piec zgasł a ja wstanę i napalę".split())
    assert not senses.cold_and_down("piec zgasł a ja nie wstanę".split())


# -- "u nas na ulicy": the street one lives on, no homelessness (prompts/pl.toml not_meant) --------------------

@pytest.mark.parametrize("words", [
    "u mnie na ulicy od tygodnia lampa nie świeci komu to zgłosić",
    "czy u was na ulicy też nie odebrali gabarytów",
])
def test_the_street_one_lives_on_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


@pytest.mark.parametrize("words", [
    "u nas na ulicy sąsiad bije żonę",  # danger beside it
    "zostałam na ulicy z dziećmi",  # on the street, no "u nas"
    "wyrzucił mnie z dziećmi na ulicę",
])
def test_on_the_street_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- "nara", "narka": a young caller's goodbye (prompts/pl.toml goodbye) ---------------------------------------

@pytest.mark.parametrize("words", ["okej to do szesnastej jasne nara", "spoko mam zapisane narka"])
def test_a_young_callers_goodbye_is_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "do widzenia")


def test_a_young_callers_goodbye_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "dzięki nara bo ojciec znowu bije mamę") == danger_open(app)


# -- "to wszystko" as the subject of a verb after it (senses.said_inside_clause, _subject_of) --------------------

@pytest.mark.parametrize("words", [
    "proszę wolniej bo to wszystko za szybko idzie",
    "jeszcze raz bo to wszystko mi się miesza",
])
def test_it_all_as_a_subject_is_no_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) != say_in(post, make_app(TUESDAY_OPEN), "main", "do widzenia")


@pytest.mark.parametrize("words", ["to wszystko dziękuję", "to wszystko niech pani zdrowa będzie"])
def test_that_is_all_before_thanks_or_a_wish_is_still_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "do widzenia")


def test_it_all_as_a_subject_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "to wszystko tak szybko leci a mąż mnie bije") == danger_open(app)


def test_subject_of_reads_a_third_person_verb_after_adverbs():
    assert senses._subject_of("to wszystko tak szybko leci".split(), 2)
    assert senses._subject_of("to wszystko kosztuje".split(), 2)
    assert not senses._subject_of("to wszystko dziękuję".split(), 2)
    assert not senses._subject_of("to wszystko niech pani zapisze".split(), 2)


# -- a verb of danger that is also a noun, after a preposition (senses.noun_after_preposition) -----------------

@pytest.mark.parametrize("words", [
    "węgiel drogi tysiąc osiemset za tonę czy jest dodatek węglowy",
    "eko groszek po dwa tysiące za tonę a ja na emeryturze czy dostanę dodatek węglowy",
])
def test_a_ton_after_a_preposition_is_no_drowning(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "dodatek węglowy")


@pytest.mark.parametrize("words", [
    "ratunku tonę",  # no preposition
    "wnuczek wpadł do stawu i tonie",
    "węgiel po tysiąc za tonę a mąż mnie bije",  # another danger word
])
def test_drowning_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_noun_after_preposition_reads_a_homograph_after_a_preposition():
    assert senses.noun_after_preposition("za tonę".split(), [("danger", 1, 2, 96.0)], "danger")
    assert not senses.noun_after_preposition("ja tonę".split(), [("danger", 1, 2, 96.0)], "danger")
    assert not senses.noun_after_preposition("groził nożem".split(), [("danger", 1, 2, 100.0)], "danger")
    assert not senses.noun_after_preposition("z nożem".split(), [("danger", 1, 2, 100.0)], "danger")


# -- a worker named by the matter she is for (senses.worker_of_matter) ------------------------------------------

@pytest.mark.parametrize("words", [
    "przydałaby się jakaś rozmowa z kimś od spraw rodzinnych",
    "może jakaś rozmowa z kimś od problemów rodzinnych bo się ciągle kłócimy",
])
def test_a_worker_of_family_matters_is_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "praca socjalna")


@pytest.mark.parametrize("words", [
    "chcę rozmawiać z kimś od spraw rodzinnych",  # asked to be put through
    "proszę z panią od zasiłków",  # another matter
])
def test_a_worker_asked_for_to_talk_is_still_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "z pracownikiem")


def test_a_worker_of_family_matters_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "rozmowa z kimś od spraw rodzinnych bo mąż mnie bije") == danger_open(app)


def test_worker_of_matter_reads_od_then_the_matter():
    spans = [("person", 1, 3, 100.0), ("social_work", 4, 6, 98.0)]
    assert senses.worker_of_matter("rozmowa z kimś od spraw rodzinnych".split(), spans, "person", "social_work")
    spans = [("person", 1, 3, 100.0), ("social_work", 4, 6, 98.0)]
    assert not senses.worker_of_matter("rozmowa z kimś o sprawach rodzinnych".split(), spans, "person",
                                       "social_work")


# -- "…, a we wtorek?": the day asked last, the errand told before it (Line._day_asked_last) --------------------

@pytest.mark.parametrize("words", [
    "przyniosę te papiery od opału w poniedziałek do szesnastej jak pani mówi a we wtorek",
    "z wnioskiem o dodatek węglowy bym przyszła w poniedziałek albo jutro a we wtorek",
])
def test_a_day_asked_last_is_that_days_hours(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", words) == say_in(post, make_app(TUESDAY_OPEN), "hours", "a we wtorek")


@pytest.mark.parametrize("words", [
    "z wnioskiem o dodatek węglowy przyjdę we wtorek",  # the caller's plan, no "a"
    "we wtorek byłam u was w sprawie dodatku węglowego",  # the day told first
    "w sprawie dodatku węglowego a we wtorek",  # no other day before it
])
def test_a_day_not_asked_last_leaves_the_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "dodatek węglowy")


def test_a_day_asked_last_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "hours", "mąż mnie bije a we wtorek") == danger_open(app)


# -- things bought for care, a benefit asked for them (senses.bought_with_benefit) -----------------------------

@pytest.mark.parametrize("words", [
    "a na pieluchy dla taty to jakiś zasiłek jest bo emerytura nie starcza",
    "czy jest jakaś zapomoga na pieluchy bo renta mała",
])
def test_a_benefit_for_care_things_is_the_benefits(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "zasiłek")


@pytest.mark.parametrize("words", [
    "pieluchy i opiekunka dla mamy czy to płatne",  # no "na", no benefit
    "na opiekunkę dla mamy ile się płaci",  # no benefit
])
def test_care_without_a_benefit_asked_is_still_care(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, make_app(TUESDAY_OPEN), "main", "opiekunka")


def test_a_benefit_for_care_things_beside_danger_is_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "na pieluchy jakiś zasiłek bo syn mnie bije") == danger_open(app)
