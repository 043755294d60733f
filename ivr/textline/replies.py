"""The text line: what a resident's SMS gets back, for deaf and hard-of-hearing residents.

Pure: (message text, moment) -> reply text. The same facts as the voice line,
in written form and short sentences, from the [sms] texts of the content file;
the hours reply carries the live status. Words are understood by the same
Matcher as speech (any inflection, no Polish letters, typos, inside a sentence).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

from ivr.call.content import Content
from ivr.call.notices import active_notices, coming_closures, news_message
from ivr.call.phrases import short_hours, status_prompt_id, status_values, time_text
from ivr.call.schedule import Hours, Schedule
from ivr.call.understand import Matcher

__all__ = ["CARRIER_KEYWORDS", "Reply", "TextLine", "is_carrier_keyword"]

# Twilio answers these itself (opt-out, opt-in, help) when they are the whole
# message, in any case; the line stays silent so nobody gets two answers.
CARRIER_KEYWORDS = frozenset({
    "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
    "START", "YES", "UNSTOP",
    "HELP", "INFO",
})

# Reply -> the [words] lists that ask for it. Lists that share a reply are
# joined into one choice, so a word on two of them is never a tie.
TOPIC_WORDS: Mapping[str, tuple[str, ...]] = {
    "hours": ("hours",),
    "contact": ("contact", "person"),  # how to reach a person: address and phones
    "help": ("about", "social_work", "benefits", "programmes", "food"),
    "addiction": ("addiction",),
}
# Asking for both the hours and the address gets the text sent during a call.
BOTH_INFO = frozenset({"hours", "contact"})


@dataclass(frozen=True)
class Reply:
    topic: str  # "hours", "contact", "help", "addiction", "info", "menu" or "carrier"
    text: str | None  # None: no reply from the line (Twilio answers carrier keywords)
    news: str | None = None  # a second SMS: the closures of the coming week and the notices of the day


def is_carrier_keyword(body: str) -> bool:
    return body.strip().upper() in CARRIER_KEYWORDS


class TextLine:
    """Replies of the text line for one content version."""

    def __init__(self, content: Content, schedule: Schedule):
        self.texts = content.sms
        self.schedule = schedule
        self._weekly = content.weekly
        self._notices = content.notices
        vocabulary = {
            topic: tuple(dict.fromkeys(word for name in lists for word in content.words[name]))
            for topic, lists in TOPIC_WORDS.items()
        }
        self._matcher = Matcher(vocabulary)
        self._alone = {topic: Matcher({topic: words}) for topic, words in vocabulary.items()}

    def answer(self, body: str, now: datetime) -> Reply:
        if is_carrier_keyword(body):
            return Reply("carrier", None)
        topic = self.topic(body)
        if topic == "hours":
            return Reply(topic, self.hours(now), self.news(now))
        return Reply(topic, self.texts[topic])

    def reply(self, body: str, now: datetime) -> str | None:
        """The reply text, or None when the line must not answer."""
        return self.answer(body, now).text

    def topic(self, body: str) -> str:
        match = self._matcher.match(body)
        if match is not None:
            return match.choice
        # Two topics close together: only hours + address has one reply for both.
        found = {topic for topic, matcher in self._alone.items() if matcher.match(body)}
        return "info" if found == BOTH_INFO else "menu"

    def status(self, now: datetime) -> str:
        status = self.schedule.status(now)
        return self.texts[status_prompt_id(status)].format(**status_values(status, now))

    def hours(self, now: datetime) -> str:
        return self.texts["hours"].format(status=self.status(now))

    def news(self, now: datetime) -> str | None:
        """The SMS after the hours and the info SMS: 'Nieczynne: śr. 24.12.' and the notices
        of the day, in written form; None when there is no news."""
        runs = coming_closures(self.schedule, self._weekly, now)
        return news_message(self.texts["closed_days"], runs, active_notices(self._notices, now.date()))

    def info(self) -> str:
        """What a caller gets by SMS when pressing 5: address, phones and hours."""
        return self.texts["info"]
