"""`ivr audit`: the staff access log (ivr.staff.access_log)."""
from __future__ import annotations

from datetime import datetime, timedelta

import click

from ivr.call.schedule import WARSAW
from ivr.cli.common import fail
from ivr.cli.group import main
from ivr.config import Settings


@main.command("audit")
@click.option("--since", default="30d", show_default=True, metavar="WHEN",
              help='From this day ("2026-12-01") or this long ago ("30d").')
def audit(since: str) -> None:
    """Who played, downloaded, marked done, deleted, called back, exported or erased what,
    and account and settings changes, oldest first; numbers masked."""
    from ivr.staff.access_log import AccessLog

    start = _since(since)
    entries = AccessLog(Settings.from_env().database_url).entries(start, limit=100_000)
    if not entries:
        click.echo(f"Brak wpisów od {start:%Y-%m-%d %H:%M}.")
        return
    for e in reversed(entries):
        click.echo(f"{e.at.astimezone(WARSAW):%Y-%m-%d %H:%M:%S}  {e.actor:<16} {e.action:<18} {e.item:<16} {e.detail}")


def _since(value: str) -> datetime:
    value = value.strip()
    if value.endswith("d") and value[:-1].isdigit():
        return datetime.now(WARSAW) - timedelta(days=int(value[:-1]))
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=WARSAW)
    except ValueError:
        fail(f'--since: "{value}" nie jest datą jak "2026-12-01" ani okresem jak "30d"')
