"""A clock time told with the part of the day it falls in: "landed at [6:45 the next morning]",
"ended at [7:30 that evening]", "[11:15 p.m. that night]". The two are one time, as TimeML
writes "[noon Saturday]": the clock on the day the part names, in the half of the day the part
says when the clock does not ("6:45" in the morning, "7:30" in the evening)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

import attrs

from timeline._extract._mention import Mention
from timeline._extract._phrases import is_clock_only
from timeline._span import TimeSpan
from timeline._timex import Timex

__all__ = ["clocks_in_parts", "tonight_in_small_hours"]

# "the next morning", "that evening", "the following night", "the same afternoon"
_PART = re.compile(
    r"(?:the\s+(?:next|following|previous|same)|that(?:\s+same)?)\s+"
    r"(?:morning|afternoon|evening|night)",
    re.IGNORECASE,
)
_PART_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI)")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")
_HALF_GIVEN = re.compile(r"[ap]\.?\s?m\b|noon|midnight|\b(?:1[3-9]|2[0-3]|0\d):", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_LATE_PARTS = frozenset({"AF", "EV", "NI"})
_SMALL_HOURS_END = 6  # o'clock: "at 2 that night" is after midnight


def clocks_in_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a clock time followed by the part of the day it is in joined into
    one time on that part's day."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        clock = mentions[index]
        part = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = None if part is None else _joined(text, clock, part)
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        out.append(clock)
        index += 1
    return out


def _joined(text: str, clock: Mention, part: Mention) -> Mention | None:
    if clock.span is None or part.span is None or not is_clock_only(clock.text, clock.timex):
        return None
    if not _SPACE.fullmatch(text, clock.end, part.start) or not _PART.fullmatch(part.text):
        return None
    hours = _CLOCK_VALUE.match(clock.timex.value)
    day = _PART_VALUE.fullmatch(part.timex.value)
    if hours is None or day is None:
        return None
    hour, minute = int(hours.group(1)), int(hours.group(2))
    which = day.group(4)
    if _HALF_GIVEN.search(clock.text) is None:  # "6:45 the next morning", "7:30 that evening"
        if hour % 12 == 0:
            return None  # "12:30 the next morning": no reading is sure
        hour %= 12  # the half of the day the story's clock suggested gives way to the part's
        if which in _LATE_PARTS and not (which == "NI" and hour < _SMALL_HOURS_END):
            hour += 12
    zone = part.span.earliest_start.tzinfo
    try:
        start = datetime(int(day.group(1)), int(day.group(2)), int(day.group(3)), tzinfo=zone)
        if which == "NI" and hour < _SMALL_HOURS_END:
            start += timedelta(days=1)  # "at 2 that night": the small hours after the day
        start = start.replace(hour=hour, minute=minute)
        end = start + timedelta(minutes=1)
    except (ValueError, OverflowError):
        return None
    value = f"{start.date().isoformat()}T{hour:02d}:{minute:02d}"
    phrase = text[clock.start : part.end]
    timex = Timex("TIME", value, clock.timex.mod)
    span = TimeSpan.crisp(start, end, granularity="minute", phrase=phrase, timex=timex)
    return attrs.evolve(clock, end=part.end, text=phrase, timex=timex, span=span)


_TONIGHT = re.compile(r"tonight", re.IGNORECASE)
_NIGHT_OF = re.compile(r"(\d{4}-\d\d-\d\d)TNI")
# A sentence's end (not the point of "a.m." or "Sept.").
_SENTENCE_END = re.compile(
    r"(?:(?<!\.[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})\.|[!?])"
    r"(?=\s+[A-Z\"“])"
)
_NEAR = 300  # characters after "tonight" searched for the clock time it was said at
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|declared|shouted|cried|added|announced|exclaimed)\b"
)


def tonight_in_small_hours(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with a "tonight" said in the small hours ("'Tonight you voted for
    action,' he told the crowd shortly before 2 a.m.") read as the night that began the
    evening before: the night of the day before the clock time's."""
    out = list(mentions)
    for index, mention in enumerate(mentions):
        night = (
            _NIGHT_OF.fullmatch(mention.timex.value) if _TONIGHT.fullmatch(mention.text) else None
        )
        if night is None or mention.span is None:
            continue
        clock = _first_clock(mentions, index + 1, mention.end + _NEAR)
        if clock is None or _SENTENCE_END.search(text, mention.end, clock.start) is not None:
            continue  # the clock time must be in the sentence "tonight" is in
        said = None if clock is None else _CLOCK_VALUE.match(clock.timex.value)
        if said is None or clock is None or not clock.timex.value.startswith(night.group(1)):
            continue
        if int(said.group(1)) >= _SMALL_HOURS_END:
            continue
        if _SAYING.search(text, mention.end, clock.start) is None:
            continue  # the clock time is when it was said, not one of the night ahead
        zone = mention.span.earliest_start.tzinfo
        try:
            day = datetime.fromisoformat(night.group(1)).replace(tzinfo=zone)
            eve = TimeSpan.crisp(day - timedelta(days=1), day, granularity="day")
        except (ValueError, OverflowError):
            continue
        before = resolve("that night", eve)
        if before is not None:
            span = attrs.evolve(before, phrase=mention.text)
            out[index] = attrs.evolve(mention, timex=before.timex, span=span)
    return out


def _first_clock(mentions: list[Mention], start: int, limit: int) -> Mention | None:
    """The first clock time among ``mentions[start:]`` that begins before ``limit`` (the
    search stops there, so a text full of "tonight" costs no quadratic work)."""
    for index in range(start, len(mentions)):
        m = mentions[index]
        if m.start >= limit:
            return None
        if m.timex.type == "TIME" and m.span is not None and is_clock_only(m.text, m.timex):
            return m
    return None
