"""English in a Polish SMS (round nineteen of the SMS line, issue 27): children and grandchildren abroad mix English into
the Polish they write for a parent ("Jakie macie opening hours?", "Could you please call my grandad? Numer stacjonarny
61 817 24 09", "Merry Christmas! Wesołych Świąt from me and dziadek").

A text counts as mixed with English when at least ENGLISH_MARKS of its words are English function words that are no
Polish words ("the", "you", "please", "is"). In such a text only:

  - the English phrases of an office matter are read as their Polish words (GLOSSARY: "opening hours" is "godziny
    otwarcia", "call my grandad" is "zadzwońcie do", "thank you" is "dziękuję"; danger in English is danger: "he hits
    me" is "bije mnie", "not answering" is "nie odbiera");
  - every other English word, one that is frequent in English (wordfreq, Zipf ENGLISH_ZIPF or more) and MORE_ENGLISH
    more frequent in English than in Polish, is left out, so that the Polish rules' near-word tier does not take it for
    a Polish word ("deaf", "died", "loudly" were read as danger words a letter or two away); a word in capitals ("DPS",
    "UK", "ZUS") and the short Polish words English shares ("was", "go", "mam") are kept.

The language of a text (ivr.textline.script.text_language) is told on the text so read: common English words ("get",
"can", "year") read as Ukrainian words in Latin letters.

A text without English marks is returned as it is: a Polish text is never changed by this module.
"""
from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

__all__ = ["ENGLISH_MARKS", "is_english_word", "mixed_with_english", "read_english"]

# English function words that are no Polish words (not "to", "do", "i", "my", "a", "on", "no", "ok", "ty", "was"), and
# not the English words Poles write in Polish ("sorry", "hello", "hi", "yes").
MARKS = frozenset("""
the you your you're is are was were isn't aren't doesn't don't can't won't i'm it's he's she's his her him she they
please thank thanks what where when which who how could would should can will does did have has there this that these
with from about any some just quick question also still if or but not for
""".split())
ENGLISH_MARKS = 2
# An English word at least this frequent (about once in 100,000 English words) is left out; rarer ones ("Manchester",
# a name) are kept, as the Polish rules read a name.
ENGLISH_ZIPF = 3.0
# An English word is this much more frequent in English than in Polish (Zipf; "he", "like", "since", "gate" are; "do",
# "to", "ten", "no", "pan", "stop", "sorry", "test", "post", "dziadek", "prosze" are not).
MORE_ENGLISH = 1.0
# Short Polish words that are English words too, never left out ("do was", "mam", "go").
POLISH_KEPT = frozenset("was nas go mi ma mam to do na i a z w o u je ja ty my on ona no nie tak pan pani dom by".split())
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
LATIN_WORD = re.compile(r"(?<![\w'])[A-Za-z]+(?:'[A-Za-z]+)?(?![\w'])")  # a word of English letters only

# English phrases of the line's matters -> the Polish words the rules read; longer phrases first (one pass, in order).
# Each stands for a kind of question, not a text: the hours, the address and number, a call asked for, thanks and
# wishes, the kinds of help, drinking, and danger (which reads first, whatever else the text says).
_GLOSSARY = (
    # the hours
    ("opening hours", "godziny otwarcia"), ("office hours", "godziny otwarcia"), ("opening times", "godziny otwarcia"),
    ("what time do you open", "o której otwieracie"), ("what time do you close", "do której jesteście"),
    ("when do you open", "o której otwieracie"), ("when do you close", "do której jesteście"),
    ("until what time", "do której"), ("until when", "do której"), ("what time", "o której"),
    ("are you open", "czy jesteście otwarci"), ("is the office open", "czy ośrodek jest otwarty"),
    ("hours", "godziny"), ("open", "otwarte"), ("closed", "zamknięte"),
    ("today", "dzisiaj"), ("tomorrow", "jutro"), ("monday", "poniedziałek"), ("tuesday", "wtorek"),
    ("wednesday", "środa"), ("thursday", "czwartek"), ("friday", "piątek"), ("saturday", "sobota"), ("sunday", "niedziela"),
    # the address and the number
    ("full address", "adres"), ("postal address", "adres"), ("address", "adres"), ("postcode", "adres"),
    ("phone number", "numer telefonu"), ("number", "numer"), ("email", "email"),
    ("where exactly", "gdzie dokładnie"), ("where is the office", "gdzie jest ośrodek"), ("where", "gdzie"),
    # a call asked for (not "I can ring", "can I call": asked how to call, the number)
    ("call me back", "oddzwońcie do mnie"), ("call back", "oddzwońcie"), ("give me a call", "zadzwońcie do mnie"),
    ("give him a call", "zadzwońcie do niego"), ("give her a call", "zadzwońcie do niej"),
    ("please call", "proszę zadzwonić"), ("you call", "zadzwonić"),
    ("call me", "zadzwońcie do mnie"), ("call him", "zadzwońcie do niego"), ("call her", "zadzwońcie do niej"),
    ("ring me", "zadzwońcie do mnie"), ("ring him", "zadzwońcie do niego"), ("ring her", "zadzwońcie do niej"),
    # thanks and wishes
    ("thank you", "dziękuję"), ("thanks", "dzięki"), ("thx", "dzięki"), ("merry christmas", "wesołych świąt"),
    ("happy christmas", "wesołych świąt"), ("happy holidays", "wesołych świąt"),
    ("happy new year", "szczęśliwego nowego roku"), ("best wishes", "pozdrawiam"), ("kind regards", "pozdrawiam"),
    # the kinds of help
    ("home care", "opieka w domu"), ("carer", "opiekunka"), ("caregiver", "opiekunka"), ("care home", "dom opieki"),
    ("nursing home", "dom opieki"), ("food parcels", "paczki żywnościowe"), ("food parcel", "paczka żywnościowa"),
    ("food bank", "bank żywności"), ("hot meals", "ciepłe posiłki"), ("meals", "posiłki"),
    ("heating allowance", "dodatek na ogrzewanie"), ("heating", "ogrzewanie"), ("coal", "węgiel"),
    ("firewood", "opał"), ("benefits", "świadczenia"), ("benefit", "świadczenie"), ("allowance", "zasiłek"),
    ("social worker", "pracownik socjalny"),
    # drinking
    ("alcohol", "alkohol"), ("drinks", "pije"), ("drinking", "picie"), ("drunk", "pijany"), ("addiction", "uzależnienie"),
    ("addicted", "uzależniony"),
    # danger
    ("hits me", "bije mnie"), ("hit me", "uderzył mnie"), ("beats me", "bije mnie"), ("beat me", "pobił mnie"),
    ("hits her", "bije ją"), ("hits him", "bije go"), ("violence", "przemoc"), ("abuse", "przemoc"),
    ("scared", "boję się"), ("afraid", "boję się"), ("threatens", "grozi"), ("threatening", "grozi"),
    ("kill", "zabić"), ("suicide", "samobójstwo"), ("hungry", "głodni"), ("no food", "nie ma co jeść"),
    ("not answering", "nie odbiera"), ("isn't answering", "nie odbiera"), ("doesn't answer", "nie odbiera"),
    ("not picking up", "nie odbiera"), ("isn't picking up", "nie odbiera"), ("doesn't pick up", "nie odbiera"),
    ("check on him", "niech ktoś zajrzy do niego"), ("check on her", "niech ktoś zajrzy do niej"),
    ("check on them", "niech ktoś zajrzy do nich"), ("ambulance", "karetka"), ("help me", "pomocy"),
    ("emergency", "niebezpieczeństwo"), ("is beating", "bije"), ("beating me", "bije mnie"), ("hurts me", "krzywdzi mnie"),
    ("hurt me", "skrzywdził mnie"), ("attacked me", "rzucił się na mnie"), ("knife", "nóż"), ("gun", "broń"),
    ("police", "policja"), ("unconscious", "nieprzytomny"), ("not breathing", "nie oddycha"), ("collapsed", "zasłabł"),
    ("smell of gas", "zapach gazu"), ("gas leak", "wyciek gazu"), ("want to die", "chcę umrzeć"),
    ("kill myself", "zabić się"),
    # help in general, last: "help me" above is a cry
    ("help", "pomoc"),
)
GLOSSARY = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(english) for english, _ in _GLOSSARY) + r")(?![\w'])",
                      re.IGNORECASE)
POLISH_OF = {english: polish for english, polish in _GLOSSARY}


@lru_cache(maxsize=4096)
def is_english_word(word: str) -> bool:
    """A word frequent in English (Zipf ENGLISH_ZIPF or more) and much more frequent in English than in Polish
    (MORE_ENGLISH: "he", "since", "like"), not one of POLISH_KEPT."""
    word = word.lower()
    english = zipf_frequency(word, "en")
    if english < ENGLISH_ZIPF or word in POLISH_KEPT:
        return False
    return word in MARKS or english >= zipf_frequency(word, "pl") + MORE_ENGLISH


def mixed_with_english(body: str) -> bool:
    """At least ENGLISH_MARKS English function words (MARKS) in the text."""
    return sum(word in MARKS for word in WORD.findall(body.lower())) >= ENGLISH_MARKS


def read_english(body: str) -> str:
    """The text as the Polish rules read it: in a text mixed with English, its English phrases as their Polish words and
    its other English words left out; any other text as it is."""
    if not mixed_with_english(body):
        return body
    parts = GLOSSARY.split(body)
    found = GLOSSARY.findall(body)
    out = []
    for at, part in enumerate(parts):
        out.append(LATIN_WORD.sub(lambda m: m.group(0) if m.group(0).isupper() and len(m.group(0)) > 1
                                  or not is_english_word(m.group(0)) else "", part))
        if at < len(found):
            out.append(POLISH_OF[found[at].lower()])
    return re.sub(r"[ \t]{2,}", " ", "".join(out))
