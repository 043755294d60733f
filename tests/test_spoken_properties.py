"""Properties of the office-Polish rules (issue 12): idempotent on office text, total on any Unicode."""
from hypothesis import given, settings
from hypothesis import strategies as st

from ivr.spoken.normalize import leftovers, normalize
from ivr.spoken.review import review

OFFICE = [
    "pn.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.", "8-16", "9–12", "7.10", "o", "od", "do", "godz.",
    "Godz. otwarcia", "15:30", "17", "2.11", "24–26.12", "27-31.12.2026 r.", "1.07", "31.08", "15.", "dnia",
    "5-go", "I", "II", "XX", "IV", "XXI", "piętro", "piętrze", "edycja", "kwartał", "klasy", "I–III", "wiek",
    "Jana", "Pawła", "ul.", "przy", "al.", "pl.", "os.", "pok.", "p.", "wew.", "tel.", "tzw.", "ww.", "w/w",
    "dn.", "tj.", "np.", "m.in.", "art.", "ust.", "pkt", "§", "r.", "r.ż.", "ub.r.", "tys.", "mln", "zł", "zł.",
    "gr.", "min.", "km", "nr", "2", "1", "22", "5", "10", "osoby", "osób", "paczkę", "dla", "ok.", "powyżej",
    "w ciągu", "lat", "18", "90%", "5-10", "dni", "500+", "800+", "-5°C", "zł/os.", "24/7", "ops@gmina.pl",
    "www.ops.pl", "112", "116 111", "800 100 100", "12 1020 3040 5060 7080 9000 1234", "😀", "🎄", "0,50 zł",
    "dzieci", "w", "na", "z", ",", ".", "(", ")", "–", ":",
]
office_text = st.lists(
    st.tuples(st.sampled_from(OFFICE), st.sampled_from([" ", " ", "", "\n", ", "])), max_size=16
).map(lambda parts: "".join(f + s for f, s in parts))

FAST = settings(max_examples=300, deadline=None)


@FAST
@given(office_text)
def test_idempotent_on_office_text(text):
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(st.text(alphabet=st.characters(codec=None), max_size=80))
def test_any_unicode_is_safe(text):
    once = normalize(text)
    assert normalize(once) == once
    result = review(text)
    assert all(piece.suggestion for piece in result.leftovers)
    assert isinstance(leftovers(once), list)


@FAST
@given(office_text)
def test_no_emoji_reaches_the_voice(text):
    assert "😀" not in normalize(text) and "🎄" not in normalize(text)
