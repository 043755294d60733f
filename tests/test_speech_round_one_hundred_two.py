"""Rounds one hundred and two and one hundred and three of issue 23 (bench/fresh102: a new writer's callers phoning for
someone else: a village head, a priest, a nurse, a teacher, a postman, a neighbour; bench/fresh103: another given only
the terse brief, words reaching the line damaged: after a stroke, loose dentures, a weak signal). A letter on a matter,
hens strangled by dogs, a street's name and a fire months ago are no danger now; the caller's role after "jako", a
message's addressee named only by a name or its sender when it is to be passed on, a request to hear it again in a
shop, the office's work asked of "you" beside a parish, what to do about a matter beside the generic "pomoc", a fall
down the stairs in fragments, "dziękuję, już wszystko". Played through the real /voice webhooks with the near inputs
that must not change. The sentences are these rounds' own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed
from test_speech_rules import HEAD, not_danger, same, say_in, says, understood_as_nothing


def test_a_letter_on_a_matter_is_no_farewell_letter(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "ksiądz chce napisać list w sprawie parafianki do kogo go zaadresować")
    assert not_danger(app, body)  # was the safety route ("listy napisałam", the farewell letters)
    assert say_in(post, app, "main", "listy napisałam do dzieci i już mnie nie będzie") == danger_open(app)


def test_hens_strangled_by_dogs_are_no_danger(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "psy sąsiada biegają luzem i dusiły kury gmina może coś zrobić",
                                 moment=FRIDAY_EVENING)  # was the safety route
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "mąż mnie dusił przed chwilą") == danger_closed(app)  # still danger


def test_a_street_named_after_na_ulicy_is_an_address(make_app, post):
    assert understood_as_nothing(make_app, post, "main", "na ulicy kościelnej jest dziura w drodze kto to załata",
                                 moment=FRIDAY_EVENING)  # was the safety route
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "sąsiad leży na ulicy pijany") == danger_closed(app)  # no street's name
    assert say_in(post, app, "main", "na ulicy polnej leży człowiek i się nie rusza") == danger_closed(app)


def test_a_fire_in_a_month_gone_by_beside_a_benefit_asked_is_the_benefit(make_app, post):
    words = "w październiku spalił się dom sąsiadowi teraz mieszka u brata czy jest jakiś zasiłek celowy"
    assert same(make_app, post, "main", words, "zasiłek")  # was the safety route
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "w listopadzie mnie pobił i teraz znowu grozi a ja chcę zasiłek") == \
        danger_open(app)  # coming again: still danger


def test_the_callers_role_after_jako_is_no_request(make_app, post):
    assert understood_as_nothing(make_app, post, "about", "chodzę do niej jako opiekunka a ona ma zaległy podatek rolny",
                                 moment=FRIDAY_EVENING)  # was the care item
    assert same(make_app, post, "main", "jako opiekunka pytam czy jest opieka na noc", "opieka")  # asked again


def test_a_message_for_someone_named_only_by_name_is_the_message(make_app, post):
    assert same(make_app, post, "leave_word", "wiadomość zostawić dla pani basi", "wiadomość",
                moment=FRIDAY_EVENING)  # was a person (the message choice offered again)
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" in say_in(post, app, "main", "chcę rozmawiać z panią basią")  # still put through


def test_a_message_from_someone_to_be_passed_on_is_the_message(make_app, post):
    assert same(make_app, post, "main", "proszę przekazać wiadomość od pielęgniarki że pacjent wrócił ze szpitala",
                "chcę zostawić wiadomość", moment=FRIDAY_EVENING)  # was the care item
    assert same(make_app, post, "main", "dostałam wiadomość od pielęgniarki że mama potrzebuje opieki", "opieka",
                moment=FRIDAY_EVENING)  # a message received: the matter, as before


def test_asked_to_hear_it_again_in_a_shop_is_the_repeat(make_app, post):
    assert same(make_app, post, "contact", "nie dosłyszałam bo tu w sklepie ludzie gadają jeszcze raz proszę",
                "proszę powtórzyć", moment=FRIDAY_EVENING)  # was not understood (another office's place)
    assert same(make_app, post, "contact", "za szybko pani mówi muszę to zapisać dla tej pani niech pani powtórzy",
                "za szybko pani mówi niech pani powtórzy")  # was a person ("dla tej pani": for whom)
    assert understood_as_nothing(make_app, post, "main", "w sklepie już nie ma chleba")  # a shop alone: as before


def test_the_offices_work_asked_of_you_beside_a_parish_is_the_about_item(make_app, post):
    assert same(make_app, post, "hours", "my jako wolontariusze z parafii chcemy wiedzieć co wy robicie",
                "w czym pomagacie", moment=FRIDAY_EVENING)  # was not understood


def test_what_to_do_about_a_matter_beside_generic_help_is_the_matter(make_app, post):
    assert same(make_app, post, "about", "wnuk narkotyk bierze co robić gdzie pomoc dla niego", "narkotyki",
                moment=FRIDAY_EVENING)  # was the about item read again


def test_a_fall_down_the_stairs_in_fragments_takes_the_safety_route(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "ja tu spadła schodów noga w złą stronę") == danger_open(app)  # was contact


def test_thanks_and_that_is_all_is_the_goodbye(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "contact", "dzięk dziękuję już wszystko wnuczka zapisała") == (
        HEAD + says(app, "goodbye") + "<Hangup /></Response>")  # was not understood
    assert "<Hangup" not in say_in(post, app, "hours", "czy już wszystko zamknięte")  # a question: no farewell


def test_a_zero_said_through_dentures_and_glasses_looked_for(make_app, post):
    assert same(make_app, post, "benefits", "ziero ziero", "zero", moment=FRIDAY_EVENING)  # was not understood
    assert understood_as_nothing(make_app, post, "main", "no kurcze nie ma tych okularów gdzie")  # was the address
    assert same(make_app, post, "main", "nie ma autobusu to jak do was dojechać gdzie", "jak do was dojechać")
