"""`ivr stats`: the call statistics of a period, and their retention (`ivr stats purge`)."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import click

from ivr.cli.common import fail, moment
from ivr.cli.group import main
from ivr.common.polish import minutes_seconds
from ivr.config import Settings

DEFAULT_DAYS = 30


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f'{option}: "{value}" nie jest datą w postaci RRRR-MM-DD, np. 2026-12-01')


def _database():
    from ivr.database.engine import Database

    return Database(Settings.from_env().database_url)


@main.group(invoke_without_command=True)
@click.option("--since", metavar="YYYY-MM-DD", help="First day (Warsaw time); default 30 days before --until.")
@click.option("--until", metavar="YYYY-MM-DD", help="Last day, inclusive; default today.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def stats(ctx: click.Context, since: str | None, until: str | None, as_json: bool) -> None:
    """Call statistics: how many called, what they chose, where they hung up (no numbers kept)."""
    if ctx.invoked_subcommand is not None:
        return
    from ivr.stats.report import summary
    from ivr.stats.tally import local

    from ivr.stats.report import EARLIEST, in_range, latest

    today = local(datetime.now().astimezone()).date()

    def checked(day: date | None, option: str) -> date | None:
        if day is not None and not in_range(day, today):
            fail(f"{option}: {day.isoformat()} jest poza zakresem statystyk "
                 f"({EARLIEST.isoformat()} – {latest(today).isoformat()})")
        return day

    last = checked(_day(until, "--until"), "--until") or today
    first = checked(_day(since, "--since"), "--since") or max(EARLIEST, last - timedelta(days=DEFAULT_DAYS - 1))
    if first > last:
        fail("--since jest po --until")
    db = _database()
    try:
        figures = summary(db, first, last)
    finally:
        db.engine.dispose()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(table(figures))


@stats.command()
@click.option("--at", "at", metavar='"YYYY-MM-DD HH:MM"', help="As if run at this moment (Warsaw time); default now.")
def purge(at: str | None) -> None:
    """Count closed days into daily counts; delete events older than 13 months."""
    from ivr.stats.purge import purge as fold

    from ivr.stats.misses import MissBook

    db = _database()
    now = moment(at) or datetime.now().astimezone()
    try:
        report = fold(db, now)
        misses = MissBook(db, enabled=True).purge(now)  # "Nierozpoznane": 14 days, kept or not
    finally:
        db.engine.dispose()
    click.echo(f"Dni zliczone teraz w sumach dziennych: {report.rolled}.")
    click.echo(f"Zdarzenia sprzed {report.cutoff:%d.%m.%Y}: {report.events} "
               f"(połączeń: {report.calls}) zliczono w sumach dziennych i usunięto.")
    click.echo(f"Nierozpoznane wypowiedzi starsze niż 14 dni: usunięto {misses}.")


def table(s: dict) -> str:
    """A compact Polish table of the summary."""
    from ivr.stats.labels import TRANSFER_LABELS, WEEKDAYS, node_label, sms_label

    first, last = date.fromisoformat(s["since"]), date.fromisoformat(s["until"])
    median = s["median_duration_s"]
    rows = [
        ("Połączenia", s["calls"]),
        ("  w tym po polsku", s["languages"]["pl"]),
        ("  w tym po ukraińsku", s["languages"]["uk"]),
        ("Mediana długości połączenia", minutes_seconds(round(median)) if median is not None else "–"),
        ("Naciśnięte klawisze", s["key_inputs"]),
        ("Odpowiedzi głosem", s["speech_inputs"]),
        ("Cisza zamiast wyboru", s["no_input"]),
        ("Zły klawisz", s["wrong_key"]),
        ("Niezrozumiane słowa", s["not_understood"]),
        ("Dzwoniący się pogubił", s["lost"]),
        *((f"Przełączenia: {label}", s["transfers"][key]) for key, label in TRANSFER_LABELS.items()),
        ("Zostawione wiadomości", s["messages"]),
        ("Prośby o oddzwonienie", s["callbacks"]),
        ("SMS-y wysłane w rozmowie", s["sms_sent"]),
        ("Pożegnania (linia kończy)", s["goodbyes"]),
        ("Oddzwonienia pracowników", f'{s["callbacks_made"]} (odebrane: {s["callbacks_answered"]})'),
    ]
    lines = [f"Statystyki infolinii {first:%d.%m.%Y}–{last:%d.%m.%Y}", *_rows(rows)]
    sections = (
        ("Dokąd dotarli dzwoniący (liczba połączeń)", [(node_label(k), n) for k, n in s["items"].items()]),
        ("Gdzie się rozłączyli", [(node_label(k), n) for k, n in s["hangups"].items()]),
        ("SMS-y od mieszkańców, o co pytali", [(sms_label(k), n) for k, n in s["sms_received"].items()]),
    )
    for title, section in sections:
        lines += ["", f"{title}:", *(_rows(section) if section else ["  –"])]
    hours = [f"{h}:00 {n}" for h, n in s["by_hour"].items() if n]
    lines += ["", "Połączenia według godziny: " + (", ".join(hours) or "–")]
    lines += ["Połączenia według dnia tygodnia: " + ", ".join(f"{WEEKDAYS[int(d) - 1]} {n}" for d, n in s["by_weekday"].items())]
    return "\n".join(lines)


def _rows(rows) -> list[str]:
    width = max(len(label) for label, _ in rows)
    return [f"  {label:<{width}}  {value!s:>5}" for label, value in rows]
