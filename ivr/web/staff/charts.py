"""Accessible bar charts for the "Statystyki" page, rendered on the server (pure functions).

A Chart is its data (a category column and one or more count columns); `svg` draws it,
`table` gives the same data as an HTML table and `csv_text` as a CSV file, so the three
always agree. The bars are horizontal, one row each, with the label above the bar and the
number after it: an SVG without a viewBox keeps its text at the page's size at any zoom
or width (a scaled viewBox would shrink it at 320 px). The second series (transfers not
answered) is hatched and named in a text legend and next to each bar: no colour-only meaning.
"""
from __future__ import annotations

import csv
import io
import textwrap
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from ivr.common.polish import MONTH_GENITIVE, plural

ROW_GAP, LINE, BAR = 8, 19, 18  # px: between rows, one label line, one bar
WRAP = 28  # characters of a label line: fits 320 px at the page's font
MONTH_NOMINATIVE = ("", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                    "wrzesień", "październik", "listopad", "grudzień")
WEEKDAY_SHORT = ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.")
MAX_DAYS_BY_DAY = 62  # longer periods are drawn by month


@dataclass(frozen=True)
class Chart:
    slug: str  # the page's anchor and the CSV's address
    title: str
    description: str
    columns: tuple[str, ...]  # the category, then one column per series
    rows: tuple[tuple, ...]  # (label, count, ...)
    units: tuple[str, ...] = ("",)  # written after each series' number on its bar ("" = the number alone)


def calls(n: int) -> str:
    return f"{n} {plural(n, 'połączenie', 'połączenia', 'połączeń')}"


def polish_date(day: date) -> str:
    return f"{day.day} {MONTH_GENITIVE[day.month]} {day.year}"


def _most(rows, what: str) -> str:
    top = max(rows, key=lambda row: row[1])
    return f" Najwięcej: {top[1]} ({what}{top[0]})." if top[1] else ""


def calls_chart(per_day: list[tuple[date, int]]) -> Chart:
    """Calls per day; by month when the period is longer than two months."""
    first, last = per_day[0][0], per_day[-1][0]
    total = sum(n for _, n in per_day)
    if len(per_day) > MAX_DAYS_BY_DAY:
        months: dict[tuple[int, int], int] = {}
        for day, n in per_day:
            months[(day.year, day.month)] = months.get((day.year, day.month), 0) + n
        rows = tuple((f"{MONTH_NOMINATIVE[m]} {y}", n) for (y, m), n in months.items())
        title, column = "Połączenia miesięcznie", "Miesiąc"
    else:
        rows = tuple((f"{WEEKDAY_SHORT[d.weekday()]} {d:%d.%m.%Y}", n) for d, n in per_day)
        title, column = "Połączenia dziennie", "Dzień"
    description = (f"Razem {calls(total)} od {polish_date(first)} do {polish_date(last)}."
                   + _most(rows, ""))
    return Chart("polaczenia", title, description, (column, "Połączenia"), rows)


def hour_label(hour: int) -> str:
    return f"{hour}:00–{hour}:59"


def _hour_span(hours: dict[int, int]) -> range:
    """From the first to the last hour with anything: the night's empty hours left out."""
    busy = [h for h in range(24) if hours.get(h)]
    return range(busy[0], busy[-1] + 1) if busy else range(0)


def hours_chart(by_hour: dict) -> Chart:
    hours = {int(h): n for h, n in by_hour.items()}
    rows = tuple((hour_label(h), hours.get(h, 0)) for h in _hour_span(hours))
    description = (f"Połączenia według godziny, o której się zaczęły, razem {calls(sum(hours.values()))}."
                   + _most(rows, "godz. ") if rows else "Brak połączeń.")
    return Chart("godziny", "Połączenia według godziny", description, ("Godzina", "Połączenia"), rows)


def _named(slug: str, title: str, column: str, counted: dict[str, int], label, intro: str) -> Chart:
    rows = tuple((label(name), n) for name, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0])) if n)
    if rows:
        shown = "; ".join(f"{name}: {n}" for name, n in rows[:3])
        description = f"{intro} Najczęściej: {shown}."
    else:
        description = f"{intro} Brak danych."
    return Chart(slug, title, description, (column, "Dzwoniący"), rows)


def items_chart(items: dict[str, int], label=str) -> Chart:
    return _named("wybory", "Co wybierają dzwoniący", "Menu lub informacja", items, label,
                  "Ilu dzwoniących doszło do każdego menu i informacji.")


def hangups_chart(hangups: dict[str, int], label=str) -> Chart:
    return _named("rozlaczenia", "Gdzie się rozłączają", "Miejsce w rozmowie", hangups, label,
                  "Gdzie dzwoniący się rozłączyli, zanim infolinia skończyła rozmowę.")


def transfers_chart(by_hour: dict[int, dict[str, int]]) -> Chart:
    answered = {h: v.get("answered", 0) for h, v in by_hour.items()}
    missed = {h: v.get("not_answered", 0) for h, v in by_hour.items()}
    span = _hour_span({h: answered[h] + missed[h] for h in by_hour})
    rows = tuple((hour_label(h), answered[h], missed[h]) for h in span)
    a, m = sum(answered.values()), sum(missed.values())
    worst = max(rows, key=lambda row: row[2], default=None)
    description = (f"Przekazania do pracownika według godziny: odebrane {a}, nieodebrane {m}."
                   + (f" Najwięcej nieodebranych: {worst[2]} (godz. {worst[0]})." if worst and worst[2] else ""))
    return Chart("przekazania", "Przekazania do pracownika: odebrane i nieodebrane", description,
                 ("Godzina", "Odebrane", "Nieodebrane"), rows, units=("odebrane", "nieodebrane"))


# ---------------------------------------------------------------- rendering


def _text(x: str, y: int, content: str, css: str = "chart-label", dx: int = 0) -> str:
    shift = f' dx="{dx}"' if dx else ""
    return f'<text x="{x}" y="{y}"{shift} class="{css}">{escape(content)}</text>'


def svg(chart: Chart) -> Markup:
    """The chart as an inline SVG image named by its title and described by its description."""
    series = len(chart.columns) - 1
    top = max((max(row[1:]) for row in chart.rows), default=0) or 1
    reach = 80 if series == 1 else 55  # % of the width for the longest bar: room for its number
    ids = f"wykres-{chart.slug}"
    parts, y = [], 0
    if series > 1:  # the legend, in words
        for i, name in enumerate(chart.columns[1:]):
            parts.append(f'<rect x="0" y="{y + 2}" width="28" height="{BAR - 4}" class="chart-bar chart-bar-{i}"'
                         + (f' fill="url(#{ids}-kreski)"' if i else "") + "/>")
            parts.append(_text("36", y + 15, f"{name.lower()}: {'pasek kreskowany' if i else 'pasek pełny'}"))
            y += LINE + 4
        y += ROW_GAP
    for row in chart.rows:
        for line in textwrap.wrap(str(row[0]), WRAP) or [""]:
            y += LINE
            parts.append(_text("0", y - 4, line))
        for i, n in enumerate(row[1:]):
            width = round(reach * n / top, 2)
            unit = f" {chart.units[i]}" if chart.units[i] else ""
            parts.append(f'<rect x="0" y="{y + 1}" width="{width}%" height="{BAR - 2}" class="chart-bar chart-bar-{i}"'
                         + (f' fill="url(#{ids}-kreski)"' if i else "") + "/>")
            parts.append(_text(f"{width}%", y + BAR - 4, f"{n}{unit}", "chart-value", dx=6))
            y += BAR + 2
        y += ROW_GAP
    pattern = (f'<defs><pattern id="{ids}-kreski" width="8" height="8" patternUnits="userSpaceOnUse" '
               f'patternTransform="rotate(45)"><rect width="8" height="8" class="chart-hatch-ground"/>'
               f'<rect width="3" height="8" class="chart-hatch"/></pattern></defs>') if series > 1 else ""
    return Markup(
        f'<svg role="img" aria-labelledby="{ids}-tytul {ids}-opis" class="chart" width="100%" height="{y}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ids}-tytul">{escape(chart.title)}</title><desc id="{ids}-opis">{escape(chart.description)}</desc>'
        f'{pattern}{"".join(parts)}</svg>'
    )


def table(chart: Chart) -> Markup:
    """The chart's data: caption, column headers and each row's label as a row header."""
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in chart.columns)
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>' + "".join(f"<td>{n}</td>" for n in row[1:]) + "</tr>"
        for row in chart.rows
    )
    return Markup(f'<table class="table chart-table"><caption>{escape(chart.title)}: dane wykresu</caption>'
                  f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def csv_text(chart: Chart) -> str:
    """The same rows as a CSV file: a header row of Polish column names, ';' between fields
    (what a Polish spreadsheet expects, its decimal point being a comma)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(chart.columns)
    writer.writerows(chart.rows)
    return out.getvalue()
