"""SMS in Ukrainian: Cyrillic is UCS-2 (70 characters in one SMS, 67 per part of a longer one),
within the same 3-SMS limit as Polish; every Ukrainian reply of uk.toml fits."""
from __future__ import annotations

import pytest

from ivr.call.content import (
    SMS_ONE_SEGMENT,
    SMS_RUNTIME_PLACEHOLDERS,
    ContentError,
    _longest_status,
    load_content,
)
from datetime import date

from ivr.call.notices import ClosureRun
from ivr.common.sms_segments import MAX_SEGMENTS, UCS2, count, fits
from ivr.config import ROOT

try:  # works whether or not tests/ is a package
    from tests.test_content_uk import edit_uk
except ImportError:
    from test_content_uk import edit_uk

LETTER = "ж"  # Cyrillic: no GSM-7 character, however alike (Greek Г is in GSM-7, Cyrillic Г is not)


@pytest.mark.parametrize("length, parts", [
    (1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4),
])
def test_cyrillic_is_counted_as_ucs2_67_per_part(length, parts):
    size = count(LETTER * length)
    assert (size.encoding, size.units, size.count) == (UCS2, length, parts)
    assert fits(LETTER * length) == (parts <= MAX_SEGMENTS)


def test_one_cyrillic_letter_makes_a_latin_text_ucs2():
    latin = "Dyakuyemo. OPS Kleszczewo, tel. 61 817 61 30."  # Ukrainian in Latin letters: GSM-7
    assert count(latin).encoding == "GSM-7"
    assert count(latin + " Г").encoding == UCS2  # Cyrillic Г, not Greek Γ
    assert count(latin + " Γ").encoding == "GSM-7"


def test_an_emoji_in_cyrillic_takes_two_units_never_split():
    assert count(LETTER * 68 + "😀") == count(LETTER * 70)  # 70 units: one SMS
    assert count(LETTER * 69 + "😀").count == 2
    # 134 units would be two parts of 67, but the emoji cannot straddle the first part's end.
    size = count(LETTER * 66 + "😀" + LETTER * 66)
    assert (size.units, size.count) == (134, 3)


def _as_sent(content, name: str) -> str:
    """A reply of [sms] at its longest, as the loader measures it."""
    text = content.sms[name]
    if name in SMS_RUNTIME_PLACEHOLDERS:
        text = text.format(status=_longest_status(content.sms, content.language),
                           kiedy=content.language.longest_callback_day, godzina="23:59",
                           dni=content.language.closure_days_full((ClosureRun(date(2026, 12, 31), date(2027, 1, 1)),)))
    return text


def test_every_ukrainian_sms_of_uk_toml_fits_three_parts():
    content = load_content(ROOT / "prompts", lang="uk")
    assert set(content.sms) == set(load_content(ROOT / "prompts").sms)
    for name in content.sms:
        text = _as_sent(content, name)
        size = count(text)
        assert size.encoding == UCS2, name  # every reply has Cyrillic in it
        assert size.count <= MAX_SEGMENTS, (name, size)
    for name in SMS_ONE_SEGMENT:
        assert count(content.sms[name]).count == 1, name


def test_a_ukrainian_reply_over_three_parts_is_refused(content_dir):
    edit_uk(content_dir, 'help_short = "Соціальна і матеріальна допомога, виплати: тел. {telefon}."',
            'help_short = "' + "Соціальна і матеріальна допомога, виплати. " * 5 + 'Тел. {telefon}."')
    with pytest.raises(ContentError, match=r"\[sms.help_short\] too long for one reply: 4 SMS \(UCS-2, \d+ characters\); "
                                           r"at most 3 SMS, which is 201 characters"):
        load_content(content_dir, lang="uk")


def test_a_ukrainian_thank_you_over_one_sms_is_refused(content_dir):
    edit_uk(content_dir, 'thanks = "Дякуємо. З повагою – OPS у гміні Kleszczewo."',
            'thanks = "Дякуємо за повідомлення. З повагою – Центр соціальної допомоги у гміні Kleszczewo."')
    with pytest.raises(ContentError, match=r"\[sms.thanks\] must fit in one SMS: it takes 2"):
        load_content(content_dir, lang="uk")
