"""ivr.common.files: whole-file writes, and the temporary names clean-ups rely on."""
from __future__ import annotations

import os
from fnmatch import fnmatch

import pytest

from ivr.audio.build import TMP_SUFFIX
from ivr.common.files import write_atomic


def test_writes_text_and_bytes_and_keeps_the_mode(tmp_path):
    path = tmp_path / "a.txt"
    write_atomic(path, "zażółć\n")
    assert path.read_text(encoding="utf-8") == "zażółć\n"
    os.chmod(path, 0o640)
    write_atomic(path, b"bytes")
    assert path.read_bytes() == b"bytes" and path.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["a.txt"]


def test_exclusive_never_replaces(tmp_path):
    path = tmp_path / "kept.toml"
    write_atomic(path, "first", exclusive=True)
    with pytest.raises(FileExistsError):
        write_atomic(path, "second", exclusive=True)
    assert path.read_text() == "first" and os.listdir(tmp_path) == ["kept.toml"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "manifest.json"
    path.write_text("old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, "new")
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["manifest.json"]


def test_temporary_names_are_what_the_build_clears(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda src, dst: seen.append(os.path.basename(src)) or real_replace(src, dst))
    write_atomic(tmp_path / "greeting.0123456789abcdef.wav", b"RIFF", tmp_suffix=TMP_SUFFIX)
    write_atomic(tmp_path / ".staff-build.json", "{}", tmp_suffix=".part")
    # The build removes leftovers matching ".*<TMP_SUFFIX>"; the status file's are never among them.
    assert seen[0].startswith(".greeting.0123456789abcdef.wav.") and fnmatch(seen[0], f".*{TMP_SUFFIX}")
    assert seen[1].startswith(".staff-build.json.") and not fnmatch(seen[1], f".*{TMP_SUFFIX}")
