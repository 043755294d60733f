"""Office Polish (issue 12): full spoken forms, leftovers reported, suggestions in Polish."""
import pytest

from ivr.spoken.normalize import leftovers, normalize
from ivr.spoken.review import review
from spoken_cases import CASES, LEFTOVER_CASES
from spoken_cases_holdout import HOLDOUT


def test_there_are_enough_cases():
    assert len(CASES) + len(HOLDOUT) >= 300
    assert len(HOLDOUT) >= 90
    assert len(LEFTOVER_CASES) >= 60


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_case(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), CASES + HOLDOUT)
def test_case_is_stable_and_clean(written, spoken):
    assert normalize(spoken) == spoken
    assert leftovers(spoken) == []


@pytest.mark.parametrize(("written", "piece"), LEFTOVER_CASES)
def test_unhandled_input_is_reported(written, piece):
    found = review(written).leftovers
    assert found, f"nothing reported for {written!r}: {normalize(written)!r}"
    assert piece in [f.text for f in found]
    assert all(f.suggestion.startswith(f"„{f.text}”") and "proszę" in f.suggestion for f in found)
