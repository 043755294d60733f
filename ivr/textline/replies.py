"""The text line: what a resident's SMS gets back, for deaf and hard-of-hearing residents.

Pure: (message text, moment) -> reply text. The same facts as the voice line,
in written form and short sentences, from the [sms] texts of the content file;
the hours reply carries the live status. Words are understood by the same
Matcher as speech (any inflection, no Polish letters, typos, inside a sentence).
A message asking for several things gets one reply for each (each within 3 SMS), within
a budget of MAX_REPLY_SEGMENTS segments for the whole set (issue 34, N6): the first thing
asked for always whole, the rest in order while they fit, and what does not fit named in a
one-segment hint ("Pozostałe informacje: proszę wysłać osobno POMOC, ALKOHOL.");
a thank-you or an "ok" gets a one-SMS thank-you, not the menu.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

from ivr.call.content import Content
from ivr.call.notices import active_notices, coming_closures, news_message
from ivr.call.phrases import short_hours, status_prompt_id, status_values, time_text
from ivr.call.schedule import Hours, Schedule
from ivr.call.understand import Matcher, fold, is_generic
from ivr.common.sms_segments import segments

__all__ = ["CARRIER_KEYWORDS", "Reply", "TextLine", "is_carrier_keyword"]

# Twilio answers these itself (opt-out, opt-in, help) when they are the whole
# message, in any case; the line stays silent so nobody gets two answers.
CARRIER_KEYWORDS = frozenset({
    "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
    "START", "YES", "UNSTOP",
    "HELP", "INFO",
})

# Reply -> the [words] lists that ask for it, in the order replies are sent. Lists
# that share a reply are joined into one choice, so a word on two of them is never a tie.
TOPIC_WORDS: Mapping[str, tuple[str, ...]] = {
    "hours": ("hours", "when"),
    "contact": ("contact", "where", "person"),  # how to reach a person: address and phones
    "help": ("about", "social_work", "benefits", "child_benefit", "heating", "care", "programmes", "food"),
    "addiction": ("addiction",),
}
# A message made only of these words is a thank-you (or an "ok").
THANKS_WORDS = ("thanks", "goodbye_alone", "goodbye")

# The segments (billable SMS parts) one incoming message may cost at most: two whole answers
# (the usual "adres i godziny" is 5), never the 9 of a message naming every keyword. The first
# answer is always sent whole (the hours with the day's news may take 6 by themselves).
MAX_REPLY_SEGMENTS = 6
# The published keyword of each topic, for the hint about what was left out.
KEYWORDS: Mapping[str, str] = {"hours": "GODZINY", "contact": "ADRES", "help": "POMOC", "addiction": "ALKOHOL"}
LEFT_OUT_HINT = "Pozostałe informacje: proszę wysłać osobno {keywords}."


@dataclass(frozen=True)
class Reply:
    topic: str  # "hours", "contact", "help", "addiction", "thanks", "menu", "carrier", or several joined by "+"
    text: str | None  # the first reply; None: no reply from the line (Twilio answers carrier keywords)
    more: tuple[str, ...] = ()  # one further reply per further topic asked for
    left_out: tuple[str, ...] = ()  # topics asked for but not answered (over the segment budget)

    @property
    def texts(self) -> tuple[str, ...]:
        """Every SMS to send, each within 3 segments."""
        return (self.text, *self.more) if self.text else ()


def left_out_hint(topics) -> str:
    return LEFT_OUT_HINT.format(keywords=", ".join(KEYWORDS[topic] for topic in topics))


def within_budget(answers: list[tuple[str, list[str]]], budget: int) -> tuple[list[str], list[str]]:
    """The texts to send and the topics left out: the first answer whole, then each further one
    while it fits in `budget` segments with room for the hint when anything is left out."""
    sent = list(answers[0][1])
    used = sum(map(segments, sent))
    left_out: list[str] = []
    for topic, texts in answers[1:]:
        cost = sum(map(segments, texts))
        if left_out or used + cost > budget:
            left_out.append(topic)
            continue
        sent += texts
        used += cost
    # Room for the hint: give back the last further answers taken until it fits.
    taken = [(topic, texts) for topic, texts in answers[1:] if topic not in left_out]
    while left_out and taken and used + segments(left_out_hint(left_out)) > budget:
        topic, texts = taken.pop()
        del sent[len(sent) - len(texts):]
        used -= sum(map(segments, texts))
        left_out.insert(0, topic)
    return sent, left_out


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
        # Each topic on its own, by its specific words only: "pomoc" alone asks for help,
        # but in "pomoc przy alkoholu" it only says that help is wanted.
        self._specific = {
            topic: Matcher({topic: [w for w in words if not all(map(is_generic, fold(w).split()))]})
            for topic, words in vocabulary.items()
        }
        self._thanks = frozenset(w for name in THANKS_WORDS for item in content.words[name] for w in fold(item).split())

    def answer(self, body: str, now: datetime) -> Reply:
        if is_carrier_keyword(body):
            return Reply("carrier", None)
        topics = self.topics(body)
        answers = []  # (topic, its texts)
        for topic in topics:
            texts = [self.hours(now) if topic == "hours" else self.texts[topic]]
            news = self.news(now) if topic == "hours" else None
            if news:  # after the hours: the closures of the coming week and the notices of the day
                texts.append(news)
            answers.append((topic, texts))
        sent, left_out = within_budget(answers, MAX_REPLY_SEGMENTS)
        if left_out:
            sent.append(left_out_hint(left_out))
        return Reply("+".join(topics), sent[0], tuple(sent[1:]), tuple(left_out))

    def reply(self, body: str, now: datetime) -> str | None:
        """The first reply text, or None when the line must not answer."""
        return self.answer(body, now).text

    def topic(self, body: str) -> str:
        return "+".join(self.topics(body))

    def topics(self, body: str) -> tuple[str, ...]:
        """Every topic the message asks for, in TOPIC_WORDS order; a thank-you; or the menu."""
        words = fold(body).split()
        if words and all(w in self._thanks for w in words):
            return ("thanks",)
        found = tuple(topic for topic, matcher in self._specific.items() if matcher.match(body))
        if found:
            return found
        match = self._matcher.match(body)
        return (match.choice,) if match else ("menu",)

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
