"""Understanding Ukrainian answers (ivr/call/understand_uk.py) with the word lists of uk.toml:
the same result (understand.Match) and the same precedence as the Polish line."""
from __future__ import annotations

import pytest

from ivr.call.content import load_content
from ivr.call.understand import Match
from ivr.call.understand_uk import UkrainianMatcher, language_asked, lemmas, understand
from ivr.config import ROOT

WORDS = load_content(ROOT / "prompts", lang="uk").words

TABLE = [
    # A topic named in a sentence, in any form.
    ("Які у вас години роботи?", "hours"),
    ("до котрої ви сьогодні працюєте", "hours"),  # a day beside the hours: the hours
    ("коли можна прийти у четвер", "hours"),
    ("де ви знаходитесь", "contact"),  # round six: the address asked for whole (an SMS names it beside other topics)
    ("яка адреса центру", "contact"),  # "центр" is said with anything
    ("як до вас доїхати", "contact"),
    ("чим займається центр", "about"),
    ("допомога", "about"),
    ("допомога з опаленням", "heating"),  # "опаленням" ~ "опалення"
    ("виплата на дитину 800 плюс", "child_benefit"),
    ("скільки грошей я отримаю", "benefits"),
    ("проблеми з алкоголем у чоловіка", "addiction"),
    ("мій син п'є", "addiction"),
    ("догляд за лежачою мамою", "care"),
    ("потрібна продуктова допомога", "food"),
    ("я шукаю роботу", "programmes"),
    ("соціальний працівник", "social_work"),
    ("надішліть смс", "sms"),
    ("хочу залишити повідомлення", "message"),
    ("передзвоніть мені будь ласка", "callback"),
    ("повільніше будь ласка", "slower"),
    ("головне меню", "back"),
    ("яка погода завтра", "elsewhere"),
    # Danger, a person and goodbye come first.
    ("мене чоловік б'є", "danger"),
    ("він мене побив", "danger"),
    ("нам нема що їсти", "danger"),
    ("мені страшно він погрожує", "danger"),
    ("з'єднайте мене з працівником", "person"),
    ("хочу поговорити з людиною", "person"),
    ("дякую, до побачення", "goodbye"),
    # Said alone: a key as a word, "що?", "не знаю", "дякую", "ні".
    ("два", "key_2"),
    ("друга", "key_2"),
    ("ну мабуть друга", "key_2"),
    ("варіант третій", "key_3"),
    ("нуль", "key_0"),
    ("зірочка", "key_star"),
    ("що?", "repeat"),
    ("повторіть будь ласка", "repeat"),
    ("я не почула", "repeat"),
    ("не знаю", "lost"),
    ("алло алло", "lost"),
    ("дякую", "goodbye"),
    ("так", "confirm"),
    ("ні", "no"),
]


@pytest.mark.parametrize("said, choice", TABLE)
def test_ukrainian_answers(said, choice):
    found = understand(said, WORDS)
    assert isinstance(found, Match)
    assert found.choice == choice and 70 <= found.score <= 100


@pytest.mark.parametrize("said", [
    "",
    "добрий день",
    "мене звати Оксана",  # a name, no request
    "у мене одне питання",  # "одне" inside a sentence is no key 1
    "у мене одне питання про документи для школи",
])
def test_answers_that_name_no_choice(said):
    assert understand(said, WORDS) is None


def test_matters_of_other_offices_are_not_the_hours():
    found = understand("скільки коштує квиток на потяг і яка погода", WORDS)
    assert found.choice == "elsewhere"


def test_short_common_words_match_exactly_only():
    matcher = UkrainianMatcher({"back": ["меню"], "repeat": ["не чую"]})
    assert matcher.match("мені") is None  # no form of "меню"
    assert matcher.match("я вас не чую").choice == "repeat"
    assert matcher.match("чую добре") is None


def test_the_dictionary_gives_lemmas():
    assert "година" in lemmas("годинах")
    assert "передзвонити" in lemmas("передзвоніть")


def test_a_typo_of_a_long_word():
    matcher = UkrainianMatcher({"heating": ["опалення"]})
    found = matcher.match("опаленя")
    assert found is not None and found.choice == "heating" and found.score < 90


@pytest.mark.parametrize("said, lang", [
    ("українською", "uk"),
    ("по-українськи будь ласка", "uk"),
    ("Po ukraińsku", "uk"),
    ("po ukrainsku prosze", "uk"),
    ("українська мова", "uk"),
    ("польською", "pl"),
    ("po polsku", "pl"),
    ("godziny otwarcia", None),
    ("не польською, а українською", None),  # both: unclear
])
def test_the_language_asked_for(said, lang):
    assert language_asked(said) == lang


def test_the_candidate_index_finds_every_list_word_a_caller_word_matches():
    # The matcher compares a caller's word only with the list words its index proposes (by
    # itself, without its apostrophe, lemma, stem, root, first letter and length): for every word
    # of these sentences that must be exactly what comparing it with every list word finds.
    from ivr.call.understand_uk import quality, tokens

    vocabulary = {k: v for k, v in WORDS.items() if k not in ("hesitation", "key_filler")}
    matcher = UkrainianMatcher(vocabulary)
    listed = {w for items in vocabulary.values() for item in items for w in tokens(item)}
    said = ("чоловік бє мене пяний і двері ламає годинах опаленням передзвоніть засілку доглядав "
            "безробітним повідомленнями зателефонуйте адресу працюєте відчиняєтесь продуктових дітям "
            "опікунку наркотиками психологом швидко немає шо сімья")
    for word in tokens(said):
        everything = {w: q for w in listed if (q := quality(word, w))}
        assert matcher._matches(word) == everything, word
    assert matcher._matches("бє") and matcher._matches("годинах")  # the sentence is not matched by nothing
