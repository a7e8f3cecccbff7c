"""Day headings of a log or an incident timeline: in a text whose entries open with a day
("Friday 4 September.", "1 October."), an entry headed "Sunday 27 September, 0350 hrs." is
headed by its day as the others are, and the clock after the comma is a time on that day: two
expressions, a DATE and a TIME, as TimeML annotates a heading's day and the time of the entry.
A day and a clock read as one elsewhere ("SITREP 14 - 9 October 2023, 0600Z", "noon on Oct.
2") stay one."""

from __future__ import annotations

import re

from timeline._extract._mention import Mention
from timeline._extract._story import DAY_VALUE, day_of
from timeline._timex import Timex

__all__ = ["split_day_headings"]

# The end of a heading: "." or ":" and a space or the text's end.
_ENDS_HEADING = re.compile(r"[.:](?:\s|\Z)")
# A day, a comma, a clock: "Sunday 27 September, 0350 hrs", "3 May, 14:20".
_DAY_COMMA_CLOCK = re.compile(
    r"(?P<day>[^,]*[A-Za-z][^,]*?),[^\S\n]+(?P<clock>\d{1,2}[:.h]?\d\d\b.*)"
)
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T\d\d:\d\d")


def _heads_entry(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is written as an entry's heading: alone at the start of its line
    and closed by a full stop or a colon."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        not text[line_start : mention.start].strip()
        and _ENDS_HEADING.match(text, mention.end) is not None
    )


def split_day_headings(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each heading "day, clock" split into its day and its clock, when
    another entry of the text is headed by a day alone."""
    if "\n" not in text:
        return mentions
    joined = [
        index
        for index, mention in enumerate(mentions)
        if mention.timex.type == "TIME"
        and _CLOCK_VALUE.fullmatch(mention.timex.value) is not None
        and _DAY_COMMA_CLOCK.fullmatch(mention.text) is not None
        and _heads_entry(text, mention)
    ]
    if not joined or not any(
        mention.timex.type == "DATE"
        and DAY_VALUE.fullmatch(mention.timex.value) is not None
        and _heads_entry(text, mention)
        for mention in mentions
    ):
        return mentions
    out = list(mentions)
    for index in reversed(joined):
        out[index : index + 1] = _split(mentions[index])
    return out


def _split(mention: Mention) -> list[Mention]:
    """The day and the clock of a heading "day, clock"."""
    parts = _DAY_COMMA_CLOCK.fullmatch(mention.text)
    value = _CLOCK_VALUE.fullmatch(mention.timex.value)
    if parts is None or value is None or mention.span is None:
        return [mention]
    day_end = mention.start + parts.end("day")
    clock_start = mention.start + parts.start("clock")
    day = Mention(
        mention.start,
        day_end,
        parts["day"],
        Timex("DATE", value.group(1)),
        day_of(mention.span.earliest_start),
    )
    clock = Mention(clock_start, mention.end, parts["clock"], mention.timex, mention.span)
    return [day, clock]
