"""What a speech engine raises, shared by every engine module and the build.

EngineError is permanent for this request (a bad voice name, undecodable audio);
EngineUnavailable says the engine could not be reached (no connection, 5xx, 429 after
retries). Either may carry:
- `staff_message`: one plain Polish sentence for the staff page and the build summary
  (the English message is for the log);
- `stops_engine`: every further request in this build would fail the same way (a rejected
  key, an exhausted quota), so the build stops asking this engine at once.
"""
from __future__ import annotations


class EngineError(RuntimeError):
    """Synthesis failed and retrying will not help (403, changed API, bad audio...)."""

    def __init__(self, message: str, *, staff_message: str | None = None, stops_engine: bool = False,
                 status: int | None = None):
        super().__init__(message)
        self.staff_message = staff_message
        self.stops_engine = stops_engine
        self.status = status


class EngineUnavailable(EngineError):
    """The engine could not be reached (no connection, 429, 5xx) even after retries."""
