"""The text line in every language it answers (issue 33): a message is answered in the language
it is written in (ivr.textline.script.text_language), by that language's TextLine over its
content file, with the same code, limits and facts as the Polish one.

A message in Ukrainian that the Ukrainian rules do not understand (the keyword list or a
thank-you would be the answer) is read once more by the Polish rules, since residents from Ukraine often write a
Polish word for an office matter ("potrzebuję zasiłek"); what they find is answered in Ukrainian.
"""
from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import datetime
from typing import Mapping

from ivr.call.content import Content, ContentError, load_content
from ivr.call.schedule import Schedule
from ivr.textline.replies import HELP_WORDS, POLISH, Reply, Rules, TextLine
from ivr.textline.script import is_ukrainian_word, text_language, wordless, written_in_polish
from ivr.textline.ukrainian import UKRAINIAN

__all__ = ["RULES", "TextLines"]

# A Latin letter (a Polish word may name the matter in a Ukrainian text), and the Polish readings that name none.
LATIN = re.compile(r"[a-ząćęłńóśźż]{3,}", re.IGNORECASE)
NOT_NAMED = frozenset({"hours", "contact", "menu", "thanks", "danger", "stop", "start", "callback", "privacy"})
HELP_KINDS = frozenset(HELP_WORDS)  # help and its kinds: care, food, heating, 800+

# The rules of each language the text line reads; a language without its rules is not answered in.
RULES: Mapping[str, Rules] = {"pl": POLISH, "uk": UKRAINIAN}


# Text lines built from the same content, kept, as parsed content is (ivr.call.content): every app, worker
# start and content check of the same files would build each language's matchers and word tables again (about
# 20-40 ms a language on this project's VM, most of an app's making in the tests). A TextLine is read-only once
# built (its matchers' memories are of what a text gives, the same for every caller), so one built from equal
# content, an equal schedule and the same rules answers alike. Found by equal content: the fields are compared
# by identity first, so content parsed from the same texts (the same field objects) is found in microseconds.
# Bounded: staff saves make new content.
KEPT_LIMIT = 8
_KEPT: list[tuple[Content, tuple, Rules, TextLine]] = []
_KEPT_LOCK = threading.Lock()


def text_line(content: Content, schedule: Schedule, rules: Rules) -> TextLine:
    """The TextLine of this content, schedule and rules: built once while kept."""
    key = schedule.key
    with _KEPT_LOCK:
        for kept_content, kept_key, kept_rules, line in _KEPT:
            if kept_rules is rules and kept_key == key and kept_content == content:
                return line
    line = TextLine(content, schedule, rules)
    with _KEPT_LOCK:
        while len(_KEPT) >= KEPT_LIMIT:
            _KEPT.pop(0)  # the oldest
        _KEPT.append((content, key, rules, line))
    return line


class TextLines:
    """Every language's TextLine; `answer` picks the message's language ("pl" when that
    language's content is not loaded)."""

    def __init__(self, lines: Mapping[str, TextLine]):
        self.lines = dict(lines)
        self.polish = self.lines["pl"]

    @classmethod
    def build(cls, contents: Mapping[str, tuple[Content, Schedule]]) -> "TextLines":
        """From each language's content and schedule (the Polish one is required)."""
        return cls({code: text_line(content, schedule, RULES[code])
                    for code, (content, schedule) in contents.items() if code in RULES})

    @classmethod
    def from_files(cls, polish: Content, content_dir) -> "TextLines":
        """From the Polish content and every translation in content_dir that loads (for the
        command line and the benches; the running line builds them with its calls' lines)."""
        contents = {"pl": (polish, Schedule(polish.weekly, polish.closures))}
        for code in RULES:
            if code == "pl":
                continue
            try:
                translated = load_content(content_dir, lang=code)
            except ContentError:
                continue
            contents[code] = (translated, Schedule(translated.weekly, translated.closures))
        return cls.build(contents)

    def __getitem__(self, code: str) -> TextLine:
        return self.lines.get(code, self.polish)

    def language_of(self, body: str, unwritten: str = "pl") -> str:
        """The message's language, "pl" when that language is not offered; `unwritten` for a text with no letter
        in it ("👍", "?"), whose language is not written: the language of the sender's number (ivr.web.sms)."""
        code = unwritten if wordless(body) else text_language(body)
        return code if code in self.lines else "pl"

    def answer(self, body: str, now: datetime, unwritten: str = "pl") -> Reply:
        """The reply to a message, in its language (`unwritten`: see language_of)."""
        code = self.language_of(body, unwritten)
        line = self.lines[code]
        if line is not self.polish and written_in_polish(body):
            # round fourteen: a Polish text whose writer asks for Ukrainian or says they know little Polish ("jutro
            # przyjmujecie? ja z Ukrainy, mało rozumiem polski"): read by the Polish rules, answered in Ukrainian
            return replace(line.answer(body, now, self.polish.topics(body)), lang=code)
        reply = line.answer(body, now)
        if line is not self.polish and reply.topic not in ("danger", "stop", "carrier") and LATIN.search(body) \
                and self.polish.rules.stop.search(self.polish.rules.fold(body)):
            # round eleven: stopping asked for in Polish beside Ukrainian ("proszę nie wysyłać SMS, вже не мій номер")
            reply = line.answer(body, now, ("stop",))
        elif reply.topic in ("menu", "thanks") and line is not self.polish:
            understood = self.polish.topics(body)
            # a thanks the Ukrainian rules read stays one unless the Polish ones see danger, stop or a call-back
            # ("Diakuju duże, bud zdorowi" is no question about health; round nine)
            if understood[0] not in ("menu", "thanks") and (
                    reply.topic == "menu" or understood[0] in ("danger", "stop", "callback")) and not (
                    # round eighteen: another office's matter the Ukrainian rules see ("пенсія з України … ZUS?") is
                    # that office's, not help the Polish rules find in its Polish words ("ZUS" names 800+); where and when
                    # asked in Polish ("gdzie jest ваш urząd") are still read
                    set(understood) <= HELP_KINDS and line.names_other_office(body)):
                reply = line.answer(body, now, understood)
        elif set(reply.topic.split("+")) <= {"hours", "contact"} and line is not self.polish and LATIN.search(body):
            # round ten: "dodatek osłonowy де подати": the Ukrainian rules hear only where, the matter is named in
            # Polish; the Polish rules' named topics are added (help and its kinds, addiction)
            # help by a Polish word that is no Ukrainian one ("dodatek", not "ośrodek" or "roboty")
            helped = self.polish.help_named(body) or ""
            # round eleven: and so the kinds of help ("opieka", the office's popular name, names no care)
            named = [t for t in self.polish.topics(body) if t not in NOT_NAMED and (
                t not in HELP_KINDS or any(not is_ukrainian_word(word) for word in helped.split()))]
            if named:
                reply = line.answer(body, now, (*reply.topic.split("+"), *named))
        return replace(reply, lang=code)
