"""Round ten of issue 23 (bench/fresh10): the general rules added for a new writer's callers, each played
through the real /voice webhooks with exact TwiML, beside the input that would break each rule. The
sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import CLOSED_UNTIL, LEAVE_WORD, check, dial, gather, item, say, say_in
from test_speech_round_eight import not_understood, pressed
from test_speech_round_nine import about_menu, benefits_item, danger_open, goodbye

from ivr.call import senses
from ivr.call.understand import Matcher, words_and_folds


def danger_closed(app, node=LEAVE_WORD) -> str:
    inner = (say(app, "danger") + say(app, "danger_helpline") + say(app, "status_closed", **CLOSED_UNTIL)
             + say(app, "menu_leave_word"))
    return gather(app, node, inner, danger=1)


def no_danger(app, body: str) -> bool:
    return say(app, "danger") not in body and "<Dial" not in body


# -- danger: the fields of this round ------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "babcia od wczoraj nie odbiera telefonu a mieszka sama",
    "wujek od kilku dni nie odbiera, martwię się",
    "u sąsiadki w oknach ciemno od dwóch dni",
    "ja już nie wiem po co mam dalej żyć",
    "chyba skończę to wszystko dzisiaj",
    "dziadek leży w łóżku i ledwo dycha",
    "w kuchni przy kuchence coś syczy i czuć gaz",
    "butla syczy a w domu dzieci",
    "wszystko mi jedno czy będę jutro żyła",
    "szwagierka z dziećmi przyjechała bo nie mają gdzie mieszkać",
])
def test_danger_in_this_rounds_fields_says_112_then_connects_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_danger_in_this_rounds_fields_after_hours_gives_the_helpline(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "mama od rana nie odbiera, a zawsze odbiera") == danger_closed(app)


@pytest.mark.parametrize("words", ["dzwonię od rana i nikt u was nie odbiera", "coś syczy w słuchawce",
                                   "nikt od wczoraj u was nie odbiera telefonu",
                                   "chciałabym skończyć wszystkie sprawy z wnioskiem"])
def test_the_office_not_answering_or_a_hiss_on_the_line_is_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(app, say_in(post, app, "main", words))


# -- words of degree ----------------------------------------------------------------------------------

@pytest.mark.parametrize("words", ["mama się zupełnie nie rusza", "dziadek wcale się nie budzi",
                                   "tata kompletnie nie oddycha"])
def test_a_word_of_degree_does_not_hide_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_word_of_degree_keeps_a_denial_a_denial(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "mąż wcale nie bije, tylko pije") == item(app, "addiction", "info_addiction")


def test_w_ogole_is_dropped_only_as_two_words_in_a_row(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "czym wy się w ogóle zajmujecie") == about_menu(app)
    assert say_in(post, app, "main", "ja nie wiem czym wy się tam zajmujecie") == about_menu(app)
    skipped = ("w ogóle", "wcale", "zupełnie")
    assert [w for _, w in words_and_folds("co wy w ogóle robicie", skipped)] == ["co", "wy", "robicie"]
    assert [w for _, w in words_and_folds("siedzi w ogrodzie", skipped)] == ["siedzi", "w", "ogrodzie"]
    assert [w for _, w in words_and_folds("Zupełnie, wcale nie", skipped)] == ["nie"]


# -- what a keyword means in its place -----------------------------------------------------------------

@pytest.mark.parametrize("words", ["nie chcę nic nagrywać, boję się tego nagrywania",
                                   "boję się takiego gadania do maszyny"])
def test_fear_of_an_activity_is_no_danger(make_app, post, words):
    app = make_app(FRIDAY_EVENING)
    assert no_danger(app, say_in(post, app, LEAVE_WORD, words))


@pytest.mark.parametrize("words", ["boję się męża", "boję się bicia", "boję się wracać do domu",
                                   "boję się tego człowieka"])
def test_fear_of_a_person_of_a_blow_or_of_going_home_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


def test_a_mother_alone_with_her_children_is_not_children_alone(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "about", "synowa z dziećmi sama została i potrzebuje wsparcia")
    assert body == item(app, "social_work", "info_social_work")
    assert say_in(post, app, "main", "dzieci same zostały w domu") == danger_open(app)
    assert say_in(post, app, "main", "przyszedł z nożem pod drzwi") == danger_open(app)


def test_nobody_answering_is_read_only_with_nikt():
    spans = [("danger", 1, 5, 100.0)]
    assert senses.nobody_answers(["nikt", "od", "rana", "nie", "odbiera"], spans, "danger")
    assert not senses.nobody_answers(["mama", "od", "rana", "nie", "odbiera"], spans, "danger")


def test_with_someone_reads_the_case_of_the_word_after_z():
    words = ["ona", "z", "dziećmi", "sama"]
    assert senses.with_someone(words, [("danger", 2, 4, 96.0)], "danger", 100.0)
    assert not senses.with_someone(words, [("danger", 2, 4, 100.0)], "danger", 100.0)  # the keyword's own form
    assert not senses.with_someone(["dzieci", "same"], [("danger", 0, 2, 96.0)], "danger", 100.0)


def test_something_coming_asks_no_hours_but_the_caller_or_a_worker_coming_does(make_app, post):
    app = make_app(TUESDAY_OPEN)
    hours = say_in(post, app, "main", "do której jesteście")
    assert say_in(post, app, "main", "kiedy przyjdzie emerytura") != hours
    assert say_in(post, app, "main", "kiedy przychodzą listy z urzędu") != hours
    assert say_in(post, app, "main", "kiedy mogę do was przyjść") == hours
    assert say_in(post, app, "main", "kiedy przyjdzie pani kierownik") == hours


def test_what_a_visitor_would_do_is_the_visit(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "chciałabym żeby ktoś przyjechał i porozmawiał z mamą")
    assert body == item(app, "social_work", "info_social_work")
    assert say_in(post, app, "main", "chciałabym z kimś porozmawiać") == dial(app, "transfer")


def test_in_the_message_menu_a_topic_after_the_request_is_what_the_message_says(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, "proszę nagrać, że dzwoniłam w sprawie opału")
    assert "<Record" in body and body == say_in(post, app, LEAVE_WORD, "proszę nagrać")
    assert say_in(post, app, LEAVE_WORD, "niech pani zapisze, że dzwoniłam w sprawie obiadów") == body
    # Outside that menu a message received is no request for one: "dostałam wiadomość" tells of a letter.
    open_app = make_app(TUESDAY_OPEN)
    body = say_in(post, open_app, "main", "dostałam wiadomość w sprawie opału")
    assert body == item(open_app, "heating", "info_heating") and "<Record" not in body


def test_another_offices_matter_asked_before_bo_is_not_understood(make_app, post):
    app = make_app(TUESDAY_OPEN)
    # Not the work programmes of the reason: not understood (a long telling asks "is anyone in danger?" first).
    assert say_in(post, app, "main", "gdzie się wyrabia dowód bo wnuk jedzie do pracy") == check(app)
    assert say_in(post, app, "main", "gdzie paszport bo do pracy") == not_understood(app)
    body = say_in(post, app, "main", "gdzie można złożyć wniosek o zasiłek bo nie mam pieniędzy")
    assert body == benefits_item(app)


# -- refusals -----------------------------------------------------------------------------------------

def test_ani_refuses_each_word_after_it(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, LEAVE_WORD, "nie trzeba ani nagrywać, ani oddzwaniać")
    assert "<Record" not in body and body == say_in(post, app, LEAVE_WORD, "abrakadabra")
    assert "<Record" in say_in(post, app, LEAVE_WORD, "nie wiem, to może nagram")


def test_ani_and_a_demonstrative_refuse_in_the_matcher():
    matcher = Matcher({"message": ["wiadomość"], "callback": ["oddzwonić"], "about": ["pomoc"]},
                      refusable=("message", "callback", "about"))
    assert matcher.scores("nie chcę ani wiadomości ani oddzwaniania") == []
    assert matcher.scores("nie potrzebuję tej pomocy") == []
    assert [m.choice for m in matcher.scores("potrzebuję tej pomocy")] == ["about"]


def test_the_help_refused_is_no_request_for_it(make_app, post):
    app = make_app(TUESDAY_OPEN)
    refused = say_in(post, app, "about", "ja nie potrzebuję tej pomocy, tak tylko dzwonię")
    assert refused != about_menu(app) and say(app, "not_understood") in refused


# -- acronyms spelled out, wishes, the dead, a person, a key said ---------------------------------------

@pytest.mark.parametrize("words,node", [("chodzi mi o de pe es dla mamy", "care"),
                                        ("czy to jest em o pe es", "about")])
def test_an_acronym_spelled_letter_by_letter_is_the_acronym(make_app, post, words, node):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    assert body == (about_menu(app) if node == "about" else item(app, node, f"info_{node}"))


def test_letter_names_join_only_into_a_word_of_the_lists():
    matcher = Matcher({"care": ["dps"], "about": ["od"]}, rejoin=True)
    assert [m.choice for m in matcher.scores("pytam o de pe es")] == ["care"]
    assert matcher.spans("pytam o de pe es") == [("care", 2, 5, 100.0)]
    assert [m.choice for m in matcher.scores("o de")] == []  # two letters are too few: no "od"
    assert Matcher({"care": ["dps"]}).scores("pytam o de pe es") == []  # the text line joins nothing


@pytest.mark.parametrize("words", ["no to zdrowia życzę", "wszystkiego dobrego pani", "to z panem bogiem",
                                   "niech pan bóg pani wynagrodzi"])
def test_wishes_at_the_end_are_a_goodbye(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == goodbye(app)


def test_season_greetings_alone_are_no_goodbye(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert "<Hangup" not in say_in(post, app, "main", "wesołych świąt")


def test_the_dead_in_the_cemetery_need_no_care(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", "teść mnie kiedyś bił ale to było dawno, od lat leży na cmentarzu")
    assert body != item(app, "care", "info_care") and no_danger(app, body)
    body = say_in(post, app, "main", "mama leży od tygodnia i potrzebna pomoc przy myciu")
    assert body == item(app, "care", "info_care")


def test_nobody_to_talk_to_asks_for_a_person(make_app, post):
    app = make_app(FRIDAY_EVENING)
    person = say_in(post, app, LEAVE_WORD, "chcę rozmawiać z pracownikiem")
    assert say_in(post, app, LEAVE_WORD, "a nie ma nikogo z kim bym pogadała") == person
    assert "<Record" not in person


def test_a_key_said_after_mowie_is_that_key(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "wciskam cztery i nic to mówię cztery") == pressed(post, app, "main", "4")
    assert say_in(post, app, "main", "mówię to już drugi raz") != pressed(post, app, "main", "2")
