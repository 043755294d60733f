"""Issue 27, round eighteen of SMS understanding (docs/sms.md, "Round eighteen"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev19) and the near texts that must not
change, danger kept beside the new readings, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import DANGER, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # someone not seen since a time, with a sign at the house that nobody is about in it, is danger (NO_SIGN_OF_LIFE)
    ("od tygodnia sąsiadki nie widać, komin nie dymi, a zawsze paliła", "danger"),
    ("pana Józka nikt nie widział od soboty, pies wyje cały dzień", "danger"),
    ("pani Zosi nie widać od trzech dni, skrzynka pełna listów", "danger"),
    # near: not going out by choice, a cold chimney or a howling dog alone, are read as before
    ("mama od tygodnia nie wychodzi z domu bo ślisko, czy opiekunka zrobi zakupy", "care"),
    ("komin nie dymi bo nie ma czym palić, czy dajecie opał", "heating"),
    ("pies sąsiada wyje od rana, czy to do was", "menu"),
    ("sąsiad nie wychodzi z domu od operacji, czy ktoś pomoże w zakupach", "care"),
    # pills swallowed all at once or too many, the pills named near, are danger (OVERDOSE)
    ("mama wzięła za dużo leków na serce, słabo jej", "danger"),
    ("dziadek pomylił tabletki i zażył podwójnie, nie wiem co robić", "danger"),
    ("dziadek zażył za dużo proszków nasennych", "danger"),
    # near: "wszystkie" or "za dużo" of something else, pills taken as they should be, are read as before
    ("wzięłam wszystkie papiery do wniosku o zasiłek na leki", "help"),
    ("babcia bierze dużo tabletek, czy jest pomoc na leki", "help"),
    ("mama nie bierze leków, czy opiekunka może pilnować", "help"),
    ("córka wzięła za dużo kredytów, brakuje na leki", "help"),
    # a home without heat and food run short together are danger (COLD_HUNGRY)
    ("zimno w chałupie, nie ma czym palić, jemy sam chleb od trzech dni", "danger"),
    ("nie mamy opału, zimno, dzieci jedzą tylko ziemniaki", "danger"),
    ("w domu zimno, węgla brak, od wczoraj jemy tylko suchy chleb", "danger"),
    # near: either alone asks for fuel or food as before
    ("jemy tylko chleb bo renta mała, czy są paczki", "food"),
    ("w domu zimno, czy jest dodatek na opał", "help"),
    ("dzieci jedzą tylko chleb w szkole, czy są obiady", "food"),
    # beaten, told in the past with whom, written without Polish letters ("bil" is also a word of its own), is danger
    ("maz mnie bil wczoraj wieczorem", "danger"),
    ("sasiadka krzyczy za sciana, chyba ja bil", "danger"),
    ("syn nas bil cala noc", "danger"),
    # near: told as long over, what is asked beside it is read (the two words go as "bił" alone goes); a ticket is no harm
    ("maz mnie bil 40 lat temu, teraz pytam o opal", "heating"),
    ("mąż mnie bił, ale to było dawno, teraz proszę o adres", "contact"),
    ("bilety na autobus do was gdzie kupic", "menu"),
    # prices or bills that "finish a person off" are a figure of speech, as round thirteen's "zabijają mnie te rachunki"
    ("ten czynsz człowieka wykończy, czy jest dodatek mieszkaniowy", "help"),
    ("drożyzna człowieka wykończy, jak dostać zasiłek", "help"),
    ("ceny w sklepie człowieka wykończą, ludzie", "menu"),
    # near: the same word said of the writer by someone stays danger (test_round_eighteen_keeps_danger), and a figure
    # already read stays
    ("te ceny człowieka wykańczają, czy jest jakiś dodatek", "help"),
    ("to wszystko człowieka wykańcza, kiedy jesteście otwarci", "hours"),
    ("rachunki mnie wykańczają, czy dacie coś na prąd", "heating"),
    # a call not wanted from anyone ("nie chcę, żeby ktoś dzwonił") asks for no call-back: what is asked beside it is read
    ("nie chcę, żeby do mnie dzwonili, proszę o adres", "contact"),
    ("nie chcemy aby ktoś dzwonił, wystarczy SMS z godzinami", "hours"),
    ("nie chcę, żeby ktoś oddzwaniał, proszę tylko o godziny", "hours"),
    # near: a call not wanted to someone else, or wanted, or another thing not wanted beside a call asked for, still asks
    ("nie chcę żeby ktoś dzwonił do męża, proszę zadzwonić do mnie", "callback"),
    ("chcę żeby ktoś zadzwonił do mnie", "callback"),
    ("nie chcę żeby mąż wiedział że dzwonię, zadzwońcie jutro", "callback"),
    # a phone set up or bought for the writer asks for no number (round sixteen's phone acted upon)
    ("wnuk mi ustawił telefon, czy ktoś to czyta", "menu"),
    ("syn mi włączył nowy telefon, sprawdzam czy to idzie", "menu"),
    ("nie wiem czy dobrze piszę, córka skonfigurowała mi telefon, halo", "menu"),
    # near: a number asked beside it, or lost, is still asked
    ("wnuk ustawił mi telefon, proszę o telefon do pani kierownik", "contact"),
    ("kupiłam telefon, jaki macie numer", "contact"),
    ("zgubiłam telefon do was, proszę jeszcze raz", "contact"),
    # someone on the way to or from work is when or how one comes, no job asked about
    ("jak wracam z roboty to juz zamkniete, czy w sobote otwarte", "hours"),
    ("w poniedziałek do której? syn jedzie do roboty to mnie podwiezie", "hours"),
    ("o której otwieracie? szwagier mnie podrzuci jak do roboty pojedzie", "hours"),
    # near: work sought, lost or asked about still is
    ("szukam roboty, czy pomagacie", "help"),
    ("syn stracil prace i nie ma za co zyc", "help"),
    ("czy jest praca dla mnie w gminie", "help"),
    # a chemist's own hours or place are another place's matter, as the phone's "apteka otwarta": the keyword list
    ("a kiedy apteka jest otwarta w sobotę", "menu"),
    ("do której apteka w Kleszczewie?", "menu"),
    ("gdzie jest apteka dyżurna", "menu"),
    # near: the office found by the chemist's, medicines paid for, the office's own hours
    ("czy ośrodek jest koło apteki, jak dojść", "contact"),
    ("zapomoga na leki bo apteka droga, jak się stara", "help"),
    ("do której jesteście otwarci", "hours"),
    # a worker's visit told as done beside a thanks, nothing else asked: what the thanks is for
    ("pani z opieki była u taty w czwartek, dziękujemy serdecznie", "thanks"),
    ("opiekunka była u babci rano, dziękuję, wszystko w porządku", "thanks"),
    ("pan z opieki wpadł do nas w środę zobaczyć co i jak, dziękujemy", "thanks"),
    ("pracownica była u nas przedwczoraj, dziękuję bardzo, wszystko jasne", "thanks"),
    # near: a question, a request or another matter beside it is read as before
    ("pani była u mamy w piątek, dziękuję, a kiedy przyjdzie znowu", "hours"),
    ("pani była u mamy, dziękuję, ale potrzebujemy jeszcze opału", "heating"),
    ("pan z opieki był u nas, dziękujemy, jaki jest adres do komisji", "contact+addiction"),
    ("pani z opieki była u mamy i mama dalej nie ma opału", "help"),
    # "Do siego roku", the New Year wished, is a wish as "Wesołych Świąt" is
    ("Do siego roku wszystkim w ośrodku", "thanks"),
    ("do siego roku, Halina", "thanks"),
    ("Do siego roku dla pani Basi 🎆", "thanks"),
    # near: the New Year named in a question asks the hours or the thing asked
    ("czy w sylwestra jesteście otwarci", "hours"),
    ("do której jesteście w nowy rok", "hours"),
    ("czy po nowym roku będą paczki", "food"),
])
def test_round_eighteen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: the word said of the writer by someone, harm beside a thanked visit or a wish, harm beside
    # a call not wanted, pills and cold beside a question
    "on mnie wykończy, boję się",
    "syn mówi że mnie wykończy",
    "ceny wysokie, a mąż mówi że mnie wykończy",
    "pani była u nas wczoraj, dziękuję, a mąż znowu mnie bije",
    "Do siego roku, a mąż znowu mnie bije",
    "nie chcę, żeby ktoś dzwonił, on mnie bije",
    "mama wzięła za dużo tabletek, do której jesteście",
    "maz mnie bil wczoraj, do ktorej jestescie",
    "sąsiad nie wychodzi od wczoraj, pies wyje, gdzie jest ośrodek",
])
def test_round_eighteen_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("pana Józka nikt nie widział od soboty, pies wyje cały dzień", [DANGER]),
    ("dziadek zażył za dużo proszków nasennych", [DANGER]),
    ("zimno w chałupie, nie ma czym palić, jemy sam chleb od trzech dni", [DANGER]),
    ("syn nas bil cala noc", [DANGER]),
    ("wnuk mi ustawił telefon, czy ktoś to czyta", [MENU]),
    ("gdzie jest apteka dyżurna", [MENU]),
    ("pani z opieki była u taty w czwartek, dziękujemy serdecznie", [THANKS]),
    ("Do siego roku wszystkim w ośrodku", [THANKS]),
])
def test_round_eighteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


@pytest.mark.parametrize("body", [
    "nie chcemy aby ktoś dzwonił, wystarczy SMS z godzinami",
    "o której otwieracie? szwagier mnie podrzuci jak do roboty pojedzie",
])
def test_round_eighteen_hours_through_the_webhook_as_the_keyword(make_app, body):
    # the reply of the keyword GODZINY itself, nothing about a call-back or work beside it
    app = make_app(TUESDAY_OPEN)
    assert post_sms(app, body) == post_sms(app, "GODZINY")


def test_the_ukrainian_rules_leave_round_eighteen_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.harmed_whom and UKRAINIAN.harmed_whom == frozenset()
    assert POLISH.visit_thanked is not None and UKRAINIAN.visit_thanked is None
