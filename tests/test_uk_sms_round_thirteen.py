"""Issue 33, round thirteen of Ukrainian SMS understanding (docs/sms.md, "Round thirteen"): each general rule with texts of
its family it must catch (written for these tests, not the tuning rows of set dev13 in bench/sms_texts_uk.tsv) and the
near texts it must leave alone, and the rules through the real /sms webhook with the exact replies."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_uk import ADDICTION, DANGER, HELP, THANKS, post_sms


# -- danger: a child who drank or swallowed something that is no food ------------------------------

@pytest.mark.parametrize("body", [
    "малий проковтнув батарейку, що робити",
    "дитина випила рідину для миття посуду",
    "син 3 роки випив якусь хімію з-під раковини, блює",
    "донька наковталась таблеток бабусі",
    "ребенок выпил уксус, помогите",
    "дочка 2 года проглотила магнит",
    "малюк лизнув відбілювач і плаче",
    "вчора випив якусь рідину з пляшки, тепер рве і синіє",  # a sign of poisoning, no child named
])
def test_a_swallowed_substance_is_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body", [
    "я випила ліки від тиску, коли ви працюєте?",  # one's own medicine
    "мама випила ліки від тиску, їй 78 років, чи є допомога на ліки",  # an old woman's age is no small child
    "дитина випила сироп від кашлю, чи є допомога на ліки",  # the medicine given
    "купили дитині рідину для миття, де роздаєте хімію?",  # no drinking
    "син випив багато води після тренування",
])
def test_medicine_taken_and_things_bought_are_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


# -- danger: a farewell written as "що прощається" -------------------------------------------------

@pytest.mark.parametrize("body", [
    "сестра написала нам що прощається і вимкнула телефон",
    "брат написав що прощається з усіма і не відповідає",
    "сын написал что прощается и не берет трубку",
    "mama napysała szczo proszczajetsia i ne widpowidaje",  # Latin letters, Polish style
])
def test_a_farewell_written_then_silence_is_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


@pytest.mark.parametrize("body", [
    "подруга написала що прощається, бо їде до Канади, дякую вам за все",  # a goodbye, reachable
    "донька написала що вимкнула телефон на уроці",
])
def test_a_goodbye_without_silence_is_no_danger(lines, body):
    topic, lang = read(lines, body)
    assert topic != "danger" and lang == "uk"


# -- danger told as over, and danger that goes on ---------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    ("Ми з Маріуполя, було дуже страшно під обстрілами, але зараз все добре. Яку допомогу можна отримати на дітей?",
     "help"),
    ("рік тому чоловік мене бив, тепер ми окремо і в безпеці. чи є допомога на дітей", "child_benefit"),
    ("мені було страшно в Україні, зараз все спокійно. де ви знаходитесь?", "contact"),
    ("год назад муж бил, но мы в безопасности. где вы находитесь?", "contact"),
    # a fear of a thing left by the war is no danger either
    ("діти досі бояться гучних звуків, чи є у вас психолог?", "addiction"),
])
def test_danger_told_as_over_asks_what_it_asks(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


@pytest.mark.parametrize("body", [
    "рік тому пішла від чоловіка, а тепер він знову погрожує",
    "ми рік тому приїхали, а чоловік б'є мене",
    "рік тому він мене бив, я досі боюся",
    "год назад ушла от мужа, а сейчас он нашел нас и угрожает",
    "минулого року втекли, зараз він повернувся і ломиться в двері",
    "діти бояться тата, він п'яний і кричить",  # a fear of a person
    "нас били вчера, мы боимся",  # Russian: beaten ("били" as written)
    # the war or a time ago does not make it over, nor does "it is over" followed by what is not
    "син загинув на війні, я не хочу жити",
    "рік тому помер чоловік, зараз нема що їсти",
    "ми в безпеці, але мені погано, серце болить",
    "два роки тому чоловік мене бив, зараз все спокійно, але я не хочу жити",
    "зараз все добре, тільки я не бачу сенсу жити",
])
def test_danger_that_goes_on_stays_danger(lines, body):
    assert read(lines, body) == ("danger", "uk")


# -- what is asked ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body,topic", [
    # the money before the gambling or drinking verb names no benefit; Russian money words as the Ukrainian ones
    ("чоловік всі гроші програв в автомати, куди звернутися", "addiction"),
    ("муж всю зарплату пропил, куда обратиться", "addiction"),
    ("где получить консультацию? сын все деньги проиграл в казино", "addiction"),
    ("син всю пенсію бабусі пропиває, що робити", "addiction"),
    # a benefit asked for beside it still is
    ("муж пропивает деньги, можно ли получить пособие?", "help+addiction"),
    ("нам не вистачає грошей, чи є виплати?", "help"),
    # something asked to get
    ("Чи можу я щось отримати від гміни? Пенсія маленька", "help"),
    ("я пенсіонерка, що я можу отримати у вас", "help"),
    ("можно что-то получить от гмины?", "help"),
    ("коли працюєте? чи можу я щось отримати", "hours+help"),
])
def test_round_thirteen_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- thanks: the joy the help brought, more of what it is for -----------------------------------------

@pytest.mark.parametrize("body,topic", [
    ("Дякуємо за вугілля, діти були дуже раді", "thanks"),
    ("Дякую за продукти, мама була рада, особливо за олію", "thanks"),
    ("Слава Ісусу Христу. Дякуємо за пакунки, і за іграшки теж", "thanks"),
    ("Спасибо за продукты, дети были рады, особенно за сладкое", "thanks"),
    ("Слава Ісусу Христу", "thanks"),
    # the Russian "были" is "were", not "beat" ("били"): no danger; "нас били" still is
    ("мы были у вас вчера, когда вы работаете?", "hours"),
    # a question after the thanks still asks
    ("Дякую за пакунки. а коли буде наступна видача?", "hours+food"),
    ("Дякую за вугілля, діти були раді. Чи можна ще дрова?", "heating"),
    ("Слава Ісусу Христу. Коли видаєте пакунки", "hours+food"),
    # "особливо за" with no thanks before it is no thanks
    ("особливо за продукти хочу спитати, де їх дають", "food"),
])
def test_round_thirteen_thanks(lines, body, topic):
    assert read(lines, body) == (topic, "uk")


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("малий проковтнув батарейку, що робити", [DANGER]),
    ("сестра написала нам що прощається і вимкнула телефон", [DANGER]),
    ("рік тому пішла від чоловіка, а тепер він знову погрожує", [DANGER]),
    ("рік тому чоловік мене бив, тепер ми в безпеці. чи є у вас допомога?", [HELP]),
    ("чоловік всі гроші програв в автомати, куди звернутися", [ADDICTION]),
    ("Чи можу я щось отримати від гміни? Пенсія маленька", [HELP]),
    ("Дякую за продукти, мама була рада, особливо за олію", [THANKS]),
])
def test_round_thirteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies
