"""Staff Polish, the last mile, round eleven (issue 28): the kinds a seventh helper writer's 60 notices, written as
six clerks (bench/spoken/fresh10.tsv), showed the rules did not say right. Each kind holds fresh examples, not that
set's sentences, and the near texts that must not change. tests/spoken_cases.py adds them to CASES (said exactly,
stable, no warning)."""

ACRONYMS = [
    # offices and funds a gmina's notices name: the tax office, the Solidarity Fund, the family ministry
    ("Zeznanie złóż w US w Swarzędzu.", "Zeznanie złóż w u-es w Swarzędzu."),
    ("Program finansuje FS.", "Program finansuje ef-es."),
    ("Wytyczne MRPiPS na rok szkolny.", "Wytyczne em-er-pe-i-pe-es na rok szkolny."),
    # near: acronyms known before, as before
    ("Wnioski przyjmuje PCPR.", "Wnioski przyjmuje pe-ce-pe-er."),
]

LAW = [
    # "wg" governs the genitive, as "na podstawie" does: the unit's label after it
    ("Zasiłek wg art. 17 ustawy.", "Zasiłek według artykułu siedemnaście ustawy."),
    ("Opłata wg § 4 regulaminu.", "Opłata według paragrafu cztery regulaminu."),
    ("Dochód liczony wg ust. 2.", "Dochód liczony według ustępu dwa."),
    # a span of units after a preposition: the label in the plural
    ("Dokumenty wymienione w pkt 2-5 wniosku.", "Dokumenty wymienione w punktach od dwóch do pięciu wniosku."),
    ("Zgodnie z informacją w ust. 1-3 ustawy.", "Zgodnie z informacją w ustępach od jednego do trzech ustawy."),
    # near: one unit, or no preposition, as before
    ("Dokumenty wymienione w pkt 2 wniosku.", "Dokumenty wymienione w punkcie dwa wniosku."),
    ("Na podstawie art. 17 ustawy.", "Na podstawie artykułu siedemnaście ustawy."),
    ("Wg regulaminu świetlicy.", "Według regulaminu świetlicy."),
]

WEEKDAYS = [
    # a weekday as a label (after a colon or a dash) before a date, then an hour with no preposition: the day named
    # as the date and the hour are, no "w" ("w poniedziałek …, godzina dziesiąta" mixes the two readings)
    ("Zebranie KGW: śr. 14.01 godz. 17.00, świetlica.",
     "Zebranie ka-gie-wu: środa czternastego stycznia godzina siedemnasta, świetlica."),
    ("Wycieczka – pt. 22.05, zbiórka 6:45 przy szkole.",
     "Wycieczka, piątek dwudziestego drugiego maja, zbiórka szósta czterdzieści pięć przy szkole."),
    ("Koncert: sob. 9 X, 16:00.", "Koncert: sobota dziewiątego października, szesnasta."),
    # near: the hour after "o" or in a span, the day after a noun, a date where an hour could be, a full stop between
    ("Zebranie: śr. 14.01 o godz. 17.00.", "Zebranie: w środę czternastego stycznia o godzinie siedemnastej."),
    ("Zebranie: śr. 14.01, od 17.00 do 19.00.", "Zebranie: w środę czternastego stycznia, od siedemnastej do dziewiętnastej."),
    ("Zebranie wiejskie pt. 22.01 godz. 18.00.", "Zebranie wiejskie w piątek dwudziestego drugiego stycznia godzina osiemnasta."),
    ("Wypłaty: śr. 13.01 (przelewy), czw. 14.01 (kasa).",
     "Wypłaty: w środę trzynastego stycznia, przelewy, w czwartek czternastego stycznia, kasa."),
    ("Zebranie: śr. 14.01. Kasa czynna 8:00.", "Zebranie: w środę czternastego stycznia. Kasa czynna ósma."),
]

ROUND11 = ACRONYMS + LAW + WEEKDAYS

# (written, a piece that must be warned about): still not said right, so warned.
ROUND11_WARNINGS = [
]
