"""What a running line holds in memory, built once at start-up from the content."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from ivr.audio_index import AudioIndex
from ivr.catalogue import Catalogue
from ivr.config import Settings
from ivr.content import Content, load_content
from ivr.flow import Line
from ivr.schedule import Schedule, now_in_warsaw


def make_schedule(content: Content) -> Schedule:
    return Schedule(content.weekly, content.closures)


class Runtime:
    """Content, schedule, catalogue, flow and audio index of one line."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] | None = None):
        self.settings = settings
        self._clock = clock
        self.audio = AudioIndex(settings.audio_dir)
        self.info_sms = _NoSms()  # replaced by the SMS sender (ivr/outbound.py)
        self.load(load_content(settings.content_dir))

    def load(self, content: Content) -> None:
        """Switch to new content (validated already); calls in progress go on with the new texts."""
        schedule = make_schedule(content)
        catalogue = Catalogue(content, schedule, self.now().date())
        self.content, self.schedule, self.catalogue = content, schedule, catalogue
        self.line = Line(content, schedule, catalogue)

    def now(self) -> datetime:
        return now_in_warsaw(self._clock)


class _NoSms:
    def send_info(self, number: str, now: datetime) -> str:
        return "failed"
