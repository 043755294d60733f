"""ivr.call.senses is one long module of readings: a name bound twice at its top level silently replaces the first
binding for every function above it (session twenty-one: a new DEMONSTRATIVES replaced the list `fear_of_doing`
reads, and "boję się tych nagrywań" became danger; a new BETTER was itself replaced by an older one). Each name is
bound once, there and in the flow and the matcher beside it."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

import ivr.call.flow
import ivr.call.senses
import ivr.call.understand


def _top_level_names(path: Path) -> collections.Counter:
    names: collections.Counter = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("module", [ivr.call.senses, ivr.call.flow, ivr.call.understand])
def test_every_name_of_the_reading_modules_is_bound_once(module):
    twice = sorted(name for name, count in _top_level_names(Path(module.__file__)).items() if count > 1)
    assert twice == []


def test_the_check_sees_a_name_bound_twice(tmp_path):
    module = tmp_path / "twice.py"
    module.write_text("DEMONSTRATIVES = 1\n\ndef f():\n    return DEMONSTRATIVES\n\nDEMONSTRATIVES = 2\n", encoding="utf-8")
    assert _top_level_names(module)["DEMONSTRATIVES"] == 2
