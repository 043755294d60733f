"""Issue 27, round twenty-two of SMS understanding (docs/sms.md, "Round twenty-two"): each general reading of a kind of
writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev23) and the near
texts that must not change, danger kept beside the new readings, and the readings played through the real /sms webhook
with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import DANGER, MENU, STOP, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # a threat made against telling anyone is danger; near: telling alone, a child taken by a court asked about
    ("mąż powiedział, że jak komuś powiem, to zabierze mi dzieci", "danger"),
    ("grozi, że jak ktoś się dowie, to mnie znajdzie", "danger"),
    ("jak powiesz komuś to pożałujesz, tak mi napisał", "danger"),
    ("jak komuś powiem, że biorę zasiłek, to się ze mnie śmieją", "help"),
    ("jak się rozwiedziemy, to czy sąd zabierze mi dzieci?", "menu"),
    # the writer still lying where she fell, with the cold or nobody come, is danger; near: lying on in bed or in hospital
    ("leżę nadal na podłodze, zimno mi", "danger"),
    ("leżymy dalej, nikt nie przyszedł", "danger"),
    ("leżę dalej w łóżku, zimno mi w domu, czy jest dodatek na opał", "help"),
    ("leżę dalej w szpitalu, czy ktoś może pomóc mamie", "care"),
    # in pain or fallen and unable to get to the door is danger; near: the door without pain, the office not reached
    ("noga boli, nie dojdę do drzwi, klucz pod wycieraczką", "danger"),
    ("upadłam, nie mogę dojść do drzwi", "danger"),
    ("nie dojdę szybko do drzwi, proszę pisać", "menu"),
    ("boli mnie noga, nie dojdę do was, czy pani może przyjść", "menu"),
    # replies asked not to come stop the line; near: not for a while only (a call asked beside it), no need to reply,
    # a complaint that no reply came
    ("proszę już nie odpisywać na ten numer", "stop"),
    ("nie odpisujcie więcej", "stop"),
    ("teraz nie odpisujcie, zadzwońcie jutro po 10", "callback"),
    ("dziękuję, nie trzeba odpisywać", "thanks"),
    ("nie odpisujecie na moje smsy, do której jesteście", "hours"),
    # "gdzie" asks the place itself beside a named matter: where and when together, not knowing where to go, the office
    # sought with a word between; near: "gdzie" alone beside the matter stays the matter's (round seven)
    ("dodatek na opał, gdzie iść i kiedy", "hours+contact+help"),
    ("zasiłek celowy, gdzie się składa i do kiedy?", "contact+help"),
    ("zasiłek celowy, gdzie się składa wnioski?", "help"),
    ("syn nie wie, gdzie iść z tym wnioskiem o zasiłek", "contact+help"),
    ("gdzie was najlepiej szukać, mama chce pomocy z opałem", "contact+heating"),
    ("800+ gdzie złożyć", "child_benefit"),
    ("zasiłek, gdzie szukać pomocy", "help"),
    # voice typing told asks for no number; near: the number asked beside it
    ("wnuczka mi ustawiła mówienie do telefonu, o której jesteście w piątek", "hours"),
    ("mówię do telefonu bo nie widzę liter, jaki jest wasz telefon", "contact"),
    # a drink that is no alcohol names no drinking; near: vodka
    ("nic nie robią tylko herbatę piją całymi dniami", "menu"),
    ("siedzicie i kawkę pijecie a ludzie czekają", "menu"),
    ("mąż pije wódkę codziennie, co robić", "addiction"),
    # the writer's own coming by bus is no bus timetable; near: the bus's own time asked
    ("o której jesteście w środę, przyjadę autobusem z Tulec", "hours"),
    ("o której przyjedzie autobus do Kleszczewa", "menu"),
    # the world's end bemoaned is a reaction to a story seen; near: a bare report (round nine's help text)
    ("w wiadomościach mówili, że ktoś zamarzł w domu, świat się kończy", "menu"),
    ("w tv mówili, że zabili dziecko, co za czasy", "menu"),
    ("w tv mówili, że ktoś umarł z zimna", "help"),
    # a parcel locker's notice passed on asks for no food parcel; near: a question about a food parcel
    ("DPD: przesyłka czeka w paczkomacie, kod odbioru 4411", "menu"),
    ("Twoja paczka czeka w paczkomacie KLE02 do piątku", "menu"),
    ("czy paczka żywnościowa będzie w paczkomacie?", "food"),
    # a text denied at its start is the keyword list; near: the other office named as where to go
    ("nie nie, to nie do was, wnuczek się bawi", "menu"),
    ("to nie do was trzeba iść z wnioskiem o 800 plus", "child_benefit"),
    # the good outcome told beside a thanks is part of it; near: a lack or a trouble told, a question beside it
    ("dziękuję za opał, mama ma już węgiel na zimę", "thanks"),
    ("dziękuję za pomoc, syn ma opiekunkę od poniedziałku", "thanks"),
    ("już jestem w domu po szpitalu, dziękuję za wszystko", "thanks"),
    ("dziękuję, ale mama nie ma opału od wtorku", "heating"),
    ("jestem w domu od wtorku, dziękuję, czy ktoś przyjdzie z opieki?", "hours+help"),
    # whether a thing given will be there asks the thing; near: somebody in, the office itself, a day named
    ("czy będą w tym roku paczki na święta", "food"),
    ("czy będzie dodatek węglowy", "heating"),
    ("czy będzie ktoś w piątek", "hours"),
    ("czy będziecie w piątek otwarci", "hours"),
    ("czy będzie jutro wydawanie paczek", "hours+food"),
    # papers to be signed when coming are what the visit is for; near: the matter asked beside, an application to file
    ("kiedy mogę przyjść podpisać papiery o zasiłek", "hours"),
    ("w jakich godzinach przyjść podpisać umowę na opiekunkę", "hours"),
    ("czy mogę dostać opiekunkę? kiedy przyjść podpisać papiery", "hours+care"),
    ("chcę złożyć wniosek o zasiłek, kiedy mogę przyjść", "hours+help"),
])
def test_round_twenty_two_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: beside a stop, a media story's reaction, a parcel notice, a thanks with its outcome, a "czy
    # będzie", a voice typing told, papers to sign, a drink named
    "proszę już nie odpisywać, mąż mnie bije",
    "w tv mówili, że ktoś zamarzł, świat się kończy, a u mnie mąż bije",
    "paczka czeka w paczkomacie, a on mnie znowu pobił",
    "dziękuję, syn ma opiekunkę od wtorku, ale mąż grozi że mnie zabije",
    "czy będzie węgiel? mąż pijany bije dzieci",
    "mówię do telefonu bo on mnie bije i nie widzę",
    "kiedy mogę przyjść podpisać papiery, mąż mnie bije",
    "on pije tylko wodę a i tak bije mnie codziennie",
    "nie nie to nie do was, ratunku on mnie bije",
])
def test_round_twenty_two_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_two_reads_no_new_stop_or_danger_in_near_texts(lines):
    # a reply not wanted for a while is no stop; a threat's parts alone and a door alone are no danger
    for body in ("dzisiaj nic nie odpisujcie, jutro napiszę", "czy moge zadzwonić, nie odpisujcie teraz"):
        assert read(lines, body)[0] != "stop"
    for body in ("jak komuś powiem o tej pomocy, to mi zazdroszczą", "syn mnie znajdzie w domu, przyjedzie po świętach",
                 "leżę dalej w łóżku po operacji, czy jest opiekunka", "klucz jest pod wycieraczką, proszę wejść"):
        assert read(lines, body)[0] != "danger"
    # a lack or a trouble told beside a thanks is asked about, not thanked for
    for body in ("dziękuję, mama nie ma już opału", "dziękuję, mama ma problem z nogami od wtorku"):
        assert read(lines, body)[0] != "thanks"


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("mąż powiedział, że jak komuś powiem, to zabierze mi dzieci", [DANGER]),
    ("leżę nadal na podłodze, zimno mi, bateria się kończy", [DANGER]),
    ("noga spuchnięta, boli, nie dojdę do drzwi", [DANGER]),
    ("proszę już nie odpisywać na ten numer", [STOP]),
    ("DPD: przesyłka czeka w paczkomacie, kod odbioru 4411", [MENU]),
    ("dziękuję za pomoc, syn ma opiekunkę od poniedziałku", [THANKS]),
])
def test_round_twenty_two_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_the_ukrainian_rules_leave_round_twenty_two_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.where_asked is not None and UKRAINIAN.where_asked is None
    assert POLISH.outcome_told is not None and UKRAINIAN.outcome_told is None


@pytest.mark.parametrize("body,topic", [
    # merged beside round twenty-one: a wish sent by mistake, then extended to the office too, is a thanks; the mistake
    # alone (round twenty-one's own-mistake reading), a matter or danger beside it, are read as before
    ("sorry, pomyliłam numery, życzenia były do siostry, ale Wesołych Świąt też!", "thanks"),
    ("przepraszam, pomyłka, ale wam też zdrowych świąt", "thanks"),
    ("sorry to nie do was, ale wszystkiego dobrego wam również", "thanks"),
    ("haha sorry pomyłka numeru, wesołych", "menu"),
    ("sorry to nie do was, wszystkiego dobrego", "menu"),
    ("sorry pomyłka numeru, też nie wiem", "menu"),
    ("sorry pomyłka, ale mąż mnie bije też", "danger"),
])
def test_a_wish_sent_by_mistake_then_extended_to_the_office_is_a_thanks(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


def test_the_ukrainian_rules_leave_the_wish_extended_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.wished_to_us_too is not None and UKRAINIAN.wished_to_us_too is None
