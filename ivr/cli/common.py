"""Helpers shared by the `ivr` commands."""
from __future__ import annotations

import sys
from datetime import datetime

import click

from ivr.config import Settings
from ivr.call.content import ContentError, load_content
from ivr.call.content_errors import describe
from ivr.call.schedule import WARSAW


def fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(2)


def make_app(settings: Settings, clock=None):
    from ivr.web import create_app

    try:
        return create_app(settings, clock=clock)
    except ContentError as exc:
        fail(f"Błąd w treściach: {describe(exc)}")


def moment(value: str | None) -> datetime | None:
    """A --at value ("YYYY-MM-DD HH:MM", Warsaw time), or None."""
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=WARSAW)
    except ValueError:
        fail(f'--at: "{value}" is not a moment like "2026-12-24 09:30"')


def content_or_none(lang: str = "pl"):
    try:
        return load_content(Settings.from_env().content_dir, lang=lang)
    except ContentError:
        return None


def content_or_exit(settings: Settings):
    """The content, or exit with why it does not load."""
    try:
        return load_content(settings.content_dir)
    except ContentError as exc:
        fail(f"Błąd w treściach: {describe(exc)}")


def catalogue(settings: Settings, pieces: bool = False):
    """Every prompt the line can say today; `pieces`: with the pieces of dictated numbers."""
    from ivr.call.catalogue import Catalogue
    from ivr.runtime import make_schedule
    from ivr.call.schedule import now_in_warsaw

    content = content_or_exit(settings)
    try:
        return Catalogue(content, make_schedule(content), now_in_warsaw().date(), pieces=pieces)
    except Exception as exc:  # noqa: BLE001  (a text the loader let through that cannot be filled in)
        fail(f"Błąd w treściach: nie da się złożyć komunikatów ({type(exc).__name__}: {exc}).")


def prompts_count(n: int) -> str:
    """'1 komunikat', '32 komunikaty', '45 komunikatów'."""
    from ivr.common.polish import plural

    return f"{n} {plural(n, 'komunikat', 'komunikaty', 'komunikatów')}"
