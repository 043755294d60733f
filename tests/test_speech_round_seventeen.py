"""Round seventeen of issue 23 (bench/fresh17): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The sentences are
this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import LEAVE_WORD, care, check, contact, heating, say_in, social_work

from ivr.call import senses


# -- danger: children with no grown-up there (senses.children_alone widened) ----------------------------------

@pytest.mark.parametrize("words", [
    "wnuczek sąsiadki od wczoraj siedzi w domu a dorosłych nikogo tam nie ma",
    "maluchy naprzeciwko płaczą od południa i nikt ich nie pilnuje",
    "dzieci za płotem od rana siedzą bez opieki na podwórku",
])
def test_children_with_no_grown_up_since_hours_are_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_children_with_no_grown_up_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "dziecko obok od nocy płacze a nie ma nikogo w domu") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "dzieci są od rana w szkole a w domu nikogo nie ma",  # no verb of staying: they are at school
    "wnuk od roku płacze po nocach a nikogo nie ma do pomocy",  # a year, not hours or days
    "dziecko od rana płacze bo ząbki mu idą",  # nobody missing
])
def test_children_crying_or_away_with_a_grown_up_there_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_children_alone_reads_nobody_there_after_staying():
    assert senses.children_alone("dziecko płacze od rana a tam nikogo nie ma dorosłego".split())
    assert senses.children_alone("wnuki od wczoraj siedzą bez opieki".split())
    assert not senses.children_alone("dziecko od rana nie płacze nikogo nie ma".split())  # denied
    assert not senses.children_alone("dzieci są od rana w szkole nikogo nie ma".split())


# -- danger: a call for help whispered and cut off (senses.whispered_and_cut_off) -----------------------------

@pytest.mark.parametrize("words", [
    "siostra zadzwoniła szeptem powiedziała tylko przyjedź i przerwało",
    "synowa szepnęła do słuchawki pomóżcie i się rozłączyła",
    "wnuczka dzwoniła szeptała coś niewyraźnie i rozłączyło się a teraz nie odbiera",
])
def test_a_whispered_call_cut_off_is_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_whispered_call_cut_off_after_hours_is_danger(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "córka szeptała w telefon i nagle się rozłączyła") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "mama szeptała bo ma chore gardło",  # nothing cut off
    "pani z ośrodka się rozłączyła jak dzwoniłam w sprawie opału",  # no whisper
    "ja szepczę bo wnuk śpi a wczoraj mnie rozłączyło",  # the caller's own whisper, now
])
def test_a_whisper_or_a_call_cut_off_alone_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != danger_open(app)


def test_whispered_and_cut_off_reads_both_said_of_another():
    assert senses.whispered_and_cut_off("siostra szepnęła coś i się rozłączyła".split())
    assert not senses.whispered_and_cut_off("siostra się rozłączyła a potem szeptała".split())  # cut off first
    assert not senses.whispered_and_cut_off("szepczę i się rozłączyłam".split())  # the caller


# -- near negative: a reckless ride (senses.reckless_ride) ----------------------------------------------------

@pytest.mark.parametrize("words", [
    "sąsiad się zabije na tym quadzie jak tak szaleje",
    "wnuk się kiedyś zabije z tym motorem",
    "zięć się zabije na tym swoim motorze po polach",
])
def test_killing_oneself_on_a_vehicle_is_a_figure_of_speech(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    # not understood, or (a story) "is anyone in danger?": no safety route at once
    assert say_in(post, app, "main", words) in (not_understood(app), check(app))


@pytest.mark.parametrize("words", [
    "syn mówi że się zabije",  # no vehicle
    "zabije się mówi wjedzie autem w drzewo",  # no "z"/"na": a way to do it
    "on mnie zabije z tym motorem",  # someone else
    "wnuk się zabije z tym motorem a mąż mnie bije",  # danger beside it
])
def test_a_threat_or_danger_beside_a_vehicle_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- a family in trouble is the social workers' item (social_work in prompts/pl.toml) -------------------------

@pytest.mark.parametrize("words", [
    "w rodzinie są problemy i nie wiem do kogo się zwrócić",
    "u syna się sypie małżeństwo i wnuki to widzą",
    "u córki kryzys w małżeństwie czy wy w tym pomagacie",
])
def test_trouble_in_a_family_or_a_marriage_is_social_work(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == social_work(app)


@pytest.mark.parametrize("words,expected", [
    ("starsze małżeństwo z naprzeciwka potrzebuje opiekunki", care),  # a couple, no trouble
    ("rodzina ma kłopoty z opałem na zimę", heating),  # the matter named
    ("gdzie jesteście bo rodzina przyjedzie w odwiedziny", contact),
])
def test_a_family_or_a_marriage_beside_a_matter_is_that_matter(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


# -- a matter the caller knows already (senses.already_known) -------------------------------------------------

@pytest.mark.parametrize("node,words,asked", [
    ("main", "godziny to ja znam a gdzie wy jesteście", "gdzie wy jesteście"),
    ("main", "opał to już wiem a gdzie was znaleźć", "gdzie was znaleźć"),
    ("hours", "a gdzie wy macie ten ośrodek bo godziny to ja wiem", "gdzie jest ośrodek"),
])
def test_a_matter_known_already_is_no_question_the_other_is(make_app, post, node, words, asked):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == say_in(post, app, node, asked) == contact(app)


@pytest.mark.parametrize("words", [
    "godziny to ja nie wiem a gdzie jesteście",  # not known
    "nie wiem jakie są godziny",  # "nie wiem" before
    "jakie macie godziny bo ja wiem gdzie jesteście",  # what is known comes later: the hours asked
])
def test_a_matter_not_known_is_still_asked(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == say_in(post, app, "main", "godziny otwarcia")


def test_already_known_reads_wiem_or_znam_right_after():
    spans = [("hours", 0, 1, 100.0)]
    assert senses.already_known("godziny to ja wiem".split(), spans, "hours")
    assert not senses.already_known("godziny to ja nie wiem".split(), spans, "hours")
    assert not senses.already_known("godziny sprawdzę i wiem".split(), spans, "hours")


# -- a key: said as the prompt said it, with a verb of pressing in the future, after a correction -------------

@pytest.mark.parametrize("node,words,key", [
    ("about", "nacisnę czwórkę bo to chyba o to", "4"),
    ("about", "kliknę teraz trójkę bo tam jest to co trzeba", "3"),
    ("main", "a teraz dwójka tak jak pani mówiła", "2"),
    ("main", "to gwiazdka jak pani powiedziała", "*"),
    ("about", "wcisnę jedynkę tfu mówię dwójka bo się pomyliłam", "2"),
])
def test_a_key_in_this_rounds_words_is_that_key(make_app, post, node, words, key):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == pressed(post, app, node, key)


@pytest.mark.parametrize("words,expected", [
    ("mam jedno pytanie bo nie wiem co z opałem", heating),  # a number inside a sentence: no key 1
    ("jak pani mówiła o opale to ja w tej sprawie", heating),
    ("teraz dwa razy dzwoniłam w sprawie opiekunki", care),
])
def test_a_number_or_the_new_fillers_inside_a_sentence_are_no_key(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


# -- the message menu: a message said first, a call-back asked inside it --------------------------------------

@pytest.mark.parametrize("words", [
    "zostawiam wiadomość tu kowalska proszę o telefon w sprawie obiadów",
    "nagram wiadomość mówi nowak niech ktoś oddzwoni",
    "zostawię wiadomość że proszę o kontakt w sprawie opału",
])
def test_a_message_said_first_records_the_call_back_it_asks_for(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, words)
    assert "<Record" in body and body == say_in(post, app, LEAVE_WORD, "proszę nagrać")


@pytest.mark.parametrize("words", [
    "proszę o telefon w sprawie obiadów",  # no message
    "nie chcę zostawiać wiadomości proszę oddzwonić",  # the message refused
    "niech ktoś oddzwoni a wiadomość też zostawię",  # the call-back first
])
def test_a_call_back_asked_first_or_alone_is_still_the_call_back(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, words)
    assert "<Record" not in body and body == say_in(post, app, LEAVE_WORD, "proszę oddzwonić")


def test_outside_the_message_menu_a_call_back_beside_a_message_is_still_the_call_back(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "zostawiam wiadomość proszę o telefon w sprawie obiadów")
    assert "<Record" not in body and body == say_in(post, app, "main", "proszę o telefon")


# -- a call cut off earlier is told, no goodbye (senses.hung_up_before) ---------------------------------------

@pytest.mark.parametrize("words,expected", [
    ("wcześniej mnie rozłączyło a ja w sprawie opału", heating),
    ("rozłączyłam się niechcący wcześniej a chodzi mi o opał", heating),
    ("pani się rozłączyła jak pytałam o opiekunkę dla mamy", care),
])
def test_a_call_cut_off_earlier_is_no_goodbye_the_matter_is_asked(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == expected(app)


def test_a_relative_who_hung_up_is_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "córka dzwoniła płakała i się rozłączyła a ja nie wiem co robić")
    assert "<Hangup" not in body


@pytest.mark.parametrize("words", [
    "to ja się rozłączę",
    "dziękuję rozłączam się",
    "dobrze to można się rozłączyć",
])
def test_the_callers_own_hanging_up_is_still_the_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert "<Hangup" in say_in(post, app, "main", words)
