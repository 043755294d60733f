"""Tests for ivr.call.understand: caller words -> menu choice."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivr.call.understand import Match, Matcher, fold, words_and_folds

# Mirrors the real menu content.
VOCABULARY = {
    "hours": ["godziny", "godzina", "otwarte", "otwarcia", "czynne", "zamknięte",
              "kiedy", "do której", "od której", "pora"],
    "contact": ["adres", "gdzie", "ulica", "dojazd", "telefon", "numer", "kontakt",
                "kierownik", "kierowniczka"],
    "about": ["pomoc", "zasiłek", "świadczenie", "ośrodek", "socjalna", "pieniądze",
              "bezrobocie", "żywność", "jedzenie"],
    "addiction": ["alkohol", "uzależnienie", "picie", "pije", "narkotyki", "komisja",
                  "terapia", "psycholog", "prawnik"],
    "person": ["pracownik", "człowiek", "konsultant", "osoba", "rozmowa", "połączyć",
               "porozmawiać", "urzędnik"],
    "repeat": ["powtórz", "jeszcze raz", "nie usłyszałem", "nie dosłyszałam"],
    "back": ["menu", "początek", "wróć", "cofnij"],
}


@pytest.fixture(scope="module")
def matcher():
    return Matcher(VOCABULARY)


POSITIVE = [
    # hours: inflections
    ("godziny", "hours"),
    ("godzin", "hours"),
    ("godzinach", "hours"),
    ("godzinami", "hours"),
    ("godzinę", "hours"),
    ("otwarte", "hours"),
    ("otwarty", "hours"),
    ("otwarci", "hours"),
    ("otwarcia", "hours"),
    ("otwieracie", "hours"),
    ("czynne", "hours"),
    ("czy jest dziś czynny ośrodek", "hours"),
    ("zamknięte w sobotę?", "hours"),
    ("o jakiej porze mogę przyjść", "hours"),
    # hours: sentences, phrases, SMS style, case, no diacritics, typos
    ("chciałabym wiedzieć, do której jest otwarte", "hours"),
    ("Od której pracujecie?", "hours"),
    ("kiedy jestescie otwarci?", "hours"),
    ("GODZINY OTWARCIA", "hours"),
    ("godz. otwarcia", "hours"),
    ("godzny otwarca", "hours"),
    ("godzny", "hours"),
    ("do ktorej czynne", "hours"),
    # contact
    ("adres", "contact"),
    ("ADRES", "contact"),
    ("adress", "contact"),
    ("jaki jest adres ośrodka", "contact"),
    ("a gdzie wy jesteście", "contact"),
    ("gdzie jest ośrodek pomocy społecznej", "contact"),
    ("na jakiej ulicy", "contact"),
    ("jak z dojazdem", "contact"),
    ("nr telefonu", "contact"),
    ("numer telefonu do kierownika", "contact"),
    ("poproszę numer", "contact"),
    ("jak się z wami skontaktować", "contact"),
    ("chcę rozmawiać z kierowniczką... to znaczy jej telefon", "contact"),
    # about
    ("pomoc", "about"),
    ("zasiłek", "about"),
    ("ile wynosi zasiłku", "about"),
    ("świadczenia rodzinne", "about"),
    ("swiadczenie", "about"),
    ("nie mam pieniędzy", "about"),
    ("jestem bezrobotny", "about"),
    ("potrzebuję żywności", "about"),
    ("nie mamy co jeść, potrzebujemy jedzenia", "about"),
    ("w sprawie pomocy socjalnej", "about"),
    # addiction: inflections, derivations, typos, specific beats generic "pomoc"
    ("alkohol", "addiction"),
    ("alkoholu", "addiction"),
    ("alkoholem", "addiction"),
    ("alkoholowe", "addiction"),
    ("alkoholizm", "addiction"),
    ("alkochol", "addiction"),
    ("uzależnienie", "addiction"),
    ("uzależnieniem", "addiction"),
    ("jestem uzależniony od alkoholu", "addiction"),
    ("uzaleznionej", "addiction"),
    ("potrzebuję pomocy z alkoholem", "addiction"),
    ("pomoc dla męża, który pije", "addiction"),
    ("Dzień dobry, dzwonię bo mój mąż dużo pije i nie wiem co robić", "addiction"),
    ("problem z piciem", "addiction"),
    ("syn bierze narkotyki", "addiction"),
    ("komisja alkoholowa", "addiction"),
    ("chciałbym zapisać się na terapię", "addiction"),
    ("wizyta u psychologa", "addiction"),
    ("porada prawnika", "addiction"),
    # person
    ("pracownik", "person"),
    ("pracownika", "person"),
    ("z pracownikiem", "person"),
    ("pracownikowi", "person"),
    ("pracownk", "person"),
    ("proszę mnie połączyć z kimś", "person"),
    ("chcę porozmawiać z człowiekiem", "person"),
    ("rozmawiać z konsultantem", "person"),
    ("z żywą osobą proszę", "person"),
    ("urzędnika poproszę", "person"),
    ("czy mogę porozmawiać z pracownikiem socjalnym", "person"),
    # repeat
    ("powtórz", "repeat"),
    ("powtórzyć proszę", "repeat"),
    ("Czy może pani powtórzyć?", "repeat"),
    ("jeszcze raz", "repeat"),
    ("jeszcze raz proszę", "repeat"),
    ("nie usłyszałem", "repeat"),
    ("przepraszam, nie usłyszałam", "repeat"),
    ("nie doslyszalem", "repeat"),
    # back
    ("menu", "back"),
    ("wróć do menu", "back"),
    ("wroc", "back"),
    ("od początku", "back"),
    ("cofnij", "back"),
]

NEGATIVE = [
    "",
    "   ",
    "tak",
    "nie",
    "jest",
    "proszę",
    "dzień dobry",
    "chciałbym",
    "dzień dobry, chciałabym się dowiedzieć",
    "asdfgh",
    "123",
    "😀👍🙏",
    "a" * 10_000,
    "?!.,;:-–—()[]{}\"'«»…/\\|@#$%^&*+=~`",
    "mam pytanie o rodzinę",     # "rodzina" must not typo-match "godzina"
    "porada prawna",             # "porada" is not "pora"
    "jedzie autobus",            # "jedzie" is not "jedzenie"
    "w porcie",                  # "porcie" is not "pora"
    "adres i godziny",           # two choices asked at once
    "kiedy i gdzie",
    "rozmowa z psychologiem",    # person and addiction keywords, equally strong
    "pogoda na jutro",
]


@pytest.mark.parametrize(("text", "choice"), POSITIVE)
def test_positive(matcher, text, choice):
    result = matcher.match(text)
    assert result is not None, text
    assert result.choice == choice, (text, result)
    assert 0 < result.score <= 100


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(matcher, text):
    assert matcher.match(text) is None


def test_match_fields(matcher):
    # last: where the choice's last keyword ends, in words ("do której" ends the 4th word)
    assert matcher.match("Chciałabym wiedzieć, do KTÓREJ?") == Match("hours", 100.0, "do ktorej", 4)
    result = matcher.match("pracownikiem")
    assert (result.choice, result.word) == ("person", "pracownikiem")
    assert 70 <= result.score < 100


def test_specific_keyword_outranks_generic(matcher):
    generic = matcher.match("pomocy")
    specific = matcher.match("potrzebuję pomocy z alkoholem")
    assert generic.choice == "about"
    assert specific.choice == "addiction" and specific.word == "alkoholem"


def test_longer_phrase_wins_over_word_of_other_choice():
    m = Matcher({"hours": ["godziny"], "contact": ["godziny przyjęć kierownika"]})
    assert m.match("jakie są godziny przyjęć kierownika").choice == "contact"
    assert m.match("jakie są godziny").choice == "hours"


def test_stopword_keyword_matches_exactly():
    m = Matcher({"yes": ["tak", "zgadza się"], "no": ["nie"]})
    assert m.match("Tak.").choice == "yes"
    assert m.match("nie").choice == "no"
    assert m.match("tak, zgadza się").choice == "yes"
    assert m.match("taki") is None


def test_vocabulary_edge_cases():
    m = Matcher({"a": "adres", "b": [], "c": ["", "  ", "!!"], "d": ["adres"]})
    assert m.match("adres") is None            # same keyword in two choices ties
    assert Matcher({}).match("adres") is None


@pytest.mark.parametrize(("text", "folded"), [
    ("Zażółć GĘŚLĄ jaźń", "zazolc gesla jazn"),
    ("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż", "acelnoszz acelnoszz"),
    ("  Do której?!  8:00  ", "do ktorej"),
    ("a\u0328dres", "adres"),                  # decomposed ą
    ("Café", "cafe"),
    ("nr_tel.123", "nr tel"),
    ("😀", ""),
    ("", ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text):
    result = _MATCHER.match(text)
    assert result is None or (isinstance(result, Match) and result.choice in VOCABULARY
                              and 0 <= result.score <= 100)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    [w for words in VOCABULARY.values() for w in words] + ["nie", "tak", "ą", "ł", "!", "1", " "]
), max_size=8).map(" ".join))
def test_never_raises_on_vocabulary_soup(text):
    result = _MATCHER.match(text)
    assert result is None or result.choice in VOCABULARY


_MATCHER = Matcher(VOCABULARY)


def test_of_two_choices_heard_alike_the_last_named_wins_and_a_clear_lead_or_a_tie_decides_nothing():
    from ivr.call.understand import last_of

    alike = [Match("heating", 100.0, "opal", 1), Match("food", 98.0, "jedzenie", 4)]
    assert last_of(alike).choice == "food"
    assert last_of(list(reversed(alike))).choice == "food"
    assert last_of([Match("heating", 100.0, "opal", 1), Match("food", 85.0, "jedzenie", 4)]) is None  # a clear lead
    assert last_of([Match("heating", 100.0, "opal", 3), Match("food", 98.0, "jedzenie", 3)]) is None  # same word
    assert last_of([Match("heating", 100.0, "opal", 1), Match("food", 60.0, "jedzenie", 4)]) is None  # too weak
    assert last_of([Match("heating", 100.0, "opal", 1)]) is None


def test_negatable_words_do_not_count_right_after_nie_but_phrases_with_nie_do():
    m = Matcher({"danger": ["bije", "agresywny", "nie chcę żyć"], "addiction": ["pije"]}, negatable=["danger"])
    assert [x.choice for x in m.scores("on pije ale nie bije")] == ["addiction"]
    assert [x.choice for x in m.scores("nie jest agresywny")] == []
    assert [x.choice for x in m.scores("on mnie bije")] == ["danger"]
    assert [x.choice for x in m.scores("ja nie chcę żyć")] == ["danger"]
    assert [x.choice for x in m.scores("nie nie chcę żyć")] == ["danger"]
    plain = Matcher({"danger": ["bije"]})  # not negatable: "nie bije" still counts
    assert [x.choice for x in plain.scores("nie bije")] == ["danger"]


def test_a_gapped_choice_hears_its_phrase_with_words_between():
    """Danger phrases of two content words count with up to two words between them, in order;
    other choices' phrases, and phrases of one content word ("na ulicę"), only when said whole."""
    m = Matcher({"danger": ["oddycha szybko", "na ulicę"], "care": ["opieka domowa"]}, gapped=["danger"])
    assert m.match("mąż oddycha tak bardzo szybko").choice == "danger"
    assert m.match("oddycha szybko").score > m.match("oddycha tak szybko").score  # whole weighs more
    assert m.match("mąż oddycha tak bardzo płytko i szybko") is None  # three words between
    assert m.match("szybko oddycha") is None  # out of order
    assert m.match("na jakiej ulicy jesteście") is None  # one content word: not gapped
    assert m.match("opieka taka domowa") is None  # not a gapped choice
    assert m.match("opieka domowa").choice == "care"


def test_words_worked_out_once_are_not_changed_by_a_reader_that_edits_them():
    """The words of an answer are kept for the readings that ask again; a reading that edits its list (as
    some drop a word) must not change what the next reading gets."""
    first = words_and_folds("yyy mąż mnie bije, proszę pani", ("yyy", "proszę pani"))
    assert first == [("mąż", "maz"), ("mnie", "mnie"), ("bije", "bije")]
    first.clear()
    assert words_and_folds("yyy mąż mnie bije, proszę pani", ("yyy", "proszę pani")) == [
        ("mąż", "maz"), ("mnie", "mnie"), ("bije", "bije")]
    assert words_and_folds("yyy mąż mnie bije, proszę pani", ["yyy", "proszę pani"]) == [
        ("mąż", "maz"), ("mnie", "mnie"), ("bije", "bije")]  # the content's list, not a tuple
