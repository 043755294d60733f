"""Rendered webhook responses, kept by a key that names everything they are made of.

Building and serialising TwiML costs more than the rest of a webhook request; for the
same key (the flow's step, with its texts and live status sentence; the base URL; the
audio index's generation) the bytes never change. A new content version makes new steps
and a new build a new generation, so old entries are simply never asked for again and
fall out of the bounded cache.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Hashable

MAX_ENTRIES = 2048  # steps x base URLs in use; a few hundred in practice


class RenderCache:
    """A bounded, thread-safe, least-recently-used map of key -> rendered text."""

    def __init__(self, size: int = MAX_ENTRIES):
        self._size = size
        self._entries: OrderedDict[Hashable, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], str]) -> str:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found
        made = make()  # outside the lock: two threads may render the same text once each
        with self._lock:
            self._entries[key] = made
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return made

    def __len__(self) -> int:
        return len(self._entries)
