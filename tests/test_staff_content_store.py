"""The content store: atomic saves, every version kept, restore, conflicts; the TOML writer."""
from __future__ import annotations

import os
import threading
import tomllib
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from ivr.config import ROOT
from ivr.call.content import ContentError
from ivr.staff.content_store import (
    BY_HAND, ConflictError, ContentStore, HistoryNotFound, render_toml, version_of,
)


@pytest.fixture
def store(content_dir):
    return ContentStore(content_dir)


def changed(text: str, old: str = "Dzień dobry,", new: str = "Dzień dobry Państwu,") -> str:
    assert old in text
    return text.replace(old, new, 1)


# ---------------------------------------------------------------- the TOML writer


def test_rewriting_the_real_file_gives_it_back_byte_for_byte():
    text = (ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8")
    assert render_toml(tomllib.loads(text), text) == text


def test_comments_stay_above_their_keys_and_move_on_when_a_key_goes():
    template = (
        "# Header.\n\n[hours]\n# One interval a day.\nponiedzialek = \"8:00-16:00\"\n"
        "wtorek = \"7:00-15:00\"\n# Extra days.\nclosures = []\n"
    )
    data = tomllib.loads(template)
    del data["hours"]["poniedzialek"]
    text = render_toml(data, template)
    assert text == "# Header.\n\n[hours]\n# One interval a day.\nwtorek = \"7:00-15:00\"\n# Extra days.\nclosures = []\n"


def test_texts_with_quotes_backslashes_and_lines_round_trip():
    data = {"prompts": {"a": {"text": 'Mówi "tak" i \\ ukośnik'}, "b": {"text": 'Wiersz 1\n"""potrójny"""\nkoniec"'}}}
    text = render_toml(data)
    assert tomllib.loads(text) == data
    assert '"""\nWiersz 1' in text  # lines stay readable in triple quotes


@hsettings(max_examples=200, deadline=None)
@given(st.dictionaries(
    st.text(min_size=1, max_size=12),
    st.one_of(st.text(max_size=60), st.lists(st.text(max_size=10), max_size=4), st.integers(), st.booleans()),
    max_size=5,
))
def test_any_table_of_texts_round_trips(table):
    data = {"sekcja": table}
    assert tomllib.loads(render_toml(data)) == data


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
