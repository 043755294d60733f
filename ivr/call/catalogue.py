"""Every prompt the line can play, each with a stable id, its text and spoken form.

Static prompts keep their content id. The live-status sentence has one entry
per state the hours, holidays and closures can produce, each a whole sentence
("Ośrodek jest teraz zamknięty. Zapraszamy w poniedziałek od 8:00."), so a
caller never hears spliced fragments.
"""
from __future__ import annotations

import functools

import hashlib
import re
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Iterable, Iterator, Mapping

from cachetools import LRUCache, cached

from ivr.call.content import RUNTIME_PLACEHOLDERS, Content
from ivr.call.notices import Notice, coming_closures, current_or_later
from ivr.common.pace import DEFAULT_PACE, Pace, pace_for
from ivr.call.schedule import HORIZON_DAYS, WARSAW, Hours, Schedule
from ivr.call.phrases import day_sentence, status_prompt_id, time_text
from ivr.spoken import for_language
from ivr.spoken.review import Leftover, Review


@dataclass(frozen=True)
class Entry:
    id: str
    text: str  # written form, every placeholder filled
    spoken: str  # what the voice says; lines separate menu options
    # What the voice may say wrong (ivr prompts check/build); not part of the prompt's identity.
    leftovers: tuple[Leftover, ...] = field(default=(), compare=False)
    pace: Pace = DEFAULT_PACE  # tempo and pauses it is built with ([voice], or its slow variant)


# Prompts with a slow variant ("wolniej"): every information item and menu, and what an item
# plays besides (the live status, closures, the day asked about, the reserved keys, help).
SLOW_PREFIXES = ("info_", "menu_", "help", "status_", "hours_day", "closure", "reserved_keys", "notice_lead")
SLOW_SUFFIX = ".slow"
# Recent results kept in a process: reviewed texts (a catalogue rebuilt for a content change
# reviews only new ones) and calendar walks (by hours, closures, day and language).
REVIEWED_LIMIT, SCHEDULE_LIMIT = 4096, 32


def has_slow_variant(prompt_id: str) -> bool:
    return prompt_id.startswith(SLOW_PREFIXES) and not prompt_id.endswith(SLOW_SUFFIX)


def slow_id(entry_id: str) -> str:
    """The catalogue id of a prompt's slow variant: 'info_hours' -> 'info_hours.slow'."""
    return entry_id + SLOW_SUFFIX


def slow_entry(entry: Entry, voice: Pace) -> Entry:
    return replace(entry, id=slow_id(entry.id), pace=pace_for(voice, slow=True))


# The pieces a number dictated at call time is read from (the caller's own number at the
# call-back read-back): every group ivr.common.callerid gives, "0"-"999" with leading zeros
# ("05" is "zero pięć"), and "plus" of a foreign country code. Built with no silence before and
# the dictation pause after, so a row of them is the number dictated.
NUMBER_PREFIX = "number."
READBACK = "callback_number"  # its text around {numer} is built as parts, the number as pieces


def number_groups() -> list[str]:
    return [f"{n:0{width}d}" for width in (1, 2, 3) for n in range(10 ** width)] + ["plus"]


def number_groups_of(written: str) -> list[str]:
    """'606 902 915' -> ['606', '902', '915']; 'plus 49, 15, 12' -> ['plus', '49', '15', '12']."""
    return re.findall(r"plus|\d{1,3}", written)


def piece_id(group: str) -> str:
    return NUMBER_PREFIX + group


def piece_entry(content: Content, group: str) -> Entry:
    reviewed = review_lines(group, content.acronyms, content.lang)
    return Entry(piece_id(group), group, reviewed.spoken, reviewed.leftovers, content.voice)


def readback_parts(content: Content) -> list[Entry]:
    """The fixed words of the read-back around each {numer} (e.g. "Oddzwonimy na numer, z którego
    Państwo dzwonią:", "Powtarzamy:"), each a prompt of its own; nothing for a bare "."."""
    parts = []
    for i, part in enumerate(re.split(r"\{numer\}", content.spoken_source(READBACK, numer="{numer}"))):
        part = part.strip().lstrip(".,;:!? \n").strip()
        if any(ch.isalpha() for ch in part):
            reviewed = review_lines(part, content.acronyms, content.lang)
            parts.append(Entry(f"{READBACK}.part{i}", part, reviewed.spoken, reviewed.leftovers, content.voice))
        else:
            parts.append(None)
    return parts


def variant_id(prompt_id: str, values: Mapping[str, str]) -> str:
    """A file-name-safe id for a prompt filled with call-time values."""
    if not values:
        return prompt_id
    parts = [_slug(values[name]) for name in sorted(values)]
    return ".".join([prompt_id, *parts])


# Cyrillic letters in ASCII for file names (a Ukrainian variant's value: "у п'ятницю" -> "u-pyatnytsyu").
_CYRILLIC = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
                     ["a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n", "o",
                      "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya"]))


@functools.lru_cache(maxsize=4096)  # the same few values (hours, days) in every call
def _slug(value: str) -> str:
    value = "".join(_CYRILLIC.get(ch, ch) for ch in value.lower()) if any("\u0400" <= ch <= "\u04ff" for ch in value) else value
    folded = unicodedata.normalize("NFKD", value.replace("ł", "l").replace("Ł", "L"))
    ascii_only = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


class Catalogue:
    def __init__(self, content: Content, schedule: Schedule, today: date, pieces: bool = False):
        """pieces: also every piece of a dictated number (1111 short recordings: the build and
        its status want them, a look-up of prompts does not)."""
        self.content = content
        self.entries: dict[str, Entry] = {}
        self.readback = readback_parts(content)
        for prompt_id in content.prompts:
            if prompt_id not in RUNTIME_PLACEHOLDERS:
                self._add(prompt_id, {})
        for prompt_id, values in schedule_variants(content, schedule, today):
            self._add(prompt_id, dict(values))
        self._notices: dict[Notice, Entry] = {}
        for notice in current_or_later(content.notices, today):
            entry = self._notices[notice] = notice_entry(content, notice)
            self.entries[entry.id] = entry
        for entry in [e for e in self.entries.values() if has_slow_variant(e.id)]:
            slow = slow_entry(entry, content.voice)
            self.entries[slow.id] = slow
        for part in self.readback:
            if part is not None:
                self.entries[part.id] = part
        if pieces:
            for group in number_groups():
                entry = piece_entry(content, group)
                self.entries[entry.id] = entry

    def number_pieces(self) -> list[Entry]:
        """Every piece of a dictated number, for a build (those listed, else made now)."""
        return [self.piece(group) for group in number_groups()]

    def piece(self, group: str) -> Entry:
        """The entry of one group of a dictated number (made on the spot when not listed)."""
        return self.entries.get(piece_id(group)) or piece_entry(self.content, group)

    def _add(self, prompt_id: str, values: Mapping[str, str]) -> Entry:
        entry = make_entry(self.content, prompt_id, values)
        self.entries[entry.id] = entry
        return entry

    def entry(self, prompt_id: str, values: Mapping[str, str] | None = None) -> Entry:
        """The entry for a prompt; a variant the catalogue did not foresee is made on the spot."""
        values = values or {}
        found = self.entries.get(variant_id(prompt_id, values))
        return found or make_entry(self.content, prompt_id, values)

    def notice(self, notice: Notice) -> Entry:
        """The entry of a notice (made on the spot for one the catalogue did not foresee)."""
        found = self._notices.get(notice)
        return found or notice_entry(self.content, notice)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)


def notice_entry(content: Content, notice: Notice) -> Entry:
    """A notice's prompt, named by its words: an edited notice gets a new recording."""
    source = notice.spoken or notice.text
    digest = hashlib.sha256(f"{notice.text}\0{source}".encode()).hexdigest()[:12]
    reviewed = review_lines(source, content.acronyms, content.lang)
    return Entry(f"notice.{digest}", notice.text, reviewed.spoken.replace("\n", " "), reviewed.leftovers, content.voice)


def make_entry(content: Content, prompt_id: str, values: Mapping[str, str]) -> Entry:
    text = content.text(prompt_id, **values)
    reviewed = review_lines(content.spoken_source(prompt_id, **values), content.acronyms, content.lang)
    return Entry(variant_id(prompt_id, values), text, reviewed.spoken, reviewed.leftovers, content.voice)


@cached(LRUCache(REVIEWED_LIMIT), lock=threading.Lock(),
        key=lambda source, acronyms, lang="pl": (source, tuple(acronyms.items()), lang))
def review_lines(source: str, acronyms: Mapping[str, str], lang: str = "pl") -> Review:
    """Each line reviewed alone (a line is a menu option or a pause), blank lines dropped;
    the leftovers of all lines, each piece once. `lang`: the spoken form of that language.
    The review is a function of the text, the acronyms and the language alone: a catalogue
    rebuilt for a content change (or in another app) reviews only the texts it has not seen
    (REVIEWED_LIMIT recent ones are kept)."""
    review = for_language(lang).review
    reviews = [review(line, acronyms) for line in source.splitlines() if line.strip()]
    spoken = "\n".join(r.spoken for r in reviews if r.spoken)
    return Review(spoken, tuple(dict.fromkeys(left for r in reviews for left in r.leftovers)))


def _schedule_key(content: Content, schedule: Schedule, today: date) -> tuple:
    return (tuple(sorted(content.weekly.items())), schedule.key, today, content.language.code)


@cached(LRUCache(SCHEDULE_LIMIT), key=_schedule_key, lock=threading.Lock())
def schedule_variants(content: Content, schedule: Schedule, today: date) -> tuple[tuple[str, dict[str, str]], ...]:
    """Every (prompt id, values) the hours and closures can produce from `today` on, in the
    catalogue's order. Walking the calendar (HORIZON_DAYS) is most of a catalogue's cost, and
    its result depends on the hours, the closures and the day alone: it is kept for the recent
    ones (SCHEDULE_LIMIT), so a content change that leaves the hours alone does not walk again."""
    language = content.language
    variants: list[tuple[str, dict[str, str]]] = []
    for prompt_id, values in _status_variants(content, schedule, today):
        variants.append((prompt_id, values))
        if prompt_id == "status_closed":  # the call back is promised for the same day
            variants.append(("callback_saved", {"kiedy": values["kiedy"]}))
    for day in (today + timedelta(days=offset) for offset in range(HORIZON_DAYS)):
        usual = content.weekly.get(day.weekday())
        values = usual and language.closed_today_values(schedule, content.weekly,
                                                        datetime.combine(day, usual.opens, WARSAW))
        if values:
            variants.append(("status_closed_today", values))
    for when in (language.callback_today, language.callback_next_working_day):
        variants.append(("callback_saved", {"kiedy": when}))
    variants.extend(("closure", values) for values in _closure_variants(content, schedule, today))
    variants.extend(_day_variants(content))
    return tuple(variants)


def _status_variants(content: Content, schedule: Schedule, today: date) -> Iterator[tuple[str, dict[str, str]]]:
    """Every (prompt id, values) the live status can produce from `today` on."""
    seen: set[tuple[str, tuple]] = set()
    language = content.language

    def once(prompt_id: str, values: dict[str, str]):
        key = (prompt_id, tuple(sorted(values.items())))
        if key not in seen:
            seen.add(key)
            yield prompt_id, values

    opening_times = sorted({h.opens for h in content.weekly.values()})
    for closes in sorted({h.closes for h in content.weekly.values()}):
        yield from once("status_open", {"godzina": time_text(closes)})
    # The relative day forms, whatever the date: today or tomorrow at any
    # opening time, a weekday at its own.
    for when in (language.today, language.tomorrow):
        for opens in opening_times:
            yield from once("status_closed", {"kiedy": when, "godzina": time_text(opens)})
    for day, hours in sorted(content.weekly.items()):
        yield from once("status_closed", {"kiedy": language.weekday_on[day], "godzina": time_text(hours.opens)})
    yield from once("status_closed_unknown", {})
    # Dates appear after long closures: walk the calendar to find them.
    for offset in range(HORIZON_DAYS):
        day = today + timedelta(days=offset)
        for moment in _probe_moments(day, content.weekly.values()):
            status = schedule.status(moment)
            yield from once(status_prompt_id(status), language.status_values(status, moment))


def _probe_moments(day: date, weekly: Iterable[Hours]) -> Iterator[datetime]:
    """Midnight, and every closing time: the moments after which the status sentence changes."""
    yield datetime.combine(day, time(0, 0), tzinfo=WARSAW)
    for closes in sorted({h.closes for h in weekly}):
        yield datetime.combine(day, closes, tzinfo=WARSAW)


def _closure_variants(content: Content, schedule: Schedule, today: date) -> Iterator[dict[str, str]]:
    """Every closure sentence the coming week can bring from `today` on, found like the
    status sentences: by walking the calendar."""
    seen: set[str] = set()
    for offset in range(HORIZON_DAYS):
        day = today + timedelta(days=offset)
        for moment in _probe_moments(day, content.weekly.values()):
            runs = coming_closures(schedule, content.weekly, moment)
            if runs:
                days = content.language.closure_days_text(runs)
                if days not in seen:
                    seen.add(days)
                    yield {"dni": days}


def _day_variants(content: Content) -> Iterator[tuple[str, dict[str, str]]]:
    """Every answer for a day a caller may ask about ("W czwartek ośrodek jest otwarty od 7:00
    do 15:00."): each weekday open at its hours or closed (a holiday), tomorrow at any hours."""
    for day, label in enumerate(content.language.day_labels):
        if day in content.weekly:
            yield day_sentence(label, content.weekly[day])
        yield day_sentence(label, None)
    for hours in sorted(set(content.weekly.values()), key=lambda h: (h.opens, h.closes)):
        yield day_sentence(content.language.tomorrow_label, hours)
    yield day_sentence(content.language.tomorrow_label, None)
