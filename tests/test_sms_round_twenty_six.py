"""Issue 27, round twenty-six of SMS understanding (docs/sms.md, "Round twenty-six"): each general reading of a kind
of writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev27) and the
near texts that must not change, danger kept beside the new readings, and the readings played through the real /sms
webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import DANGER, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # why the writer is still here, and a stock of pills, are danger; near: a stock of fuel, "po co" asking a purpose
    ("siedzę sama i myślę, po co jeszcze jestem na tym świecie", "danger"),
    ("po co ja jeszcze żyję, nikt nie dzwoni", "danger"),
    ("mam w szafce cały zapas tabletek nasennych", "danger"),
    ("mam zapas opału na zimę, czy jest dopłata do prądu", "heating"),
    ("po co jest ten wniosek o dodatek", "help"),
    # the joy told after what is thanked for, in the same part; near: the joy denied, a question
    ("dziękuję za opał dziadek się bardzo ucieszył", "thanks"),
    ("dzięki za obiady mama się popłakała z radości", "thanks"),
    ("dzięki za paczkę babcia nie była zadowolona", "food"),
    ("kiedy paczka babcia się ucieszy", "food"),
    # a text all in capitals signed with a first name; near: a name that does something, a question
    ("DZIĘKUJĘ ZA OPAŁ. WESOŁYCH ŚWIĄT DLA PAŃ Z OŚRODKA. HALINA Z KOMORNIK", "thanks"),
    ("DZIĘKUJĘ ZA PACZKĘ. MARIAN KOWALCZYK", "thanks"),
    ("DZIĘKUJĘ ZA PACZKĘ. ANNA PIJE", "food+addiction"),
    ("CZY JEST PACZKA. HALINA Z KOMORNIK", "food"),
    # a formal letter's thanks, the year of what is thanked for inside it, a name and surname signed with whom;
    # near: a formal letter asking, a thanks followed by a question about next year
    ("Szanowni Państwo, składam podziękowania za okazaną w tym roku pomoc. Jan Kowalski z żoną", "thanks"),
    ("dziękuję za opiekę przez cały rok i serce", "thanks"),
    ("Szanowni Państwo, proszę o pomoc", "help"),
    ("Szanowni Państwo, składam wniosek o zasiłek", "help"),
    ("dziękuję za opał w zeszłym roku, czy w tym roku też będzie?", "heating"),
    # whether texts get through at all is the keyword list; near: a matter asked beside it, a carer who comes
    ("halo halo czy sms dochodzi", "menu"),
    ("czy wiadomość doszła", "menu"),
    ("czy to dochodzi, potrzebuję opału", "heating"),
    ("czy opiekunka dochodzi do mamy", "care"),
    # someone else wrote from the writer's phone, owned with an apology; near: a grandchild writing for the writer
    ("przepraszam, to syn wziął mi telefon i napisał", "menu"),
    ("sorki to wnuczka pisała z mojego telefonu", "menu"),
    ("wnuczka napisała z mojego telefonu, czy jest paczka dla mnie", "contact+food"),
    ("przepraszam, wnuczka pisała z mojego telefonu, czy jest paczka", "contact+food"),
    # a disability or parking card is made by the county; near: a disabled relative's care, a benefit asked
    ("jak wyrobić kartę parkingową dla taty", "menu"),
    ("legitymacja osoby niepełnosprawnej, gdzie złożyć", "menu"),
    ("mama niepełnosprawna, potrzebuje opiekunki", "care"),
    ("syn niepełnosprawny, czy jest zasiłek", "help"),
])
def test_round_twenty_six_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: beside a thanks told with joy, a capitals signature, a formal letter, a delivery check,
    # someone else on the writer's phone, a disability card; the phone taken by him stays danger
    "dzięki za paczkę, mąż mnie bije, dzieci się cieszą",
    "DZIĘKUJĘ. MĄŻ MNIE BIJE. HALINA",
    "POMOCY. MĄŻ MNIE BIJE Z NOŻEM",
    "Szanowni Państwo, dziękuję, mąż mnie bije",
    "czy to dochodzi? mąż mnie bije",
    "sorry kolega wziął mi telefon i pisał, mąż mnie bije",
    "mąż zabrał mi telefon, nie mogę dzwonić, pomocy",
    "zgubiłam legitymację osoby niepełnosprawnej, mąż mnie bije",
    "mam zapas tabletek i już nie chcę żyć",
])
def test_round_twenty_six_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_six_never_makes_a_refusal_a_request(lines):
    # a refusal stays a refusal beside the new readings
    assert read(lines, "nie piszcie już do mnie") == ("stop", "pl")
    assert read(lines, "sorry, kolega wziął mi telefon i pisał, nie piszcie do mnie")[0] not in ("callback", "start")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("po co ja jeszcze jestem", [DANGER]),
    ("dzięki za paczkę dziadek się popłakał ze szczęścia", [THANKS]),
    ("DZIĘKUJĘ ZA WSZYSTKO W TYM ROKU. WESOŁYCH ŚWIĄT DLA PAŃ Z OPIEKI. MARIAN Z KREROWA", [THANKS]),
    ("czy sms dochodzi", [MENU]),
    ("przepraszam, to wnuczek pisał z mojego telefonu", [MENU]),
])
def test_round_twenty_six_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
