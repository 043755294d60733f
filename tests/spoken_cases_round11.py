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

ROUND11 = ACRONYMS + LAW

# (written, a piece that must be warned about): still not said right, so warned.
ROUND11_WARNINGS = [
]
