"""`ivr recordings`: callers' recordings encrypted at rest (ivr.common.sealed)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ivr.cli.common import fail
from ivr.cli.group import main
from ivr.config import Settings


@main.group()
def recordings() -> None:
    """Callers' recordings, encrypted at rest."""


def _sealer(settings: Settings):
    from ivr.common.sealed import SealError, Sealer

    try:
        return Sealer.from_settings(settings)
    except SealError as exc:
        fail(f"Brak klucza nagrań: {exc}. Proszę ustawić IVR_RECORDINGS_KEY (ivr recordings new-key).")


def _report(report, verb: str) -> None:
    click.echo(f"{verb}: {report.sealed}. Bez zmian: {report.already}.")
    for problem in report.failed:
        click.echo(f"Nie udało się: {problem}", err=True)
    if report.failed:
        sys.exit(1)


@recordings.command("new-key")
def recordings_new_key() -> None:
    """Print a fresh key for IVR_RECORDINGS_KEY (keep a copy away from the server)."""
    from ivr.common.sealed import new_key

    click.echo(new_key())


@recordings.command("encrypt")
def recordings_encrypt() -> None:
    """Encrypt plain WAV files left from before (also done at every start of the line)."""
    from ivr.common.sealed import seal_plain_files

    settings = Settings.from_env()
    _report(seal_plain_files(Path(settings.recordings_dir), _sealer(settings)), "Zaszyfrowano")


@recordings.command("rekey")
@click.argument("new_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def recordings_rekey(new_key_file: Path) -> None:
    """Re-encrypt every recording under the key in NEW_KEY_FILE (stop ivr and ivr-worker first;
    then put the new key into IVR_RECORDINGS_KEY). Safe to run again after an interruption."""
    from ivr.common.sealed import SealError, Sealer, parse_key, rekey_files

    settings = Settings.from_env()
    old = _sealer(settings)
    try:
        new = Sealer(parse_key(new_key_file.read_text().strip()))
    except SealError as exc:
        fail(f"Nowy klucz jest nieprawidłowy: {exc}")
    if new.id == old.id:
        fail("Nowy klucz jest taki sam jak obecny.")
    report = rekey_files(Path(settings.recordings_dir), old, new)
    click.echo("Teraz proszę wpisać nowy klucz jako IVR_RECORDINGS_KEY w /etc/ivr/ivr.env, zachować jego kopię "
               "poza serwerem i uruchomić ponownie: sudo systemctl restart ivr ivr-worker")
    _report(report, "Zaszyfrowano nowym kluczem")
