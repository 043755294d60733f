"""The text line's two tables (bench/sms_texts.tsv, tuned on; bench/blind/sms.tsv, never tuned
on) held at their measured level, 2026-12-05 (docs/sms.md): no change may make them worse.
The blind table's rows are never printed (they must not guide tuning)."""
from __future__ import annotations

import os

import pytest

from bench.sms_understanding import BLIND, DEV, MORE_BLIND, kind, moment_of, rows

DEV_FLOOR = 419 / 422  # round seven: 150 texts of another writer (set dev7) added, 119/150 untouched (387/422)
# Round seven's own texts: 150/150 after its general rules (docs/sms.md, "Round seven").
DEV7_FLOOR = 150 / 150
# Round eight (set dev8, 140 texts of another writer): 116/140 untouched, the whole table 535/562; after its
# general rules (docs/sms.md, "Round eight") 140/140 and 559/562.
DEV8_FLOOR = 140 / 140
# Round nine (set dev9, 140 texts of another writer): 125/140 untouched, the whole table 684/702; after its
# general rules (docs/sms.md, "Round nine") 138/140 and 697/702; the rows before dev9 still 559/562.
DEV9_FLOOR = 140 / 140  # 138/140 after round nine; its two forwarded messages read by round ten's rules
DEV_BEFORE9_FLOOR = 559 / 562
# Round ten (set dev10, 140 texts of another writer): 117/140 untouched, the whole table 814/842; after its
# general rules (docs/sms.md, "Round ten") 140/140 and 839/842; the rows before dev10 699/702.
DEV10_FLOOR = 140 / 140
DEV_BEFORE10_FLOOR = 699 / 702
# Round eleven (set dev11, 140 texts of another writer): 122/140 untouched, the whole table 961/982; after its
# general rules (docs/sms.md, "Round eleven") 140/140 and 979/982; the rows before dev11 839/842.
DEV11_FLOOR = 140 / 140
DEV_BEFORE11_FLOOR = 839 / 842
# Round twelve (set dev12, 120 texts of another writer): 107/120 untouched, the whole table 1086/1102; after its
# general rules (docs/sms.md, "Round twelve") 118/120 and 1097/1102; the rows before dev12 still 979/982.
DEV12_FLOOR = 120 / 120  # 118/120 after round twelve; its two one-offs read by round thirteen's rules
DEV_BEFORE12_FLOOR = 979 / 982
# Round thirteen (set dev13, 100 texts of another writer): 89/100 untouched, the whole table 1186/1202; after its
# general rules (docs/sms.md, "Round thirteen") 100/100 and 1199/1202; the rows before dev13 1099/1102 (from 1097).
DEV13_FLOOR = 100 / 100
DEV_BEFORE13_FLOOR = 1099 / 1102
# Round fourteen (set dev14, 100 texts of another writer): 87/100 untouched, the whole table 1286/1302; after its
# general rules (docs/sms.md, "Round fourteen") 100/100 and 1299/1302; the rows before dev14 still 1199/1202.
DEV14_FLOOR = 100 / 100
DEV_BEFORE14_FLOOR = 1199 / 1202
# Round fifteen (sets dev15 and dev16, 90 texts each by two more writers): 85/90 and 79/90 untouched, the whole table
# 1463/1482; after its general rules (docs/sms.md, "Round fifteen") 90/90 and 89/90 and 1478/1482; the rows before them
# still 1299/1302.
DEV15_FLOOR = 90 / 90
DEV16_FLOOR = 89 / 90
DEV_BEFORE15_FLOOR = 1299 / 1302
# Round sixteen (set dev17, 100 texts of another writer): 77/100 untouched, the whole table 1555/1582; after its general
# rules (docs/sms.md, "Round sixteen") 97/100 and 1575/1582; the rows before it still 1478/1482.
DEV17_FLOOR = 98 / 100  # 98/100 after round twenty-eight (its commission asked whether it receives in the building)
DEV_BEFORE17_FLOOR = 1478 / 1482
# Round seventeen (set dev18, 90 texts of another writer): 83/90 untouched, the whole table 1658/1672; after its general
# rules (docs/sms.md, "Round seventeen") 89/90 and 1665/1672; the rows before it 1576/1582 (fresh6's "czy to opieka" read).
DEV18_FLOOR = 89 / 90
DEV_BEFORE18_FLOOR = 1577 / 1582  # 1576/1582 before round twenty-eight (dev17's row)
# Round eighteen (set dev19, 90 texts of another writer): 78/90 untouched, the whole table 1743/1762; after its general
# rules (docs/sms.md, "Round eighteen") 90/90 and 1755/1762; the rows before it still 1665/1672.
DEV19_FLOOR = 90 / 90
DEV_BEFORE19_FLOOR = 1666 / 1672  # 1665/1672 before round twenty-eight (dev17's row)
# Round nineteen (set dev20, 90 texts of another writer, six imagined residents each in their own style): 65/90 untouched,
# the whole table 1820/1852; after its general readings (docs/sms.md, "Round nineteen") 90/90 and 1845/1852; the rows
# before it still 1755/1762.
DEV20_FLOOR = 90 / 90
DEV_BEFORE20_FLOOR = 1756 / 1762  # 1755/1762 before round twenty-eight (dev17's row)
# Round twenty (set dev21, 90 texts of another writer who imagined the situations residents text from): 72/90 untouched,
# the whole table 1917/1942; after its general readings (docs/sms.md, "Round twenty") 90/90 and 1936/1942; the rows
# before it 1846/1852 (dev16's reportage row now right too).
DEV21_FLOOR = 90 / 90
DEV_BEFORE21_FLOOR = 1847 / 1852  # 1846/1852 before round twenty-eight (dev17's row)
# Round twenty-one (set dev22, 90 texts of another writer, nine imagined texters): 73/90 untouched, the whole table
# 2009/2032; after its general readings (docs/sms.md, "Round twenty-one") 88/90 and 2024/2032; the rows before it still
# 1936/1942 (two dev22 rows left: their labels contradict earlier sets' rows).
DEV22_FLOOR = 88 / 90
DEV_BEFORE22_FLOOR = 1937 / 1942  # 1936/1942 before round twenty-eight (dev17's row)
# Round twenty-two (set dev23, 90 texts of another writer, nine residents texting over a month): 70/90 untouched, the
# whole table 2006/2032; after its general readings (docs/sms.md, "Round twenty-two") 88/90 and 2024/2032; the rows
# before it still 1936/1942 (merged after round twenty-one: the rows before it 2024/2032; its thanks after a wrong number
# taken back by round twenty-one's own-mistake reading, given back by a wish extended to the office too).
DEV23_FLOOR = 88 / 90
DEV_BEFORE23_FLOOR = 2025 / 2032  # 2024/2032 before round twenty-eight (dev17's row)
# Round twenty-three (set dev24, 90 texts of another writer, ninety winter situations in a rural commune, each in the voice
# of whoever texts): 77/90 untouched, the whole table 2189/2212; after its general readings (docs/sms.md, "Round
# twenty-three") 90/90 and 2202/2212; the rows before it still 2112/2122.
DEV24_FLOOR = 90 / 90
DEV_BEFORE24_FLOOR = 2113 / 2122  # 2112/2122 before round twenty-eight (dev17's row)
# Round twenty-four (set dev25, 90 plain texts of ordinary residents by another writer: pensioners, adult children, deaf
# residents, people in crisis, alcohol worries, replies): 78/90 untouched, the whole table 2280/2302; after its general
# readings (docs/sms.md, "Round twenty-four") 89/90 and 2291/2302; the rows before it still 2202/2212.
DEV25_FLOOR = 89 / 90
DEV_BEFORE25_FLOOR = 2203 / 2212  # 2202/2212 before round twenty-eight (dev17's row)
# Round twenty-five (set dev26, 90 texts of a new writer, several matters often in one text): 84/90 untouched, the whole
# table 2375/2392; after its general readings (docs/sms.md, "Round twenty-five") 90/90 and 2381/2392; the rows before it
# still 2291/2302.
DEV26_FLOOR = 90 / 90
DEV_BEFORE26_FLOOR = 2292 / 2302  # 2291/2302 before round twenty-eight (dev17's row)
# Round twenty-six (set dev27, 90 texts of another writer, nine residents each typing in their own way): 78/90 untouched,
# the whole table 2369/2392; after its general readings (docs/sms.md, "Round twenty-six") 85/90 and 2376/2392; the rows
# before it still 2291/2302 (merged after round twenty-five: the rows before it 2381/2392, the whole table 2466/2482).
DEV27_FLOOR = 85 / 90
DEV_BEFORE27_FLOOR = 2382 / 2392  # 2381/2392 before round twenty-eight (dev17's row)
# Round twenty-seven (sets dev28 and dev29, 90 texts each by two new writers: plain texts of ordinary residents; half of
# them danger across its field, the other half texts that only look alarming): 85/90 and 67/90 untouched, the whole table
# 2618/2662; after their general readings (docs/sms.md, "Round twenty-seven") 89/90 and 89/90 and 2644/2662; the rows
# before them still 2466/2482.
DEV28_FLOOR, DEV29_FLOOR = 90 / 90, 89 / 90  # dev28 90/90 after round twenty-eight (its GKRPA in the building)
DEV_BEFORE28_FLOOR = 2467 / 2482  # 2466/2482 before round twenty-eight (dev17's row)
# Round twenty-eight (set dev30, 90 texts of a new writer: the office's inbox over the weeks around Christmas): 80/90
# untouched, the whole table 2724/2752; after its general readings (docs/sms.md, "Round twenty-eight") 89/90 and
# 2735/2752; the rows before it 2646/2662 (two earlier misses of dev17 and dev28 read by its readings).
DEV30_FLOOR = 89 / 90
DEV_BEFORE30_FLOOR = 2646 / 2662
# Round twenty-nine (set dev31, 90 texts of a new writer: two to five sentences each, a bit of the resident's situation and
# what they need): 78/90 untouched, the whole table 2802/2842; after its general readings (docs/sms.md, "Round
# twenty-nine") 90/90; the rows before it 2724/2752 on its branch, 2735/2752 with round twenty-eight merged beside it, the
# whole table then 2825/2842.
DEV31_FLOOR = 90 / 90
DEV_BEFORE31_FLOOR = 2735 / 2752
# Round thirty (set dev32, 90 texts of a new writer, each about someone else: children far away about a parent,
# neighbours, grandchildren, a teacher, a priest, a carer, a landlord): 78/90 untouched, the whole table 2903/2932; after
# its general readings (docs/sms.md, "Round thirty") 90/90 and 2915/2932; the rows before it 2825/2842, row for row.
DEV32_FLOOR = 90 / 90
DEV_BEFORE32_FLOOR = 2825 / 2842
# Round thirty-one (set dev33, 90 texts of a new writer: a question first, then, in twenty to forty words, a danger now told
# in ordinary words on the way, half of them; the same shape with no danger now, the other half): 58/90 untouched (danger
# 35/45), the whole table 2973/3022; after its general readings (docs/sms.md, "Round thirty-one") 86/90 (danger 45/45) and
# 3001/3022, one label corrected (addiction -> hours+addiction, "kiedy przyjmuje komisja"); the rows before it 2915/2932,
# row for row.
DEV33_FLOOR = 86 / 90
DEV_BEFORE33_FLOOR = 2915 / 2932
DEV_ALL_FLOOR = 3001 / 3022
BLIND_FLOOR = 160 / 165  # issue 27 aims at 95 %: 149 before "nie rozumiem", 150 before round six, 154 after it, 157 after round eight, 158 after nine, 159 after the phone's round eleven (shared words), 160 after round twenty-nine
# A second blind table by another writer, beside round six: 54/60 before it, 56/60 after, 57/60 after round eight;
# 56/60 after round fifteen: one of its rules lost a row here (not looked at: a blind row must not guide the rules).
BLIND2_FLOOR = 56 / 60
# A third, by a writer beside round eight, scored once after it: 69/80 (issue 27: not met); 69/80 after nine,
# 71/80 after ten; 70/80 after round eleven: one of its rules lost a row here (not looked at: a blind row must
# not guide the rules); 71/80 again once the phone line's round ten (its shared word lists) was merged beside it.
BLIND3_FLOOR = 74 / 80  # 72/80 after round thirteen, 73/80 after round nineteen, 74/80 after round twenty-seven
# A fourth, by a writer beside round nine, scored once after it: 74/80 (issue 27: not met); 74/80 after ten, 75/80 after eleven.
# 76/80 after round thirteen, 75/80 after round fourteen: one of its rules lost a row here (not looked at: a blind
# row must not guide the rules).
BLIND4_FLOOR = 76 / 80  # 76/80 after round twenty-four
# A fifth, by a writer beside round ten: 74/80 untouched (before round ten), 75/80 after it (issue 27: not met);
# 74/80 after round fifteen: one of its rules lost a row here (not looked at); 72/80 after round eighteen: its
# rules lost two more here (not looked at: a blind row must not guide the rules; all Polish blind 737 -> 735/785).
BLIND5_FLOOR = 74 / 80  # 73/80 after round nineteen, 74/80 after round twenty-one
# A sixth, by a writer beside round eleven: 76/80 untouched (before round eleven), 77/80 after it, 78/80 with the phone line's round ten beside it (issue 27: not met).
BLIND6_FLOOR = 79 / 80  # 78/80 after round twelve too; 79/80 after round seventeen
# A seventh, by a writer beside round twelve: 74/80 untouched (before round twelve), 74/80 after it (issue 27: not met).
BLIND7_FLOOR = 77 / 80  # 76/80 after round thirteen, 77/80 after round twenty
# An eighth, by a writer beside round thirteen: 73/80 untouched (before round thirteen), 73/80 after it (issue 27: not met).
BLIND8_FLOOR = 77 / 80  # 74/80 after round fourteen, 75/80 after round nineteen, 76/80 after round twenty-three,
# 77/80 after round twenty-eight
# A ninth, by a writer beside round fourteen: 69/80 untouched (before round fourteen), 71/80 after it, 72/80 after
# round fifteen (issue 27: not met).
BLIND9_FLOOR = 74 / 80  # 73/80 after round twenty-three, 74/80 after the phone's round sixty-nine (shared words)


@pytest.fixture(scope="module")
def text_line():
    from pathlib import Path

    from ivr.call.content import load_content
    from ivr.runtime import make_schedule
    from ivr.textline.replies import TextLine

    content = load_content(Path(__file__).resolve().parent.parent / "prompts")  # read only
    return TextLine(content, make_schedule(content))


def _accuracy(line, table):
    return sum(_right(line, r) for r in table) / len(table)


_ANSWERED: dict[tuple, bool] = {}


def _right(line, row) -> bool:
    """Whether the line gives the row its expected kind, each row answered once: a table's rounds are held
    as nested parts of one table (a round's rows, the rows before it), so a row is counted in several."""
    key = (id(line), row["text"], row["moment"], row["expected"])
    if key not in _ANSWERED:
        _ANSWERED[key] = kind(line.answer(row["text"], moment_of(row["moment"])), row["text"]) == row["expected"]
    return _ANSWERED[key]


# Each round's sets, newest first, peeled off the table in turn: the sets (each with its rows and floor), then the rows
# left before them and their floor (what every round before kept).
PEELED = [
    ({"dev33": (90, DEV33_FLOOR)}, 2932, DEV_BEFORE33_FLOOR),
    ({"dev32": (90, DEV32_FLOOR)}, 2842, DEV_BEFORE32_FLOOR),
    ({"dev31": (90, DEV31_FLOOR)}, 2752, DEV_BEFORE31_FLOOR),
    ({"dev30": (90, DEV30_FLOOR)}, 2662, DEV_BEFORE30_FLOOR),
    ({"dev28": (90, DEV28_FLOOR), "dev29": (90, DEV29_FLOOR)}, 2482, DEV_BEFORE28_FLOOR),
    ({"dev27": (90, DEV27_FLOOR)}, 2392, DEV_BEFORE27_FLOOR),
    ({"dev26": (90, DEV26_FLOOR)}, 2302, DEV_BEFORE26_FLOOR),
    ({"dev25": (90, DEV25_FLOOR)}, 2212, DEV_BEFORE25_FLOOR),
    ({"dev24": (90, DEV24_FLOOR)}, 2122, DEV_BEFORE24_FLOOR),
    ({"dev23": (90, DEV23_FLOOR)}, 2032, DEV_BEFORE23_FLOOR),
    ({"dev22": (90, DEV22_FLOOR)}, 1942, DEV_BEFORE22_FLOOR),
    ({"dev21": (90, DEV21_FLOOR)}, 1852, DEV_BEFORE21_FLOOR),
    ({"dev20": (90, DEV20_FLOOR)}, 1762, DEV_BEFORE20_FLOOR),
    ({"dev19": (90, DEV19_FLOOR)}, 1672, DEV_BEFORE19_FLOOR),
    ({"dev18": (90, DEV18_FLOOR)}, 1582, DEV_BEFORE18_FLOOR),
    ({"dev17": (100, DEV17_FLOOR)}, 1482, DEV_BEFORE17_FLOOR),
    ({"dev15": (90, DEV15_FLOOR), "dev16": (90, DEV16_FLOOR)}, 1302, DEV_BEFORE15_FLOOR),
    ({"dev14": (100, DEV14_FLOOR)}, 1202, DEV_BEFORE14_FLOOR),
    ({"dev13": (100, DEV13_FLOOR)}, 1102, DEV_BEFORE13_FLOOR),
    ({"dev12": (120, DEV12_FLOOR)}, 982, DEV_BEFORE12_FLOOR),
    ({"dev11": (140, DEV11_FLOOR)}, 842, DEV_BEFORE11_FLOOR),
    ({"dev10": (140, DEV10_FLOOR)}, 702, DEV_BEFORE10_FLOOR),
    ({"dev9": (140, DEV9_FLOOR)}, 562, DEV_BEFORE9_FLOOR),
    ({"dev8": (140, DEV8_FLOOR)}, 422, DEV_FLOOR),
]


def _peeled(table, peeled, accuracy):
    """Each round's sets checked (rows and floor), then peeled off, and the rows left checked against what the rounds
    before kept; newest round first. Returns the rows before the first peeled round."""
    for sets, left, left_floor in peeled:
        for name, (count, floor) in sets.items():
            part = [row for row in table if row["set"] == name]
            assert len(part) == count, name
            assert accuracy(part) >= floor - 1e-9, name
        table = [row for row in table if row["set"] not in sets]
        assert len(table) == left, f"before {', '.join(sets)}"
        assert accuracy(table) >= left_floor - 1e-9, f"before {', '.join(sets)}"
    return table


def test_the_tuning_table_holds_its_level(text_line):
    table = rows(DEV)
    assert len(table) >= 2032
    assert _accuracy(text_line, table) >= DEV_ALL_FLOOR - 1e-9
    table = _peeled(table, PEELED, lambda rows: _accuracy(text_line, rows))
    dev7 = [row for row in table if row["set"] == "dev7"]
    assert len(dev7) == 150
    assert _accuracy(text_line, dev7) >= DEV7_FLOOR - 1e-9


def test_the_blind_table_holds_its_level_without_showing_its_rows(text_line):
    if not BLIND.exists() or os.environ.get("IVR_BENCH_SKIP_BLIND") == "1":
        pytest.skip("blind table absent or left out (IVR_BENCH_SKIP_BLIND=1)")
    accuracy = _accuracy(text_line, rows(BLIND))
    assert accuracy >= BLIND_FLOOR - 1e-9, f"blind SMS table: {accuracy:.1%} (rows not shown)"
    for later, floor in zip(MORE_BLIND["pl"], (BLIND2_FLOOR, BLIND3_FLOOR, BLIND4_FLOOR, BLIND5_FLOOR, BLIND6_FLOOR, BLIND7_FLOOR, BLIND8_FLOOR, BLIND9_FLOOR), strict=True):
        if later.exists():
            accuracy = _accuracy(text_line, rows(later))
            assert accuracy >= floor - 1e-9, f"blind SMS table {later.name}: {accuracy:.1%} (rows not shown)"


# Issue 33, round six: the Ukrainian tuning table (bench/sms_texts_uk.tsv), its rows answered in
# Ukrainian; the round's new rows (set dev6) were first scored 52/80, the whole table 128/159.
# Round seven appended set dev7 (100 rows by a new writer): first 68/100, the whole table 216/259.
UK_DEV_FLOOR, UK_DEV6_FLOOR, UK_DEV7_FLOOR = 243 / 259, 75 / 80, 92 / 100
# Round eight appended set dev8 (90 rows by a new writer): first 66/90, the whole table 305/349; after its
# rules 83/90 (the other 7 are Polish or have no letters: answered in Polish), dev6 75/80, dev7 92/100, the
# rows before dev8 243/259, the whole table 326/349.
UK_DEV8_FLOOR = 83 / 90
# Round nine appended set dev9 (90 rows by a new writer): first 66/90, the whole table 392/439; after its rules
# 81/90 (the other 9 have no Ukrainian in them: answered in Polish), the whole table 407/439, the rows
# before dev9 326/349 as before.
UK_DEV9_FLOOR, UK_BEFORE9_FLOOR = 81 / 90, 326 / 349
# Round ten appended set dev10 (100 rows by a new writer): first 78/100, the whole table 485/539; after its rules
# 95/100 (two of the other 5 have no Ukrainian in them), the whole table 504/539, dev6 76/80, dev7 93/100, the rows
# before dev10 409/439.
UK_DEV10_FLOOR, UK_BEFORE10_FLOOR = 96 / 100, 409 / 439  # dev10 96/100 after round eighteen (95 before)
# Round eleven appended set dev11 (100 rows by a new writer): first 86/100, the whole table 590/639; after its rules
# 97/100 (the other 3 have no Ukrainian in them: "👍👍", "?", "test"), the whole table 602/639, the rows before dev11
# 505/539 (dev6 77/80: "vy sohodni do 15?" is read as Ukrainian now).
UK_DEV11_FLOOR, UK_BEFORE11_FLOOR = 97 / 100, 505 / 539
# Round twelve appended set dev12 (100 rows by a new writer): first 79/100, the whole table 681/739; after its rules
# 95/100 (the other 5 have no Ukrainian in them: "?", "test", "STOP", "👍", and a text all in Polish), the whole table
# 697/739, the rows before dev12 602/639 as before.
UK_DEV12_FLOOR, UK_BEFORE12_FLOOR = 95 / 100, 602 / 639
# Round thirteen appended set dev13 (100 rows by a new writer): first 79/100, the whole table 776/839; after its rules
# 86/100 (the other 14 have no Ukrainian in them or are written in Polish: answered rightly, but in Polish; one label
# corrected, docs/sms.md "Round thirteen"), the whole table 783/839, the rows before dev13 697/739 as before.
UK_DEV13_FLOOR, UK_BEFORE13_FLOOR = 86 / 100, 697 / 739
# Round fourteen appended set dev14 (80 rows by a new writer): first 54/80 (64 answered in Ukrainian), the whole table
# 837/919; after its rules 67/80 (the other 13 have no Ukrainian in them or are written in Polish: answered in Polish, all
# but one rightly; docs/sms.md, Ukrainian "Round fourteen"), the whole table 850/919, the rows before dev14 783/839 as
# before.
UK_DEV14_FLOOR, UK_BEFORE14_FLOOR = 67 / 80, 783 / 839
# Round fifteen appended set dev15 (90 rows by a new writer): first 77/90 (86 answered in Ukrainian), the whole table
# 927/1009; after its rules 87/90 (the other 3 have no Ukrainian in them: "👍", "?", "test"; docs/sms.md, Ukrainian
# "Round fifteen"), the whole table 937/1009, the rows before dev15 850/919 as before.
UK_DEV15_FLOOR, UK_BEFORE15_FLOOR = 87 / 90, 850 / 919
# Round sixteen appended set dev16 (90 rows by a new writer): first 62/90 (87 answered in Ukrainian), the whole table
# 999/1099; after its rules 85/90 (of the other 5, three have no Ukrainian in them: "?", "👍👍" and a text in Polish; two
# are danger told as over or from a screen, answered with help by design; docs/sms.md, Ukrainian "Round sixteen"), the
# rows before dev16 938/1009 (937 before: a dev7 row more), the whole table 1023/1099.
UK_DEV16_FLOOR, UK_BEFORE16_FLOOR = 85 / 90, 938 / 1009
# Round seventeen appended set dev17 (90 rows by a new writer): first 70/90 (88 answered in Ukrainian), the whole table
# 1093/1189; after its rules 85/90 (of the other 5, two have no Ukrainian in them: "?", "???"; two get the address card
# beside what was labelled, by design: "куди приходити" beside the addiction and a worker asked "коли … на місці"; a remark
# that says it asks nothing gets heating; docs/sms.md, Ukrainian "Round seventeen"), the rows before dev17 1023/1099 as
# before, the whole table 1108/1189.
UK_DEV17_FLOOR, UK_BEFORE17_FLOOR = 85 / 90, 1023 / 1099
# Round eighteen appended set dev18 (90 rows by a new writer): first 71/90 (87 answered in Ukrainian), the whole table
# 1179/1279; after its rules 84/90 (of the other 6, three have no Ukrainian in them: "?", "test", "🙏🙏🙏"; three are a war
# memory, a TV report and a news story with nothing asked, labelled the keyword list, which the Ukrainian rules do not
# read: `media_story` and `not_for_us` are unset for them, tests/test_sms_round_nineteen.py and _twenty.py; docs/sms.md,
# Ukrainian "Round eighteen"), the rows before dev18 1109/1189 (1108 before: a dev10 row more, "коли ZUS перерахує
# пенсію з України"), the whole table 1193/1279.
UK_DEV18_FLOOR, UK_BEFORE18_FLOOR = 84 / 90, 1109 / 1189
# Round nineteen appended set dev19 (90 rows by a new writer): first 64/90 (83 answered in Ukrainian), the whole table
# 1257/1369; after its rules 84/90 (of the other 6, five have no Ukrainian in them: "🙏🙏🙏", "?", "👍" and two texts in
# Polish; one advertisement's number is read as a call-back, as the Polish line reads one; docs/sms.md, Ukrainian "Round
# nineteen"), the rows before dev19 1193/1279 as before, the whole table 1277/1369.
UK_DEV19_FLOOR, UK_BEFORE19_FLOOR = 84 / 90, 1193 / 1279
# Round twenty appended set dev20 (90 rows by a new writer): first 75/90 (88 answered in Ukrainian), the whole table
# 1352/1459; after its rules 85/90 (of the other 5, two have no Ukrainian in them: "?", "halo"; an addiction text that asks
# not to be called as he is beside the writer stays danger; help asked "in Ukrainian" beside a brother's drinking keeps the
# help; the writer's own coming "tomorrow morning" beside the address asked adds the hours; docs/sms.md, Ukrainian "Round
# twenty"), the rows before dev20 1277/1369 as before, the whole table 1362/1459.
UK_DEV20_FLOOR, UK_BEFORE20_FLOOR = 85 / 90, 1277 / 1369
# Round twenty-one appended sets dev21 and dev22 (90 rows each by two new writers): first 80/90 and 74/90 (87 and 89
# answered in Ukrainian), the whole table 1516/1639; after its rules 85/90 and 86/90 (of the other 9, four have no Ukrainian
# in them: "👍", "STOP", "?", "???"; "коли засідає комісія по алкоголю?" is labelled the hours beside the addiction where
# dev8's nearly same row is labelled the addiction alone; "куди йти" beside the drinking is labelled the address twice, where
# dev16's "допоможіть куди йти" is the addiction alone; someone to listen, labelled help, is the contact card by uk.toml's
# "з кимось поговорити"; the hours of "urząd" asked are another office's, as tests/test_uk_sms_round_twelve.py keeps
# "ужонд до котрої працює?"; docs/sms.md, Ukrainian "Round twenty-one"), the rows before them 1362/1459 as before, the whole
# table 1533/1639.
UK_DEV21_FLOOR, UK_DEV22_FLOOR, UK_BEFORE21_FLOOR = 85 / 90, 86 / 90, 1362 / 1459
# Round twenty-two appended sets dev23 (90 plain texts by a new writer) and dev24 (90 texts by another, most of them thanks
# and replies after help, some with a new question or a danger inside): first 84/90 and 66/90, the whole table 1683/1819;
# the rows before them 1533/1639. After its rules 87/90 and 86/90 (the other 7 have no Ukrainian in them: "👍" twice,
# "❤️❤️❤️", "STOP", "STOP. dziękuję", "?" twice; answered rightly, but in Polish; docs/sms.md, Ukrainian "Round twenty-two"),
# the rows before them 1534/1639 (dev7 gained a thanks letter), the whole table 1707/1819.
UK_DEV23_FLOOR, UK_DEV24_FLOOR, UK_BEFORE23_FLOOR = 87 / 90, 86 / 90, 1534 / 1639
# Round twenty-three appended sets dev25 (90 texts by a new writer, half of them Ukrainian typed in Latin letters, some
# mixed with Polish) and dev26 (90 by another, half of them danger across its field, the other half texts that only look
# alarming): first 75/90 and 63/90 (85 and 87 answered in Ukrainian), the whole table 1845/1999; the rows before them
# 1707/1819. After its rules 79/90 and 79/90 (every danger row of dev26 read as danger, one of them answered in Polish; of the
# 22 left, eight are answered in Polish: "?" twice, "👍" twice, "alo?? ce OPS??", and three written half in Polish, the danger
# one among them; a television story in the locative is no longer danger but help, as "по телевізору" is; the rest are topics
# added or left beside the one asked; docs/sms.md, Ukrainian "Round twenty-three"), the rows before them 1707/1819 as before,
# the whole table 1865/1999.
UK_DEV25_FLOOR, UK_DEV26_FLOOR, UK_BEFORE25_FLOOR = 79 / 90, 79 / 90, 1707 / 1819
# Round twenty-four appended sets dev27 (90 texts by a new writer: a person's first text to the office, greeting, who they
# are, what happened, then the question, sometimes only implied) and dev28 (90 by another: where, to whom and how to go for
# a kind of help): first 71/90 and 73/90 (88 and 86 answered in Ukrainian), the whole table 2009/2179; the rows before them
# 1865/1999. After its rules 88/90 and 86/90 (every danger row of both read as danger; the other 6 have no Ukrainian in them
# or are written in Polish: "👍👍", "?" twice, "Test", "ne ta knopka 🙈", "zadzwoncie do mnie prosze pani, …"; answered
# rightly, but in Polish; docs/sms.md, Ukrainian "Round twenty-four"), the rows before them 1867/1999 (dev10 and dev18 gained
# a story's "сьогодні" no longer read as the hours), the whole table 2041/2179.
UK_DEV27_FLOOR, UK_DEV28_FLOOR, UK_BEFORE27_FLOOR = 88 / 90, 86 / 90, 1867 / 1999
# Round twenty-five appended sets dev29 (90 short, broken texts by a new writer: half of them danger in one to eight words,
# often only hinted; half short texts that are no danger) and dev30 (90 by another: danger hidden in a polite text, thanks,
# wishes or an apology, half of them; the same polite texts with no danger now): first 62/90 and 70/90 (83 and 88 answered
# in Ukrainian; danger 24/45 and 32/45), the whole table 2173/2359; the rows before them 2041/2179 (docs/sms.md,
# Ukrainian "Round twenty-five"). Tuned on (a safety round): dev29 62 -> 84/90 (danger 24 -> 43/45; the other 6 have no
# Ukrainian in them: "pomogite srocno", "SOS", "👍", "🙏🙏", "?", "STOP"; answered in Polish), dev30 70 -> 85/90 (danger
# 32 -> 45/45; of the other 5, "???" and "🎄✨🙏" are answered in Polish, a psychologist and a lawyer asked get the addiction
# card by design, "група для родин алкоголіків" beside a danger told as over gets help), the whole table 2173 -> 2210/2359;
# the rows before them 2041/2179 as before, row by row.
UK_DEV29_FLOOR, UK_DEV30_FLOOR, UK_BEFORE29_FLOOR = 84 / 90, 85 / 90, 2041 / 2179
# Round twenty-six appended sets dev31 (90 long stories by a new writer, 32 to 44 words: half of them danger now told
# without alarm words, half asking or telling with no danger now) and dev32 (90 by another: texts about someone else, by
# relatives abroad, neighbours, friends, 40 of them danger to that person): first 62/90 and 74/90 (all answered in
# Ukrainian; danger 31/45 and 28/40), the whole table 2346/2539; the rows before them 2210/2359 (docs/sms.md,
# Ukrainian "Round twenty-six"). Tuned on: dev31 62 -> 88/90 (danger 31 -> 45/45; of the other 2, a fear that the children
# would be taken is read as danger, as the Polish line keeps "boję się, że stracę dzieci", and a text naming the office's
# name and asking whom to address gets help beside the address), dev32 74 -> 88/90 (danger 28 -> 40/40; a psychologist
# asked gets the addiction card by design, and help for medicines beside a brother's drinking is left to the addiction),
# the whole table 2346 -> 2386/2539; the rows before them 2210/2359 as before, row by row.
UK_DEV31_FLOOR, UK_DEV32_FLOOR, UK_BEFORE31_FLOOR, UK_ALL_FLOOR = 88 / 90, 88 / 90, 2210 / 2359, 2386 / 2539


# The Ukrainian table's rounds, newest first, peeled off in turn as PEELED does for the Polish one.
UK_PEELED = [
    ({"dev31": (90, UK_DEV31_FLOOR), "dev32": (90, UK_DEV32_FLOOR)}, 2359, UK_BEFORE31_FLOOR),
    ({"dev29": (90, UK_DEV29_FLOOR), "dev30": (90, UK_DEV30_FLOOR)}, 2179, UK_BEFORE29_FLOOR),
    ({"dev27": (90, UK_DEV27_FLOOR), "dev28": (90, UK_DEV28_FLOOR)}, 1999, UK_BEFORE27_FLOOR),
    ({"dev25": (90, UK_DEV25_FLOOR), "dev26": (90, UK_DEV26_FLOOR)}, 1819, UK_BEFORE25_FLOOR),
    ({"dev23": (90, UK_DEV23_FLOOR), "dev24": (90, UK_DEV24_FLOOR)}, 1639, UK_BEFORE23_FLOOR),
    ({"dev21": (90, UK_DEV21_FLOOR), "dev22": (90, UK_DEV22_FLOOR)}, 1459, UK_BEFORE21_FLOOR),
    ({"dev20": (90, UK_DEV20_FLOOR)}, 1369, UK_BEFORE20_FLOOR),
    ({"dev19": (90, UK_DEV19_FLOOR)}, 1279, UK_BEFORE19_FLOOR),
    ({"dev18": (90, UK_DEV18_FLOOR)}, 1189, UK_BEFORE18_FLOOR),
    ({"dev17": (90, UK_DEV17_FLOOR)}, 1099, UK_BEFORE17_FLOOR),
    ({"dev16": (90, UK_DEV16_FLOOR)}, 1009, UK_BEFORE16_FLOOR),
    ({"dev15": (90, UK_DEV15_FLOOR)}, 919, UK_BEFORE15_FLOOR),
    ({"dev14": (80, UK_DEV14_FLOOR)}, 839, UK_BEFORE14_FLOOR),
    ({"dev13": (100, UK_DEV13_FLOOR)}, 739, UK_BEFORE13_FLOOR),
    ({"dev12": (100, UK_DEV12_FLOOR)}, 639, UK_BEFORE12_FLOOR),
    ({"dev11": (100, UK_DEV11_FLOOR)}, 539, UK_BEFORE11_FLOOR),
    ({"dev10": (100, UK_DEV10_FLOOR)}, 439, UK_BEFORE10_FLOOR),
    ({"dev9": (90, UK_DEV9_FLOOR)}, 349, UK_BEFORE9_FLOOR),
    ({"dev8": (90, UK_DEV8_FLOOR)}, 259, UK_DEV_FLOOR),
]


def test_the_ukrainian_tuning_table_holds_its_level():
    from pathlib import Path

    from bench.sms_understanding import TABLES
    from ivr.call.content import load_content
    from ivr.textline.lines import TextLines

    prompts = Path(__file__).resolve().parent.parent / "prompts"
    line = TextLines.from_files(load_content(prompts), prompts)
    table = rows(TABLES["uk"][0])

    answered: dict[int, bool] = {}  # each row answered once, though it counts in several parts of the table

    def right(r) -> bool:
        if id(r) not in answered:
            reply = line.answer(r["text"], moment_of(r["moment"]))
            answered[id(r)] = kind(reply, r["text"]) == r["expected"] and getattr(reply, "lang", "pl") == "uk"
        return answered[id(r)]

    def hits(subset):
        return sum(map(right, subset))

    assert len(table) == 2539
    assert hits(table) / len(table) >= UK_ALL_FLOOR - 1e-9
    table = _peeled(table, UK_PEELED, lambda rows: hits(rows) / len(rows))
    dev6 = [r for r in table if r["set"] == "dev6"]
    dev7 = [r for r in table if r["set"] == "dev7"]
    assert len(dev6) >= 80 and len(dev7) >= 100
    assert hits(dev6) / len(dev6) >= UK_DEV6_FLOOR - 1e-9
    assert hits(dev7) / len(dev7) >= UK_DEV7_FLOOR - 1e-9


# Issue 33: the Ukrainian blind table (bench/blind/uk-sms.tsv, 20 texts), scored once after the
# Ukrainian text line was merged: 15/20 (target 90 %: not met). A row counts only when it is also
# answered in Ukrainian, as bench/sms_understanding.py --lang uk counts it.
UK_BLIND_FLOOR = 18 / 20  # 16 after round six, 17 after round eight, 18 after round twenty-four
# A second Ukrainian blind table by another writer, beside round six: 23/30 before it, 25/30 after,
# 26/30 after round seven.
# 26 after rounds seven, eight and nine; 25 after round ten: one of its rules lost a row here (not looked
# at: a blind row must not guide the rules); 26 again after round eleven.
UK_BLIND2_FLOOR = 27 / 30  # 27 after round twenty-four (scored by the lead)
# A third, by a writer beside round eight, scored once after it: 31/40 (target 90 %: not met); 31/40 after ten, 32/40 after eleven.
UK_BLIND3_FLOOR = 35 / 40  # 34/40 after Ukrainian SMS rounds twenty-one to twenty-three, 35 after twenty-six (scored by the lead)
# earlier: 33/40 after round twelve
# A fourth, by a writer beside round nine, scored once after it: 32/40 (target 90 %: not met); 34/40 after ten, 35/40 after eleven.
UK_BLIND4_FLOOR = 36 / 40  # 36/40 after this session's Ukrainian SMS rounds twenty-one to twenty-three (scored by the lead)
# A fifth, by a writer beside round ten: 27/40 untouched (before round ten), 29/40 after it (target 90 %: not met).
UK_BLIND5_FLOOR = 34 / 40  # 34/40 after this session's Ukrainian SMS rounds twenty-one to twenty-three (scored by the lead)
# earlier: 29/40 after eleven too; 30/40 after round fifteen (scored by the lead after the merge); 33/40 after round eighteen
# A sixth, by a writer beside round eleven: 30/40 untouched (before round eleven), 30/40 after it (target 90 %: not met).
UK_BLIND6_FLOOR = 34 / 40  # 33/40 after Ukrainian SMS rounds twenty-one to twenty-three, 34 after twenty-four (scored by the lead)
# earlier: 31/40 after round twelve
# A seventh, by a writer beside round twelve: 31/40 untouched (before round twelve), 31/40 after it (target 90 %: not met).
UK_BLIND7_FLOOR = 35 / 40  # 35/40 after this session's Ukrainian SMS rounds twenty-one to twenty-three (scored by the lead)
# earlier: 32/40 after round thirteen
# An eighth, by a writer beside round thirteen: 32/40 untouched (before round thirteen), 32/40 after it (target 90 %: not met).
UK_BLIND8_FLOOR = 36 / 40  # 36/40 after this session's Ukrainian SMS rounds twenty-one to twenty-three (scored by the lead)
# earlier: 34/40 after round fourteen (scored by the lead after the merge); 35/40 after Polish round nineteen (script.py);
# 34/40 after round eighteen: one of its rules lost a row here (not looked at: a blind row must not guide the rules)


def test_the_ukrainian_blind_table_holds_its_level_without_showing_its_rows():
    from pathlib import Path

    from bench.sms_understanding import TABLES
    from ivr.call.content import load_content
    from ivr.textline.lines import TextLines

    blind = TABLES["uk"][1]
    if not blind.exists() or os.environ.get("IVR_BENCH_SKIP_BLIND") == "1":
        pytest.skip("blind table absent or left out (IVR_BENCH_SKIP_BLIND=1)")
    prompts = Path(__file__).resolve().parent.parent / "prompts"
    line = TextLines.from_files(load_content(prompts), prompts)
    for path, floor in ((blind, UK_BLIND_FLOOR), (MORE_BLIND["uk"][0], UK_BLIND2_FLOOR), (MORE_BLIND["uk"][1], UK_BLIND3_FLOOR),
                        (MORE_BLIND["uk"][2], UK_BLIND4_FLOOR), (MORE_BLIND["uk"][3], UK_BLIND5_FLOOR),
                        (MORE_BLIND["uk"][4], UK_BLIND6_FLOOR), (MORE_BLIND["uk"][5], UK_BLIND7_FLOOR),
                        (MORE_BLIND["uk"][6], UK_BLIND8_FLOOR)):
        table = rows(path)
        hits = 0
        for r in table:
            reply = line.answer(r["text"], moment_of(r["moment"]))
            hits += kind(reply, r["text"]) == r["expected"] and getattr(reply, "lang", "pl") == "uk"
        assert hits / len(table) >= floor - 1e-9, f"blind Ukrainian SMS {path.name}: {hits}/{len(table)} (rows not shown)"
