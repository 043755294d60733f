"""The call flow: the menu tree as data, and pure functions from (state, input, time) to a Step.

Nothing here knows HTTP or TwiML. The same flow serves the voice webhooks, the
console simulator and the staff preview, so the caller's experience is
defined in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Mapping

from ivr.common.callerid import CAN_CALL_BACK, CAN_TEXT, PHONE, WITHHELD, phone_kind, written_groups
from ivr.call.catalogue import Catalogue, number_groups_of
from ivr.call.content import KEY_WORDS, Content
from ivr.call.notices import active_notices, coming_closures, untranslated_on
from ivr.call.languages import DEFAULT as DEFAULT_LANGUAGE, LANGUAGES
from ivr.call.phrases import day_sentence, status_prompt_id
from ivr.call.schedule import Schedule, to_warsaw
from ivr.call import senses as said_in_place, understand_uk
from ivr.spoken.inflection import _morfeusz, readings
from ivr.call.understand import (EXACT, GENERIC_WEIGHT, STOPWORDS, THRESHOLD, Match, Matcher, Sayings, best_of, fold,
                                 last_of, lemmas, shared_sayings, words_and_folds)

# Keys that mean the same in every menu (callers.md).
PERSON_KEY, BACK_KEY, REPEAT_KEY, SLOWER_KEY = "0", "*", "9", "7"
# "wolniej", "za szybko", "nie nadążam", "głośniej" or key 7: the last item again, slowly; the
# rest of the call stays slow (issue 25). Louder would clip on a phone line; slower helps more.
SLOWER = "slower"
RESERVED = {PERSON_KEY: "person", BACK_KEY: "back", REPEAT_KEY: "repeat", SLOWER_KEY: SLOWER}
MISSES_BEFORE_HELP = 3  # the third miss connects a person, or gives the numbers
# Below this Twilio speech confidence a recognised word is not trusted.
MIN_SPEECH_CONFIDENCE = 0.25
MAX_HINTS = 100  # Twilio's limit of hint phrases
REMEMBERED_ITEMS = 512  # item steps a Line keeps (about 20 items x their rounds x the minutes of a busy spell)
OWN_HINTS, OTHER_HINTS = 10, 4  # hints from each list of the menu's own choices, and of the others


@dataclass(frozen=True)
class Menu:
    prompt: str
    options: Mapping[str, str]  # key -> node
    parent: str | None
    help: str = "help"  # the second miss: help that fits this menu
    intro: tuple[str, ...] = ()  # said before the menu when the caller comes in (not on a re-prompt)
    keys: str = ""  # after the help: only this menu's keys, in one line (default: the menu itself)


@dataclass(frozen=True)
class Item:
    prompts: tuple[str, ...]  # "@status" is the live status sentence
    parent: str


# When nobody can answer: leave a message, or ask for a call back (after reading the number back).
LEAVE_WORD, CALLBACK = "leave_word", "callback"
# After a message or a call-back request is kept: the caller may hang up, or go on.
DONE = "done"
# Choices there that do something: record a message; keep the call-back request.
RECORD, CONFIRM = "message", "confirm"
# Key 8 in the message menu: the full privacy notice (RODO art. 13), then that menu's keys again.
PRIVACY = "privacy"
# At the read-back: "nie", "to nie ten numer", or key 2: type another number on the keypad.
TYPE_NUMBER, OTHER_NUMBER = "callback_type", "other_number"
NATIONAL_DIGITS = 9  # a Polish number without +48
TYPED = "typed:"  # interpret() of a typed number: "typed:606902915"
# Said from any menu: end the call politely.
GOODBYE = "goodbye"
# Words of violence, threat, crisis or hunger: 112 first, then a person (or the helpline after hours).
DANGER = "danger"
PRESENT = "present"  # "czy ktoś jest": a person, or the hours when a day or time is named
ELSEWHERE = "elsewhere"  # matters of other offices: not understood, even beside "o której" or "gdzie"
WHO = "who"  # "kto jest", "jak się nazywa", "numer do": asking about a person is the address card
# Phrases that share a word with a list but mean nothing the line acts on ("dzwony biją", "boję się
# burzy", "przez telefon", "pieniądze z opieki"): heard whole, they cover that word (the longer
# phrase wins), so that no danger, no address card and no care item is read into them.
NOT_MEANT = "not_meant"
# Danger told from a screen, a book or long ago ("w telewizji", "w serialu", "lat temu", "dawno"):
# not the safety route at once; beside a named matter that matter, else "is anyone in danger?".
NOT_NOW = "not_now"
# What does not count as a matter beside danger told from a screen or long ago ("w grze, gdzie się
# zabijają"): these alone leave the question "is anyone in danger?".
DANGER_ONLY_BESIDE = frozenset({"danger", NOT_NOW, NOT_MEANT, "lost", "where", "when", "elsewhere"})
# Round twenty-three: asking back or again beside danger told as over is no matter that puts the danger aside.
NO_MATTER_BESIDE_DANGER = frozenset({"back", "repeat", SLOWER})
# A worker coming to the caller ("żeby pani z opieki przyszła do mnie"): beside the words of a
# person, a visit of a social worker, not a transfer.
VISIT = "visit"
# Lists that only tell other words apart: no hints for the recogniser.
NO_HINTS = frozenset({NOT_MEANT, NOT_NOW, VISIT})
# Round fifty: the named items a near word may be set aside from beside another heard whole ("przepisać" for "przepija")
FIFTY_NEAR_TOPICS = frozenset({"addiction", "social_work", "benefits", "child_benefit", "heating", "care", "programmes",
                               "food"})
# A sign that the caller is lost ("nie wiem", "halo", a second repeat in a row): the second
# one in a call reaches a person while the office is open.
LOST = "lost"
LOST_BEFORE_PERSON = 2
MERGE_BONUS = 5.0  # an alias list heard beside its destination's own words
# "Proszę powtórzyć" said (key 9 is a plain repeat, however often): said twice in a row, it is a sign of being lost.
REPEAT_SAID = "repeat_said"
# A long story the line did not understand (STORY_WORDS content words or more) may be someone in
# danger who found new words for it: the line asks once whether anyone is in danger. "Tak" or key
# 1 is the safety route; "nie" or key 2 this menu's help; silence or anything unclear the safety
# route too (a frightened caller may not answer). Only from the menus and items, where a matter
# is asked for.
DANGER_CHECK, NOT_DANGER = "danger_check", "not_danger"
STORY_WORDS = 6
# Round fifty-six: the regional and old forms of little words (Wielkopolska's "tyż" for "też", "ino" for "tylko",
# the old "jeno") count no more towards a long story than the standard ones do (folded).
FIFTY_SIX_REGIONAL_LITTLE_WORDS = frozenset({"tyz", "ino", "jino", "jeno"})
# Issue 33: the line speaks Polish and Ukrainian (ivr.call.languages); each language has its own
# Line over the same tree, and the call state carries the chosen one. Key 8 in the main menu (and
# after an item of it), or asking for the language by name ("po ukraińsku", "українською",
# "польською"), switches the rest of the call to the other language's line.
LANGUAGE_KEY = "8"
SWITCH = "lang:"  # interpret() of a switch: "lang:uk"
# Hints for the recognizer of a line's language: how its callers ask for the other one.
LANGUAGE_HINTS = {"pl": ("po ukraińsku", "ukraiński"), "uk": ("польською", "по-польськи", "польська")}
# A language named beside one of these is no request for it ("nie mówię po polsku").
NEGATIONS = frozenset({"nie", "не", "ні"})
def _negated(speech: str) -> bool:
    """A "nie"/"не"/"ні" among the words: a language named beside it is no request for it."""
    return bool(NEGATIONS & set(understand_uk.tokens(speech)))


OWN_LANGUAGE_WORDS = 5  # the most words of a reply that only names the line's own language ("вісімка я з україни")

MENUS: Mapping[str, Menu] = {
    "main": Menu("menu_main", {"1": "hours", "2": "contact", "3": "about", "4": "addiction", "5": "sms"}, None,
                 keys="keys_main"),
    "about": Menu("menu_about", {"1": "social_work", "2": "benefits", "3": "programmes", "4": "food", "5": "care"},
                  "main", "help_about", keys="keys_about"),
    # Benefits in general, then the two asked for by name.
    "benefits": Menu("menu_benefits", {"1": "child_benefit", "2": "heating"}, "main", "help_benefits",
                     ("info_benefits",), keys="keys_benefits"),
    LEAVE_WORD: Menu("menu_leave_word", {"1": RECORD, "2": CALLBACK, "8": PRIVACY}, "main", "help_leave_word",
                     keys="keys_leave_word"),
    CALLBACK: Menu("menu_callback", {"1": CONFIRM, "2": TYPE_NUMBER}, LEAVE_WORD, "help_callback",
                   keys="keys_callback"),
    TYPE_NUMBER: Menu("menu_callback_type", {}, LEAVE_WORD, "help_callback_type"),
    DANGER_CHECK: Menu("menu_danger_check", {"1": DANGER, "2": NOT_DANGER}, "main", intro=("danger_check_intro",)),
    DONE: Menu("menu_done", {}, "main"),
}
# A number that cannot be called back (hidden, abroad, premium-rate): its menu of a message has no call-back.
HIDDEN_PROMPTS = {"menu_leave_word": "menu_leave_word_hidden", "help_leave_word": "help_leave_word_hidden",
                  "keys_leave_word": "keys_leave_word_hidden"}
# Menus and the trailer match the moment and the phone (issue 24): no option that cannot work now.
NO_SMS_PROMPTS = {"menu_main": "menu_main_no_sms", "keys_main": "keys_main_no_sms"}  # a landline, a hidden or a foreign number: no key 5
AFTER_HOURS_PROMPTS = {  # key 0 leaves word instead of promising a conversation
    "menu_main": "menu_main_closed", "menu_main_no_sms": "menu_main_closed_no_sms",
    "menu_benefits": "menu_benefits_closed", "reserved_keys": "reserved_keys_closed",
    "keys_main": "keys_main_closed", "keys_main_no_sms": "keys_main_closed_no_sms", "keys_benefits": "keys_benefits_closed",
}
# Why a phone gets no SMS (key 5 there), and no call back: said, then what can be done instead.
SMS_REFUSED = {WITHHELD: "sms_hidden_number", "landline": "sms_landline", "abroad": "sms_abroad"}
CALLBACK_REFUSED = {WITHHELD: "callback_hidden", "abroad": "callback_abroad"}
ITEMS: Mapping[str, Item] = {
    "hours": Item(("@status", "@news", "info_hours"), "main"),  # @news: closures and notices of the day
    "contact": Item(("info_contact",), "main"),
    "addiction": Item(("info_addiction",), "main"),
    "social_work": Item(("info_social_work",), "about"),
    "programmes": Item(("info_programmes",), "about"),
    "food": Item(("info_food",), "about"),
    "care": Item(("info_care",), "about"),
    "child_benefit": Item(("info_child_benefit",), "benefits"),
    "heating": Item(("info_heating",), "benefits"),
    PRIVACY: Item(("privacy_notice",), LEAVE_WORD),
}
NODES = set(MENUS) | set(ITEMS)
# What interpret() says when the caller's input chose nothing here.
MISSES = ("no_input", "wrong_key", "not_understood")
# Choices that do something instead of playing a node.
SEND_SMS = "sms"
SMS_RESULTS = ("sent", "already_sent", "hidden_number", "abroad", "failed")  # sent: queued durably
# What the web layer reports after keeping a message or a call-back request.
RECORD_RESULTS = ("saved", "empty", "failed")
CALLBACK_RESULTS = ("saved", "hidden_number", "failed")
# How a transfer ended (Twilio's DialCallStatus) -> what the caller is told.
DIAL_FAILURES = {"busy": "transfer_busy", "no-answer": "transfer_no_answer"}  # anything else: transfer_failed
# Speech works as a shortcut through the whole tree: what may be asked for by name from any menu.
SHORTCUTS = (  # in the order of the hints after the menu's own words (Twilio takes 100)
    "person", DANGER, "hours", "when", "contact", "where", WHO, PRESENT, ELSEWHERE, "about", "addiction", "social_work", "benefits", "child_benefit", "heating",
    "care", "programmes", "food", SEND_SMS, *RESERVED.values(), LOST, RECORD, CALLBACK, GOODBYE,
    NOT_MEANT, NOT_NOW, VISIT,
)
# After a goodbye, "ale" or "jeszcze" (not "jeszcze raz") with more words after take it back ("dziękuję,
# ale jeszcze o zasiłek"): Line._goes_on.
# Little words of address that may go with a thanks without changing it (grammar, not vocabulary).
POLITE_LITTLE_WORDS = ("pani", "panu", "pan", "państwu", "za", "i", "a", "no", "aha", "wam", "też", "już", "kochana")
# A topic named by its own word (exact, inflection, lemma or a derivation), not a sound change or a typo:
# beside "czy jest ktoś" it says what that someone is wanted for.
NAMED_SCORE = 90.0
# When words of several choices are heard, the first class that is heard wins (docs/call-flow.md):
# danger, a person, goodbye, a named topic, a key said in words, a sign of being lost, back, repeat.
NOT_TOPICS = frozenset({DANGER, "person", WHO, PRESENT, ELSEWHERE, GOODBYE, LOST, "back", "repeat", SLOWER,
                        NOT_MEANT, NOT_NOW})  # WHO: only beside a person
# Round twenty-four, Ukrainian: goods whose price told is a complaint, not a request ("хліб уже по вісім злотих").
PRICED_GOODS = frozenset({"food", "addiction"})
# Days and times of day ask about the hours, unless a topic is named too.
WHEN = "when"
# Lists whose words weigh less than a named topic: a day, benefits in general.
WHERE = "where"  # "gdzie": the address, unless a topic is named too
# Lists whose words weigh less than a named topic: a day (and it counts only when no topic is
# named: "w czwartek dzwoniłam w sprawie zasiłku" is the benefit), "gdzie" (still ahead of
# generic words such as "ośrodek"), benefits in general ("zasiłek na opał" is heating).
WEAK = {WHEN: 0.9, WHERE: 0.9, "benefits": 0.85}
# Lists matched only by the word itself (exact, stem or lemma), never by a near word: a message
# never starts by accident, "płacze" is not "połączyć", "piątkę" (key 5) is not "piątek",
# "nazywam się" is not "wyzywać".
STRICT = (RECORD, "person", WHEN, DANGER, PRESENT, ELSEWHERE, SLOWER, NOT_MEANT, NOT_NOW, VISIT)
# Lists whose words do not count right after "nie": "syn pije, ale nie bije" is no danger.
NEGATABLE = (DANGER, "addiction", NOT_NOW)  # "mąż nie pije i nie bije"; round 23: "nie mam spokoju" is not over
# Session twenty-one: readings of ivr.call.senses that set a choice aside when every phrase of it is read so, with the
# choices that must be heard beside it: (the choice, heard beside, the reading).
SET_ASIDE = (
    (WHERE, frozenset(), said_in_place.where_else),  # "to też tu, czy gdzie indziej się składa": elsewhere
    (WHERE, frozenset(), said_in_place.where_own_things),  # "chwileczkę, gdzie ja mam okulary": one's own things
    ("contact", frozenset(), said_in_place.phone_as_device),  # "nie słyszę tego telefonu, jak dzwoni": the caller's
    ("child_benefit", frozenset(), said_in_place.eight_hundred_dictated),  # "… jeden osiemset siedemnaście …": digits
    ("contact", frozenset({"care"}), said_in_place.getting_into_care),  # "dom spokojnej starości, jak się tam dostać"
    (RECORD, frozenset(), said_in_place.line_called_recorded),  # session twenty-three: "to jakiś automat nagrany"
    (GOODBYE, frozenset(), said_in_place.disconnection_told),  # session twenty-three: "nie ruszaj kabla, bo się rozłączy"
    (GOODBYE, frozenset(), said_in_place.greeting_then_calling),  # round 104: "życzę zdrówka i tak sobie dzwonię"
    ("back", frozenset({"repeat"}), said_in_place.back_of_repeat),  # round 106: "jeszcze raz od początku"
)
# Lists whose words do not count when refused: "nie chcę zostawiać wiadomości", "żadnych esemesów".
REFUSABLE = (RECORD, SEND_SMS, CALLBACK)
# Round six: a topic refused or said not to concern the caller is no request for it either ("nie nie, mnie
# osiemset plus nie dotyczy", "nie trzeba mi opału").
REFUSABLE_TOPICS = ("child_benefit", "benefits", "heating", "care", "food", "social_work", "programmes")
# Round ten: the help in general refused too ("ja nie potrzebuję tej pomocy, ja tylko tak zadzwoniłam").
REFUSABLE_TOPICS += ("about", VISIT)  # round twenty-five: "nie trzeba do nas przyjeżdżać"
# Lists whose phrases of two content words also count with a word or two between
# ("dajcie mi człowieka" for "dajcie człowieka").
GAPPED = (DANGER, "person", NOT_MEANT)  # round eight: "świnię na święta biłem" is no danger
# Gapped lists whose words between may not open another clause; round twenty-three: a person too ("nie daje rady,
# czy pracownik socjalny…" is no "dać pracownika").
BOUNDED = (NOT_MEANT, "person")
# Round nine: phrases of two content words heard the other way round too ("gazem śmierdzi").
REORDERABLE = (DANGER,)
# Round nine: the topics a "ty"-imperative does not ask for: it is said to someone in the room
# ("Janek, zamknij drzwi" is no question about the closing time).
NO_IMPERATIVE = ("hours", WHEN, "contact", WHERE, "about", "addiction", "social_work", "benefits", "child_benefit",
                 "heating", "care", "programmes", "food")
# Round nine: a correction ("piątek, znaczy numer pięć", "tfu"): a key said after it is the key meant.
CORRECTIONS = said_in_place.TOPIC_CORRECTIONS  # the same words correct a matter (senses.topic_correction_at)
SIXTY_KEY_NOUN_ENDS = ("ka", "ke")  # round sixty: a key's noun said last ("to jedynka", "tak, piątkę")
# Round nine: a person who will hear or read the message ("niech pani kierowniczka odsłucha"): its addressee.
LISTENING = frozenset({"odsluchac", "posluchac", "przesluchac", "wysluchac", "uslyszec", "przeczytac", "odczytac"})
# Round nine: polite words that may stand between a request to repeat and what is to be repeated.
ASKING_WORDS = frozenset({"prosze", "pani", "pania", "pan", "pana", "poprosze"})
# Round nine: verbs of putting a caller through: beside them a person asked for wins over a call back.
CONNECTING = frozenset({"polaczyc", "przelaczyc", "laczyc", "przelaczac", "podejsc"})
# Round nine: words of the address card right after these are the caller's own phone ("to jest mój telefon
# komórkowy"), not the office's number.
POSSESSIVES = frozenset("moj moja moje mojego mojej moim moja swoj swoja swoje swojego swojej".split())
# Round nine: a question asked before "bo" is the need, what follows it the reason ("czy jest jakaś zapomoga,
# bo ... nie mam z czego żyć").
QUESTION_WORDS = frozenset("czy gdzie kiedy ile jaki jaka jakie jakis jakas jakies".split())
# Session twenty-three: the office's own hours asked of "you" beside another place named ("stoję w kolejce w sklepie,
# do której dziś jesteście otwarci")
# round one hundred and fifty-six: "od której się przyjmuje", "jakie godziny macie": the hours asked of no one named
# or of "you" (_hours_asked_of_office), beside YOU_OPEN
OFFICE_ASKED_WORDS = frozenset({"sie", "macie"})
YOU_OPEN = frozenset({"jestescie", "pracujecie", "otwieracie", "zamykacie", "przyjmujecie", "otwarci", "czynni"})
# Session twenty-three: before a question word after a goodbye, what is known already asks nothing ("do widzenia, już
# wiem, kiedy przyjść": Line._goes_on)
KNOWN_ALREADY = frozenset({"wiem", "wiemy", "pamietam", "zapisalam", "zapisalem"})
# round fifty-five: a request opens the words before "bo" as a question does (_present_only_as_reason)
FIFTY_FIVE_REQUEST_WORDS = frozenset("poprosze prosilabym prosilbym potrzebuje chcialabym chcialbym".split())
# round fifty-six: "ja o zapomogę, bo …": a matter after "o" in the first words, before "bo" (_before_because)
FIFTY_SIX_ABOUT_WORDS = 3
# Round twenty-one: "o której", "w której godzinie" ask the time too, before a day and a reason after "bo" ("w której
# godzinie jutro otwieracie, bo autobusem jadę"); only there, as "której" is also a relative word elsewhere.
TIME_QUESTION_WORDS = QUESTION_WORDS | frozenset({"ktorej", "ktora", "ktory"})
# round fifty-eight: the words that ask the way ("jakim autobusem do was dojechać", "którędy do was")
FIFTY_EIGHT_WAY_QUESTIONS = QUESTION_WORDS | frozenset({"jak", "jakim", "ktoredy", "czym"})
# Round eight: after the words of long ago, these say that what follows happens now ("a teraz syn bije").
NOW_WORDS = frozenset({"teraz", "dzisiaj", "dzis"})
# Round thirteen: "ale" and "znowu" after the words of what is over, also right after them ("już nie pije, ale bije
# mamę", "było już dobrze, ale znowu bije"): danger said after them is danger now. They tell no time of a screen.
STILL_WORDS = frozenset({"ale", "znowu", "znow", "nadal"})
# Round twenty-nine: "znowu mnie skatuje, jak w zeszłym tygodniu": danger against the caller said to come again, the
# time of long ago only the last time it happened.
AGAIN_WORDS = frozenset({"znowu", "znow", "znowuz"})
AGAINST_CALLER = frozenset({"mnie", "mi", "nas", "nam", "mna", "nami"})
AGAIN_REACH = 2  # words from "znowu" to the danger word ("znowu mnie skatuje")
# Round twenty-nine: a man in prison ends his violence, not the family's hunger or cold ("mąż w więzieniu, a w
# lodówce nic"): the words of detention (folded) and the lemmas of a need now.
DETENTION = frozenset({"wiezieniu", "areszcie", "kratkami", "kratami", "kryminale", "odsiaduje"})
NEEDS = frozenset({"lodowka", "jesc", "jedzenie", "glodny", "glod", "glodowac", "glodowy", "chleb", "mleko", "zimno",
                   "marznac", "zamarzac", "zamarznac", "opal"})
# Round twenty-nine: "żeby" right after a message or a call-back asked opens what it asks for.
SO_THAT_WORDS = frozenset({"zeby", "aby", "by", "zeeby"})
# round one hundred and fifty-four: "niech pani nagra, że Stanisław Nowak pyta o węgiel": what the message says, a name
# inside it ("że" folds to "ze", read as "ze Stanisławem") no one asked for (_person_only_addressed)
MESSAGE_CONTENT_WORDS = frozenset({"ze"})
REQUEST_REACH = 2  # words from the end of the message's phrase to "żeby" ("zostawić wiadomość, to żeby")
# "nie" and one of these right after the words of what is over deny them ("już dobrze nie jest").
BEING = ("jest", "ma", "bylo", "było", "bedzie", "będzie")
# Round eleven: the question at the end of a story ("..., czy można dostać jakieś pieniądze").
END_QUESTIONS = frozenset({"czy"})
KNOWING = frozenset({"wiem", "wiadomo", "pewna", "pewny", "pewien"})
# Round fourteen: who may stand between "czy" and the words of what is over asked about ("czy on żartuje").
# round one hundred and fifty-five: a hedge right before what is over or not meant ("on chyba żartuje"): doubted
HEDGES = frozenset({"chyba", "pewnie", "niby", "podobno"})
ASKED_ABOUT = frozenset("on ona oni one ono to ten ta".split())
# Round fourteen: a blessing that greets as well as it takes leave; said first, with a request after it, it greets.
GREETINGS = (("szczesc", "boze"),)
GREETED_WORDS = 3  # words after the greeting that make it the opening of a request, not the whole answer
# Round eight: words of a person right after these, beside a message or a call-back, say whom it is for or
# from ("wiadomość dla pracownicy", "telefon zwrotny od pracownika"): not a transfer.
ADDRESSEE_LEADS = frozenset({"dla", "od"})
# Round 102: a person right after the message's noun is whom it is for ("przekazać wiadomość pani z opieki"); round
# 105: a person or a topic's words right after "przekazać" too ("przekazać pani Basi", round 111: "przekazać
# pracownikowi socjalnemu, że …").
MESSAGE_NOUN_FORMS = frozenset({"wiadomosc", "wiadomosci"})
# Round nineteen: a topic's words right after "dla" beside a message ("wiadomość dla pracownika socjalnego") name
# whom it is for; not after "od" ("dostałam wiadomość od pracownika socjalnego" tells of a message received).
MESSAGE_FOR = frozenset({"dla"})
PASSING_ON = "przekaz"  # folded start of "przekazać", "przekaże", "przekazanie"
# The general questions a matter of another office shares words with ("o której jest autobus").
GENERAL_TOPICS = frozenset({"hours", "when", "contact", "where", "about"})
# Session twenty-six: wishes beside which a clerk only named is who the wish is about (senses.person_only_mentioned)
# (a message only where one is offered, after hours: "zostawiłam informację w sekretariacie" records nothing while open)
PERSON_NAMED_BESIDE = frozenset({"hours", WHEN, "contact", "about", SEND_SMS, "repeat", GOODBYE, CONFIRM})
PERSON_NAMED_BESIDE_OFFER = PERSON_NAMED_BESIDE | {RECORD}  # where the message is offered (LEAVE_WORD)
# Lists that lead to another list's destination: scored together with it.
ALIASES = {WHEN: "hours", WHERE: "contact", VISIT: "social_work"}  # a worker asked to come: a visit
# "Send me the address": the SMS, not the address read out (what the SMS carries).
SMS_CARRIES = frozenset({"contact", "hours"})
# A day named in a question about the hours: its answer comes first. Lemma -> weekday (0 = Monday).
IN_DAY = frozenset({"w", "we"})  # round twenty-two: "a we wtorek?"
DAY_LEMMAS = {"poniedzialek": 0, "wtorek": 1, "sroda": 2, "czwartek": 3, "piatek": 4, "sobota": 5,
              "niedziela": 6, "weekend": 5, "jutro": "jutro"}
# Only in the call-back menu: "tak" confirms (there "oddzwonić" confirms too, so it is no shortcut).
LOCAL_WORDS = {CALLBACK: ((CONFIRM, OTHER_NUMBER), (CALLBACK,)), DANGER_CHECK: ((CONFIRM,), ())}
# Where a long story not understood is asked about (not where a number, a yes or a no is awaited).
STORY_NODES = frozenset({"main", "about", "benefits", *ITEMS})
# Round eighteen: the caller wanting nothing, said last ("ja nic nie chcę"): the topics before it are no request.
WANTING_NOTHING = (("nic", "nie", "chce"), ("niczego", "nie", "chce"), ("nic", "nie", "chcemy"),
                   ("nic", "nie", "potrzebuje"), ("niczego", "nie", "potrzebuje"), ("nic", "mi", "nie", "trzeba"))
# Round eighteen: the words of nobody being there ("nikogo nie ma", "nikt nie odbiera"), said as a statement.
NOBODY_WORDS = frozenset({"nikt", "nikogo"})


@dataclass(frozen=True)
class Play:
    """One prompt to play: its catalogue id, written text and spoken form."""

    id: str
    text: str
    spoken: str
    slow: bool = False  # the caller asked for "wolniej": its slow variant (ivr.call.catalogue.slow_id)
    # A number dictated at call time: the recordings of its groups, played in a row when all are
    # built; otherwise the fallback voice says `spoken` (the whole number).
    pieces: tuple["Play", ...] = ()
    lang: str = DEFAULT_LANGUAGE  # said in this language's voice, its audio from this language's namespace


@dataclass(frozen=True)
class State:
    node: str = "main"
    miss: int = 0  # misses in a row in this menu
    rounds: int = 0  # times the caller went through the whole miss ladder
    lost: int = 0  # signs of confusion in this call (never reset)
    again: int = 0  # 1: the last answer asked to repeat
    slow: int = 0  # 1: the caller asked for "wolniej"; the rest of the call is slow
    danger: int = 0  # 1: the caller spoke of danger in this call (never reset)
    asked: int = 0  # 1: silent after an answer, the caller was asked whether we can help with anything else
    number: str = ""  # a Polish number the caller typed for the call back (9 digits), until it is kept
    lang: str = DEFAULT_LANGUAGE  # the language of the call ("pl", "uk"): the line that answers it

    @classmethod
    def parse(cls, node: str | None, miss: str | None, rounds: str | None,
              lost: str | None = None, again: str | None = None, slow: str | None = None,
              danger: str | None = None, asked: str | None = None, number: str | None = None,
              lang: str | None = None) -> "State":
        """From untrusted URL parameters: anything odd becomes the main menu."""
        return cls(
            node if node in NODES else "main",
            _small_int(miss),
            _small_int(rounds),
            _small_int(lost),
            min(_small_int(again), 1),
            min(_small_int(slow), 1),
            min(_small_int(danger), 1),
            min(_small_int(asked), 1),
            typed_number(number),
            lang if lang in LANGUAGES else DEFAULT_LANGUAGE,
        )

    @classmethod
    def from_query(cls, args: Mapping[str, str]) -> "State":
        return cls.parse(args.get("node"), args.get("miss"), args.get("rounds"), args.get("lost"), args.get("again"),
                         args.get("slow"), args.get("danger"), args.get("asked"), args.get("number"), args.get("lang"))

    def query(self) -> dict[str, object]:
        """The URL parameters that carry this state to the next webhook (lost, again, slow only when set)."""
        return {"node": self.node, "miss": self.miss, "rounds": self.rounds, **self.carried(with_rounds=False),
                **({"again": 1} if self.again else {}), **({"asked": 1} if self.asked else {}),
                **({"number": self.number} if self.number else {})}

    def carried(self, with_rounds: bool = True) -> dict[str, object]:
        """What outlives a transfer or a recording: the rounds of the ladder, the signs of confusion,
        the slow pace, whether the caller spoke of danger, the language (only when not Polish)."""
        return {**({"rounds": self.rounds} if with_rounds else {}), **({"lost": self.lost} if self.lost else {}),
                **({"slow": 1} if self.slow else {}), **({"danger": 1} if self.danger else {}),
                **({"lang": self.lang} if self.lang != DEFAULT_LANGUAGE else {})}


def typed_number(digits: str | None) -> str:
    """The digits of a Polish number a person can call back (landline or mobile), else ""."""
    digits = (digits or "").strip().rstrip("#")
    if len(digits) != NATIONAL_DIGITS or not digits.isascii() or not digits.isdigit():
        return ""
    return digits if phone_kind(f"+48{digits}") in CAN_CALL_BACK else ""


def _small_int(value: str | None) -> int:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 3 else 0


@dataclass(frozen=True)
class Input:
    digits: str = ""
    speech: str = ""
    confidence: float | None = None
    caller: str | None = None  # Twilio's From: read back for a call-back request; None: not known

    @property
    def empty(self) -> bool:
        return not self.digits.strip() and not self.speech.strip()


@dataclass(frozen=True)
class Step:
    prompts: tuple[Play, ...]
    # "gather" | "dial" | "hangup" | "sms" (send the caller the facts, then after_sms)
    # | "record" (a message; then after_record) | "callback" (keep the request, then after_callback)
    action: str
    state: State = field(default_factory=State)  # where the next input is handled
    dial: str | None = None
    hints: tuple[str, ...] = ()
    slow: bool = False  # a pause between prompts, for a caller who is struggling
    digits: int = 1  # keys gathered in one go (a typed phone number: NATIONAL_DIGITS, ended by #)


class Line:
    """The whole call flow for one content version."""

    def __init__(self, content: Content, schedule: Schedule, catalogue: Catalogue, international: bool = False):
        """international: IVR_CALLBACK_INTERNATIONAL, foreign phones may be called back and texted."""
        self.international = international
        self.content = content
        self.schedule = schedule
        self.catalogue = catalogue
        self.lang = content.lang
        self.language = content.language  # its phrases: the status, the closures, the day labels
        self.others: dict[str, Line] = {}  # the lines of the other languages a caller may switch to (link())
        # Item steps by (node, rounds, Warsaw minute): every caller in one minute hears the same item (_enter).
        self._items: dict[tuple, Step] = {}
        self._fifty_lemmas: dict[str, frozenset[str]] = {}  # round fifty: a choice's list lemmas, once
        self._whole_minute_hours = all(t.second == 0 and t.microsecond == 0
                                       for hours in content.weekly.values() for t in (hours.opens, hours.closes))
        ukrainian = self.lang == "uk"
        Sayings_ = understand_uk.UkrainianSayings if ukrainian else Sayings
        # One matcher per vocabulary: nodes with the same choices share it (and its cache).
        matchers: dict[tuple[str, ...], object] = {}
        self._matchers = {}
        for node in NODES:
            choices = tuple(sorted(self._node_choices(node)))
            if choices not in matchers:
                if ukrainian:
                    # The Polish matcher's protections: strict lists, a denied danger word, a name.
                    matchers[choices] = understand_uk.UkrainianMatcher(
                        self._vocabulary(node), hesitations=content.words["hesitation"], weak=WEAK, strict=STRICT,
                        negatable=(*NEGATABLE, CONFIRM), names="person", gapped=(*GAPPED, "about"),
                        refusable=(*REFUSABLE, VISIT, CONFIRM))
                    # round twenty-four: "не дзвоніть мені" at the read-back is no yes; round twenty-eight: "не
                    # треба, щоб хтось до нас приходив" asks for no visit; round thirty: "я не просила, щоб мені
                    # дзвонили" at the read-back is no yes
                else:
                    matchers[choices] = Matcher(self._vocabulary(node), weak=WEAK, strict=STRICT, names="person",
                                                hesitations=content.words["hesitation"], negatable=NEGATABLE,
                                                gapped=GAPPED, refusable=(*REFUSABLE, *REFUSABLE_TOPICS),
                                                any_stem=(DANGER,), bounded=BOUNDED, reorderable=REORDERABLE,
                                                no_imperative=NO_IMPERATIVE, rejoin=True)
            self._matchers[node] = matchers[choices]
        self._is_story = understand_uk.is_story if ukrainian else _is_story
        self._asks_when = understand_uk.asks_when if ukrainian else _asks_when
        self._weekday_named = understand_uk.weekday_named if ukrainian else _weekday_named
        self._hints = {node: self._hint_words(node) for node in NODES}
        words = content.words
        # A key said as a word ("jedynka", "to może opcja druga", a figure "1"), alone or among fillers.
        self._spoken_keys = shared_sayings(Sayings_, {key: (*words[name], key) for key, name in KEY_WORDS.items()},
                                           (*words["key_filler"], *words["hesitation"], *words[LOST]))
        # "Nie" said alone at the read-back of the number: another number.
        self._no = shared_sayings(Sayings_, {OTHER_NUMBER: words["no_alone"]},
                                  (*words["key_filler"], *words["hesitation"]))
        # Thanks said with polite words around it ("no to dziękuję pani bardzo za wszystko", "zapisałam,
        # dziękuję", "aha, to już wiem wszystko"): every word one of a goodbye, a thanks, a filler or a
        # little word of address (POLITE_LITTLE_WORDS), and a goodbye said alone among them: the goodbye.
        alone_goodbyes = [tuple(w for _, w in words_and_folds(g)) for g in words["goodbye_alone"]]
        self._goodbye_phrases = [g for g in alone_goodbyes if g]
        # Session twenty-three: those goodbyes said alone that are thanks only ("dziękuję", "dziękuję bardzo", "to
        # dziękuję": every word one of [words] thanks), which close a turn after the caller's own plan
        # (_plan_then_thanks): the content file's lists, so staff extend them there.
        thanks = {w for item in words["thanks"] for _, w in words_and_folds(item)}
        self._closing_thanks = [g for g in self._goodbye_phrases if set(g) <= thanks]
        self._polite = frozenset(w for group in (words["goodbye_alone"], words[GOODBYE], words["thanks"],
                                                 words["key_filler"], words["hesitation"], POLITE_LITTLE_WORDS)
                                 for item in group for _, w in words_and_folds(item)) - {"nie", "nigdy"}
        # "Nie" said alone after an information item: nothing more is needed, the goodbye ("nie, nic
        # więcej" and the like are goodbyes said alone anyway).
        self._no_more = shared_sayings(Sayings_, {GOODBYE: words["no_alone"]},
                                       (*words["key_filler"], *words["hesitation"]))
        # "Nie", "nikt", "wszystko w porządku" said to "is anyone in danger?".
        self._no_danger = shared_sayings(Sayings_, {NOT_DANGER: (*words["no_alone"], *words.get("no_danger", ()))},
                                         (*words["key_filler"], *words["hesitation"]))
        # "Co?", "halo", "dziękuję": a choice only when said alone.
        self._sayings = shared_sayings(
            Sayings_,
            {"repeat": words["repeat_alone"], LOST: words["lost_alone"], GOODBYE: words["goodbye_alone"]},
            (*words["key_filler"], *words["hesitation"]),
        )

    # -- entry points -------------------------------------------------------

    def link(self, others: Mapping[str, "Line"]) -> None:
        """The lines of the other languages: offered at the opening, reached by key 8 or by name."""
        self.others = {code: line for code, line in others.items() if code != self.lang}
        extra = LANGUAGE_HINTS.get(self.lang, ()) if self.others else ()
        if extra:
            self._hints = {node: tuple(dict.fromkeys((*hints[:MAX_HINTS - len(extra)], *extra)))
                           for node, hints in self._hints.items()}

    def start(self, now: datetime, caller: str | None = None) -> Step:
        return self._gather(self.opening(now, caller), State(lang=self.lang))

    def opening(self, now: datetime, caller: str | None = None) -> tuple[Play, ...]:
        """What a caller hears first, in this order: greeting, live status, how to reach a person,
        at most one piece of news of the day (the rest under the hours item), the menu, and in
        the other language's voice the one sentence offering it on key 8."""
        open_now = self.schedule.status(now).is_open
        person_hint = self._play("person_hint_open" if open_now else "person_hint_closed")
        return (self._play("greeting"), self._status(now), person_hint, *self._first_news(now),
                self._menu_prompt("main", caller, now), *self._language_offer())

    def _other(self) -> "Line | None":
        """The other language's line (the line speaks two languages), if it is offered."""
        return next(iter(self.others.values()), None)

    def _language_offer(self) -> tuple[Play, ...]:
        """The other language's "press 8" sentence, in its own voice; nothing when it is not offered."""
        other = self._other()
        if other is None or "language_offer" not in other.content.prompts:
            return ()
        return (other._play("language_offer"),)

    def switched(self, state: State, now: datetime, caller: str | None = None) -> Step:
        """A caller switched to this language: its live status and main menu, then the offer of
        the language they came from (a key 8 pressed by mistake is undone the same way)."""
        prompts = (self._status(now), self._menu_prompt("main", caller, now), *self._language_offer())
        return self._gather(prompts, State("main", rounds=state.rounds, lang=self.lang))

    def _first_news(self, now: datetime) -> tuple[Play, ...]:
        """Before the main menu, one piece of news: the coming closures, else the first notice
        (with its lead); if there is more, one sentence saying it is under the hours item."""
        news = self._news(now)
        first = news[:2] if news and news[0].id == "notice_lead" else news[:1]
        return first + ((self._play("more_news"),) if len(news) > len(first) else ())

    def handle(self, state: State, given: Input, now: datetime) -> Step:
        return self.respond(state, self.interpret(state, given), now, given.caller)

    def interpret(self, state: State, given: Input) -> str:
        """What the caller chose in this node: a target of the tree, or why it is a miss
        (one of MISSES). The web layer counts it for the statistics, then asks respond()."""
        if given.empty:
            return "no_input"
        if state.node == TYPE_NUMBER and given.digits.strip() not in RESERVED and given.digits.strip():
            typed = typed_number(given.digits)
            return TYPED + typed if typed else "wrong_key"
        if self._no_more_needed(state, given):
            return GOODBYE
        target = self._choice(state.node, given)
        if (target is None or target.startswith(SWITCH)) and state.node != DANGER_CHECK and self._own_language_named(given):
            # "українською" on the Ukrainian line, "вісім бо я українка" (key 8 would switch to Polish): the caller
            # is where they asked to be; what they were hearing again, in it, with no "we did not understand". Not to
            # "is anyone in danger?", where anything unclear is the safety route.
            return "repeat"
        if target is None:
            # A key said as a word that this menu does not have is a wrong key, as if pressed.
            heard_only = given.speech and not given.digits and self._spoken_keys.match(given.speech) is None
            if heard_only and state.node in STORY_NODES and self._is_story(given.speech):
                return DANGER_CHECK
            return "not_understood" if heard_only else "wrong_key"
        return target

    def _no_more_needed(self, state: State, given: Input) -> bool:
        """A plain "nie" ("nie, nic więcej") right after an information item, or to "can we help
        with anything else?": the caller needs nothing more, the goodbye. Not where "nie" means
        something else (the read-back of the number, "is anyone in danger?", the message menu)."""
        after_answer = (state.node in ITEMS and state.node != PRIVACY) or (state.asked and state.node in STORY_NODES)
        if not after_answer or given.digits or not given.speech.strip():
            return False
        if given.confidence is not None and given.confidence < MIN_SPEECH_CONFIDENCE:
            return False
        return self._no_more.match(given.speech) is not None

    def respond(self, state: State, target: str, now: datetime, caller: str | None = None) -> Step:
        """The step for what interpret() read. A repeat right after a repeat is a sign of
        confusion; every step carries the call's count of such signs."""
        if state.node == DANGER_CHECK and target in (*MISSES, LOST):
            target = DANGER  # no clear "nie" to "is anyone in danger?": the safe side
        said_again = target == REPEAT_SAID
        if said_again:
            target = LOST if state.again else "repeat"
        if target.startswith(SWITCH) and target[len(SWITCH):] in self.others:
            step = self.others[target[len(SWITCH):]].switched(state, now, caller)  # in that language now
            lang = step.state.lang
        else:
            if target.startswith(SWITCH):  # no such line (uk.toml does not load): a key not in this menu
                target = "wrong_key"
            step = self._slower(state, now, caller) if target == SLOWER else self._respond(state, target, now, caller)
            lang = self.lang
        lost = state.lost + (target == LOST)
        slow = int(state.slow or target == SLOWER)
        danger = int(bool(state.danger) or target == DANGER)
        again = int(said_again and target == "repeat")
        now_state = step.state
        if (now_state.lang, now_state.lost, now_state.danger, now_state.slow, now_state.again) != (
                lang, lost, danger, slow, again):  # most turns carry nothing new: no copies made
            step = replace(step, state=replace(now_state, lang=lang, lost=lost, danger=danger, slow=slow, again=again))
        return slowed(step)

    def _slower(self, state: State, now: datetime, caller: str | None) -> Step:
        """"wolniej" (key 7): the item or menu the caller is in again, as "repeat" plays it; respond()
        makes it and the rest of the call slow."""
        return self._respond(state, "repeat", now, caller)

    def _respond(self, state: State, target: str, now: datetime, caller: str | None) -> Step:
        if target == DANGER_CHECK:
            return self._enter(DANGER_CHECK, now, rounds=state.rounds, caller=caller)
        if target == NOT_DANGER:
            # The story was no danger, but the caller may still be upset: first how to reach a
            # person now (key 0: a worker while open, a message after hours), then the main menu.
            hint = "person_hint_open" if self.schedule.status(now).is_open else "person_hint_closed"
            return self._gather((self._play(hint), self._menu_prompt("main", caller, now)),
                                State("main", miss=1, rounds=state.rounds), slow=True)
        if target == DANGER:
            return self._danger(state, now, caller)
        if target == LOST:
            return self._lost(state, now, caller)
        day = None
        if target.startswith("hours@"):
            target, day = "hours", target.split("@", 1)[1]
        if target in MISSES:
            return self._miss(state, target, now, caller)
        if target.startswith(TYPED):
            return self._read_back_typed(target[len(TYPED):], state.rounds)
        if target == OTHER_NUMBER:
            return self._enter(TYPE_NUMBER, now, rounds=state.rounds, caller=caller)
        if target == "person":
            return self.transfer(now, state.rounds, caller)
        if target == "back":
            return self._gather((self._menu_prompt("main", caller, now),), State("main"))
        if target == "repeat":
            if state.node == "main":  # the main menu again, with the news of the day (one piece)
                return self._gather((*self._first_news(now), self._menu_prompt("main", caller, now)),
                                    State("main", rounds=state.rounds))
            if state.node == CALLBACK and state.number:
                return self._read_back_typed(state.number, state.rounds)
            return self._enter(state.node, now, rounds=state.rounds, caller=caller)
        if target == GOODBYE:
            return Step((self._play("goodbye"),), "hangup")
        if target == SEND_SMS:
            if self._kind(caller) not in CAN_TEXT:
                return self._no_sms(caller, now, state.rounds)
            return Step((), "sms", State("main", rounds=state.rounds))
        if target == RECORD:
            return Step(self._before_recording(), "record", State(LEAVE_WORD, rounds=state.rounds))
        if target == CONFIRM:
            if state.number:  # the number the caller typed, read back and confirmed
                return Step((), "callback", State(LEAVE_WORD, rounds=state.rounds, number=state.number))
            if self._kind(caller) not in CAN_CALL_BACK:
                return self._no_callback(caller, state.rounds)
            return Step((), "callback", State(LEAVE_WORD, rounds=state.rounds))
        step = self._enter(target, now, rounds=state.rounds, caller=caller)
        if day is not None:  # "a w czwartek do której?": that day first, then the week
            step = replace(step, prompts=(self._day_hours(day, now), *step.prompts[1:]))
        return step

    def _danger(self, state: State, now: datetime, caller: str | None) -> Step:
        """One calm sentence with 112, then a person while open; after hours the national
        helpline, when the office opens, and the choice of a message or a call back."""
        first = self._play("danger")
        if self.schedule.status(now).is_open:
            return Step((first, self._play("transfer")), "dial", State("main", rounds=state.rounds),
                        dial=self.content.office.transfer_number)
        return self._leave_word((first, self._play("danger_helpline"), self._status(now)), caller, rounds=state.rounds)

    def _lost(self, state: State, now: datetime, caller: str | None) -> Step:
        """A sign of confusion. The first: this menu's help, slowly. The second in a call: a person
        while open; after hours one sentence, when the office opens, a message or a call back."""
        if state.lost + 1 >= LOST_BEFORE_PERSON:
            if self.schedule.status(now).is_open:
                return self.transfer(now, state.rounds, caller)
            first = (self._play("lost_closed"), self._status(now))
            return self._leave_word(first, caller, rounds=state.rounds)
        menu = _menu_of(state.node)
        miss = state.miss + 1 if menu == state.node else 1
        prompts = (self._help(menu, caller), self._menu_prompt(menu, caller, now))
        return self._gather(prompts, State(menu, miss=miss, rounds=state.rounds), slow=True)

    def _day_hours(self, day: str, now: datetime) -> Play:
        """'W czwartek ośrodek jest otwarty od 7:00 do 15:00.' for the next such day (today
        included), or 'Jutro ...'; holidays and closures count."""
        today = to_warsaw(now).date()
        if day == "jutro":
            when, label = today + timedelta(days=1), self.language.tomorrow_label
        else:
            weekday = int(day)
            when = today + timedelta(days=(weekday - today.weekday()) % 7)
            label = self.language.day_labels[weekday]
        return self._play(*day_sentence(label, self.schedule.hours_on(when)))

    def transfer(self, now: datetime, rounds: int = 0, caller: str | None = None) -> Step:
        """Key 0: the office's phone during opening hours, otherwise a message or a call back."""
        if self.schedule.status(now).is_open:
            transfer = self._play("transfer")
            return Step((transfer,), "dial", State("main", rounds=rounds), dial=self.content.office.transfer_number)
        return self._leave_word((self._play("transfer_closed"), self._status(now)), caller, rounds=rounds)

    def after_dial(self, dial_status: str, now: datetime, state: State = State(), caller: str | None = None) -> Step:
        """Twilio's DialCallStatus after the transfer ends. Unanswered: said truthfully (busy is not
        "nobody answers"); while the office is open, 0 tries again; a message or a call back."""
        return _carry(self._after_dial(dial_status, now, state, caller), state)

    def _after_dial(self, dial_status: str, now: datetime, state: State, caller: str | None) -> Step:
        if dial_status == "completed":
            return Step((self._play("goodbye"),), "hangup")
        failure = (self._play(DIAL_FAILURES.get(dial_status, "transfer_failed")), *self._danger_again(state))
        if self.schedule.status(now).is_open:
            first = (*failure, self._play("transfer_retry"))
        else:  # the office closed while the caller waited: when it opens again
            first = (*failure, self._status(now))
        return self._leave_word(first, caller, rounds=state.rounds)

    def _danger_again(self, state: State) -> tuple[Play, ...]:
        """A caller in danger whose transfer was not answered hears 112 and the helpline again."""
        return (self._play("danger"), self._play("danger_helpline")) if state.danger else ()

    def after_record(self, result: str, state: State, caller: str | None = None) -> Step:
        """After the Record verb: the message is kept, nothing was recorded, or keeping it failed."""
        result = result if result in RECORD_RESULTS else "failed"
        if result == "saved":
            return _carry(self._done("record_saved", state.rounds), state)
        return _carry(self._offer_again(f"record_{result}", caller, state.rounds), state)

    def after_callback(self, result: str, state: State, caller: str | None = None, now: datetime | None = None) -> Step:
        """After the web layer tried to keep a call-back request: kept, with when the office calls."""
        result = result if result in CALLBACK_RESULTS else "failed"
        if result == "saved":
            return _carry(self._done("callback_saved", state.rounds, {"kiedy": self._callback_when(now)}), state)
        prompt = "callback_hidden" if result == "hidden_number" else "callback_failed"
        return _carry(self._offer_again(prompt, caller, state.rounds), state)

    def after_sms(self, result: str, state: State, now: datetime | None = None, caller: str | None = None) -> Step:
        """What the caller hears after the line tried to text them the facts."""
        prompt = f"sms_{result}" if result in SMS_RESULTS else "sms_failed"
        return slowed(self._gather((self._play(prompt), self._menu_prompt("main", caller, now)), state))

    # -- building blocks ----------------------------------------------------

    def _enter(self, node: str, now: datetime, rounds: int = 0, caller: str | None = None) -> Step:
        if node == CALLBACK:
            return self._offer_callback(caller, rounds)
        if node in MENUS:
            intro = tuple(self._play(p) for p in MENUS[node].intro)
            return self._gather((*intro, self._menu_prompt(node, caller, now)), State(node, rounds=rounds))
        key = self._item_key(node, now, rounds)
        if key is None:
            return self._item(node, now, rounds, caller)
        step = self._items.get(key)
        if step is None:
            if len(self._items) >= REMEMBERED_ITEMS:
                self._items.clear()
            step = self._items[key] = self._item(node, now, rounds, caller)
        return step

    def _item_key(self, node: str, now: datetime, rounds: int) -> tuple | None:
        """What an item's step depends on, when it can be remembered: the node, the rounds and the
        Warsaw minute. An item reads the time only through the status, the news and whether the
        office is open, and with opening hours on whole minutes those change only from one minute
        to the next (the content and the schedule never change in a Line). The privacy notice ends
        with the caller's own menu: not remembered; nor anything when an hour has seconds."""
        if node == PRIVACY or not self._whole_minute_hours:
            return None
        local = to_warsaw(now)
        return node, rounds, local.replace(second=0, microsecond=0), local.utcoffset()

    def _item(self, node: str, now: datetime, rounds: int, caller: str | None) -> Step:
        item = ITEMS[node]
        prompts: tuple[Play, ...] = ()
        for p in item.prompts:
            prompts += (self._status(now),) if p == "@status" else self._news(now) if p == "@news" else (self._play(p),)
        # After the privacy notice the message menu again (record, call back, 8 again); else the reserved keys.
        tail = (self._menu_prompt(item.parent, caller, now) if node == PRIVACY
                else self._moment_prompt("reserved_keys", now))
        return self._gather(prompts + (tail,), State(node, rounds=rounds))

    def _choice(self, node: str, given: Input) -> str | None:
        if given.digits:
            return self._key_choice(node, given.digits.strip())
        if given.confidence is not None and given.confidence < MIN_SPEECH_CONFIDENCE:
            return None
        return self._speech_choice(node, given.speech)

    def _speech_choice(self, node: str, speech: str) -> str | None:
        """Words to a choice, by precedence: danger, a person, goodbye, a named topic, a key
        said in words, a sign of being lost, back to the main menu, repeat (docs/call-flow.md).
        Asking whether someone is there is a person, or the hours beside a day or a time; a
        matter of another office is not understood unless a topic of the line is named too."""
        scores = self._matchers[node].scores(speech)
        heard = {m.choice for m in scores if m.score >= THRESHOLD}
        first_heard = set(heard)
        alone = self._sayings.match(speech)
        placed = self._placed(node, speech, heard)  # round ten: (words, spans) when a reading may need them
        if placed is not None:
            words, spans = placed
            if DANGER in heard and (said_in_place.fear_of_doing(words, spans, DANGER)
                                    or said_in_place.with_someone(words, spans, DANGER, EXACT)
                                    or said_in_place.nobody_answers(words, spans, DANGER)
                                    or said_in_place.costs_that_kill(words, spans, DANGER)
                                    or said_in_place.animal_killed(words, spans, DANGER)
                                    or said_in_place.thing_froze(words, spans, DANGER)
                                    or said_in_place.thing_hung(words, spans, DANGER)
                                    or said_in_place.choice_better(words, spans, DANGER)
                                    or said_in_place.wish_at_a_sight(words, spans, DANGER)
                                    or said_in_place.reckless_ride(words, spans, DANGER)
                                    or said_in_place.noun_after_preposition(words, spans, DANGER)
                                    or said_in_place.fear_of_loss(words, spans, DANGER)
                                    or said_in_place.harm_denied(words, spans, DANGER)
                                    or said_in_place.faint_at_a_sight(words, spans, DANGER)  # round thirty-nine
                                    or said_in_place.hunger_denied(words, spans, DANGER)
                                    or said_in_place.named_then_denied(words, spans, DANGER)
                                    or said_in_place.hidden_or_costs(words, spans, DANGER, NOT_MEANT)  # round forty
                                    or said_in_place.noun_after_owner(words, spans, DANGER)
                                    or said_in_place.sheltered_now(words, spans, DANGER)
                                    or ("addiction" in heard and said_in_place.fear_of_relapse(words, spans, DANGER))
                                    or said_in_place.danger_denied(words, spans, DANGER, [
                                        c for c in heard - DANGER_ONLY_BESIDE if c not in NOT_TOPICS])
                                    # round forty-six: "boję się tych pism z sądu", "grożą, że na policję pójdą"
                                    or said_in_place.forty_six_hard_life_not_danger(words, spans, DANGER)
                                    # round forty-nine: "ten mróz mnie zabije", "wnuki mnie wykończą"
                                    or said_in_place.forty_nine_figure_of_killing(words, spans, DANGER)
                                    # round fifty-two: "syn nie pije, ale się boi, że wróci do picia"
                                    or ("addiction" in heard and said_in_place.fifty_two_relapse_back(
                                        words, spans, DANGER))
                                    # round fifty-eight: "chcę do kierowniczki list napisać" (a letter to the office)
                                    or said_in_place.fifty_eight_letter_to_office(words, spans, DANGER, "person")
                                    # session twenty-six: "a nie, wróćmy jednak do menu", "nie chodzi mi o to"
                                    or said_in_place.proposed_to_the_line(words, spans, DANGER)
                                    or said_in_place.about_what_only(words, spans, DANGER)
                                    # session twenty-six: "ile kosztuje DPS, bo zabierają całą emeryturę"
                                    or ("care" in heard and said_in_place.fee_taken_by_them(words, spans, DANGER))):
                # "boję się tych nagrywań" (an activity feared), "z dziećmi sama została" (with them), "nikt u
                # was nie odbiera" (the office not answering); round twelve: "te ceny w sklepie mnie zabijają";
                # round thirteen: "ja nie w sprawie przemocy, ja o osiemset plus" (danger denied, a matter after),
                # "zabiję tego kota sąsiada" (an animal threatened); round seventeen: "się zabije z tym motorem";
                # round eighteen: "już nie pije, ale boję się, że zacznie znowu" (a relapse feared); round twenty-two:
                # "po dwa tysiące za tonę" (a verb of danger that is also a noun, after a preposition); round twenty-three:
                # "boję się, że coś źle wpisałam", "że mi zabiorą dom za długi" (the office's matters feared); round
                # thirty-two: "nikomu krzywdy nie robi" (harm denied), "przywiózł opał tonę" (a measure of goods)
                heard.discard(DANGER)
                scores = [m for m in scores if m.choice != DANGER]
            if NOT_NOW in heard and said_in_place.only_to_come(words, spans, NOT_NOW):
                heard.discard(NOT_NOW)  # session 16: "mąż mnie bije, a sprawa będzie w październiku": to come, not over
                scores = [m for m in scores if m.choice != NOT_NOW]
            if NOT_NOW in heard and DANGER in heard and said_in_place.since_then(words, spans, NOT_NOW, DANGER):
                heard.discard(NOT_NOW)  # session twenty-eight: "od zeszłej zimy siedzi w nieogrzanym domu": lasting now
                scores = [m for m in scores if m.choice != NOT_NOW]
            jest = said_in_place.in_jest_from(words, spans, DANGER) if DANGER in heard and NOT_NOW not in heard and \
                said_in_place.may_be_in_jest(map(fold, words)) else None
            if jest is not None:  # round twenty-three: "zabiję tego listonosza, ja tak mówię": not meant, like words of
                heard.add(NOT_NOW)  # long ago; what was named inside the saying is part of it ("zadzwonisz do mnie")
                first = min(start for c, start, _, _ in spans if c == DANGER)
                for told in [c for c in heard if c not in NOT_TOPICS]:
                    if all(first <= start and end <= jest for c, start, end, _ in spans if c == told):
                        heard.discard(told)
                        scores = [m for m in scores if m.choice != told]
            if DANGER not in heard and (said_in_place.hiding_now(words) or said_in_place.lying_in_dirt(words)
                                        or said_in_place.ending_it(words) or said_in_place.down_since(words)
                                        or said_in_place.children_alone(words)
                                        or said_in_place.whispered_and_cut_off(words)
                                        or said_in_place.out_in_the_cold(words)
                                        or said_in_place.not_eating_for_days(words)
                                        or said_in_place.shut_in_for_days(words)
                                        or said_in_place.better_without_me(words)
                                        or said_in_place.beating_someone(words)
                                        or said_in_place.overheard_and_sending(words)
                                        or said_in_place.cold_and_down(words)
                                        or said_in_place.lost_outside(words)
                                        or said_in_place.talking_in_secret(words)
                                        or said_in_place.overheard_and_pleading(words)
                                        or said_in_place.child_out_at_night(words)
                                        or said_in_place.sudden_sight_loss(words)
                                        or said_in_place.fumes_inside(words)
                                        or said_in_place.device_without_power(words)
                                        or said_in_place.dark_house_since(words)
                                        or said_in_place.left_alone_for_long(words)
                                        or said_in_place.done_with_it(words)
                                        or said_in_place.diabetic_turn(words)
                                        or said_in_place.not_collected(words)
                                        or said_in_place.left_alone_since(words)
                                        or said_in_place.farewell_unreached(words)
                                        or said_in_place.not_out_for_days(words)
                                        or said_in_place.lying_hurt(words)
                                        or said_in_place.cold_and_frail(words)
                                        or said_in_place.alone_unheard_for_days(words)
                                        or said_in_place.gone_from_this_world(words)
                                        or said_in_place.cold_house_fever(words)  # round thirty-nine
                                        or said_in_place.nothing_to_feed(words)
                                        or said_in_place.gas_smelled(words)
                                        or said_in_place.child_with_no_grown_up(words)  # round forty
                                        or said_in_place.out_in_frost_exposed(words)
                                        or said_in_place.cold_and_confused(words)
                                        or said_in_place.fever_and_confused(words)):  # round 104
                # round fifteen: "ja się w łazience zamykam, jak on pije" (hiding in the house now), "leży w tym
                # wszystkim brudna" (left in dirt), "nie daję rady, dzisiaj to zakończę" (ending it); round
                # sixteen: "leży od godziny i nie wstaje" (down since hours), "dzieci od wczoraj same siedzą";
                # round seventeen: "szeptała tylko i się rozłączyła" (a call for help whispered and cut off); round
                # eighteen: "stoi na balkonie w piżamie, a mróz" (out in the cold), "nie chce jeść już dwa dni";
                # round nineteen: "od trzech dni nie otwiera" (shut in for days), "lepiej by było beze mnie"; round
                # twenty-one: "jak wypije, to leje córkę" (a verb of pouring or washing with a person beaten); round
                # twenty-two: "on tu jest i słucha, proszę przysłać kogoś" (an abuser in the room, someone sent),
                # "piec zgasł, zimno, a ja z łóżka nie wstanę" (someone down in a house gone cold); round twenty-three:
                # "nie wiem, jak wrócić, zimno mi i ciemno" (lost outside), "nie mogę długo gadać, on zaraz wraca" (a
                # call in secret); round twenty-six: "on jest w drugim pokoju, jak usłyszy, będzie źle, pomóżcie" (an
                # abuser in the house, the caller afraid to be heard), "dziecko chodzi boso po drodze o tej porze, a
                # w domu nikogo nie ma" (a child outside in the night); round twenty-nine, danger told inside an
                # ordinary call: "głowa pęka i nie widzę na jedno oko od wieczora", "piec dymi, w głowie szumi",
                # "dziadek na tlenie, a prądu nie mamy", "od wigilii nie widziałem, żeby światło u niego było",
                # "zostawia je samo na cały dzień", "już nie mogę, zrobię to dzisiaj i będzie spokój"; round thirty-two:
                # "mąż cukrzyk, cały spocony i nie wie, co mówi", "dziecko od rana u nas, nikt nie przyszedł, telefon
                # nie odbiera", "tydzień temu wyjechała i zostawiła ich samych"; round thirty-four: "napisała, że chce
                # się ze mną pożegnać, i telefonu nie odbiera" (a farewell, then no one reached); round thirty-six:
                # "sąsiadka trzeci dzień nie wychodzi, pies wyje, światło się nie świeci" (not out for days, the house
                # gone quiet)
                # round thirty-eight: "on leży w rowie, a ja go sama nie uniosę" (lying hurt on the ground), "zero stopni
                # w chałupie, węgla nie ma, a on taki sinawy" (cold and frail), "sam w chałupie, od trzech dni nie
                # odbiera" (alone, unheard for days), "nie mam siły, mnie już nie będzie na tym świecie"
                # round forty: "dziecko płacze ze dwie godziny, a dorosłych żadnych nie ma" (a child with no grown-up),
                # "leży na ławce w samej bluzie, a jest minus dwanaście" (out in the frost, exposed), "leży zimny cały i
                # coś mamrocze, piec zimny" (lying cold or confused in a house gone cold)
                heard.add(DANGER)
            if DANGER in heard and DANGER not in first_heard and said_in_place.seen_after_all(words):
                heard.discard(DANGER)  # round forty: "sąsiada od wczoraj nie widziałam … a nie, teraz widzę, idzie do kur,
                # to wszystko w porządku": the one unseen is seen, the worry taken back
            if DANGER not in heard and "addiction" in heard and said_in_place.drunk_at_the_wheel(words, spans,
                                                                                                "addiction"):
                heard.add(DANGER)  # round fourteen: "przyjechał pijany, zabrał wnuki do auta": drunk at the wheel
            if "addiction" in heard and said_in_place.priced(words, spans, "addiction"):
                heard.discard("addiction")  # round eighteen: "te ceny wódki": a thing bought, no drinking told
                scores = [m for m in scores if m.choice != "addiction"]
            if "hours" in heard and "person" not in heard and said_in_place.something_coming(words, spans, "hours"):
                # "kiedy przyjdzie emerytura": the pension comes, not the caller ("kiedy przyjdzie pani kierownik"
                # asks when she can be found: the hours, below)
                heard.discard("hours")
                scores = [m for m in scores if m.choice != "hours"]
            if "person" in heard and said_in_place.after_visit(words, spans, "person", ("social_work", VISIT)):
                heard.discard("person")  # "żeby ktoś przyszedł, porozmawiał": what the visitor would do
                scores = [m for m in scores if m.choice != "person"]
            if "person" in heard and "social_work" in heard and said_in_place.worker_to_come(words, spans, "person",
                                                                                           "social_work"):
                heard.discard("person")  # round twenty-one: "czy pani z opieki mogła przyjść z nim porozmawiać"
                scores = [m for m in scores if m.choice != "person"]
            if "person" in heard and "social_work" in heard and said_in_place.worker_of_matter(words, spans, "person",
                                                                                             "social_work"):
                heard.discard("person")  # round twenty-two: "rozmowa z kimś od tych spraw rodzinnych"
                scores = [m for m in scores if m.choice != "person"]
            if "person" in heard and "social_work" in heard and said_in_place.talk_with_us(words, spans, "person"):
                heard.discard("person")  # round twenty-three: "żeby ktoś z opieki z nami porozmawiał": the family's
                scores = [m for m in scores if m.choice != "person"]
            if "person" in heard and "social_work" not in heard and any(c == "social_work" for c, *_ in spans) \
                    and said_in_place.talk_with_us(words, spans, "person"):
                # round twenty-nine: "żeby ktoś z pracowników socjalnych z nami porozmawiał": the worker's phrase hid
                # the social workers' words inside it; the family's talk is their matter
                heard.discard("person")
                heard.add("social_work")
                scores = [replace(m, choice="social_work") if m.choice == "person" else m for m in scores]
            if "person" in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {"person", WHEN, SEND_SMS, CALLBACK, RECORD} \
                    and said_in_place.whom_to_ask(words, spans, "person") and not (
                        self.lang == DEFAULT_LANGUAGE and said_in_place.whom_asked_before_reason(  # round forty-five:
                            words, spans, "person", [  # "z kim mogę o tym pogadać, bo wnuka wychowuję": the person
                                c for c in heard - NOT_TOPICS - GENERAL_TOPICS if c != "person"])):
                heard.discard("person")  # round eleven: "narkotyki u wnuka, z kim porozmawiać": the matter says whom
                scores = [m for m in scores if m.choice != "person"]
            if "person" in heard and any(c == "social_work" for c, *_ in spans) and \
                    said_in_place.forty_six_worker_for_matter(words, spans, "person", "social_work"):
                heard.discard("person")  # round forty-six: "pismo o eksmisji, chcę z pracownikiem socjalnym to omówić":
                heard.add("social_work")  # the worker's phrase may hide the social workers' words inside it
                scores = [replace(m, choice="social_work") if m.choice == "person" else m for m in scores]
            if "person" in heard and "social_work" in heard and said_in_place.fifty_talk_with_them(words, spans,
                                                                                                   "person"):
                heard.discard("person")  # round fifty: "czy pani z opieki mogłaby z nimi porozmawiać": the family's
                scores = [m for m in scores if m.choice != "person"]  # talk, the social workers' matter
            if "child_benefit" in heard and said_in_place.zus_for_pension(words, spans, "child_benefit"):
                heard.discard("child_benefit")  # round eighteen: "renta nie przyszła z zusu": the pension office's
                scores = [m for m in scores if m.choice != "child_benefit"]
                heard.add(ELSEWHERE)  # round nineteen: without another office's words too ("czy zus, bo emerytura")
            if "child_benefit" in heard and said_in_place.fifty_five_sum_not_benefit(words, spans, "child_benefit"):
                heard.discard("child_benefit")  # round fifty-five: "emeryturę tysiąc osiemset": a sum, not 800+
                scores = [m for m in scores if m.choice != "child_benefit"]
            if "benefits" in heard and ELSEWHERE in heard and said_in_place.from_elsewhere(words, spans, "benefits",
                                                                                         ELSEWHERE):
                heard.discard("benefits")  # round eleven: "dopłaty z ARiMR" are another office's money
                scores = [m for m in scores if m.choice != "benefits"]
            knowing = said_in_place.may_be_known(map(fold, words))
            for known in [c for c in heard if c not in NOT_TOPICS] if knowing else ():
                if said_in_place.already_known(words, spans, known):
                    heard.discard(known)  # round seventeen: "gdzie to jest, bo godziny to ja wiem": asks the other
                    scores = [m for m in scores if m.choice != known]
            if "care" in heard and said_in_place.bought_with_benefit(words, spans, "benefits", "care"):
                heard.discard("care")  # round twenty-two: "na pieluchy i na leki to jakiś zasiłek jest"
                scores = [m for m in scores if m.choice != "care"]
            for purpose in [c for c in heard if c not in NOT_TOPICS | GENERAL_TOPICS and c != "benefits"]:
                if "benefits" in heard and said_in_place.purpose_of_benefit(words, spans, "benefits", purpose):
                    heard.discard(purpose)  # round eleven: "zasiłek celowy na opłacenie rachunków": the benefit
                    scores = [m for m in scores if m.choice != purpose]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.building_burning(self._words(speech)):
            heard.add(DANGER)  # round thirty-seven: "u sąsiada się stodoła pali": a building on fire, "się" before it
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.round_forty_one_danger(
                self._words(speech)):
            # round forty-one: "czuć u mnie w kuchni gazem", "nie pali w piecu … w zimnie i kaszle", "nie daje pić" to
            # one in bed, "wolałabym się utopić", "on mi rozbił i nie mogę tam wracać", "jutro mnie już nie będzie"
            heard.add(DANGER)
        if DANGER in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fear_denied_after(words, spans, DANGER)):
            heard.discard(DANGER)  # round thirty-seven: "boję się tych maszyn, to znaczy nie boję się, tylko nie lubię"
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and self._round_forty_two_danger(speech):
            heard.add(DANGER)  # round forty-two: "od świąt z chałupy nie wychodzi, pies wyje", "zimno, nie mam czym
            # palić, a chłop chory leży i się trzęsie", "przestała jeść już piąty dzień", "nie ma ani chleba, ani mleka
            # dla małego", "pomocy" cried alone
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.forty_three_numb_with_cold(
                self._words(speech)):
            heard.add(DANGER)  # round forty-three: "zimno jak w psiarni, piec wygasł … i rąk nie czuję"
        if "person" not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.human_asked_alone(
                self._words(speech)):
            heard.add("person")  # session twenty-eight: "człowiek!", "człowieka proszę" as the whole answer
        if DANGER in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_three_fear_of_the_line(words, spans, DANGER)):
            heard.discard(DANGER)  # round forty-three: "nie chcę żadnej wiadomości zostawiać, ja się tego boję"
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_fear_not_danger(words, spans, DANGER)
                or said_in_place.fifty_gone_away_silent(words, spans, DANGER)
                or ("care" in heard and said_in_place.fifty_care_not_danger(words, spans, DANGER))):
            # round fifty: "boimy się, że nie damy rady" (coping), "córka się boi sama zgłosić" (an office's step),
            # "wyjechała do Niemiec i się nie odzywa" (gone away), beside care "po złamaniu biodra leży", "sobie nie
            # radzi sama w domu"
            heard.discard(DANGER)
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER in heard and NOT_NOW not in heard and self.lang == DEFAULT_LANGUAGE and heard - DANGER_ONLY_BESIDE - \
                NO_MATTER_BESIDE_DANGER and self._read_with(node, speech, lambda words, spans:
                                                             said_in_place.fifty_two_long_over(words, spans, DANGER)):
            # round fifty-two: "o zasiłek, bo synowa mnie kiedyś wyzywała, ale teraz mieszkam u córki": danger told as
            # long over beside a matter asked; the matter wins, as beside the words of what is over
            heard.discard(DANGER)
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: ("care" in heard and said_in_place.fifty_two_frail_fear(
                    words, spans, DANGER)) or said_in_place.fifty_two_tree_fell(words, spans, DANGER)
                or said_in_place.street_named(words, spans, DANGER)):
            # round fifty-two: beside care "tata po upadku się boi sam chodzić" (a frail parent's fear); "drzewo mi na
            # płot się przewróciło w tę wichurę" (a tree fallen onto a fence); round 102: "na ulicy poznańskiej jest
            # dziura w drodze" (a street's name)
            heard.discard(DANGER)
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.round_forty_four_danger(
                self._words(speech)):
            heard.add(DANGER)  # round forty-four: "mama ma demencję, chodzi po wsi w szlafroku, a minus pięć", "od
            # tygodnia nie pali w piecu i siedzi w kurtce", "od przedwczoraj nie odbiera, proszę kogoś tam wysłać"
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.nothing_in_mouth_for_days(
                self._words(speech)):
            heard.add(DANGER)  # round forty-five: "od trzech dni nic w ustach nie miałam": not eaten for days
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_put_out_of_home(
                self._words(speech)):
            heard.add(DANGER)  # round fifty: "syn ją wypchnął na dwór i zamknął drzwi": put out of the house
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and (
                said_in_place.forty_nine_survival_doubted(self._words(speech))
                or said_in_place.forty_nine_driven_into_cold(self._words(speech))
                or said_in_place.forty_nine_pills_hoarded(self._words(speech))):
            heard.add(DANGER)  # round forty-nine: "nie wiem, czy dożyję do rana", "syn matkę wyrzucił na mróz", "ja
            # sobie tabletek nazbierałam i już wiem, co zrobię"
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_one_child_with_drunk_only(
                self._words(speech)):
            heard.add(DANGER)  # round fifty-one: "dziecko płacze całą noc, a tam tylko ojciec pijany leży": the only
            # grown-up there drunk
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and (
                said_in_place.fifty_two_numb_in_cold_home(self._words(speech))
                or said_in_place.fifty_two_listened_and_punished(self._words(speech))):
            heard.add(DANGER)  # round fifty-two: "w domu jest pięć stopni … palców nie czuję", "on stoi za drzwiami i
            # słucha, jak coś powiem nie tak, to znowu dostanę"
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_five_drunk_alone_with_children(
                self._words(speech)):
            heard.add(DANGER)  # round fifty-five: "sąsiad pijany w sztok, a sam jest z trójką małych dzieci": the one
            # drunk is the only grown-up with the children
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_four_hurried_before_return(
                self._words(speech)):
            heard.add(DANGER)  # round fifty-four: "tak, ale szybko, bo on zaraz wróci": the caller hurries before
            # someone comes back, a call in secret
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and (
                said_in_place.fifty_three_quiet_house(self._words(speech))
                or said_in_place.fifty_three_unsure_eaten(self._words(speech))):
            heard.add(DANGER)  # round fifty-three: "od wigilii nie wyszła, rolety spuszczone, na śniegu żadnych śladów",
            # "nie wiem, czy ja dzisiaj jadłam"
        if DANGER in heard and "care" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_three_winter_fear(words, spans, DANGER)):
            heard.discard(DANGER)  # round fifty-three: "o dom starców, bo się boję kolejnej zimy sama": the reason for
            scores = [m for m in scores if m.choice != DANGER]  # the care asked
        if DANGER in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_three_weather_aches(words, spans, DANGER)):
            heard.discard(DANGER)  # round fifty-three: "zabija mnie ten mróz, kości mnie łamią na pogodę": the aches of
            scores = [m for m in scores if m.choice != DANGER]  # age, a figure of speech
        if DANGER in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD} and \
                self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_seven_penalty_threatened(words, spans, DANGER)):
            # round fifty-seven: "spółdzielnia grozi sądem … czy jest zapomoga", "dodatek osłonowy, bo grożą odcięciem":
            # arrears told beside a matter asked, no one harmed ("grozi mi eksmisja" alone stays danger: the first
            # corpus's label)
            heard.discard(DANGER)
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_seven_onto_tracks(
                self._words(speech)):
            heard.add(DANGER)  # round fifty-seven: "dzwonił, że idzie na tory i że to koniec": onto the railway tracks
        if DANGER not in heard and NOT_NOW not in heard and self.lang == DEFAULT_LANGUAGE and (
                said_in_place.sixty_left_in_cold(self._words(speech))
                or said_in_place.sixty_shut_since_named_day(self._words(speech))):
            heard.add(DANGER)  # round sixty: "dzieciaki zostawił na mrozie, a sam śpi pijany", "sąsiadka od świąt nie
            # otwiera": a person left in the cold, a door shut since a named day
        if DANGER not in heard and NOT_NOW not in heard and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.sixty_one_something_done_to_me(self._words(speech)):
            heard.add(DANGER)  # round sixty-one: "powiedzieli, że jak nie odda, to mnie starej coś zrobią": a threat
        if DANGER not in heard and NOT_NOW not in heard and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.sixty_two_child_crying_alone(self._words(speech)):
            heard.add(DANGER)  # round sixty-two: "dziecko płacze całą noc, a tam nikogo nie ma": a child alone, crying
        if GOODBYE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_seven_instalments_not_goodbye(
                    words, spans, GOODBYE)):
            heard.discard(GOODBYE)  # round fifty-seven: "rozłożyć na raty" heard near "na razie": instalments told
            scores = [m for m in scores if m.choice != GOODBYE]
        if "care" in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD, "care"} and \
                self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_seven_living_alone_told(words, spans, "care")):
            heard.discard("care")  # round fifty-seven: "dodatek na prąd, bo mi wyłączają, a ja sama mieszkam": the
            scores = [m for m in scores if m.choice != "care"]  # caller's living alone told beside the matter asked
        for told in [c for c in ("hours", "contact") if c in heard and self.lang == DEFAULT_LANGUAGE]:
            if self._read_with(node, speech, lambda words, spans: said_in_place.fifty_seven_another_office(
                    words, spans, told)):
                heard.discard(told)  # round fifty-seven: "numer do sądu", "do komornika w jakich godzinach się
                scores = [m for m in scores if m.choice != told]  # dzwoni": another office's, not this one's
        if "programmes" in heard and "care" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_seven_work_for_care(words, spans, "programmes")):
            heard.discard("programmes")  # round fifty-seven: "przez opiekę nad mamą pracę straciłam … żebym mogła do
            scores = [m for m in scores if m.choice != "programmes"]  # roboty wrócić": why care is asked
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_three_talk_told_past(
                    words, spans, "person", bool({RECORD, CALLBACK} & heard))):
            heard.discard("person")  # round fifty-three: "w sprawie tego, co rozmawiałyśmy": a talk told, no one asked
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_six_given_to_people(words, spans, "person")):
            heard.discard("person")  # round fifty-six: "zasiłek, co go dają ludziom": given to people, no one asked
            scores = [m for m in scores if m.choice != "person"]
        if "food" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_six_parcel_by_post(words, spans, "food")):
            heard.discard("food")  # round fifty-six: "paczka z allegro nie przyszła": a parcel posted, not food aid
            scores = [m for m in scores if m.choice != "food"]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and (
                said_in_place.fifty_nine_hiding_in_room(self._words(speech))
                or said_in_place.fifty_nine_call_hidden_from_him(self._words(speech))):
            heard.add(DANGER)  # round fifty-nine: "ojciec krzyczy na mamę … ja jestem w łazience zamknięty", "niech pani
            # nie dzwoni, jak on jest w domu, bo mi zabroni": hiding from someone at home, a call in secret
        if DANGER in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_nine_bruises_of_treatment(words, spans, DANGER)
                or said_in_place.fifty_nine_fire_over(words, spans, DANGER)):
            heard.discard(DANGER)  # round fifty-nine: "siniaki od zastrzyków na rozrzedzenie krwi", "po tym pożarze
            scores = [m for m in scores if m.choice != DANGER]  # stodoły": a treatment's bruises, a fire that is over
        if DANGER in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD} and \
                self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_nine_fear_of_bills(words, spans, DANGER)):
            heard.discard(DANGER)  # round fifty-nine: "boję się, że nie starczy do pierwszego … o zasiłek": fear of
            scores = [m for m in scores if m.choice != DANGER]  # bills beside a matter asked
        if "hours" in heard and RECORD in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_nine_closed_told(words, spans, "hours")):
            heard.discard("hours")  # round fifty-nine: "czy mogę coś nagrać, bo już zamknięte": the closing told as
            scores = [m for m in scores if m.choice != "hours"]  # the reason for the message
        if "person" in heard and "social_work" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_nine_sent_by_someone(
                    words, spans, "person", "social_work")):
            heard.discard("person")  # round fifty-nine: "pani kierownik kazała zadzwonić do pracownika socjalnego":
            scores = [m for m in scores if m.choice != "person"]  # the one who sent, the social work asked
        byes = [span for span in self._matchers[node].spans(speech) if span[3] >= THRESHOLD] if \
            DANGER in heard and self.lang == DEFAULT_LANGUAGE else []
        if byes and said_in_place.danger_into_goodbye(self._words(speech), byes, DANGER, GOODBYE):
            heard.discard(DANGER)  # round forty-two: "nic już nie chcę, do widzenia" heard as the gapped "nic nie widzę"
            said = self._said(speech)  # (which hid the goodbye inside it): the goodbye
            scores = [m for m in scores if m.choice != DANGER] + [
                Match(GOODBYE, score, " ".join(said[start:end]), end) for c, start, end, score in byes if c == GOODBYE]
            heard.add(GOODBYE)
        if DANGER in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.service_by_mistake(
                self._matchers[node].words(speech), [(start, end) for choice, start, end, score in
                                                     self._matchers[node].spans(speech)
                                                     if choice == DANGER and score >= THRESHOLD]):
            heard.discard(DANGER)  # round twenty-four, Ukrainian: "алло це поліція, а ні, я не туди потрапила"
            scores = [m for m in scores if m.choice != DANGER]
        for told in [c for c in heard if c not in NOT_TOPICS] if self.lang != DEFAULT_LANGUAGE else ():
            if self._uk_told_only(node, speech, told):
                heard.discard(told)  # round twenty-four, Ukrainian: "хліб уже по вісім злотих" (a price), "карту
                scores = [m for m in scores if m.choice != told]  # побиту … і які документи треба" (its documents)
        for told in [c for c in heard if c not in NOT_TOPICS] if self.lang != DEFAULT_LANGUAGE else ():
            if understand_uk.neither_wanted(self._matchers[node].words(speech), self._uk_spans(node, speech, told)):
                heard.discard(told)  # round twenty-eight, Ukrainian: "не треба ні вісімсот плюс ні того додатку"
                scores = [m for m in scores if m.choice != told]
        if SEND_SMS in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.sent_before(
                self._matchers[node].words(speech), self._uk_spans(node, speech, SEND_SMS)):
            heard.discard(SEND_SMS)  # round thirty, Ukrainian: "мені відмову прислали": sent before, not asked
            scores = [m for m in scores if m.choice != SEND_SMS]
        if self.lang != DEFAULT_LANGUAGE and understand_uk.over_and_well(self._matchers[node].words(speech)):
            # round thirty, Ukrainian: "торік нам не було чим топити … а тепер … все в нас добре": the hardship is over
            # (the worker who helped then, "пані з опіки", is told too, not asked for)
            heard -= {c for c in heard if c not in NOT_TOPICS or c == "person"}
            scores = [m for m in scores if m.choice in heard]
        if CALLBACK not in heard and DANGER not in heard and self.lang != DEFAULT_LANGUAGE and node != CALLBACK and \
                understand_uk.callback_wished(self._matchers[node].words(speech)):
            heard.add(CALLBACK)  # round thirty, Ukrainian: "а можна, щоб мені завтра подзвонили": a call back asked
        for told in [c for c in heard if c in (RECORD, SEND_SMS, CALLBACK, VISIT)] if self.lang != DEFAULT_LANGUAGE else ():
            if understand_uk.refused_after(self._matchers[node].words(speech), self._uk_spans(node, speech, told)):
                heard.discard(told)  # round thirty-one, Ukrainian: "ні, повідомлення я не хочу": refused after it
                scores = [m for m in scores if m.choice != told]
        if CALLBACK in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.own_call(
                self._matchers[node].words(speech), self._uk_spans(node, speech, CALLBACK)):
            heard.discard(CALLBACK)  # round thirty-one, Ukrainian: "я пізніше сам передзвоню": the caller will call
            scores = [m for m in scores if m.choice != CALLBACK]
        for told in [c for c in heard if c not in NOT_TOPICS] if self.lang != DEFAULT_LANGUAGE else ():
            if understand_uk.prices_of(self._matchers[node].words(speech), self._uk_spans(node, speech, told)):
                heard.discard(told)  # round thirty-one, Ukrainian: "з понеділка ціни на газ піднімуть": a price told
                scores = [m for m in scores if m.choice != told]
        if "hours" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.own_schedule(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "hours")):
            heard.discard("hours")  # round thirty-one, Ukrainian: "от такий у мене графік": the caller's own
            scores = [m for m in scores if m.choice != "hours"]
        if "contact" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.phone_as_device(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "contact")):
            heard.discard("contact")  # round thirty-one, Ukrainian: "ночами сидить в телефоні": a device
            scores = [m for m in scores if m.choice != "contact"]
        if "contact" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.number_given(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "contact")):
            heard.discard("contact")  # round thirty-three, Ukrainian: "хто мені той номер дав": how it came, told
            scores = [m for m in scores if m.choice != "contact"]
        if WHERE in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.where_others_do(
                self._matchers[node].words(speech), self._uk_spans(node, speech, WHERE)):
            heard.discard(WHERE)  # round thirty-three, Ukrainian: "польську мову де вчать": where others do a thing
            scores = [m for m in scores if m.choice != WHERE]
        if WHERE in heard and self.lang == DEFAULT_LANGUAGE and (heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS}
                                                                 or "back" in heard) and \
                said_in_place.where_relative(self._words(speech), self._matchers[node].spans(speech), WHERE):
            heard.discard(WHERE)  # round thirty-four: "cofnie tam, gdzie było najpierw", "takie miejsce, gdzie by się
            scores = [m for m in scores if m.choice != WHERE]  # nim zajęli": a place told, not the address asked
        if WHERE in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.where_own_past(
                self._words(speech), self._matchers[node].spans(speech), WHERE):
            heard.discard(WHERE)  # round thirty-four: "gdzie ja te okulary położyłam": thinking aloud
            scores = [m for m in scores if m.choice != WHERE]
        for told, beside, reading in SET_ASIDE:  # session twenty-one's readings, each setting one choice aside
            if told in heard and beside <= heard and self._read_with(
                    node, speech, lambda words, spans, told=told, reading=reading: reading(words, spans, told)):
                heard.discard(told)
                scores = [m for m in scores if m.choice != told]
        for told in sorted(heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, RECORD, CALLBACK}) \
                if self.lang == DEFAULT_LANGUAGE and said_in_place.ROLE_LEADS & set(self._said(speech)) else ():
            if self._read_with(node, speech, lambda words, spans, told=told: said_in_place.role_told(words, spans, told)):
                heard.discard(told)  # round 102: "chodzę do niej jako opiekunka … podatek rolny": the caller's role
                scores = [m for m in scores if m.choice != told]
        if "programmes" in heard and self.lang == DEFAULT_LANGUAGE and \
                heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, "programmes"} and said_in_place.own_work_told(
                self._words(speech), self._matchers[node].spans(speech), "programmes"):
            heard.discard("programmes")  # round thirty-four: "kto by mamę przypilnował, jak ja w pracy": the
            scores = [m for m in scores if m.choice != "programmes"]  # caller's own work, why they ask
        if "programmes" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.journey_to_work_told(words, spans, "programmes")):
            heard.discard("programmes")  # round forty: "on jedzie do pracy za granicę, a paszport trzeba wyrobić": a
            scores = [m for m in scores if m.choice != "programmes"]  # journey to work told, no job asked for
        for told in [c for c in heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS} if self.lang == DEFAULT_LANGUAGE]:
            if heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, told} and said_in_place.said_of_anyone(
                    self._words(speech), self._matchers[node].spans(speech), told):
                heard.discard(told)  # round thirty-four: "gmina do węgla dopłaca, jak kto sam mieszka": whom the
                scores = [m for m in scores if m.choice != told]  # help is for, not a need of its own
        if "about" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.help_for_matter(
                    words, spans, "about", [c for c in heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD}])):
            heard.discard("about")  # round thirty-six: "na węgiel czy jest jaka pomoc": the help for that matter
            scores = [m for m in scores if m.choice != "about"]
        if "about" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_five_what_to_do(
                    words, spans, "about", [c for c in heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD}])):
            heard.discard("about")  # round fifty-five: "wnuczek bierze narkotyki, córka nie wie, co robić": what to do
            scores = [m for m in scores if m.choice != "about"]  # about the matter named, not what the office does
        if "social_work" in heard and "care" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_five_not_coping_with_care(
                    words, spans, "social_work", "care")):
            heard.discard("social_work")  # round fifty-five: "mama ma alzheimera, a ja już nie daję rady": the carer
            scores = [m for m in scores if m.choice != "social_work"]  # not coping is why care is asked for
        if "hours" in heard and WHEN not in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.hours_of_another(
                    words, spans, "hours", [c for c in heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD}])):
            heard.discard("hours")  # round thirty-six: "ta komisja, czy ona tam się przyjmuje": where it sits
            scores = [m for m in scores if m.choice != "hours"]
        if "hours" in heard and WHEN not in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_eight_same_hours_of_another(
                    words, spans, "hours", [c for c in heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS, CALLBACK, RECORD}])):
            heard.discard("hours")  # round fifty-eight: "a komisja to też w tych godzinach przyjmuje": that body's item
            scores = [m for m in scores if m.choice != "hours"]
        if "food" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.plenty_told(words, spans, "food")):
            heard.discard("food")  # round thirty-six: "tyle jedzenia naszykowała": a meal told of, no need
            scores = [m for m in scores if m.choice != "food"]
        if "food" in heard and "care" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.cooking_within_care(words, spans, "food")):
            heard.discard("food")  # round forty-one: "mama sama się nie umyje i nie ugotuje": care at home, which cooks
            scores = [m for m in scores if m.choice != "food"]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.told_all_well(self._words(speech)):
            # round thirty-eight: "syn węgiel zamówił, kominiarz był, wszystko dobrze, ja tak tylko mówię": a matter told
            # with all well and nothing asked is no request (actions, a person and goodbyes stay)
            heard -= {c for c in heard if c not in NOT_TOPICS | {RECORD, SEND_SMS, CALLBACK, CONFIRM}
                      and not c.startswith("key")}
            scores = [m for m in scores if m.choice in heard]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.nothing_needed_told(self._words(speech)):
            # round forty: "kowalski pije od lat … nic nie trzeba robić, tak się tylko zgadałyśmy": nothing needed, told
            heard -= {c for c in heard if c not in NOT_TOPICS | {RECORD, SEND_SMS, CALLBACK, CONFIRM}
                      and not c.startswith("key")}
            scores = [m for m in scores if m.choice in heard]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_seven_nothing_wanted(
                self._words(speech)):
            # round fifty-seven: "te ceny prądu … ja tak tylko ponarzekać dzwonię, nic nie chcę od was": nothing wanted,
            # told (actions, a person and goodbyes stay, as above)
            heard -= {c for c in heard if c not in NOT_TOPICS | {RECORD, SEND_SMS, CALLBACK, CONFIRM}
                      and not c.startswith("key")}
            scores = [m for m in scores if m.choice in heard]
        for told in [c for c in heard - NOT_TOPICS - {SEND_SMS} if self.lang == DEFAULT_LANGUAGE]:
            if said_in_place.only_the_other(self._words(speech), self._matchers[node].spans(speech), told):
                heard.discard(told)  # round forty-two: "a jedzenie to też dajecie, czy tylko pieniądze": the first asked
                scores = [m for m in scores if m.choice != told]
        if "hours" in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.own_coming_when_open(
                self._words(speech), self._matchers[node].spans(speech), "hours"):
            heard.discard("hours")  # round forty-two: "ja sama przyjdę, jak będzie otwarte": the caller's own plan
            scores = [m for m in scores if m.choice != "hours"]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.only_venting(self._words(speech)):
            # round forty-one: "ledwo starcza, ale nie dzwonię po pomoc, tylko się wyżaliłam": nothing asked (actions, a
            # person and goodbyes stay)
            heard -= {c for c in heard if c not in NOT_TOPICS | {RECORD, SEND_SMS, CALLBACK, CONFIRM}
                      and not c.startswith("key")}
            scores = [m for m in scores if m.choice in heard]
        for told in [c for c in heard - NOT_TOPICS - {SEND_SMS} if self.lang == DEFAULT_LANGUAGE]:
            if heard - NOT_TOPICS - {SEND_SMS, told} and self._read_with(
                    node, speech, lambda words, spans, told=told: said_in_place.forty_three_not_asked(words, spans, told)):
                heard.discard(told)  # round forty-three: "godzin nie pytałam, ja chciałam wiedzieć, w czym pomagacie"
                scores = [m for m in scores if m.choice != told]
        if "repeat" in heard and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_three_hearing_a_thing(words, spans, "repeat")):
            heard.discard("repeat")  # round forty-three: "ja i tak nie odbieram, bo nie słyszę dzwonka": why, told
            scores = [m for m in scores if m.choice != "repeat"]
        for told in [c for c in heard - NOT_TOPICS - {SEND_SMS} if "repeat" in heard]:
            if self._read_with(node, speech, lambda words, spans, told=told: said_in_place.forty_three_recalled_then_repeat(
                    words, spans, told, "repeat")):
                heard.discard(told)  # round forty-three: "czy to był ośrodek, bo trzeszczy, powtórzy pani": half heard
                scores = [m for m in scores if m.choice != told]
        if WHERE in heard and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_three_or_elsewhere(words, spans, WHERE)):
            heard.discard(WHERE)  # round forty-three: "czy ja się do gminy dodzwoniłam, czy gdzie": or somewhere else
            scores = [m for m in scores if m.choice != WHERE]
        if "heating" in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.cold_outside(
                self._words(speech), self._matchers[node].spans(speech), "heating"):
            heard.discard("heating")  # round forty-five: "zimno takie za oknem, taka pora": the weather told
            scores = [m for m in scores if m.choice != "heating"]
        if "heating" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_three_warm_after_all(words, spans, "heating")):
            heard.discard("heating")  # round fifty-three: "zimno w chałupie, bo stara, ale piec grzeje, napaliłam": the
            scores = [m for m in scores if m.choice != "heating"]  # cold told, the home heated
        for told in [c for c in heard - NOT_TOPICS - GENERAL_TOPICS - {"contact"}] if "contact" in heard and \
                self.lang == DEFAULT_LANGUAGE else ():
            if said_in_place.number_of_worker(self._words(speech), self._matchers[node].spans(speech), "contact", told):
                heard.discard(told)  # round forty-five: "numer bezpośrednio do pracownika socjalnego": the number
                scores = [m for m in scores if m.choice != told]
        if WHERE in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.somewhere_after_verb(
                self._words(speech), self._matchers[node].spans(speech), WHERE):
            heard.discard(WHERE)  # round forty-five: "człowiek zadzwoni gdzieś, żeby głos usłyszeć": somewhere told
            scores = [m for m in scores if m.choice != WHERE]
        if WHEN in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.acknowledged(
                self._matchers[node].words(speech)):
            heard.discard(WHEN)  # round thirty-three, Ukrainian: "а в неділю нема нікого, ну то ясно": taken in
            scores = [m for m in scores if m.choice != WHEN]
        for told in [c for c in heard if c in (RECORD, SEND_SMS, CALLBACK)] if self.lang != DEFAULT_LANGUAGE else ():
            if understand_uk.meaning_asked(self._matchers[node].words(speech), self._uk_spans(node, speech, told)):
                heard.discard(told)  # round thirty-three, Ukrainian: "а що то значить повідомлення": the word asked
                scores = [m for m in scores if m.choice != told]  # (a topic's item explains it: not for topics)
        if NOT_NOW in heard and "addiction" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.drinking_over(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "addiction")):
            heard.discard("addiction")  # round thirty-one, Ukrainian: "напився … то вже давно, три роки не п'є"
            scores = [m for m in scores if m.choice != "addiction"]
        if "hours" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.works_with(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "hours")):
            heard.discard("hours")  # round thirty, Ukrainian: "ви з ними працюєте": whether, not when, the office works
            scores = [m for m in scores if m.choice != "hours"]
        if self.lang != DEFAULT_LANGUAGE and node != CALLBACK and understand_uk.dialled_wrong(
                self._matchers[node].words(speech)):
            # round thirty, Ukrainian: "я не туди попала, я шукала де квитки на бус": what is told is for the place
            # the caller meant to call (danger told is still danger)
            heard -= {c for c in heard if c not in NOT_TOPICS}
            scores = [m for m in scores if m.choice in heard]
        if DANGER not in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.wished_unhurt(
                self._matchers[node].words(speech)):
            heard.add(DANGER)  # round thirty-three, Ukrainian: "та мені б аби він не бив": the beating is now
        if DANGER not in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.gone_since(
                self._matchers[node].words(speech)):
            heard.add(DANGER)  # round twenty-seven, Ukrainian: "мама її вчора поїхала і не вернулась"
        if DANGER not in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.child_alone(
                self._matchers[node].words(speech)):
            heard.add(DANGER)  # round thirty-five, Ukrainian: "хлопчик маленький сам з ранку в холодній хаті"
        if DANGER not in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.neglected_down(
                self._matchers[node].words(speech)):
            heard.add(DANGER)  # round twenty-eight, Ukrainian: "бабуся лежить сама не встає і ніхто до неї не ходить"
        if "about" in heard and self.lang != DEFAULT_LANGUAGE and heard - NOT_TOPICS - GENERAL_TOPICS - {
                WHEN, SEND_SMS, CALLBACK, RECORD} and understand_uk.where_to_turn(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "about")):
            heard.discard("about")  # round twenty-seven, Ukrainian: "це ж залежність, куди звертатися": where to go
            scores = [m for m in scores if m.choice != "about"]  # with the matter told
        if "about" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.help_of_kind(
                self._uk_spans(node, speech, "about"), [(start, end) for found, start, end, score in
                                                        self._matchers[node].spans(speech)
                                                        if found in heard - NOT_TOPICS - GENERAL_TOPICS - {
                                                            WHEN, SEND_SMS, CALLBACK, RECORD} and score >= THRESHOLD]):
            heard.discard("about")  # round twenty-eight, Ukrainian: "грошова допомога для біженців": the help of the
            scores = [m for m in scores if m.choice != "about"]  # kind named, for whom it is asked
        if SEND_SMS in heard and self.lang == DEFAULT_LANGUAGE and self._told_in_past(node, speech, SEND_SMS):
            heard.discard(SEND_SMS)  # session twenty-five: "w gazowni przysłali rachunek za dużo", "krus przysłał pismo":
            scores = [m for m in scores if m.choice != SEND_SMS]  # a letter that came, no text asked for
        if NOT_NOW in heard and "addiction" in heard and self._told_in_past(node, speech, "addiction"):
            # Round eight: drinking told from long ago in the past tense ("to było dawno, jak ojciec pił") is
            # no drinking now; "pił lata temu, a teraz znowu pije" still is.
            heard.discard("addiction")
            scores = [m for m in scores if m.choice != "addiction"]
        if NOT_NOW in heard and "addiction" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_past_or_recalled(words, spans, "addiction")):
            heard.discard("addiction")  # round fifty: "ojciec pił lata temu … bo pani o alkoholu powiedziała": the
            scores = [m for m in scores if m.choice != "addiction"]  # past, and the line's word recalled
        if DANGER in heard and NOT_NOW in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.danger_now_after(
                self._matchers[node].words(speech), self._uk_spans(node, speech, NOT_NOW),
                self._uk_spans(node, speech, DANGER)):
            return DANGER  # round thirty-one, Ukrainian: "він мене бив, то вже давно, а тепер знову б'є"
        remembered = DANGER in heard and NOT_NOW in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
            node, speech, lambda words, spans: said_in_place.fifty_three_only_remembering(words, spans, DANGER, NOT_NOW))
        for told in [c for c in heard - DANGER_ONLY_BESIDE if c not in NOT_TOPICS] if remembered else ():
            if self._read_with(node, speech, lambda words, spans, told=told:
                               said_in_place.fifty_three_told_before_remembering(words, spans, told)):
                heard.discard(told)  # round fifty-three: "groził o pieniądze z renty … tak tylko wspominam": part of
                scores = [m for m in scores if m.choice != told]  # the memory, not asked
        if DANGER in heard and NOT_NOW in heard and not remembered and (self._danger_now_after(node, speech)
                                                   or self._danger_said_again(node, speech)
                                                   or self._need_beside_prison(node, speech)
                                                   or self._over_denied(node, speech)
                                                   or self._over_doubted(node, speech)
                                                   or (placed is not None and said_in_place.fear_after(
                                                       words, spans, NOT_NOW, DANGER, NOT_MEANT) and not (
                                                       # round forty-five: "to aż się człowiek boi": anyone's fear
                                                       self.lang == DEFAULT_LANGUAGE
                                                       and said_in_place.fear_of_anyone(words, spans, DANGER)))
                                                   or (self.lang == DEFAULT_LANGUAGE and self._read_with(
                                                       node, speech, lambda words, spans:
                                                       said_in_place.again_as_last_time(words, spans, NOT_NOW,
                                                                                        DANGER)))
                                                   or self._read_with(node, speech, lambda words, spans:
                                                                      said_in_place.danger_here_after(
                                                                          words, spans, NOT_NOW, DANGER)
                                                                      # round sixty-four: "dzisiaj powiedział, że … mnie
                                                                      # zabije, a w zeszłym tygodniu już mnie dusił"
                                                                      or said_in_place.sixty_four_today_before_past(
                                                                          words, spans, NOT_NOW, DANGER)
                                                                      # session twenty: "w zeszłym roku mnie bił, a
                                                                      # teraz znowu zaczął": begun again
                                                                      or said_in_place.again_after_the_past(
                                                                          words, spans, NOT_NOW, DANGER))):
            # round forty-one: "zięć znowu taki jest, jak w zeszłym tygodniu … a on wali w drzwi": the same again now
            # "lata temu bił mnie, a teraz syn bije": the past told, then danger now; "mąż mnie bije, już dobrze
            # nie jest": the words of what is over denied; round fourteen: "nie wiem, czy on żartuje": doubted; round
            # twenty-three: "w zeszłym tygodniu mnie pobił i boję się": fear after the telling; session eighteen:
            # "w telewizji mówili …, a u mnie sąsiad leży i się nie rusza": the caller's own place turned to
            return DANGER
        if DANGER in heard and NOT_NOW in heard:
            # Danger told from a screen or long ago: the matter named beside it; else, where a
            # matter is asked for, "is anyone in danger?" (elsewhere the safety route).
            for told in [c for c in heard - DANGER_ONLY_BESIDE if c not in NOT_TOPICS] if placed is not None else ():
                if said_in_place.inside_story(spans, told, NOT_NOW, DANGER, words) or said_in_place.over_at_the_end(
                        spans, told, NOT_NOW, DANGER, words) or said_in_place.story_goes_on(
                        spans, told, NOT_NOW, DANGER, words):  # round eighteen: "…, już po wszystkim" said last;
                    # round thirty-nine: "… pobił i w piwnicy ją zamknął" (the story told on)
                    # Round twelve: "w wiadomościach pokazywali, jak pijany pobił żonę": the drinking is
                    # part of what was shown.
                    heard.discard(told)
                    scores = [m for m in scores if m.choice != told]
            if not heard - DANGER_ONLY_BESIDE - NO_MATTER_BESIDE_DANGER:  # round 23: "boję się wrócić" is no way back
                return DANGER_CHECK if node in STORY_NODES else DANGER
            heard.discard(DANGER)
            scores = [m for m in scores if m.choice != DANGER]
        if DANGER in heard:
            return DANGER
        if "hours" in heard and heard - NOT_TOPICS - {"hours", WHEN, WHERE} and self._read_with(
                node, speech, lambda words, spans: said_in_place.state_remarked(words, spans, "hours")):
            heard.discard("hours")  # session twenty-eight: "zamknięte, no trudno, ale w czym wy pomagacie": the
            scores = [m for m in scores if m.choice != "hours"]  # closing remarked on, the other matter asked
        for later in self._put_off(node, speech, heard):
            heard.discard(later)  # session twenty-eight: "najpierw posłucham o świadczeniach, a potem może zostawię
            scores = [m for m in scores if m.choice != later]  # wiadomość": the benefits now, no recording started
        for said_before in self._said_before_correction(node, speech, heard):
            heard.discard(said_before)  # session twenty-six: "czy wy dajecie ten opał, a właściwie w czym wy pomagacie":
            scores = [m for m in scores if m.choice != said_before]  # what is said after the correction is asked
        corrected = self._corrected(node, speech)
        if corrected is not None:
            return corrected
        corrected = self._key_after_no(node, speech)
        if corrected is not None:  # round thirty-seven: "gwiazdka, a może krzyżyk, nie, gwiazdka"
            return corrected
        corrected = self._sixty_key_said_last(node, speech)
        if corrected is not None:  # round sixty: "trójka, a nie, tu nie ma trójki, to jedynka"
            return corrected
        asked = self._language_asked(speech) if node != DANGER_CHECK else None
        if asked is not None:
            return SWITCH + asked
        if node == DANGER_CHECK:  # "is anyone in danger?": "tak" is; a plain "nie" is not; a matter
            if self._no_danger.match(speech) is not None:  # named goes there; anything else: respond()
                return NOT_DANGER
            if CONFIRM in heard:
                return DANGER
        if "person" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.title_of_place_called(
                self._matchers[node].words(speech), [(start, end) for choice, start, end, score in
                                                     self._matchers[node].spans(speech)
                                                     if choice == "person" and score >= THRESHOLD]):
            heard.discard("person")  # round twenty-four, Ukrainian: "я дзвоню в школу … з'єднати з директором"
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.talk_denied(
                self._matchers[node].words(speech), self._uk_spans(node, speech, "person"),
                [(start, end) for found, start, end, score in self._matchers[node].spans(speech)
                 if found != "person" and score >= THRESHOLD]):
            heard.discard("person")  # round twenty-eight, Ukrainian: "син ні з ким не розмовляє": told, not asked
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang != DEFAULT_LANGUAGE and (
                (heard & {RECORD, CALLBACK} and understand_uk.addressed(self._matchers[node].words(speech),
                                                                      self._uk_person_spans(node, speech)))
                or ("social_work" in heard and understand_uk.worker_as_someone(self._matchers[node].words(speech),
                                                                              self._uk_person_spans(node, speech)))
                or ("social_work" in heard and understand_uk.talk_with_family(self._matchers[node].words(speech),
                                                                             self._uk_person_spans(node, speech)))):
            # round twenty-seven, Ukrainian: "залишити повідомлення для пані Олени" (whom it is for), "щоб хтось
            # порадив допоміг, ну пані працівниця" (the worker is the someone who would help); round thirty: "хочу, щоб
            # хтось з нами поговорив" (a worker to talk with the family)
            heard.discard("person")
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self._read_with(node, speech, lambda words, spans: said_in_place.cannot_talk_now(
                words, spans, "person")):
            heard.discard("person")  # round twenty: "później, teraz nie mogę rozmawiać": no person asked for
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._wants_nothing(node, speech):
            heard.discard("person")  # round twenty-three: "ja tylko tak dzwonię pogadać, ja nic nie chcę": no one asked
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self._read_with(node, speech, lambda words, spans: said_in_place.person_told_in_past(
                words, [*spans, *self._name_spans(node, speech)], "person")):
            heard.discard("person")  # round thirty-two: "jak mama upadła, to pani z opieki przyszła i pomogła": told
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and heard - NOT_TOPICS - GENERAL_TOPICS and not any(
                c == "person" for c, *_ in (self._spans(node, speech) or ())) and said_in_place.own_name_told(
                self._words(speech)):
            heard.discard("person")  # round thirty-seven: "ja jestem pan Zenon z Gowarzewa … na opał": the caller's
            scores = [m for m in scores if m.choice != "person"]  # own name, the matter asked after it
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and heard - NOT_TOPICS - GENERAL_TOPICS and not any(
                c == "person" for c, *_ in (self._spans(node, speech) or ())) and said_in_place.name_of_kin(
                self._words(speech), RECORD in heard):
            heard.discard("person")  # round forty: "jestem synem pana Stanisława … opiekunka", "nagram wiadomość, proszę
            scores = [m for m in scores if m.choice != "person"]  # przekazać pani Ani": whose kin, to whom passed on
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.own_talk_with_another(words, spans, "person")):
            heard.discard("person")  # round forty: "jutro sama do niej pójdę i z nią pogadam": the caller's own talk
            scores = [m for m in scores if m.choice != "person"]
        if CALLBACK not in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and node != CALLBACK and \
                said_in_place.someone_asked_to_call(self._words(speech)):
            heard.add(CALLBACK)  # round forty: "niech ktoś z opieki zadzwoni do mojej córki": a call back asked
        if "person" in heard and heard & {RECORD, CALLBACK, "repeat", SLOWER} and \
                self._person_only_addressed(node, speech):
            # round 102: "za szybko pani mówi, ja muszę to zapisać dla tej pani, niech pani powtórzy": for whom
            heard.discard("person")
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and CALLBACK in heard and not self._connect_asked(node, speech):
            # Round nine: a call back asked for beside a person ("niech pani kierownik do mnie zadzwoni", "czy
            # ktoś może oddzwonić, bo teraz nie mam jak rozmawiać"): the call back is what is asked; not when
            # the caller asks to be put through ("proszę połączyć z kierowniczką, a jak nie ma, niech oddzwoni").
            heard.discard("person")
            scores = [m for m in scores if m.choice != "person"]
        if CONFIRM in heard and self._read_with(node, speech, lambda words, spans: said_in_place.yes_as_adverb(
                words, spans, CONFIRM)):
            heard.discard(CONFIRM)  # round twelve: "ja tylko tak sprawdzałam": "so", not "yes"
            scores = [m for m in scores if m.choice != CONFIRM]
        if CONFIRM in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.yes_as_anyway(words, spans, CONFIRM)):
            heard.discard(CONFIRM)  # round thirty-seven: "bo ja go i tak nie odbieram": "anyway", not "yes"
            scores = [m for m in scores if m.choice != CONFIRM]
        if CONFIRM in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_four_well_as_manner(words, spans, CONFIRM)):
            heard.discard(CONFIRM)  # round fifty-four: "bo nie słyszę dobrze": how well, not "yes"
            scores = [m for m in scores if m.choice != CONFIRM]
        if CONFIRM in heard and node == CALLBACK and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.call_refused(self._words(speech)):
            heard.discard(CONFIRM)  # session twenty-eight: "oddzwonić na ten numer? nie, nie trzeba do mnie dzwonić"
            scores = [m for m in scores if m.choice != CONFIRM]
        if "contact" in heard and node == CALLBACK and self.lang != DEFAULT_LANGUAGE:
            # Round twenty-four, Ukrainian: at the read-back "номер", "мобільний" are the caller's number read
            # ("ага правильно це мій мобільний", "можна ще раз прочитати номер"), never the office's address card
            heard.discard("contact")
            scores = [m for m in scores if m.choice != "contact"]
        if "contact" in heard and (self._only_own_phone(node, speech) or self._read_with(
                node, speech, lambda words, spans: said_in_place.device_did(words, spans, "contact"))):
            # "to jest mój telefon komórkowy": the caller's phone, not the office's; round twelve: "jak ten
            # telefon zapiszczał": the phone as a device
            heard.discard("contact")
            scores = [m for m in scores if m.choice != "contact"]
        if "contact" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_five_someones_phone(words, spans, "contact")):
            heard.discard("contact")  # round fifty-five: "to telefon wnuczki", "numer syna": someone's phone, not
            scores = [m for m in scores if m.choice != "contact"]  # the office's
        if "contact" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.on_this_device(words, spans, "contact")):
            heard.discard("contact")  # round thirty-seven: "nie mam tych przycisków na tym telefonie": the device
            scores = [m for m in scores if m.choice != "contact"]
        if "contact" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.hardly_gets_there(words, spans, "contact")):
            heard.discard("contact")  # session twenty-six: "jak ja z tym chodzikiem ledwo do drzwi dojdę": how hard
            scores = [m for m in scores if m.choice != "contact"]  # the caller walks, no way to the office asked
        if "contact" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.phone_as_thing(words, spans, "contact")):
            heard.discard("contact")  # round thirty-six: "czy ten telefon działa", "odłóż ten telefon": the device
            scores = [m for m in scores if m.choice != "contact"]
        if "person" in heard and "contact" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.number_of_person(words, spans, "contact", "person")):
            heard.discard("person")  # round thirty-six: "numer telefonu do tej pani kierownicy": whose number, asked
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.only_to_chat(words, spans, "person")):
            heard.discard("person")  # round forty-one: "nic nie trzeba, ja tylko tak pogadać": company, no one asked
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.worker_asked_to_come(words, spans, "person")):
            heard.add(VISIT)  # round forty-one: "żeby pani z opieki kiedyś przyszła porozmawiać": the visit
        if "person" in heard and heard & {"hours", WHEN} and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_three_time_taken_in(words, spans, WHEN, "person")):
            heard -= {"hours", WHEN}  # round forty-three: "siódma do piętnastej, dobrze, to proszę mnie połączyć": the
            # hours said back and taken in, then a person asked for
        if "person" not in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.someone_given(self._words(speech)):
            heard.add("person")  # round forty-five: "daj mi pani tam kogoś": "dać mi kogoś" with words between
        if "person" not in heard and not heard & {DANGER, CALLBACK, RECORD} and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.forty_eight_someone_to_speak(self._words(speech)):
            heard.add("person")  # round forty-eight: "niech mi wreszcie ktoś odpowie normalnie": someone to speak (not
            # beside a call back: "niech ktoś oddzwoni i mi powie")
        if not heard - NOT_TOPICS - {WHEN} and not heard & {DANGER, GOODBYE} and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.forty_eight_with_her_wanted(self._words(speech)):
            heard.add("person")  # round forty-eight: "to ja bym z nią chciała, tak zaraz": talking to her, unsaid
        if "person" in heard and node == CALLBACK and CONFIRM in heard and DANGER not in heard and \
                self.lang == DEFAULT_LANGUAGE and said_in_place.someone_asked_to_call(self._words(speech)):
            heard.discard("person")  # round forty-eight: "tak, to mój numer, niech pani z opieki jutro zadzwoni": the
            scores = [m for m in scores if m.choice != "person"]  # number confirmed, the call asked of the office
        matters = [c for c in heard - NOT_TOPICS - GENERAL_TOPICS if c != CONFIRM] if node == CALLBACK and \
            CONFIRM in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE else []
        if matters and self._read_with(node, speech, lambda words, spans: said_in_place.fifty_two_confirmed_with_matter(
                words, spans, CONFIRM, matters)):
            heard -= set(matters)  # round fifty-two: "tak, to mój numer, proszę zadzwonić w sprawie opieki": the number
            scores = [m for m in scores if m.choice not in matters]  # confirmed, the matter what the call is about
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.no_one_wanted(words, spans, "person")):
            heard.discard("person")  # round forty-five: "nie, z nikim nie chcę rozmawiać": no one asked for
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_none_wanted(words, spans, "person")):
            heard.discard("person")  # round fifty: "nie chcę żadnego pracownika": no one asked for
            scores = [m for m in scores if m.choice != "person"]
        for aside in sorted(heard & {"person", "repeat"}) if DANGER not in heard and self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.forty_seven_said_aside(
                    words, spans, aside)):
                heard.discard(aside)  # round forty-seven: "kasia, ścisz ten telewizor", "zenek, nie słyszę, co
                scores = [m for m in scores if m.choice != aside]  # mówisz": said to someone in the room
        for aside in sorted(heard - NOT_TOPICS) if DANGER not in heard and self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.forty_seven_name_aside_only(
                    words, spans, aside)):
                heard.discard(aside)  # round forty-seven: "kasia, ścisz": the name said aside, not "kasa"
                scores = [m for m in scores if m.choice != aside]
        if "person" in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_eight_other_office_person(
                    words, spans, "person", ELSEWHERE)):
            heard.discard("person")  # round forty-eight: "połączy mnie pani z lekarzem rodzinnym", "chciałam z panią
            heard.add(ELSEWHERE)  # z zusu porozmawiać": a person of another office asked for, not the office's
            scores = [m for m in scores if m.choice != "person"]
        if "person" in heard and WHO in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_eight_who_relative(words, spans, WHO)):
            heard.discard(WHO)  # round forty-eight: "połączyć z kimkolwiek, kto tam jest": a relative clause, no
            scores = [m for m in scores if m.choice != WHO]  # question who a person is
        if "person" in heard and "repeat" in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and \
                self._read_with(node, speech, lambda words, spans: said_in_place.fifty_one_missed_part_asked(
                    words, spans, "repeat", (node, WHEN), ("back", SLOWER), "person")):
            heard.discard("person")  # round fifty-one: "dosłyszałam tylko coś o pracowniku, można jeszcze raz": the
            scores = [m for m in scores if m.choice != "person"]  # worker told of in what was missed, not asked for
        if "person" in heard and WHO not in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and \
                self._read_with(node, speech, lambda words, spans: said_in_place.fifty_eight_when_someone_in(
                    words, spans, "person")):
            return self._hours_day(speech)  # round fifty-eight: "kiedy ta pani z opieki siedzi w biurze": when in
        if "person" in heard and "social_work" in heard and self._read_with(
                node, speech, lambda words, spans: said_in_place.someone_else_talks(words, spans, "person")):
            heard.discard("person")  # round eighty: "żeby ktoś pomógł z rodziną, porozmawiał": someone to talk with
            scores = [m for m in scores if m.choice != "person"]  # them, social work named (else a person, as before)
        if "person" in heard and "social_work" not in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.talk_with_another(words, spans, "person")):
            heard.discard("person")  # session twenty-five: "żeby ktoś z żoną porozmawiał": a worker to talk with a
            heard.add("social_work")  # relative, the social workers' matter though unnamed
            scores = [m for m in scores if m.choice != "person"] + [
                Match("social_work", NAMED_SCORE, "", len(self._said(speech)))]
        if "person" in heard and RECORD in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.message_for_someone(
                self._words(speech)):
            heard.discard("person")  # round seventy-six: "chcę zostawić wiadomość dla pani Ani": whom the message is for,
            scores = [m for m in scores if m.choice != "person"]  # no one asked to be put through
        beside = PERSON_NAMED_BESIDE_OFFER if node == LEAVE_WORD else PERSON_NAMED_BESIDE
        if "person" in heard and heard & beside and not heard & {DANGER, WHO, VISIT} and \
                self.lang == DEFAULT_LANGUAGE and self._read_with(
                    node, speech, lambda words, spans: said_in_place.person_only_mentioned(
                        words, [*spans, *self._name_spans(node, speech)], "person", beside)):
            heard.discard("person")  # session twenty-six: "jaki jest numer do pani Radzimskiej", "to przyjdę do pani
            scores = [m for m in scores if m.choice != "person"]  # Kasi, do widzenia": named, not asked for
        if "person" in heard:
            # Asking who a person is or for their number ("jak się nazywa pani kierownik") is the
            # address card, not a transfer.
            if WHO in heard:
                return "contact"
            if VISIT in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                    node, speech, lambda words, spans: said_in_place.fifty_put_through_before_visit(
                        words, spans, "person", VISIT)):
                heard.discard(VISIT)  # round fifty: "proszę mnie połączyć z panią Basią, ona była u nas na wywiadzie"
            if VISIT in heard:
                return "social_work"
            # "Kiedy przyjmuje kierowniczka?": when a person can be found is the hours.
            return self._hours_day(speech) if self._asks_when(speech) and heard & {"hours", WHEN} and not (
                self.lang == DEFAULT_LANGUAGE and (self._read_with(  # round forty-five: "do piętnastej? to niech mnie
                    node, speech, lambda words, spans: said_in_place.put_through_asked(  # pani przełączy": put
                        words, spans, "person")) or said_in_place.someone_given(self._words(speech)))) \
                else "person"  # through now, the hour only heard; "daj mi kogoś, kto ma dyżur w święta"
        if SEND_SMS in heard and self._read_with(node, speech, lambda words, spans: said_in_place.papers_sent(
                words, spans, SEND_SMS) or said_in_place.someone_sent(words, spans, SEND_SMS)):
            # session twenty-six: "bo ja mam list wysłać": paper sent, no text message; round 159: "syna wyślę z
            # papierami", "gdzie by go na terapię wysłać": someone sent
            heard.discard(SEND_SMS)
            scores = [m for m in scores if m.choice != SEND_SMS]
        if "care" in heard and self._read_with(node, speech, lambda words, spans: said_in_place.about_what_only(
                words, spans, "care") or said_in_place.not_going_to(words, spans, "care")):
            heard.discard("care")  # session twenty-six: "nie chodziło mi o żadną pomoc" (what it is about), "nie
            scores = [m for m in scores if m.choice != "care"]  # chodzi do roboty" (where one goes): nobody who cannot walk
        if "care" in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {"care", WHEN, SEND_SMS, CALLBACK, RECORD} and \
                self.lang == DEFAULT_LANGUAGE and self._read_with(
                    node, speech, lambda words, spans: said_in_place.forty_eight_sick_only_told(words, spans, "care")):
            heard.discard("care")  # round forty-eight: "nie ma ubezpieczenia, a on chory": the sickness told, the
            scores = [m for m in scores if m.choice != "care"]  # other matter asked
        named = {m.choice for m in scores if m.score >= NAMED_SCORE} - NOT_TOPICS - GENERAL_TOPICS - {WHEN, SEND_SMS,
                                                                                               CALLBACK, RECORD}
        reason = self.lang == DEFAULT_LANGUAGE and heard & {RECORD, CALLBACK}
        if PRESENT in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.present_as_reason(
                self._matchers[node].words(speech), self._uk_spans(node, speech, PRESENT),
                [span for choice in ("contact", WHERE, "hours") for span in self._uk_spans(node, speech, choice)]):
            heard.discard(PRESENT)  # round thirty, Ukrainian: "дайте мені номер мобільний, бо … ніхто не бере трубку"
            scores = [m for m in scores if m.choice != PRESENT]
        if PRESENT in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.nobody_expected(
                self._matchers[node].words(speech), self._uk_spans(node, speech, PRESENT)):
            heard.discard(PRESENT)  # round thirty-three, Ukrainian: "я так і думала що вже нікого нема": expected
            scores = [m for m in scores if m.choice != PRESENT]
        if PRESENT in heard and not named and self._present_only_as_reason(node, speech):
            heard.discard(PRESENT)  # round twenty-six: "a ten numer komórkowy jaki jest, bo nikt nie odbiera": the
            scores = [m for m in scores if m.choice != PRESENT]  # number asked, nobody answering is why
        if PRESENT in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_two_own_plan_when_someone(words, spans, PRESENT)):
            heard.discard(PRESENT)  # round fifty-two: "zadzwonię jutro sama, jak będzie ktoś": the caller's own call
            scores = [m for m in scores if m.choice != PRESENT]  # again, no one and no hours asked
        if PRESENT not in first_heard and heard & {"hours", WHEN} and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.fifty_six_someone_there_between(self._words(speech)):
            # round fifty-six: "koło piątej to ktoś tam u was jeszcze będzie siedział": the hours; not where a reading
            heard.add(PRESENT)  # set the list's own phrase aside ("zadzwonię sama, jak ktoś będzie", round fifty-two)
        if PRESENT in heard and node in (LEAVE_WORD, CALLBACK) and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_six_nobody_then_refused(words, spans, PRESENT)):
            heard.discard(PRESENT)  # round fifty-six: "a to nikogo nie ma, no to nic nie zostawiam": found out, refused
            scores = [m for m in scores if m.choice != PRESENT]
        if PRESENT in heard and not named and not reason and not (GOODBYE in heard and self._leave_after_nobody(node,
                                                                                                         speech)):
            # Round nine: beside a message or a call back ("zostawię wiadomość, bo nikogo nie ma") it is the reason.
            # "Czy jutro ktoś będzie?" asks about the hours; "czy jest ktoś?" for a person; "czy jest ktoś,
            # kto by nam doradził" for what that someone would do (a named topic, below).
            return self._hours_day(speech) if heard & {"hours", WHEN} or self._asks_when(speech) else "person"
        if GOODBYE in heard and (self._goodbye_repeated(node, speech) or self._greeting_first(node, speech)
                                 or self._read_with(node, speech, lambda words, spans: said_in_place.said_with_infinitive(
                                     words, spans, GOODBYE) or said_in_place.said_inside_clause(words, spans, GOODBYE)
                                     or said_in_place.hung_up_before(words, spans, GOODBYE))):
            # round fourteen: "szczęść Boże, dzwonię o zasiłek": a greeting first; "bez to wszystko się sypie"
            # round twelve: "pomógł to wszystko ogarnąć": what is to be done, not "that is all"; round seventeen:
            # "córka się rozłączyła": a call cut off earlier is told
            heard.discard(GOODBYE)  # "jeszcze raz to wszystko": "to wszystko" is what is to be said again
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard and self.lang != DEFAULT_LANGUAGE and understand_uk.said_as_object(
                self._matchers[node].words(speech), [(start, end) for choice, start, end, score in
                                                     self._matchers[node].spans(speech)
                                                     if choice == GOODBYE and score >= THRESHOLD]):
            heard.discard(GOODBYE)  # round twenty-four, Ukrainian: "можна це все есемеской скинути": what to send
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.all_well_not_goodbye(words, spans, GOODBYE)):
            heard.discard(GOODBYE)  # round forty: "no to wszystko w porządku, przepraszam za kłopot": all is well
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_one_call_told_past(words, spans, GOODBYE)):
            heard.discard(GOODBYE)  # round fifty-one: "a gdzie ja zadzwoniłam": a call told of, not "ja zadzwonię"
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard and node in (LEAVE_WORD, CALLBACK) and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_four_refused_own_way(words, spans, GOODBYE)):
            heard.discard(GOODBYE)  # round fifty-four: "nie chcę nic zostawiać, ja zadzwonię jutro sama", "nie trzeba
            scores = [m for m in scores if m.choice != GOODBYE]  # dzwonić, już wszystko wiem": refused, no farewell
        if GOODBYE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_four_everything_told(words, spans, GOODBYE)):
            heard.discard(GOODBYE)  # round fifty-four: "niech ktoś zadzwoni, to wszystko powiem": what will be told
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_eight_everything_given(words, spans, GOODBYE)):
            heard.discard(GOODBYE)  # round fifty-eight: "mogłaby pani mi to wszystko przysłać": what is asked for
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.courtesy_after_matter(
                    words, spans, GOODBYE, [c for c in heard if c not in NOT_TOPICS | {WHEN, WHERE}])):
            heard.discard(GOODBYE)  # round 154: "czy gmina daje dodatek na opał, a tak to wszystkiego najlepszego":
            scores = [m for m in scores if m.choice != GOODBYE]  # the matter asked, the wish ends the telling
        if GOODBYE in heard and self._goes_on(speech, scores):
            # "To ja dziękuję, ale jeszcze chciałam zapytać o zasiłek": the thanks is withdrawn, the rest asked.
            heard.discard(GOODBYE)
            scores = [m for m in scores if m.choice != GOODBYE]
        if GOODBYE in heard or alone == GOODBYE or self._polite_thanks(speech):
            # session 25: "tak, dziękuję", "dobrze, dziękuję, z Panem Bogiem" to "is this the right number?": the
            # call-back booked (its confirmation ends the call), not hung up on; "nie, dziękuję" (no yes heard: the
            # matcher takes a negated yes out) is the goodbye
            return CONFIRM if node == CALLBACK and CONFIRM in heard else GOODBYE
        for told in sorted(heard - {DANGER, GOODBYE, LOST, WHO, PRESENT, ELSEWHERE, NOT_MEANT, NOT_NOW, WHEN, WHERE,
                                    CONFIRM, OTHER_NUMBER}) if self.lang == DEFAULT_LANGUAGE else ():
            if told in heard and self._read_with(node, speech, lambda words, spans: said_in_place.taken_back(
                    words, spans, told, heard - NOT_TOPICS - GENERAL_TOPICS | {"person", "back"})):
                heard.discard(told)  # round thirty-seven: "osiemset plus to nie, ja o zasiłek pytam", "wiadomość
                scores = [m for m in scores if m.choice != told]  # zostawić, a nie, lepiej niech oddzwonią": taken back
        for told in [c for c in (RECORD, CALLBACK, SEND_SMS) if c in heard] if self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.sixty_withdrawn(words, spans, told)):
                heard.discard(told)  # round sixty: "zostawię wiadomość, a nie, jednak nie, rozmyśliłam się": withdrawn,
                scores = [m for m in scores if m.choice != told]  # nothing asked instead
        if RECORD in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.sixty_recording_asked_about(words, spans, RECORD)):
            heard.discard(RECORD)  # round sixty: "halo, co to za nagranie, gdzie ja się dodzwoniłam": the line's voice
            scores = [m for m in scores if m.choice != RECORD]  # asked about, no message asked for
        for told in sorted(heard - NOT_TOPICS) if NOT_NOW in heard and self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.named_in_a_saying(words, spans, told,
                                                                                                NOT_NOW)):
                heard.discard(told)  # round thirty-seven: "żeby mnie te rachunki za prąd nie zabiły, to znaczy tak się
                scores = [m for m in scores if m.choice != told]  # tylko mówi, ja w sprawie emerytury z zusu"
        for told, other in ((RECORD, CALLBACK), (CALLBACK, RECORD)) if self.lang == DEFAULT_LANGUAGE else ():
            if told in heard and other in heard and self._read_with(
                    node, speech, lambda words, spans: said_in_place.preferred_other(words, spans, told, other)):
                heard.discard(told)  # round thirty-seven: "nagrać się to ja nie umiem, niech lepiej ktoś zadzwoni"
                scores = [m for m in scores if m.choice != told]
        for told in sorted(heard - NOT_TOPICS - {WHEN, WHERE}) if self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.acknowledged_then_other(
                    words, spans, told, heard - NOT_TOPICS - {WHEN, WHERE})):
                heard.discard(told)  # round thirty-seven: "godziny dobrze, dobrze, ale ja chciałam spytać o pieniądze"
                scores = [m for m in scores if m.choice != told]
        if WHERE in heard and self.lang == DEFAULT_LANGUAGE and heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS} and \
                self._read_with(node, speech, lambda words, spans: said_in_place.where_not_known(words, spans, WHERE)):
            heard.discard(WHERE)  # round thirty-seven: "problem z piciem … nie wiem, gdzie się leczyć": the matter's
            scores = [m for m in scores if m.choice != WHERE]  # item says where to turn
        for told in sorted(heard - NOT_TOPICS - {WHEN, WHERE}) if self.lang == DEFAULT_LANGUAGE else ():
            if heard - {told} and self._read_with(node, speech, lambda words, spans: said_in_place.not_about_it(
                    words, spans, told)):
                heard.discard(told)  # round thirty-seven: "to nie o pieniądze mi chodzi, proszę wrócić do menu"
                scores = [m for m in scores if m.choice != told]
        for told in sorted(heard - NOT_TOPICS - {WHEN, WHERE}) if self.lang == DEFAULT_LANGUAGE else ():
            if heard - {told} and self._read_with(
                    node, speech, lambda words, spans: said_in_place.fifty_six_not_calling_about(words, spans, told)):
                heard.discard(told)  # round fifty-six: "ja nie o pieniądze dzwonię, tylko dowód wyrobić"
                scores = [m for m in scores if m.choice != told]
        if "back" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.came_back_told(words, spans, "back")):
            heard.discard("back")  # round forty: "już się znalazła, wróciła dzisiaj rano": she came back, no way back
            scores = [m for m in scores if m.choice != "back"]
        if "repeat" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.again_in_a_condition(words, spans, "repeat")):
            heard.discard("repeat")  # round forty: "że ją szlag trafi, jak gmina jeszcze raz drogi nie odśnieży": once
            scores = [m for m in scores if m.choice != "repeat"]  # more in the telling, no repeat asked
        if "repeat" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_seven_repeat_refused(words, spans, "repeat")):
            heard.discard("repeat")  # round forty-seven: "nie trzeba powtarzać, wszystko zrozumiałam": refused
            scores = [m for m in scores if m.choice != "repeat"]
        for told in sorted(heard - NOT_TOPICS - {WHEN, WHERE, CONFIRM, OTHER_NUMBER}) if self.lang == DEFAULT_LANGUAGE \
                else ():
            if self._read_with(node, speech, lambda words, spans, told=told: said_in_place.forty_nine_not_wanted(
                    words, spans, told)):
                heard.discard(told)  # round forty-nine: "nie chciałam godziny, to ja znam", "wiadomości to ja nie
                scores = [m for m in scores if m.choice != told]  # będę zostawiać": not wanted
        for told in sorted(heard - NOT_TOPICS) if self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans, told=told: said_in_place.forty_nine_not_about_it(
                    words, spans, told)):
                heard.discard(told)  # round forty-nine: "o dzieci nie chodzi": what the call is not about, not someone
                scores = [m for m in scores if m.choice != told]  # who cannot walk
        if WHERE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_nine_thing_looked_for(words, spans, WHERE)):
            heard.discard(WHERE)  # round forty-nine: "długopis mi spadł, no gdzie on jest": a thing looked for aloud
            scores = [m for m in scores if m.choice != WHERE]
        if "contact" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_nine_by_the_phone(words, spans, "contact")):
            heard.discard("contact")  # round forty-nine: "ten numer mam na kartce przy telefonie": the caller's phone
            scores = [m for m in scores if m.choice != "contact"]
        if WHEN in heard and self.lang == DEFAULT_LANGUAGE and said_in_place.forty_nine_when_not_to_call(
                self._words(speech)):
            heard.discard(WHEN)  # round forty-nine: "nie dzwońcie do mnie dzisiaj, święta są": when not to be called
            scores = [m for m in scores if m.choice != WHEN]
        if node == CALLBACK and self.lang == DEFAULT_LANGUAGE:  # session twenty-five, the read-back:
            if "repeat" in heard and "contact" in heard:  # "jaki numer, nie dosłyszałam, może pani powtórzyć": the
                heard.discard("contact")  # number read back asked again, not the office's
                scores = [m for m in scores if m.choice != "contact"]
            if CONFIRM in heard and OTHER_NUMBER in heard and self._read_with(
                    node, speech, lambda words, spans: said_in_place.accepted_after_all(words, spans, OTHER_NUMBER,
                                                                                      CONFIRM)):
                return CONFIRM  # "to telefon sąsiadki, ale może być, ona mi przekaże"
            if not heard & {DANGER, CONFIRM} and said_in_place.number_dictated(self._words(speech)):
                heard.add(OTHER_NUMBER)  # "nie, lepiej na komórkę syna, sześćset dwa trzysta …": another number said
        if node == CALLBACK and OTHER_NUMBER in heard and self.lang == DEFAULT_LANGUAGE and not (
                heard - {OTHER_NUMBER, "contact", LOST}) and said_in_place.call_back_refused(self._words(speech)):
            return None  # round thirty-two: "nie, nie ten numer, ale nie trzeba oddzwaniać, sama zadzwonię": no number
        if node == CALLBACK and OTHER_NUMBER in heard and self.lang == DEFAULT_LANGUAGE and not (
                heard - {OTHER_NUMBER, "contact", LOST}) and said_in_place.call_back_not_wished(self._words(speech)):
            return None  # round forty-four: "to nie mój numer, dzwonię z telefonu mamy, nie potrzebuję, żeby ktoś
            # oddzwaniał": no number
        if node == CALLBACK and OTHER_NUMBER in heard and self.lang == DEFAULT_LANGUAGE and not (
                heard - {OTHER_NUMBER, "contact", LOST}) and said_in_place.fifty_six_own_number_unknown(self._words(speech)):
            return None  # round fifty-six: "to nie mój numer, a ja nie wiem, jaki mój jest": no other number to type
        if node == CALLBACK and (OTHER_NUMBER in heard or self._no.match(speech) is not None):
            return OTHER_NUMBER  # "nie", "to nie ten numer": wins over "zgadza się" in "nie zgadza się"
        if node == CALLBACK and CONFIRM not in heard and self.lang == DEFAULT_LANGUAGE and not (
                heard - NOT_TOPICS - {"contact"}) and said_in_place.own_phone_named(self._words(speech)):
            return CONFIRM  # round thirty-six: "no to ten numer od mojej komórki": the caller's own, a yes
        if node == CALLBACK and CONFIRM not in heard and self.lang == DEFAULT_LANGUAGE and not (
                heard - NOT_TOPICS - {"contact", WHEN}) and said_in_place.fifty_four_call_this_number(self._words(speech)):
            return CONFIRM  # round fifty-four: "a jakże, dzwońcie na ten": the call asked on the number read back
        if RECORD in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_one_recorded_asked(words, spans, RECORD)):
            heard.discard(RECORD)  # round fifty-one: "czy to jest nagrane": whether the line records, no message
            scores = [m for m in scores if m.choice != RECORD]
        if node == LEAVE_WORD and not heard & {RECORD, CALLBACK, DANGER, "repeat"} and not heard - NOT_TOPICS - {WHEN} \
                and self.lang == DEFAULT_LANGUAGE and said_in_place.fifty_four_passed_on(self._words(speech)):
            return RECORD  # round fifty-four: "niech ja powiem, a pani przekaże tej pani z opieki": a message
        if RECORD in heard and "repeat" in heard and DANGER not in heard and self.lang == DEFAULT_LANGUAGE and \
                self._read_with(node, speech, lambda words, spans: said_in_place.fifty_one_missed_part_asked(
                    words, spans, "repeat", (node, WHEN), ("back", SLOWER), RECORD)):
            return REPEAT_SAID  # round fifty-one: "co pani mówiła o tej wiadomości, bo mi przerwało, powtórzy pani":
            # the message told of in what was missed, none left
        if placed is not None and node == LEAVE_WORD and RECORD in heard and said_in_place.said_first(
                spans, RECORD, [c for c in heard if c not in NOT_TOPICS and c not in (WHEN, RECORD)]):
            # Round ten, where a message is offered: "niech pani nagra, że dzwoniłam w sprawie węgla" (the coal is
            # what it says). Not elsewhere: "dostałam wiadomość w sprawie opału" tells of a letter. Round
            # seventeen: before a call-back asked after it ("zostawiam wiadomość: mówi Nowak, proszę o kontakt"),
            # which is what the message says.
            return RECORD
        if self.lang != DEFAULT_LANGUAGE and node == LEAVE_WORD and not heard - NOT_TOPICS - {WHEN} and (
                understand_uk.write_down_asked(self._matchers[node].words(speech))
                or understand_uk.message_to_them(self._matchers[node].words(speech))):
            # round twenty-eight, Ukrainian, where a message is offered: "так, запишіть, будь ласка"; round
            # thirty-three: "так, можна щось їм сказати" (something to be said to the workers)
            return RECORD
        if placed is None and self.lang != DEFAULT_LANGUAGE and node == LEAVE_WORD and RECORD in heard and \
                said_in_place.said_first([s for s in self._matchers[node].spans(speech) if s[3] >= THRESHOLD], RECORD,
                                         [c for c in heard if c not in NOT_TOPICS and c not in (WHEN, RECORD)]):
            # Round twenty-four, Ukrainian, as round ten's above: "залишити повідомлення для соціальної працівниці
            # щодо мами" asks for the message, the worker and the matter are what it says
            return RECORD
        if RECORD in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.message_tells(
                    words, spans, RECORD, [c for c in heard if c not in NOT_TOPICS and c not in (WHEN, RECORD)])):
            return RECORD  # round twenty: "to zostawię wiadomość, że byłam chora": the matter is what it says
        if CALLBACK in heard:
            # "Proszę o telefon w sprawie zasiłku": the call-back is what is asked for, the topic its reason.
            return CALLBACK
        for place in sorted(heard & {WHERE, ELSEWHERE}) if "back" in heard and self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.forty_seven_back_to_where(
                    words, spans, place, "back")):
                heard.discard(place)  # round forty-seven: "możemy wrócić tam, gdzie było wszystko do wyboru": the
                scores = [m for m in scores if m.choice != place]  # place to go back to, no address asked
        day_asked = placed is not None and ELSEWHERE in heard and any(
            asked in heard and said_in_place.day_asked_before_reason(
                words, spans, ELSEWHERE, asked, TIME_QUESTION_WORDS)
            for asked in (WHEN, "hours") if asked == WHEN or self._hours_asked_of_office(speech))
        if day_asked:  # round nineteen: "czy w piątek jesteście, bo mam jechać autobusem": the day is asked, the
            heard.discard(ELSEWHERE)  # bus is the reason, even in a long answer (below)
            scores = [m for m in scores if m.choice != ELSEWHERE]
        if ELSEWHERE in heard and heard & {WHEN, "hours"} and self.lang == DEFAULT_LANGUAGE and \
                YOU_OPEN & set(self._said(speech)):
            heard.discard(ELSEWHERE)  # session twenty-three: "stoję w kolejce w sklepie, do której dziś jesteście
            scores = [m for m in scores if m.choice != ELSEWHERE]  # otwarci": the office's hours, asked of "you"
        if ELSEWHERE in heard and "about" in heard and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.office_work_asked(self._said(speech)):
            heard.discard(ELSEWHERE)  # round 102: "my jako wolontariusze z parafii chcemy wiedzieć, co wy robicie":
            scores = [m for m in scores if m.choice != ELSEWHERE]  # the office's work, asked of "you"
        if placed is not None and ELSEWHERE in heard and heard & {"contact", WHERE} and \
                said_in_place.fifty_eight_way_asked_before_reason(words, spans, ELSEWHERE, ("contact", WHERE),
                                                                  FIFTY_EIGHT_WAY_QUESTIONS):
            heard.discard(ELSEWHERE)  # round fifty-eight: "jakim autobusem do was dojechać, bo prawa jazdy nie mam":
            scores = [m for m in scores if m.choice != ELSEWHERE]  # the way asked, the other matter the reason
        if WHEN in heard and self.lang == DEFAULT_LANGUAGE and not heard - NOT_TOPICS - {WHEN, "hours"} and \
                self._read_with(node, speech, lambda words, spans: said_in_place.time_checked_before_reason(
                    words, spans, ELSEWHERE, WHEN)):
            return self._hours_day(speech)  # round forty-one: "a w poniedziałek to od ósmej, tak? bo ja rano przyjadę
            # autobusem": the hour checked, the way there the reason
        if placed is not None and ELSEWHERE in heard and said_in_place.asked_elsewhere_first(
                words, spans, ELSEWHERE, [c for c in heard if c not in NOT_TOPICS | GENERAL_TOPICS], QUESTION_WORDS):
            return None  # round ten: "gdzie się wyrabia paszport, bo wnuczka jedzie do roboty"
        if ELSEWHERE in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.matter_elsewhere_first(
                    words, spans, ELSEWHERE, [c for c in heard if c not in NOT_TOPICS | GENERAL_TOPICS])):
            return None  # round thirty-six: "ja w sprawie paszportu dla wnuczki, bo jedzie do roboty"
        for told in [c for c in heard if c not in NOT_TOPICS] if self.lang == DEFAULT_LANGUAGE and ELSEWHERE in heard \
                else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.priced(words, spans, told)
                               or said_in_place.described_for_elsewhere(words, spans, told, ELSEWHERE)):
                heard.discard(told)  # round forty-four, beside another office's matter: "te ceny opału mnie dobiją"
                scores = [m for m in scores if m.choice != told]  # (a price), "dowód dla ojca, który nie chodzi" (the
                # person described)
        if ELSEWHERE in heard and not (heard - NOT_TOPICS - GENERAL_TOPICS - {SEND_SMS}) and not (
                heard & {"repeat", SLOWER} and not heard & GENERAL_TOPICS):
            return None  # another office's matter: the line cannot help with it (round 102: asked to hear it
            # again, "nie dosłyszałam, bo tu w sklepie ludzie gadają", the place is where the caller stands)
        if self.lang == DEFAULT_LANGUAGE and len(heard - NOT_TOPICS) > 1 and {"nie", "ani"} & set(self._said(speech)):
            for denied in [c for c in heard if c not in NOT_TOPICS]:
                if self._read_with(node, speech, lambda words, spans: said_in_place.denied_for_another(
                        words, spans, denied)):
                    heard.discard(denied)  # round twelve: "nie o węgiel, tylko o zasiłek": the coal is denied
                    scores = [m for m in scores if m.choice != denied]
        if self.lang == DEFAULT_LANGUAGE and self._wants_nothing(node, speech):
            # Round eighteen: "ja tylko tak dzwonię pogadać, zimno, kurde, ja nic nie chcę": nothing is asked.
            heard -= {c for c in heard if c not in NOT_TOPICS}
            scores = [m for m in scores if m.choice in NOT_TOPICS]
        addressees = [c for c in heard if c not in NOT_TOPICS | GENERAL_TOPICS | {RECORD, SEND_SMS, CALLBACK}] \
            if RECORD in heard and self.lang == DEFAULT_LANGUAGE else []
        leads = MESSAGE_FOR | ({"od"} if addressees and any(  # the sender, when the message is to be passed on
            word.startswith(PASSING_ON) for word in self._said(speech)) else set())
        for addressee in addressees:
            if self._person_only_addressed(node, speech, addressee, leads):
                # Round nineteen: "zostawić wiadomość dla pani pracownik socjalnej": whom the message is for; round
                # 102: "proszę przekazać wiadomość … od pielęgniarki": whom it is from, when it is to be passed on
                heard.discard(addressee)
                scores = [m for m in scores if m.choice != addressee]
        if "social_work" in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {"social_work", VISIT, WHEN} and \
                self._read_with(node, speech, lambda words, spans: said_in_place.raising_told(words, spans,
                                                                                        "social_work")):
            heard.discard("social_work")  # round nineteen: "wnuki mam na wychowaniu, czy należy się 800 plus"
            scores = [m for m in scores if m.choice != "social_work"]
        if "contact" in heard and heard - NOT_TOPICS - GENERAL_TOPICS and self._read_with(
                node, speech, lambda words, spans: said_in_place.place_of_topic(
                    words, spans, "contact", [c for c in heard if c not in NOT_TOPICS | GENERAL_TOPICS])):
            heard.discard("contact")  # round twenty-six: "ta komisja alkoholowa, co u was w budynku, kiedy się
            scores = [m for m in scores if m.choice != "contact"]  # zbiera": the place says which, it is not asked
        if "care" in heard and heard - NOT_TOPICS - GENERAL_TOPICS - {"care", VISIT, WHEN} and \
                self._read_with(node, speech, lambda words, spans: said_in_place.children_in_care(words, spans, "care")):
            heard.discard("care")  # round twenty: "osiemset plus na wnuki, co je mam pod opieką": in one's keeping
            scores = [m for m in scores if m.choice != "care"]
        if "repeat" in heard and heard - NOT_TOPICS and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.missed_and_asked_again(words, spans, "repeat",
                                                                                      (node, WHEN))):
            return REPEAT_SAID  # round twenty: "jeszcze raz, bo nie dosłyszałam, o której w poniedziałek"
        if "repeat" in heard and heard - NOT_TOPICS and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.missed_named_then_asked(words, spans, "repeat",
                                                                                       (node, WHEN))):
            return REPEAT_SAID  # round thirty-seven: "nie dosłyszałam, od której w środę, jeszcze raz niech pani powie"
        if "repeat" in heard and heard - NOT_TOPICS and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forgot_and_asked_again(words, spans, "repeat")):
            return REPEAT_SAID  # round nineteen: "zapomniałam, co było od godzin, niech pani jeszcze raz przeczyta"
        if "repeat" in heard and heard - NOT_TOPICS and node in MENUS and self.lang == DEFAULT_LANGUAGE and \
                self._read_with(node, speech, lambda words, spans: said_in_place.missed_named_then_asked(
                    words, [span for span in spans if span[0] != SLOWER], "repeat",
                    (node, WHEN, *MENUS[node].options.values()))):
            # round fifty: "pani za szybko mówi, nie dosłyszałam, co tam było z tym jedzeniem, może pani jeszcze raz
            # powtórzyć": an option of the menu just read, missed and asked again (round thirty-seven's reading)
            return SLOWER if SLOWER in heard else REPEAT_SAID
        if "repeat" in heard and heard - NOT_TOPICS and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.fifty_one_missed_part_asked(
                    words, spans, "repeat", (node, WHEN), ("back", SLOWER))):
            return REPEAT_SAID  # round fifty-one: "dosłyszałam tylko coś o pracowniku, można jeszcze raz", "jaki
            # numer pani przeczytała, bo nie dosłyszałam": a part of what was read missed, the reading asked again
        if "repeat" in heard and CONFIRM in first_heard and CONFIRM not in heard and heard - NOT_TOPICS and \
                self.lang == DEFAULT_LANGUAGE and self._read_with(
                    node, speech, lambda words, spans: said_in_place.fifty_one_missed_part_asked(
                        words, [span for span in spans if span[0] != CONFIRM], "repeat", (node, WHEN), ("back", SLOWER))):
            return REPEAT_SAID  # round fifty-four: "a jaki numer pani powiedziała, bo nie słyszę dobrze": round
            # fifty-one's reading, the "dobrze" of how well set aside
        if not heard - NOT_TOPICS and not heard & {DANGER, "back", GOODBYE} and self.lang == DEFAULT_LANGUAGE and \
                said_in_place.fifty_four_slipped_alone(self._words(speech)):
            return REPEAT_SAID  # round fifty-four: "a jakie to były te numery, bo mi uciekło": what was read slipped
        if node == CALLBACK and CONFIRM in heard and "repeat" in heard and self.lang == DEFAULT_LANGUAGE and \
                self._read_with(node, speech, lambda words, spans: said_in_place.yes_but_again(words, spans, "repeat",
                                                                                             CONFIRM)):
            return REPEAT_SAID  # round thirty-two: "tak, to chyba mój numer, ale proszę jeszcze raz przeczytać"
        if "repeat" in heard and heard - NOT_TOPICS and self.lang != DEFAULT_LANGUAGE and self._echoed_uk(node, speech,
                                                                                                      heard):
            return REPEAT_SAID  # round twenty-four, Ukrainian: "що що яка вісімсотка не чую я нічого ще раз"
        if "repeat" in heard and heard - NOT_TOPICS and self.lang != DEFAULT_LANGUAGE and self._missed_uk(node, speech):
            return REPEAT_SAID  # round thirty-three, Ukrainian: "в понеділок до котрої ще раз, бо я погано чую"
        for echoed in (WHEN,) if heard & {"back", "repeat"} and WHEN in heard else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.echoed_before(
                    words, spans, echoed, ("back", "repeat"))):
                heard.discard(echoed)  # round nineteen: "w poniedziałek do szesnastej, dobrze, to proszę wrócić"
                scores = [m for m in scores if m.choice != echoed]
        if WHEN in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.day_of_past_event(words, spans, WHEN)):
            heard.discard(WHEN)  # round forty-one: "pokłóciłam się z synową w niedzielę, ale już…": the day of what
            scores = [m for m in scores if m.choice != WHEN]  # happened
        if "hours" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.hours_as_duration(words, spans, "hours")):
            heard.discard("hours")  # round forty-four: "opiekunka na kilka godzin dziennie": a length of time
            scores = [m for m in scores if m.choice != "hours"]
        if "benefits" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.conditions_of_matter(
                    words, spans, "benefits", [c for c in heard - NOT_TOPICS - GENERAL_TOPICS if c != "benefits"])):
            heard.discard("benefits")  # round forty-four: "dodatek osłonowy … czy się łapie z dochodem": the
            scores = [m for m in scores if m.choice != "benefits"]  # conditions of the matter named
        for told in sorted(heard - NOT_TOPICS) if DANGER not in heard and self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans, told=told: said_in_place.fifty_one_other_thing_meant(
                    words, spans, told)):
                heard.discard(told)  # round fifty-one: "jakie osiemset plus, mnie chodzi o coś innego": named only
                scores = [m for m in scores if m.choice != told]  # to be set aside
        for told in [c for c in heard if c not in NOT_TOPICS] if self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans: said_in_place.not_concerning(words, spans, told)):
                heard.discard(told)  # round forty-four: "opieka, de pe es, to nas nie dotyczy": set aside
                scores = [m for m in scores if m.choice != told]
        whole = {m.choice for m in scores if m.score >= EXACT} & FIFTY_NEAR_TOPICS
        for near in sorted(heard & FIFTY_NEAR_TOPICS) if self.lang == DEFAULT_LANGUAGE else ():
            if whole - {near} and self._read_with(node, speech, lambda words, spans: (
                    said_in_place.fifty_known_word_near_only(words, spans, near, self._fifty_list_lemmas(near)))):
                heard.discard(near)  # round fifty: "osiemset plus … czy mogę to przepisać na siebie": "przepisać"
                scores = [m for m in scores if m.choice != near]  # is no "przepija" beside the matter heard whole
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and not heard - NOT_TOPICS - GENERAL_TOPICS - {WHEN} \
                and said_in_place.fifty_grandchild_living_with_me(self._words(speech)):
            heard.add("social_work")  # round fifty: "wnuczka u mnie mieszka, córka wyjechała … czy w takich sprawach
            scores = scores + [Match("social_work", NAMED_SCORE, "", len(self._said(speech)))]  # pomagacie"
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and not heard - NOT_TOPICS - {WHEN} \
                and said_in_place.fifty_five_working_asked(self._said(speech)):
            heard.add("hours")  # round fifty-five: "czy między świętami a nowym rokiem pracujecie normalnie"
            scores = scores + [Match("hours", NAMED_SCORE, "", len(self._said(speech)))]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and not heard - NOT_TOPICS \
                and said_in_place.fifty_eight_what_you_are_for(self._said(speech)):
            heard.add("about")  # round fifty-eight: "od czego wy jesteście, bo mi się pomyliło z gminą"
            scores = scores + [Match("about", NAMED_SCORE, "", len(self._said(speech)))]
        if DANGER not in heard and self.lang == DEFAULT_LANGUAGE and not heard - NOT_TOPICS - {WHEN} \
                and said_in_place.fifty_eight_how_far_asked(self._said(speech)):
            heard.add("contact")  # round fifty-eight: "czy przystanek jest blisko was": where the office is
            scores = scores + [Match("contact", NAMED_SCORE, "", len(self._said(speech)))]
        for told in sorted(heard - NOT_TOPICS - GENERAL_TOPICS) if DANGER not in heard and NOT_NOW in heard and \
                self.lang == DEFAULT_LANGUAGE else ():
            if self._read_with(node, speech, lambda words, spans, told=told: said_in_place.fifty_four_story_on_screen(
                    words, spans, told)):
                heard.discard(told)  # round fifty-four: "w telewizji mówili, że jakaś babka leżała trzy dni sama":
                scores = [m for m in scores if m.choice != told]  # an event of the story, no matter asked
        if WHEN in heard and node in (CALLBACK, LEAVE_WORD) and DANGER not in heard and self.lang == DEFAULT_LANGUAGE \
                and said_in_place.fifty_four_own_absence(self._words(speech)):
            heard.discard(WHEN)  # round fifty-four: "nie, bo ja dzisiaj do córki jadę, nie będzie mnie": the day the
            scores = [m for m in scores if m.choice != WHEN]  # caller is away, no hours asked
        day_last = self._day_asked_last(speech) if WHEN in heard and self.lang == DEFAULT_LANGUAGE else None
        if day_last is not None:  # round twenty-two: "przyjdę z rachunkami za prąd, w poniedziałek do czwartej, a we
            return f"hours@{day_last}"  # wtorek?": the day asked last, the errand told before it
        topics = [m for m in scores if m.choice not in NOT_TOPICS]
        time_asked = self.lang != DEFAULT_LANGUAGE and understand_uk.time_asked(
            self._matchers[node].words(speech), self._uk_spans(node, speech, WHEN))  # round thirty-one, Ukrainian:
        # "мама питає чи в понеділок ви з восьмої чи з сьомої бо вона плутає": a day asked with "чи" in a long answer
        time_asked = time_asked or (self.lang == DEFAULT_LANGUAGE and WHEN in heard and said_in_place.hours_weighed(
            self._words(speech)))  # round thirty-six: "w poniedziałek od ósmej czy od siódmej, bo ja nie spamiętam"
        if (any(m.score >= THRESHOLD and m.choice != WHEN for m in topics)
                or (self._is_story(speech) and not day_asked and not time_asked) or self._own_plan(speech)):
            # A day counts only beside no topic, and not in a long story ("wczoraj wieczorem
            # przyszedł szwagier i..." tells what happened, it does not ask for the hours), nor beside
            # the caller's own plan ("sama przyjdę w poniedziałek", round nine).
            topics = [m for m in topics if m.choice != WHEN]
        topics = _merged(topics)
        if self._office_only_named(node, speech, topics):
            # session twenty: "chodzi mi o zasiłek z ośrodka": the office named beside a matter names no need of its own
            topics = [m for m in topics if m.choice != "about"]
        if (SEND_SMS not in heard and self.lang == DEFAULT_LANGUAGE and heard & SMS_CARRIES
                and said_in_place.asked_to_receive_on_phone(self._words(speech))):
            heard.add(SEND_SMS)  # round twelve: "czy można te godziny dostać na telefon": to be sent them
        if SEND_SMS in heard and {m.choice for m in topics if m.score >= THRESHOLD} <= SMS_CARRIES | {SEND_SMS}:
            return SEND_SMS
        if self.lang == DEFAULT_LANGUAGE and heard - NOT_TOPICS == {WHERE}:
            looked_for = self._spoken_keys.looked_for(speech)  # round twenty-six: "gdzie tu gwiazdka, no gwiazdka"
            if looked_for is not None and self._key_choice(node, looked_for) is not None:
                return self._key_choice(node, looked_for)  # asks where the key is: the key, not the address
        dropped = first_heard - heard  # round twenty-two: what a reading set aside is not found again before "bo"
        asked_first = self._before_because(node, speech) if (
            self._question_before_because(speech) or self._fifty_six_about_before_because(speech)) else None
        if asked_first is not None and (asked_first.choice in GENERAL_TOPICS or asked_first.choice in dropped):
            asked_first = None  # "czy jest jakaś pomoc ..., bo": the general words name no need; the reason may
        asked_last = self._asked_at_end(node, speech) if asked_first is None and len(topics) > 1 else None
        if asked_last is not None and asked_last.choice in dropped:
            asked_last = None  # round forty-two: "a na węgiel też dajecie, czy tylko zasiłki": set aside, not asked
        topic = asked_first or asked_last or best_of(topics)
        if topic is None:
            topic = self._before_because(node, speech)
            if topic is not None and topic.choice in dropped:
                topic = None
        topic = topic or last_of(topics)
        if topic is not None:
            return self._hours_day(speech) if topic.choice == "hours" else topic.choice
        key = self._spoken_keys.match(speech)
        if key is None and self.lang == DEFAULT_LANGUAGE:
            # Round nine: a key chosen at the end of a remark, or described after it.
            key = (self._spoken_keys.chosen_last(speech) or self._spoken_keys.described(speech)
                   or self._spoken_keys.chosen_before_because(speech)  # round fifteen: "piątkę, bo to o mamę"
                   or self._spoken_keys.pressed(speech))  # session twenty-two: "naciskam cztery, ale nic nie piszczy"
        elif key is None:  # round twenty-four, Ukrainian: a key beside a verb of pressing ("тисни п'ятірку")
            key = self._spoken_keys.pressed(speech) or self._spoken_keys.before_because(speech)  # round twenty-seven:
            # a key, then its reason after "бо" ("вісім бо я українка")
        if key is not None:  # "jedynka" is key 1: only where the menu has it
            return self._key_choice(node, key)
        if SLOWER in heard:  # "za szybko", "nie nadążam": before the signs of being lost
            return SLOWER
        if LOST in heard and "back" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.lost_only_as_mistake(words, spans, LOST)):
            heard.discard(LOST)  # round thirty-seven: "pomyliłem się, chcę wrócić do początku": a mistake, the way back
        if LOST in heard and "back" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.back_asked_after_lost(words, spans, LOST, "back")):
            heard.discard(LOST)  # session twenty-six: "ja się pogubiłem, cofnij mnie do tego pierwszego menu": lost, and
            # the way back asked for in so many words
        if LOST in heard and heard & {"back", "repeat"} and self._lost_only_as_reason(node, speech):
            heard.discard(LOST)  # "cofnij na sam początek, bo się pogubiłam": the request, its reason after "bo"
        if LOST in heard and "repeat" in heard and self.lang == DEFAULT_LANGUAGE and self._read_with(
                node, speech, lambda words, spans: said_in_place.forty_seven_what_was_said_not_known(
                    words, spans, LOST, "repeat")):
            heard.discard(LOST)  # round forty-seven: "nie wiem, co pani powiedziała, proszę powtórzyć": not caught
        if LOST in heard or alone == LOST:
            # "Nie wiem, czy dobrze dzwonię, ale..." opening a long story is no sign of being lost:
            # the story is asked about ("is anyone in danger?") where a matter is asked for.
            if node in STORY_NODES and self._is_story(speech):
                return None
            return LOST
        if "back" in heard:
            return "back"
        if "repeat" in heard or alone == "repeat":
            return REPEAT_SAID
        if self.lang == DEFAULT_LANGUAGE and self._plan_then_thanks(speech):
            return GOODBYE  # session twenty-three: "dobrze, to ja przyjdę jutro z rana, dziękuję"
        return None

    def _plan_then_thanks(self, speech: str) -> bool:
        """Session twenty-three: the caller's own plan told (_own_plan: a verb in the first person of the future, no
        question) and thanks as the very last words ("dobrze, to ja przyjdę jutro z rana, dziękuję"): the farewell of
        a call that has what it needed. Thanks not last ("przyjdę jutro, dziękuję, a gdzie to jest"), thanks without a
        plan ("syn ma problem, dziękuję": not understood, asked again) and a plan without thanks are not."""
        folded = tuple(f for _, f in words_and_folds(speech))
        return any(len(folded) > len(thanks) and folded[-len(thanks):] == thanks for thanks in self._closing_thanks) \
            and self._own_plan(speech)

    def _placed(self, node: str, speech: str, heard: set[str]) -> tuple[list[str], list[tuple[str, int, int, float]]] | None:
        """Round ten: the caller's words (Polish letters kept) and the spans heard well enough, for the
        readings of ivr.call.senses, only when one of them may apply (the spans are a second matching):
        None otherwise, and on a line whose matcher has no spans (the Ukrainian one)."""
        spans_of = getattr(self._matchers[node], "spans", None)
        if spans_of is None or self.lang != DEFAULT_LANGUAGE:
            return None
        words = [word for word, _ in words_and_folds(speech, self.content.words["hesitation"])]
        folded = {fold(word) for word in words}
        may = (DANGER in heard
               or ("addiction" in heard and said_in_place.may_be_drunk(folded))
               or said_in_place.may_be_hiding(folded) or said_in_place.may_be_lying_in_dirt(folded)
               or said_in_place.may_be_ending(folded) or said_in_place.may_be_since_recent(folded)
               or said_in_place.may_be_cut_off(folded)
               or said_in_place.may_be_out_in_cold(folded) or said_in_place.may_be_not_eating(folded)
               or said_in_place.may_be_shut_in(folded) or said_in_place.may_be_without_me(folded)
               or said_in_place.may_be_beating(folded)
               or said_in_place.may_be_overheard(folded) or said_in_place.may_be_cold_and_down(folded)
               or said_in_place.may_be_lost_outside(folded)
               or said_in_place.may_be_talking_in_secret(folded)
               or said_in_place.may_be_overheard_pleading(folded) or said_in_place.may_be_child_out(folded)
               or said_in_place.may_be_round_twenty_nine(folded)
               or said_in_place.may_be_diabetic(folded) or said_in_place.may_be_not_collected(folded)
               or said_in_place.may_be_farewell(folded)
               or said_in_place.may_be_not_out(folded)  # round thirty-six: not_out_for_days
               or said_in_place.may_be_round_thirty_eight(folded)
               or said_in_place.may_be_round_thirty_nine(folded)  # round thirty-nine
               or said_in_place.may_be_round_forty(folded)  # round forty
               or ("addiction" in heard and said_in_place.may_be_priced(folded))
               or (len(heard - NOT_TOPICS) > 1 and said_in_place.may_be_known(folded))
               or ("hours" in heard and "person" not in heard and any(map(said_in_place.coming_third_person, words)))
               or ("person" in heard and bool(heard & {"social_work", VISIT}))
               or ("person" in heard and "nami" in folded)  # round twenty-nine: talk_with_us, the worker named
               or ("person" in heard and "kim" in folded)
               or ("benefits" in heard and bool(heard & {ELSEWHERE}))
               or ("child_benefit" in heard and (ELSEWHERE in heard or any(w.startswith("zus") for w in folded)))
               or ("benefits" in heard and "na" in folded and len(heard - NOT_TOPICS - GENERAL_TOPICS) > 1)
               or ("care" in heard and "na" in folded and any(w.startswith(("zasil", "zapomog")) for w in folded))
               or (node == LEAVE_WORD and RECORD in heard and len(heard - NOT_TOPICS - {WHEN}) > 1)
               or (ELSEWHERE in heard and "bo" in folded)
               or ("person" in heard and any(w.startswith("socjaln") for w in folded))  # round forty-six
               or ("child_benefit" in heard and bool(folded & said_in_place.FIFTY_FIVE_THOUSAND)))  # round fifty-five
        return (words, [span for span in spans_of(speech) if span[3] >= THRESHOLD]) if may else None

    def _read_with(self, node: str, speech: str, reading) -> bool:
        """Round twelve: a reading of ivr.call.senses asked of the caller's words and the spans heard well enough;
        False on a line whose matcher has no spans (the Ukrainian one)."""
        spans_of = getattr(self._matchers[node], "spans", None)
        if spans_of is None or self.lang != DEFAULT_LANGUAGE:
            return False
        words = [word for word, _ in words_and_folds(speech, self.content.words["hesitation"])]
        return reading(words, [span for span in spans_of(speech) if span[3] >= THRESHOLD])

    def _name_spans(self, node: str, speech: str) -> list[tuple[str, int, int, float]]:
        """Session twenty-five: a person heard only by a name ("pani Ewa mówiła"), as spans gives a person's
        keywords; none on a matcher without names."""
        return getattr(self._matchers[node], "name_spans", lambda _: [])(speech)

    def _spans(self, node: str, speech: str) -> list[tuple[str, int, int]] | None:
        """(choice, first word, word after the last) of each keyword heard well enough, in the words of
        words_and_folds; None for a matcher without spans (the Ukrainian one)."""
        spans_of = getattr(self._matchers[node], "spans", None)
        if spans_of is None:
            return None
        return [(c, start, end) for c, start, end, score in spans_of(speech) if score >= THRESHOLD]

    def _round_forty_two_danger(self, speech: str) -> bool:
        """Round forty-two's readings of danger told in new words (ivr.call.senses)."""
        words = self._words(speech)
        return (said_in_place.not_out_since_named_day(words) or said_in_place.cold_and_sick(words)
                or said_in_place.stopped_eating_for_days(words) or said_in_place.no_food_for_child(words)
                or said_in_place.help_cried(words))

    def _fifty_list_lemmas(self, choice: str) -> frozenset[str]:
        """Round fifty: the folded lemmas and forms of every word of a choice's list (for senses'
        fifty_known_word_near_only), worked out once per choice."""
        known = self._fifty_lemmas.get(choice)
        if known is None:
            found = set()
            for entry in self.content.words.get(choice, ()):
                for word, folded in words_and_folds(entry):
                    found |= {folded} | {fold(lemma) for lemma in lemmas(word)}
            known = self._fifty_lemmas[choice] = frozenset(found)
        return known

    def _words(self, speech: str) -> list[str]:
        """The caller's words with Polish letters kept, as the readings of ivr.call.senses take them."""
        return [word for word, _ in words_and_folds(speech, self.content.words["hesitation"])]

    def _said(self, speech: str) -> list[str]:
        return [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]

    def _put_off(self, node: str, speech: str, heard: set[str]) -> set[str]:
        """Session twenty-eight: a recording or a call-back put off until another matter heard is told
        (senses.put_off); none when nothing else is heard. A text message is not put off: "najpierw godziny, a potem
        esemes z adresem" is still the text message, which holds both."""
        requests = heard & {RECORD, CALLBACK}
        off: set[str] = set()
        if requests:  # _read_with answers a yes or no: the requests put off are gathered beside it
            self._read_with(node, speech,
                            lambda words, spans: off.update(said_in_place.put_off(words, spans, requests)))
        return off if heard - off - NOT_TOPICS else set()

    def _said_before_correction(self, node: str, speech: str, heard: set[str]) -> set[str]:
        """Session twenty-six: the choices heard only before the caller's last correction
        (senses.topic_correction_at), when another choice is heard after it (a question word alone, "gdzie",
        "kiedy", or "nie wiem" is none: "… a właściwie to ja też i nie wiem, gdzie się leczyć"); none otherwise."""
        spans = self._spans(node, speech) if self.lang == DEFAULT_LANGUAGE else None
        at = said_in_place.topic_correction_at(self._words(speech)) if spans else None
        if at is None:
            return set()
        later = {choice for choice, start, _ in spans if start >= at and choice in heard - {WHERE, WHEN, LOST}}
        earlier = {choice for choice, start, _ in spans if start < at and choice in heard}
        return earlier - later if later else set()

    def _corrected(self, node: str, speech: str) -> str | None:
        """Round nine: a key said after a correction ("znaczy", "tfu") is the key chosen, whatever came
        before ("piątek wybieram, znaczy ten numer pięć" is key 5). A correction of a detail ("esemesem
        do córki, znaczy na ten telefon") leaves the request as it is: only a key replaces it."""
        if self.lang != DEFAULT_LANGUAGE:
            return None
        pairs = words_and_folds(speech, self.content.words["hesitation"])
        at = max((i for i, (_, w) in enumerate(pairs) if w in CORRECTIONS), default=None)
        if at is None or at + 1 >= len(pairs):
            return None
        key = self._spoken_keys.match(" ".join(word for word, _ in pairs[at + 1:]))
        return self._key_choice(node, key) if key is not None else None

    def _key_after_no(self, node: str, speech: str) -> str | None:
        """Round thirty-seven: a key said after the last "nie" (fillers around it) corrects a key said before it
        ("gwiazdka, a może krzyżyk, nie, gwiazdka ta z gwiazdką", "dwójka, nie, trójka"): the key said last. No key
        before the "nie" ("nie wiem, może dwójka": being unsure, read as before) is not a correction."""
        if self.lang != DEFAULT_LANGUAGE:
            return None
        pairs = words_and_folds(speech, self.content.words["hesitation"])
        at = max((i for i, (_, w) in enumerate(pairs) if w == "nie"), default=None)
        if at is None or at + 1 >= len(pairs) or not any(self._spoken_keys.match(word) for word, _ in pairs[:at]):
            return None
        rest = " ".join(word for word, _ in pairs[at + 1:])
        key = self._spoken_keys.match(rest) or self._spoken_keys.described(rest)  # "gwiazdka, ta z gwiazdką"
        return self._key_choice(node, key) if key is not None else None

    def _sixty_key_said_last(self, node: str, speech: str) -> str | None:
        """Round sixty: a key said before the last "nie" and a key as the very last word ("trójka, a nie, tu nie ma
        trójki, to jedynka", "pięć, piątkę poproszę, a nie, czekaj, tak, piątka"): the key said last, as round
        thirty-seven's "dwójka, nie, trójka" with a remark between. No key before the "nie" ("nie wiem, może
        dwójka") or no key at the very end is not such a correction; the last word must be a key's noun ("jedynka",
        "piątkę"), so "… ale nie starcza do pierwszego" (a date) is not."""
        if self.lang != DEFAULT_LANGUAGE:
            return None
        pairs = words_and_folds(speech, self.content.words["hesitation"])
        at = max((i for i, (_, w) in enumerate(pairs) if w == "nie"), default=None)
        if at is None or at + 1 >= len(pairs) or not any(self._spoken_keys.match(word) for word, _ in pairs[:at]):
            return None
        if not pairs[-1][1].endswith(SIXTY_KEY_NOUN_ENDS):
            return None  # "… nie starcza do pierwszego": an ordinal of a date, not a key
        key = self._spoken_keys.match(pairs[-1][0])
        return self._key_choice(node, key) if key is not None else None

    def _connect_asked(self, node: str, speech: str) -> bool:
        """A word of a person heard is a verb of putting through ("połączyć", "przełączyć", "łączyć")."""
        spans = self._spans(node, speech)
        if spans is None:
            return True
        words = [word for word, _ in words_and_folds(speech, self.content.words["hesitation"])]
        return any(CONNECTING & lemmas(word) for c, start, end in spans if c == "person" for word in words[start:end])

    def _only_own_phone(self, node: str, speech: str) -> bool:
        """Every word of the address card heard right after "mój", "moja", "swój"…: the caller's phone."""
        spans = self._spans(node, speech)
        if spans is None:
            return False
        said = self._said(speech)
        own = [(start, end) for c, start, end in spans if c == "contact"]
        return bool(own) and all(start > 0 and said[start - 1] in POSSESSIVES for start, _ in own)

    def _goodbye_repeated(self, node: str, speech: str) -> bool:
        """Every goodbye phrase heard starts right where a request to repeat (or to say it slower) ends:
        "jeszcze raz to wszystko" asks for all of it again."""
        spans = self._spans(node, speech)
        if spans is None:
            return False
        said = self._said(speech)
        ends = {end for c, _, end in spans if c in ("repeat", SLOWER)}
        goodbyes = [start for c, start, _ in spans if c == GOODBYE]

        def right_after(start: int) -> bool:  # "jeszcze raz (proszę) to wszystko"
            between = start
            while between > 0 and between not in ends and said[between - 1] in ASKING_WORDS:
                between -= 1
            return between in ends
        return bool(goodbyes) and all(right_after(start) for start in goodbyes)

    def _wants_nothing(self, node: str, speech: str) -> bool:
        """Round eighteen: the answer ends with the caller wanting nothing ("ja nic nie chcę", "niczego nie
        potrzebuję", "nic mi nie trzeba": WANTING_NOTHING), every topic heard before it: the words before are talk,
        no request. "Nic nie chcę, tylko opał" (a matter after it) and "nie chcę nic więcej" (a goodbye) are not."""
        said = self._said(speech)
        ending = next((len(said) - len(phrase) for phrase in WANTING_NOTHING if tuple(said[-len(phrase):]) == phrase),
                      None)
        if ending is None:
            return False
        spans = self._spans(node, speech)
        return spans is not None and all(end <= ending for c, _, end in spans if c not in NOT_TOPICS)

    def _leave_after_nobody(self, node: str, speech: str) -> bool:
        """Round eighteen: the answer ends with a goodbye, and every word of someone being there is said before it and
        holds "nikt"/"nikogo" ("a to dzisiaj święta, to nikogo nie ma, no to do widzenia"): the caller tells
        themselves nobody is there and takes leave; the goodbye is heard after (with its own readings). "Czy ktoś
        jest? Do widzenia" (a question), "do widzenia, a czy jutro ktoś będzie" (the goodbye first) are not."""
        spans = self._spans(node, speech)
        if spans is None:
            return False
        said = self._said(speech)
        goodbyes = [(start, end) for c, start, end in spans if c == GOODBYE]
        present = [(start, end) for c, start, end in spans if c == PRESENT]
        if not goodbyes or not present or max(end for _, end in goodbyes) != len(said):
            return False
        last = min(start for start, end in goodbyes if end == len(said))
        return all(end <= last and NOBODY_WORDS & set(said[start:end]) for start, end in present)

    def _greeting_first(self, node: str, speech: str) -> bool:
        """Round fourteen: every goodbye phrase heard is a blessing that also greets ("szczęść Boże", GREETINGS) said
        first (a filler or "no" before it at most), with GREETED_WORDS words or more after it: the caller greets and
        goes on to the matter. "Szczęść Boże" alone, or at the end ("dziękuję, szczęść Boże"), still takes leave."""
        said = self._said(speech)
        if self.lang != DEFAULT_LANGUAGE or not any(greeting[0] in said for greeting in GREETINGS):
            return False  # the spans are a second matching: only when a greeting may be there
        spans = self._spans(node, speech)
        if spans is None:
            return False
        goodbyes = [(start, end) for c, start, end in spans if c == GOODBYE]

        def greets(start: int, end: int) -> bool:
            return (tuple(said[start:end]) in GREETINGS and all(w in ASKING_WORDS | {"no", "a"} for w in said[:start])
                    and len(said) - end >= GREETED_WORDS)
        return bool(goodbyes) and all(greets(start, end) for start, end in goodbyes)

    def _lost_only_as_reason(self, node: str, speech: str) -> bool:
        """Every sign of being lost comes after a "bo" that follows a request to go back or repeat (round
        twenty-three: or before such a request said after "bo" with "proszę" before it)."""
        spans = self._spans(node, speech)
        if spans is None:
            return False
        said = self._said(speech)
        cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
        if cut is None:
            return False
        asked = any(c in ("back", "repeat") and end <= cut for c, _, end in spans)
        if asked and all(start > cut for c, start, _ in spans if c == LOST):
            return True
        # Round twenty-three: the request said last, after "proszę" ("pogubiłam się, bo się denerwuję, proszę wrócić
        # na sam początek"): the sign of being lost is its reason, told first.
        asked_last = [start for c, start, _ in spans if c in ("back", "repeat") and start > cut and start > 0
                      and said[start - 1] in ASKING_WORDS]
        return bool(asked_last) and all(end <= min(asked_last) for c, _, end in spans if c == LOST)

    def _own_plan(self, speech: str) -> bool:
        """Round nine: the caller tells what they will do ("sama przyjdę", "zadzwonię po świętach": a verb
        in the first person of the future) and asks no time ("kiedy", "o której"): a day said is their plan."""
        if self.lang != DEFAULT_LANGUAGE:  # round thirty-one: "я сама завтра подзвоню"
            return understand_uk.own_plan(understand_uk.tokens(speech, self.content.words["hesitation"]))
        if self._asks_when(speech):
            return False
        pairs = words_and_folds(speech)
        if any(folded in QUESTION_WORDS for _, folded in pairs):
            return False  # "czy w czwartek jesteście, bo przyjdę": a question about that day
        return any(_first_person_future(word) for word, _ in pairs)

    def _day_asked_last(self, speech: str) -> int | str | None:
        """Round twenty-two: the answer ends with "a" and a day, "w"/"we" between, and another day was named before
        it ("w poniedziałek do czwartej, tak pani mówiła, a we wtorek?"): an elliptical question of that day's hours,
        whatever errand was told before it (the day, as _weekday_named gives it). "We wtorek" at the end with no "a"
        (the caller's plan or the story) and "…, a jutro?" with no other day before it are not."""
        said = self._said(speech)
        right_after = said[-2:-1] == ["a"]  # "a jutro?"
        one_between = len(said) >= 3 and said[-3] == "a" and said[-2] in IN_DAY  # "a we wtorek?"
        if not (right_after or one_between):
            return None
        words = self._words(speech)
        before = words[:-2] if right_after else words[:-3]
        return _weekday_named(words[-1]) if _weekday_named(" ".join(before)) is not None else None

    def _question_before_because(self, speech: str) -> bool:
        """A question ("czy", "gdzie", "jaki"…) opens the words before the first "bo"."""
        if self.lang != DEFAULT_LANGUAGE:
            return False
        said = self._said(speech)
        cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
        return cut is not None and bool(QUESTION_WORDS & set(said[:cut]))

    def _fifty_five_request_before_because(self, speech: str) -> bool:
        """Round fifty-five: a word of asking for something ("poproszę", "proszę o", "potrzebuję") said before the
        first "bo"."""
        if self.lang != DEFAULT_LANGUAGE:
            return False
        said = self._said(speech)
        cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
        return cut is not None and bool(FIFTY_FIVE_REQUEST_WORDS & set(said[:cut]))

    def _fifty_six_about_before_because(self, speech: str) -> bool:
        """Round fifty-six: the words before the first "bo" are a matter named after "o" and only the caller's few
        words (FIFTY_SIX_ABOUT_WORDS at most, "ja o zapomogę, bo renta mała, nie starcza na rachunki"): the matter
        asked, what follows "bo" its reason."""
        if self.lang != DEFAULT_LANGUAGE:
            return False
        said = self._said(speech)
        cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), None)
        return cut is not None and cut <= FIFTY_SIX_ABOUT_WORDS and "o" in said[:cut - 1]

    def _present_only_as_reason(self, node: str, speech: str) -> bool:
        """Round twenty-six: a question opens the words before the first "bo" and names the address, the hours or
        another office's matter there, and every phrase of someone being there ("nikt nie odbiera", "nikogo nie ma") comes after that "bo":
        nobody answering is the reason, the address or the hours what is asked ("a ten numer komórkowy to jaki jest,
        bo na stacjonarny nikt nie odbiera"; "czy można się zapisać do lekarza, bo w przychodni nikt nie odbiera":
        another office's, not understood). "Czy ktoś jest, bo nikt nie odbiera" (someone asked before "bo") and
        "nikt nie odbiera, a jaki jest numer" (no "bo") are not. Round fifty-five: a request opens them as a question
        does ("numer komórkowy poproszę, bo na stacjonarny nikt nie odbiera")."""
        if not (self._question_before_because(speech) or self._fifty_five_request_before_because(speech)):
            return False
        said, spans = self._said(speech), self._spans(node, speech)
        if spans is None:
            return False
        cut = next(i for i, w in enumerate(said) if w == "bo" and i > 0)
        present = [start for choice, start, _ in spans if choice == PRESENT]
        asked = [end for choice, _, end in spans if choice in ("contact", WHERE, "hours", ELSEWHERE)]
        return bool(present) and min(present) > cut and any(end <= cut for end in asked)

    def _danger_now_after(self, node: str, speech: str) -> bool:
        """A word of danger after "teraz" (or "dzisiaj", "dziś"), said after the words of long ago or of a
        screen and outside them ("teraz już spokój" is one of them), not right after them: danger now. Round
        thirteen: after "ale", "znowu" or "nadal" too, also right after them ("już dobrze, ale mąż mnie bije")."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        said = [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]
        heard_spans = [span for span in spans_of(speech) if span[3] >= THRESHOLD]
        past = [(start, end) for c, start, end, _ in heard_spans if c == NOT_NOW]
        if not past:
            return False
        after = max(end for _, end in past)
        # Round eleven: a "now" right after the words of a screen is when it was shown ("w telewizji dzisiaj
        # pokazywali"), not danger now.
        nows = [i for i, w in enumerate(said) if i >= after and (
            w in STILL_WORDS and not any(start <= i < end for start, end in past)
            or w in NOW_WORDS and not any(start <= i <= end for start, end in past))]
        # Session twenty-eight: a word of danger inside what is not meant is none ("w telewizji mówili o pożarze, a ja
        # teraz się boję, że nie zdążę z wnioskiem").
        dangers = [(start, end) for start, end, _ in said_in_place.spans_outside(heard_spans, DANGER, NOT_MEANT)
                   if start > nows[0]] if nows else []
        words = self._words(speech) if dangers and said[nows[0]] in STILL_WORDS else []
        if words and any(said_in_place.FIFTY_FOUR_SCREENS & {fold(w) for w in said[start:end + 1]} for start, end in past) \
                and all(any(r.pos == "praet" for w in words[start:end] for r in readings(w)) for start, end in dangers):
            return False  # round seventy-four: "w telewizji mówili, że w tym tygodniu znowu jeden zamarzł": the
            # story told on, in the past ("znowu" is the story's), not danger now
        return bool(dangers)

    def _danger_said_again(self, node: str, speech: str) -> bool:
        """Round twenty-nine: a word of danger against the caller said to come again ("znowu mnie skatuje, jak w
        zeszłym tygodniu", "znów nas pobije"): "znowu" within AGAIN_REACH words before it, "mnie", "nas" (or "mi",
        "nam") between or inside it, outside the words of what is over: danger now, the time of long ago only the
        last time. "W serialu znowu ją pobił" (told of another) stays told from a screen."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        said = [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]
        spans = [(c, start, end) for c, start, end, score in spans_of(speech) if score >= THRESHOLD]
        past = [(start, end) for c, start, end in spans if c == NOT_NOW]
        for c, start, end in spans:
            if c != DANGER or any(p_start <= start < p_end for p_start, p_end in past):
                continue
            before = said[max(0, start - AGAIN_REACH):start]
            if AGAIN_WORDS & set(before) and AGAINST_CALLER & set(before + said[start:end]):
                return True
        return False

    def _need_beside_prison(self, node: str, speech: str) -> bool:
        """Round twenty-nine: every word of what is over tells someone in prison or custody ("mąż w więzieniu",
        "siedzi w areszcie") and a word of danger outside them is a need now, hunger or cold ("a w lodówce nic",
        "dzieci głodne", "zamarzamy"): a man in prison ends his violence, not the family's need, so it is danger now.
        "Bił mnie, ale teraz siedzi w więzieniu" (violence) stays over; "w zeszłym roku głodowaliśmy" (no prison)
        too."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        pairs = words_and_folds(speech, self.content.words["hesitation"])
        said = [w for _, w in pairs]
        spans = [(c, start, end) for c, start, end, score in spans_of(speech) if score >= THRESHOLD]
        past = [(start, end) for c, start, end in spans if c == NOT_NOW]
        if not past or not all(DETENTION & set(said[start:end]) for start, end in past):
            return False
        return any(c == DANGER and not any(p_start <= start < p_end for p_start, p_end in past)
                   and any(NEEDS & {fold(lemma) for lemma in lemmas(word)} for word, _ in pairs[start:end])
                   for c, start, end in spans)

    def _over_denied(self, node: str, speech: str) -> bool:
        """Every phrase of what is over ("już dobrze", "już spokój") followed right away by "nie jest", "nie ma" ("już
        dobrze nie jest", "teraz spokój nie ma"): it says the opposite, so danger heard beside it is danger now ("już
        dobrze, nie pije" stays over)."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        said = [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]
        ends = [end for c, _, end, score in spans_of(speech) if c == NOT_NOW and score >= THRESHOLD]
        return bool(ends) and all(said[end:end + 2] in (["nie", verb] for verb in BEING) for end in ends)

    def _over_doubted(self, node: str, speech: str) -> bool:
        """Round fourteen: every phrase of what is over or not meant ("żartuje", "już dobrze") is asked about, not
        told: right after "czy" (one of ASKED_ABOUT between), with "nie wiem", "nie wiadomo" or "nie jestem pewna"
        before that "czy", or "czy nie" right after the phrase ("nie wiem, czy on żartuje", "czy żartuje, czy
        nie"), or a hedge right before it ("on chyba żartuje"): the caller does not know that it is over, so danger
        heard beside it is danger ("mówi, że się powiesi, ale to żartem" stays told as a joke)."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        said = [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]
        found = [(start, end) for c, start, end, score in spans_of(speech) if c == NOT_NOW and score >= THRESHOLD]

        def doubted(start: int, end: int) -> bool:
            at = start - 1
            if at >= 0 and said[at] in ASKED_ABOUT:
                at -= 1
            if at >= 0 and said[at] in HEDGES:
                return True  # round one hundred and fifty-five: "on chyba żartuje, ale ja trzecią noc nie śpię"
            if at < 0 or said[at] not in END_QUESTIONS:
                return False
            unknown = at >= 2 and said[at - 1] in KNOWING and "nie" in said[max(0, at - 3):at - 1]
            return unknown or said[end:end + 2] == ["czy", "nie"]
        return bool(found) and all(doubted(start, end) for start, end in found)

    def _told_in_past(self, node: str, speech: str, choice: str) -> bool:
        """Every word of the choice heard is a verb in the past tense by the dictionary ("pił", "piła")."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        said = [word for word, _ in words_and_folds(speech, self.content.words["hesitation"])]
        spans = [(start, end) for c, start, end, score in spans_of(speech) if c == choice and score >= THRESHOLD]
        return bool(spans) and all(any(r.pos == "praet" for w in said[start:end] for r in readings(w))
                                   for start, end in spans)

    def _person_only_addressed(self, node: str, speech: str, wanted: str = "person",
                               leads: frozenset[str] = ADDRESSEE_LEADS) -> bool:
        """Every word of a person heard right after "dla" or "od" (after "dla pani" too): whom a message
        or a call-back is for or from, not a request to be connected. Round nineteen: asked of a topic too, with
        "dla" alone (`wanted`, `leads`): "wiadomość dla pani pracownik socjalnej" names whom the message is for.
        Round twenty-nine: a person after "żeby" right after the message or the call-back asked ("zostawić
        wiadomość, żeby pani z opieki przyjechała pogadać"): what the message asks for."""
        spans_of = getattr(self._matchers[node], "spans", None)  # the Polish matcher's (not the Ukrainian one)
        if spans_of is None:
            return False
        said = [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]
        spans = [(start, end) for choice, start, end, score in spans_of(speech)
                 if choice == wanted and score >= THRESHOLD]
        if not spans and wanted == "person":  # round 102: a person heard only by a name ("dla pani Basi")
            spans = [(start, end) for _, start, end, _ in self._name_spans(node, speech)]

        words = [word for word, _ in words_and_folds(speech, self.content.words["hesitation"])]
        ends = {start: end for start, end in spans}

        def listens(start: int) -> bool:  # "niech pani kierowniczka odsłucha": who will hear the message
            after = words[ends[start]:ends[start] + 2]
            return any(LISTENING & lemmas(word) for word in after)

        # Round twenty-nine: "zostawić wiadomość, żeby pani z opieki przyjechała pogadać": what the message asks for.
        asks = [end + k for choice, _, end, score in spans_of(speech) if choice in (RECORD, CALLBACK)
                and score >= THRESHOLD and wanted == "person" for k in range(REQUEST_REACH)
                if end + k < len(said) and said[end + k] in SO_THAT_WORDS | MESSAGE_CONTENT_WORDS]

        def addressed(start: int) -> bool:
            if listens(start) or any(so < start or (so == start and said[so] in MESSAGE_CONTENT_WORDS) for so in asks):
                return True
            before = said[max(0, start - 2):start]
            return bool(before) and (before[-1] in leads or before[-1].startswith(PASSING_ON) or (
                wanted == "person" and before[-1] in MESSAGE_NOUN_FORMS) or
                                     (len(before) == 2 and before[0] in leads and before[1] in POLITE_LITTLE_WORDS))
        heads = [(start, end) for start, end in spans if addressed(start)]  # a shorter hit inside an addressed one
        return bool(spans) and all(any(h <= start and end <= e for h, e in heads) for start, end in spans)

    def _uk_told_only(self, node: str, speech: str, told: str) -> bool:
        """Round twenty-four: on the Ukrainian line, goods in a shop whose every phrase is a price told
        (understand_uk.priced; not a benefit's or a bill's amount: "на дітей ті вісімсот злотих", "рахунок на тисячу
        злотих") or a topic whose every phrase is documents for another office's matter
        (understand_uk.documents_for_elsewhere)."""
        matcher = self._matchers[node]
        spans = [(choice, start, end) for choice, start, end, score in matcher.spans(speech) if score >= THRESHOLD]
        words, own = matcher.words(speech), [(s, e) for c, s, e in spans if c == told]
        return (told in PRICED_GOODS and understand_uk.priced(words, own)) or understand_uk.documents_for_elsewhere(
            words, own, [(s, e) for c, s, e in spans if c == ELSEWHERE])

    def _uk_spans(self, node: str, speech: str, choice: str) -> list[tuple[int, int]]:
        """Round twenty-seven: on the Ukrainian line, where a choice's phrases heard well enough are."""
        return [(start, end) for found, start, end, score in self._matchers[node].spans(speech)
                if found == choice and score >= THRESHOLD]

    def _uk_person_spans(self, node: str, speech: str) -> list[tuple[int, int]]:
        """Round twenty-seven: a person's phrases on the Ukrainian line, a name after a title among them."""
        return [*self._uk_spans(node, speech, "person"), *self._matchers[node].named(speech)]

    def _echoed_uk(self, node: str, speech: str, heard: set[str]) -> bool:
        """Round twenty-four: on the Ukrainian line, a topic's word echoed as a question between phrases of not
        hearing (understand_uk.echoed)."""
        matcher = self._matchers[node]
        spans = [(choice, start, end) for choice, start, end, score in matcher.spans(speech) if score >= THRESHOLD]
        return understand_uk.echoed(matcher.words(speech), [(s, e) for c, s, e in spans if c == "repeat"],
                                    [(s, e) for c, s, e in spans if c in heard and c not in NOT_TOPICS])

    def _missed_uk(self, node: str, speech: str) -> bool:
        """Round thirty-three: on the Ukrainian line, the item's matter asked again with not hearing as the reason
        (understand_uk.missed_and_asked_again), as the Polish line's round twenty."""
        matcher = self._matchers[node]
        spans = [(choice, start, end) for choice, start, end, score in matcher.spans(speech) if score >= THRESHOLD]
        return understand_uk.missed_and_asked_again(matcher.words(speech), [(s, e) for c, s, e in spans if c == "repeat"],
                                                    [span for span in spans if span[0] != "repeat"], (node, WHEN), node)

    def _goes_on(self, speech: str, scores: list[Match]) -> bool:
        """After the last goodbye words, "ale" or "jeszcze" and more words: the caller goes on. Session twenty-three:
        or a question of a matter after them ("zaraz już kończę, mamo, halo, kiedy wypłacacie zasiłki": the goodbye was
        said to someone in the room): a question word, then a topic heard after it."""
        end = max(m.last for m in scores if m.choice == GOODBYE)
        said = [w for _, w in words_and_folds(speech, self.content.words["hesitation"])]
        if any(w == "ale" or (w == "jeszcze" and said[i + 1] != "raz")  # "jeszcze raz dziękuję" thanks again
               for i, w in enumerate(said[:-1]) if i >= end):
            return True
        asked = next((i for i, w in enumerate(said) if i >= end and w in QUESTION_WORDS
                      and said[i - 1] not in KNOWN_ALREADY), None)  # "do widzenia, już wiem, kiedy przyjść": known
        return asked is not None and any(m.choice not in NOT_TOPICS and m.last > asked + 1 for m in scores)

    def _polite_thanks(self, speech: str) -> bool:
        said = tuple(w for _, w in words_and_folds(speech))
        if not said or not all(w in self._polite for w in said):
            return False
        return any(said[i:i + len(g)] == g for g in self._goodbye_phrases for i in range(len(said) - len(g) + 1))

    def _before_because(self, node: str, speech: str) -> Match | None:
        """Of two topics heard about equally, the one asked before "bo": what follows gives the reason
        ("w jakich godzinach jest czynne, bo ja autobusem muszę dojechać" asks for the hours)."""
        pairs = words_and_folds(speech)
        because = "bo" if self.lang == DEFAULT_LANGUAGE else "бо"  # round thirty-three: the Ukrainian "бо" too
        cut = next((i for i, (_, folded) in enumerate(pairs) if folded == because and i > 0), None)
        if cut is None:
            return None
        before = self._matchers[node].scores(" ".join(word for word, _ in pairs[:cut]))
        return best_of(_merged([m for m in before if m.choice not in NOT_TOPICS and m.choice != WHEN]))

    def _office_only_named(self, node: str, speech: str, topics: list[Match]) -> bool:
        """Whether "about" is heard only through the words every request may carry ("ośrodek", "pomoc": generic,
        weighing GENERIC_WEIGHT) beside a matter named well enough: "zasiłek z ośrodka", "obiady w ośrodku" ask for the
        matter. Not where a phrase of "about" itself is heard ("czym się zajmujecie", "w czym pomagacie")."""
        if self.lang != DEFAULT_LANGUAGE or not any(m.choice == "about" for m in topics) or not any(
                m.choice not in GENERAL_TOPICS and m.score >= THRESHOLD for m in topics):  # WHEN is general too
            return False
        about = [score for choice, _, _, score in self._matchers[node].spans(speech) if choice == "about"]
        return bool(about) and max(about) <= GENERIC_WEIGHT * EXACT

    def _asked_at_end(self, node: str, speech: str) -> Match | None:
        """Round eleven: a story, then a question with "czy" at its end naming a matter ("robota się skończyła,
        żona chora, czy jakieś pieniądze można dostać"): the matter asked, not the ones told before it; not when
        the caller gives a reason ("bo") or wonders ("nie wiem, czy"), nor for the general words."""
        said = self._said(speech)
        at = max((i for i, w in enumerate(said) if w in END_QUESTIONS), default=None)
        if not at or "bo" in said or said[at - 1] in KNOWING:  # "nie wiem, czy dopłacą" asks nobody
            return None
        pairs = words_and_folds(speech, self.content.words["hesitation"])
        after = self._matchers[node].scores(" ".join(word for word, _ in pairs[at:]))
        named = [m for m in after if m.choice not in NOT_TOPICS | GENERAL_TOPICS and m.choice != WHEN
                 and m.score >= THRESHOLD]
        return best_of(_merged(named))

    def _own_language_named(self, given: Input) -> bool:
        """Spoken words naming this line's language (or the caller as its speaker), not beside a "nie"."""
        if given.digits.strip() or not given.speech.strip() or not understand_uk.own_language_named(given.speech, self.lang):
            return False
        # Only a few words: the language or the caller named is all that is said ("вісім бо я українка"); in a longer
        # story not understood ("я з україни, мені треба …") the caller is lost, and the help leads on to a person.
        return len(understand_uk.tokens(given.speech)) <= OWN_LANGUAGE_WORDS and not _negated(given.speech)

    def _language_asked(self, speech: str) -> str | None:
        """The other language's code when the caller asks for it by name ("po ukraińsku",
        "українською", "польською"), and not beside a "nie" ("nie rozumiem po polsku")."""
        asked = understand_uk.language_asked(speech)
        if asked is None or asked == self.lang or asked not in self.others:
            return None
        return None if _negated(speech) else asked

    def _hours_asked_of_office(self, speech: str) -> bool:
        """Round one hundred and fifty-six: the hours asked before "bo" are the office's when asked of "you" or
        impersonally ("od której się przyjmuje, bo ja autobusem jadę", "a godziny jakie macie, bo ja tylko rano
        mogę"), not of an office named ("do której jest otwarty urząd gminy, bo muszę podatek zapłacić")."""
        said = self._said(speech)
        cut = next((i for i, w in enumerate(said) if w == "bo" and i > 0), len(said))  # as day_asked_before_reason
        return bool((YOU_OPEN | OFFICE_ASKED_WORDS) & set(said[:cut]))

    def _hours_day(self, speech: str) -> str:
        """"hours", or "hours@3" when the question names a day (Thursday), "hours@jutro" for tomorrow."""
        day = self._weekday_named(speech)
        return "hours" if day is None else f"hours@{day}"

    def _key_choice(self, node: str, digits: str) -> str | None:
        if len(digits) != 1:
            return None
        if digits in RESERVED:
            return RESERVED[digits]
        if digits == LANGUAGE_KEY and _menu_of(node) == "main" and self.others:
            return SWITCH + next(iter(self.others))
        # After an information item, the keys of the menu it came from still work.
        return MENUS[_menu_of(node)].options.get(digits)

    def _miss(self, state: State, apology: str, now: datetime, caller: str | None = None) -> Step:
        if apology == "no_input" and (state.node in ITEMS or state.asked):
            return self._silent_after_answer(state, now, caller)
        state = replace(state, asked=0)
        if state.node == TYPE_NUMBER and apology == "wrong_key":
            apology = "callback_type_invalid"  # not a Polish number we can call
        if state.node in ITEMS:
            parent = ITEMS[state.node].parent
            return self._gather((self._play(apology), self._menu_prompt(parent, caller, now)),
                                State(parent, rounds=state.rounds))
        if state.node == DONE and apology == "no_input":
            # Told they may hang up, and silent: they have what they called for.
            return Step((self._play("goodbye"),), "hangup")
        miss = state.miss + 1
        menu_prompt = self._menu_prompt(state.node, caller, now)
        if miss == 1:
            return self._gather((self._play(apology), menu_prompt), replace(state, miss=miss))
        if miss < MISSES_BEFORE_HELP:  # the help, then only this menu's keys in one line
            prompts = (self._play(apology), self._help(state.node, caller), self._keys_prompt(state.node, caller, now))
            return self._gather(prompts, replace(state, miss=miss), slow=True)
        if state.rounds >= 1 and apology == "no_input":
            # Twice through the whole ladder in silence: nobody is listening any more.
            return Step((self._play("info_contact"), self._play("goodbye")), "hangup")
        if self.schedule.status(now).is_open:
            return self.transfer(now, state.rounds + 1, caller)
        # Outside opening hours: one tidy turn, the hours and numbers twice, then a message.
        first = (self._play(apology), self._status(now), self._play("closed_wrap_up"))
        return self._leave_word(first, caller, rounds=state.rounds + 1)

    def _silent_after_answer(self, state: State, now: datetime, caller: str | None) -> Step:
        """Silence after an answer: the caller listened. The first time, "can we help with
        anything else?" and the menu the answer came from; the second, a polite goodbye."""
        if state.asked:
            return Step((self._play("goodbye"),), "hangup")
        parent = ITEMS[state.node].parent
        return self._gather((self._play("anything_else"), self._menu_prompt(parent, caller, now)),
                            State(parent, rounds=state.rounds, asked=1))

    def _leave_word(self, first: tuple[Play, ...], caller: str | None, rounds: int = 0) -> Step:
        """When no person can answer: a message, a call back (not to a hidden number), or *."""
        return self._gather(first + (self._menu_prompt(LEAVE_WORD, caller),), State(LEAVE_WORD, rounds=rounds))

    def _before_recording(self) -> tuple[Play, ...]:
        """Before the beep: that the message is recorded and who holds the data (RODO art. 13)."""
        return (self._play("privacy_before_beep"), self._play("record_intro"))

    def _offer_callback(self, caller: str | None, rounds: int) -> Step:
        """Read the caller's number back (twice, in its groups) and ask to confirm; a number the
        staff cannot call (hidden, abroad, premium-rate) is told why, and offered a message."""
        written = written_groups(caller)
        if written is None or self._kind(caller) not in CAN_CALL_BACK:
            return self._no_callback(caller, rounds)
        prompts = (*self._readback(written), self._play("privacy_callback"), self._play("menu_callback"))
        return self._gather(prompts, State(CALLBACK, rounds=rounds))

    def _readback(self, written: str) -> tuple[Play, ...]:
        """The read-back in the line's own voice: its fixed words as prompts, the number between
        them as the pieces it is read from (issue 25)."""
        pieces = tuple(Play(e.id, e.text, e.spoken, lang=self.lang)
                       for e in map(self.catalogue.piece, number_groups_of(written)))
        # Said by the fallback voice when a piece is missing: the groups with commas between them
        # (a <break> at each, see ivr.call.twiml), "plus" joined to the country code.
        spoken = ", ".join(p.spoken for p in pieces).replace("plus, ", "plus ") + "."
        said = Play("number", written, spoken, pieces=pieces, lang=self.lang)
        plays: list[Play] = []
        for i, part in enumerate(self.catalogue.readback):
            if i:
                plays.append(said)
            if part is not None:
                plays.append(Play(part.id, part.text, part.spoken, lang=self.lang))
        return tuple(plays)

    def _done(self, prompt: str, rounds: int, values: Mapping[str, str] | None = None) -> Step:
        """Kept: thanks, the caller may hang up now, and a short menu (not the whole tree)."""
        prompts = (self._play(prompt, values), self._play("may_hang_up"), self._play("menu_done"))
        return self._gather(prompts, State(DONE, rounds=rounds))

    def _offer_again(self, prompt: str, caller: str | None, rounds: int) -> Step:
        return self._leave_word((self._play(prompt),), caller, rounds)

    def _menu_prompt(self, node: str, caller: str | None, now: datetime | None = None) -> Play:
        """The menu in the wording for this phone and this moment (now None: as while open)."""
        prompt = self._for_caller(MENUS[node].prompt, caller)
        if self._kind(caller) not in CAN_TEXT:
            prompt = NO_SMS_PROMPTS.get(prompt, prompt)
        return self._moment_prompt(prompt, now)

    def _keys_prompt(self, node: str, caller: str | None, now: datetime | None) -> Play:
        """A menu's keys in one line, worded for this phone and moment (a menu without: itself)."""
        if not MENUS[node].keys:
            return self._menu_prompt(node, caller, now)
        prompt = self._for_caller(MENUS[node].keys, caller)
        if self._kind(caller) not in CAN_TEXT:
            prompt = NO_SMS_PROMPTS.get(prompt, prompt)
        return self._moment_prompt(prompt, now)

    def _moment_prompt(self, prompt_id: str, now: datetime | None) -> Play:
        """After hours, the wording where key 0 leaves word instead of promising a conversation."""
        if now is not None and not self.schedule.status(now).is_open:
            prompt_id = AFTER_HOURS_PROMPTS.get(prompt_id, prompt_id)
        return self._play(prompt_id)

    def _help(self, node: str, caller: str | None) -> Play:
        return self._play(self._for_caller(MENUS[node].help, caller))

    def _kind(self, caller: str | None) -> str:
        """What the caller's phone allows (ivr.common.callerid.phone_kind); None: not known
        here (a preview), everything is offered."""
        return PHONE if caller is None else phone_kind(caller, self.international)

    def _for_caller(self, prompt_id: str, caller: str | None) -> str:
        """A number the staff cannot call back is never offered a call-back."""
        return prompt_id if self._kind(caller) in CAN_CALL_BACK else HIDDEN_PROMPTS.get(prompt_id, prompt_id)

    def _no_sms(self, caller: str | None, now: datetime, rounds: int) -> Step:
        """Key 5 from a phone that cannot get the SMS (a landline, a hidden or foreign number):
        said kindly, then the address and numbers read twice instead."""
        reason = self._play(SMS_REFUSED.get(self._kind(caller), "sms_unreachable"))
        step = self._enter("contact", now, rounds=rounds, caller=caller)
        return replace(step, prompts=(reason, self._play("sms_instead"), *step.prompts))

    def _callback_when(self, now: datetime | None) -> str:
        """When the office will call back: the next opening day by name ("jutro", "w poniedziałek"),
        while open "dziś albo w najbliższy dzień pracy"; without a known day, the next working day."""
        status = self.schedule.status(now) if now is not None else None
        if status is None or (not status.is_open and status.next_open is None):
            return self.language.callback_next_working_day
        if status.is_open:
            return self.language.callback_today
        return self.language.status_values(status, now)["kiedy"]

    def _read_back_typed(self, digits: str, rounds: int) -> Step:
        """A number typed on the keypad, read back twice in its groups, to confirm with 1."""
        written = written_groups(f"+48{digits}")
        prompts = (self._play("callback_typed_number", {"numer": written}), self._play("menu_callback"))
        return self._gather(prompts, State(CALLBACK, rounds=rounds, number=digits))

    def _no_callback(self, caller: str | None, rounds: int) -> Step:
        """Why this number cannot be called back (never "ukryty" unless it is), and a message instead."""
        return self._offer_again(CALLBACK_REFUSED.get(self._kind(caller), "callback_unreachable"), caller, rounds)

    def _gather(self, prompts: tuple[Play, ...], state: State, slow: bool = False) -> Step:
        if state.node == TYPE_NUMBER:  # keys only: the whole number, ended by #
            return Step(prompts, "gather", state, slow=slow, digits=NATIONAL_DIGITS)
        return Step(prompts, "gather", state, hints=self._hints[state.node], slow=slow)

    def _play(self, prompt_id: str, values: Mapping[str, str] | None = None) -> Play:
        entry = self.catalogue.entry(prompt_id, values)
        return Play(entry.id, entry.text, entry.spoken, lang=self.lang)

    def _status(self, now: datetime) -> Play:
        today = self.language.closed_today_values(self.schedule, self.content.weekly, now)
        if today is not None:  # a holiday or a closure day in the usual hours: said as an exception
            return self._play("status_closed_today", today)
        status = self.schedule.status(now)
        return self._play(status_prompt_id(status), self.language.status_values(status, now))

    def _news(self, now: datetime) -> tuple[Play, ...]:
        """After the status: the closed working days of the coming week, then the notices of the day."""
        plays: tuple[Play, ...] = ()
        runs = coming_closures(self.schedule, self.content.weekly, now)
        if runs:
            plays += (self._play("closure", {"dni": self.language.closure_days_text(runs)}),)
        notices = active_notices(self.content.notices, now.date())
        if notices:
            plays += (self._play("notice_lead"),)
            plays += tuple(Play(e.id, e.text, e.spoken, lang=self.lang) for e in map(self.catalogue.notice, notices))
        if self._untranslated_news(now):
            # A notice of the day without a text in this language: one sentence that there is news
            # in Polish and that key 0 reaches a person (while closed: leaves a message).
            open_now = self.schedule.status(now).is_open
            plays += (self._play("notice_in_polish" if open_now else "notice_in_polish_closed"),)
        return plays

    def _untranslated_news(self, now: datetime) -> bool:
        """A translation's line: whether a Polish notice heard today has no text in this language."""
        polish = self.others.get(DEFAULT_LANGUAGE)
        if self.lang == DEFAULT_LANGUAGE or polish is None or "notice_in_polish" not in self.content.prompts:
            return False
        return bool(untranslated_on(polish.content.notices, self.content.notices, now.date()))

    # -- speech -------------------------------------------------------------

    def _node_choices(self, node: str) -> tuple[str, ...]:
        """The choices (word-list names) a caller may say in this node: the menu's own options
        first (for the hints), then every shortcut of the tree."""
        own, excluded = LOCAL_WORDS.get(node, ((), ()))
        options = tuple(MENUS[_menu_of(node)].options.values())
        choices = dict.fromkeys((*own, *options, *SHORTCUTS))
        return tuple(c for c in choices if c not in excluded and c in self.content.words)

    def _vocabulary(self, node: str) -> dict[str, tuple[str, ...]]:
        return {choice: self.content.words[choice] for choice in self._node_choices(node)}

    def _hint_words(self, node: str) -> tuple[str, ...]:
        """The menu's own words (the first few of each list) and its keys as words first, then
        the first words of every other list of the tree: Twilio takes MAX_HINTS."""
        menu = MENUS[_menu_of(node)]
        keys = [self.content.words[KEY_WORDS[k]][0] for k in (*menu.options, *RESERVED)]
        choices = self._node_choices(node)
        own = len(LOCAL_WORDS.get(node, ((), ()))[0]) + len(menu.options)
        first = [w for choice in choices[:own] for w in self.content.words[choice][:OWN_HINTS]]
        rest = [w for choice in choices[own:] if choice not in NO_HINTS for w in self.content.words[choice][:OTHER_HINTS]]
        return tuple(dict.fromkeys(first + keys + rest))[:MAX_HINTS]


# Words that ask about a time beside "czy ktoś będzie": "kiedy", "o której", an hour of the day.
TIME_WORDS = frozenset("""kiedy ktorej siodmej osmej dziewiatej dziesiatej jedenastej dwunastej trzynastej
    czternastej pietnastej szesnastej siedemnastej osiemnastej""".split())


def _asks_when(speech: str) -> bool:
    """"Kiedy", "o której", an hour in words or figures ("po dwunastej", "koło 14"): a time."""
    return any(folded.isdigit() or folded in TIME_WORDS for _, folded in words_and_folds(speech))


@lru_cache(maxsize=4096)
def _first_person_future(word: str) -> bool:
    """"przyjdę", "zadzwonię", "wpadnę": a perfective verb in the first person singular (the future)."""
    return len(word) <= 30 and word.isalpha() and any(
        tag.startswith("fin:sg:pri:") and tag.endswith("perf") and not tag.endswith("imperf")
        for *_, (_, _, tag, _, _) in _morfeusz().analyse(word))


def _is_story(speech: str) -> bool:
    """A long telling: STORY_WORDS words or more beyond the little words ("bo", "ja", "się"); figures
    (a number said) do not count."""
    return sum(1 for _, folded in words_and_folds(speech)
               if len(folded) >= 3 and folded.isalpha() and folded not in STOPWORDS
               and folded not in FIFTY_SIX_REGIONAL_LITTLE_WORDS) >= STORY_WORDS


def _weekday_named(speech: str) -> int | str | None:
    """The first day a Polish caller names ("w czwartek" -> 3, "jutro" -> "jutro"), else None."""
    for word, folded in words_and_folds(speech):
        for lemma in {folded, *lemmas(word)}:
            if lemma in DAY_LEMMAS:
                return DAY_LEMMAS[lemma]
    return None


def _merged(scores: list[Match]) -> list[Match]:
    """Scores with each alias list counted as its destination ("kiedy" and "otwarte" are both
    the hours): the best of them, plus MERGE_BONUS when both are heard; best first."""
    best: dict[str, Match] = {}
    for m in scores:
        choice = ALIASES.get(m.choice, m.choice)
        if choice in best:
            best[choice] = Match(choice, max(best[choice].score, m.score) + MERGE_BONUS, best[choice].word,
                                 max(best[choice].last, m.last))
        else:
            best[choice] = Match(choice, m.score, m.word, m.last)
    return sorted(best.values(), key=lambda m: m.score, reverse=True)


def _carry(step: Step, state: State) -> Step:
    """The step, keeping the call's signs of confusion, of danger, and its pace."""
    return slowed(replace(step, state=replace(step.state, lost=state.lost, slow=state.slow, danger=state.danger,
                                              lang=state.lang)))


def slowed(step: Step) -> Step:
    """In a slow call, every prompt of the step is played slowly."""
    if not step.state.slow:
        return step
    return replace(step, prompts=tuple(replace(p, slow=True) for p in step.prompts))


def _menu_of(node: str) -> str:
    """The menu a node's keys belong to: itself, or the menu an item came from."""
    return node if node in MENUS else ITEMS[node].parent
