"""Lean installs (issue 31): `pip install .` is a working line without the test tools.

A fresh virtualenv per test run is too slow on the shared machine, so this checks the two
things that make it true: (1) every third-party module the line imports comes from a base
dependency of pyproject.toml (not from an extra), and (2) `ivr serve`'s app and `ivr doctor`
run in a Python that cannot import pytest or any test tool, nor PostgreSQL's driver. The
`lint-imports` contract "The line never imports a test tool" holds (1) for the test tools too.
.ci/lean-smoke installs `.[postgres]` into a clean virtualenv in CI and runs both for real."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from ivr.config import ROOT

TEST_TOOLS = ["pytest", "_pytest", "xdist", "hypothesis", "responses", "playwright", "axe_playwright_python", "mutmut",
              "importlinter", "psycopg", "psycopg_binary"]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!;~]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def imported_top_level(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_every_module_the_line_imports_comes_from_a_base_dependency():
    base = {_name(r) for r in project()["dependencies"]}
    distributions = packages_distributions()
    third_party = imported_top_level(ROOT / "ivr") - set(sys.stdlib_module_names) - {"ivr", "__future__"}
    outside = {}
    for module in sorted(third_party):
        owners = {d.lower().replace("_", "-") for d in distributions.get(module, [])}
        if not owners & base:
            outside[module] = sorted(owners) or ["not installed"]
    assert outside == {}, f"imported by ivr/ but not a base dependency of pyproject.toml: {outside}"


def test_the_extras_split_the_driver_and_the_test_tools_off():
    meta = project()
    base = {_name(r) for r in meta["dependencies"]}
    extras = meta["optional-dependencies"]
    assert {_name(r) for r in extras["postgres"]} == {"psycopg"}
    assert not base & {"psycopg", "pytest", "hypothesis", "responses", "playwright", "mutmut", "import-linter"}
    assert "ivr-ops-kleszczewo[postgres]" in extras["test"]  # the tests run on PostgreSQL too
    assert "pytest" in {_name(r) for r in extras["test"]}


BLOCKED_RUN = r"""
import importlib.abc, json, sys
BLOCKED = set(json.loads(sys.argv[1]))
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (a lean install has no test tools)")
        return None
sys.meta_path.insert(0, Refuse())
for name in list(sys.modules):
    if name.split(".")[0] in BLOCKED:
        del sys.modules[name]
from ivr.cli import main
from ivr.web import create_app
app = create_app()
client = app.test_client()
front, health = client.get("/"), client.get("/healthz")
print("FRONT", front.status_code, "Kleszczewie" in front.get_data(as_text=True))
print("HEALTH", health.status_code)
try:
    main(["doctor"])
except SystemExit as exc:
    print("DOCTOR-EXIT", exc.code)
print("LOADED", sorted(n for n in BLOCKED if n in sys.modules))
"""


def test_serve_and_doctor_run_without_the_test_tools(tmp_path, content_dir):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("IVR_", "TWILIO_"))}
    env.update(IVR_INSTANCE_DIR=str(tmp_path / "instance"), IVR_CONTENT_DIR=str(content_dir),
               IVR_AUDIO_DIR=str(tmp_path / "audio"), IVR_RECORDINGS_DIR=str(tmp_path / "recordings"))
    (tmp_path / "instance").mkdir()
    result = subprocess.run([sys.executable, "-c", BLOCKED_RUN, json.dumps(TEST_TOOLS)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    out = result.stdout
    assert result.returncode == 0, result.stderr[-3000:]
    assert "FRONT 200 True" in out and "HEALTH 200" in out
    assert "✓ Treści:" in out and "DOCTOR-EXIT 1" in out  # runs every check; this set-up lacks Twilio settings
    assert "Traceback" not in out + result.stderr
    assert "LOADED []" in out


def test_deploy_installs_the_lean_set():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("install-production:", 1)[1].split("\n\n", 1)[0]
    assert "pip install --quiet -e '.[postgres]'" in recipe and "test" not in recipe
    deployment = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")  # from the README's map
    deploying = deployment.split("## Deploying the line", 1)[1].split("\n## ", 1)[0]
    assert "make install-production" in deploying and "make install " not in deploying
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and ".ci/lean-smoke" in ci
    smoke = (ROOT / ".ci" / "lean-smoke").read_text(encoding="utf-8")
    assert "pip\" install --quiet '.[postgres]'" in smoke and "import pytest" in smoke
