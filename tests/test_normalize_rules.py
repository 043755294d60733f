"""Each normalizer rule on its own: what it changes and what it leaves alone."""
import pytest

from ivr.spoken import normalize as n

RULE_CASES = {
    n.line_breaks: [
        ("ul. Poznańska 5\n63-005 Kleszczewo", "ul. Poznańska 5. 63-005 Kleszczewo"),
        ("Tak.\r\n\r\n Nie\n", "Tak. Nie"),
        ("tel.:\n606", "tel.: 606"),
        ("8:00", "8:00"),
        ("czynny jest w\ngodzinach", "czynny jest w godzinach"),
        ("kierownik\npn. 8-16", "kierownik. pn. 8-16"),
    ],
    n.multiplication: [
        ("2 x 50 zł", "2 razy 50 zł"),
        ("3×100", "3 razy 100"),
        ("2 x w miesiącu", "2 razy w miesiącu"),
        ("x 5", "x 5"),
    ],
    n.arrows: [
        ("Wnioski → pokój 5", "Wnioski, pokój 5"),
    ],
    n.superscript_minutes: [
        ("w godz. 7³⁰-14³⁰", "w godz. 7:30-14:30"),
        ("8⁴⁵", "8:45"),
        ("48 m²", "48 m²"),  # a unit's exponent, no minutes
        ("30³⁰", "30³⁰"),  # no hour
    ],
    n.house_number_dash: [  # round twelve (issue 28)
        ("ul. Czarnieckiego 9 – 21.04.2027 r.", "ul. Czarnieckiego dziewięć, 21.04.2027 r."),
        ("os. Lipowe 3 - 14 maja", "os. Lipowe trzy, 14 maja"),
        ("w dniach 9 – 21.04.2027 r.", "w dniach 9 – 21.04.2027 r."),  # no street: a span of days
        ("ul. Szkolna 9 – 21 osób", "ul. Szkolna 9 – 21 osób"),  # a count after it
    ],
    n.above: [  # round thirteen (issue 28)
        ("do 10 km, pow. 10 km – 2 zł/km", "do 10 km, powyżej 10 km – 2 zł/km"),
        ("Pow. 70 lat bezpłatnie.", "Powyżej 70 lat bezpłatnie."),
        ("o pow. 32 m²", "o pow. 32 m²"),  # an area: "powierzchnia", the abbreviations' rule
        ("Lokal, pow. 45 m2.", "Lokal, pow. 45 m2."),
    ],
    n.per_holder: [  # round thirteen (issue 28)
        ("Węgiel – 2 t/gosp. dom., 1 950 zł", "Węgiel – 2 t na gospodarstwo dom., 1 950 zł"),
        ("Maks. 3 t/gosp.", "Maks. 3 t na gospodarstwo."),
        ("5 kg/os. w rodzinie", "5 kg na osobę w rodzinie"),
        ("20 zł/os.", "20 zł/os."),  # a price: per_unit's "za osobę"
        ("ZUS/KRUS", "ZUS/KRUS"),
    ],
    n.written_times: [  # round seven (issue 28)
        ("o godz. 12,00", "o godz. 12:00"),
        ("godz. 12,50 zł", "godz. 12,50 zł"),  # money, not a time
        ("8h-16h", "8:00-16:00"),
        ("8h dziennie", "8h dziennie"),  # hours counted, not a range of the clock
    ],
    n.compound_adjectives: [
        ("w składzie 3-osobowym", "w składzie trzyosobowym"),
        ("2-pokojowe", "dwupokojowe"),
        ("dla dzieci 10-letnich", "dla dzieci dziesięcioletnich"),
        ("Jubileusz 60-lecia", "Jubileusz sześćdziesięciolecia"),  # session twenty-one: an anniversary
        ("do 3-ech osób", "do 3-ech osób"),
        ("5-go maja", "5-go maja"),
    ],
    n.seasons: [
        ("na okres 2027/2028", "na okres 2027 na 2028"),
        ("rok szkolny 2026/27", "rok szkolny 2026 na 2027"),
        ("nr 45/2026", "nr 45/2026"),
        ("2025/2027", "2025/2027"),  # not two years in a row
        ("portal Emp@tia.", "portal Empatia."),
        ("ops@kleszczewo.pl", "ops@kleszczewo.pl"),
        ("w ramach FEPŻ 2021-2027:", "w ramach FEPŻ 2021, 2027:"),
        ("w latach 1990-2000", "w latach 1990-2000"),  # the ranges rule's: "od … do"
        ("od 2021-2027", "od 2021-2027"),
    ],
    n.fractions: [
        ("Dopłata wynosi 1/2 kosztów", "Dopłata wynosi połowę kosztów"),
        ("dla 1/2 rodzin", "dla połowy rodzin"),
        ("Gmina pokrywa ¾ kosztu", "Gmina pokrywa trzy czwarte kosztu"),
        ("¼ etatu", "ćwierć etatu"),
        ("Paczki dla 1/3 rodzin.", "Paczki dla 1/3 rodzin."),  # not said: warned
        ("Lokal 1/2", "Lokal 1/2"),  # a flat's number
    ],
    n.quotes: [
        ("„Akcja Lato”", "Akcja Lato"),
        ("\"Dzień\" «Seniora» • punkt", "Dzień Seniora, punkt"),
        ("• wniosek • zaświadczenie", "wniosek, zaświadczenie"),
        ("dokumenty*", "dokumenty"),
        ("a * b", "a * b"),
        ("O'Brien", "O'Brien"),
    ],
    n.whitespace: [
        (" a\u00a0\u00a0b\t c ", "a b c"),
        ("tel .:", "tel.:"),
        ("a , b ,. c", "a, b. c"),
        (", a,", "a"),
        ("a,,b", "a,b"),
    ],
    n.amount_ranges: [
        ("20-1000 zł", "od 20 do 1000 zł"),
        ("od 500–3 500 zł", "od 500 do 3 500 zł"),
        ("10-5 zł", "10-5 zł"),
        ("20-30 osób", "20-30 osób"),
    ],
    n.polish_letters: [
        ("Zebranie odbędzie sie jutro", "Zebranie odbędzie się jutro"),
        ("Przypominamy, ze kolejne", "Przypominamy, że kolejne"),
        ("Przypominamy, ze sobą", "Przypominamy, ze sobą"),
        ("Wyjazd ze szkoły", "Wyjazd ze szkoły"),
        ("Zabierz ze sobą", "Zabierz ze sobą"),
    ],
    n.abbreviations: [
        ("w śr.", "w środę"),
        ("w sob. i ndz.", "w sobotę i niedzielę"),
        ("od pn.", "od poniedziałku"),
        ("ul. Poznańska", "ulica Poznańska"),
        ("Ul.Poznańska", "Ulica Poznańska"),
        ("tel. kom.:", "telefon komórkowy:"),
        ("tel.:", "telefon:"),
        ("nr tel.", "numer telefonu"),
        ("al. os. pl. nr im. św. ok.", "aleja osiedle plac numer imienia świętego około"),
        ("o godz. 8", "o godzinie 8"),
        ("ok. godz. 8", "około godziny 8"),
        ("godz. 8", "godzina 8"),
        ("pon.-pt.", "poniedziałek-piątek"),
        ("itd. Dalej", "i tak dalej. Dalej"),
        ("itd., dalej", "i tak dalej, dalej"),
        ("www.ops.pl", "www.ops.pl"),
        ("nrx ulica", "nrx ulica"),
        ("2026 r.", "2026 r."),
    ],
    n.initials: [  # round thirteen (issue 28)
        ("magister M. Nowicka przyjmuje", "magister em Nowicka przyjmuje"),
        ("starszy specjalista J. Kaczmarek", "starszy specjalista jot Kaczmarek"),
        ("M. Nowak przyjmuje", "M. Nowak przyjmuje"),  # the text's start: no mid-sentence initial
        ("godzina dziesiąta. A. Proszę", "godzina dziesiąta. A. Proszę"),  # a sentence's end, a common word after
        ("w klasie V. Nowak", "w klasie V. Nowak"),  # I, V, X may be Roman numerals
    ],
    n.acronyms: [
        ("OPS i GKRPA, GOKiS.", "o-pe-es i gie-ka-er-pe-a, gokis."),
        ("MGOPS OPSu ops", "MGOPS OPSu ops"),
        ("NFZ i ŚDS", "en-ef-zet i eś-de-es"),
    ],
    n.phone_numbers: [
        ("(061) 817-61-30", "sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści"),
        ("+48 606 902 915", "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"),
        ("61 817 05 30", "sześćdziesiąt jeden, osiemset siedemnaście, zero pięć, trzydzieści"),
        ("63-005", "63-005"),
        ("1234567890", "1234567890"),
    ],
    n.postal_codes: [
        ("63-005 Kleszczewo", "sześćdziesiąt trzy, zero zero pięć Kleszczewo"),
        ("10-15", "10-15"),
        ("Bielsko-Biała", "Bielsko-Biała"),
    ],
    n.weekdays: [
        ("w wtorek", "we wtorek"),
        ("w poniedziałek-piątek", "od poniedziałku do piątku"),
        ("wtorek - piątek", "od wtorku do piątku"),
        ("Poniedziałek–środa", "Od poniedziałku do środy"),
        ("poniedziałek 8:00", "w poniedziałek 8:00"),
        ("wtorek: 7", "we wtorek: 7"),
        ("środa, sobota 9", "w środę, w sobotę 9"),
        ("w piątek 9", "w piątek 9"),
        ("piątek jest wolny", "piątek jest wolny"),
    ],
    n.written_dates: [
        ("2027-01-15", "15 stycznia 2027"),
        ("15 I 2027 r.", "15 stycznia 2027 r."),
        ("7.VIII.2026", "7 sierpnia 2026"),
        ("do 7 XII", "do 7 grudnia"),
        ("5 i 12", "5 i 12"),
        ("2 I kto", "2 I kto"),
        ("8 X Bieg Seniora", "8 X Bieg Seniora"),
        ("2027-02-31", "2027-02-31"),
    ],
    n.dates: [
        ("5 i 12 stycznia", "piątego i dwunastego stycznia"),
        ("5 i 40 stycznia", "5 i 40 stycznia"),
        ("24 grudnia", "dwudziestego czwartego grudnia"),
        ("Dziś jest 24 grudnia", "Dziś jest dwudziesty czwarty grudnia"),
        ("24.12.2026", "dwudziestego czwartego grudnia dwa tysiące dwudziestego szóstego roku"),
        ("w 2026 roku", "w dwa tysiące dwudziestym szóstym roku"),
        ("2026", "2026"),
        ("31.13.2026", "31.13.2026"),
        ("24.12", "24.12"),
    ],
    n.times: [
        ("8:00", "ósma"),
        ("o 9:00", "o dziewiątej"),
        ("8:00 - 16:00", "od ósmej do szesnastej"),
        ("od 8:00 do 16:00", "od ósmej do szesnastej"),
        ("8:05", "ósma zero pięć"),
        ("godzina 8", "godzina ósma"),
        ("8", "8"),
        ("24.12", "24.12"),
        ("12:60", "12:60"),
    ],
    n.percentages: [
        ("50%", "pięćdziesiąt procent"),
        ("2 %", "dwa procent"),
        ("0,5%", "zero przecinek pięć procent"),
        ("%", "%"),
    ],
    n.per_unit: [
        ("10 zł/os.", "10 zł za osobę"),
        ("1200 zł netto/os.", "1200 zł netto na osobę"),  # session twenty-three: an income, "na osobę"
        ("Kryterium 823 zł/os.", "Kryterium 823 zł na osobę."),
        ("Obiad 8 zł/os. Zapraszamy", "Obiad 8 zł za osobę. Zapraszamy"),
        ("500 zł/mies.", "500 zł miesięcznie"),
        ("Pan/Pani", "Pan/Pani"),
    ],
    n.currency: [
        ("5 zł", "pięć złotych"),
        ("3 zł", "trzy złote"),
        ("12 zł", "dwanaście złotych"),
        ("0,01 zł", "jeden grosz"),
        ("zł", "zł"),
    ],
    n.symbols: [
        ("Pan/Pani", "Pan lub Pani"),
        ("km/h", "km/h"),
        ("§ 5", "paragraf 5"),
        ("a&b", "a i b"),
        ("dwa + dwa", "dwa plus dwa"),
        ("+48", "+48"),
    ],
    n.numbers: [
        ("5", "pięć"),
        ("5a", "pięć a"),
        ("5/7", "pięć łamane przez siedem"),
        ("05", "zero pięć"),
        ("2,5", "dwa przecinek pięć"),
        ("1 000 000", "milion"),
        ("1,2,3", "jeden,dwa,trzy"),
        ("12345678901234567890", "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć zero "
                                 "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć zero"),
        ("A4 x5y", "A4 x5y"),
    ],
    # issue 12's rules
    n.thousands: [
        ("1.200 zł", "1 200 zł"),
        ("2.000.000", "2 000 000"),
        ("7.30", "7.30"),
        ("24.12.2026", "24.12.2026"),
        ("1.2", "1.2"),
    ],
    n.currency_codes: [
        ("100 PLN", "100 zł"),
        ("PLN 12,50", "12,50 zł"),
        ("100 zl", "100 zł"),
        ("PLNX 5", "PLNX 5"),
    ],
    n.emoji: [
        ("Wesołych Świąt! 🎄", "Wesołych Świąt!  "),
        ("°C", "°C"),
    ],
    n.emails: [
        ("ops@kleszczewo.pl", "ops małpa kleszczewo kropka pe el"),
        ("a@b", "a@b"),
    ],
    n.web_addresses: [
        ("www.kleszczewo.pl", "wu wu wu kropka kleszczewo kropka pe el"),
        ("https://kleszczewo.pl/ops", "kleszczewo kropka pe el ukośnik ops"),
    ],
    n.bank_accounts: [
        ("12 1020 3040 5060 7080 9000 1234",
         "dwanaście, dziesięć dwadzieścia, trzydzieści czterdzieści, pięćdziesiąt sześćdziesiąt, "
         "siedemdziesiąt osiemdziesiąt, dziewięćdziesiąt zero zero, dwanaście trzydzieści cztery"),
        ("606 902 915", "606 902 915"),
    ],
    n.programmes: [
        ("500+", "pięćset plus"),
        ("24/7", "dwadzieścia cztery na siedem"),
        ("+48", "+48"),
    ],
    n.halves: [
        ("1,5 tony węgla", "półtorej tony węgla"),
        ("2,5 roku", "dwa i pół roku"),
        ("0,5 litra", "pół litra"),
        ("w ciągu 2,5 roku", "w ciągu dwóch i pół roku"),
        ("średnio 1,5 na osobę", "średnio 1,5 na osobę"),  # no noun right after it: a decimal, left
        ("1,5", "1,5"),
    ],
    n.temperatures: [
        ("-5°C", "minus pięć stopni Celsjusza"),
        ("1°C", "jeden stopień Celsjusza"),
        ("5", "5"),
    ],
    n.units: [
        ("50 m2", "pięćdziesiąt metrów kwadratowych"),
        ("1,5 km", "półtora kilometra"),
        ("5 cm", "pięć centymetrów"),
        ("15 km", "piętnaście kilometrów"),
        ("ok. 30 min.", "ok. trzydziestu minut"),
        ("km", "km"),
    ],
    n.hours: [
        ("od 9 do 12", "od 9:00 do 12:00"),
        ("od 9 do 12 lat", "od 9 do 12 lat"),
        ("od 2 do 4", "od 2 do 4"),
        ("poniedziałek 8-16", "poniedziałek 8:00-16:00"),
        ("o 7.10", "o 7:10"),
        ("od 15:30 do 17", "od 15:30 do 17:00"),
        ("od 1.07 do 31.08", "od 1.07 do 31.08"),
        ("8-16", "8-16"),
    ],
    n.short_dates: [
        ("2.11", "drugiego listopada"),
        ("24–26.12", "od dwudziestego czwartego do dwudziestego szóstego grudnia"),
        ("2,11", "2,11"),
        ("32.12", "32.12"),
    ],
    n.decades: [
        ("w latach 50. i 60.", "w latach pięćdziesiątych i sześćdziesiątych"),
        ("z lat 80-tych", "z lat osiemdziesiątych"),
        ("lat 60–70. XX w.", "lat sześćdziesiątych i siedemdziesiątych XX w."),
        ("lat 50 osób", "lat 50 osób"),
        ("w latach 1990-2000", "w latach 1990-2000"),
    ],
    n.ordinal_numbers: [
        ("w każdą 2 środę", "w każdą drugą środę"),
        ("1 środa miesiąca", "pierwsza środa miesiąca"),
        ("1 środa", "1 środa"),
        ("podczas 10. Festiwalu", "podczas dziesiątego Festiwalu"),
        ("Nieczynne 24. Zapraszamy", "Nieczynne 24. Zapraszamy"),
        ("1. Wniosek", "Po pierwsze, Wniosek"),
        ("2 osoby", "2 osoby"),
        ("5-go", "piątego"),
        ("do 15. dnia", "do piętnastego dnia"),
        ("5 dni", "5 dni"),
    ],
    n.roman_numerals: [
        ("X Bieg Seniora", "Dziesiąty Bieg Seniora"),
        ("z XIX w. dwór", "z dziewiętnastego wieku dwór"),
        ("Katarzyna II", "Katarzyna Druga"),
        ("I kto", "I kto"),
        ("I piętro", "Pierwsze piętro"),
        ("I co dalej?", "I co dalej?"),
        ("XX", "XX"),
    ],
    n.trunk_prefix: [  # round nineteen
        ("tel. (0-61) 841 07 21", "tel. (061) 841 07 21"),
        ("(0 22) 8410721", "(022) 8410721"),
        ("dzieci (0-6) lat", "dzieci (0-6) lat"),
    ],
    n.sms_numbers: [  # round nineteen
        ("SMS na nr 70 990", "SMS na nr siedemdziesiąt, dziewięćset dziewięćdziesiąt"),
        ("SMS na 606 902 915", "SMS na 606 902 915"),
        ("wpłaty na nr 70 990", "wpłaty na nr 70 990"),
    ],
    n.days_of_month: [  # round twenty-three
        ("do 10 każdego miesiąca", "do dziesiątego każdego miesiąca"),
        ("od 1 do 15 każdego miesiąca", "od pierwszego do piętnastego każdego miesiąca"),
        ("do 10 dnia miesiąca", "do 10 dnia miesiąca"),
    ],
    n.weekday_hours: [  # round eighteen
        ("w czwartek 16:00", "w czwartek o 16:00"),
        ("w czwartek 16:00-18:00", "w czwartek 16:00-18:00"),
        ("czwartek 16:00", "czwartek 16:00"),
    ],
    n.number_ranges: [
        ("5-10 dni", "od pięciu do dziesięciu dni"),
        ("10-5", "10-5"),
    ],
    n.counts: [
        ("2 osoby", "dwie osoby"),
        ("dla 3 osób", "dla trzech osób"),
        ("2 xyz", "2 xyz"),
    ],
    n.brackets: [
        ("Ośrodek (OPS) jest", "Ośrodek, OPS, jest"),
    ],
    n.dashes: [
        ("Komisja – wśród", "Komisja, wśród"),
        ("Komisja - wśród", "Komisja, wśród"),
        ("Kleszczewo–Poznań", "Kleszczewo Poznań"),
        ("- punkt", "punkt"),
        ("o-pe-es", "o-pe-es"),
    ],
    n.capital_and: [  # session twenty-two: "I" between dates in a text typed in capitals
        ("OPS NIECZYNNY 24.12, 31.12 I 6.01.", "OPS NIECZYNNY 24.12, 31.12 i 6.01."),
        ("ops nieczynny 24.12 I 6.01.", "ops nieczynny 24.12 I 6.01."),  # no word in capitals: left to the numerals
        ("POSIEDZENIE 14 I 2027 r.", "POSIEDZENIE 14 I 2027 r."),  # January, a Roman month
    ],
    n.shouted_words: [  # session twenty-five: a notice typed in capitals
        ("DO 18 ROKU ŻYCIA I DALEJ.", "Do 18 roku życia I dalej."),  # "I": left to the rules of capitals
        ("ZAPISY W OPS DO LAT 12, ZAPRASZAMY.", "Zapisy w OPS do lat 12, zapraszamy."),  # an acronym of the table
        ("UWAGA! NOWE GODZINY PRACY II WYDZIAŁU.", "Uwaga! Nowe godziny pracy II wydziału."),  # a Roman numeral
        ("PIT-37 i PIT-38, e-PIT.", "PIT-37 i PIT-38, e-PIT."),  # acronyms only: no notice in capitals
        ("SALA WIEJSKA W KLESZCZEWIE, ZAPRASZAMY.", "Sala wiejska w KLESZCZEWIE, zapraszamy."),  # a place's name
        ("KDR UPRAWNIA M.IN. DO ZNIŻEK NA BILETY.", "KDR uprawnia m.in. do zniżek na bilety."),  # no sentence's start after "m.in."
    ],
    n.capital_abbreviations: [  # session twenty-five: an abbreviation typed in capitals
        ("OD 1 LUTEGO WT. 12-15", "OD 1 LUTEGO wt. 12-15"),
        ("GODZ. 10.00, POK. 4", "godz. 10.00, pok. 4"),
        ("ZAPRASZAMY DO OPS.", "ZAPRASZAMY DO OPS."),  # an acronym of the table
        ("UWAGA. ZMIANA.", "UWAGA. ZMIANA."),  # words, no abbreviations
        ("Wt. i Pt.", "Wt. i Pt."),  # capitalised only: the abbreviation rule's own
    ],
    n.night_between: [  # session twenty-three: a night told by its two days
        ("w nocy z 20 na 21 stycznia", "w nocy z dwudziestego na dwudziesty pierwszy stycznia"),
        ("z 31 na 1 stycznia", "z trzydziestego pierwszego na pierwszy stycznia"),
        ("z 5 na 9 stycznia", "z 5 na 9 stycznia"),  # no night: two days apart
        ("z 20 na 21 osób", "z 20 na 21 osób"),  # no month
    ],
    n.hundred_after_z: [  # round twenty-two
        ("z stu osób", "ze stu osób"),
        ("Z stoma", "Ze stoma"),
        ("z dwustu osób", "z dwustu osób"),
        ("z stołu", "z stołu"),
        ("raz stu", "raz stu"),
    ],
}


def test_every_rule_has_cases():
    assert set(RULE_CASES) == set(n.RULES)


@pytest.mark.parametrize(
    ("rule", "written", "expected"),
    [(rule, w, e) for rule, cases in RULE_CASES.items() for w, e in cases],
    ids=lambda v: v.__name__ if callable(v) else None,
)
def test_rule_alone(rule, written, expected):
    assert rule(written) == expected


@pytest.mark.parametrize("rule", n.RULES, ids=lambda r: r.__name__)
def test_rule_leaves_plain_text_alone(rule):
    plain = "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie."
    assert rule(plain) == plain


def test_rule_order():
    names = [rule.__name__ for rule in n.RULES]
    assert names[:3] == ["line_breaks", "quotes", "whitespace"] and names[-1] == "whitespace"
    # ranges need their dashes and numbers their context: both before the generic rules
    for specific, generic in [("weekdays", "times"), ("phone_numbers", "numbers"), ("numbers", "symbols"),
                              ("times", "dashes"), ("dates", "numbers"), ("percentages", "numbers")]:
        assert names.index(specific) < names.index(generic)
