"""Issue 27, round fifteen of SMS understanding (docs/sms.md, "Round fifteen"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of sets dev15 and dev16) and the near texts that
would break it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import ADDICTION, CONTACT, DANGER, HELP, HOURS, MENU, THANKS
from test_sms_uk import post_sms

from ivr.textline.addressed import to_someone_close

OPEN_NOW = "Teraz otwarte do 15:00.\n" + HOURS


@pytest.mark.parametrize("body,topic", [
    # writing in secret for fear of someone at home, with a harm that comes back or a call that cannot be made for him, is
    # danger; writing quietly because a child sleeps, at work, or with only an hours question, is not
    ("piszę po cichu, bo on jest w pokoju obok, jak wytrzeźwieje to znowu zacznie", "danger"),
    ("pisze po kryjomu zanim on wroci, bedzie to samo co zawsze", "danger"),
    ("po cichu piszę bo ona śpi, zadzwonić nie mogę bo by usłyszała", "danger"),
    ("piszę po cichu bo dziecko śpi, jutro znowu będzie kolejka?", "hours"),
    ("piszę po cichu bo jestem w pracy, nie mogę zadzwonić, do której jesteście", "hours"),
    ("Piszę po cichu, on śpi po nocce, do której jutro?", "hours"),
    # a number or phone that does not answer is no person silent; a person found lying and silent stays danger
    ("jaki jest wasz numer, bo ten który mam nie odpowiada", "contact"),
    ("wasz telefon nie odpowiada, jaki jest adres", "contact"),
    ("tata leży w sieni i nie odpowiada", "danger"),
    ("sąsiadka nie odpowiada od wczoraj, mieszka sama, ma 88 lat", "danger"),
    # drinking, gambling or taking drugs in secret is the addiction; a call made in secret for fear stays danger
    ("brat po kryjomu pije, matka nie wie, gdzie szukać pomocy", "addiction"),
    ("syn po kryjomu gra w automaty", "addiction"),
    ("dzwonię po kryjomu, mąż mnie zamyka", "danger"),
    ("mąż pije po kryjomu i bije mnie", "danger"),
    # a fire told as over (burnt down, with its aftermath or its time) asks for help after it; a fire now, a threat to
    # burn, or a threat that goes on is danger
    ("sąsiadom się spalił dom, teraz mieszkają u syna, jest pomoc?", "help"),
    ("się spaliła chałupa w maju, czy jest zapomoga", "help"),
    ("spłonęła stodoła dwa tygodnie temu, straciliśmy wszystko, czy jest zapomoga", "help"),
    ("dom się spalił, dzieci w środku", "menu"),  # as before the round: no danger word (the line reads no more into it)
    ("pali się dom sąsiadów, dzieci w środku", "danger"),
    ("sąsiadom spalił się dom w listopadzie, a teraz on znowu grozi, że podpali nasz", "danger"),
    ("on grozi, że spali dom, już raz w listopadzie próbował", "danger"),
    # a report seen is danger told from a screen (the help text with the number, as round six decided); a harm now stays
    ("oglądałam reportaż o przemocy w rodzinie, gdzie można pomóc takim kobietom", "help"),
    ("w programie mówili o dziadku co zamarzł, straszne", "help"),
    ("mąż mnie bije, widziałam reportaż o Niebieskiej Linii", "danger"),
    ("w programie mówili o przemocy, a mnie konkubent straszy co dzień", "danger"),
    ("po tym filmie nie chce mi się żyć", "danger"),
    # drinking told as over asks nothing of the addiction; drinking now, or again, still does
    ("ojciec kiedyś pił, teraz mama chora, czy jest opiekunka", "care"),
    ("mąż dawniej popijał, teraz jest dobrze, pytam o zasiłek", "help"),
    ("mąż kiedyś pił, teraz znowu zaczął pić, co robić", "addiction"),
    ("mąż pije od lat", "addiction"),
    # the writer's own call denied with the verb first asks no call-back; a call-back asked beside it still is
    ("Zadzwonić nie mogę, jestem głucha. Kiedy jesteście?", "hours"),
    ("dzwonić nie mogę, gdzie was szukać", "contact"),
    ("zadzwonić nie mogę, proszę oddzwonić", "callback"),
    # thanks: the writer driven by someone, wishes joined by "oraz" and signed with the family, the help praised beside
    # a thanks; with a question or without a thanks word it asks or stays what it was
    ("dziękuję bardzo, wnuk mnie podwiezie w czwartek", "thanks"),
    ("dzięki, sąsiad nas przywiezie", "thanks"),
    ("dziękuję, kto mnie zawiezie w poniedziałek?", "hours"),
    ("Wesołych Świąt oraz zdrowia życzy Halina z mężem", "thanks"),
    ("Spokojnych Świąt życzy Marek z rodziną z Krerowa", "thanks"),
    ("Wszystkiego dobrego oraz zdrowia życzy Zenon z żoną", "thanks"),
    ("jestem niesłysząca, dziękuję, pomoc dobra", "thanks"),
    ("ja głucha", "menu"),
    ("ja głuchy, pomoc potrzebna", "help"),
    # the number by its kind or the office's name is the number asked for; the phone not answered beside it asks no hours
    ("stacjonarny numer macie?", "contact"),
    ("telefon stacjonarny do ośrodka?", "contact"),
    ("czy jest opieka stacjonarna dla mamy", "care"),
    ("numer opieki poproszę", "contact"),
    ("na stacjonarny nikt nie odbiera od rana, jaki jest numer komórkowy?", "contact"),
    ("dzwonię od rana i nikt nie odbiera, czy dziś otwarte?", "hours"),
    # the commission asked where as a place known of is its address too; "gdzie jest komisja" stays the addiction text
    ("gdzie jest ta wasza komisja, bo syn pije", "contact+addiction"),
    ("gdzie jest komisja od alkoholu", "addiction"),
    # a phone disliked or not used is why one writes, no number asked for; a number asked for still is
    ("mama nie lubi telefonu, w które dni przyjmujecie", "hours"),
    ("dziadek telefonu nie używa, pytam za niego, czy jest opał", "heating"),
    ("jaki jest numer telefonu", "contact"),
    # a text to someone close called by name in the nominative and told what to do at once: the keyword list; told of
    # someone, a question, the office addressed, or a blessing after the name stay what they were
    ("Ania kup chleb dla dziadka", "menu"),
    ("Tomek odbierz małego i kup obiad", "menu"),
    ("Tomek kupił chleb", "menu"),
    ("Syn miał wypadek, jest na wózku, potrzebuje pomocy w domu", "care"),
    ("Babcia prosi, zadzwońcie", "callback"),
    ("Zofia, Szczęść Boże, kiedy jesteście?", "hours"),
    ("Kochani, Szczęść Boże, kiedy jesteście?", "hours"),
    # another office's document: the papers beside it are that office's; this office named, or its own matter, stays
    ("gdzie się składa wniosek o dowód osobisty", "menu"),
    ("prawo jazdy mi zabrali, gdzie złożyć papiery", "menu"),
    ("gdzie złożyć wniosek o zasiłek", "help"),
    ("gdzie wysłać wniosek pocztą", "contact"),
    ("jak dojechać do was, bo prawa jazdy nie mam", "contact"),
    # money or post that comes is no coming to the office; the amount beside a pension of ZUS is ZUS's matter
    ("ZUS podniesie emeryturę od marca, ile dostanę?", "menu"),
    ("kiedy przyjdzie podwyżka renty z ZUS i o ile", "menu"),
    ("kiedy przyjdą pieniądze z zasiłku", "help"),
    ("kiedy pani z opieki przyjdzie do mamy", "hours+help"),
    ("kiedy mogę przyjść", "hours"),
    ("pieniądze już przyszły, dziękuję", "thanks"),
    ("ZUS wstrzymał rentę, ile dostanę zasiłku?", "help"),
    ("ile dostanę zasiłku", "help"),
])
def test_round_fifteen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


def test_someone_close_is_called_by_name_in_the_nominative_with_a_command_at_once():
    assert to_someone_close("Kasia weź parasol")
    assert to_someone_close("mama kup leki")
    assert not to_someone_close("Kasia, wczoraj kup")  # the command not right after the name
    assert not to_someone_close("Jan ma 80 lat")  # "ma" is told of someone
    assert not to_someone_close("Marek mial wypadek")  # "mial" is "miał", though morfeusz2 knows a rare "miać"
    assert not to_someone_close("Kochana, daj znać")  # a word of fondness opens a letter to the office
    assert not to_someone_close("Tomek kup chleb?")  # a question
    assert not to_someone_close("janek zamknij drzwi, proszę pani, czy gmina daje opał")  # the office addressed after
    assert not to_someone_close("Tomek zadzwoń do mnie")  # a call to the writer
    assert not to_someone_close("Zofia, Szczęść Boże")  # a blessing


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("piszę po cichu, bo on jest obok, jak wytrzeźwieje to znowu zacznie", [DANGER]),
    ("jaki jest wasz numer, bo ten który mam nie odpowiada", [CONTACT]),
    ("brat po kryjomu pije, co robić", [ADDICTION]),
    ("sąsiadom się spalił dom miesiąc temu, czy jest zapomoga", [HELP]),
    ("dziękuję bardzo, wnuk mnie podwiezie w czwartek", [THANKS]),
    ("mama nie lubi telefonu, w które dni przyjmujecie", [OPEN_NOW]),
    ("Ania kup chleb dla dziadka", [MENU]),
    ("gdzie się składa wniosek o dowód osobisty", [MENU]),
])
def test_round_fifteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_fifteen_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.driven and UKRAINIAN.driven == frozenset()
    assert POLISH.self_told and UKRAINIAN.self_told == frozenset()
    # Ukrainian round sixteen gave the Ukrainian line its own (a ZUS pension's amount: test_uk_sms_round_sixteen.py).
    assert POLISH.amount_elsewhere is not None and UKRAINIAN.amount_elsewhere not in (None, POLISH.amount_elsewhere)
    assert POLISH.money_arrives is not None and UKRAINIAN.money_arrives is None
    assert POLISH.papers_elsewhere and UKRAINIAN.papers_elsewhere == ()
    assert POLISH.told_over and UKRAINIAN.told_over == ()
