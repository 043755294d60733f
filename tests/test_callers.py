"""Callers who speak, hesitate or want a person: keys said as words, speech shortcuts from
every menu, the person hint, truthful failures, the closed wrap-up, per-menu help, one voice.
Exact TwiML through the real webhooks, and `ivr call`."""
from __future__ import annotations

import re
import tomllib

import pytest
from click.testing import CliRunner

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, MONDAY_OPEN, TUESDAY_OPEN, say_xml
from ivr.call.flow import CALLBACK, DONE, LEAVE_WORD, MENUS, Input, State
from ivr.config import ROOT

CALLER = "+48606902915"
HEAD = '<?xml version="1.0" encoding="UTF-8"?><Response>'


def spoken(app, prompt_id, **values):
    return app.extensions["ivr"].catalogue.entry(prompt_id, values or None).spoken


def says(app, *prompt_ids, **values) -> str:
    return "".join(say_xml(spoken(app, p, **(values if p.startswith("status") else {}))) for p in prompt_ids)


def gather(app, node, inner, miss=0, rounds=0) -> str:
    action = f"/voice/answer?node={node}&amp;miss={miss}&amp;rounds={rounds}"
    hints = ", ".join(app.extensions["ivr"].line._hints[node])
    return (
        HEAD + f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
        + inner + f'</Gather><Redirect method="POST">{action}</Redirect></Response>'
    )


def hangup(app, *prompt_ids) -> str:
    return HEAD + says(app, *prompt_ids) + "<Hangup /></Response>"


def say_in(post, app, node, words, caller=CALLER, miss=0):
    form = {"SpeechResult": words, "Confidence": "0.87", "From": caller}
    return post(app, f"/voice/answer?node={node}&miss={miss}&rounds=0", form).get_data(as_text=True)


OPEN_UNTIL = {"godzina": "15:00"}  # Tuesday


# -- 1. the spoken number means the key ---------------------------------------------------------

ITEM_BY_KEY_WORD = [
    ("main", "jedynkę", "hours"), ("main", "Jeden.", "hours"), ("main", "1", "hours"),
    ("main", "opcja pierwsza", "hours"), ("main", "numer jeden", "hours"), ("main", "poproszę dwójkę", "contact"),
    ("main", "czwórka", "addiction"), ("about", "opcja druga", "benefits"), ("about", "trzecią", "programmes"),
    ("about", "4", "food"), ("hours", "dwa", "contact"), ("food", "piąta", "care"), ("benefits", "jedynka", "child_benefit"),
]
ITEM_PROMPTS = {
    "hours": ("status_open", "info_hours", "reserved_keys"), "contact": ("info_contact", "reserved_keys"),
    "addiction": ("info_addiction", "reserved_keys"), "benefits": ("info_benefits", "menu_benefits"),
    "care": ("info_care", "reserved_keys"), "child_benefit": ("info_child_benefit", "reserved_keys"),
    "programmes": ("info_programmes", "reserved_keys"), "food": ("info_food", "reserved_keys"),
}


@pytest.mark.parametrize("node,words,item", ITEM_BY_KEY_WORD)
def test_a_key_said_as_a_word_is_the_key_exact_twiml(make_app, post, node, words, item):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == gather(app, item, says(app, *ITEM_PROMPTS[item], **OPEN_UNTIL))


@pytest.mark.parametrize("words", ["zero", "zerówka", "0", "naciskam zero"])
def test_zero_said_is_a_person(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "about", words)
    assert body == HEAD + says(app, "transfer") + (
        '<Dial action="/voice/dial-done?rounds=0" method="POST" timeout="25">+48618176130</Dial></Response>')


def test_star_and_nine_said(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", "gwiazdkę proszę") == gather(app, "main", says(app, "menu_main"))
    assert say_in(post, app, "about", "dziewiątka") == gather(app, "about", says(app, "menu_about"))


@pytest.mark.parametrize("node,words", [
    ("benefits", "trzy"), ("callback", "trzy"), ("leave_word", "trzy"), ("main", "sześć"), ("main", "krzyżyk"),
    (DONE, "jeden"),
])
def test_a_key_word_the_menu_does_not_have_is_a_wrong_key(make_app, post, node, words):
    app = make_app(FRIDAY_EVENING)
    menu = MENUS[node].prompt
    menu = {"menu_main": "menu_main_closed", "menu_benefits": "menu_benefits_closed"}.get(menu, menu)  # after hours
    assert say_in(post, app, node, words) == gather(app, node, says(app, "wrong_key", menu), miss=1)


@pytest.mark.parametrize("words,expected", [
    ("mam jedno pytanie o godziny", "hours"),  # about hours, not key 1
    ("dwa tygodnie temu byłam w sprawie zasiłku", "benefits"),  # not key 2
    ("jeden moment", None), ("pierwszy raz dzwonię", None), ("trzy razy już dzwonię", None),
    ("mam dwoje dzieci", None),
])
def test_a_number_inside_a_sentence_is_not_a_key(make_app, post, words, expected):
    app = make_app(TUESDAY_OPEN)
    body = say_in(post, app, "main", words)
    if expected is None:
        assert body == gather(app, "main", says(app, "not_understood", "menu_main"), miss=1)
    else:
        assert body == gather(app, expected, says(app, *ITEM_PROMPTS[expected], **OPEN_UNTIL))


# -- 2. speech is a shortcut through the whole tree ------------------------------------------------

@pytest.mark.parametrize("node", sorted(set(MENUS) | {"hours", "food"}))
def test_any_item_by_name_from_any_menu(make_app, post, node):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, "a paczki z jedzeniem dajecie?") == gather(app, "food", says(app, *ITEM_PROMPTS["food"]))
    assert say_in(post, app, node, "chodzi mi o zasiłek") == gather(app, "benefits", says(app, *ITEM_PROMPTS["benefits"]))
    assert say_in(post, app, node, "do której jesteście otwarci") == gather(
        app, "hours", says(app, *ITEM_PROMPTS["hours"], **OPEN_UNTIL))


@pytest.mark.parametrize("node", sorted(set(MENUS) | {"contact"}))
def test_repeat_back_person_message_goodbye_from_every_menu(make_app, post, node):
    app = make_app(FRIDAY_EVENING)
    again = say_in(post, app, node, "nie słyszę, proszę powtórzyć")
    assert "<Gather" in again and f"node={node}&amp;" in again and spoken(app, "not_understood") not in again
    assert say_in(post, app, node, "co?") == again
    assert say_in(post, app, node, "wróć do menu") == gather(app, "main", says(app, "menu_main_closed"))
    assert say_in(post, app, node, "chcę rozmawiać z pracownikiem") == gather(
        app, LEAVE_WORD, says(app, "transfer_closed") + say_xml(spoken(
            app, "status_closed", kiedy="w poniedziałek", godzina="8:00")) + says(app, "menu_leave_word"))
    assert say_in(post, app, node, "dziękuję, do widzenia") == hangup(app, "goodbye")
    assert say_in(post, app, node, "dziękuję bardzo") == hangup(app, "goodbye")
    record = say_in(post, app, node, "chcę zostawić wiadomość")
    assert record.startswith(HEAD + says(app, "privacy_before_beep", "record_intro") + "<Record ")


@pytest.mark.parametrize("node", ["main", "about", "hours", LEAVE_WORD, DONE])
def test_call_back_by_speech_reads_the_number_back(make_app, post, node):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, node, "oddzwońcie do mnie")
    number = say_xml("sześćset sześć, dziewięćset dwa, dziewięćset piętnaście.")
    reading = say_xml("Oddzwonimy na numer, z którego Państwo dzwonią:") + number + say_xml("Powtarzamy:") + number
    assert body == gather(app, CALLBACK, reading + says(app, "privacy_callback", "menu_callback"))


def test_call_back_by_speech_from_a_hidden_number_offers_only_a_message(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = say_in(post, app, "main", "proszę o telefon zwrotny", caller="anonymous")
    assert body == gather(app, LEAVE_WORD, says(app, "callback_hidden", "menu_leave_word_hidden"))


def test_in_the_call_back_menu_yes_and_call_back_confirm(make_app, post):
    app = make_app(FRIDAY_EVENING)
    for words in ("tak, zgadza się", "proszę oddzwonić"):
        body = say_in(post, app, CALLBACK, words)
        saved = say_xml(spoken(app, "callback_saved", kiedy="w poniedziałek"))  # issue 24: the day
        assert body == gather(app, DONE, saved + says(app, "may_hang_up", "menu_done"))
    assert len(app.extensions["ivr"].messages.store.listing()) == 1  # one request per number
    app.extensions["ivr"].messages.store.engine.dispose()


def test_yes_means_nothing_outside_the_call_back_menu(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "tak") == gather(app, "main", says(app, "not_understood", "menu_main"), miss=1)


def test_hints_follow_the_menu(line):
    def first(node, n):
        return line._hints[node][:n]

    assert first("main", 3) == ("godziny", "godzina", "otwarte")
    assert first("about", 2) == ("praca socjalna", "pracownik socjalny")
    assert first(LEAVE_WORD, 2) == ("wiadomość", "nagrać")
    assert first(CALLBACK, 2) == ("tak", "zgadza się") and "oddzwonić" in line._hints[CALLBACK]
    # The keys of the menu as words follow its own words; the rest of the tree comes after.
    about = line._hints["about"]
    assert about.index("jeden") < about.index("godziny") and about.index("cztery") < about.index("adres")
    assert all(len(hints) <= 100 for hints in line._hints.values())


# -- 3. a person, early ---------------------------------------------------------------------------

def test_the_person_hint_follows_the_status_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    status = say_xml(spoken(app, "status_closed", kiedy="w poniedziałek", godzina="8:00"))
    body = post(app, "/voice").get_data(as_text=True)
    offer = app.extensions["ivr"].lines["uk"].catalogue.entry("language_offer").spoken  # issue 33: after the menu
    uk = f'<Say language="uk-UA" voice="Google.uk-UA-Standard-A"><prosody rate="85%">{offer}</prosody></Say>'
    assert body == gather(app, "main", says(app, "greeting") + status + says(app, "person_hint_closed", "menu_main_closed")
                          + uk)


def test_the_person_hint_is_short_and_says_zero(line):
    for prompt in ("person_hint_open", "person_hint_closed"):
        text = line.catalogue.entry(prompt).text
        person, slower = text.split(". ", 1)  # issue 25: the hint also says, once, how to hear it slower
        assert "nacisnąć zero" in person and len(person.split()) <= 14
        assert slower == "Aby usłyszeć wolniej, proszę powiedzieć „wolniej” albo nacisnąć siedem."
    assert "pracownik" in line.catalogue.entry("person_hint_open").text
    # Before the hint only the greeting and the status: about 12 s of speech at most.
    for at in (MONDAY_OPEN, FRIDAY_EVENING, CHRISTMAS_EVE):
        prompts = line.start(at).prompts
        assert [p.id.split(".")[0] for p in prompts][::2] == ["greeting", prompts[2].id]
        assert prompts[1].id.startswith("status_") and prompts[3].id == ("menu_main" if at == MONDAY_OPEN else "menu_main_closed")
        person = prompts[2].spoken.split(". ")[0]  # the hint's first sentence: how to reach a person
        assert sum(len(p.spoken.split()) for p in prompts[:2]) + len(person.split()) <= 30


# -- 4. failures said truthfully --------------------------------------------------------------------

@pytest.mark.parametrize("status,said", [
    ("busy", "transfer_busy"), ("no-answer", "transfer_no_answer"), ("failed", "transfer_failed"),
    ("canceled", "transfer_failed"),
])
def test_a_failed_transfer_in_opening_hours_exact_twiml(make_app, post, status, said):
    app = make_app(TUESDAY_OPEN)
    body = post(app, "/voice/dial-done?rounds=0", {"DialCallStatus": status}).get_data(as_text=True)
    assert body == gather(app, LEAVE_WORD, says(app, said, "transfer_retry", "menu_leave_word"))
    # Nothing contradicts "nobody answers": no "the office is open now".
    assert spoken(app, "status_open", godzina="15:00") not in body


def test_busy_is_not_nobody_answers(line):
    busy, nobody = (line.catalogue.entry(p).text for p in ("transfer_busy", "transfer_no_answer"))
    assert "zajęta" in busy and "nikt" not in busy and "nikt teraz nie odbiera" in nobody
    assert "zero" in line.catalogue.entry("transfer_retry").text


def test_zero_tries_again_after_a_failed_transfer(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = post(app, "/voice/answer?node=leave_word&miss=0&rounds=0", {"Digits": "0"}).get_data(as_text=True)
    assert "<Dial " in body


def test_a_transfer_that_outlasts_the_opening_hours_says_when_we_open(line):
    step = line.after_dial("no-answer", FRIDAY_EVENING, caller=CALLER)
    assert [p.id.split(".")[0] for p in step.prompts] == ["transfer_no_answer", "status_closed", "menu_leave_word"]


def test_a_hidden_number_is_never_offered_a_call_back(make_app, post):
    app = make_app(TUESDAY_OPEN)
    body = post(app, "/voice/dial-done?rounds=0", {"DialCallStatus": "no-answer", "From": "anonymous"})
    assert body.get_data(as_text=True) == gather(
        app, LEAVE_WORD, says(app, "transfer_no_answer", "transfer_retry", "menu_leave_word_hidden"))
    closed = make_app(FRIDAY_EVENING)
    body = post(closed, "/voice/answer?node=main", {"Digits": "0", "From": ""}).get_data(as_text=True)
    said = re.sub(r'hints="[^"]*"', "", body).lower()
    assert spoken(closed, "menu_leave_word_hidden") in body and "oddzwonienie" not in said
    second_miss = post(closed, "/voice/answer?node=leave_word&miss=1", {"From": "restricted"}).get_data(as_text=True)
    assert second_miss == gather(closed, LEAVE_WORD, says(closed, "no_input") + '<Pause length="1" />'
                                 + say_xml(spoken(closed, "help_leave_word_hidden")) + '<Pause length="1" />'
                                 + says(closed, "keys_leave_word_hidden"), miss=2)  # issue 24: keys only
    assert "oddzwon" not in closed.extensions["ivr"].catalogue.entry("keys_leave_word_hidden").text
    assert "oddzwon" not in closed.extensions["ivr"].catalogue.entry("menu_leave_word_hidden").text


def test_after_a_saved_message_the_caller_may_hang_up_then_a_short_menu(make_app, post):
    app = make_app(FRIDAY_EVENING)
    form = {"RecordingSid": "RE" + "a" * 32, "RecordingUrl": "https://api.twilio.com/rec", "RecordingDuration": "7"}
    body = post(app, "/voice/recorded?node=leave_word&miss=0&rounds=0", form).get_data(as_text=True)
    assert body == gather(app, DONE, says(app, "record_saved", "may_hang_up", "menu_done"))
    assert app.extensions["ivr"].catalogue.entry("may_hang_up").text == "Można się już rozłączyć."
    # The short menu: back to the main menu; silence ends the call politely; 9 repeats it.
    assert post(app, "/voice/answer?node=done&miss=0&rounds=0", {}).get_data(as_text=True) == hangup(app, "goodbye")
    assert post(app, "/voice/answer?node=done", {"Digits": "9"}).get_data(as_text=True) == gather(
        app, DONE, says(app, "menu_done"))
    assert post(app, "/voice/answer?node=done", {"Digits": "*"}).get_data(as_text=True) == gather(
        app, "main", says(app, "menu_main_closed"))
    app.extensions["ivr"].messages.store.engine.dispose()


def test_a_silent_caller_outside_hours_gets_one_tidy_wrap_up(make_app, post):
    app = make_app(FRIDAY_EVENING)
    body = post(app, "/voice/answer?node=main&miss=2&rounds=0", {}).get_data(as_text=True)
    status = say_xml(spoken(app, "status_closed", kiedy="w poniedziałek", godzina="8:00"))
    assert body == gather(app, LEAVE_WORD, says(app, "no_input") + status + says(app, "closed_wrap_up", "menu_leave_word"),
                          rounds=1)
    text = app.extensions["ivr"].catalogue.entry("closed_wrap_up").text
    assert body.count("Proszę przygotować kartkę") == 1
    assert text.count("61 817 61 30") == 2 and text.count("606 902 915") == 2 and text.count("od 8:00 do 16:00") == 2
    # About 45 s: the words of the whole turn, at the gTTS voice's ~2.4 words a second.
    words = len(re.sub(r"<[^>]+>", " ", body).split())
    assert words <= 108, words


HELP_WORDS = {"main": "help", "about": "help_about", LEAVE_WORD: "help_leave_word", CALLBACK: "help_callback"}


@pytest.mark.parametrize("node,help_prompt", sorted(HELP_WORDS.items()))
def test_help_is_specific_to_its_menu_and_its_words_stay_there(line, node, help_prompt):
    step = line.handle(State(node, miss=1), Input(caller=CALLER), FRIDAY_EVENING)
    assert [p.id for p in step.prompts][1] == help_prompt
    text = line.catalogue.entry(help_prompt).text
    suggested = re.search(r"powiedzieć(?: jedno słowo, na przykład)?: (.*)\.", text)[1].split(" albo ")
    for words in suggested:
        target = line.handle(State(node), Input(speech=words, confidence=0.9, caller=CALLER), FRIDAY_EVENING)
        stays = target.action in ("record", "callback") or target.state.node in MENUS[node].options.values() \
            or (node == "main" and target.state.node in ("hours", "contact"))
        assert stays, (node, words, target.state)


# -- 5. one voice ---------------------------------------------------------------------------------

FIRST_PERSON_SINGULAR = re.compile(
    r"\b(przepraszam|łączę|powtarzam|zapraszam|dziękuję|\w+łam|\w+łem|nie rozumiem|słyszę)\b", re.IGNORECASE)


def test_every_text_speaks_as_we():
    raw = tomllib.loads((ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8"))
    texts = {f"prompts.{k}": v["text"] for k, v in raw["prompts"].items()}
    texts |= {f"sms.{k}": v for k, v in raw["sms"].items()}
    wrong = {key: FIRST_PERSON_SINGULAR.findall(text) for key, text in texts.items() if FIRST_PERSON_SINGULAR.search(text)}
    assert wrong == {}
    assert raw["prompts"]["no_input"]["text"] == "Przepraszamy, nie usłyszeliśmy wyboru."


def test_the_voice_check_catches_the_old_singular():
    assert FIRST_PERSON_SINGULAR.search("Przepraszam, nie usłyszałam wyboru.")
    assert FIRST_PERSON_SINGULAR.search("Łączę z pracownikiem.") and not FIRST_PERSON_SINGULAR.search("Łączymy.")


# -- `ivr call` -----------------------------------------------------------------------------------

def test_ivr_call_with_words(tmp_path, monkeypatch):
    from ivr.cli import main

    monkeypatch.setenv("IVR_AUDIO_DIR", str(tmp_path / "audio"))
    result = CliRunner().invoke(main, ["call", "--at", "2026-12-01 10:00", "--say", "jedynkę", "--say",
                                       "dziękuję, do widzenia"])
    assert result.exit_code == 0, result.output
    turns = re.split(r"(?m)^— ", result.output)  # a turn starts a line ("Українською — …" is no turn)
    assert turns[2].startswith("2. mówi: jedynkę → gather\n   [lektor Twilio] Ośrodek jest teraz otwarty, do piętnastej.\n"
                               "   [lektor Twilio] Proszę przygotować kartkę.")
    assert turns[3] == "3. mówi: dziękuję, do widzenia → hangup\n   [lektor Twilio] Dziękujemy za telefon. Do widzenia.\n"
    assert ("[lektor Twilio] Aby w każdej chwili porozmawiać z pracownikiem, proszę nacisnąć zero. "
            "Aby usłyszeć wolniej, proszę powiedzieć wolniej albo nacisnąć siedem.\n") in turns[1]


def test_ivr_call_busy_transfer(tmp_path, monkeypatch):
    from ivr.cli import main

    monkeypatch.setenv("IVR_AUDIO_DIR", str(tmp_path / "audio"))
    result = CliRunner().invoke(main, ["call", "--at", "2026-12-01 10:00", "--press", "0", "--dial-status", "busy"])
    assert result.exit_code == 0, result.output
    assert ("[lektor Twilio] Przepraszamy, linia ośrodka jest teraz zajęta.\n"
            "   [lektor Twilio] Aby spróbować połączyć jeszcze raz, proszę nacisnąć zero.\n") in result.output
    assert "otwarty" not in result.output.split("zajęta.")[1]
