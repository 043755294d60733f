"""Issue 33, round thirty-five of Ukrainian understanding on the phone (bench/fresh35/uk-utterances.tsv): roundabout
requests by refugees who speak mostly Russian or surzhyk, written by the recogniser in Ukrainian letters. Each reading
through the real webhooks with the Ukrainian line (/voice/answer, exact TwiML compared with the key pressed, the plain
request or the safety route spelled out), beside the near inputs that must not change. The readings: days not out
("третій день не виходить"), thrown out of the house with the words the other way round ("нас з хати вигнав"), an
elder who does not know where she lives, the rails and the train, a small child alone said with where or since when,
"упав" for "впав" and "судороги" (danger); surzhyk and roundabout words of the matters ("дойти", "пезель", "до врача",
help to wash, visiting, "з пляшкою", "не просихає", "під мухою", "якусь копійку", a one-off help, organisations,
"напишіть на телефон", "ще разок", "чим помагаєте")."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_ukrainian_round_six import pressed, said, safety_route
from test_ukrainian_round_twenty_eight import no_danger, not_understood


# -- danger ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "сусід вже другий день не виходить і не відповідає",  # "день не виходить", a day as a word
    "дід упав біля ліжка і хрипить",  # "упав" is "впав"
    "мама упала на кухні і лежить",
    "він нас з хати вигнав і двері закрив",  # the words the other way round
    "свекор мене з дому вигнав сьогодні вночі",
    "п'яний вигнав нас надвір з малими",
    "бабуся якась на вулиці ходить вона не знає де живе",  # an elder lost
    "син сказав що ляже на рейки",  # the rails
    "вона казала що кинеться під поїзд",
    "у дитини судороги і температура",  # the Russian word of the recogniser
])
def test_danger_said_the_surzhyk_way_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "дівчинка маленька сама вдома плаче",
    "малий сам з вечора а батьків нема",
    "там дитина сама в хаті сидить вже годину",
    "хлопчик ще маленький сам цілий день",
])
def test_a_small_child_alone_where_or_since_when_takes_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "він ще маленький сам не може до школи ходити нам треба допомога",  # a thing a child cannot do by itself
    "дитина сама ходить до школи а на обіди нам не вистачає",
    "син уже великий сам живе окремо",
])
def test_a_child_doing_a_thing_by_itself_is_no_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(said(post, app, "main", speech))


@pytest.mark.parametrize("speech", [
    "я не знаю де він зараз живе а мені треба аліменти",  # the caller does not know where someone lives
    "о котрій іде поїзд до познані",  # a train asked, no rails
    "колись давно він нас з хати вигнав але тепер все добре",  # over
    "по телевізору показували як малий сам вдома залишився",  # a screen
])
def test_near_words_with_no_danger_now_are_no_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(said(post, app, "main", speech))


def test_a_bottle_with_a_knife_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "чоловік прийшов з пляшкою і ножа взяв") == safety_route(app)


# -- the matters in surzhyk and roundabout words ---------------------------------------------------------------------


@pytest.mark.parametrize("speech", ["а як до вас дойти від церкви", "скажіть як дойти до вас пішки"])
def test_doiti_is_the_way_to_the_office(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "2")


@pytest.mark.parametrize("speech", [
    "мені треба той пезель зробити де це",
    "де тут записатися до врача",
])
def test_a_pesel_or_a_doctor_is_another_offices_matter(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", speech) == not_understood(app, "about", "menu_about")


@pytest.mark.parametrize("speech", [
    "чи є хтось хто б допоміг мамі помитися",
    "хтось би навідувався до бабусі хоч раз на тиждень",
])
def test_help_to_wash_or_someone_visiting_is_care(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "about", "5")


@pytest.mark.parametrize("speech", [
    "син знову з пляшкою що мені з ним робити",
    "зять вже три дні не просихає",
    "чоловік знову під мухою з самого ранку",
])
def test_drinking_said_roundabout_is_addiction(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "4")


@pytest.mark.parametrize("speech", [
    "нам би якусь копійку на перший час",
    "чи дають у вас одноразову поміч",
    "а разова допомога буває",
])
def test_a_little_money_or_a_one_off_help_is_the_benefits(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "about", "2")


def test_no_money_at_all_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "в нас ні копійки і дітям нема що їсти") == safety_route(app)


def test_organisations_are_the_programmes(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "benefits", "а які організації ще помагають біженцям") == pressed(post, app, "about", "3")


def test_written_to_the_phone_is_the_sms(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "contact", "ви краще напишіть на телефон бо я забуду") == said(post, app, "contact", "смс")


def test_once_more_said_small_is_a_repeat(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "hours", "ще разок будь ласка") == said(post, app, "hours", "повторіть")


@pytest.mark.parametrize("speech", ["а чим ви помагаєте", "чим ви людям помагаєте скажіть"])
def test_what_the_office_helps_with_in_surzhyk_is_about(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "main", "3")


@pytest.mark.parametrize("speech", [
    "мені б для мами місце в домі для старих",
    "чи можна тата влаштувати в домі престарілих",
])
def test_a_home_for_the_old_said_in_the_locative_is_care(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == pressed(post, app, "about", "5")


def test_a_one_off_help_said_the_other_way_round_is_the_benefits_in_the_about_menu(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "а можна якусь допомогу разову") == pressed(post, app, "about", "2")


def test_help_alone_in_the_about_menu_is_not_the_benefits(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "about", "а можна якусь допомогу") != pressed(post, app, "about", "2")


# -- Russian forms of the danger words, in Ukrainian letters ---------------------------------------------------------


@pytest.mark.parametrize("speech", [
    "дід упал в коридорі",
    "він мене вчора ізбив",
    "мама без сознанія лежить",
    "бабуся не дишить",
    "він сказав шо убьот мене",
    "він мене б'йот кожен вечір",
    "сестра наглоталась таблєток",
    "у нас дитина потерялась",
    "він ножом угрожає",
    "нам нічого кушать третій день",
    "діти голодают",
    "я вже жить не хочу",
    "вона не отвічає і двері закриті",
    "в під'їзді газом воняє",
])
def test_russian_forms_of_danger_take_the_safety_route(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", speech) == safety_route(app)


@pytest.mark.parametrize("speech", [
    "ці ціни мене убьот",  # a figure, as "ціни вб'ють"
    "у мене документи потерялись",  # papers lost, no child
    "він п'є але не б'йот",  # beating denied
    "років тому він мене ізбив а тепер все добре",  # over
    "в нас після пожару все згоріло треба гроші на меблі",  # a fire that is over
])
def test_near_russian_words_with_no_danger_now_are_no_danger(make_app, post, speech):
    app = make_app(TUESDAY_OPEN)
    assert no_danger(said(post, app, "main", speech))


def test_an_eviction_that_threatens_is_social_work_not_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert said(post, app, "main", "мені угрожає виселення з квартири") == pressed(post, app, "about", "1")
