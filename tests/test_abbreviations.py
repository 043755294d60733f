"""One case per entry of the abbreviation table, plus the abbreviations with rules of their own
(godz., r., zł, gr., tys., mln, km, min. after a number, os. after a number), in the case the
sentence needs."""
import pytest

from ivr.spoken.normalize import ABBREVIATIONS, normalize

MOBILE = "sześćset sześć, dziewięćset dwa, dziewięćset piętnaście"

TABLE_CASES = {
    "tel. kom.": ("tel. kom. 606 902 915", f"telefon komórkowy {MOBILE}"),
    "nr tel.": ("pod nr tel. 606 902 915", f"pod numerem telefonu {MOBILE}"),
    "tel.": ("tel. 606 902 915", f"telefon {MOBILE}"),
    "ul.": ("przy ul. Szkolnej", "przy ulicy Szkolnej"),
    "al.": ("przy al. Lipowej", "przy alei Lipowej"),
    "os.": ("na os. Zielonym", "na osiedlu Zielonym"),
    "pl.": ("na pl. Wolności", "na placu Wolności"),
    "nr": ("w pok. nr 3", "w pokoju numer trzy"),
    "im.": ("Szkoła im. Marii Konopnickiej", "Szkoła imienia Marii Konopnickiej"),
    "św.": ("kościół św. Jana", "kościół świętego Jana"),
    "ok.": ("ok. 20 osób", "około dwudziestu osób"),
    "pok.": ("z pok. 5", "z pokoju pięć"),
    "p.": ("p. 7", "pokój siedem"),
    "wew.": ("wew. 31", "wewnętrzny trzydzieści jeden"),
    "poz.": ("poz. 12", "pozycja dwanaście"),
    "m-ca": ("do 10. dnia m-ca", "do dziesiątego dnia miesiąca"),
    "m-cu": ("w danym m-cu", "w danym miesiącu"),
    "dz. U.": ("Dz.U. z 2023 r.", "Dziennik Ustaw z dwa tysiące dwudziestego trzeciego roku."),
    "dz. u.": ("dz. u. nr 5", "Dziennik Ustaw numer pięć"),
    "podst.": ("na podst. art. 8", "na podstawie artykułu osiem"),
    "ur.": ("osoby ur. w 1950 r.", "osoby urodzone w tysiąc dziewięćset pięćdziesiątym roku"),
    "inż.": ("inż. Nowak", "inżynier Nowak"),
    "mgr inż.": ("z mgr. inż. Nowakiem", "z magistrem inżynierem Nowakiem"),
    "mgr.": ("u mgr. Nowaka", "u magistra Nowaka"),
    "mgr": ("mgr Anna Lis", "magister Anna Lis"),
    "dr hab.": ("dr hab. Jan Lis", "doktor habilitowany Jan Lis"),
    "dr. hab.": ("u dr. hab. Lisa", "u doktora habilitowanego Lisa"),
    "dr.": ("z dr. Nowakiem", "z doktorem Nowakiem"),
    "dr": ("dr Nowak", "doktor Nowak"),
    "prof.": ("prof. Nowak", "profesor Nowak"),
    "ks.": ("z ks. Janem", "z księdzem Janem"),
    "lek. med.": ("lek. med. Jan Lis", "lekarz medycyny Jan Lis"),
    "lek.": ("u lek. Jana Lisa", "u lekarza Jana Lisa"),
    "max.": ("max. 600 zł", "maksymalnie sześćset złotych"),
    "zaśw.": ("brak zaśw.", "brak zaświadczenia"),
    "ub.": ("w ub. roku", "w ubiegłym roku"),
    "m-c": ("za m-c wrzesień", "za miesiąc wrzesień"),
    "n.p.m.": ("80 m n.p.m.", "osiemdziesiąt metrów nad poziomem morza"),
    "wewn.": ("wewn. 31", "wewnętrzny trzydzieści jeden"),
    "w.": ("61 817 61 30 w. 31", "sześćdziesiąt jeden, osiemset siedemnaście, sześćdziesiąt jeden, trzydzieści wewnętrzny trzydzieści jeden"),
    "tzw.": ("tzw. bon senioralny", "tak zwany bon senioralny"),
    "ww.": ("ww. zaświadczenia", "wyżej wymienione zaświadczenia"),
    "w/w": ("w/w osoba", "wyżej wymieniona osoba"),
    "dn.": ("w dn. 3.11", "w dniu trzeciego listopada"),
    "art.": ("w art. 5", "w artykule pięć"),
    "ust.": ("ust. 4", "ustęp cztery"),
    "pkt": ("w pkt 2", "w punkcie dwa"),
    "pkt.": ("pkt. 3", "punkt trzy"),
    "§": ("§ 7 regulaminu", "paragraf siedem regulaminu"),
    "ub.r.": ("od ub.r.", "od ubiegłego roku"),
    "br.": ("do 30 czerwca br.", "do trzydziestego czerwca bieżącego roku"),
    "b.r.": ("w b.r. wydano", "w bieżącym roku wydano"),
    "r.ż.": ("dzieci do 3 r.ż.", "dzieci do trzeciego roku życia"),
    "min.": ("min. 2 osoby", "minimum dwie osoby"),
    "np.": ("np. wniosek", "na przykład wniosek"),
    "m.in.": ("m.in. wnioski", "między innymi wnioski"),
    "tj.": ("tj. we wtorek", "to jest we wtorek"),
    "tzn.": ("tzn. jutro", "to znaczy jutro"),
    "ds.": ("specjalista ds. świadczeń", "specjalista do spraw świadczeń"),
    "wg": ("wg regulaminu", "według regulaminu"),
    "itd.": ("zasiłki itd.", "zasiłki i tak dalej"),
    "itp.": ("dokumenty itp.", "dokumenty i tym podobne"),
    "pon.": ("pon. 8-16", "w poniedziałek od ósmej do szesnastej"),
    "pn.": ("pn. 8-16", "w poniedziałek od ósmej do szesnastej"),
    "wt.": ("wt. 7-15", "we wtorek od siódmej do piętnastej"),
    "śr.": ("śr. 7-15", "w środę od siódmej do piętnastej"),
    "czw.": ("czw. 7-15", "w czwartek od siódmej do piętnastej"),
    "pt.": ("pt. 7-13", "w piątek od siódmej do trzynastej"),
    "sob.": ("sob. 9–12", "w sobotę od dziewiątej do dwunastej"),
    "niedz.": ("niedz. 10-12", "w niedzielę od dziesiątej do dwunastej"),
    "ndz.": ("ndz. 10-12", "w niedzielę od dziesiątej do dwunastej"),
    # round five of issue 28
    "nt.": ("wykład nt. profilaktyki", "wykład na temat profilaktyki"),
    "pw.": ("kościół pw. św. Floriana", "kościół pod wezwaniem świętego Floriana"),
    "wys.": ("dodatek w wys. 300 zł", "dodatek w wysokości trzystu złotych"),
    "temp.": ("przy temp. poniżej zera", "przy temperaturze poniżej zera"),
    "b.m.": ("do 20 b.m.", "do dwudziestego bieżącego miesiąca"),
    "p.o.": ("p.o. kierownika Jan Nowak", "pełniący obowiązki kierownika Jan Nowak"),
    "kom.": ("kom. 606 902 915", f"komórka {MOBILE}"),
    "zm.": ("ustawa ze zm.", "ustawa ze zmianami"),
    "późn.": ("z późn. zm.", "z późniejszymi zmianami"),
    "dot.": ("pismo dot. zasiłku", "pismo dotyczące zasiłku"),
    # round six (issue 28)
    "ws.": ("spotkanie ws. dodatku", "spotkanie w sprawie dodatku"),
    "t.j.": ("t.j. Dz. U. z 2024 r.", "tekst jednolity Dziennik Ustaw z dwa tysiące dwudziestego czwartego roku"),
    "mec.": ("z mec. Janem Lisem", "z mecenasem Janem Lisem"),
    "adw.": ("u adw. Jana Lisa", "u adwokata Jana Lisa"),
    "sierż.": ("sierż. Jan Lis", "sierżant Jan Lis"),
    "st. sierż.": ("ze st. sierż. Janem Lisem", "ze starszym sierżantem Janem Lisem"),
    "asp.": ("z asp. Janem Lisem", "z aspirantem Janem Lisem"),
    "st. asp.": ("st. asp. Jan Lis", "starszy aspirant Jan Lis"),
    "mł. asp.": ("z mł. asp. Janem Lisem", "z młodszym aspirantem Janem Lisem"),
    "lok.": ("w lok. 2", "w lokalu dwa"),
    "gm.": ("dla gm. Kleszczewo", "dla gminy Kleszczewo"),
    "pow.": ("o pow. 40 m²", "o powierzchni czterdzieści metrów kwadratowych"),
    "j.": ("kurs j. angielskiego", "kurs języka angielskiego"),
    "z-ca": ("z-ca kierownika", "zastępca kierownika"),
    "z-cy": ("u z-cy kierownika", "u zastępcy kierownika"),
    "z-cę": ("na z-cę kierownika", "na zastępcę kierownika"),
    "z-cą": ("z z-cą kierownika", "z zastępcą kierownika"),
    # round seven (issue 28)
    "max": ("wydajemy max 3 paczki", "wydajemy maksymalnie trzy paczki"),
    "ew.": ("ew. zaświadczenie", "ewentualnie zaświadczenie"),
    "lit.": ("pkt 2 lit. a", "punkt dwa litera a"),
    "kan.": ("z ks. kan. Janem Lisem", "z księdzem kanonikiem Janem Lisem"),
    "tyg.": ("raz w tyg. w środę", "raz w tygodniu w środę"),
    "elektr.": ("bankowość elektr. i karta", "bankowość elektroniczna i karta"),
    "wlkp.": ("w Środzie Wlkp. i okolicach", "w Środzie Wielkopolskiej i okolicach"),
    "kw.": ("za I kw. 2027 r.", "za pierwszy kwartał dwa tysiące dwudziestego siódmego roku"),
    "s.A.": ("Enea S.A. i inne", "Enea es-a i inne"),
    # round eight
    "kl.": ("w kl. VI", "w klasie szóstej"),
    "społ.": ("ubezpieczenia społ. rolników", "ubezpieczenia społeczne rolników"),
    "szk.": ("w roku szk. 2027/2028", "w roku szkolnym dwa tysiące dwadzieścia siedem na dwa tysiące dwadzieścia osiem"),
    "woj.": ("w woj. pomorskim", "w województwie pomorskim"),
    "fax": ("fax 61 812 40 51", "faks sześćdziesiąt jeden, osiemset dwanaście, czterdzieści, pięćdziesiąt jeden"),
    "gosp.": ("w gosp. domowym", "w gospodarstwie domowym"),
    "dom.": ("dla gosp. dom. w gminie", "dla gospodarstwa domowego w gminie"),
}

OWN_RULES = [
    ("o godz. 9", "o godzinie dziewiątej"),
    ("Godz. otwarcia", "Godziny otwarcia"),
    ("godz. 8-16", "w godzinach od ósmej do szesnastej"),
    ("w 2026 r.", "w dwa tysiące dwudziestym szóstym roku"),
    ("Do 2026 r.", "Do dwa tysiące dwudziestego szóstego roku."),
    ("5 zł", "pięć złotych"),
    ("Wynosi 5 zł.", "Wynosi pięć złotych."),
    ("20 gr.", "dwadzieścia groszy"),
    ("5 tys. zł", "pięć tysięcy złotych"),
    ("2 mln zł", "dwa miliony złotych"),
    ("10 km", "dziesięć kilometrów"),
    ("15 min.", "piętnaście minut"),
    ("dla 4 os.", "dla czterech osób"),
]


def test_every_table_entry_has_a_case():
    assert set(TABLE_CASES) == set(ABBREVIATIONS)


@pytest.mark.parametrize(("key", "written", "spoken"), [(k, w, s) for k, (w, s) in TABLE_CASES.items()])
def test_table_entry(key, written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), OWN_RULES)
def test_abbreviation_with_its_own_rule(written, spoken):
    assert normalize(written) == spoken
