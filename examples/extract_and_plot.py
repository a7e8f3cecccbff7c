"""Find every temporal expression in a short report and draw what each one pins down.

``data/port_fire_2024-03-15.txt`` is an invented news item about a warehouse fire; its date is in
its file name, as in many archives. Each expression the extractor finds becomes an event placed
within the span it names, so the picture shows at a glance how precise the text is about time:
crisp days, a night that crosses midnight, "late February" with its fuzzy edges, and "recently"
as a wide window ending with the report. Durations ("about two weeks") name no particular time
and are listed instead.

The same from the shell::

    timeline extract data/port_fire_2024-03-15.txt --anchor-from-name '(\\d{4}-\\d{2}-\\d{2})'

Run it with ``python examples/extract_and_plot.py [OUT.png]``; it writes ``extract_and_plot.png``
into the current directory.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import timeline  # noqa: E402

REPORT = Path(__file__).resolve().parent / "data" / "port_fire_2024-03-15.txt"


def main(argv: list[str]) -> None:
    picture = Path(argv[1]) if len(argv) > 1 else Path("extract_and_plot.png")
    text = REPORT.read_text(encoding="utf-8")
    found = re.search(r"(\d{4}-\d{2}-\d{2})", REPORT.name)
    assert found is not None
    anchor = found.group(1)  # the report's date: what "recently" and "two days later" hang on

    mentions = timeline.extract(text, anchor, tz="Europe/London")
    tl = timeline.Timeline(anchor=anchor, tz="Europe/London")
    for number, mention in enumerate(mentions, start=1):
        line = text.count("\n", 0, mention.start) + 1
        print(f"line {line:>2}  {mention.text!r:<20} {mention.timex}")
        if mention.span is None:  # a duration or a recurrence: no particular time
            continue
        claim = timeline.Claim(
            text[max(0, mention.start - 40) : mention.end + 20].replace("\n", " ").strip(),
            REPORT.name,
            start=mention.start,
            end=mention.end,
        )
        tl.event(
            f"{number}. {mention.text}",
            mention.span,
            claim=claim,
            kind=mention.timex.type.lower(),
        )

    schedule = tl.solve()
    axes = timeline.plot(schedule, sort="input", relations=False)
    axes.figure.savefig(picture, dpi=120, bbox_inches="tight")
    print(f"wrote {picture}")


if __name__ == "__main__":
    main(sys.argv)
