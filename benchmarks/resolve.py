"""Benchmark: resolve() against dateparser.parse() on phrases both understand, same run.

    python benchmarks/resolve.py            # full run (about a minute)
    python benchmarks/resolve.py --quick    # fewer repetitions

For each phrase it times ``timeline.resolve(phrase, anchor)`` and ``dateparser.parse(phrase,
languages=["en"], settings={"RELATIVE_BASE": anchor, ...})`` (best of alternating rounds, per
call) and prints the ratio; then the time of ``import timeline`` in fresh interpreters. The resolver
keeps no cache of results: every call tokenizes and parses anew (only its compiled patterns are
built once), so the figures are not cache hits. Goals: resolve at least 10x faster than
dateparser.parse; ``import timeline`` under 100 ms.
"""

from __future__ import annotations

import math
import statistics
import subprocess
import sys
import timeit
import warnings
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline  # noqa: E402

ANCHOR = datetime(2017, 10, 11)
PHRASES = [
    "Sept. 28",
    "Oct. 2",
    "28 September 2017",
    "2017-09-28",
    "Oct 2nd",
    "September 2017",
    "September 28, 2017",
    "9/28/2017",
    "1:00 a.m.",
    "3 a.m.",
    "13:45",
    "noon",
    "yesterday",
    "today",
    "tomorrow",
    "Monday",
    "last Monday",
    "next week",
    "last month",
    "last year",
    "two weeks ago",
    "three days ago",
    "a year ago",
    "1:00 a.m. on Sept. 28",
    "Sept. 28 at 1:00 a.m.",
    "2017",
    "December",
]


def _dateparser_parse(phrase: str) -> object:
    import dateparser

    return dateparser.parse(
        phrase,
        languages=["en"],
        settings={"RELATIVE_BASE": ANCHOR, "PREFER_DATES_FROM": "past"},
    )


def _resolve(phrase: str) -> object:
    return timeline.resolve(phrase, ANCHOR)


def _pair(phrase: str, number: int, rounds: int) -> tuple[float, float]:
    """Best per-call time of resolve and of dateparser.parse, measured in alternating rounds
    so that load from other processes weighs on both alike."""
    ours = timeit.Timer(lambda: _resolve(phrase))
    theirs = timeit.Timer(lambda: _dateparser_parse(phrase))
    best_ours = best_theirs = float("inf")
    for _ in range(rounds):
        best_ours = min(best_ours, ours.timeit(number) / number)
        few = max(number // 10, 2)
        best_theirs = min(best_theirs, theirs.timeit(few) / few)
    return best_ours, best_theirs


def _import_time(runs: int) -> float:
    code = "import time; t = time.perf_counter(); import timeline; print(time.perf_counter() - t)"
    root = str(Path(__file__).resolve().parents[1])
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def main() -> None:
    quick = "--quick" in sys.argv
    number, rounds = (20, 3) if quick else (100, 9)
    warnings.simplefilter("ignore")
    both = []
    for phrase in PHRASES:
        try:
            _resolve(phrase)
        except timeline.UnresolvableExpression:
            print(f"  (resolve does not read {phrase!r}: left out)")
            continue
        if _dateparser_parse(phrase) is None:
            print(f"  (dateparser does not read {phrase!r}: left out)")
            continue
        both.append(phrase)
    print(f"{'phrase':28} {'resolve':>10} {'dateparser':>11} {'ratio':>7}")
    ratios, ours_total, theirs_total = [], 0.0, 0.0
    for phrase in both:
        ours, theirs = _pair(phrase, number, rounds)
        ratios.append(theirs / ours)
        ours_total += ours
        theirs_total += theirs
        print(f"{phrase!r:28} {ours * 1e6:8.1f}µs {theirs * 1e6:9.1f}µs {theirs / ours:6.1f}x")
    geometric = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(
        f"\n{len(both)} phrases: resolve {ours_total / len(both) * 1e6:.1f} µs/phrase,"
        f" dateparser.parse {theirs_total / len(both) * 1e6:.1f} µs/phrase;"
        f" ratio {theirs_total / ours_total:.1f}x overall, {geometric:.1f}x geometric mean,"
        f" {min(ratios):.1f}x worst (goal: >= 10x)"
    )
    seconds = _import_time(3 if quick else 7)
    print(f"import timeline in a fresh interpreter: {seconds * 1000:.1f} ms (goal: < 100 ms)")


if __name__ == "__main__":
    main()
