"""Staff Polish, the last mile, round nineteen (issue 28): the protections of the new rules tried with the inputs
that would break them. The kinds of tests/spoken_cases_round19.py said exactly and unwarned, and what is still not
said right warned, are tested with the other rounds' in tests/test_spoken_cases.py."""
import tomllib
from pathlib import Path

from ivr.spoken.normalize import DEFAULT_ACRONYMS, normalize
from ivr.spoken.review import review


def _warned(text: str) -> list[str]:
    return [f.text for f in review(text).leftovers]


def test_the_new_acronyms_are_in_both_tables():
    content = tomllib.loads((Path(__file__).resolve().parent.parent / "prompts" / "pl.toml").read_text("utf-8"))
    for key in ("WTZ", "SPZOZ", "PINB", "ARiMR", "UTW", "ZSP", "PSSE", "RPO", "PIP", "HPV", "VAT"):
        assert content["acronyms"][key] == DEFAULT_ACRONYMS[key]
    assert _warned("Kontrola PINB.") == [] and _warned("Skarga do RPO.") == []
    # an acronym outside the table is still warned (ZOZ and MGOPS stay the earlier rounds' must-warn cases)
    assert "ZOZ" in _warned("Skierowanie do ZOZ.") and "PINBX" in _warned("Kontrola PINBX.")


def test_an_address_label_takes_the_tables_reading_only_when_no_one_can_say_it():
    assert normalize("gkrpa@gmina.pl") == "gie-ka-er-pe-a małpa gmina kropka pe el"  # was "gkrpa"
    assert normalize("sow.pfron.org.pl") == "sow kropka pe-fron kropka org kropka pe el"  # was "pfron"
    # a label said as a word keeps its word; one outside the table with no vowel is the engine's to spell
    assert normalize("ops@kleszczewo.pl") == "ops małpa kleszczewo kropka pe el"  # never "o-pe-es"
    assert normalize("bip.kleszczewo.pl") == "bip kropka kleszczewo kropka pe el"
    assert normalize("np.ms.gov.pl") == "np kropka ms kropka gov kropka pe el"  # round six: the engine spells them
    assert normalize("strona: pfronx.pl") == "strona: pfronx kropka pe el"  # not in the table: as written
    # a staff table without the acronym: as written
    assert normalize("gkrpa@gmina.pl", {"OPS": "o-pe-es"}) == "gkrpa małpa gmina kropka pe el"
    # the acronym itself, outside an address, as before
    assert normalize("Wnioski do GKRPA.") == "Wnioski do gie-ka-er-pe-a."


def test_a_trunk_zero_apart_in_brackets_is_part_of_the_number_only_before_seven_digits():
    said = "sześćdziesiąt jeden, osiemset czterdzieści jeden, zero siedem, dwadzieścia jeden"
    assert normalize("tel. (0-61) 841 07 21") == "telefon " + said  # was "od zera do sześćdziesięciu jeden"
    assert normalize("tel. (0 61) 8410721") == "telefon " + said  # was "osiem milionów …"
    # fewer digits after it, or none: a span, never a phone number
    assert normalize("Dzieci (0-18) 500 osób").startswith("Dzieci, od zera do osiemnastu")
    assert "zero sześć" not in normalize("(0-6) 841 07")
    assert normalize("wiek (0-3) lata") == "wiek, od zera do trzech, lata"


def test_a_title_before_jana_takes_the_genitive_only_when_the_surname_is_a_mans_genitive():
    assert normalize("wykład dr. Jana Wiśniewskiego") == "wykład doktora Jana Wiśniewskiego"  # was "doktor"
    assert normalize("Prelekcja inż. Jana Nowaka") == "Prelekcja inżyniera Jana Nowaka"
    # the surname a nominative (a woman's, or one a man and a woman share): the nominative, never "doktora"
    assert normalize("Wykład dr Jana Nowak.") == "Wykład doktor Jana Nowak."
    assert normalize("Przyjmuje dr Jana Kowalska.") == "Przyjmuje doktor Jana Kowalska."
    assert normalize("Przyjmuje dr Jana.") == "Przyjmuje doktor Jana."  # no surname: as before
    # the name's own case after a preposition, as before
    assert normalize("Spotkanie z dr. Janem Nowakiem.") == "Spotkanie z doktorem Janem Nowakiem."


def test_tel_takes_the_number_and_case_of_its_adjective_only_after_a_preposition():
    assert normalize("z tel. stacjonarnych") == "z telefonów stacjonarnych"  # was "z telefon stacjonarnych"
    assert normalize("z tel. komórkowego") == "z telefonu komórkowego"
    # no adjective after it, or a number: as before (the number's label stays "telefon")
    assert normalize("z tel. 61 817 61 30").startswith("z telefon sześćdziesiąt jeden")
    assert normalize("przez tel. lub osobiście") == "przez telefon lub osobiście"
    # no preposition: the nominative, never a case guessed from the adjective alone; but an adjective in "-ego" beside
    # "telefon" (inanimate: no accusative in "-ego") can only be the genitive (session twenty-two: "z powodu awarii
    # tel. stacjonarnego"), so "Tel. komórkowego nie podano." is "Telefonu komórkowego" (was "Telefon komórkowego")
    assert normalize("Tel. komórkowego nie podano.") == "Telefonu komórkowego nie podano."
    assert normalize("Tel. komórkowy nie działa.") == "Telefon komórkowy nie działa."
    # "tel. kom." keeps its own reading
    assert normalize("tel. kom. 606 902 915").startswith("telefon komórkowy")


def test_an_sms_number_in_groups_is_said_group_by_group_and_a_phone_number_is_not_touched():
    assert normalize("SMS na nr 70 990") == "SMS na numer siedemdziesiąt, dziewięćset dziewięćdziesiąt"  # was "na
    # numerze siedemdziesiąt tysięcy dziewięćset dziewięćdziesiąt"
    # a number phonenumbers knows keeps its own groups, never the written ones
    assert normalize("SMS na 608 44 21 90") == "SMS na sześćset osiem, czterysta czterdzieści dwa, sto dziewięćdziesiąt"
    assert normalize("SMS na numer 116 111") == "SMS na numer sto szesnaście, sto jedenaście"
    # one group, or no SMS before: as before (an amount)
    assert normalize("SMS na nr 72405") == "SMS na numer siedemdziesiąt dwa tysiące czterysta pięć"
    assert "tysięcy" in normalize("Dane na nr 70 990")
    assert normalize("Kwota SMS na 12 345 zł").endswith("tysięcy trzysta czterdzieści pięć złotych")
    assert normalize("SMS na nr 12 345 zł").endswith("tysięcy trzysta czterdzieści pięć złotych")


def test_phone_slash_fax_is_one_number_for_both_and_a_slash_between_other_words_is_not():
    assert normalize("tel./fax 61 829 40 13").startswith("telefon i faks sześćdziesiąt")  # was "telefon lub faks"
    # other words joined by a slash keep their own reading ("lub"), and names stay warned as before
    assert normalize("wniosek/zgłoszenie") == "wniosek lub zgłoszenie"
    assert "Krerowo/Nagradowice" in _warned("Dowóz: Krerowo/Nagradowice.")
