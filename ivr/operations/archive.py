"""Reading a backup archive (tar.gz) as hostile input.

`ivr restore` is run as the service user on a file that may have been altered, so no
member is trusted: not its name, its type or its size. `scan` reads every header first
and refuses the whole archive, before anything is written, when a member

- has an absolute name, a `..` or `.` part, a backslash or a control character in it,
- is anything but a regular file or a folder (links, devices, FIFOs, sparse files),
- is not where the backup layout puts files (`allowed`), or appears twice,
- is larger than MAX_MEMBER_BYTES, or all members together exceed MAX_TOTAL_BYTES
  (a small archive that would expand to gigabytes is refused at its header; its data is
  never decompressed).

`extract` then writes each scanned member itself, one by one, into a new private folder:
each path checked to lie inside it, opened with O_EXCL | O_NOFOLLOW, at most the size its
header declared. tarfile's own extraction (and its `filter="data"`, which CPython
3.11.7 lets be tricked past: CVE-2025-4517) is not used.
"""
from __future__ import annotations

import os
import re
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable

MAX_MEMBERS = 100_000
MAX_MEMBER_BYTES = 1024 ** 3  # one file: the database, or a recording (4 h of Twilio WAV is 230 MB)
MAX_TOTAL_BYTES = 8 * 1024 ** 3  # everything together
FREE_MARGIN_BYTES = 256 * 1024 ** 2  # left free on the disk after unpacking
CHUNK = 1024 ** 2
_REGULAR = (tarfile.REGTYPE, tarfile.AREGTYPE)
_BAD_CHARACTER = re.compile(r"[\x00-\x1f\x7f\\]")


class UnsafeArchive(ValueError):
    """The archive is refused; the message (Polish) says which member and why."""


@dataclass(frozen=True)
class Member:
    name: PurePosixPath
    size: int


def member_name(raw: str, folder: bool = False) -> PurePosixPath:
    """A member's name as a relative path of plain parts, or UnsafeArchive."""
    if not raw or raw.startswith("/") or _BAD_CHARACTER.search(raw):
        raise UnsafeArchive(f"niedozwolona nazwa pliku w archiwum: {raw!r}")
    parts = raw.split("/")
    if folder and parts[-1] == "":
        parts = parts[:-1]
    if not parts or any(part in ("", ".", "..") for part in parts):
        raise UnsafeArchive(f"niedozwolona nazwa pliku w archiwum: {raw!r}")
    return PurePosixPath(*parts)


def scan(path: Path, allowed: Callable[[PurePosixPath], bool]) -> list[Member]:
    """Every file member of the archive, checked (see the module's doc); nothing is written."""
    members: list[Member] = []
    seen: set[PurePosixPath] = set()
    total = 0
    with tarfile.open(path, "r:gz") as tar:
        while True:
            info = tar.next()  # reads the next header only; a refused member's data is never read
            if info is None:
                break
            if len(members) + len(seen) >= MAX_MEMBERS:
                raise UnsafeArchive(f"archiwum ma więcej niż {MAX_MEMBERS} plików")
            name = member_name(info.name, folder=info.isdir())
            if info.isdir():
                continue
            if info.type not in _REGULAR:
                kind = ("dowiązanie" if info.issym() or info.islnk() else
                        "plik rzadki (sparse)" if info.issparse() else "plik specjalny")
                raise UnsafeArchive(f"{info.name}: {kind}, a kopia zawiera tylko zwykłe pliki")
            if name in seen:
                raise UnsafeArchive(f"{info.name}: ten sam plik występuje w archiwum dwa razy")
            if not allowed(name):
                raise UnsafeArchive(f"{info.name}: plik, którego kopia zapasowa linii nie zawiera")
            if info.size > MAX_MEMBER_BYTES:
                raise UnsafeArchive(f"{info.name}: plik ma {info.size} bajtów, a może mieć najwyżej {MAX_MEMBER_BYTES}")
            total += info.size
            if total > MAX_TOTAL_BYTES:
                raise UnsafeArchive(f"po rozpakowaniu archiwum zajęłoby ponad {MAX_TOTAL_BYTES} bajtów")
            seen.add(name)
            members.append(Member(name, info.size))
    return members


def extract(path: Path, members: list[Member], target: Path) -> None:
    """Write the scanned members into `target` (a new, empty folder of ours)."""
    need = sum(member.size for member in members)
    free = shutil.disk_usage(target).free
    if free - need < FREE_MARGIN_BYTES:
        raise UnsafeArchive(f"za mało miejsca na dysku, by rozpakować kopię ({need} bajtów, wolne {free})")
    wanted = {member.name: member for member in members}
    root = os.path.realpath(target)
    done: set[PurePosixPath] = set()
    with tarfile.open(path, "r:gz") as tar:
        while True:
            info = tar.next()
            if info is None:
                break
            name = member_name(info.name, folder=info.isdir())
            if info.isdir():
                continue
            member = wanted.get(name)
            if member is None or name in done or info.type not in _REGULAR or info.size != member.size:
                raise UnsafeArchive(f"{info.name}: archiwum zmieniło się w trakcie odczytu")
            destination = Path(root).joinpath(*name.parts)
            if os.path.commonpath([root, os.path.realpath(destination.parent)]) != root:
                raise UnsafeArchive(f"{info.name}: poza folderem rozpakowania")
            destination.parent.mkdir(parents=True, exist_ok=True)
            _copy(tar, info, destination, member.size)
            done.add(name)
    if done != set(wanted):
        raise UnsafeArchive("archiwum zmieniło się w trakcie odczytu")


def _copy(tar: tarfile.TarFile, info: tarfile.TarInfo, destination: Path, size: int) -> None:
    source = tar.extractfile(info)
    if source is None:
        raise UnsafeArchive(f"{info.name}: nie da się odczytać")
    handle = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    copied = 0
    with source, os.fdopen(handle, "wb") as out:
        while chunk := source.read(CHUNK):
            copied += len(chunk)
            if copied > size:
                raise UnsafeArchive(f"{info.name}: więcej danych niż podaje nagłówek")
            out.write(chunk)
