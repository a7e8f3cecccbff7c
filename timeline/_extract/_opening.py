"""The first days of something launched on a named day: "went on sale on Sept. 21 and sold 5
million units in [its first weekend]", "opened on Friday and took $40 million in [its opening
weekend]". The weekend is the one of the week the launch day is in (TIMEX3 ``2012-W38-WE``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime, timedelta

from timeline._extract._mention import Mention, overlaps
from timeline._span import TimeSpan
from timeline._timex import Timex

__all__ = ["opening_weekends"]

# (not "the first weekend of the festival": a weekend named by what it is in)
_OPENING_WEEKEND = re.compile(
    r"\b(?:its|their|his|her)\s+(?:first|opening|debut)\s+weekend\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_REACH = 300  # characters back searched for the launch day
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")


def opening_weekends(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with "its first weekend" or "its opening weekend" added as the weekend
    of the day named last before it in its sentence or the one before (none when no day is
    named there)."""
    if "weekend" not in text.lower():
        return mentions
    added: list[Mention] = []
    for found in _OPENING_WEEKEND.finditer(text):
        start, end = found.span()
        if overlaps(mentions, start, end):
            continue  # read already
        day = _launch_day(text, mentions, start)
        if day is not None:
            weekend = _weekend_of(day, found.group(), start, end)
            if weekend is not None:
                added.append(weekend)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _launch_day(text: str, mentions: list[Mention], start: int) -> Mention | None:
    low = max(0, start - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    low = ends[-2] - 1 if len(ends) >= 2 else low  # this sentence and the one before
    # the mentions before ``start``, from the nearest back (found by halving: linear overall)
    for index in range(bisect_left(mentions, start, key=lambda m: m.start) - 1, -1, -1):
        m = mentions[index]
        if m.start < low:
            return None
        if (
            m.end <= start
            and m.span is not None
            and m.timex.type == "DATE"
            and _DAY_VALUE.fullmatch(m.timex.value)
        ):
            return m
    return None


def _weekend_of(day: Mention, phrase: str, start: int, end: int) -> Mention | None:
    found = _DAY_VALUE.fullmatch(day.timex.value)
    if found is None or day.span is None:
        return None
    try:
        launched = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        saturday = launched + timedelta(days=5 - launched.weekday())
        if launched.weekday() == 6:  # a Sunday launch: that weekend
            saturday = launched - timedelta(days=1)
        zone = day.span.earliest_start.tzinfo
        begin = datetime(saturday.year, saturday.month, saturday.day, tzinfo=zone)
        finish = begin + timedelta(days=2)
    except (ValueError, OverflowError):
        return None
    year, week, _ = saturday.isocalendar()
    timex = Timex("DATE", f"{year:04d}-W{week:02d}-WE")
    span = TimeSpan.crisp(begin, finish, granularity="week", phrase=phrase, timex=timex)
    return Mention(start, end, phrase, timex, span)
