"""What staff see before saving a text: its spoken form and every piece the rules
left unsaid, each with a short Polish suggestion.

One function, `review(text, acronyms)`, for every place that shows this: the
staff prompt and notice pages, `ivr say`, `ivr prompts check` and `ivr prompts build`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ivr.spoken.agreement import stray_periods, stray_places, unsure_agreement, unsure_titles
from ivr.spoken.contacts import emoji_in, long_addresses
from ivr.spoken.counts import unsure_counts, unsure_rates
from ivr.spoken.dates import unplaced_dates
from ivr.spoken.inflection import cardinal
from ivr.spoken.normalize import DEFAULT_ACRONYMS, leftover_pieces, normalize
from ivr.spoken.spelling import unpolished_words

__all__ = ["Leftover", "Review", "review", "suggestion"]


@dataclass(frozen=True)
class Leftover:
    text: str        # the piece as it stands in the spoken form, e.g. "XX" or "pok."
    suggestion: str  # what the clerk can do, in Polish


@dataclass(frozen=True)
class Review:
    spoken: str
    leftovers: tuple[Leftover, ...]

    @property
    def clean(self) -> bool:
        return not self.leftovers


_OR_SPOKEN = "albo podać wymowę w polu „Wymowa”"
# What each symbol is called, so that the clerk can write it as a word.
_SYMBOL_WORDS = {
    "%": "procent", "§": "paragraf", "&": "i", "/": "„lub” albo „łamane przez”", "@": "małpa",
    "#": "krzyżyk", "*": "gwiazdka", "+": "plus", "=": "równa się", "°": "stopni",
    "€": "euro", "$": "dolarów", "£": "funtów", "<": "mniej niż", ">": "więcej niż",
}
_SUGGESTIONS = {
    "digits": "liczba, której reguły nie odczytały: proszę napisać ją słowami (np. „pięć”) "
              + _OR_SPOKEN + ".",
    "roman": "liczba rzymska bez rzeczownika: proszę napisać ją słowami (np. „druga edycja”, "
             "„na pierwszym piętrze”) " + _OR_SPOKEN + ".",
    "abbreviation": "skrót bez liczby albo w nietypowym miejscu: proszę napisać pełne słowo "
                    + _OR_SPOKEN + ".",
    "unknown_abbreviation": "nieznany skrót: proszę napisać pełne słowo (np. „magister”, "
                            "„inżynier”) " + _OR_SPOKEN + ".",
    "url": "adres z całą ścieżką trudno zapisać ze słuchu: proszę podać sam adres strony "
           "(np. www.kleszczewo.pl) albo napisać, jak do niej trafić.",
    "emoji": "emotikona zostanie pominięta: proszę ją usunąć albo opisać słowami.",
    "date": "data, której nie ma w kalendarzu: proszę sprawdzić dzień i miesiąc "
            "(np. „15 stycznia 2027”).",
    "numeral_hyphen": "liczba z końcówką albo złożenie z liczbą (np. „3-ech”, „60-lecie”): proszę napisać "
                      "je słowami (np. „trzech”, „sześćdziesięciolecie”) " + _OR_SPOKEN + ".",
    # round twenty-five: "10., 15. i 25." with no noun after
    "ordinal_run": "liczby porządkowe bez rzeczownika (np. „10., 15. i 25.”): reguły nie wiedzą, czy to dni miesiąca, "
                   "klasy czy punkty; proszę dopisać rzeczownik albo napisać je słowami (np. „dziesiątego, piętnastego "
                   "i dwudziestego piątego”) " + _OR_SPOKEN + ".",
    "joined": "słowa połączone kropką (np. numer wersji „1.2”): proszę napisać je słowami " + _OR_SPOKEN + ".",
    "fraction": "ułamek przeczytany jako „łamane przez”: proszę napisać go słowami (np. „jedna trzecia”, "
                "„połowa”) " + _OR_SPOKEN + ".",
    "letters": "skrót bez kropki, którego głos nie przeczyta: proszę napisać pełne słowo " + _OR_SPOKEN + ".",
    "count": "liczba bez rzeczownika, którego rodzaju reguły nie znają: "
             "proszę go dopisać albo napisać liczbę słowami (np. „po jednej paczce”) " + _OR_SPOKEN + ".",
    "rate": "kwota po „powyżej”, „poniżej” albo „ponad” na początku części zdania: reguły czytają ją jako granicę "
            "(„powyżej osiemdziesięciu groszy”); jeśli to cena za to, co powyżej granicy, proszę napisać kwotę słowami "
            "(np. „powyżej: osiemdziesiąt groszy za kilometr”) " + _OR_SPOKEN + ".",
    "agreement": "liczba albo tytuł w formie, która nie pasuje do słowa obok (np. „do osiemnaście” zamiast "
                 "„do osiemnastej”, „pan Anna”): reguły zgadły odmianę; proszę napisać to słowami "
                 "w poprawnej formie " + _OR_SPOKEN + ".",
    "stray_period": "skrót przed liczbą rozwinięty w słowo, które tu chyba nie pasuje (np. „m. 3” w adresie "
                    "przeczytane jako „metrów trzy” zamiast „mieszkanie trzy”): proszę napisać pełne słowo "
                    + _OR_SPOKEN + ".",
    "title": "„p.” przed samym nazwiskiem, które nosi i mężczyzna, i kobieta: reguły zgadły „pan” albo „pani”; "
             "proszę napisać „pan” albo „pani” (albo dodać imię) " + _OR_SPOKEN + ".",
    "places": "dwie nazwy połączone ukośnikiem: głos powie „lub”; proszę napisać „i” albo „lub” "
              + _OR_SPOKEN + ".",
    "unpolished": "słowo bez polskiej litery (np. „przysluguje” zamiast „przysługuje”): proszę je poprawić "
                  + _OR_SPOKEN + ".",
    "acronym": "nieznany skrótowiec: proszę podać, jak go czytać (np. „zus” albo „zet-u-es”), "
               "w polu „Wymowa” albo napisać pełną nazwę.",
}


def suggestion(piece: str, kind: str = "digits") -> str:
    """A short Polish suggestion for one leftover piece of a given kind (see leftover_pieces)."""
    if kind == "symbol":
        if piece in "„”“«»\"":
            return f"„{piece}”: cudzysłów nie jest czytany: proszę go usunąć."
        word = _SYMBOL_WORDS.get(piece)
        said = f" (np. {word})" if word and word.startswith("„") else (f" (np. „{word}”)" if word else "")
        return f"„{piece}”: znak, którego głos nie przeczyta: proszę napisać go słowem{said} {_OR_SPOKEN}."
    return f"„{piece}”: {_SUGGESTIONS.get(kind, _SUGGESTIONS['digits'])}"


def _room_letter(piece: str, kind: str, text: str) -> bool:
    """"(pok. 1a)." -> "pokój jeden a.": a room's letter glued to its number before the sentence's full stop (a
    bracket between) is no abbreviation; written apart ("pok. 2 b.") it may be one, and stays warned."""
    return kind == "unknown_abbreviation" and len(piece) == 2 and piece[1] == "." and bool(re.search(
        rf"(?<!\w)(?:pok\.|pokój|pokoju|lok\.)\s*(?:nr\s*)?[0-9]+{re.escape(piece[0])}\)?\.(?:\s*$|\s+[A-ZĄĆĘŁŃÓŚŹŻ])",
        text))


# Round twenty-five: a house's number with a flat's after a slash, after a street's or an estate's name ("os.
# Zielonym 5/3 jest …" -> "pięć łamane przez trzy jest"): the address's reading (round twenty's case `ul. Polna
# 12/10`), no fraction of the word after it, so not warned (was warned when a word followed).
_HOUSE_SLASH = re.compile(r"(?<!\w)(?:ul\.|al\.|pl\.|os\.|ulic\w*|alej\w*|plac\w*|osiedl\w*)\s*"
                          r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w*\.?\s+){1,3}(?P<a>[0-9]{1,3})/(?P<b>[0-9]{1,3})(?![\w/])")


def _house_number(piece: str, kind: str, text: str) -> bool:
    return kind == "fraction" and "/" in text and any(
        piece == f"{cardinal(int(m['a']))} łamane przez {cardinal(int(m['b']))}" for m in _HOUSE_SLASH.finditer(text))


def review(text: str, acronyms: Mapping[str, str] | None = None) -> Review:
    """The spoken form of `text` and what in it the voice cannot say right."""
    spoken = normalize(text, acronyms) if text.strip() else ""
    # Web addresses with a path and emoji are said or dropped, yet staff should know.
    written = [(url, "url") for url in long_addresses(text)] + [(e, "emoji") for e in emoji_in(text)]
    written += [(d, "date") for d in unplaced_dates(text)]
    written += [(c, "count") for c in unsure_counts(text)]
    written += [(r, "rate") for r in unsure_rates(text)]  # ", powyżej 0,80 zł za km": a price, or a bound?
    written += [(t, "title") for t in unsure_titles(text)]  # "P. Pietrzak": "pan" or "pani", a guess
    written += [(p, "places") for p in stray_places(text)]  # "Krerowo/Nagradowice": "lub" or "i", a guess
    table = DEFAULT_ACRONYMS if acronyms is None else acronyms
    said = frozenset(w for v in table.values() for w in v.split())  # "bip." is the table's, not a stray abbreviation
    pieces = written + [(p, kind) for p, kind in leftover_pieces(spoken, said) if not _room_letter(p, kind, text)
                        and not _house_number(p, kind, text)]
    pieces += [(a, "agreement") for a in unsure_agreement(spoken)]  # a case or gender the rules guessed
    pieces += [(p, "stray_period") for p in stray_periods(spoken)]  # an expansion chosen wrong before a number
    pieces += [(w, "unpolished") for w in unpolished_words(spoken)]  # a word typed without its Polish letter
    return Review(spoken, tuple(Leftover(p, suggestion(p, kind)) for p, kind in pieces))
