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
@click.option("--build", "build_first", is_flag=True,
              help="First build the audio of new or changed prompts (auto voice, one quick check of Google).")
@click.option("-v", "--verbose", is_flag=True, help="Every log line: migrations, requests, the build in full.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, build_first: bool, verbose: bool) -> None:
    """Run the line locally, printing one short summary (production: gunicorn 'ivr:create_app()')."""
    from werkzeug.serving import run_simple

    from ivr.common import logs

    from ivr.config import refuse_bad_settings

    refuse_bad_settings()  # a typo in a setting: its name and what it should be, no traceback
    verbose = verbose or bool(ctx.parent and ctx.parent.params.get("verbose"))
    if verbose:  # without it, only warnings (and the summary) reach the terminal
        logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    logs.quiet_start(verbose)
    settings = Settings.from_env()
    notes: list[str] = []
    if verbose:
        app = make_app(settings)
    else:
        with logs.collected_warnings() as warnings:
            app = make_app(settings)
        notes += warnings.messages
    if build_first:  # the prompts the line says (its own catalogue: one to make, not two)
        runtime = app.extensions["ivr"]
        notes += _build_quietly(list(runtime.catalogue), settings, verbose)
        runtime.audio.refresh()
    from ivr.textline import joined

    joined.load()  # before the first text, not on it
    click.echo(start_summary(app, host, port, notes, verbose))
    run_simple(host, port, app, threaded=True)


def _build_quietly(entries, settings: Settings, verbose: bool) -> list[str]:
    """`ivr prompts build --engine auto` before serving: its problems as notes for the summary
    (in full with --verbose). A build already running elsewhere is left alone."""
    from ivr.audio.build import BuildLocked, build, status
    from ivr.cli.common import prompts_count
    from ivr.cli.prompts import echo_report

    before = status(entries, settings.audio_dir)
    if before.missing or before.stale:  # a first start records every prompt: say why it waits
        click.echo(f"Nagrywanie komunikatów: {prompts_count(len(before.missing) + len(before.stale))} "
                   "bez aktualnego nagrania…")
    try:
        report = build(entries, settings.audio_dir, engine_name="auto", probe=True)
    except BuildLocked:
        return ["Nagrania: w tym folderze trwa już inne nagrywanie; linia używa tego, co jest gotowe."]
    except Exception as exc:  # noqa: BLE001  (the line still serves: missing audio is read by Twilio's voice)
        return [f"Nagrania: budowanie się nie udało ({type(exc).__name__}: {exc})."]
    echo_report(report, entries, settings, brief=not verbose)
    notes = []
    if report.failed or report.kept:
        notes.append(f"Nagrania: nie udało się nagrać {len(report.failed) + len(report.kept)} "
                     "komunikatów (szczegóły powyżej; ivr prompts status).")
    return notes


def start_summary(app, host: str, port: int, notes: list[str], verbose: bool) -> str:
    """The few lines a start prints: where the line listens, the staff pages, the voice and the
    number of prompts, the database, then any warnings."""
    from ivr.audio.build import status
    from ivr.audio.voices import summary_line
    from ivr.operations.doctor import masked_url
    from sqlalchemy.engine import make_url

    from ivr.cli.common import prompts_count

    runtime = app.extensions["ivr"]
    settings = runtime.settings
    entries = list(runtime.catalogue)
    warned = [entry for entry in entries if entry.leftovers]
    if warned:
        notes = [*notes, f"z uwagami do wymowy: {prompts_count(len(warned))} (ivr prompts check --quiet)"]
    shown_host = f"[{host}]" if ":" in host else host
    base = f"http://{shown_host}:{port}"
    staff = (f"{base}/staff/" if settings.secret_key else
             "wyłączone (brak IVR_SECRET_KEY; docs/staff-pages.md)")
    lines = [
        f"Infolinia OPS Kleszczewo: {base}/ (webhooki Twilio: {base}/voice, {base}/sms)",
        f"Strony pracowników: {staff}",
        summary_line(status(entries, settings.audio_dir)),
        f"Baza danych: {masked_url(make_url(settings.database_url))}",
    ]
    for note in dict.fromkeys(notes):
        lines.append(f"Uwaga: {note}")
    if not verbose:
        lines.append("Więcej szczegółów: ivr serve --verbose (make run VERBOSE=1). Zatrzymanie: Ctrl+C.")
    return "\n".join(lines)


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
@click.option("--engine", type=click.Choice(["auto", "azure", "google", "gtts", "espeak"]), default="auto",
              show_default=True, help="Voice for --audio: auto (the official voice if configured, else Google, else espeak).")
@click.option("--lang", type=click.Choice(["pl", "uk"]), default="pl", show_default=True,
              help="The language of the text: pl (Polish) or uk (Ukrainian).")
def say(text: str, audio_path: str | None, engine: str, lang: str) -> None:
    """Print the spoken form of a text, as the voice will say it (and record it with --audio)."""
    from ivr.cli.prompts import warning_line
    from ivr.spoken import for_language

    content = content_or_none(lang)
    reviewed = for_language(lang).review(text, content.acronyms if content else None)
    click.echo(reviewed.spoken)
    if reviewed.leftovers:
        click.echo("Uwaga, głos może źle przeczytać:", err=True)
        for leftover in reviewed.leftovers:
            click.echo(f"  - {warning_line(leftover)}", err=True)
    if audio_path:
        from ivr.cli.prompts import say_audio

        say_audio(reviewed.spoken, audio_path, engine, content.voice if content else None, lang=lang)


@main.command()
@click.argument("text")
@click.option("--at", "at", metavar='"YYYY-MM-DD HH:MM"', help="Send at this moment (Warsaw time); default now.")
def sms(text: str, at: str | None) -> None:
    """Print the reply the text line would send to an SMS."""
    from ivr.call.schedule import now_in_warsaw
    from ivr.common.sms_segments import count
    from ivr.textline.lines import TextLines

    settings = Settings.from_env()
    content = content_or_exit(settings)
    # In the message's language, as /sms answers it: Ukrainian for Cyrillic or Latin-lettered Ukrainian.
    replies = TextLines.from_files(content, settings.content_dir).answer(text, moment(at) or now_in_warsaw()).texts
    if not replies:
        click.echo("Bez odpowiedzi: na to słowo odpowiada Twilio (wypisanie, zapisanie, pomoc).", err=True)
        return
    for number, reply in enumerate(replies, 1):
        if len(replies) > 1:
            click.echo(f"--- SMS {number} z {len(replies)}", err=True)
        click.echo(reply)
        size = count(reply)
        click.echo(f"(części SMS: {size.count}, znaki: {size.units}, kodowanie: {size.encoding})", err=True)
