"""Map a caller's Ukrainian words (speech result in uk-UA or an SMS in Cyrillic) to a menu choice:
the counterpart of ivr.call.understand for the Ukrainian line, with the same result (Match).

The word lists are uk.toml's [words] (the same keys as pl.toml). Matching one caller word
against one list word, best tier wins (the tiers and thresholds of ivr.call.understand):
  100  exact        the same word (apostrophes ' ’ ʼ are one letter)
   96  lemma        the same dictionary lemma (pymorphy3 with its Ukrainian dictionary):
                    "передзвоніть" ~ "передзвонити", "годинах" ~ "години" (година)
   95  stem         the same stem once a Ukrainian ending is cut ("опаленням" ~ "опалення")
   90  derivation   the caller's word starts with the list word's whole stem of 5+ letters
  ~77-89 typo       rapidfuzz ratio >= 85, both words 5+ letters, same first letter
Words of 3 letters or fewer match exactly only ("не", "що", "так" never match a longer word).
A phrase matches when each of its words matches the caller's words in a row; its quality is
its worst word's (a gapped choice's phrase may have words between: see GAP). A choice's score
is its best keyword's, + 5 for each further keyword on other words (at most +10), up to 110 for
ranking (understand.MAX_SCORE; reported capped at 100); a keyword inside a longer phrase of
another choice is dropped. The best choice wins when it has 70 and leads by 10
(understand.best_of); the lists said alone (a key said as a word, "що?", "дякую") count only
as the whole answer, as in Polish.

The Polish matcher's protections, switched on by the flow as for Polish (flow.STRICT,
flow.NEGATABLE, names="person"): strict lists match by the word, lemma or stem only; a keyword of
a negatable list right after "не" (or "не" and a link: "не є", "не треба") is denied ("п'є, але
не б'є" is no danger); a name after "пані", "пан", "з" is a person (pymorphy3's Name/Surn/Patr
tags, or a capitalized word after a title), and a topic word inside it does not count.

`understand(text, words)` applies the precedence of the [words] comment of pl.toml: danger, a
person, goodbye, then the best of the rest. `language_asked(text)` says whether a caller asks for
Ukrainian or Polish ("українською", "po ukraińsku", "польською").
"""
from __future__ import annotations

import re
import threading
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from cachetools import LRUCache
from rapidfuzz import fuzz

from ivr.call.understand import (
    EXACT,
    EXTRA_BONUS,
    FUZZY_CUTOFF,
    FUZZY_FACTOR,
    GENERIC_WEIGHT,
    LEMMA,
    MAX_EXTRA,
    MAX_SCORE,
    PREFIX,
    STEM,
    THRESHOLD,
    Match,
    _compile_key,
    best_of,
)

__all__ = ["UkrainianMatcher", "UkrainianSayings", "understand", "language_asked", "tokens", "lemmas", "is_story",
           "asks_when", "weekday_named", "said_as_object", "service_by_mistake",
           "echoed", "priced", "documents_for_elsewhere", "title_of_place_called", "addressed", "where_to_turn",
           "worker_as_someone", "gone_since", "help_of_kind",
           "write_down_asked", "neglected_down", "talk_denied",
           "neither_wanted", "works_with", "dialled_wrong", "talk_with_family", "present_as_reason", "sent_before",
           "callback_wished", "over_and_well", "time_asked", "refused_after", "own_call", "own_plan",
           "prices_of", "own_schedule", "phone_as_device", "drinking_over", "danger_now_after", "child_alone"]

MIN_INFLECT = 4  # shorter words match exactly only
MIN_STEM = 3
MIN_PREFIX_STEM = 5
MIN_FUZZY = 5
MAX_TOKENS = 400
MEMO_LIMIT = 50_000  # caller words kept with their matches, per matcher

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+\+?")
# Ukrainian inflectional endings, longest first (nouns, adjectives, verbs, the reflexive -ся).
_ENDINGS = sorted("""
    ами ями ого ому ими іми ого ому ого єю ею ою ій ий ої ої ів їв ах ях ам ям ом ем им ім
    ти ть те ся сь ла ло ли ав ив ув ють ять уть ать ить ите іть ете емо имо ємо
    а я у ю і ї и е є о ь й
""".split(), key=len, reverse=True)

# Common words that match exactly only (a pronoun is no form of "меню"; "будь ласка" goes with anything).
STOPWORDS = frozenset("""
    мені мене мною мій моя моє мої ви вас вам вами ваш ваша ваше ваші нам нас нами наш наша він вона
    воно вони його її їх їм йому ним нею себе собі будь ласка хочу хотів хотіла можна можу можете
    треба потрібно потрібна потрібен дуже ще вже тут там тепер зараз це цей ця ці той та те яка який
    яке які як що чи коли де хто чому бо але або також теж тільки лише добрий день добрий вечір
    називається називають
""".split())
# Round thirty: list words that count alone only as said (or as a near word: "работаєте"), never by their lemma or
# stem: "працюєте" (you work: when the office works) is not "працюю" (I work), "работаете" not "работаю". Inside a
# phrase ("коли працюєте") they match as any word does.
EXACT_ALONE = frozenset({"працюєте", "работаете"})
# Words said with any request: their keywords weigh GENERIC_WEIGHT ("допомога" alone is still
# about the office, "допомога з опаленням" is heating). A word is generic when it starts so.
GENERIC_PREFIXES = ("допомог", "допоможі", "допомага", "опс", "ops", "gops", "mops", "гопс", "мопс", "центр", "соціальн", "гмін", "kleszczew", "клещев", "інформац", "питанн",
                    # the same in Russian, as refugees write SMS (ivr.textline.ukrainian.RUSSIAN_WORDS)
                    "помощ", "помог", "социальн", "информац", "вопрос")
# Lists that weigh less: a day or "where" beside a topic ("коли працює центр" is the hours);
# the general benefits beside a named benefit (as the Polish line's WEAK).
WEAK = {"when": 0.9, "where": 0.9, "benefits": 0.85}

# The lists said alone (the whole answer), and the choice each one means.
ALONE = {"repeat_alone": "repeat", "lost_alone": "lost", "goodbye_alone": "goodbye", "no_alone": "no"}
KEYS = ("key_0", "key_1", "key_2", "key_3", "key_4", "key_5", "key_6", "key_7", "key_8", "key_9",
        "key_star", "key_hash")
# Lists that are no choice of their own.
NOT_CHOICES = frozenset({*ALONE, *KEYS, "key_filler", "hesitation", "thanks"})
# When several are heard, these win in this order (as in pl.toml's [words] comment).
FIRST = ("danger", "person", "goodbye")
# A keyword of a negatable choice right after these is denied ("він не б'є"), or after one and a
# link ("не є агресивний", "не треба працівника"), as understand.NEGATIONS and NEGATION_LINKS in
# Polish. "Ні" ("no") is no negation of the next word: "ні, з працівником" asks for one.
NEGATIONS = frozenset({"не", "ніколи"})
NEGATION_LINKS = frozenset("є був була було буде були треба потрібно хочу хочемо".split())
# A person asked for by name: "пані Оксана", "з паном Тарасом", "з Оксаною" (understand.NAME_LEADS).
TITLE_LEADS = frozenset("пан пані пана паном панові пане панею панна панству".split())
NAME_LEADS = TITLE_LEADS | {"з", "із", "зі"}
# Round six: a phrase of a gapped choice (danger, a person) of two or more content words also
# counts with up to GAP words between ("дайте мені когось" for "дайте когось", "двері він ламає"),
# none of them "не", weighing GAP_FACTOR less (understand.GAP, GAP_FACTOR in Polish).
GAP, GAP_FACTOR = 2, 0.97
# A keyword of a refusable choice (a message, an SMS, a call-back; on the phone a visit) is refused after "ніякого",
# "жодного", "без", or after "не" with up to REFUSAL_REACH of these words between: "не хочу
# ніякого повідомлення", "не треба мені дзвонити", "не хочу, щоб хтось до нас прийшов" (understand.REFUSAL_* in Polish).
REFUSAL_LEADS = frozenset("ніякого ніякої ніяких ніяке жодного жодної жодних жодне без".split())
REFUSAL_BRIDGE = frozenset("""хочу хотіла хотів хочемо треба потрібно буду залишати залишу залишити записувати
    надсилати надсилайте присилати дзвонити передзвонювати прошу мені мене вже зовсім ніякого ніякої ніяких
    жодного жодної жодних нічого ніяк ці цих цей це той те вмію щоб хтось
    надо нужно оставлять оставить записывать звонить перезванивать ничего никакого""".split())
# Round thirty: what was asked is denied ("я не просила, щоб мені дзвонили"), and the message named between "не" and
# the verb ("не вмію ці повідомлення записувати").
REFUSAL_BRIDGE |= frozenset("просила просив просили повідомлення".split())
REFUSAL_REACH = 4
# Spoken and surzhyk variants of one word, read as the word of the lists (both sides go through
# tokens()): "немає" is "нема", "ало" is "алло", "шо"/"чо" is "що", "щас" is "зараз", "всьо" is "все".
VARIANTS = {"немає": "нема", "нєма": "нема", "нема'": "нема", "ало": "алло", "шо": "що", "чо": "що", "щас": "зараз",
            "щяс": "зараз", "всьо": "все", "тіки": "тільки", "тіко": "тільки", "тре": "треба", "нада": "треба",
            "шось": "щось", "шото": "щось",
            # round twenty-four: a farewell said last ("прийду завтра, бувайте") is "прощавайте", never a form of
            # "бувати" ("так буває")
            "бувайте": "прощавайте", "бувай": "прощавайте",
            # round twenty-eight: the Russian "да" of a surzhyk answer is "так" ("ага да мій": yes, mine; "да ні": no)
            "да": "так",
            # round thirty: the spoken "шоб", "якшо" of mixed speech are "щоб", "якщо" ("хочу шоб хтось прийшов")
            "шоб": "щоб", "якшо": "якщо",
            # round thirty-one: Friday written without its apostrophe ("завтра пятниця") is no drunkard ("п'яниця")
            "пятниця": "п'ятниця", "пятницю": "п'ятницю", "пятниці": "п'ятниці",
            # round thirty-five: "у" for "в" after a vowel ("дід упав"): the fall of the danger list
            "упав": "впав", "упала": "впала", "упал": "впав",
            # round thirty-five: the Russian-formed "дойти" of surzhyk is "дійти" ("а як до вас дойти")
            "дойти": "дійти"}
# A soft sign written for the apostrophe, the Russian way: "бьє", "пьяний", "сімья" are "б'є", "п'яний", "сім'я".
_SOFT_SIGN = re.compile(r"(?<=[бпвмфр])ь(?=[єюяї])")
# Hesitations however long the recogniser writes them: "ееее", "мммм", "еммм", "хмм".
_HESITATION = re.compile(r"(?:е+м*|м+|[гх]м+|е+х?)")


def tokens(text: str, hesitations: Collection[str] = ()) -> list[str]:
    """Lower-case words, apostrophes unified, hesitations dropped (those given, and "ееее", "мммм"
    however long), spoken variants read as the listed word (VARIANTS): "Е-е, ДО КОТРОЇ?" -> ["до", "котрої"]."""
    words = _WORD.findall(_SOFT_SIGN.sub("'", text.lower().translate(_APOSTROPHES)))
    drop = {h.lower() for h in hesitations}
    return [VARIANTS.get(w, w) for w in words if w not in drop and not _HESITATION.fullmatch(w)][:MAX_TOKENS]


@lru_cache(maxsize=1)
def _morph():
    """pymorphy3's Ukrainian analyzer, or None when it is not installed (stems still work)."""
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a lean install without the dictionary
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang="uk")
    except (ValueError, OSError):  # pragma: no cover - dictionaries missing
        return None


@lru_cache(maxsize=50_000)
def lemmas(word: str) -> frozenset[str]:
    """Dictionary lemmas of a Ukrainian word ("годинах" -> {"година"}); empty for a short word."""
    morph = _morph()
    if morph is None or len(word) < MIN_INFLECT or word.isdigit():
        return frozenset()
    return frozenset(p.normal_form.replace("’", "'") for p in morph.parse(word))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=200_000)
def quality(heard: str, listed: str) -> float:
    """How well one caller word matches one list word (0: not at all); kept for the same pairs,
    which every matcher of a line and every message meet again (the SMS line asks ~20 matchers)."""
    if heard == listed or ("'" in listed and heard == listed.replace("'", "")):
        return EXACT  # "бє", "пяний": an SMS typed without the apostrophe
    if len(heard) < MIN_INFLECT or len(listed) < MIN_INFLECT or heard in STOPWORDS or listed in STOPWORDS:
        return 0.0
    if lemmas(heard) & lemmas(listed):
        return LEMMA
    if stem(heard) == stem(listed) or ("'" in listed and stem(heard) == stem(listed.replace("'", ""))):
        return STEM
    root = stem(listed)
    if len(root) >= MIN_PREFIX_STEM and heard.startswith(root):
        return PREFIX
    if len(heard) >= MIN_FUZZY and len(listed) >= MIN_FUZZY and heard[0] == listed[0] \
            and abs(len(heard) - len(listed)) <= 1:
        ratio = fuzz.ratio(heard, listed)
        if ratio >= FUZZY_CUTOFF:
            return ratio * FUZZY_FACTOR
    return 0.0


# Built tables of recent vocabularies, shared by matchers of the same words (each keeps its own
# memo), as understand.Matcher's; the Ukrainian line and text line have about 25 vocabularies.
COMPILED_LIMIT = 64
_COMPILED: LRUCache = LRUCache(COMPILED_LIMIT)
_COMPILED_LOCK = threading.Lock()


class UkrainianMatcher:
    """Choices of a vocabulary {choice: [words or phrases]}, as understand.Matcher gives them."""

    def __init__(self, vocabulary: Mapping[str, Sequence[str]], *, hesitations: Collection[str] = (),
                 weak: Mapping[str, float] | None = None, strict: Collection[str] = (),
                 negatable: Collection[str] = (), names: str | None = None, gapped: Collection[str] = (),
                 refusable: Collection[str] = ()):
        """As understand.Matcher's: strict: choices matched by exact word, lemma or stem only
        (never a prefix or a near word: "тиша" is no "тихо"); negatable: choices whose words do
        not count right after "не" ("він не б'є" is no danger); names: the choice a name after
        "пані", "пан", "з" asks for ("з пані Вірою": a person, never "віра" or "надія" as words);
        gapped: choices whose phrases of two content words count with up to GAP words between;
        refusable: choices whose words do not count when refused ("не хочу ніякого повідомлення")."""
        self.hesitations = tuple(hesitations)
        self.weak = dict(WEAK if weak is None else weak)
        self.strict = frozenset(strict)
        self.negatable = frozenset(negatable)
        self.names = names
        self.gapped = frozenset(gapped)
        self.refusable = frozenset(refusable)
        # The read-only tables are built once per vocabulary in a process (as understand.Matcher's):
        # a line builds about twenty matchers, and every new app and content reload the same again.
        key = _compile_key(vocabulary, self.weak, self.strict, names, self.hesitations, self.negatable,
                           self.gapped, self.refusable)
        with _COMPILED_LOCK:
            tables = _COMPILED.get(key) if key is not None else None
        if tables is None:
            self._keywords = [(choice, tuple(tokens(item))) for choice, items in vocabulary.items() for item in items]
            self._keywords = [(c, w) for c, w in self._keywords if w]
            self._index()
            tables = {name: value for name, value in vars(self).items() if name.startswith("_") and name != "_memo"}
            if key is not None:
                with _COMPILED_LOCK:
                    _COMPILED[key] = tables
        self.__dict__.update(tables)
        self._memo: dict[str, dict[str, float]] = {}

    def _index(self) -> None:
        """Where each list word can be found from a caller's word: by itself, without its
        apostrophe, by its lemmas, its stem, its root (a prefix) and its first letter and length
        (a near word); the keywords by their first word. Only these candidates are compared
        (quality() decides), so a caller's word is not compared with every word of the lists."""
        self._by_first: dict[str, list[int]] = {}
        for i, (_, words) in enumerate(self._keywords):
            self._by_first.setdefault(words[0], []).append(i)
        self._vocab = frozenset(w for _, words in self._keywords for w in words)
        self._alone = frozenset(words[0] for _, words in self._keywords if len(words) == 1)  # keywords of one word
        self._bare: dict[str, set[str]] = {}
        self._by_lemma: dict[str, set[str]] = {}
        self._by_stem: dict[str, set[str]] = {}
        self._by_root: dict[str, set[str]] = {}
        self._by_near: dict[tuple[str, int], set[str]] = {}
        for listed in self._vocab:
            if "'" in listed:
                self._bare.setdefault(listed.replace("'", ""), set()).add(listed)
            if len(listed) < MIN_INFLECT or listed in STOPWORDS:
                continue
            for lemma in lemmas(listed):
                self._by_lemma.setdefault(lemma, set()).add(listed)
            for root in {stem(listed), stem(listed.replace("'", ""))}:
                self._by_stem.setdefault(root, set()).add(listed)
            if len(stem(listed)) >= MIN_PREFIX_STEM:
                self._by_root.setdefault(stem(listed), set()).add(listed)
            if len(listed) >= MIN_FUZZY:
                self._by_near.setdefault((listed[0], len(listed)), set()).add(listed)
        self._memo: dict[str, dict[str, float]] = {}

    def _matches(self, word: str) -> dict[str, float]:
        """The list words a caller's word matches, with their quality (kept for the next text)."""
        found = self._memo.get(word)
        if found is not None:
            return found
        candidates = set(self._bare.get(word, ()))
        if word in self._vocab:
            candidates.add(word)
        if len(word) >= MIN_INFLECT and word not in STOPWORDS:
            for lemma in lemmas(word):
                candidates |= self._by_lemma.get(lemma, set())
            candidates |= self._by_stem.get(stem(word), set())
            for end in range(MIN_PREFIX_STEM, len(word) + 1):
                candidates |= self._by_root.get(word[:end], set())
            if len(word) >= MIN_FUZZY:
                for length in (len(word) - 1, len(word), len(word) + 1):
                    candidates |= self._by_near.get((word[0], length), set())
        found = {listed: q for listed in candidates if (q := quality(word, listed))}
        if len(self._memo) < MEMO_LIMIT:
            self._memo[word] = found
        return found

    def _as_listed(self, found: dict[str, float]) -> dict[str, float]:
        """Round thirty-one: a word heard as a list has it for a keyword of its own is no misspelling of another
        ("п'ятниця" is Friday, not the typo tier's "п'яниця", a drunkard): its near words are dropped."""
        if any(q == EXACT and listed in self._alone for listed, q in found.items()):
            return {listed: q for listed, q in found.items() if q >= PREFIX}
        return found

    def scores(self, text: str) -> list[Match]:
        """Every choice heard, best first."""
        heard, hits = self._hits(text)
        if self.names:
            hits += [(self.names, EXACT, i - 1, i + 1, " ".join(heard[i - 1:i + 1])) for i in _named(text, heard)]
            hits += [(self.names, EXACT, start, end, " ".join(heard[start:end])) for start, end in _office_worker(heard)]
        # A keyword inside a longer phrase of another choice is that phrase's: "не чую" is no "чую".
        kept = [h for h in hits if not any(o[0] != h[0] and o[3] - o[2] > h[3] - h[2] and o[2] <= h[2] and h[3] <= o[3]
                                           for o in hits)]
        by_choice: dict[str, list] = {}
        for hit in kept:
            by_choice.setdefault(hit[0], []).append(hit)
        results = []
        for choice, found in by_choice.items():
            found.sort(key=lambda h: (-h[1], h[2]))
            best = found[0]
            # Each further keyword on words of its own adds (one caller word matching two
            # keywords counts once), up to MAX_SCORE: ranked past 100, reported capped (best_of).
            extra = min(len({h[4] for h in found}), len({h[2] for h in found})) - 1
            score = min(MAX_SCORE, best[1] + EXTRA_BONUS * min(MAX_EXTRA, extra))
            results.append(Match(choice, score, " ".join(heard[best[2]:best[3]]), max(h[3] for h in found)))
        results.sort(key=lambda m: (-m.score, m.choice))
        return results

    def named(self, text: str) -> list[tuple[int, int]]:
        """Round twenty-seven: where a person is asked for by name ("пані Олени": the title and the name), as spans of
        words() (the person's hits that scores() adds)."""
        if not self.names:
            return []
        heard = tokens(text, self.hesitations)
        return [*((i - 1, i + 1) for i in _named(text, heard)), *_office_worker(heard)]

    def spans(self, text: str) -> list[tuple[str, int, int, float]]:
        """Every keyword found in the text, before a longer phrase covers a shorter one: (choice, its first
        word, the word after its last, score), words counted as tokens(text) counts them (as
        understand.Matcher.spans; the text line leaves other offices' matters out by them, round ten)."""
        return [(choice, start, end, found) for choice, found, start, end, _ in self._hits(text)[1]]

    def words(self, text: str) -> list[str]:
        """The words spans() counts."""
        return tokens(text, self.hesitations)

    def _hits(self, text: str) -> tuple[list[str], list[tuple[str, float, int, int, str]]]:
        """The words heard and every keyword found in them: (choice, quality, start, end, keyword)."""
        heard = tokens(text, self.hesitations)
        matched = [self._as_listed(self._matches(w)) for w in heard]
        at = sorted((i, start) for start, found in enumerate(matched) for first in found
                    for i in self._by_first.get(first, ()))  # in the order of the lists, as written
        hits = []  # (choice, quality, start, end, keyword)
        for i, start in at:
            choice, words = self._keywords[i]
            if start > len(heard) - len(words):
                continue
            found = EXACT  # the worst word's quality; a word that does not match ends the phrase
            for offset, word in enumerate(words):
                found = min(found, matched[start + offset].get(word, 0.0))
                if not found:
                    break
            end = start + len(words)
            if not found and choice in self.gapped and len([w for w in words if w not in STOPWORDS]) >= 2:
                found, end = _gapped(heard, start, words)
            if choice in self.strict and found < STEM:
                continue
            if len(words) == 1 and words[0] in EXACT_ALONE and found < EXACT and not _near(heard[start], words[0]):
                continue
            if found > 0 and not (choice in self.negatable and _denied(heard, start)) \
                    and not (choice in self.refusable and _refused(heard, start)):
                found *= self._weight(choice, words) * (GAP_FACTOR if end - start > len(words) else 1.0)
                hits.append((choice, found, start, end, " ".join(words)))
        return heard, hits

    def match(self, text: str) -> Match | None:
        return best_of(self.scores(text))

    def _weight(self, choice: str, words: tuple[str, ...]) -> float:
        content = [w for w in words if w not in STOPWORDS] or words  # "яка допомога" is "допомога"
        generic = GENERIC_WEIGHT if all(w.startswith(GENERIC_PREFIXES) for w in content) else 1.0
        return min(generic, self.weak.get(choice, 1.0))


def _near(heard: str, listed: str) -> bool:
    """A near word of the same length (one letter more or less) by the typo tier's measure ("работаєте" ~
    "работаете"), whatever its lemma or stem ("працюю" is not near "працюєте")."""
    return heard[:1] == listed[:1] and abs(len(heard) - len(listed)) <= 1 and fuzz.ratio(heard, listed) >= FUZZY_CUTOFF


def _gapped(heard: list[str], start: int, words: tuple[str, ...]) -> tuple[float, int]:
    """A phrase heard from `start` with up to GAP words (none of them "не") before each of its
    further words: (its worst word's quality, where it ends), or (0, start)."""
    found = quality(heard[start], words[0])
    at = start + 1
    for word in words[1:]:
        if not found:
            break
        best = 0.0
        for j in range(at, min(len(heard), at + GAP + 1)):
            best = quality(heard[j], word)
            if best:
                at = j + 1
                break
            if heard[j] in NEGATIONS:
                break
        found = min(found, best)
    return (found, at) if found else (0.0, start)


def _refused(heard: list[str], start: int) -> bool:
    """A refusable keyword at `start` after "ніякого", "без", or after "не" with only words of
    wanting or leaving between ("не хочу залишати повідомлення")."""
    if heard[start] in NEGATIONS:
        return False
    if start and heard[start - 1] in REFUSAL_LEADS:
        return True
    for j in range(start - 1, max(-1, start - 2 - REFUSAL_REACH), -1):
        if heard[j] in NEGATIONS:
            return True
        if heard[j] not in REFUSAL_BRIDGE:
            return False
    return False


def _denied(heard: list[str], start: int) -> bool:
    """A keyword at `start` said right after "не" ("не б'є"), or after "не" and a link ("не треба ...")."""
    if heard[start] in NEGATIONS:
        return False
    before = heard[max(0, start - 2):start]
    return bool(before) and (before[-1] in NEGATIONS or (
        len(before) == 2 and before[0] in NEGATIONS and before[1] in NEGATION_LINKS))


@lru_cache(maxsize=16384)
def is_name(word: str) -> bool:
    """A first name, surname or patronymic by pymorphy3's Ukrainian dictionary ("Оксаною", "Ковальська")."""
    morph = _morph()
    if morph is None or len(word) < 3 or len(word) > 30:
        return False
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in morph.parse(word))


def _named(text: str, heard: list[str]) -> list[int]:
    """Where a name follows a lead ("пані Віра", "з Оксаною"): the name's index in `heard`. After a
    title a capitalized word counts too (a surname the dictionary lacks: "пані Radzimska")."""
    capitals = {w.lower() for w in _WORD.findall(text.translate(_APOSTROPHES)) if w[:1].isupper()}
    found = []
    for i in range(1, len(heard)):
        lead, word = heard[i - 1], heard[i]
        if lead not in NAME_LEADS or word in STOPWORDS:
            continue
        if (lead in TITLE_LEADS and (word in capitals or is_name(word))) or _first_name(word):
            found.append(i)
    return found


# Round twenty-eight: the office by its popular name after a title ("пані з опіки", as the Polish "pani z opieki"): a
# worker of the office, asked for as a person is by name (the phone's matcher only: the text line reads "з опіки" as
# the office named, ivr.textline.ukrainian's office_names).
OFFICE_BY_NAME = frozenset({"опіка"})
FROM = frozenset({"з", "із", "зі"})


def _office_worker(heard: Sequence[str]) -> list[tuple[int, int]]:
    """Where a title is followed by "з" and the office by its popular name ("пані з опіки", "пана з опіки"): spans of
    `heard` (the title to the office's name). "Мамі потрібна опіка", "допомога з опіки" (no title) are not."""
    return [(i, i + 3) for i in range(len(heard) - 2)
            if heard[i] in TITLE_LEADS and heard[i + 1] in FROM and lemmas(heard[i + 2]) & OFFICE_BY_NAME]


@lru_cache(maxsize=16384)
def _first_name(word: str) -> bool:
    """A word whose every reading is a first name ("Оксаною"; not "віра", which is also "faith")."""
    morph = _morph()
    if morph is None or len(word) < 3 or len(word) > 30:
        return False
    parses = morph.parse(word)
    return bool(parses) and all("Name" in p.tag.grammemes for p in parses)


def _alone(text: str, words: Mapping[str, Sequence[str]]) -> Match | None:
    """A list said alone as the whole answer (fillers dropped): a key, "що?", "дякую", "ні"."""
    heard = tokens(text, words.get("hesitation", ()))
    fillers = {w for item in words.get("key_filler", ()) for w in tokens(item)}
    for answer in (heard, [w for w in heard if w not in fillers]):
        if not answer:
            continue
        for name in (*KEYS, *ALONE):
            for item in words.get(name, ()):
                listed = tokens(item)
                if len(listed) == len(answer) and all(quality(a, b) >= STEM for a, b in zip(answer, listed)):
                    return Match(ALONE.get(name, name), EXACT, " ".join(answer), len(answer))
    return None


def _once(words: list[str]) -> list[str]:
    """The words with one said twice or more in a row kept once: "два два" -> "два"."""
    return [w for i, w in enumerate(words) if not i or words[i - 1] != w]


# Round twenty-four: verbs of pressing a key (Ukrainian and Russian, any person: "натисни", "натисну",
# "тисніть", "тицни", "нажми", "клацни") and "давайте"/"давай" ("давайте нуль"): a key word beside them is chosen.
PRESS_STEMS = ("натис", "тисн", "тицн", "тикн", "нажм", "нажим", "клацн")
PRESS_WORDS = frozenset({"давайте", "давай", "жми", "жміть"})


def _presses(word: str) -> bool:
    return word in PRESS_WORDS or word.startswith(PRESS_STEMS)


class UkrainianSayings:
    """Short answers that mean a choice only as the whole answer ("вісімка", "що?", "дякую"), as
    understand.Sayings for the Polish line: each word in any form (the same stem or lemma);
    fillers ("номер", "будь ласка") dropped when the whole answer does not match as it is."""

    def __init__(self, phrases: Mapping[str, Sequence[str]], fillers: Sequence[str] = ()):
        self._phrases = [(choice, tuple(tokens(item))) for choice, items in phrases.items()
                         for item in ([items] if isinstance(items, str) else items)]
        self._phrases = [(c, w) for c, w in self._phrases if w]
        fill = [tuple(tokens(f)) for f in fillers]
        self._fillers = frozenset(words[0] for words in fill if len(words) == 1)
        self._filler_phrases = sorted({words for words in fill if len(words) > 1}, key=len, reverse=True)

    def match(self, text: str) -> str | None:
        heard = tokens(text)
        for words in (heard, self._without_fillers(heard)):
            for answer in (words, _once(words)):  # a word said twice in a row ("два два") counts once
                found = self._choice(answer)
                if found is not None:
                    return found
            found = self._said_two_ways(words)
            if found is not None:
                return found
        return None

    def _said_two_ways(self, heard: list[str]) -> str | None:
        """Round thirty: two or three words, each of them alone the same choice ("п'ять п'ятірка", "одиничка один"):
        one key said in two ways. Two keys ("два три") or a word that is no key ("п'ять років") are none."""
        if not 1 < len(heard) <= 3:
            return None
        each = {self._choice([word]) for word in heard}
        return each.pop() if len(each) == 1 and None not in each else None

    def pressed(self, text: str) -> str | None:
        """Round twenty-four: a key said beside a verb of pressing, however the rest of the answer goes
        (a grandchild told what to press): the key word(s) after the last such verb, fillers dropped
        ("так бабусю я натисну двієчку", "тисни п'ятірку", "давайте нуль"), or one key word right
        before it ("вісімку тицни там"). A figure of something else ("два рази натиснула") is none."""
        heard = tokens(text)
        for at in range(len(heard) - 1, -1, -1):
            if not _presses(heard[at]):
                continue
            after = self._without_fillers(heard[at + 1:])
            found = self._choice(_once(after)) if after else None
            if found is None and at and heard[at - 1] not in self._fillers:
                found = self._choice([heard[at - 1]])
            before = self._without_fillers(heard[max(0, at - 2):at])
            if found is None and len(before) == 1:  # round thirty-three: "зірочку то натиснути чи сказати"
                found = self._choice(before)
            if found is not None:
                return found
        return None

    def before_because(self, text: str) -> str | None:
        """Round twenty-seven: a key among fillers, then its reason after "бо" ("вісім бо я українка", "три значить бо
        про роботу"), as the Polish Sayings.chosen_before_because. Not when more than a key comes before "бо" ("маю
        одне питання бо..." is no key 1)."""
        heard = tokens(text)
        if "бо" not in heard[1:]:
            return None
        head = self._without_fillers(heard[:heard.index("бо", 1)])
        return self._choice(_once(head)) if head else None

    def _without_fillers(self, heard: list[str]) -> list[str]:
        kept, i = [], 0
        while i < len(heard):
            for phrase in self._filler_phrases:
                if tuple(heard[i:i + len(phrase)]) == phrase:
                    i += len(phrase)
                    break
            else:
                if heard[i] not in self._fillers:
                    kept.append(heard[i])
                i += 1
        return kept

    def _choice(self, heard: list[str]) -> str | None:
        if not heard:
            return None
        choices = {choice for choice, words in self._phrases
                   if len(words) == len(heard) and all(quality(a, b) >= STEM for a, b in zip(heard, words))}
        return choices.pop() if len(choices) == 1 else None


# Round twenty-four: "це все" asked for or to be done ("можна це все есемеской скинути", "треба це все заповнити")
# is the object of a request, not "that is all" (the Polish line's senses.said_with_infinitive).
OBJECT_LEADS = frozenset({"це", "все"})
ASKING = frozenset("можна можете могли треба потрібно хочу хотіла хотів хочемо".split())


@lru_cache(maxsize=16384)
def _imperative(word: str) -> bool:
    morph = _morph()
    return morph is not None and len(word) >= MIN_INFLECT and any({"impr", "IMPR"} & p.tag.grammemes
                                                                  for p in morph.parse(word))


@lru_cache(maxsize=16384)
def _infinitive(word: str) -> bool:
    morph = _morph()
    # the grammemes as strings: a Russian dictionary loaded in the same process knows "INFN", not "infn"
    return morph is not None and len(word) >= MIN_INFLECT and any({"infn", "INFN"} & p.tag.grammemes
                                                                  for p in morph.parse(word))


def said_as_object(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every goodbye phrase heard (`spans`: its first word and the word after its last, in `heard`) opens with
    "це" or "все" and is asked for ("можна", "треба", "хочу" right before it) or stands beside an infinitive (right
    before it, right after it, or one word after it when that word asks nothing: "це все есемеской скинути"):
    the object of a request. Round twenty-seven: or one of the two words before it is an imperative ("пришліть мені
    це все смскою", "повторіть це все"). "Дякую, це все", "це все, що я хотіла знати", "це все, можна класти трубку" are
    still the goodbye."""
    if not spans or not all(heard[start] in OBJECT_LEADS for start, _ in spans):
        return False

    def asked(start: int, end: int) -> bool:
        if start and (heard[start - 1] in ASKING or _infinitive(heard[start - 1])):
            return True
        if any(_imperative(word) for word in heard[max(0, start - 2):start]):
            return True  # round twenty-seven: "пришліть мені це все смскою"
        after = heard[end:end + 2]
        return bool(after) and (_infinitive(after[0]) or (
            len(after) == 2 and after[0] not in ASKING and after[0] not in ("що", "бо") and _infinitive(after[1])))
    return all(asked(start, end) for start, end in spans)


# Round twenty-four: the police asked for as the place dialled ("алло це поліція"), then the caller finds they
# dialled wrong ("а ні, я не туди потрапила", "помилилася"): a wrong number, no danger told.
SERVICES = frozenset({"поліція", "полиция"})
DIALLED_WRONG = frozenset({"помилитися", "ошибтися"})


def service_by_mistake(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every danger phrase heard (`spans` in `heard`) is one word naming the police right after "це" (or one word
    after it: "це та поліція"), and the caller says they dialled wrong ("не туди", "помилилася"). Another danger
    word beside it ("це поліція? мене б'ють") keeps the danger."""
    if not spans or not all(end - start == 1 and (heard[start] in SERVICES or lemmas(heard[start]) & SERVICES)
                            and "це" in heard[max(0, start - 2):start] for start, end in spans):
        return False
    return any(heard[i] == "не" and heard[i + 1] == "туди" for i in range(len(heard) - 1)) or any(
        lemmas(word) & DIALLED_WRONG for word in heard)


# Round twenty-four: a word half heard echoed as a question ("яка вісімсотка? не чую, ще раз").
ECHO_LEADS = frozenset("яка який яке які якої якого".split())


def echoed(heard: Sequence[str], repeats: Sequence[tuple[int, int]], topics: Sequence[tuple[int, int]]) -> bool:
    """Two phrases or more of not hearing or of again (`repeats`, spans in `heard`), and every topic's phrase
    (`topics`) right after "яка", "який"... and right before one of them ("що що яка вісімсотка не чую ще раз"): the
    caller echoes what they half heard and asks for it again. "Який засілок мені належить, повторіть ще раз" (a
    question going on after the topic) is not."""
    if len({start for start, _ in repeats}) < 2 or not topics:
        return False
    starts = {start for start, _ in repeats}
    return all(start and heard[start - 1] in ECHO_LEADS and end in starts for start, end in topics)


# Round twenty-four: a thing's price told ("хліб уже по вісім злотих"): the thing is priced, not asked for.
CURRENCIES = frozenset("злотих злоті злотий злотого зл гривень гривні гривня євро".split())
PRICE_REACH = 4
# Round twenty-four: the documents asked for another office's matter ("карту побиту … і які документи треба").
DOCUMENTS = ("документ",)


def priced(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of a topic (`spans` in `heard`) is followed within PRICE_REACH words by a currency ("хліб уже по
    вісім злотих", "вугілля по дві тисячі злотих"): what things cost is told, the thing is not asked for. A phrase of
    the topic with no price after it ("…, чи є продуктова допомога") keeps it."""
    return bool(spans) and all(CURRENCIES & set(heard[end:end + PRICE_REACH]) for _, end in spans)


def documents_for_elsewhere(heard: Sequence[str], spans: Sequence[tuple[int, int]],
                            elsewhere: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of a topic (`spans`) is one of documents ("які документи"), said after another office's matter
    (`elsewhere`: "де мені зробити карту побиту … і які документи треба"): the documents are for that matter. Documents
    asked first, or beside a word of the topic itself ("документи на засілок"), are not."""
    if not spans or not elsewhere:
        return False
    first = min(start for start, _ in elsewhere)
    return all(start > first and any(w.startswith(DOCUMENTS) for w in heard[start:end]) for start, end in spans)


# Round twenty-four: the caller says they are calling another institution ("я дзвоню в школу") and asks for its head
# by title ("з'єднати з директором"): a wrong number, no transfer to the office.
CALLING = frozenset({"дзвонити", "телефонувати", "звонити"})
PLACES = frozenset("школа садок садочок дитсадок ліцей гімназія університет лікарня поліклініка амбулаторія банк".split())
TITLES = frozenset("директор директорка секретар секретарка завуч".split())


def title_of_place_called(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """A verb of calling, then within three words "в"/"до" and an institution ("я дзвоню в школу щодо сина"), and a
    person's phrase heard (`spans`) that is a title ("з директором"): the head of the place the caller meant to call.
    "Дзвоню в школу, а там не відповідають, з'єднайте з працівником" (no title) is still a transfer."""
    called = any(lemmas(heard[i]) & CALLING and any(
        heard[j] in ("в", "у", "до") and j + 1 < len(heard) and lemmas(heard[j + 1]) & PLACES
        for j in range(i + 1, min(len(heard) - 1, i + 4))) for i in range(len(heard)))
    return called and any(lemmas(word) & TITLES for start, end in spans for word in heard[start:end])


# Round twenty-seven: a person named as whom a message or a call-back is for or from ("повідомлення для пані Олени").
ADDRESSEE_LEADS = frozenset({"для", "від"})


def addressed(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every person's phrase heard (`spans` in `heard`, a name with its title among them) comes right after "для" or
    "від", or after one of them and a title ("для пані працівниці"): whom the message or the call-back is for or from,
    as the Polish line's "dla"/"od" (flow._person_only_addressed). "Залиште повідомлення, а краще з'єднайте з
    працівником" is still a transfer."""
    def after_lead(start: int) -> bool:
        return start > 0 and (heard[start - 1] in ADDRESSEE_LEADS or (
            start > 1 and heard[start - 1] in TITLE_LEADS and heard[start - 2] in ADDRESSEE_LEADS))
    return bool(spans) and all(after_lead(start) for start, _ in spans)


# Round twenty-seven: where to turn with a matter told ("це ж залежність куди звертатися").
TURN_TO = frozenset({"звертатися", "звернутися"})
TURN_LEADS = frozenset({"куди", "кого"})


def where_to_turn(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of what the office does (`spans` in `heard`) is one verb of turning to ("звертатися", "звернутися")
    right after "куди" or "до кого" (or one word after it: "куди мені звертатися"): the caller asks where to go with the
    matter told beside it, not what the office does. "З чим можна звертатися" (no "куди") is still the question."""
    return bool(spans) and all(end - start == 1 and lemmas(heard[start]) & TURN_TO
                               and TURN_LEADS & set(heard[max(0, start - 2):start]) for start, end in spans)


def help_of_kind(spans: Sequence[tuple[int, int]], kinds: Sequence[tuple[int, int]]) -> bool:
    """Round twenty-eight: every phrase of what the office does (`spans`, "допомога для біженців") shares a word with
    a phrase of a topic named (`kinds`, "грошова допомога", "продуктова допомога"): the help of that kind is asked,
    and for whom, not what the office does. "Яка допомога для біженців є" (no kind named) is still the question."""
    return bool(spans) and bool(kinds) and all(any(start < end_ and start_ < end for start_, end_ in kinds)
                                               for start, end in spans)


# Round twenty-eight: someone else who does not talk ("син ні з ким не розмовляє"): a thing told, no one asked for.
TALKING = frozenset({"розмовляти", "говорити", "балакати", "поговорити", "порозмовляти"})


def talk_denied(heard: Sequence[str], spans: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> bool:
    """Every person's phrase heard (`spans`; those inside a longer phrase of another choice, `others`, left out as
    scores() leaves them) is a verb of talking in the third person right after "не" ("він ні з ким не розмовляє",
    "вони не говорять"): what someone does not do is told, no talk asked. "Я не розмовляю польською" (the caller) and
    "хочу поговорити з працівником" are not."""
    own = [(start, end) for start, end in spans
           if not any(e - s > end - start and s <= start and end <= e for s, e in others)]
    return bool(own) and all(end - start == 1 and start and heard[start - 1] in NEGATIONS
                             and lemmas(heard[start]) & TALKING and _third_person(heard[start]) for start, end in own)


def _third_person(word: str) -> bool:
    morph = _morph()
    return morph is not None and any({"3per"} & p.tag.grammemes for p in morph.parse(word))


# Round twenty-eight: neither one thing nor another is needed ("не треба ні вісімсот плюс ні того додатку").
NEITHER = "ні"
NEEDING = frozenset("треба потрібно потрібен потрібна потрібні хочу хочемо хотіла хотів".split())
NEITHER_REACH = 3  # words from "не" and a word of needing to the first "ні" ("не треба мені ні")


def neither_wanted(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """"Не" and a word of needing ("не треба", "не хочу"), within NEITHER_REACH words "ні", then "ні" once more, and
    every phrase of a topic (`spans` in `heard`) right after one of them (or one word after it: "ні того додатку"):
    "та ні, мені не треба ні вісімсот плюс ні того додатку", none of them asked. "Нам не дають ні вісімсот плюс ні
    засілку" (no needing denied), "ні, мені вісімсот плюс" and the meals in "не треба ні засілку ні вугілля, тільки
    обіди" (after no "ні") are still asked."""
    lead = next((at for at, word in enumerate(heard) if word == NEITHER and any(
        heard[j] in NEGATIONS and heard[j + 1] in NEEDING for j in range(max(0, at - NEITHER_REACH - 1), at - 1))), None)
    if lead is None or NEITHER not in heard[lead + 1:]:
        return False
    return bool(spans) and all(start > lead and NEITHER in heard[max(0, start - 2):start] for start, _ in spans)


# Round twenty-eight: the caller asks to be written down ("запишіть", "записуйте мене") where a message is offered.
WRITING_DOWN = frozenset({"записати", "записувати"})


def write_down_asked(heard: Sequence[str]) -> bool:
    """An imperative of writing down ("запишіть", "запиши", "записуйте"), no "не" right before it: the caller asks to
    be recorded. "Я все записала", "не записуйте" are not."""
    return any(_imperative(word) and lemmas(word) & WRITING_DOWN and not (at and heard[at - 1] in NEGATIONS)
               for at, word in enumerate(heard))


# Round twenty-seven: the worker named as the someone who would help ("щоб хтось порадив допоміг, ну пані працівниця").
SOMEONE = frozenset({"хтось", "хто-небудь", "хтонебудь"})
WORKERS = frozenset("працівник працівниця пані пан соціальний соціальна".split())


def worker_as_someone(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """"Щоб хтось" said, and every person's phrase heard (`spans`) after it is only a worker's noun or title ("пані
    працівниця"): the worker is the someone who would advise or come, no transfer asked. A verb of putting through
    or talking ("щоб хтось допоміг, з'єднайте з працівницею", "щоб хтось зі мною поговорив") is still a transfer."""
    someone = next((i for i in range(len(heard) - 1) if heard[i] == "щоб" and heard[i + 1] in SOMEONE), None)
    if someone is None or not spans:
        return False
    return all(start > someone and all(word in WORKERS or lemmas(word) & WORKERS for word in heard[start:end])
               for start, end in spans)


# Round twenty-seven: someone gone and not come back since a recent time ("мама її вчора поїхала і не вернулась").
LEAVING = frozenset({"піти", "поїхати", "вийти", "виїхати", "втекти"})
RETURNING = frozenset({"повернутися", "вернутися", "прийти"})
RECENT = frozenset("""вчора учора позавчора зранку вранці ввечері увечері вночі уночі сьогодні ранку ранок вечора
    вечір ночі ніч день дні днів доби діб годину години годин тиждень тижні""".split())
GONE_REACH = 5  # words from the leaving to "не" ("поїхав учора на роботу і не повернувся")
SINCE_REACH = 5  # words before the leaving, or after the returning, where the time is said


def gone_since(heard: Sequence[str]) -> bool:
    """A verb of leaving ("поїхала", "пішов"), within GONE_REACH words "не" and a verb of coming back ("не
    вернулась", "не повернувся", "не прийшов"), and a recent time near them (yesterday, this morning, two days, a
    night): someone gone and not back now, a child left or a person missing. Gone for years ("поїхав на заробітки і не
    повернувся вже два роки") is a story of the past, no danger."""
    for at, word in enumerate(heard):
        if not lemmas(word) & LEAVING:
            continue
        for no in range(at + 1, min(len(heard) - 1, at + 1 + GONE_REACH)):
            if heard[no] == "не" and lemmas(heard[no + 1]) & RETURNING and any(
                    w in RECENT or lemmas(w) & RECENT for w in heard[max(0, at - SINCE_REACH):no + 2 + SINCE_REACH]):
                return True
    return False



# Round thirty-five: a small child alone, said with where or since when ("хлопчик маленький сам з ранку в хаті").
CHILDREN = frozenset({"хлопчик", "дівчинка", "дитина", "малий", "маленький", "малюк", "немовля", "діти", "малеча",
                      "дитя"})
BY_ITSELF = frozenset({"сам", "сама", "самі"})
LEFT_WHERE = frozenset({("вдома",), ("дома",), ("з", "ранку"), ("з", "вечора"), ("з", "учора"), ("з", "вчора"),
                        ("цілий", "день"), ("цілу", "ніч"), ("всю", "ніч"), ("в", "хаті"), ("у", "хаті"),
                        ("в", "квартирі"), ("у", "квартирі")})
CHILD_REACH = 2  # words between the child and "сам" ("хлопчик маленький сам")


def child_alone(heard: Sequence[str]) -> bool:
    """A child ("хлопчик", "дитина", "малий"), within CHILD_REACH words "сам", "сама" or "самі", and right after it
    where or since when ("вдома", "в хаті", "з ранку", "цілу ніч"): a child left alone now. A child who does a thing by
    itself ("він ще маленький сам не може", "дитина сама ходить до школи") is not."""
    for at, word in enumerate(heard):
        if not (word in CHILDREN or lemmas(word) & CHILDREN):
            continue
        for alone in range(at + 1, min(len(heard) - 1, at + 2 + CHILD_REACH)):
            if heard[alone] in BY_ITSELF and any(tuple(heard[alone + 1:alone + 1 + len(place)]) == place
                                                 for place in LEFT_WHERE):
                return True
    return False

# Round twenty-eight: someone lying or not getting up, and nobody coming to them ("бабуся лежить сама не встає і ніхто
# до неї не ходить"): a helpless person not seen to, on the phone (the text line reads "ніхто до неї не ходить" beside a
# carer asked for as care: tests/test_uk_sms_round_fourteen.py).
LYING = frozenset({"лежати"})
GETTING_UP = frozenset({"вставати", "встати", "підніматися", "піднятися"})
SEEING_TO = frozenset("""ходити приходити заходити навідуватися провідувати доглядати дивитися займатися
    допомагати""".split())
NOBODY = frozenset({"ніхто", "нікого"})
NOBODY_REACH = 4  # words from "ніхто" to "не" and the verb ("ніхто до неї не ходить", "ніхто за нею не дивиться")
DOWN_REACH = 8  # words between the lying and the nobody, either way
CARED_PLACES = frozenset({"лікарня", "хоспіс", "реанімація", "санаторій"})


def neglected_down(heard: Sequence[str]) -> bool:
    """Someone lying ("лежить") or not getting up ("не встає", "не піднімається"), and within DOWN_REACH words
    "ніхто" with "не" and a verb of coming or seeing to ("ніхто до неї не ходить", "ніхто за ним не доглядає"):
    someone helpless left alone now. Nobody coming said alone ("живе сама, ніхто до неї не ходить, потрібна
    опікунка"), a bedridden person named by the adjective ("мама лежача") and lying in a hospital are not."""
    if any(lemmas(word) & CARED_PLACES for word in heard):
        return False
    down = [at for at, word in enumerate(heard) if lemmas(word) & LYING or (
        at and heard[at - 1] in NEGATIONS and lemmas(word) & GETTING_UP)]
    nobody = [at for at, word in enumerate(heard) if word in NOBODY and any(
        heard[no] in NEGATIONS and no + 1 < len(heard) and lemmas(heard[no + 1]) & SEEING_TO
        for no in range(at + 1, min(len(heard), at + 1 + NOBODY_REACH)))]
    return any(abs(at - other) <= DOWN_REACH for at in down for other in nobody)


# A long telling (the flow asks whether anyone is in danger): this many words of 3+ letters
# beyond the little words, as the Polish line's flow.STORY_WORDS.
STORY_WORDS = 6
# Days named in a question about the hours: lemma -> weekday (0 = Monday), or "jutro" (tomorrow).
DAY_LEMMAS = {"понеділок": 0, "вівторок": 1, "середа": 2, "четвер": 3, "п'ятниця": 4, "субота": 5,
              "неділя": 6, "вихідні": 5, "вихідний": 5, "завтра": "jutro"}
# Words that ask about a time beside "чи хтось буде": "коли", "о котрій", an hour in figures.
TIME_WORDS = frozenset("коли котрій котрої котра годині".split())


def is_story(text: str) -> bool:
    """A long telling: STORY_WORDS words or more beyond the little words."""
    return sum(1 for w in tokens(text) if len(w) >= 3 and w not in STOPWORDS) >= STORY_WORDS


def asks_when(text: str) -> bool:
    """"Коли", "о котрій", an hour in figures: a question about a time."""
    return any(w.isdigit() or w in TIME_WORDS for w in tokens(text))


def weekday_named(text: str) -> int | str | None:
    """The first day a caller names ("у п'ятницю" -> 4, "завтра" -> "jutro"), else None."""
    for word in tokens(text):
        for lemma in (word, *lemmas(word)):
            if lemma in DAY_LEMMAS:
                return DAY_LEMMAS[lemma]
    return None


_MATCHERS: dict[int, tuple[Mapping, UkrainianMatcher]] = {}


def _matcher(words: Mapping[str, Sequence[str]]) -> UkrainianMatcher:
    key = id(words)
    cached = _MATCHERS.get(key)
    if cached is None or cached[0] is not words:
        vocabulary = {choice: items for choice, items in words.items() if choice not in NOT_CHOICES}
        cached = _MATCHERS[key] = (words, UkrainianMatcher(vocabulary, hesitations=words.get("hesitation", ())))
    return cached[1]


def understand(text: str, words: Mapping[str, Sequence[str]]) -> Match | None:
    """The choice a Ukrainian answer names, with uk.toml's [words] (content.words of the Ukrainian
    content): a list said alone first, then danger, a person, goodbye, then the clear best."""
    alone = _alone(text, words)
    if alone is not None:
        return alone
    scores = _matcher(words).scores(text)
    for choice in FIRST:
        found = next((m for m in scores if m.choice == choice and m.score >= THRESHOLD), None)
        if found is not None:
            return Match(found.choice, min(found.score, EXACT), found.word, found.last)
    return best_of(scores)


_UKRAINIAN = re.compile(r"\b(?:по[- ]?українськ\w*|українськ\w*|ukrai[nń]sk\w*|po ukrai[nń]sku|ukrainsk\w*)", re.IGNORECASE)
# Round thirty: of the Ukrainian adjective only the forms that can name the language ("польською", "на польську",
# "польська"); a thing that is Polish ("на польські права", "без польської мови", "польської пенсії") asks no language.
_POLISH = re.compile(r"\b(?:по[- ]?польськ\w*|польськ(?:ою|у|а|ій)\b|po polsku|polsk\w*)", re.IGNORECASE)


# Round thirty-three: a word named as it is said in a language ("зашилек чи як то по польському кажуть", "як це
# по-польськи називається"): the language names how a thing is called, no language is asked.
_NAMED_IN = re.compile(r"\b(?:як|как)\s+(?:(?:то|це|воно|там|оно|это)\s+)?(?:по[- ]?(?:польськ|польск|українськ|украинск)\w*"
                       r"|польською|українською)\s+(?:кажуть|каже|казати|скажуть|називається|називають|буде|говорять|"
                       r"говорить|кажут|говорят|называется|будет)\b", re.IGNORECASE)


def language_asked(text: str) -> str | None:
    """"uk" when a caller asks for Ukrainian ("українською", "по-українськи", "po ukraińsku"),
    "pl" for Polish ("польською", "po polsku"), else None (both: None, it is unclear). A language that names how a
    word is said ("як то по польському кажуть", round thirty-three) asks none."""
    text = _NAMED_IN.sub(" ", text.translate(_APOSTROPHES))
    uk, pl = bool(_UKRAINIAN.search(text)), bool(_POLISH.search(text))
    if uk == pl:
        return None
    return "uk" if uk else "pl"


# Who the caller says they are, as a reason for a language ("бо я українка", "jestem Polką"): said on the line of that
# language, it names the language already spoken.
_IN_UKRAINIAN = re.compile(r"\b(?:по[- ]?українськ\w*|українською|po\s+ukrai[nń]sku|ukrai[nń]sku)\b", re.IGNORECASE)
_IN_POLISH = re.compile(r"\b(?:по[- ]?польськ\w*|польською|po\s+polsku|polsku)\b", re.IGNORECASE)
_UKRAINIAN_PERSON = re.compile(r"\b(?:українк\w*|українц\w*|українець|украинк\w*|украинц\w*|украинец|ukrain(?:k|ie?c)\w*"
                               r"|з\s+україни|с\s+украины|z\s+ukrainy)\b", re.IGNORECASE)
_POLISH_PERSON = re.compile(r"\b(?:польк\w*|поляк\w*|polk[aąię]\w*|polak\w*|з\s+польщі|z\s+polski)\b", re.IGNORECASE)


def own_language_named(text: str, lang: str) -> bool:
    """Whether the caller names the language of the line they are on ("українською", "бо я українка" on the
    Ukrainian line; "po polsku" on the Polish one), and not the other: nothing to switch, the caller is where they
    asked to be (round twenty-seven: "вісім бо я українка" took the Ukrainian caller to the Polish line)."""
    text = text.translate(_APOSTROPHES)
    # The language's adverb ("українською", "po polsku"), not its adjective: "паспорт український", "пенсію українську"
    # name a thing of the country, not the language asked for.
    named = {"uk": bool(_IN_UKRAINIAN.search(text) or _UKRAINIAN_PERSON.search(text)),
             "pl": bool(_IN_POLISH.search(text) or _POLISH_PERSON.search(text))}
    return named.get(lang, False) and not any(value for other, value in named.items() if other != lang)


# Round thirty: the office asked whether it works with someone ("ви з ними працюєте", "працюєте з біженцями").
WITH = frozenset({"з", "із", "зі", "с", "со"})


def works_with(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of the hours (`spans` in `heard`) is one of EXACT_ALONE's words ("працюєте") with "з" right after it
    or within the two words before it: whether the office works with someone, not when it works. "Коли ви взагалі
    працюєте", "в субботу работаете или нет" are the hours."""
    return bool(spans) and all(end - start == 1 and heard[start] in EXACT_ALONE and (
        WITH & set(heard[max(0, start - 2):start]) or WITH & set(heard[end:end + 1])) for start, end in spans)


# Round thirty: the caller finds they dialled wrong ("я не туди попала", "мабуть не той номер").
GETTING_THROUGH = frozenset({"попасти", "попадати", "потрапити", "потрапляти", "подзвонити", "дзвонити", "набрати",
                             "зателефонувати", "телефонувати", "попасть", "позвонить"})
WRONG_NUMBER = (("не", "той", "номер"), ("не", "тот", "номер"), ("не", "туди"), ("не", "туда"))


def dialled_wrong(heard: Sequence[str]) -> bool:
    """"Не туди" with a verb of getting through right before or after it ("я не туди попала", "не туди подзвонила"),
    "не той номер", or a verb of erring with "номер" ("помилилася номером"): the caller has dialled another number than
    the one meant, and what they tell is for that place (only outside the read-back of the caller's own number, where
    "не той номер" is another number to give). "Не знаю, куди подзвонити" and "я туди попала" are not."""
    for at in range(len(heard)):
        for phrase in WRONG_NUMBER:
            if tuple(heard[at:at + len(phrase)]) != phrase:
                continue
            if phrase[-1] in ("номер",):
                return True
            near = [*heard[max(0, at - 2):at], *heard[at + 2:at + 4]]
            if any(lemmas(word) & GETTING_THROUGH for word in near):
                return True
    return any(lemmas(word) & DIALLED_WRONG for word in heard) and any(w.startswith("номер") for w in heard)


# Round thirty: someone asked to talk with the family ("хочу, щоб хтось з нами поговорив"): what a worker would do.
FAMILY_PRONOUNS = frozenset({"нами", "ним", "нею", "ними"})


def talk_with_family(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """"Щоб хтось" said, and every person's phrase heard (`spans`) after it is a verb of talking with "з нами", "з ним",
    "з нею" or "з ними" within the three words before it ("щоб хтось з нами поговорив", "щоб хтось з ним поговорив"):
    a worker to talk with the family or the child, social work (as the Polish "żeby ktoś z nami porozmawiał"). "Щоб
    хтось зі мною поговорив" and "хочу поговорити з працівником" are still a talk asked."""
    someone = next((i for i in range(len(heard) - 1) if heard[i] == "щоб" and heard[i + 1] in SOMEONE), None)
    if someone is None or not spans:
        return False
    return all(start > someone and end - start == 1 and lemmas(heard[start]) & TALKING and any(
        heard[j] in WITH and heard[j + 1] in FAMILY_PRONOUNS for j in range(max(someone, start - 3), start - 1))
        for start, end in spans)


def present_as_reason(heard: Sequence[str], present: Sequence[tuple[int, int]], asked: Sequence[tuple[int, int]]) -> bool:
    """Round thirty: the number, the address or the hours asked (`asked` spans) before the first "бо", and every phrase
    of someone being there (`present`) after it: "дайте мені номер мобільний, бо … ніхто не бере трубку", nobody
    answering is why the number is asked (as the Polish line's round twenty-six). "Чи є хтось, бо ніхто не бере
    трубку" (nothing else asked before "бо") is still someone asked for."""
    cut = next((i for i, word in enumerate(heard) if word == "бо" and i > 0), None)
    return cut is not None and bool(present) and all(start > cut for start, _ in present) and any(
        end <= cut for _, end in asked)


def sent_before(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Round thirty: every phrase of a text message (`spans`) is one verb in the past tense ("мені відмову прислали",
    "написали"): something sent to the caller is told, no text asked. "Пришліть смс", "можна прислати" are asked."""
    return bool(spans) and all(end - start == 1 and _past(heard[start]) for start, end in spans)


@lru_cache(maxsize=16384)
def _past(word: str) -> bool:
    morph = _morph()
    return morph is not None and len(word) >= MIN_INFLECT and any({"past", "PAST"} & p.tag.grammemes
                                                                  for p in morph.parse(word))


# Round thirty: a call to the caller wished with "щоб" ("а можна, щоб мені завтра подзвонили").
CALLING_BACK = frozenset({"подзвонити", "передзвонити", "зателефонувати", "задзвонити", "набрати", "дзвонити",
                          "позвонить", "перезвонить"})
CALLER_WORDS = frozenset({"мені", "мене", "мне", "меня"})
WISH_REACH = 4  # words from "щоб" to the verb ("щоб пані мені сама подзвонила")
# Round thirty-one: "хай", "нехай" with the verb in the third person ("хай мені завтра подзвонять") wish it too.
WISH_LEADS = frozenset({"щоб", "хай", "нехай"})


def callback_wished(heard: Sequence[str]) -> bool:
    """"Щоб", within WISH_REACH words (no "не" among them) a verb of calling in the past form the wish takes
    ("подзвонили", "подзвонила", "зателефонував"), or "хай"/"нехай" and one in the third person ("хай мені завтра
    подзвонять", round thirty-one), and the caller's "мені"/"мене" between them or right after the verb:
    a call back asked ("а можна, щоб мені завтра подзвонили", "щоб пані мені сама подзвонила ввечері"). Refused ("не
    треба, щоб мені дзвонили", "я не просила, щоб мені дзвонили") or about someone else ("щоб він подзвонив синові") it
    is not."""
    for at, word in enumerate(heard):
        if word not in WISH_LEADS or _refused(list(heard), at):
            continue
        form = _past if word == "щоб" else _third_person  # "хай мені завтра подзвонять"
        for verb in range(at + 1, min(len(heard), at + 1 + WISH_REACH)):
            if heard[verb] in NEGATIONS:
                break
            if lemmas(heard[verb]) & CALLING_BACK and form(heard[verb]) and (
                    CALLER_WORDS & set(heard[at + 1:verb]) or CALLER_WORDS & set(heard[verb + 1:verb + 3])):
                return True
    return False


# Round thirty: a hardship told as over, all well now at the end ("торік нам не було чим топити … а тепер … все в нас
# добре"): nothing asked.
PAST_TIMES = frozenset("торік тоді колись раніше минулого минулої минулий минулій".split())
NOW_WORDS = frozenset({"тепер", "зараз"})
WELL = frozenset({"добре", "нормально", "гаразд"})
WELL_AT_END = 4  # words after "добре" at most ("… і все в нас добре, слава богу")
NOW_REACH = 10  # words from "тепер" to "все … добре"


def over_and_well(heard: Sequence[str]) -> bool:
    """A time of the past ("торік", "тоді", "колись", "минулої зими"), later "тепер" or "зараз", and within NOW_REACH
    words after it "все", then (at most two words between: "все в нас добре") "добре", "нормально" or "гаразд" among
    the last words: the hardship told is over and all is well, the caller asks nothing. A need after it ("… а тепер
    все добре, але цього року знову нема чим топити") or all well said first are not."""
    for at in range(len(heard) - 1, max(-1, len(heard) - 2 - WELL_AT_END), -1):
        if heard[at] not in WELL:
            continue
        whole = next((i for i in range(at - 1, max(-1, at - 4), -1) if heard[i] == "все"), None)
        if whole is None:
            continue
        now = next((i for i in range(whole - 1, max(-1, whole - 1 - NOW_REACH), -1) if heard[i] in NOW_WORDS), None)
        if now is not None and PAST_TIMES & set(heard[:now]):
            return True
    return False


# Round thirty-one: a day or an hour asked with "чи" inside a long answer ("мама питає чи в понеділок ви з восьмої чи з
# сьомої бо вона плутає").
ASKING_REACH = 3  # words between "чи" and the day or the hour, either way ("ви до третьої чи як")


def time_asked(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """"Чи" within ASKING_REACH words before or after a phrase of a day or an hour (`spans`): the time is asked, even in
    a long answer that would otherwise be a story told ("завтра пятниця ви до третьої чи як у понеділок до четвертої я
    не пам'ятаю"). A story with days and no "чи" ("я в суботу і в неділю працюю на фермі …") is not."""
    return any("чи" in heard[max(0, start - ASKING_REACH):start] or "чи" in heard[end:end + ASKING_REACH]
               for start, end in spans)


# Round thirty-one: a thing refused after it is named ("ні, повідомлення я не хочу").
WANTING_AFTER = frozenset("хочу хочемо треба потрібно буду".split())


def refused_after(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of a refusable choice (`spans`) is followed, with at most the caller's "я"/"мені"/"мене" between, by
    "не" and a word of wanting ("повідомлення я не хочу", "повідомлення мені не треба") that no infinitive follows:
    the thing named is refused. "Повідомлення, не треба передзвонювати" refuses the call, not the message."""
    def refused(end: int) -> bool:
        at = end
        while at < len(heard) and heard[at] in CALLER_WORDS | {"я"}:
            at += 1
        return (at + 1 < len(heard) and heard[at] in NEGATIONS and heard[at + 1] in WANTING_AFTER
                and not (at + 2 < len(heard) and _infinitive(heard[at + 2])))
    return bool(spans) and all(refused(end) for _, end in spans)


def own_call(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of a call-back (`spans`) is one verb in the first person singular ("я сам передзвоню", "я сама
    завтра подзвоню"): the caller will call, no call back is asked. "Передзвоніть мені" and "хай мені подзвонять" are."""
    return bool(spans) and all(end - start == 1 and _first_singular(heard[start]) for start, end in spans)


def own_plan(heard: Sequence[str]) -> bool:
    """A verb of the caller's own in the first person singular of the future ("я сама завтра подзвоню", "прийду в
    понеділок"), no question of a time ("коли", "о котрій", "чи"): a day said is their plan, not the hours asked (the
    Polish line's round nine). "Чи в понеділок ви є, бо я прийду" asks."""
    if any(word in TIME_WORDS or word == "чи" for word in heard):
        return False
    return any(_first_singular(word) and _future(word) for word in heard)


@lru_cache(maxsize=16384)
def _first_singular(word: str) -> bool:
    morph = _morph()
    return morph is not None and len(word) >= MIN_INFLECT and any(
        {"1per", "sing"} <= p.tag.grammemes and ({"VERB", "futr"} & p.tag.grammemes) for p in morph.parse(word))


@lru_cache(maxsize=16384)
def _future(word: str) -> bool:
    morph = _morph()
    return morph is not None and any("futr" in p.tag.grammemes or ("perf" in p.tag.grammemes and "pres" in
                                                                    p.tag.grammemes) for p in morph.parse(word))


# Round thirty-one: the prices of a thing told ("з понеділка ціни на газ піднімуть").
PRICES = frozenset({"ціна", "ціни", "цін", "цінах", "цінами", "подорожчання", "подорожчав", "подорожчало"})


def prices_of(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of a topic (`spans`) comes right after "ціни на" or "ціна за" (or one word after them: "ціни на
    той газ"): what a thing costs is told, the thing is not asked (as understand_uk.priced for amounts). "Ціни на
    вугілля такі що нема чим топити" keeps the heating by its other phrase."""
    def after_price(start: int) -> bool:
        before = heard[max(0, start - 3):start]
        return any(word in PRICES and j + 1 < len(before) and before[j + 1] in ("на", "за")
                   for j, word in enumerate(before))
    return bool(spans) and all(after_price(start) for start, _ in spans)


# Round thirty-one: the caller's own timetable ("от такий у мене графік").
TIMETABLES = frozenset({"графік", "розклад"})
OWN = frozenset({"мій", "мене", "мені"})


def own_schedule(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of the hours (`spans`) is one word of a timetable ("графік", "розклад") with "у мене", "мій" or
    "мені" within the two words before it: the caller's own work or sleep, not the office's hours. "Який у вас
    графік" and "графік роботи" are the hours."""
    return bool(spans) and all(end - start == 1 and heard[start] in TIMETABLES
                               and OWN & set(heard[max(0, start - 2):start]) for start, end in spans)


# Round thirty-one: the phone as a device someone sits in ("сидить в телефоні", "ігри на телефоні").
IN_DEVICE = frozenset({"в", "у", "на"})


def phone_as_device(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of the address card (`spans`) is "телефоні" (the locative) right after "в", "у" or "на": a phone
    where someone plays or sits, not the office's number asked. "Який у вас телефон", "на який номер" are asked."""
    return bool(spans) and all(end - start == 1 and heard[start] == "телефоні" and start
                               and heard[start - 1] in IN_DEVICE for start, end in spans)


def drinking_over(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of drinking (`spans`) is one verb in the past tense ("напився") or one right after "не" ("три роки
    не п'є"): told beside words of long ago ("то вже давно"), the drinking is over (the Polish line's round eight). "Він
    пив, а тепер знову п'є" keeps it."""
    return bool(spans) and all(end - start == 1 and (_past(heard[start]) or (start and heard[start - 1] in NEGATIONS))
                               for start, end in spans)


# Round thirty-one: danger told after words of long ago, with a word of now between ("то вже давно, а тепер б'є").
NOW_AGAIN = frozenset({"тепер", "зараз", "досі"})


def danger_now_after(heard: Sequence[str], past: Sequence[tuple[int, int]], danger: Sequence[tuple[int, int]]) -> bool:
    """After the last phrase of long ago or of a screen (`past`: "то вже давно", "років тому", "по телевізору") a word
    of now ("тепер", "зараз", "досі"), not right after the phrase, and a phrase of danger (`danger`) after that word:
    danger now, as the Polish line's _danger_now_after. "Він пив і впав, але то вже давно" (no danger after a word of
    now) and "по телевізору показували шо знов обстріл" ("знов" is inside what was shown) are not."""
    if not past:
        return False
    after = max(end for _, end in past)
    nows = [at for at in range(after + 1, len(heard)) if heard[at] in NOW_AGAIN]
    return bool(nows) and any(start > nows[0] for start, _ in danger)


# Round thirty-three: a wish that someone stopped beating ("та мені б аби він не бив"): the beating is now.
WISHING = frozenset({"щоб", "аби", "хай", "нехай"})
BEATING_FORMS = frozenset({"бив", "била", "били", "б'є", "б'ють", "бʼє", "бити"})
BEATING = frozenset({"бити", "побити", "лупити", "гамселити", "погрожувати", "знущатися", "кривдити"})
WISHED_REACH = 4  # words from "аби" to "не" ("щоб він мене більше не бив")


def wished_unhurt(heard: Sequence[str]) -> bool:
    """"Щоб", "аби", "хай" or "нехай", within WISHED_REACH words "не", and right after it a verb of beating,
    threatening or tormenting ("аби він не бив", "щоб він мене більше не бив", "хай не погрожує"): the caller wishes
    an abuser to stop, so it is happening (a danger word right after "не" is otherwise denied: "п'є, але не б'є").
    "Щоб він не пив" (drinking) and "він не б'є" (no wish) are not."""
    for at, word in enumerate(heard):
        if word not in WISHING:
            continue
        for neg in range(at + 1, min(len(heard) - 1, at + WISHED_REACH + 1)):
            verb = heard[neg + 1]
            if heard[neg] in NEGATIONS and (verb in BEATING_FORMS or lemmas(verb) & BEATING):
                return True
    return False


# Round thirty-three: the number told as given by someone ("я вже не знаю, хто мені той номер дав").
GIVING = frozenset({"дати", "давати"})
GIVING_FORMS = frozenset({"дав", "дала", "дали", "давав", "давала", "давали"})
NUMBER_WORDS = frozenset({"номер", "телефон", "номера", "телефону"})


def number_given(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of the address card (`spans`) is one word of a number or a phone with a verb of giving in the past
    within two words after it ("хто мені той номер дав", "номер мені дала сусідка") or right before it ("дала мені
    номер"): how the caller came by the number is told, the office's number is not asked. "Дайте мені номер" (an
    imperative) is asked."""
    def given(at: int) -> bool:
        near = heard[at + 1:at + 3] + heard[max(0, at - 2):at]
        return any(word in GIVING_FORMS or (_past(word) and lemmas(word) & GIVING) for word in near)
    return bool(spans) and all(end - start == 1 and heard[start] in NUMBER_WORDS and given(start)
                               for start, end in spans)


# Round thirty-three: a word of the line asked about, not chosen ("а що то значить повідомлення").
MEANING = frozenset({"значить", "означає", "значит", "означает"})
MEANING_REACH = 3  # words from "що" to the word asked about ("що то значить повідомлення", "повідомлення це що значить")


def meaning_asked(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of a choice (`spans`) has, within MEANING_REACH words before or after it, "що" and "значить" or
    "означає" right after it (or one word after: "що то значить"): what the word means is asked, the thing is not
    chosen ("еее а що то значить повідомлення я не розумію"). "Повідомлення, значить, залишу" (no "що") and "три
    значить" are not."""
    asks = [at for at, word in enumerate(heard) if word in ("що", "шо")
            and any(w in MEANING for w in heard[at + 1:at + 3])]

    def asked(start: int, end: int) -> bool:
        return any(start - MEANING_REACH <= at < start or end <= at < end + MEANING_REACH for at in asks)
    return bool(asks) and bool(spans) and all(asked(start, end) for start, end in spans)


# Round thirty-three: where something else is done ("а польську мову де вчать безплатно"): not the office's address.
LOCATED = frozenset({"знаходитися", "бути", "сидіти", "приймати", "працювати", "розташовуватися", "мешкати", "жити"})


def where_others_do(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of "where" (`spans`) is "де" with a verb in the third person plural among the two words after it
    ("тут", "там" not counted), other than a verb of being somewhere ("де вчать", "де тут дають", "де англійську
    вчать"): where some others do a thing, not where the office is. "Де ви знаходитесь", "де вони знаходяться", "де
    це" are the address."""
    def others(end: int) -> bool:
        after = [word for word in heard[end:end + 3] if word not in ("тут", "там")][:2]
        return any(_third_plural(word) and not lemmas(word) & LOCATED for word in after)
    return bool(spans) and all(heard[start] == "де" and others(end) for start, end in spans)


@lru_cache(maxsize=16384)
def _third_plural(word: str) -> bool:
    morph = _morph()
    return morph is not None and len(word) >= MIN_INFLECT and any(
        {"VERB", "3per", "plur"} <= p.tag.grammemes for p in morph.parse(word))


# Round thirty-three: nobody there told as what the caller expected ("я так і думала, що вже нікого нема").
EXPECTING = frozenset({"думала", "думав", "знала", "знав", "думали", "знали"})
NOBODY_THERE = frozenset({"нікого", "ніхто"})


def nobody_expected(heard: Sequence[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Every phrase of someone being there (`spans`) says nobody is ("нікого нема", "ніхто не відповідає") and comes
    within three words after "що" right after a verb of thinking or knowing in the past ("я так і думала, що вже
    нікого нема"): what the caller expected is told, nobody is asked for. "Чи є хтось" and "я думала, що хтось
    відповість" are not."""
    leads = [at + 1 for at, word in enumerate(heard[:-1]) if word in EXPECTING and heard[at + 1] in ("що", "шо")]
    return bool(leads) and bool(spans) and all(
        NOBODY_THERE & set(heard[start:end]) and any(lead < start <= lead + 3 for lead in leads) for start, end in spans)


# Round thirty-three: a day heard, then the caller's acknowledgement ("а в неділю нема нікого, ну то ясно, ну що ж").
ACKNOWLEDGING = frozenset({"ясно", "зрозуміло", "понятно"})
QUESTIONING = frozenset("коли котрій котрої котра годині чи як де скільки".split())


def acknowledged(heard: Sequence[str]) -> bool:
    """The answer ends with an acknowledgement ("ясно", "зрозуміло", "понятно" among its last three words, or "що ж"
    as its last two) and asks nothing ("коли", "о котрій", "чи", "як" nowhere): what the line said is taken in, a
    day in it is told back, not asked. "А в неділю?" and "в неділю до котрої, ясно" are asked."""
    if not heard or QUESTIONING & set(heard):
        return False
    return bool(ACKNOWLEDGING & set(heard[-3:])) or heard[-2:] == ["що", "ж"]


# Round thirty-three: something to be said or passed on to the workers, where a message is offered ("можна щось їм
# сказати").
SAYING = frozenset({"сказати", "передати", "переказати", "надиктувати", "наговорити", "розповісти"})
TO_THEM = frozenset({"їм", "щось", "пані", "працівникам"})


def message_to_them(heard: Sequence[str]) -> bool:
    """An infinitive of saying or passing on with "їм" or "щось" right before or after it, no "не", "ні" or "нічого" in
    the four words before ("так, можна щось їм сказати", "хочу їм передати"): the message offered is taken. "Ні, не треба нічого їм
    передавати" (a refusal) and "я не знаю, що сказати" are not."""
    for at, word in enumerate(heard):
        if word not in SAYING:
            continue
        if (NEGATIONS | {"нічого", "ні"}) & set(heard[max(0, at - 4):at]) or "що" in heard[max(0, at - 1):at]:
            continue
        if TO_THEM & set(heard[max(0, at - 2):at] + heard[at + 1:at + 2]):
            return True
    return False


# Round thirty-three: the item's matter asked again, with not hearing as the reason ("в понеділок до котрої ще раз, бо
# я погано чую"), as the Polish line's senses.missed_and_asked_again.
HEARING = frozenset({"чую", "чути", "чула", "чув", "почула", "почув", "розчула", "розчув", "дочула", "дочув", "слишу"})
BADLY = frozenset({"не", "погано", "плохо"})
AGAIN = frozenset({"ще", "раз", "повторіть", "повторити", "повторите"})


def missed_and_asked_again(heard: Sequence[str], repeats: Sequence[tuple[int, int]],
                           others: Sequence[tuple[str, int, int]], own: Collection[str], item: str) -> bool:
    """A phrase of asking again ("ще раз", "повторіть") before "бо", after "бо" a word of hearing right after "не" or
    "погано" ("бо я погано чую", "бо не розчула"), and every other phrase heard (`others`: choice, start, end) of
    the item's own matter (`own`: the item and a day), the item itself among them ("до котрої"): the caller missed
    what was read and asks for it again. No reason of hearing ("в понеділок до котрої?"), another matter, or a day
    alone in a menu are not."""
    cut = next((at for at, word in enumerate(heard) if word == "бо" and at), None)
    if cut is None or not others:
        return False
    missed = any(word in HEARING and heard[at - 1] in BADLY for at, word in enumerate(heard) if at > cut)
    asked = any(end <= cut and AGAIN & set(heard[start:end]) for start, end in repeats)
    return missed and asked and all(choice in own and end <= cut for choice, _, end in others) and any(
        choice == item for choice, _, _ in others)
