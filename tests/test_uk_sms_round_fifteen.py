"""Issue 33, round fifteen of Ukrainian SMS understanding (docs/sms.md, "Round fifteen" of the Ukrainian section): each
general rule with texts of its family it must catch (written for these tests, not the tuning rows of set dev15 in
bench/sms_texts_uk.tsv) and the near texts it must leave alone."""
from __future__ import annotations

import pytest

from ivr.textline.script import text_language
from ivr.textline.ukrainian import prepare_uk
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared


# -- which texts are Ukrainian: a short reply of two-letter Latin Ukrainian words ----------------------

@pytest.mark.parametrize("body", ["de vy?", "a ce de?", "de vy ce?"])
def test_a_short_reply_in_two_letter_ukrainian_words_is_ukrainian(lines, body):
    assert text_language(body) == "uk"
    assert read(lines, body) == ("contact", "uk")


@pytest.mark.parametrize("body", ["a de?", "ne ma", "ne wiem", "ok ne", "co to?", "ja tu"])
def test_other_short_texts_stay_polish(body):
    assert text_language(body) == "pl"


# -- danger ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # surzhyk's and Russian "грозить" with a weapon or a person: a threat
    "муж грозит ножом, я с детьми у соседки",
    "батько знову грозиться ножем, мама плаче",
    # someone raging now while the children cry or are afraid
    "муж опять орет и швыряет вещи, дети плачут, что делать",
    "vin zaraz krychyt i kydajetsia na vsich, dity boyatsya, dopomozhit",
    "тато знову трощить посуд, малі плачуть у кімнаті",
    # no way home, a night asked for, and him there
    "мы не можем домой, муж там ждет пьяный, где нам ночевать?",
    "ne mozhu dodomu, vin tam chekaye, de perenochuvaty?",
    "де переночувати з дітьми? додому не можемо, чоловік вдома",
    # the means at hand with a last message to someone
    "у мене пігулки від тиску, всі, просто хочу щоб хтось знав",
    "тримаю пігулки, просто хочу щоб хтось знав що я була",
    "у мене всі мамині таблетки, хочу щоб хоч хтось знав, вибачте",
    "сижу с таблетками, просто хочу чтобы кто-то знал",
    # a veiled threat told of him: never to be seen or found again
    "муж говорит что если уйду, меня никто не найдет",
    "колишній пише що нас ніхто не знайде, якщо я заберу дітей",
    "він сказав, що мене ніхто не знайде, якщо подам на розлучення",
    # locked in, told with the participle, someone raging there; the Polish "pokój" for a room
    "я закрита в ванній, він стукає",
    "я в туалеті закрита, він кричить",
    "my zakryti w pokoju, win lomyt dweri",
])
def test_danger_of_the_round(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body,topic", [
    # a fine or a deportation that "грозить" threatens no one
    ("мені грозить штраф за пізню заяву, що робити?", "menu"),
    ("за несплату грозить виселення? куди звернутись", "help"),
    # shouting with no children crying, or not now
    ("чоловік знову кричить через гроші, що робити з боргами?", "help"),
    # stuck on the way, or a night asked for with nobody feared; him at home with nothing else
    ("чоловік чекає вдома, я не можу прийти о 10, можна пізніше?", "hours"),
    # "хочу щоб ви знали" with pills; someone to know with no means
    ("я просто хочу щоб хтось знав, як нам допомогли, дякую", "help"),
    ("у мене багато таблеток, чи є допомога на ліки", "help"),
    # never seen again: a move away, a difference, another office
    ("нас тут більше ніхто не побачить, переїжджаємо до Німеччини, дякуємо за все", "thanks"),
    ("він каже, що ніхто не побачить різниці, коли ви працюєте?", "hours"),
    ("лікар каже що мене ніхто не прийме без PESEL", "menu"),
    ("хочу чтобы кто-то знал, как нам помогли, спасибо", "help"),
    # closed, not locked in by someone; things hidden; "в покої" (in peace)
    ("ви закриті в суботу? він хоче прийти", "hours"),
    ("сховані в підвалі речі, він забрав", "menu"),
    ("залиште мене в покої, він вже поїхав", "menu"),
])
def test_near_texts_are_no_danger(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    # near texts whose answer is no matter of this round: only not danger
    "не можу додому доїхати, автобус не ходить, де переночувати?",
    "де можна переночувати в Клешчеві? ми приїжджаємо завтра",
    "син закритий в кімнаті цілий день, грає в ігри",
    "хочу щоб ви знали, у мами закінчились таблетки, де взяти рецепт?",
])
def test_other_near_texts_are_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


@pytest.mark.parametrize("written,read_as", [
    ("він грозить", "він погрожує"),
    ("грозився ножем", "погрожував ножем"),
    ("грозит что убьет", "погрожує что убьет"),
    ("мені грозить штраф", "мені грозить штраф"),
])
def test_a_surzhyk_threat_is_read(written, read_as):
    assert prepare_uk(written) == read_as


# -- thanks: a blessing, a time of day in a story -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Спасибо, помогай вам Бог",
    "Спасибо, бог в помощь вам всем",
    "Спасибо вам огромное, Бог в помощь 🙏",
    "дякуємо! син вранці ходив до вас, все отримав",
    "Дякую! донька ввечері дзвонила вам, все зрозуміла",
    "спасибі, тато ввечері все прочитав, зрозуміло",
    "Дякую, мама зранку дзвонила вам, все ясно",
])
def test_thanks_of_the_round(lines, body):
    assert read(lines, body) == ("thanks", "uk")


@pytest.mark.parametrize("body,topic", [
    ("Бог вам в помощь, но мне нужна помощь с углем", "help"),
    ("допоможіть ради Бога з вугіллям", "heating"),
    # a time of day asked of the office stays the hours
    ("чи працюєте ввечері?", "hours"),
    ("можна прийти ввечері?", "hours"),
    ("ви ввечері працювали вчора?", "hours"),
])
def test_near_thanks_ask_what_they_ask(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- what is asked ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # what is drunk or gambled away, "і 800 плюс тоже", names no benefit
    ("чоловік програв усі гроші в автомати, і 800+ теж", "addiction"),
    ("син пропиває зарплату і наші 800 плюс теж, що робити", "addiction"),
    ("отец все деньги пропивает и 800 плюс тоже, куда обратиться", "addiction"),
    # "де ви" as a question of its own is the address beside a topic
    ("де ви, і що робити як син п'є?", "contact+addiction"),
    ("де ви? хочу спитати про вугілля", "contact+heating"),
    # "чи є допомога для …" asks for help beside the hours and the address
    ("коли працюєте, чи є допомога для бабусь одиноких", "hours+help"),
    ("коли працюєте і де ви? чи є допомога для переселенців", "hours+contact+help"),
])
def test_what_is_asked_in_the_round(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body,topic", [
    ("чоловік п'є, і 800 плюс теж хочу оформити", "child_benefit+addiction"),
    ("він пропиває гроші. і ще питання про 800 плюс теж", "child_benefit+addiction"),
    ("де ви берете вугілля? у нас холодно", "heating"),
    ("коли ви працюєте і чи є допомога на дітей?", "hours+child_benefit"),
    ("дякую за допомогу для мами, все отримали", "thanks"),
])
def test_near_questions_stay_as_they_were(lines, body, topic):
    assert read(lines, body) == (topic, "uk")
