"""Accessibility checks for the browser tests: axe-core (bundled by axe-playwright-python) and
the reflow rule of WCAG 2.1 SC 1.4.10 at a 320 px CSS viewport (400% zoom of 1280 px).

axe is injected with page.evaluate, which the pages' Content-Security-Policy would not stop;
the contexts still open with bypass_csp (conftest) so nothing axe does inside is refused, and
test_accessibility checks the policy itself in a context without it.
"""
from __future__ import annotations

import pytest

# WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
REFLOW_WIDTH = 320
# Where sideways scrolling is allowed at 320 px: a data table's own labelled, focusable region.
SCROLL_REGION = "[role=region][tabindex='0']:is([aria-label],[aria-labelledby])"

_axe = None


def axe_violations(page) -> list[dict]:
    """axe's violations on the page as it is now."""
    global _axe
    if _axe is None:
        from axe_playwright_python.sync_playwright import Axe

        _axe = Axe()
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    return results.response["violations"]


def describe_violations(violations: list[dict]) -> str:
    """Rule, impact, help link, then each element: its selector, its HTML and what is wrong."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}: {node['html'][:200]}")
            for reason in (node.get("failureSummary") or "").splitlines():
                lines.append(f"      {reason.strip()}")
    return "\n".join(lines)


def assert_accessible(page, state: str = "") -> None:
    """Fail, naming every rule, element and help link, if axe finds any violation."""
    # A state reached by a form post shows its text before its stylesheet is back (revalidated, 304):
    # axe measured an unstyled "Zaloguj się" button once (80 x 21 px). Sizes are judged on the styled page.
    page.wait_for_load_state("load")
    violations = axe_violations(page)
    if violations:
        where = f"{page.url}{f' ({state})' if state else ''}"
        pytest.fail(f"axe: {len(violations)} rule(s) violated on {where}:\n{describe_violations(violations)}",
                    pytrace=False)


def reflow_problems(page) -> list[str]:
    """What breaks reflow at the current viewport: the page scrolling sideways, content
    clipped past the right edge, or a sideways scroller that is not a labelled focusable region."""
    return page.evaluate("""([width, region]) => {
        const problems = [];
        const root = document.documentElement;
        if (root.scrollWidth > width) problems.push(`the page is ${root.scrollWidth} px wide`);
        const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
        for (const el of document.body.querySelectorAll('*')) {
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
            if (el.closest('.visually-hidden, .skip-link')) continue;
            const inRegion = el.parentElement && el.parentElement.closest(region);
            if (!inRegion && box.right > width + 0.5)
                problems.push(`${name(el)} reaches ${Math.round(box.right)} px`);
            if (el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(style.overflowX) && !el.matches(region)
                    && !['TEXTAREA', 'SELECT', 'INPUT'].includes(el.tagName))
                problems.push(`${name(el)} scrolls sideways but is not a labelled, focusable region`);
        }
        return problems;
    }""", [REFLOW_WIDTH, SCROLL_REGION])
