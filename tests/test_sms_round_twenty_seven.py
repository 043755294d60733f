"""Issue 27, round twenty-seven of SMS understanding (docs/sms.md, "Round twenty-seven"): each general reading of a kind
of writing with texts of its family it must catch (written for these tests, not the tuning rows of sets dev28 and dev29)
and the near texts that must not change, danger kept beside the new readings, and the readings played through the real
/sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, HOURS, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body", [
    # a call that cannot be made because he would hear it
    "nie mogę teraz zadzwonić, bo on usłyszy. mąż pijany",
    "jak zadzwonię to mąż usłyszy, dlatego piszę sms",
    "nie mogę do was dzwonić, bo ojczym podsłuchuje",
    # someone drunk lying or sitting outdoors in the frost, the frost in words or in figures
    "sąsiad śpi pijany na ławce przy kościele, a jest minus 15",
    "pod sklepem leży facet nawalony, mróz taki że szkoda gadać",
    "brat siedzi pijany na przystanku od godziny, jest -8",
    # someone locked in a room, whom in any words
    "ojczym zamyka siostrę w komórce na cały dzień",
    "synowa zamknęła babcię w pokoju na cały dzień",
    # a farewell sent; despair beside a thanks for everything and the children's keeping arranged
    "pożegnajcie ode mnie wnuki",
    "ode mnie pożegnajcie córkę, już nic nie chcę",
    "już nie daję rady. dziękuję za wszystko. psa niech weźmie sąsiad",
    "nie dam już rady. dziękuję pani za wszystko. dzieci niech zostaną u babci",
    # medicine run out or not taken, and unwell now
    "skończyła mi się insulina, mąż jest cały spocony i mówi od rzeczy",
    "od tygodnia nie biorę leków na ciśnienie, dziś kręci mi się w głowie i trzymam się ścian",
    "mama nie ma tabletek na serce od wczoraj, jest cała spocona",
    # fumes from a stove or heater with a headache or sleepiness
    "w łazience śmierdzi od junkersa, a mamę boli głowa i chce jej się spać",
    "od piecyka dziwnie wali, dziadek śpi i śpi, boli go głowa",
    # the writer cold with the phone dying; the cold in numb hands or legs
    "marznę w domu, nie ma prądu, bateria mi się kończy",
    "zimno mi strasznie, telefon zaraz mi padnie",
    "w domu zimno, nie ma czym palić, rąk już nie czuję",
    # ending it said, and no answer or nobody found
    "sąsiad mówił, że z tym skończy, a teraz nie otwiera",
    # "they" beating someone, written without Polish letters
    "za sciana krzyk, chyba ja bija",
    # the writer unable to call for him at home, asking someone to come
    "nie mogę zadzwonić, on jest w domu, niech ktoś przyjedzie",
])
def test_round_twenty_seven_reads_indirect_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body,topic", [
    # near the call overheard: someone who would not hear, the writer's own deafness, the office hearing
    ("nie mogę zadzwonić, bo mama nie usłyszy, jaki jest adres", "contact"),
    ("nie mogę dzwonić bo nie słyszę, jestem głucha, do której jesteście", "hours"),
    ("jak zadzwonię to pani usłyszy mój głos, do której jesteście", "callback"),
    # near the drunk in the frost: the drinking asked about, drunk at home with the frost only named
    ("syn siedzi pijany na ławce, co robić z jego piciem", "addiction"),
    ("mąż leży pijany w domu, a na dworze mróz, czy komisja pomoże", "addiction"),
    # near the locked in: a thing kept, a place shut, a story on television
    ("sąsiad trzyma węgiel w piwnicy, czy można dostać opał", "heating"),
    ("mąż zamknął garaż w sobotę, do której jesteście", "hours"),
    ("w reportażu pokazali dziewczynę, co ją ojciec trzymał w piwnicy, straszne", "menu"),
    # near the farewell: a thanks for everything beside a coming called off, children kept home ill
    ("nie dam rady przyjść w czwartek, dziękuję za wszystko", "hours"),
    ("dziękuję za wszystko, dzieci niech zostaną w domu w piątek bo chore, ja przyjdę sama", "hours+care"),
    # near the medicine: medicine that cannot be afforded, weak sight
    ("nie stać mnie na leki na serce, czy jest zasiłek celowy", "help"),
    ("skończyły się tabletki, czy pomagacie z lekami", "help"),
    ("słabo widzę, nie mam leków na oczy, czy jest pomoc", "help"),
    # near the fumes: a smell alone, a headache alone
    ("śmierdzi od pieca, czy jest dopłata do wymiany pieca", "help"),
    ("boli mnie głowa od rana, czy jesteście czynni", "hours"),
    # near the cold: the phone dying alone, the cold alone, numb legs after an operation
    ("telefon mi pada, proszę o sms z godzinami", "hours+contact"),
    ("zimno mi, kiedy będzie opał", "heating"),
    ("nie czuję nóg po operacji, czy jest opiekunka", "care"),
    # near "biją": bells
    ("dzwony biją w kościele, do której jesteście jutro", "menu"),
    # a joke marked by laughter, then the turn to what is meant and a question
    ("ale mróz, zamarzam hehe. a na serio, czy jutro jesteście?", "hours"),
    ("zabiję tego psa sąsiada haha ale nie o tym, gdzie jest ośrodek?", "contact"),
    # a return from hospital is no harm coming back
    ("tata wraca ze szpitala w poniedziałek, czy dostanie opiekunkę?", "hours+care"),
    # a harm in childhood told as over beside the writer grown
    ("kiedyś ojciec mnie bił, teraz sama mam dzieci, czy jest szkoła dla rodziców?", "help"),
    ("kiedyś mnie bili w domu, teraz mam swoją rodzinę, czy jest u was szkoła dla rodziców?", "help"),
    # the Niebieska Karta procedure asked for the writer's studies
    ("piszę pracę licencjacką: kto zakłada Niebieską Kartę, policja czy wy?", "help"),
    ("na zajęcia muszę opisać, jak działa niebieska karta w gminie, pomożecie?", "help"),
    # a harm over in sentences of its own, a matter asked in the others; a volunteer's offer asks no help
    ("Parę lat temu chciałam ze sobą skończyć, teraz jest dobrze. Chcę pomóc jako wolontariuszka, jaki macie numer?",
     "contact"),
    ("chciałabym pomóc przy paczkach jako wolontariusz, jaki jest telefon?", "contact"),
    ("czy są u was wolontariusze, co odwiedzają samotnych", "help"),
    # the office's own contact asked in the second person beside another office named; near: the other office's number
    ("siedzę w kolejce w przychodni. a jaki macie adres?", "contact"),
    ("ja tu zaraz zwariuję w tej kolejce w urzędzie skarbowym. jaki macie numer telefonu?", "contact"),
    ("gdzie jest przychodnia, jaki ma numer", "menu"),
    # the writer's own earlier text with its time asks no hours; a day asked still does
    ("pisałam rano o mamie z Krerowa, już wróciła od siostry, przepraszam i dziękuję", "thanks"),
    ("pisałam rano, czy jutro jesteście?", "hours"),
    # "tam" after the question's word
    ("a do komisji jaki tam numer", "contact+addiction"),
    # a worker's visit thanked for with up to four words between her and her coming, and whom she came with
    ("dziękuję pani z opieki, że wczoraj przyjechała do sąsiadki", "thanks"),
    ("dziękuję pani Ani, że była z policjantem u dziadka, już jest w szpitalu", "thanks"),
])
def test_round_twenty_seven_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost beside the new readings: a harm to the writer now or a death wish in the joke's part, a harm
    # without laughter before "ale nie o tym", a harm back after hospital, a threat for some day, childhood harm that
    # goes on in the present, a harm beside studies, violence named beside studies, the police at a neighbour's
    "mąż mnie bije hehe ale nie o tym, do której jesteście?",
    "chcę się zabić hehe a na serio do której jesteście?",
    "mąż mnie bije, ale nie o tym, do której jesteście?",
    "zamarzam, a na serio to nie mam opału",
    "mąż mnie pobił w zeszłym roku, teraz wrócił ze szpitala i znowu grozi",
    "mąż mnie pobił w zeszłym roku, a teraz wraca do domu",
    "kiedyś mnie zabije, boję się",
    "kiedyś ojciec mnie bił, teraz znowu bije mnie mąż",
    "jako dziecko matka mnie lała, teraz ona lała moje dzieci",
    "mąż mnie bije, piszę pracę na studia",
    "piszę referat o przemocy, kto zakłada niebieską kartę, policja czy wy?",
    "policja była u sąsiada, co robić",
    "syn obiecał, że skończy z tym piciem, czy komisja pomoże",
    "siedzę w kolejce w przychodni, mąż mnie bije. jaki macie numer?",
    "dziękuję, że pani przyjechała z policją, ale on znowu bije",
    "dziękuję, przyjechała policja i zabrała go",
    "pani z opieki była z policją u sąsiada, co dalej?",
])
def test_round_twenty_seven_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_seven_never_makes_a_refusal_a_request(lines):
    # a refusal stays a refusal beside the new readings: a joke before a stop, an earlier text told beside a stop
    assert read(lines, "haha dobre, ale na serio proszę więcej nie pisać") == ("stop", "pl")
    assert read(lines, "pisałam rano, proszę już nie pisać do mnie") == ("stop", "pl")
    assert read(lines, "chciałabym pomóc jako wolontariuszka, ale proszę nie dzwonić")[0] not in ("callback", "start")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("jak zadzwonię, to on usłyszy. proszę przyjechać", [DANGER]),
    ("sąsiad leży pijany pod płotem, a jest -10", [DANGER]),
    ("skończyła się insulina, mama spocona i gada od rzeczy", [DANGER]),
    ("zamarzam w tej kolejce hehe, a na serio do której jesteście?", ["Teraz otwarte do 15:00.\n" + HOURS]),
    ("siedzę w przychodni. a jaki macie numer?", [CONTACT]),
    ("pisałam rano o sąsiadce, już się znalazła, dziękuję", [THANKS]),
    ("Dziękuję pani z ośrodka, że wczoraj przyjechała z policją do mamy. Bóg zapłać", [THANKS]),
    ("w telewizji mówili o chłopcu, co go ojciec zamknął w piwnicy, straszne", [MENU]),
])
def test_round_twenty_seven_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
