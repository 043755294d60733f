"""Staff page "Statystyki": the charts (pure SVG, table and CSV of the same rows) and the page
through the Flask test client, seeded through the statistics' recording API."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest

from conftest import MONDAY_OPEN
from ivr.stats.labels import node_label
from ivr.web.staff import charts
from messages_helpers import db_url  # noqa: F401 - fixture: SQLite, and PostgreSQL with IVR_TEST_POSTGRES_URL
from stats_helpers import seed_calls
from test_staff_pages import PASSWORD, client  # noqa: F401 - fixture

SVG = "{http://www.w3.org/2000/svg}"


def table_rows(html: str) -> list[list[str]]:
    """Every row of the first table in `html`: header and data cells as text."""
    class Rows(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.cell, self.done = [], None, False

        def handle_starttag(self, tag, attrs):
            if self.done:
                return
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th"):
                self.cell = ""

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append(self.cell)
                self.cell = None
            elif tag == "table":
                self.done = True

    parser = Rows()
    parser.feed(html)
    return parser.rows


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


def every_chart() -> list[charts.Chart]:
    return [
        charts.calls_chart([(date(2026, 11, 1) + timedelta(days=i), i % 4) for i in range(30)]),
        charts.hours_chart({str(h): (h * 7) % 5 if 7 <= h <= 17 else 0 for h in range(24)}),
        charts.items_chart({"main": 9, "hours": 4, "programmes": 2, "nowy_wezel": 1}, node_label),
        charts.hangups_chart({"main": 3, "leave_word": 1}, node_label),
        charts.transfers_chart({h: {"answered": h % 3, "not_answered": (h + 1) % 2} for h in range(8, 16)}
                               | {h: {"answered": 0, "not_answered": 0} for h in (*range(8), *range(16, 24))}),
    ]


# ---------------------------------------------------------------- charts


@pytest.mark.parametrize("chart", every_chart(), ids=lambda c: c.slug)
def test_chart_svg_is_named_described_and_has_a_labelled_bar_per_value(chart):
    root = ET.fromstring(str(charts.svg(chart)))
    assert root.tag == SVG + "svg" and root.get("role") == "img"
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert title.text == chart.title and desc.text and desc.text.endswith(".")
    assert root.get("viewBox") is None  # px user units: the text is never scaled down
    bars = [r for r in root.iter(SVG + "rect") if "chart-bar" in (r.get("class") or "") and r.get("width") != "28"]
    values = [n for row in chart.rows for n in row[1:]]
    assert len(bars) == len(values)
    texts = [t.text for t in root.iter(SVG + "text")]
    numbers = [t.text for t in root.iter(SVG + "text") if t.get("class") == "chart-value"]
    assert [int(t.split()[0]) for t in numbers] == values
    for row in chart.rows:  # each category's label is written (wrapped in lines when long)
        assert row[0].split()[0] in " ".join(texts)
    widths = [float(b.get("width").rstrip("%")) for b in bars]
    top = max(values)
    assert all(abs(w - 80 * n / top * (1 if len(chart.columns) == 2 else 55 / 80)) < 0.01 for w, n in zip(widths, values))


@pytest.mark.parametrize("chart", every_chart(), ids=lambda c: c.slug)
def test_chart_table_and_csv_hold_the_charts_rows(chart):
    html = str(charts.table(chart))
    assert f"<caption>{chart.title}: dane wykresu</caption>" in html
    assert html.count('<th scope="col">') == len(chart.columns)
    assert html.count('<th scope="row">') == len(chart.rows)
    expected = [list(chart.columns)] + [[str(cell) for cell in row] for row in chart.rows]
    assert table_rows(html) == expected
    assert csv_rows(charts.csv_text(chart)) == expected


def test_the_second_series_is_hatched_and_named_in_words():
    chart = every_chart()[4]
    root = ET.fromstring(str(charts.svg(chart)))
    pattern = root.find(f"{SVG}defs/{SVG}pattern")
    hatched = [r for r in root.iter(SVG + "rect") if r.get("fill") == f"url(#{pattern.get('id')})"]
    assert len(hatched) == len(chart.rows) + 1  # each not-answered bar, and the legend's swatch
    texts = [t.text for t in root.iter(SVG + "text")]
    assert "odebrane: pasek pełny" in texts and "nieodebrane: pasek kreskowany" in texts
    assert "1 odebrane" in texts and "1 nieodebrane" in texts


def test_flow_names_get_polish_titles_and_unknown_ones_stay():
    rows = dict(every_chart()[2].rows)
    assert rows == {"Menu główne": 9, "Godziny otwarcia (1)": 4, "Bezrobocie, zdrowie, urzędy (3, 3)": 2, "nowy_wezel": 1}


def test_a_long_label_is_wrapped_into_lines():
    chart = charts.items_chart({"x": 1}, lambda _: "Bardzo długa nazwa pozycji menu, która się nie mieści")
    lines = [t.text for t in ET.fromstring(str(charts.svg(chart))).iter(SVG + "text") if t.get("class") == "chart-label"]
    assert lines == ["Bardzo długa nazwa pozycji", "menu, która się nie mieści"]


def test_hours_without_calls_at_either_end_are_left_out_those_between_stay():
    chart = charts.hours_chart({"8": 2, "9": 0, "11": 1, "3": 0})
    assert chart.rows == (("8:00–8:59", 2), ("9:00–9:59", 0), ("10:00–10:59", 0), ("11:00–11:59", 1))


def test_a_long_period_is_drawn_by_month():
    days = [(date(2025, 12, 1) + timedelta(days=i), 1) for i in range(365)]
    chart = charts.calls_chart(days)
    assert chart.title == "Połączenia miesięcznie" and chart.columns == ("Miesiąc", "Połączenia")
    assert chart.rows[0] == ("grudzień 2025", 31) and chart.rows[-1] == ("listopad 2026", 30) and len(chart.rows) == 12
    assert chart.description.startswith("Razem 365 połączeń od 1 grudnia 2025 do 30 listopada 2026.")


def test_descriptions_in_polish_with_the_right_plural():
    one = charts.calls_chart([(date(2026, 11, 30), 1)])
    assert one.description == "Razem 1 połączenie od 30 listopada 2026 do 30 listopada 2026. Najwięcej: 1 (pon. 30.11.2026)."
    assert charts.calls_chart([(date(2026, 11, 30), 3)]).description.startswith("Razem 3 połączenia")


# ---------------------------------------------------------------- the page


@pytest.fixture
def app(make_app, db_url):  # noqa: F811
    """The staff app on SQLite and on PostgreSQL (the page reads the line's own database)."""
    app = make_app(MONDAY_OPEN, database_url=db_url)
    app.extensions["ivr_staff"].accounts.add("anna", PASSWORD)
    return app


@pytest.fixture
def seeded(app):  # noqa: F811
    seed_calls(app.extensions["ivr"].stats.db)
    return app


def sections(html: str) -> dict[str, str]:
    return dict(re.findall(r'<section class="chart-box" id="([\w-]+)".*?>(.*?)</section>', html, re.DOTALL))


def test_anonymous_is_sent_to_sign_in(app):  # noqa: F811
    for path in ("/staff/stats", "/staff/stats/polaczenia.csv"):
        response = app.test_client().get(path)
        assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_page_shows_the_summary_and_every_chart_with_its_table_and_csv_link(seeded, client):  # noqa: F811
    html = client.get("/staff/stats?okres=30").get_data(as_text=True)
    assert 'aria-current="page">Statystyki</a>' in html
    assert "<h2>Od 1 listopada 2026 do 30 listopada 2026</h2>" in html
    summary = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", html))
    assert summary == {"Połączenia": "5", "Rozmowy po polsku": "5", "Rozmowy po ukraińsku": "0", "Mediana czasu rozmowy": "35 s", "Wiadomości głosowe": "1",
                       "Prośby o oddzwonienie": "1", "SMS-y z informacjami wysłane": "0", "SMS-y od mieszkańców": "0"}
    found = sections(html)
    assert list(found) == ["polaczenia", "godziny", "wybory", "rozlaczenia", "przekazania"]
    for slug, body in found.items():
        svg_at, table_at = body.index('<svg role="img"'), body.index("<table")
        link = re.search(r'href="(/staff/stats/[\w-]+\.csv\?[^"]+)"', body)
        assert svg_at < table_at < link.start(), slug
        assert link[1] == f"/staff/stats/{slug}.csv?okres=30"
    assert table_rows("<table" + found["wybory"].split("<table", 1)[1])[:4] == [  # most first, then by name
        ["Menu lub informacja", "Dzwoniący"], ["Menu główne", "5"], ["Wiadomość albo oddzwonienie", "2"],
        ["Łączenie z pracownikiem (0)", "2"]]
    days = table_rows("<table" + found["polaczenia"].split("<table", 1)[1])
    assert days[1] == ["niedz. 01.11.2026", "0"] and days[2] == ["pon. 02.11.2026", "1"]
    assert days[-2:] == [["niedz. 29.11.2026", "1"], ["pon. 30.11.2026", "3"]] and len(days) == 31
    transfers = table_rows("<table" + found["przekazania"].split("<table", 1)[1])
    assert transfers[0] == ["Godzina", "Odebrane", "Nieodebrane"]
    assert transfers[1] == ["10:00–10:59", "1", "0"] and transfers[-1] == ["14:00–14:59", "0", "1"]


def test_csv_download_is_the_charts_table(seeded, client):  # noqa: F811
    html = client.get("/staff/stats?okres=30").get_data(as_text=True)
    table = table_rows("<table" + sections(html)["rozlaczenia"].split("<table", 1)[1])
    response = client.get("/staff/stats/rozlaczenia.csv?okres=30")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="statystyki-rozlaczenia-2026-11-01-2026-11-30.csv"'
    text = response.data.decode("utf-8")
    assert text.startswith("\ufeffMiejsce w rozmowie;Dzwoniący\r\n")
    assert csv_rows(text) == table
    assert sorted(table[1:]) == sorted([[node_label(n), "1"] for n in ("callback", "hours", "main", "message")])
    for slug, body in sections(html).items():  # every chart's download is its own table
        assert csv_rows(client.get(f"/staff/stats/{slug}.csv?okres=30").data.decode()) == table_rows("<table" + body.split("<table", 1)[1])
    assert client.get("/staff/stats/nie-ma.csv?okres=30").status_code == 404
    assert client.get("/staff/stats/polaczenia.csv?okres=wlasny&od=2026-12-01&do=2026-11-01").status_code == 400


def test_periods_7_days_12_months_and_custom(seeded, client):  # noqa: F811
    seven = client.get("/staff/stats?okres=7").get_data(as_text=True)
    assert "Od 24 listopada 2026 do 30 listopada 2026" in seven and "<dt>Połączenia</dt><dd>4</dd>" in seven
    year = client.get("/staff/stats?okres=12m").get_data(as_text=True)
    assert "Od 1 grudnia 2025 do 30 listopada 2026" in year and "Połączenia miesięcznie" in year
    assert "<dt>Połączenia</dt><dd>5</dd>" in year
    custom = client.get("/staff/stats?okres=wlasny&od=2026-11-02&do=2026-11-02").get_data(as_text=True)
    assert "<dt>Połączenia</dt><dd>1</dd>" in custom and 'value="2026-11-02"' in custom
    assert re.search(r'id="okres-wlasny" name="okres" value="wlasny" checked', custom)
    assert "/staff/stats/polaczenia.csv?okres=wlasny&amp;od=2026-11-02&amp;do=2026-11-02" in custom
    # Dates as clerks write them (ivr.spoken.dates); a day without a year is the last such day.
    for since, until in (("2 listopada 2026", "2.11.2026"), ("2 XI", "2 listopada")):
        written = client.get(f"/staff/stats?okres=wlasny&od={since}&do={until}").get_data(as_text=True)
        assert "<dt>Połączenia</dt><dd>1</dd>" in written and "Od 2 listopada 2026 do 2 listopada 2026" in written
    # The fields take typed words: text inputs with an example, not the browser's date picker.
    for name in ("od", "do"):
        field = re.search(rf'<input type="(\w+)" id="[^"]+" name="{name}"[^>]*>', written)
        assert field and field[1] == "text" and "wskazowka" in field[0]
    assert "Np. „7 grudnia”, „7 XII” albo „07.12.2026”." in written
    # Without a choice: the last 30 days.
    assert "Od 1 listopada 2026 do 30 listopada 2026" in client.get("/staff/stats").get_data(as_text=True)


def test_an_empty_period_says_so_and_draws_no_chart(seeded, client):  # noqa: F811
    response = client.get("/staff/stats?okres=wlasny&od=2026-10-01&do=2026-10-31")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Brak połączeń w tym okresie." in html and "<svg" not in html and "<table" not in html
    assert "<dt>Połączenia</dt><dd>0</dd>" in html and "<dt>Mediana czasu rozmowy</dt><dd>—</dd>" in html


@pytest.mark.parametrize("query, field, message", [
    ("od=2026-11-31&do=2026-12-01", "od", "„2026-11-31” nie jest poprawną datą. Proszę wpisać ją w postaci RRRR-MM-DD, np. 2026-11-30."),
    ("od=listopad&do=2026-12-01", "od", "„listopad” nie jest poprawną datą"),
    ("od=&do=2026-12-01", "od", "Proszę podać datę (od dnia)."),
    ("od=2026-11-01&do=", "do", "Proszę podać datę (do dnia)."),
    ("od=2026-12-01&do=2026-11-01", "do", "Data końcowa jest wcześniejsza niż początkowa. Proszę zamienić daty."),
    ("od=2025-01-01&do=2026-01-02", "do", "Okres może mieć najwyżej 366 dni (rok). Proszę go skrócić."),
], ids=["no-such-day", "not-iso", "no-start", "no-end", "reversed", "too-long"])
def test_custom_period_errors_in_polish(client, query, field, message):  # noqa: F811
    response = client.get(f"/staff/stats?okres=wlasny&{query}")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Nie pokazano statystyk – proszę poprawić okres" in html and message in html
    assert f'href="#pole-{field}"' in html and f'id="pole-{field}" name="{field}"' in html
    assert re.search(f'id="pole-{field}" name="{field}"\\s+value="[^"]*" autocomplete="off" aria-invalid="true"', html)
    assert "<svg" not in html and "<dt>Połączenia</dt>" not in html


def test_a_whole_year_is_allowed(client):  # noqa: F811
    assert client.get("/staff/stats?okres=wlasny&od=2024-01-01&do=2024-12-31").status_code == 200  # 366 days


def test_an_unreadable_database_gives_a_polish_503(client, monkeypatch):  # noqa: F811
    from sqlalchemy.exc import OperationalError

    from ivr.stats import report

    def broken(*args):
        raise OperationalError("SELECT", {}, Exception("locked"))

    monkeypatch.setattr(report, "counts", broken)  # the one read of the database
    response = client.get("/staff/stats")
    assert response.status_code == 503
    assert "Nie udało się odczytać statystyk z bazy danych." in response.get_data(as_text=True)
