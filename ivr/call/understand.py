"""Map a caller's Polish words (speech result or SMS body) to a menu choice.

Pipeline: fold the text to plain ASCII words, find every vocabulary keyword
(single word or phrase) among the caller's words, score each choice, and
return the best one only when it is good enough and clearly ahead.

Matching one caller word against one vocabulary word, best tier wins:
  100  exact           same folded word
   96  lemma           same dictionary lemma (morfeusz2, SGJP): "bił" ~ "bije"
                       (bić), "opieki" ~ "opieka", "myje" ~ "mycie" (myć)
   95  inflection      same light stem ("godzin" for godziny/godzinach/godzinami)
   90  derivation      the caller's word starts with the whole keyword stem of
                       5+ letters ("alkoholizm", "bezrobotny", "terapeuta")
   88  alternation     stems equal after a Polish sound change: mobile e
                       (zasiłek/zasiłku), ie/a (otwieracie/otwarte), rz/r
                       (porze/pora), c/k, dz/g, sz/ch; or equal once a verb
                       prefix is removed (rozmawiać/porozmawiać,
                       słyszałam/usłyszałem, skontaktować/kontakt), from
                       one of the two words only: two different prefixes
                       make two verbs ("nagrywać" is not "przegrywać")
  ~77-89  typo         rapidfuzz ratio >= 85 on word or stem, both 5+ letters,
                       same first letter, lengths within 1; score = 0.9 * ratio
Common words (STOPWORDS) match exactly only, 3-letter words by exact or
equal stem only ("pić" ~ "picie"), typos need 5+ letters, so
"nie", "tak", "dzień dobry" never match by themselves (they still work as
parts of phrases like "nie usłyszałem", or as whole keywords like "tak").
Number words are common words too: "jeden" is no typo of "jedzenie". A key
said as a word, or "co?" and "dziękuję", count only as the whole answer:
see Sayings at the end.

Hesitations ("yyy", "eee", "hmm": [words] hesitation in the content file, given
to the Matcher) are dropped before matching. Round nine (the phone line's options): a word
split by the recogniser is joined again ("o pieka" -> "opieka", `rejoin`); a phrase of two
content words may be heard the other way round (`reorderable`: "gazem śmierdzi" for
"śmierdzi gazem"); a word said as "ty"-imperative to someone in the room ("Janek, zamknij
drzwi") is no word of the topics in `no_imperative`; a denied imperative is a plea ("nie bij"). A first name
after "pan"/"pani"/"z" ("z panią Anią") is a hit of the name choice, if given.

Choice score: its best keyword hit x weight, + 5 for each further distinct
keyword of the same choice (at most +10), capped at 100.  Weight is 0.8 for
GENERIC words that callers use with any request ("pomoc", "ośrodek",
"socjalna" ...), 1.0 otherwise, so "potrzebuję pomocy z alkoholem" is
addiction, while "pomoc" alone is still about.  Where a phrase covers words
that a shorter keyword of any choice also matched, the phrase wins and the
shorter hit is dropped.  The best choice is returned when its score >= 70 and
it leads every other choice by >= 10; otherwise None. `scores()` gives every
choice's score instead, for a caller (the call flow) that resolves conflicts by
its own precedence. Words of choices given in `weak` weigh less (days and times of
day: "w czwartek" asks about the hours unless a topic is named), and
`strict` choices match by exact word, stem or lemma only (never by a prefix,
a sound change or a typo: "sekretariat" is not "sekretarka").
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from cachetools import LRUCache
from rapidfuzz import fuzz, process

from ivr.common.memo import short_texts_remembered
from ivr.spoken.inflection import _morfeusz, readings

__all__ = ["STOPWORDS", "Match", "Matcher", "fold", "lemmas", "words_and_folds"]

# --- tuning -----------------------------------------------------------------
EXACT, LEMMA, STEM, PREFIX, ALTERNATION = 100.0, 96.0, 95.0, 90.0, 88.0
FUZZY_CUTOFF = 85.0      # rapidfuzz ratio needed for a typo match
FUZZY_FACTOR = 0.9       # typo score = ratio * factor (always below PREFIX)
GENERIC_WEIGHT = 0.8
EXTRA_BONUS, MAX_EXTRA = 5.0, 2
THRESHOLD = 70.0
MARGIN = 10.0
MIN_STEM = 3             # shortest stem left after stripping an ending
MIN_INFLECT = 4          # shorter words match by exact or equal stem only
MIN_PREFIX_STEM = 5      # derivation rule needs a stem this long
MIN_FUZZY = 5            # typo rule needs words this long
MAX_WORD = 30            # longer "words" are noise: exact only
MAX_TOKENS = 400         # longest SMS is ~250 words; bounds the work
MEMO_LIMIT = 50_000      # per-matcher cache of analysed caller words
RECENT_SPANS = 4         # per-matcher spans of the last texts scored (round ten)
READING_SPREAD = 6.0     # a caller word's matches this far below its best one are dropped
MAX_SCORE = 110.0        # further keywords may lift a choice past 100 (reported capped at 100)
GAP = 2                  # words a gapped choice's phrase may have between its words
GAP_FACTOR = 0.97        # a phrase heard with words between weighs a little less than said whole
# Words that open another clause: a bounded choice's phrase is not heard across them.
CLAUSE_WORDS = frozenset("jak ze bo ale a i lub albo czy gdy kiedy".split())

# Words before a name that make it a request for that person: "z panią Anią", "pani Kowalska".
# After "z" only a first name counts ("z Anią"); after "pan"/"pani" a surname too, or any word
# the recogniser wrote with a capital.
TITLE_LEADS = frozenset("pan pani pania panem panu pana panstwo".split())
NAME_LEADS = TITLE_LEADS | {"z", "ze"}
SURNAME_ENDINGS = tuple("ska skiej ska ski skiego skim cka ckiej cki ckiego ckim dzka dzki".split())
# A keyword of a negatable choice right after these words is denied: "on nie bije", "nie jest agresywny".
NEGATIONS = frozenset({"nie", "nigdy"})
NEGATION_LINKS = frozenset("jest byl byla bylo bedzie jestem sa".split())  # "nie jest agresywny"
# A keyword of a refusable choice (a message, an SMS, a call-back) is refused after "żadnych",
# "bez", or after "nie" with up to REFUSAL_REACH of these words between: "nie chcę zostawiać
# wiadomości", "nie nie żadnych nagrań", "nie trzeba mi esemesa". Not after other words: "nie
# wiem, zostawię wiadomość" still asks for one.
REFUSAL_LEADS = frozenset("zadnych zadnego zadnej zaden zadna zadne bez".split())
REFUSAL_BRIDGE = frozenset("""chce chcialam chcialem chcialabym chcialbym chcemy trzeba potrzeba
    potrzebuje musze bede zostawiac zostawic zostawie nagrywac nagrac nagram wysylac przysylac
    dzwonic oddzwaniac prosze mi mnie do juz wcale zadnych zadnego zadnej zaden zadna zadne""".split())
REFUSAL_REACH = 4
# Round nine: "nie trzeba nic wysyłać", "nie chcę niczego nagrywać": "nic" between refuses too.
REFUSAL_BRIDGE |= frozenset("nic niczego".split())
# Round ten: "ani" only ever stands with a negation: "nie trzeba ani wiadomości, ani dzwonienia" refuses
# both; a demonstrative between "nie" and its word refuses too ("nie potrzebuję tej pomocy").
REFUSAL_LEADS |= frozenset({"ani"})
REFUSAL_BRIDGE |= frozenset("ani tej tego tych ten ta te takiej takiego takich".split())
# Round twenty-three: a matter said not to be one for the office ("to nie jest sprawa dla opieki").
REFUSAL_BRIDGE |= frozenset("jest sprawa dla".split())
# Round twenty-five: someone wished not to come or do it ("nie chcę, żeby ktoś do nas przyjechał").
REFUSAL_BRIDGE |= frozenset("zeby ktos".split())
# Round twenty-six: a verb of saying refused before what it is said into ("nie chcę mówić na sekretarkę").
REFUSAL_BRIDGE |= frozenset("mowic powiedziec gadac".split())
# Round forty-five: what one cannot do is not asked for ("nie umiem się nagrywać, proszę oddzwonić"), now that
# "nagrywać się" is a word of the message.
REFUSAL_BRIDGE |= frozenset("umiem potrafie".split())
# Round nine: a word the recogniser split in two ("o pieka", "po moc", "za siłek"): a piece like these,
# then a word that matches nothing, make one word when together they are a word of the lists.
SPLIT_PIECES = frozenset("o po za na do od u w we z ze s przy wy pod nad roz".split())
# Round fifty-five: the forms of a verb (morfeusz's parts of speech) a prefix split off may be joined to again
FIFTY_FIVE_VERB_FORMS = frozenset({"fin", "impt", "inf", "praet", "bedzie", "imps", "pcon", "pant"})
BROKEN_PIECE = 2  # round one hundred and fifty-six: the shortest piece of a word broken anywhere ("pacz ki")
SYLLABLE = 3  # round fifteen: the longest first syllable split off a word, neither piece a word ("so cjalna")
# Round ten: the names of letters, as the recogniser writes an acronym spelled out ("de pe es" for DPS, "o pe
# es" for OPS): a run of them is one word when together their letters are a word of the lists.
LETTER_NAMES = {"a": "a", "be": "b", "ce": "c", "cie": "c", "de": "d", "e": "e", "ef": "f", "gie": "g", "ha": "h",
                "i": "i", "jot": "j", "ka": "k", "el": "l", "em": "m", "en": "n", "o": "o", "pe": "p", "ku": "q",
                "er": "r", "es": "s", "te": "t", "u": "u", "wu": "w", "iks": "x", "igrek": "y", "zet": "z"}
SPELLED_LONGEST = 5
# Round nine: a phrase with one of these is not heard the other way round: their place changes the sense
# ("dzieci same", children alone, is not "same dzieci", only children) or they are no content words.
NOT_REORDERED = frozenset("""go jej ich mu ani bez pod nad przed sam sama same sami samo wszystko wszystkie
    wszystkim wszystkiego caly cala cale calej""".split())
# Round nine: a denied imperative is a plea, not a denial ("nie bij, tato"); "nie bój się" comforts.
NOT_A_PLEA = frozenset({"bac"})
# Round eleven: a refusal said after its word, with no infinitive after it ("oddzwaniać nie ma kto").
POSTPOSED_REFUSALS = (("nie", "trzeba"), ("nie", "potrzeba"), ("nie", "ma", "kto"), ("nie", "bedzie", "komu"))
# Round thirty-eight: a dative between the matter and "nie trzeba" ("ogrzewania mi nie trzeba", "opału nam nie potrzeba").
POSTPOSED_REFUSALS += tuple((dative, *phrase) for dative in ("mi", "nam") for phrase in (("nie", "trzeba"),
                                                                                       ("nie", "potrzeba")))
# Dictionary readings that are no word of their own ("-m" of "pogubiłam", punctuation, unknown).
_NO_LEMMA = frozenset({"aglt", "interp", "ign", "brev"})

# Words said with any request; their keyword hits weigh GENERIC_WEIGHT.
# A vocabulary word is generic when its folded form starts with one of these.
GENERIC_PREFIXES = (
    "pomoc", "pomag", "osrod", "socjal", "spolecz", "spraw", "informac",
    "pytan", "urzad", "gmin", "kleszczew",
)

# Folded common words that never match by stem, prefix or typo.
STOPWORDS = frozenset("""
    a ale albo bo by bym co czy do dla i ja jak juz lub mi na nas o od po
    pan pani panie panstwo sie ta tak te ten to tu tam u w we wy z za ze
    nie jest sa byc jestem jestes jestesmy jestescie bylem bylam byl byla
    prosze prosic dzien dobry dobra dobrze dziekuje dziekujemy witam halo
    hej wieczor chce chcialbym chcialabym chcialem chcialam chcemy chcial
    wiedziec wiem moge mozna moze mozecie macie mam ma mamy bardzo jeszcze
    mnie mna ciebie sobie kims ktos kogos cos czegos czemu tez tylko tego
    ktory ktora ktore moj moja moje nasz nasza wasz wasza tutaj teraz
    dzisiaj jutro wczoraj mowic powiedziec slucham
    zero jeden jedna jedno dwa dwie trzy cztery piec szesc siedem osiem
    dziewiec raz razy
""".split())

# Inflectional and common derivational endings, folded; longest tried first.
_ENDINGS = frozenset("""
    owego owemu owych owymi owym owej owie owa owe owy owi ow
    aniem eniem aniu eniu ania enia anie enie
    acie ecie icie ycie cie cia ciu ciem
    ami ach iem iom ego emu ymi ych imi ich ej ym im em om am
    amy emy imy ymy asz esz isz ysz aja eja
    ac ec ic yc aj ij
    any ana ane ani anego anej anym anych ony ona one eni onego onej onym onych
    ty ta te ci ia ie iu ii
    a e i o u y
""".split())
_ENDING_LENGTHS = sorted({len(e) for e in _ENDINGS}, reverse=True)
_VERBAL_NOUN_ENDINGS = frozenset("aniem eniem aniu eniu ania enia anie enie".split())

# Stem-final sound changes (locative/dative softening), softened -> plain.
_FINAL_ALTERNATIONS = (("rz", "r"), ("dz", "g"), ("sz", "ch"), ("c", "k"))
_VOWELS = frozenset("aeiouy")
# Verb prefixes: "rozmawiać" ~ "porozmawiać", "skontaktować" ~ "kontakt". Not "od": it
# carries the meaning in "oddzwonić" (call back), which "dzwonię" (I am calling) is not.
_VERB_PREFIXES = ("prze", "przy", "pod", "nad", "roz", "po", "wy", "za", "na", "do", "u", "z", "s")
MIN_UNPREFIXED = 5       # letters left after removing a verb prefix

_POLISH = str.maketrans("ąćęłńóśźż", "acelnoszz")
_LETTERS = re.compile(r"[^\W\d_]+")
_WORDS_FIGURES_PLUS = re.compile(r"[^\W\d_]+|\d+|\+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True)
class Match:
    choice: str     # the choice id
    score: float    # 0..100, how sure
    word: str       # the caller's word(s) that matched, folded
    last: int = 0   # where the choice's last keyword ends (word count): the need often comes last


# --- text helpers -------------------------------------------------------------

@short_texts_remembered  # pure: the word lists' entries are folded once per process, not per line built
def fold(text: str) -> str:
    """Lowercase, Polish (and other accented) letters to ASCII, non-letters to
    single spaces: "Do KTÓREJ, 8:00?" -> "do ktorej"."""
    s = text.lower().translate(_POLISH)
    if not s.isascii():
        # Decomposed Polish from some phones ("a" + combining ogonek), é, ü ...
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    return " ".join(_LETTERS.findall(s))


def words_and_folds(text: str, hesitations: Collection[str] = ()) -> list[tuple[str, str]]:
    """(lower-case word with its Polish letters, folded word) pairs, hesitations (folded
    words) dropped: the dictionary needs the Polish letters, the matching works on folded words."""
    return [(word, folded) for word, folded, _ in _words(text, hesitations)]


def _words(text: str, hesitations: Collection[str] = ()) -> list[tuple[str, str, bool]]:
    """(lower-case word, folded word, written with a capital) for each word, hesitations
    (folded words) dropped; a figure and "+" ("800+") are words too."""
    return [(word, folded, capital) for word, folded, capital, _ in _tokens(text, hesitations)]


_PAUSE_AFTER = re.compile(r"\s*[,.;:!?…–—]")


def _pauses(text: str, hesitations: Collection[str] = ()) -> list[bool]:
    """For each word _words() keeps, whether a punctuation mark follows it: the recogniser writes
    "Nie, bije mnie." when "nie" answers something and does not deny what follows."""
    return [pause for *_, pause in _tokens(text, hesitations)]


def _tokens(text: str, hesitations: Collection[str] = ()) -> list[tuple[str, str, bool, bool]]:
    """(word, folded word, written with a capital, a punctuation mark after it) for each word kept.
    Hesitations are compared folded ("zupełnie" as "zupelnie"); one of several words ("w ogóle", round
    ten) is dropped when all its words are said in a row. One answer is read by some thirty readings of the
    call flow, each asking for its words: they are worked out once per text (and kept for the last texts)."""
    return list(_tokens_of(text, hesitations if isinstance(hesitations, (tuple, frozenset)) else tuple(hesitations)))


@lru_cache(maxsize=256)
def _tokens_of(text: str, hesitations: tuple[str, ...] | frozenset[str]) -> tuple[tuple[str, str, bool, bool], ...]:
    single, multiple = _hesitation_sets(hesitations)
    text = unicodedata.normalize("NFC", text)
    found: list[tuple[str, str, bool, bool]] = []
    for m in _WORDS_FIGURES_PLUS.finditer(text):
        said = m.group()
        pause = bool(_PAUSE_AFTER.match(text, m.end()))
        if not said.isalpha():  # a figure, or "+" as in "800+"
            found.append((said, said, False, pause) if said != "+" else ("plus", "plus", False, pause))
            continue
        word = said.lower()
        folded = fold(word)
        if not folded or " " in folded or folded in single:
            continue
        found.append((word, folded, said[0].isupper(), pause))
        for phrase in multiple.get(folded, ()):
            if len(found) >= len(phrase) and tuple(t[1] for t in found[-len(phrase):]) == phrase:
                del found[-len(phrase):]
                break
    return tuple(found)


@lru_cache(maxsize=64)
def _hesitation_sets(hesitations: Collection[str]) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """The folded one-word hesitations, and those of several words by their last word."""
    folded = [fold(h) for h in hesitations]
    multiple: dict[str, list[tuple[str, ...]]] = {}
    for h in folded:
        if " " in h:
            multiple.setdefault(h.split()[-1], []).append(tuple(h.split()))
    return frozenset(h for h in folded if h and " " not in h), multiple


# Round thirty-six: the endings an acronym takes when it is declined as a word ("dpsu", "dpsie", "zusem", "nfzu").
ACRONYM_ENDINGS = ("u", "ie", "em", "owi", "ach", "ami", "ów", "y", "a")
ACRONYM_LONGEST = 5  # letters of an acronym so declined ("pcpru"); a longer word is no acronym


def _acronym_bases(token: str) -> list[str]:
    """The acronyms a folded word may be, declined: the word without an ending of ACRONYM_ENDINGS, two to
    ACRONYM_LONGEST letters left with at most one vowel among them ("dpsu" -> "dps", "opsie" -> "ops"). Only for a
    word the dictionary does not know (the caller of _acronym_bases checks): "kotu" is a word of its own."""
    return [token[:-len(ending)] for ending in ACRONYM_ENDINGS if token.endswith(fold(ending))
            and 2 <= len(token) - len(ending) <= ACRONYM_LONGEST
            and sum(letter in _VOWELS for letter in token[:-len(ending)]) <= 1]


# Round thirty-six: a verb and the pronoun after it heard as one word ("zadzwońciedomnie", "porozmawiajcieznami").
GLUED_TAILS = (("do", "mnie"), ("do", "nas"), ("do", "was"), ("ze", "mna"), ("z", "nami"), ("z", "wami"))
GLUED_HEAD = 4  # letters of the word before the pronoun


@lru_cache(maxsize=16384)
def _unglued(word: str, token: str) -> tuple[tuple[str, str], ...] | None:
    """A word the dictionary does not know that is a known word of GLUED_HEAD letters or more with one of
    GLUED_TAILS after it ("zadzwońciedomnie" -> "zadzwońcie", "do", "mnie"): the pieces (as said, and folded);
    None for any other word ("domnie" alone, a word of its own)."""
    if len(word) != len(token) or not token.isalpha() or not _no_word(word):
        return None
    for tail in GLUED_TAILS:
        glued = "".join(tail)
        cut = len(token) - len(glued)
        if not token.endswith(glued) or cut < GLUED_HEAD or _no_word(word[:cut]):
            continue
        pieces, at = [(word[:cut], token[:cut])], cut
        for piece in tail:
            pieces.append((word[at:at + len(piece)], piece))
            at += len(piece)
        return tuple(pieces)
    return None


def _no_word(word: str) -> bool:
    """The dictionary knows the word as no word (unknown, or only an abbreviation: "so", "cjalna")."""
    return len(word) <= MAX_WORD and all(r.pos in {"ign", "brev"} for r in readings(word))


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The folded dictionary lemmas of one lower-case word ("bił" -> {"bic"}); empty when
    the dictionary does not know it. Cached: callers say the same few words."""
    if len(word) > MAX_WORD:
        return frozenset()
    return frozenset(fold(r.lemma.split(":")[0]) for r in readings(word) if r.pos not in _NO_LEMMA) - {""}


@lru_cache(maxsize=16384)
def is_first_name(word: str) -> bool:
    return any(r.name for r in readings(word)) if len(word) <= MAX_WORD else False


@lru_cache(maxsize=16384)
def called_by_name(word: str) -> bool:
    """A first name whose every reading as a name is the vocative ("Basiu", "Krysiu", "Anno"): someone spoken to,
    as a caller speaks to a clerk she knows, not someone asked for ("z panią Basią", "pani Basia jest?")."""
    named = [r for r in readings(word) if r.name] if len(word) <= MAX_WORD else []
    return bool(named) and all(r.cases == {"voc"} for r in named)


@lru_cache(maxsize=16384)
def is_name(word: str) -> bool:
    """A first name or a surname by the dictionary ("Anią", "Radzimska"), or a word with a
    surname's ending ("Kowalską", "Nowickiej")."""
    if len(word) > MAX_WORD:
        return False
    if word.endswith(SURNAME_ENDINGS) or is_first_name(word):
        return True
    return any({"imię", "nazwisko"} & set(quals) for *_, (_, _, _, quals, _) in _morfeusz().analyse(word))


@lru_cache(maxsize=16384)
def said_to_you(word: str) -> bool:
    """Every dictionary reading of the word is a "ty"-imperative ("zamknij", "odejdź", "przycisz"):
    said to one person addressed as "ty" (not "pani", not "wy": "wyślijcie", "niech pani powtórzy")."""
    if len(word) > MAX_WORD or not word.isalpha():
        return False
    tags = [tag for *_, (_, _, tag, _, _) in _morfeusz().analyse(word)]
    return bool(tags) and all(tag.startswith("impt:sg:sec") for tag in tags)


@lru_cache(maxsize=16384)
def _infinitive(word: str) -> bool:
    """A word that the dictionary reads as an infinitive ("oddzwaniać", "dzwonić")."""
    return len(word) <= MAX_WORD and any(r.pos == "inf" for r in readings(word))


@lru_cache(maxsize=16384)
def _own_person(word: str) -> bool:
    """A past verb with its own person ending ("pożegnałam", "pobiłem"): no form of "być" before it governs it, so
    "mnie jutro nie będzie, pożegnałam się z dziećmi" (said with no pause) denies nothing; "nie będzie bił", "nie jest
    agresywny" still deny (session twenty)."""
    return any(r.pos == "aglt" for r in readings(word))


@lru_cache(maxsize=16384)
def is_plea(word: str) -> bool:
    """An imperative ("bij", "bijcie", "zabijaj"), but not of "bać się": "nie bój się" comforts."""
    if len(word) > MAX_WORD or not word.isalpha():
        return False
    found = [(fold(lemma.split(":")[0]), tag) for *_, (_, lemma, tag, _, _) in _morfeusz().analyse(word)]
    return bool(found) and all(tag.startswith("impt") and lemma not in NOT_A_PLEA for lemma, tag in found)


def _min_stem(ending: str) -> int:
    """Stem length an ending must leave: short stems only before vowel endings,
    so "porcie" is not "por-cie" and "jedzie" is not "jedz-enie"."""
    if ending in _VERBAL_NOUN_ENDINGS:
        return MIN_STEM + 2
    return MIN_STEM if ending[0] in _VOWELS else MIN_STEM + 1


_STEM_NEEDS = {e: _min_stem(e) for e in _ENDINGS}


def stem(word: str) -> str:
    """Strip the longest known ending that leaves a long enough stem."""
    for n in _ENDING_LENGTHS:
        ending = word[-n:]
        if ending in _ENDINGS and len(word) - n >= _STEM_NEEDS[ending]:
            return word[:-n]
    return word


def stems(word: str) -> set[str]:
    """The word and every stem left by stripping one known ending. Endings are
    ambiguous ("konsultan-ta" / "konsultant-a"), so matching compares sets."""
    found = {word}
    for n in _ENDING_LENGTHS:
        ending = word[-n:]
        if ending in _ENDINGS and len(word) - n >= _STEM_NEEDS[ending]:
            found.add(word[:-n])
    return found


def alternations(s: str) -> set[str]:
    """The stem plus its forms under common Polish sound changes."""
    forms = {s}
    if len(s) >= 5 and s[-2] == "e" and s[-1] not in _VOWELS:
        forms.add(s[:-2] + s[-1])                     # zasilek -> zasilk
    i = s.find("ie", 2)
    if i > 0 and len(s) >= 5:
        forms.add(s[:i] + "a" + s[i + 2:])            # otwier -> otwar
    for soft, plain in _FINAL_ALTERNATIONS:
        if s.endswith(soft) and len(s) - len(soft) + len(plain) >= MIN_STEM:
            forms.add(s[: -len(soft)] + plain)        # porz -> por
    return forms


def unprefixed(word: str) -> list[str]:
    """The word without each verb prefix it starts with (5+ letters left)."""
    return [word[len(p):] for p in _VERB_PREFIXES
            if word.startswith(p) and len(word) - len(p) >= MIN_UNPREFIXED]


def _alternation_forms(word: str) -> set[str]:
    """Stems under sound changes."""
    forms: set[str] = set()
    for s in stems(word):
        forms |= alternations(s)
    return forms


def _unprefixed_forms(word: str) -> set[str]:
    """Stems of the word without a verb prefix."""
    forms: set[str] = set()
    for rest in unprefixed(word):
        forms |= stems(rest)
    return forms


def is_generic(word: str) -> bool:
    return word.startswith(GENERIC_PREFIXES)


# --- vocabulary structures ------------------------------------------------------

@dataclass(frozen=True)
class _Keyword:
    choice: str
    words: tuple[int, ...]   # vocabulary word ids, in order
    weight: float
    key: int                 # distinct id, for the "further keyword" bonus
    strict: bool = False     # only exact, stem or lemma hits count
    gapped: bool = False     # may be heard with words between its words


@dataclass(frozen=True)
class _Hit:
    choice: str
    start: int
    end: int                 # token span [start, end)
    score: float
    key: int
    gapped: bool = False     # heard with words between its words, none of them its own "nie"


def _compile_key(vocabulary, weak, strict, names, hesitations, negatable, gapped=(), refusable=(),
                 any_stem=(), bounded=(), reorderable=(), no_imperative=(), rejoin=False) -> tuple | None:
    """What a matcher's tables are built from, as a hashable key (None: not hashable, not cached)."""
    try:
        words = tuple((choice, (keywords,) if isinstance(keywords, str) else tuple(keywords))
                      for choice, keywords in vocabulary.items())
        key = (words, tuple(sorted((weak or {}).items())), frozenset(strict), names, frozenset(hesitations),
               frozenset(negatable), frozenset(gapped), frozenset(refusable), frozenset(any_stem), frozenset(bounded),
               frozenset(reorderable), frozenset(no_imperative), rejoin)
        hash(key)
    except TypeError:
        return None
    return key


# Built tables of recent vocabularies: a line is rebuilt whole on every content change (a staff
# save, a worker's reload) and in every new app, while its words rarely change. The tables are
# only read once built, so matchers of the same words share them (each keeps its own memo).
COMPILED_LIMIT = 32  # about 0.8 MB each: the real line has 14 vocabularies
_COMPILED: LRUCache = LRUCache(COMPILED_LIMIT)
_COMPILED_LOCK = threading.Lock()


class Matcher:
    def __init__(self, vocabulary: Mapping[str, Sequence[str]], *, weak: Mapping[str, float] | None = None,
                 strict: Collection[str] = (), names: str | None = None, hesitations: Collection[str] = (),
                 negatable: Collection[str] = (), gapped: Collection[str] = (), refusable: Collection[str] = (),
                 any_stem: Collection[str] = (), bounded: Collection[str] = (), reorderable: Collection[str] = (),
                 no_imperative: Collection[str] = (), rejoin: bool = False):
        """vocabulary: choice id -> keywords/phrases as staff write them.
        hesitations: sounds dropped before matching ("yyy", "eee": [words] hesitation).
        weak: choice -> the weight of its words (below 1); strict: choices matched by
        exact word, stem or lemma only; names: the choice a first name after "pani" asks for;
        negatable: choices whose words do not count right after "nie".
        refusable: choices whose words do not count when refused ("nie chcę zostawiać wiadomości",
        "żadnych nagrań": REFUSAL_LEADS, REFUSAL_BRIDGE).
        any_stem: choices whose words match an equal stem even where the dictionary calls the two
        words different (an aspect pair: "zabijają" ~ "zabije"); other choices take such a stem
        only as a near word (ALTERNATION), which strict ones refuse ("zastanowię" is not "zastanę").
        gapped: choices whose phrases of two or more content words also count with up to GAP
        words between their words, in order ("oddycha tak szybko" for "oddycha szybko").
        bounded: gapped choices whose words between may not be a word that opens another clause
        (CLAUSE_WORDS: "on mnie bije jak dzwony biją" is not "bije dzwon").
        reorderable: choices whose phrases of exactly two content words are also heard the other way
        round, side by side ("gazem śmierdzi" for "śmierdzi gazem": Polish word order is free).
        no_imperative: choices whose words are not heard in a "ty"-imperative ("zamknij", "odejdź"):
        the line is spoken to as "pani" or "wy", so such a word is said to someone in the room
        ("Janek, zamknij drzwi" asks nothing about closing hours); a word written so in the list counts.
        rejoin: a word the recogniser split ("o pieka", "po moc") is joined again (SPLIT_PIECES).
        Precomputes folded words, stems, lemmas, sound-change forms and typo lists (once per
        vocabulary in a process: a matcher of the same words shares the read-only tables)."""
        key = _compile_key(vocabulary, weak, strict, names, hesitations, negatable, gapped, refusable, any_stem,
                           bounded, reorderable, no_imperative, rejoin)
        with _COMPILED_LOCK:
            tables = _COMPILED.get(key) if key is not None else None
        if tables is None:
            self._compile(vocabulary, weak, strict, names, hesitations, negatable, gapped, refusable, any_stem,
                          bounded, reorderable, no_imperative, rejoin)
            tables = {name: value for name, value in vars(self).items() if name != "_memo"}
            if key is not None:
                with _COMPILED_LOCK:
                    _COMPILED[key] = tables
        self.__dict__.update(tables)
        self._memo: dict[tuple[str, str], tuple[tuple[int, float], ...]] = {}
        # Round ten: the spans of the last few texts scored, so that the call flow's readings of one answer
        # (spans() after scores()) do not match it again. A few only: a later answer is matched anew.
        self._recent: dict[str, list[tuple[str, int, int, float]]] = {}

    def _compile(self, vocabulary, weak, strict, names, hesitations, negatable, gapped, refusable=(),
                 any_stem=(), bounded=(), reorderable=(), no_imperative=(), rejoin=False) -> None:
        self._word_ids: dict[str, int] = {}
        self._by_first: dict[int, list[_Keyword]] = {}
        self._memo: dict[tuple[str, str], tuple[tuple[int, float], ...]] = {}
        self._strict_words: set[int] = set()
        self._names = names
        self._negatable = frozenset(negatable)
        self._refusable = frozenset(refusable)
        self._gapped = frozenset(gapped)  # before the keywords are read
        self._bounded = frozenset(bounded)
        self._rejoin = rejoin
        choices_of: dict[int, set[str]] = {}  # which choices each vocabulary word belongs to
        self._hesitations = frozenset(fold(h) for h in hesitations) - {""}
        weak = weak or {}
        originals: dict[int, set[str]] = {}
        any_stem_words: set[int] = set()
        seen: set[tuple[str, tuple[int, ...]]] = set()
        for choice, keywords in vocabulary.items():
            if isinstance(keywords, str):            # a lone string, not a list
                keywords = [keywords]
            for keyword, may_gap in _orders(keywords, choice in reorderable):
                pairs = words_and_folds(keyword)
                words = [folded for _, folded in pairs]
                if not words:
                    continue
                ids = tuple(self._word_id(w) for w in words)
                for (word, _), wid in zip(pairs, ids):
                    originals.setdefault(wid, set()).add(word)
                    choices_of.setdefault(wid, set()).add(choice)
                if choice in any_stem:
                    any_stem_words.update(ids)
                if (choice, ids) in seen:
                    continue
                seen.add((choice, ids))
                content = [w for w in words if w not in STOPWORDS] or words
                weight = GENERIC_WEIGHT if all(map(is_generic, content)) else weak.get(choice, 1.0)
                # Only a phrase of two or more content words keeps its sense with words between
                # ("oddycha ... szybko"); "na ... ulicy" or "nie ... jadła" would not.
                gapped_kw = may_gap and choice in self._gapped and len([w for w in words if w not in STOPWORDS]) >= 2
                kw = _Keyword(choice, ids, weight, len(seen), choice in strict, gapped_kw)
                self._by_first.setdefault(ids[0], []).append(kw)
        self._build_indexes()
        # Words of only the choices that a "ty"-imperative does not ask for ("zamknięte" of the hours).
        self._no_imperative = frozenset(wid for wid, choices in choices_of.items()
                                        if choices <= set(no_imperative))
        # Lemma -> vocabulary word ids, from the words as staff wrote them (Polish letters).
        self._lemmas: dict[str, set[int]] = {}
        self._word_lemmas: dict[int, frozenset[str]] = {}  # what the dictionary says each vocabulary word is
        folded_of = {wid: w for w, wid in self._word_ids.items()}
        for wid, words in originals.items():
            folded = folded_of[wid]
            if len(folded) < MIN_STEM or folded in STOPWORDS:
                continue
            for word in words:
                # A word written in its base form means that word only: "piątek" (Friday),
                # not also the genitive plural of "piątka" (key 5).
                found = lemmas(word)
                for lemma in ({folded} if folded in found else found):
                    self._lemmas.setdefault(lemma, set()).add(wid)
                if wid not in any_stem_words:
                    self._word_lemmas[wid] = self._word_lemmas.get(wid, frozenset()) | found

    def _word_id(self, word: str) -> int:
        return self._word_ids.setdefault(word, len(self._word_ids))

    def _build_indexes(self) -> None:
        """Lookup tables from folded word, stem, sound-change form and stem
        prefix to vocabulary word ids; typo candidates grouped by first letter."""
        self._exact = dict(self._word_ids)
        self._stems: dict[str, set[int]] = {}
        self._forms: dict[str, set[int]] = {}
        self._unprefixed: dict[str, set[int]] = {}  # stems of vocabulary words without their verb prefix
        self._prefix_stems: dict[str, set[int]] = {}
        fuzzy: dict[str, tuple[list[str], list[int]]] = {}
        for word, wid in self._word_ids.items():
            if len(word) < MIN_INFLECT or len(word) > MAX_WORD or word in STOPWORDS:
                continue                              # exact match only
            s = stem(word)
            for form in stems(word):
                self._stems.setdefault(form, set()).add(wid)
            for form in _alternation_forms(word):
                self._forms.setdefault(form, set()).add(wid)
            for form in _unprefixed_forms(word):
                self._unprefixed.setdefault(form, set()).add(wid)
            if len(s) >= MIN_PREFIX_STEM:
                self._prefix_stems.setdefault(s, set()).add(wid)
            if len(word) >= MIN_FUZZY:
                forms, ids = fuzzy.setdefault(word[0], ([], []))
                for form in {word, s}:
                    if len(form) >= MIN_FUZZY:
                        forms.append(form)
                        ids.append(wid)
        self._fuzzy = fuzzy

    # --- one caller word --------------------------------------------------------

    def _analyze(self, word: str, token: str) -> tuple[tuple[int, float], ...]:
        """(vocabulary word id, quality) pairs for one caller word (as said, and folded)."""
        cached = self._memo.get((word, token))
        if cached is None:
            cached = tuple(self._analyze_uncached(word, token).items())
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[(word, token)] = cached
        return cached

    def _analyze_uncached(self, word: str, token: str) -> dict[int, float]:
        found: dict[int, float] = {}
        wid = self._exact.get(token)
        if wid is not None:
            found[wid] = EXACT
        if len(token) < MIN_STEM or len(token) > MAX_WORD or token in STOPWORDS or not token.isalpha():
            return found
        said = lemmas(word)
        for lemma in said:
            _add(found, self._lemmas.get(lemma, ()), LEMMA)
        if not said and not found:  # round thirty-six: an acronym declined as a word ("do dpsu", "w dpsie")
            _add(found, [self._exact[base] for base in _acronym_bases(token) if base in self._exact], STEM)
        for form in stems(token):                     # "pić" ~ "picie" from 3 letters
            # Where the dictionary knows both words as different words, an equal stem is only a
            # near word ("zastanowię" is not "zastanę"): strict lists do not take it.
            _add(found, [w for w in self._stems.get(form, ()) if not self._unrelated(said, w)], STEM)
            _add(found, [w for w in self._stems.get(form, ()) if self._unrelated(said, w)], ALTERNATION)
        if len(token) < MIN_INFLECT:
            return found
        for n in range(MIN_PREFIX_STEM, len(token) + 1):
            _add(found, self._prefix_stems.get(token[:n], ()), PREFIX)
        for form in _alternation_forms(token):
            _add(found, self._forms.get(form, ()), ALTERNATION)
            _add(found, self._unprefixed.get(form, ()), ALTERNATION)
        # Both words without their prefixes: only when one of them had none. Two different prefixes
        # make two verbs ("nagrywać" is not "przegrywać").
        for form in _unprefixed_forms(token):
            _add(found, self._forms.get(form, ()), ALTERNATION)
        for rest in unprefixed(token):
            for n in range(MIN_PREFIX_STEM, len(rest) + 1):
                _add(found, self._prefix_stems.get(rest[:n], ()), ALTERNATION)
        if len(token) >= MIN_FUZZY:
            past = any(r.pos == "praet" for r in readings(word))  # a verb in the past tense is no typo of another
            self._add_typos(found, token, stem(token), said if past else frozenset())
        if self._no_imperative and said_to_you(word):  # "zamknij" said to someone in the room
            found = {wid: q for wid, q in found.items() if q >= EXACT or wid not in self._no_imperative}
        return found

    def _unrelated(self, said: frozenset[str], wid: int) -> bool:
        """The dictionary knows the caller's word and the vocabulary word, with no lemma in common."""
        known = self._word_lemmas.get(wid)
        return bool(said) and bool(known) and not (said & known)

    def _add_typos(self, found: dict[int, float], token: str, s: str, said: frozenset[str] = frozenset()) -> None:
        """Words one letter from the caller's; with `said` (the lemmas of a word in the past tense), not a word
        of another lemma (round eleven: "przeszłam", of "przejść", is no typo of "przesłać")."""
        group = self._fuzzy.get(token[0])
        if group is None:
            return
        forms, ids = group
        for query in {token, s}:
            if len(query) < MIN_FUZZY:
                continue
            for form, ratio, i in process.extract(
                query, forms, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                if abs(len(form) - len(query)) <= 1 and not (said and self._unrelated(said, ids[i])):
                    _add(found, (ids[i],), ratio * FUZZY_FACTOR)  # one typo, not a cut word

    # --- a whole text -------------------------------------------------------------

    def match(self, text: str) -> Match | None:
        """Best choice for the text, or None when nothing matches well enough
        or two different choices tie closely."""
        return best_of(self.scores(text))

    def scores(self, text: str) -> list[Match]:
        """Every choice heard in the text with its score (may exceed 100 with further
        keywords), best first."""
        words = _words(text, self._hesitations)[:MAX_TOKENS]
        pairs = [(word, folded) for word, folded, _ in words]
        if not pairs:
            return []
        hits = self._hits(pairs)
        if len(self._recent) >= RECENT_SPANS:
            self._recent.clear()
        self._recent[text] = [(h.choice, h.start, h.end, h.score) for h in hits]
        if self._negatable or self._refusable:
            tokens = [folded for _, folded in pairs]
            pauses = _pauses(text, self._hesitations)[:MAX_TOKENS]
            if len(pauses) != len(tokens):  # cannot happen: the same words; never deny by mistake
                pauses = [True] * len(tokens)
            hits = self._affirmed(hits, tokens, pauses, [w for w, _ in pairs]) if self._negatable else hits
            hits = self._not_refused(hits, tokens, pauses, [w for w, _ in pairs]) if self._refusable else hits
        if self._names:
            hits += self._name_hits(words)
        hits = _keep_longest(hits)
        if not hits:
            return []
        tokens = [folded for _, folded in pairs]
        last = {}
        for h in hits:
            last[h.choice] = max(last.get(h.choice, 0), h.end)
        return [Match(choice, round(score, 1), " ".join(tokens[hit.start:hit.end]), last[choice])
                for choice, (score, hit) in _score_choices(hits)]

    def spans(self, text: str) -> list[tuple[str, int, int, float]]:
        """Every keyword found in the text, before a longer phrase covers a shorter one: (choice, its
        first word, the word after its last, score), words counted as words_and_folds counts them."""
        recent = self._recent.get(text)
        if recent is not None:
            return list(recent)
        pairs = [(word, folded) for word, folded, _ in _words(text, self._hesitations)[:MAX_TOKENS]]
        return [(h.choice, h.start, h.end, h.score) for h in self._hits(pairs)] if pairs else []

    def name_spans(self, text: str) -> list[tuple[str, int, int, float]]:
        """A person asked for by name ("dla pani Basi"), as spans gives its keywords; none without `names`."""
        if not self._names:
            return []
        return [(h.choice, h.start, h.end, h.score)
                for h in self._name_hits(_words(text, self._hesitations)[:MAX_TOKENS])]

    def _hits(self, pairs: list[tuple[str, str]]) -> list[_Hit]:
        """Every keyword found in the words, phrases as consecutive words; with `rejoin`, a word the
        recogniser split is one word again, the hits counted in the words as said."""
        if not self._rejoin:
            return self._hits_of(pairs)
        joined, origin = self._joined(pairs)
        if joined == pairs:  # round thirty-six: a word split apart may leave the count as it was
            return self._hits_of(pairs)
        return [replace(h, start=origin[h.start][0], end=origin[h.end - 1][1]) for h in self._hits_of(joined)]

    def _joined(self, pairs: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[int, int]]]:
        """The words with each split word joined ("o pieka" -> "opieka"), and where each came from."""
        joined, origin, i = [], [], 0
        while i < len(pairs):
            spelled = self._spelled(pairs, i)
            if spelled:
                letters = "".join(LETTER_NAMES[t] for _, t in pairs[i:i + spelled])
                joined.append((letters, letters))
                origin.append((i, i + spelled))
                i += spelled
            elif i + 1 < len(pairs) and self._split(pairs[i], pairs[i + 1]):
                (w1, t1), (w2, t2) = pairs[i], pairs[i + 1]
                joined.append((w1 + w2, t1 + t2))
                origin.append((i, i + 2))
                i += 2
            elif _unglued(*pairs[i]):  # round thirty-six: "zadzwońciedomnie" -> "zadzwońcie do mnie"
                pieces = _unglued(*pairs[i])
                joined.extend(pieces)
                origin.extend([(i, i + 1)] * len(pieces))
                i += 1
            else:
                joined.append(pairs[i])
                origin.append((i, i + 1))
                i += 1
        return joined, origin

    def _spelled(self, pairs: list[tuple[str, str]], i: int) -> int:
        """How many words from i spell, letter by letter, an acronym that is a word of the lists itself
        ("de pe es" -> "dps", "zet u es" -> "zus"): three names or more, one of them not a vowel; 0 if none.
        Two are too few: "o de" would be "od"."""
        run = 0
        while i + run < len(pairs) and run < SPELLED_LONGEST and pairs[i + run][1] in LETTER_NAMES:
            run += 1
        for n in range(run, 2, -1):
            names = [t for _, t in pairs[i:i + n]]
            if all(len(t) == 1 for t in names):
                continue  # "a i o": little words, no spelling
            letters = "".join(LETTER_NAMES[t] for t in names)
            if max((q for _, q in self._analyze(letters, letters)), default=0.0) >= EXACT:
                return n
        return 0

    def _split(self, first: tuple[str, str], second: tuple[str, str]) -> bool:
        """A piece ("o", "po", "za") and a word that is no word of the lists by itself (only a near
        word, or a word of three letters), together a word of the lists by itself, its stem or its
        lemma, better than the second piece alone: "o pieka" is "opieka", "po moc" "pomoc", "za siłek"
        "zasiłek"; not "o piece" (the stove is a word of the lists), nor "do domu" (no such word)."""
        (w1, t1), (w2, t2) = first, second
        if len(t2) < MIN_STEM or not t2.isalpha():
            return t2.isalpha() and self._broken_word(first, second)  # round 156: "pacz ki" -> "paczki"
        if t1 not in SPLIT_PIECES and not (len(t1) <= SYLLABLE and t1.isalpha() and _no_word(w1) and _no_word(w2)):
            if not self._fifty_five_syllable_and_word(first, second) and not self._broken_word(first, second):
                return False  # round fifteen: a first syllable and a rest, neither a word ("so cjalna" -> "socjalna")
        alone = max((q for _, q in self._analyze(w2, t2)), default=0.0)
        if alone >= STEM and len(t2) > MIN_STEM:
            # round fifteen: a verb of the lists heard without its prefix ("od dzwoni" -> "oddzwoni"), only
            # when together they are that very word (a word heard exactly is never joined)
            if t1 not in SPLIT_PIECES or alone >= EXACT:
                return False
            return max((q for _, q in self._analyze(w1 + w2, t1 + t2)), default=0.0) >= EXACT or \
                self._fifty_five_prefixed_verb(first, second)
        together = max((q for _, q in self._analyze(w1 + w2, t1 + t2)), default=0.0)
        return together >= STEM and together > alone

    def _broken_word(self, first: tuple[str, str], second: tuple[str, str]) -> bool:
        """Round one hundred and fifty-six: a word the recogniser broke anywhere, not only after its first
        syllable ("wiado mością", "pacz ki", "kierow nikiem", "pienią dze"): joined when one piece at least is
        no word, together they are a word of the dictionary and, by it or its lemma, of the lists, and neither
        piece alone is a word of the lists; two pieces that are both words only when together they are a word of
        the lists exactly and neither alone is near any."""
        (w1, t1), (w2, t2) = first, second
        if not (t1.isalpha() and len(t1) >= BROKEN_PIECE and len(t2) >= BROKEN_PIECE):
            return False
        if _no_word(w1 + w2):
            return False
        alone = max((q for w, t in (first, second) for _, q in self._analyze(w, t)), default=0.0)
        together = max((q for _, q in self._analyze(w1 + w2, t1 + t2)), default=0.0)
        if _no_word(w1) or _no_word(w2):
            return alone < STEM and together >= LEMMA
        # both pieces words of the dictionary ("pacz ki", "wiado mość"): only when neither is near any word of the
        # lists and together they are one exactly
        return alone == 0.0 and together >= EXACT

    def _fifty_five_syllable_and_word(self, first: tuple[str, str], second: tuple[str, str]) -> bool:
        """Round fifty-five: a first syllable that is no word, split off a word whose rest happens to be a word
        of the dictionary but of no list ("gło sową" -> "głosową", "poczta głosowa"; "sową" is an owl): joined
        only when together they are a word of the lists exactly and the rest alone is none."""
        (w1, t1), (w2, t2) = first, second
        if not (len(t1) <= SYLLABLE and t1.isalpha() and _no_word(w1)):
            return False
        if max((q for _, q in self._analyze(w2, t2)), default=0.0) > 0.0:
            return False
        return max((q for _, q in self._analyze(w1 + w2, t1 + t2)), default=0.0) >= EXACT

    def _fifty_five_prefixed_verb(self, first: tuple[str, str], second: tuple[str, str]) -> bool:
        """Round fifty-five: a prefix split off a verb of the lists in another form than the list's ("od
        dzwońcie" -> "oddzwońcie", the list has "oddzwonić", "oddzwoni"): joined when together they are a form
        of a list's verb (its lemma) which is not the verb heard alone ("dzwonić"); the piece after the prefix only
        a verb ("z jedzeniem" is no "zjedzeniem")."""
        (w1, t1), (w2, t2) = first, second
        if lemmas(w2) & lemmas(w1 + w2) or not lemmas(w1 + w2) or not lemmas(w2):
            return False
        if not all(r.pos in FIFTY_FIVE_VERB_FORMS for r in readings(w2)):
            return False
        return max((q for _, q in self._analyze(w1 + w2, t1 + t2)), default=0.0) >= LEMMA

    def _hits_of(self, pairs: list[tuple[str, str]]) -> list[_Hit]:
        """Every keyword found in the words, phrases as consecutive words."""
        found = [_best_readings(self._analyze(word, token)) for word, token in pairs]
        own_negations = {self._word_ids[n] for n in NEGATIONS if n in self._word_ids}
        hits = []
        for start, words in enumerate(found):
            for wid in words:
                for kw in self._by_first.get(wid, ()):
                    least = STEM if kw.strict else 0.0
                    quality = _phrase_quality(found, start, kw.words, least)
                    end = start + len(kw.words)
                    if quality is None and kw.gapped:
                        quality, end = _gapped_quality(found, start, kw.words, least)
                        if quality is not None and kw.choice in self._bounded and CLAUSE_WORDS & {
                                token for _, token in pairs[start + 1:end - 1]}:
                            quality = None  # another clause between: "bije, jak dzwony biją"
                    if quality is not None:
                        gapped = end - start > len(kw.words) and not own_negations & set(kw.words)
                        hits.append(_Hit(kw.choice, start, end, quality * kw.weight, kw.key, gapped))
        return hits

    def _affirmed(self, hits: list[_Hit], tokens: list[str], pauses: list[bool],
                  said: Sequence[str] = ()) -> list[_Hit]:
        """Hits without the denied ones: a negatable choice's keyword right after "nie"
        ("nie bije"), or after "nie" and a form of "być" ("nie jest agresywny"); not after a
        "nie" followed by a comma ("Nie, bije mnie.": an answer, then what happens), nor when the
        keyword is said as an imperative: "nie bij, tato" begs, it denies nothing (round nine)."""
        def denied(h: _Hit) -> bool:
            if h.choice not in self._negatable or tokens[h.start] in NEGATIONS:
                return False
            if said and is_plea(said[h.start]):
                return False
            i = h.start
            if i >= 1 and tokens[i - 1] in NEGATIONS and not pauses[i - 1]:
                return True
            # A phrase heard with words between, its last word denied: "pije, ale nie bije".
            if h.gapped and tokens[h.end - 2] in NEGATIONS and not pauses[h.end - 2]:
                return True
            return (i >= 2 and tokens[i - 2] in NEGATIONS and tokens[i - 1] in NEGATION_LINKS
                    and not pauses[i - 2] and not pauses[i - 1] and not (said and _own_person(said[i])))
        return [h for h in hits if not denied(h)]

    def _not_refused(self, hits: list[_Hit], tokens: list[str], pauses: list[bool],
                     said: Sequence[str] = ()) -> list[_Hit]:
        """Hits without the refused ones: a refusable choice's keyword after "żadnych" or "bez",
        or after "nie" with only words of wanting or leaving between ("nie chcę zostawiać wiadomości");
        or before "nie trzeba" or "nie ma kto" with no verb of its own after it (round eleven)."""
        def refused(h: _Hit) -> bool:
            if h.choice not in self._refusable or tokens[h.start] in NEGATIONS:
                return False
            if h.start and tokens[h.start - 1] in REFUSAL_LEADS:
                return True
            for j in range(h.start - 1, max(-1, h.start - 2 - REFUSAL_REACH), -1):
                if pauses[j]:  # "Nie, zostawię wiadomość.": the "nie" answered something else
                    return False
                if tokens[j] in NEGATIONS:
                    return True
                if tokens[j] not in REFUSAL_BRIDGE:
                    return False
            return False

        def not_concerning(h: _Hit) -> bool:  # "osiemset plus mnie nie dotyczy"
            if h.choice not in self._refusable:
                return False
            after = [t for t in tokens[h.end:h.end + 4] if t not in REFUSAL_BRIDGE]
            return after[:2] == ["nie", "dotyczy"]

        def refused_after(h: _Hit) -> bool:  # round eleven: "oddzwaniać nie ma kto", "wiadomości nie trzeba"
            if h.choice not in self._refusable or h.end > len(tokens) or (h.end and pauses[h.end - 1]):
                return False
            for phrase in POSTPOSED_REFUSALS:
                end = h.end + len(phrase)
                if tuple(tokens[h.end:end]) == phrase:
                    # "zasiłek, nie trzeba oddzwaniać": the infinitive after it is what is not needed
                    return not (end < len(said) and _infinitive(said[end]))
            return False

        out = {id(h) for h in hits if refused(h) or not_concerning(h) or refused_after(h)}
        # A word inside a refused phrase is refused with it ("nie mnie osiemset plus": "plus" too).
        spans = [(h.choice, h.start, h.end) for h in hits if id(h) in out]
        return [h for h in hits if id(h) not in out
                and not any(c == h.choice and a <= h.start and h.end <= b for c, a, b in spans)]

    def _name_hits(self, words: list[tuple[str, str, bool]]) -> list[_Hit]:
        """A person asked for by name: "z panią Anią", "pani Kowalska", "pan Tomek"."""
        hits = []
        for i in range(1, len(words)):
            lead, (word, folded, capital) = words[i - 1][1], words[i]
            if folded in STOPWORDS or lead not in NAME_LEADS:
                continue
            if called_by_name(word):  # session 25: "pani Basiu, to ja": the caller speaks to her, asks for no one
                continue
            if is_first_name(word) or (lead in TITLE_LEADS and (capital or is_name(word))):
                hits.append(_Hit(self._names, i - 1, i + 1, EXACT, -1))
        return hits


def _orders(keywords: Sequence[str], reorder: bool) -> list[tuple[str, bool]]:
    """(keyword, may be heard with words between) for each keyword as staff wrote it and with "się"
    on the other side; with `reorder`, a phrase of exactly two content words also the other way
    round, only side by side ("gazem śmierdzi" for "śmierdzi gazem")."""
    found = [(variant, True) for k in keywords for variant in _reflexive_orders(k)]
    if reorder:
        for k in keywords:
            words = k.split()
            if len(words) == 2 and not {fold(w) for w in words} & (STOPWORDS | NOT_REORDERED):
                found.append((f"{words[1]} {words[0]}", False))
    return found


def _reflexive_orders(keyword: str) -> list[str]:
    """The keyword, and with "się" on the other side of its neighbour: Polish puts the reflexive
    before or after the verb ("dobiera się do" ~ "się dobiera do", "się nie rusza" ~ "nie rusza się")."""
    words = keyword.split()
    found = [keyword]
    for i, word in enumerate(words):
        if fold(word) != "sie":
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and fold(words[j]) not in STOPWORDS:
                swapped = list(words)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                found.append(" ".join(swapped))
    return found


def _best_readings(pairs: tuple[tuple[int, float], ...]) -> dict[int, float]:
    """A caller word's vocabulary matches, without those far weaker than its best one:
    "posiłki" is "posiłek" by the dictionary, not "zasiłki" by a sound change."""
    if not pairs:
        return {}
    least = max(q for _, q in pairs) - READING_SPREAD
    return {wid: q for wid, q in pairs if q >= least}


def best_of(scores: Sequence[Match]) -> Match | None:
    """The first choice when it is good enough and clearly ahead of the next one."""
    if not scores:
        return None
    best = scores[0]
    runner_up = scores[1].score if len(scores) > 1 else 0.0
    if best.score < THRESHOLD or best.score - runner_up < MARGIN:
        return None
    return Match(best.choice, min(best.score, 100.0), best.word, best.last)


def last_of(scores: Sequence[Match]) -> Match | None:
    """Of two choices heard about equally well (each good enough), the one named last: a caller
    tells the story first and the need at the end ("córka pracuje za granicą ... to osiemset na
    dziecko"). None when fewer than two are good enough or they end at the same word."""
    good = [m for m in scores if m.score >= THRESHOLD]
    if len(good) < 2 or good[0].score - good[1].score >= MARGIN:
        return None
    top = [m for m in good if good[0].score - m.score < MARGIN]
    top.sort(key=lambda m: m.last, reverse=True)
    if len(top) > 1 and top[0].last == top[1].last:
        return None
    return Match(top[0].choice, min(top[0].score, 100.0), top[0].word, top[0].last)

# --- scoring helpers -----------------------------------------------------------------

def _add(found: dict[int, float], ids, quality: float) -> None:
    for wid in ids:
        if quality > found.get(wid, 0.0):
            found[wid] = quality


def _phrase_quality(found: list[dict[int, float]], start: int, words: tuple[int, ...],
                    least: float = 0.0) -> float | None:
    """Mean quality when every phrase word matches the next caller word (each at least
    `least`), else None."""
    if start + len(words) > len(found):
        return None
    total = 0.0
    for offset, wid in enumerate(words):
        quality = found[start + offset].get(wid)
        if quality is None or quality < least:
            return None
        total += quality
    return total / len(words)


def _gapped_quality(found: list[dict[int, float]], start: int, words: tuple[int, ...],
                    least: float = 0.0) -> tuple[float | None, int]:
    """(Quality, end) when the phrase's words follow in order from `start` with at most GAP
    caller words between each two, the nearest match taken; (None, start) otherwise."""
    total, at = 0.0, start
    for offset, wid in enumerate(words):
        window = range(at, min(len(found), at + 1 + (GAP if offset else 0)))
        quality = next((found[i][wid] for i in window if found[i].get(wid, -1.0) >= least), None)
        if quality is None:
            return None, start
        at = next(i for i in window if found[i].get(wid, -1.0) >= least) + 1
        total += quality
    return GAP_FACTOR * total / len(words), at


def _keep_longest(hits: list[_Hit]) -> list[_Hit]:
    """Drop hits that overlap a longer hit (the longer phrase wins)."""
    longest = [0] * (max(h.end for h in hits) if hits else 0)
    for h in hits:
        for i in range(h.start, h.end):
            longest[i] = max(longest[i], h.end - h.start)
    return [h for h in hits if all(longest[i] == h.end - h.start for i in range(h.start, h.end))]


def _score_choices(hits: list[_Hit]) -> list[tuple[str, tuple[float, _Hit]]]:
    """Per choice: best hit score + bonus for further distinct keywords; best first."""
    by_choice: dict[str, list[_Hit]] = {}
    for h in hits:
        by_choice.setdefault(h.choice, []).append(h)
    scored = {}
    for choice, own in by_choice.items():
        best = max(own, key=lambda h: h.score)
        # one caller word matching two keywords of a choice counts once
        extra = min(len({h.key for h in own}), len({h.start for h in own})) - 1
        score = min(MAX_SCORE, best.score + EXTRA_BONUS * min(extra, MAX_EXTRA))
        scored[choice] = (score, best)
    return sorted(scored.items(), key=lambda item: item[1][0], reverse=True)


# --- short answers said alone ------------------------------------------------------

_WORDS_AND_FIGURES = re.compile(r"[^\W_]+")


def fold_keep_figures(text: str) -> list[str]:
    """Folded words, figures kept as words of their own: "Jedynkę, 1." -> ["jedynke", "1"]."""
    s = text.lower().translate(_POLISH)
    if not s.isascii():
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    return [t for chunk in _WORDS_AND_FIGURES.findall(s) for t in re.findall(r"\d|\D+", chunk)]


class Sayings:
    """Short answers that mean a choice only when they are the whole answer:
    "jedynka", "opcja druga", "co?", "dziękuję". Inside a longer sentence they
    mean nothing ("mam jedno pytanie o godziny" is not key 1).

    A phrase matches the caller's words one by one, each in any inflection
    (shared light stem: "jedynkę" ~ "jedynka", "gwiazdkę" ~ "gwiazdka").
    Fillers ("opcja", "numer", "proszę") are dropped when the whole answer
    does not match as it is."""

    def __init__(self, phrases: Mapping[str, Sequence[str]], fillers: Sequence[str] = ()):
        said: list[tuple[str, tuple[frozenset[str], ...]]] = []
        for choice, items in phrases.items():
            for phrase in ([items] if isinstance(items, str) else items):
                words = fold_keep_figures(phrase)
                if words:
                    said.append((choice, tuple(_light_stems(w) for w in words)))
        # The choices' phrases by their length and the stems of their first word: an answer is tried only
        # against the phrases it may be (a Line's sayings are hundreds; each answer is read several times).
        self._phrases_by_start: dict[tuple[int, str], list[tuple[str, tuple[frozenset[str], ...]]]] = {}
        for choice, stems in said:
            for first in stems[0]:
                self._phrases_by_start.setdefault((len(stems), first), []).append((choice, stems))
        # A filler of one word drops that word; a filler phrase ("nie wiem", "niech będzie") drops
        # only the whole phrase: "zero wiem" is no "zero" among fillers.
        fill = [[_light_stems(w) for w in fold_keep_figures(f)] for f in fillers]
        self._fillers = frozenset(s for words in fill if len(words) == 1 for s in words[0])
        self._filler_phrases = sorted({tuple(words) for words in fill if len(words) > 1}, key=len, reverse=True)
        # Filler phrases by the stems of their first word: a caller's word is tried only against the phrases
        # it may begin (the lists of fillers and of being lost are long; each answer is read several times).
        self._phrases_by_first: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for phrase in self._filler_phrases:  # longest first, kept so in each bucket
            for first in phrase[0]:
                self._phrases_by_first.setdefault(first, []).append(phrase)
        # Fillers that choose: one-word fillers the dictionary reads as a verb ("wybieram", "poproszę").
        self._choosing = frozenset(s for f in fillers for w in [fold_keep_figures(f)] if len(w) == 1
                                   and _is_verb(f.strip().lower()) for s in _light_stems(w[0]))

    def match(self, text: str) -> str | None:
        tokens = fold_keep_figures(text)[:MAX_TOKENS]
        found = self._read(tokens)
        if found is None and len(tokens) > 1:
            found = self._read(destuttered(tokens))  # round eighteen: "je je jedynka", "o o osiem"
        if found is None and 1 < len(tokens) <= SPLIT_KEY_PIECES and not any(
                t.isdigit() or t in WHOLE_WORDS for t in tokens):
            # session twenty-two: a key split by the recogniser ("jedyn ka"), no piece a word of its own ("dwójka nie")
            found = self._choice(["".join(tokens)])
        return found

    def _read(self, tokens: list[str]) -> str | None:
        found = self._choice(tokens)
        if found is None:
            found = self._choice(self._without_fillers(tokens))
        if found is None:
            found = self._said_again(self._without_fillers(tokens))
        return found

    def chosen_last(self, text: str) -> str | None:
        """A key chosen at the end, after a remark ("a co to jest ta trójka, no dobra, niech będzie
        trzy"): the longest ending of two words or more that is one key among fillers, one of them a
        verb of choosing ("niech będzie", "wybieram", "poproszę": a filler the dictionary reads as a
        verb). Round nine. Round twenty-five: or one key said again at the very end, after a remark ("nic nie
        słyszę, traktor chodzi, jedynka, jedynka"): the ending, its fillers dropped, is that key said twice or more
        and nothing else ("mam trzy pytania, trzy" ends with a word of no key said once)."""
        tokens = fold_keep_figures(text)[:MAX_TOKENS]
        for start in range(max(1, len(tokens) - CHOSEN_TAIL), len(tokens) - 1):
            tail = tokens[start:]
            if not self._chooses(tail):
                continue
            found = self._choice(self._without_fillers(tail))
            if found is not None:
                return found
        return self._said_again_last(tokens) or self._said_again_first(tokens)

    def _said_again_first(self, tokens: list[str]) -> str | None:
        """Session twenty-five: the longest beginning that, without fillers, is one key said again, then a few words
        to someone in the room with no key among them ("jedynka, tak, jedynka, mama mówi", "zero, zero, no zero, mówię
        przecież, Gienek, nie gadaj teraz"): the key insisted on before the remark, said three times at least. "Trzy trzy
        razy dzwoniłam", "dwa dwa tygodnie czekam" (a stammered count) are no key; the remark may hold no key word."""
        for end in range(len(tokens) - 1, max(1, len(tokens) - CHOSEN_TAIL - 1), -1):  # the remark: CHOSEN_TAIL words
            if any(self._choice([token]) is not None for token in tokens[end:]):
                return None  # a key in the remark; an earlier end only moves more of it into the remark
            kept = self._without_fillers(tokens[:end])
            found = self._said_again(kept) if len(kept) >= KEY_INSISTED else None
            if found is not None:
                return found
        return None

    def _said_again_last(self, tokens: list[str]) -> str | None:
        """Round twenty-five: the longest ending after the first word that, without fillers, is one key said
        again (`_said_again`), the word before it no filler and no key: a key insisted on after a remark."""
        for start in range(max(1, len(tokens) - CHOSEN_TAIL), len(tokens) - 1):
            kept = self._without_fillers(tokens[start:])
            if len(kept) >= 2 and kept[0] == tokens[start] and self._choice(kept[:1]) is not None:
                found = self._said_again(kept)
                if found is not None and self._choice(tokens[start - 1:start]) is None:
                    return found
        return None

    def looked_for(self, text: str) -> str | None:
        """Round twenty-six: a key asked where it is on the phone ("gdzie tu gwiazdka, no gwiazdka", "a gdzie jest
        ta jedynka"): "gdzie" and the words of place after it (`LOOKING`) dropped, the rest one key among fillers,
        or said again. "Gdzie jest ośrodek" (no key), "gdzie" alone and "jest gwiazdka" (no "gdzie") are not."""
        tokens = fold_keep_figures(text)[:MAX_TOKENS]
        if "gdzie" not in tokens:
            return None
        rest = [token for token in tokens if token not in LOOKING]
        return self._read(rest) if rest else None

    def chosen_before_because(self, text: str) -> str | None:
        """A key among fillers, then its reason after "bo" ("piątkę poproszę, bo to chyba o mamę", "wybieram
        osiem, bo synowa z Ukrainy słucha"): that key. Round fifteen. Not when what comes before "bo" is more
        than a key ("mam jedno pytanie, bo..." is no key 1). Round seventeen: before "bo", a key said again after a
        correction ("wcisnę tę piątkę, znaczy mówię piątka, bo palcem nie trafiam"): what follows the correction."""
        tokens = fold_keep_figures(text)[:MAX_TOKENS]
        if "bo" not in tokens[1:]:
            return None
        head = tokens[:tokens.index("bo", 1)]
        head = head[max((i + 1 for i, token in enumerate(head) if token in CORRECTING), default=0):]
        return (self._choice(self._without_fillers(head)) or self._said_again(self._without_fillers(head))
                or self._choice(self._without_fillers(destuttered(head))))  # round eighteen: "o o osiem, bo"

    def described(self, text: str) -> str | None:
        """A key, then a few words on what it is for or where it is, after "dla", "z", "od", "na", "do",
        "o" or "w" ("ósemkę proszę dla Ukraińców", "gwiazdka ta z rogu"): that key. Round nine."""
        tokens = fold_keep_figures(text)[:MAX_TOKENS]
        if len(tokens) > CHOSEN_TAIL + DESCRIBED_WORDS:
            return None  # a sentence, not a key with a word on it
        kept = self._without_fillers(tokens)
        if not 2 <= len(kept) <= 1 + DESCRIBED_WORDS or kept[1] not in DESCRIBING_LEADS:
            return None
        return self._choice(kept[:1])

    def pressed(self, text: str) -> str | None:
        """Session twenty-two: a key right after a verb of pressing, whatever is said after it ("naciskam cztery ale
        nic nie piszczy", "to naciskam tą gwiazdkę co ona mówi"): that key, as the Ukrainian line reads "тисни
        п'ятірку". A pointing word between is skipped ("tę", "tą"); a count is no key ("naciskam dwa razy"), and two
        different keys pressed ("naciskam jedynkę, a potem naciskam dwójkę") are none."""
        tokens = fold_keep_figures(text)[:MAX_TOKENS]
        found = set()
        for at, token in enumerate(tokens):
            if not token.startswith(PRESSING):
                continue
            after = [t for t in tokens[at + 1:at + 3] if t not in POINTING][:1]
            if after and tokens[at + 1:at + 4].count("razy") == 0 and (key := self._choice(after)) is not None:
                found.add(key)
        return found.pop() if len(found) == 1 else None

    def _phrases_from(self, token: str) -> list[tuple[frozenset[str], ...]]:
        """The filler phrases whose first word the token may be, longest first."""
        found = {phrase for stem_ in _light_stems(token) for phrase in self._phrases_by_first.get(stem_, ())}
        return sorted(found, key=len, reverse=True) if len(found) > 1 else list(found)

    def _chooses(self, tokens: list[str]) -> bool:
        stems_said = [_light_stems(t) for t in tokens]
        if any(s & self._choosing for s in stems_said):
            return True
        return any(len(phrase) <= len(tokens) - i and all(a & b for a, b in zip(stems_said[i:], phrase))
                   for phrase in self._filler_phrases for i in range(len(tokens)))

    def _said_again(self, tokens: list[str]) -> str | None:
        """One word said again and again ("trzy trzy", "czwórka, czwórka"): what it means said once.
        Only a single word repeated: "trzy cztery" or "nie nie" stay what they are. Round eighteen: or the
        same choice said in several words, each meaning it alone ("trójka, trójka, trzy, no trzy" is key 3);
        "trzy cztery" (two keys) and "trzy pytania" (a word of no key) are not."""
        if len(tokens) < 2:
            return None
        if len(set(tokens)) == 1:
            return self._choice(tokens[:1])
        found = self._choice(tokens[:1])
        if found is None or any(self._choice([token]) != found for token in dict.fromkeys(tokens[1:])):
            return None
        return found

    def _without_fillers(self, tokens: list[str]) -> list[str]:
        kept, i = [], 0
        while i < len(tokens):
            for phrase in self._phrases_from(tokens[i]):
                if len(phrase) <= len(tokens) - i and all(
                        _light_stems(t) & w for t, w in zip(tokens[i:i + len(phrase)], phrase)):
                    i += len(phrase)
                    break
            else:
                if not _light_stems(tokens[i]) & self._fillers:
                    kept.append(tokens[i])
                i += 1
        return kept

    def _choice(self, tokens: list[str]) -> str | None:
        if not tokens:
            return None
        caller = [_light_stems(t) for t in tokens]
        choices = {choice for first in caller[0] for choice, words in self._phrases_by_start.get((len(caller), first), ())
                   if all(a & b for a, b in zip(words[1:], caller[1:]))}
        return choices.pop() if len(choices) == 1 else None


def destuttered(tokens: Sequence[str]) -> list[str]:
    """Round eighteen: the words of a stammer said once: a word or a piece of it said before the whole word ("je je
    jedynka", "o o osiem", "dla dla", "za za zasiłek") is dropped, the whole word kept: "jedynka", "osiem"."""
    return [token for token, after in zip(tokens, [*tokens[1:], ""]) if not (after and after.startswith(token))]


# Round nine: a key described after it ("ósemkę proszę dla Ukraińców"): at most this many words,
# after one of these.
DESCRIBED_WORDS = 3
# A key chosen at the end of a remark: the ending looked at is at most this many words ("no to dobra, niech
# będzie trzy" is six): the work stays small however long the remark.
CHOSEN_TAIL = 8
KEY_INSISTED = 3  # times a key is said before a remark to the room ("jedynka, tak, jedynka, mama mówi")
DESCRIBING_LEADS = frozenset("dla z ze od na do o w".split())
# Round twenty-six: "gdzie" and the words of place beside it, when a key is asked where it is ("gdzie tu ta gwiazdka").
LOOKING = frozenset({"gdzie", "jest", "tu", "tutaj", "tam", "sie", "znajduje", "mam", "ona", "on"})
# Round seventeen: words that correct what was just said ("piątkę, znaczy piątka"): a key after them is the key.
CORRECTING = frozenset({"znaczy", "tfu"})
# Session twenty-two: at most this many pieces of one key word split apart by the recogniser ("gwiazd ka", "pią t ka").
SPLIT_KEY_PIECES = 3
WHOLE_WORDS = frozenset({"nie", "tak", "no", "i", "a", "to", "ta", "ten", "ja", "do", "na", "mnie"})  # never a piece
# Session twenty-two: verbs of pressing a key, by their folded beginnings ("naciskam", "wcisnęłam", "klikam"), and the
# pointing words that may stand between the verb and the key ("naciskam tę gwiazdkę").
PRESSING = ("nacis", "wcis", "przycis", "klik")
POINTING = frozenset({"ta", "te", "to", "ten", "tego", "tej"})
_VERB_TAGS = ("fin", "impt", "bedzie", "praet")


@lru_cache(maxsize=4096)
def _is_verb(word: str) -> bool:
    """The dictionary reads the word as a verb ("wybieram", "poproszę", "chciałabym")."""
    if len(word) > MAX_WORD or not word.isalpha():
        return False
    return any(tag.split(":")[0] in _VERB_TAGS for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


SHARED_SAYINGS = 64  # sets of short answers kept: five per language and content version, several versions


def shared_sayings(kind: type, phrases: Mapping[str, Sequence[str]], fillers: Sequence[str] = ()):
    """`kind(phrases, fillers)` (Sayings, or a language's own), one per equal phrases and fillers.

    A line is built anew at every start and every content change (a clerk's saved text), and each
    build made its short answers again: two thirds of the time of building a line, for lists that
    had not changed. Sayings are read-only once built, so lines share them, as matchers share their
    tables; a changed list (a clerk's new word) makes its own."""
    key = tuple((choice, (items,) if isinstance(items, str) else tuple(items)) for choice, items in phrases.items())
    return _shared_sayings(kind, key, tuple(fillers))


@lru_cache(maxsize=SHARED_SAYINGS)
def _shared_sayings(kind: type, phrases: tuple[tuple[str, tuple[str, ...]], ...], fillers: tuple[str, ...]):
    return kind(dict(phrases), fillers)


@lru_cache(maxsize=16384)
def _light_stems(word: str) -> frozenset[str]:
    """The word, and its stems when it is long enough to inflect."""
    return frozenset(stems(word) if len(word) >= MIN_INFLECT else {word})
