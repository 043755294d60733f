"""Text lines kept per content (issue 32): an app, a worker start or a content check of the same files uses the text
line already built from them, and any change a clerk makes (a word, a closure, a text) still gets its own, through the
real /sms webhook."""
from __future__ import annotations

from conftest import TUESDAY_OPEN, edit_content
from test_sms import messages, post_sms

import ivr.textline.lines as lines_module
from ivr.call.content import load_content
from ivr.call.schedule import Schedule
from ivr.config import ROOT
from ivr.runtime import make_schedule
from ivr.textline.lines import KEPT_LIMIT, RULES, text_line

# A word no list holds: the office's own lists answer it with the menu of what can be asked.
NEW_WORD = "bombelkowo"


SENDERS = iter(f"+4860690{n:04d}" for n in range(10_000))  # each text its own sender: no hourly limit reached


def _text(app, body: str) -> list[str]:
    return messages(post_sms(app, {"Body": body, "From": next(SENDERS)}))


def test_two_apps_of_the_same_content_share_every_languages_text_line_and_answer_alike(make_app):
    first, second = make_app(TUESDAY_OPEN), make_app(TUESDAY_OPEN)
    one, two = first.extensions["ivr"].textlines.lines, second.extensions["ivr"].textlines.lines
    assert set(one) == set(two) == {"pl", "uk"}
    assert all(one[code] is two[code] for code in one)
    for body in ("godziny", "adres", "Коли ви працюєте?"):
        assert _text(first, body) == _text(second, body)


def test_a_word_a_clerk_adds_is_understood_at_once_by_a_running_line(make_app, content_dir, monkeypatch):
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)  # look at the file now, not in two seconds
    app = make_app(TUESDAY_OPEN)
    hours = _text(app, "godziny")
    before = app.extensions["ivr"].textline
    assert _text(app, NEW_WORD) != hours  # not a word of any list yet
    edit_content(content_dir, 'hours = ["godziny", ', f'hours = ["godziny", "{NEW_WORD}", ')
    assert _text(app, NEW_WORD) == hours
    assert app.extensions["ivr"].textline is not before
    # A new app of the edited files reads it too; one of the files as they were does not.
    assert _text(make_app(TUESDAY_OPEN), NEW_WORD) == hours


def test_the_word_taken_out_again_is_no_longer_understood(make_app, content_dir, monkeypatch):
    """The kept line of the earlier content is found again, and it is the one without the word."""
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)
    app = make_app(TUESDAY_OPEN)
    hours = _text(app, "godziny")
    edit_content(content_dir, 'hours = ["godziny", ', f'hours = ["godziny", "{NEW_WORD}", ')
    assert _text(app, NEW_WORD) == hours
    edit_content(content_dir, f'hours = ["godziny", "{NEW_WORD}", ', 'hours = ["godziny", ')
    assert _text(app, NEW_WORD) != hours


def test_a_closure_a_clerk_adds_changes_the_hours_reply(make_app, content_dir, monkeypatch):
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)
    app = make_app(TUESDAY_OPEN)  # Tuesday 1 December, open
    open_now = _text(app, "czy dziś jesteście otwarci")
    path = content_dir / "pl.toml"
    text = path.read_text(encoding="utf-8")
    assert "\nclosures = [" in text
    path.write_text(text.replace("\nclosures = [", '\nclosures = ["2026-12-01", ', 1), encoding="utf-8")
    closed_now = _text(app, "czy dziś jesteście otwarci")
    assert closed_now != open_now and "zamknięt" in " ".join(closed_now).lower()


def test_a_schedule_not_of_the_content_gets_its_own_text_line(monkeypatch):
    """Kept by content AND schedule: the same content with another day closed is another line."""
    monkeypatch.setattr(lines_module, "_KEPT", [])  # none of the run's earlier lines pushed out meanwhile
    content = load_content(ROOT / "prompts")
    usual = text_line(content, make_schedule(content), RULES["pl"])
    closed = Schedule(content.weekly, (*content.closures, TUESDAY_OPEN.date()))
    other = text_line(content, closed, RULES["pl"])
    assert other is not usual and other.schedule is closed
    assert text_line(content, make_schedule(content), RULES["pl"]) is usual
    assert text_line(content, make_schedule(content), RULES["uk"]) is not usual  # another language's rules


def test_the_kept_text_lines_are_bounded(content_dir, monkeypatch):
    monkeypatch.setattr(lines_module, "_KEPT", [])
    built = []
    for n in range(KEPT_LIMIT + 3):
        edit_content(content_dir, 'name = "', f'name = "{n}')
        content = load_content(content_dir)
        built.append(text_line(content, make_schedule(content), RULES["pl"]))
    assert len(lines_module._KEPT) == KEPT_LIMIT
    assert len({id(line) for line in built}) == KEPT_LIMIT + 3  # every content its own line
