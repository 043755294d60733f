"""Speech engines, offline: gTTS against a faithful fake of Google's endpoint, espeak-ng for real."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivr.audio import engines
from ivr.audio.engines import (
    GOOGLE_MAX_CHARS,
    EngineError,
    EngineUnavailable,
    EspeakEngine,
    GttsEngine,
    gtts_text,
    is_unavailable,
    make_engine,
    split_for_google,
)

try:  # works whether or not tests/ is a package
    from tests.audio_helpers import speech
    from tests.fake_google_tts import fake_google_tts
except ImportError:
    from audio_helpers import speech
    from fake_google_tts import fake_google_tts

LONG_SENTENCE = (
    "W sprawach świadczeń rodzinnych, dodatków mieszkaniowych, stypendiów szkolnych, "
    "pomocy żywnościowej oraz usług opiekuńczych prosimy o kontakt z pracownikiem socjalnym "
    "właściwym dla miejsca zamieszkania, najlepiej telefonicznie, od poniedziałku do piątku, "
    "w godzinach pracy ośrodka."
)


@pytest.fixture
def google():
    with fake_google_tts() as fake:
        yield fake


class Sleeps(list):
    """Injectable sleep that records instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def gtts(sleeps: Sleeps, **kw) -> GttsEngine:
    # random() -> 1.0 makes full jitter hit its cap: the sleeps show the exponential schedule.
    return GttsEngine(sleep=sleeps, random=lambda: 1.0, **kw)


# ---------------------------------------------------------------- gTTS happy path

def test_gtts_returns_decoded_audio_of_plausible_duration(google):
    text = "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie."
    seg = gtts(Sleeps()).synthesize(text)
    assert google.texts == [text]
    assert google.calls[0].lang == "pl"
    assert seg.frame_rate == 24000 and seg.channels == 1
    # The fake speaks the text with espeak: the MP3 round trip keeps its duration.
    assert abs(len(seg) - len(speech(text))) < 300
    assert seg.dBFS > -35


def test_english_preprocessor_is_not_applied(google):
    gtts(Sleeps()).synthesize("To jest most.")
    assert google.texts == ["To jest most."]


def test_timeout_is_always_passed(google):
    gtts(Sleeps(), timeout=3.5).synthesize("Dzień dobry.")
    assert [c.timeout for c in google.calls] == [3.5]


def test_punctuation_only_is_refused_without_a_request(google):
    with pytest.raises(EngineError):
        gtts(Sleeps()).synthesize(" ... ")
    assert google.calls == []


def test_tld_selects_the_host(google):
    engine = gtts(Sleeps(), tld="pl")
    engine.synthesize("Dzień dobry.")
    assert google.calls[0].url.startswith("https://translate.google.pl/")
    assert engine.voice_key == "gtts:pl:pl"


def test_long_sentence_is_sent_in_pieces_of_at_most_100_chars(google):
    seg = gtts(Sleeps()).synthesize(LONG_SENTENCE)
    assert len(LONG_SENTENCE) > 250
    assert len(google.texts) >= 3
    assert all(len(t) <= GOOGLE_MAX_CHARS for t in google.texts)
    assert " ".join(google.texts).split() == LONG_SENTENCE.split()
    # Cut at commas first; a clause too long alone is cut into even parts, not "100 + 21".
    assert google.texts[0].endswith(",")
    assert min(map(len, google.texts)) > 40
    assert len(seg) > sum(len(speech(t)) for t in google.texts) * 0.8


# ---------------------------------------------------------------- gTTS failures and retries

def test_429_then_success_retries_with_backoff(google):
    google.fail(429)
    sleeps = Sleeps()
    gtts(sleeps).synthesize("Dzień dobry.")
    assert len(google.calls) == 2
    assert sleeps == [0.5]


def test_500_twice_then_success(google):
    google.fail(500, 500)
    sleeps = Sleeps()
    gtts(sleeps).synthesize("Dzień dobry.")
    assert len(google.calls) == 3
    assert sleeps == [0.5, 1.0]


def test_backoff_uses_full_jitter(google):
    google.fail(503, "timeout")
    sleeps = Sleeps()
    GttsEngine(sleep=sleeps, random=lambda: 0.25, backoff=2.0).synthesize("Dzień dobry.")
    assert sleeps == [0.25 * 2.0, 0.25 * 4.0]


@pytest.mark.parametrize("status", [403, 404, 400])
def test_client_errors_are_permanent_and_not_retried(google, status):
    google.fail(status)
    sleeps = Sleeps()
    with pytest.raises(EngineError) as info:
        gtts(sleeps).synthesize("Dzień dobry.")
    assert not isinstance(info.value, EngineUnavailable)
    assert not is_unavailable(info.value)
    assert len(google.calls) == 1
    assert sleeps == []


def test_answer_without_audio_is_permanent(google):
    google.fail("no_audio")
    with pytest.raises(EngineError) as info:
        gtts(Sleeps()).synthesize("Dzień dobry.")
    assert not is_unavailable(info.value)
    assert len(google.calls) == 1


@pytest.mark.parametrize("outcome", ["connection", "timeout", 429, 502])
def test_persistent_outage_gives_unavailable_after_retries(google, outcome):
    google.fail_always(outcome)
    sleeps = Sleeps()
    with pytest.raises(EngineUnavailable):
        gtts(sleeps, retries=4).synthesize("Dzień dobry.")
    assert len(google.calls) == 5
    assert sleeps == [0.5, 1.0, 2.0, 4.0]


def test_concurrent_requests_are_bounded():
    with fake_google_tts(delay=0.05) as google:
        engine = gtts(Sleeps())
        errors: list[BaseException] = []

        def work():
            try:
                engine.synthesize("Dzień dobry.")
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors
    assert len(google.calls) == 10
    assert 1 < google.max_in_flight <= 4


# ---------------------------------------------------------------- splitting (no network at all)

WORDS = st.text(alphabet="abcdefghijklmnoprstuwyząćęłńóśźż", min_size=1, max_size=14)
PUNCT = st.sampled_from(["", "", "", ",", ".", ":", "?", ";"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, PUNCT), min_size=1, max_size=60))
def test_split_keeps_every_word_and_fits_one_request(words):
    sentence = " ".join(w + p for w, p in words)
    pieces = split_for_google(sentence)
    assert " ".join(pieces).split() == sentence.split()
    assert all(len(gtts_text(p)) <= GOOGLE_MAX_CHARS for p in pieces)


def test_split_accounts_for_spaces_gtts_adds_after_punctuation():
    # 98 characters with question marks: gTTS's tone_marks pre-processor makes it over 100.
    sentence = "?".join(["abcdefgh"] * 11)
    assert len(sentence) <= GOOGLE_MAX_CHARS < len(gtts_text(sentence))
    assert len(split_for_google(sentence)) > 1


# ---------------------------------------------------------------- espeak-ng (real)

def test_espeak_synthesizes_polish():
    text = "Dzień dobry, tu Ośrodek Pomocy Społecznej w Kleszczewie."
    seg = EspeakEngine().synthesize(text)
    assert (seg.frame_rate, seg.sample_width, seg.channels) == (22050, 2, 1)
    assert 2000 < len(seg) < 8000
    assert seg.max_dBFS > -12 and seg.dBFS > -40


def test_espeak_rate_changes_duration_and_key():
    slow, fast = EspeakEngine(rate=120), EspeakEngine(rate=220)
    text = "Biuro jest czynne od poniedziałku do piątku."
    assert len(slow.synthesize(text)) > 1.3 * len(fast.synthesize(text))
    assert slow.voice_key.startswith("espeak:pl:rate=120")
    assert slow.voice_key != fast.voice_key


def test_espeak_is_safe_from_parallel_threads():
    texts = ["Wybierz jeden.", "Wybierz dwa.", "Wybierz trzy.", "Wybierz cztery."]
    expected = {t: EspeakEngine().synthesize(t).raw_data for t in texts}
    results: dict[tuple[int, str], bytes] = {}

    def work(n: int):
        engine = EspeakEngine()
        for t in texts:
            results[(n, t)] = engine.synthesize(t).raw_data

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 16
    # espeak-ng's noise generator keeps state, so samples differ run to run; interleaved or
    # lost callbacks would show as mixed-up lengths.
    for (_, t), raw in results.items():
        assert abs(len(raw) - len(expected[t])) < 0.05 * len(expected[t])


# ---------------------------------------------------------------- factory and protocol

def test_make_engine():
    assert isinstance(make_engine("gtts"), GttsEngine)
    assert isinstance(make_engine("espeak"), EspeakEngine)
    assert isinstance(make_engine("espeak"), engines.Engine)
    assert make_engine("gtts").voice_key == "gtts:pl:com"
    with pytest.raises(ValueError):
        make_engine("polly")
