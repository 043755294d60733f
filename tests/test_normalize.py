"""Written -> spoken cases for the Polish normalizer, run through the whole pipeline."""
import pytest

from ivr.spoken.normalize import DEFAULT_ACRONYMS, RULES, leftovers, normalize, split_sentences

# Every row of the table in docs/design polish-speech.md ("Rules with examples").
DESIGN_EXAMPLES = [
    ("ul. Poznańska 5", "ulica Poznańska pięć"),
    ("al. / os. / pl. / nr", "aleja / osiedle / plac / numer"),
    ("tel.:", "telefon:"),
    ("tel. kom.:", "telefon komórkowy:"),
    ("63-005", "sześćdziesiąt trzy, zero zero pięć"),
    ("(061) 817-61-30", "sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści"),
    ("606 902 915", "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"),
    ("8:00", "ósma"),
    ("7:30", "siódma trzydzieści"),
    ("8:05", "ósma zero pięć"),
    ("8:00 - 16:00", "od ósmej do szesnastej"),
    ("7:30 - 15:00", "od siódmej trzydzieści do piętnastej"),
    ("o 9:00", "o dziewiątej"),
    ("poniedziałek 8:00 - 16:00", "w poniedziałek od ósmej do szesnastej"),
    ("wtorek - piątek", "od wtorku do piątku"),
    ("we wtorek / w środę / w sobotę / w niedzielę", "we wtorek / w środę / w sobotę / w niedzielę"),
    ("24 grudnia", "dwudziestego czwartego grudnia"),
    ("Dziś jest 24 grudnia", "Dziś jest dwudziesty czwarty grudnia"),
    ("OPS", "o-pe-es"),
    ("GKRPA", "gie-ka-er-pe-a"),
    ("GOKiS", "gokis"),
    ("„Akcja Lato”", "Akcja Lato"),
]

LANDLINE = "sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści"
MOBILE = "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"
Y2026 = "dwa tysiące dwudziestego szóstego roku"

CASES = [
    # abbreviations
    ("ul. Poznańska", "ulica Poznańska"),
    ("Ul. Poznańska", "Ulica Poznańska"),
    ("ul.Poznańska", "ulica Poznańska"),
    ("al. Jana Pawła", "aleja Jana Pawła"),
    ("os. Słoneczne", "osiedle Słoneczne"),
    ("pl. Wolności", "plac Wolności"),
    ("nr 7", "numer siedem"),
    ("Nr 7", "Numer siedem"),
    ("nr tel. 606 902 915", f"numer telefonu {MOBILE}"),
    ("tel. 61 817 61 30", f"telefon {LANDLINE}"),
    ("tel.kom.: 606 902 915", f"telefon komórkowy: {MOBILE}"),
    ("Szkoła im. Jana", "Szkoła imienia Jana"),
    ("ul. św. Marcina", "ulica świętego Marcina"),
    ("ok. 5 minut", "około pięciu minut"),
    ("np. z urzędem", "na przykład z urzędem"),
    ("m.in. zasiłki", "między innymi zasiłki"),
    ("wg planu", "według planu"),
    ("zasiłki, dodatki itd. Potem", "zasiłki, dodatki i tak dalej. Potem"),
    ("zasiłki itp.", "zasiłki i tym podobne"),
    ("godz. 9", "godzina dziewiąta"),
    ("o godz. 8:00", "o godzinie ósmej"),
    ("od godz. 8:00", "od godziny ósmej"),
    ("do godz. 15:30", "do godziny piętnastej trzydzieści"),
    ("w godz. 8-16", "w godzinach od ósmej do szesnastej"),
    ("przed godz. 8:00", "przed godziną ósmą"),
    # phone numbers
    ("61 817 61 30", LANDLINE),
    ("+48 61 817 61 30", LANDLINE),
    ("061 817 61 30", LANDLINE),
    ("(61) 8176130", LANDLINE),
    ("606-902-915", MOBILE),
    ("+48 606 902 915", MOBILE),
    ("+48606902915", MOBILE),
    ("606902915", MOBILE),
    ("tel. kom.:  606 902 915", f"telefon komórkowy: {MOBILE}"),
    ("(061) 817-05-30", "sześćdziesiąt jeden, osiemset siedemnaście, zero pięć, trzydzieści"),
    ("Proszę dzwonić: 606 902 915 lub 61 817 61 30.", f"Proszę dzwonić: {MOBILE} lub {LANDLINE}."),
    # postal codes
    ("63-005 Kleszczewo", "sześćdziesiąt trzy, zero zero pięć Kleszczewo"),
    ("62-020 Swarzędz", "sześćdziesiąt dwa, zero dwadzieścia Swarzędz"),
    ("05-800", "zero pięć, osiemset"),
    # times
    ("8:00–16:00", "od ósmej do szesnastej"),
    ("8:00-16:00", "od ósmej do szesnastej"),
    ("od 8:00", "od ósmej"),
    ("do 15:00", "do piętnastej"),
    ("od 8:00 do 16:00", "od ósmej do szesnastej"),
    ("po 15:00", "po piętnastej"),
    ("przed 8:00", "przed ósmą"),
    ("12:00", "dwunasta"),
    ("21:00", "dwudziesta pierwsza"),
    ("o 21:15", "o dwudziestej pierwszej piętnaście"),
    ("0:30", "zero trzydzieści"),
    ("7.30-15.30", "od siódmej trzydzieści do piętnastej trzydzieści"),
    ("Zapraszamy o 10:45.", "Zapraszamy o dziesiątej czterdzieści pięć."),
    # weekdays
    ("wtorek - piątek 7:00 - 15:00", "od wtorku do piątku od siódmej do piętnastej"),
    ("wtorek–piątek", "od wtorku do piątku"),
    ("Poniedziałek - środa", "Od poniedziałku do środy"),
    ("czwartek—niedziela", "od czwartku do niedzieli"),
    ("Pn.-pt. 8.00-16.00", "Od poniedziałku do piątku od ósmej do szesnastej"),
    ("wtorek 7:00 - 15:00", "we wtorek od siódmej do piętnastej"),
    ("środa: 7:00", "w środę: siódma"),
    ("Sobota 9:00-12:00", "W sobotę od dziewiątej do dwunastej"),
    ("poniedziałek i wtorek 8:00-15:00", "w poniedziałek i we wtorek od ósmej do piętnastej"),
    ("w każdy piątek 9:00", "w każdy piątek dziewiąta"),
    ("poniedziałek", "poniedziałek"),
    # dates
    ("1 maja", "pierwszego maja"),
    ("ul. 3 Maja 5", "ulica trzeciego Maja pięć"),
    ("Jest 24 grudnia.", "Jest dwudziesty czwarty grudnia."),
    ("dziś jest 1 stycznia", "dziś jest pierwszy stycznia"),
    ("Spotkanie jest 3 lutego", "Spotkanie jest trzeciego lutego"),
    ("24 grudnia 2026", f"dwudziestego czwartego grudnia {Y2026}"),
    ("24 grudnia 2026 r.", f"dwudziestego czwartego grudnia {Y2026}"),
    ("24 grudnia 2026 roku", f"dwudziestego czwartego grudnia {Y2026}"),
    ("24.12.2026", f"dwudziestego czwartego grudnia {Y2026}"),
    ("24.12.2026 r.", f"dwudziestego czwartego grudnia {Y2026}"),
    ("2026 r.", Y2026),
    ("od 2026 r.", f"od {Y2026}"),
    ("W 2026 r. otwieramy.", "W dwa tysiące dwudziestym szóstym roku otwieramy."),
    ("w 2000 r.", "w dwutysięcznym roku"),
    ("1999 r.", "tysiąc dziewięćset dziewięćdziesiątego dziewiątego roku"),
    ("1900 r.", "tysiąc dziewięćsetnego roku"),
    ("Do 31 marca 2026 r. Potem", f"Do trzydziestego pierwszego marca {Y2026}. Potem"),
    ("1-15 grudnia", "od pierwszego do piętnastego grudnia"),
    ("od 1 do 15 grudnia", "od pierwszego do piętnastego grudnia"),
    ("32 grudnia", "trzydzieści dwa grudnia"),
    # plain numbers, house numbers, percentages, money
    ("ul. Poznańska 5a", "ulica Poznańska pięć a"),
    ("ul. Poznańska 5/7", "ulica Poznańska pięć łamane przez siedem"),
    ("pokój 12", "pokój dwanaście"),
    ("2026", "dwa tysiące dwadzieścia sześć"),
    ("1 200 osób", "tysiąc dwieście osób"),
    ("007", "zero zero siedem"),
    ("2,5 km", "dwa i pół kilometra"),
    ("50%", "pięćdziesiąt procent"),
    ("1%", "jeden procent"),
    ("3 %", "trzy procent"),
    ("2,5%", "dwa przecinek pięć procent"),
    ("12,50 zł", "dwanaście złotych pięćdziesiąt groszy"),
    ("1 zł", "jeden złoty"),
    ("22 zł", "dwadzieścia dwa złote"),
    ("1 200 zł", "tysiąc dwieście złotych"),
    ("100,00 zł", "sto złotych"),
    ("12,02 zł", "dwanaście złotych dwa grosze"),
    # acronyms
    ("kierownik OPS", "kierownik o-pe-es"),
    ("OPS-u", "o-pe-esu"),
    ("MGOPS i OPSY", "MGOPS i OPSY"),
    ("PFRON, PUP i AA", "pe-fron, pe-u-pe i a-a"),
    ("ops", "ops"),
    ("GKRPA i GOKiS", "gie-ka-er-pe-a i gokis"),
    # quotation marks, dashes, brackets, symbols
    ("\"Dzień Seniora\"", "Dzień Seniora"),
    ("«Akcja» i »Lato«", "Akcja i Lato"),
    ("Komisja – wśród", "Komisja, wśród"),
    ("Komisja - wśród", "Komisja, wśród"),
    ("Komisja—wśród", "Komisja wśród"),
    ("Bielsko-Biała", "Bielsko-Biała"),
    ("- zasiłek", "zasiłek"),
    ("Ośrodek (OPS) jest otwarty", "Ośrodek, o-pe-es, jest otwarty"),
    ("(OPS) zaprasza.", "o-pe-es, zaprasza."),
    ("Pan/Pani", "Pan lub Pani"),
    ("i/lub", "i lub"),
    ("§ 5", "paragraf pięć"),
    ("a & b", "a i b"),
    # whitespace and lines
    ("  Ośrodek\u00a0\u00a0Pomocy \t Społecznej  ", "Ośrodek Pomocy Społecznej"),
    ("Ośrodek\nul. Poznańska 5\n63-005 Kleszczewo",
     "Ośrodek. ulica Poznańska pięć. sześćdziesiąt trzy, zero zero pięć Kleszczewo"),
    ("Tak.\n\nNie", "Tak. Nie"),
    ("Tak , nie .", "Tak, nie."),
    # unknown tokens pass through
    ("A4 abc123 😀 ٣", "A4 abc123 ٣"),
    ("Dzień dobry, tu Ośrodek Pomocy Społecznej.", "Dzień dobry, tu Ośrodek Pomocy Społecznej."),
    ("", ""),
]


@pytest.mark.parametrize(("written", "spoken"), DESIGN_EXAMPLES)
def test_design_examples(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_cases(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), DESIGN_EXAMPLES + CASES)
def test_spoken_form_is_stable(written, spoken):
    assert normalize(spoken) == spoken


def test_there_are_enough_cases():
    assert len(DESIGN_EXAMPLES) + len(CASES) >= 80


def test_custom_acronyms_replace_the_default():
    assert normalize("OPS i ZUS", {"ZUS": "zus"}) == "OPS i zus"
    assert normalize("OPS", {}) == "OPS"
    assert normalize("OPS", {"OPS": "Ośrodek Pomocy Społecznej"}) == "Ośrodek Pomocy Społecznej"


def test_default_acronyms():
    assert {"OPS", "GKRPA", "GOKiS", "ZUS", "KRUS", "NFZ", "PUP", "PCPR", "PFRON", "MOPS", "GOPS", "ŚDS", "DPS",
            "BIP", "PIT", "AA"} <= set(DEFAULT_ACRONYMS)
    assert DEFAULT_ACRONYMS["PFRON"] == "pe-fron" and DEFAULT_ACRONYMS["AA"] == "a-a"


def test_rules_are_plain_functions():
    assert isinstance(RULES, tuple) and len(RULES) > 10
    for rule in RULES:
        assert callable(rule) and rule.__doc__
        assert isinstance(rule("Dzień dobry."), str)


# The office's source text (ops-kleszczewo.txt without the cookie banner),
# kept verbatim: non-breaking spaces, the two spaces after "tel. kom.:".
SOURCE_TEXT = (
    "»\xa0Ośrodek Pomocy Społecznej\n"
    "\n"
    "Gmina dysponuje jednostką powołaną do niesienia pomocy o charakterze socjalnym. "
    "Poprzez Ośrodek Pomocy Społecznej, bo o nim mowa, w uzasadnionych przypadkach "
    "można uzyskać pomoc materialną, ale główne zadanie pracowników socjalnych to "
    "wsparcie w przezwyciężaniu przyczyn zaistniałych trudności. Praca socjalna, "
    "bardzo trudna i odpowiedzialna, prowadzona jest głównie w terenie. OPS zajmuje "
    "się także wypłatą wielu świadczeń społecznych należnych mieszkańcom z mocy "
    "prawa. Dużej inicjatywy ze strony OPS wymagają działania, które powierzyła do "
    "realizacji Ośrodkowi Gmina w zakresie przeciwdziałania skutkom bezrobocia, "
    "profilaktyki uzależnień, a także ochrony zdrowia. W celu wywiązania się z tych "
    "zadań nawiązana jest współpraca z wieloma innymi instytucjami, jak np. z "
    "Powiatowym Urzędem Pracy, placówkami służby zdrowia oraz z Gminną Komisją "
    "Rozwiązywania Problemów Alkoholowych.\n"
    "\n"
    "Gminna Komisja Rozwiązywania Problemów Alkoholowych jest to\xa0Komisja o "
    "specjalnym charakterze. Komisja inicjuje szereg działań mających na celu "
    "profilaktykę i usuwanie skutków uzależnień, przede wszystkim od alkoholu i "
    "narkotyków. Obok pomocy psychologicznej i prawnej, którą można uzyskać w "
    "siedzibie GKRPA, mieszczącej się w budynku OPS, warto zwłaszcza zwrócić uwagę "
    "na przedsięwzięcia profilaktyczne, które inicjuje i finansuje Komisja – wśród "
    "przykładów są tutaj wspomniane wcześniej „Akcja Lato”, czy „Dzień Seniora”, "
    "które są realizowane przy pomocy GOKiS i OPS.\n"
    "\xa0\n"
    "Mówiąc o pomocy społecznej nie sposób pominąć\xa0aktywności i ofiarności w tym "
    "zakresie mieszkańców gminy. Akcje zbiórki żywności organizowane przez OPS przy "
    "udziale szkół i Zakładu Komunalnego unaoczniają jak wielka jest gotowość "
    "niesienia pomocy przez współmieszkańców.\xa0\xa0\n"
    "\xa0\n"
    "Ośrodek Pomocy Społecznej\n"
    "ul. Poznańska 5\n"
    "63-005 Kleszczewo\n"
    "tel.: (061) 817-61-30\n"
    "tel. kom.:\xa0 606 902 915\n"
    "kierownik OPS Mirosława Radzimska\n"
    "\xa0poniedziałek\xa08:00 - 16:00\n"
    "wtorek - piątek 7:00 - 15:00"
)

SOURCE_CONTACT_SPOKEN = (
    "Ośrodek Pomocy Społecznej. ulica Poznańska pięć. sześćdziesiąt trzy, zero zero pięć "
    f"Kleszczewo. telefon: {LANDLINE}. telefon komórkowy: {MOBILE}. kierownik o-pe-es "
    "Mirosława Radzimska. w poniedziałek od ósmej do szesnastej. od wtorku do piątku "
    "od siódmej do piętnastej"
)


def test_source_text_has_nothing_left():
    spoken = normalize(SOURCE_TEXT)
    assert leftovers(spoken) == []
    assert normalize(spoken) == spoken


def test_source_text_reads_as_expected():
    spoken = normalize(SOURCE_TEXT)
    assert spoken.startswith("Ośrodek Pomocy Społecznej. Gmina dysponuje")
    assert spoken.endswith(SOURCE_CONTACT_SPOKEN)
    assert "jak na przykład z Powiatowym Urzędem Pracy" in spoken
    assert "w siedzibie gie-ka-er-pe-a, mieszczącej się w budynku o-pe-es," in spoken
    assert "finansuje Komisja, wśród przykładów są tutaj wspomniane wcześniej Akcja Lato, czy Dzień Seniora," in spoken
    assert "przy pomocy gokis i o-pe-es." in spoken
    assert "jest to Komisja" in spoken and "\u00a0" not in spoken and "  " not in spoken


@pytest.mark.parametrize(
    "line", [line for line in SOURCE_TEXT.splitlines() if line.strip()]
)
def test_each_source_line_has_nothing_left(line):
    assert leftovers(normalize(line)) == []


# leftovers()

@pytest.mark.parametrize(
    ("spoken", "found"),
    [
        ("ósma", []),
        ("o-pe-es i gokis.", []),
        ("8:00", ["8", "00"]),
        ("ulica Poznańska 5", ["5"]),
        ("ul. Poznańska", ["ul."]),
        ("tel. kom.", ["tel. kom."]),
        ("nr pięć", ["nr"]),
        ("roku 2026 r.", ["2026", "r."]),
        ("50 % i § oraz a/b & c @", ["50", "%", "§", "/", "&", "@"]),
        ("„cytat”", ["„", "”"]),
        ("5 i 5", ["5"]),
        ("abc123", ["123"]),
    ],
)
def test_leftovers(spoken, found):
    assert leftovers(spoken) == found


# split_sentences()

@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("To jest. Nasz most.", ["To jest.", "Nasz most."]),
        ("Adres: ul. Poznańska 5. Zapraszamy!", ["Adres: ul. Poznańska 5.", "Zapraszamy!"]),
        ("Współpraca, jak np. z urzędem. Koniec.", ["Współpraca, jak np. z urzędem.", "Koniec."]),
        ("Pomoc m.in. dla seniorów. Tak?", ["Pomoc m.in. dla seniorów.", "Tak?"]),
        ("Od 2026 r. nowe zasady. Zapraszamy.", ["Od 2026 r. nowe zasady.", "Zapraszamy."]),
        ("Było to w 2020 r. Teraz jest inaczej.", ["Było to w 2020 r.", "Teraz jest inaczej."]),
        ("Przyjmuje J. Kowalska. Zapraszamy.", ["Przyjmuje J. Kowalska.", "Zapraszamy."]),
        ("tel. kom. 606 902 915. Dzwoń.", ["tel. kom. 606 902 915.", "Dzwoń."]),
        ("o godz. 8:00 zaczynamy.", ["o godz. 8:00 zaczynamy."]),
        ("Dnia 5. maja. Potem", ["Dnia 5. maja.", "Potem"]),
        ("Radzimska. w poniedziałek od ósmej", ["Radzimska.", "w poniedziałek od ósmej"]),
        ("Czy tak?  „Tak.” Dobrze…  Koniec", ["Czy tak?", "„Tak.”", "Dobrze…", "Koniec"]),
        ("Ośrodek\nul. Poznańska 5\n", ["Ośrodek", "ul. Poznańska 5"]),
        ("", []),
        ("   ", []),
    ],
)
def test_split_sentences(text, sentences):
    assert split_sentences(text) == sentences


def test_split_sentences_on_the_spoken_source():
    sentences = split_sentences(normalize(SOURCE_TEXT))
    assert sentences[0] == "Ośrodek Pomocy Społecznej."
    assert sentences[-3:] == [
        "kierownik o-pe-es Mirosława Radzimska.",
        "w poniedziałek od ósmej do szesnastej.",
        "od wtorku do piątku od siódmej do piętnastej",
    ]
    assert all(len(s) < 400 for s in sentences)
