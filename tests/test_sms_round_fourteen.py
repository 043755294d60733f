"""Issue 27, round fourteen of SMS understanding (docs/sms.md, "Round fourteen"): each general rule with texts of its
family it must catch (written for these tests, not the tuning rows of set dev14) and the near texts that would break
it, and each rule played through the real /sms webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_eleven import PRIVACY_CALLBACK, SAVED
from test_sms_round_ten import ADDICTION, CONTACT, DANGER, HELP, HOURS, MENU, THANKS
from test_sms_uk import post_sms

from ivr.textline.addressed import to_someone_close

OPEN_NOW = "Teraz otwarte do 15:00.\n" + HOURS


@pytest.mark.parametrize("body,topic", [
    # someone found lying and not speaking or responding is danger; lying in bed or for long, silent so, is care
    ("sąsiad leży na podwórku i nic nie mówi", "danger"),
    ("dziadek lezy w kuchni i nie reaguje", "danger"),
    ("mama leży przy łóżku, nie można jej dobudzić", "danger"),
    ("babcia leży w łóżku i nic nie mówi od udaru, czy jest opiekunka", "care"),
    ("tata leży od roku i nie mówi, potrzebna opiekunka", "care"),
    ("syn nic nie mówi, tylko gra na komputerze", "menu"),
    # freezing at home (up to 12 degrees indoors, furniture burnt) with someone old or ill, or the night in doubt, is
    # danger; a warmer room, cold outdoors, age or cold alone is the heating matter
    ("u mnie w pokoju 8 stopni, mam 79 lat i chore płuca", "danger"),
    ("w domu 5 stopni, palimy meblami, mama leżąca", "danger"),
    ("mieszkanie zimne, 10 stopni w kuchni, nie wiem czy dotrwam do rana", "danger"),
    ("w pokoju 19 stopni, mam 84 lata, czy jest dodatek węglowy", "heating"),
    ("mam 90 lat, czy dostanę opał na zimę", "heating"),
    ("na dworze 5 stopni, mama ma 80 lat, czy dostanę dodatek węglowy", "heating"),
    ("w domu 10 stopni, czy dostanę opał", "heating"),
    # a harm told as over in so many words is over; one that goes on is danger
    ("była przemoc w domu, ale to już przeszłość, teraz pytam o zasiłek", "help"),
    ("kiedyś był u nas pożar, to przeszłość, czy jest pomoc na remont", "help"),
    ("to już przeszłość, ale on znowu grozi", "danger"),
    ("mąż mnie bije", "danger"),
    # a text meant for someone close (a name or kin called, told what to do) is no call-back nor a matter; danger, a
    # clerk called "Pani Basiu", a call to the writer, a question to the office stay what they were
    ("Mamo weź klucze od sąsiadki", "menu"),
    ("Krysiu przyjdź jutro o 15", "menu"),
    ("Synu zadzwoń do dziadka", "menu"),
    ("Mamo pomocy on mnie bije", "danger"),
    ("Pani Basiu, proszę zadzwonić", "callback"),
    ("Aniu zadzwoń do mnie", "callback"),
    ("Tomku, czy jutro pracujecie?", "hours"),
    ("dzwonię i dzwonię, proszę oddzwonić", "callback"),
    # the writer's own call denied asks no call-back; one asked beside it, or awaited, still is ("to zadzwonię jutro"
    # stays a call-back, as round eleven's test has it)
    ("jestem głucha, nie zadzwonię, w jakie dni przyjmujecie", "hours"),
    ("nie dzwonię bo nie słyszę, gdzie jesteście", "contact"),
    ("nie zadzwonię, proszę oddzwonić", "callback"),
    ("nikt nie zadzwonił", "callback"),
    ("to zadzwonię jutro", "callback"),
    # the writer's own coming told beside a thanks is part of it; with "?" or a question it asks
    ("dziękuję za adres, trafię", "thanks"),
    ("dzięki, przyjdę w poniedziałek", "thanks"),
    ("dziękuję, przyjdę w poniedziałek?", "hours"),
    ("dziękuję, trafię, a jaki numer do kierowniczki", "contact"),
    # to whom a thanks goes, and whom most
    ("dziękujemy wam wszystkim, szczególnie pani Ani", "thanks"),
    ("zdrowia wam życzę", "thanks"),
    ("dziękuję wam, gdzie jesteście", "contact"),
    # the drinker's own denial reported denies nothing; the writer's own denial does
    ("syn twierdzi, że nie ma problemu z alkoholem, a pije codziennie", "addiction"),
    ("mąż mówi że nie jest alkoholikiem, czy mogę go zgłosić", "addiction"),
    ("nie mam problemu z alkoholem, chodzi o zasiłek", "help"),
    # drunk away, done; a deed of gift is no drinking
    ("żona przepiła rentę", "addiction"),
    ("przepisał dom na syna, czy to ma znaczenie do zasiłku", "help"),
    # "czy jest gdzie" is "anywhere"; "gdzie jest", or before an infinitive, asks where
    ("czy jest gdzie grupa dla żon alkoholików", "addiction"),
    ("czy jest gdzie pomoc dla hazardzisty", "addiction"),
    ("gdzie jest pomoc społeczna", "contact"),
    ("czy jest gdzie zostawić wniosek", "contact"),
    # a word of drinking matched as itself is no form of another office's "pit"; the tax forms stay elsewhere
    ("czy jest u was pomoc na picie syna", "addiction"),
    ("czy ZUS wysłał pity", "menu"),
    # a phone one plays on, with "tym", "swoim" between, asks for no number
    ("siedzi w swoim telefonie i gra w kasyno", "addiction"),
    ("jaki jest numer telefonu", "contact"),
    # "jesteście" of where is no coming: a time of day told beside it asks no hours
    ("gdzie dokładnie jesteście, bo sąsiedzi stoją od rana pod sklepem i piją", "contact+addiction"),
    ("jesteście od rana?", "hours"),
    # a pension beside ZUS or KRUS is that office's matter, unless refused or stopped (the writer left without income)
    ("ZUS zmniejszył mi rentę, czemu?", "menu"),
    ("KRUS obniżył emeryturę mamie, dlaczego", "menu"),
    ("ZUS wstrzymał rentę, czy dostanę zasiłek", "help"),
    ("KRUS zabrał mi rentę, nie mam z czego żyć", "help"),
    ("czy ZUS wypłaca 800 plus", "child_benefit"),
    # the way to this office is its address beside a train or a bus; a bus alone is another's matter
    ("jak dojechać do was pociągiem", "contact"),
    ("o której autobus do Poznania", "menu"),
    # papers to be carried in are what the visit is for; an application asked about is still help
    ("czy w piątek ktoś będzie, bo chcę przynieść zaświadczenie od lekarza, że jestem chora", "hours"),
    ("chcę złożyć wniosek o zasiłek, w jakich godzinach", "hours+help"),
    # feasts of several words are days asked about; a wish is a thanks
    ("czy w Nowy Rok jesteście", "hours"),
    ("w Szczepana otwarte?", "hours"),
    ("Szczęśliwego Nowego Roku!", "thanks"),
])
def test_round_fourteen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,day", [
    ("czy w Nowy Rok jesteście", "W piątek 1 stycznia: nieczynne."),
    ("w drugi dzień świąt pracujecie?", "W sobotę 26 grudnia: nieczynne."),
    ("czy w Szczepana ktoś będzie", "W sobotę 26 grudnia: nieczynne."),
    ("w Boże Narodzenie otwarte?", "W piątek 25 grudnia: nieczynne."),
    ("w pierwszy dzień świąt jesteście?", "W piątek 25 grudnia: nieczynne."),
    # after a feast: the first open day after it (1 January is a Friday, then a weekend)
    ("kiedy po Nowym Roku otwieracie", "W poniedziałek 4 stycznia: 8:00–16:00."),
    ("po sylwestrze od kiedy otwarte", "W poniedziałek 4 stycznia: 8:00–16:00."),
])
def test_a_feast_of_several_words_names_its_day(lines, body, day):
    assert lines.answer(body, TUESDAY_OPEN).text == f"{day}\n{OPEN_NOW}"


@pytest.mark.parametrize("body", [
    "czy między świętami a Nowym Rokiem pracujecie",  # between: no one day
    "Wesołych świąt i szczęśliwego nowego roku, czy dziś pracujecie?",  # a wish, and today asked
])
def test_new_year_named_between_or_in_a_wish_names_no_day(lines, body):
    assert lines.answer(body, TUESDAY_OPEN).text == OPEN_NOW


def test_someone_close_is_called_by_name_or_kin_and_told_what_to_do():
    assert to_someone_close("Kasiu kup chleb i zadzwon do babci")
    assert to_someone_close("Hej Olu, weź parasol")
    assert not to_someone_close("dzwonie i dzwonie, prosze oddzwonic")  # "dzwonie": a bell's vocative, nobody called
    assert not to_someone_close("Halo, zadzwońcie")  # "Halo" is no name
    assert not to_someone_close("Kasiu, dzień dobry")  # "dzień" is no imperative here
    assert not to_someone_close("Mamo, zadzwoń do mnie 601 234 877")  # a call to the writer


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("tata leży na podłodze i nic nie mówi", [DANGER]),
    ("w kuchni 7 stopni, mam 88 lat i chore serce", [DANGER]),
    ("kiedyś była przemoc, ale to już przeszłość, czy jest jakaś pomoc dla samotnej mamy", [HELP]),
    ("Zosiu kup mleko i zadzwoń do dziadka", [MENU]),
    ("jestem głuchy, nie zadzwonię, w jakie dni jesteście", [OPEN_NOW]),
    ("dziękuję za adres, trafię. Halina", [THANKS]),
    ("ojciec mówi, że nie jest alkoholikiem, a pije od rana", [ADDICTION]),
    ("czy jest gdzie pomoc dla hazardzisty", [ADDICTION]),
    ("ZUS obciął mi rentę, dlaczego?", [MENU]),
    ("jak dojechać do was autobusem", [CONTACT]),
    ("czy w Nowy Rok jesteście", ["W piątek 1 stycznia: nieczynne.\n" + OPEN_NOW]),
])
def test_round_fourteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_a_call_back_asked_beside_ones_own_call_denied_is_saved(make_app):
    replies = post_sms(make_app(TUESDAY_OPEN), "nie zadzwonię, bo nie mam środków, proszę oddzwonić")
    assert replies[0].startswith(SAVED) and replies[-1] == PRIVACY_CALLBACK


def test_the_ukrainian_rules_leave_round_fourteen_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.danger_written and UKRAINIAN.danger_written == ()
    assert POLISH.to_someone_close is not None and UKRAINIAN.to_someone_close is None
    assert POLISH.own_call_denied is not None and UKRAINIAN.own_call_denied is None
    assert POLISH.own_plan and UKRAINIAN.own_plan == frozenset()
    assert POLISH.feast_phrases and UKRAINIAN.feast_phrases == ()
    assert POLISH.other_office_matter and UKRAINIAN.other_office_matter == ()
