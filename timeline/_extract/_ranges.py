"""Ranges written as two expressions ("from 1:00 a.m. to 3:00 a.m."), each read as one interval."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

import attrs

from timeline._errors import InvalidSpan
from timeline._extract._candidates import resolver
from timeline._extract._extract import Prefer, extract
from timeline._extract._mention import MentionRange
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
    both name a time, or whose end comes before its start, is left out.
    """
    mentions = extract(text, anchor, prefer=prefer, tz=tz)
    _, resolve_in_context = resolver()
    ranges: list[MentionRange] = []
    for first, last in zip(mentions, mentions[1:], strict=False):
        joiner = _JOINER.fullmatch(text, first.end, last.start)
        if joiner is None or first.span is None or last.span is None:
            continue
        word = joiner.group("word").lower()
        opened = _OPENER.search(text, max(0, first.start - 30), first.start)
        opener = None if opened is None else opened.group("word").lower()
        if word == "and" and opener != "between":
            continue
        if word.startswith("and") and word != "and" and opener not in _BEGUN:
            continue  # "beginning in 2013 and continuing until 2017"
        if word in ("to", "until", "till") and opener is None:
            continue
        phrase = text[first.start : last.end]
        span = _whole_range(resolve_in_context, phrase, anchor, prefer, tz, first.span)
        span = span or _joined(first.span, last.span)
        if span is None:
            continue
        span = _at_least(span, opened, joiner)
        ranges.append(
            MentionRange(first.start, last.end, text[first.start : last.end], first, last, span)
        )
    return ranges


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
