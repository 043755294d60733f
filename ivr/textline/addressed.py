"""A text meant for someone close, sent to the line by mistake (round fourteen, issue 27): "Kasiu kup chleb i mleko
jak będziesz wracać i zadzwoń do babci" is written to a daughter, not to the office.

Such a text opens with a name or a word of kin in the vocative ("Kasiu", "Krysiu", "mamo", "babciu"; morfeusz2 knows
the form as a vocative only, so "Pani", "Halo", "kochanie" are not such an opening) and tells that person what to do
in the second person singular ("kup", "zadzwoń", "przyjdź"; "zadzwon" written without its letters too). A resident
writes to the office as "pani" or "wy" ("zadzwońcie", "proszę zadzwonić"); a clerk by her first name is "Pani Basiu".
The line answers it with the keyword list instead of a call-back or a topic read in someone else's errand. Danger is
read before this (ivr.textline.replies): "Mamo, pomocy" is still danger.

Round fifteen: many write the name as it stands in a list, in the nominative ("Kasia kup mleko i chleb jak będziesz
wracać"): a first name or a word of kin in the nominative opening the text is a call too when the very next word tells
that person what to do. "Kasia kupiła mleko", "Babcia prosi, zadzwońcie", "Mama chce przyjść" tell of someone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ivr.spoken.inflection import _morfeusz, readings
from ivr.textline.letters import polish_spellings, restored_word

__all__ = ["to_someone_close"]

# The first word, after a greeting at most ("Hej Kasiu, …").
OPENING = re.compile(r"^\W*(?:(?:hej|cze[sś][cć]|siema|hejka)\W+)?([^\W\d_]+)\b", re.IGNORECASE)
# Other cases than the vocative (and the locative, which needs a preposition: "Krysiu", "dziadku" at the start are called).
NOT_CALLED = frozenset(("nom", "gen", "dat", "acc", "inst"))
# Kin called by the word of kin (a name is known by morfeusz2's "imię"): "dzwonie" (a bell's vocative) calls nobody.
KIN = frozenset(("mama", "mamusia", "tata", "tato", "tatuś", "babcia", "babunia", "dziadek", "dziadzio", "syn", "synek",
                 "synuś", "córka", "córcia", "córeczka", "ciocia", "ciotka", "wujek", "brat", "braciszek", "siostra",
                 "siostrzyczka", "wnuczek", "wnuczka", "wnusia", "wnuk", "kuzyn", "kuzynka", "szwagier", "szwagierka",
                 "teściowa", "teść", "mąż", "żona", "skarb", "kochany", "kochana"))
# The writer's own number or a call to the writer asked for: written to the office after all ("Aniu, zadzwoń do mnie").
TO_WRITER = re.compile(r"\b(?:do\s+mnie|ze\s+mn[aą]|na\s+m[oó]j\s+numer)\b|\d{3}[\s-]?\d{3}[\s-]?\d{3}", re.IGNORECASE)


def _called(word: str) -> bool:
    """A noun form that is a vocative only ("Kasiu", "mamo"; not "Pani", "Halo", "kochanie")."""
    found = readings(word)
    return bool(found) and all(r.pos == "subst" for r in found) and not any(r.cases & NOT_CALLED for r in found) \
        and any("voc" in r.cases and (r.name or r.lemma.split(":")[0] in KIN) for r in found)


@lru_cache(maxsize=4096)
def _told_to_do(word: str) -> bool:
    """A verb in the second person singular imperative ("kup", "zadzwoń"), also without Polish letters ("zadzwon")."""
    for spelling in dict.fromkeys((word, restored_word(word))):
        tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(spelling)]
        # and no noun named as such ("dzień" is also a rare verb's imperative; "kup" a genitive plural only)
        if any(tag.startswith("impt:sg:sec") for tag in tags) and not any(
                tag.startswith("subst:sg:") and ({"nom", "acc"} & set(tag.split(":")[2].split("."))) for tag in tags):
            return True
    return False


# Words of fondness also open a letter to the office ("Kochani, Szczęść Boże", "Kochana, dziękuję"): no call in the nominative.
FONDLY = frozenset(("kochany", "kochana", "skarb"))
# "Szczęść Boże" after a name is a blessing ("Zofia, Szczęść Boże"), no command.
BLESSING = frozenset(("szczęść", "szczesc"))
# Round fifteen: a name in the nominative calls someone close only in a text that turns to nobody else: a question ("?",
# "czy") or the office addressed ("proszę pani", "wy", "gmina") says a word was said aside ("janek zamknij drzwi, proszę
# pani, czy gmina coś daje na opał": the heating text).
TO_OFFICE = re.compile(r"\?|\b(?:czy|pani|pana|pani[aą]|pa[nń]stwo|pa[nń]stwa|wy|was|wam|o[sś]rod\w*|opiek\w*|gmin\w*|ops|gops)\b")
# Round fifteen: after a name in the nominative, a word that is also told of someone (a finite or past verb, "mial" for
# "miał") in any of its spellings with Polish letters is no command ("Syn mial wypadek").
TOLD_OF = ("fin:", "praet:", "bedzie:", "winien:")


@lru_cache(maxsize=4096)
def _only_told_to_do(word: str) -> bool:
    """A command in every spelling of the word: "kup", "zadzwon"; not "mial" ("miał"), "ma", "pisze"."""
    if not _told_to_do(word) or word in BLESSING:
        return False
    spellings = polish_spellings(word)
    if spellings is None:
        return False
    return not any(tag.startswith(TOLD_OF) for spelling in spellings
                   for *_, (_, _, tag, _, _) in _morfeusz().analyse(spelling))


# Round twenty-four: a request put to that person in the second person singular ("Kasia kupisz mleko jak będziesz
# wracać"): every reading of the word, in every spelling, is such a verb ("kupisz", "zadzwonisz"; not "kupi", "pisze").
ASKED_OF_YOU = ("fin:sg:sec:", "bedzie:sg:sec:")


@lru_cache(maxsize=4096)
def _only_asked_of_you(word: str) -> bool:
    """A verb in the second person singular in every spelling: "kupisz", "zrobisz"; not "kupi", "pisze"."""
    spellings = polish_spellings(word) or [word]
    tags = [tag for spelling in spellings for *_, (_, _, tag, _, _) in _morfeusz().analyse(spelling) if tag != "ign"]
    return bool(tags) and all(tag.startswith(ASKED_OF_YOU) for tag in tags)


def _named(word: str) -> bool:
    """A first name or a word of kin in the nominative ("Kasia", "mama"): a call when a command follows at once."""
    return any(r.pos == "subst" and r.number == "sg" and "nom" in r.cases and (
        r.name or r.lemma.split(":")[0] in KIN - FONDLY) for r in readings(word))


def to_someone_close(body: str) -> bool:
    """The text opens by calling someone close by name or kin and tells them what to do, asking nothing of the office."""
    opening = OPENING.match(body)
    if not opening or TO_WRITER.search(body):
        return False
    rest = body[opening.end():].lower()
    if _called(opening.group(1)):
        return any(_told_to_do(word) for word in re.findall(r"[^\W\d_]+", rest))
    following = re.match(r"\W*([^\W\d_]+)", rest)  # round fifteen: "Kasia kup mleko", the command right after the name
    return bool(following) and _named(opening.group(1)) and (
        _only_told_to_do(following.group(1)) or _only_asked_of_you(following.group(1))) \
        and not TO_OFFICE.search(rest)
