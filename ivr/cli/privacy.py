"""`ivr privacy`: residents' data requests (RODO art. 15, 17), see ivr.operations.data_requests."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click

from ivr.cli.common import fail
from ivr.cli.group import main
from ivr.config import Settings


@main.group()
def privacy() -> None:
    """Everything held about one phone number: export or erase it."""


def _requests():
    from ivr.operations.data_requests import DataRequests

    return DataRequests(Settings.from_env())


def _number(number: str) -> str:
    from ivr.operations.data_requests import RequestError, normalized

    try:
        return normalized(number)
    except RequestError as exc:
        fail(str(exc))


@privacy.command("export")
@click.argument("number")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the report and the audio (default: ./dane-NUMBER-DATE).")
@click.option("--json", "as_json", is_flag=True, help="Also print the JSON report.")
def privacy_export(number: str, out: Path | None, as_json: bool) -> None:
    """Write what is held about NUMBER: dane.json, raport.txt (Polish) and each message's audio."""
    number = _number(number)
    out = out or Path(f"dane-{number.lstrip('+')}-{datetime.now():%Y%m%d-%H%M%S}")
    held, folder = _requests().export(number, out, "cli")
    if as_json:
        click.echo((folder / "dane.json").read_text())
    else:
        click.echo((folder / "raport.txt").read_text())
    click.echo(f"Zapisano w folderze: {folder} (raport.txt, dane.json i nagrania). Proszę przekazać je mieszkańcowi "
               "bezpiecznie i usunąć z tego komputera.")


@privacy.command("erase")
@click.argument("number")
@click.option("--yes", is_flag=True, help="Do not ask (for scripts).")
def privacy_erase(number: str, yes: bool) -> None:
    """Remove everything held about NUMBER: the audio (here and on Twilio), items (call-back
    requests by SMS included), call-back attempts, SMS limits, the do-not-text entry, queued work. The call statistics hold no number."""
    number = _number(number)
    requests = _requests()
    held = requests.find(number)
    by_sms = sum(1 for item in held.items if item.get("channel") == "sms")
    click.echo(f"Numer {number}: wiadomości i prośby o oddzwonienie: {len(held.items)} (w tym prośby SMS-em: {by_sms}), "
               f"próby oddzwonienia: {len(held.attempts)}, limity SMS: {len(held.sms_limits)}, lista „nie wysyłać SMS”: "
               f"{len(held.do_not_text)}, czekające zadania: {len(held.queued_jobs)}.")
    if not yes:
        answer = click.prompt("Usunąć to wszystko? Tego nie można cofnąć. Proszę wpisać „tak”", default="", show_default=False)
        if answer.strip().lower() not in {"tak", "t", "yes", "y"}:
            click.echo("Nic nie usunięto.")
            return
    _, done = requests.erase(number, "cli")
    click.echo(f"Usunięto: pozycji {done.items}, nagrań na dysku {done.audio_files}, nagrań na Twilio "
               f"{done.twilio_recordings}, prób oddzwonienia {done.attempts}, limitów SMS {done.sms_limits}, "
               f"wpisów na liście „nie wysyłać SMS” {done.do_not_text}, "
               f"czekających zadań {done.queued_jobs}. Statystyki połączeń nie zawierają numerów: bez zmian. "
               "W rejestrze dostępu zostaje zamaskowany numer i informacja o usunięciu.")
    for problem in done.kept:
        click.echo(f"Nie usunięto: {problem}", err=True)
    if done.kept:
        raise SystemExit(1)
