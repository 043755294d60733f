"""The content store: values written into the TOML text (comments kept); atomic saves, every version kept, restore, conflicts."""
from __future__ import annotations

import difflib
import os
import threading
import tomllib
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ivr.config import ROOT
from ivr.call.content import WEEKDAY_KEYS, ContentError
from ivr.staff.content_store import (
    BY_HAND, REMOVE, ConflictError, ContentStore, HistoryNotFound, replace_tables, set_values, version_of,
)


@pytest.fixture
def store(content_dir):
    return ContentStore(content_dir)


def changed(text: str, old: str = "Dzień dobry,", new: str = "Dzień dobry Państwu,") -> str:
    assert old in text
    return text.replace(old, new, 1)


# ---------------------------------------------------------------- writing values into the TOML text

REAL = (ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8")

COMMENTED = """\
# Header.

[office]  # the office
name = "OPS"  # its name
# Where key 0 connects.
transfer_number = "+48618176130"  # international

[hours]  # one interval a day
poniedzialek = "8:00-16:00"  # Monday
wtorek = "7:00-15:00"    # Tuesday, odd spacing kept
piatek = "7:00-15:00"  # Friday
closures = []  # extra days

[prompts.goodbye]  # the last words
text = \"\"\"
Dziękujemy.
Do widzenia.
\"\"\"  # two lines
"""


def diff(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def scalar_paths(node, prefix=()):
    """Every key path of the text's values (tables walked into, arrays of tables left out)."""
    for key, value in node.items():
        if isinstance(value, dict):
            yield from scalar_paths(value, (*prefix, key))
        else:
            yield (*prefix, key), value


def test_setting_every_value_of_the_real_file_to_itself_changes_no_byte():
    data = tomllib.loads(REAL)
    values = dict(scalar_paths(data))
    assert len(values) > 50
    assert set_values(REAL, values) == REAL
    assert set_values(REAL, {}) == REAL


def test_one_value_changes_one_line_and_its_end_of_line_comment_stays():
    after = set_values(COMMENTED, {"hours.wtorek": "8:00-15:00"})
    assert diff(COMMENTED, after) == [
        '-wtorek = "7:00-15:00"    # Tuesday, odd spacing kept',
        '+wtorek = "8:00-15:00"    # Tuesday, odd spacing kept',
    ]


def test_key_paths_may_be_tuples_and_several_values_change_together():
    after = set_values(COMMENTED, {("office", "name"): "Ośrodek", "hours.closures": ["2026-12-31"]})
    assert diff(COMMENTED, after) == [
        '-name = "OPS"  # its name', '+name = "Ośrodek"  # its name',
        '-closures = []  # extra days', '+closures = ["2026-12-31"]  # extra days',
    ]


def test_a_text_of_several_lines_is_written_one_line_per_line():
    after = set_values(COMMENTED, {"prompts.goodbye.text": 'Dziękujemy za telefon.\nDo "widzenia".\n'})
    assert diff(COMMENTED, after) == ["-Dziękujemy.", "-Do widzenia.", "+Dziękujemy za telefon.", '+Do "widzenia".']
    assert tomllib.loads(after)["prompts"]["goodbye"]["text"] == 'Dziękujemy za telefon.\nDo "widzenia".\n'


def test_a_removed_key_takes_only_its_own_line():
    after = set_values(COMMENTED, {"hours.wtorek": REMOVE, "hours.sobota": REMOVE})  # sobota is not there
    assert diff(COMMENTED, after) == ['-wtorek = "7:00-15:00"    # Tuesday, odd spacing kept']


def test_a_new_key_goes_next_to_its_neighbours_in_the_given_order():
    order = {"hours": WEEKDAY_KEYS}
    after = set_values(COMMENTED, {"hours.sroda": "7:00-15:00", "hours.sobota": "9:00-12:00"}, order=order)
    assert after.splitlines()[8:14] == [
        'poniedzialek = "8:00-16:00"  # Monday', 'wtorek = "7:00-15:00"    # Tuesday, odd spacing kept',
        'sroda = "7:00-15:00"', 'piatek = "7:00-15:00"  # Friday', 'sobota = "9:00-12:00"', "closures = []  # extra days",
    ]
    # Before the first day when no earlier day is there; without an order, at the end of the table.
    first = set_values(set_values(COMMENTED, {"hours.poniedzialek": REMOVE}), {"hours.poniedzialek": "8:00-16:00"}, order=order)
    assert first == COMMENTED.replace('"8:00-16:00"  # Monday', '"8:00-16:00"')
    unordered = set_values(COMMENTED, {"hours.sobota": "9:00-12:00"})
    assert 'closures = []  # extra days\nsobota = "9:00-12:00"\n\n[prompts.goodbye]' in unordered


def test_a_missing_table_is_made_and_keeps_the_next_table_apart():
    after = set_values(REAL, {"prompts.zzz_new.text": "Nowy.", "office.email": "ops@example.pl"})
    assert tomllib.loads(after)["prompts"]["zzz_new"] == {"text": "Nowy."}
    assert '[prompts.zzz_new]\ntext = "Nowy."\n\n[' in after
    assert diff(REAL, after).count('+email = "ops@example.pl"') == 1


def test_a_key_path_through_a_value_is_refused():
    with pytest.raises(TypeError, match="office.name is not a table"):
        set_values(COMMENTED, {"office.name.x": "y"})


NOTICES = COMMENTED + """
# Notices read out after the greeting.
[[notices]]  # the first
title = "Zbiórka"  # a title
text = "W sobotę zbiórka żywności."

[[notices]]
title = "Zamknięte"
text = "W piątek ośrodek jest zamknięty."
"""


def test_replacing_notices_edits_rows_in_place_and_keeps_their_comments():
    rows = [{"title": "Zbiórka", "text": "W niedzielę zbiórka żywności."}, {"title": "Nowe", "text": "Nowe."},
            {"title": "Trzecie", "text": "Trzecie."}]
    after = replace_tables(NOTICES, "notices", rows)
    assert tomllib.loads(after)["notices"] == rows
    assert diff(NOTICES, after) == [
        '-text = "W sobotę zbiórka żywności."', '+text = "W niedzielę zbiórka żywności."',
        '-title = "Zamknięte"', '-text = "W piątek ośrodek jest zamknięty."', '+title = "Nowe"', '+text = "Nowe."',
        "+", "+[[notices]]", '+title = "Trzecie"', '+text = "Trzecie."',
    ]
    assert "# Notices read out after the greeting.\n[[notices]]  # the first\n" in after


def test_fewer_notices_drop_the_last_rows_and_none_drops_the_array():
    one = replace_tables(NOTICES, ("notices",), [{"title": "Zbiórka", "text": "W sobotę zbiórka żywności."}])
    assert tomllib.loads(one)["notices"] == [{"title": "Zbiórka", "text": "W sobotę zbiórka żywności."}]
    assert "Zamknięte" not in one and '[[notices]]  # the first\ntitle = "Zbiórka"  # a title' in one
    none = replace_tables(NOTICES, "notices", [])
    assert "notices" not in tomllib.loads(none) and "[[notices]]" not in none
    assert tomllib.loads(none) == tomllib.loads(COMMENTED)


def test_notices_in_a_file_without_any_are_appended():
    rows = [{"title": "A", "text": "Pierwsza\nlinia."}]
    after = replace_tables(REAL, "notices", rows)
    assert after.startswith(REAL) and tomllib.loads(after)["notices"] == rows
    assert set_values(after, {}) == after


@hsettings(max_examples=200, deadline=None)
@given(st.dictionaries(
    st.text(min_size=1, max_size=12),
    st.one_of(st.text(max_size=60), st.lists(st.text(max_size=10), max_size=4), st.integers(), st.booleans()),
    max_size=5,
))
def test_any_table_of_values_round_trips(table):
    values = {("sekcja", key): value for key, value in table.items()}
    text = set_values(COMMENTED, values)
    assert tomllib.loads(text) == {**tomllib.loads(COMMENTED), **({"sekcja": table} if table else {})}


# ---------------------------------------------------------------- saving


def test_save_writes_the_file_and_keeps_both_versions(store):
    before = store.read()
    new_text = changed(before.text)
    content, entry = store.save(new_text, before.version, "anna")
    assert store.path.read_text(encoding="utf-8") == new_text
    assert content.prompts["greeting"].text.startswith("Dzień dobry Państwu,")
    history = store.history()
    assert [e.login for e in history] == ["anna", BY_HAND]
    assert history[0] == entry
    assert store.read_version(history[0].name) == new_text
    assert store.read_version(history[1].name) == before.text  # the hand-made version is not lost


def test_a_second_save_keeps_every_earlier_version_once(store):
    first = store.read()
    text_2 = changed(first.text)
    store.save(text_2, first.version, "anna")
    text_3 = changed(text_2, "Dzień dobry Państwu,", "Witamy.")
    store.save(text_3, version_of(text_2), "jan")
    assert [e.login for e in store.history()] == ["jan", "anna", BY_HAND]
    assert [store.read_version(e.name) for e in store.history()] == [text_3, text_2, first.text]


def test_a_hand_edit_between_saves_is_kept_too(store):
    first = store.read()
    store.save(changed(first.text), first.version, "anna")
    by_hand = changed(store.read().text, "Dzień dobry Państwu,", "Ręcznie.")
    store.path.write_text(by_hand, encoding="utf-8")
    store.save(changed(by_hand, "Ręcznie.", "Znowu."), version_of(by_hand), "anna")
    assert [e.login for e in store.history()] == ["anna", BY_HAND, "anna", BY_HAND]
    assert store.read_version(store.history()[1].name) == by_hand


def test_saving_the_same_text_writes_nothing(store):
    before = store.read()
    content, entry = store.save(before.text, before.version, "anna")
    assert entry is None and store.history() == []


def test_broken_content_is_refused_and_nothing_is_written(store):
    before = store.read()
    broken = before.text.replace('poniedzialek = "8:00-16:00"', 'poniedzialek = "16:00-8:00"')
    with pytest.raises(ContentError, match=r"\[hours.poniedzialek\]"):
        store.save(broken, before.version, "anna")
    with pytest.raises(ContentError, match="not valid TOML"):
        store.save("[office\n", before.version, "anna")
    assert store.read() == before and store.history() == []


def test_a_save_based_on_an_older_version_is_refused(store):
    before = store.read()
    store.save(changed(before.text), before.version, "anna")
    newer = store.read()
    with pytest.raises(ConflictError) as caught:
        store.save(changed(before.text, "Dzień dobry,", "Inaczej."), before.version, "jan")
    assert caught.value.current == newer
    assert caught.value.newest.login == "anna"
    assert store.read() == newer and len(store.history()) == 2


def test_two_saves_at_once_from_the_same_version_one_wins(store):
    before = store.read()
    results, barrier = [], threading.Barrier(2)

    def save(login, new):
        barrier.wait()
        try:
            store.save(changed(before.text, "Dzień dobry,", new), before.version, login)
            results.append(login)
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=save, args=(login, f"Witaj {login}.")) for login in ("anna", "jan")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) in (["anna", "conflict"], ["conflict", "jan"])
    winner = next(r for r in results if r != "conflict")
    assert f"Witaj {winner}." in store.read().text
    assert [e.login for e in store.history()] == [winner, BY_HAND]


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_files(store, monkeypatch):
    before = store.read()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.save(changed(before.text), before.version, "anna")
    monkeypatch.undo()
    assert store.read() == before
    leftovers = [p.name for p in store.content_dir.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_the_file_keeps_its_permissions(store):
    os.chmod(store.path, 0o640)
    before = store.read()
    store.save(changed(before.text), before.version, "anna")
    assert store.path.stat().st_mode & 0o777 == 0o640


def test_history_stays_in_order_when_the_clock_goes_back(content_dir):
    moments = iter([datetime(2026, 5, 1, tzinfo=timezone.utc), datetime(2026, 4, 1, tzinfo=timezone.utc)])
    store = ContentStore(content_dir, clock=lambda: next(moments))
    first = store.read()
    store.save(changed(first.text), first.version, "anna")
    second = store.read()
    store.save(changed(second.text, "Dzień dobry Państwu,", "Witamy."), second.version, "jan")
    history = store.history()
    assert [e.login for e in history] == ["jan", "anna", BY_HAND]
    assert history[0].saved_at > history[1].saved_at


def test_restore_makes_an_old_version_current_and_keeps_history(store):
    original = store.read()
    store.save(changed(original.text), original.version, "anna")
    oldest = store.history()[-1]
    content, entry = store.restore(oldest.name, store.read().version, "jan")
    assert store.read().text == original.text
    assert content.prompts["greeting"].text.startswith("Dzień dobry,")
    assert [e.login for e in store.history()] == ["jan", "anna", BY_HAND]


def test_restore_refuses_a_stale_base_and_unknown_names(store):
    original = store.read()
    store.save(changed(original.text), original.version, "anna")
    with pytest.raises(ConflictError):
        store.restore(store.history()[-1].name, original.version, "jan")
    for name in ("../pl.toml", "pl.toml", "pl.20260101-000000-000000.anna.toml", "x/../../etc/passwd"):
        with pytest.raises(HistoryNotFound):
            store.read_version(name)


def test_logins_that_cannot_be_file_names_are_refused(store):
    before = store.read()
    for login in ("../x", "a/b", BY_HAND, "", "anna\n"):
        with pytest.raises(ValueError):
            store.save(changed(before.text), before.version, login)
