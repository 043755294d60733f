"""The content files on disk: the one place that writes prompts/pl.toml and its translations.

One store per language file (`ContentStore(dir)` for pl.toml, `ContentStore(dir, lang="uk")` for
uk.toml): the same validation, history (history/uk.<time>.<login>.toml), conflict check and lock
(one lock for every language, so a save of both files at once is never interleaved).

- `set_values` and `replace_tables` change values of a content text through
  tomlkit, which leaves every other byte of the file as it was: comments (also at
  the end of a line), blank lines and key order. Staff forms (texts, hours) and
  the notices ([[notices]]) all write through them.
- `ContentStore.save` validates the new text exactly as the line loads it,
  refuses to overwrite a version the editor did not see (optimistic
  concurrency: the caller passes the version it started from), keeps every
  version in `history/`, and replaces the file atomically (temp file, fsync,
  os.replace), under a lock shared by every process.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import tomlkit
from tomlkit.items import AoT, Item, String, Table, Trivia, Whitespace
from tomlkit.toml_document import TOMLDocument

from ivr.call.content import CONTENT_FILE, Content, ContentError, parse_content, read_raw, read_text, with_facts
from ivr.call.languages import DEFAULT as DEFAULT_LANGUAGE, LANGUAGES
from ivr.common.files import write_atomic

HISTORY_DIR = "history"
# Author of a version that was not saved through the staff pages (an edit of the
# file by hand). Not a valid login, so it cannot be confused with a person.
BY_HAND = "_plik"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_TICK = timedelta(microseconds=1)
# A kept version dated later than this ahead of the system clock is no version (see
# ContentStore.entry); a clock set back by less keeps history in order.
MAX_CLOCK_AHEAD = timedelta(days=366)
_LOGIN_IN_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$")


def version_of(text: str) -> str:
    """The version of a content text: the SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    text: str
    version: str


@dataclass(frozen=True)
class HistoryEntry:
    name: str  # file name inside history/
    saved_at: datetime  # UTC
    login: str  # who saved it, or BY_HAND

    @property
    def by_hand(self) -> bool:
        return self.login == BY_HAND


class ConflictError(Exception):
    """The file changed since the editor read it; nothing was written."""

    def __init__(self, current: Snapshot, newest: HistoryEntry | None):
        super().__init__("the content file changed since it was read")
        self.current = current
        self.newest = newest


class HistoryNotFound(LookupError):
    pass


class ContentUnreadable(ContentError):
    """pl.toml itself cannot be read; the administrator must repair the file or its rights."""


# ---------------------------------------------------------------- the store


class ContentStore:
    def __init__(self, content_dir: Path, clock: Callable[[], datetime] | None = None, lang: str = DEFAULT_LANGUAGE):
        self.content_dir = Path(content_dir)
        self.lang = lang
        self.path = self.content_dir / (CONTENT_FILE if lang == DEFAULT_LANGUAGE else LANGUAGES[lang].file)
        self.history_dir = self.content_dir / HISTORY_DIR
        self.prefix = self.path.stem
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._name = re.compile(rf"^{re.escape(self.prefix)}\.(\d{{8}}-\d{{6}}-\d{{6}})\.(.+)\.toml$")

    # reading

    def read(self) -> Snapshot:
        """The file's text and version; ContentUnreadable when it cannot be read at all (a
        folder in its place, no permission, not UTF-8)."""
        try:
            text = read_text(self.path)
        except ContentError as exc:
            raise ContentUnreadable(str(exc)) from None
        return Snapshot(text, version_of(text))

    def validate(self, text: str) -> Content:
        """Parse a content text as the line does; ContentError names the file and the key."""
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(f"{self.path}: not valid TOML: {exc}") from None
        if self.lang != DEFAULT_LANGUAGE:  # a translation is checked with the facts of pl.toml, as the line loads it
            raw = with_facts(raw, read_raw(self.content_dir / CONTENT_FILE), self.path)
        return parse_content(raw, self.path, lang=self.lang)

    def history(self) -> list[HistoryEntry]:
        """Every kept version, newest first."""
        entries = []
        try:
            names = os.listdir(self.history_dir)
        except FileNotFoundError:
            return []
        for name in names:
            entry = self.entry(name)
            if entry:
                entries.append(entry)
        return sorted(entries, key=lambda e: e.name.split(".")[1], reverse=True)

    def read_version(self, name: str) -> str:
        if not self.entry(name):  # also keeps path tricks out
            raise HistoryNotFound(name)
        try:
            return (self.history_dir / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise HistoryNotFound(name) from None

    def last_good(self) -> tuple[Content, HistoryEntry] | None:
        """The newest kept version that loads, for a line whose file is broken; None: none does."""
        return next(self.good_versions(), None)

    def good_versions(self) -> Iterator[tuple[Content, HistoryEntry]]:
        """Every kept version that loads, newest first (read one at a time, as asked for)."""
        for entry in self.history():
            try:
                yield self.validate(self.read_version(entry.name)), entry
            except (ContentError, HistoryNotFound, OSError, UnicodeDecodeError):
                continue

    def find_version(self, version: str) -> HistoryEntry | None:
        """The newest kept version with this hash, if any."""
        for entry in self.history():
            if version_of(self.read_version(entry.name)) == version:
                return entry
        return None

    # writing

    def save(self, text: str, base_version: str, login: str) -> tuple[Content, HistoryEntry | None]:
        """Validate and write a new content text, keeping the earlier versions.

        Raises ContentError (nothing written) when the text would not load, and
        ConflictError when the file is no longer the version `base_version`.
        Returns the new content and its history entry (None when the text is
        the same as the file's: nothing to save).
        """
        return save_together([(self, text, base_version)], login)[0]

    def restore(self, name: str, base_version: str, login: str) -> tuple[Content, HistoryEntry | None]:
        """Make a kept version the current one (itself kept as a new version)."""
        return self.save(self.read_version(name), base_version, login)

    # internals

    def entry(self, name: str, latest: datetime | None = None) -> HistoryEntry | None:
        """The history entry a file name stands for, or None when it is no sane version name:
        not of the form, an impossible date, or a date after `latest` (by default MAX_CLOCK_AHEAD
        past the system clock): such a file, e.g. dated 9999-12-31, would sort before every real
        save forever, and a save after it would run past the calendar's end."""
        match = self._name.fullmatch(name)
        if not match or not _LOGIN_IN_NAME.fullmatch(match[2]):
            return None
        try:
            saved_at = datetime.strptime(match[1], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        except ValueError:
            return None
        if saved_at > (latest or datetime.now(timezone.utc) + MAX_CLOCK_AHEAD):
            return None
        return HistoryEntry(name, saved_at, match[2])


    def _keep_current(self, current: Snapshot) -> None:
        """Keep the file's current text if history does not end with it (first save,
        or an edit by hand since the last save)."""
        history = self.history()
        if history and version_of(self.read_version(history[0].name)) == current.version:
            return
        now = datetime.now(timezone.utc)
        try:  # an mtime in the far future (touch -d) names no version, nor one past the year 9999
            modified = min(datetime.fromtimestamp(self.path.stat().st_mtime, timezone.utc), now)
        except (OverflowError, ValueError, OSError):
            modified = now
        self._write_history(current.text, BY_HAND, at=modified)

    def _write_history(self, text: str, login: str, at: datetime | None = None) -> HistoryEntry:
        self.history_dir.mkdir(parents=True, exist_ok=True)
        moment = (at or self._clock()).astimezone(timezone.utc)
        history = self.history()
        if history and history[0].saved_at >= moment:
            # Names sort by time: a new version always sorts last, even if the clock goes back.
            moment = history[0].saved_at + _TICK
        while True:
            name = f"{self.prefix}.{moment.strftime(_STAMP_FORMAT)}.{login}.toml"
            try:
                write_atomic(self.history_dir / name, text, exclusive=True)
                return HistoryEntry(name, moment, login)
            except FileExistsError:
                moment += _TICK

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time, across threads and processes (flock)."""
        self.history_dir.mkdir(parents=True, exist_ok=True)
        with open(self.history_dir / ".lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def save_together(changes: Sequence[tuple[ContentStore, str, str]], login: str) -> list[tuple[Content, HistoryEntry | None]]:
    """Save several language files at once (a notice in Polish and in Ukrainian): every text is
    validated and every file's version checked, under the one lock, before anything is written;
    a ContentError or ConflictError leaves every file as it was. (A disk failing between two
    writes can still leave the first one written; every version is in the history either way.)"""
    if not _LOGIN_IN_NAME.fullmatch(login) or login == BY_HAND:
        raise ValueError(f"not a login usable in a file name: {login!r}")
    prepared = []
    for store, text, base in changes:
        if not text.endswith("\n"):
            text += "\n"
        prepared.append((store, text, base, store.validate(text)))
    if not prepared:
        return []
    with prepared[0][0]._locked():  # one lock file for every language (history/.lock)
        currents = []
        for store, text, base, _content in prepared:
            current = store.read()
            if current.version != base:
                history = store.history()
                raise ConflictError(current, history[0] if history else None)
            currents.append(current)
        results = []
        for (store, text, _base, content), current in zip(prepared, currents):
            if text == current.text:
                results.append((content, None))
                continue
            store._keep_current(current)
            entry = store._write_history(text, login)
            write_atomic(store.path, text)
            results.append((content, entry))
    return results


# ---------------------------------------------------------------- TOML text

KeyPath = str | tuple[str, ...]  # "hours.sobota" or ("prompts", "greeting", "text")
REMOVE = object()  # as a value in set_values: take the key out


def set_values(text: str, values: Mapping[KeyPath, Any],
               order: Mapping[KeyPath, Sequence[str]] | None = None) -> str:
    """`text` with the keys of `values` set (or removed, for REMOVE), and nothing else changed.

    tomlkit keeps every comment (above a key or at the end of its line), blank line and
    key order; a value equal to the file's is not rewritten at all. A new key goes at the
    end of its table (created if missing), or, when `order` names its table's key order,
    next to its neighbours in that order. A text with several lines is written between
    triple quotes, one line of TOML per line of text.
    """
    doc = tomlkit.parse(text)
    orders = {_path(k): tuple(v) for k, v in (order or {}).items()}
    created: list[Table] = []
    for key, value in values.items():
        *parents, last = _path(key)
        if value is REMOVE:
            table = _table(doc, parents)
            if table is not None and last in table:
                del table[last]
            continue
        table = _table(doc, parents, created)
        if last in table:
            if table[last] != value:  # tomlkit's items compare equal to their Python values
                table[last] = _item(value)
        else:
            _insert(table, last, _item(value), orders.get(tuple(parents), ()))
    for table in created:
        _end_with_blank_line(table)
    return tomlkit.dumps(doc)


def replace_tables(text: str, key: KeyPath, rows: Sequence[Mapping[str, Any]]) -> str:
    """`text` with the array of tables at `key` ([[notices]]) made `rows`.

    Row i is edited in place like set_values, so the comments and unchanged lines of
    the rows that stay are kept; rows past the new end go, new rows are appended.
    No rows removes the array (TOML has no empty array of tables)."""
    doc = tomlkit.parse(text)
    *parents, last = _path(key)
    table = _table(doc, parents, [] if rows else None)
    if not rows:
        if table is not None and last in table:
            del table[last]
        return tomlkit.dumps(doc)
    tables = table.get(last)
    if not isinstance(tables, AoT):
        tables = tomlkit.aot()
        table[last] = tables
    for index, row in enumerate(rows):
        if index == len(tables):
            if tables:
                _end_with_blank_line(tables[-1])
            tables.append(tomlkit.table())
        entry = tables[index]
        for name in [name for name in entry if name not in row]:
            del entry[name]
        for name, value in row.items():
            if name not in entry or entry[name] != value:
                entry[name] = _item(value)
    while len(tables) > len(rows):
        del tables[len(rows)]
    return tomlkit.dumps(doc)


def _path(key: KeyPath) -> tuple[str, ...]:
    return tuple(key.split(".")) if isinstance(key, str) else tuple(key)


def _table(doc: TOMLDocument, parents: Sequence[str], created: list[Table] | None = None) -> Any:
    """The table at `parents` (the document itself for none), or None if it is missing.
    With `created`, missing tables are made and added to that list."""
    node: Any = doc
    for part in parents:
        if part not in node:
            if created is None:
                return None
            new = tomlkit.table()
            created.append(new)
            node[part] = new
        node = node[part]
        if not isinstance(node, dict):  # tomlkit's tables are dicts
            raise TypeError(f"{'.'.join(parents)} is not a table")
    return node


def _end_with_blank_line(table: Table) -> None:
    """A blank line after a table's last key, so the next table header stands apart."""
    body = table.value.body
    if not body or not isinstance(body[-1][1], Whitespace):
        table.add(tomlkit.nl())


def _insert(table: Any, key: str, item: Item, order: Sequence[str]) -> None:
    """Add `key` to `table`, after the nearest key before it in `order` that the table has,
    else before the nearest one after it, else at the end."""
    if key in order:
        at = order.index(key)
        before = [k for k in order[:at] if k in table]
        after = [k for k in order[at + 1:] if k in table]
        # A container has no public "insert next to"; _insert_at is its own helper
        # (its _insert_after is gone since tomlkit 0.15.3).
        container = table.value if isinstance(table, Table) else table
        if before or after:
            neighbour = before[-1] if before else after[0]
            index = next(i for i, (k, _) in enumerate(container.body) if k is not None and k.key == neighbour)
            container._insert_at(index + 1 if before else index, key, item)
            return
    table.add(key, item)  # tomlkit puts it before the blank lines that end the table


def _item(value: Any) -> Item:
    if isinstance(value, str) and "\n" in value:
        return _lines(value)
    return tomlkit.item(value)


def _lines(value: str) -> String:
    """A text of several lines between triple quotes, its first line on a line of its own
    (the newline right after the opening quotes is not part of the text)."""
    escaped = tomlkit.string(value, multiline=True)  # escapes quotes, backslashes, controls
    # A raw CR before a newline would be read back as a plain newline: escape every CR.
    body = escaped.as_string()[3:-3].replace("\r", "\\r")
    if not body.startswith("\n"):  # tomlkit adds that newline itself when the text starts with one
        body = "\n" + body
    return String(escaped.type, value, body, Trivia())
