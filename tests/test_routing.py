"""URL rules sharing their compiled builders (ivr.web.routing): every URL the line builds is the
one werkzeug's own rules build, and rules that differ in what is compiled never share."""
from __future__ import annotations

import pytest
from werkzeug.routing import Map, Rule

from ivr.web.routing import KeptRule


def sample_values(rule) -> dict:
    """A value for each variable of the rule, of its converter's kind."""
    values = {}
    for name, converter in rule._converters.items():
        kind = type(converter).__name__
        if kind == "AnyConverter":
            values[name] = sorted(converter.items)[0]
        else:
            values[name] = 7 if kind in ("IntegerConverter", "FloatConverter") else f"w-{name}"
    return values


def test_every_url_of_the_line_is_the_one_werkzeug_builds(make_app):
    make_app()  # the first line compiles the builders; the second one uses the kept ones
    app = make_app()
    rules = list(app.url_map.iter_rules())
    assert rules and all(isinstance(rule, KeptRule) for rule in rules)
    plain = Map([Rule(rule.rule, endpoint=rule.endpoint, defaults=rule.defaults, methods=rule.methods)
                 for rule in rules])
    kept, reference = app.url_map.bind("localhost"), plain.bind("localhost")
    for rule in rules:
        values = {**sample_values(rule), **(rule.defaults or {})}
        for extra in ({}, {"q": "zażółć gęślą", "n": "1"}):  # with and without a query string
            assert kept.build(rule.endpoint, {**values, **extra}) == reference.build(rule.endpoint, {**values, **extra})


def test_two_lines_share_each_rule_s_builder(make_app):
    first, second = make_app(), make_app()
    builders = {rule.rule: rule._build.__func__ for rule in first.url_map.iter_rules()}
    for rule in second.url_map.iter_rules():
        assert rule._build.__func__ is builders[rule.rule]


def test_a_default_filling_a_variable_is_never_shared():
    # The default's URL form is compiled into the builder: rules differing only in it must not share one.
    one = Map([KeptRule("/strona/<int:numer>", endpoint="page", defaults={"numer": 1})]).bind("localhost")
    two = Map([KeptRule("/strona/<int:numer>", endpoint="page", defaults={"numer": 2})]).bind("localhost")
    assert one.build("page", {}) == "/strona/1"
    assert two.build("page", {}) == "/strona/2"


@pytest.mark.parametrize("append_unknown", [False, True])
def test_rules_with_other_default_names_build_their_own_urls(append_unknown):
    with_default = Map([KeptRule("/a/<x>", endpoint="a", defaults={"jezyk": "pl"})]).bind("localhost")
    without = Map([KeptRule("/a/<x>", endpoint="a")]).bind("localhost")
    values = {"x": "q", "jezyk": "pl"}
    assert with_default.build("a", values, append_unknown=append_unknown) == "/a/q"
    assert without.build("a", values, append_unknown=append_unknown) == ("/a/q?jezyk=pl" if append_unknown else "/a/q")
