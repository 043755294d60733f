"""A line starts fast (issue 32): what every start and every test's line repeats is done once
per process, with the same result as doing it again."""
from __future__ import annotations

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
