"""How right the spoken form is (issue 28), then the worst time of the normalizer on 2,000-character
texts of several kinds, and its growth with length.

    .venv/bin/python -m bench.normalize [--quality-only] [--skip-blind] [--show-blind]
                                        [--rounds N] [--sweep-only] [--sizes 1000,10000,100000]

Quality: the pass rates of the case tables (tests/spoken_cases*.py: the tuned tables, the held-out
one, the last-mile kinds of issue 28 and its rounds five, six and seven) and the share of the "must be warned" cases that are; then, per
sentence set (bench/spoken/*.tsv: tuning sets, NOT blind, by the rules' author or, where the file's header says
so, by a helper writer who never saw the rules; bench/blind/spoken.tsv and spoken-2.tsv
when the lead has put them there, scored but never listed unless --show-blind), the share said right,
the share of wrong outputs that carry a warning, and the warnings on right outputs (false alarms).
A set is "written<TAB>spoken" lines ("\\n" for a line break, "#" comments); an output is right when it
equals the spoken column or a second reading given after " || ". A second figure, "same words", also
counts an output whose words are those of a reading and that differs only in punctuation, letter case
and line breaks (a dash or brackets said as a comma's pause, quotes dropped, "ZUS" written "zus");
its warnings figures are counted on that basis too.

Prints, per kind, the worst and median CPU time of review() (normalize() and the leftovers); the limit is
50 ms for any input (issue 12). Morfeusz is loaded and warmed once before timing: that
happens once per process, when the line starts.

Then the size sweep (issue 34, N4): the same kinds, and inputs that once made a rule quadratic,
at 1k, 10k and 100k characters, the sizes run alternately round after round; per size the
median CPU time per character and its ratio to the 1k figure. A linear normalizer keeps the
ratio near 1 (a quadratic one was 10x at 10k and 100x at 100k). The machine's load is printed.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import string
import sys
import time

from pathlib import Path

from ivr.spoken.normalize import normalize
from ivr.spoken.review import review

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "bench" / "spoken" / "fresh.tsv"
BLIND = ROOT / "bench" / "blind" / "spoken.tsv"
BLIND2 = ROOT / "bench" / "blind" / "spoken-2.tsv"  # a second blind writer, beside round six (session 9)


def load_set(path: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, _, spoken = line.partition("\t")
        rows.append((written.replace("\\n", "\n"), [s.strip() for s in spoken.split(" || ")]))
    return rows


def said_words(text: str) -> list[str]:
    """The words of a spoken form, without punctuation, letter case or line breaks."""
    return re.findall(r"\w+", text.replace("\\n", " ").lower())


def score_set(rows: list[tuple[str, list[str]]]) -> dict:
    """Right, wrong, wrong and warned, right but warned; and the wrong/false rows for listing.
    The same again counting an output with the words of a reading as right ("words_*")."""
    right = wrong_warned = false_warned = 0
    words_right = words_wrong_warned = words_false = 0
    misses, false = [], []
    for written, spoken in rows:
        reviewed = review(written)
        warned = bool(reviewed.leftovers)
        if reviewed.spoken in spoken or said_words(reviewed.spoken) in [said_words(s) for s in spoken]:
            words_right += 1
            words_false += warned
        else:
            words_wrong_warned += warned
        if reviewed.spoken in spoken:
            right += 1
            if warned:
                false_warned += 1
                false.append((written, reviewed.spoken, [f.text for f in reviewed.leftovers]))
        else:
            wrong_warned += warned
            misses.append((written, reviewed.spoken, spoken[0], warned))
    return {"n": len(rows), "right": right, "wrong": len(rows) - right, "wrong_warned": wrong_warned,
            "false_warned": false_warned, "misses": misses, "false": false, "words_right": words_right,
            "words_wrong": len(rows) - words_right, "words_wrong_warned": words_wrong_warned,
            "words_false": words_false}


def _author(path: Path) -> str:
    """Who wrote a tuning set, from its header: a helper writer who never saw the rules, or the rules' author."""
    header = [line for line in path.read_text(encoding="utf-8").splitlines()[:8] if line.startswith("#")]
    if any("by a helper" in line.lower() or "written by a helper" in line.lower() for line in header):
        return "helper writer, tuning set, NOT blind"
    return "rules' author, NOT blind"


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f} %)" if b else "0/0"


def quality(skip_blind: bool = False, show_blind: bool = False, nemo: str | None = None) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from spoken_cases import CASES, LEFTOVER_CASES  # noqa: PLC0415 (test tables, only for the bench)
    from spoken_cases_holdout import HOLDOUT  # noqa: PLC0415
    from spoken_cases_last_mile import LAST_MILE, WARNINGS  # noqa: PLC0415
    from spoken_cases_round5 import ROUND5, ROUND5_WARNINGS  # noqa: PLC0415
    from spoken_cases_round6 import ROUND6, ROUND6_WARNINGS  # noqa: PLC0415
    from spoken_cases_round7 import ROUND7, ROUND7_WARNINGS  # noqa: PLC0415

    print(f"spoken form quality; load {os.getloadavg()[0]:.2f}")
    last = set(LAST_MILE) | set(ROUND5) | set(ROUND6) | set(ROUND7)
    tables = {"tuned tables (issue 12 on)": [c for c in CASES if c not in last], "held-out table": HOLDOUT,
              "last-mile kinds (issue 28)": LAST_MILE, "round-five kinds (issue 28)": ROUND5,
              "round-six kinds (issue 28)": ROUND6, "round-seven kinds (issue 28)": ROUND7}
    for name, cases in tables.items():
        passed = sum(normalize(w) == s for w, s in cases)
        print(f"  {name:32} {_pct(passed, len(cases))} said exactly")
    must = LEFTOVER_CASES + [c for c in WARNINGS + ROUND5_WARNINGS + ROUND6_WARNINGS + ROUND7_WARNINGS
                            if c not in LEFTOVER_CASES]
    warned = sum(piece in [f.text for f in review(w).leftovers] for w, piece in must)
    print(f"  {'must-warn cases':32} {_pct(warned, len(must))} warned")
    sets = {f"fresh {path.name} ({_author(path)})": (path, True) for path in sorted(FRESH.parent.glob("*.tsv"))}
    if not skip_blind and os.environ.get("IVR_BENCH_SKIP_BLIND") != "1" and BLIND.exists():
        sets["blind (bench/blind)"] = (BLIND, show_blind)
        if BLIND2.exists():
            sets["blind, second (bench/blind/spoken-2.tsv)"] = (BLIND2, show_blind)
    for name, (path, listed) in sets.items():
        result = score_set(load_set(path))
        print(f"  {name}: {_pct(result['right'], result['n'])} right; wrong outputs warned "
              f"{_pct(result['wrong_warned'], result['wrong'])}; false warnings on right outputs "
              f"{result['false_warned']}")
        print(f"    same words: {_pct(result['words_right'], result['n'])} right; wrong outputs warned "
              f"{_pct(result['words_wrong_warned'], result['words_wrong'])}; false warnings {result['words_false']}")
        if listed:
            for written, got, expected, was_warned in result["misses"]:
                print(f"    wrong{'' if was_warned else ', NOT warned'}: {written!r}\n      got  {got!r}\n"
                      f"      want {expected!r}")
            for written, got, pieces in result["false"]:
                print(f"    false warning {pieces}: {written!r} -> {got!r}")
    if nemo is None:
        print("  NeMo's Polish cases: not given (--nemo DIR, a local copy of its test_cases_*.txt)")
    else:
        peer_suite(Path(nemo))


def _natural(written: str, got: str, expected: str) -> bool:
    """NeMo's reading, or a second natural one: "roku" after a year, a "przecinek" decimal, the case
    of a ruler's numeral's first letter."""
    got, expected = got.lower().rstrip("."), expected.lower().rstrip(".")
    if got == expected or got == f"{expected} roku":
        return True
    return "przecinek" in got and "," in written and got.split(" przecinek")[0] == expected.split(" i ")[0]


def peer_suite(folder: Path) -> None:
    """NeMo's Polish text-normalization cases ("written~spoken" lines), a peer suite scored apart."""
    total = passed = 0
    for path in sorted(folder.glob("test_cases_*.txt")):
        rows = [line.split("~", 1) for line in path.read_text(encoding="utf-8").splitlines() if "~" in line]
        ok = sum(_natural(w, normalize(w), e) for w, e in rows)
        total, passed = total + len(rows), passed + ok
        print(f"    NeMo {path.stem[len('test_cases_'):]:12} {ok}/{len(rows)}")
    print(f"  NeMo's Polish cases (peer suite, second natural readings counted): {_pct(passed, total)}")

LENGTH = 2000
LIMIT_MS = 50.0
OFFICE = [
    "Ośrodek nieczynny 24–26.12, pn. 8-16, sob. 9–12.", "Od godz. 7.30 do 15.30 w pok. nr 4 na I piętrze.",
    "Paczki dla 30 rodzin, ok. 20 osób, 2 osoby, 1 paczkę.", "Program 800+ i 500+, koszt 20 zł/os., 0,50 zł.",
    "Kontakt: ops@kleszczewo.pl, www.kleszczewo.pl, tel. 61 817 61 30 wew. 21, 116 111, 112.",
    "Jana Pawła II, XXI wiek, IV kwartał, klasy I–III, tzw. becikowe, ww. osoby, art. 7 ust. 2 pkt 1.",
    "Temperatura -10°C, noclegownia 24/7, w ciągu 3 miesięcy, do lat 18, do 90%, 5-10 dni. 🎄",
    "Nr konta: 12 1020 3040 5060 7080 9000 1234. Wnioski do 30.11.2026 r.",
]


def office(rng: random.Random) -> str:
    parts = []
    while sum(map(len, parts)) < LENGTH:
        parts.append(rng.choice(OFFICE))
    return " ".join(parts)[:LENGTH]


def garbage(rng: random.Random) -> str:
    return "".join(chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(LENGTH))


def digits(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits + " .,:-–/+%°") for _ in range(LENGTH))


def letters_and_dots(rng: random.Random) -> str:
    return "".join(rng.choice("IVXLC .pnr-ulok12") for _ in range(LENGTH))


def repeated(rng: random.Random) -> str:
    unit = rng.choice(["1-", "1.1.", "I ", "ul.", "2 osoby ", "a@b.", "www.", "8-16 ", "(", "–", "od 1 do ", "0"])
    return (unit * (LENGTH // len(unit) + 1))[:LENGTH]


KINDS = {"office": office, "garbage": garbage, "digits": digits,
         "roman and dots": letters_and_dots, "repeated": repeated}

# Inputs that once made a rule rescan the text for every match (issue 34, N4): dates looked back
# to the text's start for "dziś jest", and a long run of dashes was rescanned from each dash.
PATHOLOGICAL = {
    "dates": "1 grudnia 12.12 ",
    "dash run": "–",
    "day ranges": "1–2.12 ",
    "long digits": "9",
}


def sized(kind: str, length: int, rng: random.Random) -> str:
    """A text of one kind and length (for the sweep)."""
    global LENGTH
    if kind in PATHOLOGICAL:
        unit = PATHOLOGICAL[kind]
        return (unit * (length // len(unit) + 1))[:length]
    saved, LENGTH = LENGTH, length
    try:
        return KINDS[kind](rng)
    finally:
        LENGTH = saved


def sweep(sizes: list[int], rounds: int) -> float:
    """Per kind, the median CPU µs per character at each size, and the ratio to the first size.
    Returns the worst ratio seen."""
    print(f"\nsize sweep, {rounds} rounds, sizes run alternately; load {os.getloadavg()[0]:.2f}")
    print(f"{'kind':15} " + " ".join(f"{n:>10,} ch" for n in sizes) + "   ratio to "
          f"{sizes[0]:,} (µs/ch)")
    worst_ratio = 0.0
    for kind in ["office", "digits", "garbage", "repeated", *PATHOLOGICAL]:
        per_char: dict[int, list[float]] = {n: [] for n in sizes}
        for r in range(rounds):
            texts = {n: sized(kind, n, random.Random(r)) for n in sizes}
            for n in sizes:
                start = time.process_time()
                review(texts[n])
                per_char[n].append((time.process_time() - start) * 1e6 / n)
        medians = [statistics.median(per_char[n]) for n in sizes]
        ratios = [m / medians[0] for m in medians]
        worst_ratio = max(worst_ratio, *ratios)
        print(f"{kind:15} " + " ".join(f"{m:10.1f} µs" for m in medians) + "   "
              + " ".join(f"{r:5.2f}" for r in ratios))
    print(f"load after: {os.getloadavg()[0]:.2f}")
    return worst_ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--sweep-only", action="store_true", help="only the size sweep")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--sweep-rounds", type=int, default=3)
    parser.add_argument("--quality-only", action="store_true", help="only the quality figures")
    parser.add_argument("--skip-blind", action="store_true", help="leave the blind set out (while tuning)")
    parser.add_argument("--show-blind", action="store_true", help="list the blind set's misses")
    parser.add_argument("--nemo", help="a folder with NeMo's Polish test_cases_*.txt (a peer suite)")
    args = parser.parse_args(argv)
    if not args.sweep_only:
        quality(args.skip_blind, args.show_blind, args.nemo)
        if args.quality_only:
            return 0
    rng = random.Random(12)
    review(" ".join(OFFICE))  # load morfeusz, fill the caches of common words
    sizes = [int(n) for n in args.sizes.split(",")]
    if args.sweep_only:
        sweep(sizes, args.sweep_rounds)
        return 0
    print(f"load {os.getloadavg()[0]:.2f}")
    worst_all = 0.0
    for name, make in KINDS.items():
        times = []
        for _ in range(args.rounds):
            text = make(rng)
            start = time.process_time()  # CPU time: the other processes of a busy machine do not count
            review(text)
            times.append((time.process_time() - start) * 1000)
        worst = max(times)
        worst_all = max(worst_all, worst)
        print(f"{name:15} worst {worst:6.1f} ms   median {statistics.median(times):6.1f} ms")
    print(f"{'all':15} worst {worst_all:6.1f} ms   (limit {LIMIT_MS:.0f} ms)")
    sweep(sizes, args.sweep_rounds)
    return 0 if worst_all < LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
