"""ivr.web.voice.state_of: the call's state read from a webhook's query string once per distinct string,
exactly as the flow read it from werkzeug's `request.args` before (the first value of each name)."""
from __future__ import annotations

from urllib.parse import urlencode

import pytest
from flask import Request as FlaskRequest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.test import EnvironBuilder

from ivr.call.flow import State
from ivr.web.voice import state_of

NAMES = ["node", "miss", "rounds", "lost", "again", "slow", "danger", "asked", "number", "lang", "x", ""]
VALUES = ["main", "hours", "contact", "leave_word", "uk", "pl", "0", "1", "2", "99", "-1", "１", "606902915",
          "x" * 30, "", "żółć"]


def _as_werkzeug_read_it(query: bytes) -> State:
    environ = EnvironBuilder(method="POST", path="/voice/answer").get_environ()
    environ["QUERY_STRING"] = query.decode("latin-1")  # as a WSGI server hands it over
    return State.from_query(FlaskRequest(environ).args.to_dict())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES) | st.text(max_size=6),
                          st.sampled_from(VALUES) | st.text(max_size=12)), max_size=10))
def test_any_query_gives_the_state_werkzeugs_args_gave(pairs):
    query = urlencode(pairs).encode()
    assert state_of(query) == _as_werkzeug_read_it(query)


@pytest.mark.parametrize("query", [
    b"node=hours&miss=1&rounds=0", b"node=hours&node=main", b"node=main&node=hours&miss=2&miss=0",
    b"node=%zz&miss=%", b"node=contact&lang=uk&slow=1&danger=1&lost=3", b"number=606902915&node=callback",
    b"node", b"=&&miss=1", b"", b"node=h%C3%B3urs", b"lang=uk&lang=pl",
])
def test_repeated_and_malformed_names_read_as_before(query):
    assert state_of(query) == _as_werkzeug_read_it(query)


def test_a_query_not_in_utf8_is_the_main_menu_not_an_error():
    assert state_of(b"node=hours&miss=\xff") == State()


def test_the_first_of_a_repeated_name_wins_as_in_flask():
    assert state_of(b"node=hours&node=contact").node == "hours"
