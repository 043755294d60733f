"""The docs stay true to the code: every command, setting, link and path README.md and docs/*.md
name exists (issue 31).

- every `make X` is a target of the Makefile;
- every `ivr <command> [<subcommand>]`, and every --option written after it, is known to the
  real command-line parser (the click group `ivr.cli.main`);
- every IVR_* setting the docs name is read by the code: in ivr/, or (tools, tests, the proxy)
  in the one place listed in READ_OUTSIDE_IVR; and, the reverse, every IVR_* setting the code
  reads is named somewhere in the docs;
- every relative link (and its #anchor, for a Markdown target) and every repository path in
  code (ivr/…, tests/…, bench/…, tools/…, deploy/…, prompts/…, docs/…, .ci/…) exists;
- every dotted name of the code (`ivr.spoken.review.review`) imports, and every --option written
  after a bench/, tools/ or tests/ script is defined in that script.

Each check was made to fail once by breaking one reference by hand (see the issue 31 report).
"""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import click
import pytest

from ivr.cli import main as ivr_main
from ivr.config import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


# Settings named in the docs and read outside ivr/: by the tests, the benches or the proxy. Each
# must really be read where this says.
READ_OUTSIDE_IVR = {
    "IVR_STAFF_ALLOW": "deploy/Caddyfile",
    "IVR_TEST_POSTGRES_URL": "tests/messages_helpers.py",
    "IVR_CHROMIUM": "tests/browser/conftest.py",
    "IVR_UPDATE_SCREENSHOT": "tests/browser/test_staff_browser.py",
    "IVR_BENCH_SKIP_BLIND": "bench/understanding.py",
    "IVR_TEST_AUDIO_CACHE": "tests/test_doctor.py",  # set by tools/mutate.py
}

# Code that reads settings for the line beside ivr/ (gunicorn's configuration).
LINE_CODE_OUTSIDE_IVR = [ROOT / "deploy" / "gunicorn.conf.py"]

PATH_PREFIXES = ("ivr/", "tests/", "bench/", "tools/", "deploy/", "prompts/", "docs/", ".ci/")
# Made by the line at run time, so absent from a fresh checkout.
RUNTIME_PATHS = {"prompts/history/"}
# The blind sets: never opened, read or listed while developing, and not part of every checkout.
BLIND = "bench/blind/"

SETTING = re.compile(r"\bIVR_[A-Z0-9_]*[A-Z0-9]\b")


# ---------------------------------------------------------------- reading the docs

def split_code(text: str) -> tuple[list[str], list[str]]:
    """(code, prose) of a Markdown text: code = the lines of fenced and indented code blocks, then
    every inline code span; prose = every other line."""
    code_lines, prose_lines = [], []
    fenced = False
    previous_blank_or_code = True
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            previous_blank_or_code = True
            continue
        if fenced or (line.startswith("    ") and line.strip() and previous_blank_or_code
                      and not re.match(r"\s*([-*]|\d+\.) ", line)):
            code_lines.append(line)
            previous_blank_or_code = True
            continue
        prose_lines.append(line)
        previous_blank_or_code = not line.strip()
    spans = re.findall(r"`([^`]+)`", "\n".join(prose_lines))
    return code_lines + spans, prose_lines


def code_of_docs() -> list[tuple[Path, str]]:
    return [(doc, piece) for doc in DOCS for piece in split_code(doc.read_text(encoding="utf-8"))[0]]


def where(doc: Path) -> str:
    return str(doc.relative_to(ROOT))


# ---------------------------------------------------------------- make

def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^([A-Za-z][\w.-]*)\s*:(?!=)", text, re.M)}


# `make` where a command starts (not `apt-get install make caddy`).
MAKE = re.compile(r"(?:^\s*|[`(;&|]\s*|\bsudo\s+)make\s+([A-Za-z][\w.-]*)(?![\w=])", re.M)


def make_targets_named(pieces) -> list[tuple[str, str]]:
    return [(where(doc), m.group(1)) for doc, piece in pieces for m in MAKE.finditer(piece)]


def test_every_make_target_the_docs_name_is_in_the_makefile():
    named = make_targets_named(code_of_docs())
    assert {"run", "test"} <= {target for _, target in named}  # the reader finds the two commands
    targets = makefile_targets()
    missing = [(doc, target) for doc, target in named if target not in targets]
    assert not missing, f"make targets the docs name but the Makefile has not: {missing}"


def test_the_make_check_sees_a_missing_target():
    assert make_targets_named([(ROOT / "README.md", "make deploy-all && sudo make test"),
                               (ROOT / "README.md", "apt-get install -y git make caddy")]) == [
        ("README.md", "deploy-all"), ("README.md", "test")]
    assert "deploy-all" not in makefile_targets() and "install-production" in makefile_targets()


# ---------------------------------------------------------------- ivr commands

# `ivr` as a command (after a space, a backtick, a bracket or a bin/ folder: not /srv/ivr or
# deploy/ivr), then one or two command words, then the rest of that command up to a comment,
# a pipe or another command.
IVR = re.compile(r"(?:^|(?<=[\s`(\[])|(?<=bin/))ivr((?:[ \t]+[a-z][a-z-]*(?![\w/.:=-]))+)([^#|;&`\n]*)")
OPTION = re.compile(r"(?:^|(?<=[\s\[(]))(--?[a-zA-Z][\w-]*)")


def ivr_commands_named(pieces) -> list[tuple[str, list[str], list[str]]]:
    """(doc, command words, options) of every `ivr …` the pieces of code show."""
    found = []
    for doc, piece in pieces:
        for m in IVR.finditer(piece):
            words = m.group(1).split()
            found.append((where(doc), words, OPTION.findall(m.group(2))))
    return found


def resolve(words: list[str]) -> tuple[click.Command | None, list[str], list[str]]:
    """The click command the words name, the words that name it, and the word a group does not
    know as a subcommand (then the command is None)."""
    command: click.Command = ivr_main
    used: list[str] = []
    for word in words:
        if not isinstance(command, click.Group):
            break  # an argument of the command
        sub = command.get_command(click.Context(command), word)
        if sub is None:
            return None, used, [word]
        command, used = sub, used + [word]
    return command, used, []


def option_names(command: click.Command) -> set[str]:
    names = {"--help"}
    for param in command.params:
        names.update(param.opts)
        names.update(param.secondary_opts)
    return names


def unknown_ivr_references(named) -> list[str]:
    problems = []
    for doc, words, options in named:
        command, used, left = resolve(words)
        if command is None:
            problems.append(f"{doc}: ivr {' '.join(words)}: no command `ivr {' '.join(used + left)}`")
            continue
        allowed = option_names(command)
        for option in options:
            if option.startswith("--") and option not in allowed:
                problems.append(f"{doc}: ivr {' '.join(used)} has no option {option}")
    return problems


def test_every_ivr_command_and_option_the_docs_name_is_known_to_the_cli():
    named = ivr_commands_named(code_of_docs())
    seen = {" ".join(resolve(words)[1]) for _, words, _ in named}
    # The check reads commands of every depth: a sample the docs are known to name.
    assert {"serve", "doctor", "upgrade", "prompts build", "messages purge", "stats purge", "staff add"} <= seen
    problems = unknown_ivr_references(named)
    assert not problems, "\n".join(problems)


def test_the_ivr_check_sees_a_missing_command_subcommand_or_option():
    doc = ROOT / "docs" / "operations.md"
    named = ivr_commands_named([
        (doc, "`ivr restart`"),                                      # no such command
        (doc, "    .venv/bin/ivr prompts rebuild   # a comment"),   # no such subcommand
        (doc, "`ivr messages purge --older 30d`"),                  # no such option
        (doc, "`ivr messages purge --older-than 30d`, `git -C /srv/ivr pull`, `deploy/ivr`"),
    ])
    assert unknown_ivr_references(named) == [
        "docs/operations.md: ivr restart: no command `ivr restart`",
        "docs/operations.md: ivr prompts rebuild: no command `ivr prompts rebuild`",
        "docs/operations.md: ivr messages purge has no option --older",
    ]


# ---------------------------------------------------------------- IVR_* settings

def settings_read_by(path: Path) -> set[str]:
    """The IVR_* names a Python file holds as whole string constants (what it reads from the
    environment), leaving out Flask's own config keys (app.config["IVR_SETTINGS"])."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    config_keys = {id(node.slice) for node in ast.walk(tree) if isinstance(node, ast.Subscript)
                   and isinstance(node.value, ast.Attribute) and node.value.attr == "config"}
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and re.fullmatch(r"IVR_[A-Z0-9_]+", node.value) and id(node) not in config_keys}


def settings_the_line_reads() -> set[str]:
    files = [*sorted((ROOT / "ivr").rglob("*.py")), *LINE_CODE_OUTSIDE_IVR]
    return set().union(*(settings_read_by(path) for path in files))


def settings_named_in_docs() -> dict[str, str]:
    named: dict[str, str] = {}
    for doc in DOCS:
        for name in SETTING.findall(doc.read_text(encoding="utf-8")):
            named.setdefault(name, where(doc))
    return named


def read_outside_ivr(name: str) -> bool:
    path = ROOT / READ_OUTSIDE_IVR[name]
    if path.suffix == ".py":
        return name in settings_read_by(path)
    return "{$" + name in path.read_text(encoding="utf-8")  # Caddy's environment placeholder


def unread_settings(named: dict[str, str], read: set[str]) -> list[str]:
    return sorted(f"{doc}: {name}" for name, doc in named.items()
                  if name not in read and not (name in READ_OUTSIDE_IVR and read_outside_ivr(name)))


def test_every_setting_the_docs_name_is_read_by_the_code():
    read = settings_the_line_reads()
    assert {"IVR_PUBLIC_URL", "IVR_WORKERS", "IVR_INSTANCE_DIR"} <= read  # ivr/config.py, gunicorn.conf.py
    assert "IVR_SETTINGS" not in read  # Flask's config key, no setting
    problems = unread_settings(settings_named_in_docs(), read)
    assert not problems, f"settings the docs name that no code reads: {problems}"


def test_every_setting_the_code_reads_is_documented():
    undocumented = sorted(settings_the_line_reads() - set(settings_named_in_docs()))
    assert not undocumented, f"settings the code reads that no doc names: {undocumented}"


def test_the_settings_checks_see_a_misspelt_or_undocumented_setting():
    read = settings_the_line_reads()
    assert unread_settings({"IVR_WORKER": "docs/deployment.md", "IVR_WORKERS": "docs/deployment.md",
                            "IVR_STAFF_ALLOW": "docs/deployment.md"}, read) == ["docs/deployment.md: IVR_WORKER"]
    assert all(read_outside_ivr(name) for name in READ_OUTSIDE_IVR)
    assert "IVR_INSTANCE_DIR" in read - {"IVR_PUBLIC_URL"}  # what the reverse check would report if undocumented


# ---------------------------------------------------------------- links and paths

def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(doc: Path) -> set[str]:
    _, prose = split_code(doc.read_text(encoding="utf-8"))
    return {slug(m.group(1)) for line in prose if (m := re.match(r"#{1,6} (.+)", line))}


LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def broken_links(doc: Path, text: str) -> list[str]:
    problems = []
    _, prose = split_code(text)
    for target in LINK.findall("\n".join(prose)):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        file_part, _, anchor = target.partition("#")
        path = (doc.parent / file_part).resolve() if file_part else doc
        if not path.exists():
            problems.append(f"{where(doc)}: link to a missing file: {target}")
        elif anchor and path.suffix == ".md" and anchor not in anchors(path):
            problems.append(f"{where(doc)}: link to a missing heading: {target}")
    return problems


def test_every_relative_link_and_anchor_exists():
    problems = [p for doc in DOCS for p in broken_links(doc, doc.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)


def test_the_link_check_sees_a_missing_file_or_heading():
    doc = ROOT / "README.md"
    text = ("[a](docs/sms.md) [b](docs/nowhere.md) [c](docs/operations.md#backups-and-restore) "
            "[d](docs/operations.md#no-such-heading) ![e](docs/staff.png) [f](https://example.org/x) "
            "[g](docs/data-protection.md#data-protection-rodo)")
    assert broken_links(doc, text) == ["README.md: link to a missing file: docs/nowhere.md",
                                       "README.md: link to a missing heading: docs/operations.md#no-such-heading"]


def repo_paths(pieces) -> list[tuple[str, str]]:
    found = []
    for doc, piece in pieces:
        for token in re.split(r"[\s,;()\[\]\"'=`]+", piece):
            token = token.rstrip(".:")
            if token.startswith(PATH_PREFIXES) and not re.search(r"[<>{}…]|\.\.\.", token):
                found.append((where(doc), token))
    return found


def missing_paths(named) -> list[str]:
    problems = []
    for doc, token in named:
        if token in RUNTIME_PATHS or token.startswith(BLIND):
            continue
        exists = any(ROOT.glob(token.rstrip("/"))) if "*" in token else (ROOT / token).exists()
        if not exists:
            problems.append(f"{doc}: {token}")
    return problems


def test_every_repository_path_the_docs_name_exists():
    named = repo_paths(code_of_docs())
    assert ("docs/architecture.md", "ivr/runtime.py") in named  # code blocks are read, not only spans
    problems = missing_paths(named)
    assert not problems, f"paths the docs name that are not in the repository: {problems}"


def test_the_path_check_sees_a_missing_path():
    doc = ROOT / "docs" / "audio.md"
    named = repo_paths([(doc, "`ivr/audio/ssml.py`, `ivr/audio/nowhere.py` and `tests/test_staff_*.py`"),
                        (doc, "    python tests/fake_cloud_tts.py azure"), (doc, "`deploy/*.sockets`")])
    assert missing_paths(named) == ["docs/audio.md: ivr/audio/nowhere.py", "docs/audio.md: deploy/*.sockets"]


@pytest.mark.parametrize("doc", DOCS, ids=where)
def test_every_doc_is_reachable_from_the_readme(doc):
    if doc.name == "README.md":
        return
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"(docs/{doc.name})" in readme, f"README's map does not link {where(doc)}"


# ---------------------------------------------------------------- dotted names of the code

DOTTED = re.compile(r"(?<![\w/.])ivr((?:\.[a-z_][a-z0-9_]*)+)")


def dotted_names(pieces) -> list[tuple[str, str]]:
    """`ivr.a.b…` the pieces of code name, whose first part is a module or package of ivr/ (not
    the file names ivr.env, ivr.service, ivr.sqlite3)."""
    areas = {p.stem for p in (ROOT / "ivr").iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    return [(where(doc), "ivr" + m.group(1)) for doc, piece in pieces for m in DOTTED.finditer(piece)
            if m.group(1).split(".")[1] in areas]


def unresolved(named) -> list[str]:
    problems = []
    for doc, name in named:
        parts = name.split(".")
        try:
            obj = importlib.import_module(parts[0])
            for i, part in enumerate(parts[1:], start=2):
                try:
                    obj = getattr(obj, part)
                except AttributeError:
                    obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            problems.append(f"{doc}: {name}")
    return problems


def test_every_dotted_name_of_the_code_the_docs_name_exists():
    named = dotted_names(code_of_docs())
    assert ("docs/audio.md", "ivr.spoken.review.review") in named
    problems = unresolved(named)
    assert not problems, f"modules or functions the docs name that the code has not: {problems}"


def test_the_dotted_name_check_sees_a_missing_module_or_function():
    doc = ROOT / "docs" / "audio.md"
    named = dotted_names([(doc, "`ivr.spoken.review.review(text)`, `ivr.spoken.review.rewiev`, `ivr.audio.bulid`"),
                          (doc, "`/etc/ivr/ivr.env`, `ivr.service`")])
    assert unresolved(named) == ["docs/audio.md: ivr.spoken.review.rewiev", "docs/audio.md: ivr.audio.bulid"]


# ---------------------------------------------------------------- options of the repository's scripts

SCRIPT = re.compile(r"(?:(?<![\w/])((?:bench|tools|tests)/[\w/]+\.py)|-m\s+(bench\.\w+))([^#|;&`\n]*)")


def script_options_named(pieces) -> list[tuple[str, str, str]]:
    """(doc, script, option) of every --option written after a bench/, tools/ or tests/ script."""
    found = []
    for doc, piece in pieces:
        for m in SCRIPT.finditer(piece):
            script = m.group(1) or m.group(2).replace(".", "/") + ".py"
            found += [(where(doc), script, option) for option in OPTION.findall(m.group(3))
                      if option.startswith("--")]
    return found


def unknown_script_options(named) -> list[str]:
    """Options the script's own source does not define (as a quoted string, as argparse takes it)."""
    problems = []
    for doc, script, option in named:
        path = ROOT / script
        if not path.is_file():
            continue  # the path check reports it
        source = path.read_text(encoding="utf-8")
        if f'"{option}"' not in source and f"'{option}'" not in source:
            problems.append(f"{doc}: {script} has no option {option}")
    return problems


def test_every_option_of_a_script_the_docs_name_exists():
    named = script_options_named(code_of_docs())
    assert ("docs/development.md", "bench/load.py", "--lock-at") in named
    problems = unknown_script_options(named)
    assert not problems, "\n".join(problems)


def test_the_script_option_check_sees_a_missing_option():
    doc = ROOT / "docs" / "development.md"
    named = script_options_named([(doc, "    .venv/bin/python bench/load.py --callers 200 --lock-after 20  # --x"),
                                  (doc, "`python -m bench.normalize --sweep --quality-only`")])
    assert unknown_script_options(named) == ["docs/development.md: bench/load.py has no option --lock-after",
                                             "docs/development.md: bench/normalize.py has no option --sweep"]


def test_the_readme_opens_with_the_two_commands_and_ci_runs_its_test_command():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("# ") and lines[1] == ""
    commands = [line.split("#", 1)[0].strip() for line in lines[2:4]]
    assert commands == ["make run", "make test"] and all(line.startswith("    ") for line in lines[2:4])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M), ".ci/run no longer runs the README's test command"
    assert len(lines) <= 250 + 1  # the front door stays short (the file ends with a newline)


# ---------------------------------------------------------------- pointers to the README's old sections

OLD_SECTION_POINTER = re.compile(r"README[, (]*(?:część\s+)?[\"„“]([^\"”\n]+)[\"”]")
POINTER_PLACES = ["ivr", "deploy", "tools", "tests", "bench/fresh", "bench/fresh3", "bench/fresh4", "Makefile"]


def old_sections() -> list[str]:
    """The first column of the README's table of where its old sections went."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Where the README's old sections went", 1)[1]
    return [m.group(1).replace("`", "") for m in re.finditer(r"^\| ([^|]+?) \| \[docs/", table, re.M)]


def unresolved_pointers(pointers: list[tuple[str, str]]) -> list[str]:
    sections = old_sections()
    return [f"{place}: README \"{name}\"" for place, name in pointers
            if not any(section.startswith(name) for section in sections)]


def pointers_in_the_code() -> list[tuple[str, str]]:
    found = []
    for place in POINTER_PLACES:
        root = ROOT / place
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file() and p.suffix in
                                                   {".py", ".tsv", ".service", ".timer", ".example", ""}]
        for path in files:
            if path.name == "test_docs_references.py" or "blind" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [(where(path), m.group(1)) for m in OLD_SECTION_POINTER.finditer(text)]
    return found


def test_every_pointer_to_an_old_readme_section_finds_its_new_place():
    pointers = pointers_in_the_code()
    assert ("bench/fresh/utterances.tsv", "Speech") in pointers  # the corpora's comments still name the old README
    problems = unresolved_pointers(pointers)
    assert not problems, f"pointers to README sections the README's table does not send on: {problems}"


def test_the_pointer_check_sees_a_section_that_went_nowhere():
    assert unresolved_pointers([("ivr/x.py", "Pace"), ("ivr/x.py", "Audio prompts"), ("ivr/y.py", "Backups")]) == [
        'ivr/y.py: README "Backups"']
