"""Commands of a server's administrator: `ivr doctor`, `ivr twilio connect`, `ivr backup`, `ivr restore`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ivr.cli.common import fail
from ivr.cli.group import main
from ivr.config import Settings


@main.command()
@click.option("--online", is_flag=True, help="Also ask Twilio's API about the account and number, fetch IVR_PUBLIC_URL/healthz, "
              "and check the keys of the official voices (Azure, Google Cloud).")
def doctor(online: bool) -> None:
    """Check everything the line needs; one line per check, with the fix for each failure."""
    from ivr.operations.doctor import Doctor

    settings = Settings.from_env()
    checks = []
    groups = [Doctor(settings).checks()]
    if online:
        from ivr.operations.online import online_checks, voice_checks

        groups.append(online_checks(settings))
        groups.append(voice_checks())
    for group in groups:
        for check in group:
            click.echo(check.line())
            checks.append(check)
    bad = sum(not c.ok for c in checks)
    if bad:
        click.echo(f"Do poprawy: {bad} z {len(checks)}. Po poprawkach proszę uruchomić ivr doctor ponownie.")
        sys.exit(1)
    click.echo(f"Wszystko w porządku ({len(checks)} sprawdzeń)." + ("" if online else " Z dostępem do internetu: ivr doctor --online."))


@main.group()
def twilio() -> None:
    """The line's Twilio number."""


@twilio.command("connect")
@click.option("--dry-run", is_flag=True, help="Show what would change, change nothing.")
def twilio_connect(dry_run: bool) -> None:
    """Point the number's voice, SMS and status webhooks at IVR_PUBLIC_URL (POST)."""
    import requests
    from twilio.base.exceptions import TwilioException

    from ivr.operations import twilio_number

    settings = Settings.from_env()
    try:
        public_url = twilio_number.require_https(settings.public_url)
    except twilio_number.NotHttps as exc:
        fail(f"IVR_PUBLIC_URL {exc}. Twilio łączy się tylko z adresem https://, np. IVR_PUBLIC_URL=https://infolinia.example.pl.")
    if not (settings.account_sid and settings.auth_token and settings.line_number):
        fail("Brak TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN lub IVR_LINE_NUMBER: nie wiadomo, który numer połączyć.")
    try:
        number = twilio_number.find_number(twilio_number.client_for(settings), settings.line_number)
        if number is None:
            fail(f"Numer {settings.line_number} nie należy do konta {settings.account_sid}.")
        planned = twilio_number.compare(number, public_url)
        click.echo(f"Numer {number.phone_number} ({number.sid}):")
        changes = [s for s in planned if s.changes]
        if not changes:
            _show(planned, {s.field: s.before for s in planned})
            click.echo(f"Nic do zmiany: numer już kieruje połączenia i SMS do {public_url}.")
            return
        if dry_run:
            _show(planned, {s.field: s.wanted for s in planned})
            click.echo(f"Próba (--dry-run): nic nie zmieniono. Zmian do wprowadzenia: {len(changes)}.")
            return
        updated = twilio_number.apply(number, planned)
    except TwilioException as exc:
        fail(f"Twilio odmówił ({twilio_number.refusal(exc)}).")
    except requests.RequestException as exc:
        fail(f"Brak połączenia z Twilio ({type(exc).__name__}). Proszę sprawdzić dostęp serwera do internetu.")
    after = twilio_number.current(updated)
    _show(planned, after)
    still = [s for s in planned if after[s.field] != s.wanted]
    if still:
        fail("Twilio nie przyjął: " + ", ".join(s.label for s in still))
    click.echo(f"Zmieniono: {len(changes)}. Numer kieruje połączenia i SMS do {public_url}.")


def _show(planned, after: dict[str, str]) -> None:
    """Each setting before and after: 'before → after', or '(bez zmian)'."""
    width = max(len(s.label) for s in planned)
    for s in planned:
        before, now = s.before or "(puste)", after[s.field] or "(puste)"
        click.echo(f"  {s.label.ljust(width)}  {before}" + ("  (bez zmian)" if before == now else f"  →  {now}"))


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--keep", type=click.IntRange(1, 1000), help="When PATH is a folder: keep only this many newest backups in it.")
def backup(path, keep: int | None) -> None:
    """Write one archive of the database, prompts/ with history, recordings and audio to PATH (a file, or a folder for a dated file)."""
    from ivr.operations.backup import BackupError, backup as make_backup

    try:
        summary = make_backup(Settings.from_env(), path, keep=keep)
    except BackupError as exc:
        fail(str(exc))
    click.echo(f"Zapisano kopię {summary.path}: baza ({summary.database}), nagrania wiadomości: {summary.recordings}, "
               f"wersje treści w historii: {summary.history}, pliki nagrań komunikatów: {summary.audio}.")
    if not summary.encrypted:
        click.echo("Uwaga: kopia NIE jest zaszyfrowana, bo nie ustawiono IVR_RECORDINGS_KEY ani IVR_SECRET_KEY.", err=True)
    click.echo(("Kopia jest zaszyfrowana w całości, a nagrania" if summary.encrypted else "Nagrania") +
               " wiadomości są w kopii zaszyfrowane. Aby odtworzyć ją na innym serwerze, trzeba mieć "
               "IVR_RECORDINGS_KEY (a jeśli nie jest ustawiony – IVR_SECRET_KEY) oraz IVR_SECRET_KEY z /etc/ivr/ivr.env: "
               "proszę przechowywać je osobno, poza serwerem i poza kopiami.")


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace the database, content, recordings and audio that are there now.")
def restore(path, force: bool) -> None:
    """Put a backup made by `ivr backup` back (refuses to overwrite without --force)."""
    from ivr.operations.backup import BackupError, restore as put_back

    try:
        summary = put_back(Settings.from_env(), path, force=force)
    except BackupError as exc:
        fail(str(exc))
    click.echo(f"Odtworzono kopię {summary.path}: baza ({summary.database}), nagrania wiadomości: {summary.recordings}, "
               f"wersje treści w historii: {summary.history}, pliki nagrań komunikatów: {summary.audio}. "
               "Proszę uruchomić: sudo systemctl restart ivr, potem ivr doctor.")


@main.command()
@click.option("--checkout", type=click.Path(path_type=Path, file_okay=False), default="/srv/ivr", show_default=True,
              help="The line's git checkout (with its .venv).")
@click.option("--ivr", "ivr_command", default="/usr/local/bin/ivr", show_default=True,
              help="The `ivr` wrapper that runs the line's commands as the service user (deploy/ivr).")
@click.option("--backups", type=click.Path(path_type=Path, file_okay=False), default="/var/backups/ivr", show_default=True,
              help="Where step 1 writes its backup.")
@click.option("--pip", "pip_command", default=None, help="pip of the line's virtualenv [default: CHECKOUT/.venv/bin/pip].")
@click.option("--git", "git_command", default="git", show_default=True, hidden=True)
@click.option("--systemctl", "systemctl_command", default="systemctl", show_default=True, hidden=True)
def upgrade(checkout: Path, ivr_command: str, backups: Path, pip_command: str | None, git_command: str,
            systemctl_command: str) -> None:
    """Install a new release: backup, git pull --ff-only, install, db upgrade, prompts build, restart, check.

    Stops at the first step that fails; before the restart the line keeps running the old
    version. Run as root (the deploy/ivr wrapper runs it outside its sandbox)."""
    from ivr.operations.upgrade import Paths, upgrade as run_upgrade

    paths = Paths(checkout=checkout, ivr=ivr_command, backups=backups, pip=pip_command, git=git_command,
                  systemctl=systemctl_command)
    outcome = run_upgrade(paths, echo=click.echo)
    if not outcome.ok:
        sys.exit(1)
