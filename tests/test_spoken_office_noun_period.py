"""Session 14's review, typing a clerk's notice into `ivr say`: a shortened office noun's period ("Zebr.", "Spotk.") is no
full stop where the noun opens its sentence or an acronym follows it (whose meeting); a weekday heading and a sentence
that really ends keep theirs."""
from __future__ import annotations

import pytest

from ivr.spoken.normalize import normalize


@pytest.mark.parametrize("written,spoken", [
    ("Zebr. GKRPA w śr.", "Zebranie gie-ka-er-pe-a w środę."),
    ("Spotk. GKRPA w śr.", "Spotkanie gie-ka-er-pe-a w środę."),
    ("Jutro zebr. GKRPA.", "Jutro zebranie gie-ka-er-pe-a."),
])
def test_an_office_noun_opening_its_sentence_or_before_an_acronym_is_no_sentence(written, spoken):
    assert normalize(written) == spoken


@pytest.mark.parametrize("written,spoken", [
    ("Pon. Nieczynne.", "Poniedziałek. Nieczynne."),  # a weekday heading
    ("Dod. węglowy do 31.01.", "Dodatek węglowy do trzydziestego pierwszego stycznia."),
])
def test_other_periods_stay_as_they_were(written, spoken):
    assert normalize(written) == spoken
