"""Issue 27, round twenty-one of SMS understanding (docs/sms.md, "Round twenty-one"): each general reading of a kind of
writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev22) and the near
texts that must not change, danger kept beside the new readings, and the readings played through the real /sms webhook
with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import DANGER, MENU, STOP, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # a link's words are no words of the text ("bit" is no "bił"); a bulk message asking to click it is the keyword list;
    # near: a domain alone asked about, a question about such a message
    ("Wygrałeś nagrodę! Kliknij bit.ly/nagroda-77 i odbierz", "menu"),
    ("Paczka czeka na dopłatę 2 zł, wejdź: bit.ly/dop-3", "menu"),
    ("bit.ly/abc", "menu"),
    ("dostałam sms żeby dopłacić 2 zł przez link inpost-doplata.pl, czy to od was?", "help"),
    # the Catholic greeting and its answer are a greeting, a blessing's measure is part of a thanks, a thanks signed with a
    # first name and a surname in either order; near: a question beside the greeting
    ("Niech będzie pochwalony Jezus Chrystus!", "thanks"),
    ("niech bedzie pochwalony", "thanks"),
    ("Na wieki wieków, amen", "thanks"),
    ("Niech będzie pochwalony. Kiedy jesteście otwarci?", "hours"),
    ("Dziękuję za paczkę, niech Bóg wynagrodzi stokrotnie", "thanks"),
    ("Dziękuję za opał, niech wam Pan Bóg wynagrodzi w dwójnasób", "thanks"),
    ("Dziękuję za opał. Jan Kowalski", "thanks"),
    ("Dziękuję pani za pomoc z wnioskiem, Nowak Zofia", "thanks"),
    # whom a greeting greets, and a wish's time at the end of a part of a thanks; near: a feast asked about
    ("Dziękuję za węgiel. Pozdrawiam całe biuro i Panią Kierownik", "thanks"),
    ("Wesołych Świąt, dużo zdrowia i szczęścia na Nowy Rok", "thanks"),
    ("Dziękuję za paczkę, wszystkiego dobrego na nowy rok", "thanks"),
    ("a na nowy rok?", "hours"),
    ("Wesołych Świąt! Na Nowy Rok macie otwarte?", "hours"),
    # the office's messages called harassment beside a stop; near: someone who harasses, the word without a stop
    ("nie piszcie do mnie więcej, to jest nękanie", "stop"),
    ("nękacie mnie tymi smsami, wypiszcie mnie", "stop"),
    # the writer's own wrong number owned with an apology, also after a question it takes back; near: a stop asked beside
    # it, a wrong number without an apology, a question after the apology
    ("sorki, pomyłka numeru", "menu"),
    ("kupisz mleko? przepraszam, to pomyłka", "menu"),
    ("kupisz mleko? sorry pomyłka numeru", "menu"),
    ("sorry, pomyłka, nie piszcie do mnie", "stop"),
    ("to pomyłka z numerem, nie jestem z Kleszczewa", "stop"),
    ("sorry pomyłka numeru, a gdzie jesteście?", "contact"),
    # a text that says it only tells, to anyone; near: a question or a request beside it
    ("babcia dziś cały dzień wspominała dziadka, muszę to komuś napisać", "menu"),
    ("dwa lata temu sąsiad zamarzł w domu, tak tylko piszę bo mi się przypomniało", "menu"),
    ("tak tylko piszę, żeby zapytać o opał", "heating"),
    ("tylko tak piszę, czy jest dodatek", "help"),
    # where the writer spends a feast names no hours; near: the office's hours at a feast asked
    ("syn mnie zabiera na święta, dziękuję za wszystko", "thanks"),
    ("będę u córki w święta, dziękuję", "thanks"),
    ("czy w święta jesteście otwarci", "hours"),
    ("czy w święta można przyjść", "hours"),
    # volunteers and visits to the lonely or old asked about are help; nobody coming to someone is no coming to the office
    ("czy są u was wolontariusze", "help"),
    ("czy ktoś odwiedza samotnych starszych", "help"),
    ("czy dajecie paczki przed świętami? nikt do mamy nie przychodzi", "food"),
    ("czy można przyjść przed świętami", "hours"),
    ("Wesołych Świąt dla wolontariuszy, dziękujemy", "thanks"),
    # where to collect beside the hours asked asks the address too; near: where to collect alone
    ("gdzie i od której godziny można odebrać paczkę", "hours+contact+food"),
    ("do której i gdzie się odbiera obiady?", "hours+contact+food"),
    ("paczki gdzie odebrać", "food"),
])
def test_round_twenty_one_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # someone of the family or a neighbour unreachable since a time, with the cold or no power
    "tata od wczoraj nie odbiera, a u niego nie ma prądu",
    "babcia napisała że zimno i od tej pory nie odbiera",
    "od tego czasu sąsiad nie otwiera, a mróz",
    # unable to talk now for "him" at home, with a plea
    "nie moge mowic on siedzi w pokoju obok, pomocy",
    "nie mogę teraz mówić, on jest w kuchni, co mam robić",
    "nie mogę teraz rozmawiać, on chodzi po domu, napiszcie co mam robić",
    # gone out of the home for someone drunk or raging there
    "mąż przyszedł pijany, siedzimy z dziećmi w samochodzie przed blokiem",
    "syn wrócił nawalony, w domu nie da się być, siedzę na klatce, co robić",
    # danger is never lost beside a link, the greeting, a stop, an apology, a text that only tells, a feast, volunteers
    "mąż mnie bije, znalazłam www.niebieskalinia.pl/pomoc co robić",
    "Niech będzie pochwalony, mąż mnie bije",
    "przestańcie pisać, mąż mnie nęka",
    "to nękanie, on pisze do mnie codziennie i grozi",
    "sąsiad mnie nęka, to nękanie, nie chcę już smsów",
    "gdzie jest mama? sorry pomyłka, mąż mnie bije",
    "tak tylko piszę, mąż znowu pije i bije",
    "muszę to komuś powiedzieć, mąż mnie bije",
    "syn mnie zabrał na święta a mąż znowu bije",
    "odwiedzam samotnych starszych, mąż mnie bije",
    "nikt do niej nie zagląda, leży sama",
    "dziękuję, pozdrawiam całe biuro, mąż znowu bije",
])
def test_round_twenty_one_keeps_or_reads_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body", [
    # the new danger families want their signs together
    "pani z ośrodka nie odpisuje od rana, a u nas zimno, kiedy opał?",
    "nie mogę teraz rozmawiać, jestem w pracy, co robić z wnioskiem",
    "nie mogę teraz rozmawiać, on jest w domu chory, co robić z opieką",
    "nie mogę teraz rozmawiać, on jest w domu, proszę napisać godziny",
    "mąż wrócił pijany, co robić z jego piciem",
    "siedzę u sąsiadki, bo nie mam prądu",
    "mąż wrócił pijany, jestem u sąsiadki na kawie",
    # a prize message's link is no danger
    "GRATULACJE! Wygrałeś. Kliknij bit.ly/wygrana-x1",
])
def test_round_twenty_one_reads_no_new_danger(lines, body):
    assert read(lines, body)[0] != "danger"


@pytest.mark.parametrize("body", [
    # a refusal never becomes a request: the stop beside the new readings
    "przestańcie do mnie pisać, bo to nękanie",
    "sorry, pomyłka, nie piszcie do mnie",
    "Niech będzie pochwalony, proszę mi nie wysyłać więcej smsów",
])
def test_round_twenty_one_keeps_a_stop(lines, body):
    assert read(lines, body) == ("stop", "pl")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("Wygrałeś iPhone! Kliknij bit.ly/wygrana-22 aby odebrać", [MENU]),
    ("Niech będzie pochwalony Jezus Chrystus", [THANKS]),
    ("Bóg zapłać za opał. Pozdrawiam całe biuro i Panią Kierownik", [THANKS]),
    ("nie piszcie do mnie codziennie, to jest nękanie", [STOP]),
    ("kupisz chleb? sorki pomyłka numeru", [MENU]),
    ("rok temu sąsiad zamarzł w domu, tak tylko piszę bo mi się przypomniało", [MENU]),
    ("nie mogę teraz rozmawiać, on jest w domu, napiszcie co robić", [DANGER]),
    ("syn znowu wrócił pijany, siedzę z wnuczką u sąsiadki, co mam robić", [DANGER]),
    ("mama od tej pory nie odbiera, a w nocy pisała że zimno", [DANGER]),
])
def test_round_twenty_one_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_twenty_one_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.wished_for_when is not None and UKRAINIAN.wished_for_when is None
    assert POLISH.own_mistake is not None and UKRAINIAN.own_mistake is None
    assert POLISH.collect is not None and UKRAINIAN.collect is None
