"""Issue 27, round eleven of SMS understanding (docs/sms.md, "Round eleven"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev11) and the near texts that would
break it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, HOURS, MENU, STOP, THANKS
from test_sms_uk import post_sms

from ivr.textline.replies import POLISH, STRETCHED

ADDICTION = ("Przy problemach z alkoholem i narkotykami pomaga gminna komisja (GKRPA) w budynku ośrodka: pomoc "
             "psychologiczna i prawna.\nTel. 61 817 61 30, pon. 8–16, wt.–pt. 7–15.")
HELP = ("Ośrodek pomaga w trudnych sytuacjach: pracownicy socjalni, pomoc materialna, świadczenia."
        "\nTel. 61 817 61 30, pon. 8–16, wt.–pt. 7–15.")
SAVED = "Prośba o telefon zapisana. Pracownik ośrodka zadzwoni jutro, w środę 2 grudnia."
PRIVACY_CALLBACK = ("Numer i treść SMS-a zapisujemy tylko po to, żeby oddzwonić. Administrator danych: OPS w "
                    "Kleszczewie. Więcej: proszę wysłać RODO.")


@pytest.mark.parametrize("body,topic", [
    # a letter held down is one letter; two in a row stay (Polish has them)
    ("RATUNKUUU", "danger"),
    ("pomocyyy prosze", "danger"),
    ("dziekujeeee", "thanks"),
    ("godzinyyy", "hours"),
    ("potrzebuje pomocy", "help"),
    # pills counted out or saved up; pills prescribed are no danger
    ("nazbierałam tabletek i już nie mogę", "danger"),
    ("mam odliczone tabletki na dzisiaj wieczór", "danger"),
    ("lekarz przepisał mi tabletki, czy dostanę dopłatę do leków", "help"),
    # a threat to do the writer in; "załatwi mi" arranges something
    ("on krzyczy że mnie zatłucze jak wróci", "danger"),
    ("ojciec pijany mówi że mnie wykończy", "danger"),
    ("kto mi załatwi opał", "heating"),
    # someone left in their own urine or excrement; lying in bed ill is care
    ("sąsiadka leży we własnych odchodach od wczoraj, nikt do niej nie zagląda", "danger"),
    ("tata siedzi w moczu caly dzien bo nikt nie przychodzi", "danger"),
    ("babcia leży w łóżku i potrzebuje opiekunki", "care"),
    # a small child by its age or as "mały", outside unprotected; barefoot at home is not
    ("trzylatek sam na ulicy boso, matki nie ma", "danger"),
    ("mała 3 latka na podwórku bez kurtki, nikt jej nie pilnuje", "danger"),
    ("mały chodzi boso po domu, czy dostanę buty", "menu"),
    # a day named with a time on the clock asks the hours; a day alone with a matter stays that matter
    ("czy w piątek do 14 jesteście", "hours"),
    ("wtorki od 7?", "hours"),
    ("adres i czy w czw do 15", "hours+contact"),
    # the office's number without its area code; another 7-digit figure is not
    ("stary numer 817 61 30 jeszcze aktualny?", "contact"),
    ("mam numer 8176130, dziala?", "contact"),
    ("numer sprawy 1234567", "menu"),
    # the office's street with a house number; where someone lives on it asks for no address
    ("Poznańskiej 5 to wy?", "contact"),
    ("to na poznanska 5?", "contact"),
    ("mieszkam na Poznańskiej 12, czy dostanę opał", "heating"),
    # post to the office named before it
    ("podajcie kod pocztowy do ośrodka, wyślę pismo", "contact"),
    ("gdzie wyslac list polecony", "menu"),
    # help asked for without naming which; a named matter beside it is that matter
    ("czy mi się należy coś od gminy", "help"),
    ("co mi się należy jako wdowie", "help"),
    ("co mi przysluguje jako samotnej matce", "help"),
    ("czy rozdajecie coś dla dzieci na mikołaja", "help"),
    ("czy mi sie nalezy 800 plus na wnuka", "child_benefit"),
    ("czy dajecie paczki na swieta", "food"),
    # a phone one plays on or reads names no number; the number asked still does
    ("wnuk całe noce siedzi w telefonie i gra, czy macie terapię", "addiction"),
    ("podajcie telefon", "contact"),
    # "w ogóle" between the words of a question
    ("czy wogóle pracujecie w sobotę", "hours"),
    ("w czym w ogóle pomagacie", "help"),
    # the writer's own writing is no stop; beside a call-back, the call-back; the line's writing still stops
    ("nie chcę o tym pisać, proszę zadzwonić", "callback"),
    ("nie chce pisac szczegolow, maz pije, gdzie jest terapia", "addiction"),
    ("nie chcę już pisać sms", "stop"),
    ("proszę nie pisać do mnie", "stop"),
    # a call allowed with the writer's number is a call-back; asked how, it is not
    ("można dzwonić po 16, 600 100 200", "callback"),
    ("gdzie można dzwonić", "contact"),
    # the number asked for beside danger seen on TV; told only, the help text
    ("w tv mówili o pomocy dla ofiar przemocy, jaki jest wasz telefon?", "contact"),
    ("w tv mowili o przemocy i podali numer, gdzie szukac pomocy", "help"),
    # asking not to be looked for, with no place after it; with one it says where to look
    ("nie szukajcie mnie juz. przepraszam", "danger"),
    ("niech mnie nikt nie szuka", "danger"),
    ("nie szukajcie mnie bo wyjezdzam do corki", "menu"),
    ("żegnam", "thanks"),
    # one's due told, not asked ("to mi się należy" beside a pension of another office) asks no help
    ("emerytura z krusu nie przyszła, a mi się należy", "menu"),
    # someone old or living alone unreachable since a time; the office's phone, or a son, not answering is not
    ("mama nie odbiera od wczoraj, mieszka sama, jestem w Niemczech", "danger"),
    ("nie moge sie dodzwonic do taty od rana, ma 85 lat", "danger"),
    ("osrodek nie odbiera od rana, do ktorej jestescie", "hours"),
    ("syn nie odbiera od wczoraj", "menu"),
    # someone heard crying for help; the writer's own plea for a matter is that matter
    ("sasiadka krzyczy o pomoc za sciana", "danger"),
    ("dziadek wola pomocy z piwnicy", "danger"),
    ("wzywam pomocy dla mamy w sprawie opalu", "heating"),
    # a reply to an answer: a day or an abbreviation with "?" asks; "jutro" alone, or a goodbye, is none
    ("jutro?", "hours"),
    ("a w pon?", "hours"),
    ("czy w pt jestescie", "hours"),
    ("a tel?", "contact"),
    ("jutro", "thanks"),
    ("to zadzwonię jutro", "callback"),
    # what one must have; debts, the bailiff, an eviction, a sign-language interpreter (help); "jak długo" and the
    # village of Komorniki are none
    ("a co trzeba miec?", "help"),
    ("jakie dokumenty są potrzebne", "help"),
    ("komornik zabral wszystko", "help"),
    ("jestem gluchy czy macie tlumacza PJM", "help"),
    ("jak dlugo dzisiaj pracujecie", "hours"),
    ("do której jesteście, jadę z Komornik", "hours"),
    ("syn narobil dlugow, gra w automaty, czy jest terapia", "addiction"),
    # shopping done for someone, whoever between, is care; money for shopping is not
    ("czy ktos moze robic mamie zakupy", "care"),
    ("kto zrobi babci zakupy", "care"),
    ("nie mam pieniedzy na zakupy", "menu"),
    # gambling by its games, playing without end; playing named beside a matter is that matter
    ("mama gra na loterie za cala emeryture", "addiction"),
    ("syn przegral wszystko w kasynie", "addiction"),
    ("wnuk cały czas gra, nie śpi", "addiction"),
    ("wnuczek gra na komputerze, czy dostane na niego 800+", "child_benefit"),
    ("syn gra w pilke, czy jest dofinansowanie", "help"),
    # a matter settled, "spoko" as "ok"; a matter named after the thanks is still that matter
    ("sprawa zalatwiona dziekuje bardzo", "thanks"),
    ("spoko", "thanks"),
    ("dziekuje, sprawa z opalem", "heating"),
    # when something arrived, beside a thanks, is what arrived; a question beside it still asks
    ("Bóg zapłać, paczka doszła dzisiaj", "thanks"),
    ("dziękuję, opał przywieźli przedwczoraj. Halina", "thanks"),
    ("dziękuję, paczka doszła we wtorek, pozdrawiam", "thanks"),
    ("dziekuje, paczka doszla, czy w piatek bedzie nastepna?", "food"),
])
def test_round_eleven_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


def test_a_letter_held_down_is_read_once_and_double_letters_stay():
    assert STRETCHED.sub(r"\1", "POMOCYYY dziękujęęę") == "POMOCY dziękuję"
    assert STRETCHED.sub(r"\1", "Anna, dziennie, 2000") == "Anna, dziennie, 2000"


@pytest.mark.parametrize("body,topic", [
    # danger in a form no list holds, written without Polish letters, read with them restored
    ("chyba sie powiesze", "danger"),
    ("rzuce sie pod pociag, mam dosc", "danger"),
    ("nie wytrzymam, skoncze ze soba dzisiaj", "danger"),
    # seen in a film or on TV, without its letters as with them: where to get help, no 112
    ("wczoraj ogladalam film o takim co sie powiesil i spac nie moge", "help"),
    # words of no danger are left as they are
    ("kat mnie boli", "menu"),
    ("dziekuje", "thanks"),
])
def test_danger_is_read_with_polish_letters_restored(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


def test_polish_letters_are_restored_only_where_the_spellings_are_one_word():
    from ivr.textline.letters import restore_letters, restored_word

    assert restored_word("powiesze") == "powieszę"  # "powieś-że" is the same verb
    assert restored_word("dziekuje") in ("dziękuje", "dziękuję")
    assert restored_word("kat") == "kat"  # "kąt" and "kat" are two words: left as written
    assert restored_word("sie") == "sie" and restored_word("zyc") == "zyc"  # under four letters
    assert restore_letters("Chyba sie POWIESZE") == "Chyba sie powieszę"


def test_the_ukrainian_rules_leave_round_eleven_unset():
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.stretched is not None and UKRAINIAN.stretched is None
    assert UKRAINIAN.local_digits == 0 and not UKRAINIAN.day_with_clock and not UKRAINIAN.street_numbered
    assert UKRAINIAN.own_writing is None and UKRAINIAN.callback_allowed is None and UKRAINIAN.arrived_when == frozenset()
    assert UKRAINIAN.restore_letters is None


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("RATUNKUUU", [DANGER]),
    ("nazbierałam tabletek, już mi wszystko jedno", [DANGER]),
    ("powiedział że jak wróci to mnie zatłucze", [DANGER]),
    ("dziadek leży we własnym moczu od wczoraj", [DANGER]),
    ("dwulatek sam na podwórku w samej piżamie", [DANGER]),
    ("czwartki do 15?", ["W czwartek 3 grudnia: 7:00–15:00.\nTeraz otwarte do 15:00.\n" + HOURS]),
    ("czy numer 817 61 30 jeszcze działa", [CONTACT]),
    ("Poznańska 5 czy 15?", [CONTACT]),
    ("kod pocztowy do was, bo wysyłam list polecony", [CONTACT]),
    ("czy mi się coś należy od gminy, mam małą rentę", [HELP]),
    ("syn gra w telefonie na automatach, czy jest terapia", [ADDICTION]),
    ("nie chcę już tych wiadomości", [STOP]),
    ("dziękuję, węgiel przywieźli wczoraj", [THANKS]),
    ("w tv mówili o przemocy w rodzinie, jaki macie numer?", [CONTACT]),
    ("halooo", [MENU]),
    ("chyba sie powiesze", [DANGER]),
    ("babcia nie odbiera od wczoraj, mieszka sama", [DANGER]),
    ("a tel?", [CONTACT]),
])
def test_round_eleven_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


@pytest.mark.parametrize("body", ["nie chcę o tym pisać, proszę oddzwonić", "można dzwonić tylko głośno, 600 100 200"])
def test_a_call_back_asked_beside_own_writing_or_allowed_is_saved(make_app, body):
    replies = post_sms(make_app(TUESDAY_OPEN), body)
    assert replies[0].startswith(SAVED) and replies[-1] == PRIVACY_CALLBACK
