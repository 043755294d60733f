"""Whole-file writes that a crash or a concurrent reader never sees half done."""
from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

# fsync errors that mean "a folder cannot be fsynced here", not "the data is at risk".
_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES}


def write_atomic(path: Path | str, data: bytes | str, *, exclusive: bool = False, tmp_suffix: str = ".tmp") -> None:
    """Write `data` (str as UTF-8) to `path` whole or not at all.

    The data goes to a temporary file in the same folder (named `.<name>.<random><tmp_suffix>`,
    so a clean-up can recognise leftovers), is fsynced, then renamed onto `path` with
    os.replace; with `exclusive` it is linked instead, which raises FileExistsError rather
    than replace an existing file. The folder is fsynced last, so the new name survives a
    crash. A replaced file keeps its mode; a new one gets the usual mode (0o666 less the
    umask). The temporary file is removed on any failure.
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = path.parent
    hidden = path.name if path.name.startswith(".") else f".{path.name}"
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = None
    while True:
        tmp = folder / f"{hidden}.{secrets.token_hex(4)}{tmp_suffix}"
        try:
            # O_EXCL: never write into another writer's temporary file.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if exclusive:
            os.link(tmp, path)  # atomic, and refuses to replace an existing file
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(folder)


def fsync_dir(directory: Path | str) -> None:
    """Make renames and links in `directory` durable.

    Skipped where a folder cannot be opened or fsynced (not every platform or file
    system allows it); a real I/O error is raised."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def inside(path: Path | str, folder: Path | str) -> bool:
    """Whether `path`, links resolved, is a file within `folder` (not the folder itself):
    checked before the line deletes anything a database row or a manifest names."""
    root = os.path.realpath(folder)
    target = os.path.realpath(path)
    return target != root and os.path.commonpath([root, target]) == root
