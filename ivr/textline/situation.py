"""A bit of the resident's situation told beside what they need (round twenty-nine, issue 27).

Residents often tell a little of their life first or last ("wnuczek mi ustawił telefon na święta", "nie słyszę dobrze
przez telefon, to piszę", "jestem po złamaniu biodra") and ask one thing, or nothing at all (a thanks, a greeting). These
are the Polish patterns that tell such a story from the matter asked; ivr.textline.replies reads them (Polish rules
only: the Ukrainian line is unchanged). Every pattern is on the folded text (lower case, no Polish letters) unless said.
"""
from __future__ import annotations

import re

__all__ = ["AFTER_FRACTURE", "BETTER_WITHOUT", "DEVICE_UNPOWERED", "DAY_COMING_ASKED", "DRINKING_OVER", "FAMILY_SIGNED", "cut", "plain", "CALL_NOT_THROUGH", "CLOSING", "COLD_AT_HOME", "HEARD_BY_PHONE", "LIVING_TOO_HARD", "LYING_BESIDE_DRINK", "NOTHING_ASKED",
           "ONLY_THANKING", "OFFICE_DOUBT", "PRESENT_ASKED", "REASON", "STATE_TOLD", "THANKS_STORY_WORDS", "WHICH_COMMUNE"]

_PLAIN = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def plain(text: str) -> str:
    """The text without Polish letters, each letter in its place (the spans found in it are the text's own)."""
    return text.translate(_PLAIN)


def cut(pattern: re.Pattern, text: str, by: str = " ") -> str:
    """The text with what `pattern` finds in it (read without Polish letters, in any case) put by `by`."""
    kept, at = [], 0
    for match in pattern.finditer(plain(text)):
        kept += [text[at:match.start()], by]
        at = match.end()
    return "".join(kept) + text[at:]


_ROOM = r"(?:domu|chalupie|chacie|mieszkaniu|pokoju|izbie|kuchni|sypialni)"
# Danger: the house cold (no fuel, a cold stove, a few degrees indoors) beside someone who stopped eating or drinking
# ("opału nie mam, piec zimny … mąż od wczoraj nie chce jeść ani pić"): the hunger and cold of the helpless. The
# not eating is replies.BEDRIDDEN_NOT_EATING's own reading ("nie je mięsa" is not it).
COLD_AT_HOME = re.compile(r"\bopal\w*\s+(?:juz\s+)?nie\s+(?:ma|mam|mamy|maja)\b|\bnie\s+(?:ma|mam|mamy|maja)\s+(?:juz\s+)?"
                          r"(?:\w+\s+)?(?:opal\w*|wegla|drewna|czym\s+palic)\b|\bpiec\s+(?:jest\s+|juz\s+|caly\s+)?zimny\b"
                          r"|\bzimno\s+(?:\w+\s+){0,2}?w\s+" + _ROOM + r"\b|\bw\s+" + _ROOM + r"\s+(?:jest\s+|tylko\s+|ledwo\s+)?"
                          r"(?:[0-9]|1[0-2])\s+(?:stopn\w*|st)\b|\b(?:[0-9]|1[0-2])\s+stopn\w*\s+w\s+" + _ROOM + r"\b")

# Danger: living itself more than the writer can bear ("nie dam rady żyć", "nie daję już rady tak żyć"), as the danger
# list's "nie dam rady dalej żyć"; not living on an income ("za 1400 zł nie dam rady żyć", "z tej renty") nor anywhere.
LIVING_TOO_HARD = (re.compile(r"\bnie\s+(?:dam|daje|damy|dajemy)\s+(?:juz\s+)?rady\s+(?:tak\s+|dluzej\s+|juz\s+)?zyc\b"
                              r"(?!\s+(?:za|z|ze|o|bez|na|przy|w|we|tu|tutaj|tam|u|od|do)\b)"),
                   re.compile(r"^(?!.*\b(?:zl|zlotych|zloty|renty|rente|renta|rencie|emerytur\w*|pensj\w*|pieniedzy|pieniadze|kasy"
                              r"|wyplat\w*|tego|tym|tak\s+drogo)\b)", re.DOTALL))

# No danger: a fracture told as over, the writer or someone close "po złamaniu biodra" (after it), as written: a care
# need, not the danger list's broken hip now ("złamała biodro", "upadła i ma złamaną nogę" stay danger).
AFTER_FRACTURE = re.compile(r"\bpo\s+z[lł]amani(?:u|ach)\s+\w+", re.IGNORECASE)

# Thanks and greetings with a story, asking nothing. What the writer says to make plain nothing is asked ("nic nie
# potrzebuję, tylko chciałam napisać", "nie trzeba odpisywać"), read as no matter:
NOTHING_ASKED = re.compile(r"\b(?:nic|niczego)\s+(?:nie\s+)?(?:potrzebuje|potrzebujemy|chce|chcemy|trzeba)\b(?:\s+(?:tylko|ale)\b)?"
                           r"(?:\s+(?:chcialam|chcialem|chcialismy|chcialysmy)\s+(?:tylko\s+)?(?:napisac|pozdrowic|sie\s+odezwac))?"
                           r"|\b(?:tylko\s+)?(?:chcialam|chcialem|chcialismy)\s+(?:tylko\s+)?(?:napisac|sie\s+odezwac)\b"
                           r"|\bnie\s+(?:trzeba|musicie|musi\s+pani)\s+(?:mi\s+|nam\s+)?(?:odpisywac|odpisac|odpowiadac|odpowiedziec)\b", re.IGNORECASE)
# and the writer's own words that the text only thanks ("piszę tylko, żeby podziękować") are a thanks.
ONLY_THANKING = re.compile(r"\bpisze\s+tylko\s*,?\s*(?:zeby|by|aby)\s+(?:wam\s+|pani\s+)?podziekowac\b"
                           r"|\b(?:chcialam|chcialem|chcielismy)\s+tylko\s+podziekowac\b", re.IGNORECASE)
# A part that tells the matter settled ("mama już przyjęta", "sprawa załatwiona"), beside a thanks: the participle is
# what was done, no matter; the rest of the part must be the joy's words (replies.JOY, JOY_TOLD) to be part of the thanks.
STATE_TOLD = re.compile(r"\b(?:przyjeta|przyjety|przyjeci|zalatwion[aey]|zalatwiony|przyznan[aey]|przyznany|wyplacon[aey]"
                        r"|naprawion[aey]|naprawiony|zrobion[aey])\b", re.IGNORECASE)
# A letter's closing ("Z poważaniem", "Z wyrazami szacunku") before the name signed: a greeting, as "pozdrawiam".
CLOSING = re.compile(r"\bz\s+(?:wyrazami\s+)?(?:powazaniem|szacunkiem|szacunku)\b", re.IGNORECASE)
# "Jak nie wiem" after a joy ("wnuki się cieszyły jak nie wiem"): how much, no question.
THANKS_STORY_WORDS = re.compile(r"\bjak\s+nie\s+wiem(?:\s+co)?\b|\bze\s+hej\b|\baz\s+milo\b", re.IGNORECASE)

# A writer asking only whether they write to the right place ("Nie wiem czy dobrze piszę … Czy to jest ta gmina?"),
# the rest a story asking nothing: the keyword list, which says what the line is (as replies.WHICH_OFFICE).
OFFICE_DOUBT = re.compile(r"^(?:(?:dzien\s+dobry|witam|halo|przepraszam)\s+)*(?:(?:ja\s+)?nie\s+wiem\s+)?czy\s+"
                          r"(?:(?:ja\s+)?dobrze\s+(?:pisze|trafilam|trafilem|trafi\w*|sie\s+dodzwonil\w*)|pisze\s+dobrze|to\s+dochodzi"
                          r"|(?:to\s+)?(?:dobry|dobrze)\s+numer)\b(?:\s+(?:do\s+was|tutaj|tu))?$")
WHICH_COMMUNE = re.compile(r"^(?:(?:dzien\s+dobry|witam|halo|przepraszam)\s+)*(?:czy\s+)?(?:to|tu)\s+(?:jest\s+)?(?:ta\s+|ten\s+)?"
                           r"(?:gmina|gminy|urzad\s+gminy|gmina\s+kleszczewo|opieka\s+spoleczna)(?:\s+kleszczewo)?(?:\s+\w+)?$")

# The writer's reason after "bo", to the end of its sentence ("…, bo po południu krowy i obrządek"): read apart when it
# names another office's place or matter (replies.TextLine._without_reason_elsewhere).
REASON = re.compile(r"\bbo\b[^.?!\n]*", re.IGNORECASE)

# Whether someone will be there ("czy jutro ktoś będzie, żeby to sprawdzić?") beside the matter named: the hours too, as
# the `present` words alone ask them. Not "nikt nie odbiera", "nikogo nie ma" (told, not asked).
_PRESENT_THEN = r"(?=\s*(?:$|[,?.!]|w\s+biurze|na\s+miejscu|u\s+was|w\s+osrodku|jutro|dzis|dzisiaj|rano|po\s|od\s|do\s|zeby|aby|by\b))"
PRESENT_ASKED = re.compile(r"\bczy\s+(?:\w+\s+){0,2}?(?:ktos|kogos)\s+(?:jeszcze\s+|tam\s+)?(?:bedzie|jest|zastane)\b" + _PRESENT_THEN
                           + r"|\bczy\s+(?:\w+\s+){0,2}?(?:bedzie|jest)\s+(?:jeszcze\s+|tam\s+)?ktos\b" + _PRESENT_THEN
                           + r"|\bczy\s+(?:\w+\s+)?(?:kogos\s+)?zastane\b", re.IGNORECASE)

# The writer's hearing, and the phone by which they cannot hear ("nie słyszę dobrze przez telefon, to piszę"): why they
# write, not the office's number asked. As written (any case, with or without Polish letters), cut before the topics.
_HEAR = r"(?:s[lł]ysz[eę]|dos[lł]ysz[eę]|s[lł]yszy|s[lł]yszymy|s[lł]ysza[lł]\w*)"
HEARD_BY_PHONE = re.compile(r"\bnie\s+(?:\w+\s+)?" + _HEAR + r"\s+(?:\w+\s+)?(?:przez|w|na)\s+(?:telefon\w*|kom[oó]rk\w*|s[lł]uchawc\w*)"
                            r"|\bprzez\s+telefon\s+(?:\w+\s+)?nie\s+(?:\w+\s+)?" + _HEAR + r"(?!\w)", re.IGNORECASE)
# A call that does not go through ("na komórkę mi nie wychodzi"): not someone who does not leave the house (care). As written.
CALL_NOT_THROUGH = re.compile(r"\bmi\s+nie\s+wychodzi\b(?!\s+(?:z|ze|na\s+dw[oó]r|na\s+pole|poza)\b)"
                              r"|\bnie\s+wychodzi\s+mi\b(?!\s+(?:z|ze)\b)", re.IGNORECASE)
# "Leży" beside the drinking ("nie jest agresywny, tylko leży"): lying drunk, said by the addiction, not a care need
# (the help word by its beginning, as replies.MONEY and TALK).
LYING_BESIDE_DRINK = ("lezy",)

# Round thirty: texts written about someone else (a brother, a mother far away).
# Danger: the writer, or someone as reported by the writer, saying everyone would be better off without them ("wszystkim
# będzie lepiej beze mnie"; "brat pisze, że wszystkim będzie lepiej bez niego"): a burden felt, a sign of suicide. "Bez
# niego" only in what he says ("pisze, że …", "mówi, że …") and with all named ("wszystkim", "całej rodzinie"): a wife
# saying the children are better off without a violent husband is not it ("dzieciom lepiej bez niego").
_ALL = r"(?:wszystkim|calej\s+rodzinie|rodzinie|wam|nam|im)"
_BETTER = r"(?:bedzie|byloby|bylo\s+by|bedzie\s+im|jest)?\s*(?:\w+\s+)?lepiej"
BETTER_WITHOUT = re.compile(r"\blepiej\s+(?:\w+\s+){0,2}?beze\s+mnie\b|\bbeze\s+mnie\s+(?:\w+\s+){0,2}?lepiej\b"
                            r"|\b(?:pisze|pisal\w*|napisal\w*|mowi|mowil\w*|powiedzial\w*|gada|gadal\w*|twierdzi|powtarza|wypisuje)\s+(?:\w+\s+){0,4}?ze\s+"
                            + _ALL + r"\s+" + _BETTER + r"\s+(?:\w+\s+)?bez\s+(?:niego|niej)\b")
# Danger: the power cut where someone lives on a machine that needs it ("odcięli prąd, a mama jest na koncentratorze
# tlenu"): oxygen, a ventilator, dialysis at home stop with it. The power cut alone, or the device alone, is not.
DEVICE_UNPOWERED = (re.compile(r"\b(?:odciel\w*|odcieto|wylaczy\w*|wylaczono|zabral\w*)\s+(?:\w+\s+){0,2}?prad\w*"
                               r"|\b(?:nie\s+ma|brak|bez)\s+(?:\w+\s+)?pradu\b|\bprad\w*\s+(?:\w+\s+)?(?:odciet\w*|wylaczon\w*)"),
                    re.compile(r"\bkoncentrator\w*|\btlen(?:u|em)?\b|\brespirator\w*|\bdializ\w*|\bssak\w*"))

# What is asked: a day named in a question with someone there or the writer's coming or filing ("w piątek będzie ktoś od
# 800+?", "czy jutro można złożyć wniosek o dodatek węglowy"): the hours of that day too, beside the matter, also when
# someone is asked for a matter (round eleven's "ktoś od 800+", help alone without a day). A delivery asked for a day
# ("czy jutro przywiozą węgiel") is not it.
_DAY = r"(?:jutro|pojutrze|dzis|dzisiaj|w\s+(?:poniedzialek|wtorek|srode|czwartek|piatek|sobote)|we\s+(?:wtorek|srode|czwartek))"
DAY_COMING_ASKED = re.compile(r"\b" + _DAY + r"\s+(?:\w+\s+)?(?:bedzie|jest|zastane|zastaniemy)\s+(?:jeszcze\s+|tam\s+|u\s+was\s+)?ktos\b"
                              r"|\b" + _DAY + r"\s+(?:\w+\s+)?ktos\s+(?:bedzie|jest)\b"
                              r"|\b" + _DAY + r"\s+(?:\w+\s+)?(?:mozna|moge|mozemy|da\s+sie)\s+(?:\w+\s+)?(?:przyjsc|zlozyc|zalatwic|oddac"
                              r"|zostawic|przyniesc|podejsc|wpasc|przyjechac|zglosic)\b", re.IGNORECASE)

# No addiction asked: the drinking told as long over, the drinker sober for years now ("Przed laty sąsiad pił i robił
# awantury, ale od 5 lat trzeźwy": the past time, the drinking verb in the past, and the years sober, all three), beside
# another matter asked ("czy może dostać jakiś zasiłek"): the drinking's words are cut before the topics. Drinking now
# ("znowu pije", "zaczął pić", "pije" not after "nie") keeps them, and so does the addiction named ("alkohol", "komisja").
DRINKING_OVER = (re.compile(r"\b(?:przed\s+laty|lata\s+temu|kiedys|dawniej|dawno\s+temu|swego\s+czasu|za\s+mlodu)\b"),
                 re.compile(r"\bod\s+(?:\w+\s+){0,2}?(?:lat|roku|miesiecy)\s+(?:jest\s+|juz\s+)*(?:trzezw\w*|nie\s+pije|nie\s+pil\w*)\b"
                            r"|\b(?:jest\s+|juz\s+)*(?:trzezw\w*|nie\s+pije)\s+(?:juz\s+)?od\s+(?:\w+\s+){0,2}?(?:lat|roku|miesiecy)\b"),
                 re.compile(r"\b(?:pil|pila|pili|popijal\w*|chlal\w*|zapijal\w*)\b"),
                 re.compile(r"(?<!\bnie )\b(?:pije|pija|chleje|chla)\b|\bznow\w*\s+(?:\w+\s+)?(?:pi\w*|zaczal|zaczela)\b"
                            r"|\bzacz\w+\s+(?:znowu\s+)?pic\b|\bwroci\w*\s+do\s+(?:picia|nalogu|alkoholu)\b"
                            r"|\balkohol\w*|\bkomisj\w*|\bgkrpa\b|\bodwyk\w*|\bterapi\w*"))

# Thanks and greetings: a family signing at the end ("… dla całego ośrodka od rodziny Nowaków 🎄", "od Kowalskich",
# "od państwa Wiśniewskich"), a surname in the plural (-ów, -ich, -ych, written with a capital): who wrote, as a name
# signed; cut before the topics. As written (Polish letters or none), the capital is the name's own.
FAMILY_SIGNED = re.compile(r"\bod\s+(?:(?:ca[lł]ej\s+)?rodziny\s+|pa[nń]stwa\s+)?[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:[oó]w|ich|ych)\b[\W_]*$")
