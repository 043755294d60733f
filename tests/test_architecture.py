"""The package's shape: what `lint-imports` cannot say on its own."""
from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import grimp
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ivr"


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("ivr", cache_dir=None)


def test_no_module_imports_another_in_a_circle(graph):
    # Package and submodule count as modules too: ivr.web.staff importing its own
    # pages, which import ivr.web.staff back, would be a circle.
    sorter = graphlib.TopologicalSorter(
        {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    )
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        pytest.fail(f"import circle: {' -> '.join(exc.args[1])}")


def test_at_most_six_modules_directly_under_the_package():
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= 6, modules


def test_every_subpackage_opens_with_a_docstring_saying_what_it_may_import():
    packages = [p for p in PACKAGE.rglob("__init__.py") if p.parent != PACKAGE and "versions" not in p.parts]
    assert packages
    for init in packages:
        if init.parent.name in {"migrations"}:
            continue
        doc = ast.get_docstring(ast.parse(init.read_text()))
        assert doc, f"{init} has no docstring"
        assert "May import" in doc or "may import" in doc, f"{init}: the docstring does not say what it may import"


def test_every_area_is_named_in_the_layers_contract():
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["tool"]["importlinter"]
    layered = {
        name.strip()
        for contract in config["contracts"] if contract["type"] == "layers"
        for layer in contract["layers"] for name in layer.replace(":", "|").split("|")
    }
    areas = {f"ivr.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    top_modules = {f"ivr.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "__main__"}}
    assert areas | top_modules <= layered, sorted((areas | top_modules) - layered)
