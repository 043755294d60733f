"""Staff Polish, the last mile, round nineteen (issue 28): the kinds a new writer's 50 notices that send people
elsewhere (bench/spoken/fresh18.tsv: e-mail and web addresses, phone numbers in every layout, acronyms pasted from
letters) showed the rules did not say right. Each kind holds fresh examples, not that set's sentences, and the near
texts that must not change. tests/spoken_cases.py adds them to CASES (said exactly, stable, no warning)."""

ACRONYMS = [
    # the bodies a notice sends people to, from the table (DEFAULT_ACRONYMS and prompts/pl.toml)
    ("Zajęcia w WTZ trwają do godz. 15.", "Zajęcia w wu-te-zet trwają do godziny piętnastej."),
    ("Kontrola PINB w czwartek.", "Kontrola pe-i-en-be w czwartek."),
    ("Dopłaty ARiMR wypłaca od 1 grudnia.", "Dopłaty a-er-i-em-er wypłaca od pierwszego grudnia."),
    ("Wykład dla słuchaczy UTW w sali nr 2.", "Wykład dla słuchaczy u-te-wu w sali numer dwa."),
    ("Sekretariat ZSP w Tulcach.", "Sekretariat zet-es-pe w Tulcach."),
    ("Komunikat PSSE w Poznaniu.", "Komunikat pe-es-es-e w Poznaniu."),
    ("Skargi do RPO.", "Skargi do er-pe-o."),
    ("Porady PIP w pok. 3.", "Porady pe-i-pe w pokoju trzy."),
    ("Szczepienie przeciw HPV.", "Szczepienie przeciw ha-pe-fau."),
    ("Cena 20 zł z VAT.", "Cena dwadzieścia złotych z vat."),
    ("Rejestracja w SPZOZ Tulce.", "Rejestracja w es-pe-zoz Tulce."),
]

ADDRESS_ACRONYMS = [
    # an address's label that is an acronym of the table no one can say as a word: as the table says it
    ("Wnioski komisji: gkrpa@gmina.pl", "Wnioski komisji: gie-ka-er-pe-a małpa gmina kropka pe el"),
    ("Formularze: www.pfron.org.pl", "Formularze: wu wu wu kropka pe-fron kropka org kropka pe el"),
    ("Pisz: pcpr@powiat.pl", "Pisz: pe-ce-pe-er małpa powiat kropka pe el"),
    # near: a label said as a word stays a word, though the table spells the acronym ("ops", not "o-pe-es")
    ("Pisz: ops@kleszczewo.pl", "Pisz: ops małpa kleszczewo kropka pe el"),
    ("Strona: zus.pl", "Strona: zus kropka pe el"),
    ("Kontakt: krus@gmina.pl", "Kontakt: krus małpa gmina kropka pe el"),
]

TRUNK_APART = [
    # the trunk 0 written apart from its area code in the brackets: the number, its 0 not said (a documented decision)
    ("Sekretariat: tel. (0-61) 817 60 38.",
     "Sekretariat: telefon sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt, trzydzieści osiem."),
    ("Zapisy: (0 22) 551-77-00.", "Zapisy: dwadzieścia dwa, pięćset pięćdziesiąt jeden, siedemdziesiąt siedem, zero zero."),
    # near: a span of ages in brackets, no seven digits after it, stays a span
    ("Żłobek dla dzieci (0-3 lat).", "Żłobek dla dzieci, od zera do trzech lat."),
    ("Grupa (0-12) liczy 5 osób.", "Grupa, od zera do dwunastu, liczy pięć osób."),
]

TITLE_BEFORE_JANA = [
    # a title before a first name that is also a nominative ("Jana"), its surname a man's genitive: the genitive
    ("Zapraszamy na prelekcję dr. Jana Kowalskiego.", "Zapraszamy na prelekcję doktora Jana Kowalskiego."),
    ("Porady inż. Jana Nowaka w pok. 2.", "Porady inżyniera Jana Nowaka w pokoju dwa."),
    # near: the surname in the nominative, a woman's name: the title stays
    ("Dyżur pełni dr Jana Kowalska.", "Dyżur pełni doktor Jana Kowalska."),
    ("Wykład dr Anny Lis.", "Wykład doktor Anny Lis."),
]

PHONE_WITH_ADJECTIVE = [
    # "tel." between a preposition and its adjective: the number and case the adjective shows
    ("Połączenia z tel. stacjonarnych są bezpłatne.", "Połączenia z telefonów stacjonarnych są bezpłatne."),
    ("Nie dzwoń z tel. komórkowego.", "Nie dzwoń z telefonu komórkowego."),
    ("Informacja o tel. alarmowym w pok. 2.", "Informacja o telefonie alarmowym w pokoju dwa."),
    # near: the accusative's form is the nominative's; with no preposition, as before
    ("Przekierowanie na tel. komórkowy.", "Przekierowanie na telefon komórkowy."),
    ("Tel. stacjonarny nieczynny.", "Telefon stacjonarny nieczynny."),
]

SMS_NUMBER = [
    # "SMS na nr": what is sent takes the accusative; a premium-rate number in groups said group by group
    ("Głosuj: wyślij SMS na nr 72 405.", "Głosuj: wyślij SMS na numer siedemdziesiąt dwa, czterysta pięć."),
    ("Zgłoszenia przez SMS na nr 80 146 (koszt 1 zł).",
     "Zgłoszenia przez SMS na numer osiemdziesiąt, sto czterdzieści sześć, koszt jeden złoty."),
    # near: a mobile after it is a phone number in its own groups; no SMS before "na nr", as before
    ("Prosimy o SMS na 606 902 915.", "Prosimy o SMS na sześćset sześć, dziewięćset dwa, dziewięćset piętnaście."),
    ("Wpłaty na nr 12 345.", "Wpłaty na numerze dwanaście tysięcy trzysta czterdzieści pięć."),
]

PHONE_AND_FAX = [
    # "tel./fax": one number for both, "telefon i faks"
    ("Sekretariat, tel./fax 61 817 60 38.",
     "Sekretariat, telefon i faks sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt, trzydzieści osiem."),
    ("Tel/fax: 61 817 60 38", "Telefon i faks: sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt, trzydzieści osiem"),
    # near: each with its own number, as before
    ("tel. 61 817 60 38, fax 61 817 60 39",
     "telefon sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt, trzydzieści osiem, faks sześćdziesiąt jeden, "
     "osiemset siedemnaście, sześćdziesiąt, trzydzieści dziewięć"),
]

ROUND19 = (ACRONYMS + ADDRESS_ACRONYMS + TRUNK_APART + TITLE_BEFORE_JANA + PHONE_WITH_ADJECTIVE + SMS_NUMBER
           + PHONE_AND_FAX)

# (written, a piece that must be warned about): still not said right, so warned.
ROUND19_WARNINGS = [
    ("Dyżur MGOPS w czwartek.", "MGOPS"),  # an acronym not in the table, as before
]
