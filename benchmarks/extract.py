"""Characters per second of timeline.extract against dateparser.search_dates, same texts, same run.

    python benchmarks/extract.py [--documents N] [--repeat R]

The texts are the shared TimeML development documents when present (../shared/data/timeml),
else the seed report, else a synthetic news-like text. Each system reads every text with the
document's date as its anchor (dateparser: RELATIVE_BASE); the best of R runs counts, and the runs
of the two systems alternate. Times are CPU seconds of this process (time.process_time), so other
work on a shared machine skews the ratio as little as it can. Prints both rates and their ratio
(goal: extract at least 10x faster).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

SYNTHETIC = (
    "The company said on Tuesday that sales in the third quarter rose 5% from a year earlier."
    " Trucks crossed the river late at night on Sept. 28 and again in the early morning hours"
    " of Oct. 2, 2017, a second source said; goods had been stored for ten days in"
    " mid-September. Talks will resume next week, officials said, and a decision is expected"
    " by the end of 2018. Call 555-0123 for page 12 of version 2.1. "
)


def _texts(limit: int) -> list[tuple[str, date]]:
    corpus = SHARED / "data" / "timeml"
    if corpus.is_dir():
        from timeline.io import read_timeml

        paths = sorted(corpus.rglob("*.tml"))[:limit]
        return [(doc.text, doc.dct) for doc in map(read_timeml, paths)]
    seed = SHARED / "seed" / "report-2017-10-11.txt"
    if seed.is_file():
        return [(seed.read_text(encoding="utf-8"), date(2017, 10, 11))]
    return [(SYNTHETIC * 20, date(2017, 10, 11))]


def _ours(text: str, anchor: date) -> object:
    from timeline import extract

    return extract(text, anchor)


def _dateparser(text: str, anchor: date) -> object:
    from dateparser.search import search_dates

    base = datetime.combine(anchor, datetime.min.time())
    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def _seconds(system: Callable[[str, date], object], texts: list[tuple[str, date]]) -> float:
    began = time.process_time()
    for text, anchor in texts:
        system(text, anchor)
    return time.process_time() - began


def _rates(texts: list[tuple[str, date]], repeat: int) -> tuple[float, float]:
    """Characters per second of extract and of search_dates, best of ``repeat`` rounds.

    The rounds alternate (ours, theirs, ours, theirs...), so a change in the machine's load
    during the run weighs on both systems alike.
    """
    systems = (_ours, _dateparser)
    for system in systems:
        system(*texts[0])  # warm up: imports, compiled patterns
    best = [float("inf")] * len(systems)
    for _ in range(repeat):
        for index, system in enumerate(systems):
            best[index] = min(best[index], _seconds(system, texts))
    characters = sum(len(text) for text, _ in texts)
    return characters / best[0], characters / best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=256, help="how many texts (default all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per system; the best counts")
    args = parser.parse_args()
    texts = _texts(args.documents)
    characters = sum(len(text) for text, _ in texts)
    ours, theirs = _rates(texts, args.repeat)
    print(f"{len(texts)} texts, {characters:,} characters")
    print(f"timeline.extract          {ours:12,.0f} chars/s")
    print(f"dateparser.search_dates   {theirs:12,.0f} chars/s")
    print(f"ratio                     {ours / theirs:12.1f}x  (goal >= 10x)")


if __name__ == "__main__":
    main()
