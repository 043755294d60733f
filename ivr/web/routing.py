"""URL rules whose builders are made once per process, not once per app.

Werkzeug writes and compiles two small Python functions for every URL rule (`url_for`'s
builders) each time a rule is added to an app's map: about 10 ms of the 17 ms it takes to
make a line, paid by every line made (the staff simulator's private lines, each worker's
start, and thousands of apps in the tests). The function's code depends only on the rule's
text, its parts and its default names, and it reads the rule's converters through the rule
it is bound to, so one function serves every app's copy of the same rule.

A rule whose defaults fill one of its own variables has that default's URL form compiled
into the code: it is built anew each time, as werkzeug does. If werkzeug stops calling
`_compile_builder`, nothing is kept and every rule builds as before.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from werkzeug.routing import Rule

_BUILDERS: dict[tuple, Callable[..., Any]] = {}
_LOCK = threading.Lock()


class KeptRule(Rule):
    """A werkzeug Rule sharing its compiled URL builders with every rule of the same shape."""

    def _compile_builder(self, append_unknown: bool = True):
        defaults = self.defaults or {}
        if any(is_dynamic and part in defaults for is_dynamic, part in self._trace):
            return super()._compile_builder(append_unknown)
        key = (self.rule, append_unknown, tuple(self._trace), tuple(defaults))
        with _LOCK:
            builder = _BUILDERS.get(key)
        if builder is None:
            builder = super()._compile_builder(append_unknown)
            with _LOCK:
                builder = _BUILDERS.setdefault(key, builder)
        return builder
