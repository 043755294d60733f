"""Issue 27, round twenty-eight of SMS understanding (docs/sms.md, "Round twenty-eight"): each general reading of a kind
of writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev30) and the
near texts that must not change, danger kept beside the new readings, and the readings played through the real /sms
webhook with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, HELP, HOURS, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # a price per tonne is the unit of weight, not "tonę" (I drown)
    ("węgiel po 2000 zł za tonę, czy dostanę dodatek na opał?", "help"),
    ("tona węgla kosztuje już 1900, jest jakaś pomoc?", "heating"),
    ("płacę 1700 za tonę ekogroszku, gdzie złożyć wniosek o dodatek", "help"),
    # the office's line that does not answer, beside another number asked
    ("wasz telefon ciągle zajęty albo nie odpowiada, macie jakiś inny numer?", "contact"),
    ("numer do ośrodka cały czas nie odpowiada, podajcie inny numer", "contact"),
    ("stacjonarny cały czas zajęty albo nie odpowiada, macie numer komórkowy?", "contact"),
    ("telefon do ośrodka zajęty lub nikt nie odpowiada, jest drugi numer?", "contact"),
    ("stacjonarny nie odpowiada od rana, jest numer komórkowy?", "contact"),  # since when: no hours
    # the food thanked for enjoyed, told with a story after it; warmth "w końcu" after the fuel thanked for
    ("dziękuję za paczkę, wszystko smakowało a ciasto wnuki zjadły od razu", "thanks"),
    ("dzięki za paczkę świąteczną, wszystko pyszne a mandarynki dzieci zjadły pierwszego dnia", "thanks"),
    ("Bóg zapłać za paczkę, pyszne było a czekoladę wnuczka od razu schowała", "thanks"),
    ("Dziękuję za opał, w końcu ciepło w domu.", "thanks"),
    ("Dziękuję za węgiel, w końcu ciepło w domu. Halina", "thanks"),
    # help owed to the office or the commission ("dzięki wam"), after a harm told as over, asking nothing
    ("w zeszłym roku syn mnie pobił, dzięki pani i komisji jest trzeźwy, dziękuję", "thanks"),
    ("w zeszłym roku mąż mnie bił, dzięki wam od miesięcy nie pije, dziękuję z serca", "thanks"),
    # a Christmas Eve supper for the lonely or the poor is a meal asked for, not the day
    ("czy gmina robi wigilię dla samotnych w tym roku?", "food"),
    ("czy robicie w tym roku wigilię dla ubogich", "food"),
    ("czy jest wigilia dla starszych osób w gminie?", "food"),
    # the writer's move told with its time asks no hours
    ("przeprowadziłam się do Kleszczewa w listopadzie, gdzie jest ośrodek?", "contact"),
    ("sprowadziliśmy się tu po świętach, jaki macie adres?", "contact"),
    ("przeprowadziliśmy się tu w grudniu, jaki jest numer do was?", "contact"),
    # "jeszcze" inside "ktoś będzie", "ktoś jest"; "wy", "teraz" inside "gdzie jesteście"
    ("czy ktoś jeszcze jest w biurze, bo jadę", "hours"),
    ("będzie jeszcze ktoś po 14?", "hours"),
    ("gdzie wy teraz jesteście, bo przenieśli was?", "contact"),
    ("gdzie wy obecnie jesteście", "contact"),
    # whether the commission receives in the office's building asks where, no hours
    ("czy komisja przyjmuje u was w budynku?", "addiction"),
    ("czy GKRPA przyjmuje w waszym budynku", "addiction"),
])
def test_round_twenty_eight_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body,topic", [
    # near the food enjoyed: a question, a matter or a denial beside it is read as before
    ("dziękuję za paczkę, wszystko smakowało a kiedy następna?", "food"),
    ("dziękuję za obiady, smakowały, ale opału nie ma", "help"),
    ("dzięki za paczkę, smakowało, a mama potrzebuje opiekunki", "help"),
    ("dziękuję za obiady, nie smakowały a mąż nic nie zjadł", "food"),
    # near the help owed: "dzięki wam za" a thing beside a question, a question after the help told
    ("dzięki wam za paczkę, a kiedy następna?", "food"),
    ("w zeszłym roku mąż mnie pobił, dzięki wam nie pije. gdzie jest komisja?", "addiction"),
    # near the supper: the day of Christmas Eve asked
    ("czy w wigilię jesteście otwarci?", "hours"),
    ("do której w wigilię pracujecie", "hours"),
    # near the move: a day asked after it still asks the hours
    ("przeprowadziłam się w listopadzie, czy w piątek jesteście?", "hours"),
    # near the commission in the building: a day or the hours asked after it, or "przyjmuje" alone, still ask the hours
    ("czy komisja przyjmuje w budynku ośrodka w czwartki?", "hours+addiction"),
    ("czy komisja przyjmuje w waszym budynku i w jakich godzinach?", "hours+addiction"),
    ("czy komisja przyjmuje", "hours+addiction"),
])
def test_round_twenty_eight_near_texts_keep_their_reading(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost beside the new readings: someone drowning; a person's phone unanswered, also with another
    # number asked; the line unanswered with no number asked; the harm over beside the help owed, when it goes on again
    # or is told now
    "dziecko tonie w stawie za domem",
    "ja tonę, pomocy",
    "sąsiad wpadł do stawu i tonie",
    "telefon do taty od wczoraj nie odpowiada, macie inny numer?",
    "mama nie odpowiada, leży na podłodze, jest jakiś inny numer na pogotowie?",
    "sąsiadka nie odpowiada, telefon też nie odpowiada, jest inny numer?",
    "telefon stacjonarny cały czas zajęty albo nie odpowiada",
    "w zeszłym roku mąż mnie pobił, dzięki wam jest trzeźwy, ale znowu zaczyna pić",
    "w zeszłym roku mąż mnie pobił, dzięki wam jest trzeźwy, dziękuję, ale teraz bije syna",
    "w zeszłym roku mąż mnie pobił, dzięki wam jest trzeźwy, dziękuję, a teraz on grozi córce",
])
def test_round_twenty_eight_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_eight_never_makes_a_refusal_a_request(lines):
    # a refusal stays a refusal beside the new readings: the food enjoyed before a stop; a call declined beside the
    # office's line unanswered is no call-back
    assert read(lines, "dziękuję za paczkę, wszystko smakowało, ale proszę już nie pisać") == ("stop", "pl")
    assert read(lines, "telefon stacjonarny nie odpowiada, jest inny numer? proszę nie dzwonić do mnie")[0] not in (
        "callback", "start", "danger")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("wasz telefon cały czas zajęty albo nie odpowiada, jest jakiś inny numer?", [CONTACT]),
    ("telefon do mamy od rana nie odpowiada, jest inny numer?", [DANGER]),
    ("tona węgla po 1900 zł, jest jakiś dodatek na opał?", [HELP]),
    ("Dziękuję za paczkę, wszystko smakowało a pierniki dzieci zjadły od razu. Zofia", [THANKS]),
    ("Bóg zapłać za opał, w końcu ciepło w chałupie", [THANKS]),
    ("czy do 15 ktoś tam jeszcze będzie?", ["Teraz otwarte do 15:00.\n" + HOURS]),
])
def test_round_twenty_eight_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
