"""Which language a resident's SMS is written in, and Ukrainian written in Latin letters read
back into Cyrillic (issue 33).

`text_language(body)`:
  - a word of two or more Cyrillic letters anywhere: "uk" (the line's other language; Russian
    and surzhyk writers are best served by the Ukrainian answers too);
  - a text in Latin letters is "uk" when it has at least one Ukrainian-only word and no fewer
    of them than Polish-only words. A Ukrainian-only word is one of 3+ letters whose Cyrillic
    reading (`to_cyrillic`) is a word of pymorphy3's Ukrainian dictionary while the word is no
    Polish word; a Polish-only word is one morfeusz2 (SGJP) knows, as written or with its
    Polish letters restored ("prosze" -> "proszę"), whose Cyrillic reading is no Ukrainian word.
    Words both know ("tak", "pani", "adres", "roboty") count for neither, so "adres" alone stays
    Polish and "Dzien dobry, hodyny roboty" is Ukrainian;
  - a text asking for Ukrainian ("może być po ukraińsku?") is "uk" (round eight), and so is one whose writer says
    they know little Polish ("Ja mało polski", "mało rozumiem polski"; round fourteen: `written_in_polish` tells
    the line to read such a text with the Polish rules);
  - Russian in Latin letters ("kogda vy rabotaete?") is "uk" when two of its words read as words of
    pymorphy3's Russian dictionary and are no Ukrainian or Polish words (round ten; one alone is too
    often a Polish typo's chance reading);
  - anything else (figures, emoji, keywords like STOP) is "pl", the line's own language;
  - round nineteen (issue 27): a text mixed with English is told on its words with the English left out
    (ivr.textline.english.read_english): "his neighbour says … can't get there" has "get", "can", whose Cyrillic
    readings are Ukrainian words.

`to_cyrillic(word)`: the Latin spellings Ukrainians use, English-style ("hodyny", "dyakuyu",
"shcho", "zhyttia") or Polish-style ("dziakuju", "szczo", "czy"), tried in order; the first
reading the Ukrainian dictionary knows wins (with a soft sign added at the end, often left out:
"pidkazhit" -> "підкажіть"), else the first reading (so a typo still reaches the matcher's
near-word tier in Cyrillic).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ivr.spoken.inflection import readings
from ivr.textline.english import mixed_with_english, read_english

__all__ = ["text_language", "to_cyrillic", "cyrillic_text", "is_ukrainian_word", "is_polish_word", "asks_ukrainian",
           "written_in_polish"]

# round twenty-five: an apostrophe inside counts as a letter of the word ("бʼє", "п'є": two letters around it)
CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF](?:['ʼ’]?[\u0400-\u04FF])+")
# A letter of any alphabet: a text without one ("👍", "?", "🙏🙏", "112???") says nothing of its writer's language.
LETTER = re.compile(r"[^\W\d_]")
LATIN_WORD = re.compile(r"[a-ząćęłńóśźżšžč]+(?:'[a-ząćęłńóśźżšžč]+)*")
# Latin spellings -> Cyrillic readings, the usual one first. Longer spellings are tried first.
SPELLINGS = {
    "shch": ("щ",), "szcz": ("щ",), "sch": ("щ", "сх"), "dzh": ("дж",), "dż": ("дж",),
    "zh": ("ж",), "kh": ("х",), "ch": ("ч", "х"), "cz": ("ч",), "sh": ("ш",), "sz": ("ш",),
    "ts": ("ц", "тс"), "tz": ("ц",), "rz": ("рз", "ж"),
    "ya": ("я", "иа"), "ja": ("я",), "ia": ("я", "іа", "ія"), "yu": ("ю",), "ju": ("ю",), "iu": ("ю", "іу"),
    "ye": ("є", "е"), "je": ("є",), "ie": ("є", "іе"), "yi": ("ї", "ий"), "ji": ("ї",), "iy": ("ий", "ій"),
    "yy": ("ий",), "yo": ("йо",), "jo": ("йо",),
    # Polish-style soft "dzi" for "д" before a vowel ("dziakuju" -> "дякую"; round ten)
    "dzia": ("дзя", "дя"), "dziu": ("дзю", "дю"), "dzie": ("дзє", "дє"), "dzio": ("дзьо", "дьо"),
    "a": ("а",), "b": ("б",), "c": ("ц", "к"), "d": ("д",), "e": ("е", "є"), "f": ("ф",), "g": ("г", "ґ"),
    "h": ("г", "х"), "i": ("і", "и", "ї"), "j": ("й",), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",),
    "o": ("о",), "p": ("п",), "q": ("к",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "v": ("в",),
    # "z" for "ж" too: Polish-style writers leave the dot off "ż" ("lezyt", "mozu"; round eight)
    "w": ("в",), "x": ("х", "кс"), "y": ("и", "й"), "z": ("з", "ж"), "'": ("'", "ь"),
    "ł": ("л",), "ż": ("ж",), "ś": ("сь",), "ć": ("ць",), "ń": ("нь",), "ź": ("зь",), "ó": ("о",), "ą": ("а",),
    "ę": ("е",),
    # the scholarly and Czech-style letters some write Ukrainian with: "nožem", "prošu", "čoloviк"
    "š": ("ш",), "ž": ("ж",), "č": ("ч",), "šč": ("щ",),
}
_LONGEST = max(map(len, SPELLINGS))
MAX_READINGS = 300  # readings of one word tried at most (a long word has many)
MAX_WORD = 30  # a longer "word" (no Ukrainian word is) is left as it is
# Russian letters in a Cyrillic text, read as the Ukrainian letters they are written for.
RUSSIAN = str.maketrans({"ы": "и", "э": "е", "ё": "е", "ъ": "'"})
# Polish letters a text without them may stand for.
POLISH_LETTERS = {"a": "aą", "c": "cć", "e": "eę", "l": "lł", "n": "nń", "o": "oó", "s": "sś", "z": "zżź"}
MAX_POLISH_SPELLINGS = 128
# Words looked at to tell the language: an SMS of three parts has about 30; a long message is
# told by its beginning (each unknown word costs up to a few milliseconds of dictionary look-ups).
MAX_WORDS_LOOKED_AT = 40


@lru_cache(maxsize=1)
def _morph():
    from ivr.call.understand_uk import _morph as ukrainian_analyzer

    return ukrainian_analyzer()


def _readings(word: str):
    """Cyrillic readings of a Latin word, the usual first (depth-first over SPELLINGS)."""
    found = 0

    def walk(start: int, made: str):
        nonlocal found
        if found >= MAX_READINGS:
            return
        if start == len(word):
            found += 1
            yield made
            return
        for size in range(min(_LONGEST, len(word) - start), 0, -1):
            for cyrillic in SPELLINGS.get(word[start:start + size], ()):
                yield from walk(start + size, made + cyrillic)

    yield from walk(0, "")


# A soft sign left out after "l" before a consonant: "bilshe" -> "більше" (round eleven; Russian readings too).
SOFT_L = re.compile(r"л(?=[бвгджзклмнпрстфхцчшщ])")
# A soft sign left out before "о" ("sohodni" -> "сьогодні", "vsoho" -> "всього", "somyj" -> "сьомий"; round eleven).
SOFT_O = re.compile(r"(?<=[сзлнтдц])о")
# Round seventeen: the soft sign left out of the reflexive "-ться" ("prokydajetsia" -> "прокидається", "nazyvajetsja").
SOFT_TSYA = re.compile(r"тся$")
# Round nineteen (issue 33): the apostrophe after a labial left out before a yotated vowel ("pju" -> "п'ю"), and a soft "ц"
# written hard ("pracujete" -> "працюєте"; both: "pjatnycu" -> "п'ятницю"), where the usual reading is no word.
LABIAL_APOSTROPHE = re.compile(r"(?<=[бпвмф])(?=[яюєї])")
SOFT_C = re.compile(r"цу")
# Round twenty-one (issue 33): the passport transliteration's "i" for "й" after a vowel, before a consonant ("znaity" ->
# "знайти", "pryimaiut"), where the usual reading is no word.
VOWEL_I = re.compile(r"(?<=[аеоуиі])[іи](?=[бвгджзклмнпрстфхцчшщ])")


def _only_abbreviation(morph, reading: str) -> bool:
    """A reading the dictionary knows only as an abbreviation ("мозу", a form of МОЗ)."""
    return all("Abbr" in parse.tag.grammemes for parse in morph.parse(reading))


@lru_cache(maxsize=20_000)
def _known_reading(word: str) -> str | None:
    morph = _morph()
    if morph is None:
        return None
    abbreviation = None
    for reading in _readings(word):
        # Latin writers often leave out the soft sign: at the end ("pidkazhit" -> "підкажіть"), after "l" ("bilshe"),
        # before "o" ("sohodni")
        apostrophe = LABIAL_APOSTROPHE.sub("'", reading)
        for r in dict.fromkeys((reading, reading + "ь", SOFT_L.sub("ль", reading), SOFT_O.sub("ьо", reading),
                                SOFT_TSYA.sub("ться", reading), apostrophe, SOFT_C.sub("цю", reading), SOFT_C.sub("цю", apostrophe),
                                VOWEL_I.sub("й", reading))):
            if morph.word_is_known(r) and not (r.endswith("ьь") or r.endswith("'ь")):
                # round eleven: a word before an abbreviation's form ("mozu" is "можу", not "мозу" of МОЗ)
                if not _only_abbreviation(morph, r):
                    return r
                abbreviation = abbreviation or r
    return abbreviation


@lru_cache(maxsize=1)
def _morph_ru():
    """pymorphy3's Russian analyzer (its dictionary is pymorphy3's own dependency), or None."""
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="ru")
    except (ImportError, ValueError, OSError):  # pragma: no cover - dictionaries missing
        return None


# Readings that are names, places or abbreviations say nothing of the language.
NOT_A_COMMON_WORD = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init", "Erro", "Dist"})
SOFT_YE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])є")  # Russian "je" after a consonant: "ье"
# The Ukrainian letters of a reading as the Russian ones a Russian word in Latin letters stands for.
RUSSIAN_OF_UKRAINIAN = str.maketrans({"і": "и", "є": "е", "ї": "и"})


@lru_cache(maxsize=20_000)
def _russian_reading(word: str) -> str | None:
    """Round ten: Russian in Latin letters, as many refugees write ("kogda vy rabotaete", "spasibo",
    "perezvonite mne"): the first reading that is a word of pymorphy3's Russian dictionary and no
    Ukrainian word, in the letters both languages share (the Ukrainian rules read Russian words so)."""
    morph = _morph_ru()
    if morph is None:
        return None
    for reading in _readings(word):
        plain = SOFT_YE.sub("ье", reading).translate(RUSSIAN_OF_UKRAINIAN)  # "bjet" -> "бьет"
        # a soft sign left out at the end or after "л" ("pomoshch", "bolshe")
        for russian in dict.fromkeys((plain, plain + "ь", SOFT_L.sub("ль", plain))):
            if "'" not in russian and morph.word_is_known(russian) and not any(
                    NOT_A_COMMON_WORD & set(parse.tag.grammemes) for parse in morph.parse(russian)[:1]):
                return russian
    return None


@lru_cache(maxsize=20_000)
def to_cyrillic(word: str) -> str:
    """"hodyny" -> "години", "dziakuju" -> "дякую"; a Russian word read as Russian ("kogda" ->
    "когда", round ten); a word neither dictionary knows in any reading gets the usual one
    ("hodiny" -> "годіни")."""
    word = word.lower()
    if len(word) > MAX_WORD:
        return word
    return _known_reading(word) or _russian_reading(word) or next(_readings(word), word)


# A Latin "word" without a vowel is an abbreviation ("sms", "dps", "dzk" for "dziękuję"), never Ukrainian.
LATIN_VOWELS = frozenset("aeiouyąęó")


def is_ukrainian_word(word: str) -> bool:
    """A Latin word of 3+ letters, with a vowel, that reads as a word of the Ukrainian dictionary."""
    return (MAX_WORD >= len(word) >= 3 and bool(LATIN_VOWELS & set(word.lower()))
            and _known_reading(word.lower()) is not None)


def is_russian_word(word: str) -> bool:
    """Round ten: a Latin word of 3+ letters, with a vowel, that reads as a word of the Russian dictionary
    ("kogda", "rabotaete"; the line answers Russian in Ukrainian)."""
    return (MAX_WORD >= len(word) >= 4 and bool(LATIN_VOWELS & set(word.lower()))
            and _russian_reading(word.lower()) is not None)


# Round fourteen: surzhyk's infinitive, a Russian verb with the Ukrainian ending "-ty" ("zwonyty" is "звонити", for
# "дзвонити"; "rabotaty", "pozvonyty"): a Latin word of neither dictionary whose reading ends in "ти" where the
# Russian dictionary knows the verb's infinitive in "ть".
SURZHYK_INFINITIVE = re.compile(r"(?:ty|ti)$")


@lru_cache(maxsize=20_000)
def is_surzhyk_infinitive(word: str) -> bool:
    word = word.lower()
    morph = _morph_ru()
    if morph is None or not MAX_WORD >= len(word) >= 5 or not SURZHYK_INFINITIVE.search(word):
        return False
    for reading in _readings(word):
        if not reading.endswith("ти"):
            continue
        russian = SOFT_YE.sub("ье", reading[:-2]).translate(RUSSIAN_OF_UKRAINIAN) + "ть"
        if morph.word_is_known(russian) and any(parse.tag.POS == "INFN" for parse in morph.parse(russian)):
            return True
    return False


# Round nineteen (issue 33): a Polish verb with the Ukrainian first person "-ую" ("dziekuju" for "dziękuję", "potrzebuju"): no
# Polish word (Polish writes "-uję", "-uje"), a Ukrainian writer's.
SURZHYK_FIRST_PERSON = re.compile(r"(?:uju|uyu)$")


def is_surzhyk_first_person(word: str) -> bool:
    word = word.lower()
    return MAX_WORD >= len(word) >= 5 and bool(SURZHYK_FIRST_PERSON.search(word)) and not is_polish_word(word)


def _polish_spellings(word: str):
    made = [""]
    for letter in word:
        made = [m + c for m in made for c in POLISH_LETTERS.get(letter, letter)][:MAX_POLISH_SPELLINGS]
    return made


@lru_cache(maxsize=20_000)
def is_polish_word(word: str) -> bool:
    """A word morfeusz2 knows, as written or with its Polish letters restored ("dziekuje")."""
    word = word.lower()
    if len(word) > MAX_WORD:
        return False
    return any(any(r.pos != "ign" for r in readings(spelling)) for spelling in (word, *_polish_spellings(word)))


# Ukrainian asked for in Latin letters ("Hallo, może być po ukraińsku?", "in Ukrainian"): the Ukrainian answer,
# whatever the rest is written in (round eight; "ukraińcom", the people, asks nothing of the language).
ASKS_UKRAINIAN = re.compile(r"\bpo[\s-]*ukrai[nń]sk[uy]\b|\bukrai[nń]sk\w*\s+j[eę]zyk\w*|\bin\s+ukrainian\b"
                            r"|\bukrainsko(?:ju|yu)\b|\bpo[\s-]*ukrajinsk\w*")


# Round fourteen: the writer says in Polish that they read or speak little Polish ("Ja mało polski", "mało rozumiem polski",
# "nie umiem dobrze po polsku"): asked for Ukrainian as plainly (first person only: "on nie mówi po polsku" tells of
# someone else; "przepraszam za mój polski" is a courtesy, not this).
_POLISH_TONGUE = r"(?:po\s+polsku\b|(?:polski|polskiego|polskij)\b(?!\s+[a-ząćęłńóśźż]))"  # the language, not "polskiego prawa"
LITTLE_POLISH = re.compile(r"\b(?:mało|malo|słabo|slabo|trochę|troche|nie\s+(?:za\s+)?(?:bardzo\s+|dobrze\s+)?)\s*"
                           r"(?:rozumiem|mówię|mowie|umiem|znam|czytam|kumam)\s+(?:\w+\s+)?" + _POLISH_TONGUE
                           + r"|\bja\s+(?:mało|malo|słabo|slabo|trochę|troche)\s+" + _POLISH_TONGUE
                           + r"|\b(?:mój|moj)\s+polski\s+(?:jest\s+)?(?:bardzo\s+)?(?:słaby|slaby|kiepski|zły|zly)\b")


def asks_ukrainian(body: str) -> bool:
    """Ukrainian asked for in Latin letters ("po ukraińsku") or little Polish said (round fourteen)."""
    text = body.lower()
    return bool(ASKS_UKRAINIAN.search(text) or LITTLE_POLISH.search(text))


def written_in_polish(body: str) -> bool:
    """Round fourteen: a text of Polish words (no Cyrillic, no more Ukrainian words than the counting allows), whatever
    language it asks to be answered in ("jutro przyjmujecie? ja z Ukrainy, mało rozumiem polski"): the Polish rules
    read it."""
    text = body.lower().translate(RUSSIAN)
    return not CYRILLIC_WORD.search(text) and _latin_language(text) == "pl"


def wordless(body: str) -> bool:
    """True for a text with no letter in it (an emoji, a question mark, digits): its language is not written, so the
    line answers it in the language of the sender's number (ivr.web.sms), as a call from that number starts."""
    return not LETTER.search(body)


def text_language(body: str) -> str:
    """"uk" for a text in Cyrillic or Ukrainian in Latin letters, else "pl" (see the module's doc)."""
    if mixed_with_english(body):
        body = read_english(body)  # round nineteen: English mixed into Polish, left out
    text = body.lower().translate(RUSSIAN)
    if CYRILLIC_WORD.search(text) or asks_ukrainian(text):
        return "uk"
    return _latin_language(text)


# Round fifteen: a short reply to the line's answer written in two-letter Ukrainian words ("a de ce?" for "а де це?",
# "de vy?"): the words of 3+ letters tell the language, so these count only in a text that has no such word counted for
# either language, and two different ones are needed ("ne" alone is a Polish typo of "nie"; "a de?" stays Polish). None
# is a Polish word ("je", "ja", "ty", "my" are, and are left out).
SHORT_UKRAINIAN = frozenset({"de", "ce", "vy", "ne", "ya", "ye", "ii", "yi", "ji"})


def _polish_with_g(word: str) -> bool:
    """Round sixteen: a word that is Polish with one "h" read as "g", the key beside it ("nana juz nie hotuje" is
    "gotuje"): among other Polish words a Polish typo, though its Cyrillic reading ("готує") is a Ukrainian word."""
    return any(is_polish_word(word[:at] + "g" + word[at + 1:]) for at, letter in enumerate(word) if letter == "h")


def _latin_language(text: str) -> str:
    """The language of a text in Latin letters by its words (lower-cased, Russian letters read)."""
    ukrainian = polish = russian = typos = 0
    for word in [w for w in LATIN_WORD.findall(text) if len(w) >= 3][:MAX_WORDS_LOOKED_AT]:
        pl = is_polish_word(word)
        uk = is_ukrainian_word(word) or not pl and (is_surzhyk_infinitive(word)  # round fourteen: "zwonyty"
                                                    or is_surzhyk_first_person(word))  # round nineteen: "dziekuju"
        if uk and not pl and _polish_with_g(word):
            typos += 1  # round sixteen: "hotuje" may be Polish "gotuje" typed with its neighbouring key, "h" for "g"
        ukrainian += uk and not pl
        polish += pl and not uk
        russian += not uk and not pl and is_russian_word(word)
    if polish:  # among other Polish words (not alone: "dopomoha" is Ukrainian), such a word is Polish (round sixteen)
        ukrainian, polish = ukrainian - typos, polish + typos
    # Russian words count from two on: one alone is too often a Polish typo's chance reading ("wogule", "haha")
    east = ukrainian + (russian if russian >= 2 else 0)
    if not (east or polish or russian) and len(set(LATIN_WORD.findall(text)) & SHORT_UKRAINIAN) >= 2:
        return "uk"  # round fifteen: a short reply of short words only ("a de ce?", "de vy?")
    return "uk" if east and 2 * east >= polish else "pl"


def cyrillic_text(body: str, keep: frozenset[str] = frozenset()) -> str:
    """The text with Russian letters read as Ukrainian ones and every Latin word in Cyrillic,
    except the words of `keep` (Latin words of the Ukrainian word lists: "ops", "zus", "sms")."""
    def convert(match: re.Match) -> str:
        word = match.group(0)
        return word if word in keep else to_cyrillic(word)

    return LATIN_WORD.sub(convert, body.lower().translate(RUSSIAN))
