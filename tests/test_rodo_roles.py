"""Roles (issue 30, point 5): admin and staff, checked on the server on every staff route."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import MONDAY_OPEN
from test_staff_pages import PASSWORD, token
from ivr.web.staff.blueprint import ADMIN_ENDPOINTS

SAMPLE = {"prompt_id": "greeting", "name": "x", "message_id": "1", "miss_id": "1", "number": "1", "slug": "calls"}


@pytest.fixture
def app(make_app):
    app = make_app(MONDAY_OPEN)
    accounts = app.extensions["ivr_staff"].accounts
    accounts.add("anna", PASSWORD)  # the first account: an admin
    accounts.add("jan", PASSWORD)  # a staff member
    return app


def signed_in(app, login):
    client = app.test_client()
    page = client.get("/staff/login").get_data(as_text=True)
    assert client.post("/staff/login", data={"login": login, "password": PASSWORD, "csrf_token": token(page)}).status_code == 302
    return client


def staff_routes(app):
    """Every (method, url, endpoint) of the staff pages, but signing in and out."""
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("staff.") or rule.endpoint in {"staff.login", "staff.logout"}:
            continue
        url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: SAMPLE[m[1]], rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((method, url, rule.endpoint))
    return found


def test_the_first_account_is_admin_and_the_next_are_staff(app):
    roles = {a.login: a.role for a in app.extensions["ivr_staff"].accounts.list()}
    assert roles == {"anna": "admin", "jan": "staff"}


def test_every_staff_route_checks_the_role_on_the_server(app):
    admin, staff = signed_in(app, "anna"), signed_in(app, "jan")
    routes = staff_routes(app)
    assert {e for _, _, e in routes} >= ADMIN_ENDPOINTS  # every admin-only endpoint exists
    assert len(routes) > 30
    for method, url, endpoint in routes:
        as_staff = staff.open(url, method=method)  # POSTs without a CSRF token: nothing is changed
        as_admin = admin.open(url, method=method)
        anonymous = app.test_client().open(url, method=method)
        assert anonymous.status_code in (302, 401), (method, url)
        assert as_admin.status_code != 403, (method, url)
        if endpoint in ADMIN_ENDPOINTS:
            assert as_staff.status_code == 403, (method, url)
            assert "Tylko dla administratora" in as_staff.get_data(as_text=True)
        else:
            assert as_staff.status_code != 403, (method, url, as_staff.status_code)


def test_a_staff_member_with_a_valid_form_still_cannot_erase(app):
    from ivr.messages.store import Store
    from datetime import datetime, timezone

    store = Store(app.config["IVR_SETTINGS"].database_url)
    store.request_callback("+48606902915", datetime(2026, 11, 30, tzinfo=timezone.utc))
    staff = signed_in(app, "jan")
    form_page = staff.get("/staff/messages").get_data(as_text=True)
    response = staff.post("/staff/privacy/erase", data={"csrf_token": token(form_page), "numer": "606902915", "potwierdzam": "tak"})
    assert response.status_code == 403
    assert len(store.listing()) == 1  # nothing erased
    assert "Rejestr dostępu" not in form_page and "Dane mieszkańców" not in form_page  # no links for staff
    admin_page = signed_in(app, "anna").get("/staff/messages").get_data(as_text=True)
    assert "Rejestr dostępu" in admin_page and "Dane mieszkańców (RODO)" in admin_page


def test_the_role_is_read_on_every_request_not_kept_in_the_session(app):
    accounts = app.extensions["ivr_staff"].accounts
    accounts.add("ola", PASSWORD, admin=True)
    ola = signed_in(app, "ola")
    assert ola.get("/staff/audit").status_code == 200
    accounts.set_role("ola", "staff")
    assert ola.get("/staff/audit").status_code == 403
    assert ola.get("/staff/messages").status_code == 200


def test_the_last_admin_cannot_be_demoted(app):
    from ivr.staff.accounts import AccountError

    with pytest.raises(AccountError, match="jedyne konto administratora"):
        app.extensions["ivr_staff"].accounts.set_role("anna", "staff")
    with pytest.raises(AccountError):
        app.extensions["ivr_staff"].accounts.set_role("anna", "root")


def test_ivr_staff_add_admin_and_role(settings):
    from ivr.cli import main

    env = {"IVR_DATABASE_URL": settings.database_url}
    runner = CliRunner()
    first = runner.invoke(main, ["staff", "add", "ewa"], input=f"{PASSWORD}\n{PASSWORD}\n", env=env)
    assert "(administrator)" in first.output  # the first account
    second = runner.invoke(main, ["staff", "add", "jan"], input=f"{PASSWORD}\n{PASSWORD}\n", env=env)
    assert "(pracownik)" in second.output
    third = runner.invoke(main, ["staff", "add", "ola", "--admin"], input=f"{PASSWORD}\n{PASSWORD}\n", env=env)
    assert "(administrator)" in third.output
    assert runner.invoke(main, ["staff", "role", "jan", "admin"], env=env).exit_code == 0
    listed = runner.invoke(main, ["staff", "list"], env=env).output
    assert "jan (admin," in listed and "ola (admin," in listed and "ewa (admin," in listed


def test_the_migration_makes_the_oldest_existing_account_admin(tmp_path):
    from datetime import datetime, timezone

    from alembic import command
    from sqlalchemy import create_engine, text

    from alembic.config import Config

    from ivr.database.engine import MIGRATIONS, Database

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")  # a line from before roles
    database = Database(url)
    with engine.begin() as db:
        for login, day in (("zosia", 2), ("adam", 1)):
            db.execute(text("INSERT INTO staff_accounts (login, password_hash, created_at, failures, session_generation) "
                            "VALUES (:l, 'x', :c, 0, 0)"), {"l": login, "c": datetime(2026, 1, day, tzinfo=timezone.utc).replace(tzinfo=None)})
    database.upgrade()
    with engine.connect() as db:
        roles = dict(db.execute(text("SELECT login, role FROM staff_accounts")).all())
    assert roles == {"adam": "admin", "zosia": "staff"}
