"""The `ivr` command (also `python -m ivr`)."""
from __future__ import annotations

import json
import logging
import sys
from dataclasses import replace
from datetime import datetime

import click

from ivr.config import Settings
from ivr.content import ContentError, load_content
from ivr.schedule import WARSAW

SIMULATOR_TOKEN = "local-simulator-token"


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(2)


def _app(settings: Settings, clock=None):
    from ivr.web import create_app

    try:
        return create_app(settings, clock=clock)
    except ContentError as exc:
        _fail(f"Błąd w treściach: {exc}")


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log more.")
def main(verbose: bool) -> None:
    """Information line of OPS Kleszczewo."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def serve(host: str, port: int) -> None:
    """Run the line locally (production: gunicorn 'ivr:create_app()')."""
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    _app(Settings.from_env()).run(host=host, port=port)


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=WARSAW)
    except ValueError:
        _fail(f'--at: "{value}" is not a moment like "2026-12-24 09:30"')


@main.command()
@click.option("--at", "at", metavar='"YYYY-MM-DD HH:MM"', help="Call at this moment (Warsaw time); default now.")
@click.option("--press", default="", metavar="KEYS", help="Keys to press, one per question; _ is silence.")
@click.option("--say", multiple=True, metavar="TEXT", help="Words to say (before any keys); may repeat.")
@click.option("--dial-status", default="no-answer", show_default=True,
              type=click.Choice(["completed", "busy", "no-answer", "failed", "canceled"]),
              help="How a transfer to the office ends.")
@click.option("--caller", default="+48606000111", show_default=True, help="The caller's number.")
@click.option("--json", "as_json", is_flag=True, help="Print the turns as JSON.")
def call(at, press, say, dial_status, caller, as_json) -> None:
    """Play one call through the real webhooks and print what the caller hears."""
    from ivr.simulator import CallSimulator, format_turns, inputs_from

    settings = Settings.from_env()
    # Signed like Twilio does; a local token when none is configured.
    settings = replace(settings, auth_token=settings.auth_token or SIMULATOR_TOKEN, dev_unsigned=False)
    moment = _moment(at)
    app = _app(settings, clock=(lambda: moment) if moment else None)
    turns = CallSimulator(app, caller=caller, dial_status=dial_status).call(inputs_from(press, say))
    if as_json:
        click.echo(json.dumps([t.as_dict() for t in turns], ensure_ascii=False, indent=2))
    else:
        click.echo(format_turns(turns))


@main.command()
@click.argument("text")
def say(text: str) -> None:
    """Print the spoken form of a text, as the voice will say it."""
    from ivr.speech.normalize import leftovers, normalize

    acronyms = _content_or_none()
    spoken = normalize(text, acronyms.acronyms if acronyms else None)
    click.echo(spoken)
    left = leftovers(spoken)
    if left:
        click.echo(f"Uwaga, nie rozwinięto: {', '.join(left)}", err=True)


def _content_or_none():
    try:
        return load_content(Settings.from_env().content_dir)
    except ContentError:
        return None


@main.group()
def prompts() -> None:
    """Check and build the prompts' audio."""


@prompts.command()
@click.option("--quiet", is_flag=True, help="Only report problems.")
def check(quiet: bool) -> None:
    """Validate the content and show every prompt written → spoken."""
    from ivr.catalogue import Catalogue
    from ivr.runtime import make_schedule
    from ivr.schedule import now_in_warsaw
    from ivr.speech.normalize import leftovers

    settings = Settings.from_env()
    try:
        content = load_content(settings.content_dir)
    except ContentError as exc:
        _fail(f"Błąd w treściach: {exc}")
    catalogue = Catalogue(content, make_schedule(content), now_in_warsaw().date())
    problems = 0
    for entry in catalogue:
        left = leftovers(entry.spoken)
        problems += bool(left)
        if not quiet or left:
            click.echo(f"[{entry.id}]")
            click.echo(f"  napisane:  {' / '.join(entry.text.splitlines())}")
            click.echo(f"  mówione:   {' / '.join(entry.spoken.splitlines())}")
            if left:
                click.echo(f"  UWAGA, nie rozwinięto: {', '.join(left)}")
    # Leftovers are warnings: the voice still says something sensible.
    click.echo(f"Treści poprawne: {len(catalogue)} komunikatów, z uwagami: {problems}.")
