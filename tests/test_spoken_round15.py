"""Staff Polish, the last mile, round fifteen (issue 28): the protections of the new rules tried with the inputs
that would break them. The kinds of tests/spoken_cases_round15.py said exactly and unwarned, and what is still not
said right warned, are tested with the other rounds' in tests/test_spoken_cases.py."""
from ivr.spoken.normalize import normalize
from ivr.spoken.review import review


def _warned(text: str) -> list[str]:
    return [f.text for f in review(text).leftovers]


def test_nr_with_a_period_mid_sentence_is_the_noun_alone():
    assert normalize("pod nr. tel. 61 817 61 30") == (
        "pod numerem telefonu sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści")  # was
    # "pod numerem. telefon …", unwarned
    assert normalize("Dzwoń pod nr. 997.") == "Dzwoń pod numer dziewięćset dziewięćdziesiąt siedem."  # after calling
    assert normalize("Wpisz nr. NIP.") == "Wpisz numer nip."
    # before a capitalised word the period may end the sentence; at the text's end it does
    assert normalize("Proszę podać nr. Potem czekać.") == "Proszę podać numer. Potem czekać."
    assert normalize("Podaj nr.") == "Podaj numer."
    assert _warned("Proszę podać nr. konta.") == []


def test_a_persons_compound_agrees_only_with_a_noun_right_before_it():
    assert normalize("dla gosp. wieloos.") == "dla gospodarstwa wieloosobowego"  # was "wieloos.", unwarned
    assert normalize("w gosp. wieloos. dochód") == "w gospodarstwie wieloosobowym dochód"
    assert normalize("rodzina wieloos. otrzyma") == "rodzina wieloosobowa otrzyma"
    # a verb before it, or a conjunction: no noun to agree with, left, and warned (the dictionary knows "wieloos")
    assert _warned("Mamy wieloos. rodziny.") == ["wieloos."]
    assert "dwuos." in _warned("Dla gospodarstw jednoos. i dwuos.")
    assert _warned("Rodziny wieloosobowe i jednoosobowe.") == []  # written out: no abbreviation


def test_a_feminine_adjective_before_pow_makes_it_an_area_and_nothing_else_does():
    assert normalize("normatywna pow. dla 2 os.") == "normatywna powierzchnia dla dwóch osób"  # was "pow.", warned
    assert normalize("o łącznej pow. 48 m²") == "o łącznej powierzchni czterdzieści osiem metrów kwadratowych"  # was
    # "o łącznej powierzchnia", unwarned
    assert normalize("od całkowitej pow. lokalu") == "od całkowitej powierzchni lokalu"
    # a masculine adjective after it is the district's ("powiat"): left, and warned, as round six left it
    assert _warned("Działka, mała pow. poznański.") == ["pow."]
    # a capitalised adjective mid-sentence is a name's (a street's), not an area's: left, and warned
    assert "powierzchnia" not in normalize("ul. Szkolna pow. poznański")
    assert "pow." in _warned("ul. Szkolna pow. poznański")
    # a word before it that is no feminine adjective only: as before
    assert "pow." in _warned("Gmina Kleszczewo pow. poznański")
    # a numeral after it is no adjective of another noun ("czterdzieści" reads also as "czterdziesty")
    assert normalize("o łącznej pow. 40 m²") == "o łącznej powierzchni czterdzieści metrów kwadratowych"


def test_weekdays_joined_by_slashes_are_a_list():
    assert normalize("Dyżur: pon./śr./pt.") == "Dyżur: poniedziałek, środa i piątek."  # was "… i środa i piątek"
    assert normalize("Dyżur: pon./śr./pt. od 8 do 12") == "Dyżur: poniedziałek, środa i piątek od ósmej do dwunastej"
    # after "w" each in the accusative, one "w" (was "w sobotę lub niedziela", unwarned; "w środę/pt.", warned)
    assert normalize("nieczynne w sob./niedz.") == "nieczynne w sobotę i niedzielę"
    assert normalize("W śr./pt. nieczynne.") == "W środę i piątek nieczynne."
    assert normalize("Dyżur: pon./śr. od 8 do 12") == "Dyżur: poniedziałek i środa od ósmej do dwunastej"  # as before
    assert _warned("Zbiórka pon/śr/pt 8-10") != []  # undotted, with no day word first: left, and warned, as before


def test_days_after_a_when_verb_and_its_noun_take_w_and_the_accusative():
    assert normalize("przyjmuje interesantów pon. i śr.") == "przyjmuje interesantów w poniedziałek i środę"  # was
    # "poniedziałek i środa", unwarned
    assert normalize("Dyżuruje kierownik śr.") == "Dyżuruje kierownik w środę."
    # an adjective between is the day's own ("cały wtorek"): no "w"
    assert normalize("Dyżuruje cały wtorek.") == "Dyżuruje cały wtorek."
    # a verb that is no "when" verb, before or after the noun: as before
    assert normalize("Wybieramy nowy wtorek.") == "Wybieramy nowy wtorek."
    assert "w piątek" not in normalize("Lubimy obiady pt.")
    # a preposition after the verb: the verb's phrase, as before
    assert normalize("Przyjmujemy wnioski do piątku.") == "Przyjmujemy wnioski do piątku."
