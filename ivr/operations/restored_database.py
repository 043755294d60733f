"""The database in a backup, checked before it replaces the live one.

A restored database runs with the line's rights and is trusted by every request, so it
must be exactly what this release's migrations make:

- the Alembic revision is one this release knows;
- the schema objects are exactly those of a fresh database migrated to that revision: the
  same tables with the same columns, the same indexes, and nothing else (no trigger, no
  view, no extra table or index: a trigger could rewrite call-back numbers on the quiet);
- every message's recording is a Twilio recording file name (RE + 32 hex digits + .wav):
  the restore then points it into the recordings folder, so no row can name another file
  (`ivr messages purge` deletes what rows name).

SQLite is checked on the unpacked copy. A PostgreSQL dump is checked through
`pg_restore --list` (its objects) and the SQL pg_restore would run for `alembic_version`
(without a database).
"""
from __future__ import annotations

import re
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from ivr.database.engine import MIGRATIONS

RECORDING_FILE = re.compile(r"^RE[0-9a-f]{32}\.wav$")
# SQLite's own tables: the AUTOINCREMENT counters and ANALYZE's statistics (no code runs from them).
_SQLITE_INTERNAL = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
# What a pg_dump of the line's database holds; anything else (TRIGGER, VIEW, FUNCTION, RULE,
# POLICY, EXTENSION, ...) is refused.
PG_ALLOWED = {"TABLE", "TABLE DATA", "SEQUENCE", "SEQUENCE OWNED BY", "SEQUENCE SET", "DEFAULT", "CONSTRAINT",
              "FK CONSTRAINT", "INDEX", "SCHEMA", "COMMENT", "ACL", "DEFAULT ACL"}


class BadDatabase(ValueError):
    """The backup's database is refused; the message (Polish) says why."""


def known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _check_revision(revision: str | None) -> str:
    if not revision:
        raise BadDatabase("baza w kopii nie ma wersji (tabela alembic_version jest pusta lub jej brak)")
    if revision not in known_revisions():
        raise BadDatabase(f"baza w kopii ma wersję {revision!r}, której ta wersja programu nie zna")
    return revision


def reference_schema(revision: str) -> dict[tuple[str, str], tuple]:
    """The schema of a fresh SQLite database migrated to `revision`."""
    from alembic import command
    from alembic.config import Config

    with tempfile.TemporaryDirectory(prefix="ivr-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        engine = create_engine(f"sqlite:///{path}")
        try:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return sqlite_schema(connection)
        finally:
            connection.close()


def sqlite_schema(connection: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """(type, name) -> its shape: a table's columns (with hidden and generated ones), an
    index's table, columns and uniqueness; triggers and views by their SQL."""
    schema: dict[tuple[str, str], tuple] = {}
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and name in _SQLITE_INTERNAL:
            continue
        if kind == "table":
            columns = connection.execute(f'PRAGMA table_xinfo("{_quoted(name)}")').fetchall()
            schema[(kind, name)] = tuple((c[1], (c[2] or "").upper(), c[3], c[5], c[6]) for c in columns)
        elif kind == "index":
            columns = tuple(c[2] for c in connection.execute(f'PRAGMA index_info("{_quoted(name)}")').fetchall())
            unique = next((row[2] for row in connection.execute(f'PRAGMA index_list("{_quoted(table)}")').fetchall()
                           if row[1] == name), None)
            schema[(kind, name)] = (table, columns, unique)
        else:  # trigger, view: never made by the migrations
            schema[(kind, name)] = (table, sql)
    return schema


def _quoted(name: str) -> str:
    return name.replace('"', '""')


_KIND = {"table": "tabela", "index": "indeks", "trigger": "wyzwalacz (trigger)", "view": "widok (view)"}


def check_sqlite(path: Path) -> str:
    """Check an unpacked SQLite database (BadDatabase); returns its revision."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BadDatabase(f"plik bazy w kopii nie otwiera się ({exc})") from None
    try:
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BadDatabase("plik bazy w kopii jest uszkodzony (PRAGMA integrity_check)")
            versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version").fetchall()]
        except sqlite3.Error as exc:
            raise BadDatabase(f"plik bazy w kopii nie jest bazą linii ({exc})") from None
        if len(versions) != 1:
            raise BadDatabase(f"baza w kopii ma {len(versions)} wersji zamiast jednej (alembic_version)")
        revision = _check_revision(versions[0])
        found, expected = sqlite_schema(connection), reference_schema(revision)
        extra = sorted(set(found) - set(expected))
        missing = sorted(set(expected) - set(found))
        changed = sorted(key for key in set(found) & set(expected) if found[key] != expected[key])
        problems = ([f"zbędny obiekt: {_KIND.get(kind, kind)} {name}" for kind, name in extra]
                    + [f"brak: {_KIND.get(kind, kind)} {name}" for kind, name in missing]
                    + [f"inna budowa: {_KIND.get(kind, kind)} {name}" for kind, name in changed])
        if problems:
            raise BadDatabase("baza w kopii nie ma budowy, jaką tworzą migracje tej wersji programu ("
                              + "; ".join(problems[:10]) + ")")
        check_recording_names(row[0] for row in connection.execute(
            "SELECT file_path FROM messages WHERE file_path IS NOT NULL"))
        return revision
    finally:
        connection.close()


def check_recording_names(paths) -> None:
    for stored in paths:
        name = Path(str(stored)).name
        if not RECORDING_FILE.match(name):
            raise BadDatabase(f"wiadomość w kopii wskazuje plik {str(stored)[:200]!r}, który nie jest nagraniem z Twilio")


def check_pgdump(path: Path, env: dict[str, str]) -> str:
    """Check a pg_dump archive without a database (BadDatabase); returns its revision."""
    listing = _pg_restore(["--list", str(path)], env)
    tables, refused = set(), set()
    kinds = sorted(PG_ALLOWED, key=len, reverse=True)  # "TABLE DATA" before "TABLE"
    for line in listing.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        # "215; 1259 16390 TABLE public messages ivr", "3210; 2606 16397 CONSTRAINT public messages messages_pkey ivr"
        found = re.match(r"^\d+;\s+\d+\s+\d+\s+(.*)$", line)
        if not found:
            raise BadDatabase(f"nieczytelny spis kopii bazy: {line[:120]!r}")
        entry = found[1]
        kind = next((k for k in kinds if entry.startswith(k + " ")), None)
        if kind is None:
            refused.add(entry.split(" ")[0])
        elif kind == "TABLE":
            tables.add(entry.split()[2])
    if refused:
        raise BadDatabase(f"kopia bazy zawiera obiekty, których migracje nie tworzą: {', '.join(sorted(refused))}")
    script = _pg_restore(["--data-only", "--table=alembic_version", "--file=-", str(path)], env)
    rows = re.search(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(.*?)^\\\.$", script, re.M | re.S)
    versions = rows[1].split() if rows else []
    if len(versions) != 1:
        raise BadDatabase("kopia bazy nie ma jednej wersji (alembic_version)")
    revision = _check_revision(versions[0])
    expected = {name for kind, name in reference_schema(revision) if kind == "table"}
    if tables != expected:
        extra, missing = sorted(tables - expected), sorted(expected - tables)
        raise BadDatabase("kopia bazy ma inne tabele, niż tworzą migracje tej wersji programu"
                          + (f" (zbędne: {', '.join(extra)})" if extra else "")
                          + (f" (brak: {', '.join(missing)})" if missing else ""))
    return revision


def _pg_restore(args: list[str], env: dict[str, str]) -> str:
    try:
        return subprocess.run(["pg_restore", *args], env=env, check=True, capture_output=True, text=True).stdout
    except FileNotFoundError:
        raise BadDatabase("brak programu pg_restore: sudo apt-get install postgresql-client") from None
    except subprocess.CalledProcessError as exc:
        raise BadDatabase(f"pg_restore nie odczytał kopii bazy: {exc.stderr.strip()[:300]}") from None
