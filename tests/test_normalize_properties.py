"""Properties of the normalizer: idempotent, total, and quiet about what it does not know."""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ivr.spoken.normalize import DEFAULT_ACRONYMS, RULES, apply_rules, leftovers, normalize, split_sentences

FRAGMENTS = [
    # times, ranges, weekdays
    "8:00", "7:30", "8:05", "0:15", "24:00", "8:00 - 16:00", "7.30–15.30", "o", "od", "do",
    "przed", "godz.", "godzinie", "poniedziałek", "wtorek - piątek", "środa", "Sobota", "pn.-pt.",
    # dates
    "24 grudnia", "1 maja 2026 r.", "24.12.2026", "2026 r.", "w", "Dziś jest", "Jest", "roku",
    # phones, postal codes, numbers
    "(061) 817-61-30", "61 817 61 30", "+48 606 902 915", "606-902-915", "63-005", "5", "5a",
    "12/3", "05", "1 200", "2,5", "50%", "12,50 zł", "zł", "§", "&", "/", "+", "r.",
    # abbreviations, acronyms, words
    "ul.", "al.", "os.", "pl.", "nr", "tel.:", "tel. kom.:", "im.", "św.", "ok.", "np.", "itd.",
    "OPS", "GKRPA", "GOKiS", "Poznańska", "Ośrodek", "Pomocy", "Społecznej", "zaprasza",
    "kierownik", "Mirosława", "jest", "i",
    # punctuation and marks
    "„Akcja Lato”", "\"Dzień Seniora\"", "»", "–", "-", "—", "(", ")", ",", ".", ":", "?", "…",
]
SPACES = [" ", " ", " ", "\n", "\u00a0", "  ", "\n\n", "\t", "\u00a0 "]


def joined(separators):
    return st.lists(
        st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(separators)), max_size=14
    ).map(lambda parts: "".join(f + s for f, s in parts))


realistic = joined(SPACES + [""])  # "" glues fragments into unknown tokens too
spaced = joined(SPACES)
mixed = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=10).map(" ".join)

FAST = settings(max_examples=200, deadline=None)


@FAST
@given(realistic)
@example("poniedziałek 8:00 - 16:00\nwtorek - piątek 7:00 - 15:00")
@example("tel. kom.:\u00a0 606 902 915")
def test_idempotent_on_realistic_text(text):
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(spaced)
def test_spaced_fragments_leave_no_digits(text):
    assert not any(ch.isdigit() for ch in normalize(text))


@FAST
@given(spaced)
def test_one_pass_settles_realistic_text(text):
    once = apply_rules(text)
    assert apply_rules(once) == once


@FAST
@given(st.text())
def test_idempotent_on_any_text(text):
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(mixed)
def test_idempotent_on_mixed_text(text):
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(st.text(alphabet=st.characters(codec=None), max_size=60))
@example("ſobota 8:00")  # re.IGNORECASE would match "ſ" as "s"
@example("środa–ſobota")
@example("99999999999999999999999999999999999999 r. 0:00 00:60 24.13.0000 0000 r.")
def test_never_crashes(text):
    spoken = normalize(text)
    assert isinstance(spoken, str)
    assert isinstance(leftovers(spoken), list)
    assert all(isinstance(s, str) and s for s in split_sentences(text))
    for rule in RULES:
        assert isinstance(rule(text), str)


@FAST
@given(st.from_regex(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{1,12}", fullmatch=True))
def test_unknown_words_pass_through(word):
    known = {"nr", "wg", "Nr", "Wg", *DEFAULT_ACRONYMS}
    if word not in known:
        assert normalize(word) == word


@FAST
@given(st.text(alphabet=st.characters(exclude_categories=["Nd"]), max_size=40))
def test_no_whitespace_runs(text):
    spoken = normalize(text)
    assert spoken == spoken.strip()
    assert "  " not in spoken and "\n" not in spoken
