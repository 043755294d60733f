"""Matchers of the same words share their built tables, and a catalogue text is reviewed once
(issue 32: a line is rebuilt on every content change and in every app, its words and texts
rarely change); other words, texts or acronyms never get stale results."""
from __future__ import annotations

import ivr.call.understand as understand
from ivr.call.understand import Matcher


def _choice(matcher: Matcher, text: str) -> str | None:
    found = matcher.match(text)
    return found.choice if found else None


def test_a_matcher_of_the_same_words_reuses_the_tables_and_matches_alike():
    words = {"hours": ["godziny otwarcia", "kiedy otwarte"], "address": ["adres", "gdzie"]}
    first = Matcher(words, weak={"hours": 0.9}, strict={"address"})
    second = Matcher({k: list(v) for k, v in words.items()}, weak={"hours": 0.9}, strict={"address"})
    assert second._by_first is first._by_first and second._lemmas is first._lemmas
    assert second._memo is not first._memo  # each keeps its own memo of caller words
    for text in ("jaki jest adres", "w jakich godzinach otwarte", "godzinny", "nic"):
        assert _choice(first, text) == _choice(second, text)
    assert _choice(second, "jaki jest adres") == "address"


def test_other_words_or_options_build_their_own_tables():
    first = Matcher({"topic": ["godziny"]})
    other = Matcher({"topic": ["adres"]})
    assert other._by_first is not first._by_first
    assert _choice(other, "adres proszę") == "topic" and _choice(other, "godziny") is None
    assert _choice(first, "godziny") == "topic" and _choice(first, "adres proszę") is None
    # The same words, strict: a typo-like neighbour is no match (built loose first, then strict).
    loose = Matcher({"topic": ["sekretariat"]})
    strict = Matcher({"topic": ["sekretariat"]}, strict={"topic"})
    assert _choice(loose, "sekretarka") == "topic" and _choice(strict, "sekretarka") is None
    assert _choice(loose, "sekretariatu") == _choice(strict, "sekretariatu") == "topic"  # an inflection: both


def test_words_changed_in_place_after_a_build_are_not_served_stale():
    words = {"topic": ["godziny"]}
    Matcher(words)
    words["topic"].append("adres")  # the same list, now with another word
    assert _choice(Matcher(words), "adres") == "topic"


def test_the_shared_tables_are_bounded():
    for n in range(understand.COMPILED_LIMIT + 5):
        Matcher({"topic": [f"słowo{n}"]})
    assert len(understand._COMPILED) <= understand.COMPILED_LIMIT


def test_a_text_reviewed_again_with_other_acronyms_is_reviewed_anew():
    from ivr.call.catalogue import review_lines

    first = review_lines("Proszę dzwonić do ZUS.", {"ZUS": "zus"})
    assert review_lines("Proszę dzwonić do ZUS.", {"ZUS": "zus"}) is first  # the same text: kept
    other = review_lines("Proszę dzwonić do ZUS.", {"ZUS": "zet-u-es"})
    assert "zus" in first.spoken and "zet-u-es" in other.spoken
    assert review_lines("Proszę dzwonić do OPS.", {"ZUS": "zus"}).spoken != first.spoken


def _catalogue(content, today):
    from ivr.call.catalogue import Catalogue
    from ivr.runtime import make_schedule

    return Catalogue(content, make_schedule(content), today)


def test_a_catalogue_from_kept_schedule_variants_equals_one_walked_afresh():
    from dataclasses import replace as changed
    from datetime import date

    import ivr.call.catalogue as catalogue_module
    from ivr.call.content import load_content
    from ivr.config import ROOT

    content = load_content(ROOT / "prompts")
    today = date(2026, 12, 21)
    catalogue_module.schedule_variants.cache_clear()
    walked = [(e.id, e.text, e.spoken) for e in _catalogue(content, today)]
    kept = [(e.id, e.text, e.spoken) for e in _catalogue(content, today)]
    assert kept == walked  # the same entries, in the same order
    # Another closure day: the variants are walked anew, the new closure sentence is there.
    closed = changed(content, closures=(*content.closures, date(2026, 12, 28)))
    ids = {e.id for e in _catalogue(closed, today)}
    assert ids != {entry_id for entry_id, _, _ in walked}
    assert any(entry_id.startswith("closure.") for entry_id in ids - {entry_id for entry_id, _, _ in walked})
    # Another day: walked from that day.
    later = {e.id for e in _catalogue(content, date(2027, 3, 1))}
    assert later != {entry_id for entry_id, _, _ in walked}


def _uk_choice(matcher, text: str) -> str | None:
    found = matcher.match(text)
    return found.choice if found else None


def test_a_ukrainian_matcher_of_the_same_words_reuses_the_tables_and_matches_alike():
    from ivr.call.understand_uk import UkrainianMatcher

    words = {"hours": ["години роботи", "коли відчинено"], "contact": ["адреса", "де ви"]}
    first = UkrainianMatcher(words, strict={"contact"})
    second = UkrainianMatcher({k: list(v) for k, v in words.items()}, strict={"contact"})
    assert second._by_lemma is first._by_lemma and second._keywords is first._keywords
    assert second._memo is not first._memo  # each keeps its own memo of caller words
    for text in ("яка у вас адреса", "до котрої години ви працюєте", "нічого"):
        assert _uk_choice(first, text) == _uk_choice(second, text)
    assert _uk_choice(second, "яка у вас адреса") == "contact"


def test_ukrainian_matchers_of_other_words_or_options_build_their_own_tables():
    from ivr.call.understand_uk import UkrainianMatcher

    first = UkrainianMatcher({"topic": ["години"]})
    other = UkrainianMatcher({"topic": ["адреса"]})
    assert other._by_lemma is not first._by_lemma
    assert _uk_choice(other, "адреса") == "topic" and _uk_choice(other, "години") is None
    assert _uk_choice(first, "години") == "topic" and _uk_choice(first, "адреса") is None
    negatable = UkrainianMatcher({"danger": ["б'є"]}, negatable={"danger"})
    plain = UkrainianMatcher({"danger": ["б'є"]})
    assert _uk_choice(plain, "він не б'є") == "danger" and _uk_choice(negatable, "він не б'є") is None


def test_ukrainian_words_changed_in_place_after_a_build_are_not_served_stale():
    from ivr.call.understand_uk import UkrainianMatcher

    words = {"topic": ["години"]}
    UkrainianMatcher(words)
    words["topic"].append("адреса")
    assert _uk_choice(UkrainianMatcher(words), "адреса") == "topic"


def test_the_shared_ukrainian_tables_are_bounded():
    import ivr.call.understand_uk as understand_uk

    for n in range(understand_uk.COMPILED_LIMIT + 5):
        understand_uk.UkrainianMatcher({"topic": [f"слово{n}"]})
    assert len(understand_uk._COMPILED) <= understand_uk.COMPILED_LIMIT
