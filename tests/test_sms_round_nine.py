"""Issues 27 and 33, round nine of SMS understanding (docs/sms.md, "Round nine"): each general rule
with texts of its family it must catch (not the tuning rows themselves) and the near texts it must leave
alone, in Polish and in Ukrainian, and a few through the real /sms webhook with the exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import PROMPTS, lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import DANGER, MENU, STOP, THANKS, post_sms

from ivr.call.content import load_content


# -- Polish -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # a near word that is itself a Polish word is no typo ("zajmuje" is not an hours word, "miejscu" no address)
    ("czym sie zajmuje opieka spoleczna", "help"),
    # sign-language-like word order without endings: "kiedy" beside going asks for the hours, "nie chcieć" stops
    ("ja iść kiedy", "hours"),
    ("ja iść urząd kiedy gdzie", "hours+contact"),
    ("ja nie chcieć sms", "stop"),
    ("syn pije, gdzie z tym isc", "addiction"),  # going with a matter named: where to turn with it
    ("ja nie chciec zyc", "danger"),  # a danger phrase with the verb without its ending
    ("ja chcieć umrzeć", "danger"),
    # hiding from someone raging is danger
    ("maz pijany szaleje, zamknelam sie z dziecmi w lazience", "danger"),
    # a date in figures with coming or working: that day's hours; a clock time after "o" is no date
    ("czy 24.12 pracujecie", "hours"),
    ("czy 2/01 jestescie czynni", "hours"),
    ("czy 24 grudnia pracujecie", "hours"),
    ("czy moge przyjsc o 9.10", "hours"),
    # a child out in the cold unprotected is danger; a child's shoes or a coat asked for is not
    ("dziecko sasiadow stoi boso na mrozie pod blokiem", "danger"),
    ("chlopiec bez kurtki na dworze w nocy, nikt go nie pilnuje", "danger"),
    ("czy dacie buty dla dziecka na zime", "menu"),
    ("dziecko chodzilo boso latem, teraz potrzebuje butow", "menu"),  # barefoot in summer, told as past
    # no sense in going on is danger; no sense in waiting is not
    ("nie widze juz sensu dalej. przepraszam za wszystko", "danger"),
    ("nie widzę sensu dalej czekać na ten wniosek", "menu"),
    # where the office is, named: the address beside a topic too
    ("jak was znalezc", "contact"),
    ("gdzie jest osrodek i czy daja opal", "contact+heating"),
    # a signature by role is who writes, not a matter of the sołtys
    ("Czy jutro ktos bedzie na miejscu? Przywioze sasiada. Soltys", "hours"),
    ("gdzie jest sołtys", "menu"),  # the sołtys asked for is another office's matter, as before
    # a thanks on someone's behalf, signed by role and name; what arrived beside a thanks; wishes
    ("Dziekuje w imieniu mamy, pozdrawiam, wnuczka Anna Nowak", "thanks"),
    ("prosze pani dziekuje w imieniu calej rodziny", "thanks"),
    ("prosze pani o pomoc, dziekuje", "help"),  # "proszę pani o …" is still a request
    ("opal juz dotarl, dziekujemy z calego serca", "thanks"),
    ("wesolych swiat i wszystkiego dobrego dla calego osrodka", "thanks"),
    ("mama prosi przekazac podziekowania za paczke", "thanks"),  # a thanks passed on for someone
    ("babcia dziekuje za opal", "thanks"),
    ("mama pije, dziekuje", "addiction"),
    ("paczka nie doszla", "food"),  # without a thanks, a parcel not come is a question about food
    ("paczka doszla ale gdzie jest obiad", "food"),
    # coming as the only address word beside the hours asks about the time left; with "jak" also the way
    ("czy zdaze dojechac przed zamknieciem", "hours"),
    ("jak dojechac i do ktorej otwarte", "hours+contact"),
    # whom one accepts is no office hours; a day with accepting still is
    ("czy psycholog przyjmuje tez dzieci alkoholikow", "addiction"),
    ("czy przyjmujecie tez w sobote", "hours"),
])
def test_round_nine_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", ["🤷‍♀️", "🤔", "❓"])
def test_a_shrug_or_a_question_emoji_is_not_a_thanks(lines, body):
    assert read(lines, body)[0] == "menu"
    assert read(lines, "👍")[0] == "thanks"


def test_a_date_in_figures_gets_that_days_hours_first(lines):
    assert lines.answer("czy 31.12 pracujecie?", TUESDAY_OPEN).text.startswith("W czwartek 31 grudnia: 7:00–15:00.")
    assert lines.answer("czy 2 stycznia jestescie czynni", TUESDAY_OPEN).text.startswith("W sobotę 2 stycznia: nieczynne.")
    # a clock time is no date: the live status first
    assert lines.answer("czy moge przyjsc o 9.10", TUESDAY_OPEN).text.startswith("Teraz otwarte")


# -- Ukrainian ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # children left alone with a sign they are left; alone without it, none
    ("сусіди лишили дитину саму з ранку, вона плаче", "danger"),
    ("діти самі ходять до школи, чи є обіди?", "food"),
    # gas smelt, also in surzhyk's "-єт"; a gas bill is heating
    ("в квартирі газом воняєт, що робити", "danger"),
    ("рахунок за газ дуже великий", "heating"),
    # no sense in going on; no sense in waiting is none
    ("не бачу сенсу далі, простіть", "danger"),
    ("не бачу сенсу далі чекати в черзі", "menu"),
    # hiding from someone raging is danger; the wind raging is not
    ("Чоловік пʼяний бушує, я з дітьми в ванній закрилась", "danger"),
    ("сховалась з дітьми у сусідів, він буянить", "danger"),
    ("вітер бушує, чи буде опалення", "heating"),
    ("в дитинстві ми ховалися з дітьми від бомб, зараз потрібна допомога з документами", "help"),
    # Russian-style stop, with words between
    ("прекратите присилать смс", "stop"),
    ("prekratite prisylat sms", "stop"),  # Russian in Latin letters
    ("видаліть будь ласка мій номер", "stop"),
    ("видаліть будь ласка мої дані", "menu"),
    # surzhyk thanks; "будьте здорові" a wish
    ("Спасібо, всьо получила", "thanks"),
    ("dyakuyu, bud'te zdorovi", "thanks"),
    ("передаю подяку від бабусі за допомогу", "thanks"),  # a thanks passed on for someone
    ("бабуся дякує за вугілля", "thanks"),
    ("мама просить допомогу з вугіллям", "heating"),
    # are you there; a date with its month beside "ви будете"; "чи ви будете мені дзвонити" is no hours
    ("ви ще на місці?", "hours"),
    ("ви будете 31 грудня?", "hours"),
    ("чи ви будете мені дзвонити?", "menu"),
    # where the office is named; the number something came from
    ("де ваш офіс?", "contact"),
    ("де ваш офіс і чи допомагаєте з вугіллям", "contact+heating"),
    ("хто це? з цього номера прийшло смс", "menu"),
])
def test_round_nine_ukrainian_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


def test_a_date_with_its_month_gets_that_days_hours_in_ukrainian(lines):
    assert lines.answer("ви будете 24 грудня?", TUESDAY_OPEN).text.startswith("У четвер 24 грудня: не працює.")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("в квартирі газом воняєт", [DANGER]),
    ("прекратите присилать мне смс", [STOP]),
    ("Спасібо, всьо получила. Храні вас Господь", [THANKS]),
    ("🤷‍♀️ хто це", [MENU]),
])
def test_round_nine_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_polish_danger_and_stop_through_the_webhook(make_app):
    content = load_content(PROMPTS)
    [reply] = post_sms(make_app(TUESDAY_OPEN), "dziecko sasiadow boso na sniegu, nikt go nie szuka")
    assert reply.startswith(content.sms["danger"])
    [reply] = post_sms(make_app(TUESDAY_OPEN), "ja nie chcieć sms więcej")
    assert reply == content.sms["stop"]


def test_russian_yo_written_the_ukrainian_way_is_read_only_in_unknown_words(lines):
    assert read(lines, "когда у вас приьом?") == ("hours", "uk")  # "приём" written "приьом"
    assert read(lines, "сьогодні працюєте?") == ("hours", "uk")  # "сьогодні" is a word as written


def test_danger_told_from_a_screen_in_a_phrase_is_read_once_not_endlessly(lines):
    # the danger is a phrase ("z zimna"), not a single word: before round nine this recursed without end
    assert read(lines, "w tv mowili ze ktos umarl z zimna") == ("help", "pl")
    assert read(lines, "w tv mowili o przemocy, gdzie szukac pomocy") == ("help", "pl")
