"""Warnings round (issue 28): general checks that warn where the rules guessed and a new writer's
sentence comes out wrong without a warning. Each check: inputs of its kind that must be warned, and
near inputs read right that must not be. The checks read the spoken form, so most cases give the
spoken form directly (whatever rule made it); a few go through review() from what a clerk types."""
import pytest

from ivr.spoken.agreement import stray_periods, unsure_agreement
from ivr.spoken.review import review


def _warned(text: str) -> list[str]:
    return [f.text for f in review(text).leftovers]


# --- a number in a case its preposition never takes ------------------------------------------

@pytest.mark.parametrize(("spoken", "piece"), [
    ("Przerwa do osiemnaście.", "do osiemnaście"),
    ("Rodziny z trzy dzieci.", "z trzy"),
    ("Nagrody dla jeden, dwa i trzy miejsca.", "dla jeden, dwa"),
    ("Uchwałę przyjęto przy dwa głosach.", "przy dwa"),
    ("Kasa czynna przed dwanaście.", "przed dwanaście"),
    ("Bilety w cenie piętnaście złotych.", "cenie piętnaście"),
    ("Bon o wartości dwieście złotych.", "wartości dwieście"),
    ("Zasiłek w wysokości pięćset złotych.", "wysokości pięćset"),
])
def test_a_cardinal_left_in_the_nominative_after_a_preposition_is_warned(spoken, piece):
    assert piece in unsure_agreement(spoken)


@pytest.mark.parametrize("spoken", [
    "Przerwa do osiemnastej.",
    "Rodziny z trojgiem dzieci.",
    "Dziennik Ustaw z dwa tysiące dwudziestego czwartego roku pozycja trzysta dwadzieścia trzy.",  # a year
    "Wzrosną o około pięć procent.",        # "około" is an adverb here
    "Opłata po pięć złotych od osoby.",      # "po" takes the accusative of a count
    "Zakład zatrudnia ponad dwadzieścia osób.",
    "Decyzja w dwa tygodnie.",
    "Zasiłek w wysokości pięciuset złotych.",
    "Kasa czynna przed dwunastą.",
    "Dyżur pełni pan Jan, telefon pięćset cztery.",
])
def test_a_declined_number_or_one_whose_case_the_preposition_allows_is_not_warned(spoken):
    assert unsure_agreement(spoken) == []


# --- a date or hour in a case its preposition never takes ------------------------------------

@pytest.mark.parametrize(("spoken", "piece"), [
    ("Wnioski złożone po trzydziestego kwietnia.", "po trzydziestego"),
    ("Przed dwudziestego czwartego grudnia wydamy paczki.", "Przed dwudziestego"),
    ("Formularze za dwa tysiące dwudziestego szóstego roku.", "za dwa tysiące dwudziestego"),
    ("Przesunięto z dziewiąta na dziesiąta trzydzieści.", "z dziewiąta"),
    ("Przesunięto z dziewiąta na dziesiąta trzydzieści.", "na dziesiąta"),
    ("Odbiór między dziesiątą a dwunasta.", "a dwunasta"),
    ("Autobus o siódmej pięć i czternasta pięćdziesiąt.", "i czternasta"),
    ("Wypłaty czternaście i piętnastego grudnia.", "czternaście i piętnastego"),
    ("Spotkanie w drugiego dnia.", "w drugiego"),
])
def test_an_ordinal_in_a_case_its_preposition_never_takes_is_warned(spoken, piece):
    assert piece in unsure_agreement(spoken)


@pytest.mark.parametrize("spoken", [
    "Wnioski złożone po trzydziestym kwietnia.",
    "Wnioski od pierwszego marca do trzydziestego pierwszego marca.",
    "Termin upływa z dniem trzydziestego pierwszego stycznia.",
    "Spotkanie w dniu trzeciego lutego o siedemnastej.",
    "Formularze za dwa tysiące dwudziesty szósty rok.",
    "Odbiór między dziesiątą a dwunastą.",
    "Autobus o siódmej pięć i czternastej pięćdziesiąt.",
    "Wypłata czternastego i piętnastego grudnia.",
    "Pierwsza pomoc i druga tura.",           # nominatives with no preposition
    "Dyżur w godzinach od dziewiątej do dwunastej, a druga zmiana od trzynastej.",
])
def test_an_ordinal_in_its_right_case_is_not_warned(spoken):
    assert unsure_agreement(spoken) == []


# --- "pan"/"pani" against the name's gender --------------------------------------------------

@pytest.mark.parametrize(("spoken", "piece"), [
    ("Dyżur pełni pan Krystyna Wójcik.", "pan Krystyna"),
    ("Zgłoszenia u pani Nowaka.", "pani Nowaka"),
    ("Wniosek do pani Kowalskiego.", "pani Kowalskiego"),
    ("Podziękowania dla pani Nowakowi.", "pani Nowakowi"),
])
def test_a_title_whose_gender_the_name_contradicts_is_warned(spoken, piece):
    assert piece in unsure_agreement(spoken)


@pytest.mark.parametrize("spoken", [
    "Dyżur pełni pani Krystyna Wójcik.",
    "Dyżur pełni pan Jan Nowak.",
    "Zgłoszenia u pani Barbary Lis.",
    "Zgłoszenia u pana Nowaka.",
    "Zadzwoń do pani Kowalskiej.",
    "Dyżur pełni pani Anna Nowak.",
])
def test_a_title_agreeing_with_the_name_is_not_warned(spoken):
    assert unsure_agreement(spoken) == []


# --- through review(): what a clerk types -----------------------------------------------------

def test_review_warns_a_number_the_rules_left_in_the_nominative():
    assert "do osiemnaście" in _warned("Świetlica czynna do 17.30, potem przerwa do 18.")
    assert _warned("Świetlica czynna do 17.30, potem przerwa do 18.30.") == []


def test_review_warns_a_man_after_pani():
    assert "pani Nowaka" in _warned("Zgłoszenia u p. Nowaka w pok. 3.")
    assert _warned("Zgłoszenia u p. Barbary Lis w pok. 3.") == []


def test_the_warning_tells_staff_what_to_do_in_polish():
    left = [f for f in review("Przerwa do 18.").leftovers if f.text == "do osiemnaście"]
    assert left and "odmian" in left[0].suggestion and "Wymowa" in left[0].suggestion


# --- abbreviations the dictionary knows only as a name, or a letter with a hyphenated ending ----

@pytest.mark.parametrize(("written", "piece"), [
    ("Koszt biletu 10 zł/os., dzieci bezpł.", "bezpł."),     # five letters before the text's end
    ("W-ce kierownika przyjmuje w pon.", "W-ce"),             # a letter and a short ending
    ("Kontakt z w-ce dyrektorem.", "w-ce"),
])
def test_an_abbreviation_the_rules_left_is_warned(written, piece):
    assert piece in _warned(written)


@pytest.mark.parametrize("written", [
    "Proszę wysłać e-mail do nas.",
    "Zapraszamy do domu.",
    "Zapraszamy na bal.",
    "Wnioski do pobrania w sekretariacie osób.",
    "Zgłoszenia przyjmuje pani Anna Lis, pokój nr 3.",
])
def test_a_whole_word_before_a_period_or_a_longer_hyphenated_word_is_not_warned(written):
    assert _warned(written) == []


# --- an expansion that kept its full stop before a number in mid-sentence ----------------------

@pytest.mark.parametrize(("written", "piece"), [
    ("Budynek nr 7 m. 2 w Tulcach.", "metrów. dwa"),
    ("Lokal nr 5 m. 3, Kleszczewo.", "metrów. trzy"),
])
def test_a_unit_read_where_it_was_another_word_before_a_number_is_warned(written, piece):
    assert piece in _warned(written)


@pytest.mark.parametrize("spoken", [
    "Ośrodek Pomocy Społecznej, ulica Poznańska pięć. sześćdziesiąt trzy",  # an address's lines
    "Lokal ma czterdzieści metrów. Dwa pokoje.",                           # a new sentence
    "Mieszkanie numer trzy, metrów czterdzieści.",
])
def test_a_number_after_a_number_or_a_new_sentence_is_not_a_stray_period(spoken):
    assert stray_periods(spoken) == []


# --- zero left in the nominative; a span of days after the singular "dniu" --------------------

@pytest.mark.parametrize(("spoken", "piece"), [
    ("Odpłatność od zero procent do stu procent.", "od zero"),
    ("W dniu od pierwszego do piątego marca kasa nieczynna.", "dniu od pierwszego do piątego"),
    ("W dniu od dwudziestego czwartego grudnia do szóstego stycznia przerwa.",
     "dniu od dwudziestego czwartego grudnia do szóstego"),
])
def test_zero_and_a_span_after_one_day_are_warned(spoken, piece):
    assert piece in unsure_agreement(spoken)


@pytest.mark.parametrize("spoken", [
    "Odpłatność od zera procent do stu procent.",
    "W dniach od pierwszego do piątego marca kasa nieczynna.",
    "W dniu piątego maja od ósmej do dziesiątej.",
    "Termin: zero złotych.",
])
def test_zero_declined_and_one_day_with_its_hours_are_not_warned(spoken):
    assert unsure_agreement(spoken) == []
