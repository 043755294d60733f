"""A pytest plugin loaded only by tools/mutate.py.

mutmut 3.7 (the last release that installs beside gTTS's click < 8.2) reads each test's
private `item._nodeid`, which pytest 9.2 no longer has; this gives it back, equal to the
public `item.nodeid`. Nothing else changes.
"""
from __future__ import annotations


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if not hasattr(item, "_nodeid"):
            item._nodeid = item.nodeid
