"""What answering an SMS in Ukrainian costs against Polish (issue 33): the dev texts of both
languages (bench/sms_texts.tsv, bench/sms_texts_uk.tsv) answered as /sms answers them
(ivr.textline.lines.TextLines: the language told, Latin words read into Cyrillic), in alternate
rounds in one process, after one warm-up round each (dictionaries loaded, caches filled the way
a running worker has them). Prints the load average, the median milliseconds per text of each
language and their ratio; also the worst single text of each.

Run: .venv/bin/python bench/sms_language_speed.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sms_understanding import TABLES, moment_of, rows  # noqa: E402


def timed(line, table) -> list[float]:
    spent = []
    for row in table:
        moment = moment_of(row["moment"])
        start = time.perf_counter()
        line.answer(row["text"], moment)
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from ivr.cli.common import content_or_exit
    from ivr.config import Settings
    from ivr.textline.lines import TextLines

    settings = Settings.from_env()
    line = TextLines.from_files(content_or_exit(settings), settings.content_dir)
    tables = {lang: rows(TABLES[lang][0]) for lang in ("pl", "uk")}
    for table in tables.values():  # warm-up
        timed(line, table)
    spent: dict[str, list[float]] = {"pl": [], "uk": []}
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for _ in range(args.rounds):
        for lang, table in tables.items():
            spent[lang] += timed(line, table)
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for lang, values in spent.items():
        print(f"{lang}: {len(tables[lang])} texts x {args.rounds} rounds, median {statistics.median(values):.2f} ms, "
              f"worst {max(values):.1f} ms")
    print(f"ratio uk/pl (median): {statistics.median(spent['uk']) / statistics.median(spent['pl']):.2f}")


if __name__ == "__main__":
    main()
