"""A bit of the resident's situation told beside what they need (round twenty-nine, issue 27).

Residents often tell a little of their life first or last ("wnuczek mi ustawił telefon na święta", "nie słyszę dobrze
przez telefon, to piszę", "jestem po złamaniu biodra") and ask one thing, or nothing at all (a thanks, a greeting). These
are the Polish patterns that tell such a story from the matter asked; ivr.textline.replies reads them (Polish rules
only: the Ukrainian line is unchanged). Every pattern is on the folded text (lower case, no Polish letters) unless said.
"""
from __future__ import annotations

import re

__all__ = ["AFTER_FRACTURE", "BURDEN_NO_MORE", "DRUNK_AT_WHEEL", "ENGINE_SHUT_IN", "FEAR_AHEAD", "FUEL_HAD", "NOT_UP_DAZED", "RECOVERED", "SETTLED",
           "SICK_INFANT", "SMOKING_DRUNK_IN_BED", "STROKE_MORE", "WENT_ELSEWHERE", "WOUND_FEVER", "WRITING_HIDDEN", "BETTER_WITHOUT", "DEVICE_UNPOWERED", "DAY_COMING_ASKED", "DRINKING_OVER", "FAMILY_SIGNED", "cut", "plain", "CALL_NOT_THROUGH", "CLOSING", "COLD_AT_HOME", "HEARD_BY_PHONE", "LIVING_TOO_HARD", "LYING_BESIDE_DRINK", "NOTHING_ASKED",
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

# Round thirty-one (a question first, the danger on the way). Danger told without its name, each as signs together:
# a small child sick now, a fever or the runs with drowsiness or no drinking ("mała 7 miesięcy, od wczoraj wymioty,
# śpi cały czas i nawet nie płacze"; "mały 2 latka … nic nie chce pić tylko leży, cały rozpalony"); a child with a
# fever who plays and drinks, or a child who "nie płacze" with no illness named, is none.
_SMALL_CHILD = (r"\b\d+\s*-?\s*(?:miesiec\w*|miesiac\w*|mies|tygodni\w*|latek|latka|latko)\b|\bniemowl\w*|\bnoworod\w*"
                r"|\b(?:dwu|trzy)latek\w*|\bmal(?:y|a|utk\w*|enstw\w*)\s+(?:ma\s+|od\s+)|\bdzidzi\w*|\bmaluch\w*|\bbobas\w*")
SICK_INFANT = (re.compile(_SMALL_CHILD),
               re.compile(r"\bbiegunk\w*|\bwymiot\w*|\bwymiotuj\w*|\bgoraczk\w*|\brozpalon\w*|\bgoraco\s+(?:mu|jej)\b"
                          r"|\b(?:3[89]|4[01])(?:[,.]\d)?\s*(?:stopni|st)\b"),
               re.compile(r"\bnic\s+(?:nie\s+)?(?:chce\s+)?(?:pic|pije|trzyma|przyjmuje)\b|\bnie\s+chce\s+(?:nic\s+)?pic\b"
                          r"|\bspi\s+(?:caly\s+czas|ciagle|bez\s+przerwy)|\b(?:caly\s+czas|ciagle)\s+spi\b|\bnawet\s+nie\s+placze\b"
                          r"|\btylko\s+lezy\b|\blezy\s+(?:bez\s+sil|jak\s+szmatk\w*|bezwladn\w*)|\bnie\s+mozna\s+(?:go|jej)\s+dobudzic"
                          r"|\bsuche\s+(?:usta|usteczka|pieluch\w*)|\bnie\s+sika\b|\bsucha\s+pieluch\w*"))
# A car's engine running in a closed garage with someone in it ("siedzi w samochodzie w zamkniętym garażu i silnik
# chodzi"): the fumes; a car started in a garage with its door open, or the engine alone, is none.
ENGINE_SHUT_IN = (re.compile(r"\bsilnik\w*\s+(?:\w+\s+)?(?:chodzi|pracuje|wlaczon\w*|zapalon\w*|wlaczyl\w*)\b"
                             r"|\b(?:wlaczyl\w*|zapalil\w*|odpalil\w*|uruchomil\w*)\s+(?:\w+\s+)?(?:silnik\w*|auto|samochod)\b"),
                  re.compile(r"\bzamkniet\w*\s+(?:\w+\s+)?garaz\w*|\bgaraz\w*\s+(?:jest\s+)?zamkniet\w*"
                             r"|\bzamknal\w*\s+(?:sie\s+)?(?:\w+\s+)?(?:w\s+)?garaz\w*"))
# Someone drunk getting into a vehicle with a child ("ojciec pijany wsiadł do ciągnika z wnukiem na kolanach"; the phone's
# "pijany pojechał" needs no child): danger; driving told as over ("jeździł pijany, zabrali mu prawko") is none.
_DRUNK = r"\bpijan\w*|\bpo\s+pijak\w*|\bpo\s+pijanemu\b|\bnietrzezw\w*|\bwypit\w*|\bnapit\w*"
DRUNK_AT_WHEEL = (re.compile(_DRUNK),
                  re.compile(r"\bwsiad(?:l|la|lo|a)?\w*\s+(?:\w+\s+){0,2}?(?:do|na)\s+(?:auta|samochodu|ciagnika|traktora|motoru"
                             r"|motocykla|quada|busa|wozu|ciezarowki|kombajnu)\b|\bza\s+(?:kierownic\w*|kolk\w*)\b"),
                  re.compile(r"\bwnuk\w*|\bwnucz\w*|\bdzieck\w*|\bdzieci\b|\bmal(?:y|ym|ego|a|ej|uch\w*)\b|\bsyn\w*|\bcork\w*"
                             r"|\bna\s+kolanach\b"))
# A wound gone bad with a high fever now ("po operacji … ma 39 stopni, rana czerwona i cieknie z niej"): danger; a wound
# that heals, or a fever with no wound, is none.
WOUND_FEVER = (re.compile(r"\bran[aey]\b(?:\s+\w+){0,3}?\s+(?:czerwon\w*|ropieje|ropi|cieknie|sacz\w*|puchnie|spuchl\w*|smierdzi"
                          r"|sie\s+otworzyl\w*|sie\s+rozeszl\w*)|\b(?:ropieje|cieknie\s+z\s+rany|ropa\s+z\s+rany)"),
               re.compile(r"\b(?:3[89]|4[01])(?:[,.]\d)?\s*(?:stopni|st)\b|\bwysok\w+\s+goraczk\w*|\bgoraczk\w*\s+(?:ponad|powyzej)\b"))
# Not up today beside speech as if asleep or confused ("dziś nie wstał z fotela i mówi jak przez sen"): danger, as the
# phone's "nie wstaje od rana"; not getting up with the flu and the doctor been, nothing said of the mind, is none.
NOT_UP_DAZED = (re.compile(r"\bnie\s+(?:wstal|wstala|wstaje|podniosl\w*|podnosi\s+sie)\b"),
                re.compile(r"\bjak\s+przez\s+sen\b|\bnie\s+kontaktuje\b|\bsplatan\w*|\bmajacz\w*|\bnie\s+poznaje\b|\bzamroczon\w*"
                           r"|\bmowi\s+(?:od\s+rzeczy|bez\s+ladu|nieskladnie)|\bodplywa\b"))
# The writer writing in hiding ("piszę z łazienki po cichu") beside someone raging drunk, shouting or threatening
# ("wrócił pijany i krzyczy, … zamknął drzwi na klucz"): danger; writing quietly because a child sleeps is none.
WRITING_HIDDEN = (re.compile(r"\bpisze\s+(?:\w+\s+)?(?:z\s+(?:lazienki|ubikacji|toalety|wc|piwnicy|szafy|strychu|komorki|spizarni)"
                             r"|po\s+cichu|z\s+ukrycia|szeptem|schowan\w*|ukryt\w*)\b"),
                  re.compile(_DRUNK + r"|\bkrzycz\w*|\bwrzeszcz\w*|\bgrozi\w*|\bawantur\w*|\bszaleje\b|\bnie\s+wypusci\b"
                             r"|\bzamknal\s+(?:\w+\s+)?(?:drzwi|dom|nas|mnie)\b"))
# No longer anyone's burden, said as the end ("powiedział, że już nie będzie nikomu ciężarem"): danger, as the phone
# list's "być ciężarem"; "nie będzie ciężarem, bo ma rentę" (money) or in a home ("w DPS nie będzie nikomu ciężarem") is none.
BURDEN_NO_MORE = (re.compile(r"\bnie\s+bed(?:e|zie|zie\s+juz|e\s+juz)\s+(?:juz\s+)?(?:nikomu|wam|nam|ci|dla\s+nikogo|rodzinie"
                             r"|dzieciom|zadnym)\s+(?:juz\s+)?(?:ciezarem|klopotem|zawada)\b(?!\s*,?\s*(?:bo|gdyz)\s+(?:ma|mam|dostal\w*)\b)"),
                  # not beside a home or care named, where the one cared for will be no burden ("w DPS nie będzie nikomu
                  # ciężarem")
                  re.compile(r"^(?!.*\b(?:dps\w*|domu?\s+(?:opieki|pomocy|spokojnej\s+starosci|seniora)|opiekunk\w*|hospicj\w*"
                             r"|zamieszka\w*|przeprowadz\w*|renta|rente|emerytur\w*)\b)", re.DOTALL))
# A stroke's fallen face beside speech gone or a limb out of control ("kącik ust opadł, od wczoraj nic nie mówi, lewa
# ręka mu lata"), as round twelve's STROKE with its slurred speech (replies.STROKE[0] is the face).
STROKE_MORE = re.compile(r"\b(?:nic\s+)?nie\s+(?:mowi|odzywa\s+sie|gada)\b|\bprzestal\w*\s+mowic\b"
                         r"|\b(?:reka|noga|rece|nogi)\s+(?:mu\s+|jej\s+)?(?:lata|lataja|drzy|drza|trzesie|nie\s+slucha\w*|bezwladn\w*)")
# Someone drunk smoking in bed, or the bedding already scorched ("pije i pali w łóżku, wczoraj przypalił kołdrę"): the fire
# to come; smoking in bed without drink, or drink without a cigarette, is none.
SMOKING_DRUNK_IN_BED = (re.compile(_DRUNK + r"|\bpije\b|\bpil\b"),
                        re.compile(r"\bpali\s+(?:papierosy\s+)?w\s+lozku\b|\bz\s+papierosem\s+(?:\w+\s+){0,3}?(?:w\s+lozku|lezy|spi|zasypia)\b"
                                   r"|\b(?:lezy|spi|zasypia|zasnal)\s+(?:\w+\s+){0,3}?z\s+papierosem\b"
                                   r"|\bprzypalil\w*\s+(?:\w+\s+)?(?:koldr\w*|posciel\w*|kanap\w*|lozk\w*|fotel\w*|koc\w*|poduszk\w*|materac\w*)"))

# No danger: a fear for the future about the season, the fuel or the money ("boję się, że jak przyjdą mrozy, to sama nie
# napali", "boję się, że na luty nie starczy", "boję się co będzie za kilka lat"): the fear's own words only are left
# aside (so a harm named after them is still read), and only when its sentence names no person's harm or return.
_FEAR = (r"\b(?:boje\s+sie|sie\s+boje|boi\s+sie|sie\s+boi|boimy\s+sie|sie\s+boimy|boja\s+sie|sie\s+boja|martwie\s+sie)")
FEAR_AHEAD = re.compile(_FEAR + r"(?=\W+(?:ze|co|czy)\b[^.?!\n]*?(?:\bjak\s+przyjd\w+|\bna\s+(?:luty|marzec|styczen|zime|wiosne"
                        r"|przyszlosc|przedwiosnie)\b|\bzima\b|\bw\s+zimie\b|\bza\s+(?:\w+\s+)?(?:lat|lata|miesiac\w*|rok)\b"
                        r"|\bnie\s+(?:starczy|wystarczy|napali|dam\s+rady\s+zaplacic)\b|\bzabraknie\b|\bpotem\b|\bpozniej\b"
                        r"|\bco\s+(?:\w+\s+)?bedzie\s+(?:dalej|potem|za)\b))"
                        r"(?![^.?!\n]*?\b(?:bi[lj]\w*|bic|zabi\w*|grozi\w*|wroci\w*|wraca\w*|przyjdzie\s+pijany|krzywd\w*|skrzywdz\w*"
                        r"|uderz\w*|zrobi\s+sobie|sobie\s+cos|pobi\w*|dzisiaj|dzis|teraz|juz\s+nie\s+ma)\b)", re.IGNORECASE)
# The harm told as over by what came after it, the one harmed well now ("wczoraj zasłabł, ale była karetka …, leży pod
# opieką i już lepiej"; "wzywali pogotowie, ale już zdrowy"; "przez jesień nie jadła …, ale teraz dostaje obiady i jest
# lepiej"): a past time or a help that came, the recovery, and nothing of the emergencies now (replies' told_over).
RECOVERED = (re.compile(r"\b(?:juz|teraz)\s+(?:\w+\s+){0,4}?(?:zdrow\w*|lepiej|wyleczon\w*|w\s+porzadku)\b|\bpod\s+opieka\b"
                        r"|\bwyszedl\s+ze\s+szpitala\b|\bwyszla\s+ze\s+szpitala\b"),
             re.compile(r"\b(?:wczoraj|przedwczoraj|przez\s+(?:jesien|lato|zime)|w\s+zeszl\w+\s+\w+|\w+\s+temu|byla\s+karetka"
                        r"|przyjechal\w*\s+karetk\w*|wzywali|wezwal\w*|zabral\w*\s+(?:go|ja)|zszyli|na\s+(?:osiemnastce|weselu|imieninach)"
                        r"|w\s+(?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrzesniu|pazdzierniku|listopadzie|grudniu))\b"),
             re.compile(r"^(?!.*\b(?:nie\s+oddycha|nieprzytomn\w*|nie\s+reaguje|nie\s+odbiera|krwawi|leci\s+krew|dzis\s+(?:\w+\s+)?nie"
                        r"|teraz\s+(?:\w+\s+)?nie\s+(?:moze|wstaje|je|pije|mowi)|znowu|znow|nadal|wciaz|ciagle|bije|grozi"
                        r"|od\s+rana|od\s+wczoraj|lezy\s+na\s+podlodze|nie\s+wstaje)\b)", re.DOTALL))
# Someone's going to another office or shop told in the past ("bo córka poleciała do apteki", "mąż pojechał na pocztę"):
# where someone went, not that place's hours asked (replies cuts it before the topics); "czy apteka jest otwarta" is read
# as before.
WENT_ELSEWHERE = re.compile(r"\b(?:poszl[aoy]|poszedl|poszli|pojechal[aoy]?|pojechali|polecial[aoy]?|polecieli|wyszl[aoy]|wyszedl"
                            r"|wyszli|pobiegl[aoy]?|pobiegli|skoczyl[aoy]?|wyskoczyl[aoy]?)\s+(?:\w+\s+)?(?:do\s+(?:apteki|sklepu"
                            r"|przychodni|lekarza|banku|biblioteki|kosciola)|na\s+(?:poczte|zakupy))\b", re.IGNORECASE)
# The harm told as ended by what was settled after it ("mąż mi groził, ale to się skończyło, sąd dał mi mieszkanie"; "w
# listopadzie była u nas awantura, sprawa jest w sądzie i mąż z nami nie mieszka"): a harm in the past tense, the end
# told, and nothing of him now (at the door, phoning, "znowu", "boję się": replies' danger as before).
SETTLED = (re.compile(r"\bale\s+to\s+(?:sie\s+)?(?:juz\s+)?(?:sie\s+)?skonczylo\b|\b(?:z\s+nami|ze\s+mna)\s+(?:juz\s+)?nie\s+mieszka\b"
                      r"|\bnie\s+mieszka\s+(?:juz\s+)?(?:z\s+nami|ze\s+mna)\b|\bsprawa\s+(?:jest\s+|juz\s+)*w\s+sadzie\b"
                      r"|\bsad\s+(?:mi\s+|nam\s+)?(?:dal|przyznal)\b"),
           re.compile(r"\b(?:grozil\w*|bil|bila|pobil\w*|uderzyl\w*|szarpal\w*|wyzywal\w*)\b|\bbyl\w*\s+(?:\w+\s+){0,2}?awantur\w*"),
           re.compile(r"^(?!.*\b(?:wali|stoi|pod\s+(?:blokiem|domem|drzwiami|oknem)|przychodzi|przyjezdza|dzwoni|wydzwania|grozi|bije"
                      r"|krzyczy|boje\s+sie|boimy\s+sie|boi\s+sie|teraz|dzis|dzisiaj|znowu|znow|nadal|wciaz|pisze\s+do\s+mnie)\b)", re.DOTALL))
# The fuel told as had, with the warmth it brought ("syn mu przywiózł węgla i już dobrze", "załatwiliśmy węgiel z gminy i
# jest ciepło", "ma nowy piec i opał na całą zimę"): the heating settled, no heating asked (replies cuts it before the
# topics); fuel asked for ("czy jest dodatek na opał?") or fuel had with the cold still told is read as before.
FUEL_HAD = re.compile(r"(?:\b(?:mial\w*\s+zimno|bylo\s+(?:\w+\s+)?zimno|marzl\w*|siedzial\w*\s+w\s+zimnie)\b[^.?!\n]*?\b(?:ale|a|teraz)\s+"
                      r"(?:\w+\s+){0,2}?)?"
                      r"\b(?:przywi[oe]z\w*|zalatwil\w*|dostal\w*|kupil\w*|ma|mamy|maja)\s+(?:\w+\s+){0,3}?(?:wegl\w*|wegiel\w*|opal\w*"
                      r"|drewn\w*|ekogroszk\w*|piec\w*)\b[^,.?!\n]*?\b(?:(?:jest|juz)\s+(?:dobrze|cieplo)|cieplo|na\s+cala\s+zime)\b",
                      re.IGNORECASE)
