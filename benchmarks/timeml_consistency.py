"""Which TimeML documents are consistent? Every document of ../shared/data/timeml as a Timeline.

Each document's EVENTs, TIMEX3s (concrete values pinned to their periods, the DCT a crisp day) and
TLINKs (mapped onto Allen's relations) are solved; for each inconsistent one the smallest
contradiction found is printed with its TLINK ids. ``--loose`` reads BEFORE/AFTER closed
(endpoints may touch) instead of demanding a gap between things that are not both TIMEX3s.

    python benchmarks/timeml_consistency.py [--loose] [--dct day|moment] [--quiet] [DATA_DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline import InconsistentTimeline  # noqa: E402
from timeline.io._timeml_timeline import timeml_timeline  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml"
LINK = re.compile(r"^(l\d+|\w+): ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--loose", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--dct", choices=("day", "moment"), default="day")
    options = parser.parse_args()
    paths = sorted(options.data.rglob("*.tml"))
    if not paths:
        sys.exit(f"no .tml files under {options.data}")
    began = time.perf_counter()
    bad: dict[str, Counter[str]] = {}
    sizes: Counter[int] = Counter()
    links = events = 0
    with_dct = 0
    for path in paths:
        tl = timeml_timeline(path, strict=not options.loose, dct=options.dct)
        events += len(tl)
        links += len(tl._relations)
        corpus = path.parent.name
        try:
            tl.solve()
        except InconsistentTimeline as error:
            bad.setdefault(corpus, Counter())[path.name] += 1
            tlinks = [claim.text for claim in error.claims if claim.text.startswith("l")]
            sizes[len(tlinks)] += 1
            if any("creation time" in claim.text for claim in error.claims):
                with_dct += 1
            if not options.quiet:
                print(f"{corpus}/{path.name}: " + "; ".join(tlinks))
    taken = time.perf_counter() - began
    total = sum(len(names) for names in bad.values())
    print()
    print(f"{len(paths)} documents, {events:,} events and times, {links:,} TLINKs, {taken:.1f} s")
    mode = "closed BEFORE/AFTER" if options.loose else "strict BEFORE/AFTER between events"
    mode += f", DCT a {options.dct}"
    print(f"inconsistent ({mode}): {total} of {len(paths)}")
    for corpus in sorted({path.parent.name for path in paths}):
        count = len([p for p in paths if p.parent.name == corpus])
        print(f"  {corpus}: {len(bad.get(corpus, {}))} of {count}")
    print(f"  of which involve the DCT: {with_dct}")
    shown = ", ".join(f"{size} links: {count}" for size, count in sorted(sizes.items()))
    print(f"  TLINKs in the contradiction found: {shown}")


if __name__ == "__main__":
    main()
