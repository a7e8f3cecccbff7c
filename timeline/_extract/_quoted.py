"""Weekdays in quoted speech speak from the day the words were said: 'HALE replied the same
evening: "Relabel everything and resend Monday."' is the Monday after that evening, not after
the report; 'On March 3, 2015, he wrote: "We met Friday."' the Friday before it. News uses a
bare weekday from its own date, but a quotation keeps the speaker's."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import attrs

from timeline._extract._context import tense_near
from timeline._extract._mention import Mention
from timeline._extract._story import DAY_OR_PART, day_of
from timeline._extract._words import WEEKDAY
from timeline._span import TimeSpan

__all__ = ["quotations", "quoted_weekdays"]

_BARE_WEEKDAY = re.compile(WEEKDAY)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_REACH = 1500  # no further back than this is a line's start or a quotation's opening looked for
_AWAY = timedelta(days=7)  # a weekday further than this from the speaker's day is not theirs


def quoted_weekdays(
    text: str,
    mentions: list[Mention],
    resolve: Callable[[str, TimeSpan | None], TimeSpan | None],
) -> list[Mention]:
    """The mentions, with a bare weekday inside a quotation counted from the day its speaker
    spoke, when that day is named in the sentence or the one before."""
    if '"' not in text and "“" not in text:
        return mentions
    out: list[Mention] = []
    said: Mention | None = None  # the last day (or part of one) named
    for mention in mentions:
        span = mention.span
        if (
            said is not None
            and said.span is not None
            and span is not None
            and _BARE_WEEKDAY.fullmatch(mention.text)
            and abs(span.earliest_start - said.span.earliest_start) > _AWAY
            and said.end >= mention.start - _REACH
            and len(_SENTENCE_END.findall(text, said.end, mention.start)) <= 1
            and _quoted(text, mention.start)
        ):
            told = tense_near(text, _quote_around(text, mention), mention.start, mention.end)
            which = "previous" if told == "past" else "following"
            day = said.span if said.span.granularity == "day" else day_of(said.span.earliest_start)
            placed = resolve(f"the {which} {mention.text}", day)
            if placed is not None:
                mention = attrs.evolve(mention, timex=placed.timex, span=placed)
        if span is not None and span.is_bounded and DAY_OR_PART.fullmatch(mention.timex.value):
            said = mention
        out.append(mention)
    return out


# A quotation's marks: straight, curly, or typewriter (``...'').
_SIGNS = ('"', "“", "”", "``", "''")  # a quotation's marks: straight, curly, typewriter


def _marks(text: str) -> list[tuple[int, str]]:
    """The quotation marks of ``text`` with where they start, in text order (found with
    ``str.find``, many times faster than a pattern with a class of characters)."""
    found: list[tuple[int, str]] = []
    for sign in _SIGNS:
        at = text.find(sign)
        while at >= 0:
            found.append((at, sign))
            at = text.find(sign, at + len(sign))
    found.sort()
    return found


def quotations(text: str) -> list[tuple[int, int]]:
    """Where the quotations of ``text`` lie, in text order: from an opening mark to its closing
    one, or to the end of the line (a quotation that goes on in the next paragraph opens there
    again)."""
    found: list[tuple[int, int]] = []
    opened = -1
    for at, sign in _marks(text):
        if opened >= 0:
            line_end = text.find("\n", opened, at)
            if line_end >= 0:  # the line ended before this mark: so did the quotation
                found.append((opened, line_end))
                opened = -1
        if opened < 0:
            if sign != "”" and sign != "''":
                opened = at
        elif sign != "“" and sign != "``":
            found.append((opened, at + len(sign)))
            opened = -1
    if opened >= 0:
        line_end = text.find("\n", opened)
        found.append((opened, len(text) if line_end < 0 else line_end))
    return found


def _quoted(text: str, start: int) -> bool:
    """Whether ``start`` is inside a quotation on its line (or in the last _REACH characters
    of it: text without line breaks stays linear)."""
    low = max(0, start - _REACH)
    line = text[max(low, text.rfind("\n", low, start) + 1) : start]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _quote_around(text: str, mention: Mention) -> tuple[int, int]:
    """The quotation holding ``mention``: from its opening mark to its closing one."""
    low, high = max(0, mention.start - _REACH), mention.end + 200
    opening = max(text.rfind('"', low, mention.start), text.rfind("“", low, mention.start))
    closing = [
        i for i in (text.find('"', mention.end, high), text.find("”", mention.end, high)) if i >= 0
    ]
    return max(low, opening + 1), min(closing) if closing else min(len(text), high)
