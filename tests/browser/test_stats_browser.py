"""Statystyki in a real browser: every chart is followed by its data table and its CSV link,
and the page needs no sideways scrolling at 320 px (400% zoom) nor at 200% zoom."""
from __future__ import annotations

import re

import pytest

from tests.browser.accessibility import reflow_problems
from tests.browser.conftest import sign_in
from tests.browser.staff_pages import with_stats

CHARTS = 5


@pytest.mark.parametrize("width", [320, 640], ids=["320px", "200%"])  # 640 px: 1280 px at 200% zoom
def test_every_chart_has_its_table_and_csv_link_without_sideways_scrolling(page, staff_app, width):
    with_stats(staff_app, None)
    page.set_viewport_size({"width": width, "height": 700})
    sign_in(page, "/staff/stats?okres=30")
    following = page.evaluate("""() => [...document.querySelectorAll('svg[role=img]')].map(svg => {
        const table = svg.nextElementSibling && svg.nextElementSibling.querySelector('table');
        const link = table && svg.nextElementSibling.nextElementSibling.querySelector('a[href*=".csv"]');
        const named = svg.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent);
        return {title: named[0], desc: named[1], caption: table && table.caption.textContent,
                rows: table ? table.tBodies[0].rows.length : 0, link: link && link.getAttribute('href'),
                bars: svg.querySelectorAll('text.chart-value').length,
                right: Math.max(...[...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect().right)),
                smallest: Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize)))};
    })""")
    assert len(following) == CHARTS
    for chart in following:
        assert chart["caption"] == f"{chart['title']}: dane wykresu" and chart["desc"]
        assert chart["rows"] and chart["link"] and chart["link"].endswith("?okres=30")
        assert chart["bars"] >= chart["rows"]  # a number on every bar (two a row for transfers)
        assert chart["right"] <= width and chart["smallest"] >= 15
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    problems = reflow_problems(page) if width == 320 else []
    assert not problems, "\n".join(problems)


def test_period_form_works_without_javascript(browser, server, staff_app):
    with_stats(staff_app, None)
    context = browser.new_context(base_url=server, locale="pl-PL", java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, "/staff/stats")
        page.get_by_text(re.compile("^Zmień okres")).click()  # the period form folds under the summary
        page.get_by_label("własny okres").check()
        page.get_by_label("Od dnia (przy własnym okresie)").fill("2026-11-29")
        page.get_by_label("Do dnia (przy własnym okresie)").fill("2026-11-30")
        page.get_by_role("button", name="Pokaż statystyki").click()
        assert page.locator("h2").first.text_content() == "Od 29 listopada 2026 do 30 listopada 2026"
        assert page.locator(".stats-summary dd").first.text_content() == "4"
        with page.expect_download() as download:
            page.locator("#polaczenia a[download]").click()
        assert download.value.suggested_filename == "statystyki-polaczenia-2026-11-29-2026-11-30.csv"
    finally:
        context.close()
