"""How the line logs: one line per event on stderr (so systemd's journal keeps one entry
per event), callers' numbers masked, as plain text or as one JSON object per line
(IVR_LOG_FORMAT=json, or `ivr --log-json`) for log collectors.

The `ivr` command (configure) and gunicorn (deploy/gunicorn.conf.py, gunicorn_config) both
set logging up here.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
from datetime import datetime, timezone

from ivr.common.privacy import mask_number

FORMAT_ENV = "IVR_LOG_FORMAT"
# Loggers held to WARNING: the Twilio client logs a dozen INFO lines (method, URL, headers,
# status) for every REST call.
QUIET_LOGGERS = ("twilio.http_client", "alembic.runtime.plugins")  # and Alembic's "setup plugin" lines
# Held to WARNING at a quiet start (`ivr serve`, `ivr worker --quiet`) unless --verbose: the
# migrations' lines and the development server's banner and request lines.
START_LOGGERS = ("alembic", "werkzeug")
ACCESS_LOG_ENV = "IVR_ACCESS_LOG"
FORMATS = ("text", "json")
TEXT_FORMAT = "%(levelname)s %(name)s: %(message)s"
# An E.164 number anywhere in a line, even one a message or a traceback let through whole.
_NUMBER = re.compile(r"(?<![\w+])\+\d{8,15}(?!\d)")


def mask_numbers(text: str) -> str:
    return _NUMBER.sub(lambda match: mask_number(match.group()), text)


class TextFormatter(logging.Formatter):
    """`LEVEL logger: message`, on one line: a traceback's line breaks become ` | `."""

    def __init__(self):
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        return mask_numbers(super().format(record)).replace("\r", "").replace("\n", " | ")


class JsonFormatter(logging.Formatter):
    """One JSON object per event: time (UTC, ISO 8601), level, logger, message, exception."""

    def format(self, record: logging.LogRecord) -> str:
        event = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask_numbers(record.getMessage()),
        }
        if record.exc_info:
            event["exception"] = mask_numbers(self.formatException(record.exc_info))
        return json.dumps(event, ensure_ascii=False)


class _LineHandler(logging.StreamHandler):
    """The handler configure() installs, so a second call replaces it instead of doubling lines."""


def log_format(requested: str | None = None) -> str:
    """The format asked for (argument, else IVR_LOG_FORMAT); unknown values mean text."""
    value = (requested or os.environ.get(FORMAT_ENV) or "text").strip().lower()
    return value if value in FORMATS else "text"


def make_formatter(fmt: str | None = None) -> logging.Formatter:
    return JsonFormatter() if log_format(fmt) == "json" else TextFormatter()


def make_handler(fmt: str | None = None, stream=None) -> logging.Handler:
    handler = _LineHandler(stream or sys.stderr)
    handler.setFormatter(make_formatter(fmt))
    return handler


def configure(level: int = logging.INFO, fmt: str | None = None, stream=None) -> logging.Handler:
    """Send every logger's events at `level` and above to stderr, one line each."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LineHandler)]:
        root.removeHandler(old)
    handler = make_handler(fmt, stream)
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    unknown = (fmt or os.environ.get(FORMAT_ENV) or "text").strip().lower()
    if unknown not in FORMATS:
        logging.getLogger(__name__).warning("%s=%r is not one of %s: logging as text", FORMAT_ENV, unknown, ", ".join(FORMATS))
    return handler


def access_log_wanted() -> bool:
    """IVR_ACCESS_LOG=1: one line per request (gunicorn's access log, `ivr serve`'s request lines)."""
    return os.environ.get(ACCESS_LOG_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def quiet_start(verbose: bool) -> None:
    """A start that prints only its own summary and warnings; `verbose` shows every INFO line."""
    for name in START_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.WARNING)
    if not verbose and access_log_wanted():
        logging.getLogger("werkzeug").setLevel(logging.INFO)


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class collected_warnings:
    """Within the block, WARNING and above are kept (`.messages`) instead of printed: the start's
    summary lists them once, under "Uwagi"."""

    def __enter__(self) -> "collected_warnings":
        root = logging.getLogger()
        self._lines = [h for h in root.handlers if isinstance(h, _LineHandler)]
        for handler in self._lines:
            root.removeHandler(handler)
        self._collector = _Collector()
        root.addHandler(self._collector)
        return self

    def __exit__(self, *exc) -> None:
        root = logging.getLogger()
        root.removeHandler(self._collector)
        for handler in self._lines:
            root.addHandler(handler)

    @property
    def messages(self) -> list[str]:
        return [mask_numbers(record.getMessage()) for record in self._collector.records]


def gunicorn_config(level: str = "INFO", access_log: bool = False) -> dict:
    """gunicorn's `logconfig_dict`: the line's and gunicorn's own events, one line each on stderr.

    gunicorn writes its access log whenever a `logconfig_dict` is given, whatever `accesslog`
    says (gunicorn.glogging.Logger.access_log_enabled), so the access log is switched off here:
    its logger gets no handler and is held above INFO (the level access lines are logged at).
    Caddy keeps the one access log (deploy/Caddyfile)."""
    handler = {"class": f"{__name__}._LineHandler", "formatter": "line", "stream": "ext://sys.stderr"}
    access = ({"level": level, "handlers": ["stderr"], "propagate": False} if access_log
              else {"level": "WARNING", "handlers": [], "propagate": False})
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"line": {"()": f"{__name__}.make_formatter"}},
        "handlers": {"stderr": handler},
        "root": {"level": level, "handlers": ["stderr"]},
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": ["stderr"], "propagate": False},
            "gunicorn.access": access,
            **{name: {"level": "WARNING"} for name in QUIET_LOGGERS},
        },
    }
