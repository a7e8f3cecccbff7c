"""The worked case: a border smuggling operation reconstructed from one news report.

A report published 2017-10-11 says, through two sources, that an army-run clothing firm in North
Korea tried to export its goods through the customs post at Hoeryong, was turned away by the
Chinese post at Sanhe across the Tumen river, kept the goods in storage, loaded them onto trucks,
and then moved them across the river at night through Inge-ri on two dates, taking textiles back
for processing afterwards. The facts below are written in our own words; only the temporal phrases
are quoted. Each statement is a :class:`timeline.Claim` graded with the Admiralty system.

Run it to print the solved schedule, the order that is certain, and the reasons behind two bounds;
if the plotting part is installed it also saves ``seed_timeline.png`` (or the path given as the
first argument).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import timeline
from timeline import Claim, Timeline, resolve

ANCHOR = date(2017, 10, 11)
NORTH = "Asia/Pyongyang"  # Hoeryong, Inge-ri (UTC+08:30 in 2017)
CHINA = "Asia/Shanghai"  # Sanhe, Longjing (UTC+08:00)
REPORT = "RFA Korean Service report of 2017-10-11"
FIRM = "800 Trading Company"


def claims() -> dict[str, Claim]:
    """The statements of the report, paraphrased, one claim each (numbered as in the story)."""
    first = f"{REPORT}: source in North Hamgyong"
    second = f"{REPORT}: second source, a Hoeryong resident"
    return {
        "attempt": Claim(
            "the firm 'recently' tried to send finished clothing to China via the Hoeryong customs",
            first,
            reliability="C",
            credibility=3,
        ),
        "refusal": Claim(
            "the Chinese post at Sanhe did not approve the delivery",
            first,
            reliability="C",
            credibility=3,
        ),
        "storage": Claim(
            "the goods were kept in storage at Hoeryong 'for ten days in mid-September'",
            first,
            reliability="C",
            credibility=3,
        ),
        "loading": Claim(
            "after the storage the goods were loaded onto trucks that came from Rason",
            first,
            reliability="C",
            credibility=3,
        ),
        "dates": Claim(
            "the clothing went across illegally via Inge-ri on two dates, 'Sept. 28 and Oct. 2'",
            second,
            reliability="C",
            credibility=3,
        ),
        "night": Claim(
            "the goods were moved across the river 'late at night'",
            second,
            reliability="C",
            credibility=3,
        ),
        "crossing 1": Claim(
            "the road into Inge-ri was closed 'from 1:00 a.m. to 3:00 a.m. on Sept. 28'"
            " while five trucks took the goods over",
            second,
            reliability="C",
            credibility=2,
        ),
        "crossing 2": Claim(
            "a second run with six trucks came in 'the early morning hours of Oct. 2'",
            second,
            reliability="C",
            credibility=2,
        ),
        "textiles": Claim(
            "once the goods were delivered, the Chinese side handed over textiles to be taken"
            " back for processing",
            second,
            reliability="C",
            credibility=3,
        ),
        "sequence": Claim(
            "the refusal came before the goods were held, and the holding before the loading"
            " (order of the report's account)",
            "analyst reading of the report",
            reliability="F",
            credibility=3,
        ),
        "published": Claim(
            "the report was published on 2017-10-11", REPORT, reliability="A", credibility=1
        ),
    }


def build_seed_timeline() -> Timeline:
    """The reconstruction as a :class:`Timeline` (anchor 2017-10-11, shown in Pyongyang time)."""
    said = claims()
    tl = Timeline(anchor=ANCHOR, tz=NORTH)

    attempt = tl.event(
        "attempt at customs",
        resolve("recently", ANCHOR, tz=NORTH),
        claim=said["attempt"],
        kind="attempt",
        place="Hoeryong customs post",
        actors=(FIRM,),
        zone=NORTH,
    )
    refusal = tl.event(
        "refusal at Sanhe",
        resolve("recently", ANCHOR, tz=CHINA),
        claim=said["refusal"],
        kind="refusal",
        place="Sanhe customs post",
        actors=("Chinese customs",),
        zone=CHINA,
    )
    tl.relate(refusal, "finishes", attempt, claim=said["refusal"])
    storage = tl.event(
        "storage",
        "for ten days in mid-September",
        claim=said["storage"],
        kind="storage",
        place="Hoeryong",
        actors=(FIRM,),
        zone=NORTH,
    )
    tl.relate(refusal, "before", storage, claim=said["sequence"])
    loading = tl.event(
        "loading onto trucks",
        claim=said["loading"],
        kind="loading",
        place="Hoeryong",
        actors=(FIRM, "trucks from Rason"),
        zone=NORTH,
    )
    tl.relate(storage, "before", loading, claim=said["loading"])
    first = tl.event(
        "crossing 1",
        "from 1:00 a.m. to 3:00 a.m. on Sept. 28",
        claim=[said["crossing 1"], said["dates"]],
        kind="crossing",
        place="Inge-ri",
        actors=(FIRM, "border guards"),
        trucks=5,
        zone=NORTH,
    )
    tl.constrain(
        first,
        "late at night",  # a part of the day: the solver finds the night that fits
        claim=said["night"],
    )
    second = tl.event(
        "crossing 2",
        "the early morning hours of Oct. 2",
        claim=[said["crossing 2"], said["dates"]],
        kind="crossing",
        place="Inge-ri",
        actors=(FIRM, "border guards"),
        trucks=6,
        zone=NORTH,
    )
    tl.constrain(
        second,
        "late at night",
        claim=said["night"],
    )
    tl.relate(loading, "before", first, claim=said["loading"])
    tl.relate(first, "before", second, claim=said["dates"])
    textiles = tl.event(
        "textiles taken back",
        claim=said["textiles"],
        kind="return load",
        place="Longjing → North Korea",
        actors=(FIRM, "Longjing firm"),
        zone=CHINA,
    )
    tl.relate(second, "before", textiles, claim=said["textiles"])
    report = tl.event(
        "report published",
        resolve("Oct. 11", ANCHOR, tz=NORTH),  # the report's day, read as the anchor is
        duration=timedelta(0),
        claim=said["published"],
        kind="report",
        actors=("RFA",),
    )
    tl.relate(textiles, "before", report, claim=said["published"])
    return tl


def main(argv: list[str]) -> None:
    tl = build_seed_timeline()
    schedule = tl.solve()
    print(schedule)
    print("\nCertain order:")
    for before, after in schedule.order():
        print(f"  {before.label}  →  {after.label}")
    print()
    print(schedule.explain("refusal at Sanhe", "latest_end"))
    print()
    print(schedule.explain("loading onto trucks", "earliest_start"))
    picture = Path(argv[1]) if len(argv) > 1 else Path("seed_timeline.png")
    plot = getattr(timeline, "plot", None)
    if plot is None:
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    axes = plot(schedule)
    axes.figure.savefig(picture, dpi=120, bbox_inches="tight")
    plt.close(axes.figure)
    print(f"\nsaved {picture}")


if __name__ == "__main__":
    main(sys.argv)
