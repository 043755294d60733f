"""Written Polish to its spoken form, before any speech engine sees it.

normalize() applies RULES in order. Each rule is a small `str -> str` function
for one concern that leaves everything it does not recognise unchanged. The
first rules only tidy the layout, so the content rules see clean input; the
content rules turn digits, abbreviations and symbols into words; the last
rules turn brackets and dashes into pauses and tidy the spaces again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from num2words import num2words

from ivr.common.polish import (
    DAY_GENITIVE,
    DAY_NOMINATIVE,
    HOUR_GENITIVE,
    HOUR_NOMINATIVE,
    HUNDREDS_GENITIVE,
    MONTH_GENITIVE,
    TENS_GENITIVE,
    THOUSANDS_GENITIVE,
    WEEKDAY_GENITIVE,
    WEEKDAY_NOMINATIVE,
    WEEKDAY_ON,
    plural,
)
from ivr.spoken.contacts import bank_accounts, emails, emoji, web_addresses
from ivr.spoken.counts import _half, counts, halves, number_ranges, one_apiece, programmes, temperatures, units
from ivr.spoken.dates import MONTH_NOMINATIVE, WRITTEN_DATE, date_parts
from ivr.spoken.hours import hours
from ivr.spoken.inflection import (
    GOVERNS,
    _inflect,
    after_label,
    cardinal,
    count_noun,
    governed_cases,
    is_known,
    noun_readings,
    ordinal,
    readings,
)
from ivr.spoken.phone_numbers import phone_numbers  # a rule of its own module
from ivr.spoken.phone_numbers import say_digits  # round seventeen: an account as bank_accounts() said it
from ivr.spoken.phone_numbers import sms_numbers, trunk_prefix  # round nineteen: "SMS na nr 70 990", "(0-61) 841 07 21"
from ivr.spoken.roman import ROMAN, roman_numerals, roman_value
from ivr.spoken.spelling import polish_letters

__all__ = [
    "DEFAULT_ACRONYMS", "RULES", "apply_rules", "leftover_pieces", "leftovers", "normalize", "split_sentences",
]

# How each office acronym is said when the content file gives no table of its own (the content
# file's [acronyms] holds the same, and staff add more): as a word ("zus"), spelled letter by
# letter ("en-ef-zet"), or as the office says it ("pe-fron"). An acronym not in the table is warned.
DEFAULT_ACRONYMS: Mapping[str, str] = MappingProxyType({
    "OPS": "o-pe-es", "GOPS": "gops", "MOPS": "mops", "GKRPA": "gie-ka-er-pe-a", "GOKiS": "gokis",
    "ZUS": "zus", "KRUS": "krus", "NFZ": "en-ef-zet", "PUP": "pe-u-pe", "PCPR": "pe-ce-pe-er",
    "PFRON": "pe-fron", "ŚDS": "eś-de-es", "DPS": "de-pe-es", "BIP": "bip", "PIT": "pit", "AA": "a-a",
    "PESEL": "pesel", "NIP": "nip", "REGON": "regon", "RODO": "rodo", "USC": "u-es-ce",
    "GUS": "gus", "KRS": "ka-er-es",
    # more public-sector acronyms of a gmina's notices (issue 28, round five)
    "OSP": "o-es-pe", "UG": "u-gie", "UE": "u-e", "POZ": "pe-o-zet", "SKO": "es-ka-o", "KPA": "ka-pe-a", "KGW": "ka-gie-wu",
    "PUE": "pe-u-e", "FEPŻ": "ef-e-pe-żet", "UAM": "u-a-em", "RSV": "er-es-fau", "CUS": "ce-u-es",
    "PCK": "pe-ce-ka", "SOR": "sor", "UM": "u-em",
    # round six (issue 28): a second helper writer's notices
    "BHP": "be-ha-pe", "PKP": "pe-ka-pe", "KMP": "ka-em-pe",
    # round seven (issue 28): the voivodeship's environment fund, the free legal aid
    "WFOŚiGW": "wu-ef-o-eś-i-gie-wu", "NPP": "en-pe-pe",
    # round eight (issue 28): scouts, banks, an application's letters, the e-government platform
    "ZHP": "zet-ha-pe", "PKO": "pe-ka-o", "BP": "be-pe", "BS": "be-es", "SOS": "es-o-es",
    "RPA": "er-pe-a", "SPF": "es-pe-ef", "ePUAP": "e-puap", "eZUS": "e-zus",
    # round nine (issue 28): the Large Family Card
    "KDR": "ka-de-er",
    # round eleven (issue 28): the tax office, the Solidarity Fund, the family ministry
    "US": "u-es", "FS": "ef-es", "MRPiPS": "em-er-pe-i-pe-es",
    # round twelve (issue 28): the register of buildings' heat sources a gmina's heating notices name
    "CEEB": "ce-e-e-be",
    # round thirteen (issue 28): the community culture centre, said as a word (as "GOKiS" is)
    "GOK": "gok",
    # round fourteen (issue 28): notices pasted from other institutions: the blood centre, the voivode's office,
    # the free civic advice point, a public-benefit organisation
    "RCKiK": "er-ce-ka-i-ka", "WUW": "wu-u-wu", "NPO": "en-pe-o", "OPP": "o-pe-pe",
    # a parish's patron, in the genitive its notices always give it ("kościół pw. NMP", "Wniebowzięcia NMP")
    "NMP": "Najświętszej Maryi Panny",
    # round nineteen (issue 28): bodies a notice sends people to: occupational therapy workshops, a health care
    # unit, building control, the farmers' agency, a university of the third age, a school group, the sanitary
    # station, the ombudsman, the labour inspectorate; a vaccine's virus and the tax, as Poles say them
    "WTZ": "wu-te-zet", "SPZOZ": "es-pe-zoz", "PINB": "pe-i-en-be", "ARiMR": "a-er-i-em-er", "UTW": "u-te-wu",
    "ZSP": "zet-es-pe", "PSSE": "pe-es-es-e", "RPO": "er-pe-o", "PIP": "pe-i-pe", "HPV": "ha-pe-fau", "VAT": "vat",
    # round twenty: the Great Orchestra of Christmas Charity, said as a word ("Finał WOŚP", "WOŚP-u" -> "wośpu"); "SP"
    # is left, and warned: writers say "Szkoła Podstawowa" or "es-pe"
    "WOŚP": "wośp",
    # round twenty-two (issue 28): household goods a collection refuses, spelled as everyone says them
    "RTV": "er-te-fau", "AGD": "a-gie-de",
    # session twenty-four: a bus ticket's company and ZUS's monthly report, as everyone says them
    "PKS": "pe-ka-es", "RMUA": "er-em-u-a",
    # session twenty-five: the weather institute, the government alert centre, the state fire service, the
    # municipal crisis team, the two power companies, the sun's index, as everyone says them
    "IMGW": "i-em-gie-wu", "RCB": "er-ce-be", "PSP": "pe-es-pe", "GZZK": "gie-zet-zet-ka", "PGE": "pe-gie-e",
    "ENEA": "enea", "UV": "u-fau",
    # session twenty-five: a health bus's heart test, the honorary blood donors' club, the virus, as Poles say them
    "EKG": "e-ka-gie", "HDK": "ha-de-ka", "COVID": "kowid",
    # the psychological and pedagogical counselling centre a school sends a child to
    "PPP": "pe-pe-pe",
})

# Written abbreviation -> spoken words. A capitalised abbreviation ("Ul.")
# gives a capitalised expansion. "godz.", "r." and "zł" depend on their
# neighbours and have their own rules.
ABBREVIATIONS: Mapping[str, str] = MappingProxyType({
    "tel. kom.": "telefon komórkowy",
    "tel. kontakt.": "telefon kontaktowy",  # round eleven (issue 28)
    "tel./fax": "telefon i faks",  # round nineteen (issue 28): one number for both, "i" (was "telefon lub faks")
    "tel./faks": "telefon i faks",
    "tel/fax": "telefon i faks",
    "nr tel.": "numer telefonu",
    "tel.": "telefon",
    "ul.": "ulica",
    "al.": "aleja",
    "os.": "osiedle",
    "pl.": "plac",
    "nr": "numer",
    "im.": "imienia",
    "św.": "świętego",
    "ok.": "około",
    "pok.": "pokój",
    "p.": "pokój",
    "wew.": "wewnętrzny",
    "wewn.": "wewnętrzny",
    "w.": "wewnętrzny",  # only before the number after a phone number: see abbreviations()
    "tzw.": "tak zwany",
    "ww.": "wyżej wymieniony",
    "w/w": "wyżej wymieniony",
    "dn.": "dnia",
    "art.": "artykuł",
    "ust.": "ustęp",
    "poz.": "pozycja",
    "dz. U.": "Dziennik Ustaw",  # also "Dz.U." (a capital first letter is always allowed)
    "dz. u.": "Dziennik Ustaw",
    "podst.": "podstawie",  # only after "na": see abbreviations()
    "ur.": "urodzony",
    "inż.": "inżynier",
    "mgr inż.": "magister inżynier",
    "mgr.": "magister",  # "u mgr. Nowaka": the period of the declined form
    "mgr": "magister",
    "dr hab.": "doktor habilitowany",
    "dr. hab.": "doktor habilitowany",
    "dr.": "doktor",  # "z dr. Nowakiem": the period of the declined form
    "dr": "doktor",
    "prof.": "profesor",
    "ks.": "ksiądz",
    "lek. med.": "lekarz medycyny",
    "lek.": "lekarz",
    "n.p.m.": "nad poziomem morza",
    "pkt": "punkt",
    "pkt.": "punkt",
    "ppkt": "podpunkt",  # round twenty-five: "pkt 1 ppkt 2" (was "ppkt dwie", warned)
    "ppkt.": "podpunkt",
    "§": "paragraf",
    "ub.r.": "ubiegłego roku",
    "ub.": "ubiegły",  # agreeing with the noun after it: "w ub. roku" -> "w ubiegłym roku"
    "m-c": "miesiąc",  # as written: "za m-c" (the accusative), the genitive is "m-ca"

    "m-ca": "miesiąca",
    "m-cu": "miesiącu",
    "m-ce": "miesiące",  # round eight: "za ost. 3 m-ce" (the plural after two to four)
    "m-cznie": "miesięcznie",
    "br.": "bieżącego roku",
    "b.r.": "bieżącego roku",
    "r.ż.": "roku życia",
    "min.": "minimum",
    "max.": "maksymalnie",  # only before a number: see abbreviations()
    "max": "maksymalnie",  # "max 60 os.": the same without its period, only before a number
    "maks.": "maksymalnie",  # round thirteen: the Polish spelling of "max.", only before a number
    "zaśw.": "zaświadczenie",
    "np.": "na przykład",
    "m.in.": "między innymi",
    "tj.": "to jest",
    "tzn.": "to znaczy",
    "ds.": "do spraw",
    "wg": "według",
    "itd.": "i tak dalej",
    "itp.": "i tym podobne",
    "pon.": "poniedziałek",
    "pn.": "poniedziałek",
    "wt.": "wtorek",
    "śr.": "środa",
    "czw.": "czwartek",
    "pt.": "piątek",
    "sob.": "sobota",
    "niedz.": "niedziela",
    "ndz.": "niedziela",
    # round five (issue 28): office abbreviations of a helper writer's notices
    "nt.": "na temat",
    "pw.": "pod wezwaniem",
    "wys.": "wysokość",  # declined: "w wys. 300 zł" -> "w wysokości"
    "temp.": "temperatura",  # declined: "przy temp." -> "przy temperaturze"
    "b.m.": "bieżącego miesiąca",
    "p.o.": "pełniący obowiązki",  # "pełniąca" before a woman's name: see abbreviations()
    "kom.": "komórka",  # only before a phone number: see abbreviations()
    "zm.": "zmianami",  # only in "ze zm.", "z późn. zm.": see abbreviations()
    "późn.": "późniejszymi",  # only before "zm.": see abbreviations()
    "dot.": "dotyczący",  # agreeing with the noun before it: "Dokumenty dot." -> "dotyczące"
    # round six (issue 28): a second helper writer's notices
    "ws.": "w sprawie",
    "t.j.": "tekst jednolity",  # "(t.j. Dz. U. …)"; "tj." is "to jest"
    "mec.": "mecenas",  # titles before a name, in its case: "z mec. Nowakiem" -> "z mecenasem"
    "adw.": "adwokat",
    "sierż.": "sierżant",
    "st. sierż.": "starszy sierżant",
    "asp.": "aspirant",
    "st. asp.": "starszy aspirant",
    "mł. asp.": "młodszy aspirant",
    "lok.": "lokal",  # declined: "w lok. 2" -> "w lokalu"
    "gm.": "gmina",  # declined: "mieszkańców gm. Zaniemyśl" -> "gminy"
    "pow.": "powierzchnia",  # only before an area: "o pow. 32 m²" -> "o powierzchni" (else "powiat"?): see abbreviations()
    "j.": "język",  # only before a language: "z j. angielskiego" -> "z języka angielskiego"
    "z-ca": "zastępca",
    "z-cy": "zastępcy",
    "z-cę": "zastępcę",
    "z-cą": "zastępcą",
    # round seven
    "ew.": "ewentualnie",
    "lit.": "litera",  # only before a single letter: "lit. a" (else left, and warned)
    "kan.": "kanonik",  # a priest's title: "ks. kan. Marek Nowak"
    "fax": "faks",  # the English spelling, said as the Polish word
    "gosp.": "gospodarstwo",  # declined: "w gosp. 1-osobowym" -> "w gospodarstwie"
    "dom.": "domowy",  # only after "gosp.", agreeing: "gosp. dom." -> "gospodarstwa domowego" (else left, and warned)
    "tyg.": "tydzień",  # declined: "2 razy w tyg." -> "w tygodniu"
    "rob.": "roboczy",  # only after "dni"/"dzień": "3 dni rob." -> "trzy dni robocze" (else left, and warned)
    "elektr.": "elektroniczny",  # agreeing with the noun before it: "bankowość elektr." -> "elektroniczna"
    "wlkp.": "wielkopolski",  # agreeing with the town before it: "w Środzie Wlkp." -> "Wielkopolskiej"
    "kw.": "kwartał",  # only after a Roman numeral: "I kw. 2027 r." -> "pierwszy kwartał" (else left, and warned)
    "s.A.": "es-a",  # a joint-stock company after its name: "Enea S.A." (its letters, as an acronym is said)
    # round eight
    "kl.": "klasa",  # only before a Roman numeral, declined: "dla kl. IV–VI" -> "dla klas" (else left, and warned)
    "społ.": "społeczny",  # agreeing with the noun before it: "ubezpieczeń społ." -> "społecznych"
    "szk.": "szkolny",  # agreeing with the noun before it: "na rok szk." -> "na rok szkolny"
    "woj.": "województwo",  # only between a preposition and its adjective: "w woj. wielkopolskim" (else left, and warned)
    "gł.": "główny",  # round thirty-five: only before a noun it agrees with ("od gł. wejścia"), see abbreviations()
    "codz.": "codziennie",  # round thirty-five: "czynna codz. 18.00–8.00"
    "bezpł.": "bezpłatny",  # in brackets, agreeing with the word before: "Mediacje rodzinne (bezpł.)" -> "bezpłatne" (else left)
    "st.": "starszy",  # only before a man's noun (a post), agreeing: "st. pracownik socjalny" (else left, and warned)
    "k.p.a.": "kodeksu postępowania administracyjnego",  # round eleven: the codes, declined as "u.p.s." is
    "k.c.": "kodeksu cywilnego",
    "kpa": "kodeksu postępowania administracyjnego",  # round twelve: "Kpa" undotted, only after a law reference
    "zał.": "załącznik",  # round twelve: declined ("w zał. nr 3" -> "w załączniku")
    "zad.": "zadanie",  # round fourteen: a programme's task, only before its number ("Moduł I, zad. 1"), declined
    "k.r.o.": "kodeksu rodzinnego i opiekuńczego",
    "u.p.s.": "ustawy o pomocy społecznej",  # the act, declined: "z u.p.s." -> "z ustawą"; after a reference its genitive
    "ost.": "ostatni",  # agreeing with the noun after it (a count of two to four between): "za ost. 3 m-ce" -> "ostatnie"
    "r. pr.": "radca prawny",  # a title before a name, in its case: "z r. pr. Janem Lisem" -> "z radcą prawnym"
    # a doctor's field after "dr": "dr n. med." -> "doktor nauk medycznych" (a genitive, never declined)
    "n. med.": "nauk medycznych",
    "n. hum.": "nauk humanistycznych",
    "n. społ.": "nauk społecznych",
    "n. ekon.": "nauk ekonomicznych",
    "n. praw.": "nauk prawnych",
    # round thirteen: a hurried clerk's shortened nouns, declined (see _office_noun), and adjectives that agree with
    # the noun before them
    "dod.": "dodatek",  # only before its adjective: "o dod. węglowy" -> "o dodatek węglowy" (else "dodatkowy"?, left)
    "zebr.": "zebranie",
    "spotk.": "spotkanie",
    "szkol.": "szkolenie",
    "posiedz.": "posiedzenie",
    "wn.": "wniosek",
    "rach.": "rachunek",
    "doch.": "dochód",  # only after a share or a preposition: "70% doch." -> "dochodu" (else "dochodowy"?, left)
    "spec.": "specjalista",
    "dow. os.": "dowód osobisty",
    "prac. socj.": "pracownik socjalny",  # "Zebr. prac. socj." -> "pracowników socjalnych"; "(prac. socj.)"
    "socj.": "socjalny",  # agreeing with the noun before it: "pomoc socj." -> "pomoc socjalna"
    "energ.": "energetyczny",
    "osł.": "osłonowy",
    "mies.": "miesięcznie",  # only as a label before a colon: "Dod. energ. mies.: 1 os. – 14,18 zł"
    # round sixteen: agreeing with a noun of housing before it ("dodatku mieszk." -> "dodatku mieszkaniowego"; else
    # "mieszkańców"?, left, and warned)
    "mieszk.": "mieszkaniowy",
    "konf.": "konferencyjny",  # only after a room's noun: "sala konf." -> "sala konferencyjna" (else left, and warned)
    # round seventeen: money and law notices
    "u.o.p.s.": "ustawy o pomocy społecznej",  # the act's other shortening, said as "u.p.s." is
    "o p.s.": "o pomocy społecznej",  # only after "ustawa": "art. 109 ustawy o p.s." (else left, and warned)
    "zob.": "zobacz",  # only before a reference: "zob. art. 8" (else left, and warned: "zob. niżej")
    "cz.": "część",  # only before its number: "cz. II pkt 21" -> "część druga", declined (else left, and warned)
    "tyt.": "tytuł",  # declined: "z tyt. urodzenia" -> "z tytułu"
})
# Nouns that take the case of the preposition before them ("przy ul." -> "przy ulicy"),
# and adjectives that agree with the word after them ("tzw. becikowe" -> "tak zwane").
_NOUN_LEMMAS = {
    "ul.": "ulica", "al.": "aleja", "os.": "osiedle", "pl.": "plac", "nr": "numer",
    "pok.": "pokój", "p.": "pokój", "art.": "artykuł", "ust.": "ustęp", "pkt": "punkt",
    "pkt.": "punkt", "§": "paragraf", "dn.": "dzień", "poz.": "pozycja", "zaśw.": "zaświadczenie",
    "wys.": "wysokość", "temp.": "temperatura", "lok.": "lokal", "gm.": "gmina", "pow.": "powierzchnia",
    "j.": "język", "tyg.": "tydzień", "gosp.": "gospodarstwo", "zał.": "załącznik",
    "zad.": "zadanie", "ppkt": "podpunkt", "ppkt.": "podpunkt",  # round twenty-five
}
# Titles before a name take the name's case ("z dr. Nowakiem" -> "z doktorem Nowakiem"); each
# word of a title with its part of speech (None: said as written, "lekarz medycyny").
_TITLE_WORDS = {
    "inż.": (("inżynier", "subst"),), "mgr": (("magister", "subst"),), "dr": (("doktor", "subst"),),
    "dr.": (("doktor", "subst"),), "prof.": (("profesor", "subst"),), "ks.": (("ksiądz", "subst"),),
    "lek.": (("lekarz", "subst"),), "mgr inż.": (("magister", "subst"), ("inżynier", "subst")),
    "dr hab.": (("doktor", "subst"), ("habilitować", "ppas")),
    "dr. hab.": (("doktor", "subst"), ("habilitować", "ppas")), "mgr.": (("magister", "subst"),), "lek. med.": (("lekarz", "subst"), ("medycyny", None)),
    "mec.": (("mecenas", "subst"),), "adw.": (("adwokat", "subst"),), "sierż.": (("sierżant", "subst"),),
    # "starszy", "młodszy": the comparatives of "stary", "młody" ("ze st. sierż. Nowakiem" -> "starszym")
    "st. sierż.": (("stary", "adj"), ("sierżant", "subst")), "asp.": (("aspirant", "subst"),),
    "st. asp.": (("stary", "adj"), ("aspirant", "subst")), "mł. asp.": (("młody", "adj"), ("aspirant", "subst")),
    "kan.": (("kanonik", "subst"),),
    "r. pr.": (("radca", "subst"), ("prawny", "adj")),
}
_NOUN_LEMMAS.update({key: words[0][0] for key, words in _TITLE_WORDS.items()})
# Further titles between a title and the name: "prof. dr hab. Jan Nowak".
_MORE_TITLES = re.compile(r"(?:\s*(?:mgr|dr|hab|inż|prof|lek|med|kan|n|hum|społ|ekon|praw)\.?(?!\w))*\s*(\w+)")
_AGREEING = {"tzw.": ("tak", "zwan"), "ww.": ("wyżej", "wymienion"), "w/w": ("wyżej", "wymienion"), "ub.": ("", "ubiegł")}
# "ub." is "ubiegły" only before a span of time ("w ub. roku", "z ub. miesiąca").
_TIME_NOUN_AFTER = re.compile(r"\s*(?:rok|roku|rokiem|miesiąc|miesiąca|miesiącu|m-ca|m-cu|tydzień|tygodnia|tygodniu"
                              r"|kwartał|kwartału|kwartale|półrocz[aeu]|lat|latach|sezon|sezonu|sezonie)(?!\w)")
# Abbreviations whose period can also be the full stop of a sentence.
_SENTENCE_FINAL = frozenset({"dod.", "zebr.", "spotk.", "szkol.", "posiedz.", "wn.", "rach.", "doch.", "dow. os.",
                             "prac. socj.", "socj.", "energ.", "osł.", "s.A.", "zał.", "tyg.", "wlkp.", "elektr.", "dom.", "społ.", "szk.", "u.p.s.", "k.p.a.", "k.c.", "k.r.o.", "bezpł.", "codz.", "itd.", "itp.", "r.", "zł.", "br.", "b.r.", "ub.r.", "n.p.m.", "b.m.", "zm.",
                             "pon.", "pn.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.", "ndz.", "mieszk.", "konf."})
# Round seventeen: the act's other shortening may end a sentence as "u.p.s." does.
_SENTENCE_FINAL = _SENTENCE_FINAL | {"u.o.p.s.", "o p.s."}
# Round seventeen: shortened nouns declined in the case of the preposition before them.
_NOUN_LEMMAS.update({"cz.": "część", "tyt.": "tytuł"})
# Round twenty: "rozdz." is "rozdział" before its number or Roman numeral, declined as "cz." is ("zgodnie z rozdz. IV"
# -> "z rozdziałem czwartym"; was left, and warned); with no number after it left, and warned.
ABBREVIATIONS = MappingProxyType({**ABBREVIATIONS, "rozdz.": "rozdział"})
_NOUN_LEMMAS.update({"rozdz.": "rozdział"})
# Round twenty-one: a clerk's further shortenings, each with one sure reading: "pracow. socj." as "prac. socj." is
# (declined by _social_worker), "b.d." ("brak danych"), "j.w."/"jw." ("jak wyżej"), "bm." as "b.m.", "z up." (a
# signature's "z upoważnienia"); "kier." and "dyr." are the posts only before an office's acronym or the capitalised
# noun of an institution (see _POST_OF), declined as the office nouns are, else left, and warned ("w kier. Poznania").
ABBREVIATIONS = MappingProxyType({**ABBREVIATIONS, "pracow. socj.": "pracownik socjalny", "b.d.": "brak danych",
                                  "j.w.": "jak wyżej", "jw.": "jak wyżej", "bm.": "bieżącego miesiąca",
                                  "z up.": "z upoważnienia", "kier.": "kierownik", "dyr.": "dyrektor",
                                  "zam.": "zamieszkały"})  # "zam.": see _dweller
_SENTENCE_FINAL = _SENTENCE_FINAL | {"pracow. socj.", "b.d.", "j.w.", "jw.", "bm."}
_REFERENCE_AFTER = re.compile(r"[ \t]*(?:art\.|§|ust\.|pkt|par\.|rozdz\.|zał\.|str\.|s\.)", re.I)  # "zob. art. 8"
_ACT_BEFORE = re.compile(r"(?<!\w)ustaw\w*\s+$", re.I)  # "ustawy o p.s.": the act named just before

# "godz." agrees with the word before it: "o godzinie", "od godziny" ...
_HOUR_NOUN_AFTER = {
    "o": "godzinie", "po": "godzinie",
    "każdą": "godzinę",  # session twenty-five: "1,30 zł za każdą godz." (was "każdą godzina", unwarned)
    "od": "godziny", "do": "godziny", "około": "godziny", "ok": "godziny",
    "w": "godzinach",
    "przed": "godziną", "między": "godzinami", "pomiędzy": "godzinami",
}

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"


def _words(words) -> str:
    """A regex alternation of words, each also with a capital first letter.

    Not re.IGNORECASE: that also matches look-alikes such as "ſ" for "s".
    """
    return "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in words)


# --- helpers -----------------------------------------------------------------

@lru_cache(maxsize=4096)
def _cardinal(digits: str) -> str:
    """A digit string as spoken: leading zeros as "zero", the rest as a cardinal."""
    digits = digits.replace(" ", "")
    rest = digits.lstrip("0")
    words = ["zero"] * (len(digits) - len(rest))
    if len(rest) > 15:  # beyond sensible cardinals (and num2words' tables)
        words += [num2words(int(d), lang="pl") for d in rest]
    elif rest:
        words.append(num2words(int(rest), lang="pl"))
    return " ".join(words)


def _ordinal_genitive(n: int) -> str:
    """Masculine genitive ordinal of 1..9999, as in years: "dwa tysiące dwudziestego szóstego"."""
    rest = n % 100
    if rest:
        prefix = _cardinal(str(n - rest)) if n >= 100 else ""
        last = DAY_GENITIVE[rest] if rest < 20 else " ".join(
            filter(None, (TENS_GENITIVE[rest // 10], DAY_GENITIVE[rest % 10])))
    elif n % 1000:
        prefix = _cardinal(str(n // 1000 * 1000)) if n >= 1000 else ""
        last = HUNDREDS_GENITIVE[n // 100 % 10]
    else:
        prefix, last = "", THOUSANDS_GENITIVE[n // 1000]
    return " ".join(filter(None, (prefix, last)))


def _locative(genitive: str) -> str:
    """Masculine ordinal genitive to locative: dwudziestego szóstego -> dwudziestym szóstym."""
    def word(w: str) -> str:
        if not w.endswith("ego"):
            return w
        stem = w[:-3]
        return stem + ("m" if stem.endswith("i") else "ym")
    return " ".join(word(w) for w in genitive.split())


def _hour(h: int, case: str) -> str:
    """Clock hour as a feminine ordinal in nominative, genitive or instrumental."""
    if case == "gen":
        return HOUR_GENITIVE[h]
    nominative = HOUR_NOMINATIVE[h]
    if case == "ins":  # every feminine ordinal ends in -a: ósma -> ósmą
        return " ".join(w[:-1] + "ą" for w in nominative.split())
    return nominative


# A year or month abbreviation after "i", "oraz", "lub", "albo" and another one after a preposition: "za ub.r. i br."
# shares "za" ("za ubiegły rok i bieżący rok"; was "i bieżącego roku", unwarned).
_PERIOD_PAIRED = re.compile(r"(?<!\w)(?P<prep>w|za|na)\s+(?:ub\.r\.|br\.|b\.r\.|b\.m\.|bm\.)\s+(?:i|oraz|lub|albo)\s+$", re.I)


def _period_preposition(m: re.Match) -> str:
    """The preposition a year or month abbreviation takes its case from: the word before it, or the one before the
    abbreviation it is paired with by a conjunction."""
    if paired := _PERIOD_PAIRED.search(m.string, max(0, m.start() - 30), m.start()):
        return paired["prep"].lower()
    return _prev_word(m.string, m.start())


def _prev_word(text: str, pos: int) -> str:
    """The word just before pos (an abbreviation's period allowed), lower-cased."""
    m = re.search(r"(\w+)\.?\s*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _like(word: str, model: str) -> str:
    """word capitalised if model is."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _until_stable(step, text: str) -> str:
    """Apply step until the text stops changing."""
    previous = None
    while text != previous:
        previous, text = text, step(text)
    return text


def _verb_after(text: str, pos: int) -> bool:
    """The word after pos is a verb in a person's form ("przyjmuje", "zaprasza", "był")."""
    word = re.compile(r"\s+([a-ząćęłńóśźż]+)").match(text, pos)
    return bool(word) and any(r.pos in {"fin", "praet", "bedzie"} for r in readings(word[1]))


def _full_stop(m: re.Match) -> str:
    """A period if the one that ends match m also ends a sentence: another follows, or the
    text ends there and is a sentence (it starts with a capital; "24.12.2026 r." is a label).
    A shortened office noun that opens its sentence is no sentence of its own: "Zebr. GKRPA w śr." is "Zebranie
    gie-ka-er-pe-a w środę", not "Zebranie. gie-ka-er-pe-a" (session 14's review), nor does one before an acronym
    ("jutro zebr. GKRPA": whose meeting); a weekday heading keeps its period
    ("Pon. Nieczynne.")."""
    before = m.string[:m.start()].rstrip()
    acronym_after = re.compile(rf"\s+[{_UPPER}]{{2,}}(?![\w-])").match(m.string, m.end())  # "zebr. GKRPA": whose meeting
    if m[0].strip().lower() in _OFFICE_NOUNS and (not before or before[-1] in ".!?" or acronym_after):
        return ""
    worker = re.sub(r"\s+", " ", m[0].strip().lower()) in {"prac. socj.", "pracow. socj."}
    if worker and (name := re.compile(rf"\s+([{_UPPER}][a-ząćęłńóśźż]+)(?=\s+[{_UPPER}][a-ząćęłńóśźż])").match(
            m.string, m.end())) and any(r.name for r in noun_readings(name[1])):
        return ""  # round twenty-one: "Dyżur pełni pracow. socj. Anna Lis": a name after it, no sentence's end
    if acronym_after and m[0][:1].islower() and before and before[-1] not in ".!?:;" and not _verb_after(
            m.string, acronym_after.end()):
        return ""  # session twenty-one: "W sob. i ndz. OPS zamknięty": an acronym is in capitals anywhere, no new
        # sentence; unless a verb follows it ("Czynne w pon. GKRPA przyjmuje w śr.": its subject opens one)
    if re.compile(rf"\s+[{_UPPER}]").match(m.string, m.end()):
        return "."
    return "." if re.compile(r"\s*$").match(m.string, m.end()) and re.match(rf"\s*[{_UPPER}]", m.string) else ""


# --- rules: layout -----------------------------------------------------------

def line_breaks(text: str) -> str:
    """Join lines into one; a line with no closing punctuation gets a period (a pause)."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return text
    def ended(line: str, following: str) -> str:
        if line[-1] in ".,:;!?…":
            return line
        # A sentence broken across lines ("czynny jest w\ngodzinach"): no pause, no stray period
        # (which made "w." look like an abbreviation). List items ("- wniosek") keep theirs.
        last = re.search(r"(\w+)$", line)
        if last and (last[1] in GOVERNS or last[1] in _JOINING) and following[:1].isalnum():
            return line  # "wydaje GOPS i\nMOPS": a line cannot end on "i"
        if following[:1].islower() and last and len(last[1]) <= 2 and last[1].islower():
            return line
        return line + "."
    return " ".join([ended(line, nxt) for line, nxt in zip(lines, lines[1:])] + lines[-1:])


# Words that cannot end a sentence: a line ending in one goes on in the next.
_JOINING = frozenset("i oraz lub albo a ale lecz że czy który która które których jak gdy jeśli jeżeli aby "
                     "żeby niż jest są będzie będą można należy prosimy proszę".split())


_QUOTES = re.compile("[\"„”“‟«»‹›•●▪►]")
_BULLET = re.compile(r"(?P<before>^|[.:;,!?]\s*|\s)[•●▪►](?:\s+|$)|(?<=^)\*\s+|(?<=[.:;!?])\s+\*\s+")
_FOOTNOTE = re.compile(r"(?<=[\w.)])\*+(?!\w)|(?<![\w*])\*+(?=[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż])")


_QUOTED_PATH = re.compile(r"[„\"“«][^\s„”\"“«»/]{2,30}(?:/[^\s„”\"“«»/]{2,30})+[”\"“»]")


# Round twenty: "pt." before the title of a talk, a show or a book in quotation marks, or after such a noun before a
# capitalised word, is "pod tytułem" ("Wykład dr. Pawła Nowaka pt. „Od Mieszka I …”" -> "pod tytułem"; was "piątek."
# with a sentence's pause, unwarned); the weekday elsewhere as before ("w pt. 15.01", "spotkanie pt. 10:00").
_TITLED = re.compile(r"(?<![\w.])(?P<pt>[pP]t\.)(?=\s*[„\"“«])")
_WORK_LEMMAS = frozenset("wykład prelekcja spektakl przedstawienie film książka konkurs wystawa koncert warsztat "
                         "szkolenie program projekt kampania akcja publikacja broszura poradnik audycja prezentacja "
                         "seminarium konferencja festyn piknik turniej".split())


def titled_works(text: str) -> str:
    """"wykład pt. „Od Mieszka I”" -> "wykład pod tytułem „Od Mieszka I”" (round twenty; run by quotes() first)."""
    if "pt." not in text and "Pt." not in text:
        return text
    return _TITLED.sub(lambda m: "Pod tytułem" if m["pt"][0] == "P" else "pod tytułem", text)


def _after_work(m: re.Match) -> bool:
    """"pt." right after a noun of a work or an event and before a capitalised word: "spektakl pt. Zemsta"."""
    before = re.search(r"(\w+)\s+$", m.string[max(0, m.start() - 30):m.start()])
    return bool(before) and m.string[m.start():m.start() + 2] == "pt" and bool(re.match(
        rf"\s+[{_UPPER}][a-ząćęłńóśźż]", m.string[m.end():m.end() + 3])) and any(
        r.lemma.split(":")[0] in _WORK_LEMMAS for r in noun_readings(before[1].lower()))


def quotes(text: str) -> str:
    """Drop quotation marks („” " « ») and footnote stars ("dokumenty*"); a list bullet (•, "* ")
    is a pause between items: "• wniosek • zaświadczenie" -> "wniosek, zaświadczenie"."""
    def bullet(m: re.Match) -> str:
        before = m["before"]
        if before is None:  # "* item" at the start or after a sentence
            return " " if m.start() else ""
        if not before or before.strip():  # at the start, or after punctuation: the pause is there
            return before.rstrip() + (" " if before.strip() else "")
        return ", "
    text = titled_works(text)  # round twenty: "pt. „…”" while its quotation marks are there
    if "/" in text:  # "w zakładce „OPS/Druki”": a slash in a quoted name is a path's, not a choice
        text = _QUOTED_PATH.sub(lambda m: re.sub(r"\s*/\s*", " ukośnik ", m[0]), text)
    return _QUOTES.sub("", _FOOTNOTE.sub("", _BULLET.sub(bullet, text)))


def _comma_after_mark(m: re.Match) -> str:
    """Drop a comma after a full stop, but not after an abbreviation: "wt., czw."."""
    word = re.search(r"[\w.]*$", m.string[max(0, m.start() - 12):m.start()]).group(0).lower()
    if m.string[m.start() - 1] == "." and re.match(r"\s*[0-9]", m.string[m.end():m.end() + 3]) and \
            _BARE_ORDINAL_END.search(m.string, max(0, m.start() - 12), m.start()) and \
            _ANY_EARLIER_ORDINAL.search(m.string, max(0, m.start() - 120), m.start() - len(word)):
        # round fourteen: "… na 3., 225 zł na 4.": an ordinal whose noun is left out before the next amount of a list
        # (ordinal_numbers says it); before a word, as before
        return ","
    return "," if m.string[m.start() - 1] == "." and (word in ABBREVIATIONS or word in _SENTENCE_FINAL
                                                          # session twenty-two: glued to its number ("2027r., decyzja")
                                                          or (bare := word.lstrip("0123456789.")) in ABBREVIATIONS
                                                          or bare in _SENTENCE_FINAL
                                                          or word[:-1] in _MONTH_OF_ABBREVIATION
                                                          or word in _PER  # "50 gr/str., wydruk"
                                                          # round sixteen: "dzieci 7-12 l., zapisy" ("lat" or litres)
                                                          or word == "l." and m.string[max(0, m.start() - 4):m.start() - 2].rstrip()[-1:].isdigit()
                                                          # a name's initial ("Jan K., lat 70"), said since round
                                                          # twenty-five: its comma is a pause
                                                          or _LONE_INITIAL.fullmatch(m.string, max(0, m.start() - 3),
                                                                                     m.start())) else ""


_LONE_INITIAL = re.compile(r"(?:^|(?<=\s))[A-ZĄĆĘŁŃÓŚŹŻ]\.|[ (][A-ZĄĆĘŁŃÓŚŹŻ]\.")


_TIDY = (
    (re.compile(r"\s{2,}|[^\S ]"), " "),  # every run of whitespace one space; lone spaces left as they are
    (re.compile(r" (?=[,.;:!?…])"), ""),
    (re.compile(r"(?<!,),++(?=[.;:!?…])"), ""),  # possessive: a long run of commas stays linear
    (re.compile(r"(?<=[.;:!?…]),++"), _comma_after_mark),
    (re.compile(r",{2,}"), ","),
    (re.compile(r"^[\s,]+|[\s,]+$"), ""),
)


def _substitute(text: str, table) -> str:
    """Apply (pattern, replacement) pairs in order."""
    for pattern, replacement in table:
        text = pattern.sub(replacement, text)
    return text


# Anything _TIDY would change; most texts have none, and one scan is cheaper than six.
_UNTIDY = re.compile(r"\s\s|[^\S ]| [,.;:!?…]|,[,.;:!?…]|[.;:!?…],|^[\s,]|[\s,]$")


_DOTTED_THOUSANDS = re.compile(
    r"(?<![\w.,:/-])[0-9]{1,3}(?:\.[0-9]{3})+(?![\w-]|[.:][0-9]|,[0-9]{3})")  # "1.250,50 zł" too


# "pow." before an amount that is no area ("do 10 km, pow. 10 km – 2,20 zł/km", "pow. 70 lat") is "powyżej", which
# governs the genitive; before an area ("pow. 32 m²", "o pow. 50 ha") it stays "powierzchnia" (round thirteen).
_ABOVE = re.compile(r"(?<![\w.])(?P<p>[pP])ow\.(?=\s*[0-9][0-9 ]*(?:,[0-9]+)?\s*(?!m²|m2|m\s?kw|ha|ar|a\b)[a-ząćęłńóśźż%])")


def above(text: str) -> str:
    """"pow. 10 km" -> "powyżej 10 km"; "o pow. 32 m²" is an area, as before."""
    if "ow." not in text:
        return text
    return _ABOVE.sub(lambda m: _like("powyżej", m["p"]) if not re.search(
        r"(?<!\w)[oO]\s+$", m.string[max(0, m.start() - 3):m.start()]) else m[0], text)


# A quantity per household or person after a slash ("Węgiel – 2 t/gosp. dom.", "5 kg/os."): "na" with the holder
# in the accusative ("dwie tony na gospodarstwo domowe"; was "lub gospodarstwo", unwarned) (round thirteen).
# A price ("zł/os.") is per_unit's "za osobę".
_PER_HOLDER = re.compile(r"(?<=[0-9])(?P<unit>\s?(?:t|kg|szt\.|l|m3|m³|mp))\s?/\s?(?P<holder>gosp\.|os\.|rodz\.)(?=\s|[,;.)]|$)")
_HOLDER = {"gosp.": "gospodarstwo", "os.": "osobę", "rodz.": "rodzinę"}


def per_holder(text: str) -> str:
    """"2 t/gosp." -> "2 t na gospodarstwo", "5 kg/os." -> "5 kg na osobę"."""
    if "/" not in text:
        return text
    return _PER_HOLDER.sub(lambda m: f"{m['unit']} na {_HOLDER[m['holder']]}{_full_stop(m)}", text)


def thousands(text: str) -> str:
    """A period between groups of three digits separates thousands: 1.200 zł -> 1 200 zł."""
    return _DOTTED_THOUSANDS.sub(lambda m: m[0].replace(".", " "), text)


_AMOUNT = r"[0-9]{1,3}(?: [0-9]{3})+(?![0-9])(?:,[0-9]{2})?|[0-9]+(?:,[0-9]{2})?"
_CODE_AFTER = re.compile(rf"(?<![\w.,])(?P<n>{_AMOUNT})\s?(?:PLN|zl)(?!\w)")
_CODE_BEFORE = re.compile(rf"(?<!\w)PLN\s?(?P<n>{_AMOUNT})(?![\w,]|\.[0-9])")


# "20-1000 zł": a range of whole amounts, from one to the other (each in the genitive, as "od" and "do" want).
_AMOUNT_RANGE = re.compile(
    r"(?<![\w.,:/–—-])(?P<a>[0-9]{1,3}(?: [0-9]{3})+|[0-9]{1,7})\s?[-–—]\s?(?P<b>[0-9]{1,3}(?: [0-9]{3})+|[0-9]{1,7})"
    r"(?=\s?zł(?!\w))")


def amount_ranges(text: str) -> str:
    """20-1000 zł -> od 20 do 1000 zł (the currency rule says each amount after its preposition)."""
    def say(m: re.Match) -> str:
        a, b = (int(x.replace(" ", "")) for x in (m["a"], m["b"]))
        if a >= b:
            return m[0]
        od = "" if _prev_word(m.string, m.start()) == "od" else "od "
        return f"{od}{m['a']} do {m['b']}"
    return _AMOUNT_RANGE.sub(say, text) if "zł" in text else text


# Session twenty-four: whole złoty written with ",-" ("w kwocie 600,- zł"; was "sześćset,- zł", warned)
_WHOLE_DASH = re.compile(r"(?<=[0-9]),-(?=\s?(?:zł|PLN|zl)(?!\w))")


def currency_codes(text: str) -> str:
    """100 PLN, PLN 100 and 100 zl (no Polish letter) -> 100 zł, which the currency rule says; "600,- zł" -> "600 zł"."""
    if ",-" in text:
        text = _WHOLE_DASH.sub("", text)
    return _CODE_BEFORE.sub(r"\g<n> zł", _CODE_AFTER.sub(r"\g<n> zł", text))


_SUPERSCRIPT_MINUTES = re.compile(r"(?<![\w.,:])(?P<h>[0-9]{1,2})(?P<min>[⁰¹²³⁴⁵][⁰¹²³⁴⁵⁶⁷⁸⁹])(?![\w⁰¹²³⁴⁵⁶⁷⁸⁹])")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def superscript_minutes(text: str) -> str:
    """Minutes written small above the hour, as on office doors: 7³⁰ -> 7:30 (the hours rule says it)."""
    return _SUPERSCRIPT_MINUTES.sub(lambda m: f"{m['h']}:{m['min'].translate(_SUPERSCRIPT)}"
                                    if int(m["h"]) <= 24 else m[0], text)


# The first part of a compound adjective for a number: "3-osobowy" -> "trzyosobowy".
_COMBINING = {1: "jedno", 2: "dwu", 3: "trzy", 4: "cztero", 5: "pięcio", 6: "sześcio", 7: "siedmio", 8: "ośmio",
              9: "dziewięcio", 10: "dziesięcio", 11: "jedenasto", 12: "dwunasto", 13: "trzynasto",
              14: "czternasto", 15: "piętnasto", 16: "szesnasto", 17: "siedemnasto", 18: "osiemnasto",
              19: "dziewiętnasto", 20: "dwudziesto", 30: "trzydziesto", 40: "czterdziesto",
              50: "pięćdziesięcio", 60: "sześćdziesięcio", 100: "stu",
              # round twenty-five: the tens of old age ("80-latków", "70-letni"; were "osiemdziesiąt-latków", warned)
              70: "siedemdziesięcio", 80: "osiemdziesięcio", 90: "dziewięćdziesięcio"}


def _combining(n: int) -> str | None:
    """A number's combining form: 6 -> "sześcio"; round fourteen: tens and units joined, 21 -> "dwudziestojedno"
    ("21-dniową" -> "dwudziestojednodniową"), the compound still said only when the dictionary knows it."""
    if n in _COMBINING:
        return _COMBINING[n]
    tens, units = divmod(n, 10)
    if 2 <= tens <= 9 and units:
        return _COMBINING[tens * 10] + _COMBINING[units]
    return None
_COMPOUND = re.compile(r"(?<![\w.,:/-])(?P<n>[0-9]{1,3})\s?-\s?(?P<rest>[a-ząćęłńóśźż]{4,})(?![\w-])")


_SEASON = re.compile(r"(?<![\w./-])(?P<a>(?:19|20)[0-9]{2})\s*/\s*(?P<b>(?:19|20)[0-9]{2}|[0-9]{2})(?![\w/]|[.,][0-9])")
_YEAR_SPAN = re.compile(r"(?<![\w./-])(?P<a>(?:19|20)[0-9]{2})-(?P<b>(?:19|20)[0-9]{2})(?![\w/-]|[.,][0-9])")
_AT_IN_WORD = re.compile(r"(?<=[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ])@(?=[a-ząćęłńóśźż]+(?![\w@-]|\.\w))")


# Halves and quarters before what they divide: "1/2 kosztów", "¾ kosztu" (other fractions are warned).
_FRACTION = re.compile(r"(?<![\w.,/])(?:(?P<a>[13])\s*/\s*(?P<b>[24])|(?P<sign>[½¼¾]))(?=\s+[a-ząćęłńóśźż]{3,})")
_FRACTION_SIGNS = {"½": ("1", "2"), "¼": ("1", "4"), "¾": ("3", "4")}


# Units of measure and time: half of one is "pół" ("pół etatu", "pół litra"); of anything else
# "połowa" ("połowa kosztów", "połowa ceny").
_HALF_UNITS = frozenset("etat godzina doba dzień tydzień miesiąc rok kwartał litr kilogram dekagram gram metr "
                        "kilometr centymetr tona hektar porcja szklanka łyżka".split())


# A share before its noun and a verb of paying for it ("1/2 ceny pokrywa GKRPA", "1/2 kosztów refunduje NFZ"): the
# verb's object, "połowę" (round fourteen; was "połowa", unwarned); "1/2 ceny wynosi …" stays the subject.
_PAID_SHARE = re.compile(r"\s+[a-ząćęłńóśźż]+\s+(?P<verb>[a-ząćęłńóśźż]+)(?!\w)")
_PAYING_VERBS = frozenset("pokrywać pokryć finansować sfinansować refundować zrefundować opłacać opłacić zwracać zwrócić "
                          "dofinansowywać dofinansować ponosić ponieść dopłacać dopłacić".split())
_QUARTERS = {
    "1": {"gen": "jednej czwartej", "dat": "jednej czwartej", "loc": "jednej czwartej", "inst": "jedną czwartą",
          "nom": "jedna czwarta"},
    "3": {"gen": "trzech czwartych", "dat": "trzem czwartym", "loc": "trzech czwartych", "inst": "trzema czwartymi",
          "nom": "trzy czwarte"},
}


def _share_of_noun(m: re.Match, prev: re.Match | None, after: re.Match | None) -> bool:
    """Round seventeen: a half right after a noun (nothing between, not a name) and before the genitive it divides is
    that noun's genitive: "Refundacja 1/2 kwoty" -> "Refundacja połowy kwoty", "zwrot 1/2 kosztów"."""
    if not prev or not after or m.string[prev.end():m.start()].strip():
        return False
    return _noun_before(prev[1]) and any("gen" in r.cases for r in noun_readings(after[1]))


def fractions(text: str) -> str:
    """1/2 kosztów -> połowę kosztów (the case of the verb or preposition before), ¼ -> ćwierć,
    ¾ and 3/4 -> trzy czwarte."""
    def say(m: re.Match) -> str:
        a, b = _FRACTION_SIGNS[m["sign"]] if m["sign"] else (m["a"], m["b"])
        if (a, b) == ("3", "2"):
            return m[0]
        after = re.match(r"\s+(\w+)", m.string[m.end():m.end() + 30])
        if (a, b) in {("3", "4"), ("1", "4")}:
            # round fourteen: quarters in the case of a preposition that governs one case ("do 3/4 kosztów" -> "do trzech
            # czwartych", was "do trzy czwarte"); a quarter that divides nothing after it is "jedna czwarta" ("z czego
            # 1/4 dla osób …", was "ćwierć"); before what it divides, "ćwierć" and "trzy czwarte" as before
            governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
            case = governed[0] if len(governed) == 1 and governed[0] != "acc" else None
            if case:
                return _QUARTERS[a][case]
            prev = re.search(r"(\w+)\s*$", m.string[max(0, m.start() - 30):m.start()])
            if _share_of_noun(m, prev, after):
                return _QUARTERS[a]["gen"]  # round twenty-three: "w wymiarze 3/4 etatu" -> "trzech czwartych etatu"
            if a == "1" and not (after and any("gen" in r.cases for r in noun_readings(after[1]))):
                return "jedna czwarta"
            return "trzy czwarte" if a == "3" else "ćwierć"
        if (a, b) == ("1", "2") and after and any(
                r.lemma in _HALF_UNITS and r.number == "sg" and "gen" in r.cases for r in noun_readings(after[1])):
            return "pół"  # "½ etatu", "1/2 godziny": half a unit of measure or time is "pół" in any case
        governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
        prev = re.search(r"(\w+)\s*$", m.string[max(0, m.start() - 30):m.start()])
        verb = bool(prev) and any(r.pos in {"fin", "inf", "praet"} for r in readings(prev[1].lower()))
        if not governed and not verb and (payer := _PAID_SHARE.match(m.string, m.end())) and any(
                r.pos == "fin" and r.lemma.split(":")[0] in _PAYING_VERBS for r in readings(payer["verb"].lower())):
            verb = True  # round fourteen: "1/2 ceny pokrywa GKRPA": the share a payer covers, its verb's object
        case = governed[0] if governed else ("acc" if verb else "nom")
        if case == "nom" and _share_of_noun(m, prev, after):
            case = "gen"  # round seventeen: "Refundacja 1/2 kwoty" -> "połowy kwoty" (was "połowa", unwarned)
        return _inflect("połowa", "subst", "sg", case, "f") or m[0]
    if "/100" in text:  # "(słownie: … złotych 63/100)": the grosze of an amount in words, in hundredths
        text = _HUNDREDTHS.sub(lambda m: _hundredths(int(m["n"])), text)
    if " i " in text or " lub " in text or " oraz " in text or " albo " in text:
        text = _JOINED_FRACTIONS.sub(_joined_fractions, text)  # round twenty-three
    return _FRACTION.sub(say, text)


# Round twenty-three: two halves or quarters joined before the one noun they divide ("w wymiarze 1/2 i 3/4 etatu" ->
# "pół i trzech czwartych etatu"; was "jeden łamane przez dwa i trzy czwarte", unwarned) share one case: a preposition's
# (the accusative where it takes one: "na 1/2 lub 3/4 etatu"), the genitive right after a noun (round seventeen's
# "Refundacja 1/2 kwoty"), the accusative after a verb,
# else the nominative.
_JOINED_FRACTIONS = re.compile(
    r"(?<![\w.,/])(?P<a1>[13])\s*/\s*(?P<b1>[24])\s+(?P<conj>i|oraz|lub|albo)\s+(?P<a2>[13])\s*/\s*(?P<b2>[24])"
    r"(?=\s+(?P<noun>[a-ząćęłńóśźż]{3,}))")
_QUARTER_ACCUSATIVE = {"1": "jedną czwartą", "3": "trzy czwarte"}


def _joined_fractions(m: re.Match) -> str:
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    prev = re.search(r"(\w+)\s*$", m.string[max(0, m.start() - 30):m.start()])
    nouns = noun_readings(m["noun"])
    if governed:
        case = "acc" if "acc" in governed else governed[0]  # "na 1/2 lub 3/4 etatu": what for, the accusative
    elif prev and not m.string[prev.end() + max(0, m.start() - 30):m.start()].strip() and _noun_before(prev[1]) and any(
            "gen" in r.cases for r in nouns):
        case = "gen"
    elif prev and any(r.pos in {"fin", "inf", "praet"} for r in readings(prev[1].lower())):
        case = "acc"
    else:
        case = "nom"
    said = []
    for a, b in ((m["a1"], m["b1"]), (m["a2"], m["b2"])):
        if b == "4":
            said.append(_QUARTER_ACCUSATIVE[a] if case == "acc" else _QUARTERS[a][case])
        elif a == "1" and any(r.lemma in _HALF_UNITS and r.number == "sg" and "gen" in r.cases for r in nouns):
            said.append("pół")
        elif a == "1":
            said.append(_inflect("połowa", "subst", "sg", case, "f") or "połowa")
        else:
            return m[0]
    return f"{said[0]} {m['conj']} {said[1]}"


# Round thirteen: hundredths after the złoty of an amount written in words ("dwieście osiemdziesiąt siedem złotych
# 63/100" -> "sześćdziesiąt trzy setne"); a bare "63/100" elsewhere is left as before.
_HUNDREDTHS = re.compile(r"(?:(?<=\bzłotych )|(?<=\bzłote )|(?<=\bzłoty ))(?P<n>[0-9]{1,2})/100(?![0-9/])")


def _hundredths(n: int) -> str:
    """n hundredths (a feminine noun, "setna"): "jedna setna", "dwie setne", "pięć setnych", "zero setnych"."""
    words = _cardinal(str(n)).split() if n else ["zero"]
    if n % 10 == 2 and n % 100 != 12:
        words[-1] = "dwie"
    if n == 1:
        return "jedna setna"
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    return " ".join(words) + (" setne" if few else " setnych")


def seasons(text: str) -> str:
    """A period of two years in a row, "2027/2028" or "2027/28" -> "2027 na 2028" (a benefit or school
    year); "Emp@tia" (the portal's name) -> "Empatia": an "@" inside a word is an "a"."""
    def say(m: re.Match) -> str:
        a = int(m["a"])
        b = int(m["b"]) if len(m["b"]) == 4 else a // 100 * 100 + int(m["b"])
        return f"{a} na {b}" if b == a + 1 else m[0]
    def span(m: re.Match) -> str:  # "FEPŻ 2021-2027": a programme's years, with a pause between
        prev = _prev_word(m.string, m.start())
        if int(m["a"]) >= int(m["b"]) or prev in GOVERNS or prev.startswith("lat") and prev != "lata":
            return m[0]  # "w latach 1990-2000", "od 2021-2027": the ranges rule says "od … do"
        # round seventeen: "na lata 2024-2028" (no ranges rule reads it: the hyphen was left, and warned) is a
        # programme's years too
        return f"{m['a']}, {m['b']}"  # a comma's pause; a spaced dash would be read as a range "od … do"
    return _AT_IN_WORD.sub("a", _YEAR_SPAN.sub(span, _SEASON.sub(say, text)))


# A range of such compounds: "dzieci 7–12-letnich" -> "siedmio- do dwunastoletnich".
# Session twenty-three: the second part may follow after a space alone ("dla gosp. 2-3 osobowego" -> "dwu- do
# trzyosobowego"; was "od dwóch do trzech osobowych", unwarned), when the dictionary knows the compound ("5-10 osób",
# "2-3 razy" make none and are left to the counts).
_COMPOUND_RANGE = re.compile(
    r"(?<![\w.,:/-])(?P<a>[0-9]{1,3})\s?[-–—]\s?(?P<n>[0-9]{1,3})(?:\s?-\s?|[ \t])(?P<rest>[a-ząćęłńóśźż]{4,})(?![\w-])")


# Hours as clerks also type them: "o godz. 12,00" (a comma for the colon), "8h-16h".
_COMMA_TIME = re.compile(r"(?<=godz\.)(?P<sp>\s*)(?P<h>[01]?[0-9]|2[0-3]),(?P<min>[0-5][0-9])(?![\w,]|\.[0-9]|\s*(?:zł|PLN|gr|%|proc))")
_H_RANGE = re.compile(r"(?<![\w.,:/-])(?P<a>[01]?[0-9]|2[0-3])\s?h\s*(?P<dash>[-–—])\s*(?P<b>[01]?[0-9]|2[0-4])\s?h(?!\w)")


# A house number after a street's name, then a spaced dash and a date: the dash parts the address from the
# date ("ul. Czarnieckiego 9 – 21.04.2027 r."), no span of days "od dziewiątego do dwudziestego pierwszego".
_HOUSE_NUMBER_DASH = re.compile(
    r"(?<![\w.])(?P<address>(?:[uU]l|[aA]l|[oO]s|[pP]l)\.\s*(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\.?\s+){1,4}(?P<n>[0-9]{1,4})"
    r")\s+[-–—]\s+(?=[0-9]{1,2}(?:\.[01]?[0-9](?![0-9])|\s+(?:" + _words(MONTH_GENITIVE[1:])
    + r")(?!\w)|\s+[IVX]{1,4}(?!\w)))")


def house_number_dash(text: str) -> str:
    """"ul. Czarnieckiego 9 – 21.04.2027 r." -> "… dziewięć, 21.04.2027 r.": the house number is no first day
    (said here, so that no list or span of days takes it)."""
    return _HOUSE_NUMBER_DASH.sub(
        lambda m: m["address"][:m.start("n") - m.start()] + _cardinal(m["n"]) + ", ", text)


def written_times(text: str) -> str:
    """godz. 12,00 -> godz. 12:00; 8h-16h -> 8:00-16:00 (then said as any hours are)."""
    if "," in text and "godz." in text:
        text = _COMMA_TIME.sub(lambda m: f"{m['sp']}{m['h']}:{m['min']}", text)
    if "h" in text:
        text = _H_RANGE.sub(lambda m: f"{m['a']}:00{m['dash']}{m['b']}:00", text)
    return text


def compound_adjectives(text: str) -> str:
    """3-osobowy -> trzyosobowy, 2-pokojowe -> dwupokojowe, 10-letni -> dziesięcioletni: only when
    the dictionary knows the compound as an adjective ("60-lecie", a noun, is left and warned) or as a
    child of an age ("3-latki" -> "trzylatki");
    7–12-letnich -> siedmio- do dwunastoletnich."""
    def say(m: re.Match) -> str:
        first = _combining(int(m["n"]))
        if first is None:
            return m[0]
        word = first + m["rest"]
        if m["rest"].startswith("leci") and int(m["n"]) >= 2:
            return word  # session twenty-one: "20-lecie", "25-lecia" -> "dwudziestolecie", "dwudziestopięciolecia" (was
            # left, warned): the number's combining form and the typed ending, as every such anniversary is formed
        # "3-krotnie" too; a child of an age ("3-latki" -> "trzylatki"), and a multiple ("do 6-krotności" ->
        # "sześciokrotności", round fourteen), the kinds of noun said so
        return word if any(r.pos in {"adj", "adv"} or r.pos == "subst" and r.lemma.split(":")[0].endswith(
            ("latek", "latka", "krotność")) for r in readings(word)) else m[0]
    def span(m: re.Match) -> str:
        if m["rest"] in MONTH_GENITIVE and "-" not in m.string[m.end("n"):m.start("rest")]:
            return m[0]  # "15-26 lutego": days of a month ("luty" is an adjective too)
        first = _combining(int(m["a"]))
        last = say(m)
        if first is None or last == m[0] or int(m["a"]) >= int(m["n"]):
            return m[0]
        return f"{first}- do {last}"
    def suspended(m: re.Match) -> str:  # round twenty-five: "1- i 2-osobowe" -> "jedno- i dwuosobowe"
        first, after = _combining(int(m["a"])), _COMPOUND.match(m.string, m.end())
        if first is None or not after or say(after) == after[0]:
            return m[0]
        return f"{first}- {m['conj']} "
    if "-leci" in text:  # session twenty-one: "XX-lecie" as "20-lecie"
        text = _ROMAN_ANNIVERSARY.sub(lambda m: str(roman_value(m["r"])) + "-", text)
    if "-os." in text or "- os." in text:
        text = _PERSONS_ADJECTIVE.sub(_persons_adjective, text)
    if "- " in text:
        text = _COMPOUND_SUSPENDED.sub(suspended, text)
    if " " in text:
        text = _COMPOUND_SPACED.sub(_spaced_compound, text)
    return _COMPOUND.sub(say, _COMPOUND_RANGE.sub(span, text))


_ROMAN_ANNIVERSARY = re.compile(rf"(?<![\w.-])(?P<r>{ROMAN})-(?=leci[a-ząćęłńóśźż]*(?![\w-]))")


# Round twenty-five: the first of two compounds sharing their second part, its number and a hyphen only ("gospodarstwa
# 1- i 2-osobowe": "jedno- i dwuosobowe"; was "jeden- i dwuosobowe", unwarned), when the second is said as a compound.
_COMPOUND_SUSPENDED = re.compile(r"(?<![\w.,:/-])(?P<a>[0-9]{1,3})-\s+(?P<conj>i|lub|albo|oraz|czy)\s+(?=[0-9])")
# Round twenty-five: a compound typed as the number with its combining form's ending, then a space ("dla 7-mio
# osobowej rodziny", "5-cio pokojowe", "2-u osobowy": "siedmioosobowej"; was "siedem-mio osobowej", warned), when
# the ending is the number's combining form's and the dictionary knows the compound as an adjective.
_COMPOUND_SPACED = re.compile(r"(?<![\w.,:/-])(?P<n>[0-9]{1,2})-?(?P<end>cio|mio|io|u|o)\s+(?P<rest>[a-ząćęłńóśźż]{4,})(?![\w-])")


def _spaced_compound(m: re.Match) -> str:
    first = _combining(int(m["n"]))
    if first is None or not first.endswith(m["end"]):
        return m[0]
    word = first + m["rest"]
    return word if any(r.pos == "adj" for r in readings(word)) else m[0]


# "gosp. 1-os.": "N-osobowy" shortened, after the noun it qualifies (round twelve; was "jeden-osiedle", warned).
_PERSONS_ADJECTIVE = re.compile(r"(?<![\w.,:/-])(?P<n>[0-9]{1,2})\s?-\s?os\.(?!\w)")


# Round fifteen: the same with the number's combining form written out, "gosp. wieloos.", "gosp. jednoos." (was
# "gospodarstwa wieloos.", unwarned: the dictionary knows "wieloos" as a form of "wieloosa").
_PERSONS_WORD = re.compile(r"(?<![\w.-])(?P<first>wielo|jedno|dwu|trzy|cztero|pięcio|sześcio)os\.(?!\w)")


def _persons_adjective(m: re.Match) -> str:
    """"dla gosp. 1-os." -> "dla gosp. jednoosobowego": agreeing with the noun right before it, in the case the
    preposition before that noun gives it; with no noun before it, left (and warned)."""
    first = m.groupdict().get("first") or _COMBINING.get(int(m["n"]))
    prev = re.search(r"(?<![\w.])(\w+\.?)\s*$", m.string[max(0, m.start() - 30):m.start()])
    if first is None or not prev:
        return m[0]
    word = prev[1]
    lemma = _NOUN_LEMMAS.get(word.lower()) if word.endswith(".") else None
    pos = m.start() - len(m.string[max(0, m.start() - 30):m.start()]) + prev.start()
    if lemma:
        nouns = [r for r in noun_readings(lemma) if "nom" in r.cases and r.number == "sg"]
        number, case = "sg", _noun_case(m.string, pos)
    else:
        if any(r.pos in {"fin", "praet", "prep", "conj", "adv", "qub"} for r in readings(word.lower())):
            return m[0]  # "mamy 2-os.": a verb's, not a noun's
        nouns = [r for r in noun_readings(word.lower()) if r.cases]
        governed = governed_cases(m.string[max(0, pos - 25):pos])
        nouns = [r for c in (*governed, "nom", "gen", "acc", "loc", "inst", "dat") for r in nouns if c in r.cases]
        number = nouns[0].number if nouns else "sg"
        case = next((c for c in (*governed, "nom", "gen", "acc", "loc", "inst", "dat") if nouns and c in nouns[0].cases), "nom")
    if not nouns:
        return m[0]
    said = _inflect(first + "osobowy", "adj", number, case, nouns[0].gender, ("pos",))
    return (said + _full_stop(m)) if said else m[0]


_TIMES_SIGN = re.compile(r"(?<=[0-9])\s*[x×]\s*(?=[0-9])|(?<=[0-9])\s*[x×](?=\s+(?:w|na|dziennie|tygodniowo|"
                         r"miesięcznie|rocznie|do)(?!\w)|\s+[a-ząćęłńóśźż]{3,})")  # "2 x w miesiącu": twice a month;
# "3 x makaron 500 g": three times (packets of) what follows


# "35x45 mm": a size, "na" (a length unit after the second number).
_SIZE_AFTER = re.compile(r"[0-9]+(?:,[0-9]+)?\s?(?:mm|cm|m)(?!\w)")


def multiplication(text: str) -> str:
    """2 x 50 zł, 3×100 -> 2 razy 50 zł, 3 razy 100; 2 x w miesiącu -> 2 razy w miesiącu;
    35x45 mm -> 35 na 45 mm."""
    def say(m: re.Match) -> str:
        once = re.search(r"(?<![0-9.,])1$", m.string[max(0, m.start() - 3):m.start()])  # "1 x w m-cu": "jeden raz"
        word = " na" if _SIZE_AFTER.match(m.string, m.end()) else " raz" if once else " razy"
        return word if m.string[m.end():m.end() + 1].isspace() else word + " "
    text = _TIMES_SIGN.sub(say, text)
    return _EQUALS_SIGN.sub(" równa się ", text) if "=" in text else text


# Session twenty-two: "=" between an amount and a number ("4 x 823 zł = 3292 zł") is "równa się" (was left, warned).
_EQUALS_SIGN = re.compile(r"(?<=[0-9]|ł|\.)\s*=\s*(?=[0-9])")


_ARROW = re.compile(r"\s*[→⇒➔➜►]\s*")


def arrows(text: str) -> str:
    """An arrow between words is a pause: "Wnioski → pokój 5" -> "Wnioski, pokój 5"."""
    return _ARROW.sub(", ", text)


# Round sixteen: a sentence's end typed with no space before the next one ("z powodu remontu.W sprawie wypłat",
# "31.10.2027 r.Nowe wnioski", "Honorowi dawcy krwi!Po oddaniu"): a space, so that the rules see two sentences (was
# "roku r.Nowe", warned); not inside an address ("www.Gmina.pl", "Jan.Nowak@…").
_GLUED_SENTENCES = re.compile(
    r"(?:(?<=[a-ząćęłńóśźż]{2})|(?<=(?<![\w.])r))([.!?])(?=[A-ZĄĆĘŁŃÓŚŹŻ](?:[a-ząćęłńóśźż]+|[ \t]+[a-ząćęłńóśźż])(?![\w.-]*[@/])"
    r"(?![\w-]*\.[\w.-]*(?:pl|com|eu|org|net|info|gov)(?!\w)))")

_GLUED_HINT = re.compile(r"[a-ząćęłńóśźż][.!?][A-ZĄĆĘŁŃÓŚŹŻ]")  # one cheap scan first: most texts have none
_GLUED_MARK_HINT = re.compile(r"[^\W_]\.?[,;:][^\W_]")


# Round twenty-five: a day of the month written as a bare ordinal, its period and then a comma, a semicolon or a
# bracket ("Wypłaty zasiłków rodzinnych 20., stałych 25., dodatków 27.", "marzec – 19., kwiecień – 20.", "do 18., w
# I – od 5."): "the twentieth", the genitive a date is said in ("dwudziestego"; was "dwadzieścia." and the comma lost,
# unwarned). After a lowercase word, a dash, a bracket or "do", "od", "z"; the text's last such number too, when one
# came before ("…, dodatków 27."). Not after a label ("pkt 3.,"), a capitalised word ("Polna 3.,"), another
# preposition ("po 5.,": which case?), nor in a sentence with an earlier ordinal and its noun (round fourteen's
# "na 3.," takes that noun). Called by whitespace first, which drops the comma after a period.
_BARE_DAY = re.compile(r"(?<![\w.,:/-])(?P<n>[0-9]{1,2})\.(?=\s*[,;)](?!\s*[0-9])|\s+[–—]\s|\s*$|\s+[A-ZĄĆĘŁŃÓŚŹŻ])")
# Session twenty: the list's last day before the next sentence ("…, zasiłki 15. Kontakt: …") ends it as the text's end
# does (was "piętnasty Kontakt", the full stop lost, unwarned).
_NEXT_SENTENCE = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
_BARE_DAY_BEFORE = re.compile(r"(?:(?<![\w.])(?P<word>[a-ząćęłńóśźż]+)|[–—-]|\()\s*$")
# Session twenty: the sentence's first word, capitalised only as a sentence opens ("Renta 6., emerytura 10."): a common
# noun (the dictionary has no other reading of it) counts as the lowercase word would; a street ("Polna 3.,", an
# adjective) or a name does not.
_LIST_GOES_ON = re.compile(r"\s*[,;]\s*[a-ząćęłńóśźż]")
_BARE_DAY_OPENING = re.compile(rf"(?:^|[.!?:]\s+|\n)(?P<word>[{_UPPER}][a-ząćęłńóśźż]+)\s*$")
_BARE_DAY_WORDS_NOT = frozenset("pkt nr poz str lok pok ust art lit kl par rozdz zał tel m po na w we przy za dla o".split())


_SENTENCE_BREAK = re.compile(rf"[!?]|\.\s+(?=[{_UPPER}])")


def _sentence_so_far(text: str, pos: int, reach: int = 120) -> str:
    """The text of pos's sentence before pos, within reach characters (a "!", "?" or a full stop before a capital
    ends the one before), its first letter kept (the three copies this replaced split the capital off: "Zapisy" was
    read as "apisy", no word of a deadline, whenever a sentence came before)."""
    return _SENTENCE_BREAK.split(text[max(0, pos - reach):pos])[-1]


def bare_days(text: str) -> str:
    """Wypłaty 20., stałych 25. -> Wypłaty dwudziestego, stałych dwudziestego piątego."""
    if not _BARE_DAY_HINT.search(text):
        return text
    parts, done, said = [], 0, False
    for m in _BARE_DAY.finditer(text):
        n, last = int(m["n"]), not text[m.end():].strip() or bool(_NEXT_SENTENCE.match(text, m.end()))
        if not 1 <= n <= 31 or (last and not said):
            continue
        before = _BARE_DAY_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _opening_noun(text, m)
        if not before or (before["word"] or "") in _BARE_DAY_WORDS_NOT:
            continue  # "Polna 3.,", "pkt 3.,", "po 5.,"
        sentence = _sentence_so_far(text, m.start())
        earlier = list(_ANY_EARLIER_ORDINAL.finditer(text, m.start() - len(sentence), m.start()))
        if after_label(text, m.start()):
            continue
        if earlier:  # "do 20. roku życia (24. – …)": in brackets, the earlier ordinal's other value, in its form
            said_as = _ordinal_before(n, earlier[-1]["noun"], text, earlier[-1].start()) if before[0][:1] == "(" else None
            if not said_as:
                continue
        else:
            said_as = DAY_GENITIVE[n]
        parts += [text[done:m.start()], said_as + ("." if last else "")]
        done, said = m.end(), True
    return "".join(parts) + text[done:] if parts else text


_BARE_DAY_HINT = re.compile(r"[0-9]\.(?:\s*[,;)]|\s+[–—]\s)")


def _opening_noun(text: str, day: re.Match) -> re.Match | None:
    """The capitalised word that opens the sentence right before the bare day, when every dictionary reading of its
    lowercase form is a common noun ("Renta", "Emerytura"; not "Polna", an adjective, nor a name) and a lowercase word
    follows the day's comma, the list going on ("Renta 6., emerytura 10."; not "Rynek 3., Kleszczewo", a place)."""
    if not _LIST_GOES_ON.match(text, day.end()):
        return None
    found = _BARE_DAY_OPENING.search(text, 0, day.start())
    if not found:
        return None
    known = readings(found["word"].lower())
    return found if known and all(r.pos in {"subst", "depr"} and not r.name for r in known) else None


# Session twenty-one: a comma, a semicolon or a colon typed with no space after it, between words ("czynne 8-16,sala
# nr 2", "r.,decyduje", "w okresie świątecznym:23.12"): a space after it, so that the rules see the words apart (were
# "szesnastej,sala", "roku r.decyduje", "świątecznym:dwadzieścia trzy.dwanaście"). Not inside a number ("1,5", "7:00"),
# an address ("http://", "mailto:") or a list of digits ("8,10,12"). Called before whitespace is tidied.
_GLUED_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\.)|(?<=[0-9]\.)|(?<=[0-9](?=,[^\W\d_])))([,;])(?=[^\W\d_]{2})"
                         r"|(?<=[^\W\d_]{2})(:)(?=[^\W_]{2}|[0-9]{1,2}\.[0-9])(?!//)")


def whitespace(text: str) -> str:
    """Collapse whitespace (non-breaking spaces too); no space before punctuation, no stray commas."""
    text = bare_days(text)  # round twenty-five: a bare day before its comma, before the comma after "20." is dropped
    if _GLUED_HINT.search(text):
        text = _GLUED_SENTENCES.sub(r"\1 ", text)
    if _GLUED_MARK_HINT.search(text):
        text = _GLUED_MARK.sub(lambda m: (m[1] or m[2]) + " ", text)
    if not _UNTIDY.search(text):
        return text
    return _until_stable(lambda t: _substitute(t, _TIDY), text)


# --- rules: words ------------------------------------------------------------

def _abbreviation_pattern() -> re.Pattern:
    alternatives = []
    for key in sorted([*ABBREVIATIONS, "godz."], key=len, reverse=True):
        body = _words([key]).replace(r"\ ", r"\s*")  # "tel. kom." also as "tel.kom."
        alternatives.append(body if key.endswith(".") or key == "§" else body + r"(?!\w)")
    # A period may come before: "ul.ul." expands in one pass.
    return re.compile(r"(?<![\w@/])(?:" + "|".join(alternatives) + ")")


_ABBREVIATION = _abbreviation_pattern()
_ABBREVIATION_KEYS = {key.replace(" ", ""): key for key in [*ABBREVIATIONS, "godz."]}


# "nr." with a period, as some clerks write it, before a lowercase word or a number: the period only marks the
# abbreviation (round fifteen; was "pod numer. telefon …", unwarned); also before an acronym ("nr. PESEL"); before a
# capitalised word or at the text's end, as before.
_NR_DOTTED = re.compile(r"(?<![\w.])(?P<nr>[Nn]r)\.(?=[ \t]*(?:[a-ząćęłńóśźż]|[0-9]|[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?![a-ząćęłńóśźż])))")


_RANGE_AHEAD = re.compile(r"\s*[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[-–—]|do\s)\s*[0-9]")
# "Godz. otwarcia" are the opening hours: plural before these genitives.
_HOURS_OF = frozenset("otwarcia pracy przyjęć przyjmowania urzędowania dyżuru dyżurów".split())
# "do 18 r.ż." (roku życia), "od 6 m.ż." (miesiąca życia, round fourteen), and a span before it: "od 18 do 65 r.ż.",
# "18-65 r.ż." (the first number an ordinal of the same noun, no longer "od osiemnastu")
_LIFE_YEAR = re.compile(r"(?<![\w.,])(?:(?P<a>[0-9]{1,2})(?:\s(?P<to>do)\s|\s?[-–]\s?))?(?P<n>[0-9]{1,2})\s?(?P<unit>[rRmM])\.\s?ż\.")
_GLUED_THIS_YEAR = re.compile(r"(?<![\w.,])(?P<date>[0-3]?[0-9]\.[01]?[0-9]\.)(?=(?:br|b\.r|ub\.r)\.)")
_THIS_MONTH_DAY = re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,2})\s?(?P<bm>b\.?\s?m\.)")  # round twenty-one: "bm." too
_ADJ_CASES = ("nom", "acc", "gen", "loc", "inst", "dat")


def _noun_case(text: str, pos: int) -> str:
    """The case a noun takes after the preposition before pos: przy ul. -> loc, z ul. -> gen."""
    prev = _prev_word(text, pos)
    if re.search(r"dz\.\s*u\.\s*$", text[max(0, pos - 10):pos], re.I):
        return "nom"  # "Dz. U. nr 5": the "u." is no preposition
    if prev in {"z", "ze"} and re.search(r"(?:zgodnie|wraz|razem)\s+z\w?\s*$", text[max(0, pos - 20):pos], re.I):
        return "inst"
    cases = governed_cases(text[max(0, pos - 25):pos])
    if prev in {"podstawie", "podst", "mocy", "treści", "wg", "według", "trybie", "myśl", "rozumieniu"}:
        # "na podstawie art. 8", "wg art. 8"; round thirteen: "w trybie art. 104", "w myśl art. 5", "w rozumieniu art. 6"
        return "gen"
    if prev in {"pod", "za", "przed", "nad"}:
        return "inst"
    return cases[0] if cases else "nom"


_DAY_RANGE_AFTER = re.compile(
    r"\s*\d{1,2}(?:\.\d{1,2}\.?|\.)?(?:\s*(?:[-–—]|,|i|oraz)\s*\d{1,2}){1,30}(?:\.\d{1,2}|\s+(?:" + _words(MONTH_GENITIVE[1:])
    + r"|[IVX]{1,4})(?!\w))")  # round seven: "w dn. 24.12–6.01", "w dn. 28–30 XII"


def _female_name(word: str, case: str | None = None) -> bool:
    """Whether "p. <word>" is pani: the dictionary's first names ("Kasi", "Jana"), else the ending.
    With the case the sentence wants, only the readings in that case count: "p. Krystyna" (no
    preposition) is the woman, not the genitive of "Krystyn"."""
    names = [r for r in noun_readings(word) if r.name]
    in_case = {r.gender for r in names if case in r.cases}
    genders = in_case or {r.gender for r in names}
    if genders:
        return "f" in genders and "m1" not in genders
    if case and case != "nom" and word[:1].isupper():
        # "u p. Nowak", "z p. Nowak": a surname left as it is in another case is a woman's (his is "Nowaka")
        surnames = [r for r in noun_readings(word) if r.pos == "subst" and r.number == "sg"]
        if any(r.gender == "f" and case in r.cases for r in surnames) and not any(
                r.gender == "m1" and case in r.cases for r in surnames):
            return True
    return word.endswith(("a", "ej", "ą"))


_EXTENSION_AFTER = re.compile(r"\s*[0-9]{1,4}(?![0-9])")
_PHONE_BEFORE = re.compile(r"[0-9]{2,}[,;]?\s*(?:\(\s*)?$")
# Verbs after which "pod nr 997" is where the call goes: "pod numer" (accusative).
_CALLING = frozenset("dzwonić zadzwonić telefonować zatelefonować wysłać wysyłać pisać napisać "
                     "przesłać przesyłać wybrać wybierać".split())
_CALL_BEFORE = re.compile(r"(\w+)\s+(?:(?:też|także|również|bezpośrednio|całodobowo|bezpłatnie)\s+)?(?:pod|na)\s+$", re.I)


# "tel." as the way to do something, not the number's label: before "pod nr", after "wyłącznie",
# "zapisy", or after "lub"/"albo" following "osobiście" ("osobiście lub tel. pod nr …").
_BY_PHONE_BEFORE = re.compile(r"(?:(?<!\w)(?:wyłącznie|tylko|zapisy|zgłoszenia|zapisać się)"
                              r"|(?<!\w)osobiście[^.;:]{0,30}?(?<!\w)(?:lub|albo|bądź|i|oraz))\s*$", re.I)


# round twenty-two: "tel." before "lub"/"albo" and another adverb of a way to get in touch is the adverb too.
_BY_PHONE_AFTER = re.compile(r"[ \t]*(?:lub|albo|bądź|i|oraz)[ \t]+(?:osobiście|mailowo|e-mailowo|pisemnie|listownie"
                             r"|elektronicznie)(?!\w)", re.I)
_PREPOSITION_BEFORE_PHONE = re.compile(r"(?<!\w)(?:przez|pod|na|z|ze|o|po|do|od|w|przy)[ \t]+$", re.I)


def _by_phone(m: re.Match) -> bool:
    """Whether "tel." is the adverb "telefonicznie": "zapisy tel. pod nr 61 …", "osobiście lub tel."."""
    if re.match(r"\s*pod\s+(?:nr|numer)(?!\w)", m.string[m.end():m.end() + 12]):
        # session twenty-two: not after "kontakt" or "zapis" ("kontakt tel. pod nr …" -> "kontakt telefoniczny"; was
        # "kontakt telefonicznie", unwarned; "zapisy tel. pod nr" stays the adverb)
        return not _CONTACT_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
    if _BY_PHONE_AFTER.match(m.string, m.end()) and not _PREPOSITION_BEFORE_PHONE.search(
            m.string, max(0, m.start() - 12), m.start()):
        return True  # round twenty-two: "zwracać się tel. lub osobiście" (after "przez", "pod": the noun, as before)
    return bool(_BY_PHONE_BEFORE.search(m.string, max(0, m.start() - 50), m.start()))


_CONTACT_BEFORE = re.compile(r"(?<!\w)(?:[kK]ontakt(?:u|em|owi|cie)?|[zZ]apis(?:u|em|ie)?)\s+$")


# Round sixteen: a phone number right after "tel." (a bracketed or international code too): "pod tel. (61) 817 …".
_NUMBER_AFTER_PHONE = re.compile(r"[ \t]*(?:\(\s*[0-9]|\+\s*[0-9]|[0-9])")


# "tel." closing a phrase, after a noun it qualifies ("po wcześniejszym umówieniu tel.", "kontakt tel. w godzinach
# pracy"): the adjective "telefoniczny" agreeing with it; before a number, a colon or another word, "telefon".
_PHONE_NOUN_BEFORE = re.compile(r"(?<![\w.])([A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][a-ząćęłńóśźż]{3,})\s+$")
_PHONE_PHRASE_END = re.compile(r"\s*(?:[.,;)]|$|(?:w|we|lub|albo|i|oraz|od|do|po|pod)\s)")  # "pod": session 22


def _phone_adjective(m: re.Match) -> str | None:
    if not _PHONE_PHRASE_END.match(m.string, m.end()):
        return None
    before = _PHONE_NOUN_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if not before:
        return None
    nouns = [r for r in (*readings(before[1]), *readings(before[1].lower())) if r.pos in {"subst", "ger"} and r.cases and r.gender
             and r.lemma.split(":")[0] not in {"numer", "nr", "aparat", "telefon"}]
    if not nouns or any(r.pos in {"prep", "adj", "ppron3", "num"} for r in readings(before[1].lower())):
        return None
    governed = governed_cases(m.string[max(0, before.start() - 25):before.start()])
    r = next((r for c in governed for r in nouns if c in r.cases), None) or next(
        (r for r in nouns if "nom" in r.cases), nouns[0])
    case = next((c for c in (*governed, "nom", "acc", "gen", "loc", "inst", "dat") if c in r.cases), "nom")
    return _inflect("telefoniczny", "adj", r.number, case, r.gender, ("pos",)) or None


# round twenty-two: "tel." before a number after "kontakt" that a preposition governs ("prosimy o kontakt tel. 61 …")
# is the adjective; a label at a line's start ("Kontakt tel. 61 …") stays "telefon", as before.
_CONTACT_BEFORE_PHONE = re.compile(r"(?<!\w)(?:o|na|w|we|do|dla)[ \t]+(kontakt\w*)[ \t]+$", re.I)


def _phone_contact(m: re.Match) -> str | None:
    contact = _CONTACT_BEFORE_PHONE.search(m.string, max(0, m.start() - 20), m.start())
    if not contact or not _NUMBER_AFTER_PHONE.match(m.string, m.end()):
        return None
    nouns = [r for r in noun_readings(contact[1].lower()) if r.lemma == "kontakt" and r.number == "sg"]
    governed = governed_cases(m.string[max(0, contact.start() - 5):contact.start(1)])
    case = next((c for c in governed for r in nouns if c in r.cases), None)
    return _inflect("telefoniczny", "adj", "sg", case, "m3", ("pos",)) if case else None


_DAYS_WORD_BEFORE = re.compile(r"(?<!\w)(?:(?P<before>\w+)\s+)?(?P<days>dni|dzień|dnia|dniu|dniach|dniami)\s+$", re.I)
_WORKING_OF = {"dzień": "roboczy", "dnia": "roboczego", "dniu": "roboczym", "dniach": "roboczych", "dniami": "roboczymi"}


def _working_days(m: re.Match) -> str | None:
    """"rob." after a form of "dzień": "roboczy" in its form; after "dni", "robocze" where "dni" is a
    nominative or accusative ("trzy dni", "w dni"), "roboczych" where it is a genitive ("do trzech dni", "14 dni")."""
    days = _DAYS_WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if not days:
        return None
    if days["days"].lower() != "dni":
        return _WORKING_OF[days["days"].lower()]
    word = (days["before"] or "").lower()
    if word.isdigit():
        n = int(word)
        governed = governed_cases(m.string[max(0, days.start() - 25):days.start()])
        if governed and not set(governed) & {"nom", "acc"}:
            return "roboczych"  # "do 3 dni rob."
        return "robocze" if n % 10 in {2, 3, 4} and n % 100 not in {12, 13, 14} else "roboczych"
    return "robocze" if word in {"w", "we", "na", "przez", "za", ""} else "roboczych"


def _after_calling(text: str, pos: int) -> bool:
    """Whether "pod" before pos follows a verb of calling: "proszę dzwonić pod nr 997"."""
    m = _CALL_BEFORE.search(text, max(0, pos - 45), pos)
    return bool(m) and (any(r.lemma.split(":")[0] in _CALLING for r in readings(m[1].lower()))
                        or m[1].lower() in _SENT)


# Round nineteen: what is sent before "na nr" needs it in the accusative, as a verb of sending does ("SMS na nr 70 990"
# -> "SMS na numer", was "na numerze").
_SENT = frozenset({"sms", "esemes", "mms"})


_YEAR_AFTER = re.compile(r"\s+(?=[12][0-9]{3}(?:\s*r\.|\s+roku)(?!\w))")


def _man_named_before(text: str, start: int) -> bool:
    """Round twenty-one: a man's first name and surname in the genitive (or accusative) and a comma right before start
    ("Dot. p. Stanisława Wójcika, ur."): the surname decides, as in _man_in_genitive."""
    before = _NAME_BEFORE.search(text, max(0, start - 50), start)
    if not before:
        return False
    found = [r for r in readings(before[1]) if r.pos in {"subst", "adj"} and r.number == "sg"]
    return any(r.gender == "m1" and r.cases & {"gen", "acc"} for r in found) and not any("nom" in r.cases for r in found)


# Round twenty-one: "zam." is "zamieszkania" after an address's or a place's noun ("na adres zam.", "miejsce zam."),
# "zamieszkały" agreeing with the people before it ("osobom zam. na terenie" -> "zamieszkałym"; "p. Jana Lisa, ur.
# 2.05.1939 r., zam. w" -> "zamieszkałego", the person "ur." is said of); else left, and warned ("nr zam.": an order).
_DWELLING_OF = re.compile(r"(?<!\w)(?:adres|adresu|adresie|adresem|miejsce|miejsca|miejscu|miejscem)[ \t]+$", re.I)
_BORN_BEFORE = re.compile(r"(?<![\w.])[uU]r(?:\.|odzon\w*)[^,;()]{0,120},[ \t]*$")
_PEOPLE = frozenset("osoba mieszkaniec rodzina dziecko uczeń senior wnioskodawca klient opiekun rodzic emeryt "
                    "rencista student obywatel cudzoziemiec świadczeniobiorca kobieta mężczyzna".split())


def _dweller(m: re.Match) -> str | None:
    if _DWELLING_OF.search(m.string, max(0, m.start() - 12), m.start()):
        return "zamieszkania"
    start = m.start()
    if born := _BORN_BEFORE.search(m.string, max(0, start - 140), start):
        start = born.start()  # the person "ur." is said of
    if _man_named_before(m.string, start):
        return "zamieszkałego"
    words = re.findall(r"\w+", m.string[max(0, start - 40):start])[-3:]
    if any(len({r.gender for r in noun_readings(w) if r.name and r.number == "sg"}) > 1 for w in words):
        return None  # "p. Henryka Lisa": a woman's nominative or a man's genitive, no telling
    for word in reversed(words):
        names = {r.gender for r in noun_readings(word) if r.name and r.number == "sg" and "nom" in r.cases}
        if len(names) == 1 and word[:1].isupper() and (gender := names.pop()) in {"f", "m1"}:
            return _inflect("zamieszkały", "adj", "sg", "nom", gender)  # "Anna Lis, zam. w" -> "zamieszkała"
    if agreeing := _people_agreeing(m.string, start, "zamieszkały"):
        return agreeing
    prev = re.search(r"(\w+)[ \t]*$", m.string[max(0, start - 30):start])
    people = [r for r in noun_readings(prev[1].lower()) if r.lemma in _PEOPLE] if prev else []
    if not people:
        return None
    r = people[0]
    case = next(c for c in ("nom", "gen", "dat", "acc", "inst", "loc") if c in r.cases)
    return _inflect("zamieszkały", "adj", r.number, case, r.gender)


# round twenty-two: the people a participle is said of, with an adjective of theirs between ("osoby samotne zam." ->
# "zamieszkałe"), in the case the preposition before them gives, else the nominative where the noun has one after a
# verb or at a sentence's start ("Pomoc otrzymają osoby ur. …, zam." -> "zamieszkałe", was the genitive singular
# "zamieszkałej", unwarned); after a noun ("Wniosek osoby zam.") the rule of round twenty-one, as before.
_VERB_POS = frozenset({"fin", "praet", "impt", "inf", "bedzie", "imps"})
_PEOPLE_BEFORE = re.compile(r"(?<!\w)(\w+)(?:[ \t]+([a-ząćęłńóśźż]+))?[ \t]*,?[ \t]*$")


def _people_agreeing(text: str, start: int, lemma: str) -> str | None:
    found = _PEOPLE_BEFORE.search(text, max(0, start - 60), start)
    if found and found[2] and any(r.lemma in _PEOPLE for r in noun_readings(found[2])):
        found = _PEOPLE_BEFORE.search(text, found.start(2), start)  # "dla dzieci": the noun alone
    if not found:
        return None
    people = [r for r in noun_readings(found[1].lower()) if r.lemma in _PEOPLE]
    if not people:
        return None
    if found[2]:
        adjectives = [r for r in readings(found[2]) if r.pos == "adj"]
        if not adjectives:
            return None
        people = [r for r in people if any(a.number == r.number and a.cases & r.cases for a in adjectives)]
    governed = governed_cases(text[max(0, found.start() - 25):found.start()])
    if not governed and len({(r.number, c) for r in people for c in r.cases if c != "voc"}) > 1:
        verb = re.search(r"(\w+)[ \t]*$", text[max(0, found.start() - 30):found.start()])
        opening = not text[max(0, found.start() - 3):found.start()].strip(" \t") or text[
            max(0, found.start() - 3):found.start()].rstrip(" \t")[-1:] in ".!?:\n"
        if not opening and (not verb or not any(r.pos in _VERB_POS for r in readings(verb[1].lower()))):
            return None  # "Wniosek osoby zam.": the genitive of the noun before, as before
    options = [(r, c) for c in (*governed, "nom") for r in people if c in r.cases]
    if not options or len({(r.number, c) for r, c in options if c == options[0][1]}) > 1:
        return None
    r, case = options[0]
    return _inflect(lemma, "adj", r.number, case, r.gender)


def _born(m: re.Match) -> str:
    """"ur." agreeing with the noun before it ("osób ur. przed" -> "osób urodzonych przed"),
    "urodzony" alone; before a bare year "urodzony w" ("ur. 1950 r." -> "urodzony w 1950 r.")."""
    spoken = "urodzony"
    if _man_named_before(m.string, m.start()):  # round twenty-one: "p. Stanisława Wójcika, ur." -> "urodzonego"
        return "urodzonego" + (" w" if _YEAR_AFTER.match(m.string, m.end()) else "")
    # "Pani Anna Nowak, ur.": a first name among the words before tells the gender
    for word in reversed(re.findall(r"\w+", m.string[max(0, m.start() - 40):m.start()])[-3:]):
        names = {r.gender for r in noun_readings(word) if r.name and r.number == "sg" and "nom" in r.cases}
        if len(names) == 1:
            gender = names.pop()
            form = _inflect("urodzony", "adj", "sg", "nom", gender) if gender in {"f", "m1"} else None
            if form:
                return form + (" w" if _YEAR_AFTER.match(m.string, m.end()) else "")
    prev = re.search(r"(\w+)\s*,?\s*$", m.string[max(0, m.start() - 30):m.start()])
    nouns = [r for r in (*readings(prev[1]), *readings(prev[1].lower()))
             if r.pos in {"subst", "depr", "adj"} and r.cases and r.gender] if prev else []
    if nouns:
        nouns.sort(key=lambda r: len(r.cases))  # "Kowalski": the man (nom), not the indeclinable woman
        governed = governed_cases(m.string[max(0, m.start() - 60):max(0, m.start() - 30) + prev.start()])
        r = next((r for c in governed for r in nouns if c in r.cases), None)  # session twenty-five: "dla dzieci ur.":
        r = r or next((r for r in nouns if "nom" in r.cases), nouns[0])  # the preposition's case; "osoby ur.": nom
        case = next((c for c in (*governed, "nom", "gen", "acc", "loc", "inst", "dat") if c in r.cases), "nom")
        spoken = _inflect("urodzony", "adj", r.number, case, r.gender) or _inflect(
            "urodzić", "ppas", r.number, case, r.gender) or spoken
    if _YEAR_AFTER.match(m.string, m.end()):
        spoken += " w"
    return spoken


_LAW_UNITS = frozenset({"art.", "ust.", "pkt", "pkt.", "§"})
_RANGED_UNITS = _LAW_UNITS | {"nr"}  # labels said in the plural before a range of numbers
_LAW_RANGE_AFTER = re.compile(r"\s*[0-9]{1,3}[a-z]?\s*[-–]\s*[0-9]{1,3}[a-z]?(?![\w.,:/-]|\.[0-9])")


_INITIAL_THEN_NAME = re.compile(r"\s*[A-ZĄĆĘŁŃÓŚŹŻ]\.\s*([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)")


def _declined(key: str, written: str, m: re.Match) -> str:
    case = _noun_case(m.string, m.start())
    if key in _TITLE_WORDS:  # a title takes the case of the name after it: "z inż. Nowakiem"
        nxt = _MORE_TITLES.match(m.string[m.end():m.end() + 60])
        name_cases = [r.cases for r in noun_readings(nxt[1]) if r.gender == "m1"] if nxt else []
        # A surname declined like an adjective ("Kowalskim") is no noun: its singular readings
        # narrow the cases the preposition allows ("z" + "Kowalskim": the instrumental).
        surname = {c for r in readings(nxt[1]) if r.pos == "adj" and r.gender == "m1" and r.number == "sg"
                   for c in r.cases} if nxt and nxt[1][:1].isupper() else set()
        allowed = [c for c in governed_cases(m.string[max(0, m.start() - 25):m.start()]) if c in surname]
        if len(name_cases) and all(len(c) == 1 for c in name_cases) and len(set().union(*name_cases)) == 1:
            case = next(iter(name_cases[0]))
        elif allowed:
            case = allowed[0]
        elif (apposed := _apposed_case(m)) is not None:
            case = apposed  # "z dr. Tomaszem Lisem, prof. UAM": the title of the name before, its case
        elif case == "nom" and _man_in_genitive(m):
            case = "gen"  # "Wykład dr. Pawła Nowaka", "wykład dr. Jana Wiśniewskiego" -> "doktora"
        elif not nxt or not any(r.gender == "m1" for r in noun_readings(nxt[1])) or (
                case == "nom" and _woman(nxt[1])):  # "udziela adw. Monika", not the genitive of "Monik"
            if nxt and _female_name(nxt[1]) and any(pos == "ppas" for _w, pos in _TITLE_WORDS[key]):
                said = {" ".join(_inflect(w, pos, "sg", own, "f", ("aff",)) or w if pos == "ppas" else w
                                 for w, pos in _TITLE_WORDS[key]) for own in _woman_cases(nxt[1], m)}
                return said.pop() if len(said) == 1 else written  # "doktor habilitowana Anna Lis"; two: warned
            case = "nom"  # "inż. Anna Lis": the title stays as it is for a woman
        elif case == "nom" and any("gen" in c for c in name_cases) and not any("nom" in c for c in name_cases):
            case = "gen"  # "Prelekcja inż. Nowaka": after a noun, the name's genitive
    if case in {"inst", "loc"} and key == "nr" and _after_calling(m.string, m.start()):
        case = "acc"  # "dzwonić pod numer 997", "na numer 112", but "pod numerem 997 czynny jest dyżur"
    if case == "loc" and key == "nr" and _ONTO_ACCOUNT.search(m.string, max(0, m.start() - 4), m.start()) and (
            _ACCOUNT_NOUN_AFTER.match(m.string, m.end())):
        case = "acc"  # round twenty-one: "wpłat dokonywać na nr konta" -> "na numer konta" (was "na numerze", unwarned)
    if key == "dn.":
        if case == "loc" and _DAY_RANGE_AFTER.match(m.string, m.end()):
            return "dniach"  # "w dn. 24-26.12": several days
        before = re.search(r"(\w+)\s+[zZ]\s*$", m.string[max(0, m.start() - 40):m.start()])
        if before and any(r.pos in {"praet", "fin", "imps", "ppas", "inf"} for r in readings(before[1].lower())):
            return "dniem"  # session twenty-four: "wstrzymano z dn. 1.12" -> "z dniem" (as of that day; "ustawa z dn."
            # is dated: "z dnia")
        return "dniu" if case == "loc" else "dnia"
    if key == "p.":
        nxt = re.match(r"\s*(\w+)", m.string[m.end():m.end() + 40])
        if nxt and nxt[1] in {"mgr", "dr", "inż", "prof", "lek"} and (
                titled := _MORE_TITLES.match(m.string[m.end():m.end() + 60])) and titled[1][:1].isupper():
            nxt = titled  # "p. mgr inż. Tomasz Lis": "pan" or "pani" by the name after the titles (round thirteen)
        if nxt and (initialled := _INITIAL_THEN_NAME.match(m.string, m.end())):
            nxt = initialled  # session twenty-two: "p. K. Wiśniewska" -> "pani" by the surname after the initial
        if nxt and nxt[1][:1].isupper() and not nxt[1].isdigit() and case == "nom" and _man_in_genitive(m):
            return "pana"  # round twenty-one: "Dot. p. Stanisława Wójcika" (was "pani"), as round twenty's titles
        if nxt and nxt[1][:1].isupper() and not nxt[1].isdigit():
            female = _female_name(nxt[1], case)
            if female:
                # "zapraszamy p. Annę", "z p. Anną": "panią"; "pani" in every other case
                own = {c for r in noun_readings(nxt[1]) if r.name and r.gender == "f" for c in r.cases} or {
                    c for r in noun_readings(nxt[1]) if r.gender == "f" and r.number == "sg" and nxt[1].endswith("ą")
                    for c in r.cases}  # session twenty-two: a surname alone, "z p. Wiśniewską" -> "panią"
                return "panią" if own and own <= {"acc", "inst"} else "pani"
            # "z p. Janem": the case the name is in, among those the preposition allows
            allowed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
            named = {c for r in noun_readings(nxt[1]) if r.name and r.gender == "m1" for c in r.cases} or {
                c for r in noun_readings(nxt[1]) if r.gender == "m1" and r.lemma[:1].isupper() for c in r.cases}  # "Nowakiem"
            case = next((c for c in allowed if c in named), case)
            return _inflect("pan", "subst", "sg", case, "m1") or "pan"
        if not nxt or not nxt[1][:1].isdigit():
            return written  # a leftover: staff are told to write it out
    if key in _PLACE_GENDER and (own := _name_case(key, m, case)):
        case = own  # "dla mieszkańców os. Słonecznego": the name's case, "osiedla"
    if key in _PLACE_GENDER and (toward := _place_case_of_phrase(key, m, case)):
        case = toward  # round eighteen: "przeniesiono na os. Lipowe" -> "na osiedle", "… i ul. Leśną" -> "i ulicę"
    if key == "nr" and case == "nom" and _numer_of(m):
        return "numeru"  # "Zmiana nr konta": "zmiana numeru konta"
    if key in _RANGED_UNITS and _LAW_RANGE_AFTER.match(m.string, m.end()):
        # "w pkt 1-4": several units, "w punktach od jednego do czterech"; session twenty-two: "nr 1-40 o 9:00" ->
        # "numery od jednego do czterdziestu" (was "numer"), in the nominative too
        lemma = _NOUN_LEMMAS[key]
        return _inflect(lemma, "subst", "pl", case, "m3") or _inflect(lemma, "subst", "pl", case, None) or ABBREVIATIONS[key]
    if case == "nom":
        return ABBREVIATIONS[key]
    if key in _TITLE_WORDS:
        return " ".join(_inflect(word, pos, "sg", case, "m1", ("aff",) if pos == "ppas" else (
                            "com",) if word in {"stary", "młody"} else ("pos",) if pos == "adj" else ())
                        or word if pos else word for word, pos in _TITLE_WORDS[key])
    lemma = _NOUN_LEMMAS[key]
    # "paragrafu", not the rare personal "paragrafa": an inanimate reading first
    return _inflect(lemma, "subst", "sg", case, "m3") or _inflect(lemma, "subst", "sg", case, None) or ABBREVIATIONS[key]


# Round twenty-two: "zał." before a list of what is attached, in brackets or after a colon, is several ("wraz z zał.
# (kopia decyzji, zaświadczenie)" -> "z załącznikami", was "z załącznikiem", unwarned); right after a noun, with no
# preposition and no number after it, the genitive, in a number no rule tells ("Skany zał." -> "skany załącznika" or
# "załączników"? was "Skany załącznik", unwarned): "" to leave it, and warn. None: the rules before, as they were.
_ATTACHED_LIST_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,80},[^()\n]{0,80}\)|:[^.;\n]{0,80},)")
_NUMBER_OR_MARK_AFTER = re.compile(r"[ \t]*(?:nr|numer|[0-9]|[IVX]+(?!\w)|[A-Z](?!\w)|[a-z]\)|\(|:)")


def _attachments(m: re.Match) -> str | None:
    case = _noun_case(m.string, m.start())
    if _ATTACHED_LIST_AFTER.match(m.string, m.end()):
        return _inflect("załącznik", "subst", "pl", case, "m3") or None
    if case != "nom" or _NUMBER_OR_MARK_AFTER.match(m.string, m.end()):
        return None
    prev = re.search(r"(?<![\w.])([a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]{3,})[ \t]+$", m.string[max(0, m.start() - 30):m.start()])
    if not prev:
        return None
    forms = readings(prev[1].lower())
    if any(r.pos == "subst" for r in forms) and not any(r.pos in _VERB_POS | {"adj", "prep", "conj", "adv", "qub", "ppas", "pact", "ger"} for r in forms):
        return ""
    return None


# Round twenty: a floor or a quarter shortened after its Roman numeral ("na II p.", "w IV kw. 2027 r.") in the case of
# the preposition before the numeral: "na drugim piętrze", "w czwartym kwartale" (were "na drugie piętro", "w czwarty
# kwartał", unwarned); "na" after a verb of moving or bringing is where to ("przeniesiono na II p." -> "na drugie
# piętro"); a quarter after "na" is what for ("na I kw. 2027 r." -> "na pierwszy kwartał"); "za" (what a payment is
# for), no preposition, or any other word as before (the nominative).
_NUMBERED_CASES = {"w": "loc", "we": "loc", "na": "loc", "przy": "loc", "po": "loc", "z": "gen", "ze": "gen",
                   "do": "gen", "od": "gen", "spod": "gen", "pod": "inst", "nad": "inst", "przed": "inst"}
_ON_FLOOR_ONLY = frozenset({"na", "przy", "pod", "nad", "spod"})  # "na I kw. 2027 r.": for the quarter, the accusative
_NUMBERED_LEMMAS = {"piętro": ("piętro", "n"), "kwartał": ("kwartał", "m3")}


def _numbered_in_case(noun: str, m: re.Match) -> str:
    roman = re.search(rf"(?<![\w.])(?:{ROMAN})\s*$", m.string[max(0, m.start() - 8):m.start()])
    start = m.start() - len(roman[0]) if roman else m.start()
    before = m.string[:start].rstrip()
    case = _NUMBERED_CASES.get(_prev_word(m.string, len(before)))
    if case is None or noun == "kwartał" and _prev_word(m.string, len(before)) in _ON_FLOOR_ONLY:
        return noun
    if case == "loc" and _prev_word(m.string, len(before)) == "na" and _toward(m.string, len(before)):
        return noun  # "przeniesiono na II p.": where to, the accusative (the nominative's form)
    lemma, gender = _NUMBERED_LEMMAS[noun]
    return _inflect(lemma, "subst", "sg", case, gender) or noun


def _object_of_verb(text: str, pos: int) -> str | None:
    """"yes" if the word before pos is a verb ("podano godz.", "sprawdzić godz."): its object follows;
    "negated" after "nie" ("nie podano godz.": the genitive); None otherwise."""
    before = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    found = readings(before[1].lower()) if before else ()
    if not found or not all(r.pos in {"fin", "praet", "imps", "inf", "impt"} for r in found):
        return None
    return "negated" if re.search(r"(?<!\w)nie\s+\w+[ \t]+$", text[max(0, pos - 40):pos], re.I) else "yes"


_PLACE_GENDER = {"ul.": "f", "al.": "f", "os.": "n", "pl.": "m3"}
_WORD_BEFORE = re.compile(r"(?<![\w.])(\w+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([a-ząćęłńóśźż]+)(?!\w|[.-]\w|[ \t:]*[0-9])")  # "nr sprawy 12": a label


# Round twenty-one: "na nr" before an account's noun is where money goes, the accusative.
_ONTO_ACCOUNT = re.compile(r"(?<!\w)[nN]a[ \t]+$")
_ACCOUNT_NOUN_AFTER = re.compile(r"[ \t]*(?:konta|rachunku|rach\.)(?!\w)")


def _numer_of(m: re.Match) -> bool:
    """"nr" between a noun and a noun in the genitive is itself in the genitive, of the noun before it:
    "Zmiana nr konta", "podanie nr telefonu" -> "numeru"; after a verb or an adjective ("podać nr konta",
    "nowy nr konta") or before a number ("pokój nr 2") it is "numer"."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    after = _WORD_AFTER.match(m.string, m.end())
    if not before or not after:
        return False
    prev = readings(before[1].lower())
    return bool(prev) and all(r.pos in {"subst", "ger", "depr"} for r in prev) and not any(
        r.name for r in prev) and any(r.pos == "subst" and "gen" in r.cases for r in noun_readings(after[1]))


def _name_case(key: str, m: re.Match, case: str) -> str | None:
    """The case of the adjective that names a street or an estate ("os. Słonecznego" is in the
    genitive), when it cannot be the nominative; None when it can, or is no adjective."""
    nxt = re.match(r"\s*([A-ZĄĆĘŁŃÓŚŹŻ]\w+)", m.string[m.end():m.end() + 40])
    if not nxt:
        return None
    genders = {"f"} if _PLACE_GENDER[key] == "f" else {"m1", "m2", "m3", "n"}  # the dictionary joins m and n
    found = set().union(*[r.cases for r in readings(nxt[1].lower())
                          if r.pos == "adj" and r.number == "sg" and r.gender in genders and r.cases] or [set()])
    if not found or "nom" in found or case in found:
        return None
    return next((c for c in ("gen", "loc", "inst", "dat", "acc") if c in found), None)


# Round eighteen: "na" before a street or an estate after a verb of moving or bringing something there (przenieść,
# dowozić, jechać, …; no other preposition between) is where to, the accusative ("Punkt przeniesiono na os. Lipowe
# 4" -> "na osiedle Lipowe", was "na osiedlu", unwarned), unless the name's own form says where ("na os.
# Lipowym"); and a street joined by "i", "oraz", "lub", "albo" to one after a preposition takes that preposition's
# case the name allows ("na os. Kwiatowe 3 i ul. Leśną 12" -> "i ulicę Leśną", was "i ulicą", unwarned).
_TOWARD_LEMMAS = frozenset(
    "przenieść przenosić przeprowadzić przeprowadzać dowozić dowieźć dostarczać dostarczyć zawozić zawieźć wozić "
    "przywozić przywieźć jechać pojechać jeździć przyjechać przyjeżdżać iść pójść przyjść przychodzić wyjechać "
    "wyjeżdżać kierować skierować wysyłać wysłać przesyłać przesłać".split())
_JOINED_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?P<prep>na|w|we|przy|do|z|ze|od|pod|za)\s+(?:ul|os|al|pl)\.\s+[^,;:()!?]{1,40}?\s(?:i|oraz|lub|albo)\s+$")


def _name_forms(key: str, m: re.Match) -> set[str] | None:
    """The cases the adjective naming the street or estate after m may be in; None when no such adjective follows."""
    nxt = re.match(r"\s*([A-ZĄĆĘŁŃÓŚŹŻ]\w+)", m.string[m.end():m.end() + 40])
    if not nxt:
        return None
    genders = {"f"} if _PLACE_GENDER[key] == "f" else {"m1", "m2", "m3", "n"}
    return set().union(*[r.cases for r in readings(nxt[1].lower())
                         if r.pos == "adj" and r.number == "sg" and r.gender in genders and r.cases] or [set()]) or None


def _toward(text: str, pos: int) -> bool:
    """A verb of moving or bringing before the "na" that ends at pos, with no other preposition between."""
    before = re.split(rf"[.!?]\s+(?=[{_UPPER}])", text[max(0, pos - 70):pos])[-1]
    words = re.findall(r"[^\W\d_]+", before)
    for word in reversed(words[:-1]):  # the last word is "na" itself
        if any(r.lemma.split(":")[0] in _TOWARD_LEMMAS for r in readings(word.lower())):
            return True
        if len(word) > 1 and governed_cases(word.lower() + " "):
            return False
    return False


def _place_case_of_phrase(key: str, m: re.Match, case: str) -> str | None:
    forms = _name_forms(key, m)
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    if not governed and forms and (joined := _JOINED_PLACE_BEFORE.search(m.string, max(0, m.start() - 70), m.start())):
        return next((c for c in governed_cases(joined["prep"] + " ") if c in forms), None)
    if _prev_word(m.string, m.start()) == "na" and (forms is None or "acc" in forms) and _toward(m.string, m.start()):
        return "acc"
    if governed and forms and case not in governed:  # "na ul. Leśną": never "na ulicą"
        return next((c for c in governed if c in forms), None)
    return None


_SURNAME_AFTER = re.compile(r"\s+([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?![\w-])")
_FULL_NAME_AFTER = re.compile(rf"\s*([{_UPPER}]\w+)(?=\s+[{_UPPER}])")


def _man_in_genitive(m: re.Match) -> bool:
    """A title before a man's first name and surname in the genitive: the title takes their case, as after one name
    ("Prelekcja inż. Nowaka"). The first name may also be a nominative, a woman's ("Wykład dr. Pawła Nowaka", "wykład
    dr. Jana Wiśniewskiego" -> "doktora"; rounds nineteen and twenty, which left "doktor", unwarned), so the surname
    decides: a man's in the genitive or accusative only, never a nominative ("dr Jana Nowak", "dr Jana Kowalska", "dr
    Anna Lis" stay in the nominative)."""
    titled = _MORE_TITLES.match(m.string[m.end():m.end() + 60])
    start = m.end() + (titled.start(1) if titled else 0)
    first_name = _FULL_NAME_AFTER.match(m.string, start)
    if not first_name or not any(r.gender == "m1" and r.number == "sg" and "gen" in r.cases
                                 for r in noun_readings(first_name[1])):
        return False
    surname = _SURNAME_AFTER.match(m.string, first_name.end())
    if not surname:
        return False
    found = [r for r in readings(surname[1]) if r.pos in {"subst", "adj"} and r.number == "sg"]
    return any(r.gender == "m1" and r.cases & {"gen", "acc"} for r in found) and not any("nom" in r.cases for r in found)


def _woman_cases(name: str, m: re.Match) -> set[str]:
    """Round twenty-four: the cases a woman's first name after her title may be in, which the title's participle
    takes ("wykład dr hab. Anny Lis" -> "doktor habilitowanej", "z dr hab. Anną Lis" -> "habilitowaną"; was
    "habilitowana", unwarned): one the preposition before allows, else the name's own (no locative with no
    preposition); the nominative when the name may be one ("Anna") or is none the dictionary knows."""
    own = {c for r in noun_readings(name) if r.name and r.gender == "f" and r.number == "sg" for c in r.cases}
    if not own or "nom" in own:
        return {"nom"}
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    if allowed := [c for c in governed if c in own]:
        return {allowed[0]}
    return (own - {"loc"} if not governed else own) or {"nom"}


def _woman(word: str) -> bool:
    """A woman's first name in the nominative, and no man's: "Monika" (not the genitive of "Monik")."""
    names = [r for r in noun_readings(word) if r.name and "nom" in r.cases]
    return any(r.gender == "f" for r in names) and not any(r.gender == "m1" for r in names)


# Session twenty-four: a province or a district named by its adjective ("63-005 Kleszczewo, woj. wielkopolskie", "…, pow.
# poznański"): in an address, at the start or after a comma, a bracket, a colon or a dash, no preposition before
_IN_ADDRESS = re.compile(r"(?:^|[,(:;–—-])\s*$")
_PROVINCE, _DISTRICT = (re.compile(rf"\s*[a-ząćęłńóśźż]{{3,}}{ending}(?![\w-])") for ending in ("skie", "ski"))


def _named_in_address(m: re.Match, adjective: re.Pattern) -> str | None:
    """The nominative for "woj." or "pow." followed by its adjective (`adjective`) where an address names it; None
    elsewhere ("mała pow. poznański", "w pow. poznańskim": the preposition's case is _case_with_adjective_after's)."""
    if governed_cases(m.string[max(0, m.start() - 25):m.start()]) or not adjective.match(m.string, m.end()) or \
            not _IN_ADDRESS.search(m.string[max(0, m.start() - 3):m.start()]):
        return None
    return "nom"


def _case_with_adjective_after(m: re.Match, gender: str) -> str | None:
    """The case of a noun between a preposition and its adjective: one both allow ("na gosp. domowe"
    -> accusative, "w gosp. wieloosobowym" -> locative)."""
    nxt = re.match(r"\s*([a-ząćęłńóśźż]{4,})(?!\w)", m.string[m.end():m.end() + 30])
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    if not nxt or not governed:
        return None
    found = [r for r in readings(nxt[1]) if r.pos == "adj" and r.number == "sg"]
    cases = {c for r in found if r.gender == gender for c in r.cases}
    # a reading's gender is the first of its tag's ("wielkopolskim": m1.m2.m3.n), so the form is asked for too
    return next((c for c in governed if c in cases or any(
        _inflect(r.lemma, "adj", "sg", c, gender, ("pos",)) == nxt[1] for r in found)), None)


def _phone_before_adjective(m: re.Match) -> str | None:
    """Round nineteen: "tel." between a preposition and an adjective of its own, in the number and case the adjective
    shows among those the preposition allows ("z tel. stacjonarnych" -> "telefonów", "z tel. komórkowego" ->
    "telefonu", "o tel. alarmowym" -> "telefonie"); None with no preposition or no such adjective."""
    nxt = re.match(r"[ \t]*([a-ząćęłńóśźż]{4,})(?![\w-])", m.string[m.end():m.end() + 30])
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    if nxt and not governed and nxt[1].endswith("ego") and any(
            r.pos == "adj" and _inflect(r.lemma, "adj", "sg", "gen", "m3", ("pos",)) == nxt[1] for r in readings(nxt[1])):
        return "telefonu"  # session twenty-two: "z powodu awarii tel. stacjonarnego" (a genitive adjective, no
        # preposition before: was "telefon stacjonarnego", warned)
    if not nxt or not governed:
        return None
    found = [r for r in readings(nxt[1]) if r.pos == "adj"]
    for number in ("sg", "pl"):
        for case in governed:
            if any(_inflect(r.lemma, "adj", number, case, "m3", ("pos",)) == nxt[1] for r in found):
                return _inflect("telefon", "subst", number, case, "m3")
    return None


def _feminine_adjective_after(m: re.Match) -> str | None:
    """The case of a feminine noun before the adjective after m, which is feminine and singular and no other
    gender's form ("pow. użytkowa" -> nominative, "o pow. użytkowej" -> locative; "pow. poznański" -> None): the
    preposition's case the adjective allows, else the adjective's own (nominative first)."""
    nxt = re.match(r"\s*([a-ząćęłńóśźż]{4,})(?!\w|\.)", m.string[m.end():m.end() + 30])
    if not nxt:
        return None
    found = [r for r in readings(nxt[1]) if r.pos == "adj" and r.number == "sg"]
    cases = {c for r in found if r.gender == "f" for c in r.cases}
    if not cases or any(r.gender != "f" for r in found):
        return None
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    if governed:
        return next((c for c in governed if c in cases), None)
    return next(c for c in ("nom", "acc", "gen", "loc", "dat", "inst") if c in cases)


def _feminine_adjective_before(m: re.Match) -> str | None:
    """Round fifteen: the case of a feminine noun after its adjective, which is feminine and singular and no other
    gender's form, right before m with nothing between ("normatywna pow. dla 1 os." -> nominative, "o całkowitej
    pow." -> locative); a capitalised adjective only at a sentence's start ("ul. Szkolna pow." is a street's name)."""
    before = m.string[max(0, m.start() - 40):m.start()]
    prev = re.search(r"(?:^|(?<=[\s(]))([A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]{4,})[ \t]+$", before)
    if not prev:
        return None
    word = prev[1]
    if word[0].isupper() and not re.search(r"(?:^|[:!?]\s+|\w{4}\.\s+)$", before[:prev.start(1)]):
        return None
    nxt = re.match(r"\s*([a-ząćęłńóśźż]{4,})", m.string[m.end():m.end() + 30])
    after = [r for r in readings(nxt[1]) if r.pos == "adj" and r.number == "sg"] if nxt else []
    if any(r.gender != "f" for r in after) and not any(r.gender == "f" for r in after):
        return None  # "mała pow. poznański": the adjective after is another noun's ("powiat"), left
    found = [r for r in readings(word.lower()) if r.pos == "adj" and r.number == "sg"]
    cases = {c for r in found if r.gender == "f" for c in r.cases}
    if not cases or any(r.gender != "f" for r in found):
        return None
    start = m.start() - len(before) + prev.start(1)
    governed = governed_cases(m.string[max(0, start - 25):start])
    if governed:
        return next((c for c in governed if c in cases), None)
    return next(c for c in ("nom", "acc", "gen", "loc", "dat", "inst") if c in cases)


_DISABILITY_AFTER = re.compile(r"[ \t]+z[ \t]+niepełnosprawności(ą|ami)(?!\w)")


def _os_by_context(m: re.Match) -> str | None:
    """"dowód os." -> "dowód osobisty" (agreeing with "dowód"); "os. 70+" -> "osoby" (people of an age and over)."""
    prev = re.search(r"(?<!\w)(dow[oó]d\w*)\s*$", m.string[max(0, m.start() - 20):m.start()], re.I)
    if prev:
        nouns = [r for r in noun_readings(prev[1].lower()) if r.lemma == "dowód"]
        if nouns:
            case = next(c for c in ("nom", "gen", "inst", "loc", "dat", "acc") if c in nouns[0].cases)
            return _inflect("osobisty", "adj", nouns[0].number, case, "m3", ("pos",)) or "osobisty"
    if re.match(r"\s*(?:[0-9]{2}\s?\+|(?:sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:\s[a-ząćęłńóśźż]+)?\s+plus(?!\w))",
                m.string[m.end():m.end() + 40]):
        governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
        return _inflect("osoba", "subst", "pl", governed[0] if governed else "nom", "f") or "osoby"
    if disabled := _DISABILITY_AFTER.match(m.string, m.end()):
        # round twenty-one: "os. z niepełnosprawnością" -> "osoba", "osób" before "niepełnosprawnościami" (was "osiedle")
        number = "pl" if disabled[1] == "ami" else "sg"
        before = m.string[max(0, m.start() - 40):m.start()]
        governed = governed_cases(before)
        token = _TOKEN_BEFORE.search(before)
        head = re.search(r"(\w+)[ \t]+$", before)
        after_noun = token and not token[1].endswith((",", ":", ";")) and head and any(
            r.pos in {"subst", "adj"} for r in readings(head[1].lower())) and not any(
            r.pos in {"fin", "praet", "prep", "conj", "qub", "adv"} for r in readings(head[1].lower()))
        opening = not before.strip() or before.rstrip()[-1] in ".:;(–—-"
        case = governed[0] if governed else "gen" if after_noun else "nom" if opening else None
        return _inflect("osoba", "subst", number, case, "f") if case else "?"  # after a verb: subject or object?
    if re.search(r"(?<!\w)(?:[0-9]+|[a-ząćęłńóśźż]+)\s+(?:i|lub|albo)\s+(?:więcej|mniej)\s*$",
                 m.string[max(0, m.start() - 40):m.start()]):
        return "osób"  # "(5 i więcej os.)" -> "pięć i więcej osób", a count's genitive (round twelve; was "osiedle")
    return None


# A measured amount (already said) before "na"/"od"/"za": "15 kg na os.)" -> "piętnastu kilogramów na osobę".
_MEASURE_PER = re.compile(r"(?<!\w)(?:kilogram|dekagram|gram|litr|ton|sztuk|godzin)\w*"
                          r"(?:\s+(?:rocznie|miesięcznie|dziennie|tygodniowo))?\s+(?:od|za|na)\s*$")  # session 22: hours


# Round seventeen: a bracket or a spaced dash opening after "os." also closes its phrase ("600 zł netto na os. (art.
# 90d …)" -> "na osobę", was "na osiedlu", unwarned).
_OPENING_AFTER = re.compile(r"[ \t]*(?:\(|[–—-][ \t])")


def _person(m: re.Match) -> str | None:
    """"os." before a lowercase word that agrees with a woman's noun is "osoba", not "osiedle"
    ("dla os. samotnej" -> "dla osoby samotnej", "os. niepełnosprawnych" -> "osób ...", an adverb
    between: "dla os. samotnie gospodarującej"); after an amount and "od", "za", "na" it is a person
    whatever lowercase word follows ("20 zł na os." -> "na osobę", "1 646 zł na os. w rodzinie")."""
    before = m.string[max(0, m.start() - 25):m.start()]
    nxt = re.match(r"\s*([a-ząćęłńóśźż]+)", m.string[m.end():m.end() + 40])
    closing = re.match(r"\s*(?:[.,;:!?)]|$)", m.string[m.end():m.end() + 3]) or _OPENING_AFTER.match(
        m.string, m.end()) or _verb_opens_after(m)
    if ((nxt or closing) and re.search(r"(?:zł|złot\w*|[0-9])(?:\s+(?:netto|brutto))?\s+(?:od|za|na)\s*$", before)
            or closing and _MEASURE_PER.search(before)) and (
                governed := governed_cases(before)):  # "600 zł netto na os.": the amount's netto between; a
        # measured amount closing its phrase: "(ok. 15 kg na os.)" -> "kilogramów na osobę"
        per = "acc" if "acc" in governed else governed[0]  # "20 zł na os." -> "na osobę"
        return _inflect("osoba", "subst", "sg", per, "f")  # "50 zł od os." -> "od osoby"
    if not nxt:
        return None
    if nxt[1] in GOVERNS:  # session twenty-three: a lowercase preposition opens the person's own phrase ("os. w
        governed = governed_cases(before)  # rodzinie" -> "osoba", was "osiedle"); an estate is named by a capital
        return _inflect("osoba", "subst", "sg", governed[0] if governed else "nom", "f")
    words = [nxt[1]]
    if any(r.pos == "adv" for r in readings(nxt[1])) and (
            second := re.match(r"\s*[a-ząćęłńóśźż]+\s+([a-ząćęłńóśźż]+)", m.string[m.end():m.end() + 60])):
        words.append(second[1])
    options = [r for w in words for r in readings(w) if r.pos in {"adj", "ppas", "pact"} and r.cases
               and (r.gender == "f" or r.number == "pl")]
    if not options:
        return None
    governed = governed_cases(before)
    for case in (*governed, "nom", "gen", "acc", "loc", "inst", "dat"):
        for r in options:
            if case in r.cases:
                return _inflect("osoba", "subst", r.number, case, "f")
    return None


# Round twenty-four: a capitalised verb right after "os." opens the next sentence ("15 zł od os. Zapraszamy!"): the
# period ends the amount's phrase, as a comma does ("od osoby.", was "od osiedla", unwarned). An estate's name after
# it ("na os. Lipowe", "os. Kopernika") is an adjective or a noun, no verb, and is read as before.
_VERB_ONLY = frozenset({"fin", "impt", "praet", "inf", "bedzie", "imps", "pred", "winien"})


def _per_or_estate(m: re.Match) -> bool:
    """Round twenty-four: "os." after an amount and "od", "za", "na", before a capitalised word that is no verb ("20 zł
    za os. Zapisy w pok. 3", "10 zł na os. Lipowe"): a person the amount is per, the sentence ending, or an estate the
    amount is for; left, and warned (was "za osiedlem Zapisy", "na osiedlu Lipowe", unwarned)."""
    if not re.search(r"(?:zł|złot\w*)(?:\s+(?:netto|brutto))?\s+(?:od|za|na)\s*$", m.string[max(0, m.start() - 25):m.start()]):
        return False
    return bool(re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]").match(m.string, m.end())) and not _verb_opens_after(m)


def _verb_opens_after(m: re.Match) -> bool:
    word = re.compile(r"\s+([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?!\w)").match(m.string, m.end())
    if not word or not m[0].endswith("."):
        return False
    found = readings(word[1].lower())
    return bool(found) and all(r.pos in _VERB_ONLY for r in found)


_NAME_BEFORE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\w+\s+([A-ZĄĆĘŁŃÓŚŹŻ]\w+),\s*$")


def _apposed_case(m: re.Match) -> str | None:
    """A title after a man's name and a comma, with no name of its own after it ("z dr. hab. Tomaszem
    Lisem, prof. UAM"), is in the name's case, when the surname has one (not the nominative)."""
    nxt = re.match(r"\s*([A-ZĄĆĘŁŃÓŚŹŻ]\w+)", m.string[m.end():m.end() + 30])
    if nxt and any(r.name for r in noun_readings(nxt[1])):
        return None
    before = _NAME_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
    if not before:
        return None
    cases = {c for r in noun_readings(before[1]) if r.gender == "m1" and r.number == "sg" for c in r.cases}
    if cases == {"gen", "acc"}:
        return "gen"  # a man's genitive and accusative are one form: "Jana Nowaka, prof." -> "profesora"
    return next(iter(cases)) if len(cases) == 1 and cases != {"nom"} else None


def _number_follows(m: re.Match) -> bool:
    """A number after m, in digits or already said by the units rule ("max. 40 os.")."""
    nxt = re.match(r"\s*(?:[0-9]|(\w+))", m.string[m.end():m.end() + 40])
    return bool(nxt) and (nxt[1] is None or any(r.pos == "num" for r in readings(nxt[1].lower())))


_SENTENCE_SPLIT = re.compile(rf"[.!?;]\s+(?=[{_UPPER}])|[!?;]")
_MAX_NEAR = re.compile(r"(?<![\w.])(?:max|maks)\.?\s*(?:[0-9]|(?P<word>\w+))", re.I)


def _paired_with_max(m: re.Match) -> bool:
    """"min." is the other limit of a "max." said as an adverb ("maksymalnie") in the same sentence, with no
    preposition before it ("z min. 3 dzieci" stays "z minimum")."""
    if governed_cases(m.string[max(0, m.start() - 25):m.start()]):
        return False
    start, end = max(0, m.start() - 60), min(len(m.string), m.end() + 60)
    before, after = m.string[start:m.start()], m.string[m.end():end]
    before = _SENTENCE_SPLIT.split(before)[-1]
    after = _SENTENCE_SPLIT.split(after)[0]
    return any(not near["word"] or any(r.pos == "num" for r in readings(near["word"].lower()))
               for near in (*_MAX_NEAR.finditer(before), *_MAX_NEAR.finditer(after)))  # "max. 12 os." is said by now


def _acting(m: re.Match) -> str:
    """"p.o." is "pełniący obowiązki", "pełniąca" when a woman's first name follows within a few
    words ("p.o. Kierownika OPS Anna Nowak")."""
    for word in re.findall(r"\w+", m.string[m.end():m.end() + 50])[:4]:
        if word[:1].isupper() and any(r.name and r.gender == "f" and "nom" in r.cases for r in noun_readings(word)) \
                and not any(r.name and r.gender == "m1" and "nom" in r.cases for r in noun_readings(word)):
            return "pełniąca obowiązki"
    before = _NAME_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
    if before and (first := re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ]\w+", before[0])) and _woman(first[0]):
        return "pełniąca obowiązki"  # round twenty-one: "mgr Joanna Kowalczyk, p.o. kier. OPS" (was "pełniący")
    return ABBREVIATIONS["p.o."]


# "dot." and "św." after a noun (and not before a name) agree with it: "Dokumenty dot." ->
# "Dokumenty dotyczące", "Msza św. w intencji" -> "Msza święta".
def _after_reference_or_noun(text: str, pos: int) -> bool:
    if re.search(r"[0-9][a-z]?\s*$", text[max(0, pos - 6):pos]):
        return True
    word = re.search(r"(\w+)\s*$", text[max(0, pos - 30):pos])
    return bool(word) and any(r.pos == "subst" for r in readings(word[1].lower())) and not any(
        r.pos in {"fin", "praet", "qub", "prep", "conj", "adv"} for r in readings(word[1].lower()))


# "Kpa"/"kpa" (no dots) is the code only right after a law reference or "zgodnie z", "przepisy".
_KPA_AFTER = re.compile(r"(?:(?:art|ust|pkt|par)\.?\s*[0-9]+[a-z]?|§\s*[0-9]+[a-z]?)\s*$"
                        r"|(?<!\w)(?:zgodnie\s+z|przepis\w*|trybie)\s*$", re.I)
_CODE_LISTED_BEFORE = re.compile(r"(?<![\w.])(?:k\.p\.a\.|k\.c\.|k\.r\.o\.|u\.p\.s\.)\s+(?:i|oraz|lub|albo)\s+$")
# The codes of law: "kodeks" with its adjectives agreeing, and a genitive after them.
_CODES = {"k.p.a.": ((), "postępowania administracyjnego"), "k.c.": (("cywilny",), ""),
          "k.r.o.": (("rodzinny", "i", "opiekuńczy"), "")}
_AGREE_BEFORE = {"dot.": ("dotyczyć", "pact"), "św.": ("święty", "adj"), "elektr.": ("elektroniczny", "adj"),
                 "wlkp.": ("wielkopolski", "adj"), "dom.": ("domowy", "adj"), "społ.": ("społeczny", "adj"),
                 "szk.": ("szkolny", "adj"), "bezpł.": ("bezpłatny", "adj"),
                 # round thirteen; "rzecz.", "świąt.", "bank." are also words, see _WORD_ADJECTIVE
                 "socj.": ("socjalny", "adj"), "energ.": ("energetyczny", "adj"), "osł.": ("osłonowy", "adj"),
                 "rzecz.": ("rzeczowy", "adj"), "świąt.": ("świąteczny", "adj"), "bank.": ("bankowy", "adj"),
                 "mieszk.": ("mieszkaniowy", "adj"), "konf.": ("konferencyjny", "adj")}
# Round sixteen: the nouns (lemmas) an adjective's shortening is that adjective after; after any other ("liczba
# mieszk.", "zebranie mieszk.": "mieszkańców"; "na konf.": "konferencji") it is left, and warned.
_HEAD_NOUNS = {
    "mieszk.": frozenset("dodatek zasób spółdzielnia wspólnota lokal budownictwo fundusz warunek potrzeba "
                         "sytuacja kredyt program zasiłek".split()),
    "konf.": frozenset("sala salka pokój pomieszczenie".split()),
}

# Round thirteen: a clerk's shortened nouns (lemma, gender), declined by _office_noun.
_OFFICE_NOUNS = {"dod.": ("dodatek", "m3"), "zebr.": ("zebranie", "n"), "spotk.": ("spotkanie", "n"),
                 "szkol.": ("szkolenie", "n"), "posiedz.": ("posiedzenie", "n"), "wn.": ("wniosek", "m3"),
                 "rach.": ("rachunek", "m3"), "doch.": ("dochód", "m3"),
                 "spec.": ("specjalista", "m1"), "dow. os.": ("dowód", "m3")}
# Nouns whose shortening is also an adjective's ("dod." "dodatkowy", "doch." "dochodowy"): said only where no
# adjective fits.
_NOUN_OR_ADJECTIVE = frozenset({"doch."})  # "dod." is said only before its adjective
# Round twenty-one: the posts of an office ("do kier. OPS" -> "do kierownika", "p.o. dyr. DPS" -> "dyrektora", "Kier.
# OPS informuje" -> "Kierownik"), only before an acronym or an institution's capitalised noun.
_OFFICE_NOUNS.update({"kier.": ("kierownik", "m1"), "dyr.": ("dyrektor", "m1")})
_POST_OF = re.compile(r"[ \t]*(?:[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?![a-ząćęłńóśźż])|(?:Ośrod|Szkoł|Szkol|Dom|Urzęd|Biur|Wydział|Dział|"
                      r"Zespoł|Zespół|Przedszkol|Żłob|Bibliotek|Punkt|Centrum|Gminn|Powiatow|Miejsk)\w*)")
# "o" after a noun of asking: what is asked for, in the accusative ("wniosek o dodatek", "prośba o").
_ASKING_FOR = re.compile(r"(?<!\w)(?:wn\.|wnios\w*|prośb\w*|podani\w*)\s+o\s+$", re.I)
_SEVERAL_DAYS_AFTER = re.compile(r"\s+we?\s+(?:każd\w+\s+)?[0-9]{1,2}\.?(?:\s*,\s*[0-9]{1,2}\.?){0,30}\s*(?:,|i|oraz)\s*[0-9]{1,2}\.?\s")
_TOKEN_BEFORE = re.compile(r"(?:^|(?<=\s))(\S+?)[ \t]*$")


# Round seventeen: "na rach." before a bank account's 26 digits (in groups or not): where the money goes, "na rachunek".
_ON_ACCOUNT = re.compile(r"(?<!\w)[nN]a\s+$")
_ACCOUNT_AFTER = re.compile(r"\s*:?\s*(?:PL\s?)?[0-9]{2}(?:\s?[0-9]{4}){6}(?![\w])")
# The account as bank_accounts() has said it (before this rule): seven groups of number words, parted by commas.
_PAIR_WORDS = frozenset(w for n in range(100) for w in say_digits(f"{n:02d}").split())


def _account_after(text: str, end: int) -> bool:
    """A bank account right after end: 26 digits, or the seven groups bank_accounts() said."""
    if _ACCOUNT_AFTER.match(text, end):
        return True
    groups = re.sub(r"^[ \t]*:", "", text[end:end + 400]).split(",")[:7]  # "na rach.: 12 …"
    return len(groups) == 7 and all(g.split() and all(w in _PAIR_WORDS for w in g.split()) for g in groups[:6]) and bool(
        groups[6].split()) and groups[6].split()[0] in _PAIR_WORDS


def _noun_before(token: str) -> bool:
    """Whether the word (or shortened word) before is a noun, so that a noun after it is its genitive:
    "Zebr. prac. socj.", "nr rach.", "termin zebr."."""
    key = _ABBREVIATION_KEYS.get(token[:1].lower() + token[1:]) if token else None
    if key in _OFFICE_NOUNS or key in _NOUN_LEMMAS and key not in _TITLE_WORDS or key == "p.o.":
        return True
    word = token.strip(".,;:()").lower()
    found = readings(word) if word.isalpha() else ()
    return bool(found) and all(r.pos in {"subst", "ger", "depr"} for r in found) and not any(r.name for r in found)


def _office_noun(key: str, m: re.Match) -> str | None:
    """A shortened noun in the case the words before it give: a preposition's (with two, the one its adjective
    allows: "o dod. węglowy" -> "o dodatek"), the genitive after a noun or a share ("Zebr. prac.", "70% doch."), else the
    nominative (after a verb too: "Przyjmuje spec." is its subject). None (left, and warned) when unclear."""
    lemma, gender = _OFFICE_NOUNS[key]
    before = m.string[max(0, m.start() - 40):m.start()]
    token = _TOKEN_BEFORE.search(before)
    token = token[1] if token else ""
    governed = governed_cases(before)
    adjective = re.match(r"\s*(?:(?P<short>energ|osł|socj)\.|(?P<word>[a-ząćęłńóśźż]{4,})(?!\w))", m.string[m.end():m.end() + 30])
    if adjective and adjective["word"] and not any(r.pos == "adj" for r in readings(adjective["word"])):
        adjective = None  # "Koszty dod. pokrywa gmina": a verb after it, no adjective
    if key == "dod." and not adjective:
        return None  # "koszty dod." is "dodatkowe": left, and warned
    if token[-1:].isdigit() or any(r.pos == "num" for r in readings(token.lower())):
        return None  # "2 wn.", "dwa wn.": a count before it ("dwa wnioski"), left
    if key == "rach." and _ON_ACCOUNT.search(before) and _account_after(m.string, m.end()):
        case = "acc"  # round seventeen: "wpłacamy na rach. 12 1020 …" -> "na rachunek" (was left, and warned)
    elif governed and _ASKING_FOR.search(before):
        case = "acc"  # "wniosek o dod. osł.": what is asked for, "o dodatek"
    elif governed:
        case = governed[0] if len(governed) == 1 else _case_with_adjective_after(m, gender)
        if case is None:
            return None  # "o dod. osł.": "o dodatek" or "o dodatku", left
    elif token.endswith("%"):
        case = "gen"  # "70% doch." -> "siedemdziesiąt procent dochodu"
    elif key in {"kier.", "dyr."} and token.endswith(","):
        case = _apposed_case(m) or "nom"  # round twenty-one: "Jan Lis, kier. OPS": the name's case
    elif key in _NOUN_OR_ADJECTIVE:
        return None  # "kryterium doch.": "dochodowe" or "dochodu", left
    elif _noun_before(token):
        case = "gen"
    else:  # after a verb too: "Przyjmuje spec. ds. świadczeń" is its subject, "składamy wn." the same form
        case = "nom"
    if key in {"kier.", "dyr."} and case == "nom" and not _man_before(m):
        return None  # round twenty-one: a post said of a person, "kierownik" or "kierowniczka"? Left, and warned
        # (round twelve's decision, "Kier. zaprasza", "Dyr. OPS zaprasza"), unless a man's name is apposed before it
    # "posiedz. w 1. i 3. śr. m-ca": held on several days listed after it, several meetings ("posiedzenia")
    number = "pl" if case == "nom" and gender == "n" and _SEVERAL_DAYS_AFTER.match(m.string, m.end()) else "sg"
    noun = _inflect(lemma, "subst", number, case, gender)
    if noun and key == "dow. os.":
        return f"{noun} {_inflect('osobisty', 'adj', 'sg', case, gender, ('pos',)) or 'osobisty'}"
    return noun or None


# Round twenty-one: "mies." right after a weekday or "dnia" is the month those days are of, "miesiąca" ("w 2. i 4. wt.
# mies.", "do 10. dnia mies."; was left, and warned); elsewhere ("za 3 mies.", "w 3. mies. ciąży") as before.
_DAY_BEFORE_MONTH = re.compile(r"(?<!\w)(?:poniedział(?:ek|ku|ki|ków)|wtor(?:ek|ku|ki|ków)|środ[aęyz]|czwart(?:ek|ku|ki|ków)"
                               r"|piąt(?:ek|ku|ki|ków)|sobot[aęy]|sobót|niedziel[aęi]|pon\.|pn\.|wt\.|śr\.|czw\.|pt\.|sob\.|niedz\.|ndz\."
                               r"|dnia|dni)[ \t]+$", re.I)


def _man_before(m: re.Match) -> bool:
    """Round twenty-one: a man's first name and surname right before m and a comma ("Jan Lis, kier. OPS")."""
    before = _NAME_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
    first = re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ]\w+", before[0]) if before else None
    names = [r for r in noun_readings(first[0]) if r.name and "nom" in r.cases] if first else []
    return any(r.gender == "m1" for r in names) and not any(r.gender == "f" for r in names)


# Round twenty-one: "św." before the adjective of a benefit is "świadczenie" ("Wypłata św. pieniężnego" -> "świadczenia
# pieniężnego", "pobierających św. rodzinne" -> "świadczenia rodzinne"; were "święta", "świętego", the second
# unwarned), in the adjective's number and case (the preposition's, where there is one); the families of benefits the
# law names in the plural take it where the form allows both ("rodzinne", "opiekuńcze", "zdrowotne").
_BENEFIT_ADJECTIVES = frozenset("pieniężny niepieniężny rodzinny pielęgnacyjny wychowawczy opiekuńczy alimentacyjny "
                                "rodzicielski zdrowotny przedemerytalny kompensacyjny uzupełniający".split())
_BENEFITS_IN_PLURAL = frozenset({"rodzinny", "opiekuńczy", "zdrowotny"})


def _benefit(m: re.Match) -> str | None:
    nxt = re.match(r"[ \t]*([a-ząćęłńóśźż]{4,})(?![\w-]|\.\w)", m.string[m.end():m.end() + 30])
    lemmas = {r.lemma for r in readings(nxt[1]) if r.pos == "adj" and r.lemma in _BENEFIT_ADJECTIVES} if nxt else set()
    if not lemmas:
        return None
    lemma = next(iter(lemmas))
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    numbers = ("pl", "sg") if lemma in _BENEFITS_IN_PLURAL else ("sg", "pl")
    for case in (*governed, *(() if governed else ("nom", "gen", "acc", "dat", "inst", "loc"))):
        for number in numbers:
            if _inflect(lemma, "adj", number, case, "n", ("pos",)) == nxt[1]:
                return _inflect("świadczenie", "subst", number, case, "n")
    return None


def _social_worker(m: re.Match) -> str:
    """"prac. socj.": after a noun the workers' genitive ("Zebr. prac. socj." -> "Zebranie pracowników socjalnych"),
    after a preposition one worker in its case, else one worker ("(prac. socj.)" -> "pracownik socjalny")."""
    before = m.string[max(0, m.start() - 40):m.start()]
    token = _TOKEN_BEFORE.search(before)
    governed = governed_cases(before)
    if token and token[1].endswith(":"):
        token = None  # round twenty-one: "Zapisy: pracow. socj. Beata Lis" — a label's colon closes its noun
    if governed and "inst" in governed and re.search(r"(?<!\w)[zZ]e?[ \t]+$", before):
        governed = ["inst"]  # round twenty-one: "kontakt z pracow. socj." -> "z pracownikiem socjalnym" (was "z pracownika")
    number, case = ("sg", governed[0]) if governed else ("pl", "gen") if token and _noun_before(token[1]) else ("sg", "nom")
    noun = _inflect("pracownik", "subst", number, case, "m1") or "pracownik"
    adjective = _inflect("socjalny", "adj", number, case, "m1", ("pos",)) or "socjalny"
    return f"{noun} {adjective}"


# "rzecz.", "świąt.", "bank." are words too ("ta rzecz.", "do świąt."): read as the adjective only after a noun and
# before what cannot begin a sentence ("Pomoc rzecz. – paczki świąt., wydawanie", "nr rach. bank.,").
_WORD_ADJECTIVE = re.compile(r"(?<![\w.])(?:rzecz|świąt|bank)\.(?=[ \t]*[,;:)]|[ \t]+[–—-][ \t]|[ \t]+[a-ząćęłńóśźż])"
                             r"|(?<![\w.])bank\.(?=\s*$)")  # "nr rach. bank." closing the text


def _agreeing_with_noun_after(m: re.Match, lemma: str = "bezpłatny") -> str | None:
    """"bezpł." before a lowercase word that is only a noun: "bezpłatny" agreeing with it, in the case of the
    preposition before, the object's after a verb, else the nominative ("Bezpł. badania", "oferujemy bezpł. porady")."""
    nxt = re.match(r"\s+([a-ząćęłńóśźż]+)(?!\w)", m.string[m.end():m.end() + 40])
    if not nxt:
        return None
    found = readings(nxt[1])
    nouns = [r for r in found if r.pos == "subst" and r.cases and r.gender]
    if not nouns or any(r.pos not in {"subst", "ger"} for r in found):
        return None  # "bezpł. w czwartki", "bezpł. dla dzieci": no noun after it
    if main := {r.lemma for r in nouns if "nom" in r.cases}:  # "badanie": not the rare "badan" in the locative
        nouns = [r for r in nouns if r.lemma in main]
    before = m.string[max(0, m.start() - 25):m.start()]
    prev = re.search(r"(\w+)\s*$", before)
    cases = governed_cases(before) or (("acc",) if prev and any(r.pos == "fin" for r in readings(prev[1].lower()))
                                       else ("nom",))
    r = next((r for c in cases for r in nouns if c in r.cases), None)
    if r is None:
        return None
    case = next(c for c in cases if c in r.cases)
    return _inflect(lemma, "adj", r.number, case, r.gender, ("pos",)) or None


def _after_head_noun(key: str, m: re.Match) -> bool:
    """Whether the word right before key is a noun of its _HEAD_NOUNS ("dodatku mieszk.", "sala konf."; not
    "dod. mieszk.")."""
    prev = re.search(r"(?<![\w.])(\w+)\s*$", m.string[max(0, m.start() - 30):m.start()])
    if not prev:
        return False
    return any(r.pos == "subst" and r.lemma.split(":")[0] in _HEAD_NOUNS[key]
               for r in readings(prev[1].rstrip(".").lower()))


def _agreeing_before(key: str, m: re.Match) -> str | None:
    nxt = re.match(r"\s*(\w)", m.string[m.end():m.end() + 3])
    if key == "św." and nxt and nxt[1].isupper():
        # "św. Floriana": the saint's name follows; a woman saint's ("pw. św. Jadwigi") makes it "świętej"
        name = re.match(r"\s*(\w+)", m.string[m.end():m.end() + 30])[1]
        women = [r for r in noun_readings(name) if r.name and r.gender == "f" and r.number == "sg"]
        men = [r for r in noun_readings(name) if r.name and r.gender == "m1" and r.number == "sg"]
        if men and not women and not any("gen" in r.cases for r in men):
            # round thirty-five: a man's name not in the genitive ("Św. Marcin z Klubem Seniora") names the saint in
            # its own case: "Święty Marcin"; "św. Floriana" stays "świętego"
            cases = set().union(*[r.cases for r in men])
            governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
            case = next((c for c in (*governed, "nom", "acc", "loc", "inst", "dat") if c in cases), "nom")
            return _inflect("święty", "adj", "sg", case, "m1", ("pos",))
        if not women or men:
            return None
        cases = set().union(*[r.cases for r in women])
        governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
        case = next((c for c in (*governed, "gen", "nom", "acc", "loc", "inst", "dat") if c in cases), "nom")
        return _inflect("święty", "adj", "sg", case, "f", ("pos",))
    if key == "bezpł." and (before_noun := _agreeing_with_noun_after(m)):
        return before_noun  # "(bezpł. badania" -> "bezpłatne badania" (round twelve)
    prev = re.search(r"(\w+)\s*\(?\s*$", m.string[max(0, m.start() - 30):m.start()])
    if not prev:
        return None
    nouns = [r for r in (*readings(prev[1].lower()), *readings(prev[1])) if r.pos == "subst" and r.cases and r.gender]
    nouns = [r for r in nouns if not r.name] or nouns  # session twenty-five: "Rok szk." is the year, not a name "Rok"
    if not nouns and key == "bezpł.":  # "Mediacje rodzinne (bezpł.)": the noun's adjective shows its form too
        nouns = [r for r in readings(prev[1].lower()) if r.pos == "adj" and r.cases and r.gender]
    if not nouns:
        return None
    # the case the preposition before the noun gives it ("dla gospodarstwa dom." -> genitive), else the nominative
    governed = governed_cases(m.string[max(0, prev.start() + max(0, m.start() - 30) - 25):prev.start() + max(0, m.start() - 30)])
    r = next((r for c in governed for r in nouns if c in r.cases and r.number == "sg"), None)
    if r is None and not governed and (
            chain := _TOKEN_BEFORE.search(m.string, max(0, m.start() - 30 - 40), prev.start() + max(0, m.start() - 30))) and (
                _noun_before(chain[1])):  # "członków gosp. dom.": a noun's genitive after a noun (round thirteen)
        r = next((r for r in nouns if "gen" in r.cases and r.number == "sg"), None)
        governed = ("gen",) if r else governed
    r = r or next((r for r in nouns if "nom" in r.cases), nouns[0])
    case = next((c for c in (*governed, "nom", "acc", "gen", "loc", "inst", "dat") if c in r.cases), "nom")
    lemma, pos = _AGREE_BEFORE[key]
    return _inflect(lemma, pos, r.number, case, r.gender, ("pos", "aff", "imperf")) or None


# "j. angielskiego", "j. polski": a language's adjective after "j." (its case is "język"'s).
_LANGUAGE_AFTER = re.compile(r"\s*([a-ząćęłńóśźż]+(?:[sc]ki|[sc]kiego|[sc]kim|[sc]kiemu))(?!\w)")


def _language(m: re.Match, adjective: str) -> str:
    """"j." as "język" in the case of the language's adjective after it, the preposition's first."""
    cases = {c for r in readings(adjective) if r.pos == "adj" and r.number == "sg" and r.gender[:1] == "m" for c in r.cases}
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    case = next((c for c in (*governed, "nom", "gen", "loc", "inst", "dat", "acc") if c in cases), "nom")
    return _inflect("język", "subst", "sg", case, "m3") or "język"


def _gmina_case(text: str, pos: int) -> str | None:
    """"gm." right after a noun is its genitive ("Mieszkańców gm. Zaniemyśl" -> "gminy"); after "a",
    "i", "oraz" the case of the "gm." before it in the sentence ("…, a gm. Swarzędz"); else None."""
    before = text[max(0, pos - 80):pos]
    prev = re.search(r"(\w+)\s+$", before)
    if not prev:
        return None
    word = prev[1]
    if word.lower() in {"a", "i", "oraz", "lub", "albo"}:
        earlier = [g for g in re.finditer(r"(?<!\w)[Gg]m\.", before) if not re.search(r"[.!?;:]", before[g.end():])]
        return _gmina_case(text, pos - len(before) + earlier[-1].start()) if earlier else None
    if word.lower() in GOVERNS:
        return None  # the preposition's case: the noun rule's
    if any(r.pos == "subst" for r in readings(word.lower())) and not any(
            r.pos in {"fin", "praet", "inf", "adj", "prep", "conj", "qub", "adv"} for r in readings(word.lower())):
        return "gen"
    return None


# A range of numbers after a room's label: "pok. 11–14" (a range, not a count of rooms).
_ROOM_RANGE = re.compile(
    r"(?<![\w@/])(?P<pok>[Pp]ok\.)\s*(?:nr\s*)?(?P<a>[0-9]{1,3})\s?[-–—]\s?(?P<b>[0-9]{1,3})(?![\w,:/-]|\.[0-9])")


# "w pok. 1 i 2", "pok. 3, 4 i 5": several rooms listed, the noun in the plural and the numbers as they are.
_ROOM_LIST = re.compile(
    r"(?<![\w@/])(?P<pok>[Pp]ok\.)\s*(?P<list>[0-9]{1,3}(?:\s*,\s*[0-9]{1,3})*\s+(?:i|oraz|lub)\s+[0-9]{1,3})"
    r"(?![\w,:/-]|\.[0-9]|\s+(?:" + _words(MONTH_GENITIVE[1:]) + r")(?!\w))")


def _room_list(m: re.Match) -> str:
    case = _noun_case(m.string, m.start())
    noun = _inflect("pokój", "subst", "pl", case, "m3") or "pokoje"
    return _like(f"{noun} {m['list']}", m["pok"])


def _rooms(m: re.Match) -> str:
    """"(pok. 11–14)" -> "pokoje od jedenastego do czternastego": several rooms, each by its number."""
    a, b = int(m["a"]), int(m["b"])
    if not 0 < a < b:
        return m[0]
    case = _noun_case(m.string, m.start())
    noun = _inflect("pokój", "subst", "pl", case, "m3") or "pokoje"
    return _like(f"{noun} od {ordinal(a, 'gen')} do {ordinal(b, 'gen')}", m["pok"])


def _names_follow(m: re.Match) -> bool:
    """"projekt pn. Aktywny Senior": "pod nazwą" before a capitalised name, after a noun (not after
    a preposition, "w pn. Kowalski przyjmuje", nor before a weekday or a time)."""
    nxt = re.match(r"\s*([A-ZĄĆĘŁŃÓŚŹŻ]\w*)", m.string[m.end():m.end() + 40])
    if not nxt or nxt[1].lower() in WEEKDAY_NOMINATIVE or re.match(r"(?:Wt|Śr|Czw|Pt|Sob|Ndz|Niedz|Pon)\.", nxt[1] + "."):
        return False
    prev = re.search(r"(\w+)\s*$", m.string[max(0, m.start() - 30):m.start()])
    return bool(prev) and prev[1].lower() not in GOVERNS and any(r.pos == "subst" for r in readings(prev[1].lower()))


_LAST_NOUN_AFTER = re.compile(r"\s*(?:(?P<n>[0-9]{1,2})\s+)?(?P<word>[a-ząćęłńóśźż-]+)(?P<dot>\.)?")


def _last(m: re.Match) -> str | None:
    """"ost." ("ostatni") in the gender, number and case of the noun after it: "w ost. tygodniu" ->
    "ostatnim", "za ost. 3 m-ce" -> "ostatnie trzy miesiące"; None (left, and warned) when it is unclear."""
    nxt = _LAST_NOUN_AFTER.match(m.string, m.end())
    if not nxt:
        return None
    word = nxt["word"] + (nxt["dot"] or "")
    word = ABBREVIATIONS.get(word, nxt["word"])  # "m-ce" -> "miesiące"
    n = int(nxt["n"]) if nxt["n"] else None
    if n is not None and not 2 <= n <= 4:
        return None  # "ost. 5 lat": "ostatnich" or "ostatnie", either is said
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    order = (*[c for c in governed if c in _ADJ_CASES], *_ADJ_CASES)
    nouns = [r for r in noun_readings(word) if r.cases & set(order) and (n is None or r.number == "pl")]
    if not nouns:
        return None
    # the main paradigm first: a rare homonym's readings come one case at a time ("dzień", also a feminine)
    r = sorted(nouns, key=lambda r: (min(order.index(c) for c in r.cases if c in order), -len(r.cases)))[0]
    case = next(c for c in order if c in r.cases)
    return _inflect("ostatni", "adj", r.number, case, r.gender, ("pos",))


def _agreeing(key: str, m: re.Match) -> str:
    """tzw. / ww. in the gender, number and case of the word after them."""
    first, stem = _AGREEING[key]
    nxt = re.match(r"\s*(\w+)", m.string[m.end():m.end() + 40])
    options = [r for r in readings(nxt[1]) if r.pos in {"subst", "adj", "ger", "ppas", "pact"} and r.cases] if nxt else []
    if not options:
        return ABBREVIATIONS[key]
    governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
    prev = _prev_word(m.string, m.start())
    if not governed and (prev.isdigit() or any(r.pos == "subst" for r in readings(prev))):
        governed = ("gen",)  # round thirty-five: "art. 17 ust. 1 pkt 4 ww. ustawy": a noun's (or a number's) complement
    order = (*[c for c in governed if c in _ADJ_CASES], *_ADJ_CASES)  # "w ub. roku": the preposition's case
    r = sorted(options, key=lambda r: min(order.index(c) for c in r.cases if c in order)
               if r.cases & set(order) else 99)[0]
    case = next(c for c in (*order, "voc") if c in r.cases)
    form = _inflect("nowy", "adj", r.number, case, r.gender, ("pos",)) or "nowy"
    ending = form[3:]
    if stem == "wymienion" and ending == "i":
        return f"{first} wymienieni"
    return f"{first} {stem}{ending}".strip()


_WEEKDAY_ABBREVIATIONS = {k: v for k, v in ABBREVIATIONS.items() if v in WEEKDAY_NOMINATIVE}
_WEEKDAY_WORD = "|".join(
    [re.escape(k) for k in sorted(_WEEKDAY_ABBREVIATIONS, key=len, reverse=True)] + list(WEEKDAY_NOMINATIVE))
# The preposition before a weekday, or before a list of them: "w śr.", "w sob. i ndz.", "od pn.".
# round twenty-four: "zamiast" governs the genitive ("zamiast śr. 23.12" -> "zamiast środy", was "zamiast w środę").
_DAY_PREPOSITION = re.compile(
    rf"(?<!\w)(?P<prep>w|we|na|od|do|po|przed|przez|za|co|między|oprócz|zamiast|z|ze)\s+"
    rf"(?:(?:każd\w*|najbliższ\w*|kolejn\w*|ostatni\w*|przyszł\w*|t[eęa]|ten)\s+)?"  # "w każdą sob."
    r"(?:[0-9]{1,2}\.(?:\s*(?:,|i|oraz|lub|albo))?\s+)*"  # round thirteen: "w 1. i 3. śr. m-ca" -> "w … środę"
    rf"(?:(?:{_WEEKDAY_WORD})\s*(?:,|i|oraz|lub|albo)\s*)*$", re.I)
_DAY_CASE = {"w": "acc", "we": "acc", "na": "acc", "przez": "acc", "za": "acc", "co": "acc", "od": "gen",
             "do": "gen", "oprócz": "gen", "zamiast": "gen", "z": "gen", "ze": "gen", "po": "loc", "przed": "inst", "między": "inst"}
# After the list: days and holidays are plural ("w sob., ndz. i święta": every such day).
_PLURAL_AFTER = re.compile(
    rf"(?:\s*(?:,|i|oraz|lub)\s*(?:{_WEEKDAY_WORD}))*\s*(?:,|i|oraz|lub)\s+(?:święta|dni\s+świąteczne)(?!\w)")


def _weekday(key: str, m: re.Match) -> str:
    """A weekday abbreviation in the case of the preposition before it (or its list): "w śr." ->
    "w środę", "od pn." -> "od poniedziałku", "w sob., ndz. i święta" -> "w soboty, niedziele i święta"."""
    day = ABBREVIATIONS[key]
    before = _DAY_PREPOSITION.search(m.string, max(0, m.start() - 60), m.start())
    if not before or (m[0][:1].isupper() and re.search(r"[0-9]\.\s+$", m.string[max(0, m.start() - 4):m.start()])):
        return day  # session twenty-one: "… do 12. Wt. 22.12 – …": a capital after a number's period opens a sentence
    case = _DAY_CASE[before["prep"].lower()]
    number = "pl" if case == "acc" and (_PLURAL_AFTER.match(m.string, m.end()) or _every_such_day(m)) else "sg"
    return _inflect(day, "subst", number, case, None) or day


# Round twenty-four: a weekday's abbreviation after "w" in a sentence that already gave a weekday in the plural after
# "w" ("czynny we wtorki 16-18, a w grudniu także w sob. 9-11") is one more day of the same timetable, every such day:
# the plural ("w soboty"; was "w sobotę"). Not before a date ("we wtorki …, a w sob. 12.12": that one Saturday).
_PLURAL_DAY_BEFORE = re.compile(
    r"(?<!\w)[wW]e?\s+(?:poniedziałki|wtorki|środy|czwartki|piątki|soboty|niedziele)(?!\w)[^.!?;\n]*$")
_DATE_NEXT = re.compile(r"\s*,?\s*(?:[0-3]?[0-9]\s*[./]\s*[01]?[0-9](?![0-9:])|[0-3]?[0-9]\s+(?:[IVX]{1,4}(?!\w)|"
                        + _words(MONTH_GENITIVE[1:]) + r"|\w{3}\.))")


def _every_such_day(m: re.Match) -> bool:
    before = m.string[max(0, m.start() - 120):m.start()]
    if not re.search(r"(?<!\w)[wW]\s+$", before) or not _PLURAL_DAY_BEFORE.search(before):
        return False
    return not _DATE_NEXT.match(m.string, m.end())


_UNDOTTED_DAY = "pn|pon|wt|śr|czw|pt|sob|ndz|niedz"
_UNDOTTED_DAYS = re.compile(rf"(?<![\w.-])(?P<a>{_UNDOTTED_DAY})\.?(?P<dash>\s*[-–]\s*)(?P<b>{_UNDOTTED_DAY})(?![\w.-])", re.I)
# One weekday typed without its period in brackets right after a date ("19.03 (pt)"); "pt" elsewhere may be
# "pod tytułem", and "pn 8-16" is left too (tests/test_spoken_round7.py keeps it warned).
_UNDOTTED_DAY_ALONE = re.compile(
    rf"(?P<date>(?<![\w.])[0-9]{{1,2}}\.[0-9]{{1,2}}\.?(?:[0-9]{{2,4}}\s*(?:r\.)?)?\s*\()(?P<b>{_UNDOTTED_DAY})(?=\))")


def _dotted_day(day: str) -> str:
    """An undotted weekday with its period, in small letters when typed in capitals ("PN" -> "pn.")."""
    return (day.lower() if day.isupper() else day) + "."


_ROMAN_AFTER = re.compile(rf"\s*(?:{ROMAN})(?P<span>\s*[-–—]\s*(?:{ROMAN}))?(?![\w-])")
# not after a number ("5 g." is grams) nor inside a word or an address
_LETTER_GODZ = re.compile(r"(?<![\w.@/])(?<![0-9] )g\.(?=\s*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?![0-9]|[.:][0-9]))")
_UNDOTTED_GODZ = re.compile(r"(?<![\w.])[gG]odz(?=\s+[0-9]{1,2}(?:[:.⁰¹²³⁴⁵–-]|\s|$))")
# Round sixteen: also before an adjective in the dative ("p/kleszczowemu zapaleniu mózgu"; was "p/kleszczowemu",
# warned for the slash) and before a sentence's full stop ("Szczepienia p/grypie."); "p/poż." as before.
# Round twenty-one: "n/" and "k/" between a place's capitalised name and another's are "nad" (a river) and "koło" (a
# town near it), as on signs and letters ("do Sierakowa n/Wartą", "w Śródce k/Kleszczewa"; were left, and warned);
# anywhere else ("n/a", "k/o", "z k/Nowak") left as before.
_NEAR_PLACE = re.compile(rf"(?<=[{_UPPER}][a-ząćęłńóśźż])(?P<place>[a-ząćęłńóśźż]+[ \t]+)(?P<p>[nk])/[ \t]?(?=[{_UPPER}][a-ząćęłńóśźż]{{2,}})")
_AGAINST = re.compile(r"(?<![\w/])(?P<p>[pP])/\s?(?=(?P<noun>[a-ząćęłńóśźż]{3,})(?!\w|\.\w))")
# Round sixteen: also opening a sentence or a phrase, before what it is about ("Info dot. zapisów: pok. 4", "– info w
# sprawie dopłat"); after a word it is left ("Więcej info o turnusach": "informacji").
_INFO_LABEL = re.compile(r"(?<![\w@./-])[iI]nfo(?=\s*:)|(?:^|(?<=[.:;!?–—] )|(?<=[(\n]))[iI]nfo"
                         r"(?=[ \t]+(?:dot\.|dotycząc\w*|ws\.|w[ \t]+sprawie|o)[ \t])")
_AND_BEFORE = re.compile(r"(?<!\w)(?:i|oraz|lub|albo)\s+$")


def _klasa(text: str, start: int, end: int) -> str:
    """"kl." before a Roman numeral: "klasa" in the case of the preposition before it, after a noun in the
    genitive ("uczniów kl. VIII" -> "klasy"), after "i"/"oraz" in the case of the "kl." before; plural before
    a span ("dla kl. IV–VI" -> "dla klas", and the Roman rule says "od czwartej do szóstej")."""
    number = "pl" if _ROMAN_AFTER.match(text, end)["span"] else "sg"
    return _inflect("klasa", "subst", number, _klasa_case(text, start), "f") or "klasa"


def _klasa_case(text: str, start: int) -> str:
    before = text[max(0, start - 60):start]
    if _AND_BEFORE.search(before) and (earlier := list(re.finditer(r"(?<!\w)kl\.", before))):
        return _klasa_case(text, start - len(before) + earlier[-1].start())
    governed = governed_cases(text[max(0, start - 25):start])
    if governed:
        return governed[0]
    prev = re.search(r"(\w+)\s*$", before)
    if prev and any(r.pos == "subst" for r in readings(prev[1].lower())):
        return "gen"  # "dla uczniów kl. VIII": a noun after a noun, in the genitive
    return "nom"


# Round eighteen: "wewn." right after "nr" or "numer" agrees with that noun's case ("pod nr wewn. 25" -> "pod
# numerem wewnętrznym", "z numeru wewn. 12" -> "z numeru wewnętrznego"; was "wewnętrzny" in every case, unwarned).
# After anything else ("tel. 61 … wewn. 25"), or with the noun in the nominative or accusative, as before.
_NUMBER_BEFORE_EXTENSION = re.compile(r"(?<![\w.])(?P<nr>nr\.?|[Nn]umer(?:u|em|ze|owi)?)[ \t]+$")
_NUMBER_CASES = {"numeru": "gen", "numerem": "inst", "numerze": "loc", "numerowi": "dat"}


def _extension_agreeing(m: re.Match) -> str | None:
    before = _NUMBER_BEFORE_EXTENSION.search(m.string, max(0, m.start() - 12), m.start())
    if not before:
        return None
    said = before["nr"].lower()
    if said.startswith("nr"):
        nr = re.compile(r"nr\.?").match(m.string, before.start("nr"))
        said = _declined("nr", nr[0], nr)
    case = _NUMBER_CASES.get(said)
    return _inflect("wewnętrzny", "adj", "sg", case, "m3", ("pos",)) if case else None


_NUMBER_PHONE_BEFORE = re.compile(r"(?<!\w)(?:nr|numer\w*)\.?\s+(?:tel\.|telefonu)\s*$", re.I)
_NUMBER_BEFORE_MOBILE = re.compile(r"(?<!\w)(?:nr|numer)\.?\s+$", re.I)
_PHONE_WORD_BEFORE = re.compile(r"(?<!\w)(telefon(?:u|em|ie|owi|y|ów|ami|ach)?)\s+$", re.I)


def _mobile_after_phone(m: re.Match) -> str | None:
    """Session twenty-one: "kom." right after a form of "telefon" is its adjective in that form's case ("pod nr tel. kom.
    606 …" -> "pod numerem telefonu komórkowego"; was "telefonu komórka"); None elsewhere."""
    if _NUMBER_PHONE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return "komórkowego"  # "nr tel. kom.": "numer telefonu komórkowego", in whatever case "numer" is
    if number := _NUMBER_BEFORE_MOBILE.search(m.string, max(0, m.start() - 10), m.start()):
        # session twenty-two: "pod nr kom. 606 …" -> "pod numerem komórkowym", in the case "nr" takes (was "numerem
        # komórka", unwarned)
        case = _noun_case(m.string, number.start())
        if case in {"inst", "loc"} and _after_calling(m.string, number.start()):
            case = "acc"  # "dzwonić na nr kom." -> "na numer komórkowy", as "nr" itself
        return _inflect("komórkowy", "adj", "sg", case, "m3", ("pos",))
    phone = _PHONE_WORD_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
    if not phone:
        return None
    found = [r for r in readings(phone[1].lower()) if r.lemma == "telefon" and r.pos == "subst"]
    if not found:
        return None
    r = found[0]
    case = next(c for c in ("gen", "inst", "loc", "dat", "acc", "nom", "voc") if c in set().union(*(f.cases for f in found)))
    return _inflect("komórkowy", "adj", r.number, case, "m3", ("pos",))


# Session twenty-five: "nr" typed against its number ("sala nr3") is "nr 3" (was left, and warned).
_NUMBER_GLUED = re.compile(r"(?<!\w)([Nn]r)(?=[0-9])")


def abbreviations(text: str) -> str:
    """Expand ul., al., os., pl., nr, tel., tel. kom., godz., im., św., ok., np. and the like,
    nouns in the case of the preposition before them ("przy ul." -> "przy ulicy")."""
    text = _NUMBER_GLUED.sub(r"\1 ", text) if "r" in text else text
    def expand(m: re.Match) -> str:
        written = m.group(0)
        compact = re.sub(r"\s+", "", written)
        key = _ABBREVIATION_KEYS[compact[0].lower() + compact[1:]]
        if key == "kpa":
            if not _KPA_AFTER.search(m.string[max(0, m.start() - 40):m.start()]):
                return written  # "Kpa" with no law reference before it: left, and warned
            key = "k.p.a."  # "art. 129 § 2 Kpa": the code undotted, said as "k.p.a." is
        if key == "godz.":
            prev = _prev_word(m.string, m.start())
            spoken = _HOUR_NOUN_AFTER.get(prev)
            after = m.string[m.end():m.end() + 40]
            nxt = re.match(r"\s*(\w+)", after)
            if spoken == "godzinie" and nxt and nxt[1].lower() in _HOURS_OF:
                spoken = "godzinach"  # "po godz. pracy": after the office's hours, not after one hour
            if spoken == "godzinę":
                spoken += _full_stop(m)  # "za każdą godz." ending a sentence keeps its full stop
            if spoken is None:
                if _RANGE_AHEAD.match(after):
                    spoken = "w godzinach"
                elif nxt and nxt[1].lower() in _HOURS_OF:
                    token = _TOKEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                    # "Zmiana godz. pracy": after a noun, the hours' genitive (round thirteen); else "Godziny otwarcia"
                    spoken = "godzin" if token and _noun_before(token[1]) else "godziny"
                elif nxt and nxt[1].lower() == "bez" and not any(
                        r.pos in {"adj", "ppas", "pact"} for r in readings(prev)):
                    spoken = "godziny"  # "godz. bez zmian": the hours (of a duty moved to another day) stay
                elif (not nxt or not nxt[1][:1].isdigit()) and (verb := _object_of_verb(m.string, m.start())):
                    if verb == "negated":
                        return written  # "nie podano godz.": "godziny" or "godzin", left, and warned
                    spoken = "godziny"  # "błędnie podano godz.": the hours, the verb's object
                else:
                    spoken = "godzina"
        elif key == "kom.":
            number_after = re.match(r"\s*:?\s*(?:\+48\s*)?[0-9]{3}", m.string[m.end():m.end() + 12])
            if not number_after and not _NUMBER_BEFORE_MOBILE.search(m.string, max(0, m.start() - 10), m.start()):
                return written  # "kom." is also "komisja", "komendant": left, and warned; not after "nr" (session 22)
            spoken = _mobile_after_phone(m) or "komórka"
            if not number_after:
                spoken += _full_stop(m)  # "na nr kom." ending a sentence keeps its full stop
        elif key == "zm.":
            if not re.search(r"(?<!\w)(?:ze?|późn\.|późniejszymi)\s*$", m.string[max(0, m.start() - 14):m.start()], re.I):
                return written
            spoken = "zmianami"
        elif key == "późn.":
            if not re.match(r"\s*zm\.", m.string[m.end():m.end() + 6]):
                return written
            spoken = "późniejszymi"
        elif key == "p.o.":
            spoken = _acting(m)
        elif key == "tel." and _by_phone(m):
            spoken = "telefonicznie"
        elif key == "tel." and re.search(r"(?<!\w)pod\s+$", m.string[max(0, m.start() - 6):m.start()]) and (
                _NUMBER_AFTER_PHONE.match(m.string, m.end())):
            # round sixteen: "pod tel. 61 …" is where the number is, "pod numerem telefonu" (after a verb of calling
            # "pod numer telefonu"), as round fifteen's "pod nr. tel." (was "pod telefon")
            spoken = _declined("nr", written, m) + " telefonu"
        elif key == "tel." and (adjective := _phone_adjective(m)):
            spoken = adjective + _full_stop(m)  # "po umówieniu tel." -> "po umówieniu telefonicznym"
        elif key == "tel." and (phone := _phone_before_adjective(m)):
            spoken = phone  # round nineteen: "z tel. stacjonarnych" -> "z telefonów stacjonarnych" (was "z telefon")
        elif key == "tel." and (contact := _phone_contact(m)):
            spoken = contact  # round twenty-two: "prosimy o kontakt tel. 61 …" -> "o kontakt telefoniczny sześćdziesiąt …"
        elif key == "rob.":
            if not (working := _working_days(m)):
                return written  # "rob." is also "robota", "robotnik": left, and warned
            spoken = working + _full_stop(m)
        elif key == "dom." and not re.search(r"gospodarstw\w*\s*$", m.string[max(0, m.start() - 20):m.start()], re.I):
            return written  # "dom." is also "dom", "domofon": left, and warned
        elif key == "bezpł." and not m.string[max(0, m.start() - 2):m.start()].strip().endswith("(") and not (
                _agreeing_with_noun_after(m)):
            return written  # only in brackets after what it qualifies, or before a noun ("bezpł. porady", round
            # twelve); "dzieci bezpł." is left (and warned), as tests/test_spoken_warnings_round8.py keeps it:
            # "bezpłatne" or "bezpłatnie"
        elif key == "gł.":  # round thirty-five: "od gł. wejścia" -> "od głównego wejścia"; no noun after: left
            if not (main := _agreeing_with_noun_after(m, "główny")):
                return written
            spoken = main
        elif key in {"kier.", "dyr."} and not _POST_OF.match(m.string, m.end()):
            return written  # round twenty-one: "kier." is also "kierunek": left, and warned
        elif key in _OFFICE_NOUNS:
            if not (noun := _office_noun(key, m)):
                return written
            spoken = noun
        elif key in {"prac. socj.", "pracow. socj."}:
            spoken = _social_worker(m)
        elif key == "mies." and _DAY_BEFORE_MONTH.search(m.string, max(0, m.start() - 20), m.start()):
            spoken = "miesiąca" + _full_stop(m)  # round twenty-one: "w 1. pon. mies." -> "w pierwszy poniedziałek miesiąca"
        elif key == "mies." and not re.match(r"\s*:", m.string[m.end():m.end() + 3]):
            return written  # "mies." is also "miesiąc", "miesięczny": left, and warned
        elif key in _HEAD_NOUNS and not _after_head_noun(key, m):
            return written  # "liczba mieszk." is "mieszkańców", "na konf." "konferencji": left, and warned
        elif key in {"elektr.", "wlkp.", "dom.", "społ.", "szk.", "bezpł.", "socj.", "energ.", "osł.", "mieszk.", "konf."} and not _agreeing_before(key, m):
            return written  # no noun before it to agree with: left, and warned
        elif key == "św." and (benefit := _benefit(m)):
            spoken = benefit  # round twenty-one: "św. pieniężnego" -> "świadczenia pieniężnego"
        elif key == "dot." and re.search(r"(?:^|[(:;])\s*$", m.string[max(0, m.start() - 4):m.start()]):
            spoken = "dotyczy"  # "(dot. kwot powyżej 2 tys. zł)": nothing before it to agree with, the verb
        elif key in _AGREE_BEFORE and (agreeing := _agreeing_before(key, m)):
            spoken = agreeing
        elif key == "pt." and _after_work(m):
            return "pod tytułem"  # round twenty: "spektakl pt. Zemsta" (no sentence's end: a title follows)
        elif key == "pn." and _names_follow(m):
            spoken = "pod nazwą"
        elif key == "p." and re.search(rf"(?<![\w.])(?:{ROMAN})\s*$", m.string[max(0, m.start() - 8):m.start()]):
            spoken = "piętro"  # "pokój 10, I p." -> "pierwsze piętro" (the Roman rule says the number)
        elif key == "ub." and not _TIME_NOUN_AFTER.match(m.string, m.end()):
            return written  # "ub. zdrowotne" is "ubezpieczenie": left, and warned
        elif key in _AGREEING:
            spoken = _agreeing(key, m)
        elif key in _WEEKDAY_ABBREVIATIONS:
            spoken = _weekday(key, m)
        elif key == "w.":
            if not (_EXTENSION_AFTER.match(m.string, m.end()) and _PHONE_BEFORE.search(m.string, max(0, m.start() - 25), m.start())):
                return written  # "w." is also "wiek", "wieś", "wers": left, and warned
            spoken = "wewnętrzny"
        elif key in {"wewn.", "wew."} and (extension := _extension_agreeing(m)):
            spoken = extension  # round eighteen: "pod nr wewn. 25" -> "pod numerem wewnętrznym"
        elif key in {"dz. U.", "dz. u."}:  # "w Dz. U." -> "w Dzienniku Ustaw"
            case = _noun_case(m.string, m.start())
            spoken = (_inflect("dziennik", "subst", "sg", case, "m3") or "dziennik").capitalize() + " Ustaw"
        elif key == "podst.":
            if _prev_word(m.string, m.start()) != "na":
                return written  # "Szkoła Podst.": left, and warned
            spoken = "podstawie"
        elif key == "ur.":
            spoken = _born(m)
        elif key == "zam.":
            if not (dweller := _dweller(m)):
                return written  # round twenty-one: "zam." is also "zamówienie", "zamknięty": left, and warned
            spoken = dweller + ("." if not m.string[m.end():].strip() else "")  # the text's end keeps its period
        elif key == "nr tel.":  # "pod nr tel." -> "pod numerem telefonu"
            spoken = _declined("nr", written, m) + " telefonu"
        elif key == "pow." and (case := _feminine_adjective_before(m)):
            spoken = _inflect("powierzchnia", "subst", "sg", case, "f") or "powierzchnia"  # "o łącznej pow. 60 m²"
        elif key == "pow." and not _number_follows(m):
            if case := _feminine_adjective_after(m):
                spoken = _inflect("powierzchnia", "subst", "sg", case, "f") or "powierzchnia"  # "Pow. użytkowa"
            elif case := _case_with_adjective_after(m, "m3") or _named_in_address(m, _DISTRICT):
                spoken = _inflect("powiat", "subst", "sg", case, "m3") or "powiat"  # session twenty-four: "pow.
                # poznański", "w pow. poznańskim" (were left, warned)
            else:
                return written
        elif key == "j.":
            language = _LANGUAGE_AFTER.match(m.string, m.end())
            if not language:
                return written  # "j." before anything but a language: left, and warned
            spoken = _language(m, language[1])
        elif key == "gm.":
            case = _gmina_case(m.string, m.start())
            if case is None and not governed_cases(m.string[max(0, m.start() - 25):m.start()]):
                return written  # "gm. Kleszczewo" with nothing to tell its case: left, and warned
            spoken = _inflect("gmina", "subst", "sg", case or _noun_case(m.string, m.start()), "f") or "gmina"
        elif key == "os." and _os_by_context(m) == "?":
            return written  # round twenty-one: "Zapraszamy os. z niepełnosprawnością": "osoby" or "osobę"? left, warned
        elif key == "os." and (kind := _os_by_context(m)):
            spoken = kind + (_full_stop(m) if kind.startswith(("osobist", "osób")) else "")  # "Zabrać dowód os." ends there
        elif key == "os." and _per_or_estate(m):
            return written  # round twenty-four: "20 zł za os. Zapisy …": a person or an estate? left, and warned
        elif key == "os." and (person := _person(m)):
            # round twenty-four: before a capitalised verb the period of "os." is the sentence's too ("15 zł od os.
            # Zapraszamy." -> "od osoby. Zapraszamy."); at the text's end none, as round five's cases keep it
            spoken = person + (_full_stop(m) if _verb_opens_after(m) else "")
        elif key == "gosp." and not governed_cases(m.string[max(0, m.start() - 25):m.start()]) and (
                token := _TOKEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start())) and _noun_before(token[1]):
            spoken = _inflect("gospodarstwo", "subst", "sg", "gen", "n") or "gospodarstwa"  # "członków gosp. dom."
        elif key == "gosp." and (case := _case_with_adjective_after(m, "n")):
            spoken = _inflect("gospodarstwo", "subst", "sg", case, "n") or "gospodarstwo"
        elif key == "woj.":
            case = _case_with_adjective_after(m, "n") or _named_in_address(m, _PROVINCE)
            if not case:
                return written  # "woj." is also "wojewoda", "wojewódzki": left, and warned
            spoken = _inflect("województwo", "subst", "sg", case, "n") or "województwo"
        elif key == "zad." and not _number_follows(m):
            return written  # "zad." is also "zadłużenie", "zadanie" without its number: left, and warned
        elif key == "o p.s." and not _ACT_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return written  # round seventeen: "p.s." is also "postscriptum": left, and warned
        elif key == "zob." and not _REFERENCE_AFTER.match(m.string, m.end()):
            return written  # round seventeen: "zobacz" only before a reference; "zob. niżej" is left, and warned
        elif key == "cz." and not _number_follows(m) and not _ROMAN_AFTER.match(m.string, m.end()):
            return written  # round seventeen: "cz." is also "czwartek", "członek", "czyli": left, and warned
        elif key == "rozdz." and not _number_follows(m) and not _ROMAN_AFTER.match(m.string, m.end()):
            return written  # round twenty: "rozdz." only before its number
        elif key == "zał." and (attachments := _attachments(m)) is not None:
            if not attachments:
                return written  # round twenty-two: "Skany zał.": "załącznika" or "załączników"? left, and warned
            spoken = attachments
        elif key in _NOUN_LEMMAS:
            spoken = _declined(key, written, m)
            if spoken == written:
                return written
        elif key in {"ub.r.", "br.", "b.r.", "b.m.", "bm."} and _period_preposition(m) == "w":
            spoken = {"ub.r.": "ubiegłym roku", "b.m.": "bieżącym miesiącu", "bm.": "bieżącym miesiącu"}.get(key, "bieżącym roku")
        elif key in {"ub.r.", "br.", "b.r.", "b.m.", "bm."} and _period_preposition(m) in {"za", "na"}:
            # round twenty-two: "za ub.r." -> "za ubiegły rok" (the accusative; was "za ubiegłego roku", unwarned)
            spoken = {"ub.r.": "ubiegły rok", "b.m.": "bieżący miesiąc", "bm.": "bieżący miesiąc"}.get(key, "bieżący rok")
        elif key in {"min.", "max.", "max", "maks."} and not _number_follows(m):
            return written
        elif key == "min." and _paired_with_max(m):
            spoken = "minimalnie"  # "max. 1 229 zł, min. 30 zł": the pair said alike, "maksymalnie …, minimalnie …"
        elif key == "lit." and not re.match(r"\s*[a-z](?!\w)", m.string[m.end():m.end() + 3]):
            return written  # "lit." before anything but a letter of a list: left, and warned
        elif key == "st.":
            nxt = re.match(r"\s*([a-ząćęłńóśźż]+)", m.string[m.end():m.end() + 30])
            posts = [r for r in noun_readings(nxt[1]) if r.gender == "m1" and r.number == "sg"] if nxt else []
            if not posts:
                return written  # "st." is also "stopień", "stacja", "stawka": left, and warned
            governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
            case = next((c for c in (*governed, "nom", "gen", "dat", "acc", "inst", "loc") if any(c in r.cases for r in posts)), "nom")
            spoken = _inflect("stary", "adj", "sg", case, "m1", ("com",)) or "starszy"
        elif key in _CODES:
            start = m.start()
            while listed := _CODE_LISTED_BEFORE.search(m.string, max(0, start - 20), start):
                start = listed.start()  # "przepisy k.c. i k.r.o.": the case of the first of the list
            case = _noun_case(m.string, start)
            if case == "nom" and _after_reference_or_noun(m.string, start):
                case = "gen"  # after a reference ("art. 35 § 3 k.p.a.") or a noun ("przepisy k.c."): whose
            adjectives, tail = _CODES[key]
            spoken = " ".join([_inflect("kodeks", "subst", "sg", case, "m3") or "kodeksu"]
                              + [_inflect(a, "adj", "sg", case, "m3", ("pos",)) or a if a != "i" else a for a in adjectives]
                              + ([tail] if tail else []))
        elif key in {"u.p.s.", "u.o.p.s."}:  # round seventeen: "u.o.p.s." too
            case = _noun_case(m.string, m.start())
            act = _inflect("ustawa", "subst", "sg", "gen" if case == "nom" else case, "f") or "ustawy"
            spoken = act + " o pomocy społecznej"
        elif key == "ost.":
            if not (spoken := _last(m)):
                return written
        elif key == "kl.":
            if not _ROMAN_AFTER.match(m.string, m.end()):
                return written  # "kl." is also "klub", "klatka": left, and warned
            spoken = _klasa(m.string, m.start(), m.end())
        elif key == "kw." and not re.search(rf"(?<![\w.])(?:{ROMAN})\s*$", m.string[max(0, m.start() - 8):m.start()]):
            return written  # "kw." is also "kwiecień", "kwota": left, and warned

        else:
            spoken = ABBREVIATIONS[key]
        numbered = key in {"p.", "kw."} and spoken in {"piętro", "kwartał"}  # round twenty: after a Roman numeral
        if numbered:
            spoken = _numbered_in_case(spoken, m)
        spoken = "es-a" if key == "s.A." else _like(spoken, written)
        if (key in _SENTENCE_FINAL and spoken != "pod nazwą") or spoken == "piętro":
            spoken += _full_stop(m)
        elif numbered:
            spoken += _full_stop(m)  # round twenty: "ruszy w III kw." -> "w trzecim kwartale."
        elif key in _TITLE_WORDS and written.endswith(".") and not m.string[m.end():].strip():
            spoken += "."  # "Przyjmuje mgr.": a title before a name never ends a sentence, the text's end does
        if m.string[m.end():m.end() + 1].isalnum():
            spoken += " "
        return spoken
    def life_year(m: re.Match) -> str:  # "do 6 r.ż." -> "do szóstego roku życia"
        prev = _prev_word(m.string, m.start())
        if m["a"] and (not int(m["a"]) or int(m["a"]) >= int(m["n"]) or (m["to"] and prev != "od")):
            # no span: the first number is left as it is, the last one said alone ("od 65 do 18 r.ż.")
            return m.string[m.start():m.start("n")] + life_year(_LIFE_YEAR.match(m.string, m.start("n")))
        # round fourteen: "po 65 r.ż." -> "po sześćdziesiątym piątym roku życia", "przed 18 r.ż." -> "przed osiemnastym rokiem"
        case = "loc" if prev in {"w", "po"} else "inst" if prev == "przed" else "gen"
        n = int(m["n"])
        if not n:
            return m[0]
        noun = _inflect("rok" if m["unit"] in "rR" else "miesiąc", "subst", "sg", case, "m3")
        spoken = f"{ordinal(n, case)} {noun} życia"
        if m["a"]:  # a span: "od 18 do 65 r.ż."; "18-65 r.ż." gets its "od"
            spoken = ("" if prev == "od" else "od ") + f"{ordinal(int(m['a']), 'gen')} do {ordinal(n, 'gen')} {noun} życia"
        return spoken + _full_stop(m)  # round fourteen: "… do 30 r.ż. Potem" ends a sentence (its period was lost)
    text = _LIFE_YEAR.sub(life_year, text)
    if "odz " in text:  # "godz 18:00": "godz." typed without its period, before a time
        text = _UNDOTTED_GODZ.sub(lambda m: m[0] + ".", text)
    if "g." in text:  # "g. 7³⁰": "godz." shortened to its letter, before a time with its minutes (round thirteen)
        text = _LETTER_GODZ.sub("godz.", text)
    if "p/" in text or "P/" in text:  # "szczepienia p/grypie": "przeciw" before a noun in the dative
        text = _AGAINST.sub(lambda m: _like("przeciw", m["p"]) + " " if any(
            r.pos in {"subst", "adj"} and "dat" in r.cases for r in readings(m["noun"])) else m[0], text)
    if "/" in text:  # round twenty-one: "Sieraków n/Wartą" -> "nad Wartą", "Śródka k/Kleszczewa" -> "koło Kleszczewa"
        text = _NEAR_PLACE.sub(lambda m: m["place"] + ("nad" if m["p"] == "n" else "koło") + " ", text)
    if "nfo" in text:  # "info: pok. 3" -> "informacje:" (a label; "info" of an address is left as it is)
        text = _INFO_LABEL.sub(lambda m: _like("informacje", m[0]), text)
    if "-" in text or "–" in text:  # "pn-pt 7-15": weekdays typed without their periods, in a range
        text = _UNDOTTED_DAYS.sub(lambda m: f"{_dotted_day(m['a'])}{m['dash']}{_dotted_day(m['b'])}", text)
    if "(" in text:
        text = _UNDOTTED_DAY_ALONE.sub(lambda m: m["date"] + _dotted_day(m["b"]), text)
    if "ok." in text and ("pok." in text or "Pok." in text):
        text = _ROOM_LIST.sub(_room_list, _ROOM_RANGE.sub(_rooms, text))
    # "do 31.03.br.": "br." glued to a date's period is the date's year, said after it
    if "br." in text or "b.r." in text:
        text = _GLUED_THIS_YEAR.sub(r"\g<date> ", text)
    # "do 20 b.m." -> "do dwudziestego bieżącego miesiąca": a day of this month
    text = _THIS_MONTH_DAY.sub(lambda m: f"{DAY_GENITIVE[int(m['n'])]} {m['bm']}" if 1 <= int(m["n"]) <= 31 else m[0], text)
    if "os." in text:  # round fifteen: "dla gosp. wieloos." -> "dla gosp. wieloosobowego", as "gosp. 1-os." is
        text = _PERSONS_WORD.sub(_persons_adjective, text)
    if "r." in text:  # round fifteen: "pod nr. tel. 61 …", "nr. 997": the period of "nr" mid-sentence is no full stop
        text = _NR_DOTTED.sub(r"\g<nr>", text)
    # Until stable: in "ul.ul." the second "ul." shows only once the first is a word.
    text = _until_stable(lambda t: _ABBREVIATION.sub(expand, t), text)
    if "rzecz." in text or "świąt." in text or "bank." in text:  # round thirteen: "Pomoc rzecz. – paczki świąt.,"
        text = _WORD_ADJECTIVE.sub(lambda m: (adjective + _full_stop(m)) if (
            adjective := _agreeing_before(m[0], m)) else m[0], text)
    return text


# A first name's initial before a surname, mid-sentence ("mgr M. Nowicka", "st. spec. J. Kaczmarek"): the letter's
# name ("em Nowicka"), as an announcer reads it (round thirteen; "M." was left, "J." warned). Not I, V, X (Roman).
_LETTER_NAMES = dict(zip("ABCDEFGHJKLMNOPRSTUWYZŁŚŻĆ",
                         "a be ce de e ef gie ha jot ka el em en o pe er es te u wu igrek zet eł eś żet cie".split()))
_INITIAL = re.compile(rf"(?<=[a-ząćęłńóśźż,:;(] )(?P<letter>[{''.join(_LETTER_NAMES)}])\.(?= (?P<name>[{_UPPER}][a-ząćęłńóśźż]+)(?!\w|\.\w))")


def initials(text: str) -> str:
    """"magister M. Nowicka" -> "magister em Nowicka": an initial before a surname (a name the dictionary spells
    with a capital, or no word it knows)."""
    if ". " not in text and ".," not in text:
        return text

    def say(m: re.Match) -> str:
        name = m["name"]
        found = readings(name)
        if found and not any(r.pos == "subst" and r.lemma[:1].isupper() for r in found):
            return m[0]  # "… A. Proszę": a common word after it, no surname
        return _LETTER_NAMES[m["letter"]]
    text = _INITIAL.sub(say, text)
    return _SURNAME_INITIAL.sub(_surname_initial, text) if _SURNAME_INITIAL_HINT.search(text) else text


# Round twenty-five: a surname's initial after a first name, before a lowercase word or a pause ("Pani Zofia N.
# zamieszkała …" -> "Zofia en zamieszkała"; was "N.", warned), as round thirteen's initial before a surname. The word
# before must be a first name the dictionary knows ("Zofia", "Jan"); not I, V, X (Roman).
_SURNAME_INITIAL_HINT = re.compile(rf"[a-ząćęłńóśźż] [{_UPPER}]\.")
_SURNAME_INITIAL = re.compile(rf"(?<![\w.])(?P<first>[{_UPPER}][a-ząćęłńóśźż]+) (?P<letter>[{''.join(_LETTER_NAMES)}])\."
                              r"(?=[ \t]+[a-ząćęłńóśźż]|,)")


def _surname_initial(m: re.Match) -> str:
    if not any(r.name for r in readings(m["first"])):
        return m[0]
    return f"{m['first']} {_LETTER_NAMES[m['letter']]}"


@lru_cache(maxsize=32)
def _acronym_pattern(keys: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    # round fourteen: an institution's mobile app, "m" glued before its acronym ("aplikacja mZUS" -> "em-zus")
    return re.compile(rf"(?:(?<!\w)(?P<mobile>m)(?=[{_UPPER}])|(?<!\w))(?P<acronym>{alternatives})(?!\w)"
                      r"(?:-(?P<ending>[a-ząćęłńóśźż]{1,4})(?![\w-]))?")


def _with_ending(said: str, ending: str | None) -> str:
    """An inflected acronym as one word: "ZUS-u" -> "zusu", "PCPR-em" -> "pe-ce-pe-erem",
    "NFZ-cie" -> "en-ef-zecie" (the t of "zet" softens); after a spelled vowel the hyphen stays
    ("PUP-u" -> "pe-u-pe-u": "peu" would be read as one syllable)."""
    if not ending:
        return said
    if said[-1:] in "aeiouyąę" and ending[0] in "aeiouyąęó":
        return f"{said}-{ending}"
    if said.endswith("t") and ending.startswith("c"):
        said = said[:-1]
    return said + ending


def acronyms(text: str, spoken: Mapping[str, str] = DEFAULT_ACRONYMS) -> str:
    """Say acronyms as given (whole words, case-sensitive): OPS -> o-pe-es, GOKiS -> gokis,
    and with a case ending joined: ZUS-u -> zusu, PCPR-em -> pe-ce-pe-erem."""
    keys = tuple(k for k in spoken if k)
    if not keys:
        return text
    return _acronym_pattern(keys).sub(lambda m: ("em-" if m["mobile"] else "") + _with_ending(
        spoken[m["acronym"]], m["ending"]), text)


_acronyms_rule = acronyms  # normalize() has a parameter of the same name


# --- rules: numbers ----------------------------------------------------------

_POSTAL = re.compile(r"(?<![\w-])([0-9][0-9])-([0-9]{3})(?![\w-])")


# Session twenty-two: after "nr" or "numer(y)" two digits, a dash and three are numbers from one to another ("nr 51-100
# o 11:00" -> "numery od pięćdziesięciu jeden do stu"; was read as a postal code, "pięćdziesiąt jeden, sto", unwarned).
_NUMBERED_BEFORE = re.compile(r"(?<!\w)(?:[nN]r\.?|[nN]umer(?:y|ów|ami)?)\s*$")


def postal_codes(text: str) -> str:
    """63-005 -> sześćdziesiąt trzy, zero zero pięć."""
    return _POSTAL.sub(lambda m: m[0] if int(m[1]) < int(m[2]) and _NUMBERED_BEFORE.search(
        m.string, max(0, m.start() - 10), m.start()) else f"{_cardinal(m[1])}, {_cardinal(m[2])}", text)


_DAY = _words(WEEKDAY_NOMINATIVE)
_DAY_RANGE = re.compile(rf"(?<!\w)(?:([wW]e?)\s+)?({_DAY})\s*[-–—]\s*({_DAY})(?!\w)")  # "w pn.-pt."
_W_TUESDAY = re.compile(r"(?<!\w)([wW]) (?=wtor(?:ek|ki)(?!\w))")
_DAYS_BEFORE_TIME = re.compile(
    rf"(?<!\w)(?:{_DAY})(?:\s*(?:,|\bi\b|\boraz\b|\blub\b)\s*(?:{_DAY}))*(?=:?\s*[0-9])")
_DAY_WORD = re.compile(rf"(?<!\w)(?:{_DAY})(?!\w)")
# Round twenty-four: the last day of a list that one "w" opens ("w pon., śr. i pt. 9-11" -> "w poniedziałek, środę i
# piątek"; was "… środę i w piątek", the "w" said again for the last day only) is in the list's accusative already.
_DAY_ACCUSATIVE = "poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę"
_ON_LIST_BEFORE = re.compile(rf"(?<!\w)[wW]e?\s+(?:{_DAY_ACCUSATIVE})(?:\s*,\s*(?:{_DAY_ACCUSATIVE}))*"
                             r"\s*(?:,|\bi\b|\boraz\b|\blub\b|\balbo\b)\s*$")
# Words after which a weekday before a time needs no "w".
_NO_ON = frozenset(
    "w we każdy każda każdą ten ta tę jest był była będzie od do na za po przez "
    "najbliższy najbliższa najbliższą przyszły przyszła przyszłą".split())


def _weekday_index(word: str) -> int:
    return WEEKDAY_NOMINATIVE.index(word.lower())


# A weekday before a date, then in the same sentence an hour said as a name ("godzina 10.00", "zbiórka 7:30",
# ", 18:30"): the writer lists the day, the date and the hour as labels, so the day is named too, with no "w"
# ("poniedziałek dwunastego stycznia, godzina dziesiąta"); "w" with a bare hour mixes the two readings.
_DATE_AHEAD = re.compile(r"\s*,?\s*[0-3]?[0-9]\s*(?:[./]\s*(?:[01]?[0-9]|[IVX]{1,4})(?![0-9])|\s(?:[IVX]{1,4})(?!\w)"
                         r"|\s(?:" + _words(MONTH_GENITIVE[1:]) + r")(?!\w))")  # round thirteen: "sob. 19 grudnia"
# "godz. 14" said "godzina 14" by now: an hour named with no minutes (round thirteen)
_NAMED_WHOLE_HOUR = re.compile(r"(?<!\w)godzina\s+(?:[01]?[0-9]|2[0-3])(?![0-9]|[:.][0-9]|\s*[-–—]\s*[0-9])")
# A weekday and its date opening a text before a spaced dash, a heading ("Śr. 27.01 – szkolenie …"), or in brackets
# after "jutro", "dziś" ("Jutro (wt. 12.01) wydajemy"): named, as the date is (round thirteen).
_HEADING_DASH = re.compile(r"\s*(?:(?:[0-9]{2,4}\s*)?(?:r\.|roku)\s*)?[–—-]\s")
_APPOSED_TO_DAY = re.compile(r"(?<!\w)(?:jutro|dziś|dzisiaj|pojutrze)\s*\(\s*$", re.I)
_CLAUSE_TAIL = re.compile(r"[^.;!?]*(?:\.(?=[0-9])[^.;!?]*)*")
_BARE_HOUR = re.compile(r"(?:(?<!\w)(?P<word>\w+)\s+|(?P<mark>[,:])\s*)(?P<h>[01]?[0-9]|2[0-3])[:.][0-5][0-9]"
                        r"(?!\s*[-–—]\s*[0-9]|[0-9])")


_WEEKDAY_NAMES = frozenset(WEEKDAY_NOMINATIVE)


def _named_hour_follows(text: str, end: int) -> bool:
    """Whether a date follows the weekday ending at end, and then, before the sentence ends, an hour
    with no preposition before it."""
    date = _DATE_AHEAD.match(text, end, end + 20)
    if not date:
        return False
    tail = _CLAUSE_TAIL.match(text, date.end(), date.end() + 80)
    if _NAMED_WHOLE_HOUR.search(text, date.end(), tail.end()):
        return True  # "sob. 19 grudnia, godz. 14": "godzina czternasta"
    for hour in _BARE_HOUR.finditer(text, date.end(), tail.end()):
        word = (hour["word"] or "").lower()
        if word != "godzina" and (m := hour[0][-3:]) and m[0] == "." and m[1:] not in {"00", "15", "30", "45"}:
            continue  # "czw. 14.01": a date, not an hour
        if word in _WEEKDAY_NAMES:
            continue
        if hour["mark"] or word == "godzina" or (word and word not in GOVERNS and not word.startswith("godzin")
                                                 and word not in _NO_ON and not word.isdigit()):
            return True
    return False


# "wt./czw.": two weekdays joined by a slash are both days ("we wtorki i czwartki"), not a choice.
_DAY_SLASH = re.compile(rf"(?<!\w)({_DAY})\s*/\s*(?:({_DAY})|({_UNDOTTED_DAY})\.?)(?!\w)", re.I)
# Round fifteen: three or more weekdays joined by slashes ("pon./śr./pt."): "poniedziałek, środa i piątek" (the second
# slash was left, "środę/pt.", and warned).
_DAY_SLASHES = re.compile(rf"(?<!\w)({_DAY})(?:\s*/\s*(?:{_DAY}|(?:{_UNDOTTED_DAY})\.?)(?!\w)){{2,}}", re.I)
# After "w" the days joined by slashes are all when, in the accusative ("w sob./niedz." -> "w sobotę i niedzielę";
# was "w sobotę lub niedziela", unwarned; "w śr./pt." was "w środę/pt.", warned); the first one may be said already.
_ON_DAY_SLASHES = re.compile(rf"(?<!\w)(?P<w>[wW]e?)\s+(?P<first>{_DAY}|środę|sobotę|niedzielę)"
                             rf"(?P<rest>(?:\s*/\s*(?:{_DAY}|(?:{_UNDOTTED_DAY})\.?)(?!\w))+)", re.I)
_DAY_ACCUSATIVE = {"środę": "środa", "sobotę": "sobota", "niedzielę": "niedziela"}
_DAY_OR_UNDOTTED = re.compile(rf"(?<!\w)(?:({_DAY})|({_UNDOTTED_DAY})\.?)(?!\w)", re.I)
# A weekday, or a list of them, right after a verb or an opening word ("przyjmuje wt. i pt.", "czynny wt./czw."):
# when it happens, "w" + the accusative before the first day.
_DAYS_AFTER_VERB = re.compile(
    rf"(?<![\w.])(?P<prev>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][a-ząćęłńóśźż]{{2,}})(?:\s+(?P<obj>[a-ząćęłńóśźż]{{3,}}))?\s+(?P<days>(?:{_DAY})(?:\s*(?:,|\bi\b|\boraz\b)\s*(?:{_DAY}))*)(?!\w)")
_OPEN_WORDS = frozenset({"czynny", "nieczynny", "otwarty", "zamknięty", "dostępny"})
# Verbs of when someone is there or something is given: never with a weekday as their object.
_ON_DAY_VERBS = frozenset({"przyjmować", "dyżurować", "pracować", "działać", "urzędować", "wydawać", "zapraszać",
                           "odbywać", "spotykać", "kursować"})


def _day_slashes(m: re.Match) -> str:
    days = [d[1] or ABBREVIATIONS[_dotted_day(d[2])] for d in _DAY_OR_UNDOTTED.finditer(m[0])]
    said = ", ".join(days[:-1]) + " i " + days[-1]
    return said + (_full_stop(m) if m[0].endswith(".") and not days[-1].endswith(".") else "")


def _on_day_slashes(m: re.Match) -> str:
    first = _DAY_ACCUSATIVE.get(m["first"].lower(), m["first"])
    rest = [d[1] or ABBREVIATIONS[_dotted_day(d[2])] for d in _DAY_OR_UNDOTTED.finditer(m["rest"])]
    days = [WEEKDAY_ON[_weekday_index(d)].split(" ", 1)[1] for d in [first, *rest]]
    said = ", ".join(days[:-1]) + " i " + days[-1]
    return f"{m['w']} {_like(days[0], m['first'])}{said[len(days[0]):]}" + (
        _full_stop(m) if m[0].endswith(".") else "")


def _day_slash(m: re.Match) -> str:
    if m[2]:
        return f"{m[1]} i {m[2]}"
    second = ABBREVIATIONS[_dotted_day(m[3])]
    # the abbreviation's period taken with it: a sentence's full stop too when one ends there
    return f"{m[1]} i {second}" + (_full_stop(m) if m[0].endswith(".") else "")


def _on_day_word(word: str) -> bool:
    return any((r.pos == "fin" and r.lemma.split(":")[0] in _ON_DAY_VERBS)
               or (r.pos == "adj" and r.lemma.split(":")[0] in _OPEN_WORDS) for r in readings(word.lower()))


def _days_after_verb(m: re.Match) -> str:
    if m["obj"]:
        # round fifteen: a noun between the verb and the days, its object or its subject ("przyjmuje interesantów
        # pon./śr./pt.", "dyżuruje kierownik wt."): the days are still when (was "poniedziałek i środa", unwarned)
        if not (_on_day_word(m["obj"]) or _on_day_word(m["prev"]) and any(
                r.pos == "subst" for r in readings(m["obj"])) and not any(
                r.pos in {"prep", "conj", "adv", "qub", "fin", "adj"} for r in readings(m["obj"]))):
            return m[0]
    elif not _on_day_word(m["prev"]):
        return m[0]
    first = True

    def on(d: re.Match) -> str:
        nonlocal first
        said = WEEKDAY_ON[_weekday_index(d[0])]
        if not first:
            said = said.split(" ", 1)[1]  # "we wtorek i piątek": one "w" for the list
        first = False
        return said

    return m[0][: m.start("days") - m.start()] + _DAY_WORD.sub(on, m["days"])


_ANY_DAY = re.compile("poniedział|wtor|środ|czwart|piąt|sobot|niedziel", re.I)


def _adjective_of_day(prev: str, days: str) -> bool:
    """Whether prev is an adjective in the nominative singular of the first day's gender ("biała" before "sobota",
    "wolny" before "piątek"): the day is named, not the time of something ("w sobotę")."""
    day = re.match(r"\w+", days)
    if not prev or not day or not day[0].lower().endswith(("sobota", "środa", "niedziela", "poniedziałek", "wtorek",
                                                           "czwartek", "piątek")):
        return False
    genders = {"f"} if day[0].lower().endswith("a") else {"m1", "m2", "m3"}
    found = readings(prev)
    return bool(found) and all(r.pos in {"adj", "adjp", "subst"} for r in found) and any(
        r.pos == "adj" and r.number == "sg" and "nom" in r.cases and r.gender in genders for r in found)


def weekdays(text: str) -> str:
    """wtorek - piątek -> od wtorku do piątku; poniedziałek 8:00 -> w poniedziałek 8:00."""
    def day_range(m: re.Match) -> str:
        first, last = (WEEKDAY_GENITIVE[_weekday_index(d)] for d in m.group(2, 3))
        return _like("od", m[1] or m[2]) + f" {first} do {last}"

    def on_days(m: re.Match) -> str:
        prev = _prev_word(m.string, m.start())
        if prev in _NO_ON or _ON_LIST_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
            return m.group(0)
        if re.search(r"[:–—-]\s*$", m.string[max(0, m.start() - 3):m.start()]) and _named_hour_follows(
                m.string, m.end()):
            return m.group(0)  # "poniedziałek 12.01 godzina 10.00": named, as the date and the hour are
        if (date := _DATE_AHEAD.match(m.string, m.end(), m.end() + 25)) and (
                (not m.string[:m.start()].strip() or m.string[:m.start()].endswith("\n"))
                and _HEADING_DASH.match(m.string, date.end()) or _APPOSED_TO_DAY.search(
                    m.string, max(0, m.start() - 12), m.start())):
            return m.group(0)  # "Środa 27.01 – szkolenie", "Jutro (wtorek 12.01) wydajemy": named
        if m[0][:1].isupper() and any(r.pos == "adj" and "nom" in r.cases for r in readings(prev)):
            return m.group(0)  # "Wielki Piątek 26.03": a feast's name, no "w"
        if _adjective_of_day(prev, m[0]) and re.search(r"(?:^|[.!?:;,(–—\n])\s*\w+\s+$", m.string[max(0, m.start() - 40):m.start()]):
            return m.group(0)  # round sixteen: "Biała sobota 26.06", "– wolny piątek 2.07": opening a phrase, the day
            # is its noun ("Dyżur nocny piątek 2.07": the adjective is the noun's before it, "w piątek" as before)
        return _DAY_WORD.sub(lambda d: _like(WEEKDAY_ON[_weekday_index(d[0])], d[0]), m.group(0))

    if not _ANY_DAY.search(text):
        return text  # round fifteen: every rule below starts at a weekday's word (a text of digits has none)
    text = _W_TUESDAY.sub(r"\1e ", text)  # "w wt." -> "we wtorek"
    if "/" in text:
        text = _DAY_SLASH.sub(_day_slash, _DAY_SLASHES.sub(_day_slashes, _ON_DAY_SLASHES.sub(_on_day_slashes, text)))
    text = _DAYS_BEFORE_TIME.sub(on_days, _DAY_RANGE.sub(day_range, text))
    if "czynn" in text or "zamknięt" in text:
        text = _CLOSED_DAY_ITEM.sub(_closed_day_item, text)
    return _DAYS_AFTER_VERB.sub(_days_after_verb, text)


# A weekday closing a list of a timetable, then "nieczynny" ("pn. 8-15, wt. 7-14, pt. nieczynna"): "w" + the
# accusative when an earlier item of the sentence was said so ("w poniedziałek …, w piątek nieczynna"); a list
# with no such item keeps the bare days ("od poniedziałku do piątku …, sobota i niedziela nieczynny").
_CLOSED_DAY_ITEM = re.compile(rf"(?<=[,;] )(?P<days>(?:{_DAY})(?:\s+(?:i|oraz)\s+(?:{_DAY}))*)"
                              r"(?=\s+(?:nieczynn|czynn|zamknięt)\w*)")
_DAY_ON_SAID = re.compile(r"(?<!\w)(?:[wW]e? (?:" + "|".join(d.split(" ", 1)[1] for d in WEEKDAY_ON) + r"))(?!\w)")


def _closed_day_item(m: re.Match) -> str:
    sentence = re.split(r"[.!?]\s", m.string[max(0, m.start() - 300):m.start()])[-1]
    if not _DAY_ON_SAID.search(sentence):
        return m[0]
    first = True

    def on(d: re.Match) -> str:
        nonlocal first
        said = WEEKDAY_ON[_weekday_index(d[0])]
        said, first = (said if first else said.split(" ", 1)[1]), False  # "w sobotę i niedzielę": one "w"
        return said

    return _DAY_WORD.sub(on, m["days"])


_WRITTEN_SPAN = re.compile(
    rf"(?P<a>{WRITTEN_DATE.pattern})\s*(?:[-–—]|\s+do\s+)\s*(?P<b>{WRITTEN_DATE.pattern})")


def _written_date(written: str) -> str | None:
    """One ISO or Roman-month date as "15 stycznia 2027"; None when it names no day."""
    parts = date_parts(written)
    if parts is None:
        return None  # "2027-02-31": left, and reported (review.py)
    day, month, year = parts
    return f"{day} {MONTH_GENITIVE[month]}" + (f" {year}" if year else "")


_GLUED_YEAR_MARK = re.compile(r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})r\.")
# "15/01/2027": a whole date with slashes (day and month in two digits, a year of four).
_SLASH_DATE = re.compile(r"(?<![\w./,])(?P<d>[0-3][0-9])/(?P<m>[01][0-9])/(?P<y>[12][0-9]{3})(?![\w/]|[.,][0-9])")


# Round twenty: a day and a month of two digits with a slash right after a weekday ("przeniesiono ze śr. 13/01 na pt.
# 15/01" -> "ze środy trzynastego stycznia na piątek piętnastego stycznia"; was "trzynaście łamane przez zero jeden",
# unwarned), said as "13.01" is; a month in one digit ("śr. 2/3") or no weekday before ("ul. Leśna 15/12", a house
# and a flat) as before.
_SLASH_DAY_MONTH = re.compile(r"(?<![\w./,])(?P<d>[0-3]?[0-9])/(?P<m>0[1-9]|1[0-2])(?![\w/]|[.,][0-9])")
_WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)(?:(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)\w*|(?:pon|pn|wt|śr|czw|pt|sob|niedz|ndz)\.)\s*,?\s*$",
    re.I)


# Session twenty-three: a day of two digits and a month written with its leading zero ("wypłacamy 10/02 i 11/02") is a
# date without a weekday too; a house and a flat ("ul. Leśna 15/02") follow a street's name, a capitalised word or
# "nr" / "lok.".
_ADDRESS_BEFORE = re.compile(
    r"(?:\b[A-ZĄĆĘŁŃÓŚŹŻ]\w*|\b(?:nr|lok|m|ul|al|os|pl|pok)\.?|\b(?:lokal|numer|mieszkani|pok[oó]j)\w*)\s*$")


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+)\s*$")


# Session twenty-four: a month of a year written "11/2026" after "za" (what a payment is for): "za listopad dwa tysiące
# dwudziestego szóstego roku" (was "jedenaście łamane przez dwa tysiące dwadzieścia sześć", unwarned)
_MONTH_OF_YEAR_FOR = re.compile(r"(?<!\w)(?P<prep>[zZ]a)\s+(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)[0-9]{2})(?![\w/]|[.,][0-9])")


def _weekday_slash_date(m: re.Match) -> str:
    before = m.string[max(0, m.start() - 16):m.start()]
    address = _ADDRESS_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if address and address[0][:1].isupper() and _SENTENCE_OPENS.search(m.string, 0, address.start()) and (
            found := readings(address[0].strip().lower())) and all(r.pos in _VERB_ONLY for r in found):
        address = None  # "Wypłacamy 10/02": a verb opening the sentence, no street's name ("Leśna 15/02" is one)
    # round thirty-five: a day of one digit too, in a list of such dates or after "do", "od", "dnia" ("Terminy
    # wypłat: 7/07, 6/08, 7/09"; was "siedem łamane przez zero siedem", unwarned)
    listed = len(_SLASH_DAY_MONTH.findall(m.string)) > 1 or _prev_word(m.string, m.start()) in {"do", "od", "dnia", "dn"}
    padded = (len(m["d"]) == 2 or listed) and m["m"].startswith("0") and not address
    if not padded and not _WEEKDAY_BEFORE.search(before):
        return m[0]
    return f"{m['d']}.{m['m']}" if date_parts(f"{m['d']}.{m['m']}") else m[0]


def written_dates(text: str) -> str:
    """2027-01-15 and Roman months (15 I 2027, 7.VIII.2026, 7 XII) as "15 stycznia 2027", placed by
    the staff forms' date parser (ivr.spoken.dates) so that the dates rule says them; a span of two
    ("2026-12-24 – 2026-12-26") from one to the other; "15/01/2027" as "15.01.2027"."""
    if "r." in text:  # "31.I.2027r.", "do 2027r.": the year's "r." typed without its space
        text = _GLUED_YEAR_MARK.sub(r"\g<year> r.", text)
    if "/" in text:
        text = _MONTH_OF_YEAR_FOR.sub(lambda m: f"{m['prep']} {MONTH_NOMINATIVE[int(m['m'])]} {m['y']} r.", text)
        text = _SLASH_DATE.sub(lambda m: f"{m['d']}.{m['m']}.{m['y']}"
                               if date_parts(f"{m['d']}.{m['m']}.{m['y']}") else m[0], text)
        if "/0" in text or "/1" in text:  # round twenty: a weekday's "13/01"
            text = _SLASH_DAY_MONTH.sub(_weekday_slash_date, text)
    if "go " in text:  # session twenty-one: "12-go I" is "12 I" (was "dwunastego I", warned)
        text = _DAY_GO_ROMAN.sub(r"\g<d>", text)
    def span(m: re.Match) -> str:
        first, last = _written_date(m["a"]), _written_date(m["b"])
        if first is None or last is None:
            return m[0]
        od = "" if _prev_word(m.string, m.start()) == "od" else "od "
        return f"{od}{first} do {last}"
    def days_then_date(m: re.Match) -> str:  # "12-13 XII" -> "12-13 grudnia": the dates rule says the span
        last = _written_date(m["b"])
        return f"{m['days']}{last}" if last else m[0]
    text = _WRITTEN_SPAN.sub(span, text)
    text = _DAYS_BEFORE_WRITTEN.sub(days_then_date, text)
    return WRITTEN_DATE.sub(lambda m: _written_date(m[0]) or m[0], text)


_DAY_GO_ROMAN = re.compile(r"(?<![\w.,/-])(?P<d>[0-9]{1,2})-?go(?=\s(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\w-]))")


# Days before a Roman-month date: "12-13 XII", "5 i 12 I 2027".
_DAYS_BEFORE_WRITTEN = re.compile(
    rf"(?<![\w.,/-])(?P<days>(?:[0-9]{{1,2}}(?:\s*[-–—,]\s*|\s+(?:i|oraz|do)\s+)){{1,30}})"
    r"(?P<b>" + WRITTEN_DATE.pattern.removeprefix(r"(?<![\w.,/-])") + ")")


_MONTH = _words(MONTH_GENITIVE[1:])
_YEAR_END = r"(?:\s*[rR]\.|\s+roku(?!\w))"  # "R." in capitals too (session 22)
_DAY_MONTH = re.compile(
    rf"(?<![\w.,])(?:(?P<first>[0-9]{{1,2}})(?P<sep>\s*[-–—]\s*|\s+do\s+))?"
    rf"(?P<list>(?:[0-9]{{1,2}}(?:\s*,\s*|\s+(?:i|oraz|lub|albo)\s+|\s+a\s+)){{1,30}})?"  # at most 30: linear
    rf"(?P<day>[0-9]{{1,2}})"
    rf"\s+(?P<month>{_MONTH})(?!\w)(?:\s+(?P<year>[12][0-9]{{3}})(?P<r>{_YEAR_END})?(?!\w))?"
)
_NUMERIC_DATE = re.compile(
    rf"(?<![\w.,–—-])(?<![–—-]\s)(?P<day>[0-9]{{1,2}})\.(?P<month>[0-9]{{1,2}})\.(?P<year>[0-9]{{4}})(?P<r>{_YEAR_END})?(?![\w]|\.[0-9])"
)
_YEAR = re.compile(rf"(?<![\w.,])(?P<year>[12][0-9]{{3}})(?P<r>{_YEAR_END})")
# "na 2027 rok", "za 2026 rok": the word "rok" is nominative or accusative, so is the year's ordinal
_YEAR_ROK = re.compile(r"(?<![\w.,/–—-])(?P<year>(?:19|20)[0-9]{2})\s+rok(?!\w)")
# Two whole dates joined by a dash: "23.12.2026–4.01.2027 r." -> "od … do …".
_NUMERIC_SPAN = re.compile(
    r"(?<![\w.,–—-])(?P<a>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?:\s*r\.)?\s*[-–—]\s*"
    r"(?=[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}(?![\w]|\.[0-9]))")
# A span of months written as month.year: "za okres 11.2026–10.2027" -> "od listopada dwa tysiące dwudziestego
# szóstego roku do października …" (a month of one or two digits, a four-digit year; it must run forwards).
_MONTH_YEAR_SPAN = re.compile(
    r"(?<![\w.,–—/-])(?P<m1>0?[1-9]|1[0-2])\.(?P<y1>(?:19|20)[0-9]{2})(?:\s*r\.)?(?P<sep>\s*[-–—]\s*|\s+do\s+)"
    r"(?P<m2>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)[0-9]{2})(?P<r>\s*r\.)?(?![\w]|[.,/][0-9])")
_MONTH_SPAN_WORDS = frozenset("okres okresie okresu za od w na".split())
# A year named after the word "rok" is its ordinal, in that word's case: "na rok 2027" -> "na rok
# dwa tysiące dwudziesty siódmy", "w roku 2026" -> "w roku dwa tysiące dwudziestym szóstym".
# A part of a year before a bare year: "w I półroczu 2027", "za IV kwartał 2026" ("roku" as an announcer adds it).
# Session twenty-three: the locative "kwartale" too, as "I kw." is written out ("w I kw. 2027" -> "w pierwszym kwartale
# dwa tysiące dwudziestego siódmego roku"; was "dwa tysiące dwadzieścia siedem", unwarned).
_PERIOD_YEAR = re.compile(r"(?<!\w)(?P<noun>(?:półrocz|kwarta[łl]|semestr)\w*)\s+(?P<year>(?:19|20)[0-9]{2})"
                          r"(?![\w/-]|[.,:][0-9]|\s*r\.|\s+roku|\s*[-–—]\s*[0-9])")
_ROK_YEAR = re.compile(r"(?<!\w)(?P<rok>[Rr]ok(?:u|iem)?)\s+(?P<year>(?:19|20)[0-9]{2})(?![\w/-]|[.,:][0-9]|\s*r\.|\s+roku|\s+na\s+[0-9])")
# A month shortened after its day: "3 mar.", "15 wrz. 2027 r." ("maj" is never shortened).
_MONTH_OF_ABBREVIATION = {m[:3]: m for m in MONTH_GENITIVE[1:] if not m.startswith("maj")}
_MONTH_OF_ABBREVIATION.update({"kwie": "kwietnia", "czerw": "czerwca", "wrze": "września", "paźdz": "października",
                               "list": "listopada", "grud": "grudnia", "stycz": "stycznia", "sierp": "sierpnia"})
_MONTH_ABBREVIATION = re.compile(
    r"(?<![\w.,])(?P<day>[0-9]{1,2})\s+(?P<mon>" + _words(sorted(_MONTH_OF_ABBREVIATION, key=len, reverse=True))
    + r")\.(?!\w)")
# A two-digit year: "do 15.01.27" -> the 15th of January 2027 (day and month in two digits each); a day of one digit
# when "r." follows or a date's word comes before ("od 1.02.27 r.", "do 5.03.27"): "wersja 1.02.27" stays as it is.
_SHORT_YEAR_DATE = re.compile(r"(?<![\w.,–—/-])(?P<day>[0-3][0-9]|[1-9](?=\.[01][0-9]\.[0-9]{2}\s*r\b)"
                              r"|(?:(?<=\bod )|(?<=\bdo )|(?<=\bdnia )|(?<=\bdniu )|(?<=\bdniach ))[1-9])"
                              r"\.(?P<month>[01][0-9])\.(?P<year>[0-9]{2})(?![\w]|[.,/][0-9])")
# A span of days before a two-digit year: "urlop 4-15.01.27", "7-8.01.27" (the range shows the date).
_SHORT_YEAR_SPAN = re.compile(r"(?<![\w.,–—/-])(?P<first>[0-3]?[0-9]\s*[-–—]\s*)(?P<day>[0-3]?[0-9])\.(?P<month>[01][0-9])"
                              r"\.(?P<year>[0-9]{2})(?![\w]|[.,/][0-9])")
# The night from one day to the next: "w nocy z 14/15 sierpnia" -> "z czternastego na piętnastego".
_NIGHT = re.compile(rf"(?<![\w.,/])(?P<a>[0-9]{{1,2}})\s*/\s*(?P<b>[0-9]{{1,2}})(?=\s+(?:{_MONTH})(?!\w))")
_NOMINATIVE_DATE_AFTER = re.compile(
    r"(?:\b(?:dziś|dzisiaj|jutro|pojutrze)\s+(?:jest|będzie)|\bwczoraj\s+był|(?:^|[.!?]\s+)jest)\s+$",
    re.I,
)


# Longer than any match of _NOMINATIVE_DATE_AFTER once whitespace is collapsed ("pojutrze będzie ").
_NOMINATIVE_WINDOW = 40


def _nominative(genitive: str) -> str:
    """Masculine ordinal genitive to nominative: dwudziestego szóstego -> dwudziesty szósty."""
    return " ".join(w[:-3] + ("" if w[:-3].endswith("i") else "y") if w.endswith("ego") else w
                    for w in genitive.split())


def _year(m: re.Match, case: str = "gen") -> str:
    words = _ordinal_genitive(int(m["year"]))
    if case == "acc":  # "za 2027 r." -> "za dwa tysiące dwudziesty siódmy rok"
        return f"{_nominative(words)} rok" + (_full_stop(m) if m["r"] and m["r"].endswith(".") else "")
    words = _locative(words) if case in {"loc", "inst"} else words  # masculine: -ym in both
    return f"{words} {'rokiem' if case == 'inst' else 'roku'}" + (_full_stop(m) if m["r"] and m["r"].endswith(".") else "")


_DAY_INSTRUMENTAL_AFTER = frozenset({"po", "przed", "między", "pomiędzy"})


def _day(m: re.Match, day: int) -> str:
    """Day of the month: nominative after "dziś jest", else genitive ("when?")."""
    # Only the few words before the date: searching from the text's start for every date made
    # dates() quadratic in the length of the text (issue 34, N4).
    nominative = _NOMINATIVE_DATE_AFTER.search(m.string, max(0, m.start() - _NOMINATIVE_WINDOW), m.start())
    prev = _prev_word(m.string, m.start())
    if not nominative and prev in _DAY_INSTRUMENTAL_AFTER:
        # "po 30.04." -> "po trzydziestym kwietnia"; "przed 24 grudnia", "między 27 a 30 grudnia" ->
        # "przed dwudziestym czwartym" (the masculine locative and instrumental ordinals are one form)
        return _locative(DAY_GENITIVE[day])
    return (DAY_NOMINATIVE if nominative else DAY_GENITIVE)[day]


def dates(text: str) -> str:
    """24 grudnia [2026 r.] and 24.12.2026 as ordinals; "2026 r." -> "dwa tysiące dwudziestego szóstego roku"."""
    def day_month(m: re.Match) -> str:
        day = int(m["day"])
        if not 1 <= day <= 31 or (m["first"] and not 1 <= int(m["first"]) <= 31):
            return m.group(0)
        if m["list"] and re.search(r"\sa\s", m["list"]) and (
                m["first"] or _prev_word(m.string, m.start()) not in {"między", "pomiędzy"}):
            # "a" joins two days only after "między" ("między 27 a 30 grudnia"); else the date is the last day
            cut = m.start("day") - m.start()
            return m[0][:cut] + _DAY_MONTH.sub(day_month, m[0][cut:])
        spoken = f"{_day(m, day)} {m['month']}"
        if m["list"]:  # "5 i 12 stycznia", "5, 12 i 19 stycznia": every day an ordinal
            days = re.findall(r"[0-9]+|[^0-9]+", m["list"])
            if any(d.isdigit() and not 1 <= int(d) <= 31 for d in days):
                return m.group(0)
            said = "".join(_day(m, int(d)) if d.isdigit() else (", " if "," in d else d) for d in days)
            spoken = said + spoken
        prev = _prev_word(m.string, m.start())
        if m["first"] and (m["sep"].strip() == "do" and prev in _IDENTIFIER_WORDS | _ROOM_WORDS or prev == "lat") and (
                _DAY_MONTH.match(m.string, m.end("sep"))):
            # session twenty-one: "w pok. nr 4 do 30 listopada": a room's number, then the deadline (was "numer
            # czwartego do trzydziestego listopada", unwarned); session twenty-five: "w pok. 2 do 15 stycznia" (was
            # "pokoju drugiego do piętnastego"), "dla dzieci do lat 10 – 13 XII" (an age, then the day; was "do lat od
            # dziesiątego do trzynastego grudnia"), both unwarned
            return m[0][:m.start("sep") - m.start()] + m["sep"] + day_month(_DAY_MONTH.match(m.string, m.end("sep")))
        if m["first"]:
            first = DAY_GENITIVE[int(m["first"])]
            spoken = f"{first} do {spoken}" if m["sep"].strip() == "do" else f"od {first} do {spoken}"
        return spoken + (f" {_year(m)}" if m["year"] else "")

    def numeric(m: re.Match) -> str:
        day, month = int(m["day"]), int(m["month"])
        if not (1 <= day <= 31 and 1 <= month <= 12 and int(m["year"])):
            return m.group(0)
        return f"{_day(m, day)} {MONTH_GENITIVE[month]} {_year(m)}"

    def year(m: re.Match) -> str:
        prev = _prev_word(m.string, m.start())
        if prev in {"przed", "między", "pomiędzy", "nad"}:  # "przed 1950 r." -> "przed ... pięćdziesiątym rokiem"
            return _year(m, "inst")
        if prev in {"za", "na"} and m["r"]:  # "rozliczenie za 2026 r.", "budżet na 2027 r.": the year as a whole, accusative
            return _year(m, "acc")
        return _year(m, "loc" if prev == "w" else "gen")

    def night(m: re.Match) -> str:
        a, b = int(m["a"]), int(m["b"])
        if not 1 <= a < b <= 31 or b != a + 1:
            return m[0]  # "5/7 stycznia" is no night
        z = "" if _prev_word(m.string, m.start()) in {"z", "ze"} else "z "
        return f"{z}{DAY_GENITIVE[a]} na {m['b']}"

    def short_year(m: re.Match) -> str:
        day, month = int(m["day"]), int(m["month"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return m[0]
        return f"{m['day']}.{m['month']}.20{m['year']}"

    def span(m: re.Match) -> str:
        od = "" if _prev_word(m.string, m.start()) == "od" else "od "
        return f"{od}{m['a']} do "

    def month_year_span(m: re.Match) -> str:
        first, last = (int(m["y1"]), int(m["m1"])), (int(m["year"]), int(m["m2"]))
        if m["sep"].strip() == "do" and _prev_word(m.string, m.start()) != "od":
            return m[0]  # "od 01.2027 do 06.2027": "do" joins two months only after "od"
        if len(m["m1"]) == 1 and _prev_word(m.string, m.start()) not in _MONTH_SPAN_WORDS:
            return m[0]  # "wersja 1.2026-2.2027": a month of one digit only after a word of a period
        if first >= last:
            return m[0]  # a span running backwards is no span of months: left, and warned
        od = "" if _prev_word(m.string, m.start()) == "od" else "od "
        return (f"{od}{MONTH_GENITIVE[first[1]]} {_ordinal_genitive(first[0])} roku do {MONTH_GENITIVE[last[1]]} "
                f"{_year(m)}")

    def rok_year(m: re.Match) -> str:
        words = _ordinal_genitive(int(m["year"]))
        rok = m["rok"].lower()
        if rok == "rok":
            words = _nominative(words)
        elif rok == "rokiem" or _prev_word(m.string, m.start()) in {"w", "o", "przy", "po"}:
            words = _locative(words)
        return f"{m['rok']} {words}"

    if "/" in text:
        text = _NIGHT.sub(night, text)
    if "." in text:  # "3 mar., godz. 11" -> "3 marca, godz. 11"
        text = _MONTH_ABBREVIATION.sub(
            lambda m: f"{m['day']} {_like(_MONTH_OF_ABBREVIATION[m['mon'].lower()], m['mon'])}" + _full_stop(m), text)
    if "rok" in text or "Rok" in text:
        text = _ROK_YEAR.sub(rok_year, text)
    if "półrocz" in text or "kwarta" in text or "semestr" in text:  # "w I półroczu 2027": of the year 2027
        text = _PERIOD_YEAR.sub(lambda m: f"{m['noun']} {_ordinal_genitive(int(m['year']))} roku", text)
    text = _SHORT_YEAR_DATE.sub(short_year, text)
    if "-" in text or "–" in text or "—" in text:
        text = _SHORT_YEAR_SPAN.sub(lambda m: m["first"] + short_year(m) if int(m["first"].rstrip(" -–—")) < int(
            m["day"]) else m[0], text)
    text = _NUMERIC_SPAN.sub(span, text)
    if "-" in text or "–" in text or "—" in text or " do " in text:
        text = _MONTH_YEAR_SPAN.sub(month_year_span, text)
    text = _DAY_MONTH.sub(day_month, text)
    if " i " in text or " oraz " in text:  # "w dn. 7, 8 i 9.12.2026 r.": the listed days before a whole date
        text = _DAYS_BEFORE_FULL.sub(_listed_days, text)
    text = _NUMERIC_DATE.sub(numeric, text)
    if "rok" in text:
        text = _YEAR_ROK.sub(lambda m: f"{_nominative(_ordinal_genitive(int(m['year'])))} rok", text)
    return _YEAR.sub(year, text)


_SHORT_DATE = re.compile(
    r"(?<![\w.,:/-])(?:(?P<first>[0-9]{1,2})(?P<fm>\.[0-9]{2})?\.?\s*[-–—]\s*)?"
    r"(?P<day>[0-9]{1,2})\.(?P<month>[0-9]{2})(?:\.(?P<year>[12][0-9]{3}))?"
    rf"(?P<r>{_YEAR_END})?"
    # "do 30.04. br.", "w sob. 14.12. w godz.": the date's own period before a lowercase word or a
    # bracket ends no sentence, and is dropped (no pause mid-sentence).
    rf"(?P<dot>\.(?=[ \t]+[a-ząćęłńóśźż(]))?(?![\w]|[.,:][0-9])"
)


# "14 i 15.12", "5, 6 i 7.01": days listed before a short date (the last joined by "i" or "oraz").
# (At most 30 days listed: a longer run of numbers is no list of days, and each start stays a bounded try.)
_DAYS_BEFORE_SHORT = re.compile(r"(?<![\w.,:/-])(?P<days>(?:[0-9]{1,2}\s*,\s*){0,30}[0-9]{1,2}\s+(?:i|oraz)\s+)"
                                r"(?=[0-9]{1,2}\.(?P<month>[01][0-9])(?:\.[12][0-9]{3})?(?![0-9]|[.,][0-9]))")
_DAYS_BEFORE_FULL = re.compile(_DAYS_BEFORE_SHORT.pattern.replace(r"(?:\.[12][0-9]{3})?", r"\.[12][0-9]{3}"))
_LABELS_BEFORE = frozenset("pok pokój pokoje pokojach pokoju sala sali nr numer numery art ust pkt poz lok m str".split())


def _listed_days(m: re.Match) -> str:
    """"14 i 15.12", "7, 8 i 9.12.2026": the days before the date are its days too."""
    prev = _prev_word(m.string, m.start()).lower()
    if int(m["month"]) not in range(1, 13) or prev in _DAY_INSTRUMENTAL_AFTER or prev in _LABELS_BEFORE:
        return m[0]
    days = re.findall(r"[0-9]+", m["days"])
    if not all(1 <= int(d) <= 31 for d in days):
        return m[0]
    return re.sub(r"[0-9]+", lambda d: DAY_GENITIVE[int(d[0])], m["days"])


# Round twenty-three: a day, or a span of days, before "każdego miesiąca" ("bieżącego", "danego", …) is a day of the
# month, an ordinal ("od 1 do 15 każdego miesiąca" -> "od pierwszego do piętnastego", "do 10 każdego miesiąca" ->
# "do dziesiątego"; were "od jednego do piętnastu", unwarned), in the genitive after "od", "do", "z" or nothing, the
# locative after "po", the instrumental after "przed"; after any other preposition left to the other rules.
_DAY_OF_EVERY_MONTH = re.compile(
    r"(?<![\w.,:/-])(?:(?P<prep>od|do|po|przed|ze?)\s+)?(?P<a>[0-9]{1,2})(?:\s*(?P<sep>[-–—]|do)\s*(?P<b>[0-9]{1,2}))?"
    r"\s+(?=(?:każdego|danego|bieżącego|kolejnego|następnego)\s+miesiąca(?!\w))", re.I)
_DAY_OF_MONTH_CASE = {"od": "gen", "do": "gen", "z": "gen", "ze": "gen", "po": "loc", "przed": "inst"}


def days_of_month(text: str) -> str:
    """Round twenty-three: "do 10 każdego miesiąca" -> "do dziesiątego każdego miesiąca"."""
    def say(m: re.Match) -> str:
        a, b = int(m["a"]), int(m["b"]) if m["b"] else None
        if not 1 <= a <= 31 or (b is not None and not a < b <= 31):
            return m[0]
        prep = (m["prep"] or "").lower()
        if not prep and (before := _prev_word(m.string, m.start())) and before.lower() in GOVERNS:
            return m[0]
        case = _DAY_OF_MONTH_CASE.get(prep, "gen")
        said = ordinal(a, case)
        if b is not None:
            said = f"{said} do {ordinal(b, 'gen')}" if case == "gen" else None
            if said is None:
                return m[0]
            if not prep and (m["sep"] or "").lower() != "do":
                said = "od " + said
        return f"{m['prep']} {said} " if m["prep"] else f"{said} "
    return _DAY_OF_EVERY_MONTH.sub(say, text) if "miesiąca" in text else text


def short_dates(text: str) -> str:
    """2.11 -> drugiego listopada; 24–26.12 -> od dwudziestego czwartego do dwudziestego szóstego grudnia;
    27-31.12.2026 r.; 1.07-31.08 -> od pierwszego lipca do trzydziestego pierwszego sierpnia."""
    def say(m: re.Match) -> str:
        day, month = int(m["day"]), int(m["month"])
        first = int(m["first"]) if m["first"] else None
        first_month = int(m["fm"][1:]) if m["fm"] else month
        if not (1 <= day <= 31 and 1 <= month <= 12) or (
                first is not None and not (1 <= first <= 31 and 1 <= first_month <= 12)):
            return m[0]
        if first is not None and first_month == month and first >= day:
            return m[0]
        spoken = f"{_day(m, day)} {MONTH_GENITIVE[month]}"
        if first is not None:
            head = DAY_GENITIVE[first] + (f" {MONTH_GENITIVE[first_month]}" if m["fm"] else "")
            od = "" if _prev_word(m.string, m.start()) == "od" else "od "
            spoken = f"{od}{head} do {DAY_GENITIVE[day]} {MONTH_GENITIVE[month]}"
        if m["year"]:
            spoken += f" {_year(m)}"
        elif m["r"]:
            return m[0]
        return spoken

    if " i " in text or " oraz " in text:
        text = _DAYS_BEFORE_SHORT.sub(_listed_days, text)
    return _SHORT_DATE.sub(say, text)


# "5-go", "5go", "3-ci", "1-szy", "2-ga", "10-tej": the ending tells case and gender; one-letter
# endings only after a hyphen ("5a" is a house number).
_ORDINAL_SUFFIX = re.compile(
    r"(?<![\w.,:/-])(?P<n>[0-9]{1,2})(?:-?(?P<suffix>(?:sz|g|c|t|m|w)?(?:iego|ego|go|iej|ej|ym|im)|sz[yaą]|g[iaą]|c[iaą]|cią|t[yaą]|m[yaą]|w[yaą]"
    # round twenty-five: the neuter's and the plural's ending ("1-sze spotkanie", "2-gie", "3-cie", "4-te")
    r"|sze|gie|cie|te|me|we)"
    r"|-(?P<short>[ayią]))(?!\w)")
# "do 15. dnia"; a capitalised noun only after a lowercase word: "podczas 10. Festiwalu".
_ORDINAL_DOT = re.compile(r"(?<![\w.,:/-])(?P<n>[0-9]{1,3})\.\s+(?P<noun>[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]\w*)")
_WORD_BEFORE_DOT = re.compile(r"(?<!\w)(\w+),?\s+$")


# Words after which a number is a name, never an ordinal of the next word.
# Words after which a number names (a number, an extension: "wewn." said "wewnętrzny"), so its full stop ends a sentence.
_IDENTIFIER_WORDS = frozenset({"nr", "numer", "numerem", "numeru", "numerze",
                               "wewnętrzny", "wewnętrznego", "wewnętrznemu", "wewnętrznym"})
_ROOM_WORDS = frozenset({"pokój", "pokoju", "pokoi", "sala", "sali", "salę", "salą"})  # a room's number before "do"


def _goes_on(text: str, pos: int) -> bool:
    """Whether the word before pos carries a sentence on into a capitalised noun: a lowercase word
    ("podczas 10. Festiwalu") or a capitalised preposition or adjective ("Podczas 5.", "Nasz 10.");
    not a noun ("Wniosek 2. Zaświadczenie" is a list)."""
    m = _WORD_BEFORE_DOT.search(text, max(0, pos - 30), pos)
    if not m:
        return False
    word = m[1]
    if word.lower() in _IDENTIFIER_WORDS:
        return False  # "pokój nr 3. Wydawanie": a number after "numer" names, a sentence ends there
    if word[:1].islower():
        return True
    return any(r.pos in {"prep", "adj", "num"} for r in readings(word.lower())) and not any(
        r.pos in {"subst", "depr"} for r in readings(word.lower()))
# Session twenty-one: a capitalised word after a number's period that opens the next sentence, though a lowercase word
# comes before the number ("dostarczyć do 15. Bez nich …", "do godz. 13. Pilne sprawy", "pok. 1. Pomoc w …", "ul.
# Poznańska 5. Zaproszone osoby"; were "do piętnasty Bez", "trzynaste Pilne", "pokój pierwsza Pomoc", "piąte Zaproszone",
# the full stop lost, unwarned): a label before a colon ("Kontakt:"), a word no case of which the preposition before the
# number governs ("do", "około": the genitive), a word the dictionary also reads as a preposition ("Bez") or only as a
# verb or an adverb ("Prosimy"), a word in the nominative only after a noun the number names ("pokój",
# "godziny"), or a house's number. "Podczas 10. Festiwalu", "z okazji 25. Rocznicy" and "Nasz 10. Festiwal" go on.
_LABEL_AFTER = re.compile(r"\w*\s*:")
_FUNCTION_WORDS = frozenset({"prep", "conj", "comp", "qub", "interj"})
_VERBS = frozenset({"fin", "praet", "impt", "inf", "adv", "pred", "bedzie", "ger", "pcon", "pant"})
_NAMING_NOUNS = frozenset("pokój sala godzina ulica lokal budynek piętro numer".split())


def _sentence_ends_at(m: re.Match) -> bool:
    """Whether the capitalised word after the number's period (`m`: _ORDINAL_DOT) opens the next sentence."""
    text, start = m.string, m.start()
    if _LABEL_AFTER.match(text, m.start("noun")):
        return True
    if _HOUSE_BEFORE.search(text, max(0, start - 60), start):
        return True
    found = readings(m["noun"].lower())
    if any(r.pos in _FUNCTION_WORDS for r in found) or (found and all(r.pos in _VERBS for r in found)):
        return True  # "Bez nich …" (a preposition, whatever else the dictionary reads), "Prosimy …" (only a verb)
    noun = [r for r in found if r.pos in {"subst", "adj"} and r.cases]
    governed = governed_cases(text[max(0, start - 25):start])
    if governed and not any(set(governed) & r.cases for r in noun):
        return True
    before = _WORD_BEFORE_DOT.search(text, max(0, start - 30), start)
    naming = before and any(r.lemma in _NAMING_NOUNS for r in readings(before[1].lower()) if r.pos == "subst")
    return bool(naming) and all(r.cases <= {"nom", "acc", "voc"} for r in noun)


# A list number: "1. Wniosek" at the start of the text or a sentence (or after a colon).
_LIST_NUMBER = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?P<inline>(?<=\w)\s+))(?P<n>[0-9]{1,2})\.\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_LOWER_LIST_NUMBER = re.compile(r"(?:^|(?<=[.!?:;]\s))(?P<n>[0-9]{1,2})\.\s+(?=[a-ząćęłńóśźż])")
# A list run on in one sentence after a colon: "Dokumenty: 1. wniosek, 2. decyzja, 3. zaświadczenie".
_INLINE_LIST_NUMBER = re.compile(r"(?:(?<=:\s)|(?<=,\s))(?P<n>[0-9]{1,2})\.\s+(?=[a-ząćęłńóśźż]{2,}(?<!\bi)(?<!\boraz)(?<!\blub)\b)")
# A number before a noun it cannot count: "2 środę", "na 3 piętrze" (a count would say "dwie środy").
# A street's or an estate's name before a number: the house's number ("ulica Kościelna 2 lokal 4",
# "osiedle Słoneczne 4 lokal 2").
_HOUSE_BEFORE = re.compile(r"(?<!\w)(?:ul\.|al\.|pl\.|os\.|ulic\w*|alej\w*|plac\w*|osiedl\w*)\s*(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w*\.?\s+){1,3}$")
_NUMBER_NOUN = re.compile(r"(?<![\w.,:/-])(?P<n>[0-9]{1,3})\s+(?P<noun>[a-ząćęłńóśźż]+)(?!\w|[-.]\w)")
_WEEKDAY_LEMMAS = frozenset(WEEKDAY_NOMINATIVE)
# Nouns that "1" before names the first of, never one of: "na 1 piętrze", "1 kwartał".
_FIRST_NOUNS = frozenset("piętro kwartał półrocze semestr etap turnus edycja klasa tura kadencja".split())
_MONTH_AFTER = re.compile(r"\s+(?:(?:każdego|danego|tego|bieżącego|kolejnego)\s+)?miesiąca(?!\w)")
_EVERY_BEFORE = re.compile(r"(?:każd\w*|co|w|we)\s+$", re.I)
_SUFFIX_FORM = (("go", "gen", "m3"), ("ej", "gen", "f"), ("ym", "loc", "m3"), ("im", "loc", "m3"),
                ("ą", "inst", "f"), ("a", "nom", "f"), ("y", "nom", "m3"), ("i", "nom", "m3"),
                ("e", "nom", "n"))  # round twenty-five: "1-sze", "2-gie" -> "pierwsze", "drugie"
# "godz. 18-ej" with nothing before "godz." is "godzina osiemnasta": an hour after a singular form of "godzina"
# agrees with that word, whatever case its written ending guessed ("o godz. 18-ej" is "o godzinie osiemnastej").
_HOUR_WORD_BEFORE = re.compile(r"(?<!\w)[gG]odzin(?P<end>a|y|ie|ę|ą)\s+$")
_HOUR_WORD_CASE = {"a": "nom", "y": "gen", "ie": "loc", "ę": "acc", "ą": "inst"}


# Decades: "w latach 50. i 60." -> "w latach pięćdziesiątych i sześćdziesiątych" (an ordinal
# adjective, plural, in the case of "lata"); a four-digit "w latach 1990-2000" is a span of years.
_DECADE_CASE = {"lata": "nom", "latach": "loc", "lat": "gen", "latami": "inst", "latom": "dat"}
_DECADE_ITEM = r"[1-9]0(?:\.|-?(?:te|tych|ych|ymi|ym|e)(?!\w))?"
_DECADE_LAST = r"[1-9]0(?:\.|-?(?:te|tych|ych|ymi|ym|e)(?!\w))"  # "lat 50 osób" is a count
_DECADE = re.compile(rf"(?<!\w)(?P<lata>lata|latach|lat|latami|latom)\s+(?P<list>(?:{_DECADE_ITEM}"
                     rf"\s*(?:,|i|oraz|lub|albo|[-–—])\s*)*{_DECADE_LAST})(?![\w,]\d)", re.I)
_DECADE_NUMBER = re.compile(rf"(?P<n>[1-9]0)(?P<dot>\.)?(?:-?(?:te|tych|ych|ymi|ym|e)(?!\w))?")


def decades(text: str) -> str:
    """w latach 50. i 60. -> w latach pięćdziesiątych i sześćdziesiątych; lata 90. -> lata dziewięćdziesiąte."""
    def say(m: re.Match) -> str:
        case = _DECADE_CASE[m["lata"].lower()]
        items = m["list"]
        spoken = _DECADE_NUMBER.sub(lambda d: ordinal(int(d["n"]), case, "n", "pl"), items)
        spoken = re.sub(r"\s*[-–—]\s*", " i ", spoken) if re.search(r"\d0\.?\s*[-–—]", items) else spoken
        if items.endswith(".") and _full_stop_after(m):
            spoken += "."
        return f"{m['lata']} {spoken}"
    return _DECADE.sub(say, text)


def _full_stop_after(m: re.Match) -> bool:
    """The period after a decade also ends the sentence: the text ends, or a capital follows
    that is not a century ("lat 50. XX w.")."""
    rest = m.string[m.end():]
    if not rest.strip():
        return bool(re.match(rf"\s*[{_UPPER}]", m.string))
    before = re.sub(r"\s*\S+\s*$", "", m.string[:m.start()])  # the sentence so far, without "w"/"z"
    opens = not before.strip() or before.rstrip()[-1] in ".!?:"  # "W latach 50. Kleszczewo ...": goes on
    return (not opens and bool(re.match(rf"\s+[{_UPPER}]", rest))
            and not re.match(rf"\s+(?:{ROMAN})\s*w\.", rest))


def _ordinal_before(n: int, noun: str, text: str, start: int) -> str | None:
    """n as the ordinal of the noun after it, in the noun's gender and number and the case the
    preposition before start allows; None when the word is no noun (or n is 0)."""
    found = [r for r in readings(noun.lower()) if r.pos in {"subst", "adj"} and r.cases]
    nouns = [r for r in found if r.number == "sg"]
    if not nouns and found and not any(r.number == "sg" for r in noun_readings(found[0].lemma)):
        nouns = found  # "7. Dożynki": a noun with no singular, and its ordinal in the plural
    if not n or not nouns:
        return None
    governed = governed_cases(text[max(0, start - 25):start])
    # the case governed first; then a reading of today's Polish ("Dzień" is masculine, not the archaic feminine)
    r = sorted(nouns, key=lambda r: (not (set(governed) & r.cases), r.archaic))[0]
    case = next((c for c in (*governed, "nom", "gen", "acc", "loc", "inst", "dat") if c in r.cases), "nom")
    return ordinal(n, case, r.gender, r.number)


# "w każdy 1. i 3. wtorek", "1., 2. i 3. klasa": the numbers of a list before one lowercase noun.
_ORDINAL_LIST = re.compile(
    r"(?<![\w.,:/-])(?P<n>[0-9]{1,2})\.(?P<sep>\s*,\s*|\s+(?:i|oraz|lub|albo)\s+|\s+)"
    r"(?=(?:[0-9]{1,2}\.(?:\s*,\s*|\s+(?:i|oraz|lub|albo)\s+|\s+))*[0-9]{1,2}\.\s+(?P<noun>[a-ząćęłńóśźż]\w*))")


# Round eighteen: an ordinal with its period joined by "i", "oraz", "lub", "albo" to an adjective before the noun they
# share ("2. i ostatni czwartek miesiąca" -> "drugi i ostatni czwartek", "w 1. i każdą kolejną środę"; was "dwa. i
# ostatni", unwarned): the ordinal agrees with that noun as in "1. i 3. wtorek". A word after the joining word that
# is no adjective of the noun's case and number ("2. i dalej wtorek", "1. i mała sala") leaves it as before.
_ORDINAL_AND_ADJECTIVE = re.compile(
    r"(?<![\w.,:/-])(?P<n>[0-9]{1,2})\.(?P<sep>\s+(?:i|oraz|lub|albo)\s+)"
    r"(?P<adj>(?:każd[a-ząćęłńóśźż]+\s+)?[a-ząćęłńóśźż]{3,})\s+(?P<noun>[a-ząćęłńóśźż]{3,})(?!\w)")


def _adjective_of(adjective: str, noun: str) -> bool:
    """Whether every word of `adjective` may agree with `noun` (a case, number and gender they share)."""
    forms = {(c, r.number, r.gender) for r in noun_readings(noun) for c in r.cases}
    return bool(forms) and all(any(r.pos == "adj" and any((c, r.number, r.gender) in forms for c in r.cases)
                                   for r in readings(word)) for word in adjective.split())


def _ordinal_with_adjective(m: re.Match) -> str:
    if not _adjective_of(m["adj"], m["noun"]):
        return m[0]
    said = _ordinal_before(int(m["n"]), m["noun"], m.string, m.start())
    return f"{said}{m['sep']}{m['adj']} {m['noun']}" if said and int(m["n"]) else m[0]


_WEEKDAY_WORD_AHEAD = re.compile(r"\s*(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)")
_WEEKDAY_STEM = re.compile(r"[0-9]\s+(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)")
_WEEKDAY_LIST = re.compile(
    r"(?<![\w.,:/-])(?P<list>(?:[1-5](?:\s*,\s*|\s+(?:i|oraz|lub|albo)\s+))+)(?P<last>[1-5])\s+"
    r"(?P<noun>(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)[a-ząćęłńóśźż]*)(?!\w)")


# Days of the month before "dnia": "dyżuruje 1 i 15 dnia miesiąca", "wypłata 10 dnia każdego miesiąca" (a count
# would say "dni"; "w ciągu 1 dnia" counts one day, so a lone 1 is a day only before a month's word).
_DAY_BEFORE_DNIA = re.compile(r"(?<![\w.,:/-])(?P<last>[0-9]{1,2})\s+dnia(?!\w)")
# The days listed before it, looked for in a few words before only (a pattern running over the whole list from
# every number was quadratic in a long run of numbers).
_DAYS_LISTED_BEFORE = re.compile(r"(?<![\w.,:/-])(?:[0-9]{1,2}\s*(?:,\s*|\s+(?:i|oraz|lub|albo|do)\s+))+$")
_MONTH_WORD_AFTER = re.compile(rf"\s+(?:(?:każdego|danego|tego|bieżącego|kolejnego|następnego)\s+)?(?:miesiąca|{_MONTH})(?!\w)")


def days_before_dnia(text: str) -> str:
    """Days of the month before "dnia": "1 i 15 dnia miesiąca" -> "pierwszego i piętnastego dnia miesiąca"."""
    parts, done = [], 0
    for m in _DAY_BEFORE_DNIA.finditer(text):
        listed = _DAYS_LISTED_BEFORE.search(text, max(done, m.start() - 40), m.start())
        begin = listed.start() if listed else m.start()
        days = [int(d) for d in re.findall(r"[0-9]+", text[begin:m.end("last")])]
        if not all(1 <= d <= 31 for d in days) or after_label(text, begin):
            continue
        if max(days) == 1 and not _MONTH_WORD_AFTER.match(text, m.end()):
            continue  # "w ciągu 1 dnia": one day
        parts += [text[done:begin], re.sub(r"[0-9]+", lambda d: DAY_GENITIVE[int(d[0])], text[begin:m.end("last")])]
        done = m.end("last")
    return "".join(parts) + text[done:] if parts else text


_EARLIER_ORDINAL = re.compile(r"(?<![\w.,:/-])[0-9]{1,3}\.\s+(?P<noun>[a-ząćęłńóśźż]\w*)(?=[^.!?]*$)")
# Round fourteen: an ordinal with no noun of its own after a preposition, before a comma or "i", "oraz", "lub", "albo"
# ("… na 1. i 2. dziecko, 166,67 zł na 3., 225 zł na 4. i każde kolejne"): the noun of an earlier ordinal of its
# sentence ("na trzecie", was "na trzy."); looked for in a few words before only.
_BARE_ORDINAL = re.compile(
    r"(?<!\w)(?P<prep>na|do|od|dla|za|po|przy|w|we|o|z|ze) (?P<n>[0-9]{1,3})\.(?=\s*[,;)]|\s+(?:i|oraz|lub|albo)\s|\s*$)")
_ANY_EARLIER_ORDINAL = re.compile(r"(?<![\w.,:/-])[0-9]{1,3}\.\s+(?P<noun>[a-ząćęłńóśźż]\w*)")
_BARE_ORDINAL_END = re.compile(r"(?<!\w)(?:na|do|od|dla|za|po|przy|w|we|o|z|ze) [0-9]{1,3}\.$")


def ordinal_numbers(text: str) -> str:
    """5-go -> piątego; do 15. dnia -> do piętnastego dnia (the noun's gender and case)."""
    def suffixed(m: re.Match) -> str:
        n = int(m["n"])
        if not n:
            return m[0]
        suffix = m["suffix"] or m["short"]
        case, gender = next((c, g) for end, c, g in _SUFFIX_FORM if suffix.endswith(end))
        if n <= 24 and (hour := _HOUR_WORD_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
            return ordinal(n, _HOUR_WORD_CASE[hour["end"]], "f")  # "godzina 18-ej" -> "godzina osiemnasta"
        return ordinal(n, case, gender)

    def dotted(m: re.Match) -> str:
        if m["noun"][0].isupper() and (not _goes_on(m.string, m.start()) or _sentence_ends_at(m)):
            return m[0]  # "Nieczynne 24. Zapraszamy", "do 15. Kontakt: …": a sentence ends there
        said = _ordinal_before(int(m["n"]), m["noun"], m.string, m.start())
        if not said and m["noun"][0].islower():
            # "13. emeryturę w kwietniu, a 14. we wrześniu": the noun left out is the earlier one's
            earlier = [e for e in _EARLIER_ORDINAL.finditer(m.string, max(0, m.start() - 80), m.start())]
            if earlier and (e := earlier[-1]) and (said := _ordinal_before(int(m["n"]), e["noun"], m.string, e.start())):
                return f"{said} {m['noun']}"
        return f"{said} {m['noun']}" if said else m[0]

    def in_list(m: re.Match) -> str:  # "w każdy 1. i 3. wtorek": the first one agrees with the noun too
        said = _ordinal_before(int(m["n"]), m["noun"], m.string, m.start())
        return said + (m["sep"] if m["sep"].strip() else ", ") if said else m[0]  # "1., 2." lost its comma

    def listed(m: re.Match) -> str:  # "1. Wniosek" -> "Po pierwsze, Wniosek": no gender to guess
        n = int(m["n"])
        if not n:
            return m[0]
        if m["inline"] is not None:  # "1. Wniosek 2. Zaświadczenie": the next number of a list
            if n != listed.last + 1:
                return m[0]
            listed.last = n
            return f", po {ordinal(n, 'nom', 'n')}, "
        listed.last = n
        return f"Po {ordinal(n, 'nom', 'n')}, "
    listed.last = -1

    def before_noun(m: re.Match) -> str:
        n = int(m["n"])
        # session twenty-four: readings the dictionary marks old are left out ("dzień" is also an old feminine with
        # old plurals "dzienia", "dzienie": "10 dzień każdego miesiąca" was "dziesięć dzień", unwarned)
        sg = [r for r in noun_readings(m["noun"]) if r.number == "sg" and r.cases - {"gen", "voc"} and not r.archaic]
        if any(r.pos in _FUNCTION_WORDS for r in readings(m["noun"])):
            return m[0]  # "od 3 do 5 lat": "do" is no note
        if not n or not sg or after_label(m.string, m.start()):
            return m[0]
        if _HOUR_NOUN_BEFORE_NUMBER.search(m.string, max(0, m.start() - 12), m.start()):
            return m[0]  # session twenty-five: "po godzinie 20 ogrzewalnia": an hour, for the time rules
        if m["noun"] in {"lokal", "mieszkanie"} and _HOUSE_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
            return m[0]  # "ul. Kościelna 2 lok. 4": a house's number, not "drugi lokal"
        governed = governed_cases(m.string[max(0, m.start() - 25):m.start()])
        if "gen" in governed:  # session twenty-four: "do 20 roku życia" -> "do dwudziestego" (was "dwudziestym": the
            sg += [r for r in noun_readings(m["noun"]) if r.number == "sg" and r.cases == {"gen"} and not r.archaic]
            # genitive reading had been left out, as "40 paczek" needs; the plural check below still counts those)
        weekday = [r for r in sg if r.lemma in _WEEKDAY_LEMMAS]
        if weekday:
            sg = weekday
        else:  # "40 paczek" counts (paczka, pl gen), although "paczek" is also a singular noun
            few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
            count_cases = {*governed, *(("nom", "acc") if few else ("gen",))}
            if any(r.number == "pl" and r.cases & count_cases and not r.archaic for r in noun_readings(m["noun"])):
                return m[0]
        if n == 1 and any(r.lemma in _FIRST_NOUNS for r in sg):
            sg = [r for r in sg if r.lemma in _FIRST_NOUNS]  # "na 1 piętrze": the first floor
        elif n == 1 or n > 5 and sg[0].lemma in _WEEKDAY_LEMMAS:
            # "1 środa" counts one day unless it is the month's first: "1 środa miesiąca",
            # "w każdą 1 środę"; a weekday is the month's first to fifth.
            if sg[0].lemma not in _WEEKDAY_LEMMAS or n > 5 or not (
                    _MONTH_AFTER.match(m.string, m.end())
                    or _EVERY_BEFORE.search(m.string[max(0, m.start() - 12):m.start()])):
                return m[0]
        r = sorted(sg, key=lambda r: not (set(governed) & r.cases))[0]
        case = next(c for c in (*governed, "nom", "acc", "loc", "inst", "dat", "gen") if c in r.cases)
        return f"{ordinal(n, case, r.gender)} {m['noun']}"

    text = _ORDINAL_SUFFIX.sub(suffixed, text)
    # "Dokumenty:\n1. wniosek\n2. dowód": lowercase items numbered 1, 2, 3… at the starts of lines
    # (joined into sentences by then) are a list too, not ordinals of their nouns ("pierwszy wniosek")
    items = list(_LOWER_LIST_NUMBER.finditer(text)) if "1. " in text else []
    if len(items) >= 2 and [int(i["n"]) for i in items] == list(range(1, len(items) + 1)):
        text = _LOWER_LIST_NUMBER.sub(lambda m: f"Po {ordinal(int(m['n']), 'nom', 'n')}, ", text)
    items = list(_INLINE_LIST_NUMBER.finditer(text)) if ": 1. " in text else []
    if len(items) >= 2 and [int(i["n"]) for i in items] == list(range(1, len(items) + 1)) and \
            text[:items[0].start()].rstrip().endswith(":") and not any(  # "1. środa, 2. środa": the month's
                _WEEKDAY_WORD_AHEAD.match(text, i.end()) for i in items):
        text = _INLINE_LIST_NUMBER.sub(lambda m: f"po {ordinal(int(m['n']), 'nom', 'n')}, ", text)
    # "każdy 1 i 3 wtorek": the month's first and third, as if written "1. i 3. wtorek"
    text = text if not _WEEKDAY_STEM.search(text) else _WEEKDAY_LIST.sub(lambda m: re.sub(r"[0-9]\b", r"\g<0>.", m["list"]) + m["last"] + "." + m[0][m.end("last") - m.start():]
                             if any(r.lemma in _WEEKDAY_LEMMAS for r in noun_readings(m["noun"])) else m[0], text)
    def bare(m: re.Match) -> str:  # "na 3., …": the noun of the sentence's last earlier ordinal
        window = _sentence_so_far(m.string, m.start("n"), 120 + m.start("n") - m.start())  # within its sentence only
        nouns = [e["noun"] for e in _ANY_EARLIER_ORDINAL.finditer(window)
                 if any(r.pos == "subst" and r.number == "sg" for r in noun_readings(e["noun"]))]
        if not nouns:
            return m[0]
        said = _ordinal_before(int(m["n"]), nouns[-1], m.string, m.start("n"))
        end = "." if not m.string[m.end():].strip() else ""  # "…, na 3.": the text's end too
        return f"{m['prep']} {said}{end}" if said else m[0]

    text = _until_stable(lambda t: _ORDINAL_LIST.sub(in_list, t), text)
    if re.search(r"[0-9]\.\s+(?:i|oraz|lub|albo)\s", text):  # round eighteen: "2. i ostatni czwartek"
        text = _ORDINAL_AND_ADJECTIVE.sub(_ordinal_with_adjective, text)
    text = _BARE_ORDINAL.sub(bare, text) if re.search(r"[0-9]\.\s+[a-ząćęłńóśźż]", text) else text
    text = _ORDINAL_DOT.sub(dotted, _LIST_NUMBER.sub(listed, text))
    text = days_before_dnia(text) if "dnia" in text else text
    text = _DEADLINE_DAY.sub(_deadline_day, text) if "do " in text or "Do " in text else text
    return _NUMBER_NOUN.sub(before_noun, text)


# Session twenty-one: a deadline's day, "do" and a number with its period ending the sentence ("Zapisy do 15.", "…
# dostarczyć do 15. Bez nich …"; was "do piętnaście", warned): the day of the month, "do piętnastego". By now the hours
# rule has said the hours ("kasa czynna do 15." is "do piętnastej"); not after a label ("do pokoju 15."), nor in a range
# begun by "od" ("od 3 do 15."), which counts; nor where hours are about: right after a day ("31.12 do 12.") or in a
# sentence with an hour in it ("czynny do 13:00, a 31.12 do 12."), left as they were (warned); and only beside a word of a
# deadline ("zapisy", "wnioski", "dostarczyć": "przerwa do 18." may be an hour).
_DEADLINE_DAY = re.compile(rf"(?<![\w.,:/-])(?P<p>[dD]o) (?P<n>[0-9]{{1,2}})\.(?=\s*$|\s+[{_UPPER}])")
_FROM_BEFORE = re.compile(r"(?<!\w)[oO]d\s+[0-9]+\s*$")
# Words of a deadline: a day is meant ("zapisy", "wnioski", "dostarczyć"); without one, "przerwa do 18." may be an hour.
_DEADLINE_WORDS = frozenset("zapis zapisy wniosek zgłoszenie termin dostarczyć złożyć składać zgłosić zgłaszać zapisać "
                            "oświadczenie zaświadczenie dokument dokumenty wypłacić wypłacać wypłata płatny opłata "
                            "rachunek faktura wpłata wpłacić oddać przynieść doręczyć".split())
_CLOCK_IN = re.compile(r"(?<![\w.])[0-9]{1,2}:[0-9]{2}(?!\w)")
_DAY_RIGHT_BEFORE = re.compile(rf"(?:{_MONTH})(?:\s+[\w\s]{{0,40}}?roku)?,?\s*$")


def _deadline_day(m: re.Match) -> str:
    n = int(m["n"])
    if not 1 <= n <= 31 or after_label(m.string, m.start("n")) or _FROM_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()):
        return m[0]
    sentence = _sentence_so_far(m.string, m.start(), 150)
    if _CLOCK_IN.search(sentence) or _DAY_RIGHT_BEFORE.search(sentence) or not any(
            r.lemma.split(":")[0] in _DEADLINE_WORDS for w in re.findall(r"[^\W\d_]{4,}", sentence.lower())
            for r in readings(w)):
        return m[0]
    return f"{m['p']} {DAY_GENITIVE[n]}."


_H = r"(?:[01]?[0-9]|2[0-4])"
# Minutes after a colon, or after a period only at quarter hours ("7.30"), so
# that "24.12" stays a date. After "godzina" the minutes may be left out.
_MIN = r"(?::[0-5][0-9]|\.(?:00|15|30|45))"
_TIME = re.compile(
    rf"(?:(?P<noun>(?<!\w)[Gg]odzin(?:a|y|ie|ą|ach|ami))\s+)?"
    rf"(?<![\w:.,])(?P<t1>{_H}(?(noun){_MIN}?|{_MIN}))"
    rf"(?:(?P<sep>\s*[-–—]\s*|\s+do\s+)(?P<t2>{_H}(?(noun){_MIN}?|{_MIN})))?"
    r"(?![\w:/]|[.,][0-9])"
)
_TIME_CASE = {
    "o": "gen", "od": "gen", "do": "gen", "po": "gen", "około": "gen", "ok": "gen",
    "godziny": "gen", "godzinie": "gen", "godzinach": "gen",
    "przed": "ins", "między": "ins", "pomiędzy": "ins", "godziną": "ins", "godzinami": "ins",
    # "przesunięto z 9:00 na 10:30": from (genitive) one hour to another (the feminine accusative,
    # "dziesiątą", is the instrumental's form)
    "z": "gen", "ze": "gen", "na": "ins",
}
# "między 10:00 a 12:00": the second hour after "a" is in the instrumental too.
_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?:między|pomiędzy)\s+(?:godzinami\s+|godziną\s+)?\S+\s+a\s+$", re.I)


def _clock(written: str, case: str) -> str:
    """One clock time: the hour inflects, the minutes are a cardinal ("zero pięć")."""
    hour, minutes = (re.split(r"[:.]", written) + ["00"])[:2]
    spoken = _hour(int(hour), case)
    return spoken if minutes == "00" else f"{spoken} {_cardinal(minutes)}"


# Round eighteen: a lone clock time right after a weekday said with "w" ("gimnastyka: pon. i śr. 10:00" -> "w
# poniedziałek i w środę o dziesiątej", "Zbiórka w sob. 9:00"; was "w środę dziesiąta", the day's and the hour's
# readings mixed, as round eleven says of "w poniedziałek …, godzina dziesiąta"): the hour it happens at, "o". A span
# ("w środę 10:00-12:00"), a comma between, or a day with no "w" ("sobota, 16:00") as before.
_ON_DAY_FORMS = ("(?:poniedziałek|poniedziałki|wtorek|wtorki|środę|środy|czwartek|czwartki|piątek|piątki"
                 "|sobotę|soboty|niedzielę|niedziele)")
# Round twenty-four: the same after a list of days one "w" opens ("w poniedziałek, środę i piątek 17:00" -> "… i piątek
# o siedemnastej"; was "siedemnasta").
_WEEKDAY_AT_HOUR = re.compile(
    rf"(?<!\w)(?P<day>[Ww]e? {_ON_DAY_FORMS}(?:(?:\s*,\s*|\s+(?:i|oraz|lub|albo)\s+){_ON_DAY_FORMS})*)[ \t]+"
    r"(?=(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?![\w:/]|[.,][0-9]"
    r"|\s*(?:[-–—]|do\s)\s*[0-9]))")


def weekday_hours(text: str) -> str:
    """w środę 10:00 -> w środę o 10:00 (then "o dziesiątej"), the hour of a weekday said with "w" (round eighteen)."""
    return _WEEKDAY_AT_HOUR.sub(lambda m: f"{m['day']} o ", text) if "w" in text else text


_TIME_BEFORE_AND = re.compile(r"(?<!\w)(o|po|przed|do|od)\s+[0-9]{1,2}[:.][0-5][0-9]\s+(?:i|oraz|lub|albo)\s+$", re.I)


def times(text: str) -> str:
    """8:00 -> ósma; o 9:00 -> o dziewiątej; 8:00 - 16:00 -> od ósmej do szesnastej; 7:30 -> siódma trzydzieści."""
    def say(m: re.Match) -> str:
        noun = m["noun"]
        lead = f"{noun} " if noun else ""
        before = (noun or _prev_word(m.string, m.start())).lower()
        if m["t2"]:
            start = "" if _prev_word(m.string, m.start()) == "od" else "od "
            return f"{lead}{start}{_clock(m['t1'], 'gen')} do {_clock(m['t2'], 'gen')}"
        if before == "a" and _BETWEEN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            before = "między"
        elif not noun and before in {"i", "oraz", "lub", "albo"} and (
                first := _TIME_BEFORE_AND.search(m.string, max(0, m.start() - 30), m.start())):
            before = first[1].lower()  # "o 7:05 i 14:50": the second time in the first one's case
        return lead + _clock(m["t1"], _TIME_CASE.get(before, "nom"))
    return _TIME.sub(say, text)


_NUMBER = r"[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9]+"
_PERCENT = re.compile(r"(?<![\w.,])(?P<n>[0-9]+)(?:,(?P<frac>[0-9]+))?\s?%")


def _decimal(m: re.Match) -> str:
    spoken = _cardinal(m["n"])
    return spoken + (f" przecinek {_cardinal(m['frac'])}" if m["frac"] else "")


# An amount after a preposition, then "lub"/"albo" before another amount: the preposition governs both.
# Round twenty-one: also after a negated verb of an amount ("nie przekracza 1010 zł (os. samotna) lub 823 zł" -> both
# genitive; the second was "osiemset dwadzieścia trzy złote", unwarned).
_OTHER_AMOUNT = re.compile(r"(?<!\w)(do|od|powyżej|poniżej|ponad|około|ok\.|[Nn]ie\s+[a-ząćęłńóśźż]+)\s+[0-9][0-9 ]*(?:,[0-9]+)?\s?(?:zł|%)"
                           r"[^.;:0-9]{0,35}?\s(?:lub|albo)\s+$")
# Round thirteen: an amount after a noun of a measure ("w kwocie 1 500,00 zł dla gospodarstwa jednoosobowego oraz
# 1 125,50 zł na osobę"), then "oraz", "i", "lub", "albo" before another amount in the same clause: both genitive.
_OTHER_MEASURED = re.compile(r"(?<!\w)(wysokości|wartości|kwocie|kwoty)\s+[0-9][0-9 ]*(?:,[0-9]+)?\s?zł"
                             r"[^.;:,0-9]{0,45}?\s(?:oraz|i|lub|albo)\s+$")


# Session twenty-one: an amount after a negated verb of amounts, then "i", "oraz", "lub", "albo" before another in the
# same clause ("nie przekracza 40% … w gospodarstwie jednoosobowym i 30% …", "nie może przekroczyć 674,00 zł lub
# 764,00 zł"): both genitive (were "trzydzieści procent", "siedemset sześćdziesiąt cztery złote", unwarned).
_OTHER_NEGATED = re.compile(r"(?<!\w)([Nn]ie\s+(?:[a-ząćęłńóśźż]+\s+)?[a-ząćęłńóśźż]+)\s+[0-9][0-9 ]*(?:,[0-9]+)?\s?(?:zł|%)"
                            r"[^.;:0-9]{0,70}?\s(?:lub|albo|i|oraz)\s+$")


def _amount_case(text: str, pos: int) -> str:
    """The case of an amount after the preposition before pos ("do 50%" -> genitive); after "lub"/"albo"
    the case of the amount it is the other choice to ("do 2 020 zł (…) lub 1 646 zł" -> genitive)."""
    if (other := _OTHER_AMOUNT.search(text, max(0, pos - 70), pos) or _OTHER_MEASURED.search(
            text, max(0, pos - 80), pos) or _OTHER_NEGATED.search(text, max(0, pos - 120), pos)) and (
            earlier := governed_cases(other[1] + " ")):
        return "acc" if "acc" in earlier else earlier[0]
    cases = governed_cases(text[max(0, pos - 25):pos])
    if not cases:
        return "nom"
    return "acc" if "acc" in cases else cases[0]


_PROC = re.compile(r"(?<=[0-9])\s?proc\.(?P<end>(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ]|\s*$))?")


def percentages(text: str) -> str:
    """50% -> pięćdziesiąt procent, do 90% -> do dziewięćdziesięciu procent ("procent" does not inflect)."""
    def say(m: re.Match) -> str:
        case = _amount_case(m.string, m.start())
        if _prev_word(m.string, m.start()) in {"w", "we"}:
            case = "loc"  # "w 100%": a share, not a direction ("na 5%", "o 10%" stay accusative)
        if m["frac"] == "5" and case in {"gen", "dat", "inst", "loc"} and (half := _half(m["n"], "m3", case)):
            # session twenty-three: a half after a preposition that declines it, as an announcer says it ("do 4,5%
            # alkoholu" -> "do czterech i pół procent"; was "do cztery przecinek pięć procent", warned); "o 2,5%",
            # "2,5%" keep "przecinek", as natural
            return f"{half} procent"
        if m["frac"] or case == "nom" or len(m["n"]) > 9:
            return f"{_decimal(m)} procent"
        # "w 100%" -> "w stu procentach": after "w", "przy" the noun is declined too
        noun = {"loc": "procentach", "inst": "procentami", "dat": "procentom"}.get(case, "procent")
        return f"{cardinal(int(m['n']), case)} {noun}"
    if "proc." in text:  # "50 proc. kosztu": the written word's abbreviation, as "%"
        text = _PROC.sub(lambda m: "%." if m["end"] is not None else "%", text)
    return _PERCENT.sub(say, text)


_MONEY = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUMBER})(?:,(?P<gr>[0-9][0-9]))?\s?zł(?P<dot>\.)?(?!\w)")
_PER = {"os.": "za osobę", "osobę": "za osobę", "osoba": "za osobę", "mies.": "miesięcznie",
        "m-c": "miesięcznie", "msc.": "miesięcznie", "dzień": "dziennie", "h": "za godzinę",
        "godz.": "za godzinę", "km": "za kilometr", "kg": "za kilogram", "szt.": "za sztukę",
        "dobę": "na dobę", "tydzień": "tygodniowo", "t": "za tonę", "m3": "za metr sześcienny",
        "m³": "za metr sześcienny", "l": "za litr", "tydz.": "za tydzień", "str.": "za stronę",
        "kWh": "za kilowatogodzinę"}  # session twenty-four: "0,89 zł/kWh" (was "lub kWh", unwarned)
_PER_WORDS = "|".join(re.escape(unit) for unit in _PER)
# "/os." after a word is "per person" ("zł/os.", "netto/os."), never "or osiedle"; spaces
# around the slash only after "zł", since "al. / os. / pl." is a list of abbreviations.
# Units of a price per tonne, litre, cubic metre ("zł/t") only after "zł": "A/t" is no price.
_PER_WORDS_ANY = "|".join(re.escape(unit) for unit in _PER if unit not in {"t", "l", "m3", "m³"})
_PER_UNIT = re.compile(rf"(?:(?<=zł)|(?<=zł\.))\s?/\s?(?P<per>{_PER_WORDS})(?!\w)|(?<=\w)/(?P<per2>{_PER_WORDS_ANY})(?!\w)")


# Round sixteen: a price per thing written out in the accusative after "zł/": "160 zł/dawkę" -> "za dawkę" (was
# "lub dawkę", warned for the slash), "50 zł/dziecko", "80 zł/godzinę" (a written unit as _PER says).
_PER_NOUN = re.compile(r"(?:(?<=zł)|(?<=zł\.))\s?/\s?(?P<noun>[a-ząćęłńóśźż]{3,})(?![\w-]|\.\w)")


# Round eighteen: the thing written in the nominative after "zł/" (its dictionary form): a price per it too, said in
# the accusative ("60 zł/para" -> "za parę", "50 zł/rodzina" -> "za rodzinę", "30 zł/uczestnik" -> "za uczestnika";
# was "lub para", unwarned). A word that is no noun's dictionary form ("zł/miesięcznie") stays as before.
def _per_noun_nominative(m: re.Match) -> str:
    noun = m["noun"]
    found = [r for r in readings(noun) if r.pos == "subst" and r.number == "sg" and "nom" in r.cases and r.lemma == noun]
    said = {_inflect(noun, "subst", "sg", "acc", r.gender) for r in found}
    if len(said) != 1 or None in said or any(r.pos in {"adv", "adj", "prep", "conj"} for r in readings(noun)):
        return m[0]
    return " za " + said.pop()


# "ok. 0,80 zł za km": a unit after "za" with no number of its own is one of it; "7 500 zł mies.":
# a month's amount.
_PER_ONE = re.compile(r"(?<!\w)(?P<za>[zZ]a)\s+(?P<unit>km|kg|szt\.|godz\.)(?!\w)")
_PER_ONE_SAID = {"km": "kilometr", "kg": "kilogram", "szt.": "sztukę", "godz.": "godzinę"}
_MONTHLY = re.compile(r"(?<=zł)\s+mies\.")


# Session twenty-three: "zł/os." of an income is "na osobę" (the criterion, the income per person in a family), of a
# price "za osobę" as before ("wycieczka 50 zł/os."); three writers in a row said "na osobę" of an income.
_INCOME_WORDS = re.compile(r"(?i)(?<!\w)(?:kryteri\w*|doch[oó]d\w*|netto|brutto)(?!\w)")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a match stands in: _sentence_so_far before it, and after it up to the next sentence break (the
    match's own full stop may be that break: "50 zł/os. Dochód …" ends at "os.")."""
    return _sentence_so_far(text, start) + _SENTENCE_BREAK.split(text[end - 1:end + 120])[0]


_SPEED_BEFORE = re.compile(r"(?:kilometr\w*|km)$")
_HOUR_NOUN_BEFORE_NUMBER = re.compile(r"(?<!\w)(?:[Gg]odzin(?:a|y|ie|ą)|godz\.?)\s+$")


def per_unit(text: str) -> str:
    """zł/os. -> zł za osobę, netto/mies. -> netto miesięcznie (the amount is the currency rule's);
    "za km" -> "za kilometr", "500 zł mies." -> "500 zł miesięcznie"."""
    def say(m: re.Match) -> str:
        per = m["per"] or m["per2"]
        said = _PER[per]
        if per == "h" and _SPEED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            said = "na godzinę"  # session twenty-five: a speed, "90 km/h" (was "za godzinę", unwarned)
        if said == "za osobę" and _INCOME_WORDS.search(_sentence_around(m.string, m.start(), m.end())):
            said = "na osobę"  # session twenty-three: an income per person ("kryterium 1 209 zł/os.", "674 zł netto/os.")
        return " " + said + (_full_stop(m) if per.endswith(".") else "")
    def one(m: re.Match) -> str:
        return f"{m['za']} {_PER_ONE_SAID[m['unit']]}" + (_full_stop(m) if m["unit"].endswith(".") else "")
    if "mies." in text:
        text = _MONTHLY.sub(lambda m: " miesięcznie" + _full_stop(m), text)
    def per_noun(m: re.Match) -> str:
        found = readings(m["noun"])
        if not found or any(r.pos not in {"subst", "ger"} for r in found) or not any(
                r.pos == "subst" and "acc" in r.cases and (r.number == "sg" or r.lemma == m["noun"]) for r in found):
            # session twenty-five: a noun with no singular in its own plural form ("12 zł/zajęcia", "zł/warsztaty":
            # "za zajęcia"; was "lub zajęcia", unwarned)
            return m[0]  # "zł/rodzina" (no accusative), "zł/miesięcznie": the slash read as before
        return " za " + m["noun"]
    if "/" in text:
        text = _PER_UNIT.sub(say, text)
        text = _PER_NOUN.sub(per_noun, text) if "zł" in text else text
        text = _PER_NOUN.sub(_per_noun_nominative, text) if "zł/" in text or "zł /" in text else text  # round 18
    return _PER_ONE.sub(one, text) if "a " in text else text


def _money(n: int, one: str, few: str, many: str, lemma: str, case: str) -> str:
    # Session twenty: one zloty or grosz in the accusative is its nominative, the coin counted as a thing ("droższy o
    # 1,50 zł", "za 1 zł" -> "o jeden złoty", "za jeden złoty"); the dictionary's animate accusative gave "jeden złotego".
    if case == "nom" or n > 999_999_999 or (case == "acc" and n == 1):
        return f"{_cardinal(str(n))} {plural(n, one, few, many)}"
    return f"{cardinal(n, case)} {count_noun(n, lemma, case)}"


def currency(text: str) -> str:
    """12,50 zł -> dwanaście złotych pięćdziesiąt groszy; 0,50 zł -> pięćdziesiąt groszy;
    do 50 zł -> do pięćdziesięciu złotych; 20 zł/os. -> dwadzieścia złotych za osobę."""
    def say(m: re.Match) -> str:
        if len(m["n"].replace(" ", "")) > 15:  # no amount: read digit by digit by numbers()
            return m[0]
        zl = int(m["n"].replace(" ", ""))
        gr = int(m["gr"]) if m["gr"] else 0
        case = _amount_case(m.string, m.start())
        if case == "acc" and zl == 1 and not gr and one_apiece(m.string, m.start()):
            case = "loc"  # "po 1 zł" -> "po jednym złotym", as "po 1 kg" (was "po jeden złotego", unwarned)
        parts = []
        if zl or not gr:
            parts.append(_money(zl, "złoty", "złote", "złotych", "złoty", case))
        if gr:
            parts.append(_money(gr, "grosz", "grosze", "groszy", "grosz", case))
        spoken = " ".join(parts)
        if m["dot"]:
            spoken += _full_stop(m)
        return spoken
    return _MONEY.sub(say, text)


_SYMBOLS = (
    (re.compile(r"\s*&\s*"), " i "),
    (re.compile(r"§\s*"), "paragraf "),
    (re.compile(r"(?<=\s)\+(?=\s)"), "plus"),
    (re.compile(r"(?<!\w)i/lub(?!\w)"), "i lub"),
    # a word's ending after a slash ("Dyrektor/ka") is no word of its own: not "lub ka" (see _gendered_pair)
    (re.compile(r"(?<=\w\w)/(?=(?P<next>\w\w+))"), lambda m: "/" if len(m["next"]) <= 3 and m["next"].islower()
     and not is_known(m["next"]) else " lub "),
)
# A noun and the feminine ending after a slash: "Wolontariusze/ki" -> "Wolontariusze i wolontariuszki",
# "Dyrektor/ka" -> "Dyrektor lub dyrektorka" (both groups in the plural, one or the other person in the singular).
_GENDERED_PAIR = re.compile(r"(?<![\w/])(?P<word>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][a-ząćęłńóśźż]{3,})/(?P<end>[a-ząćęłńóśźż]{1,3})(?![\w/])")


def _gendered_pair(m: re.Match) -> str:
    word, end = m["word"], m["end"]
    numbers = {r.number for r in readings(word.lower()) if r.pos == "subst" and r.gender in {"m1", "m2", "m3"}}
    if not numbers:
        return m[0]
    for cut in range(len(word), len(word) - 3, -1):
        pair = word[:cut].lower() + end
        feminine = {r.number for r in readings(pair) if r.pos == "subst" and r.gender == "f" and r.lemma[:1].islower()}
        if feminine & numbers:
            number = "pl" if "pl" in feminine & numbers and "sg" not in feminine & numbers else "sg"
            return f"{word} {'i' if number == 'pl' else 'lub'} {pair}"
    return m[0]  # an ending the rules cannot join: the slash is left, and warned


# Round thirty-five: an ePUAP box's address, a path opened by a slash ("ePUAP: /opskleszczewo/skrytka"): each slash
# said (was "/opskleszczewo lub skrytka", warned)
_BOX_PATH = re.compile(r"(?<![\w/.])/(?P<a>\w+)/(?P<b>\w+)(?![\w/])")


def symbols(text: str) -> str:
    """& -> i, § -> paragraf, + -> plus, Pan/Pani -> Pan lub Pani, /box/skrytka -> ukośnik box ukośnik skrytka."""
    if "/" in text:
        text = _BOX_PATH.sub(lambda m: f"ukośnik {m['a']} ukośnik {m['b']}", text)
        text = _GENDERED_PAIR.sub(_gendered_pair, text)
    return _substitute(text, _SYMBOLS)


_NUMBER_SLASH = re.compile(r"(?<=[0-9])\s*/\s*(?=[0-9])")
_PLAIN_NUMBER = re.compile(
    rf"(?<!\w)(?P<n>{_NUMBER})(?:,(?P<frac>[0-9]+)(?!,[0-9]))?(?P<letter>[a-hA-H])?(?!\w)"
)


def numbers(text: str) -> str:
    """Remaining numbers as cardinals: 5 -> pięć, 5a -> pięć a, 5/7 -> pięć łamane przez siedem, 2,5 -> dwa przecinek pięć."""
    def say(m: re.Match) -> str:
        if m["frac"] and re.match(r"[0-9],", m.string[max(0, m.start() - 2):m.start()]):
            return f"{_cardinal(m['n'])},{_cardinal(m['frac'])}"  # the end of a list 1,2,3
        return _decimal(m) + (f" {m['letter'].lower()}" if m["letter"] else "")
    return _PLAIN_NUMBER.sub(say, _NUMBER_SLASH.sub(" łamane przez ", text))


# --- rules: punctuation ------------------------------------------------------

def brackets(text: str) -> str:
    """Round brackets become pauses: "Ośrodek (OPS) jest" -> "Ośrodek, OPS, jest"."""
    return re.sub(r"\s*[()]\s*", ", ", text)


_DASHES = (
    (re.compile(r"^\s*[-–—]\s+"), ""),                    # a leading list dash
    # spaced: a pause. The middle alternative never starts inside a run of dashes: from each dash
    # of a long run "––––…" it rescanned the rest of the run, quadratic (issue 34, N4).
    (re.compile(r"\s+[-–—]++\s+|(?<![–—])\s*+[–—]++\s+|\s+[–—]++\s*"), ", "),
    (re.compile(r"(?<=\w)[–—](?=\w)"), lambda m: _unspaced_dash(m)),  # unspaced en/em dash
)
_NUMBER_WORD_AROUND = re.compile(r"(\w+)[–—](\w+)")


def _unspaced_dash(m: re.Match) -> str:
    """An unspaced dash is a space, but between two numbers no rule has read ("jest 9–13": a span of
    what?) it stays a hyphen, as "9-13" does, so that the review warns of it. A span of years ("w latach
    dwa tysiące dwadzieścia sześć–dwa tysiące dwadzieścia osiem") is said as it is."""
    before = re.search(r"(?:\w+ ){0,3}\w+$", m.string[max(0, m.start() - 60):m.start()])
    after = re.match(r"\w+(?: \w+){0,3}", m.string[m.end():m.end() + 60])
    if not before or not after or not all(
            any(r.pos == "num" for r in readings(w.lower())) for w in (before[0].split()[-1], after[0].split()[0])):
        return " "
    return " " if re.search(r"(?<!\w)tysi", before[0] + " " + after[0]) else "-"


def dashes(text: str) -> str:
    """A spaced dash is a pause (comma); an unspaced en dash a space; hyphens in words stay."""
    return _until_stable(lambda t: _substitute(t, _DASHES), text)  # runs like "– –"


# Round twenty-two: "z" before a spelled-out hundred is "ze", as Poles say it ("z 127 rodzin" -> "ze stu dwudziestu
# siedmiu rodzin", was "z stu"); "z siedmiu", "z dwustu" keep "z". No writer types "z stu", so only the rules' own
# number words change.
_Z_BEFORE_HUNDRED = re.compile(r"(?<![\w-])([zZ])[ \t]+(?=st(?:u|oma)(?!\w))")


def hundred_after_z(text: str) -> str:
    """"z stu" -> "ze stu": the preposition before a spelled-out hundred as Poles say it."""
    return _Z_BEFORE_HUNDRED.sub(r"\1e ", text)


# Session twenty-two: a clerk typing in capitals joins dates with "I" ("OPS NIECZYNNY 24.12, 31.12 I 6.01."): between
# two numbers, in a text with a word of four capitals or more, it is "i", not the Roman one (was warned as a numeral).
_CAPITALS_WORD = re.compile(r"(?<!\w)[A-ZĄĆĘŁŃÓŚŹŻ]{4,}(?!\w)")
_CAPITAL_AND = re.compile(r"(?:(?<=[0-9]\.[0-9])|(?<=[0-9]\.[0-9]{2})) I (?=[0-9]{1,2}\.[0-9])")


# Round thirty-five: a month's name typed in capitals right after a day ("OD 1 WRZEŚNIA", "11 LISTOPADA") is the month,
# read as the date rules read it in lower case (was "jednej WRZEŚNIA", "Jedenaście LISTOPADA", unwarned)
_CAPITAL_MONTH = re.compile(r"(?<=[0-9]) +(" + "|".join(m.upper() for m in MONTH_GENITIVE[1:]) + r")(?!\w)")


# Session twenty-four: "I" between two words in capitals ("PONIEDZIAŁEK I CZWARTEK") is "and" (was "pierwszy", unwarned)
_CAPITAL_AND_WORDS = re.compile(r"(?<=[A-ZĄĆĘŁŃÓŚŹŻ]{3}) I (?=[A-ZĄĆĘŁŃÓŚŹŻ]{3})")


def capital_and(text: str) -> str:
    """"24.12 I 6.01" and "PONIEDZIAŁEK I CZWARTEK" in a text typed in capitals -> "i"; "1 WRZEŚNIA" -> "1 września"."""
    if not _CAPITALS_WORD.search(text):
        return text
    text = _CAPITAL_AND_WORDS.sub(" i ", _CAPITAL_AND.sub(" i ", text))
    return _CAPITAL_MONTH.sub(lambda m: " " + m[1].lower(), text)


# Session twenty-five: a notice typed in capitals (three words of three letters or more in capitals) is read as in lower
# case: every word in capitals the dictionary knows in lower case and the acronym table does not hold ("DO 18 ROKU
# ŻYCIA" -> "do 18 roku życia", "DO LAT 12", "M.IN."; were "osiemnastu ROKU", "LAT dwanaście", left), so the rules that
# read the words around a number see them. Acronyms ("OPS", "KDR") and words the dictionary knows only as names stay.
_SHOUTED_WORD = re.compile(rf"(?<![\w.-])(?:[{_UPPER}]{{1,3}}\.){{2,}}|(?<![\w-])[{_UPPER}]{{2,}}(?![\w-])"
                           rf"|(?<![\w.-])[WZOUA](?=\s+[{_UPPER}0-9])")  # "M.IN.", words, "W GODZ.", "Z DZIEĆMI"
_SHOUTED_KEEP_CASE = frozenset({"zł", "gr"})  # no dictionary words, yet said as their lower case is
_ROMAN_WORD = re.compile(r"[IVXLC]+")  # "II Urząd Skarbowy": a numeral, left to the Roman rules
# the text's start, or after a sentence's end (not after a dotted abbreviation of two parts: "M.IN. DO")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|(?<!\.\w)(?<!\.\w\w)(?<!\.\w\w\w)[.!?:]\s+)\W*$")
_SHOUTED = re.compile(rf"(?<!\w)[{_UPPER}]{{3,}}(?!\w)")  # cheap first look: a word in capitals at all


def shouted_words(text: str, acronyms: Mapping[str, str] = DEFAULT_ACRONYMS) -> str:
    """"ŚWIADCZENIE … DO 18 ROKU ŻYCIA" -> "Świadczenie … do 18 roku życia", "M.IN." -> "m.in.", "W GODZ." -> "w
    GODZ."; "OPS", "KDR", "KLESZCZEWO" stay."""
    found = list(_SHOUTED_WORD.finditer(text)) if _SHOUTED.search(text) else []
    said = [_said_lower(m[0], acronyms) for m in found]
    if sum(s != m[0] for m, s in zip(found, said) if len(m[0]) >= 3 and "." not in m[0]) < 3:
        return text  # "PIT-37 i PIT-38, e-PIT": acronyms, no notice typed in capitals
    pieces, at = [], 0
    for m, word in zip(found, said):
        if word != m[0] and _SENTENCE_START_BEFORE.search(text, 0, m.start()):
            word = word[:1].upper() + word[1:]  # a sentence's first word keeps its capital: the rules read it so
        pieces += [text[at:m.start()], word]
        at = m.end()
    return "".join(pieces) + text[at:]


def _said_lower(word: str, acronyms: Mapping[str, str]) -> str:
    """A word of a notice in capitals as the rules should read it: in lower case if the dictionary knows it so (an
    abbreviation of the table if dotted, "zł", "gr", a one-letter preposition), else as typed (an acronym of the table,
    a Roman numeral, a name)."""
    if word in acronyms or _ROMAN_WORD.fullmatch(word):
        return word
    if "." in word:
        return word.lower() if word.lower() in _ABBREVIATION_KEYS else word
    if len(word) == 1 or word.lower() in _SHOUTED_KEEP_CASE:
        return word.lower()
    known = any(r.lemma[:1].islower() and r.pos not in {"ign", "brev"} for r in readings(word.lower()))
    return word.lower() if known else word


# Session twenty-five: an abbreviation typed in capitals ("WT. 12-15, PT. 8-11", "GODZ. 10.00", "POK. 4") is the
# abbreviation in lower case, read as the rules read it (was left, and warned as an unknown acronym). A word of the
# acronym table before a full stop ("w OPS.") is not an abbreviation.
_CAPITAL_ABBREVIATION = re.compile(rf"(?<![\w.])(?P<word>[{_UPPER}]{{2,6}})\.")


def capital_abbreviations(text: str, acronyms: Mapping[str, str] = DEFAULT_ACRONYMS) -> str:
    """"WT. 12-15" -> "wt. 12-15", "GODZ. 10.00" -> "godz. 10.00": a known abbreviation typed in capitals."""
    def lower(m: re.Match) -> str:
        key = m["word"].lower() + "."
        return key if key in _ABBREVIATION_KEYS and m["word"] not in acronyms else m[0]
    return _CAPITAL_ABBREVIATION.sub(lower, text)


# Session twenty-three: a night told by its two days ("w nocy z 20 na 21 stycznia"): the first day's ordinal in the
# genitive, the next day's in the accusative ("z dwudziestego na dwudziesty pierwszy stycznia"; was "z dwadzieścia na
# dwudziestego pierwszego", unwarned). Only for two days that follow each other, the second before a month's name.
_NIGHT_BETWEEN = re.compile(
    rf"(?<![\w.,])(?P<z>[zZ]e?)\s+(?P<a>[0-9]{{1,2}})\s+na\s+(?P<b>[0-9]{{1,2}})(?=\s+(?:{_MONTH})(?!\w))")


def night_between(text: str) -> str:
    """"z 20 na 21 stycznia" -> "z dwudziestego na dwudziesty pierwszy stycznia"; "z 5 na 9 stycznia" (no night)
    and "z 20 na 21 osób" (no month) are left."""
    def say(m: re.Match) -> str:
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a <= 31 and (b == a + 1 or (b == 1 and a >= 28))):
            return m[0]
        return f"{m['z']} {ordinal(a, 'gen')} na {ordinal(b, 'acc')}"
    return _NIGHT_BETWEEN.sub(say, text)


RULES = (
    line_breaks,
    quotes,
    whitespace,
    polish_letters,
    shouted_words,  # session twenty-five
    capital_and,  # session twenty-two
    capital_abbreviations,  # session twenty-five
    trunk_prefix,  # round nineteen
    house_number_dash,
    above,
    per_holder,
    thousands,
    superscript_minutes,
    written_times,
    compound_adjectives,
    seasons,
    fractions,
    currency_codes,
    amount_ranges,
    multiplication,
    arrows,
    emoji,
    emails,
    web_addresses,
    bank_accounts,
    programmes,
    temperatures,
    units,
    halves,
    per_unit,
    decades,
    abbreviations,
    initials,
    acronyms,
    sms_numbers,  # round nineteen
    phone_numbers,
    postal_codes,
    weekdays,
    written_dates,
    night_between,  # session twenty-three
    dates,
    days_of_month,  # round twenty-three: before hours and counts
    hours,
    short_dates,
    ordinal_numbers,
    roman_numerals,
    weekday_hours,  # round eighteen
    times,
    percentages,
    currency,
    number_ranges,
    counts,
    numbers,
    symbols,
    brackets,
    dashes,
    hundred_after_z,  # round twenty-two (before the last "whitespace", which stays last)
    whitespace,
)


# Rules that change nothing in a text without a digit (or an "@", or a capital I, V, X, L, C):
# skipped for such texts, which is most of the second, checking pass (bench/normalize.py).
_NEEDS = {
    multiplication: re.compile("[x×]"),
    superscript_minutes: re.compile("[⁰¹²³⁴⁵]"),
    compound_adjectives: re.compile(r"\d\s?-\s?[a-ząćęłńóśźż]|[IVXLC]-leci|\d\s?[-–—]\s?\d+[ \t][a-ząćęłńóśźż]"),  # a range's
    # "7–12-letnich" and "2-3 osobowego" too
    seasons: re.compile(r"\d\s*/|\w@|\d-[12]"),
    fractions: re.compile(r"\d\s*/|[½¼¾]"),
    arrows: re.compile("[→⇒➔➜►]"),
    programmes: re.compile(r"\d|\w\+"),  # "500+", "Senior+"
    house_number_dash: re.compile(r"\d\s+[-–—]\s+\d"),
    trunk_prefix: re.compile(r"\(0[- ]"),  # round nineteen
    sms_numbers: re.compile(r"(?i:sms|esemes)\s+(?:na|pod)\s"),  # round nineteen
    days_of_month: re.compile(r"\d\s+(?i:każdego|danego|bieżącego|kolejnego|następnego)\s"),  # round twenty-three
    **dict.fromkeys((thousands, decades, currency_codes, amount_ranges, bank_accounts, temperatures, units, halves, phone_numbers, postal_codes,
                     written_dates, dates, hours, short_dates, ordinal_numbers, times, percentages, currency, weekday_hours,
                     number_ranges, counts, numbers), re.compile(r"\d")),
    emails: re.compile("@"),
    web_addresses: re.compile(r"\.\w"),
    line_breaks: re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]"),
    quotes: re.compile("[\"„”“‟«»‹›•●▪►*]"),
    brackets: re.compile("[()]"),
    dashes: re.compile("[-–—]"),
    symbols: re.compile("[&§+/]"),
    roman_numerals: re.compile("[IVXLC]"),
    hundred_after_z: re.compile(r"(?<![\w-])[zZ][ \t]+st"),  # round twenty-two
    capital_and: re.compile(r"\d I \d|\d [A-ZĄĆĘŁŃÓŚŹŻ]{3}|[A-ZĄĆĘŁŃÓŚŹŻ]{3} I [A-ZĄĆĘŁŃÓŚŹŻ]{3}"),  # session
    # twenty-two; round thirty-five: a month; session twenty-four: "I" between words in capitals
    night_between: re.compile(r"\d\s+na\s+\d"),  # session twenty-three
}


# Round nineteen: an address's label no one can say as a word is said as the acronym table says it ("gkrpa@").
_ADDRESS_RULES = frozenset({emails, web_addresses})
_TABLE_RULES = _ADDRESS_RULES | {capital_abbreviations, shouted_words}  # rules told the office's acronym table


def apply_rules(text: str, acronyms: Mapping[str, str] = DEFAULT_ACRONYMS) -> str:
    """One pass of RULES in order."""
    for rule in RULES:
        needs = _NEEDS.get(rule)
        if needs is not None and not needs.search(text):
            continue
        text = rule(text, acronyms) if rule is _acronyms_rule or rule in _TABLE_RULES else rule(text)
    return text


_MAX_EXTRA_PASSES = 4


def normalize(text: str, acronyms: Mapping[str, str] | None = None) -> str:
    """The spoken form of written Polish text.

    One pass of RULES settles real text. Garbled input, where a late tidy-up
    exposes something to an earlier rule ("(:" becoming ":"), gets a few more
    passes, so that normalizing the result again changes nothing.
    """
    spoken = DEFAULT_ACRONYMS if acronyms is None else acronyms
    starts_with_digit = text.lstrip()[:1].isdigit()
    # round fourteen: a text opening with an acronym of the table ("ZUS informuje: …", "PCPR przyjmuje …") is a sentence
    # as one opening with a capital is, though the acronym is said in lowercase ("zus", "pe-ce-pe-er") by the time the
    # rules look for the capital that tells them an abbreviation's period at the text's end is also its full stop
    first = re.match(r"\s*([^\W\d_]+)(?:-[a-ząćęłńóśźż]{1,4})?(?![\w-])", text)
    opens_with_acronym = bool(first) and first[1] in spoken and text.rstrip().endswith(".")
    original = text
    text = apply_rules(text, spoken)
    for _ in range(_MAX_EXTRA_PASSES):
        again = apply_rules(text, spoken)
        if again == text:
            break
        text = again
    if starts_with_digit and text[:1].islower() and text.rstrip()[-1:] in {".", "!", "?"}:
        # "13. emerytura zostanie wypłacona …": a sentence begun in digits begins with a capital once said
        text = text[0].upper() + text[1:]
    if opens_with_acronym and text.rstrip()[-1:].isalnum() and normalize(
            "Urząd" + original[first.end():], spoken).endswith("."):
        # "zus informuje: kwota to … groszy." (the full stop was lost): where the same text opening with a capitalised
        # institution's noun ends with one ("Urząd informuje: …"; not "OPS, tel.", as "Urząd, tel." has none)
        text = text.rstrip() + "."
    return text



# --- checks ------------------------------------------------------------------

# Round twenty-five: a cardinal from one to thirty-nine, as the rules say a number up to 31 (a day, a class, a point).
_SMALL_NUMBER = (r"(?:(?:(?:dwadzieścia|trzydzieści) )?(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć)"
                 r"|dziesięć|jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście"
                 r"|osiemnaście|dziewiętnaście|dwadzieścia|trzydzieści)")
# Each kind of leftover, most specific first; leftover_pieces() names the kind.
_URL = (r"(?:https?://|www\.)\S*[\w/]"
        r"|(?<![\w@.-])[\w-]++(?:\.[\w-]++)*?\.(?:pl|com|eu|org|net|info|gov)(?:/\S*[\w/])?(?!\w)")
_LEFTOVER_KINDS = (
    ("url", _URL),
    ("emoji", "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]+"),
    ("abbreviation", _ABBREVIATION.pattern + r"|(?<![\w.])[rR]\.|(?<!\w)zł(?!\w)|(?<!\w)(?:tys|mln|mld|km|gr|kg)(?:\.|(?!\w))"),
    ("roman", rf"(?<![\w.-])(?!I(?![\w-]))(?:{ROMAN})(?![\w-])"
              r"|(?<=[a-ząćęłńóśźż] )I(?= [a-ząćęłńóśźż])"),  # "do trzech I stołówka": a capital "I" mid-sentence
    # Round fifteen: "N-osobowy" shortened with its number's combining form ("wieloos.", "dwuos.") and left unread
    # (no noun before it to agree with): the dictionary knows "wieloos" and "dwuos" as other words' forms.
    ("persons", r"(?<![\w.-])(?:[Ww]ielo|[Jj]edno|[Dd]wu|[Tt]rzy|[Cc]ztero|[Pp]ięcio|[Ss]ześcio)os\.(?!\w)"),
    # Round twenty-five: numbers each with its period in a run ("dziesięć. piętnaście. i dwadzieścia pięć." from
    # "wypłacamy 10., 15. i 25.", "klas jeden. dwa. i trzy."): ordinals no rule read (days? classes?), not the sloppy
    # sentence end one number and its period is ("pokoju siedem. dotyczy …", below).
    ("ordinal_run", rf"(?<![\w.-]){_SMALL_NUMBER}\.(?: (?:i |oraz |lub |albo )?{_SMALL_NUMBER}\.)+(?![\w-])"),
    # A short word whose full stop is followed by a lowercase word cannot end a sentence:
    # an abbreviation the rules do not know, even if the dictionary knows the letters ("Dyr.", "zarz.").
    # Also before a closing bracket or a second period: "(kier.)." (round thirteen; was unwarned).
    # Round seventeen: also before a colon ("dok.: orzeczenie", was unwarned: the dictionary knows "dok").
    ("dotted", rf"(?<![\w.])[{_UPPER}a-ząćęłńóśźż][a-ząćęłńóśźż]{{0,5}}\.(?=[ \t]+[a-ząćęłńóśźż]|[ \t]*\)|\.|:)"),
    ("unknown_abbreviation", rf"(?<![\w.])[a-ząćęłńóśźż]{{1,5}}\.(?=\s+\S)|(?<![\w.-])[a-ząćęłńóśźż]{{1,5}}\.(?=\s*$)"
                             r"|(?<![\w.])(?:mgr|dr|inż|prof|hab)(?!\w)"
                             # One letter and a short ending after a hyphen: "z-ca", "W-ce" (never a word; "e-mail" is longer).
                             rf"|(?<![\w.-])[{_UPPER}a-df-ząćęłńóśźż]-[a-ząćęłńóśźż]{{1,3}}(?![\w-])"),
    # An acronym not in the table, with a case ending joined or not ("PZU-em"): no rule joins its ending.
    ("acronym", rf"(?<![\w-])[{_UPPER}]{{2,}}(?:-[a-ząćęłńóśźż]{{1,4}}(?![\w-]))?(?![\w])"
                rf"|(?<![\w-])[{_UPPER}]{{2,}}[a-ząćęłńóśźż]{{1,2}}[{_UPPER}]+(?![\w-])"  # "WFOŚiGW", "GOKiS"
                # session twenty: an "e" or "m" glued before an acronym the table does not hold ("eKRUS"; was unwarned)
                rf"|(?<![\w-])[em][{_UPPER}]{{2,}}(?![\w-])"),
    # A number word glued to an ending or a word: "trzy-ech", "sześćdziesiąt-lecie", "trzy-pokojowe".
    # Also a date typed with hyphens the rules did not read ("sześć-jedenaście-dwadzieścia siedem").
    ("numeral_hyphen", r"(?<![\w-])[a-ząćęłńóśźż]+(?:-[a-ząćęłńóśźż]+)+(?![\w-])"),
    # Words joined by a period: "jeden.dwa" (a version number), "zł.os".
    ("joined", r"(?<![\w.])[a-ząćęłńóśźż]+(?:\.[a-ząćęłńóśźż]+)+(?![\w.])(?<!\.)"),
    # A fraction read as "łamane przez" before the thing it divides: "jeden łamane przez trzy rodzin".
    ("fraction", r"\w+ łamane przez \w+(?= (?!łamane|tysi|milion)[a-ząćęłńóśźż]{3,}"  # "… dwa tysiące": a year
                 r"| (?:i|lub|oraz|albo) (?:pół|połow|jedn\w* czwart|trz\w* czwart|ćwierć))"),  # round twenty-three: "2/3 i 3/4 etatu"
    # Consonants alone are no word: "pn", "ws".
    ("letters", r"(?<![\w.-])(?<!małpa )(?<!kropka )(?:[bcćdfghjklłmnńprsśtwzźż]{2,4}|[xqv])(?![\w-])(?! kropka)"),
    ("digits", r"\d+"),
    ("symbol", r"[%/§&@#*+=<>|\\^~_$€£{}\[\]°\"„”“«»]"),
)
_LEFTOVER = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LEFTOVER_KINDS))
_NOT_PLAIN = re.compile(r"[^a-zA-Z0-9ąćęłńóśźżĄĆĘŁŃÓŚŹŻ\s.,;:!?…()\-–—'’]+")
_SYMBOL_CATEGORIES = frozenset({"So", "Sm", "Sc", "Sk", "No", "Co", "Cn"})
# Short words with a period that the dictionary knows, yet a voice cannot say.
_TITLES = frozenset("mgr dr prof inż ks hab lek doc sp zob por poz dz gm woj pow kom wyd jw bm".split())


# Parts of speech a short word is said as written in: numerals, verbs, adverbs, particles.
_SAID_AS_WRITTEN = frozenset({"num", "fin", "praet", "impt", "inf", "adv", "adj", "qub", "conj", "comp", "prep", "ppron12", "ppron3"})


def _is_leftover(kind: str, piece: str) -> bool:
    if kind == "numeral_hyphen":
        return any(r.pos == "num" for r in readings(piece.split("-")[0]))
    if kind == "fraction":
        return bool(re.search(r"łamane przez (?:dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć)$", piece))
    if kind == "letters" and len(piece) == 1:
        return True  # "2 x w tygodniu": x, q, v are no Polish words
    if kind == "letters":  # "pn" is known only as the acronym "PN"
        return not any(r.lemma[:1].islower() and r.pos not in {"ign", "brev"} for r in readings(piece))
    if kind in {"dotted", "unknown_abbreviation"} and len(piece) == 2 and piece[1] == ".":
        return True  # one letter and a full stop is never a word: "w. 21" whatever the dictionary says
    if kind == "unknown_abbreviation":
        word = piece.rstrip(".")
        return word in _TITLES or not is_known(word) or "-" in word  # "w-ce": the dictionary reads "w" and "ce"
    if kind == "acronym":  # not in the table: warned, even if the dictionary knows it ("PESEL");
        piece = piece.split("-")[0]  # "PZU-em" as "PZU" is; "SMS-a" is said as the dictionary's word, as "SMS" is
        return not any(r.lemma[:1].islower() and r.pos not in {"ign", "brev", "romandig"}
                       or len(piece) >= PLACE_NAME_LETTERS and r.pos == "subst" and r.lemma[1:2].islower()
                       for r in readings(piece.lower()))  # shouted words ("UWAGA") are words; session twenty-three:
        # so are shouted names of places and people, of five letters or more ("OGŁOSZENIE OPS KLESZCZEWO": was warned)
    if kind == "dotted" and len(piece) >= 6 and piece[:1].islower() and is_known(piece[:-1]):
        return False  # a whole word of five letters or more ("pomocy."): a list item's end, no abbreviation
    if kind == "dotted":  # a word the voice says as it is ("pięć.", "tak.") is a sloppy sentence end
        return not any(r.pos in _SAID_AS_WRITTEN for r in readings(piece.rstrip(".").lower()))
    return True


PLACE_NAME_LETTERS = 5  # session twenty-three: a word in capitals this long that the dictionary has as a name

_DEFAULT_SAID = frozenset(w for v in DEFAULT_ACRONYMS.values() for w in v.split())


def _said(word: str, said: frozenset[str]) -> bool:
    """An acronym's spoken word, alone or with a case ending joined ("zusu", "zecie")."""
    return word in said or any(word.endswith(e) and (word[:-len(e)] in said or word[:-len(e)] + "t" in said)
                               for e in _ACRONYM_ENDINGS)


_ACRONYM_ENDINGS = ("u", "em", "ie", "cie", "owi", "ach", "ami", "om", "y", "a", "ów", "e", "ę")


# A house number's letter before the text's last full stop: "ulica Poznańska jeden a." (a street before the number).
_HOUSE_LETTER_END = re.compile(r"(?<!\w)(?:ulic\w*|alej\w*|plac\w*|osiedl\w*)\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*(?:\s+[a-ząćęłńóśźż]+){1,4}"
                               r"\s+[a-h]\.$")
# A law's unit's letter before a full stop that ends the sentence: "artykuł dwadzieścia cztery ustęp dwa a."
# ("ust. 2a"); a capital or the text's end follows. Session twenty-four: a numbered thing's too ("zał. nr 1a.").
_UNIT_LETTER_END = re.compile(r"(?<!\w)(?:artykuł\w*|ustęp\w*|punkt\w*|paragraf\w*|numer)(?:\s+[a-ząćęłńóśźż]+){1,4}"
                              r"\s+[a-h]\.$")


# Round eighteen: a year said as an ordinal right before "roku." ("dwa tysiące dwudziestego siódmego roku. pokój
# dwanaście", a list's item ending in a date before an item typed in lowercase): the date's own word, no abbreviation
# (was warned as "roku.", a false warning).
_YEAR_BEFORE = re.compile(r"(?<!\w)tysi(?:ąc|ące|ęcy|ęcznego)(?:[ \t]+[a-ząćęłńóśźż]+ego){0,3}[ \t]+$")


def leftover_pieces(spoken: str, said: frozenset[str] = _DEFAULT_SAID) -> list[tuple[str, str]]:
    """(piece, kind) for what the rules left unsaid, unique, in order. Kinds: url, emoji,
    abbreviation, roman, unknown_abbreviation, acronym, digits, symbol."""
    found, seen = [], set()
    for m in _LEFTOVER.finditer(spoken):
        kind, piece = m.lastgroup, m.group(0)
        if (kind == "unknown_abbreviation" and m.end() == len(spoken.rstrip())
                and _HOUSE_LETTER_END.search(spoken, max(0, m.end() - 80), m.end())):
            continue  # "ul. Poznańska 1a." at the text's end: the house's letter and the full stop
        if (kind in {"unknown_abbreviation", "dotted"} and len(piece) == 2
                and re.compile(rf"\s*$|\s+[{_UPPER}]").match(spoken, m.end())
                and _UNIT_LETTER_END.search(spoken, max(0, m.end() - 80), m.end())):
            continue  # "(art. 24 ust. 2a)." or "ust. 2a. Wnioski …": the unit's letter and the full stop
        if kind == "dotted" and piece == "roku." and _YEAR_BEFORE.search(spoken, max(0, m.start() - 70), m.start()):
            continue  # round eighteen: a date's year at a list item's end ("… dwudziestego siódmego roku. pokój …")
        if piece not in seen and not _said(piece.rstrip("."), said) and _is_leftover(kind, piece):
            kind = "unknown_abbreviation" if kind in {"dotted", "persons"} else kind
            seen.add(piece)
            found.append((m.start(), piece, kind))
    # Any other symbol (½, ², №, ©), at its first place. A set and one scan: looking each one up
    # in the text (or in the pieces found) was quadratic on text full of symbols (issue 34, N4).
    covered = set("".join(seen))
    first: dict[str, int] = {}
    for m in _NOT_PLAIN.finditer(spoken):
        for i, ch in enumerate(m.group(0), m.start()):
            first.setdefault(ch, i)
    for ch, i in first.items():
        if unicodedata.category(ch) in _SYMBOL_CATEGORIES and ch not in covered:
            found.append((i, ch, "symbol"))
    return [(piece, kind) for _, piece, kind in sorted(found)]


def leftovers(spoken: str) -> list[str]:
    """What the rules left unsaid: digits, abbreviations, symbols, Roman numerals, web
    addresses, emoji, unknown acronyms; unique, in order."""
    return [piece for piece, _kind in leftover_pieces(spoken)]


# Abbreviations after which a period does not end a sentence.
_NOT_FINAL = frozenset(
    [k.split()[-1].lower() for k in [*ABBREVIATIONS, "godz."] if k.endswith(".")]
    + "kom. prof. dr. mgr. inż. ks. p. zob. por. tzw. ust. art. poz. pkt. dz. u. nr. wg. tys. mln. gm. woj. pow.".split()
) - _SENTENCE_FINAL
_BOUNDARY = re.compile(r"[.!?…]+[\"”»’)]*(?=\s)|\n")


def _ends_sentence(text: str, m: re.Match) -> bool:
    """Whether the punctuation or line break at m ends a sentence."""
    mark = m.group(0)
    if mark != "\n" and not mark.startswith("."):
        return True
    token = re.search(r"[\w.]*$", text[max(0, m.start() - 20):m.start()].rstrip()).group(0)
    if mark != "\n":
        token += "."
    if token.lower() in _NOT_FINAL or re.fullmatch(rf"[{_UPPER}]\.", token):
        return False
    if mark != "\n" and (token.lower() in _SENTENCE_FINAL or token[:-1].isdigit()):
        return bool(re.match(rf"\s+[{_UPPER}0-9(]", text[m.end():]))
    return True


def split_sentences(text: str) -> list[str]:
    """Sentences of written or spoken Polish; "ul. Poznańska" is not a sentence end."""
    sentences, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _ends_sentence(text, m):
            sentences.append(text[start:m.end()])
            start = m.end()
    sentences.append(text[start:])
    return [" ".join(s.split()) for s in sentences if s.strip()]
