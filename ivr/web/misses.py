"""The voice webhook's one call for "Nierozpoznane": a spoken answer the line did not understand
is kept (ivr.stats.misses) after the response is sent, so the caller never waits for it.
Off unless IVR_KEEP_MISSES=1; never the caller's number."""
from __future__ import annotations

from flask import Response, after_this_request, current_app

NOT_UNDERSTOOD = "not_understood"
# A long story not understood, answered with "is anyone in danger?": kept too (issue 23), the
# words the office most needs to read.
DANGER_CHECK = "danger_check"


def note_miss(node: str, speech: str, target: str) -> None:
    if target not in (NOT_UNDERSTOOD, DANGER_CHECK) or not speech.strip():
        return  # most answers are understood: nothing looked up
    book = current_app.extensions.get("ivr_misses")
    if book is None or not book.enabled:
        return
    at = current_app.extensions["ivr"].now()

    @after_this_request
    def keep(response: Response) -> Response:
        response.call_on_close(lambda: book.note(node, speech, at))
        return response
