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


def test_regression_calling_a_number_is_accusative():
    # "dzwonić pod nr 997" said "pod numerem": where the call goes takes the accusative.
    assert normalize("Proszę dzwonić pod nr 997.") == "Proszę dzwonić pod numer dziewięćset dziewięćdziesiąt siedem."
    assert normalize("zadzwoń pod nr 112") == "zadzwoń pod numer sto dwanaście"
    # without a verb of calling the instrumental stays: "pod numerem ... czynny jest dyżur"
    assert normalize("pod nr 997 czynny jest dyżur") == "pod numerem dziewięćset dziewięćdziesiąt siedem czynny jest dyżur"
