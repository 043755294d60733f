"""`ivr messages` and `ivr db`: what callers left, and the database that keeps it."""
from __future__ import annotations

import re
import sys
from datetime import timedelta

import click

from ivr.cli.group import main
from ivr.cli.common import fail
from ivr.config import Settings
from ivr.call.schedule import WARSAW

_KINDS = {"message": "wiadomość", "callback": "oddzwonienie"}
_STATES = {"pending download": "czeka na pobranie", "new": "nowa", "done": "załatwiona"}


def _desk():
    from ivr.messages.desk import MessageDesk

    return MessageDesk.from_settings(Settings.from_env())


def access_log():
    from ivr.staff.access_log import AccessLog

    return AccessLog(Settings.from_env().database_url)


CLI = "cli"


def _staff_number(number: str | None) -> str:
    """Whole, in Polish groups for Polish numbers: staff call it back."""
    from ivr.common.callerid import callable_number, written_groups

    number = callable_number(number)
    if number is None:
        return "ukryty"
    return written_groups(number) if number.startswith("+48") else number


def _older_than(value: str) -> timedelta:

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
    desk = _desk()
    item = desk.store.get(item_id)
    if not desk.store.mark_done(item_id):
        click.echo(f"Nie ma sprawy nr {item_id}.", err=True)
        sys.exit(1)
    access_log().record(CLI, "done", item.number, f"nr {item_id}")
    click.echo(f"Sprawa nr {item_id} jest załatwiona.")


@messages.command("call")
@click.argument("item_id", metavar="ID", type=int)
@click.option("--from", "staff_phone", required=True, metavar="NUMBER",
              help="The phone you are at (+48…, or a Polish number without +48): the line rings it first.")
@click.option("--login", default=None, metavar="LOGIN", help="Who calls back, kept with the attempt (default: your user name).")
@click.option("--wait/--no-wait", default=True, show_default=True, help="Follow the call until it ends.")
def messages_call(item_id: int, staff_phone: str, login: str | None, wait: bool) -> None:
    """Call a resident back through the line: your phone rings, press 1 to connect them.

    The resident sees the line's own number (IVR_LINE_NUMBER). Twilio must reach this line's
    webhooks, so IVR_PUBLIC_URL is needed."""
    import getpass

    from ivr.call.schedule import now_in_warsaw
    from ivr.cli.common import make_app
    from ivr.messages.bridge import describe
    from ivr.web.bridge import call_urls

    settings = Settings.from_env()
    if not settings.public_url:
        fail("Brak IVR_PUBLIC_URL: Twilio musi wiedzieć, pod jakim adresem jest infolinia, by poprowadzić połączenie.")
    login = (login or getpass.getuser() or "terminal")[:40]
    app = make_app(settings)
    bridge = app.extensions["ivr"].messages.bridge
    # Inside a request context under IVR_PUBLIC_URL, Twilio's URLs are built as in a request.
    with app.test_request_context(base_url=settings.public_url):
        result = bridge.start(item_id, login, bridge.typed_phone(staff_phone), call_urls, now_in_warsaw())
    click.echo(result.message, err=not result.ok)
    if not result.ok:
        sys.exit(1)
    item = app.extensions["ivr"].messages.store.get(item_id)
    access_log().record(f"cli:{login}", "called_back", item.number if item else None, f"nr {item_id}")
    if not wait:
        return
    shown = None
    attempt = result.attempt
    while True:
        attempt = bridge.store.get(attempt.id)
        if describe(attempt) != shown:
            shown = describe(attempt)
            click.echo(shown)
        if not attempt.active:
            break
        _sleep(1.0)
        bridge.expire_stale(now_in_warsaw())
    sys.exit(0 if attempt.state == "completed" else 1)


def _sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)


@messages.command("purge")
@click.option("--older-than", "older_than", default=None, metavar="AGE",
              help='Remove what is older than this: "30d" days, "12h" hours (default: IVR_KEEP_MESSAGES_DAYS).')
def messages_purge(older_than: str | None) -> None:
    """Remove old messages and requests: the audio files (also on Twilio) and the rows together."""
    from ivr.call.schedule import now_in_warsaw

    settings = Settings.from_env()
    keep = _older_than(older_than) if older_than else timedelta(days=settings.keep_messages_days)
    report = _desk().purge(now_in_warsaw() - keep)
    log = access_log()
    for item_id, number in report.removed_items:
        log.record(CLI, "deleted", number, f"nr {item_id}, starsze niż {keep.days} dni")
    # The access log's own retention (IVR_KEEP_AUDIT_DAYS, 2 years), on the same daily timer.
    log.purge(now_in_warsaw() - timedelta(days=settings.keep_audit_days))
    click.echo(f"Usunięto: {report.removed}." + (f" Usunięto też pliki nagrań bez wiadomości: {report.orphans}."
                                                  if report.orphans else ""))
    if report.kept:
        click.echo(f"Nie usunięto (Twilio albo plik niedostępny; proszę spróbować później): nr {', '.join(map(str, report.kept))}.")
        sys.exit(1)


@messages.command("fetch")
def messages_fetch() -> None:
    """Download messages still on Twilio, delete Twilio's copies, send a held staff SMS."""
    from ivr.call.schedule import now_in_warsaw

    desk = _desk()
    if not desk.keeper.configured and desk.store.unfinished_recordings():
        click.echo("Brak TWILIO_ACCOUNT_SID lub TWILIO_AUTH_TOKEN: nie można pobrać nagrań z Twilio.", err=True)
        sys.exit(1)
    report = desk.fetch(now_in_warsaw())
    if report.found:
        click.echo(f"Znaleziono na Twilio nagrania bez wpisu: {report.found}.")
    click.echo(f"Pobrano: {report.stored}. Usunięto z Twilio: {report.deleted}.")
    if report.unlisted:
        click.echo("Nie udało się sprawdzić listy nagrań na Twilio (brak IVR_LINE_NUMBER albo Twilio niedostępne).", err=True)
    if report.pending or report.unlisted:
        click.echo(f"Nadal czeka: nr {', '.join(map(str, report.pending))} (spróbujemy przy następnym pobieraniu).")
        sys.exit(1)


@main.group()
def db() -> None:
    """The line's database."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Bring the database to the newest version, in place (also done at every start)."""
    from sqlalchemy.exc import SQLAlchemyError

    from ivr.database.engine import Database

    try:
        revision = Database(Settings.from_env().database_url).upgrade()
    except SQLAlchemyError as exc:
        fail(f"Baza danych niedostępna: {type(exc).__name__}")
    click.echo(f"Baza danych jest aktualna (wersja {revision}).")
    sealed = _desk().seal_plain_recordings()
    if sealed is None:
        click.echo("Nagrania nie są szyfrowane: brak IVR_RECORDINGS_KEY i IVR_SECRET_KEY.", err=True)
    elif sealed.sealed:
        click.echo(f"Zaszyfrowano nagrania zapisane wcześniej bez szyfrowania: {sealed.sealed}.")
