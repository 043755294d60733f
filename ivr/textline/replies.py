"""The text line: what a resident's SMS gets back, for deaf and hard-of-hearing residents.

Pure: (message text, moment) -> reply text. The same facts as the voice line,
in written form and short sentences, from the [sms] texts of the content file;
the hours reply carries the live status. Words are understood by the same
Matcher as speech (any inflection, no Polish letters, typos, inside a sentence).
A message asking for several things gets one reply for each (each within 3 SMS), within
a budget of MAX_REPLY_SEGMENTS segments for the whole set (issue 34, N6): the first thing
asked for always whole, the rest in order while they fit, and what does not fit named in a
one-segment hint ("Pozostałe informacje: proszę wysłać osobno POMOC, ALKOHOL.");
a thank-you or an "ok" gets a one-SMS thank-you, not the menu.

Issue 27: before the topics, in this order: danger (the 112 and Niebieska Linia SMS), a
request to stop or to start texting again, a request to be called back ("zadzwońcie",
"proszę o kontakt", a phone number written in the text); the web layer does what they ask
(ivr.web.sms). The care, food, heating and 800+ topics get their own short text, and a day
named in a question about the hours gets that day's hours first.

Issue 33: what differs between languages (the matcher, the SMS-only phrases, the day words, the
published keywords, a few written phrases) is a Rules value: POLISH here, UKRAINIAN in
ivr.textline.ukrainian; the code below is the same for every language (ivr.textline.lines
picks the language of a message).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Callable, Mapping

import phonenumbers

from ivr.call.content import Content
from ivr.call.languages import POLISH as POLISH_LANGUAGE, Language
from ivr.call.notices import active_notices, coming_closures, news_message
from ivr.call.phrases import status_prompt_id, time_text
from ivr.call.schedule import Schedule, to_warsaw
from ivr.call.understand import THRESHOLD, Matcher, fold, is_first_name, is_generic, is_name, words_and_folds
from ivr.common.sms_segments import segments
from ivr.spoken.inflection import readings
from ivr.textline.addressed import to_someone_close
from ivr.textline.english import read_english
from ivr.textline.joined import unjoin
from ivr.textline.letters import polish_spellings, restore_letters
from ivr.textline.script import is_polish_word
from ivr.textline import situation

__all__ = ["CARRIER_KEYWORDS", "CARRIER_START", "CARRIER_STOP", "POLISH", "Reply", "Rules", "TextLine",
           "is_carrier_keyword", "numbers_in"]

# Twilio answers these itself (opt-out, opt-in, help) when they are the whole
# message, in any case; the line stays silent so nobody gets two answers.
CARRIER_KEYWORDS = frozenset({
    "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
    "START", "YES", "UNSTOP",
    "HELP", "INFO",
})
CARRIER_STOP = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"})
CARRIER_START = frozenset({"START", "YES", "UNSTOP"})

# Reply -> the [words] lists that ask for it, in the order replies are sent. Lists
# that share a reply are joined into one choice, so a word on two of them is never a tie.
TOPIC_WORDS: Mapping[str, tuple[str, ...]] = {
    "hours": ("hours", "when"),
    "contact": ("contact", "where", "person"),  # how to reach a person: address and phones
    "help": ("about", "social_work", "benefits", "child_benefit", "heating", "care", "programmes", "food", "visit",
             "help_unnamed"),  # round eleven (Polish SMS only): help, no finer topic of its own
    "addiction": ("addiction",),
}
# Which help a message asks for, when it asks for help: one choice among these, so that an
# exact word of one list beats a near word of another ("zasilek" is a benefit, not "posiłek").
HELP_WORDS: Mapping[str, tuple[str, ...]] = {
    "help": ("about", "social_work", "benefits", "programmes", "visit"),
    "care": ("care",),
    "food": ("food",),
    "heating": ("heating",),
    "child_benefit": ("child_benefit",),
}
# The topics that say more than "help": with one of them the general POMOC text is not sent.
HELP_DETAIL = ("care", "food", "heating", "child_benefit")
# A message made only of these words is a thank-you (or an "ok").
THANKS_WORDS = ("thanks", "goodbye_alone", "goodbye")
# SMS-only words (the [words] lists are shared with speech; these are how people write):
# greetings, forms of address and signatures' words that may go with a thanks.
SMS_THANKS_EXTRA = frozenset(fold(
    "dziekuje dziekujemy dziekuja dzieki dziekowac dziekuj dzienkuje dziekuie dziena bog zaplac szczesc boze "
    "pozdrawiam pozdrowienia pozdrawiamy serdeczne serdecznosci milego dnia dzien dobry witam witaj dobry wieczor "
    # season's greetings: "Szczęść Boże i wesołych świąt dla całego ośrodka"
    "wesolych swiat swieta swiatecznych zdrowych spokojnych radosnych wszystkiego najlepszego dla calego calemu "
    "osrodka osrodkowi zespolu zespolowi pracownikom zyczenia zycze zyczymy szczesliwego nowego roku "
    "pani panu panstwu pan za informacje informacja wiadomosc pomoc odpowiedz i a juz wszystko jasne rozumiem "
    "ok okey okej oki dobrze super bardzo pieknie serdecznie "
    # round seven: wishes with their addressee ("Wesołych Świąt dla całej opieki, zdrowia i spokoju")
    "dla calej wszystkim w osrodku opieki opiece zdrowia spokoju szczescia pogodnych blogoslawienstwa rodzinnych "
    "cieplych dzieks dziex dzienks thx dzk kochana kochany "
    # round eight: what was received or done ("wszystko doszło", "już załatwione"), gratitude ("wdzięczna córka")
    "wielkie wielkie doszlo doszla doszly dotarlo dotarla dotarly dostalam dostalem otrzymalam otrzymalem "
    "zalatwione zalatwiona zalatwiony wdzieczna wdzieczny wdzieczni wdzieczne corka syn rodzina zyczy "
    # round nine: "wszystkiego dobrego", "z całego serca"
    "dobrego calego serca sercem "
    # round nine: a thanks passed on for someone ("mama prosi przekazać podziękowania", "babcia dziękuje za opał")
    "mama tata babcia dziadek sasiadka sasiad maz zona prosi prosila przekazac przekazuje podziekowania od babci mamy "
    "taty dziadka sasiadki "
    "podziekowanie "
    # round eleven: a matter settled ("sprawa załatwiona, dziękuję"), "spoko" as "ok"
    "sprawa sprawy spoko spoczko "
    # round twelve: a blessing ("niech Bóg wynagrodzi"), Christmas by its name, the office's staff wished well
    "niech wynagrodzi wynagrodz bozego narodzenia pracownikow pracownikom pracownicom ops gops "
    # round fourteen: to whom, and whom most ("… dla pani Basi szczególnie, niech wam Bóg wynagrodzi")
    "wam was wszystkich szczegolnie zwlaszcza specjalnie osobno "
    # round fifteen: wishes joined by "oraz" ("Zdrowych Świąt oraz szczęśliwego Nowego Roku"), the help praised ("pomoc
    # dobra", "dobra pani")
    "oraz dobra dobry dobre "
    # round eighteen: the New Year wished ("Do siego roku!")
    "siego roku "
    # round twenty-one: a blessing's measure ("niech Pan Bóg wynagrodzi w dwójnasób", "stokrotnie"), much wished ("dużo
    # zdrowia")
    "dwojnasob stokrotnie duzo wiele "
    # round twenty-six: a formal letter's thanks ("Szanowni Państwo, składam serdeczne podziękowania za …")
    "skladam skladamy szanowni szanowna szanowny szanowne panstwo"
).split())
# Round fifteen: the writer telling who writes ("ja głuchy", "jestem niesłysząca"): beside a thanks word, part of the
# thanks ("ja gluchy dziekuje pani pomoc dobra"); alone no thanks (the keyword list).
SELF_TOLD = frozenset(fold("ja jestem gluchy glucha gluchoniemy gluchoniema nieslyszacy nieslyszaca niedoslyszacy "
                           "niedoslyszaca").split())
# After "nie" these words say the opposite of a thanks: "nie rozumiem", "nie jasne" (and Ukrainian).
NOT_UNDERSTOOD = frozenset(fold("rozumiem rozumiemy jasne wiem dziala pomoglo").split())
# Words that on their own say thanks (a greeting alone is answered with the thanks too).
SMS_THANKS_STRONG = frozenset(fold("dziekuje dziekujemy dzieki zaplac szczesc pozdrawiam pozdrowienia dzienkuje "
                                   "dziekuie zyczenia zycze zyczymy wesolych dzieks dziex dzienks thx dzk dzieki "
                                   "zyczy wdzieczna wdzieczny wdzieczni wdzieczne podziekowania podziekowanie "
                                   # round thirteen: "chciałam tylko podziękować"
                                   "podziekowac podziekowal podziekowala "
                                   # round eighteen: "Do siego roku!", a wish on its own
                                   "siego").split())
# A greeting that is the whole message with its addressee ("Dzień dobry wszystkim w ośrodku"): a greeting,
# not a question about the office (round seven).
SMS_GREETINGS = frozenset(fold("dzien dobry witam witaj wieczor").split())
# Round twenty: one half of a two-word greeting sent as a message of its own ("Dzień", then "dobry", by a writer who sends
# a word a message): no greeting yet to answer, the keyword list. A whole greeting ("dzień dobry", "witam") is read as before.
GREETING_HALVES = frozenset(fold("dzien dobry dobrego wieczor").split())
GREETING_ADDRESSEES = frozenset(fold("dzien dobry witam witaj wieczor wszystkim wszystkich serdecznie w osrodku osrodka dla calego calej "
                                     "pani panu panstwu zespolu pracownikom opieki opiece i kochana kochany "
                                     # round twenty: wishes passed on to others the writer thanks ("… Wesołych Świąt dla
                                     # księdza", "dla sióstr", "dla pana kierownika", "dla całej rodziny")
                                     "ksiedza ksiedzu ksiezy proboszcza proboszczowi siostr siostry siostrom pana kierownika "
                                     "kierowniczki pracownikow rodziny bliskich wolontariuszy "
                                     # round twenty-one: the office greeted as a whole and a lady by "panią" ("pozdrawiam
                                     # serdecznie całe biuro i Panią Kierownik")
                                     "cale calym biuro biuru pania panie "
                                     # round twenty-three: all the ladies of the office ("pozdrawiam wszystkie panie z
                                     # opieki"), "z" naming whom they are of
                                     "wszystkie z ze").split())
# What a thanks is for ("dziękuję za pomoc z wnioskiem"): up to this many words after "za", none of them a
# question's word, is the thing thanked for, not a request (round seven).
THANKED_FOR_WORDS = 4
# A signature at the end: a first name, or a name with where the writer lives ("Halina z Krerowa").
# Two names signed together ("Halina i Józef z Markowic", round eight).
SIGNATURE = re.compile(r"(?:^|\s)([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?:\s+i\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?"
                       # round fifteen: with whom ("Jan z rodziną z Markowic", "Halina z mężem")
                       r"(?:\s+(?:z|ze)\s+(?:ca[lł][aą]\s+)?(?:rodzin[aą]|[zż]on[aą]|m[eę][zż]em|dzie[cć]mi|wnukami|bliskimi))?"
                       r"(\s+(?:z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?\W*$")
# Round twenty-one: a first name and a surname, either order, after a sentence mark or a comma ("… w dwójnasób. Z Panem
# Bogiem, Helena Majchrzak"): who wrote, as a first name alone is.
NAME_AND_SURNAME = re.compile(r"(?<=[.!,;\n])\s*([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)\s+([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ]"
                              r"[a-ząćęłńóśźż]+)?)"
                              # round twenty-six: with whom ("…. Tadeusz Nowak z rodziną"), as SIGNATURE
                              r"(?:\s+(?:z|ze)\s+(?:ca[lł][aą]\s+)?(?:rodzin[aą]|[zż]on[aą]|m[eę][zż]em|dzie[cć]mi|wnukami|bliskimi))?\W*$")
ADDRESS_WORDS = frozenset(("pani", "pan", "panu", "panie",
                           # round twenty-one: "panią" greeted ("pozdrawiam … Panią Kierownik", "Panią Anię")
                           "pania"))
# Round sixteen: a word of fondness after "pani" ("dziękuję pani kochanej za wszystko") is whom the thanks is for, as a
# first name is.
ADDRESS_FOND = frozenset(fold("kochana kochanej kochany kochanemu kochaniutka kochaniutkiej zlota zlotej zloty zlotemu "
                              "droga drogiej drogi drogiemu "
                              # round nineteen: a role after "pani" in a thanks or a wish ("… i dla pani kierownik!"), whom it
                              # is for, as a first name: no head of the office asked about
                              "kierownik kierowniczce kierowniczki kierowniczka dyrektor dyrektorce dyrektorki dyrektorka "
                              "soltys soltysce soltysowej").split())
# Emoji of not knowing or of a question ("🤷‍♀️", "❓", "🤔"): lost, not thankful (the keyword list; round nine).
PUZZLED = frozenset("🤷❓❔🤔😕🙁😟"
                    # round ten: sorrow or anger ("😢", "😭", "😡") is no thanks either: the keyword list, with the phone
                    "😢😭😞😔☹😠😡😩😫😿💔")
# Round nine: who writes, by their role, at the end after a sentence mark ("… samochodem. Sołtys", "pozdrawiam,
# soltys Janina Wozniak"): a signature, not a matter of the sołtys (another office's word) nor a word to answer.
SIGNED_ROLE = re.compile(r"(?:^|(?<=[.!,;\n]))\s*(?i:sołtys|soltys|sołtyska|soltyska|wnuk|wnuczka|córka|corka|syn|"
                         r"sąsiad|sasiad|sąsiadka|sasiadka|sąsiedzi|sasiedzi)(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+){0,2}\W*$")
# What arrived, before these words, beside a thanks ("paczka już doszła, dziękuję"): what is thanked for, not asked about.
ARRIVED = frozenset(fold("doszlo doszla doszly doszedl dotarlo dotarla dotarly dotarl przyszla przyszlo przyszly przyszedl "
                         "przywiezli przywiozla przywiozl przyniesli przyniosla").split())
# On whose behalf a thanks is sent ("dziękuję w imieniu sąsiadki"): who, not what for.
# "Proszę pani" before it is a form of address, not a request ("proszę pani, dziękuję w imieniu całej rodziny").
ON_BEHALF = re.compile(r"\bw\s+imieniu\s+(?:ca[lł]ej\s+|mojej\s+|naszej\s+|mojego\s+|naszego\s+)?\w+"
                       r"|\bprosz[eę]\s+(?=pani\b|pana\b|pa[nń]stwa\b)", re.IGNORECASE)


# Round seventeen: a family signing with its surname, after a sentence mark ("… za paczkę dla dzieci. Rodzina Wiśniewskich",
# "…, Państwo Nowakowie"): who writes, as a first name is; "rodzina" inside a sentence ("rodzina Nowaków nie ma co jeść")
# is not at the end after a mark.
FAMILY_SIGNED = re.compile(r"(?:(?<=[.!,;\n])|^(?=\S+\s+\S+\W*$))\s*(?:[Rr]odzina|RODZINA|[Pp]a[nń]stwo|PA[NŃ]STWO)\s+"
                           r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:\s+(?:z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?\W*$")


def polish_signature(body: str) -> int | None:
    """Where a signature at the end of the text starts ("… Stanisława z Komornik", "…, sołtys Janina Woźniak"), or None."""
    if body.isupper():  # round twenty-six: a text all in capitals signed with a first name ("… Z OPIEKI. ZDZISŁAW Z KREROWA")
        cased = re.sub(r"\w+", lambda m: m.group(0).capitalize() if len(m.group(0)) > 1 else m.group(0).lower(), body)
        last = re.search(r"[.!,;\n]\s*(\w+)[^.!,;\n]*$", cased)
        if last and len(cased) == len(body) and is_first_name(last.group(1)):
            return polish_signature(cased)
    role = SIGNED_ROLE.search(body)
    if role and role.start() > 0:
        return role.start()
    family = FAMILY_SIGNED.search(body)
    if family and family.start() > 0:
        return family.start()
    named = NAME_AND_SURNAME.search(body)
    if named and named.start() > 0 and not body.isupper() and (
            is_first_name(named.group(1)) and is_name(named.group(2)) or is_name(named.group(1)) and is_first_name(named.group(2))):
        return named.start()  # round twenty-one: "…, Helena Majchrzak", "… Kowalska Stanisława"
    signature = SIGNATURE.search(body)
    if signature and not body.isupper() and (signature.group(2) or is_first_name(signature.group(1))
                                             or _first_name_without_letters(signature.group(1))):
        return signature.start()
    return None


def _first_name_without_letters(word: str) -> bool:
    """Round nineteen: a first name written without its Polish letters ("Stanislawa", "Grazyna", "Jozef"), as many
    widows and widowers sign: a first name with them restored."""
    if not POLISH_SIGNATURE_LETTERS.search(word) and (spellings := polish_spellings(word)):
        return any(is_first_name(spelling) for spelling in spellings if spelling != word)
    return False


POLISH_SIGNATURE_LETTERS = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
THANKED_FOR_STOP = frozenset(fold("czy gdzie kiedy jak jakie jaki jaka ktorej ktora a ale prosze co ile").split())
# What a thanks is for, after these words: "dziękuję za pomoc", "dziękuję, że pani przyszła", "dzięki, już
# załatwione z opałem" (round eight: "że" and "z" beside "za").
THANKED_FOR = ("za", "ze", "z")
# Round twelve: "dzięki" with whom it is owed to is "thanks to" ("dzięki pani mama ma opiekunkę", "dzięki wam mam
# opał"): the words after are what the thanks is for, as after "za".
THANKS_TO = ("dzieki", frozenset(fold("wam pani panu panstwu osrodkowi waszej waszemu").split()))
# Round twelve: what the writer received ("dostałam już pieniądze na konto, dziękuję"): up to this many words after a
# verb of receiving are what the thanks is for, not a matter asked about.
RECEIVED = frozenset(fold("dostalam dostalem dostalismy dostala dostal otrzymalam otrzymalem otrzymalismy").split())
RECEIVED_WORDS = 3
# Polish letters folded one for one (the text keeps its length: a span found on it is the span as written).
FOLD_LETTERS = str.maketrans("ąćęłńóśźż", "acelnoszz")
# Round thirteen: "co", "którą" right before what arrived ("dziękuję za paczkę, co przywieźli") is "which", no question.
RELATIVE = frozenset(fold("co ktora ktore ktory ktorzy").split())
# Round thirteen: help received told in the past ("pani Ania bardzo mi pomogła", "komisja pomogła") beside a thanks, with
# nothing asked or requested: what the thanks is for, not a matter asked about ("brat już nie pije, komisja pomogła,
# dziękuję"); not after "nie" ("nikt nie pomógł"), nor with a question's word, "?" or a request's word.
HELPED = frozenset(fold("pomogla pomogl pomogli pomoglo pomogly pomogliscie pomoglyscie pomogles pomoglas pomoglam "
                        "pomoglem pomagala pomagal pomagali pomagaliscie").split())
REQUESTS = frozenset(fold("potrzebuje potrzebujemy potrzebna potrzebny chcialabym chcialbym chcielibysmy prosba prosimy "
                          "mozna moge mozemy mozecie pilnie zadzwoncie pomozcie").split())
# Stop and start in Polish, on the folded text (Twilio answers the English keywords alone).
STOP_PATTERN = re.compile(
    r"\bnie\s+(?:chce|chcemy|chciec|prosze|trzeba|potrzebuje|potrzebowac)?\s*(?:juz\s+|wiecej\s+|wiecej\s+juz\s+|juz\s+wiecej\s+)?"
    r"(?:tych\s+|takich\s+|zadnych\s+|waszych\s+)?"  # round ten: "nie chcę już tych SMS-ów"
    r"(?:pisac|piszcie|pisz|wysylac|wysylajcie|przysylac|przysylajcie|sms\w*|esemes\w*|wiadomosci)\b"
    # round ten: taken off the list ("proszę mnie usunąć z listy"), the number blocked ("zablokujcie ten numer")
    # (the list the SMS go to, not "z listy oczekujących na DPS": at the end, or with the SMS named)
    # round twelve: struck off as well as removed ("proszę skreślić mój numer z listy")
    r"|\b(?:usun|skresl|wykresl)\w*\s+(?:mnie\s+|moj\s+numer\s+|ten\s+numer\s+)?z\s+(?:(?:listy|bazy|wysylki)(?=\s*$|\s+(?:prosze|dziekuje|dzieki"
    r"|pozdrawiam)\b)|(?:listy|bazy|wysylki)\s+(?:sms\w*|esemes\w*|wiadomosci|odbiorcow|kontaktow)\b)"
    r"|\bzablokujcie\s+(?:\w+\s+)?numer\b"
    # "nie chcę już dostawać tych SMS-ów": a word or two between (round seven)
    r"|\bnie\s+(?:chce|chcemy|potrzebuje)\s+(?:juz\s+|wiecej\s+)?(?:dostawac|otrzymywac)\s+(?:\w+\s+){0,2}?"
    r"(?:sms\w*|esemes\w*|wiadomosci|powiadomien)\b"
    # round ten: the line's messages by another name ("nie chcę więcej powiadomień od OPS")
    r"|\bnie\s+(?:chce|chcemy|potrzebuje|zycze\s+sobie)\s+(?:juz\s+)?(?:wiecej\s+)?(?:juz\s+)?(?:zadnych\s+)?"
    r"(?:powiadomien|komunikatow|przypomnien|wiadomosci\s+od\s+was)\b"
    # "usunąć mój / jej / ten numer"
    r"|\b(?:usun|skresl|wykresl)\w*\s+(?:\w+\s+)?numer\b"
    # round eight: words between ("nie życzę sobie więcej żadnych SMS-ów", "koniec z tymi wiadomościami"),
    # consent withdrawn ("odwołuję zgodę na wiadomości"), "proszę przestać pisać", a wrong number
    r"|\bnie\s+zycze\s+sobie\s+(?:\w+\s+){0,2}?(?:sms\w*|esemes\w*|wiadomosc\w*|pisania)\b"
    # round thirty-one: not a hospital's discharge ("za miesiąc wypis", "wypisali ją ze szpitala", "wypisze receptę")
    r"|\bwypis(?!(?:u|em|ie|y|ow|ach)?\b)\w*+(?!\s+(?:\w+\s+){0,2}?(?:ze\s+szpitala|z\s+oddzialu|do\s+domu|recept\w*|skierowani\w*"
    r"|zwolnieni\w*|zaswiadczeni\w*|lek\w*|tabletk\w*))|\brezygnuj\w*|\bkoniec\s+(?:z\s+)?(?:tymi\s+|tym\s+|tych\s+|takimi\s+)?(?:sms\w*|wiadomosc\w*|esemes\w*|pisaniem)"
    r"|\b(?:odwol|wycof|cofam)\w*\s+(?:\w+\s+)?zgod\w*|\bnie\s+wyrazam\s+zgody\s+na\s+(?:sms\w*|wiadomosc\w*|esemes\w*)"
    r"|\bprzesta\w*\s+(?:mi\s+|do\s+mnie\s+)?(?:pisac|wysylac|przysylac|smsowac)\b"
    # round sixteen: the formal, nominal request ("uprzejmie proszę o zaprzestanie przesyłania wiadomości", "proszę
    # zaprzestać wysyłki SMS"): ceasing the sending of messages, not of anything else ("zaprzestanie picia")
    r"|\bzaprzesta\w*\s+(?:\w+\s+)?(?:przesylan\w*|wysylan\w*|wysylk\w*|przysylan\w*|pisan\w*|kontaktowan\w*)"
    r"(?:\s+(?:do\s+mnie\s+|mi\s+)?(?:\w+\s+)?(?:sms\w*|esemes\w*|wiadomosc\w*|informacj\w*|powiadomien\w*)|\s*$|\s+(?:na|pod)\s+"
    r"(?:ten|moj|m[oó]j)\s+numer)"
    # round twenty-one: not after the writer's own apology ("sorry, pomyłka numeru": the writer's mistake, `OWN_MISTAKE`)
    r"|(?<!\bsorry )(?<!\bsorki )(?<!\bsory )(?<!\bprzepraszam )(?<!\bsorry to )(?<!\bsorki to )(?<!\bsory to )(?<!\bprzepraszam to )"
    r"\bpomylk\w*\s+(?:z\s+)?numer\w*|\bpomylony\s+numer"
    # round nineteen: the nominal negated request ("uprzejmie proszę o niewysyłanie mi dalszych wiadomości SMS", "o
    # nieprzesyłanie powiadomień"), as round sixteen's "zaprzestanie przesyłania"
    r"|\bnie(?:wysylan|przesylan|przysylan|smsowan)\w*\s+(?:\w+\s+){0,2}?(?:sms\w*|esemes\w*|wiadomosc\w*|informacj\w*|powiadomien\w*)"
    r"|\bdosc\s+(?:juz\s+)?(?:tych\s+|tego\s+)?(?:sms\w*|esemes\w*|wiadomosci|pisania)\b"
    # round twenty-two: replies asked not to come ("nie odpisujcie już na ten numer", "proszę już nie odpisywać"), "nie"
    # right before the verb ("nie trzeba odpisywać" is read as before; "nie odpisujecie" tells, asks nothing); not for a
    # while only ("dzisiaj nic nie odpisujcie", "teraz nie odpisujcie, zadzwońcie jutro")
    r"|(?<!\bnic )(?<!\bdzis )(?<!\bdzisiaj )(?<!\bteraz )\bnie\s+(?:juz\s+|wiecej\s+)?(?:odpisujcie|odpisywac|odpowiadajcie|odpisuj)\b"
    r"(?!\s+(?:\w+\s+)?(?:dzis|dzisiaj|teraz|wieczorem|w\s+nocy|na\s+razie)\b)"
)
# Round twelve: "+" between words joins them as "i" ("godz otwarcia + nr tel"), not "plus" (800+, a word of 800
# plus); beside a figure it stays.
PLUS_AS_AND = re.compile(r"(?<=[^\W\d_])\s*\+\s*(?=[^\W\d_])")


# Round nineteen: voice dictation writes the marks it is told as words ("… w oborze musimy być kropka", "i adres proszę
# wykrzyknik", "przecinek przecież"): read as the marks, so the sentences end where the writer ended them.
DICTATED_MARKS = {"kropka": ".", "przecinek": ",", "wykrzyknik": "!", "znak zapytania": "?", "pytajnik": "?",
                  "dwukropek": ":", "średnik": ";", "srednik": ";", "nowa linia": "\n", "nowy akapit": "\n"}
DICTATED_MARK = re.compile(r"(?<!\w)\s*(" + "|".join(DICTATED_MARKS) + r")(?!\w)", re.IGNORECASE)
# Round nineteen: a thing that "will kill" or "finish off" the writer ("te ceny nawozów to mnie chyba zabiją", "ta robota
# mnie wykończy haha", "praca mnie dobija") is a figure of speech, as round thirteen's "zabijają mnie te rachunki": left
# out, and the thing with it ("ta robota mnie wykończy" asks about no job) unless it is money to pay (MONEY_THING: "te
# rachunki mnie zabiją, czy jest jakaś pomoc?" asks about the bills). Someone who will do it ("on mnie wykończy") is no
# such thing.
_THINGS = (r"(?:ceny|cen|rachunki|rachunk\w*|op[lł]aty|koszty|raty|podwy[zż]ki|czynsz|dro[zż]yzna|robota|praca|szko[lł]a"
           r"|nauka|studia|egzamin\w*|upa[lł]|mr[oó]z|zima|schody|kolano|kr[eę]gos[lł]up|plecy|nerwy)")
MONEY_THING = re.compile(r"(?:ceny|cen|rachunk|op[lł]aty|koszty|raty|podwy[zż]ki|czynsz|dro[zż]yzna)", re.IGNORECASE)
THING_KILLS = re.compile(r"\b(?P<thing>" + _THINGS + r"(?:\s+[^\W\d_]+){0,2}?)\s+(?:to\s+)?mnie\s+(?:chyba\s+|ju[zż]\s+|kiedy[sś]\s+"
                         r"|w\s+ko[nń]cu\s+|normalnie\s+)?(?:zabij[aeą]\w*|zabij[eą]|wyko[nń]cz\w*|wyka[nń]cz\w*|dobij\w*|wyk[oó]nczy)\b",
                         re.IGNORECASE)
# Round twenty: the same figure with the verb first ("zabija mnie ta drożyzna", "wykończą mnie te raty"): as above.
THING_KILLS_AFTER = re.compile(r"\b(?:zabij[aeą]\w*|zabij[eą]|wyko[nń]cz\w*|wyka[nń]cz\w*|dobij\w*)\s+mnie\s+(?:normalnie\s+|chyba\s+|ju[zż]\s+)?"
                               r"(?:ta\s+|te\s+|ten\s+|to\s+|t[aą]\s+)?(?P<thing>" + _THINGS + r")\b", re.IGNORECASE)

# Round twenty: a drinker's own sobriety told ("mam 19 dni trzeźwości", "nie piję od miesiąca", "jestem po odwyku") with a
# fear of a season or of drinking again ("boję się świąt", "boję się, że znowu zacznę pić"): the fear of a relapse, the
# addiction's matter, not fear of someone. Without the sobriety told ("boję się świąt, mąż znowu będzie pił") or with a
# person feared ("… boję się męża") it is read as before.
OWN_SOBRIETY = re.compile(r"\btrze[zź]wo[sś]ci\b|\bjestem\s+(?:\w+\s+)?trze[zź]w[aoy]\b|\bnie\s+pij[eę]\s+(?:ju[zż]\s+)?od\b"
                          r"|\bniepij[aą]c\w*|\babstynen\w*|\bpo\s+odwyku\b|\bjestem\s+(?:\w+\s+)?(?:alkoholikiem|alkoholiczk[aą])\b",
                          re.IGNORECASE)
RELAPSE_FEARED = re.compile(r"\b(?:boj[eę]\s+si[eę]|si[eę]\s+boj[eę])(?:\s+(?:[sś]wi[aą]t|wigilii|sylwestra|zimy|ferii|urlopu"
                            r"|imienin|wesela|weseli|nowego\s+roku|wolnego)\b|\s*,?\s*[zż]e\s+(?:znowu\s+|znow\s+|zn[oó]w\s+)?"
                            r"(?:zaczn[eę]|wr[oó]c[eę]|si[eę]\s+napij[eę]|nie\s+wytrzymam|zapij[eę]|pij[eę]))", re.IGNORECASE)

# Round nineteen: no space after a comma or a sentence's mark ("Dzien dobry,tu Stanislawa,dziekuje za paczke,Stanislawa"),
# as some older writers type: one is read there (not between figures, "8,5", "61.817", nor in a web or e-mail address).
NO_SPACE_AFTER = re.compile(r"(?<=[^\W\d_])([,.;!?]+)(?=[^\W\d_])")
WEB_ADDRESS = re.compile(r"@|\bwww\b|https?:|\.(?:pl|com|eu|org|net)\b", re.IGNORECASE)
# Round twenty-one: a link with a path or a scheme ("bit.ly/wygrana-k5", "https://…", "www.…/…") is no words of the text:
# its parts are not read ("bit" is no "bił", "wygrana" no word of the writer's); it is read as a bare scheme ("http:"), so
# a bulk message asking to click it is still one (`MASS_SENT`). A domain alone ("inpost-doplata.pl") is read as before.
LINK = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S*", re.IGNORECASE)


# Round twenty-one: the Catholic greeting and its answer ("Niech będzie pochwalony Jezus Chrystus", "Na wieki wieków,
# amen") are a greeting, as "Szczęść Boże" is: read as it.
PRAISED = re.compile(r"\bniech\s+b[eę]dzie\s+pochwalon\w*(?:\s+jezus\w*(?:\s+chrystus\w*)?)?|\bna\s+wieki\s+wiek[oó]w(?:[\s,]+amen)?",
                     re.IGNORECASE)


# Round twenty-one: the office's own messages called harassment by a writer who asks them to stop ("przestańcie do mnie
# pisać codziennie, bo to nękanie!!!", "nękacie mnie tymi smsami, wypiszcie mnie"): "to" (this, the writing) or "you" (the
# office) harass, not someone at home: left out beside a stop (`STOP_PATTERN`), so the stop is read. Someone named who
# harasses ("… mąż mnie nęka") or the word without a stop stays danger.
YOU_HARASS = re.compile(r"\b(?:bo\s+)?to\s+(?:jest\s+)?(?:ju[zż]\s+|zwyk[lł]e\s+|czyste\s+|normalnie\s+)?n[eę]kani[ea]\b"
                        r"|\bn[eę]kacie\s+(?:mnie|nas)\b", re.IGNORECASE)


# Round nineteen: a country's calling code named alone ("a number I can ring from the UK, like with +48?", "z +49"),
# no number after it, is no "plus" (800+): its "+" is left out. A whole number ("+48 602 418 337") keeps it.
CALLING_CODE = re.compile(r"(?<![\w+])\+(?=\d{1,3}\b(?!\s*\d))")


# Issue 33, round fourteen: Polish written by a Ukrainian speaker, the first person in "-u" and the reflexive "sia" ("ja boju
# sia wrócić do domu" is "boję się"): read as the Polish verb where its "-ę" form is one (morfeusz2: a finite verb);
# "sia"/"sja" alone, never Polish, is "się".
UKRAINIAN_REFLEXIVE = re.compile(r"\b(?P<stem>[^\W\d_]+?)u\s+(?:sia|sja|sie|się)\b"
                                 r"|\b(?:sia|sja|sie|się)\s+(?P<after>[^\W\d_]+?)u\b", re.IGNORECASE)  # "ja sia boju" too
REFLEXIVE_SIA = re.compile(r"(?<=[^\W\d_]\s)(?:sia|sja)\b", re.IGNORECASE)


def _first_person(match: re.Match) -> str:
    stem = match.group("stem") or match.group("after")
    if len(stem) >= 2 and any(r.pos == "fin" for r in readings(stem.lower() + "ę")):
        return stem + "ę się" if match.group("stem") else "się " + stem + "ę"
    return match.group(0)


# Round sixteen: a reply to the line's earlier answer opens with a nod and "a" ("ok a numer?", "dobrze, a jak się tam
# dostać", "dzięki. a w sobotę też?"): the nod is no thanks and no topic; what follows "a" is the question.
REPLY_NOD = re.compile(r"^\s*(?:ok(?:ej|ay|i)?|dobrze|dobra|aha|acha|aaa|super|spoko|jasne|rozumiem|dzi[eę]ki|dzi[eę]kuj[eę])"
                       r"(?:\s*[,.!]+)?\s+(?=a\s+\w)", re.IGNORECASE)


def prepare_polish(body: str) -> str:
    """The text as the Polish rules read it: "+" between words is "i" (round twelve); a Ukrainian speaker's "boju sia"
    is "boję się" (issue 33, round fourteen); a reply's opening nod left out (round sixteen); English mixed in read as
    its Polish words or left out, a calling code's "+" left out, marks dictated as words read as marks, a thing that
    "kills" the writer as a figure of speech, a space read after a comma or mark written without one (round nineteen);
    the office's messages called harassment beside a stop left out, the Catholic greeting read as "Szczęść Boże", a
    link read as a bare "http:" (round twenty-one)."""
    if "si" in body.lower() or "sj" in body.lower():
        body = REFLEXIVE_SIA.sub("się", UKRAINIAN_REFLEXIVE.sub(_first_person, body))
    if YOU_HARASS.search(body) and STOP_PATTERN.search(fold(YOU_HARASS.sub(" ", body))):
        body = YOU_HARASS.sub(" ", body)  # round twenty-one: "przestańcie do mnie pisać, bo to nękanie"
    if PRAISED.search(body):
        body = PRAISED.sub("Szczęść Boże", body)  # round twenty-one: "Niech będzie pochwalony Jezus Chrystus"
    if LINK.search(body):
        body = LINK.sub("http:", body)  # round twenty-one: "Kliknij bit.ly/wygrana-k5": no "bit" (bił) read in it
    if NO_SPACE_AFTER.search(body) and not WEB_ADDRESS.search(body):
        body = NO_SPACE_AFTER.sub(r"\1 ", body)
    body = REPLY_NOD.sub("", read_english(body))
    if DICTATED_MARK.search(body):
        body = DICTATED_MARK.sub(lambda m: DICTATED_MARKS[m.group(1).lower()], body)
    if RELAPSE_FEARED.search(body) and OWN_SOBRIETY.search(body):
        body = RELAPSE_FEARED.sub(" ", body)  # round twenty: "mam 19 dni trzeźwości i boję się świąt"
    if THING_KILLS.search(body) or THING_KILLS_AFTER.search(body):
        # round twenty: money named so asks about it only in a text that asks something ("…, czy jest jakaś pomoc?");
        # a complaint alone ("te rachunki mnie wykończą, zabija mnie ta drożyzna") asks nothing
        asks = "?" in body or bool(ASKING.search(fold(body)))
        kept = lambda m: m.group("thing") if asks and MONEY_THING.match(m.group("thing")) else " "  # noqa: E731
        body = THING_KILLS_AFTER.sub(kept, THING_KILLS.sub(kept, body))
    return PLUS_AS_AND.sub(" i ", CALLING_CODE.sub("", body))


# Round twelve: someone who handles a matter ("czy jest ktoś od alkoholu", "ktoś kto się zajmuje opałem"): whom to
# ask about it, not whether anyone is in the office (not "ktoś od rana", "ktoś od 7").
SOMEONE_FOR = re.compile(r"\bktos\s+(?:od|do)\s+(?!(?:rana|rano|ranka|poludnia|jutra|dzis|dzisiaj|teraz|zaraz|poniedzialku"
                         r"|wtorku|srody|czwartku|piatku|soboty|siodmej|osmej|dziewiatej|godziny|godz|ktorej)\b)[^\W\d]\w*"
                         r"|\bktos\s+kto\s+(?:sie\s+)?(?:zajmuje|pomaga|pomoze|zna)\b")
# "Stop" in a message that asks for nothing else ("stop proszę"; "STOP godziny" asks for the hours).
STOP_WORD = re.compile(r"\bstop\b")
START_PATTERN = re.compile(r"^(?:start|unstop|prosze\s+(?:znow\s+|dalej\s+)?pisac|mozecie\s+(?:znow\s+)?pisac|"
                           # round twenty-four: not a text asked with what it should tell ("proszę o sms z adresem")
                           r"piszcie|prosze\s+o\s+sms\w*\b(?!\s+(?:z|ze|w|o|na|od|odnosnie|dotyczac\w*)\b))\b")
# Asking about data protection (issue 30): the notice by SMS ("RODO", "dane osobowe", "ochrona danych").
PRIVACY_PATTERN = re.compile(r"\brodo\b|\bdan\w*\s+osobow\w*|\bochron\w*\s+danych\b|\bprywatnos\w*"
                             r"|\bklauzul\w*\s+informacyjn\w*")
# Asking to be called back (besides [words] callback): the folded text.
CALLBACK_PATTERN = re.compile(
    r"\b(?:zadzwon\w*|oddzwon\w*|zatelefon\w*|przedzwon\w*|dzwoncie|prosze\s+dzwonic)\b"
    # a typo after the "dzw" ("proszę zadzwnoić", round eight)
    r"|\b(?:zadzw|oddzw)[a-z]{3,}\b"
    r"|\bo\s+(?:pilny\s+|szybki\s+|ponowny\s+|jakis\s+)?(?:telefon|kontakt|oddzwonienie)\b|\btelefon\s+zwrotny|\bkontakt\s+telefoniczny"
    r"|\bczekam\s+na\s+(?:telefon|kontakt)\b"
    # round seven: "proszę się ze mną skontaktować", "skontaktujcie się"
    r"|\bskontakt\w*\s+(?:sie\s+)?ze\s+mna\b|\bze\s+mna\s+(?:sie\s+)?skontakt\w*|\bskontaktujcie\b"
    # a call missed ("dzwonił ktoś od was, nie zdążyłam odebrać"): the resident asks to be called again
    # round twelve: asked to get in touch ("niech się pani do mnie odezwie", "proszę się odezwać", "odezwijcie się")
    r"|\bodezw(?:ie|a|ijcie|ac)\s+(?:sie\s+)?(?:do\s+mnie|ze\s+mna)\b|\b(?:do\s+mnie|ze\s+mna)\s+(?:sie\s+)?odezw(?:ie|a|ijcie|ac)\b"
    r"|\bniech\s+(?:\w+\s+){0,3}?(?:sie\s+)?odezw(?:ie|a)\b|\bodezwijcie\b|\bprosze\s+(?:\w+\s+)?(?:sie\s+)?odezwac\b"
    r"|\bdzwoni\w*\b.*\bnie\s+(?:\w+\s+)?odebra(?:lam|lem|c)\b|\bnie\s+(?:\w+\s+)?odebra(?:lam|lem|c)\b.*\bdzwoni\w*"
)
# Round nineteen: a call told as made ("lepiej mi było, jak pani zadzwoniła", "pani oddzwoniła wczoraj, dziękuję"): no
# call-back asked. Asked with "żeby", "by", "czy" before it ("proszę, żeby pani z opieki do mnie zadzwoniła") it still
# asks, and so does a call not made ("nikt nie zadzwonił") or missed ("zadzwoniła, a ja nie odebrałam", round seven).
CALLED_BEFORE = re.compile(r"\b(?:za|od|prze)dzwoni(?:[lł]|[lł]a|[lł]i|[lł]y|[lł]i[sś]cie|[lł]y[sś]cie|[lł]e[sś]|[lł]a[sś])\b",
                           re.IGNORECASE)
CALL_WISHED = re.compile(r"\b(?:zeby|zebyscie|zebys|aby|abyscie|by|bys|bylaby|bylby|gdyby|czy|prosze|prosimy|niech)\b"
                         r"(?:\s+\w+){0,6}?\s+(?:za|od|prze)dzwoni(?:l|la|li|ly|liscie|lyscie|les|las)\b"
                         # a call not made ("nikt nie zadzwonił") asks for one
                         r"|\bnie\s+(?:za|od|prze)dzwoni\w*"
                         r"|\bnie\s+(?:\w+\s+)?odebra(?:lam|lem|c|lismy)\b")
# "Gdzie/kiedy/jak mogę zadzwonić": the resident will call, nobody is asked to.
CALLBACK_NOT = re.compile(r"\b(?:moge|mozna|gdzie|jak|kiedy|mam|moglabym|moglbym|dzwonilam|dzwonilem|pod\s+jaki)"
                          r"\s+(?:\w+\s+)?(?:zadzwonic|dzwonic|zatelefonowac)\b"
                          # "proszę o telefon do socjalnej", "do pani kierownik": a number asked for, not a call
                          r"|\b(?:o\s+)?(?:numer\s+)?telefon\w*\s+do\s+(?:osrodka|ops|gops|mops|opieki|socjaln\w*|pani|pana"
                          r"|kierown\w*|pracown\w*|biura|was)\b")
# Round ten: a call-back declined ("nie trzeba oddzwaniać, już załatwione", "proszę nie dzwonić"), read in each part
# of the text between punctuation ("Nie, proszę zadzwonić" still asks).
CALLBACK_DECLINED = re.compile(r"\bnie\s+(?:trzeba|musicie|musi|potrzeba|ma\s+potrzeby)?\s*(?:juz\s+)?(?:do\s+mnie\s+)?"
                               r"(?:oddzwaniac|oddzwaniajcie|oddzwonic|oddzwoncie|dzwonic|dzwoncie|zadzwonic|zadzwoncie"
                               r"|kontaktowac|kontaktujcie)\b"
                               # round twelve: the call declined by its noun ("nie chcę żadnego oddzwaniania")
                               r"|\bnie\s+(?:chce|chcemy|potrzebuje|trzeba)\s+(?:juz\s+)?(?:zadnego\s+|zadnych\s+)?"
                               r"(?:oddzwaniania|dzwonienia|telefonow|telefonu)\b"  # not "nikt nie zadzwonił": a call awaited
                               # round eighteen: a call not wanted from anyone ("nie chcę, żeby ktoś dzwonił", "nie chcemy by
                               # do nas dzwoniono")
                               r"|\bnie\s+(?:chce|chcemy|chcialabym|chcialbym|potrzebuje|zycze\s+sobie)\s*,?\s*(?:zeby|aby|by)\s+"
                               r"(?:ktos\s+|ktokolwiek\s+|pani\s+|pan\s+|panstwo\s+|wy\s+)?(?:do\s+(?:mnie|nas)\s+)?(?:juz\s+)?"
                               r"(?:dzwonil\w*|zadzwonil\w*|oddzwanial\w*|oddzwonil\w*|dzwoniono|dzwoniliscie|telefonowal\w*)\b"
                               r"(?!\s+(?:do|na)\s+(?!mnie\b|nas\b|ten\s+numer|moj\w*\s+(?:numer|telefon|komork\w*))\w+)")
# The parts of a text a call-back is declined in: between punctuation, but a comma before "żeby" joins its clause to what
# it depends on ("nie chcę, żeby ktoś dzwonił"; round eighteen).
CLAUSES = re.compile(r"[,.;:!?\n]+(?!\s*(?:żeby|zeby|aby|by)\b)|[.;:!?\n]+", re.IGNORECASE)
# A day named in a question about the hours.
DAY_WORDS = {
    0: ("poniedzialek", "poniedzialki", "pon", "pn"), 1: ("wtorek", "wtorki", "wt"), 2: ("sroda", "srode", "srody", "sr"),
    3: ("czwartek", "czwartki", "czw"), 4: ("piatek", "piatki", "pt"), 5: ("sobota", "sobote", "soboty", "sob"),
    6: ("niedziela", "niedziele", "niedz", "ndz", "nd"),
}
RELATIVE_DAYS = {"dzis": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2}
# Days of the year named by their feast ("czy w wigilię jesteście"), folded -> (month, day): the next one.
FEAST_DAYS = {**dict.fromkeys(("wigilia", "wigilie", "wigilii", "wigilje"), (12, 24)),
              **dict.fromkeys(("sylwester", "sylwestra", "sylwestrze"), (12, 31)),
              **dict.fromkeys(("kroli",), (1, 6))}
# Round fourteen: feasts named in more than one word ("w Nowy Rok", "w drugi dzień świąt", "w Szczepana", "w Boże
# Narodzenie"), on the folded text -> (month, day); not a wish ("szczęśliwego Nowego Roku"). After "po" ("kiedy po Nowym
# Roku otwieracie", "po sylwestrze") the day asked about is the first open day after the feast (`AFTER_FEAST`); "między
# świętami a Nowym Rokiem", "przed Nowym Rokiem" name no day.
_NOT_A_WISH = r"(?<!\bszczesliwego )(?<!\bwszystkiego )(?<!\bdobrego )(?<!\budanego )(?<!\bpomyslnego )(?<!\bzdrowego )"
FEAST_PHRASES = ((re.compile(_NOT_A_WISH + r"(?<!\ba )(?<!\bprzed )(?<!\bmiedzy )\bnow(?:y|ego|ym)\s+rok(?:u|iem)?\b"), (1, 1)),
                 (re.compile(r"\bboze(?:go|m)?\s+narodzeni[ea]\b|\bpierwsz(?:y|ego|ym)\s+dzie[nń]\w*\s+swiat\b"), (12, 25)),
                 (re.compile(r"\bdrug(?:i|iego|im)\s+dzie[nń]\w*\s+swiat\b|\bszczepan(?:a|ie)?\b"), (12, 26)),
                 (re.compile(r"\btrzech\s+krol\w*"), (1, 6)))
AFTER_FEAST = "po"
# Abbreviations people write, spelled out before matching.
ABBREVIATIONS = {"nr": "numer", "tel": "telefon", "godz": "godziny", "ul": "ulica",
                 # round eleven: the days as the office's own notices shorten them ("a w pon?", "czy w czw do 15")
                 "pon": "poniedziałek", "pn": "poniedziałek", "wt": "wtorek", "śr": "środa", "czw": "czwartek",
                 "pt": "piątek", "sob": "sobota", "niedz": "niedziela", "ndz": "niedziela"}
# The published keywords: a message made only of them gets every one ("GODZINY ADRES POMOC").
KEYWORD_TOPICS = {"godziny": "hours", "adres": "contact", "telefon": "contact", "pomoc": "help", "alkohol": "addiction",
                  # round ten: the number asked for alone, often in reply to an answer ("a numer?")
                  "numer": "contact"}
# Words that ask for help only when nothing else is asked for ("godziny pracy", "numer do OPS",
# "rozmowa z pracownikiem socjalnym" asks for a person, "mąż pije, co robić" for addiction help).
# A phrase of several words is weak as a whole ("co robić", not "co robicie": that asks what the office
# does); a hardship told ("ledwo wiąże koniec z końcem") is help only when nothing else is asked (round seven).
WEAK_HELP = ("prac", "ops", "osrod", "co robic", "socjal", "koniec z koncem", "nie starcza", "brakuje",
             # round ten: not coping told ("mama już nie daje rady") beside a named matter says no more than it
             "nie daje rady", "nie daja rady", "nie radze sobie", "nie radzi sobie")
# The office called by its popular name ("adres opieki", "do której jest pani w opiece"): as weak as "ośrodek";
# "opieka w domu", "opieka nad mamą" still ask for care.
OFFICE_NAMES = frozenset(fold(name) for name in (
    "opieka", "opieki", "opiece", "opiekę", "opieka społeczna", "opieki społecznej", "opiece społecznej", "opiekę społeczną"))
# A time on the clock with coming ("czy mogę przyjść o 15.30"): a question about the hours.
CLOCK = re.compile(r"\b(?:o|od|do|na|przed|po|około|okolo)\s+\d{1,2}(?:[.:]\d{2})?\b")  # on the lower-case text
MONTHS = {name: number for number, names in enumerate((
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września wrzesnia",
    "października pazdziernika", "listopada", "grudnia"), start=1) for name in names.split()}
# Round nine: a date in figures or with its month ("czy 31.12 pracujecie", "24/12", "2 stycznia"): with `visit`, a question
# about the hours of that day. MONTHS: the month names in it.
DATE = re.compile(r"(?<![\d.:/])(?<!\bo )(?<!\bod )(?<!\bdo )(?<!\bpo )(?<!\bna )(?<!\bgodz )(?<!\bgodz. )(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)(?:[./](?:20)?\d\d)?\.?(?![\d:])"
                  # or with the month's name ("czy 24 grudnia pracujecie"), with or without Polish letters
                  r"|\b(?P<nday>[0-3]?\d)\s+(?P<mname>" + "|".join(MONTHS) + r")\b"
                  # round ten: the month in Roman figures, in capitals ("16 XII", "16.XII"; "16 i 17" is no January)
                  r"|\b(?P<rday>[0-3]?\d)(?:\s+|\.\s*)(?-i:(?P<roman>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I))\b", re.IGNORECASE)
ROMAN_MONTHS = {roman: number for number, roman in enumerate(
    "I II III IV V VI VII VIII IX X XI XII".split(), start=1)}
# With a day or "kiedy", these make it a question about coming to the office ("kiedy mogę przyjść").
VISIT = re.compile(r"\b(?:przyjs|przyjd|przyjech|przyjm|podejs|zastan|czynn|otwar|pracujecie|zalatw|wpas)\w*"
                   # round fourteen: "jesteście" of where ("gdzie dokładnie jesteście") is no coming to the office
                   r"|(?<!\bgdzie )(?<!\bgdzie wy )(?<!\bdokladnie )\bjestescie\w*"
                   # round nine: going, also as an infinitive without endings ("ja iść urząd kiedy")
                   r"|\b(?:isc|ide|idziemy|pojde|pojdziemy|pojsc|pojechac|pojade)\b"
                   # round ten: coming in time ("a jak nie zdążę przed 15?")
                   r"|\bzdaz\w*")
# Round seven, Polish only (Rules fields below; the Ukrainian rules leave them unset):
# Coming to the office: beside it "gdzie" asks for the address as "kiedy" asks for the hours ("kiedy mogę
# przyjść i gdzie to jest").
COME = re.compile(r"\b(?:przyjs|przyjd|przyjech|podejs|dojech|dojs|dotrz|traf)\w*")
# Round twenty-one: collecting something ("gdzie to odebrać", "gdzie się odbiera obiady"): beside "gdzie" and the hours asked
# by their own words, where and when to come (`TextLine.specific_topics`).
COLLECT = re.compile(r"\b(?:odebrac|odbierac|odbiera|odbiore|odbierze|odbierzemy|odbior|odbioru)\b")
# Papers for this office ("gdzie wysłać wniosek pocztą"): beside another office's word, still this office's matter.
OFFICE_PAPERS = re.compile(r"\b(?:wniosek|wnioski|wniosku|wnioskiem|wnioskow|dokumenty|dokumentami|dokumentow|podanie)\b"
                           # round ten: post sent to this office ("gdzie wysłać list polecony do opieki")
                           r"|\b(?:wysla\w*|wysyla\w*|nada\w*|list\w*|pism\w*|przesylk\w*|koperte?)\b.*\bdo\s+(?:opieki|osrodka|ops|gops"
                           r"|mops|was)\b"
                           # round eleven: the office named before the post ("kod pocztowy do was, bo wysyłam list polecony")
                           r"|\bdo\s+(?:opieki|osrodka|ops|gops|mops|was)\b.*\b(?:wysla\w*|wysyla\w*|nada\w*|list|listem|pismo"
                           r"|przesylk\w*|koperte?)\b"
                           # round fourteen: the way to this office ("jak dojechać autobusem z Tulec do was? bo prawa jazdy nie
                           # mam"): beside a bus or a driving licence still this office's address
                           r"|\b(?:dojech|dojad|dojezdz|dojs|dojd|dotrz|traf|dostac\s+sie|dostane\s+sie|dojazd)\w*\b.*\bdo\s+(?:was|osrodka"
                           r"|ops|gops|mops|opieki|biura)\b|\bdo\s+(?:was|osrodka|ops|gops|mops|opieki|biura)\b.*\b(?:dojech|dojad|dojezdz|dojs"
                           r"|dojd|dotrz|traf|dojazd)\w*")
# An advertisement, not a question ("sprzedam drewno kominkowe, tanio"): the keyword list.
ADVERT = re.compile(r"^(?:sprzedam|sprzedaje|wynajme|oferuje|zamienie)\b")
# A cry for help as the whole message ("pomocy!!!", "ratunku pomocy"): danger, as a shout would be. Session 14: "SOS"
# ("S.O.S.", "sos pomocy") and the Russian cry in Latin letters ("pomogite srochno"), which no other rule read (the menu).
CRY = re.compile(r"^(?:(?:pomocy|ratunku|na\s+pomoc|ratujcie|sos|s\s+o\s+s|pomogite)\s*)+"
                 r"(?:\s*(?:prosze|pilnie|szybko|blagam|srochno|srocno|sroczno))*$")
# Signs that together say danger though each alone does not: shivering in the cold (an old person in an
# unheated home, a child outside in the frost). On the folded text.
DANGER_TOGETHER = ((re.compile(r"\btrzes(?!zcz)\w*|\bdygocz?\w*|\bsini\w*"),
                    re.compile(r"\bzimn\w*|\bmroz\w*|\bziab\w*|\bnie\s+(?:\w+\s+)?pali\s+w\s+piecu|\bopal\w*\s+nie\s+ma|\bnie\s+ma\s+(?:\w+\s+)?opal\w*"
                               # round ten: no fuel said otherwise, the room's temperature ("nie ma czym palić", "ani
                               # grudki węgla", "4 stopnie w pokoju")
                               r"|\bnie\s+(?:ma|mam|mamy|maja)\s+czym\s+palic|\bani\s+(?:grudki\s+|kawalka\s+)?(?:wegla|drewna|opalu)"
                               r"|\b(?:nie\s+ma|brak|bez)\s+(?:wegla|drewna)\b|\bstopn\w*\s+w\s+(?:pokoju|domu|mieszkaniu|izbie|kuchni|chacie)")),)  # the figure is folded away
# Round ten: a text quoted ("…", „…”, «…») or forwarded ("Fwd: … ---"): an announcement's words, not what the writer asks
# ("Z ogłoszeń: "grupa wsparcia AA w czwartki o 19." Czy u Was jest coś dla żony alkoholika?" asks about addiction only).
QUOTED = re.compile(r'"[^"]{12,}"|„[^”"]{12,}[”"]|«[^»]{12,}»|^\s*(?:fwd|fw|pd)\s*:.*?(?:-{2,}|->|=>|—)', re.IGNORECASE | re.DOTALL)
QUOTE_ASKED = re.compile(r"\bczy\s+to\s+(?:jest\s+)?(?:u\s+was|wy|od\s+was|wasz\w*|w\s+osrodku|w\s+ops)\b|\bto\s+u\s+was\b")
# Round ten: a long letter (at least LETTER_LENGTH characters in LETTER_SENTENCES sentences) tells a life around its
# questions ("Całe życie w PGR-ze robiłam, potem renta, czworo dzieci wychowałam…"): its topics are read from the sentences
# that ask or request (a "?", a question's word, "proszę", "chciałabym"), when those name any.
LETTER_LENGTH, LETTER_SENTENCES = 250, 4
# Round nineteen: a text in fragments has no part (between sentence marks) longer than this many words.
FRAGMENT_WORDS = 4
# Round twelve: where a sentence ends, for reading danger sentence by sentence (Rules.danger_by_sentence).
SENTENCE_END = re.compile(r"[.!?;\n]+")
ASKING = re.compile(r"\b(?:czy|gdzie|kiedy|jak|jaki|jaka|jakie|jakich|ile|ktorej|kogo|prosze|prosimy|chcialabym|chcialbym"
                    r"|chcialam|chcialem|potrzebuje|potrzebujemy|prosba|mozna|moge|pytam|pytanie)\b")
# Round ten: papers brought for a matter ("chcę przyjść z papierami od zasiłku") say what a visit is for; beside a
# question of when or where to come, that matter is not asked about.
ERRAND = re.compile(r"\bz\s+(?:papierami|papierkami|dokumentami|wnioskiem|pismami|pismem)\s+(?:od|do|w\s+sprawie|o|na|dla)\s+\w+"
                    # round fourteen: papers to be carried in, to the end of their sentence ("bo mam zanieść te papiery co pani
                    # kazała dopisać, zaświadczenie od lekarza że jestem chora"): what the visit is for, as above
                    r"|\b(?:zanie[sś]|zanios|przynie[sś]|przynios|donie[sś]|donios|dostarcz|podrzuc|dowie[zź]|dowioz)\w*\s+"
                    r"(?:\w+\s+){0,2}?(?:papier|dokument|za[sś]wiadcz|pism|kwit|rachun)\w*[^.?!\n]*"
                    # round nineteen: an interpreter the writer comes with ("przyjdę z tłumaczem migowym, jaki adres?"): who
                    # comes along, not an interpreter asked for ("czy macie tłumacza migowego" still is)
                    r"|\b(?:ze?\s+)(?:swoim\s+|moim\s+|w[lł]asnym\s+)?(?:t[lł]umacz(?:em|k[aą])|t[lł]umaczami)"
                    r"(?:\s+(?:migow\w*|j[eę]zyka\s+migowego|pjm))?"
                    # round nineteen: an appointment to be made beside the hours asked ("jakie macie godziny? chcę go umówić
                    # na wizytę", "… umówić tatę na wizytę"): what the coming is for; asked alone ("chcę się umówić na
                    # wizytę") it is read as before
                    r"|\bum[oó]wi[cć]\s+(?:[^\W\d_]+\s+)?na\s+(?:wizyt|spotkani|rozmow)\w*"
                    # round twenty-two: papers to be signed when coming ("kiedy mogę przyjść podpisać papiery o opiekunkę"):
                    # what the visit is for, as papers carried in
                    r"|\bpodpisa[cćlł]\w*\s+(?:te\s+|t[eę]\s+|moje\s+|jakie[sś]\s+)?(?:papier|dokument|wniosek|wniosk|umow|pism|decyzj)\w*"
                    r"(?:\s+(?:od|do|w\s+sprawie|o|na|dla)\s+[^\W\d_]+)?",
                    re.IGNORECASE)
# Round ten: dialect words for common ones ("jak do wos trafić", "kaj wy jesteście", "ni mom czym palić"), each no
# word of standard Polish, read as the word they stand for.
DIALECT = {"wos": "was", "kaj": "gdzie", "kany": "gdzie", "mom": "mam", "momy": "mamy", "ni": "nie", "tera": "teraz",
           "ino": "tylko", "łon": "on", "lon": "on", "łona": "ona", "lona": "ona", "jo": "ja"}
# Round ten: a worker coming ("czy pani Ania przyjdzie jutro", "pracownik przyjedzie"): someone of the office comes.
# Told as past ("pani Ania przyszła", a thanks) or coming to the office ("przyjdzie do biura") it is not.
# Round twenty: asked for with "żeby" and the past form ("chcemy, żeby pracownik socjalny przyszedł do nas do domu").
WORKER_VISIT = re.compile(r"(?:\b(?:pani|pan|pracownik\w*|pracownica|opiekunk\w*)\s+(?:\w+\s+)?(?:przyjdzie|przyjedzie|zajrzy"
                          r"|wpadnie|odwiedzi)\b|\b(?:zeby|aby|by|zebyscie)\s+(?:\w+\s+)?(?:pani|pan|pracownik\w*|pracownica|opiekunk\w*)"
                          r"\s+(?:\w+\s+)?(?:przyszedl|przyszla|przyjechal|przyjechala|zajrzal|zajrzala|wpadl|wpadla|odwiedzil|odwiedzila"
                          r"|przychodzil|przychodzila)\b)(?!\s+(?:do|na)\s+(?:biura|biurze|osrodka|ops|gops|pracy|prace|dyzur|miejsce))")
# Round ten: a phone's autocorrection of the office's words, undone ("pracownik socjalistyczny", "pomocy socjalistycznej").
AUTOCORRECTED = ((re.compile(r"\bsocjalistyczn(?=\w)", re.IGNORECASE), "socjaln"),)
# Round ten: words that may stand inside a danger phrase ("nie chce mi się już żyć", "naprawdę nie mam siły żyć").
# Round twenty-four: "tylko" too ("leży i tylko jęczy" is "leży i jęczy").
DANGER_INSIDE = re.compile(r"\b(?:już|juz|naprawdę|naprawde|wcale|po\s+prostu|chyba|w\s+ogóle|w\s+ogole|tylko)\b", re.IGNORECASE)
# Round ten: a danger that goes on ("znowu", "nadal", "wraca") beside words that would tell it as over ("wyprowadził
# się", "w tv"): still danger, 112 first.
STILL = re.compile(r"\b(?:znowu|znow|nadal|wciaz)\b"
                   # round twenty-seven: a return from hospital or a stay ("w piątek wraca ze szpitala do domu") is no harm back
                   r"|\b(?:wraca|wrocil|wrocila)\b(?!\s+(?:\w+\s+)?(?:ze\s+szpitala|z\s+sanatorium|z\s+rehabilitacji|z\s+turnusu"
                   r"|z\s+hospicjum|z\s+operacji|do\s+zdrowia|do\s+sil)\b)"
                   # round thirteen: someone asked about coming to check ("czy ktoś przychodzi sprawdzić") is no return
                   r"|(?<!\bktos )(?<!\bkto )\b(?:przychodzi|przyjezdza)\b"
                   r"|\bdalej\s+(?:bije|grozi|straszy|neka|przychodzi)\b"
                   # round twenty-eight: a harm told now after one over ("w zeszłym roku mnie pobił, …, ale teraz bije syna")
                   r"|\bteraz\s+(?:\w+\s+){0,2}?(?:bije|bija|leje|tlucze|kopie|dusi|szarpie|grozi|straszy|neka|zamyka)\b"
                   # round fifteen: a harm to the writer told in the present ("mąż mnie bije, widziałam reportaż o
                   # Niebieskiej Linii"), the writer's own despair in words that can only be the writer's ("nie chce mi się
                   # żyć", "nie mam siły żyć"): a screen or a past named beside it does not make it over
                   # session 11: up to three words between ("a u mnie mąż tak samo bije", "a mnie mąż też bije", after a
                   # story seen on television): the writer's own harm told beside a story is no story
                   r"|\b(?:mnie|nas)\s+(?:\w+\s+){0,3}?(?:bije|bija|leje|tlucze|kopie|dusi|szarpie|straszy|neka|zamyka|gwalci)\b"
                   r"|\b(?:bije|bija|leje|tlucze|kopie|dusi|szarpie|straszy|neka|zamyka)\s+(?:mnie|nas)\b|\bgrozi\s+(?:mi|nam)\b"
                   r"|\bnie\s+chce\s+mi\s+sie\s+(?:juz\s+)?zyc\b|\bnie\s+mam\s+(?:juz\s+)?sily\s+(?:zyc|dalej\s+zyc)\b"
                   r"|\bmam\s+dosc\s+(?:tego\s+)?zycia\b|\bja\s+(?:tez\s+|juz\s+)*nie\s+chce\s+(?:juz\s+)?zyc\b")
# Round ten: someone old or confused gone out of the house unprotected ("dziadek wyszedł z domu w piżamie, ma alzheimera"):
# leaving home with a sign that they cannot look after themselves (night clothes, barefoot, dementia).
WANDERED = (re.compile(r"\b(?:wyszedl|wyszla|wyszli|poszedl|poszla|uciekl|uciekla|wybiegl|wybiegla|wywedrowal|wywedrowala)"
                       r"\s+(?:\w+\s+){0,2}?(?:z\s+domu|z\s+mieszkania|na\s+dwor|na\s+pole|w\s+noc)"
                       # round sixteen: out before the house and not coming in ("siedzi przed domem w samym szlafroku")
                       r"|\b(?:siedzi|stoi|chodzi|blaka\s+sie|krazy|lezy)\s+(?:\w+\s+){0,2}?(?:przed\s+(?:domem|blokiem|brama"
                       r"|furtka)|na\s+(?:dworze|dworzu|podworku|podworzu|ulicy|mrozie|schodach))"),
            re.compile(r"\bpizam\w*|\bpiżam\w*|\bboso\b|\bbez\s+(?:butow|kurtki|ubrania)\b|\bszlafrok\w*|\bw\s+samej\s+koszul\w*"
                       r"|\balzheimer\w*|\bdemencj\w*|\botepien\w*|\bnie\s+wie\s+gdzie\s+(?:jest|idzie)"))
# A number of hours is a length of time, not the office's hours: "opiekunka kilka godzin dziennie",
# "wyszła godzinę temu", "będę za godzinę" (on the text as written, with or without Polish letters).
DURATION = re.compile(  # not a time of day: "o 15 godzinie", "od godziny 8"
    r"(?<!\bo )(?<!\bdo )(?<!\bod )(?<!\bpo )"
    r"\b(?:\d+|kilka|kilku|kilkana[sś]cie|par[eę]|paru|p[oó][lł]|dwie|dw[oó]ch|trzy|trzech|cztery|czterech|pi[eę][cć]|"
    r"pi[eę]ciu|sze[sś][cć]|osiem|o[sś]miu|dziesi[eę][cć])\s+godzin(?:y|[eę])?\b"
    r"|\bgodzin\w*\s+(?:temu|dziennie|tygodniowo|w\s+tygodniu|w\s+miesi[aą]cu|na\s+dob[eę])\b"
    r"|\b(?:za|od|przez|na)\s+godzin[eęy]\b(?!\s*\d)", re.IGNORECASE)

# Round eight: a child left alone ("dziecko u sąsiadów samo od wczoraj płacze") with a sign that it is left:
# crying, since yesterday or all day, nobody at home. Either alone is no danger ("dziecko samo chodzi do szkoły").
CHILD_ALONE = (re.compile(r"\b(?:dziecko|dzieci|dzieciak\w*|maluch\w*|niemowl\w*|synek|coreczk\w*|dziewczynk\w*"
                          r"|chlopczyk\w*)\b(?:\s+\w+){0,4}?\s+(?:samo|sama|sam|same|sami)\b"),
               re.compile(r"\bplacz\w*|\bkrzycz\w*|\bod\s+(?:wczoraj|rana|nocy|\w+\s+dni)\b|\bcal[aey]\s+(?:dzien|noc)\b"
                          # round sixteen: the parents gone off somewhere ("same od soboty, rodzice gdzieś pojechali"), not to work
                          r"|\b(?:rodzice|matka|mama|ojciec|tata)\s+(?:gdzies\s+)?(?:pojechal\w*|wyjechal\w*|poszl\w*|poszedl|wyszl\w*"
                          r"|wyszedl|zniknel\w*)\b(?!\s+(?:do|na|po)\s+(?:prac\w*|szkol\w*|sklep\w*|zakupy|zakupach|roboty|lekarza))"
                          r"|\b(?:ich|rodzicow|matki|mamy|ojca)\s+nie\s+ma\b|\bnie\s+ma\s+(?:ich|rodzicow|matki|mamy|ojca)\b"))
# Round nine: a child out in the cold unprotected ("dziecko chodzi boso po śniegu, nikt go nie szuka"): barefoot, without
# a coat, in the frost at night, nobody looking for it. A child with a cold or a child's shoes asked for is not.
_CHILD = (r"\b(?:dziecko|dziecka|dzieci|dzieciak\w*|maluch\w*|niemowl\w*|synek|synka|coreczk\w*|dziewczynk\w*"
          r"|chlopczyk\w*|chlopiec|chlopak)\b")
# Round eleven: someone left lying in their own urine or excrement ("dziadek leży w łóżku w moczu od paru dni"):
# neglect that is danger, not the care topic.
NEGLECTED = (re.compile(r"\b(?:lez\w*|siedzi\w*|zostawi\w*|zostal\w*)\s+(?:\w+\s+){0,3}?we?\s+(?:wlasn\w+\s+)?"
                        r"(?:moczu|odchodach|kale|nieczystosciach|sikach|kupie)\b"),)
# Round eleven: asking not to be looked for, with no place after it ("nie szukajcie mnie."; "nie szukajcie mnie w domu,
# będę u córki" says where to look).
FAREWELL = (re.compile(r"(?:\bnie\s+szukajcie\s+mnie|\bniech\s+(?:mnie\s+)?nikt\s+(?:mnie\s+)?nie\s+szuka)\b(?:\s+juz\b)?"
                       r"(?!\s+(?:w|u|na|pod|przy|od|do|po|bo|tam|tu|tutaj)\b)"),)
# Round eleven: someone old or living alone unreachable since a time ("mama nie odbiera od wczoraj, mieszka sama"; "nie
# mogę się dodzwonić do taty od rana, ma 85 lat"; as the Ukrainian line's round ten). The office's phone not answering
# names nobody old or alone; a figure of years is folded away, "lat" stays.
UNREACHABLE = (re.compile(r"\b(?:nie\s+(?:odbiera|odbieraja|odpisuje|otwiera)|nie\s+(?:moge|mozemy)\s+sie\s+dodzwonic)\b"),
               re.compile(r"\bod\s+(?:wczoraj|wczorajszego|rana|nocy|soboty|niedzieli|piatku|(?:\w+\s+)?dni|(?:\w+\s+)?godzin)\b"
                          # round sixteen: a day counted ("już 2 dzień nie odbiera"), weeks
                          r"|\b(?:drugi|trzeci|czwarty|kolejny|juz)\s+dzien\b|\bod\s+(?:\w+\s+)?tygod\w*"
                          # round twenty-one: since a moment told before ("napisała mi w nocy …, i od tej pory nie odpisuje")
                          r"|\bod\s+(?:tej|tamtej)\s+pory\b|\bod\s+tego\s+czasu\b"
                          # round twenty-four: not seen for days ("nie widziałam go 4 dni")
                          r"|\bnie\s+widzial\w*\s+(?:\w+\s+){0,2}?(?:dni|dnia|tygodni\w*|tydzien)\b"),
               re.compile(r"\b(?:mieszka|zyje)\s+sam[ao]?\b|\bsam[ao]?\s+mieszka\b|\bsamotn\w*|\blat\b|\bstarsz\w*|\bschorowan\w*"
                          # round sixteen: signs at the house ("rolety cały dzień zasunięte") or someone asked to look in
                          # ("niech ktoś zajrzy"); alone, or old by a figure with "l" ("tata 86l sam")
                          r"|\bzasuni\w*|\bswiatlo\s+(?:sie\s+)?pali|\bzajrz\w*|\b(?:mama|tata|ojciec|matka|babcia|dziadek)\s+(?:l\s+|lat\s+)?sam[ao]?\b"
                          r"|\bleżąc\w*|\blezac\w*|\bpo\s+udarze\b|\bchora\b|\bchory\b"))
# Round twenty-one: someone of the family or a neighbour unreachable since a time, with the cold or no power told ("Mama
# napisała mi w nocy 'zimno nie ma prądu' i od tej pory nie odpisuje"): danger, as UNREACHABLE's someone old or alone. The
# office unreachable beside the cold ("pani z ośrodka nie odpisuje od rana, a u nas zimno") names nobody of the family.
UNREACHABLE_COLD = (UNREACHABLE[0], UNREACHABLE[1],
                    re.compile(r"\bzimn\w*|\bmroz\w*|\bnie\s+ma\s+(?:\w+\s+)?(?:pradu|ogrzewania|czym\s+palic)\b|\bbez\s+(?:pradu|ogrzewania)\b"),
                    re.compile(r"\b(?:mama|mamy|mamie|mame|tata|taty|tacie|tate|ojciec|ojca|matka|matki|babcia|babci|babcie|dziadek|dziadka"
                               r"|sasiad|sasiada|sasiadka|sasiadki|brat|brata|siostra|siostry|ciocia|cioci|wujek|wujka|tesciowa|tesciowej|tesc"
                               r"|tescia)\b"))
# Round eighteen: someone not seen since a time ("sąsiad od trzech dni nie wychodzi z domu") with a sign at the house that
# nobody is about in it ("komin nie dymi", "pies wyje", "światło pali się całą noc"): danger, as UNREACHABLE. Not going out
# alone ("mama od tygodnia nie wychodzi z domu bo ślisko") or a cold chimney alone is not.
NO_SIGN_OF_LIFE = (re.compile(r"\bnie\s+(?:wychodzi|wychodzil\w*|pokazuje\s+sie|pokazal\w*\s+sie|widac)\b"
                              r"|\bnikt\s+(?:go\s+|jej\s+|ich\s+)?nie\s+widzial\w*|\bnie\s+widzial\w*\s+(?:go|jej|ich)\b"),
                   UNREACHABLE[1],
                   re.compile(r"\bkomin\w*\s+(?:\w+\s+)?nie\s+dymi|\bnie\s+dymi\s+(?:sie\s+)?z\s+komin\w*|\bz\s+komin\w*\s+nie\s+(?:leci|idzie|dymi)"
                              r"|\bpies\s+(?:\w+\s+){0,2}?(?:wyje|skowycz\w*|piszczy)|\bswiatlo\s+(?:sie\s+)?pali\s+(?:cal\w+\s+)?(?:noc|dzien|dob\w*)"
                              r"|\b(?:skrzynk\w*|gazet\w*|poczt\w*)\s+(?:\w+\s+)?(?:pelna|pelne|nieodebran\w*|nie\s+odebran\w*)"))
# Round nineteen: despair told in a young writer's fragments ("nie dam rady juz. dzieci spia. ja juz nic nie chce"): not
# coping and wanting nothing any more, or wanting nothing and a sorry to everyone ("… przepraszam was"), together are
# danger, as a farewell. Either alone is not ("nie daję rady z rachunkami", "dziękuję, już nic nie chcę" ends a reply).
_NOTHING_WANTED = r"\b(?:juz\s+nic\s+nie\s+chce|nic\s+juz\s+nie\s+chce|juz\s+niczego\s+nie\s+chce)\b(?!\s+(?:od|z|dla|wiedziec|slyszec|dostac|dostawac|zalatwiac|pisac))"
DESPAIR = ((re.compile(r"\bnie\s+(?:dam|daje|dajemy)\s+(?:juz\s+)?rady\b(?!\s+(?:z|ze|sam\w*|przy|zaplac\w*|oplac\w*|kupic|dojsc|dojechac|przyjsc))"
                       r"|\bnie\s+mam\s+(?:juz\s+)?sily\b"), re.compile(_NOTHING_WANTED)),
           (re.compile(_NOTHING_WANTED), re.compile(r"\bprzepraszam\s+(?:was|wszystkich|za\s+wszystko)\b")))
# Round twenty-one: the writer's own mistake owned with an apology ("haha sorry pomyłka numeru, wesołych", "przepraszam, to
# pomyłka"): what was sent was meant for someone else, the keyword list (no stop: the office wrote to nobody wrongly). Read
# also after the text's last question, which it takes back ("co ma 4 nogi i szczeka? haha sorry pomyłka numeru"); a question
# after it, or a stop asked beside it ("sorry, pomyłka, nie piszcie do mnie"), is read as before.
OWN_MISTAKE = re.compile(r"\b(?:sorry|sorki|sory|przepraszam)\b.*\bnie\s+do\s+was\b"
                         r"|\b(?:sorry|sorki|sory|przepraszam)\s+(?:to\s+|za\s+)?(?:\w+\s+)?(?:pomylk\w*|pomylilam|pomylilem)\b")
# A wish sent on by mistake and then extended to the office too ("sorry, pomyliłam numery, życzenia były do cioci, ale
# Wesołych Świąt też!", "… nie do was, ale wam też zdrowych świąt"): a thanks, the office greeted; the mistake alone
# ("haha sorry pomyłka numeru, wesołych") stays the keyword list. Merging rounds twenty-one and twenty-two.
WISHED_TO_US_TOO = re.compile(
    r"\b(?:wesolych|zdrowych|spokojnych|radosnych|wszystkiego|szczesliwego|zycze\w*|pozdrawiam|pozdrowienia)\b"
    r"(?:\s+\w+){0,3}?\s+(?:(?:wam|wszystkim|dla\s+was)\s+)?(?:tez|rowniez)\b"
    r"|\b(?:wam|dla\s+was|wszystkim)\s+(?:tez|rowniez)\s+(?:wesolych|zdrowych|spokojnych|zycze\w*|wszystkiego|pozdrawiam)\b")
# Round nineteen: a text its writer says was not meant for the office ("sorry to nie do was, do koleżanki miało iść", "tak
# tylko piszę do męża, nie do was") or cancels at its end, as dictation does ("… nie nie to kasuj kasuj"): the keyword
# list, after danger (read first, whatever the text says). A question ("czy to nie do was trzeba iść?") is not one.
NOT_FOR_US = re.compile(r"\b(?:sorry|sorki|sory|przepraszam|pomylka|pomylilam|pomylilem)\b.*\bnie\s+do\s+was\b"
                        r"|\bnie\s+do\s+was\b.*\b(?:sorry|sorki|sory|przepraszam|pomylka)\b"
                        # round twenty-two: denied at the start of a dictated text ("nie nie, to nie do was, wyłącz to")
                        r"|^(?:nie\s+)*(?:\w+\s+)?to\s+(?:jest\s+|bylo\s+)?nie\s+do\s+was\b(?!\s+(?:trzeba|mam|musze|nalezy))"
                        r"|\bpisze\s+(?:\w+\s+)?do\s+\w+\s+(?:a\s+)?nie\s+do\s+was\b"
                        r"|\bmial[oa]?\s+(?:isc|pojsc|trafic)\s+do\s+(?!was\b|osrodka\b|ops\b|gops\b|opieki\b)\w+"
                        r"|(?:^|\s)(?:nie\s+)*(?:to\s+)?(?:s?kasuj|usun|anuluj|wymaz)(?:\s+(?:s?kasuj|usun|anuluj|wymaz|to|wszystko))*\s*$"
                        # a letter that says it only informs ("piszę jedynie dla porządku", "nie oczekuję odpowiedzi")
                        r"|\bpisze\s+(?:tylko|jedynie|wylacznie)\s+(?:dla\s+porzadku|dla\s+informacji|informacyjnie)\b"
                        r"|\bnie\s+oczekuje\s+(?:zadnej\s+)?odpowiedzi\b"
                        # round twenty: a chain message passed on by mistake ("przekaż to 10 osobom", "nie przerywaj
                        # łańcucha", "wyślij dalej znajomym")
                        r"|\b(?:przekaz|przeslij|wyslij|roz[sc]lij)\s+(?:to\s+|ten\s+\w+\s+|ta\s+\w+\s+|dalej\s+)*(?:\w+\s+)?"
                        r"(?:osobom|znajomym|przyjaciolom|kolejnym)\b|\bnie\s+przerywaj\s+(?:tego\s+)?lancuch\w*"
                        # round twenty-one: the writer's own wrong number owned ("sorry pomyłka numeru")
                        r"|" + OWN_MISTAKE.pattern +
                        # round twenty-six: someone else wrote from the writer's phone, owned with an apology ("sorry to
                        # kolega mi wziął tel i pisał", "przepraszam, to wnuczek pisał z mojego telefonu"), nothing asked
                        r"|\b(?:sorry|sorki|sory|sorka|przepraszam|przepraszamy)\b(?!.*(?:\?|\b(?:czy|gdzie|kiedy|jak|ile|prosze)\b))"
                        r".*(?:\b(?:wzial|wziela|wzieli|wziely|zabral|zabrala|zabrali|porwal|porwala)\s+(?:mi\s+)?(?:moj\s+|moja\s+)?"
                        r"(?:tel|telefon|fon|fona|komorke|komorka|komore)\s+(?:\w+\s+)?(?:i\s+)?(?:pisal|pisala|pisali|pisaly|napisal"
                        r"|napisala|napisali|wyslal|wyslala|wyslali)\b"
                        r"|\b(?:pisal|pisala|pisali|pisaly|napisal|napisala|napisali)\s+z\s+(?:mojego|mojej|mego)\s+"
                        r"(?:tel|telefonu|komorki|numeru)\b)" +
                        # round twenty-one: a text that says it only tells, to anyone ("tak tylko piszę, bo mi się
                        # przypomniało", "ja tylko muszę to komuś napisać", "musiałam się komuś wygadać"), nothing asked in it
                        # (no question's or request's word: "tak tylko piszę, żeby zapytać o opał" is read as before)
                        r"|^(?!.*\b(?:czy|zeby|aby|prosze|prosimy|pytam|zapytac|gdzie|kiedy|ile|jaki|jaka|jakie|pomozcie|potrzebuje)\b)"
                        r".*(?:\btak\s+tylko\s+pisze\b|\btylko\s+tak\s+pisze\b|\bpisze\s+tak\s+tylko\b"
                        r"|\b(?:musze|musialam|musialem|chcialam|chcialem|chce)\s+(?:to\s+)?komus\s+(?:napisac|powiedziec|opowiedziec)\b"
                        r"|\b(?:musialam|musialem|musze)\s+sie\s+(?:komus\s+)?wygadac\b|\bbo\s+mi\s+sie\s+przypomnialo\b)"
                        # round twenty-two: a courier's or parcel locker's notice passed on ("… czeka w Paczkomacie …
                        # Kod odbioru: …"): no food parcel asked
                        r"|\bkod\w*\s+odbioru\b|\bczeka\w*\s+(?:\w+\s+)?w\s+paczkomac\w*")
# Round twenty: a story seen or heard in the media ("wczoraj w telewizji pokazywali, jak dziecko zamarzło w wózku",
# "widzieliście reportaż w Uwadze o tej babci, co zamarzła? straszne"): a death or harm told as past there (the second
# sign) in a sentence that names the media (the first), with the writer's reaction (the third): that sentence is the
# story's, not the writer's matter; when the rest asks nothing the line answers ("u nas też tak może być?"), the keyword
# list, after danger. A matter asked beside it ("… czy u was jest dodatek osłonowy?") is read as before, with the story.
MEDIA_STORY = (re.compile(r"\b(?:telewizj\w*|tv|telewizor\w*|wiadomosciach|faktach|uwadze|reporta[zż]\w*|radiu|gazecie|internecie"
                          r"|necie|facebook\w*|fejsie|dzienniku)\b"),
               re.compile(r"\b(?:zamarz[lł]\w*|zmar[lł]\w*|umar[lł]\w*|zgin[eę][lł]\w*|sp[lł]on[eę][lł]\w*|udusi[lł]\w*|zaczadzi[lł]\w*"
                          r"|zatru[lł]\w*|utop\w*|uton[eę][lł]\w*|zabi[lł]\w*|pobi[lł]\w*|znaleziono|znalezli"
                          # round twenty-seven: someone kept locked up ("… co ją mąż trzymał w piwnicy")
                          r"|trzyma[lł]\w*|wi[eę]zi[lł]\w*|zamkn[aeę][lł]\w*|zamyka[lł]\w*|katowa[lł]\w*|maltretowa[lł]\w*)\b"),
               # and the writer's reaction to it ("straszne", "aż strach", "co się dzieje"): a bare report ("w tv mówili, że
               # ktoś umarł z zimna") is read as before, the help text
               re.compile(r"\b(?:straszn\w*|okropn\w*|strach|przeraz\w*|szok\w*|masakr\w*|koszmar\w*|smutn\w*"
                          r"|dziej[aą]|dzieje)\b"
                          # round twenty-two: the world's end or the times bemoaned ("świat się kończy", "co za czasy")
                          r"|\bswiat\s+(?:sie\s+)?(?:konczy|wali|zwariowal)\b|\bco\s+za\s+czasy\b|\bzgroz\w*|\bmakabr\w*"))
# Round twenty: a bulk message sent on by mistake, a payment or a login asked by a link ("Twoja przesyłka oczekuje na
# dopłatę … Opłać teraz: <link>"): a web address in the text (first sign, on the text as written) and the imperative to
# pay, click or log in (second, folded); the keyword list, after danger, as NOT_FOR_US. A question about it ("dostałam
# sms, żeby dopłacić przez link, czy to od was?") is not one.
MASS_SENT = (re.compile(r"https?:|\bwww\.|\b[\w-]+\.(?:pl|com|eu|org|net|info|online|shop)/\S*", re.IGNORECASE),
             re.compile(r"\b(?:oplac|doplac|zaplac|kliknij|zaloguj|potwierdz|wejdz)\b(?:\s+(?:teraz|juz|tutaj|tu|w\s+link\w*))?"
                        r"|\bdoplat\w*"))
# Round nineteen: a formal letter of wishes ("… składam całemu zespołowi Ośrodka najserdeczniejsze życzenia zdrowia, spokoju
# i wytrwałości w tej trudnej pracy. Barbara Lewandowska"): each sentence a wish or a thanks, none asking (ASKING, "?"),
# signed with a name at most, is a thanks, whatever is wished ("pracy" is no job asked about).
# Round twenty-two: "gdzie" that asks the place itself, beside a named matter too (where it is weak): where and when asked
# together ("pomoc na opał? gdzie iść, kiedy", "kiedy i gdzie", "gdzie się składa i do kiedy"), not knowing where to go
# ("wnuk nie wie, gdzie iść"), the office sought with a word between ("gdzie Was dokładnie znaleźć"). "Gdzie" alone beside
# a matter stays weak ("gdzie się składają wnioski o zasiłek", "gdzie złożyć 800+": the matter's text, round seven).
WHERE_ASKED = re.compile(r"\bgdzie\b(?:\s+\w+){0,4}?\s+kiedy\b|\bkiedy\b(?:\s+\w+){0,5}?\s+gdzie\b"
                         # round twenty-four: the days or hours asked in other words ("gdzie się zgłosić … i w jakie dni")
                         r"|\bgdzie\b(?:\s+\w+){0,5}?\s+(?:w\s+jakie\s+(?:dni|godziny)|w\s+jakich\s+(?:dniach|godzinach)|o\s+ktorej|do\s+ktorej)\b"
                         r"|\bnie\s+wie(?:m|my|sz)?\s+gdzie\s+(?:isc|pojsc|sie\s+zglosic|jechac|pojechac|sie\s+udac)\b"
                         r"|\bgdzie\s+(?:was|wasz\w*\s+\w+)\s+(?:\w+\s+)?(?:znalezc|szukac|znajde|znajdziemy)\b")
# Round twenty-five: the writer's own coming called off and set for another day ("jutro nie przyjdę sprzątać, wnuczka chora,
# przyjdę w piątek"), told with no question or request: an arrangement with someone, asking nothing the line answers
# (the keyword list). Called off alone ("nie przyjdę dziś po paczkę") or asked ("… czy mogę w piątek?") is read as before.
_OWN_COMING = r"(?:przyjde|przyjade|przyjdziemy|przyjedziemy|dojade|dojde|bede)"
OWN_COMING_MOVED = re.compile(r"\bnie\s+" + _OWN_COMING + r"\b.*?\b(?<!nie\s)" + _OWN_COMING
                              + r"\s+(?:dopiero\s+)?(?:w|we|jutro|pojutrze|za|po|od|na)\b")
WISHES = re.compile(r"\b(?:zycze|zyczymy|zyczy|zyczenia|zyczen|zyczeniami)\b")
# Round nineteen: someone lying outdoors who does not get up ("mama leży na podwórku przy kurniku od godziny i nie wstaje"),
# as the phone's "leży na ziemi", "leży na śniegu": danger. Lying in bed and not getting up is care, as before.
LYING_OUTSIDE = (re.compile(r"\blez\w*\s+(?:\w+\s+){0,2}?(?:na\s+(?:podworku|podworzu|dworze|ziemi|sniegu|drodze|ulicy|chodniku"
                            r"|polu|mrozie|schodach)|w\s+(?:rowie|sniegu|blocie))\b"),
                 re.compile(r"\bnie\s+(?:wstaje|wstanie|moze\s+wstac|rusza\s+sie|ruszala?\s+sie)\b"))
# Round eighteen: pills swallowed all at once or too many, the pills named a few words away ("pomyliła tabletki, chyba
# wzięła wszystkie z pudełka", "łyknął całe opakowanie tabletek"): danger, as the phone's "wszystkie tabletki" said
# together. "Wszystkie" or "za dużo" of something else ("wzięłam wszystkie papiery … na leki"), pills taken along ("… do
# szpitala") or taken as they should be are not.
_PILLS = r"(?:tablet\w*|pigul\w*|leki|lekow|lekarstw\w*|proszk\w*)"
_SWALLOWED = r"(?:wzi(?:al|ela|eli|ely|elam|elem)|zazy(?:l|la|li|lam|lem)|lykn\w*|nalyk\w*|polkn\w*|zjad(?:l|la|lam|lem|ly|li))"
_AT_ONCE = r"(?:wszystkie|wszystko|za\s+duzo|cal[ey]\s+(?:opakowanie|pudelko|listek|blister)|naraz|na\s+raz|podwojn\w*)"
OVERDOSE = (re.compile(r"\b" + _PILLS + r"(?:\s+\w+){0,3}?\s+" + _SWALLOWED + r"\s+(?:\w+\s+){0,3}?" + _AT_ONCE + r"\b"
                       r"|\b" + _SWALLOWED + r"\s+(?:\w+\s+){0,3}?" + _AT_ONCE + r"(?:\s+\w+){0,2}?\s+" + _PILLS + r"\b"
                       r"(?!\s+(?:ze\s+soba|do\s+(?:szpitala|torby|torebki|walizki|sanatorium|lekarza)))"),)
# Round eighteen: a home without heat and food run short together ("w domu zimno bo nie ma czym palić … od rana jemy
# tylko chleb"): cold and hunger at once, danger, as DANGER_TOGETHER's shivering in the cold. Either alone asks for
# fuel or food as before.
# Round twenty: no fuel at home (as DANGER_TOGETHER's second sign, not the cold alone) with children ill or sleeping in
# their coats ("nie mamy czym palić od tygodnia, dzieci śpią w kurtkach, mała ma gorączkę"): danger, as the cold and the
# shivering together. Children ill without fuel named, or no fuel with no child, are read as before (the heating text).
_NO_FUEL = (r"\bnie\s+(?:\w+\s+)?pali\s+w\s+piecu|\bopal\w*\s+nie\s+ma|\bnie\s+ma\s+(?:\w+\s+)?opal\w*"
            r"|\bnie\s+(?:ma|mam|mamy|maja)\s+czym\s+palic|\bani\s+(?:grudki\s+|kawalka\s+)?(?:wegla|drewna|opalu)"
            r"|\b(?:nie\s+ma|brak|bez)\s+(?:wegla|drewna)\b")
# Round twenty-four: the stove or the heating broken is no fuel too ("piec zepsuty, -12 na dworze, śpimy w kurtce").
_HEATING_BROKEN = (r"|\b(?:piec|pieca|piecyk|kociol|kotla|ogrzewanie|centralne)\s+(?:\w+\s+)?(?:sie\s+)?(?:zepsut\w*|popsut\w*|zepsul\w*|popsul\w*|nie\s+dziala"
                   r"|padl\w*|wysiadl\w*)|\b(?:zepsul|popsul|padl|wysiadl)\w*\s+(?:\w+\s+)?(?:piec|piecyk|kociol|ogrzewanie)\b")
COLD_CHILDREN = (re.compile(_NO_FUEL + _HEATING_BROKEN),
                 re.compile(r"\b(?:dziecko|dziecka|dzieci|dzieciak\w*|maluch\w*|niemowl\w*|synek|coreczk\w*|najmlodsz\w*"
                            r"|najmniejsz\w*|mala|maly)\b"),
                 re.compile(r"\bgoraczk\w*|\bchor(?:e|y|a|uj\w*)\b|\bkaszl\w*|\b(?:spi|spia|spimy|chodza|siedza)\s+w\s+"
                            r"(?:kurtk\w*|kurtc\w*|czapk\w*|plaszcz\w*|ubrani\w*|kozuch\w*|kombinezon\w*)"))
# Round twenty: someone who has not got up nor eaten for days ("tata od tygodnia nie wstaje z łóżka, nie je"): danger,
# as the phone's "od wczoraj nie wstaje" with eating gone beside it. Not getting up alone (care) or not eating
# something ("nie je mięsa") is read as before.
BEDRIDDEN_NOT_EATING = (re.compile(r"\bnie\s+(?:wstaje|wstaja|wstawal\w*|wychodzi\s+z\s+lozka)\b"),
                        re.compile(r"\bnie\s+(?:je|jedza|jadl\w*|chce\s+jesc)\b(?!\s+(?:\w+\s+)?(?:miesa|slodycz\w*|chleba|ryb\w*|"
                                   r"obiad\w*|kolacj\w*|sniadan\w*|zupy|tego|tych))|\bnic\s+nie\s+(?:je|jedza|jadl\w*)\b"),
                        UNREACHABLE[1])
# Round twenty-four: someone who no longer gets up in a house with no fuel or heating ("nie mamy czym palić, babcia leży pod
# kołdrami i już nie wstaje"): danger, as BEDRIDDEN_NOT_EATING with the cold for the hunger. Not getting up with the
# heating working, or no fuel with everyone up, is read as before.
COLD_BEDRIDDEN = (re.compile(_NO_FUEL + _HEATING_BROKEN), BEDRIDDEN_NOT_EATING[0])
# Round twenty-four: "him" raging at home and the writer asking not to be called ("on jest w domu i krzyczy. proszę nie
# oddzwaniać"): danger, as SILENT_AT_HOME. Shouting told without the call refused, or a call refused alone, is not.
RAGING_NO_CALL = (re.compile(r"\b(?:on|maz|partner|konkubent|chlop|ojciec|ojczym|syn|ziec|brat)\s+(?:\w+\s+){0,4}?(?:krzyczy|wrzeszczy"
                             r"|drze\s+sie|sie\s+(?:drze|wydziera|awanturuje)|awanturuje\s+sie|szaleje|rzuca\s+(?:sie|czym|wszystkim))\b"),
                  re.compile(r"\bnie\s+(?:od|za)?dzwon(?:ic|cie)\b|\bnie\s+(?:od|za)?dzwaniac\b|\bnie\s+oddzwaniajcie\b"))
# Round twenty-two: a threat made against telling anyone ("powiedział, że jak komuś powiem, to zabierze małego i mnie
# znajdzie"): telling named as the condition, and the child taken away or the writer hunted down: danger, as the phone's
# "grozi mi". Telling alone ("jak komuś powiem, że biorę zasiłek, to się śmieją") or a child taken by a court in a
# divorce asked about are not.
THREAT_IF_TOLD = (re.compile(r"\bjak\s+(?:\w+\s+){0,2}?(?:powiem|powiesz|powie|powiemy|zglosze|doniose|poskarze|poskarzysz)\b"
                             r"|\bjak\s+(?:\w+\s+)?(?:ktos|ktokolwiek)\s+sie\s+dowie\b"),
                  re.compile(r"\b(?:zabierze|zabierzesz|odbierze|zabiora|odbiora)\s+(?:mi\s+|nam\s+)?(?:malego|mala|male|dzieci|dziecko"
                             r"|syna|synka|corke|coreczke|corki|maluchy|maluchow|wnuka|wnuczke)\b"
                             r"|\b(?:mnie\s+znajdzie|znajdzie\s+mnie|mnie\s+dopadnie|dopadnie\s+mnie|pozalujesz|pozaluje)\b"))
# Round twenty-two: the writer still lying where she fell, hours after ("to znowu ja. leżę dalej, zimno mi"), with the
# cold, a failing phone or nobody come beside it: danger, as "nie mogę wstać" is. Lying on in bed or in hospital, and
# lying still told without such a sign, are not.
STILL_LYING = (re.compile(r"\blez(?:e|ymy)\s+(?:\w+\s+)?(?:dalej|nadal|wciaz|ciagle|caly\s+czas)\b"
                          r"(?!\s+(?:w|na)\s+(?:lozku|szpitalu|lozko|kanapie|wersalce))"),
               re.compile(r"\bzimno\s+mi\b|\bmarzn\w*|\bbateri\w*|\bnikt\s+nie\s+(?:przyszedl|przyjechal|przychodzi)\b"
                          r"|\bnie\s+(?:moge|dam\s+rady)\s+(?:sie\s+)?(?:wstac|podniesc|ruszyc)\b"))
# Round twenty-two: the writer in pain who cannot get to the door to let help in ("noga spuchła i strasznie boli, nie dojdę
# do drzwi"; "klucz jest pod wycieraczką"): danger, as a fall with no getting up. The door without pain or a fall, or the
# office not reached ("nie dojdę do was"), is not.
DOOR_UNREACHED = (re.compile(r"\bnie\s+(?:dojde|dojdziemy|doczolgam\s+sie|(?:moge|dam\s+rady|zdolam)\s+(?:sie\s+)?(?:dojsc|doczolgac|podejsc))"
                             r"\s+(?:\w+\s+)?do\s+drzwi\b"),
                  re.compile(r"\bboli\b|\bbol\w*|\bspuch\w*|\bupad\w*|\bprzewroci\w*|\bzlaman\w*|\bklucz\w*\s+(?:jest\s+)?pod\b"))
# Round twenty-three: a fear that is no danger to the writer, each read only beside its sign (as written): a number the
# writer fears to call back beside a scam told ("dzwonił pan, niby z opieki, że mam przelać 200 zł … boję się oddzwaniać
# na tamten"), and someone afraid of the writer beside the writer's own drinking ("mały się mnie boi. chcę przestać pić").
# The fear's words are then no part of the text ("boję się oddzwaniać" asks no call-back either); without the sign, or
# beside a harm told ("… bo on mnie bije"), the text is read as before.
SCAM_TOLD = re.compile(r"\bniby\b|\bpodszyw\w*|\boszu[sś]\w*|\bprzela[cćł]\w*|\bprzelew\w*|\bna\s+konto\b|\bblik\w*",
                       re.IGNORECASE)
# Round twenty-four: a fear of losing a home, a job or money ("mama się boi, że straci przez niego mieszkanie"), and a
# bill's cut-off or a bailiff threatened ("przyszło 1400 zł i grożą odcięciem"), are no fear or threat to anyone's
# safety; "boję się, że mnie zabije", "grozi mi", "boję się, że stracę dzieci" are read as before.
FEAR_OF_LOSS = re.compile(r"\b(?:boj[eę]\s+si[eę]|si[eę]\s+boj[eę]|boi\s+si[eę]|si[eę]\s+boi|boimy\s+si[eę]|si[eę]\s+boimy"
                          r"|boj[aą]\s+si[eę]|si[eę]\s+boj[aą])\W+(?:[zż]e\s+)?(?:\w+\s+){0,3}?(?:straci|strac[eę]|stracimy|strac[aą])"
                          r"\s+(?:\w+\s+){0,3}?(?:mieszkani\w*|dom|domu|prac[eęy]|zasi[lł]\w*|emerytur\w*|rent[eęy]|pieni[aą]dz\w*"
                          r"|dodat\w*|[sś]wiadczeni\w*|dach\s+nad\s+g[lł]ow[aą])\b", re.IGNORECASE)
CUT_OFF = re.compile(r"\b(?:gro[zż][aąe]|grozi|grozi[lł]\w*|strasz[aąe]|straszy|straszy[lł]\w*)\s+(?:\w+\s+){0,2}?"
                     r"(?:odci[eę]ciem|wy[lł][aą]czeniem|komornikiem|s[aą]dem|windykacj[aą])\b", re.IGNORECASE)
CUT_OFF_SIGN = re.compile(r"\brachun\w*|\bpr[aą]d\w*|\bgaz\w*|\bwod[ayęe]\b|\bczynsz\w*|\bzaleg\w*|\bd[lł]ug\w*|\bop[lł]at\w*"
                          r"|\bfaktur\w*|\bz[lł]\b|\bz[lł]otych\b", re.IGNORECASE)
# Round twenty-five: someone afraid to phone ("mama na komórkę boi się dzwonić") beside their not managing a phone or texts
# ("mama nie umie smsów"): a fear of the telephone, no fear for anyone's safety. Without that sign ("boję się dzwonić,
# bo on sprawdza telefon") or beside a harm told, danger as before.
FEAR_OF_PHONING = re.compile(r"\b(?:boj[eę]\s+si[eę]|si[eę]\s+boj[eę]|boi\s+si[eę]|si[eę]\s+boi|boimy\s+si[eę]|si[eę]\s+boimy"
                             r"|boj[aą]\s+si[eę]|si[eę]\s+boj[aą])\s+(?:za)?dzwoni[cć]\b", re.IGNORECASE)
PHONE_UNSKILLED = re.compile(r"\bnie\s+(?:umie|umiem|umiej[aą]|potrafi|potrafi[eę]|potrafi[aą]|radzi\s+sobie\s+z|zna\s+si[eę]\s+na)"
                             r"\s+(?:\w+\s+){0,2}?(?:sms\w*|smsy|esemes\w*|komórk\w*|komork\w*|telefon\w*)", re.IGNORECASE)
STUDIES = re.compile(r"\bpisz[eę]\s+(?:\w+\s+)?prac[eęy]\b|\bprac[aęy]\s+(?:zaliczeniow|licencjack|magistersk|dyplomow|semestraln|roczn)\w*"
                     r"|\breferat\w*|\bna\s+(?:studia|studiach|zaj[eę]cia|zaj[eę]ciach|wyk[lł]ad\w*|seminarium)\b|\bstudentk\w*|\bstudiuj[eę]\b",
                     re.IGNORECASE)
# Round twenty-eight: the office's line as the one that does not answer ("telefon stacjonarny cały czas zajęty albo nie
# odpowiada"), only the line's own words between it and "nie odpowiada" (not "telefon do taty"), beside another number
# asked ("jest jakiś inny numer?"): no person silent (the phone's "nie odpowiada"); without the number asked, or with the
# line of someone named, it is read as before.
LINE_UNANSWERED = re.compile(r"\b(?P<keep>(?:telefon|numer|nr|stacjonarny|linia)\b(?:\s+(?:stacjonarn\w*|wasz\w*|do\s+was|do\s+biura"
                             r"|do\s+o[sś]rodka|do\s+opieki|biura|o[sś]rodka|opieki|ops|gops|ca[lł]y\s+czas|ci[aą]gle|wci[aą][zż]"
                             r"|stale|non\s+stop|od\s+rana|dzi[sś]|jest|by[lł]|zaj[eę]t\w*(?:\s+(?:albo|lub|i|a|czy))?))*)"
                             r"\s+(?:nikt\s+)?nie\s+odpowiada\b(?:\s+(?:od\s+(?:rana|wczoraj|po[lł]udnia|paru\s+dni|kilku\s+dni)"
                             r"|ca[lł]y\s+dzie[nń]|wcale))*", re.IGNORECASE)  # and since when, no hours (round twenty)
OTHER_NUMBER_ASKED = re.compile(r"\b(?:inn\w+|drug\w+|zapasow\w+|kom[oó]rkow\w+)\s+(?:\w+\s+)?(?:numer\w*|nr|telefon\w*|kontakt\w*)\b"
                                r"|\b(?:numer\w*|nr|telefon\w*|kontakt\w*)\s+(?:\w+\s+)?(?:kom[oó]rkow\w*|inn\w+)\b", re.IGNORECASE)
FEAR_NOT_DANGER = (
    (re.compile(r"\b(?:boj[eę]\s+si[eę]|si[eę]\s+boj[eę]|boimy\s+si[eę]|si[eę]\s+boimy)\s+(?:od|za)?(?:dzwoni[cć]|dzwania[cć]"
                r"|odpisywa[cć]|odpisa[cć]|odbiera[cć])\s+(?:na\s+|z\s+|do\s+)?(?:ten|tamten|tego|tamtego|taki|obcy|nieznany|ich"
                r"|jego)\b(?:\s+(?:numer|nr|telefon)\w*)?", re.IGNORECASE),
     SCAM_TOLD),
    (re.compile(r"\bsi[eę]\s+mnie\s+(?:boi|boj[aą]|ba[lł]\w*)\b|\b(?:boi|boj[aą]|ba[lł]\w*)\s+si[eę]\s+mnie\b", re.IGNORECASE),
     re.compile(r"\b(?:przesta[cćł]\w*|rzuci[cćł]\w*|sko[nń]czy[cćł]\w*)\s+(?:\w+\s+){0,2}?(?:pi[cć]|picie|chla[cć]|z\s+piciem"
                r"|z\s+alkoholem|w[oó]d[kc]\w*|gorza[lł]\w*)\b|\burwa[lł]\w*\s+mi\s+si[eę]\s+film|\bjak\s+(?:si[eę]\s+)?wypij[eę]\b"
                r"|\bjestem\s+(?:alkoholikiem|alkoholiczk[aą]|uzale[zż]nion\w*)", re.IGNORECASE)),
    (FEAR_OF_LOSS, FEAR_OF_LOSS), (CUT_OFF, CUT_OFF_SIGN), (FEAR_OF_PHONING, PHONE_UNSKILLED),
    (LINE_UNANSWERED, OTHER_NUMBER_ASKED),  # round twenty-eight: "telefon stacjonarny zajęty albo nie odpowiada, inny numer?"
    # round twenty-seven: the procedure's words asked for the writer's studies ("jak wygląda procedura Niebieskiej Karty,
    # kto wypełnia formularz, policja czy wy? piszę pracę zaliczeniową"): the office's help, no danger; a harm told
    # beside them ("mąż mnie bije") is still danger
    (re.compile(r"\bniebiesk\w*\s+kart\w*|\bpolicj\w*", re.IGNORECASE), STUDIES),
    # round twenty-seven: whom a worker came with, thanked for ("dziękuję pani, że wczoraj przyjechała z policją do
    # sąsiadki"): the visit is thanked for; the police come alone ("przyjechała policja") or a harm beside it is danger
    (re.compile(r"\bz\s+policj(?:[aą]|antem|antami)\b", re.IGNORECASE),
     re.compile(r"^(?=.*\b(?:dzi[eę]kuj\w*|dzi[eę]ki|zap[lł]a[cć])\b)(?=.*\b(?:przyjecha[lł]\w*|przysz[lł]\w*|przyby[lł]\w*|by[lł]\w*)"
                r"\s+(?:\w+\s+)?z\s+policj)", re.IGNORECASE | re.DOTALL)),
)
# Round twenty-three: the office's genuine number asked beside a scam told ("… niby z opieki … przelać 200 zł na konto za
# paczkę … Podajcie wasz prawdziwy numer"): the number only, what the scam named (a parcel) is not asked.
GENUINE_NUMBER = (re.compile(r"\b(?:prawdziw\w+|oficjaln\w+|wlasciw\w+|aktualn\w+)\s+(?:\w+\s+)?(?:numer\w*|nr|telefon\w*)\b"
                             r"|\b(?:numer\w*|nr|telefon\w*)\s+(?:\w+\s+)?(?:prawdziw\w+|oficjaln\w+)\b"),
                  SCAM_TOLD)
# Round twenty-three: whether a number the writer has is still the office's ("ten numer co mam na kartce …, dalej jest
# aktualny?", as dev8's "mam nr 61 817 61 30, czy on jeszcze aktualny?"): the address card with the numbers (folded; a
# matter asked whether it is still on, "czy zasiłek jest nadal aktualny", is not).
NUMBER_CURRENT = re.compile(r"\b(?:numer\w*|nr|telefon|telefony|tel)\b(?!\s+(?:wniosku|konta|sprawy|decyzji|pesel|domu|karty|dowodu))(?:\s+\w+){0,10}?\s+(?:jest\s+|sa\s+)?(?:jeszcze\s+|nadal\s+"
                            r"|dalej\s+|wciaz\s+|ciagle\s+)?(?:jest\s+|sa\s+)?aktualn\w*")
# Round twenty-three: who answers asked, a person or a machine ("czy ja piszę z człowiekiem czy to jakiś bot?"), or who the
# number is ("kto to jest, bo mam ten numer zapisany jako OPS i nie pamiętam po co"), the rest asking nothing the line
# answers: the keyword list, which says who writes (folded). Beside a matter asked ("kto to jest, do której jesteście?")
# the matter is read as before.
WHO_ANSWERS = re.compile(r"\b(?:czy\s+)?(?:ja\s+)?(?:pisze|rozmawiam|koresponduje)\s+z\s+(?:zywym\s+|prawdziwym\s+)?(?:czlowiekiem|osoba)\b"
                         r"|\b(?:czy\s+)?(?:to\s+)?(?:jest\s+)?(?:jakis\s+|jakas\s+)?(?:bot|botem|bota|czatbot\w*|chatbot\w*|robot"
                         r"|robotem|automat|automatem|maszyna|komputer)\b"
                         r"|\bkto\s+(?:to\s+|tu\s+|tam\s+)?(?:jest|pisze|odpisuje|odpowiada)\b|\bkto\s+to\b|\bz\s+kim\s+(?:ja\s+)?"
                         r"(?:pisze|rozmawiam)\b"
                         r"|\b(?:mam\s+)?(?:ten\s+|wasz\s+|to\s+)?(?:numer|nr)\s+(?:\w+\s+)?(?:zapisan\w*|wpisan\w*)\s+(?:jako|pod)\s+\w+"
                         r"|\bnie\s+pamietam\s+(?:po\s+co|skad|czyj\w*)\b")
COLD_HUNGRY = (DANGER_TOGETHER[0][1],
               re.compile(r"\b(?:jemy|je|jedza|jem|jadl\w*|jedli\w*|zostal\w*|mamy|mam)\s+(?:\w+\s+){0,2}?(?:tylko|sam|same|sama|suchy)"
                          r"\s+(?:suchy\s+)?(?:chleb\w*|ziemniak\w*|kartofl\w*|wod\w*|herbat\w*)\b"
                          r"|\bo\s+(?:suchym\s+)?chlebie\s+i\s+wodzie|\bpust\w*\s+lodowk\w*|\blodowk\w*\s+(?:jest\s+)?(?:calkiem\s+)?pust\w*"))
# The phone line's "nie odbiera od rana" (its round ten: danger said alone) is read here by UNREACHABLE, which also
# wants someone old or alone: a text can name the office ("ośrodek nie odbiera od rana, do której jesteście?") or
# someone at work, and a danger reply would answer none of it.
PHONE_ONLY_DANGER = re.compile(r"\bodbiera")
# Round eleven: someone heard crying for help ("sąsiadka krzyczy o pomoc za ścianą"): danger, not the POMOC text.
HEARD_CRYING = (re.compile(r"\b(?:krzyczy|krzyczal\w*|krzycza|wola|wolal\w*|wolaja|wzywa|wzywal\w*|wrzeszczy)\s+"
                           r"(?:o\s+pomoc|pomocy|ratunku|ratunek)\b"),)  # heard of someone, not "wzywam pomocy w sprawie"
# Round nine: no sense in going on ("nie widzę sensu dalej."), not in doing something ("… dalej czekać": an infinitive).
NO_SENSE = (re.compile(r"\bnie\s+(?:widze|widzi|widzimy|ma)\s+(?:juz\s+)?sensu\s+dalej\b(?!\s+\w+c\b)"),)
_NOBODY = r"\bnikt\s+(?:go|jej|ich)\s+nie\s+(?:szuka|pilnuje|wola)\b"
# Round eleven: a small child by its age or as "mały" ("mały 2 latka sam na podwórku w samej koszulce"), out in the
# yard or street (it is winter when residents write): with the signs below, as the child words.
_SMALL = (r"|\b\d+\s*-?\s*(?:latek|latka|letni\w*|miesieczn\w*)\b|\b(?:dwu|trzy|cztero|piecio)lat\w*|\bmal(?:y|a|ego|ej|ec|uszek)\b"
          r"|\bmalutk\w*|\bmaleństw\w*|\bmalenstw\w*")  # round sixteen: "malutki płacze"
CHILD_EXPOSED = (re.compile(_CHILD + _SMALL + r"|\b(?:latek|latka)\b"),  # round twelve: "2latka" folds to "latka"
                 re.compile(r"\bboso\b|\bbosy\b|\bbose\b|\bbez\s+(?:butow|kurt(?:ki|ek)|ubrania|czapki)\b|\bw\s+samej\s+(?:pizamie|koszul\w*)|"
                            # round twenty: in their sweatshirts or pyjamas only, many children ("w samych bluzach")
                            r"\bw\s+sam(?:ej|ych)\s+(?:pizam\w*|koszul\w*|bluz\w*|podkoszul\w*|majtk\w*|skarpet\w*|pielusz\w*|pieluch\w*)\b|"
                            # round twelve: left outside on its own ("zostawiła dwulatka w wózku na balkonie")
                            r"\bzostawi\w*\s+(?:\w+\s+){0,4}?(?:na\s+balkonie|przed\s+(?:sklepem|blokiem|domem|kosciolem)"
                            # round sixteen: in a car ("zostawiła dziecko w aucie pod sklepem")
                            r"|w\s+(?:aucie|samochodzie|autem|wozie)|pod\s+(?:sklepem|blokiem|kosciolem))\b|"
                            + _NOBODY),
                 # and out in the cold or at night, or nobody looking for it ("boso latem", told as past, is not)
                 re.compile(r"\bsnieg\w*|\bmroz\w*|\bzimn\w*|\bminus\b|\bna\s+dworze\b|\bna\s+zewnatrz\b|\bw\s+nocy\b|"
                            r"\bna\s+(?:podworku|podworzu|podworko|ulicy|polu|dworzu)\b|"
                            # round seventeen: shut out of its home, on the stairs or at the door ("siedzi na klatce bez
                            # kurtki, a rodzice nie otwierają"), the door not opened to it
                            r"\bna\s+(?:klatce|korytarzu|schodach|wycieraczce)\b|\b(?:pod|przed|za)\s+drzwiami\b"
                            r"|\bnie\s+(?:otwieraj\w*|wpuszcza\w*)\b|" + _NOBODY))
# Round twelve: help asked for in haste with someone there or coming ("pomocy szybko, on tu jest", "proszę pilnie
# pomóc, on już idzie"): danger together; a request in haste alone or "on" told of elsewhere is not.
PURSUED = (re.compile(r"\b(?:pomoc\w*|pomoz\w*|ratunku|ratujcie)\b.*\b(?:szybko|pilnie|natychmiast|blagam)\b"
                      r"|\b(?:szybko|pilnie|natychmiast|blagam)\b.*\b(?:pomoc\w*|pomoz\w*|ratunku|ratujcie)\b"),
           re.compile(r"\bon\s+(?:juz\s+)?(?:tu\s+jest|jest\s+tu|tu\s+idzie|idzie\s+tu|tu\s+wchodzi|jest\s+(?:pod|za)\s+drzwiami"
                      r"|stoi\s+(?:pod|za)\s+drzwiami|dobija\s+sie|wywaza\w*\s+drzwi|wchodzi\s+do\s+domu)\b"
                      r"(?!\s+(?:codziennie|czesto|zawsze|co\s+dzien|co\s+tydzien))"))
# Round twelve: the signs of a stroke, a drooping face or a limb gone weak with speech gone slurred ("ma krzywą buzię
# i mówi niewyraźnie"): danger together, each alone not (someone drunk slurs; "krzywo" is not a face).
STROKE = (re.compile(r"\bkrzyw\w*\s+(?:buzi\w*|buz\w*|twarz\w*|usta|ust|geb\w*)|\b(?:buzi\w*|twarz\w*|usta)\s+(?:ma\s+)?krzyw\w*"
                     r"|\bopad(?:l|a|nie)\w*\s+(?:\w+\s+)?(?:kacik\w*|twarz\w*|powiek\w*)|\bkacik\w*\s+(?:ust\s+)?opad\w*"
                     r"|\bnie\s+(?:moze|mogl\w*)\s+(?:podniesc|ruszyc|ruszac)\s+(?:\w+\s+)?(?:reka|reki|reke|noga|nogi|noge)\b"
                     r"|\b(?:reka|noga)\s+(?:mu\s+|jej\s+)?(?:opadla|zwisa|bezwladn\w*)"
                     # round sixteen: the face fallen to one side ("buzia jej opadła na jedną stronę")
                     r"|\b(?:buzi\w*|buz\w*|twarz\w*|usta|warg\w*)\s+(?:mu\s+|jej\s+)?(?:opadl\w*|opada|zjechal\w*|przekrzywil\w*)"
                     r"|\b(?:opadl\w*|opada|zjechal\w*|przekrzywil\w*)\s+(?:\w+\s+)?na\s+(?:jedna|jeden|lewa|prawa|bok)\b"),
          re.compile(r"\bniewyrazn\w*|\bbelkocz\w*|\bbelkot\w*|\bplacze\s+mu\s+sie\s+jezyk|\bnie\s+moze\s+(?:nic\s+)?"
                     r"(?:mowic|powiedziec)\b|\bmowi\s+(?:bez\s+sensu|od\s+rzeczy)"
                     r"|\b(?:dziwnie|inaczej|niezrozumiale|nieskladnie)\s+(?:mowi|gada|mowila|mowil)\b|\b(?:mowi|gada)\s+(?:tak\s+)?dziwnie\b"))
# Round sixteen: one side of the body gone numb, with the other limb, suddenly or alone ("nie czuję lewej ręki i nogi,
# jestem sam"): a stroke told by the one it strikes; one limb after an operation or a cold hand is not.
NUMB_SIDE = (re.compile(r"\bnie\s*czu(?:je|ja|l|la|je\s+juz)\w*\s+(?:\w+\s+)?(?:lewej|prawej|lewa|prawa|lewego|prawego)\s+"
                        r"(?:rek\w*|nog\w*|stron\w*|polow\w*|twarz\w*|boku)"),
             re.compile(r"\b(?:rek\w*|nog\w*)\s+(?:i\s+)?(?:\w+\s+)?(?:rek\w*|nog\w*|twarz\w*)\b|\bstron\w*\s+(?:ciala|twarzy)\b"
                        r"|\bnagle\b|\bjestem\s*sam[a]?\b|\bod\s+(?:rana|godziny|chwili|nocy)\b"))
# Round sixteen: the writer's own end told as a farewell ("chyba już mnie jutro nie będzie. przepraszam za kłopot, Bóg
# zapłać za wszystko"): "już mnie nie będzie" with no place or errand after it, beside an apology or thanks for
# everything; "jutro mnie nie będzie w biurze" or "już mnie nie będzie, wyjeżdżam do córki" is an absence.
OWN_END = (re.compile(r"\bjuz\s+(?:\w+\s+)?mnie\s+(?:\w+\s+)?nie\s+bedzie\b(?!\s+(?:w|u|na|pod|przy|od|do|po|bo|tam|tu|tutaj"
                      r"|dzis|jutro|rano|wieczorem|przez|caly|cala|w\s+domu|bo|ale|to)\b)"),
           re.compile(r"\bprzepraszam\b|\bza\s+wszystko\b|\bzegna\w*|\bnie\s+mam\s+(?:juz\s+)?sily\b|\bsam[a]?\s+w\s+wigili"),
           re.compile(r"^(?!.*\b(?:wyjezdzam|wyjade|wyjedziemy|jade|lece|urlop\w*|sanatori\w*|delegacj\w*|wakacj\w*|szpital\w*"
                      r"|przeprowadz\w*)\b)"))
# Round fourteen: someone found lying and not speaking or responding ("tata leży przy piecu i nie mówi nic", "leży na
# podłodze, nie reaguje"): danger together; lying in bed, in hospital or for a long time, and silent so, is care ("babcia
# leży w łóżku i nic nie mówi od udaru"), and a phone that does not answer is no person.
LYING_SILENT = (re.compile(r"\b(?:lezy|lezal|lezala|leza|lezeli|lezaly)\b(?!\s+(?:juz\s+)?(?:w\s+lozku|na\s+lozku|w\s+szpitalu"
                           r"|w\s+lozko|od\s+(?:lat|roku|miesiac\w*|tygodni\w*|dawna)|po\s+(?:udarze|operacji|wylewie)"
                           r"|calymi\s+dniami|caly\s+(?:czas|dzien)|ciagle|w\s+grobie|na\s+cmentarzu))"),
                re.compile(r"\bnie\s+mowi\s+nic\b|\bnic\s+nie\s+mowi\b|\bnie\s+(?:odzywa|reaguje|rusza)\b|\bnie\s+daje\s+znak\w*"
                           r"|(?<!\btelefon )(?<!\bnumer )\bnie\s+odpowiada\b"
                           r"|\bnie\s+(?:mozna|moge|mozemy|moglam|moglem)\s+(?:go|jej)\s+(?:dobudzic|obudzic|docucic)\b"
                           r"|\bnie\s+(?:budzi|ocuca)\s+sie\b"))
# Round fifteen: writing in secret for fear of someone at home ("Piszę po cichu, bo on śpi. Jak się obudzi, to znowu
# będzie to samo co wczoraj."): written quietly or in secret, with someone unnamed ("on", "ona") whose waking or return is
# awaited, and a harm that comes back or a call that cannot be made for him. Writing quietly because a child sleeps, at
# work, or "on śpi po nocce" with an hours question, is not.
SECRET_WRITING = (re.compile(r"\bpisze\s+(?:\w+\s+)?po\s+(?:cichu|kryjomu)\b|\bpo\s+(?:cichu|kryjomu)\s+(?:\w+\s+)?pisze\b"),
                  re.compile(r"\b(?:bo|jak|gdy|kiedy|zanim|az)\s+(?:on|ona)\b"
                             r"|\b(?:jak|gdy|kiedy|zanim|az)\s+(?:sie\s+)?(?:obudzi|wroci|wytrzezwieje|uslyszy|zobaczy|dowie)\b"),
                  re.compile(r"\b(?:znowu|znow)\s+(?:bedzie|zacznie)\b|\bto\s+samo\s+co\s+(?:wczoraj|zawsze|ostatnio|zwykle|wtedy)\b"
                             r"|\b(?:zeby|aby|by|bo)\s+(?:\w+\s+)?(?:nie\s+)?uslysz\w*|\bnie\s+(?:moge|mozemy)\s+(?:za)?dzwonic\b"
                             r"|\b(?:za)?dzwonic\s+nie\s+(?:moge|mozemy)\b"))
# Round twenty-one: the writer unable to talk now for "him" at home, and asking what to do or for help ("nie mogę teraz
# rozmawiać, on jest w domu i chodzi po korytarzu. proszę nie dzwonić tylko napisać co robić"): danger, as round fifteen's
# writing in secret. Unable to talk at work ("nie mogę rozmawiać, jestem w pracy, co robić z wnioskiem"), "he" at home ill,
# or no plea ("nie mogę rozmawiać, on jest w domu, proszę napisać godziny") is not.
SILENT_AT_HOME = (re.compile(r"\bnie\s+(?:moge|mozemy)\s+(?:teraz\s+|tu\s+|tutaj\s+|glosno\s+)?(?:rozmawiac|mowic|gadac|odebrac"
                             r"|dzwonic|zadzwonic)\b"),  # round twenty-seven: calling, as talking
                  re.compile(r"\bon\s+(?:juz\s+|teraz\s+|znowu\s+)?(?:jest|siedzi|chodzi|krazy|stoi)\s+(?:\w+\s+)?(?:w\s+domu|obok|tu|tutaj"
                             r"|w\s+pokoju|za\s+sciana|za\s+drzwiami|w\s+kuchni|po\s+korytarzu|po\s+domu|w\s+mieszkaniu)\b(?!\s+(?:chor\w*|lezy"
                             r"|po\s+(?:udarze|operacji|wylewie)))|\bon\s+(?:\w+\s+)?(?:uslyszy|slyszy|zobaczy|podsluchuje)\b"),
                  re.compile(r"\bco\s+(?:mam\s+|mamy\s+|ja\s+mam\s+)?(?:robic|zrobic)\b|\bpomoc\w*|\bpomoz\w*|\bboje\s+sie\b|\bratunku\b"
                             # round twenty-seven: someone asked to come ("proszę, niech ktoś przyjedzie")
                             r"|\bprzyjedz\w*|\bprzyjecha\w*|\bniech\s+(?:ktos|ktokolwiek)\b"))
# Round twenty-one: the writer gone out of the home for someone drunk or raging there ("on znowu wrócił w takim stanie.
# siedzę z wnuczką u sąsiadki na schodach bo w domu nie da się być. co mam robić"): him drunk, the writer out (at a
# neighbour's, on the stairs, in the car; home impossible to be in), and a child with them, a plea or home impossible:
# danger. Him drunk alone is the addiction ("mąż wrócił pijany, co robić z jego piciem"), the writer at a neighbour's
# alone is nothing ("siedzę u sąsiadki, bo nie mam prądu").
FLED_HOME = (re.compile(r"\b(?:on|maz|syn|ojciec|ziec|zieciu|konkubent|partner|chlop|tesc|brat)\s+(?:\w+\s+){0,2}?(?:wrocil|przyszedl"
                        r"|przyjechal|przylazl|wlazl|jest|siedzi|lezy)\s+(?:\w+\s+)?(?:w\s+takim\s+stanie|pijany|nawalony|nacpany|naprany"
                        r"|zalany|napity|pod\s+wplywem)\b|\b(?:szaleje|awanturuje\s+sie|demoluje|wszystko\s+rozwala|rzuca\s+sie)\b"),
             re.compile(r"\bw\s+domu\s+nie\s+(?:da\s+sie|mozna)\s+(?:\w+\s+)?(?:byc|wytrzymac|zostac|siedziec|spac|wrocic)\b"
                        r"|\b(?:siedze|siedzimy|jestem|jestesmy|czekam|czekamy|stoje|stoimy|nocuje|nocujemy|uciekl\w*|wyszl\w*|wyszedl\w*)"
                        r"\s+(?:\w+\s+){0,3}?(?:u\s+sasiad\w*|na\s+schodach|na\s+klatce|w\s+samochodzie|w\s+aucie|na\s+dworze"
                        r"|przed\s+domem|przed\s+blokiem|w\s+stodole|w\s+komorce|w\s+szopie)\b"),
             re.compile(r"\bco\s+(?:mam\s+|mamy\s+|ja\s+mam\s+)?(?:robic|zrobic)\b|\bpomoc\w*|\bpomoz\w*|\bboj\w+\b|\bboimy\b"
                        r"|\bdzie(?:ci|cmi|ckiem)\b|\bwnu(?:czk|k)\w*|\bcork\w*|\bsynem\b|\bnie\s+(?:da\s+sie|mozna)\b"
                        r"|\bgdzie\s+(?:mam|mamy)\s+(?:isc|spac|nocowac|sie\s+podziac)"))
# Round fifteen: a fire told as over ("co się im spalił dom? … wszystko stracili w listopadzie, teraz mieszkają u siostry"):
# burnt down, in the perfective past, with its aftermath or its time (everything lost, living elsewhere now, a month named,
# weeks ago): a danger told as over, as `not_now` ("po pożarze"); a fire without them ("dom się spalił, dzieci w środku")
# or one now ("pali się") stays danger. Read on the folded text (`Rules.told_over`).
FIRE_OVER = (re.compile(r"\b(?:spalil|spalila|spalilo|spalily|spalili|splonal|splonela|splonelo|splonely|splonelismy)\b"),
             re.compile(r"\bwszystko\s+stracil\w*|\bstracil\w*\s+wszystko\b|\bteraz\s+mieszka\w*\s+u\b|\bmieszka\w*\s+teraz\s+u\b"
                        r"|\bw\s+(?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrzesniu|pazdzierniku|listopadzie)\b"
                        r"|\b(?:tydzien|miesiac|rok|(?:\w+\s+)?(?:tygodnie|tygodni|miesiace|miesiecy))\s+temu\b"
                        r"|\bw\s+(?:zeszlym|ubieglym|poprzednim)\s+(?:tygodniu|miesiacu)\b"))
# Round sixteen: an illness or accident had, in the past tense, with its month or how long ago ("sąsiad miał zawał w lipcu
# i umarł", "tata przeszedł udar rok temu"): told as over, as FIRE_OVER's fire; "ma zawał", "miał zawał w nocy" or one
# that goes on (round ten's STILL) stays danger.
ILLNESS_OVER = (re.compile(r"\b(?:mial|miala|mieli|przeszedl|przeszla|przeszli|dostal|dostala)\s+(?:\w+\s+){0,2}?"
                           r"(?:zawal\w*|udar\w*|wylew\w*|wypad\w*)"),
                FIRE_OVER[1])
# Round twenty-seven: a harm suffered as a child, told as long over ("kiedyś mnie ojciec lał pasem, teraz sam jestem ojcem"):
# once, a harm in the past tense and the writer grown up now (a parent, grown): told as over, as FIRE_OVER (`Rules.told_over`);
# a harm that goes on (`STILL`: "znowu", "mnie bije") stays danger, and so does "kiedyś mnie zabije" (no past harm).
CHILDHOOD_OVER = (re.compile(r"\b(?:kiedys|dawniej|kiedys\s+dawno|jako\s+dziecko|za\s+dzieciaka|za\s+mlodu|w\s+dziecinstwie)\b"),
                  re.compile(r"\b(?:lal|lala|bil|bila|pral|prala|tlukl|tlukla|katowal|katowala|znecal|znecala|wyzywal|wyzywala|zamykal"
                             r"|zamykala|krzywdzil|krzywdzila|poniewieral|ponizal|bili|lali|tlukli)\b"),
                  re.compile(r"\bteraz\s+(?:(?:\w+\s+)?(?:sam|sama|ja)\s+)?(?:\w+\s+)?(?:jestem\s+(?:ojcem|matka|mama|tata|rodzicem|dorosl\w*|babcia"
                             r"|dziadkiem)|mam\s+(?:\w+\s+)?(?:dzieci|dziecko|rodzine|syna|corke|wnuki))\b"))
# Round twenty-seven: a joke marked by laughter ("zamarzam w tym biurze hehe", "zabiję tego kota :D"), then a turn to what is
# meant ("a na serio", "ale nie o tym") and a question after it: only the question is read. Without the laughter ("mąż mnie
# bije, ale nie o tym, do której jesteście?"), or with a harm to the writer now in the joke's part (`STILL`), the whole
# text is read as before. On the text as written (":D", emoji).
JOKE_LAUGH = re.compile(r"\b(?:he){2,}\b|\b(?:ha){2,}\b|\b(?:hi){2,}\b|\bxd+\b|:-?d+\b|;-?\)|:-?\)+|[😂🤣😅😆😜😉😄😁😝]"
                        r"|\b(?:żartuj[eę]|zartuje|żart|zart)\b", re.IGNORECASE)
# the writer's own death wished in the joke's part is never waved away as one ("chcę się zabić hehe, a na serio …")
JOKE_NOT = re.compile(r"\b(?:zabi\w*\s+sie|sie\s+zabi\w*|powiesz\w*|powiesi\w*|nie\s+chce\s+(?:mi\s+sie\s+)?(?:juz\s+)?zyc|skoncz\w*\s+ze\s+soba"
                      r"|ze\s+soba\s+skoncz\w*|umrzec|zycie\s+sobie|tablet\w*|skocz\w*|pociac\w*|podetn\w*|podciac)\b")
JOKE_TURN = re.compile(r"\b(?:a|ale)\s+(?:tak\s+)?(?:na\s+serio|serio|powa[zż]nie|na\s+powa[zż]nie)\b|\bale\s+nie\s+o\s+tym\b"
                       r"|\bale\s+(?:do|wracaj[aą]c\s+do)\s+rzeczy\b|\b(?:a|ale)\s+(?:tak\s+)?z\s+innej\s+beczki\b", re.IGNORECASE)
# Round fourteen: freezing at home with someone old or ill or the night itself in doubt ("w kuchni 6 stopni, … mam 84 lata
# i chore serce, … do rana nie wiem czy dam radę"), as the Ukrainian line's round twelve: up to 12 degrees indoors or
# furniture burnt for heat, beside someone of 70 or more, ill, bedridden, a baby, or not knowing whether one lasts the
# night. Read on the text with its figures (Rules.danger_written): "w pokoju 18 stopni", cold alone, or age alone is not.
_ROOM = r"(?:pokoju|kuchni|domu|mieszkaniu|izbie|chacie|sypialni|lazience|srodku|chalupie)"
COLD_FRAIL = (re.compile(r"(?<![\d,.])\b(?:[0-9]|1[0-2])\s*(?:stopn\w*|st\b\.?|°)\s*(?:c\b\s*)?(?:w|u|na)\s+(?:mnie\s+)?(?:w\s+)?" + _ROOM
                         + r"|\b(?:w|u)\s+(?:mnie\s+)?(?:w\s+)?" + _ROOM + r"\s+(?:\w+\s+){0,2}?(?:-\s*)?(?:[0-9]|1[0-2])\s*"
                         r"(?:stopn\w*|st\b|°)"
                         r"|\bpal\w*\s+(?:juz\s+)?(?:\w+\s+)?(?:meblami|krzeslami|szmatami|ubraniami|butami|gazetami|drzwiami|podloga"
                         r"|plotem|stolem|szafa)\b|\bzamarzamy\b|\bzamarzam\w*\s+w\s+" + _ROOM),
              re.compile(r"(?<![\d,.])\b(?:[7-9]\d|1[01]\d)\s*(?:lat|lata|latka|rok\w*)\b|\bchor\w*|\blezac\w*|\bpo\s+(?:udarze|zawale"
                         r"|wylewie|operacji)|\bstarsz\w*|\bschorowan\w*|\bniepelnospraw\w*|\bserc\w*|\bniemowl\w*|\bnoworod\w*"
                         r"|\bdo\s+rana\b[^.?!]*\b(?:nie\s+wiem|dam\s+rade|przezyj\w*|dotrwam|wytrzymam|doczekam)"
                         r"|\b(?:dam\s+rade|przezyj\w*|dotrwam|wytrzymam|doczekam)\s+(?:\w+\s+)?do\s+rana\b"))
# Round twenty-seven: a call that cannot be made because "he" would hear it ("nie mogę zadzwonić, bo usłyszy", "jak
# zadzwonię, to on usłyszy, dlatego piszę"): writing in secret, as round fifteen's SECRET_WRITING, danger. Someone who
# would not hear ("nie mogę zadzwonić do mamy, bo nie usłyszy"), or the writer's own deafness ("nie mogę dzwonić, bo nie
# słyszę"), is not.
CALL_OVERHEARD = (re.compile(r"\bnie\s+(?:moge|mozemy)\s+(?:teraz\s+|tu\s+|stad\s+)?(?:do\s+(?:was|pani|ciebie)\s+)?(?:za)?dzwonic\b|\b(?:za)?dzwonic\s+nie\s+(?:moge|mozemy)\b"
                             r"|\b(?:jak|gdy|kiedy|jesli|jezeli|jakbym|gdybym)\s+(?:ja\s+)?(?:za)?dzwonie\b|\bjakbym\s+(?:za)?dzwonil\w*"),
                  re.compile(r"\b(?:bo|to|on|ona|maz|ojciec|ojczym|syn|partner|konkubent|chlop)\s+(?:(?:on|ona|mnie|od\s+razu|zaraz|wszystko)\s+)?"
                             r"(?:uslyszy|uslysza|podslucha|podsluchuje)\b"))
# Round twenty-seven: someone drunk lying or sitting outdoors in the frost ("ojciec leży pijany na dworze pod płotem, a jest
# minus 10", "na przystanku leży chłop chyba pijany, mróz"): danger, as LYING_OUTSIDE's one who does not get up. Read on
# the text with its figures ("a jest -12"). Drunk at home, or drunk with the frost only named elsewhere ("mąż wrócił
# pijany, a na dworze mróz"), is not: the place is told with the lying or sitting.
_OUTDOORS = (r"(?:na\s+(?:dworze|dworzu|lawce|lawkach|przystanku|ulicy|drodze|chodniku|sniegu|mrozie|polu|podworku|podworzu"
             r"|parkingu|rynku|schodach)|pod\s+(?:plotem|sklepem|blokiem|kosciolem|mostem|wiata|drzewem)|w\s+(?:rowie|sniegu|parku))")
DRUNK_IN_FROST = (re.compile(r"\b(?:lez\w*|siedzi|siedza|spi|spia|stoi)\s+(?:(?!(?:a|ale|w|we)\b)\w+\s+){0,4}?" + _OUTDOORS + r"\b"
                             r"|" + _OUTDOORS + r"\s+(?:\w+\s+){0,3}?(?:lez\w*|siedzi|siedza|spi|spia)\b"),
                  re.compile(r"\bpijan\w*|\bnapit\w*|\bnawalon\w*|\bzalan\w*|\bpo\s+wodce\b"),
                  re.compile(r"\bmroz\w*|\bminus\b|(?<![\w-])-\s?\d+\b|\bzimno\b|\bzamarz\w*|\bziab\w*"))
# Round twenty-seven: someone kept locked in a room ("tata zamknął mamę w piwnicy i nie daje klucza"), the phone list's
# "zamknął ją w piwnicy" with whom in any words between: danger. The writer shut in on her own ("zamknęłam się w
# łazience" is the list's) and a place shut ("zamknęli sklep w sobotę") are not this reading.
_KEPT_ONE = (r"(?:ja|go|mnie|nas|je|ich|mame|matke|tate|ojca|babcie|dziadka|zone|zonke|corke|corki|syna|synka|dzieci|dziecko|dzieciaki"
             r"|siostre|brata|tesciowa|tescia|sasiadke|sasiada|wnuczke|wnuka|staruszke|staruszka|zone)")
LOCKED_IN = (re.compile(r"\b(?:zamkn(?:al|ela|eli|ely)|zamyka|zamykaja|trzyma|trzymal|trzymala|trzymaja|zatrzasnal|zaryglowal)\s+"
                        r"(?:\w+\s+)?" + _KEPT_ONE + r"(?:\s+\w+){0,2}?\s+w\s+(?:piwnicy|komorce|szopie|stodole|pokoju|lazience|spizarni|garazu|chlewie|oborze|kiblu|ubikacji)\b"),)
# Round twenty-seven: a farewell ("pożegnajcie ode mnie Krysię", "list jest na stole"): "pożegnaj" with "ode mnie", as the
# phone list's "list pożegnalny"; and despair ("już nie dam rady", DESPAIR's words) beside a thanks for everything and the
# children's keeping arranged ("dziękuję za wszystko …, dzieci niech zostaną u mojej mamy"). A thanks for everything alone,
# or "nie dam rady przyjść" (DESPAIR keeps its exceptions), is not.
FAREWELL_SENT = (re.compile(r"\bpozegn\w*\s+(?:\w+\s+){0,2}?ode\s+mnie\b|\bode\s+mnie\s+(?:\w+\s+){0,2}?pozegn\w*"),)
_DESPAIR = r"\bnie\s+(?:dam|daje)\s+(?:juz\s+)?rady\b(?!\s+(?:z|ze|sam\w*|przy|zaplac\w*|oplac\w*|kupic|dojsc|dojechac|przyjsc|przyjechac|dzis|jutro))"
FAREWELL_THANKS = (re.compile(_DESPAIR + r"|\bnie\s+mam\s+(?:juz\s+)?sily\b|\bnie\s+wytrzymam\b"),
                   re.compile(r"\bza\s+wszystko\b"),
                   re.compile(r"\b(?:dzieci|dziecko|corka|corke|syn|syna|pies|psa|kot|kota)\s+niech\s+(?:\w+\s+)?(?:zostan\w*|zostaje|zamieszka\w*|wezmie|bierze|bedzie|bed[aą])\b"
                              r"|\bniech\s+(?:\w+\s+)?(?:zaopiekuje|zajmie)\s+sie\b|\bprzepraszam\s+(?:za\s+wszystko|wszystkich)\b"))
# Round twenty-seven: someone ill and unwell now with their medicine run out or not taken ("skończyła się insulina … jakiś
# dziwny jest, spocony i gada od rzeczy", "od miesiąca nie biorę tabletek na serce … tak słabo mi się robi, że trzymam się
# ścian"): danger. Medicine run short alone ("nie stać mnie na leki", a purpose benefit asked) is read as before, and so
# is feeling weak alone.
_MEDICINE = r"(?:insulin\w*|tablet\w*|leki|lekow|lekami|lekarstw\w*|pigul\w*|inhalator\w*)"
MEDICINE_GONE_UNWELL = (re.compile(r"\bskonczy\w*\s+(?:sie\s+)?(?:mu\s+|jej\s+|mi\s+|nam\s+)?(?:\w+\s+)?" + _MEDICINE
                                   + r"|\b" + _MEDICINE + r"\s+(?:sie\s+)?(?:\w+\s+)?skonczy\w*"
                                   r"|\bnie\s+(?:biore|bierze|bral\w*|mam|ma|maja|mamy)\s+(?:juz\s+)?(?:\w+\s+)?" + _MEDICINE
                                   + r"|\bbez\s+(?:\w+\s+)?" + _MEDICINE + r"|\bbrak\s+(?:\w+\s+)?" + _MEDICINE),
                        re.compile(r"\bod\s+rzeczy\b|\bbredzi\w*|\bmajacz\w*|\bspocon\w*|\bzimnym\s+pot\w*|\bslabo\b(?!\s+(?:\w+\s+)?(?:widz|slysz|chodz|pamiet|mowi|spi)\w*)|\bmdle\w*|\bzemdl\w*"
                                   r"|\btrzyma\w*\s+(?:sie\s+)?scian\w*|\bscian\s+sie\s+trzym\w*|\bkreci\s+(?:mi\s+|mu\s+|jej\s+)?sie\s+w\s+glowie"
                                   r"|\bnie\s+wie\s+(?:co\s+mowi|gdzie\s+jest)|\bnie\s+poznaje\b|\btraci\w*\s+przytomn\w*|\bduszno\b|\bsinie\w*"))
# Round twenty-seven: a gas stove or heater smelling with someone's head aching or sleepy ("w kuchni śmierdzi od piecyka
# gazowego, a babcię boli głowa i chce jej się spać"): carbon monoxide, danger, as the phone's "czad". A smell alone
# ("śmierdzi od pieca, czy jest dopłata do wymiany") or a headache alone is read as before.
_FUMES_FROM = r"(?:gaz\w*|piec|pieca|piecu|piecem|piecyk\w*|kuchenk\w*|butl\w*|spalin\w*|junkers\w*|komin\w*|czad\w*|dym\w*)"
FUMES_FELT = (re.compile(r"\b(?:smierdzi|smierdzialo|smierdzi\s+sie|wali|smrod\w*|zapach\w*|swad\w*|dymi|czuc)\s+(?:\w+\s+){0,3}?" + _FUMES_FROM
                         + r"|\b" + _FUMES_FROM + r"\s+(?:\w+\s+){0,2}?(?:smierdzi|wali|dymi|czuc)\b"),
              re.compile(r"\bglow\w*\s+(?:\w+\s+)?bol\w*|\bbol\w*\s+(?:\w+\s+){0,2}?glow\w*|\bspac\b|\bspi\s+i\s+spi\b|\bsenn\w*"
                         r"|\bmdl\w*|\bwymiot\w*|\bzawrot\w*|\bslabo\b|\bnie\s+(?:moze|moge)\s+(?:sie\s+)?(?:obudzic|dobudzic)"))
# Round twenty-seven: the writer cold with the phone about to die ("zimno mi bardzo … telefon zaraz mi padnie"): cut off
# in the cold, as round twenty-two's STILL_LYING (COLD_CUT_OFF); and the legs or hands gone numb beside the cold or no fuel
# ("w chałupie zimno … już nóg nie czuję": COLD_NUMB). The phone dying alone ("telefon mi pada, proszę o sms z godzinami"),
# the cold alone, or numb legs after an operation, are read as before.
COLD_CUT_OFF = (re.compile(r"\bzimno\s+mi\b|\bmi\s+(?:\w+\s+)?zimno\b|\bmarzn\w*|\bzamarz\w*|\bnie\s+ma\s+(?:\w+\s+)?(?:pradu|ogrzewania)\b"),
                re.compile(r"\btelefon\w*\s+(?:\w+\s+){0,2}?(?:padnie|pada|siada|sie\s+rozladow\w*|rozladow\w*|zdechnie|wylaczy)"
                           r"|\bbateri\w*\s+(?:\w+\s+){0,2}?(?:sie\s+)?(?:konczy|padnie|pada|siada)|\bmalo\s+baterii\b"))
COLD_NUMB = (re.compile(r"\bnie\s+czuj\w*\s+(?:juz\s+)?(?:nog|rak|palcow|stop)\b|\b(?:nog|rak|palcow|stop)\s+(?:juz\s+)?nie\s+czuj\w*"),
             re.compile(r"\bzimn\w*|\bmroz\w*|\bmarzn\w*|\bopal\w*\s+(?:sie\s+)?skonczy\w*|\bnie\s+ma\s+(?:\w+\s+)?(?:pradu|ogrzewania|opalu"
                        r"|czym\s+palic)"))
# Round twenty-seven: one who said he would end it ("gadał, że pójdzie do stodoły i z tym skończy") now not answering or
# shut in from inside ("teraz nie odbiera, a stodoła zamknięta od środka"): danger, as UNREACHABLE. "Skończę z tym
# piciem" or ending a matter with no one unreachable is not.
ENDING_IT_SAID = (re.compile(r"\bz\s+(?:tym|soba)\s+(?:wszystkim\s+)?skoncz\w*\b|\bskoncz\w*\s+z\s+(?:tym|soba)\b(?:\s+wszystkim)?(?!\s+(?:\w+\s+)?\w+(?:iem|em|ami)\b)"),
                  re.compile(r"\bnie\s+(?:odbiera|odpisuje|otwiera|odzywa)\b|\bzamkni\w*\s+(?:\w+\s+)?od\s+srodka\b|\bnigdzie\s+(?:go|jej)\s+nie\s+ma\b"))
# Words written but not said to the phone line, added to the [words] lists for the SMS only (round eight):
# a farewell reported ("napisał, że się żegna"), a disaster told as past ("rodzina po pożarze"), where to
# find the office ("gdzie was szukać", "gdzie to dokładnie"), care for a relative ("opieka dla taty"),
# medicines ("czy pomagacie z lekami": a purpose benefit), clothes and blankets.
POLISH_SMS_WORDS: Mapping[str, tuple[str, ...]] = {
    "danger": ("że się żegna", "że się żegnał", "że się żegnała", "się z nami żegna", "żegna się ze wszystkimi",
               # round nine (as in Ukrainian): no sense in going on
               "nie widzę sensu życia", "nie widzę sensu w życiu", "nie ma sensu dalej żyć",
               # session 14 (round thirty-one's report): a wish that it all ended, told with no matter asked ("nie mam
               # siły. chcę tylko, żeby to wszystko się skończyło"), was the keyword list
               "żeby to wszystko się skończyło", "żeby to wszystko się już skończyło", "żeby wszystko się skończyło",
               "niech to wszystko się skończy", "niech się to wszystko skończy", "niech wszystko się skończy",
               # sign-language-like Polish, the verb without its ending ("ja nie chcieć żyć")
               "nie chcieć żyć", "nie chcieć już żyć", "chcieć umrzeć", "chcieć się zabić",
               # hiding from someone raging ("mąż pijany szaleje, zamknęłam się z dziećmi w łazience")
               "zamknęłam się w łazience", "zamknęłam się z dziećmi", "zamknęliśmy się", "zamknęłyśmy się",
               "zamknęłam się na klucz", "schowałam się z dziećmi", "chowamy się", "pijany szaleje", "szaleje po domu",
               # round ten: dialect for "ledwo mówi", "ledwo oddycha" ("ledwo gada", "ledwo dycha")
               "ledwo gada", "ledwo dycha", "ledwo zipie", "ledwo już gada", "ledwo już dycha",
               # nothing to feed the children with, with whom between ("nie mam co im dać jeść")
               "nie mam co dać jeść", "nie mam co im dać jeść", "nie mamy co im dać jeść", "nie mam co jej dać jeść",
               "nie mam co mu dać jeść", "nie mam co dzieciom dać jeść", "nie mam czym nakarmić",
               "nie ma czym nakarmić", "nie mamy czym nakarmić", "dzieci nie mają co jeść",
               # round eleven: pills counted out or saved up ("tabletki mam odliczone"; the phone's list has "naszykowałam")
               "tabletki mam odliczone", "mam odliczone tabletki", "odliczyłam tabletki", "tabletki odliczyłam",
               "odliczone tabletki", "uzbierałam tabletki", "uzbierałam tabletek", "nazbierałam tabletek",
               "nazbierałam tabletki", "zbieram tabletki", "mam tabletki przygotowane", "tabletki mam przygotowane",
               "tabletki mam naszykowane", "mam naszykowane tabletki", "wezmę wszystkie tabletki", "łyknę wszystkie",
               # round twenty-three: pills put by, as counted out ("tabletki mam odłożone w szufladzie"); nobody left to
               # live for ("nie ma dla kogo żyć", as the phone's "nie ma po co żyć")
               "tabletki mam odłożone", "mam odłożone tabletki", "odłożone tabletki", "odłożyłam tabletki",
               "tabletki odłożyłam", "odłożyłem tabletki", "tabletki odłożyłem", "leki mam odłożone", "odłożyłam leki",
               "nie ma dla kogo żyć", "nie mam dla kogo żyć", "nie mam już dla kogo żyć", "nie ma już dla kogo żyć",
               "dla kogo mam żyć", "dla kogo ja mam żyć",
               # round twenty-six: why the writer is still here ("siedzę i myślę, po co ja jeszcze jestem"), as "po co
               # żyć"; a stock of pills ("zapas tabletek"), as pills put by
               "po co ja jeszcze jestem", "po co jeszcze jestem", "po co ja jeszcze żyję", "po co jeszcze żyję",
               "po co ja żyję", "zapas tabletek", "zapas leków", "tabletek zapas",
               # round twenty-seven: "they" beating someone ("chyba go biją"), as the list's "bije"; "dzwony biją" is not
               "go biją", "ją biją", "mnie biją", "nas biją", "ich biją", "biją go", "biją ją", "biją mnie", "biją nas",
               "biją dziecko", "biją dzieci", "dziecko biją", "dzieci biją",
               # a threat to do the writer in ("powiedział, że mnie załatwi"; "załatwi mi sprawę" arranges it)
               "mnie załatwi", "załatwi mnie", "mnie zatłucze", "zatłucze mnie", "mnie ubije", "ubije mnie",
               "mnie wykończy", "mnie zabije", "mnie udusi", "udusi mnie",
               # round thirteen: not wanting to be in this world ("już nie chcę tu być na tym świecie"); the world named
               # is no feast (`POLISH_IN_PASSING`)
               "nie chcę być na tym świecie", "nie chcę tu być na tym świecie", "nie chcę żyć na tym świecie",
               "nie chcę już być na tym świecie", "nie chcę dłużej być na tym świecie", "nie chcieć być na tym świecie",
               "nie chcę dalej być na tym świecie", "po co mi być na tym świecie",
               # round eighteen: beaten, told in the past with whom ("mąż mnie bił", "jakby ją bił"); written without
               # Polish letters "bil" is also a word of its own, so the phone's "bił mnie" alone did not read it
               *(f"{who} {verb}" for who in ("mnie", "ją", "go", "nas", "ich", "je", "dzieci")
                 for verb in ("bił", "biła", "bili", "tłukł", "tłukła", "lał", "lała")),
               *(f"{verb} {who}" for who in ("ją", "go", "nas", "ich", "je", "dzieci")
                 for verb in ("bił", "biła", "bili"))),
    "not_now": ("po pożarze", "po powodzi", "po wichurze", "pogorzelcy", "pogorzelców",
                # round thirteen: a past winter or year told ("zeszłej zimy sąsiad zamarzł, dlatego pytam o opał"), as the
                # phone's "w zeszłym roku"
                "zeszłej zimy", "zeszłego roku", "ubiegłej zimy", "ubiegłego roku", "w ubiegłym roku", "poprzedniej zimy",
                "tamtej zimy", "przed rokiem",
                # round fourteen: a harm told as over in so many words ("kiedyś była u mnie przemoc, ale to już
                # przeszłość"); one that goes on is still danger (`STILL`: "znowu", "nadal", "wraca")
                "to już przeszłość", "to przeszłość", "już przeszłość", "to jest przeszłość", "należy do przeszłości",
                "kiedyś była", "kiedyś był", "kiedyś było", "kiedyś były",
                # round fifteen: a report seen ("reportaż o babci, co zamarzła", "w Uwadze") is danger told from a screen,
                # as "w telewizji"; a harm to the writer told beside it is still danger (`STILL`)
                "reportaż", "w reportażu", "w programie", "program o", "w uwadze", "w faktach", "w teleexpressie",
                "na youtube", "na facebooku", "w necie"),
    # Round thirteen: bills or prices that "kill" or "finish off" the writer are a figure of speech ("zabijają mnie te
    # rachunki za prąd"), as the phone's "zabijają mnie te ceny": no danger.
    "not_meant": tuple(phrase.format(what=what) for what in ("rachunki", "opłaty", "koszty", "ceny", "raty", "podwyżki")
                       for phrase in ("zabijają mnie te {what}", "zabijają mnie {what}", "{what} mnie zabijają",
                                      "te {what} mnie zabijają", "dobijają mnie te {what}", "{what} mnie dobijają",
                                      "wykończą mnie {what}"))
                 + ("czynsz mnie zabija", "zabija mnie czynsz", "zabija mnie ten czynsz", "czynsz mnie wykończy")
                 # round eighteen: prices that "finish off" a person ("te ceny człowieka wykańczają"), "człowieka" being
                 # anyone, as the phone's "zabijają mnie te ceny": no danger ("on mnie wykończy" still is)
                 + tuple(phrase.format(what=what) for what in ("rachunki", "opłaty", "koszty", "ceny", "raty", "podwyżki",
                                                               "czynsz", "drożyzna")
                         for phrase in ("{what} człowieka wykańczają", "{what} człowieka wykończą", "{what} wykańczają",
                                        "wykańczają mnie {what}", "{what} mnie wykańczają", "{what} to człowieka wykańczają"))
                 + ("to człowieka wykańcza", "człowieka wykańcza", "wykańcza człowieka", "człowieka wykończy",
                    "wykończy człowieka")
                 # round fifteen: a number or phone that does not answer ("bo ten, co mam, nie odpowiada"), as the phone's
                 # "telefon nie odpowiada": no person silent
                 + tuple(f"{which} nie odpowiada" for which in (
                     "ten co mam", "ten który mam", "ten co miałam", "ten co miałem", "numer co mam", "numer który mam",
                     "ten numer", "stary numer", "wasz numer", "ten telefon", "wasz telefon", "komórkowy",
                     "nikt pod tym numerem", "pod tym numerem nikt"))
                 # round nineteen: and where the writer keeps it ("bo ten co mam w zeszycie nie odpowiada")
                 + tuple(f"{which} {where} nie odpowiada" for which in ("ten co mam", "ten który mam", "numer co mam",
                                                                         "numer który mam", "ten co miałam", "ten numer")
                         for where in ("w zeszycie", "w notesie", "w kalendarzu", "w telefonie", "w komórce",
                                       "na kartce", "zapisany", "zapisane"))
                 # drinking, gambling or taking drugs in secret ("żona pije po kryjomu") is the addiction, not a phone call
                 # made in secret for fear (the phone's "po kryjomu")
                 + tuple(f"{verb} po kryjomu" for verb in ("pije", "pił", "piła", "popija", "gra", "grał", "bierze", "ćpa"))
                 + tuple(f"po kryjomu {verb}" for verb in ("pije", "pił", "piła", "popija", "gra", "grał", "bierze", "ćpa"))
                 # round nineteen: the writer, grown up, not coping alone at home ("ja już nie daję rady sama w domu, nogi nie
                 # chodzą"), asks for care: no child left alone at home (the phone's "same w domu" read by its lemma)
                 + tuple(f"{lead} {alone} w domu" for alone in ("sama", "sam")
                         for lead in ("nie daję rady", "nie dam rady", "nie radzę sobie", "mieszkam"))
                 # round twenty-two: the writer's own coming by bus or train ("bo ja przyjadę autobusem") is how they come,
                 # no bus timetable asked (the phone's "przyjedzie autobus" is another office's matter)
                 + tuple(f"{verb} {by}" for verb in ("przyjadę", "przyjedziemy", "przyjedzie", "przyjeżdżam", "dojadę",
                                                      "dojedziemy", "dojedzie", "jadę", "jedziemy", "pojadę")
                         for by in ("autobusem", "busem", "busikiem", "pociągiem", "pekaesem"))
                 # round twenty-three: the writer not wanting to wait in the frost ("nie chcę stać na mrozie pod drzwiami",
                 # asking when the office opens) is no one out in the cold ("stoi na mrozie" still is)
                 + tuple(f"{lead} {verb} na {cold}" for lead in (
                     "nie chcę", "nie chciałabym", "nie chciałbym", "żeby nie", "nie będę", "nie muszę", "żebym nie musiała",
                     "żebym nie musiał", "nie chce mi się")
                         for verb in ("stać", "czekać", "sterczeć", "marznąć", "siedzieć")
                         for cold in ("mrozie", "zimnie", "śniegu"))
                 # round twenty-five: the writer raising children alone ("z dwójką dzieci, sama wychowuję") is a single
                 # parent, no child left alone (the phone's "dzieci same" read by its lemma)
                 + tuple(phrase.format(alone=alone, raise_=raise_) for alone in ("sama", "sam", "samotnie")
                         for raise_ in ("wychowuję", "wychowuje", "wychowujemy", "je wychowuję", "ich wychowuję",
                                        "go wychowuję", "ją wychowuję")
                         for phrase in ("{alone} {raise_}", "{raise_} {alone}", "dzieci {alone} {raise_}",
                                        "dzieci {raise_} {alone}"))
                 # round twenty-eight: a price per tonne ("1800 za tonę", "tona węgla"): the unit of weight, not "tonę"
                 # (I drown), the phone's "tonął" read by its lemma
                 + ("za tonę", "za tonę węgla", "za tonę opału", "za tonę drewna", "za tonę ekogroszku", "za jedną tonę",
                    *(f"{tonne} {fuel}" for tonne in ("tona", "tonę", "tony", "ton")
                      for fuel in ("węgla", "opału", "drewna", "ekogroszku", "miału", "koksu")))
                 # round thirty-one: a harm denied with "nikogo" ("na razie spokojny, nie bije nikogo"), and a return to
                 # drinking kept off ("chciałby pogadać, żeby do tego nie wrócić"), as the phone's "nie wrócił do picia": no
                 # harm and no one missing ("nie wrócił do domu" still is)
                 + tuple(f"{verb} nikogo" for verb in ("nie bije", "nie bił", "nie biła", "nie uderzył", "nie krzywdzi"))
                 + tuple(f"nikogo {verb}" for verb in ("nie bije", "nie bił", "nie biła", "nie uderzył", "nie krzywdzi"))
                 + tuple(f"{lead} {back}" for lead in ("do tego", "do picia", "do nałogu", "do alkoholu", "do wódki")
                         for back in ("nie wrócić", "nie wracać", "nie wrócił", "nie wróciła", "już nie wrócił"))
                 # round thirty-one: water or pipes frozen ("u taty zamarzła woda"), a thing, not someone freezing
                 + tuple(phrase.format(thing=thing, froze=froze)
                         for thing, froze in (("woda", "zamarzła"), ("woda w rurach", "zamarzła"), ("rury", "zamarzły"),
                                              ("studnia", "zamarzła"), ("hydrofor", "zamarzł"), ("kran", "zamarzł"),
                                              ("wodociąg", "zamarzł"), ("instalacja", "zamarzła"), ("pompa", "zamarzła"))
                         for phrase in ("{froze} {thing}", "{thing} {froze}", "{thing} nam {froze}", "{thing} mu {froze}",
                                        "{thing} jej {froze}", "{thing} mi {froze}")),
    "contact": ("gdzie was szukać", "gdzie was znaleźć", "gdzie was znajdę", "gdzie was można znaleźć",
                # round twenty-seven: "tam" after the question's word ("i jaki tam numer"), as "jaki numer"
                "jaki tam numer", "jaki tam jest numer", "jaki tam telefon", "jaki tam jest telefon", "jaki tam adres",
                "jaki tam jest adres", "jaki numer tam",
                "gdzie to dokładnie", "gdzie dokładnie", "gdzie dokładnie jesteście",
                # round twenty-eight: the office's whereabouts asked in the second person with a word inside ("gdzie wy
                # teraz jesteście"), as the phone's "gdzie jesteście"
                *(f"gdzie {inside} {verb}" for inside in ("wy", "teraz", "wy teraz", "teraz wy", "obecnie", "wy obecnie",
                                                          "właściwie", "wy właściwie", "wy tam")
                  for verb in ("jesteście", "się mieścicie", "urzędujecie")),
                # round nine: "jak was znaleźć", "gdzie jest ośrodek" (the office named: where it is, beside a topic too)
                "jak was znaleźć", "jak was szukać", "jak was znajdę", "jak do was dojść", "gdzie jest ośrodek",
                "gdzie jest ops", "gdzie jest gops", "gdzie jest opieka", "gdzie jest biuro", "gdzie się mieścicie",
                "gdzie się znajdujecie", "gdzie znajduje się ośrodek", "gdzie mieści się ośrodek",
                # round ten: e-mail written as one word ("jaki jest email", "macie maila")
                "email", "emaila", "emailem", "adres email",
                "numer proszę", "numer poproszę", "poproszę numer")
    # round thirteen: the office's number asked with "macie", "wasz" ("a jaki macie numer?", "podajcie wasz numer")
    + ("jaki macie numer", "jaki wasz numer", "jaki jest wasz numer", "podajcie numer", "podajcie wasz numer",
       "jaki macie telefon", "podajcie telefon")
    # round fifteen: the number by its kind ("nr stacjonarny ośrodka?"; not "opieka stacjonarna", a care home) or by the
    # office's name ("numer opieki"); the commission asked where as a place one knows of ("gdzie jest ta komisja od
    # alkoholu", as "gdzie ta komisja się mieści"), as the office itself (round thirteen); "gdzie jest komisja
    # alkoholowa" stays the addiction text
    + ("numer stacjonarny", "stacjonarny numer", "telefon stacjonarny", "na stacjonarny", "numer ośrodka", "numer opieki",
       "numer ops", "numer gops", "numer biura", "telefon ośrodka", "telefon opieki", "telefon do ośrodka")
    # round twenty: where it meets ("gdzie się spotyka ta komisja od alkoholu")
    + tuple(f"gdzie {verb}{which}komisja" for verb in ("jest ", "", "się mieści ", "zbiera się ", "obraduje ", "przyjmuje ",
                                                       "się spotyka ", "spotyka się ", "się zbiera ", "urzęduje ")
            for which in ("ta ", "ta wasza ", "wasza "))
    # round thirteen: the office named with "ten", "wasz" between ("gdzie jest ten ośrodek", "gdzie jest wasze biuro")
    + tuple(f"gdzie jest {which} {office}" for which, office in (
        ("ten", "ośrodek"), ("wasz", "ośrodek"), ("ten", "ops"), ("wasz", "ops"), ("ten", "gops"), ("ta", "opieka"),
        ("wasza", "opieka"), ("to", "biuro"), ("wasze", "biuro"), ("ten", "urząd")))
    # round sixteen: the way there by the reflexive "dostać się" ("a jak się tam dostać z Tulec autobusem"; not "jak
    # dostać zasiłek"), and a number by its kind alone, in reply to the number given ("a komórkowy jakiś jest?")
    + ("jak się tam dostać", "jak się do was dostać", "dostać się do was", "dostać się do ośrodka",
       "dostać się tam", "jak się tam dostanę", "jak się do was dostanę")
    + ("a komórkowy", "a stacjonarny", "jakiś komórkowy", "komórkowy jakiś", "macie komórkowy", "komórkowy macie",
       "numer komórkowy", "numer komórki", "jakąś komórkę"),
    # round ten: a social worker sought for someone ("do kogo się zgłosić po pracownika socjalnego"): help, not a person
    "social_work": ("po pracownika socjalnego", "po pracownicę socjalną", "przydzielić pracownika socjalnego",
                    "przysłać pracownika socjalnego", "przyślijcie pracownika socjalnego")
    # round thirty: a visit asked for someone close, written about from afar ("czy pracownik socjalny mógłby odwiedzić
    # moją ciotkę"): the office's visit (help), not the worker's number
    # (someone else's visit asked: "mógłby odwiedzić"; not the writer's own, "chcę odwiedzić mamę")
    + tuple(f"{verb} {mine}{whom}" for verb in ("mógłby odwiedzić", "mogłaby odwiedzić", "może odwiedzić",
                                                 "mogliby odwiedzić", "mogą odwiedzić")
            for mine in ("", "moją ", "mojego ", "naszą ", "naszego ")
            for whom in ("ciotkę", "ciocię", "wujka", "mamę", "matkę", "tatę", "ojca", "babcię", "dziadka", "sąsiadkę",
                         "sąsiada", "teściową", "teścia", "brata", "siostrę", "rodziców")),
    # round fourteen: feasts of several words ("czy w Nowy Rok jesteście", "w Szczepana", "w pierwszy dzień świąt"), as the
    # phone's "wigilia", "drugi dzień świąt": a day (weak beside a named matter); the day itself is `FEAST_PHRASES`
    "when": ("nowy rok", "w nowy rok", "na nowy rok", "po nowym roku", "szczepana", "w szczepana", "na szczepana",
             "boże narodzenie", "w boże narodzenie", "pierwszy dzień świąt", "w pierwszy dzień świąt", "po sylwestrze",
             "trzech króli", "w trzech króli"),
    # round twenty-eight: whether anyone will still be there, "jeszcze" inside ("czy do 15 ktoś jeszcze będzie"), as the
    # phone's "ktoś będzie", "jeszcze ktoś jest"
    "present": ("ktoś jeszcze będzie", "jeszcze ktoś będzie", "będzie jeszcze ktoś", "ktoś jeszcze jest",
                "jest jeszcze ktoś", "ktoś tam jeszcze będzie", "ktoś tam jeszcze jest"),
    # round twenty-eight: a Christmas Eve supper given for the lonely or the poor ("czy jest jakaś wigilia dla samotnych"):
    # a meal asked for, not the day (the phone's "wigilia")
    "food": tuple(f"{supper} dla {whom}" for supper in ("wigilia", "wigilię", "wigilii", "kolacja wigilijna",
                                                          "kolację wigilijną", "spotkanie wigilijne", "wieczerza wigilijna")
                  for whom in ("samotnych", "samotnej", "samotnego", "starszych", "seniorów", "ubogich", "potrzebujących",
                               "bezdomnych", "osób samotnych", "osób starszych"))
    + ("wigilia gminna", "gminna wigilia", "gminną wigilię", "wigilia w gminie", "wigilię w gminie"),
    # round ten: whether one may come without an appointment ("czy można przyjść bez umawiania się"): when one can come
    "hours": ("bez umawiania", "bez umówienia", "bez umawiania się", "bez zapisów", "trzeba się umawiać",
              "trzeba się umówić", "trzeba się wcześniej umówić", "czy można przyjść", "czy mogę przyjść",
              # which days ("w które dni pracujecie")
              "w które dni", "które dni", "w jakich dniach", "w których dniach"),
    "care": tuple(f"opieka dla {who}" for who in ("taty", "mamy", "ojca", "matki", "babci", "dziadka", "męża", "żony",
                                                   "rodziców", "rodzica", "teściowej", "teścia", "brata", "siostry"))
    # round eleven: shopping done for someone ("czy ktoś może robić mamie zakupy"), whoever it is for between
    + tuple(f"{verb} {who}zakupy" for verb in ("robić", "zrobić", "robiłby", "robiła", "zrobi", "robi")
            for who in ("", "mi ", "mamie ", "tacie ", "babci ", "dziadkowi ", "jej ", "mu ", "im ", "nam "))
    + ("pomoc w zakupach", "pomoc przy zakupach", "do zakupów", "z zakupami"),
    # Round eleven: gambling by its games ("mama gra na loterię za całą emeryturę"), playing without end ("wnuk cały
    # czas gra"): addiction, as "hazard" and "gra w zakłady" are ("wnuczek gra na komputerze" alone is not).
    "addiction": ("gra na loterię", "gra w lotto", "gra na automatach", "gra w automaty", "zdrapki", "zdrapkach",
                  "uzależniony od gier", "uzależniona od gier", "uzależnienie od gier", "uzależniony od komputera",
                  "uzależniony od telefonu", "uzależniona od telefonu", "całymi dniami gra", "ciągle gra", "cały czas gra",
                  "zakłady bukmacherskie", "bukmacher", "kasyno", "w kasynie",
                  # round fourteen: drunk away, done ("mąż przepił całą wypłatę"), as the phone's "przepija"
                  "przepił", "przepiła", "przepili",
                  # round twenty-three: betting with a word between or on the phone ("gra w jakieś zakłady w telefonie"),
                  # as the phone's "gra w zakłady"
                  *(f"{verb} w {which} zakłady" for verb in ("gra", "grać", "grał", "grała", "gram")
                    for which in ("jakieś", "te", "takie", "różne")),
                  "zakłady na telefonie", "zakłady przez telefon",
                  "obstawia mecze", "obstawiać mecze", "przegrywa pieniądze", "przegrał wszystkie pieniądze"),
    "benefits": ("leki", "na leki", "z lekami", "lekarstwa", "na lekarstwa", "wykupić leki",
                 # round ten: what to bring ("a czy trzeba coś zabrać"), as "co trzeba przynieść"
                 "coś zabrać", "co zabrać", "co wziąć ze sobą", "coś wziąć ze sobą", "jakie papiery",
                 # round eleven: what one must have ("a co trzeba mieć?", "jakie dokumenty są potrzebne")
                 "co trzeba mieć", "co muszę mieć", "co mam mieć", "co trzeba wziąć", "co mam wziąć",
                 "jakie dokumenty są potrzebne", "jakie dokumenty potrzebne", "jakie dokumenty zabrać",
                 # round thirteen: nothing to live on told ("bo nie mamy z czego żyć"): money asked for, also beside the
                 # drinking named (not a hardship that says no more than it, as "koniec z końcem")
                 "nie mam z czego żyć", "nie mamy z czego żyć", "nie ma z czego żyć", "nie mam za co żyć",
                 "nie mamy za co żyć", "nie ma za co żyć", "nie mam za co przeżyć", "nie mamy za co przeżyć",
                 # round sixteen: left without money ("synowa została sama z dziećmi bez grosza"), as nothing to live on
                 "bez grosza", "bez środków do życia", "bez żadnych środków", "bez pieniędzy na życie",
                 "bez grosza przy duszy"),
    "about": ("ciepłe ubrania", "ubrania dla dzieci", "odzież", "koce", "kołdry", "buty na zimę")  # material help
    # round thirty: the children's winter clothes lacking ("dzieci nie mają zimowych butów"), as "buty na zimę"
    + tuple(f"{what} {winter}" for what in ("buty", "butów", "kurtki", "kurtek", "ubrania", "ubrań")
            for winter in ("zimowe", "zimowych", "na zimę", "ciepłe", "ciepłych"))
    + tuple(f"{winter} {what}" for winter in ("zimowe", "zimowych", "ciepłe", "ciepłych")
            for what in ("buty", "butów", "kurtki", "kurtek"))
    # round twenty-one: volunteers asked about ("czy są u was jacyś wolontariusze"), and visits to the lonely or old
    # ("co odwiedzają samotnych starszych"): the office's help, as "ktoś z opieki mógłby go odwiedzić" is
    + ("wolontariusz", "wolontariusze", "wolontariuszy", "wolontariuszki", "wolontariat")
    + tuple(f"{verb} {whom}" for verb in ("odwiedza", "odwiedzają", "odwiedzać", "odwiedzi", "odwiedziłby", "odwiedzałby",
                                          "odwiedziny", "odwiedzin")
            for whom in ("samotnych", "samotne", "samotnego", "samotną", "starszych", "osoby starsze", "starsze osoby",
                         "starszą osobę", "starszego", "chorych", "seniorów"))
    # round sixteen: what help there is, asked in a formal letter's nouns ("informacja o … zakresie pomocy dla osób
    # starszych"): the office's help, beside the hours and address it names too ("pomoc" alone is weak beside them)
    + ("zakres pomocy", "zakresie pomocy", "zakresu pomocy", "formy pomocy", "formach pomocy", "rodzaje pomocy",
       "rodzajach pomocy", "rodzaj pomocy"),
    # Round eleven: help asked for without naming which (help, but no finer topic of its own: beside "800 plus" or
    # "paczki" that one is the reply): what one is entitled to ("czy mi się coś należy od gminy"), something given
    # out ("czy dajecie coś na święta dla samotnych": "na święta" is what for, no day asked about).
    "help_unnamed": ("coś się należy", "się coś należy", "co się należy", "co mi się należy", "czy mi się należy",
                     "czy należy mi się", "należy się coś", "mi się coś należy",
                     "co mi przysługuje", "co przysługuje", "czy coś mi przysługuje", "czy mi coś przysługuje",
                     "co nam przysługuje", "co nam się należy",
                     # debts and the bailiff ("komornik zabrał wszystko"), an eviction; a sign-language interpreter
                     # (not "długi" alone: "jak długo", "po długim weekendzie"; not "komornik" alone: the village Komorniki)
                     "komornik zabrał", "komornik zajął", "komornik ściąga", "komornik przyszedł", "przez komornika",
                     "od komornika", "mam długi", "mamy długi", "długi za mieszkanie", "długi za czynsz", "zadłużenie",
                     "zadłużenia", "eksmisja", "eksmisji", "eksmisję", "tłumacz migowy", "tłumacza migowego", "tłumacza pjm",
                     "język migowy", "języka migowego",
                     "dajecie coś", "dacie coś", "rozdajecie coś", "dają coś", "coś na święta", "coś dla samotnych",
                     # round sixteen: what the office gives, asked ("a co wy w ogóle dajecie", "co u was dają")
                     "co dajecie", "co wy dajecie", "co rozdajecie", "co u was dają", "co u was można dostać")
    # round thirty: the help for the old asked by whom it is for ("jakie macie pomoce dla starszych"), not weak beside the
    # hours, address and addiction asked with it; beside a help named ("… dla emerytów na opał") that one is the reply
    + tuple(f"{help_} dla {whom}" for help_ in ("pomoc", "pomoce", "pomocy")
            for whom in ("starszych", "osób starszych", "seniorów", "emerytów", "samotnych", "niepełnosprawnych")),
    # Round ten: ZUS's own matters (a pension paid, tax forms sent): another office's, as "emerytura z ZUS" is
    # ("kiedy ZUS przeleje rentę"); ZUS alone still names 800+, which it pays.
    "elsewhere": ("zus przelać", "zus przeleje", "zus przelał", "zus wysłać", "zus wysłał", "zus wyśle", "zus wypłacić",
                  "zus wypłaci", "renta z zus", "rentę z zus", "przelew renty", "przelew emerytury", "wypłata renty",
                  # tax forms ("pity" alone is also "pić": only with what is done with them)
                  "wysłał pity", "wyśle pity", "pity emerytom", "pity dla emerytów", "pity z zus", "pitów", "pit 11",
                  "pit-11", "pit 40a",
                  # round thirteen: a pension raised by ZUS ("ile mi ZUS podniesie emeryturę od marca")
                  "zus podniesie", "zus podnieść", "zus podniósł", "podniesie emeryturę", "podniosą emeryturę",
                  "podniesie rentę", "podwyżka emerytury", "podwyżka renty", "podwyżki emerytur", "waloryzacja",
                  "waloryzacji", "waloryzację",
                  # round eighteen: a chemist's, a shop's or a clinic's own hours ("kiedy apteka jest otwarta w niedzielę"),
                  # as the phone's "apteka otwarta", "przychodnia"
                  "apteka", "dyżur apteki", "apteka dyżurna", "ośrodek zdrowia", "poczta otwarta", "biblioteka",
                  # round twenty-six: whether texts get through at all ("halo, czy to dochodzi"), as the phone's "czy to
                  # działa"
                  "czy to dochodzi", "czy to w ogóle dochodzi", "czy sms dochodzi", "czy smsy dochodzą", "czy sms doszedł",
                  "czy sms dotarł", "czy wiadomość doszła", "czy wiadomość dotarła", "czy wiadomości dochodzą",
                  # round twenty-six: a disability card or a parking card, made by the county ("gdzie się wyrabia
                  # legitymację osoby niepełnosprawnej"), not care
                  "legitymacja osoby niepełnosprawnej", "legitymację osoby niepełnosprawnej",
                  "legitymacji osoby niepełnosprawnej", "legitymacja niepełnosprawnego", "legitymację niepełnosprawnego",
                  "legitymacja dla niepełnosprawnego", "legitymację dla niepełnosprawnego", "karta parkingowa",
                  "kartę parkingową", "karty parkingowej"),
}
# Round fourteen: the writer's own plan to come told beside a thanks ("dziękuję za SMS z adresem, trafię", "dzięki,
# przyjdę w poniedziałek"), with when at most (`ARRIVED_WHEN`): part of the thanks, no question (with "?" it asks).
OWN_PLAN = frozenset(fold("trafie trafimy przyjde przyjdziemy przyjade przyjedziemy dojade dojedziemy dotre dotrzemy "
                          "zajrze zajrzymy wpadne wpadniemy podejde podejdziemy podjade zglosze zglosimy "
                          # round fifteen: driven by someone ("syn mnie zawiezie w poniedziałek"): who and "mnie" with it
                          "zawiezie zawioza podwiezie podwioza przywiezie przywioza dowiezie dowioza").split())
# Round fifteen: the writer driven ("syn mnie zawiezie"): "mnie", "nas" before a verb of `OWN_PLAN`, and the one word before
# them (who drives), are part of the plan.
DRIVEN = frozenset(fold("mnie nas").split())
# Round fourteen: the writer's own call denied ("jestem głuchy, nie zadzwonię", "nie dzwonię, bo nie słyszę") asks no call
# back by its verb; a call-back asked beside it still is ("nie zadzwonię, proszę oddzwonić"). On the text as written.
OWN_CALL_DENIED = re.compile(r"\bnie\s+(?:zadzwoni[eę]|zadzwonimy|dzwoni[eę]|dzwonimy|oddzwoni[eę]|zatelefonuj[eę]"
                             r"|przedzwoni[eę])\b"
                             # round fifteen: the verb first ("Zadzwonić nie mogę", "dzwonić nie mogę, bo usłyszy")
                             r"|\b(?:za|od)?dzwoni[cć]\s+(?:do\s+was\s+)?nie\s+(?:mog[eę]|mo[zż]emy|umiem|dam\s+rady)\b",
                             re.IGNORECASE)
# Round fourteen: a pension or rent beside ZUS or KRUS named ("ZUS mi obciął emeryturę o 200 zł, dlaczego?") is that
# office's matter, whatever it did with it (round ten and thirteen listed its verbs: "przeleje", "podniesie"); ZUS alone
# still names 800+, which it pays, and a benefit of this office asked beside it stays asked ("ZUS wstrzymał rentę, czy
# dostanę zasiłek"). On the folded text.
PENSION_ELSEWHERE = (re.compile(r"\b(?:zus\w*|krus\w*)\b"),
                     re.compile(r"\bemerytur\w*|\brent(?:a|e|y|ka|ke|ki|ce|cie)?\b|\brencie\b|\brencin\w*"))
# ... unless the pension is refused, stopped or taken, which leaves the writer without income, this office's matter too
# ("zus mi nie chce dać renty, gdzie iść", as the phone corpus has it: help).
PENSION_WITHHELD = re.compile(r"\bnie\s+(?:chce|chca|chcial\w*)\s+(?:mi\s+|nam\s+|jej\s+|mu\s+)?(?:dac|przyznac|wyplacic|wyplacac)"
                              r"|\bodmow\w*|\bnie\s+przyzna\w*|\bwstrzyma\w*|\bzabral\w*|\bodebral\w*"
                              r"|\bnie\s+(?:mam|mamy|ma)\s+(?:z\s+czego|za\s+co)|\bbez\s+(?:renty|emerytury|pieniedzy|grosza|srodkow)")
# Round fifteen: the amount asked ("i ile dostanę") beside another office's matter ("waloryzacja emerytury z ZUS") is that
# matter's, no benefit of this office asked for (the body as written, the matter already taken out).
AMOUNT_ELSEWHERE = re.compile(r"\bile\s+(?:mi\s+|nam\s+|jej\s+|mu\s+)?(?:dostan[eę]|dostaniemy|dostanie|b[eę]d[eę]\s+dostawa[cć]"
                              r"|wyniesie|wyjdzie|dadz[aą]|podnios[aą]|podniesie|przyb[eę]dzie|doj?dzie)\b|\bo\s+ile\b",
                              re.IGNORECASE)
# Round fifteen: money or post that comes ("kiedy przyjdzie waloryzacja", "kiedy przyjdą pieniądze", "przelew przyjdzie"):
# its arrival, no coming to the office (the verb dropped; "kiedy przyjdzie pani z opieki" is still a visit).
_ARRIVING = r"(?:pieni|kas[aey]\b|przelew|walor|emeryt|rent[aey]?\b|rentk|zasi[lł]|decyzj|wyp[lł]at|pismo|list\b|odpowied|[sś]wiadcz|dodat|podwy[zż])"
_ARRIVE = r"(?:przyjd(?:zie|[aą])|dojd(?:zie|[aą])|wp[lł]ynie|wp[lł]yn[aą])"  # to come: told as come, it is thanked for
MONEY_ARRIVES = re.compile(r"\b" + _ARRIVE + r"\s+(?=(?:\w+\s+)?" + _ARRIVING + r")"
                           r"|\b(?P<what>" + _ARRIVING + r"\w*(?:\s+\w+)?)\s+" + _ARRIVE + r"\b", re.IGNORECASE)
# Round fifteen: another office's document ("jak przedłużyć paszport, gdzie się składa wniosek"): the papers beside it are
# for that office, not this one (`OFFICE_PAPERS`), unless this office is named ("bo prawa jazdy nie mam, jak dojechać do was").
PAPERS_ELSEWHERE = (re.compile(r"\bpaszport\w*|\bdowod\w*\s+osobist\w*|\bprawo\s+jazdy|\bprawa\s+jazdy|\bakt\w*\s+(?:urodzenia|slubu|zgonu)"
                               r"|\brejestracj\w*\s+(?:auta|samochodu)|\bmeldun\w*|\bzameldowa\w*"),
                    re.compile(r"\bdo\s+(?:was|osrodka|ops|gops|mops|opieki|biura)\b|\bu\s+was\b|\bw\s+(?:osrodku|ops|gops|opiece)\b"))
# Round eleven (Polish; the Ukrainian rules leave these unset):
# A letter held down ("POMOCYYY", "dziękujęęę", "halooo"): three or more of the same letter are one (no Polish word has
# three in a row; two stay: "dziennie", "Anna").
STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
# Beside what arrived ("węgiel już przywieźli wczoraj"), when it did: part of what is thanked for, not a day asked about.
ARRIVED_WHEN = frozenset(fold("wczoraj przedwczoraj dzisiaj dzis rano wieczorem wlasnie tydzien temu w we").split()) | frozenset(
    form for forms in DAY_WORDS.values() for form in forms)  # "przywieźli w piątek"
# The office's own number written without its area code ("mam stary numer 8176130"): the office's number, as in full.
LOCAL_DIGITS = 7
# The writer's own writing ("nie chcę pisać o tym", "wolę nie pisać szczegółów"): about what, or beside a call-back
# asked for, no request to stop the line's SMS.
OWN_WRITING = re.compile(r"\bnie\s+(?:chce|chcemy|chcialabym|chcialbym|umiem|potrafie|moge|bede|wole)\s+(?:juz\s+)?(?:tego\s+|o\s+tym\s+)?"
                         r"pisac\b(?=\s+(?:o|tu|tutaj|wszystkiego|szczegolow|tego)\b)"
                         r"|\bwole\s+nie\s+pisac\b")
OWN_WRITING_BESIDE_CALL = re.compile(r"\bnie\s+(?:chce|chcemy|chcialabym|chcialbym|umiem|potrafie|moge|bede|wole)\s+(?:juz\s+)?"
                                     r"(?:tego\s+|o\s+tym\s+)?pisac\b"
                                     r"|\bwole\s+nie\s+pisac\b")  # round thirty: "proszę o telefon, wolę nie pisać szczegółów w smsie"
# Round twenty: a reply asked by text to a number ("odp. smsem na 604 118 327 bo nie słyszymy", "proszę odpisać na nr …"):
# the line answers by text anyway; the number so given asks no call-back (a call asked beside it still does).
TEXT_REPLY = re.compile(r"\b(?:odp|odpowied\w*|odpisa\w*|odpisz\w*|napisa\w*|napisz\w*|sms\w*|esemes\w*)\.?\s+"
                        r"(?:[^\W\d_]+\s+){0,2}?na\s+(?:ten\s+|m[oó]j\s+)?(?:(?:nr|numer|tel|telefon)\.?\s+)?\+?\d[\d\s-]{6,}\d",
                        re.IGNORECASE)
# A call allowed, not asked about ("można dzwonić tylko głośno 502 118 940"): with the writer's number and no question, a
# call-back though "można dzwonić" usually asks how to call the office.
CALLBACK_ALLOWED = re.compile(r"(?<!\bczy )(?<!\bgdzie )(?<!\bkiedy )(?<!\bjak )\bmozna\s+(?:do\s+mnie\s+|mnie\s+|na\s+ten\s+numer\s+)?"
                              r"(?:dzwonic|zadzwonic|telefonowac)\b")
# Words named in passing: a phone as where one plays or reads ("gra w automaty i w telefonie") asks for no number; "w
# ogóle" between the words of a question ("w czym w ogóle pomagacie").
POLISH_IN_PASSING_MORE = (r"|\b(?:w|na)\s+(?:tym\s+|tej\s+|moim\s+|mojej\s+|swoim\s+|swojej\s+|jego\s+|jej\s+)?"  # round fourteen: "w tym telefonie"
                          r"(?:telefonie|komorce|komórce|smartfonie|tablecie)\b"
                          r"|\bw\s*og[oó]le\b"
                          # round twenty: the office's phone not answering given as the reason ("podajcie numer komórkowy, bo
                          # stacjonarny nikt nie odbiera od rana"): what is asked is beside it, no hours of "od rana"
                          r"|\b(?:bo|bo\s+ten|bo\s+na)\s+(?:[^\W\d_]+\s+){0,2}?(?:nikt\s+)?nie\s+(?:odbiera\w*|odpowiada\w*)"
                          r"(?:\s+(?:od\s+(?:rana|wczoraj|poludnia|paru\s+dni|kilku\s+dni)|ca[lł]y\s+dzie[nń]|telefonu|wcale))*\b"
                          # round twenty: the writer's own chores told as why they ask ("chcę wiedzieć, żeby posprzątać i
                          # ciasto upiec" before a visit): an infinitive after "żeby", nobody asked to do them; "kogoś, żeby
                          # posprzątać" and "żeby ktoś posprzątał" still ask for care
                          r"|(?<!kogo[sś] )(?<!kogo[sś], )\b(?:[zż]eby(?:m|[sś]my)?|aby(?:m|[sś]my)?)\s+(?:zd[aą][zż]y(?:[cć]|[lł]\w*)\s+)?(?:(?:po|wy)sprz[aą]ta[cć]|upiec|ugotowa[cć]"
                          r"|naszykowa[cć]|przygotowa[cć]\s+si[eę])(?:\s+(?:i|a)\s+(?:\w+\s+)?(?:upiec|ugotowa[cć]|(?:po|wy)sprz[aą]ta[cć]))?\b"
                          # round twenty: someone's coming home for a feast ("ja przyjeżdżam dopiero na święta", "syn
                          # przyjedzie na Wigilię", "wracam na Wielkanoc") tells when the family is there, no day's hours
                          r"|\b(?:przyje[zż]d[zż]\w*|przyjad[eęaą]|przyjedzie(?:my)?|zje[zż]d[zż]\w*|zjad[eęaą]|zjedzie(?:my)?|wracam|wraca(?:my|j[aą])?"
                          r"|wr[oó]c[eę]|wr[oó]ci(?:my)?|przylatuj\w*|przylec[eę]|przyleci(?:my)?)\s+(?:dopiero\s+|tylko\s+|chyba\s+|znowu\s+)?"
                          r"(?:na\s+|w\s+|przed\s+)(?:[sś]wi[eę]ta|wigili[eęaą]|bo[zż]e\s+narodzenie|wielkanoc|sylwestra|nowy\s+rok|ferie)\b"
                          # round twenty-one: where the writer spends the feast, taken by someone or going to them ("syn mnie
                          # zabrał do siebie na święta", "córka weźmie mamę na Wigilię", "jadę do córki na święta", "będę u
                          # syna w święta"): no day's hours either; "czy w święta jesteście otwarci" still asks them
                          r"|\b(?:zabra[lł]\w*|zabier\w*|we[zź]mie|we[zź]m[aą]|bierze|bior[aą]|wzi[aą][lł]\w*|wzi[eę][lł]\w*)\s+"
                          r"(?:(?:mnie|nas|j[aą]|go|ich|mam[eę]|tat[eę]|babci[eę]|dziadka|te[sś]ciow[aą])\s+)?(?:do\s+(?:siebie|\w+)\s+)?"
                          r"(?:na\s+|w\s+)(?:[sś]wi[eę]ta|wigili[eęaą]|bo[zż]e\s+narodzenie|wielkanoc|sylwestra|nowy\s+rok|ferie)\b"
                          r"|\b(?:jad[eę]|jedziemy|pojad[eę]|pojedziemy|b[eę]d[eę]|b[eę]dziemy|sp[eę]dzam|sp[eę]dzamy|sp[eę]dz[eę]|sp[eę]dzimy)\s+"
                          r"(?:\w+\s+)?(?:u|do)\s+(?:syna|c[oó]rki|siostry|brata|rodziny|dzieci|wnuk[oó]w|wnuczki|wnuka|mamy|taty|siebie)\s+"
                          r"(?:na\s+|w\s+)(?:[sś]wi[eę]ta|wigili[eęaą]|bo[zż]e\s+narodzenie|wielkanoc|sylwestra|nowy\s+rok|ferie)\b"
                          # round twenty-one: nobody coming to someone, told ("mówi, że nikt do niego nie przyjdzie", "nikt
                          # do mnie nie zagląda"): loneliness, no coming to the office whose day is asked
                          r"|\bnikt\s+(?:\w+\s+){0,2}?nie\s+(?:przyjdzie|przychodzi|przyjedzie|przyje[zż]d[zż]a|zajrzy|zagl[aą]da|odwiedzi"
                          r"|odwiedza)\b(?!\s+(?:do\s+)?(?:biura|osrodka|ośrodka|ops|gops|urz[eę]du))"
                          # round thirteen: a phone played with ("wnuczek się bawił telefonem", "bawi się moją komórką")
                          # asks for no number; "na tym świecie" (the world) is no feast ("święta")
                          r"|\bbaw\w*\s+(?:si[eę]\s+)?(?:\w+\s+)?(?:telefonem|kom[oó]rk[aą]|smartfonem|tabletem)\b"
                          # round twenty-two: voice typing told ("wnuczka mi ustawiła to mówienie do telefonu", "mówię do
                          # komórki") asks for no number
                          r"|\b(?:m[oó]wienie|m[oó]wi[eę]|m[oó]wimy|gadanie|gadam|dyktowanie|dyktuj[eę])\s+(?:tylko\s+|wszystko\s+)?"
                          r"do\s+(?:tego\s+|mojego\s+)?(?:telefonu|kom[oó]rki|smartfona)\b"
                          # round twenty-two: whether a thing given will be there ("czy będzie w tym roku węgiel z gminy",
                          # "czy będą paczki"): the thing asked, no hours ("czy będziecie" near); a day after it still asks
                          r"|\bczy\s+b[eę]d(?:zie|[aą])\b(?=\s+(?:w\s+tym\s+roku\s+|znowu\s+|te[zż]\s+|jaki\w*\s+|ten\s+|ta\s+|te\s+)?"
                          r"(?:[^\W\d_]+\s+)?(?:w[eę]giel|w[eę]gla|opa[lł]\w*|drew\w*|paczk\w*|dodat\w*|zasi[lł]\w*|bon\w*|obiad\w*"
                          r"|[sś]wiadczeni\w*|dop[lł]at\w*|dofinansowani\w*)\b)"
                          # round twenty-two: a drink that is no alcohol drunk ("tylko kawę pijecie", "piję tylko herbatę")
                          # names no drinking; "pije wódkę" still does
                          r"|\b(?:kaw[eęy]|kawk[eęi]|herbat[eęy]|herbatk[eęi]|wod[eęy]|mleko|soki?|kakao|kompot)\s+(?:sobie\s+)?"
                          r"(?:pij\w*|pi[lł](?:a|i|y|em|am)?|popija\w*)\b"
                          r"|\b(?:pij\w*|pi[lł](?:a|i|y|em|am)?|popija\w*)\s+(?:tylko\s+|sobie\s+|ca[lł]y\s+dzie[nń]\s+)?(?:kaw[eęy]|kawk[eęi]"
                          r"|herbat[eęy]|herbatk[eęi]|wod[eęy]|mleko|soki?|kakao|kompot)\b"
                          # round sixteen: a phone acted upon, burnt, broken, lost or thrown ("to spali telefon", "wnuk
                          # zepsuł mi komórkę") asks for no number; "zgubiłam telefon do was" (the number) still does
                          # round eighteen: or set up or bought for the writer ("wnuk mi ustawił ten telefon", "córka kupiła mi
                          # komórkę")
                          r"|\b(?:spal|zepsu|zgubi|rozbi|roztrzaska|wyrzuc|rzuci|utopi|ukrad|zala|ustawi|nastawi|skonfigur|kupi"
                          r"|podarowa|pozyczy|po[zż]yczy|w[lł][aą]czy)\w*\s+(?:mi\s+|jej\s+|mu\s+"
                          r"|sobie\s+|nam\s+)?(?:ten\s+|tm\s+|m[oó]j\s+|sw[oó]j\s+|jej\s+|jego\s+|stary\s+|nowy\s+)?"
                          r"(?:telefon|telefonem|kom[oó]rk[eęaą]|smartfon)\b(?!\s+(?:do|od|z|ze|na|pod)\b)"
                          r"|\bna\s+(?:tym\s+|ca[lł]ym\s+|tamtym\s+)?[sś]wiecie\b"
                          # round fourteen: "czy jest gdzie pomoc na takie granie" is "gdzieś" (anywhere), no question where
                          # the office is ("jest" kept); before an infinitive ("czy jest gdzie zaparkować") it stays
                          r"|\b(?P<anywhere>(?:czy\s+)?(?:jest|s[aą]|by[lł]aby|by[lł]by))\s+gdzie\b"
                          r"(?=\s+(?!\w*[aeiyuąęsśzź][cć]\b)\w)"
                          # round fourteen: the drinker's own denial reported ("bo on mówi, że nie jest alkoholikiem", "twierdzi,
                          # że nie ma problemu z piciem") denies nothing for the writer: read without its "nie" (round ten's
                          # denial, "nie mam problemu z alkoholem", is the writer's own)
                          r"|\b(?:m[oó]wi|twierdzi|uwa[zż]a|wmawia|przysi[eę]ga|zarzeka\s+si[eę]|upiera\s+si[eę]|zapiera\s+si[eę]"
                          r"|udaje)\w*,?\s+(?:[zż]e\s+)?nie\s+(?P<claimed>(?:jest\s+|by[lł]\w*\s+)(?:alkoholik\w*|uzale[zż]nion\w*"
                          r"|narkoman\w*|pijak\w*|pijany|pijana|hazardzist\w*)|pije|pi[lł]|pi[lł]a|bierze|gra|ma\s+problem\w*\s+z\s+\w+)\b"
                          # round fifteen: the phone not answered ("na stacjonarny nikt nie odbiera od rana") asks whether
                          # the office is there no more than for its numbers (the phone's word kept: the numbers)
                          r"|\b(?:na|pod)\s+(?:\w+\s+){0,2}?(?P<phone>numer\w*|stacjonarn\w*|telefon\w*|kom[oó]rk\w*)\s+"
                          r"(?:nikt\s+)?nie\s+odbiera\w*(?:\s+od\s+\w+|\s+ca[lł]y\s+dzie[nń])?"
                          # a phone disliked or not used ("babcia telefonu nie lubi", "nie umie obsługiwać telefonu") is why
                          # one writes, no number asked for
                          r"|\btelefon\w*\s+nie\s+(?:lubi|lubi[eę]|umie|umiem|u[zż]ywa|obs[lł]uguje|cierpi)\b"
                          r"|\bnie\s+(?:lubi|lubi[eę]|umie|umiem|u[zż]ywa|obs[lł]uguje|cierpi)\s+(?:\w+\s+)?telefon\w*"
                          # drinking told as over ("mąż kiedyś pił i bił, ale to było dawno") asks nothing of the addiction
                          r"|\b(?:kiedy[sś]|dawniej|przedtem|dawno\s+temu)\s+(?:\w+\s+)?(?:pi[lł]|pi[lł]a|pili|popija[lł]\w*"
                          r"|chla[lł]\w*|[cć]pa[lł]\w*|przepija[lł]\w*)\b"
                          # round seventeen: work skipped ("nie chodzi do roboty", "do pracy nie poszedł") is what someone
                          # does, no job or unemployment asked about; a job lost ("stracił pracę", "zwolnili") still is
                          r"|\bnie\s+(?:chodzi|chodz[eę]|chodz[aą]|poszed[lł]|posz[lł]a|posz[lł]am|idzie|id[eę]|wychodzi"
                          r"|je[zź]dzi|pojecha[lł]\w*)\s+(?:juz\s+|ju[zż]\s+)?(?:do|w)\s+(?:pracy|prac[eę]|roboty|robot[eę]|robocie)\b"
                          r"|\bdo\s+(?:pracy|roboty)\s+(?:ju[zż]\s+)?nie\s+(?:chodzi|chodz[eę]|chodz[aą]|poszed[lł]|posz[lł]a|idzie"
                          r"|pojecha[lł]\w*)\b"
                          # round eighteen: someone on the way to or from work ("sąsiad mnie zawiezie, jak do roboty jedzie",
                          # "córka wraca z pracy o 16") is when or how one comes, no job asked about
                          r"|\b(?:jedzie|jad[eę]|jedziemy|jad[aą]|idzie|id[eę]|idziemy|wraca|wracam|wracamy|wracaj[aą]|je[zź]dzi"
                          r"|je[zź]dz[eę]|wyje[zż]d[zż]a|pojedzie|p[oó]jdzie|wr[oó]ci)\s+(?:rano\s+|wieczorem\s+|codziennie\s+)?"
                          r"(?:do|z|ze)\s+(?:pracy|roboty)\b"
                          r"|\b(?:do|z|ze)\s+(?:pracy|roboty)\s+(?:rano\s+|wieczorem\s+|codziennie\s+)?(?:jedzie|jad[eę]|jedziemy"
                          r"|jad[aą]|idzie|id[eę]|idziemy|wraca|wracam|wracamy|wracaj[aą]|je[zź]dzi|je[zź]dz[eę]|pojedzie|p[oó]jdzie"
                          r"|wr[oó]ci)\b")
# Round eighteen: whom a harm told in two words is done to ("mnie bil", "ją bił"; folded).
HARMED_WHOM = frozenset(fold("mnie ja go nas ich je dzieci").split())
# Round eighteen: a worker's visit told as done, with where, when and what for ("pani z opieki była u mamy w piątek",
# "pani Ania przyszła zobaczyć co i jak"): beside a thanks and with nothing else asked, what the thanks is for (as round
# thirteen's help received), not a day or the office's address asked about. On the folded text.
VISIT_THANKED = re.compile(r"\b(?:pani|pan|pracownica|pracownik|opiekunka|opiekun)\s+(?:\w+\s+){0,4}?"  # round twenty-seven: 4
                           r"(?:byla|byl|przyszla|przyszedl|przyjechala|przyjechal|odwiedzila|odwiedzil|zajrzala|zajrzal"
                           r"|wpadla|wpadl)\b(?:\s+(?:(?:u|do|w|we|na|po|przed)\s+\w+|wczoraj|przedwczoraj|dzisiaj|dzis|rano|wieczorem|ostatnio)){0,4}"
                           r"(?:\s+(?:zobaczyc|sprawdzic|popatrzec|zapytac)\s+(?:co\s+i\s+jak|co\s+slychac|jak\s+\w+))?")
# Round seventeen: the whole text asks only whether this is the office, by its popular names, maybe its number and its
# village ("czy to gops", "to jest numer do opieki w Kleszczewie?", "czy to ośrodek pomocy społecznej?"): no topic, the
# keyword list (which says what the line is), as "czy to urząd skarbowy?"; with anything more asked ("czy to opieka daje
# opał?", "czy to opieka? proszę o adres") the text is read as before. On the folded text.
WHICH_OFFICE = re.compile(r"^(?:(?:dzien\s+dobry|witam|halo|przepraszam)\s+)*(?:czy\s+|cyz\s+|czi\s+)?(?:to|tu)\s+(?:jest\s+)?"
                          r"(?:(?:ten\s+|dobry\s+)?(?:numer|nr|telefon)\s+(?:do|od)\s+)?(?:ta\s+|ten\s+)?"
                          r"(?:opiek[aiey]|ops|gops|mops|osrod\w*)(?:\s+pomocy)?(?:\s+spoleczn\w*)?"
                          r"(?:\s+(?:w|z|ze)\s+\w+|\s+kleszczew\w*)?$")
# Round seventeen: the joy a thanked help brought, told in a part of its own beside the thanks ("Dziękujemy za odwiedziny
# u mamy, mama była bardzo szczęśliwa 😊", "dzięki za paczkę, dzieci się ucieszyły"): part of the thanks, not a matter;
# not denied ("nie była zadowolona"), and a part that asks anything is read as before.
JOY = frozenset(fold("szczesliwa szczesliwy szczesliwi szczesliwe szczesliwe zadowolona zadowolony zadowoleni zadowolone "
                     "ucieszyla ucieszyl ucieszyli ucieszyly ucieszylam ucieszylem ucieszylismy cieszyla cieszyl cieszyli "
                     "cieszyly cieszy ciesza uradowana uradowany uradowani wniebowzieta wniebowziety "
                     # round nineteen: relief told ("lepiej mi było, jak pani zadzwoniła", "ulżyło mi")
                     "lepiej ulzylo ulzy "
                     # round twenty: warmth at home again after the fuel thanked for came ("ciepło w chałupie", "ciepło u nas")
                     "cieplo cieplutko cieplej "
                     # round twenty-three: tears of joy ("mama aż się popłakała z radości"; weeping alone is no joy)
                     "radosci szczescia wzruszenia "
                     # round twenty-five: calmer after the visit thanked for ("mama bardzo zadowolona i spokojniejsza")
                     "spokojniejsza spokojniejszy spokojniejsi spokojniejsze "
                     # round twenty-eight: the food thanked for enjoyed ("wszystko smakowało", "pierniki były pyszne")
                     "smakowalo smakowal smakowala smakowaly smakowali smakuje smakuja pyszne pyszny pyszna pyszniutkie").split())
# Round twenty-one: what is wished, and for when, at the end of a part of a thanks ("dużo zdrowia i błogosławieństwa Bożego
# na Nowy Rok", "szczęścia na te święta"): the time of the wish, no day asked about (the part read without it).
WISHED_FOR_WHEN = re.compile(r"\b(?:zdrowia|szczescia|spokoju|blogoslawienstwa|radosci|pomyslnosci|sukcesow|milosci|wytrwalosci"
                             r"|dobrego|najlepszego)\b.*?(?P<when>\s+na\s+(?:ten\s+|caly\s+|nadchodzacy\s+|przyszly\s+|kolejny\s+)?"
                             r"(?:nowy\s+rok|rok|swieta|te\s+swieta|\d{4}(?:\s+rok)?))$")
# Round twenty-two: a part of a thanks that tells the good outcome, the thing helped with had or the writer back home
# ("syn ma opiekunkę od wtorku", "mama ma już opał", "już jestem w domu po szpitalu"): part of the thanks, as JOY. The
# part must be that alone (a matter asked beside it, or "ma problem", leaves it as it was).
_TROUBLE = r"(?!(?:\w+\s+){0,3}?(?:problem\w*|klopot\w*|goraczk\w*|bol\w*|dlug\w*|zaleglosc\w*|zadluzen\w*|kar\w*|wezwani\w*)\b)"
OUTCOME_TOLD = re.compile(r"^(?:(?!nie\b)\w+\s+){0,2}?(?:ma|mam|mamy|maja)\s+" + _TROUBLE + r"(?:juz\s+)?(?:\w+\s+){0,2}?\w+\s+(?:od\s+\w+|juz)\s*$"
                          r"|^(?:(?!nie\b)\w+\s+){0,2}?(?:ma|mam|mamy|maja)\s+juz\s+" + _TROUBLE + r"(?:\w+\s+){0,2}?\w+\s*$"
                          r"|^(?:juz\s+|wreszcie\s+|nareszcie\s+)?(?:jestem|jestesmy|jest|wrocil\w*)\s+(?:juz\s+|wreszcie\s+)?"
                          r"(?:w\s+domu|z\s+powrotem|do\s+domu)(?:\s+(?:po|ze|z)\s+\w+)?\s*$"
                          # round twenty-three: what there was in the thing thanked for, even ("nawet pomarańcze były", "był też
                          # olej"): "nie" or a question's word in the part leaves it as it was
                          r"|^(?:nawet|i|tez|takze|jeszcze)\s+(?:(?!nie\b|czy\b|kiedy\b|gdzie\b)\w+\s+){1,2}?(?:byl|byla|bylo|byly|byli)\s*$"
                          r"|^(?:byl|byla|bylo|byly|byli)\s+(?:nawet|tez|takze|jeszcze)\s+(?:(?!nie\b|czy\b)\w+\s+)?\w+\s*$")
# Who was glad and how, beside a joy word; any other word (a question's, "nie", a matter) leaves the part as it was.
JOY_TOLD = frozenset(fold("byla byl bylo byli byly jest sa sie tak taka taki takie bardzo ogromnie strasznie dzieci "
                          "dzieciaki wnuki wnuczek wnuczka wszyscy wszystkie cala caly "
                          # round nineteen: to whom, and after what done ("mi było lepiej, jak pani zadzwoniła")
                          "mi nam mu jej jak kiedy gdy po pani pan zadzwonila zadzwonil przyszla przyszedl przyjechala "
                          "przyjechal porozmawiala porozmawial rozmowie telefonie wizycie "
                          # round twenty: where the warmth is ("ciepło w chałupie", "u nas ciepło")
                          "w u nas domu chalupie chacie mieszkaniu izbie pokoju kuchni juz wreszcie nareszcie "
                          # round twenty-eight: "w końcu" (at last), as "wreszcie" ("w końcu ciepło w chałupie"); what was
                          # enjoyed ("wszystko smakowało")
                          "koncu wszystko "
                          # round twenty-three: tears of joy, and for being remembered ("… z radości, że ktoś o niej pamięta")
                          "az z ze poplakala poplakal poplakali poplakaly plakala plakal plakali plakaly ktos o niej nim nich "
                          "pamieta pamietal pamietala pamietali pamietacie "
                          # round twenty-five: two joys joined ("zadowolona i spokojniejsza")
                          "i "
                          # round twenty-six: who was glad, named as family ("babcia się popłakała ze szczęścia")
                          "mama mamusia tata tato babcia babunia dziadek dziadzio dziadziu tesciowa corka syn").split())
# Round twenty-eight: whom a good outcome is owed to, "dzięki" before the office or its commission and no "za" after
# ("dzięki wam i komisji jest od pół roku trzeźwy", "dzięki pani mama ma opiekunkę"): help told as received, as
# "pomogliście" (`HELPED`); "dzięki wam za paczkę" thanks for a thing (folded).
HELPED_BY = re.compile(r"\bdzieki\s+(?:wam|pani|panu|panstwu|osrodkowi|opiece|komisji|ops|gops|waszej\s+\w+|waszemu\s+\w+)"
                       r"(?:\s+(?:i|oraz)\s+(?:wam|pani|panu|osrodkowi|opiece|komisji|terapeutce|terapeucie|psychologowi|\w+owi))?\b"
                       r"(?!\s+(?:\w+\s+)?za\b)")
# Round seventeen: when the thing thanked for was done, at the end of it ("za odwiedziny u mamy przed świętami", "za
# paczkę w piątek", "za wizytę wczoraj"): no day asked about, and not counted among the words of what it is for.
THANKED_WHEN = re.compile(r"\s+(?:(?:przed|po|w|we)\s+(?:swietami|swietach|swieta|wigilia|wigilie|"
                          + "|".join(form for forms in DAY_WORDS.values() for form in forms if len(form) > 3)
                          + r")|wczoraj|przedwczoraj|dzisiaj|dzis|rano)$"
                          # round twenty-six: the year of it, anywhere in it ("za okazaną w mijającym roku pomoc")
                          r"|\s+(?:w|przez)\s+(?:tym|mijajacym|minionym|zeszlym|ubieglym|calym|caly|ostatnim|tegorocznym)\s+"
                          r"(?:roku|rok)\b")
# "Bez przerwy" (all the time: "pije bez przerwy") is no lunch break asked about.
# Round nine: "przyjmuje też / również" (whom one accepts: "czy psycholog przyjmuje też rodziny") is no office hours.
# Round twenty-four: not when a day follows ("czy komisja przyjmuje też w czwartki?" asks the hours).
POLISH_IN_PASSING = re.compile(r"\bbez\s+przerwy\b|\bprzyjmuj\w*\s+(?:te[zż]|r[oó]wnie[zż]|tak[zż]e)\b"
                               r"(?!\s+(?:w|we|w\s+każd\w*|w\s+kazd\w*)\s+(?:poniedzia|wtor|[sś]rod|czwart|pi[aą]t|sobot|niedziel|weekend)\w*)"
                               # Round ten (the words in a `keep` group stay): accepting for a talk or therapy ("czy komisja
                               # przyjmuje na rozmowę rodzinę") and where one accepts ("gdzie ona przyjmuje") name no hours;
                               r"|\bprzyjmuj\w*\s+(?P<keep>na\s+(?:rozmow|terapi|leczeni|spotkani|konsultacj|porad|odwyk)\w*)"
                               # the lunch break asks the hours, not for meals ("czy jest przerwa na obiad")
                               r"|\b(?P<pause>przerw\w*)\s+(?:na\s+)?obiad\w*"
                               # round twenty-five: "gdzie przyjmuje" before who receives ("gdzie przyjmuje komisja
                               # alkoholowa") asks where that one sits: "gdzie się mieści"
                               r"|\b(?P<sits>gdzie)\s+przyjmuj\w*(?=\s+(?:ta\s+|ten\s+)?(?:komisj|psycholog|terapeut|prawnik|pedagog"
                               r"|kurator|asystent|doradc|mediator|specjalist)\w*)"
                               r"|\b(?P<where>gdzie(?:\s+(?:ona|on|oni|one|ta\s+\w+|ten\s+\w+|komisja|psycholog))?)\s+przyjmuj\w*"
                               # coming denied ("do kościoła nie dojdę") asks no way; help refused asks none
                               # ("nie chcę żadnej pomocy, proszę się nie martwić")
                               r"|\bnie\s+(?:dojd|dojad|dojedz|doj[sś]|dotr)\w*"
                               # the staff at work ("jutro idziecie do roboty?") is a question of the hours: "czy pracujecie"
                               r"|\b(?P<atwork>(?:idziecie|jeste[sś]cie|b[eę]dziecie|przychodzicie|wracacie|siedzicie)\s+(?:do|w)\s+"
                               r"(?:roboty|robocie|robot[eę]|pracy|prac[eę]|biurze|biura))\b"
                               # a matter denied ("nie mam problemu z alkoholem, chodzi o zasiłek", "nie chodzi o picie")
                               r"|\bnie\s+(?:mam|ma|mamy|maj[aą])\s+(?:[zż]adnego\s+)?problem\w*\s+z\s+\w+|\bnie\s+chodzi\s+o\s+\w+"
                               # where someone lives ("mieszkam na Poznańskiej") asks for no address
                               r"|\b(?:mieszka\w*|zamieszka\w*)\s+(?:na|przy)\s+(?:ul\.?\s+|ulicy\s+)?\w+"
                               r"|\bnie\s+(?:chc[eę]|chcemy|potrzebuj[eę]|potrzebujemy|szukam)\s+(?:ju[zż]\s+)?(?:[zż]adn\w+\s+)?"
                               r"(?:pomocy|zasi[lł]k\w*|wsparcia|pieni[eę]dzy|obiad[oó]w|paczek|op[aą][lł]u|w[eę]gla|odwiedzin|wizyt)\b"
                               # round nineteen: a time of day told by a meal ("wnuczek mnie zawiezie dopiero po obiedzie", "przed
                               # śniadaniem") asks for no meal
                               r"|\b(?:po|przed)\s+(?:obiedzie|obiadem|[sś]niadaniu|[sś]niadaniem|kolacji|kolacj[aą])\b"
                               # a talk or visit of a day, told ("podczas piątkowej rozmowy", "po wczorajszej wizycie"), and
                               # "dziś" as "nowadays" in praise ("rzadko spotyka się dziś taką kulturę") ask no day's hours
                               r"|\b(?:poniedzia[lł]kow|wtorkow|[sś]rodow|czwartkow|pi[aą]tkow|sobotn|niedzieln|wczorajsz"
                               r"|przedwczorajsz|dzisiejsz)\w*\s+(?:rozmow|wizyt|spotkani|telefon|odwiedzin|porad)\w*"
                               r"|\b(?:rzadko|niecz[eę]sto)\s+(?:[^\W\d_]+\s+){0,3}?(?:dzi[sś]|dzisiaj)\b"
                               # the commission told or asked to be in the office's building ("ta komisja co jest u was w
                               # budynku", "w tym samym budynku co wy"): the addiction text says where it is, no address asked
                               # round twenty-eight: "przyjmuje" there asks where it receives, no hours ("czy GKRPA przyjmuje w
                               # budynku OPS"): left out unless a day or an hour is asked after it ("… w budynku ośrodka w czwartki?")
                               r"|\b(?P<located>(?:komisj\w*|gkrpa)(?:\s+(?!przyjmuj)[^\W\d_]+){0,4}?(?:\s+przyjmuj\w*(?=[^?.!]*\b(?:poniedzia"
                               r"|wtor|[sś]rod|czwart|pi[aą]t|sobot|niedziel|godzin|dni|kiedy|od\s+\d|do\s+\d|o\s+\d)))?)(?:\s+przyjmuj\w*)?"
                               r"\s+(?:u\s+was\s+)?w\s+(?:tym\s+samym\s+|waszym\s+"
                               r"|tym\s+)?budynku(?:\s+co\s+(?:wy|osrodek|ośrodek|ops|gops))?\b"
                               # round twenty-three: lying about drinking ("tylko leży i pije", "leży pijany") is no one
                               # bedridden asking for care; the drinking stays
                               r"|\ble[zż]\w*\s+(?:i\s+|ca[lł]y\s+dzie[nń]\s+i\s+)?(?P<drunk>pij\w*|chla\w*|popija\w*)\b"
                               # the writer's own move told with its time ("wychodzę z ośrodka dla kobiet po nowym roku",
                               # "przeprowadzam się po świętach") asks no day's hours; the move stays
                               r"|\b(?P<plan>(?:wychodz[eę]|wyjd[eę]|wyprowadzam\s+si[eę]|wyprowadz[eę]\s+si[eę]|przeprowadzam\s+si[eę]"
                               r"|przeprowadz[eę]\s+si[eę]|b[eę]d[eę]\s+mieszka[cć]|zamieszkam)(?:\s+[^\W\d_]+){0,6}?)\s+(?:po|przed|od)\s+"
                               r"(?:nowym\s+roku|nowego\s+roku|nowy\s+rok|[sś]wi[eę]tach|[sś]wi[eę]tami|[sś]wi[eę]t|sylwestrze|trzech\s+kr[oó]lach)\b"
                               # where the writer is, kept from someone ("nie chcę, żeby on wiedział, gdzie jestem") asks no
                               # address ("nie wiem, gdzie jestem" is read as before)
                               r"|\b(?:wiedzia\w*|wiedzie[cć]|wie|dowie\w*|dowiedzia\w*|znajdzie|znalaz\w*)\s+gdzie\s+(?:teraz\s+)?"
                               r"(?:jestem|mieszkam|jeste[sś]my|mieszkamy|przebywam|przebywamy|si[eę]\s+ukrywam|si[eę]\s+ukrywamy)\b"
                               # round twenty-seven: the writer's own earlier text or call told with its time ("pisałam rano o
                               # panu Kaziu", "dzwoniłam wczoraj") asks no hours; and the writer's own offer to help as a volunteer
                               # ("chcę pomóc przy zbiórce żywności jako wolontariuszka") asks for no help
                               r"|\b(?:pisa[lł]\w*|napisa[lł]\w*|dzwoni[lł]\w*|zadzwoni[lł]\w*|pyta[lł]\w*|zapyta[lł]\w*)\s+(?:ju[zż]\s+)?"
                               r"(?:rano|wczoraj|przedwczoraj|wieczorem|dzi[sś]|dzisiaj|w\s+nocy|rankiem)\b"
                               r"|\b(?:chc[eę]|chcia[lł]\w*|mog[eę]|mog[lł]\w*|ch[eę]tnie)\s+(?:\w+\s+)?pom[oó](?:c|gę|gl\w*|gł\w*)\s+(?:przy|w)\s+"
                               r"[^,.?!]*?\bjako\s+wolontariusz\w*|\b(?:jako|na)\s+wolontariusz(?:ka|ki|kę|ke|a)?\b(?!\s+(?:do|dla|od)\b)"
                               # round twenty-eight: the writer's move told with its time ("przeprowadziliśmy się do Gowarzewa tuż
                               # przed świętami", "sprowadziłam się tu w listopadzie") is when they came, no day's hours asked
                               r"|\b(?:przeprowadzi|sprowadzi|wprowadzi)(?:[lł]|[lł]a|[lł]am|[lł]em|li|ly|ły|li[sś]my|ly[sś]my|ły[sś]my)\s+"
                               r"si[eę]\s+(?:[^\W\d_]+\s+){0,3}?(?:tu[zż]\s+|zaraz\s+|dopiero\s+|niedawno\s+)?(?:przed|po|w|we|na)\s+"
                               r"(?:[sś]wi[eę]tami|[sś]wi[eę]tach|[sś]wi[eę]ta|wigili[aąeęi]|listopadzie|grudniu|pa[zź]dzierniku|wrze[sś]niu"
                               r"|lecie|jesieni|tym\s+miesi[aą]cu|tym\s+tygodniu|zesz[lł]ym\s+tygodniu|zesz[lł]ym\s+miesi[aą]cu)\b"
                               + POLISH_IN_PASSING_MORE, re.IGNORECASE)
# Words that say nothing to the line, dropped before matching ("co wy właściwie robicie": "co wy robicie").
FILLERS = frozenset(fold("właściwie wlasciwie generalnie konkretnie").split())
# Money beside a named addiction says no more than it ("przegrał pieniądze od dziadków": the addiction).
MONEY = ("pieniadz", "pieniedz", "kase", "kasa",
         "dlug", "zadluz", "komornik",  # round eleven: "narobił długów" beside gambling
         "wyplat")  # round thirteen: "przegrywa całą wypłatę w automatach": his pay, not a benefit paid
# Round thirteen: someone to talk with the drinker ("żeby ktoś z nim porozmawiał o leczeniu") beside the drinking named is
# about the drinking (the addiction text), as someone to talk to beside a named topic is (round eight).
TALK = ("porozm", "pogad", "z nim porozm", "z nia porozm", "z nimi porozm", "z mezem porozm", "z synem porozm",
        "z corka porozm", "z nim pogad", "z nia pogad")

# Below this score a match is a near word (a typo), above it the word, its inflection, stem or derivation.
NEAR_WORD = 90.0

# The segments (billable SMS parts) one incoming message may cost at most: two whole answers
# (the usual "adres i godziny" is 5), never the 9 of a message naming every keyword. The first
# answer is always sent whole (the hours with the day's news may take 6 by themselves).
MAX_REPLY_SEGMENTS = 6
# The published keyword of each topic, for the hint about what was left out.
# The finer help topics are named by the word that asks for them in one word.
KEYWORDS: Mapping[str, str] = {"hours": "GODZINY", "contact": "ADRES", "help": "POMOC", "addiction": "ALKOHOL",
                               "care": "OPIEKA", "food": "OBIADY", "heating": "OPAŁ", "child_benefit": "800"}
LEFT_OUT_HINT = "Pozostałe informacje: proszę wysłać osobno {keywords}."
# The topics given in their short form ([sms] *_short), step by step, when the whole answers
# asked for in one message would go over MAX_REPLY_SEGMENTS.
SHORTENED = (("hours", "contact"), ("hours", "contact", "help", "addiction"))


@dataclass(frozen=True)
class Rules:
    """What the text line reads and writes differently in one language; the TextLine's code is
    the same for all of them. Polish is POLISH below; Ukrainian ivr.textline.ukrainian.UKRAINIAN."""

    code: str
    matcher: Callable  # (vocabulary, strict=choices) -> an object whose .match(text) gives an understand.Match
    fold: Callable[[str], str]  # lower-case words joined by spaces, as the patterns below read them
    is_generic: Callable[[str], bool]  # a folded word said with any request ("pomoc", "ośrodek")
    thanks_extra: frozenset[str]
    thanks_strong: frozenset[str]
    stop: re.Pattern
    stop_word: re.Pattern
    start: re.Pattern
    privacy: re.Pattern
    callback: re.Pattern
    callback_not: re.Pattern
    day_words: Mapping[int, tuple[str, ...]]
    relative_days: Mapping[str, int]
    abbreviations: Mapping[str, str]
    keyword_topics: Mapping[str, str]
    weak_help: tuple[str, ...]
    visit: re.Pattern
    keywords: Mapping[str, str]
    left_out_hint: str
    closed: str  # a day asked about when the office does not work: "W sobotę 5 grudnia: nieczynne."
    next_working_day: str  # the call-back day when none is found within a month
    office_phone: str  # the line after the danger SMS
    prepare: Callable[[str], str] = str  # the text as the rules read it (Ukrainian: Latin words in Cyrillic)
    feast_days: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # "wigilia" -> (12, 24)
    negation: str = ""  # the word that turns a thanks word into being lost: "nie" ("nie rozumiem")
    not_understood: frozenset[str] = frozenset()  # those thanks words
    # Words people write but do not say to the phone line, added to the content's [words] lists
    # for the SMS only (Ukrainian: the Russian many refugees write in).
    extra_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    office_names: frozenset[str] = frozenset()  # the office by a popular name: weak help, as weak_help
    clock: re.Pattern | None = None  # a time on the clock: with `visit`, the hours
    # Round seven (Polish; None or empty leaves the line as before): coming to the office ("gdzie" with it
    # asks for the address), a cry for help as the whole message, signs that are danger together, a length
    # of time in hours (not the office's hours), the word list of other offices' matters (said with only
    # "gdzie"/"kiedy"/"o której" they get the keyword list, as on the phone).
    come: re.Pattern | None = None
    cry: re.Pattern | None = None
    danger_together: tuple[tuple[re.Pattern, ...], ...] = ()
    duration: re.Pattern | None = None
    other_offices: str | None = None
    advert: re.Pattern | None = None  # an advertisement (the folded text, no "?"): the keyword list
    office_papers: re.Pattern | None = None  # papers for this office: "gdzie wysłać wniosek pocztą" is the address
    thanks_for: str | tuple[str, ...] = ""  # the words after which a thanks names what it is for: "za" ("dziękuję za pomoc")
    thanks_opening: bool = False
    thanks_apart: bool = False  # round twenty-five: a sentence that only thanks is not read beside another that asks
    own_coming_moved: re.Pattern | None = None  # round twenty-five: the writer's own coming called off and moved (folded)
    fillers: frozenset[str] = frozenset()  # folded words dropped before matching (round eight)
    weak_beside_addiction: tuple[str, ...] = ()  # help words (by their beginning) that say nothing beside addiction
    # Two neighbouring letters swapped ("pjie" for "pije"), mended when the word is no word of the language and
    # the swap gives a word of the lists (round eight; the matcher's own typo tier starts at five letters).
    swapped_letters: bool = False
    # Round eight, both languages: a question's words (a thanks with one of them asks something), the end of
    # the text that is a signature (None: none), a first name (after "pani": whom the thanks is for), the
    # words that lead an hours phrase as "when" does ("коли засідає": weak beside a named topic).
    question_words: frozenset[str] = frozenset()
    signature: Callable[[str], int | None] | None = None
    first_name: Callable[[str], bool] = is_first_name
    address_words: frozenset[str] = frozenset()
    address_fond: frozenset[str] = frozenset()  # round sixteen: "pani kochanej", as a first name after "pani"
    when_leads: frozenset[str] = frozenset()
    known_word: Callable[[str], bool] | None = None  # a word of the language's dictionary (a near word of it is no typo)
    in_passing: re.Pattern | None = None  # words that name no topic where they stand ("в телефоні"): dropped  # a message opening with a thanks, asking nothing known, is a thanks (round eight)
    greetings: frozenset[str] = frozenset()  # a greeting's words and who it greets, as a whole message
    # Round nine (Polish): "kiedy" anywhere beside coming or going (`visit`) asks for the hours ("ja iść urząd
    # kiedy gdzie": word order without endings, as some deaf residents write; "gdzie z tym iść" stays the topic).
    when_asks: frozenset[str] = frozenset()
    signed_role: re.Pattern | None = None  # a signature by role at the end ("… Sołtys"): left out before matching
    on_behalf: re.Pattern | None = None  # on whose behalf a thanks is sent: left out of the thanks
    arrived: frozenset[str] = frozenset()  # beside a thanks, the two words before one of these are what arrived
    arrived_after: bool = False  # round ten (Ukrainian): and the two words after ("отримала вугілля, дякую")
    # Round nine: coming (`come`) as the only word of the address, beside the hours and without these words ("jak",
    # "gdzie"), asks whether there is time to come ("ile czasu mam, żeby dojechać, zanim zamkniecie"): the hours only.
    how_words: frozenset[str] = frozenset()
    date: re.Pattern | None = None  # a date in figures (groups day, month): a day asked about, as a named one
    months: Mapping[str, int] = field(default_factory=dict)  # a month's name in `date` -> its number
    greeting_addressees: frozenset[str] = frozenset()
    # Round ten (Polish; None or empty leaves the line as before).
    callback_declined: re.Pattern | None = None  # "nie trzeba oddzwaniać": no call-back, in one part of the text
    worker_visit: re.Pattern | None = None  # a worker coming (folded): a day beside it is the visit's, not the hours
    negatable: frozenset[str] = frozenset()  # topics whose words right after "nie" are denied ("nie piję")
    dialect: Mapping[str, str] = field(default_factory=dict)  # folded dialect word -> the word it stands for
    thanks_near: bool = False  # a word one letter off a thanks word, and no word itself, is that word ("dzienki")
    autocorrected: tuple[tuple[re.Pattern, str], ...] = ()  # a phone's autocorrection undone (pattern, replacement)
    unjoin: Callable[[str], str] | None = None  # words run together read apart (ivr.textline.joined)
    other_office_names: frozenset[str] = frozenset()  # other offices by name: beside their matter, no topic
    # round twenty-four: help named only by what the office handles ("czy u was można załatwić"), folded: beside another
    # office's matter ("… zwrot podatku …, czy to skarbówka?") it asks about that matter, not this office's help
    handled_asked: re.Pattern | None = None
    office_street: re.Pattern | None = None  # the street in the office's address (group 1)
    street_phrases: tuple[str, ...] = ()  # "na {street}": the office's street named asks for the address
    errand: re.Pattern | None = None  # papers brought for a matter: what the visit is for, not asked about
    asking: re.Pattern | None = None  # in a long letter, a sentence that asks or requests (the rest is its story)
    quote_asked: re.Pattern | None = None  # the writer asks whether the quoted matter is the office's ("czy to u was")
    quoted: re.Pattern | None = None  # a quoted or forwarded text: topics from the writer's own words when they name any
    still: re.Pattern | None = None  # the danger goes on (folded): a `not_now` phrase does not make it over
    danger_inside: re.Pattern | None = None  # words that may stand inside a danger phrase: read without them too
    # Round eleven (Polish; None or empty leaves the line as before).
    stretched: re.Pattern | None = None  # a letter held down ("POMOCYYY"): the run read as one letter
    arrived_when: frozenset[str] = frozenset()  # when it arrived, after `arrived` ("przywieźli wczoraj")
    local_digits: int = 0  # the office's number without its area code: its last digits, this many
    own_writing: re.Pattern | None = None  # the writer's own writing about something ("nie chcę pisać o tym"): no stop
    own_writing_beside_call: re.Pattern | None = None  # the same beside a call-back asked for ("zadzwońcie, nie chcę pisać")
    callback_allowed: re.Pattern | None = None  # a call allowed with the writer's number ("można dzwonić 502…"): asked
    day_with_clock: bool = False  # a day named with a time on the clock ("w pon do 16") asks the hours
    street_numbered: bool = False  # the office's street (office_street) with a house number asks for the address
    restore_letters: Callable[[str], str] | None = None  # Polish letters restored: danger read on that text too
    asked_alone: bool = False  # a reply to an answer, a word and "?" ("jutro?", "a tel?"): asked, not a goodbye
    # Round twelve (Polish; None or empty leaves the line as before).
    someone_for: re.Pattern | None = None  # someone who handles a matter (folded): beside the matter, not the hours
    thanks_to: tuple[str, frozenset[str]] | None = None  # "dzięki" with whom: what follows is what it is for
    received: frozenset[str] = frozenset()  # a verb of receiving beside a thanks: the words after, what was received
    # Round thirteen (Polish; empty leaves the line as before).
    relative: frozenset[str] = frozenset()  # "co" right before what arrived: "which", no question word
    helped: frozenset[str] = frozenset()  # help received told in the past beside a thanks: what it is for
    requests: frozenset[str] = frozenset()  # words of a request: beside them, help told is no thanks only
    # Round fourteen (Polish; empty leaves the line as before).
    other_office_matter: tuple[re.Pattern, ...] = ()  # signs that together name another office's matter (folded)
    this_office_need: re.Pattern | None = None  # beside them, a need that makes it this office's matter too (folded)
    danger_written: tuple[tuple[re.Pattern, ...], ...] = ()  # signs together on the lower-case text, figures kept
    feast_phrases: tuple[tuple[re.Pattern, tuple[int, int]], ...] = ()  # feasts of several words (folded) -> (month, day)
    after_feast: str = ""  # the word before a feast that asks for the first open day after it ("po Nowym Roku")
    own_plan: frozenset[str] = frozenset()  # the writer's own coming told beside a thanks ("trafię"): part of it
    own_call_denied: re.Pattern | None = None  # the writer's own call denied ("nie zadzwonię"): no call-back by it
    to_someone_close: Callable[[str], bool] | None = None  # a text meant for someone close ("Kasiu kup chleb"): the menu
    # Round fifteen (Polish; empty or None leaves the line as before).
    driven: frozenset[str] = frozenset()  # "mnie" before an `own_plan` verb ("syn mnie zawiezie"): part of the plan
    self_told: frozenset[str] = frozenset()  # who writes ("ja głuchy"): beside a thanks word, part of the thanks
    amount_elsewhere: re.Pattern | None = None  # the amount asked beside another office's matter: that matter's
    money_arrives: re.Pattern | None = None  # money or post that comes ("kiedy przyjdzie przelew"): no coming to the office
    told_over: tuple[tuple[re.Pattern, ...], ...] = ()  # signs together that tell a danger as over (folded), as `not_now`
    keyword_sentences: bool = False  # a sentence of keywords alone ("numer?") asks them beside the rest (round sixteen)
    papers_elsewhere: tuple[re.Pattern, ...] = ()  # another office's document, and this office named: papers for which
    # Round seventeen (Polish; None leaves the line as before).
    which_office: re.Pattern | None = None  # the whole text asks only whether this is the office ("czy to gops?"): the menu
    # Round nineteen (Polish; None or False leaves the line as before).
    not_for_us: re.Pattern | None = None  # a text said not to be meant for the office, or cancelled at its end (folded)
    text_reply: re.Pattern | None = None  # round twenty: a reply asked by text to a number given (as written)
    greeting_halves: frozenset[str] = frozenset()  # round twenty: "Dzień" alone (folded)
    mass_sent: tuple[re.Pattern, re.Pattern] | None = None
    media_story: tuple[re.Pattern, re.Pattern, re.Pattern] | None = None  # round twenty: the media, a harm, a reaction (folded)  # round twenty: a link (as written) and pay or click (folded)
    cry_in_fragments: bool = False  # a cry ("pomocy") as a fragment of its own, the rest asking nothing: danger
    wishes: re.Pattern | None = None  # a wish's words (folded): a letter of wishes and thanks only is a thanks
    called_before: tuple[re.Pattern, re.Pattern] | None = None  # a call told as made (folded), and the same asked or missed
    outcome_told: re.Pattern | None = None  # round twenty-two: a part of a thanks telling the good outcome (folded, whole)
    where_asked: re.Pattern | None = None  # round twenty-two: "gdzie" asking the place itself, beside a topic too (folded)
    joy: frozenset[str] = frozenset()  # joy told in a part of a thanks ("mama była bardzo szczęśliwa"): part of it
    thanked_when: re.Pattern | None = None  # when the thing thanked for was done, at its end ("… przed świętami")
    # Round eighteen (Polish; empty leaves the line as before).
    harmed_whom: frozenset[str] = frozenset()  # whom a harm told in two words is done to ("mnie bil"), folded
    # Round twenty-one (Polish; None leaves the line as before).
    wished_for_when: re.Pattern | None = None  # a wish's time at the end of a part of a thanks ("… zdrowia na Nowy Rok")
    own_mistake: re.Pattern | None = None  # the writer's own mistake owned (folded), read after the last "?" too
    wished_to_us_too: re.Pattern | None = None  # a wish sent by mistake, then extended to the office too (folded)
    collect: re.Pattern | None = None  # collecting something (folded): "gdzie" beside it and the hours asks the address
    visit_thanked: re.Pattern | None = None  # a worker's visit told as done beside a thanks ("pani była u mamy"): thanked for
    # Round twenty-three (Polish; empty leaves the line as before).
    fear_not_danger: tuple[tuple[re.Pattern, re.Pattern], ...] = ()  # a fear (as written) that is none beside its sign
    genuine_number: tuple[re.Pattern, re.Pattern] | None = None  # the genuine number asked (folded) beside a scam (as written)
    number_current: re.Pattern | None = None  # whether a number the writer has is still current (folded): the address card
    who_answers: re.Pattern | None = None  # who writes asked, a person or a bot (folded): the rest asking nothing, the menu
    # Round twelve (Ukrainian; False leaves the line as before).
    danger_by_sentence: bool = False  # danger read in each sentence too: a "не" or a "not meant" ends with its sentence
    # Round thirteen (Ukrainian; None leaves the line as before): a later part of a thanks that names more of what it is
    # for ("дякуємо за пакунки, діти були раді, особливо за солодке"): its words from "за" on are what it is for.
    thanks_more: re.Pattern | None = None
    # Round twenty-seven (Polish; None leaves the line as before): laughter, and the turn to what is meant after it
    # ("… hehe. a na serio to do której jesteście?"): only what follows the turn is read, a question there.
    joke_turn: tuple[re.Pattern, re.Pattern] | None = None
    # Round twenty-two (Ukrainian; None leaves the line as before): a letter of thanks telling the help received and what came
    # of it, asking and requesting nothing (read after danger, stop and a call-back): a thanks, whatever help it names.
    thanks_letter: Callable[[str], bool] | None = None
    # Round twenty-eight (Polish; unset leaves the line as before): a part of a thanks that tells the thing thanked for
    # enjoyed, a joy word with a story after it ("wszystko smakowało a te pierniki wnuczek zjadł od razu"), asking and
    # naming nothing, is part of the thanks; and whom the good outcome is owed to ("dzięki wam i komisji jest trzeźwy",
    # folded), as help told as received ("pomogliście").
    joy_story: bool = False
    helped_by: re.Pattern | None = None


POLISH = Rules(
    code="pl", matcher=Matcher, fold=fold, is_generic=is_generic,
    thanks_extra=SMS_THANKS_EXTRA, thanks_strong=SMS_THANKS_STRONG, stop=STOP_PATTERN, stop_word=STOP_WORD,
    start=START_PATTERN, privacy=PRIVACY_PATTERN, callback=CALLBACK_PATTERN, callback_not=CALLBACK_NOT,
    day_words=DAY_WORDS, relative_days=RELATIVE_DAYS, abbreviations=ABBREVIATIONS, keyword_topics=KEYWORD_TOPICS,
    weak_help=WEAK_HELP, visit=VISIT, keywords=KEYWORDS, left_out_hint=LEFT_OUT_HINT, closed="nieczynne",
    next_working_day="w najbliższy dzień pracy ośrodka", office_phone="OPS: tel. {telefon}.",
    feast_days=FEAST_DAYS, negation="nie", not_understood=NOT_UNDERSTOOD, office_names=OFFICE_NAMES, clock=CLOCK,
    come=COME, cry=CRY, danger_together=(*DANGER_TOGETHER, CHILD_ALONE, CHILD_EXPOSED, NO_SENSE, WANDERED, NEGLECTED, FAREWELL, UNREACHABLE, HEARD_CRYING, STROKE, PURSUED, LYING_SILENT, SECRET_WRITING, NUMB_SIDE, OWN_END,
                                    NO_SIGN_OF_LIFE, OVERDOSE, COLD_HUNGRY, *DESPAIR, LYING_OUTSIDE, COLD_CHILDREN,
                                     BEDRIDDEN_NOT_EATING, UNREACHABLE_COLD, SILENT_AT_HOME, FLED_HOME,
                                     THREAT_IF_TOLD, STILL_LYING, DOOR_UNREACHED, COLD_BEDRIDDEN, RAGING_NO_CALL,
                                     CALL_OVERHEARD, LOCKED_IN, FAREWELL_SENT, FAREWELL_THANKS, MEDICINE_GONE_UNWELL,
                                     FUMES_FELT, COLD_CUT_OFF, COLD_NUMB, ENDING_IT_SAID), duration=DURATION, other_offices="elsewhere",
    extra_words=POLISH_SMS_WORDS, fillers=FILLERS, weak_beside_addiction=MONEY + TALK, swapped_letters=True,
    in_passing=POLISH_IN_PASSING, known_word=is_polish_word,
    question_words=THANKED_FOR_STOP, signature=polish_signature, address_words=ADDRESS_WORDS, address_fond=ADDRESS_FOND,
    when_asks=frozenset(("kiedy",)), date=DATE, months=MONTHS, signed_role=SIGNED_ROLE, on_behalf=ON_BEHALF, arrived=ARRIVED, how_words=frozenset(fold("jak gdzie ktoredy adres dojazd").split()),
    callback_declined=CALLBACK_DECLINED, unjoin=unjoin, autocorrected=AUTOCORRECTED,
    negatable=frozenset(("addiction",)), dialect=DIALECT, thanks_near=True, worker_visit=WORKER_VISIT, danger_inside=DANGER_INSIDE, still=STILL, quoted=QUOTED, quote_asked=QUOTE_ASKED, asking=ASKING, errand=ERRAND,
    office_street=re.compile(r"\bul\.?\s+([^\W\d]+)", re.IGNORECASE), street_phrases=("na {street}", "przy {street}",
                                                                                      "ulica {street}", "ul {street}"), other_office_names=frozenset(("zus", "krus")), handled_asked=re.compile(r"\bzalatw"),
    stretched=STRETCHED, arrived_when=ARRIVED_WHEN, local_digits=LOCAL_DIGITS, own_writing=OWN_WRITING,
    own_writing_beside_call=OWN_WRITING_BESIDE_CALL, callback_allowed=CALLBACK_ALLOWED, day_with_clock=True,
    street_numbered=True, restore_letters=restore_letters, asked_alone=True,
    prepare=prepare_polish, someone_for=SOMEONE_FOR, thanks_to=THANKS_TO, received=RECEIVED,
    relative=RELATIVE, helped=HELPED, requests=REQUESTS, other_office_matter=PENSION_ELSEWHERE, this_office_need=PENSION_WITHHELD, danger_written=(COLD_FRAIL, DRUNK_IN_FROST),
    to_someone_close=to_someone_close, own_call_denied=OWN_CALL_DENIED, own_plan=OWN_PLAN, which_office=WHICH_OFFICE, not_for_us=NOT_FOR_US, mass_sent=MASS_SENT, media_story=MEDIA_STORY, greeting_halves=GREETING_HALVES, text_reply=TEXT_REPLY, cry_in_fragments=True, wishes=WISHES, called_before=(CALLED_BEFORE, CALL_WISHED),
    where_asked=WHERE_ASKED, outcome_told=OUTCOME_TOLD,
    fear_not_danger=FEAR_NOT_DANGER, genuine_number=GENUINE_NUMBER, number_current=NUMBER_CURRENT,
    who_answers=WHO_ANSWERS,
    joy=JOY, thanked_when=THANKED_WHEN, wished_for_when=WISHED_FOR_WHEN, own_mistake=OWN_MISTAKE, wished_to_us_too=WISHED_TO_US_TOO, collect=COLLECT, harmed_whom=HARMED_WHOM, visit_thanked=VISIT_THANKED,
    driven=DRIVEN, self_told=SELF_TOLD, amount_elsewhere=AMOUNT_ELSEWHERE, money_arrives=MONEY_ARRIVES,
    papers_elsewhere=PAPERS_ELSEWHERE, told_over=(FIRE_OVER, ILLNESS_OVER, CHILDHOOD_OVER), joke_turn=(JOKE_LAUGH, JOKE_TURN), keyword_sentences=True,
    feast_phrases=FEAST_PHRASES, after_feast=AFTER_FEAST,
    joy_story=True, helped_by=HELPED_BY,
    advert=ADVERT, office_papers=OFFICE_PAPERS, thanks_for=THANKED_FOR, thanks_opening=True, thanks_apart=True, own_coming_moved=OWN_COMING_MOVED, greetings=SMS_GREETINGS, greeting_addressees=GREETING_ADDRESSEES,
)
# Round twenty-nine (ivr/textline/situation.py): the house cold beside someone who stopped eating or drinking, and living
# itself too hard ("nie dam rady żyć"), are danger; a fracture told as over ("jestem po złamaniu biodra") is none; "leży"
# beside the drinking is no care need. Added to the rules built above, so that the list of them stays as it was.
POLISH = replace(POLISH, danger_together=(*POLISH.danger_together, (situation.COLD_AT_HOME, BEDRIDDEN_NOT_EATING[1]),
                                           situation.LIVING_TOO_HARD),
                 fear_not_danger=(*POLISH.fear_not_danger, (situation.AFTER_FRACTURE, situation.AFTER_FRACTURE)),
                 weak_beside_addiction=POLISH.weak_beside_addiction + situation.LYING_BESIDE_DRINK)
# Round thirty (texts about someone else): everyone better off without the writer or him ("brat pisze, że wszystkim
# będzie lepiej bez niego") and the power cut where someone lives on oxygen ("odcięli prąd, a ona jest na koncentratorze")
# are danger.
POLISH = replace(POLISH, danger_together=(*POLISH.danger_together, (situation.BETTER_WITHOUT,), situation.DEVICE_UNPOWERED))
# Round thirty-one (a question first, the danger on the way): a small child sick and drowsy, an engine running in a shut
# garage, a drunk at the wheel with a child, a wound gone bad with a fever, not up and dazed, the writer writing in hiding
# from a drunk, no longer anyone's burden, a fallen face with speech gone, a drunk smoking in bed; and a harm told over by
# the recovery after it ("zabrali go …, leży pod opieką i już lepiej").
POLISH = replace(POLISH, danger_together=(*POLISH.danger_together, situation.SICK_INFANT, situation.ENGINE_SHUT_IN,
                                           situation.DRUNK_AT_WHEEL, situation.NOT_UP_DAZED,
                                           situation.WRITING_HIDDEN, situation.BURDEN_NO_MORE, (STROKE[0], situation.STROKE_MORE),
                                           situation.SMOKING_DRUNK_IN_BED),
                 told_over=(*POLISH.told_over, situation.RECOVERED, situation.SETTLED),
                 # read on the text with its figures ("ma 39 stopni", "ma 7 miesięcy")
                 danger_written=(*POLISH.danger_written, situation.WOUND_FEVER, situation.SICK_INFANT))


@dataclass(frozen=True)
class Reply:
    # "hours", "contact", "help", "care", "food", "heating", "child_benefit", "addiction", "danger", "callback",
    # "stop", "start", "thanks", "menu", "carrier", "privacy", or several topics joined by "+"
    topic: str
    text: str | None  # the first reply; None: no reply from the line (Twilio answers carrier keywords)
    more: tuple[str, ...] = ()  # one further reply per further topic asked for
    left_out: tuple[str, ...] = ()  # topics asked for but not answered (over the segment budget)
    lang: str = "pl"  # the language of the texts (ivr.textline.lines picks it by the message's)

    @property
    def texts(self) -> tuple[str, ...]:
        """Every SMS to send, each within 3 segments."""
        return (self.text, *self.more) if self.text else ()


def left_out_hint(topics, rules: Rules = POLISH) -> str:
    return rules.left_out_hint.format(keywords=", ".join(dict.fromkeys(rules.keywords[topic] for topic in topics)))


def within_budget(answers: list[tuple[str, list[str]]], budget: int,
                  rules: Rules = POLISH) -> tuple[list[str], list[str]]:
    """The texts to send and the topics left out: the first answer whole, then each further one
    while it fits in `budget` segments with room for the hint when anything is left out."""
    sent = list(answers[0][1])
    used = sum(map(segments, sent))
    left_out: list[str] = []
    for topic, texts in answers[1:]:
        cost = sum(map(segments, texts))
        if left_out or used + cost > budget:
            left_out.append(topic)
            continue
        sent += texts
        used += cost
    # Room for the hint: give back the last further answers taken until it fits.
    taken = [(topic, texts) for topic, texts in answers[1:] if topic not in left_out]
    while left_out and taken and used + segments(left_out_hint(left_out, rules)) > budget:
        topic, texts = taken.pop()
        del sent[len(sent) - len(texts):]
        used -= sum(map(segments, texts))
        left_out.insert(0, topic)
    return sent, left_out


def is_carrier_keyword(body: str) -> bool:
    return body.strip().upper() in CARRIER_KEYWORDS


def numbers_in(body: str) -> tuple[str, ...]:
    """Phone numbers written in the text, in E.164 form ("600 100 200" -> "+48600100200")."""
    found = []
    for match in phonenumbers.PhoneNumberMatcher(body, "PL", leniency=phonenumbers.Leniency.VALID):
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if number not in found:
            found.append(number)
    return tuple(found)


def _one_edit(written: str, word: str) -> bool:
    """One letter added, left out or changed ("dzienki", "dzieki"), not the same word."""
    if written == word or abs(len(written) - len(word)) > 1:
        return False
    if len(written) == len(word):
        return sum(a != b for a, b in zip(written, word)) == 1
    short, long_ = sorted((written, word), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def day_text(day: date, today: date, language: Language | None = None) -> str:
    """'jutro, w poniedziałek 7 grudnia' / 'w poniedziałek 7 grudnia': a date in full
    (in Ukrainian 'завтра, у понеділок 7 грудня')."""
    language = language or POLISH_LANGUAGE
    named = f"{language.weekday_on[day.weekday()]} {day.day} {language.month_genitive[day.month]}"
    return f"{language.tomorrow}, {named}" if day == today + timedelta(days=1) else named


class TextLine:
    """Replies of the text line for one content version."""

    def __init__(self, content: Content, schedule: Schedule, rules: Rules = POLISH):
        self.rules = rules
        self.language = content.language
        Matcher, fold, is_generic = rules.matcher, rules.fold, rules.is_generic  # noqa: N806 - the language's
        word_lists = {name: (*content.words.get(name, ()), *rules.extra_words.get(name, ()))
                      for name in (*content.words, *rules.extra_words)}
        street = rules.office_street.search(content.office.address) if rules.office_street is not None else None
        if street:  # round ten: the office's street named ("który to numer na Poznańskiej") asks for the address
            word_lists["contact"] = (*word_lists.get("contact", ()),
                                     *(phrase.format(street=street.group(1)) for phrase in rules.street_phrases))
        # round eleven: the office's street with a house number ("Poznańska 5 czy 15?") asks for the address
        self._street_numbered = re.compile(
            rf"\b(?:{re.escape(street.group(1)[:-1].lower())}|{re.escape(fold(street.group(1))[:-1])})\w*"
            # round thirty: or the house number asked after it ("Poznańska, który numer?", "Poznanska jaki nr")
            r"(?:\s*\d+[a-z]?\b|\s*,?\s*(?:kt[oó]ry|jaki)\s+(?:to\s+|jest\s+)?(?:numer|nr)\b(?!\s+(?:telefonu|tel|do|komork)))",
            re.IGNORECASE) if street and rules.street_numbered else None
        self.texts = content.sms
        self.schedule = schedule
        self._weekly = content.weekly
        self._notices = content.notices
        vocabulary = {
            topic: tuple(dict.fromkeys(word for name in lists for word in word_lists.get(name, ())))
            for topic, lists in TOPIC_WORDS.items()
        }
        self._matcher = Matcher(vocabulary, negatable=rules.negatable)
        # Each topic on its own, by its specific words only: "pomoc" alone asks for help,
        # but in "pomoc przy alkoholu" it only says that help is wanted.
        self._specific = {
            topic: Matcher({topic: [w for w in words if not all(map(is_generic, fold(w).split()))]},
                           negatable=rules.negatable & {topic})
            for topic, words in vocabulary.items()
        }
        # The same by exact word, inflection or lemma only: a near word of one topic that is
        # another topic's own word ("zamykacie": the hours, not a sound change of a help word).
        self._firm = {
            topic: Matcher({topic: [w for w in words if not all(map(is_generic, fold(w).split()))]}, strict={topic})
            for topic, words in vocabulary.items()
        }
        # Each weak-worded topic by its strong words only: a weak word ("gdzie", "jutro", "ośrodek") is
        # weak only where no strong word of the same topic is written too ("gdzie ... adres").
        self._when = frozenset(fold(w) for w in word_lists["when"])
        # a day or time of day in any inflection ("od rana"), as a whole matched word
        self._when_firm = Matcher({"when": word_lists["when"]}, strict={"when"})
        self._list_words = frozenset(w for items in word_lists.values() for item in items for w in fold(item).split())
        self._where = frozenset(fold(w) for w in word_lists["where"])
        person = frozenset(fold(w) for w in word_lists.get("person", ()))
        strong_words = {
            # and not a phrase led by "when" ("коли засідає": weak beside a named topic, as "kiedy" is)
            "hours": [w for w in vocabulary["hours"] if fold(w) not in self._when
                      and not (len(fold(w).split()) > 1 and fold(w).split()[0] in rules.when_leads)],
            "contact": [w for w in vocabulary["contact"] if fold(w) not in self._where],
            "help": [w for w in vocabulary["help"] if not self._weak_help(fold(w), written=False)],
        }
        self._strong = {topic: Matcher({topic: [w for w in words if not all(map(is_generic, fold(w).split()))]},
                                       strict={topic}) for topic, words in strong_words.items()}
        # A worker asked to come ("pracownik socjalny mógłby przyjść do mamy"): the visit, not the address card,
        # unless the address or a phone is asked for by its own words.
        self._visit = Matcher({"visit": word_lists["visit"]}, strict={"visit"}) if word_lists.get("visit") else None
        # "Czy ktoś jest w biurze?", "jesteście już?": the hours with the live status (by the words themselves).
        self._present = Matcher({"present": word_lists["present"]}, strict={"present"}) if word_lists.get("present") else None
        self._person = Matcher({"person": word_lists["person"]}, strict={"person"}) if word_lists.get("person") else None
        self._contact_own = Matcher({"contact": [w for w in vocabulary["contact"]
                                                 if fold(w) not in self._where and fold(w) not in person]},
                                    strict={"contact"})
        self._thanks = frozenset(w for name in THANKS_WORDS for item in word_lists[name] for w in fold(item).split())
        # the words of thanks a typo is mended to (round ten: "dzienki"), of 5+ letters
        self._thanks_near_words = sorted(w for w in rules.thanks_strong if len(w) >= 5 and w.startswith("dzi"))
        self._help = Matcher({
            topic: tuple(dict.fromkeys(word for name in lists for word in word_lists.get(name, ())))
            for topic, lists in HELP_WORDS.items()
        })
        # Danger by the word itself, its inflection or lemma (a near word is no danger: "Zimina" is not
        # "z zimna"), not right after "nie"; phrases that share a danger word but mean none ("telefon
        # nie odpowiada") cover it, as on the phone.
        guards = {name: word_lists[name] for name in ("not_meant",) if word_lists.get(name)}
        danger = [word for word in word_lists["danger"] if not PHONE_ONLY_DANGER.search(fold(word))]
        self._danger = Matcher({"danger": danger, **guards}, strict={"danger", *guards}, negatable={"danger"})
        # Danger told from a screen or long ago ("w tv widziałam o przemocy"): where to get help, not 112.
        self._not_now = Matcher({"not_now": word_lists["not_now"]}, strict={"not_now"}) if word_lists.get("not_now") else None
        self._callback = Matcher({"callback": word_lists["callback"]})
        # Another office's matter ("dowód osobisty", "wypłata emerytury z ZUS") beside every topic word: a
        # longer phrase covers the shorter one ("bank żywności" is food, not a bank), the words of the other
        # matter are then not read as a topic's ("podatek" is not a near "dodatek").
        others = word_lists.get(rules.other_offices) if rules.other_offices else None
        self._other_offices = Matcher({"topic": tuple(w for words in vocabulary.values() for w in words),
                                       "not_meant": word_lists.get("not_meant", ()), "other": others},
                                      strict={"other", "not_meant"}) if others else None
        self._landline = content.office.landline
        # The office's own numbers: written in a text they ask about the office, never for a call-back to them.
        self._office_numbers = frozenset(numbers_in(f"{content.office.landline}, {content.office.mobile}"))

    def answer(self, body: str, now: datetime, topics: tuple[str, ...] | None = None) -> Reply:
        """The replies to a message; `topics`: what it asks for when already known (another
        language's rules understood it), else this line's own reading."""
        if is_carrier_keyword(body):
            return Reply("carrier", None, lang=self.rules.code)
        topics = topics or self.topics(body)
        if topics[0] == "privacy":  # the notice in two SMS (MAX_REPLY_SEGMENTS holds both)
            return Reply("privacy", self.texts["privacy"], (self.texts["privacy_rights"],), lang=self.rules.code)
        if topics[0] in ("danger", "callback", "stop", "start", "thanks", "menu"):
            return Reply(topics[0], self.single(topics[0], now), lang=self.rules.code)
        answers = []  # (topic, its texts)
        for topic in topics:
            texts = [self.hours(now, self.asked_day(body, now)) if topic == "hours" else self.topic_text(topic)]
            news = self.news(now) if topic == "hours" else None
            if news:  # after the hours: the closures of the coming week and the notices of the day
                texts.append(news)
            answers.append((topic, texts))
        sent, left_out = within_budget(answers, MAX_REPLY_SEGMENTS, self.rules)
        # Several things asked for and not all fit: the short hours and address, then also the
        # short help and addiction texts, so that none is left out ("GODZINY ADRES POMOC ALKOHOL").
        for shortened in SHORTENED:
            if not left_out:
                break
            short = [(topic, [self.short(topic, texts[0], now) if topic in shortened else texts[0], *texts[1:]])
                     for topic, texts in answers]
            sent_short, left_short = within_budget(short, MAX_REPLY_SEGMENTS, self.rules)
            if len(left_short) < len(left_out):
                sent, left_out = sent_short, left_short
        if left_out:
            sent.append(left_out_hint(left_out, self.rules))
        return Reply("+".join(topics), sent[0], tuple(sent[1:]), tuple(left_out), self.rules.code)

    def reply(self, body: str, now: datetime) -> str | None:
        """The first reply text, or None when the line must not answer."""
        return self.answer(body, now).text

    def topic(self, body: str) -> str:
        return "+".join(self.topics(body))

    def topics(self, body: str, _told: bool = False) -> tuple[str, ...]:
        """Danger; stop or start; a call-back; else every topic the message asks for, in
        TOPIC_WORDS order; a thank-you or greeting; or the menu."""
        rules = self.rules
        body = rules.prepare(body)
        if rules.stretched is not None:
            body = rules.stretched.sub(r"\1", body)  # round eleven: "POMOCYYY" is "POMOCY"
        if rules.unjoin is not None:
            body = rules.unjoin(body)  # round ten: "czyjestesciejutroczynni" is "czy jestescie jutro czynni"
        for wrong, right in rules.autocorrected:
            body = wrong.sub(right, body)  # round ten: "pracownik socjalistyczny" is "pracownik socjalny"
        if rules.dialect or rules.thanks_near:
            body = re.sub(r"\w+", self._standard_word, body)
        if rules.swapped_letters:
            body = self._mend_swaps(body)
        for feared, sign in rules.fear_not_danger:  # round twenty-three: "boję się oddzwaniać na tamten" after a scam
            if sign.search(body) and feared.search(body):
                body = feared.sub(lambda m: " " + (m.groupdict().get("keep") or "") + " ", body)  # round twenty-eight: "keep"
        if rules.code == "pl":  # round thirty-one: "boję się, że na luty nie starczy": a fear for the season to come, no harm
            body = situation.cut(situation.FEAR_AHEAD, body)
        if rules.code == "pl" and "?" not in body:  # round thirty: "Wesołych Świąt … od rodziny Nowaków 🎄": who signed
            body = situation.FAMILY_SIGNED.sub(" ", body)
        if rules.code == "pl":  # round thirty: "Przed laty sąsiad pił …, ale od 5 lat trzeźwy. … czy może dostać zasiłek?"
            when, sober, drank, now = situation.DRINKING_OVER
            told = situation.plain(body).lower()
            if when.search(told) and sober.search(told) and drank.search(told) and not now.search(told) and (
                    "?" in told or re.search(r"\bczy\b", told)):
                body = situation.cut(drank, situation.cut(sober, body))
        if rules.joke_turn is not None:
            body = self._after_joke(body)  # round twenty-seven: "zamarzam w tym biurze hehe. a na serio to do której …?"
        folded = rules.fold(body)
        words = folded.split()
        if words and (self.is_danger(body) or self._danger_signs(folded, body) or self._danger_written(body)):
            # round ten: told as over, but it goes on ("wyprowadził się, ale wraca i grozi"): danger still
            told_over = any(all(sign.search(folded) for sign in signs) for signs in rules.told_over)  # round fifteen
            if (self._not_now is None or not self._not_now.match(body)) and not told_over or (
                    rules.still is not None and rules.still.search(folded)):
                return ("danger",)
            if _told:  # the danger is in a phrase or in signs, not in single words: read once, no deeper
                return ("help",)
            rest = self._not_now_free(body)
            if rules.code == "pl" and "?" not in body and situation.ONLY_THANKING.search(situation.plain(body)):
                return ("thanks",)  # round twenty-nine: "… mąż pił i bił, … jest spokój. Piszę tylko, żeby podziękować komisji."
            if rules.not_for_us is not None and "?" not in body and rules.not_for_us.search(folded):
                return ("menu",)  # round nineteen: a harm told as over in a letter that says it only informs
            if self._media_story_only(body):
                return ("menu",)  # round twenty: "wczoraj w telewizji pokazywali, jak dziecko zamarzło …, straszne"
            found = self.topics(rest, _told=True)
            if found == ("help",) and rules.code == "pl":
                # round twenty-seven: the harm told as over in sentences of its own, a matter asked in the others that ask
                # ("Kilka lat temu chciałam ze sobą skończyć, dziś jest dobrze. … jaki jest numer do biura?"): that matter
                parts = [part for part in re.split(r"(?<=[.!?\n])\s+", body) if part.strip()]
                free = " ".join(part for part in parts if not (self.is_danger(part) or self._danger_signs(rules.fold(part), part)
                                                                or self._danger_written(part)) and (
                    "?" in part or rules.asking is not None and rules.asking.search(rules.fold(part))))
                if len(parts) > 1 and free and free != " ".join(parts):
                    asked = self.topics(free, _told=True)
                    if asked[0] not in ("menu", "thanks", "danger", "help"):
                        found = asked
            if rules.code == "pl" and found[0] not in ("callback", "stop", "start", "thanks", "menu", "danger"):
                # round thirty-one: a question first, then the harm told as over in the sentences after it ("do której
                # dzisiaj? tata wczoraj zasłabł, ale zabrali go …, już lepiej. muszę dowieźć dokumenty"): the question's
                # matter, not the matters the story names as settled (never one more than those; the address asked
                # in its own question stays the address, not the help text)
                parts = [part for part in re.split(r"(?<=[.!?\n])\s+", body) if part.strip()]
                if len(parts) > 1 and "?" in parts[0] and not (self.is_danger(parts[0]) or self._danger_signs(
                        rules.fold(parts[0]), parts[0]) or self._danger_written(parts[0])):
                    free = " ".join(part for part in parts if not (self.is_danger(part) or self._danger_signs(rules.fold(part), part)
                                                                    or self._danger_written(part)) and (
                        "?" in part or rules.asking is not None and rules.asking.search(rules.fold(part))))
                    asked = self.topics(free, _told=True)
                    if asked[0] not in ("menu", "thanks", "danger", "callback", "stop", "start") and (
                            set(asked) - {"contact"} <= set(found)):
                        return asked
            if found == ("thanks",) and (self._thanked_for_help(rules.fold(rest).split(), rest)
                                         or self._visit_thanked(rules.fold(rest), rest)):
                return found  # round thirteen: "w zeszłym roku mąż mnie pobił, pani Ania mi pomogła … chciałam podziękować"
            if rules.helped_by is not None and found[0] not in ("callback", "stop") and self._thanked_for_help(
                    rules.fold(rest).split(), rest):
                # round twenty-eight: the help told as received asking nothing, read as without the harm over (where it is
                # a thanks whatever it names): "w zeszłym roku mąż mnie pobił …, dzięki wam i komisji jest trzeźwy, dziękuję"
                return ("thanks",)
            if found[0] in ("callback", "stop", "start"):
                return found  # round thirty-one: "zadzwońcie … na ten numer. w listopadzie była awantura, … nie mieszka z nami"
            if self._asks_contact_itself(body):  # round eleven: "w tv mówili o przemocy …, jaki macie numer?"
                found = () if found[0] in ("menu", "thanks", "danger") else found
                return tuple(t for t in TOPIC_WORDS if t == "contact" or t in found) + tuple(
                    t for t in found if t not in TOPIC_WORDS)
            if found == ("menu",) and self._without_other_offices(rest)[1] and rules.told_over:
                return found  # round sixteen: a harm over, then another office's matter asked ("… podatek od psa")
            return found if found[0] not in ("contact", "menu", "thanks", "danger") else ("help",)
        if rules.money_arrives is not None:  # round fifteen: "kiedy przyjdzie przelew" is the money's coming, not the writer's
            arrived = rules.money_arrives.sub(lambda m: " " + (m.group("what") or "") + " ", body)
            if arrived != body:
                body, folded = arrived, rules.fold(arrived)
                words = folded.split()
        if rules.stop.search(self._without_own_writing(folded, body)):
            return ("stop",)
        if rules.start.match(folded):
            return ("start",)
        if rules.privacy.search(folded):
            return ("privacy",)
        if rules.to_someone_close is not None and rules.to_someone_close(body):
            return ("menu",)  # round fourteen: "Kasiu kup chleb i zadzwoń do babci" was meant for someone close
        if self.asks_callback(body):
            return ("callback",)
        if rules.genuine_number is not None and rules.genuine_number[0].search(folded) and rules.genuine_number[1].search(body):
            return ("contact",)  # round twenty-three: "… niby z opieki … przelać na konto … podajcie wasz prawdziwy numer"
        if rules.who_answers is not None and rules.who_answers.search(folded) and not self.specific_topics(
                rules.who_answers.sub(" ", folded)):
            return ("menu",)  # round twenty-three: "czy ja piszę z człowiekiem czy to jakiś bot?"
        if rules.which_office is not None and rules.which_office.match(folded):
            return ("menu",)  # round seventeen: "czy to gops?" asks only whether this is the office
        if rules.code == "pl" and self._only_office_doubt(body):
            return ("menu",)  # round twenty-nine: "Nie wiem czy dobrze piszę, wnuczek mi ustawił telefon. Czy to ta gmina?"
        if rules.not_for_us is not None and "?" not in body and rules.not_for_us.search(folded) or (
                rules.own_mistake is not None and "?" in body and rules.own_mistake.search(rules.fold(body.rsplit("?", 1)[1]))):
            if rules.wished_to_us_too is not None and rules.wished_to_us_too.search(folded):
                return ("thanks",)  # "… życzenia były do cioci, ale Wesołych Świąt też!": the office greeted too
            return ("menu",)  # round nineteen: "sorry to nie do was, do koleżanki miało iść"; "… to kasuj kasuj"; round
            # twenty-one: after the last question, "co ma 4 nogi i szczeka? haha sorry pomyłka numeru"
        if rules.mass_sent is not None and "?" not in body and rules.mass_sent[0].search(body) and (
                rules.mass_sent[1].search(folded)):
            return ("menu",)  # round twenty: "Twoja przesyłka oczekuje na dopłatę 1,99 zł. Opłać teraz: <link>"
        if self._media_story_only(body):
            return ("menu",)  # round twenty: "widzieliście reportaż w Uwadze o tej babci, co zamarzła? straszne"
        declined = self._without_declined_call(body)
        if declined != body and set(rules.fold(declined).split()) & rules.thanks_strong:
            # round thirteen: a call-back declined beside a thanks asks nothing ("nie trzeba już oddzwaniać, sprawa
            # załatwiona, dziękuję"); without one it stays round ten's keyword list ("nie trzeba oddzwaniać, już wiem")
            body, folded = declined, rules.fold(declined)
            words = folded.split()
        if len(words) == 1 and words[0] in rules.greeting_halves:
            return ("menu",)  # round twenty: "Dzień" sent alone, "dobry" to follow
        if words and all(len(w) == 1 for w in words) and not any(c.isdigit() for c in body):
            return ("menu",)  # "a", "k": a letter sent by mistake, not a thanks
        if words and all(w in self._thanks for w in words) and not (
                rules.asked_alone and "?" in body and set(words) & self._when):
            return ("thanks",)  # round eleven: "jutro?" asks the hours, though "to zadzwonię jutro" is a goodbye
        if any(w in rules.thanks_strong for w in words) and all(
                w in self._thanks or w in rules.thanks_extra or w in rules.self_told for w in words):
            return ("thanks",)  # "dziękuję bardzo za pomoc": a thanks, not a question about help
        if self._only_thanks(body):
            return ("thanks",)  # "dziękuję pani za pomoc z wnioskiem, Bóg zapłać"; wishes signed with a name
        if self._wishes_only(body):
            return ("thanks",)  # round nineteen: "… składam najserdeczniejsze życzenia zdrowia … w tej trudnej pracy"
        if rules.code == "pl" and self._thanks_with_story(body):
            return ("thanks",)  # round twenty-nine: "Dziękujemy za paczkę, wnuki się cieszyły jak nie wiem. Wesołych Świąt!"
        if self._thanked_for_help(words, body):
            return ("thanks",)  # round thirteen: "brat już nie pije, komisja bardzo pomogła, dziękuję wam"
        if self._visit_thanked(folded, body):
            return ("thanks",)  # round eighteen: "pani z opieki była u mamy w piątek, wszystko dobrze, dziękujemy"
        if rules.thanks_letter is not None and rules.thanks_letter(body):
            return ("thanks",)  # round twenty-two (Ukrainian): "Дякую за вугілля, вже привезли, в хаті тепло нарешті"
        if rules.own_coming_moved is not None and "?" not in body and rules.own_coming_moved.search(folded) and not (
                rules.asking is not None and rules.asking.search(folded)):
            return ("menu",)  # round twenty-five: "jutro nie przyjdę sprzątać, wnuczka chora, przyjdę w piątek"
        if rules.thanks_apart and "?" in body:
            # round twenty-five: a sentence that only thanks, with what for ("Dziękuję za wczorajszą pomoc przy wniosku."),
            # beside another that asks ("A czy między świętami jesteście?"): what was thanked for is not asked again
            sentences = [part for part in re.split(r"(?<=[.!?\n])\s+", body) if part.strip()]
            asked = " ".join(part for part in sentences if "?" in part or not self._only_thanks(part))
            if len(sentences) > 1 and asked != " ".join(sentences) and self.specific_topics(asked):
                body, folded = asked, rules.fold(asked)
                words = folded.split()
        if rules.advert is not None and rules.advert.match(folded) and "?" not in body:
            return ("menu",)  # "sprzedam drewno, tanio": an advertisement
        if rules.signed_role is not None:
            signed = rules.signed_role.search(body)
            if signed and signed.start() > 0:
                body = body[:signed.start()]  # "… Przywiozę panią Wandę samochodem. Sołtys": who writes
        body = " ".join(self._spelled_out(word) for word in body.split() if rules.fold(word) not in rules.fillers)
        if rules.duration is not None:
            body = rules.duration.sub(" ", body)
        if rules.in_passing is not None:
            body = rules.in_passing.sub(lambda m: " czy pracujecie " if m.groupdict().get("atwork") else " gdzie się mieści " if m.groupdict().get("sits") else (
                " " + (m.groupdict().get("keep") or m.groupdict().get("where") or m.groupdict().get("pause")
                       or m.groupdict().get("drunk") or m.groupdict().get("anywhere") or m.groupdict().get("claimed")
                       or m.groupdict().get("phone") or m.groupdict().get("located")
                       or m.groupdict().get("plan") or "") + " "), body)  # "drunk": round twelve (Ukrainian), the verb kept
        if rules.code == "pl":  # round twenty-nine: "nie słyszę przez telefon, to piszę"; "na komórkę mi nie wychodzi"
            body = situation.cut(situation.CALL_NOT_THROUGH, situation.cut(situation.HEARD_BY_PHONE, body))
            body = situation.cut(situation.WENT_ELSEWHERE, body)  # round thirty-one: "bo córka poleciała do apteki"
            body = situation.cut(situation.FUEL_HAD, body)  # round thirty-one: "syn przywiózł węgla i już dobrze"
        quoted_asked: tuple[str, ...] = ()
        if rules.quoted is not None:
            own = rules.quoted.sub(" ", body)
            # round ten: what the writer asks in their own words, not the announcement they quote; asked whether
            # the quoted matter is the office's ("czy to u was?"), that matter too, without its dates and places
            if own != body and rules.quote_asked is not None and rules.quote_asked.search(rules.fold(own)):
                quoted_asked = tuple(t for t in self.specific_topics(" ".join(rules.quoted.findall(body)))
                                     if t not in ("hours", "contact"))
            if own != body and (quoted_asked or self.specific_topics(own)):
                body = own
        if rules.asking is not None and len(body) >= LETTER_LENGTH:
            sentences = [part for part in re.split(r"(?<=[.!?\n])\s+", body) if part.strip()]
            asked = " ".join(part for part in sentences if rules.asking.search(rules.fold(part)) or "?" in part)
            if len(sentences) >= LETTER_SENTENCES and asked and self.specific_topics(asked):
                body = asked  # round ten: a letter's story around its questions is what the writer lived, not asks
        if rules.errand is not None and rules.errand.search(body):
            kept = rules.errand.sub(" ", body)
            if self.specific_topics(kept):
                body = kept  # round ten: "bo chcę przyjść z papierami od zasiłku": when to come is asked, not the benefit
        if rules.code == "pl":
            body = self._without_reason_elsewhere(body)  # round twenty-nine: "kiedy mogę przyjść? rano, bo po południu krowy"
        body, other_office = self._without_other_offices(body)
        if rules.other_office_matter and all(sign.search(rules.fold(body)) for sign in rules.other_office_matter) and not (
                rules.this_office_need is not None and rules.this_office_need.search(rules.fold(body))):
            other_office = True  # round fourteen: "ZUS mi obciął emeryturę": a pension beside ZUS is ZUS's matter
        if other_office and rules.amount_elsewhere is not None:
            body = rules.amount_elsewhere.sub(" ", body)  # round fifteen: "… emerytury z ZUS i ile dostanę": the pension's
        found = self.specific_topics(body)
        if rules.keyword_sentences and found:
            # round sixteen: a sentence of its own made of keywords ("ok a numer? i do której jesteście jutro") asks them
            # as "a numer?" alone does, though beside the hours the number is a weak word
            alone = {rules.keyword_topics[w] for part in re.split(r"[?!.\n]+", body)
                     if (ws := [w for w in rules.fold(part).split() if w not in ("i", "a")])
                     and all(w in rules.keyword_topics for w in ws) for w in ws}
            if alone - set(found):
                found = tuple(t for t in TOPIC_WORDS if t in found or t in alone) + tuple(
                    t for t in found if t not in TOPIC_WORDS)
        if self._street_numbered is not None and "contact" not in found and self._street_numbered.search(body):
            found = tuple(t for t in TOPIC_WORDS if t == "contact" or t in found) + tuple(
                t for t in found if t not in TOPIC_WORDS)  # round eleven: "Poznańska 5 czy 15?"
        if rules.number_current is not None and "contact" not in found and rules.number_current.search(rules.fold(body)):
            found = tuple(t for t in TOPIC_WORDS if t == "contact" or t in found) + tuple(
                t for t in found if t not in TOPIC_WORDS)  # round twenty-three: "ten numer co mam, dalej jest aktualny?"
        if quoted_asked:
            found = tuple(t for t in TOPIC_WORDS if t in found or t in quoted_asked) + tuple(
                t for t in found if t not in TOPIC_WORDS)
        if rules.code == "pl":
            found = self._present_beside(body, found)  # round twenty-nine: "800+ nie przychodzi. Czy jutro ktoś będzie?"
        if not found:
            match = self._matcher.match(body)
            found = (match.choice,) if match else ()
        if "help" in found:
            which = self._help.match(body)
            if which and which.choice != "help":
                found = tuple(which.choice if topic == "help" else topic for topic in found)
        if set(found) <= {"contact"} and rules.visit.search(folded) and (
                rules.clock is not None and rules.clock.search(body.lower()) or rules.date is not None and self._date_in(body)):
            # "czy mogę przyjść o 15.30", "czy 31.12 pracujecie"; beside the address too ("czy 16 XII o 7.30 można
            # przyjść i na jakiej ulicy to jest", round ten)
            found = ("hours", *found)
        if "hours" not in found and rules.day_with_clock and rules.clock is not None and rules.clock.search(body.lower()) \
                and any(w in forms for w in rules.fold(body).split() for forms in rules.day_words.values()):
            found = tuple(t for t in TOPIC_WORDS if t == "hours" or t in found) + tuple(
                t for t in found if t not in TOPIC_WORDS)  # round eleven: "poniedziałki też do 15?", "czy w pon do 16"
        if "hours" not in found and set(words) & rules.when_asks and rules.visit.search(folded):
            found = tuple(t for t in TOPIC_WORDS if t == "hours" or t in found) + tuple(
                t for t in found if t not in TOPIC_WORDS)  # "ja iść urząd kiedy gdzie"
        if other_office and rules.other_office_names and set(words) & rules.other_office_names and not (
                set(found) <= {"hours", "contact"}):
            # round ten: the other office named beside its matter ("czy ZUS już wysłał pity") is that matter's office,
            # not a topic of its own (ZUS alone names 800+, which it pays)
            kept = " ".join(w for w in body.split() if rules.fold(w) not in rules.other_office_names)
            if set(self.specific_topics(kept)) <= {"hours", "contact"}:
                found = tuple(t for t in found if t in ("hours", "contact"))
        if other_office and found == ("help",) and rules.handled_asked is not None and (handled := self._specific["help"].match(
                " ".join(w for w in body.split() if rules.fold(w) not in rules.other_office_names))) and rules.handled_asked.search(
                    rules.fold(handled.word)):
            found = ()  # round twenty-four: "czy u was można załatwić zwrot podatku": the other office's matter (ZUS named too)
        if other_office and set(found) <= {"hours", "contact"} and not self._asks_our_contact(body) and not (
                rules.office_papers is not None and rules.office_papers.search(folded) and not (
                    # round fifteen: "paszport …, gdzie się składa wniosek": the papers are for the other office
                    rules.papers_elsewhere and rules.papers_elsewhere[0].search(folded)
                    and not rules.papers_elsewhere[1].search(folded))):
            return ("menu",)  # "gdzie wyrobić dowód", "o której pasterka": another office's matter
        if found:
            return found
        if rules.stop_word.search(folded):
            return ("stop",)
        if self.is_thanks(words, body) or self._thanks_told(words, body):
            return ("thanks",)
        if set(numbers_in(body)) & self._office_numbers or self._names_office_digits(body):
            return ("contact",)  # "mam nr 61 817 61 30, czy on aktualny?": about the office's own number
        return ("menu",)

    def _thanks_with_story(self, body: str) -> bool:
        """Round twenty-nine: a thanks or wishes with a little story beside, asking nothing (no "?"): the writer saying
        nothing is asked ("nic nie potrzebuję, tylko chciałam napisać", "nie trzeba odpisywać"), how much the joy was
        ("cieszyły się jak nie wiem"), the matter told settled ("mama już przyjęta"), the papers it was about ("za pomoc
        z papierami do DPS") and a letter's closing ("Z poważaniem", as "pozdrawiam") left aside, the rest read as a thanks is (`_only_thanks`, `_wishes_only`)."""
        rules = self.rules
        if "?" in body:
            return False
        cleaned = situation.cut(situation.ONLY_THANKING, body, " dziękuję ")
        cleaned = situation.cut(situation.CLOSING, cleaned, " pozdrawiam ")
        for told in (situation.NOTHING_ASKED, situation.THANKS_STORY_WORDS, situation.STATE_TOLD):
            cleaned = situation.cut(told, cleaned)
        if rules.errand is not None:
            cleaned = situation.cut(rules.errand, cleaned)
        if cleaned == body:
            return False
        folded = rules.fold(cleaned)
        if not (set(folded.split()) & rules.thanks_strong or rules.wishes is not None and rules.wishes.search(folded)):
            return False
        return self._only_thanks(cleaned) or self._wishes_only(cleaned)

    def _only_office_doubt(self, body: str) -> bool:
        """Round twenty-nine: a text whose only question is whether it reached the office ("czy to jest ta gmina?", beside
        "nie wiem, czy dobrze piszę"), the rest a story asking nothing and naming no help or addiction: the keyword list."""
        rules = self.rules
        if "?" not in body or rules.asking is None or rules.which_office is None:
            return False
        which = False
        for clause in re.split(r"[,.;:!?\n]+", body):
            folded = rules.fold(clause)
            if not folded.strip():
                continue
            if situation.WHICH_COMMUNE.match(folded) or rules.which_office.match(folded):
                which = True
            elif situation.OFFICE_DOUBT.match(folded):
                continue
            elif rules.asking.search(folded) or set(self.specific_topics(clause)) & {"help", "addiction"}:
                return False
        return which

    def _without_reason_elsewhere(self, body: str) -> str:
        """Round twenty-nine: the writer's reason told after "bo" that names another office's place or matter ("do której
        jesteście, bo muszę jeszcze na pocztę", "kiedy mogę przyjść? rano, bo po południu krowy i obrządek"): why a time
        suits the writer, not that office's matter asked. The reason is left aside when it asks nothing and names no help or
        addiction of the office's own ("bo sąsiedzi pod sklepem piją" stays), and the rest asks the office something,
        naming no other office; else the text is read as before."""
        rules = self.rules
        reasons = [m.group(0) for m in situation.REASON.finditer(body)]
        elsewhere = [r for r in reasons if not (rules.asking is not None and rules.asking.search(rules.fold(r)))
                     and self._without_other_offices(r)[1]
                     and not set(self.specific_topics(self._without_other_offices(r)[0])) & {"help", "addiction"}]
        if not elsewhere:
            return body
        kept = body
        for reason in elsewhere:
            kept = kept.replace(reason, " ", 1)
        if self._without_other_offices(kept)[1] or not self.specific_topics(kept):
            return body
        return kept

    def _present_beside(self, body: str, found: tuple[str, ...]) -> tuple[str, ...]:
        """Round twenty-nine: whether someone will be there asked in a question ("Czy jutro ktoś będzie, żeby to sprawdzić?")
        beside the matter named (800+): the hours too, as the question alone asks them ("ktoś od 800+" is round
        eleven's someone for a matter, read as before)."""
        rules = self.rules
        if found and "hours" not in found and any(
                situation.DAY_COMING_ASKED.search(situation.plain(part).lower()) for part in re.split(r"(?<=[?.!\n])\s*", body)
                if "?" in part or situation.plain(part).lower().lstrip().startswith("czy ")):
            # round thirty: a day named in the question ("w piątek będzie ktoś od 800+?", "czy jutro można złożyć …")
            return tuple(t for t in TOPIC_WORDS if t == "hours" or t in found) + tuple(t for t in found if t not in TOPIC_WORDS)
        if not found or "hours" in found or "?" not in body or (
                rules.someone_for is not None and rules.someone_for.search(rules.fold(body))):
            return found
        if not any(situation.PRESENT_ASKED.search(situation.plain(part).lower())
                   for part in re.split(r"(?<=[?])\s*", body) if "?" in part):
            return found
        return tuple(t for t in TOPIC_WORDS if t == "hours" or t in found) + tuple(t for t in found if t not in TOPIC_WORDS)

    def _asks_our_contact(self, body: str) -> bool:
        """Round twenty-seven: a sentence that asks the office's own number or address in the second person ("a właściwie
        jaki macie numer telefonu?") and names no other office: asked beside another office named elsewhere in the text
        ("… w kolejce w przychodni"), it is the office's contact, not the other office's matter."""
        rules = self.rules
        if rules.asking is None or rules.code != "pl":
            return False
        return any(re.search(r"\b(?:macie|wasz\w*|was|wam)\b", rules.fold(part)) and self._asks_contact_itself(part)
                   and not self._without_other_offices(part)[1] for part in re.split(r"(?<=[.!?\n])\s+", body))

    def _after_joke(self, body: str) -> str:
        """Round twenty-seven: the text after the turn to what is meant ("a na serio", "ale nie o tym") when laughter marks
        the part before it as a joke and the part after asks something; the whole text otherwise (also when the joke's part
        tells a harm to the writer now, `Rules.still`)."""
        rules = self.rules
        laugh, turn = rules.joke_turn
        for found in turn.finditer(body):
            before, after = body[:found.start()], body[found.end():]
            if not laugh.search(before) or rules.still is not None and rules.still.search(rules.fold(before)) or (
                    JOKE_NOT.search(rules.fold(before))):
                continue
            if "?" in after or rules.asking is not None and rules.asking.search(rules.fold(after)):
                return after
        return body

    def _spelled_out(self, word: str) -> str:
        """An abbreviation written out ("tel." -> "telefon"); round eleven: a question's mark after it stays ("a tel?")."""
        bare = word.lower().rstrip(".:")
        if bare in self.rules.abbreviations:
            return self.rules.abbreviations[bare]
        core = bare.rstrip("?!,")
        if self.rules.asked_alone and core != bare and core.rstrip(".:") in self.rules.abbreviations:
            return self.rules.abbreviations[core.rstrip(".:")] + bare[len(core):]
        return word

    def _asks_contact_itself(self, body: str) -> bool:
        """Round eleven: a sentence that asks (a "?" or a question's word) for the number or the address by their own
        words ("jaki macie numer"), not a number only told of ("pokazywali numer")."""
        if self.rules.asking is None:
            return False
        rules = self.rules
        return any((self._contact_own.match(part) or any(rules.keyword_topics.get(w) == "contact" for w in rules.fold(part).split()))
                   and ("?" in part or rules.asking.search(rules.fold(part))) for part in re.split(r"(?<=[.!?\n,])\s+", body))

    def _without_own_writing(self, folded: str, body: str) -> str:
        """Round eleven: the folded text without the writer's own writing ("nie chcę pisać o tym"; "nie chcę pisać"
        beside a call-back asked for), which asks the line to stop nothing."""
        rules = self.rules
        if rules.own_writing is None or not rules.own_writing_beside_call.search(folded):
            return folded
        folded = rules.own_writing.sub(" ", folded)
        if rules.own_writing_beside_call.search(folded) and self.asks_callback(body):
            folded = rules.own_writing_beside_call.sub(" ", folded)
        return folded

    def _without_declined_call(self, body: str) -> str:
        """Round thirteen: the text without the words that decline a call-back ("nie trzeba już oddzwaniać"): they ask
        nothing of the line (read on the text with Polish letters folded, letter for letter, so the rest stays as written)."""
        declined = self.rules.callback_declined
        if declined is None:
            return body
        lowered = body.lower().translate(FOLD_LETTERS)
        if len(lowered) != len(body):
            return body
        spans = [match.span() for match in declined.finditer(lowered)]
        for start, end in reversed(spans):
            asked = re.search(r"\bprosze\s+$", lowered[:start])  # "proszę nie dzwonić": the "proszę" goes with it
            start = asked.start() if asked else start
            body = body[:start] + " " + body[end:]
        return body

    def _thanked_for_help(self, words: list[str], body: str) -> bool:
        """Round thirteen: a thanks beside help received told in the past ("pani Ania bardzo mi pomogła … chciałam
        podziękować"), asking nothing: no "?", no question's or request's word, the help not denied ("nikt nie pomógł")."""
        rules = self.rules
        if not rules.helped or "?" in body or not set(words) & rules.thanks_strong:
            return False
        # round sixteen: "co", "która" right before who helped ("tej pani z komisji, co nam pomogła") is "who", no question
        asked = {w for i, w in enumerate(words)
                 if not (w in rules.relative and any(x in rules.helped for x in words[i + 1:i + 3]))}
        if asked & (rules.question_words - {"a"}) or asked & rules.requests:
            return False
        if rules.helped_by is not None and rules.helped_by.search(" ".join(words)):
            return True  # round twenty-eight: "dzięki wam i komisji jest trzeźwy", as "pomogliście"
        return any(w in rules.helped and rules.negation not in words[max(0, i - 2):i] for i, w in enumerate(words))

    def _visit_thanked(self, folded: str, body: str) -> bool:
        """Round eighteen: a thanks beside a worker's visit told as done ("pani Ania przyszła zobaczyć co i jak"), the rest
        asking nothing: no "?", no question's or request's word ("ale" only joins), no topic of its own."""
        rules = self.rules
        if rules.visit_thanked is None or "?" in body or not set(folded.split()) & rules.thanks_strong:
            return False
        kept = rules.visit_thanked.sub(" ", folded)
        if kept == folded:
            return False
        rest = set(kept.split())
        return not (rest & (rules.question_words - {"a", "ale"}) or rest & rules.requests or self.specific_topics(kept))

    def _thanks_told(self, words: list[str], body: str) -> bool:
        """Round eight: a message with a thanks that asks for nothing the line knows ("dziękuję, że pani Ania
        przyszła do taty, on teraz spokojniejszy"; "Слава Богу, все вирішилось, дякую що відповіли"): a thanks,
        unless it asks ("?", a question's word, "ale") or says it is lost ("nie rozumiem")."""
        rules = self.rules
        if not rules.thanks_opening or "?" in body or not set(words) & rules.thanks_strong:
            return False
        if set(words) & rules.question_words - {"a", "а"}:
            return False
        return not any(a == rules.negation and b in rules.not_understood for a, b in zip(words, words[1:]))

    def _names_office_digits(self, body: str) -> bool:
        """Round eleven: the office's number written without its area code ("8176130", "817-61-30")."""
        if not self.rules.local_digits:
            return False
        written = {re.sub(r"\D", "", run) for run in re.findall(r"\d[\d \-]{4,}\d", body)}
        return any(len(digits) == self.rules.local_digits and any(number.endswith(digits) for number in self._office_numbers)
                   for digits in written)

    def _date_in(self, body: str, today: date | None = None) -> date | None:
        """A date written in figures ("31.12", "24/12/2026"), the next such day (from `today`; any year without it)."""
        for match in self.rules.date.finditer(body) if self.rules.date is not None else ():
            found = {name: value for name, value in match.groupdict().items() if value}
            if "roman" in found:
                found["month"] = str(ROMAN_MONTHS[found["roman"]])
            month = (found.get("month") or found.get("mname", "")).lower()
            day = int(found.get("day") or found.get("nday") or found["rday"])
            month = int(month) if month.isdigit() else self.rules.months.get(month, 0)
            try:
                found = date((today or date(2000, 1, 1)).year, month, day)
            except ValueError:  # "o 10.30", a month without a number
                continue
            if today is not None and found < today:
                found = date(today.year + 1, month, day)
            return found
        return None

    def _is_when(self, word: str) -> bool:
        """A day or time of day inflected ("od rana"): the matched word is wholly one of `when`."""
        match = self._when_firm.match(word)
        return bool(match) and self.rules.fold(match.word) == word

    def _standard_word(self, match: re.Match) -> str:
        """Round ten: a dialect word as the word it stands for ("wos": "was"), a thanks word one letter off
        ("dzienki": "dzieki") when the written word is no word itself."""
        token = match.group(0)
        word = self.rules.fold(token)
        if word in self.rules.dialect:
            return self.rules.dialect[word]
        if self.rules.thanks_near and len(word) >= 5 and word not in self.rules.thanks_strong \
                and word not in self.rules.thanks_extra and word[0] == "d":
            near = [w for w in self._thanks_near_words if _one_edit(word, w)]
            if near and not is_polish_word(word):  # every near word says thanks: which one does not matter
                return near[0]
        return token

    def _mend_swaps(self, body: str) -> str:
        """Round eight: a word with two neighbouring letters swapped ("pjie") read as the list word it is
        ("pije"), when it is no word itself (4+ letters; by morfeusz2, with Polish letters restored)."""
        def mend(match: re.Match) -> str:
            token = match.group(0)
            word = self.rules.fold(token)
            if len(word) >= 4 and " " not in word and word not in self._list_words and not (
                    token[:1].isupper() and token[1:].islower() and match.start() > 0
                    and not re.search(r"[.!?\n]\s*$", body[:match.start()])):  # round thirty: a name mid-sentence ("z Tulc")
                swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
                found = sorted(w for w in swaps & self._list_words if w != word)
                if len(found) == 1 and not is_polish_word(word):
                    return found[0]
            return token

        return re.sub(r"\w+", mend, body)  # the rest as written: punctuation and line breaks still part the text

    def _weak_help(self, word: str, written: bool = True) -> bool:
        """A weak word of help: of a list (written=False) by its beginning, as written by the resident by
        its beginning, a phrase whole ("co robić" is weak, "co robicie" asks what the office does)."""
        parts = word.split()
        return any(word.startswith(weak if " " not in weak or not written else weak + " ") or word == weak
                   for weak in self.rules.weak_help) or word in self.rules.office_names or (
            # the office's name with a typo in "społecznej" ("opieki spolecznj", round eight)
            len(parts) > 1 and parts[0] in self.rules.office_names and all(w.startswith("spo") for w in parts[1:]))

    def names_other_office(self, body: str) -> bool:
        """Whether the text names another office's matter (`Rules.other_offices`) as these rules read it (round eighteen,
        for the Ukrainian line: "Де оформити пенсію з України …? ZUS чи ПФУ?" is ZUS's matter, not re-read as 800+)."""
        return self._without_other_offices(self.rules.prepare(body))[1]

    def help_named(self, body: str) -> str | None:
        """The words of the text that name help, not weakly ("zasiłek", not "ośrodek" or "praca"; round ten)."""
        match = self._strong["help"].match(body)
        return match.word if match else None

    def is_danger(self, body: str) -> bool:
        """Danger by its words; also read without the words that may stand inside a danger phrase ("nie chce mi
        się już żyć" is "nie chce mi się żyć"; round ten)."""
        if self._danger_words(body):
            return True
        if self.rules.danger_by_sentence:  # round twelve: "нічого не хочу. краще б мене не було" ("не" does not reach on)
            sentences = [part for part in SENTENCE_END.split(body) if part.strip()]
            if len(sentences) > 1 and any(self._danger_words(part) for part in sentences):
                return True
        restore = self.rules.restore_letters
        if restore is not None and (restored := restore(body)) != body:
            return self._danger_words(restored)  # round eleven: "chyba się powiesze" is "chyba się powieszę"
        return False

    def _danger_words(self, body: str) -> bool:
        if any(m.choice == "danger" and m.score >= THRESHOLD for m in self._danger.scores(body)):
            return True
        inside = self.rules.danger_inside
        if inside is None or not inside.search(body):
            return False
        return any(m.choice == "danger" and m.score >= THRESHOLD for m in self._danger.scores(inside.sub(" ", body)))

    def _media_story_only(self, body: str) -> bool:
        """Round twenty: a death or harm seen in the media told (`Rules.media_story`, in the sentences of the text that
        name the media, none asking: "jak" there tells how it happened), the rest asking nothing the line answers ("…,
        straszne, u nas też tak może być?")."""
        rules = self.rules
        if rules.media_story is None or not all(sign.search(rules.fold(body)) for sign in rules.media_story):
            return False
        parts = [part for part in SENTENCE_END.split(body) if part.strip()]  # the story runs to its sentence's end
        told = [part for part in parts if rules.media_story[0].search(rules.fold(part))]
        if not any(rules.media_story[1].search(rules.fold(part)) for part in told) or not rules.media_story[2].search(
                rules.fold(body)) or rules.asking is not None and any(
                rules.asking.search(re.sub(r"\bjak\b", " ", rules.fold(part))) for part in told):
            return False  # a question in the story's part, unmarked ("… pokazywali … chciałam zapytać do której"): as before
        rest = " ".join(part for part in parts if part not in told)
        return not rest.strip() or self.topics(rest) == ("menu",)

    def _cry_in_fragments(self, body: str) -> bool:
        """Round nineteen: a text written in fragments (no part over FRAGMENT_WORDS words) with a cry for help as a part
        of its own ("prosze. pomocy. on znowu"), the other parts asking nothing the line answers: danger, as the cry
        alone is. Beside a matter asked ("Pomocy! Jak wypełnić wniosek o zasiłek?") it is read as before."""
        parts = [self.rules.fold(part) for part in SENTENCE_END.split(body)]
        parts = [part for part in parts if part.strip()]
        if len(parts) < 2 or any(len(part.split()) > FRAGMENT_WORDS for part in parts):
            return False
        cries = [part for part in parts if self.rules.cry.match(part)]
        if not cries:
            return False
        rest = ". ".join(part for part in parts if part not in cries)
        return not rest or not self.specific_topics(rest)

    def _danger_signs(self, folded: str, body: str | None = None) -> bool:
        """A cry for help as the whole message, or signs that together say danger (round seven)."""
        rules = self.rules
        if rules.cry is not None and rules.cry.match(folded):
            return True
        if rules.cry_in_fragments and rules.cry is not None and body is not None and self._cry_in_fragments(body):
            return True
        return any(all(sign.search(folded) for sign in signs) for signs in rules.danger_together)

    def _danger_written(self, body: str) -> bool:
        """Round fourteen: signs that together say danger, read on the text with its figures ("w kuchni 6 stopni")."""
        if not self.rules.danger_written:
            return False
        written = body.lower().translate(FOLD_LETTERS)
        return any(all(sign.search(written) for sign in signs) for signs in self.rules.danger_written)

    def _without_other_offices(self, body: str) -> tuple[str, bool]:
        """The message without the words of other offices' matters, and whether there were any: each such
        phrase found ("wypłata emerytury", "emerytura z ZUS") unless a longer phrase of a topic or of
        `not_meant` holds its words ("bank żywności", "od kościoła")."""
        if self._other_offices is None:
            return body, False
        spans = self._other_offices.spans(body)
        others = [(start, end, score) for choice, start, end, score in spans if choice == "other" and score >= THRESHOLD]
        # round fourteen: and a topic's word matched better on the same words ("na picie": a word of drinking, not a
        # form of "pit") holds them too
        covered = {at for start, end, score in others
                   if not any(choice != "other" and start2 < end and start < end2 and (
                       end2 - start2 > end - start or end2 - start2 == end - start and score2 > score)
                              for choice, start2, end2, score2 in spans)
                   for at in range(start, end)}
        if not covered:
            return body, False
        # the words as the matcher counts them (the Ukrainian one has its own, round ten)
        words = self._other_offices.words(body) if hasattr(self._other_offices, "words") else [
            word for word, _ in words_and_folds(body)]
        return " ".join(word for at, word in enumerate(words) if at not in covered), True

    def _not_now_free(self, body: str) -> str:
        """The message without its danger words: what it asks about the danger it saw or heard of."""
        kept = " ".join(w for w in body.split() if not any(m.choice == "danger" and m.score >= THRESHOLD
                                                            for m in self._danger.scores(w)))
        if self.rules.harmed_whom and self._danger_words(kept):
            # round eighteen: a harm to someone named by a pronoun, none of whose two words is danger alone ("mnie bil",
            # written without Polish letters, "bil" being a word of its own): both go, as "bił" alone goes, so what is
            # asked beside a harm told as over is read ("kiedyś mnie bil …, potrzebuję opału")
            words = words_and_folds(kept)
            covered = {at for choice, start, end, score in self._danger.spans(kept)
                       if choice == "danger" and score >= THRESHOLD and end - start == 2
                       and any(folded in self.rules.harmed_whom for _, folded in words[start:end])
                       for at in range(start, end)}
            kept = " ".join(word for at, (word, _) in enumerate(words) if at not in covered)
        return kept

    def specific_topics(self, body: str) -> tuple[str, ...]:
        """Topics named by their specific words; a day or "gdzie", and the weak words of help,
        count only when nothing else is asked for; the published keywords alone count each."""
        rules, fold = self.rules, self.rules.fold
        words = [w for w in fold(body).split() if w not in ("i", "і", "й", "та", "a")]  # "a adres?": a reply
        if words and all(w in rules.keyword_topics for w in words):
            return tuple(t for t in TOPIC_WORDS if t in {rules.keyword_topics[w] for w in words})
        matched = {}
        for topic, matcher in self._specific.items():
            match = matcher.match(body)
            # a near word that is itself a word of the language is no typo ("вислати" is not "виплати"; round eight)
            if match and not (rules.known_word is not None and match.score < NEAR_WORD and " " not in match.word.strip()
                              and rules.known_word(fold(match.word))):
                matched[topic] = fold(match.word)
        for topic, word in list(matched.items()):
            if not self._firm[topic].match(body) and any(
                    self._firm[other].match(word) for other in matched if other != topic):
                del matched[topic]
        folded = fold(body)
        # round ten: a worker asked to come ("proszę przyjść do mamy w czwartek", "czy pani Ania przyjdzie jutro"): the day
        # named is the visit's, not a question of the office's hours
        worker_comes = bool(rules.worker_visit is not None and rules.worker_visit.search(folded)
                            or self._visit is not None and rules.worker_visit is not None and self._visit.match(body))
        if worker_comes and ("help" not in matched or self._weak_help(matched["help"])) and rules.worker_visit.search(folded):
            # a worker's visit asked about is the help of a visit (round eleven: also where the worker is named by a weak
            # word of help, "щоб до мами приходила соціальна працівниця")
            matched["help"] = "visit"
        if self._present is not None and "hours" not in matched and self._present.match(body) and not (
                matched and rules.someone_for is not None and rules.someone_for.search(folded)):
            matched = {"hours": "present", **matched}
        # round twenty-one: where to collect beside the hours asked by their own words ("gdzie to odebrać i od której godziny"):
        # where and when to come, the address too ("paczki gdzie odebrać" alone is still the parcels' text)
        hours_asked = "hours" in matched and bool(self._strong["hours"].match(body))
        weak = {
            "hours": lambda word: (word in self._when or self._is_when(word) or word.split()[0] in rules.when_leads)
            and not (rules.visit.search(folded) and not worker_comes),
            # "gdzie" alone, not "gdzie to jest"; and not beside coming ("gdzie mogę przyjść")
            "contact": lambda word: word in self._where and len(word.split()) == 1
            and not (rules.come is not None and rules.come.search(folded))
            and not (hours_asked and rules.collect is not None and rules.collect.search(folded))
            and not (rules.where_asked is not None and rules.where_asked.search(folded)),  # round twenty-two
            "help": self._weak_help,
        }
        strong = [t for t, w in matched.items()
                  if not (t in weak and weak[t](w)) or (t in self._strong and self._strong[t].match(body))]
        if "contact" in matched and self._visit is not None and self._visit.match(body) \
                and not self._contact_own.match(body):
            del matched["contact"]
            strong = [t for t in strong if t != "contact"]
            if "help" not in matched:
                matched["help"] = "visit"
                strong.append("help")
        # "W jakich godzinach można przyjść porozmawiać": a person to talk to when coming is what the visit is
        # for, not a number to ring (round seven).
        if "contact" in matched and "hours" in strong and matched["contact"] not in self._where \
                and rules.come is not None and rules.come.search(folded) and not self._contact_own.match(body):
            del matched["contact"]
            strong = [t for t in strong if t != "contact"]
        # Someone to talk to beside a named topic ("поговорити з кимось про алкоголь"): about that topic, not the
        # address card, unless the address or a phone is asked for by its own words (round eight).
        if "contact" in matched and matched["contact"] not in self._where and any(t in strong for t in ("help", "addiction")) \
                and self._person is not None and self._person.match(body) and not self._contact_own.match(body):
            del matched["contact"]
            strong = [t for t in strong if t != "contact"]
        if "contact" in matched and "hours" in strong and rules.how_words and rules.come is not None \
                and rules.come.match(matched["contact"]) and not set(words) & rules.how_words:
            del matched["contact"]  # "ile czasu mam, żeby dojechać, zanim zamkniecie"
            strong = [t for t in strong if t != "contact"]
        if "addiction" in strong and "help" in matched and rules.weak_beside_addiction \
                and (matched["help"].startswith(rules.weak_beside_addiction) or self._weak_help(matched["help"])) \
                and not self._more_help(folded):
            del matched["help"]  # "przegrał pieniądze od dziadków": the addiction named, money says no more
            strong = [t for t in strong if t != "help"]
        if not strong:
            # Only weak words: a day or "gdzie" says what is asked about the office ("czy jutro od 7 jest
            # ktoś, bo ja do pracy"), the office's name or "praca" beside it no help.
            return tuple(t for t in matched if t != "help") or tuple(matched)
        named = any(t in ("help", "addiction") for t in strong)  # a topic named: "gdzie", "kiedy" ask about it
        keep = [t for t in matched if t in strong or (t != "help" and not named)]
        return tuple(keep)

    def _more_help(self, folded: str) -> bool:
        """Round thirteen: beside the money or talk words that say no more than the addiction ("przegrał wypłatę") and the
        weak words of help ("co robić"), a help word of another kind ("… a ja potrzebuję zasiłku"): help is asked too."""
        rules = self.rules
        for _ in range(4):
            match = self._specific["help"].match(folded)
            if not match:
                return False
            word = rules.fold(match.word)
            if not (word.startswith(rules.weak_beside_addiction) or self._weak_help(word)):
                return True
            rest = re.sub(rf"\b{re.escape(word)}\b", " ", folded)
            if rest == folded:
                return False
            folded = rest
        return False

    def _only_thanks(self, body: str) -> bool:
        """Round seven: a thanks with what it is for ("dziękuję za pomoc z wnioskiem": the words after "za",
        up to THANKED_FOR_WORDS and no question word, in that part of the sentence), wishes or a greeting to
        the office ("Dzień dobry wszystkim w ośrodku"), signed with a name ("Halina z Krerowa") at most."""
        rules = self.rules
        if not rules.thanks_for or "?" in body:
            return False
        signed = rules.signature(body) if rules.signature else None
        if signed is not None:
            body = body[:signed]
        if rules.on_behalf is not None:
            body = rules.on_behalf.sub(" ", body)
        words: list[str] = []
        thanked = False  # a part before had a thanks (round thirteen: `thanks_more`)
        for part in re.split(r"[,.;:!\n]+", body):
            # a first name after "pani" is whom the thanks is for ("pani Basi"), as a signature is who wrote it
            named = part.split()
            part = " ".join(w for i, w in enumerate(named)
                            if not (i and rules.fold(named[i - 1]) in rules.address_words
                                    and (rules.first_name(w.strip("!?.,")) or rules.fold(w) in rules.address_fond)))
            folded = rules.fold(part).split()
            if rules.relative:  # "za paczkę, co przywieźli": "co" is "which" (round thirteen)
                folded = [w for i, w in enumerate(folded) if not (w in rules.relative and folded[i + 1:i + 2]
                                                                    and folded[i + 1] in rules.arrived | rules.received)]
            # "paczka już doszła": what arrived; in Ukrainian not when it did not ("ще не отримала вугілля", round ten)
            if rules.arrived and not (rules.arrived_after and any(
                    a == rules.negation and b in rules.arrived for a, b in zip(folded, folded[1:]))):
                folded = [w for i, w in enumerate(folded) if w not in rules.arrived and (
                    not any(x in rules.arrived for x in folded[i + 1:i + 3])
                    and not (rules.arrived_after and any(x in rules.arrived for x in folded[max(0, i - 2):i]))
                    or w in rules.question_words or w == rules.negation)
                    and not (w in rules.arrived_when and any(x in rules.arrived for x in folded[max(0, i - 2):i]))]
            if rules.received:  # "dostałam już pieniądze na konto": what was received (round twelve)
                got = next((i for i, w in enumerate(folded) if w in rules.received), None)
                if got is not None:
                    rest = folded[got + 1:]
                    skip = 1 if rest[:1] == ["juz"] else 0
                    received = rest[skip:skip + RECEIVED_WORDS]
                    if received and not set(received) & rules.question_words and rules.negation not in received:
                        folded = folded[:got + 1 + skip] + rest[skip + RECEIVED_WORDS:]
            if rules.own_plan:  # "trafię", "przyjdę w poniedziałek": the writer's own coming, and when (round fourteen)
                folded = [w for i, w in enumerate(folded) if w not in rules.own_plan and not (
                    w in rules.arrived_when and any(x in rules.own_plan for x in folded[max(0, i - 2):i])) and not (
                    # round fifteen: "syn mnie zawiezie": who drives the writer
                    rules.driven and (w in rules.driven and folded[i + 1:i + 2] and folded[i + 1] in rules.own_plan
                                      or folded[i + 1:i + 2] and folded[i + 1] in rules.driven
                                      and folded[i + 2:i + 3] and folded[i + 2] in rules.own_plan))]
            if rules.joy and set(folded) & rules.joy and all(
                    w in rules.joy or w in JOY_TOLD or w in rules.thanks_extra for w in folded):
                folded = []  # round seventeen: "mama była bardzo szczęśliwa": the joy the help brought
            elif rules.joy and set(folded) & rules.joy:  # round twenty-six: "za paczkę babcia się popłakała ze szczęścia"
                told = rules.joy | JOY_TOLD | rules.thanks_extra
                cut = next((i for i in range(1, len(folded)) if set(folded[i:]) & rules.joy and folded[i - 1] not in told
                            and folded[i - 1] != rules.negation and all(w in told for w in folded[i:])), None)
                if cut is not None:
                    folded = folded[:cut]  # the joy told after what is thanked for, in the same part
                elif rules.joy_story and folded[0] in rules.joy | JOY_TOLD and rules.negation not in folded and not (
                        set(folded) & (rules.question_words - {"a", "i"}) or set(folded) & rules.requests
                        or self.specific_topics(" ".join(folded))):
                    folded = []  # round twenty-eight: "wszystko smakowało a te pierniki to wnuczek zjadł od razu"
            if rules.wished_for_when is not None and (wish := rules.wished_for_when.search(" ".join(folded))):
                folded = " ".join(folded)[:wish.start("when")].split()  # round twenty-one: "… zdrowia na Nowy Rok"
            if rules.outcome_told is not None and rules.outcome_told.match(" ".join(folded)):
                folded = []  # round twenty-two: "syn ma opiekunkę od wtorku", "już jestem w domu po szpitalu"
            strong = next((i for i, w in enumerate(folded) if w in rules.thanks_strong), None)
            marks = (rules.thanks_for,) if isinstance(rules.thanks_for, str) else rules.thanks_for
            at = next((i for i, w in enumerate(folded) if strong is not None and i > strong and w in marks), None)
            if at is None and strong is not None and rules.thanks_to is not None and folded[strong] == rules.thanks_to[0] \
                    and folded[strong + 1:strong + 2] and folded[strong + 1] in rules.thanks_to[1]:
                at = strong + 1  # "dzięki pani mama ma opiekunkę" (round twelve)
            if at is None and strong is None and thanked and rules.thanks_more is not None:
                more = rules.thanks_more.match(" ".join(folded))
                at = len(more.group(0).split()) - 1 if more else None  # round thirteen: "особливо за солодке"
            thanked = thanked or strong is not None
            if at is not None:
                thanked_for = folded[at + 1:]
                blessing = []  # a blessing or greeting after what is thanked for ("... z wnioskiem Szczęść Boże")
                while thanked_for and thanked_for[-1] in rules.thanks_extra and thanked_for[-1] not in marks:
                    blessing.insert(0, thanked_for.pop())
                if rules.thanked_when is not None:  # round seventeen: "… u mamy przed świętami": when it was done
                    thanked_for = rules.thanked_when.sub("", " " + " ".join(thanked_for)).split()
                if len(thanked_for) <= THANKED_FOR_WORDS and not set(thanked_for) & rules.question_words:
                    folded = folded[:at] + blessing
            words += folded
        if not words or not all(w in self._thanks or w in rules.thanks_extra or w in rules.greeting_addressees
                                for w in words):
            return False
        if any(w in rules.thanks_strong for w in words):
            return True
        # a greeting only with whom it greets ("dzień dobry, pomoc" still asks for POMOC)
        return any(w in rules.greetings for w in words) and all(
            w in rules.greeting_addressees or w in self._thanks for w in words)

    def _wishes_only(self, body: str) -> bool:
        """Round nineteen: a letter whose sentences are each a wish (`Rules.wishes`) or a thanks, at least one a wish,
        none asking or requesting (`Rules.asking`, "?"), signed with a name at most (also a first name and surname)."""
        rules = self.rules
        if rules.wishes is None or rules.asking is None or "?" in body or not rules.wishes.search(rules.fold(body)):
            return False
        signed = rules.signature(body) if rules.signature else None
        sentences = [part for part in SENTENCE_END.split(body[:signed] if signed else body) if part.strip()]
        wished = False
        for sentence in sentences:
            folded = rules.fold(sentence)
            if rules.asking.search(folded):
                return False
            if rules.wishes.search(folded):
                wished = True
            elif not (self._only_thanks(sentence) or all(is_name(word) for word in sentence.split())):
                return False
        return wished

    def is_thanks(self, words: list[str], body: str) -> bool:
        """Thanks, a greeting, a blessing or only emoji ("👍", "🙏"), with a signature at most."""
        if not words:  # no letters: emoji and the like, but not a lone "?" or a figure
            return any(not ch.isascii() and not ch.isspace() for ch in body) and not any(
                ch.isdigit() or ch in PUZZLED for ch in body)
        if any(a == self.rules.negation and b in self.rules.not_understood for a, b in zip(words, words[1:])):
            return False  # "nie rozumiem", "nic nie jasne": lost, not thankful (the keyword list helps)
        unknown = [w for w in words if w not in self._thanks and w not in self.rules.thanks_extra]
        if not unknown:
            return True
        return any(w in self.rules.thanks_strong for w in words) and len(unknown) <= 2

    def asks_callback(self, body: str) -> bool:
        if self.rules.own_call_denied is not None:
            body = self.rules.own_call_denied.sub(" ", body)  # round fourteen: "nie zadzwonię" is the writer's own call
        if self.rules.text_reply is not None:
            body = self.rules.text_reply.sub(" ", body)  # round twenty: "odp smsem na 604118327": a text, not a call
        folded = self.rules.fold(body)
        if self.rules.called_before is not None:
            made, wished = self.rules.called_before
            if made.search(body) and not wished.search(folded):
                body = made.sub(" ", body)  # round nineteen: "jak pani zadzwoniła" tells of a call made
                folded = self.rules.fold(body)
        if self.rules.callback_not.search(folded) and not (
                self.rules.callback_allowed is not None and "?" not in body and self.rules.callback_allowed.search(folded)
                and set(numbers_in(body)) - self._office_numbers):
            return False
        if self.rules.callback_declined is not None and any(
                self.rules.callback_declined.search(self.rules.fold(part)) for part in CLAUSES.split(body)):
            return False
        if self.rules.callback.search(folded) or self._callback.match(body):
            return True
        return bool(set(numbers_in(body)) - self._office_numbers)

    def asked_day(self, body: str, now: datetime) -> date | None:
        """The day a question about the hours names ("czy w piątek jesteście"): the next such day."""
        today = to_warsaw(now).date()
        written = self._date_in(body, today)
        if written is not None:
            return written
        folded = self.rules.fold(self.rules.prepare(body))
        words = folded.split()
        # round fourteen: a feast of several words, where it starts ("w Nowy Rok", "w drugi dzień świąt")
        phrases = {len(folded[:match.start()].split()): feast for pattern, feast in self.rules.feast_phrases
                   for match in pattern.finditer(folded)}
        for at, word in enumerate(words):
            feast = phrases.get(at) or self.rules.feast_days.get(word)
            if feast is not None:
                month, day = feast
                this_year = date(today.year, month, day)
                found = this_year if this_year >= today else date(today.year + 1, month, day)
                if self.rules.after_feast and words[at - 1:at] == [self.rules.after_feast]:
                    # round fourteen: "kiedy po Nowym Roku otwieracie": the first open day after it
                    found = next((found + timedelta(days=n) for n in range(1, 15)
                                  if self.schedule.is_open_day(found + timedelta(days=n))), found)
                return found
            if word in self.rules.relative_days:
                return today + timedelta(days=self.rules.relative_days[word])
            for weekday, forms in self.rules.day_words.items():
                if word in forms:
                    return today + timedelta(days=(weekday - today.weekday()) % 7)
        return None

    def short(self, topic: str, text: str, now: datetime) -> str:
        """The short form of the hours, the address, help and addiction, for a reply of several answers."""
        if topic == "hours":
            return self.texts["hours_short"].format(status=self.status(now))
        if topic in ("contact", "help", "addiction"):
            return self.texts[f"{topic}_short"]
        return text

    def topic_text(self, topic: str) -> str:
        """A topic's SMS (each ends with the way forward: the phone and the hours)."""
        return self.texts[topic]

    def single(self, topic: str, now: datetime) -> str:
        """The one reply of danger, stop, start, thanks, the menu, and a call-back as saved."""
        if topic == "danger":
            return f"{self.texts['danger']}\n{self.rules.office_phone.format(telefon=self._landline)}"
        if topic == "callback":
            return self.callback_reply("saved", now)
        return self.texts[topic]

    def next_working_day(self, now: datetime) -> date | None:
        today = to_warsaw(now).date()
        for offset in range(1, 31):
            day = today + timedelta(days=offset)
            if self.schedule.is_open_day(day):
                return day
        return None

    def callback_reply(self, result: str, now: datetime, other_number: bool = False) -> str:
        """The reply to a call-back asked for by SMS: result 'saved', 'kept' or anything else (failed)."""
        day = self.next_working_day(now)
        when = day_text(day, to_warsaw(now).date(), self.language) if day else self.rules.next_working_day
        if result == "saved":
            text = self.texts["callback_saved"].format(kiedy=when)
        elif result == "kept":
            text = self.texts["callback_kept"].format(kiedy=when)
        else:
            return self.texts["callback_failed"]
        if other_number:
            text += " " + self.texts["callback_other_number"]
        return text

    def status(self, now: datetime) -> str:
        status = self.schedule.status(now)
        return self.texts[status_prompt_id(status)].format(**self.language.status_values(status, now))

    def hours(self, now: datetime, day: date | None = None) -> str:
        """The GODZINY reply; with a day asked about, that day's hours first ("W piątek 11 grudnia: 7:00–15:00.")."""
        text = self.texts["hours"].format(status=self.status(now))
        if day is None or day == to_warsaw(now).date():  # today: the live status says it
            return text
        named = day_text(day, to_warsaw(now).date(), self.language).replace(f"{self.language.tomorrow}, ", "")
        named = named[0].upper() + named[1:]
        hours = self.schedule.hours_on(day)
        first = (f"{named}: {time_text(hours.opens)}–{time_text(hours.closes)}." if hours
                 else f"{named}: {self.rules.closed}.")
        if segments(f"{first}\n{text}") <= 3:
            return f"{first}\n{text}"
        return text

    def news(self, now: datetime) -> str | None:
        """The SMS after the hours and the info SMS: 'Nieczynne: śr. 24.12.' and the notices
        of the day, in written form; None when there is no news."""
        runs = coming_closures(self.schedule, self._weekly, now)
        return news_message(self.texts["closed_days"], runs, active_notices(self._notices, now.date()),
                            days_text=self.language.closure_days_full)

    def info(self) -> str:
        """What a caller gets by SMS when pressing 5: address, phones and hours."""
        return self.texts["info"]
