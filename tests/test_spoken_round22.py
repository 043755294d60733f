"""Staff Polish, the last mile, round twenty-two (issue 28): the protections of the new rules tried with the inputs
that would break them. The kinds of tests/spoken_cases_round22.py said exactly and unwarned, and what is still not
said right warned, are tested with the other rounds' in tests/test_spoken_cases.py."""
import tomllib
from pathlib import Path

from ivr.spoken.normalize import DEFAULT_ACRONYMS, normalize
from ivr.spoken.review import review


def _warned(text: str) -> list[str]:
    return [f.text for f in review(text).leftovers]


def test_zam_agrees_with_the_people_and_their_adjective():
    assert normalize("Zachęcamy osoby samotne zam. w Tulcach.") == "Zachęcamy osoby samotne zamieszkałe w Tulcach."
    assert normalize("Pomoc otrzymają osoby zam. w gminie.") == "Pomoc otrzymają osoby zamieszkałe w gminie."
    # after a noun "osoby" is its genitive singular: not the nominative plural
    assert normalize("Wniosek osoby zam. w gminie.") == "Wniosek osoby zamieszkałej w gminie."
    # after a preposition its case
    assert normalize("Dla osoby zam. w gminie.") == "Dla osoby zamieszkałej w gminie."
    assert normalize("Pomoc dla dzieci zam. w gminie.") == "Pomoc dla dzieci zamieszkałych w gminie."
    # an adjective that does not fit the nominative after a noun: still left, and warned
    assert _warned("Wniosek osoby samotnej zam. w gminie.") == ["zam."]
    # no person before it: left, and warned, as before
    assert "zam." in _warned("Nr zam. 15 odbierz w kasie.")


def test_tel_before_another_way_of_contact_is_the_adverb_and_after_o_kontakt_the_adjective():
    assert normalize("Prosimy dzwonić tel. lub osobiście.").endswith("telefonicznie lub osobiście.")
    assert normalize("Prosimy o kontakt tel. 61 817 60 10.").startswith("Prosimy o kontakt telefoniczny sześćdziesiąt")
    # a preposition before it: the noun, as before
    assert normalize("przez tel. lub osobiście") == "przez telefon lub osobiście"
    assert normalize("Informacja pod tel. lub mailem.") == "Informacja pod telefon lub mailem."
    # "lub" before anything but a way of contact: the noun
    assert normalize("Tel. lub e-mail: 61 817 60 10").startswith("Telefon lub e-mail")
    # "kontakt" with no preposition before it is a label: "telefon", as before
    assert normalize("Kontakt tel. 61 817 60 10.").startswith("Kontakt telefon sześćdziesiąt")


def test_z_before_a_hundred_is_ze_and_only_there():
    assert normalize("z 100 osób") == "ze stu osób"
    assert normalize("z 300 osób") == "z trzystu osób"
    assert normalize("z 7 osób") == "z siedmiu osób"
    assert normalize("z stołu") == "z stołu"  # a word, not a number: as written
    assert normalize("ze stu osób") == "ze stu osób"


def test_ub_r_after_za_or_na_is_the_accusative():
    assert normalize("Zeznanie za ub.r. złożono.") == "Zeznanie za ubiegły rok złożono."
    assert normalize("Zeznanie z ub.r. złożono.") == "Zeznanie z ubiegłego roku złożono."
    assert normalize("Spotkanie w ub.r. było.") == "Spotkanie w ubiegłym roku było."


def test_rtv_and_agd_are_in_both_tables_and_a_near_acronym_is_still_warned():
    table = tomllib.loads((Path(__file__).resolve().parent.parent / "prompts" / "pl.toml").read_text("utf-8"))["acronyms"]
    for acronym, spoken in {"RTV": "er-te-fau", "AGD": "a-gie-de"}.items():
        assert DEFAULT_ACRONYMS[acronym] == table[acronym] == spoken
    assert _warned("Sprzęt RTV i AGD") == []
    assert _warned("Sprzęt RTV i HTV") == ["HTV"]


def test_zal_before_a_list_is_plural_and_after_a_noun_warned():
    assert normalize("wraz z zał. (wyrok, umowa)") == "wraz z załącznikami, wyrok, umowa"
    assert normalize("wraz z zał. (wyrok)") == "wraz z załącznikiem, wyrok"  # one thing: singular, as before
    assert _warned("Skany zał. wysłać.") == ["zał."]  # was "Skany załącznik", unwarned
    # a number or a mark after it, or a verb before it: not warned
    assert _warned("Skany zał. nr 1 wysłać.") == []
    assert _warned("Proszę wysłać zał. mailem.") == []
