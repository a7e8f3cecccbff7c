"""Build a timeline from two spreadsheets, solve it, export it, and draw it.

``data/crossing_events.csv`` holds one row per statement about an event of the worked case (the
2017 report of goods moved across the Tumen river): what happened, when the report says it did,
where, who said so and how far they are trusted. ``data/crossing_relations.csv`` holds what the
report says about their order. The same files work from the shell::

    timeline solve data/crossing_events.csv --relations data/crossing_relations.csv \\
        --anchor 2017-10-11

Run it with ``python examples/events_from_csv.py [OUT.png]``; it writes ``events_from_csv.png``
(and the schedule as ``events_from_csv.csv`` and TimelineJS ``events_from_csv.json``) into the
current directory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import timeline  # noqa: E402
from timeline.io import read_timeline_csv, to_csv, to_timelinejs  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def main(argv: list[str]) -> None:
    picture = Path(argv[1]) if len(argv) > 1 else Path("events_from_csv.png")

    # Phrases in the table ("for ten days in mid-September") are read against the report's date,
    # each in the zone its row names (Hoeryong: Asia/Pyongyang, UTC+08:30 in 2017).
    tl = read_timeline_csv(
        DATA / "crossing_events.csv", DATA / "crossing_relations.csv", anchor="2017-10-11"
    )
    schedule = tl.solve()
    print(schedule)

    print("\nWhat is certain about the order:")
    for first, then in schedule.order():
        print(f"  {first.label} → {then.label}")

    print("\nWhy the storage ended when it did at the latest:")
    print(schedule.explain("storage", "latest_end"))

    # Exchange formats: a CSV that read_schedule_csv reads back, and a TimelineJS slide show.
    picture.with_suffix(".csv").write_text(to_csv(schedule), encoding="utf-8")
    slides = to_timelinejs(schedule, title="Goods moved across the Tumen, Sept.–Oct. 2017")
    picture.with_suffix(".json").write_text(json.dumps(slides, indent=2), encoding="utf-8")

    axes = timeline.plot(schedule, lanes="place")
    axes.figure.savefig(picture, dpi=120, bbox_inches="tight")
    print(f"\nwrote {picture}")


if __name__ == "__main__":
    main(sys.argv)
