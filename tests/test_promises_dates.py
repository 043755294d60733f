"""Issue 35, dates at their edges, as a clerk types them on the staff page "Ogłoszenia": a
one-day notice (the same day typed twice, without a year) is accepted as that one day, not as
a notice until the same day next year; typed for today it is today's, heard today and gone
tomorrow. The dates expected are written out by hand from the calendar (2 December 2026 is a
Wednesday)."""
from __future__ import annotations

import pytest

from conftest import warsaw
from test_notices import FOOD, said
from test_staff_notices import add, saved_notices
from test_staff_pages import PASSWORD, sign_in

TODAY = warsaw(2026, 12, 2, 10, 0)  # Wednesday


@pytest.fixture
def app(make_app):
    app = make_app(TODAY)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.mark.parametrize("typed, day", [
    ("9.12", "2026-12-09"),  # next Wednesday, no year
    ("2.12", "2026-12-02"),  # today, no year: today, not 2 December 2027
    ("9 grudnia", "2026-12-09"),
    ("09.12.2026", "2026-12-09"),
])
def test_a_one_day_notice_typed_by_a_clerk_is_that_one_day(app, typed, day):
    client = sign_in(app)
    response = add(client, first=typed, last=typed)
    assert response.status_code == 303, response.get_data(as_text=True)
    [notice] = saved_notices(app.config["IVR_SETTINGS"].content_dir)
    assert (notice["from"].isoformat(), notice["to"].isoformat()) == (day, day)


def test_a_one_day_notice_for_today_is_heard_today_and_not_tomorrow(app, make_app, post):
    client = sign_in(app)
    assert add(client, first="2.12", last="2.12").status_code == 303
    [notice] = saved_notices(app.config["IVR_SETTINGS"].content_dir)
    assert notice["from"].isoformat() == notice["to"].isoformat() == "2026-12-02"
    assert FOOD in said(make_app(warsaw(2026, 12, 2, 23, 59)), post)
    assert FOOD not in said(make_app(warsaw(2026, 12, 3, 0, 0)), post)
