"""Staff Polish, the last mile (issue 28): the kinds of tests/spoken_cases_last_mile.py, said
exactly and without a warning, what the rules cannot say warned, and the two regressions."""
import pytest

from ivr.spoken.normalize import normalize
from ivr.spoken.review import review
from spoken_cases_last_mile import LAST_MILE, WARNINGS


@pytest.mark.parametrize(("written", "spoken"), LAST_MILE)
def test_said_right_and_not_warned(written, spoken):
    reviewed = review(written)
    assert reviewed.spoken == spoken
    assert [f.text for f in reviewed.leftovers] == []


@pytest.mark.parametrize(("written", "piece"), WARNINGS)
def test_what_the_rules_cannot_say_is_warned(written, piece):
    assert piece in [f.text for f in review(written).leftovers], normalize(written)


def test_regression_first_wednesday_of_the_month_is_an_ordinal():
    # "1 środa miesiąca" said "jedna środa miesiąca": one Wednesday, not the first.
    assert normalize("Spotkanie: 1 środa miesiąca.") == "Spotkanie: pierwsza środa miesiąca."
    assert normalize("w 1 środę miesiąca") == "w pierwszą środę miesiąca"
