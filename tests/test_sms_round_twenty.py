"""Issue 27, round twenty of SMS understanding (docs/sms.md, "Round twenty"): each general reading of a kind of writing
with texts of its family it must catch (written for these tests, not the tuning rows of set dev21) and the near texts
that must not change, danger kept beside the new readings, and the readings played through the real /sms webhook with
the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import ADDICTION, DANGER, MENU, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # no fuel with children ill or sleeping in their coats is danger; near: no fuel asked about, children ill alone
    ("od trzech dni nie ma czym palić, mała kaszle, śpimy w kurtkach", "danger"),
    ("nie ma węgla, dzieci chore", "danger"),
    ("nie mamy czym palić, czy jest dodatek opałowy", "help"),
    ("dzieci chore, czy jest pomoc na leki", "help"),
    # not getting up nor eating for days is danger; near: not getting up alone is care, something not eaten is not
    ("babcia od trzech dni nie wstaje i nic nie je", "danger"),
    ("mama od tygodnia nie wstaje i nie chce jeść", "danger"),
    ("mama od tygodnia nie wstaje z łóżka, potrzebna opiekunka", "care"),
    # children out in their sweatshirts or pyjamas only, at night or in the frost, are danger
    ("dzieci sąsiadów chodzą po ulicy w samych piżamach, jest mróz", "danger"),
    ("dzieci sąsiadów same na podwórku w samych bluzach w nocy", "danger"),
    # a thing that "kills" the writer with the verb first is a figure of speech; money so named is asked about only in a
    # text that asks; near: someone who will do it stays danger (below)
    ("wykańcza mnie ta drożyzna 😩", "menu"),
    ("zabija mnie ten czynsz", "menu"),
    ("zabijają mnie te rachunki, czy jest jakiś dodatek?", "help"),
    # a chain message or a bulk payment link sent on by mistake; near: a question about such a text, a link to the office
    ("WYŚLIJ TO DALEJ 7 ZNAJOMYM A SZCZĘŚCIE PRZYJDZIE", "menu"),
    ("przekaż to 10 osobom, a w ciągu tygodnia dostaniesz pieniądze", "menu"),
    ("PRZEŚLIJ DALEJ 12 ZNAJOMYM, A JUTRO SPOTKA CIĘ SZCZĘŚCIE", "menu"),
    ("Twoje konto zostanie zablokowane, zaloguj sie: www.bank-pl.info/login", "menu"),
    ("Masz zaległą opłatę za prąd, dopłać teraz: energa-oplata.com/k2", "menu"),
    ("dostałam sms żeby dopłacić 2 zł przez link inpost-doplata.pl, czy to od was?", "help"),
    ("przekażę to mamie, dziękuję", "thanks"),
    # half a greeting sent alone; near: a whole greeting
    ("Dzień.", "menu"),
    ("wieczór", "menu"),
    ("dzień dobry", "thanks"),
    ("witam", "thanks"),
    # a reply asked by text to a number given is no call-back; near: a call asked beside it, a number alone
    ("proszę odpisać na nr 602 418 337, do której jesteście jutro", "hours"),
    ("zadzwońcie albo odpiszcie na 602 418 337", "callback"),
    ("mój numer 602 418 337", "callback"),
    # a worker asked to come with "żeby" and the past form is a visit; near: told as past beside a thanks
    ("chciałabym, żeby pani z opieki przyszła do mamy w czwartek", "help"),
    ("chcę, żeby pracownik socjalny przyszedł porozmawiać o pomocy", "help"),
    ("pracownik socjalny przyszedł wczoraj, dziękujemy", "thanks"),
    # someone's coming home for a feast names no hours; near: coming to the office at a feast, the feast's hours asked
    ("syn przyjeżdża na święta, czy może pomóc mi z wnioskiem", "help"),
    ("syn przyjedzie na Wigilię, pomoże mi z wnioskiem o opał", "heating"),
    ("czy można przyjechać na święta do ośrodka", "hours"),
    ("czy w święta jesteście otwarci", "hours"),
    # wishes passed on to a priest or others, and warmth at home told beside a thanks, stay a thanks; near: a question
    ("dziękuję za pomoc, Wesołych Świąt dla księdza proboszcza", "thanks"),
    ("dziękuję za opał, ciepło w domu", "thanks"),
    ("Wesołych Świąt dla księdza i sióstr, dziękuję za paczkę", "thanks"),
    ("dziękuję, ale zimno w domu, kiedy będzie opał", "heating"),
    # the writer's own chores as why they ask; near: somebody asked to do them
    ("czy ksiądz będzie w sobotę? pytam, żeby posprzątać i upiec ciasto", "menu"),
    ("kiedy jest kolęda w Tulcach, chcę wiedzieć, żeby posprzątać i ugotować", "menu"),
    ("potrzebuję kogoś, żeby posprzątać u mamy", "care"),
    ("chcę, żeby ktoś posprzątał u mamy", "care"),
    # the office's phone not answering as the reason; near: not answering told alone with the hours asked
    ("dajcie numer komórkowy, bo ten stacjonarny nie odpowiada wcale", "contact"),
    ("jaki jest numer komórkowy, bo stacjonarny nie odpowiada od rana", "contact"),
    ("nikt nie odbiera od rana, czy jesteście dziś otwarci", "hours"),
    # where the commission meets asks its place
    ("gdzie się zbiera ta komisja alkoholowa?", "contact+addiction"),
    ("gdzie się spotyka ta komisja od picia?", "contact+addiction"),
    # the writer's own sobriety with a fear of the season or of drinking again is the addiction's matter
    ("nie piję od miesiąca i boję się, że znowu zacznę, gdzie jest AA", "addiction"),
    ("jestem niepijącym alkoholikiem, boję się sylwestra, czy jest AA", "addiction"),
    # a death or harm seen in the media, the rest asking nothing; near: a matter asked beside it
    ("w wiadomościach mówili, że starszy pan zamarzł w domu. straszne", "menu"),
    ("wczoraj w tv pokazywali, jak babcia zamarzła w domu, straszne", "menu"),
    ("w radiu mówili, że ktoś zamarzł w domu", "help"),
    ("w tv mówili, że babcia zamarzła, czy jest u was dodatek osłonowy?", "heating"),
])
def test_round_twenty_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: beside a figure of speech, a chain message, a greeting half, a reply asked by text, a sobriety
    # told, a media story, a feast, a reason given
    "on mnie zabije",
    "zabije mnie on, boję się",
    "te rachunki mnie wykończą, a mąż znowu bije",
    "pomocy, bije mnie. przekaż to 10 osobom",
    "mąż mnie bije, odpiszcie smsem na 602 418 337",
    "mam 19 dni trzeźwości, boję się męża",
    "boję się świąt, mąż znowu będzie pił i bił",
    "syn przyjeżdża na święta i znowu będzie nas bił",
    "mama nie odbiera od rana, mieszka sama",
    "sąsiadka zamarzła wczoraj",
    "dziecko samo na podwórku w samej koszulce, mróz",
])
def test_round_twenty_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_round_twenty_reads_no_new_danger_in_a_complaint_or_a_fear_of_papers(lines):
    # the new danger families want their signs together: a child ill and no fuel, not getting up and not eating
    for body in ("mama nie je mięsa i nie wstaje wcześnie", "dzieci chore, jak złożyć wniosek o zasiłek",
                 "nie ma węgla, kiedy przywieziecie opał"):
        assert read(lines, body)[0] != "danger"


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("nie ma czym palić od wczoraj, dzieci śpią w kurtkach", [DANGER]),
    ("dziadek od dwóch dni nie wstaje i nic nie je", [DANGER]),
    ("PRZEŚLIJ TĘ WIADOMOŚĆ 5 ZNAJOMYM!!!", [MENU]),
    ("Dzień", [MENU]),
    ("zabija mnie ta drożyzna", [MENU]),
    ("dziękuję za węgiel, już ciepło w chałupie", [THANKS]),
    ("mam 30 dni trzeźwości i boję się świąt, czy jest grupa AA", [ADDICTION]),
])
def test_round_twenty_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


def test_a_reply_asked_by_text_gets_the_hours_as_the_keyword(make_app):
    # the reply of the keyword GODZINY itself (that day's hours first, a day being named), no call-back promised
    app = make_app(TUESDAY_OPEN)
    replies = post_sms(app, "czy możemy przyjść w czwartek o 9? odp. smsem na 604 118 327, nie słyszymy")
    assert len(replies) == 1 and replies[0].endswith(post_sms(app, "GODZINY")[0].split("\n", 1)[1])


def test_the_ukrainian_rules_leave_round_twenty_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.mass_sent is not None and UKRAINIAN.mass_sent is None
    assert POLISH.media_story is not None and UKRAINIAN.media_story is None
    assert POLISH.text_reply is not None and UKRAINIAN.text_reply is None
    assert POLISH.greeting_halves and not UKRAINIAN.greeting_halves


# -- the writer's own harm beside a story (session 11, after round twenty's helper found it missed) ---------------------

@pytest.mark.parametrize("body", [
    "w telewizji pokazywali jak ojciec pobił dziecko, a u mnie mąż tak samo bije",
    "w telewizji pokazywali jak ojciec pobił dziecko a mnie maz tez bije",
    "ogladalam film o pijaku co bil zone, a u nas ojciec tez bije mame",
    "w wiadomościach był reportaż o przemocy, a nas syn codziennie straszy",
])
def test_the_writers_own_harm_told_beside_a_story_is_danger(lines, body):
    # "mnie"/"nas" up to three words before the harm (it was one): a story on the screen does not make it over
    assert read(lines, body) == ("danger", "pl")


@pytest.mark.parametrize("body", [
    "wczoraj w telewizji pokazywali, jak dziecko zamarzło w wózku, straszne",
    "w serialu mąż bił żonę, a u mnie spokojnie, dziękuję",
    "w tv mówili że ktoś umarł z zimna, a u mnie ciepło, dziękuję za opał",
    "kiedyś mnie mąż bił ale to 20 lat temu, teraz pytam o opał",
    "mnie to przeraziło jak w tv pokazali że ojciec bije dzieci",
])
def test_a_story_alone_or_a_harm_long_over_stays_no_danger(lines, body):
    assert read(lines, body)[0] != "danger"


def test_the_writers_own_harm_beside_a_story_through_the_webhook(make_app):
    body = "w telewizji pokazywali jak ojciec pobił dziecko, a u mnie mąż tak samo bije"
    assert post_sms(make_app(TUESDAY_OPEN), body) == [DANGER]
