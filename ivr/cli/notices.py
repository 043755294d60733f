"""`ivr notices`: what callers hear after the status at a moment (notices, coming closures)."""
from __future__ import annotations

import click

from ivr.cli.common import content_or_exit, moment
from ivr.cli.group import main
from ivr.config import Settings


@main.group()
def notices() -> None:
    """Notices ([[notices]] in pl.toml) and the closures the line announces."""


@notices.command("list")
@click.option("--at", "at", metavar='"YYYY-MM-DD HH:MM"', help="At this moment (Warsaw time); default now.")
def list_(at: str | None) -> None:
    """Every notice with its days and state, then what a caller hears at that moment."""
    from ivr.call.notices import active_notices, closure_days_text, coming_closures
    from ivr.call.schedule import now_in_warsaw
    from ivr.runtime import make_schedule
    from ivr.textline.replies import TextLine

    content = content_or_exit(Settings.from_env())
    now = moment(at) or now_in_warsaw()
    today = now.date()
    if not content.notices:
        click.echo("Brak komunikatów w pliku treści.")
    for number, notice in enumerate(content.notices, start=1):
        state = "trwa" if notice.active_on(today) else "minął" if notice.expired_on(today) else "zaplanowany"
        click.echo(f"{number}. {notice.first:%d.%m.%Y}–{notice.last:%d.%m.%Y} ({state}): {notice.text}")
    schedule = make_schedule(content)
    click.echo("")
    click.echo(f"Dzwoniący {now:%d.%m.%Y %H:%M} słyszy po informacji o godzinach otwarcia:")
    runs = coming_closures(schedule, content.weekly, now)
    heard = [content.text("closure", dni=closure_days_text(runs))] if runs else []
    active = active_notices(content.notices, today)
    if active:
        heard += [content.text("notice_lead"), *(n.text for n in active)]
    for line in heard or ["(nic więcej)"]:
        click.echo(f"  {line}")
    news = TextLine(content, schedule).news(now)
    click.echo("SMS z aktualnościami po odpowiedzi GODZINY:" if news else "Bez SMS-a z aktualnościami.")
    if news:
        click.echo("  " + news.replace("\n", "\n  "))
