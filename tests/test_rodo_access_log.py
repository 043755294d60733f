"""Who did what (issue 30, point 4): an append-only access log entry for every action on
callers' data, accounts and settings; `ivr audit`, the admin page, retention by the purge."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from messages_helpers import (  # noqa: F401 - fixtures
    CALLER, db_url, desk_of, line_settings, make_line, sleeps, twilio, twilio_post,
)
from test_recordings import SID, record_action, status_callback
from test_rodo_recordings import staff_client
from ivr.database.schema import access_log
from ivr.staff.access_log import ACTIONS, AccessLog

MASKED = "606 *** 915"


def entries(app) -> list[tuple[str, str, str]]:
    store = desk_of(app).store
    with store.engine.connect() as db:
        return [(r.actor, r.action, r.item) for r in db.execute(select(access_log).order_by(access_log.c.id))]


def token(html):
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def test_every_staff_action_on_a_message_is_logged_with_the_masked_number(make_line, twilio, line_settings):
    app = make_line()
    record_action(app, twilio)
    status_callback(app)
    [message] = desk_of(app).store.listing()
    client = staff_client(app)
    client.get(f"/staff/messages/{message.id}/audio")
    client.get(f"/staff/messages/{message.id}/audio?pobierz=1")
    page = client.get("/staff/messages").get_data(as_text=True)
    client.post(f"/staff/messages/{message.id}/done", data={"csrf_token": token(page)})
    client.post(f"/staff/messages/{message.id}/undo-done", data={"csrf_token": token(page)})
    assert entries(app) == [("anna", "played", MASKED), ("anna", "downloaded", MASKED),
                            ("anna", "done", MASKED), ("anna", "undone", MASKED)]
    # The whole number is nowhere in the log.
    with desk_of(app).store.engine.connect() as db:
        for row in db.execute(select(access_log)):
            assert "606902915" not in " ".join(map(str, row._mapping.values())).replace(" ", "")


def test_a_call_back_is_logged(make_line, twilio, line_settings):
    from fake_twilio import ACCOUNT_SID

    app = make_line(public_url="https://ops.example.org", office_phone="+48618176130")
    twilio.register_calls() if hasattr(twilio, "register_calls") else pytest.skip("no Calls in the fake")
    item = desk_of(app).store.request_callback(CALLER, datetime.now(timezone.utc))
    client = staff_client(app)
    page = client.get("/staff/messages").get_data(as_text=True)
    client.post("/staff/messages/phone", data={"csrf_token": token(page), "telefon": "biuro"})
    client.post(f"/staff/messages/{item.id}/call", data={"csrf_token": token(page)})
    assert ("anna", "called_back", MASKED) in entries(app), ACCOUNT_SID


def test_settings_changes_are_logged_only_when_saved(make_line, line_settings):
    app = make_line()
    client = staff_client(app)
    from test_staff_pages import prompt_form

    form = prompt_form(client, "goodbye")
    [field] = [k for k in form if k not in ("csrf_token", "base") and "spoken" not in k][:1]
    client.post("/staff/prompts/goodbye", data={**form, field: ""})  # refused: an empty text
    assert [e for e in entries(app) if e[1] == "settings_changed"] == []
    client.post("/staff/prompts/goodbye", data={**form, field: "Dziękujemy za telefon. Do usłyszenia."})
    assert [e[:2] for e in entries(app) if e[1] == "settings_changed"] == [("anna", "settings_changed")]


def test_account_changes_the_purge_and_cli_actions_are_logged(line_settings, make_line, twilio, tmp_path):
    from ivr.cli import main

    app = make_line()
    record_action(app, twilio)
    status_callback(app)
    [message] = desk_of(app).store.listing()
    env = {"IVR_DATABASE_URL": line_settings.database_url, "IVR_RECORDINGS_DIR": str(line_settings.recordings_dir),
           "IVR_SECRET_KEY": line_settings.secret_key}
    runner = CliRunner()
    password = "dobre-haslo-123\n" * 2
    runner.invoke(main, ["staff", "add", "ewa"], input=password, env=env)
    runner.invoke(main, ["staff", "password", "ewa"], input=password, env=env)
    runner.invoke(main, ["staff", "unlock", "ewa"], env=env)
    runner.invoke(main, ["staff", "add", "jan", "--admin"], input=password, env=env)
    runner.invoke(main, ["staff", "role", "jan", "staff"], env=env)
    runner.invoke(main, ["staff", "remove", "jan", "--yes"], env=env)
    runner.invoke(main, ["messages", "done", str(message.id)], env=env)
    result = runner.invoke(main, ["messages", "purge", "--older-than", "1h"], env=env)
    assert result.exit_code in (0, 1)
    assert [e[1:] for e in entries(app)] == [
        ("account_added", "ewa"), ("account_password", "ewa"), ("account_unlocked", "ewa"),
        ("account_added", "jan"), ("account_role", "jan"), ("account_removed", "jan"), ("done", MASKED),
        ("deleted", MASKED),  # the test line's clock is in November: the purge removed the message
    ]
    log = AccessLog(line_settings.database_url)
    # `ivr audit` shows them; --since in the future shows none.
    shown = runner.invoke(main, ["audit", "--since", "30d"], env=env).output
    assert "account_added" in shown and "ewa" in shown and MASKED in shown and "606902915" not in shown
    assert "Brak wpisów" in runner.invoke(main, ["audit", "--since", "2999-01-01"], env=env).output
    assert runner.invoke(main, ["audit", "--since", "wczoraj"], env=env).exit_code == 2
    assert len(log.entries()) == 8


def test_the_purge_logs_each_deleted_item_and_keeps_the_log_for_two_years(line_settings, make_line):
    from ivr.cli import main

    app = make_line()
    store = desk_of(app).store
    now = datetime.now(timezone.utc)
    old = store.request_callback(CALLER, now - timedelta(days=40))
    log = AccessLog(store, clock=lambda: now - timedelta(days=731))
    log.record("anna", "played", CALLER)  # older than 2 years
    AccessLog(store, clock=lambda: now - timedelta(days=700)).record("anna", "played", CALLER)
    env = {"IVR_DATABASE_URL": line_settings.database_url, "IVR_RECORDINGS_DIR": str(line_settings.recordings_dir),
           "IVR_SECRET_KEY": line_settings.secret_key}
    assert CliRunner().invoke(main, ["messages", "purge"], env=env).exit_code == 0
    assert store.get(old.id) is None
    remaining = AccessLog(store).entries()
    assert [(e.action, e.item) for e in remaining] == [("deleted", MASKED), ("played", MASKED)]
    assert remaining[0].actor == "cli" and remaining[1].at < now - timedelta(days=699)


def test_the_log_is_append_only_in_code():
    import inspect

    import ivr.staff.access_log as module

    source = inspect.getsource(module)
    assert "update(" not in source  # nothing ever changes an entry
    assert source.count("delete(") == 1  # the one delete is the retention purge
    with pytest.raises(ValueError):
        AccessLog("sqlite://").record("anna", "rewrote_history")
    assert {"played", "downloaded", "done", "deleted", "called_back", "exported", "erased",
            "account_added", "settings_changed"} <= set(ACTIONS)


def test_the_admin_page_lists_entries_and_is_itself_logged(make_line, line_settings):
    app = make_line()
    AccessLog(desk_of(app).store).record("jan", "played", CALLER, "wiadomość nr 1")
    client = staff_client(app)
    html = client.get("/staff/audit").get_data(as_text=True)
    assert "odsłuchanie nagrania" in html and MASKED in html and "jan" in html and "wiadomość nr 1" in html
    assert ("anna", "viewed_log", "") in entries(app)
