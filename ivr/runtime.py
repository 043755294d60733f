"""What a running line holds in memory, built once at start-up from the content."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from ivr.audio_index import AudioIndex
from ivr.catalogue import Catalogue
from ivr.config import Settings
from ivr.content import Content, load_content
from ivr.flow import Line
from ivr.messages import MessageDesk
from ivr.outbound import InfoSender
from ivr.schedule import Schedule, now_in_warsaw
from ivr.textline import TextLine


def make_schedule(content: Content) -> Schedule:
    return Schedule(content.weekly, content.closures)


class Runtime:
    """Content, schedule, catalogue, flow and audio index of one line."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] | None = None):
        self.settings = settings
        self._clock = clock
        self.audio = AudioIndex(settings.audio_dir)
        self.messages = MessageDesk.from_settings(settings)  # messages, call-backs, SMS limits (database)
        self.messages.start()
        self.info_sms = InfoSender.from_settings(settings, text=lambda: self.textline.info(), limiter=self.messages.info_limiter)
        self.load(load_content(settings.content_dir))

    def load(self, content: Content) -> None:
        """Switch to new content (validated already); calls in progress go on with the new texts."""
        schedule = make_schedule(content)
        catalogue = Catalogue(content, schedule, self.now().date())
        self.content, self.schedule, self.catalogue = content, schedule, catalogue
        self.line = Line(content, schedule, catalogue)
        self.textline = TextLine(content, schedule)

    def now(self) -> datetime:
        return now_in_warsaw(self._clock)

