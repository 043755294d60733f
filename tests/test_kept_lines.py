"""Lines kept per content, day and call-back setting (issue 32): an app, a worker start or a content check of the same
files uses the catalogues, call flows and text lines already built from them; a changed prompt, another day, another
setting or a translation that does not render are each met as before, through the real /voice webhook."""
from __future__ import annotations

import logging

import pytest

from conftest import CHRISTMAS_EVE, TUESDAY_OPEN, edit_content

import ivr.runtime as runtime_module
from ivr.call.content import ContentError

MOBILE = {"CallSid": "CA1", "From": "+48606902915"}
UKRAINIAN = {"CallSid": "CA2", "From": "+380501234567"}


def _voice(post, app, form) -> str:
    return post(app, "/voice", form).get_data(as_text=True)


def test_two_apps_of_the_same_files_share_their_lines_and_answer_alike(make_app, post):
    first, second = make_app(TUESDAY_OPEN), make_app(TUESDAY_OPEN)
    one, two = first.extensions["ivr"], second.extensions["ivr"]
    assert set(one.lines) == set(two.lines) == {"pl", "uk"}
    assert all(one.lines[code] is two.lines[code] for code in one.lines)
    assert one.catalogue is two.catalogue and one.textline is two.textline and one.line is two.line
    assert one.line.others["uk"] is one.lines["uk"]  # linked as a line built anew is
    for form in (MOBILE, UKRAINIAN):
        assert _voice(post, first, form) == _voice(post, second, form)


def test_a_prompt_a_clerk_changes_is_heard_at_once_in_a_running_line_and_a_new_one(make_app, post, content_dir,
                                                                                    monkeypatch):
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)  # look at the file now, not in two seconds
    app = make_app(TUESDAY_OPEN)
    before = app.extensions["ivr"].line
    assert "Zapraszamy też do biblioteki" not in _voice(post, app, MOBILE)
    greeting = 'text = "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie."'  # [prompts.greeting]
    edit_content(content_dir, greeting, greeting[:-1] + ' Zapraszamy też do biblioteki."')
    assert "Zapraszamy też do biblioteki" in _voice(post, app, MOBILE)
    assert app.extensions["ivr"].line is not before
    assert "Zapraszamy też do biblioteki" in _voice(post, make_app(TUESDAY_OPEN), MOBILE)
    # Taken out again: the line of the earlier text, kept, is the one without it.
    edit_content(content_dir, greeting[:-1] + ' Zapraszamy też do biblioteki."', greeting)
    assert "Zapraszamy też do biblioteki" not in _voice(post, app, MOBILE)


def test_a_line_started_on_another_day_has_that_days_catalogue(make_app):
    tuesday, christmas = make_app(TUESDAY_OPEN).extensions["ivr"], make_app(CHRISTMAS_EVE).extensions["ivr"]
    assert tuesday.catalogue is not christmas.catalogue and tuesday.line is not christmas.line
    assert make_app(TUESDAY_OPEN).extensions["ivr"].catalogue is tuesday.catalogue


def test_the_call_back_setting_is_part_of_the_kept_line(make_app):
    national = make_app(TUESDAY_OPEN).extensions["ivr"].line
    international = make_app(TUESDAY_OPEN, callback_international=True).extensions["ivr"].line
    assert international is not national
    assert (national.international, international.international) == (False, True)


def test_a_translation_that_does_not_render_is_warned_at_every_start(make_app, post, monkeypatch, caplog):
    real = runtime_module.Catalogue

    def polish_only(content, *args):
        if content.lang == "uk":
            raise ValueError("a prompt cannot be rendered")
        return real(content, *args)

    monkeypatch.setattr(runtime_module, "_BUILT", [])
    monkeypatch.setattr(runtime_module, "Catalogue", polish_only)
    caplog.set_level(logging.WARNING, logger="ivr.runtime")
    first, second = make_app(TUESDAY_OPEN), make_app(TUESDAY_OPEN)
    warnings = [r.getMessage() for r in caplog.records if "the uk line is not offered" in r.getMessage()]
    assert len(warnings) == 2 and all("a prompt cannot be rendered" in w for w in warnings)
    assert "uk" not in first.extensions["ivr"].lines and "uk" not in second.extensions["ivr"].lines
    assert _voice(post, second, UKRAINIAN) == _voice(post, first, UKRAINIAN)  # both the Polish line


def test_a_line_that_does_not_render_is_never_kept(make_app, monkeypatch):
    def broken(*args):
        raise ValueError("the menu cannot be rendered")

    monkeypatch.setattr(runtime_module, "_BUILT", [])
    monkeypatch.setattr(runtime_module, "Line", broken)
    with pytest.raises(ContentError, match="the menu cannot be rendered"):
        make_app(TUESDAY_OPEN)  # neither the file nor the shipped content renders
    assert runtime_module._BUILT == []


def test_the_kept_lines_are_bounded(make_app, content_dir, monkeypatch):
    monkeypatch.setattr(runtime_module, "_BUILT", [])
    monkeypatch.setattr("ivr.runtime.CONTENT_RECHECK_SECONDS", 0)
    app = make_app(TUESDAY_OPEN)
    built = {id(app.extensions["ivr"].line)}
    for n in range(runtime_module.BUILT_LIMIT + 2):
        edit_content(content_dir, 'name = "', f'name = "{n}')
        app.extensions["ivr"].reload_if_changed()
        built.add(id(app.extensions["ivr"].line))
    assert len(runtime_module._BUILT) == runtime_module.BUILT_LIMIT
    assert len(built) == runtime_module.BUILT_LIMIT + 3  # every content its own line
