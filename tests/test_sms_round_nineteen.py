"""Issue 27, round nineteen of SMS understanding (docs/sms.md, "Round nineteen"): each general reading of a kind of
writing with texts of its family it must catch (written for these tests, not the tuning rows of set dev20) and the near
texts that must not change, danger kept beside the new readings, and the readings played through the real /sms webhook
with the exact reply."""
from __future__ import annotations

import pytest

from conftest import TUESDAY_OPEN
from test_sms_round_eight import lines, read  # noqa: F401 - the module's fixture and reader, shared
from test_sms_round_ten import CONTACT, DANGER, MENU, STOP, THANKS
from test_sms_uk import post_sms


@pytest.mark.parametrize("body,topic", [
    # English mixed into Polish (a grandchild abroad): its phrases of the line's matters read as Polish words, the other
    # English words left out (ivr.textline.english)
    ("Hi, piszę za babcię, what are your opening hours on Friday?", "hours"),
    ("Hello, could you please call my grandma? Numer 61 817 22 33, she does not text", "callback"),
    ("Hi, what's the address of the office? I'd like to send her a letter", "contact"),
    ("Could you tell me the address please? I want to visit her next month", "contact"),
    ("Thank you so much for helping my mum, Wesołych Świąt!", "thanks"),
    ("Hi, is there any home care for my dad? He can't wash himself anymore", "care"),
    ("Hi, is there a food bank near you? My aunt has no money till Friday", "food"),
    ("Sorry to bother you, babcia nie odbiera od wczoraj, she lives alone, can someone check on her?", "danger"),
    # near: without two English marks a text is read as before; the Polish words English shares are kept
    ("sorry, do której jesteście?", "hours"),
    ("test", "menu"),
    ("ok dzięki", "thanks"),
    ("hi", "menu"),
    # a calling code named alone is no 800 plus; 800+ and a whole number with its code are read as before
    ("Is there a number I can ring from Germany, like +49?", "contact"),
    ("+48", "menu"),
    ("czy 800+ już przyszło", "child_benefit"),
    ("czy jest termin na +800", "child_benefit"),
    ("zadzwońcie na +48 602 418 337", "callback"),
    # marks dictated as words are read as marks
    ("czy jesteście jutro czynni znak zapytania adres proszę wykrzyknik", "hours+contact"),
    ("dziękuję za opał wykrzyknik pozdrawiam serdecznie kropka", "thanks"),
    # no space after a comma, and a first name signed without its Polish letters
    ("dziekuje za opal,Jozef", "thanks"),
    ("dziekuje za pomoc,Halina z Tulec", "thanks"),
    ("dziekuje za wegiel. Grazyna", "thanks"),
    # near: figures with a comma are no two words
    ("mam 8,5 tys. dochodu, czy dostanę zasiłek", "help"),
    # a thing that "kills" or "finishes off" the writer is a figure of speech (someone who will do it is danger below)
    ("ten czynsz to mnie kiedyś zabije, czy jest dodatek mieszkaniowy", "help"),
    ("te schody mnie wykończą, czy opiekunka może przychodzić", "care"),
    ("ta praca mnie dobija haha, do której jesteście", "hours"),
    ("ta robota mnie wykończy, do której jesteście", "hours"),
    # the nominal stop; near: "niewysyłanie" of something else
    ("proszę o nieprzesyłanie mi więcej wiadomości", "stop"),
    ("proszę o niewysyłanie syna do DPS, wolę opiekunkę", "care"),
    # an interpreter the writer comes with; near: an interpreter asked for
    ("przyjdę z tłumaczką migową, o której otwieracie?", "hours"),
    ("przyjdziemy ze swoim tłumaczem, gdzie jest wejście?", "contact"),
    ("czy macie tłumacza migowego?", "help"),
    # despair told in fragments is danger; near: either alone
    ("nie daję już rady. nic już nie chcę.", "danger"),
    ("ja juz nic nie chce. przepraszam wszystkich", "danger"),
    ("nie daję rady z rachunkami, czy jest zasiłek", "help"),
    ("dziękuję, już nic nie chcę od was", "thanks"),
    # a cry as a fragment of its own, the rest asking nothing, is danger; near: beside a matter asked
    ("pomocy. on wrócił", "danger"),
    ("prosze. pomocy. szybko", "danger"),
    ("Pomocy! Jak wypełnić wniosek o zasiłek?", "help"),
    # a text not meant for the office, or cancelled at its end by dictation: the keyword list; near: a question
    ("przepraszam, to nie do was, miało iść do córki", "menu"),
    ("pisałam do syna a nie do was, sorry", "menu"),
    ("halo zapisz kupić mleko kasuj kasuj", "menu"),
    ("sorry, to nie do was, pisałam do córki o opale", "menu"),
    ("przepraszam, to nie do was, miało iść do brata co pije", "menu"),
    ("napisz do opieki o opał nie nie kasuj kasuj", "menu"),
    ("czy to nie do was trzeba iść z wnioskiem o zasiłek?", "help"),
    # the writer not coping alone at home asks for care; near: children alone are danger
    ("mieszkam sama w domu, czy jest opiekunka?", "care"),
    ("dzieci same w domu", "danger"),
    # a time of day told by a meal; near: meals asked for
    ("czy mogę przyjść przed obiadem w środę?", "hours"),
    ("czy są obiady dla seniorów", "food"),
    # a talk or visit of a day, told, and "dziś" as nowadays, ask no hours; near: a day asked
    ("dziękuję pani Ani za ogromną cierpliwość i życzliwość podczas czwartkowej wizyty", "thanks"),
    ("Rzadko dziś spotyka się tak miłych ludzi, dziękuję za wszystko", "thanks"),
    ("po wczorajszej rozmowie chcę zapytać do której jesteście", "hours"),
    ("czy dziś jesteście", "hours"),
    # a letter of wishes only is a thanks; near: a wish beside a question or a request
    ("Z okazji Nowego Roku życzę całemu zespołowi zdrowia i wytrwałości w pracy. Jan Kowalski", "thanks"),
    ("Wesołych świąt, do której jutro jesteście?", "hours"),
    ("Składam życzenia, proszę o adres", "contact"),
    # a letter that says it only informs, of a harm told as over: the keyword list (a harm that goes on: danger below)
    ("Informuję, że sprawa przemocy u sąsiadów z zeszłego roku jest zakończona, piszę tylko dla informacji.", "menu"),
    # a role after "pani" in a wish is whom it is for; near: the head of the office asked about
    ("Wesołych Świąt dla pani kierowniczki i wszystkich pań!", "thanks"),
    ("jak się nazywa pani kierownik", "contact"),
    # where the writer keeps a number that does not answer; near: a person who does not answer
    ("jaki macie numer, bo ten co mam w notesie nie odpowiada", "contact"),
    # a call told as made is no call-back; near: a call asked with "żeby", not made, or missed
    ("dziękuję, pani oddzwoniła i wszystko jasne", "thanks"),
    ("proszę, żeby pani do mnie zadzwoniła jutro", "callback"),
    ("miała pani zadzwonić i nikt nie zadzwonił", "callback"),
    ("pani zadzwoniła, a ja nie odebrałam", "callback"),
    # the commission told or asked to be in the office's building; near: which building asked
    ("czy ta komisja od alkoholu jest u was w budynku?", "addiction"),
    ("w którym budynku jest komisja", "contact+addiction"),
    # an appointment beside the hours asked is what the coming is for; near: asked alone
    ("do której jesteście w piątek? chcę umówić tatę na wizytę", "hours"),
    ("chcę się umówić na wizytę", "help"),
    # someone lying outdoors who does not get up is danger; near: lying in bed is care
    ("mama leży na podwórku od rana i nie wstaje", "danger"),
    ("dziadek leży w śniegu przed domem i nie wstaje", "danger"),
    ("babcia leży w łóżku i nie wstaje, czy jest opiekunka", "care"),
])
def test_round_nineteen_polish_texts_get_what_they_ask_for(lines, body, topic):
    assert read(lines, body) == (topic, "pl")


@pytest.mark.parametrize("body", [
    # danger is never lost: in English, beside a dictated mark, a figure of speech, a text said not to be for the office
    # or cancelled, a letter that only informs, a call told as made, and someone who will do it
    "Hi, my mum's husband hits her, she is scared",
    "Sorry, dziadek is unconscious, please help",
    "hello, my grandad is not breathing, please send an ambulance",
    "mąż mnie bije kropka boję się",
    "on mnie zabije",
    "syn mnie wykończy",
    "te rachunki mnie zabiją, a mąż znowu bije",
    "sorry to nie do was, mąż mnie bije",
    "on mnie bije kasuj kasuj",
    "Piszę tylko dla informacji: sąsiad znowu bije żonę.",
    "pani zadzwoniła wczoraj, a on dziś znowu mnie bije",
    "mama nie odpowiada od rana, leży",
    "jestem sama w domu, a on dobija się do drzwi",
    "sąsiad leży na ziemi przy płocie i się nie rusza",
])
def test_round_nineteen_keeps_danger(lines, body):
    assert read(lines, body) == ("danger", "pl")


def test_english_mixed_into_polish_is_answered_in_polish(lines):
    # common English words ("get", "can") read as Ukrainian words in Latin letters: left out before the language is told
    body = "Sorry, I can't get there today, is the office open tomorrow? Babcia potrzebuje opału"
    assert read(lines, body)[1] == "pl"


def test_a_polish_text_is_never_changed_by_the_english_reading():
    from ivr.textline.english import read_english

    for body in ("do was", "czy jest pan kierownik, sorry", "mam test na covid, czy mogę przyjść", "stop"):
        assert read_english(body) == body


# -- through the webhook --------------------------------------------------------------------------

@pytest.mark.parametrize("body,replies", [
    ("Sorry to bother you, babcia nie odbiera od wczoraj, she lives alone, can someone check on her?", [DANGER]),
    ("nie daję już rady. nic już nie chcę.", [DANGER]),
    ("pomocy. on wrócił", [DANGER]),
    ("mama leży na podwórku od rana i nie wstaje", [DANGER]),
    ("Hi, what's the address of the office? I'd like to send her a letter", [CONTACT]),
    ("Thank you so much for helping my mum, Wesołych Świąt!", [THANKS]),
    ("Z okazji Nowego Roku życzę całemu zespołowi zdrowia i wytrwałości w pracy. Jan Kowalski", [THANKS]),
    ("dziekuje za opal,Jozef", [THANKS]),
    ("sorry, to nie do was, pisałam do córki o opale", [MENU]),
    ("napisz do opieki o opał nie nie kasuj kasuj", [MENU]),
    ("proszę o nieprzesyłanie mi więcej wiadomości", [STOP]),
])
def test_round_nineteen_texts_through_the_webhook(make_app, body, replies):
    assert post_sms(make_app(TUESDAY_OPEN), body) == replies


@pytest.mark.parametrize("body", [
    "Hi, piszę za babcię, what are your opening hours on Friday?",
    "przyjdę z tłumaczką migową, o której otwieracie?",
    "do której jesteście w piątek? chcę umówić tatę na wizytę",
])
def test_round_nineteen_hours_through_the_webhook_as_the_keyword(make_app, body):
    # the reply of the keyword GODZINY itself (with that day's hours first when a day is named), nothing beside it
    app = make_app(TUESDAY_OPEN)
    replies = post_sms(app, body)
    assert len(replies) == 1 and replies[0].endswith(post_sms(app, "GODZINY")[0].split("\n", 1)[1])


def test_the_ukrainian_rules_leave_round_nineteen_unset():
    from ivr.textline.replies import POLISH
    from ivr.textline.ukrainian import UKRAINIAN

    assert POLISH.not_for_us is not None and UKRAINIAN.not_for_us is None
    assert POLISH.cry_in_fragments and not UKRAINIAN.cry_in_fragments
    assert POLISH.wishes is not None and UKRAINIAN.wishes is None
    assert POLISH.called_before is not None and UKRAINIAN.called_before is None
