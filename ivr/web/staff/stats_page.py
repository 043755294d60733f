"""Staff page "Statystyki": the line's call figures of a period, as charts, tables and CSV.

The period comes from a GET form (no JavaScript): the last 7 or 30 days, the last 12
months (whole months, this one so far included) or the clerk's own dates. Figures are read
through ivr.stats.report from the line's database; names of the flow are shown with their
Polish titles (ivr.stats.labels).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from flask import Response, abort, current_app, render_template, request
from sqlalchemy.exc import SQLAlchemyError

from ivr.common.polish import minutes_seconds
from ivr.stats import report
from ivr.stats.labels import node_label
from ivr.web.staff import charts
from ivr.web.staff.blueprint import bp

log = logging.getLogger(__name__)

PRESETS = {"7": "ostatnie 7 dni", "30": "ostatnie 30 dni", "12m": "ostatnie 12 miesięcy", "wlasny": "własny okres"}
DEFAULT = "30"
MAX_DAYS = 366  # a custom period of at most a year (the yearly report: 1 January to 31 December)
FIELDS = {"od": "Od dnia", "do": "Do dnia"}


@dataclass
class Period:
    choice: str
    since: date | None
    until: date | None
    errors: dict[str, str]

    @property
    def query(self) -> dict[str, str]:
        """The form's values, for the CSV links."""
        found = {"okres": self.choice}
        if self.choice == "wlasny":
            found.update(od=self.since.isoformat(), do=self.until.isoformat())
        return found


def _today() -> date:
    return current_app.extensions["ivr"].now().date()


def _day(text: str, label: str, errors: dict, key: str, today: date) -> date | None:
    text = text.strip()
    if not text:
        errors[key] = f"Proszę podać datę ({label.lower()})."
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        errors[key] = f"„{text[:40]}” nie jest poprawną datą. Proszę wpisać ją w postaci RRRR-MM-DD, np. 2026-11-30."
        return None
    if not report.in_range(day, today):
        last = report.latest(today)
        errors[key] = (f"„{text[:40]}” jest poza zakresem statystyk. Proszę podać datę od "
                       f"{charts.polish_date(report.EARLIEST)} do {charts.polish_date(last)}.")
        return None
    return day


def _as_written(text: str, today: date) -> str:
    """A day typed as clerks write it ("7 grudnia", "7.12.2026"), as RRRR-MM-DD; anything else as it was.
    A day without a year is the last such day up to today (statistics look back)."""
    from ivr.spoken.dates import DateProblem, parse_date

    try:
        found = parse_date(text, today - timedelta(days=364))
    except DateProblem:
        return text
    return found.isoformat()


def period(args, today: date) -> Period:
    """The period the form asks for, or the errors that stop it."""
    choice = args.get("okres", DEFAULT)
    if choice not in PRESETS:
        choice = DEFAULT
    if choice == "7":
        return Period(choice, today - timedelta(days=6), today, {})
    if choice == "30":
        return Period(choice, today - timedelta(days=29), today, {})
    if choice == "12m":
        month = today.month - 11
        since = date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        return Period(choice, since, today, {})
    errors: dict[str, str] = {}
    since = _day(_as_written(args.get("od", ""), today), FIELDS["od"], errors, "od", today)
    until = _day(_as_written(args.get("do", ""), today), FIELDS["do"], errors, "do", today)
    if since and until:
        if since > until:
            errors["do"] = "Data końcowa jest wcześniejsza niż początkowa. Proszę zamienić daty."
        elif (until - since).days + 1 > MAX_DAYS:
            errors["do"] = f"Okres może mieć najwyżej {MAX_DAYS} dni (rok). Proszę go skrócić."
    return Period(choice, since, until, errors)


# Each chart from the period's figures (one read of the database for the page or a CSV).
CHARTS = {
    "polaczenia": lambda f: charts.calls_chart(f.calls_per_day),
    "godziny": lambda f: charts.hours_chart(f.summary["by_hour"]),
    "wybory": lambda f: charts.items_chart(f.summary["items"], node_label),
    "rozlaczenia": lambda f: charts.hangups_chart(f.summary["hangups"], node_label),
    "przekazania": lambda f: charts.transfers_chart(f.transfers_by_hour),
}


def _figures(since: date, until: date) -> report.Figures:
    return report.figures(current_app.extensions["ivr"].stats.db, since, until)


def read(since: date, until: date) -> tuple[dict, list[charts.Chart]]:
    """The period's summary and its five charts."""
    found = _figures(since, until)
    return found.summary, [chart(found) for chart in CHARTS.values()]


@bp.get("/stats")
def stats():
    chosen = period(request.args, _today())
    page = {"period": chosen, "presets": PRESETS, "labels": FIELDS, "summary": None, "charts": [],
            "polish_date": charts.polish_date, "minutes_seconds": minutes_seconds, "calls": charts.calls,
            "chart_svg": charts.svg, "chart_table": charts.table}
    if chosen.errors:
        return render_template("staff/stats.html", **page), 400
    try:
        page["summary"], page["charts"] = read(chosen.since, chosen.until)
    except SQLAlchemyError as exc:
        log.error("statistics not readable: %s", type(exc).__name__)
        return render_template("staff/stats.html", **page, unreadable=True), 503
    return render_template("staff/stats.html", **page)


@bp.get("/stats/<slug>.csv")
def stats_csv(slug: str):
    chosen = period(request.args, _today())
    if chosen.errors:
        abort(400)
    if slug not in CHARTS:
        abort(404)
    try:
        chart = CHARTS[slug](_figures(chosen.since, chosen.until))
    except SQLAlchemyError as exc:
        log.error("statistics not readable: %s", type(exc).__name__)
        abort(503)
    name = f"statystyki-{slug}-{chosen.since.isoformat()}-{chosen.until.isoformat()}.csv"
    # A byte order mark: spreadsheets then read the Polish letters as UTF-8.
    return Response("\ufeff" + charts.csv_text(chart), headers={
        "Content-Disposition": f'attachment; filename="{name}"',
    }, content_type="text/csv; charset=utf-8")
