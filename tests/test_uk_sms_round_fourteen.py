"""Issue 33, round fourteen of Ukrainian SMS understanding (docs/sms.md, "Round fourteen" of the Ukrainian section): each
general rule with texts of its family it must catch (written for these tests, not the tuning rows of set dev14 in
bench/sms_texts_uk.tsv) and the near texts it must leave alone, and the rules through the real /sms webhook with the
exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from ivr.textline.replies import prepare_polish
from ivr.textline.script import text_language, written_in_polish
from ivr.textline.ukrainian import prepare_uk
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import ADDICTION, CONTACT, DANGER, HELP, THANKS, post_sms


# -- which texts are Ukrainian ----------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # a Polish text whose writer says they know little Polish: the Polish rules read it, the answer is in Ukrainian
    ("mało rozumiem po polsku, kiedy jesteście otwarci?", "hours"),
    ("Ja słabo mówię po polsku. Gdzie jest ośrodek?", "contact"),
    ("nie umiem dobrze po polsku pisać, proszę zadzwonić 600 100 200", "callback"),
    ("czy pomagacie z opałem? ja mało polski", "heating"),
    ("troche rozumiem polski, jaki adres i godziny?", "hours+contact"),
])
def test_a_writer_with_little_polish_is_answered_in_ukrainian(lines, body, topic):
    assert text_language(body) == "uk" and written_in_polish(body)
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    "przepraszam za mój polski, kiedy otwarte?",  # a courtesy
    "mama słabo mówi po polsku, czy może przyjść z tłumaczem?",  # someone else
    "nie znam polskiego prawa, czy mogę dostać zasiłek?",  # the law, not the language
    "syn nie rozumie po polsku w szkole, czy jest pomoc",
    "jestem z Ukrainy, czy mogę dostać pomoc?",  # the Polish table's rows stay Polish (tests/test_sms_uk.py)
])
def test_other_polish_texts_stay_polish(body):
    assert text_language(body) == "pl"


@pytest.mark.parametrize("body", [
    "zwonyty meni pislia 16 bud laska, teraz w pracy",  # surzhyk's infinitive "звонити"
    "proszu zwonyty na polski numer 600 100 200 ale teraz mam prace",
    "ja budu rabotaty do 15, mozna prijty pislia?",
])
def test_a_surzhyk_infinitive_counts_as_ukrainian(body):
    assert text_language(body) == "uk"


def test_a_surzhyk_infinitive_is_still_read_into_a_reply(lines):
    assert read(lines, "proszu kontakt, zwonyty na polski numer 600 100 200 ale teraz mam prace") == ("callback", "uk")


# -- Polish written by a Ukrainian speaker: "boju sia" is "boję się" (the Polish rules; answered in Polish) ----------

@pytest.mark.parametrize("written,read_as", [
    ("ja boju sia wrócić do domu", "ja boję się wrócić do domu"),
    ("ja sia boju jego", "ja się boję jego"),
    ("uczu sie polskiego", "uczę się polskiego"),
    # no Polish verb in "-ę": as written
    ("w domu sie nic nie dzieje", "w domu sie nic nie dzieje"),
    ("tu sie zapisuje", "tu sie zapisuje"),
])
def test_a_ukrainian_speakers_polish_reflexive_is_read(written, read_as):
    assert prepare_polish(written) == read_as


@pytest.mark.parametrize("body", [
    "Pani, ja boju sia wracać do domu, teraz jestem u koleżanki",
    "ja sia boju jego, on pisze że mnie znajdzie",
])
def test_fear_written_the_ukrainian_way_in_polish_is_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body,topic", [
    ("w domu sie nic nie dzieje, kiedy otwarte?", "hours"),
    ("ja uczu sia polskiego, kiedy jest otwarte?", "hours"),
])
def test_other_reflexives_ask_what_they_ask(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


# -- reading: the apostrophe after a labial, "плачу" (I pay) ----------------------------------------

@pytest.mark.parametrize("written,read_as", [
    ("batko byje mamu", "батко б'є маму"),
    ("vin pyje kożen deń", "він п'є кожен день"),
    ("muz bije ditej", "муз б'є дітей"),
    ("pyjut kożen deń", "п'ють кожен день"),
    # words of the dictionary as written stay as they are, and an apostrophe left out (the matcher reads it, round ten)
    ("він пє", "він пє"),
    ("mama myje posud", "мама миє посуд"),
    ("бюро праці", "бюро праці"),
])
def test_an_apostrophe_after_a_labial_is_read(written, read_as):
    assert prepare_uk(written) == read_as


@pytest.mark.parametrize("body", [
    "batko pyje i byje mamu",
    "vin nas byje kożen weczir",
    "muż bije ditej remenem, szczo robyty",
])
def test_beating_written_polish_style_is_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body,topic", [
    ("квартиру сама плачу, пенсії не вистачає, чи є допомога", "help"),
    ("Одна з двома дітьми, за світло плачу 900 злотих, чи є якась допомога?", "help"),
    ("я плачу оренду сама з дітьми, де подати на допомогу?", "help"),
])
def test_paying_is_no_crying(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    "я весь час плачу, він мене б'є",
    "сама з дітьми, плачу кожен день, не хочу жити",
    "плачу і не знаю що робити, чоловік погрожує ножем",
    "я вже 3 дні плачу, дитина сама з ним",  # a number of days is nothing paid
])
def test_crying_beside_danger_stays_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


# -- danger ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # hiding, the place before the verb
    "ми з дітьми в кімнаті закрились, він п'яний кричить",
    "я в туалеті сховалась, він кричить і стукає",
    "ja z ditmy w kimnati zakryłas, win pjanyj",
    # a boy or a girl left alone
    "хлопчик 4 роки сам вдома з ранку, плаче за дверима",
    "дівчинку сусідів лишили одну з учора, вона плаче",
    "девочку оставили одну, она плачет уже час",
    # an older person neglected: old, nobody coming, in need now
    "бабуся сусідка ледве ходить, без світла вже тиждень, ніхто до неї не ходить",
    "дід живе без опалення, холодно, ніхто його не доглядає",
    "дедушка без света и холодно, никто к нему не ходит",
])
def test_round_fourteen_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body", [
    "донька в кімнаті закрилась і плаче, бо посварилась з подругою",  # no one raging
    "ми в кімнаті сидимо, чоловік на роботі, коли ви працюєте?",  # sitting is no hiding
    "хата стара, без опалення, холодно, ніхто не приходить ремонтувати",  # an old house, not an old person
    "хлопчик сам ходить до школи, чи є обіди?",  # a boy who walks alone
    "дівчинка одна українка в класі, чи є допомога",
    "бабуся живе сама, ніхто до неї не ходить, чи є опікунка?",  # no need now: care
    "дідусь без опалення, чи є допомога на вугілля",  # no one neglecting: heating
    "бабуся ледве ходить, потрібна опікунка",
    # afraid to go alone is no danger; with a threat it is
    "мама боїться йти одна, коли ви працюєте?",
    "боюся йти сама, можна прийти з сестрою? коли працюєте",
    "бабця боїться сама ходити, чи може хтось прийти до неї додому?",
])
def test_round_fourteen_near_texts_are_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


@pytest.mark.parametrize("body", [
    "боюся одна вдома, він погрожує",
    "я боюся, чоловік п'є і б'є",
    "мама боїться, він знову п'яний і кричить що вб'є",
    # alone, with someone raging beside: no fear of going alone
    "боюся одна вдома, він п'яний кричить",
    "мама боїться одна, тато п'яний кричить",
    "боюсь одна, муж пьяный кричит",
    "хочу прийти до вас, але боюся одна, він погрожує",
])
def test_fear_of_someone_stays_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


# -- what is asked ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # not going to work beside the drinking is no one who cannot walk
    ("чоловік п'є, на роботу не ходить, куди звернутися", "addiction"),
    ("син пьет, на работу не ходит, что делать", "addiction"),
    ("мама не ходить після інсульту, потрібна опікунка", "care"),
    # a phone one plays on, in the Polish locative
    ("син грає в казино w telefonie цілу ніч, це залежність?", "addiction"),
    # what the gambling took, even the 800+
    ("чоловік програв в казино всі гроші, навіть на 800 плюс, це до вас?", "addiction"),
    ("чоловік програв в автомати зарплату і навіть 800+, що робити", "addiction"),
    ("чоловік програв зарплату в автомати, а нам потрібна виплата 800 плюс", "help+addiction"),
    ("muz prohraw wsi hroszi, navit 800+, ce zalezhnist?", "addiction"),
    # a call-back with a devoiced "з"
    ("pereswonit meni bud laska pislia 15", "callback"),
    ("pereswonite, ja ne mozu pysaty", "callback"),
    # a blessing and a coming feast are a thanks
    ("Хай Бог вас береже! З наступаючим", "thanks"),
    ("З наступаючим Новим роком всіх працівників, дякую за все", "thanks"),
    ("дякую. а де можна знайти когось з працівників?", "contact"),
])
def test_round_fourteen_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("muż bije ditej remenem, szczo robyty", [DANGER]),
    ("бабуся сусідка ледве ходить, без світла вже тиждень, ніхто до неї не ходить", [DANGER]),
    ("квартиру сама плачу, пенсії не вистачає, чи є допомога", [HELP]),
    ("чоловік п'є, на роботу не ходить, куди звернутися", [ADDICTION]),
    ("Ja słabo mówię po polsku. Gdzie jest ośrodek?", [CONTACT]),
    ("Хай Бог вас береже! З наступаючим", [THANKS]),
])
def test_round_fourteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
