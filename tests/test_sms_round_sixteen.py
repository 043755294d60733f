"""Issue 27, round sixteen of SMS understanding (docs/sms.md, "Round sixteen"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev17) and the near texts that would break
it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, MENU, STOP, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # someone unreachable since a time, with signs at the house, someone asked to look in, a day counted or weeks, or a
    # parent named alone, is danger; the office or a worker not answering is not
    ("babcia nie odbiera od wczoraj, a rolety zasunięte od rana, proszę niech ktoś zajrzy", "danger"),
    ("tata nie odbiera od wczoraj, jestem w Anglii, czy ktoś może do niego zajrzeć", "danger"),
    ("ciocia nie odpisuje od soboty, światło się pali całą noc", "danger"),
    ("mama 79l sama w domu, już drugi dzień nie odbiera", "danger"),
    ("dziadek nie odbiera od tygodnia, mieszka sam", "danger"),
    ("biuro nie odbiera od rana, do której jesteście?", "hours"),
    ("rolety mam zasunięte bo słońce razi, kiedy jesteście?", "hours"),
    ("pani Ania nie odbiera od tygodnia, czy jest na urlopie?", "menu"),
    # children alone with the parents gone off somewhere is danger; gone to work or to school, or alone on the way, not
    ("dzieci same od soboty, rodzice gdzieś pojechali", "danger"),
    ("dzieci sąsiadów same od piątku, matka gdzieś wyjechała", "danger"),
    ("chłopczyk sąsiadów sam od niedzieli, ojciec gdzieś poszedł", "danger"),
    ("chłopiec sam od soboty jeździ do szkoły autobusem, czy dostanie bilet", "menu"),
    # a face fallen to one side, with speech gone strange, is a stroke; either alone, or a drinker's speech, is not
    ("dziadek mówi dziwnie, a twarz mu opadła na lewą stronę", "danger"),
    ("mama od godziny gada dziwnie i usta jej opadły", "danger"),
    ("tata dziwnie mówi, buzia mu zjechała na bok", "danger"),
    ("kącik mi opadł na jedną stronę na zdjęciu, śmieszne", "menu"),
    ("spodnie mi opadły na jedną stronę, ha ha", "menu"),
    ("wujek dziwnie mówi jak wypije, czy jest jakaś terapia", "addiction"),
    # one side of the body numb, with the other limb, suddenly or alone, is a stroke; one limb after an operation is not
    ("nie czuję prawej ręki i nogi od rana", "danger"),
    ("nagle nie czuje lewej strony twarzy, jestem sama", "danger"),
    ("nieczuje prawej reki i nogi", "danger"),
    ("nie czuję lewej nogi po operacji kolana, czy dostanę opiekunkę", "care"),
    # the writer's own end told as a farewell is danger; an absence with its place or its journey is not
    ("już mnie chyba nie będzie, przepraszam za kłopot", "danger"),
    ("już mnie nie będzie, żegnajcie, dziękuję za wszystko", "danger"),
    ("jestem sama w wigilię, już mnie nie będzie", "danger"),
    ("jutro już mnie nie będzie w domu, przepraszam, proszę pisać w piątek", "hours"),
    ("już mnie nie będzie w biurze, przepraszam, kiedy jesteście?", "hours"),
    # a small child left in a car or before a shop in the frost is danger; a child sleeping in a car with a question is not
    ("zostawił niemowlę w samochodzie pod sklepem, mróz, płacze", "danger"),
    ("malutka sama na dworzu w samej koszulce, zimno", "danger"),
    ("dziecko śpi w aucie pod sklepem, czy dzieci dostają paczki na święta", "food"),
    # someone confused out before the house in night clothes is danger; someone sitting outside, or in a dressing gown
    # at home, is not
    ("dziadek stoi przed blokiem w szlafroku i nie wie gdzie jest", "danger"),
    ("sąsiad chodzi po podwórku w samej koszuli na mrozie, ma demencję", "danger"),
    ("babcia siedzi przed domem na ławce i plotkuje, kiedy jesteście", "hours"),
    ("dziadek w szlafroku chodzi po domu, czy jest opiekunka", "care"),
    # a reply to the line's earlier answer: the opening nod is no thanks and no topic, the question after "a" is read
    ("ok a numer?", "contact"),
    ("dobrze, a adres?", "contact"),
    ("dzięki. a w sobotę też?", "hours"),
    ("okej a pomoc na opał jest?", "heating"),
    ("ok dziękuję", "thanks"),
    ("dobrze dziękuję, do widzenia", "thanks"),
    ("dziękuję, a jakie są godziny", "hours"),
    # a sentence of keywords alone asks them beside the rest; a number told in a sentence does not
    ("ok a numer? i do ktorej jestescie jutro", "hours+contact"),
    ("dobrze a numer? i czy w sobotę jesteście", "hours+contact"),
    ("czy w piątek jesteście? adres?", "hours+contact"),
    ("a numer sprawy to 15. do której jesteście?", "hours"),
    # the way there by the reflexive "dostać się" with where to ("tam", "do was"), and a number by its kind alone; a
    # benefit got ("jak dostać zasiłek") or a mobile phone broken is not
    ("jak się do was dostać z Gowarzewa?", "contact"),
    ("dostać się do ośrodka z Krerowa czym najlepiej", "contact"),
    ("a jak się tam dostać autobusem", "contact"),
    ("jak dostać zasiłek na opał", "help"),
    ("a stacjonarny macie?", "contact"),
    ("jest jakiś komórkowy do pani Ani?", "contact"),
    ("wnuk zepsuł mi komórkę, czy jest pomoc", "help"),
    # what the office gives, asked, is help
    ("co u was można dostać jak się jest samemu", "help"),
    ("a co wy dajecie starszym", "help"),
    ("co rozdajecie przed świętami", "help"),
    # an illness or accident had, with its month or how long ago, is told as over: the help text, or the keyword list
    # when what is asked after it is another office's matter; one now, in the night, or a harm that goes on is danger
    ("mama miała wylew w marcu, teraz leży, czy jest opiekunka", "care"),
    ("tata przeszedł zawał rok temu, czy należy mu się jakiś zasiłek", "help"),
    ("brat miał wypadek w maju i zmarł, kiedy ZUS wypłaci rentę rodzinną", "menu"),
    ("sąsiadka miała zawał dwa miesiące temu, gdzie się płaci podatek od psa", "menu"),
    ("sąsiad ma zawał, leży w kuchni", "danger"),
    ("tata miał zawał w nocy, co robić", "danger"),
    ("mąż miał wypadek w listopadzie, a teraz znowu mnie bije", "danger"),
    # "co", "która" right before who helped is "who", no question, beside a thanks for help received; a question after
    # it still asks
    ("chciałam podziękować pani z opieki, co mi pomogła z opałem", "thanks"),
    ("dziękujemy pani Ani, która nam pomagała przy mamie", "thanks"),
    ("mąż kiedyś pił, chcę podziękować tym z komisji, co nam pomogli", "thanks"),
    ("dziękuję pani, która pomogła, kiedy jesteście jutro", "hours"),
    # a word of fondness after "pani" is whom the thanks is for, as a first name; with a question it still asks
    ("dziękuję pani złotej za wszystko, zdrowia dla całej opieki", "thanks"),
    ("dziękujemy panu drogiemu za pomoc i wesołych świąt dla ośrodka", "thanks"),
    ("dziękuję pani kochanej, a kiedy będzie węgiel", "heating"),
    ("pani kochana, czy jest zasiłek na opał", "help"),
    # what help there is, asked in a formal letter's nouns, is help beside the hours and the address it asks too; a
    # "zakres" of hours is not
    ("Uprzejmie proszę o godziny pracy, adres oraz zakres pomocy dla rodzin. Z poważaniem, Jan Kowal", "hours+contact+help"),
    ("w jakich godzinach i jakie są rodzaje pomocy dla rodzin", "hours+help"),
    ("proszę o adres oraz informację o formach pomocy dla niepełnosprawnych", "contact+help"),
    ("jaki jest zakres godzin pracy w piątek", "hours"),
    ("godziny pracy i adres", "hours+contact"),
    # left without money is money asked for, also beside the drinking named; money lost to the addiction says no more
    ("mąż przepija wszystko, zostałam bez grosza z dziećmi", "help+addiction"),
    ("syn pije, synowa bez środków do życia, co robić", "help+addiction"),
    ("syn przegrał wszystkie pieniądze w automatach", "addiction"),
    ("grosza nie dam na wódkę, czy jest terapia dla męża", "addiction"),
    # a phone acted upon (burnt, broken, thrown) asks for no number; a phone number lost ("telefon do was") still does
    ("wnuk zepsuł mi telefon, do której jesteście jutro", "hours"),
    ("dziadek rzucił telefonem o ścianę, czy jutro otwarte", "hours"),
    ("mówi że spali ten telefon, czy w piątek jesteście", "hours"),
    ("zgubiłam telefon do was, podajcie", "contact"),
    ("zgubiłam telefon do opieki", "contact"),
    # the formal, nominal stop: ceasing the sending of messages; ceasing anything else is not
    ("Uprzejmie proszę o zaprzestanie przesyłania wiadomości na ten numer. Z poważaniem, Jan Kowal", "stop"),
    ("proszę zaprzestać wysyłania SMS-ów", "stop"),
    ("wnoszę o zaprzestanie wysyłki wiadomości do mnie", "stop"),
    ("proszę zaprzestać przesyłania mi wiadomości", "stop"),
    ("jak mąż ma zaprzestać picia, czy jest terapia", "addiction"),
    ("proszę o zaprzestanie wysyłania wezwań przez komornika, czy pomożecie", "help"),
])
def test_round_sixteen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("ciocia nie odpisuje od soboty, światło się pali całą noc", [DANGER]),
    ("dziadek mówi dziwnie, a twarz mu opadła na lewą stronę", [DANGER]),
    ("nie czuję prawej ręki i nogi od rana", [DANGER]),
    ("już mnie chyba nie będzie, przepraszam za kłopot", [DANGER]),
    ("dziadek stoi przed blokiem w szlafroku i nie wie gdzie jest", [DANGER]),
    ("ok a numer?", [CONTACT]),
    ("a stacjonarny macie?", [CONTACT]),
    ("chciałam podziękować pani z opieki, co mi pomogła z opałem", [THANKS]),
    ("dziękuję pani złotej za wszystko, zdrowia dla całej opieki", [THANKS]),
    ("sąsiadka miała zawał dwa miesiące temu, gdzie się płaci podatek od psa", [MENU]),
    ("proszę zaprzestać wysyłania SMS-ów", [STOP]),
])
def test_round_sixteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


@pytest.mark.parametrize("body,language", [
    # a Polish word typed with "h" for "g", the key beside it, among other Polish words is Polish; alone, or among
    # Ukrainian words, "hotuje" and "dopomoha" stay Ukrainian
    ("mama nie hotuje juz obiadu", "pl"),
    ("babcia sama nie hotuje, czy sa obiady", "pl"),
    ("dobryj den moja mama ne hotuje jisty, potribna dopomoha", "uk"),
    ("dopomoha", "uk"),
    ("hotuje", "uk"),
])
def test_a_polish_typo_of_h_for_g_is_no_ukrainian_word_among_polish_ones(body, language):
    from ivr.textline.script import text_language

    assert text_language(body) == language


def test_the_ukrainian_rules_leave_round_sixteen_unset():
    from ivr.textline.replies import ILLNESS_OVER, POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.keyword_sentences and not UKRAINIAN.keyword_sentences
    assert ILLNESS_OVER in POLISH.told_over and UKRAINIAN.told_over == ()
    assert POLISH.address_fond and UKRAINIAN.address_fond == frozenset()
