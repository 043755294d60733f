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
    import tempfile
    from pathlib import Path

    settings = Settings.from_env()
    # Signed like Twilio does; a local token when none is configured. No line
    # number: a simulated key 5 must never text the (made-up) caller for real.
    settings = replace(settings, auth_token=settings.auth_token or SIMULATOR_TOKEN, dev_unsigned=False, line_number=None)
    moment = _moment(at)
    # A throwaway database: a simulated message or call-back request never reaches
    # the staff's list or their mobile.
    with tempfile.TemporaryDirectory(prefix="ivr-call-") as sandbox:
        settings = replace(settings, database_url=f"sqlite:///{sandbox}/ivr.sqlite3",
                           recordings_dir=Path(sandbox) / "recordings", staff_mobile=None)
        app = _app(settings, clock=(lambda: moment) if moment else None)
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
    from ivr.speech.normalize import leftovers, normalize

    acronyms = _content_or_none()
    spoken = normalize(text, acronyms.acronyms if acronyms else None)
    click.echo(spoken)
    left = leftovers(spoken)
    if left:
        click.echo(f"Uwaga, nie rozwinięto: {', '.join(left)}", err=True)
    if audio_path:
        _say_audio(spoken, audio_path, engine)


def _content_or_none():
    try:
        return load_content(Settings.from_env().content_dir)
    except ContentError:
        return None


def _content(settings: Settings):
    """The content, or exit with why it does not load."""
    try:
        return load_content(settings.content_dir)
    except ContentError as exc:
        _fail(f"Błąd w treściach: {exc}")


def _catalogue(settings: Settings):
    """Every prompt the line can say today."""
    from ivr.catalogue import Catalogue
    from ivr.runtime import make_schedule
    from ivr.schedule import now_in_warsaw

    content = _content(settings)
    return Catalogue(content, make_schedule(content), now_in_warsaw().date())


def _komunikaty(n: int) -> str:
    from ivr.polish import plural

    return f"{n} {plural(n, 'komunikat', 'komunikaty', 'komunikatów')}"


@main.group()
def prompts() -> None:
    """Check and build the prompts' audio."""


@prompts.command()
@click.option("--quiet", is_flag=True, help="Only report problems.")
def check(quiet: bool) -> None:
    """Validate the content and show every prompt written → spoken."""
    from ivr.speech.normalize import leftovers

    catalogue = _catalogue(Settings.from_env())
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
    click.echo(f"Treści poprawne: {_komunikaty(len(catalogue))}, z uwagami: {problems}.")


@main.command()
@click.argument("text")
@click.option("--at", "at", metavar='"YYYY-MM-DD HH:MM"', help="Send at this moment (Warsaw time); default now.")
def sms(text: str, at: str | None) -> None:
    """Print the reply the text line would send to an SMS."""
    from ivr.runtime import make_schedule
    from ivr.schedule import now_in_warsaw
    from ivr.sms_segments import count
    from ivr.textline import TextLine

    content = _content(Settings.from_env())
    moment = _moment(at) or now_in_warsaw()
    reply = TextLine(content, make_schedule(content)).reply(text, moment)
    if reply is None:
        click.echo("Bez odpowiedzi: na to słowo odpowiada Twilio (wypisanie, zapisanie, pomoc).", err=True)
        return
    click.echo(reply)
    size = count(reply)
    click.echo(f"(części SMS: {size.count}, znaki: {size.units}, kodowanie: {size.encoding})", err=True)


# ---------------------------------------------------------------- prompt audio: build, status, say --audio

ENGINE_CHOICE = click.Choice(["auto", "gtts", "espeak"])
ENGINE_HELP = "auto: Google's voice, the offline espeak voice for prompts Google cannot do; gtts: Google only; espeak: offline only."


def _reasons(errors, most: int = 3) -> list[str]:
    """Distinct technical reasons, the informative ones first ("skipped" says only that Google was down)."""
    found = list(dict.fromkeys(errors))
    found.sort(key=lambda e: "skipped" in e)
    return found[:most]


@prompts.command("build")
@click.option("--engine", type=ENGINE_CHOICE, default="auto", show_default=True, help=ENGINE_HELP)
@click.option("--jobs", type=click.IntRange(1, 32), default=4, show_default=True, help="Requests to the voice engine at the same time.")
def build_prompts(engine: str, jobs: int) -> None:
    """Build the audio of every prompt (only what changed) and publish it."""
    import textwrap

    from ivr.build import BuildLocked, build
    from ivr.polish import plural

    settings = Settings.from_env()
    catalogue = _catalogue(settings)
    try:
        with click.progressbar(length=len(catalogue), label="Nagrywanie komunikatów",
                               item_show_func=lambda item: item) as bar:
            report = build(catalogue, settings.audio_dir, engine_name=engine, jobs=jobs,
                           progress=lambda result: bar.update(1, result.id))
    except BuildLocked:
        _fail(f"W folderze {settings.audio_dir} trwa już inne nagrywanie. Spróbuj ponownie, gdy się zakończy.")
    click.echo(f"Zbudowano: {len(report.built)}, bez zmian: {len(report.reused)}, "
               f"głos zapasowy (espeak): {len(report.fell_back)}, "
               f"błędy: {len(report.failed) + len(report.kept)}.")
    if report.fell_back:
        click.echo(f"Głosem zapasowym (espeak) nagrano {_komunikaty(len(report.fell_back))}, bo Google nie zadziałał; "
                   "następne budowanie znów spróbuje Google.")
        click.echo(textwrap.fill(", ".join(report.fell_back), width=100, initial_indent="  Komunikaty: ",
                                 subsequent_indent="    ", break_on_hyphens=False))
        for reason in _reasons(report.errors[pid] for pid in report.fell_back):
            click.echo(f"  Szczegóły techniczne: {reason}")
    if report.kept:
        click.echo("Nie udało się nagrać nowego głosu; zostaje poprzednie nagranie z tymi samymi słowami:", err=True)
        for prompt_id in report.kept:
            click.echo(f"  - {prompt_id}: {report.errors.get(prompt_id, '')}", err=True)
    if report.failed:
        click.echo("Bez nagrania (linia przeczyta te komunikaty głosem zastępczym):", err=True)
        for prompt_id in report.failed:
            click.echo(f"  - {prompt_id}: {report.errors.get(prompt_id, '')}", err=True)
    if report.removed:
        n = len(report.removed)
        click.echo(f"Usunięto {n} {plural(n, 'stary plik', 'stare pliki', 'starych plików')} z nagraniami.")
    if not report.ok:
        sys.exit(1)


@prompts.command("status")
def prompts_status() -> None:
    """List prompts without audio, with audio of an older text, or on the offline voice."""
    from ivr.build import status

    settings = Settings.from_env()
    catalogue = _catalogue(settings)
    report = status(catalogue, settings.audio_dir)
    sections = [
        ("Brak nagrania (linia czyta je głosem zastępczym)", report.missing),
        ("Nieaktualne nagranie (tekst zmieniono po nagraniu; linia czyta je głosem zastępczym)", report.stale),
        ("Głos zapasowy (espeak)", [f"{pid} (Google nie zadziałał)" if fb else pid for pid, fb in report.espeak]),
    ]
    for title, ids in sections:
        if ids:
            click.echo(f"{title}: {_komunikaty(len(ids))}")
            for line in ids:
                click.echo(f"  - {line}")
    if report.missing or report.stale or report.espeak:
        click.echo(f"Aktualne nagrania: {report.current} z {report.total}. Uruchom ivr prompts build, aby nagrać "
                   "brakujące i nieaktualne komunikaty oraz ponownie spróbować głosu Google.")
    else:
        click.echo(f"Wszystkie nagrania są aktualne: {_komunikaty(report.total)}.")


def _say_audio(spoken: str, path: str, engine: str) -> None:
    """Write the mastered audio of a spoken form, as the build would make it."""
    from pathlib import Path

    from ivr.build import render_prompt
    from ivr.speech.engines import make_engine

    try:
        try:
            wav = render_prompt(spoken, make_engine("gtts" if engine == "auto" else engine))
            used = "gtts" if engine == "auto" else engine
        except Exception as exc:
            if engine != "auto":
                raise
            click.echo(f"Google nie zadziałał ({exc}); użyto głosu zapasowego (espeak).", err=True)
            wav, used = render_prompt(spoken, make_engine("espeak")), "espeak"
        Path(path).write_bytes(wav)
    except Exception as exc:
        click.echo(f"Nie udało się nagrać: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Zapisano nagranie: {path} (głos: {used})", err=True)


# ---------------------------------------------------------------- staff accounts (the /staff pages)


@main.group()
def staff() -> None:
    """Accounts of the staff pages (/staff)."""


def _accounts():
    from ivr.staff_accounts import StaffAccounts

    return StaffAccounts(Settings.from_env().database_url)


def _ask_password() -> str:
    return click.prompt("Hasło", hide_input=True, confirmation_prompt="Powtórz hasło")


def _account_call(action) -> None:
    from ivr.staff_accounts import AccountError

    try:
        action()
    except AccountError as exc:
        _fail(str(exc))


@staff.command("add")
@click.argument("login")
def staff_add(login: str) -> None:
    """Create a staff account (asks for the password twice)."""
    from ivr.staff_accounts import check_login

    _account_call(lambda: check_login(login))
    password = _ask_password()
    _account_call(lambda: _accounts().add(login, password))
    click.echo(f"Utworzono konto „{login.strip().lower()}”.")


@staff.command("password")
@click.argument("login")
def staff_password(login: str) -> None:
    """Set a new password (also unlocks the account; signs out its sessions)."""
    password = _ask_password()
    _account_call(lambda: _accounts().set_password(login, password))
    click.echo(f"Zmieniono hasło konta „{login}”.")


@staff.command("unlock")
@click.argument("login")
def staff_unlock(login: str) -> None:
    """Lift the lock-out after failed sign-ins."""
    _account_call(lambda: _accounts().unlock(login))
    click.echo(f"Odblokowano konto „{login}”.")


@staff.command("remove")
@click.argument("login")
def staff_remove(login: str) -> None:
    """Delete a staff account."""
    _account_call(lambda: _accounts().remove(login))
    click.echo(f"Usunięto konto „{login}”.")


@staff.command("list")
def staff_list() -> None:
    """List the staff accounts."""
    from datetime import datetime, timezone

    accounts = _accounts().list()
    if not accounts:
        click.echo("Nie ma jeszcze kont. Utwórz pierwsze: ivr staff add LOGIN")
    now = datetime.now(timezone.utc)
    for account in accounts:
        locked = ""
        if account.locked_until and account.locked_until > now:
            locked = f", zablokowane do {account.locked_until.astimezone(WARSAW):%H:%M}"
        click.echo(f"{account.login} (utworzone {account.created_at.astimezone(WARSAW):%Y-%m-%d}{locked})")


# ---------------------------------------------------------------- messages and call-back requests (staff)

_KINDS = {"message": "wiadomość", "callback": "oddzwonienie"}
_STATES = {"pending download": "czeka na pobranie", "new": "nowa", "done": "załatwiona"}


def _desk():
    from ivr.messages import MessageDesk

    return MessageDesk.from_settings(Settings.from_env())


def _staff_number(number: str | None) -> str:
    """Whole, in Polish groups for Polish numbers: staff call it back."""
    from ivr.callerid import callable_number, written_groups

    number = callable_number(number)
    if number is None:
        return "ukryty"
    return written_groups(number) if number.startswith("+48") else number


def _older_than(value: str) -> "timedelta":
    import re
    from datetime import timedelta

    match = re.fullmatch(r"(\d{1,5})([dh]?)", value.strip())
    if not match or int(match[1]) == 0:
        raise click.BadParameter('e.g. "30d" (days) or "12h" (hours)', param_hint="--older-than")
    amount = int(match[1])
    return timedelta(hours=amount) if match[2] == "h" else timedelta(days=amount)


@main.group()
def messages() -> None:
    """Messages and call-back requests callers left (staff)."""


@messages.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also those already dealt with.")
def messages_list(show_all: bool) -> None:
    """What callers left, oldest first, with whole numbers to call back."""
    items = _desk().store.listing(include_done=show_all)
    if not items:
        click.echo("Brak wiadomości i próśb o oddzwonienie." if show_all else "Brak nowych wiadomości i próśb o oddzwonienie.")
        return
    rows = [("Nr", "Rodzaj", "Kiedy", "Numer", "Długość", "Stan", "Nagranie")]
    for item in items:
        length = f"{item.duration // 60}:{item.duration % 60:02d}" if item.kind == "message" and item.duration else "–"
        rows.append((
            str(item.id), _KINDS.get(item.kind, item.kind), f"{item.created_at.astimezone(WARSAW):%Y-%m-%d %H:%M}",
            _staff_number(item.number), length, _STATES.get(item.status, item.status), item.file_path or "–",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        click.echo("  ".join([cell.ljust(width) for cell, width in zip(row, widths)] + [row[-1]]).rstrip())


@messages.command("done")
@click.argument("item_id", metavar="ID", type=int)
def messages_done(item_id: int) -> None:
    """Mark a message or call-back request as dealt with."""
    if not _desk().store.mark_done(item_id):
        click.echo(f"Nie ma sprawy nr {item_id}.", err=True)
        sys.exit(1)
    click.echo(f"Sprawa nr {item_id} jest załatwiona.")


@messages.command("purge")
@click.option("--older-than", "older_than", default="30d", show_default=True, metavar="AGE",
              help='Remove what is older than this: "30d" days, "12h" hours.')
def messages_purge(older_than: str) -> None:
    """Remove old messages and requests: the audio files (also on Twilio) and the rows together."""
    from ivr.schedule import now_in_warsaw

    report = _desk().purge(now_in_warsaw() - _older_than(older_than))
    click.echo(f"Usunięto: {report.removed}.")
    if report.kept:
        click.echo(f"Nie usunięto (Twilio albo plik niedostępny; proszę spróbować później): nr {', '.join(map(str, report.kept))}.")
        sys.exit(1)


@messages.command("fetch")
def messages_fetch() -> None:
    """Download messages still on Twilio, delete Twilio's copies, send a held staff SMS."""
    from ivr.schedule import now_in_warsaw

    desk = _desk()
    if not desk.keeper.configured and desk.store.unfinished_recordings():
        click.echo("Brak TWILIO_ACCOUNT_SID lub TWILIO_AUTH_TOKEN: nie można pobrać nagrań z Twilio.", err=True)
        sys.exit(1)
    report = desk.fetch(now_in_warsaw())
    click.echo(f"Pobrano: {report.stored}. Usunięto z Twilio: {report.deleted}.")
    if report.pending:
        click.echo(f"Nadal czeka: nr {', '.join(map(str, report.pending))} (spróbujemy przy następnym pobieraniu).")
        sys.exit(1)


@main.group()
def db() -> None:
    """The line's database."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Bring the database to the newest version, in place (also done at every start)."""
    from sqlalchemy.exc import SQLAlchemyError

    from ivr.store import Store

    try:
        revision = Store(Settings.from_env().database_url).upgrade()
    except SQLAlchemyError as exc:
        _fail(f"Baza danych niedostępna: {type(exc).__name__}")
    click.echo(f"Baza danych jest aktualna (wersja {revision}).")
