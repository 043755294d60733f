"""Short answers shared between lines (issue 32): a line built again from unchanged word lists (a restart, a clerk's
saved prompt) uses the short answers ("jedynka", "co?", "dziękuję" said alone) already made from them, and a list a
clerk changes makes its own, heard at once through the real /voice webhook and gone again when taken out."""
from __future__ import annotations

from conftest import TUESDAY_OPEN, edit_content
from test_speech_rules import say_in

import ivr.call.understand as understand
from ivr.call.understand import Sayings, shared_sayings

SAYINGS = ("_spoken_keys", "_no", "_no_more", "_no_danger", "_sayings")
GOODBYES = 'goodbye_alone = ["dziękuję", '  # [words] goodbye_alone, as the content has it
INVENTED = "kukuryku"  # a word no list of the line has: alone, it is understood as nothing


def _hangs_up(body: str) -> bool:
    return "<Hangup />" in body


def test_lines_of_the_same_word_lists_share_their_short_answers_in_both_languages(make_app):
    first, second = make_app(TUESDAY_OPEN).extensions["ivr"], make_app(TUESDAY_OPEN).extensions["ivr"]
    for code in ("pl", "uk"):
        # A line built anew, not the kept one (a prompt changed, a restart): the same word lists.
        rebuilt = type(first.lines[code])(first.lines[code].content, first.lines[code].schedule,
                                          first.lines[code].catalogue)
        for name in SAYINGS:
            assert getattr(rebuilt, name) is getattr(first.lines[code], name) is getattr(second.lines[code], name)
    # Each list its own sayings: the keys said as words are not the "no" said alone.
    line = first.lines["pl"]
    assert len({id(getattr(line, name)) for name in SAYINGS}) == len(SAYINGS)
    assert type(first.lines["uk"]._sayings) is not Sayings  # the Ukrainian line keeps its own kind


def test_a_prompt_changed_keeps_the_short_answers_and_a_word_list_changed_makes_its_own(make_app, content_dir):
    before = make_app(TUESDAY_OPEN).extensions["ivr"].line
    greeting = 'text = "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie."'
    edit_content(content_dir, greeting, greeting[:-1] + ' Zapraszamy też do biblioteki."')
    prompt_changed = make_app(TUESDAY_OPEN).extensions["ivr"].line
    assert prompt_changed is not before and prompt_changed._sayings is before._sayings
    edit_content(content_dir, GOODBYES, GOODBYES.replace("[", f'["{INVENTED}", '))
    words_changed = make_app(TUESDAY_OPEN).extensions["ivr"].line
    assert words_changed._sayings is not before._sayings  # the goodbyes said alone are another list now
    assert words_changed._spoken_keys is before._spoken_keys  # the keys' words are not


def test_a_word_a_clerk_adds_to_a_short_answer_list_is_understood_at_once_and_gone_when_taken_out(make_app, post,
                                                                                                 content_dir):
    assert not _hangs_up(say_in(post, make_app(TUESDAY_OPEN), "main", INVENTED))
    assert _hangs_up(say_in(post, make_app(TUESDAY_OPEN), "main", "dziękuję"))
    edit_content(content_dir, GOODBYES, GOODBYES.replace("[", f'["{INVENTED}", '))
    assert _hangs_up(say_in(post, make_app(TUESDAY_OPEN), "main", INVENTED))
    assert _hangs_up(say_in(post, make_app(TUESDAY_OPEN), "main", "dziękuję"))
    edit_content(content_dir, GOODBYES.replace("[", f'["{INVENTED}", '), GOODBYES)
    assert not _hangs_up(say_in(post, make_app(TUESDAY_OPEN), "main", INVENTED))


def test_the_same_words_in_another_order_or_of_another_choice_are_other_sayings():
    fillers = ("no", "yyy")
    one = shared_sayings(Sayings, {"a": ("raz", "dwa")}, fillers)
    assert shared_sayings(Sayings, {"a": ["raz", "dwa"]}, list(fillers)) is one  # lists and tuples alike
    assert shared_sayings(Sayings, {"b": ("raz", "dwa")}, fillers) is not one
    assert shared_sayings(Sayings, {"a": ("raz", "dwa")}, ("no",)) is not one
    assert shared_sayings(Sayings, {"a": "raz"}, fillers).match("raz") == "a"  # a phrase given alone, as Sayings takes it
    assert shared_sayings(Sayings, {"b": ("raz", "dwa")}, fillers).match("yyy dwa") == "b"


def test_the_shared_short_answers_are_bounded():
    understand._shared_sayings.cache_clear()
    for n in range(understand.SHARED_SAYINGS + 10):
        shared_sayings(Sayings, {"a": (f"słowo{n}",)})
    assert understand._shared_sayings.cache_info().currsize == understand.SHARED_SAYINGS


def test_sayings_are_read_only_once_built():
    # Shared between lines, and between the threads of a worker: matching must change nothing in them.
    sayings = shared_sayings(Sayings, {"1": ("jedynka", "jeden"), "repeat": ("co",)}, ("yyy", "no", "nie wiem"))
    before = {name: (value.copy() if hasattr(value, "copy") else value) for name, value in vars(sayings).items()}
    for text in ("jedynka", "yyy no jeden", "co", "nie wiem co", "a co to jest ta jedynka, no dobra, niech będzie jeden"):
        for method in (sayings.match, sayings.chosen_last, sayings.looked_for, sayings.chosen_before_because,
                       sayings.described):
            method(text)
    assert {name: value for name, value in vars(sayings).items()} == before


def test_shared_short_answers_answer_alike_under_a_threaded_server(make_app):
    """The sayings one line shares with another are read by every thread of a worker at once (gunicorn's threads, the
    dev server's): under a real threaded server, callers saying short answers together each get the answer one caller
    alone gets."""
    import threading

    import requests
    from werkzeug.serving import make_server

    from conftest import TOKEN, sign

    other, app = make_app(TUESDAY_OPEN), make_app(TUESDAY_OPEN)
    assert app.extensions["ivr"].line._spoken_keys is other.extensions["ivr"].line._spoken_keys
    said = ["jedynka", "yyy dwójeczka", "to może opcja trzecia", "co", "słucham", "dziękuję bardzo", "nie", "halo",
            # long answers too: their words are worked out once per text and kept for every thread (understand._tokens_of)
            "proszę pani ja w sprawie węgla bo mi się opał skończył a zima idzie",
            "mąż znowu pijany przyszedł i krzyczy że mnie zabije ja się boję"]
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_port}"
    path = "/voice/answer?node=main&miss=0&rounds=0"

    def answer(words: str, n: int) -> str:
        form = {"CallSid": f"CA{n:032d}", "From": "+48606902915", "SpeechResult": words, "Confidence": "0.87"}
        headers = {"X-Twilio-Signature": sign(base + path, form, TOKEN)}
        response = requests.post(base + path, data=form, headers=headers, timeout=30)
        assert response.status_code == 200
        return response.text

    try:
        alone = {words: answer(words, 0) for words in said}
        assert len(set(alone.values())) >= 6  # keys, a repeat, a goodbye, a miss: answers that differ
        callers, start, heard, errors = 8, threading.Barrier(8), [], []

        def caller(n: int) -> None:
            try:
                start.wait(timeout=30)
                for words in said[n % len(said):] + said[:n % len(said)]:
                    heard.append((words, answer(words, n + 1)))
            except Exception as exc:  # noqa: BLE001 - reported below, with the thread's words
                errors.append(repr(exc))

        threads = [threading.Thread(target=caller, args=(n,)) for n in range(callers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        httpd.shutdown()
        thread.join(10)
    assert not errors
    assert len(heard) == callers * len(said)
    assert all(body == alone[words] for words, body in heard)
