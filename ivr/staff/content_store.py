"""The content file on disk: the one place that writes prompts/pl.toml.

- `render_toml` turns the content's data back into TOML text in a fixed layout,
  keeping the file's comments (the header block, and each comment above a table
  or a key). `tomlkit` is not installed, so values are written in one layout:
  short texts in quotes, texts with several lines in triple quotes, one blank
  line between tables. Comments at the end of a line are not kept.
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
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from ivr.call.content import CONTENT_FILE, Content, ContentError, parse_content
from ivr.common.files import write_atomic

HISTORY_DIR = "history"
# Author of a version that was not saved through the staff pages (an edit of the
# file by hand). Not a valid login, so it cannot be confused with a person.
BY_HAND = "_plik"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_TICK = timedelta(microseconds=1)
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


# ---------------------------------------------------------------- the store


class ContentStore:
    def __init__(self, content_dir: Path, clock: Callable[[], datetime] | None = None):
        self.content_dir = Path(content_dir)
        self.path = self.content_dir / CONTENT_FILE
        self.history_dir = self.content_dir / HISTORY_DIR
        self.prefix = Path(CONTENT_FILE).stem
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._name = re.compile(rf"^{re.escape(self.prefix)}\.(\d{{8}}-\d{{6}}-\d{{6}})\.(.+)\.toml$")

    # reading

    def read(self) -> Snapshot:
        text = self.path.read_text(encoding="utf-8")
        return Snapshot(text, version_of(text))

    def validate(self, text: str) -> Content:
        """Parse a content text as the line does; ContentError names the file and the key."""
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(f"{self.path}: not valid TOML: {exc}") from None
        return parse_content(raw, self.path)

    def history(self) -> list[HistoryEntry]:
        """Every kept version, newest first."""
        entries = []
        try:
            names = os.listdir(self.history_dir)
        except FileNotFoundError:
            return []
        for name in names:
            entry = self._entry(name)
            if entry:
                entries.append(entry)
        return sorted(entries, key=lambda e: e.name.split(".")[1], reverse=True)

    def read_version(self, name: str) -> str:
        if not self._entry(name):  # also keeps path tricks out
            raise HistoryNotFound(name)
        try:
            return (self.history_dir / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise HistoryNotFound(name) from None

    def last_good(self) -> tuple[Content, HistoryEntry] | None:
        """The newest kept version that loads, for a line whose file is broken; None: none does."""
        for entry in self.history():
            try:
                return self.validate(self.read_version(entry.name)), entry
            except (ContentError, HistoryNotFound, OSError, UnicodeDecodeError):
                continue
        return None

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
        if not _LOGIN_IN_NAME.fullmatch(login) or login == BY_HAND:
            raise ValueError(f"not a login usable in a file name: {login!r}")
        if not text.endswith("\n"):
            text += "\n"
        content = self.validate(text)
        with self._locked():
            current = self.read()
            if current.version != base_version:
                history = self.history()
                raise ConflictError(current, history[0] if history else None)
            if text == current.text:
                return content, None
            self._keep_current(current)
            entry = self._write_history(text, login)
            write_atomic(self.path, text)
        return content, entry

    def restore(self, name: str, base_version: str, login: str) -> tuple[Content, HistoryEntry | None]:
        """Make a kept version the current one (itself kept as a new version)."""
        return self.save(self.read_version(name), base_version, login)

    # internals

    def _entry(self, name: str) -> HistoryEntry | None:
        match = self._name.fullmatch(name)
        if not match or not _LOGIN_IN_NAME.fullmatch(match[2]):
            return None
        saved_at = datetime.strptime(match[1], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        return HistoryEntry(name, saved_at, match[2])

    def _keep_current(self, current: Snapshot) -> None:
        """Keep the file's current text if history does not end with it (first save,
        or an edit by hand since the last save)."""
        history = self.history()
        if history and version_of(self.read_version(history[0].name)) == current.version:
            return
        modified = datetime.fromtimestamp(self.path.stat().st_mtime, timezone.utc)
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


# ---------------------------------------------------------------- TOML text

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_TABLE_LINE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY_LINE = re.compile(r'^\s*("(?:[^"\\]|\\.)*"|[A-Za-z0-9_.-]+)\s*=')
END = "\x00end"  # comments after a table's last key


@dataclass
class _Comments:
    header: list[str]
    # (table, key) -> comment lines right above it; key None: above the table's header.
    above: dict[tuple[str, str | None], list[str]]
    keys: dict[str, list[str]]  # table -> its keys in the file's order


def _key_name(token: str) -> str:
    if token.startswith('"'):
        try:
            return tomllib.loads(f"k = {token}")["k"]
        except tomllib.TOMLDecodeError:
            return token
    return token


def _table_name(token: str) -> str:
    try:
        parts = []
        data = tomllib.loads(f"[{token}]")
        while isinstance(data, dict) and len(data) == 1:
            key, data = next(iter(data.items()))
            parts.append(key)
        return ".".join(parts)
    except tomllib.TOMLDecodeError:
        return token


def scan_comments(text: str) -> _Comments:
    """Where the comments of a TOML text are: best effort, for keeping them on rewrite."""
    lines = text.splitlines()
    header: list[str] = []
    index = 0
    while index < len(lines) and (not lines[index].strip() or lines[index].lstrip().startswith("#")):
        header.append(lines[index])
        index += 1
    while header and not header[-1].strip():
        header.pop()
    if index == len(lines):  # a file of comments only
        return _Comments(header, {}, {})
    above: dict[tuple[str, str | None], list[str]] = {}
    keys: dict[str, list[str]] = {"": []}
    table, pending, closing = "", [], None
    depth = 0  # open brackets of a multi-line array
    for line in lines[index:]:
        stripped = line.strip()
        if closing:  # inside a multi-line string
            if line.count(closing) % 2 == 1:
                closing = None
            continue
        if depth > 0:
            if stripped.startswith("#"):
                pending.append(line.rstrip())
            depth += _bracket_balance(line)
            continue
        if not stripped:
            if pending:  # a blank line between comments stays
                pending.append("")
            continue
        if stripped.startswith("#"):
            pending.append(line.rstrip())
            continue
        while pending and not pending[-1]:
            pending.pop()
        match = _TABLE_LINE.match(line)
        if match and not stripped.startswith("[["):
            table = _table_name(match[1])
            keys.setdefault(table, [])
            above[(table, None)] = pending
            pending = []
            continue
        match = _KEY_LINE.match(line)
        if match:
            key = _key_name(match[1])
            keys.setdefault(table, []).append(key)
            above[(table, key)] = pending
            pending = []
            value = line[match.end():]
            for quotes in ('"""', "'''"):
                if value.count(quotes) % 2 == 1:
                    closing = quotes
                    break
            else:
                depth = max(0, _bracket_balance(value))
    while pending and not pending[-1]:
        pending.pop()
    above[(table, END)] = pending
    return _Comments(header, above, keys)


def _bracket_balance(text: str) -> int:
    """Opened minus closed brackets outside simple strings and comments."""
    balance, quote, escaped = 0, None, False
    for char in text:
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char == "[":
            balance += 1
        elif char == "]":
            balance -= 1
    return balance


def render_toml(data: Mapping[str, Any], template: str | None = None) -> str:
    """TOML text for `data`, in a fixed layout, with the comments of `template` kept
    above the same tables and keys (a removed key's comment moves to the next key)."""
    comments = scan_comments(template) if template else _Comments([], {}, {})
    out: list[str] = list(comments.header)
    scalars = {k: v for k, v in data.items() if not isinstance(v, Mapping)}
    if scalars:
        if out:
            out.append("")
        out.extend(_render_keys("", scalars, comments))
    for key, value in data.items():
        if isinstance(value, Mapping):
            _render_table(out, _key(key), key, value, comments)
    return "\n".join(out).strip("\n") + "\n"


def _render_table(out: list[str], path: str, name: str, table: Mapping, comments: _Comments) -> None:
    plain_name = name
    scalars = {k: v for k, v in table.items() if not isinstance(v, Mapping)}
    subtables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    above = comments.above.get((plain_name, None), [])
    if scalars or not subtables or above:
        if out:
            out.append("")
        out.extend(above)
        out.append(f"[{path}]")
        out.extend(_render_keys(plain_name, scalars, comments))
    for key, value in subtables.items():
        _render_table(out, f"{path}.{_key(key)}", f"{plain_name}.{key}", value, comments)


def _render_keys(table: str, values: Mapping[str, Any], comments: _Comments) -> list[str]:
    lines: list[str] = []
    carried: list[str] = []
    present = set(values)
    # Comments of keys no longer there go to the next key of the file's order that is.
    moved: dict[str, list[str]] = {}
    for key in comments.keys.get(table, []):
        if key in present:
            if carried:
                moved[key] = carried
                carried = []
        else:
            carried += comments.above.get((table, key), [])
    for key, value in values.items():
        lines.extend(moved.get(key, []))
        lines.extend(comments.above.get((table, key), []))
        lines.append(f"{_key(key)} = {_value(value)}")
    lines.extend(carried)
    lines.extend(comments.above.get((table, END), []))
    return lines


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _basic(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, str):
        return _multiline(value) if "\n" in value else _basic(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _control(char: str) -> str:
    return f"\\u{ord(char):04X}"


def _basic(text: str) -> str:
    escaped = "".join(
        _ESCAPES.get(c) or (_control(c) if ord(c) < 0x20 or ord(c) == 0x7F else c) for c in text
    )
    return f'"{escaped}"'


def _multiline(text: str) -> str:
    body = []
    for char in text:
        if char == "\\":
            body.append("\\\\")
        elif char == "\n":
            body.append("\n")
        elif char == "\t":
            body.append("\t")
        elif char == "\r":
            body.append("\\r")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            body.append(_control(char))
        else:
            body.append(char)
    escaped = "".join(body).replace('"""', '""\\"')
    if escaped.endswith('"') and not escaped.endswith('\\"'):
        escaped = escaped[:-1] + '\\"'
    return f'"""\n{escaped}"""'
