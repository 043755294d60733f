"""Issue 27, round ten of SMS understanding (docs/sms.md, "Round ten"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev10) and the near texts that would
break it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import post_sms

from ivr.textline.joined import LONGEST_RUN, split_joined, unjoin
from ivr.textline.replies import DATE, POLISH

OFFICE = "\nTel. 61 817 61 30, pon. 8–16, wt.–pt. 7–15."
DANGER = ("W niebezpieczeństwie proszę dzwonić pod 112. Przemoc w rodzinie: Niebieska Linia 800 120 002, bezpłatnie, "
          "całą dobę.\nOPS: tel. 61 817 61 30.")
HOURS = "Godziny otwarcia:\nPon. 8:00–16:00\nWt.–pt. 7:00–15:00\nW soboty, niedziele i święta nieczynne."
CONTACT = ("Ośrodek Pomocy Społecznej w Kleszczewie\nul. Poznańska 5, 63-005 Kleszczewo\nTel. 61 817 61 30\n"
           "Tel. kom. 606 902 915\nKierownik ośrodka: Mirosława Radzimska")
MENU = ("Ośrodek Pomocy Społecznej w Kleszczewie – informacja SMS.\nProszę wysłać jedno słowo: GODZINY, ADRES, TELEFON, "
        "POMOC lub ALKOHOL.\nRozmowa z pracownikiem: w ośrodku lub tel. 61 817 61 30.")
STOP = "Dobrze, nie będziemy już pisać. Aby to zmienić, proszę wysłać START."
THANKS = "Dziękujemy. Pozdrawiamy – OPS w Kleszczewie."
HELP = "Ośrodek pomaga w trudnych sytuacjach: pracownicy socjalni, pomoc materialna, świadczenia." + OFFICE
ADDICTION = ("Przy problemach z alkoholem i narkotykami pomaga gminna komisja (GKRPA) w budynku ośrodka: pomoc "
             "psychologiczna i prawna." + OFFICE)
HEATING = ("O dodatki na ogrzewanie i energię prosimy pytać pracownika ośrodka: powie, co można dostać i jak złożyć "
           "wniosek." + OFFICE)


@pytest.mark.parametrize("body,topic", [
    # words run together are read apart; a long Polish word, a name inside the text, Ukrainian in Latin letters not
    ("gdziejestosrodekpomocy", "contact"),
    ("dokiedyjestesciedzisiaj", "hours"),
    ("syndalejpijecorobic", "addiction"),
    ("mazmniebijepomocy", "danger"),
    ("Najserdeczniejsze życzenia świąteczne", "thanks"),
    # danger with a word inside its phrase; the word inside a denial still denies
    ("naprawde nie chce mi sie zyc", "danger"),
    ("tata juz nie bije mamy, ale pije, gdzie terapia", "addiction"),
    # danger told as over but going on is danger; over, the help text (no 112)
    ("maz mnie bije, wczoraj sie wyprowadzil ale wraca i grozi", "danger"),
    ("maz sie wyprowadzil, bil mnie, gdzie szukac pomocy", "help"),
    ("w tv mowili o przemocy, gdzie szukac pomocy", "help"),
    # no fuel said otherwise, or the room's temperature, with shivering; without shivering the heating text
    ("nie mamy czym palic, dzieci sie trzesa", "danger"),
    ("8 stopni w domu, babcia sie trzesie pod kocem", "danger"),
    ("nie ma czym palic, czy dacie opal", "heating"),
    # someone confused or unprotected gone out of the house; going to work or dementia asked about is not
    ("mama z alzheimerem poszla z domu, nie wiem gdzie jest", "danger"),
    ("tata wyszedl z domu boso", "danger"),
    ("maz wyszedl z domu do pracy", "help"),
    ("dziadek ma alzheimera, czy jest opieka", "care"),
    # dialect of the danger words and of common ones
    ("babcia ledwo dycha, zimno w chacie", "danger"),
    # nothing to feed the children with, with whom between; what to cook is no hunger
    ("mam 3 dzieci i nie mam co im dac jesc", "danger"),
    ("nie mamy czym nakarmic dzieci", "danger"),
    ("co dac jesc na obiad w szkole", "food"),
    ("jak do wos trafić", "contact"),
    ("kaj wy jesteście", "contact"),
    # a call-back declined; "Nie, proszę zadzwonić" and a call awaited still ask
    ("prosze nie dzwonic, wole sms", "menu"),
    ("nie musicie oddzwaniac, juz wiem, dziekuje", "thanks"),
    ("Nie, prosze zadzwonic", "callback"),
    ("nikt nie zadzwonil a czekam od wczoraj", "callback"),
    # the line's messages by another name stop it; a notification of a benefit asked about does not
    ("nie chcemy juz zadnych komunikatow", "stop"),
    ("nie dostalam powiadomienia o zasilku", "help"),
    ("nie chce juz tych smsow", "stop"),
    ("nie mam tych wiadomosci", "menu"),
    ("prosze mnie usunac z listy, dziekuje", "stop"),
    ("usuncie mnie z listy oczekujacych na dps", "care"),
    ("zablokujcie ten numer", "stop"),
    # ZUS's own matters are another office's; ZUS with 800+ is still 800+
    ("czy ZUS przelal juz rente", "menu"),
    ("kiedy ZUS wyplaci 800 plus", "child_benefit"),
    # post sent to this office asks for its address; a registered letter alone is the post office's matter
    ("na jaki adres wyslac pismo do osrodka", "contact"),
    ("gdzie wyslac list polecony", "menu"),
    # accepting for a talk or therapy, or where one accepts, names no hours; on which days still does
    ("czy psycholog przyjmuje na terapie zony alkoholika", "addiction"),
    ("w jakie dni przyjmuje komisja", "hours+addiction"),
    # coming denied asks no way; help refused asks nothing; help asked for still is
    ("sama do was nie dojde, czy ktos przyjdzie do mnie", "help"),
    ("jak do was dojsc", "contact"),
    ("nie potrzebuje zadnej pomocy, dziekuje", "thanks"),
    ("nie chce zasilku tylko wegla na zime", "heating"),
    ("potrzebuje pomocy", "help"),
    # a drink denied asks nothing about drinking; a drink told still does
    ("nie pije, ale potrzebuje wegla", "heating"),
    ("nie mam problemu z alkoholem, chodzi o zasilek", "help"),
    ("maz pije, potrzebuje wegla", "heating+addiction"),
    # a quoted announcement beside the writer's own question; quoted alone it is read whole
    ('Sasiadka pokazala "Zbiorka zywnosci w sobote 10-14 w remizie". Czy wy tez dajecie paczki?', "food"),
    ('"czy pracujecie w wigilie i do ktorej"', "hours"),
    ('Z gazetki: "Dyżur psychologa w środy 15–17." Czy to u was?', "addiction"),
    # a date with its month in Roman figures, beside the address too
    ("czy 2 I jestescie czynni", "hours"),
    ("czy 3 XII mozna przyjsc o 8 i na jakiej to ulicy", "hours+contact"),
    # the office's street named asks for the address; the street one lives on does not
    ("pod jakim numerem na Poznanskiej jestescie", "contact"),
    ("mieszkam na poznanskiej, czy dostane opal", "heating"),
    # papers brought for a matter beside when to come; alone, the matter
    ("kiedy moge przyjsc z dokumentami w sprawie zasilku", "hours"),
    ("co zrobic z papierami od zasilku", "help"),
    # the staff at work asks the hours; work sought is help
    ("jutro jestescie w pracy?", "hours"),
    ("szukam pracy", "help"),
    # autocorrection undone
    ("czy pracownik socjalistyczny moze przyjsc do mamy", "help"),
    # a thanks one letter off
    ("dzienki", "thanks"),
    ("dzienki pani", "thanks"),
    ("dzielnica", "menu"),
    # sorrow or anger as emoji is no thanks; a thumbs-up still is
    ("😢", "menu"),
    ("😡😡", "menu"),
    ("👍", "thanks"),
    # coming in time; without an appointment
    ("a jak nie zdaze przed 15?", "hours"),
    ("Dzien dobry. Mam pytanie. Czy mozna przyjsc bez umawiania sie? Dziekuje", "hours"),
    # a worker's coming asked about: the visit, its day no question of the hours; past, a thanks; to the office, hours
    ("mama pyta czy pani Ania przyjdzie jutro", "help"),
    ("wiadomosc do pani Basi: prosze przyjsc do mamy w czwartek", "help"),
    ("dziekuje ze pani Ania przyszla do mamy", "thanks"),
    ("czy pani przyjdzie do biura jutro", "hours"),
    # which days; the lunch break is the hours, meals asked beside it still meals
    ("w ktore dni pracujecie", "hours"),
    ("czy jest przerwa na obiad", "hours"),
    ("czy jest przerwa obiadowa i czy dajecie obiady", "hours+food"),
    # replies to an answer: the number alone; what to bring; e-mail as one word
    ("a numer?", "contact"),
    ("a numer sprawy to 123/2026", "menu"),
    ("a czy trzeba cos zabrac", "help"),
    ("jaki jest email", "contact"),
])
def test_round_ten_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


LETTER = ("Szczęść Boże. Piszę ja, Stefania z Bylina, 84 lata. Mąż umarł dawno, całe życie w polu robiliśmy, potem "
          "renta i zasiłek po nim, syn pomagał z opałem zanim wyjechał. Wnuczka teraz mnie zawiezie do Kleszczewa, "
          "sama nie trafię. Proszę napisać, w jakie dni i do której jesteście. Pozdrawiam, Stefania")


def test_a_long_letter_is_answered_by_its_sentences_that_ask(lines):
    # the story names a benefit and fuel; the letter asks only the days and hours
    assert read(lines, LETTER) == ("hours", "pl")
    # a short text of the same words is no letter: every matter it names counts
    assert read(lines, "renta i zasilek po mezu, w jakie dni jestescie")[0] != "hours"


def test_words_run_together_are_read_apart_by_their_frequency():
    assert split_joined("czyjestescieczynnidzisiaj") == ["czy", "jestescie", "czynni", "dzisiaj"]
    assert split_joined("mazmniebije") == ["maz", "mnie", "bije"]  # fewer words: not "ma z mnie bije"
    # a foreign word cut into short pieces, or letters of no language, are not split
    assert split_joined("peredzvonyty") is None
    assert split_joined("qxzwvbnmkjhgf") is None
    # a run too long to read is left as written (bounded work for any text)
    assert split_joined("czy" * (LONGEST_RUN // 3 + 1)) is None
    assert unjoin("mieszkam w Sroslawnowie, czyjestesciejutro") == "mieszkam w Sroslawnowie, czy jestescie jutro"
    assert unjoin("najserdeczniejsze pozdrowienia") == "najserdeczniejsze pozdrowienia"


def test_a_month_in_roman_figures_is_a_date_only_in_capitals():
    assert DATE.search("czy 16 XII pracujecie").group("roman") == "XII"
    assert DATE.search("czy 16.XII pracujecie").group("roman") == "XII"
    assert DATE.search("16 i 17 grudnia").group("roman") is None  # "i" is "and"; the month's name is the date
    assert DATE.search("16 i 17") is None


def test_the_ukrainian_rules_leave_round_ten_unset():
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.unjoin is not None and UKRAINIAN.unjoin is None
    assert UKRAINIAN.quoted is None and UKRAINIAN.negatable == frozenset() and UKRAINIAN.dialect == {}


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("czyjestescieczynnidzisiaj", ["Teraz otwarte do 15:00.\n" + HOURS]),
    ("gdziejestosrodekpomocy", [CONTACT]),
    ("naprawdę nie chce mi się już żyć", [DANGER]),
    ("nie ma czym palić, ani grudki węgla, babcia się trzęsie", [DANGER]),
    ("dziadek z demencją wyszedł z domu w samej piżamie", [DANGER]),
    ("babcia ledwo dycha", [DANGER]),
    ("nie trzeba oddzwaniać, już wszystko wiem", [MENU]),
    ("nie chcę żadnych powiadomień", [STOP]),
    ("czy ZUS przelał już rentę", [MENU]),
    ("na jaki adres wysłać pismo do ośrodka", [CONTACT]),
    ("czy komisja przyjmuje na rozmowę żonę alkoholika", [ADDICTION]),
    ("nie chcę żadnej pomocy, proszę się nie martwić", [MENU]),
    ("nie piję, ale potrzebuję węgla", [HEATING]),
    ('Z gazetki: "Dyżur psychologa w środy 15–17." Czy to u was?', [ADDICTION]),
    ("czy 3 XII można przyjść o 8 i na jakiej to ulicy",
     ["W czwartek 3 grudnia: 7:00–15:00.\nTeraz otwarte do 15:00.\n" + HOURS, CONTACT]),
    ("który to numer na Poznańskiej", [CONTACT]),
    ("kiedy mogę przyjść z dokumentami w sprawie zasiłku", ["Teraz otwarte do 15:00.\n" + HOURS]),
    ("jutro idziecie do roboty?", ["W środę 2 grudnia: 7:00–15:00.\nTeraz otwarte do 15:00.\n" + HOURS]),
    ("do kogo się zgłosić po pracownika socjalistycznego dla mamy", [HELP]),
    ("kaj wy jesteście", [CONTACT]),
    ("dzienki", [THANKS]),
    ("czy pani przyjdzie do mamy w czwartek", [HELP]),
    (LETTER, ["Teraz otwarte do 15:00.\n" + HOURS]),
])
def test_round_ten_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_serving_processes_read_the_frequency_list_before_the_first_text(monkeypatch):
    # gunicorn's workers (deploy/gunicorn.conf.py) read it as they start, not on a resident's text.
    import runpy

    from ivr.config import ROOT
    from ivr.textline import joined

    joined._frequencies.cache_clear()
    monkeypatch.delenv("IVR_LOG_FORMAT", raising=False)
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert joined._frequencies.cache_info().currsize == 0
    config["post_worker_init"](None)
    assert joined._frequencies.cache_info().currsize == 1
    assert joined.split_joined("czyjestesciejutroczynni") == ["czy", "jestescie", "jutro", "czynni"]
