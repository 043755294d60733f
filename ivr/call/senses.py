"""What a heard keyword means in its place (round ten of issue 23): readings of the words around a
keyword that the lists alone cannot tell. Pure functions of the caller's words (as words_and_folds
gives them, Polish letters kept) and of the spans the Polish matcher found, (choice, first word,
word after the last, score); the call flow asks them (ivr.call.flow)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from ivr.call.understand import fold, is_first_name, is_generic, lemmas
from ivr.spoken.inflection import _morfeusz, readings

Span = tuple[str, int, int, float]

# Words that may stand between a word of fear and what is feared ("boję się tych nagrywań").
DEMONSTRATIVES = frozenset("sie ten ta to te tej tego tych tym takie takich takiego takiej tymi".split())
# Lemmas of fear: "boję się", "się boi".
FEAR = frozenset({"bac"})
# Round twenty-three: machines feared ("boję się tych maszyn"), no one in danger.
MACHINES = frozenset({"maszyna", "automat", "komputer", "robot", "sekretarka", "nagrywarka", "urzadzenie", "mikrofon"})
# Pieces that make a phrase "with someone" when the noun after them is instrumental ("z dziećmi").
WITH = frozenset({"z", "ze"})
# Verbs of the caller coming to the office ("kiedy można przyjść"): said in the third person
# ("kiedy przyjdzie emerytura") something else is coming, not the caller.
COMING = frozenset({"przyjsc", "przychodzic", "przyjechac", "przyjezdzac"})
# Between a worker's visit and what the worker would do there ("żeby ktoś przyszedł i porozmawiał").
VISIT_LINKS = frozenset({"i", "a", "oraz", "ze", "z", "mna", "nami", "nia", "nim", "nimi"})


def _spans_of(spans: Sequence[Span], choice: str) -> list[tuple[int, int, float]]:
    return [(start, end, score) for c, start, end, score in spans if c == choice]


def spans_outside(spans: Sequence[Span], choice: str, hiding: str) -> list[tuple[int, int, float]]:
    """The spans of `choice` that do not lie inside a phrase of `hiding` (a danger word inside a phrase of not_meant:
    "boję się burzy", "to mnie wykończy"): what is left heard of `choice` once the figures of speech are taken out."""
    hiders = _spans_of(spans, hiding)
    return [(start, end, score) for start, end, score in _spans_of(spans, choice)
            if not any(h_start <= start and end <= h_end for h_start, h_end, _ in hiders)]


def fear_of_doing(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is fear ("boję się"), and what is feared, right after it (a demonstrative
    between), is an activity, a verbal noun that is no danger itself: "boję się tych nagrywań", "boję
    się dzwonienia" (not "boję się męża", not "boję się bicia": "bicia" is danger). Round twenty-three: or a machine
    ("boję się tych maszyn", "automatu")."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    inside = {i for start, end, _ in found for i in range(start, end)}

    def feared_activity(start: int, end: int) -> bool:
        if not any(FEAR & lemmas(word) for word in words[start:end]):
            return False
        at = end
        while at < len(words) and fold(words[at]) in DEMONSTRATIVES:
            at += 1
        if at >= len(words) or at in inside:
            return False
        return any(r.pos == "ger" for r in readings(words[at])) or bool(MACHINES & _lemmas_of(words[at]))
    return all(feared_activity(start, end) for start, end, _ in found)


def with_someone(words: Sequence[str], spans: Sequence[Span], choice: str, exact: float) -> bool:
    """Every phrase of the choice heard starts with a noun in the instrumental right after "z" or "ze",
    heard only by its lemma (the keyword's own form is another case): "ona z dziećmi sama została" is
    a mother alone with her children, not "dzieci same" (children alone). A single word ("z nożem",
    "z siekierą") is still what it says."""
    found = _spans_of(spans, choice)
    if not found:
        return False

    def accompanying(start: int, end: int, score: float) -> bool:
        if end - start < 2 or score >= exact or start == 0 or fold(words[start - 1]) not in WITH:
            return False
        return any(r.pos in {"subst", "depr"} and "inst" in r.cases for r in readings(words[start]))
    return all(accompanying(*span) for span in found)


def something_coming(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard holds a verb of coming in the third person only ("kiedy
    przyjdzie emerytura", "kiedy przychodzą pieniądze"): something else comes, the caller does not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    return all(any(coming_third_person(word) for word in words[start:end]) for start, end, _ in found)


@lru_cache(maxsize=4096)
def coming_third_person(word: str) -> bool:
    """The dictionary reads the word as a verb of coming, and only in the third person ("przyjdzie")."""
    if len(word) > 30 or not word.isalpha():
        return False
    tags = [tag for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word) if fold(lemma.split(":")[0]) in COMING]
    return bool(tags) and all(tag.startswith("fin:") and ":ter:" in tag for tag in tags)


def after_visit(words: Sequence[str], spans: Sequence[Span], person: str, visit: Sequence[str]) -> bool:
    """Every word of a person heard follows right after a worker's visit asked for, "i" or "z nią"
    between: "żeby ktoś przyszedł, porozmawiał" is what the visitor would do, no transfer."""
    found = _spans_of(spans, person)
    ends = {end for c, _, end, _ in spans if c in visit}
    if not found or not ends:
        return False

    def follows(start: int) -> bool:
        at = start
        while at > 0 and at not in ends and fold(words[at - 1]) in VISIT_LINKS:
            at -= 1
        return at in ends
    return all(follows(start) for start, _, _ in found)


def asked_elsewhere_first(words: Sequence[str], spans: Sequence[Span], elsewhere: str, topics: Sequence[str],
                          questions: frozenset[str]) -> bool:
    """A question before the first "bo" asks for another office's matter, and no topic of the line is
    named before that "bo": "gdzie się wyrabia paszport, bo wnuczka jedzie do roboty" (the reason
    after "bo" names no need of the caller's)."""
    said = [fold(w) for w in words]
    cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
    if cut is None or not questions & set(said[:cut]):
        return False
    if not any(end <= cut for start, end, _ in _spans_of(spans, elsewhere)):
        return False
    return not any(c in topics and start < cut for c, start, _, _ in spans)


def day_asked_before_reason(words: Sequence[str], spans: Sequence[Span], elsewhere: str, when: str,
                            questions: frozenset[str]) -> bool:
    """Round nineteen, the mirror of asked_elsewhere_first: a question before the first "bo" names a day or a time
    ("czy w piątek jesteście", "czy jutro będzie otwarte"), and every word of another office's matter comes after
    that "bo" ("bo mam jechać autobusem"): the way there is the reason, the day is what is asked (the hours). "Czy
    w piątek jeździ autobus, bo..." (the other matter before "bo") and a day said only after "bo" are not."""
    said = [fold(w) for w in words]
    cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
    if cut is None or not questions & set(said[:cut]):
        return False
    found = _spans_of(spans, elsewhere)
    return bool(found) and all(start > cut for start, _, _ in found) \
        and any(end <= cut for _, end, _ in _spans_of(spans, when))


def said_first(spans: Sequence[Span], choice: str, others: Sequence[str]) -> bool:
    """The choice is heard, and every keyword of the others starts after its first one ends: "niech
    pani nagra, że dzwoniła Kowalska w sprawie węgla" asks for the message, the coal is what it says."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    first_end = min(end for _, end, _ in found)
    return all(start >= first_end for c, start, _, _ in spans if c in others)


# Round ten: "nikt nie odbiera" is the office (or anyone) not answering the caller, no one in danger.
NOBODY = frozenset({"nikt", "nikogo"})
ANSWERING = frozenset({"odbierac", "odebrac"})


def nobody_answers(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is someone not answering the phone ("od rana nie odbiera"), said of
    nobody ("nikt", in it or just before it): "dzwonię od rana i nikt u was nie odbiera" is the office not
    answering; "mama od rana nie odbiera" is still danger."""
    found = _spans_of(spans, choice)
    if not found:
        return False

    def of_nobody(start: int, end: int) -> bool:
        if not any(ANSWERING & lemmas(word) for word in words[start:end]):
            return False
        return any(fold(word) in NOBODY for word in words[max(0, start - 2):end])
    return all(of_nobody(start, end) for start, end, _ in found)


# Round eleven: "z kim porozmawiać" asks whom to talk to about a matter, beside it: the matter's item.
WHOM = frozenset({"kim"})
WHOM_REACH = 5  # words from "z kim" to the end of a person's phrase ("z kim mogę o tym porozmawiać")


def whom_to_ask(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every phrase of a person heard is a question whom to talk to ("z kim porozmawiać", "z kim mogę
    pogadać"), no request to be put through: beside a named matter ("narkotyki u wnuka, z kim
    porozmawiać") the matter's item says whom. "Chcę z kimś porozmawiać" is still a transfer."""
    found = _spans_of(spans, person)
    said = [fold(w) for w in words]
    asks = [i for i in range(1, len(said)) if said[i] in WHOM and said[i - 1] in WITH]
    if not found or not asks:
        return False
    return all(any(i - 1 <= start and end <= i + 1 + WHOM_REACH for i in asks) for start, end, _ in found)


# Round eleven: money from another office ("dopłaty z ARiMR") is that office's matter.
FROM = frozenset({"z", "ze", "od"})


def from_elsewhere(words: Sequence[str], spans: Sequence[Span], choice: str, elsewhere: str) -> bool:
    """Every phrase of the choice heard is followed right away by another office's, "z" or "od" between
    or in it: "dopłaty z ARiMR", "zasiłek z ZUS-u" are that office's money, not the line's benefits. Round
    fifteen: an adjective naming its kind may stand before "z" ("zasiłek pogrzebowy z ZUS-u")."""
    found = _spans_of(spans, choice)
    starts = {start for start, _, _ in _spans_of(spans, elsewhere)}
    if not found or not starts:
        return False

    def followed(end: int) -> bool:
        if end + 1 < len(words) and fold(words[end + 1]) in FROM and any(r.pos == "adj"
                                                                          for r in readings(words[end])):
            end += 1  # "zasiłek pogrzebowy z zusu"
        if end < len(words) and fold(words[end]) in FROM:
            return end in starts or end + 1 in starts
        return False
    return all(followed(end) for _, end, _ in found)


# Round eleven: what a benefit named by its kind is asked for ("zasiłek celowy na opłacenie rachunków") is
# no topic of its own.
BENEFIT_LEMMAS = frozenset({"zasilek", "zapomoga"})
PURPOSE_LEADS = frozenset({"na"})
PURPOSE_REACH = 3  # words from the benefit to "na" ("zasiłek celowy na"), and from "na" to the purpose


def purpose_of_benefit(words: Sequence[str], spans: Sequence[Span], benefits: str, choice: str) -> bool:
    """Every phrase of the choice heard comes after "na" (at most two words between: "na opłacenie"),
    and "na" right after a benefit named by its kind, "zasiłek" or "zapomoga" with a word of the lists
    ("zasiłek celowy na ...", "zasiłek okresowy na ..."): what the benefit is for. A plain "zasiłek na opał"
    is still the heating (the first and second corpora say so), and "dodatek na ogrzewanie" too."""
    found = _spans_of(spans, choice)
    benefit_ends = [end for start, end, _ in _spans_of(spans, benefits)
                    if end - start > 1 and any(BENEFIT_LEMMAS & lemmas(word) for word in words[start:end])]
    if not found or not benefit_ends:
        return False
    leads = [i for i, w in enumerate(words) if fold(w) in PURPOSE_LEADS
             and any(end <= i < end + PURPOSE_REACH - 1 for end in benefit_ends)]

    def for_benefit(start: int) -> bool:
        return any(lead < start <= lead + PURPOSE_REACH for lead in leads)
    return all(for_benefit(start) for start, _, _ in found)


# Round twelve: prices or bills that "kill" or "finish off" the caller are a figure of speech.
COSTS = frozenset({"cena", "rachunek", "rachunki", "oplata", "koszt", "podwyzka", "drozyzna", "czynsz"})
KILLING = frozenset({"zabijac", "zabic", "wykonczyc", "wykanczac", "dobijac", "dobic"})
# Round thirteen: other burdens said to "kill" the same way ("zabijają mnie te schody", "te nerwy mnie zabiją").
BURDENS = frozenset({"schody", "nerwy", "nerw", "kolejka", "papier", "dojazd", "upal"})
# Round twenty-nine: "zabijają człowieka te ceny": anyone at all, the figure said of everyone.
GENERIC_PEOPLE = frozenset({"czlowiek", "ludzie"})  # lemmas, folded
COST_REACH = 6  # words from the prices to the verb ("te ceny za prąd to mnie normalnie zabiją")
AFTER_REACH = 3  # words from the verb to the prices after it ("zabijają mnie te ceny")
SUBJECTS = frozenset({"subst", "depr", "ppron12", "ppron3"})
RESUMING = frozenset({"conj", "part", "pred"})  # "to" in "ceny to mnie zabiją" resumes them, no one else


def _nominative(word: str) -> bool:
    found = readings(word)
    return any(r.pos in SUBJECTS and "nom" in r.cases for r in found) and not any(r.pos in RESUMING for r in found)


def _burden(word: str) -> bool:
    return bool((COSTS | BURDENS) & lemmas(word)) and _nominative(word)


@lru_cache(maxsize=4096)
def _plural_third(word: str) -> bool:
    """The dictionary reads the word as a verb of killing in the third person plural only ("zabijają")."""
    if len(word) > 30 or not word.isalpha():
        return False
    tags = [tag for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word) if fold(lemma.split(":")[0]) in KILLING]
    return bool(tags) and all(tag.startswith(("fin:pl:ter", "bedzie:pl:ter")) for tag in tags)


@lru_cache(maxsize=4096)
def _singular_third(word: str) -> bool:
    """Round twenty-three: the dictionary reads the word as a verb of killing in the third person singular only
    ("zabije", "wykończy")."""
    if len(word) > 30 or not word.isalpha():
        return False
    tags = [tag for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word) if fold(lemma.split(":")[0]) in KILLING]
    return bool(tags) and all(tag.startswith(("fin:sg:ter", "bedzie:sg:ter")) for tag in tags)


def _singular_subject(words: Sequence[str], at: int) -> bool:
    """A singular nominative, no preposition in the two words before it ("ten rachunek", not "przez ten rachunek")."""
    return any(r.pos in SUBJECTS and r.number == "sg" and "nom" in r.cases for r in readings(words[at])) and not any(
        r.pos == "prep" for word in words[max(0, at - 2):at] for r in readings(word))


def costs_that_kill(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is a verb of killing or finishing off in the third person plural, and before it
    (at most five words between, none of them someone else who could do it; a noun after a preposition is
    none: "rachunki za prąd") prices or bills that may be its subject: "mnie te ceny w sklepie normalnie
    zabijają" is a figure of speech. Round thirteen: other burdens too ("te schody", "nerwy"), and right after
    the verb, only a pronoun or "ten" between ("zabijają mnie te schody"). "Mąż mnie zabije przez te
    rachunki" is not (the verb is singular, the bills come after), nor "ceny wysokie, a synowie mnie zabiją". Round
    twenty-three: a singular verb too, after one bill or price as its subject, no preposition before it ("ten
    rachunek za prąd to mnie chyba zabije"); not "mąż przez ten rachunek mnie zabije". Round twenty-nine: "człowieka"
    between the verb and the prices after it ("zabijają człowieka ta drożyzna"), anyone at all."""
    found = _spans_of(spans, danger)
    return bool(found) and all(_burden_of(words, start, end) is not None for start, end, _ in found)


def _burden_of(words: Sequence[str], start: int, end: int) -> int | None:
    """Where the prices or the burden said to kill stand, for the danger word at start..end (costs_that_kill)."""
    def after(end: int) -> int | None:  # round thirteen: "zabijają mnie te schody", only a pronoun or "ten" between
        for at in range(end, min(len(words), end + AFTER_REACH)):
            if _burden(words[at]):
                return at
            if not any(r.pos in {"ppron12", "adv"} or (r.pos == "adj" and r.lemma == "ten")
                       for r in readings(words[at])) and not (GENERIC_PEOPLE & lemmas(words[at])):
                return None
        return None

    singular = end - start == 1 and _singular_third(words[start])  # round twenty-three: "ten rachunek mnie zabije"
    if end - start != 1 or not (_plural_third(words[start]) or singular):
        return None
    if not singular and after(end) is not None:
        return after(end)
    for at in range(start - 1, max(-1, start - 1 - COST_REACH), -1):
        if _burden(words[at]):
            return at if not singular or _singular_subject(words, at) else None
        before = {r.pos for r in readings(words[at - 1])} if at > 0 else set()
        governed = "prep" in before and "conj" not in before  # "za prąd"; not "a synowie"
        if _nominative(words[at]) and not governed:
            return None  # someone else between: "ceny wysokie, a synowie mnie zabiją"
    return None


NOW = frozenset({"teraz"})  # not "dzisiaj": "... ale do której dzisiaj jesteście" asks of today


def inside_story(spans: Sequence[Span], choice: str, told: str, danger: str, words: Sequence[str] = ()) -> bool:
    """Every phrase of the choice heard lies inside a story told from a screen or long ago: after the first
    words of it ("w wiadomościach pokazywali") and before the last danger word ends ("jak pijany pobił żonę"):
    the drinking is part of what was shown, not the caller's matter. A matter named after the story ("...,
    a ja dzwonię w sprawie zasiłku") is still asked. Round fifteen: where the caller turns to the present after
    the danger word ("a teraz"), the story lasts until then ("za wojny głodowali, zupę ze szczawiu matka
    gotowała, a teraz..."): what is named after "teraz" is still asked."""
    found = _spans_of(spans, choice)
    told_starts = [start for start, _, _ in _spans_of(spans, told)]
    danger_ends = [end for _, end, _ in _spans_of(spans, danger)]
    if not found or not told_starts or not danger_ends:
        return False
    first, last = min(told_starts), max(danger_ends)
    last = next((at for at in range(last, len(words)) if fold(words[at]) in NOW), last)
    return all(first <= start and end <= last for start, end, _ in found)


OVER_NOW = frozenset({"juz", "teraz"})  # "już po wszystkim", "teraz spokój": over now


def over_at_the_end(spans: Sequence[Span], choice: str, told: str, danger: str, words: Sequence[str]) -> bool:
    """Round eighteen: a story said to be over at its very end ("sąsiad pijany wybił szybę, ale już go zabrali,
    już po wszystkim"): the words of telling (`told`) end the answer, and every phrase of the choice and every
    danger word come before them: the drinking is part of what happened, no matter asked. "…, już po wszystkim,
    a ja dzwonię w sprawie opału" (a matter after it) and "syn pije i mówi, że się zabije, ale żartuje" (a joke, not a
    story over: the telling holds "już" or "teraz") are still asked."""
    found = _spans_of(spans, choice)
    ending = [start for start, end, _ in _spans_of(spans, told)
              if end == len(words) and OVER_NOW & {fold(word) for word in words[start:end]}]
    if not found or not ending:
        return False
    last = min(ending)
    return all(end <= last for start, end, _ in found + _spans_of(spans, danger))


# Round twelve: "ten telefon zapiszczał": the caller's own phone did something, no request for the number.
AFTER_DEVICE = frozenset("mi sie mu jej nam wam ci tak az znowu".split())


def device_did(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every word of the address card heard is a single noun followed (a pronoun or "się" between) by a verb in
    the past tense other than "był": the phone as a device that rang or beeped ("jak ten telefon zapiszczał",
    "telefon mi się rozładował"). "Jaki jest telefon", "telefon był zajęty" are unchanged. Round fourteen: or the
    noun in the instrumental right after such a verb (a pronoun or "się" between): the phone as a thing handled
    ("wnuczek się bawił telefonem", "rzucił telefonem"); "proszę o telefon", "jak się skontaktować telefonem"
    are unchanged (no verb in the past tense before it)."""
    found = _spans_of(spans, contact)
    if not found:
        return False

    def did(start: int, end: int) -> bool:
        if end - start != 1 or not any(r.pos == "subst" for r in readings(words[start])):
            return False
        at = end
        while at < len(words) and fold(words[at]) in AFTER_DEVICE:
            at += 1
        if at >= len(words):
            return False
        found_readings = readings(words[at])
        return bool(found_readings) and all(r.pos == "praet" and r.lemma != "być" for r in found_readings)

    def handled(start: int, end: int) -> bool:  # round fourteen: "wnuczek się bawił telefonem"
        if end - start != 1 or not any(r.pos == "subst" and "inst" in r.cases for r in readings(words[start])):
            return False
        at = start - 1
        while at >= 0 and fold(words[at]) in AFTER_DEVICE:
            at -= 1
        found_readings = readings(words[at]) if at >= 0 else []
        return bool(found_readings) and all(r.pos == "praet" and r.lemma != "być" for r in found_readings)
    return all(did(start, end) or handled(start, end) for start, end, _ in found)


OBJECT_LEADS = frozenset({"to", "wszystko", "tyle"})  # a goodbye phrase that may be a verb's object ("to wszystko")


def said_with_infinitive(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every goodbye phrase heard opens with "to" or "wszystko" and stands right before or right after an
    infinitive: it is then what is to be done ("pomógł to wszystko ogarnąć", "załatwić to wszystko"), not "that
    is all". "To wszystko, dziękuję" is still the goodbye, and so is "nie chcę nic zostawiać, do widzenia"."""
    found = _spans_of(spans, goodbye)
    if not found or not all(fold(words[start]) in OBJECT_LEADS for start, _, _ in found):
        return False

    def infinitive(at: int) -> bool:
        return 0 <= at < len(words) and any(r.pos == "inf" for r in readings(words[at]))

    def imperative(at: int) -> bool:  # round seventy-eight: "cofnij to wszystko od początku": what is to be undone
        return 0 <= at < len(words) and any(r.pos == "impt" for r in readings(words[at])) and not any(
            r.pos in {"subst", "adj", "adv", "qub", "interj"} for r in readings(words[at]))
    return all(infinitive(end) or infinitive(start - 1) or imperative(start - 1) for start, end, _ in found)


def said_inside_clause(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Round fourteen: every goodbye phrase heard opens with "to" or "wszystko" and stands right after a preposition
    ("przez to wszystko", the dialect "bez to wszystko": because of it all) or right before "się" ("to wszystko się
    sypie"), or, round twenty-two, is the subject of a verb after it (`_subject_of`: "to wszystko tak szybko leci"): a
    part of the sentence, not "that is all". "Dziękuję, to wszystko", "to wszystko, do widzenia" are still the
    goodbye."""
    found = _spans_of(spans, goodbye)
    if not found or not all(fold(words[start]) in OBJECT_LEADS for start, _, _ in found):
        return False

    def inside(start: int, end: int) -> bool:
        after_preposition = start > 0 and any(r.pos == "prep" for r in readings(words[start - 1]))
        # session twenty-one: right after an adjective, it is what the adjective is said of ("straszne to wszystko
        # teraz na tym świecie"); "dobra, to wszystko" is still the goodbye ("dobra" is also a noun's form)
        after_adjective = start > 0 and bool(found_readings := readings(words[start - 1])) and all(
            r.pos == "adj" for r in found_readings)
        return (after_preposition or after_adjective or (end < len(words) and fold(words[end]) == "sie")
                or _subject_of(words, end))
    return all(inside(start, end) for start, end, _ in found)


SUBJECT_REACH = 3  # adverbs between "to wszystko" and its verb ("to wszystko tak szybko leci")
SUBJECT_SKIP = frozenset("za az juz mi mu jej nam sie".split())  # "to wszystko za szybko idzie", "mi się miesza"


def _subject_of(words: Sequence[str], end: int) -> bool:
    """Round twenty-two: right after the phrase, only adverbs ("tak", "szybko"), "za", "już" or a little pronoun
    ("mi", "się") between, a verb in the present tense, third person ("to wszystko tak szybko leci", "to wszystko
    kosztuje"): the phrase is its subject, not "that is all". "To wszystko, dziękuję" (the first person), "to
    wszystko, niech pani zapisze" (a particle first) are not."""
    for at in range(end, min(len(words), end + SUBJECT_REACH + 1)):
        if len(words[at]) > 30 or not words[at].isalpha():
            return False
        tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(words[at])]
        if any(tag.startswith(("fin:sg:ter", "fin:pl:ter")) for tag in tags):
            return True
        if fold(words[at]) not in SUBJECT_SKIP and not any(tag.startswith("adv") for tag in tags):
            return False
    return False


# Round twelve: "to nie o węgiel, tylko o zasiłek": a matter denied, the one after "tylko" asked.
DENIED_ABOUT = frozenset({"nie", "ani"})
ABOUT = frozenset({"o", "od"})
INSTEAD = frozenset({"tylko", "lecz", "ale", "a"})
DENIED_FOR = frozenset({"na"})  # session twenty-three: "ani nie na opał", a matter denied as what money is for
OWN_ABOUT_REACH = 2  # words from "ja" to its "o" after a denial ("ja pytam o", "ja o")


def denied_for_another(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard follows right after "nie o" or "ani o" (at most one word between: "nie o
    ten węgiel"), and after the last of them "tylko o" (or "lecz o", "ale o", "a o") asks for something else:
    "ja to nie o dzieci ani nie o węgiel, tylko o zasiłek". A plain "nie, o węgiel chodzi" (no "tylko o"
    after it) is unchanged: without commas it may be an answer, then the matter. Round fifteen: or the matter
    asked comes first, after an "o" of its own ("ja o zasiłek pytam, nie o węgiel"). Session twenty-three: "nie na" denies
    too ("ani nie na opał"), and "ja" with its own "o" after the denials asks ("ja o ten zasiłek", "ja pytam o")."""
    found = _spans_of(spans, choice)
    said = [fold(w) for w in words]
    if not found:
        return False

    def denied(start: int) -> bool:
        for about in (start - 1, start - 2):
            if about >= 1 and said[about] in ABOUT | DENIED_FOR and said[about - 1] in DENIED_ABOUT:
                return True
        return False
    if not all(denied(start) for start, _, _ in found):
        return False
    last = max(end for _, end, _ in found)
    if any(said[i] in INSTEAD and said[i + 1] in ABOUT for i in range(last, len(said) - 1)):
        return True
    if any(said[i] == "ja" and ABOUT & set(said[i + 1:i + 1 + OWN_ABOUT_REACH]) for i in range(last, len(said) - 1)):
        return True  # session twenty-three: "nie o dzieci i nie o opał, ja o ten zasiłek stały", "ja pytam o zasiłek"
    # Round fifteen: the matter asked said first ("ja o zasiłek stały pytam, nie o dzieci i nie o węgiel"): an
    # "o" before the first denial that is no denial itself.
    first = min(start for start, _, _ in found)
    return any(said[i] in ABOUT and (i == 0 or said[i - 1] not in DENIED_ABOUT) and i + 1 < first - 1
               for i in range(first - 2))


# Round twelve: "ja tylko tak sprawdzałam": "tak" said of how something is done, no "yes".
JUST = frozenset({"tylko", "ino", "jakos"})  # "tylko tak", "jakoś tak": "just so"
VERB_POS = frozenset({"fin", "praet", "inf"})


# Session twenty-six: verbs after "tak" that keep it a yes ("tak, zgadza się, że …", "ja tak myślę, że to ten numer")
SO_THAT_NOT = frozenset({"prosić", "zgadzać", "być", "myśleć", "sądzić", "uważać", "mówić", "powiedzieć", "wiedzieć"})


def yes_as_adverb(words: Sequence[str], spans: Sequence[Span], confirm: str) -> bool:
    """Every confirmation heard is a lone "tak" right after "tylko" (or "ino", "jakoś") and right before a verb:
    "ja tylko tak sprawdzałam" is "just so", not "yes"; or (session twenty-six) "tak" with "że" one or two words after
    it ("pies tak szczeka, że nic nie słyszę": "so much that"). "Tak, proszę dzwonić", "no tak, zgadza się", "ja tak
    myślę, że to ten numer" (I think so), "tylko tak, proszę" and "tak, zgadza się, że to mój" are unchanged."""
    found = _spans_of(spans, confirm)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def so_that(start: int) -> bool:
        between = folded[start + 1:start + 3]
        return "ze" in between[1:] + between[:1] and between[0] != "ze" and not any(
            r.lemma in SO_THAT_NOT for r in readings(words[start + 1])) and folded[start + 1] != "to"

    def adverb(start: int, end: int) -> bool:
        if end - start != 1 or fold(words[start]) != "tak" or end >= len(words):
            return False
        if so_that(start):
            return True
        if start == 0 or fold(words[start - 1]) not in JUST:
            return False
        after = [r for r in readings(words[end]) if r.pos != "aglt"]
        return bool(after) and all(r.pos in VERB_POS for r in after) and not any(
            r.lemma in ("prosić", "zgadzać") for r in after)
    return all(adverb(start, end) for start, end, _ in found)


# Round twelve: "czy można te godziny dostać na telefon": to be sent the hours or the address, by SMS.
RECEIVING = frozenset({"dostac", "otrzymac"})
ON_PHONE = (("na", "telefon"), ("na", "komorke"), ("na", "komorka"), ("na", "telefon", "komorkowy"))
RECEIVING_REACH = 3  # words from the infinitive to "na telefon" ("dostać te godziny na telefon")


def asked_to_receive_on_phone(words: Sequence[str]) -> bool:
    """An infinitive of receiving ("dostać", "otrzymać") with "na telefon" or "na komórkę" at most two words after
    it: "czy można te godziny dostać na telefon", "chciałabym dostać adres na komórkę" ask to be sent them.
    "Dostałam na telefon wiadomość z banku" (the past tense) tells of a message received."""
    said = [fold(w) for w in words]

    def receiving(at: int) -> bool:
        return any(r.pos == "inf" and fold(r.lemma.split(":")[0]) in RECEIVING for r in readings(words[at]))
    for at, word in enumerate(said):
        if word not in ("dostac", "otrzymac") or not receiving(at):
            continue
        for start in range(at + 1, min(len(said), at + 1 + RECEIVING_REACH)):
            if any(tuple(said[start:start + len(phrase)]) == phrase for phrase in ON_PHONE):
                return True
    return False


# Round thirteen: "ja nie w sprawie przemocy, tylko o osiemset plus": danger named only to say the call is not about it.
DENIED_MATTER = (("nie", "o"), ("ani", "o"), ("nie", "w", "sprawie"), ("ani", "w", "sprawie"),
                 ("nie", "ze"))  # round twenty-three: "to nie że zamarzam, tylko chciałam o dodatek na węgiel"
DENIED_GAP = 1  # words that may stand between the denial and the danger word ("nie o żadną przemoc")
# Round sixteen: "to pilne, ale nie tak, żeby karetka": an emergency service named only to say it is not needed.
DENIED_NEED = (("nie", "tak", "zeby"), ("nie", "zeby"), ("nie", "az", "tak", "zeby"))
SERVICES = frozenset({"karetka", "pogotowie", "policja", "straz"})


def danger_denied(words: Sequence[str], spans: Sequence[Span], danger: str, topics: Sequence[str],
                  person: str = "person") -> bool:
    """Every danger phrase heard follows right after "nie o", "ani o", "nie w sprawie" or "ani w sprawie" (one
    word may stand between), and a topic of the line is heard after the last of them: "ja nie w sprawie
    przemocy, nic z tych rzeczy, ja o osiemset plus" asks for the child benefit. "Nie w sprawie przemocy"
    alone, with no matter after it, is unchanged, and so is "to nie o zasiłek, mąż mnie bije" (the danger
    phrase itself is not denied). Round sixteen: an emergency service after "nie tak, żeby", "nie żeby" ("pilne,
    ale nie tak, żeby karetka, chcę porozmawiać z pracownikiem") is denied too, and a person asked for after
    it is a matter; other danger words after them ("nie żeby bił") are not."""
    found = _spans_of(spans, danger)
    said = [fold(w) for w in words]
    if not found:
        return False

    needless: list[int] = []  # services said not to be needed: a person asked for after them is a matter too

    def denied(start: int) -> bool:
        for phrase in DENIED_MATTER:
            for gap in range(DENIED_GAP + 1):
                at = start - gap - len(phrase)
                if at >= 0 and tuple(said[at:at + len(phrase)]) == phrase:
                    return True
        for phrase in DENIED_NEED if SERVICES & {fold(lemma) for lemma in lemmas(words[start])} else ():
            for gap in range(DENIED_GAP + 1):
                at = start - gap - len(phrase)
                if at >= 0 and tuple(said[at:at + len(phrase)]) == phrase:
                    needless.append(start)
                    return True
        return False
    if not all(denied(start) for start, _, _ in found):
        return False
    last = max(end for _, end, _ in found)
    matters = set(topics) | ({person} if len(needless) == len(found) else set())
    return any(c in matters and start >= last for c, start, _, _ in spans)


# Round thirteen: "zabiję tego kota, jak wlezie do kurnika": an animal threatened, no one in danger.
ANIMALS = frozenset({"kot", "pies", "lis", "kuna", "szczur", "mysz", "kret", "kura", "kogut", "kaczka", "ges",
                     "swinia", "prosie", "krolik", "mucha", "komar", "karaluch", "osa", "szerszen", "golab",
                     "sroka", "wrona", "dzik", "krowa", "kon", "byk", "koza", "kozel", "baran", "owca", "indyk"})
CLAUSE_LINKS = frozenset({"a", "ale", "i", "bo", "ze", "lecz", "albo", "oraz", "jak", "gdy", "kiedy"})
ANIMAL_BEFORE_REACH = 4  # words from an animal to the verb it does ("ta krowa to mnie kiedyś zabije")


FREEZING = frozenset({"zamarznac", "zamarzac"})  # folded lemmas
# Plumbing, panes and things outside; not water as such, nor heating ("woda w wiadrze zamarzła, a ja w tym pokoju śpię":
# a room below freezing, someone in it).
FROZEN_THINGS = frozenset({"rura", "szyba", "okno", "kran", "studnia", "samochod", "auto", "staw", "jezioro", "rzeka",
                           "droga", "ziemia", "pranie", "hydrofor", "pompa", "wodociag", "licznik", "zamek",
                           "kanalizacja", "szambo"})
FROZEN_REACH = 4  # words before or after the verb where the thing frozen stands ("rury mi w nocy zamarzły")


def _only_a_thing(words: Sequence[str], spans: Sequence[Span], danger: str, verbs: frozenset[str],
                  things: frozenset[str], against: Callable[[str], bool]) -> bool:
    """Every danger phrase heard is one word, one of the verbs, with one of the things within FROZEN_REACH words either
    side and no word near it that `against` holds (a person, "się"): a thing's trouble or a chore, not a person's."""
    found = _spans_of(spans, danger)
    if not found:
        return False

    def thing(start: int, end: int) -> bool:
        if end - start != 1 or not verbs & _lemmas_of(words[start]):
            return False
        near = words[max(0, start - FROZEN_REACH):start] + words[end:end + FROZEN_REACH]
        return any(things & _lemmas_of(word) for word in near) and not any(against(word) for word in near)
    return all(thing(start, end) for start, end, _ in found)


def thing_froze(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round seventy-four: every danger phrase heard is one verb of freezing with a thing as what froze, a noun of
    pipes, panes, a well, a car and the like within FROZEN_REACH words ("rury mi w nocy zamarzły", "aż szyby zamarzły
    od środka"), no person near: a frozen house's trouble, not a person freezing. "Sąsiad zamarzł", "dziecko zamarza
    w zimnym domu" and "woda w wiadrze zamarzła, a babcia w tym pokoju śpi" are still danger."""
    return _only_a_thing(words, spans, danger, FREEZING, FROZEN_THINGS, _person_noun)


HANGING = frozenset({"powiesic", "wieszac", "zawiesic"})  # folded lemmas
THINGS_HUNG = frozenset({"pranie", "bielizna", "firanka", "zaslona", "obraz", "kurtka", "plaszcz", "ubranie", "ogloszenie",
                         "lampka", "kalendarz", "zegar", "polka", "szafka", "karmnik", "wianek", "swiatelko", "koszula",
                         "recznik", "obrazek", "krzyz", "choinka"})


def thing_hung(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round seventy-nine: every danger phrase heard is one verb of hanging with a thing to hang within FROZEN_REACH
    words and no "się" beside it ("taki wiatr, że aż prania nie mogę powiesić", "firanki trzeba powiesić"): a chore,
    not a hanging. "Chcę się powiesić", "powieszę się w stodole" (with "się") are still danger."""
    return _only_a_thing(words, spans, danger, HANGING, THINGS_HUNG, lambda word: fold(word) == "sie")


BETTER_WAY = ("tak", "bedzie", "lepiej")
CHOICE_WORDS = frozenset({"wiadomosc", "nagrac", "zostawic", "oddzwonic", "zadzwonic", "esemes", "sms", "wyslac",
                          "napisac", "nagranie"})  # folded lemmas


def choice_better(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round seventy-eight: every danger phrase heard is "tak będzie lepiej" said right after a choice of the line's
    (a message, a call-back, an SMS within three words before it: "ja jednak zostawię wiadomość, tak będzie lepiej"):
    the better way to be reached, not a farewell. "Zostawiła kartkę, że przeprasza i że tak będzie lepiej" and
    "wszystko porozdawałam i tak będzie lepiej" are still danger."""
    found = _spans_of(spans, danger)
    folded = [fold(word) for word in words]
    return bool(found) and all(
        tuple(folded[start:end]) == BETTER_WAY and any(CHOICE_WORDS & _lemmas_of(word) for word in words[max(0, start - 3):start])
        for start, end, _ in found)


def _person_noun(word: str) -> bool:
    """A noun of a person near the verb: someone may be freezing after all."""
    return bool(FAMILY_AND_PEOPLE & _lemmas_of(word))


RELATIVES = frozenset({"mama", "matka", "tata", "ojciec", "corka", "syn", "maz", "zona", "babcia", "dziadek", "brat",
                       "siostra", "wnuk", "wnuczka", "sasiad", "sasiadka", "ciocia", "wujek"})  # folded lemmas
FAMILY_AND_PEOPLE = RELATIVES | {"dziecko", "czlowiek", "pani", "pan", "ona", "on", "staruszek", "staruszka", "chlop",
                                 "baba"}


def animal_killed(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is a single verb of killing with an animal right after it as its object (a
    demonstrative may stand between): "zabiję tego kota sąsiada" threatens a cat. "Zabije mnie jak psa" (a
    person, "jak" before the animal), "zabiję się" and "zabije sąsiada" are still danger. Round fifteen: or an
    animal before it as its subject, in the nominative, with no one else between ("ta krowa to mnie kiedyś
    zabije, jak tak kopie"): a farm's grumble, not a threat ("krowa ryczy, a mąż mnie zabije" is still danger)."""
    found = _spans_of(spans, danger)
    if not found:
        return False

    def animal_subject(start: int) -> bool:
        for at in range(start - 1, max(-1, start - 1 - ANIMAL_BEFORE_REACH), -1):
            found_here = readings(words[at])
            if any(r.pos == "subst" and fold(r.lemma.split(":")[0]) in ANIMALS and "nom" in r.cases
                   for r in found_here):
                return True
            if _nominative(words[at]) or fold(words[at]) in CLAUSE_LINKS:
                return False  # someone else, or another clause, between
        return False

    def animal(start: int, end: int) -> bool:
        if end - start != 1 or not any(r.pos in VERB_POS and fold(r.lemma.split(":")[0]) in KILLING
                                       for r in readings(words[start])):
            return False
        if animal_subject(start):
            return True
        at = end
        while at < len(words) and fold(words[at]) in DEMONSTRATIVES - {"sie"}:
            at += 1
        return at < len(words) and any(r.pos == "subst" and fold(r.lemma.split(":")[0]) in ANIMALS
                                       and r.cases & {"acc", "gen"} for r in readings(words[at]))
    return all(animal(start, end) for start, end, _ in found)


# Round fourteen: "zięć przyjechał pijany, zabrał wnuki do auta i pojechał": drunk, then a vehicle, in one telling.
DRUNK = frozenset({"pijany", "nietrzezwy"})  # lemmas of being drunk now ("pijany", "po pijanemu"), not of drinking
VEHICLES = frozenset({"auto", "samochod", "kierownica", "ciagnik", "traktor", "motor", "motocykl", "skuter", "bus"})
DRIVE_REACH = 8  # words from the drunk word to the vehicle ("pijany w trzy dupy zabrał wnuki do auta")
DRUNK_STARTS = ("pijan", "nietrzezw")  # folded beginnings of the drunk words: the reading is asked only beside them


def may_be_drunk(folded: Iterable[str]) -> bool:
    """A folded word begins like a word of being drunk ("pijany", "po pijanemu"): drunk_at_the_wheel may apply."""
    return any(word.startswith(DRUNK_STARTS) for word in folded)


def drunk_at_the_wheel(words: Sequence[str], spans: Sequence[Span], addiction: str) -> bool:
    """A word of drinking heard is "pijany" (or "nietrzeźwy", "po pijanemu"), and a vehicle or the wheel follows
    within DRIVE_REACH words, with no "nie" between: someone drunk is driving ("przyjechał pijany, zabrał dzieci do
    auta", "po pijanemu wsiadł do samochodu"). "Pije, ale do auta nie wsiada", "był pijany, więc wróciłam autobusem"
    are not."""
    for start, end, _ in _spans_of(spans, addiction):
        if not any(DRUNK & lemmas(word) for word in words[start:end]):
            continue
        for at in range(end, min(len(words), end + DRIVE_REACH)):
            if fold(words[at]) in {"nie", "nigdy"}:
                break
            if VEHICLES & lemmas(words[at]):
                return True
    return False


# Round fifteen: "ja się z dziećmi w łazience zamykam, jak on pije": the caller hiding in the house now.
HIDING = frozenset({"zamykac", "chowac", "ukrywac"})  # with "się": locking oneself in, hiding
SITTING = frozenset({"siedziec"})  # sitting where no one sits but to hide
ROOMS = frozenset({"lazienka", "pokoj", "sypialnia", "kuchnia", "strych", "szafa", "piwnica", "stodola", "spizarnia",
                   "komorka", "ubikacja", "kibel", "chlew", "obora", "szopa"})
HIDING_PLACES = frozenset({"strych", "szafa", "lazienka", "ubikacja", "kibel"})
HIDING_REACH = 3  # words from the verb to the place, either side ("się z dziećmi w łazience zamykam")
SIE_REACH = 5  # words from "się" before the verb ("ja się z wnukiem w łazience zamykam"); after it, right after
HIDING_STARTS = ("zamyk", "chowa", "ukryw", "siedz")  # folded beginnings of the verbs and of the places: the reading
ROOM_STARTS = ("lazien", "pokoj", "sypialn", "kuchni", "strych", "szaf", "piwnic", "stodol", "spizarn", "komor",
               "ubikac", "kibl", "kibel", "chlew", "obor", "szop")  # is asked only beside both
FIRST_PERSON_ENDS = ("m", "my", "e")  # folded endings of the first person present ("zamykam", "siedzimy", "siedze")


def may_be_hiding(folded: Iterable[str]) -> bool:
    """A folded word begins like a verb of hiding or sitting and ends like its first person present ("zamykam",
    "chowamy", "siedze"), another begins like a room: hiding_now may apply."""
    folded = tuple(folded)
    return any(word.startswith(HIDING_STARTS) and word.endswith(FIRST_PERSON_ENDS) for word in folded) \
        and any(word.startswith(ROOM_STARTS) for word in folded)


@lru_cache(maxsize=4096)
def _first_person_present(word: str, verbs: frozenset[str]) -> bool:
    """The dictionary reads the word as one of the verbs in the present tense, first person ("zamykam",
    "chowamy", "siedzę"): the caller, now."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in verbs and tag.startswith(("fin:sg:pri", "fin:pl:pri"))
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def _place(word: str, places: frozenset[str]) -> bool:
    return any(r.pos == "subst" and "loc" in r.cases and fold(r.lemma) in places for r in readings(word))


def hiding_now(words: Sequence[str]) -> bool:
    """The caller locks themselves in or hides ("zamykam się", "chowamy się", "ukrywam się") in a room of the house,
    or sits in the attic, a wardrobe or the bathroom ("z dziećmi na strychu siedzę"), now (present tense, first
    person), the place within HIDING_REACH words, no "nie" right before the verb: someone is hiding from danger.
    "Zamykam się w sobie" (no room), "syn siedzi na strychu" (not the caller), "zamykam sklep", "siedzę w kuchni",
    "siedziałam na strychu" (over) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if at and folded[at - 1] == "nie":
            continue
        near = range(max(0, at - HIDING_REACH), min(len(words), at + HIDING_REACH + 1))
        if _first_person_present(word, HIDING):
            reflexive = folded[max(0, at - SIE_REACH):at + 2]
            if "sie" in reflexive and any(_place(words[i], ROOMS) for i in near if i != at):
                return True
        elif _first_person_present(word, SITTING):
            if any(_place(words[i], HIDING_PLACES) for i in near if i != at):
                return True
    return False


# Round fifteen: "nie wstaje z łóżka i leży w tym wszystkim brudna": someone left lying in dirt.
LYING_REACH = 5  # words from "leży" to the dirt ("leży w tym wszystkim brudna")
DIRTY = frozenset({"brudny", "mokry", "zasikac", "obsikac", "zafajdac", "zabrudzic", "usmarowac", "umorusac"})
DIRT = frozenset({"brud", "odchody", "odchod", "mocz", "kal", "siki", "kupa"})
DIRT_STARTS = ("brud", "mokr", "zasik", "obsik", "zafajd", "zabrud", "usmar", "umorus", "odchod", "mocz", "kal", "sik", "kup")


def may_be_lying_in_dirt(folded: Iterable[str]) -> bool:
    """A word "leży" and a word beginning like dirt: lying_in_dirt may apply."""
    folded = tuple(folded)
    return "lezy" in folded and any(word.startswith(DIRT_STARTS) for word in folded)


@lru_cache(maxsize=4096)
def _someone_dirty(word: str) -> bool:
    """A person said to be dirty ("brudna", "zasikany": singular, a woman's or a man's form) or dirt in the
    locative ("w brudzie", "w moczu", "w odchodach")."""
    if len(word) > 30 or not word.isalpha():
        return False
    for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word):
        parts, lemma = tag.split(":"), fold(lemma.split(":")[0])
        if parts[0] in {"adj", "ppas"} and lemma in DIRTY and parts[1] == "sg" and "nom" in parts[2].split(".") \
                and {"f", "m1"} & set(parts[3].split(".")):
            return True
        if parts[0] == "subst" and lemma in DIRT and "loc" in parts[2].split("."):
            return True
    return False


def lying_in_dirt(words: Sequence[str]) -> bool:
    """Someone lies ("leży", no "nie" before it) and within LYING_REACH words after it is said to be dirty or lies
    in dirt ("leży w tym wszystkim brudna", "leży cały dzień zasikany"): a person neglected. "Pranie leży brudne"
    (a thing), "nie leży brudna", "brudna pościel leży" (before) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word != "lezy" or (at and folded[at - 1] == "nie"):
            continue
        if any(_someone_dirty(later) for later in words[at + 1:at + 1 + LYING_REACH]):
            return True
    return False


# Round fifteen: "ja już nie daję rady z tym wszystkim i chyba dzisiaj to zakończę": ending it, said by one who
# cannot go on.
ENDING = frozenset({"zakonczyc", "skonczyc"})
ENDED = frozenset({"to", "wszystko"})  # what is ended, right before or after the verb: no thing named
NOT_COPING = frozenset({"rady", "sily", "wytrzymam", "wytrzymuje", "dosc"})  # after "nie" or "mam" ("mam dość")
COPING_REACH = 3  # words from "nie" to "rady" ("nie daję już rady")


def may_be_ending(folded: Iterable[str]) -> bool:
    """A word of not coping and a word beginning like "zakończyć"/"skończyć": ending_it may apply."""
    folded = tuple(folded)
    return bool(NOT_COPING & set(folded)) and any(word.startswith(("zakoncz", "skoncz")) for word in folded)


@lru_cache(maxsize=4096)
def _i_will_end(word: str) -> bool:
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in ENDING and tag.startswith("fin:sg:pri:perf")
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def ending_it(words: Sequence[str]) -> bool:
    """The caller says they will end "it" ("to zakończę", "skończę to wszystko": the first person future, "to" or
    "wszystko" beside it, no noun after it) and, in the same answer, that they cannot go on ("nie daję rady",
    "nie mam siły", "nie wytrzymam", "mam dość"): a plan to end one's life. "To zakończę rozmowę", "skończę ten
    wniosek jutro", "to ja już zakończę, dziękuję" (no one who cannot go on) are not."""
    folded = [fold(word) for word in words]
    coping = any(word in NOT_COPING and ({"nie", "mam"} & set(folded[max(0, at - COPING_REACH):at]))
                 for at, word in enumerate(folded))
    if not coping:
        return False
    for at, word in enumerate(words):
        if not _i_will_end(word) or (at and folded[at - 1] == "nie"):
            continue
        before, after = folded[at - 1] if at else "", folded[at + 1] if at + 1 < len(words) else ""
        if not (before in ENDED or after in ENDED):
            continue
        rest = at + 1
        while rest < len(words) and folded[rest] in ENDED:
            rest += 1
        if rest < len(words) and any(r.pos == "subst" for r in readings(words[rest])) \
                and not any(r.pos not in {"subst", "adj"} for r in readings(words[rest])):
            continue  # a thing ended: "to zakończę rozmowę"
        return True
    return False


# Round fifteen: "ja bym się najchętniej powiesił, jak widzę tę naszą drogę": a wish said of what one sees, a
# figure of speech.
CONDITIONAL = frozenset({"by", "bym", "bys", "bysmy", "byscie"})
CONDITIONAL_SAID = CONDITIONAL | {"byś", "byśmy", "byście"}  # as said, before folding: asked only beside them
SEEING = frozenset({"widziec", "zobaczyc", "patrzec", "popatrzec", "spojrzec", "sluchac", "slyszec", "uslyszec"})
WHEN_SEEING = frozenset({"jak", "kiedy", "gdy"})
CONDITIONAL_REACH = 3  # words from "bym" to the danger word ("bym się najchętniej powiesił")
SEEING_REACH = 2  # words from the danger word to "jak" ("powiesił normalnie, jak widzę")


def wish_at_a_sight(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is said in the conditional ("bym się powiesił", "człowiek by się zabił": "by"
    within CONDITIONAL_REACH words before it) and followed by when the caller sees or hears something ("jak
    widzę tę drogę", "kiedy patrzę na te rachunki"), no "że" after the seeing: a figure of speech. "Bym się
    powiesiła, bo nie mam po co żyć", "bym się zabiła, jak widzę, że on znowu pije" (a situation) are danger."""
    found = _spans_of(spans, danger)
    if not found or not CONDITIONAL_SAID & set(words):
        return False
    folded = [fold(word) for word in words]

    def at_a_sight(start: int, end: int) -> bool:
        if not CONDITIONAL & set(folded[max(0, start - CONDITIONAL_REACH):start]):
            return False
        for at in range(end, min(len(words) - 1, end + SEEING_REACH + 1)):
            if folded[at] in WHEN_SEEING and SEEING & {fold(lemma) for lemma in lemmas(words[at + 1])}:
                return at + 2 >= len(words) or folded[at + 2] != "ze"
        return False
    return all(at_a_sight(start, end) for start, end, _ in found)


# Round sixteen: "od wczoraj", "od rana", "od godziny": a time since that is hours or days, not months; what has
# lasted since then is happening now ("leży od godziny i nie wstaje", "dzieci od wczoraj same siedzą").
RECENT = frozenset({"wczoraj", "rana", "nocy", "poludnia", "wieczora", "godziny", "godzin", "dni", "dnia"})
SINCE_REACH = 4  # words from "od" to its time ("od kilku dobrych godzin")
GETTING_UP = frozenset({"wstawac", "wstac", "podnosic", "podniesc"})
DOWN_REACH = 6  # words between the time since and "nie wstaje" ("od godziny leży przy kurniku i nie wstaje")
CHILDREN = frozenset({"dziecko", "dzieciak", "maluch", "wnuk", "wnuczek", "wnuczka", "szkrab", "brzdac", "bajtel"})
ALONE = frozenset({"same", "sami", "samo", "sam", "sama"})
STAYING = frozenset({"siedziec", "zostac", "zostawac", "byc", "plakac", "czekac"})
ALONE_REACH = 5  # words from the children to "same" ("dzieci u sąsiadów od wczoraj same siedzą")


def may_be_since_recent(folded: Iterable[str]) -> bool:
    """"od" and a time of hours or days: down_since or children_alone may apply."""
    folded = tuple(folded)
    return "od" in folded and bool(RECENT & set(folded)) \
        and any(word.startswith(("wstaj", "wstal", "wsta", "podnosi")) or word in ALONE | NOBODY | {"bez"}
                for word in folded)  # round seventeen: "nikogo nie ma", "bez opieki" too


def _since_recent(folded: Sequence[str]) -> list[int]:
    """Where "od" opens a time of hours or days ("od wczoraj", "od kilku godzin"): the index of "od"."""
    return [at for at, word in enumerate(folded)
            if word == "od" and RECENT & set(folded[at + 1:at + 1 + SINCE_REACH])
            and not {"roku", "lat", "miesiaca", "miesiecy", "tygodnia", "tygodni"} & set(folded[at + 1:at + 3])]


@lru_cache(maxsize=65536)  # a word's lemmas are asked for by many readings of each answer
def _lemmas_of(word: str) -> frozenset[str]:
    return frozenset(fold(lemma) for lemma in lemmas(word))


def down_since(words: Sequence[str]) -> bool:
    """Someone does not get up ("nie wstaje", "nie wstała", "się nie podnosi") and a time of hours or days since
    ("od godziny", "od rana", "od wczoraj") stands within DOWN_REACH words before or after: someone fallen and
    lying now ("mama leży na podwórku od godziny i nie wstaje"). "Od roku nie wstaje z łóżka" (bedridden: care),
    "wstaje od rana do pracy" (no "nie") are not."""
    folded = [fold(word) for word in words]
    since = _since_recent(folded)
    if not since:
        return False
    for at, word in enumerate(words):
        if not (GETTING_UP & _lemmas_of(word)):
            continue
        if "nie" not in folded[max(0, at - 2):at]:
            continue
        if any(at - DOWN_REACH - SINCE_REACH <= start <= at + DOWN_REACH for start in since):
            return True
    return False


def children_alone(words: Sequence[str]) -> bool:
    """Children ("dzieci", "wnuki", "maluchy") and, within ALONE_REACH words after them, "same" beside a verb of
    staying ("siedzą", "zostały", "są", "płaczą") with no "nie" before either, and a time of hours or days since
    ("od wczoraj same siedzą"): children left alone now. "Dzieci same chodzą do szkoły" (no staying), "dzieci
    same siedzą przy lekcjach" (no time since), "od wczoraj nie siedzą same" are not. Round seventeen: or nobody
    there after the verb of staying instead of "same" ("dziecko płacze od rana, a tam nikogo nie ma dorosłego",
    "wnuki od wczoraj siedzą bez opieki"); "dzieci są od rana w szkole, a w domu nikogo nie ma" (no staying) and
    "dziecko od roku płacze, a nikogo nie ma do pomocy" (no time of hours or days) are not."""
    folded = [fold(word) for word in words]
    since = _since_recent(folded)
    if not since:
        return False
    for at, word in enumerate(words):
        if not (CHILDREN & _lemmas_of(word)):
            continue
        for alone in range(at + 1, min(len(words), at + 1 + ALONE_REACH)):
            if folded[alone] not in ALONE:
                continue
            verbs = [i for i in (alone - 1, alone + 1) if 0 <= i < len(words) and STAYING & _lemmas_of(words[i])]
            if not verbs or "nie" in folded[max(0, min(verbs + [alone]) - 1):alone]:
                continue
            if any(at <= start <= alone + 3 for start in since):
                return True
        if _left_without_anyone(words, folded, at, since):  # round seventeen: "płacze od rana, nikogo nie ma"
            return True
    return False


# Round seventeen: "u sąsiadów dziecko płacze od rana, a tam nikogo nie ma dorosłego": children with no grown-up
# there are as alone as "same" (children_alone).
LEFT_STAYING = STAYING - {"byc"}  # "dziecko płacze/siedzi/zostało/czeka"; not "są" ("dzieci są w szkole")
ABSENT_REACH = 8  # words from the verb to the nobody ("płacze od rana, a tam nikogo nie ma")
UNCARED = (("bez", "opieki"), ("bez", "doroslych"), ("bez", "doroslego"), ("bez", "rodzicow"), ("bez", "nikogo"))


def _nobody_there(folded: Sequence[str], start: int, end: int) -> bool:
    """Between start and end: "nikogo (dorosłego) nie ma", "nie ma nikogo", "nikt (ich) nie pilnuje" ("nie" within
    two words of "nikt"/"nikogo") or "bez opieki", "bez dorosłych"."""
    for at in range(max(0, start), min(len(folded), end)):
        if folded[at] in NOBODY and "nie" in folded[max(0, at - 2):at + 3]:
            return True
        if tuple(folded[at:at + 2]) in UNCARED:
            return True
    return False


def _left_without_anyone(words: Sequence[str], folded: Sequence[str], at: int, since: Sequence[int]) -> bool:
    """The child at `at`, a verb of staying within ALONE_REACH words after it (no "nie" right before it), and
    within ABSENT_REACH words after the verb nobody there; a time since of hours or days between the child and
    the nobody."""
    for verb in range(at + 1, min(len(words), at + 1 + ALONE_REACH)):
        if not LEFT_STAYING & _lemmas_of(words[verb]) or folded[verb - 1] == "nie":
            continue
        end = verb + 1 + ABSENT_REACH
        if _nobody_there(folded, verb + 1, end) and any(at - SINCE_REACH <= start < end for start in since):
            return True
    return False


# Round seventeen: "córka dzwoniła i szeptała tylko 'mamo, on znowu' i się rozłączyła": a call for help whispered
# and cut off.
WHISPERING = frozenset({"szeptac", "szepnac", "szept", "belkotac"})  # round 23: slurring ("bełkotała") too
UNCLEAR = frozenset({"niewyraznie", "belkotliwie"})  # round 23: "mówiła niewyraźnie", beside a verb said of another
CUT_OFF = frozenset({"rozlaczyc", "przerwac", "urwac"})
THIRD_PAST_ENDS = ("l", "la", "lo", "li", "ly")  # folded endings of the past tense said of another ("rozłączyła")


def may_be_cut_off(folded: Iterable[str]) -> bool:
    """A word beginning like whispering and one like a call cut off: whispered_and_cut_off may apply."""
    folded = tuple(folded)
    return any(word.startswith(("szept", "szepn", "szepc", "belkot", "niewyrazn")) for word in folded) \
        and any(word.startswith(("rozlacz", "przerw", "urwa")) for word in folded)


def whispered_and_cut_off(words: Sequence[str]) -> bool:
    """Someone whispered ("szeptała", "szepnął", "szeptem") and then the call was cut off, said of another in the
    past tense ("się rozłączyła", "przerwało", "urwało się"), no "nie" right before either: a relative who could
    only whisper a call for help. Round twenty-three: or spoke slurred ("bełkotała", "mówiła niewyraźnie", a verb
    said of another beside it), the signs of a stroke. "Mama szeptała, bo ma chore gardło" (nothing cut off), "pani
    się rozłączyła" (no whisper), "szepczę, bo dziecko śpi, a mnie rozłączyło" (the caller's own) are not."""
    folded = [fold(word) for word in words]
    whispered = [at for at, word in enumerate(words) if WHISPERING & _lemmas_of(word)
                 and (folded[at].endswith(THIRD_PAST_ENDS) or folded[at] == "szeptem")
                 and not (at and folded[at - 1] == "nie")]
    whispered += [at for at, word in enumerate(folded) if word in UNCLEAR and any(  # round 23: "mówiła niewyraźnie"
        folded[near].endswith(THIRD_PAST_ENDS) and folded[near] != "nie" for near in (at - 2, at - 1, at + 1)
        if 0 <= near < len(folded))]  # "mówiła bardzo niewyraźnie"
    if not whispered:
        return False
    return any(CUT_OFF & _lemmas_of(word) and folded[at].endswith(THIRD_PAST_ENDS) and folded[at - 1] != "nie"
               for at, word in enumerate(words) if at > min(whispered))


# Round seventeen: "on się zabije z tym motorem, jak tak jeździ": a reckless ride, a figure of speech.
RIDDEN = VEHICLES | {"rower", "quad", "motorower", "crossa", "cross"}
RIDE_REACH = 3  # words from the verb to the vehicle ("zabije się z tym swoim motorem")


def reckless_ride(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is a verb of killing with "się" (no "mnie", "ją" ...: no one else) and within
    RIDE_REACH words after it a vehicle after "z" or "na" ("się zabije z tym motorem", "zabije się na tym
    quadzie"): how someone rides, no plan to die. "Syn mówi, że się zabije" (no vehicle), "zabije się, wjedzie
    autem w drzewo" (no "z"/"na": a way to do it), "mąż mnie zabije z tym motorem" (someone else) stay danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def ride(start: int, end: int) -> bool:
        verbs = [at for at in range(start, end) if KILLING & _lemmas_of(words[at])]
        if not verbs or "sie" not in folded[max(0, start - 2):end + 1]:  # "się kiedyś zabije", "zabije się"
            return False
        for at in range(end, min(len(words), end + RIDE_REACH + 1)):
            if RIDDEN & _lemmas_of(words[at]):
                return any(folded[lead] in {"z", "ze", "na"} for lead in range(end, at))
            if folded[at] in {"mnie", "ja", "go", "nas", "ich", "cie"}:
                return False
        return False
    return all(ride(start, end) for start, end, _ in found)


# Round seventeen: "a gdzie to jest ten ośrodek, bo godziny to ja wiem": a matter the caller says they know already.
KNOWING = frozenset({"wiem", "znam"})
KNOWN_LINKS = frozenset({"to", "ja", "juz", "sobie", "dobrze", "akurat", "przeciez"})
KNOWN_REACH = 3  # words from the matter to "wiem" ("godziny to ja już wiem")


def may_be_known(folded: Iterable[str]) -> bool:
    """"wiem" or "znam": already_known may apply."""
    return bool(KNOWING & set(folded))


def already_known(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is followed by "wiem" or "znam" with only "to", "ja", "już" between ("godziny
    to ja wiem", "adres już znam"): the caller knows it and asks something else. "Godziny to ja nie wiem" (a "nie"
    between), "wiem, że godziny są do piętnastej, ale..." ("wiem" before) and "nie wiem, jakie są godziny" are
    unchanged."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def known(end: int) -> bool:
        for at in range(end, min(len(folded), end + KNOWN_REACH + 1)):
            if folded[at] in KNOWING:
                return True
            if folded[at] not in KNOWN_LINKS:
                return False
        return False
    return all(known(end) for _, end, _ in found)


# Round seventeen: "córka zadzwoniła, płakała i się rozłączyła": someone hung up earlier, no goodbye of the caller's.
HANGING_UP = frozenset({"rozlaczyc", "rozlaczac"})


@lru_cache(maxsize=4096)
def _hung_up_before(word: str) -> bool:
    """The dictionary reads the word as "rozłączyć"/"rozłączać" only in the past tense ("rozłączyła",
    "rozłączyło", "rozłączyłam")."""
    if len(word) > 30 or not word.isalpha():
        return False
    tags = [tag for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word)
            if fold(lemma.split(":")[0]) in HANGING_UP]
    return bool(tags) and all(tag.startswith("praet") for tag in tags)


def hung_up_before(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every goodbye phrase heard holds "rozłączyć" in the past tense ("się rozłączyła", "mnie rozłączyło",
    "rozłączyłam się wcześniej"): a call that was cut off is told, the caller takes no leave. "Rozłączam się",
    "to ja się rozłączę", "dziękuję, można się rozłączyć" are still the goodbye."""
    found = _spans_of(spans, goodbye)
    return bool(found) and all(any(_hung_up_before(word) for word in words[start:end]) for start, end, _ in found)


# Round eighteen: "mama stoi na balkonie w piżamie od godziny i nie chce wejść, a jest mróz": someone out in the
# cold now.
OUT_STAYING = frozenset({"stac", "siedziec", "lezec", "chodzic", "blakac", "krazyc", "spac", "czekac"})  # not "jest mróz"
OUTSIDE = frozenset({"balkon", "dwor", "podworko", "podworek", "podworze", "ulica", "ogrod", "przystanek", "lawka",
                     "taras", "ganek", "snieg", "pole", "las", "zewnatrz"})
OUTSIDE_STARTS = ("balkon", "dwor", "podwor", "ulic", "ogrod", "przystan", "lawc", "lawk", "taras", "gank", "snieg",
                  "zewnatrz", "polu", "lesie")
COLD = frozenset({"mroz", "ziab", "zimno", "zimny"})
COLD_STARTS = ("mroz", "ziab", "zimn", "minus")
NIGHT_CLOTHES = frozenset({"pizama", "koszula", "kapec", "szlafrok", "bielizna", "podkoszulek"})
COMING_IN = frozenset({"wejsc", "wchodzic", "wrocic", "wracac"})
OUT_REACH = 4  # words from the verb of staying to the place outside ("stoi od godziny na tym balkonie")


def may_be_out_in_cold(folded: Iterable[str]) -> bool:
    """A word beginning like frost or cold ("mróz", "zimno", "minus") and one like a place outside ("balkon",
    "podwórko", "dwór"): out_in_the_cold may apply."""
    folded = tuple(folded)
    return any(word.startswith(COLD_STARTS) for word in folded) \
        and any(word.startswith(OUTSIDE_STARTS) for word in folded)


@lru_cache(maxsize=4096)
def _third_person(word: str, verbs: frozenset[str]) -> bool:
    """The dictionary reads the word as one of the verbs said of another: the present tense in the third person
    ("stoi", "siedzą") or the past tense without a first or second person ("stała", "siedział")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in verbs and (tag.startswith(("fin:sg:ter", "fin:pl:ter", "praet")))
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def _outside(word: str) -> bool:
    folded = fold(word)
    return folded == "zewnatrz" or any(r.pos == "subst" and "loc" in r.cases and fold(r.lemma) in OUTSIDE
                                       for r in readings(word))


def out_in_the_cold(words: Sequence[str]) -> bool:
    """Someone else stays outside ("stoi na balkonie", "siedzi na podwórku", "leży na dworze": a verb of staying said
    of another, the place within OUT_REACH words, no "nie" right before the verb) in frost or cold ("mróz", "ziąb",
    "zimno", "minus pięć" anywhere in the answer), and one of: a time since of hours or days ("od godziny"), night
    clothes ("w piżamie", "w kapciach", "w szlafroku", "boso") or not coming in ("nie chce wejść", "nie wraca"):
    someone confused or locked out, freezing now. "Stoję na przystanku, a mróz" (the caller), "mama siedzi na
    balkonie, bo ciepło" (no cold), "jest mróz, a mama nie ma węgla" (no one outside) are not."""
    folded = [fold(word) for word in words]
    cold = any(COLD & _lemmas_of(word) or (folded[at] == "minus" and at + 1 < len(words))
               for at, word in enumerate(words))
    if not cold:
        return False
    staying = [at for at, word in enumerate(words) if _third_person(word, OUT_STAYING)
               and not (at and folded[at - 1] == "nie")]
    if not any(_outside(words[i]) for at in staying
               for i in range(max(0, at - OUT_REACH), min(len(words), at + OUT_REACH + 1)) if i != at):
        return False
    clothes = any(NIGHT_CLOTHES & _lemmas_of(word) for word in words) or "boso" in folded
    not_coming_in = any(COMING_IN & _lemmas_of(word) and "nie" in folded[max(0, at - 3):at]
                        for at, word in enumerate(words))
    return bool(_since_recent(folded)) or clothes or not_coming_in


# Round eighteen: "babcia sama leży i ona nie chce jeść już dwa dni": someone not eating for days. The Silesian
# negation ("niy", "ni") denies as "nie" does.
NEGATING = frozenset({"nie", "niy", "ni"})
EATING = frozenset({"jesc"})
EATING_FORMS = frozenset("je jesc jedza jadl jadla jadlo jedli jadly jem jemy".split())
DAYS = frozenset({"dni", "dnia", "dzien", "doby", "dob", "wczoraj", "przedwczoraj"})
DAYS_REACH = 5  # words between not eating and its days ("nic nie je już od dwóch dni", "od wczoraj nic nie jadła")


def may_be_not_eating(folded: Iterable[str]) -> bool:
    """A form of "jeść" and a word of days: not_eating_for_days may apply."""
    folded = frozenset(folded)
    return bool(folded & EATING_FORMS) and bool(folded & DAYS)


def not_eating_for_days(words: Sequence[str]) -> bool:
    """A negation within two words before "jeść" ("nie je", "nic nie jadła", "nie chce jeść", Silesian "niy chce
    jeść") and a word of days within DAYS_REACH words before or after ("od dwóch dni", "już dwa dni", "od wczoraj",
    "trzeci dzień"), not after "co" ("co dwa dni"): someone who stopped eating, a danger to their life. "Nie je
    mięsa od lat", "je od wczoraj same kanapki" (no negation), "nie je od rana" (hours) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if folded[at] not in EATING_FORMS or not EATING & _lemmas_of(word):
            continue
        if not NEGATING & set(folded[max(0, at - 2):at]):
            continue
        near = range(max(0, at - DAYS_REACH), min(len(words), at + DAYS_REACH + 1))
        if any(folded[i] in DAYS and "co" not in folded[max(0, i - 2):i] for i in near):
            return True
    return False


# Round eighteen: "już nie pije, ale ja się boję, że zacznie znowu": a relapse feared, the drinking's matter.
STARTING = frozenset({"zaczac", "zaczynac"})
FEAR_FOLDED = frozenset({"boje", "boi", "boimy", "boja"})
RELAPSE_REACH = 3  # words from "że" to the verb of starting ("że on znowu zacznie")


def fear_of_relapse(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is fear ("boję się", "się boi"), and right after it, "że" with a verb of starting
    ("zacznie", "zaczną") within RELAPSE_REACH words: a relapse into drinking feared, beside the words of drinking
    (the call flow asks this only then). "Boję się, że zacznie znowu bić" ("bić" is danger itself), "boję się go,
    bo zaczął pić" (him feared) and "boję się męża" stay danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def feared_relapse(start: int, end: int) -> bool:  # "boje": "boję" written without its letter
        if not any(FEAR & lemmas(word) or fold(word) in FEAR_FOLDED for word in words[start:end]):
            return False
        at = end + (1 if end < len(words) and folded[end] == "sie" else 0)
        if at >= len(words) or folded[at] != "ze":
            return False
        return any(STARTING & _lemmas_of(word) for word in words[at + 1:at + 1 + RELAPSE_REACH])
    return all(feared_relapse(start, end) for start, end, _ in found)


# Round eighteen: "zabijają mnie te ceny wódki": a drink named by its price is a thing bought, no drinking told.
PRICE = frozenset({"cena", "koszt"})
PRICE_STARTS = ("cen", "koszt")


def may_be_priced(folded: Iterable[str]) -> bool:
    """A word beginning like a price: priced may apply."""
    return any(word.startswith(PRICE_STARTS) for word in folded)


def priced(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard comes right after a word of price ("ceny wódki", "cena piwa", "koszt tego
    alkoholu": a demonstrative between at most): what a thing costs, not what someone does. "Mąż pije, a ceny
    rosną" (the drinking told elsewhere) and "pije wódkę" are not."""
    found = _spans_of(spans, choice)

    def after_price(start: int) -> bool:
        at = start - 1
        if at >= 0 and fold(words[at]) in DEMONSTRATIVES:
            at -= 1
        return at >= 0 and bool(PRICE & _lemmas_of(words[at]))
    return bool(found) and all(after_price(start) for start, _, _ in found)


# Round eighteen: "renta mi nie przyszła z ZUS-u": ZUS named for a pension is that office's money, not 800+.
PENSIONS = frozenset({"renta", "emerytura"})
ZUS_STARTS = ("zus",)


def zus_for_pension(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is ZUS alone ("zus", "zusu", "zus-u"), and a pension is named ("renta",
    "emerytura", any form): the pension office, not the line's child benefit paid through it. "ZUS wstrzymał
    osiemset plus" (the benefit named) and "zus" alone are not."""
    found = _spans_of(spans, choice)
    if not found or not all(end - start == 1 and fold(words[start]).startswith(ZUS_STARTS) for start, end, _ in found):
        return False
    return any(PENSIONS & _lemmas_of(word) for word in words)


# Round nineteen: "sąsiad mieszka sam i od trzech dni nie otwiera, a światło się pali": someone living alone who
# has not opened the door, or not been seen, for days.
OPENING = frozenset({"otwierac", "otworzyc"})
SEEN = frozenset({"widziec", "zobaczyc"})
SEEN_PERSON = frozenset({"go", "jej", "ich", "jego", "nikogo"})  # whom nobody has seen ("nie widać go")
SHUT_DAYS = frozenset({"dni", "dnia", "dzien", "wczoraj", "przedwczoraj", "tygodnia", "doby"})
SHUT_REACH = 10  # words between the time since and the door not opened ("od trzech dni nie widać… nie otwiera")
SEEN_REACH = 4  # words between the time since and "nie widać go"


def may_be_shut_in(folded: Iterable[str]) -> bool:
    """"od", a word of days and a word beginning like opening or seeing: shut_in_for_days may apply."""
    folded = tuple(folded)
    return "od" in folded and bool(SHUT_DAYS & set(folded)) \
        and any(word.startswith(("otwier", "otworz", "widac", "widzial", "widziel", "zobacz")) for word in folded)


def _days_since(folded: Sequence[str]) -> list[int]:
    """Where "od" opens a time of days or a week ("od trzech dni", "od wczoraj", "od tygodnia"): the index of
    "od". Not months or years ("od roku": a state, not someone gone quiet)."""
    return [at for at, word in enumerate(folded)
            if word == "od" and SHUT_DAYS & set(folded[at + 1:at + 1 + SINCE_REACH])
            and not {"roku", "lat", "miesiaca", "miesiecy"} & set(folded[at + 1:at + 3])]


@lru_cache(maxsize=4096)
def _said_of_another(word: str, verbs: frozenset[str]) -> bool:
    """The dictionary reads the word as one of the verbs said of another: the third person of the present or
    future, or the past tense in the third person ("otwiera", "otworzyła"; not "otwieracie", "otworzyłam")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in verbs and (tag.startswith(("fin:sg:ter", "fin:pl:ter"))
               or (tag.startswith("praet") and not fold(word).endswith(("m", "s", "smy", "scie"))))
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def shut_in_for_days(words: Sequence[str]) -> bool:
    """Someone else has not opened the door for days ("od trzech dni nie otwiera", "od wczoraj nie otworzyła
    drzwi": "nie" within two words before a third-person form of "otwierać", a time since of days or a week within
    SHUT_REACH words), or has not been seen for days ("od kilku dni go nie widać", "nie widziałam jej od
    wczoraj": "nie" before "widać"/"widzieć" in the past and a pronoun of the person beside it, the time since within
    SEEN_REACH words): someone alone who may be lying ill or dead. "Od trzech dni nie otwieracie" (the office),
    "od roku nie otwiera listów" (no days), "od tygodnia nie widać poprawy" (no person) are not."""
    folded = [fold(word) for word in words]
    since = _days_since(folded)
    if not since:
        return False
    for at, word in enumerate(words):
        if "nie" not in folded[max(0, at - 2):at]:
            continue
        if _said_of_another(word, OPENING) and any(abs(start - at) <= SHUT_REACH for start in since):
            return True
        seen = folded[at] == "widac" or (SEEN & _lemmas_of(word) and folded[at].startswith(("widzial", "widziel")))
        if seen and SEEN_PERSON & set(folded[max(0, at - 3):at + 3]) \
                and any(at - SEEN_REACH - SINCE_REACH <= start <= at + SEEN_REACH for start in since):
            return True
    return False


# Round nineteen: "myślę, że rodzinie lepiej by było beze mnie": the caller's family better off without them.
WITHOUT_ME = (("beze", "mnie"), ("bez", "mnie"))
BETTER = frozenset({"lepiej", "lepsze", "lepszy", "lepsza", "latwiej", "lzej", "spokojniej", "prosciej"})
BETTER_REACH = 4  # words between "lepiej" and "beze mnie" ("lepiej by im wszystkim było beze mnie")
NOT_BETWEEN = frozenset({"jak", "jakby", "gdyby", "jesli", "jezeli", "zeby", "niech", "ze", "bo", "ale", "kiedy", "gdy",
                         "czy"})  # a clause opened between: "lepiej, jak pojadą beze mnie"


def may_be_without_me(folded: Iterable[str]) -> bool:
    """"mnie" after "bez"/"beze" and a word of better or easier: better_without_me may apply."""
    folded = tuple(folded)
    return "mnie" in folded and bool({"bez", "beze"} & set(folded)) and bool(BETTER & set(folded))


def better_without_me(words: Sequence[str]) -> bool:
    """Others would be better off without the caller ("rodzinie lepiej by było beze mnie", "beze mnie im będzie
    łatwiej", "wszystkim byłoby lepiej bez mnie"): "lepiej" (or "łatwiej", "lżej") within BETTER_REACH words of
    "beze mnie", no clause opened and no verb but "być" between: a thought of ending one's life. "Lepiej będzie, jak
    pojadą beze mnie" (a clause of going between), "beze mnie nie załatwią, lepiej żebym przyszła" are not."""
    folded = [fold(word) for word in words]
    for at in range(len(folded) - 1):
        if tuple(folded[at:at + 2]) not in WITHOUT_ME:
            continue
        for other in range(max(0, at - BETTER_REACH - 1), min(len(folded), at + 2 + BETTER_REACH + 1)):
            if folded[other] not in BETTER:
                continue
            between = range(other + 1, at) if other < at else range(at + 2, other)
            if all(folded[i] not in NOT_BETWEEN and not _other_verb(words[i]) for i in between):
                return True
    return False


@lru_cache(maxsize=4096)
def _other_verb(word: str) -> bool:
    """The dictionary reads the word only as a verb, and not "być" ("pojadą", "zrobią"; not "było", "będzie")."""
    if len(word) > 30 or not word.isalpha():
        return False
    found = readings(word)
    return bool(found) and all(r.pos in {"fin", "praet", "inf", "impt", "imps", "pcon", "ger"} for r in found) \
        and not any(fold(r.lemma) == "byc" for r in found)


# Round nineteen: "aha, w poniedziałek do szesnastej, dobrze, to proszę wrócić do menu": what the caller heard said
# back, taken in, then another request.
TAKEN_IN = frozenset({"dobrze", "rozumiem", "jasne", "okej", "ok", "aha", "zrozumialam", "zrozumialem", "zapisalam",
                      "zapisalem", "dziekuje", "wiem", "super", "swietnie"})


def echoed_before(words: Sequence[str], spans: Sequence[Span], choice: str, requests: Sequence[str]) -> bool:
    """Every phrase of the choice heard ends before a word of taking it in ("dobrze", "rozumiem", "zapisałam",
    "jasne"), and a phrase of one of the requests (back to the menu, repeat) comes after that word: the caller
    says back what they heard and asks for the next thing. "W poniedziałek wrócę, dobrze?" (no request after),
    "proszę wrócić do menu, bo w poniedziałek…" (the day after the request) are not."""
    found = _spans_of(spans, choice)
    asked = [start for c, start, _, _ in spans if c in requests]
    if not found or not asked:
        return False
    folded = [fold(word) for word in words]
    last = max(end for _, end, _ in found)
    return any(folded[at] in TAKEN_IN and any(start > at for start in asked) for at in range(last, len(folded)))


# Round nineteen: "wnuki mam na wychowaniu, czy mi się należy osiemset plus": who raises the children is told, no
# trouble with raising them.
RAISING = frozenset({"wychowanie", "wychowywac", "wychowac"})


def raising_told(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is a word of raising children, either after "na" ("mam wnuki na
    wychowaniu", "są u mnie na wychowaniu": in one's care) or a verb of raising in the first person ("wychowuję
    wnuki", "wychowujemy je"): the caller tells who raises the children, no trouble with bringing them up. "Mam
    problem z wychowaniem syna" ("z"), "córka nie radzi sobie z wychowaniem" and any other word of the choice
    beside it are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def told(start: int, end: int) -> bool:
        if end - start != 1 or not RAISING & _lemmas_of(words[start]):
            return False
        return (start > 0 and folded[start - 1] == "na") or folded[start].endswith(("uje", "ujemy", "alam", "alem"))
    return all(told(start, end) for start, end, _ in found)


# Round nineteen: "zapomniałam, jakie były numery, od godzin był jeden czy dwa, niech pani jeszcze raz przeczyta":
# the caller forgot what the menu said and asks for it again; the matters named are what they try to recall.
FORGETTING = frozenset({"zapomniec", "zapominac"})
REMEMBERING = frozenset({"pamietac", "zapamietac"})


def forgot_and_asked_again(words: Sequence[str], spans: Sequence[Span], repeat: str) -> bool:
    """The caller forgot ("zapomniałam", "nie pamiętam", "nie zapamiętałam") and a phrase of repeating is the last
    phrase heard, after every other one ("…, niech pani jeszcze raz przeczyta"): the menu asked for again, the
    matters named before are what the caller tries to recall. "Zapomniałam, o której jesteście" (no repeat asked),
    "proszę powtórzyć, bo nie pamiętam, co od opału" (the matter after the request) are not."""
    found = _spans_of(spans, repeat)
    if not found:
        return False
    folded = [fold(word) for word in words]
    first_repeat = min(start for start, _, _ in found)
    forgot = any((FORGETTING & _lemmas_of(word)) or (REMEMBERING & _lemmas_of(word) and "nie" in folded[max(0, at - 2):at])
                 for at, word in enumerate(words[:first_repeat]))
    return forgot and all(end <= first_repeat for c, _, end, _ in spans if c != repeat)


# Round twenty: "później, teraz nie mogę rozmawiać": the caller cannot talk now, no person asked for.
TALKING = frozenset({"rozmawiac", "porozmawiac", "gadac", "pogadac"})
# Words that may stand between "nie" and the verb of talking in "nie mogę teraz rozmawiać", "nie mam jak gadać".
UNABLE_BETWEEN = frozenset({"moge", "mozemy", "moze", "mam", "jak", "teraz", "juz", "dlugo", "za", "bardzo", "w", "tej",
                            "chwili", "sie", "obecnie", "tu", "tutaj"})
UNABLE = frozenset({"moge", "mozemy", "moze", "mam"})


def cannot_talk_now(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is a verb of talking ("rozmawiać", "gadać") that the caller says they
    cannot do: "nie" before it and between them only a word of being able ("mogę", "mam jak") and little words of
    time ("teraz", "w tej chwili"): "teraz nie mogę rozmawiać", "nie mam jak teraz gadać". "Chcę porozmawiać z
    kimś" (no "nie"), "nie mogę się dodzwonić, chcę porozmawiać" (another verb negated) are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def unable(start: int, end: int) -> bool:
        if end - start != 1 or not TALKING & _lemmas_of(words[start]):
            return False
        at = start - 1
        while at >= 0 and folded[at] in UNABLE_BETWEEN:
            at -= 1
        return at >= 0 and folded[at] == "nie" and bool(UNABLE & set(folded[at + 1:start]))
    return all(unable(start, end) for start, end, _ in found)


# Round twenty: "to zostawię wiadomość, że byłam chora i nie przyszłam": what the message says follows "że".
LEAVING = frozenset({"zostawic", "zostawiac", "nagrac", "nagrywac", "przekazac"})
SAYS = frozenset({"ze", "zeby", "iz"})
PAST_ENDINGS = ("lam", "lem", "la", "lo", "ly", "li", "l", "lismy", "lysmy", "laby", "lbym", "labym")


def message_tells(words: Sequence[str], spans: Sequence[Span], record: str,
                  others: Iterable[str]) -> bool:
    """A phrase of a message heard holds a verb of leaving or recording it, not in the past ("zostawię wiadomość",
    "chcę nagrać wiadomość"), "że" or "żeby" follows it, and every other matter heard starts after that "że": the
    matters are what the message says ("zostawię wiadomość, że byłam chora"). "Zostawiłam wiadomość, że chodzi o
    opał" (a message left before), "dostałam wiadomość, że…" (no leaving), a matter before the message are not."""
    found = _spans_of(spans, record)
    folded = [fold(word) for word in words]
    leaving = [end for start, end, _ in found
               if any(LEAVING & _lemmas_of(words[at]) and not folded[at].endswith(PAST_ENDINGS)
                      for at in range(start, end))]
    if not leaving:
        return False
    end = min(leaving)
    says = next((at for at in range(end, len(folded)) if folded[at] in SAYS), None)
    wanted = set(others)
    told = [start for c, start, _, _ in spans if c in wanted]
    return says is not None and bool(told) and all(start > says for start in told)


# Round twenty: "jeszcze raz, bo nie dosłyszałam, o której w poniedziałek": what was just read, not caught.
CATCHING = frozenset({"doslyszec", "uslyszec", "slyszec", "zrozumiec", "zlapac", "dosluchac", "uchwycic"})


def missed_and_asked_again(words: Sequence[str], spans: Sequence[Span], repeat: str,
                           own: Iterable[str]) -> bool:
    """A request to repeat ("jeszcze raz", "powtórzy pani") heard first, then not catching ("nie dosłyszałam",
    "nie usłyszałem", "nie zrozumiałam"), and every other phrase heard after that is one of own (the matter just
    read, e.g. the hours in the hours' item): the caller missed part of what was read and asks for it again. No
    request to repeat, a matter before the request or another matter than own are not."""
    found = sorted(_spans_of(spans, repeat))
    folded = [fold(word) for word in words]

    def missed(start: int, end: int) -> bool:
        return any(CATCHING & _lemmas_of(words[at]) and "nie" in folded[max(0, at - 2):at] for at in range(start, end))
    missing = [start for start, end, _ in found if missed(start, end)]
    asked = [start for start, end, _ in found if not missed(start, end)]
    if not missing or not asked or min(asked) > min(missing):
        return False
    first = min(asked)
    own = set(own)
    others = [(c, start) for c, start, _, _ in spans if c != repeat]
    return bool(others) and all(c in own and start > min(missing) for c, start in others) and all(
        start >= first for _, start in others)


# Round twenty: "osiemset plus na wnuki, co je mam pod opieką": children in one's care, no care for the elderly.
KEPT_CHILDREN = frozenset({"wnuk", "wnuczka", "wnuczek", "wnucze", "dziecko", "dzieci", "syn", "corka", "wnuczeta",
                           "dziecie"})
CARE_WORDS = frozenset({"opieka"})


def children_in_care(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is "opieka" right after "pod" ("mam pod opieką": in one's keeping) and a
    word of children or grandchildren stands within five words before it ("wnuki, co je mam pod opieką"): who
    looks after the children, no care of the elderly or the sick. "Mama jest pod opieką hospicjum" (no child),
    "opieka nad mamą" (no "pod") are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def kept(start: int, end: int) -> bool:
        if end - start != 1 or not CARE_WORDS & _lemmas_of(words[start]) or start == 0 or folded[start - 1] != "pod":
            return False
        return any(KEPT_CHILDREN & (_lemmas_of(words[at]) | {folded[at]})
                   for at in range(max(0, start - 6), start - 1))
    return all(kept(start, end) for start, end, _ in found)


# Round twenty-one: "zięć jak wypije, to leje córkę": a verb of beating that also means pouring or washing ("lać",
# "prać", "tłuc") with a person as its object.
BEATING = frozenset({"lac", "zlac", "sprac", "prac", "tluc", "stluc"})
BEATING_STARTS = ("leje", "leja", "lal", "lac", "zlal", "zleje", "zlac", "spral", "spierze", "pierze", "piora", "pral",
                  "tlucze", "tluka", "tlukl", "tluc", "stlukl", "stlucze")
PERSONS = frozenset({"matka", "mama", "mamusia", "zona", "zonka", "corka", "coreczka", "wnuczka", "babcia", "babka",
                     "siostra", "synowa", "tesciowa", "sasiadka", "dziewczyna", "dziewczynka", "kobieta", "szwagierka",
                     "bratowa", "ciocia", "ciotka", "baba", "dziecko", "dzieciak", "maluch", "wnucze", "niemowle",
                     "corcia", "staruszka", "partnerka", "konkubina"})
ACCUSATIVE_PRONOUNS = frozenset({"mnie", "mię", "ją", "go", "nas", "ich", "was", "cię"})
BEATING_SKIP = frozenset("mi ci mu jej nam im wam to juz znowu znow tez jeszcze tak az wciaz ciagle caly czas".split())


def may_be_beating(folded: Iterable[str]) -> bool:
    """A word beginning like "leje", "lał", "pierze", "tłucze": beating_someone may apply."""
    return any(word.startswith(BEATING_STARTS) for word in folded)


@lru_cache(maxsize=4096)
def _person_beaten(word: str) -> bool:
    """An accusative person: a personal pronoun ("ją", "go", "nas"), a noun of a man ("syna", "zięcia"), or of a
    woman or a child ("córkę", "żonę", "dzieci"); not a thing ("wodę") or an animal ("psa")."""
    if word.lower() in ACCUSATIVE_PRONOUNS:
        return True
    if len(word) > 30 or not word.isalpha():
        return False
    found = readings(word)
    if any(r.gender == "m2" or fold(r.lemma) in ANIMALS for r in found):  # "psa": read as a man only in a figure
        return False
    return any(r.pos in {"subst", "depr"} and "acc" in r.cases and (r.gender == "m1" or fold(r.lemma) in PERSONS)
               for r in found)


def _owning(word: str) -> bool:
    """A possessive or demonstrative before the person ("swoją córkę", "tę żonę")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(r.pos == "adj" and "acc" in r.cases for r in readings(word)) and not _person_beaten(word)


def beating_someone(words: Sequence[str]) -> bool:
    """A verb of beating that also pours or washes ("leje", "lał", "pierze", "tłucze", not with "się") and right
    beside it, only little words ("mi", "już", "znowu") or a possessive ("swoją") between, a person in the
    accusative ("leje córkę", "syna mi lał", "pierze żonę"), no preposition before the person: someone beaten.
    "Leje wodę do wiadra", "pierze synowi koszule", "leje zupę dla syna", "leje się z dachu" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not folded[at].startswith(BEATING_STARTS) or not BEATING & _lemmas_of(word):
            continue
        if "sie" in folded[max(0, at - 1):at + 2]:
            continue
        after = at + 1
        while after < len(words) and (folded[after] in BEATING_SKIP or _owning(words[after])):
            after += 1
        if after < len(words) and _person_beaten(words[after]):
            return True
        before = at - 1
        while before >= 0 and folded[before] in BEATING_SKIP:
            before -= 1
        if before >= 0 and _person_beaten(words[before]) \
                and not (before and any(r.pos == "prep" for r in readings(words[before - 1]))):
            return True
    return False


# Round twenty-one: "czy by pani z opieki mogła przyjść z nim porozmawiać": a worker asked to come, what she would do.
COME_REACH = 3  # words from the worker to the infinitive of coming ("pani z opieki mogłaby do nas przyjść")


def _coming_infinitive(word: str) -> bool:
    """The dictionary reads the word as an infinitive of coming ("przyjść", "przyjechać")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(r.pos == "inf" and fold(r.lemma) in COMING for r in readings(word))


def worker_to_come(words: Sequence[str], spans: Sequence[Span], person: str, matter: str) -> bool:
    """A worker asked to come ("pani z opieki mogła przyjść", "pracownik by przyjechał"): a word of a person
    followed within COME_REACH words by an infinitive of coming, and every other word of a person inside a phrase
    of the matter ("z nim porozmawiać"): the visit and what she would do there, no transfer. "Kiedy pani kierownik
    przyjdzie" (no infinitive: her hours), "chcę z pracownikiem porozmawiać" (no coming) are not."""
    found = _spans_of(spans, person)
    matters = _spans_of(spans, matter)
    if not found or not matters:
        return False
    coming = [(start, end) for start, end, _ in found
              if any(_coming_infinitive(words[at]) for at in range(end, min(len(words), end + COME_REACH)))]
    inside = [(start, end) for start, end, _ in found
              if any(s <= start and end <= e for s, e, _ in matters)]
    return bool(coming) and all((start, end) in coming or (start, end) in inside for start, end, _ in found)


# Round twenty-two: "nie mogę mówić głośno, on tu jest, proszę przysłać kogoś", "udaję, że dzwonię do siostry, on
# słucha, przyślijcie kogoś": someone in the room listens, and the caller asks for someone to be sent.
PRETENDING = frozenset({"udawac"})
LISTENING = frozenset({"sluchac", "slyszec", "podsluchiwac", "przysluchiwac"})
SENDING = frozenset({"przyslac", "przysylac", "wyslac", "wysylac", "przyjechac", "przyjsc"})
SENT = frozenset({"kogos", "ktos", "kogokolwiek", "policje", "policja", "patrol", "radiowoz", "pomoc", "karetke"})
SENT_URGENT = frozenset({"szybko", "natychmiast", "pilnie", "zaraz", "predko"})
THIRD_PRONOUNS = frozenset({"on", "ona", "oni", "one"})
HERE = frozenset({"tu", "tutaj", "obok"})
SEND_REACH = 2  # words from the verb of sending to whom ("przysłać tu kogoś", "przyślijcie szybko kogoś")


def may_be_overheard(folded: Iterable[str]) -> bool:
    """A word beginning like pretending or listening, or a pronoun "on"/"ona", and one beginning like
    sending or coming: overheard_and_sending may apply."""
    folded = tuple(folded)
    return any(word.startswith(("udaj", "slucha", "slysz", "podslu", "przyslu"))
               or word in THIRD_PRONOUNS for word in folded) \
        and any(word.startswith(("przys", "wysl", "wysyl", "przyj")) for word in folded)


@lru_cache(maxsize=4096)
def _how_well(word: str) -> bool:
    """An adverb with degrees ("słabo", "źle", "dobrze"): how well someone hears, not that they listen now."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(tag.startswith("adv:") for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


@lru_cache(maxsize=4096)
def _first_person(word: str) -> bool:
    """The dictionary reads the word as a verb in the first person ("przyjdę", "mogę", "chcę", "będę"), not of
    asking ("proszę": a request to others)."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(tag.startswith(("fin:sg:pri", "fin:pl:pri", "bedzie:sg:pri", "bedzie:pl:pri"))
               and fold(lemma.split(":")[0]) != "prosic" for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


@lru_cache(maxsize=4096)
def _third_person_present(word: str, verbs: frozenset[str]) -> bool:
    """The dictionary reads the word as one of the verbs in the present tense, third person ("słucha", "słyszy")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in verbs and tag.startswith(("fin:sg:ter", "fin:pl:ter"))
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def _overheard(words: Sequence[str], folded: Sequence[str]) -> bool:
    """Someone listens to the caller now: the caller pretends ("udaję"), someone listens ("on słucha", "słyszy
    mnie": the present, third person, no "nie" nor an adverb of how well before it: not "słabo słyszy"; no noun
    after it: not "słucha radia"), or he is here
    ("on tu jest", "ona jest obok": a pronoun, then within two words "jest", "siedzi" or "stoi" and within three
    "tu", "tutaj" or "obok", no "nie" between). Speaking low alone ("mówię cicho", "nie mogę głośno") is not: a
    child may be asleep."""
    for at, word in enumerate(words):
        denied = at and folded[at - 1] in NEGATING
        if not denied and _first_person_present(word, PRETENDING):
            return True
        if not denied and _third_person_present(word, LISTENING) and not (at and _how_well(words[at - 1])) and (
                at + 1 == len(words) or not any(r.pos == "subst" for r in readings(words[at + 1]))):
            return True
        if folded[at] in THIRD_PRONOUNS and {"jest", "siedzi", "stoi"} & set(folded[at + 1:at + 3]) \
                and HERE & set(folded[at + 1:at + 4]) and "nie" not in folded[at + 1:at + 3]:
            return True
    return False


def overheard_and_sending(words: Sequence[str]) -> bool:
    """Someone in the room listens (`_overheard`) and the caller asks for someone to be sent or to come ("proszę
    przysłać kogoś", "przyślijcie policję", "niech ktoś przyjedzie szybko": a verb of sending or coming, no "nie"
    before it, no verb in the first person in it or up to two words before it ("przyjdę", "mogę przyjść": the
    caller's own coming; "proszę" asks others), with whom or "szybko" within SEND_REACH words): an abuser in the
    room, danger said indirectly. "Nie mogę teraz rozmawiać, proszę zadzwonić później" (nothing sent), "proszę
    przysłać kogoś na wywiad" (no one listening), "mąż słucha radia" (something else listened to) are not."""
    folded = [fold(word) for word in words]
    sending = False
    for at, word in enumerate(words):
        if at and folded[at - 1] in NEGATING or not SENDING & _lemmas_of(word):
            continue
        if any(_first_person(w) for w in words[max(0, at - 2):at + 1]):
            continue  # "a ja przyjdę szybko", "czy mogę przyjść zaraz": the caller's own coming
        near = folded[max(0, at - SEND_REACH):at] + folded[at + 1:at + 1 + SEND_REACH]
        if (SENT | SENT_URGENT) & set(near):
            sending = True
            break
    return sending and _overheard(words, folded)


# Round twenty-two: "zimno u mnie w chałupie, piec zgasł, a ja z łóżka nie wstanę sama": someone who cannot get up
# in a house gone cold.
HEATING_THINGS = frozenset({"piec", "opal", "wegiel", "drewno", "drzewo", "kaloryfer", "ogrzewanie", "koza",
                            "kominek", "grzejnik"})
GET_UP_REACH = 3  # words from "nie" to the verb of getting up ("nie mogę wstać", "nie mogę się podnieść")


def may_be_cold_and_down(folded: Iterable[str]) -> bool:
    """A word beginning like cold, one like getting up, one like the stove or fuel: cold_and_down may apply."""
    folded = tuple(folded)
    return any(word.startswith(("zimn", "mroz", "ziab", "marz")) for word in folded) \
        and any(word.startswith(("wsta", "podnie", "podnos")) for word in folded) \
        and any(word.startswith(("piec", "piek", "opal", "wegl", "wegie", "drew", "drzew", "kalor", "ogrzew", "koz",
                                 "komin", "grzej")) for word in folded)


def cold_and_down(words: Sequence[str]) -> bool:
    """A house gone cold ("zimno", "mróz", "marznę" beside the stove or the fuel: "piec zgasł", "opału nie ma") and
    someone who cannot get up ("nie wstanę", "nie mogę wstać", "z łóżka nie wstaje": "nie" within GET_UP_REACH
    words before a verb of getting up): someone lying in the cold, danger to life. "Zimno, a nie mamy na węgiel"
    (no one down), "mama nie wstaje z łóżka, potrzebna opiekunka" (no cold), "na dworze mróz, a tata nie wstaje"
    (no stove: not the house) are not."""
    folded = [fold(word) for word in words]
    cold = any((COLD | {"marznac", "zmarznac"}) & _lemmas_of(word) for word in words)
    stove = any(HEATING_THINGS & _lemmas_of(word) for word in words)
    down = any(GETTING_UP & _lemmas_of(word) and NEGATING & set(folded[max(0, at - GET_UP_REACH):at])
               for at, word in enumerate(words))
    return cold and stove and down


# Round twenty-two: "węgiel po dwa tysiące za tonę": a verb of danger ("tonę", I drown) that the dictionary also reads
# as a noun ("tonę", a ton), right after a preposition that governs the noun.
VERB_TAGS = ("fin:", "praet:", "inf:", "impt:", "bedzie:", "pcon:", "pant:", "imps:", "winien:")
GOVERNED = frozenset({"gen", "dat", "acc", "inst", "loc"})


@lru_cache(maxsize=4096)
def _verb_or_noun(word: str) -> bool:
    """The dictionary reads the word both as a verb and as a noun in a case a preposition governs ("tonę": a ton or
    I drown; "w tonie"); not a noun alone ("nożem") nor a verb alone ("bije")."""
    if len(word) > 30 or not word.isalpha():
        return False
    tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(word)]
    return any(tag.startswith(VERB_TAGS) for tag in tags) and any(
        tag.startswith("subst:") and GOVERNED & set(tag.split(":")[2].split(".")) for tag in tags)


def noun_after_preposition(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is one word right after a preposition ("za", "po", "w"), read both as a verb and as a
    noun (`_verb_or_noun`): after the preposition it is the noun ("za tonę", two thousand a ton), no danger. "Ja
    tonę" (no preposition), "z nożem" (a noun only) and "za tonę węgla, a mąż mnie bije" (another danger word) are
    not. Round thirty-two: or right before or after goods sold by the ton ("wnuk przywiózł opał tonę", "tonę węgla"):
    the measure; "tonę w długach" is not."""
    found = _spans_of(spans, danger)
    return bool(found) and all(
        end - start == 1 and _verb_or_noun(words[start]) and (
            (start > 0 and any(r.pos == "prep" for r in readings(words[start - 1])))
            or _beside_goods(words, start)) for start, end, _ in found)


# Round thirty-two: "wnuk przywiózł opał tonę", "tonę węgla": the noun of a measure beside the goods measured.
GOODS = frozenset({"wegiel", "opal", "drewno", "drzewo", "koks", "ekogroszek", "groszek", "mial", "pellet", "brykiet",
                   "zboze", "ziemniak", "pszenica", "zyto", "owies", "siano", "sloma", "nawoz", "piasek", "zwir"})


def _beside_goods(words: Sequence[str], at: int) -> bool:
    """A word of goods sold by the ton right before or after the word at `at` ("opał tonę", "tonę węgla")."""
    return any(GOODS & (_lemmas_of(words[near]) | {fold(words[near])})
               for near in (at - 1, at + 1) if 0 <= near < len(words))


# Round twenty-two: "może jakaś rozmowa z kimś od tych spraw rodzinnych": a worker named by the matter she is for.
OF_MATTER = frozenset({"od", "do"})
OF_MATTER_REACH = 3  # words from "od" to the matter ("od tych spraw rodzinnych")


def worker_of_matter(words: Sequence[str], spans: Sequence[Span], person: str, matter: str) -> bool:
    """Every phrase of a person heard ("z kimś", "pani") is followed, right after it or one word on, by "od" or
    "do" and within OF_MATTER_REACH words after that by a phrase of the matter ("z kimś od tych spraw rodzinnych",
    "kogoś do spraw rodziny"): the worker of that matter, the matter's item, no transfer. "Chcę z kimś porozmawiać
    o rodzinie" (no "od") and "z panią od zasiłków" (another matter: the call flow asks this of social work only)
    are not."""
    found = _spans_of(spans, person)
    matters = [start for start, _, _ in _spans_of(spans, matter)]
    if not found or not matters:
        return False
    folded = [fold(word) for word in words]

    def of_matter(end: int) -> bool:
        return any(folded[at] in OF_MATTER and any(at < start <= at + OF_MATTER_REACH for start in matters)
                   for at in range(end, min(len(words), end + 2)))
    return all(of_matter(end) for _, end, _ in found)


# Round twenty-two: "a na pieluchy i na leki to jakiś zasiłek jest": things bought for care, a benefit asked for them.
def bought_with_benefit(words: Sequence[str], spans: Sequence[Span], benefits: str, choice: str) -> bool:
    """Every phrase of the choice heard is one word right after "na" (money for a thing: "na pieluchy"), and
    "zasiłek" or "zapomoga" is heard as a word of the benefits: a benefit asked for what is bought. The call flow
    asks this of care only: "zasiłek na opał" is still the heating (the first corpora say so). "Pieluchy dla mamy i
    opiekunka, czy to płatne" (no "na"), "na opiekunkę to ile się płaci" (no benefit) are not."""
    found = _spans_of(spans, choice)
    benefit = any(any(BENEFIT_LEMMAS & lemmas(word) for word in words[start:end])
                  for start, end, _ in _spans_of(spans, benefits))
    return bool(found) and benefit and all(
        end - start == 1 and start > 0 and fold(words[start - 1]) in PURPOSE_LEADS for start, end, _ in found)

# Round twenty-three: "nie wiem, gdzie jestem, nie wiem, jak wrócić, zimno mi i ciemno": the caller lost out in the
# cold or the dark, not lost in the menu.
WAY_VERBS = frozenset({"wrocic", "wracac", "dojsc", "trafic", "isc", "pojsc", "dojechac", "dotrzec"})
WAY_QUESTIONS = frozenset({"jak", "ktoredy", "gdzie", "dokad"})
BEING_HERE = frozenset({"jestem", "jestesmy"})
COLD_DARK_STARTS = ("zimn", "ciemn", "mroz", "marzn", "zmarzl", "zmarzn", "ziab")
LOST_REACH = 3  # words from "nie wiem" to the verb of the way ("nie wiem już, jak wrócić")


def may_be_lost_outside(folded: Iterable[str]) -> bool:
    """A word of not knowing and one of cold or dark: lost_outside may apply."""
    folded = tuple(folded)
    return "wiem" in folded \
        and any(word.startswith(COLD_DARK_STARTS) for word in folded)


def lost_outside(words: Sequence[str]) -> bool:
    """The caller does not know where they are or the way back ("nie wiem, gdzie jestem", "nie wiem, jak wrócić",
    "nie wiem, którędy dojść") and says it is cold or dark ("zimno mi", "ciemno", "mróz", "marznę"): someone lost
    outside, danger. Lost in the menu ("nie wiem, gdzie jestem, co mam nacisnąć"), a cold home without the way lost
    ("zimno u mnie, nie wiem, co robić") and "zgubiłam się w tych numerach" (the menu's words) are not."""
    folded = [fold(word) for word in words]
    if not any(word.startswith(COLD_DARK_STARTS) for word in folded):
        return False

    def way_lost(at: int) -> bool:
        if folded[at] == "wiem" and at and folded[at - 1] == "nie":
            after = folded[at + 1:at + 1 + LOST_REACH]
            for i, word in enumerate(after):
                if word in WAY_QUESTIONS:
                    rest = after[i + 1:] + folded[at + 1 + LOST_REACH:at + 2 + LOST_REACH]
                    return bool(rest) and (rest[0] in BEING_HERE or any(
                        WAY_VERBS & _lemmas_of(w) for w in words[at + 2 + i:at + 4 + i]))
        return False
    return any(way_lost(at) for at in range(len(words)))


# Round twenty-three: "nie mogę długo gadać, on zaraz wraca": the caller talks in secret before someone comes back.
SOON = (("zaraz",), ("za", "chwile"), ("za", "moment"), ("lada", "chwila"), ("lada", "moment"))
RETURNING = frozenset({"wrocic", "wracac", "przyjsc", "przychodzic", "przyjechac", "przyjezdzac", "wejsc", "wchodzic"})
SECRET_REACH = 8  # words between the talking the caller cannot do and the soon ("nie mogę gadać, bo mąż tu zaraz")
SOON_REACH = 2  # words from the soon to the verb of coming back ("zaraz tu wróci")
SECRET_BETWEEN = UNABLE_BETWEEN | {"glosno", "duzo", "swobodnie"}  # "nie mogę głośno mówić"


def may_be_talking_in_secret(folded: Iterable[str]) -> bool:
    """"nie", a word of being able and a soon: talking_in_secret may apply."""
    folded = tuple(folded)
    return "nie" in folded and bool(UNABLE & set(folded)) and ("zaraz" in folded or "chwile" in folded
                                                                  or "moment" in folded or "chwila" in folded)


def _returning_third(word: str) -> bool:
    """A verb of coming back said of another, now or to come ("wraca", "wróci", "przyjdzie"), not past."""
    return any(r.pos == "fin" and fold(r.lemma) in RETURNING for r in readings(word)) \
        and not fold(word).endswith(("m", "my", "sz", "cie")) and not (fold(word).endswith("e")
                                                                   and not fold(word).endswith("ie"))


def talking_in_secret(words: Sequence[str]) -> bool:
    """The caller cannot talk long or aloud ("nie mogę długo gadać", "nie mogę głośno mówić": "nie", a word of
    being able and a verb of talking, as cannot_talk_now reads them) and, within eight words either side, someone is
    about to come back ("on zaraz wraca", "za chwilę wróci", "zaraz tu przyjdzie"): a call made in secret, danger.
    "Nie mogę teraz rozmawiać, proszę oddzwonić" (no one coming), "mąż zaraz wróci, to szybko zapytam o godziny"
    (nothing the caller cannot say) and "zaraz wrócę" (the caller) are not."""
    folded = [fold(word) for word in words]
    unable = []
    for at, word in enumerate(words):
        if not (TALKING | {"mowic"}) & _lemmas_of(word):
            continue
        before = at - 1
        while before >= 0 and folded[before] in SECRET_BETWEEN:
            before -= 1
        if before >= 0 and folded[before] == "nie" and UNABLE & set(folded[before + 1:at]):
            unable.append(at)
    if not unable:
        return False
    for at in range(len(folded)):
        for soon in SOON:
            if tuple(folded[at:at + len(soon)]) != soon:
                continue
            after = at + len(soon)
            if any(_returning_third(word) for word in words[after:after + SOON_REACH]) and any(
                    abs(at - talk) <= SECRET_REACH for talk in unable):
                return True
    return False


# Round twenty-three: "zabiję tego listonosza, ja tak mówię": the caller's own words said in jest or in anger.
SAYING_SO = frozenset({"mowie", "mowimy", "gadam", "gadamy"})  # the caller's own saying, after "tak"
LAUGHING_TOGETHER = frozenset({"smiejemy"})  # "i się śmiejemy": laughed at together, with "się" beside it
SO = frozenset({"tak"})
SO_REACH = 3  # words from "tak" to the verb ("tak sobie tylko mówię")
# Round thirty-two: "ja tak cicho mówię, żeby nie słyszał": how the caller speaks (quietly, in a whisper), not a saying
# waved away
VOICE = frozenset({"cicho", "cichutko", "szeptem", "glosno", "cichu", "wolno"})  # "po cichu" too
# Danger the caller turns on themselves or is told against them is never waved away as a manner of speaking: "nie chce
# mi się żyć, ja tak tylko mówię", "on mnie zabije, tak mówię" are how people in danger play it down. Words in or beside
# the danger words that mark harm to oneself (found review of round twenty-three: its in-jest reading is for a threat
# at another, "zabiję tego listonosza, ja tak mówię"); laughing together is still a joke when the harm was told against
# the caller ("wnuk mówi, że mnie zabije, i się śmiejemy"), never when it is self-harm.
OWN_LIFE = frozenset({"sie", "siebie", "soba", "zyc", "zycia", "zycie", "umrzec", "umre", "umieram", "umrzemy", "umrzesz",
                      "skoncze", "skonczyc", "powiesze", "otruje"})
AGAINST_ME = frozenset({"mnie", "mi", "mna", "nas", "nam", "nami"})


def may_be_in_jest(folded: Iterable[str]) -> bool:
    """A word of the caller's own saying or of laughing together: in_jest_from may apply."""
    return bool((SAYING_SO | LAUGHING_TOGETHER) & set(folded))


def in_jest_from(words: Sequence[str], spans: Sequence[Span], danger: str) -> int | None:
    """Where the caller says that the danger words before were not meant: "ja tak (tylko) mówię", "tak sobie gadam"
    (the first person after "tak", no "nie" right before the verb), or "się śmiejemy" (laughed at together), after
    every danger word heard: the first word of that saying, else None. "Zabiję go, ja tak mówię, ale on mnie bije"
    (danger after it), "on tak mówi, że mnie zabije" (said by another), "nie tak mówię" and "przepraszam, że tak mówię"
    (an apology for saying it) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return None
    folded = [fold(word) for word in words]
    last = max(end for _, end, _ in found)
    near = {folded[i] for start, end, _ in found for i in range(max(0, start - 1), min(len(folded), end + 1))}
    if near & OWN_LIFE:
        return None  # "nie chce mi się żyć, ja tak tylko mówię": self-harm is never waved away
    for at in range(last, len(folded)):
        if folded[at] in SAYING_SO and folded[at - 1] != "nie" and not near & AGAINST_ME:
            so = [i for i in range(max(last, at - SO_REACH), at) if folded[i] in SO]
            if so and folded[so[0] - 1] == "ze":
                continue  # round 161: "przepraszam, że tak mówię": sorry for saying it, not "just saying"
            if so and "nie" not in folded[so[0]:at] and not VOICE & set(folded[so[0]:at]):
                return so[0] - 1 if so[0] > last and folded[so[0] - 1] == "ja" else so[0]
        if folded[at] in LAUGHING_TOGETHER and "sie" in folded[at - 1:at + 2]:
            return at - 1 if folded[at - 1] == "sie" else at
    return None


# Round twenty-three: "boję się, że coś źle wpisałam", "boję się, że mi zabiorą dom za długi": a fear of the office's
# paperwork or of losing money or a home to officials, no one in danger.
PAPERWORK = frozenset({"wpisac", "wypelnic", "pomylic", "podpisac", "zlozyc", "spoznic", "przegapic", "zapomniec",
                       "napisac", "zaznaczyc"})
TAKING = frozenset({"zabrac", "odebrac", "zabierac", "odbierac", "kazac", "wstrzymac", "cofnac", "obciac",
                    "zajac", "licytowac", "zlicytowac", "eksmitowac"})
FEARED_REACH = 5  # words from "że" to what is feared ("że coś źle we wniosku wpisałam")
THAT = frozenset({"ze", "iz"})


@lru_cache(maxsize=4096)
def _they_take(word: str) -> bool:
    """A verb of taking or ordering in the third person plural ("zabiorą", "każą", "odbiorą")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in TAKING and tag.startswith(("fin:pl:ter", "bedzie:pl:ter"))
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def _own_mistake(word: str) -> bool:
    """A verb of filling in or missing, said by the caller in the past ("wpisałam", "pomyliłem")."""
    return fold(word).endswith(("lam", "lem")) and bool(PAPERWORK & _lemmas_of(word))


def fear_of_loss(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is fear ("boję się"), "że" follows it (one word between at most), and within five
    words after "że" the caller's own mistake in the papers ("źle", "wpisałam", "pomyliłam się") or officials
    taking or ordering in the third person plural ("zabiorą dom", "każą oddawać", "odbiorą zasiłek"): a worry about
    the office's matters. "Boję się, że mnie zabije" (a danger word after it), "boję się, że on mi zabierze dzieci"
    (one person) and "boję się, że przedawkowałam" (no paperwork) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def worry(start: int, end: int) -> bool:
        if not any(FEAR & _lemmas_of(word) for word in words[start:end]):
            return False
        that = next((at for at in range(end, min(len(words), end + 2)) if folded[at] in THAT), None)
        if that is None:
            return False
        feared = range(that + 1, min(len(words), that + 1 + FEARED_REACH))
        return any(folded[at] == "zle" or _own_mistake(words[at]) or _they_take(words[at]) for at in feared)
    return all(worry(start, end) for start, end, _ in found)


# Round twenty-three: "żeby ktoś z opieki z nami porozmawiał": a worker to talk with the family, the social workers'.
WITH_US = (("z", "nami"), ("ze", "nami"))
WITH_US_REACH = 2  # words between the verb of talking and "z nami" ("z nami w domu porozmawiał")
# Round twenty-nine: words from the worker named to the verb ("pracownica socjalna z nami w domu porozmawiała").
WHO_TALKS_REACH = 5
WORKER_POS = frozenset({"subst", "adj", "prep", "ppron3", "ppron12", "depr"})


def talk_with_us(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every phrase of a person heard is a single verb of talking ("porozmawiać", "pogadać") with "z nami" at most
    two words before or after it: someone to talk with the caller's family, not a transfer to the caller alone.
    "Chcę z panią porozmawiać", "chcę z nią porozmawiać" (the worker herself) and "z kimś z opieki" (not a verb)
    are not. Round twenty-nine: the worker named right before that verb is who would talk ("żeby ktoś z pracowników
    socjalnych z nami porozmawiał"); "chcę porozmawiać z pracownikiem socjalnym" (no "z nami") is still a person."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]
    us = [at for at in range(len(folded) - 1) if tuple(folded[at:at + 2]) in WITH_US]

    def with_us(start: int, end: int) -> bool:
        if end - start != 1 or not TALKING & _lemmas_of(words[start]):
            return False
        return any(start - 2 - WITH_US_REACH <= at <= start - 2 or end <= at <= end + WITH_US_REACH for at in us)
    talks = [start for start, end, _ in found if with_us(start, end)]

    def who_talks(start: int, end: int) -> bool:  # round 29: "ktoś z pracowników socjalnych z nami porozmawiał"
        named = any(any(r.pos == "subst" for r in readings(word)) and all(r.pos in WORKER_POS for r in readings(word))
                    for word in words[start:end])  # a worker named, no verb ("połączyć")
        return named and not any(TALKING & _lemmas_of(word) for word in words[start:end]) and any(
            end <= talk <= end + WHO_TALKS_REACH for talk in talks)
    return bool(us) and bool(talks) and all(with_us(start, end) or who_talks(start, end) for start, end, _ in found)


def fear_after(words: Sequence[str], spans: Sequence[Span], told: str, danger: str, unmeant: str = "") -> bool:
    """Round twenty-three: fear in the present tense ("boję się", "dzieci się boją") heard after every phrase of what
    is told as over or long ago: fear now, danger now ("w zeszłym tygodniu mnie pobił i boję się"). "Boję się, bo w
    zeszłym tygodniu mnie pobił" (the fear before the telling) and "w serialu ją otruł, strach się bać" (no fear now)
    are asked as before. Session twenty-eight: a fear inside a phrase of `unmeant` is none ("w telewizji mówili o
    pożarze, a ja się boję, że nie zdążę z wnioskiem")."""
    ends = [end for _, end, _ in _spans_of(spans, told)]
    dangers = spans_outside(spans, danger, unmeant) if unmeant else _spans_of(spans, danger)
    return bool(ends) and any(start >= max(ends) and any(fold(word) in FEAR_FOLDED for word in words[start:end])
                              for start, end, _ in dangers)


# Round twenty-six: "on jest w drugim pokoju i jak usłyszy, to znowu będzie źle, pomóżcie": someone in the house,
# the caller afraid to be overheard, and a plea.
OVERHEARING = frozenset({"uslyszec", "slyszec", "dowiedziec", "podsluchac"})
IF_WORDS = frozenset({"jak", "jesli", "jezeli", "gdy", "jakby", "gdyby", "kiedy"})
SO_THAT = frozenset({"zeby", "aby", "by", "coby"})
PLEADING = frozenset({"pomoc", "ratowac", "przyslac", "przyjechac", "przyjsc"})
BEING_IN = frozenset({"jest", "siedzi", "stoi", "lezy", "spi", "chodzi"})
NEAR_PLACES = frozenset({"tu", "tutaj", "obok", "pokoju", "pokoj", "kuchni", "sciana", "sciany",
                         "drzwiami", "domu", "chalupie", "mieszkaniu", "sieni", "korytarzu", "podworku"})
NEAR_REACH = 4  # words from "jest" to the place ("jest tu w drugim pokoju")


def may_be_overheard_pleading(folded: Iterable[str]) -> bool:
    """A word beginning like hearing and one like a plea: overheard_and_pleading may apply."""
    folded = tuple(folded)
    return any(word.startswith(("uslysz", "slysz", "dowie", "podslu")) for word in folded) \
        and any(word.startswith(("pomoz", "ratuj", "przysl", "przyjedz", "przyjdz")) for word in folded)


@lru_cache(maxsize=4096)
def _imperative(word: str, verbs: frozenset[str]) -> bool:
    """The dictionary reads the word as one of the verbs in the imperative ("pomóżcie", "ratujcie", "przyjedźcie")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in verbs and tag.startswith("impt:")
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def overheard_and_pleading(words: Sequence[str]) -> bool:
    """Someone is in the house now ("on jest w drugim pokoju", "mąż siedzi w kuchni": "jest", "siedzi"… and within
    NEAR_REACH words a place of the house or "tu", "obok"), the caller fears being overheard ("jak usłyszy", "jeśli
    się dowie", "żeby nie słyszał": a word of "if" or "so that" within two words before a verb of hearing said of
    another), and pleads ("pomóżcie", "ratujcie", "przyjedźcie": an imperative, no "nie" before it): an abuser in
    the house, danger said indirectly. "Jak mama usłyszy, że dzwonię, to się obrazi, pomóżcie z wnioskiem" (no one
    said to be in the house now), "mąż jest w drugim pokoju, pomóżcie z wnioskiem" (no fear of being heard) and "on
    jest w domu, jak usłyszy, to się ucieszy" (no plea) are not."""
    folded = [fold(word) for word in words]
    nearby = any(folded[at] in BEING_IN and NEAR_PLACES & set(folded[at + 1:at + 1 + NEAR_REACH])
                 and "nie" not in folded[max(0, at - 1):at] for at in range(len(folded)))
    if not nearby:
        return False
    feared = any(_said_of_another(word, OVERHEARING) and (
        IF_WORDS & set(folded[max(0, at - 2):at])
        or (SO_THAT & set(folded[max(0, at - 3):at]) and "nie" in folded[max(0, at - 2):at]))
        for at, word in enumerate(words))
    pleads = any(_imperative(word, PLEADING) and not (at and folded[at - 1] in NEGATING)
                 for at, word in enumerate(words))
    return feared and pleads


# Round twenty-six: "dziecko sąsiadów chodzi boso po drodze o tej porze, a w domu u nich ciemno, nikogo nie ma": a
# child outside in the night or the dark, nobody at home.
OUT_OF_HOUSE = (("boso",), ("na", "bosaka"), ("bez", "butow"), ("bez", "kurtki"), ("po", "drodze"), ("na", "drodze"),
           ("na", "ulicy"), ("po", "ulicy"), ("na", "dworze"), ("na", "dworzu"), ("na", "podworku"), ("po", "wsi"),
           ("na", "polu"), ("po", "polu"), ("na", "szosie"), ("po", "szosie"), ("na", "klatce"), ("pod", "drzwiami"))
NIGHT = (("o", "tej", "porze"), ("w", "nocy"), ("noca",), ("po", "ciemku"), ("ciemno",), ("po", "polnocy"),
         ("w", "srodku", "nocy"), ("tak", "pozno"))


HOME_WORDS = frozenset({"domu", "chalupie", "mieszkaniu", "nich", "niej", "niego", "otwiera", "otworzy"})
HOME_REACH = 4  # words between the nobody and the home ("w domu u nich ciemno, nikogo nie ma")


def may_be_child_out(folded: Iterable[str]) -> bool:
    """Nobody, and a word of the night or the dark: child_out_at_night may apply."""
    folded = set(folded)
    return bool(NOBODY & folded) and bool({"porze", "nocy", "noca", "ciemku", "ciemno", "polnocy", "pozno"} & folded)


def _phrase_at(folded: Sequence[str], phrases: Iterable[tuple[str, ...]], start: int = 0) -> bool:
    return any(tuple(folded[at:at + len(p)]) == p for p in phrases for at in range(start, len(folded)))


def child_out_at_night(words: Sequence[str]) -> bool:
    """A child ("dziecko", "maluch", "wnuczek") out of the house after it ("boso", "po drodze", "na ulicy", "pod
    drzwiami"), nobody at home after it ("w domu nikogo nie ma", "u nich nikt nie otwiera": "nikt"/"nikogo" with
    "nie" within two words and a word of the home within HOME_REACH), and the night or the
    dark ("o tej porze", "w nocy", "ciemno"): a child alone outside, danger now. "Dzieci biegają boso po podwórku, a
    w domu nikogo nie ma, bo rodzice w polu" (no night), "dziecko płacze w nocy, a nikogo nie ma do pomocy" (not
    outside) are not."""
    folded = [fold(word) for word in words]
    if not _phrase_at(folded, NIGHT):
        return False
    for at, word in enumerate(words):
        if CHILDREN & _lemmas_of(word) and _phrase_at(folded, OUT_OF_HOUSE, at + 1) and any(
                folded[k] in NOBODY and "nie" in folded[k - 2:k + 3]
                and HOME_WORDS & set(folded[max(0, k - HOME_REACH):k + HOME_REACH + 1])
                for k in range(at + 1, len(folded))):
            return True
    return False


# Round twenty-six: "ta komisja alkoholowa, co u was w budynku, to kiedy się zbiera": where a thing of the line is, said
# in a relative clause right after it, only tells which thing is meant.
RELATIVE = frozenset({"co", "ktory", "ktora", "ktore", "ktorzy"})
RELATIVE_REACH = 4  # words from "co" to the word of the address ("co u was w budynku")


def place_of_topic(words: Sequence[str], spans: Sequence[Span], contact: str, topics: Sequence[str]) -> bool:
    """Every word of the address heard stands at most RELATIVE_REACH words after a relative word ("co", "która"),
    and that word comes right after a phrase of another topic of the line (one word between at most): the place
    tells which thing is meant, it is not asked ("ta komisja alkoholowa, co u was w budynku, kiedy się zbiera").
    "Komisja alkoholowa, a jaki jest adres" (no relative word) and "co to za budynek" (no topic before) are not."""
    found = _spans_of(spans, contact)
    if not found:
        return False
    folded = [fold(word) for word in words]
    ends = [end for c, _, end, _ in spans if c in topics]

    def described(start: int) -> bool:
        return any(folded[at] in RELATIVE and any(at - 2 < end <= at for end in ends)
                   for at in range(max(0, start - RELATIVE_REACH), start))
    return all(described(start) for start, _, _ in found)


# Round twenty-nine: danger told inside an ordinary call, understated, in the middle or at the end ("to ja rano
# zadzwonię, a jakby co, to mi głowa pęka i nie widzę na jedno oko od wieczora"). Each reading asks for two signs
# together; one alone is an ordinary complaint.
SEEING_NOW = frozenset({"widziec", "widac", "zobaczyc"})
SIGHT_REACH = 4  # words from "nie widzę" to "oko" ("nie widzę już nic na jedno oko")
SUDDEN = frozenset({"nagle", "znienacka"})
HEAD = frozenset({"glowa", "leb"})


def may_be_round_twenty_nine(folded: Iterable[str]) -> bool:
    """A word one of round twenty-nine's readings needs: they may apply."""
    folded = tuple(folded)
    return any(word.startswith(("oko", "oka", "oku", "okn", "komin", "dymi", "kopci", "tlen", "koncentrator",
                                "respirator", "bateri", "swiatl", "zostaw", "zrobie"))
               for word in folded)


def sudden_sight_loss(words: Sequence[str]) -> bool:
    """The caller or someone does not see on an eye ("nie widzę na jedno oko", "nie widzi na lewe oko": "nie" right
    before a verb of seeing, "oko" within SIGHT_REACH words after it) and it came lately or with the head: a time
    since of hours or days ("od wieczora", "od rana"), "nagle", or a word of the head ("głowa pęka"). The signs of a
    stroke. "Nie widzę na jedno oko od urodzenia" (no time of hours or days, no head) and "nie widzę tych cyferek,
    mam słabe oczy" (no eye seen on) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not (at and folded[at - 1] == "nie" and SEEING_NOW & _lemmas_of(word)):
            continue
        if not any("oko" in _lemmas_of(w) for w in words[at + 1:at + 1 + SIGHT_REACH]):
            continue
        return bool(_since_recent(folded) or SUDDEN & set(folded) or any(HEAD & _lemmas_of(w) for w in words))
    return False


SMOKING = frozenset({"dymic", "kopcic"})
DROWSY = frozenset({"spiacy", "senny", "spac"})  # "taka śpiąca jestem", "senna", "dzieciaki spać poszły"
DIZZY = frozenset({"szumiec", "krecic", "pekac", "bolec"})  # in the head: "w głowie szumi", "głowa pęka"


def fumes_inside(words: Sequence[str]) -> bool:
    """A stove or a chimney smoking ("piec dymi", "kopci", no "nie" right before) and a sign of fumes breathed: the
    head buzzing, spinning, bursting or aching ("w głowie szumi", "w głowie mi się kręci": a word of the head and one
    of these within three words) or drowsiness ("śpiąca jestem"): carbon monoxide. "Piec dymi, potrzebny nowy, czy jest
    dodatek" (no sign) and "piec nie dymi, a głowa mnie boli od tych rachunków" (no smoke) are not."""
    folded = [fold(word) for word in words]
    smoke = any(SMOKING & _lemmas_of(word) and not (at and folded[at - 1] == "nie") for at, word in enumerate(words))
    if not smoke:
        return False
    for at, word in enumerate(words):
        if HEAD & _lemmas_of(word) and any(DIZZY & _lemmas_of(w) for w in words[max(0, at - 3):at + 4]):
            return True
    return any(DROWSY - {"spac"} & _lemmas_of(word) for word in words)


LIFE_DEVICES = frozenset({"tlen", "koncentrator", "respirator"})  # "na tlenie", "koncentrator tlenu"
POWER = frozenset({"prad"})
POWER_LOST = frozenset({"nie", "bez", "odciac", "odcinac", "wylaczyc", "brak"})
BATTERY = frozenset({"bateria", "akumulator"})
RUNNING_OUT = frozenset({"konczyc", "skonczyc", "siadac", "siasc", "pasc", "wyczerpac", "rozladowac"})
POWER_REACH = 3  # words from the power to its loss, either side ("prądu nie mamy", "odcięli nam prąd")


def device_without_power(words: Sequence[str]) -> bool:
    """Someone lives on a machine ("na tlenie", "koncentrator", "respirator") and the power is gone or going: "prąd"
    with "nie", "bez", "odcięli", "brak" within POWER_REACH words, or a battery running out ("bateria się
    kończy"). "Dziadek na tlenie, a prąd drogi, czy jest dodatek" (the power not lost) and "odcięli prąd, czy jest
    pomoc" (no one on a machine) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]
    if not any(LIFE_DEVICES & found for found in lemmas_at):
        return False
    for at, found in enumerate(lemmas_at):
        near = set().union(*lemmas_at[max(0, at - POWER_REACH):at + POWER_REACH + 1])
        if POWER & found and POWER_LOST & near:
            return True
        if BATTERY & found and RUNNING_OUT & near:
            return True
    return False


HOUSE_SIGNS = frozenset({"swiatlo", "okno", "komin", "dym"})  # signs of life in a house; not "drzwi" (an office's too)
SINCE_DAY = frozenset({"wigilii", "swiat", "niedzieli", "soboty", "piatku", "czwartku", "srody", "wtorku",
                       "poniedzialku", "tygodnia", "kilku", "paru", "dwoch", "trzech", "czterech"}) | RECENT
UNSEEN_REACH = 4  # words from "od" to "nie widziałem", either side, and from it to the sign of the house


def dark_house_since(words: Sequence[str]) -> bool:
    """Someone's house not seen alive for days: "nie" right before a verb of seeing ("nie widziałem", "nie widać"),
    "od" and a day or a time within UNSEEN_REACH words of it ("od wigilii", "od piątku", "od trzech dni"), and a
    sign of the house within UNSEEN_REACH words after it ("żeby światło u niego było", "w oknie"): a neighbour
    living alone, maybe lying inside. "Od wigilii nie widziałam syna, pojechał do Anglii" (no sign of the house),
    "nie widzę światła w tym korytarzu" (no time since) and "od piątku nie widziałam nikogo, drzwi zamknięte" (a door
    is no sign of life) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not (at and folded[at - 1] == "nie" and SEEING_NOW & _lemmas_of(word)):
            continue
        since = any(folded[k] == "od" and SINCE_DAY & set(folded[k + 1:k + 3])
                    for k in range(max(0, at - 1 - UNSEEN_REACH), min(len(words), at + UNSEEN_REACH + 1)))
        if since and any(HOUSE_SIGNS & _lemmas_of(w) for w in words[at + 1:at + 1 + UNSEEN_REACH + 2]):
            return True
    return False


LEAVING_ALONE = frozenset({"zostawiac", "zostawic"})
ALONE_LEFT = frozenset({"same", "samo", "samych"})  # a child or children; not "samą" (an old mother left: care)
LONG_WHILE = (("na", "caly", "dzien"), ("na", "cala", "noc"), ("na", "cale", "dnie"), ("na", "cale", "noce"),
              ("calymi", "dniami"), ("calymi", "nocami"), ("na", "noc"), ("na", "cala", "dobe"), ("na", "kilka", "dni"),
              ("na", "pare", "dni"), ("na", "caly", "weekend"))
LEFT_REACH = 3  # words from the verb of leaving to "samo" ("zostawia je w domu samo")


def left_alone_for_long(words: Sequence[str]) -> bool:
    """Someone left alone for a long while: a verb of leaving ("zostawia", "zostawiła", no "nie" before it),
    "samo"/"same" within LEFT_REACH words after it, and a long while within six words after that ("na cały
    dzień", "na całą noc", "całymi dniami") or a time since of hours or days: a baby or a helpless person left
    alone now. "Zostawia je same na chwilę, jak idzie do sklepu" (a while), "zostawiam to samo pismo" (nothing
    alone) and "córka zostawia mnie samą na cały dzień, bo pracuje" (a grown-up: care) are not."""
    folded = [fold(word) for word in words]
    since = _since_recent(folded)
    for at, word in enumerate(words):
        if not LEAVING_ALONE & _lemmas_of(word) or "nie" in folded[max(0, at - 2):at]:
            continue
        for alone in range(at + 1, min(len(words), at + 1 + LEFT_REACH)):
            if folded[alone] not in ALONE_LEFT or (alone + 1 < len(words) and any(
                    r.pos == "subst" for r in readings(words[alone + 1]))):
                continue  # "to samo pismo": the same thing
            window = folded[alone + 1:alone + 7]
            if _phrase_at(window, LONG_WHILE) or any(at - SINCE_REACH <= start <= alone + 6 for start in since):
                return True
    return False


DOING = frozenset({"zrobic"})
RELIEF = (("bedzie", "spokoj"), ("bedzie", "po", "wszystkim"), ("bedzie", "po", "klopocie"),
          ("nikomu", "przeszkadzac"), ("nie", "bede", "przeszkadzac"), ("nie", "bede", "nikomu"))
SPENT = (("juz", "nie", "moge"), ("nie", "moge", "juz"))


@lru_cache(maxsize=4096)
def _i_will_do(word: str) -> bool:
    if len(word) > 30 or not word.isalpha():
        return False
    return any(fold(lemma.split(":")[0]) in DOING and tag.startswith("fin:sg:pri:perf")
               for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))


def done_with_it(words: Sequence[str]) -> bool:
    """The caller will "do it" ("zrobię to dzisiaj": the first person future of "zrobić", "to" right after, no
    thing named after it and not "sama"), says they cannot go on ("już nie mogę", and nothing they cannot do after
    it) and tells the relief it would bring others ("i będzie spokój", "nie będę nikomu przeszkadzać"): a plan to
    end one's life said without its words. "Już nie mogę tego wypełnić, zrobię to jutro i będzie spokój" (a thing
    she cannot do), "zrobię to sama, nie chcę nikomu przeszkadzać" (no one who cannot go on) are not."""
    folded = [fold(word) for word in words]
    spent = False
    for at in range(len(folded)):
        if tuple(folded[at:at + 3]) in SPENT:
            after = words[at + 3] if at + 3 < len(words) else ""
            if not after or not any(r.pos in {"inf", "subst", "ppron3"} or (r.pos == "adj" and r.lemma == "ten")
                                    for r in readings(after)):
                spent = True
    if not spent or not _phrase_at(folded, RELIEF):
        return False
    for at, word in enumerate(words):
        if not _i_will_do(word) or folded[at - 1:at] == ["nie"] or folded[at + 1:at + 2] != ["to"]:
            continue
        after = words[at + 2] if at + 2 < len(words) else ""
        if fold(after) in ALONE or (after and any(r.pos == "subst" for r in readings(after))
                                    and not any(r.pos not in {"subst", "adj"} for r in readings(after))):
            continue  # "zrobię to sama", "zrobię to pismo"; not "zrobię to dzisiaj"
        return True
    return False


# Round thirty-two: callers who do not know they are telling a danger, and the same kinds with no danger now.
HARM = frozenset({"krzywda"})
DOING_HARM = frozenset({"robic", "zrobic", "wyrzadzac", "wyrzadzic"})
FEARED_HARM = frozenset({"sobie", "zeby", "by", "aby", "czy", "boje", "boi", "moze", "jeszcze"})
HARM_REACH = 3  # words before the noun where a fear or a self may stand ("żeby sobie krzywdy nie zrobił")


def harm_denied(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is the noun of harm ("krzywdy") with "nie" and a verb of doing right after it, one word
    between at most ("nikomu krzywdy nie robi", "krzywdy mi nie zrobi"): the harm denied, the genitive of a denied
    verb. "Żeby sobie krzywdy nie zrobił", "czy on mi krzywdy nie zrobi" (a fear, a question) and "krzywdy nie robi,
    ale mnie bije" (another danger word) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def denied(start: int, end: int) -> bool:
        if end - start != 1 or not HARM & _lemmas_of(words[start]):
            return False
        if FEARED_HARM & set(folded[max(0, start - HARM_REACH):start]):
            return False
        for no in range(start + 1, min(len(words), start + 3)):
            if folded[no] == "nie" and no + 1 < len(words) and DOING_HARM & _lemmas_of(words[no + 1]):
                return True
        return False
    return all(denied(start, end) for start, end, _ in found)


DIABETES = frozenset({"cukrzyk", "cukrzyca", "insulina", "cukier"})
LOW_SUGAR_SIGNS = {  # the kind of each sign: two kinds are needed
    ("spocony",): "sweat", ("spocona",): "sweat", ("poci", "sie"): "sweat", ("sie", "poci"): "sweat",
    ("zimny", "pot"): "sweat", ("trzesie", "sie"): "shaking", ("sie", "trzesie"): "shaking",
    ("nie", "wie", "co", "mowi"): "confused", ("nie", "wie", "gdzie", "jest"): "confused", ("nie", "kontaktuje"): "confused",
    ("bredzi",): "confused", ("majaczy",): "confused", ("dziwny",): "strange", ("dziwna",): "strange",
    ("blady",): "pale", ("blada",): "pale", ("slania", "sie"): "faint"}


def may_be_diabetic(folded: Iterable[str]) -> bool:
    """A word of diabetes ("cukrzyk", "insulina", "cukier"): diabetic_turn may apply."""
    return any(word.startswith(("cukrzy", "insulin", "cukier", "cukru")) for word in folded)


def diabetic_turn(words: Sequence[str]) -> bool:
    """Someone with diabetes ("cukrzyk", "na insulinie", "cukier") and two different signs of a low or high sugar
    ("cały spocony", "trzęsie się", "nie wie, co mówi", "dziwny", "blady"): a diabetic going into a coma, said
    without its word. "Mąż cukrzyk, na insulinie, czy jest zasiłek na leki" (no sign) and "cukrzyca, to się dużo
    poci" (one sign) are not."""
    folded = [fold(word) for word in words]
    if not any(DIABETES & (_lemmas_of(word) | {folded[at]}) for at, word in enumerate(words)):
        return False
    kinds = {kind for sign, kind in LOW_SUGAR_SIGNS.items()
             if any(tuple(folded[at:at + len(sign)]) == sign for at in range(len(folded)))}
    return len(kinds) >= 2


LITTLE_ONES = frozenset({"mala", "maly", "malenka", "chlopczyk", "chlopiec", "dziewczynka", "synek", "coreczka"})
PICKING_UP = frozenset({"przyjsc", "przyjechac", "odebrac", "wrocic", "zabrac"})
PARENTS = frozenset({"matka", "mama", "ojciec", "tata", "rodzic", "mamusia", "tatus"})
NIGHT_FALLEN = frozenset({"ciemno", "noc", "wieczor", "zmrok"})
UNREACHABLE = (("nie", "odbiera"), ("nie", "odbieraja"), ("nie", "odpowiada"), ("wylaczony",), ("wylaczona",))


def may_be_not_collected(folded: Iterable[str]) -> bool:
    """"nie" and a word of not answering: not_collected may apply."""
    folded = frozenset(folded)
    return "nie" in folded and bool({"odbiera", "odbieraja", "odpowiada", "wylaczony", "wylaczona"} & folded)


def not_collected(words: Sequence[str]) -> bool:
    """A child ("dziecko", "mała", "wnuczek") is with the caller or someone, the parent or anyone did not come for it
    ("matka miała przyjść, … nikt nie przyszedł", "nie przyszła po nią": "nie" before a verb of coming or taking in
    the past, a parent or "nikt" within six words before), cannot be reached ("telefon nie odbiera", "wyłączony"),
    and it has been long: a time since of hours or days ("od rana") or dark ("już ciemno", "noc"). A child not picked
    up, the parent maybe lying somewhere. "Mama miała przyjść po dziecko, ale zadzwoniła, że się spóźni" (reached)
    and "nikt z opieki nie przyszedł, telefon nie odbiera" (no child, no time) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]
    if not any((CHILDREN | LITTLE_ONES) & found for found in lemmas_at):
        return False
    if not any(tuple(folded[at:at + len(sign)]) == sign for sign in UNREACHABLE for at in range(len(folded))):
        return False
    if not (_since_recent(folded) or any(NIGHT_FALLEN & found for found in lemmas_at)):
        return False
    for at in range(1, len(words)):
        if folded[at - 1] != "nie" or not PICKING_UP & lemmas_at[at] or not folded[at].endswith(THIRD_PAST_ENDS):
            continue
        if any((PARENTS | NOBODY) & lemmas_at[k] for k in range(max(0, at - 7), at)):
            return True
    return False


AGO_SPAN = frozenset({"tydzien", "tygodnie", "tygodni", "dni", "dzien"})  # right before "temu"; not "lata"
AGO_REACH = 8  # words from the time ago to the verb of leaving ("tydzień temu i zostawiła ich samych")


def left_alone_since(words: Sequence[str]) -> bool:
    """Children left alone days ago: a verb of leaving ("zostawiła", no "nie" before it), "same"/"samych" within
    LEFT_REACH words after it, and within AGO_REACH words before it a time ago of days or a week ("tydzień temu",
    "trzy dni temu"): the one who left has not come back. "Zostawiła je same na chwilę tydzień temu" (a while),
    "tydzień temu zostawiła to samo pismo" (nothing alone) and "tydzień temu zostawiła mnie samą" (a grown-up:
    care) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not LEAVING_ALONE & _lemmas_of(word) or "nie" in folded[max(0, at - 2):at]:
            continue
        alone = [k for k in range(at + 1, min(len(words), at + 1 + LEFT_REACH)) if folded[k] in ALONE_LEFT]
        if not alone or (alone[0] + 1 < len(words) and any(r.pos == "subst" for r in readings(words[alone[0] + 1]))):
            continue  # "to samo pismo": the same thing
        if ("na", "chwile") in zip(folded[at:at + 8], folded[at + 1:at + 9]):
            continue
        if any(folded[k] == "temu" and k and folded[k - 1] in AGO_SPAN for k in range(max(1, at - AGO_REACH), at)):
            return True
    return False


BUT = frozenset({"ale", "tylko", "lecz"})


def yes_but_again(words: Sequence[str], spans: Sequence[Span], repeat: str, confirm: str) -> bool:
    """At the number read back: a yes ("tak", "to mój numer") heard first, then "ale" or "tylko", then a request to
    read it again ("tak, to chyba mój numer, ale czy pani może jeszcze raz przeczytać"): the caller is not sure and
    asks for it again. "Jeszcze raz: tak, to mój numer" (the request first) and "tak, ale proszę dzwonić po południu"
    (no request) are not."""
    asked = _spans_of(spans, repeat)
    yes = _spans_of(spans, confirm)
    if not asked or not yes:
        return False
    folded = [fold(word) for word in words]
    last_yes = max(end for _, end, _ in yes)
    first_asked = min(start for start, _, _ in asked)
    return last_yes <= first_asked and any(folded[at] in BUT for at in range(last_yes, first_asked))


WISHED = frozenset({"zeby", "zby", "by", "aby", "niech", "niechaj", "czy", "moze", "mogla", "mogl", "moglaby", "moglby"})
WISH_REACH = 3  # words before the person where a wish or a question may stand ("żeby ta pani z opieki przyszła")
MODAL = frozenset({"miec", "moc", "chciec", "musiec", "powinien", "zamierzac", "obiecac", "obiecywac"})  # "miała
# przyjść", "chciała": what was to be done, maybe still wanted


@lru_cache(maxsize=4096)
def _past_third(word: str) -> bool:
    """A verb in the past tense said of another ("przyszła", "pomogła", "przyjechał")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return not fold(word).endswith(("lam", "lem", "lismy", "lysmy", "les", "las")) and any(
        tag.startswith("praet:") and fold(lemma.split(":")[0]) not in MODAL
        for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word))  # not "przyszłam" (mine), not "miała przyjść"


def person_told_in_past(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every phrase of a person heard ("pani z opieki", "pracownica") is the subject of a verb in the past tense said
    of another right after it ("pani z opieki przyszła i pomogła", "pracownik był u nas"), with no wish or question
    before it ("żeby", "niech", "czy") and no preposition right before it: what that person once did is told, nobody is
    asked for. "Żeby pani z opieki przyszła" (a wish: a visit), "czy pani kierownik przyszła już" (a question), "pani
    z opieki miała przyjść i nie przyszła" (a modal verb: what was to be done) and "do pani z opieki chciała(m)" (not
    its subject) are not."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def verb_at(end: int) -> int:  # session twenty-five: "pani Kasia mi mówiła": a pronoun of whom it was told to
        return end + 1 if end < len(words) and folded[end] in TOLD_TO else end
    return all(verb_at(end) < len(words) and _past_third(words[verb_at(end)]) and not (start and any(
        r.pos == "prep" for r in readings(words[start - 1])))  # "do pani z opieki chciała(m)": not its subject
               and not WISHED & set(folded[max(0, start - WISH_REACH):start]) for start, end, _ in found)


TOLD_TO = frozenset({"mi", "nam", "mu", "jej", "im"})  # between the person and the verb of telling

CALLING_BACK = frozenset({"oddzwonic", "oddzwaniac", "dzwonic", "zadzwonic"})
NEEDLESS = frozenset({"trzeba", "musicie", "musi", "potrzeba", "prosze"})


def call_back_refused(words: Sequence[str]) -> bool:
    """The call-back itself refused: "nie" right before a verb of calling back ("nie oddzwaniajcie"), or "nie trzeba",
    "nie musicie", "nie proszę" before a verb of calling ("nie trzeba oddzwaniać", "nie trzeba dzwonić"). "Nie
    dzwonić" alone ("proszę nie dzwonić w nocy": when), "nie oddzwaniajcie na ten numer" (which number) and "nie, nie
    ten numer" (no verb) are not."""
    folded = [fold(word) for word in words]
    for at in range(1, len(words)):
        found = _lemmas_of(words[at]) | {folded[at]}
        if not CALLING_BACK & found or "na" in folded[at + 1:at + 3]:
            continue  # "nie oddzwaniajcie na ten numer": which number, not whether
        if folded[at - 1] == "nie" and found & {"oddzwonic", "oddzwaniac"}:
            return True
        if at >= 2 and folded[at - 2] == "nie" and folded[at - 1] in NEEDLESS:
            return True
    return False


# Round thirty-four: roundabout requests of older residents.
FAREWELL = frozenset({"zegnac", "pozegnac"})
FAREWELL_REACH = 4  # words before the verb of farewell where the caller's own wish may stand ("chcę się pożegnać")
WHEREABOUTS = ("nie", "wiem", "gdzie")
SOMEONE_IS = frozenset({"jest", "on", "ona", "oni", "sie", "podzial", "podziala", "poszedl", "poszla", "pojechal", "pojechala"})


def may_be_farewell(folded: Iterable[str]) -> bool:
    """A word of farewell ("pożegnać", "żegna"): farewell_unreached may apply."""
    return any(word.startswith(("zegna", "pozegna")) for word in folded)


def farewell_unreached(words: Sequence[str]) -> bool:
    """Someone else said farewell ("napisała, że chce się ze mną pożegnać", "żegnał się z nami": a verb of farewell not
    in the caller's own first person, nor right after the caller's own wish, "chcę", "chciałam") and cannot be reached
    or found now ("telefonu nie odbiera", "wyłączony", "nie wiem, gdzie ona jest"): a goodbye before taking one's life,
    said without its words. "Syn chce się z nami pożegnać przed wyjazdem" (reached), "chciałam się pożegnać, dziękuję"
    (the caller's own goodbye) are not."""
    folded = [fold(word) for word in words]
    unreached = any(tuple(folded[at:at + len(sign)]) == sign for sign in UNREACHABLE for at in range(len(folded)))
    lost = any(tuple(folded[at:at + 3]) == WHEREABOUTS and SOMEONE_IS & set(folded[at + 3:at + 5])
               for at in range(len(folded)))  # "nie wiem, gdzie ona jest"; not "nie wiem, gdzie ten papier"
    if not unreached and not lost:
        return False
    for at, word in enumerate(words):
        if not FAREWELL & _lemmas_of(word) or _first_person(word) or word.lower().endswith(("łam", "łem", "lam", "lem")):
            continue
        before = words[max(0, at - FAREWELL_REACH):at]
        if any(_first_person(other) or other.lower().endswith(("łam", "łem")) for other in before):
            continue  # "chcę się z wami pożegnać", "chciałam się pożegnać": the caller's own goodbye
        return True
    return False


CLAUSE_REACH = 3  # words after "gdzie" where the clause's past verb or "by" stands ("gdzie by się nim zajęli")


def where_relative(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Every "gdzie" heard opens a relative clause: right after "tam" or a noun, with a verb in the past tense or "by"
    within CLAUSE_REACH words after it ("niech pani cofnie tam, gdzie było najpierw", "takie miejsce, gdzie by się
    nim zajęli"): a place of the caller's story or of the menu, not the office's address asked. "Gdzie jesteście" and
    "zasiłek, gdzie złożyć" (a question after its topic) are not."""
    found = _spans_of(spans, where)
    if not found:
        return False

    def relative(start: int, end: int) -> bool:
        if not start or not any(fold(word) == "by" or _past(word) for word in words[end:end + CLAUSE_REACH]):
            return False  # "zasiłek, gdzie złożyć": a question after its topic
        before = words[start - 1]
        if fold(before) == "tam":
            return True
        found_readings = readings(before)
        return bool(found_readings) and all(r.pos == "subst" for r in found_readings)
    return all(relative(start, end) for start, end, _ in found)


@lru_cache(maxsize=4096)
def _past(word: str) -> bool:
    """The dictionary reads the word as a verb in the past tense ("było", "zajęli")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(tag.startswith("praet:") for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


OWN_PAST_REACH = 4  # words after "gdzie" where the caller's own past verb may stand ("gdzie ja te okulary położyłam")


@lru_cache(maxsize=4096)
def _own_past(word: str) -> bool:
    """The dictionary reads the word as a verb in the past tense said of oneself ("położyłam", "zostawiłem")."""
    if len(word) > 30 or not word.isalpha() or not fold(word).endswith(("lam", "lem")):
        return False
    return any(tag.startswith("praet:") for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


def where_own_past(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Every "gdzie" heard asks where the caller put or left something themselves: a verb in the first person past
    within OWN_PAST_REACH words after it ("gdzie ja te okulary położyłam", "gdzie zostawiłem ten papier"): thinking
    aloud, not the office's address asked ("gdzieś" beside it is somewhere, no question). "Gdzie mam to złożyć" and "gdzie byście mnie skierowali" are not."""
    found = _spans_of(spans, where)
    own = [start for start, end, _ in found if any(_own_past(word) for word in words[end:end + OWN_PAST_REACH])]
    # round eighty-one: "gdzie ja te okulary położyłam, no gdzie": the question said again at the end
    return bool(own) and all(start in own or fold(words[start]) == "gdzies" or end == len(words)
                             for start, end, _ in found)  # "gdzieś coś
    # kładę": somewhere, told beside it


def where_else(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Every "gdzie" heard is "gdzie indziej" (elsewhere: "zasiłek celowy to też tu, czy gdzie indziej się składa"):
    another place named, not the office's address asked. "Gdzie to jest" and "gdzie się składa" are asked."""
    found = _spans_of(spans, where)
    return bool(found) and all(end < len(words) and fold(words[end]) == "indziej" for _, end, _ in found)


# Session twenty-three: the line itself called recorded ("serio, to jakiś automat nagrany", "ta pani, co mówi, to
# nagranie czy prawdziwa"): a word of recording that is a participle or the noun, beside a word naming a machine or a
# real person, asks for no message.
RECORDED_FORMS = frozenset({"nagrany", "nagrana", "nagrane", "nagranie", "nagrania", "nagrywany", "nagrywana"})
LINE_ITSELF = frozenset({"automat", "automatem", "automatyczna", "automatyczny", "maszyna", "maszyną", "robot",
                         "robotem", "komputer", "prawdziwa", "prawdziwy", "żywa", "żywy", "automatu"})

RECORDING_WANTED = frozenset({"chce", "chcialam", "chcialem", "chcialabym", "chcialbym", "zostawic", "zostawie",
                              "prosze", "nagram", "nagrac"})


def line_called_recorded(words: Sequence[str], spans: Sequence[Span], record: str) -> bool:
    """Every phrase of the message heard is one word of recording as a participle or the noun ("nagrany",
    "nagranie"), and the caller names a machine or a real person ("automat", "maszyna", "prawdziwa"): the line itself
    is called recorded, no message asked for. "Chcę nagrać wiadomość" (a verb) and "nagranie dla pani z opieki" (no
    machine named) are asked, as is any answer with a word of wanting or leaving ("chcę", "zostawię", "proszę")."""
    found = _spans_of(spans, record)
    said = {word.lower() for word in words}
    if RECORDING_WANTED & {fold(word) for word in words}:
        return False  # "chcę zostawić nagranie, bo nie lubię automatu": a message asked for
    return bool(found) and bool(LINE_ITSELF & said) and all(
        end - start == 1 and words[start].lower() in RECORDED_FORMS for start, end, _ in found)


# Session twenty-three: a disconnection told of, not done: the third person of "rozłączyć" ("nie ruszaj kabla, bo się
# rozłączy", "wczoraj mnie rozłączyło")
DISCONNECTION_TOLD = frozenset({"rozlaczy", "rozlacza", "rozlaczylo", "rozlaczyl", "rozlaczyla", "rozlaczaja",
                                "rozlaczyly", "rozlaczyli", "rozlaczalo"})


def disconnection_told(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every phrase of a goodbye heard is a third-person form of "rozłączyć", "się" beside it ("bo się rozłączy", "ciągle
    rozłącza", "wczoraj mnie rozłączyło"): what the line or the phone may do, told to someone in the room or as a
    complaint; the caller is not hanging up. "Rozłączam się", "to ja się rozłączę" and "proszę się rozłączyć" are."""
    found = _spans_of(spans, goodbye)
    return bool(found) and all(
        {fold(word) for word in words[start:end]} - {"sie"} <= DISCONNECTION_TOLD
        and any(fold(word) in DISCONNECTION_TOLD for word in words[start:end]) for start, end, _ in found)


PHONE = frozenset({"telefon"})
HEARING = frozenset({"slyszec", "uslyszec", "slychac", "doslyszec"})  # folded, as _lemmas_of gives them
RINGS = frozenset({"dzwoni", "dzwonil", "dzwonila", "zadzwoni", "zadzwonil", "zadzwonila", "zadzwonilo", "dzwonilo"})
PHONE_DEMONSTRATIVES = frozenset({"ten", "tego", "tym", "temu"})
OWNERS = frozenset({"jej", "jego"})  # "jej telefon": hers ("wasz telefon" is the office's, asked)
DEVICE_REACH = 3  # words after "telefon" where its ringing is told ("tego telefonu, jak dzwoni")
APPROACHING = frozenset({"podejsc", "podchodzic", "dojsc", "dochodzic", "isc", "wstac", "wstawac"})


def phone_as_device(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every phrase of the address card heard is the one word "telefon" told as the caller's own device: a verb of
    hearing right before it (or before its pronoun: "nie słyszę tego telefonu"), its ringing within DEVICE_REACH
    words after it ("telefon dzwoni", "telefonu, jak dzwoni"), "przy sobie" right after it, "ten" before it ("wnuczek
    mi nastawił ten telefon"), or someone's own: a possessive before it or a relative in the genitive after it ("mój
    telefon", "telefon taty"). "Jaki jest wasz telefon", "ten telefon do kierowniczki", "numer telefonu" and "nie
    dosłyszałam numeru telefonu" (two words, the number asked) are not."""
    found = _spans_of(spans, contact)
    folded = [fold(word) for word in words]

    def device(start: int, end: int) -> bool:
        if end - start != 1 or not PHONE & _lemmas_of(words[start]):
            return False
        before = [w for w in words[max(0, start - 2):start] if fold(w) not in {"tego", "ten", "tym", "mojego", "moj"}]
        heard = bool(before) and bool(HEARING & _lemmas_of(before[-1]))
        carried = folded[end:end + 2] == ["przy", "sobie"]  # round seventy-two: "ona ma ten telefon przy sobie"
        # round seventy-four: "wnuczek mi nastawił ten telefon": the one in the caller's hand ("ten telefon do
        # kierowniczki" asks for a number)
        in_hand = start > 0 and folded[start - 1] in PHONE_DEMONSTRATIVES and (end >= len(words) or folded[end] != "do")
        # round seventy-six: someone's own phone ("to nie jest mój telefon, to telefon taty")
        owned = (start > 0 and (folded[start - 1] in OWNERS or any(
            r.lemma.split(":")[0] in {"mój", "swój", "twój"} and r.pos == "adj" for r in readings(words[start - 1])))) or (
            end < len(words) and any(fold(r.lemma) in RELATIVES and r.pos == "subst" and "gen" in r.cases
                                     for r in readings(words[end])))
        # round eighty-one: "bo mam stary telefon": the caller's own, had (not "nie mam waszego telefonu")
        had = any(folded[at] in {"mam", "ma"} and (at == 0 or folded[at - 1] != "nie")
                  for at in range(max(0, start - 2), start))
        # session twenty-two: going to the phone ("on sam do telefonu nie podejdzie", "nie dojdzie do telefonu")
        reached = start > 0 and folded[start - 1] == "do" and any(
            APPROACHING & _lemmas_of(word) for word in (*words[max(0, start - 3):start - 1], *words[end:end + 2]))
        return heard or carried or in_hand or owned or had or reached or any(
            word in RINGS for word in folded[end:end + DEVICE_REACH])
    return bool(found) and all(device(start, end) for start, end, _ in found)


HAVE = frozenset({"mam", "ma", "mamy"})
MINE = frozenset({"moje", "moj", "moja", "moich", "nasze", "nasz", "nasza"})


@lru_cache(maxsize=4096)
def _infinitive(word: str) -> bool:
    if len(word) > 30 or not word.isalpha():
        return False
    return any(tag.startswith("inf") for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


MISSING_REACH = 5  # words from "nie ma" to a "gdzie" said last ("nie ma tych okularów gdzie")


def where_own_things(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Round seventy-five: every "gdzie" heard is the caller looking for a thing of their own: "gdzie", maybe "ja", a
    form of "mieć" and a noun, no infinitive in the two words after the noun ("chwileczkę, gdzie ja mam okulary"):
    thinking aloud, not the office's address asked. "Gdzie mam iść", "gdzie ja mam to złożyć" and "gdzie mam wniosek
    złożyć" (an infinitive: what to do where) are asked."""
    found = _spans_of(spans, where)
    folded = [fold(word) for word in words]

    def own(end: int) -> bool:
        if end < len(words) and folded[end] in MINE:
            return True  # round seventy-eight: "czekaj, zośka, gdzie moje okulary": the caller's own things
        if end == len(words) and any(folded[at:at + 2] == ["nie", "ma"] and any(
                r.pos == "subst" for word in words[at + 2:end - 1] for r in readings(word))
                for at in range(max(0, end - 1 - MISSING_REACH), end - 1)):
            return True  # round 103: "no kurcze, nie ma tych okularów, gdzie": a thing missing, "gdzie" said last
        at = end + (end < len(words) and folded[end] == "ja")
        if at + 1 >= len(words) or folded[at] not in HAVE:
            return False
        noun = words[at + 1]
        return (any(r.pos == "subst" for r in readings(noun)) and not _infinitive(noun)
                and not any(_infinitive(word) for word in words[at + 2:at + 4]))
    return bool(found) and all(own(end) for _, end, _ in found)


MESSAGE_WORDS = frozenset({"wiadomosc", "wiadomosci", "informacje", "informacja", "wiadomoscia"})
ADDRESSEES = frozenset({"pani", "pana", "pan", "kierowniczki", "kierownika", "pracownika", "pracownicy",
                        "pracownikow", "pracownic"})  # session twenty-six: "dla tych pracowników"
ADDRESSEE_POINTERS = frozenset({"tej", "tego", "tych", "naszej", "naszego", "waszej", "waszego", "waszych"})


def message_for_someone(words: Sequence[str]) -> bool:
    """Round seventy-six: a message said to be for someone: a word of a message, "dla" right after it and a title or a
    post right after that, a pointer between at most ("chcę zostawić wiadomość dla pani Ani z opieki", "informację dla
    kierowniczki", "wiadomość dla tych pracowników"): whom the message is for (`flow` then sets aside the person asked
    for, the message being chosen). "Proszę połączyć z panią Anią" (no message) is still a person."""
    folded = [fold(word) for word in words]

    def addressee(at: int) -> bool:  # session twenty-six: a pointer between ("dla tych pracowników")
        if at < len(folded) and folded[at] in ADDRESSEE_POINTERS:
            at += 1
        return at < len(folded) and folded[at] in ADDRESSEES
    return any(word in MESSAGE_WORDS and folded[at + 1:at + 2] == ["dla"] and addressee(at + 2)
               for at, word in enumerate(folded))


NUMBER_WORDS_SAID = frozenset(("zero jeden dwa trzy cztery piec szesc siedem osiem dziewiec dziesiec jedenascie dwanascie "
                                 "trzynascie czternascie pietnascie szesnascie siedemnascie osiemnascie dziewietnascie "
                                 "dwadziescia trzydziesci czterdziesci piecdziesiat szescdziesiat siedemdziesiat "
                                 "osiemdziesiat dziewiecdziesiat sto dwiescie trzysta czterysta piecset szescset "
                                 "siedemset osiemset dziewiecset").split())


def eight_hundred_dictated(words: Sequence[str], spans: Sequence[Span], child_benefit: str) -> bool:
    """Round seventy-eight: every phrase of 800+ heard is the one word "osiemset" (or "800") with a number word or digits
    right before or after it and no "plus" after it ("na stacjonarny sześćdziesiąt jeden osiemset siedemnaście
    dwadzieścia dwa"): a phone number dictated, not the benefit. "Osiemset plus", "o osiemset na dziecko" are it."""
    found = _spans_of(spans, child_benefit)
    folded = [fold(word) for word in words]

    def number(at: int) -> bool:
        return 0 <= at < len(words) and (folded[at] in NUMBER_WORDS_SAID or folded[at].isdigit())

    def dictated(start: int, end: int) -> bool:
        return (end - start == 1 and folded[start] in {"osiemset", "800"} and folded[end:end + 1] != ["plus"]
                and (number(start - 1) or number(end)))
    return bool(found) and all(dictated(start, end) for start, end, _ in found)


NUMBER_DICTATED_WORDS = 4  # number words in a row that make a phone number said ("pięćset jeden dwieście dwa …")


def number_dictated(words: Sequence[str]) -> bool:
    """Session twenty-five: four number words or figures in a row ("na komórkę syna sześćset dwa trzysta czterdzieści
    jeden", "proszę na mój pięćset jeden dwieście dwa sto trzy"): a phone number said aloud. "Dwa razy po sto" and
    "od ósmej do piętnastej" (ordinals, words between) are not."""
    run = 0
    for word in words:
        run = run + 1 if fold(word) in NUMBER_WORDS_SAID or word.isdigit() else 0
        if run >= NUMBER_DICTATED_WORDS:
            return True
    return False


def accepted_after_all(words: Sequence[str], spans: Sequence[Span], other: str, confirm: str) -> bool:
    """Session twenty-five: at the read-back, a yes heard after "ale" that follows the last "not my number" phrase ("to
    telefon sąsiadki, ale może być, ona mi przekaże"): the number is taken after all. "Może być, ale to telefon
    sąsiadki" (the doubt last) and "to telefon sąsiadki" alone are not."""
    others, yeses = _spans_of(spans, other), _spans_of(spans, confirm)
    if not others or not yeses:
        return False
    last = max(end for _, end, _ in others)
    folded = [fold(word) for word in words]
    return all(start > last and "ale" in folded[last:start] for start, _, _ in yeses)


TALKING_VERBS = frozenset({"rozmawiac", "porozmawiac", "pogadac", "gadac"})  # folded lemmas
OWN_CONDITIONAL = frozenset({"bym", "bymy", "bysmy", "chcialabym", "chcialbym"})


def someone_else_talks(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Round eighty: every phrase of a person heard is one verb of talking in the third person ("żeby ktoś z nią usiadł,
    porozmawiał", "ktoś, kto z nim porozmawia o piciu"): someone to talk with another person (the social worker, the
    commission), not the caller asking to be put through. "Chcę porozmawiać", "bym porozmawiała z kimś", "porozmawiam
    z panią" and "niech ktoś ze mną porozmawia" are still a person. An employee the caller has ("mam pracownicę z
    Białorusi") is no worker of the office asked for either."""
    found = _spans_of(spans, person)
    folded = [fold(word) for word in words]

    def third(start: int, end: int) -> bool:
        if end - start != 1 or not TALKING_VERBS & _lemmas_of(words[start]) or (start and folded[start - 1] in OWN_CONDITIONAL):
            return False
        if {"mna", "nami", "mnie"} & set(folded[max(0, start - 3):start + 3]):
            return False  # "niech ktoś ze mną porozmawia": with the caller, a person asked for
        tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(words[start])] if words[start].isalpha() else []
        return bool(tags) and all(tag.startswith("praet:") or ":ter:" in tag for tag in tags) and not any(
            tag.startswith(("inf", "impt", "aglt")) or ":pri:" in tag or ":sec:" in tag for tag in tags)
    def employed(start: int, end: int) -> bool:  # "mam pracownicę z Białorusi": the caller's own employee
        return (end - start == 1 and bool(EMPLOYEES & _lemmas_of(words[start])) and start > 0
                and folded[start - 1] in {"mam", "mamy", "zatrudniam", "zatrudniamy"})
    return bool(found) and all(third(start, end) or employed(start, end) for start, end, _ in found)


EMPLOYEES = frozenset({"pracownik", "pracownica"})
TALK_PARTNER_REACH = 3  # words from the verb to "z" and the one talked with ("żeby ktoś z żoną porozmawiał")


def talk_with_another(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Session twenty-five: someone_else_talks, and the one to be talked with named by "z" or "ze" and a word in the
    instrumental within three words of the verb ("żeby ktoś z żoną porozmawiał", "niech ktoś z mamą pogada"): a worker
    to talk with a relative, the social workers' matter, though the caller did not name it. "Czy ktoś porozmawia"
    (no one named) and "niech ktoś ze mną porozmawia" are a person."""
    if not someone_else_talks(words, spans, person):
        return False
    folded = [fold(word) for word in words]
    if any("sie" in folded[max(0, start - 3):start] for start, _, _ in _spans_of(spans, person)):
        return False  # "nie wiem, jak się z tym rozmawia": how one talks, no one to talk

    def partner(at: int) -> bool:
        return (folded[at] in WITH and at + 1 < len(words) and folded[at + 1] not in {"mna", "nami"}
                and any("inst" in r.cases for r in readings(words[at + 1])))
    return all(any(partner(at) for at in range(max(0, start - TALK_PARTNER_REACH), min(len(words), end + TALK_PARTNER_REACH)))
               for start, end, _ in _spans_of(spans, person))


GETTING_IN = frozenset({"dostac", "dostawac"})  # folded


def getting_into_care(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Round seventy-two: every phrase of the address card heard is a form of "dostać się" ("dom spokojnej starości, jak
    się tam dostać"): beside a care home named, a place in it asked for, not the way to the office (the caller asks
    for care; `flow` calls this only when care is heard too). "Jak do was dojechać" is still the address."""
    found = _spans_of(spans, contact)
    return bool(found) and all(any(GETTING_IN & _lemmas_of(word) for word in words[start:end]) for start, end, _ in found)


WORK = frozenset({"praca", "robota"})
SELF = frozenset({"ja", "jestem", "jestesmy", "my"})


def own_work_told(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every word of work heard is where the caller is ("jak ja w pracy", "bo ja jestem w robocie": "w" right before
    it, the caller's "ja", "jestem" or "my" within two words before "w"): why the caller cannot do it, not a job asked
    for. "Szukam pracy", "w pracy mnie zwolnili" (no self before "w") and "czy jest jakaś praca dla mnie" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]

    def own(start: int, end: int) -> bool:
        return (end - start == 1 and bool(WORK & _lemmas_of(words[start])) and start >= 2 and folded[start - 1] == "w"
                and bool(SELF & set(folded[max(0, start - 3):start - 1])))
    return bool(found) and all(own(start, end) for start, end, _ in found)


CONDITION_WORDS = frozenset({"jak", "jesli", "jezeli", "gdy", "kiedy", "gdyby"})
ANYONE = frozenset({"kto", "ktos"})


def said_of_anyone(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is a condition said of anyone ("jak kto sam mieszka", "jeśli ktoś jest
    chory": "jak", "jeśli", "gdy" and "kto"/"ktoś" within two words before it): whom a help is for, told beside the
    help asked ("gmina do węgla dopłaca, jak kto sam mieszka"), not a need of its own. "Kto by mi mamę przypilnował"
    (a wish, no "jak" before "kto") and "mama sama mieszka" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]

    def of_anyone(start: int) -> bool:
        return any(folded[at] in CONDITION_WORDS and folded[at + 1] in ANYONE for at in range(max(0, start - 3), start - 1))
    return bool(found) and all(of_anyone(start) for start, _, _ in found)


# Round thirty-seven: "u sąsiada się stodoła pali": a building on fire, "się" said before its noun ("się dom pali"),
# which the danger list's "się pali" / "pali się" (said side by side) does not hear.
BUILDINGS = frozenset({"stodola", "dom", "chalupa", "obora", "stajnia", "chlew", "szopa", "komorka", "garaz", "budynek",
                       "mieszkanie", "dach", "kuchnia", "blok", "strych", "piwnica", "warsztat", "spichlerz", "kurnik",
                       "altana", "samochod", "auto", "las", "stog", "siano", "zabudowania", "gospodarstwo", "buda"})
BURNING = frozenset({"palic", "plonac", "zapalic"})
BURNING_REACH = 2  # words between "się" and the verb of burning ("się cała stodoła pali")


@lru_cache(maxsize=4096)
def _burning_third(word: str) -> bool:
    """The dictionary reads the word as a verb of burning in the third person or the past ("pali", "płonie",
    "zapaliła"), not the caller's own ("palę")."""
    if len(word) > 30 or not word.isalpha():
        return False
    tags = [tag for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word) if fold(lemma.split(":")[0]) in BURNING]
    return bool(tags) and any(tag.startswith(("fin:sg:ter", "fin:pl:ter", "praet:")) for tag in tags)


def building_burning(words: Sequence[str]) -> bool:
    """"Się", then within BURNING_REACH words a building or a vehicle in the nominative ("stodoła", "dom", "auto"), then
    a verb of burning in the third person ("pali", "płonie", "zapaliła"): "u sąsiada się stodoła pali", danger. "Się
    węglem pali", "u nas się w piecu pali" (no building, the fuel or the stove) and "się dom ociepla" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word != "sie":
            continue
        between = words[at + 1:at + 1 + BURNING_REACH + 1]
        for offset, verb in enumerate(between[1:], start=1):
            if _burning_third(verb) and any(BUILDINGS & _lemmas_of(noun) and _nominative(noun)
                                            for noun in between[:offset]):
                return True
    return False


def fear_denied_after(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round thirty-seven: every danger word heard is fear, and each is either right after "nie" ("nie boję się":
    the matcher already hears no danger there) or fear of an activity or a machine (`fear_of_doing`): "ja się boję tych
    maszyn, to znaczy nie boję się, tylko nie lubię" is no danger. "Boję się tych maszyn, a mąż mnie bije" and "nie
    boję się maszyn, boję się męża" are danger."""
    found = _spans_of(spans, danger)
    folded = [fold(word) for word in words]
    if not found:
        return False
    denied = [(start, end, score) for start, end, score in found if start and folded[start - 1] == "nie"
              and any(FEAR & lemmas(word) for word in words[start:end])]
    kept = [(danger, start, end, score) for start, end, score in found if (start, end, score) not in denied]
    return bool(denied) and bool(kept) and fear_of_doing(words, kept, danger)


# Session twenty-eight (bench/fresh163, bench/fresh166): a call refused at the read-back of the number ("nie nie nie
# trzeba do mnie dzwonić, ja nie chcę", "nie to nie tak, ja się pomyliłam, nie dzwońcie do mnie")
CALLING_STEMS = ("dzwon", "zadzwon", "oddzwon", "oddzwan", "telefonow", "zatelefonow")
REFUSAL_BETWEEN = frozenset({"trzeba", "potrzeba", "musicie", "musi", "do", "mnie", "nas", "juz", "wcale", "prosze"})
# Another phone or a time named right after the verb: "nie dzwońcie na stacjonarny, tylko na ten", "nie dzwońcie
# rano", "nie dzwońcie przed dziesiątą", "nie dzwońcie w niedzielę" (not "w ogóle")
REFUSAL_LIMITS = frozenset({"na", "pod", "tylko", "ale", "przed", "po", "rano", "wieczorem", "jutro", "dzisiaj", "dzis",
                            "teraz", "o", "miedzy", "nocy", "wczesnie", "pozno", "w"})


def call_refused(words: Sequence[str]) -> bool:
    """A "nie" before a verb of calling, with only "trzeba", "do mnie" and the like between, and no other phone or time
    named right after it: the caller does not want to be called ("nie trzeba do mnie dzwonić", "nie dzwońcie w
    ogóle"). "Nie dzwońcie na stacjonarny, tylko na ten", "tak, tylko nie dzwońcie rano" (a limit of the call) and
    "nie mam kiedy, dzwońcie po piątej" (no verb of calling right after the "nie") are not."""
    folded = [fold(word) for word in words]
    for i, word in enumerate(folded):
        if word != "nie":
            continue
        j = i + 1
        while j < len(folded) and folded[j] in REFUSAL_BETWEEN:
            j += 1
        after = folded[j + 1:j + 3]
        if j < len(folded) and folded[j].startswith(CALLING_STEMS) and (
                after == ["w", "ogole"] or not REFUSAL_LIMITS & set(after)):
            return True
    return False


ANYWAY_NEXT = frozenset({"nie", "juz", "zawsze", "wszystko"})


def yes_as_anyway(words: Sequence[str], spans: Sequence[Span], confirm: str) -> bool:
    """Round thirty-seven: every confirmation heard is a lone "tak" right after "i" and right before "nie" or a verb:
    "bo ja go i tak nie odbieram", "i tak zadzwonię sama" is "anyway", not "yes". "Tak, i proszę dzwonić", "no i tak,
    zgadza się" (a pause or no verb after) are unchanged."""
    found = _spans_of(spans, confirm)
    if not found:
        return False

    def anyway(start: int, end: int) -> bool:
        if end - start != 1 or fold(words[start]) != "tak" or start == 0 or end >= len(words):
            return False
        if fold(words[start - 1]) != "i":
            return False
        if fold(words[end]) in ANYWAY_NEXT:
            return True
        after = [r for r in readings(words[end]) if r.pos != "aglt"]
        return bool(after) and all(r.pos in VERB_POS for r in after) and not any(
            r.lemma in ("prosić", "zgadzać") for r in after)
    return all(anyway(start, end) for start, end, _ in found)


# Round thirty-seven: "ja jestem pan Zenon z Gowarzewa", "tu pani Krysia": the caller's own name, no one asked for.
INTRODUCING = frozenset({"jestem", "tu", "mowi", "dzwoni"})
CALLER_TITLES = frozenset({"pan", "pani"})


def own_name_told(words: Sequence[str]) -> bool:
    """Every first name heard after "pan" or "pani" (a person asked for by name, `Matcher._name_hits`) stands right
    after "jestem", "tu", "mówi" or "dzwoni" ("ja jestem pan Zenon", "tu pani Krysia", "mówi pan Józef"): the caller
    introduces themselves. "Proszę z panią Anią", "jest pani Ania?" and, after "tu", "mówi" or "dzwoni", "tu pani Ania
    mówiła" (a verb of the name after it) are not."""
    folded = [fold(word) for word in words]
    names = [at for at in range(1, len(words)) if folded[at - 1] in CALLER_TITLES
             and any(r.name for r in readings(words[at]))]
    if not names:
        return False

    def introduced(at: int) -> bool:
        if at < 2 or folded[at - 2] not in INTRODUCING:
            return False
        if folded[at - 2] == "jestem":
            return True  # "jestem pani Basia, chodzi o…": only the caller's own name
        after = [r for r in readings(words[at + 1])] if at + 1 < len(words) else []
        return not (after and all(r.pos in VERB_POS for r in after))  # "tu pani Ania mówiła": told, not introduced
    return all(introduced(at) for at in names)


# Round thirty-seven: callers who take back what they first said ("osiemset plus to nie, ja o zasiłek pytam",
# "wiadomość zostawić, a nie, nie, lepiej niech oddzwonią", "oddzwonić, znaczy nie"): the choice said before the
# retraction is not what they want.
RETRACTION_LEADS = frozenset({"to", "a", "znaczy", "no"})
RETRACTED_VERBS = frozenset({"zostawic", "nagrac", "zadzwonic", "oddzwonic", "wyslac", "dostac", "zapytac"})


def _no_verb_after(words: Sequence[str], at: int) -> bool:
    """No verb right after position `at` ("nie dotarła" negates a verb; "nie, bo", "nie to", "nie tylko" retract)."""
    if at + 1 >= len(words):
        return True
    after = [r for r in readings(words[at + 1]) if r.pos != "aglt"]
    return not (after and all(r.pos in VERB_POS | {"impt", "bedzie", "pred"} for r in after))


def taken_back(words: Sequence[str], spans: Sequence[Span], choice: str, others: Iterable[str]) -> bool:
    """Every phrase of the choice heard is followed by "nie" with no verb after it, at most one lead ("to", "a",
    "znaczy", "no", and "to" before "znaczy") between, and an infinitive of asking ("zostawić", "nagrać") may come
    first: "osiemset plus to nie, bo…", "wiadomość nie, to może…", "wiadomość zostawić, a nie", "oddzwonić, znaczy
    nie": a retraction; and a phrase of another of `others` is heard after the last retraction. "Wiadomość nie
    dotarła", "zasiłek to nie wiem jaki" (a verb after "nie") and a retraction with nothing asked after it are
    not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    if not found:
        return False

    def retraction(end: int) -> int | None:
        at = end
        if at < len(folded) and folded[at] in RETRACTED_VERBS:
            at += 1
        if at < len(folded) and folded[at] in RETRACTION_LEADS:
            at += 1
            if at < len(folded) and folded[at] == "znaczy" and folded[at - 1] == "to":
                at += 1
        if at < len(folded) and folded[at] == "nie" and _no_verb_after(words, at):
            return at
        return None
    widest = [(start, end) for start, end, _ in found
              if not any(a <= start and end <= b and (a, b) != (start, end) for a, b, _ in found)]
    retracted = [retraction(end) for _, end in widest]  # "osiemset plus to nie": the whole phrase, not "osiemset"
    if any(at is None for at in retracted):
        return False
    last = max(retracted)
    others = set(others) - {choice}
    return any(c in others and start > last for c, start, _, _ in spans)


PREFERRING = frozenset({"lepiej", "wolalabym", "wolalbym", "wole", "raczej"})
PREFERRING_REACH = 3  # words from "lepiej" to the phrase preferred ("niech lepiej ktoś do mnie zadzwoni")


def preferred_other(words: Sequence[str], spans: Sequence[Span], choice: str, other: str) -> bool:
    """Round thirty-seven: a phrase of the other choice has "lepiej" (or "raczej", "wolę") within PREFERRING_REACH
    words before it, after every phrase of the choice, and no phrase of the choice has one: "nagrać się to ja nie
    umiem, niech lepiej ktoś do mnie zadzwoni" prefers the call-back to the message. "Niech oddzwonią, a jak nie, to
    lepiej nagram wiadomość" prefers the message; "zostawię wiadomość, żeby oddzwonili" has no preference."""
    own = _spans_of(spans, choice)
    theirs = _spans_of(spans, other)
    folded = [fold(word) for word in words]
    if not own or not theirs:
        return False

    def preferred(start: int) -> bool:
        return bool(PREFERRING & set(folded[max(0, start - PREFERRING_REACH):start]))
    if any(preferred(start) for start, _, _ in own):
        return False
    last_own = max(end for _, end, _ in own)
    return any(preferred(start) and start >= last_own for start, _, _ in theirs)


ACKNOWLEDGING = frozenset({"dobrze", "dobra", "jasne", "rozumiem", "okej", "ok", "wiem", "zrozumialam", "zrozumialem",
                           "zapisalam", "zapisalem"})
# BUT ("ale", "tylko", "lecz") is defined above


def acknowledged_then_other(words: Sequence[str], spans: Sequence[Span], choice: str, others: Iterable[str]) -> bool:
    """Round thirty-seven: every phrase of the choice is followed right by a word of taking it in ("godziny dobrze,
    dobrze", "adres jasne"), then "ale" (or "tylko") and a phrase of another of `others` after it: "godziny dobrze,
    ale ja chciałam spytać o pieniądze" asks the other. "Godziny dobrze" alone and "dobrze, godziny" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    if not found:
        return False
    ends = []
    for _, end, _ in found:
        at = end
        while at < len(folded) and folded[at] in ACKNOWLEDGING:
            at += 1
        if at == end or at >= len(folded) or folded[at] not in BUT:
            return False
        ends.append(at)
    last = max(ends)
    others = set(others) - {choice}
    return any(c in others and start > last for c, start, _, _ in spans)


def where_not_known(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Round thirty-seven: every "gdzie" heard stands right after "nie wiem" ("i nie wiem, gdzie się leczyć"): the
    caller does not know where to turn with the matter told, not the office's address asked (the flow asks it only
    beside another matter)."""
    found = _spans_of(spans, where)
    folded = [fold(word) for word in words]
    return bool(found) and all(start >= 2 and folded[start - 2:start] == ["nie", "wiem"] for start, _, _ in found)


ABOUT_CHOSEN = frozenset({"chodzi", "chodzilo"})


def not_about_it(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Round thirty-seven: every phrase of the choice stands after "nie o" (one word between at most: "nie o te
    pieniądze") and "chodzi" follows within two words of it: "to nie o pieniądze mi chodzi", a matter denied. "O
    pieniądze mi chodzi" and "nie o to chodzi, że nie ma pieniędzy" (no "o" right before the matter) are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    if not found:
        return False

    def denied(start: int, end: int) -> bool:
        lead = next((at for at in (start - 1, start - 2) if at >= 1 and folded[at] == "o"), None)
        return (lead is not None and folded[lead - 1] == "nie"
                and bool(ABOUT_CHOSEN & set(folded[end:end + 2])))
    return all(denied(start, end) for start, end, _ in found)


# Round thirty-seven: "nie mam tych przycisków na tym telefonie": the caller's phone as a device, where a thing is on it.
ON_DEVICE = (("na", "tym"), ("w", "tym"), ("na", "tej"), ("w", "tej"), ("na", "moim"), ("w", "moim"), ("na", "mojej"),
             ("w", "mojej"))


def on_this_device(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every word of the address card heard is one noun in the locative right after "na tym", "w tym", "na tej",
    "w mojej"…: "nie mam tych przycisków na tym telefonie", "w tej komórce nie ma gwiazdki" (the phone as a device,
    not the office's number asked). "Na ten telefon proszę" (the accusative) and "jaki jest telefon" are not."""
    found = _spans_of(spans, contact)
    folded = [fold(word) for word in words]

    def on_device(start: int, end: int) -> bool:
        return (end - start == 1 and start >= 2 and tuple(folded[start - 2:start]) in ON_DEVICE
                and any(r.pos == "subst" and "loc" in r.cases for r in readings(words[start])))
    return bool(found) and all(on_device(start, end) for start, end, _ in found)


def missed_named_then_asked(words: Sequence[str], spans: Sequence[Span], repeat: str, own: Iterable[str]) -> bool:
    """Round thirty-seven: not catching said first ("nie dosłyszałam"), then only phrases of own (the matter just
    read: "od której w środę" in the hours' item), then a request to repeat last ("jeszcze raz niech pani powie"):
    the caller names the part missed and asks for it again, as `missed_and_asked_again` with the request at the end.
    Another matter between, or no request after the matter, are not."""
    found = sorted(_spans_of(spans, repeat))
    folded = [fold(word) for word in words]

    def missed(start: int, end: int) -> bool:
        return any(CATCHING & _lemmas_of(words[at]) and "nie" in folded[max(0, at - 2):at] for at in range(start, end))
    missing = [start for start, end, _ in found if missed(start, end)]
    asked = [start for start, end, _ in found if not missed(start, end)]
    others = [(c, start) for c, start, _, _ in spans if c != repeat]
    if not missing or not asked or not others:
        return False
    own = set(own)
    return all(c in own and min(missing) < start < max(asked) for c, start in others)


MISTAKING = frozenset({"pomylic"})


def lost_only_as_mistake(words: Sequence[str], spans: Sequence[Span], lost: str) -> bool:
    """Round thirty-seven: every sign of being lost heard is "pomyliłam się" (a wrong key or a wrong choice, not
    confusion): beside a way back asked ("pomyliłem się, chcę wrócić do początku") the way back is what is asked.
    "Pogubiłam się, proszę wrócić" (lost: rounds nine and twenty-three) and "nie wiem, pomyliłam się" are not."""
    found = _spans_of(spans, lost)
    return bool(found) and all(any(MISTAKING & _lemmas_of(word) for word in words[start:end]) for start, end, _ in found)


SAYING_VERBS = frozenset({"mowic", "powiedziec", "gadac"})
SAYING_REACH = 6  # words from the end of the matter named inside the figure to the saying ("…rachunki za prąd nie
# zabiły, to znaczy tak się tylko mówi")


def named_in_a_saying(words: Sequence[str], spans: Sequence[Span], choice: str, not_now: str) -> bool:
    """Round thirty-seven: every phrase of the choice ends at most SAYING_REACH words before a phrase of what is not
    meant that holds a verb of saying ("tak się tylko mówi", "tak tylko mówię"), and a phrase of any other choice is
    heard after that saying: "żeby mnie te rachunki za prąd nie zabiły, to znaczy tak się tylko mówi, ja w sprawie
    emerytury" (the bills were a figure of speech, the matter is named after it). A matter named after the saying, a
    screen ("w telewizji mówili o dodatku": no saying inside the phrase) and nothing heard after are not."""
    found = _spans_of(spans, choice)
    sayings = [(start, end) for start, end, _ in _spans_of(spans, not_now)
               if any(SAYING_VERBS & _lemmas_of(word) for word in words[start:end])]
    if not found or not sayings:
        return False

    def inside(end: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in sayings if end <= a <= end + SAYING_REACH), None)
    closing = [inside(end) for _, end, _ in found]
    if any(c is None for c in closing):
        return False
    last = max(b for _, b in closing)
    return any(c not in (choice, not_now) and start >= last for c, start, _, _ in spans)


# Round thirty-six: a neighbour not come out for days, and a sign of the house gone quiet ("sąsiadka trzeci dzień nie
# wychodzi, pies wyje, światło się nie świeci").
GOING_OUT = frozenset({"wychodzic", "wyjsc"})
DAY_NOUNS = frozenset({"dzien", "dni", "doby", "dobe", "tydzien", "tygodnia"})
DAY_COUNTS = frozenset({"drugi", "trzeci", "czwarty", "piaty", "dwa", "trzy", "cztery", "piec", "kilka", "pare",
                        "caly", "cala", "cale"})  # "trzeci dzień", "dwa dni", "cały tydzień"; not "co dzień", "w dzień"
NOT_OUT_REACH = 4  # words from "nie wychodzi" to the time of days, either side
HOWLING = frozenset({"wyc", "skowyczec", "skomlec"})  # an animal left inside: "pies wyje"
LIGHT = frozenset({"swiatlo"})
UNANSWERED = frozenset({"otwierac", "otworzyc", "odbierac", "odebrac"})  # "nie otwiera", "nie odbiera"


def may_be_not_out(folded: Iterable[str]) -> bool:
    """A word beginning like going out: not_out_for_days may apply."""
    return any(word.startswith(("wychodz", "wyszl", "wyszed")) for word in folded)


def not_out_for_days(words: Sequence[str]) -> bool:
    """Someone else has not come out for days ("sąsiadka trzeci dzień nie wychodzi", "od wczoraj nie wyszła": "nie"
    within two words before a third-person form of "wychodzić"/"wyjść", a count of days ("trzeci dzień", "dwa dni",
    "cały tydzień") or a time since of days within NOT_OUT_REACH words) and a sign that the house has gone quiet: an animal
    howling inside ("pies wyje"), no light ("światło się nie świeci": "nie" within three words of "światło"), or no
    one opening or answering ("nie otwiera", "nie odbiera"). Someone alone who may be lying ill or dead. "Mama trzeci
    dzień nie wychodzi z domu, bo ślisko" (no sign), "nie wychodzę od tygodnia" (the caller) and "pies wyje trzeci
    dzień" (no one not come out) are not."""
    folded = [fold(word) for word in words]
    since = set(_days_since(folded)) | {at for at, word in enumerate(folded)
                                          if word in DAY_NOUNS and at and folded[at - 1] in DAY_COUNTS}
    if not since:
        return False
    out = [at for at, word in enumerate(words) if "nie" in folded[max(0, at - 2):at]
           and _said_of_another(word, GOING_OUT) and any(abs(start - at) <= NOT_OUT_REACH + 1 for start in since)]
    if not out:
        return False
    lemmas_at = [_lemmas_of(word) for word in words]
    for at, found in enumerate(lemmas_at):
        if HOWLING & found:
            return True
        if LIGHT & found and "nie" in folded[max(0, at - 3):at + 4]:
            return True
        if UNANSWERED & found and at and folded[at - 1] == "nie":
            return True
    return False


# Round thirty-six: the number of a person asked ("numer telefonu do tej pani kierownicy").
NUMBER_NOUNS = frozenset({"numer", "nr"})  # the number itself
# A phone is its number only when asked what it is ("jaki jest telefon do tej pracownicy", "a jaki jest ten
# telefon do pani kierownik"): "telefon do kierowniczki" alone asks for her, a person (issue 23; tests/test_flow.py).
NUMBER_PHONES = frozenset({"telefon", "komorka"})
PHONE_ASKED = frozenset({"jaki", "jaka", "jakie", "jakis"})
# Round 106: "a telefon do pani kierownik jaki jest": the phone asked what it is after the person too
PHONE_ASKED_AFTER = 5  # words from the phone to "jaki"
NUMBER_REACH = 2  # words from the number to "do" ("numer telefonu bezpośrednio do"), and from "do" to the person


def number_of_person(words: Sequence[str], spans: Sequence[Span], contact: str, person: str) -> bool:
    """Every phrase of a person heard comes right after "do" (at most one word between: "do tej pani kierownicy"),
    and that "do" within NUMBER_REACH words after a phrase of the address card naming a number, or a phone asked
    what it is ("numer telefonu do…", "jaki jest telefon do tej pracownicy", "numer bezpośrednio do pracownika";
    round 106: "a telefon do pani kierownik jaki jest", asked after):
    whose number is asked, the address card (as `who`), not a transfer. "Telefon do kierowniczki" (a phone not asked
    what it is), "chcę porozmawiać z kierowniczką, jaki numer do was" (the talk asked outside it) and "proszę połączyć
    z kierowniczką" are not."""
    folded = [fold(word) for word in words]

    def names_number(at: int) -> bool:
        said = _lemmas_of(words[at]) | {folded[at]}
        return bool(NUMBER_NOUNS & said) or bool(NUMBER_PHONES & said) and any(
            folded[k] in PHONE_ASKED or PHONE_ASKED & _lemmas_of(words[k])
            for k in (*range(max(0, at - 3), at), *range(at + 1, min(len(words), at + 1 + PHONE_ASKED_AFTER))))

    number_ends = [end for start, end, _ in _spans_of(spans, contact) if any(map(names_number, range(start, end)))]
    leads = [at for at, word in enumerate(folded) if word == "do"
             and any(end - 1 <= at <= end + NUMBER_REACH for end in number_ends)]  # "numer do" is one phrase
    found = _spans_of(spans, person)
    after = [(start, end) for start, end, _ in found if any(lead < start <= lead + NUMBER_REACH for lead in leads)]
    return bool(found) and all(any(first <= start and end <= last for first, last in after)  # "pani kierownicy"
                               for start, end, _ in found)  # holds "kierownicy"


# Round thirty-six: help asked for a matter named after "na" ("na węgiel czy jest jaka pomoc").
HELP_LEMMAS = frozenset({"pomoc"})
HELP_REACH = 5  # words between the matter after "na" and the help, either side


def help_for_matter(words: Sequence[str], spans: Sequence[Span], about: str, topics: Sequence[str]) -> bool:
    """Every phrase of the office's help in general heard names the help ("jaka pomoc", "pomoc"), and a matter of
    the line comes right after "na" within HELP_REACH words of it, either side ("na węgiel czy jest jaka pomoc",
    "jaka pomoc jest na opał"): the help for that matter is asked, not what the office does. "Jaka pomoc, bo ja nie
    wiem" (no matter) and "w czym pomagacie" (no word of help) are not."""
    folded = [fold(word) for word in words]
    found = _spans_of(spans, about)
    matters = [start for c, start, _, _ in spans if c in topics and start and folded[start - 1] == "na"]
    if not found or not matters:
        return False

    def for_matter(start: int, end: int) -> bool:
        return any(HELP_LEMMAS & _lemmas_of(word) for word in words[start:end]) and any(
            end <= matter <= end + HELP_REACH or start - HELP_REACH <= matter < start for matter in matters)
    helps = [(start, end) for start, end, _ in found if for_matter(start, end)]
    return all(any(first <= start and end <= last for first, last in helps) for start, end, _ in found)  # "pomoc"
    # inside "jaka pomoc"


# Round thirty-six: two hours weighed against each other, a question of the hours ("od ósmej czy od siódmej").
HOUR_WORDS = frozenset({"pierwszej", "drugiej", "trzeciej", "czwartej", "piatej", "szostej", "siodmej", "osmej",
                        "dziewiatej", "dziesiatej", "jedenastej", "dwunastej", "trzynastej", "czternastej",
                        "pietnastej", "szesnastej", "siedemnastej", "osiemnastej"})
TIME_LEADS = frozenset({"od", "do", "o", "po", "przed"})


def hours_weighed(words: Sequence[str]) -> bool:
    """"Czy" between two hours, a word of time before one of them ("od ósmej czy od siódmej", "do trzeciej czy
    czwartej", "o ósmej czy o dziewiątej"): the caller asks which it is, even in a long answer that would otherwise be
    a story told. "Przyszedł wczoraj o ósmej i bił" (no "czy" between hours) and "nie wiem, czy trzeci raz" are not."""
    folded = [fold(word) for word in words]
    for at in range(1, len(folded) - 1):
        if folded[at] != "czy" or folded[at - 1] not in HOUR_WORDS:
            continue
        after = at + 2 if folded[at + 1] in TIME_LEADS else at + 1
        if after < len(folded) and folded[after] in HOUR_WORDS and (
                folded[at + 1] in TIME_LEADS or (at >= 2 and folded[at - 2] in TIME_LEADS)):
            return True
    return False


# Round thirty-six: another office's matter named as what the call is about ("ja w sprawie paszportu, bo…").
MATTER_REACH = 2  # words from "w sprawie" to the other office's matter ("w sprawie tego paszportu")


def matter_elsewhere_first(words: Sequence[str], spans: Sequence[Span], elsewhere: str,
                           topics: Sequence[str]) -> bool:
    """Before the first "bo", "w sprawie" and another office's matter within MATTER_REACH words after it ("ja w
    sprawie paszportu dla wnuczki, bo jedzie do roboty"), and no matter of the line named before that "bo": the
    reason after "bo" names no need of the caller's (as round ten's question "gdzie się wyrabia paszport, bo…").
    "W sprawie zasiłku, bo dowód mi ukradli" (the line's matter first) is not."""
    folded = [fold(word) for word in words]
    cut = next((at for at, word in enumerate(folded) if word == "bo" and at > 0), None)
    if cut is None:
        return False
    leads = [at for at in range(1, cut) if folded[at] == "sprawie" and folded[at - 1] == "w"]
    if not any(lead < start <= lead + MATTER_REACH and end <= cut for start, end, _ in _spans_of(spans, elsewhere)
               for lead in leads):
        return False
    return not any(c in topics and start < cut for c, start, _, _ in spans)


# Round thirty-six: the phone as a thing that works or is put down ("czy ten telefon działa", "odłóż ten telefon").
PHONE_NOUNS = frozenset({"telefon", "komorka", "aparat", "sluchawka"})
WORKING = frozenset({"dzialac"})
PUTTING_DOWN = frozenset({"odlozyc", "odkladac", "wylaczyc", "wylaczac", "schowac", "chowac", "rzucic", "rzucac"})
THING_REACH = 2  # words between the phone and the verb ("odłóż ten telefon", "czy ten telefon w ogóle działa")


def phone_as_thing(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every word of the address card heard is one noun of a phone, with a form of "działać" within THING_REACH words
    either side ("czy ten telefon działa", "czy działa ta komórka") or a verb of putting it down or away within
    THING_REACH words before it or right after it ("odłóż ten telefon", "wyłącz telefon", "telefon odkładam"): the
    device in the caller's hand, not the office's number asked. "Jaki macie telefon", "proszę podać telefon, bo
    tamten nie działa" (the verb far from it) are not."""
    found = _spans_of(spans, contact)
    lemmas_at = [_lemmas_of(word) for word in words]

    def thing(start: int, end: int) -> bool:
        if end - start != 1 or not PHONE_NOUNS & lemmas_at[start]:
            return False
        near = range(max(0, start - THING_REACH), min(len(words), end + THING_REACH))
        return any(WORKING & lemmas_at[at] for at in near if at != start) or any(
            PUTTING_DOWN & lemmas_at[at] for at in range(max(0, start - THING_REACH), min(len(words), end + 1))
            if at != start)
    return bool(found) and all(thing(start, end) for start, end, _ in found)


# Round thirty-six: at the read-back of the caller's number, the phone named as the caller's own ("to ten numer od
# mojej komórki").
OWN = frozenset({"moj", "moja", "mojej", "mojego", "moje", "moim"})
OWN_PHONE = frozenset({"numer", "telefon", "komorka"})
OWN_LEADS = frozenset({"od", "z", "ze", "numer"})  # "od mojej komórki", "z mojego telefonu", "numer mojej komórki"
DENYING = frozenset({"nie", "ani", "inny", "inna", "inne", "innej", "innego"})
ASKING = frozenset({"skad", "czy", "jak", "gdzie", "kto", "dlaczego", "czemu", "co"})  # "skąd macie mój numer"


def own_phone_named(words: Sequence[str]) -> bool:
    """A possessive of the caller's right before a noun of a phone or a number, after "od", "z" or "numer" ("ten od
    mojej komórki", "z mojego telefonu", "numer mojego telefonu"), with no "nie", "ani" or "inny" and no question
    word anywhere: the number read back is the caller's own, a yes. "To nie jest numer mojej komórki", "dzwonię z
    innej komórki" and "a skąd wy macie mój numer" are not."""
    folded = [fold(word) for word in words]
    if (DENYING | ASKING) & set(folded):
        return False
    return any(folded[at - 2] in OWN_LEADS and folded[at - 1] in OWN
               and OWN_PHONE & (_lemmas_of(words[at]) | {folded[at]}) for at in range(2, len(words)))


# Round thirty-six: a body of the line said to receive, no time asked ("ta komisja, czy ona tam się przyjmuje w
# budynku opieki"): where that body sits, its own item, not the office's hours.
TIME_ASKING = frozenset({"kiedy", "ktorej", "godzina", "godziny", "godzin", "godzinach", "dni", "dniach"})


def _third_person_verb(word: str) -> bool:
    if len(word) > 30 or not word.isalpha():
        return False
    return any(tag.startswith(("fin:sg:ter", "fin:pl:ter")) for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


def hours_of_another(words: Sequence[str], spans: Sequence[Span], hours: str, topics: Sequence[str]) -> bool:
    """Every phrase of the hours heard is one verb in the third person ("przyjmuje", "pracują": not the office's
    "przyjmujecie") after a phrase of another matter of the line, and nothing asks a time ("kiedy", "o której",
    "godziny"): whether that body receives there, its own item. "Kiedy przyjmuje komisja" and "czy przyjmujecie"
    are not."""
    folded = [fold(word) for word in words]
    if TIME_ASKING & set(folded):
        return False
    found = _spans_of(spans, hours)
    firsts = [start for c, start, _, _ in spans if c in topics]
    return bool(found) and bool(firsts) and all(
        end - start == 1 and _third_person_verb(words[start]) and any(first < start for first in firsts)
        for start, end, _ in found)


# Round thirty-six: food told as plenty ("tyle jedzenia naszykowała"), no need of it.
PLENTY = frozenset({"tyle", "duzo", "pelno", "mnostwo", "nadmiar"})
NEEDING = frozenset({"potrzebowac", "brakowac", "brak", "prosic", "dostac", "szukac"})
PLENTY_REACH = 3  # words around "tyle jedzenia" where a "nie" denies the plenty ("tyle jedzenia to my nie mamy")


def plenty_told(words: Sequence[str], spans: Sequence[Span], food: str) -> bool:
    """Every phrase of food heard comes right after a word of plenty ("tyle jedzenia", "dużo jedzenia", "pełno
    jedzenia"), no word of needing or asking is said ("potrzebuję", "brakuje", "proszę", "dostać") and no "nie" within
    PLENTY_REACH words of it: a meal told of, not food aid asked for. "Potrzebuję dużo jedzenia dla dzieci" and "tyle
    jedzenia to my nie mamy" are not."""
    folded = [fold(word) for word in words]
    if any(NEEDING & _lemmas_of(word) for word in words):
        return False
    found = _spans_of(spans, food)
    return bool(found) and all(start and folded[start - 1] in PLENTY
                               and "nie" not in folded[max(0, start - 1 - PLENTY_REACH):end + PLENTY_REACH]
                               for start, end, _ in found)


# Round thirty-eight: winter in the countryside. Someone lying outside the bed after a fall or on the ground ("on leży
# w rowie", "świnia przewróciła i on leży w gnoju") who cannot be lifted or groans; a house gone cold with someone frail
# in it; someone living alone not heard from for days; "mnie już nie będzie na tym świecie" beside giving up.
LYING = frozenset({"lezec"})
FALLING = frozenset({"spasc", "upasc", "przewrocic", "przygniesc", "poslizgnac", "wywrocic", "zleciec"})
GROUND = frozenset({"row", "snieg", "lod", "podworko", "podworek", "podworze", "klepisko", "gnoj", "ziemia", "podloga",
                    "droga", "pole", "obora", "chlew", "stodola", "sien", "sciezka", "bloto", "schody", "ulica",
                    "chodnik", "trawa", "dwor", "przystanek", "zaspa", "kaluza", "rzeka", "staw"})
BEDS = frozenset({"lozko", "szpital", "wersalka", "kanapa", "tapczan", "lozeczko", "lezanka", "sofa"})
LIFTING = frozenset({"uniesc", "podniesc", "podnosic", "ruszyc", "ruszac", "dzwignac", "postawic", "wyciagnac",
                     "wstac", "wstawac", "czuc"})
GROANING = frozenset({"stekac", "jeczec", "charczec", "rzezic"})
GROUND_REACH = 4  # words from "leży" to the ground, either side ("leży w tym gnoju", "w rowie koło przystanku leży")
SUBJECT_REACH_LYING = 6  # words before "leży" where the one lying is named ("on", "sąsiad", "mama")
LIFT_REACH = 4  # words from "nie" to the verb of lifting ("nie da rady go ruszyć")
# Session twenty-two: a floor or a cellar further after "leży" ("leży w kuchni od rana na podłodze", "leży w piwnicy
# bo zeszła po ziemniaki i spadła ze schodów"), a fall after it, and silence as a sign ("i nic nie mówi").
FLOORS = frozenset({"podloga", "piwnica"})
FLOOR_REACH = 6  # words from "leży" to the floor after it
FALL_AFTER_REACH = 8  # words from "leży" to the fall told after it ("leży w piwnicy, bo zeszła … i spadła")
SPEECHLESS = frozenset({"mowic", "gadac", "odzywac", "reagowac", "odpowiadac"})
NEGATED_AFTER_REACH = 2  # words from the verb to "nie" after it ("ruszyć się nie może")


def may_be_round_thirty_eight(folded: Iterable[str]) -> bool:
    """A word one of round thirty-eight's readings needs: they may apply."""
    folded = tuple(folded)
    return any(word.startswith(("lezy", "sin", "posini", "zsini", "goracz", "swiecie", "swiata", "odbier", "dymi",
                                "otwier", "zimn", "mroz", "ziab", "stopni", "para")) for word in folded)


def _someone(word: str) -> bool:
    """A person named: "on", "ona", a masculine personal noun ("sąsiad", "pijak") or a woman or child of PERSONS."""
    if fold(word) in {"on", "ona", "ono"}:
        return True
    return any(r.pos in {"subst", "depr"} and (r.gender == "m1" or fold(r.lemma) in PERSONS) for r in readings(word))


def lying_hurt(words: Sequence[str]) -> bool:
    """Someone lies now ("leży", the present said of another, no "nie" before) on the ground or after a fall (a word of
    the ground within GROUND_REACH words, "w rowie", "w gnoju", "na klepisku", or a verb of falling before it: "świnia
    go przewróciła"), a person named within SUBJECT_REACH_LYING words before it or before the verb of falling ("sąsiad
    spadł ze strychu z sianem i leży"), no bed beside it, and cannot be
    lifted or moved or groans ("sama go nie uniosę", "nie da rady go ruszyć", "nóg nie czuje", "stęka"): someone
    hurt lying in the cold. "Mama leży w łóżku, sama jej nie podniosę" (a bed: care), "węgiel leży na podwórku, nie
    uniosę go" (no person) and "sąsiad leży w rowie pijany, jak zwykle" (no sign) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]
    sign = any(GROANING & found for found in lemmas_at) or any(
        LIFTING & found and (NEGATING & set(folded[max(0, at - LIFT_REACH):at])
                             or NEGATING & set(folded[at + 1:at + 1 + NEGATED_AFTER_REACH]))
        or SPEECHLESS & found and NEGATING & set(folded[max(0, at - 2):at]) for at, found in enumerate(lemmas_at))
    if not sign:
        return False
    for at, word in enumerate(words):
        if not (_third_person_present(word, LYING) and folded[at].startswith("lez")) or (at and folded[at - 1] == "nie"):
            continue
        near = set().union(*lemmas_at[max(0, at - GROUND_REACH):at + GROUND_REACH + 1])
        if BEDS & near:
            continue
        after = set().union(*lemmas_at[at + 1:at + 1 + FLOOR_REACH])
        falls = [k for k, found in enumerate(lemmas_at[:at]) if FALLING & found]
        fall_after = any(FALLING & found for found in lemmas_at[at + 1:at + 1 + FALL_AFTER_REACH])
        if not (GROUND & near or FLOORS & after or falls or fall_after):
            continue
        if any(_someone(words[k]) for end in [at, *falls] for k in range(max(0, end - SUBJECT_REACH_LYING), end)):
            return True
    return False


BLUE = frozenset({"siny", "sinawy", "posiniec", "zsiniec"})  # not "siniec" (a bruise)
FEVER = frozenset({"goraczka"})
COLD_SIGNS = (("zero", "stopni"), ("para", "z", "ust"), ("para", "leci"), ("jak", "w", "psiarni"))
HEAT = HEATING_THINGS | {"palic", "napalic"}  # "nie pali, bo nie ma czym"
STILL = frozenset({"ruszyc", "ruszac"})
SHIVERING = frozenset({"drzec", "dygotac", "trzasc"})  # session twenty-three: "żona leżąca pod trzema kołdrami i drży";
# round 105: "on się cały trzęsie"
OWN_SHIVERING = frozenset({"trzese", "drze", "trzesiemy", "drzymy"})  # folded: "dygoczę" is "dygocze"
# Round 104: confusion told of another ("gada od rzeczy", "nie poznaje nas", "majaczy"): a sign of the frail
CONFUSED_PHRASES = (("gada", "od", "rzeczy"), ("mowi", "od", "rzeczy"), ("gadal", "od", "rzeczy"),
                    ("gadala", "od", "rzeczy"), ("nas", "nie", "poznaje"), ("nie", "poznaje"))
CONFUSED = frozenset({"majaczyc", "bredzic"})
# Round 105: signs of a cold room that need no stove named ("zimno jak w psiarni", "para z ust")
ROOM_COLD_SIGNS = (("zero", "stopni"), ("para", "z", "ust"), ("jak", "w", "psiarni"))
# Session twenty-three: a great age said ("ona ma osiemdziesiąt siedem lat", "mam dziewięćdziesiąt lat") is a sign of
# the frail in a house gone cold; seventy and more, "lat" within AGE_REACH words after the tens
OLD_AGE_TENS = frozenset({"siedemdziesiat", "osiemdziesiat", "dziewiecdziesiat"})
AGE_REACH = 2  # "osiemdziesiąt siedem lat": the units between


def _frail_sign(words: Sequence[str], folded: Sequence[str]) -> bool:
    for at, word in enumerate(words):
        found = _lemmas_of(word) | {folded[at]}
        if BLUE & found or FEVER & found and not {"mam", "mamy", "nie"} & set(folded[max(0, at - 2):at]):
            return True  # "sinawy", "mała ma gorączkę"; not the caller's own fever ("mam gorączkę i zimno mi": chills)
        if folded[at] in EATING_FORMS and EATING & found and NEGATING & set(folded[max(0, at - 2):at]):
            return True  # "nie je", "nic nie jadła"
        if STILL & found and NEGATING & set(folded[max(0, at - 3):at]):
            return True  # "nie chce się ruszyć"
        if SHIVERING & found and not (OWN_BODY & set(folded[max(0, at - 3):at]) or folded[at] in OWN_SHIVERING):
            return True  # session twenty-three: "drży", "dygocze" in a house gone cold; round 105: not the caller's
            # own ("aż mi się ręce trzęsą", "trzęsę się")
        if folded[at] in OLD_AGE_TENS and "lat" in folded[at + 1:at + 1 + AGE_REACH]:
            return True  # session twenty-three: "ma osiemdziesiąt siedem lat"
    return _confused(words, folded)


def _confused(words: Sequence[str], folded: Sequence[str]) -> bool:
    """Round 104: "gada od rzeczy", "nie poznaje", "majaczy", "bredzi": confusion told of another."""
    return _phrase_at(folded, CONFUSED_PHRASES) or any(CONFUSED & _lemmas_of(word) for word in words)


def fever_and_confused(words: Sequence[str]) -> bool:
    """Round 104: a fever of another ("ma gorączkę", not the caller's own "mam gorączkę") and confusion beside it ("od
    wieczora gada od rzeczy", "nie poznaje nas", "majaczy"): a sudden illness of the frail, danger to life. "Mama ma
    gorączkę, czy jest opiekunka" (no confusion) and "babcia gada od rzeczy, ma alzheimera" (no fever) are not."""
    folded = [fold(word) for word in words]
    fever = any(FEVER & _lemmas_of(word) and not {"mam", "mamy", "nie"} & set(folded[max(0, at - 2):at])
                for at, word in enumerate(words))
    return fever and _confused(words, folded)


def cold_and_frail(words: Sequence[str]) -> bool:
    """A house gone cold (a word of cold, "zero stopni", "para z ust", beside the stove or the fuel, or "nie pali, bo
    nie ma czym") and someone in it frail now: blue ("sinawy na ustach", "posiniał"), with a fever ("mała ma
    gorączkę", not the caller's own "mam gorączkę": chills), not eating ("nie je"), not moving ("nie chce się
    ruszyć"), shivering ("drży") or of a great age ("ma osiemdziesiąt siedem lat"; both session twenty-three): cold
    of the helpless, danger to life.
    "Zimno, a nie mamy na węgiel" (no one frail), "mama ma gorączkę, czy jest opiekunka" (no cold) and "zimno mi w
    nogi, ale węgla pełna komórka" (no sign) are not."""
    folded = [fold(word) for word in words]
    cold = any(COLD & _lemmas_of(word) for word in words) or _phrase_at(folded, COLD_SIGNS)
    heat = any(HEAT & _lemmas_of(word) for word in words) or _phrase_at(folded, ROOM_COLD_SIGNS)  # round 105
    return cold and heat and _frail_sign(words, folded)


SILENT = frozenset({"odbierac", "otwierac", "dymic"})  # "nie odbiera", "nie otwiera", "komin nie dymi"
ALONE_ONE = frozenset({"sam", "sama", "samiutki", "samiutka", "samotny", "samotna"})
HOMES = frozenset({"domu", "chalupie", "mieszkaniu", "chacie", "chalupce", "domku"})
ALONE_HOME_REACH = 2  # words from "sama" to "mieszka" or "w chałupie" ("on zimą sam w chałupie")


def _living_alone(words: Sequence[str], folded: Sequence[str]) -> bool:
    for at, word in enumerate(folded):
        if word.startswith("samotn"):
            return True
        if word not in ALONE_ONE:
            continue
        around = range(max(0, at - ALONE_HOME_REACH), min(len(words), at + ALONE_HOME_REACH + 1))
        if any(folded[i] in HOMES or folded[i] in {"mieszka", "mieszkal", "mieszkala"} for i in around):
            return True
    return False


def alone_unheard_for_days(words: Sequence[str]) -> bool:
    """Someone living alone ("sama mieszka", "sam w chałupie", "samotny") and, with a time since of days ("od trzech
    dni", "od tygodnia") anywhere in the answer, not answering, not opening or the chimney not smoking ("nie odbiera
    telefonu", "nie otwiera", "komin nie dymi": "nie" right before the verb said of another, no "nikt" before it):
    someone who may be lying ill or frozen. "Od trzech dni nie odbiera, pojechał do córki" (no one alone), "sama
    mieszkam, od tygodnia nikt u was nie odbiera" (the office) and "komin nie dymi, bo mamy gaz" are not."""
    folded = [fold(word) for word in words]
    if not _days_since(folded) or not _living_alone(words, folded):
        return False
    return any(at and folded[at - 1] == "nie" and (at < 2 or folded[at - 2] not in NOBODY)
               and _said_of_another(word, SILENT) for at, word in enumerate(words))


GONE_FROM_WORLD = (("nie", "bedzie", "na", "tym", "swiecie"), ("nie", "bedzie", "na", "swiecie"),
                   ("nie", "bedzie", "mnie", "na", "tym", "swiecie"), ("nie", "bedzie", "mnie", "na", "swiecie"),
                   # session twenty-two: "bo i tak jutro mnie już nie będzie", beside giving up
                   ("i", "tak", "jutro", "mnie", "nie", "bedzie"))
GIVING_UP = (("nie", "mam", "sily"), ("nie", "mam", "juz", "sily"), ("po", "co", "mi"), ("po", "co", "ja"),
             ("mam", "dosc"), ("nie", "wytrzymam"), ("nie", "daje", "rady"), ("nie", "dam", "rady"),
             ("nie", "wiem", "po", "co"))  # session twenty-two: "nie wiem, po co dzwonię"


def gone_from_this_world(words: Sequence[str]) -> bool:
    """The caller will not be on this world ("mnie już nie będzie na tym świecie", "już" and "mnie" may stand
    between) and gives up beside it ("nie mam siły", "po co mi to wszystko", "mam dość"): a plan to end one's life
    told without its words. "Jak mnie nie będzie na tym świecie, kto się synem zajmie" (no giving up) and "jak mnie
    nie będzie na tym świecie, po co mi ten dom" (a condition: "jak" right before "mnie") are not."""
    folded = [fold(word) for word in words if fold(word) != "juz"]
    gone = [at for at in range(len(folded)) if any(tuple(folded[at:at + len(p)]) == p for p in GONE_FROM_WORLD)
            and (at < 1 or folded[at - 1] != "mnie" or not CONDITION_WORDS & set(folded[max(0, at - 3):at]))]
    return bool(gone) and _phrase_at(folded, GIVING_UP)


# Round thirty-eight: a matter told with all well and "tak tylko mówię": nothing asked ("u mnie trochę zimno, ale syn
# węgiel zamówił, wszystko dobrze, ja tak tylko mówię").
ALL_WELL = (("wszystko", "dobrze"), ("wszystko", "w", "porzadku"), ("wszystko", "jest", "dobrze"),
            ("wszystko", "jest", "w", "porzadku"), ("dobrze", "jest"), ("wszystko", "gra"))
JUST_TELLING = (("tak", "tylko", "mowie"), ("tylko", "tak", "mowie"), ("tak", "sobie", "mowie"), ("tylko", "mowie"),
                ("tylko", "powiedziec"), ("tylko", "opowiadam"), ("tak", "tylko", "opowiadam"),
                ("tylko", "chcialam", "powiedziec"), ("tylko", "chcialem", "powiedziec"))
ASKING_AFTER_ALL_WELL = frozenset("""czy gdzie kiedy ile jaki jaka jakie jakiego ktora ktorej zapytac zapytam pytam pytanie prosze
    potrzebuje potrzebujemy potrzebna potrzebny mozna moge mozemy chce chcemy dostac zalatwic zlozyc""".split())


def told_all_well(words: Sequence[str]) -> bool:
    """The caller says all is well ("wszystko dobrze", "wszystko w porządku", "dobrze jest") and only tells ("ja tak
    tylko mówię", "chciałam tylko powiedzieć"), with no word of asking or wanting anywhere ("czy", "gdzie", "proszę",
    "potrzebuję", "chcę"...): whatever matter was named is told, not asked. "Wszystko dobrze, tak tylko mówię, ale czy
    jest dodatek węglowy" (a question) and "zimno, węgla nie ma, ja tak tylko mówię" (nothing is well) are not."""
    folded = [fold(word) for word in words]
    return _phrase_at(folded, ALL_WELL) and _phrase_at(folded, JUST_TELLING) and not ASKING_AFTER_ALL_WELL & set(folded)


# round thirty-nine: a house gone cold told by its degrees ("w domu dziesięć stopni") or a child burning with fever ("cała
# rozpalona"), beside the stove or the fuel: the cold of the helpless
LOW_DEGREE_NUMBERS = frozenset("zero jeden dwa trzy cztery piec szesc siedem osiem dziewiec dziesiec jedenascie "
                               "dwanascie kilka pare".split())
DEGREE_WORDS = frozenset({"stopni", "stopnie", "stopien", "stopnia"})
FEVER_TENS = frozenset({"trzydziesci", "czterdziesci"})  # "trzydzieści osiem stopni": a fever, not the room
WHOLE = frozenset({"caly", "cala", "cale", "cali", "calutki", "calutka", "calutkie"})
BURNING_HOT = frozenset({"rozpalony", "rozpalona", "rozpalone", "rozpaleni", "goracy", "goraca", "gorace"})
FEVERISH = frozenset({"goraczkowac"})


def _low_degrees(folded: Sequence[str]) -> bool:
    return any(word in DEGREE_WORDS and at and folded[at - 1] in LOW_DEGREE_NUMBERS
               and (at < 2 or folded[at - 2] not in FEVER_TENS) for at, word in enumerate(folded))


def _burning_with_fever(words: Sequence[str], folded: Sequence[str]) -> bool:
    """"Cała rozpalona", "cały gorący" (a whole body hot: "cały" right before), "gorączkuje"."""
    return any(word in BURNING_HOT and at and folded[at - 1] in WHOLE for at, word in enumerate(folded)) or any(
        FEVERISH & _lemmas_of(word) for word in words)


def cold_house_fever(words: Sequence[str]) -> bool:
    """A house gone cold, told by a word of cold or by its degrees ("w domu dziesięć stopni", not "trzydzieści osiem
    stopni"), beside the stove, the fuel or "palić", and someone frail in it ("dzieci mają gorączkę", "mała cała
    rozpalona", "gorączkuje", or the signs of `cold_and_frail`). "W domu dziesięć stopni, czy jest dodatek węglowy"
    (no one frail) and "piec rozpalony, ciepło, a mała ma gorączkę" (no cold) are not."""
    folded = [fold(word) for word in words]
    cold = any(COLD & _lemmas_of(word) for word in words) or _phrase_at(folded, COLD_SIGNS) or _low_degrees(folded)
    heat = any(HEAT & _lemmas_of(word) for word in words)
    return cold and heat and (_frail_sign(words, folded) or _burning_with_fever(words, folded))


# round thirty-nine: nothing to feed a child with ("nie mam czym dziecka nakarmić"): hunger of the helpless
FEEDING = frozenset({"nakarmic", "karmic", "wykarmic"})
FED_ONES = frozenset({"dziecko", "dzieciak", "wnuk", "wnuczek", "wnuczka", "maluch", "corka", "syn", "mama", "matka",
                      "tata", "ojciec", "babcia", "dziadek", "maz", "zona", "rodzina"})
FEED_REACH = 3  # words from "czym" to the verb ("nie mam czym dziecka nakarmić")


def nothing_to_feed(words: Sequence[str]) -> bool:
    """"Nie mam czym (dzieci) nakarmić", "nie ma czym ich karmić": "nie" within two words before "czym", a verb of
    feeding within three after it, and no animal fed ("nie mam czym krów nakarmić" is the farm, not hunger): no food
    for the people of the house. "Mam czym nakarmić" and "nie wiem czym karmić psa" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word != "czym" or not NEGATING & set(folded[max(0, at - 2):at]):
            continue
        for k in range(at + 1, min(len(words), at + FEED_REACH + 1)):
            if FEEDING & _lemmas_of(words[k]):
                around = set().union(*[_lemmas_of(w) for w in words[at + 1:k + 3]])
                if not ANIMALS & around:
                    return True
    return False


# round thirty-nine: gas let out in the house now ("odkręciła gaz w kuchence … czuć już wszędzie")
GAS = frozenset({"gaz"})
SMELLING = frozenset({"czuc", "smierdziec", "smierdzic", "smrod", "zapach", "cuchnac"})
GAS_SMELL_REACH = 12  # words from the gas to the smell ("gaz w kuchence i nie mogę jej odciągnąć … czuć już wszędzie")
WAS = frozenset({"bylo", "byl", "byla"})


def gas_smelled(words: Sequence[str]) -> bool:
    """The gas named and a smell within twelve words after it, not told as past ("czuć było"): "odkręciła gaz w
    kuchence, czuć już w całym domu", "gaz z butli, śmierdzi w kuchni". "Rachunek za gaz przyszedł" (no smell) and "gaz
    się ulatniał, czuć było, ale już naprawione" (past) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not GAS & _lemmas_of(word) or folded[at] == "gaza":
            continue
        for k in range(at + 1, min(len(words), at + GAS_SMELL_REACH + 1)):
            if SMELLING & (_lemmas_of(words[k]) | {folded[k]}) and not WAS & set(folded[max(0, k - 2):k + 3]):
                return True
    return False


def may_be_round_thirty_nine(folded: Iterable[str]) -> bool:
    """A word one of round thirty-nine's readings needs: they may apply."""
    folded = tuple(folded)
    return "czym" in folded or any(word.startswith(("gaz", "rozpal", "goracz", "stopni", "stopie")) for word in folded)


# round thirty-nine: feeling faint at a sight that is over ("mi się słabo zrobiło, jak zobaczyłam ten rachunek")
FAINT_WORDS = frozenset({"slabo"})
MADE = frozenset({"zrobilo"})  # the past: it happened at the sight and passed
SIGHT_SEEING = SEEING | {"przeczytac", "czytac"}
FAINT_REACH = 2  # words from the faint phrase to "zrobiło" and to "jak" ("słabo mi się zrobiło, jak zobaczyłam")


def faint_at_a_sight(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is feeling faint ("słabo"), with "zrobiło" beside it (the past) and "jak", "kiedy"
    or "gdy" with a verb of seeing, hearing or reading within two words after it: a fright at a bill or a letter,
    over. "Mamie się słabo zrobiło i leży" (no sight), "słabo mi się robi, jak widzę krew" (the present) and "słabo
    mi się zrobiło, jak zobaczyłam, że on leży" (a situation: "że" after the seeing) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def at_a_sight(start: int, end: int) -> bool:
        if not FAINT_WORDS & set(folded[start:end]) or not MADE & set(folded[max(0, start - FAINT_REACH):end + FAINT_REACH]):
            return False
        for at in range(end, min(len(words) - 1, end + FAINT_REACH + 1)):
            if folded[at] in WHEN_SEEING and SIGHT_SEEING & _lemmas_of(words[at + 1]):
                return at + 2 >= len(words) or folded[at + 2] != "ze"
        return False
    return all(at_a_sight(start, end) for start, end, _ in found)


# round thirty-nine: hunger denied ("ale nie że głodna chodzę", "nie żebyśmy głodni byli")
HUNGER = frozenset({"glodny", "glod", "glodowac", "glodna"})
NOT_THAT = (("nie", "ze"), ("nie", "zeby"), ("nie", "zebym"), ("nie", "zebysmy"), ("nie", "zeby", "az"))


def hunger_denied(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is a word of hunger right after "nie że", "nie żeby(m)" (one word between at most):
    "obiady, bo gotować mi się nie chce, ale nie że głodna chodzę". "Nie żeby bił" (not hunger), "dzieci głodne,
    nie że ja" (hunger not after the denial) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def denied(start: int, end: int) -> bool:
        if not any(HUNGER & (_lemmas_of(word) | {fold(word)}) for word in words[start:end]):
            return False
        return any(tuple(folded[at:at + len(phrase)]) == phrase for phrase in NOT_THAT for gap in range(2)
                   for at in [start - gap - len(phrase)] if at >= 0)
    return all(denied(start, end) for start, end, _ in found)


# round thirty-nine: the verb named, then denied ("bić to on nie bije", "grozić to nie grozi, tylko krzyczy")
NAMED_THEN_DENIED_REACH = 4  # words from the infinitive to "nie" ("bić to on już nie bije")
NAMED_SPAN = 3  # a danger phrase that begins or ends with the denied verb ("pije, ale bić" heard as "pijany bije")


def named_then_denied(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard (three words at most) begins or ends with an infinitive followed within four words
    by "nie" and the same verb ("bić to on nie bije"), or with that denied verb itself: the deed said not to happen. "Bić to bije" (no "nie"), "bić to nie
    bije, ale grozi" (another danger word) and "nie bije, ale bić to by chciał" (no infinitive first) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]
    denied_at: set[int] = set()
    for at, word in enumerate(words):
        if not any(r.pos == "inf" for r in readings(word)):
            continue
        for no in range(at + 1, min(len(words) - 1, at + NAMED_THEN_DENIED_REACH + 1)):
            if folded[no] == "nie" and _lemmas_of(word) & _lemmas_of(words[no + 1]):
                denied_at |= {at, no + 1}
    return bool(denied_at) and all(end - start <= NAMED_SPAN and {start, end - 1} & denied_at for start, end, _ in found)


# round thirty-nine: a verb of the story told on ("w telewizji pokazywali, jak pobił i w piwnicy ją zamknął")


def story_goes_on(spans: Sequence[Span], choice: str, told: str, danger: str, words: Sequence[str]) -> bool:
    """Every phrase of the choice heard is one verb in the past tense said of another ("zamknął", by the dictionary
    and its ending), after the first words of a story from a screen or long ago and after a danger word of it, with no
    "teraz" between: the story told on ("w telewizji pokazywali, jak chłop babę pobił i w piwnicy ją zamknął"), not
    the office closed. "W telewizji pokazywali, jak pobił, a teraz czy jesteście zamknięci" (after "teraz"; not a
    past verb) is still asked."""
    found = _spans_of(spans, choice)
    told_starts = [start for start, _, _ in _spans_of(spans, told)]
    danger_starts = [start for start, _, _ in _spans_of(spans, danger)]
    if not found or not told_starts or not danger_starts:
        return False
    first = min(told_starts)
    folded = [fold(word) for word in words]

    def told_on(start: int, end: int) -> bool:
        if end - start != 1 or start <= first or not any(first <= d < start for d in danger_starts):
            return False
        if NOW & set(folded[first:start]):
            return False
        return folded[start].endswith(THIRD_PAST_ENDS) and any(r.pos == "praet" for r in readings(words[start]))
    return all(told_on(start, end) for start, end, _ in found)


# round forty: danger told by a caller about someone else, in a long story. A small child crying or calling for hours or in
# the dark with no grown-up there; someone lying outside in the frost in thin clothes or who cannot be woken; someone lying
# cold or mumbling in a house gone cold.
FORTY_SMALL_ONES = CHILDREN | frozenset({"chlopczyk", "chlopiec", "dziewczynka", "niemowle", "niemowlak", "maluszek", "synek",
                                   "coreczka", "dzieciatko", "malec"})
FORTY_CALLING_OUT = LEFT_STAYING | frozenset({"wolac", "krzyczec", "stac", "kwilic"})  # "w oknie stoi i woła mamo"
FORTY_GROWN_UPS = frozenset({"dorosly", "dorosla"})
FORTY_ABSENT_VERBS = frozenset({"ma", "bylo", "widac", "widze", "widzialam", "widzialem"})  # "nie ma", "nie było", "nie widać"
FORTY_ABSENT_REACH = 3  # words from the grown-ups to "nie ma", either side ("dorosłych żadnych nie ma")
FORTY_GROWN_UP_REACH = 25  # words from the child to the grown-ups absent (a long telling between)
FORTY_HOUR_WORDS = frozenset({"godzine", "godziny", "godzin"})
FORTY_HOUR_COUNTS = frozenset({"ze", "pare", "kilka", "kilku", "dwie", "trzy", "cztery", "piec", "dobre", "dobra", "cale",
                               "cala"})


def _hours_long(folded: Sequence[str]) -> bool:
    """A time of hours said without "od": "ze dwie godziny", "już kilka godzin", "całą godzinę"."""
    return any(word in FORTY_HOUR_WORDS and at and folded[at - 1] in FORTY_HOUR_COUNTS for at, word in enumerate(folded))


def _grown_ups_absent(words: Sequence[str], folded: Sequence[str], start: int) -> bool:
    """After start: a grown-up ("dorosłych", "dorosłego") with "nie ma", "nie było", "nie widać" within three words on
    either side ("dorosłych żadnych nie ma", "nie ma tam dorosłego"), or "bez dorosłych"."""
    for at in range(start, min(len(words), start + FORTY_GROWN_UP_REACH)):
        if not FORTY_GROWN_UPS & _lemmas_of(words[at]):
            continue
        if at and folded[at - 1] == "bez":
            return True
        around = range(max(0, at - FORTY_ABSENT_REACH - 1), min(len(words) - 1, at + FORTY_ABSENT_REACH + 1))
        if any(folded[k] == "nie" and folded[k + 1] in FORTY_ABSENT_VERBS for k in around):
            return True
    return False


def child_with_no_grown_up(words: Sequence[str]) -> bool:
    """A small child ("dziecko", "chłopczyk", "niemowlak") crying, calling or staying (a verb said of another within
    ALONE_REACH words after it: "płacze", "woła", "stoi w oknie"), no grown-up there after it ("dorosłych żadnych nie
    ma", "nie ma dorosłego", "bez dorosłych"), and hours passing ("ze dwie godziny", "od rana"), the dark or the cold
    ("ciemno", "zimno", "w nocy"): a child left alone now. "Dziecko płacze, bo dorosłych nie ma w pokoju, poszli po
    herbatę" (no hours, no dark) and "dorosłych nie ma, dziecko śpi" after "od rana" with no child crying or staying
    are not; a child with its parents away ("rodziców nie ma") is the list's."""
    folded = [fold(word) for word in words]
    if not (_since_recent(folded) or _hours_long(folded) or _phrase_at(folded, NIGHT)
            or any(COLD & _lemmas_of(word) for word in words)):
        return False
    for at, word in enumerate(words):
        if not FORTY_SMALL_ONES & _lemmas_of(word):
            continue
        verbs = [k for k in range(at + 1, min(len(words), at + 1 + ALONE_REACH))
                 if folded[k - 1] != "nie" and _third_person(words[k], FORTY_CALLING_OUT)]
        if verbs and _grown_ups_absent(words, folded, verbs[0] + 1):
            return True
    return False


def _outside_in_frost(words: Sequence[str], folded: Sequence[str]) -> bool:
    """Frost or cold ("mróz", "zimno", "minus dwanaście") and someone else staying outside (a verb of staying said of
    another, no "nie" right before it, a place outside within OUT_REACH words): out_in_the_cold's first two signs."""
    cold = any(COLD & _lemmas_of(word) or (folded[at] == "minus" and at + 1 < len(words))
               for at, word in enumerate(words))
    if not cold:
        return False
    staying = [at for at, word in enumerate(words) if _third_person(word, OUT_STAYING)
               and not (at and folded[at - 1] == "nie")]
    return any(_outside(words[i]) for at in staying
               for i in range(max(0, at - OUT_REACH), min(len(words), at + OUT_REACH + 1)) if i != at)


FORTY_THIN = frozenset({"samej", "samym", "samych"})  # "w samej bluzie", "w samym swetrze", "w samych skarpetkach"
FORTY_WAKING = frozenset({"budzic", "obudzic", "dobudzic", "cucic", "ocucic", "docucic"})
FORTY_UNWOKEN_WORDS = frozenset({"nic", "nie"})  # "budzę go, a on nic", "nie mogę go obudzić"
FORTY_UNWOKEN_BEFORE, FORTY_UNWOKEN_AFTER = 3, 4  # words from "nie" before the verb of waking, and to "nic" after it


def out_in_frost_exposed(words: Sequence[str]) -> bool:
    """Someone else stays outside in the frost (out_in_the_cold's first two signs: "leży na ławce", "a jest minus
    dwanaście"), either in thin clothes ("w samej bluzie", "w samym swetrze": "w" and "samej" before a noun) or cannot
    be woken ("budzę go, a on nic", "nie mogę go obudzić"): freezing now. "Siedzi na ławce w samej kurtce, ale jest
    ciepło" (no cold), "stoi na przystanku w samej bluzie, a jest ciepło" and "mróz, sąsiad śpi w domu, nie mogę go
    obudzić" (no one outside) are not."""
    folded = [fold(word) for word in words]
    if not _outside_in_frost(words, folded):
        return False
    thin = any(folded[at] == "w" and folded[at + 1] in FORTY_THIN and any(r.pos == "subst" for r in readings(words[at + 2]))
               for at in range(len(words) - 2))
    unwoken = any(FORTY_WAKING & _lemmas_of(word) and FORTY_UNWOKEN_WORDS & set(folded[max(0, at - FORTY_UNWOKEN_BEFORE):at]
                                                                   + folded[at + 1:at + 1 + FORTY_UNWOKEN_AFTER])
                  for at, word in enumerate(words))
    return thin or unwoken


FORTY_COLD_BODY = frozenset({"zimny", "zimna", "lodowaty", "lodowata", "wychlodzony", "wychlodzona"})
FORTY_MUMBLING = frozenset({"mamrotac", "belkotac", "majaczyc", "bredzic"})
FORTY_LYING_SIGN_REACH = 6  # words from "leży" to the sign ("leży zimny cały i coś mamrocze")
FORTY_BODY_LEADS = frozenset({"lezy", "jest", "caly", "cala", "taki", "taka", "juz", "i", "on", "ona", "calutki",
                              "calutka", "zrobil", "zrobila"})  # the word right before the cold body: said of the one lying


def cold_and_confused(words: Sequence[str]) -> bool:
    """A house gone cold (a word of cold beside the stove or the fuel: "piec zimny") and someone lying in it ("leży",
    said of another, no "nie" before) cold to the touch or mumbling within six words after ("leży zimny cały",
    "leży i coś mamrocze"; the cold word right after "leży", "cały", "już", "i" or "on", not after the stove):
    cold of the helpless, as round thirty-eight's cold_and_frail. "Dziadek leży w łóżku, piec zimny, czy jest dodatek
    węglowy" (the stove is cold, no sign) and "mama mamrocze przez sen, ciepło w domu" (no cold) are not."""
    folded = [fold(word) for word in words]
    cold = any(COLD & _lemmas_of(word) for word in words) or _phrase_at(folded, COLD_SIGNS)
    if not cold or not any(HEAT & _lemmas_of(word) for word in words):
        return False
    for at, word in enumerate(words):
        if not (folded[at].startswith("lez") and _third_person_present(word, LYING)) or (at and folded[at - 1] == "nie"):
            continue
        for k in range(at + 1, min(len(words), at + 1 + FORTY_LYING_SIGN_REACH)):
            if FORTY_MUMBLING & _lemmas_of(words[k]):
                return True
            if folded[k] in FORTY_COLD_BODY and folded[k - 1] in FORTY_BODY_LEADS:
                return True  # "leży zimny", "leży i już cała zimna"; not "leży w łóżku, piec zimny" (the stove)
    return False


def may_be_round_forty(folded: Iterable[str]) -> bool:
    """A word one of round forty's danger readings needs: they may apply."""
    folded = tuple(folded)
    return any(word.startswith(("dorosl", "samej", "samym", "samych", "budz", "obudz", "dobudz", "cuc", "ocuc", "mamro",
                                "zimn", "lodowat")) for word in folded)


# round forty: a name told as whose kin the caller or another is ("jestem synem pana Stanisława", "wnuk pani Heleny
# dzwonił"), or, beside a message, to whom it is passed ("proszę przekazać pani Ani"): no one asked for by name.
FORTY_KIN = frozenset({"syn", "corka", "wnuk", "wnuczka", "sasiad", "sasiadka", "brat", "siostra", "maz", "zona", "ziec",
                 "synowa", "szwagier", "szwagierka", "bratanek", "bratanica", "siostrzeniec", "siostrzenica", "lokator",
                 "lokatorka", "znajomy", "znajoma", "kolega", "kolezanka", "ojciec", "matka", "mama", "tata", "opiekun",
                 "opiekunka", "wnuczek", "synek", "coreczka", "dziecko", "zieciu"})
FORTY_PASSING_ON = frozenset({"przekazac", "przekazywac", "powiedziec", "powtorzyc"})
FORTY_KIN_TITLES = frozenset({"pan", "pani", "pana", "panu", "pania", "panem"})  # "synem pana Stanisława"


def name_of_kin(words: Sequence[str], passed_on: bool = False) -> bool:
    """Every first name heard after a title ("pan", "pana", "pani", "panią") has right before the title a noun of
    kin or neighbourhood ("synem pana Stanisława", "córką pana Józefa", "wnuk pani Heleny"): whose kin is told, not
    a person asked for; with passed_on (a message heard), a verb of passing on before the title counts too ("proszę
    przekazać pani Ani"). "Proszę z panią Anią", "czy jest pani Basia" and "syn prosi panią Anię" (a verb before the
    title) are not."""
    folded = [fold(word) for word in words]
    names = [at for at in range(1, len(words)) if folded[at - 1] in FORTY_KIN_TITLES
             and any(r.name for r in readings(words[at]))]
    if not names:
        return False

    def told(at: int) -> bool:
        if at < 2:
            return False
        before = _lemmas_of(words[at - 2]) | {folded[at - 2]}
        if any(r.pos in {"subst", "depr"} for r in readings(words[at - 2])) and FORTY_KIN & before:
            return True
        return passed_on and bool(FORTY_PASSING_ON & before)
    return all(told(at) for at in names)


# round forty: words of the line's lists said inside a telling about someone else: "sąsiadka wróciła dzisiaj rano" (she
# came back, no way back asked), "on jedzie do pracy za granicę" (a journey to work, no job asked for), "jutro sama do niej
# pójdę i z nią pogadam" (the caller's own talk with another, no person asked for).


def came_back_told(words: Sequence[str], spans: Sequence[Span], back: str) -> bool:
    """Every way back heard is one verb in the past tense said of another ("wróciła", "wrócił", "wrócili": the dictionary's
    past, a folded ending of the third person): someone came back, no way back asked. "Chcę wrócić", "proszę wrócić",
    "wróć" and "wróciłam do menu?" (the caller's own, "-łam") are not."""
    found = _spans_of(spans, back)
    return bool(found) and all(
        end - start == 1 and fold(words[start]).endswith(THIRD_PAST_ENDS)
        and any(r.pos == "praet" for r in readings(words[start])) for start, end, _ in found)


FORTY_GOING = frozenset({"jechac", "jezdzic", "wyjechac", "wyjezdzac", "pojechac", "isc", "pojsc", "chodzic", "wracac",
                         "wrocic", "przyjechac", "przyjezdzac", "dojezdzac", "leciec", "poleciec"})
FORTY_GOING_REACH = 2  # words from the verb of going to "do"/"z" ("jedzie do pracy", "wraca rowerem z roboty")


def journey_to_work_told(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every word of work heard stands right after "do", "z" or "ze", with a verb of going within two words before
    that ("on jedzie do pracy za granicę", "jadę rowerem z roboty"): a journey told, not a job asked for. "Szukam
    pracy", "czy jest praca", "pomoc w powrocie do pracy" (no verb of going) are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]

    def journey(start: int, end: int) -> bool:
        if end - start != 1 or not WORK & _lemmas_of(words[start]) or start < 2 or folded[start - 1] not in {"do", "z", "ze"}:
            return False
        return any(FORTY_GOING & _lemmas_of(words[k]) for k in range(max(0, start - 1 - FORTY_GOING_REACH), start - 1))
    return bool(found) and all(journey(start, end) for start, end, _ in found)


FORTY_OTHERS = frozenset({"nia", "nim", "nimi", "niego", "niej", "nich"})  # "z nią", "z nim", after "z"
FORTY_WITH_REACH = 3  # words from the verb to "z nią", either side ("z nią pogadam", "pogadam sobie z nim")


def own_talk_with_another(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every person heard is one verb of talking in the first person singular ("pogadam", "porozmawiam", "pomówię",
    the dictionary's present or future) with "z"/"ze" and another ("z nią", "z nim", or a noun of kin: "z sąsiadką")
    within three words on either side: the caller's own talk with someone else, not a person of the office asked for.
    "Chciałabym porozmawiać z kimś", "porozmawiam z panią kierownik" (no other) and "niech pani z nią porozmawia" (not
    the caller) are not."""
    found = _spans_of(spans, person)
    folded = [fold(word) for word in words]

    def with_another(at: int) -> bool:
        return folded[at] in {"z", "ze"} and at + 1 < len(words) and (
            folded[at + 1] in FORTY_OTHERS or bool(FORTY_KIN & _lemmas_of(words[at + 1])))

    def own(start: int, end: int) -> bool:
        if end - start != 1:
            return False
        tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(words[start])] if words[start].isalpha() else []
        if not any(tag.startswith("fin:sg:pri") for tag in tags):
            return False
        return any(with_another(k) for k in range(max(0, start - FORTY_WITH_REACH), min(len(words), end + FORTY_WITH_REACH)))
    return bool(found) and all(own(start, end) for start, end, _ in found)


# round forty: danger words that are no danger: hidden inside a figure of speech of `not_meant` or said of prices ("ta
# synowa to mnie wykończy tym gadaniem, a te ceny w sklepie to człowieka zabijają"); a noun after a preposition and its
# owner ("mszę za jego duszę": the soul, not "I strangle").
def hidden_or_costs(words: Sequence[str], spans: Sequence[Span], danger: str, not_meant: str) -> bool:
    """Every danger word heard lies inside a phrase of `not_meant` ("to mnie wykończy") or is a verb of killing said of
    prices or burdens (costs_that_kill: "te ceny w sklepie to człowieka normalnie zabijają"), and at least one is
    hidden: the figures of speech, each read on its own. "To mnie wykończy, a mąż mnie bije" (a danger word neither
    hidden nor of prices) is not."""
    found = _spans_of(spans, danger)
    shown = spans_outside(spans, danger, not_meant)
    return bool(found) and len(shown) < len(found) and all(
        _burden_of(words, start, end) is not None for start, end, _ in shown)


FORTY_OWNERS = frozenset({"jego", "jej", "ich", "moja", "moje", "moj", "twoja", "swoja", "swoje", "nasza", "wasza", "te",
                          "ta", "ten", "tego"})  # folded: "moją", "swoją", "tę", "tą" fold to these


def noun_after_owner(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is one word read both as a verb and as a noun (`_verb_or_noun`: "duszę" a soul or I
    strangle), with a preposition and one word of its owner before it ("za jego duszę", "na moją duszę"): the noun, no
    danger. "Ja go duszę" (no preposition), "za jego duszę, a mąż mnie bije" (another danger word) are not."""
    found = _spans_of(spans, danger)
    folded = [fold(word) for word in words]
    return bool(found) and all(
        end - start == 1 and start >= 2 and folded[start - 1] in FORTY_OWNERS and _verb_or_noun(words[start])
        and any(r.pos == "prep" for r in readings(words[start - 2])) for start, end, _ in found)


# round forty: "jeszcze raz" inside a clause of a condition ("jak gmina jeszcze raz drogi nie odśnieży"): once more, no repeat
FORTY_AGAIN = ("jeszcze", "raz")
FORTY_CLAUSE_REACH = 3  # words from "jak"/"jeśli" to "jeszcze raz" ("jak gmina jeszcze raz"), and from it to the verb


def again_in_a_condition(words: Sequence[str], spans: Sequence[Span], repeat: str) -> bool:
    """Every repeat heard is "jeszcze raz" with a word of condition or time ("jak", "jeśli", "gdy", "kiedy") within three
    words before it and a verb in the third person within three words after it ("jak gmina jeszcze raz drogi nie
    odśnieży", "jeśli on jeszcze raz przyjdzie pijany"): once more in the caller's telling, not a request to repeat.
    "Jeszcze raz proszę", "a jak to było, jeszcze raz" (no verb after) are not."""
    found = _spans_of(spans, repeat)
    folded = [fold(word) for word in words]

    def in_clause(start: int, end: int) -> bool:
        if tuple(folded[start:end]) != FORTY_AGAIN:
            return False
        if not CONDITION_WORDS & set(folded[max(0, start - FORTY_CLAUSE_REACH):start]):
            return False
        for k in range(end, min(len(words), end + FORTY_CLAUSE_REACH)):
            tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(words[k])] if words[k].isalpha() else []
            if any(tag.startswith(("fin:sg:ter", "fin:pl:ter")) for tag in tags):
                return True
        return False
    return bool(found) and all(in_clause(start, end) for start, end, _ in found)


# round forty: "to już nic nie trzeba", "nic nie trzeba robić, tak się tylko zgadałyśmy": nothing needed, told
FORTY_NOTHING_NEEDED = (("nic", "nie", "trzeba"), ("nic", "nie", "potrzeba"), ("niczego", "nie", "trzeba"))
FORTY_NEEDED_DOING = frozenset({"robic", "zrobic", "zalatwiac", "zalatwic", "przyjezdzac", "przyjechac", "dzwonic",
                                "zadzwonic"})  # "nic nie trzeba robić": no matter named after it


def nothing_needed_told(words: Sequence[str]) -> bool:
    """"Nic nie trzeba" ("to już nic nie trzeba", "nic nie trzeba robić") followed by nothing, a pause word or only a verb
    of doing or coming ("robić", "załatwiać", "przyjeżdżać"), and no word of asking or wanting anywhere (as
    told_all_well: "czy", "gdzie", "proszę", "potrzebuję"...): whatever was named is told, no request. "Nic nie trzeba
    płacić za obiady" (a matter after it) and "czy nic nie trzeba przynieść" (a question) are not."""
    folded = [fold(word) for word in words]
    if ASKING_AFTER_ALL_WELL & set(folded):
        return False
    for at in range(len(folded)):
        for phrase in FORTY_NOTHING_NEEDED:
            if tuple(folded[at:at + len(phrase)]) != phrase:
                continue
            after = at + len(phrase)
            if after >= len(words) or not any(r.pos == "inf" for r in readings(words[after])) \
                    or FORTY_NEEDED_DOING & _lemmas_of(words[after]):
                return True
    return False


# round forty: a worry taken back once the one unseen is seen ("sąsiada od wczoraj nie widziałam … a nie, teraz widzę, idzie
# z wiadrem do kur, to wszystko w porządku"), and "to wszystko w porządku" there is no goodbye.
def seen_after_all(words: Sequence[str]) -> bool:
    """Someone unseen ("nie" right before a verb of seeing: "nie widziałam", "nie widać"), then a verb of seeing with no
    "nie" right before it ("teraz widzę", "już widać"), then all is well ("wszystko w porządku", "wszystko dobrze"):
    the worry is over. "Nie widziałam go od wczoraj, teraz widzę, że leży" (no all well after the seeing) and "nie
    widziałam go od wczoraj, wszystko w porządku?" (no seeing after) are not."""
    folded = [fold(word) for word in words]
    unseen = [at for at, word in enumerate(words) if at and folded[at - 1] == "nie" and SEEING_NOW & _lemmas_of(word)]
    if not unseen:
        return False
    seen = [at for at, word in enumerate(words) if at > unseen[0] and folded[at - 1] != "nie"
            and SEEING_NOW & _lemmas_of(word)]
    return bool(seen) and _phrase_at(folded, ALL_WELL, seen[-1] + 1)


def all_well_not_goodbye(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every goodbye heard ends with "wszystko" that begins a phrase of all being well ("to wszystko w porządku", "to
    wszystko dobrze"): "so all is well", not "that is all". "To wszystko, dziękuję" and "dobrze, to wszystko" are not."""
    found = _spans_of(spans, goodbye)
    folded = [fold(word) for word in words]
    return bool(found) and all(
        folded[end - 1] == "wszystko" and any(tuple(folded[end - 1:end - 1 + len(p)]) == p for p in ALL_WELL)
        for start, end, _ in found)


# round forty: "niech ktoś z opieki zadzwoni do mojej córki": a call asked of the office with words between
FORTY_LET = frozenset({"niech", "niechaj", "zeby"})
FORTY_CALLERS = frozenset({"ktos", "pani", "pan"})
FORTY_CALLING = frozenset({"zadzwonic", "oddzwonic", "przedzwonic"})
FORTY_CALL_REACH = 4  # words from "ktoś" to the verb ("niech ktoś z opieki po świętach zadzwoni")


def someone_asked_to_call(words: Sequence[str]) -> bool:
    """"Niech" or "żeby", right after it "ktoś", "pani" or "pan", and within four words after that a verb of calling in the
    third person ("niech ktoś z opieki zadzwoni do córki", "żeby pani z ośrodka oddzwoniła"): a call back asked of the
    office, with words between that the call-back list hears only side by side. "Niech córka zadzwoni do was" (no
    one of the office) and "ktoś z opieki dzwonił wczoraj" (no "niech") are not."""
    folded = [fold(word) for word in words]
    for at in range(len(words) - 1):
        if folded[at] not in FORTY_LET or folded[at + 1] not in FORTY_CALLERS:
            continue
        for k in range(at + 2, min(len(words), at + 2 + FORTY_CALL_REACH)):
            if not FORTY_CALLING & _lemmas_of(words[k]) or not words[k].isalpha():
                continue
            tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(words[k])]
            if any(tag.startswith(("fin:sg:ter", "fin:pl:ter")) or (tag.startswith("praet") and folded[at] == "zeby")
                   for tag in tags):
                return True
    return False


# round forty: nowhere to live, but sheltered at the caller's now ("nie ma gdzie się podziać, teraz u mnie na kanapie śpi")
FORTY_NOWHERE = frozenset({"podziac", "spac", "mieszkac", "bezdomny", "bezdomna", "nocowac"})
FORTY_SHELTERED = frozenset({"spac", "mieszkac", "nocowac", "przespac", "siedziec"})
FORTY_AT_OURS = (("u", "mnie"), ("u", "nas"))
FORTY_SHELTER_REACH = 4  # words from "u mnie" to the verb, either side ("u mnie na kanapie śpi", "śpi teraz u nas")


def sheltered_now(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is of having nowhere to live ("nie ma gdzie się podziać", "nie ma gdzie spać",
    "bezdomny"), and "u mnie" or "u nas" stands with a verb of sleeping or living said of another within four words
    ("teraz u mnie na kanapie śpi", "nocuje u nas"): sheltered now, a matter for the social worker, not danger. "Nie
    mam gdzie spać" (the caller, no one sheltering) and "nie ma gdzie mieszkać, u mnie śpi, ale mnie bije" (another
    danger word) are not."""
    found = _spans_of(spans, danger)
    folded = [fold(word) for word in words]
    if not found or not all(any(FORTY_NOWHERE & (_lemmas_of(w) | {fold(w)}) for w in words[start:end])
                            for start, end, _ in found):
        return False
    for at in range(len(words) - 1):
        if tuple(folded[at:at + 2]) not in FORTY_AT_OURS:
            continue
        near = range(max(0, at - FORTY_SHELTER_REACH), min(len(words), at + 2 + FORTY_SHELTER_REACH))
        if any(_third_person(words[k], FORTY_SHELTERED) for k in near):
            return True
    return False


# round forty-two: someone not come out since a named day ("dziadek od świąt z chałupy nie wychodzi, pies wyje")
NAMED_SINCE_REACH = 2  # words from "od" to the named day ("od samych świąt")


def not_out_since_named_day(words: Sequence[str]) -> bool:
    """Round thirty-six's `not_out_for_days` with the time since told by a named day or a holiday ("od świąt", "od
    wigilii", "od piątku": "od" and a word of round twenty-nine's SINCE_DAY within two words), and the same signs of
    the house gone quiet: an animal howling ("pies wyje"), no light, no one opening or answering. "Mama od świąt nie
    wychodzi z domu, bo ślisko" (no sign), "od piątku nie wychodzę, pies wyje" (the caller) are not."""
    folded = [fold(word) for word in words]
    since = [at for at, word in enumerate(folded)
             if word == "od" and SINCE_DAY & set(folded[at + 1:at + 1 + NAMED_SINCE_REACH])]
    if not since:
        return False
    if not any("nie" in folded[max(0, at - 2):at] and _said_of_another(word, GOING_OUT)
               and any(abs(start - at) <= NOT_OUT_REACH + 1 for start in since) for at, word in enumerate(words)):
        return False
    for at, word in enumerate(words):
        found = _lemmas_of(word)
        if HOWLING & found or (LIGHT & found and "nie" in folded[max(0, at - 3):at + 4]) or (
                UNANSWERED & found and at and folded[at - 1] == "nie"):
            return True
    return False


# round forty-two: a cold house and someone sick in it shaking or lying ill ("zimno, nie mam czym palić, a chłop chory
# leży i się trzęsie")
SHAKING = frozenset({"trzasc"})
SICK = frozenset({"chory", "chora", "chorzy", "schorowany", "schorowana"})
SICK_REACH = 2  # words from "chory" to "leży" ("chory leży", "leży chora", "chory mi leży")
OWN_BODY = frozenset({"mi", "mnie", "mna"})  # "ręce mi się trzęsą": the caller's own
SHAKE_REACH = 3  # words from "mi" to "trzęsie" ("aż mi się cała ręka trzęsie")


def _sick_or_shaking(words: Sequence[str], folded: Sequence[str]) -> bool:
    for at, word in enumerate(words):
        if folded[at] == "trzesie" and _third_person_present(word, SHAKING) and not OWN_BODY & set(
                folded[max(0, at - SHAKE_REACH):at + 2]):
            return True  # "się trzęsie" said of another, not "ręka mi się trzęsie", "ręce mi się trzęsą"
        if folded[at] in SICK and any(folded[k].startswith("lez") and _third_person_present(words[k], LYING)
                                      for k in range(max(0, at - SICK_REACH), min(len(words), at + SICK_REACH + 1))):
            return True  # "chory leży", "leży chora"
    return False


def cold_and_sick(words: Sequence[str]) -> bool:
    """Round thirty-eight's cold house (a word of cold beside the stove, the fuel or "palić": "nie palę, bo nie mam
    czym, w chałupie zimno") and someone in it shaking ("się trzęsie", said of one other) or lying ill ("chory leży"):
    cold of the helpless, danger to life. "Zimno, nie mam czym palić, czy jest dodatek" (no one ill), "mąż chory
    leży, czy jest opiekunka" (no cold) and "zimno, węgla nie ma, aż mi się ręce trzęsą" (the caller's own hands)
    are not."""
    folded = [fold(word) for word in words]
    cold = any(COLD & _lemmas_of(word) for word in words) or _phrase_at(folded, COLD_SIGNS)
    heat = any(HEAT & _lemmas_of(word) for word in words)
    return cold and heat and _sick_or_shaking(words, folded)


# round forty-two: someone who stopped eating and drinking ("mama przestała jeść już piąty dzień, nic nie bierze do
# ust")
STOPPING = frozenset({"przestac", "przestawac"})
TAKING_IN_MOUTH = frozenset({"brac", "wziac"})
MOUTH = (("do", "ust"), ("do", "buzi"), ("do", "geby"))
STOP_REACH = 2  # words from "przestała" to "jeść" ("przestała całkiem jeść")


def _only_noun(word: str) -> bool:
    """Every reading of the word is a noun ("mięso", "słodycze"; not "od", which may be a preposition)."""
    found = readings(word)
    return bool(found) and all(r.pos == "subst" for r in found)


def _stopped_eating(words: Sequence[str], folded: Sequence[str]) -> bool:
    for at, word in enumerate(words):
        if _said_of_another(word, STOPPING) and any(
                folded[k] in EATING_FORMS and EATING & _lemmas_of(words[k])
                and (k + 1 >= len(words) or not _only_noun(words[k + 1]))
                for k in range(at + 1, min(len(words), at + STOP_REACH + 1))):
            return True  # "przestała jeść", not "przestał jeść mięso" (a diet)
        if TAKING_IN_MOUTH & _lemmas_of(word) and NEGATING & set(folded[max(0, at - 2):at]) and (_phrase_at(
                folded[at + 1:at + 3], MOUTH) or _phrase_at(folded[max(0, at - 4):at], MOUTH)):
            return True  # "nic nie bierze do ust", "nic do ust nie bierze"
    return False


def stopped_eating_for_days(words: Sequence[str]) -> bool:
    """Someone stopped eating ("przestała jeść", said of another, no food named after it) or takes nothing in ("nic
    nie bierze do ust", "nic do ust nie bierze"), and a word of days in the answer, not after "co" ("już piąty dzień", "od wczoraj", "od
    tygodnia"): round
    eighteen's `not_eating_for_days` told with "przestać" or the mouth. "Przestał jeść mięso od tygodnia" (a diet),
    "przestała jeść słodycze" and "przestała jeść o piątej" (no days) are not."""
    folded = [fold(word) for word in words]
    days = any(word in DAYS | DAY_NOUNS and "co" not in folded[max(0, at - 2):at] for at, word in enumerate(folded))
    return days and _stopped_eating(words, folded)


# round forty-two: no bread or milk for a child ("w domu nie ma ani chleba, ani mleka dla małego")
STAPLES = frozenset({"chleb", "chlebek", "mleko", "mleczko", "jedzenie", "kaszka"})
FED_CHILDREN = CHILDREN | {"dziecko", "dzieci", "maly", "mala", "malenstwo", "niemowle", "dzidzius", "synek",
                           "coreczka", "wnuczeta", "maluchy"}
STAPLE_REACH = 4  # words from "nie ma" to the staple ("nie ma ani chleba, ani mleka")
FOR_CHILD_REACH = 6  # words from the staple to "dla" and the child ("mleka dla tego małego")


def no_food_for_child(words: Sequence[str]) -> bool:
    """"Nie ma" / "nie mam" / "nie mamy" and a staple within four words after it ("chleba", "mleka", "jedzenia"),
    and "dla" with a child right after it (one word between at most) within six words after the staple ("dla
    małego", "dla dzieci"): no food for a child at home now, hunger of the helpless. "Nie ma chleba w sklepie" (no
    child), "mam mleko dla małego" (no "nie") and "nie ma mleka modyfikowanego w aptece" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word != "nie" or at + 1 >= len(words) or folded[at + 1] not in {"ma", "mam", "mamy", "maja"}:
            continue
        for k in range(at + 2, min(len(words), at + 2 + STAPLE_REACH)):
            if not STAPLES & _lemmas_of(words[k]):
                continue
            for d in range(k + 1, min(len(words), k + 1 + FOR_CHILD_REACH)):
                if folded[d] == "dla" and any(
                        folded[c] in FED_CHILDREN or FED_CHILDREN & _lemmas_of(words[c])
                        for c in range(d + 1, min(len(words), d + 3))):
                    return True
    return False


# round forty-two: "pomocy" cried alone; session twenty-eight: "pomóżcie", "pomóżcie mi"
CRY = frozenset({"pomocy", "pomozcie"})
CRY_AROUND = frozenset({"ludzie", "boze", "jezu", "jezus", "matko", "o", "prosze", "szybko", "ratunku", "na", "halo",
                        "mi", "nam"})


def help_cried(words: Sequence[str]) -> bool:
    """The whole answer is "pomocy" or "pomóżcie" (said once or more), with only words of a cry around it ("ludzie,
    pomocy", "pomocy, pomocy, szybko", "pomóżcie mi"), or a cry said twice in a row anywhere ("pomocy pomocy, on mnie
    bije"): a cry for help, not a question about the office's help. "Potrzebuję pomocy", "w sprawie pomocy", "pomocy w
    domu dla mamy", "pomóżcie mi z wnioskiem" and "ośrodek pomocy społecznej, potrzebuję pomocy" are not."""
    folded = [fold(word) for word in words]
    if any(a == b and a in CRY for a, b in zip(folded, folded[1:])):
        return True  # session twenty-eight (bench/fresh170): "pomocy pomocy on mnie pije pomocy" ("bije" misheard)
    return _said_alone(folded, CRY, CRY_AROUND)


def _said_alone(folded: Sequence[str], core: frozenset[str], around: frozenset[str]) -> bool:
    """A word of `core` is said, and nothing but words of `core` and `around` (the whole answer is the word)."""
    return bool(core & set(folded)) and all(word in core or word in around for word in folded)


# Session twenty-eight (bench/fresh164, bench/fresh179): "człowiek!", "człowieka", "jakiegoś człowieka proszę" said as
# the whole answer: a person asked for
HUMAN = frozenset({"czlowiek", "czlowieka", "czlowieku", "czlowiekiem"})
HUMAN_AROUND = frozenset({"prosze", "jakis", "jakiegos", "zywy", "zywego", "normalny", "normalnego", "no", "daj",
                          "dajcie", "chce", "chcialabym", "chcialbym", "z", "do", "jakims", "zywym"})


def human_asked_alone(words: Sequence[str]) -> bool:
    """The whole answer is "człowiek" (any case), with only words of asking around it ("człowieka proszę", "no
    człowiek", "jakiegoś człowieka"): a person asked for. "Człowiek się gubi w tym wszystkim" and "dla starszego
    człowieka zasiłek" are not."""
    return _said_alone([fold(word) for word in words], HUMAN, HUMAN_AROUND)


# round forty-two: a danger phrase heard across a goodbye ("nic już nie chcę, do widzenia" as "nic … nie … widzę")
def danger_into_goodbye(words: Sequence[str], spans: Sequence[Span], danger: str, goodbye: str) -> bool:
    """Every danger phrase heard ends on the gerund of a goodbye made of "do" and a gerund ("do widzenia", "do
    usłyszenia", "do zobaczenia"), whose "do" lies inside the danger phrase, between its words: "nic już nie chcę do
    widzenia" was the gapped "nic nie widzę" ending on the "widzenia" of "do widzenia" (the gerund read as the verb).
    "Nic nie widzę, do widzenia" (the goodbye after the danger phrase), "chyba skończę to wszystko dzisiaj" (the goodbye
    "to wszystko" is the danger phrase's own words) and "napisała, że się ze mną żegna" stay danger."""
    found = _spans_of(spans, danger)
    byes = [(b_start, b_end) for b_start, b_end, _ in _spans_of(spans, goodbye)
            if b_end - b_start == 2 and fold(words[b_start]) == "do"]
    return bool(found) and all(any(start < b_start and end == b_end for b_start, b_end in byes)
                               for start, end, _ in found)


# round forty-two: "X czy tylko Y": X is asked about ("a jedzenie to też dajecie, czy tylko pieniądze")
ONLY = frozenset({"tylko", "jedynie", "wylacznie", "same"})  # "czy same pieniądze"; not "sama" (the caller: "czy sama muszę")
ONLY_REACH = 2  # words from "tylko" to the matter ("czy tylko te pieniądze")


def only_the_other(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard comes after "czy" and a word of "only" ("czy tylko", "czy same"; a word
    between at most), and another matter is named before that "czy": "a jedzenie to też dajecie, czy tylko pieniądze"
    asks about food, the money is what the caller already knows of. "Czy tylko pieniądze dajecie" (no other matter
    before) and "jedzenie, czy pieniądze" (no "only") are unchanged."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def after_only(start: int) -> int | None:
        for only in range(max(0, start - ONLY_REACH), start):
            if folded[only] in ONLY and only and folded[only - 1] == "czy":
                return only - 1
        return None
    starts = [after_only(start) for start, _, _ in found]
    if any(s is None for s in starts):
        return False
    first = min(starts)
    return any(c != choice and end <= first for c, _, end, _ in spans)


# round forty-two: the caller will come when the office is open ("ja sama przyjdę, jak będzie otwarte")
WHEN_CLAUSE = frozenset({"jak", "jakby", "gdy", "jesli", "jezeli"})  # not "kiedy": often a question
OWN_COMING_REACH = 3  # words from the caller's verb to "jak" ("przyjdę sama, jak")


def own_coming_when_open(words: Sequence[str], spans: Sequence[Span], hours: str) -> bool:
    """Every phrase of the hours heard comes within two words after "jak"/"gdy" ("jak będzie otwarte"), and before
    that "jak", within three words, a verb in the first person ("przyjdę", "zadzwonię", "podjadę"): the caller tells
    when they will come, not asking. "Kiedy będzie otwarte?" (no verb of the caller), "przyjdę, a do której jest
    otwarte?" (no "jak") and "jak będzie otwarte, bo przyjdę" are unchanged."""
    found = _spans_of(spans, hours)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def own(start: int) -> bool:
        for when in range(max(0, start - 2), start):
            if folded[when] in WHEN_CLAUSE and any(
                    _first_person(words[k]) for k in range(max(0, when - OWN_COMING_REACH), when)):
                return True
        return False
    return all(own(start) for start, _, _ in found)


# round forty-one: shame and euphemism. Danger told half-said, beside an ordinary matter: the gas smelled before it is
# named, a frail one left in a cold house and coughing, water withheld from someone in bed, drowning oneself, a home
# the caller cannot go back to after he smashed things, "jutro mnie już nie będzie" beside giving up, afraid to go in,
# the door held against him (round_forty_one_danger asks them all); then the same again as last time, and the readings
# of matters after them.
GAS_BEFORE_REACH = 6  # words from the smell to the gas ("czuć u mnie w kuchni gazem")
FEELING_MARKS = frozenset({"sie", "ze", "jak"})  # "czuje się", "czuję, że": feeling, not smelling


def gas_smelled_before(words: Sequence[str]) -> bool:
    """A smell ("czuć", "śmierdzi", "zapach") and the gas within six words after it, no "nie" right before the smell and
    not told as past ("czuć było"): "czuć u mnie w kuchni gazem od rana" (round thirty-nine's `gas_smelled` reads the
    gas named first). "Nie czuć u nas gazu", "czuć było w kuchni gazem, ale gazownik naprawił", "czuć w kuchni
    spalenizną" and feeling ("mama źle się czuje, a rachunek za gaz…", "czuję, że na gaz nie starczy") are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not SMELLING & (_lemmas_of(word) | {folded[at]}) or (at and folded[at - 1] in NEGATING):
            continue
        if WAS & set(folded[max(0, at - 2):at + 3]) or FEELING_MARKS & set(folded[max(0, at - 1):at + 2]):
            continue  # "czuć było" (past); "źle się czuje", "czuję, że…" (feeling, not a smell)
        for k in range(at + 1, min(len(words), at + GAS_BEFORE_REACH + 1)):
            if folded[k] in FEELING_MARKS:
                break
            if GAS & _lemmas_of(words[k]) and folded[k] != "gaza":
                return True
    return False


COUGHING = frozenset({"kaszlec", "kaszlac", "chorowac", "przeziebic", "dygotac"})
NO_HEAT_PHRASES = (("nie", "ma", "czym"), ("nie", "mam", "czym"), ("nie", "maja", "czym"), ("nie", "mamy", "czym"))
NO_HEAT_REACH = 2  # words from "nie" to the verb of heating ("nie pali w piecu", "nie ma czym palić")


def cold_and_coughing(words: Sequence[str]) -> bool:
    """A house gone cold because it is not heated now ("nie pali w piecu", "nie ma czym palić", "nie" within two words
    before a verb of heating), a word of cold, and someone there ill said of another: coughing, sick, shivering
    ("kaszle strasznie", "choruje", "się przeziębiła"): the cold of the helpless. "Nie palimy, bo ciepło, a mama
    kaszle" (no cold), "zimno, nie mam czym palić, czy jest dodatek" (no one ill) and "zimno, nie mam czym palić, i
    kaszlę" (the caller's own cough: the heating item) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) for word in words]
    cold = any(COLD & found for found in lemmas_at) or _phrase_at(folded, COLD_SIGNS)
    unheated = _phrase_at(folded, NO_HEAT_PHRASES) or any(
        {"palic", "napalic"} & found and NEGATING & set(folded[max(0, at - NO_HEAT_REACH):at])
        for at, found in enumerate(lemmas_at))
    ill = any(_said_of_another(word, COUGHING) for word in words)
    return cold and unheated and ill


WITHHELD_DRINK = frozenset({"pic", "picie", "woda", "napic"})
ALCOHOL = frozenset({"wodka", "alkohol", "piwo", "wino", "flaszka", "bimber", "gorzala", "pijak", "pijany", "alkoholik",
                     "kieliszek", "procenty"})
DEPENDENT = frozenset({"babcia", "babka", "dziadek", "dziadzia", "staruszka", "staruszek", "dziecko", "niemowle",
                       "maluch", "lozko", "lezacy", "lezaca", "slaby", "chory", "stary", "starszy"})
WITHHELD_REACH = 2  # words from the verb of giving to the drink ("nie daje jej pić", "nie dają im wody")


def drink_withheld(words: Sequence[str]) -> bool:
    """Water withheld from someone frail: "nie" right before a form of "dawać"/"dać" and a drink within two words after
    it ("nie daje pić", "nie dawała jej picia", "nie dadzą wody"), beside someone who depends on others (a grandmother,
    a child, "w łóżku", "słaba", "leżąca") and no word of alcohol: neglect of the helpless, like the list's "nie daje
    jeść". "Żona mu nie daje pić, bo wódka mu szkodzi" (alcohol) and "nie daje pić kotu" (no one frail) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]
    if any(ALCOHOL & found for found in lemmas_at) or not any(DEPENDENT & found for found in lemmas_at):
        return False
    return any({"dawac", "dac"} & found and at and folded[at - 1] in NEGATING
               and any(WITHHELD_DRINK & lemmas_at[k] for k in range(at + 1, min(len(words), at + WITHHELD_REACH + 1)))
               for at, found in enumerate(lemmas_at))


DROWNING = frozenset({"utopic", "topic"})
NOT_WATER = frozenset({"dlug", "dlugi", "lyzka", "praca", "robota", "papier", "klopot", "smutek", "mysl", "kredyt",
                       "rachunek", "zmartwienie", "obowiazek", "sprawa", "wodka", "alkohol", "lza"})
DROWN_REACH = 3  # words after the verb where "w" names what one drowns in ("utopić się w długach")
DROWN_SIE_BEFORE = 3  # words from "się" to the verb ("że się z dzieckiem utopi")


def drowning_oneself(words: Sequence[str]) -> bool:
    """"Się" beside a form of "utopić"/"topić" that is not a past told of another: the infinitive, the present or
    future, or the conditional ("wolałabym się utopić", "pójdę się utopić w stawie", "utopię się", "bym się utopiła"):
    a wish to end one's life. Drowning in debts, work or papers ("utopić się w długach", "w łyżce wody") and "utopił
    się w zeszłym roku" (a past told) are not; "topi się" (someone drowning now) is in the list. Session 25: "się"
    up to three words before ("że się z dzieckiem utopi w stawie": a mother's threat to drown herself and the child)."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not DROWNING & _lemmas_of(word) or "sie" not in folded[max(0, at - DROWN_SIE_BEFORE):at + 2]:
            continue
        forms = {r.pos for r in readings(word) if fold(r.lemma.split(":")[0]) in DROWNING}
        conditional = folded[at].endswith(("bym", "bys", "by")) or "by" in folded[max(0, at - 3):at] or any(
            w.startswith(("bym", "bys")) for w in folded[max(0, at - 3):at])
        if not (forms & {"inf", "fin"} or conditional):
            continue
        after = folded[at + 1:at + DROWN_REACH + 2]
        if "w" in after and any(NOT_WATER & _lemmas_of(words[k]) for k in range(at + 1, min(len(words),
                                                                                              at + DROWN_REACH + 2))):
            continue
        between = range(max(0, at - DROWN_SIE_BEFORE), at)  # session 25: "się w papierach utopi"
        if "w" in (folded[k] for k in between) and any(NOT_WATER & _lemmas_of(words[k]) for k in between):
            continue
        return True
    return False


SMASHING = frozenset({"rozbic", "rozwalic", "potluc", "stluc", "polamac", "zniszczyc", "wybic", "roztrzaskac",
                      "porozbijac", "rozwalac", "rozbijac"})
GOING_HOME = frozenset({"wracac", "wrocic", "wejsc", "wchodzic", "isc", "pojsc"})
HOME_PLACES = frozenset({"tam", "domu", "chalupy", "siebie", "mieszkania", "chaty"})
CANNOT = (("nie", "moge"), ("nie", "mam", "jak"), ("nie", "moge", "juz"), ("nie", "mozemy"))
GO_HOME_REACH = 2  # words from "nie mogę" to the verb, and from the verb to "tam"/"do domu"


def home_smashed(words: Sequence[str]) -> bool:
    """The caller cannot go back home ("nie mogę tam wracać", "nie mogę wrócić do domu": "nie mogę" within two words
    before a verb of going back, "tam" or a home within two words of it) and someone smashed things there (a verb of
    smashing in the past said of another: "on mi rozbił", "wszystko porozbijał"): a home unsafe to return to. "Nie
    mogę wrócić do domu, bo autobus nie jedzie" (nothing smashed) and "wnuk rozbił szybę, a ja wracam do domu" (no
    "nie mogę") are not."""
    folded = [fold(word) for word in words]
    smashed = any(folded[at].endswith(THIRD_PAST_ENDS) and _said_of_another(word, SMASHING)
                  for at, word in enumerate(words))
    if not smashed:
        return False
    for at in range(len(folded)):
        for phrase in CANNOT:
            if tuple(folded[at:at + len(phrase)]) != phrase:
                continue
            end = at + len(phrase)
            for k in range(end, min(len(words), end + GO_HOME_REACH + 1)):
                if GOING_HOME & _lemmas_of(words[k]) and HOME_PLACES & set(
                        folded[max(0, k - GO_HOME_REACH):k + GO_HOME_REACH + 1]):
                    return True
    return False


ALREADY_REACH = 3  # words from "już" to "nie będzie" ("już jutro mnie nie będzie", "mnie już nie będzie")
GONE_SOON_TIMES = frozenset({"jutro", "jutra", "niedlugo", "wkrotce", "zaraz", "dzisiaj", "dzis", "rano", "wieczorem",
                             "noc", "nocy"})
GONE_SOON_REACH = 4  # words from the time to "mnie już nie będzie", either side ("bo jutro mnie już nie będzie")
GIVEN_UP = GIVING_UP + (("wszystko", "jedno"), ("wszystko", "mi", "jedno"), ("mi", "obojetne"), ("obojetne", "mi"))
PLACE_AFTER = frozenset({"w", "we", "u", "na", "przy", "z", "ze", "do", "od", "tu", "tutaj", "tam", "doma"})
GOING_AWAY = frozenset({"wyjezdzac", "wyjechac", "jechac", "wyprowadzac", "wyprowadzic", "przeprowadzac", "przeprowadzic",
                     "szpital", "sanatorium", "urlop", "wyjazd"})


def gone_by_tomorrow(words: Sequence[str]) -> bool:
    """"Mnie już nie będzie" (or "już (jutro) mnie nie będzie"), said at the end of a clause (no place after it: not "w domu",
    "u córki", "na miejscu"), a time near it ("jutro", "niedługo", "dzisiaj"), no condition before it ("jak mnie już
    nie będzie"), no leaving told (a journey, a hospital), and a giving up beside it ("wszystko mi jedno", "nie mam
    siły", "mam dość"): a plan to end one's life told without its words. "Jutro mnie już nie będzie w domu, wszystko
    jedno" (a place), "jutro mnie już nie będzie, wyjeżdżam do córki" (leaving) are not."""
    folded = [fold(word) for word in words]
    if not _phrase_at(folded, GIVEN_UP) or any(GOING_AWAY & _lemmas_of(word) for word in words):
        return False
    for no in range(1, len(folded) - 1):
        if folded[no:no + 2] != ["nie", "bedzie"] or "mnie" not in folded[max(0, no - 2):no]:
            continue  # "mnie nie będzie", "mnie już nie będzie"
        if "juz" not in folded[max(0, no - ALREADY_REACH):no]:
            continue
        end = no + 2
        if end < len(folded) and folded[end] in PLACE_AFTER:
            continue
        if CONDITION_WORDS & set(folded[max(0, no - ALREADY_REACH - 1):no]):
            continue
        if GONE_SOON_TIMES & set(folded[max(0, no - GONE_SOON_REACH - 1):end + GONE_SOON_REACH]):
            return True
    return False


INSIDE_PLACES = frozenset({"domu", "chalupy", "mieszkania", "chaty", "kuchni", "pokoju", "srodka", "siebie", "izby"})
BETWEEN_FEAR_AND_GOING = frozenset({"sie", "tam", "juz", "tu", "tego"})
FEARED_ONE = frozenset({"on", "ona", "oni", "mu", "jej", "pijany", "pijana", "pije", "wypije", "krzyczy", "wrzeszczy"})
GOING_IN_PLACES = frozenset({"na", "do", "po", "w", "we", "pod", "przez", "nad", "za", "przy", "u", "o", "z", "ze", "od"})


def afraid_to_go_in(words: Sequence[str]) -> bool:
    """Fear ("boję się", "boi się") and, "się" and "tam" between at most, an infinitive of going in or back ("boję się
    wejść", "boję się tam wracać"), with no place after it but a home ("do domu", "do kuchni"; the clause may end or go
    on: "boję się wejść, on tam krzyczy"), and someone feared named ("on", "mu", "pijany", "krzyczy"): someone dare not
    go home. `fear_of_doing` reads "wejść" as a verbal noun (of "wejście") and drops it.
    "Boję się wejść na drabinę", "boję się wejść do wody", "boję się wracać po ciemku" and "siedzę pod domem i boję
    się wejść, co powiem żonie" (shame, no one feared) are not."""
    folded = [fold(word) for word in words]
    if not FEARED_ONE & set(folded):
        return False
    for at in range(len(words) - 1):
        if not FEAR & _lemmas_of(words[at]):
            continue
        k = at + 1
        while k < len(words) and folded[k] in BETWEEN_FEAR_AND_GOING:
            k += 1
        if k >= len(words) or "sie" not in folded[max(0, at - 1):k]:
            continue
        if not (COMING_IN & _lemmas_of(words[k]) and any(r.pos == "inf" for r in readings(words[k]))):
            continue
        after = folded[k + 1:k + 3]
        if not after or after[0] not in GOING_IN_PLACES or (after[0] == "do" and len(after) > 1
                                                           and after[1] in INSIDE_PLACES):
            return True
    return False


DOOR_HOLDING = frozenset({"trzymac", "przytrzymac", "zaprzec", "zablokowac", "podeprzec", "zastawic"})
DOOR = frozenset({"drzwi", "furtka", "brama"})
WANTING_IN = (("chce", "wejsc"), ("wejsc", "chce"), ("chce", "wejsc", "do"), ("chce", "sie", "dostac"),
              ("chce", "wtargnac"), ("szarpie", "klamke"), ("szarpie", "drzwi"))
DOOR_REACH = 2  # words from the verb of holding to the door ("trzymam mocno drzwi")
WANTING_IN_REACH = 8  # words from the door to someone wanting in ("trzymam drzwi, bo on chce wejść")
OPENED = frozenset({"otwarte", "otwarta", "otworzone", "uchylone"})


def holding_the_door(words: Sequence[str]) -> bool:
    """The caller holds or blocks the door ("trzymam drzwi", "zaparłam drzwi": the door within two words of the verb),
    not held open, and someone wants in within eight words after it ("bo chce wejść", "szarpie klamkę"; "chce" said of
    another, not the caller's "chcę"), no animal named: someone kept out by force. "Trzymam drzwi, bo pies chce wejść",
    "trzymam drzwi otwarte, bo kurier chce wejść" are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]
    if any(ANIMALS & found for found in lemmas_at) or OPENED & set(folded):
        return False
    for at, found in enumerate(lemmas_at):
        if not DOOR_HOLDING & found:
            continue
        doors = [k for k in range(max(0, at - DOOR_REACH), min(len(words), at + DOOR_REACH + 1)) if DOOR & lemmas_at[k]]
        for door in doors:
            tail = list(words[door + 1:door + WANTING_IN_REACH + 1])
            tail_folded = [fold(w) for w in tail]
            if any(tuple(tail_folded[i:i + len(p)]) == p and (p[0] != "chce" or tail[i] == "chce")
                   for p in WANTING_IN for i in range(len(tail))):
                return True
    return False


def round_forty_one_danger(words: Sequence[str]) -> bool:
    """Round forty-one's readings of danger told half-said (above)."""
    return (gas_smelled_before(words) or cold_and_coughing(words) or drink_withheld(words) or drowning_oneself(words)
            or home_smashed(words) or gone_by_tomorrow(words) or afraid_to_go_in(words) or holding_the_door(words))


# round forty-one: the hour checked with a tag ("a w poniedziałek to od ósmej, tak? bo przyjadę autobusem")
CHECKING_TAGS = frozenset({"tak", "prawda", "prawdaz", "nie"})


def time_checked_before_reason(words: Sequence[str], spans: Sequence[Span], elsewhere: str, when: str) -> bool:
    """Before the first "bo", a day or a time is named and an hour said with "od", "do" or "o" ("od ósmej") is checked
    with "tak" or "prawda" right after it or right before the "bo"; every word of another office's matter comes after
    the "bo" ("bo ja rano przyjadę autobusem"): the hour is asked, the way there is the reason (round nineteen's
    `day_asked_before_reason` reads the same with "czy"). "W poniedziałek od ósmej byłam, bo autobus…" (no tag) and
    "autobusem od ósmej tak, bo…" (the other matter before "bo") are not."""
    folded = [fold(word) for word in words]
    cut = next((i for i, w in enumerate(folded) if w == "bo" and i > 0), None)
    if cut is None or not any(end <= cut for _, end, _ in _spans_of(spans, when)):
        return False
    if any(start < cut for start, _, _ in _spans_of(spans, elsewhere)):
        return False
    hours = [at for at in range(1, cut) if folded[at] in HOUR_WORDS and folded[at - 1] in TIME_LEADS]
    return any(at + 1 < len(folded) and folded[at + 1] in CHECKING_TAGS - {"nie"} or folded[cut - 1] in CHECKING_TAGS
               for at in hours)


# round forty-one: a worker asked to come ("chciałabym, żeby pani z opieki kiedyś przyszła porozmawiać")
WISHING = frozenset({"zeby", "by", "niech", "aby", "zebysmy"})
VISITING = frozenset({"przyjsc", "przyjechac", "zajrzec", "wpasc", "odwiedzic", "przychodzic", "przyjezdzac"})
TO_THE_PHONE = frozenset({"telefonu", "sluchawki", "aparatu"})
VISIT_WORD_REACH = 2  # words from the worker to the verb of coming ("pani z opieki kiedyś przyszła")


def worker_asked_to_come(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """A phrase of a person right after "żeby", "niech" or "by" (one word between at most), then within two words a verb
    of coming in any form ("przyszła", "przyjechał", "zajrzała"), not to the phone ("przyszła do telefonu"), and every
    other phrase of a person a single verb of talking after it ("porozmawiać"): a worker asked to come to the home, the
    social workers' visit (round twenty-one's `worker_to_come` reads an infinitive beside their words). "Żeby pani
    kierownik podeszła do telefonu", "żeby pani z opieki zadzwoniła" (no coming) and "chcę porozmawiać z panią z opieki"
    are not."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]
    comes: list[int] = []
    workers: list[tuple[int, int]] = []
    for start, end, _ in found:
        if not WISHING & set(folded[max(0, start - 2):start]):
            continue
        for at in range(end, min(len(words), end + VISIT_WORD_REACH + 1)):
            if VISITING & _lemmas_of(words[at]) and not TO_THE_PHONE & set(folded[at + 1:at + 3]):
                comes.append(at)
                workers.append((start, end))
                break
    if not comes:
        return False
    return all((start, end) in workers or (end - start == 1 and TALKING & _lemmas_of(words[start])
                                           and any(c < start for c in comes)) for start, end, _ in found)


# round forty-one: cooking one cannot do beside care ("mama sama się nie umyje i nie ugotuje")
COOKING = frozenset({"gotowac", "ugotowac", "nagotowac"})
COOK_REACH = 3  # words from "nie" to the verb of cooking ("nie daje rady gotować")


def cooking_within_care(words: Sequence[str], spans: Sequence[Span], food: str) -> bool:
    """Every phrase of food heard holds a verb of cooking after "nie" ("nie ugotuje", "nie daje rady gotować"): what the
    person cannot do at home, beside care asked for (the call flow asks this only beside care): care at home, which
    cooks too. "Czy są obiady dla mamy, bo sama nie ugotuje" (a meal named) is not."""
    found = _spans_of(spans, food)
    if not found:
        return False
    folded = [fold(word) for word in words]
    return all(any(COOKING & _lemmas_of(words[at]) and NEGATING & set(folded[max(0, at - COOK_REACH):at])
                   for at in range(start, end)) for start, end, _ in found)


# round forty-one: only to chat, nothing wanted ("nic nie trzeba, ja tylko tak pogadać")
NOTHING_WANTED = (("nic", "nie", "trzeba"), ("nic", "mi", "nie", "trzeba"), ("nic", "nie", "potrzeba"),
                  ("nic", "nie", "chce"), ("niczego", "nie", "chce"), ("nic", "nie", "potrzebuje"),
                  ("niczego", "nie", "potrzebuje"), ("nic", "nie", "chcemy"))
CHAT_REACH = 3  # words from "tylko" to the verb of talking ("tylko tak sobie pogadać")


def only_to_chat(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """The caller wants nothing ("nic nie trzeba", "nic nie chcę") and every phrase of a person is a single verb of
    talking with "tylko" within three words before it and no one named after it ("ja tylko tak pogadać"): company
    wanted, no one asked for (round twenty-three's "ja tylko tak dzwonię pogadać, ja nic nie chcę", the other way
    round). "Nic nie trzeba, tylko porozmawiać z panią kierownik" (someone named) and "chcę pogadać z kimś" (nothing
    refused) are not."""
    found = _spans_of(spans, person)
    folded = [fold(word) for word in words]
    if not found or not _phrase_at(folded, NOTHING_WANTED):
        return False
    return all(end - start == 1 and TALKING & _lemmas_of(words[start]) and "tylko" in folded[max(0, start - CHAT_REACH):start]
               and not {"z", "ze"} & set(folded[end:end + 2]) for start, end, _ in found)


# round forty-one: only venting, no help asked ("nie dzwonię po pomoc, tylko się wyżaliłam")
VENTING = frozenset({"wyzalic", "pozalic", "ponarzekac", "wygadac", "wyplakac", "zalic", "narzekac"})
CALLING_FOR = frozenset({"po", "o", "w", "zeby", "by"})


def only_venting(words: Sequence[str]) -> bool:
    """The caller says they do not call for anything ("nie dzwonię po pomoc", "nie dzwonię o pieniądze": "nie dzwonię"
    with "po", "o", "w sprawie" or "żeby" right after it) and only vents ("tylko się wyżaliłam", "chciałam się
    pożalić"): nothing is asked. "Nie dzwonię po pomoc dla siebie, tylko dla sąsiadki" (no venting) and "dzwonię po
    pomoc, muszę się wyżalić" (no "nie") are not."""
    folded = [fold(word) for word in words]
    refused = any(folded[at] == "nie" and folded[at + 1] in {"dzwonie", "dzwonimy"} and folded[at + 2] in CALLING_FOR
                  for at in range(len(folded) - 2))
    return refused and any(VENTING & _lemmas_of(word) for word in words)


# round forty-one: a day of what happened ("pokłóciłam się z synową w niedzielę, ale już…")
OPEN_WORDS = frozenset({"otwarte", "otwarty", "otwarta", "czynne", "czynny", "czynna", "zamkniete", "zamkniety",
                        "zamknieci", "nieczynne", "jestescie", "pracujecie", "przyjmujecie", "godziny", "godzin",
                        "nikogo", "nikt", "dyzur", "przyjmuje", "bylo", "byl", "byla", "byliscie"})
ASKING_DAY = frozenset({"czy", "kiedy", "ktorej", "ktora", "jak", "gdzie", "ile", "jaki", "jaka", "jakie", "co"})
PAST_REACH = 4  # words from the day to the past verb, either side ("pokłóciłam się z synową w niedzielę")


def day_of_past_event(words: Sequence[str], spans: Sequence[Span], when: str) -> bool:
    """Every day or time of day heard has a verb in the past tense of the caller or another within three words, with no
    question anywhere ("czy", "kiedy", "o której") and no word of the office being open or there ("otwarte",
    "jesteście", "nikogo", "było"): the day of what happened, not the hours asked. "W poniedziałek byłam, a było
    zamknięte" (the office), "czy w niedzielę byliście" and "w niedzielę przyjdę" are not."""
    found = _spans_of(spans, when)
    folded = [fold(word) for word in words]
    if not found or ASKING_DAY & set(folded) or OPEN_WORDS & set(folded):
        return False

    def past_near(start: int, end: int) -> bool:
        return any(any(r.pos == "praet" for r in readings(words[at]))
                   for at in range(max(0, start - PAST_REACH), min(len(words), end + PAST_REACH)) if not start <= at < end)
    return all(past_near(start, end) for start, end, _ in found)


# round forty-one: the same again as last time ("zięć znowu taki jest, jak w zeszłym tygodniu … a on wali w drzwi")
AGAIN_AS_BEFORE = frozenset({"znowu", "znow", "znowuz"})
AGAIN_BEFORE_REACH = 4  # words from "znowu" to the "jak" of the comparison ("znowu taki jest, jak w zeszłym tygodniu")


def again_as_last_time(words: Sequence[str], spans: Sequence[Span], told: str, danger: str) -> bool:
    """Every phrase of what is over comes right after "jak" (a comparison: "jak w zeszłym tygodniu", "jak ostatnio"), with
    "znowu" or "znów" within four words before that "jak", and a danger phrase is heard after the last of them: the same
    as last time, now. "W zeszłym tygodniu wali w drzwi" (no comparison), "jak w zeszłym tygodniu pobił" (no "znowu")
    and "znowu taki jest, jak w serialu" followed by no danger are not."""
    over = _spans_of(spans, told)
    dangers = _spans_of(spans, danger)
    if not over or not dangers:
        return False
    folded = [fold(word) for word in words]

    def compared(start: int) -> bool:
        return start > 0 and folded[start - 1] == "jak" and bool(
            AGAIN_AS_BEFORE & set(folded[max(0, start - 1 - AGAIN_BEFORE_REACH):start - 1]))
    last = max(end for _, end, _ in over)
    return all(compared(start) for start, _, _ in over) and any(start >= last for start, _, _ in dangers)


# Session 16, a mend of round forty-two: its months told as past ("było w październiku") are list entries, matched by
# lemma, so "rozprawa będzie w październiku" matched too, and a danger said beside it was asked about instead of taken.
FUTURE_OF_BE = frozenset({"bede", "bedziesz", "bedzie", "bedziemy", "bedziecie", "beda"})


def only_to_come(words: Sequence[str], spans: Sequence[Span], not_now: str) -> bool:
    """Every span of `not_now` heard holds a future form of "być": what is to come is not over ("mąż mnie bije, a
    sprawa będzie w październiku"). "To było w październiku" (past) and the other words of long ago are not."""
    found = _spans_of(spans, not_now)
    return bool(found) and all(FUTURE_OF_BE & {fold(word) for word in words[start:end]} for start, end, _ in found)


SINCE_WORDS = frozenset({"od"})


def since_then(words: Sequence[str], spans: Sequence[Span], not_now: str, danger: str) -> bool:
    """Session twenty-eight (bench/fresh176): every span of `not_now` heard right after "od", and every danger phrase
    after them ("od zeszłej zimy siedzi w nieogrzanym domu i nic nie je"): a state since then, lasting now, not over.
    "Zeszłej zimy siedział w zimnym domu", "dwa lata temu" (no "od" before) and "mąż mnie bił, ale od lat nie żyje"
    (the danger before the time: what is since then is the death) are not."""
    found = _spans_of(spans, not_now)
    dangers = _spans_of(spans, danger)
    return bool(found) and bool(dangers) and all(
        start > 0 and fold(words[start - 1]) in SINCE_WORDS or fold(words[start]) in SINCE_WORDS
        for start, _, _ in found) and min(start for start, _, _ in dangers) >= max(end for _, end, _ in found)


# round forty-four: a parent with dementia wandering out in the cold ("mama ma demencję, od rana chodzi po wsi w samym
# szlafroku, a jest minus pięć")
FORTY_FOUR_DEMENTIA = frozenset({"demencja", "alzheimer", "otepienie", "otepic", "otepiec"})
FORTY_FOUR_WANDERING = frozenset({"wychodzic", "wyjsc", "uciekac", "uciec", "blakac", "wloczyc", "lazic", "chodzic"})
FORTY_FOUR_FROZEN = frozenset({"zmarznac", "zmarzly", "przemarznac", "przemarzniety"})


def wandering_with_dementia(words: Sequence[str]) -> bool:
    """A word of dementia ("demencja", "alzheimer", "otępienie") and someone else going out or wandering ("wychodzi",
    "ucieka", "błąka się", "chodzi po wsi": "chodzić" only with "po" right after it; said of another, no "nie" right
    before), with a sign of the cold on them: frost or cold ("minus pięć", "mróz"), frozen ("cała zmarznięta") or night
    clothes ("w szlafroku", "w kapciach"): a confused person lost outside now. "Mama ma demencję i wychodzi do sklepu,
    czy jest opiekunka" (no cold), "mama ma demencję, a w domu zimno" (no one going out) and "mama chodzi po wsi w
    szlafroku, a mróz" (no dementia: round eighteen's out_in_the_cold reads a place outside) are not."""
    folded = [fold(word) for word in words]
    if not any(FORTY_FOUR_DEMENTIA & _lemmas_of(word) for word in words):
        return False
    going = any(_said_of_another(word, FORTY_FOUR_WANDERING) and not (at and folded[at - 1] == "nie")
                and (not _said_of_another(word, frozenset({"chodzic"})) or folded[at + 1:at + 2] == ["po"])
                for at, word in enumerate(words))
    if not going:
        return False
    return any((COLD | FORTY_FOUR_FROZEN | NIGHT_CLOTHES) & _lemmas_of(word)
               or (folded[at] == "minus" and at + 1 < len(words)) for at, word in enumerate(words))


# round forty-four: someone sitting in a house gone cold for days ("od tygodnia nie pali w piecu, bo nie ma czym, i
# siedzi w kurtce w kuchni, a w nocy ma być minus dziesięć")
FORTY_FOUR_COATS = frozenset({"kurtka", "plaszcz", "kozuch", "czapka", "palto", "kufajka", "rekawiczka", "szalik"})
FORTY_FOUR_SITTING_REACH = 4  # words from "siedzi" to the coat or the cold ("siedzi tam po ciemku w zimnie")
FORTY_FOUR_WITHOUT_HEAT = frozenset({"grzac", "ogrzac", "ogrzewac", "nagrzac", "palic", "napalic", "piec", "ogrzewanie",
                                     "prad", "opal", "wegiel", "drewno", "drzewo", "kaloryfer"})


def sitting_in_the_cold(words: Sequence[str]) -> bool:
    """Someone else sits ("siedzi", said of another, no "nie" right before) in a coat or in the cold within four words
    after ("siedzi w kurtce", "siedzi po ciemku w zimnie"), the heating or the power named ("nie pali w piecu", "nie
    ma czym grzać", "nie ma prądu"), and a time since of days ("od tygodnia", "od wczoraj") or frost ("minus dziesięć",
    "mróz"): an old person left in a cold house, danger to life. "Mama siedzi w kurtce, bo oszczędza, czy jest
    dodatek węglowy" (no time since, no frost), "siedzę w kurtce od tygodnia" (the caller) and "siedzi w kurtce w
    poczekalni od rana" (no heating named) are not."""
    folded = [fold(word) for word in words]
    if not (_days_since(folded) or any(word == "minus" for word in folded[:-1])
            or any({"mroz"} & _lemmas_of(word) for word in words)):
        return False
    if not any(FORTY_FOUR_WITHOUT_HEAT & _lemmas_of(word) for word in words):
        return False
    for at, word in enumerate(words):
        if (at and folded[at - 1] == "nie") or not _said_of_another(word, SITTING):
            continue
        after = range(at + 1, min(len(words), at + 1 + FORTY_FOUR_SITTING_REACH))
        if any((folded[k - 1] == "w" and (FORTY_FOUR_COATS | COLD) & _lemmas_of(words[k]))
               or (folded[k - 1] == "po" and folded[k] == "ciemku") for k in after):
            return True
    return False


# round forty-four: a parent not answering for days and the caller asking for someone to go there ("od przedwczoraj
# nie odbiera, a ona zawsze odbiera, proszę kogoś tam wysłać")
FORTY_FOUR_SENDING = frozenset({"wyslac", "poslac", "pojechac", "podjechac", "zajrzec", "sprawdzic", "isc", "pojsc",
                                "przyjechac", "zajsc"})
FORTY_FOUR_SOMEONE = frozenset({"ktos", "kogos", "ktokolwiek", "kogokolwiek"})
FORTY_FOUR_SENDING_REACH = 3  # words between "kogoś" and the verb of going ("żeby ktoś tam pojechał")
FORTY_FOUR_NOBODY_REACH = 3  # words from "nikt" to the "nie" ("nikt u was nie odbiera": the office)


def unanswered_someone_sent(words: Sequence[str]) -> bool:
    """Someone else does not answer or open ("nie odbiera", "nie otwiera": "nie" right before the verb said of
    another, no "nikt" within three words before it) with a time since of days ("od przedwczoraj", "od dwóch dni"), and either the caller
    asks for someone to go there ("proszę kogoś tam wysłać", "niech ktoś zajrzy": "ktoś"/"kogoś" within three words of
    a verb of going or checking) or says it never happens ("a zawsze odbiera"): round thirty-eight's
    alone_unheard_for_days without "alone". "Od dwóch dni nie odbiera, pojechała do córki" (no one asked to go), "od
    tygodnia nikt u was nie odbiera, proszę kogoś wysłać" (the office) are not."""
    folded = [fold(word) for word in words]
    if not _days_since(folded):
        return False
    silent = any(at and folded[at - 1] == "nie" and not NOBODY & set(folded[max(0, at - 1 - FORTY_FOUR_NOBODY_REACH):at])
                 and _said_of_another(word, SILENT) for at, word in enumerate(words))
    if not silent:
        return False
    always = any(folded[at] == "zawsze" and _said_of_another(words[at + 1], SILENT) for at in range(len(words) - 1))
    sent = any(folded[at] in FORTY_FOUR_SOMEONE and any(
        FORTY_FOUR_SENDING & _lemmas_of(words[k])
        for k in range(max(0, at - FORTY_FOUR_SENDING_REACH), min(len(words), at + FORTY_FOUR_SENDING_REACH + 1)))
        for at in range(len(words)))
    return always or sent


def round_forty_four_danger(words: Sequence[str]) -> bool:
    """Round forty-four's readings of danger told by adult children about a parent (above)."""
    return wandering_with_dementia(words) or sitting_in_the_cold(words) or unanswered_someone_sent(words)


# round forty-four: hours said as a length of time ("opiekunka na kilka godzin dziennie"), not the office's hours
FORTY_FOUR_HOUR = frozenset({"godzina", "godzinka"})
FORTY_FOUR_COUNTS = frozenset({"kilka", "kilku", "pare", "paru", "kilkanascie", "kilkunastu", "pol", "poltorej"})


def hours_as_duration(words: Sequence[str], spans: Sequence[Span], hours: str) -> bool:
    """Every phrase of the hours heard is one word of "godzina" right after a number ("na kilka godzin dziennie",
    "dwie godziny w tygodniu", "parę godzin"): a length of time, the office's hours not asked. "W jakich godzinach
    jesteście", "do której godziny", "o ósmej godzinie" (an hour of the clock: no number) and "kilka godzin, a do
    której otwarte" (another phrase of the hours) are not."""
    found = _spans_of(spans, hours)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def counted(start: int, end: int) -> bool:
        if end - start != 1 or start == 0 or not FORTY_FOUR_HOUR & _lemmas_of(words[start]):
            return False
        before = words[start - 1]
        return folded[start - 1] in FORTY_FOUR_COUNTS or (folded[start - 1] != "ile" and any(
            r.pos == "num" for r in readings(before)))
    return all(counted(start, end) for start, end, _ in found)


# round forty-four: the conditions of a named matter ("dodatek osłonowy … czy ona się łapie z dochodem")
FORTY_FOUR_CONDITIONS = frozenset({"dochod", "dochodowy", "kryterium", "zaswiadczenie", "dokument", "wniosek", "prog",
                                   "papier", "papiery"})


def conditions_of_matter(words: Sequence[str], spans: Sequence[Span], benefits: str, named: Sequence[str]) -> bool:
    """Every phrase of the benefits heard (beyond those inside a longer phrase of another choice: "dodatek" in "dodatek
    osłonowy") is one word of its conditions ("dochód", "kryterium", "zaświadczenie", "dokumenty", "wniosek"), and a
    matter of the line is named ("usługi opiekuńcze", "dodatek osłonowy"): the income or the papers of that matter,
    not the benefits in general. "Jaki jest dochód na zasiłek" (the benefit named), "jakie dokumenty" alone are not."""
    others = [(start, end) for choice, start, end, _ in spans if choice != benefits]
    if not any(choice in named for choice, *_ in spans):
        return False
    found = [(start, end) for start, end, _ in _spans_of(spans, benefits)
             if not any(s <= start and end <= e and (e - s) > (end - start) for s, e in others)]
    if not found:
        return False
    return all(end - start == 1 and FORTY_FOUR_CONDITIONS & _lemmas_of(words[start]) for start, end in found)


# round forty-four: matters named and set aside ("opieka, de pe es i tak dalej, to nas nie dotyczy")
FORTY_FOUR_CONCERNING = frozenset({"dotyczyc", "interesowac"})
FORTY_FOUR_CONCERNED = frozenset({"nas", "mnie", "mnie", "to", "ich", "jej", "go", "mamy", "taty", "juz", "w", "ogole",
                                  "raczej", "chyba", "akurat"})
FORTY_FOUR_CONCERNING_REACH = 12  # words from the matter named to the "nie" that sets it aside


def not_concerning(words: Sequence[str], spans: Sequence[Span], told: str) -> bool:
    """Every phrase of the matter heard comes before "nie dotyczy" or "nie interesuje" ("to nas nie dotyczy", "nas to
    nie interesuje": "nie" right before the verb said of another, only little words between the phrase's end and that
    "nie" beyond a few words of the matter: at most twelve words): the matter set aside. "Czy dodatek mnie dotyczy"
    (no "nie"), "to nie dotyczy opieki" (the matter after) and "nie dotyczy nas zasiłek, ale opieka tak" (after) are
    not."""
    found = _spans_of(spans, told)
    if not found:
        return False
    folded = [fold(word) for word in words]
    denials = [at for at in range(1, len(words)) if folded[at - 1] == "nie"
               and _said_of_another(words[at], FORTY_FOUR_CONCERNING)]
    return bool(denials) and all(any(end <= at - 1 <= end + FORTY_FOUR_CONCERNING_REACH for at in denials)
                                 for _, end, _ in found)


# round forty-four: the call-back wished by nobody ("nie potrzebuję, żeby ktoś oddzwaniał")
FORTY_FOUR_NO_NEED = frozenset({"potrzebuje", "potrzebujemy", "chce", "chcemy", "trzeba", "potrzeba", "musi", "musicie"})
FORTY_FOUR_SO_THAT = frozenset({"zeby", "by", "aby"})
FORTY_FOUR_CALL_REACH = 4  # words from "żeby" to the verb of calling back ("żeby ktoś do mnie oddzwaniał")


def call_back_not_wished(words: Sequence[str]) -> bool:
    """"Nie" and a word of needing or wanting ("nie potrzebuję", "nie chcę", "nie trzeba"), then "żeby" and a verb of
    calling back within four words ("nie potrzebuję, żeby ktoś oddzwaniał", "nie chcę, żeby do mnie dzwonili"): round
    thirty-two's call_back_refused said with a clause. "Potrzebuję, żeby ktoś oddzwonił" (no "nie") and "nie wiem,
    czy ktoś oddzwoni" are not."""
    folded = [fold(word) for word in words]
    for at in range(1, len(words) - 1):
        if folded[at - 1] != "nie" or folded[at] not in FORTY_FOUR_NO_NEED or folded[at + 1] not in FORTY_FOUR_SO_THAT:
            continue
        if any(CALLING_BACK & (_lemmas_of(words[k]) | {folded[k]})
               for k in range(at + 2, min(len(words), at + 2 + FORTY_FOUR_CALL_REACH))):
            return True
    return False


# round forty-four: another office's matter asked for someone described ("gdzie się wymienia dowód dla ojca, który nie
# chodzi")
FORTY_FOUR_WHICH = frozenset({"ktory", "ktora", "ktore", "ktorzy", "ktorego", "ktorej", "co"})
FORTY_FOUR_WHICH_REACH = 2  # words from "który" to the phrase ("który już nie chodzi")


def described_for_elsewhere(words: Sequence[str], spans: Sequence[Span], told: str, elsewhere: str) -> bool:
    """Every phrase of the matter heard comes within two words after "który", "która" or "co" (a clause describing
    someone), after a phrase of another office's matter ("wymianę dowodu dla ojca, który nie chodzi"): the person is
    described, the other office's matter asked. "Opiekunka dla taty, który nie chodzi" (no other office) and "dowód
    wymienię, ale tata nie chodzi" (no clause) are not."""
    found = _spans_of(spans, told)
    other = [end for _, end, _ in _spans_of(spans, elsewhere)]
    if not found or not other:
        return False
    folded = [fold(word) for word in words]

    def described(start: int) -> bool:
        leads = [at for at in range(max(0, start - FORTY_FOUR_WHICH_REACH - 1), start) if folded[at] in FORTY_FOUR_WHICH]
        return bool(leads) and any(end <= leads[0] for end in other)
    return all(described(start) for start, _, _ in found)


# round forty-three: callers who hear badly, danger said in passing
FORTY_THREE_GONE_OUT = frozenset({"wygasnac", "zgasnac", "wystygnac", "skonczyc", "wygasac", "gasnac"})  # the stove out
FORTY_THREE_LIMBS = frozenset({"reka", "noga", "palec", "stopa", "dlon"})
FORTY_THREE_NUMB_REACH = 2  # words between "nie czuję" and the limb, either order ("rąk nie czuję", "nie czuję już nóg")


def _forty_three_numb_now(words: Sequence[str], folded: Sequence[str]) -> bool:
    """"Nie czuję rąk", "rąk już nie czuje": "nie" right before a present form of "czuć" (not the past "czułam"), a limb
    within two words either side."""
    for at, word in enumerate(words):
        if at == 0 or folded[at - 1] not in NEGATING or not any(
                r.pos == "fin" and fold(r.lemma.split(":")[0]) == "czuc" for r in readings(word)):
            continue
        near = range(max(0, at - 1 - FORTY_THREE_NUMB_REACH), min(len(words), at + FORTY_THREE_NUMB_REACH + 1))
        if any(FORTY_THREE_LIMBS & _lemmas_of(words[i]) for i in near if i not in (at - 1, at)):
            return True
    return False


def forty_three_numb_with_cold(words: Sequence[str]) -> bool:
    """Round forty-three: a house gone cold (a word of cold or "jak w psiarni", beside the stove, the fuel or "palić"
    gone out, run out or not burning: "piec wygasł", "opał się skończył", "nie pali się", "nie ma czym palić")
    and hands or feet gone numb now ("rąk nie czuję", "nie czuje nóg"): cold of the helpless, as the list's "ręce
    grabieją". "Rąk nie czułam, jak piec wygasł zimą" (the past), "zimno trochę, ale piec pali, tylko nóg nie czuję od
    cukrzycy" (the stove burning) and "zimno, a piec nie grzeje, czy jest dodatek" (no numbness) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) for word in words]
    cold = any(COLD & found for found in lemmas_at) or _phrase_at(folded, COLD_SIGNS)
    heat = any(HEAT & found for found in lemmas_at)
    gone_out = any(FORTY_THREE_GONE_OUT & found for found in lemmas_at) or _phrase_at(folded, NO_HEAT_PHRASES) or any(
        (HEAT | {"grzac"}) & found and NEGATING & set(folded[max(0, at - NO_HEAT_REACH):at])
        for at, found in enumerate(lemmas_at))
    return cold and heat and gone_out and _forty_three_numb_now(words, folded)


FORTY_THREE_LINE_THINGS = frozenset({"wiadomosc", "nagrywac", "nagrac", "nagranie", "nagrywanie", "maszyna", "automat",
                                     "sekretarka", "oddzwonic", "oddzwaniac", "sms", "esemes", "nagrac"})
FORTY_THREE_BARE_FEARED = frozenset({"tego", "tych", "to", "tej"})
FORTY_THREE_AFTER_BARE = frozenset({"bo", "i", "a", "ale", "no", "wiec", "to", "po", "prostu", "strasznie", "troche"})


def forty_three_fear_of_the_line(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round forty-three: every danger phrase heard is fear ("boję się"), with a bare "tego"/"tych" beside it ("ja się
    tego boję", "boję się tego": nothing named after it but a little word), and a thing of the line itself (a message,
    a recording, the machine, a call back) named before the fear: the caller fears the recording, as round ten's
    "boję się tych nagrywań" names it. "Mąż pije, ja się tego boję" (no thing of the line), "nie zostawię
    wiadomości, boję się tego, co on zrobi" (something named after it) and "nie chcę wiadomości, boję się go" are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]
    inside = {i for start, end, _ in found for i in range(start, end)}

    def bare_at(at: int) -> bool:
        return 0 <= at < len(words) and at not in inside and folded[at] in FORTY_THREE_BARE_FEARED and (
            at + 1 >= len(words) or at + 1 in inside or folded[at + 1] in FORTY_THREE_AFTER_BARE)

    def feared_thing(start: int, end: int) -> bool:
        if not any(FEAR & lemmas(word) for word in words[start:end]):
            return False
        before = start - 1 if start > 0 and folded[start - 1] != "sie" else start - 2
        after = end if end < len(words) and folded[end] != "sie" else end + 1
        if not (bare_at(before) or bare_at(after)):
            return False
        return any(FORTY_THREE_LINE_THINGS & _lemmas_of(word) for word in words[:start])
    return all(feared_thing(start, end) for start, end, _ in found)


FORTY_THREE_ASKING = frozenset({"pytac", "zapytac", "dopytywac"})


def _forty_three_asking_at(words: Sequence[str], at: int) -> bool:
    return 0 <= at < len(words) and bool(FORTY_THREE_ASKING & _lemmas_of(words[at]))


def forty_three_not_asked(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Round forty-three: every phrase of the choice heard is denied as the question, "nie" and a verb of asking right
    after it ("godzin nie pytałam", "o adres nie pytam") or before it with "o" ("nie pytałam o godziny"): the caller
    corrects what the line took them to ask. "Pytałam o godziny, a do której dziś?" (no "nie") and "nie pytałam
    jeszcze, jakie są godziny" (no "o") are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def denied(start: int, end: int) -> bool:
        after = end < len(words) - 1 and folded[end] in NEGATING and _forty_three_asking_at(words, end + 1)
        before = start >= 3 and folded[start - 1] == "o" and folded[start - 3] in NEGATING and _forty_three_asking_at(
            words, start - 2)
        return after or before
    return all(denied(start, end) for start, end, _ in found)


FORTY_THREE_SOUNDING = frozenset({"dzwonek", "radio", "telewizor", "pukanie", "domofon", "budzik"})
FORTY_THREE_HEARING = frozenset({"slyszec", "uslyszec", "doslyszec", "slychac"})


def forty_three_hearing_a_thing(words: Sequence[str], spans: Sequence[Span], repeat: str) -> bool:
    """Round forty-three: every request to repeat heard is not hearing ("nie słyszę"), and what is not heard, right
    after it, is a thing that rings or sounds ("nie słyszę dzwonka", "radia", "domofonu"; not "telefonu", a word of
    the office's number): the caller tells why they do not answer, not asking the line again. "Nie słyszę pani", "nie
    słyszę, co pani mówi" and "nie słyszę tego numeru" are still a request to repeat."""
    found = _spans_of(spans, repeat)
    if not found:
        return False

    def thing_unheard(start: int, end: int) -> bool:
        return any(FORTY_THREE_HEARING & _lemmas_of(word) for word in words[start:end]) and end < len(words) \
            and bool(FORTY_THREE_SOUNDING & _lemmas_of(words[end]))
    return all(thing_unheard(start, end) for start, end, _ in found)


def forty_three_time_taken_in(words: Sequence[str], spans: Sequence[Span], when: str, person: str) -> bool:
    """Round forty-three: the hours said back and taken in ("siódma do piętnastej, dobrze"), then a person asked for,
    with no question after the word of taking in: round nineteen's `echoed_before` for a person. "Dobrze, a kiedy
    przyjmuje kierowniczka?" (the time asked after) and "kierowniczka do której jest?" are not."""
    if not echoed_before(words, spans, when, (person,)):
        return False
    folded = [fold(word) for word in words]
    last = max(end for _, end, _ in _spans_of(spans, when))
    taken = next(at for at in range(last, len(folded)) if folded[at] in TAKEN_IN)
    return not ASKING_DAY & set(folded[taken:])


FORTY_THREE_WAS = frozenset({"byl", "bylo", "byla", "byly"})
FORTY_THREE_RECALL_REACH = 5  # words from "to było" to the item recalled ("to było jeden socjalne, dwa zasiłki")
FORTY_THREE_SAYING_AGAIN = frozenset({"powtorzyc", "powtarzac", "przeczytac", "czytac", "powiedziec", "mowic"})


def forty_three_recalled_then_repeat(words: Sequence[str], spans: Sequence[Span], choice: str, repeat: str) -> bool:
    """Round forty-three: every phrase of the choice comes within five words after "to był"/"to było" (the caller
    recalls what the menu said: "czy to był ośrodek", "to było jeden socjalne, dwa zasiłki, czy jak"), "czy" is said
    between, and after the last of them a request to say it again ("powtórzy pani", "niech pani przeczyta to jeszcze
    raz": a verb of saying or reading, not a bare "jeszcze raz"): the item half heard, asked again. "To był zasiłek
    celowy, czy można go jeszcze raz dostać" (no verb of saying) and "powtórzy pani, czy to był ośrodek" (the request
    first) are not."""
    found = _spans_of(spans, choice)
    asked = [(start, end) for c, start, end, _ in spans if c == repeat]
    if not found or not asked:
        return False
    folded = [fold(word) for word in words]

    def recalled(start: int) -> int | None:
        for at in range(start - 1, max(0, start - 1 - FORTY_THREE_RECALL_REACH), -1):
            if folded[at] in FORTY_THREE_WAS and at > 0 and folded[at - 1] == "to":
                return at - 1
        return None

    def says_again(start: int, end: int) -> bool:
        return any(FORTY_THREE_SAYING_AGAIN & _lemmas_of(word) for word in words[max(0, start - 3):end])
    opened = [recalled(start) for start, _, _ in found]
    if any(at is None for at in opened):
        return False
    last = max(end for _, end, _ in found)
    return "czy" in folded[max(0, min(opened) - 1):] and any(start >= last and says_again(start, end) for start, end in asked)


FORTY_THREE_REACHED = frozenset({"dodzwonic", "trafic"})


def forty_three_or_elsewhere(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Round forty-three: every "gdzie" heard closes the answer right after "czy", and the caller asks whether the call
    reached the right place (a verb of getting through: "czy ja się do gminy dodzwoniłam, czy gdzie", "czy dobrze
    trafiłam, czy gdzie"): "or somewhere else", no address asked. "Czy gdzie jest ośrodek" (words after it) and "to jest
    w tym budynku przy kościele, czy gdzie" (where the office is, asked) are not."""
    found = _spans_of(spans, where)
    folded = [fold(word) for word in words]
    return bool(found) and any(FORTY_THREE_REACHED & _lemmas_of(word) for word in words) and all(
        end >= len(words) and start > 0 and folded[start - 1] == "czy" for start, end, _ in found)


# round forty-five: a request for a person in everyday words, and what is not one. Not eaten for days said with the
# mouth ("od trzech dni nic w ustach nie miałam"); fear said of anyone ("aż się człowiek boi") after a story from a
# screen or long ago; talking to no one wanted ("z nikim nie chcę rozmawiać"); the cold outside the window (weather).
FORTY_FIVE_MOUTH = frozenset({"ustach", "gebie", "pysku"})
FORTY_FIVE_HAVING = frozenset({"miec"})
FORTY_FIVE_MOUTH_REACH = 3  # words from "w ustach" to "nic", "nie" and the verb of having ("nic w ustach nie miałam")


def nothing_in_mouth_for_days(words: Sequence[str]) -> bool:
    """ "W ustach" (or "w gębie") with "nic", a "nie" and a form of "mieć" within three words either side, and a word of
    days within five words of it, not after "co" (round eighteen's `DAYS`: "od trzech dni", "od wczoraj", "drugi
    dzień"): someone who has not eaten for days. "Nic w ustach nie miałam od rana" (hours), "co dwa dni" and "mam
    w ustach gorzko od dwóch dni" (no "nic") are not."""
    folded = [fold(word) for word in words]
    for at in range(1, len(words)):
        if folded[at] not in FORTY_FIVE_MOUTH or folded[at - 1] not in {"w", "we"}:
            continue
        near = range(max(0, at - 1 - FORTY_FIVE_MOUTH_REACH), min(len(words), at + FORTY_FIVE_MOUTH_REACH + 1))
        if not ({"nic", "niczego"} & {folded[i] for i in near} and NEGATING & {folded[i] for i in near}
                and any(FORTY_FIVE_HAVING & _lemmas_of(words[i]) for i in near)):
            continue
        days = range(max(0, at - 1 - DAYS_REACH), min(len(words), at + DAYS_REACH + 1))
        if any(folded[i] in DAYS and "co" not in folded[max(0, i - 2):i] for i in days):
            return True
    return False


FORTY_FIVE_ANYONE = frozenset({"czlowiek", "czlowieka", "kazdy", "kazdego"})
FORTY_FIVE_ANYONE_REACH = 2  # words from the fear to "człowiek" ("aż się człowiek boi", "człowiek się boi")


def fear_of_anyone(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase that is fear ("boi", "boję się") has "człowiek" or "każdy" within two words of it: fear
    said of anyone, the effect of a story ("w telewizji mówili, że babcię okradli, to aż się człowiek boi"), not a
    caller afraid now. The call flow asks it only where round twenty-three's `fear_after` would make a story from a
    screen or long ago danger now; "w zeszłym tygodniu mnie pobił i boję się" stays danger."""
    folded = [fold(word) for word in words]
    fears = [(start, end) for start, end, _ in _spans_of(spans, danger)
             if any(folded[i] in FEAR_FOLDED for i in range(start, end))]
    return bool(fears) and all(
        FORTY_FIVE_ANYONE & set(folded[max(0, start - FORTY_FIVE_ANYONE_REACH):end + FORTY_FIVE_ANYONE_REACH])
        for start, end in fears)


FORTY_FIVE_NO_ONE_REACH = 3  # words from "z nikim" to the person's phrase ("z nikim nie chcę rozmawiać")
FORTY_FIVE_WANTING = frozenset({"chciec", "potrzebowac", "musiec", "zamierzac"})
FORTY_FIVE_WANTING_FORMS = frozenset({"bede", "trzeba", "potrzeba"})  # "nie będę z nikim gadać", "nie trzeba nikogo"


def no_one_wanted(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every phrase of a person heard has "nikim" or "nikogo" within three words before it or after it, and a "nie"
    before a verb of wanting ("chcę", "potrzebuję", "muszę", "będę", "trzeba") within three words before the first of
    the two or between them: "z nikim nie chcę rozmawiać", "nie chcę z nikim gadać", "nikogo nie potrzebuję do
    rozmowy". "Nie ma tam nikogo na dyżurze, żeby pogadać" (no one there: a person wanted) and "chcę z kimś
    porozmawiać, bo nikt nie odbiera" are not."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]
    nobody = [at for at, word in enumerate(folded) if word in {"nikim", "nikogo"}]

    def refused(start: int, end: int) -> bool:
        for at in nobody:
            if start - FORTY_FIVE_NO_ONE_REACH - 1 <= at < start or end <= at <= end + FORTY_FIVE_NO_ONE_REACH:
                low, high = max(0, min(at, start) - FORTY_FIVE_NO_ONE_REACH), max(at, end)
                if any(folded[i] in NEGATING and i + 1 < len(words) and (
                        folded[i + 1] in FORTY_FIVE_WANTING_FORMS or FORTY_FIVE_WANTING & _lemmas_of(words[i + 1]))
                       for i in range(low, min(len(words), high + 1))):
                    return True
        return False
    return all(refused(start, end) for start, end, _ in found)


FORTY_FIVE_COLD = frozenset({"zimno", "zimny", "chlodno", "mroz", "mrozno", "ziab"})
FORTY_FIVE_OUTSIDE = (("za", "oknem"), ("na", "dworze"), ("na", "dworzu"), ("na", "polu"), ("na", "zewnatrz"),
                      ("na", "dworu"), ("za", "oknami"))
FORTY_FIVE_OUTSIDE_REACH = 3  # words from the cold to "za oknem" ("zimno takie za oknem")


def cold_outside(words: Sequence[str], spans: Sequence[Span], heating: str) -> bool:
    """Every phrase of heating heard is a word of cold ("zimno", "mróz") with "za oknem", "na dworze", "na polu" or
    "na zewnątrz" within three words either side: the weather told, no heating asked. "Zimno w domu, a za oknem
    mróz" (cold at home) and "zimno za oknem, a nie mam czym palić" (the fuel named) are not."""
    found = _spans_of(spans, heating)
    if not found:
        return False
    folded = [fold(word) for word in words]
    outside = [at for at in range(len(folded) - 1) if tuple(folded[at:at + 2]) in FORTY_FIVE_OUTSIDE]

    def weather(start: int, end: int) -> bool:
        if end - start != 1 or not (FORTY_FIVE_COLD & (_lemmas_of(words[start]) | {folded[start]})):
            return False
        return any(start - FORTY_FIVE_OUTSIDE_REACH - 2 <= at <= end + FORTY_FIVE_OUTSIDE_REACH for at in outside)
    return all(weather(start, end) for start, end, _ in found)


FORTY_FIVE_CONNECTING = frozenset({"polaczyc", "przelaczyc", "laczyc", "przelaczac"})
FORTY_FIVE_ASKING = frozenset({"niech", "prosze", "prosimy", "poprosze", "prosilabym", "prosilbym"})
FORTY_FIVE_WHEN = frozenset({"kiedy", "ktorej", "ktora", "czy", "jak", "gdzie"})
FORTY_FIVE_ASKING_REACH = 4  # words from "niech"/"proszę" to the verb ("niech mnie ktoś teraz połączy")
FORTY_FIVE_VERB_BEFORE = 2  # session 25: the verb just before the person ("połączy z pracownikiem socjalnym")


def put_through_asked(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """A phrase of a person heard holds a verb of putting through said as a request: an imperative ("połącz mnie",
    "przełączcie") or any form with "niech" or "proszę" within three words before it ("niech mnie pani przełączy do
    kogoś", "proszę połączyć"), no question word between: the transfer asked now, even beside an hour ("aha, do
    piętnastej, to niech mnie pani połączy"). "Kiedy mogę się połączyć z kierowniczką" and "do której można się
    połączyć" (a question) are not."""
    folded = [fold(word) for word in words]
    for start, end, _ in _spans_of(spans, person):
        for at in range(max(0, start - FORTY_FIVE_VERB_BEFORE), end):
            found = [r for r in readings(words[at]) if fold(r.lemma) in FORTY_FIVE_CONNECTING]
            if not found:
                continue
            before = folded[max(0, at - FORTY_FIVE_ASKING_REACH):at]
            if any(r.pos == "impt" for r in found) and not FORTY_FIVE_WHEN & set(folded[max(0, at - 2):at]):
                return True
            asking = [i for i, word in enumerate(before) if word in FORTY_FIVE_ASKING]
            if asking and not FORTY_FIVE_WHEN & set(before[asking[-1]:]):
                return True
    return False


FORTY_FIVE_GIVING = frozenset({"dac", "dawac"})
FORTY_FIVE_SOMEONE = frozenset({"kogos", "kogo", "czlowieka", "pracownika", "pracownice"})
FORTY_FIVE_GIVING_REACH = 4  # words from "daj" to "kogoś" ("daj mi pani tam kogoś")


def someone_given(words: Sequence[str]) -> bool:
    """An imperative of "dać" or "dawać" ("daj", "dajcie", "dawaj"), no "nie" right before it, with "kogoś",
    "człowieka" or "pracownika" within four words after it: "daj mi pani tam kogoś", "dajcie mi wreszcie jakiegoś
    człowieka" (the list's "dać mi kogoś" said with words between). "Nie dawaj mi nikogo", "daj spokój, kogo to
    obchodzi" (no one asked: "kogo" after a comma-less "spokój" is still within reach, so "spokój" stops it) are
    not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if at and folded[at - 1] in NEGATING:
            continue
        if not any(r.pos == "impt" and fold(r.lemma) in FORTY_FIVE_GIVING for r in readings(word)):
            continue
        for k in range(at + 1, min(len(words), at + FORTY_FIVE_GIVING_REACH + 2)):
            if folded[k] in {"spokoj", "spokoju", "znac", "znak"}:
                break
            if folded[k] in FORTY_FIVE_SOMEONE:
                return True
    return False


def whom_asked_before_reason(words: Sequence[str], spans: Sequence[Span], person: str,
                             topics: Sequence[str]) -> bool:
    """Every phrase of a person heard comes before a "bo", and every phrase of the named topics after it: "z kim mogę
    o tym pogadać, bo ja wnuka sama wychowuję": whom to talk to asked first, the matter told as the reason, so round
    eleven's `whom_to_ask` (the matter first: "narkotyki u wnuka, z kim porozmawiać") does not give the matter."""
    found = _spans_of(spans, person)
    told = [span for topic in topics for span in _spans_of(spans, topic)]
    if not found or not told:
        return False
    last = max(end for _, end, _ in found)
    because = [at for at, word in enumerate(words) if at >= last and fold(word) == "bo"]
    return bool(because) and all(start > because[0] for start, _, _ in told)


FORTY_FIVE_NUMBER_REACH = 3  # words from the number to the worker ("numer bezpośrednio do pracownika")
FORTY_FIVE_NUMBER_WORDS = ("numer", "telefon", "komork")  # the card's phrase names a number ("jak się dostać" does not)


def number_of_worker(words: Sequence[str], spans: Sequence[Span], contact: str, told: str) -> bool:
    """Every phrase of the matter heard (a worker's: "pracownik socjalny") starts within three words after a phrase of
    the address card that names a number ("numer", "telefon", "komórka"), with "do" right before it: "jaki jest numer
    bezpośrednio do pracownika socjalnego" asks for the number, not the social workers' item. "Dzwonię do pracownika socjalnego w sprawie
    numeru" (the number after) and "jak się dostać do pracownika socjalnego" (the way, no number) are not."""
    found = _spans_of(spans, told)
    folded = [fold(word) for word in words]
    cards = [end for start, end, _ in _spans_of(spans, contact)
             if any(word.startswith(FORTY_FIVE_NUMBER_WORDS) for word in folded[start:end])]
    if not found or not cards:
        return False
    asked = [(start, stop) for start, stop, _ in found if start > 0 and folded[start - 1] in {"do", "dla"} and any(
        end <= start - 1 <= end + FORTY_FIVE_NUMBER_REACH for end in cards)]
    # a shorter phrase inside an asked one ("socjalnego" of "pracownika socjalnego") is part of it
    return bool(asked) and all(any(a <= start and stop <= b for a, b in asked) for start, stop, _ in found)


FORTY_FIVE_SOMEWHERE = frozenset({"gdzies", "gdziekolwiek"})
FORTY_FIVE_VERB_POS = frozenset({"fin", "inf", "praet", "impt", "bedzie"})


def somewhere_after_verb(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Every phrase of "where" heard is "gdzieś" or "gdziekolwiek" alone, right after a verb that is not "być": "człowiek
    zadzwoni gdzieś, żeby głos usłyszeć", "wyjechał gdzieś" tell of somewhere, they do not ask where the office is
    (the list's "gdzie" is near "gdzieś"). "Czy jesteście gdzieś koło kościoła" ("być") and "gdzie jesteście" are
    not."""
    found = _spans_of(spans, where)
    folded = [fold(word) for word in words]

    def told(start: int, end: int) -> bool:
        if end - start != 1 or folded[start] not in FORTY_FIVE_SOMEWHERE or start == 0:
            return False
        before = readings(words[start - 1])
        return any(r.pos in FORTY_FIVE_VERB_POS for r in before) and not any(fold(r.lemma) == "byc" for r in before)
    return bool(found) and all(told(start, end) for start, end, _ in found)


# round forty-six: danger words said of a hard life that is no emergency now: fear of the court's or the bank's
# letters, a threat to go to the police, "wykończy mnie tym piciem", a mother alone with her children.
FORTY_SIX_PAPERS = frozenset({"pismo", "list", "sad", "komornik", "bank", "rachunek", "windykacja", "dlug",
                              "zadluzenie", "wezwanie", "nakaz", "eksmisja", "wypowiedzenie", "koperta", "papier",
                              "upomnienie", "chwilowka", "kredyt"})
FORTY_SIX_PAPER_SKIP = frozenset({"sie", "tych", "tego", "tej", "tych", "tym", "takich", "tak", "az", "juz", "tego"})
FORTY_SIX_READING = frozenset({"otwierac", "otworzyc", "czytac", "przeczytac", "odbierac", "odebrac", "patrzec"})
FORTY_SIX_TAKING = frozenset({"wyrzucic", "zabrac", "zajac", "eksmitowac", "wyeksmitowac", "licytowac",
                              "zlicytowac", "odebrac"})
FORTY_SIX_REPORTED_TO = frozenset({"policja", "sad", "prokurator", "prokuratura", "gmina", "wojt", "soltys"})
FORTY_SIX_THREAT_REACH = 8  # words from "grożą" to the police ("grożą, że na policję pójdą")
FORTY_SIX_PAPER_AFTER = 3  # words from the fear to the letters ("boję się tych pism")
FORTY_SIX_GERUND_REACH = 3  # words from "wykończy" to the activity ("wykończy mnie tym piciem")
FORTY_SIX_HARM = frozenset({"bic", "awanturowac", "uderzac", "tluc", "szarpac", "krzywdzic", "lac"})
FORTY_SIX_CHILDREN = frozenset({"dziecko", "dzieciak", "wnuk", "wnuczka", "wnuczek", "maluch"})


def forty_six_hard_life_not_danger(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round forty-six: every danger phrase heard is one of these, said of a hard life that is no emergency now:
    fear whose object is the letters ("boję się tych pism z sądu"), fear of opening or reading them after the letters
    were named ("pismo od komornika … się boję otwierać"), fear that "they" will evict or take (a third person plural
    verb after "że": "boję się, że nas wyrzucą", the letters named); such an eviction itself ("nas wyrzucą", the letters
    named); a threat to go to the police or the court ("grożą, że na policję pójdą"); "wykończy" with an activity in
    the instrumental after it ("wykończy mnie tym piciem"); children after "z" ("z trójką dzieci sama": a mother alone
    with them); beside "wykończy … tym piciem", a beating denied right
    before it ("pije, ale nie bije"). "Boję się go", "mąż nas wyrzucił", "grozi, że mnie
    zabije" and "wykończy mnie nożem" are still danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]
    lemma_of = [_lemmas_of(word) for word in words]
    papers = [at for at, these in enumerate(lemma_of) if these & FORTY_SIX_PAPERS]

    def paper_after(end: int) -> bool:
        at = end
        while at < len(words) and at < end + FORTY_SIX_PAPER_AFTER and folded[at] in FORTY_SIX_PAPER_SKIP:
            at += 1
        return at < len(words) and bool(lemma_of[at] & FORTY_SIX_PAPERS)

    def they_take(at: int) -> bool:
        return words[at].endswith("ą") and bool(lemma_of[at] & FORTY_SIX_TAKING) and any(
            r.pos == "fin" for r in readings(words[at]))

    def feared(start: int, end: int) -> bool:
        if not any("bac" in lemma_of[at] for at in range(start, end)):
            return False
        if paper_after(end):
            return True
        if not papers:
            return False
        at = end
        while at < len(words) and folded[at] in FORTY_SIX_PAPER_SKIP:
            at += 1
        if at < len(words) and lemma_of[at] & FORTY_SIX_READING and papers[0] < start:
            return True
        if at < len(words) and folded[at] == "ze":
            return any(they_take(k) for k in range(at + 1, min(len(words), at + 4)))
        return False

    def taken(start: int, end: int) -> bool:
        return bool(papers) and any(they_take(at) for at in range(start, end)) and all(
            they_take(at) or folded[at] in {"nas", "mnie", "nam", "mi"} for at in range(start, end))

    def threatened(start: int, end: int) -> bool:
        for at in range(start, end):
            if "grozic" in lemma_of[at] and any(
                    lemma_of[k] & FORTY_SIX_REPORTED_TO for k in range(end, min(len(words), end + FORTY_SIX_THREAT_REACH))
            ) and "ze" in folded[end:end + 2]:
                return True
            if lemma_of[at] & FORTY_SIX_REPORTED_TO and any(
                    "grozic" in lemma_of[k] and "ze" in folded[k + 1:at]
                    for k in range(max(0, at - FORTY_SIX_THREAT_REACH), at)):
                return end - start == 1
        return False

    def worn_out(start: int, end: int) -> bool:
        if end - start != 1 or not lemma_of[start] & {"wykonczyc", "wykanczac"}:
            return False
        return any(any(r.pos == "ger" and "inst" in r.cases for r in readings(words[k]))
                   for k in range(end, min(len(words), end + FORTY_SIX_GERUND_REACH)))

    def with_children(start: int, end: int) -> bool:
        return any(lemma_of[at] & FORTY_SIX_CHILDREN and any(
            folded[k] in WITH and any("inst" in r.cases for r in readings(words[k + 1]))
            for k in range(max(0, at - 2), at)) for at in range(start, end))

    def denied(start: int, end: int) -> bool:
        return end >= 2 and folded[end - 2] == "nie" and bool(lemma_of[end - 1] & FORTY_SIX_HARM) and "worn" in told

    told = {"worn"} if any(worn_out(s, e) for s, e, _ in found) else set()
    return all(feared(s, e) or taken(s, e) or threatened(s, e) or worn_out(s, e) or with_children(s, e)
               or denied(s, e) for s, e, _ in found)


FORTY_SIX_TALK = frozenset({"rozmawiac", "porozmawiac", "rozmowa", "pogadac", "gadac", "omowic", "usiasc", "kim"})
FORTY_SIX_WORKER_REACH = 3  # words from a phrase of a person to the worker named ("rozmowy z pracownikiem socjalnym")


def forty_six_worker_for_matter(words: Sequence[str], spans: Sequence[Span], person: str, social_work: str) -> bool:
    """Round forty-six: the social worker is named ("pracownik socjalny") beside a hard life told, a matter of the social
    workers heard apart from the worker's name ("po rozwodzie, nie daję rady") or a letter of the court, the bank or an
    eviction, and every phrase of a person heard is the worker's own or a word of talking ("rozmowa", "porozmawiać",
    "z kim"): "przyszło pismo o eksmisji, chcę z pracownikiem socjalnym usiąść i to omówić" asks for the social
    workers' help (their item: how to meet them), not a transfer now. "Proszę połączyć z pracownikiem socjalnym" (no
    matter told) is still a person."""
    found = _spans_of(spans, person)
    folded = [fold(word) for word in words]
    workers = [at for at in range(len(words) - 1)
               if folded[at].startswith("pracowni") and folded[at + 1].startswith("socjaln")]
    if not found or not workers:
        return False
    lemma_of = [_lemmas_of(word) for word in words]
    matter = any(not any(w - 1 <= start <= w + 2 for w in workers) for start, _, _ in _spans_of(spans, social_work)) \
        or any(lemma_of[at] & FORTY_SIX_PAPERS for at in range(len(words)))

    def the_worker(start: int, end: int) -> bool:
        if any(start <= w + 1 and w - FORTY_SIX_WORKER_REACH <= start for w in workers):
            return True
        return any(lemma_of[at] & FORTY_SIX_TALK for at in range(start, end)) and all(
            folded[at] in {"z", "ze", "kim", "o", "tym", "to"} or lemma_of[at] & FORTY_SIX_TALK for at in range(start, end))
    return matter and all(the_worker(start, end) for start, end, _ in found)


# round forty-seven: "kasia, ścisz ten telewizor", "zenek, nie słyszę, co mówisz, chodź tu": said to someone in the room
FORTY_SEVEN_ASIDE_REACH = 6  # words between a first name and a word of "ty" ("ścisz", "mówisz", "ci")
FORTY_SEVEN_NAME_LEADS = frozenset("pan pani pania panem panu pana panstwo z ze do dla od u".split())
FORTY_SEVEN_TO_THE_LINE = frozenset("pan pani panstwo halo".split())  # the caller turns back to the line (session 26: "halo")


def _forty_seven_to_you(word: str) -> bool:
    """A word of the familiar "ty": a verb in the second person singular ("mówisz", "ścisz", "chodź") or "ci"/"cię"/
    "tobie"/"ciebie" (the line itself is spoken to as "pani"/"pan")."""
    if not word.isalpha():
        return False
    tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(word)]
    return any(tag.startswith(("fin:sg:sec", "impt:sg:sec")) or (tag.startswith("ppron12:sg") and ":sec" in tag)
               for tag in tags)


# Session twenty-six: kin called by name in the room ("mamo, ścisz ten telewizor"), as a first name is
KIN_CALLED = frozenset({"mamo", "mamus", "mamusiu", "tato", "tatus", "tatusiu", "babciu", "dziadku", "synu", "synku",
                        "corciu", "corko", "wnusiu", "wnuczku", "dzieciaki", "dzieci"})


def _forty_seven_names_aside(words: Sequence[str]) -> list[int]:
    """Where a first name or kin ("mamo", "dziadku") is said to someone in the room: not after "pan", "pani", "z",
    "do"..., with a word of the familiar "ty" within six words of it ("kasia, ścisz", "co mówisz, zenek", "mamo,
    ścisz")."""
    folded = [fold(word) for word in words]
    return [at for at, word in enumerate(words)
            if (is_first_name(word) or folded[at] in KIN_CALLED) and not (at and folded[at - 1] in FORTY_SEVEN_NAME_LEADS)
            and any(_forty_seven_to_you(words[k])
                    for k in range(max(0, at - FORTY_SEVEN_ASIDE_REACH), min(len(words), at + FORTY_SEVEN_ASIDE_REACH + 1))
                    if k != at)]


def forty_seven_name_aside_only(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is a first name said to someone in the room, taken for a near word ("kasia"
    for "kasa"): the name, not the matter. "Kasiu, ścisz, pytam o zasiłek" keeps the benefits."""
    found = _spans_of(spans, choice)
    names = _forty_seven_names_aside(words)
    return bool(found) and all(end - start == 1 and start in names for start, end, _ in found)


def forty_seven_said_aside(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard (a person, a repeat) is said to someone in the room: after (or up to six
    words before) a first name (not after "pan", "pani", "z", "do", "dla"...) that has a word of the familiar "ty"
    within six words of it, with no "pan"/"pani" between (the caller turning back to the line): "kasia, ścisz ten
    telewizor", "zenek, nie słyszę, co mówisz", "powtarzam ci, stasiu, że w poniedziałek": the caller talks to a grandchild or a husband, not to the line, which is spoken to as "pani". "Pani Kasiu, proszę
    powtórzyć", "z panią Kasią poproszę", "powtórz, bo nie słyszę" (no name) are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    names = _forty_seven_names_aside(words)
    if not found or not names:
        return False

    def aside(start: int, name: int) -> bool:  # from the name on, until the caller turns to the line ("proszę pani")
        return name - FORTY_SEVEN_ASIDE_REACH <= start and not any(
            folded[k] in FORTY_SEVEN_TO_THE_LINE for k in range(name + 1, start))
    return all(any(aside(start, name) for name in names) for start, _, _ in found)


# round forty-seven: "nie trzeba powtarzać, wszystko zrozumiałam": a repeat refused
FORTY_SEVEN_NO_NEED = frozenset({"trzeba", "potrzeba", "musi", "musicie", "musisz"})
FORTY_SEVEN_NO_NEED_BETWEEN = frozenset({"pani", "pan", "juz", "mi", "mnie", "tego", "tam", "nic", "wiecej", "znowu"})


def forty_seven_repeat_refused(words: Sequence[str], spans: Sequence[Span], repeat: str) -> bool:
    """Every repeat heard comes right after "nie trzeba", "nie potrzeba" or "nie musi" (only "pani", "już", "mi",
    "tego"... between): "nie trzeba powtarzać", "nie musi pani już tego powtarzać": no repeat wanted. "Nie trzeba
    dzwonić, proszę powtórzyć" (another verb between) and "trzeba powtórzyć" are still a repeat."""
    found = _spans_of(spans, repeat)
    folded = [fold(word) for word in words]

    def refused(start: int) -> bool:
        k = start - 1
        while k >= 0 and folded[k] in FORTY_SEVEN_NO_NEED_BETWEEN:
            k -= 1
        return k >= 1 and folded[k] in FORTY_SEVEN_NO_NEED and folded[k - 1] in NEGATING
    return bool(found) and all(refused(start) for start, _, _ in found)


def forty_seven_what_was_said_not_known(words: Sequence[str], spans: Sequence[Span], lost: str, repeat: str) -> bool:
    """Every sign of being lost heard ("nie wiem", "nie rozumiem") is followed right away by a repeat phrase that opens
    with "co" ("nie wiem, co pani powiedziała"): what the line said was not caught, a repeat, not a caller lost. "Nie
    wiem, co wybrać", "nie rozumiem, proszę powtórzyć" stay signs of being lost."""
    found = _spans_of(spans, lost)
    said = {start for start, _, _ in _spans_of(spans, repeat) if fold(words[start]) == "co"}
    return bool(found) and all(end in said for _, end, _ in found)


# round forty-seven: "możemy wrócić tam, gdzie było wszystko do wyboru": the place to go back to, no address asked
FORTY_SEVEN_THERE_WHERE = ("tam", "gdzie")
FORTY_SEVEN_THERE_REACH = 6  # words of the clause after "tam, gdzie"


def forty_seven_back_to_where(words: Sequence[str], spans: Sequence[Span], choice: str, back: str) -> bool:
    """Every phrase of the choice heard (where, another office's matter) is inside a clause "tam, gdzie ..." said right
    after a word of going back ("wrócić tam, gdzie było wszystko do wyboru", "cofnij tam, gdzie był początek"): the
    place in the menus to go back to, neither the address asked nor another office's matter (the elections in
    "wybór"). "Wrócić do menu. Gdzie jest ośrodek?" (no "tam" right after the way back) and "gdzie tam jest
    ośrodek" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    clauses = [end + 2 for _, end, _ in _spans_of(spans, back) if tuple(folded[end:end + 2]) == FORTY_SEVEN_THERE_WHERE]
    return bool(found) and all(any(clause - 1 <= start and end <= clause + FORTY_SEVEN_THERE_REACH for clause in clauses)
                               for start, end, _ in found)


# Round forty-eight: a person of another office asked for ("chciałam z panią z zusu porozmawiać", "połączy mnie pani z
# lekarzem rodzinnym", "z księdzem proboszczem").
FORTY_EIGHT_OTHER_PEOPLE = frozenset({"lekarz", "doktor", "ksiadz", "proboszcz", "wikary", "wojt", "burmistrz",
                                      "starosta", "soltys", "notariusz", "weterynarz", "listonosz", "dentysta"})
FORTY_EIGHT_TALK = frozenset({"rozmawiac", "porozmawiac", "pogadac", "gadac", "mowic", "polaczyc", "przelaczyc",
                              "laczyc", "przelaczac", "rozmowa"})
FORTY_EIGHT_TITLES = frozenset("z ze pan pani pania panem panu pana ta tym tą ten tamtym tamta kims kogos".split())
FORTY_EIGHT_TO = frozenset({"z", "ze", "do"})
FORTY_EIGHT_CLAUSE = frozenset("bo ale ze zeby a i jak gdy kiedy poniewaz".split())
FORTY_EIGHT_OTHER_REACH = 6  # words between a phrase of talking and the other office's person ("z panią z zusu")


def forty_eight_other_office_person(words: Sequence[str], spans: Sequence[Span], person: str,
                                    elsewhere: str) -> bool:
    """Every phrase of a person heard is only a verb of talking or putting through ("porozmawiać", "połączyć", "mówić
    z panią"), and within six words of it "z" (or "do" after a verb of putting through: "przełączyć do lekarza")
    introduces someone of another office: a phrase of another
    office's matter ("z zusu", "z księdzem") or a word of FORTY_EIGHT_OTHER_PEOPLE ("z lekarzem", "z wójtem"), only
    "pani", "pan" or a demonstrative between ("z panią z zusu"): that person asked for, not the office's. "Połącz mnie z
    panią z opieki, bo lekarz kazał" (the office's person named) and "chcę porozmawiać, bo lekarz mi kazał" (no "z"
    before the doctor), "żeby ze mną pogadał, bo jutro do lekarza jadę" (another clause) and "chcę porozmawiać o
    dojazdach do lekarza" (the doctor is where, not whom) are not."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def only_talk(start: int, end: int) -> bool:
        return all(folded[i] in FORTY_EIGHT_TITLES or FORTY_EIGHT_TALK & (_lemmas_of(words[i]) | {folded[i]})
                   for i in range(start, end))

    others = [start for start, _, _ in _spans_of(spans, elsewhere)]
    others += [at for at, word in enumerate(words) if FORTY_EIGHT_OTHER_PEOPLE & _lemmas_of(word)]

    def introduced(at: int) -> str:  # the preposition that introduces the word, "" for none
        k = at
        while k >= 0 and at - k <= 3:
            if folded[k] in FORTY_EIGHT_TO:
                return "" if k and folded[k - 1] in NEGATING else folded[k]  # "a nie z lekarzem": not whom
            if k < at and folded[k] not in FORTY_EIGHT_TITLES:
                return ""
            k -= 1
        return ""
    objects = [(at, introduced(at)) for at in others if introduced(at)]

    def connecting(start: int, end: int) -> bool:
        return any(FORTY_FIVE_CONNECTING & _lemmas_of(words[i]) for i in range(start, end))

    def near(start: int, end: int, at: int, to: str) -> bool:  # the same clause: no "bo", "że", "ale" between
        between = folded[end:at] if at >= end else folded[at + 1:start]
        return start - FORTY_EIGHT_OTHER_REACH <= at <= end + FORTY_EIGHT_OTHER_REACH and not (
            FORTY_EIGHT_CLAUSE & set(between)) and (to != "do" or connecting(start, end))  # "przełączyć do lekarza"
    return all(only_talk(start, end) and any(near(start, end, at, to) for at, to in objects) for start, end, _ in found)


# Round forty-eight: someone asked to speak to the caller ("niech mi wreszcie ktoś odpowie normalnie", "niech ktoś do
# mnie powie głośno").
FORTY_EIGHT_SPEAKING = frozenset({"odpowiedziec", "odpowiadac", "powiedziec", "mowic", "odezwac", "odzywac",
                                  "porozmawiac", "pogadac", "wytlumaczyc", "objasnic", "przemowic"})
FORTY_EIGHT_SOMEONE = frozenset({"ktos", "ktokolwiek", "czlowiek"})
FORTY_EIGHT_LET_REACH = 4  # words from "niech" to the verb of speaking ("niech mi wreszcie ktoś odpowie")
FORTY_EIGHT_TO_OTHERS = frozenset("mu jemu jej im niemu niej nim nich".split())  # "niech ktoś mu powie": to him
FORTY_EIGHT_QUESTION = frozenset("co gdzie kiedy ile jak ktorej ktora ktory czy dlaczego czemu jaki jaka jakie".split())


def forty_eight_someone_to_speak(words: Sequence[str]) -> bool:
    """"Niech" with "ktoś" (or "człowiek") and a verb of speaking in the third person within four words after it, no
    "nie" between and no question word after the verb: "niech mi wreszcie ktoś odpowie normalnie po polsku", "niech
    ktoś do mnie powie głośno", "niech się ktoś odezwie": a person asked to speak to the caller. "Niech mi ktoś powie,
    do której jesteście" (a question after: the hours), "niech ktoś mu powie" (to someone else) and "niech nikt do
    mnie nie mówi" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word != "niech":
            continue
        window = range(at + 1, min(len(words), at + FORTY_EIGHT_LET_REACH + 2))
        if any(folded[k] in NEGATING or folded[k] in FORTY_EIGHT_TO_OTHERS for k in window):
            continue
        someone = [k for k in window if folded[k] in FORTY_EIGHT_SOMEONE]
        verbs = [k for k in window if any(r.pos == "fin" and fold(r.lemma.split(":")[0]) in FORTY_EIGHT_SPEAKING
                                          for r in readings(words[k]))]
        if someone and verbs and not FORTY_EIGHT_QUESTION & set(folded[verbs[0] + 1:]):
            return True
    return False


# Round forty-eight: "kto" opening a relative clause after someone named ("z kimkolwiek, kto tam jest").
FORTY_EIGHT_RELATIVE_HEADS = frozenset("""kimkolwiek kims kogos kogokolwiek ktos ktokolwiek kazdym kazdego tym tego
tej ta ten tymi tych""".split())


def forty_eight_who_relative(words: Sequence[str], spans: Sequence[Span], who: str) -> bool:
    """Every phrase of `who` heard starts with "kto" right after "kimkolwiek", "kimś", "kogoś" or a demonstrative: a
    relative clause after someone asked for ("połączyć z kimkolwiek, kto tam jest", "dać kogoś, kto tam pracuje"), not
    a question who a person is. "Kto tam jest kierownikiem" and "a kto tam u was jest" are not."""
    found = _spans_of(spans, who)
    if not found:
        return False
    folded = [fold(word) for word in words]
    return all(folded[start] == "kto" and start and folded[start - 1] in FORTY_EIGHT_RELATIVE_HEADS
               for start, _, _ in found)


# Round forty-eight: "ja bym z nią chciała" (to talk to her, the verb left out).
FORTY_EIGHT_WANTING = frozenset({"chciec"})
FORTY_EIGHT_WITH_WHOM = frozenset({"nia", "nim"})
FORTY_EIGHT_THAT = frozenset({"zeby", "aby", "ze", "by", "zebym", "azeby"})  # "chciałabym, żeby pracownik przyszedł"
FORTY_EIGHT_WITH_REACH = 3  # words between "z nią" and the verb of wanting, either side ("ja bym z nią chciała")
FORTY_EIGHT_ELLIPSIS_REACH = 5  # words after the verb of wanting with no infinitive ("chciała tak zaraz jak można")


def forty_eight_with_her_wanted(words: Sequence[str]) -> bool:
    """"Z nią" or "z nim" within three words of a form of "chcieć" with no "nie" right before it, no verb, "nie" or
    clause word between them, and no infinitive or "żeby" within five words after the verb: the verb of talking left
    out, a person asked for ("to ja bym z nią chciała, tak zaraz, jak można"). Only where nothing else is asked (the
    call flow asks it only then: "numer do kierowniczki jaki jest, bo ja bym chciała z nią osobiście" is her number).
    "Chciałabym z nią pojechać do lekarza" (the verb said), "ja z nim nie chcę", "co z nim będzie, jak umrę, chciałabym,
    żeby pracownik przyszedł" (another clause) and "chciałam, dziękuję, z panem Bogiem" are not."""
    folded = [fold(word) for word in words]
    withs = [at for at in range(len(words) - 1) if folded[at] in {"z", "ze"} and folded[at + 1] in FORTY_EIGHT_WITH_WHOM]

    def infinitive(k: int) -> bool:
        return any(r.pos == "inf" for r in readings(words[k]))

    def verb(k: int) -> bool:
        return any(r.pos in FORTY_FIVE_VERB_POS for r in readings(words[k]))
    for at, word in enumerate(words):
        if not FORTY_EIGHT_WANTING & _lemmas_of(word) or (at and folded[at - 1] in NEGATING):
            continue
        after = range(at + 1, min(len(words), at + 1 + FORTY_EIGHT_ELLIPSIS_REACH))
        if any(infinitive(k) or folded[k] in FORTY_EIGHT_THAT for k in after):
            continue
        for w in withs:
            low, high = (w + 2, at) if w < at else (at + 1, w)
            if high - low <= FORTY_EIGHT_WITH_REACH and not any(
                    verb(k) or folded[k] in NEGATING or folded[k] in FORTY_EIGHT_CLAUSE for k in range(low, high)):
                return True
    return False


# Round forty-eight: a sickness told beside another matter ("nie ma ubezpieczenia, a on chory").
FORTY_EIGHT_SICK = frozenset({"chory"})


def forty_eight_sick_only_told(words: Sequence[str], spans: Sequence[Span], care: str) -> bool:
    """Every phrase of care heard is "chory" or "chora" alone, said of someone ("a on chory", "bo jest chora"): the
    sickness told as a circumstance; beside another matter named ("zwolnili go z pracy, nie ma ubezpieczenia, a on
    chory") that matter is asked about, not care at home. "Mama chora, leży, kto by się nią zajął" (other words of
    care) is not."""
    found = _spans_of(spans, care)
    return bool(found) and all(end - start == 1 and FORTY_EIGHT_SICK & (_lemmas_of(words[start]) | {fold(words[start])})
                               for start, end, _ in found)


# round fifty: "syn ją wypchnął na dwór i zamknął drzwi": a person put out of the house
FIFTY_PUTTING_OUT = frozenset({"wypchnac", "wypychac", "wyrzucic", "wyrzucac", "wystawic", "wystawiac", "wygonic",
                               "wyganiac", "wypedzic", "wypedzac", "wykopac"})
FIFTY_OUT_THERE = (("na", "dwor"), ("na", "dwór"), ("na", "zewnatrz"), ("za", "drzwi"), ("na", "mroz"),
                   ("na", "podworko"), ("na", "podworze"), ("na", "klatke"), ("na", "ulice"))
FIFTY_BY_THE_CALLER = ("lam", "lem", "lismy", "lysmy", "e", "my")  # "wyrzuciłam go": the caller did it, not to them
FIFTY_PUT_OUT_REACH = 3  # words from the verb to "na dwór" ("wypchnął tę babcię na dwór")


def fifty_put_out_of_home(words: Sequence[str]) -> bool:
    """A verb of putting out ("wypchnął", "wyrzucił", "wystawił", "wygonił"), no "nie" right before it, with a person
    as its object within two words after it (a pronoun: "ją", "go", "mnie", "nas"; or a noun of kin or of a woman or a
    child: "matkę", "babcię") or such a pronoun or a noun only in the accusative right before it ("ją wypchnął",
    "babcię wystawił"), and "na dwór", "na zewnątrz", "za drzwi" or "na mróz" within three words: someone put out of
    the house now. "Wyrzuciłam śmieci na dwór", "wypchnął wózek za drzwi" (a thing), "wyrzuciłam go za drzwi" (the
    caller did it) and "nie wyrzucił jej na dwór" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if (at and folded[at - 1] in NEGATING) or not FIFTY_PUTTING_OUT & _lemmas_of(word) \
                or folded[at].endswith(FIFTY_BY_THE_CALLER):
            continue
        whom = [k for k in range(at + 1, min(len(words), at + 3)) if _fifty_is_person(words[k], folded[k])]
        if at and (folded[at - 1] in FIFTY_PRONOUNS or _fifty_accusative_person(words[at - 1])):
            whom = [at] + whom  # "ją wypchnął na dwór", "babcię wystawił za drzwi"
        if not whom:
            continue
        after = whom[0] + 1
        if any(tuple(folded[k:k + 2]) in FIFTY_OUT_THERE
               for k in range(after, min(len(words), at + FIFTY_PUT_OUT_REACH + 2))):
            return True
    return False


FIFTY_PRONOUNS = frozenset(fold(pronoun) for pronoun in ACCUSATIVE_PRONOUNS)


def _fifty_accusative_person(word: str) -> bool:
    """Round fifty: a noun of a person read only in the accusative, never the nominative ("babcię", not "matka")."""
    found = [r for r in readings(word) if r.pos in {"subst", "depr"}]
    return _fifty_is_person(word, fold(word)) and bool(found) and any("acc" in r.cases for r in found) and not any(
        "nom" in r.cases for r in found)


def _fifty_is_person(word: str, folded: str) -> bool:
    """Round fifty: a pronoun in the accusative or a noun of kin, of a woman or a child."""
    return folded in FIFTY_PRONOUNS or bool(
        (PERSONS | FORTY_KIN | {"dziadek", "ojciec", "tata", "staruszek", "mezczyzna", "chlop"}) & _lemmas_of(word))


# round fifty: "nie chcę żadnego pracownika", "nie potrzebuję żadnej pani z opieki": no one wanted
FIFTY_NONE = frozenset({"zadnego", "zadnej", "zadnych", "zadnym"})
FIFTY_NONE_REACH = 3  # words from "nie" to "żadnego" ("nie chcę już żadnego")


def fifty_none_wanted(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every phrase of a person heard starts right after "żadnego", "żadnej" or "żadnych" (one word between at most),
    with "nie" and a verb of wanting ("chcę", "potrzebuję", "trzeba") before it within three words: "nie chcę
    żadnego pracownika", "nie potrzebuję żadnej pani z opieki". "Nie ma żadnego pracownika? proszę połączyć" (no verb of
    wanting) and "chcę z pracownikiem" are not."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def refused(start: int) -> bool:
        nones = [k for k in range(max(0, start - 2), start) if folded[k] in FIFTY_NONE]
        if not nones:
            return False
        k = nones[0]
        return any(folded[i] in NEGATING and i + 1 < k and (
            folded[i + 1] in FORTY_FIVE_WANTING_FORMS or FORTY_FIVE_WANTING & _lemmas_of(words[i + 1]))
                   for i in range(max(0, k - FIFTY_NONE_REACH - 1), k))
    return all(refused(start) for start, _, _ in found)


# round fifty: "czy pani z opieki mogłaby z nimi porozmawiać": a worker to talk with the family told of, the social
# workers' (round twenty-three's talk_with_us said of "them", the caller's daughter's family, not "us")
FIFTY_WITH_THEM = (("z", "nimi"), ("ze", "nimi"))


def fifty_talk_with_them(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Round twenty-three's talk_with_us, with "z nimi" for "z nami": "żeby pani z opieki z nimi porozmawiała", "czy
    ktoś mógłby z nimi pogadać". "Chcę z nią porozmawiać" (the worker herself) is not."""
    folded = [fold(word) for word in words]
    swapped = ["nami" if (folded[at] == "nimi" and at and folded[at - 1] in WITH) else word
               for at, word in enumerate(words)]
    return swapped != list(words) and talk_with_us(swapped, spans, person)


# round fifty: fear said of coping or of an office's step, no one in danger: "boimy się, że nie damy rady" (the care
# at home after the hospital), "córka się boi sama zgłosić" (to the commission)
FIFTY_COPING = frozenset({"dac", "poradzic", "wyrobic", "podolac", "uciagnac"})
FIFTY_OFFICE_STEPS = frozenset({"zglosic", "zglaszac", "zlozyc", "skladac", "zapytac", "pytac", "napisac", "wypelnic",
                                "podpisac", "zalatwic"})
FIFTY_FEAR_BETWEEN = frozenset({"sama", "sam", "sie", "tego", "to", "tam", "o", "tak"})
FIFTY_FEAR_REACH = 3  # words from the fear to "że nie" ("boimy się trochę, że nie damy rady")
FIFTY_POLICE = ("policj", "prokurat", "sad")


def fifty_fear_not_danger(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is fear ("boję się", "się boimy", "boi się"), and what is feared is either not coping:
    "że nie" and a verb of coping ("damy rady", "poradzimy") within three words after it; or a step of an office, an
    infinitive right after it (only "sama", "tego" between: "się boi sama zgłosić", "boję się złożyć ten wniosek"),
    not to the police or a court. "Boję się, że mnie zabije", "boję się wracać do domu" (no office's step), "boi się
    zgłosić na policję" and "boję się go" are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def not_danger(start: int, end: int) -> bool:
        if not any(FEAR & _lemmas_of(word) or fold(word) in FEAR_FOLDED for word in words[start:end]):
            return False
        after = folded[end:end + FIFTY_FEAR_REACH + 3]
        for k in range(end, min(len(words) - 2, end + FIFTY_FEAR_REACH)):
            if folded[k] == "ze" and folded[k + 1] in NEGATING and FIFTY_COPING & _lemmas_of(words[k + 2]):
                return True
        at = end
        while at < len(words) and folded[at] in FIFTY_FEAR_BETWEEN:
            at += 1
        return at < len(words) and any(r.pos == "inf" and fold(r.lemma) in FIFTY_OFFICE_STEPS
                                       for r in readings(words[at])) \
            and not any(w.startswith(FIFTY_POLICE) for w in after)
    return all(not_danger(start, end) for start, end, _ in found)


# round fifty: a condition after an illness or a fall, told beside the care asked for: "teściowa po złamaniu biodra
# leży", "mama sobie nie radzi sama w domu" (an old parent who cannot cope: care, not a child alone)
FIFTY_NOT_COPING = frozenset({"radzi", "radze", "radzimy", "radza", "rady"})
# Lemmas of the verbal nouns of a fall or an injury after "po" ("po złamaniu", "po przewróceniu"); not of violence.
FIFTY_AILMENTS = frozenset({"zlamac", "zwichnac", "skrecic", "przewrocic", "wywrocic", "poparzyc", "oparzyc",
                            "zaslabnac", "potluc", "stluc", "uszkodzic", "operowac", "zoperowac"})
FIFTY_ALONE = frozenset({"sama", "sam"})
FIFTY_NOT_COPING_REACH = 3  # words from "nie radzi" to "sama w domu"


def fifty_care_not_danger(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard either starts with a verbal noun of a fall or an injury right after "po" ("po
    złamaniu biodra", "po przewróceniu"; not "po pobiciu"): the condition after it, now to be cared for; or is "sama
    w domu" ("sam w domu") with "nie radzi", "nie radzę" or "nie daje rady" within three words before it: an adult who
    cannot cope alone. Asked only beside the care item (ivr.call.flow). "Złamała biodro i leży" (the event), "dziecko
    samo w domu" and "sama w domu, a on wali w drzwi" (another danger phrase) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def after_it(start: int) -> bool:
        return start > 0 and folded[start - 1] == "po" and any(
            r.pos == "ger" and fold(r.lemma) in FIFTY_AILMENTS for r in readings(words[start]))

    def not_coping_alone(start: int, end: int) -> bool:
        if folded[start] not in FIFTY_ALONE or folded[start + 1:start + 3] != ["w", "domu"]:
            return False
        before = folded[max(0, start - FIFTY_NOT_COPING_REACH - 1):start]
        return any(before[k] in NEGATING and k + 1 < len(before) and before[k + 1] in FIFTY_NOT_COPING | {"daje"}
                   for k in range(len(before)))
    return all(after_it(start) or not_coping_alone(start, end) for start, end, _ in found)


# round fifty: "córka wyjechała do Niemiec i się nie odzywa": gone away and silent, no one lying unanswered
FIFTY_GOING_AWAY = frozenset({"wyjechac", "wyjezdzac", "wyprowadzic", "wyprowadzac"})
FIFTY_SILENT = frozenset({"odzywac", "odezwac"})
FIFTY_GONE_REACH = 8  # words from the going away to the silence ("wyjechała do Niemiec w maju i się nie odzywa")


def fifty_gone_away_silent(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is silence ("się nie odzywa") of one who went away, a verb of going away ("wyjechała",
    "wyprowadził się") within eight words before it, and no time since of hours or days ("od wczoraj"): a family
    matter, no one lying unanswered. "Mama się nie odzywa, leży", "sąsiad od trzech dni się nie odzywa" and "mąż
    wyjechał na ryby i od rana się nie odzywa" are not."""
    found = _spans_of(spans, danger)
    if not found or _since_recent([fold(word) for word in words]):
        return False

    def gone(start: int, end: int) -> bool:
        return any(FIFTY_SILENT & _lemmas_of(word) for word in words[start:end]) and any(
            FIFTY_GOING_AWAY & _lemmas_of(word) for word in words[max(0, start - FIFTY_GONE_REACH):start])
    return all(gone(start, end) for start, end, _ in found)


# round fifty: "wnuczka u mnie mieszka od lata, córka wyjechała … czy wy w takich sprawach pomagacie": a grandchild
# living with the caller, told where no matter is named, is the social workers' (a family raising a child of another)
FIFTY_GRANDCHILDREN = frozenset({"wnuk", "wnuczka", "wnuczek", "wnusia", "wnusio", "wnucze"})
FIFTY_LIVING = frozenset({"mieszkac", "zamieszkac"})
FIFTY_LIVING_REACH = 3  # words from the grandchild to the verb of living ("wnuczka u mnie od roku mieszka")


def fifty_grandchild_living_with_me(words: Sequence[str]) -> bool:
    """A grandchild ("wnuczka", "wnuk") with a verb of living ("mieszka") and "u mnie" or "u nas" within three words
    after it: "wnuczka u mnie mieszka", "wnuk mieszka u nas od roku". "Wnuczka mieszka w mieście" and "mieszkam u
    wnuczki" are not. Asked only where no matter of the line is named (ivr.call.flow)."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not FIFTY_GRANDCHILDREN & _lemmas_of(word):
            continue
        near = range(at + 1, min(len(words), at + FIFTY_LIVING_REACH + 2))
        if any(FIFTY_LIVING & _lemmas_of(words[k]) for k in near) and any(
                tuple(folded[k:k + 2]) in FORTY_AT_OURS for k in near):
            return True
    return False


def fifty_put_through_before_visit(words: Sequence[str], spans: Sequence[Span], person: str, visit: str) -> bool:
    """Round forty-five's put_through_asked ("proszę mnie połączyć z panią Basią"), and every phrase of a worker's
    visit heard after the first phrase of a person: the visit told is who she is ("… ona u nas była na wywiadzie"),
    the transfer is asked. "Żeby pani przyjechała na wywiad, proszę połączyć" (the visit first) and "z panią Basią,
    żeby przyjechała na wywiad" (no request to put through) are not."""
    people = _spans_of(spans, person)
    visits = _spans_of(spans, visit)
    if not people or not visits or not put_through_asked(words, spans, person):
        return False
    first = min(end for _, end, _ in people)
    return all(start >= first for start, _, _ in visits)


# round fifty: "osiemset plus … czy mogę to przepisać na siebie": a typo-near word ("przepisać" for "przepija") that
# the dictionary knows as a word of its own, beside a matter heard whole
FIFTY_TYPO_BELOW = 88.0  # understand.ALTERNATION: a span below it is heard only as a typo


def fifty_known_word_near_only(words: Sequence[str], spans: Sequence[Span], choice: str,
                               list_lemmas: frozenset[str]) -> bool:
    """Every phrase of the choice heard is one word heard only as a near word (below the sound changes) that the
    dictionary knows, and none of its lemmas is a lemma of any word of the choice's list (`list_lemmas`, folded):
    "przepisać" heard near the list's "przepija" is another word said, not the choice. Asked only beside a matter
    heard whole (ivr.call.flow). "Zapomogę" (a lemma of the list, weighing less) and a word the dictionary does not
    know ("alkocholu") are not."""
    found = _spans_of(spans, choice)
    return bool(found) and all(
        end - start == 1 and score < FIFTY_TYPO_BELOW
        and any(r.pos not in {"ign", "brev"} for r in readings(words[start]))
        and not (_lemmas_of(words[start]) | {fold(words[start])}) & list_lemmas
        for start, end, score in found)


# round fifty: "ojciec pił trzydzieści lat temu … ja tylko tak wspominam, bo pani o alkoholu powiedziała": drinking
# told in the past, and the word the line said recalled
FIFTY_SAYING = frozenset({"mowic", "powiedziec", "wspomniec", "wspominac", "czytac", "przeczytac"})
FIFTY_RECALLED_REACH = 2  # words from the matter to the verb of saying ("o alkoholu pani powiedziała")


def fifty_past_or_recalled(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is a verb in the past tense ("pił") or one word after "o" (a demonstrative
    between at most) with a verb of
    saying in the past tense within two words after it ("bo pani o alkoholu powiedziała", "o tym piciu pani
    mówiła"): what the line said, recalled; at least one phrase is the past. Asked beside words of long ago
    (ivr.call.flow), as round eight's drinking told in the past. "Pił lata temu, a teraz pije" and "o alkoholu chcę
    porozmawiać" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]

    def past(start: int, end: int) -> bool:
        return any(r.pos == "praet" for word in words[start:end] for r in readings(word))

    def recalled(start: int, end: int) -> bool:
        lead = start - 2 if start > 1 and folded[start - 1] in DEMONSTRATIVES else start - 1  # "o tym piciu"
        if end - start != 1 or lead < 0 or folded[lead] != "o":
            return False
        return any(any(r.pos == "praet" and fold(r.lemma) in FIFTY_SAYING for r in readings(words[k]))
                   for k in range(end, min(len(words), end + FIFTY_RECALLED_REACH + 1)))
    return any(past(start, end) for start, end, _ in found) and all(
        past(start, end) or recalled(start, end) for start, end, _ in found)


# round forty-nine: "nie wiem, czy dożyję do rana": a night not to be lived through, doubted now
FORTY_NINE_SURVIVE = frozenset({"dozyc"})
FORTY_NINE_NEAR_TIME = frozenset({"rana", "rano", "jutra", "jutro", "wieczora", "wieczor", "nocy", "noc", "poranka"})
FORTY_NINE_DOUBT = frozenset({"nie", "czy", "chyba"})
FORTY_NINE_SURVIVE_REACH = 3  # words from "dożyję" to the near time ("dożyję do rana"), and from the doubt to it
# round forty-nine: "matkę wyrzucił na mróz": someone driven out into the cold
FORTY_NINE_DRIVEN_OUT = frozenset({"wyrzucic", "wyrzucac", "wygonic", "wyganiac", "wypedzic", "wypedzac", "wywalic",
                                   "wystawic", "wykopac", "przegonic"})
FORTY_NINE_COLD_OUT = frozenset({"mroz", "zimno", "snieg", "ziab", "ziabie", "mrozie", "sniegu"})
FORTY_NINE_DRIVEN_REACH = 4  # words from the verb to "na mróz" ("wyrzucił matkę na mróz")


def forty_nine_survival_doubted(words: Sequence[str]) -> bool:
    """A present or future form of "dożyć" ("dożyję", "dożyje") with "nie", "czy" or "chyba" within three words before
    it and a near time within three words after it ("do rana", "jutra", "do wieczora", "do nocy"): "nie wiem, czy
    dożyję do rana", "mama chyba nie dożyje do jutra". "Jak dożyję, to przyjdę w poniedziałek" (no doubt, no near
    time), "nie wiem, czy dożyję wiosny" (a season: an old person's sigh) and "dożyła do rana" (the past) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not FORTY_NINE_SURVIVE & _lemmas_of(word) or not any(r.pos == "fin" for r in readings(word)):
            continue
        if not FORTY_NINE_DOUBT & set(folded[max(0, at - FORTY_NINE_SURVIVE_REACH):at]):
            continue
        if FORTY_NINE_NEAR_TIME & set(folded[at + 1:at + 1 + FORTY_NINE_SURVIVE_REACH]):
            return True
    return False


def forty_nine_driven_into_cold(words: Sequence[str]) -> bool:
    """A verb of driving out ("wyrzucił", "wygoniła", "wystawił") with "na" and a word of cold ("na mróz", "na zimno",
    "na śnieg") within four words after it: someone put out into the cold ("syn matkę wyrzucił na mróz"). "Wyrzucił
    śmieci" (no cold), "psa nie wygonisz na dwór" ("na dwór" is no cold word) and "w taki ziąb psa się nie wygania na
    mróz" (the verb denied: a saying of the weather) are not; a screen or long ago beside it is asked about as any such
    story (the call flow's `not_now`)."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not FORTY_NINE_DRIVEN_OUT & _lemmas_of(word) or (at and folded[at - 1] in NEGATING):
            continue
        after = range(at + 1, min(len(words) - 1, at + FORTY_NINE_DRIVEN_REACH))
        if any(folded[k] == "na" and folded[k + 1] in FORTY_NINE_COLD_OUT for k in after):
            return True
    return False


# round forty-nine: "ten mróz mnie zabije", "wnuki mnie wykończą": the weather or the little ones as the killer, a
# figure of speech
FORTY_NINE_KILLING = frozenset({"zabic", "wykonczyc", "dobic"})
FORTY_NINE_WEATHER = frozenset({"mroz", "zimno", "ziab", "upal", "goraco", "spiekota", "pogoda", "deszcz", "wiatr",
                                "snieg", "wilgoc", "plucha", "zima"})
FORTY_NINE_LITTLE_ONES = frozenset({"wnuki", "wnuczki", "wnuczeta", "dzieci", "dzieciaki", "maluchy", "bachory",
                                    "brzdace", "szkraby"})  # plural forms only: "wnuk mnie zabije" is a grown man
# between "mnie" and the verb ("mnie chyba zabije", "mnie normalnie wykończą")
FORTY_NINE_BEFORE_VERB = frozenset({"normalnie", "chyba", "jeszcze", "kiedys", "zaraz", "w", "koncu"})
FORTY_NINE_UNABLE = frozenset({"wstac", "wstawac", "chodzic", "podniesc", "ruszac", "ruszyc"})  # after "nie"


def _forty_nine_helpless(words: Sequence[str]) -> bool:
    """ "Nie wstanę", "nie chodzę", "leżę", "nie mam siły": the speaker (or the one told of) cannot help themselves."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        denied = at > 0 and folded[at - 1] in NEGATING
        if (denied and FORTY_NINE_UNABLE & _lemmas_of(word)) or "lezec" in _lemmas_of(word) or (
                folded[at] in {"sily", "sil"} and NEGATING & set(folded[max(0, at - 2):at])):
            return True
    return False


def forty_nine_figure_of_killing(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is a present or future form of "zabić", "wykończyć" or "dobić" with "mnie" right before
    or after it, and its subject a word of the weather ("mróz", "zimno", "upał", "pogoda") or little ones in the plural
    ("wnuki", "dzieci", "dzieciaki"), right before "mnie" or right after it (only "ten", "ta", "to", "taki" between):
    "ten mróz mnie zabije", "wnuki mnie wykończą", "zabije mnie ta pogoda": a figure of speech. "On mnie zabije", "wnuk
    mnie zabije" (a grown man), "mąż mnie zabije i ten mróz" (the man is the subject), "mróz go zabił" (the past, of
    another), "dzieci same, mróz je zabije" (not "mnie") are not, nor is the cold beside one who cannot help themselves
    ("ten mróz mnie zabije, z łóżka nie wstanę": the cold of the helpless)."""
    found = _spans_of(spans, danger)
    if not found or _forty_nine_helpless(words):
        return False
    folded = [fold(word) for word in words]

    def killer(at: int, step: int) -> bool:
        while 0 <= at < len(words) and folded[at] in DEMONSTRATIVES | {"mnie", "taki", "taka", "normalnie"}:
            at += step
        return 0 <= at < len(words) and (folded[at] in FORTY_NINE_LITTLE_ONES
                                         or bool(FORTY_NINE_WEATHER & _lemmas_of(words[at])))

    def figure(start: int, end: int) -> bool:
        for at in range(start, end):
            if not FORTY_NINE_KILLING & _lemmas_of(words[at]) or not any(r.pos == "fin" for r in readings(words[at])):
                continue
            me = at - 1
            while me >= 0 and folded[me] in FORTY_NINE_BEFORE_VERB:
                me -= 1
            if me >= 0 and folded[me] == "mnie" and killer(me - 1, -1):
                return True
            if at + 1 < len(words) and folded[at + 1] == "mnie" and killer(at + 2, 1):
                return True
        return False
    return all(figure(start, end) for start, end, _ in found)


# round forty-nine: "nie chciałam godziny, to ja znam", "wiadomości to ja nie będę zostawiać": a matter or an action
# not wanted, said before or after its word
FORTY_NINE_WANTING = frozenset({"chce", "chcialam", "chcialem", "chcialabym", "chcialbym", "chcemy", "potrzebuje",
                                "potrzebowalam", "potrzebowalem", "bede", "musze", "trzeba", "potrzeba", "pytalam",
                                "pytalem", "pytam", "zostawiac", "zostawie", "zostawic", "nagrywac", "nagrac", "umiem",
                                "potrafie", "prosilam", "prosilem"})
FORTY_NINE_AFTER_LINKS = frozenset({"to", "ja", "juz", "mi", "sobie", "tam", "akurat", "raczej", "wcale"})
FORTY_NINE_CLAUSE = frozenset({"ze", "co", "jak", "gdzie", "ile", "czy", "kiedy", "jaki", "jaka", "jakie", "ktorej"})


def forty_nine_not_wanted(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is not wanted: right after "nie" and a word of wanting, asking or leaving
    ("nie chciałam godziny", "nie potrzebuję tego adresu"), or followed, with only "to", "ja", "już" between, by "nie"
    and such a word ("wiadomości to ja nie będę zostawiać", "godzin to ja nie pytałam") or by "wiem"/"znam" ("godziny
    to ja znam na pamięć"): the caller says what they do not want. "Chciałam godziny" (no "nie"), "nie wiem, jakie są
    godziny" ("wiem" is no word of wanting), "godziny to ja nie znam", "zasiłek to ja wiem, że jest, ale jak go
    dostać" (a clause after "wiem": more asked), "wiadomość to ja zostawię", "mama nie chce opiekunki" (another's will
    told: "chce", not "chcę"), "czy nie trzeba wniosku" (a question) and "proszę oddzwonić, nie trzeba nagrywać" (a
    verb asked, then another verb refused) are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def wanting(at: int) -> bool:  # "chce" only as "chcę": "syn nie chce się leczyć" is another's will, told
        return folded[at] in FORTY_NINE_WANTING and (folded[at] != "chce" or words[at].lower().endswith("ę"))

    def before(start: int) -> bool:
        at = start - 1
        while at >= 0 and folded[at] in DEMONSTRATIVES:
            at -= 1
        return at >= 1 and wanting(at) and folded[at - 1] in NEGATING and not (at >= 2 and folded[at - 2] == "czy")

    def after(start: int, end: int) -> bool:
        at = end
        while at < len(words) and at < end + KNOWN_REACH and folded[at] in FORTY_NINE_AFTER_LINKS:
            at += 1
        if at < len(words) and folded[at] in KNOWING:  # "zasiłek to ja wiem, że jest, ale jak": more asked after it
            return not (at + 1 < len(words) and folded[at + 1] in FORTY_NINE_CLAUSE)
        return at + 1 < len(words) and folded[at] in NEGATING and wanting(at + 1) and not (
            verb_in(start, end) and at + 2 < len(words) and verb_in(at + 2, at + 3))  # "proszę oddzwonić, nie trzeba
        # nagrywać": a verb asked, then another refused

    def verb_in(start: int, end: int) -> bool:
        return any(r.pos in {"inf", "impt", "fin", "praet"} for word in words[start:end] for r in readings(word))
    return all(before(start) or after(start, end) for start, end, _ in found)


def forty_nine_by_the_phone(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every phrase of the address card heard is one noun in the locative right after "przy" ("kartka przy telefonie",
    "siedzę przy telefonie"): the caller's phone as a place, not the office's number asked. "Jaki jest telefon" and
    "proszę podać numer telefonu" are not."""
    found = _spans_of(spans, contact)
    folded = [fold(word) for word in words]
    return bool(found) and all(
        end - start == 1 and start >= 1 and folded[start - 1] == "przy"
        and any(r.pos == "subst" and "loc" in r.cases for r in readings(words[start])) for start, end, _ in found)


# round forty-nine: "nie dzwońcie do mnie dzisiaj, święta są": the day when not to be called, no hours asked
FORTY_NINE_CALLING = frozenset({"dzwonic", "zadzwonic", "oddzwonic", "oddzwaniac", "telefonowac"})
FORTY_NINE_ASKING_WHEN = frozenset({"kiedy", "ktorej", "ktora", "czy", "jak", "jakie", "ile", "otwarte", "otwarty"})


def forty_nine_when_not_to_call(words: Sequence[str]) -> bool:
    """A call refused, "nie" right before a verb of calling as a command or an infinitive ("nie dzwońcie", "proszę nie
    dzwonić", "niech nie oddzwaniają"), or with "trzeba"/"musicie" between ("nie trzeba dzwonić"), and no word of a
    question about a time ("kiedy", "o której", "czy"): the day or time said beside it is when not to be called, no
    question about the hours. "Nie dzwońcie, ale o której jutro otwieracie?" and "nie dzwoniłam wczoraj, bo..." (the
    past) are not."""
    folded = [fold(word) for word in words]
    if FORTY_NINE_ASKING_WHEN & set(folded):
        return False
    for at in range(1, len(words)):
        if not FORTY_NINE_CALLING & _lemmas_of(words[at]) or not any(
                r.pos in {"impt", "inf"} or (r.pos == "fin" and words[at].endswith("ą")) for r in readings(words[at])):
            continue
        if folded[at - 1] in NEGATING or (at >= 2 and folded[at - 2] in NEGATING and folded[at - 1] in NEEDLESS):
            return True
    return False


def _forty_nine_about_at(words: Sequence[str], at: int) -> bool:
    """ "O" at `at` with a word read in the accusative after it ("o dzieci", "o to", "o pieniądze"): what a matter is
    about; not "o lasce", "o kulach" (the locative: how one walks)."""
    return (0 <= at < len(words) - 1 and fold(words[at]) == "o"
            and any("acc" in r.cases for r in readings(words[at + 1])))


def forty_nine_not_about_it(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is "nie chodzi" (or "nie chodziło") with "o" and an accusative within two words
    before it or right after it ("o dzieci nie chodzi", "nie chodzi o pieniądze"): what the call is not about, not
    someone who cannot walk. "Mama nie chodzi od roku", "o lasce już nie chodzi" (the locative) are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def idiom(start: int, end: int) -> bool:
        verbs = [at for at in range(start + 1, end)
                 if folded[at - 1] in NEGATING and "chodzic" in _lemmas_of(words[at])]
        return end - start == 2 and bool(verbs) and (
            _forty_nine_about_at(words, start - 2) or _forty_nine_about_at(words, start - 3)
            or _forty_nine_about_at(words, end))
    return all(idiom(start, end) for start, end, _ in found)


# round forty-nine: "długopis mi spadł pod stół, no gdzie on jest": a thing dropped or lost, looked for aloud
FORTY_NINE_DROPPED = frozenset({"spasc", "upasc", "wypasc", "zgubic", "zapodziac", "podziac", "zginac", "zawieruszyc",
                                "potoczyc", "wysunac"})
FORTY_NINE_IT = frozenset({"on", "ona", "ono", "one", "to", "te", "ten", "ta"})
FORTY_NINE_IS = frozenset({"jest", "sa", "sie", "podzial", "podziala", "podzialo", "podzialy", "polecial", "poleciala"})


def forty_nine_thing_looked_for(words: Sequence[str], spans: Sequence[Span], where: str) -> bool:
    """Every "gdzie" heard is followed by "on", "ona", "to"… and "jest" or "są" ("gdzie on jest", "gdzie to jest";
    "gdzie ona się podziała" is also a danger phrase of someone missing, read first), and a thing was told dropped or
    lost before it, a verb of falling or losing in the past ("długopis mi spadł pod stół", "okulary gdzieś zgubiłam"):
    the caller looks for it aloud, not the office's address asked. "Przenieśli ośrodek, gdzie on jest teraz" (no thing
    dropped) and "gdzie jest ośrodek" are not."""
    found = _spans_of(spans, where)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def looked_for(start: int, end: int) -> bool:
        return (end < len(words) - 1 and folded[end] in FORTY_NINE_IT and folded[end + 1] in FORTY_NINE_IS
                and any(FORTY_NINE_DROPPED & _lemmas_of(words[at])
                        and any(r.pos == "praet" for r in readings(words[at])) for at in range(start)))
    sought = [start for start, end, _ in found if looked_for(start, end)]
    return bool(sought) and all(start in sought or folded[start] == "gdzies" for start, _, _ in found)  # "gdzieś"
    # told beside it: somewhere


# round forty-nine: "ja sobie tabletek nazbierałam": pills hoarded, a plan to end one's life
FORTY_NINE_PILLS = frozenset({"tabletka", "lek", "pigulka", "proszek", "lekarstwo"})
FORTY_NINE_HOARDING = frozenset({"nazbierac", "uzbierac", "nagromadzic", "gromadzic", "chomikowac", "nazbierany",
                                 "uzbierany"})
FORTY_NINE_PILLS_REACH = 4  # words between the pills and the verb of hoarding, either side


def forty_nine_pills_hoarded(words: Sequence[str]) -> bool:
    """A verb of hoarding ("nazbierać", "uzbierać", "gromadzić"; "nazbierane") with pills or medicines within four words
    either side, no "się" beside the verb and no "na" right before the pills: "ja sobie tabletek nazbierałam i już wiem,
    co zrobię", "mam tabletki nazbierane". "Nazbierało mi się tabletek, gdzie oddać przeterminowane" (the pills
    gathered of themselves), "uzbierałam na leki" (money saved for them) and "zbieram tabletki z podłogi" (picked up)
    are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not FORTY_NINE_HOARDING & _lemmas_of(word) or "sie" in folded[max(0, at - 2):at + 3]:
            continue
        near = range(max(0, at - FORTY_NINE_PILLS_REACH), min(len(words), at + FORTY_NINE_PILLS_REACH + 1))
        if any(k != at and FORTY_NINE_PILLS & _lemmas_of(words[k]) and not (k and folded[k - 1] == "na") for k in near):
            return True
    return False


# round fifty-one: "dziecko w domu obok płacze całą noc, a tam tylko ojciec pijany leży": a child crying for hours
# with the only grown-up there drunk, as alone as with nobody (children_alone)
FIFTY_ONE_CRYING = frozenset({"plakac", "wolac", "krzyczec", "wrzeszczec", "szlochac", "ryczec", "beczec"})
FIFTY_ONE_DRUNK = frozenset({"pijany", "pijana", "pijani", "nietrzezwy", "nietrzezwa", "zalany", "zalana", "upity",
                             "upita", "schlany", "schlana", "nawalony", "nawalona", "urzniety", "urznieta"})
FIFTY_ONE_WHOLE = frozenset({"cala", "caly", "calutka", "calutki", "calymi", "calusienka"})
FIFTY_ONE_SPELL = frozenset({"noc", "dzien", "wieczor", "ranek", "popoludnie", "nocami", "dniami"})
FIFTY_ONE_WAS = frozenset({"byl", "byla", "bylo", "byli", "byly", "wczoraj", "kiedys", "dawniej"})
FIFTY_ONE_DRUNK_REACH = 10  # words from the crying to the drunk grown-up ("płacze całą noc, a tam tylko ojciec pijany")


def fifty_one_child_with_drunk_only(words: Sequence[str]) -> bool:
    """A child ("dziecko", "maluch", "wnuczek") and, within ALONE_REACH words after it, a verb of crying or calling in
    the present ("płacze", "woła", "krzyczy"; no "nie" right before it), a spell of hours ("całą noc", "cały dzień",
    or "od rana", "od godziny") within four words after the verb, and a drunk word ("pijany", "zalany", "nietrzeźwy")
    within FIFTY_ONE_DRUNK_REACH words after the verb with no "nie", "był" or "wczoraj" in the two words before it: the
    only grown-up there drunk, the child as alone as with nobody. "Dziecko płakało całą noc, a ojciec pijany wrócił"
    (the crying over), "dziecko płacze całą noc, bo ząbkuje" (no one drunk), "dziecko płacze, bo ojciec pijany
    krzyczy" (no spell of hours) and "… a mąż nie jest pijany" are not."""
    folded = [fold(word) for word in words]
    since = _since_recent(folded)
    for at, word in enumerate(words):
        if not CHILDREN & _lemmas_of(word):
            continue
        for verb in range(at + 1, min(len(words), at + 1 + ALONE_REACH)):
            if not FIFTY_ONE_CRYING & _lemmas_of(words[verb]) or folded[verb - 1] in NEGATING:
                continue
            if not any(r.pos == "fin" for r in readings(words[verb])):
                continue
            spell = any(folded[k] in FIFTY_ONE_WHOLE and folded[k + 1] in FIFTY_ONE_SPELL
                        for k in range(verb + 1, min(len(words) - 1, verb + 5)))
            if not spell and not any(at <= start <= verb + 4 for start in since):
                continue
            for drunk in range(verb + 1, min(len(words), verb + 1 + FIFTY_ONE_DRUNK_REACH)):
                if folded[drunk] in FIFTY_ONE_DRUNK and not (
                        (NEGATING | FIFTY_ONE_WAS) & set(folded[max(0, drunk - 2):drunk])):
                    return True
    return False


# round fifty-one: "dosłyszałam tylko coś o pracowniku, a reszty nie, można jeszcze raz", "umknęło mi to o piątku",
# "jaki numer pani przeczytała, bo nie dosłyszałam": a part of what was read missed, and the reading asked again
FIFTY_ONE_SLIPPED = frozenset({"umknac", "uciec", "pomieszac", "przerwac", "wyleciec", "wypasc", "zagluszyc"})
FIFTY_ONE_SAID = frozenset({"mowic", "powiedziec", "przeczytac", "czytac", "wymienic"})
FIFTY_ONE_ONLY = frozenset({"tylko", "jedynie", "polowe", "poczatek", "koniec"})
FIFTY_ONE_ASKING = frozenset({"prosze", "prosic", "prosilam", "prosilem", "pytam", "pytalam"})
FIFTY_ONE_MI_REACH = 5  # words from "mi" to the verb of slipping ("bo mi się wtorek z poniedziałkiem pomieszał")
FIFTY_ONE_ABOUT_REACH = 5  # words from the sign to the matter told of ("dosłyszałam tylko coś o pracowniku")
FIFTY_ONE_SAID_BEFORE = 3  # words from the matter to the line's saying after it ("jaki numer pani przeczytała")


def _fifty_one_past(word: str) -> bool:
    return any(r.pos == "praet" for r in readings(word))


def _fifty_one_signs(words: Sequence[str], folded: Sequence[str]) -> tuple[list[int], list[int]]:
    """(signs of a part missed, the line's own saying in the past): "nie dosłyszałam", "dosłyszałam tylko", "umknęło
    mi", "mi coś przerwało"; "pani mówiła", "pani przeczytała"."""
    missed, said = [], []
    for at, word in enumerate(words):
        found = _lemmas_of(word)
        if CATCHING & found and (NEGATING & set(folded[max(0, at - 2):at])
                                 or FIFTY_ONE_ONLY & set(folded[at + 1:at + 3])):
            missed.append(at)
        elif FIFTY_ONE_SLIPPED & found and _fifty_one_past(word) and (
                "mi" in folded[max(0, at - FIFTY_ONE_MI_REACH):at] or "mi" in folded[at + 1:at + 3]):
            missed.append(at)
        elif FIFTY_ONE_SAID & found and _fifty_one_past(word) and (
                CALLER_TITLES & set(folded[max(0, at - 2):at] + folded[at + 1:at + 2])):
            said.append(at)
    return missed, said


def fifty_one_missed_part_asked(words: Sequence[str], spans: Sequence[Span], repeat: str, own: Iterable[str],
                                aside: Iterable[str], told: str | None = None) -> bool:
    """A request to repeat heard, a sign that a part of what was read was missed ("nie dosłyszałam", "dosłyszałam
    tylko", "umknęło mi", "coś mi przerwało", "bo mi się pomieszał") or the line's own saying in the past ("pani
    mówiła", "pani przeczytała"), and every other matter heard is one of own (the matter just read, a day), one of
    aside (back, slower), or told of: after "o" within FIFTY_ONE_ABOUT_REACH words after a sign ("coś o pracowniku",
    "co pani mówiła o tej wiadomości"; not "proszę o numer"), or within FIFTY_ONE_SAID_BEFORE words before the line's
    saying ("jaki numer pani przeczytała"); at least one such matter heard (told: that one among them). "Nie
    dosłyszałam, proszę o numer telefonu" (a matter asked for), "nie słyszałam o osiemset plus, jak to załatwić" (no
    repeat asked), "o której jutro czynne, bo nie dosłyszałam" (only the sign, no request: the day asked), a matter
    with no sign and a repeat with nothing else named are not."""
    found = _spans_of(spans, repeat)
    if not found:
        return False
    folded = [fold(word) for word in words]
    missed, said = _fifty_one_signs(words, folded)
    asking = [start for start, end, _ in found if not any(start <= at < end for at in missed)]
    if not (missed or said) or not (asking or said):  # "o której jutro, bo nie dosłyszałam": the day asked
        return False
    own, aside = set(own), set(aside)

    def told_of(start: int) -> bool:
        for sign in missed + said:
            if sign < start <= sign + FIFTY_ONE_ABOUT_REACH and any(
                    folded[k] == "o" and folded[k - 1] not in FIFTY_ONE_ASKING for k in range(max(sign + 1, start - 2),
                                                                                         start)):
                return True
        return start in missed + said or any(sign - FIFTY_ONE_SAID_BEFORE <= start < sign for sign in said)
    others = [(c, start) for c, start, _, _ in spans if c != repeat and c not in aside]
    if not others or (told is not None and all(c != told for c, _ in others)):
        return False
    return all(c in own or told_of(start) for c, start in others)


# round fifty-one: "jakie osiemset plus, mnie chodzi o coś innego", "tam mówi o godzinach, a ja o co innego chciałam":
# a matter named, then the caller says they meant something else
FIFTY_ONE_SOMETHING = frozenset({"co", "cos", "czegos", "czyms", "cus"})
FIFTY_ONE_OTHER = frozenset({"innego", "inne", "innym", "innej", "inna"})
FIFTY_ONE_CONTRAST = frozenset({"a", "ale", "chodzi", "chodzilo", "mnie", "tylko", "przeciez"})
FIFTY_ONE_ALSO = frozenset({"tez", "jeszcze", "poza", "oprocz", "takze", "rowniez", "i", "albo", "lub"})
FIFTY_ONE_OTHER_REACH = 10  # words from the end of the matter to "coś innego"


def fifty_one_other_thing_meant(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice is followed, within FIFTY_ONE_OTHER_REACH words after it, by "coś innego", "co
    innego", "czegoś innego" with a word of contrast ("a", "ale", "chodzi", "mnie") within four words before it and
    no "nie" right before: the matter was named only to be set aside ("jakie osiemset plus, mnie chodzi o coś
    innego"). "Osiemset plus i coś innego jeszcze", "dodatek węglowy, a poza tym coś innego też" (one more matter), "coś innego, a osiemset plus też" (the other before
    the matter) and "nie chodzi o nic innego, tylko o opał" are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]
    others = [at for at in range(1, len(folded)) if folded[at] in FIFTY_ONE_OTHER
              and folded[at - 1] in FIFTY_ONE_SOMETHING and folded[max(0, at - 2)] not in NEGATING
              and FIFTY_ONE_CONTRAST & set(folded[max(0, at - 5):at - 1])
              and not FIFTY_ONE_ALSO & set(folded[max(0, at - 4):at + 3])]
    return all(any(end <= at <= end + FIFTY_ONE_OTHER_REACH for at in others) for _, end, _ in found)


# round fifty-one: "a gdzie ja zadzwoniłam": the call told in the past, not "ja zadzwonię" (a goodbye)
FIFTY_ONE_CALLING = frozenset({"zadzwonic", "dzwonic", "oddzwonic", "przedzwonic"})


def fifty_one_call_told_past(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every phrase of goodbye heard holds a verb of calling ("zadzwonić") in the past tense ("gdzie ja zadzwoniłam",
    "ja już zadzwoniłam"): a call told of, not "ja zadzwonię później". "To ja zadzwonię jutro" and "zadzwoniłam,
    dziękuję, do widzenia" (another goodbye phrase) are not."""
    found = _spans_of(spans, goodbye)
    return bool(found) and all(any(FIFTY_ONE_CALLING & _lemmas_of(word) and _fifty_one_past(word)
                                   for word in words[start:end]) for start, end, _ in found)


# round fifty-one: "czy to jest nagrane": whether the line records, not a message asked for
FIFTY_ONE_RECORDING = frozenset({"nagrac", "nagrywac"})
FIFTY_ONE_MAY = frozenset({"moze", "mozna", "moge", "mozemy", "da", "sie"})


def fifty_one_recorded_asked(words: Sequence[str], spans: Sequence[Span], record: str) -> bool:
    """Every phrase of a message heard is one passive participle of recording ("nagrane", "nagrywany", "nagrywana")
    with "czy" within three words before it and no word of being able between ("czy to jest nagrane", "czy ta rozmowa
    jest nagrywana"): the caller asks whether the line records. "Czy może być nagrane, że dzwoniłam" (a message
    wanted), "chcę nagrać wiadomość" are not."""
    found = _spans_of(spans, record)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def asked(start: int, end: int) -> bool:
        if end - start != 1 or not FIFTY_ONE_RECORDING & _lemmas_of(words[start]):
            return False
        if not any(r.pos == "ppas" for r in readings(words[start])):
            return False
        before = folded[max(0, start - 3):start]
        return "czy" in before and not FIFTY_ONE_MAY & set(before[before.index("czy"):])
    return all(asked(start, end) for start, end, _ in found)


# round fifty-two: danger let slip beside a service, told as long over ("mąż mnie kiedyś bił, ale teraz go nie ma")
FIFTY_TWO_ONCE = "kiedys"  # "kiedyś" beside a verb in the past tense: once, long ago
# "raz" is once too ("uciekła raz z domu"), not "jeszcze raz", "pierwszy raz", "raz w tygodniu", "raz na miesiąc"
FIFTY_TWO_NOT_ONCE = frozenset({"jeszcze", "pierwszy", "drugi", "trzeci", "ostatni", "kolejny", "nastepny", "ten", "za",
                                "nie", "na", "ktorys", "nieraz", "ani", "od"})
FIFTY_TWO_HOW_OFTEN = frozenset({"w", "na", "po", "za", "dziennie", "tygodniowo", "miesiecznie", "dwa", "czy"})
FIFTY_TWO_ONCE_REACH = 3  # words from "kiedyś" to the danger word after it ("mnie mąż kiedyś pobił", "kiedyś był agresywny")
FIFTY_TWO_PAST_REACH = 2  # words before the danger word where its past verb may stand ("był agresywny")
FIFTY_TWO_AGAIN = frozenset({"znowu", "znow", "znowuz", "ponownie", "nadal", "dalej", "wciaz", "ciagle"})
FIFTY_TWO_GOING_ON = frozenset({"nadal", "dalej", "wciaz", "ciagle"})  # "a on dalej pije": the drinking goes on
FIFTY_TWO_DRINKING = frozenset({"pic", "picie", "chlac", "chlanie", "wodka", "alkohol", "nalog", "flaszka", "kieliszek",
                                "gorzala", "wodeczka"})
FIFTY_TWO_TRACE = "sluch"  # "słuch po nim zaginął": no news of him, a figure of speech
FIFTY_TWO_TRACE_REACH = 3


def _fifty_two_trace_lost(words: Sequence[str], folded: Sequence[str], start: int, end: int) -> bool:
    return any("zaginac" in _lemmas_of(word) for word in words[start:end]) and FIFTY_TWO_TRACE in folded[
        max(0, start - FIFTY_TWO_TRACE_REACH):start]


# Round 102: the months after "w" ("w październiku"), folded
MONTHS_IN = frozenset({"styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrzesniu",
                       "pazdzierniku", "listopadzie", "grudniu"})


def fifty_two_long_over(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is told once, long ago: "kiedyś" (or "raz", not "jeszcze raz", "raz w tygodniu"; or a
    month, "w październiku") within
    three words before it, inside it or two after it ("bił mnie kiedyś", "uciekła raz z domu") and a verb in the past tense in it or within two words before it ("kiedyś pobił", "kiedyś był
    agresywny"); after the last of them "teraz" or "już" tells how it is now ("ale teraz mieszkam u córki", "on już
    nie żyje"), with no word of it going on or coming again ("znowu", "nadal"; "dalej pije" is the drinking, not the
    danger). "Słuch po nim zaginął" (no news of him) is a figure of speech, not a danger phrase. The call flow reads
    it only beside a matter asked, which then wins, as danger told with the words of what is over. "Kiedyś mnie bił,
    a teraz znowu zaczyna", "kiedyś mnie pobił i teraz się go boję" (fear now), "kiedyś mnie bił, a teraz bije dzieci"
    and "ta krowa mnie kiedyś zabije" (no past) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]
    told = [(start, end) for start, end, _ in found if not _fifty_two_trace_lost(words, folded, start, end)]
    if not told:
        return False

    def once_at(at: int) -> bool:
        if folded[at] == FIFTY_TWO_ONCE or (folded[at] in MONTHS_IN and at and folded[at - 1] in {"w", "we"}):
            return True  # round 102: "w październiku się spalił" is once too
        return folded[at] == "raz" and not (at and folded[at - 1] in FIFTY_TWO_NOT_ONCE) and not (
            at + 1 < len(folded) and folded[at + 1] in FIFTY_TWO_HOW_OFTEN)

    def once_past(start: int, end: int) -> bool:
        if not any(_past(word) for word in words[max(0, start - FIFTY_TWO_PAST_REACH):end]):
            return False
        return any(once_at(at) for at in range(max(0, start - FIFTY_TWO_ONCE_REACH), min(len(words),
                                                                                          end + FIFTY_TWO_PAST_REACH)))
    if not all(once_past(start, end) for start, end in told):
        return False
    last = max(end for _, end in told)
    if not OVER_NOW & set(folded[last:]):
        return False
    for at in range(last, len(folded)):
        if folded[at] in FIFTY_TWO_AGAIN and not (folded[at] in FIFTY_TWO_GOING_ON and at + 1 < len(words)
                                                  and FIFTY_TWO_DRINKING & _lemmas_of(words[at + 1])):
            return False
    return True


# round fifty-two: a relapse feared in other words ("się boi, że wróci do picia")
FIFTY_TWO_RETURNING = frozenset({"wrocic", "wracac", "powrocic"})
FIFTY_TWO_RETURN_REACH = 3  # words from "że" to the verb of coming back ("że on znowu wróci")


def fifty_two_relapse_back(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger word heard is fear ("boję się", "się boi"), and right after it "że" with a verb of coming back
    within three words and "do" and a word of drinking right after the verb ("że wróci do picia", "że wróci do
    wódki"): a relapse feared, as round eighteen's `fear_of_relapse` reads "że zacznie". "Boję się, że wróci do domu"
    (him coming home feared) and "boję się, że wróci i mnie pobije" stay danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def feared_relapse(start: int, end: int) -> bool:
        if not any(FEAR & lemmas(word) or fold(word) in FEAR_FOLDED for word in words[start:end]):
            return False
        at = end + (1 if end < len(words) and folded[end] == "sie" else 0)
        if at >= len(words) or folded[at] != "ze":
            return False
        for verb in range(at + 1, min(len(words), at + 1 + FIFTY_TWO_RETURN_REACH)):
            if FIFTY_TWO_RETURNING & _lemmas_of(words[verb]):
                return (verb + 2 < len(words) and folded[verb + 1] == "do"
                        and bool(FIFTY_TWO_DRINKING & _lemmas_of(words[verb + 2])))
        return False
    return all(feared_relapse(start, end) for start, end, _ in found)


# round fifty-two: a cold home told in degrees ("w domu jest pięć stopni … palców nie czuję")
FIFTY_TWO_FEW = frozenset({"zero", "jeden", "dwa", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec",
                           "dziesiec", "kilka", "pare", "pol"})


def fifty_two_numb_in_cold_home(words: Sequence[str]) -> bool:
    """Round forty-three's numb hands or feet in a house gone cold (`forty_three_numb_with_cold`), the cold told as a few
    degrees ("pięć stopni", "kilka stopni": a number up to ten right before "stopni", not of fever): "skończył się opał,
    w domu jest pięć stopni i palców nie czuję". "W domu pięć stopni, opał się skończył" (no numbness), "pięć stopni
    gorączki" and "dwadzieścia stopni, piec grzeje, tylko palców nie czuję" (warm) are not."""
    folded = [fold(word) for word in words]
    few = any(folded[at] in FIFTY_TWO_FEW and folded[at + 1] in DEGREE_WORDS
              and (at + 2 >= len(folded) or not folded[at + 2].startswith("gorac")) for at in range(len(folded) - 1))
    if not few:
        return False
    lemmas_at = [_lemmas_of(word) for word in words]
    heat = any(HEAT & found for found in lemmas_at)
    gone_out = any(FORTY_THREE_GONE_OUT & found for found in lemmas_at) or _phrase_at(folded, NO_HEAT_PHRASES) or any(
        (HEAT | {"grzac"}) & found and NEGATING & set(folded[max(0, at - NO_HEAT_REACH):at])
        for at, found in enumerate(lemmas_at))
    return heat and gone_out and _forty_three_numb_now(words, folded)


# round fifty-two: someone listening at the door and the caller to be beaten ("on stoi za drzwiami i słucha … to znowu
# dostanę")
FIFTY_TWO_LISTENING = frozenset({"sluchac", "podsluchiwac", "nasluchiwac", "podsluchac"})
FIFTY_TWO_BEATINGS = frozenset({"lanie", "baty", "bat", "manto", "lomot", "wpierdol", "wciry", "skora", "piescia"})
FIFTY_TWO_PUNISH_REACH = 12  # words from the listening to the caller's "dostanę"


def _fifty_two_naming(word: str) -> bool:
    """Every reading of the word is a noun, an adjective or a number ("radia", "zasiłek"); "jak", which the dictionary
    may read as a noun too, is a little word."""
    found = readings(word)
    return bool(found) and all(r.pos in {"subst", "depr", "adj", "num"} for r in found)


def fifty_two_listened_and_punished(words: Sequence[str]) -> bool:
    """Someone listens now ("słucha", "podsłuchuje": said of another, no noun right after it: not "słucha radia"), and
    within twelve words after it the caller expects to be beaten: "dostanę" (the first person of "dostać", to come or
    now) with nothing after it but a little word ("to znowu dostanę jak wczoraj", "dostanę od niego") or a word of a
    beating ("dostanę lanie"): an abuser listening in, danger said half-said. "Syn słucha, jak dostanę zasiłek"
    ("zasiłek" after it), "mąż słucha radia, a ja dostanę paczkę?" and "dostanę coś?" with no one listening are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not _said_of_another(word, FIFTY_TWO_LISTENING) or _past(word):
            continue
        if at + 1 < len(words) and _fifty_two_naming(words[at + 1]):
            continue
        for k in range(at + 1, min(len(words), at + 1 + FIFTY_TWO_PUNISH_REACH)):
            if not any(r.pos == "fin" and fold(r.lemma.split(":")[0]) == "dostac" for r in readings(words[k])) \
                    or not _first_person(words[k]):
                continue
            if k + 1 >= len(words) or FIFTY_TWO_BEATINGS & (_lemmas_of(words[k + 1]) | {folded[k + 1]}) or not \
                    _fifty_two_naming(words[k + 1]):
                return True
    return False


# round fifty-two: a frail parent afraid to walk alone after a fall, beside the care asked ("tata po upadku się boi sam
# chodzić")
FIFTY_TWO_SETBACKS = frozenset({"upadek", "udar", "wylew", "zawal", "operacja", "zlamanie", "przewrocenie", "wypadek",
                                "choroba", "szpital", "zabieg"})
FIFTY_TWO_MOVING = frozenset({"chodzic", "wychodzic", "wstawac", "schodzic", "kapac", "myc", "zostawac", "spacerowac",
                              "poruszac"})
FIFTY_TWO_ALONE = frozenset({"sam", "sama", "samemu", "samej", "sami"})


def fifty_two_frail_fear(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is fear ("się boi", "boję się"), with "sam" or "sama" and an infinitive of walking,
    getting up or washing within three words after it ("się boi sam chodzić", "boi się sama wstawać"), and a fall or an
    illness named after "po" before it ("po upadku", "po udarze", "po operacji"): a frail parent's fear, a matter of
    care (asked only beside the care item, ivr.call.flow). "Boi się sama wychodzić, bo on pod domem czeka" (no fall
    before), "po upadku się boi, że znowu upadnie i nikt nie przyjdzie" (no walking alone) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def frail(start: int, end: int) -> bool:
        if not any(FEAR & lemmas(word) or fold(word) in FEAR_FOLDED for word in words[start:end]):
            return False
        after = folded[end:end + 3]
        if not FIFTY_TWO_ALONE & set(after) or not any(
                r.pos == "inf" and fold(r.lemma.split(":")[0]) in FIFTY_TWO_MOVING
                for word in words[end:end + 4] for r in readings(word)):
            return False
        return any(folded[at] == "po" and FIFTY_TWO_SETBACKS & _lemmas_of(words[at + 1]) for at in range(start))
    return all(frail(start, end) for start, end, _ in found)


# round fifty-two: a tree fallen onto a fence in a gale ("drzewo mi na płot się przewróciło w tę wichurę")
FIFTY_TWO_FALLING = frozenset({"przewrocic", "wywrocic", "zwalic", "runac"})
FIFTY_TWO_FALLEN_THINGS = frozenset({"drzewo", "slup", "brzoza", "topola", "wierzba", "sosna", "swierk", "dab", "galaz",
                                     "konar", "lipa", "orzech", "jablon", "grusza", "kasztan", "akacja", "olcha"})
FIFTY_TWO_STRUCK_THINGS = frozenset({"plot", "dach", "samochod", "auto", "szopa", "garaz", "stodola", "droga", "szosa",
                                     "parkan", "ogrodzenie", "brama", "furtka", "drut", "linia", "pole", "ogrod",
                                     "podworko", "chodnik", "row", "kurnik", "altana", "budka", "komorka"})
FIFTY_TWO_PEOPLE = frozenset({"czlowiek", "ktos", "sasiad", "dziadek", "maz", "syn", "pan", "pani", "chlop", "mezczyzna",
                              "wnuk", "tata", "tato", "ojciec", "brat", "chlopak", "chlopiec", "dziecko", "kobieta"})
FIFTY_TWO_FALL_REACH = 6  # words from the tree to the verb of falling, either side ("drzewa co mi na płot się przewróciło")


def _fifty_two_third_present(word: str) -> bool:
    """The dictionary reads the word as a verb in the present tense said of another ("leży", "jęczą")."""
    if len(word) > 30 or not word.isalpha():
        return False
    return any(tag.startswith(("fin:sg:ter", "fin:pl:ter")) for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


def fifty_two_tree_fell(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard holds a verb of falling over ("przewróciło się", "zwaliło się"), a tree or a pole named
    within six words of it, "na" with a thing struck (a fence, a roof, a car, the road) within six words too, and no
    person named after "na" ("na dziadka", "na niego"): a tree fallen onto a fence, a matter of property, not someone
    fallen; no one named anywhere and no verb in the present after the fall. "Drzewo się przewróciło na sąsiada"
    (someone struck), "dziadek się przewrócił na płot" (no tree) and "drzewo się przewróciło na płot, a pod nim leży
    człowiek" (someone lying under it now) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) for word in words]

    def fallen_tree(start: int, end: int) -> bool:
        verbs = [at for at in range(start, end) if FIFTY_TWO_FALLING & lemmas_at[at]]
        if not verbs:
            return False
        near = range(max(0, verbs[0] - FIFTY_TWO_FALL_REACH), min(len(words), verbs[-1] + FIFTY_TWO_FALL_REACH + 1))
        if not any(FIFTY_TWO_FALLEN_THINGS & lemmas_at[at] for at in near):
            return False
        onto = [at + 1 for at in near if folded[at] == "na" and at + 1 < len(words)]
        if not onto or not all(FIFTY_TWO_STRUCK_THINGS & lemmas_at[at] for at in onto):
            return False
        return not any(_fifty_two_third_present(word) for word in words[verbs[-1] + 1:])  # "a pod nim leży"
    if any((FIFTY_TWO_PEOPLE | PERSONS | GENERIC_PEOPLE) & found for found in lemmas_at):
        return False  # "drzewo się przewróciło na płot, a sąsiad pod nim": someone named
    return all(fallen_tree(start, end) for start, end, _ in found)


# round fifty-two: the number confirmed, then the matter the call back is about ("tak, to mój numer, proszę zadzwonić
# jutro w sprawie opieki dla taty")
FIFTY_TWO_NUMBER = frozenset({"numer", "telefon", "komorka", "numerek"})
FIFTY_TWO_ABOUT = (("w", "sprawie"), ("w", "sprawach"), ("odnosnie",), ("co", "do"))
FIFTY_TWO_ABOUT_REACH = 3  # words from "w sprawie" to the matter ("w sprawie tych paczek")


def fifty_two_confirmed_with_matter(words: Sequence[str], spans: Sequence[Span], confirm: str,
                                    topics: Sequence[str]) -> bool:
    """At the call-back offer: the answer opens with a confirmation ("tak", "to mój numer": a span of it at the first
    word) and the number is named in the first six words ("numer", "telefon") with no "nie" before it; the first word of
    any matter heard comes after "w sprawie" (or "odnośnie", "co do") within three words, after the confirmation: what
    the call back is to be about, the number confirmed. "Tak, ale to nie mój numer, w sprawie zasiłku" (denied), "w
    sprawie zasiłku, tak, to mój numer" (the matter first) and "tak, to mój numer, a zasiłek kiedy" (the matter asked
    without "w sprawie") are not."""
    folded = [fold(word) for word in words]
    confirmed = _spans_of(spans, confirm)
    if not confirmed or min(start for start, _, _ in confirmed) != 0:
        return False
    numbers = [at for at in range(min(6, len(folded))) if FIFTY_TWO_NUMBER & (_lemmas_of(words[at]) | {folded[at]})]
    if not numbers or any("nie" in folded[max(0, at - 3):at] for at in numbers):
        return False
    found = [start for c, start, _, _ in spans if c in topics]
    if not found:
        return False
    first = min(found)
    if first <= max(end for _, end, _ in confirmed):
        return False
    before = folded[max(0, first - FIFTY_TWO_ABOUT_REACH - 2):first]
    return any(tuple(before[k:k + len(about)]) == about for about in FIFTY_TWO_ABOUT for k in range(len(before)))


# round fifty-two: the caller's own call or visit when someone is there ("zadzwonię jutro sama, jak będzie ktoś")
FIFTY_TWO_WHEN_WORDS = frozenset({"jak", "kiedy", "gdy", "jesli", "jezeli"})
FIFTY_TWO_OWN_COMING = frozenset({"zadzwonic", "przyjsc", "przyjechac", "oddzwonic", "przekrecic", "wpasc", "podejsc",
                                  "zajrzec", "odezwac"})
FIFTY_TWO_PLAN_REACH = 5  # words from the caller's verb to "jak" ("zadzwonię jutro sama, jak…")


def fifty_two_own_plan_when_someone(words: Sequence[str], spans: Sequence[Span], present: str) -> bool:
    """Every phrase of someone being there ("będzie ktoś", "ktoś jest") comes right after "jak", "kiedy" or "gdy" (a
    word between at most), and within five words before that word the caller's own call or visit to come ("zadzwonię",
    "przyjdę": the first person, no "nie" right before it): when the caller will call again, no one asked for and no
    hours asked. "Czy jutro ktoś będzie?", "zadzwonię, ale czy jutro ktoś będzie?" (no "jak") and "jak będzie ktoś, niech
    oddzwoni" (no own call before it) are not."""
    found = _spans_of(spans, present)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def own_plan(start: int) -> bool:
        links = [at for at in range(max(0, start - 2), start) if folded[at] in FIFTY_TWO_WHEN_WORDS]
        if not links:
            return False
        link = links[-1]
        return any(_first_person(words[at]) and FIFTY_TWO_OWN_COMING & _lemmas_of(words[at])
                   and not (at and folded[at - 1] in NEGATING)
                   for at in range(max(0, link - FIFTY_TWO_PLAN_REACH), link))
    return all(own_plan(start) for start, _, _ in found)


# round fifty-five: "sąsiad pijany w sztok, a sam jest z trójką małych dzieci w domu": the one drunk now is the only
# grown-up with small children
FIFTY_FIVE_DRUNK_REACH = 8  # words between the drunk word and "sam" ("pijany w sztok a sam jest z…")
FIFTY_FIVE_WITH_REACH = 3  # words from "sam" to "z" ("sam jest z", "sam w domu z")
FIFTY_FIVE_CHILD_REACH = 4  # words from "z" to the children ("z trójką małych dzieci")
FIFTY_FIVE_OWN = frozenset({"ja", "jestem", "zostalam", "zostalem", "siedze", "mnie", "mi"})


def fifty_five_drunk_alone_with_children(words: Sequence[str]) -> bool:
    """A drunk word ("pijany", "zalany", "nietrzeźwy"; no "nie", "był" or "wczoraj" in the two words before it) and,
    within FIFTY_FIVE_DRUNK_REACH words before or after it, "sam" or "sama" said of someone else (no "ja", "jestem",
    "zostałam" in the two words either side) with "z" within three words after it and children ("dzieci", "dziećmi",
    "maluchem", "wnukami") within four words after "z": the one drunk is alone with the children, the only grown-up
    there. "Mąż pijany, a ja sama z dziećmi" (the caller alone with them), "był pijany, a sam z dziećmi" (over), "nie
    jest pijany, sam z dziećmi siedzi" and "sam z dziećmi, a żona pracuje" (no one drunk) are not."""
    folded = [fold(word) for word in words]
    drunk = [at for at, word in enumerate(folded) if word in FIFTY_ONE_DRUNK
             and not (NEGATING | FIFTY_ONE_WAS) & set(folded[max(0, at - 2):at])]
    for at in drunk:
        for alone in range(max(0, at - FIFTY_FIVE_DRUNK_REACH), min(len(words), at + FIFTY_FIVE_DRUNK_REACH + 1)):
            if folded[alone] not in ("sam", "sama") or FIFTY_FIVE_OWN & set(folded[max(0, alone - 2):alone + 3]):
                continue
            for with_ in range(alone + 1, min(len(words), alone + 1 + FIFTY_FIVE_WITH_REACH)):
                if folded[with_] != "z":
                    continue
                if any(CHILDREN & _lemmas_of(words[k])
                       for k in range(with_ + 1, min(len(words), with_ + 1 + FIFTY_FIVE_CHILD_REACH))):
                    return True
    return False


# round fifty-five: "wnuczek bierze narkotyki, córka nie wie, co robić": "co robić" (the infinitive: what to do) is
# not "co robicie" (what the office does), which the lemma of a list's phrase also matches
FIFTY_FIVE_TO_DO = frozenset({"robic", "zrobic", "poradzic"})


def fifty_five_what_to_do(words: Sequence[str], spans: Sequence[Span], about: str, others: Iterable[str]) -> bool:
    """Every span of `about` heard holds the infinitive "robić" or "zrobić" ("co robić", "co zrobić": what to do,
    not "co robicie") and a matter of others is heard too: what to do about that matter, which is what is asked.
    A span of words said with any request ("pomoc" in "co robić, gdzie pomoc dla niego", round 103) does not count
    against it, but one "robić" is needed. "Co wy robicie, bo córka ma problem z alkoholem" (the office's work
    asked), and "nie wiem, co robić" with no matter named are not."""
    found = _spans_of(spans, about)
    others = set(others)
    if not found or not any(c in others for c, _, _, _ in spans):
        return False
    folded = [fold(word) for word in words]
    to_do = [FIFTY_FIVE_TO_DO & set(folded[start:end]) for start, end, _ in found]
    return any(to_do) and all(do or all(map(is_generic, folded[start:end]))
                              for do, (start, end, _) in zip(to_do, found))


# round fifty-five: "mama ma tylko emeryturę tysiąc osiemset": a sum of money said in words, not the 800+ benefit
FIFTY_FIVE_THOUSAND = frozenset({"tysiac", "tysiace", "tysiecy", "tys"})


def fifty_five_sum_not_benefit(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard is one word, right after a form of "tysiąc" ("tysiąc osiemset", "dwa tysiące
    pięćset"): a sum such as a pension, not the child benefit. "Osiemset plus" (the benefit), "tysiąc złotych i
    osiemset plus" (the benefit after the sum) and "osiemset na dziecko" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    return bool(found) and all(end - start == 1 and start > 0 and folded[start - 1] in FIFTY_FIVE_THOUSAND
                               and not (end < len(folded) and folded[end] == "plus")
                               for start, end, _ in found)


# round fifty-five: "czy między świętami a nowym rokiem pracujecie normalnie": the office's working asked with words
# of a time between "czy" and "pracujecie" (the list's "czy pracujecie" holds only when said together)
FIFTY_FIVE_YOU_WORK = frozenset({"pracujecie", "urzedujecie", "przyjmujecie"})
FIFTY_FIVE_ASKING = frozenset({"czy", "jak", "kiedy"})
FIFTY_FIVE_ASK_REACH = 8  # words from "czy" to "pracujecie"


def fifty_five_working_asked(said: Sequence[str]) -> bool:
    """"Pracujecie" (you, the office, work; also "urzędujecie", "przyjmujecie") with "czy", "jak" or "kiedy" within
    FIFTY_FIVE_ASK_REACH words before it: whether or when the office works is asked, the hours. "Syn pracuje" (not
    the office), "pracujecie tam wszyscy razem" (no question) are not."""
    return any(word in FIFTY_FIVE_YOU_WORK and FIFTY_FIVE_ASKING & set(said[max(0, at - FIFTY_FIVE_ASK_REACH):at])
               for at, word in enumerate(said))


# round fifty-five: "miejsce w DPS, mama ma alzheimera, a ja już nie daję rady po nocach przy niej": the carer's
# not coping is why care is asked for, not a social worker's matter of its own
FIFTY_FIVE_COPING = FIFTY_NOT_COPING  # "rady", "radzę", "radzi": round fifty's words of not coping


def fifty_five_not_coping_with_care(words: Sequence[str], spans: Sequence[Span], social_work: str, care: str) -> bool:
    """Every phrase of social_work heard is one of not coping ("nie daję rady", "nie radzę sobie") and a phrase of
    care is heard too: care is what is asked. "Nie daję rady, mama leżąca, proszę o pracownika socjalnego" (the
    worker asked) and "nie radzę sobie z synem" (no care) are not."""
    found, cared = _spans_of(spans, social_work), _spans_of(spans, care)
    if not found or not cared:
        return False
    folded = [fold(word) for word in words]
    return all(FIFTY_FIVE_COPING & set(folded[start:end]) for start, end, _ in found)


# round fifty-five: "to telefon wnuczki", "numer syna": the phone of someone named after it, not the office's
FIFTY_FIVE_KIN = frozenset({"wnuczka", "wnuk", "wnuczek", "syn", "corka", "mama", "matka", "tata", "ojciec", "maz",
                            "zona", "siostra", "brat", "sasiad", "sasiadka", "ziec", "synowa", "babcia", "dziadek",
                            "ciocia", "wujek", "szwagier", "szwagierka", "kuzyn", "kuzynka", "kolezanka", "kolega"})


def fifty_five_someones_phone(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every phrase of contact heard is one word ("telefon", "numer", "komórka") followed by a relative or a neighbour
    in the genitive ("telefon wnuczki", "numer syna", "komórka sąsiada"): whose phone it is, not the office's. "Numer
    do was" (a longer phrase) and "telefon, bo wnuczka mówiła" (no genitive) are not."""
    found = _spans_of(spans, contact)
    if not found:
        return False

    def someones(start: int, end: int) -> bool:
        if end - start != 1 or end >= len(words):
            return False
        after = words[end]
        return any(fold(r.lemma) in FIFTY_FIVE_KIN and "gen" in r.cases for r in readings(after.lower()))
    return all(someones(start, end) for start, end, _ in found)


# round fifty-four: the caller hurries before someone comes back ("tak, ale szybko, bo on zaraz wróci", "szybciutko,
# zanim mąż przyjdzie"): a message or a call made in secret, the words broken off at the return
FIFTY_FOUR_HURRY = frozenset({"szybko", "szybciutko", "szybciej", "predko", "predziutko", "migiem", "pospiesznie"})
FIFTY_FOUR_BEFORE = frozenset({"bo", "zanim", "poki", "dopoki", "nim"})
FIFTY_FOUR_HE = frozenset({"on", "ona", "oni", "ten", "tamten"})
FIFTY_FOUR_CLAUSE_REACH = 2  # words from the hurry to "bo" or "zanim" ("szybko pani bo…")
FIFTY_FOUR_VERB_REACH = 4  # words from "bo"/"zanim" to the verb of coming back ("bo on tu zaraz wróci")
FIFTY_FOUR_TAIL = 3  # words after the verb at most: the caller's words end at the return ("wróci z pracy")


def fifty_four_hurried_before_return(words: Sequence[str]) -> bool:
    """A word of hurry ("szybko", "prędko"), within two words after it "bo" or "zanim", and within four words after that
    someone ("on", "ona", or a relative or neighbour named) coming back, now or to come, said of another ("wróci",
    "przyjdzie", "wraca": round twenty-three's _returning_third); after "bo" a soon ("zaraz", "za chwilę") before the
    verb; and the caller's words end within three words after the verb: the caller must finish before someone returns, a
    call in secret, danger. "Mąż zaraz wróci, to szybko zapytam o godziny" (the hurry after), "szybko, bo autobus zaraz
    przyjedzie" (no one), "szybko, bo zaraz wrócę" (the caller) and "szybko, bo on zaraz wróci, a chcę zapytać o zasiłek"
    (a matter after the return) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word not in FIFTY_FOUR_HURRY:
            continue
        for link in range(at + 1, min(len(folded), at + 1 + FIFTY_FOUR_CLAUSE_REACH)):
            if folded[link] not in FIFTY_FOUR_BEFORE:
                continue
            for verb in range(link + 1, min(len(words), link + 1 + FIFTY_FOUR_VERB_REACH)):
                if not _returning_third(words[verb]) or len(words) - verb - 1 > FIFTY_FOUR_TAIL:
                    continue
                between = folded[link + 1:verb]
                someone = any(w in FIFTY_FOUR_HE or FORTY_KIN & _lemmas_of(words[link + 1 + k])
                              for k, w in enumerate(between))
                soon = folded[link] != "bo" or any(tuple(folded[k:k + len(s)]) == s for s in SOON
                                                   for k in range(link + 1, verb))
                if someone and soon:
                    return True
    return False


# round fifty-four: "bo nie słyszę dobrze", "dobrze nie zrozumiałam": "dobrze" telling how the caller hears or
# understands, not a yes
FIFTY_FOUR_PERCEIVING = frozenset({"slyszec", "uslyszec", "doslyszec", "rozumiec", "zrozumiec", "widziec", "zobaczyc",
                                   "pamietac", "zapamietac", "zapisac", "dojrzec", "slyszac"})


def fifty_four_well_as_manner(words: Sequence[str], spans: Sequence[Span], confirm: str) -> bool:
    """Every confirmation heard is a lone "dobrze" right after or right before a verb of hearing, understanding, seeing
    or remembering ("nie słyszę dobrze", "dobrze nie usłyszałam", "nie pamiętam dobrze"): how well, not a yes. "Dobrze,
    słyszę" (the verb after "dobrze" with no "nie" between: a yes, then the caller hears), "tak, dobrze" and "dobrze,
    niech dzwonią" are unchanged."""
    found = _spans_of(spans, confirm)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def perceiving(at: int) -> bool:
        return 0 <= at < len(words) and bool(FIFTY_FOUR_PERCEIVING & _lemmas_of(words[at]))

    def manner(start: int, end: int) -> bool:
        if end - start != 1 or folded[start] != "dobrze":
            return False
        if perceiving(start - 1):  # "nie słyszę dobrze", "słyszę dobrze?"
            return True
        return folded[start + 1:start + 2] == ["nie"] and perceiving(start + 2)  # "dobrze nie słyszę"
    return all(manner(start, end) for start, end, _ in found)


# round fifty-four: "nie chcę nic zostawiać, ja zadzwonię jutro sama", "nie trzeba dzwonić, już wszystko wiem": the
# message or the call back refused with the caller's own plan or knowledge, no farewell: a refusal, not a goodbye
FIFTY_FOUR_REFUSAL_START = frozenset({"a", "no", "to", "oj", "ojej"})  # little words before the first "nie"
FIFTY_FOUR_OWN_WAY = frozenset({"zadzwonic", "przyjsc", "przyjechac", "odezwac", "wiedziec", "dowiedziec", "oddzwonic",
                                "podejsc", "wpasc"})
FIFTY_FOUR_FAREWELL = frozenset({"dziekuje", "dziekuj", "dzieki", "dziekujemy", "widzenia", "uslyszenia", "czesc",
                                 "wszystkiego", "bogiem", "pozdrawiam", "dobranoc", "pa", "zegnam", "szczesc", "papa"})


def fifty_four_refused_own_way(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """The answer begins with "nie" (a little word such as "a", "no" before it at most), no word of thanks or farewell
    is said anywhere ("dziękuję", "do widzenia", "cześć"), and every goodbye heard holds the caller's own call or visit
    or knowing ("ja zadzwonię", "już wszystko wiem"): the message or the call back refused with a reason, a refusal (the
    line asks again), not a goodbye, as the corpora label it (asked only in the message and call-back menus,
    ivr.call.flow). "Nie, dziękuję, zadzwonię jutro", "nie trzeba, ja zadzwonię, do widzenia" (a farewell), "to ja
    zadzwonię" (no refusal first) and "nie, to wszystko" (no own way) are unchanged."""
    found = _spans_of(spans, goodbye)
    if not found:
        return False
    folded = [fold(word) for word in words]
    at = 0
    while at < len(folded) and folded[at] in FIFTY_FOUR_REFUSAL_START:
        at += 1
    if at >= len(folded) or folded[at] not in NEGATING:
        return False
    if any(word in FIFTY_FOUR_FAREWELL or word.startswith("dziek") for word in folded):
        return False
    return all(any(FIFTY_FOUR_OWN_WAY & _lemmas_of(words[k]) for k in range(start, end)) for start, end, _ in found)


# round fifty-four: "niech ktoś zadzwoni jutro, to wszystko powiem": "wszystko" the thing the caller will tell, not
# "that is all"
FIFTY_FOUR_TELLING = frozenset({"powiedziec", "opowiedziec", "wytlumaczyc", "wyjasnic", "przekazac", "mowic",
                                "tlumaczyc", "opowiadac", "wygadac", "pokazac", "zalatwic", "podac", "napisac"})


def fifty_four_everything_told(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every goodbye heard ends with "wszystko" and the word right after it is a verb of telling or explaining, not in
    the past ("to wszystko powiem", "wszystko wytłumaczę", "to wszystko opowiem pani"): what the caller will tell, not
    "that is all". "To wszystko, dziękuję", "to wszystko, do widzenia" and "to wszystko powiedziałam" (the past: all
    is said) are unchanged."""
    found = _spans_of(spans, goodbye)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def told(start: int, end: int) -> bool:
        if folded[end - 1] != "wszystko" or end >= len(words):
            return False
        return bool(FIFTY_FOUR_TELLING & _lemmas_of(words[end])) and not _past(words[end])
    return all(told(start, end) for start, end, _ in found)


# round fifty-four: "a jakże, dzwońcie na ten", "proszę dzwonić na ten numer": a call asked to the number read back
FIFTY_FOUR_CALLING = frozenset({"dzwonic", "zadzwonic", "oddzwonic", "oddzwaniac", "przekrecic", "dryndnac"})
FIFTY_FOUR_THIS = frozenset({"ten", "tego", "tym", "te", "ta", "tej", "moj", "moja", "moje", "mojego", "mojej"})
FIFTY_FOUR_PLEADING = frozenset({"prosze", "moze", "mozna", "mozecie", "niech"})


def fifty_four_call_this_number(words: Sequence[str]) -> bool:
    """A verb of calling as a request (an imperative, "dzwońcie", "zadzwońcie"; or an infinitive after "proszę",
    "można") followed at once by "na" and "ten"/"tę"/"mój" ("dzwońcie na ten", "proszę dzwonić na tę komórkę"), with
    no "nie" anywhere and no question word: the call back asked on the number read back, a yes (asked only at the
    read-back, ivr.call.flow). "Nie dzwońcie na ten" (refused), "dzwoniłam na ten numer" (the past: a call told of),
    "czy dzwonić na ten numer" (a question) and "dzwońcie na inny" are not."""
    folded = [fold(word) for word in words]
    if (DENYING | ASKING) & set(folded):
        return False
    for at, word in enumerate(words[:-2]):
        if folded[at + 1] != "na" or folded[at + 2] not in FIFTY_FOUR_THIS:
            continue
        if not FIFTY_FOUR_CALLING & _lemmas_of(word):
            continue
        forms = {r.pos for r in readings(word)}
        if "impt" in forms or ("inf" in forms and at and folded[at - 1] in FIFTY_FOUR_PLEADING):
            return True
    return False


# round fifty-four: "niech ja powiem, a pani przekaże tej pani z opieki": the listener asked to pass the words on
FIFTY_FOUR_PASSING = frozenset({"przekazac", "zanotowac", "zapisac"})  # not "powtórzyć": "niech pani powtórzy"
# asks the line to say it again (fresh51)
FIFTY_FOUR_YOU = frozenset({"pani", "pan", "panienka", "wy"})
FIFTY_FOUR_TO_ME = frozenset({"mi", "mnie", "nam", "nas"})


def fifty_four_passed_on(words: Sequence[str]) -> bool:
    """A verb of passing on or writing down in the future, said of the one who listens ("pani przekaże", "przekaże
    pani", "przekażecie", "pani zapisze"; or an imperative "przekażcie"), no "nie" right before it and no "mi"/"mnie"
    right after it: the caller's words are to be passed on, a message (asked only in the message menu,
    ivr.call.flow). "Pani mi przekaże, co trzeba" / "przekaże mi pani" (to the caller), "pani przekazała" (the past)
    and "nie przekaże pani" are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not FIFTY_FOUR_PASSING & _lemmas_of(word) or _past(word):
            continue
        if at and folded[at - 1] in NEGATING or FIFTY_FOUR_TO_ME & set(folded[at + 1:at + 2] + folded[at - 1:at]):
            continue
        forms = {r.pos for r in readings(word)}
        you = FIFTY_FOUR_YOU & set(folded[max(0, at - 1):at] + folded[at + 1:at + 2])
        if "impt" in forms and folded[at].endswith("cie") or (
                "fin" in forms and (you or folded[at].endswith("cie")) and not _first_person(word)):
            return True
    return False


# round fifty-four: "nie, bo ja dzisiaj do córki jadę, nie będzie mnie": the day of the caller's own going away, not
# a day's hours asked
FIFTY_FOUR_GOING_AWAY = frozenset({"jechac", "wyjezdzac", "isc", "wychodzic", "leciec", "pojechac", "wyjechac",
                                   "wyjsc"})
FIFTY_FOUR_TIME_ASKING = frozenset({"kiedy", "ktorej", "ktora", "ile", "czynne", "otwarte", "otwarty", "czynny",
                                    "jestescie", "pracujecie", "godziny", "godzinach", "godzin"})
FIFTY_FOUR_AWAY = (("nie", "bedzie", "mnie"), ("mnie", "nie", "bedzie"), ("nie", "ma", "mnie"), ("mnie", "nie", "ma"),
                   ("nie", "bede", "w", "domu"))


def fifty_four_own_absence(words: Sequence[str]) -> bool:
    """The caller tells they will be away ("nie będzie mnie", "mnie nie ma", "nie będę w domu") or are going away now
    (a verb of going in the first person of the present, "jadę", "wyjeżdżam", "idę"), and nothing asks a time or
    whether the office is there (no question word, no "kiedy", "o której", "czynne", "godziny"): a day said is when the
    caller is away, not a day's hours asked. "Jadę w poniedziałek, czy będzie otwarte" (asked), "w poniedziałek do
    której" and "nie będzie mnie w środę, a w czwartek jesteście?" are not."""
    folded = [fold(word) for word in words]
    if (ASKING | FIFTY_FOUR_TIME_ASKING) & set(folded):
        return False
    if any(tuple(folded[at:at + len(away)]) == away for away in FIFTY_FOUR_AWAY for at in range(len(folded))):
        return True
    return any(FIFTY_FOUR_GOING_AWAY & _lemmas_of(word) and _first_person(word) for word in words)


# round fifty-four: "w telewizji mówili, że jakaś babka leżała trzy dni sama, straszne rzeczy": a matter's word heard
# only as an event of a story from a screen
FIFTY_FOUR_SCREENS = frozenset({"telewizja", "telewizor", "radio", "gazeta", "wiadomosci", "dziennik", "serial", "film",
                                "internet", "tv", "telewizji", "telewizorze", "radiu", "gazecie", "wiadomosciach",
                                "dzienniku", "serialu", "filmie", "internecie"})
FIFTY_FOUR_STORY_TOLD = frozenset({"mowic", "powiedziec", "pokazywac", "pokazac", "pisac", "napisac", "gadac", "podawac",
                                   "podac", "trabic", "slyszec", "uslyszec", "czytac", "przeczytac", "widziec",
                                   "zobaczyc"})
FIFTY_FOUR_STORY_LINKS = frozenset({"ze", "jak", "iz"})
FIFTY_FOUR_STORY_REACH = 4  # words from the screen to the verb of telling ("w telewizji wczoraj wieczorem mówili")


def fifty_four_story_on_screen(words: Sequence[str], spans: Sequence[Span], told: str) -> bool:
    """A screen named ("w telewizji", "w radiu", "w gazecie"), within four words after it a verb of telling or
    showing in the past ("mówili", "pokazywali", "pisali") and then "że" or "jak"; every phrase of the choice told comes
    after that "że" and holds a verb in the past ("leżała", "pił"); no question word anywhere: the matter's word is
    an event of the story told, no matter asked (the choice set aside, ivr.call.flow). "W telewizji mówili o dodatku"
    (no story, a matter named), "w radiu mówili, że jest nowy zasiłek, czy to u was" (a question) and "w telewizji
    mówili, że opiekunki przysługują" (no past verb in the matter) are not."""
    found = _spans_of(spans, told)
    if not found:
        return False
    folded = [fold(word) for word in words]
    if ASKING & set(folded) or "czy" in folded:
        return False
    link = None
    for at, word in enumerate(folded):
        if word not in FIFTY_FOUR_SCREENS and not {"telewizja", "radio", "gazeta", "internet"} & _lemmas_of(words[at]):
            continue
        for verb in range(at + 1, min(len(words), at + 1 + FIFTY_FOUR_STORY_REACH)):
            if FIFTY_FOUR_STORY_TOLD & _lemmas_of(words[verb]) and _past(words[verb]) and \
                    folded[verb + 1:verb + 2] and folded[verb + 1] in FIFTY_FOUR_STORY_LINKS:
                link = verb + 1
                break
        if link is not None:
            break
    if link is None:
        return False
    return all(start > link and any(_past(words[k]) for k in range(start, end)) for start, end, _ in found)


# round fifty-four: "a jakie to były te numery, bo mi uciekło": what was read slipped the caller's mind, nothing else
# named: the reading asked again
FIFTY_FOUR_READ_THINGS = frozenset({"numer", "godzina", "cyfra", "slowo", "koniec", "poczatek", "reszta", "wszystko",
                                    "to", "cos", "opcja", "klawisz", "adres", "telefon", "glowa", "pamiec"})
FIFTY_FOUR_SLIP_MI_REACH = 2  # words between "mi" and the verb of slipping ("mi to uciekło", "uciekło mi")
FIFTY_FOUR_SUBJECT_REACH = 4  # words before the verb searched for a noun that slipped ("pies mi uciekł")
FIFTY_FOUR_OWN_INTENT = frozenset({"chcialam", "chcialem", "chcialabym", "chcialbym", "mialam", "mialem", "myslalam",
                                   "myslalem", "zamierzalam", "zamierzalem"})  # the caller's own errand


def fifty_four_slipped_alone(words: Sequence[str]) -> bool:
    """A verb of slipping away (round fifty-one's FIFTY_ONE_SLIPPED: "uciekło", "umknęło", "wyleciało") in the past,
    neuter singular or plural ("uciekło", "uciekły"), "mi" within two words of it, no "nie" right before it, and no
    noun within four words before it other than a thing read out ("numery", "godziny", "to", "wszystko"): what was read
    slipped the caller's mind (asked only when nothing else is heard, ivr.call.flow: the reading said again). "Pies mi
    uciekł" (masculine), "dziecko mi uciekło" (a noun of someone), "nic mi nie uciekło" and "nie wiem, co chciałam,
    wyleciało mi z głowy" (the caller's own errand forgotten: "nie wiem", "chciałam") are not."""
    folded = [fold(word) for word in words]
    if FIFTY_FOUR_OWN_INTENT & set(folded) or any(pair == ("nie", "wiem") for pair in zip(folded, folded[1:])):
        return False  # "nie wiem, co chciałam, wyleciało mi z głowy": the caller's own errand forgotten (fresh42)
    for at, word in enumerate(words):
        if not FIFTY_ONE_SLIPPED & _lemmas_of(word) or not _fifty_one_past(word):
            continue
        if not folded[at].endswith(("lo", "ly")) or (at and folded[at - 1] in NEGATING):
            continue
        near = folded[max(0, at - 1 - FIFTY_FOUR_SLIP_MI_REACH):at] + folded[at + 1:at + 2 + FIFTY_FOUR_SLIP_MI_REACH]
        if "mi" not in near:
            continue
        before = range(max(0, at - FIFTY_FOUR_SUBJECT_REACH), at)
        if any(readings(words[k]) and all(r.pos in {"subst", "depr"} for r in readings(words[k]))
               and not FIFTY_FOUR_READ_THINGS & (_lemmas_of(words[k]) | {folded[k]}) for k in before):
            continue
        return True
    return False


# round fifty-three: someone not come out or not shown since a time, and a sign of a house gone quiet in winter
# ("od wigilii nie wyszła, rolety spuszczone, na śniegu żadnych śladów", "od rana drzwi otwarte, się nie pokazuje,
# pies wyje")
FIFTY_THREE_SHOWING = GOING_OUT | frozenset({"pokazywac", "pokazac"})
FIFTY_THREE_BLINDS = frozenset({"roleta", "zaslona", "firanka", "okiennica", "zaluzja"})
FIFTY_THREE_DRAWN = frozenset({"spuszczone", "spuszczona", "zasuniete", "zasunieta", "opuszczone", "opuszczona",
                               "zaciagniete", "zaciagnieta", "zamkniete", "zamknieta"})
FIFTY_THREE_TRACES = frozenset({"slad"})
FIFTY_THREE_NONE = NEGATING | frozenset({"zadnych", "zadnego", "bez", "zero"})
FIFTY_THREE_GONE_AWAY = frozenset({"wyjechac", "pojechac", "wyjezdzac", "odjechac"})
FIFTY_THREE_SIGN_REACH = 3  # words between the blinds and "spuszczone", or "nie"/"żadnych" and "śladów"


def _fifty_three_quiet_signs(words: Sequence[str], folded: Sequence[str]) -> bool:
    """A sign of a house gone quiet: round thirty-six's (an animal howling, no light, no one opening or answering), or
    blinds or curtains drawn ("rolety ma spuszczone", "zasłony zasunięte") or no footprints ("nie ma żadnych śladów",
    "bez śladów")."""
    for at, word in enumerate(words):
        found = _lemmas_of(word) | {folded[at]}
        if HOWLING & found or (LIGHT & found and "nie" in folded[max(0, at - 3):at + 4]) or (
                UNANSWERED & found and at and folded[at - 1] == "nie"):
            return True
        if FIFTY_THREE_BLINDS & found and FIFTY_THREE_DRAWN & set(
                folded[max(0, at - FIFTY_THREE_SIGN_REACH):at + FIFTY_THREE_SIGN_REACH + 1]):
            return True
        if FIFTY_THREE_TRACES & found and FIFTY_THREE_NONE & set(folded[max(0, at - FIFTY_THREE_SIGN_REACH):at]):
            return True
    return False


def fifty_three_quiet_house(words: Sequence[str]) -> bool:
    """Someone else has not come out or shown up ("nie wyszła", "nie wychodzi", "się nie pokazuje": "nie" within two
    words before a third-person form), a time since anywhere in the telling (hours or days: "od rana", "od wczoraj",
    "od trzech dni"; or a named day: "od wigilii"), and a sign of the house gone quiet (`_fifty_three_quiet_signs`),
    with no going away told ("pojechał", "wyjechała"): someone living alone who may be lying inside. "Od wigilii nie
    wyszła, bo ślisko" (no sign), "od rana się nie pokazuje, pojechał do córki, rolety spuszczone" (gone away) and
    "nie wychodzę od wczoraj, rolety spuszczone" (the caller) are not."""
    folded = [fold(word) for word in words]
    since = _since_recent(folded) or _days_since(folded) or [
        at for at, word in enumerate(folded) if word == "od" and SINCE_DAY & set(folded[at + 1:at + 1 + NAMED_SINCE_REACH])]
    if not since:
        return False
    if not any("nie" in folded[max(0, at - 2):at] and _said_of_another(word, FIFTY_THREE_SHOWING)
               for at, word in enumerate(words)):
        return False
    if any(_said_of_another(word, FIFTY_THREE_GONE_AWAY) for word in words):
        return False
    return _fifty_three_quiet_signs(words, folded)


# round fifty-three: not knowing whether one has eaten ("nie wiem, czy ja dzisiaj jadłam")
FIFTY_THREE_UNSURE = (("nie", "wiem"), ("nie", "pamietam"))  # the caller's own: "nie pamięta, czy jadła" beside
# care asked is the care (fresh3, fresh50, fresh55)
FIFTY_THREE_WHETHER = frozenset({"czy", "kiedy", "co"})
FIFTY_THREE_EATING = frozenset({"jesc", "zjesc"})
FIFTY_THREE_EAT_REACH = 3  # words from "czy" to the past of eating ("czy ja dzisiaj jadłam")
FIFTY_THREE_THING_LEADS = frozenset({"taki", "taka", "takie", "ten", "ta", "te", "to", "tego", "tej", "tych"})


def fifty_three_unsure_eaten(words: Sequence[str]) -> bool:
    """The caller's own "nie wiem" or "nie pamiętam" (not "nie pamięta" of another, which beside care asked is the care
    asked: "nie pamięta, czy jadła, myślimy o domu opieki"), "czy", "kiedy" or "co" within two words
    after it, and a past form of eating within three words after that, with no "kiedyś" there: one who no longer knows
    whether they ate (the list's "nie pamiętam kiedy jadłam" said another way), a helpless person unfed. "Nie wiem, czy
    pani jadła u nich obiad" is said to another ("jadła" with "pani"); "nie wiem, czy zjem to wszystko" (no past) and
    "nie pamiętam, czy jadłam ten ser" (a thing eaten, a noun or "ten"/"taki" right after the verb) are not."""
    folded = [fold(word) for word in words]
    for at in range(len(words) - 1):
        if tuple(folded[at:at + 2]) not in FIFTY_THREE_UNSURE:
            continue
        for link in range(at + 2, min(len(words), at + 4)):
            if folded[link] not in FIFTY_THREE_WHETHER:
                continue
            window = range(link + 1, min(len(words), link + 1 + FIFTY_THREE_EAT_REACH))
            if {"kiedys", "pani", "pan", "panstwo"} & {folded[k] for k in window}:
                continue
            if any(_past(words[k]) and FIFTY_THREE_EATING & _lemmas_of(words[k]) and not (
                    k + 1 < len(words) and (folded[k + 1] in FIFTY_THREE_THING_LEADS or _fifty_two_naming(words[k + 1]))) for k in window):
                return True
    return False


# round fifty-three: the next winter feared beside the care asked ("o ten dom starców, bo się boję kolejnej zimy sama")
FIFTY_THREE_WINTER = frozenset({"zima", "mroz", "chlod"})
FIFTY_THREE_WINTER_REACH = 2  # words from the fear to the winter ("boję się kolejnej zimy")


def fifty_three_winter_fear(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is fear ("boję się", "się boi"), a winter or the frost within two words after it
    ("boję się kolejnej zimy", "boi się mrozów"): a coming season feared, the reason for the care asked (read only
    beside the care item, ivr.call.flow). "Boję się zimy, bo nie mam czym palić" with no care asked, and "boję się
    zimy, a syn mnie bije" (another danger phrase) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    return all(any("bac" in _lemmas_of(word) for word in words[start:end]) and any(
        FIFTY_THREE_WINTER & _lemmas_of(word) for word in words[end:end + FIFTY_THREE_WINTER_REACH])
               for start, end, _ in found)


# round fifty-three: a talk told in the past ("w sprawie tego, co rozmawiałyśmy w listopadzie")
FIFTY_THREE_TALKING = frozenset({"rozmawiac", "porozmawiac", "gadac", "pogadac", "mowic", "powiedziec"})


FIFTY_THREE_FOR = frozenset({"dla", "od"})
FIFTY_THREE_WISHING = frozenset({"zeby", "aby", "by", "bym", "zebym", "abym", "bysmy", "zebysmy"})
FIFTY_THREE_WISH_REACH = 4  # words from "żeby" to the verb ("żeby ktoś ze mną czasem pogadał")
FIFTY_THREE_TITLES = frozenset({"pani", "pana", "pan", "panu", "panstwa"})


def fifty_three_talk_told_past(words: Sequence[str], spans: Sequence[Span], person: str, addressed: bool) -> bool:
    """Every phrase of a person heard is one verb of talking in the caller's own past tense ("rozmawiałyśmy",
    "rozmawiałam", "gadaliśmy"; not a wish: "żeby ktoś ze mną pogadał"), or, with `addressed` (a message or a call-back heard), whom it is for or from (right after "dla" or
    "od", "dla pani" too; round nineteen's reading, which this talk told kept from applying), at least one the talk:
    a talk told, whose matter it is, no person asked for. "Chcę porozmawiać z kierowniczką" (an infinitive) and
    "rozmawiałam z panią kierownik" ("pani kierownik" a phrase of its own, after "z") are not."""
    found = _spans_of(spans, person)
    folded = [fold(word) for word in words]

    def talk(start: int, end: int) -> bool:  # the caller's own past ("rozmawiałam", "rozmawialiśmy"), not a wish
        return end - start == 1 and _past(words[start]) and bool(FIFTY_THREE_TALKING & _lemmas_of(words[start])) \
            and folded[start].endswith(("m", "smy")) and not FIFTY_THREE_WISHING & set(
                folded[max(0, start - FIFTY_THREE_WISH_REACH):start])  # "żeby ktoś ze mną pogadał": a wish

    def for_whom(start: int) -> bool:
        return addressed and start > 0 and (folded[start - 1] in FIFTY_THREE_FOR or (
            start > 1 and folded[start - 1] in FIFTY_THREE_TITLES and folded[start - 2] in FIFTY_THREE_FOR))
    return any(talk(start, end) for start, end, _ in found) and all(
        talk(start, end) or for_whom(start) for start, end, _ in found)


# round fifty-three: the caller only remembering a past told ("to już przeszłość, ja tylko tak wspominam")
FIFTY_THREE_REMEMBERING = frozenset({"wspominac", "przypominac", "wspomniec"})
FIFTY_THREE_ONLY = frozenset({"tylko", "jedynie", "tak", "sobie"})
FIFTY_THREE_ONLY_REACH = 2  # words from "tylko" to the verb ("tylko tak wspominam")


def _fifty_three_remembering_at(words: Sequence[str], folded: Sequence[str]) -> list[int]:
    def only_before(at: int) -> bool:  # "tylko" with only little words between it and the verb
        window = folded[max(0, at - FIFTY_THREE_ONLY_REACH - 1):at]
        return "tylko" in window and set(window[window.index("tylko"):]) <= FIFTY_THREE_ONLY | {"ja"}
    return [at for at, word in enumerate(words) if only_before(at)
            and FIFTY_THREE_REMEMBERING & _lemmas_of(word) and _first_person(word)]


def fifty_three_only_remembering(words: Sequence[str], spans: Sequence[Span], danger: str, not_now: str) -> bool:
    """The caller says outright that they are only remembering ("ja tylko tak wspominam", "tak tylko wspominam",
    "tylko przypominam": "tylko" within two words before the first person of "wspominać", only little words between),
    after every danger phrase heard, with words of what is over heard (the list's `not_now`: "lata temu", "już dawno"):
    a past told as a memory, no danger now, whatever "ale" or "teraz" came inside the story (read in ivr.call.flow
    before round eleven's `_danger_now_after`). "Lata temu bił, a teraz znowu bije" with no such words, and "ja tylko
    wspominam, a on teraz znowu pije i bije" (danger after it) are not."""
    found = _spans_of(spans, danger)
    if not found or not _spans_of(spans, not_now):
        return False
    folded = [fold(word) for word in words]
    marks = _fifty_three_remembering_at(words, folded)
    return bool(marks) and all(end <= marks[-1] for _, end, _ in found)


def fifty_three_told_before_remembering(words: Sequence[str], spans: Sequence[Span], told: str) -> bool:
    """Every phrase of the matter heard ends before the caller's "tylko wspominam" (`fifty_three_only_remembering`):
    part of the memory ("groził o pieniądze z renty … tak tylko wspominam"), not asked. "Tylko wspominam, ale chciałam
    zapytać o zasiłek" (the matter after it) is not."""
    found = _spans_of(spans, told)
    marks = _fifty_three_remembering_at(words, [fold(word) for word in words])
    return bool(found) and bool(marks) and all(end <= marks[-1] for _, end, _ in found)


# round fifty-three: aches blamed on the weather told as killing ("zabija mnie ten mróz, kości mnie łamią na pogodę")
FIFTY_THREE_KILLING = KILLING  # "zabijać", "wykończyć", "dobić": round twelve's verbs of killing
FIFTY_THREE_WEATHER = frozenset({"mroz", "zimno", "pogoda", "wilgoc", "upal", "zima", "wiatr", "ziab", "chlod"})
FIFTY_THREE_ACHES = frozenset({"kosc", "staw", "lamac", "strzykac", "reumatyzm", "korzonki", "rwac", "krzyz",
                               "artretyzm", "lupac"})
FIFTY_THREE_WEATHER_REACH = 3  # words from the killing word to the weather ("zabija mnie ten mróz")


def fifty_three_weather_aches(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard is a word of killing or finishing ("zabija", "wykończy"), the weather within three
    words after it or before it ("zabija mnie ten mróz", "ta pogoda mnie wykończy"), and aches of the bones or joints
    told ("kości mnie łamią", "w krzyżu strzyka", "reumatyzm"): a figure of speech for the aches of age, as the list's
    "zabijają mnie te ceny". "Ten mróz mnie zabije, nie mam czym palić" (no aches), "zabija mnie ten mróz, kości łamią,
    a syn mnie bije" (another danger phrase) are not."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    lemmas_at = [_lemmas_of(word) for word in words]
    if not any(FIFTY_THREE_ACHES & found_at for found_at in lemmas_at):
        return False
    return all(any(FIFTY_THREE_KILLING & lemmas_at[at] for at in range(start, end)) and any(
        FIFTY_THREE_WEATHER & lemmas_at[at] for at in range(max(0, start - FIFTY_THREE_WEATHER_REACH),
                                                           min(len(words), end + FIFTY_THREE_WEATHER_REACH)))
               for start, end, _ in found)


# round fifty-three: the cold told, and the stove heating after all ("zimno w chałupie, bo stara, ale piec grzeje,
# napaliłam rano")
FIFTY_THREE_HEATING_NOW = frozenset({"grzac", "napalic", "palic", "nagrzac", "ogrzac"})
FIFTY_THREE_BUT = frozenset({"ale", "lecz", "tylko", "jednak"})
FIFTY_THREE_BUT_REACH = 3  # words from "ale" to the verb of heating ("ale piec grzeje", "ale już napaliłam")


def fifty_three_warm_after_all(words: Sequence[str], spans: Sequence[Span], heating: str) -> bool:
    """Every phrase of heating heard is one word of cold ("zimno", "chłodno"), one verb of heating said in the
    present or the past with no "nie" within two words before it ("grzeje", "napaliłam"), or the stove named right
    after such a verb ("napaliłam w piecu"), and after the first cold
    "ale" comes with such a verb within three words after it ("ale piec grzeje", "ale już napaliłam"): the cold told,
    the home heated; no heating asked. "Zimno, ale piec nie grzeje" (denied), "zimno, ale piec grzeje słabo, czy jest
    dodatek węglowy" (the allowance named: a phrase of its own) and "zimno w domu" alone are not."""
    found = _spans_of(spans, heating)
    if not found:
        return False
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]

    def cold(start: int, end: int) -> bool:
        return end - start == 1 and bool(FORTY_FIVE_COLD & lemmas_at[start])

    def heats(at: int) -> bool:
        return bool(FIFTY_THREE_HEATING_NOW & lemmas_at[at]) and not NEGATING & set(folded[max(0, at - 2):at]) and any(
            r.pos in {"fin", "praet"} for r in readings(words[at]))
    def heated(start: int) -> bool:  # "napaliłam w piecu": the stove heated, named right after the verb
        return any(heats(k) for k in range(max(0, start - 2), start))
    colds = [start for start, end, _ in found if cold(start, end)]
    if not colds or not all(cold(start, end) or (end - start == 1 and heats(start)) or heated(start)
                            for start, end, _ in found):
        return False
    return any(folded[at] in FIFTY_THREE_BUT and any(heats(k) for k in range(at + 1, min(len(words),
                                                                                 at + 1 + FIFTY_THREE_BUT_REACH)))
               for at in range(colds[0] + 1, len(words)))


# Session eighteen (the lead, from round fifty-four's report): "w telewizji mówili, że ktoś się przewrócił, a u mnie
# sąsiad leży na podwórku od rana i się nie rusza": after a screen's or a past story, "a u mnie", "a tu" turns to the
# caller's own place, where danger is told now.
HERE_TURNS = frozenset({"a", "i"})
HERE_PLACES = (("u", "mnie"), ("u", "nas"), ("tu",), ("tutaj",), ("obok", "mnie"), ("obok", "nas"))


def danger_here_after(words: Sequence[str], spans: Sequence[Span], not_now: str, danger: str) -> bool:
    """After the last phrase of what is over or shown on a screen, "a" or "i" and then the caller's own place ("u mnie",
    "u nas", "tu", "tutaj", "obok mnie"), outside every such phrase, and a phrase of danger after that place: the story
    told, then danger here and now. "W telewizji pokazywali pożar, a u nas wszystko dobrze" (no danger after),
    "w serialu ją bił, a u nas też kiedyś tak było" (the turn is told as over) and "w telewizji mówili, że u nas ktoś
    leży" (no turn: where the story was) are not."""
    past = _spans_of(spans, not_now)
    if not past:
        return False
    after = max(end for _, end, _ in past)
    folded = [fold(word) for word in words]
    turns = [at + 1 + len(place) for at in range(after, len(folded) - 1) if folded[at] in HERE_TURNS
             for place in HERE_PLACES if tuple(folded[at + 1:at + 1 + len(place)]) == place]
    return bool(turns) and any(start >= min(turns) for start, _, _ in _spans_of(spans, danger))


# Session twenty: the danger told as past, then "a teraz znowu" ("w zeszłym roku mnie bił, a teraz znowu zaczął"): it
# has begun again, now.
AGAIN_NOW = frozenset({"teraz", "dzisiaj", "dzis", "ostatnio"})
AGAIN = frozenset({"znowu", "znow", "znowuz", "ponownie"})
AGAIN_REACH = 3  # words from "teraz" to "znowu", either order ("teraz znowu", "znowu od teraz")
# The caller's own errand again ("a teraz znowu pytam o zasiłek"): no danger begun again.
AGAIN_OWN_ERRAND = frozenset("pytam pytamy dzwonie dzwonimy prosze piszemy pisze chce chcemy".split())


def again_after_the_past(words: Sequence[str], spans: Sequence[Span], not_now: str, danger: str) -> bool:
    """After a phrase of danger and the last phrase of what is over, a word of now ("teraz", "dzisiaj", "ostatnio") with
    "znowu", "znów" or "ponownie" within three words: the danger told as past has begun again ("w zeszłym roku mnie
    bił, a teraz znowu zaczął"). "W zeszłym roku mnie bił, a teraz jest spokój" (nothing again) and "…, a teraz znowu
    pytam o zasiłek" (the caller's own errand again) are not."""
    past = _spans_of(spans, not_now)
    told = _spans_of(spans, danger)
    if not past or not told:
        return False
    after = max(max(end for _, end, _ in past), min(end for _, end, _ in told))
    folded = [fold(word) for word in words]
    if AGAIN_OWN_ERRAND & set(folded[after:]):
        return False
    return any(folded[at] in AGAIN_NOW and AGAIN & set(folded[max(after, at - AGAIN_REACH):at + AGAIN_REACH + 1])
               for at in range(after, len(folded)))


# Round fifty-six: help "given to people" ("zasiłek, co dają ludziom"): the person lists' "dajcie człowieka" read by
# lemma also hears "dają ludziom", where the people are those given to (the dative), not a person asked for.
FIFTY_SIX_PEOPLE = frozenset({"czlowiek"})


def _fifty_six_given_to(word: str) -> bool:
    """"ludziom", "człowiekowi": the dictionary reads the word only as a person in the dative."""
    found = readings(word)
    return bool(found) and bool(FIFTY_SIX_PEOPLE & _lemmas_of(word)) and all("dat" in r.cases for r in found)


def fifty_six_given_to_people(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """Every phrase of a person heard holds a person only in the dative ("co dają ludziom", "dawać człowiekowi"):
    what is given to people, no person asked for. "Dajcie człowieka", "chcę z człowiekiem pogadać" are not."""
    found = _spans_of(spans, person)
    return bool(found) and all(any(_fifty_six_given_to(words[at]) for at in range(start, end))
                               for start, end, _ in found)


# Round fifty-six: a parcel sent by post or bought online ("paczka z allegro nie przyszła", "kurier nie przywiózł
# paczki"): the food list's "paczka" beside a word of the post, a courier or an order is no food parcel.
FIFTY_SIX_PARCEL = frozenset({"paczka", "paczek"})
FIFTY_SIX_POSTED = frozenset({"poczta", "kurier", "allegro", "listonosz", "paczkomat", "awizo", "przesylka",
                              "zamowic", "zamowienie", "inpost", "dpd"})


def fifty_six_parcel_by_post(words: Sequence[str], spans: Sequence[Span], food: str) -> bool:
    """Every phrase of food heard is the one word "paczka", and a word of the post, a courier or an order
    ("poczta", "kurier", "allegro", "listonosz", "paczkomat", "zamówiłam") is said anywhere: a parcel posted, not food
    aid. "Paczki żywnościowe", "paczka z banku żywności" and "paczka na święta" (no post) are not."""
    found = _spans_of(spans, food)
    return bool(found) and all(end - start == 1 and FIFTY_SIX_PARCEL & _lemmas_of(words[start])
                               for start, end, _ in found) and any(
        FIFTY_SIX_POSTED & (_lemmas_of(word) | {fold(word)}) for word in words)


# Round fifty-six: someone there asked with words between ("czy ktoś tam u was jeszcze będzie siedział"): the present
# list's "ktoś będzie", "ktoś u was jest" said with the place and "jeszcze" inside.
FIFTY_SIX_SOMEONE = frozenset({"ktos"})
FIFTY_SIX_THERE_BETWEEN = frozenset({"tam", "tu", "u", "was", "jeszcze", "juz", "wtedy", "na", "miejscu", "w",
                                     "biurze", "osrodku", "z", "pan", "pani", "panstwa"})
FIFTY_SIX_BEING_THERE = frozenset({"byc", "siedziec"})
FIFTY_SIX_THERE_REACH = 6  # words from "ktoś" to the verb


def fifty_six_someone_there_between(words: Sequence[str]) -> bool:
    """"Ktoś", then within six words, with only words of the place or of time between ("tam", "u was", "jeszcze",
    "w biurze"), a form of "być" or "siedzieć": whether someone is there is asked ("to ktoś tam u was jeszcze będzie
    siedział"). "Ktoś mi powiedział, że jest" (another word between) is not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word not in FIFTY_SIX_SOMEONE:
            continue
        for k in range(at + 1, min(len(words), at + 1 + FIFTY_SIX_THERE_REACH)):
            if FIFTY_SIX_BEING_THERE & _lemmas_of(words[k]):
                return True
            if folded[k] not in FIFTY_SIX_THERE_BETWEEN:
                break
    return False


# Round fifty-six: "ja nie o pieniądze dzwonię": round thirty-seven's matter denied ("nie o pieniądze mi chodzi") with
# the caller's own verb of calling or asking after it.
FIFTY_SIX_CALLING_ABOUT = frozenset({"dzwonic", "zadzwonic", "pytac", "zapytac", "pisac", "telefonowac"})
FIFTY_SIX_CALLING_REACH = 2  # words from the matter to the verb ("nie o pieniądze to dzwonię")


def fifty_six_not_calling_about(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice stands after "nie o" (one word between at most: "nie o te pieniądze"), that "nie" not
    the first word (where it may be an answer: "nie, o pieniądze dzwonię"), and the caller's own verb of calling or
    asking in the first person follows within two words ("ja nie o pieniądze dzwonię", "nie o węgiel pytam"): a matter
    denied. "O pieniądze dzwonię" and "nie o pieniądze dzwonię" said first are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    if not found:
        return False

    def denied(start: int, end: int) -> bool:
        lead = next((at for at in (start - 1, start - 2) if at >= 2 and folded[at] == "o"), None)
        return lead is not None and folded[lead - 1] == "nie" and any(
            _first_person(words[at]) and FIFTY_SIX_CALLING_ABOUT & _lemmas_of(words[at])
            for at in range(end, min(len(words), end + FIFTY_SIX_CALLING_REACH)))
    return all(denied(start, end) for start, end, _ in found)


# Round fifty-six: in the message and call-back menus, "a to nikogo nie ma, no to nic nie zostawiam": nobody there
# found out, then the caller's own refusal.
FIFTY_SIX_NOBODY = NOBODY  # "nikt", "nikogo": round ten's words
FIFTY_SIX_ASKING = frozenset({"czy", "kiedy", "kto", "gdzie"})


def fifty_six_nobody_then_refused(words: Sequence[str], spans: Sequence[Span], present: str) -> bool:
    """Every phrase of someone being there is of nobody ("nikogo nie ma", "nikt nie odbiera"), no question word is said
    ("czy", "kiedy"), and after the last of them "nie" stands right before a verb of the caller's own, in the first
    person ("nic nie zostawiam", "nie będę gadała"): nobody there found out, then a refusal; no person asked for.
    "Nikogo nie ma, to zostawię wiadomość" (no refusal) and "czy nikogo nie ma, bo nie mogę się dodzwonić" are not."""
    found = _spans_of(spans, present)
    folded = [fold(word) for word in words]
    if not found or FIFTY_SIX_ASKING & set(folded):
        return False
    if not all(FIFTY_SIX_NOBODY & set(folded[start:end]) for start, end, _ in found):
        return False
    last = max(end for _, end, _ in found)
    return any(folded[at] in NEGATING and _first_person(words[at + 1]) for at in range(last, len(words) - 1))


# Round fifty-six: at the read-back, "to nie mój numer, a ja nie wiem, jaki mój jest": another number the caller
# cannot give.
FIFTY_SIX_NOT_KNOWING = frozenset({"wiem", "pamietam", "znam"})
FIFTY_SIX_OWN_NUMBER = frozenset({"moj", "mojego", "swoj", "swojego", "numer", "numeru"})
FIFTY_SIX_UNKNOWN_REACH = 3  # words from "nie wiem" to "mój" or "numer" ("nie wiem, jaki mój jest")


def fifty_six_own_number_unknown(words: Sequence[str]) -> bool:
    """"Nie wiem", "nie pamiętam" or "nie znam" said by the caller, and within three words after it "mój", "swój" or
    "numer" ("a ja nie wiem, jaki mój jest", "nie pamiętam swojego numeru"): the caller cannot type another number.
    "Nie wiem, czy to dobry numer" and "nie, to nie mój numer" (no not knowing) are not."""
    folded = [fold(word) for word in words]
    return any(folded[at] in NEGATING and folded[at + 1] in FIFTY_SIX_NOT_KNOWING
               and FIFTY_SIX_OWN_NUMBER & set(folded[at + 2:at + 2 + FIFTY_SIX_UNKNOWN_REACH])
               for at in range(len(folded) - 1))


# round fifty-eight: "chcę do kierowniczki list napisać", "list do was napiszę": a letter to be written to the office
# or to its staff, not the farewell letters of the danger list ("listy napisałam")
FIFTY_EIGHT_LETTER = frozenset({"list"})
FIFTY_EIGHT_TO_OFFICE = frozenset({"was", "wasz", "ośrodek", "ops", "gops", "mops", "urząd", "gmina", "wójt"})
FIFTY_EIGHT_TO_REACH = 3
FIFTY_EIGHT_HER_HIM = frozenset({"niej", "niego", "nich"})  # "do niej", the head or worker named before


def fifty_eight_letter_to_office(words: Sequence[str], spans: Sequence[Span], danger: str, person: str) -> bool:
    """Every danger phrase heard holds a letter ("list"), and within FIFTY_EIGHT_TO_REACH words before or after it "do"
    is followed by the office, "was", or a phrase of a person (the head, a worker), or "niej"/"niego" after such a
    phrase ("kierowniczka, bo chcę do niej list napisać"): a letter addressed to the office, not a farewell. "Listy napisałam i wszystko rozdałam" (another danger phrase), "listy do dzieci napisałam" (no
    addressee of the office), "listy napisałam do was wszystkich" (written: the list's farewell letters) stay
    danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    staff = {start for start, _, _ in _spans_of(spans, person)}

    def past(word: str) -> bool:
        return len(word) <= 30 and word.isalpha() and any(
            tag.startswith("praet") for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))

    def lettered(start: int, end: int) -> bool:
        return (any(FIFTY_EIGHT_LETTER & {fold(lemma) for lemma in lemmas(word)} for word in words[start:end])
                and not any(past(word) for word in words[start:end]))

    def to_office(at: int) -> bool:
        if at + 1 >= len(words) or fold(words[at]) != "do":
            return False
        after = words[at + 1]
        named = {fold(after)} | {fold(lemma) for lemma in lemmas(after)}
        return (at + 1 in staff or bool(named & {fold(w) for w in FIFTY_EIGHT_TO_OFFICE})
                or (fold(after) in FIFTY_EIGHT_HER_HIM and any(start < at for start in staff)))

    return all(lettered(start, end) and any(to_office(at) for at in range(max(0, start - FIFTY_EIGHT_TO_REACH),
                                                                       min(len(words), end + FIFTY_EIGHT_TO_REACH)))
               for start, end, _ in found)


# round fifty-eight: "mogłaby pani mi to wszystko na telefon przysłać": "to wszystko" given to the caller (a dative
# before it) is what is asked for, not "that is all"
FIFTY_EIGHT_TO_WHOM = frozenset({"mi", "mnie", "nam", "jej", "mu", "im"})
FIFTY_EIGHT_ADDRESSED = frozenset({"pani", "pan", "panie"})  # "mi pani to wszystko": the listener between


def fifty_eight_everything_given(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every goodbye heard ends with "wszystko" and the word right before "to wszystko" (or before "wszystko") is a
    dative pronoun ("mi to wszystko", "nam wszystko", "mi pani to wszystko"): all of it to be given to the caller, the object of a request.
    "To wszystko, dziękuję", "no to wszystko" and "mi to wszystko wystarczy, dziękuję" (thanks heard) are unchanged."""
    found = _spans_of(spans, goodbye)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def given(start: int, end: int) -> bool:
        if folded[end - 1] != "wszystko":
            return False
        before = end - 2 if end - 2 >= start and folded[end - 2] == "to" else end - 1
        if before > 1 and folded[before - 1] in FIFTY_EIGHT_ADDRESSED:
            before -= 1  # "mi pani to wszystko"
        return before > 0 and folded[before - 1] in FIFTY_EIGHT_TO_WHOM
    thanked = any(word.startswith(("dziek", "podziek")) for word in folded)
    return not thanked and all(given(start, end) for start, end, _ in found)


# round fifty-eight: "a komisja co w tym samym budynku siedzi, to też w tych godzinach przyjmuje": the hours just
# heard named back with "też" for another body of the line: whether that body keeps them, its own item
FIFTY_EIGHT_THESE = frozenset({"tych", "tymi", "tym", "tej", "tych samych", "samych", "tymze"})
FIFTY_EIGHT_HOURS_NOUNS = frozenset({"godzinach", "godzinami", "godziny", "godzin"})
FIFTY_EIGHT_ALSO = frozenset({"tez", "rowniez", "takze"})
FIFTY_EIGHT_OTHER_TIME = frozenset({"kiedy", "ktorej", "dni", "dniach", "dzien"})


def fifty_eight_same_hours_of_another(words: Sequence[str], spans: Sequence[Span], hours: str,
                                      topics: Sequence[str]) -> bool:
    """"Też" said, a phrase of another matter of the line before the hours, and every phrase of the hours is either
    the hours named back with a demonstrative ("w tych godzinach", "w tych samych godzinach") or one verb in the third
    person ("przyjmuje"), at least one of the first kind, and no other time asked ("kiedy", "o której", "w jakie
    dni"): whether that body keeps the office's hours, its own item (as round thirty-six's hours_of_another). "W tych
    godzinach mogę przyjść?" (no other matter), "a komisja to w jakie dni przyjmuje" and "komisja kiedy, też w tych
    godzinach?" are not."""
    folded = [fold(word) for word in words]
    if not FIFTY_EIGHT_ALSO & set(folded) or FIFTY_EIGHT_OTHER_TIME & set(folded):
        return False
    found = _spans_of(spans, hours)
    firsts = [start for c, start, _, _ in spans if c in topics]
    if not found or not firsts:
        return False

    def named_back(start: int, end: int) -> bool:
        return (end - start == 1 and folded[start] in FIFTY_EIGHT_HOURS_NOUNS and start > 0
                and folded[start - 1] in FIFTY_EIGHT_THESE)
    return any(named_back(start, end) for start, end, _ in found) and all(
        (named_back(start, end) or (end - start == 1 and _third_person_verb(words[start])))
        and any(first < start for first in firsts) for start, end, _ in found)


# round fifty-eight: "kiedy ta pani z opieki siedzi w biurze, bo ciągle po wsiach jeździ": when a worker is in is the
# hours (as "kiedy przyjmuje kierowniczka"), not a transfer now
FIFTY_EIGHT_WHEN = frozenset({"kiedy", "ktorej"})
FIFTY_EIGHT_BEING_IN = frozenset({"byc", "siedziec", "bywac", "przebywac", "urzedowac", "przyjmowac", "dyzurowac"})
FIFTY_EIGHT_PUT_THROUGH = frozenset({"polaczyc", "przelaczyc", "laczyc", "rozmawiac", "porozmawiac", "pogadac",
                                     "dac", "poprosic"})
FIFTY_EIGHT_IN_REACH = 3


def fifty_eight_when_someone_in(words: Sequence[str], spans: Sequence[Span], person: str) -> bool:
    """"Kiedy" (or "o której") within FIFTY_EIGHT_IN_REACH words before the first phrase of a person, and between them
    or within FIFTY_EIGHT_IN_REACH words after it a verb of being in in the third person ("siedzi", "jest", "będzie", "bywa",
    "przyjmuje"), no verb of putting through or talking anywhere ("połączyć", "porozmawiać"): when that person is in,
    the hours. "Czy pani z opieki jest?" (no "kiedy"), "kiedy mogę porozmawiać z panią z opieki" (talking) are not."""
    found = _spans_of(spans, person)
    if not found:
        return False
    folded = [fold(word) for word in words]
    if any(FIFTY_EIGHT_PUT_THROUGH & _lemmas_of(word) for word in words):
        return False
    start = min(s for s, _, _ in found)
    end = max(e for s, e, _ in found if s == start)
    asked = [at for at in range(max(0, start - FIFTY_EIGHT_IN_REACH), start) if folded[at] in FIFTY_EIGHT_WHEN]
    if not asked:
        return False
    return any(FIFTY_EIGHT_BEING_IN & _lemmas_of(word) and _fifty_eight_third_person(word)
               for word in words[asked[0] + 1:start] + words[end:end + FIFTY_EIGHT_IN_REACH])


def _fifty_eight_third_person(word: str) -> bool:
    """A verb in the third person, present or the future of "być" ("siedzi", "jest", "będzie")."""
    return len(word) <= 30 and word.isalpha() and any(
        tag.startswith(("fin:sg:ter", "fin:pl:ter", "bedzie:sg:ter", "bedzie:pl:ter"))
        for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


# round fifty-eight: "od czego wy jesteście, bo mi się pomyliło z gminą": what the office is for, the about item
FIFTY_EIGHT_WHAT_FOR = (("od", "czego"), ("do", "czego"))
FIFTY_EIGHT_YOU_ARE = frozenset({"jestescie", "jestesta", "sluzycie"})


def fifty_eight_what_you_are_for(said: Sequence[str]) -> bool:
    """"Od czego" or "do czego" and within three words after it "jesteście" (or "służycie"): what the office is for.
    "Od czego jest ten zasiłek" (not the office) and "od czego zacząć" are not."""
    return any(tuple(said[at:at + 2]) in FIFTY_EIGHT_WHAT_FOR and FIFTY_EIGHT_YOU_ARE & set(said[at + 2:at + 5])
               for at in range(len(said) - 1))


# round fifty-eight: "czy przystanek jest blisko was", "daleko do was z Tulec": how far the office is, the address
FIFTY_EIGHT_NEAR = frozenset({"blisko", "niedaleko", "daleko", "bliziutko", "blisciutko"})
FIFTY_EIGHT_YOU_PLACE = frozenset({"was", "osrodka", "opieki", "ops", "gops"})
FIFTY_EIGHT_ASKED = frozenset({"czy", "jak", "ile"})


def fifty_eight_how_far_asked(said: Sequence[str]) -> bool:
    """A word of nearness ("blisko", "daleko", "niedaleko") and within two words after it "was" or the office
    ("blisko was", "daleko do was", "niedaleko od ośrodka"), with "czy", "jak" or "ile" before it: where the office is,
    the address card. "Mam blisko was" (no question), "czy daleko do apteki" (not the office) are not."""
    return any(word in FIFTY_EIGHT_NEAR and FIFTY_EIGHT_YOU_PLACE & set(said[at + 1:at + 3])
               and FIFTY_EIGHT_ASKED & set(said[:at]) for at, word in enumerate(said))


def fifty_eight_way_asked_before_reason(words: Sequence[str], spans: Sequence[Span], elsewhere: str,
                                        way: Sequence[str], questions: frozenset[str]) -> bool:
    """Round nineteen's day_asked_before_reason for the way to the office: a question before the first "bo" holds a
    phrase of the address or of where ("jakim autobusem do was dojechać"), and every phrase of another office's matter
    comes after that "bo" ("bo prawa jazdy już nie mam"): the way is asked, the other matter the reason. "Gdzie się
    wyrabia prawo jazdy, bo..." (the matter before "bo") is not."""
    said = [fold(w) for w in words]
    cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
    if cut is None or not questions & set(said[:cut]):
        return False
    found = _spans_of(spans, elsewhere)
    return bool(found) and all(start > cut for start, _, _ in found) \
        and any(end <= cut for c, _, end, _ in spans if c in way)


# round fifty-seven: a threat by an office or a creditor, with its penalty named right after "grozić" ("spółdzielnia
# grozi sądem", "grożą odcięciem", "nam grozi eksmisja"): arrears told, no one threatened with harm.
FIFTY_SEVEN_PENALTIES = FORTY_SIX_PAPERS | frozenset({
    "odciac", "odciecie", "wylaczyc", "wylaczenie", "licytacja", "egzekucja", "kara", "grzywna", "odsetki",
    "zajecie", "wypowiedziec", "proces", "pozew", "rozprawa", "windykator"})
FIFTY_SEVEN_THREAT_SKIP = frozenset({"mi", "mnie", "nam", "nas", "im", "jej", "mu", "jemu", "ich", "go", "tez", "juz",
                                     "nawet", "tym", "tu", "teraz"})
FIFTY_SEVEN_PENALTY_REACH = 3  # words after "grozi" to its penalty, pronouns between ("grozi nam już eksmisja")


def fifty_seven_penalty_threatened(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round fifty-seven: every danger phrase heard is "grozić" (with a pronoun: "grozi mi"), and right after it (only pronouns and
    little words between) comes an office's or a creditor's penalty: the court, eviction, a cut-off, the bailiff, an
    auction ("spółdzielnia grozi sądem", "bo mi grożą odcięciem", "nam grozi eksmisja"): arrears told, no harm (asked
    only beside a matter heard: "grozi mi eksmisja" alone stays danger). "Grozi mi nożem", "grozi, że mnie zabije" and "grozi sądem, a syn mnie bije" (another danger word) are still danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def penalty(start: int, end: int) -> bool:
        if "grozic" not in _lemmas_of(words[start]) or not set(folded[start + 1:end]) <= FIFTY_SEVEN_THREAT_SKIP:
            return False
        at = end
        while at < len(words) and at < end + FIFTY_SEVEN_PENALTY_REACH and folded[at] in FIFTY_SEVEN_THREAT_SKIP:
            at += 1
        return at < len(words) and bool(_lemmas_of(words[at]) & FIFTY_SEVEN_PENALTIES)
    return all(penalty(start, end) for start, end, _ in found)


# round fifty-seven: going onto the railway tracks ("idzie na tory", "położył się na torach"), told of oneself or
# another: a way of taking one's life, like the list's "pod pociąg".
FIFTY_SEVEN_TO_TRACKS = frozenset({"isc", "pojsc", "rzucic", "polozyc", "skoczyc", "wskoczyc", "wejsc", "wyjsc",
                                   "biec", "pobiec", "leciec", "poleciec", "chodzic", "wybrac"})
FIFTY_SEVEN_ON_TRACKS = frozenset({"lezec", "polozyc", "siedziec", "stac", "czekac"})
FIFTY_SEVEN_TRACKS_REACH = 3  # words from the verb to "na" ("idzie chyba na tory", "położył się na torach")


def fifty_seven_onto_tracks(words: Sequence[str]) -> bool:
    """Round fifty-seven: "na tory" with a verb of going or throwing oneself within three words before it ("idzie na
    tory", "rzuci się na tory"), or "na torach" with a verb of lying, sitting or standing ("położył się na torach"),
    the verb not denied ("nie pójdzie na tory"): a life in danger now. "Pracuje na torach", "dzieci bawią się przy
    torach" and "pociąg stoi na torach" (a train, no verb of a person lying) are not."""
    folded = [fold(word) for word in words]
    for at in range(1, len(words)):
        if folded[at - 1] != "na" or folded[at] not in {"tory", "torach"}:
            continue
        verbs = FIFTY_SEVEN_TO_TRACKS if folded[at] == "tory" else FIFTY_SEVEN_ON_TRACKS
        for k in range(max(0, at - 1 - FIFTY_SEVEN_TRACKS_REACH), at - 1):
            if _lemmas_of(words[k]) & verbs and not NEGATING & set(folded[max(0, k - 2):k]) and not (
                    folded[at] == "torach" and "pociag" in {l for w in words[max(0, k - 3):k] for l in _lemmas_of(w)}):
                return True
    return False


def fifty_seven_instalments_not_goodbye(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Round fifty-seven: every goodbye heard holds a word of "rata" ("rozłożyć na raty", "a na raty nie dostanę"),
    heard near the list's "na razie": instalments told, no goodbye. "Na razie dziękuję" is still a goodbye."""
    found = _spans_of(spans, goodbye)
    return bool(found) and all(any("rata" in _lemmas_of(word) for word in words[start:end])
                               for start, end, _ in found)


# round fifty-seven: the caller's own living alone ("a ja sama mieszkam") told beside a matter asked: why it is hard,
# not care at home asked (the care list's "sama mieszka" hears it by lemma).
FIFTY_SEVEN_ALONE = FIFTY_ALONE  # "sam", "sama": round fifty's words
FIFTY_SEVEN_ALONE_LITTLE = frozenset({"ja", "zupelnie", "calkiem", "juz", "tu", "tutaj", "teraz", "przeciez"})


def fifty_seven_living_alone_told(words: Sequence[str], spans: Sequence[Span], care: str) -> bool:
    """Round fifty-seven: every care phrase heard is the caller's own "sama mieszkam" / "mieszkam sam" (the first
    person of "mieszkać" and "sam", only little words beside them): asked beside another matter, the reason told, not
    care at home asked ("dodatek na prąd, bo mi wyłączają, a ja sama mieszkam"). "Mama sama mieszka" (another's) and
    "sama mieszkam i potrzebuję opiekunki" (another care phrase) are not."""
    found = _spans_of(spans, care)
    folded = [fold(word) for word in words]

    def alone(start: int, end: int) -> bool:
        these = set(folded[start:end])
        return "mieszkam" in these and bool(these & FIFTY_SEVEN_ALONE) and these <= (
            FIFTY_SEVEN_ALONE | FIFTY_SEVEN_ALONE_LITTLE | {"mieszkam"})
    return bool(found) and all(alone(start, end) for start, end, _ in found)


# round fifty-seven: the hours or the number of another office asked ("numer do sądu", "do komornika w jakich
# godzinach się dzwoni"): not this office's, which the line cannot give.
FIFTY_SEVEN_OFFICES = frozenset({"sad", "komornik", "zus", "zusu", "krus", "krusu", "spoldzielnia", "enea", "enei",
                                 "energa", "energi", "pge", "tauron", "tauronu", "gazownia", "elektrownia", "bank",
                                 "prokuratura", "notariusz", "skarbowka", "skarbowy", "wodociagi"})
FIFTY_SEVEN_OWN_OFFICE = frozenset({"wy", "osrodek", "ops", "gops", "mops", "opieka", "socjalny", "opiekunka"})
FIFTY_SEVEN_OFFICE_BEFORE = 6  # words from "do sądu" to the hours or the number after it ("do komornika to w jakich
FIFTY_SEVEN_OFFICE_AFTER = 1  # godzinach"), or right after the number ("numer do sądu", "numer telefonu do komornika")


def fifty_seven_another_office(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Round fifty-seven: every phrase of the hours (or of the number) heard has "do" and another office (the court,
    the bailiff, ZUS, the housing cooperative, the power company, a bank) within six words before it or right after it
    ("numer do sądu rejonowego", "a do komornika to w jakich godzinach się dzwoni"), and nothing names this office
    ("was", "ośrodek", "opieka", "socjalny"): another office's hours or number, which the line does not have. "Numer
    do was", "w jakich godzinach jesteście, bo idę do sądu" (no "do" beside the hours) and "w jakich godzinach u was,
    bo do komornika muszę" are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    names = [_lemmas_of(word) | {folded[at]} for at, word in enumerate(words)]
    if any(these & FIFTY_SEVEN_OWN_OFFICE for these in names):
        return False
    offices = [at for at in range(1, len(words)) if folded[at - 1] == "do" and names[at] & FIFTY_SEVEN_OFFICES]
    return bool(found) and bool(offices) and all(
        any(start - FIFTY_SEVEN_OFFICE_BEFORE <= at < start or end <= at - 1 < end + FIFTY_SEVEN_OFFICE_AFTER
            or start <= at - 1 < end for at in offices)
        for start, end, _ in found)


# round fifty-seven: the caller says outright they want nothing ("nic nie chcę od was", "ja tak tylko ponarzekać
# dzwonię"): a complaint told, whatever matter was named is not asked.
FIFTY_SEVEN_NOTHING_WANTED = (("nic", "nie", "chce"), ("niczego", "nie", "chce"), ("nic", "nie", "chcemy"),
                              ("niczego", "nie", "chcemy"), ("nic", "nie", "potrzebuje"), ("niczego", "nie", "potrzebuje"))
FIFTY_SEVEN_BUT_WANTED = frozenset({"tylko", "oprocz", "poza", "procz", "ale", "lecz", "jedynie"})
FIFTY_SEVEN_BUT_REACH = 3  # words after "nic nie chcę" to "tylko" ("nic nie chcę, tylko ten dodatek")


def fifty_seven_nothing_wanted(words: Sequence[str]) -> bool:
    """Round fifty-seven: "nic nie chcę" / "niczego nie potrzebuję" not followed within three words by "tylko", "ale",
    "oprócz" (a matter then asked) nor by an infinitive ("nic nie chcę płacić"), and no word of asking anywhere else (as
    told_all_well: "czy", "gdzie", "proszę", "zapytać", "dostać"...): whatever was named is told, not asked ("te ceny
    prądu mnie wykończą, ja tak tylko ponarzekać, nic nie chcę od was"). "Nic nie chcę, tylko dodatek węglowy", "czy
    jest dodatek, bo nic nie chcę za darmo" (a question) are not."""
    folded = [fold(word) for word in words]
    for at in range(len(folded)):
        for phrase in FIFTY_SEVEN_NOTHING_WANTED:
            if tuple(folded[at:at + len(phrase)]) != phrase:
                continue
            after = at + len(phrase)
            outside = set(folded[:at]) | set(folded[after:])
            if FIFTY_SEVEN_BUT_WANTED & set(folded[after:after + FIFTY_SEVEN_BUT_REACH]) or (
                    after < len(words) and any(r.pos == "inf" for r in readings(words[after]))):
                continue
            if not ASKING_AFTER_ALL_WELL & outside:
                return True
    return False


# round fifty-seven: beside care asked, the caller's work lost for the care or to be gone back to ("przez opiekę nad
# mamą pracę straciłam", "żebym mogła do roboty wrócić"): why care is asked, not a job asked for.
FIFTY_SEVEN_LOSING = frozenset({"stracic", "tracic", "rzucic", "zwolnic"})
FIFTY_SEVEN_RETURNING = frozenset({"wrocic", "wracac", "isc", "pojsc", "chodzic", "pojechac", "jezdzic"})
FIFTY_SEVEN_SO_THAT = frozenset({"zebym", "zeby", "zebysmy", "abym", "aby", "bym"})
FIFTY_SEVEN_WORK_REACH = 2  # words from the work to the verb of losing or returning ("pracę straciłam")
FIFTY_SEVEN_SO_THAT_REACH = 4  # words from "żebym" to the work ("żebym mogła do roboty wrócić")


def fifty_seven_work_for_care(words: Sequence[str], spans: Sequence[Span], programmes: str) -> bool:
    """Round fifty-seven: every phrase of work heard is one word of work ("praca", "robota") with a past verb of losing
    it within two words ("pracę straciłam", "rzuciłam robotę"), or after "żebym"/"żeby" within four words with a verb
    of going back within two ("żebym mogła do roboty wrócić"): asked only beside care, the reason care is wanted.
    "Straciłam pracę i szukam pracy" (a job sought) and "żeby syn znalazł pracę" (no going back) are not."""
    found = _spans_of(spans, programmes)
    folded = [fold(word) for word in words]
    lemma_of = [_lemmas_of(word) for word in words]

    def near(at: int, verbs: frozenset[str], past: bool) -> bool:
        return any(lemma_of[k] & verbs and (not past or any(r.pos == "praet" for r in readings(words[k])))
                   for k in range(max(0, at - FIFTY_SEVEN_WORK_REACH), min(len(words), at + 1 + FIFTY_SEVEN_WORK_REACH))
                   if k != at)

    def for_care(start: int, end: int) -> bool:
        if end - start != 1 or not WORK & lemma_of[start]:
            return False
        return near(start, FIFTY_SEVEN_LOSING, True) or (
            bool(FIFTY_SEVEN_SO_THAT & set(folded[max(0, start - FIFTY_SEVEN_SO_THAT_REACH):start]))
            and near(start, FIFTY_SEVEN_RETURNING, False))
    return bool(found) and all(for_care(start, end) for start, end, _ in found)


# round sixty: "dzieciaki swoje zostawił na mrozie, a sam śpi": a person left out in the cold now
SIXTY_LEAVING = frozenset({"zostawic", "zostawiac", "porzucic"})
SIXTY_YOUNG = CHILDREN | frozenset({"chlopak", "chlopiec", "dzieci", "malec", "mlody"})  # "zostawił chłopaków"
SIXTY_COLD_PLACE = frozenset({"mroz", "zimno", "snieg", "ziab"})
SIXTY_THIS = frozenset({"tym", "takim", "tej", "takiej", "samym", "calym"})  # "na tym mrozie", "na takim zimnie"
SIXTY_WHOM_REACH = 3  # words between the verb and the person, either side ("dzieci swoje zostawił", "zostawił te dzieci")
SIXTY_COLD_REACH = 5  # words from the verb to "na mrozie" ("zostawił dzieciaki swoje na tym mrozie")


def sixty_left_in_cold(words: Sequence[str]) -> bool:
    """Round sixty: a verb of leaving ("zostawił", "zostawia", "porzuciła"), no "nie" right before it, a person within
    three words either side of it (a child, kin, a woman, a pronoun: "dzieci", "matkę", "ją") and "na" with a word of
    cold ("na mrozie", "na zimnie", "na śniegu") within five words after it: someone left out in the cold now. "Zostawiłam
    rower na mrozie" (a thing), "nie zostawił ich na mrozie" (denied) and "zostawił dzieci u babci" (no cold) are not; a
    screen or long ago beside it is asked about as any such story (the call flow's `not_now`)."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not SIXTY_LEAVING & _lemmas_of(word) or (at and folded[at - 1] in NEGATING):
            continue
        near = range(max(0, at - SIXTY_WHOM_REACH), min(len(words), at + 1 + SIXTY_WHOM_REACH))
        if not any(k != at and (_fifty_is_person(words[k], folded[k]) or SIXTY_YOUNG & _lemmas_of(words[k]))
                   for k in near):
            continue
        after = range(at + 1, min(len(words) - 1, at + SIXTY_COLD_REACH + 1))
        if any(folded[k] == "na" and (SIXTY_COLD_PLACE & _lemmas_of(words[k + 1]) or (
                folded[k + 1] in SIXTY_THIS and k + 2 < len(words) and SIXTY_COLD_PLACE & _lemmas_of(words[k + 2])))
               for k in after):
            return True
    return False


# round sixty: "sąsiadka od świąt nie otwiera": round nineteen's shut door, since a named day or feast
SIXTY_NAMED_DAYS = frozenset({"poniedzialku", "wtorku", "srody", "czwartku", "piatku", "soboty", "niedzieli", "swiat",
                              "wigilii", "sylwestra", "pogrzebu", "odpustu"})
SIXTY_SHUT_REACH = 4  # words from "od świąt" to the door not opened ("od świąt ona nie otwiera")


def sixty_shut_since_named_day(words: Sequence[str]) -> bool:
    """Round sixty: "od" with a named day or feast ("od niedzieli", "od świąt", "od wigilii"), "nie" within two words
    before a third-person form of "otwierać" within four words after it, and a person named before it (a neighbour,
    kin, a woman: "sąsiadka", "mama", "dziadek"): someone who may lie ill or dead behind the door, as round nineteen's
    "od trzech dni nie otwiera". "Od poniedziałku nie otwieracie" (the office), "sklep od niedzieli nie otwiera" (no
    person) and "sąsiadka od świąt otwiera" (no "nie") are not."""
    folded = [fold(word) for word in words]
    for since, word in enumerate(folded[:-1]):
        if word != "od" or folded[since + 1] not in SIXTY_NAMED_DAYS:
            continue
        if not any(_fifty_is_person(words[k], folded[k]) for k in range(since)):
            continue
        for at in range(since + 2, min(len(words), since + 2 + SIXTY_SHUT_REACH)):
            if "nie" in folded[max(0, at - 2):at] and _said_of_another(words[at], OPENING):
                return True
    return False


# round sixty: "zostawię wiadomość, a nie, jednak nie, rozmyśliłam się": a request withdrawn with nothing asked instead
SIXTY_YET = frozenset({"jednak", "jednakze"})
SIXTY_MIND_CHANGED = frozenset({"rozmyslic", "rozmyslac"})
SIXTY_YET_REACH = 4  # words from the phrase to "jednak nie" ("wiadomość zostawię, a nie, jednak nie")
SIXTY_REFUSED_REACH = 3  # words from "nie" to a phrase said again refused ("nie będę nic zostawiać")


def sixty_withdrawn(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Round sixty: a phrase of the choice followed within four words by "jednak" beside a "nie" with no verb after it
    ("a nie, jednak nie", "jednak nie"), or followed anywhere by "rozmyślić się" ("rozmyśliłam się"), and every other
    phrase of it either so withdrawn or refused ("nie" within three words before it: "nie będę nic zostawiać"): the
    caller changed their mind and asks nothing instead. "Zostawię wiadomość, jednak nie wiem, jak" (a verb after "nie":
    being unsure) and "wiadomość zostawię, nie będę się rozmyślać" (refused, no withdrawal) are not."""
    found = _spans_of(spans, choice)
    if not found:
        return False
    folded = [fold(word) for word in words]
    lemma_of = [_lemmas_of(word) | {folded[k]} for k, word in enumerate(words)]

    def withdrawn(end: int) -> bool:
        if any(lemma_of[k] & SIXTY_MIND_CHANGED and not NEGATING & set(folded[max(0, k - SIXTY_REFUSED_REACH):k])
               for k in range(end, len(words))):
            return True
        for k in range(end, min(len(words), end + SIXTY_YET_REACH)):
            if folded[k] in SIXTY_YET:
                beside = [j for j in (k - 1, k + 1) if 0 <= j < len(words) and folded[j] == "nie"]
                if any(j >= end and _no_verb_after(words, j) for j in beside):
                    return True
        return False

    def refused(start: int) -> bool:
        return "nie" in folded[max(0, start - SIXTY_REFUSED_REACH):start]
    marks = [withdrawn(end) for _, end, _ in found]
    return any(marks) and all(mark or refused(start) for mark, (start, _, _) in zip(marks, found))


# round sixty: "co to za nagranie, gdzie ja się dodzwoniłam": the line's own voice asked about, no message asked for
SIXTY_RECORDING = frozenset({"nagranie", "automat", "maszyna", "sekretarka"})
SIXTY_WHAT_REACH = 3  # words from "co" to "za" ("co to za nagranie", "co to jest za nagranie")


def sixty_recording_asked_about(words: Sequence[str], spans: Sequence[Span], record: str) -> bool:
    """Round sixty: every phrase of a message heard is one word of a recording or a machine ("nagranie", "automat")
    right after "za", with "co" within three words before ("co to za nagranie", "co to jest za automat"): the caller
    asks what answers them, not for a message. "Chcę zostawić nagranie" and "za nagranie dziękuję" (no "co") are not."""
    found = _spans_of(spans, record)
    folded = [fold(word) for word in words]
    return bool(found) and all(
        end - start == 1 and start >= 2 and SIXTY_RECORDING & _lemmas_of(words[start]) and folded[start - 1] == "za"
        and "co" in folded[max(0, start - 1 - SIXTY_WHAT_REACH):start - 1] for start, end, _ in found)


# round fifty-nine: the caller shut in or hidden in a room of the house ("jestem w łazience zamknięty", "siedzimy
# schowane w pokoju") while a row goes on there (shouting, crying, things smashed): hiding from someone at home now.
FIFTY_NINE_SHUT_IN = frozenset({"zamkniety", "schowac", "ukryc", "zamykac", "chowac"})
FIFTY_NINE_ROOMS = frozenset({"lazienka", "pokoj", "szafa", "piwnica", "kuchnia", "komorka", "ubikacja", "toaleta",
                              "strych", "spizarnia", "kibel", "wc", "sypialnia"})
FIFTY_NINE_ROW_SIGNS = frozenset({"krzyczec", "wrzeszczec", "plakac", "rozbic", "tluc", "rzucac", "awanturowac",
                                  "wyzywac", "halasowac"})
FIFTY_NINE_ROOM_REACH = 3  # words from "zamknięty" to the room, either way ("w łazience zamknięty", "zamknięta w pokoju")


def fifty_nine_hiding_in_room(words: Sequence[str]) -> bool:
    """Round fifty-nine: a word of being shut in or hidden ("zamknięty", "schowana") within three words of a room of the
    house ("w łazience", "w szafie"), not denied, and somewhere in the words a sign of a row at home now: shouting,
    crying, smashing ("ojciec krzyczy na mamę … ja jestem w łazience zamknięty"): someone hiding. "Łazienka zamknięta,
    bo remont" (no row) and "zamknęłam pokój i poszłam spać" (no room word near a row) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) for word in words]
    if not any(lemmas & FIFTY_NINE_ROW_SIGNS and not NEGATING & set(folded[max(0, k - 1):k])
               for k, lemmas in enumerate(lemmas_at)):
        return False
    for at, lemmas in enumerate(lemmas_at):
        if not lemmas & FIFTY_NINE_SHUT_IN or NEGATING & set(folded[max(0, at - 2):at]):
            continue
        near = range(max(0, at - FIFTY_NINE_ROOM_REACH), min(len(words), at + FIFTY_NINE_ROOM_REACH + 1))
        if any(lemmas_at[k] & FIFTY_NINE_ROOMS for k in near):
            return True
    return False


# round fifty-nine: "niech pani nie dzwoni, jak on jest w domu, bo mi zabroni … i wtedy jest źle": a call to be hidden
# from someone at home, for fear of what he does: a call in secret, like round fifty-four's "szybko, bo on zaraz wróci".
FIFTY_NINE_CALLING = frozenset({"dzwonic", "zadzwonic", "oddzwonic", "oddzwaniac", "wydzwaniac"})
FIFTY_NINE_WHEN = frozenset({"jak", "kiedy", "gdy", "jesli", "jezeli", "bo"})
FIFTY_NINE_HOUSEMATES = frozenset({"on", "ona", "maz", "chlop", "partner", "konkubent", "ojciec", "syn", "ziec",
                                   "tesc", "brat", "ojczym"})
FIFTY_NINE_FEARED = frozenset({"zabronic", "zabraniac", "zle", "awantura", "wsciec", "wsciekac", "wsciekly", "bic",
                               "uderzyc", "krzyczec", "dostac", "zabic", "oberwac"})
FIFTY_NINE_CALL_REACH = 4  # words from "nie dzwoni" to "on" ("nie dzwoni, jak on", "nie dzwońcie, kiedy mąż")


def fifty_nine_call_hidden_from_him(words: Sequence[str]) -> bool:
    """Round fifty-nine: a call denied ("nie dzwoni", "nie oddzwaniajcie"), then within four words "jak"/"kiedy" and
    someone of the house ("on", "mąż"), and after that a consequence feared: he forbids, it is bad then, a row, a
    beating ("bo mi zabroni", "wtedy jest źle"). "Niech pani nie dzwoni, jak mąż jest w domu, bo śpi po nocce" (no
    consequence feared) and "nie dzwońcie rano, bo jestem w pracy" (no one of the house) are not."""
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) for word in words]
    for at, lemmas in enumerate(lemmas_at):
        if not lemmas & FIFTY_NINE_CALLING or not NEGATING & set(folded[max(0, at - 1):at]):
            continue
        after = range(at + 1, min(len(words), at + 1 + FIFTY_NINE_CALL_REACH))
        whens = [k for k in after if folded[k] in FIFTY_NINE_WHEN]
        if not whens:
            continue
        who = [k for k in range(whens[0] + 1, min(len(words), whens[0] + 3)) if lemmas_at[k] & FIFTY_NINE_HOUSEMATES
               and folded[k] not in NEGATING]
        if who and any(lemmas_at[k] & FIFTY_NINE_FEARED for k in range(who[0] + 1, len(words))):
            return True
    return False


# round fifty-nine: danger words that tell no danger: bruises or blood explained by a treatment ("siniaki od zastrzyków
# na rozrzedzenie krwi"), fear of bills ("boję się, że nie starczy do pierwszego"), a fire that is over ("po tym
# pożarze stodoły").
FIFTY_NINE_BRUISES = frozenset({"siniak", "siniec", "krew", "krwiak"})
FIFTY_NINE_TREATMENTS = frozenset({"zastrzyk", "lek", "lekarstwo", "tabletka", "kroplowka", "szczepienie", "pobranie",
                                   "rozrzedzic", "rozrzedzenie", "zabieg", "operacja", "badanie", "insulina",
                                   "heparyna", "zastrzykow"})
FIFTY_NINE_TREATMENT_REACH = 6  # words from the bruise to "od zastrzyków" ("siniaki na nogach od zastrzyków")


def fifty_nine_bruises_of_treatment(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round fifty-nine: every danger word heard is a bruise or blood ("siniaki", "krwi"), and a treatment is told as
    its cause: "od"/"po" and a treatment within six words after a bruise ("siniaki na nogach od zastrzyków"), blood
    right after a treatment ("rozrzedzenie krwi", "pobranie krwi"). "Mam siniaki od męża" (no treatment), "krew leci
    po zastrzyku i nie staje" (another danger phrase: "krew leci") and "siniaki od bicia" are still danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]
    lemmas_at = [_lemmas_of(word) for word in words]

    def caused(start: int, end: int) -> bool:
        if end - start != 1 or not lemmas_at[start] & FIFTY_NINE_BRUISES:
            return False
        if start > 0 and lemmas_at[start - 1] & FIFTY_NINE_TREATMENTS:
            return True
        for k in range(end, min(len(words) - 1, end + FIFTY_NINE_TREATMENT_REACH)):
            if folded[k] in {"od", "po"} and lemmas_at[k + 1] & FIFTY_NINE_TREATMENTS:
                return True
        return False
    return all(caused(start, end) for start, end, _ in found)


FIFTY_NINE_MONEY = frozenset({"rachunek", "rachunki", "starczyc", "wystarczyc", "czynsz", "oplata", "zaplacic",
                              "placic", "dlug", "pieniadz", "pieniadze", "emerytura", "renta", "pierwszy"})
FIFTY_NINE_FEAR_REACH = 6  # words from "boję się" to the money ("boję się skrzynkę otwierać, bo same rachunki")
FIFTY_NINE_SOMEONE = frozenset({"on", "ona", "oni", "maz", "syn", "chlop", "ojciec", "ziec", "sasiad", "partner",
                                "konkubent", "brat", "corka", "zona"})


def fifty_nine_fear_of_bills(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round fifty-nine: every danger word heard is "boję się" (lemma "bać"), and within six words after it comes money:
    bills, rent, what will not last ("że nie starczy do pierwszego", "skrzynkę otwierać, bo same rachunki"), with no
    one of the house between ("boję się męża, bo pieniądze zabiera" stays danger). Asked only beside a matter heard."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    lemmas_at = [_lemmas_of(word) for word in words]

    def of_bills(start: int, end: int) -> bool:
        if not all("bac" in lemmas_at[k] or fold(words[k]) == "sie" for k in range(start, end)):
            return False
        for k in range(end, min(len(words), end + FIFTY_NINE_FEAR_REACH)):
            if lemmas_at[k] & FIFTY_NINE_SOMEONE and fold(words[k]) not in NEGATING:  # "nie" is also a form of "on"
                return False
            if lemmas_at[k] & FIFTY_NINE_MONEY:
                return True
        return False
    return all(of_bills(start, end) for start, end, _ in found)


FIFTY_NINE_FIRES = frozenset({"pozar", "ogien"})
FIFTY_NINE_THAT = frozenset({"tym", "tamtym", "tym calym", "calym", "wielkim", "duzym", "naszym"})


def fifty_nine_fire_over(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Round fifty-nine: every danger word heard is a fire ("pożarze") with "po" right before it, a "tym" or "tamtym"
    between ("po tym pożarze stodoły"): life after a fire that is over. "Pali się stodoła", "pożar u sąsiada" and
    "po pożarze znowu się tli" (another danger word) are still danger."""
    found = _spans_of(spans, danger)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def over(start: int, end: int) -> bool:
        if end - start != 1 or not _lemmas_of(words[start]) & FIFTY_NINE_FIRES:
            return False
        at = start - 1
        while at >= 0 and folded[at] in FIFTY_NINE_THAT:
            at -= 1
        return at >= 0 and folded[at] == "po"
    return all(over(start, end) for start, end, _ in found)


# round fifty-nine: "czy mogę coś nagrać, bo już zamknięte": the office's being closed told as the reason for a
# message, no question of the hours.
FIFTY_NINE_CLOSED = frozenset({"zamkniety", "nieczynny"})
FIFTY_NINE_TELLING = frozenset({"juz", "bo"})
FIFTY_NINE_HOURS_ASKED = frozenset({"czy", "kiedy", "ktorej", "jak", "dlaczego", "czemu", "do", "od"})


def fifty_nine_closed_told(words: Sequence[str], spans: Sequence[Span], hours: str) -> bool:
    """Round fifty-nine: every hours word heard is "zamknięte" or "nieczynne" with "już" or "bo" within two words before
    it and no question word within three ("bo już zamknięte", "a już nieczynne"): the caller tells the office is
    closed, the reason for the message asked beside it. "Czy już zamknięte?" and "do której, bo już zamknięte?" are
    still the hours."""
    found = _spans_of(spans, hours)
    if not found:
        return False
    folded = [fold(word) for word in words]

    def told(start: int, end: int) -> bool:
        if end - start != 1 or not _lemmas_of(words[start]) & FIFTY_NINE_CLOSED:
            return False
        return bool(FIFTY_NINE_TELLING & set(folded[max(0, start - 2):start])) and not (
            FIFTY_NINE_HOURS_ASKED & set(folded[max(0, start - 3):start]))
    return all(told(start, end) for start, end, _ in found)


# round fifty-nine: "pani kierownik kazała zadzwonić do pracownika socjalnego w sprawie asystenta": the head's word
# told as the reason for calling, the social worker's matter asked, no one asked for by name.
FIFTY_NINE_SENDING = frozenset({"kazac", "polecic", "skierowac", "przyslac", "doradzic", "odeslac", "wyslac"})
FIFTY_NINE_SENDER_REACH = 3  # words from the person to the verb, a name between ("pani kierownik Nowak kazała")


def fifty_nine_sent_by_someone(words: Sequence[str], spans: Sequence[Span], person: str, matter: str) -> bool:
    """Round fifty-nine: every person phrase heard either begins where a phrase of `matter` begins ("pracownika
    socjalnego", the social work's own words) or is followed within three words by a verb of sending or telling to do
    ("kazała", "skierowała", "poleciła"), one at least so followed: the one who sent the caller, not the one asked
    for. "Proszę z panią kierownik", "chcę rozmawiać z pracownikiem socjalnym" (no one sending) and "pani kierownik kazała, żebym do niej zadzwoniła" (no matter heard) are still a person."""
    found = _spans_of(spans, person)
    if not found:
        return False
    starts = {start for start, _, _ in _spans_of(spans, matter)}
    lemmas_at = [_lemmas_of(word) for word in words]

    def sender(end: int) -> bool:
        return any(lemmas_at[k] & FIFTY_NINE_SENDING for k in range(end, min(len(words), end + FIFTY_NINE_SENDER_REACH)))
    return any(sender(end) for _, end, _ in found) and all(start in starts or sender(end) for start, end, _ in found)


# round sixty-one: "powiedzieli, że jak nie odda, to mnie starej coś zrobią": something to be done to the caller, a
# threat reported ("coś mi zrobi", "mnie coś zrobią")
SIXTY_ONE_DONE_TO_ME = frozenset({"zrobia", "zrobi"})
SIXTY_ONE_ME_REACH = 3  # words before the verb where "coś" and "mi"/"mnie" stand ("mnie starej coś zrobią")


def sixty_one_something_done_to_me(words: Sequence[str]) -> bool:
    """Round sixty-one: "zrobi"/"zrobią" with "coś" and "mi"/"mnie" within three words before it, no "nie" right before
    it and no "z"/"ze"/"w" right after it: a threat that someone will do something to the caller ("to mnie starej coś
    zrobią", "coś mi zrobi"). "Nic mi nie zrobi" (denied) and "czy pani mi coś zrobi z tym wnioskiem" (a matter
    arranged) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(folded):
        if word not in SIXTY_ONE_DONE_TO_ME or (at and folded[at - 1] in NEGATING):
            continue
        if at + 1 < len(folded) and folded[at + 1] in {"z", "ze", "w"}:
            continue
        before = set(folded[max(0, at - SIXTY_ONE_ME_REACH):at])
        if "cos" in before and before & {"mi", "mnie"}:
            return True
    return False


# round sixty-two: "u sąsiadów dziecko płacze całą noc, a tam nikogo nie ma": a child crying with nobody there
SIXTY_TWO_CRYING = frozenset({"plakac", "ryczec", "kwilic"})
SIXTY_TWO_NOBODY_REACH = 8  # words from the crying to "nikogo nie ma" ("płacze całą noc, a tam nikogo nie ma")


def sixty_two_child_crying_alone(words: Sequence[str]) -> bool:
    """Round sixty-two: a child ("dziecko", "maluch", "dzieci") within three words of a verb of crying ("płacze",
    "ryczy"), then "nikogo nie ma" or "nikt nie otwiera"/"nikt nie ma" within eight words after it: a child left alone,
    crying. "Dziecko płacze, bo ząbkuje" (nobody missing), "nikogo nie ma w domu, dziecko u babci" (no crying) and
    "dziecko płacze w nocy, a nikogo nie ma do pomocy" (nobody to help the one who is there) are not."""
    folded = [fold(word) for word in words]
    for at, word in enumerate(words):
        if not SIXTY_TWO_CRYING & _lemmas_of(word):
            continue
        near = range(max(0, at - 3), min(len(words), at + 4))
        if not any(k != at and SIXTY_YOUNG & _lemmas_of(words[k]) for k in near):
            continue
        after = folded[at + 1:at + 1 + SIXTY_TWO_NOBODY_REACH]
        if any(w in NOBODY and folded[at + 2 + k:at + 3 + k] == ["nie"] and folded[at + 4 + k:at + 5 + k] != ["do"]
               for k, w in enumerate(after)):
            return True
    return False


# round sixty-four: "dzisiaj powiedział, że jak wrócę, to mnie zabije, a w zeszłym tygodniu już mnie dusił": danger
# said with today's time, the past told only after it
SIXTY_FOUR_TODAY = frozenset({"dzisiaj", "dzis", "teraz", "zaraz", "wieczorem", "dzisiejszej"})
SIXTY_FOUR_TODAY_REACH = 10  # words from "dzisiaj" to the danger phrase ("dzisiaj powiedział, że jak wrócę … zabije")


def sixty_four_today_before_past(words: Sequence[str], spans: Sequence[Span], not_now: str, danger: str) -> bool:
    """A phrase of danger before every phrase of what is over or shown on a screen, with a word of today ("dzisiaj",
    "teraz", "zaraz", "wieczorem") within ten words before it: danger now, the past told after it as what came before
    ("a w zeszłym tygodniu już mnie dusił"). "Dzisiaj w telewizji mówili, że ktoś kogoś pobił" (the screen before the
    danger) and "w zeszłym tygodniu mnie pobił" (no word of today) are not."""
    past = _spans_of(spans, not_now)
    if not past:
        return False
    first_past = min(start for start, _, _ in past)
    folded = [fold(word) for word in words]
    return any(end <= first_past and SIXTY_FOUR_TODAY & set(folded[max(0, start - SIXTY_FOUR_TODAY_REACH):start])
               for start, end, _ in _spans_of(spans, danger))


# Round 102: a street named by its adjective right after "ulicy" ("na ulicy poznańskiej przy kościele jest dziura"):
# where something is, not someone on the street
STREET_WORDS = frozenset({"ulica"})


def street_named(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every danger phrase heard holds a form of "ulica" followed right after by a feminine adjective in "-ej" (the
    street's name: "na ulicy poznańskiej", "na ulicy kościelnej"): an address, not someone left on the street. "Leży
    na ulicy pijany" (no street's name), "śpi na ulicy" and "na ulicy poznańskiej leży człowiek i się nie rusza" (a
    verb of lying still, a danger word of its own) are not, as other danger phrases than the street's stay."""
    found = _spans_of(spans, danger)
    if not found:
        return False

    def named(start: int, end: int) -> bool:
        streets = [at for at in range(start, end) if STREET_WORDS & _lemmas_of(words[at])]
        return bool(streets) and streets[-1] + 1 < len(words) and fold(words[streets[-1] + 1]).endswith("ej") and any(
            r.pos == "adj" and "f" == r.gender for r in readings(words[streets[-1] + 1]))
    return all(named(start, end) for start, end, _ in found)


# Round 102: "jako" before a topic's word names the caller's role ("chodzę do niej jako opiekunka", "my jako parafia"):
# who is calling, not what is asked
ROLE_LEADS = frozenset({"jako"})


def role_told(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of the choice heard starts right after "jako" ("chodzę do niej jako opiekunka"): the caller's role.
    "Potrzebuję opiekunki dla mamy" and "jako opiekunka pytam, czy jest opieka na noc" (the choice heard again without
    "jako") are not."""
    found = _spans_of(spans, choice)
    return bool(found) and all(start and fold(words[start - 1]) in ROLE_LEADS for start, _, _ in found)


# Round 104: a wish said first, then why one calls ("wesołych świąt, życzę zdrówka, i tak sobie dzwonię, bo sama
# siedzę"): the greeting that opens a call, not a farewell
CALLING_NOW = frozenset({"dzwonie", "dzwonimy"})


def greeting_then_calling(words: Sequence[str], spans: Sequence[Span], goodbye: str) -> bool:
    """Every goodbye phrase heard ends before "dzwonię" (the present: why one calls now): the wish opens the call.
    "Do widzenia, jeszcze zadzwonię" (the future: a farewell) and "dzwonię, żeby podziękować, do widzenia" (the
    goodbye after it) are not."""
    found = _spans_of(spans, goodbye)
    folded = [fold(word) for word in words]
    return bool(found) and all(any(word in CALLING_NOW for word in folded[end:]) for _, end, _ in found)


# Round 106: "jeszcze raz od początku tego, co pani mówiła": the beginning of what was said, to hear again
BACK_AFTER_REPEAT_REACH = 1  # words between the request to repeat and "od początku"


def back_of_repeat(words: Sequence[str], spans: Sequence[Span], back: str) -> bool:
    """Every phrase of going back heard starts right after a request to repeat ends, a word between at most
    ("proszę jeszcze raz od początku"): all of it again, not the main menu. "Wróćmy do początku" and "od początku, do
    głównego menu" (no request to repeat before it) are not."""
    found = _spans_of(spans, back)
    ends = [end for c, _, end, _ in spans if c == "repeat"]
    return bool(found) and all(any(0 <= start - end <= BACK_AFTER_REPEAT_REACH for end in ends)
                               for start, _, _ in found)


# Round 102: the office's work asked of "you", "co" or "czym" right before it ("my z parafii chcemy wiedzieć, co wy
# robicie"): the office's own work beside another place named
YOU_DO = frozenset({"robicie", "zajmujecie", "pomagacie", "oferujecie", "zalatwiacie"})
YOU_DO_ASKED = frozenset({"co", "czym"})
YOU_DO_REACH = 2  # words from "co" to the verb ("co wy robicie")


def office_work_asked(folded: Sequence[str]) -> bool:
    """A verb of the office's work said to "you" with "co" or "czym" within two words before it ("co wy robicie",
    "czym się zajmujecie"). "Czy wy załatwiacie dowody osobiste" (another office's matter asked of "you") is not."""
    return any(word in YOU_DO and YOU_DO_ASKED & set(folded[max(0, at - YOU_DO_REACH):at])
               for at, word in enumerate(folded))


# Session twenty-six: a clerk named beside another wish ("jaki jest numer do pani Radzimskiej", "wyślijcie mi esemesa z
# adresem do pani kierownik", "to przyjdę do pani Kasi w poniedziałek, do widzenia"): the clerk is who the wish is
# about, nobody is asked to come to the phone
MENTION_ASKING = frozenset({"polaczyc", "przelaczyc", "laczyc", "rozmawiac", "porozmawiac", "pogadac", "gadac",
                            "poprosic", "dac", "zastac", "dodzwonic"})
MENTION_ASKING_REACH = 4  # words either side of the person where a verb of talking or putting through asks for her
MENTION_WITH = frozenset({"z", "ze", "prosze", "poprosze"})  # just before the person: "z tą panią", "poproszę panią"
MENTION_WITH_REACH = 2
MENTION_TITLES = frozenset({"pani", "pania", "pan", "pana", "panu", "panem"})  # a particular clerk, not "ktoś"
MENTION_TITLED = ("kierowni", "ksiegow", "sekretar", "dyrektor")
MENTION_WANTING = frozenset({"chciec", "dzwonic", "zadzwonic", "potrzebowac"})  # "chciałam do pani Ani"
MENTION_THERE = frozenset({"jest", "bedzie", "zastane", "siedzi"})  # "czy jest pani Ania"
MENTION_WHEN_OR_WHERE = frozenset({"kiedy", "ktorej", "godzinach", "godziny", "gdzie", "jakich"})


def person_only_mentioned(words: Sequence[str], spans: Sequence[Span], person: str, beside: Iterable[str]) -> bool:
    """Every phrase of a person heard names a particular clerk (a title, "pani", "pan" or a first name in it or two words
    before it; "ktoś żywy", "pracownik" alone ask for anyone and are not) and is only named: no verb of talking, asking
    for or putting through within four words ("połączyć", "porozmawiać", "poprosić", "dać", "zastać"), no "z",
    "proszę" just before it ("z tą panią", "poproszę panią Anię"), no "do" after a verb of wanting or calling
    ("chciałam do pani Ani", "dzwonię do pani Kasi"), no "do telefonu" within four words after it ("żeby przyszła do
    telefonu"), and no "jest" or "będzie" beside it unless the sentence asks when or where ("czy jest pani Ania" asks
    for her; "w jakich godzinach pani Mirka jest na miejscu" asks the hours). "Numer do pani Radzimskiej", "esemes z
    adresem do pani kierownik" and "przyjdę do pani Kasi" name her only. A wish of `beside` must be heard apart from the
    person and the two words after her ("pani Wiśniewska z ośrodka" names the office in the clerk's title, and asks for
    her); "telefon" alone is no such wish ("telefon do kierowniczki": a call to her, put through)."""
    found = _spans_of(spans, person)
    beside = frozenset(beside)
    wishes = [(start, end) for choice, start, end, _ in spans if choice in beside
              and not (end - start == 1 and fold(words[start]).startswith("telefon"))]  # "telefon do kierowniczki"
    if not found or not any(all(end <= p_start or start >= p_end + MENTION_WITH_REACH for p_start, p_end, _ in found)
                            for start, end in wishes):
        return False
    folded = [fold(word) for word in words]
    when_or_where = bool(MENTION_WHEN_OR_WHERE & set(folded))

    def titled(start: int, end: int) -> bool:
        return any(word in MENTION_TITLES or word.startswith(MENTION_TITLED)
                   for word in folded[max(0, start - MENTION_WITH_REACH):end]) or any(
            is_first_name(word) for word in words[start:end])

    def asked(start: int, end: int) -> bool:
        near = range(max(0, start - MENTION_ASKING_REACH), min(len(words), end + MENTION_ASKING_REACH))
        if not titled(start, end) or any(MENTION_ASKING & _lemmas_of(words[at]) for at in near):
            return True
        close = folded[max(0, start - MENTION_WITH_REACH - 1):start]  # "do tej pani", "z tą panią"
        after = folded[end:end + MENTION_ASKING_REACH]  # "do telefonu", "żeby przyszła do telefonu"
        if MENTION_WITH & {*close[1:], folded[start]} or ("do", "telefonu") in zip(after, after[1:]):
            return True
        if "do" in close:
            at = start - len(close) + close.index("do")
            if any(MENTION_WANTING & _lemmas_of(word) for word in words[max(0, at - MENTION_ASKING_REACH):at]):
                return True
        there = set(folded[max(0, start - 2):start]) | set(folded[end:end + 2])
        return bool(MENTION_THERE & there) and not when_or_where
    return not any(asked(start, end) for start, end, _ in found)


# Session twenty-eight (bench/fresh175): a request put off until something else is heard ("najpierw posłucham o tych
# świadczeniach, a potem może zostawię wiadomość", "zanim poproszę o oddzwonienie, to chciałabym wiedzieć, w czym wy
# pomagacie"): what is asked now is the other matter
FIRST_WORDS = frozenset({"najpierw"})
THEN_WORDS = frozenset({"potem", "pozniej", "nastepnie"})
BEFORE_WORD = "zanim"
BEFORE_CLAUSE_ENDS = frozenset({"to", "chcialabym", "chcialbym", "chce", "prosze", "niech", "najpierw", "a"})
BEFORE_CLAUSE_LONGEST = 6


def put_off(words: Sequence[str], spans: Sequence[Span], requests: Collection[str]) -> set[str]:
    """The requests (of `requests`) every phrase of which is heard after "potem" (or "później") that follows a
    "najpierw", or inside a clause opened by "zanim" (to its "to", "chciałabym" or the like, at most six words): put
    off, not asked now. "Najpierw zostawię wiadomość" (no "potem" after it) and "zanim zapomnę, proszę o oddzwonienie"
    (the request after the clause) are asked as before."""
    folded = [fold(word) for word in words]
    later: list[tuple[int, int]] = []
    first = next((i for i, word in enumerate(folded) if word in FIRST_WORDS), None)
    if first is not None:
        then = next((i for i, word in enumerate(folded) if i > first and word in THEN_WORDS), None)
        if then is not None:
            later.append((then, len(folded)))
    for i, word in enumerate(folded):
        if word == BEFORE_WORD:
            end = next((j for j in range(i + 1, min(len(folded), i + 1 + BEFORE_CLAUSE_LONGEST))
                        if folded[j] in BEFORE_CLAUSE_ENDS), min(len(folded), i + 1 + BEFORE_CLAUSE_LONGEST))
            later.append((i, end))
    off = set()
    for choice in requests:
        found = _spans_of(spans, choice)
        if found and all(any(start <= s_start < end for start, end in later) for s_start, _, _ in found):
            off.add(choice)
    return off


# Session twenty-eight (bench/fresh178): the office's state remarked on, then another matter asked ("zamknięte, no
# trudno, ale powiedzcie chociaż, w czym wy pomagacie", "dobrze, że dziś jeszcze czynne, bo ja o zasiłek okresowy",
# "… już chyba po ptokach, skoro zamknięte")
STATE_WORDS = frozenset({"zamkniete", "zamkniety", "zamknieci", "czynne", "czynny", "czynni", "otwarte", "otwarty"})
REMARK_LEADS = frozenset({"skoro", "ze", "jak", "jeszcze", "juz"})


def state_remarked(words: Sequence[str], spans: Sequence[Span], hours: str) -> bool:
    """Every phrase of `hours` heard is one word of the office's state ("zamknięte", "czynne"), said as the first word
    or after "skoro", "że", "jak", "jeszcze" or "już", with no "czy" in the three words before it: a remark on the
    state, not a question of the hours. "Czy w czwartek jest czynne", "czy już zamknięte, bo chciałam nagrać wiadomość"
    (asked) and "do której otwarte" (a time) are not."""
    found = _spans_of(spans, hours)
    folded = [fold(word) for word in words]
    return bool(found) and all(end - start == 1 and folded[start] in STATE_WORDS and (
        start == 0 or folded[start - 1] in REMARK_LEADS) and "czy" not in folded[max(0, start - 3):start]
        for start, end, _ in found)


# Session twenty-six: a caller who corrects herself ("czy wy dajecie ten opał, a właściwie w czym wy pomagacie", "ja o
# adres chciałam, ale właściwie …", "zostawić wiadomość, to może, a nie, wróćmy do menu"): what is said after the
# correction is what is asked
# session twenty-eight: "nie, czekaj", "ale nie, właściwie" (bench/fresh163)
TOPIC_CORRECTIONS = frozenset({"znaczy", "tfu"})  # also round nine's correction of a key (flow.CORRECTIONS)
TOPIC_CORRECTIONS_AFTER_BUT = frozenset({"wlasciwie", "raczej"})  # "a właściwie", "ale raczej"; not "czym się właściwie"
CORRECTION_LEADS = frozenset({"a", "ale", "albo", "czy", "czyli", "nie"})
TOPIC_CORRECTION_SEQUENCES = (("nie", "nie"), ("to", "nie", "to"), ("nie", "czekaj"), ("nie", "poczekaj"))


def topic_correction_at(words: Sequence[str]) -> int | None:
    """The word after the last correction the caller made: "znaczy", "tfu", "a właściwie", "ale raczej", "nie,
    właściwie", "nie nie", "to nie to", "nie, czekaj", or "a nie" followed by an imperative ("a nie, wróćmy jednak";
    "a nie wiem" negates "wiem", "a nie z tą maszyną" sets what is not wanted against what is, and are none). None
    when there is none or nothing follows."""
    folded = [fold(word) for word in words]
    at = None
    for i, word in enumerate(folded):
        if word in TOPIC_CORRECTIONS or (word in TOPIC_CORRECTIONS_AFTER_BUT and i and folded[i - 1] in CORRECTION_LEADS):
            at = i + 1
        for sequence in TOPIC_CORRECTION_SEQUENCES:
            if tuple(folded[i:i + len(sequence)]) == sequence:
                at = i + len(sequence)
        if word == "a" and folded[i + 1:i + 2] == ["nie"] and i + 2 < len(words) and any(
                r.pos == "impt" for r in readings(words[i + 2])):
            at = i + 2
    return at if at is not None and at < len(words) else None


def proposed_to_the_line(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Session twenty-six: every phrase of danger heard holds a verb in the first person plural of the imperative
    ("a nie, wróćmy jednak do menu" heard as "nie wrócił"): what the caller proposes to the line, nobody in danger.
    "Nie wrócił do domu", "zabij mnie" (another person of the verb) are not."""
    found = _spans_of(spans, danger)
    return bool(found) and all(any(
        fold(word).endswith("my") and readings(word) and all(r.pos == "impt" for r in readings(word))
        for word in words[start:end]) for start, end, _ in found)


# Session twenty-six: "nie chodziło mi o żadną pomoc", "nie o pomoc nie chodziło, tylko o adres": "chodzić o" is what a
# matter is about, nobody who cannot walk
ABOUT_WHAT_BETWEEN = frozenset({"mi", "nam", "mnie", "tu", "tutaj", "wlasnie", "tylko"})
WALKING_AIDS = frozenset({"silach", "kulach", "kuli", "lasce", "balkoniku", "chodziku"})


def about_what_only(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of `choice` heard ends with a form of "chodzić" followed by "o", only "mi", "tylko" and the like
    between ("nie chodziło mi o żadną pomoc", "nie o pomoc nie chodziło, tylko o adres"): what it is about. Not when a
    walking aid follows ("tata nie chodzi o własnych siłach", "o kulach"), nor "tata już nie chodzi" (no "o")."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]

    def about(end: int) -> bool:
        if not folded[end - 1].startswith("chodzi"):
            return False
        after = [word for word in folded[end:end + 3] if word not in ABOUT_WHAT_BETWEEN]
        return after[:1] == ["o"] and not WALKING_AIDS & set(folded[end:end + 5])
    return bool(found) and all(about(end) for _, end, _ in found)


# Session twenty-six: "bo ja mam list wysłać", "muszę napisać pismo do kierownika": paper sent, no text message asked
PAPERS = frozenset({"list", "listem", "listu", "pismo", "pisma", "pismem", "paczke", "paczka", "wniosek", "wniosku",
                    "podanie", "skarge", "skarga", "kartke", "poczta", "poczte", "poleconym", "polecony", "odwolanie",
                    "reklamacje", "zaswiadczenie", "dokumenty", "papiery"})
PAPERS_REACH = 3  # words either side of the verb where what is sent is named


def papers_sent(words: Sequence[str], spans: Sequence[Span], sms: str) -> bool:
    """Every phrase of a text message heard is a bare verb of sending or writing ("wysłać", "napisać", "przesłać") with
    a paper named within three words ("list wysłać", "napisać pismo", "wysłać pocztą"): paper sent, no SMS asked for.
    "Wysłać esemesem", "proszę napisać na komórkę" (the message named in the phrase) are not."""
    found = _spans_of(spans, sms)
    folded = [fold(word) for word in words]
    return bool(found) and all(end - start == 1 and PAPERS & set(
        folded[max(0, start - PAPERS_REACH):start] + folded[end:end + PAPERS_REACH]) for start, end, _ in found)


# Session twenty-six: "ja się pogubiłem, cofnij mnie do tego pierwszego menu", "pogubiłam się, niech pani wróci do
# pierwszego menu": being lost told first, then the way back asked for
BACK_ASKING = frozenset({"niech", "prosze", "poprosze", "mozna", "moze"})
BACK_ASKING_REACH = 3  # words before the way back where the request stands ("niech pani wróci")
BACK_PLACES = ("menu", "poczat", "glown", "pierwsz", "spis")  # where to go back, named after the request


def back_asked_after_lost(words: Sequence[str], spans: Sequence[Span], lost: str, back: str) -> bool:
    """Every sign of being lost ends before a phrase of going back that is asked for — an imperative ("cofnij", "wróć")
    or "niech", "proszę", "można" within three words before it — with where to named after it ("menu", "początek",
    "główne"). "Pogubiłam się, nie wiem, czy wracać do menu" (no request), "wróciłam do menu i się pogubiłam" (lost
    after it) and "pogubiłam się, cofnij" (no place named: lost, as rounds nine and thirty-seven have it) are not."""
    lost_ends = [end for _, end, _ in _spans_of(spans, lost)]
    folded = [fold(word) for word in words]
    asked = [start for start, end, _ in _spans_of(spans, back) if any(
        any(r.pos == "impt" for r in readings(word)) for word in words[start:end])
        or BACK_ASKING & set(folded[max(0, start - BACK_ASKING_REACH):start])]
    return bool(lost_ends) and bool(asked) and max(lost_ends) <= min(asked) and any(
        word.startswith(BACK_PLACES) for word in folded[min(asked):])


# Session twenty-six: "syn pije i nie chodzi do roboty": not going to work or school, nobody who cannot walk
PLACES_GONE_TO = frozenset({"roboty", "pracy", "szkoly", "kosciola", "baru", "knajpy", "urzedu", "lekarza"})


def not_going_to(words: Sequence[str], spans: Sequence[Span], choice: str) -> bool:
    """Every phrase of `choice` heard ends with a form of "chodzić" followed by "do" and a place one goes to ("do
    roboty", "do pracy", "do kościoła"): where someone does not go, no one who cannot walk. "Tata nie chodzi, leży"
    and "nie chodzi do łazienki sam" (no such place) are not."""
    found = _spans_of(spans, choice)
    folded = [fold(word) for word in words]
    return bool(found) and all(folded[end - 1].startswith("chodzi") and folded[end:end + 1] == ["do"]
                               and folded[end + 1:end + 2] and folded[end + 1] in PLACES_GONE_TO
                               for _, end, _ in found)


# Session twenty-six: "ile kosztuje DPS, bo słyszałam, że zabierają siedemdziesiąt procent emerytury": the fee of a
# care home, taken by "them" (the institution), no one robbing the caller
TAKEN_BY_THEM = frozenset({"zabieraja", "zabiora", "biora", "sciagaja", "potracaja", "odbieraja", "odbiora",
                           "zabierali", "brali"})


def fee_taken_by_them(words: Sequence[str], spans: Sequence[Span], danger: str) -> bool:
    """Every phrase of danger heard holds a verb of taking in the third person plural with no subject named
    ("zabierają całą emeryturę", "siedemdziesiąt procent emerytury zabierają"): what an institution takes, said
    beside a care home. "Syn zabiera mi emeryturę" (a person, singular) is not."""
    found = _spans_of(spans, danger)
    folded = [fold(word) for word in words]
    return bool(found) and all(TAKEN_BY_THEM & set(folded[start:end]) for start, end, _ in found)


# Session twenty-six: "jak ja z tym chodzikiem ledwo do drzwi dojdę": how hard the caller walks, no way to the office
# asked
HARDLY = frozenset({"ledwo", "ledwie", "ledwiem"})
HARDLY_REACH = 3  # words before the verb where "ledwo" stands ("ledwo do drzwi dojdę")
NO_WAY = ("nie", "mam", "jak")  # "bo wcześniej nie mam jak dojechać": the caller's own travel


def hardly_gets_there(words: Sequence[str], spans: Sequence[Span], contact: str) -> bool:
    """Every phrase of the address card heard is one word with "ledwo" or "ledwie" within three words before it
    ("ledwo do drzwi dojdę", "ledwie dojdę do sklepu"), or "nie mam jak" just before ("bo wcześniej nie mam jak
    dojechać"): how hard the caller gets about. "Jak do was dojdę" (no "ledwo") and "jak mam dojechać" are not."""
    found = _spans_of(spans, contact)
    folded = [fold(word) for word in words]

    def hard(start: int) -> bool:
        before = folded[max(0, start - HARDLY_REACH):start]
        return bool(HARDLY & set(before)) or NO_WAY in zip(before, before[1:], before[2:])
    return bool(found) and all(end - start == 1 and hard(start) for start, end, _ in found)


# Round one hundred and fifty-four: the wishes and greetings a caller ends a long story with ("a tak to pozdrawiam
# serdecznie", "wszystkiego najlepszego", "bóg zapłać"), as against a farewell ("do widzenia") or thanks for what was
# heard ("dziękuję za informację")
COURTESY_WORDS = frozenset({"pozdrawiam", "pozdrawiamy", "pozdrowienia", "zycze", "zdrowia", "zdrowka", "wszystkiego",
                            "zaplac", "wynagrodzi", "szczesc", "milego", "wesolych", "zdrowych", "spokojnych",
                            "szczesliwego"})
# the words that make a courtesy a closing after all: thanks, or what was needed already known ("już wiem")
COURTESY_CLOSING = frozenset({"dziekuje", "dziekujemy", "dzieki", "wiem", "wiemy", "zapisalam", "zapisalem"})


def courtesy_after_matter(words: Sequence[str], spans: Sequence[Span], goodbye: str, matters: Sequence[str]) -> bool:
    """Every goodbye heard is a wish or a greeting (COURTESY_WORDS) said after a matter ("czy to prawda, że gmina daje
    dodatek na opał i jak go dostać, a tak to wszystkiego najlepszego", "mam się dowiedzieć o to osiemset plus, no i
    tak pozdrawiam serdecznie"): the courtesy ends the telling, the matter is what is asked. Not with thanks or what
    is already known anywhere ("o zasiłek już wiem, pozdrawiam", "dziękuję za pomoc, wszystkiego dobrego"), nor a
    farewell ("do widzenia"), nor with no matter before the first courtesy ("pozdrawiam, a zasiłek?")."""
    found = _spans_of(spans, goodbye)
    folded = [fold(word) for word in words]
    if not found or any(word in COURTESY_CLOSING and (at == 0 or folded[at - 1] != "nie")
                        for at, word in enumerate(folded)):
        return False  # "nie wiem, w czym wy pomagacie" knows nothing yet
    if not all(COURTESY_WORDS & set(folded[start:end]) for start, end, _ in found):
        return False
    first = min(start for start, _, _ in found)
    return any(end <= first for c, _, end, _ in spans if c in matters)


# Round one hundred and fifty-nine: a person sent somewhere ("po świętach syna wyślę z papierami", "gdzie by go na
# terapię wysłać"): the one sent, or where to (a treatment), near a bare verb of sending
SENT_PEOPLE = frozenset({"go", "ich", "je", "syna", "corke", "meza", "zone", "wnuka", "wnuczke", "brata",
                         "siostre", "ojca", "matke", "mame", "tate", "sasiada", "sasiadke", "dziecko", "dzieci"})
SENT_TO_TREATMENT = frozenset({"terapie", "terapia", "leczenie", "odwyk", "detoks", "odtrucie"})
SENT_REACH = 3  # words either side of the verb ("gdzie by go na terapię wysłać")
SENDING_VERBS = frozenset({"wyslac", "przeslac", "przyslac", "poslac", "wysylac", "przesylac", "przysylac"})  # lemmas, folded


def someone_sent(words: Sequence[str], spans: Sequence[Span], sms: str) -> bool:
    """Every phrase of a text message heard is a bare verb of sending (one word) with a person sent, or a treatment to
    send them to, within three words either side: someone sent, no SMS asked for. "Wyślijcie esemesa do syna" (the
    message named) and "proszę wysłać mi adres, bo syn przyjedzie" (the son not sent) are not."""
    found = _spans_of(spans, sms)
    folded = [fold(word) for word in words]
    return bool(found) and all(end - start == 1 and SENDING_VERBS & lemmas(words[start]) and (
        SENT_PEOPLE | SENT_TO_TREATMENT) & set(
        folded[max(0, start - SENT_REACH):start] + folded[end:end + SENT_REACH]) for start, end, _ in found)
