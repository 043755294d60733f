"""Issue 33, round sixteen of Ukrainian SMS understanding (docs/sms.md, "Round sixteen" of the Ukrainian section): each
general rule with texts of its family it must catch (written for these tests, not the tuning rows of set dev16 in
bench/sms_texts_uk.tsv; each fails on the code before the round) and the near texts it must leave alone (each answered
the same before the round), danger first."""
from __future__ import annotations

import pytest

from ivr.textline.ukrainian import prepare_uk
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared


# -- words that only looked like danger --------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # "ніж" after a comparative is "than", not a knife
    ("передзвоніть моїй сестрі, вона пише польською краще ніж я, 602 111 222", "callback"),
    ("дзвоніть мені, бо писати мені гірше ніж говорити, 733 222 111", "callback"),
    ("син розуміє польську краще ніж я, коли він може прийти з документами?", "hours"),
    ("чекаю вже більше ніж місяць на рішення, коли ви працюєте?", "hours"),
    # the heart aches for someone: worry, not heart pain
    ("душа болить за маму, вона в Україні сама. Які у вас години?", "hours"),
    ("серце болить за дітей, чи є допомога на одяг?", "help"),
    ("так серце болить за своїх, що там бомблять, пишу просто так", "menu"),
    # the office "killing" the writer with its papers
    ("ви мене вбили своїми довідками 😂 скажіть які документи треба на 800+", "help"),
    ("ви мене просто вбиваєте своїми формулярами, де взяти заяву на опал", "heating"),
    ("ви мене вб'єте своїми питаннями 😂 до котрої ви працюєте?", "hours"),
    ("ви нас вбили цими формулярами, де взяти заяву на 800+?", "child_benefit"),
    # a thing between "мене" and "kills"
    ("мене ці рахунки за світло просто вбивають, чи є допомога?", "heating"),
    ("мене ця черга в ужонді вбиває 😅", "menu"),
    ("нас ці ціни на вугілля скоро вб'ють, чи є допомога на опал?", "help"),
    # giving up drinking, "сама" beside it (read as "кинули саму", left alone)
    ("хочу кинути пити, сама не можу, куди йти", "addiction"),
    ("я хочу кинути пити сама, без лікарні, де ця комісія?", "addiction"),
    ("кину пити сама, соромно, куди звернутись?", "addiction"),
])
def test_figures_of_speech_are_no_danger(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    # a knife held or named, a verb before it
    "він взяв ніж і кричить",
    "допоможіть швидше, він взяв ніж",
    "більше не можу, він тримає ніж",
    "чоловік з ножем ходить, швидше приїжджайте",
    # heart pain
    "болить серце, за грудиною пече",
    "серце болить за лопаткою і рука німіє",
    "серце болить і німіє рука",
    "у мами серце болить, вона лежить",
    # a person who kills, also after "ви знаєте"
    "він мене вб'є, допоможіть",
    "ви знаєте, він мене вб'є",
    "чоловік каже що мене вб'є",
    "мене він скоро вб'є",
    "мене чоловік вбиває",
    "мене хтось вб'є",
    # left alone, not giving up drinking
    "чоловік кинув мене саму з дітьми, нема що їсти",
    "нас кинули саму з дітьми на вулиці",
    "він кинув мене саму і пішов пити, я боюся",
])
def test_danger_near_them_stays_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("written,read_as", [
    ("вона говорить по польськи краще ніж я", "вона говорить по польськи краще я"),
    ("допоможіть швидше він взяв ніж", "допоможіть швидше він взяв ніж"),
    ("серце болить за своїх", "переживаю за своїх"),
    ("болить серце за грудиною", "болить серце за грудиною"),
    ("мене він ножем вб'є", "мене він ножем вб'є"),
])
def test_the_readings(written, read_as):
    assert prepare_uk(written) == read_as


# -- danger together ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # someone gone from home who cannot be found
    "тато вийшов з дому вранці і ми його не можемо знайти, він хворий",
    "бабуся пішла з дому, не можу її знайти вже дві години",
    "мама вийшла з хати і ми не можемо знайти її, в неї деменція",
    # not able to get up for a day or more, alone or barely writing
    "не можу встати з ліжка третій день, я сама, допоможіть",
    "ноги не тримають, не встаю з учора, нікого нема",
    "вторые сутки не могу встать, я одна",
    # banging at the door or the window, shouting, the writer alone or with a child
    "хтось стукає у вікно і кричить, я сама вдома",
    "хтось гатить у двері і лається, я з малою сама",
    "якийсь чоловік барабанить у вікно і кричить, я з онуком",
    # someone old or alone unreachable since yesterday evening or morning
    "тато 80 років живе сам, не відповідає з учорашнього вечора",
    "бабуся не бере трубку з вчорашнього ранку, вона одна живе",
    "мама 79 років не відповідає від учорашнього дня, вона хвора",
])
def test_danger_of_the_round(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body,topic", [
    # looking for the office, gone to work, a name not found in a list
    ("вийшла з дому о 8, не можу знайти ваш офіс", "contact"),
    ("син пішов з дому на роботу, коли ви працюєте?", "hours"),
    ("не можу знайти маму в списку, де подати заяву?", "contact"),
    # not getting up early, an illness with care asked, someone at home
    ("не можу встати рано, щоб приїхати до 8, можна пізніше?", "hours"),
    ("після операції не можу встати, чи є опікунка?", "care"),
    ("я два дні не можу встати з ліжка, чи може хтось прийти допомогти по дому? чоловік на роботі", "help"),
    # a knock with no shouting, a neighbour's complaint with nobody alone
    ("хтось стукає в двері, це ваша працівниця?", "contact"),
    ("сусід стукає в двері і кричить що ми шумимо", "menu"),
    ("я сама вдома, хтось стукає, це ви?", "menu"),
    # the office's phone, a son abroad at work
    ("ваш телефон не відповідає з учорашнього дня, коли ви працюєте?", "hours+contact"),
    ("син не відповідає з учорашнього вечора, він на роботі в Німеччині", "menu"),
    ("мама не відповідає з учорашнього вечора, мабуть телефон розрядився, вона в санаторії", "contact+help"),
])
def test_near_texts_are_no_danger(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- thanks and nothing asked -------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # wanting to thank
    ("хочу подякувати пані Олені за допомогу з документами", "thanks"),
    ("Хотіла б щиро подякувати вашим працівникам", "thanks"),
    ("хочу поблагодарить вас за уголь", "thanks"),
    # drinking long over, and the body thanked
    ("син вже пів року не п'є, дякую комісії!", "thanks"),
    ("чоловік не п'є вже рік, спасибі центру 🙏", "thanks"),
    ("Тато вже 3 роки не пє, дякуємо комісії і психологу", "thanks"),
    # the office greeted by its name
    ("Дякую ОПС за все!", "thanks"),
    ("Вітаю всіх працівників ОПС з Великоднем!", "thanks"),
    ("ОПС, з Новим роком вас і дякую", "thanks"),
    # only "what?"
    ("що?", "menu"),
    ("а шо?", "menu"),
    ("шо??", "menu"),
])
def test_thanks_and_nothing_asked(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    ("хочу подякувати, але ще питання: коли працюєте?", "hours"),
    ("хочу прийти подякувати особисто, коли ви працюєте?", "hours"),
    ("хочу подати заяву на допомогу", "help"),
    # drinking for days, a question beside the thanks, drinking now
    ("чоловік вже 2 дні не п'є і його трусить, що робити?", "addiction"),
    ("дякую комісії, а коли наступне засідання?", "addiction"),
    ("чоловік п'є, дякую комісії що прийняли", "addiction"),
    # the office asked about by its name
    ("ОПС?", "help"),
    ("де ОПС?", "contact"),
    ("ОПС працює сьогодні?", "hours"),
    # a question word that asks
    ("де?", "contact"),
    ("коли працюєте?", "hours"),
    ("дякую", "thanks"),
])
def test_near_thanks_ask_what_they_ask(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- what is asked ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # the street where the writer stands is no address asked
    ("Ви працюєте? я стою під дверима на Познанській", "hours"),
    ("я біля входу на Познанській, чи ви відкриті?", "hours"),
    ("ми вже під дверима на Познанській 5, ви ще працюєте?", "hours"),
    # how the writer will come: someone in a wheelchair
    ("до котрої ви? приїду з татом на візку", "hours"),
    ("прийдемо з бабусею на візку, ви до 15?", "hours"),
    ("коли можна приїхати? привезу маму на інвалідному візку", "hours"),
    # a number left just in case beside a question
    ("до котрої ви сьогодні? мій номер 600 100 200 якщо що", "hours"),
    ("якщо що, тел 600 100 200. коли працюєте в п'ятницю?", "hours"),
    ("де ви знаходитесь? номер 600 100 200 на всякий випадок", "contact"),
    # papers carried in beside the hours are what the visit is for
    ("до котрої ви сьогодні? маю занести документи на 800+", "hours"),
    ("ви сьогодні до 15? треба привезти папери на засілок", "hours"),
    ("о котрій ви відчиняєте? принесу довідку про доходи на опал", "hours"),
    # the entitlement beside ZUS's pension is ZUS's matter
    ("пенсія з ЗУС мені належить? я тут працювала 2 роки", "menu"),
    ("ЗУС пенсія по старості мені належить?", "menu"),
    ("мені належить пенсія з ЗУС, якщо я працювала 5 років?", "menu"),
    # where to come, which stop
    ("куди приїхати на розмову з соцпрацівником?", "contact"),
    ("яка зупинка біля вашого офісу?", "contact"),
    ("куди приїхати з мамою?", "contact"),
    # what kind of help there is, beside the address
    ("що за допомога буває і де ви знаходитесь?", "contact+help"),
    ("Розкажіть яка допомога буває для пенсіонерів, і де ви є", "contact+help"),
    ("що за допомогу ви даєте, і де ваш офіс?", "contact+help"),
    # "чи будете" with a date
    ("чи будете 24 грудня?", "hours"),
    ("Чи будете 2 січня? і яка адреса", "hours+contact"),
    ("чи будете 5 січня, де ви?", "hours+contact"),
    # a worker asked home: coming, who, where
    ("хочу щоб прийшла соцпрацівниця до мами", "help"),
    ("може прийти працівниця додому до бабусі?", "help"),
    ("хочемо щоб приїхала працівниця до тата подивитися", "help"),
    # where to turn says no more than the addiction named
    ("куди звертатись якщо чоловік п'є?", "addiction"),
    ("не знаю куди звертатися, син грає в автомати", "addiction"),
    ("не п'є вже рік, але знову почав, куди звертатись", "addiction"),  # drinking again: not over
])
def test_what_is_asked_in_the_round(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    ("де ви точно, на Познанській?", "contact"),
    ("ви на Познанській?", "contact"),
    ("на якій вулиці ви?", "contact"),
    ("мама на візку, чи є опікунка?", "care"),
    ("тато на візку, потрібна допомога вдома", "care"),
    ("мама на візку і не може сама митися", "care"),
    ("передзвоніть, 600 100 200 якщо що", "callback"),
    ("мій номер 600 100 200", "callback"),
    ("коли працюєте? передзвоніть на 600 100 200", "callback"),
    ("де подати документи на 800+?", "child_benefit"),
    ("які документи треба на засілок?", "help"),
    ("коли принесете вугілля?", "heating"),
    ("ЗУС не платить пенсію, чи належить мені якась допомога від вас?", "help"),
    ("мені належить 800+?", "child_benefit"),
    ("що мені належить як біженці?", "help"),
    ("коли автобус до Познані?", "menu"),
    ("коли можна приїхати?", "hours"),
    ("на якій зупинці виходити з автобуса до вас?", "contact"),
    ("дякую за допомогу", "thanks"),
    ("де ви знаходитесь?", "contact"),
    ("що за допомога для переселенців у вас?", "help"),
    ("чи будете ви мені дзвонити?", "menu"),
    ("чи будете роздавати продукти?", "food"),
    ("чи будете в суботу?", "hours"),
    ("можна прийти до вас з мамою?", "hours"),
    ("соцпрацівниця приходила, дякую", "thanks"),
    ("щоб приходила опікунка додому до тата, це можливо?", "care"),
    ("куди звертатись?", "help"),
    ("куди звертатися, якщо нема чим топити?", "heating"),
    ("куди звертатись щоб отримати 800 плюс", "help"),
])
def test_near_questions_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")
