"""Staff Polish, the last mile, round twenty-one (issue 28): the protections of the new rules tried with the inputs
that would break them. The kinds of tests/spoken_cases_round21.py said exactly and unwarned, and what is still not
said right warned, are tested with the other rounds' in tests/test_spoken_cases.py."""
from ivr.spoken.normalize import normalize
from ivr.spoken.review import review


def _warned(text: str) -> list[str]:
    return [f.text for f in review(text).leftovers]


def test_pracow_socj_is_the_social_worker_and_a_name_after_it_ends_no_sentence():
    assert normalize("Dyżur pełni pracow. socj. Anna Lis.") == "Dyżur pełni pracownik socjalny Anna Lis."  # was left
    assert normalize("Zapisy: pracow. socj. Ewa Lis") == "Zapisy: pracownik socjalny Ewa Lis"  # a label, not "pracowników"
    assert normalize("Rozmowa z prac. socj. Janem Lisem") == "Rozmowa z pracownikiem socjalnym Janem Lisem"
    # a capitalised word that is no first name after it: still the sentence's end
    assert normalize("Przyjmuje prac. socj. Zapraszamy.") == "Przyjmuje pracownik socjalny. Zapraszamy."
    # after a noun with no colon: the workers' genitive, as before
    assert normalize("Zebranie prac. socj. w środę") == "Zebranie pracowników socjalnych w środę"


def test_kier_and_dyr_are_posts_only_before_an_office():
    assert normalize("do kier. OPS") == "do kierownika o-pe-es"  # was left, and warned
    assert normalize("Jan Lis, kier. GOPS") == "Jan Lis, kierownik gops"
    # a post said of a person with no man's name apposed: "kierownik" or "kierowniczka"? Left, and warned (round twelve)
    assert _warned("Kier. GOPS informuje") == ["Kier."]
    assert _warned("Anna Lis, dyr. DPS") == ["dyr."]
    assert normalize("p.o. dyr. Ośrodka") == "pełniący obowiązki dyrektora Ośrodka"
    # a direction, a town, a lowercase word: never a post, left and warned
    assert _warned("Objazd w kier. Poznania.") == ["kier."]
    assert "kierownik" not in normalize("jazda w kier. centrum")
    assert _warned("Wniosek do dyr. naczelnego.") == ["dyr."]


def test_p_o_after_a_name_takes_its_gender():
    assert normalize("Maria Nowak, p.o. kier. OPS") == "Maria Nowak, pełniąca obowiązki kierownika o-pe-es"
    assert normalize("Marek Nowak, p.o. kier. OPS") == "Marek Nowak, pełniący obowiązki kierownika o-pe-es"
    assert normalize("Decyzję wydał p.o. kier. OPS") == "Decyzję wydał pełniący obowiązki kierownika o-pe-es"


def test_mies_after_a_weekday_or_dnia_is_miesiaca_and_elsewhere_left():
    assert normalize("w 2. pt. mies.") == "w drugi piątek miesiąca"
    assert normalize("do 5. dnia mies. Potem") == "do piątego dnia miesiąca. Potem"
    assert "miesiąca" not in normalize("w 5. mies. ciąży")  # "w piątym miesiącu": left, and warned
    assert "mies." in _warned("po 3. mies. pracy")
    assert normalize("Dod. energ. mies.: 14,18 zł").startswith("Dodatek energetyczny miesięcznie")  # the label, as before


def test_short_forms():
    assert normalize("Wynik: b.d.") == "Wynik: brak danych."
    assert normalize("Godziny – j.w.") == "Godziny, jak wyżej."
    assert normalize("do 3 bm.") == "do trzeciego bieżącego miesiąca"
    assert normalize("w bm. nie ma dyżuru") == "w bieżącym miesiącu nie ma dyżuru"
    assert normalize("Z up. Wójta") == "Z upoważnienia Wójta"
    assert "upoważnienia" not in normalize("zapisy up. do piątku")


def test_n_and_k_with_a_slash_between_places_only():
    assert normalize("Wycieczka do Obornik n/Wartą") == "Wycieczka do Obornik nad Wartą"
    assert normalize("w Żernikach k/Poznania") == "w Żernikach koło Poznania"
    # no place's name before it, a lowercase word after it, or another letter: left, and warned
    assert _warned("wynik n/Wartą") == ["/"]
    assert _warned("Wynik n/a") == ["/"]
    assert _warned("Szkoła k/o") == ["/"]


def test_p_before_a_mans_genitive_is_pana_and_a_woman_stays_pani():
    assert normalize("Dot. p. Tomasza Kaczmarka") == "Dotyczy pana Tomasza Kaczmarka"  # was "pani", unwarned
    assert normalize("Dot. p. Anny Kaczmarek") == "Dotyczy pani Anny Kaczmarek"
    # a woman's nominative first name with a nominative surname: "pani", never "pana"
    assert normalize("Przyjmuje p. Stanisława Nowak") == "Przyjmuje pani Stanisława Nowak"


def test_sw_before_a_benefits_adjective_is_swiadczenie_and_a_saint_stays():
    assert normalize("Wypłata św. wychowawczego") == "Wypłata świadczenia wychowawczego"  # was "święta"
    assert normalize("pobierający św. rodzinne") == "pobierający świadczenia rodzinne"  # was "świętego", unwarned
    assert normalize("z tytułu św. alimentacyjnych") == "z tytułu świadczeń alimentacyjnych"
    # a saint's name, a Mass and its adjective, a capitalised word: never a benefit
    assert "świadcz" not in normalize("kościół św. Rodziny")
    assert normalize("Msza św. rodzinna") == "Msza święta rodzinna"
    assert normalize("ul. św. Marcina") == "ulica świętego Marcina"


def test_the_other_amount_after_a_negated_verb_takes_its_genitive():
    assert normalize("dochód nie przekracza 900 zł lub 700 zł") == (
        "dochód nie przekracza dziewięciuset złotych lub siedmiuset złotych")  # the second was "siedemset"
    # "nie" before a verb that governs no amount, or no "nie": as before
    assert normalize("Nie wiem: 20 zł lub 30 zł.") == "Nie wiem: dwadzieścia złotych lub trzydzieści złotych."
    assert normalize("Koszt wynosi 900 zł lub 700 zł") == "Koszt wynosi dziewięćset złotych lub siedemset złotych"


def test_na_nr_before_an_account_is_the_accusative_and_elsewhere_as_before():
    assert normalize("wpłaty na nr konta OPS") == "wpłaty na numer konta o-pe-es"  # was "na numerze", unwarned
    assert normalize("Na nr rachunku wpłacamy") == "Na numer rachunku wpłacamy"
    # another preposition, or no account's noun after it: never changed
    assert normalize("pod nr konta") == "pod numerem konta"
    assert normalize("Zmiana nr konta") == "Zmiana numeru konta"


def test_zam_agrees_with_the_people_before_it_or_is_the_address_and_else_is_warned():
    assert normalize("osobom zam. w gminie") == "osobom zamieszkałym w gminie"  # was left, and warned
    assert normalize("na adres zam.") == "na adres zamieszkania."
    assert normalize("Dot. p. Marka Nowaka, zam. w Tulcach") == "Dotyczy pana Marka Nowaka, zamieszkałego w Tulcach"
    # an order, a shop closed, nothing before it: never "zamieszkały", left and warned
    assert "zam." in _warned("nr zam. 12")
    assert "zam." in _warned("Sklep zam. w niedziele.")
    assert "Zam." in _warned("Zam. w niedziele.")


def test_ur_after_a_mans_genitive_is_urodzonego_and_a_woman_keeps_hers():
    assert normalize("Dot. p. Jana Nowaka, ur. 1950 r.") == (
        "Dotyczy pana Jana Nowaka, urodzonego w tysiąc dziewięćset pięćdziesiątym roku.")
    assert normalize("Anna Nowak, ur. 1950 r.") == "Anna Nowak, urodzona w tysiąc dziewięćset pięćdziesiątym roku."


def test_w_wys_gives_its_amount_the_genitive_and_a_bare_wys_does_not():
    assert normalize("w wys. 3 tys. zł") == "w wysokości trzech tysięcy złotych"  # was "trzy tysiące", warned
    assert normalize("o wys. 2 mln zł") == "o wysokości dwóch milionów złotych"
    assert normalize("wys. 3 m") == "wysokość trzy metry"  # never "trzech metrów" with no preposition


def test_os_before_z_niepelnosprawnoscia_is_a_person_and_after_a_verb_is_warned():
    assert normalize("dla os. z niepełnosprawnością") == "dla osoby z niepełnosprawnością"  # was "osiedla"
    assert normalize("Os. z niepełnosprawnościami: pok. 1") == "Osoby z niepełnosprawnościami: pokój jeden"
    assert _warned("Obsługujemy os. z niepełnosprawnością") == ["os."]
    assert normalize("na os. Lipowym") == "na osiedlu Lipowym"

