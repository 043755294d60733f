"""The text line's reading of Ukrainian (issue 33): the Rules the TextLine applies to a message
in Cyrillic or in Ukrainian written in Latin letters (ivr.textline.script), with uk.toml's
[words] and [sms] texts. The code that answers is the Polish line's (ivr.textline.replies);
only the words, patterns and a few written phrases differ.

Like the Polish rules, the SMS-only phrases (stop, start, call-back, greetings and thanks) are
here; the topic word lists are uk.toml's [words], shared with the phone line. Words are matched
by ivr.call.understand_uk (any inflection by pymorphy3's lemmas, a cut ending, small typos).
"""
from __future__ import annotations

import re
from functools import partial

from ivr.call.understand_uk import GENERIC_PREFIXES, STOPWORDS, UkrainianMatcher, _morph, is_name, tokens
from ivr.common.memo import short_texts_remembered
from ivr.textline.replies import Rules
from ivr.textline.script import RUSSIAN, cyrillic_text

__all__ = ["UKRAINIAN", "fold_uk", "prepare_uk"]

# Latin words of uk.toml's word lists and keywords, kept in Latin letters when the rest of a
# message is read into Cyrillic.
LATIN_KEPT = frozenset("dziękuję dziekuje bardzo ops gops mops gkrpa zus dps nfz pup pesel sms rodo stop start kleszczewo e mail email "
                       # round eighteen: the Polish clinic, another office's matter (`WRITTEN_WORDS` "elsewhere")
                       "przychodnia przychodni przychodnię przychodnie".split())


# Health wished to the staff ("Здоров'я вам і вашим родинам", "міцного здоров'я"): a greeting, not a
# question about health insurance (uk.toml's programmes list has "здоров'я").
# Round eight: health in a list of wishes ("Здоров'я, миру і спокою", "миру і здоров'я").
_WISHES = r"(?:миру|спокою|щастя|терпіння|сил|добра|благополуччя|радості|любові)"
# Round eleven: the Russian spelling with a soft sign ("здоровья"), a blessing of health ("дай вам Бог здоровья", "Господь
# дай вам здоров'я").
_HEALTH = r"здоров['ʼ’ь]?я"
HEALTH_WISH = re.compile(r"\b(?:буд\w*\s+здоров(?:і|ий|а|еньк\w*)|(?:міцного|багато|бажаю|бажаємо|крепкого|желаю|желаем)\s+" + _HEALTH
                         + r"|" + _HEALTH + r"\s+(?:вам|вашим|вашій|всім|усім|вашей)"
                         r"|" + _HEALTH + r"\W+(?:і\s+|та\s+)?" + _WISHES + r"|" + _WISHES + r"\s+(?:і|та)\s+" + _HEALTH
                         + r"|\b(?:дай|дай\s+вам|дай\s+вам\s+всім|пошли|пошли\s+вам)\s+(?:боже|бог|господь|господи)\s+(?:вам\s+|всім\s+|вашим\s+)?"
                         + _HEALTH + r"|\b(?:боже|бог|господь)\s+(?:дай|дасть|пошли)\s+(?:вам\s+)?" + _HEALTH + r")\b",
                         re.IGNORECASE)


# Surzhyk's Russian ending of the third person ("воняєт", "знаєт", "п'єт"): read as the Ukrainian "-є" (round nine).
# Round ten: also after one letter, as Russian "бьёт" is written in Latin letters ("bjet" -> "бєт" -> "бє").
SURZHYK_ENDING = re.compile(r"(?<=[а-яіїєґ'ʼ’])єт\b", re.IGNORECASE)


# Russian "ё" written the Ukrainian way, "ьо" ("приьом", "всьо"): read as "е" ("прием", "все") in a word that is no
# Ukrainian word as written ("сьогодні", "льон" stay).
SOFT_YO = re.compile(r"[а-яіїєґ'ʼ’]*ьо[а-яіїєґ'ʼ’]*", re.IGNORECASE)


def _soft_yo(match: re.Match) -> str:
    word = match.group(0)
    return word if known_word_uk(word.lower()) else word.replace("ьо", "е").replace("ЬО", "Е")


# Round ten: surzhyk's "є" after a consonant where Ukrainian has "е" ("алімєнтів", "работаєте" stays: no word either way):
# read as "е" in a word that is no Ukrainian word as written and is one with "е" ("аліментів").
SURZHYK_YE = re.compile(r"[а-яіїєґ'ʼ’]*[бвгґджзклмнпрстфхцчшщ]є[а-яіїєґ'ʼ’]*", re.IGNORECASE)
# Round ten: surzhyk (Russian) verbs of getting for the Ukrainian ones ("шо у вас можна получить" -> "отримати").
SURZHYK_WORDS = {"получить": "отримати", "получити": "отримати", "получать": "отримувати", "получати": "отримувати",
                 # round seventeen: the short words "нє", "мнє" (Russian "не", "мне" written with surzhyk's "є"; `SURZHYK_YE`
                 # leaves words under five letters) and Russian-surzhyk numbness ("рука лєва нємєє", "немеет")
                 "нє": "не", "мнє": "мені", "нємєє": "німіє", "немеє": "німіє", "немеет": "німіє", "нємєют": "німіють",
                 "немеют": "німіють", "нємєють": "німіють", "немеють": "німіють",
                 # round twenty: the Polish "opieka" (the office) read from Latin letters ("pani z opieki" -> "з опєкі")
                 "опєкі": "опіки", "опєки": "опіки", "опєка": "опіка", "опєку": "опіку", "опєкє": "опіці", "опєце": "опіці",
                 # round twenty-three: the Polish "kasyno" read from Latin letters ("hraje w kasyno online" -> "касино")
                 "касино": "казино", "касині": "казино", "касина": "казино", "касину": "казино",
                 # round twenty-four: the Russian "дойти" (to get to on foot), as Latin writers spell it ("Jak doyty pishky … do OPS?"):
                 # uk.toml's "як дійти"
                 "дойти": "дійти", "дойду": "дійду",
                 # round twenty-five: "today" spoken short ("ви сьодня працюете?", "сёдня"; `SOFT_YO` reads them "седня")
                 "седня": "сьогодні", "седні": "сьогодні", "сьодня": "сьогодні", "сьодні": "сьогодні"}
SURZHYK_WORD = re.compile(r"\b(?:" + "|".join(SURZHYK_WORDS) + r")\b", re.IGNORECASE)

# Round fifteen: surzhyk's and Russian "грозить" (threatens; "czołowik grozyt nożem") read as "погрожує" where a person
# threatens or a weapon or killing follows ("він грозить", "грозиться ножем", "грозит что убьет"); a fine or a
# deportation that "грозить" someone is no threat of a person ("мені грозить штраф").
_THREATENER = (r"(?:він|вона|чоловік|муж|колишній|бывший|співмешканець|сожитель|батько|отец|вітчим|отчим|сусід|сосед|син|сын"
               r"|зять|брат|тато|папа|он|она)")
_THREAT_OBJECT = (r"(?:нож\w*|ніж\w*|сокир\w*|топор\w*|пістолет\w*|пистолет\w*|рушниц\w*|ружь\w*|зброє\w*|оружи\w*"
                  r"|вбити|убити|убить|вбить|вб'ю|уб'ю|вбю|убью|вб'є|уб'є|вбє|убє|убьет|зарізати|зарежу|заріже|прибити|(?:що|шо|что)\s+вб\w*"
                  r"|(?:що|шо|что)\s+уб\w*)")
THREATENS = re.compile(r"\b(?P<verb>грозить|грозит|грозиться|грозится|грозився|грозился|грозилась|грозилася|грозив|грозил|грозять|грозят)\b",
                       re.IGNORECASE)
THREAT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:мені\s+|мне\s+|нам\s+|мене\s+|меня\s+|дітям\s+|детям\s+)?" + _THREAT_OBJECT, re.IGNORECASE)
THREAT_BEFORE = re.compile(r"\b" + _THREATENER + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_THREAT_PAST = frozenset({"грозився", "грозился", "грозилась", "грозилася", "грозив", "грозил"})


def _threatens(text: str) -> str:
    def read(match: re.Match) -> str:
        if THREAT_AFTER.match(text, match.end()) or THREAT_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            return "погрожував" if match.group("verb").lower() in _THREAT_PAST else "погрожує"
        return match.group(0)

    return THREATENS.sub(read, text)


# Round fifteen: a blessing wished to the staff ("Бог вам в помощь", "Бог вам у поміч", "помагай вам Боже") is a thanks, not
# help asked for ("помощь", "допомогу"): read as "дякуємо"; help asked beside it still is ("…, но мне нужна помощь с углем").
BLESSING = re.compile(r"\b(?:(?:бог|боже|господь)\s+(?:вам\s+|тобі\s+|вас\s+|тебе\s+)?(?:в|у|на|во)\s+(?:помощь|поміч|помочі|допомогу|допомоги)"
                      r"|(?:помагай|помогай|помагайте|поможи|допоможи)\s+(?:вам\s+|вас\s+|тобі\s+|тебе\s+)?(?:бог|боже|господь|господи)"
                      r"|(?:бог|боже|господь)\s+(?:вам\s+|вас\s+)?(?:помагай|помогай|поможе|допоможе|поможет"
                      # round seventeen: "хай бог вам помагає (і діткам вашим)", "дай бог вам здоров'я" is HEALTH_WISH's
                      r"|помагає|помогає|допомагає|помогает)(?:\s+(?:вам|вас))?)\b",
                      re.IGNORECASE)

# Round fifteen: a time of day in a story, beside a verb in the past ("дитина ввечері фільм про війну дивилась", "вночі
# впав"), is when it happened, not the office's hours asked about: the time word is left out. Asked of the office it stays
# ("чи працюєте ввечері?", "можна прийти ввечері?", "ви ввечері працювали?": "ви" beside it).
_TIME_OF_DAY = r"(?:ввечері|увечері|ввечорі|вечером|вранці|уранці|зранку|утром|вночі|уночі|ночью|вдень|днем|опівдні)"
TOLD_TIME = re.compile(r"\b" + _TIME_OF_DAY + r"\b\s*", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"[а-яіїєґ'ʼ’]+", re.IGNORECASE)

# Round fifteen: "де ви" (where are you) as a question of its own, before a comma or the end ("Де ви, коли працюєте, …"):
# read as "де ви є", the address beside a topic too; "де ви берете вугілля" asks something else.
# Round twenty-two: or joined to the hours asked ("Де ви і коли відчинені?", "де ви та до котрої працюєте"); "де ви і ваші
# працівники берете …" is not.
WHERE_ARE_YOU = re.compile(r"\b(?:де|где|дзе)\s+(?:ви|вы)(?=\s*(?:[,?.!;:\n]|$)|\s+(?:і|й|та|и|а)\s+(?:коли|когда|о\s+котрій|до\s+котрої"
                           r"|з\s+котрої|в\s+які\s+дні|в\s+какие\s+дни|во\s+сколько|до\s+скольки|години|часи)\b)", re.IGNORECASE)


def _past_verb(words: list[str]) -> bool:
    words = [w.lower() for w in words]
    if "ви" in words or "вы" in words:
        return False
    morph = _morph()
    return morph is not None and any(
        any(p.tag.POS == "VERB" and "past" in p.tag for p in morph.parse(w)[:1]) for w in words)


def _told_time(text: str, told: re.Pattern = TOLD_TIME) -> str:
    def read(match: re.Match) -> str:
        # the words of its clause: up to three before and four after, up to a sentence mark or a comma
        before = re.split(r"[.,!?;:\n]", text[max(0, match.start() - 60):match.start()])[-1]
        after = re.split(r"[.,!?;:\n]", text[match.end():match.end() + 60])[0]
        near = _CLAUSE_WORD.findall(before)[-3:] + _CLAUSE_WORD.findall(after)[:4]
        return "" if _past_verb(near) else match.group(0)

    return told.sub(read, text)


def _surzhyk_ye(match: re.Match) -> str:
    word = match.group(0)
    lower = word.lower()
    # short words, and a missing apostrophe ("пє" is "п'є", "бється") are not this
    if len(word) < 5 or known_word_uk(lower) or known_word_uk(re.sub(r"(?<=[бвмпф])є", "'є", lower)):
        return word
    plain = re.sub(r"(?<=[бвгґджзклмнпрстфхцчшщБВГҐДЖЗКЛМНПРСТФХЦЧШЩ])є", "е", word)
    plain = re.sub(r"(?<=[бвгґджзклмнпрстфхцчшщБВГҐДЖЗКЛМНПРСТФХЦЧШЩ])Є", "Е", plain)
    return plain if known_word_uk(plain.lower()) else word


# Round twelve: a thing that "kills" the writer ("ця зима мене вбиває", "мене вбивають ці рахунки", "черга мене доконає") is
# a figure of speech, no danger: read as the thing alone. A person or a pronoun doing it ("він мене вб'є", "чоловік мене
# вбиває", "хтось нас уб'є") is not a thing (pymorphy3: no inanimate noun) and stays as written.
_KILLS = r"(?:вбива\w*|убива\w*|вб'є|вбє|уб'є|убє|вб'ють|вбють|уб'ють|доконає|доконають|доконує|добива\w*|убьет|убьют|убиває)"
# round twenty-five: in KILLS_ME, with the other apostrophes too ("ця черга мене вбʼє 😂")
_KILLS_WRITTEN = _KILLS.replace("'", "['ʼ’]")
_WORD = r"[а-яіїєґ'ʼ’]+"
KILLS_ME = re.compile(r"\b(?P<before>" + _WORD + r")\s+(?:мене|нас|меня)\s+(?:просто\s+|вже\s+|уже\s+|скоро\s+|зовсім\s+)?" + _KILLS_WRITTEN
                      + r"(?![а-яіїєґ'ʼ’])|\b(?:(?:мене|нас|меня)\s+(?:просто\s+|вже\s+|уже\s+)?" + _KILLS_WRITTEN + r"|" + _KILLS_WRITTEN
                      + r"\s+(?:мене|нас|меня))\s+(?:просто\s+|вже\s+|уже\s+)?"
                      r"(?:ці\s+|ця\s+|цей\s+|це\s+|ті\s+|ета\s+|ети\s+|етот\s+|эта\s+|эти\s+|этот\s+|такі\s+|такая\s+)?(?P<after>" + _WORD + r")",
                      re.IGNORECASE)


def thing_word(word: str) -> bool:
    """A noun that names a thing in the nominative (pymorphy3's Ukrainian dictionary): "зима", "ціни", "черга"; not
    a person ("чоловік", "сусід"), a pronoun ("він", "хтось") or a word it does not know. Names and surnames that a
    thing's word may also be ("Зима", "Холод") do not count."""
    morph = _morph()
    if morph is None:
        return False
    parses = [p for p in morph.parse(word.lower().replace("’", "'").replace("ʼ", "'"))
              if "nomn" in p.tag and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
    return any(p.tag.POS == "NOUN" and "inan" in p.tag for p in parses) and not any(
        p.tag.POS == "NPRO" or p.tag.POS == "NOUN" and "anim" in p.tag for p in parses)


def _thing_kills(match: re.Match) -> str:
    noun = match.group("before") or match.group("after")
    return noun if thing_word(noun) else match.group(0)


# Round thirteen: the Russian past of "to be" ("были", "был", "забыли"), whose "ы" is read as "и", is the Ukrainian one
# ("були", "був", "забули"), not "били" (beat): "дети были рады" is no danger ("нас били" still is).
RUSSIAN_WAS = re.compile(r"(?<![а-яіїєґёыэъ'ʼ’])(за|по|при)?был(и|а|о)?(?![а-яіїєґёыэъ'ʼ’])", re.IGNORECASE)
_WAS = {None: "в", "и": "ли", "а": "ла", "о": "ло"}


def _russian_was(match: re.Match) -> str:
    return (match.group(1) or "") + "бу" + _WAS[match.group(2) and match.group(2).lower()]


# Round fourteen: the apostrophe after a labial written as a vowel in Latin letters, Polish-style ("muż byje syna" -> "биє"
# -> "б'є", "pyje" -> "п'є", "pyjut" -> "пиют" -> "п'ють"): read with the apostrophe in a word that is no Ukrainian word as
# written and is one with it. An apostrophe left out ("пє") stays as written: the matcher reads it (round ten).
LABIAL_YOTATED = re.compile(r"[а-яіїєґ'ʼ’]*[бпвмф][иі][єюя][а-яіїєґ'ʼ’]*", re.IGNORECASE)


def _labial_apostrophe(match: re.Match) -> str:
    word = match.group(0)
    lower = word.lower()
    if "'" in lower or "ʼ" in lower or "’" in lower or known_word_uk(lower):
        return word
    mended = re.sub(r"(?<=[бпвмф])[иі](?=[єюя])", "'", lower)
    for candidate in (mended, mended + "ь"):
        if candidate != lower and known_word_uk(candidate):
            return candidate
    return word


# Round fourteen: "плачу" is "I pay" beside what is paid ("квартиру ще плачу", "плачу за світло", "сама плачу оренду"),
# not "I cry" (a danger phrase with a child near: "з дітьми … плачу"): read as "оплачую".
_PAID = (r"(?:квартир\w*|оренд\w*|рахун\w*|кредит\w*|іпотек\w*|світло|газ|податк\w*|аліменти|комуналк\w*|комунальні|борг\w*"
         r"|житло|кварплат\w*|квартплат\w*|ясла|садок|школу|ліки)")
PAYING = re.compile(r"\b(?:(?:за\s+)?" + _PAID + r"\s+(?:\w+\s+){0,2}?(?P<after>плачу|платю)"
                    r"|(?P<before>плачу|платю)\s+(?:\w+\s+){0,2}?(?:за\s+)?" + _PAID
                    # an amount paid ("плачу 900 злотих")
                    + r"|(?P<amount>плачу|платю)\s+\d+\s*(?:зл\w*|zł\w*|pln|грив\w*|євро|евро|euro))\b", re.IGNORECASE)


def _paying(match: re.Match) -> str:
    verb = next(name for name in ("after", "before", "amount") if match.group(name))
    start, end = match.span(verb)
    return match.group(0)[:start - match.start()] + "оплачую" + match.group(0)[end - match.start():]


# Round fourteen: what even the gambling or drinking took, told after it in the same sentence ("всі гроші програв, навіть на
# 800 плюс", "програв в автомати зарплату і навіть 800+"): no benefit asked for; dropped, the verb and the rest kept.
_EIGHT_HUNDRED = r"(?:на|для)?\s*(?:800|вісімсот|восемьсот)(?:\s*\+|\s+плюс|\s+плус|\s+plus)?"
# Round fifteen: or with "too" after it ("все деньги пропивает, и 800 плюс тоже", "програв усе, і 800+ теж").
EVEN_THE_BENEFIT = re.compile(r"(?P<verb>\b(?:пропива|пропив|пропил|програ|проигр)\w*[^.?!\n]{0,80}?)[\s,;–-]+(?:"
                              r"(?:і\s+|й\s+|и\s+|а\s+)?(?:навіть|даже)\s+(?:ті\s+|те\s+|ці\s+)?(?:(?:що|які|что|которые)\s+)?"
                              + _EIGHT_HUNDRED + r"|(?:і|й|и|та)\s+(?:ті\s+|те\s+|ці\s+|наші\s+|наши\s+|мої\s+|мои\s+)?" + _EIGHT_HUNDRED
                              + r"\s+(?:тоже|теж|також))", re.IGNORECASE)


# Round fourteen: afraid to go to the office alone ("Мама хоче прийти поговорити …, вона боїться одна", "боюся йти сама"): no
# one feared; the fear word is dropped when coming is told beside it and nobody raging or threatening is ("боюся одна
# вдома, він п'яний кричить" stays danger).
FEAR_OF_GOING_ALONE = re.compile(
    r"\b(?P<going>(?:прийти|приходити|прийду|прийде|піти|йти|іти|їхати|поїхати|ходити|идти|прийти|ехать|пойти)\b[^.?!\n]{0,80}?)"
    r"\b(?:боїться|боюся|боюсь|боится|боятся|бояться)\s+(?P<alone>(?:одна|сама|один|сам|одні|самі)\b)(?!\s+(?:вдома|дома|в\s+хаті|з\s+ним|з\s+нею))"
    r"|\b(?:боїться|боюся|боюсь|боится|бояться)\s+(?P<alone2>(?:йти|іти|прийти|їхати|ходити|идти|ехать)\s+(?:одна|сама|один|сам)\b"
    r"|(?:одна|сама|один|сам)\s+(?:йти|іти|прийти|їхати|ходити|идти|ехать)\b)", re.IGNORECASE)
RAGING = re.compile(r"п['ʼ’]?ян|пьян|крич|бушу|буян|погрож|угрож|б['ʼ’]?є|б['ʼ’]?ють|бьет|бьют|вб['ʼ’]?є|ломи|ломає|ніж|нож|знуща|б'є", re.IGNORECASE)


def _going_alone(text: str) -> str:
    if RAGING.search(text):
        return text
    return FEAR_OF_GOING_ALONE.sub(lambda m: (m.group("going") or "") + (m.group("alone") or m.group("alone2")), text)


# Round sixteen: "ніж" after a comparative is "than" ("вона говорить по-польськи краще ніж я", "більше ніж місяць"), not a
# knife (a danger word): dropped. A knife held or named ("він взяв ніж", "з ножем", "швидше, він взяв ніж": a verb before it)
# stays.
_COMPARATIVE = (r"(?:краще|кращ\w*|більше|більш|менше|менш|гірше|гірш\w*|швидше|легше|важче|вище|нижче|раніше|пізніше|довше"
                r"|дорожче|дешевше|ближче|далі|старше|старш\w*|молодше|молодш\w*|тепліше|холодніше|частіше|рідше|перш|перше)")
THAN = re.compile(r"\b(?P<before>" + _COMPARATIVE + r"(?P<between>(?:\s+[а-яіїєґ'ʼ’]+){0,2}?))\s+ніж\b", re.IGNORECASE)


def _than(match: re.Match) -> str:
    morph = _morph()
    between = match.group("between").split()
    if morph is None or any(morph.parse(w.lower())[0].tag.POS in ("VERB", "INFN") for w in between):
        return match.group(0)
    return match.group("before")


# Round sixteen: "серце болить за …" (the heart aches for someone: "серце болить за своїх") is worry, not heart pain (a danger
# phrase): read as "переживаю за …". Pain behind the breastbone or the shoulder blade ("болить серце, за грудиною пече",
# "серце болить за лопаткою") stays.
HEART_ACHES_FOR = re.compile(r"\b(?:(?:серце|душа)\s+(?:\w+\s+)?(?:болить|болит|крається|розривається|щемить)"
                             r"|(?:болить|болит|крається|розривається|щемить)\s+(?:\w+\s+)?(?:серце|душа))\s+за\s+(?!груд|лопат|ребр|спин|плеч)",
                             re.IGNORECASE)

# Round sixteen: the office written to "killing" the writer with its papers ("ну ви мене вбили своїми папірцями 😂", "ви нас
# доконаєте цими довідками"): a figure of speech, the office kills nobody; read without it. Someone else ("він мене вб'є",
# "ви знаєте, він мене вб'є") stays.
_KILLED = (r"(?:вбили|убили|вбиваєте|убиваєте|вб'єте|уб'єте|вбєте|доконали|доконаєте|добили|добиваєте|замучили|замучите"
           r"|убили|убиваете|убьете|доконали|добили)")
YOU_KILL_ME = re.compile(r"\b(?:ви|вы)\s+(?:мене|нас|меня)\s+(?:просто\s+|вже\s+|уже\s+|зовсім\s+|зовсем\s+)?" + _KILLED
                         + r"(?![а-яіїєґ'ʼ’])", re.IGNORECASE)
# Round sixteen: a thing between "мене" and "kills" ("мене ці ціни в Біедронці просто вбивають"): the thing, as KILLS_ME
# reads "ці ціни мене вбивають"; a person or a pronoun there ("мене він вб'є", "мене чоловік вбиває") stays.
KILLS_ME_BETWEEN = re.compile(r"\b(?:мене|нас|меня)\s+(?P<between>(?:[а-яіїєґ'ʼ’]+\s+){1,4}?)(?:просто\s+|вже\s+|уже\s+|скоро\s+)?"
                              + _KILLS + r"(?![а-яіїєґ'ʼ’])", re.IGNORECASE)


def _kills_between(match: re.Match) -> str:
    words = match.group("between").split()
    morph = _morph()
    if morph is None or not any(thing_word(w) for w in words):
        return match.group(0)
    # nobody in it: no personal pronoun ("мене він ножем вб'є", "хтось") and no animate noun first read in the nominative
    # ("мене чоловік вбиває"); a demonstrative ("ці ціни") is no one
    if any(any(p.tag.POS == "NPRO" and {"pers", "anim"} & set(p.tag.grammemes) and "nomn" in p.tag for p in morph.parse(w.lower()))
           or any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in morph.parse(w.lower())[:1])
           for w in words):
        return match.group(0)
    return match.group("between")


# Round seventeen: a thing that "kills" the writer told first, words between ("ці рахунки за опалення просто вбивають нас,
# пенсіонерів"): read without the verb, as KILLS_ME reads "ці ціни мене вбивають"; a person or a personal pronoun anywhere
# before the verb in its clause ("чоловік за гроші вбиває нас", "він ножем вб'є мене") keeps it.
# Round eighteen: or with nobody after the verb, the clause ending there ("ціни в Біедронці просто вбивають 😅"): the same
# reading; "вбивають людей" (someone after it) is left to the rest.
KILLS_US_AFTER = re.compile(r"(?:просто\s+|вже\s+|уже\s+|скоро\s+|зовсім\s+)?" + _KILLS
                            + r"(?:\s+(?:мене|нас|меня)(?![а-яіїєґ'ʼ’])|(?=\s*(?:[^\w\s]|$)))", re.IGNORECASE)


def _kills_us_after(text: str) -> str:
    def read(match: re.Match) -> str:
        clause = re.split(r"[.,!?;:\n—–-]", text[max(0, match.start() - 80):match.start()])[-1]
        words = _CLAUSE_WORD.findall(clause)[-5:]
        morph = _morph()
        # the thing the subject: not after a preposition ("за борги вб'ють нас" is a threat)
        if morph is None or not any(thing_word(w) and not (i and any(p.tag.POS == "PREP" for p in morph.parse(words[i - 1].lower())))
                                    for i, w in enumerate(words)):
            return match.group(0)
        if any(any(p.tag.POS == "NPRO" and {"pers", "anim"} & set(p.tag.grammemes) and "nomn" in p.tag for p in morph.parse(w.lower()))
               or any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in morph.parse(w.lower())[:1])
               for w in words):
            return match.group(0)
        return " "

    return KILLS_US_AFTER.sub(read, text)


# Round seventeen: "to you" as the other choice at the end of a question ("треба йти в urząd wojewódzki чи до вас?", "в
# ZUS або до вас?"): which office the matter is for, not coming to this one (`come` beside "де" asks for the address); the
# office named before it decides ("де ви? можна до вас?" keeps its "до вас": no choice).
OR_TO_YOU = re.compile(r"\s+(?:чи|або|или|либо)\s+(?:до|к|у|в)\s+(?:вас|вам)(?=\s*(?:[?.!,;]|$))", re.IGNORECASE)


# Round seventeen: calling rather than writing ("телефон, щоб звонить, а не писать", "краще говорити ніж писати"): the
# writing left out, no stop (the call asked stays).
CALL_RATHER = re.compile(r"\b(?P<call>(?:по|за|пере)?(?:дзвонити|звонить|звонити|дзвонить|телефонувати|говорити|поговорити|говорить)"
                         r"[\s,]+)(?:а|ніж|чем|замість|вместо|чим)\s+(?:не\s+)?(?:писати|писать|переписуватися|переписываться)\b",
                         re.IGNORECASE)


# Round seventeen: a thanks for help with something ("дякую дуже за допомогу з шкільними речами та куртками"): the thanks is
# for the things named, "допомогу з" left out (what a thanks is for is read from its first words).
# Round seventeen: and more thanked for in the same sentence ("спасибо вам за пакет з продуктамі і за масло"): its own part,
# as round thirteen's "особливо за солодке" after a comma (`THANKS_MORE`).
AND_FOR = re.compile(r"(?P<thanks>\b(?:дякую|дякуємо|спасибі|спасибо|спасібо|вдячна|вдячний|вдячні|подяку|благодарю)\b[^.?!\n]{0,60}?)"
                     r"\s+(?P<more>(?:і|й|та|и|а\s+також)\s+за)\b", re.IGNORECASE)
HELP_WITH_THANKED = re.compile(r"\b(?P<thanks>(?:дякую|дякуємо|спасибі|спасибо|спасібо|вдячна|вдячний|вдячні|подяку|благодарю)\b"
                               r"[^.?!\n]{0,40}?\bза\s+)(?:допомогу|помощь|поміч)\s+(?:з|із|зі|с|со)\s+", re.IGNORECASE)


# Round twenty-one: a worker's visit told as done ("пані з OPS приїхала і все пояснила", "соціальна працівниця була в мами в
# п'ятницю") beside a thanks, with no "?": what the thanks is for, no help asked; left out in `prepare_uk`, as THANKED_BODY is
# (the Polish line's `Rules.visit_thanked` stays unset for Ukrainian, tests/test_sms_round_eighteen.py). With "?", a question's
# word or a request beside it ("дякую, пані приїхала до мами, але треба щоб приходила частіше") it is read as before.
VISIT_THANKED = re.compile(r"\b(?:пані|пан|працівниця|працівник|соцпрацівниця|соцпрацівник|опікунка|доглядальниця|соціальна\s+працівниця"
                           r"|соціальний\s+працівник|работница|соцработница)\s+(?:\w+\s+){0,3}?"
                           r"(?:була|був|прийшла|прийшов|приїхала|приїхав|приходила|приходив|заходила|заходив|заїхала|заїхав|навідала"
                           r"|навідав|відвідала|відвідав|провідала|провідав|побувала|побував|была|был|пришла|пришел|приехала|приехал)\b"
                           r"(?:\s+(?:(?:у|в|до|на|по|к)\s+\w+|вчора|учора|позавчора|сьогодні|зранку|вранці|вчера|сегодня|недавно"
                           r"|нещодавно)){0,4}", re.IGNORECASE)
VISIT_THANKED_ASKS = frozenset(("чи", "де", "коли", "як", "який", "яка", "які", "скільки", "куди", "чому", "прошу", "треба", "потрібно",
                                "потрібна", "потрібен", "хочу", "хочемо", "хотіла", "хотів", "щоб", "шоб", "можна", "можете", "нужно",
                                "надо", "где", "когда", "как", "сколько", "чтобы", "можно", "хочу"))


# Round seventeen: the office's staff greeted at the opening of a letter ("Шановні працівники Осередку соціальної допомоги!",
# "Дорогі працівниці центру,"): whom the letter is to, no person or help asked for; read as the greeting alone.
# Round twenty-one: gratitude declared in a formal letter's words ("засвідчую свою глибоку вдячність за надану допомогу",
# "висловлюю подяку", "выражаю благодарность") is a thanks, read "дякую" (what it is for after it is still read); the help "given"
# ("надану допомогу") is that help, thanked for.
GRATITUDE_DECLARED = re.compile(r"\b(?:висловлюю|висловлюємо|засвідчую|засвідчуємо|складаю|складаємо|приношу|приносимо|передаю|передаємо"
                                r"|виражаю|виражаем)\s+(?:\w+\s+){0,2}?(?:вдячність|подяку|подяки|благодарность|признательность)\b",
                                re.IGNORECASE)
GIVEN_HELP = re.compile(r"\b(?:надану|надані|отриману|отримані|оказанную|оказанную\s+мне)\s+(?=(?:мені\s+|нам\s+)?(?:допомогу|підтримку|помощь|поддержку)\b)",
                        re.IGNORECASE)
SALUTATION = re.compile(r"^\W*(?P<dear>шановні|шановна|шановний|дорогі|дорога|дорогий|уважаемые|дорогие)\s+(?:\w+\s+)?"
                        r"(?:працівник\w*|працівниц\w*|співробітник\w*|співробітниц\w*|сотрудник\w*|соцпрацівник\w*)"
                        r"(?:\s+[\w'ʼ’+]+){0,4}?\s*(?=[!,.\n])", re.IGNORECASE)


# Round seventeen: the writer's own walking as the reason papers are sent, not carried in ("Хотіла б надіслати копії
# документів, бо важко ходити"): why the post or e-mail is asked about, no care asked; the reason left out. Someone asked to
# come because of it ("чи може хтось прийти, бо мені важко ходити") keeps it.
SENT_NOT_CARRIED = re.compile(r"(?P<send>\b(?:надіслати|надішлю|надсилати|відправити|відправлю|переслати|перешлю|вислати|вишлю"
                              r"|послати|пошлю|поштою|мейлом|імейлом|отправить|отправлю|прислать|выслать)\b[^.?!\n]{0,60}?)"
                              r"[,\s]+(?:бо|тому\s+що|так\s+як|потому\s+что|так\s+как)\s+(?:мені\s+|мне\s+|я\s+)?(?:вже\s+|уже\s+)?"
                              r"(?:важко|тяжко|трудно|тяжело|погано|плохо|не\s+можу|не\s+могу)\s+(?:ходити|ходить|дійти|прийти"
                              r"|добратися|ходжу|хожу|дойти|прийти\s+до\s+вас)\b", re.IGNORECASE)


# Round sixteen: giving up drinking or smoking ("я хочу кинути пити, сама, соромно"): read as "перестати пити"; "кинути"
# beside "сама" was read as the danger phrase "кинули саму" (left alone). Someone left ("кинув нас саму з дітьми") stays.
_GIVE_UP = {"кинути": "перестати", "кину": "перестану", "кинула": "перестала", "кинув": "перестав", "кинули": "перестали",
            "кинуть": "перестати", "кинь": "перестань", "киньте": "перестаньте"}
GIVING_UP = re.compile(r"\b(?P<verb>" + "|".join(_GIVE_UP) + r")(?=\s+(?:\w+\s+)?(?:пити|пить|випивати|вживати|курити|палити|курить"
                       r"|алкоголь|горілку|наркотики|наркотик|грати|играть)\b)", re.IGNORECASE)

# Round sixteen: how the writer will come, someone with them in a wheelchair ("я прийду з мамою на візку, щоб не поцілувати
# замок"): no care asked; the wheelchair dropped. "мама на візку, чи є опікунка?" still asks.
COMING_WHEELED = re.compile(r"\b(?P<come>(?:прийд|приїд|прийт|приїха|привез|привезт|приїж|прийшл|прид[уеё]|приед)\w*\s+(?:\w+\s+){0,2}?)"
                            r"(?:на|в|у)\s+(?:інвалідному\s+|инвалидной\s+|инвалидном\s+)?(?:візку|візочку|колясці|коляске|кріслі|кресле)\b",
                            re.IGNORECASE)
# Round nineteen: coming in with a pram or a wheelchair ("z vizkom mozhna zajty?", "чи можна заїхати з візком"): whether the office
# can be entered, no care asked; "з візком" dropped beside the coming. "мама на візку, чи є опікунка?" and "потрібен візок" still ask.
_PRAM = (r"(?:з|із|зі|с)\s+(?:дитячим\s+|інвалідним\s+|детской\s+|инвалидной\s+)?(?:візком|візочком|коляскою|колясочкою|коляской"
         r"|візоком)\b")
_ENTER = (r"(?:зайти|заїхати|пройти|проїхати|прийти|приїхати|потрапити|в'їхати|заходити|заїжджати|зайду|зайдемо|пройду|прийду|приїду"
          r"|заехать|зайти|пройти|попасть|прийти|придти)")
WHEELED_IN = re.compile(r"(?P<come>\b" + _ENTER + r"\s+(?:\w+\s+){0,2}?)" + _PRAM + r"|\b" + _PRAM + r"(?=\s+(?:\w+\s+){0,2}?" + _ENTER + r"\b)",
                        re.IGNORECASE)
# Round sixteen: a number left just in case beside a question ("… 2 січня працюєте? тел мій 503 110 924 якщо шо"): the
# question is what is asked, not a call-back; the number (and "тел мій") is dropped. Asked for a call ("передзвоніть, 503 …
# якщо що") it is still a call-back by its words.
_NUMBER = r"(?:(?:тел\w*\.?|номер|моб\w*\.?)\s+)?(?:(?:мій|мой)\s+)?(?:(?:тел\w*\.?|номер)\s+)?\+?\d[\d \-]{6,}\d"
_IN_CASE = r"(?:якщо\s+(?:що|шо)|якшо\s+шо|як\s+шо|на\s+всякий\s+(?:випадок|случай)|если\s+что|если\s+шо|в\s+разі\s+чого)"
JUST_IN_CASE = re.compile(r"\b" + _NUMBER + r"\s*[,.;-]?\s*" + _IN_CASE + r"(?![а-яіїєґ'ʼ’])|\b" + _IN_CASE + r"\s*[,.;:-]?\s*" + _NUMBER,
                          re.IGNORECASE)

# Round sixteen: wanting to thank ("хочу подякувати пані з опіки", "хотіла б подякувати", "хочу поблагодарить") is a thanks:
# read as "дякую".
WANT_TO_THANK = re.compile(r"\b(?:хочу|хотіла|хотів|хочемо|хотіли|хотела|хотел|хотим|хотелось|хотілось|хотілося)\s+(?:б\s+|би\s+|бы\s+)?"
                           r"(?:(?:щиро|дуже|ще\s+раз|сердечно|искренне|очень)\s+)?(?:подякувати|поблагодарить|поблагодарити|сказати\s+спасибі"
                           r"|сказать\s+спасибо|сказати\s+дякую)\b", re.IGNORECASE)

# Round sixteen: a text of nothing but "what?" ("шо", "що?", "а шо?", "ну шо?"): asks nothing the line knows, the menu; "що"
# and "як" are also words of a thanks ("дякую за все, що…", "як справи"), so such a text was read as a thanks.
WHAT_ALONE = re.compile(r"^\W*(?:(?:ну|а|і|й|так|и)\W+)?(?:що|шо|што|что|чо|шо\s+там|що\s+там|як|як\s+то|тобто)\W*$", re.IGNORECASE)

# Round sixteen: the writer telling where they are at the office ("я під дверима на Познанській, нікого нема", "стою біля
# входу на Познанській"): the street is where they stand, not the address asked; the street is dropped ("де ви точно, на
# Познанській 5?" still asks).
AT_THE_DOOR = re.compile(r"\b(?P<here>(?:я|ми|мы)\s+(?:(?:вже|уже|зараз|тут|стою|стоїмо|чекаю|чекаємо|сиджу|стою)\s+){0,3}"
                         r"(?:під|біля|коло|перед|возле|у|в)\s+(?:дверима|дверей|дверями|входу|входом|будинку|будинком|офісу|офісом"
                         r"|центру|центром|двери|дверью|входа))\s+(?:на|по)\s+[а-яіїєґ'ʼ’]+(?:\s+\d+\w?)?", re.IGNORECASE)

# Round sixteen: drinking told as long over ("мій чоловік вже 2 роки не п'є", "не п'є вже рік", "кинув пити пів року тому"):
# read as "тверезий", no drinking asked about; "вже 2 дні не п'є і його трусить" (days) or "не п'є рік, але знову почав" is
# not over.
_LONG_TIME = (r"(?:\d+|два|дві|три|чотири|п'ять|пять|кілька|декілька|пів|півтора|півтори|багато|цілий|цілих|другий|третій)?\s*"
              r"(?:рок\w*|рік|років|місяц\w*|місяців|месяц\w*|лет|год|года)")
DRINKING_OVER = re.compile(r"\b(?:(?:вже|уже)\s+" + _LONG_TIME + r"\s+(?:як\s+)?не\s+(?:п['ʼ’]?є|пьет|п['ʼ’]?ю|пью|вживає|употребляет)"
                           r"|не\s+(?:п['ʼ’]?є|пьет|п['ʼ’]?ю|пью|вживає)\s+(?:вже|уже)\s+" + _LONG_TIME + r")(?![а-яіїєґ'ʼ’])"
                           r"(?![^.!?\n]*\b(?:але|но|знову|знов|опять|снова|почав|почала|зірвався|зірвалась|сорвался)\b)",
                           re.IGNORECASE)
# Round eighteen: sober for a long time ("вже три роки твереза", "трезвый уже год"): over, as DRINKING_OVER; and the drinking
# told as once before it ("колись пила, але вже три роки твереза", "раньше пил, а теперь трезвый уже год") is the past, no
# drinking asked about: dropped up to the sobriety.
# "колись пив, а тепер знову п'є" (not sober) stays.
SOBER_LONG = re.compile(r"\b(?:(?:вже|уже)\s+" + _LONG_TIME + r"\s+(?:як\s+)?(?:тверез\w*|трезв\w*|не\s+(?:пила|пив|пил|п['ʼ’]?є|пьет))"
                        r"|(?:тверез\w*|трезв\w*)\s+(?:вже|уже)\s+" + _LONG_TIME + r")(?![а-яіїєґ'ʼ’])"
                        r"(?![^.!?\n]*\b(?:але|но|знову|знов|опять|снова|почав|почала|зірвався|зірвалась|сорвался)\b)", re.IGNORECASE)
ONCE_DRANK = re.compile(r"\b(?:колись|раніше|раньше|когда-то|когда\s+то)\s+(?:\w+\s+)?(?:пила|пив|пили|пил|бухав|бухала|бухал|пиячив"
                        r"|пиячила|вживав|вживала|зловживав|зловживала)\b[\s,;–-]+(?:(?:але|а|но|проте|однак)\s+)?(?:тепер\s+|зараз\s+|теперь\s+"
                        r"|сейчас\s+)?(?=тверезий)", re.IGNORECASE)
# Round eighteen: "again" of what the media show ("по телевізору знову показують обстріл Києва"): the news shown again, not a
# danger that goes on (`STILL`, which keeps a danger told beside "по телевізору" danger): dropped when the media are named.
# "він знову показує ніж" (no media, one person) stays.
MEDIA_NAMED = re.compile(r"\b(?:по|в|у)\s+(?:телевізор\w*|телевизор\w*|тв|телику|новинах|новостях|радіо|радио|інтернеті|интернете|ютубі|ютубе)\b",
                         re.IGNORECASE)
MEDIA_AGAIN = re.compile(r"\b(?:знову|знов|опять|снова)\s+(?=(?:\w+\s+)?(?:показують|показували|показывают|показывали|передають"
                         r"|передавали|передают|транслюють|транслируют|крутять|крутят)\b)", re.IGNORECASE)
# Round sixteen: whom the thanks is for, the body that helped, right after it ("дякую комісії", "спасибі центру і психологу"):
# no topic asked (the commission is an addiction word); dropped from the thanks.
THANKED_BODY = re.compile(r"\b(?P<thanks>дякую|дякуємо|спасибі|спасибо|вдячна|вдячний|вдячні|благодарю)\s+(?:вам\s+(?:і|та|и)\s+)?"
                          r"(?:вашій\s+|всій\s+|нашій\s+|цій\s+)?(?:комісії|комиссии|опіці|опсу|гопсу|центру|психологу|психологові|психологу)"
                          r"(?:\s+(?:і|та|и)\s+(?:комісії|комиссии|опіці|опсу|центру|психологу|психологові))?(?![а-яіїєґ'ʼ’])",
                          re.IGNORECASE)

# Round nineteen: an animal gone missing ("Пропав пес, рудий …", "кіт загубився", "убежала собака"): no person missing (uk.toml's
# "пропав" is danger); read as the animal alone. "пропала дитина", "син пропав" stay.
_ANIMAL = (r"(?:пес|песик|пса|собака|собаку|собачка|собачку|цуцик|щеня|щенок|кіт|кота|кицька|кицьку|кішка|кішку|котик|котика|кошеня"
           r"|кот|кошка|кошку|папуга|папугу|хом'як|кролик|попугай)")
_GONE_VERB = (r"(?:пропав|пропала|пропало|загубився|загубилася|загубилась|зник|зникла|втік|втекла|утік|утекла|пропал|убежал|убежала"
              r"|потерялся|потерялась|сбежал|сбежала)")
ANIMAL_GONE = re.compile(r"\b" + _GONE_VERB + r"\s+(?P<first>(?:наш\w*\s+|мій\s+|моя\s+|мой\s+)?" + _ANIMAL + r")\b"
                         r"|\b(?P<then>" + _ANIMAL + r"\s+(?:\w+\s+)?)" + _GONE_VERB + r"\b", re.IGNORECASE)

# Round nineteen: the writer's own drinking in the first person ("ja pju wze misjac", "п'ю кожен день", Russian "пью"), too short
# for the matcher's lemmas: read as "випиваю". Not what is drunk named after it ("п'ю ліки", "п'ю чай"), nor "не п'ю".
OWN_DRINKING = re.compile(r"(?<!\bне\s)\b(?:п['ʼ’]ю|пью|пю)\b(?!\s+(?:\w+\s+)?(?:лік\w*|таблетк\w*|таблеток|пігулк\w*|чай|чаю|каву|кави"
                          r"|кофе|воду|води|молоко|сік|соки|антибіотик\w*|вітамін\w*|витамин\w*|лекарств\w*|сироп\w*|краплі|капли|настоянк\w*"
                          r"|відвар\w*|отвар\w*|компот|кефір|кефир|травк\w*|ромашк\w*|мінералк\w*|минералк\w*))", re.IGNORECASE)

# Round nineteen: the New Year greeted ("З Новим роком!", "С Новым годом"): read as "з новоріччям", a thanks word as "з Різдвом" is
# ("роком" alone is no greeting: "з кожним роком").
# Round twenty: ill in quotation marks is the drinking said by its euphemism ('чоловік "хворіє" після свят', 'муж опять
# «болеет»'); ill without them is ill ("чоловік хворіє, чи є опікунка?").
QUOTED_ILL = re.compile(r"[\"«„“”']\s*(?:хворіє|хворів|хворіла|хворіють|хворий|хвора|болеет|болел|болела|болеют|болен|больной"
                        r"|болеє|болєє)\s*[\"»“”']")
# Round twenty: the wish's "нехай"/"хай" in the passport transliteration ("Nekhai Boh berezhe", "khai"), whose final "i" is
# "й" but reads "нехаї".
LET_WISH = re.compile(r"\b(?P<ne>не)?ха[їіи](?=\s+(?:бог|господь|вам|вас|тобі|все|у\s+вас|щастить|береже|буде)\b)", re.IGNORECASE)
NEW_YEAR = re.compile(r"\b(?:з|зі|із|с|со)\s+(?:наступаючим\s+|наступающим\s+|прийдешнім\s+|старим\s+|старым\s+)?(?:новим|новым)\s+"
                      r"(?:роком|годом)\b", re.IGNORECASE)


# Round twenty-one: the Polish "był", "było" (with their "ł") in Latin letters are "to be" ("to nie do was było"), read "був",
# "було" before the Latin words are read in Cyrillic, where they were "бил", "било" (beat). "była", "byli", "były" are left: a
# Polish-style Ukrainian writer spells "била", "били" so.
POLISH_WAS = re.compile(r"(?<![\w'])był(o)?(?![\w'])", re.IGNORECASE)
# Round twenty-one: the past of drinking away ("вже пропив зарплату", "все пропила") read as its present, a word of the
# addiction list: "пропив" was a near word of the danger list's "пропав" (gone missing).
DRANK_AWAY = re.compile(r"\b(?:пропив|пропила|пропили|пропил)\b", re.IGNORECASE)
# Round twenty-one: help "from" an addiction ("є якась допомога від залежності?", "помощь от алкоголизма") is the
# addiction's help, no help of its own asked; "допомога для мене з дітьми" beside the drinking still is.
_ADDICTIONS = (r"(?:залежн\w*|зависим\w*|алкогол\w*|пияцтв\w*|пиятик\w*|наркоман\w*|наркотик\w*|ігроман\w*|игроман\w*|лудоман\w*"
               r"|азартн\w*|запо[їя]\w*)")
ADDICTION_HELP = re.compile(r"\b(?:(?:якась|якусь|якоїсь|яка-небудь|какая-то|какую-то|какая-нибудь)\s+)?(?:допомог\w*|поміч|помощь|помощи"
                            r"|підтримк\w*|поддержк\w*)\s+(?=(?:від|при|для|от)\s+(?:\w+\s+)?" + _ADDICTIONS + r")", re.IGNORECASE)
# Round twenty-one: how often someone drinks ("пиячить кожні вихідні", "кожної суботи п'є") tells a habit, not the office's
# weekend or day asked about; the drinking verb is kept ("ви працюєте кожну суботу?" still asks the hours).
_DRINKS = r"(?:п['ʼ’]?є|п['ʼ’]?ють|пьет|пьют|пиячить|пиячать|випиває|випивають|бухає|бухають|бухает|пьянствует|запиває|напивається|напивается)"
_EVERY = (r"(?:(?:кожн\w*|кажд\w*|по)\s+(?:вихідн\w*|суботу|суботи|суботах|неділю|неділі|п['ʼ’]?ятниц\w*"
          r"|виходн\w*|субботу|субботам|воскресенье|воскресеньям|пятниц\w*|свят\w*|праздник\w*)|щовихідних|щосуботи|щонеділі"
          r"|щоп['ʼ’]?ятниці)")
DRINKING_HABIT = re.compile(r"(?P<verb>\b" + _DRINKS + r")\s+(?:\w+\s+)?" + _EVERY + r"(?!\w)|\b" + _EVERY + r"\s+(?:\w+\s+)?(?P<then>" + _DRINKS
                            + r")(?!\w)", re.IGNORECASE)


# Round twenty-two: not having understood, told in the past ("Я нічого не зрозуміла 😕", "нічого не зрозуміло", "не поняла"):
# lost, read as "не розумію" (the keyword list); uk.toml's phone words "не зрозуміла" (repeat) and "все зрозуміло" (goodbye)
# made it a thanks.
# Round twenty-two: a first sentence that only thanks for a thing ("Дякую за допомогу з вугіллям.", "Спасибі за пакет!") before
# another that asks or requests ("Ще хочу запитати де можна записатись до психолога …"): what was thanked for is not asked
# again (as the Polish round twenty-five's `thanks_apart`, here on the text); alone, or beside a story, it is read as before.
THANKED_SENTENCE = re.compile(r"^\W*(?:(?:щиро|дуже|велике|большое|огромное)\s+)?(?:дякую|дякуємо|спасибі|спасибо|спасібо|благодарю)"
                              r"(?:\s+(?:вам|вас|дуже|велике|большое|щиро))*\s+за\s+(?:[\w'’ʼ+-]+\s+){0,3}[\w'’ʼ+-]+\s*[.!]+\s*(?=\w)",
                              re.IGNORECASE)
# A question or a request in the words after it, with no "?" ("Ще хочу запитати де …", "прошу …", "чоловік пє, куди звернутись").
REST_ASKS = re.compile(r"\b(?:запита\w*|спита\w*|питанн\w*|вопрос\w*|прошу|можна|можно|підкаж\w*|подскаж\w*|скажіть|скажите|треба"
                       r"|потрібн\w*|нужн\w*|надо|хочу|хочемо)\b")
# What is asked again, the thing thanked for ("А чи можна ще раз отримати", "а ще одну можна?", "коли буде наступна"): it stays.
ASKED_AGAIN = re.compile(r"\b(?:ще\s+раз|ще\s+(?:один|одну|одне|одного)|знову|знов|повторно|теж|також|тоже|также|опять|ещё|еще\s+раз"
                         # the next one of it ("а коли буде наступна видача?")
                         r"|наступн\w*|следующ\w*|коли\s+буде|когда\s+будет)\b",
                         re.IGNORECASE)
# Round twenty-two: the writer's own move told ("ми нові в гміні, переїхали з Познані", "я переїхала сюди влітку"): no question
# about the office's address (uk.toml's contact word "переїхали", the office moved); "ви переїхали?" is read as before.
OWN_MOVE = re.compile(r"(?P<who>\b(?:я|ми|мы)\b(?:(?![\s,]+(?:ви|вы|вас|центр\w*|офіс\w*|опс|ops)\b)[\s,]+[\w'’ʼ]+){0,5}?)[\s,]+"
                      r"(?:переїхали|переїхала|переїхав|переехали|переехала|переехал)\b", re.IGNORECASE)
# Round twenty-two: a nod with the writer's coming as the whole text ("ок буду", "добре, прийду", "окей будемо"): a thanks, read as
# the nod; with when or a question ("добре буду в понеділок?") it is read as before.
WILL_COME = re.compile(r"^\W*(?:ок|окей|окі|добре|гаразд|ладно|хорошо|ok|okay)\W+(?:я\s+|ми\s+)?(?:буду|будемо|будем|прийду|прийдемо"
                       r"|приду|придем|прийдем)[\s.!)👍🙏😊]*$", re.IGNORECASE)
NOT_UNDERSTOOD = re.compile(r"\bне\s+(?:зрозуміла|зрозумів|зрозуміли|зрозуміло|поняла|понял|поняли|понятно)\b", re.IGNORECASE)


# Round twenty-three: degrees written as a signed figure, indoors ("в хаті +9", "v kvartyri +3") or alone ("вночі -8"): the
# folded text loses the sign, so "+9" indoors is read "9 градусів" (COLD_FRAIL reads it) and a minus standing alone "мінус 8"
# (a range "8-15" or a phone number is not touched: the sign must follow a space).
_INDOORS_PLUS = (r"(?:вдома|дома|в\s+хаті|у\s+хаті|в\s+квартирі|у\s+квартирі|в\s+кімнаті|у\s+кімнаті|в\s+квартире|в\s+доме|в\s+комнате"
                 r"|в\s+будинку|у\s+будинку)")
INDOOR_PLUS = re.compile(r"\b(?P<where>" + _INDOORS_PLUS + r")\s*[:,]?\s*(?:вже\s+|всього\s+|лише\s+|тільки\s+)?\+\s?(?P<deg>[0-9]|1[0-2])"
                         r"(?![\d.,]\d)(?:\s*(?:°|градус\w*))?", re.IGNORECASE)
MINUS_DEGREES = re.compile(r"(?:(?<=\s)|^)[-−–]\s?(?P<deg>[1-9]\d?)(?![\d\w.,-])(?:\s*(?:°|градус\w*))?", re.IGNORECASE)
# Round twenty-three: a past season told with a past verb in its sentence ("Минулої зими в нас була пожежа, все згоріло") is read
# "в минулому", uk.toml's `not_now` phrase (as its "років тому"): the harm told as over; since then ("з минулого року б'є")
# is not, and `STILL` keeps a harm that goes on ("торік побив, а тепер знову погрожує") danger. (`Rules.told_over` stays unset
# for Ukrainian: tests/test_sms_round_fifteen.py.)
PAST_SEASON = re.compile(r"(?<![\w'])(?<!\bз\s)(?<!\bвід\s)(?<!\bс\s)(?<!\bзі\s)(?<!\bдо\s)(?:(?:минулої|минулого|прошлой|прошлого"
                         r"|позаминулої|позаминулого)\s+(?:зими|року|осені|весни|літа|зимой|года|осенью|весной|летом"
                         # round twenty-six: last month too ("Минулого місяця в нас згорів сарай")
                         r"|місяця|месяца)|торік)(?![\w'])"
                         # round twenty-six: or a past verb of the harm itself ("торік вдарив мене …", "… згорів сарай")
                         r"(?=[^.!?\n]*?(?<![\w'])(?:була|був|було|були|была|был|было|были"
                         r"|[а-яіїєґ']{2,}(?:ив|ила|или|ів|іла|іли|ав|ала|али|ув|ула|ули|ил|ыл|ыла|ыли))(?![\w']))", re.IGNORECASE)
# Round twenty-six: someone who cannot write or read texts themselves, told by the one who writes for them ("Я за бабусю
# питаю, вона сама не може писати"), is why someone else writes, not care asked ("сама не може" was read as not managing
# alone): read "не пише". Care asked beside it ("… не може писати, руки трусяться, чи є опікунка?") is read as before.
CANNOT_WRITE = re.compile(r"\s*\b(?:сама\s+|сам\s+|самі\s+)?не\s+(?:може|можуть|вміє|вміють|уміє|может|умеет)\s+(?:сама\s+|сам\s+)?"
                          r"(?:писати|написати|читати|прочитати|писать|читать|друкувати)\b(?:\s+(?:смс|sms|повідомлення|есемески))?",
                          re.IGNORECASE)
# Round twenty-six: not managing to get to the office, told ("і ніяк не можу до вас потрапити", "не можу до вас дійти") beside
# no way asked ("як", "де", "куди", an address, the road), is the hours not fitting, no address asked: read "не встигаю".
CANNOT_GET_THERE = re.compile(r"\s*\b(?:ніяк\s+)?не\s+(?:можу|можемо|могу|встигаю|встигаємо|встигну|успеваю)\s+(?:до\s+вас\s+|к\s+вам\s+)?"
                              # getting there, not coming ("я не можу прийти о 10, можна пізніше?" asks the hours by its coming)
                              r"(?:потрапити|дійти|доїхати|попасть|потрапити\s+до\s+вас|дійти\s+до\s+вас)\b",
                              re.IGNORECASE)
WAY_ASKED = re.compile(r"\b(?:як|де|куди|где|как|куда|адрес\w*|дорог\w*|доїхати\s+автобус\w*)\b", re.IGNORECASE)
# Round twenty-six: what the writer read or missed on the website ("на сайті не все зрозуміло", "на вашому сайті написано"):
# the site told, not asked for (the contact card); "який у вас сайт?", "на сайті є адреса?" are read as before.
SITE_READ = re.compile(r"\bна\s+(?:вашому\s+|цьому\s+|вашем\s+)?сайті\b(?=\s+(?:\w+\s+)?(?:не\s+)?(?:все\s+|усе\s+|нічого\s+)?"
                       r"(?:зрозуміл\w*|зрозуміло|написано|прочитал\w*|прочитав|бачил\w*|знайшл\w*|знайшов|вказано|понятно|написано))",
                       re.IGNORECASE)
# Round twenty-six: a bus's time ("бо автобус мені по часу не підходить") is no office hours asked.
BUS_TIME = re.compile(r"(?<=автобус)(\s+(?:\w+\s+){0,2}?)(?:по\s+часу|за\s+часом|по\s+времени)\b", re.IGNORECASE)
# Round twenty-six: another place closed for a season, told in the past ("втратила роботу в готелі, бо закрили на зиму"):
# no office hours asked; "ви закриті на свята?" is read as before.
CLOSED_FOR_SEASON = re.compile(r"\b(?:закрили|зачинили|закрився|закрилась|закрилася|закрыли|закрылся)\s+(?:його\s+|її\s+|готель\s+)?"
                               r"на\s+(?:зиму|сезон|зимовий\s+сезон|літо|ремонт|зиму)\b", re.IGNORECASE)
# Round twenty-six: whether the office works with such a matter ("Чи ви з таким теж працюєте?", "ви працюєте з такими
# людьми?") asks about the matter, not the hours: read "займаєтесь"; "ви працюєте в суботу?" is read as before.
WORK_WITH = re.compile(r"\b(?:з|із|с)\s+(?:таким\w*|такими|цим|такою|этим|такими\s+людьми)\s+(?:теж\s+|також\s+|тоже\s+)?(?:працюєте|работаете)\b"
                       r"|\b(?:працюєте|работаете)\s+(?:теж\s+|також\s+|тоже\s+)?(?:з|із|с)\s+(?:таким\w*|такими|цим|такою|этим)\b",
                       re.IGNORECASE)
# Round twenty-six: the writer's childhood ("в дитинстві ми ховались з дітьми від бомб, зараз потрібна допомога з документами")
# is read "в минулому", as a past season is (round nine's near text, which uk.toml's newer "ховаємось" had made danger);
# `STILL` keeps a harm that goes on ("в дитинстві бив, і досі б'є") danger.
CHILDHOOD = re.compile(r"\b(?:в|у)\s+(?:моєму\s+|нашому\s+|своєму\s+)?дитинстві\b|\bв\s+(?:моем\s+|нашем\s+)?детстве\b", re.IGNORECASE)
# Round twenty-six: in the shower after being there ("була в душі з дитиною", "я був у душі", "ja bula v dushi") is read "у
# ванній": "душі" was a near word of the danger list's "душить" (strangles). The soul ("в душі тривога") is left as written.
IN_THE_SHOWER = re.compile(r"(?P<was>\b(?:була|був|були|была|был|были|стояла|стояв|мився|милася|милась|купалась|купалася|купав|купала)"
                           r"(?:\s+(?:я|вже|саме|якраз))?)\s+(?:в|у|под|під)\s+(?:душі|душем|душе)\b", re.IGNORECASE)
# Round twenty-three: "killed" by a piece of news is a figure of speech ("звільнили з ферми, просто вбили цією новиною").
KILLED_BY_NEWS = re.compile(r"\b(?:вбили|убили|вбила|убила|вбив|убив|добили|добила|вбиваєте|убили\s+просто)\s+(?:мене\s+|нас\s+)?"
                            r"(?:цією|цею|такою|тією|цієї|этой|такой|своєю|своей)\s+(?:новиною|звісткою|новістю|новостью|новиной|вісткою)\b",
                            re.IGNORECASE)
# Round twenty-three: a fear told back as written before ("я минулого тижня писала вам що мені страшно, … зараз все добре"): the
# fear is the past letter's, not now (STILL reads "мені страшно" as a fear now).
FEAR_WRITTEN_BEFORE = re.compile(r"\b(?P<said>(?:писала|писав|писали|казала|казав|казали|говорила|говорив|писала\s+вам|писала\s+вчора)"
                                 r"\s+(?:вам\s+|тоді\s+|раніше\s+){0,2})(?:що|шо)\s+(?:мені|мне|нам)\s+(?:було\s+|дуже\s+)?страшно\b",
                                 re.IGNORECASE)


# Round twenty-four: who gave the writer the office's number, told in a first text ("Номер дав Сергій з будови", "мені дала ваш
# номер сусідка", "номер телефону мені підказала пані з школи"): how the writer came to write, no number asked; the number word
# is left out, the giver kept. "дайте номер", "який у вас номер?" are read as before.
_GAVE = (r"(?:дав|дала|дали|дал|скинув|скинула|скинули|скинул|підказав|підказала|підказали|подсказал|подсказала|передав|передала"
         r"|передали|передал|знайшов|знайшла|знайшли|нашел|нашла|нашли|взяв|взяла|взяли|взял|отримав|отримала|отримали|получил"
         r"|получила|дістав|дістала|порадив|порадила|посоветовал|посоветовала)")
_THE_NUMBER = r"(?:(?:ваш|цей|этот|етот|ваш\s+телефонний)\s+)?(?:номер|нумер)(?:\s+(?:телефону|телефона))?"
NUMBER_GIVEN = re.compile(r"\b" + _THE_NUMBER + r"\s+(?:(?:мені|мне|нам)\s+)?(?=" + _GAVE + r"\b)"
                          r"|\b(?P<gave>" + _GAVE + r")\s+(?:(?:мені|мне|нам)\s+)?" + _THE_NUMBER + r"\b", re.IGNORECASE)
# Round twenty-four: what the office helps with, asked in a first text ("чим ви можете нам допомогти?", "з чим взагалі
# допомагаєте?"): the kinds of help, read as uk.toml's "які види допомоги" (WRITTEN_WORDS' `about`), also beside the address.
WHAT_HELP = re.compile(r"\b(?:(?:з|із|в|у)\s+)?(?:чим|чем)\s+(?:(?:ви|вы|взагалі|вообще|саме|можете|можна|могли\s+б|можно)\s+){0,3}"
                       r"(?:(?:нам|мені|мне|нам)\s+)?(?:допомогти|допомагаєте|допоможете|помогти|помочь|помогаете|поможете)\b",
                       re.IGNORECASE)
# Round twenty-four: the holidays wished ("Веселих свят! … Скиньте номер телефону", "Вітаю зі святами"): a greeting, read "вітаю";
# "свят" was read as the hours over the holidays. "Ви працюєте на свята?", "після свят" are read as before.
HOLIDAY_WISHED = re.compile(r"\b(?:(?:веселих|щасливих|гарних|радісних|світлих|спокійних|чудових|теплих|мирних|добрих|веселих|счастливих"
                            r"|хороших|светлих)\s+(?:вам\s+|всім\s+|усім\s+|вам\s+всім\s+)?(?:свят|праздников)|(?:вітаю|вітаємо|поздравляю"
                            r"|поздравляем)\s+(?:вас\s+|всіх\s+|усіх\s+)?(?:з|зі|із|с|со)\s+(?:святами|праздниками|святом|праздником)"
                            # round twenty-six: the feasts to come wished ("і з наступаючими святами вас"; "ви працюєте на свята?" as before)
                            r"|(?:з|зі|із|с|со)\s+(?:наступаючими|наступающими|прийдешніми|майбутніми)\s+(?:святами|праздниками))\b",
                            re.IGNORECASE)
# Round twenty-four: "today" in a story, beside a verb in the past ("мене сьогодні ледь не вбили на роботі"), is when it happened,
# not the office's hours today (as round fifteen's TOLD_TIME); asked of the office ("ви сьогодні працюєте?") it stays.
TOLD_DAY = re.compile(r"\b(?:сьогодні|сегодня)\b\s*", re.IGNORECASE)
# Round twenty-four: lying there and drinking ("Не бє, просто лежить і пє"): the drinking, no one bedridden (a care word). Lying
# drunk somewhere ("лежить п'яний на землі") is read as before.
LYING_DRINKING = re.compile(r"\b(?:лежить|лежит|валяється|валяется)\s+(?:(?:і|й|та|и)\s+)?(?=(?:п['ʼ’]?є|пьет|бухає|бухает|пиячить"
                            r"|випиває)\b)", re.IGNORECASE)
# Round twenty-four: another office's website named as where the writer got lost ("на сайті ЗУС не можу розібратись"): not the
# office's own site asked for (uk.toml's contact word "сайт"); the office's name is kept.
OTHER_SITE = re.compile(r"\bсайт\w*(?=\s+(?:зус\w*|zus|крус\w*|krus|ужонд\w*|уженд\w*|urz\w*|пуп\w*|pup|консульств\w*|посольств\w*"
                        r"|банк\w*|воєвод\w*|воевод\w*|wojew\w*|гов\.?\s*пл|gov)\b)", re.IGNORECASE)
# Round twenty-four: wishing one were not there, with "щоб" for "б" ("думаю шо краще шоб мене вообще не було"): read as the
# danger list's "краще б мене не було".
BETTER_NOT_BE = re.compile(r"\b(?:краще|лучше)\s+(?:щоб|шоб|щоби|чтоб|чтобы|чтоби)\s+(?P<who>мене|меня|нас)\s+(?:(?:взагалі|вообще|вже|уже"
                           r"|більше|больше|просто)\s+){0,2}не\s+(?:було|стало|было|стало)\b", re.IGNORECASE)
# Round twenty-four: "I would kill for" a thing ("Я б щас вбила за гарячий український борщ 😂", "вбив би за каву"): a figure of
# speech, read as wanting it. Said of someone else ("він би вбив за гроші"), or with whom after it ("я б його вбила за це"), it
# is read as before.
KILL_FOR = re.compile(r"\bя\s+(?:б|би|бы)\s+(?:(?:щас|зараз|сейчас|просто|зараз\s+просто|все\s+віддала\s+і)\s+)?(?:вбила|вбив|убила|убив"
                      r"|убил)\s+(?=за\s)|(?:^|(?<=[.!?]\s))(?:я\s+)?(?:вбила|вбив|убила|убив|убил)\s+(?:б|би|бы)\s+(?=за\s)",
                      re.IGNORECASE)
# Round twenty-four: "dying" of papers, queues, prices, heat, laughter or boredom ("Я вже помираю від цих польських папірців 😂",
# "вмираю від сміху"): a figure of speech; the verb left out. Of anything else, pain, hunger, cold or loneliness ("помираю від
# болю", "вмираю від цієї самотності"), it is read as before.
DYING_OF = re.compile(r"\b(?:помираю|вмираю|умираю|помру|вмру|здохну|подихаю|загнуся)\s+(?=(?:від|с|со|з|із)\s+(?:(?:цих|цієї|цього|ції"
                      r"|таких|такої|этих|этой|этого|всіх|всієї|всього|цими|такими)\s+){0,2}(?:[\w'’ʼ]+\s+)?(?:папір\w*|папірц\w*|паперів"
                      r"|паперами|документ\w*|бюрократ\w*|бумаг\w*|бумажк\w*|формуляр\w*|анкет\w*|заяв\w*|черг\w*|очеред\w*|цін\w*|цен\w*"
                      r"|спек\w*|жар\w*|сміх\w*|смех\w*|нудьг\w*|скук\w*|рахунк\w*|счет\w*|сорому|стида|цікавост\w*|любопытств\w*)\b)",
                      re.IGNORECASE)
# Round twenty-five: the thing first, "dying" after "such that" ("ціни такі шо аж помираю", "черги такі що я вмираю"): the same
# figure, the verb left out; of pain or loneliness ("болить так що аж помираю") it is read as before.
DYING_SO = re.compile(r"\b(?:папір\w*|папірц\w*|папери|документи|бюрократ\w*|бумаги|черг[аи]|очеред[ьи]|ціни|цена|цени|ціна|спека|жара"
                      r"|рахунки|счета|анкети|формуляри)\s+(?:тут\s+|у\s+вас\s+|в\s+польщі\s+|зараз\s+)?(?:такі|такий|така|таке|настільки|так)"
                      r"\s+(?:(?:що|шо|что)\s+)?(?:аж\s+|я\s+|просто\s+)*(?P<verb>помираю|вмираю|умираю|помру|вмру|здохну)\b", re.IGNORECASE)
# Round twenty-four: a dream told ("Сон наснився страшний що хата горить 😰 прокинулась — все добре", "мені наснилось, що …"):
# what was dreamt is no harm; the dream's clause is left out, up to its end (a mark, a dash, "і", "а", "але" or the waking).
DREAM = re.compile(r"\b(?:(?:мені\s+|мне\s+)?(?:страшний\s+|поганий\s+|жахливий\s+|страшный\s+)?сон\s+(?:\w+\s+)?(?:наснився|приснився"
                   r"|снився|приснился|снился)|(?:мені\s+|мне\s+)?(?:наснилось|наснилося|приснилось|приснилося|снилось|снилося|наснився"
                   r"|приснився|снився|приснился|снился|наснилась|приснилась))\b"
                   r"(?:,\s*(?=(?:що|шо|что|ніби|наче|будто|как\s+будто)\b))?"
                   r"[^,.!?\n—–]*?(?=\s+(?:і|й|а|але|но|и|та|прокинул\w*|проснул\w*)\b|\s*[,.!?\n—–]|$)", re.IGNORECASE)
# Round twenty-four: a killing shouted in quotation marks while playing ('кричить у навушники «всіх вбʼю»', "в грі кричить
# "вб'ю""): the game's words, in a sentence that names the game, the computer or the headphones; left out. Said without
# the game ("кричить «вб'ю» і бере ніж") it is read as before.
_GAME = (r"\b(?:ігр\w*|игр\w*|гра|грає|грати|грав|играет|играл|комп['ʼ’]?ютер\w*|компі|компа|комп|навушник\w*|наушник\w*|онлайн"
         r"|приставк\w*|стрім\w*|стрим\w*|катк\w*|дискорд\w*)\b")
GAME_SHOUT = re.compile(r"[«\"“„]\s*(?:[\w'ʼ’]+\s+){0,3}?(?:вб['ʼ’]?ю|уб['ʼ’]?ю|вбю|убю|убью|вб['ʼ’]?ємо|вб['ʼ’]?ю\s+всіх|порву|знищу"
                        r"|зарежу|заріжу)\b[^»\"”]{0,30}[»\"”]", re.IGNORECASE)


def _game_shout(text: str) -> str:
    return "".join(GAME_SHOUT.sub(" ", part) if re.search(_GAME, part, re.IGNORECASE) else part
                   for part in re.split(r"(?<=[.!?\n])", text))


# Round twenty-four: a fall told with the care it had ("свекор впав вчора, швидка забрала в шпиталь, лікарі кажуть все ок",
# "мама впала минулого тижня, зламала руку, вже в гіпсі"): treated, nobody lying fallen now; the fall in that sentence is read
# "мала падіння" (no danger word). With "знову", someone lying or not getting up in it ("впала, лікар був, а зараз знову лежить і
# не встає") it is read as before.
FALL = re.compile(r"\b(?:впав|впала|упав|упала|упал)\b", re.IGNORECASE)
FALL_TREATED = re.compile(r"\bшвидк\w*\s+(?:\w+\s+)?(?:забрала|приїхала|відвезла|забрали|відвезли|увезла)|\b(?:забрал\w*|відвез\w*|поклали)\s+"
                          r"(?:\w+\s+)?(?:в|до|у)\s+(?:лікарн|шпитал|госпітал|больниц|szpital)\w*|\bлікар\w*\s+(?:\w+\s+)?(?:кажуть|каже|сказав"
                          r"|сказала|сказали|дивився|дивилась|дивилися|оглянув|оглянула|подивився|подивилась|був|була|приходив)\b"
                          r"|\b(?:в|у)\s+гіпс\w*|\bгіпс\s+наклали|\bнаклали\s+гіпс|\bперелому\s+(?:нема\w*|немає|нет)\b|\bвипишуть\b"
                          r"|\bвиписали\b|\bзашили\b|\bрентген\w*", re.IGNORECASE)
FALL_GOES_ON = re.compile(r"\b(?:знову|знов|досі|опять|снова|лежить|лежит|не\s+встає|не\s+встает|не\s+може\s+встати|не\s+дихає"
                          r"|без\s+свідомості|непритомн\w*|кров\w*)\b", re.IGNORECASE)


def _fall_treated(text: str) -> str:
    def read(part: str) -> str:
        if FALL.search(part) and FALL_TREATED.search(part) and not FALL_GOES_ON.search(part):
            return FALL.sub("мала падіння", part)
        return part

    return "".join(read(part) for part in re.split(r"(?<=[.!?\n])", text))


# Round twenty-four: when the writer will call or write, told ("після свят буду дзвонити", "завтра подзвоню"): the writer's own
# plan, no hours asked; the time is left out ("завтра подзвоню, ви будете працювати?" still asks by its own words).
_LATER = (r"(?:після\s+(?:свят|новорічних\s+свят|нового\s+року|різдва|великодня|обіду)|после\s+(?:праздников|нового\s+года)|завтра"
          r"|післязавтра|послезавтра|(?:в|у)\s+(?:понеділок|вівторок|середу|четвер|п['ʼ’]?ятницю|понедельник|вторник|среду|четверг"
          r"|пятницу))")
OWN_CALL_LATER = re.compile(r"\b" + _LATER + r"\s+(?=(?:я\s+)?(?:буду\s+(?:вам\s+)?(?:дзвонити|телефонувати|звонить|звонити)"
                            r"|(?:вам\s+)?(?:подзвоню|зателефоную|наберу|позвоню|перезвоню|передзвоню))\b)", re.IGNORECASE)
# Round twenty-four: the whole text asks only whether this is the office, greeted, maybe doubting the number ("Добрий вечір. Це
# опіка? чи я не туди пишу?"): read as "?", the keyword list, which says what the line is (the Polish line's `which_office`,
# left unset for Ukrainian: tests/test_sms_round_seventeen.py). With anything more asked ("це опіка? яка адреса?") it is read
# as before.
_GREETING = (r"(?:добрий\s+(?:день|вечір|ранок)|доброго\s+(?:дня|ранку|вечора)|добрий|вітаю|привіт|здрастуйте|здравствуйте|алло|ало"
             r"|слава\s+ісусу\s+христу)")
# round twenty-five: the greeting asked too ("Алло? Це опіка?")
WHICH_OFFICE = re.compile(r"^\W*(?:" + _GREETING + r"[\s!.,?]+)*(?:а\s+|скажіть\s+|скажите\s+)?(?:чи\s+)?(?:це|то|это|ето)\s+(?:ops|опс|гопс"
                          r"|gops|опіка|опека|опіки|центр(?:\s+соціальної\s+допомоги)?|соцзахист|соціальна\s+допомога|соцслужба"
                          r"|соціальна\s+служба|ośrodek|осьродек)(?:\s+(?:в|у|з)\s+[\w'’ʼ]+)?\s*[?!.]*"
                          r"(?:\s*(?:чи|или|або|а)\s+(?:я\s+)?(?:не\s+туди|не\s+туда|правильно|туди|туда)\s+(?:пишу|написала|написав|попала"
                          r"|потрапила|попав|потрапив)\s*[?!.]*)?\W*$", re.IGNORECASE)


def prepare_uk(body: str) -> str:
    """The message as the Ukrainian rules read it: Latin words in Cyrillic ("hodyny" -> "години"),
    surzhyk's "-єт" as "-є", Russian "ё" written "ьо" as "е", surzhyk's "є" for "е" ("алімєнтів") and
    "получить" for "отримати", a wish of health read as the thanks it is, a thing that "kills" the writer as
    the thing (round twelve), the Russian "были" as "були" (round thirteen), an apostrophe after a labial written as a
    vowel or left out ("биє" -> "б'є") and "плачу" beside what is paid as "оплачую" (round fourteen)."""
    body = POLISH_WAS.sub(lambda m: "було" if m.group(1) else "був", body)  # round twenty-one
    text = SURZHYK_ENDING.sub("є", cyrillic_text(RUSSIAN_WAS.sub(_russian_was, body), LATIN_KEPT))
    text = SOFT_YO.sub(_soft_yo, text) if "ьо" in text.lower() else text
    text = SURZHYK_YE.sub(_surzhyk_ye, text) if "є" in text.lower() else text
    text = SURZHYK_WORD.sub(lambda m: SURZHYK_WORDS[m.group(0).lower()], text)
    text = _threatens(text) if "гроз" in text.lower() else text  # round fifteen
    text = BLESSING.sub(", дякуємо", text)  # round fifteen; round seventeen: a part of its own, not what is thanked for
    text = _told_time(text) if TOLD_TIME.search(text) else text  # round fifteen
    text = WHERE_ARE_YOU.sub(r"\g<0> є", text)  # round fifteen
    text = LABIAL_YOTATED.sub(_labial_apostrophe, text)  # round fourteen
    text = PAYING.sub(_paying, text)  # round fourteen
    text = EVEN_THE_BENEFIT.sub(r"\g<verb>", text)  # round fourteen
    text = _going_alone(text) if "бо" in text.lower() else text  # round fourteen
    text = KILLS_ME.sub(_thing_kills, text)
    # round sixteen
    text = THAN.sub(_than, text) if "ніж" in text.lower() else text
    text = HEART_ACHES_FOR.sub("переживаю за ", text)
    text = YOU_KILL_ME.sub(" ", text)
    text = KILLS_ME_BETWEEN.sub(_kills_between, text)
    text = _kills_us_after(text) if KILLS_US_AFTER.search(text) else text  # round seventeen
    text = OR_TO_YOU.sub("", text)
    text = SALUTATION.sub(r"\g<dear>", text)
    text = SENT_NOT_CARRIED.sub(r"\g<send>", text)
    text = CALL_RATHER.sub(r"\g<call>", text)
    # round nineteen: with no thanks beside it the decline stays a word (DECLINED_CALL), as the Polish line keeps its own ("не
    # треба мені передзвонювати, я вже був у вас" is the keyword list, not a thanks; "не треба дзвонити, дякую" is a thanks)
    text = CALL_DECLINED.sub(" " if THANKS_STRONG & set(fold_uk(text).split()) else f" {DECLINED_CALL} ", text)
    text = HELP_WITH_THANKED.sub(r"\g<thanks>", text) if "?" not in text else text
    text = AND_FOR.sub(r"\g<thanks>, \g<more>", text) if "?" not in text else text
    text = WANT_TO_THANK.sub("дякую", text)
    text = GIVEN_HELP.sub("", GRATITUDE_DECLARED.sub("дякую", text))  # round twenty-one
    text = GIVING_UP.sub(lambda m: _GIVE_UP[m.group("verb").lower()], text)
    text = COMING_WHEELED.sub(r"\g<come>", text)
    text = WHEELED_IN.sub(lambda m: m.group("come") or " ", text)  # round nineteen
    text = JUST_IN_CASE.sub(" ", text) if "?" in text else text
    text = "?" if WHAT_ALONE.match(text) else text
    text = AT_THE_DOOR.sub(r"\g<here>", text)
    text = MEDIA_AGAIN.sub("", text) if MEDIA_NAMED.search(text) else text  # round eighteen
    text = ANIMAL_GONE.sub(lambda m: m.group("first") or m.group("then"), text)  # round nineteen
    text = DRINKING_OVER.sub("тверезий", text)
    if SOBER_LONG.search(text):  # round eighteen
        text = ONCE_DRANK.sub("", SOBER_LONG.sub("тверезий", text))
    text = THANKED_BODY.sub(r"\g<thanks>", text) if "?" not in text else text
    if "?" not in text and THANKS_STRONG & set(fold_uk(text).split()):  # round twenty-one, with nothing else asked
        kept = VISIT_THANKED.sub(" ", text)
        text = kept if not set(fold_uk(kept).split()) & VISIT_THANKED_ASKS else text
    text = NOT_UNDERSTOOD.sub("не розумію", text)  # round twenty-two
    text = WILL_COME.sub("добре", text)  # round twenty-two
    text = OWN_MOVE.sub(r"\g<who>", text)  # round twenty-two
    thanked = THANKED_SENTENCE.match(text)  # round twenty-two
    rest = text[thanked.end():] if thanked else ""
    if thanked and ("?" in text or REST_ASKS.search(fold_uk(rest)) or _opens_asking(rest)) and not ASKED_AGAIN.search(rest):
        text = text[thanked.end():]
    text = OWN_DRINKING.sub("випиваю", text)  # round nineteen
    text = NEW_YEAR.sub("з новоріччям", text)
    text = QUOTED_ILL.sub(" п'є ", text)  # round twenty
    text = LET_WISH.sub(lambda m: (m.group("ne") or "") + "хай", text)  # round twenty
    # round twenty-one
    text = DRANK_AWAY.sub("пропиває", text)
    text = ADDICTION_HELP.sub("", text)
    text = DRINKING_HABIT.sub(lambda m: m.group("verb") or m.group("then"), text)
    # round twenty-three
    text = INDOOR_PLUS.sub(lambda m: f"{m.group('where')} {m.group('deg')} градусів", text) if "+" in text else text
    text = MINUS_DEGREES.sub(lambda m: f" мінус {m.group('deg')} градусів", text)
    text = PAST_SEASON.sub("в минулому", text)
    text = CHILDHOOD.sub("в минулому", text)  # round twenty-six
    text = IN_THE_SHOWER.sub(lambda m: m.group("was") + " у ванній", text)  # round twenty-six
    text = CANNOT_WRITE.sub(" не пише", text)  # round twenty-six
    if not WAY_ASKED.search(text):
        text = CANNOT_GET_THERE.sub(" не встигаю", text)
    for told in (SITE_READ, BUS_TIME, CLOSED_FOR_SEASON):
        text = told.sub(" ", text)
    text = WORK_WITH.sub(" займаєтесь ", text)
    text = KILLED_BY_NEWS.sub(" засмутили ", text)
    text = FEAR_WRITTEN_BEFORE.sub(r"\g<said>", text)
    # round twenty-four
    text = NUMBER_GIVEN.sub(lambda m: m.group("gave") or "", text)
    text = HOLIDAY_WISHED.sub("вітаю", text)
    text = _told_time(text, TOLD_DAY) if TOLD_DAY.search(text) else text
    text = WHAT_HELP.sub(" які види допомоги ", text)
    text = LYING_DRINKING.sub("", text)
    text = OTHER_SITE.sub("", text)
    text = BETTER_NOT_BE.sub(lambda m: "краще б " + ("нас" if m.group("who").lower() == "нас" else "мене") + " не було", text)
    text = KILL_FOR.sub("я б усе віддала ", text)
    text = DYING_OF.sub("втомилась ", text)
    text = DYING_SO.sub(lambda m: m.group(0)[:m.start("verb") - m.start()] + "втомилась", text)  # round twenty-five
    text = DREAM.sub(" ", text)
    text = _game_shout(text) if GAME_SHOUT.search(text) else text
    text = _fall_treated(text) if FALL.search(text) else text
    text = OWN_CALL_LATER.sub("", text)
    text = "?" if WHICH_OFFICE.match(text) else text
    return HEALTH_WISH.sub("дякуємо", text)


@short_texts_remembered  # pure: the word lists' entries are folded once per process, not per line built
def fold_uk(text: str) -> str:
    """Lower-case words (apostrophes made one), joined by single spaces: "П’ятниця?" -> "п'ятниця"."""
    return " ".join(tokens(text))


# Round eleven: "де" ("where", a stop word of the phone's matcher) asks for the address in a text as "gdzie" does in
# Polish: weak beside a named topic ("де подати на засілок"), not beside the hours ("коли працюєте і де ви?").
WHERE_WORDS = frozenset(("де", "где"))


def is_generic_uk(word: str) -> bool:
    """A word said with any request ("допомога", "центр", "будь ласка", "помощь")."""
    return word.startswith(GENERIC_PREFIXES) or word in STOPWORDS and word not in WHERE_WORDS


# Greetings, forms of address, blessings and signatures' words that may go with a thanks.
THANKS_EXTRA = frozenset(fold_uk(
    "дякую дякуємо дякуєм дякую вам дяка дякс спасибі спасибо спс вдячна вдячний вдячні велике щиро щиренько дуже "
    "вам вас пані пане панове за інформацію інформація відповідь допомогу допомога і а й та все вже зрозуміло "
    "зрозуміла зрозумів ясно ок окей добре гаразд супер чудово гарного доброго дня день добрий вечір ранку ранок "
    "вітаю привіт здрастуйте здравствуйте бог боже храни благослови хай слава богу з повагою цілую обіймаю "
    "дай дякувати здоров'я здоровя здоровʼя всього найкращого як справи "
    # what the thanks is for, an Easter or Christmas greeting, a bow (round seven)
    "за все що для нас зробили зробила допомогли допомогла христос народився воскрес воістину славімо його "
    "низький уклін пасиба пасибо "
    # wishes for a feast, to the staff and their families (round six)
    "з зі різдвом христовим святом святами великоднем новим роком щасливого веселих свят вашим вашій родинам родині "
    "сім'ям сімям "
    # Polish thanks written by a Ukrainian resident
    "dziękuję dziekuje bardzo "
    # the same in Russian, as many refugees write
    "благодарю большое огромное пожалуйста доброго хорошего здравствуйте здоровья всего "
    # round eight: wishes, whom they are for, what was resolved; Polish "dziękuję" in Cyrillic; a signature's "Ваша"
    "миру спокою щастя терпіння сил добра благополуччя радості любові дітям діткам ви добрі люди вирішилось "
    "вирішилося вирішили дзенкую дзєнкую дзенькую дзєнькую дзенькуєм ваша ваш "
    # round nine: surzhyk and Russian spellings of a thanks and of what arrived ("Спасібо, всьо получив. Храні вас Господь")
    "спасібо спасіба спасиба всьо усе получив получила получили отримав отримала отримали прийшло прийшла дійшло дійшла "
    "храні господь господи серця серцем всім "
    # a thanks passed on for someone ("Мама просить передати щире спасибі пані з опіки …, вона плакала від радості")
    "мама тато бабуся дідусь сусідка сусід чоловік дружина просить просила передати передаю передає подяку подяка "
    "подякувати щире щира щирі дякує опіки опіка вона він плакала плакав від радості радість бабусі мами тата дідуся "
    "сусідки "
    # round ten: understood, in Russian too, and the resident's own plan to come on a day, no question ("Спасибо большое,
    # всё поняла, приду в среду")
    "поняла понял поняли понятно зрозумів зрозуміли прийду приду зайду приїду прийдемо придем зайдемо приїдемо в у "
    "понеділок вівторок середу четвер п'ятницю суботу завтра понедельник вторник среду четверг пятницу субботу "
    # whom the help was for ("ви нам дуже допомогли"), whom the thanks is for ("всім працівникам центру")
    "нам мені працівникам працівницям працівниці працівникові центру колективу команді соцпрацівникам "
    # round eleven: what the help brought, told after the thanks ("вугілля привезли, тепер тепло в хаті")
    "тепер нарешті тепло тепліше в хаті вдома у квартирі квартирі діти ситі "
    # round thirteen: the joy the help brought ("діти були дуже раді"), more of what it is for ("особливо за солодке",
    # `THANKS_MORE`), the Greek Catholic greeting ("Слава Ісусу Христу")
    "були був була раді рада радий радіють раділи щасливі задоволені особливо також окремо ісусу христу ісусові "
    "дети ради рад довольни счастливи особенно "  # the same in Russian ("рады" read as "ради")
    # round fourteen: a blessing and a coming feast ("хай Бог вас береже. З наступаючим Новим роком вас і всіх працівників")
    "береже збереже оберігає береги бережет хранит наступаючим наступаючими прийдешнім прийдешніми наступающим "
    "всіх усіх працівників працівниць співробітників сотрудников "
    # round sixteen: the office greeted by its name ("Вітаю всіх працівників ОПС з Різдвом Христовим!")
    "опс ops гопс gops "
    # round seventeen: a thanks passed on by what someone says ("бабуся каже дякую за ліки"), the staff called fondly
    # ("спасибо вам дєвочкі", "дякую, дівчата"), the social worker thanked, a formal thanks and its wish ("Висловлюю щиру
    # подяку пані соціальній працівниці … Нехай Вам щастить")
    "и каже казала казав сказала сказав говорить просила просив велить передати дівчата дівчатка дівчаткам дівчатам "
    "девочки девочкам дєвочкі дєвочкам дєвчата дорогі дорогенькі милі золоті соціальній соціальному соціальним "
    "соціальної соцпрацівниці соцпрацівнику соцпрацівникам висловлюю висловлюємо щиру сердечну велику величезну нехай щастить "
    # round eighteen: sobriety the help brought, told of a relative beside the thanks ("Свекруха … вже три роки твереза,
    # дякую що тоді допомогли", read "свекруха тверезий": SOBER_LONG)
    "тверезий свекруха свекруху свекор свекра брат брата син сина донька доньку дочка зять невістка теща тесть "
    # round nineteen: the countries blessed ("хай Бог береже вас і Польщу"), peace and the way home wished ("Щоб мир був і ми
    # вернулися додому"), Christmas Eve as Poles keep it ("З Вігілією вас"), Polish "dziękuję" with the Ukrainian ending ("dziekuju")
    "польщу польща польщі україну україна україні україни мир миру щоб ми вернулися повернулися вернутися повернутися додому "
    "вігілією вигілією вігілії вигілії новоріччям дзєкую дзекую "
    # round twenty: the worker praised beside the thanks ("пані дуже добра людина, все мені пояснила", "золота людина")
    "людина людиною людині человек добра добрий добрая добрый хороша хороший хорошая золота золотий чуйна уважна "
    "пояснила пояснив пояснили розповіла розповів объяснила объяснил допомогла допоміг помогла помог"
).split())
# Round twenty-one: a formal letter's address and closing ("Високоповажні пані та панове, …", "Зі щирою повагою"), folded apart
# (the matcher's `tokens` reads a text's first words only, and the list above is at that length).
THANKS_EXTRA = THANKS_EXTRA | frozenset(fold_uk("високоповажні високоповажна високоповажний вельмишановні вельмишановна "
                                                "вельмишановний шановні шановна шановний зі щирою повагою").split())
# Words that on their own say thanks (a greeting alone gets the thanks too).
THANKS_STRONG = frozenset(fold_uk("дякую дякуємо дякуєм спасибі спасибо спс дяка вдячна вдячний вдячні "
                                  "благослови храни благодарю різдвом святом святами великоднем dziękuję dziekuje "
                                  "пасиба пасибо уклін дзенкую дзєнкую дзенькую дзєнькую дзенькуєм спасібо спасіба спасиба "
                                  "дякує подяку подяка "
                                  # round nineteen: the New Year and Christmas Eve greeted ("з новоріччям", which
                                  # `NEW_YEAR` reads "з Новим роком" as; "З Вігілією вас")
                                  "новоріччям вігілією вигілією "
                                  # round nineteen: Polish "dziękuję" with the Ukrainian ending ("dziekuju" -> "дзєкую")
                                  "дзєкую дзекую "
                                  # round twenty-four: the Polish "dziękuję" in Cyrillic with "-уйе" ("хотіла сказати дзенькуйе за продукти")
                                  "дзенькуйе дзєнькуйе дзенкуйе дзєнкуйе дзєкуйе дзекуйе").split())
_SMS = r"(?:смс\w*|sms\w*|есемес\w*|повідомлен\w*)"
STOP_PATTERN = re.compile(
    r"\bне\s+(?:треба\s+|потрібно\s+|хочу\s+|прошу\s+)?(?:мені\s+|мі\s+|мне\s+|нам\s+)?(?:більше\s+|вже\s+)?"
    r"(?:писати|пишіть|пиши|писать|надсилати|надсилайте|присилати|присилайте|присилать|"
    r"отправлять|отправляйте|слати|шліть|пишите|пишіте|" + _SMS + r")"
    # round twenty: what the writer will not write, not the texts ("не хочу писати подробиці", "не хочу писать детали")
    r"(?!\s+(?:тут\s+|здесь\s+|вам\s+)?(?:подробиц\w*|подробно\w*|детал\w*|деталь\w*)\b)"
    # round twenty-four: nor what the writer will not write about, after the infinitive ("передзвоніть …, не хочу писати про
    # таке", "не хочу писать об этом"); "не пишіть про це більше" is still a stop
    r"(?!(?<=писати|писать)\s+(?:тут\s+|здесь\s+|вам\s+)?(?:про|об|о|такі|такого|таке|таких|этого|это|такое)\b)"
    # round eighteen: the messages named with "these" or "your" ("не треба мені цих смс", "не потрібні мені ваші повідомлення")
    + r"|\bне\s+(?:треба|потрібно|потрібні|нужно|надо|нужны)\s+(?:мені\s+|мне\s+|нам\s+)?(?:більше\s+|вже\s+|больше\s+)?"
    r"(?:цих|ці|ваших|ваші|таких|такі|этих|эти|ваши|всіх|всих)\s+" + _SMS
    + r"|\bне\s+(?:хочу|бажаю)\s+(?:більше\s+|вже\s+)?(?:отримувати|одержувати)\s+(?:ці\s+|цих\s+|ваші\s+|ваших\s+|такі\s+)?" + _SMS
    # round ten: "зупиніть розсилку", "остановите рассылку"
    + r"|\b(?:зупин|останов|відключ|отключ|скасу|скасуй|відмін|отмен|припин)\w*\s+(?:\w+\s+)?(?:розсилк\w*|рассилк\w*|" + _SMS + r")"
    # round eleven: "не турбуйте мене більше (смсками)", "не беспокойте меня"
    + r"|\bне\s+(?:турбуйте|тривожте|беспокойте|турбувати|беспокоить)\s+(?:мене|меня|нас)\b"
    + r"|\b(?:видаліть|вилучіть|видалити|удалите|удалить)\s+(?:мій\s+|мой\s+|цей\s+)?номер\b"
    # round seventeen: "відписати" alone is writing back ("не розумію що їм відписати"), not unsubscribing: the reflexive
    # ("відписатися", "отписатся"), the imperative ("відпишіть мене") or "відписати" with whom or from what still is
    r"|\bвідпиш\w*|\bотпиш\w*|\b(?:від|от)пис\w*(?:ся|сь)\b"
    r"|\bвідпис\w*\s+(?:мене|меня|нас|мій\s+номер|мой\s+номер|номер|маму|бабусю|тата|дідуся|(?:від|з|із|от)\s+\w+)"
    r"|\b(?:припиніть|перестаньте|перестань|прекрат\w*)\s+(?:мені\s+|мне\s+)?(?:(?:писа|надсила|присила"
    r"|присила|сла|отправля)\w*|" + _SMS + r")"  # any ending, also read from Latin without a soft sign ("prisylat")
    # round nine: words between ("видаліть будь ласка цей номер з розсилки")
    r"|\b(?:видал|вилуч|удал)\w*\s+(?:\w+\s+){0,3}?(?:номер|мене|меня)\b|\b(?:видал|вилуч|удал|прибер)\w*\s+(?:\w+\s+){0,4}?з\s+розсилк\w*"
    # round twelve: "take my number off" in Russian and Ukrainian ("уберите мой номер из рассылки", "приберіть мене зі списку
    # розсилки"); "из" is the Russian "з"
    r"|\b(?:убер|прибер|забер|викресл|вычеркн)\w*\s+(?:мій\s+|мой\s+|цей\s+|этот\s+|етот\s+|наш\s+)?(?:номер|мене|меня|нас)\s+(?:\w+\s+){0,2}?(?:з|із|зі|из|со|с)\s+(?:\w+\s+)?(?:розсилк\w*|рассилк\w*|рассылк\w*)"
    # round twenty-three: written out of the list ("випишіть мене з розсилки", "vypyszit mene z rozsylky")
    r"|\b(?:видал|вилуч|удал|прибер|убер|випиш|выпиш)\w*\s+(?:\w+\s+){0,4}?(?:з|із|зі|из)\s+(?:розсилк\w*|рассилк\w*|рассылк\w*)"
    r"|\bце\s+не\s+мій\s+номер"  # a wrong number: no more texts to it
    # round eleven: no longer the writer's number ("вже не мій номер", "цей номер більше не мій", "уже не мой номер")
    r"|\b(?:вже|уже|більше|больше)\s+не\s+(?:мій|мой|наш)\s+номер|\b(?:цей|етот|это)\s+номер\s+(?:вже\s+|уже\s+)?(?:більше\s+|больше\s+)?не\s+(?:мій|мой|наш)\b"
    r"|\bдосить\s+(?:вже\s+)?(?:писати|" + _SMS + r")"
    # Russian: "хватит присылать сообщения", "это не мой номер" (Russian letters read as Ukrainian)
    r"|\b(?:хватит|хватить|досить)\s+(?:мне\s+|мені\s+)?(?:писать|присилать|присилати|слать|отправлять|"
    r"сообщени\w*|" + _SMS + r")|\bето\s+не\s+мой\s+номер"
)
STOP_WORD = re.compile(r"\b(?:стоп|stop)\b")
START_PATTERN = re.compile(r"^(?:start|старт|unstop|(?:прошу\s+)?(?:знову\s+)?пишіть(?:\s+знову)?|"
                           r"можете\s+(?:знову\s+)?писати|прошу\s+(?:знову\s+)?писати)\b")
PRIVACY_PATTERN = re.compile(r"\b(?:rodo|родо)\b|\bперсональн\w*\s+дан\w*|\bособист\w*\s+дан\w*|\bзахист\w*\s+даних\b"
                             r"|\bприватніст\w*|\bконфіденційн\w*")
# Round fourteen: "pereswonit" (a devoiced "з" in Latin letters) is "перезвоніть".
CALLBACK_PATTERN = re.compile(
    r"\b(?:передзвон\w*|перезвон\w*|пере(?:с|дс|сз)вон\w*|зателефонуй\w*|подзвон\w*|задзвон\w*|дзвоніть|зв'яжіться|звяжіться"
    r"|позвоните|позвонить\s+мне|свяжитесь)\b"
    r"|\bзворотн\w*\s+(?:дзвін\w*|зв'яз\w*)|\bчека(?:ю|є|ємо|ють)\s+(?:на\s+)?(?:ваш\w*\s+)?(?:дзвін\w*|телефон\w*)\b"
    r"(?!\s+(?:від|з|із)\s+(?!вас\b|центр|опс|ops|працівни)\w)"  # not a call awaited from someone else ("від сина")
    # round ten: for someone else ("щоб хтось зв'язався з нею, вона чекає дзвінка")
    r"|\b(?:зв'яза|звяза|зв'яж|звяж|сконтактува)\w*\s+(?:з|із)\s+(?:нею|ним|ними|мамою|татом|бабусею|дідусем)\b"
    r"|\bждет\s+(?:вашего\s+)?звонка\b|\bсвяза\w*\s+с\s+(?:ней|ним|мамой|папой)\b"
    r"|\b(?:прошу|проше)\s+(?:про\s+|о\s+)?(?:дзвін\w*|контакт\w*)\b"  # "проше о контакт": Polish "proszę o kontakt"
    # "наберіть мене", "хтось зі мною зв'язався", "на номер з якого пишу" (round seven)
    r"|\b(?:наберіть|набирайте|наберите)\s+(?:мене|мені|меня|мне|на)\b"
    # round eleven: asked to ring the writer ("можете мені набрати?", "наберете мене?", "хай хтось мене набере")
    r"|\b(?:можете|могли\s+б|могли\s+би|можете\s+би|прошу|просимо|хай|нехай|пусть)\s+(?:\w+\s+)?(?:мені|мене|меня|мне)\s+(?:набрати|набрать|набере|наберуть)\b"
    r"|\b(?:можете|могли\s+б|могли\s+би|прошу|хай|нехай)\s+(?:\w+\s+)?(?:набрати|набрать|набере|наберуть)\s+(?:мені|мене|меня|мне)\b"
    r"|\b(?:наберете|наберете)\s+(?:мене|мені|меня|мне)\b"
    r"|\bзі\s+мною\s+(?:\w+\s+)?(?:зв'яз|звяз|сконтакт)\w*|\b(?:зв'яза|звяза|сконтактува)\w*\s+зі\s+мною\b"
    r"|\bномер\w*\s+з\s+якого\s+(?:пишу|я\s+пишу|пишемо)"
    # round nineteen: the same number told with words between ("номер той самий з якого пишу"), a call asked by its noun ("можна
    # дзвінок завтра зранку?", "прошу дзвінок", "чекаю дзвінка від вас" is round seven's)
    r"|\bномер\w*\s+(?:\w+\s+){1,3}?(?:з|із)\s+якого\s+(?:я\s+)?(?:пишу|пишемо)"
    r"|\b(?:можна|можливий|можливо|можно|хочу|хотіла\s+б|хотів\s+би)\s+(?:\w+\s+)?(?:дзвінок|звонок)\b(?!\s+(?:\w+\s+)?(?:до\s+вас|вам))"
    # round twenty: the Russian past after "чтобы" asks for a call ("можно чтобы мне позвонили?", as "щоб мені подзвонили")
    r"|\b(?:чтобы|чтоби|чтоб|щоб|щоби|шоб)\s+(?:мне|мені|нам)\s+(?:\w+\s+)?(?:позвонили|перезвонили|позвонил|перезвонил|позвонила|перезвонила)\b"
)
# Round seventeen: a call declined ("Не дзвоніть, тільки пишіть", "не треба дзвонити", "не звоните"): left out of the text
# (`prepare_uk`), so no call-back is read from it; one asked beside it still is ("передзвоніть, тільки не дзвоніть після
# 17"). (Not the line's `own_call_denied`, which the Ukrainian rules leave unset: tests/test_sms_round_fourteen.py.)
# Round nineteen: the word a call declined is read as when no thanks is beside it (a word of no list: the keyword list, not a
# thanks, is the answer to "не треба передзвонювати, я вже був у вас"; and "він вдома, не дзвоніть" is HE_CAME_QUIET's).
DECLINED_CALL = "відмова"
CALL_DECLINED = re.compile(r"\bне\s+(?:треба\s+|потрібно\s+|можна\s+|варто\s+|надо\s+|нужно\s+)?(?:мені\s+|мне\s+|нам\s+)?"
                           r"(?:дзвоніть|дзвонити|дзвони|телефонуйте|телефонувати|передзвонюйте|передзвонювати|звоніть|звоните"
                           r"|звонить|звонити|набирайте|набирати|перезванивайте)\b", re.IGNORECASE)
# "Куди/коли можна подзвонити": the resident will call, nobody is asked to.
# Round eighteen: the writer's own call ("який у вас номер, щоб подзвонити?", "шоб зателефонувати"): "щоб" too.
CALLBACK_NOT = re.compile(r"\b(?:можу|можна|куди|де|як|коли|маю|дзвонила|дзвонив|на\s+який|могу|можно|куда|где|щоб|шоб|щоби|чтоб|чтобы|"
                          r"когда|звонила|звонил)\s+(?:\w+\s+)?"
                          r"(?:подзвонити|зателефонувати|дзвонити|передзвонити|задзвонити|позвонить|звонить|"
                          r"перезвонить)\b"
                          # round twenty-six: someone else's own wish to call ("мама хоче сама подзвонити", "вона хоче вам зателефонувати")
                          r"|\b(?:хоче|хочуть|хочет|хотят)\s+(?:сама\s+|сам\s+|самі\s+|сами\s+)?(?:вам\s+)?(?:подзвонити|зателефонувати"
                          r"|дзвонити|позвонить|звонить|позвонити)\b"
                          r"(?!.*\b(?:передзвоніть|подзвоніть|зателефонуйте|наберіть|перезвоните|позвоните|передзвонити|зателефонувати)\b)"
                          # round eleven: thanks for a call made ("дякую, що передзвонили", "спасибо что перезвонили")
                          # (told in the past, with no call asked for after it: "дякую, що передзвонили, але передзвоніть ще раз"
                          # still asks)
                          r"|\b(?:дякую|дякуємо|спасибі|спасибо|вдячна|вдячний)\b(?:\s+\w+){0,5}?\s+"
                          r"(?:передзвонили|подзвонили|зателефонували|перезвонили|позвонили|передзвонила|подзвонила|зателефонувала"
                          r"|перезвонила|позвонила|передзвонив|подзвонив|зателефонував|перезвонил|позвонил)\b"
                          r"(?!.*\b(?:передзвоніть|подзвоніть|зателефонуйте|наберіть|перезвоните|позвоните|передзвонити|зателефонувати)\b)")
DAY_WORDS = {
    0: ("понеділок", "понеділка", "понеділки", "пн"), 1: ("вівторок", "вівторка", "вівторки", "вт"),
    2: ("середа", "середу", "середи", "ср"), 3: ("четвер", "четверга", "четверги", "чт"),
    4: ("п'ятниця", "п'ятницю", "п'ятниці", "пятниця", "пятницю", "пт"), 5: ("субота", "суботу", "суботи", "сб"),
    6: ("неділя", "неділю", "неділі", "нд"),
}
for _day, _forms in enumerate(("понедельник", "вторник", "среда среду", "четверг", "пятница пятницу",
                               "суббота субботу", "воскресенье")):
    DAY_WORDS[_day] += tuple(_forms.split())  # Russian
RELATIVE_DAYS = {"сьогодні": 0, "сьогодня": 0, "сегодня": 0, "завтра": 1, "післязавтра": 2, "послезавтра": 2}
ABBREVIATIONS = {"вул": "вулиця", "тел": "телефон", "год": "години", "моб": "мобільний"}
# As written: "Тел.", "ТЕЛ", "вул." (the text line replaces whole words split at spaces).
ABBREVIATIONS = {form: full for short, full in ABBREVIATIONS.items()
                 for written in (short, short.capitalize(), short.upper()) for form in (written, written + ".")}
# The published keywords (uk.toml's [sms] menu), as written in Cyrillic or read from Latin.
KEYWORD_TOPICS = {"години": "hours", "годин": "hours", "адреса": "contact", "адресу": "contact", "адрес": "contact",
                  "телефон": "contact", "допомога": "help", "алкоголь": "addiction", "алкохол": "addiction",
                  "алкогол": "addiction", "часи": "hours", "помощь": "help"}
# Matched words that ask for help only when nothing else is asked for ("центр", "соціальний працівник").
WEAK_HELP = ("працю", "ops", "опс", "центр", "соціальн", "що робити", "робот",
             # money and advice beside a named topic say no more than it ("програє всі гроші в автомати")
             "гроші", "грошей", "порад", "програ",
             "деньги", "денег",  # round thirteen: the Russian money words as the Ukrainian ones
             # round sixteen: where to turn ("не знаю куди звертатись") says no more than a named topic
             "зверта", "зверну", "обраща", "обрати")
# Round ten: what arrived (beside a thanks the two words before or after are what is thanked for, not asked about).
ARRIVED = frozenset(fold_uk("отримала отримав отримали отримали отримала получила получив получили получил прийшов прийшла "
                            "прийшло прийшли дійшов дійшла дійшло дійшли привезли привіз привезла доставили принесли "
                            "пришел пришла пришло пришли").split())
# Round ten: help words that say nothing beside the addiction named (as the Polish MONEY): a job lost through it. Money
# does ("п'є, гроші всі пропиває … яку допомогу можна отримати" is help and addiction).
WEAK_BESIDE_ADDICTION = ("втратив робот", "втратила робот", "втратили робот", "втратив працю", "потерял работ",
                         "потеряла работ",
                         # round eleven: support beside the drinking named is its support ("група підтримки для жінок, чиї
                         # чоловіки п'ють")
                         "підтримк", "поддержк",
                         # round nineteen: no health insurance beside the treatment asked ("чи допомагаєте з кодуванням від
                         # алкоголю? страховки нема"): why it is asked here, its cost, no programme asked about
                         "страховк", "страхуван", "убезпеч", "ubezpiecz", "нфз", "nfz", "страховок", "страховани", "без страхов")
# With a day or "коли", these make it a question about coming to the office ("коли можна прийти").
VISIT = re.compile(r"\b(?:прийт|прийд|приїх|приїд|підійт|зайт|застан|приймає|працює|відчин|відкрит|відкриє|відкрива|зачин|роздає|роздаю|видає|видаю"
                   r"|забрат|заберу"
                   r"|занест|принест|донест"  # round eleven: papers brought ("коли можна принести документи")
                   r"|видач|роздач|выдач|раздач"  # round ten: the distribution ("коли буде видача продуктів")
                   r"|приех|работает|работаете|принима|открыт|закрыт"
                   r"|прийом|прийма|приём|прием)\w*"  # round eighteen: the office's reception ("коли у вас прийом?")
                   r"|\b(?:ви|вы)\s+(?:вже\s+)?(?:з|від|до|о|с)\s+\d"
                   r"|\b(?:ви|вы)\s+будете\b"
                   r"|\bчи\s+будете\b"  # round sixteen: "ви" left out ("Чи будете 31 грудня?"; with a date or a day)
                   # round eleven: the office's working on a day ahead, "ви" left out ("чи будете працювати 2 січня")
                   r"|\bбудете\s+(?:\w+\s+)?(?:працю|відчин|відкрит|работа|открыт)\w*|\bпрацюватимете\b")  # "чи ви будете 24 грудня" (round nine; with a date or a day)  # "у вівторок ви з 7?": are you there from 7
# Round eleven: a worker coming to someone's home (as the Polish WORKER_VISIT): "щоб до мами приходила соціальна
# працівниця", "чи може пані з центру приходити до бабусі", "хай хтось від вас навідається до тата". A day beside it is the
# visit's, not a question of the hours. Coming to the office ("можна прийти до вас") is not this.
_HOME = (r"(?:(?:до|к)\s+(?:моєї\s+|нашої\s+|мого\s+|нашого\s+|моей\s+|моему\s+)?(?:мами|тата|бабусі|дідуся|мене|нас|неї|нього|сусідки"
         r"|сусіда|батьків|свекрухи|тещі|маме|папе|бабушке|дедушке|мне|нам|ней|нему)|додому|на\s+дім|домой)\b")
_COMING = r"(?:приход|прийш|прийд|прийти|приїж|приїзд|приїд|приїха|заход|зайд|зайти|навіда|навідув|відвіда|відвідув|приезжа|приеха|приход)\w*"
WORKER_VISIT = re.compile(r"\b(?:працівни\w*|соцпрацівни\w*|пані|пан|опікунк\w*|доглядальниц\w*|хтось\s+(?:з|від|із)\s+(?:вас|центру|опіки|опсу)"
                          r"|работни\w*|соцработни\w*)\s+(?:\w+\s+){0,3}?" + _COMING + r"\s+(?:\w+\s+)?" + _HOME
                          + r"|\b" + _HOME + r"\s+(?:\w+\s+)?" + _COMING + r"\s+(?:\w+\s+){0,2}?(?:працівни\w*|соцпрацівни\w*|пані|пан"
                          r"|опікунк\w*|доглядальниц\w*|хтось|работни\w*|сиделк\w*)"
                          # round sixteen: coming first, then who, then where ("хочу щоб прийшла соцпрацівниця додому")
                          + r"|\b" + _COMING + r"\s+(?:\w+\s+)?(?:працівни\w*|соцпрацівни\w*|опікунк\w*|доглядальниц\w*|работни\w*"
                          r"|соцработни\w*|сиделк\w*)\s+(?:\w+\s+){0,2}?" + _HOME)
# Round nine: a date with its month's name ("24 грудня"), beside `visit` (which has "ви будете") a day asked about.
MONTHS = {name: number for number, names in enumerate(
    ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада",
     "грудня"), start=1) for name in names.split()}
DATE = re.compile(r"\b(?P<day>[0-3]?\d)\s+(?P<month>" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
# A time on the clock with coming ("можна прийти о 14:30", "з 7?"): with VISIT, the hours.
CLOCK = re.compile(r"\b(?:о|об|з|із|від|до|на|після|перед|около|с)\s+\d{1,2}(?:[.:]\d{2})?(?!\d)"
                   # round twenty-one: a day of the month by its ordinal ending, the month left out ("чи 24го працюєте", "24-го
                   # числа"): with VISIT, that day's hours asked, as a date is
                   r"|\b(?:[1-9]|[12]\d|3[01])-?(?:го|ого|е|те|ге)\b(?:\s+числа\b)?")
KEYWORDS = {"hours": "ГОДИНИ", "contact": "АДРЕСА", "help": "ДОПОМОГА", "addiction": "АЛКОГОЛЬ",
            "care": "ДОГЛЯД", "food": "ХАРЧУВАННЯ", "heating": "ОПАЛЕННЯ", "child_benefit": "800"}

# Russian, as many refugees write (with Russian letters read as the Ukrainian ones: "пьёт" is
# "пьет", "часы" is "часи"), for the SMS only: the phone line hears Ukrainian speech in uk-UA.
RUSSIAN_WORDS = {
    "hours": "часы работы|часы|график работы|расписание|открыто|открыты|закрыто|закрыты|до скольки|во сколько"
             "|когда работаете|работаете|когда открываетесь|прием|принимаете|рабочее время",
    "when": "понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|сегодня|утром"
            "|послезавтра",
    "where": "где|где вы|где находится|где находитесь",
    "contact": "адрес|улица|как доехать|доехать|как добраться|добраться|номер телефона|мобильный|контакты"
               "|руководитель|заведующая",
    "about": "помощь|социальная помощь|помогите|помочь|чем помогаете",
    "benefits": "пособие|пособия|выплата|выплаты|деньги|денежная помощь|материальная помощь|финансовая помощь",
    "child_benefit": "на ребенка|на детей|восемьсот плюс",
    "heating": "отопление|отоплением|уголь|дрова|газ|электричество|свет|холодно|доплата на отопление",
    "care": "уход|уход на дому|сиделка|опекун|лежачая|лежачий|после инсульта|инвалид|инвалидность|дом престарелых"
            "|дом опеки|деменция",
    "food": "еда|еду|питание|продукты|продуктовый набор|продуктовые наборы|обед|обеды|горячее питание|столовая"
            "|банк еды",
    "social_work": "социальный работник|социальная работница|трудная ситуация|проблемы в семье",
    "addiction": "пьет|пьют|пьяный|пьянство|алкоголик|алкоголизм|водка|пиво|наркотики|наркоман|зависимость"
                 "|психолог|юрист|запой|выпивает"
                 # round eleven: drinking and gambling as Russian writers name them ("муж бухает каждый день")
                 "|бухает|бухают|бухал|бухать|напивается|напился|спивается|спился|пропивает|пропил|запои|алкоголь"
                 "|закодировать|закодироваться|кодирование|игромания|играет в автоматы|проиграл деньги|наркотик|наркота",
    "programmes": "безработица|безработный|безработная|ищу работу|биржа труда",
    "danger": "бьет|бьют|избил|избила|побои|насилие|угрожает|угрозы|боюсь|мне страшно|убьет|убить|нож"
              # round twenty-one: the knife in the Russian instrumental, as uk.toml's "з ножем" ("сосед с ножом бегает"), a
              # stabbing threatened, as its "поріже", "заріже" (not "порежу", mostly said of food); the writer with someone
              # wished never to have been, as "краще б нас не було"
              "|с ножом|ножом|порежет|зарежет|зарежу|лучше бы нас не было|лучше бы нас не стало"
              # round seventeen: the heart pressed, not woken
              "|сердце давит|давит в груди|давит в грудях"
              "|не хочу жить|покончить с собой|самоубийство|нечего есть|нет еды|голодные|голодаем|полиция|скорая"
              "|пожар|горит|пахнет газом|выгнал из дома|негде жить|негде спать|спасите"
              # round ten: not breathing, blue lips, unconscious; tired of living
              "|не дышит|плохо дышит|тяжело дышит|задыхается|губы синие|синие губы|посинел|посинела|без сознания"
              "|потерял сознание|потеряла сознание|устала жить|устал жить|устала от жизни|устал от жизни"
              "|нет денег на еду|не на что купить еду|нечего кушать"
              # round eleven: cannot live like this, not wanting to wake up, ending it all; chasing the family
              "|не могу так жить|не могу больше так жить|не хочу так жить|покончить со всем|покончу со всем|гоняет нас|гоняет меня|гоняется за нами"
              # beating, a fall, pills swallowed, bleeding, a heart attack, missing, as Russian writers name them
              "|избивает|избивают|избил меня|ударил|ударила|толкнул|душит|упал|упала|не встает|не может встать"
              "|лежит на полу|выпил таблетки|выпила таблетки|наглотался таблеток|наглоталась таблеток|отравился"
              "|отравилась|передозировка|кровь|кровотечение|инфаркт|сердце болит|повеситься|повесился|хочу умереть"
              "|пропал|пропала|не пришел домой|не пришла домой|не вернулся домой|не вернулась домой|изнасиловал"
              "|домогается|пристает к|топор|дым|горим|судороги"
              # round twelve: nowhere to sleep, no food in the other word order, wishing one had never been
              "|негде ночевать|негде переночевать|некуда идти|некуда пойти|еды нет|есть нечего|кушать нечего"
              "|лучше бы меня не было|лучше бы я умерла|лучше бы я умер|лучше бы я не жила|лучше бы я не родилась",
    "person": "работник|сотрудник|сотрудница|живой человек|с человеком|оператор|поговорить|соедините",
    "callback": "перезвоните|перезвонить|позвоните мне|позвонить мне|свяжитесь со мной|обратный звонок",
    "thanks": "спасибо|благодарю",
    "visit": "прийти домой|прийти на дом|придти домой|прийти ко мне|приехать ко мне|прийти к маме",
}

# Written only (the SMS): Polish office words as Ukrainians write them, read from Latin into
# Cyrillic ("Godziny i adres" -> "годзіни і адрес").
WRITTEN_WORDS = {"hours": "годзіни|годзин|годзінах|годзини",
                 # round twenty: which days, asked beside coming ("куди прийти і в які дні?"), as a day named is
                 "when": "в які дні|у які дні|в котрі дні|у котрі дні|по яких днях|в какие дни|по каким дням",
                 # Round eight: swallowing pills said ahead; drinking away the money; clothes and blankets
                 # (material help).
                 "danger": "наковтаюся таблеток|наковтаюсь таблеток|вип'ю всі таблетки|вип'ю всі ліки"
                           # round nine: gas smelt in surzhyk ("газом воняєт у подʼєзді"); no sense in going on
                           "|газом воняє|воняє газом|газом смердить|газом тягне|чути газ|газ тече|тече газ"
                           "|не бачу сенсу жити|не бачу сенсу в житті"
                           "|не бачу смислу жити|не вижу смысла жить|не вижу смысла дальше"
                           # hiding from someone raging ("Чоловік пʼяний бушує, я з дітьми в ванній закрилась")
                           "|чоловік бушує|він бушує|п'яний бушує|син бушує|буянить|розбушувався|буянит"
                           "|закрилась у ванній|закрилась в ванній|закрилася у ванній|в ванній закрилась|у ванній закрилась"
                           "|закрилась з дітьми|закрилися з дітьми|замкнулась у ванній|сховалась з дітьми|сховалася з дітьми"
                           "|ховаємося від нього|сховалась від нього|заперлась в ванной|спряталась с детьми"
                           # round ten: tired of living; blue lips (the Russian in RUSSIAN_WORDS)
                           "|втомилась жити|втомилася жити|втомився жити|втомилась від життя|втомилася від життя"
                           "|втомився від життя|губи сині|сині губи"
                           # thrown out, sleeping rough; a child not home for the night
                           "|мене вигнав|мене вигнала|нас вигнав|нас вигнала|вигнав нас|ночую на вокзалі|ночую на вулиці"
                           "|ночуємо на вокзалі|ночуємо на вулиці|сплю на вулиці|спимо на вулиці|сплю на вокзалі"
                           "|не прийшов ночувати|не прийшла ночувати|не прийшли ночувати"
                           # round eleven: cannot live like this (as the Polish "tak żyć"), ending it all
                           "|не можу так жити|не можу більше так жити|не можу так більше жити"
                           "|так жити не можу|так більше жити не можу|не хочу так жити|не хочу більше так жити"
                           "|покінчити з усім|покінчу з усім|покінчить з усім|покінчила з усім|покінчив з усім"
                           # someone chasing the family, hitting out ("ганяє нас по двору", "кидається на мене")
                           "|ганяє нас|ганяє мене|ганяє дітей|ганяється за нами|ганяється за мною|ганявся за нами"
                           "|гониться за нами|кидається на нас|кидається на мене|кидається на дітей|кидається з кулаками"
                           # the surzhyk "ломає" for "ламає" ("він ломає двері")
                           "|ломає двері|двері ломає|ломає замок"
                           # a child molested ("сусід приставав до моєї доньки")
                           "|приставав до доньки|пристає до доньки|приставав до дитини|пристає до дитини|приставав до сина"
                           "|пристає до сина|чіпляється до доньки|розбещує|розбещував|лапав доньку|мацав доньку"
                           "|приставал к дочери|пристает к дочери|пристает к ребенку|приставал к ребенку"
                           # round twelve: nowhere to sleep tonight ("нам нема де ночувати", "нема куди йти"), no food in the
                           # other word order ("їсти нема", "їжі немає")
                           "|нема де ночувати|нема де переночувати|ніде ночувати|ніде переночувати|нема куди йти|нема куди піти"
                           "|нікуди йти|нікуди піти|їсти нема|їсти нічого|їжі нема|їсти нема чого"
                           "|не маємо де ночувати|не маю де ночувати|не маємо де спати|не маю де спати|не маємо де жити"
                           "|не маю де жити|не маю куди йти|не маємо куди йти"
                           # wishing one had never been, beside "краще б мене не було" of the danger list
                           "|краще б я не жила|краще б я не жив|краще б я не народилась|краще б я не народилася|краще б я не народився"
                           "|краще б я померла|краще б я помер|краще б мене не стало|краще б мене взагалі не було"
                           # round twenty-one: the writer with someone ("іноді думаю що краще б нас обох не було")
                           "|краще б нас не було|краще б нас не стало|краще б нас взагалі не було",
                 "addiction": "пропиває|пропивати|пропив|пропила|пропиває гроші",
                 # round twelve: a meal had, asked where ("де можна пообідати безкоштовно"); "поїсти" beside a lack is danger
                 # first (the danger list)
                 "food": "пообідати|поїсти|безкоштовний обід|безкоштовні обіди|безкоштовно поїсти|пообедать|поесть|покушать"
                         # round twenty-four: a food parcel by its adjective ("де можна отримати харчовий пакет?")
                         "|харчовий пакет|харчові пакети|харчового пакету|харчовий пакунок|харчові пакунки|харчовий набір",
                 # round nine: where the office is, named ("де ваш офіс": the address beside a topic too, as the
                 # Polish "gdzie jest ośrodek"); "дзе" as Polish-Ukrainian writers spell "де"
                 "contact": "де ваш офіс|де ваш центр|де ваше бюро|де ваш опс|де офіс|де ви є|дзе ви є|дзе ви"
                            "|де ви знаходитесь|де ви знаходитеся|где ваш офис|где вы находитесь"
                            # round ten: "скажіть де ви" (where you are) beside a topic: the address too
                            "|скажіть де ви|підкажіть де ви|напишіть де ви|скажи де ви|скажите где ви|подскажите где ви"
                            # round eleven: the office's e-mail ("на яку пошту надіслати скани"; "пошта" alone is the post
                            # office, another office's matter)
                            "|на яку пошту|яка у вас пошта|яка ваша пошта|ваша пошта|вашу пошту|на вашу пошту|адреса пошти"
                            "|на яку адресу|на який мейл|на який імейл|надіслати на пошту|відправити на пошту|скинути на пошту"
                            "|на какую почту|ваша почта|какая почта"
                            # round sixteen: where to come and which stop to get off at ("Куди приїхати з документами? … на яку
                            # зупинку виходити?")
                            "|куди приїхати|куди приходити|куди підійти|куди під'їхати|на яку зупинку|яка зупинка|на якій зупинці"
                            "|де виходити|де вийти з автобуса|куда приехать|какая остановка|на какой остановке"
                            # the e-mail as it is spelt, the office to be found ("як знайти ваш офіс")
                            "|емейл|емайл|е-мейл|ємейл|імейлу|емейлу|електронку|знайти ваш офіс|знайти ваш центр|знайти офіс"
                            "|знайти опс|знайти вас|найти ваш офис|найти вас"
                            # round nineteen: where a body sits, in which building or room ("де вона сидить, в тому ж будинку що й
                            # опіка?"; "де" alone is weak beside a named topic)
                            "|де вона сидить|де він сидить|де сидить|де вони сидять|де вона знаходиться|де він знаходиться"
                            "|в якому будинку|в тому ж будинку|в тому самому будинку|в якому кабінеті|який кабінет|де кабінет"
                            "|где она сидит|где сидит|в каком здании|в том же здании|в каком кабинете|какой кабинет"
                            # round twenty-four: getting in at the office, by car or in a wheelchair ("Чи є біля вас парковка? …, чи є
                            # пандус?"): how to get there, the address card
                            "|парковка|парковку|парковки|паркінг|паркування|припаркуватися|припаркуватись|де припаркувати|пандус|пандуса"
                            "|парковка есть|где припарковаться",
                 # round nine: are you there (still, on a day): the hours with the live status
                 "present": "ви на місці|ви ще на місці|ще на місці|ви ще тут|ви ще працюєте|ви ще відкриті"
                            "|ви будете на місці|вы на месте|вы еще работаете",
                 # round ten: other offices' matters written by refugees (the residence card, its decision)
                 "elsewhere": "посвідка на проживання|посвідку на проживання|посвідки на проживання|вид на жительство"
                              "|внж|легалізація|легалізацію|децизію|децизія|рішення про побит|карта поляка"
                              "|водійське посвідчення|обмін прав|обміняти права"
                              # round eighteen: the doctor, the dentist, the clinic ("записатися до стоматолога …, хто знає номер
                              # przychodni?"): the health service's matter; help asked for a sick person beside it is still read
                              "|до стоматолога|у стоматолога|стоматолог|стоматологія|зубний лікар|до зубного|до лікаря|у лікаря"
                              "|записатися до лікаря|прийом у лікаря|сімейний лікар|сімейного лікаря|педіатр|до педіатра|дантист"
                              "|przychodnia|przychodni|przychodnię|пшиходня|пшиходні|пшиходню|к врачу|у врача|к стоматологу|стоматологу"
                              # round nineteen: another institution asked whether it is this number ("Добрий день, це школа? Мій син
                              # сьогодні не прийде"): a text meant for it, not the office's hours
                              "|це школа|це садок|це садочок|це дитсадок|це дитячий садок|це поліклініка|це лікарня|це аптека"
                              "|это школа|это садик|это детский сад|это поликлиника|это больница|это аптека"
                              # round twenty: the family doctor in Russian ("где записаться к семейному врачу?"), the bank's
                              # account ("не можу відкрити рахунок в банку"): another office's matter
                              "|к семейному врачу|семейного врача|семейный врач|до врача|к терапевту|до терапевта|сімейному лікарю"
                              "|відкрити рахунок|відкрити рахунок в банку|рахунок в банку|рахунок у банку|банківський рахунок"
                              "|открыть счет|счет в банке|банковский счет|konto w banku|konto bankowe|założyć konto",
                 # round thirteen: danger told as over, now safe ("там було дуже страшно під обстрілами …, але зараз все
                 # добре", "рік тому пішла від чоловіка, зараз все спокійно і ми в безпеці"; `STILL` keeps it danger
                 # when it goes on: "знову погрожує")
                 # (only words that say it is over: a time ago or the war alone does not, "син загинув на війні, я не хочу жити")
                 "not_now": "зараз все добре|тепер все добре|вже все добре|зараз все спокійно|тепер все спокійно|зараз спокійно"
                            "|тепер спокійно|все вже позаду|все позаду|ми в безпеці|ми вже в безпеці|зараз ми в безпеці"
                            "|тепер ми в безпеці|сейчас все хорошо|сейчас все спокойно|мы в безопасности|теперь мы в безопасности"
                            # round twenty-three: seen on television in the locative too ("бачила в телевізорі про пожежу", uk.toml
                            # has "по телевізору")
                            "|в телевізорі|у телевізорі|по телевізорі|в телевизоре|по телевизору|в теліку|по теліку"
                            # round twenty-four: told as over in other words ("пожежа …, всі живі, пожарні все потушили, вже все
                            # нормально"; "сварка з сусідом …, приїжджала поліція, все вирішили")
                            "|вже все нормально|зараз все нормально|тепер все нормально|все вже нормально|вже все гаразд"
                            "|зараз все гаразд|тепер все гаразд|все вирішили|все вирішилось|все вирішилося|все владнали|уже все нормально"
                            "|сейчас все нормально|все решили|все уладили",
                 # round ten: dismissed from work is no one thrown out of home ("мене вигнали з роботи")
                 # round thirteen: a fear of a thing, left by the war ("діти досі бояться гучних звуків")
                 "not_meant": "бояться гучних звуків|боїться гучних звуків|бояться звуків|боїться звуків|бояться темряви"
                              "|боїться темряви|бояться сирен|боїться сирени|бояться вибухів|боїться вибухів|бояться літаків"
                              "|боїться літаків|боятся громких звуков|боится громких звуков"
                              "|мене вигнав з роботи|мене вигнала з роботи|мене вигнали з роботи|вигнали мене з роботи"
                              "|вигнав мене з роботи|вигнала мене з роботи|нас вигнали з роботи|вигнали нас з роботи"
                              "|мене вигнали зі школи|мене вигнали з курсів"
                              # threatened with a court, a fine, an eviction: no threat to life
                              "|погрожує судом|погрожують судом|погрожувала судом|погрожував судом|погрожує штрафом"
                              "|погрожують штрафом|погрожує виселенням|погрожують виселенням|угрожает судом"
                              # round eleven: help asked for without the police ("куди звернутись щоб без поліції")
                              "|без поліції|без поліцію|без полиции|без участі поліції|не через поліцію"
                              # the writer's own days in bed, help at home asked ("я два дні не можу встати з ліжка, чи може хтось
                              # прийти допомогти по дому?", round sixteen): not the phone's "три дні не встає" said of someone
                              # (round twenty-four), which the words of days and "не встає" would otherwise find in it
                              "|дні не можу встати з ліжка|днів не можу встати з ліжка|день не можу встати з ліжка|не можу встати з ліжка",
                 # round ten: debts for the flat, an eviction, housing; winter things for the children
                 "benefits": "борги за квартиру|борг за квартиру|заборгованість|борги за світло|борги за оренду"
                             "|за оренду|оплата оренди|оренда|квартплата|комунальні|виселяють|виселення|виселити"
                             "|житло|житла|житлом"
                             # round eleven: what to bring (as the Polish "co zabrać", "co trzeba przynieść"), an application
                             # for help
                             "|що треба мати з собою|що мати з собою|що взяти з собою|що брати з собою|що треба взяти"
                             "|що потрібно взяти|що треба принести|що принести|які папери|які документи взяти"
                             "|что взять с собой|что нужно принести|что нужно иметь с собой|какие документы"
                             "|заяву на допомогу|заяви на допомогу|заява на допомогу|заявку на допомогу|подати на допомогу"
                             # nothing to pay the flat with ("нема чим платити за квартиру", "нечем платить за квартиру")
                             "|платити за квартиру|заплатити за квартиру|оплатити квартиру|за квартиру|нема чим платити"
                             "|нема чим заплатити|немає чим платити|нечем платить|нечем заплатить|платить за квартиру",
                 # round eleven: a child who will not go to school or shuts themselves away (the social worker's matter)
                 "social_work": "не хоче йти в школу|не хоче йти до школи|не хоче ходити в школу|не хоче ходити до школи"
                                "|прогулює школу|прогулює уроки|не ходить на уроки|не виходить з кімнати|не хочет ходить в школу"
                                # round twenty-four: a talk with the social worker asked ("Куди прийти поговорити з соцпрацівником і на
                                # яку адресу?"): the social worker's help, beside the address too
                                "|поговорити з соцпрацівником|поговорити з соцпрацівницею|поговорити з соціальним працівником"
                                "|поговорити з соціальною працівницею|поговорить с социальным работником"
                                # papers to fill in, asked in the imperative ("допоможіть будь ласка з документами")
                                "|допоможіть з документами|допоможіть заповнити|допоможіть з заявою|помогите с документами"
                                "|помогите заполнить",
                 # round eleven: what kinds of help there are ("які види допомоги у вас є")
                 # round twelve: any help at all asked for ("чи є якась допомога"; "допомога" alone is a weak word beside
                 # the hours or the address, "якась допомога" is asked for)
                 # round thirteen: something asked to get ("чи можу я щось отримати від гміни?")
                 # (the Russian "получить" is read as "отримати" first)
                 "about": "щось отримати|щось можна отримати|можу щось отримати|що я можу отримати|що мені можна отримати"
                          "|допомогу від гміни|допомога від гміни|что-то отримати|что можно отримати|помощь от гмини"
                          "|якась допомога|якусь допомогу|якої допомоги|яка-небудь допомога|якась підтримка|какая-то помощь"
                          # round fifteen: "is there help (for …)" asked as plainly ("чи є допомога для бабусь одиноких")
                          "|є допомога для|є якась допомога для|есть помощь для|есть ли помощь для"
                          # round sixteen: what kind of help there is ("що за допомога буває для біженців")
                          "|що за допомога|що за допомогу|яка допомога буває|допомога буває|буває допомога|бувають допомоги"
                          "|что за помощь|какая помощь бывает|допомога для біженців|допомога для переселенців|допомога для українців"
                          "|какую-то помощь|какая-нибудь помощь|какую-нибудь помощь|меблі|меблів|меблями|мебель|мебели|ліжко для дитини|дитяче ліжко|види допомоги|які види допомоги|види підтримки|виды помощи|какие виды помощи|куртки|куртку|курточки|зимові речі|теплі речі|речі для дітей|чоботи|шапки|одяг|зимовий одяг|теплий одяг|одягом|ковдри|ковдру|ковдрами|взуття"}
# A phone one plays or reads on is no phone number asked for ("гра в касино в телефоні"; round eight).
# "Без перерви" (without a break: all the time, "п'є вже місяць без перерви") is no lunch break asked about.
# Round nine: the number something came from ("мені з цього номера шото приходило") is no phone number asked for.
# Round ten: a part-time job ("працюю на пів ставки") is no betting; "до обіду" (until noon) is a time of day, not
# the meals; the closing of a workplace ("після закриття фабрики") is no office hours; "з якими питаннями можна
# звертатися" asks what the office does (the rest of the sentence says it), not "з якої" (години).
IN_PASSING = re.compile(r"\b(?:в|у|на)\s+(?:телефоні|телефончику|мобільному|смартфоні"
                        r"|телефоніє|телефоне|телефонє|телефоньє|комп'ютері|компютері|планшеті)\b"  # round fourteen: "w telefonie"
                        r"|\bбез\s+перерв\w*"
                        # round fourteen: not going to work beside drinking ("на роботу не ходить") is no one who cannot walk
                        r"|\b(?:на|до|в|у)\s+(?:роботу|работу|школу|працю)\s+(?:\w+\s+)?не\s+(?:ходить|ходит|ходе)\b"
                        r"|\bне\s+(?:ходить|ходит|ходе)\s+(?:\w+\s+)?(?:на|до|в|у)\s+(?:роботу|работу|працю)\b"
                        r"|\bз\s+(?:цього|вашого|того|этого|вашего)\s+номер\w*"
                        r"|\b(?:на\s+)?(?:пів|півтори|повну|неповну|цілу|половину)\s*ставк\w*|\bпівставк\w*|\bполставк\w*"
                        r"|\b(?:до|після|перед|до|после|перед)\s+(?:обіду|обіда|обеда)\b"
                        r"|\b(?:закритт?я|закриття|закрития|закрытия|закрытие|закриття)\s+(?:\w+\s+)?(?:фабрик|завод|фірм|фирм|магазин"
                        r"|підприємств|предприяти|компані|компани|склад|цех|бізнес)\w*"
                        r"|\bз\s+якими\s+(?:питаннями|справами|проблемами)\b"
                        # how the sender came by the number written to ("мені прийшов цей номер від когось", "дали ваш
                        # номер у школі"): no phone number asked for
                        r"|\b(?:прийшов|дали|дав|дала|дал|отримала|отримав|знайшла|знайшов|переслали|скинули)\s+"
                        r"(?:мені\s+|мне\s+)?(?:цей|оцей|ваш|этот)\s+номер\w*"
                        # round twelve: a number written to by mistake ("вибачте, помилилась номером", "не той номер")
                        r"|\b(?:помил\w*|ошиб\w*|перепута\w*|переплута\w*)\s+(?:\w+\s+){0,3}?номер\w*|\bне\s+(?:на\s+)?(?:той|тот)\s+номер\w*"
                        # round twelve: what is drunk or gambled away ("пропиває гроші, які на дітей", "програв зарплату") names
                        # no benefit asked for; the verb stays, the addiction
                        r"|\b(?P<drunk>(?:пропива|пропив|пропил|програ|проигр)\w*)\s+(?:(?:всі|усі|все|всю|наші|мої|свої|наши|мои|свои|ті|ці)\s+)?"
                        r"(?:гроші|грошей|деньги|денег|зарплат\w*|пенсі\w*|пенси\w*|виплат\w*|выплат\w*|допомог\w*|800)"
                        r"(?:\s+(?:які|що|котрі|что|которые))?(?:\s+(?:\w+\s+)?(?:на|для)\s+(?:дітей|дитину|детей|ребенка|сім'ю|родину|семью|їжу|еду"
                        # round twenty-one: and more money after it, for the rent too ("пропив зарплату і гроші на оренду")
                        r"|оренду|аренду|квартиру|рахунки|світло|комуналку))?"
                        r"(?:\s+(?:і|й|та|и)\s+(?:гроші|грошей|деньги|денег|зарплат\w*|пенсі\w*|пенси\w*|виплат\w*|выплат\w*)"
                        r"(?:\s+(?:на|для)\s+(?:дітей|детей|їжу|еду|оренду|аренду|квартиру|рахунки|світло|комуналку))?)?"
                        # round thirteen: the same with the money before the verb ("все деньги проиграл", "всю зарплату
                        # пропив"): the money dropped, the verb stays
                        r"|\b(?:(?:всі|усі|все|всю|наші|мої|свої|наши|мои|свои)\s+)?(?:гроші|грошей|деньги|денег|зарплат\w*|пенсі\w*"
                        r"|пенси\w*|виплат\w*|выплат\w*)(?=\s+(?:\w+\s+)?(?:пропива|пропив|пропил|програ|проигр)\w*)"
                        r"|\b(?:цей|ваш|этот)\s+номер\w*\s+(?:мені\s+|мне\s+)?(?:дали|дав|дала|прийшов|переслали|скинули"
                        r"|від\s+\w+|от\s+\w+)"
                        # round eleven: what number this is ("що це за номер?") asks for no phone number
                        r"|\b(?:що|шо|что)\s+(?:це|это|то)?\s*за\s+номер\w*|\b(?:чий|чей)\s+(?:це|это)\s+номер\w*"
                        # round nineteen: a number the writer does not know ("а це хто? номер незнайомий", "чужий номер")
                        r"|\b(?:незнайом|невідом|чуж|незнаком|неизвестн|невiдом)\w*\s+номер\w*"
                        r"|\bномер\w*\s+(?:\w+\s+)?(?:незнайом|невідом|чуж|незнаком|неизвестн)\w*"
                        # round eleven: where to talk to someone ("де можна поговорити з психологом про алкоголь") asks for
                        # the talk, as "поговорити" alone does (beside a named topic: that topic), not for the address too
                        r"|\b(?:де|где)\s+(?:можна\s+|можно\s+|мені\s+|мне\s+|я\s+можу\s+|я\s+могу\s+|би\s+|бы\s+)?"
                        r"(?P<keep>(?:по)?говорит\w*|порадит\w*|посоветоват\w*|проконсульт\w*)"
                        # round eleven: closing for lunch ("ви на обід закриваєтесь?", "закриваєтесь на обід") is the
                        # lunch break (the hours, as the Polish "zamykacie na obiad"), no meals asked for
                        r"|\bна\s+(?:обід|обед)\b(?=\s+(?:\w+\s+)?(?:закрива|зачиня|закрыва)\w*)"
                        r"|\b(?P<pause>(?:закрива|зачиня|закрыва)\w*)\s+на\s+(?:обід|обед)\b"
                        # a person who shut themselves in ("син закрився в кімнаті", "я закрилась у машині") tells no office
                        # hours ("ви вже закрились?" still asks)
                        r"|\b(?:я|ми|він|вона|вони|син|донька|дочка|дитина|чоловік|муж|мама|тато|малий|мала|сын|дочь|ребенок)\s+(?:\w+\s+)?"
                        r"(?:закрився|закрилась|закрилася|закрилися|закрились|зачинився|зачинилась|зачинилася|зачинилися|зачинились"
                        r"|замкнувся|замкнулась|замкнулася|замкнулися|закрылся|закрылась|закрылись)\b", re.IGNORECASE)
# Round ten: beside another office's word ("пошта", "паспорт"), papers sent to this office or the way to it ("адреса для
# листа … поштою", "як до вас дійти … де пошта") still ask for the address (on the folded text).
# Round twelve: and the hours asked of "ви", the office written to ("до котрої ви сьогодні", "коли працюєте"), beside a
# story of another office ("Думала що помру в черзі в ужонді … до котрої ви сьогодні"); not "може ви знаєте", nor another
# office's working ("консульство працює в суботу?").
OFFICE_PAPERS = re.compile(r"\b(?:лист|листа|листом|листи|поштою|індекс\w*|документ\w*|заяв\w*)\b"
                           r"|\b(?:до|від)\s+вас\b|\bк\s+вам\b"
                           r"|\b(?:до|з|від|о|об|с)\s+(?:котрої|которой|якої|скількох|скольки|скільки)\s+(?:ви|вы)\b"
                           r"|\b(?:працюєте|приймаєте|відчиняєте|відкриваєтесь|відкриваєтеся|зачиняєте|закриваєтесь|закриваєтеся"
                           r"|работаете|принимаете|откр[иы]ваетесь|закр[иы]ваетесь)\b|\b(?:ви|вы)\s+(?:\w+\s+)?(?:відкриті|откр[иы]т[иы])\b")
# Round sixteen: papers to be carried in, to the end of their sentence ("мені треба принести документи на засілок"; as the
# Polish ERRAND): what the visit is for, beside the hours asked, not asked about. Handing in ("де подати документи на
# 800+") is asked.
ERRAND = re.compile(r"\b(?:принест|принес|занест|занес|донест|донес|привезт|привез|завезт|завез|принош|занош|принест)\w*\s+"
                    r"(?:\w+\s+){0,2}?(?:документ|папер|довідк|справк|заяв|рахун|виписк)\w*[^.?!\n]*"
                    # round twenty-six: coming with the papers ("хочу прийти з документами на дитину"), as the Polish "przyjść z papierami"
                    r"|\b(?:прийти|прийду|прийдемо|приїхати|приїду|приїдемо|зайти|зайду|підійти|підійду)\s+(?:\w+\s+)?(?:з|із|зі)\s+"
                    r"(?:усіма\s+|всіма\s+|своїми\s+)?(?:документ|папер|довідк|справк|заяв|виписк)\w*[^.?!\n]*", re.IGNORECASE)
# Round sixteen: the entitlement or amount asked ("мені належить?", "скільки я отримаю") beside another office's matter ("ЗУС
# пенсія польська мені належить?") is that matter's, no benefit of this office asked for (as the Polish AMOUNT_ELSEWHERE).
AMOUNT_ELSEWHERE = re.compile(r"\b(?:чи\s+)?(?:мені\s+|їй\s+|йому\s+|нам\s+|мне\s+|ей\s+|ему\s+)?(?:належить|належать|положено"
                              r"|положена|положен|полагается|полагаются)\b"
                              r"|\bскільки\s+(?:\w+\s+)?(?:отримаю|отримає|отримаємо|дадуть|буде|получу|получит|получим)\b"
                              r"|\bсколько\s+(?:\w+\s+)?(?:получу|получит|получим|дадут|будет)\b", re.IGNORECASE)
# An advertisement, not a question ("Продам коляску дитячу, майже нова"): the keyword list.
ADVERT = re.compile(r"^(?:продам|продаю|продається|здам|здаю|куплю|віддам|сдам)\b")
# Coming to the office: beside it "де" asks for the address as "коли" asks for the hours, and a person to talk
# to beside coming and the hours is what the visit is for (the Polish rule of round seven).
COME = re.compile(r"\b(?:прийт|прийд|приїх|приїд|підійт|дійт|дійд|доїх|дібрат|дістат|прийти|приехат|прийдти)\w*")
# Despair together with the means at hand ("Я вже не витримую. таблеток у мене багато"): danger; either alone
# is not ("не витримую цієї черги", "у мене багато таблеток, чи є допомога на ліки"). On the folded text.
# Round eleven: ending it all said ahead ("сказав що піде і все закінчить", "покінчу з цим") with the means taken ("забрав
# ремінь", a rope, a blade); "все закінчу з документами" or "коли все закінчиться" alone is not.
DESPAIR_WITH_MEANS = ((re.compile(r"\bне\s+(?:\w+\s+)?(?:витримую|витримаю|можу\s+більше|хочу\s+більше)\b|\bнема\w*\s+сил"
                                  r"|\bсил\s+(?:більше\s+)?нема\w*|\bне\s+виношу"
                                  r"|\b(?:більше|вже|больше|уже)\s+не\s+(?:можу|могу|витримую|витримаю|выдерживаю)\b"
                                  r"|\b(?:все|усе|всьо)\s+(?:\w+\s+)?(?:закінч|покінч|законч|поконч)(?:у|ить|ити|ать)\b"
                                  r"|\b(?:закінч|покінч|законч|поконч)\w*\s+(?:з\s+|із\s+|зі\s+|со\s+|с\s+)(?:усім|всім|цим|этим|собою|життям)\b"
                                  # round twenty-two: the verb first, "it all" after ("одна думка закінчити все це", "покончить со
                                  # всем этим"); "закінчити все з документами", "закінчу все до п'ятниці" name a task
                                  r"|\b(?:закінч|покінч|законч|поконч)(?:ити|ить|у|ать)\s+(?:все|усе|всё|зі\s+всім|со\s+всем)\b"
                                  r"(?!\s+(?:це\s+|это\s+)?(?:з|із|зі|с|со|до|на|по|в|у|за|для|к)\s)"
                                  # round twenty-five: no feast to come for the writer ("у мене цього року не буде нового року")
                                  r"|\b(?:в|у)\s+мене\s+(?:\w+\s+){0,2}?не\s+буде\s+(?:нового\s+року|свят\w*|різдва|завтра)\b"
                                  r"(?!\s+(?:бо|тому|так\s+як|через|поки|адже|бо\s+я)\b)"),
                       re.compile(r"\bтаблет\w*|\bпігулк\w*|\bмотуз\w*|\bзашморг\w*|\bз\s+мосту\b|\bз\s+вікна\b"
                                  r"|\bрем(?:інь|еня|енем|ені|ень)\b|\bверёвк\w*|\bверевк\w*|\bлезо\b|\bлезом\b|\bбритв\w*"
                                  # round twenty-five: the gas opened ("немає сил. я відкрила газ на кухні")
                                  r"|\b(?:відкрил\w*|відкрив|откри\w*|пустил\w*|пустив|включил\w*|включив|увімкнул\w*)\s+(?:\w+\s+)?газ\b")),)
# Round eleven: hiding somewhere in the home ("я закрилася в туалеті", "ми сховались у сараї") from someone there ("він
# ломає двері", "чоловік п'яний", "кричить"): danger. Locked in by oneself alone ("син закрився в кімнаті") is not.
# Round fifteen: the participle of being locked in, told by the writer ("я закрита в ванній, він стукає", "ми з дітьми в
# кімнаті заперті"; not "ви закриті в суботу?", a toilet closed for repairs, or "син закритий в кімнаті"), and the Polish
# "pokój" (a room) written by a Polish-Ukrainian writer ("w pokoju zakryta" -> "в покою закрита").
_HIDDEN_PARTICIPLE = (r"(?:закрита|закритий|закриті|заперта|запертий|заперті|замкнена|замкнені|замкнута|замкнуті|закрыта|закрыты"
                      r"|заперты"
                      # round seventeen: shut in, told of the door ("я з дітьми в ванній, двері зачинені")
                      r"|зачинена|зачинений|зачинені|зачинено|закрито|заперто|замкнено)")
_HIDDEN = (r"(?:закрилась|закрилася|закрилися|закрились|заперлась|заперлася|заперлися|замкнулась|замкнулася|замкнулися"
           r"|сховалась|сховалася|сховалися|сховались|ховаємось|ховаємося|ховаюсь|ховаюся|сидимо|сиджу|спряталась|спрятались"
           r"|закрылась|закрылись|заперлась|заперлись|зачинилась|зачинилася|зачинилися|зачинились)")
_HIDING_PLACE = (r"(?:в|у|во|на)\s+(?:ванн\w*|туалет\w*|кімнат\w*|спальн\w*|сара\w*|машин\w*|підвал\w*|балкон\w*|комор\w*"
                 r"|кладовк\w*|комнат\w*|подвал\w*|покою|покої)")
# Round fourteen: the place before the verb too ("я з дитиною в кімнаті закрилась").
_HID = (r"(?:закрилась|закрилася|закрилися|закрились|заперлась|заперлася|заперлися|замкнулась|замкнулася|замкнулися"
        r"|сховалась|сховалася|сховалися|сховались|ховаємось|ховаємося|ховаюсь|ховаюся|спряталась|спрятались|закрылась|закрылись"
        r"|заперлись|зачинилась|зачинилася|зачинилися|зачинились)")  # the place first: hiding, not sitting ("ми в кімнаті сидимо" is no hiding)
HIDING = (re.compile(r"\b" + _HIDDEN + r"\s+(?:\w+\s+){0,3}?" + _HIDING_PLACE + r"|\b" + _HIDING_PLACE + r"\s+(?:\w+\s+)?" + _HID + r"\b"
                     r"|\b(?:я|ми|мы)\s+(?:\w+\s+){0,3}?(?:" + _HIDDEN_PARTICIPLE + r"\s+(?:\w+\s+){0,2}?" + _HIDING_PLACE
                     # round seventeen: a few words between ("я в спальні з малим, двері замкнені")
                     + r"|" + _HIDING_PLACE + r"\s+(?:\w+\s+){0,3}?" + _HIDDEN_PARTICIPLE + r"\b)"),
          re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|батько|вітчим|отчим|п'ян\w*|пян\w*|пьян\w*|ломи\w*|лама\w*"
                     r"|лома\w*|стука\w*|гриматьс?\w*|кричить|кричит|погрож\w*|угрож\w*|б'є|бє|бьет|ніж\w*|нож\w*)\b"))
# Round thirteen: the danger goes on though told as past ("рік тому пішла від нього, а тепер він знову погрожує"): a
# `not_now` phrase does not make it over (as the Polish STILL; on the folded text).
# Round twenty-three: "again" of a request is no harm going on ("чи можна знову отримати теплий одяг").
STILL = re.compile(r"\b(?:(?:знову|знов|опять|снова)(?!\s+(?:\w+\s+)?(?:отрима|получ|пода|прийт|прийд|звернут|попрос|попрош|запита|спита|написа|пиш)\w*)|досі\s+(?:б'є|бє|погрожу\w*|переслід\w*|пише|дзвонить|приходить)"
                   r"|все\s+ще\s+(?:б'є|бє|погрожу\w*|переслід\w*)|(?:по)?верта\w*|(?:по)?вернув\w*|повернул\w*|вернул\w*|возвраща\w*"
                   r"|знайшов\s+нас|знайшов\s+мене|знайшла\s+нас|нашел\s+нас|нашел\s+меня|приходить|приїжджає|приходит|приезжает"
                   r"|погрожує|погрожують|переслідує|угрожает|преследует|далі\s+(?:б'є|бє|погрожу\w*|переслід\w*)"
                   # done or feared now ("ми рік тому приїхали, а чоловік б'є мене", "я досі боюся")
                   r"|б'є|бє|б'ють|бьет|бьют|вб'є|уб'є|вбиває|убиває|душить|ломиться|стежить|боюся|боюсь|(?:мені|мне)\s+страшно"
                   # wishing to die, pain, hunger, a cry now ("зараз все спокійно, але я не хочу жити")
                   r"|(?:не\s+)?(?:хочу|хочеться|хочется)\s+(?:\w+\s+)?(?:жити|жить|вмерти|померти|умереть)|сенсу|смысла|на\s+себе\s+руки"
                   r"|болить|болит|погано|плохо|кров\w*|нема\w*\s+(?:що|чого)\s+їсти|нічого\s+їсти|нечего\s+есть|рятуйте|спасите"
                   # "…, але …" after it is over: something is not ("ми в безпеці, але …")
                   r"|(?:добре|спокійно|безпеці|позаду|хорошо|спокойно|безопасности)\s+(?:але|проте|однак|тільки|но|только)"
                   # round twenty-five: a joke claimed and doubted ("каже жартує але я не знаю"); the means readied ("все вирішила,
                   # таблетки вже купила")
                   r"|жарту\w*\s+(?:але|но|а)\s+(?:я\s+)?не\s+(?:знаю|впевнен\w*|вірю)"
                   r"|(?:таблетки|пігулки|ліки|снодійне|мотузку)\s+(?:вже\s+)?(?:купила|купив|відклала|відклав|приготувала|приготував"
                   r"|назбирала|назбирав)"
                   # round twenty-six: not wanting to wake any more, the means at hand ("я вже все вирішила … просто не хочу вже
                   # прокидатися. Таблетки в мене є")
                   r"|не\s+хочу\s+(?:вже\s+|більше\s+|уже\s+|больше\s+)?(?:прокидат|прокинут|просыпат|проснут)\w*"
                   r"|(?:таблетки|пігулки|ліки|снодійне|лекарства)\s+(?:в|у)\s+(?:мене|меня)\s+(?:є|есть)"
                   r")(?![\w'])")
# Round eleven: a farewell with an apology for everything ("вибачте за все, прощавайте", "простіть за все, це моє останнє
# повідомлення"): danger; either alone is not ("вибачте за все, що турбую", "дякую, прощавайте").
FAREWELL = (re.compile(r"\b(?:вибачте|простіть|пробачте|прости|пробач|вибач|простите|извините)\s+(?:мені\s+|мене\s+|меня\s+)?за\s+(?:все|усе|всё)\b"
                       r"(?!\s+(?:що|шо|что)\b)"),
            re.compile(r"\b(?:прощавайте|прощайте|прощаюсь|прощаюся|прощаюсь|прощай|останн\w*\s+(?:повідомлен|смс|раз)\w*|більше\s+не\s+напишу"
                       r"|больше\s+не\s+напишу|мене\s+(?:більше\s+)?не\s+буде|меня\s+(?:больше\s+)?не\s+будет|нікому\s+не\s+потрібн\w*"
                       r"|никому\s+не\s+нужн\w*"
                       # round twenty: words between ("нікому я тут не потрібна", "никому я здесь не нужна")
                       r"|нікому\s+(?:\w+\s+){1,3}?не\s+(?:потрібн\w*|потрібен)|никому\s+(?:\w+\s+){1,3}?не\s+(?:нужн\w*|нужен)|без\s+мене\s+(?:всім\s+)?(?:буде\s+)?краще|без\s+меня\s+(?:всем\s+)?(?:будет\s+)?лучше)"))
# Round twenty-two: not wanting to be a burden to anyone ("не хочу нікого обтяжувати", "не хочу бути тягарем", "не хочу никого
# обременять") beside despair ("я вже більше не можу") or an apology ending a sentence ("Вибачте мені."): a farewell, danger,
# also inside a thanks ("Дякую за все … Я вже більше не можу, не хочу нікого обтяжувати"). The polite "не хочу вас
# обтяжувати, але …" beside a request, or despair alone, is not.
BURDEN = (re.compile(r"\bне\s+(?:хочу|хочеться|хочется)\s+(?:більше\s+|вже\s+|больше\s+)?(?:(?:нікого|нікому|никого|никому|всіх|вас|вам"
                     r"|дітей|детей|рідних|родных|сім'ю|семью)\s+)?(?:обтяжувати|обременять|бути\s+тягарем|быть\s+обузой"
                     r"|бути\s+(?:\w+\s+)?тягарем|быть\s+(?:\w+\s+)?обузой)\b"),
          # despair, not what the writer cannot do ("вже більше не можу чекати")
          re.compile(r"\b(?:(?:більше|вже|больше|уже)\s+не\s+(?:можу|могу)|не\s+(?:можу|могу)\s+(?:більше|больше))\b"
                     r"(?!\s+[а-яіїєґ'ʼ’]+(?:ти|ть|тися|тись|ться|тся)\b)|\bне\s+(?:витримую|выдерживаю)\b|\bнема\w*\s+сил"
                     r"|\bсил\s+(?:більше\s+|вже\s+|уже\s+|больше\s+)?(?:нема\w*|нет)\b"
                     r"|\b(?:прощавайте|прощайте|прощай)\b"))
# Round eleven: a cry for help as the whole message ("Допоможіть!!!", "рятуйте", as the Polish CRY "pomocy!!!").
CRY = re.compile(r"^(?:(?:допоможіть|допоможи|рятуйте|рятуйте\s+нас|помогите|спасите|на\s+допомогу|сос"
                 # round twenty-five: someone called to come, nothing else said ("приїдьте хтось", "придите кто-нибудь")
                 r"|(?:приїдьте|прийдіть|приїжджайте|приезжайте|придите)\s+(?:хтось|хто-небудь|хто\s+небудь|кто-нибудь|кто\s+нибудь"
                 r"|кто-то|кто\s+то)"
                 # and danger's own word said twice ("газ газ", "пожежа пожежа")
                 r"|(?:газ|пожежа|пожар|горить|горит)(?:\s+(?:газ|пожежа|пожар|горить|горит))+"
                 r")\s*)+"
                 # round eighteen: the hurry after it ("допоможіть будь ласка зараз", "помогите быстрее", "негайно")
                 r"(?:\s*(?:будь\s+ласка|терміново|швидко|благаю|пожалуйста|срочно|скоріше|зараз|прямо\s+зараз|негайно|швидше"
                 r"|б[иы]стрее|б[иы]стро|скорее|сейчас|прямо\s+сейчас))*$")
# Round nine: children left alone with a sign that they are left (as the Polish CHILD_ALONE): "лишила дітей … самих
# ще вчора … плачуть". Either alone is no danger ("діти самі ходять до школи").
CHILD_ALONE = (re.compile(r"\b(?:діт\w*|дитин\w*|малих|малі|малюк\w*|немовл\w*|дети|детей|ребен\w*"
                          # round fourteen: a boy or a girl ("оставили мальчика лет 5 одного со вчера, он плачет")
                          r"|хлопчик\w*|дівчинк\w*|мальчик\w*|мальчишк\w*|девочк\w*"
                          # round twenty: an elder or younger child, a son or a daughter told with a child's age ("вдома старший
                          # 9 років сам з малою"; "старший син 25 років живе сам" is no child)
                          r"|(?:старш\w*|молодш\w*|син|сина|синок|донька|доньку|дочка|дочку|сын|сына)\s+(?:[1-9]|1[0-3])\s+(?:рок\w*|років|лет|год\w*)"
                          r")\b(?:\s+\S+){0,6}?\s+"
                          r"(?:сам|сама|саму|самого|самої|самі|самих|одн[аіу]|одного|одних|сами)\b"),
               # round twenty-two: the whole night too ("діти знову були самі цілу ніч і плакали")
               re.compile(r"\bплач\w*|\bкрич\w*|\bстука\w*|\b(?:з|ще|від)\s+(?:учора|вчора|ранку|ночі)\b"
                          r"|\b(?:всю|цілу)\s+ніч\b"
                          r"|\bдосі\s+не\b|\bнікого\s+нема\w*|\bне\s+(?:вернулась|вернулася|повернулась|повернулася|прийшла|прийшов)\b"))
# Round eighteen: someone drunk who fights now ("муж опять бухой дерётся", "він п'яний розпускає руки", "п'яний лізе битися"):
# danger together; a fight with no one drunk ("син в школі дереться, чи є психолог?") or drinking alone is not.
DRUNK_FIGHTING = (re.compile(r"\b(?:п'ян\w*|пян\w*|пьян\w*|бухой|бухий|бухая|напився|напилась|напился|нажрався|нажрался"
                             r"|випивший|выпивший|під\s+градусом|под\s+градусом)"),
                  re.compile(r"\b(?:дереться|дерется|деруться|дерутся|розпуска\w*\s+руки|распуска\w*\s+руки|лізе\s+(?:\w+\s+)?(?:битися|битись"
                             r"|в\s+бійку|з\s+кулаками)|лезет\s+(?:\w+\s+)?(?:драться|в\s+драку|с\s+кулаками)|б'ється\s+з\s+(?:нами|мною|дітьми)"
                             r"|бьется\s+с\s+(?:нами|мной|детьми))\b"))
# No sense in going on ("Я не бачу сенсу далі."), not in doing something ("… далі чекати": an infinitive; "простіть" is
# an imperative).
# Round ten: cold at home together with no food ("Вже три дні не топлю ... в хаті дуже холодно ... хліба теж нема"):
# danger, as "замерзла" is; either alone is help (heating, food).
COLD_HUNGRY = (re.compile(r"\b(?:дуже\s+|так\s+|страшно\s+)?холодно\b|\bне\s+(?:\w+\s+)?(?:топлю|топимо|палю|опалюю|топила|топлять)\b"
                          r"|\bнема\w*\s+чим\s+(?:топити|палити|грітися)|\bмерзну\b|\bмерзнемо\b"),
               re.compile(r"\bхліба\s+(?:\w+\s+){0,2}?нема\w*|\bнема\w*\s+(?:\w+\s+)?хліба\b|\bнічого\s+(?:не\s+)?їсти\b"
                          r"|\bнема\w*\s+(?:що|чого)\s+їсти\b|\bне\s+(?:їла|їв|їмо)\b"))
# Round ten: someone old or alone, unreachable since a time ("Він живе сам …, 79 років, не відповідає на дзвінки від
# вчора"): danger. The office's own phone unanswered ("ваш телефон не відповідає з ранку") or a person who does not
# answer, without who they are and since when, is not.
UNREACHABLE = (re.compile(r"\bне\s+(?:відповіда\w*|бере\s+трубк\w*|береться|відчиня\w*|відкрива\w*|выходит\s+на\s+связь|отвечает|виходить\s+на\s+зв'язок)"),
               re.compile(r"\b(?:від|з|із|зі|с|со)\s+(?:вчора|учора|вчерашнего|вчера|позавчора|неділі|суботи|понеділка|ранку)\b"
                          # round sixteen: since yesterday evening ("не відповідає з учорашнього вечора")
                          r"|\b(?:від|з|із|зі|с|со)\s+(?:учорашнього|вчорашнього|позавчорашнього|вчерашнего|позавчерашнего)\b"
                          r"|\b(?:\d+|два|дві|три|кілька|декілька|другий|третій)\s+(?:дн|день|дня|доб)\w*"),
               re.compile(r"\bживе\s+(?:\w+\s+)?(?:сам|сама|одна|один|самотн\w*)\b|\bживет\s+(?:сам|одна|один)\b"
                          # round eleven: the other order ("вона сама живе", "он один живет")
                          r"|\b(?:сам|сама|одна|один|самотньо)\s+(?:\w+\s+)?(?:живе|живет|мешкає)\b"
                          r"|\b\d{2}\s+(?:років|роки|лет|года)\b|\b(?:стар\w*|літн\w*|хвор\w*|пожил\w*)\b"
                          # round twenty-two: a stroke, or someone else alone at home ("мама після інсульту сама вдома … з ранку
                          # не бере трубку"); the writer's own "я сама вдома" is not
                          r"|\b(?:інсульт\w*|инсульт\w*)|(?<!\bя\s)\b(?:сам|сама|одна|один)\s+(?:вдома|дома|в\s+хаті|у\s+хаті)\b"))
# Round ten: someone gone from home and not back, since a time or with the phone off ("пішов з дому тиждень тому і не
# вертається, телефон вимкнений"): danger. Gone to work, or back, is not.
GONE = (re.compile(r"\b(?:пішов|пішла|вийшов|вийшла|поїхав|поїхала|ушел|ушла|уехал|уехала)\s+(?:\w+\s+){0,2}?(?:з|із|из)\s+(?:дому|хати|дома)\b"),
        re.compile(r"\bне\s+(?:верта\w*|вернув\w*|вернул\w*|поверта\w*|повернув\w*|повернул\w*|прийшов|прийшла|возвраща\w*|вернулся|вернулась)"
                   # round twenty-four: still not there ("пішла з дому вчора ввечері … і досі нема, телефон вимкнений")
                   r"|\bдосі\s+(?:\w+\s+)?(?:нема|немає|нема\s+вдома)\b|\bдо\s+сих\s+пор\s+(?:\w+\s+)?нет\b"
                   # round twenty-five: still not answering ("пішов з дому в суботу і досі не відповідає, телефон вимкнений")
                   r"|\bдосі\s+не\s+(?:відповіда\w*|бере\s+трубк\w*|пише|дзвонит\w*|виходить\s+на\s+зв'язок)"),
        re.compile(r"\b(?:тиждень|\d+\s+дн\w*|два\s+дні|три\s+дні|кілька\s+днів|неділю)\s+тому\b|\bвід\s+(?:учора|вчора|ранку)\b|\bз\s+(?:учора|вчора|ранку)\b"
                   r"|\bтелефон\s+(?:\w+\s+)?(?:вимкнен\w*|не\s+відповіда\w*|выключен\w*)|\bвимкнен\w*\s+телефон"))
# Round eleven: not wanting to wake up (as the Polish "nie chcę się obudzić"), in Russian too ("не хочу просыпаться"),
# to fall asleep and not wake; not getting up early ("не хочу так рано прокидатися, щоб їхати до вас").
NOT_WAKING = (re.compile(r"\bне\s+хочу\s+(?:більше\s+|вже\s+|взагалі\s+|больше\s+|уже\s+)?(?:прокидат|прокинут|просипат|проснут)\w*"
                         r"(?!\s+(?:так\s+|дуже\s+)?(?:рано|раненько|о\s+\d|в\s+\d|до\s+\d|на\s+\d|о\s+(?:п'ятій|шостій|пятой|шестой)))"
                         r"|\b(?:заснути|заснуть|уснути|уснуть|лягти\s+спати)\s+(?:і|й|и)\s+(?:більше\s+|больше\s+)?не\s+(?:прокинут|проснут)\w*"),)
# Round twelve: a fever by its figure ("температура 40 не збивається", "temperatura 39,5"), as "висока температура" is;
# not the weather's or the water's.
FEVER = (re.compile(r"^(?!.*\b(?:на\s+вулиці|надворі|на\s+дворі|води|повітря|батаре\w*|на\s+улице|воды|воздуха)\b)"
                    # nor a fever that was ("була температура 39, тепер все добре")
                    r"(?!.*\b(?:була|було|був|была|было|был)\s+(?:\w+\s+)?(?:температур|39|40|41))"
                    r"(?!.*\bтемператур\w*\s+(?:\w+\s+){0,3}?(?:була|была|спала|збили|збила|знизилась|впала|минула|прошла)\b)"
                    r".*(?:\bтемператур\w*\s+(?:\w+\s+){0,2}?(?:39|40|41|42)\b"
                    # the figure alone with its not going down ("у доньки 39.8 і не збивається")
                    r"|\b(?:39|40|41)(?:\s+\d)?\s+(?:\w+\s+){0,3}?не\s+(?:збива|спада|знижу|сбива|опуска|падає)\w*"
                    r"|\bне\s+(?:збива|спада|знижу|сбива|опуска|падає)\w*\s+(?:\w+\s+){0,2}?(?:39|40|41)\b)"),)
# Round twelve: freezing at home (felt, or a figure of degrees indoors up to 12) with someone ill or frail there ("вдома +8
# градусів, малий кашляє, бабуся лежача … ми мерзнемо"); cold alone is heating, someone ill alone is care.
_INDOORS = r"(?:вдома|дома|в\s+хаті|у\s+хаті|в\s+квартирі|у\s+квартирі|в\s+кімнаті|у\s+кімнаті|в\s+квартире|в\s+доме|в\s+комнате)"
COLD_FRAIL = (re.compile(r"\bмерзн\w*|\bзамерза\w*|\bзмерзл\w*|\bмерзнем\w*"
                         r"|\b" + _INDOORS + r"\s+(?:\w+\s+)?(?:всього\s+|лише\s+|тільки\s+|только\s+)?(?:[0-9]|1[0-2])\s+градус\w*"
                         r"|\b(?:[0-9]|1[0-2])\s+градус\w*\s+(?:тепла\s+)?" + _INDOORS + r"\b"),
              re.compile(r"\bкашля\w*|\bкашель\b|\bхвор\w*|\bлежач\w*|\bнемовл\w*|\bзастуд\w*|\bбольн\w*|\bкашляет\b"
                         r"|\bгрудн\w*\s+(?:дитин\w*|ребен\w*)"
                         # round twenty-one: small children ("діти маленькі 1 і 3 роки, в хаті 9 градусів")
                         r"|\bмаленьк\w*\s+(?:діт\w*|дитин\w*|дети|детей|ребен\w*)|\b(?:діт\w*|дитин\w*|дети|ребен\w*)\s+(?:\w+\s+)?маленьк\w*"
                         r"|\b[1-3]\s+(?:(?:і|й|та|и)\s+[1-5]\s+)?(?:рік|роки|року|рочки|годик\w*|год|года)\b"))
# Round twelve: eating only bread or water, for days or with no money at all ("діти третій день їдять тільки хліб з чаєм",
# "грошей нема зовсім"): hunger; either alone is not ("діти їдять тільки хліб, суп не хочуть").
HUNGER_DAYS = (re.compile(r"\b(?:їдять|їсть|їмо|їли|їла|їв|харчу\w*|едим|едят|ели|кушаєм\w*|кушают|кушаем)\s+(?:\w+\s+)?"
                          r"(?:тільки|лише|одн\w*|только|один)\s+(?:\w+\s+)?(?:хліб\w*|чай|чаєм|воду|водою|хлеб\w*|макарон\w*|каш\w*)\b"),
               re.compile(r"\b(?:\d+|два|дві|три|чотири|кілька|декілька|другий|другу|третій|третю|четвертий|четверту|котрий|котру|цілий"
                          r"|цілу|второй|третий|втор[иы]е|третьи|несколько)"
                          r"\s+(?:\w+\s+)?(?:день|дні|днів|дня|доби|добу|тиждень|тижні|суток|дней|неделю)\b|\bвже\s+тиждень\b"
                          r"|\bні\s+копійки\b|\bгрошей\s+(?:\w+\s+)?(?:нема\w*|нет)\s+(?:зовсім|взагалі|совсем|вообще)\b"
                          r"|\b(?:зовсім|взагалі|совсем|вообще)\s+(?:нема\w*|нет)\s+(?:\w+\s+)?(?:грошей|денег)\b"))
# Round twelve: someone lying and crying or not eating, left alone all day ("лежить і тільки плаче … вона сама цілий день,
# навіть в туалет не встає"): danger together. Someone bedridden alone all day ("тато лежачий, сам цілий день, чи є
# опікунка") is care.
ALONE_IN_DISTRESS = (re.compile(r"\bлежить\b|\bлежит\b|\bне\s+(?:\w+\s+)?(?:встає|встает|піднімається|підводиться|поднимается)\b"),
                     re.compile(r"\b(?:тільки|лише|весь\s+час|постійно|только|все\s+время)\s+плач\w*|\bне\s+(?:їсть|їла|їв|ест)\b"),
                     re.compile(r"\b(?:сама|сам|одна|один)\s+(?:\w+\s+)?(?:цілий|весь|цілими|цілу|всю|цел[иы]й|цел[иы]ми|целую)\s+(?:день|днями|ніч|тиждень|ночь)\b"
                                r"|\b(?:цілий|весь|цел[иы]й)\s+день\s+(?:\w+\s+)?(?:сама|сам|одна|один)\b|\bнікого\s+(?:\w+\s+)?(?:нема\w*|немає)\b"))
# Round twelve: a farewell written by someone who then cannot be reached ("син написав мені щось типу прощання і не
# відповідає, телефон вимкнений"): danger together; a goodbye said to a friend and a phone off on a flight is not.
# Round twenty-four: written, not only having written ("сестра писала мені вночі смс що прощається", "пише що прощається").
FAREWELL_SENT = (re.compile(r"\b(?:написав|написала|надіслав|надіслала|прислав|прислала|написал|прислал|відправив|відправила"
                            r"|писав|писала|писал|писали|написали|надіслали|прислали|пише|пишет)\s+"
                            r"(?:\w+\s+){0,4}?(?:прощанн\w*|прощальн\w*|прощание|прощальное"
                            # round thirteen: written that they say goodbye ("написала нам що прощається")
                            r"|(?:що|шо|что)\s+(?:\w+\s+)?(?:проща[єюе]\w*|прощаєть\w*|прощается|прощаюсь)"
                            # round twenty-three: the forgiveness asked as the message ("написав мені в телеграм «прости мама»")
                            r"|(?:прости|пробач|вибач|простіть|пробачте|вибачте|простите|прощай|прощайте)\b)"),
                 re.compile(r"\bне\s+(?:відповіда\w*|бере\s+(?:трубк\w*|телефон)|отвечает|берет\s+трубку)"
                            r"|\bтелефон\s+(?:\w+\s+)?(?:вимкнен\w*|виключен\w*|выключен\w*|вимкнув|вимкнула)|\bвимкну\w*\s+телефон"
                            r"|\bне\s+(?:знаю|знаємо|знаем)\s+де\b|\bне\s+(?:знаю|знаем)\s+где\b"))
# Round thirteen: a child who drank or swallowed something that is no food ("ребенок выпил какую то жидкость из бутылки под
# раковиной … его рвет", "малий проковтнув батарейку"): danger together with a child or a sign of poisoning; an adult's
# drink ("я випила ліки від тиску") or a child who drank the medicine given ("дитина випила сироп, чи є допомога на ліки")
# is not.
_SUBSTANCE = (r"(?:рідин\w*|жидкост\w*|хімі\w*|хими\w*|засіб|засобу|засоби|средств\w*|отрут\w*|яд\w*|батарейк\w*|магніт\w*|магнит\w*"
              r"|порош\w*|оцет|оцту|уксус\w*|бензин\w*|відбілювач\w*|отбеливател\w*|білизн\w*|белизн\w*|доместос\w*|миюч\w*|моющ\w*"
              r"|кислот\w*|лу[гж]\w*|розчинник\w*|растворител\w*|пігулк\w*|таблетк\w*"
              # round twenty-one: something unnamed from a bottle or from under the sink ("випив щось з пляшки під раковиною")
              r"|(?:щось|шось|що-небудь|что-то|что\s+то|чтото)\s+(?:з|із|зі|из|с)\s+(?:пляшк|пляшечк|бутилк|бутылк|флакон|банк"
              r"|каністр|канистр|тюбик|ящик|шафк|шкафчик)\w*|(?:з-під|під|под|из-под)\s+раковин\w*)")
POISONED = (re.compile(r"\b(?:випив|випила|випили|випил|выпил|выпила|сьел|сьела|ковтнув|ковтнула|проковтнув|проковтнула|наковтав\w*|наковтал\w*"
                       r"|проглотил\w*|наглотал\w*|з'їв|з'їла|зїв|зїла|съел|съела|лизнув|лизнула|напився|напилась|напилася)\s+"
                       r"(?:\w+\s+){0,3}?" + _SUBSTANCE + r"(?!\w)"),
            re.compile(r"\b(?:дитин\w*|ребен\w*|ребён\w*|малий|мала|малюк\w*|малыш\w*|син|сын|донька|дочка|доч\w*|немовл\w*)\b"
                       r"|\b(?:рве|рвет|блює|блюет|тошнит|нудить|верне|синіє|синеет|не\s+дихає|не\s+дышит|судом\w*|непритомн\w*)\b"
                       r"|\b[1-9]\s+(?:рок\w*|рік|год\w*|лет|місяц\w*|месяц\w*)\b"))  # a small child's age
# Round fourteen: an older person neglected (the brief's danger): someone old, nobody coming to them, and in need now
# ("дідусь … сидить без світла і без опалення вже кілька днів, холодно, він ледве говорить, ніхто до нього не ходить").
# Any two are not ("бабуся живе сама, ніхто до неї не ходить, чи є опікунка?" is care; "дідусь без опалення" heating).
NEGLECTED_OLD = (re.compile(r"\b(?:дідус\w*|бабус\w*|бабц\w*|дід|діда|дідові|стареньк\w*|пенсіонер\w*|дедушк\w*|бабушк\w*|старик\w*"
                            r"|старушк\w*)\b|\b[6-9]\d\s+(?:років|роки|лет|года)\b"
                            # a person, not an old house or a summer kitchen ("хата стара", "літня кухня")
                            r"|\b(?:стар\w*|літн\w*|пожил\w*)\s+(?:людин\w*|жінк\w*|чолові\w*|пан\w*|сусід\w*|человек\w*|женщин\w*|мужчин\w*)"),
                 re.compile(r"\bніхто\s+(?:\w+\s+){0,3}?не\s+(?:ходить|приходить|заходить|доглядає|навідує\w*|допомагає|провідує|заглядає)\b"
                            r"|\bникто\s+(?:\w+\s+){0,3}?не\s+(?:ходит|приходит|заходит|ухаживает|помогает|навещает)\b"
                            r"|\b(?:ніхто|никто)\s+(?:ним|нею|ним\s+не|нею\s+не)\s*(?:не\s+)?(?:займається|опікується|занимается)\b"),
                 re.compile(r"\bбез\s+(?:світла|опалення|тепла|їжі|води|ліків|света|отопления|тепла|еды|воды|лекарств)\b|\bхолодно\b"
                            r"|\bне\s+(?:їсть|їв|їла|ест)\b|\bледве\s+(?:говорить|ходить|дихає|встає|живий|жива)\b|\bголодн\w*"
                            r"|\bеле\s+(?:говорит|ходит|дышит|живой|живая)\b|\bлежить\s+(?:\w+\s+)?(?:в|у)\s+брудн\w*"))
# Round fifteen: someone raging at home (shouting, throwing or breaking things: "він знову кричить і кидає речі") while the
# children cry or are afraid ("малі плачуть", "діти бояться"), now ("знову", "зараз", "не сплю", at night): domestic
# violence. A child who shouts ("дитина кричить і плаче вночі"), a raging told with no children crying, or one told
# with no now ("коли тато кричить, діти плачуть, чи є психолог?") is not.
RAGING_NOW = (re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|партнер|батько|тато|отец|папа|вітчим|отчим|зять|он"
                         r"|колишній|бывший)\s+(?:\w+\s+){0,3}?(?:кричить|кричит|орет|оре|кидає|кидається|кидаеться|кидает"
                         r"|швыряет|бросает|жбурляє|трощить|ламає|ломает|бушує|бушует|буянить|буянит|дебоширить|дебоширит|б'є\s+посуд)\b"),
              re.compile(r"\b(?:діт\w*|дитин\w*|малі|маленьк\w*|маленк\w*|малих|малюк\w*|дети|детей|ребен\w*|малыш\w*|син|сын|донька|дочка)"
                         r"\s+(?:\w+\s+)?(?:плач\w*|плачут|бо[ії]ться|бояться|боят\w*|боїться|ховаються|прячутся|тремтять|дрожат|перелякан\w*)\b"
                         r"|\b(?:плачуть|плачут|бояться)\s+(?:\w+\s+)?(?:діт\w*|малі|маленьк\w*|дети|малыши)\b"),
              re.compile(r"\b(?:знову|знов|зараз|прямо\s+зараз|опять|снова|сейчас|не\s+сплю|не\s+спимо|не\s+сплю|не\s+спим|вночі|ночью"
                         r"|всю\s+ніч|всю\s+ночь|досі)\b"))
# Round fifteen: not able to go home, a place for the night asked for, and someone there ("додому не можу, він там чекає",
# "можна десь переночувати з дитиною"): fleeing home, danger. Stuck on the way ("не можу додому доїхати, де переночувати")
# or a night asked for with nobody feared is not.
NO_WAY_HOME = (re.compile(r"\b(?:не\s+можу|не\s+могу|не\s+можемо|не\s+можем|боюс[яь]|боїмося|боимся|страшно)\s+(?:\w+\s+)?"
                          r"(?:йти\s+|іти\s+|піти\s+|повертатис[яь]\s+|вертатис[яь]\s+|вернутис[яь]\s+|повернутис[яь]\s+|идти\s+"
                          r"|возвращаться\s+|вернуться\s+)?(?:додому|домой)\b(?!\s+(?:до|по|при)?(?:їхати|ехать|добрат\w*|дістат\w*))"
                          r"|\b(?:додому|домой)\s+(?:\w+\s+)?(?:не\s+можу|не\s+могу|не\s+можемо|не\s+піду|не\s+пойду|нельзя|боюс[яь])\b"
                          r"(?!\s+(?:до|по|при)?(?:їхати|ехать|добрат\w*|дістат\w*))"),
               re.compile(r"\b(?:пере)?ночу\w*|\bночева\w*|\bпереночева\w*|\bпереспати\b|\bде\s+(?:\w+\s+)?спати\b"),
               re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|батько|вітчим|отчим|колишній|бывший|он)\s+(?:\w+\s+){0,2}?"
                          r"(?:там|вдома|дома|чекає|чекає|ждет|п'ян\w*|пьян\w*|кричить|кричит|погрож\w*|угрож\w*|б'є|бьет)\b"))
# Round fifteen: the means at hand with a last message to someone ("в мене всі таблетки в руці. я просто хочу щоб хтось
# знав"): danger together (`DESPAIR_WITH_MEANS` has the means); "хочу щоб ви знали, у мами закінчились таблетки" is not.
SOMEONE_TO_KNOW = (re.compile(r"\b(?:хочу|хотіла|хотів|хочеться|хотела|хотел)\s+(?:\w+\s+)?(?:щоб|щоби|чтоби|чтоб)\s+"
                              r"(?:хоч\s+|хоть\s+)?(?:хтось|хто\s+небудь|кто\s+то|кто\s+нибудь|ктото)\s+(?:\w+\s+)?(?:знав|знала|знал)\b"),
                   DESPAIR_WITH_MEANS[0][1])
# Round fifteen: a veiled threat told of someone ("він каже що як я піду в ośrodek то мене більше ніхто не побачить"):
# danger; the same words of a move away ("нас тут більше ніхто не побачить, переїжджаємо") tell of no one.
NEVER_SEEN = (re.compile(r"\b(?:мене|нас|тебе|меня|її|його|ее|его)\s+(?:\w+\s+)?(?:ніхто|никто)\s+(?:\w+\s+)?не\s+"
                         r"(?:побачить|увидит|знайде|найдет|найде)\b"
                         r"|\b(?:ніхто|никто)\s+(?:\w+\s+)?(?:мене|нас|тебе|меня|її|його|ее|его)\s+(?:\w+\s+)?не\s+"
                         r"(?:побачить|увидит|знайде|найдет)\b"),
              re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|батько|вітчим|отчим|колишній|бывший|он|вона|она)\s+(?:\w+\s+){0,2}?"
                         r"(?:каже|казав|сказав|сказал|говорить|говорит|пише|писав|написав|пишет|написал|кричить|кричит|погрожу\w*|угрожа\w*)\b"))
# Round eighteen: an end threatened, told of someone ("він написав що як прийду то мені кінець", "муж сказал что мне конец"):
# danger together with NEVER_SEEN's someone who says or writes it; "мені кінець з цими документами" (nobody saying it) is not.
END_THREATENED = (re.compile(r"\b(?:мені|мне|нам|тобі|тебе|тебі|їй|йому|ей|ему)\s+(?:\w+\s+)?(?:кінець|конец|капець|капут|хана|гаплик"
                             r"|не\s+жити|не\s+жить)\b(?!\s+(?:з|із|зі|с|со)\s+(?:цим|цими|тим|тими|этим|этими|документ|папер|робот|работ))"),
                  NEVER_SEEN[1])
# Round eighteen: harm threatened to oneself or to the family in the other order ("щось зробить з собою і з нами", "зробить
# щось з дітьми", "что-то сделает с собой"; uk.toml has "щось з собою зробить"): danger; "щось зробити з документами" is not.
HARM_THREATENED = (re.compile(r"\b(?:щось|що[\s-]+небудь|что[\s-]+то|что[\s-]+нибудь|шось)\s+(?:\w+\s+)?(?:зробить|зроблю|зробе|сделает|сделаю)\s+"
                              r"(?:з|із|зі|с|со)\s+(?:собою|собой|нами|дітьми|детьми|тобою|тобой|мною|мной|вами)\b"
                              r"|\b(?:зробить|зроблю|зробе|сделает|сделаю)\s+(?:щось|що[\s-]+небудь|что[\s-]+то|что[\s-]+нибудь|шось)\s+(?:з|із|зі|с|со)\s+"
                              r"(?:собою|собой|нами|дітьми|детьми|тобою|тобой|мною|мной|вами)\b"),)
# Round eighteen: shut out of the home by him, outside in the cold or at night ("ми з дітьми на вулиці в тапочках, він зачинив
# двері і кидає речі, холодно"): danger together. Outside with a door shut and nothing more ("ми на вулиці, чоловік закрив
# двері і поїхав на роботу, де автобус?") or cold outdoors alone is not.
SHUT_OUT = (re.compile(r"\b(?:я|ми|мы)\s+(?:\w+\s+){0,3}?(?:на\s+вулиці|на\s+улице|надворі|на\s+дворі|на\s+сходах|в\s+під'їзді"
                       r"|у\s+під'їзді|в\s+подъезде|під\s+дверима|под\s+дверью|на\s+морозі|на\s+морозе)\b"),
            re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|батько|вітчим|отчим|син|сын|он|зять|колишній|бывший)\s+(?:\w+\s+){0,3}?"
                       r"(?:(?:зачинив|закрив|замкнув|запер|закр[иы]л|зачиняє|закриває|замкнул)\s+(?:\w+\s+)?(?:двері|дверь|двери|нас|мене|меня)"
                       r"|не\s+(?:пускає|впускає|пускает|впускает|відчиняє|откр[иы]вает)|вигнав|в[иы]гнал|виставив|в[иы]ставил|вистовхав|в[иы]толкал)\b"),
            re.compile(r"\b(?:холодно|мороз\w*|тапочк\w*|тапках|босі|босиком|боса|босий|без\s+курт\w*|без\s+взуття|без\s+одягу|в\s+халат\w*"
                       r"|вночі|ночью|ніч|ночь|кидає|кидается|кидається|бросает|кричить|кричит|п'ян\w*|пьян\w*)\b"))
# Round eighteen: not knowing where to go for the night ("не знаю куди йти з дітьми на ніч", "не знаю куда идти ночевать"):
# danger together, as "нема куди йти" is; not knowing where to go with papers ("не знаю куди йти з документами") is not.
NOWHERE_TONIGHT = (re.compile(r"\bне\s+(?:знаю|знаємо|знаем|маю|маємо)\s+куди\s+(?:мені\s+|нам\s+)?(?:йти|іти|піти|податися|подітися|діватися"
                              r"|дітися|подітись|податись|идти|пойти|деваться|податься)\b"
                              r"|\bне\s+(?:знаю|знаем)\s+куда\s+(?:мне\s+|нам\s+)?(?:идти|пойти|деваться|податься)\b"),
                   re.compile(r"\bна\s+(?:цю\s+|эту\s+)?(?:ніч|ночь)\b|\bцієї\s+ночі\b|\b(?:сьогодні|сегодня)\s+(?:вночі|ночью)\b"
                              r"|\b(?:пере)?ночувати\b|\b(?:пере)?ночевать\b"))
# Round nineteen: someone who cannot be woken ("blyuje i zasypaje ne mozhu rozbudyty", "не можемо добудитися діда"): danger, as
# NOT_WAKING_UP; not woken for school or work, or on time ("не можу розбудити сина в школу", "не можу добудитися вчасно") is not.
CANNOT_WAKE = (re.compile(r"\bне\s+(?:можу|можемо|могу|можем|вдається|виходить)\s+(?:\w+\s+)?(?:розбудити|збудити|добудитися|добудитись"
                          r"|добудитис|разбудить|добудиться)\b"
                          r"(?!\s+(?:\w+\s+)?(?:в|на|до|к)\s+(?:школ|робот|работ|садо?ч?о?к|садик|пар|урок|автобус|поїзд)\w*)"
                          r"(?!\s+(?:\w+\s+)?(?:вчасно|рано|зранку|вранці|утром|вовремя))"),)
# Round nineteen: a stroke's signs, a limb that no longer obeys or a face drawn to one side ("ліва рука не слухається",
# "рука в мене не слухається", "обличчя перекосило"): danger. "підліток не слухається" (social work), "рука болить, вона не
# слухається лікаря" (a limb, then someone who does not obey) or a stroke long past ("після інсульту") is not.
LIMB_GONE = (re.compile(r"\b(?:рука|нога|руки|ноги|руку|ногу)\s+(?:(?:в|у)\s+(?:мене|неї|нього|нее|него|меня)\s+|мені\s+|йому\s+|їй\s+)?"
                        # round twenty: "already", "at all" before it ("руки вже не слухаються", "нога совсем не слушается")
                        r"(?:вже\s+|уже\s+|зовсім\s+|совсем\s+)?"
                        r"(?:не\s+(?:слухається|слухаються|слушается|слушаются)|(?:віднялась|віднялася|отнялась"
                        r"|відмовила|отказала)\b)"
                        r"|\b(?:перекосило|перекосился|перекосилось|перекосило)\s+(?:\w+\s+)?(?:обличчя|лице|лицо|рот)\b"
                        r"|\b(?:обличчя|лице|лицо|рот)\s+(?:\w+\s+)?(?:перекосило|перекосився|перекосилось|перекосился)\b"
                        r"|\b(?:язик|язык)\s+(?:\w+\s+)?(?:заплітається|заплетается)\b"),
             # a stroke long past is care ("рука не слухається після інсульту, чи є реабілітація")
             re.compile(r"^(?!.*\b(?:після|после|від|от)\s+(?:\w+\s+)?(?:інсульт|инсульт|операц|травм|перелом)\w*)"))
# Round nineteen: all the pills there were swallowed, with drink or with a farewell ("Випив усі пігулки що були разом з
# горілкою, вибачте мені всі"): danger together; a course of pills finished ("випила всі таблетки, що лікар виписав, потрібен
# рецепт") is not.
_PILLS = r"(?:пігулк\w*|таблетк\w*|таблеток|ліки|ліків|снодійн\w*|лекарств\w*|колес\w*)"
PILLS_SWALLOWED = (re.compile(r"\b(?:випив|випила|випили|выпил|выпила|ковтнув|ковтнула|проковтнув|проковтнула|наковтався|наковталася"
                              r"|наковталась|наглотался|наглоталась|прийняв|прийняла|приняла|принял|з'їв|з'їла|зїв|зїла)\s+"
                              r"(?:\w+\s+)?(?:усі|всі|все|всю|цілу|пачку|упаковку|багато|жменю|купу|кілька\s+пачок|дві\s+пачки)\s+(?:\w+\s+)?" + _PILLS),
                   re.compile(r"\b(?:з|із|зі|с|со)\s+(?:\w+\s+)?(?:горілк\w*|водк\w*|алкогол\w*|вином|пивом|спиртом|коньяком|самогон\w*)\b"
                              r"|\bзапи(?:в|ла|ли)\s+(?:\w+\s+)?(?:горілк\w*|водк\w*|вином|пивом|алкогол\w*|коньяком)"
                              r"|\b(?:вибачте|простіть|пробачте|прощайте|прощавайте|простите|извините)\s+(?:\w+\s+)?(?:мені|мене|меня)?\s*(?:всі|усі|все)\b"
                              r"|\b(?:прощайте|прощавайте|прощай|прощаюсь|прощаюся)\b"
                              # round twenty-five: all there were at home ("ковтнула всі таблетки з аптечки", "що були вдома")
                              r"|\b(?:з|із|зі|из)\s+аптечк\w*|\b(?:що|шо|які|что|какие)\s+(?:\w+\s+)?(?:були|было|было|были)\s+(?:вдома|дома|в\s+хаті)\b"))
# Round nineteen: the writer cannot call or talk because he hears or is beside them ("ne mozhu dzvonyty, vin chuje",
# "не можу говорити, він слухає"): danger together (uk.toml has "говорити він поруч"); "не можу говорити по телефону, погано
# чую" (nobody listening) or "чоловік чує погано" is not.
_CANNOT_CALL = (r"\bне\s+(?:можу|могу|можемо)\s+(?:зараз\s+)?(?:дзвонити|подзвонити|зателефонувати|говорити|розмовляти|звонити|звонить"
                r"|позвонить|говорить|разговаривать)\b")
HE_HEARS = (re.compile(_CANNOT_CALL),
            re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|вітчим|отчим|он|колишній|бывший)\s+(?:(?!погано|плохо)\w+\s+)?(?:чує|почує|слухає"
                       r"|підслуховує|слишит|услишит|слушает|подслушивает)\b(?!\s+(?:\w+\s+)?(?:погано|плохо|не\s+дуже))"))
# Round nineteen: he has come and the writer asks not to be written back ("vin pryjshov. ne vidpysujte", "він вдома, не
# дзвоніть і не пишіть"): the writer hides the messages from him, danger together. A stop asked alone ("не пишіть мені
# більше") or his coming told with no silence asked ("чоловік прийшов, коли ви працюєте?") is not.
HE_CAME_QUIET = (re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|вітчим|отчим|он|колишній|бывший)\s+(?:вже\s+|уже\s+)?"
                            r"(?:прийшов|повернувся|вернувся|приїхав|прийде|йде|іде|тут|поруч|поряд|вдома|дома|пришел|вернулся|рядом)\b"),
                 # a call declined is read DECLINED_CALL by then (`prepare_uk`)
                 re.compile(r"\bне\s+(?:відписуйте|відповідайте|пишіть|отвечайте|пишите)\b|\b" + DECLINED_CALL + r"\b"))
# Round nineteen: not able to go home, a night's place asked for with the children ("з дітьми переночувати кілька ночей?
# додому не можу повернутися"): fleeing home, as NO_WAY_HOME with him named; home as the country left ("додому в Україну
# не можемо повернутися") is not.
FLEEING_WITH_CHILDREN = (NO_WAY_HOME[0], NO_WAY_HOME[1],
                         re.compile(r"\b(?:з|із|зі|с)\s+(?:\w+\s+)?(?:діт\w*|дитин\w*|малим|малою|малими|малюк\w*|детьми|ребенком)\b"),
                         re.compile(r"^(?!.*\b(?:україн\w*|украин\w*|батьківщин\w*|війн\w*|войн\w*|харків\w*|київ\w*|маріупол\w*)\b)"))
# Round sixteen: someone gone from home who cannot be found ("вийшла з дому в халаті і я її не можу знайти вже годину"):
# danger together, as GONE; looking for the office ("вийшла з дому о 8, не можу знайти ваш офіс") is not.
_SOMEONE = r"(?:її|його|ее|его|маму|тата|бабусю|дідуся|дитину|сина|доньку|чоловіка|папу|бабушку|дедушку)"
_CANNOT_FIND = r"не\s+(?:можу|можемо|можем|могу|можуть)\s+"
LOST = (GONE[0],
        re.compile(r"\b" + _SOMEONE + r"\s+(?:\w+\s+)?(?:" + _CANNOT_FIND + r"(?:\w+\s+)?(?:знайти|найти)|ніде\s+нема\w*|нигде\s+нет)\b"
                   r"|\b" + _CANNOT_FIND + r"(?:\w+\s+)?(?:знайти|найти)\s+" + _SOMEONE + r"\b"
                   r"|\b" + _CANNOT_FIND + _SOMEONE + r"\s+(?:знайти|найти)\b"
                   # round twenty-four: where someone went not known ("вийшла з дому в халаті …, я не знаю куди пішла, я шукаю")
                   r"|\bне\s+(?:знаю|знаємо|знаем)\s+куди\s+(?:\w+\s+)?(?:пішла|пішов|поділась|поділася|подівся|ділась|ушла|ушел|пошла"
                   r"|пошел|делась|делся)\b"))
# Round sixteen: not able to get up for a day or more, alone or barely writing ("не можу встати з ліжка друга доба, ноги не
# тримають, пишу з трудом"): danger together. Not getting up early, or a long illness with care asked ("після операції не
# можу встати, чи є опікунка") is not.
CANNOT_GET_UP = (re.compile(r"\bне\s+(?:можу|могу)\s+(?:\w+\s+)?(?:встати|встать|піднятися|підвестися|подняться|встати\s+з\s+ліжка)\b"
                            r"|\bне\s+встаю\b|\bноги\s+(?:вже\s+)?не\s+(?:тримають|держат|слухаються|слушаются)\b"),
                 re.compile(r"\b(?:друг\w*|трет\w*|втор\w*|цілу|цілий)\s+(?:доб\w*|сут\w*|день|дні|дня|днів)\b"
                            r"|\b(?:з|від|с)\s+(?:учора|вчора|вчера|позавчора|ночі|ночи)\b|\b\d+\s+(?:дн\w*|доб\w*|сут\w*)\b"),
                 re.compile(r"\b(?:сама|сам|одна|один|нікого|ніхто|никого|никто|ледве|еле|насилу)\b|\bз\s+трудом\b|\bс\s+трудом\b"
                            r"|\bдодзвонит\w*|\bдозвонит\w*"))
# Round sixteen: someone banging at the door and shouting or demanding, the writer alone or with a child ("хтось стукає в двері
# вже годину і кричить щоб я відкрила, я одна з онукою"): danger together. A knock with no shouting ("хтось стукає в двері, це
# ви?"), or a neighbour's complaint with nobody alone ("сусід стукає в двері і кричить що ми шумимо") is not.
BANGING = (re.compile(r"\b(?:стука\w*|стукот\w*|гримить|гримлять|гатить|гатять|лупить|ломиться|ломляться|ломится|стучит\w*|долбит\w*"
                      r"|барабанит\w*|б'ється|бьется)\s+(?:\w+\s+)?(?:в|у|по|на)\s+(?:двер\w*|вікн\w*|окн\w*)"
                      r"|\b(?:в|у)\s+(?:двер\w*|вікн\w*|окн\w*)\s+(?:\w+\s+)?(?:стука\w*|гримить|гатить|ломиться|стучит\w*|долбит\w*)"),
           re.compile(r"\bкрич\w*|\bвимага\w*|\bпогрож\w*|\bугрож\w*|\bлає\w*|\bматюк\w*|\bорет\b|\bоре\b"
                      r"|\b(?:щоб|чтоб|чтобы)\s+(?:я|ми|мы)\s+(?:\w+\s+)?(?:відкри|відчини|откры)\w*"),
           re.compile(r"\b(?:я|ми|мы)\s+(?:тут\s+|вдома\s+|дома\s+)?(?:одна|сама|один|сам|самі|одні|одни|сами)\b"
                      r"|\b(?:з|із|с)\s+(?:дитин\w*|діт\w*|онук\w*|малим|малою|малими|детьми|ребенком|внук\w*)\b"
                      r"|\bстрашно\b|\bбоюс[яь]\b|\bбоїмося\b|\bбоимся\b"))
# Round seventeen: a night's place asked for now, for a woman or a mother with her child ("Чи є у вас місце, де жінка з
# дитиною може переночувати? Сьогодні. Це терміново."): fleeing, danger together. A night's shelter asked about with no
# hurry ("чи є у вас нічліжка для жінок з дітьми?") or a hurry with no night ("терміново треба допомога з дитиною") is not.
NIGHT_NOW = (re.compile(r"\b(?:пере)?ночу\w*|\bночева\w*|\bпереночева\w*|\bпереспати\b|\bнічліг\w*|\bночліг\w*|\bпритул\w*"
                        r"|\bде\s+(?:\w+\s+)?(?:спати|поспати)\b|\bночлег\w*|\bприют\w*"),
             re.compile(r"\b(?:терміново|негайно|срочно|невідкладно|прямо\s+зараз|сьогодні\s+(?:ввечері|вночі)|на\s+цю\s+ніч"
                        r"|сегодня\s+ночью|на\s+эту\s+ночь)\b"),
             re.compile(r"\b(?:з|із|с)\s+(?:\w+\s+)?(?:дитин\w*|діт\w*|дитям|малим|малою|малими|малюк\w*|детьми|ребенком|сином|донькою"
                        r"|дочкою|доч\w*)\b"))
# Round seventeen: a last word if the writer falls silent, and him named ("Якщо я не напишу до ранку, знайте що це через
# нього"): danger together. "якщо не напишу до п'ятниці, передзвоніть" (nobody named, nothing to know) is not.
IF_SILENT = (re.compile(r"\b(?:якщо|як|коли|если)\s+(?:я\s+)?(?:\w+\s+)?не\s+(?:напишу|відповім|відпишу|подзвоню|вийду\s+на\s+зв'язок"
                        r"|озвуся|обізвуся|відгукнуся|отвечу|позвоню|выйду\s+на\s+связь|дам\s+знати|дам\s+о\s+собі\s+знати)\b"),
             re.compile(r"\b(?:знайте|знай|знали|знать|викличте|поліці\w*|полици\w*)\b"),
             re.compile(r"\bчерез\s+(?:нього|него|чоловіка|мужа)\b|\b(?:це|то|это|ето)\s+(?:він|он|чоловік|муж)\b"
                        r"|\b(?:він|чоловік|муж|співмешканець|сожитель|колишній|бывший|он)\s+(?:\w+\s+){0,2}?"
                        r"(?:каже|казав|сказав|сказал|говорить|говорит|погрожу\w*|угрожа\w*)\b"))
# Round seventeen: someone who does not wake ("воно спить і не прокидається", "дід не прокидається"): danger; not waking for
# school or work, or on time ("син не прокидається в школу", "не прокидається вчасно"), is not.
NOT_WAKING_UP = (re.compile(r"\bне\s+(?:прокидається|прокидаеться|прокидаєтся|просипається|просипается|прокинувся|прокинулася"
                            r"|прокинулась|прокинулось|прокинулося|проснулся|проснулась)\b"
                            r"(?!\s+(?:\w+\s+)?(?:в|на|до|к)\s+(?:школ|робот|работ|садо?ч?о?к|садик|пар|урок|автобус|поїзд)\w*)"
                            r"(?!\s+(?:вчасно|рано|зранку|вранці|утром|сам|сама|по\s+будильнику|вовремя))"),)
NO_SENSE = (re.compile(r"\b(?:не\s+бачу|нема|немає)\s+(?:вже\s+)?сенсу\s+далі\b(?!\s+\w+(?:ти|[^іїи]ть)\b)"),)
# Round twenty-one: someone not out of their home for days, with a sign that something is wrong there ("сусід … не виходить з
# хати вже тиждень, пес виє весь час, штори закриті"; "живе сама, вже тиждень не виходить, у хаті холодно і неприємний запах,
# на стук відповідає дуже слабким голосом"): danger together. Not going out told with no such sign ("мама вже тиждень не
# виходить, ноги болять, чи є опікунка?"), the writer's own staying in ("не виходжу"), or a teenager not leaving his room
# (the social worker's matter) is not.
NOT_SEEN_OUT = (re.compile(r"\bне\s+(?:виходить|виходила|виходив|вийшла|вийшов|виходит|виходил|показується|показувалась"
                           r"|показувався|появляється|появлялась|появлялся)\b(?!\s+(?:\w+\s+)?(?:з|із|зі|из)\s+(?:кімнат|комнат)\w*)"),
                re.compile(r"\b(?:тиждень|тижня|тижнів|неділю|неделю|недели|\d+\s+(?:дн\w*|доб\w*)|(?:два|дві|три|чотири|п'ять|кілька"
                           r"|декілька|пару|несколько)\s+(?:дн\w*|доб\w*)|(?:з|від|с)\s+(?:понеділка|вівторка|середи|четверга|п'ятниці"
                           r"|суботи|неділі|понедельника|вторника|среди|четверга|пятници|субботи|воскресенья))\b"),
                re.compile(r"\b(?:виє|виють|вив|воет|воют|скавчить|скавчит|скулит)\b|\bштор\w*\s+(?:\w+\s+)?(?:закрит\w*|засунут\w*"
                           r"|зашторен\w*|задернут\w*)|\b(?:закрит\w*|засунут\w*|задернут\w*)\s+штор\w*|\bзапах\w*|\bсмердить\b"
                           r"|\bвоня\w*|\bслабк\w*\s+голос\w*|\bледве\s+(?:чути|відповіда\w*|говорить)|\bеле\s+(?:слишно|отвечает)"
                           r"|\bне\s+(?:відповіда\w*|відчиня\w*|відкрива\w*|бере\s+трубк\w*|отвечает|открывает)|\bсвітло\s+(?:не\s+)?"
                           r"(?:горить|вмика\w*)|\bпошт\w*\s+(?:\w+\s+)?(?:лежить|накопичи\w*)|\bхолодно\b"))
# Round twenty-one: a drunk man holding a baby and swaying or not giving it back ("він з ранку випив і тримає малого на руках і
# хитається, не віддає мені, дитині 8 місяців"): danger together. Rocking the baby ("тримає малого і хитає"), or one held by
# someone sober, is not.
DRUNK_WITH_BABY = (re.compile(r"\b(?:п'ян\w*|пян\w*|пьян\w*|бухой|бухий|бухая|напився|напился|нажрався|нажрался|випивший"
                              r"|під\s+градусом|под\s+градусом|випив|випил)\b(?!\s+(?:\w+\s+)?(?:чай|чаю|каву|кави|воду|води|ліки|ліків"
                              r"|таблетк\w*|сироп\w*|молоко|молока|сік|соку|кефір\w*|чая|кофе|лекарств\w*))"),
                   re.compile(r"\b(?:тримає|тримав|держит|держал|носить|носит|взяв|забрав|схопив|взял|забрал|схватил)\s+(?:\w+\s+)?"
                              r"(?:малого|малу|малюка|малятко|малиша|малишку|дитину|немовля|ребенка|сина|доньку|дочку|маленьку|маленького"
                              r"|онука|онучку|внука|внучку)\b"),
                   re.compile(r"\b(?:хитається|хитаеться|похитується|шатается|пошативается|падає|падает|ледве\s+стоїть|еле\s+стоит"
                              r"|не\s+(?:віддає|отдает|дає\s+забрати|дает\s+забрать)|немовл\w*|грудн\w*|[1-9]\s+(?:місяц\w*|месяц\w*))\b"))
# Round twenty-three: a farewell message left for someone ("передайте доньці що я її люблю") beside despair ("я більше не
# можу"): danger together, also inside a thanks; a greeting passed on with no despair ("передайте мамі що я її люблю і скоро
# приїду") is not.
LOVE_PASSED_ON = (re.compile(r"\b(?:передайте|перекажіть|скажіть|передай|перекажи|скажи|передайте|скажите)\s+(?:\w+\s+){0,3}?(?:що|шо|что)\s+"
                             r"(?:я\s+)?(?:її|його|їх|вас|тебе|всіх|усіх|ее|его|их)?\s*(?:дуже\s+|очень\s+)?(?:люблю|любила|любив)\b"),
                  BURDEN[1])
# Round twenty-three: no sense seen, the means at hand ("я просто вже не бачу сенсу, таблетки вже відклала"): danger together
# (`DESPAIR_WITH_MEANS`'s means); no sense in doing something ("не бачу сенсу йти туди", an infinitive) is not.
NO_SENSE_WITH_MEANS = (re.compile(r"\bне\s+бачу\s+(?:(?:вже|більше|ніякого|жодного|уже)\s+){0,2}сенсу\b"
                                  # an infinitive after it names a task, but living ("не бачу сенсу жити")
                                  r"(?!\s+(?:\w+\s+)?(?!жити\b|існувати\b)[а-яіїєґ'ʼ’]+(?:ти|тися|тись)\b)"
                                  r"|\bне\s+вижу\s+(?:уже\s+)?смысла\b(?!\s+(?:\w+\s+)?(?!жить\b)[а-яё]+(?:ть|ться)\b)"),
                       DESPAIR_WITH_MEANS[0][1])
# Round twenty-three: the means told as at hand ("ліки в мене є") beside a last word to someone ("просто щоб хтось знав"), as
# SOMEONE_TO_KNOW; "просто щоб ви знали, ліки закінчились" names no means at hand.
MEANS_AT_HAND = re.compile(r"\b(?:ліки|ліків|таблетки|таблеток|пігулки|снодійне|лекарства)\s+(?:вже\s+)?(?:в|у)\s+мене\s+(?:вже\s+)?"
                           r"(?:є|єсть|багато|достатньо|приготовлен\w*|зібран\w*)\b")
LAST_WORD_WITH_MEANS = (re.compile(r"\b(?:просто|тільки|лише|только)\s+(?:щоб|щоби|чтоб|чтобы)\s+(?:хоч\s+)?(?:хтось|хто-небудь|кто-то|ктото)\s+"
                                   r"(?:\w+\s+)?(?:знав|знала|знал)\b"),
                        MEANS_AT_HAND)
# Round twenty-three: a stove or a boiler with the signs of its fumes ("пічка в бабусі, вона вся сонна, голова болить, два рази
# вирвало"): carbon monoxide, danger together; a stove that does not heat beside a headache alone ("пічка не гріє, голова
# болить від холоду") is not.
STOVE_FUMES = (re.compile(r"\b(?:пічк\w*|піч|печ\w*|грубк\w*|котел|котла|котлом|камін\w*|чад\w*|угар\w*|газов\w*\s+колонк\w*|колонк\w*)\b"),
               re.compile(r"\bголов\w*\s+(?:\w+\s+)?(?:болить|болять|болит|паморочиться|крутиться|кружиться|розколюється)\b"),
               re.compile(r"\b(?:сонн\w*|сонлив\w*|засинає|засыпает|вирвало|вирвал\w*|рве|блює|блюет|нудить|нудило|знудило|тошнит|стошнило"
                          r"|непритомн\w*|знепритомн\w*|запаморочен\w*|без\s+свідомості|ледве\s+стоїть)\b"))
# Round twenty-three: not able to leave a room with him there and a quiet coming or no call asked ("він сьогодні знову... і я
# не можу вийти з кімнати. Можна хтось прийде тихо? не дзвоніть мені"): danger together; "не можу вийти з хати, ноги болять"
# (no one there) or his name with no quiet asked is not.
TRAPPED_QUIET = (re.compile(r"\bне\s+(?:можу|можемо|могу|можем)\s+(?:\w+\s+)?(?:вийти|вибратися|выйти)\s+(?:з|із|зі|из)\s+"
                            r"(?:кімнат\w*|ванн\w*|туалет\w*|спальн\w*|комор\w*|комнат\w*|хати|дому|квартир\w*)\b"),
                 re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|вітчим|отчим|он|колишній|бывший|батько)\b"),
                 re.compile(r"\bтихо\b|\b" + DECLINED_CALL + r"\b|\bне\s+(?:дзвоніть|телефонуйте|пишіть|звоните|пишите)\b"))
# Round twenty-three: locked in by him ("він зачинив мене в ванній і забрав телефон"), with the phone taken or no call asked:
# danger together; a door shut by the wind or a child locked in by mistake ("син випадково зачинив мене на балконі") names no
# phone taken nor silence.
LOCKED_IN = (re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|вітчим|отчим|он|колишній|бывший|батько)\s+(?:\w+\s+)?"
                        r"(?:зачинив|замкнув|закрив|запер|закрыл|замкнул)\s+(?:мене|нас|меня|дітей|детей)\s+(?:\w+\s+){0,2}?" + _HIDING_PLACE),
             re.compile(r"\b(?:забрав|відібрав|забрал|отобрал)\s+(?:\w+\s+)?(?:телефон\w*|мобільн\w*|мобилк\w*)|\b" + DECLINED_CALL
                        + r"\b|\bне\s+(?:дзвоніть|телефонуйте|пишіть|звоните)\b|\bпочує\b|\bуслышит\b"))
# Round twenty-three: no call asked as he would hear ("ne dzvonit, vin pochuje" -> "не дзвоніть, він почує"), as HE_HEARS's
# "не можу говорити"; "не дзвоніть, чоловік погано чує" is not (HE_HEARS's own exclusion).
HE_HEARS_DECLINED = (re.compile(r"\b" + DECLINED_CALL + r"\b|\bне\s+(?:дзвоніть|телефонуйте|звоните)\b"), HE_HEARS[1])
# Round twenty-three: someone bedridden whom nobody has come to feed or change for days ("вдома мій тато лежачий сам, вже два
# дні ніхто не приходив його погодувати"): danger together; bedridden with nobody coming and care asked, with no time told
# ("тато лежачий, ніхто не приходить, чи є опікунка?"), is not.
BEDRIDDEN_UNTENDED = (re.compile(r"\bлежач\w*|\bне\s+(?:встає|встает|ходить)\b"),
                      re.compile(r"\b(?:ніхто|никто)\s+(?:\w+\s+){0,3}?не\s+(?:приходив|приходила|приходить|заходив|заходила|годував"
                                 r"|погодував|доглядав|доглядала|приходил|кормил)\b"),
                      re.compile(r"\b(?:\d+|два|дві|три|кілька|декілька|другий|другу|третій|третю)\s+(?:дн\w*|доб\w*|сут\w*)\b"
                                 r"|\b(?:з|від|с)\s+(?:учора|вчора|вчера|позавчора)\b"))
# Round twenty-three: someone drunk or asleep outdoors in frost ("сусід знову п'яний спить на лавці надворі, а вночі -8",
# "дід лежить у снігу"): danger together; drunk outdoors with no cold told, or frost alone, is not.
FROST_OUTDOORS = (re.compile(r"\b(?:п'ян\w*|пян\w*|пьян\w*|бухий|бухой|спить|спит|заснув|заснул|лежить|лежит|впав|упав|упал)\s+(?:\w+\s+){0,3}?"
                             r"(?:на\s+лав\w*|надворі|на\s+дворі|на\s+вулиці|на\s+улице|в\s+снігу|у\s+снігу|на\s+снігу|в\s+снегу"
                             r"|під\s+паркан\w*|на\s+морозі|на\s+морозе|на\s+зупинці|біля\s+магазину"
                             # round twenty-five: in the yard ("бабця лежить на подвірʼї холодно")
                             r"|на\s+подвір'?ї|у\s+дворі|в\s+дворі|во\s+дворе)\b"
                             r"|\b(?:на\s+лав\w*|надворі|на\s+вулиці|в\s+снігу|у\s+снігу|на\s+снігу)\s+(?:\w+\s+)?(?:п'ян\w*|пян\w*|спить|лежить)\b"),
                  re.compile(r"\bмінус\s+(?:[1-9]|\d{2})\b|\bмороз\w*|\bхолодно\b|\bзамерз\w*|\bв\s+одн\w*\s+(?:кофт\w*|сорочц\w*|футболц\w*)"
                             r"|\bбез\s+(?:куртк\w*|шапк\w*|взуття)\b"))
# Round twenty-three: a child gone with someone and not back, the phone off ("донька 16 років пішла вчора з якимось дорослим
# чоловіком … не повернулась …, телефон вимкнений"): danger together, as GONE with no "з дому"; an adult gone to work or a
# child back is not.
CHILD_GONE = (re.compile(r"\b(?:пішла|пішов|поїхала|поїхав|втекла|втік|утекла|ушла|ушел|уехала|уехал)\b"),
              GONE[1], GONE[2],
              re.compile(r"\b(?:донька|доньк\w*|дочка|дочк\w*|донечк\w*|син|сина|синок|дитин\w*|онук\w*|онучк\w*|хлопчик\w*|дівчинк\w*"
                         r"|дочь|сын|внук\w*)\b|\b1[0-7]\s+(?:років|роки|лет|года)\b"))
# Round twenty-three: a rope taken and someone shut away or silent after it ("взяв мотузку і пішов в сарай, закрився. Не
# відповідає"): danger together; a rope taken for a chore ("взяв мотузку, пішов прив'язати козу") is not.
ROPE_TAKEN = (re.compile(r"\b(?:взяв|взяла|узяв|узяла|забрав|забрала|взял|взяла|схопив|схватил)\s+(?:\w+\s+)?(?:мотуз\w*|верёвк\w*|веревк\w*"
                         r"|зашморг\w*|ремінь|ремень)"),
              re.compile(r"\b(?:закрився|закрилась|закрилася|замкнувся|замкнулась|заперся|заперлась|закрылся|заперся)\b"
                         r"|\bне\s+(?:відповіда\w*|відчиня\w*|виходить|отвечает|открывает)\b"))
# Round twenty-three: a threat to take the children so that the writer never sees them, with fear or him at the window now ("він
# сказав що забере дітей і я їх більше не побачу. зараз стоїть під вікном і стукає"): danger together; a visit's weekend
# ("каже що забере дітей на вихідні") is not.
CHILDREN_TAKEN = (re.compile(r"\b(?:забере|заберу|відбере|вкраде|украде|заберет|отберет|украдет)\s+(?:\w+\s+)?(?:дітей|дитину|сина|доньку|дочку"
                             r"|малих|малого|малу|детей|ребенка|дочь)\b"),
                  re.compile(r"\b(?:більше|вже|больше|уже|ніколи|никогда)\s+(?:\w+\s+)?не\s+(?:побач\w*|увиж\w*|увид\w*)"
                             r"|\b(?:стоїть|стоит|ходить|ходит)\s+під\s+(?:вікн\w*|двер\w*)|\bпод\s+(?:окн\w*|двер\w*)|\bстука\w*|\bстучит"
                             r"|\bстрашн\w*|\bбоюс[яь]\b|\bбоимся\b"),
                  NEVER_SEEN[1])
# Round twenty-three: burying threatened, told of someone ("чоловік сказав що … він мене закопає в саду"): danger together with
# NEVER_SEEN's someone who says it; "ця робота мене закопає" (nobody saying it) is not.
BURIAL_THREATENED = (re.compile(r"\b(?:мене|нас|тебе|меня|її|ее)\s+(?:\w+\s+)?(?:закопає|закопа[юї]\w*|поховає|закопает|похоронит|закопают)\b"),
                     NEVER_SEEN[1])
# Round twenty-four: someone unknown standing under the window or at the door, or trying the door, now or night after night, the
# writer alone or afraid ("вже тиждень якийсь мужик з машини стоїть під вікном кожен вечір, вчора смикав двері. Він і зараз там
# стоїть. Я одна"): danger together. A neighbour seen at the window with no one alone or afraid, or a courier at the door
# ("кур'єр стоїть під дверима, ви працюєте?"), is not.
STALKED = (re.compile(r"\b(?:стоїть|стояв|стоит|стоял|чатує|ходить|ходит|сидить|сидит|чекає|ждет|крутиться|крутится)\s+(?:\w+\s+){0,3}?"
                      r"(?:під|біля|коло|под|возле)\s+(?:(?:моїм|моими|нашим|нашими|моим|нашим)\s+)?(?:вікн\w*|окн\w*|двер\w*|будинк\w*|хат\w*"
                      r"|під'їзд\w*|підїзд\w*|под'езд\w*|домом)\b"
                      r"|\b(?:смика\w*|смикнув|смикав|дергал\w*|дергает|дергал|пробував\s+відчинити|пробував\s+відкрити|питался\s+открыть)"
                      r"\s+(?:\w+\s+)?(?:двер\w*|ручк\w*)"),
           re.compile(r"\b(?:якийсь|якась|якісь|незнайом\w*|чуж\w*|невідом\w*|незнаком\w*|какой-то|какой\s+то|смика\w*|смикав|дергал\w*"
                      r"|пробував\s+відчин\w*)\b"),
           re.compile(r"\b(?:зараз|досі|сейчас|щовечора|щоночі|кожен\s+вечір|кожну\s+ніч|кожного\s+вечора|вже\s+тиждень|кажд\w*\s+(?:вечер|ноч)\w*)\b"),
           re.compile(r"\b(?:я|ми|мы)\s+(?:тут\s+|вдома\s+|дома\s+|зовсім\s+|совсем\s+)?(?:одна|сама|один|сам|самі|одні|одни|сами)\b"
                      r"|\bстрашно\b|\bбоюс[яь]\b|\bбоїмося\b|\bбоимся\b"))
# Round twenty-four: nothing to eat for days ("в нас з дітьми вже третій день нічого нема поїсти крім води і чаю"): hunger, danger
# together (as HUNGER_DAYS with bread alone); nothing to eat till a day to come ("нічого поїсти, а зарплата через 3 дні") is
# not.
NOTHING_TO_EAT_DAYS = (re.compile(r"\bнічого\s+(?:\w+\s+)?(?:по)?їсти\b|\bнема\w*\s+(?:що|чого|чим)\s+(?:по)?їсти\b"
                                  r"|\b(?:по)?їсти\s+(?:\w+\s+)?(?:нічого|нема\w*)\b|\bнічого\s+не\s+(?:їли|їла|їв|їмо|їсть|їдять)\b"
                                  r"|\bнечего\s+(?:по)?есть\b"),
                       re.compile(r"(?<!через\s)(?<!за\s)(?<!на\s)(?<!до\s)\b(?:\d+|два|дві|три|чотири|п'ять|кілька|декілька|другий|другу|третій"
                                  r"|третю|четвертий|четверту|цілий|цілу|второй|третий|несколько)\s+(?:\w+\s+)?(?:день|дні|днів|дня|доби"
                                  r"|добу|дней|суток)\b(?!\s+(?:тому|назад))|\bвже\s+тиждень\b"))
# Round twenty-five (a safety round: short texts of one to eight words, danger only hinted; danger after a polite opening).
# A short text (up to six words) that asks nothing: no question word, no thanks (`SHORT_BARE`, a sign of the readings below).
SHORT_BARE = re.compile(r"^(?!.*\b(?:чи|коли|де|як|куди|скільки|когда|где|как|куда|дякую|дякуємо|спасибі|спасибо|дякуй)\b)"
                        r"(?:\S+\s+){0,5}\S+$")
# He or they here or come again, told as the whole short text ("ВІН ЗНОВУ ТУТ", "прийшли ті самі мужики знову", "он опять
# пришел"): danger together; "пані знову прийшла, дякую" (no he), "він знову тут?" beside a question word, or a longer story is not.
CAME_AGAIN = (SHORT_BARE,
              re.compile(r"\b(?:знову|знов|опять|снова)\b"),
              re.compile(r"\b(?:він|вони|он|они|ті\s+самі|те\s+самые|мужик\w*|колишній|бывший)\b"),
              re.compile(r"\b(?:тут|здесь|прийшов|прийшли|приїхав|приїхали|пришел|пришли|приехал|приехали|стоїть|стоять|стоит|стоят"
                         r"|під\s+(?:дверима|вікном)|под\s+(?:дверью|окном))\b"))
# The harm's verb left out, someone again on someone, as the whole text ("він знов маму", "отчим опять нас"): danger; with a verb
# or anything after it ("він знову маму питав про вас") it is read as before.
HARM_ELIDED = (re.compile(r"^(?:а\s+|і\s+)?(?:він|вин|тато|батько|вітчим|чоловік|муж|син|сын|он|отец|отчим|папа|співмешканець|сожитель|сусід"
                          r"|сосед|брат|зять)\s+(?:(?:вже|уже|ще|опять|снова|знову|знов)\s+){0,2}?(?:знову|знов|опять|снова)\s+"
                          r"(?:маму|мене|нас|дітей|дитину|сестру|брата|малого|малу|її|його|бабусю|бабцю|меня|детей|ребенка|маму|сына|доньку"
                          r"|дочку|сина)$"),)
# Not able to live any more ("не можу більше жити", "я більше не можу жити, вибачте"), or why live ("нащо мені жити"): danger;
# where or with whom one cannot live ("не можу жити в цій квартирі", "не можу більше жити без вашої допомоги") is not.
_NOT_A_PLACE = r"(?!\s+(?:в|у|на|з|із|зі|без|тут|там|во|с|со|при|поруч|разом|отак\s+в|так\s+в|під|над|біля|далеко|окремо|одна\s+в|сама\s+в)\b)"
LIVE_NO_MORE = (re.compile(r"\bне\s+(?:можу|могу)\s+(?:(?:більше|вже|так|больше|уже|далі|дальше)\s+){1,2}(?:жити|жить)\b" + _NOT_A_PLACE
                           + r"|\b(?:більше|вже|больше|уже)\s+не\s+(?:можу|могу)\s+(?:так\s+)?(?:жити|жить)\b" + _NOT_A_PLACE
                           + r"|\b(?:нащо|навіщо|нашо|для\s+чого|зачем|для\s+чего)\s+(?:мені|мне)\s+(?:далі\s+|дальше\s+|ще\s+)?(?:жити|жить)\b"
                           + _NOT_A_PLACE),)
# Wanting to end it all, the text ending there or with a time ("хочу все закінчити сьогодні", "хочется всё закончить"):
# danger; a task after it ("хочу все закінчити з документами", "хочу все закінчити сьогодні, бо завтра їду") is not.
END_IT_WANTED = (re.compile(r"\b(?:хочу|хочеться|хочется|хотіла\s+б|хотів\s+би)\s+(?:вже\s+|уже\s+|просто\s+)?(?:все|усе|всё|це\s+все)\s+"
                            r"(?:закінчити|покінчити|закончить|покончить)(?:\s+(?:сьогодні|сегодня|зараз|сейчас|вже|уже|нарешті"
                            r"|назавжди|цієї\s+ночі|этой\s+ночью|раз\s+і\s+назавжди))?$"),)
# A farewell asking forgiveness ("прощайте всі простіть", "простіть мене, прощавайте"): danger together; the polite leave
# ("дякую, прощавайте", "вибачте за турботу, прощавайте", "простіть якщо що не так, прощавайте") is not.
FAREWELL_FORGIVE = (re.compile(r"\b(?:прощайте|прощавайте|прощай|прощаюсь|прощаюся|прощайте)\b"),
                    re.compile(r"\b(?:простіть|пробачте|прости|пробач|простите)\b(?!\s+(?:\w+\s+)?(?:за\s+(?:турбот\w*|клопіт|пізн\w*"
                               r"|безпокойств\w*|помилк\w*)|що|шо|что|якщо|если|як\s+що))"))
# Writing from someone else's phone because he took one's own ("пишу з чужого він забрав мій тел", "пишу з телефону сусідки,
# чоловік відібрав мобільний"): danger together; a phone lost or broken with nobody taking it is not.
PHONE_TAKEN = (re.compile(r"\b(?:забрав|забрала|відібрав|відібрала|відняв|забрал|отобрал|отнял|розбив|разбил|сховав|спрятал)\s+(?:\w+\s+)?"
                          r"(?:телефон\w*|тел|мобільн\w*|мобілк\w*|смартфон\w*|мобильн\w*)\b"),
               re.compile(r"\b(?:пишу|пишемо|пишем)\s+(?:\w+\s+)?(?:з|із|зі|с|со)\s+(?:чужого|чужой|телефону\s+\w+|сусідчин\w*|сусідськ\w*"
                          r"|дитячого|телефона\s+\w+)"),
               re.compile(r"\b(?:він|чоловік|муж|співмешканець|сожитель|партнер|батько|вітчим|отчим|хлопець|он|колишній|бывший)\b"))
# On a bridge or a roof, told as the whole short text ("я на мосту", "я зараз на даху"): danger (uk.toml has "стою на мосту");
# "я на мосту біля Біедронки, куди далі?" asks the way and is not.
ON_THE_EDGE = (SHORT_BARE,
               re.compile(r"^(?:\w+\s+){0,1}?(?:я|ми|мы)\s+(?:(?:зараз|вже|тут|сейчас|уже|вже\s+тут|сиджу|стою)\s+){0,2}на\s+"
                          r"(?:мосту|даху|краю|крыше|мосту)(?:\s+(?:вже|уже|зараз|сейчас))?$"))
# A rattling breath with something wrong ("тато хрипить щось не то", "хрипит и не отвечает"): danger together; a wheeze asked
# about ("у дитини хрипить в грудях, чи є педіатр?") is not.
WHEEZING = (re.compile(r"\bхрип\w*"),
            re.compile(r"\b(?:щось|шось|что-то|что\s+то)\s+не\s+(?:то|так)\b|\bне\s+(?:реагу\w*|відповіда\w*|отвечает|реагирует)\b"
                       r"|\bсині\w*|\bсине\w*|\bзадиха\w*|\bзадыха\w*"))
# A door being broken in ("дверь выбивает", "ламає двері", "виламує двері"): danger; a door broken and mended in the past
# ("вибили двері минулого року, чи є допомога на ремонт") is not (a past verb).
DOOR_BROKEN = (re.compile(r"\b(?:вибиває|вибивают|вибивает|вибивають|виламує|виламують|выламывает|виламиваєт|ламає|ламають|ломає|ломают"
                          r"|ламає|висаджує|вышибает|вишибает)\s+(?:\w+\s+)?(?:двер\w*)"
                          r"|\bдвер\w*\s+(?:\w+\s+)?(?:вибиває|вибивают|вибивает|вибивають|виламує|виламують|ламає|ламають|ломає|ломают"
                          r"|висаджує|вышибает|вишибает)\b"),)
# Someone old who has not opened or answered for days ("сусідка бабця третій день не відкривае"): danger together, as
# UNREACHABLE's someone old; "бабця не відкриває, мабуть спить" (no time) is not.
OLD_UNREACHABLE = (re.compile(UNREACHABLE[0].pattern + r"|\bне\s+(?:откр\w*|отвеча\w*|берет\s+трубк\w*)"),
                   # in Russian too ("бабушка третий день не открывает")
                   re.compile(UNREACHABLE[1].pattern + r"|\b(?:второй|третий|третью|несколько|два|три)\s+(?:день|дня|дней|суток|сутки)\b"),
                   re.compile(r"\b(?:бабц\w*|бабус\w*|бабуш\w*|дідус\w*|дід|діда|дедушк\w*|старенька|старенький|стареньк\w*)\b"))
# Someone unreachable since a time with the door shut or the dog howling ("мама … з учора не бере трубку, двері закриті,
# собака виє всю ніч"): danger together; the office unanswered and shut ("ваш телефон не відповідає з ранку, двері
# зачинені") is not.
SHUT_AND_SILENT = (re.compile(r"^(?!.*\b(?:ваш\w*|офіс\w*|опс|ops|центр\w*|опік\w*|гміна|гміни|урзонд\w*|(?:ви|вы)\s+не)\b)"),
                   UNREACHABLE[0], UNREACHABLE[1],
                   re.compile(r"\bдвері\s+(?:\w+\s+)?(?:закриті|зачинені|замкнені|заперті|закрито|зачинено)\b|\bсобака\s+(?:\w+\s+)?(?:виє|скавчить|гавкає)"))
# A child alone out in the frost ("дитина одна на морозі біля магазину"): CHILD_ALONE's child alone, with the frost.
CHILD_IN_FROST = (re.compile(CHILD_ALONE[0].pattern + r"|\b(?:малий|мала|малого|малу|ребен\w*|мальчик\w*|хлопчик\w*|малыш\w*|син|сын)"
                             r"\s+(?:\w+\s+)?(?:сам|сама|один|одна)\b"),
                  re.compile(r"\bна\s+(?:морозі|холоді|морозе|холоде)\b"))
# Nobody needs the writer, and let it be so ("нікому я не потрібна хай буде так", "мені вже все одно"): danger together;
# "нікому я не потрібна, чи є клуб для літніх?" (no resignation) is not.
NOBODY_LET_BE = (re.compile(r"\bнікому\s+(?:\w+\s+){0,3}?не\s+(?:потрібн\w*|потрібен)|\bникому\s+(?:\w+\s+){0,3}?не\s+(?:нужн\w*|нужен)"),
                 re.compile(r"\b(?:хай|нехай|пусть)\s+(?:так\s+)?(?:і\s+|и\s+)?(?:буде|будет)\b|\b(?:мені|мне)\s+(?:вже\s+|уже\s+)?"
                            r"(?:все|всё)\s+(?:одно|равно)\b"))
# Someone blue in the cold ("у бабусі в хаті нема опалення вона синя", "холодно, малий посинів"): danger together; a blue coat
# or cold alone is not.
COLD_BLUE = (re.compile(r"\bнема\w*\s+(?:\w+\s+)?(?:опален\w*|тепла|чим\s+топити)|\bне\s+(?:\w+\s+)?(?:топ\w*|гріє|греет)\b|\bхолод\w*"
                        r"|\bмороз\w*|\bмерзн\w*|\bмінус\s+\d"),
             re.compile(r"\b(?:вона|він|дитина|малий|мала|малюк|губи|руки|ноги|пальці|она|он|ребенок)\s+(?:вже\s+|уже\s+|вся\s+|весь\s+"
                        r"|зовсім\s+|совсем\s+)?(?:синя|синій|сині|синіє|синіють|посиніла|посинів|посиніли|синяя|синий|синие|посинела"
                        r"|посинел|посинели)\b|\bпосинів\b|\bпосиніла\b|\bпосиніли\b"))
# A killing told as what he says he will do ("кричить шо задушить", "сказав що … він мене задушить", "грозится что зарежет"):
# danger; "ця спека мене задушить" (nobody saying it) is not.
KILL_SAID = (re.compile(r"\b(?:кричить|каже|казав|сказав|сказала|погрожує|обіцяє|пообіцяв|пише|написав|кричит|говорит|сказал|обещает"
                        r"|грозиться|грозится)\s+(?:\w+\s+){0,2}?(?:що|шо|что)\s+(?:\w+\s+){0,8}?(?:задушить|заріже|зарiже|поріже|заріже"
                        r"|зарубає|порубає|застрелить|спалить|приб'є|задушит|зарежет|порежет|застрелит|прибьет|убьет|вб'є|уб'є|вбє|убє"
                        r"|повісить|втопить|утопить)\b"),)
# Sleeping in a car or outdoors now, with children, put out, or in frost ("Я вже в машині ночую з дітьми третю ніч, хазяїн
# вигнав, сьогодні -10"): danger together; a night in the car on a trip, nothing else told, is not.
SLEEPING_OUT = (re.compile(r"\b(?:ночу\w*|сплю|спимо|спим|ночевать|ночуем)\s+(?:\w+\s+){0,3}?(?:в|у|на)\s+(?:машин\w*|авто"
                           r"|автомобіл\w*|вулиц\w*|улиц\w*|вокзал\w*|підвал\w*|під'їзд\w*|подъезд\w*|лавц\w*)"
                           # living in a car, not in a street by its name ("живемо на вулиці Шкільній з дітьми" is an address)
                           r"|\b(?:живу|живемо|живем|живем)\s+(?:\w+\s+){0,3}?(?:в|у)\s+(?:машин\w*|авто|автомобіл\w*|вокзал\w*|підвал\w*)"
                           r"|\b(?:в|у|на)\s+(?:машин\w*|авто|вулиці|вокзалі|улице)\s+(?:\w+\s+){0,3}?(?:ночу\w*|сплю|спимо|ночуем)\b"),
                re.compile(r"\bмінус\s+\d|\bмороз\w*|\bхолодно\b|\bвигнав\w*|\bвигнали\b|\bвыгнал\w*|\bвигнал\w*"
                           r"|\b(?:з|із|с)\s+(?:\w+\s+)?(?:дітьми|дитиною|малими|малим|малою|детьми|ребенком)\b"))
# A farewell with the writer's decision that it is best so ("Я вирішила що так буде краще для всіх. Прощайте"): danger together;
# a move decided ("вирішила переїхати до сестри, так буде краще, прощавайте") names what was decided and is not.
DECIDED_FAREWELL = (re.compile(r"\b(?:вирішил\w*|решил\w*|вирішив)\s+(?:що|шо|что)\s+так\s+(?:буде|будет)\s+(?:краще|лучше)\b"),
                    re.compile(r"\b(?:прощайте|прощавайте|прощай|прощаюсь|прощаюся)\b"))
# Not being there after a time, with someone entrusted ("завтра мене вже не буде. Подбайте про Мішу"): danger together; not
# being at home or at work ("завтра мене не буде вдома, подбайте про ключі") is not.
NOT_THERE_ENTRUSTED = (re.compile(r"\bмене\s+(?:(?:вже|більше|скоро|уже|просто)\s+)*не\s+буде\b(?!\s+(?:в|у|на|вдома|дома|до|з|із|о|після"
                                  r"|кілька|тиждень|два|три|цілий|весь|\d))|\bменя\s+(?:(?:уже|больше|скоро)\s+)*не\s+будет\b"
                                  r"(?!\s+(?:в|на|дома|до|с|после|\d))"),
                       re.compile(r"\b(?:подбайте|подбай|потурбуйтеся|доглядайте|доглянте|бережіть|позаботьтесь|позаботьтеся|присмотрите)\s+"
                                  r"(?:про|за|о|об)\b"),
                       # away for a while ("мене не буде, подбайте про маму поки я в лікарні") is not
                       re.compile(r"^(?!.*\b(?:поки|доки|пока|повернусь|повернуся|вернусь|лікарн\w*|больниц\w*|відрядженн\w*|виїжджаю|їду"
                                  r"|поїду|уїжджаю|уезжаю|відпустк\w*|отпуск\w*)\b)"))
# Everything given away and a letter left for someone ("Я вже все роздала, листа залишила для доньки на столі"): danger
# together; things given away with no letter, or a letter left at the office, is not.
LETTER_LEFT = (re.compile(r"\b(?:все|усе|всё)\s+(?:вже\s+|уже\s+)?(?:роздала|роздав|роздали|раздала|раздал|віддала|віддав)\b"
                          r"|\b(?:роздала|роздав|раздала|раздал)\s+(?:все|усе|всё|свої\s+речі|свои\s+вещи)\b"),
               re.compile(r"\b(?:листа|лист|записку|письмо)\s+(?:\w+\s+){0,2}?(?:залишила|залишив|лишила|лишив|оставила|оставил|написала"
                          r"|написав)\s+(?:\w+\s+)?(?:для|на\s+столі|доньці|дочці|сину|синові|дітям|чоловіку|мамі|рідним|на\s+столе)\b"
                          r"|\b(?:залишила|залишив|лишила|оставила|оставил)\s+(?:\w+\s+)?(?:листа|лист|записку|письмо)\s+(?:\w+\s+)?"
                          r"(?:для|на\s+столі|доньці|дочці|сину|синові|дітям|чоловіку|мамі|рідним|на\s+столе)\b"))
# A medicine run out with the mind going ("інсулін закінчився вчора, вона … плутає слова"): danger together; a prescription
# asked for, or a medicine out with no sign ("ліки закінчились, де взяти рецепт?"), is not.
MEDICINE_OUT = (re.compile(r"\b(?:інсулін\w*|инсулин\w*|ліки|ліків|лекарств\w*|таблетки|таблеток)\s+(?:\w+\s+)?(?:закінчи\w*|скінчи\w*"
                           r"|закончи\w*|нема\w*|немає|нет)\b|\bнема\w*\s+(?:\w+\s+)?(?:інсулін\w*|инсулин\w*)"),
                re.compile(r"\bплута\w*\s+(?:\w+\s+)?(?:слова|мову)|\bпутает\s+слова|\bзаговорю\w*|\bне\s+впізна\w*|\bвтрача\w*\s+свідом\w*"
                           r"|\bнепритомн\w*|\bтеря\w*\s+сознани\w*|\bне\s+реагу\w*"))
# Round twenty-six (long stories telling a danger now without alarm words; texts about someone else, by kin abroad,
# neighbours, friends). Kin by their word, in the cases a story uses (a sign of the readings below).
_KIN = (r"(?:мама|мами|маму|мамі|мати|матір|батько|батька|батка|батьку|тато|тата|татові|бабус\w*|бабц\w*|бабуш\w*|дідус\w*|дід|діда"
        r"|дедушк\w*|тітк\w*|тьот\w*|дядьк\w*|дядь\w*|брат|брата|братом|сестр\w*|мать|отец|отца|папа|папу)")
# Kin who have not answered or cannot be reached since a day or for days, with the writer far away, an illness named, the
# phone off, living alone, or a look asked for ("мама не відповідає на телефон вже третій день а в неї цукровий діабет …
# чи може хтось піти подивитись", "не можу додзвонитись до батька вже 4 дні, телефон вимкнений", "mama ne vidpovidaje z
# ponedilka … Please check on her"): danger together. The office unanswered, or kin unanswered with no such sign ("мама не
# відповідає з понеділка, образилась"), is not.
KIN_UNREACHABLE = (re.compile(r"^(?!.*\b(?:ваш\w*|офіс\w*|опс|ops|центр\w*|опік\w*|гміна|гміни|урзонд\w*|(?:ви|вы)\s+не)\b)"),
                   re.compile(r"\b" + _KIN + r"\b"),
                   re.compile(UNREACHABLE[0].pattern + r"|\bне\s+(?:можу|можемо|могу)\s+(?:\w+\s+)?(?:додзвонит\w*|дозвонит\w*|зв'язатис\w*"
                              r"|достукат\w*)"),
                   re.compile(UNREACHABLE[1].pattern + r"|\b(?:від|з|із|зі|с|со)\s+(?:вівторка|середи|четверга|п'ятниці|пятниці|вторника"
                              r"|среды|четверга|пятницы|субботы|воскресенья|понедельника)\b"),
                   re.compile(r"\bдіабет\w*|\bдиабет\w*|\bсерц\w*|\bтиск\w*|\bінсулін\w*|\bхвор\w*|\bінсульт\w*|\bтелефон\s+(?:\w+\s+)?вимкнен\w*"
                              r"|\bвимкнен\w*\s+телефон|\bсвітла\s+(?:\w+\s+){0,2}?нема\w*|\bживе\s+(?:\w+\s+){0,3}?(?:сама|сам|одна|один)\b"
                              r"|\b(?:перевір\w*|подивит\w*|провіда\w*|сходит\w*|навідат\w*|справдз\w*|чецк|check|sprawdz\w*)"
                              r"|\b(?:я|ми)\s+(?:\w+\s+)?(?:в|у|з|із)\s+(?:німеччин\w*|україн\w*|чехі\w*|італі\w*|англі\w*|нідерланд\w*|франці\w*"
                              r"|ірланді\w*|норвегі\w*|іспані\w*)\b"))
# Cold at home with someone frail (a great age, a baby of months) and a sign of what the cold does to them ("мамі 81 рік …
# руки холодні як лід … до ранку вона так не витримає", "дідусь 84 роки … пічка зламалась а там мороз -15 … руки не
# гнуться", "дитині пів року … вона вже не плаче а тільки тихенько сопе"): danger together. Cold and an old age with help
# asked ("мамі 81 рік, в хаті холодно, чи є допомога на вугілля?"), or sitting in a coat indoors ("бабуся … цілий день сидить
# в куртці", dev22), is the heating text as before.
_COLD_NOW = (r"\bхолод\w*|\bмороз\w*|\bмінус\s+\d|\bнуль\s+градус\w*|\bне\s+(?:\w+\s+)?(?:топ\w*|гріє|горить)\b"
             r"|\b(?:пічк\w*|піч|котел|опаленн\w*|батаре\w*|грубк\w*)\s+(?:\w+\s+)?(?:зламал\w*|не\s+працює|не\s+горить|не\s+гріє)"
             r"|\b(?:вугілля|дрова|газ|опал)\s+(?:\w+\s+)?(?:скінчил\w*|закінчил\w*)|\bнема\w*\s+(?:\w+\s+)?(?:світла|опалення|вугілля|дров)\b"
             r"|\b(?:світла|опалення|вугілля|дров)\s+(?:\w+\s+)?нема\w*")
COLD_TELLS = (re.compile(_COLD_NOW),
              re.compile(r"\b(?:[7-9]\d|1[01]\d)\s+(?:р|рік|роки|років|лет|года)\b|\bпів\s+року\b|\b\d+\s+місяц\w*|\bнемовл\w*|\bгрудн\w*"
                         r"|\bдідус\w*|\bбабус\w*|\bстареньк\w*"),
              re.compile(r"\bруки\s+(?:\w+\s+)?(?:не\s+гнуться|холодні|крижані|задубіли|посиніли)|\bтрусить\b|\bтрясе\b|\bтрясеться\b"
                         r"|\bледве\s+(?:ходить|дихає|говорить|рухається)|\bне\s+витримає\b|\b(?:вже\s+)?не\s+плаче\s+(?:а|і)\s+тільки"
                         r"|\bвже\s+не\s+говорить\b|\bсопе\b"))
# Someone lightly dressed out in the frost with a sign of distress ("двоє малих дітей бігають по подвір'ю босі в піжамах,
# мороз, дорослих не видно вже годину", "плаче на балконі вже годину, в одній футболці, а мороз", "ходить по вулиці вночі в
# халаті і не знає де її дім"): danger together; a dash out in slippers told and over ("вибіг в тапках на мороз по пошту")
# has no such sign.
UNDRESSED_IN_FROST = (re.compile(r"\bбос(?:а|ий|і|ими|оніж\w*)\b|\bв\s+(?:піжам\w*|халаті|нічній\s+сорочці|одній\s+футболці|одних\s+шкарпетках"
                                 r"|одній\s+сорочці|тапках|капцях)\b|\bроздягнен\w*|\bбез\s+(?:куртк\w*|взуття|верхнього\s+одягу)"),
                      re.compile(r"\bмороз\w*|\bмінус\s+\d|\bсніг\w*|\bзамерз\w*|\bхолодно\b"),
                      re.compile(r"\bплач\w*|\bкрич\w*|\bне\s+знає\s+де|\bдорослих\s+не\s+видно|\bнікого\s+(?:\w+\s+)?(?:нема|не\s+видно)"
                                 r"|\bдеменц\w*|\bвже\s+годину\b|\bцілу\s+годину\b|\bне\s+відповіда\w*"))
# Someone lying outdoors in the snow or frost and not answering ("лежить біля сараю на снігу, гукав - не відповідає"):
# FROST_OUTDOORS's lying with no answer, the frost unnamed.
LYING_OUT_SILENT = (FROST_OUTDOORS[0],
                    re.compile(r"\bне\s+(?:відповіда\w*|рухає\w*|ворушит\w*|встає|реагу\w*|отвечает|двигается)\b"))
# Someone lying still for long, not seen for days ("не була 2 неділі … видно як вона лежить на дивані в одному положенні вже
# довго"): danger together; lying in one position told of a bedridden person's care ("лежить в одному положенні, потрібна
# опікунка") has no time.
LYING_STILL = (re.compile(r"\b(?:лежить|лежит)\s+(?:\w+\s+){0,3}?(?:в|у)\s+одному\s+положенні|\bне\s+(?:рухається|ворушиться)\b"),
               re.compile(r"\bвже\s+довго\b|\bдавно\b|\b(?:\d+|два|дві|три|кілька|декілька)\s+(?:дн\w*|доб\w*|неділ\w*|тижн\w*|годин\w*)\b"
                          r"|\b(?:з|від)\s+(?:ранку|учора|вчора)\b"))
# Someone gone who asks not to be looked for, with an apology or despair ("мамо пробач, я більше не можу, не шукайте"):
# danger together; "не шукайте мене в офісі, я прийду сама" is not.
NOT_TO_BE_FOUND = (re.compile(r"\bне\s+(?:шукайте|шукай|ищите|ищи)\b"),
                   re.compile(r"\b(?:пробач\w*|прости\w*|вибач\w*|прощ\w*|простите)\b|\bбільше\s+не\s+можу\b|\bне\s+можу\s+більше\b"
                              r"|\bтелефон\s+(?:\w+\s+)?вимкнен\w*"))
# All better without him or her, told of someone, beside an apology for everything, things signed over or no answer ("пише
# … що всім буде краще без нього, що вибачається за все … не бере трубку"): danger together, as the writer's own "без мене
# всім буде краще" is; "без нього краще, він тільки пив" with no such sign is not.
BETTER_WITHOUT_THEM = (re.compile(r"\bкраще\s+без\s+(?:нього|неї|него|нее|мене|меня)\b|\bбез\s+(?:нього|неї|него|нее)\s+(?:\w+\s+){0,2}?краще\b"),
                       re.compile(r"\bвибача\w*\s+за\s+(?:все|усе)\b|\bпрощ\w*|\bне\s+(?:бере\s+трубк\w*|відповіда\w*)"
                                  r"|\bпереписа\w*\s+(?:\w+\s+)?на\s+(?:мене|нас)\b|\bроздав\w*|\bроздала\b"))
# A threat to come and find the writer, with fear at night or steps heard ("написав … що приїде … і знайде мене … щоночі чую
# кроки біля вікна"): danger together; an official who will find the writer's papers is not.
WILL_FIND_ME = (re.compile(r"\b(?:знайде|знайдуть|найдет|найдут|дістане|достанет)\s+(?:\w+\s+)?(?:мене|нас|меня|тебе)\b"),
                re.compile(r"\bкрок\w*|\bне\s+можу\s+(?:за)?снути|\bне\s+сплю\b|\bбоюс[яь]\b|\bстрашно\b|\bтюрм\w*|\bв'язниц\w*|\bтюрьм\w*"
                           r"|\bнема\w*\s+куди\b"))
# Someone at the door who will not leave till it is opened, or trying the door at night ("сів під дверима і каже що не піде
# поки я не відчиню", "вже три ночі підряд пробує відкрити наші двері, чути як крутять ручку"): danger together with the
# banging, a means or the fear; a courier waiting at the door is not.
AT_DOOR_WONT_LEAVE = (re.compile(r"\bне\s+(?:піде|підуть|уйдет|уйдут)\s+поки\s+(?:я|ми|мы)\s+не\s+(?:відчин|відкри|откро)\w*"
                                 r"|\b(?:пробу\w*|намага\w*|пытает\w*)\s+(?:\w+\s+)?(?:відкрити|відчинити|открыть)\s+(?:\w+\s+)?двер\w*"
                                 r"|\bкрутять\s+ручку|\bкрутить\s+ручку|\bсмика\w*\s+(?:\w+\s+)?(?:ручку|двері)"),
                      re.compile(r"\bгрюка\w*|\bстука\w*|\bкрич\w*|\bбензин\w*|\bніж\w*|\bнож\w*|\bп'ян\w*|\bночі\b|\bвночі\b|\bне\s+спимо\b"
                                 r"|\bне\s+сплю\b|\bбоюс[яь]\b|\bстрашно\b|\bна\s+руках\b"))
# A woman run out into the street barefoot or in nightclothes, chased or dragged back ("вибігла на вулицю боса …, за нею
# чоловік з ременем, затягнув назад в хату"): danger together; a child run out in slippers and brought in, nobody after
# them, is not.
CHASED_OUT = (re.compile(r"\b(?:вибігла|вибіг|вибігли|выбежала|выбежал)\s+(?:\w+\s+){0,2}?(?:на\s+вулицю|надвір|на\s+двір|на\s+улицу|з\s+хати)"),
              re.compile(r"\bз\s+(?:ременем|ножем|сокирою|палкою|кулаками)\b|\bзатяг\w*\s+(?:\w+\s+)?(?:назад|в\s+хату|додому|в\s+дім)"
                         r"|\bза\s+(?:нею|ним)\s+(?:\w+\s+)?(?:чоловік|він|біг|гнався|муж)\b"))
# Blows heard beside a cry ("слышала удары и как она зовет \"не треба\"", "чула крики і удари"): danger together; blows
# heard from a building site or a game have no cry.
BLOWS_HEARD = (re.compile(r"\b(?:чула|чув|чули|чую|слышала|слышал|слышу|слишала|слишал|слишу|слишим|слишно|чути)\s+(?:\w+\s+)?(?:удари|удари|удары|удар|як\s+б'є"
                          r"|як\s+бьет|побої)\b"),
               re.compile(r"\bкрич\w*|\bзове\b|\bзовет\b|\bне\s+треба\b|\bне\s+надо\b|\bрятуйте\b|\bпомогите\b|\bплач\w*"))
# Drunk at the wheel with children or kin in the car ("дітей посадив у машину … він п'яний за кермом"): danger together;
# someone drunk at the wheel told from the news, with nobody of the writer's, is not.
DRUNK_DRIVING = (re.compile(r"\b(?:п'ян\w*|пьян\w*|випивш\w*|нетверез\w*)\s+(?:\w+\s+)?за\s+(?:кермом|рулем|рулём|кермо|руль)\b"
                            r"|\bза\s+(?:кермом|рулем|кермо|руль)\s+(?:\w+\s+)?(?:п'ян\w*|пьян\w*)"),
                 re.compile(r"\b(?:діт\w*|дитин\w*|малих|малу|малого|дети|детей|ребен\w*|сестр\w*|онук\w*)\b"),
                 re.compile(r"^(?!.*\b(?:по\s+(?:телевізору|телику|новинах)|в\s+новинах|в\s+інтернеті|бачила\s+відео)\b)"))
# A child (told by an age under 18) gone with an adult from the internet or asked by an adult to tell nobody ("донька 15
# років пішла … до якогось знайомого з інтернету, дорослого …, не каже де вона", "доньку 9 років вчитель … просить все
# видаляти … щоб прийшла завтра сама … і нікому не казала"): danger together; a child's secret of a present for the
# father has no adult.
_MINOR = (r"\b(?:донька|доньку|доньці|дочка|дочку|дочці|син|сина|синові|сину|дитина|дитину|дитині|дочь|сын|сына|сыну)\s+(?:мо\w+\s+)?"
          r"(?:[1-9]|1[0-7])\s+(?:рок\w*|років|лет|год\w*)\b")
CHILD_AND_ADULT = (re.compile(_MINOR),
                   re.compile(r"\bз\s+інтернету\b|\bиз\s+интернета\b|\bдорослого\b|\bдорослий\b|\bвзросл\w*|\bнезнайом\w*|\bвчитель\w*"
                              r"|\bтренер\w*"),
                   re.compile(r"\bне\s+каже\s+де\b|\bне\s+знаю\s+де\s+(?:вона|він)\b|\bнікому\s+не\s+(?:казала|казав|казати|говорила|говорив"
                              r"|розповідала|розповідав)\b|\bникому\s+не\s+(?:говорила|говорил|рассказывала)\b|\bвидаля\w*|\bудаля\w*"
                              r"|\bпівніч\b|\bзабрав\s+її\b"))
# The last food given to a small child, nothing left for tomorrow ("дала малій останню кашу. Завтра вже нема нічого"):
# danger together; the last parcel's food thanked for is not (no child, or food left).
LAST_FOOD = (re.compile(r"\bостанн\w*\s+(?:кашу|каші|їжу|хліб|молоко|суміш|пачку|банку|картоплю|крупу|яйце|кусок|шматок)\b"),
             re.compile(r"\bнема\w*\s+нічого\b|\bнічого\s+нема\w*|\bнема\w*\s+за\s+що\b|\bнема\w*\s+(?:\w+\s+)?грошей|\bгрошей\s+нема"),
             re.compile(r"\bмал\w*|\bдитин\w*|\bдіт\w*|\bвнучк\w*|\bонук\w*|\bвнук\w*|\b[1-6]\s+(?:рок\w*|років)\b"))
# Someone locked in with the children, told in surzhyk ("муж опять закрил мене з дітьми в комнаті, сказав вийдете коли я
# скажу"): LOCKED_IN's verb in the Russian past too, with no sign but the children or the words of who decides.
LOCKED_WITH_CHILDREN = (re.compile(r"\b(?:зачинив|замкнув|закрив|запер|закрыл|замкнул|закрил|запер|заперл\w*)\s+(?:мене|нас|меня)\s+"
                                   r"(?:з|із|с|зі)\s+(?:\w+\s+)?(?:дітьми|дитиною|детьми|ребенком|малим|малою)\b"),)
# A length of time in hours, not the office's hours ("не відповідає вже пів години").
DURATION = re.compile(r"\b(?:пів|півтори|\d+|кілька|декілька|дві|два|три|чотири|п'ять|пару)\s+годин\w*"
                      r"|\bгодин\w*\s+(?:тому|на\s+день|на\s+добу|щодня)\b|\bпівгодини\b|\bполчаса\b"
                      # round thirteen: time ago ("дві години назад"; the Russian "год назад", a year ago, is read as "години")
                      r"|\bгодин\w*\s+назад\b"
                      # round sixteen: an hour long ("стукає в двері вже годину", "не можу знайти вже годину")
                      r"|\b(?:вже|уже|цілу|ще)\s+годину\b|\bгодину\s+(?:вже|уже)\b|\b(?:більше|понад|близько)\s+години\b"
                      # round twenty-one: half an hour in Russian or surzhyk ("ходжу вже пол часа", "пів часа")
                      r"|\b(?:пол|пів|пiв)\s+(?:часа|часу|години)\b|\bполгодини\b"
                      # round twenty-five: the late hour apologised for ("Вибачте за пізню годину", "в таку пізню годину")
                      r"|\b(?:пізн\w*|поздн\w*)\s+(?:\w+\s+)?годин\w*|\bгодин\w*\s+(?:таку\s+)?пізн\w*",
                      re.IGNORECASE)
# A question's words: a thanks with one of them asks something ("що" is also "that": "дякую, що відповіли").
# Round thirteen: a part after a thanks that opens with more of what it is for ("особливо за солодке", "і за вугілля").
THANKS_MORE = re.compile(r"(?:особливо|також|а\s+також|і|й|та|ще|окремо|особенно|и)\s+за\b")
QUESTION_WORDS = frozenset(fold_uk("чи де коли як який яка яке які котрій котра скільки а але прошу куди чому "
                                   "навіщо где когда как какой сколько почему но").split())


# Round twenty-two: a letter of thanks that tells the help received and what came of it ("Дякую за вугілля, вже привезли, в
# хаті тепло нарешті", "… Соц працівниця приходила, допомогла оформити zasiłek … Зараз я вже працюю … Дякую від серця"), the
# news or wishes beside it: a thanks, whatever help it names, when it asks and requests nothing. A clause asks when it opens
# with a question's word with no past verb after it ("а коли ви працюєте", "дякую, де ви"; not the story's "коли ми
# приїхали"), or says "чи" before what is asked ("чи можна", "чи є"); a request or a need told now is a word of
# `LETTER_ASKS` ("треба", "нема", "не може", "хочу отримати"; not "хочу сказати"). Read after danger, stop and a call-back
# (`Rules.thanks_letter`): danger inside a thanks stays danger.
_OPENERS = (r"чи|де|коли|скільки|куди|котр\w*|чому|навіщо|нащо|где|когда|сколько|куда|почему|зачем|який|яка|яке|які|якому|якій"
            r"|яких|какой|какая|какие|каком|какую")
LETTER_OPENS_ASKING = re.compile(r"^(?:(?:а|і|й|та|и|ще|а\s+ще|і\s+ще|так|ну|але|но|тільки|только)\s+)?(?:(?:о|об|до|з|від|в|у|на|по|с|к)\s+)?"
                                 r"(?:" + _OPENERS + r")\b(?P<rest>.*)$|^(?:(?:а|і|й|ще|а\s+ще)\s+)?(?:як|как)\s+(?:\w+\s+)?"
                                 r"\w+(?:ти|тись|тися|ть|ться)\b(?P<how>)")
LETTER_WHETHER = re.compile(r"\b(?:чи|ли)\s+(?:\w+\s+)?(?:можна|можно|можу|можемо|можете|є|есть|буде|будуть|будет|треба|потрібно"
                            r"|нужно|надо|зможу|зможемо|могли|дадуть|дають|отримаю|отримати|ви|вам|вас|у\s+вас|працюєте)\b")
LETTER_ASKS = re.compile(r"\b(?:можна|можно|можете|можешь|прошу|просимо|просим|потрібн\w*|треба|нужн\w*|надо|запита\w*|спита\w*"
                         r"|питанн\w*|вопрос\w*|підкаж\w*|подскаж\w*|скажіть|скажите|дайте|напишіть|напишите|допоможіть|поможіть"
                         r"|помогите|передзвон\w*|перезвон\w*|зателефонуйте|наберіть|нагадайте|поясніть|пришліть|надішліть"
                         r"|нема|немає|немаэ|нет|бракує|не\s+вистачає|не\s+хватает|не\s+маю|не\s+маємо|не\s+имею|не\s+може|не\s+можу"
                         # round twenty-six: "please" before a letter's own imperative requests nothing ("Будь ласка передайте подяку")
                         r"|(?:будь|буд)\s+ласка(?![,\s]+(?:передайте|перекажіть|прийміть|бережіть|будьте|передай))|проше|пліз|пожалуйста"
                         r"|чи\s+ні|или\s+нет"
                         # a trouble told now, not the one that was ("мама хворіє", "діти голодні", "чоловік знову п'є", "відмовили")
                         r"|хворіє|хворіють|болить|болять|болеет|не\s+встає|не\s+ходить|лежач\w*|голодн\w*|відмовил\w*|відмова|отказал\w*"
                         r"|(?<!не\s)(?:п'є|пє|пьет|п'ють|пьют|бухає|пиячить|випиває)"
                         # cold, illness or fear now ("в хаті дуже холодно, діти кашляють", "мені страшно"; not "діти вже не бояться")
                         r"|холодно|мерзн\w*|замерза\w*|(?:нічим|нечем)\s+топити|топити\s+нічим|кашля\w*|температур\w*|плаче|плачуть"
                         r"|(?<!не\s)(?:боюс[яь]|боїмос[яь]|боїться|бояться|боимся|страшно)"
                         # what has not come ("я ще не отримала вугілля", "пакунок не прийшов")
                         r"|не\s+(?:отрима\w*|получи\w*|прийш\w*|прийшов|привезли|привіз|дійш\w*|дійшов|пришл\w*|пришел|дошл\w*|дошел)"
                         r"|не\s+можемо|не\s+может|не\s+могу|не\s+(?:зрозумі\w*|розумі\w*|поня\w*|понима\w*|ясно)"
                         r"|закінчил(?:ись|ися|ось|ося|ася|ась)|закінчу(?:ються|ється)|закончил(?:ись|ось|ась)"
                         r"|хотіла\s+б|хотів\s+би|хотела\s+бы|хотел\s+бы"
                         r"|(?:хочу|хочемо|хотим)\b(?!\s+(?:вам\s+|вас\s+|всім\s+)?(?:сказати|подякувати|побажати|передати"
                         r"|розповісти|поділитися|сказать|поблагодарить|пожелать|рассказать|привітати|поздравить)))\b")


# A letter: so many words at least; a shorter thanks is read by the earlier rounds' rules ("порежу салат на свята, дякую за
# продукти" stays as round twenty-one left it).
LETTER_WORDS = 8
# The thanks of a letter: THANKS_STRONG's and the thanks said ahead ("Пишу вам щоб подякувати від усієї нашої родини").
LETTER_THANKS = THANKS_STRONG | frozenset(("подякувати", "подякую", "подякуємо", "подяку", "подяка", "подякою", "вдячність", "вдячності",
                                           "поблагодарить", "благодарность"))
# Round twenty-six: nothing more needed is no request ("Нічого більше не треба, все є"); "не треба нічого залишати, я сама
# прийду" (a need denied of a thing named after it) is read as before.
NOTHING_NEEDED = re.compile(r"\b(?:нічого|ничего)\s+(?:більше\s+|больше\s+|вже\s+|уже\s+)?не\s+(?:треба|потрібно|нужно|надо)\b")
# Round twenty-six: what is told as owed to the office ("Це завдяки вам і людям з гміни", "благодаря вам") is a thanks word of
# a letter; "завдяки" alone ("завдяки чому …") is not.
THANKS_TO_YOU = re.compile(r"\b(?:завдяки|благодаря)\s+(?:вам|вашій|вашому|вашим|вашей|вашему|пані|вашої)\b")
# A time clause after a comma ("… від кожного звуку, коли літак пролітає"), not the question after a thanks ("Дякую, коли
# ви працюєте").
_WHEN_LATER = frozenset(("коли", "когда", "як", "как"))


def thanks_letter_uk(body: str) -> bool:
    """Round twenty-two: a thanks (a thanks word, no "?") whose every clause tells and none asks or requests."""
    folded = fold_uk(body)
    if "?" in body or len(folded.split()) < LETTER_WORDS or not (LETTER_THANKS & set(folded.split()) or THANKS_TO_YOU.search(folded)):
        return False
    folded = NOTHING_NEEDED.sub(" ", folded)  # round twenty-six
    if LETTER_ASKS.search(folded) or LETTER_WHETHER.search(folded):
        return False
    return not _requested(folded) and not _opens_asking(body)


def _opens_asking(body: str) -> bool:
    """A clause opened by a question's word with no past verb after it ("а коли ви працюєте", "куди звернутись"); "коли" or
    "як" after a comma is a time's or a manner's clause ("…, коли літак пролітає"), but after a thanks ("Дякую, коли …")."""
    for sentence in re.split(r"[.;!\n]+", body):
        before = None
        for clause in re.split(r"[,:]+", sentence):
            words = fold_uk(clause)
            opened = LETTER_OPENS_ASKING.match(words)
            if opened and (opened.group("how") is not None or not _past_told(opened.group("rest"))) and not (
                    before is not None and words.split()[0] in _WHEN_LATER and not LETTER_THANKS & set(before.split())):
                return True
            before = words
    return False


# The imperatives of a thanks letter, which request nothing ("передайте пані … спасибі", "бережіть себе", "будьте здорові").
LETTER_IMPERATIVES = frozenset(("передайте", "вибачте", "пробачте", "простіть", "прийміть", "бережіть", "будьте", "живіть", "знайте",
                                "вітайте", "обіймаю", "передай", "простите", "примите", "берегите", "будьте", "вибач", "прости"))


def _requested(folded: str) -> bool:
    """An imperative among the words ("уточніть", "подайте адрес", "наберіть мене"), but a letter's own ("передайте привіт")."""
    morph = _morph()
    # the plural ("-те") only: "прийшли" is "they came" more often than "send"
    return morph is not None and any(w.endswith("те") and w not in LETTER_IMPERATIVES and any(p.tag.POS == "VERB" and "impr" in p.tag
                                                                          for p in morph.parse(w)[:1]) for w in folded.split())


def _past_told(words: str) -> bool:
    """A verb in the past tense among the words ("ми у березні приїхали"), by pymorphy3."""
    morph = _morph()
    return morph is not None and any(any(p.tag.POS == "VERB" and "past" in p.tag for p in morph.parse(w)[:2]) for w in words.split())


def known_word_uk(word: str) -> bool:
    """A word of pymorphy3's Ukrainian dictionary (False without the dictionary)."""
    morph = _morph()
    return morph is not None and morph.word_is_known(word)


def signature_uk(body: str) -> int | None:
    """Where a signature at the end starts: the last words after the last sentence mark, each a name,
    surname or patronymic (pymorphy3), "Ваша"/"Ваш", or "з <place>" ("Ваша Марія Іванівна з Говажева").
    Round nineteen: or, with no mark before it, a first name and a patronymic or surname that end the text ("… БЕРЕЖЕ ВАС І
    ПОЛЬЩУ ВАЛЕНТИНА ПЕТРІВНА", a text typed without punctuation)."""
    return _signed_after_mark(body) or _signed_unmarked(body)


# Round nineteen: the two or three names that end a text typed without punctuation, the first a first name, the last a
# patronymic or a surname (looked for in the text's last 80 characters).
_NAME_WORD = re.compile(r"[\w'’ʼ]+")


# Round twenty-one: a first name after a word of kin, as the old sign ("… храни вас господь баба галя", "тьотя Надя").
SIGNING_KIN = frozenset(("баба", "бабуся", "бабця", "бабка", "бабушка", "дід", "дідусь", "дідо", "дедушка", "тьотя", "тітка",
                         "тетя", "дядя", "дядько"))


def _signed_unmarked(body: str) -> int | None:
    morph = _morph()
    start = max(0, len(body) - 80)
    found = list(_NAME_WORD.finditer(body, start))[-3:]
    if morph is None or len(found) < 2 or re.search(r"\w", body[found[-1].end():]):
        return None
    kin, name = found[-2], found[-1]
    if kin.group(0).lower() in SIGNING_KIN and body[kin.end():name.start()].isspace() and _first_name_only(morph, name.group(0)):
        return kin.start()
    for names in (found, found[1:]):  # three names, then two
        if len(names) < 2 or not all(body[a.end():b.start()].isspace() for a, b in zip(names, names[1:])):
            continue
        words = [m.group(0).lower() for m in names]
        first = {g for p in morph.parse(words[0]) for g in p.tag.grammemes}
        last = {g for p in morph.parse(words[-1]) for g in p.tag.grammemes}
        if "Name" in first and {"Patr", "Surn"} & last and all(is_name(w) for w in words):
            return names[0].start()
    return None


def _first_name_only(morph, word: str) -> bool:
    return is_name(word.lower()) and any("Name" in p.tag.grammemes for p in morph.parse(word.lower()))


def _signed_after_mark(body: str) -> int | None:
    # round seventeen: an initial's dot is part of the signature ("З повагою, Л. І. Коваль")
    marks = [m.end() for m in re.finditer(r"[.!,;:\n]", body.rstrip(" .!\n"))
             # round twenty-one: initials written together ("В.І.К.")
             if not (body[m.start()] == "." and re.search(r"(?:^|[\s.])\w$", body[:m.start()]))]
    start = marks[-1] if marks else 0
    words = re.findall(r"[\w'’ʼ]+", body[start:])
    if not words or len(words) > 5 or not body[start:].strip():
        return None
    named, initials, i = False, 0, 0
    while i < len(words):
        word = words[i].lower()
        if word in ("з", "із", "зі") and i + 1 < len(words):
            i += 2
            continue
        if word in ("ваша", "ваш") or word in SIGNING_KIN or len(word) == 1 and word.isalpha():  # round seventeen: an initial
            initials += len(word) == 1
            i += 1
            continue
        if not is_name(word):
            return None
        named, i = True, i + 1
    # round twenty-one: or initials alone, two or three ("Зі щирою повагою, В.І.К.")
    return start if named or 2 <= initials == len(words) <= 3 else None


def _extra_words() -> dict[str, tuple[str, ...]]:
    # read as a text is read (round thirteen: "лучше бы меня не было" with "було", as `prepare_uk` reads "было")
    words = {name: tuple(RUSSIAN_WAS.sub(_russian_was, w).translate(RUSSIAN) for w in items.split("|"))
             for name, items in RUSSIAN_WORDS.items()}
    for name, items in WRITTEN_WORDS.items():
        words[name] = (*words.get(name, ()), *items.split("|"))
    return words


UKRAINIAN = Rules(
    # Phrases of danger with words between, as on the phone ("не відчиняє 3 дні", "б'є ... дітей").
    code="uk", matcher=partial(UkrainianMatcher, gapped=("danger",)), fold=fold_uk, is_generic=is_generic_uk,
    thanks_extra=THANKS_EXTRA, thanks_strong=THANKS_STRONG, stop=STOP_PATTERN, stop_word=STOP_WORD,
    start=START_PATTERN, privacy=PRIVACY_PATTERN, callback=CALLBACK_PATTERN, callback_not=CALLBACK_NOT,
    day_words=DAY_WORDS, relative_days=RELATIVE_DAYS, abbreviations=ABBREVIATIONS, keyword_topics=KEYWORD_TOPICS,
    weak_help=WEAK_HELP, visit=VISIT, keywords=KEYWORDS, left_out_hint="Інше: надішліть окремо {keywords}.",
    closed="не працює", next_working_day="у найближчий робочий день центру", office_phone="OPS: тел. {telefon}.",
    prepare=prepare_uk, negation="не", not_understood=frozenset({"розумію", "зрозуміло", "ясно", "знаю", "допомогло",
                                                                    # round twenty-two: "я нічого не зрозуміла"
                                                                    "зрозуміла", "зрозумів", "зрозуміли", "поняла", "понял", "поняли"}),
    clock=CLOCK,
    extra_words=_extra_words(),
    # round eight: a thanks with what it is for ("дякую пані Марті за допомогу", "дякую, що відповіли"), signed
    # round twelve: and whom it is for by what they did ("дякую … всім, хто мені допоміг з документами")
    thanks_for=("за", "що", "допомогли", "допомогла", "допоміг", "помогли", "помогла", "хто", "кто"), thanks_opening=True, question_words=QUESTION_WORDS, signature=signature_uk,
    first_name=is_name, address_words=frozenset(fold_uk("пані пан пане панові пани").split()),
    when_leads=frozenset(("коли", "когда")), duration=DURATION, in_passing=IN_PASSING, known_word=known_word_uk,
    date=DATE, months=MONTHS,
    # round ten: a job lost through drinking, beside the addiction named, says no more than it ("п'є …, втратив
    # роботу через це … комісія"); "коли" anywhere beside coming or collecting asks for the hours ("коли можна забрати")
    weak_beside_addiction=WEAK_BESIDE_ADDICTION, when_asks=frozenset(("коли", "когда")),
    # round ten: another office's matter (uk.toml's `elsewhere`, as the Polish line's): "де зробити закордонний паспорт",
    # "коли ZUS перерахує пенсію" get the keyword list, not the address or help
    other_offices="elsewhere", office_papers=OFFICE_PAPERS,
    # round sixteen: ZUS named beside its matter ("ЗУС пенсія польська мені належить?") is that matter's office, not 800+ (as
    # the Polish line's); papers carried in beside the hours are what the visit is for ("принести документи на засілок")
    other_office_names=frozenset(("зус", "zus", "крус", "krus")), errand=ERRAND, amount_elsewhere=AMOUNT_ELSEWHERE,
    # round ten: what arrived, before or after the verb, beside a thanks ("отримала вугілля, дякую", "пакунок прийшов")
    arrived=ARRIVED, arrived_after=True,
    # round eleven: a worker coming to someone's home ("щоб до мами приходила соціальна працівниця"): the help of a visit
    worker_visit=WORKER_VISIT,
    # round eleven: the office by its popular name ("пані з опіки", as the Polish "z opieki"): weak help, no care asked for
    office_names=frozenset(("опіка", "опіки", "опікі", "опіку", "опіці", "опека", "опеки", "опеку")),
    cry=CRY,  # round eleven
    advert=ADVERT, come=COME, danger_together=(*DESPAIR_WITH_MEANS, CHILD_ALONE, NO_SENSE, NOT_WAKING, HIDING, FAREWELL, COLD_HUNGRY, UNREACHABLE, GONE,
                                             FEVER, COLD_FRAIL, HUNGER_DAYS, ALONE_IN_DISTRESS, FAREWELL_SENT,  # round twelve: these five
                                             POISONED,  # round thirteen
                                             NEGLECTED_OLD,  # round fourteen
                                             RAGING_NOW, NO_WAY_HOME, SOMEONE_TO_KNOW, NEVER_SEEN,  # round fifteen
                                             LOST, CANNOT_GET_UP, BANGING,  # round sixteen
                                             NIGHT_NOW, IF_SILENT, NOT_WAKING_UP,  # round seventeen
                                             DRUNK_FIGHTING, END_THREATENED, HARM_THREATENED, SHUT_OUT, NOWHERE_TONIGHT,  # round eighteen
                                             LIMB_GONE, CANNOT_WAKE, PILLS_SWALLOWED, HE_HEARS, HE_CAME_QUIET, FLEEING_WITH_CHILDREN,  # round nineteen
                                             NOT_SEEN_OUT, DRUNK_WITH_BABY,  # round twenty-one
                                             BURDEN,  # round twenty-two
                                             LOVE_PASSED_ON, NO_SENSE_WITH_MEANS, LAST_WORD_WITH_MEANS, STOVE_FUMES, TRAPPED_QUIET,
                                             LOCKED_IN, HE_HEARS_DECLINED, BEDRIDDEN_UNTENDED, FROST_OUTDOORS, CHILD_GONE, ROPE_TAKEN,
                                             CHILDREN_TAKEN, BURIAL_THREATENED,  # round twenty-three
                                             STALKED, NOTHING_TO_EAT_DAYS,  # round twenty-four
                                             CAME_AGAIN, HARM_ELIDED, LIVE_NO_MORE, END_IT_WANTED, FAREWELL_FORGIVE, PHONE_TAKEN,
                                             ON_THE_EDGE, WHEEZING, DOOR_BROKEN, OLD_UNREACHABLE, SHUT_AND_SILENT, CHILD_IN_FROST,
                                             NOBODY_LET_BE, COLD_BLUE, KILL_SAID, SLEEPING_OUT, DECIDED_FAREWELL,
                                             NOT_THERE_ENTRUSTED, LETTER_LEFT, MEDICINE_OUT,  # round twenty-five
                                             KIN_UNREACHABLE, COLD_TELLS, UNDRESSED_IN_FROST, LYING_OUT_SILENT, LYING_STILL,
                                             NOT_TO_BE_FOUND, BETTER_WITHOUT_THEM, WILL_FIND_ME, AT_DOOR_WONT_LEAVE, CHASED_OUT,
                                             BLOWS_HEARD, DRUNK_DRIVING, CHILD_AND_ADULT, LAST_FOOD, LOCKED_WITH_CHILDREN),  # round twenty-six
    still=STILL, thanks_more=THANKS_MORE,  # round thirteen
    thanks_letter=thanks_letter_uk,  # round twenty-two
    # round twelve: a "не" ends with its sentence ("нічого не хочу. краще б мене не було" is danger)
    danger_by_sentence=True,
)
