"""Commands that use the line as a caller would: serve, call, say, sms."""
from __future__ import annotations

import json
import logging
from dataclasses import replace

import click

from ivr.cli.group import main
from ivr.cli.common import content_or_exit, content_or_none, make_app, moment
from ivr.config import Settings

SIMULATOR_TOKEN = "local-simulator-token"


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def serve(host: str, port: int) -> None:
    """Run the line locally (production: gunicorn 'ivr:create_app()')."""
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    make_app(Settings.from_env()).run(host=host, port=port)


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
    from ivr.web.simulator import CallSimulator, format_turns, inputs_from
    import tempfile
    from pathlib import Path

    settings = Settings.from_env()
    # Signed like Twilio does; a local token when none is configured. No line
    # number: a simulated key 5 must never text the (made-up) caller for real.
    settings = replace(settings, auth_token=settings.auth_token or SIMULATOR_TOKEN, dev_unsigned=False, line_number=None,
                       stats=False)  # a simulated call is never counted
    at_moment = moment(at)
    # A throwaway database: a simulated message or call-back request never reaches
    # the staff's list or their mobile.
    with tempfile.TemporaryDirectory(prefix="ivr-call-") as sandbox:
        settings = replace(settings, database_url=f"sqlite:///{sandbox}/ivr.sqlite3",
                           recordings_dir=Path(sandbox) / "recordings", spool_file=None, staff_mobile=None)
        app = make_app(settings, clock=(lambda: at_moment) if at_moment else None)
        turns = CallSimulator(app, caller=caller, dial_status=dial_status).call(inputs_from(press, say))
        app.extensions["ivr"].messages.store.engine.dispose()
    if as_json:
        click.echo(json.dumps([t.as_dict() for t in turns], ensure_ascii=False, indent=2))
    else:
        click.echo(format_turns(turns))


@main.command()
@click.argument("text")
@click.option("--audio", "audio_path", type=click.Path(dir_okay=False), help="Also write its telephone audio (WAV) here.")
@click.option("--engine", type=click.Choice(["auto", "gtts", "espeak"]), default="auto", show_default=True,
              help="Voice for --audio: auto (Google, else espeak), gtts, espeak.")
def say(text: str, audio_path: str | None, engine: str) -> None:
    """Print the spoken form of a text, as the voice will say it (and record it with --audio)."""
    from ivr.cli.prompts import warning_line
    from ivr.spoken.review import review

    content = content_or_none()
    reviewed = review(text, content.acronyms if content else None)
    click.echo(reviewed.spoken)
    if reviewed.leftovers:
        click.echo("Uwaga, głos może źle przeczytać:", err=True)
        for leftover in reviewed.leftovers:
            click.echo(f"  - {warning_line(leftover)}", err=True)
    if audio_path:
        from ivr.cli.prompts import say_audio

        say_audio(reviewed.spoken, audio_path, engine, content.voice if content else None)


@main.command()
@click.argument("text")
@click.option("--at", "at", metavar='"YYYY-MM-DD HH:MM"', help="Send at this moment (Warsaw time); default now.")
def sms(text: str, at: str | None) -> None:
    """Print the reply the text line would send to an SMS."""
    from ivr.runtime import make_schedule
    from ivr.call.schedule import now_in_warsaw
    from ivr.common.sms_segments import count
    from ivr.textline.replies import TextLine

    content = content_or_exit(Settings.from_env())
    replies = TextLine(content, make_schedule(content)).answer(text, moment(at) or now_in_warsaw()).texts
    if not replies:
        click.echo("Bez odpowiedzi: na to słowo odpowiada Twilio (wypisanie, zapisanie, pomoc).", err=True)
        return
    for number, reply in enumerate(replies, 1):
        if len(replies) > 1:
            click.echo(f"--- SMS {number} z {len(replies)}", err=True)
        click.echo(reply)
        size = count(reply)
        click.echo(f"(części SMS: {size.count}, znaki: {size.units}, kodowanie: {size.encoding})", err=True)
