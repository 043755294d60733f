"""Worst time of the normalizer on 2,000-character texts of several kinds.

    .venv/bin/python -m bench.normalize [--rounds N]

Prints, per kind, the worst and median CPU time of review() (normalize() and the leftovers); the limit is
50 ms for any input (issue 12). Morfeusz is loaded and warmed once before timing: that
happens once per process, when the line starts.
"""
from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    rng = random.Random(12)
    review(" ".join(OFFICE))  # load morfeusz, fill the caches of common words
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
    return 0 if worst_all < LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
