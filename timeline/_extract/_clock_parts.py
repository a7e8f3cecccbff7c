"""A "tonight" said in the small hours ("'Tonight you voted for action,' he told the crowd
shortly before 2 a.m.") is the night that began the evening before. (A clock time with the part
of the day after it, "6:45 the next morning", is one time in the resolver's grammar.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

import attrs

from timeline._extract._mention import Mention
from timeline._extract._phrases import is_clock_only
from timeline._extract._story import SMALL_HOURS_END
from timeline._extract._words import SENTENCE_POINT
from timeline._span import TimeSpan

__all__ = ["clocks_after_parts", "tonight_in_small_hours"]

_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")


_TONIGHT = re.compile(r"tonight", re.IGNORECASE)
_NIGHT_OF = re.compile(r"(\d{4}-\d\d-\d\d)TNI")
# A sentence's end (not the point of "a.m." or "Sept.").
_SENTENCE_END = re.compile(
    rf"(?:{SENTENCE_POINT}|[!?])"
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
            clock = _clock_said_before(text, mentions, index)
        if clock is None:
            continue  # the clock time must be in the sentence "tonight" is in
        said = None if clock is None else _CLOCK_VALUE.match(clock.timex.value)
        if said is None or clock is None or not clock.timex.value.startswith(night.group(1)):
            continue
        if int(said.group(1)) >= SMALL_HOURS_END:
            continue
        if clock.start > mention.start and _SAYING.search(text, mention.end, clock.start) is None:
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


# what was said, quoted straight after the clock: 'told the crowd around 3 a.m. "Tonight ...'
_QUOTED_AFTER = re.compile(r"[\s,:]*(?:that\s+)?[\"“‘']")
_NEW_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def _clock_said_before(text: str, mentions: list[Mention], index: int) -> Mention | None:
    """The clock time a "tonight" was said at when it is told before it in its sentence, a
    saying between them ("told supporters at about 12:30 a.m. that 'tonight the country has
    chosen'"), else None."""
    tonight = mentions[index]
    if not index:
        return None
    clock = mentions[index - 1]
    if (
        clock.timex.type != "TIME"
        or clock.span is None
        or not is_clock_only(clock.text, clock.timex)
        or tonight.start - clock.end > _NEAR
    ):
        return None
    if _QUOTED_AFTER.fullmatch(text, clock.end, tonight.start) is None and (
        _SENTENCE_END.search(text, clock.end, tonight.start) is not None
        or _NEW_SENTENCE.match(text, clock.end - 1) is not None  # 'at 4 p.m. He said': one ended
    ):
        return None
    start = max(0, clock.start - _NEAR)
    opened = [found.end() for found in _SENTENCE_END.finditer(text, start, clock.start)]
    if _SAYING.search(text, opened[-1] if opened else start, tonight.start) is None:
        return None
    return clock


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


# "that evening at 8 o'clock": a part of the day, "at", and an hour of twelve with no "a.m." or
# "p.m." of its own
_PART_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(AF|EV|NI)")
_AT = re.compile(r"\s+at\s+")
_BARE_HOUR = re.compile(r"(1[0-1]|0?[1-9])(?::([0-5]\d))?(?:\s+o['’]clock)?")


def clocks_after_parts(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with an hour told after the afternoon, evening or night it is in ("that
    evening at 8 o'clock", "Friday night at 10") read in the second half of the day:
    ``T20:00``, not ``T08:00`` (the small hours of a night stay as they are)."""
    out = list(mentions)
    for index in range(1, len(mentions)):
        clock, part = mentions[index], mentions[index - 1]
        if clock.timex.type != "TIME" or part.timex.type != "TIME" or part.span is None:
            continue
        named = _PART_VALUE.fullmatch(part.timex.value)
        bare = _BARE_HOUR.fullmatch(clock.text)
        if named is None or bare is None or not _AT.fullmatch(text, part.end, clock.start):
            continue
        hour = int(bare.group(1))
        if named.group(2) == "NI" and hour < _NIGHT_FROM:
            continue  # "that night at 2": the small hours
        value = _CLOCK_VALUE.fullmatch(clock.timex.value)
        if value is None or int(value.group(1)) != hour:
            continue  # read otherwise already
        later = resolve(f"{hour}:{bare.group(2) or '00'} p.m.", part.span)
        if later is not None and later.timex.value.startswith(named.group(1)):
            span = attrs.evolve(later, phrase=clock.text)
            out[index] = attrs.evolve(clock, timex=later.timex, span=span)
    return out


_NIGHT_FROM = 7  # o'clock: "that night at 7" is the evening's hour; at 2, the small hours
