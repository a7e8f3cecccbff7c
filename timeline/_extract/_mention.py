"""What extraction returns: a :class:`Mention` per expression, a :class:`MentionRange` per range."""

from __future__ import annotations

from bisect import bisect_left

import attrs

from timeline._span import TimeSpan
from timeline._timex import Timex

__all__ = ["Mention", "MentionRange", "overlaps"]


@attrs.frozen
class Mention:
    """A temporal expression found in a text.

    ``text == source[start:end]`` with TimeML's extent (no introducing preposition);
    ``timex`` is its TIMEX3; ``span`` the period it names, or ``None`` for a duration or a
    recurrence, which name no particular time.
    """

    start: int
    end: int
    text: str
    timex: Timex
    span: TimeSpan | None = attrs.field(default=None, eq=False)


@attrs.frozen
class MentionRange:
    """A range written as two expressions ("from 1:00 a.m. to 3:00 a.m.") read as one interval.

    ``first`` and ``last`` are the two mentions (each also returned by :func:`extract`);
    ``span`` starts when ``first`` does and ends when ``last`` does, or, for a clock time such as
    "to 3:00 a.m.", when ``last`` begins.
    """

    start: int
    end: int
    text: str
    first: Mention
    last: Mention
    span: TimeSpan


def overlaps(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether any of ``mentions`` (in text order, not overlapping one another) overlaps
    ``[start, end)``; found by halving."""
    after = bisect_left(mentions, end, key=lambda m: m.start)  # the first at or after end
    return after > 0 and mentions[after - 1].end > start
