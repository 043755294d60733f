"""A text meant for someone close, sent to the line by mistake (round fourteen, issue 27): "Kasiu kup chleb i mleko
jak będziesz wracać i zadzwoń do babci" is written to a daughter, not to the office.

Such a text opens with a name or a word of kin in the vocative ("Kasiu", "Krysiu", "mamo", "babciu"; morfeusz2 knows
the form as a vocative only, so "Pani", "Halo", "kochanie" are not such an opening) and tells that person what to do
in the second person singular ("kup", "zadzwoń", "przyjdź"; "zadzwon" written without its letters too). A resident
writes to the office as "pani" or "wy" ("zadzwońcie", "proszę zadzwonić"); a clerk by her first name is "Pani Basiu".
The line answers it with the keyword list instead of a call-back or a topic read in someone else's errand. Danger is
read before this (ivr.textline.replies): "Mamo, pomocy" is still danger.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ivr.spoken.inflection import _morfeusz, readings
from ivr.textline.letters import restored_word

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


def to_someone_close(body: str) -> bool:
    """The text opens by calling someone close by name or kin and tells them what to do, asking nothing of the office."""
    opening = OPENING.match(body)
    if not opening or not _called(opening.group(1)) or TO_WRITER.search(body):
        return False
    rest = body[opening.end():].lower()
    return any(_told_to_do(word) for word in re.findall(r"[^\W\d_]+", rest))
