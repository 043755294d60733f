"""A line starts fast (issue 32): what every start and every test's line repeats is done once
per process, with the same result as doing it again."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from ivr.database.engine import head_revision, make_engine, upgrade


def _previous_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ivr.database.engine import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_revision(head_revision()).down_revision


def test_a_database_at_the_newest_revision_is_not_migrated_again(tmp_path, monkeypatch):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")  # a new file: the real migrations
    try:
        assert upgrade(engine) == head_revision() != ""
        calls = []
        monkeypatch.setattr(command, "upgrade", lambda *args, **kwargs: calls.append(args))
        assert upgrade(engine) == head_revision()
        assert calls == []  # one SELECT found it current
    finally:
        engine.dispose()


def test_a_database_one_revision_behind_is_still_brought_up_to_date(tmp_path, monkeypatch):
    from alembic.config import Config

    from ivr.database.engine import MIGRATIONS

    engine = make_engine(f"sqlite:///{tmp_path / 'older.sqlite3'}")
    try:
        upgrade(engine)
        previous = _previous_revision()
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as connection:  # a database deployed before the newest migration
            config.attributes["connection"] = connection
            command.downgrade(config, previous)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == previous
        calls = []
        real = command.upgrade
        monkeypatch.setattr(command, "upgrade", lambda *args, **kwargs: calls.append(args[1]) or real(*args, **kwargs))
        assert upgrade(engine) == head_revision()
        assert calls == ["head"]
    finally:
        engine.dispose()


def test_an_empty_database_gets_every_table(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert upgrade(engine) == head_revision()
        assert {"messages", "alembic_version"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _copy_of_content(tmp_path, name: str):
    import shutil

    from ivr.config import ROOT

    folder = tmp_path / name
    shutil.copytree(ROOT / "prompts", folder, ignore=shutil.ignore_patterns("history"))
    return folder


def _counting_parses(monkeypatch) -> list:
    import ivr.call.content as content_module

    parses = []
    real = content_module.parse_content
    monkeypatch.setattr(content_module, "parse_content",
                        lambda raw, path, lang="pl": parses.append((path, lang)) or real(raw, path, lang))
    monkeypatch.setattr(content_module, "_PARSED", {})
    return parses


def test_the_same_content_texts_are_parsed_once_and_each_load_names_its_own_file(tmp_path, monkeypatch):
    from ivr.call.content import CONTENT_FILE, load_content

    parses = _counting_parses(monkeypatch)
    one, other = _copy_of_content(tmp_path, "one"), _copy_of_content(tmp_path, "other")
    first = load_content(one)
    again = load_content(other)
    assert parses == [(one / CONTENT_FILE, "pl")]
    assert again == first and again.source == other / CONTENT_FILE and first.source == one / CONTENT_FILE
    ukrainian = load_content(other, lang="uk")
    assert load_content(one, lang="uk") == ukrainian and ukrainian.lang == "uk"
    assert [lang for _, lang in parses] == ["pl", "uk"]


def test_a_changed_file_is_parsed_anew(tmp_path, monkeypatch):
    from conftest import edit_content

    from ivr.call.content import load_content

    parses = _counting_parses(monkeypatch)
    folder = _copy_of_content(tmp_path, "content")
    before = load_content(folder)
    edit_content(folder, 'name = "', 'name = "Gminny ')
    after = load_content(folder)
    assert len(parses) == 2 and after.office.name == "Gminny " + before.office.name
    # The Ukrainian content takes its facts from pl.toml: a change there is a change for it too.
    assert load_content(folder, lang="uk").office.name == after.office.name


def test_a_broken_file_fails_every_time_and_is_never_kept(tmp_path, monkeypatch):
    from ivr.call.content import CONTENT_FILE, ContentError, load_content

    import ivr.call.content as content_module

    _counting_parses(monkeypatch)
    folder = _copy_of_content(tmp_path, "broken")
    (folder / CONTENT_FILE).write_text("[office\nname = ", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ContentError, match="not valid TOML"):
            load_content(folder)
    assert content_module._PARSED == {}


def test_the_kept_contents_are_bounded(tmp_path, monkeypatch):
    from conftest import edit_content

    import ivr.call.content as content_module
    from ivr.call.content import load_content

    _counting_parses(monkeypatch)
    folder = _copy_of_content(tmp_path, "content")
    for n in range(content_module.PARSED_LIMIT + 3):
        edit_content(folder, 'name = "', f'name = "{n}')
        load_content(folder)
    assert len(content_module._PARSED) == content_module.PARSED_LIMIT


def test_content_kept_for_one_retention_setting_is_not_served_for_another(tmp_path, monkeypatch):
    from ivr.call.content import load_content

    parses = _counting_parses(monkeypatch)
    folder = _copy_of_content(tmp_path, "content")
    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "14")
    assert "przez 14 dni" in load_content(folder).prompts["privacy_notice"].text
    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "21")
    assert "przez 21 dni" in load_content(folder).prompts["privacy_notice"].text
    monkeypatch.setenv("IVR_KEEP_MESSAGES_DAYS", "14")
    assert "przez 14 dni" in load_content(folder).prompts["privacy_notice"].text
    assert len(parses) == 2  # the third load is the first one's, kept
