"""The one ffmpeg the speech code uses: the binary bundled in the imageio-ffmpeg wheel.

There is no system ffmpeg and no ffprobe, so pydub must be pointed at this binary
(and every `from_file` must pass `codec=` to skip ffprobe).
"""

from __future__ import annotations

import functools
import subprocess
import warnings

import imageio_ffmpeg

with warnings.catch_warnings():
    # pydub warns at import time when ffmpeg is not on PATH (we set it below), and
    # Python 3.11-3.12 warn that audioop is deprecated (audioop-lts replaces it on 3.13+).
    warnings.filterwarnings("ignore", message="Couldn't find ff", category=RuntimeWarning)
    warnings.filterwarnings("ignore", message=".*audioop", category=DeprecationWarning)
    import audioop  # noqa: F401
    from pydub import AudioSegment


class FfmpegError(RuntimeError):
    pass


@functools.cache
def ffmpeg_exe() -> str:
    return imageio_ffmpeg.get_ffmpeg_exe()


@functools.cache
def configure_pydub() -> None:
    """Make pydub use the bundled binary (idempotent)."""
    AudioSegment.converter = ffmpeg_exe()
    AudioSegment.ffmpeg = ffmpeg_exe()


def run(args: list[str], stdin: bytes | None = None) -> bytes:
    """Run ffmpeg with `args` (without the binary), return stdout; raise on failure."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    proc = subprocess.run(cmd, input=stdin, capture_output=True, check=False)
    if proc.returncode != 0:
        raise FfmpegError(f"ffmpeg failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}")
    return proc.stdout


configure_pydub()
