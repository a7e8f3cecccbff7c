"""Ranges written as two expressions ("from 1:00 a.m. to 3:00 a.m."), each read as one interval."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import datetime, timedelta

import attrs

from timeline._errors import InvalidSpan
from timeline._extract._candidates import resolver
from timeline._extract._extract import Prefer, extract
from timeline._extract._mention import Mention, MentionRange
from timeline._span import OPEN_END, OPEN_START, TimeSpan
from timeline._zones import AnchorLike, TzLike

__all__ = ["extract_ranges"]

# What an end is introduced by, besides its preposition: the hedges of court filings ("from in or
# about January 2013 through in or about September 2017", "on or about", "at least").
_HEDGE = r"(?:(?:in|on)\s+or\s+)?(?:at\s+least\s+)?"
_JOINER = re.compile(
    rf"\s*,?\s*(?P<word>to|until|till|through|thru|and\s+continuing\s+(?:until|till|through|to)|"
    rf"and|-|–|—)\s*{_HEDGE}",
    re.IGNORECASE,
)
_OPENER = re.compile(
    rf"\b(?P<word>from|between|beginning|starting|commencing)\s+{_HEDGE}$", re.IGNORECASE
)
_BEGUN = frozenset({"beginning", "starting", "commencing"})
_FINE = frozenset({"hour", "minute", "second"})


def extract_ranges(
    text: str,
    anchor: AnchorLike,
    *,
    prefer: Prefer = "past",
    tz: TzLike = None,
) -> list[MentionRange]:
    """The ranges in ``text`` ("from X to Y", "between X and Y", "X-Y"), each as one interval.

    Each end is a :class:`Mention` that :func:`extract` also returns; a range whose ends do not
    both name a time, or whose end comes before its start, is left out. A run of days written
    with a dash ("3-5 May", "Oct. 12-15") is two mentions, one per end, joined here; one that
    extraction still reads as a single expression is a range whose two ends are that mention.
    """
    mentions = extract(text, anchor, prefer=prefer, tz=tz)
    _, resolve_in_context = resolver()
    ranges: list[MentionRange] = []
    starts: set[int] = set()  # of the ranges found, so each pair is checked in constant time
    ends_at: set[int] = set()
    plain = [(m.start, m.end, m) for m in mentions]
    for ends in (plain, _ends(text, mentions)):  # then ends written as clock and day together
        for (first_start, first_end, first), (last_start, last_end, last) in zip(
            ends, ends[1:], strict=False
        ):
            if first_start in starts or last_end in ends_at:
                continue
            joiner = _JOINER.fullmatch(text, first_end, last_start)
            if joiner is None or first.span is None or last.span is None:
                continue
            word = joiner.group("word").lower()
            opened = _OPENER.search(text, max(0, first_start - 30), first_start)
            opener = None if opened is None else opened.group("word").lower()
            if word == "and" and opener != "between":
                continue
            if word.startswith("and") and word != "and" and opener not in _BEGUN:
                continue  # "beginning in 2013 and continuing until 2017"
            if word in ("to", "until", "till") and opener is None:
                continue
            phrase = text[first_start:last_end]
            span = _whole_range(resolve_in_context, phrase, anchor, prefer, tz, first.span)
            span = span or _joined(first.span, last.span)
            if span is None:
                continue
            span = _at_least(span, opened, joiner)
            ranges.append(MentionRange(first_start, last_end, phrase, first, last, span))
            starts.add(first_start)
            ends_at.add(last_end)
    covered = sorted((r.start, r.end) for r in ranges)
    for mention in mentions:  # "3-5 May", "Oct. 12-15": a range the grammar read as one
        if _read_as_range(mention) and not _inside(covered, mention.start):
            assert mention.span is not None
            ranges.append(
                MentionRange(
                    mention.start, mention.end, mention.text, mention, mention, mention.span
                )
            )
    ranges.sort(key=lambda r: r.start)
    return ranges


def _inside(covered: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the (start, end) stretches, sorted and disjoint."""
    at = bisect_right(covered, (offset, _LAST)) - 1  # the last stretch starting by ``offset``
    return at >= 0 and offset < covered[at][1]


_LAST = float("inf")


# A clock time and the day it is on, written together, are one end of a range: "between [22:00
# on 4 May] and [04:00 on 5 May]", "from [4 May at 22:00] to ...".
_CLOCK_THEN_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")
_DAY_THEN_CLOCK = re.compile(r"\s*(?:,\s*)?(?:at\s+)?")


def _ends(text: str, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    """The mentions as range ends (start, end, the mention that times it): a clock time and
    its day written together are one end, timed by the clock."""
    ends: list[tuple[int, int, Mention]] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is not None:
            clock, day, gap = (
                (mention, after, _CLOCK_THEN_DAY)
                if _is_clock(mention)
                else (after, mention, _DAY_THEN_CLOCK)
            )
            if (
                _is_clock(clock)
                and _is_day(day)
                and gap.fullmatch(text, mention.end, after.start)
                and _same_day(clock, day)
            ):
                ends.append((mention.start, after.end, clock))
                index += 2
                continue
        ends.append((mention.start, mention.end, mention))
        index += 1
    return ends


_DAYS_JOINED = re.compile(r"\d\s*(?:[-–—]|to|through|until)\s*\d")


def _read_as_range(mention: Mention) -> bool:
    """Whether one mention names a run of days ("3-5 May", "Oct. 12-15")."""
    span = mention.span
    return (
        span is not None
        and span.is_bounded
        and span.granularity == "day"
        and span.earliest_end - span.latest_start > _ONE_DAY
        and _DAYS_JOINED.search(mention.text) is not None
    )


_ONE_DAY = timedelta(days=1)


def _is_clock(mention: Mention) -> bool:
    span = mention.span
    return span is not None and mention.timex.type == "TIME" and span.granularity in _FINE


def _is_day(mention: Mention) -> bool:
    span = mention.span
    return span is not None and mention.timex.type == "DATE" and span.granularity == "day"


def _same_day(clock: Mention, day: Mention) -> bool:
    return clock.timex.value[:10] == day.timex.value[:10]


def _whole_range(
    resolve_in_context: Callable[..., TimeSpan],
    phrase: str,
    anchor: AnchorLike,
    prefer: Prefer,
    tz: TzLike,
    first: TimeSpan,
) -> TimeSpan | None:
    """The grammar's reading of the whole range, on the day its first end is on (it knows
    that "10 p.m. to 2 a.m." runs past midnight)."""
    try:
        span = resolve_in_context(phrase, anchor=anchor, reference=first, prefer=prefer, tz=tz)
    except Exception:  # noqa: BLE001 - fall back to joining the two ends
        return None
    if not isinstance(span, TimeSpan) or not span.is_bounded:
        return None
    if abs(span.earliest_start - first.earliest_start) > timedelta(days=1):
        return None  # read on some other day than its first end: not the same range
    return attrs.evolve(span, phrase=None)  # the range's words are MentionRange.text


_AT_LEAST = re.compile(r"\bat\s+least\b", re.IGNORECASE)


def _at_least(span: TimeSpan, opened: re.Match[str] | None, joiner: re.Match[str]) -> TimeSpan:
    """ "from at least 2014", "until at least mid-2018": that end is a bound, the range may
    reach further (an open start or end)."""
    if opened is not None and _AT_LEAST.search(opened.group()):
        span = attrs.evolve(span, earliest_start=OPEN_START)
    if _AT_LEAST.search(joiner.group()):
        span = attrs.evolve(span, latest_end=OPEN_END)
    return span


def _joined(first: TimeSpan, last: TimeSpan) -> TimeSpan | None:
    if not (first.is_bounded and last.is_bounded):
        return None
    ends: tuple[datetime, datetime] = (
        (last.earliest_start, last.latest_start)
        if last.granularity in _FINE
        else (last.earliest_end, last.latest_end)
    )
    try:
        return TimeSpan(
            first.earliest_start,
            first.latest_start,
            ends[0],
            ends[1],
            granularity=first.granularity,
            phrase=None,
            anchor=first.anchor,
        )
    except InvalidSpan:
        return None
