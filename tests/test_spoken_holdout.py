"""The hold-out cases (tests/spoken_cases_holdout.py), each its own test."""
import pytest

from ivr.spoken.normalize import normalize
from spoken_cases_holdout import HOLDOUT


@pytest.mark.parametrize(("written", "spoken"), HOLDOUT)
def test_holdout(written, spoken):
    assert normalize(written) == spoken
