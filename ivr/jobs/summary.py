"""The state of the jobs in one Polish line, for `ivr doctor` and the staff home page."""
from __future__ import annotations

from ivr.jobs.queue import Counts


def _age(seconds: float) -> str:
    if seconds < 120:
        return f"{int(seconds)} s"
    if seconds < 2 * 3600:
        return f"{int(seconds // 60)} min"
    return f"{int(seconds // 3600)} godz."


def polish_summary(counts: Counts, spooled: int = 0) -> str:
    """'Zadania w kolejce: 2 (najstarsze czeka 40 s); nieudane: 0'; the spool when it holds any."""
    text = f"Zadania w kolejce: {counts.pending}"
    if counts.pending and counts.oldest_pending is not None:
        text += f" (najstarsze czeka {_age(counts.oldest_pending.total_seconds())})"
    text += f"; nieudane: {counts.failed}"
    if spooled:
        text += f"; w pliku zapasowym (czeka na zapis w bazie): {spooled}"
    return text
