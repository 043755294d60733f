"""Staff Polish, the last mile, round twenty-four (issue 28): the protections of the new rules tried with the inputs
that would break them. The kinds of tests/spoken_cases_round24.py said exactly and unwarned, and what is still not
said right warned, are tested with the other rounds' in tests/test_spoken_cases.py."""
from ivr.spoken.normalize import normalize
from ivr.spoken.review import review


def _warned(text: str) -> list[str]:
    return [f.text for f in review(text).leftovers]


def test_instead_of_takes_the_genitive_only_with_no_w_written():
    assert normalize("zamiast śr. 23.12") == "zamiast środy dwudziestego trzeciego grudnia"  # was "zamiast w środę"
    # "w" written: the clerk says "on Wednesday", the accusative as before
    assert normalize("zamiast w śr. 23.12") == "zamiast w środę dwudziestego trzeciego grudnia"
    # another word ending in "zamiast" is no preposition
    assert normalize("Przyjmujemy pt.") == "Przyjmujemy w piątek."
    assert not normalize("Niezamiast śr.").startswith("Niezamiast środy")


def test_an_edition_is_an_ordinal_only_before_its_noun():
    assert normalize("w VII konkursie") == "w siódmym konkursie"  # was "VII", warned
    assert normalize("na II festiwal") == "na drugi festiwal"
    # a numeral with no noun of the list next to it stays warned
    assert "VII" in _warned("Nagrody w VII plebiscycie.")
    assert "II" in _warned("Konkurs I i II")  # one numeral after a noun, a second left: warned as before
    # a lone "I" between words is a conjunction, not an edition
    assert normalize("konkurs i festiwal") == "konkurs i festiwal"


def test_a_weekday_is_plural_only_after_a_plural_day_of_the_same_sentence_and_before_no_date():
    assert normalize("We wtorki 16-18, a w sob. 9-11.") == ("We wtorki od szesnastej do osiemnastej, a w soboty od "
                                                            "dziewiątej do jedenastej.")  # was "w sobotę"
    # before a date: that one day
    assert normalize("We wtorki 16-18, a w sob. 12.12 9-11.").count("w sobotę dwunastego grudnia") == 1
    assert "w sobotę" in normalize("We wtorki 16-18, a w sob. 12 XII.")
    # a plural day in the sentence before, or none: one day as before
    assert normalize("We wtorki dyżur. W sob. 9-11.") == "We wtorki dyżur. W sobotę od dziewiątej do jedenastej."
    assert normalize("Zbiórka w sob. 9:00.").startswith("Zbiórka w sobotę")
    # "od" and "do" keep their genitive singular after a plural day
    assert normalize("We wtorki zajęcia, zapisy do pt.") == "We wtorki zajęcia, zapisy do piątku."


def test_a_person_closes_the_sentence_only_before_a_capitalised_verb():
    assert normalize("Bilet 20 zł od os. Zapraszamy.") == "Bilet dwadzieścia złotych od osoby. Zapraszamy."  # was "osiedla"
    # a capitalised word that is no verb after an amount: person or estate? warned, not said "osiedlem"
    assert "os." in _warned("Opłata 20 zł za os. Zapisy u sołtysa.")
    assert "os." in _warned("Dopłata 5 zł na os. Kopernika.")
    # no amount before: an estate, as before; a time before "na": an estate, as before
    assert normalize("Zbiórka na os. Lipowym.") == "Zbiórka na osiedlu Lipowym."
    assert normalize("Spotkanie o 10 na os. Słonecznym.").endswith("na osiedlu Słonecznym.")
    # the text's end: no full stop added (round five's cases)
    assert normalize("Bilet 20 zł od os.") == "Bilet dwadzieścia złotych od osoby"


def test_a_womans_habilitation_takes_her_names_case_and_only_hers():
    assert normalize("Wykład dr hab. Anny Nowak.") == "Wykład doktor habilitowanej Anny Nowak."  # was "habilitowana"
    assert normalize("z dr hab. Anną Nowak") == "z doktor habilitowaną Anną Nowak"
    # the locative only after a preposition that takes it; with none, "Annie" is the dative (the same word here)
    assert normalize("O dr hab. Annie Nowak.") == "O doktor habilitowanej Annie Nowak."
    # her name in the nominative: as before; "doktor" is never declined for a woman
    assert normalize("Przyjmuje dr hab. Anna Nowak.") == "Przyjmuje doktor habilitowana Anna Nowak."
    assert "doktorem" not in normalize("Spotkanie z dr hab. Anną Nowak.")
    # a man's title still declines whole
    assert normalize("Spotkanie z dr. hab. Janem Kowalskim.") == "Spotkanie z doktorem habilitowanym Janem Kowalskim."


def test_a_list_of_days_shares_one_on_only_when_it_is_written_before_the_first():
    assert normalize("w pon., śr. i pt. 9-11") == "w poniedziałek, środę i piątek od dziewiątej do jedenastej"  # was
    # "… i w piątek"
    # a list with no "w" written: each day its own, as rounds fourteen and sixteen decided
    assert normalize("pon., śr. i pt. 9-11").count("w ") == 3
    # a day after "a" (a new clause) keeps its "w"
    assert normalize("w pon. 9-11, a pt. 10-12") == ("w poniedziałek od dziewiątej do jedenastej, a w piątek od "
                                                      "dziesiątej do dwunastej")


def test_a_lone_hour_after_a_list_of_days_said_with_one_on_takes_o():
    assert normalize("Joga w pon. i pt. 17:00.") == "Joga w poniedziałek i piątek o siedemnastej."  # was "siedemnasta"
    assert normalize("Joga w pon., śr. i pt. 17:00.") == "Joga w poniedziałek, środę i piątek o siedemnastej."
    # a span of hours, or a comma before the hour: as before
    assert normalize("Joga w pon. i pt. 17:00-18:00.") == "Joga w poniedziałek i piątek od siedemnastej do osiemnastej."
    assert " o " not in normalize("Joga w pon. i pt., 17:00.")
