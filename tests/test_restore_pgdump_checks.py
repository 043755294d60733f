"""The checks of a PostgreSQL dump before `ivr restore` runs pg_restore into the live database
(N3 on PostgreSQL). No server is needed: a stand-in `pg_restore` on PATH prints what the real
one prints for `--list` (the dump's table of contents) and for `--data-only --file=-` (SQL)."""
from __future__ import annotations

import os
import sys

import pytest

from ivr.database.engine import head_revision

HEADER = """;
; Archive created at 2026-12-01 09:30:00 UTC
;     dbname: ivr
;     TOC Entries: 40
;     Compression: -1
;     Dump Version: 1.14-0
;     Format: CUSTOM
;
; Selected TOC Entries:
;
"""


def listing(extra: str = "", drop: str = "") -> str:
    from ivr.operations.restored_database import reference_schema

    lines, oid = [], 16385
    for kind, name in sorted(reference_schema(head_revision())):
        if kind == "table" and name != drop:
            lines.append(f"{oid}; 1259 {oid} TABLE public {name} ivr")
            lines.append(f"{oid + 1}; 0 {oid} TABLE DATA public {name} ivr")
            lines.append(f"{oid + 2}; 2606 {oid} CONSTRAINT public {name} {name}_pkey ivr")
        elif kind == "index":
            lines.append(f"{oid}; 1259 {oid} INDEX public {name} ivr")
        oid += 3
    lines.append("3345; 0 0 SEQUENCE OWNED BY public messages_id_seq ivr")
    lines.append("3190; 2604 16393 DEFAULT public messages id ivr")
    return HEADER + "\n".join(lines) + "\n" + extra


def copy_script(revision: str) -> str:
    return ("--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n\n"
            "COPY public.alembic_version (version_num) FROM stdin;\n" + revision + "\n\\.\n\n")


@pytest.fixture
def fake_pg_restore(tmp_path, monkeypatch):
    def install(toc: str, script: str):
        (tmp_path / "toc.txt").write_text(toc)
        (tmp_path / "script.sql").write_text(script)
        program = tmp_path / "bin" / "pg_restore"
        program.parent.mkdir(exist_ok=True)
        program.write_text(f"""#!{sys.executable}
import sys
args = sys.argv[1:]
if "--list" in args:
    sys.stdout.write(open({str(tmp_path / 'toc.txt')!r}).read())
elif "--data-only" in args and "--table=alembic_version" in args and "--file=-" in args:
    sys.stdout.write(open({str(tmp_path / 'script.sql')!r}).read())
else:
    sys.exit("unexpected: " + " ".join(args))
""")
        program.chmod(0o755)
        return {**os.environ, "PATH": f"{program.parent}:{os.environ['PATH']}"}

    return install


def test_a_dump_as_the_migrations_make_it_passes(fake_pg_restore, tmp_path):
    from ivr.operations.restored_database import check_pgdump

    env = fake_pg_restore(listing(), copy_script(head_revision()))
    assert check_pgdump(tmp_path / "ivr.pgdump", env) == head_revision()


@pytest.mark.parametrize("toc, script, words", [
    (listing("3200; 2620 16401 TRIGGER public messages reroute ivr\n"), None, "TRIGGER"),
    (listing("3201; 1255 16402 FUNCTION public reroute() ivr\n"), None, "FUNCTION"),
    (listing("3202; 1259 16403 VIEW public v ivr\n"), None, "VIEW"),
    (listing("3203; 1259 16404 TABLE public extra ivr\n"), None, "zbędne: extra"),
    (listing(drop="messages"), None, "brak: messages"),
    (None, "9999", "'9999'"),
    (None, "", "jednej wersji"),
])
def test_a_tampered_dump_is_refused_before_pg_restore_touches_the_database(fake_pg_restore, tmp_path, toc, script, words):
    from ivr.operations.restored_database import BadDatabase, check_pgdump

    env = fake_pg_restore(toc or listing(), copy_script(head_revision() if script is None else script))
    with pytest.raises(BadDatabase) as caught:
        check_pgdump(tmp_path / "ivr.pgdump", env)
    assert words in str(caught.value)
