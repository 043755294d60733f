"""Worst time of the normalizer on 2,000-character texts of several kinds, and its growth with length.

    .venv/bin/python -m bench.normalize [--rounds N] [--sweep-only] [--sizes 1000,10000,100000]

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
import statistics
import string
import sys
import time

from ivr.spoken.normalize import normalize
from ivr.spoken.review import review

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
    args = parser.parse_args(argv)
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
